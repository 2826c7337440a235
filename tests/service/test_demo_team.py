"""The supervisor's demonstration team (`fsw demo` on a supervisor's desk) builds, whatever refs come up."""

from __future__ import annotations

from datetime import date

from fsw_desktop.demo import team as demo_team
from fsw_desktop.services.supervision import team
from fsw_desktop.services.desk.session import open_session


def test_a_team_of_three_with_new_referrals_and_closures(make_profile):
    supervisor = make_profile(role="supervisor", name="sup", worker="Sam Supervisorly")
    today = date(2026, 11, 23)
    ids = demo_team.populate_team(supervisor, workers=3, seed=1, today=today)
    assert len(ids) == 3
    with open_session(supervisor) as s:
        latest = team.latest_summaries(s)
        assert sorted(w.desk_id for w in latest) == sorted(ids)
        figures = team.team_figures(s, end=today)
        assert figures is not None
        notes = [n for desk_id in ids for n in team.notes(s, desk_id)]
        assert notes and all(n.on <= today for n in notes)

"""Review fixes to the supervisor figures: one period rule, who counts as a child, supervision note dates.

A worker desk (the hand-worked ``summary_desk`` plus one family with grown-up
children) sends a real summary bundle to a paired supervisor's desk; the tests then
compare what the worker's own summary says with what the supervisor's desk makes of it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from fsw_desktop.errors import InputRefused
from fsw_desktop.services.supervision import summary, summary_bundle, team
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY, build_worker

END_ONLY = date(2025, 12, 31)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Worker "w" (the hand-worked desk, plus case E with grown-up children) and supervisor "sup"
    holding w's summary made on TODAY."""
    root = tmp_path_factory.mktemp("review_fixes")
    desks = make_desks(root, {"w": "worker", "sup": "supervisor"})
    build_worker(desks["w"], tag="Rv")
    with open_session(desks["w"]) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2026, 2, 1), source="Probation", prisoner_given="Evander", prisoner_family="Eastwick",
            prison_number="A7777EE"), today=TODAY)
        for given, dob in (("Adult", date(2000, 1, 1)),        # 26: a grown-up son, no child
                           ("Nineteen", date(2007, 1, 1)),     # 19: past the 17-18 band, no child
                           ("Eighteen", date(2007, 6, 1)),     # 18: the oldest child band, a child
                           ("Undated", None)):                 # no date of birth: a child, "Not recorded"
            add_person(s, case.id, PersonInput(given_name=given, family_name="Eastwick", date_of_birth=dob,
                                               relationship="child", gender="Male"), today=TODAY)
        s.commit()
        reference = case.ref
    path = desks.bundle_path("w", "sup")
    summary_bundle.export_summary(desks["w"], "sup", path, today=TODAY)
    summary_bundle.import_summaries(desks["sup"], [path])
    yield desks, reference
    desks.close()


def _without_audit(figures: dict) -> dict:
    """Figures less the audit trail's counts, which grow as the tests themselves open and export."""
    return {k: v for k, v in figures.items() if k != "audit"}


# --- 1. one period rule -------------------------------------------------------------------------


def test_period_rule_counts_back_from_the_end_whichever_ends_are_given():
    assert summary.resolve_period(None, None, TODAY) == (date(2025, 3, 2), TODAY)
    assert summary.resolve_period(None, END_ONLY, TODAY) == (date(2025, 1, 1), END_ONLY)
    assert summary.resolve_period(date(2025, 6, 1), None, TODAY) == (date(2025, 6, 1), TODAY)
    assert summary.resolve_period(date(2025, 6, 1), END_ONLY, TODAY) == (date(2025, 6, 1), END_ONLY)
    with pytest.raises(InputRefused):
        summary.resolve_period(date(2026, 1, 1), END_ONLY, TODAY)


def test_only_the_end_given_worker_and_supervisor_figures_agree(world):
    desks, _ = world
    with open_session(desks["w"]) as s:
        mine = summary.desk_summary(s, TODAY, end=END_ONLY)  # what ``fsw summary --to 2025-12-31`` prints
        worker_id = mine["desk"]["desk_id"]
    with open_session(desks["sup"]) as s:
        theirs = team.team_figures(s, end=END_ONLY, today=TODAY)
        detail = team.worker_detail(s, worker_id, end=END_ONLY, today=TODAY)
    period = {"start": "2025-01-01", "end": "2025-12-31"}
    # before the fix the worker's own period started 2025-03-02: twelve months back from today, not the end
    assert mine["figures"]["period"] == period
    assert theirs["period"] == period and detail["period"] == period
    assert _without_audit(theirs["workers"][worker_id]["figures"]) == _without_audit(mine["figures"])
    assert _without_audit(detail["figures"]) == _without_audit(mine["figures"])


# --- 2. who counts as a child -----------------------------------------------------------------------


def test_is_child_uses_the_domains_oldest_child_band():
    assert summary.CHILD_MAX_AGE == 18
    assert summary.is_child("child", date(2007, 6, 1), TODAY)  # 18
    assert not summary.is_child("child", date(2007, 1, 1), TODAY)  # 19
    assert not summary.is_child("child", date(2000, 1, 1), TODAY)  # 26
    assert summary.is_child("child", None, TODAY)  # no date of birth: still a child, age not recorded
    assert not summary.is_child("partner", date(2020, 1, 1), TODAY)


def test_grown_up_son_or_daughter_is_not_counted_as_a_child(world):
    desks, reference = world
    with open_session(desks["w"]) as s:
        made = summary.desk_summary(s, TODAY)
    record = next(c for c in made["cases"] if c["reference"] == reference)
    assert sorted(ch["age_band"] for ch in record["children"]) == ["17-18", "Not recorded"]
    # the record's shape is unchanged, so older desks and already imported summaries still read
    assert made["summary"] == summary.SUMMARY_VERSION == 1
    assert all(set(ch) == {"age_band", "gender", "ethnicity"} for ch in record["children"])
    children = made["figures"]["children"]
    # the hand-worked desk's two children (5-10, 11-16) plus E's eighteen-year-old and undated child
    assert children["total"] == 4
    assert children["by_age_band"] == {"0-4": 0, "5-10": 1, "11-16": 1, "17-18": 1, "Not recorded": 1}
    with open_session(desks["sup"]) as s:
        team_children = team.team_figures(s, today=TODAY)["team"]["children"]
    assert team_children["total"] == 4 and team_children["by_age_band"]["Not recorded"] == 1


def test_an_older_summary_with_an_adult_listed_as_a_child_still_gives_figures():
    """Summaries imported before the fix carry grown-up children as "Not recorded": they cannot be told
    apart from an undated child (no date of birth travels), so they are read as they are, not refused."""
    old = {"reference": "FSW-OLD", "status": "open", "stage": "new", "referral_date": "2026-01-05",
           "referral_source": "Probation", "overdue": {"review": False},
           "children": [{"age_band": "Not recorded", "gender": "Male", "ethnicity": "Not recorded/declined"}]}
    f = summary.figures([old], {}, TODAY)
    assert f["children"]["total"] == 1 and f["children"]["by_age_band"]["Not recorded"] == 1


# --- 5. supervision notes are of sessions held ----------------------------------------------------


def test_supervision_note_date_cannot_be_in_the_future(world):
    desks, _ = world
    with open_session(desks["sup"]) as s:
        worker_id = team.latest_summaries(s)[0].desk_id
        with pytest.raises(InputRefused, match="future"):
            team.add_note(s, worker_id, date(2099, 1, 1), "Mistyped year", today=TODAY)
        with pytest.raises(InputRefused, match="future"):
            team.add_note(s, worker_id, TODAY + timedelta(days=1), "Tomorrow's session", today=TODAY)
        with pytest.raises(InputRefused, match="future"):  # the real today, by default
            team.add_note(s, worker_id, date.today() + timedelta(days=1), "Tomorrow's session")
        # a session held today, with the next one planned far ahead: both fine
        note = team.add_note(s, worker_id, TODAY, "Caseload", next_on=date(2099, 1, 1), today=TODAY)
        with pytest.raises(InputRefused, match="future"):
            team.update_note(s, note.id, date(2099, 1, 1), "Caseload", today=TODAY)
        team.update_note(s, note.id, TODAY - timedelta(days=1), "Caseload", next_on=TODAY + timedelta(days=28),
                         today=TODAY)
        assert [n.on for n in team.notes(s, worker_id)] == [TODAY - timedelta(days=1)]
        assert team.next_supervisions(s)[worker_id] == TODAY + timedelta(days=28)
        s.rollback()

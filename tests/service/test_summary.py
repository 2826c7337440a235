"""A worker desk's summary (issue 7): minimal records and figures, checked against hand-worked numbers.

The desk is built through the real services on a real encrypted profile; the
expected figures are worked out by hand in ``tests/sync/summary_desk.py``'s notes.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.supervision import summary, team
from fsw_desktop.services.desk.session import open_session
from tests.sync.summary_desk import ACCESS, CHILD_ESTEEM, SECRET, STRESS, TODAY, build_worker
from tests.profiles import TEMPLATES


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    db = TEMPLATES.profile(tmp_path_factory.mktemp("summary") / "p", name="s")
    built = build_worker(db)
    yield db, built
    db.close()


def made(db, **kw):
    with open_session(db) as s:
        return summary.desk_summary(s, TODAY, **kw)


def test_figures_match_the_hand_worked_desk(desk):
    db, _ = desk
    f = made(db)["figures"]
    assert f["period"] == {"start": "2025-03-02", "end": "2026-03-01"} and f["as_of"] == "2026-03-01"
    assert f["caseload"] == {"open": 3, "target": 40, "referred": 4, "closed": 1, "worked": 4}
    assert f["cases_by_stage"] == {"new": 1, "assessed": 1, "planned": 0, "active": 0, "review due": 1, "closed": 1}
    assert f["overdue_reviews"] == 1
    assert f["first_contact"] == {"contacted": 3, "not_yet_contacted": 1, "median_days": 4.0, "failed_attempts": 1}
    assert f["waiting_list"] == {"waiting": 1, "median_days_waited": 50.0, "longest_days_waited": 50}
    assert f["outcomes"] == {
        ACCESS: {"improved": 0, "no change": 0, "worse": 1, "total": 1, "one score only": 0},
        STRESS: {"improved": 1, "no change": 0, "worse": 0, "total": 1, "one score only": 1},
        CHILD_ESTEEM: {"improved": 0, "no change": 1, "worse": 0, "total": 1, "one score only": 0},
    }
    assert list(f["outcomes"]) == [ACCESS, STRESS, CHILD_ESTEEM]  # the outcome list's order, as Table 4
    assert f["children"] == {"total": 2, "by_age_band": {"0-4": 0, "5-10": 1, "11-16": 1, "17-18": 0},
                             "by_gender": {"Female": 1, "Male": 1},
                             "by_ethnicity": {"White: Irish": 1, "Not recorded/declined": 1},
                             "withheld_people": 1}
    assert f["referral_sources"] == {"Probation": 2, "Self": 1, "School": 1}
    assert f["applications"] == {"received": 2, "answered": 1, "answered_on_time": 1, "considered": 2,
                                 "on_time_share": 0.5}
    assert f["visits"] == {"held": 2, "attended": 1, "no_outcome": 0}
    assert f["family_days"] == {"held": 1, "families_attended": 1, "people_attended": 2}
    assert f["audit"] == {}  # every audit entry was written today, after the period


def test_audit_counts_and_a_chosen_period(desk):
    db, _ = desk
    today = date.today()
    with open_session(db) as s:
        expected = dict(s.execute(select(AuditEntry.action, func.count()).group_by(AuditEntry.action)).all())
        f = summary.desk_summary(s, TODAY, start=date(2025, 6, 1), end=today)["figures"]
    assert f["audit"] == expected and expected["record created"] > 10
    # the summer only: C's referral and closure, nothing of February
    with open_session(db) as s:
        summer = summary.desk_summary(s, TODAY, start=date(2025, 6, 1), end=date(2025, 9, 30))["figures"]
    assert summer["caseload"]["referred"] == 1 and summer["caseload"]["closed"] == 1
    assert summer["referral_sources"] == {"Probation": 1}
    assert summer["outcomes"][ACCESS] == {"improved": 0, "no change": 0, "worse": 1, "total": 1, "one score only": 0}
    assert summer["outcomes"][STRESS] == {"improved": 0, "no change": 0, "worse": 0, "total": 0, "one score only": 0}
    assert summer["first_contact"] == {"contacted": 1, "not_yet_contacted": 0, "median_days": 10.0,
                                       "failed_attempts": 0}
    assert summer["applications"]["received"] == 0 and summer["visits"]["held"] == 0
    with pytest.raises(InputRefused):
        summary.figures([], {}, TODAY, date(2026, 2, 1), date(2026, 1, 1))


def test_case_records_are_minimal(desk):
    db, built = desk
    out = made(db)
    by_ref = {c["reference"]: c for c in out["cases"]}
    a = by_ref[built.refs["A"]]
    assert a["stage"] == "assessed" and a["review_due"] == "2026-05-20"
    assert (a["first_contact"], a["days_to_first_contact"], a["failed_attempts"]) == ("2025-12-05", 4, 1)
    assert a["contacts"] == {"total": 2, "by_type": {"Failed attempt": 1, "Phone call": 1}}
    assert [x["kind"] for x in a["assessments"]] == ["initial", "follow-up"]
    assert a["needs"] == [{"area": "Finance and debt", "nature": "practical", "term": "short"}]
    assert [(e["subject"], e["score"]) for e in a["scores"][STRESS]] == [("family", 2), ("family", 4)]
    assert all(e["subject"].startswith("person ") for e in a["scores"][CHILD_ESTEEM])
    assert a["overdue"] == {"review": False, "no_recent_contact": True, "not_yet_contacted": False,
                            "missing_scores": False}
    b = by_ref[built.refs["B"]]
    assert b["restrictions"] == {"do_not_disclose": True, "active": []} and b["withheld_people"] == 1
    assert b["overdue"]["not_yet_contacted"] and b["stage"] == "new"
    d = by_ref[built.refs["D"]]
    assert d["restrictions"]["active"] == ["No contact with children (public protection)"]
    assert d["overdue"]["review"] and d["stage"] == "review due"
    c = by_ref[built.refs["C"]]
    assert (c["status"], c["closed_on"], c["closure_reason"], c["closure_planned"]) == \
        ("closed", "2025-09-10", "Goals achieved", True)

    text = json.dumps(out, ensure_ascii=False)
    assert SECRET not in text and "07700900123" not in text and "A1234BC" not in text
    assert not [n for n in built.names if n in text]
    assert "family_label" not in a and "people" not in a


def test_names_only_on_request_and_never_do_not_disclose(desk):
    db, built = desk
    out = made(db, include_names=True)
    text = json.dumps(out, ensure_ascii=False)
    assert out["include_names"] is True
    assert not [n for n in built.hidden if n in text]
    assert SECRET not in text
    shown = built.names - built.hidden
    assert "Orrinford" in text and "Posy" in text
    by_ref = {c["reference"]: c for c in out["cases"]}
    assert by_ref[built.refs["B"]]["family_label"] is None  # the label could point at the hidden person
    assert by_ref[built.refs["A"]]["family_label"] == "Orrinford family"
    assert {p["name"] for p in by_ref[built.refs["B"]]["people"]} == {"Abelard Brackenbury", "Milo Brackenbury"}
    assert shown  # names of people not hidden are allowed to appear


def test_worker_figures_equal_team_figures_for_one_worker(desk):
    """The supervisor's figures of one worker are the worker's own (same function, same records)."""
    db, _ = desk
    out = made(db)
    again = summary.figures(out["cases"], json.loads(json.dumps(out["monthly"])), TODAY,
                            outcome_order=out["outcome_order"])
    assert again == out["figures"]


def test_only_a_worker_desk_has_a_summary(make_profile):
    sup = make_profile("supervisor", name="sup")
    with open_session(sup) as s, pytest.raises(InputRefused):
        summary.desk_summary(s, TODAY)


def test_team_csv_long_format(tmp_path):
    figs = {"period": {"start": "2025-03-02", "end": "2026-03-01"},
            "team": summary.figures([], {}, TODAY), "workers": {}}
    n = team.write_team_csv(tmp_path / "t.csv", figs)
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "period_start,period_end,scope,desk_id,worker,section,measure,value"
    assert len(lines) == n + 1
    assert "2025-03-02,2026-03-01,team,,Team,caseload,open,0" in lines
    assert "2025-03-02,2026-03-01,team,,Team,applications,on_time_share," in lines  # no answer yet: empty


def test_an_overdue_application_from_a_months_end_counts_against_on_time(db):
    """Received 28 January, never answered, due early February: the summary's on-time share must
    count it, as the Applications page does, not drop it between two months."""
    from datetime import date, datetime

    from fsw_desktop.services.applications import applications, working_days
    from fsw_desktop.services.supervision import summary
    from fsw_desktop.services.desk.session import open_session

    today = date(2026, 3, 1)
    with open_session(db) as s:
        ok = applications.receive(s, datetime(2026, 1, 5, 10), "applications box", "contact my family", "w",
                                  prisoner_name="Aldo Brindle", prison_number="B1111BB")
        applications.change_status(s, ok.id, "acknowledged", today=date(2026, 1, 5))
        applications.respond(s, ok.id, "Rang his sister", "contact arranged", today=date(2026, 1, 6))
        applications.receive(s, datetime(2026, 1, 28, 10), "applications box", "contact my family", "w",
                             prisoner_name="Cato Dunmore", prison_number="B2222BB")
        s.commit()
        got = summary.desk_summary(s, today)["figures"]["applications"]
        start, end = (date.fromisoformat(x) for x in summary.desk_summary(s, today)["figures"]["period"].values())
        page = applications.figures(s, start, end, working_days.holidays_for(s), applications.response_days(s))
    assert (got["considered"], got["answered_on_time"], got["on_time_share"]) == (2, 1, 0.5)
    assert (page.considered, page.on_time_share) == (2, 0.5)


# --- one period rule; who counts as a child ----------------------------------------------------------

END_ONLY = date(2025, 12, 31)


def test_period_rule_counts_back_from_the_end_whichever_ends_are_given():
    assert summary.resolve_period(None, None, TODAY) == (date(2025, 3, 2), TODAY)
    assert summary.resolve_period(None, END_ONLY, TODAY) == (date(2025, 1, 1), END_ONLY)
    assert summary.resolve_period(date(2025, 6, 1), None, TODAY) == (date(2025, 6, 1), TODAY)
    assert summary.resolve_period(date(2025, 6, 1), END_ONLY, TODAY) == (date(2025, 6, 1), END_ONLY)
    with pytest.raises(InputRefused):
        summary.resolve_period(date(2026, 1, 1), END_ONLY, TODAY)


def test_is_child_uses_the_domains_oldest_child_band():
    assert summary.CHILD_MAX_AGE == 18
    assert summary.is_child("child", date(2007, 6, 1), TODAY)  # 18
    assert not summary.is_child("child", date(2007, 1, 1), TODAY)  # 19
    assert not summary.is_child("child", date(2000, 1, 1), TODAY)  # 26
    assert summary.is_child("child", None, TODAY)  # no date of birth: still a child, age not recorded
    assert not summary.is_child("partner", date(2020, 1, 1), TODAY)


def test_an_older_summary_with_an_adult_listed_as_a_child_still_gives_figures():
    """Summaries imported before the fix carry grown-up children as "Not recorded": they cannot be told
    apart from an undated child (no date of birth travels), so they are read as they are, not refused."""
    old = {"reference": "FSW-OLD", "status": "open", "stage": "new", "referral_date": "2026-01-05",
           "referral_source": "Probation", "overdue": {"review": False},
           "children": [{"age_band": "Not recorded", "gender": "Male", "ethnicity": "Not recorded/declined"}]}
    f = summary.figures([old], {}, TODAY)
    assert f["children"]["total"] == 1 and f["children"]["by_age_band"]["Not recorded"] == 1


@pytest.mark.parametrize("start, end", [(None, None), (date(2025, 9, 1), date(2026, 1, 31)),
                                        (date(2026, 2, 1), date(2026, 3, 1))])
def test_team_figures_added_from_tallies_equal_the_figures_over_the_records_pooled(desk, start, end):
    """A team's figures add its workers' tallies (issue 20: each worker's records gone through once);
    they must be those of the records pooled: medians over every case, not a median of medians."""
    db, _ = desk
    out = made(db)
    cases, monthly = out["cases"], json.loads(json.dumps(out["monthly"]))
    halves = [(cases[::2], monthly, TODAY), (cases[1::2], {}, date(2026, 2, 20))]  # two "workers"
    s, e = summary.resolve_period(start, end, TODAY)
    tallies = [summary.tally(summary.prepare(c, as_of), m, s, e) for c, m, as_of in halves]
    added = summary.finish(tallies, TODAY, s, e, out["outcome_order"])
    pooled = [dict(case, as_of=as_of.isoformat()) for part, _m, as_of in halves for case in part]
    assert added == summary.figures(pooled, monthly, TODAY, s, e, out["outcome_order"])
    assert added["caseload"]["open"] == out["figures"]["caseload"]["open"]

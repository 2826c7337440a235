"""Read queries for the caseload, Today and search, on small hand-built profiles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Assessment, Case, Contact, Goal, Score, Task
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework import casework
from fsw_desktop.services.desk import settings
from fsw_desktop.services.casework.casework import CaseFacts, age_band, age_on, stage
from fsw_desktop.services.desk.session import open_session
from tests.profiles import TEMPLATES

TODAY = date(2026, 3, 2)


# --- ages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dob, on, age, band",
    [
        (date(2021, 3, 15), date(2026, 3, 14), 4, "0-4"),
        (date(2021, 3, 15), date(2026, 3, 15), 5, "5-10"),
        (date(2015, 6, 1), date(2026, 5, 31), 10, "5-10"),
        (date(2015, 6, 1), date(2026, 6, 1), 11, "11-16"),
        (date(2009, 12, 31), date(2026, 12, 30), 16, "11-16"),
        (date(2009, 12, 31), date(2026, 12, 31), 17, "17-18"),
        (date(2007, 1, 1), date(2025, 12, 31), 18, "17-18"),
        (date(2007, 1, 1), date(2026, 1, 1), 19, None),
        (date(2026, 3, 2), date(2026, 3, 2), 0, "0-4"),
    ],
)
def test_age_and_band_on_boundary_dates(dob, on, age, band):
    assert age_on(dob, on) == age
    assert age_band(dob, on) == band


@pytest.mark.parametrize(
    "on, age",
    [
        (date(2024, 2, 28), 15),
        (date(2024, 2, 29), 16),  # a leap year: the birthday itself
        (date(2025, 2, 27), 16),
        (date(2025, 2, 28), 17),  # common year: counts from 28 February (dateutil's rule)
        (date(2025, 3, 1), 17),
    ],
)
def test_leap_day_birthday(on, age):
    assert age_on(date(2008, 2, 29), on) == age


def test_leap_day_birthday_crosses_band():
    dob = date(2012, 2, 29)
    assert age_band(dob, date(2023, 2, 27)) == "5-10"
    assert age_band(dob, date(2023, 2, 28)) == "11-16"


def test_no_band_without_birth_date_or_before_birth():
    assert age_band(None, TODAY) is None
    assert age_band(date(2026, 4, 1), TODAY) is None


# --- stage ----------------------------------------------------------------------------------

INITIAL = date(2026, 1, 10)


@pytest.mark.parametrize(
    "facts, expected",
    [
        (CaseFacts("open"), "new"),
        (CaseFacts("open", last_contact=date(2026, 2, 1)), "new"),
        (CaseFacts("open", INITIAL, INITIAL), "assessed"),
        (CaseFacts("open", INITIAL, INITIAL, has_goals=True), "planned"),
        (CaseFacts("open", INITIAL, INITIAL, has_goals=True, last_contact=INITIAL), "planned"),
        (CaseFacts("open", INITIAL, INITIAL, has_goals=True, last_contact=date(2026, 1, 11)), "active"),
        (CaseFacts("open", date(2025, 10, 1), date(2025, 12, 3), True, date(2026, 3, 1)), "active"),
        (CaseFacts("open", date(2025, 10, 1), date(2025, 12, 2), True, date(2026, 3, 1)), "review due"),
        (CaseFacts("open", date(2025, 11, 1), date(2025, 11, 1)), "review due"),
        (CaseFacts("closed", INITIAL, INITIAL, True, INITIAL), "closed"),
        (CaseFacts("handed over"), "closed"),
    ],
)
def test_stage_for_each_case_state(facts, expected):
    assert stage(facts, TODAY, review_months=3) == expected


def test_review_interval_is_a_parameter():
    facts = CaseFacts("open", date(2025, 11, 1), date(2025, 11, 1), True, date(2026, 3, 1))
    assert stage(facts, TODAY, review_months=3) == "review due"
    assert stage(facts, TODAY, review_months=6) == "active"


# --- a small hand-built desk ----------------------------------------------------------------




def _case(s, ref, label, referral, status="open", closed_on=None, deleted=False):
    case = Case(ref=ref, family_label=label, referral_date=referral, status=status, closed_on=closed_on,
                deleted=deleted)
    s.add(case)
    s.flush()
    return case


def _person(s, case, given, family, **kw):
    person = Person(case_id=case.id, given_name=given, family_name=family, **kw)
    s.add(person)
    s.flush()
    return person


def _assessment(s, case, kind, on, scored_for=None):
    a = Assessment(case_id=case.id, kind=kind, on=on)
    s.add(a)
    s.flush()
    if scored_for is not None:
        s.add(Score(assessment_id=a.id, person_id=scored_for.id, outcome="Reduced parental stress", score=2))
    return a


def _contact(s, case, on, successful=True):
    s.add(Contact(case_id=case.id, on=on, kind="Home visit" if successful else "Failed attempt",
                  successful=successful))


def _goal(s, case, *tasks):
    goal = Goal(case_id=case.id, text="Regular contact with dad")
    s.add(goal)
    s.flush()
    for due, done in tasks:
        s.add(Task(goal_id=goal.id, text="Book the next visit", owner="Test Worker", due_on=due, done_on=done))
    return goal


def _fill(desk):
    """Seven cases, one per situation Today looks for, plus a deleted one that must never show."""
    with open_session(desk) as s:
        new = _case(s, "C-NEW44", "Quorrin family", date(2026, 2, 20))
        _person(s, new, "Tobias", "Quorrin", is_prisoner=True, relationship="self", prison_number="A1234BC")
        _person(s, new, "Mella", "Quorrin", relationship="partner")
        _contact(s, new, date(2026, 2, 22), successful=False)

        quiet = _case(s, "C-QQQ77", "Vantrell family", date(2025, 12, 20))
        carer = _person(s, quiet, "Isadora", "Vantrell", relationship="partner", supported_directly=True)
        _person(s, quiet, "Arno", "Vantrell", is_prisoner=True, relationship="self", prison_number="B5678CD",
                expected_release=date(2026, 6, 1))
        _contact(s, quiet, date(2026, 1, 3))
        _assessment(s, quiet, "initial", date(2026, 1, 10), scored_for=carer)
        _goal(s, quiet, (date(2026, 3, 5), None), (date(2026, 3, 20), None), (date(2026, 2, 1), date(2026, 2, 1)))
        _contact(s, quiet, date(2026, 1, 20))

        review = _case(s, "C-RRR88", "Ormsgill family", date(2025, 9, 20))
        carer = _person(s, review, "Pell", "Ormsgill", relationship="grandparent carer", do_not_disclose=True)
        _person(s, review, "Jory", "Ormsgill", is_prisoner=True, relationship="self", prison_number="C9012EF")
        _assessment(s, review, "initial", date(2025, 10, 1), scored_for=carer)
        _goal(s, review, (date(2026, 2, 20), None))
        _contact(s, review, date(2026, 2, 25))

        unscored = _case(s, "C-UUU99", "Brackwen family", date(2026, 2, 1))
        _person(s, unscored, "Dace", "Brackwen", is_prisoner=True, relationship="self", prison_number="D3456GH",
                expected_release=date(2026, 3, 20))
        _contact(s, unscored, date(2026, 2, 5))
        _assessment(s, unscored, "initial", date(2026, 2, 10))

        closed = _case(s, "C-CCC33", "Fenwright family", date(2025, 6, 1), "closed", date(2026, 2, 20))
        carer = _person(s, closed, "Ona", "Fenwright", relationship="partner")
        _assessment(s, closed, "initial", date(2025, 6, 10), scored_for=carer)
        _assessment(s, closed, "final", date(2026, 2, 20))
        _goal(s, closed, (date(2026, 3, 3), None))

        old = _case(s, "C-OLD22", "Quillan family", date(2023, 1, 1), "handed over", date(2023, 6, 1))
        _assessment(s, old, "final", date(2023, 6, 1))

        gone = _case(s, "C-DEL66", "Quorrin family", date(2026, 2, 25), deleted=True)
        _person(s, gone, "Tobias", "Quorrin", is_prisoner=True, relationship="self", prison_number="A1234BC")
        s.commit()
        return {"new": new.id, "quiet": quiet.id, "review": review.id, "unscored": unscored.id,
                "closed": closed.id, "old": old.id, "gone": gone.id}


def _open_desk(path):
    db = TEMPLATES.profile(path, worker="Test Worker")
    return db, _fill(db)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One desk for the tests that only read."""
    db, ids = _open_desk(tmp_path_factory.mktemp("casework") / "p")
    yield db, ids
    db.close()


@pytest.fixture
def desk(shared):
    return shared[0]


@pytest.fixture
def cases(shared):
    return shared[1]


@pytest.fixture
def own_desk(tmp_path):
    """A desk of its own, for tests that change settings or add cases."""
    db, ids = _open_desk(tmp_path / "p")
    yield db, ids
    db.close()


def _caseload(desk, status="open", search=None):
    with open_session(desk) as s:
        return {r.reference: r for r in casework.caseload(s, status, search, today=TODAY)}


def test_caseload_rows_stages_and_flags(desk, cases):
    rows = _caseload(desk)
    assert set(rows) == {"C-NEW44", "C-QQQ77", "C-RRR88", "C-UUU99"}
    new, quiet, review, unscored = rows["C-NEW44"], rows["C-QQQ77"], rows["C-RRR88"], rows["C-UUU99"]
    assert (new.stage, new.last_contact, new.next_review) == ("new", None, None)
    assert new.prisoner_name == "Tobias Quorrin" and new.prison_number == "A1234BC"
    assert new.flags == ["Not yet contacted"]
    assert quiet.stage == "active" and quiet.last_contact == date(2026, 1, 20)
    assert quiet.next_review == date(2026, 4, 10) and quiet.flags == ["No contact 4+ weeks"]
    assert review.stage == "review due" and review.next_review == date(2026, 1, 1)
    assert review.flags == ["Do not disclose", "Review overdue"]
    assert unscored.stage == "assessed" and unscored.flags == ["Missing scores"]


def test_stages_for_all_cases_match_the_caseload(desk, cases):
    with open_session(desk) as s:
        stages = casework.stages(s, "all", today=TODAY)
    assert stages == {r.id: r.stage for r in _caseload(desk, "all").values()}
    assert stages[cases["new"]] == "new" and stages[cases["old"]] == "closed" and cases["gone"] not in stages


def test_caseload_status_filters_and_deleted(desk, cases):
    closed = _caseload(desk, "closed")
    assert set(closed) == {"C-CCC33", "C-OLD22"}
    assert {r.stage for r in closed.values()} == {"closed"}
    assert closed["C-CCC33"].flags == ["Missing scores"] and closed["C-CCC33"].next_review is None
    assert set(_caseload(desk, "all")) == {"C-NEW44", "C-QQQ77", "C-RRR88", "C-UUU99", "C-CCC33", "C-OLD22"}
    with pytest.raises(InputRefused):
        _caseload(desk, "pending")


@pytest.mark.parametrize(
    "search, expected",
    [
        ("quor", {"C-NEW44"}),  # family name prefix, any case; the deleted Quorrin case is left out
        ("QUO", {"C-NEW44"}),
        ("mel", {"C-NEW44"}),  # given name prefix of a family member
        ("isa", {"C-QQQ77"}),
        ("a1234", {"C-NEW44"}),  # prison number prefix, any case
        ("B5678CD", {"C-QQQ77"}),
        ("C-RRR88", {"C-RRR88"}),  # case reference, whole
        ("c-rrr", {"C-RRR88"}),
        ("uuu99", {"C-UUU99"}),  # reference without its prefix
        ("Brackwen family", {"C-UUU99"}),
        ("isadora vantrell", {"C-QQQ77"}),
        ("orquin", set()),  # inside a name is not a prefix
        ("quorrin vantrell", set()),
        ("%", set()),  # LIKE wildcards are searched for literally
        ("_", set()),
    ],
)
def test_caseload_search(desk, cases, search, expected):
    assert set(_caseload(desk, "all", search)) == expected


def test_blank_search_is_no_filter(desk, cases):
    assert len(_caseload(desk, "all", "   ")) == 6


def test_today_lists(desk, cases):
    with open_session(desk) as s:
        items = casework.today(s, TODAY)

    def refs(name):
        return [(i.reference, i.date) for i in getattr(items, name)]

    assert refs("not_yet_contacted") == [("C-NEW44", date(2026, 2, 20))]
    assert items.not_yet_contacted[0].detail == "Waiting 10 days; 1 failed attempt"
    assert refs("no_recent_contact") == [("C-QQQ77", date(2026, 1, 20))]
    assert refs("overdue_reviews") == [("C-RRR88", date(2026, 1, 1))]
    assert items.overdue_reviews[0].detail == "Review overdue by 60 days"
    assert refs("releases_soon") == [("C-UUU99", date(2026, 3, 20))]
    assert "Dace Brackwen" in items.releases_soon[0].detail
    # an unscored initial assessment on an open case, and a recent closure's unscored final one;
    # the closure from 2023 is too old to list
    assert refs("missing_scores") == [("C-UUU99", date(2026, 2, 10)), ("C-CCC33", date(2026, 2, 20))]
    assert items.missing_scores[1].detail == "Final assessment has no outcome scores"
    # due within seven days or overdue, not done, open cases only
    assert refs("tasks_due") == [("C-RRR88", date(2026, 2, 20)), ("C-QQQ77", date(2026, 3, 5))]
    assert items.tasks_due[0].detail.endswith("overdue by 10 days")
    assert items.tasks_due[1].detail.endswith("due in 3 days")
    every = [i.case_id for name in vars(items) for i in getattr(items, name)]
    assert cases["gone"] not in every and cases["old"] not in every


def test_today_follows_settings(own_desk):
    desk, _ = own_desk
    with open_session(desk) as s:
        settings.put(s, "no_contact_weeks", 8)
        settings.put(s, "release_warning_weeks", 1)
        settings.put(s, "review_interval_months", 6)
        s.commit()
        items = casework.today(s, TODAY)
        rows = {r.reference: r for r in casework.caseload(s, today=TODAY)}
    assert items.no_recent_contact == [] and items.releases_soon == [] and items.overdue_reviews == []
    assert rows["C-RRR88"].stage == "active" and rows["C-RRR88"].next_review == date(2026, 4, 1)


def test_statement_count_does_not_grow_with_cases(own_desk):
    desk, _ = own_desk
    def statements(fn):
        seen = []

        def count(*args):
            seen.append(1)

        event.listen(desk.engine, "before_cursor_execute", count)
        try:
            with open_session(desk) as s:
                fn(s)
        finally:
            event.remove(desk.engine, "before_cursor_execute", count)
        return len(seen)

    def run(s):
        casework.caseload(s, "all", today=TODAY)
        casework.today(s, TODAY)

    before = statements(run)
    with open_session(desk) as s:
        for n in range(12):
            case = _case(s, f"C-X{n:04d}", f"Extra {n} family", date(2026, 1, 1))
            _person(s, case, "Extra", f"Person{n}", is_prisoner=True, relationship="self")
            _contact(s, case, date(2026, 1, 5))
            _assessment(s, case, "initial", date(2026, 1, 6))
            _goal(s, case, (date(2026, 3, 1), None))
        s.commit()
    assert statements(run) == before


def test_cases_json(desk, cases):
    with open_session(desk) as s:
        data = casework.cases_json(s, "all")
    assert len(data) == 6
    first = data[0]
    assert {"id", "reference", "status", "stage", "referral_date", "family_label"} <= set(first)
    assert isinstance(first["referral_date"], str) and date.fromisoformat(first["referral_date"])
    assert {d["reference"] for d in data} >= {"C-OLD22", "C-NEW44"}


def test_search_people(desk, cases):
    with open_session(desk) as s:
        by_name = casework.search_people(s, "isadora")
        by_number = casework.search_people(s, "c9012")
        by_case = casework.search_people(s, "C-UUU99")
        both = casework.search_people(s, "quor")
        nothing = casework.search_people(s, "  ")
        limited = casework.search_people(s, "q", limit=2)
    assert [(h.kind, h.title) for h in by_name] == [("person", "Isadora Vantrell")]
    assert by_name[0].case_id == cases["quiet"] and "C-QQQ77" in by_name[0].detail
    assert [h.title for h in by_number] == ["Jory Ormsgill"] and "C9012EF" in by_number[0].detail
    assert by_case[0].kind == "case" and by_case[0].id == cases["unscored"]
    assert {h.title for h in by_case[1:]} == {"Dace Brackwen"}  # people in that case
    assert [(h.kind, h.title) for h in both] == [("case", "Quorrin family"), ("person", "Mella Quorrin"),
                                                 ("person", "Tobias Quorrin")]
    assert nothing == [] and len(limited) == 2


def test_tombstoned_records_are_ignored(own_desk):
    desk, ids = own_desk
    with open_session(desk) as s:
        last = s.query(Contact).filter_by(case_id=ids["quiet"], on=date(2026, 1, 20)).one()
        last.deleted = True
        for goal in s.query(Goal).filter_by(case_id=ids["quiet"]):
            goal.deleted = True
        initial = s.query(Assessment).filter_by(case_id=ids["quiet"]).one()
        for score in s.query(Score).filter_by(assessment_id=initial.id):
            score.deleted = True
        s.commit()
        [row] = [r for r in casework.caseload(s, today=TODAY) if r.id == ids["quiet"]]
        items = casework.today(s, TODAY)
    assert row.last_contact == date(2026, 1, 3) and row.stage == "assessed"
    assert "Missing scores" in row.flags
    assert ids["quiet"] not in [i.case_id for i in items.tasks_due]

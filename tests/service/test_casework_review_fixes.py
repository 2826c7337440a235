"""Regression tests for the casework review (C1-C4), on a real encrypted profile.

C1: only contacts with the family count as first or last contact, so liaison about the
    family cannot make it look reached.
C2: a follow-up assessment without outcome scores is flagged like an initial or final one.
C3: closing needs a *scored* final assessment, and "Lost contact" is never a planned closure.
C4: global search marks hits that involve someone not to be disclosed, and still finds them.

All names are synthetic; all dates explicit, so the tests do not depend on the day they run.
"""

from __future__ import annotations

from datetime import date

import pytest

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Case
from fsw_desktop.services.casework import (assessments, case_view, casework, closure, contacts, plans, referrals, safeguarding)
from fsw_desktop.services.supervision import summary
from fsw_desktop.services.desk import vocab
from fsw_desktop.services.casework.assessments import NeedInput, ScoreInput
from fsw_desktop.services.caseload.caseload_import import IMPORTED_CONTACT
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from tests.ui.conftest import controller_for  # noqa: F401  (a fixture, for the search popup test)

REFERRED = date(2026, 1, 5)
TODAY = date(2026, 3, 2)
OUTCOME = "Parent confidence/resilience"
PROFESSIONAL = ("Liaison with prison", "Liaison with Offender Manager", "CAF/TAF meeting")


@pytest.fixture
def s(db):
    session = open_session(db)
    yield session
    session.rollback()
    session.close()


def new_case(s, label: str = "Brackwen", prison_number: str = "B2345CD") -> Case:
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=REFERRED, source="Probation", prisoner_given="Oswin", prisoner_family=label,
        prison_number=prison_number, contact_given="Tamsin", contact_family=label,
        contact_relationship="partner"), today=TODAY)
    s.commit()
    return case


def assess(s, case: Case, kind: str, on: date, scored: bool = True):
    a, _ = assessments.record_assessment(
        s, case.id, kind, on, [NeedInput("Housing", "practical", "short")] if kind == "initial" else [],
        [ScoreInput(OUTCOME, 3)] if scored else [], today=TODAY)
    s.commit()
    return a


def row_of(s, case: Case) -> casework.CaseRow:
    return next(r for r in casework.caseload(s, "all", today=TODAY) if r.id == case.id)


# --- C1: first and last contact are contacts with the family ---------------------------------------


def test_family_contact_types_are_one_named_set_of_contact_kinds():
    assert set(PROFESSIONAL).isdisjoint(vocab.FAMILY_CONTACT_TYPES)
    assert vocab.FAILED_ATTEMPT not in vocab.FAMILY_CONTACT_TYPES
    assert {"Phone call", "Home visit", "Letter", "One-to-one with parent"} <= vocab.FAMILY_CONTACT_TYPES
    # every kind a worker can log is either with the family, about it, or a failed attempt
    assert set(vocab.CONTACT_TYPES) == vocab.FAMILY_CONTACT_TYPES - {IMPORTED_CONTACT} | set(PROFESSIONAL) \
        | {vocab.FAILED_ATTEMPT}
    # a spreadsheet's first/last contact dates are contacts with the family
    assert IMPORTED_CONTACT in vocab.FAMILY_CONTACT_TYPES


def test_liaison_alone_leaves_the_family_not_yet_contacted(s):
    case = new_case(s)
    contacts.log_contact(s, case.id, date(2026, 1, 6), vocab.FAILED_ATTEMPT, today=TODAY)
    for n, kind in enumerate(PROFESSIONAL):
        logged = contacts.log_contact(s, case.id, date(2026, 1, 7 + n), kind, 30, today=TODAY)
        assert logged.successful  # it happened; it just did not reach the family
    s.commit()

    first = contacts.first_contact(s, case.id)
    assert (first.on, first.days_from_referral, first.failed_attempts) == (None, None, 1)
    row = row_of(s, case)
    assert row.last_contact is None and "Not yet contacted" in row.flags
    waiting = [i for i in casework.today(s, TODAY).not_yet_contacted if i.case_id == case.id]
    assert [i.detail for i in waiting] == ["Waiting 56 days; 1 failed attempt"]


def test_first_contact_is_the_first_with_the_family_not_the_first_liaison(s):
    case = new_case(s)
    contacts.log_contact(s, case.id, date(2026, 1, 6), "Liaison with Offender Manager", today=TODAY)
    contacts.log_contact(s, case.id, date(2026, 1, 8), vocab.FAILED_ATTEMPT, today=TODAY)
    contacts.log_contact(s, case.id, date(2026, 1, 12), "Phone call", 15, today=TODAY)
    s.commit()
    first = contacts.first_contact(s, case.id)
    assert (first.on, first.days_from_referral, first.failed_attempts) == (date(2026, 1, 12), 7, 1)
    assert "Not yet contacted" not in row_of(s, case).flags


def test_liaison_does_not_reset_the_no_contact_warning_or_make_the_case_active(s):
    case = new_case(s)
    contacts.log_contact(s, case.id, date(2026, 1, 8), "Home visit", 60, today=TODAY)
    assess(s, case, "initial", date(2026, 1, 20))
    plans.add_goal(s, case.id, "Keep in touch with Oswin by letter")
    contacts.log_contact(s, case.id, date(2026, 2, 25), "Liaison with prison", 20, today=TODAY)
    contacts.log_contact(s, case.id, date(2026, 2, 26), "CAF/TAF meeting", 90, today=TODAY)
    s.commit()

    row = row_of(s, case)
    assert row.last_contact == date(2026, 1, 8)
    weeks = next(f for f in row.flags if f.startswith("No contact"))
    assert weeks.endswith("+ weeks")
    assert row.stage == "planned"  # no work with the family since the plan began
    quiet = [i for i in casework.today(s, TODAY).no_recent_contact if i.case_id == case.id]
    assert quiet and quiet[0].date == date(2026, 1, 8)

    contacts.log_contact(s, case.id, date(2026, 2, 27), "Letter", 10, today=TODAY)
    s.commit()
    row = row_of(s, case)
    assert row.last_contact == date(2026, 2, 27) and row.stage == "active"
    assert not any(f.startswith("No contact") for f in row.flags)


def test_summarise_first_contact_takes_the_kind():
    on = [date(2026, 1, 6), date(2026, 1, 7), date(2026, 1, 9)]
    first = contacts.summarise_first_contact(REFERRED, [
        (on[0], True, "Liaison with prison"), (on[1], False, vocab.FAILED_ATTEMPT), (on[2], True, "Home visit")])
    assert (first.on, first.days_from_referral, first.failed_attempts) == (on[2], 4, 1)
    assert contacts.reaches_family("Home visit", True) and not contacts.reaches_family("Home visit", False)
    assert not contacts.reaches_family("CAF/TAF meeting", True)


def test_summary_and_case_page_agree_that_liaison_is_not_first_contact(s):
    case = new_case(s)
    contacts.log_contact(s, case.id, date(2026, 1, 7), "Liaison with prison", today=TODAY)
    s.commit()
    record = next(c for c in summary.case_records(s, TODAY) if c["reference"] == case.ref)
    detail = case_view.load_case(s, case.id, today=TODAY)
    assert record["overdue"]["not_yet_contacted"]  # from the caseload: already right
    assert record["first_contact"] is None and record["days_to_first_contact"] is None
    assert detail.first_contact.on is None


# --- C2: an unscored follow-up is flagged ----------------------------------------------------------


def test_follow_up_without_scores_is_missing_scores(s):
    case = new_case(s)
    contacts.log_contact(s, case.id, date(2026, 1, 8), "Home visit", 60, today=TODAY)
    assess(s, case, "initial", date(2026, 1, 20))
    assert "Missing scores" not in row_of(s, case).flags
    assess(s, case, "follow-up", date(2026, 2, 20), scored=False)

    assert "Missing scores" in row_of(s, case).flags
    items = [i for i in casework.today(s, TODAY).missing_scores if i.case_id == case.id]
    assert [i.detail for i in items] == ["Follow-up assessment has no outcome scores"]


def test_every_unscored_kind_is_named_in_lifecycle_order(s):
    case = new_case(s)
    assess(s, case, "initial", date(2026, 1, 20), scored=False)
    assess(s, case, "follow-up", date(2026, 2, 10), scored=False)
    assess(s, case, "final", date(2026, 2, 20), scored=False)
    items = [i.detail for i in casework.today(s, TODAY).missing_scores if i.case_id == case.id]
    assert items == ["Initial, follow-up and final assessment has no outcome scores"]


def test_a_scored_follow_up_is_not_flagged(s):
    case = new_case(s)
    assess(s, case, "initial", date(2026, 1, 20))
    assess(s, case, "follow-up", date(2026, 2, 20))
    assert "Missing scores" not in row_of(s, case).flags
    assert not [i for i in casework.today(s, TODAY).missing_scores if i.case_id == case.id]


# --- C3: closing ------------------------------------------------------------------------------------


def test_close_refuses_a_final_assessment_without_scores(s):
    case = new_case(s)
    assess(s, case, "initial", date(2026, 1, 20))
    assess(s, case, "final", date(2026, 2, 20), scored=False)
    with pytest.raises(InputRefused, match="final assessment has no outcome scores"):
        closure.close_case(s, case.id, TODAY, "Goals achieved", True, today=TODAY)
    s.rollback()
    assert s.get(Case, case.id).status == "open"

    assess(s, case, "final", date(2026, 2, 25))  # scored this time
    closed = closure.close_case(s, case.id, TODAY, "Goals achieved", True, today=TODAY)
    assert (closed.status, closed.closure_planned) == ("closed", True)


def test_lost_contact_still_closes_without_a_final_assessment_but_never_as_planned(s):
    case = new_case(s)
    with pytest.raises(InputRefused, match="unplanned closure"):
        closure.close_case(s, case.id, TODAY, closure.LOST_CONTACT, True, today=TODAY)
    s.rollback()
    assert s.get(Case, case.id).status == "open"
    closed = closure.close_case(s, case.id, TODAY, closure.LOST_CONTACT, False, today=TODAY)
    assert (closed.status, closed.closure_planned) == ("closed", False)


def test_close_form_does_not_tick_planned_by_default():
    from fsw_desktop.ui import case_forms

    spec, _save = case_forms.close_form("any-case")
    planned = next(f for f in spec.fields if f.name == "planned")
    assert planned.default is False and closure.LOST_CONTACT in planned.help
    assert "outcome scores" in spec.intro


# --- C4: do not disclose in global search -----------------------------------------------------------


def test_search_marks_do_not_disclose_hits_and_still_finds_them(s):
    case = new_case(s, "Quenby", "Q4567RS")
    hidden, _ = add_person(s, case.id, PersonInput(given_name="Ysolde", family_name="Marrick",
                                                   relationship="ex-partner"), today=TODAY)
    other = new_case(s, "Quenwood", "Q7654SR")
    s.commit()
    safeguarding.set_do_not_disclose(s, hidden.id, True)
    s.commit()

    person = casework.search_people(s, "ysolde mar")
    assert [(h.kind, h.title, h.do_not_disclose) for h in person] == [("person", "Ysolde Marrick", True)]
    assert person[0].case_id == case.id and person[0].warning == "DO NOT DISCLOSE (this person)"

    cases = {h.reference: h for h in casework.search_people(s, "quen") if h.kind == "case"}
    assert cases[case.ref].do_not_disclose and cases[case.ref].warning == "DO NOT DISCLOSE (someone in this case)"
    assert not cases[other.ref].do_not_disclose and cases[other.ref].warning == ""
    # the prisoner is not the hidden one; the case page's banner warns once the case is open
    prisoner = [h for h in casework.search_people(s, "oswin quenby") if h.kind == "person"]
    assert prisoner and not prisoner[0].do_not_disclose

    safeguarding.set_do_not_disclose(s, hidden.id, False)
    s.commit()
    assert not casework.search_people(s, "ysolde")[0].do_not_disclose


def test_search_popup_shows_the_marker(qtbot, controller_for, tmp_path):
    """The main window's search popup puts the warning first on a do-not-disclose hit, and the
    case hit of that family says someone in it is hidden; other hits are shown as before."""
    from PySide6.QtCore import Qt

    from fsw_desktop.services.desk import profile
    from tests.conftest import PASSPHRASE, WORKER
    from tests.ui.conftest import unlock

    database = profile.create_profile(tmp_path / "p", WORKER, "Desk p", "worker", PASSPHRASE,
                                      "HMP Testfield (synthetic)")
    with open_session(database) as s:
        case = new_case(s, "Quenby", "Q4567RS")
        hidden, _ = add_person(s, case.id, PersonInput(given_name="Ysolde", family_name="Quenby",
                                                       relationship="ex-partner"), today=TODAY)
        s.commit()
        safeguarding.set_do_not_disclose(s, hidden.id, True)
        s.commit()
        hidden_ref, case_ref = hidden.ref, case.ref
    database.close()

    c = controller_for(tmp_path / "p")
    unlock(qtbot, c)
    c.window._search_as_you_type("quenby")
    model = c.window.search_model
    items = [model.item(i) for i in range(model.rowCount())]
    person = next(i for i in items if hidden_ref in i.text())
    family = next(i for i in items if f"{case_ref}  " in i.text())  # a case hit: reference, two spaces, label
    assert person.text().startswith("⚠ DO NOT DISCLOSE (this person)  ") and "Ysolde Quenby" in person.text()
    assert family.text().startswith("⚠ DO NOT DISCLOSE (someone in this case)  ")
    assert "must not be shared" in person.toolTip()
    assert person.data(Qt.ItemDataRole.AccessibleTextRole) == person.text()
    others = [i.text() for i in items if i is not person and i is not family]
    assert others and not any("DO NOT DISCLOSE" in t for t in others)  # the prisoner, the partner

"""What a visitor-centre desk receives: what visit bookings need, never casework."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Assessment, Contact
from fsw_desktop.models.people import Person, Restriction
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.casework.assessments import NeedInput, record_assessment
from fsw_desktop.services.casework.contacts import log_contact
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.casework.safeguarding import add_restriction, log_concern, set_do_not_disclose
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.sync import envelope, scope, tables
from fsw_desktop.sync.scope import Scope

from .desks import TODAY, Case, as_changes_payload, get_field, make_desks, new_case, set_field

CASE_NOTE = "Mum says the eldest is struggling at school since the arrest"
CONTACT_NOTE = "Home visit: discussed the letter from the governor"
ASSESSMENT_TEXT = "Housing arrears and a worried eight-year-old"
PERSON_NOTE = "Prefers texts; partner not to be told of visits"
CHILD_VIEWS = "Misses dad at bedtime"
CONCERN = "Bruise noticed on the younger child's arm"
RESTRICTION_REASON = "Public protection order from the court"


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre"})
    yield d
    d.close()


def _casework(db) -> dict[str, str]:
    case_id = new_case(db)
    set_field(db, Case, case_id, referral_reasons=CASE_NOTE, risk_info=CASE_NOTE)
    with open_session(db) as s:
        child, _ = add_person(s, case_id, PersonInput(given_name="Ivy", family_name="Orrin", relationship="child",
                                                       date_of_birth=date(2017, 6, 1), notes=PERSON_NOTE,
                                                       child_views=CHILD_VIEWS, address="1 Lane"), today=TODAY)
        set_do_not_disclose(s, child.id, True)
        log_contact(s, case_id, date(2026, 2, 1), "Home visit", minutes=60, note=CONTACT_NOTE, today=TODAY)
        record_assessment(s, case_id, "initial", date(2026, 2, 2), [NeedInput("Housing", "practical", "short")],
                          [], notes=ASSESSMENT_TEXT, today=TODAY)
        log_concern(s, case_id, date(2026, 2, 3), CONCERN, today=TODAY)
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        add_restriction(s, prisoner.id, _restriction_kind(), RESTRICTION_REASON, date(2026, 1, 1))
        s.commit()
        return {"case": case_id, "child": child.id, "prisoner": prisoner.id}


def _restriction_kind() -> str:
    from fsw_desktop.services.desk.vocab import RESTRICTION_KINDS

    return RESTRICTION_KINDS[0]


def _decrypt(desks, path):
    with open_session(desks["V"]) as s:
        me = desk(s)
        signing_key_for, revoked = peers.signing_key_lookup(s)
        header, payload, attachment = envelope.open_bundle_parts(
            path.read_bytes(), me_desk_id=me.desk_id, me_encryption_private=bytes(me.encryption_private),
            signing_key_for=signing_key_for, revoked=revoked)
        return header, as_changes_payload(header, payload, attachment)


def test_visitor_centre_payload_has_no_casework_text(desks):
    ids = _casework(desks["A"])
    path = desks.export("A", "V")
    header, payload = _decrypt(desks, path)
    text = json.dumps(payload, ensure_ascii=False)
    for secret in (CASE_NOTE, CONTACT_NOTE, ASSESSMENT_TEXT, PERSON_NOTE, CHILD_VIEWS, CONCERN, RESTRICTION_REASON,
                   "1 Lane", "Housing"):
        assert secret not in text
    assert header.scope["role"] == "visitor-centre"
    tables = {row[1] for row in payload["changes"]}
    assert tables == {"people", "restrictions"}
    people = {}
    for row in payload["changes"]:
        change = dict(zip(payload["fields"], row))
        if change["record_table"] == "people" and change["field"] == "*":
            people[change["record_id"]] = json.loads(change["value"])
        elif change["record_table"] == "people":
            assert change["field"] in scope.VISIT_PERSON_FIELDS | scope.ALWAYS
    assert set(people) >= {ids["child"], ids["prisoner"]}
    for record in people.values():
        assert "do_not_disclose" in record and "notes" not in record and "child_views" not in record
    # the flag was set after the child was created: its change travels too
    flags = [dict(zip(payload["fields"], r)) for r in payload["changes"] if r[3] == "do_not_disclose"]
    assert [json.loads(f["value"]) for f in flags] == [True]


def test_visitor_centre_imports_people_and_restrictions_only(desks):
    ids = _casework(desks["A"])
    report = desks.send("A", "V")
    assert report.added == 4  # prisoner, partner, child, restriction
    assert get_field(desks["V"], Person, ids["child"], "do_not_disclose") is True
    assert get_field(desks["V"], Person, ids["child"], "notes") == ""
    assert get_field(desks["V"], Person, ids["child"], "date_of_birth") == date(2017, 6, 1)
    assert get_field(desks["V"], Case, ids["case"], "id") is None
    with open_session(desks["V"]) as s:
        [r] = s.execute(select(Restriction)).scalars().all()
        assert r.reason == "" and r.person_id == ids["prisoner"]
        assert s.execute(select(Contact)).first() is None and s.execute(select(Assessment)).first() is None
    # a later edit of a note stays behind; a new flag value travels
    with open_session(desks["A"]) as s:
        child = s.get(Person, ids["child"])
        child.notes = "Another private note"
        child.wing = "B"
        s.commit()
    later = desks.send("A", "V")
    assert later.changes == 1 and get_field(desks["V"], Person, ids["child"], "wing") == "B"


def test_handover_only_to_a_worker(desks, tmp_path):
    ids = _casework(desks["A"])
    ref = get_field(desks["A"], Case, ids["case"], "ref")
    with pytest.raises(InputRefused):
        sync_service.export_bundle(desks["A"], "V", tmp_path / "h.fswbundle", kind="handover", case_ref=ref)
    assert get_field(desks["A"], Case, ids["case"], "status") == "open"


def test_scope_rules():
    vc = Scope("visitor-centre")
    star = {"record_table": "people", "field": "*", "value": json.dumps(
        {"id": "p", "ref": "P-1", "notes": "private", "given_name": "Ada", "do_not_disclose": True,
         "address": "x", "hlc": "h", "deleted": False})}
    kept = json.loads(vc.filter(star)["value"])
    assert kept == {"id": "p", "ref": "P-1", "given_name": "Ada", "do_not_disclose": True, "hlc": "h",
                    "deleted": False}
    assert vc.filter({"record_table": "people", "field": "notes", "value": '"x"'}) is None
    assert vc.filter({"record_table": "people", "field": "deleted", "value": "true"}) is not None
    assert vc.filter({"record_table": "cases", "field": "*", "value": "{}"}) is None
    assert vc.filter({"record_table": "restrictions", "field": "reason", "value": '"x"'}) is None
    assert vc.filter({"record_table": "restrictions", "field": "ends_on", "value": '"2026-01-01"'}) is not None
    worker = scope.for_role("worker")
    assert worker.full and worker.filter(star) == star
    with pytest.raises(InputRefused, match="Supervisors receive summary bundles, not sync."):
        scope.for_role("supervisor")
    with pytest.raises(InputRefused):
        scope.for_role("stranger")


def test_allow_list_is_a_dict_to_extend(monkeypatch):
    monkeypatch.setitem(scope.SCOPES, "visitor-centre", dict(scope.SCOPES["visitor-centre"], bookings=scope.ALL))
    vc = Scope("visitor-centre")
    assert vc.fields("bookings") is None
    assert vc.filter({"record_table": "bookings", "field": "note", "value": '"x"'}) is not None
    assert tables.table_info("cases") is not None

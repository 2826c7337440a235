"""Every audited action leaves exactly one entry with who, what and when, and no personal data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Case
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework import assessments, people, safeguarding
from fsw_desktop.services.data_protection import audit, erasure, subject_access
from fsw_desktop.services.desk import profile
from fsw_desktop.services.casework.assessments import NeedInput, ScoreInput
from fsw_desktop.services.casework.people import PersonInput
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session

from ..conftest import PASSPHRASE, WORKER

TODAY = date(2026, 3, 2)
NAMES = ("Dario", "Ashcombe", "Jolan", "Mira")


def last_id(s) -> int:
    return s.execute(select(func.max(AuditEntry.id))).scalar() or 0


def after(s, mark: int) -> list[AuditEntry]:
    return list(s.execute(select(AuditEntry).where(AuditEntry.id > mark).order_by(AuditEntry.id)).scalars())


def check(entries: list[AuditEntry], started: datetime) -> None:
    """Who, what and when on every entry, and no name in any detail."""
    for e in entries:
        assert e.who == WORKER and e.action
        assert started - timedelta(seconds=1) <= e.at <= datetime.now() + timedelta(seconds=1)
        assert not [n for n in NAMES if n in (e.detail or "")]


@pytest.fixture
def s(db):
    with open_session(db) as session:
        yield session


def new_case(s) -> Case:
    case = create_referral(s, ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family="Ashcombe",
        prison_number="A1234BC", contact_given="Jolan", contact_family="Ashcombe",
        contact_relationship="partner"), today=TODAY)
    s.commit()
    return case


def test_records_created_changed_deleted_one_entry_each(s):
    started = datetime.now().replace(microsecond=0)
    mark = last_id(s)
    case = new_case(s)
    made = after(s, mark)
    check(made, started)
    ids = sorted(p.id for p in s.execute(select(Person).where(Person.case_id == case.id)).scalars())
    assert sorted((e.action, e.record_table, e.record_id) for e in made) == sorted(
        [("record created", "cases", case.id)] + [("record created", "people", i) for i in ids])
    assert [e.detail for e in made if e.record_table == "cases"] == ["referral"]

    # a service edit: one entry naming the fields, never the values
    mark = last_id(s)
    child, _ = people.add_person(s, case.id, PersonInput(given_name="Mira", family_name="Ashcombe",
                                                         relationship="child", date_of_birth=date(2019, 3, 2)),
                                 today=TODAY)
    s.commit()
    edit = PersonInput.from_person(child)
    edit.phone, edit.notes = "07700 900001", "Mira likes drawing"
    people.update_person(s, child.id, edit, today=TODAY)
    edit.phone = "07700 900002"
    people.update_person(s, child.id, edit, today=TODAY)  # twice in one transaction: still one entry
    s.commit()
    got = [(e.action, e.record_id, e.detail) for e in after(s, mark)]
    assert got == [("record created", child.id, "person: child"), ("record changed", child.id, "fields: phone, notes")]

    # a plain ORM edit, with no audit call of its own, is recorded too
    mark = last_id(s)
    s.get(Case, case.id).risk_info = "Dog on site"
    s.commit()
    got = after(s, mark)
    check(got, started)
    assert [(e.action, e.record_id, e.detail) for e in got] == [("record changed", case.id, "fields: risk_info")]

    # a service that describes its change: its words, still one entry
    mark = last_id(s)
    safeguarding.set_do_not_disclose(s, child.id, True)
    s.commit()
    assert [(e.action, e.detail) for e in after(s, mark)] == [("record changed", "do not disclose set")]

    mark = last_id(s)
    people.remove_person(s, child.id)
    s.commit()
    assert [(e.action, e.record_id, e.detail) for e in after(s, mark)] == [
        ("record deleted", child.id, "person removed")]


def test_an_assessment_with_needs_and_scores_is_one_entry(s):
    case = new_case(s)
    mark = last_id(s)
    a, _ = assessments.record_assessment(
        s, case.id, "initial", date(2026, 1, 20), [NeedInput("Housing", "practical", "short")],
        [ScoreInput("Parent confidence/resilience", 2), ScoreInput("Family less isolated", 3)], today=TODAY)
    s.commit()
    assert [(e.action, e.record_table, e.record_id) for e in after(s, mark)] == [
        ("record created", "assessments", a.id)]


def test_a_rolled_back_change_leaves_nothing(s):
    case = new_case(s)
    mark = last_id(s)
    s.get(Case, case.id).risk_info = "Never saved"
    s.flush()
    s.rollback()
    s.commit()
    assert after(s, mark) == []


def test_export_erasure_and_rectification_one_entry_each(s):
    started = datetime.now().replace(microsecond=0)
    case = new_case(s)
    partner = s.execute(select(Person).where(Person.case_id == case.id, Person.relationship == "partner")).scalar()
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner)).scalar()

    mark = last_id(s)
    subject_access.build(s, partner.id, today=TODAY)
    subject_access.record_export(s, partner.id)
    s.commit()
    assert [(e.action, e.record_id) for e in after(s, mark)] == [("exported", partner.id)]

    mark = last_id(s)
    changed = erasure.rectify_person(s, partner.id, {"phone": "07700 900003"}, today=TODAY)
    s.commit()
    assert changed == ["phone"]
    assert [(e.action, e.record_id, e.detail) for e in after(s, mark)] == [
        ("record changed", partner.id, "rectified: phone")]

    with pytest.raises(InputRefused, match="prisoner on case"):
        erasure.erase_person(s, prisoner.id, today=TODAY)
    s.rollback()
    safeguarding.add_restriction(s, partner.id, "No contact with named person", "", date(2026, 1, 6))
    s.commit()
    mark = last_id(s)
    plan = erasure.erase_person(s, partner.id, today=TODAY)
    s.commit()
    got = after(s, mark)
    check(got, started)
    assert [(e.action, e.record_id) for e in got] == [("record erased", partner.id)]
    assert plan.counts == {"the person's record": 1, "restrictions": 1}
    s.refresh(partner)
    assert partner.deleted and partner.given_name == "" and partner.phone == ""


def test_passphrase_change_and_backup_one_entry_each(db, tmp_path):
    with open_session(db) as s:
        mark = last_id(s)
    profile.change_passphrase(db, PASSPHRASE, "a different long passphrase here")
    profile.backup(db, tmp_path / "copy.fswbackup")
    with pytest.raises(Exception):
        profile.backup(db, tmp_path / "no-such-dir" / "copy.fswbackup")  # a failed backup leaves no entry
    with open_session(db) as s:
        got = after(s, mark)
        assert [(e.action, e.detail) for e in got] == [("passphrase changed", ""),
                                                       ("backup made", "copy.fswbackup")]
        assert all(e.who == WORKER for e in got)


def test_query_api_filters_and_counts(s):
    case = new_case(s)
    audit.record(s, "case opened", "cases", case.id)
    audit.record(s, "printed", "applications", "x", "response slip")
    s.commit()
    assert [e.action for e in audit.entries(s, action="case opened")] == ["case opened"]
    assert {e.action for e in audit.entries(s, record_id=case.id)} == {"record created", "case opened"}
    assert audit.entries(s, start=date.today() + timedelta(days=1)) == []
    assert len(audit.entries(s, start=date.today(), end=date.today())) == len(audit.entries(s, limit=None))
    counts = audit.counts_by_action(s, date.today(), date.today())
    assert counts["record created"] == 3 and counts["case opened"] == 1 and counts["printed"] == 1
    assert counts["profile created"] == 1
    assert audit.counts_by_action(s, date(2000, 1, 1), date(2000, 12, 31)) == {}
    assert audit.actions_used(s)[:2] == ["case opened", "record created"]


def test_profile_creation_names_its_worker(db):
    with open_session(db) as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "profile created")).scalar_one()
        assert entry.who == WORKER and entry.detail == "role worker"

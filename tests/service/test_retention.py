"""Retention: a closed case past its date is listed, deleted with all that is only its own, the deletion
syncs to a paired desk, and the names are gone from the decrypted pages of both files."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import func, or_, select

from fsw_desktop.db import connect_raw
from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Case, Contact
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.services.data_protection import audit, retention
from fsw_desktop.services.casework import closure, contacts, people
from fsw_desktop.services.casework.people import PersonInput
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import merge

from ..sync.desks import make_desks

TODAY = date(2026, 3, 1)
NAMES = ("Zebedee", "Quillfeather", "Ottoline", "Marchbank")  # unusual, so a hit is a real hit
PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC per page


def decrypted_pages(db) -> bytes:
    """Every page of the file decrypted with the raw key: live rows, free pages and slack alike."""
    key = db.key_copy()
    try:
        data = db.path.read_bytes()
        out = bytearray()
        for n in range(len(data) // PAGE):
            page = data[n * PAGE:(n + 1) * PAGE]
            start = 16 if n == 0 else 0  # page 1 begins with the salt
            iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
            dec = Cipher(algorithms.AES(bytes(key.raw)), modes.CBC(iv)).decryptor()
            out += dec.update(page[start:PAGE - RESERVE]) + dec.finalize()
        return bytes(out)
    finally:
        key.wipe()


def plaintext_copy(db, tmp_path) -> bytes:
    """sqlcipher_export to an unencrypted copy in the test's temp dir, read as bytes."""
    out = tmp_path / f"plain-{db.path.parent.name}.db"
    out.unlink(missing_ok=True)
    key = db.key_copy()
    conn = connect_raw(db.path, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
        key.wipe()
    return out.read_bytes()


def found(blob: bytes) -> list[str]:
    return [n for n in NAMES if n.encode() in blob]


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path / "desks", {"A": "worker", "B": "worker"})
    yield d
    d.close()


def old_case(db, closed_on=date(2019, 6, 30)) -> str:
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2018, 9, 3), source="Self", prisoner_given="Zebedee", prisoner_family="Quillfeather",
            prison_number="A9999ZZ", family_label="Quillfeather family", reasons="Ottoline wants visits",
            contact_given="Ottoline", contact_family="Quillfeather", contact_relationship="partner",
            contact_phone="07700 900123"), today=TODAY)
        s.commit()
        child, _ = people.add_person(s, case.id, PersonInput(
            given_name="Marchbank", family_name="Quillfeather", relationship="child",
            date_of_birth=date(2012, 1, 2), address="1 Marchbank Row"), today=TODAY)
        contacts.log_contact(s, case.id, date(2018, 10, 1), "Home visit", minutes=60,
                             note="Met Ottoline and Marchbank at home", today=TODAY)
        s.commit()
        edited = PersonInput.from_person(child)
        edited.phone = "Marchbank mobile"  # an edit: the old value now sits in a change's "old"
        people.update_person(s, child.id, edited, today=TODAY)
        edited.phone = "07700 900456"
        people.update_person(s, child.id, edited, today=TODAY)
        closure.close_case(s, case.id, closed_on, closure.LOST_CONTACT, planned=False, today=TODAY)
        s.commit()
        return case.id


def test_past_its_date_listed_deleted_synced_and_physically_gone(desks, tmp_path):
    a, b = desks["A"], desks["B"]
    case_id = old_case(a)
    with open_session(a) as s:  # a recent closed case is not due
        recent = create_referral(s, ReferralInput(
            referral_date=date(2025, 1, 6), source="Self", prisoner_given="Abel", prisoner_family="Orrin",
            prison_number="A1234BC"), today=TODAY)
        s.commit()
        closure.close_case(s, recent.id, date(2025, 6, 1), closure.LOST_CONTACT, planned=False, today=TODAY)
        s.commit()
    desks.send("A", "B")
    with open_session(b) as s:
        assert s.get(Case, case_id).family_label == "Quillfeather family"
    assert found(plaintext_copy(b, tmp_path)) and found(decrypted_pages(a))  # the checks can see a name

    with open_session(a) as s:
        items = retention.due(s, today=TODAY)
        assert [(i.kind, i.record_id) for i in items] == [("cases", case_id)]
        assert items[0].due_on == date(2025, 6, 30) and items[0].since == date(2019, 6, 30)
        report = retention.delete_due(s, items, today=TODAY)
        s.commit()
        assert report.items == 1 and report.records >= 5 and report.kept_people == []
        assert retention.due(s, today=TODAY) == []
        case = s.get(Case, case_id)
        assert case.deleted and case.family_label == "" and case.referral_reasons == ""
        gone = s.execute(select(Person).where(Person.case_id == case_id)).scalars().all()
        assert len(gone) == 3 and all(p.deleted and p.given_name == "" and p.family_name == "" for p in gone)
        assert all(c.deleted and c.note == "" for c in s.execute(
            select(Contact).where(Contact.case_id == case_id)).scalars())
        # one audit entry for the deletion, naming no one
        entries = audit.entries(s, action=audit.DELETED)
        assert [(e.record_table, e.record_id) for e in entries] == [("cases", case_id)]
        assert not found(entries[0].detail.encode()) and entries[0].who == "Worker A"
        assert s.get(Case, recent.id).deleted is False
    profile.vacuum(a)
    assert found(plaintext_copy(a, tmp_path)) == []
    assert found(decrypted_pages(a)) == []

    # the deletion travels: the peer tombstones the same records and blanks its own history
    desks.send("A", "B")
    with open_session(b) as s:
        case = s.get(Case, case_id)
        assert case.deleted and case.family_label == ""
        assert all(p.deleted and p.given_name == "" for p in s.execute(
            select(Person).where(Person.case_id == case_id)).scalars())
        like = [Change.value.contains(n) for n in NAMES] + [Change.old.contains(n) for n in NAMES]
        assert s.execute(select(func.count()).where(or_(*like))).scalar() == 0
    assert found(plaintext_copy(b, tmp_path)) == []
    assert found(decrypted_pages(b)) == []  # secure_delete zeroed the overwritten cells, even unvacuumed
    assert desks.dump("A") == desks.dump("B")


def test_a_change_arriving_after_the_erasure_is_blanked_too(desks):
    """B edits the case while A deletes it; whichever order they meet in, both end blank and equal."""
    a, b = desks["A"], desks["B"]
    case_id = old_case(a)
    desks.send("A", "B")
    with open_session(b) as s:
        s.get(Case, case_id).risk_info = "Ottoline moved to Quillfeather Lane"
        s.commit()
    with open_session(a) as s:
        retention.delete_due(s, retention.due(s, today=TODAY), today=TODAY)
        s.commit()
    desks.send("B", "A")
    desks.send("A", "B")
    for db in (a, b):
        with open_session(db) as s:
            case = s.get(Case, case_id)
            assert case.deleted and case.risk_info == ""
            assert s.execute(select(func.count()).where(Change.value.contains("Quillfeather"))).scalar() == 0
            assert s.execute(select(func.count()).where(Change.old.contains("Quillfeather"))).scalar() == 0
    assert desks.dump("A") == desks.dump("B")
    assert desks.conflicts("A") == desks.conflicts("B")


def test_policy_is_settable_and_people_linked_elsewhere_are_kept(desks):
    a = desks["A"]
    case_id = old_case(a)
    with open_session(a) as s:
        assert retention.policy(s)["cases"] == 72
        with pytest.raises(InputRefused, match="whole number of months"):
            retention.set_policy(s, {"cases": 0})
        retention.set_policy(s, {"cases": 120})
        s.commit()
        assert retention.policy(s)["cases"] == 120
        assert retention.due(s, today=TODAY) == []
        assert s.execute(select(AuditEntry.detail).where(AuditEntry.action == "settings changed")).scalar() \
            == "retention policy"
        retention.set_policy(s, {"cases": 72})
        # an application from the prisoner, not tied to the case, keeps his record alive
        from fsw_desktop.models.applications import Application
        from datetime import datetime
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar()
        s.add(Application(received_at=datetime(2026, 2, 2, 9, 0), route="box", prisoner_id=prisoner.id,
                          kind="Contact my family", words="Please ring"))
        s.commit()
        items = retention.due(s, today=TODAY)
        plan = retention.plan_item(s, items[0])
        assert plan.kept_people == [prisoner.ref]
        report = retention.delete_due(s, items, today=TODAY)
        s.commit()
        assert report.kept_people == [prisoner.ref]
        s.refresh(prisoner)
        assert not prisoner.deleted and prisoner.family_name == "Quillfeather"


def test_a_merged_row_rebuilt_from_history_equals_what_was_stored(desks):
    """After erasure the stored rows are exactly what the purged history materialises to."""
    a = desks["A"]
    case_id = old_case(a)
    with open_session(a) as s:
        retention.delete_due(s, retention.due(s, today=TODAY), today=TODAY)
        s.commit()
        before = merge.canonical_dump(s)
        ids = list(s.execute(select(Change.record_id).distinct()).scalars())
        merge.rematerialise(s, ids)
        assert merge.canonical_dump(s) == before
        assert s.get(Case, case_id).deleted

"""Subject access: an offender's export never shows a do-not-disclose partner; third parties are left out;
every export leaves one audit entry."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications
from fsw_desktop.services.casework import contacts, people, safeguarding
from fsw_desktop.services.data_protection import subject_access
from fsw_desktop.services.casework.people import PersonInput
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session

TODAY = date(2026, 3, 2)
PARTNER = ("Ottoline", "Marchbank", "12 Refuge Road, Eastmere", "07700 900777")


@pytest.fixture
def family(db):
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2026, 1, 5), source="Self", prisoner_given="Dario", prisoner_family="Ashcombe",
            prison_number="A1234BC", reasons="Ottoline Marchbank asked for help with visits"), today=TODAY)
        s.commit()
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner)).scalar()
        partner, _ = people.add_person(s, case.id, PersonInput(
            given_name=PARTNER[0], family_name=PARTNER[1], relationship="partner", address=PARTNER[2],
            phone=PARTNER[3], supported_directly=True), today=TODAY)
        safeguarding.set_do_not_disclose(s, partner.id, True)
        child, _ = people.add_person(s, case.id, PersonInput(
            given_name="Mira", family_name="Ashcombe", relationship="child", date_of_birth=date(2019, 3, 2)),
            today=TODAY)
        contacts.log_contact(s, case.id, date(2026, 1, 20), "Home visit", minutes=45, present="Ottoline, Mira",
                             note="Ottoline has moved to 12 Refuge Road with Mira and Dario", today=TODAY)
        safeguarding.add_restriction(s, prisoner.id, "No contact with named person",
                                     "No contact with Ottoline Marchbank", date(2026, 1, 10))
        applications.receive(s, datetime(2026, 2, 2, 9, 30), "applications box", "find my family",
                             "Please find Ottoline, she was at Refuge Road", prisoner_id=prisoner.id)
        s.commit()
        yield db, prisoner.id, partner.id, child.id


def pdf_text(path) -> str:
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    return unicodedata.normalize("NFKC", text)  # the PDF writes "fi" as one ligature


def test_offenders_export_never_shows_a_do_not_disclose_partner(family, qapp, tmp_path):
    from fsw_desktop.ui.printing import write_pdf

    db, prisoner_id, partner_id, _ = family
    with open_session(db) as s:
        export = subject_access.build(s, prisoner_id, today=TODAY)
        out = write_pdf(export.html(), tmp_path / "sar.pdf")
        subject_access.record_export(s, prisoner_id)
        s.commit()
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == "exported")).scalars().all()
        assert [(e.record_table, e.record_id, e.detail) for e in entries] == [
            ("people", prisoner_id, "subject access export (PDF)")]
        assert entries[0].who and entries[0].at
    text = pdf_text(out)
    # what is his: name, number, his application (redacted), his restriction
    assert "Dario" in text and "Ashcombe" in text and "A1234BC" in text
    assert "find my family" in text and "Please find [third party]" in text
    for secret in ("Ottoline", "Marchbank", "Refuge", "Eastmere", "900777", "Mira"):
        assert secret not in text, secret
    assert "Notes about the family on the case" in text  # says what was withheld


def test_a_family_members_export_has_their_data_and_no_one_elses(family, qapp, tmp_path):
    from fsw_desktop.ui.printing import write_pdf

    db, prisoner_id, partner_id, child_id = family
    with open_session(db) as s:
        export = subject_access.build(s, partner_id, today=TODAY)
        text = pdf_text(write_pdf(export.html(), tmp_path / "partner.pdf"))
    assert "Ottoline" in text and "Refuge Road" in text and "900777" in text
    assert "Home visit" in text and "Dario" not in text and "Mira" not in text and "A1234BC" not in text
    assert "[third party]" in text


def test_find_people(family):
    db, prisoner_id, partner_id, _ = family
    with open_session(db) as s:
        assert [h.id for h in subject_access.find_people(s, "marchb")] == [partner_id]
        assert [h.id for h in subject_access.find_people(s, "a1234")] == [prisoner_id]
        assert [h.role for h in subject_access.find_people(s, "Dario Ash")] == ["prisoner"]


def test_free_text_on_the_persons_own_record_names_no_one_else(db):
    """Notes and views a worker wrote on a child's record are shown with others taken out; a
    prisoner's own notes (about his family) are withheld and the export says so."""
    from datetime import date

    from sqlalchemy import select

    from fsw_desktop.models.people import Person
    from fsw_desktop.services.data_protection import subject_access
    from fsw_desktop.services.casework.people import PersonInput, add_person, update_person
    from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
    from fsw_desktop.services.desk.session import open_session

    today = date(2026, 3, 1)
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(referral_date=date(2026, 1, 10), source="Self",
                                                prisoner_given="Abelard", prisoner_family="Brackenbury",
                                                prison_number="A1234BC"), today=today)
        add_person(s, case.id, PersonInput(given_name="Zelda", family_name="Quarrington", relationship="partner",
                                           do_not_disclose=True, address="12 Refuge Road, Leeds"), today=today)
        child, _ = add_person(s, case.id, PersonInput(
            given_name="Milo", family_name="Brackenbury", relationship="child",
            notes="Lives with mum Zelda Quarrington at 12 Refuge Road", child_views="Misses Zelda"), today=today)
        prisoner = s.execute(select(Person).where(Person.is_prisoner.is_(True))).scalar_one()
        data = PersonInput.from_person(prisoner)
        data.notes = "Partner Zelda Quarrington moved to 12 Refuge Road"
        update_person(s, prisoner.id, data, today=today)
        s.commit()
        for who in (child.id, prisoner.id):
            export = subject_access.build(s, who, today=today)
            page = export.html()
            assert not [t for t in ("Zelda", "Quarrington", "Refuge Road") if t in page], who
        about = next(sec for sec in subject_access.build(s, child.id, today=today).sections
                     if sec.title == "About you")
        assert ("Notes", "Lives with mum [third party] at [third party]") in about.rows
        assert any("Notes" in w for w in subject_access.build(s, prisoner.id, today=today).withheld)

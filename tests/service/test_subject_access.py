"""Subject access: an offender's export never shows a do-not-disclose partner; third parties are left out,
including people met only through visits and family days; every export leaves one audit entry."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from fsw_desktop.models.applications import Application
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking, BookingVisitor, FamilyDayAttendee, FamilyDayRequest
from fsw_desktop.services.applications import applications
from fsw_desktop.services.data_protection import subject_access
from fsw_desktop.services.visits import visitors
from fsw_desktop.services.casework.people import PersonInput, add_person, update_person
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session
from tests.service.sar_family import add_family
from tests.profiles import TEMPLATES


@pytest.fixture
def family(db):
    return (db, *add_family(db))


def test_find_people(family):
    db, prisoner_id, partner_id, _ = family
    with open_session(db) as s:
        assert [h.id for h in subject_access.find_people(s, "marchb")] == [partner_id]
        assert [h.id for h in subject_access.find_people(s, "a1234")] == [prisoner_id]
        assert [h.role for h in subject_access.find_people(s, "Dario Ash")] == ["prisoner"]


def test_free_text_on_the_persons_own_record_names_no_one_else(db):
    """Notes and views a worker wrote on a child's record are shown with others taken out; a
    prisoner's own notes (about his family) are withheld and the export says so."""
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


# --- people met only through visits and family days are third parties too -------------------------
# A visitor with no case of their own is known to the desk only through the bookings and family days
# they come to; a prisoner who names such a visitor in an application must not see that name in full.


@pytest.fixture
def demo(demo_profile):
    database = TEMPLATES.open(demo_profile)
    yield database
    database.close()


def _caseless_visitor_on_a_prisoners_booking(session) -> tuple[Person, Person, Booking]:
    """A visitor-only record (no case) on a booking of a prisoner who has applications.

    Their family names differ, since a subject's own names are never redacted from their export.
    """
    with_apps = select(Application.prisoner_id).where(Application.deleted.is_not(True))
    prisoner = aliased(Person)
    row = session.execute(
        select(Booking, Person).join(BookingVisitor, BookingVisitor.booking_id == Booking.id)
        .join(Person, Person.id == BookingVisitor.person_id).join(prisoner, prisoner.id == Booking.prisoner_id)
        .where(Person.case_id.is_(None), Person.deleted.is_not(True), Booking.deleted.is_not(True),
               BookingVisitor.deleted.is_not(True), Booking.prisoner_id.in_(with_apps),
               Person.family_name != prisoner.family_name)
        .order_by(Booking.ref)).first()
    assert row is not None, "the demo has visitors with no case on prisoners' bookings"
    booking, visitor = row
    return session.get(Person, booking.prisoner_id), visitor, booking


def test_a_caseless_visitor_named_in_a_prisoners_application_is_redacted(demo):
    with open_session(demo) as s:
        prisoner, visitor, _ = _caseless_visitor_on_a_prisoners_booking(s)
        assert visitor.given_name and visitor.family_name
        app = s.execute(select(Application).where(Application.prisoner_id == prisoner.id,
                                                  Application.deleted.is_not(True))
                        .order_by(Application.ref)).scalars().first()
        app.words = f"Please let {visitor.full_name} visit, {visitor.given_name} is my friend"
        app.response = f"Spoke to {visitor.family_name} about the visiting order"
        app.outcome = f"{visitor.full_name} added"
        s.flush()

        page = subject_access.build(s, prisoner.id).html()
        # his own words are there, with the visitor taken out
        assert "Please let [third party] visit, [third party] is my friend" in page
        for name in (visitor.full_name, visitor.given_name, visitor.family_name):
            assert name not in page, name
        assert prisoner.family_name in page  # his own name is his


def test_a_visitors_export_hides_the_others_on_the_same_booking(demo):
    """For a visitor, the prisoner and the other visitors on their booking are third parties."""
    with open_session(demo) as s:
        prisoner, visitor, booking = _caseless_visitor_on_a_prisoners_booking(s)
        # a second visitor-only record on the same booking, named in the first one's notes
        other = visitors.add_visitor(s, "Perpetua", "Wolstenholme", date(1985, 6, 1), "other")
        s.add(BookingVisitor(booking_id=booking.id, person_id=other.id))
        visitor.notes = f"Comes with Perpetua Wolstenholme to see {prisoner.full_name}"
        s.flush()

        page = subject_access.build(s, visitor.id).html()
        assert "Comes with [third party] to see [third party]" in page
        for name in ("Perpetua", "Wolstenholme", prisoner.full_name):
            assert name not in page, name
        assert visitor.family_name in page

        # and the other way round: the second visitor's export does not show the first
        other.notes = f"Travels with {visitor.full_name}"
        s.flush()
        page = subject_access.build(s, other.id).html()
        assert "Travels with [third party]" in page and visitor.full_name not in page


def test_people_met_at_a_family_day_are_redacted(demo):
    """Attendees on a prisoner's own family-day request, and the other families at that day."""
    with open_session(demo) as s:
        other_family = aliased(FamilyDayRequest)
        found = s.execute(
            select(FamilyDayRequest, other_family)
            .join(other_family, other_family.family_day_id == FamilyDayRequest.family_day_id)
            .where(other_family.prisoner_id != FamilyDayRequest.prisoner_id, FamilyDayRequest.deleted.is_not(True),
                   other_family.deleted.is_not(True))
            .order_by(FamilyDayRequest.ref, other_family.ref)).first()
        assert found is not None, "the demo has family days with more than one family"
        mine, theirs = found
        friend = visitors.add_visitor(s, "Ignatius", "Fennimore", date(1979, 2, 3), "other")
        stranger = visitors.add_visitor(s, "Rosalind", "Quenby", date(1991, 9, 9), "other")
        s.add(FamilyDayAttendee(request_id=mine.id, person_id=friend.id))
        s.add(FamilyDayAttendee(request_id=theirs.id, person_id=stranger.id))
        s.flush()
        applications.receive(s, datetime(2026, 2, 2, 9, 30), "applications box", "family day place",
                             "Can Ignatius Fennimore come again? My son played with Rosalind Quenby's boy",
                             prisoner_id=mine.prisoner_id)
        s.flush()

        page = subject_access.build(s, mine.prisoner_id).html()
        assert "Can [third party] come again? My son played with [third party]" in page
        for name in ("Ignatius", "Fennimore", "Rosalind", "Quenby"):
            assert name not in page, name

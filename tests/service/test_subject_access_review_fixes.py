"""Subject access review fixes: people met only through visits and family days are third parties too.

A visitor with no case of their own is known to the desk only through the bookings and family
days they come to. Before the fix, a prisoner who named such a visitor in an application saw
that visitor's name in full in his subject access export; so did anyone else on the booking.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import aliased

from fsw_desktop.models.applications import Application
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking, BookingVisitor, FamilyDayAttendee, FamilyDayRequest
from fsw_desktop.services.applications import applications
from fsw_desktop.services.desk import profile
from fsw_desktop.services.data_protection import subject_access
from fsw_desktop.services.visits import visits
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo(demo_profile):
    database = profile.unlock(demo_profile, PASSPHRASE)
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
        other = visits.add_visitor(s, "Perpetua", "Wolstenholme", date(1985, 6, 1), "other")
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
        friend = visits.add_visitor(s, "Ignatius", "Fennimore", date(1979, 2, 3), "other")
        stranger = visits.add_visitor(s, "Rosalind", "Quenby", date(1991, 9, 9), "other")
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

"""Visits travel to the visitor centre with the people they need; casework never does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from fsw_desktop.models.cases import Case as CaseRow
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking, BookingVisitor, SessionTemplate
from fsw_desktop.services.visits import visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session

from .desks import TODAY, make_desks, new_case


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre"})
    yield d
    d.close()


def test_a_booking_reaches_the_visitor_centre_without_the_case(desks):
    a = desks["A"]
    case_id = new_case(a)
    visit_day = TODAY + timedelta(days=3)
    with open_session(a) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin", relationship="partner",
                                                        date_of_birth=date(1991, 3, 3), notes="Private note"),
                                today=TODAY)
        template = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                       "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _check = visits.book(s, prisoner.id, template.id, visit_day, [partner.id], partner.id, today=TODAY)
        s.commit()
        booking_id, partner_id = booking.id, partner.id
    desks.send("A", "V")
    v = desks["V"]
    with open_session(v) as s:
        got = s.get(Booking, booking_id)
        assert got is not None and got.on == visit_day and got.status == "booked"
        assert s.execute(select(BookingVisitor).where(BookingVisitor.booking_id == booking_id)).scalar_one()
        assert s.execute(select(SessionTemplate)).scalar_one().room == "Hall"
        person = s.get(Person, partner_id)
        assert person.given_name == "Wren" and person.notes == ""
        assert s.execute(select(CaseRow)).first() is None
        rows = visits.bookings_for(s, on=visit_day)
        assert [r.ref for r in rows] == [got.ref]

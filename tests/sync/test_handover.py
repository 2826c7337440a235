"""Handover carries a case's visits and family days, with the people and shared records they name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import (Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest,
                                       SessionTemplate)
from fsw_desktop.services.visits import family_days, visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.visits import visitors
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session

from .desks import TODAY, Case, get_field, live_ids, make_desks, new_case


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    yield desks
    desks.close()


def case_with_visits(db, family: str = "Orrin") -> dict[str, str]:
    """A case whose prisoner has a booked visit with the partner and a visitor-only friend, and a
    family-day request with the partner attending."""
    case_id = new_case(db, family=family)
    with open_session(db) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name=family, relationship="partner",
                                                        date_of_birth=date(1991, 3, 3)), today=TODAY)
        friend = visitors.add_visitor(s, "Ira", f"{family}-Friend", date(1980, 5, 6), "other", today=TODAY)
        template = calendar.add_template(s, f"Afternoon {family}", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                       "16:00", "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, template.id, TODAY + timedelta(days=3), [partner.id, friend.id],
                                 partner.id, today=TODAY)
        day = family_days.add_family_day(s, TODAY + timedelta(days=20), "general", f"Spring day {family}", 10, 40)
        request = family_days.request_place(s, day.id, prisoner.id, [partner.id], requested_on=TODAY)
        s.flush()
        attendee = s.execute(select(FamilyDayAttendee.id).where(FamilyDayAttendee.request_id == request.id)
                             ).scalar_one()
        s.commit()
        return {"case": case_id, "prisoner": prisoner.id, "partner": partner.id, "friend": friend.id,
                "template": template.id, "booking": booking.id, "family_day": day.id, "request": request.id,
                "attendee": attendee}


def _hand_over(ab, case_id: str) -> sync_service.ImportReport:
    path = ab.bundle_path("A", "B")
    sync_service.export_bundle(ab["A"], "B", path, kind="handover", case_ref=get_field(ab["A"], Case, case_id, "ref"))
    return sync_service.import_bundle(ab["B"], path)


def test_handover_carries_the_case_visits_and_family_days(ab):
    mine = case_with_visits(ab["A"])
    other = case_with_visits(ab["A"], family="Pell")
    report = _hand_over(ab, mine["case"])
    assert report.kind == "handover" and not report.warnings
    b = ab["B"]
    with open_session(b) as s:
        booking = s.get(Booking, mine["booking"])
        assert booking is not None and booking.on == TODAY + timedelta(days=3) and booking.status == "booked"
        assert booking.lead_visitor_id == mine["partner"]
        assert sorted(s.execute(select(BookingVisitor.person_id).where(
            BookingVisitor.booking_id == mine["booking"])).scalars()) == sorted([mine["partner"], mine["friend"]])
        assert s.get(SessionTemplate, mine["template"]).room == "Hall"
        assert s.get(FamilyDay, mine["family_day"]).title == "Spring day Orrin"
        request = s.get(FamilyDayRequest, mine["request"])
        assert request.prisoner_id == mine["prisoner"] and request.case_id == mine["case"]
        assert s.get(FamilyDayAttendee, mine["attendee"]).person_id == mine["partner"]
        friend = s.get(Person, mine["friend"])  # the visitor-only record on the booking comes too
        assert friend is not None and friend.case_id is None
        # and the views show the history, not orphans
        assert [r.id for r in visits.bookings_for(s, prisoner_id=mine["prisoner"])] == [mine["booking"]]
        assert [r.request_id for r in family_days.ranked_requests(s, mine["family_day"])] == [mine["request"]]
        # the other family's visits, days and people stay behind
        for model, key in ((Booking, "booking"), (FamilyDayRequest, "request"), (FamilyDayAttendee, "attendee"),
                           (SessionTemplate, "template"), (FamilyDay, "family_day"), (Person, "friend"),
                           (Person, "partner"), (Person, "prisoner")):
            assert s.get(model, other[key]) is None, key
    assert get_field(b, Case, mine["case"], "status") == "open"


def test_handover_carries_visit_tombstones_and_later_changes(ab):
    mine = case_with_visits(ab["A"])
    with open_session(ab["A"]) as s:
        visits.set_status(s, mine["booking"], "cancelled", visits.REASON_CODES["cancelled"][0], today=TODAY)
        friend_on_booking = s.execute(select(BookingVisitor).where(
            BookingVisitor.booking_id == mine["booking"], BookingVisitor.person_id == mine["friend"])).scalar_one()
        friend_on_booking.deleted = True
        family_days.decline(s, mine["request"])
        s.commit()
        gone = friend_on_booking.id
    _hand_over(ab, mine["case"])
    with open_session(ab["B"]) as s:
        assert s.get(Booking, mine["booking"]).status == "cancelled"
        assert s.get(BookingVisitor, gone).deleted is True
        assert s.get(FamilyDayRequest, mine["request"]).status == "declined"
    assert ab.conflicts("B") == []


def test_handover_with_visits_then_sync_back_agrees(ab):
    """The receiving desk takes the case on; when the desks sync later, both hold the same visits."""
    mine = case_with_visits(ab["A"])
    _hand_over(ab, mine["case"])
    with open_session(ab["B"]) as s:
        visits.record_outcome(s, mine["booking"], "attended", today=TODAY + timedelta(days=4))
        s.commit()
    ab.send("B", "A")
    ab.send("A", "B")
    assert get_field(ab["A"], Booking, mine["booking"], "outcome") == "attended"
    assert get_field(ab["A"], Case, mine["case"], "status") == "open"
    assert ab.conflicts("A") == [] and ab.conflicts("B") == []
    assert ab.dump("A") == ab.dump("B")


def test_handover_of_a_case_without_visits_sends_none(ab):
    plain = new_case(ab["A"])
    case_with_visits(ab["A"], family="Pell")
    _hand_over(ab, plain)
    assert live_ids(ab["B"], Booking) == [] and live_ids(ab["B"], FamilyDayRequest) == []
    assert live_ids(ab["B"], SessionTemplate) == [] and live_ids(ab["B"], FamilyDay) == []
    assert len(live_ids(ab["B"], Person)) == 2  # the prisoner and the contact of that case only

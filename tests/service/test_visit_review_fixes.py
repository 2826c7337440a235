"""Regression tests for the review of visits and family days (one section per defect found).

One profile per module, one rolled-back transaction per test, explicit dates
(TODAY is a Monday), synthetic names only.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking, FamilyDayAttendee
from fsw_desktop.services.visits import family_days as fd
from fsw_desktop.services.casework import referrals, safeguarding
from fsw_desktop.services.visits import visit_rules, visits
from fsw_desktop.services.visits.visit_rules import Rules

TODAY = date(2026, 3, 2)  # Monday
TUE = date(2026, 3, 10)
DAY = date(2026, 4, 18)  # a family day, Saturday
DEADLINE = date(2026, 4, 1)



def prisoner_with_family(s, family: str, number: str) -> tuple[Person, Person]:
    """A prisoner and their partner (35 in 2026), in one case."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family=family,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visits.add_visitor(s, "Mara", family, date(1990, 5, 1), "partner", case.id, today=TODAY)
    return prisoner, partner


def relative(s, prisoner: Person, given: str, dob: date = date(1985, 6, 1), relationship: str = "sibling") -> Person:
    return visits.add_visitor(s, given, prisoner.family_name, dob, relationship, prisoner.case_id, today=TODAY)


@pytest.fixture
def hall(s):
    """Tuesdays and Thursdays 14:00-16:00: 1 open table, 1 closed booth."""
    return visits.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                               None, 1, 1, 1)


def book(s, prisoner, hall, people, **kw) -> Booking:
    booking, _ = visits.book(s, prisoner.id, hall.id, TUE, [p.id for p in people], people[0].id, today=TODAY, **kw)
    return booking


def refused(s, fn, *args, match: str, **kwargs) -> InputRefused:
    """Expect InputRefused with ``match`` and nothing left changed in the session."""
    with pytest.raises(InputRefused, match=match) as info:
        fn(s, *args, **kwargs)
    assert not s.new and not [o for o in s.dirty if s.is_modified(o)]
    return info.value


@pytest.fixture
def waiting(s, hall):
    """The only open table is taken; a second family waits. Returns (holder, waiting booking, its lead visitor)."""
    p1, lead1 = prisoner_with_family(s, "Ashcombe", "A1111AA")
    holder = book(s, p1, hall, [lead1])
    p2, lead2 = prisoner_with_family(s, "Brelwick", "B2222BB")
    queued = book(s, p2, hall, [lead2], waiting_list=True)
    visits.set_status(s, holder.id, "cancelled", "Cancelled by the visitor", today=TODAY)  # a place is free
    return holder, queued, lead2


# --- 1. booking a waiting-list request checks the people again --------------------------------------------


def test_waiting_list_request_refused_when_the_visitor_was_banned_meanwhile(s, waiting):
    _holder, queued, lead = waiting
    visits.set_ban(s, lead.id, "Passed an item at a visit", None, today=TODAY)
    expected = visits.check_booking(s, queued.prisoner_id, queued.template_id, TUE, [lead.id], lead.id,
                                    today=TODAY).errors
    error = refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
                    match="Mara Brelwick is banned from visiting: Passed an item at a visit")
    assert str(error) == expected[0]  # the same words as a new booking (which would also clash with this one)
    assert (queued.status, queued.waiting_list) == ("requested", True)


def test_waiting_list_request_refused_for_a_ban_restriction_or_withdrawn_approval(s, waiting):
    _holder, queued, lead = waiting
    visits.set_approved(s, lead.id, False)
    refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
            match="not approved as a visitor yet")
    visits.set_approved(s, lead.id, True)
    safeguarding.add_restriction(s, lead.id, "Banned from visiting", "Incident in the hall", date(2026, 3, 5))
    refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
            match="has a restriction in force: Banned from visiting")


def test_waiting_list_request_for_a_visitor_now_on_closed_visits_goes_to_the_closed_pool(s, waiting):
    _holder, queued, lead = waiting
    visits.set_closed_restriction(s, lead.id, True)
    visits.set_status(s, queued.id, "booked", "Place offered from the waiting list", today=TODAY)
    assert (queued.status, queued.closed, queued.visit_type, queued.waiting_list) == ("booked", True, "closed", False)
    slot = visits.slot_for(s, queued.template_id, TUE)
    assert (slot.booked_open, slot.booked_closed) == (0, 1)


def test_booking_off_the_waiting_list_needs_no_notice(s, waiting):
    _holder, queued, _lead = waiting
    visits.set_status(s, queued.id, "booked", "Place offered from the waiting list", today=TUE)  # on the day
    assert queued.status == "booked"


def test_requested_booking_holding_a_place_is_checked_too(s, hall):
    prisoner, partner = prisoner_with_family(s, "Corvane", "C3333CC")
    booking = book(s, prisoner, hall, [partner])
    booking.status = "requested"  # as asked for by the family, holding its place
    s.flush()
    visits.set_ban(s, partner.id, "Threats to staff", None, today=TODAY)
    refused(s, visits.set_status, booking.id, "booked", "Booked by phone", today=TODAY, match="banned from visiting")
    visits.lift_ban(s, partner.id)
    visits.set_status(s, booking.id, "booked", "Booked by phone", today=TODAY)  # it keeps its own place
    assert booking.status == "booked" and not booking.overbooked


# --- 2. outcomes only once the session has started, and final once recorded -------------------------------


@pytest.mark.parametrize("now, ok", [
    (datetime(2026, 3, 10, 9, 0), False), (datetime(2026, 3, 10, 13, 59), False),
    (datetime(2026, 3, 10, 14, 0), True), (datetime(2026, 3, 11, 9, 0), True),
])
def test_outcome_from_the_start_of_the_session(s, hall, now, ok):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    if ok:
        visits.record_outcome(s, booking.id, "attended", now=now)
        assert booking.outcome == "attended"
    else:
        refused(s, visits.record_outcome, booking.id, "attended", now=now,
                match=re.escape("The visit starts at 14:00 on 10 Mar 2026; its outcome can be recorded once it "
                                "has started."))


def test_outcome_callers_giving_only_a_date_still_work(s, hall):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    refused(s, visits.record_outcome, booking.id, "attended", today=TUE - timedelta(days=1),
            match="from the day of the visit")
    visits.record_outcome(s, booking.id, "attended", today=TUE)
    assert booking.outcome == "attended"


def test_no_status_change_once_an_outcome_is_recorded(s, hall):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    visits.record_outcome(s, booking.id, "attended", now=datetime.combine(TUE, time(15, 0)))
    for status, reason in (("cancelled", "Cancelled by the visitor"), ("withdrawn", "Withdrawn by the family")):
        refused(s, visits.set_status, booking.id, status, reason, today=TUE,
                match=re.escape("This visit already has an outcome (attended), so its status can no longer change"))
    assert booking.status == "booked"
    visits.record_outcome(s, booking.id, "ended early", today=TUE)  # a wrong outcome can still be corrected
    assert booking.outcome == "ended early"


# --- 3. a session without open tables takes no open visit -------------------------------------------------


def test_no_open_tables_is_refused_not_full(s):
    booths = visits.add_template(s, "Closed only", ["TU"], "10:00", "11:00", "Booths", date(2026, 1, 1), None, 1,
                                 0, 2)
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    check = visits.check_booking(s, prisoner.id, booths.id, TUE, [partner.id], partner.id, today=TODAY)
    assert visits.NO_OPEN_TABLES in check.errors and not check.full
    assert visits.NO_OPEN_TABLES == "This session has no open tables; choose another session."
    for kw in ({}, {"waiting_list": True}, {"overbook_reason": "Family travelling far"}):
        refused(s, visits.book, prisoner.id, booths.id, TUE, [partner.id], partner.id, today=TODAY,
                match=re.escape(visits.NO_OPEN_TABLES), **kw)
    closed, _ = visits.book(s, prisoner.id, booths.id, TUE, [partner.id], partner.id, visit_type="closed",
                            today=TODAY)
    assert closed.closed and closed.status == "booked"


# --- 4. family days judge people by the visits rules ------------------------------------------------------


@pytest.fixture
def day(s):
    return fd.add_family_day(s, DAY, "general", "Spring family day", 5, 20, clearance_deadline=DEADLINE)


def ask(s, day, prisoner, people, requested_on=TODAY):
    return fd.request_place_with_warnings(s, day.id, prisoner.id, [p.id for p in people], requested_on=requested_on)


@pytest.mark.parametrize("bar, message", [
    (lambda s, p: visits.set_ban(s, p.id, "Passed an item at a visit", None, today=TODAY),
     "Oren Ashcombe is banned from visiting on 18 Apr 2026: Passed an item at a visit"),
    (lambda s, p: safeguarding.add_restriction(s, p.id, "Banned from visiting", "Incident", date(2026, 3, 1)),
     "Oren Ashcombe has a restriction in force: Banned from visiting."),
    (lambda s, p: visits.set_approved(s, p.id, False), "Oren Ashcombe is not approved as a visitor yet."),
    (lambda s, p: visits.set_closed_restriction(s, p.id, True),
     "Oren Ashcombe: closed visits only. A family day is open contact, so they cannot come."),
    (lambda s, p: safeguarding.add_restriction(s, p.id, "Closed visits", "Security", date(2026, 3, 1)),
     "Oren Ashcombe has a restriction in force: Closed visits. A family day is open contact, so they cannot come."),
])
def test_family_day_refuses_and_leaves_out_who_may_not_visit(s, day, bar, message):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    uncle = relative(s, prisoner, "Oren")
    assert set(fd.family_for_day(s, day.id, prisoner.id)) == {partner.id, uncle.id}
    bar(s, uncle)
    error = refused(s, fd.request_place, day.id, prisoner.id, [partner.id, uncle.id], requested_on=TODAY,
                    match=re.escape(message))
    assert str(error) == message
    assert fd.family_for_day(s, day.id, prisoner.id) == [partner.id]
    assert fd.family_left_out(s, day.id, prisoner.id) == [message]
    request, warnings = ask(s, day, prisoner, [partner])  # the rest of the family can still come
    assert request.status == "requested" and warnings == []


def test_family_day_refused_when_the_prisoner_is_on_closed_visits(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    safeguarding.add_restriction(s, prisoner.id, "Closed visits", "Security", date(2026, 3, 1))
    refused(s, fd.request_place, day.id, prisoner.id, [partner.id], requested_on=TODAY,
            match="Dario Ashcombe has a restriction in force: Closed visits. A family day is open contact")


def test_other_restrictions_warn_on_a_family_day_request(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    safeguarding.add_restriction(s, partner.id, "Supervised contact only", "", date(2026, 3, 1))
    _request, warnings = ask(s, day, prisoner, [partner])
    assert warnings == ["Mara Ashcombe has a restriction in force: Supervised contact only. "
                        "Check this visit is allowed."]


# --- 5. the clearance deadline -----------------------------------------------------------------------------


def test_clearance_deadline_must_be_before_the_day(s):
    refused(s, fd.add_family_day, DAY, "general", "Day", 5, 20, clearance_deadline=DAY,
            match="Security clearance must be due before the family day")
    assert fd.add_family_day(s, DAY, "general", "Day", 5, 20, clearance_deadline=DAY - timedelta(days=1))


@pytest.mark.parametrize("requested_on, late", [(DEADLINE, False), (DEADLINE + timedelta(days=1), True)])
def test_request_after_the_clearance_deadline_is_taken_with_a_warning(s, day, requested_on, late):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    request, warnings = ask(s, day, prisoner, [partner], requested_on=requested_on)
    assert request.status == "requested"
    if late:
        assert warnings == ["Security clearance for this family day was due by 1 Apr 2026. This request came "
                            "after it: ask security whether they can still clear this family before giving them "
                            "a place."]
    else:
        assert warnings == []


def test_clearance_label_flags_anyone_not_cleared():
    assert fd.clearance_label("pending", DEADLINE, today=DEADLINE) == "PENDING: not cleared yet"
    assert fd.clearance_label("pending", DEADLINE, today=DEADLINE + timedelta(days=1)) == \
        "PENDING: not cleared (was due 1 Apr 2026)"
    assert fd.clearance_label("refused", DEADLINE, today=TODAY) == "REFUSED: do not admit"
    assert fd.clearance_label("cleared", DEADLINE, today=TODAY) == "cleared"


# --- 6. nobody refused clearance is recorded as attending --------------------------------------------------


def test_attendee_refused_clearance_is_not_marked_attended(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    uncle = relative(s, prisoner, "Oren")
    request, _ = ask(s, day, prisoner, [partner, uncle])
    fd.allocate(s, day.id)
    attendees = {a.person_id: a for a in s.execute(select(FamilyDayAttendee).where(
        FamilyDayAttendee.request_id == request.id)).scalars()}
    fd.set_clearance(s, attendees[partner.id].id, "cleared")
    fd.set_clearance(s, attendees[uncle.id].id, "refused")
    refused(s, fd.record_attendance, request.id, True, "", today=DAY, present=[partner.id, uncle.id],
            match="Oren Ashcombe was refused security clearance, so cannot be recorded as attending")
    fd.record_attendance(s, request.id, True, "", today=DAY)  # the family came
    assert (attendees[partner.id].attended, attendees[uncle.id].attended) == (True, False)
    rows = {r.person_id: r for r in fd.attendee_list(s, day.id)}
    assert (rows[partner.id].attended, rows[uncle.id].attended) == (True, False)


def test_clearance_refused_after_attendance_never_lists_as_attending(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    request, _ = ask(s, day, prisoner, [partner])
    fd.allocate(s, day.id)
    fd.record_attendance(s, request.id, True, "", today=DAY)
    attendee = s.execute(select(FamilyDayAttendee).where(FamilyDayAttendee.request_id == request.id)).scalar()
    fd.set_clearance(s, attendee.id, "refused")
    assert [r.attended for r in fd.attendee_list(s, day.id)] == [False]


# --- 7. the visiting-order allowance -----------------------------------------------------------------------


def test_visit_cancelled_by_the_establishment_gives_its_visiting_order_back(s):
    daily = visits.add_template(s, "Daily", list(visits.WEEKDAYS), "14:00", "16:00", "Hall", date(2026, 1, 1),
                                None, 1, 10, 2)
    visit_rules.set_rules(s, Rules(max_notice_days=60))
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    march = [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)]
    made = [visits.book(s, prisoner.id, daily.id, on, [partner.id], partner.id, today=TODAY)[0] for on in march]
    later = date(2026, 3, 20)
    assert visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id,
                                today=TODAY).allowance_renews_on == date(2026, 4, 1)
    visits.record_outcome(s, made[0].id, visits.CANCELLED_BY_ESTABLISHMENT, today=march[0])
    check = visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id, today=TODAY)
    assert check.allowance_renews_on is None and not check.warnings
    # a visit that did happen still counts
    visits.record_outcome(s, made[0].id, "attended", today=march[0])
    assert visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id,
                                today=TODAY).allowance_renews_on == date(2026, 4, 1)
    assert s.execute(select(func.count()).select_from(Booking).where(Booking.prisoner_id == prisoner.id)).scalar() == 4

"""Flags when circumstances change (issue 19 §1), on a real encrypted profile.

Each trigger (release, transfer, restriction or ban, approval withdrawn, blocked date,
cancelled session) flags the future bookings it touches by the rules the booking used;
undoing the cause clears the flag; a flag is resolved by cancelling, moving or keeping.
TODAY is a Monday; every date is explicit.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.flags import BookingFlag
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking
from fsw_desktop.services.casework import referrals, safeguarding
from fsw_desktop.services.casework.people import PersonInput, update_person
from fsw_desktop.services.visits import calendar, family_days, flags, visitors, visits
from tests.profiles import ESTABLISHMENT

TODAY = date(2026, 3, 2)  # Monday
TUE = date(2026, 3, 10)
THU = date(2026, 3, 12)
LATER_TUE = date(2026, 3, 17)


@pytest.fixture
def w(s):
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family="Ashcombe",
        prison_number="A1234BC"), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    prisoner.establishment = ESTABLISHMENT
    partner = visitors.add_visitor(s, "Mara", "Ashcombe", date(1990, 5, 1), "partner", case.id, today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                                 None, 1, 3, 1)
    booking, _ = visits.book(s, prisoner.id, hall.id, TUE, [partner.id], partner.id, today=TODAY)
    s.flush()
    return type("W", (), {"s": s, "case_id": case.id, "prisoner": prisoner, "partner": partner, "hall": hall,
                          "booking": booking})


def open_flags(s, booking: Booking) -> list[BookingFlag]:
    return list(s.execute(select(BookingFlag).where(BookingFlag.booking_id == booking.id,
                                                    BookingFlag.state == flags.OPEN)).scalars())


def the_flag(s, booking: Booking) -> BookingFlag:
    found = open_flags(s, booking)
    assert len(found) == 1, [f.reason for f in found]
    return found[0]


def test_an_untouched_booking_has_no_flag(s, w):
    assert flags.recheck(s, TODAY, everything=True).raised == []
    assert open_flags(s, w.booking) == []


def test_transfer_flags_the_booking_and_offers_no_desk_when_none_is_paired(s, w):
    moved = flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    f = the_flag(s, w.booking)
    assert f.cause == flags.TRANSFER and "transferred to HMP Elsewhere (synthetic)" in f.reason
    assert moved.recheck.raised == [w.booking.ref] and moved.desks == []
    assert "moved from HMP Testfield (synthetic) to HMP Elsewhere (synthetic)" in w.prisoner.transfers
    # moving back undoes the cause: the flag clears by itself
    back = flags.record_transfer(s, w.prisoner.id, ESTABLISHMENT, TODAY, today=TODAY)
    assert back.recheck.cleared == [w.booking.ref]
    assert open_flags(s, w.booking) == [] and s.get(BookingFlag, f.id).state == flags.CLEARED


def test_release_date_on_or_before_the_visit_flags_it_and_a_later_one_clears_it(s, w):
    flags.record_release(s, w.prisoner.id, TUE, today=TODAY)
    f = the_flag(s, w.booking)
    assert f.cause == flags.RELEASE and "released on" in f.reason
    flags.record_release(s, w.prisoner.id, date(2026, 9, 1), today=TODAY)
    assert open_flags(s, w.booking) == []


def test_release_date_typed_on_the_person_form_re_checks_too(s, w):
    data = PersonInput.from_person(w.prisoner)
    data.expected_release = THU
    update_person(s, w.prisoner.id, data, today=TODAY)
    assert open_flags(s, w.booking) == []  # released after the Tuesday visit
    data.expected_release = TUE
    update_person(s, w.prisoner.id, data, today=TODAY)
    assert the_flag(s, w.booking).cause == flags.RELEASE


def test_ban_flags_without_its_reason_and_lifting_it_clears(s, w):
    visitors.set_ban(s, w.partner.id, "Private reason about the visitor", None, today=TODAY)
    f = the_flag(s, w.booking)
    assert f.cause == flags.BAN and "banned from visiting" in f.reason
    assert "Private reason" not in f.reason  # a flag travels to the visits hall, which never sees why
    visitors.lift_ban(s, w.partner.id, today=TODAY)
    assert open_flags(s, w.booking) == []


def test_restriction_flags_by_the_booking_rule(s, w):
    child = visitors.add_visitor(s, "Ivo", "Ashcombe", date(2018, 2, 2), "child", w.case_id, today=TODAY)
    with_child, _ = visits.book(s, w.prisoner.id, w.hall.id, THU, [w.partner.id, child.id], w.partner.id,
                                today=TODAY)
    kinds = safeguarding.RESTRICTION_KINDS
    children = next(k for k in kinds if "child" in k.lower())
    safeguarding.add_restriction(s, w.prisoner.id, children, "", date(2026, 3, 1), today=TODAY)
    assert the_flag(s, with_child).cause == flags.RESTRICTION
    assert open_flags(s, w.booking) == []  # no child on that visit
    banned = next(k for k in kinds if "ban" in k.lower())
    safeguarding.add_restriction(s, w.partner.id, banned, "", date(2026, 3, 1), today=TODAY)
    assert the_flag(s, w.booking).cause == flags.BAN


def test_closed_visits_only_flags_a_social_visit(s, w):
    visitors.set_closed_restriction(s, w.partner.id, True, today=TODAY)
    f = the_flag(s, w.booking)
    assert f.cause == flags.RESTRICTION and "closed visit" in f.reason
    visitors.set_closed_restriction(s, w.partner.id, False, today=TODAY)
    assert open_flags(s, w.booking) == []


def test_approval_withdrawn_and_restored(s, w):
    visitors.set_approved(s, w.partner.id, False, today=TODAY)
    f = the_flag(s, w.booking)
    assert f.cause == flags.APPROVAL and "not approved" in f.reason
    visitors.set_approved(s, w.partner.id, True, today=TODAY)
    assert open_flags(s, w.booking) == []


def test_blocked_date_and_unblocking(s, w):
    other, _ = visits.book(s, w.prisoner.id, w.hall.id, THU, [w.partner.id], w.partner.id, today=TODAY)
    row = calendar.block_date(s, TUE, "Duty governor", "Staff training")
    f = the_flag(s, w.booking)
    assert f.cause == flags.BLOCKED and "Staff training" in f.reason
    assert open_flags(s, other) == []  # another day is not touched
    calendar.unblock_date(s, row.id)
    assert open_flags(s, w.booking) == []


def test_cancelled_session_is_one_session_blocked(s, w):
    morning = calendar.add_template(s, "Morning", ["TU"], "09:30", "11:00", "Visits hall", date(2026, 1, 1),
                                    None, 1, 3, 1)
    early, _ = visits.book(s, w.prisoner.id, morning.id, TUE, [w.partner.id], w.partner.id, today=TODAY)
    calendar.block_date(s, TUE, "Duty governor", "Afternoon session cancelled", template_id=w.hall.id)
    assert the_flag(s, w.booking).cause == flags.SESSION
    assert open_flags(s, early) == []


def test_family_day_place_is_flagged_and_cleared(s, w):
    day = family_days.add_family_day(s, date(2026, 4, 4), "general", "Spring day", 4, 12)
    req = family_days.request_place(s, day.id, w.prisoner.id, [w.partner.id], requested_on=TODAY)
    visitors.set_ban(s, w.partner.id, "x", None, today=TODAY)
    placed = s.execute(select(BookingFlag).where(BookingFlag.request_id == req.id,
                                                 BookingFlag.state == flags.OPEN)).scalars().all()
    assert [f.cause for f in placed] == [flags.BAN] and placed[0].on == date(2026, 4, 4)
    rows = flags.open_flag_rows(s)
    assert {r.what for r in rows} == {"Visit", "Family day"}
    flags.cancel(s, placed[0].id, today=TODAY)
    assert req.status == "declined"


def test_resolve_by_cancelling_gives_the_visiting_order_back_when_the_establishment_caused_it(s, w):
    flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    f = flags.cancel(s, the_flag(s, w.booking).id, today=TODAY)
    assert w.booking.status == "cancelled" and w.booking.status_reason == "Prisoner transferred"
    assert f.state == flags.RESOLVED and f.resolution == flags.CANCELLED and "given back" in f.resolution_note
    with pytest.raises(InputRefused, match="already resolved"):
        flags.keep(s, f.id, "no", today=TODAY)


def test_resolve_by_cancelling_a_ban_does_not_give_the_order_back(s, w):
    visitors.set_ban(s, w.partner.id, "x", None, today=TODAY)
    f = flags.cancel(s, the_flag(s, w.booking).id, today=TODAY)
    assert w.booking.status_reason == "Visitor no longer allowed" and "not given back" in f.resolution_note


def test_resolve_by_moving_to_another_session(s, w):
    row = calendar.block_date(s, TUE, "Duty governor", "Staff training")
    f = the_flag(s, w.booking)
    new = flags.move(s, f.id, w.hall.id, THU, today=TODAY)
    assert new.on == THU and new.status == "booked" and w.booking.status_reason == "Moved to another session"
    assert f.resolution == flags.MOVED_TO and f.moved_to_id == new.id
    assert open_flags(s, new) == []
    assert row.id


def test_moving_is_refused_when_the_new_session_fails_the_same_rules(s, w):
    flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    f = the_flag(s, w.booking)
    with pytest.raises(InputRefused, match="transferred"):
        flags.move(s, f.id, w.hall.id, THU, today=TODAY)


def test_resolve_by_keeping_with_a_reason_stays_kept_until_the_reason_changes(s, w):
    visitors.set_closed_restriction(s, w.partner.id, True, today=TODAY)
    f = the_flag(s, w.booking)
    with pytest.raises(InputRefused, match="Say why"):
        flags.keep(s, f.id, "  ", today=TODAY)
    flags.keep(s, f.id, "Security agreed an open visit this once", today=TODAY)
    assert f.resolution == flags.KEPT and open_flags(s, w.booking) == []
    flags.recheck(s, TODAY, everything=True)
    assert open_flags(s, w.booking) == []  # same reasons: still kept
    visitors.set_approved(s, w.partner.id, False, today=TODAY)
    assert the_flag(s, w.booking).cause == flags.APPROVAL  # a new reason raises a new flag


def test_a_booking_cancelled_another_way_closes_its_flag(s, w):
    visitors.set_approved(s, w.partner.id, False, today=TODAY)
    f = the_flag(s, w.booking)
    visits.set_status(s, w.booking.id, "cancelled", "Cancelled by the visitor", TODAY)
    flags.recheck(s, TODAY, people=[w.partner.id])
    assert f.state == flags.RESOLVED and f.resolution == flags.CANCELLED


def test_past_bookings_are_never_flagged(s, w):
    flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=date(2026, 3, 11))
    assert open_flags(s, w.booking) == []


def test_transfer_refusals(s, w):
    with pytest.raises(InputRefused, match="which establishment"):
        flags.record_transfer(s, w.prisoner.id, "  ", TODAY, today=TODAY)
    with pytest.raises(InputRefused, match="already recorded"):
        flags.record_transfer(s, w.prisoner.id, " hmp testfield  (synthetic)", TODAY, today=TODAY)
    with pytest.raises(InputRefused, match="not recorded as a prisoner"):
        flags.record_transfer(s, w.partner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)

"""What a visits hall needs to see first: today's and tomorrow's sessions, what still waits, family days ahead.

Tomorrow is always shown beside today: "No visit sessions today" must never hide a session tomorrow that is
already filling. Waiting means a booking still asked for (not yet booked: the visitors to be approved, or
on the waiting list) or a family-day visitor whose security clearance is still pending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...models.people import Person
from ...models.visits import Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from . import calendar, family_days, flags, visits

WAITING_AHEAD_DAYS = 28
FAMILY_DAYS_AHEAD_DAYS = 56


@dataclass
class HallSession:
    slot: calendar.SessionSlot
    bookings: list[visits.BookingRow]

    @property
    def booked(self) -> int:
        return self.slot.booked_open + self.slot.booked_closed

    @property
    def places(self) -> int:
        return self.slot.open_capacity + self.slot.closed_capacity

    @property
    def left(self) -> int:
        return self.slot.open_free + max(0, self.slot.closed_capacity - self.slot.booked_closed)


@dataclass
class HallFamilyDay:
    day: FamilyDay
    allocated: int
    waiting: int
    asked: int
    not_cleared: int  # visitors on live requests whose clearance is still pending


@dataclass
class HallDay:
    today: date
    sessions_today: list[HallSession]
    sessions_tomorrow: list[HallSession]
    waiting: list[visits.BookingRow]  # requested bookings from today on, soonest first
    family_days: list[HallFamilyDay] = field(default_factory=list)
    flagged: list[flags.FlagRow] = field(default_factory=list)  # open flags, soonest visit first


def _sessions(session: Session, on: date) -> list[HallSession]:
    slots = sorted(calendar.sessions_between(session, on, on), key=lambda x: x.starts)
    rows = visits.bookings_for(session, on=on)
    return [HallSession(sl, [b for b in rows if b.template_id == sl.template_id and b.status in calendar.HOLDING])
            for sl in slots]


def hall_day(session: Session, today: date | None = None) -> HallDay:
    """Today and tomorrow in the hall, the bookings still waiting, and the family days of the next eight weeks."""
    today = today or date.today()
    tomorrow = today + timedelta(days=1)
    waiting = visits.bookings_for(session, start=today, end=today + timedelta(days=WAITING_AHEAD_DAYS),
                                  status="requested")
    days = []
    for d in family_days.family_days(session, today, today + timedelta(days=FAMILY_DAYS_AHEAD_DAYS)):
        counts = dict(session.execute(
            select(FamilyDayRequest.status, func.count()).where(
                FamilyDayRequest.family_day_id == d.id, FamilyDayRequest.live())
            .group_by(FamilyDayRequest.status)).all())
        pending = session.execute(
            select(func.count()).select_from(FamilyDayAttendee)
            .join(FamilyDayRequest, FamilyDayRequest.id == FamilyDayAttendee.request_id)
            .where(FamilyDayRequest.family_day_id == d.id, FamilyDayRequest.status != "declined",
                   FamilyDayRequest.live(), FamilyDayAttendee.live(), FamilyDayAttendee.clearance == "pending")
        ).scalar() or 0
        days.append(HallFamilyDay(d, counts.get("allocated", 0), counts.get("waiting", 0),
                                  counts.get("requested", 0), pending))
    return HallDay(today, _sessions(session, today), _sessions(session, tomorrow), waiting, days,
                   [f for f in flags.open_flag_rows(session) if f.on >= today])


def find_bookings(session: Session, text: str, today: date | None = None, limit: int = 60) -> list[visits.BookingRow]:
    """The visits hall's search: bookings from four weeks ago on for anyone whose name, prison number or
    reference starts with ``text`` (prisoner or visitor), soonest first. Never a case: a hall has none."""
    today = today or date.today()
    term = (text or "").strip().lower().replace("\\", "").replace("%", "").replace("_", "")
    if len(term) < 2:
        return []
    like = term + "%"
    people = list(session.execute(select(Person.id).where(Person.live(), or_(
        func.lower(Person.given_name).like(like), func.lower(Person.family_name).like(like),
        func.lower(Person.prison_number) == term, func.lower(Person.ref) == term,
        func.lower(Person.given_name + " " + Person.family_name).like(like)))).scalars())
    ids = set(session.execute(select(Booking.id).where(Booking.live(), Booking.on >= today - timedelta(days=28), or_(
        func.lower(Booking.ref) == term, Booking.prisoner_id.in_(people),
        Booking.id.in_(select(BookingVisitor.booking_id).where(
            BookingVisitor.person_id.in_(people), BookingVisitor.live()))))).scalars())
    rows = visits.bookings_for(session, start=today - timedelta(days=28)) if ids else []
    return [b for b in rows if b.id in ids][:limit]

"""What a visits hall needs to see first: today's and tomorrow's sessions, what still waits, family days ahead.

Tomorrow is always shown beside today: "No visit sessions today" must never hide a session tomorrow that is
already filling. Waiting means a booking still asked for (not yet booked: the visitors to be approved, or
on the waiting list) or a family-day visitor whose security clearance is still pending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.visits import FamilyDay, FamilyDayAttendee, FamilyDayRequest
from . import calendar, family_days, visits

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
    return HallDay(today, _sessions(session, today), _sessions(session, tomorrow), waiting, days)

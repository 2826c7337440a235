"""Visit sessions: templates that yield their dates, one-off sessions, blocked dates, and the places
taken in each (bookings, not visitors, in the open and closed pools). See ``visits`` for the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterable

from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, WEEKLY, rrule
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.visits import BlockedDate, Booking, SessionTemplate
from ..data_protection import audit
from ..casework.people import as_date, get_live
from ..desk.dates import show_date
from . import rechecks
from ...words import tr

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RRULE_DAYS = dict(zip(WEEKDAYS, (MO, TU, WE, TH, FR, SA, SU)))
WEEKDAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))

HOLDING = ("requested", "booked", "attended", "did not attend")  # statuses that hold a place (unless waiting list)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


# --- sessions ---------------------------------------------------------------------------------


@dataclass
class SessionSlot:
    """One session on one day, with its places taken (bookings, not visitors) in each pool."""

    template_id: str
    on: date
    starts: str
    ends: str
    room: str
    open_capacity: int
    closed_capacity: int
    booked_open: int = 0
    booked_closed: int = 0
    waiting: int = 0
    blocked: bool = False
    blocked_why: str = ""
    name: str = ""
    one_off: bool = False

    @property
    def start_at(self) -> datetime:
        """Local wall-clock start (naive): the same hour either side of a clock change."""
        return datetime.combine(self.on, parse_time(self.starts, tr("start time")))

    @property
    def open_free(self) -> int:
        return max(0, self.open_capacity - self.booked_open)

    @property
    def closed_free(self) -> int:
        return max(0, self.closed_capacity - self.booked_closed)

    def is_full(self, closed: bool) -> bool:
        return (self.booked_closed >= self.closed_capacity) if closed else (self.booked_open >= self.open_capacity)


def parse_time(text: str, what: str) -> time:
    m = _TIME.match((text or "").strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise InputRefused(tr("The {what} must be a time like 14:00.").format(what=what))
    return time(int(m.group(1)), int(m.group(2)))


def _clean_time(text: str, what: str) -> str:
    return parse_time(text, what).strftime("%H:%M")


def _clean_weekdays(weekdays: Iterable[str] | str) -> str:
    if isinstance(weekdays, str):
        weekdays = weekdays.split(",")
    wanted = {w.strip().upper()[:2] for w in weekdays if w and w.strip()}
    unknown = wanted - set(WEEKDAYS)
    if unknown or not wanted:
        raise InputRefused(tr("Choose the days of the week the session runs (MO, TU, WE, TH, FR, SA, SU)."))
    return ",".join(d for d in WEEKDAYS if d in wanted)


def session_dates(weekdays: str, interval_weeks: int, valid_from: date, valid_to: date | None,
                  start: date, end: date) -> list[date]:
    """The dates a template runs between ``start`` and ``end`` (both included).

    Weekly or fortnightly (WEEKLY rule, week starting Monday): the fortnight is
    counted from the Monday of the week of ``valid_from``, so a fortnightly
    Sunday session valid from a Wednesday runs that week's Sunday, then every
    second Sunday. The rule starts at the counted week nearest before ``start``
    so that a five-year-old template costs no more than a new one.
    """
    lo = max(start, valid_from)
    hi = min(end, valid_to) if valid_to is not None else end
    days = [_RRULE_DAYS[d] for d in weekdays.split(",") if d in _RRULE_DAYS]
    if lo > hi or not days:
        return []
    interval = max(1, int(interval_weeks or 1))
    anchor = valid_from - timedelta(days=valid_from.weekday())
    first_monday = lo - timedelta(days=lo.weekday())
    skip = ((first_monday - anchor).days // 7) // interval * interval
    rule = rrule(WEEKLY, interval=interval, byweekday=days, wkst=MO,
                 dtstart=datetime.combine(anchor + timedelta(weeks=skip), time()),
                 until=datetime.combine(hi, time()))
    return [d.date() for d in rule if d.date() >= lo]


def add_template(session: Session, name: str, weekdays: Iterable[str] | str, starts: str, ends: str, room: str,
                 valid_from: date, valid_to: date | None = None, interval_weeks: int = 1,
                 open_capacity: int = 20, closed_capacity: int = 2, one_off: bool = False) -> SessionTemplate:
    """A recurring session (or, with ``one_off``, one session on ``valid_from``)."""
    days = _clean_weekdays(weekdays)
    starts, ends = _clean_time(starts, tr("start time")), _clean_time(ends, tr("end time"))
    if ends <= starts:
        raise InputRefused(tr("The session must end after it starts."))
    valid_from = as_date(valid_from, tr("first date of the session"))
    valid_to = as_date(valid_to, tr("last date of the session"), required=False)
    if valid_to is not None and valid_to < valid_from:
        raise InputRefused(tr("The last date cannot be before the first date."))
    if interval_weeks not in (1, 2) or isinstance(interval_weeks, bool):
        raise InputRefused(tr("A session runs every week (1) or every other week (2)."))
    for value, what in ((open_capacity, tr("Open capacity")), (closed_capacity, tr("Closed capacity"))):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 500:
            raise InputRefused(tr("{what} must be a whole number of places from 0 to 500.").format(what=what))
    if open_capacity == 0 and closed_capacity == 0:
        raise InputRefused(tr("A session needs at least one open or closed place."))
    if one_off:
        valid_to = valid_from
        days = WEEKDAYS[valid_from.weekday()]
        interval_weeks = 1
    elif not session_dates(days, interval_weeks, valid_from, valid_to, valid_from,
                           valid_to or valid_from + timedelta(days=14)):
        raise InputRefused(tr("None of those weekdays falls between the first and last date."))
    name = (name or "").strip() or (tr("Extra session") if one_off else
                                    f"{' and '.join(WEEKDAY_NAMES[d] for d in days.split(','))} {starts}")
    row = SessionTemplate(name=name[:120], weekdays=days, starts=starts, ends=ends, room=(room or "").strip(),
                          valid_from=valid_from, valid_to=valid_to, interval_weeks=interval_weeks,
                          open_capacity=open_capacity, closed_capacity=closed_capacity, one_off=bool(one_off))
    session.add(row)
    session.flush()
    audit.record(session, "record created", "session_templates", row.id,
                 "extra session" if one_off else "session template")
    session.flush()
    return row


def add_extra_session(session: Session, on: date, starts: str, ends: str, room: str, open_capacity: int,
                      closed_capacity: int, name: str = "Extra session") -> SessionTemplate:
    """A one-off session: a template valid on that day only."""
    on = as_date(on, tr("date of the extra session"))
    return add_template(session, name, [WEEKDAYS[on.weekday()]], starts, ends, room, on, on, 1,
                        open_capacity, closed_capacity, one_off=True)


def end_template(session: Session, template_id: str, last_day: date) -> SessionTemplate:
    """Stop a template after ``last_day``; refused while bookings hold places after it."""
    row = get_live(session, SessionTemplate, template_id, tr("No such session."))
    last_day = as_date(last_day, tr("last date of the session"))
    if last_day < row.valid_from:
        raise InputRefused(tr("The last date cannot be before the first date."))
    later = session.execute(select(func.count()).select_from(Booking).where(
        Booking.template_id == row.id, Booking.on > last_day, Booking.status.in_(HOLDING), Booking.live())).scalar()
    if later:
        raise InputRefused(tr("{later} booking(s) after {last_day} still use this session. "
                           "Move or cancel them first.").format(later=later, last_day=show_date(last_day)))
    row.valid_to = last_day
    session.flush()
    audit.record(session, "record changed", "session_templates", row.id, "session ended")
    session.flush()
    return row


def templates(session: Session, on: date | None = None) -> list[SessionTemplate]:
    """Live templates, or those valid on ``on``; by first date and time."""
    q = select(SessionTemplate).where(SessionTemplate.live())
    if on is not None:
        q = q.where(SessionTemplate.valid_from <= on,
                    or_(SessionTemplate.valid_to.is_(None), SessionTemplate.valid_to >= on))
    return list(session.execute(q.order_by(SessionTemplate.valid_from, SessionTemplate.starts,
                                           SessionTemplate.name)).scalars())


def block_date(session: Session, on: date, who: str, why: str, template_id: str | None = None) -> BlockedDate:
    """Cancel every session on ``on`` (or one template's). Existing bookings stay: see ``bookings_for(on=...)``."""
    on = as_date(on, tr("date to block"))
    who, why = (who or "").strip(), (why or "").strip()
    if not who:
        raise InputRefused(tr("Say who decided to block the date."))
    if not why:
        raise InputRefused(tr("Say why the date is blocked; families will be told."))
    if template_id:
        get_live(session, SessionTemplate, template_id, tr("No such session."))
    clash = session.execute(select(BlockedDate.id).where(
        BlockedDate.on == on, BlockedDate.live(),
        BlockedDate.template_id.is_(None) if template_id is None else
        or_(BlockedDate.template_id.is_(None), BlockedDate.template_id == template_id))).first()
    if clash is not None:
        raise InputRefused(tr("{on} is already blocked.").format(on=show_date(on)))
    row = BlockedDate(on=on, template_id=template_id or None, who=who[:200], why=why)
    session.add(row)
    session.flush()
    audit.record(session, "record created", "blocked_dates", row.id, "date blocked")
    session.flush()
    _recheck(session, on, template_id)
    return row


def _recheck(session: Session, on: date, template_id: str | None) -> None:
    """That day's bookings (one session's, or all) checked again: they are flagged, or cleared when unblocked."""
    rechecks.changed(session, min(on, date.today()), on=on, template_id=template_id)


def unblock_date(session: Session, blocked_id: str) -> BlockedDate:
    row = get_live(session, BlockedDate, blocked_id, tr("No such blocked date."))
    row.deleted = True
    session.flush()
    audit.record(session, "record deleted", "blocked_dates", row.id, "date unblocked")
    session.flush()
    _recheck(session, row.on, row.template_id)
    return row


def sessions_between(session: Session, start: date, end: date) -> list[SessionSlot]:
    """Every session from ``start`` to ``end`` inclusive, with places taken, by date and time.

    Three queries whatever the range or the number of bookings: templates,
    blocked dates, and one grouped count of bookings (index on ``bookings.on``).
    Blocked sessions are listed with ``blocked`` set so the week view can show why.
    """
    start, end = as_date(start, tr("first date")), as_date(end, tr("last date"))
    if end < start:
        return []
    rows = session.execute(
        select(SessionTemplate.id, SessionTemplate.name, SessionTemplate.weekdays, SessionTemplate.starts,
               SessionTemplate.ends, SessionTemplate.room, SessionTemplate.valid_from, SessionTemplate.valid_to,
               SessionTemplate.interval_weeks, SessionTemplate.open_capacity, SessionTemplate.closed_capacity,
               SessionTemplate.one_off)
        .where(SessionTemplate.live(), SessionTemplate.valid_from <= end,
               or_(SessionTemplate.valid_to.is_(None), SessionTemplate.valid_to >= start))
    ).all()
    if not rows:
        return []
    blocked: dict[tuple[date, str | None], list[str]] = {}
    for on, template_id, why in session.execute(
            select(BlockedDate.on, BlockedDate.template_id, BlockedDate.why)
            .where(BlockedDate.on >= start, BlockedDate.on <= end, BlockedDate.live())
            .order_by(BlockedDate.on, BlockedDate.created_hlc)):
        blocked.setdefault((on, template_id), []).append(why)
    counts: dict[tuple[str, date], list[int]] = {}
    for template_id, on, closed, waiting, n in session.execute(
            select(Booking.template_id, Booking.on, Booking.closed, Booking.waiting_list, func.count())
            .where(Booking.on >= start, Booking.on <= end, Booking.status.in_(HOLDING), Booking.live())
            .group_by(Booking.template_id, Booking.on, Booking.closed, Booking.waiting_list)):
        c = counts.setdefault((template_id, on), [0, 0, 0])
        c[2 if waiting else 1 if closed else 0] += n
    slots = []
    for t in rows:
        for on in session_dates(t.weekdays, t.interval_weeks, t.valid_from, t.valid_to, start, end):
            why = blocked.get((on, None), []) + blocked.get((on, t.id), [])
            booked_open, booked_closed, waiting = counts.get((t.id, on), (0, 0, 0))
            slots.append(SessionSlot(t.id, on, t.starts, t.ends, t.room, t.open_capacity, t.closed_capacity,
                                     booked_open, booked_closed, waiting, bool(why), "; ".join(why), t.name,
                                     bool(t.one_off)))
    slots.sort(key=lambda s: (s.on, s.starts, s.name, s.template_id))
    return slots


def week(session: Session, monday: date) -> list[SessionSlot]:
    """The week view: Monday to Sunday of the week holding ``monday`` (any day of it will do)."""
    monday = as_date(monday, tr("week"))
    monday -= timedelta(days=monday.weekday())
    return sessions_between(session, monday, monday + timedelta(days=6))


def slot_for(session: Session, template_id: str | None, on: date) -> SessionSlot | None:
    """The session of ``template_id`` on ``on`` with its places taken, or None when it does not run then."""
    t = session.get(SessionTemplate, template_id) if template_id else None
    if t is None or t.deleted or not session_dates(t.weekdays, t.interval_weeks, t.valid_from, t.valid_to, on, on):
        return None
    why = list(session.execute(select(BlockedDate.why).where(
        BlockedDate.on == on, BlockedDate.live(),
        or_(BlockedDate.template_id.is_(None), BlockedDate.template_id == t.id))
        .order_by(BlockedDate.created_hlc)).scalars())
    slot = SessionSlot(t.id, on, t.starts, t.ends, t.room, t.open_capacity, t.closed_capacity,
                       blocked=bool(why), blocked_why="; ".join(why), name=t.name, one_off=bool(t.one_off))
    for closed, waiting, n in session.execute(
            select(Booking.closed, Booking.waiting_list, func.count())
            .where(Booking.template_id == t.id, Booking.on == on, Booking.status.in_(HOLDING), Booking.live())
            .group_by(Booking.closed, Booking.waiting_list)):
        if waiting:
            slot.waiting += n
        elif closed:
            slot.booked_closed += n
        else:
            slot.booked_open += n
    return slot



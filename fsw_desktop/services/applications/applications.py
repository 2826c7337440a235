"""Prisoners' applications: intake, deadlines in working days, statuses with history, figures.

An application is acknowledged by the next working day after it was received
and answered within a number of working days set per kind (default 3; the
profile setting ``application_response_days`` holds {kind: days}). Working
days skip weekends and England and Wales bank holidays (``working_days``).

Statuses move only along ``TRANSITIONS``; anything else is refused with a
message saying what is possible from where the application stands. Every move
appends an ``ApplicationEvent`` (who, when, from, to, note): the history is
never edited. The response (what the prisoner reads) is kept apart from the
internal notes.

An application counts as *answered* on ``responded_on`` (set by responding or
declining) or, when passed on, on ``forwarded_on``.

Only ``respond`` marks an application responded, because a response slip needs
the words the prisoner will read. A declined or forwarded application may still
be given a response (its status stays): a refusal is the news that most needs a
slip handed over properly.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused, Invalid
from ...models.applications import Application, ApplicationEvent
from ...models.meta import Setting
from ...models.people import Person
from ...models.sync import Desk
from ..data_protection import audit
from ..casework.people import get_live
from ..desk.dates import show_date, show_when
from .working_days import add_working_days, load_holidays, working_days_between
from ...models.cases import Case
from ...models.visits import Booking, FamilyDayRequest
from ...words import QT_TRANSLATE_NOOP, tr
from ..desk import vocab
from ...words import as_stored

ROUTES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "applications box"),
    QT_TRANSLATE_NOOP("", "family support box on the wing"),
    QT_TRANSLATE_NOOP("", "via an officer"),
    QT_TRANSLATE_NOOP("", "via a peer"),
    QT_TRANSLATE_NOOP("", "in person"),
)
KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "contact my family"),
    QT_TRANSLATE_NOOP("", "find my family"),
    QT_TRANSLATE_NOOP("", "arrange a visit"),
    QT_TRANSLATE_NOOP("", "explain a refusal"),
    QT_TRANSLATE_NOOP("", "family day place"),
    QT_TRANSLATE_NOOP("", "worry about a child"),
    QT_TRANSLATE_NOOP("", "course or programme"),
    QT_TRANSLATE_NOOP("", "other"),
)
STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "received"),
    QT_TRANSLATE_NOOP("", "acknowledged"),
    QT_TRANSLATE_NOOP("", "in progress"),
    QT_TRANSLATE_NOOP("", "responded"),
    QT_TRANSLATE_NOOP("", "closed"),
    QT_TRANSLATE_NOOP("", "declined"),
    QT_TRANSLATE_NOOP("", "forwarded"),
)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("acknowledged", "declined", "forwarded"),
    "acknowledged": ("in progress", "responded", "declined", "forwarded"),
    "in progress": ("responded", "declined", "forwarded"),
    "responded": ("closed",),
    "declined": ("closed",),
    "forwarded": ("closed",),
    "closed": (),
}
OPEN_STATUSES: tuple[str, ...] = ("received", "acknowledged", "in progress")
DONE_STATUSES: tuple[str, ...] = ("responded", "closed", "declined", "forwarded")
DUE_STATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "overdue"),
    QT_TRANSLATE_NOOP("", "due today"),
    QT_TRANSLATE_NOOP("", "on time"),
    QT_TRANSLATE_NOOP("", "done"),
)
RESPOND_ONLY: tuple[str, ...] = ("responded",)  # reached through ``respond``, never by a bare status change
RESPONSE_LATER: tuple[str, ...] = ("declined", "forwarded")  # answered, and may still be given a response
DEFAULT_RESPONSE_DAYS = 3
RESPONSE_DAYS_KEY = "application_response_days"
KINDS_KEY = "application_kinds"  # user-defined kinds, a JSON list


# --- settings read straight from the settings table (defaults when absent) -------------------------------

def _setting(session: Session, key: str, default):
    row = session.get(Setting, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def response_days(session: Session) -> dict[str, int]:
    """{kind: working days to respond}; kinds not named take ``DEFAULT_RESPONSE_DAYS``."""
    value = _setting(session, RESPONSE_DAYS_KEY, {})
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def kinds(session: Session) -> tuple[str, ...]:
    extra = _setting(session, KINDS_KEY, [])
    extra = [str(k).strip() for k in extra if str(k).strip()] if isinstance(extra, list) else []
    return KINDS + tuple(k for k in extra if k not in KINDS)


def application_types(session: Session) -> list[tuple[str, int, bool]]:
    """Every type with its response days and whether it is one of ours (which cannot be removed)."""
    days = response_days(session)
    return [(k, days.get(k, DEFAULT_RESPONSE_DAYS), k in KINDS) for k in kinds(session)]


def parse_type_lines(text: str) -> list[tuple[str, int]]:
    """Lines of "type | working days"; days may be left off (the default applies)."""
    rows: list[tuple[str, int]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, _, days = (part.strip() for part in line.partition("|"))
        if not name:
            raise InputRefused(tr("Line {n}: give the type's name before the '|'.").format(n=n))
        if not days:
            rows.append((name, DEFAULT_RESPONSE_DAYS))
            continue
        if not days.isdigit() or not 1 <= int(days) <= 30:
            raise InputRefused(tr("Line {n}: the response time for '{name}' must be 1 to 30 working days.").format(
                                  n=n, name=name))
        rows.append((name, int(days)))
    return rows


def set_application_types(session: Session, rows: list[tuple[str, int]]) -> None:
    """Store user-defined types and the days per type. Our own types stay even if left out.

    Removing a user-defined type keeps the applications already made with it: they are
    history, and their deadlines fall back to the default.
    """
    seen: dict[str, int] = {}
    for name, days in rows:
        name = " ".join(name.split())
        if name.lower() in {k.lower() for k in seen}:
            raise InputRefused(tr("'{name}' is listed twice.").format(name=name))
        if not 1 <= int(days) <= 30:
            raise InputRefused(tr("The response time for '{name}' must be 1 to 30 working days.").format(name=name))
        seen[name] = int(days)
    extra = [k for k in seen if k not in KINDS]
    days = {k: v for k, v in seen.items() if v != DEFAULT_RESPONSE_DAYS}
    for key, value in ((KINDS_KEY, extra), (RESPONSE_DAYS_KEY, days)):
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
    audit.record(session, "settings changed", detail=f"application types: {len(extra)} of our own, "
                                                     f"{len(days)} with their own response time")
    session.flush()


@lru_cache(maxsize=1)
def default_holidays() -> frozenset[date]:
    return load_holidays()


def _worker(session: Session) -> str:
    return session.execute(select(Desk.worker_name)).scalar() or ""


# --- intake ------------------------------------------------------------------------------------------

def receive(session: Session, received_at: datetime | date, route: str, kind: str, words: str,
            prisoner_id: str | None = None, prisoner_name: str = "", prison_number: str = "",
            case_id: str | None = None, now: datetime | None = None, at: str | time | None = None) -> Application:
    """Record an application as it arrived. The prisoner's words are kept exactly as written.

    ``received_at`` is the moment, or the day with ``at`` its time of day ("09:30", as a form or
    the CLI takes it). A receipt time later than ``now`` (default: the clock) is refused: an
    application cannot arrive in the future, and one dated there could never be acknowledged.
    Every problem is refused at once (``Invalid``), by field: received, time, route, kind, words,
    prisoner_id.
    """
    problems: dict[str, str] = {}  # every problem at once, by the form's field, so each is marked there
    if at is not None:
        clock = at if isinstance(at, time) else read_time(at)
        if clock is None:
            problems["time"] = tr("Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or 14:05.")
        if isinstance(received_at, date):
            day = received_at.date() if isinstance(received_at, datetime) else received_at
            received_at = datetime.combine(day, clock or time(0, 0))
    if not isinstance(received_at, datetime):
        if isinstance(received_at, date):
            received_at = datetime.combine(received_at, time(0, 0))
        else:
            problems["received"] = tr("Give the date and time the application was received.")
    now = now or datetime.now()
    late = tr("The application cannot have been received later than now ({now}). "
              "Check the date and time it came in.").format(now=show_when(now))
    if isinstance(received_at, datetime) and received_at.date() > now.date():
        problems["received"] = late  # a day to come, whatever the time
    elif isinstance(received_at, datetime) and received_at > now and "time" not in problems:
        problems["time" if at is not None else "received"] = late  # today, later than now: the time is wrong
    route = (route or "").strip()
    if route not in ROUTES:
        problems["route"] = tr("Say how the application came in: {routes}.").format(routes=', '.join(ROUTES))
    kind = (kind or "").strip()
    known = kinds(session)
    if kind not in known:
        problems["kind"] = tr("Choose what the application is about: {known}.").format(known=', '.join(known))
    if not (words or "").strip():
        problems["words"] = tr("Copy in the prisoner's words as written.")
    prisoner_name = (prisoner_name or "").strip()
    prison_number = (prison_number or "").strip().upper()
    if prisoner_id:
        prisoner = session.get(Person, prisoner_id)
        if prisoner is None or prisoner.deleted:
            problems["prisoner_id"] = (tr("That prisoner is not on file: choose them from the list, or say they are "
                                       "not on file yet and give their name and number."))
        elif not prisoner.is_prisoner:
            problems["prisoner_id"] = tr("The person chosen is not recorded as a prisoner.")
        else:
            prisoner_name = prisoner_name or prisoner.full_name
            prison_number = prison_number or prisoner.prison_number
            case_id = case_id or prisoner.case_id
    elif not prisoner_name:
        problems["prisoner_id"] = tr("Choose the prisoner, or give their name if they are not on file yet.")
    if problems:
        raise Invalid(problems)
    app = Application(received_at=received_at.replace(microsecond=0), route=route, kind=kind, words=words,
                      prisoner_id=prisoner_id or None, prisoner_name=prisoner_name, prison_number=prison_number,
                      case_id=case_id or None, status="received")
    session.add(app)
    session.flush()
    session.add(ApplicationEvent(application_id=app.id, at=datetime.now().replace(microsecond=0),
                                 who=_worker(session), status_from="", status_to="received", note=""))
    audit.record(session, "record created", "applications", app.id, f"application: {kind}, {route}")
    session.flush()
    return app


def read_time(text: str) -> time | None:
    """A time of day as a worker writes it, "9:30", "09:30" or "14:05"; None if it is not one."""
    hours, colon, minutes = (text or "").strip().partition(":")
    if not colon or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2 or len(hours) > 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))


# --- deadlines ---------------------------------------------------------------------------------------

def ack_due(app: Application, holidays: frozenset[date]) -> date:
    """Acknowledgement is due the next working day after receipt."""
    return add_working_days(app.received_at.date(), 1, holidays)


def response_due(app: Application, holidays: frozenset[date], days_by_kind: dict[str, int] | None = None) -> date:
    """The response is due a number of working days after receipt, set per kind (default 3)."""
    days = (days_by_kind or {}).get(app.kind, DEFAULT_RESPONSE_DAYS)
    return add_working_days(app.received_at.date(), days, holidays)


def answered_on(app: Application) -> date | None:
    return app.responded_on or app.forwarded_on


def _state(status: str, today: date, ack: date, resp: date) -> str:
    if status not in OPEN_STATUSES:
        return "done"
    due = ack if status == "received" else resp
    if today > due:
        return "overdue"
    if today == due:
        return "due today"
    return "on time"


def due_state(app: Application, today: date, holidays: frozenset[date],
              days_by_kind: dict[str, int] | None = None) -> str:
    """"overdue", "due today", "on time" or "done" (responded, declined, forwarded or closed).

    While received the acknowledgement deadline counts; once acknowledged, the response deadline.
    """
    return _state(app.status, today, ack_due(app, holidays), response_due(app, holidays, days_by_kind))


# --- statuses ----------------------------------------------------------------------------------------

def _get(session: Session, app_id: str) -> Application:
    return get_live(session, Application, app_id, tr("No such application."))


def status_choices(status: str) -> tuple[str, ...]:
    """The statuses a worker may pick by hand from ``status``: ``TRANSITIONS`` less "responded".

    "responded" is left out because only ``respond`` may set it: it needs the response text.
    """
    return tuple(to for to in TRANSITIONS.get(status, ()) if to not in RESPOND_ONLY)


def change_status(session: Session, app_id: str, to: str, note: str = "", today: date | None = None,
                  forwarded_to: str = "") -> Application:
    """Move an application to ``to`` if ``TRANSITIONS`` allows it; records who, when and why.

    "responded" is refused here: marked responded without a response, an application
    could never be given one, so no slip could ever be printed. ``respond`` does it.
    """
    app = _get(session, app_id)
    if to not in STATUSES:
        raise InputRefused(tr("'{to}' is not a status. Statuses: {statuses}.").format(
                              to=to, statuses=', '.join(STATUSES)))
    _check_move(app, to)
    if to in RESPOND_ONLY:
        raise InputRefused(tr("An application cannot be marked {to} here: use Respond, which records what was "
                           "done and the outcome for the prisoner's slip.").format(to=to))
    return _move(session, app, to, note, today, forwarded_to)


def _check_move(app: Application, to: str) -> None:
    allowed = TRANSITIONS.get(app.status, ())
    if to not in allowed:
        if allowed:
            raise InputRefused(tr("An application that is {status} cannot be marked {to}. "
                               "It can be marked: {allowed}.").format(
                status=app.status, to=to, allowed=', '.join(allowed)))
        raise InputRefused(tr("This application is {status}; its status cannot change any more.").format(
                              status=app.status))


def _move(session: Session, app: Application, to: str, note: str, today: date | None,
          forwarded_to: str = "") -> Application:
    """The move itself, once the caller has checked it is allowed; appends to the history."""
    today = today or date.today()
    if today < app.received_at.date():
        raise InputRefused(tr("The date cannot be before the application was received "
                           "({date}).").format(date=show_date(app.received_at.date())))
    forwarded_to = (forwarded_to or "").strip()
    if to == "forwarded" and not forwarded_to:
        raise InputRefused(tr("Say which department the application was forwarded to."))
    before = app.status
    if to == "acknowledged":
        app.acknowledged_on = today
    elif to in ("responded", "declined"):
        app.responded_on = today
        app.acknowledged_on = app.acknowledged_on or today
    elif to == "forwarded":
        app.forwarded_to = forwarded_to
        app.forwarded_on = today
        app.acknowledged_on = app.acknowledged_on or today
    elif to == "closed":
        app.closed_on = today
    app.status = to
    _event(session, app, before, to, note)
    audit.record(session, "record changed", "applications", app.id, f"status: {before} to {to}")
    session.flush()
    return app


def _event(session: Session, app: Application, before: str, to: str, note: str) -> None:
    session.add(ApplicationEvent(application_id=app.id, at=datetime.now().replace(microsecond=0),
                                 who=_worker(session), status_from=before, status_to=to, note=note or ""))
    session.flush()


def respond(session: Session, app_id: str, response: str, outcome: str, bad_news: bool = False,
            today: date | None = None) -> Application:
    """Record the response the prisoner will read and its outcome, and mark the application responded.

    A declined or forwarded application keeps its status and answer date but takes the
    response too, so a refusal can be put on a slip (and flagged as bad news). Each is
    given one response; a responded or closed application takes no more.
    """
    app = _get(session, app_id)
    if not (response or "").strip():
        raise InputRefused(tr("Write the response the prisoner will read."))
    if not (outcome or "").strip():
        raise InputRefused(tr("Give the outcome in a few words."))
    later = app.status in RESPONSE_LATER
    if later and (app.response or "").strip():
        raise InputRefused(tr("This {status} application already has its response; print its slip.").format(
                              status=app.status))
    if not later and "responded" not in TRANSITIONS.get(app.status, ()):
        if app.status == "received":
            raise InputRefused(tr("Acknowledge the application before responding to it, or decline or "
                               "forward it."))
        raise InputRefused(tr("An application that is {status} cannot be responded to.").format(status=app.status))
    app.response = response.strip()
    app.outcome = outcome.strip()
    app.bad_news = bool(bad_news)
    if later:  # the status and the date it was answered stay; the history says when the reply was written
        _event(session, app, app.status, app.status, "response recorded")
        audit.record(session, "record changed", "applications", app.id, "response recorded")
        session.flush()
        return app
    return _move(session, app, "responded", "response recorded", today)


def history(session: Session, app_id: str) -> list[ApplicationEvent]:
    """Every event of one application, oldest first: moves, and responses written after an answer."""
    return list(session.execute(
        select(ApplicationEvent).where(ApplicationEvent.application_id == app_id, ApplicationEvent.deleted.is_(False))
        .order_by(ApplicationEvent.at, ApplicationEvent.created_hlc)).scalars())


# --- the list ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ApplicationRow:
    """One line of the list. While received, the acknowledgement deadline is the one that counts."""

    id: str
    ref: str
    received_at: datetime
    prisoner: str
    prison_number: str
    kind: str
    route: str
    status: str
    ack_due: date
    response_due: date
    due_state: str
    led_to: str = ""  # "case C-…, visit V-…": where the application went, one step onward

    @property
    def awaiting_acknowledgement(self) -> bool:
        """True while the next thing owed is the acknowledgement (as in ``due_state``)."""
        return self.status == "received"

    @property
    def due_on(self) -> date:
        """The deadline that counts now: acknowledgement while received, the response after."""
        return self.ack_due if self.awaiting_acknowledgement else self.response_due


def _led_to(session: Session, links: list[tuple[int, str | None, str | None, str | None]]) -> dict[int, str]:
    """References of what each application led to, looked up in one query per kind."""
    refs: dict[str, str] = {}
    for model, col in ((Case, 1), (Booking, 2), (FamilyDayRequest, 3)):
        ids = {link[col] for link in links if link[col]}
        if ids:
            refs.update(session.execute(select(model.id, model.ref).where(model.id.in_(ids))).all())
    out = {}
    for i, case_id, booking_id, request_id in links:
        parts = [label.format(ref=refs[x]) for label, x in ((tr("case {ref}"), case_id), (tr("visit {ref}"), booking_id),
                                                            (tr("family day {ref}"), request_id)) if x in refs]
        out[i] = ", ".join(parts)
    return out


def listing(session: Session, today: date, due_filter: str | None = None, status: str | None = None,
            holidays: frozenset[date] | None = None, ids: Iterable[str] | None = None,
            open_only: bool = False) -> list[ApplicationRow]:
    """Live applications (only ``ids`` if given; only open ones if ``open_only``), newest first, with
    their deadlines and due state.

    ``due_filter`` is one of ``DUE_STATES`` or "due" (overdue and due today). Only the
    columns needed are read, and deadlines are worked out once per received date and kind.
    """
    if due_filter is not None and due_filter not in DUE_STATES + ("due",):
        raise InputRefused(tr("Filter by one of: {value}.").format(value=', '.join(DUE_STATES + ('due',))))
    if status is not None and status not in STATUSES:
        raise InputRefused(tr("'{status}' is not a status. Statuses: {statuses}.").format(
                              status=status, statuses=', '.join(STATUSES)))
    holidays = default_holidays() if holidays is None else holidays
    days = response_days(session)
    q = (select(Application.id, Application.ref, Application.received_at, Application.prisoner_name,
                Application.prison_number, Application.kind, Application.route, Application.status,
                Application.case_id, Application.booking_id, Application.family_day_request_id)
         .where(Application.deleted.is_(False)).order_by(Application.received_at.desc()))
    if ids is not None:
        q = q.where(Application.id.in_(list(ids)))
    if status is not None:
        q = q.where(Application.status == status)
    elif due_filter == "done":
        q = q.where(Application.status.in_(DONE_STATUSES))
    elif due_filter is not None or open_only:
        q = q.where(Application.status.in_(OPEN_STATUSES))
    session.flush()  # the raw connection below skips autoflush
    memo: dict[tuple[date, int], date] = {}

    def due(d: date, n: int) -> date:
        key = (d, n)
        if key not in memo:
            memo[key] = add_working_days(d, n, holidays)
        return memo[key]

    wanted = {"due": ("overdue", "due today")}.get(due_filter or "", (due_filter,) if due_filter else None)
    rows = []
    links = []
    for id_, ref, received_at, name, number, kind, route, st, case_id, booking_id, request_id in \
            session.connection().execute(q):
        d = received_at.date()
        ack = due(d, 1)
        resp = due(d, days.get(kind, DEFAULT_RESPONSE_DAYS))
        state = _state(st, today, ack, resp)
        if wanted is None or state in wanted:
            if case_id or booking_id or request_id:
                links.append((len(rows), case_id, booking_id, request_id))
            rows.append(ApplicationRow(id_, ref, received_at, name, number, kind, route, st, ack, resp, state))
    if links:
        for i, text in _led_to(session, links).items():
            rows[i] = replace(rows[i], led_to=text)
    return rows


# --- figures -----------------------------------------------------------------------------------------

@dataclass
class Figures:
    start: date
    end: date
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_route: dict[str, int] = field(default_factory=dict)
    acknowledge_median: float | None = None  # working days
    acknowledge_p90: int | None = None
    respond_median: float | None = None
    respond_p90: int | None = None
    answered: int = 0  # answered (responded, declined or forwarded)
    answered_on_time: int = 0
    considered: int = 0  # answered, or unanswered with the response due by the end of the period
    on_time_share: float | None = None  # answered_on_time / considered


def percentile(values: list[int], p: float) -> int | None:
    """Nearest-rank percentile: the smallest value with at least p% of values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]


def figures(session: Session, start: date, end: date, holidays: frozenset[date],
            days_by_kind: dict[str, int] | None = None, due_by: date | None = None) -> Figures:
    """Applications received from ``start`` to ``end`` (both included).

    Times are in working days from the day of receipt to the day acknowledged or answered.
    The on-time share counts applications answered by their response deadline, out of all
    those answered or whose deadline fell by ``due_by`` (default ``end``). A summary's
    month-by-month figures pass its "today", so an application received at a month's end
    and never answered still counts against the month it came in.
    """
    if end < start:
        raise InputRefused(tr("The end of the period cannot be before its start."))
    days = response_days(session) if days_by_kind is None else days_by_kind
    q = (select(Application.received_at, Application.kind, Application.route, Application.acknowledged_on,
                Application.responded_on, Application.forwarded_on)
         .where(Application.deleted.is_(False), Application.received_at >= datetime.combine(start, time(0, 0)),
                Application.received_at < datetime.combine(end + timedelta(days=1), time(0, 0))))
    session.flush()
    fig = Figures(start=start, end=end)
    by_kind: Counter[str] = Counter()
    by_route: Counter[str] = Counter()
    ack_times: list[int] = []
    resp_times: list[int] = []
    memo: dict[tuple[date, int], date] = {}
    for received_at, kind, route, ack_on, resp_on, fwd_on in session.connection().execute(q):
        fig.total += 1
        by_kind[kind] += 1
        by_route[route] += 1
        d = received_at.date()
        if ack_on is not None:
            ack_times.append(max(working_days_between(d, ack_on, holidays), 0))
        key = (d, days.get(kind, DEFAULT_RESPONSE_DAYS))
        if key not in memo:
            memo[key] = add_working_days(d, key[1], holidays)
        due = memo[key]
        answered = resp_on or fwd_on
        if answered is not None:
            resp_times.append(max(working_days_between(d, answered, holidays), 0))
            fig.answered += 1
            fig.considered += 1
            if answered <= due:
                fig.answered_on_time += 1
        elif due <= (due_by or end):
            fig.considered += 1
    fig.by_kind = dict(by_kind.most_common())
    fig.by_route = dict(by_route.most_common())
    if ack_times:
        fig.acknowledge_median = statistics.median(ack_times)
        fig.acknowledge_p90 = percentile(ack_times, 90)
    if resp_times:
        fig.respond_median = statistics.median(resp_times)
        fig.respond_p90 = percentile(resp_times, 90)
    fig.on_time_share = fig.answered_on_time / fig.considered if fig.considered else None
    return fig


# --- one step onward ---------------------------------------------------------------------------------

ONWARD = ("case", "booking", "family day request")


def link_onward(session: Session, app_id: str, *, case_id: str | None = None, booking_id: str | None = None,
                family_day_request_id: str | None = None) -> Application:
    """Tie an application to what it led to; the link is read from either end (``applications_for``).

    A link once made is not silently replaced: a second booking for the same application is
    refused, because the slip and the figures would then tell a different story.
    """
    app = _get(session, app_id)
    for attr, value, what in (("case_id", case_id, tr("a case")), ("booking_id", booking_id, tr("a visit booking")),
                              ("family_day_request_id", family_day_request_id, tr("a family-day request"))):
        if value is None:
            continue
        current = getattr(app, attr)
        if current and current != value:
            raise InputRefused(tr("{ref} is already linked to {what}.").format(ref=app.ref, what=what))
        setattr(app, attr, value)
    if app.status == "received":
        with as_stored():
            note = tr("Acknowledged when acted on.")
        change_status(session, app.id, "acknowledged", note=note)
    session.flush()
    return app


def applications_for(session: Session, *, case_id: str | None = None, booking_id: str | None = None,
                     family_day_request_id: str | None = None) -> list[Application]:
    """The applications that led to a case, booking or family-day request: the link's other end."""
    q = select(Application).where(Application.deleted.is_(False))
    if case_id:
        q = q.where(Application.case_id == case_id)
    elif booking_id:
        q = q.where(Application.booking_id == booking_id)
    elif family_day_request_id:
        q = q.where(Application.family_day_request_id == family_day_request_id)
    else:
        return []
    return list(session.execute(q.order_by(Application.received_at)).scalars())


def can_respond(status: str, has_response: bool) -> tuple[bool, str]:
    """Whether Respond may be offered on an application, and if not, why (for the button's tooltip).

    The same rule ``respond`` applies: acknowledged or in progress, or declined or forwarded with
    no response yet (so the refusal can go on a slip).
    """
    if status in RESPONSE_LATER:
        return (False, tr("This {status} application already has its response: print its slip.").format(
            status=vocab.label(status))) if has_response else (True, "")
    if "responded" in TRANSITIONS.get(status, ()):
        return True, ""
    if status == "received":
        return False, tr("Acknowledge it first (Change status), or decline or forward it.")
    return False, tr("An application that is {status} takes no response.").format(status=vocab.label(status))


def has_response(session: Session, app_id: str) -> bool:
    """Whether the application already holds the response the prisoner will read."""
    app = session.get(Application, app_id)
    return bool(app is not None and (app.response or "").strip())


def matches(row: ApplicationRow, text: str) -> bool:
    """The Applications page's search: every word typed is found in the prisoner's name or number,
    what was asked, the route, the status or the reference (case-insensitive)."""
    hay = " ".join((row.ref, row.prisoner, row.prison_number, row.kind, row.route, row.status, row.led_to)).lower()
    return all(word in hay for word in text.lower().split())


def applications_of_case(session: Session, case_id: str, today: date,
                         holidays: frozenset[date] | None = None) -> list[ApplicationRow]:
    """A case's applications: linked to the case, or made by a prisoner in it; newest first, with deadlines."""
    prisoners = select(Person.id).where(Person.case_id == case_id, Person.live(), Person.is_prisoner.is_(True))
    ids = set(session.execute(
        select(Application.id).where(Application.deleted.is_(False),
                                     (Application.case_id == case_id) | Application.prisoner_id.in_(prisoners))
    ).scalars())
    return listing(session, today, holidays=holidays, ids=ids) if ids else []

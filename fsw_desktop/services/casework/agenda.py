"""Today as one list ordered by urgency, whatever the kind of work.

A worker's day starts with what is late or due today (an application to answer, a review,
a task), then what happens today (the visits and family days of their families), then what
falls due soon, then the rest (first contacts still owed, quiet families, missing scores).
Each item names the exact place where the work is done (``target`` and ``tab``), so the
page can open it there instead of leaving the worker to find it.

The casework lists come from ``casework.today``; applications, visits and family days from
their own services, limited to this desk's open cases where a family is concerned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.cases import Case
from ...models.people import Person
from ...models.visits import FamilyDay, FamilyDayRequest
from ..applications import applications
from ..visits import flags, travel_claims, visits
from . import casework
from .casework import OPEN
from ...words import QT_TRANSLATE_NOOP, tr
from ..desk import vocab
from ..desk.dates import show_date

NOW, TODAY, SOON, LATER = "now", "today", "soon", "later"
GROUPS: tuple[str, ...] = (NOW, TODAY, SOON, LATER)  # the order the page shows them in
GROUP_TITLES = {
    NOW: QT_TRANSLATE_NOOP("", "Overdue or due today"),
    TODAY: QT_TRANSLATE_NOOP("", "Visits and family days today"),
    SOON: QT_TRANSLATE_NOOP("", "Due soon"),
    LATER: QT_TRANSLATE_NOOP("", "When you can"),
}
SOON_DAYS = 7
HOLDING = ("requested", "booked")  # a booking still going ahead
PLACE_STATUSES = ("requested", "allocated", "waiting")  # a family-day request still live


@dataclass(frozen=True)
class AgendaItem:
    """One line of Today. ``target`` is "case", "application", "booking", "family_day", "flag" or
    "travel_claim" (a booking id); ``tab`` names the case page's tab for a case target
    ("contacts", "plan", "assessments", "people")."""

    group: str
    kind: str  # what the worker sees first: "Application", tr("Review"), "Visit"...
    reference: str
    title: str
    detail: str
    when: date | None
    target: str
    target_id: str
    tab: str = ""


def urgency(when: date | None, today: date, soon_days: int = SOON_DAYS) -> str:
    """NOW for a date today or past, SOON within ``soon_days``, LATER otherwise (or undated)."""
    if when is None:
        return LATER
    if when <= today:
        return NOW
    if when <= today + timedelta(days=soon_days):
        return SOON
    return LATER


def order(items: list[AgendaItem]) -> list[AgendaItem]:
    """By group (``GROUPS``), then date (undated last), then reference: the most time-bound first."""
    rank = {g: i for i, g in enumerate(GROUPS)}
    return sorted(items, key=lambda i: (rank[i.group], i.when is None, i.when or date.max, i.reference))


def agenda(session: Session, today: date, soon_days: int = SOON_DAYS,
           holidays: frozenset[date] | None = None) -> list[AgendaItem]:
    """Everything for Today, ordered by ``order``."""
    items = _casework(session, today, soon_days)
    items += _applications(session, today, holidays)
    items += _visits(session, today)
    items += _family_days(session, today, soon_days)
    items += _flags(session)
    items += _travel_claims(session, today, soon_days)
    return order(items)


def _travel_claims(session: Session, today: date, soon_days: int) -> list[AgendaItem]:
    """Travel claims still to mark for open cases, due on the day their 28 days run out."""
    return [AgendaItem(urgency(r.due_on, today, soon_days), tr("Travel claim"), r.booking_ref,
                       f"{r.family_label} ({r.case_ref})", r.text(today), r.due_on, "travel_claim", r.booking_id)
            for r in travel_claims.reminders(session, today) if r.case_open]


def _casework(session: Session, today: date, soon_days: int) -> list[AgendaItem]:
    t = casework.today(session, today)
    out: list[AgendaItem] = []

    def add(group: str, kind: str, tab: str, entries: list[casework.TodayItem]) -> None:
        for e in entries:
            out.append(AgendaItem(group, kind, e.reference, e.label, e.detail, e.date, "case", e.case_id, tab))

    add(NOW, tr("Review"), "assessments", t.overdue_reviews)
    for e in t.tasks_due:
        add(urgency(e.date, today, soon_days), tr("Plan task"), "plan", [e])
    add(SOON, tr("Release"), "people", t.releases_soon)
    add(LATER, tr("First contact"), "contacts", t.not_yet_contacted)
    add(LATER, tr("No recent contact"), "contacts", t.no_recent_contact)
    add(LATER, tr("Scores missing"), "assessments", t.missing_scores)
    return out


def _applications(session: Session, today: date, holidays: frozenset[date] | None) -> list[AgendaItem]:
    """Open applications: overdue or due today first, the others due soon (they all fall due in days)."""
    out = []
    # open ones only, asked of the database: a five-year desk holds thousands of answered ones
    for r in applications.listing(session, today, holidays=holidays, open_only=True):
        detail = (tr("{kind}: acknowledgement {due_state} ({status})") if r.awaiting_acknowledgement
                  else tr("{kind}: response {due_state} ({status})")).format(
            kind=vocab.label(r.kind), due_state=vocab.label(r.due_state), status=vocab.label(r.status))
        group = NOW if r.due_state in ("overdue", "due today") else SOON
        out.append(AgendaItem(group, tr("Application"), r.ref, f"{r.prisoner} {r.prison_number}".strip(),
                              detail, r.due_on, "application", r.id))
    return out


def _open_prisoners(session: Session) -> dict[str, tuple[str, str]]:
    """Prisoners of this desk's open cases: their id, with the case's reference and family label."""
    rows = session.execute(
        select(Person.id, Case.ref, Case.family_label).join(Case, Case.id == Person.case_id)
        .where(Person.live(), Person.is_prisoner.is_(True), Case.live(), Case.status.in_(OPEN))
    ).all()
    return {r[0]: (r[1], r[2]) for r in rows}


def _visits(session: Session, today: date) -> list[AgendaItem]:
    mine = _open_prisoners(session)
    if not mine:
        return []
    out = []
    for b in visits.bookings_for(session, on=today, status=HOLDING):
        if b.prisoner_id not in mine:
            continue
        case_ref, label = mine[b.prisoner_id]
        detail = (tr("{starts}–{ends} {room}: {prisoner}, %n visitor, {status} (waiting list)|"
                     "{starts}–{ends} {room}: {prisoner}, %n visitors, {status} (waiting list)", "", b.visitors)
                  if b.waiting_list else
                  tr("{starts}–{ends} {room}: {prisoner}, %n visitor, {status}|"
                     "{starts}–{ends} {room}: {prisoner}, %n visitors, {status}", "", b.visitors))
        out.append(AgendaItem(TODAY, tr("Visit"), b.ref, f"{label} ({case_ref})",
                              detail.format(starts=b.starts, ends=b.ends, room=b.room, prisoner=b.prisoner_name,
                                            status=vocab.label(b.status)), b.on, "booking", b.id))
    return out


def _family_days(session: Session, today: date, soon_days: int) -> list[AgendaItem]:
    """Family days today (and within ``soon_days``) with a place asked for one of this desk's open cases."""
    mine = _open_prisoners(session)
    rows = session.execute(
        select(FamilyDay.id, FamilyDay.on, FamilyDay.title, FamilyDay.kind, FamilyDayRequest.ref,
               FamilyDayRequest.status, FamilyDayRequest.prisoner_id)
        .join(FamilyDayRequest, FamilyDayRequest.family_day_id == FamilyDay.id)
        .where(FamilyDay.live(), FamilyDayRequest.live(), FamilyDay.status == "planned",
               FamilyDay.on >= today, FamilyDay.on <= today + timedelta(days=soon_days),
               FamilyDayRequest.status.in_(PLACE_STATUSES))
        .order_by(FamilyDay.on, FamilyDayRequest.ref)
    ).all()
    out = []
    for day_id, on, title, kind, ref, status, prisoner_id in rows:
        if prisoner_id not in mine:
            continue
        case_ref, label = mine[prisoner_id]
        group = TODAY if on == today else SOON
        out.append(AgendaItem(group, tr("Family day"), ref, f"{label} ({case_ref})",
                              tr("{title}: place {status}").format(title=title or vocab.label(kind), status=vocab.label(status)),
                              on, "family_day", day_id))
    return out


def _flags(session: Session) -> list[AgendaItem]:
    """Open flags on the visits and family-day places of this desk's open cases: to act on now."""
    mine = _open_prisoners(session)
    out = []
    for f in flags.open_flag_rows(session, prisoner_ids=list(mine)):
        case_ref, label = mine[f.prisoner_id]
        target, target_id = ("flag", f.id)
        out.append(AgendaItem(NOW, tr("Flag"), f.target_ref, f"{label} ({case_ref})",
                              f"{f.what} {show_date(f.on, year=False)}: {f.first_reason}", f.on, target, target_id))
    return out


def counts(items: list[AgendaItem]) -> dict[str, int]:
    """How many items in each group, every group named (zero included), for the summary line."""
    out = {g: 0 for g in GROUPS}
    for i in items:
        out[i.group] += 1
    return out

"""Retention: how long each kind of record is kept, what is due, and deleting it.

A policy gives, per kind, the months a record is kept after the date that
starts its clock (closed cases: six years after closure). ``due`` lists what is
past its date; ``delete_due`` erases the chosen items with everything that
belongs only to them (``services.erasure``: blanked, tombstoned so the deletion
travels to other desks, values purged from the change history), leaving one
audit entry per item; ``profile.vacuum`` then rewrites the file.

A handed-over case is never due here: the desk that took it on keeps it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.applications import Application, ApplicationEvent
from ...models.base import Travelling
from ...models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from ...models.letters import Letter
from ...models.meta import Setting
from ...models.people import Consent, Person, Restriction
from ...models.visits import Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from ...sync.clock import decode
from . import audit, erasure
from ..desk import settings
from ...progress import Progress, reporter
from ...words import QT_TRANSLATE_NOOP, tr
from ..desk import vocab

POLICY_KEY = "retention_policy"
APPLICATION_DONE = ("responded", "closed", "declined", "forwarded")


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    clock: str  # what starts the clock, in words
    default_months: int


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("cases", QT_TRANSLATE_NOOP("", "Closed cases"), QT_TRANSLATE_NOOP("", "after the case closed"), 72),
    Kind("applications", QT_TRANSLATE_NOOP("", "Prisoners' applications"),
         QT_TRANSLATE_NOOP("", "after the application was dealt with"), 24),
    Kind("bookings", QT_TRANSLATE_NOOP("", "Visit bookings"), QT_TRANSLATE_NOOP("", "after the visit"), 24),
    Kind("family_day_requests", QT_TRANSLATE_NOOP("", "Family-day places"),
         QT_TRANSLATE_NOOP("", "after the family day"), 24),
    Kind("people", QT_TRANSLATE_NOOP("", "People no longer linked to anything"),
         QT_TRANSLATE_NOOP("", "after their record last changed"), 24),
)}
MIN_MONTHS, MAX_MONTHS = 1, 1200


def policy(session: Session) -> dict[str, int]:
    """Months kept, per kind; defaults where none is set."""
    out = {k: kind.default_months for k, kind in KINDS.items()}
    row = session.get(Setting, POLICY_KEY)
    if row is not None:
        try:
            stored = json.loads(row.value)
        except ValueError:
            stored = {}
        if isinstance(stored, dict):
            out.update({k: int(v) for k, v in stored.items() if k in KINDS and isinstance(v, int)})
    return out


def set_policy(session: Session, months: dict[str, int]) -> dict[str, int]:
    """Change the months kept for some kinds (the rest stay). Audited without values. Flushes."""
    current = policy(session)
    for key, value in months.items():
        if key not in KINDS:
            raise InputRefused(tr("There is no record kind '{key}'. Kinds: {kinds}.").format(
                                  key=key, kinds=', '.join(KINDS)))
        if not isinstance(value, int) or isinstance(value, bool) or not MIN_MONTHS <= value <= MAX_MONTHS:
            raise InputRefused(tr("{label}: keep for a whole number of months from "
                               "{min_months} to {max_months}.").format(
                label=tr(KINDS[key].label), min_months=MIN_MONTHS, max_months=MAX_MONTHS))
    changed = {k: v for k, v in months.items() if current[k] != v}
    if changed:
        current.update(changed)
        settings.put(session, POLICY_KEY, current)
        audit.record(session, "settings changed", "settings", None, "retention policy")
        session.flush()
    return current


@dataclass
class DueItem:
    kind: str
    record_id: str
    ref: str
    label: str  # what the worker sees in the list (inside the encrypted app only)
    since: date  # the date that started the clock
    due_on: date

    @property
    def kind_label(self) -> str:
        return tr(KINDS[self.kind].label)


def _cutoff(today: date, months: int) -> date:
    return today - relativedelta(months=months)


def _hlc_date(stamp: str) -> date | None:
    try:
        ms = decode(stamp)[0]
    except (ValueError, IndexError, TypeError):
        return None
    return datetime.fromtimestamp(ms / 1000).date()


def due(session: Session, today: date | None = None) -> list[DueItem]:
    """Everything past its retention date, oldest first within each kind."""
    today = today or date.today()
    months = policy(session)
    out: list[DueItem] = []

    def add(kind: str, rid: str, ref: str, label: str, since: date) -> None:
        out.append(DueItem(kind, rid, ref, label, since, since + relativedelta(months=months[kind])))

    cut = _cutoff(today, months["cases"])
    for c in session.execute(select(Case).where(
            Case.live(), Case.status == "closed", Case.closed_on.is_not(None),
            Case.closed_on <= cut).order_by(Case.closed_on)).scalars():
        add("cases", c.id, c.ref, c.family_label, c.closed_on)

    cut = _cutoff(today, months["applications"])
    for a in session.execute(select(Application).where(
            Application.live(), Application.status.in_(APPLICATION_DONE))).scalars():
        since = a.closed_on or a.responded_on or a.forwarded_on or a.received_at.date()
        if since <= cut:
            add("applications", a.id, a.ref, f"{a.kind} ({a.status})", since)

    cut = _cutoff(today, months["bookings"])
    for b in session.execute(select(Booking).where(
            Booking.live(), Booking.on <= cut).order_by(Booking.on)).scalars():
        add("bookings", b.id, b.ref, f"{b.visit_type} visit, {b.status}", b.on)

    cut = _cutoff(today, months["family_day_requests"])
    for r, day in session.execute(select(FamilyDayRequest, FamilyDay).join(
            FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id).where(
            FamilyDayRequest.live(), FamilyDay.on <= cut).order_by(FamilyDay.on)):
        add("family_day_requests", r.id, r.ref,
            tr("{title} ({status})").format(title=day.title or day.kind, status=vocab.label(r.status)), day.on)

    cut = _cutoff(today, months["people"])
    for p in _unlinked_people(session):
        since = _hlc_date(p.hlc)
        if since is not None and since <= cut:
            add("people", p.id, p.ref, p.full_name or tr("(no name)"), since)
    kinds = list(KINDS)
    out.sort(key=lambda d: (kinds.index(d.kind), d.since))
    return out


def _referenced_people(session: Session, exclude: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
    """People that a live record (other than those in ``exclude``) points at."""
    refs: set[str] = set()
    for model, columns in ((Booking, ("prisoner_id", "lead_visitor_id")), (BookingVisitor, ("person_id",)),
                           (FamilyDayRequest, ("prisoner_id",)), (FamilyDayAttendee, ("person_id",)),
                           (Application, ("prisoner_id",)), (Score, ("person_id",)), (Letter, ("recipient_id",))):
        cols = [getattr(model, c) for c in columns]
        for row in session.execute(select(model.id, *cols).where(model.live())):
            if row[0] in exclude:
                continue
            refs.update(v for v in row[1:] if v)
    return refs


def _unlinked_people(session: Session) -> list[Person]:
    """Live people with no live case who no live record points at."""
    live_cases = set(session.execute(select(Case.id).where(Case.live())).scalars())
    referenced = _referenced_people(session)
    return [p for p in session.execute(select(Person).where(Person.live())).scalars()
            if (p.case_id is None or p.case_id not in live_cases) and p.id not in referenced]


# --- what one due item takes with it -----------------------------------------------------------


@dataclass
class DeletionPlan:
    records: list[tuple[str, str]] = field(default_factory=list)  # (table, id)
    kept_people: list[str] = field(default_factory=list)  # refs of people kept: still linked elsewhere


def _ids(session: Session, model: type[Travelling], column: Any, values: Iterable[str]) -> list[str]:
    values = list(values)
    out: list[str] = []
    for i in range(0, len(values), 400):
        out += list(session.execute(select(model.id).where(column.in_(values[i : i + 400]))).scalars())
    return out


def _with_parts(session: Session, table: str, ids: list[str]) -> list[tuple[str, str]]:
    out = [(table, i) for i in ids]
    # a letter about a visit, a family-day place or an application goes with it: kept, it would keep its
    # recipient too (``_referenced_people``), past every retention period
    if table == "bookings":
        out += [("booking_visitors", i) for i in _ids(session, BookingVisitor, BookingVisitor.booking_id, ids)]
        out += [("letters", i) for i in _ids(session, Letter, Letter.booking_id, ids)]
    elif table == "applications":
        out += [("application_events", i) for i in _ids(session, ApplicationEvent,
                                                         ApplicationEvent.application_id, ids)]
        out += [("letters", i) for i in _ids(session, Letter, Letter.application_id, ids)]
    elif table == "family_day_requests":
        out += [("family_day_attendees", i) for i in _ids(session, FamilyDayAttendee,
                                                          FamilyDayAttendee.request_id, ids)]
        out += [("letters", i) for i in _ids(session, Letter, Letter.request_id, ids)]
    elif table == "people":
        for model in (Restriction, Consent):
            out += [(model.__tablename__, i) for i in _ids(session, model, model.person_id, ids)]
    return out


def plan_case(session: Session, case_id: str) -> DeletionPlan:
    """The case and everything that belongs only to it (tombstoned rows too: their values go as well)."""
    plan = DeletionPlan([("cases", case_id)])
    for model in (Contact, Goal, OnwardReferral, Concern):
        plan.records += [(model.__tablename__, i) for i in _ids(session, model, model.case_id, [case_id])]
    plan.records += [("letters", i) for i in session.execute(select(Letter.id).where(Letter.of_case(case_id))).scalars()]
    assessments = _ids(session, Assessment, Assessment.case_id, [case_id])
    plan.records += [("assessments", i) for i in assessments]
    plan.records += [("needs", i) for i in _ids(session, Need, Need.assessment_id, assessments)]
    plan.records += [("scores", i) for i in _ids(session, Score, Score.assessment_id, assessments)]
    goals = [rid for t, rid in plan.records if t == "goals"]
    plan.records += [("tasks", i) for i in _ids(session, Task, Task.goal_id, goals)]
    plan.records += _with_parts(session, "applications", _ids(session, Application, Application.case_id, [case_id]))
    plan.records += _with_parts(session, "family_day_requests",
                                _ids(session, FamilyDayRequest, FamilyDayRequest.case_id, [case_id]))
    going = {rid for _, rid in plan.records}
    linked = _referenced_people(session, exclude=going)
    people = session.execute(select(Person.id, Person.ref).where(Person.case_id == case_id)).all()
    plan.kept_people = sorted(ref for pid, ref in people if pid in linked)
    plan.records += _with_parts(session, "people", [pid for pid, _ in people if pid not in linked])
    return plan


def plan_item(session: Session, item: DueItem) -> DeletionPlan:
    if item.kind == "cases":
        return plan_case(session, item.record_id)
    return DeletionPlan(_with_parts(session, item.kind, [item.record_id]))


@dataclass
class DeletionReport:
    items: int = 0
    records: int = 0
    kept_people: list[str] = field(default_factory=list)
    # Said after every deletion: backups saved elsewhere still hold the records (profile.vacuum
    # removes the automatic ones inside the profile).
    backups_notice: str = field(default_factory=lambda: erasure.backups_notice(tr("these records")))


def delete_due(session: Session, items: list[DueItem], today: date | None = None,
               progress: Progress | None = None) -> DeletionReport:
    """Delete these due items (checked again against the policy) and all that belongs only to them.

    One audit entry per item; the caller commits, then runs ``profile.vacuum``.
    """
    report = reporter(progress)
    still_due = {(d.kind, d.record_id) for d in due(session, today)}
    late = [i for i in items if (i.kind, i.record_id) not in still_due]
    if late:
        raise InputRefused(tr("{ref} is no longer due for deletion; refresh the list.").format(ref=late[0].ref))
    out = DeletionReport()
    report(2, tr("Working out what belongs to each item"))
    records: list[tuple[str, str]] = []
    for item in items:
        plan = plan_item(session, item)
        records += plan.records
        out.kept_people += plan.kept_people
        months = policy(session)[item.kind]
        audit.record(session, audit.DELETED, item.kind, item.record_id,
                     f"retention: {months} months {KINDS[item.kind].clock}; {len(plan.records)} records")
    out.items = len(items)

    def sub(pct: int, msg: str) -> None:
        report(5 + pct * 90 // 100, msg)

    out.records = erasure.erase_records(session, records, sub)
    report(100, tr("Deleted"))
    return out

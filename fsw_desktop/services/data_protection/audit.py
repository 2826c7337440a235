"""The audit trail: who did what, when. Append-only inside the encrypted database.

One entry per audited action, never a field value (no personal data in ``detail``).

Records created, changed and deleted are derived here, in one place, from the
ORM flushes: a ``before_flush`` listener notes each travelling record touched in
the transaction, and when the transaction commits each record gets exactly one
entry (created outranks changed; a tombstone is "record deleted"). Parts that
mean nothing alone (an assessment's needs and scores, a booking's visitors, an
application's history, a family-day request's attendees) are folded into their
parent's entry when the parent is touched in the same transaction.

A service may still call ``record(session, "record changed", table, id, detail)``
to give that entry a better description ("closed: Lost contact"): the call takes
the place of the derived entry, so the record still leaves one. Other actions
(case opened, printed, exported, bundle made or imported, passphrase changed,
backup made...) are recorded by the code that does them, with ``record``.

Changes merged from a bundle are written below the ORM, so they leave no
entries of their own: the import is one "bundle imported".
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterator

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from ...models.base import Travelling, new_id
from ...models.base import travelling_models
from ...models.meta import AuditEntry
from ...models.sync import Desk
from ...sync import changelog as _changes  # noqa: F401  (its listener must run before ours: it gives ids)
from ...words import QT_TRANSLATE_NOOP
from ..casework.history_words import record_name

CREATED, CHANGED, DELETED = "record created", "record changed", "record deleted"
ERASED = QT_TRANSLATE_NOOP("", "record erased")
RECORD_ACTIONS = (CREATED, CHANGED, DELETED, ERASED)

# Every action the application records (the audit dialog offers these as filters).
ACTIONS = (
    QT_TRANSLATE_NOOP("", "case opened"),
    CREATED,
    CHANGED,
    DELETED,
    ERASED,
    QT_TRANSLATE_NOOP("", "printed"),
    QT_TRANSLATE_NOOP("", "exported"),
    QT_TRANSLATE_NOOP("", "bundle made"),
    QT_TRANSLATE_NOOP("", "bundle imported"),
    QT_TRANSLATE_NOOP("", "bundle refused"),
    QT_TRANSLATE_NOOP("", "passphrase changed"),
    QT_TRANSLATE_NOOP("", "recovery key made"),
    QT_TRANSLATE_NOOP("", "backup made"),
    QT_TRANSLATE_NOOP("", "backup restored"),
    QT_TRANSLATE_NOOP("", "database checked"),
    QT_TRANSLATE_NOOP("", "profile created"),
    QT_TRANSLATE_NOOP("", "settings changed"),
    QT_TRANSLATE_NOOP("", "conflict resolved"),
    QT_TRANSLATE_NOOP("", "peer paired"),
    QT_TRANSLATE_NOOP("", "peer renamed"),
    QT_TRANSLATE_NOOP("", "peer revoked"),
    QT_TRANSLATE_NOOP("", "identity exported"),
    QT_TRANSLATE_NOOP("", "demo data added"),
    QT_TRANSLATE_NOOP("", "letter sent"),
)

# part table -> (column naming the parent, parent table)
PARTS = {
    "needs": ("assessment_id", "assessments"),
    "scores": ("assessment_id", "assessments"),
    "booking_visitors": ("booking_id", "bookings"),
    "application_events": ("application_id", "applications"),
    "family_day_attendees": ("request_id", "family_day_requests"),
}
_NOT_FIELDS = frozenset({"id", "ref", "hlc", "created_hlc", "desk_id"})

_PENDING = "audit_pending"  # (table, id) -> _Pending, in first-touched order
_CLAIMED = "audit_claimed"  # (table, id) -> set of actions recorded explicitly in this transaction
_QUIET = "audit_quiet"


@dataclass
class _Pending:
    table: str
    record_id: str
    action: str
    at: datetime
    fields: list[str]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _who(session: Session) -> str:
    ctx = session.info.get("changes")
    if ctx is not None and getattr(ctx, "who", None):
        return ctx.who
    return session.execute(select(Desk.worker_name)).scalar() or ""  # autoflush: a new profile's desk too


def record(
    session: Session,
    action: str,
    record_table: str | None = None,
    record_id: str | None = None,
    detail: str = "",
) -> AuditEntry:
    """Add one entry now. For a record action on a record, it stands in for the derived entry."""
    who = _who(session)
    if action in RECORD_ACTIONS and record_table and record_id:
        key = (record_table, record_id)
        session.info.setdefault(_CLAIMED, {}).setdefault(key, set()).add(action)
        pending: dict = session.info.get(_PENDING, {})
        if key in pending and pending[key].action in (action, CHANGED):
            del pending[key]
    _emit(session, who)  # what was noted before comes first, so the trail keeps the order things happened
    entry = AuditEntry(
        at=_now(),
        who=who,
        action=action,
        record_table=record_table,
        record_id=record_id,
        detail=detail,
    )
    session.add(entry)
    return entry


@contextmanager
def quiet(session: Session) -> Iterator[None]:
    """Changes flushed inside leave no derived entries: the caller records the action itself."""
    before = session.info.get(_QUIET, 0)
    session.info[_QUIET] = before + 1
    try:
        yield
    finally:
        session.info[_QUIET] = before


def _changed_fields(obj: Travelling) -> list[str]:
    state = inspect(obj)
    out = []
    for key in type(obj).tracked_columns():
        if key in _NOT_FIELDS:
            continue
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                out.append(key)
    return out


def _note(session: Session, key: tuple[str, str], action: str, fields: list[str]) -> None:
    claimed = session.info.get(_CLAIMED, {}).get(key, set())
    pending: dict = session.info.setdefault(_PENDING, {})
    have = pending.get(key)
    if action == CHANGED:
        if claimed or (have is not None):
            if have is not None and have.action == CHANGED:
                have.fields += [f for f in fields if f not in have.fields]
            return
    elif action == CREATED:
        if CREATED in claimed:
            return
    elif action == DELETED:
        if claimed & {DELETED, ERASED}:
            return
    if have is not None and have.action == CREATED and action == DELETED:
        have.action = DELETED  # created and removed in one go: the removal is what stands
        return
    if have is not None and have.action == DELETED:
        return
    pending[key] = _Pending(key[0], key[1], action, _now(), list(fields))


def _parent_key(session: Session, obj: Travelling) -> tuple[str, str] | None:
    part = PARTS.get(obj.__tablename__)
    if part is None:
        return None
    column, parent_table = part
    parent_id = getattr(obj, column, None)
    if not parent_id:
        return None
    key = (parent_table, parent_id)
    if key in session.info.get(_PENDING, {}) or key in session.info.get(_CLAIMED, {}):
        return key
    return None


@event.listens_for(Session, "before_flush")
def _collect(session: Session, flush_context, instances) -> None:  # noqa: ANN001
    if session.info.get(_QUIET):
        return
    touched: list[tuple[Travelling, str, list[str]]] = []
    for obj in session.new:
        if isinstance(obj, Travelling):
            touched.append((obj, DELETED if obj.deleted else CREATED, []))
    for obj in session.dirty:
        if not isinstance(obj, Travelling) or not session.is_modified(obj):
            continue
        fields = _changed_fields(obj)
        if not fields:
            continue
        if "deleted" in fields and obj.deleted:
            touched.append((obj, DELETED, []))
        else:
            touched.append((obj, CHANGED, fields))
    if not touched:
        return
    # records first, then parts, so a part finds a parent touched in the same flush
    touched.sort(key=lambda t: t[0].__tablename__ in PARTS)
    for obj, action, fields in touched:
        parent = _parent_key(session, obj)
        if parent is not None:
            _note(session, parent, CHANGED, [obj.__tablename__])
            continue
        if obj.id is None:
            obj.id = new_id()
        _note(session, (obj.__tablename__, obj.id), action, fields)


def flush_pending(session: Session) -> int:
    """Write the derived entries noted so far (the commit does this by itself). Returns how many."""
    if session.info.get(_PENDING) is None and not session.new and not session.dirty:
        return 0
    session.flush()
    emitted = _emit(session)
    if emitted:
        session.flush()
    return emitted


def _emit(session: Session, who: str | None = None) -> int:
    """Add the derived entries noted so far to the session (they go in with the next flush)."""
    pending: dict = session.info.pop(_PENDING, {})
    if not pending:
        return 0
    who = _who(session) if who is None else who
    claimed = session.info.setdefault(_CLAIMED, {})
    for key, p in pending.items():
        detail = "fields: " + ", ".join(p.fields) if p.action == CHANGED and p.fields else ""
        session.add(AuditEntry(at=p.at, who=who, action=p.action, record_table=p.table, record_id=p.record_id,
                               detail=detail))
        claimed.setdefault(key, set()).add(p.action)
    return len(pending)


@event.listens_for(Session, "do_orm_execute")
def _before_reading_the_trail(state) -> None:  # noqa: ANN001
    """A query of the trail inside a transaction sees the entries of what was flushed so far."""
    if state.is_select and state.session.info.get(_PENDING) and not state.session._flushing \
            and any(m.class_ is AuditEntry for m in state.all_mappers):
        flush_pending(state.session)


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if session.info.get(_PENDING) or session.new or session.dirty:
        flush_pending(session)


def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_CLAIMED, None)


@event.listens_for(Session, "after_transaction_end")
def _after_transaction_end(session: Session, transaction) -> None:  # noqa: ANN001
    if transaction.parent is None:  # committed, rolled back or closed: nothing noted carries over
        _forget(session)


# --- reading the trail ----------------------------------------------------------------------------


def _bounds(start: date | datetime | None, end: date | datetime | None) -> tuple[datetime | None, datetime | None]:
    """A period as [from, to): a date ``end`` counts the whole of that day."""
    lo = hi = None
    if start is not None:
        lo = start if isinstance(start, datetime) else datetime.combine(start, time.min)
    if end is not None:
        hi = end if isinstance(end, datetime) else datetime.combine(end + timedelta(days=1), time.min)
    return lo, hi


def _query(start, end, action, record_table, record_id, who):  # noqa: ANN001, ANN202
    lo, hi = _bounds(start, end)
    q = select(AuditEntry)
    if lo is not None:
        q = q.where(AuditEntry.at >= lo)
    if hi is not None:
        q = q.where(AuditEntry.at < hi)
    if action:
        q = q.where(AuditEntry.action.in_([action] if isinstance(action, str) else list(action)))
    if record_table:
        q = q.where(AuditEntry.record_table == record_table)
    if record_id:
        q = q.where(AuditEntry.record_id == record_id)
    if who:
        q = q.where(AuditEntry.who == who)
    return q


def entries(
    session: Session,
    limit: int | None = 500,
    start: date | datetime | None = None,
    end: date | datetime | None = None,
    action: str | list[str] | None = None,
    record_table: str | None = None,
    record_id: str | None = None,
    who: str | None = None,
) -> list[AuditEntry]:
    """Entries newest first, filtered by period (``end`` inclusive when a date), action, record, who."""
    flush_pending(session)
    q = _query(start, end, action, record_table, record_id, who).order_by(AuditEntry.id.desc())
    if limit:
        q = q.limit(limit)
    return list(session.execute(q).scalars())


def counts_by_action(session: Session, start: date | datetime | None, end: date | datetime | None) -> dict[str, int]:
    """How many entries of each action in the period (``end`` inclusive when a date), for summaries."""
    flush_pending(session)
    lo, hi = _bounds(start, end)
    q = select(AuditEntry.action, func.count())
    if lo is not None:
        q = q.where(AuditEntry.at >= lo)
    if hi is not None:
        q = q.where(AuditEntry.at < hi)
    return {a: n for a, n in session.execute(q.group_by(AuditEntry.action).order_by(AuditEntry.action))}


def actions_used(session: Session) -> list[str]:
    """The actions in this trail, known ones first in their usual order."""
    flush_pending(session)
    used = set(session.execute(select(AuditEntry.action).distinct()).scalars())
    return [a for a in ACTIONS if a in used] + sorted(used - set(ACTIONS))


def me(session: Session) -> str:
    """This profile's worker, as the trail names them."""
    return _who(session)


@dataclass
class EntryRow:
    """An entry as the audit dialog lists it, with the record's short reference."""

    at: datetime
    who: str
    action: str
    record: str
    detail: str


def entry_rows(session: Session, limit: int | None = 2000, **filters) -> list[EntryRow]:  # noqa: ANN003
    """``entries`` with each record named by table and reference (no personal data)."""
    found = entries(session, limit=limit, **filters)
    models = travelling_models()
    wanted: dict[str, set[str]] = {}
    for e in found:
        if e.record_table in models and e.record_id:
            wanted.setdefault(e.record_table, set()).add(e.record_id)
    refs: dict[str, str] = {}
    for table, ids in wanted.items():
        model = models[table]
        ids_list = sorted(ids)
        for i in range(0, len(ids_list), 400):
            refs.update(session.execute(select(model.id, model.ref).where(model.id.in_(ids_list[i:i + 400]))).all())
    out = []
    for e in found:
        record = ""
        if e.record_table:
            record = f"{record_name(e.record_table)} {refs.get(e.record_id or '', '')}".strip()
        out.append(EntryRow(e.at, e.who, e.action, record, e.detail or ""))
    return out

"""Sync and handover bundles: make one for a paired desk, import one from it.

No Qt. Each of ``export_bundle`` and ``import_bundle`` opens its own connection
(``Database.worker_engine``), so the Sync page can run it on a worker thread and
pass ``progress(percent, message)`` on by signal. An import is one transaction:
on any failure the database is exactly as it was.

The envelope (encryption, signature, checks) is ``sync.envelope``; the payload
inside it is described in ``docs/bundle-format.md`` under "Payload".
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...db import Database
from ...errors import InputRefused
from ...models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from ...models.people import Consent, Person, Restriction
from ...models.sync import BundleLog, Change, Conflict, Peer
from ...models.visits import Booking, BookingVisitor, FamilyDayAttendee, FamilyDayRequest
from ...sync import columns, envelope
from ...sync import merge, tables
from ...sync.clock import encode
from ...sync.scope import RELAYS, SUPERVISOR, WORKER, for_role
from ...sync.trust import KnownDesk, OutOfScope, check_changes
from ..data_protection import audit, erasure
from ..desk import files, profile
from . import peers
from ..casework.closure import HANDED_OVER_REASON
from ..desk.session import desk, open_session
from ...progress import Progress, reporter
from ...words import QT_TRANSLATE_NOOP, tr


PAYLOAD_VERSION = 1  # changes as JSON arrays (a format-1 bundle)
COLUMNS_VERSION = 2  # changes column by column in the attachment (a format-2 bundle, ``sync.columns``)
KINDS = ("sync", "handover")
SEQ_FAR = 10  # a bundle this many of the sender's bundles behind the last one imported is reported
HANDED_OVER = "handed over"
CHUNK = 500


@dataclass
class ExportReport:
    bundle_id: str
    kind: str
    changes: int
    bytes: int
    path: Path
    seq: int = 0
    peer: str = ""
    case_ref: str | None = None


@dataclass
class ImportReport:
    bundle_id: str
    kind: str
    sender: str
    added: int = 0
    updated: int = 0
    conflicts: int = 0  # new open conflicts
    replay: bool = False
    changes: int = 0  # changes in the bundle
    changes_new: int = 0  # of which not held here before
    unchanged: int = 0
    seq: int = 0
    last_seq_before: int = 0
    warnings: list[str] = field(default_factory=list)
    case_ref: str | None = None
    record_ids: set[str] = field(default_factory=set)


@dataclass
class ConflictView:
    id: str
    table: str
    record_id: str
    record_ref: str
    field: str
    winner_change_id: str
    winner_value: Any
    winner_desk: str  # desk name as this desk knows it
    winner_desk_id: str
    winner_at: str  # stamp
    loser_change_id: str
    loser_value: Any
    loser_desk: str
    loser_desk_id: str
    loser_at: str
    current_value: Any
    mine: str | None  # "winner", "loser" or None when neither side was written on this desk
    resolved_by: str | None = None


# --- connections --------------------------------------------------------------------------------


@contextmanager
def worker_session(db: Database, foreign_keys: bool = True) -> Iterator[Session]:
    """A change-tracked session on a connection of its own (``open_session``), closed afterwards."""
    session = open_session(db, worker=True, bulk_load=not foreign_keys)
    try:
        yield session
    finally:
        session.close()


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A large bundle makes hundreds of thousands of small objects and no cycles worth collecting;
    pausing the cyclic collector meanwhile saves a fifth of the time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- export -------------------------------------------------------------------------------------

_CHANGE_SQL = ", ".join(merge.CHANGE_FIELDS[:-1]) + ", coalesce(merges, '')"  # not shown; merges never NULL in a payload


def _since_stamp(since: date) -> str:
    millis = int(datetime.combine(since, time.min).timestamp() * 1000)
    return encode(max(millis, 0), 0, "")


def _sync_changes(session: Session, peer: Peer, since: date | None,
                  own_only: str | None = None) -> tuple[list[tuple[Any, ...]], int]:
    """Changes after what was last sent (relays included; not the peer's own), and the new high mark.

    With ``own_only`` (this desk's id), only the changes this desk made: a desk whose role does
    not relay (a visits hall) never passes on other desks' changes, which its peers would refuse.
    Rows come as SQLite gives them (tuples in ``CHANGE_FIELDS`` order), straight into the payload.
    """
    raw = merge._raw(session)
    upto = raw.execute("SELECT coalesce(max(rowid), 0) FROM changes").fetchone()[0]
    sql = f"SELECT {_CHANGE_SQL} FROM changes WHERE (rowid > ?"  # not shown
    params: list[Any] = [peer.sent_upto or 0]
    if since is not None:
        sql += " OR hlc >= ?"  # not shown
        params.append(_since_stamp(since))
    sql += ") AND rowid <= ? AND desk_id != ?"  # not shown
    params += [upto, peer.desk_id]
    if own_only is not None:
        sql += " AND desk_id = ?"  # not shown
        params.append(own_only)
    sql += " ORDER BY rowid"  # not shown
    return raw.execute(sql, params).fetchall(), upto


def case_record_ids(session: Session, case: Case) -> list[str]:
    """The case and every record under it (tombstones too), plus the shared records they name.

    Under the case: its people, contacts, assessments (needs, scores), goals (tasks),
    onward referrals, concerns, the people's restrictions and consents, and the
    family's visits: bookings of its prisoner or with one of its people visiting
    (with every visitor on them), and family-day requests of the case, of its
    prisoner or with one of its people attending (with every attendee). Named by
    those, and sent too: the directory agencies of referrals and consents, the
    session templates of the bookings, the family days of the requests, and the
    visitor-only records (people in no case) who came on the family's visits,
    without which a booking would show a visitor missing. People of other cases
    never travel with this one.
    """
    def ids(model: Any, column: Any, parents: Iterable[str], *where: Any) -> list[str]:
        return column_of(model, model.id, column, parents, *where)

    def column_of(model: Any, wanted: Any, column: Any, parents: Iterable[str], *where: Any) -> list[str]:
        parents = sorted(set(parents))
        out: list[str] = []
        for i in range(0, len(parents), CHUNK):
            out += session.execute(select(wanted).where(column.in_(parents[i : i + CHUNK]), *where)).scalars().all()
        return [v for v in out if v]

    case_ids = [case.id]
    people = ids(Person, Person.case_id, case_ids)
    assessments = ids(Assessment, Assessment.case_id, case_ids)
    goals = ids(Goal, Goal.case_id, case_ids)
    records = case_ids + people + assessments + goals
    records += ids(Contact, Contact.case_id, case_ids)
    onward = ids(OnwardReferral, OnwardReferral.case_id, case_ids)
    records += onward
    records += ids(Concern, Concern.case_id, case_ids)
    records += ids(Need, Need.assessment_id, assessments)
    records += ids(Score, Score.assessment_id, assessments)
    records += ids(Task, Task.goal_id, goals)

    # visits and family days: the family's, with everyone on them
    bookings = set(ids(Booking, Booking.prisoner_id, people)) | set(ids(Booking, Booking.lead_visitor_id, people))
    bookings |= set(column_of(BookingVisitor, BookingVisitor.booking_id, BookingVisitor.person_id, people))
    booking_visitors = ids(BookingVisitor, BookingVisitor.booking_id, bookings)
    requests = set(ids(FamilyDayRequest, FamilyDayRequest.case_id, case_ids))
    requests |= set(ids(FamilyDayRequest, FamilyDayRequest.prisoner_id, people))
    requests |= set(column_of(FamilyDayAttendee, FamilyDayAttendee.request_id, FamilyDayAttendee.person_id, people))
    attendees = ids(FamilyDayAttendee, FamilyDayAttendee.request_id, requests)
    named = set(column_of(Booking, Booking.lead_visitor_id, Booking.id, bookings))
    named |= set(column_of(Booking, Booking.prisoner_id, Booking.id, bookings))
    named |= set(column_of(BookingVisitor, BookingVisitor.person_id, BookingVisitor.id, booking_visitors))
    named |= set(column_of(FamilyDayRequest, FamilyDayRequest.prisoner_id, FamilyDayRequest.id, requests))
    named |= set(column_of(FamilyDayAttendee, FamilyDayAttendee.person_id, FamilyDayAttendee.id, attendees))
    visitor_only = sorted(set(ids(Person, Person.id, named - set(people), Person.case_id.is_(None))))
    people += visitor_only
    records += visitor_only + sorted(bookings) + booking_visitors + sorted(requests) + attendees
    records += sorted(set(column_of(Booking, Booking.template_id, Booking.id, bookings)))
    records += sorted(set(column_of(FamilyDayRequest, FamilyDayRequest.family_day_id, FamilyDayRequest.id, requests)))

    records += ids(Restriction, Restriction.person_id, people)
    consents = ids(Consent, Consent.person_id, people)
    records += consents
    agencies = set(column_of(OnwardReferral, OnwardReferral.agency_id, OnwardReferral.id, onward))
    agencies |= set(column_of(Consent, Consent.agency_id, Consent.id, consents))
    records += sorted(agencies)
    return list(dict.fromkeys(records))


def _changes_of(session: Session, record_ids: list[str]) -> list[tuple[Any, ...]]:
    return merge._raw(session).execute(
        f"SELECT {_CHANGE_SQL} FROM changes WHERE record_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY rowid", (json.dumps(record_ids),)).fetchall()


def _find_case(session: Session, case_ref: str | None) -> Case:
    wanted = (case_ref or "").strip()
    if not wanted:
        raise InputRefused(tr("Choose the case to hand over."))
    case = session.execute(
        select(Case).where(or_(func.upper(Case.ref) == wanted.upper(), Case.id == wanted), Case.live())
    ).scalars().first()
    if case is None:
        raise InputRefused(tr("No case {wanted} on this desk.").format(wanted=wanted))
    return case


def _mark_handed_over(case: Case, on: date) -> None:
    case.status = HANDED_OVER
    case.closed_on = on
    case.closure_reason = HANDED_OVER_REASON
    case.closure_planned = True


def payload_for(kind: str, changes: Sequence[Sequence[Any]], **extra: Any) -> dict[str, Any]:
    """The payload dict: see docs/bundle-format.md, "Payload". ``changes`` in ``CHANGE_FIELDS`` order."""
    counts = Counter(c[1] for c in changes)
    payload = {
        "payload": PAYLOAD_VERSION,
        "kind": kind,
        "fields": list(merge.CHANGE_FIELDS),
        "changes": changes,
        "counts": dict(sorted(counts.items())),
    }
    payload.update(extra)
    return payload


def payload_parts(kind: str, changes: Sequence[Sequence[Any]] | _Packed,
                  **extra: Any) -> tuple[dict[str, Any], bytes | list[bytes] | None]:
    """The payload and its attachment: the changes column by column (payload 2, a format-2 bundle),
    or, should some value not go that way, as ``payload_for`` makes them with no attachment.
    ``changes`` are rows in ``CHANGE_FIELDS`` order, or already packed (``_sync_columns``)."""
    attachment: bytes | list[bytes]
    if isinstance(changes, _Packed):
        rows, sections, attachment = changes.packed
        counts = changes.counts
    else:
        encoded = columns.encode(changes, merge.CHANGE_FIELDS)
        if encoded is None:
            return payload_for(kind, changes, **extra), None
        rows, sections, attachment = encoded
        counts = Counter(c[1] for c in changes)
    payload = {
        "payload": COLUMNS_VERSION,
        "kind": kind,
        "fields": list(merge.CHANGE_FIELDS),
        "rows": rows,
        "sections": sections,
        "counts": dict(sorted(counts.items())),
    }
    payload.update(extra)
    return payload, attachment


@dataclass
class _Packed:
    """Changes packed column by column straight from SQLite (``_sync_columns``), with their counts per table."""

    packed: columns.Packed
    counts: Counter

    def __len__(self) -> int:  # how many changes, as for a list of rows
        return self.packed[0]


_SEP_SQL = "char(0)"
HALVES_FROM = 50_000  # a log this long is read in two halves at once, the second on a connection of its own


def _column_sql(own_only: str | None) -> str:
    parts = []  # as BLOBs: the UTF-8 bytes as stored, never made into str and back
    for name in merge.CHANGE_FIELDS:
        parts.append(f"CAST(group_concat(coalesce({name}, ''), {_SEP_SQL}) AS BLOB)")  # not shown
        if name in columns.NULLABLE:
            parts.append(f"group_concat(iif({name} IS NULL, '1', '0'), '')")  # not shown
    sql = (f"SELECT count(*), {', '.join(parts)} FROM changes NOT INDEXED "  # not shown
           "WHERE rowid > ? AND rowid <= ? AND desk_id != ?")
    return sql + (" AND desk_id = ?" if own_only is not None else "")  # not shown


HALF_WAIT = 0.1  # seconds the second reader waits for its lock before the export's own connection reads it all


def _sync_columns(session: Session, peer: Peer, own_only: str | None,
                  db: Database | None = None) -> tuple[_Packed | None, int]:
    """``_sync_changes`` without ``since``, packed in SQLite: one ``group_concat`` per field over one
    scan of the change log in log order, so no Python object is made per change. None (with the
    high mark) when some value cannot go column by column; the caller then takes the rows.

    With ``db`` and a long log, the two halves of the log are read at once, the second on another
    thread's connection (``Database.read_beside``: SQLite decrypts and joins without holding
    Python's lock), then joined field by field: a five-year desk's scan takes about 0.55 s
    instead of 0.9 s on two cores. Should that connection not have its lock at once (a write is
    waiting to commit), this session's connection reads the second half too."""
    raw = merge._raw(session)
    upto = raw.execute("SELECT coalesce(max(rowid), 0) FROM changes").fetchone()[0]
    sql = _column_sql(own_only)
    low = peer.sent_upto or 0
    tail = [peer.desk_id] + ([own_only] if own_only is not None else [])
    if db is None or upto - low < HALVES_FROM:
        halves = [list(raw.execute(sql, [low, upto, *tail]).fetchone())]
    else:
        middle = low + (upto - low) // 2
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(db.read_beside, sql, [middle, upto, *tail], HALF_WAIT)
            first = raw.execute(sql, [low, middle, *tail]).fetchone()
            other = second.result()
        if other is None:  # a write is waiting for its turn: this connection, which has its lock, reads it
            other = raw.execute(sql, [middle, upto, *tail]).fetchone()
        halves = [list(first), list(other)]
        halves = [half for half in halves if half[0]] or halves[:1]  # a half with no rows adds nothing
    n = sum(half[0] for half in halves)
    texts: list[bytes] = []
    masks: list[bytes] = []
    column = 1
    for name in merge.CHANGE_FIELDS:
        texts.append(b"\x00".join(half[column] or b"" for half in halves))
        column += 1
        mask = b""
        if name in columns.NULLABLE:
            flags = "".join(half[column] or "" for half in halves)
            column += 1
            if "1" in flags:
                mask = flags.encode("ascii").translate(_FLAGS)
        masks.append(mask)
    packed = columns.pack(n, merge.CHANGE_FIELDS, texts, masks)
    if packed is None:
        return None, upto
    tables = Counter(texts[1].decode("utf-8").split(columns.SEP)) if n else Counter()
    return _Packed(packed, tables), upto


_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def export_bundle(db: Database, peer: str, out: Path, kind: str = "sync", case_ref: str | None = None,
                  since: date | None = None, progress: Progress | None = None) -> ExportReport:
    """Make a sync or handover bundle for a paired desk and write it to ``out`` atomically.

    sync: every change not yet sent to that desk (changes relayed from other desks
    too, not the desk's own), or also everything stamped on or after ``since``;
    only what the desk's role may receive. handover: the whole history of one case
    and its records; this desk's copy is then marked handed over, and the bundle
    says so, so that the receiving desk takes the case on with a change of its own.
    """
    report = reporter(progress)
    if kind not in KINDS:
        raise InputRefused(tr("A bundle is either sync or handover."))
    out = Path(out)
    written = False
    with _gc_paused(), worker_session(db) as session:
        try:
            report(2, tr("Preparing the bundle"))
            target = peers.get_peer(session, peer)
            recipient = peers.recipient_for(target)
            me = desk(session)
            if me.role == SUPERVISOR:
                raise InputRefused(tr("A supervisor's desk sends no sync or handover bundles; "
                                   "workers send it their summaries."))
            extra: dict[str, Any] = {}
            case_ref_out = None
            if kind == "sync":
                scope = for_role(target.role)
                report(10, tr("Collecting changes"))
                own_only = None if me.role in RELAYS else me.desk_id
                packed = None
                if since is None and scope.tables is None:  # every change goes as it is: packed in SQLite
                    packed, upto = _sync_columns(session, target, own_only, db)
                if packed is not None:
                    changes = packed
                else:
                    changes, upto = _sync_changes(session, target, since, own_only)
                    report(35, tr("Choosing what this desk may receive"))
                    changes = scope.filter_rows(changes)
                header_scope = dict(scope.describe(), since=since.isoformat() if since else None, case=None)
            else:
                if target.role != WORKER or me.role != WORKER:
                    raise InputRefused(tr("A case can only be handed over from and to a family support worker's desk."))
                case = _find_case(session, case_ref)
                if case.status == HANDED_OVER:
                    raise InputRefused(tr("Case {ref} has already been handed over.").format(ref=case.ref))
                if case.status != "open":
                    raise InputRefused(tr("Case {ref} is closed. Only an open case can be handed over.").format(
                                          ref=case.ref))
                report(10, tr("Collecting the case"))
                _mark_handed_over(case, date.today())
                session.flush()
                audit.record(session, "record changed", "cases", case.id, "handed over")
                changes = _changes_of(session, case_record_ids(session, case))
                case_ref_out = case.ref
                extra["case"] = {"id": case.id, "ref": case.ref}
                header_scope = {"role": target.role, "since": None, "case": case.ref, "tables": "all"}
                upto = None
            report(50, tr("Encrypting"))
            seq = 1 + (session.execute(
                select(func.max(BundleLog.seq)).where(BundleLog.direction == "out")).scalar() or 0)
            payload, attachment = payload_parts(kind, changes, **extra)
            data = envelope.seal(payload, kind=kind, sender=peers.sender_for(session), recipients=[recipient],
                                 seq=seq, scope=header_scope, attachment=attachment,
                                 attachment_values=columns.values_of(payload) if attachment is not None else 0)
            del payload, attachment
            header = envelope.peek(data)
            report(80, tr("Writing the file"))
            files.save(out, data)
            written = True
            counts = {"changes": len(changes)}
            session.add(BundleLog(
                bundle_id=header.bundle_id, direction="out", kind=kind, peer_desk_id=target.desk_id, seq=seq,
                created=header.created_at.astimezone().replace(tzinfo=None), at=_local_now(),
                changes=len(changes), summary=json.dumps(counts, sort_keys=True),
            ))
            if upto is not None:
                target.sent_upto = max(target.sent_upto or 0, upto)
            if kind == "handover":
                audit.record(session, "bundle made", detail=f"handover, {len(changes)} changes")
            else:
                audit.record(session, "bundle made", detail=f"sync, {len(changes)} changes")
            session.commit()
        except BaseException:
            session.rollback()
            if written:  # the desk does not record it as sent, so the file must not travel either
                try:
                    out.unlink()
                except OSError:
                    pass
            raise
    report(100, tr("Bundle ready"))
    return ExportReport(header.bundle_id, kind, len(changes), len(data), out, seq, target.name, case_ref_out)


# --- import -------------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputRefused(tr("{name} is a folder, not a bundle.").format(name=path.name)) from None
    except FileNotFoundError:
        raise InputRefused(tr("There is no file at {path}.").format(path=path)) from None
    except OSError as exc:
        raise InputRefused(tr("Could not read {name}: {reason}.").format(
                              name=path.name, reason=exc.strerror or tr("the file cannot be opened"))) from None


NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("", "This bundle's contents are not in a form FSW Desk understands.")


def _payload_changes(header: envelope.Header, payload: dict[str, Any],
                     attachment: bytes | memoryview = b"") -> Sequence[Sequence[Any]]:
    bad = envelope.BundleRefused(tr(NOT_UNDERSTOOD), "payload")
    if payload.get("kind") != header.kind:
        raise bad
    # payload 2 travels only in format 2 and payload 1 only in format 1, as ``payload_parts`` and
    # ``envelope.seal`` write them: a bundle mixing the two was not made by FSW Desk
    if (payload.get("payload") == COLUMNS_VERSION) != (header.format == 2):
        raise bad
    if payload.get("payload") == COLUMNS_VERSION:
        fields = payload.get("fields")
        if not isinstance(fields, list) or not set(merge.CHANGE_FIELDS) <= set(fields) \
                or not all(type(f) is str for f in fields) or len(set(fields)) != len(fields):
            raise bad
        try:
            cols = dict(zip(fields, columns.decode(payload.get("rows"), payload.get("sections"), attachment,
                                                   fields)))
            return merge.change_columns([cols[f] for f in merge.CHANGE_FIELDS])
        except (ValueError, InputRefused):
            raise bad from None
    if payload.get("payload") != PAYLOAD_VERSION or len(attachment):
        raise bad
    fields = payload.get("fields")
    rows = payload.get("changes")
    if not isinstance(fields, list) or not isinstance(rows, list) or not set(merge.CHANGE_FIELDS) <= set(fields):
        raise bad
    same_order = fields == list(merge.CHANGE_FIELDS)
    try:
        if same_order:
            if not all(type(row) is list for row in rows):
                raise bad
            return merge.change_rows(rows)
        out = []
        for row in rows:
            if not isinstance(row, list) or len(row) != len(fields):
                raise bad
            out.append(merge.change_row(dict(zip(fields, row))))
        return out
    except InputRefused:
        raise bad from None


def _take_over(session: Session, case_id: str, worker: str) -> None:
    """The receiving desk's own change: the case is open again here, with this desk's worker."""
    case = session.get(Case, case_id)
    if case is None:
        return
    session.refresh(case)
    if case.status == HANDED_OVER:
        case.status = "open"
        case.closed_on = None
        case.closure_reason = ""
        case.closure_planned = None
    if worker and case.worker != worker:
        case.worker = worker
    session.flush()
    audit.record(session, "record changed", "cases", case_id, "taken over by handover")
    merge.recompute_conflicts(session, [case_id])


def import_bundle(db: Database, path: Path, progress: Progress | None = None) -> ImportReport:
    """Check, decrypt and merge a bundle; all of it or nothing. A bundle seen before changes nothing.

    Refused bundles raise ``BundleRefused`` (an ``InputRefused``) with a one-line reason.
    """
    report = reporter(progress)
    report(1, tr("Reading the file"))
    data = _read(path)
    with _gc_paused(), worker_session(db, foreign_keys=False) as session:
        try:
            me = desk(session)
            signing_key_for, revoked = peers.signing_key_lookup(session)
            report(5, tr("Checking the signature and decrypting"))
            header, payload, attachment = envelope.open_bundle_parts(
                data, me_desk_id=me.desk_id, me_encryption_private=bytes(me.encryption_private),
                signing_key_for=signing_key_for, revoked=revoked,
                attachment_values=columns.values_of)
            del data
            peer = session.get(Peer, header.sender_desk_id)
            sender = peer.name if peer is not None else header.sender_name
            seen = session.execute(select(BundleLog).where(
                BundleLog.bundle_id == header.bundle_id, BundleLog.direction == "in")).scalar_one_or_none()
            if seen is not None:
                session.rollback()
                report(100, tr("Already imported"))
                return ImportReport(header.bundle_id, header.kind, sender, replay=True, seq=header.seq,
                                    last_seq_before=peer.last_seq_in if peer else 0)
            if header.kind not in KINDS:
                raise envelope.BundleRefused(tr("A {kind} bundle cannot be imported on this page.").format(
                                                kind=header.kind), "kind")
            changes = _payload_changes(header, payload, attachment)
            case_meta = payload.get("case") if header.kind == "handover" else None
            del payload, attachment
            report(12, tr("Checking what the sending desk may change"))
            _check_trust(session, changes, header, me.desk_id)
            report(15, tr("Merging {count} changes").format(count=len(changes)))

            def sub(pct: int, msg: str) -> None:
                report(15 + pct * 80 // 100, msg)

            try:
                merged = merge.apply_changes(session, changes, sub)
            except InputRefused:  # a value that cannot be stored (``merge.apply_changes``)
                raise envelope.BundleRefused(tr(NOT_UNDERSTOOD), "payload") from None
            # records erased on another desk: their values leave this history too
            erased = erasure.after_import(session, merged.record_ids - merged.fresh_ids)
            result = ImportReport(header.bundle_id, header.kind, sender, merged.added, merged.updated,
                                  merged.conflicts_new, False, len(changes), merged.changes_new, merged.unchanged,
                                  header.seq, peer.last_seq_in if peer else 0, record_ids=merged.record_ids)
            if header.kind == "handover":
                case_id = case_meta.get("id") if isinstance(case_meta, dict) else None
                if not isinstance(case_id, str) or not any(
                        c[2] == case_id and c[1] == "cases" for c in changes):
                    raise envelope.BundleRefused(tr("This handover bundle does not hold its case."), "payload")
                _take_over(session, case_id, me.worker_name)
                result.case_ref = session.execute(select(Case.ref).where(Case.id == case_id)).scalar()
            if peer is not None:
                if header.seq + SEQ_FAR <= (peer.last_seq_in or 0):
                    result.warnings.append(
                        tr("This bundle is older than others already imported from {sender} "
                           "(number {seq}, latest {latest}); anything newer here was kept.").format(
                            sender=sender, seq=header.seq, latest=peer.last_seq_in))
                peer.last_seq_in = max(peer.last_seq_in or 0, header.seq)
            summary = {"added": merged.added, "updated": merged.updated, "conflicts": merged.conflicts_new}
            session.add(BundleLog(
                bundle_id=header.bundle_id, direction="in", kind=header.kind, peer_desk_id=header.sender_desk_id,
                seq=header.seq, created=header.created_at.astimezone().replace(tzinfo=None), at=_local_now(),
                changes=len(changes), summary=json.dumps(summary, sort_keys=True),
            ))
            audit.record(session, "bundle imported",
                         detail=f"{header.kind}, {len(changes)} changes: added {merged.added}, "
                                f"updated {merged.updated}, conflicts {merged.conflicts_new}")
            report(97, tr("Saving"))
            session.commit()
            if erased:  # the automatic backups from before the erasure must not bring it back
                try:
                    profile.tidy_backups(db)
                except OSError:
                    pass  # a copy in use: every unlock applies the same rule again
        except OutOfScope as refusal:
            session.rollback()
            _record_refusal(session, header.sender_desk_id, refusal)
            raise
        except BaseException:
            session.rollback()
            raise
    report(100, tr("Imported"))
    return result


def _check_trust(session: Session, changes: Sequence[Sequence[Any]], header: envelope.Header, me_id: str) -> None:
    """Every change must fit the role this desk stored for the desk it claims (``sync.trust``)."""
    known = {p.desk_id: KnownDesk(p.desk_id, p.name, p.role, p.revoked_at is not None)
             for p in session.execute(select(Peer)).scalars()}
    sender = known[header.sender_desk_id]  # the envelope already refused unpaired and revoked senders
    if header.kind == "handover" and sender.role != WORKER:
        raise OutOfScope(tr("Refused: {name} is not a family support worker's desk, so it cannot hand over "
                         "a case. Nothing was imported.").format(
            name=sender.name), sender.name, "cases", tr("only workers hand over cases"))
    raw = merge._raw(session)

    def held(ids: list[str]) -> set[str]:
        return {r[0] for r in raw.execute(
            "SELECT change_id FROM changes WHERE change_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)).fetchall()}

    def prisoners(ids: list[str]) -> set[str]:
        return {r[0] for r in raw.execute(
            "SELECT id FROM people WHERE is_prisoner AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)).fetchall()}

    def tables_of(ids: list[str]) -> dict[str, str]:
        return dict(raw.execute(
            "SELECT DISTINCT record_id, record_table FROM changes WHERE record_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)).fetchall())

    check_changes(changes, sender=sender, me_id=me_id, desks=known, held=held, prisoners=prisoners,
                  tables_of=tables_of)


def _record_refusal(session: Session, sender_desk_id: str, refusal: OutOfScope) -> None:
    """The refusal is the one thing a refused bundle leaves: an entry in the audit trail."""
    peer = session.get(Peer, sender_desk_id)
    name = peer.name if peer is not None else sender_desk_id[:8]
    audit.record(session, "bundle refused", detail=f"from {name}: {refusal.rule} ({refusal.table or 'no table'})")
    session.commit()


# --- what the Sync page lists -------------------------------------------------------------------


def history(session: Session, limit: int = 500) -> list[BundleLog]:
    """Bundles made and imported, newest first."""
    return list(session.execute(
        select(BundleLog).order_by(BundleLog.at.desc(), BundleLog.created.desc()).limit(limit)).scalars())


def _desk_names(session: Session) -> tuple[str, dict[str, str]]:
    me = desk(session)
    names = {p.desk_id: p.name for p in session.execute(select(Peer)).scalars()}
    names[me.desk_id] = tr("this desk")
    return me.desk_id, names


def _value(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def conflict_views(session: Session, open_only: bool = True) -> list[ConflictView]:
    query = select(Conflict)
    if open_only:
        query = query.where(Conflict.resolved_by.is_(None))
    conflicts = list(session.execute(query.order_by(Conflict.record_table, Conflict.record_id,
                                                    Conflict.field, Conflict.id)).scalars())
    if not conflicts:
        return []
    me, names = _desk_names(session)
    ids = sorted({c.winner_change_id for c in conflicts} | {c.loser_change_id for c in conflicts})
    changes: dict[str, Change] = {}
    for i in range(0, len(ids), CHUNK):
        for ch in session.execute(select(Change).where(Change.change_id.in_(ids[i : i + CHUNK]))).scalars():
            changes[ch.change_id] = ch
    out = []
    for c in conflicts:
        w, l_ = changes.get(c.winner_change_id), changes.get(c.loser_change_id)
        if w is None or l_ is None:
            continue
        info = tables.table_info(c.record_table)
        ref, current = "", None
        if info is not None:
            row = session.execute(select(info.table).where(info.table.c.id == c.record_id)).mappings().first()
            if row is not None:
                ref = row["ref"]
                current = _value(json.dumps(merge.changelog.to_json(row.get(c.field))))
        out.append(ConflictView(
            id=c.id, table=c.record_table, record_id=c.record_id, record_ref=ref, field=c.field,
            winner_change_id=w.change_id, winner_value=_value(w.value),
            winner_desk=names.get(w.desk_id, w.desk_id[:8]), winner_desk_id=w.desk_id, winner_at=w.hlc,
            loser_change_id=l_.change_id, loser_value=_value(l_.value),
            loser_desk=names.get(l_.desk_id, l_.desk_id[:8]), loser_desk_id=l_.desk_id, loser_at=l_.hlc,
            current_value=current,
            mine="winner" if w.desk_id == me else "loser" if l_.desk_id == me else None,
            resolved_by=c.resolved_by,
        ))
    return out


def resolve_conflict(session: Session, conflict_id: str, choice: str, value: Any = None) -> Change:
    """Settle a conflict (``merge.settle_conflict``) and say so in the audit trail. Flushes; the caller commits."""
    change = merge.settle_conflict(session, conflict_id, choice, value)
    audit.record(session, "conflict resolved", change.record_table, change.record_id,
                 f"field {change.field}: {choice}")
    session.flush()
    return change


def open_conflicts(session: Session) -> list[ConflictView]:
    """Conflicts still to review, with both values, their desks and the value that stands."""
    return conflict_views(session, open_only=True)


def last_bundles(session: Session) -> dict[str, BundleLog]:
    """The newest bundle made ("out") and imported ("in"), for the status bar."""
    out: dict[str, BundleLog] = {}
    for direction in ("out", "in"):
        row = session.execute(
            select(BundleLog).where(BundleLog.direction == direction).order_by(BundleLog.at.desc()).limit(1)
        ).scalar_one_or_none()
        if row is not None:
            out[direction] = row
    return out

"""Summary bundles, the third kind: a worker desk's caseload summary sealed for its supervisor.

The envelope is the same as sync and handover (``sync.envelope``: signed, encrypted
for the one recipient, replay-checked); only the payload differs, and it is never
merged into casework. The worker makes it here (``export_summary``) from
``services.summary.desk_summary``; the supervisor's desk checks, decrypts and
stores many at once (``import_summaries``), all or nothing, keeping the newest
per worker as latest and the earlier ones as history (``models.supervision``).

Ticking "include names for supervision" is written to the audit trail on the
worker's desk as its own entry, with the supervisor's desk it went to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import Database
from ...errors import InputRefused
from ...models.supervision import WorkerSummary
from ...models.sync import BundleLog, Peer
from ...sync import envelope
from ...sync.scope import SUPERVISOR, WORKER
from ..data_protection import audit
from ..sharing import peers
from ..desk import files
from ..desk.session import desk
from .summary import SUMMARY_VERSION, desk_summary
from ..sharing.sync_service import (_gc_paused, _local_now, _read, worker_session)  # shared with sync/handover, not copied
from ...progress import Progress
from ...words import QT_TRANSLATE_NOOP, tr


KIND = "summary"
PAYLOAD_VERSION = 1
NAMES_SHARED = "names shared for supervision"  # the audit action for a summary with names
BAD_PAYLOAD = QT_TRANSLATE_NOOP("", "This summary's contents are not in a form FSW Desk understands.")


@dataclass
class SummaryExportReport:
    bundle_id: str
    path: Path
    bytes: int
    cases: int
    include_names: bool
    peer: str
    seq: int


@dataclass
class ImportedSummary:
    bundle_id: str
    desk_id: str
    worker_name: str
    desk_name: str
    created: datetime
    cases: int
    include_names: bool
    replay: bool = False  # imported before: nothing changed
    is_latest: bool = False


def _quiet(pct: int, msg: str) -> None:
    pass


# --- export (worker) --------------------------------------------------------------------------------


def export_summary(db: Database, peer: str, out: Path, include_names: bool = False,
                   progress: Progress | None = None, today: date | None = None) -> SummaryExportReport:
    """Write this worker desk's summary for a paired supervisor's desk to ``out`` atomically.

    Refused unless this is a worker's desk and ``peer`` a supervisor's that is still
    paired. Logged as a bundle made (``BundleLog``, as sync and handover are) and in
    the audit trail; with ``include_names`` a second audit entry says names went.
    """
    report = progress or _quiet
    today = today or date.today()
    out = Path(out)
    written = False
    with _gc_paused(), worker_session(db) as session:
        try:
            report(2, tr("Preparing the summary"))
            me = desk(session)
            if me.role != WORKER:
                raise InputRefused(tr("Only a family support worker's desk makes caseload summaries."))
            target = peers.get_peer(session, peer)
            if target.role != SUPERVISOR:
                raise InputRefused(tr("{name} is not a supervisor's desk: summaries go to a supervisor.").format(
                                      name=target.name))
            recipient = peers.recipient_for(target)
            report(10, tr("Summarising the caseload"))
            summary = desk_summary(session, today, include_names=include_names)
            cases = len(summary["cases"])
            report(60, tr("Encrypting"))
            seq = 1 + (session.execute(
                select(func.max(BundleLog.seq)).where(BundleLog.direction == "out")).scalar() or 0)
            payload = {"payload": PAYLOAD_VERSION, "kind": KIND, "summary": summary}
            scope = {"role": SUPERVISOR, "include_names": bool(include_names), "as_of": today.isoformat(),
                     "cases": cases}
            data = envelope.seal(payload, kind=KIND, sender=peers.sender_for(session), recipients=[recipient],
                                 seq=seq, scope=scope)
            del payload, summary
            header = envelope.peek(data)
            report(80, tr("Writing the file"))
            files.save(out, data)
            written = True
            session.add(BundleLog(
                bundle_id=header.bundle_id, direction="out", kind=KIND, peer_desk_id=target.desk_id, seq=seq,
                created=header.created_at.astimezone().replace(tzinfo=None), at=_local_now(), changes=cases,
                summary=json.dumps({"cases": cases, "include_names": bool(include_names)}, sort_keys=True),
            ))
            audit.record(session, "bundle made",
                         detail=f"summary, {cases} cases, {'with' if include_names else 'without'} names")
            if include_names:
                audit.record(session, NAMES_SHARED, "peers", target.desk_id,
                             f"summary with names of people (not those marked do not disclose) for {target.name}")
            session.commit()
        except BaseException:
            session.rollback()
            if written:  # not recorded as made, so the file must not travel either
                try:
                    out.unlink()
                except OSError:
                    pass
            raise
    report(100, tr("Summary ready"))
    return SummaryExportReport(header.bundle_id, out, len(data), cases, bool(include_names), target.name, seq)


# --- import (supervisor) -----------------------------------------------------------------------------


def _check_summary(header: envelope.Header, payload: dict[str, Any]) -> dict[str, Any]:
    """The summary inside a checked envelope, refused unless it has the shape ``desk_summary`` makes
    and says it is from the desk that signed it."""
    bad = envelope.BundleRefused(tr(BAD_PAYLOAD), "payload")
    if payload.get("payload") != PAYLOAD_VERSION or payload.get("kind") != KIND:
        raise bad
    summary = payload.get("summary")
    if not isinstance(summary, dict) or summary.get("summary") != SUMMARY_VERSION:
        raise bad
    who = summary.get("desk")
    if not isinstance(who, dict) or not all(isinstance(who.get(k), str) for k in ("desk_id", "desk_name",
                                                                                   "worker_name")):
        raise bad
    if who["desk_id"] != header.sender_desk_id:
        raise envelope.BundleRefused(tr("This summary names a different desk from the one that signed it."), "payload")
    try:
        date.fromisoformat(summary["as_of"])
    except (KeyError, TypeError, ValueError):
        raise bad from None
    cases = summary.get("cases")
    if not isinstance(cases, list) or not isinstance(summary.get("monthly"), dict) \
            or not isinstance(summary.get("figures"), dict):
        raise bad
    for c in cases:
        if not isinstance(c, dict) or not isinstance(c.get("reference"), str) \
                or not isinstance(c.get("status"), str) or not isinstance(c.get("referral_date"), str):
            raise bad
    return summary


def _refresh_latest(session: Session, desk_ids: set[str]) -> None:
    """Per worker, only the newest summary (by when it was made, then its number) is latest."""
    for desk_id in desk_ids:
        rows = list(session.execute(select(WorkerSummary).where(WorkerSummary.desk_id == desk_id)).scalars())
        newest = max(rows, key=lambda r: (r.created, r.seq, r.received_at))
        for r in rows:
            r.is_latest = r is newest


def _import_into(session: Session, paths: Sequence[Path], report: Progress) -> list[ImportedSummary]:
    me = desk(session)
    if me.role != SUPERVISOR:
        raise InputRefused(tr("Summaries are imported on a supervisor's desk."))
    signing_key_for, revoked = peers.signing_key_lookup(session)
    seen = set(session.execute(select(BundleLog.bundle_id).where(BundleLog.direction == "in")).scalars())
    results: list[ImportedSummary] = []
    touched: set[str] = set()
    total = len(paths)
    for n, path in enumerate(paths, 1):
        report(2 + 90 * (n - 1) // max(total, 1), tr("Checking summary {n} of {total}").format(n=n, total=total))
        data = _read(Path(path))
        try:
            header, payload = envelope.open_bundle(
                data, me_desk_id=me.desk_id, me_encryption_private=bytes(me.encryption_private),
                signing_key_for=signing_key_for, revoked=revoked)
            del data
            if header.kind != KIND:
                raise envelope.BundleRefused(
                    tr("This is a {kind} bundle, not a summary: import it on the Sync page.").format(
                       kind=header.kind), "kind")
            peer = session.get(Peer, header.sender_desk_id)
            if peer is None or peer.role != WORKER or header.sender_role != WORKER:
                raise envelope.BundleRefused(tr("Summaries come from family support workers' desks."), "kind")
            if header.bundle_id in seen:
                results.append(ImportedSummary(header.bundle_id, header.sender_desk_id, "", peer.name,
                                               header.created_at.astimezone().replace(tzinfo=None), 0, False,
                                               replay=True))
                continue
            summary = _check_summary(header, payload)
        except InputRefused as exc:
            reason = getattr(exc, "reason", "refused")
            raise envelope.BundleRefused(tr("Summary {n} of {total}: {exc}").format(
                                            n=n, total=total, exc=exc) if total > 1 else str(exc),
                                         reason) from None
        seen.add(header.bundle_id)
        created = header.created_at.astimezone().replace(tzinfo=None)
        who = summary["desk"]
        cases = len(summary["cases"])
        names = bool(summary.get("include_names"))
        session.add(WorkerSummary(
            bundle_id=header.bundle_id, desk_id=header.sender_desk_id, worker_name=who["worker_name"][:200],
            desk_name=who["desk_name"][:200], establishment=str(who.get("establishment") or "")[:200],
            seq=header.seq, created=created, received_at=_local_now(), as_of=date.fromisoformat(summary["as_of"]),
            include_names=names, cases=cases, payload=json.dumps(summary, sort_keys=True, ensure_ascii=False),
            is_latest=False,
        ))
        session.add(BundleLog(
            bundle_id=header.bundle_id, direction="in", kind=KIND, peer_desk_id=header.sender_desk_id,
            seq=header.seq, created=created, at=_local_now(), changes=cases,
            summary=json.dumps({"cases": cases, "include_names": names}, sort_keys=True),
        ))
        peer.last_seq_in = max(peer.last_seq_in or 0, header.seq)
        audit.record(session, "bundle imported", "peers", header.sender_desk_id,
                     f"summary, {cases} cases, {'with' if names else 'without'} names")
        touched.add(header.sender_desk_id)
        results.append(ImportedSummary(header.bundle_id, header.sender_desk_id, who["worker_name"],
                                       who["desk_name"], created, cases, names))
        del payload, summary
    report(94, tr("Saving"))
    session.flush()
    _refresh_latest(session, touched)
    session.flush()
    latest = {r.bundle_id for r in session.execute(select(WorkerSummary).where(
        WorkerSummary.is_latest.is_(True), WorkerSummary.desk_id.in_(touched or {""}))).scalars()}
    for r in results:
        r.is_latest = r.bundle_id in latest
    return results


def import_summaries(target: Session | Database, paths: Sequence[Path | str],
                     progress: Progress | None = None) -> list[ImportedSummary]:
    """Check, decrypt and store summary bundles on a supervisor's desk: all of them or none.

    Each bundle must be a summary from a paired, unrevoked worker's desk, made for this
    desk, unchanged since it was signed. One refusal refuses the lot (``BundleRefused``,
    saying which one) and nothing is stored. A bundle imported before is reported as a
    replay and changes nothing. ``target`` is a Session (committed here) or a Database
    (a connection of its own, as the UI's worker thread wants).
    """
    report = progress or _quiet
    if not paths:
        raise InputRefused(tr("Choose at least one summary to import."))
    if isinstance(target, Database):
        with _gc_paused(), worker_session(target) as session:
            return _run(session, paths, report)
    return _run(target, paths, report)


def _run(session: Session, paths: Sequence[Path | str], report: Progress) -> list[ImportedSummary]:
    try:
        results = _import_into(session, [Path(p) for p in paths], report)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    report(100, tr("Imported"))
    return results


def is_summary(path: Path | str) -> bool:
    """Whether a file's (unverified) header says it is a summary bundle, to choose how to import it.

    Anything unreadable or not a bundle says no, so the usual import reports why.
    """
    try:
        return envelope.peek(_read(Path(path))).kind == KIND
    except InputRefused:
        return False

"""The audit trail: who did what, when. Append-only inside the encrypted database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.meta import AuditEntry
from ..models.sync import Desk


def record(
    session: Session,
    action: str,
    record_table: str | None = None,
    record_id: str | None = None,
    detail: str = "",
) -> AuditEntry:
    who = session.execute(select(Desk.worker_name)).scalar() or ""
    entry = AuditEntry(
        at=datetime.now().replace(microsecond=0),
        who=who,
        action=action,
        record_table=record_table,
        record_id=record_id,
        detail=detail,
    )
    session.add(entry)
    return entry


def entries(session: Session, limit: int = 500) -> list[AuditEntry]:
    return list(session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).scalars())

"""Sessions that know which desk and worker make their changes."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import Database
from ...models.sync import Change, Desk
from ...sync.changelog import ChangeContext, attach
from ...sync.clock import Clock

def clock_for(db: Database, session: Session, desk_id: str) -> Clock:
    """One clock per open database, started past every stamp already stored."""
    clock = getattr(db, "_clock", None)
    if clock is None:
        last = session.execute(select(func.max(Change.hlc))).scalar()
        clock = Clock(desk_id, last)
        db._clock = clock  # type: ignore[attr-defined]
    return clock


def desk(session: Session) -> Desk:
    row = session.execute(select(Desk)).scalar_one_or_none()
    if row is None:
        raise RuntimeError("profile has no desk identity")  # not shown
    return row


def open_session(db: Database, worker: bool = False, bulk_load: bool = False) -> Session:
    """The one way services open a session: its flushes record changes as this desk.

    ``worker`` gives a connection of its own (for a pool thread; closing the session disposes it);
    ``bulk_load`` (implies ``worker``) is for importing a bundle (``Database.worker_session``).
    """
    session = db.worker_session(bulk_load) if worker or bulk_load else db.session()
    d = desk(session)
    attach(session, ChangeContext(d.desk_id, d.worker_name, clock_for(db, session, d.desk_id)))
    return session

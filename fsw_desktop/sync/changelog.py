"""Writes the change history as a side effect of every flush.

Services change ORM objects as usual; this listener stamps each travelling
record with the clock and desk, and appends one ``Change`` per changed field.
Hard deletes of travelling records are refused: set ``deleted`` instead, so the
tombstone can travel.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ..ids import new_id
from ..models.base import Travelling, new_ref
from ..models.sync import Change
from .clock import Clock


@dataclass
class ChangeContext:
    desk_id: str
    who: str
    clock: Clock


def attach(session: Session, ctx: ChangeContext) -> Session:
    session.info["changes"] = ctx
    return session


def to_json(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def dumps(value: Any) -> str:
    return json.dumps(to_json(value), ensure_ascii=False, sort_keys=True)


def record_dict(obj: Travelling) -> dict[str, Any]:
    return {key: to_json(getattr(obj, key)) for key in type(obj).tracked_columns()}


def _unique_ref(session: Session, obj: Travelling) -> str:
    cls = type(obj)
    for _ in range(20):
        ref = new_ref(cls.__ref_prefix__)
        with session.no_autoflush:
            if session.execute(select(cls.id).where(cls.ref == ref)).first() is None:
                return ref
    return new_ref(cls.__ref_prefix__, 8)


@event.listens_for(Session, "before_flush")
def _stamp_and_log(session: Session, flush_context, instances) -> None:  # noqa: ANN001
    ctx: ChangeContext | None = session.info.get("changes")
    for obj in list(session.deleted):
        if isinstance(obj, Travelling):
            raise RuntimeError(
                f"{type(obj).__name__} rows are never hard-deleted; set deleted=True"  # not shown
            )
    new = [o for o in session.new if isinstance(o, Travelling)]
    dirty = [o for o in session.dirty if isinstance(o, Travelling) and session.is_modified(o)]
    if not new and not dirty:
        return
    if ctx is None:
        raise RuntimeError("session has no change context; use services.session.open_session")  # not shown
    for obj in new:
        stamp = ctx.clock.tick()
        if obj.id is None:
            obj.id = new_id()
        if not obj.ref:
            obj.ref = _unique_ref(session, obj)
        if obj.deleted is None:
            obj.deleted = False
        _fill_defaults(obj)
        obj.hlc = obj.created_hlc = stamp
        obj.desk_id = ctx.desk_id
        session.add(
            Change(
                change_id=new_id(),
                record_table=obj.__tablename__,
                record_id=obj.id,
                field="*",
                value=json.dumps(record_dict(obj), ensure_ascii=False, sort_keys=True),
                old=None,
                hlc=stamp,
                desk_id=ctx.desk_id,
                who=ctx.who,
            )
        )
    for obj in dirty:
        state = inspect(obj)
        changed: list[tuple[str, Any, Any]] = []
        for key in type(obj).tracked_columns():
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new_value = hist.added[0] if hist.added else None
                if to_json(old) != to_json(new_value):
                    changed.append((key, old, new_value))
        if not changed:
            continue
        prev = current_changes(session, obj.id)
        stamp = ctx.clock.tick()
        obj.hlc = stamp
        obj.desk_id = ctx.desk_id
        for key, old, new_value in changed:
            session.add(
                Change(
                    change_id=new_id(),
                    record_table=obj.__tablename__,
                    record_id=obj.id,
                    field=key,
                    value=dumps(new_value),
                    old=dumps(old),
                    hlc=stamp,
                    desk_id=ctx.desk_id,
                    who=ctx.who,
                    prev=prev.get(key, prev.get("*")),
                )
            )


def current_changes(session: Session, record_id: str) -> dict[str, str]:
    """For each field of a record, the id of the change whose value stands now (highest stamp).

    Key ``*`` is the creating change; a field never changed since creation is found under it.
    """
    with session.no_autoflush:
        rows = session.execute(
            select(Change.field, Change.change_id, Change.hlc).where(Change.record_id == record_id)
        ).all()
    best: dict[str, tuple[str, str]] = {}
    for field, change_id, hlc in rows:
        if field not in best or hlc > best[field][1]:
            best[field] = (change_id, hlc)
    star = best.get("*")
    return {f: cid for f, (cid, hlc) in best.items() if star is None or f == "*" or hlc > star[1]}


def _fill_defaults(obj: Travelling) -> None:
    """Column defaults apply at INSERT, after we log; apply scalar ones now so the log is whole."""
    for column in type(obj).__table__.columns:
        if getattr(obj, column.key) is None and column.default is not None and column.default.is_scalar:
            setattr(obj, column.key, column.default.arg)

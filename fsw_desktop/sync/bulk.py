"""Insert many new travelling records at once, leaving the same history as the ORM would.

Building thousands of ORM objects and letting ``changes.py`` stamp them one by
one is far too slow for the demo, a spreadsheet import or a large sync. Here the
rows are plain dicts: each is stamped (id, ref, clock, desk, tombstone) and gets
exactly the one ``Change`` with field ``*`` that ``changes._stamp_and_log`` writes
for a new object, so sync cannot tell the two paths apart.
"""

from __future__ import annotations

import json
import random
from typing import Any, Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..ids import IdClock, new_id
from ..models.base import REF_ALPHABET, Travelling
from ..models.sync import Change
from .changelog import ChangeContext, to_json

REF_LENGTH = 5
LONG_REF_LENGTH = 8


class RefMaker:
    """Short references unique within each table, from a given Random so a seed repeats them.

    Existing refs are read once per table, so rows added in bulk never clash with
    rows already there. Without a Random it uses the system's, like ``new_ref``.
    """

    def __init__(self, session: Session, rng: random.Random | None = None) -> None:
        self._session = session
        self._rng = rng or random.SystemRandom()
        self._used: dict[str, set[str]] = {}

    def _taken(self, model: type[Travelling]) -> set[str]:
        table = model.__tablename__
        if table not in self._used:
            self._used[table] = set(self._session.execute(select(model.ref)).scalars())
        return self._used[table]

    def new(self, model: type[Travelling]) -> str:
        taken = self._taken(model)
        for attempt in range(40):
            length = REF_LENGTH if attempt < 20 else LONG_REF_LENGTH
            ref = f"{model.__ref_prefix__}-" + "".join(self._rng.choice(REF_ALPHABET) for _ in range(length))
            if ref not in taken:
                taken.add(ref)
                return ref
        raise RuntimeError(f"could not find a free reference for {model.__tablename__}")  # not shown


class IdMaker:
    """Time-ordered ids (``ids.IdClock``); from a Random, the same ids for the same seed.

    A seeded maker's clock starts at a fixed moment (1 January 2020) rather than now,
    so the demo repeats exactly; its ids still increase, as a desk's do over the years.
    """

    SEEDED_START_MS = 1_577_836_800_000

    def __init__(self, rng: random.Random | None = None) -> None:
        self._clock = IdClock(rng, self.SEEDED_START_MS) if rng is not None else None

    def new(self) -> str:
        return self._clock.new() if self._clock is not None else new_id()


def _defaults(model: type[Travelling]) -> dict[str, Any]:
    """Scalar column defaults, applied before logging so the logged record is whole (as ``_fill_defaults``)."""
    out: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        out[column.key] = default.arg if default is not None and default.is_scalar else None
    return out


def stamp_rows(
    model: type[Travelling],
    rows: list[dict[str, Any]],
    ctx: ChangeContext,
    refs: RefMaker,
    ids: IdMaker | None = None,
) -> list[dict[str, Any]]:
    """Fill and stamp ``rows`` in place; return their ``Change`` rows. Unknown keys are refused."""
    columns = set(model.__table__.columns.keys())
    defaults = _defaults(model)
    tracked = model.tracked_columns()
    ids = ids or IdMaker()
    changes: list[dict[str, Any]] = []
    for row in rows:
        unknown = row.keys() - columns
        if unknown:
            raise ValueError(f"{model.__tablename__} has no column(s) {sorted(unknown)}")  # not shown
        for key, value in defaults.items():
            if row.get(key) is None:
                row[key] = value
        if not row["id"]:
            row["id"] = ids.new()
        if not row["ref"]:
            row["ref"] = refs.new(model)
        if row["deleted"] is None:
            row["deleted"] = False
        stamp = ctx.clock.tick()
        row["hlc"] = row["created_hlc"] = stamp
        row["desk_id"] = ctx.desk_id
        changes.append(
            {
                "change_id": new_id(),
                "record_table": model.__tablename__,
                "record_id": row["id"],
                "field": "*",
                "value": json.dumps({k: to_json(row[k]) for k in tracked}, ensure_ascii=False, sort_keys=True),
                "old": None,
                "hlc": stamp,
                "desk_id": ctx.desk_id,
                "who": ctx.who,
            }
        )
    return changes


def bulk_insert(
    session: Session,
    model: type[Travelling],
    rows: Iterable[dict[str, Any]],
    ctx: ChangeContext | None = None,
    refs: RefMaker | None = None,
    ids: IdMaker | None = None,
) -> int:
    """Insert new records and their history in the session's transaction; the caller commits.

    ``rows`` are dicts of column values and are completed in place (id, ref,
    defaults, stamps), so callers can read the ids afterwards. ``ctx`` defaults
    to the session's change context (``services.session.open_session``).
    """
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return 0
    ctx = ctx or session.info.get("changes")
    if ctx is None:
        raise RuntimeError("session has no change context; use services.session.open_session")  # not shown
    changes = stamp_rows(model, rows, ctx, refs or RefMaker(session), ids)
    session.execute(insert(model), rows)
    session.execute(insert(Change), changes)
    return len(rows)

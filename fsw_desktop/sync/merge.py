"""Merging changes from other desks: field by field, the same on every desk, conflicts kept.

The change log is the truth; a record's row is only a cache of it. For each field
the value that stands is the one from the change with the highest stamp (the
record's ``*`` creation counts as a change of every field): a last-writer-wins
register per field, so any order of arrival gives the same rows. Rows are
written with plain SQL on the session's own connection (inside its transaction),
never through the ORM, so importing does not log new changes of its own, and a
large import does not pay the ORM's cost per row.

Conflicts are worked out from the change log alone, so every desk holding the
same changes holds the same conflicts. Each change names what it overwrote
(``prev``) and, for a resolution, what it settles (``merges``); following those
links gives its ancestors. Two changes of one field from different desks are
concurrent when neither is an ancestor of the other. A concurrent pair with
different values is kept as a conflict, unless a later change descending from
one side is itself concurrent with the other (then that later pair is the
conflict that matters, and the older one is superseded). The higher stamp wins
the pair; a conflict is resolved by the earliest change that has both sides as
ancestors, which is what ``settle_conflict`` writes.

No Qt here: the Sync page and the command line both call these.
"""

from __future__ import annotations

import json
import re
from operator import itemgetter
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence

from sqlalchemy import String, Table, select
from sqlalchemy.orm import Session

from ..errors import InputRefused
from ..ids import new_id
from ..models.base import Travelling, travelling_models
from ..models.sync import Change, Conflict
from . import changelog
from .merge_fast import _fresh_rows
from .tables import _TableInfo, table_info
from ..progress import reporter
from ..words import QT_TRANSLATE_NOOP, tr

CHANGE_FIELDS = ("change_id", "record_table", "record_id", "field", "value", "old", "hlc", "desk_id", "who",
                 "prev", "merges")
STAR = "*"


# --- change rows ------------------------------------------------------------------------------


class ChangeRow(NamedTuple):
    """One change as it travels and as the ``changes`` table holds it (fields in that order)."""

    change_id: str
    record_table: str
    record_id: str
    field: str
    value: str
    old: str | None
    hlc: str
    desk_id: str
    who: str
    prev: str | None
    merges: str

    def parents(self) -> list[str]:
        out = [self.prev] if self.prev else []
        if self.merges:
            out += [m for m in self.merges.split(",") if m]
        return out


_MALFORMED = QT_TRANSLATE_NOOP("", "The bundle holds a change that is not well formed.")
_STAMP = re.compile(r"\d{13}\.\d{5}\.[0-9A-Za-z-]{1,36}")


def change_row(d: dict[str, Any] | Sequence[Any]) -> ChangeRow:
    """A change from a dict (or a sequence in ``CHANGE_FIELDS`` order), checked for shape."""
    if isinstance(d, dict):
        try:
            d = [d["change_id"], d["record_table"], d["record_id"], d["field"], d["value"], d.get("old"),
                 d["hlc"], d["desk_id"], d.get("who") or "", d.get("prev") or None, d.get("merges") or ""]
        except KeyError:
            raise InputRefused(tr(_MALFORMED)) from None
    if len(d) != 11:
        raise InputRefused(tr(_MALFORMED))
    cid, table, rid, fname, value, old, hlc, desk_id, who, prev, merges = d
    if type(value) is not str:
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if not (type(cid) is str and type(table) is str and type(rid) is str and type(fname) is str
            and type(hlc) is str and type(desk_id) is str and (old is None or type(old) is str)
            and (prev is None or type(prev) is str) and type(who) is str and type(merges) is str):
        raise InputRefused(tr(_MALFORMED))
    if not 0 < len(cid) <= 36 or not 0 < len(rid) <= 36 or not 0 < len(table) <= 40 or not 0 < len(fname) <= 60 \
            or not _STAMP.fullmatch(hlc) or not 0 < len(desk_id) <= 36:
        raise InputRefused(tr(_MALFORMED))
    return ChangeRow(cid, table, rid, fname, value, old, hlc, desk_id, who, prev or None, merges)


_STR = {str}
_STR_OR_NONE = {str, type(None)}


def _lengths_within(column: Sequence[str], top: int) -> bool:
    return bool(column) and min(map(len, column)) > 0 and max(map(len, column)) <= top


class CheckedRows(list):
    """Changes that passed ``change_rows``: sequences in ``CHANGE_FIELDS`` order, used as they are."""


def change_rows(rows: Sequence[Any]) -> CheckedRows:
    """``change_row`` over a whole payload: the same checks and the same values, column by column.

    Each check runs over one column at a time in C (``map``, ``min``, ``max``, ``set``)
    instead of field by field in Python, and the rows are kept as they came (no
    object per change); anything unusual (a value that is not JSON text, a dict, a
    wrong length) falls back to ``change_row`` row by row, which gives the same
    answer or the same refusal.
    """
    if not rows:
        return CheckedRows()
    if not ({type(r) for r in rows} <= {list, tuple, ChangeRow} and {len(r) for r in rows} == {11}):
        return CheckedRows(change_row(r) for r in rows)
    cid, table, rid, fname, value, old, hlc, desk_id, who, prev, merges = zip(*rows)
    if not (set(map(type, value)) == _STR and set(map(type, cid)) == _STR and set(map(type, table)) == _STR
            and set(map(type, rid)) == _STR and set(map(type, fname)) == _STR and set(map(type, hlc)) == _STR
            and set(map(type, desk_id)) == _STR and set(map(type, who)) == _STR
            and set(map(type, merges)) == _STR and set(map(type, old)) <= _STR_OR_NONE
            and set(map(type, prev)) <= _STR_OR_NONE):
        return CheckedRows(change_row(r) for r in rows)  # refuses, or converts values as change_row does
    return _checked_columns([cid, table, rid, fname, value, old, hlc, desk_id, who, prev, merges])


def change_columns(columns: Sequence[Sequence[Any]]) -> CheckedRows:
    """``change_rows`` for changes that came column by column (a format-2 bundle, ``sync.columns``):
    eleven columns in ``CHANGE_FIELDS`` order, every value text, ``old`` and ``prev`` text or None."""
    if len(columns) != 11 or len({len(c) for c in columns}) != 1:
        raise InputRefused(tr(_MALFORMED))
    if not columns[0]:
        return CheckedRows()
    return _checked_columns(list(columns))


def _checked_columns(columns: list[Sequence[Any]]) -> CheckedRows:
    """The lengths and stamps ``change_row`` checks, column by column; the rows as tuples."""
    cid, table, rid, fname, value, old, hlc, desk_id, who, prev, merges = columns
    if not (_lengths_within(cid, 36) and _lengths_within(rid, 36) and _lengths_within(table, 40)
            and _lengths_within(fname, 60) and _lengths_within(desk_id, 36) and all(map(_STAMP.fullmatch, hlc))):
        raise InputRefused(tr(_MALFORMED))
    if "" in prev:
        columns[9] = [p or None for p in prev]
    return CheckedRows(zip(*columns))  # SQLite binds tuples faster than lists, by more than this costs


def _row(c: Sequence[Any]) -> ChangeRow:
    return c if type(c) is ChangeRow else ChangeRow(*c)  # type: ignore[return-value]


_CHANGES: Table = Change.__table__  # type: ignore[assignment]
_CONFLICTS: Table = Conflict.__table__  # type: ignore[assignment]
_CHANGE_SQL = ", ".join(CHANGE_FIELDS)
_CONFLICT_FIELDS = ("id", "record_table", "record_id", "field", "winner_change_id", "loser_change_id",
                    "resolved_by")


def _raw(session: Session) -> Any:
    """The DB-API connection under the session's transaction (Core without its per-row cost)."""
    return session.connection().connection.dbapi_connection


def _ids_param(ids: Iterable[str]) -> str:
    """The ids as a JSON array for ``json_each``.

    Ids are plain ASCII (UUIDs): then the array is joined directly, the same array as
    ``json.dumps`` makes (less its spaces) in about half the time on a full sync's
    289k ids; anything else (a quote, a backslash, a control or non-ASCII
    character) goes through ``json.dumps``.
    """
    ids = list(ids)
    if not ids:
        return "[]"
    body = '","'.join(ids)
    if (body.isascii() and body.isprintable() and "\\" not in body
            and body.count('"') == 2 * (len(ids) - 1)):
        return '["' + body + '"]'
    return json.dumps(ids)


def load_changes(session: Session, record_ids: Iterable[str]) -> dict[str, list[ChangeRow]]:
    """Every stored change of these records, by record id."""
    out: dict[str, list[ChangeRow]] = defaultdict(list)
    ids = list(set(record_ids))
    if not ids:
        return out
    # One probe of ix_changes_record per id (CROSS JOIN keeps json_each outside): no temporary
    # index of the ids is built, which on a large import costs more than the probes.
    cur = _raw(session).execute(
        f"SELECT {', '.join('c.' + f for f in CHANGE_FIELDS)} FROM json_each(?) AS j "
        "CROSS JOIN changes AS c ON c.record_id = j.value", (_ids_param(ids),))
    for r in cur.fetchall():
        out[r[2]].append(ChangeRow(*r[:10], r[10] or ""))
    return out


# --- materialising rows -----------------------------------------------------------------------


def materialise(table: str, record_id: str, rows: Sequence[ChangeRow],
                existing: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The record's row, as stored, from its changes: per field the value with the highest stamp.

    Without a ``*`` change the record can only be built on an ``existing`` (stored)
    row; with neither, it waits (None) for its creating change to arrive.
    """
    info = table_info(table)
    if info is None or not rows:
        return None
    tracked = info.tracked
    if len(rows) == 1 and rows[0].field == STAR:  # the common case: a record never edited since
        only = rows[0]
        try:
            whole = json.loads(only.value)
        except ValueError:
            return None
        if type(whole) is not dict:
            return None
        best = whole if whole.keys() <= tracked else {k: v for k, v in whole.items() if k in tracked}
        top = only
    else:
        stars = [c for c in rows if c.field == STAR]
        if not stars and existing is None:
            return None
        stamped: dict[str, tuple[str, Any]] = {}
        for c in stars:
            try:
                whole = json.loads(c.value)
            except ValueError:
                continue
            if not isinstance(whole, dict):
                continue
            for key, value in whole.items():
                if key in tracked and (key not in stamped or c.hlc > stamped[key][0]):
                    stamped[key] = (c.hlc, value)
        for c in rows:
            if c.field == STAR or c.field not in tracked:
                continue
            if c.field not in stamped or c.hlc > stamped[c.field][0]:
                try:
                    stamped[c.field] = (c.hlc, json.loads(c.value))
                except ValueError:
                    continue
        best = {k: v for k, (_, v) in stamped.items()}
        top = max(rows, key=lambda c: c.hlc)
        if not stars:
            row = dict(existing)  # type: ignore[arg-type]
            return _finish(info, row, best, record_id, top)
    return _finish(info, dict(info.defaults), best, record_id, top)


def _finish(info: _TableInfo, row: dict[str, Any], best: dict[str, Any], record_id: str,
            top: ChangeRow) -> dict[str, Any] | None:
    row.update(best)
    get = best.get
    for key, fn in info.store.items():
        value = get(key)
        if value is not None:
            try:
                row[key] = fn(value)
            except (ValueError, TypeError):
                row[key] = info.defaults.get(key)
    row["id"] = record_id
    row["hlc"] = top.hlc
    row["desk_id"] = top.desk_id
    if row.get("deleted") is None:
        row["deleted"] = 0
    for k in info.required:
        if row.get(k) is None:
            return None
    return row


def _existing_rows(session: Session, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Stored rows (as SQLite holds them) of these ids."""
    info = table_info(table)
    assert info is not None
    cols = info.columns
    cur = _raw(session).execute(info.select_sql, (_ids_param(ids),))
    rows = (dict(zip(cols, r)) for r in cur.fetchall())
    return {r["id"]: r for r in rows}


@dataclass
class _Written:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    pending: int = 0


def _insert_all_or_none(raw: Any, savepoint: str, sql: str, rows: Sequence[Sequence[Any]]) -> bool:
    """``executemany`` under a savepoint: True when every row went in; False, with nothing written,
    when one clashes with a row already there (an ``IntegrityError``)."""
    raw.execute(f"SAVEPOINT {savepoint}")
    try:
        raw.executemany(sql, rows)
    except raw.IntegrityError:
        raw.execute(f"ROLLBACK TO {savepoint}")
        raw.execute(f"RELEASE {savepoint}")
        return False
    raw.execute(f"RELEASE {savepoint}")
    return True


BULK_ROWS = 5000  # a load of at least this many rows, into a table holding fewer, builds its indexes after


@contextmanager
def _indexes_built_after(raw: Any, table: str, incoming: int) -> Iterator[None]:
    """A large load into a small table (a full sync into a new desk): the table's plain indexes
    are dropped first and built again after the load, inside the same transaction, so a failed
    import rolls them back with everything else. Building an index from the finished table sorts
    it once, where inserting row by row keeps each index in order at every row. Indexes that
    enforce something (primary keys, UNIQUE) stay as they are."""
    held = raw.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0] if incoming >= BULK_ROWS else 0
    if incoming < BULK_ROWS or held > incoming:
        yield
        return
    indexes = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                          "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'", (table,)).fetchall()
    for name, _ in indexes:
        raw.execute(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, sql in indexes:
            raw.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))


def _write_rows(session: Session, by_record: dict[str, list[ChangeRow]], tables: dict[str, str],
                fresh: dict[str, list[Sequence[Any]]] | None = None) -> _Written:
    """Re-materialise these records and write the ones that differ from what is stored.

    ``fresh``: per table, the ``*`` changes of records known by nothing else (no stored
    change, no other incoming one). Their rows are built in one go (``_fresh_rows``)
    and inserted without reading anything first; should a row with that id exist all
    the same, the table's inserts are undone to a savepoint and those records take the
    careful way, through ``materialise``, like every other record.
    """
    out = _Written()
    per_table: dict[str, list[str]] = defaultdict(list)
    for rid, table in tables.items():
        per_table[table].append(rid)
    fresh = fresh or {}
    raw = _raw(session)
    for table in sorted(per_table.keys() | fresh.keys()):
        ids = per_table.get(table, [])
        stars = fresh.get(table, [])
        info = table_info(table)
        if info is None:  # a table this version does not know: the changes stay and travel on
            out.pending += len(ids) + len(stars)
            continue
        if stars:
            built = _fresh_rows(info, stars)
            if built is None:  # some value is not JSON: each record on its own
                ids = ids + [c[2] for c in stars]
                for c in stars:
                    by_record[c[2]] = [_row(c)]
            else:
                insert_sql, rows, pending = built
                with _indexes_built_after(raw, info.table.name, len(rows)):
                    inserted = _insert_all_or_none(raw, "fresh_rows", insert_sql, rows)
                if inserted:
                    out.added += len(rows)
                    out.pending += pending
                else:
                    ids = ids + [c[2] for c in stars]
                    for c in stars:
                        by_record[c[2]] = [_row(c)]
        if not ids:
            continue
        existing = _existing_rows(session, table, ids)
        inserts: list[tuple] = []
        updates: list[tuple] = []
        for rid in ids:
            old = existing.get(rid)
            row = materialise(table, rid, by_record.get(rid, []), old)
            if row is None:
                out.pending += 1
                continue
            if old is None:
                inserts.append(info.values(row))
            elif info.values(old) != info.values(row):
                updates.append(info.update_values(row))
            else:
                out.unchanged += 1
        if inserts:
            raw.executemany(info.insert_sql, inserts)
            out.added += len(inserts)
        if updates:
            raw.executemany(info.update_sql, updates)
            out.updated += len(updates)
    return out


def _expire(session: Session, record_ids: set[str]) -> None:
    """ORM objects of rows rewritten underneath must reload."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Travelling) and obj.id in record_ids:
            session.expire(obj)


# --- conflicts --------------------------------------------------------------------------------


def _closure(group: dict[str, ChangeRow]) -> dict[str, frozenset[str]]:
    """Ancestors of each change, following prev and merges within the group.

    A change's ancestors were on its desk when it was written, so their stamps are
    lower (the clock moves past every stamp it sees): walking in stamp order, each
    parent's ancestors are already known. A link that points forward in time
    (damaged data) counts only as itself, so a cycle cannot loop.
    """
    anc: dict[str, frozenset[str]] = {}
    for c in sorted(group.values(), key=lambda c: (c.hlc, c.change_id)):
        acc: set[str] = set()
        for p in c.parents():
            if p in group and p != c.change_id:
                acc.add(p)
                acc |= anc.get(p, frozenset())
        anc[c.change_id] = frozenset(acc)
    return anc


def field_conflicts(table: str, record_id: str, rows: Sequence[ChangeRow]) -> list[dict[str, Any]]:
    """The conflicts of one record, as ``conflicts`` rows; a pure function of its changes."""
    by_field: dict[str, list[ChangeRow]] = defaultdict(list)
    for c in rows:
        if c.field != STAR:
            by_field[c.field].append(c)
    out: list[dict[str, Any]] = []
    for fname, changes in sorted(by_field.items()):
        if len(changes) < 2 or len({c.desk_id for c in changes}) < 2:
            continue
        group = {c.change_id: c for c in changes}
        anc = _closure(group)
        desc: dict[str, set[str]] = defaultdict(set)
        for cid, ancestors in anc.items():
            for a in ancestors:
                desc[a].add(cid)

        def concurrent(x: str, y: str) -> bool:
            return group[x].desk_id != group[y].desk_id and x not in anc[y] and y not in anc[x]  # noqa: B023  called only within this iteration

        ids = sorted(group)
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                if group[x].value == group[y].value or not concurrent(x, y):
                    continue  # the same value from both sides is agreement, not a conflict
                if any(concurrent(d, y) for d in desc[x]) or any(concurrent(d, x) for d in desc[y]):
                    continue  # superseded by a later pair
                a, b = group[x], group[y]
                winner, loser = (a, b) if a.hlc > b.hlc else (b, a)
                settling = [r for r in changes if x in anc[r.change_id] and y in anc[r.change_id]]
                resolved = min(settling, key=lambda r: (r.hlc, r.change_id)).change_id if settling else None
                out.append({
                    "id": f"{x}:{y}",
                    "record_table": table,
                    "record_id": record_id,
                    "field": fname,
                    "winner_change_id": winner.change_id,
                    "loser_change_id": loser.change_id,
                    "resolved_by": resolved,
                })
    return out


def _refresh_conflicts(session: Session, by_record: dict[str, list[ChangeRow]],
                       tables: dict[str, str]) -> tuple[int, set[str]]:
    """Replace the stored conflicts of these records; returns (new ones, ids of open ones)."""
    wanted: dict[str, dict[str, Any]] = {}
    for rid, table in tables.items():
        rows = by_record.get(rid, [])
        if len({c.desk_id for c in rows if c.field != STAR}) < 2:
            continue
        for c in field_conflicts(table, rid, rows):
            wanted[c["id"]] = c
    stored: dict[str, dict[str, Any]] = {}
    raw = _raw(session)
    if tables:
        cur = raw.execute(f"SELECT {', '.join(_CONFLICT_FIELDS)} FROM conflicts "
                          "WHERE record_id IN (SELECT value FROM json_each(?))", (_ids_param(tables),))
        for r in cur.fetchall():
            stored[r[0]] = dict(zip(_CONFLICT_FIELDS, r))
    gone = [cid for cid, row in stored.items() if wanted.get(cid) != row]
    if gone:
        raw.execute("DELETE FROM conflicts WHERE id IN (SELECT value FROM json_each(?))", (_ids_param(gone),))
    fresh = [tuple(row[k] for k in _CONFLICT_FIELDS) for cid, row in wanted.items() if stored.get(cid) != row]
    if fresh:
        raw.executemany(f"INSERT INTO conflicts ({', '.join(_CONFLICT_FIELDS)}) "  # not shown
                        f"VALUES ({', '.join('?' for _ in _CONFLICT_FIELDS)})", fresh)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Conflict) and obj.record_id in tables:
            session.expire(obj)
    new = sum(1 for cid in wanted if cid not in stored and wanted[cid]["resolved_by"] is None)
    return new, {cid for cid, row in wanted.items() if row["resolved_by"] is None}


def _record_tables(session: Session, record_ids: Iterable[str],
                   by_record: dict[str, list[ChangeRow]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for rid in record_ids:
        rows = by_record.get(rid)
        if rows:
            out[rid] = rows[0].record_table
    return out


def recompute_conflicts(session: Session, record_ids: Iterable[str]) -> int:
    """Refresh the ``conflicts`` rows of these records from the change log; returns new open ones."""
    session.flush()
    by_record = load_changes(session, record_ids)
    tables = _record_tables(session, by_record.keys(), by_record)
    new, _ = _refresh_conflicts(session, by_record, tables)
    return new


# --- applying incoming changes ----------------------------------------------------------------


@dataclass
class MergeReport:
    added: int = 0  # records new to this desk
    updated: int = 0  # records whose stored row changed
    unchanged: int = 0  # records touched whose row stayed as it was (e.g. an older value lost)
    conflicts_new: int = 0  # open conflicts that were not here before
    changes_new: int = 0  # changes not held before
    changes_known: int = 0  # already held: a replay or a relay
    pending: int = 0  # records waiting for their creating change (or of a table unknown here)
    record_ids: set[str] = field(default_factory=set)  # records touched, for views to refresh
    # of those, records known by nothing but their one new ``*`` change (no history here before)
    fresh_ids: set[str] = field(default_factory=set)


def apply_changes(session: Session, changes: Sequence[dict[str, Any] | ChangeRow],
                  progress: Callable[[int, str], None] | None = None) -> MergeReport:
    """Store the changes not held yet and re-materialise the records they touch.

    Runs inside the caller's transaction and never commits. Changes already held
    (by ``change_id``) are skipped, so applying the same list twice changes nothing.
    The desk clock moves past every stamp seen. Conflicts of the touched records
    are recomputed here too.

    One pass sorts the new changes: a record known only by one new ``*`` change (no
    stored history, nothing else incoming) is *fresh* and its row is built and
    inserted in bulk; every other record is rebuilt from all its changes. A fresh
    record has a single change, so it can have no conflict.

    A value whose JSON spells text no UTF-8 database can hold (a lone surrogate, ``"\\ud800"``,
    plain ASCII as it travels) is refused as a change that is not well formed (``InputRefused``),
    with whatever was written left for the caller's rollback.
    """
    try:
        return _apply_changes(session, changes, progress)
    except UnicodeEncodeError:  # SQLite's driver binds text as UTF-8 and cannot encode a surrogate
        raise InputRefused(tr(_MALFORMED)) from None


def _apply_changes(session: Session, changes: Sequence[dict[str, Any] | ChangeRow],
                   progress: Callable[[int, str], None] | None) -> MergeReport:
    report = reporter(progress)
    report_ = MergeReport()
    session.flush()
    if isinstance(changes, CheckedRows):
        rows: Sequence[Sequence[Any]] = changes
    else:
        rows = [c if isinstance(c, ChangeRow) else change_row(c) for c in changes]
    if not rows:
        return report_
    ids = list(map(itemgetter(0), rows))
    if len(set(ids)) != len(ids):  # the first of each id counts, as a stored change would
        first: dict[str, Sequence[Any]] = {}
        for c in rows:
            first.setdefault(c[0], c)
        rows = list(first.values())
        ids = list(first)
    ctx = session.info.get("changes")
    if ctx is not None:
        ctx.clock.observe(max(map(itemgetter(6), rows)))

    report(10, tr("Checking what is new"))
    raw = _raw(session)
    # One read gives both what is already held (a change id among the stored changes of the
    # records touched) and those records' history. A change id held under another record
    # (never written by FSW Desk) makes the insert below fail; then it is looked up by id.
    by_record = load_changes(session, set(map(itemgetter(2), rows)))
    held = {c.change_id for stored in by_record.values() for c in stored}
    report(25, tr("Reading the records' history"))
    insert_sql = f"INSERT INTO changes ({_CHANGE_SQL}) VALUES ({', '.join('?' for _ in CHANGE_FIELDS)})"  # not shown
    for careful in (False, True):
        if careful:
            held |= {r[0] for r in raw.execute(
                "SELECT c.change_id FROM json_each(?) AS j CROSS JOIN changes AS c ON c.change_id = j.value",
                (_ids_param(ids),)).fetchall()}
        new = [c for c in rows if c[0] not in held] if held else rows
        if not new:
            break
        report(45, tr("Saving changes"))
        raw.execute("SAVEPOINT new_changes")
        try:
            raw.executemany(insert_sql, new)
        except raw.IntegrityError:
            raw.execute("ROLLBACK TO new_changes")
            raw.execute("RELEASE new_changes")
            if careful:
                raise
            continue
        raw.execute("RELEASE new_changes")
        break
    report_.changes_known = len(rows) - len(new)
    report_.changes_new = len(new)
    del rows, ids
    if not new:
        return report_

    per_record = Counter(map(itemgetter(2), new))
    if len(by_record) > len(per_record) or not by_record.keys() <= per_record.keys():
        # records whose incoming changes were all held already are not touched
        by_record = defaultdict(list, {rid: stored for rid, stored in by_record.items() if rid in per_record})
    fresh: dict[str, list[Sequence[Any]]] = defaultdict(list)
    for c in new:
        rid = c[2]
        if c[3] == STAR and per_record[rid] == 1 and rid not in by_record:
            fresh[c[1]].append(c)
        else:
            by_record[rid].append(_row(c))
    tables = {rid: changes_[0].record_table for rid, changes_ in by_record.items()}

    report(65, tr("Updating records"))
    written = _write_rows(session, by_record, tables, fresh)
    report_.added, report_.updated = written.added, written.updated
    report_.unchanged, report_.pending = written.unchanged, written.pending

    report(85, tr("Looking for conflicts"))
    # by_record now also holds any fresh record that had to take the careful way
    tables = {rid: changes_[0].record_table for rid, changes_ in by_record.items()}
    report_.conflicts_new, _ = _refresh_conflicts(session, by_record, tables)
    report_.record_ids = set(per_record)
    report_.fresh_ids = report_.record_ids - by_record.keys()
    _expire(session, report_.record_ids)
    report(95, tr("Merged"))
    return report_


def rematerialise(session: Session, record_ids: Iterable[str]) -> _Written:
    """Rewrite these records' rows from their change log (repair, or after a resolution)."""
    session.flush()
    by_record = load_changes(session, record_ids)
    tables = _record_tables(session, by_record.keys(), by_record)
    written = _write_rows(session, by_record, tables)
    _expire(session, set(tables))
    return written


# --- resolving --------------------------------------------------------------------------------

CHOICES = ("mine", "theirs", "edit")


def settle_conflict(session: Session, conflict_id: str, choice: str, value: Any = None) -> Change:
    """Settle a conflict with a new change naming both sides in ``merges``; it syncs like any other.

    ``mine`` keeps the value this desk wrote (when neither side was written here, the
    value that currently stands), ``theirs`` takes the other side's, ``edit`` writes
    ``value``. Flushes; the caller commits.
    """
    if choice not in CHOICES:
        raise InputRefused(tr("Choose keep mine, take theirs or edit."))
    ctx = session.info.get("changes")
    if ctx is None:
        raise RuntimeError("session has no change context; use services.session.open_session")  # not shown
    session.flush()
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise InputRefused(tr("No such conflict."))
    if conflict.resolved_by:
        raise InputRefused(tr("That conflict has already been resolved."))
    winner = session.get(Change, conflict.winner_change_id)
    loser = session.get(Change, conflict.loser_change_id)
    if winner is None or loser is None:
        raise InputRefused(tr("No such conflict."))
    info = table_info(conflict.record_table)
    if info is None or conflict.field not in info.tracked:
        raise InputRefused(tr("This version cannot edit that field."))
    if choice == "edit":
        column = info.table.c[conflict.field]
        try:
            typed = info.convert[conflict.field](changelog.to_json(value))
        except (ValueError, TypeError) as exc:
            raise InputRefused(tr("That value does not fit the field.")) from exc
        if (typed is None and not column.nullable) or (isinstance(column.type, String) and typed is not None
                                                         and not isinstance(typed, str)):
            raise InputRefused(tr("That value does not fit the field."))
        new_value = changelog.dumps(typed)
    else:
        if loser.desk_id == ctx.desk_id:
            mine, theirs = loser, winner
        else:
            mine, theirs = winner, loser
        new_value = (mine if choice == "mine" else theirs).value

    current = changelog.current_changes(session, conflict.record_id)
    prev = current.get(conflict.field, current.get(STAR))
    row = session.execute(select(info.table).where(info.table.c.id == conflict.record_id)).mappings().first()
    old = changelog.dumps(row[conflict.field]) if row is not None else None
    stamp = ctx.clock.tick()
    change = Change(
        change_id=new_id(),
        record_table=conflict.record_table,
        record_id=conflict.record_id,
        field=conflict.field,
        value=new_value,
        old=old,
        hlc=stamp,
        desk_id=ctx.desk_id,
        who=ctx.who,
        prev=prev,
        merges=",".join(sorted({winner.change_id, loser.change_id})),
    )
    session.add(change)
    session.flush()
    rematerialise(session, [conflict.record_id])
    recompute_conflicts(session, [conflict.record_id])
    return change


# --- a dump to compare desks ------------------------------------------------------------------


def canonical_dump(session: Session) -> str:
    """Every travelling row (tombstones too) and every conflict, in a fixed order and format."""
    session.flush()
    lines: list[str] = []
    for name, model in travelling_models().items():
        table: Table = model.__table__  # type: ignore[assignment]
        lines.append(f"## {name}")
        for r in session.execute(select(table).order_by(table.c.id)).mappings():
            lines.append(json.dumps({k: changelog.to_json(v) for k, v in r.items()}, ensure_ascii=False,
                                    sort_keys=True))
    lines.append("## conflicts")  # not shown
    for r in session.execute(select(_CONFLICTS).order_by(_CONFLICTS.c.id)).mappings():
        lines.append(json.dumps(dict(r), sort_keys=True))
    return "\n".join(lines) + "\n"


def conflict_rows(session: Session) -> list[tuple]:
    """The conflicts as sorted tuples, for tests and reports."""
    return [tuple(r) for r in session.execute(select(_CONFLICTS).order_by(_CONFLICTS.c.id))]

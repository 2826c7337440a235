"""How each travelling table's columns are read from a change's JSON and stored, worked out once.

Shared by the careful merge (``merge``) and its compiled fast path (``merge_fast``): for every
table, its columns, which are tracked, how a JSON value becomes the column's Python value and what
SQLite stores, the defaults, and the SQL to select, insert and update a row.
"""

from __future__ import annotations

from operator import itemgetter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Table
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ..models.base import Travelling, travelling_models


# --- tables and column types -------------------------------------------------------------------


def _converter(column: Any) -> Callable[[Any], Any] | None:
    """JSON value -> the column's Python type (None where the JSON value already is one)."""
    kind = column.type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else (v if isinstance(v, datetime) else datetime.fromisoformat(v))
    if isinstance(kind, Date):
        def to_date(v: Any) -> date | None:
            if v is None or isinstance(v, date):
                return v
            return date.fromisoformat(str(v)[:10])
        return to_date
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    if isinstance(kind, Integer):
        return lambda v: None if v is None else int(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else (v if isinstance(v, bytes) else bytes.fromhex(v))
    return None


_DIALECT = sqlite_dialect.dialect()


def _store_date(v: Any) -> Any:
    return date.fromisoformat(v[:10]).isoformat() if type(v) is str else date.fromisoformat(str(v)[:10]).isoformat()


def _store_bool(v: Any) -> int:
    return 1 if v else 0


def _storer(column: Any) -> Callable[[Any], Any] | None:
    """JSON value -> what SQLite stores for the column, exactly as SQLAlchemy would write it."""
    kind = column.type
    if isinstance(kind, Date) and not isinstance(kind, DateTime):
        return _store_date  # SQLAlchemy stores a date as YYYY-MM-DD
    if isinstance(kind, Boolean):
        return _store_bool
    if isinstance(kind, Integer):
        return int
    convert = _converter(column)
    bind = column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    if convert is None and bind is None:
        return None
    if convert is None:
        return bind
    if bind is None:
        return convert
    return lambda v: bind(convert(v))


@dataclass
class _TableInfo:
    model: type[Travelling]
    table: Table
    columns: list[str]
    tracked: frozenset[str]
    convert: dict[str, Callable[[Any], Any]]  # JSON -> Python value
    store: dict[str, Callable[[Any], Any]]  # JSON -> stored value (only columns that need it)
    defaults: dict[str, Any]  # stored form of the scalar defaults
    required: frozenset[str]  # NOT NULL columns without a default
    select_sql: str
    insert_sql: str
    update_sql: str
    values: Callable[[dict[str, Any]], tuple] = tuple  # row dict -> tuple in column order
    update_values: Callable[[dict[str, Any]], tuple] = tuple  # row dict -> (non-id columns..., id)


_INFO: dict[str, _TableInfo] = {}


def _build_info() -> None:
    for tname, model in travelling_models().items():
        table: Table = model.__table__  # type: ignore[assignment]
        cols = [c.key for c in table.columns]
        defaults: dict[str, Any] = {}
        required = set()
        store: dict[str, Callable[[Any], Any]] = {}
        for c in table.columns:
            d = c.default
            value = d.arg if d is not None and d.is_scalar else None
            storer = _storer(c)
            if storer is not None:
                store[c.key] = storer
            bind = c.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            defaults[c.key] = bind(value) if (bind is not None and value is not None) else value
            if not c.nullable and value is None and c.key not in ("hlc", "desk_id"):
                required.add(c.key)
        names = [f'"{c.name}"' for c in table.columns]
        _INFO[tname] = _TableInfo(
            model, table, cols, frozenset(model.tracked_columns()),
            {c.key: (_converter(c) or (lambda v: v)) for c in table.columns}, store, defaults, frozenset(required),
            f'SELECT {", ".join(names)} FROM "{table.name}" WHERE id IN (SELECT value FROM json_each(?))',  # not shown
            f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({", ".join("?" for _ in names)})',  # not shown
            f'UPDATE "{table.name}" SET '  # not shown
            f'{", ".join(n + " = ?" for n, c in zip(names, table.columns) if c.key != "id")}'
            ' WHERE id = ?',
            itemgetter(*cols),
            itemgetter(*[c for c in cols if c != "id"], "id"),
        )


def table_info(name: str) -> _TableInfo | None:
    if not _INFO:
        _build_info()
    return _INFO.get(name)


def from_json(table: str, column: str, value: Any) -> Any:
    """A JSON value from the change log as the column's Python type."""
    info = table_info(table)
    if info is None or column not in info.convert:
        raise KeyError(f"{table}.{column}")
    return info.convert[column](value)



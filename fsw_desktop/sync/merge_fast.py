"""The compiled fast path of a large import: rows of brand-new records built in one go.

A record known only by one incoming ``*`` change needs no merge: its row is the change's value,
stored as SQLAlchemy would store it. ``_fresh_rows`` builds those rows with a function compiled
per table (``_compile_fresh``), which is what makes a five-year full sync fast.
``tests/sync/test_sync_speed.py`` keeps it giving exactly what ``merge.materialise`` gives.
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any, Callable, Sequence


from .tables import _TableInfo, _store_bool, _store_date


_MISSING = object()
_DATES: dict[str, str] = {}  # "2024-05-01" (as a change holds it) -> as stored; dates repeat a lot


def _compile_fresh(info: _TableInfo) -> Callable[[list[Sequence[Any]], list[Any]], tuple[list[tuple], int]]:
    """A function made for this table that turns ``*`` changes and their parsed values into rows.

    It does what ``materialise`` does for a record with one ``*`` change (defaults,
    the value's fields, conversion to what SQLite stores, the record's stamps, a
    missing required field leaves it waiting), written out column by column so a
    large import pays no dict copy and no loop over columns per record.
    """
    env: dict[str, Any] = {"M": _MISSING, "DATES": _DATES, "DATES_get": _DATES.get}  # not shown
    body: list[str] = []
    names = []
    for i, col in enumerate(info.columns):
        x = f"x{i}"
        names.append(x)
        env[f"D{i}"] = info.defaults.get(col)
        if col == "id":
            body.append(f"        {x} = c[2]")
            continue
        if col == "hlc":
            body.append(f"        {x} = c[6]")
            continue
        if col == "desk_id":
            body.append(f"        {x} = c[7]")
            continue
        if col not in info.tracked:  # never in a record's value: what the defaults say
            body.append(f"        {x} = D{i}")
            continue
        fn = info.store.get(col)
        if fn is None:
            body.append(f"        {x} = g({col!r}, D{i})")
            continue
        env[f"S{i}"] = fn
        body.append(f"        v = g({col!r}, M)")
        if fn is _store_bool:  # bool() of a JSON value never raises
            body += ["        if v is True:",  # not shown
                     f"            {x} = 1",
                     "        elif v is False:",  # not shown
                     f"            {x} = 0"]
        elif fn is int:
            body += ["        if type(v) is int:",  # not shown
                     f"            {x} = v"]
        elif fn is _store_date:  # worked out once per distinct text
            body += ["        if type(v) is str and (d := DATES_get(v)) is not None:",  # not shown
                     f"            {x} = d"]
        else:
            body += ["        if False:",  # not shown
                     "            pass"]
        body += ["        elif v is M:",  # not shown
                 f"            {x} = D{i}",
                 "        elif v is None:",  # not shown
                 f"            {x} = None"]  # not shown
        if fn is _store_bool:
            body += ["        else:",
                     f"            {x} = 1 if v else 0"]  # not shown
        else:
            body += ["        else:",
                     "            try:",
                     f"                {x} = S{i}(v)",
                     "            except (ValueError, TypeError):",  # not shown
                     f"                {x} = D{i}"]
            if fn is _store_date:
                body += ["            else:",
                         "                if type(v) is str and len(DATES) < 50000:",  # not shown
                         f"                    DATES[v] = {x}"]  # not shown
        if col == "deleted":
            body += [f"        if {x} is None:",  # not shown
                     f"            {x} = 0"]
    required = [names[info.columns.index(k)] for k in info.columns if k in info.required and k != "id"]
    if required:
        body += [f"        if {' or '.join(f'{x} is None' for x in required)}:",
                 "            pending += 1",  # not shown
                 "            continue"]
    consts = sorted(k for k in env if k != "DATES")  # bound as defaults: local lookups in the loop
    lines = [f"def build(stars, wholes, {', '.join(f'{k}={k}' for k in consts)}, DATES=DATES):",  # not shown
             "    rows = []",  # not shown
             "    append = rows.append",  # not shown
             "    pending = 0",  # not shown
             "    for c, w in zip(stars, wholes):",  # not shown
             "        if type(w) is not dict:",  # not shown
             "            pending += 1",  # not shown
             "            continue",
             "        g = w.get",  # not shown
             *body,
             f"        append(({', '.join(names)},))",
             "    return rows, pending"]  # not shown
    exec(compile("\n".join(lines), f"<fresh rows of {info.table.name}>", "exec"), env)  # not shown; noqa: S102
    return env["build"]


_BUILDERS: dict[str, Callable[[list[Sequence[Any]], list[Any]], tuple[list[tuple], int]]] = {}


def _fresh_rows(info: _TableInfo, stars: list[Sequence[Any]]) -> tuple[str, list[tuple], int] | None:
    """INSERT statement, rows and how many wait, for records known only by their ``*``.

    The same rows as ``materialise`` makes for each (None if any value is not JSON:
    then each record goes that way), from a function compiled for the table.
    (Taking well-formed values column by column in C was tried: no faster, since
    parsing the values dominates, so not kept. Building the rows inside SQLite from the stored
    changes, ``INSERT ... SELECT json_extract(value, ...)``, was tried on the five-year desk's four
    largest tables: the extraction itself took 0.44 s of CPU against 1.05 s here for parsing,
    building and inserting, but finding each table's ``*`` changes again cost a scan of the change
    log, 0.5 s a table, so 2.4 s in all; not kept.)
    """
    if not stars:
        return info.insert_sql, [], 0
    texts = list(map(itemgetter(4), stars))
    texts[0] = "[" + texts[0]  # the brackets on the end values: one copy of the text, not two
    texts[-1] = texts[-1] + "]"
    try:
        wholes = json.loads(",".join(texts))
    except (ValueError, RecursionError):
        return None
    del texts
    if len(wholes) != len(stars):
        return None
    build = _BUILDERS.get(info.table.name)
    if build is None:
        build = _BUILDERS[info.table.name] = _compile_fresh(info)
    return (info.insert_sql, *build(stars, wholes))



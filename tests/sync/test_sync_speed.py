"""The fast paths of a large import give exactly what the careful ones give.

``merge.change_rows`` checks a payload column by column; ``merge_fast._fresh_rows`` builds
new records' rows with a compiled function per table; ``apply_changes`` inserts
optimistically and falls back to the careful path under a savepoint. Each is
checked here against the slow path it stands in for, on awkward values too.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.directory import Agency
from fsw_desktop.models.sync import Change
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import merge, merge_fast, tables

from .desks import make_desks, new_case
from .test_handover import case_with_visits

STAMP = "0001700000000.00001.d1"

# values a change may carry for any column, well formed or not
ODD_TEXT = st.sampled_from(["", "x", "2024-02-30", "2024-01-05", "2024-01-05T10:20:30", "2024-01-05 10:20:30.123456",
                            "12", "-3", "1.5", "true", "false", "null", "ünïcode", "2024-13-01"])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(-1e6, 1e6, allow_nan=False),
                   ODD_TEXT, st.text(max_size=8), st.lists(st.integers(), max_size=2))
WELL_FORMED = {
    "Boolean": st.one_of(st.booleans(), st.none()),
    "Integer": st.one_of(st.integers(-5, 10**6), st.none()),
    "Date": st.one_of(st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat), st.none()),
    "DateTime": st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1)).map(datetime.isoformat),
}
TABLES = ["people", "contacts", "bookings", "family_days", "family_day_requests", "applications",
          "application_events", "cases", "agencies", "restrictions"]


def _star(table: str, rid: str, whole: object, n: int) -> merge.ChangeRow:
    value = json.dumps(whole, sort_keys=True)
    return merge.ChangeRow(f"c{n}", table, rid, "*", value, None, f"{n:013d}.00000.desk-{n % 3}", f"desk-{n % 3}",
                           "", None, "")


@st.composite
def records(draw, table: str):
    info = tables.table_info(table)
    columns = sorted(info.tracked) + ["unknown_column"]
    out = []
    whole_records = draw(st.booleans())  # a batch as desks write them, all fields in stored form
    for n in range(draw(st.integers(1, 6))):
        if whole_records:
            whole = {k: draw(WELL_FORMED.get(type(info.table.c[k].type).__name__, st.text(max_size=5)))
                     for k in info.tracked}
            if draw(st.integers(0, 4)) == 0:  # now and then one odd value in it
                whole[draw(st.sampled_from(sorted(info.tracked)))] = draw(VALUES)
            out.append(_star(table, f"r{n}", whole, n))
            continue
        keys = draw(st.lists(st.sampled_from(columns), unique=True, max_size=len(columns)))
        whole = {k: draw(VALUES) for k in keys}
        if draw(st.booleans()):
            for k in info.required:
                whole.setdefault(k, "x")
        if draw(st.integers(0, 20)) == 0:
            whole = draw(st.sampled_from([[], "text", 3, None]))
        out.append(_star(table, f"r{n}", whole, n))
    return out


@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fresh_rows_are_what_materialise_makes(table, data):
    info = tables.table_info(table)
    stars = data.draw(records(table))
    expected, waiting, failed = [], 0, False
    for c in stars:
        try:
            row = merge.materialise(table, c.record_id, [c])
        except (OverflowError, ValueError, TypeError):
            failed = True
            break
        if row is None:
            waiting += 1
        else:
            expected.append(row)
    if failed:
        with pytest.raises((OverflowError, ValueError, TypeError)):
            merge_fast._fresh_rows(info, stars)
        return
    sql, rows, pending = merge_fast._fresh_rows(info, stars)
    columns = [c.strip('"') for c in re.search(r"\((.*?)\) VALUES", sql).group(1).split(", ")]
    assert sorted(columns) == sorted(c.name for c in info.table.columns)
    keys = [info.table.c[c].key for c in columns]
    assert (rows, pending) == ([tuple(row[k] for k in keys) for row in expected], waiting)


def test_fresh_rows_leave_values_that_are_not_json_to_materialise():
    info = tables.table_info("agencies")
    stars = [_star("agencies", "a1", {"name": "N"}, 1)._replace(value="{not json")]
    assert merge_fast._fresh_rows(info, stars) is None


def _row(**kw) -> list:
    base = ["c1", "people", "p1", "given_name", '"Ada"', '"Ad"', STAMP, "d1", "Worker", "c0", ""]
    for k, v in kw.items():
        base[merge.CHANGE_FIELDS.index(k)] = v
    return base


GOOD = [_row(), _row(change_id="c2", prev=""), _row(change_id="c3", old=None, prev=None, merges="a,b")]
BAD = [
    {"hlc": "yesterday"}, {"hlc": STAMP + "\n"}, {"change_id": ""}, {"change_id": "x" * 37}, {"record_id": ""},
    {"record_table": "t" * 41}, {"field": ""}, {"desk_id": "d" * 37}, {"who": None}, {"merges": None},
    {"old": 3}, {"prev": 5}, {"change_id": 7}, {"hlc": None},
]


def test_change_rows_accepts_what_change_row_accepts():
    got = merge.change_rows([list(r) for r in GOOD])
    assert [tuple(r) for r in got] == [tuple(merge.change_row(r)) for r in GOOD]
    assert got[1][9] is None  # an empty prev is no prev
    # a value that is not JSON text is written as JSON text, as change_row does
    odd = [_row(value={"b": 1, "a": "é"})]
    assert [tuple(r) for r in merge.change_rows(odd)] == [tuple(merge.change_row(odd[0]))]


@pytest.mark.parametrize("spoil", BAD, ids=lambda d: ",".join(f"{k}={v!r}"[:20] for k, v in d.items()))
def test_change_rows_refuses_what_change_row_refuses(spoil):
    bad = _row(**spoil)
    with pytest.raises(InputRefused):
        merge.change_row(bad)
    with pytest.raises(InputRefused):
        merge.change_rows([list(r) for r in GOOD] + [bad])
    with pytest.raises(InputRefused):
        merge.change_rows([bad[:5]])


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    yield desks
    desks.close()


def test_a_fresh_record_over_a_row_already_there_takes_the_careful_way(ab):
    """A row with no history (never made by FSW Desk) does not break the bulk insert: it is rebuilt."""
    with open_session(ab["B"]) as s:
        merge._raw(s).execute("INSERT INTO agencies (id, ref, name, category, contact_person, phone, email, area, "
                              "offers, eligibility, hlc, created_hlc, desk_id, deleted) "
                              "VALUES ('ag1', 'A-OLD', 'Old name', 'Housing', '', '', '', '', '', '', '', '', '', 0)")
        s.commit()
        whole = {"id": "ag1", "ref": "A-NEW", "name": "New name", "category": "Housing", "deleted": False,
                 "created_hlc": STAMP}
        other = {"id": "ag2", "ref": "A-TWO", "name": "Second", "category": "Health", "deleted": False,
                 "created_hlc": STAMP}
        report = merge.apply_changes(s, merge.change_rows([
            list(_star("agencies", "ag1", whole, 1)), list(_star("agencies", "ag2", other, 2))]))
        s.commit()
        assert (report.added, report.updated, report.changes_new) == (1, 1, 2)
        assert s.get(Agency, "ag1").name == "New name" and s.get(Agency, "ag2").name == "Second"
        assert report.fresh_ids == set()  # both went the careful way, the whole table at once


def test_a_change_id_held_under_another_record_is_held(ab):
    """Change ids are unique: one already stored counts as held even if a bundle files it elsewhere."""
    new_case(ab["A"])
    ab.send("A", "B")
    with open_session(ab["B"]) as s:
        held = s.execute(select(Change).where(Change.field == "*")).scalars().first()
        moved = list(_star("agencies", "ag9", {"id": "ag9", "ref": "A-9", "name": "N", "category": "C"}, 9))
        moved[0] = held.change_id
        fresh = list(_star("agencies", "ag8", {"id": "ag8", "ref": "A-8", "name": "M", "category": "C"}, 8))
        report = merge.apply_changes(s, merge.change_rows([moved, fresh]))
        s.commit()
        assert (report.changes_known, report.changes_new, report.added) == (1, 1, 1)
        assert s.get(Agency, "ag9") is None and s.get(Agency, "ag8") is not None


def test_bulk_import_gives_the_rows_the_careful_path_gives(ab):
    """After a sync built by the fast path, rebuilding every record from its history changes nothing."""
    case_with_visits(ab["A"])
    report = ab.send("A", "B")
    assert report.added > 5 and ab.dump("A") == ab.dump("B")
    with open_session(ab["B"]) as s:
        ids = list(s.execute(select(Change.record_id).distinct()).scalars())
        written = merge.rematerialise(s, ids)
        assert (written.added, written.updated, written.pending) == (0, 0, 0)
        assert written.unchanged == len(ids)
        s.rollback()

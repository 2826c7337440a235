"""The fast paths of a large import give exactly what the careful ones give.

``merge.change_rows`` checks a payload column by column; ``merge._fresh_rows`` builds
new records' rows with a compiled function per table; ``apply_changes`` inserts
optimistically and falls back to the careful path under a savepoint. Each is
checked here against the slow path it stands in for, on awkward values too.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.directory import Agency
from fsw_desktop.models.sync import Change
from fsw_desktop.services.session import open_session
from fsw_desktop.sync import merge

from .desks import TODAY, make_desks, new_case

STAMP = "0001700000000.00001.d1"

# values a change may carry for any column, well formed or not
ODD_TEXT = st.sampled_from(["", "x", "2024-02-30", "2024-01-05", "2024-01-05T10:20:30", "2024-01-05 10:20:30.123456",
                            "12", "-3", "1.5", "true", "false", "null", "ünïcode", "2024-13-01"])
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(-1e6, 1e6, allow_nan=False),
                   ODD_TEXT, st.text(max_size=8), st.lists(st.integers(), max_size=2))
TABLES = ["people", "contacts", "bookings", "family_days", "family_day_requests", "applications",
          "application_events", "cases", "agencies", "restrictions"]


def _star(table: str, rid: str, whole: object, n: int) -> merge.ChangeRow:
    value = json.dumps(whole, sort_keys=True)
    return merge.ChangeRow(f"c{n}", table, rid, "*", value, None, f"{n:013d}.00000.desk-{n % 3}", f"desk-{n % 3}",
                           "", None, "")


@st.composite
def records(draw, table: str):
    info = merge.table_info(table)
    columns = sorted(info.tracked) + ["unknown_column"]
    out = []
    for n in range(draw(st.integers(1, 6))):
        keys = draw(st.lists(st.sampled_from(columns), unique=True, max_size=len(columns)))
        whole = {k: draw(VALUES) for k in keys}
        if draw(st.booleans()):  # most records are whole and well formed
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
    info = merge.table_info(table)
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
            expected.append(info.values(row))
    if failed:
        with pytest.raises((OverflowError, ValueError, TypeError)):
            merge._fresh_rows(info, stars)
        return
    assert merge._fresh_rows(info, stars) == (expected, waiting)


def test_fresh_rows_leave_values_that_are_not_json_to_materialise():
    info = merge.table_info("agencies")
    stars = [_star("agencies", "a1", {"name": "N"}, 1)._replace(value="{not json")]
    assert merge._fresh_rows(info, stars) is None


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


def case_with_visits(db, family: str = "Orrin") -> dict[str, str]:
    """A case whose prisoner has a booked visit with the partner, and a family-day request with an attendee."""
    from fsw_desktop.models.people import Person
    from fsw_desktop.models.visits import FamilyDayAttendee
    from fsw_desktop.services import family_days, visits
    from fsw_desktop.services.people import PersonInput, add_person

    case_id = new_case(db, family=family)
    with open_session(db) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name=family, relationship="partner",
                                                        date_of_birth=date(1991, 3, 3)), today=TODAY)
        template = visits.add_template(s, f"Afternoon {family}", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                       "16:00", "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, template.id, TODAY + timedelta(days=3), [partner.id], partner.id,
                                 today=TODAY)
        day = family_days.add_family_day(s, TODAY + timedelta(days=20), "general", f"Spring day {family}", 10, 40)
        request = family_days.request_place(s, day.id, prisoner.id, [partner.id], requested_on=TODAY)
        s.flush()
        attendee = s.execute(select(FamilyDayAttendee.id).where(FamilyDayAttendee.request_id == request.id)
                             ).scalar_one()
        s.commit()
        return {"case": case_id, "prisoner": prisoner.id, "partner": partner.id, "template": template.id,
                "booking": booking.id, "family_day": day.id, "request": request.id, "attendee": attendee}


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

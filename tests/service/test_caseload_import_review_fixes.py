"""Caseload import review fixes: one person on two rows of a file is a problem, not two people.

Before the fix only a repeated prison number was caught within a file; two rows with the same
name and date of birth (most family members have no prison number) went in as two people.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from fsw_desktop.models.people import Person
from fsw_desktop.services.caseload import caseload_import as ci
from fsw_desktop.services.desk.session import open_session
from tests.service.test_caseload_import import H, check, do_import, dump, family_rows, many, write_csv

SAME_ROW_MESSAGE = "same given name, family name and date of birth as row"


def _same_person_problems(report: ci.ImportReport) -> list[ci.Problem]:
    return [p for p in report.problems if SAME_ROW_MESSAGE in p.message]


def test_the_same_name_and_birth_twice_in_a_file_is_a_problem_and_nothing_is_written(db, tmp_path: Path):
    rows = many(3)  # rows 2-10: prisoner, partner and child of three families
    # the second family's partner (row 6) again, in the third family, typed a little differently
    rows.append(rows[7] | {H["given_name"]: "  " + rows[4][H["given_name"]].upper(),
                           H["family_name"]: rows[4][H["family_name"]], H["date_of_birth"]: "02/02/1991"})
    assert rows[4][H["date_of_birth"]] == "1991-02-02"
    path = write_csv(tmp_path / "twice.csv", rows)
    _, _, report = check(db, path)

    found = _same_person_problems(report)
    assert [(p.row, p.column) for p in found] == [(11, "Date of birth")]
    assert "row 6" in found[0].message and not report.ok
    # the report says what is wrong and where, never what the cells hold
    text = "\n".join(report.lines())
    assert "Problem: row 11, Date of birth: The same given name, family name and date of birth as row 6" in text
    for cell in (rows[4][H["given_name"]], rows[4][H["family_name"]], rows[4][H["date_of_birth"]]):
        assert cell not in text, cell

    with open_session(db) as s:
        before = dump(s)
    with pytest.raises(ci.ImportRefused) as refused:
        do_import(db, path)
    assert _same_person_problems(refused.value.report)
    with open_session(db) as s:
        assert dump(s) == before


def test_within_one_family_too(db, tmp_path: Path):
    rows = family_rows(0)
    rows.append(dict(rows[2]))  # the child listed twice in the same family
    _, _, report = check(db, write_csv(tmp_path / "child-twice.csv", rows))
    assert [(p.row, p.message.split(":")[0]) for p in _same_person_problems(report)] == [
        (5, "The same given name, family name and date of birth as row 4")]


def test_one_problem_for_a_repeated_prisoner(db, tmp_path: Path):
    """A prisoner on two rows repeats his number too: that is said once, by the prison number."""
    rows = family_rows(0)
    rows.append(dict(rows[0]))
    _, _, report = check(db, write_csv(tmp_path / "prisoner-twice.csv", rows))
    assert [(p.row, p.column) for p in report.problems] == [(5, "Prison number")]


def test_different_people_who_share_a_name_or_a_birthday_go_in(db, tmp_path: Path):
    rows = family_rows(0)
    # twins: the same family name and date of birth, different given names
    rows.append(rows[2] | {H["given_name"]: "Lark"})
    # a namesake in another family, born on another day; and rows with no date of birth
    other = family_rows(1)
    other[2] = other[2] | {H["given_name"]: rows[2][H["given_name"]], H["family_name"]: rows[2][H["family_name"]],
                           H["date_of_birth"]: "2015-01-01"}
    nameless = [rows[1] | {H["given_name"]: "Cass", H["date_of_birth"]: ""} for _ in range(2)]
    path = write_csv(tmp_path / "alike.csv", rows + other + nameless)
    _, _, report = check(db, path)
    assert report.ok, report.lines()
    _, result = do_import(db, path)
    assert result.people == len(rows + other + nameless)
    with open_session(db) as s:
        assert s.execute(select(func.count()).select_from(Person)).scalar() == result.people


def test_the_round_trip_demo_has_no_one_on_two_rows(demo_profile, tmp_path: Path):
    """The demo export lists each person once (one row per person record), and no two of its
    people share a name and date of birth, so the export -> import round trip still checks clean."""
    from datetime import date

    from fsw_desktop.services.caseload import caseload_export as export
    from fsw_desktop.services.desk import profile
    from tests.conftest import PASSPHRASE

    demo = profile.unlock(demo_profile, PASSPHRASE)
    try:
        with open_session(demo) as s:
            export.export_caseload(s, tmp_path / "caseload.csv")
            _, _, report = ci.check_file(s, tmp_path / "caseload.csv", today=date.today())
    finally:
        demo.close()
    assert _same_person_problems(report) == []



def test_an_unusual_prison_number_is_still_noted_without_a_date_of_birth(db, tmp_path: Path):
    """The new check sits beside the prison number checks and leaves them as they were."""
    rows = family_rows(0)
    rows[0] = rows[0] | {H["prison_number"]: "12345", H["date_of_birth"]: ""}
    _, _, report = check(db, write_csv(tmp_path / "odd-number.csv", rows))
    assert report.ok and [(w.row, w.column) for w in report.warnings] == [(2, "Prison number")]

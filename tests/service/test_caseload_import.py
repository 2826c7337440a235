"""Caseload spreadsheet: template, dry run, all-or-nothing import, duplicates, mapping, export round trip, CLI."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fsw_desktop import cli
from fsw_desktop.models.base import Base
from fsw_desktop.models.cases import Assessment, Case, Score
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.services.caseload import caseload_export as export
from fsw_desktop.services.caseload import caseload_import as ci
from fsw_desktop.services.caseload import caseload_template as tpl
from fsw_desktop.services.casework import casework
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE
from tests.profiles import TEMPLATES

TODAY = date(2026, 3, 2)
REPO = Path(__file__).resolve().parents[2]
H = {c.key: c.heading for c in tpl.columns()}
INITIAL = tpl.score_heading("Initial", "Reduced parental stress")
FOLLOW = tpl.score_heading("Follow-up", "Reduced parental stress")
CHILD_INITIAL = tpl.score_heading("Initial", "Child self-esteem")

# Invented names only.
FAMILIES = ("Quorrin", "Belvane", "Tasketh", "Morrow-Dale", "Ulverin", "Pashkin", "Orlett", "Venmore", "Harlek",
            "Spindrel", "Cowlane", "Ibberly")


def family_rows(n: int, key: str | None = None) -> list[dict[str, str]]:
    """One synthetic family: prisoner, partner and a child, with scores and two follow-ups."""
    name = FAMILIES[n % len(FAMILIES)] + ("" if n < len(FAMILIES) else str(n))
    referral = TODAY - timedelta(days=300 + n)
    case = {
        H["family_key"]: key or f"OLD-{n:03d}", H["referral_date"]: referral.strftime("%d/%m/%Y"),
        H["referral_source"]: "probation", H["status"]: "open",
        H["initial_on"]: (referral + timedelta(days=10)).isoformat(),
        H["initial_needs"]: "Housing; Parenting (emotional, long)",
        H["follow_up_on"]: f"{referral + timedelta(days=100)} | {referral + timedelta(days=190)}",
        H["follow_up_needs"]: "Housing | Finance and debt",
        H["first_contact"]: (referral + timedelta(days=3)).isoformat(),
        H["last_contact"]: (referral + timedelta(days=200)).isoformat(),
        H["goals"]: "Keep the tenancy safe; with the landlord\nRegular contact with dad [achieved]",
    }
    prisoner = {H["relationship"]: "prisoner", H["given_name"]: "Arvel", H["family_name"]: name,
                H["date_of_birth"]: "1988-04-12", H["gender"]: "Male", H["prison_number"]: f"A{1000 + n}BC",
                H["sentence_type"]: "prison", H["sentence_months"]: "36", H["involvement"]: "limited contact"}
    partner = {H["relationship"]: "partner", H["given_name"]: "Selva", H["family_name"]: name,
               H["date_of_birth"]: f"{1990 + n % 5}-02-0{1 + n % 8}", H["gender"]: "female",
               H["ethnicity"]: "White: Irish", H["supported_directly"]: "yes", H["phone"]: "07700 900123",
               INITIAL: "2", FOLLOW: "3 | 4"}
    child = {H["relationship"]: "child", H["given_name"]: "Pim", H["family_name"]: name,
             H["date_of_birth"]: (referral - timedelta(days=365 * 7)).isoformat(), H["gender"]: "Male",
             H["supported_directly"]: "yes", CHILD_INITIAL: "1"}
    return [case | prisoner, case | partner, case | child]


def write_csv(path: Path, rows: list[dict[str, str]], headings: list[str] | None = None) -> Path:
    headings = headings or tpl.headings()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=headings)
        writer.writeheader()
        writer.writerows(rows)
    return path


def many(n: int = 12) -> list[dict[str, str]]:
    return [r for i in range(n) for r in family_rows(i)]


def dump(session) -> dict[str, int]:
    """Row counts of every table: what 'database unchanged' is checked against."""
    session.expire_all()
    return {t.name: session.execute(select(func.count()).select_from(t)).scalar() for t in Base.metadata.sorted_tables}


def check(db, path: Path, **kw):
    with open_session(db) as s:
        return ci.check_file(s, path, today=TODAY, **kw)


def do_import(db, path: Path, decisions=(), progress=None):
    with open_session(db) as s:
        table, mapping, _ = ci.check_file(s, path, today=TODAY)
    return ci.import_into(db, table, mapping, decisions, today=TODAY, progress=progress)


# --- template and docs ------------------------------------------------------------------------


def test_docs_list_every_column_and_value():
    text = (REPO / "docs" / "import.md").read_text(encoding="utf-8")
    assert text == tpl.docs_markdown(), "regenerate: python -m fsw_desktop.services.caseload.caseload_template > docs/import.md"
    for heading in tpl.headings():
        assert f"| {heading} |" in text, heading
    for col in tpl.BASE_COLUMNS:
        for value in (col.values() if col.values else ()):
            assert f"`{value}`" in text, value


def test_template_saved_as_csv_and_xlsx(tmp_path):
    from openpyxl import load_workbook

    for name in ("t.csv", "t.xlsx"):
        tpl.save_template(tmp_path / name)
        table = ci.read_table(tmp_path / name)
        assert table.headings == tpl.headings() and table.rows == []
    wb = load_workbook(tmp_path / "t.xlsx")
    assert wb.sheetnames == ["Caseload", "Accepted values"]
    assert len(wb["Caseload"].data_validations.dataValidation) >= 10


# --- dry run and all or nothing -----------------------------------------------------------------


def test_good_file_imports_all_families(db, tmp_path):
    path = write_csv(tmp_path / "ok.csv", many(12))
    _, _, report = check(db, path)
    assert report.ok and report.families == 12 and report.people == 36 and report.duplicates == []
    seen = []
    report, result = do_import(db, path, progress=lambda p, m: seen.append(p))
    assert result.cases == 12 and result.people == 36 and result.scores == 12 * 4 and result.goals == 24
    assert seen == sorted(seen) and seen[-1] == 100
    with open_session(db) as s:
        rows = casework.caseload(s, "all", today=TODAY)
        assert len(rows) == 12 and {r.stage for r in rows} == {"review due"}
        goals = s.execute(select(func.count()).select_from(Case)).scalar()
        assert goals == 12
        partner = s.execute(select(Person).where(Person.relationship == "partner")).scalars().first()
        assert partner.gender == "Female" and partner.supported_directly
        case = s.get(Case, partner.case_id)
        assert case.referral_source == "Probation" and case.family_label.endswith(" family")
        kinds = Counter(s.execute(select(Assessment.kind)).scalars())
        assert kinds == {"initial": 12, "follow-up": 24}
        changes = s.execute(select(func.count()).select_from(Change).where(Change.record_table == "people")).scalar()
        assert changes == 36  # one whole-record change each: imported rows sync like typed ones
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "records imported")).scalars().one()


def test_one_bad_row_among_many_is_listed_and_nothing_is_written(db, tmp_path):
    rows = many(12)
    rows[20][H["gender"]] = "Femal"
    path = write_csv(tmp_path / "bad.csv", rows)
    _, _, report = check(db, path)
    assert [(p.row, p.column) for p in report.problems] == [(22, "Gender")]
    assert report.problems[0].suggestion == "Female"
    assert "Problem: row 22, Gender: This is not an accepted value for Gender. Did you mean 'Female'?" in report.lines()
    with open_session(db) as s:
        before = dump(s)
    with pytest.raises(ci.ImportRefused) as refused:
        do_import(db, path)
    assert refused.value.report.problems and refused.value.exit_code == 4
    with open_session(db) as s:
        assert dump(s) == before


def test_every_kind_of_problem_is_reported(db, tmp_path):
    rows = many(4)
    rows[0][H["date_of_birth"]] = "31/02/1988"  # bad date
    rows[1][H["ethnicity"]] = "White Irish"  # unknown category
    rows[3][H["prison_number"]] = rows[0][H["prison_number"]]  # duplicate prison number
    rows[5][H["date_of_birth"]] = "1990-01-01"  # a child of 35 at the referral
    rows[6][H["family_key"]] = ""  # missing family key
    rows[7][INITIAL] = "7"  # score out of range
    rows[8][H["referral_date"]] = "01/01/2020"  # differs from the family's other rows
    path = write_csv(tmp_path / "bad.csv", rows)
    _, _, report = check(db, path)
    found = {(p.row, p.column): p for p in report.problems}
    assert "not a date" in found[(2, "Date of birth")].message
    assert found[(3, "Ethnicity")].suggestion == "White: Irish"
    assert "as row 2" in found[(5, "Prison number")].message
    assert rows[0][H["prison_number"]] not in found[(5, "Prison number")].message  # where, never what the cell holds
    assert "child aged 3" in found[(7, "Date of birth")].message
    assert "family key is missing" in found[(8, "Family key")].message
    assert "scores run from 1 to 5" in found[(9, INITIAL)].message
    assert "Differs from row 9" in found[(10, "Referral date")].message


def test_missing_columns_and_unreadable_files(db, tmp_path):
    path = write_csv(tmp_path / "few.csv", [{"Given name": "Arvel"}], ["Given name"])
    _, _, report = check(db, path)
    assert {p.column for p in report.problems} == {"Family key", "Relationship to the offender", "Family name",
                                                   "Referral date"}
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ci.CorruptFile):
        ci.read_table(tmp_path / "broken.xlsx")
    with pytest.raises(ci.InputRefused):
        ci.read_table(tmp_path / "notes.pdf")


# --- duplicates -----------------------------------------------------------------------------------


def test_duplicates_are_merged_or_skipped_never_doubled(db, tmp_path):
    do_import(db, write_csv(tmp_path / "first.csv", many(3)))
    again = family_rows(0, key="NEW-1")  # same prisoner (prison number), partner and child (name and birth)
    again[1][H["phone"]] = "07700 900999"
    again.append(again[0] | {H["relationship"]: "sibling", H["given_name"]: "Nell", H["prison_number"]: "",
                             H["date_of_birth"]: "1993-05-05", H["gender"]: "Female"})
    path = write_csv(tmp_path / "second.csv", again)
    _, _, report = check(db, path)
    assert report.ok and [(d.row, d.matched_on) for d in report.duplicates] == [
        (2, "prison number"), (3, "name and date of birth"), (4, "name and date of birth")]
    with open_session(db) as s:
        before = dump(s)
    with pytest.raises(ci.ImportRefused):
        do_import(db, path)  # undecided
    with pytest.raises(ci.ImportRefused):
        do_import(db, path, {2: "merge", 3: "merge"})  # row 4 undecided
    with open_session(db) as s:
        assert dump(s) == before
    _, result = do_import(db, path, {2: "merge", 3: "merge", 4: "skip"})
    assert (result.cases, result.people, result.merged, result.skipped, result.joined_cases) == (0, 1, 2, 1, 1)
    with open_session(db) as s:
        assert s.execute(select(func.count()).select_from(Person)).scalar() == before["people"] + 1
        partner = s.execute(select(Person).where(Person.phone == "07700 900999")).scalars().one()
        nell = s.execute(select(Person).where(Person.given_name == "Nell")).scalars().one()
        assert nell.case_id == partner.case_id  # the new sibling joined the family's existing case
        assert s.execute(select(func.count()).select_from(Case)).scalar() == 3
        fields = s.execute(select(Change.field).where(Change.record_id == partner.id, Change.field != "*")).scalars()
        assert set(fields) == {"phone"}  # only what changed reaches the log
    _, result = do_import(db, path, "skip")
    assert result.people == 0 and result.skipped == 4  # Nell is in the profile now too


# one person on two rows of a file is a problem, not two people (a repeated prison number was
# always caught; two rows with the same name and date of birth are caught too)

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


def test_an_unusual_prison_number_is_still_noted_without_a_date_of_birth(db, tmp_path: Path):
    """The new check sits beside the prison number checks and leaves them as they were."""
    rows = family_rows(0)
    rows[0] = rows[0] | {H["prison_number"]: "12345", H["date_of_birth"]: ""}
    _, _, report = check(db, write_csv(tmp_path / "odd-number.csv", rows))
    assert report.ok and [(w.row, w.column) for w in report.warnings] == [(2, "Prison number")]


# --- mapping ------------------------------------------------------------------------------------


def test_mapping_is_suggested_and_remembered(db, tmp_path):
    theirs = {"Family ID": H["family_key"], "Relation": H["relationship"], "Surname": H["family_name"],
              "Forename": H["given_name"], "Referred on": H["referral_date"], "Date of brith": H["date_of_birth"],
              "Gender": H["gender"]}
    rows = [{t: r.get(o, "") for t, o in theirs.items()} for r in many(2)]
    path = write_csv(tmp_path / "theirs.csv", rows, list(theirs))
    table = ci.read_table(path)
    with open_session(db) as s:
        cols = ci.template_columns(s)
        key = {c.heading: c.key for c in cols}
        exact = ci.suggest_mapping(table.headings, cols, similar=False)
        assert exact == {6: "gender"}
        similar = ci.suggest_mapping(table.headings, cols)
        assert similar[5] == "date_of_birth" and 2 not in similar
        chosen = {i: key[theirs[h]] for i, h in enumerate(table.headings)}
        ci.remember_mapping(s, table.headings, chosen)
        s.commit()
    with open_session(db) as s:
        assert ci.suggest_mapping(table.headings, ci.template_columns(s), ci.remembered_mapping(s)) == chosen
        _, mapping, report = ci.check_file(s, path, today=TODAY)
        assert mapping == chosen and report.ok and report.people == 6


# --- export round trip ------------------------------------------------------------------------------


def _figures(session, today):
    from fsw_desktop.services.supervision import summary

    stages = Counter(casework.stages(session, "all", today).values())
    scores = Counter(session.execute(select(Assessment.kind, Score.outcome, Score.score)
                                     .join(Score, Score.assessment_id == Assessment.id)).all())
    kids = session.execute(select(Person.date_of_birth, Person.gender, Person.ethnicity)
                           .where(Person.relationship == "child")).all()
    children = Counter((casework.age_band(d, today), g, e) for d, g, e in kids)
    sources = Counter(session.execute(select(Case.referral_source)).scalars())
    statuses = Counter(session.execute(select(Case.status)).scalars())
    people = Counter(session.execute(select(Case.ref, Person.given_name, Person.family_name, Person.date_of_birth,
                                            Person.relationship, Person.is_prisoner, Person.prison_number,
                                            Person.gender, Person.ethnicity, Person.supported_directly)
                                     .join(Case, Case.id == Person.case_id)).all())
    figures = summary.desk_summary(session, today)["figures"]
    # Not carried by the template (docs/import.md): failed attempts, applications, visits (so travel claims),
    # family days, audit.
    figures["first_contact"].pop("failed_attempts")
    for key in ("applications", "visits", "travel_claims", "family_days", "audit"):
        figures.pop(key)
    return {"stages": stages, "scores": scores, "children": children, "sources": sources, "statuses": statuses,
            "people": people, "summary": figures}


@pytest.mark.slow
def test_demo_exported_and_imported_gives_the_same_caseload_and_figures(demo_profile, make_profile, tmp_path):
    today = date.today()  # the demo template is built for today
    demo = TEMPLATES.open(demo_profile)
    try:
        with open_session(demo) as s:
            assert export.export_caseload(s, tmp_path / "caseload.xlsx") > 700
            export.export_caseload(s, tmp_path / "caseload.csv")
            s.commit()
            want = _figures(s, today)
    finally:
        demo.close()
    for name in ("caseload.xlsx", "caseload.csv"):
        empty = make_profile(name=name.replace(".", "-"))
        with open_session(empty) as s:
            table, mapping, report = ci.check_file(s, tmp_path / name, today=today)
        assert report.ok and report.duplicates == [] and report.families == 190, report.lines()[:5]
        ci.import_into(empty, table, mapping, today=today)
        with open_session(empty) as s:
            got = _figures(s, today)
            for key in want:
                assert got[key] == want[key], key
            export.export_caseload(s, tmp_path / f"again-{name}.csv")
    first = (tmp_path / "caseload.csv").read_text(encoding="utf-8-sig")
    assert (tmp_path / "again-caseload.xlsx.csv").read_text(encoding="utf-8-sig") == first


def test_the_round_trip_demo_has_no_one_on_two_rows(demo_profile, tmp_path: Path):
    """The demo export lists each person once (one row per person record), and no two of its
    people share a name and date of birth, so the export -> import round trip still checks clean."""
    demo = TEMPLATES.open(demo_profile)
    try:
        with open_session(demo) as s:
            export.export_caseload(s, tmp_path / "caseload.csv")
            _, _, report = ci.check_file(s, tmp_path / "caseload.csv", today=date.today())
    finally:
        demo.close()
    assert _same_person_problems(report) == []


# --- command line --------------------------------------------------------------------------------


def _run(profile_dir: Path, *args: str) -> int:
    return cli.main(["--profile", str(profile_dir), *args])


def test_cli_exit_codes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    d = tmp_path / "p"
    TEMPLATES.profile(d).close()  # a profile as ``fsw init`` makes one
    good = write_csv(tmp_path / "good.csv", many(3))
    rows = many(3)
    rows[4][H["referral_date"]] = "yesterday"
    bad = write_csv(tmp_path / "bad.csv", rows)
    capsys.readouterr()

    assert _run(d, "import", "caseload", str(bad), "--dry-run") == 4
    out, err = capsys.readouterr()
    assert "Problem: row 6, Referral date: This is not a date" in out and err.startswith("fsw: ")
    assert _run(d, "import", "caseload", str(bad)) == 4
    assert _run(d, "import", "caseload", str(good), "--dry-run") == 0
    assert "nothing was written" in capsys.readouterr().out
    assert _run(d, "cases", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []

    assert _run(d, "import", "caseload", str(good)) == 0
    assert "Imported 3 cases, 9 people" in capsys.readouterr().out
    assert _run(d, "import", "caseload", str(good)) == 4  # all already there: choose merge or skip
    assert "--duplicates" in capsys.readouterr().err
    assert _run(d, "import", "caseload", str(good), "--duplicates", "skip") == 0
    assert "9 skipped" in capsys.readouterr().out

    assert _run(d, "export", "caseload", "--out", str(tmp_path / "out.xlsx")) == 0
    assert _run(d, "export", "caseload", "--out", str(tmp_path / "out.pdf")) == 4
    assert _run(d, "template", "caseload", "--out", str(tmp_path / "t.csv")) == 0
    assert ci.read_table(tmp_path / "t.csv").headings == tpl.headings()
    assert _run(d, "import", "caseload", str(tmp_path / "missing.csv")) == 4


def test_cli_mapping_file_is_used_and_remembered(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    d = tmp_path / "p"
    TEMPLATES.profile(d).close()  # a profile as ``fsw init`` makes one
    renamed = {H["family_key"]: "Household", H["family_name"]: "Surname", H["referral_date"]: "Referred"}
    rows = [{renamed.get(k, k): v for k, v in r.items()} for r in many(2)]
    headings = [renamed.get(h, h) for h in tpl.headings()]
    path = write_csv(tmp_path / "theirs.csv", rows, headings)
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Household": "Family key", "Surname": "family_name", "Referred": "Referral date"}))
    capsys.readouterr()
    assert _run(d, "import", "caseload", str(path), "--dry-run") == 4  # no family key column yet
    assert _run(d, "import", "caseload", str(path), "--mapping", str(mapping)) == 0
    (tmp_path / "wrong.json").write_text(json.dumps({"Household": "Family kee"}))
    assert _run(d, "import", "caseload", str(path), "--dry-run", "--mapping", str(tmp_path / "wrong.json")) == 4
    assert "Did you mean 'Family key'?" in capsys.readouterr().err
    assert _run(d, "import", "caseload", str(path), "--dry-run") == 0  # remembered from the import


def test_the_report_never_repeats_what_a_cell_holds(db, tmp_path):
    """A column mapped wrongly puts names and addresses where a date belongs: the report says what is
    wrong and where, never the cell's text, since it is printed on a terminal and shown on screen."""
    rows = many(2)
    rows[1][H["date_of_birth"]] = "12 Refuge Road Leeds"
    rows[2][H["ethnicity"]] = "Zelda at the refuge"
    path = write_csv(tmp_path / "shifted.csv", rows)
    with open_session(db) as s:
        report = ci.dry_run(s, ci.read_table(path), ci.suggest_mapping(ci.read_table(path).headings,
                                                                       ci.template_columns(s)), TODAY)
    text = "\n".join(report.lines())
    assert "Problem: row" in text and "Refuge" not in text and "Zelda" not in text


# --- a file with no rows (issue 14, finding 7) -------------------------------------------------------


def _heading_only(tmp_path: Path) -> list[Path]:
    """The template as saved (CSV and .xlsx), and a CSV whose rows under the headings are all blank."""
    paths = []
    for name in ("empty.csv", "empty.xlsx"):
        tpl.save_template(tmp_path / name)
        paths.append(tmp_path / name)
    blank = write_csv(tmp_path / "blank-rows.csv", [{h: "" for h in tpl.headings()}] * 3 + [{H["given_name"]: " "}])
    return paths + [blank]


def test_a_file_with_only_the_headings_is_refused_as_empty_and_nothing_is_written(db, tmp_path):
    with open_session(db) as s:
        before = dump(s)
    for path in _heading_only(tmp_path):
        assert ci.read_table(path).headings == tpl.headings()  # the headings can still be read
        with pytest.raises(ci.ImportRefused, match="no rows to import"):
            check(db, path)  # the dry run
        table = ci.read_table(path)
        with open_session(db) as s:
            mapping = ci.suggest_mapping(table.headings, ci.template_columns(s))
        with pytest.raises(ci.ImportRefused, match="no rows to import"):
            ci.import_into(db, table, mapping, today=TODAY)  # the import itself, as the window calls it
    with open_session(db) as s:
        assert dump(s) == before


def test_rows_with_nothing_in_the_mapped_columns_are_not_an_import(db, tmp_path):
    headings = tpl.headings() + ["Notes from the old system"]
    path = write_csv(tmp_path / "unmapped.csv", [{"Notes from the old system": "only this"}] * 2, headings)
    _, _, report = check(db, path)
    assert not report.ok and report.rows == 0
    assert [p.line() for p in report.problems] == [
        "file: No row has anything in the columns being imported: check which of your columns match ours."]
    with open_session(db) as s:
        before = dump(s)
    with pytest.raises(ci.ImportRefused):
        do_import(db, path)
    with open_session(db) as s:
        assert dump(s) == before


def test_cli_refuses_a_file_with_only_the_headings(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    d = tmp_path / "p"
    TEMPLATES.profile(d).close()  # a profile as ``fsw init`` makes one
    database = TEMPLATES.open(d)
    with open_session(database) as s:
        before = dump(s)
        audit, changes = before[AuditEntry.__tablename__], before[Change.__tablename__]
    database.close()
    capsys.readouterr()
    for path in _heading_only(tmp_path):
        for extra in (["--dry-run"], []):
            assert _run(d, "import", "caseload", str(path), *extra) == 4
            out, err = capsys.readouterr()
            assert "no rows to import" in err and "Imported" not in out, (out, err)
    database = TEMPLATES.open(d)
    with open_session(database) as s:
        after = dump(s)
    database.close()
    assert after == before
    assert (after[AuditEntry.__tablename__], after[Change.__tablename__]) == (audit, changes)

"""Bring a caseload in from a spreadsheet: read, map columns, dry run, then all or nothing.

The flow is the same from the window and the command line:

1. ``read_table`` reads a CSV or .xlsx into headings and rows of cells;
2. ``suggest_mapping`` maps the file's headings to the template's columns (exact
   matches, the mapping the worker saved last time, and, for the window, close
   spellings); ``remember_mapping`` keeps the worker's choice in the profile;
3. ``dry_run`` checks every row and lists every problem with its row, column and,
   for a value not on a list, the nearest one (difflib), including one person on
   two rows (the same prison number, or the same name and date of birth); it also
   lists people already in the profile by the same two rules. Nothing is written;
4. ``import_table`` runs the dry run again inside the writing transaction and
   refuses (``ImportRefused``, nothing written) on any problem or any duplicate
   without a decision; otherwise it writes every family in one transaction.

People are checked by the same rules as a person typed in (``people._clean``).
New records are written with ``sync.bulk.bulk_insert``, which leaves exactly the
change history the ORM would, so imported records sync like any other; merged
people are updated through the ORM, so only fields that change reach the log.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping, Sequence

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import CorruptFile, InputRefused  # noqa: F401 - CorruptFile: callers catch ci.CorruptFile
from ...models.base import REF_ALPHABET, new_id
from ...models.cases import Assessment, Case, Contact, Goal, Need, Score
from ...models.meta import Setting
from ...models.people import Person
from ...sync.bulk import RefMaker, bulk_insert
from ..data_protection import audit
from ..desk import lists
from . import caseload_template as tpl
from .caseload_template import Col
from ..casework.people import PersonInput, changed_fields
from ..desk.dates import show_date
from ..casework.people import _clean as clean_person
from ..casework.referrals import prison_number_warning
from .spreadsheet import MAX_ROWS, read_csv_rows, read_xlsx_rows
from ..desk.vocab import NEED_NATURES, NEED_TERMS, PRISONER_RELATIONSHIP, SCORE_RANGE
from ...progress import Progress
from ..desk import settings
from ..desk.session import open_session
from ...words import QT_TRANSLATE_NOOP, tr
from ..desk import vocab
from ...words import as_stored

MAPPING_KEY = "import:caseload_mapping"
IMPORTED_CONTACT = QT_TRANSLATE_NOOP("", "Imported contact")
MERGE, SKIP = "merge", "skip"
CHILD_MAX_AGE = 18
CASE_REF = re.compile(rf"^C-[{REF_ALPHABET}]{{5,8}}$")
NO_ROWS = QT_TRANSLATE_NOOP("", "This file has no rows to import: there is nothing under the headings. Add one row "
                                "per person and try again. Nothing was imported.")
NOTHING_MAPPED = QT_TRANSLATE_NOOP(
    "", "No row has anything in the columns being imported: check which of your columns match ours.")


class ImportRefused(InputRefused):
    """The import was refused and nothing was written; ``report`` says why, row by row."""

    def __init__(self, message: str, report: "ImportReport | None" = None) -> None:  # not shown
        super().__init__(message)
        self.report = report


# --- reading a file -------------------------------------------------------------------------------


@dataclass
class Table:
    """A sheet as read: the heading row, then rows of raw cells (str, numbers, dates or None)."""

    headings: list[str]
    rows: list[list[Any]]
    name: str = ""


def read_table(path: Path) -> Table:
    """Read a .csv or .xlsx within the limits of ``spreadsheet`` (rows, columns, size).

    Refuses a file with no heading row here, before anything reaches the profile.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _table(read_xlsx_rows(path, "Caseload", MAX_ROWS), path.name)  # not shown
    if suffix in (".csv", ".txt"):
        return _table(read_csv_rows(path, MAX_ROWS), path.name)
    raise InputRefused(tr("Choose a .csv or .xlsx file."))


def _table(rows: list[list[Any]], name: str) -> Table:
    if not rows:
        raise InputRefused(tr("The file is empty: it needs a heading row, then one row per person."))
    if len(rows) > MAX_ROWS + 1:  # the readers stop sooner; a table built another way is held to it too
        raise InputRefused(tr("The file has more than {max_rows:,} rows; split it into smaller files.").format(
                              max_rows=MAX_ROWS))
    headings = [_text(h) for h in rows[0]]
    while headings and not headings[-1]:
        headings.pop()
    if not any(headings):
        raise InputRefused(tr("The first row must hold the column headings."))
    body = [list(r[: len(headings)]) + [None] * (len(headings) - len(r)) for r in rows[1:]]
    return Table(headings, body, name)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- column mapping --------------------------------------------------------------------------------


def _norm(heading: str) -> str:
    return " ".join(str(heading).replace("_", " ").casefold().split())


def template_columns(session: Session) -> tuple[Col, ...]:
    """The template's columns for this profile: score columns follow its own outcome list."""
    return tpl.columns(lists.outcome_names(session))


def remembered_mapping(session: Session) -> dict[str, str]:
    """Headings the worker mapped before (normalised) to our column keys."""
    row = session.get(Setting, MAPPING_KEY)
    return json.loads(row.value) if row is not None else {}


def remember_mapping(session: Session, headings: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Keep this file's headings with the columns chosen, added to what was remembered before."""
    known = remembered_mapping(session)
    for index, key in mapping.items():
        if 0 <= index < len(headings) and headings[index].strip():
            known[_norm(headings[index])] = key
    settings.put(session, MAPPING_KEY, known)
    session.flush()


def suggest_mapping(headings: Sequence[str], cols: Sequence[Col], remembered: Mapping[str, str] | None = None,
                    similar: bool = True) -> dict[int, str]:
    """Column index -> our key: exact heading (or key) first, then remembered, then a close spelling."""
    by_norm = {_norm(c.heading): c.key for c in cols}
    by_norm.update({_norm(c.key): c.key for c in cols})
    keys = {c.key for c in cols}
    out: dict[int, str] = {}
    used: set[str] = set()

    def take(i: int, key: str | None) -> None:
        if key and key in keys and key not in used and i not in out:
            out[i] = key
            used.add(key)

    for i, h in enumerate(headings):
        take(i, by_norm.get(_norm(h)))
    for i, h in enumerate(headings):
        take(i, (remembered or {}).get(_norm(h)))
    if similar:
        names = [_norm(c.heading) for c in cols]
        for i, h in enumerate(headings):
            if i in out or not h.strip():
                continue
            for match in difflib.get_close_matches(_norm(h), names, n=3, cutoff=0.75):
                key = by_norm[match]
                if key not in used:
                    take(i, key)
                    break
    return out


def read_mapping_file(path: Path, cols: Sequence[Col]) -> dict[str, str]:
    """A JSON object {"their heading": "our heading or key"} (for ``fsw import caseload --mapping``)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputRefused(tr("The mapping file must be JSON: {\"Your heading\": \"Our heading\", ...}.")) from exc
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise InputRefused(tr("The mapping file must be JSON: {\"Your heading\": \"Our heading\", ...}."))
    ours = {_norm(c.heading): c.key for c in cols} | {_norm(c.key): c.key for c in cols}
    out = {}
    for theirs, our in data.items():
        if not our.strip():
            continue
        if _norm(our) not in ours:
            near = difflib.get_close_matches(_norm(our), [_norm(c.heading) for c in cols], n=1)
            hint = tr(" Did you mean '{heading}'?").format(heading=_heading_of(cols, ours[near[0]])) if near else ""
            raise InputRefused(tr("The mapping file names a column the template does not have: '{our}'.{hint}").format(
                                  our=our, hint=hint))
        out[_norm(theirs)] = ours[_norm(our)]
    return out


def _heading_of(cols: Sequence[Col], key: str) -> str:
    return next((c.heading for c in cols if c.key == key), key)


def mapping_from_names(headings: Sequence[str], names: Mapping[str, str], cols: Sequence[Col]) -> dict[int, str]:
    """Apply a {normalised heading: key} mapping (from a file) over the exact matches."""
    out = suggest_mapping(headings, cols, similar=False)
    for i, h in enumerate(headings):
        key = names.get(_norm(h))
        if key:
            for j in [j for j, k in out.items() if k == key and j != i]:
                del out[j]
            out[i] = key
    return out


# --- the report ----------------------------------------------------------------------------------


@dataclass
class Problem:
    """One thing wrong with the file. ``row`` is the spreadsheet row (headings are row 1); 0: the file."""

    row: int
    column: str
    message: str
    suggestion: str = ""
    family_key: str = ""

    def line(self) -> str:
        where = tr("row {row}").format(row=self.row) if self.row else tr("file")
        column = f", {self.column}" if self.column else ""
        hint = tr(" Did you mean '{suggestion}'?").format(suggestion=self.suggestion) if self.suggestion else ""
        return f"{where}{column}: {self.message}{hint}"


@dataclass
class Duplicate:
    """A row whose person is already in the profile."""

    row: int
    family_key: str
    name: str
    matched_on: str  # "prison number" or "name and date of birth"
    existing_id: str
    existing_ref: str
    existing_name: str
    existing_case_id: str | None
    existing_case_ref: str

    def line(self) -> str:
        text = (tr("row {row}: already in the profile as {ref} in case {case_ref} (same {matched_on})")
                if self.existing_case_ref else tr("row {row}: already in the profile as {ref} (same {matched_on})"))
        return text.format(row=self.row, ref=self.existing_ref, case_ref=self.existing_case_ref,
                           matched_on=vocab.label(self.matched_on))


@dataclass
class _PersonRow:
    row: int
    values: dict[str, Any]  # PersonInput fields given in the file (blank cells left out)
    whole_family: bool
    scores: dict[tuple[str, str], list[int | None]]  # (point, outcome) -> scores (one per follow-up)
    name: str = ""
    clean: dict[str, Any] | None = None
    duplicate: Duplicate | None = None


@dataclass
class _Family:
    key: str
    first_row: int
    case: dict[str, Any] = field(default_factory=dict)
    case_rows: dict[str, int] = field(default_factory=dict)  # column key -> row it came from
    people: list[_PersonRow] = field(default_factory=list)


@dataclass
class ImportReport:
    """What a dry run found; ``ok`` when nothing stops the import."""

    rows: int = 0
    families: int = 0
    people: int = 0
    assessments: int = 0
    scores: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    mapped: dict[str, str] = field(default_factory=dict)  # their heading -> our heading
    families_data: list[_Family] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def undecided(self, decisions: Mapping[int, str]) -> list[Duplicate]:
        return [d for d in self.duplicates if decisions.get(d.row) not in (MERGE, SKIP)]

    def lines(self) -> list[str]:
        out = [tr("{rows} rows: {families} families, {people} people, {assessments} assessments, {scores} scores.").format(
            rows=self.rows, families=self.families, people=self.people, assessments=self.assessments,
            scores=self.scores)]
        if self.ignored_columns:
            out.append(tr("Columns ignored (not mapped): {columns}").format(columns=", ".join(self.ignored_columns)))
        out += [tr("Problem: {line}").format(line=p.line()) for p in self.problems]
        out += [tr("Note: {line}").format(line=w.line()) for w in self.warnings]
        out += [tr("Already in the profile: {line}").format(line=d.line()) for d in self.duplicates]
        return out


@dataclass
class ImportResult:
    cases: int = 0
    people: int = 0
    merged: int = 0
    skipped: int = 0
    assessments: int = 0
    needs: int = 0
    scores: int = 0
    goals: int = 0
    contacts: int = 0
    joined_cases: int = 0

    def line(self) -> str:
        return tr("Imported {cases} cases, {people} people ({merged} merged, {skipped} skipped), {assessments} "
                  "assessments, {scores} scores, {goals} goals.").format(
            cases=self.cases, people=self.people, merged=self.merged, skipped=self.skipped,
            assessments=self.assessments, scores=self.scores, goals=self.goals)


# --- reading cells ------------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, message: str, suggestion: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y",
                 "%d-%b-%Y", "%d %b %y", "%Y/%m/%d")
_TRUE = {"yes", "y", "true", "1", "x", "ticked"}
_FALSE = {"no", "n", "false", "0", ""}


def parse_date(raw: Any) -> date | None:
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = _text(raw)
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]00:00(:00)?", text):
        text = text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise _Bad(tr("This is not a date. Write it like 2026-03-02 or 02/03/2026."))


def parse_bool(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False if text else None
    raise _Bad(tr("This is not yes or no."))


def parse_int(raw: Any) -> int | None:
    text = _text(raw)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise _Bad(tr("This is not a whole number.")) from None
    if not number.is_integer():
        raise _Bad(tr("This is not a whole number."))
    return int(number)


def nearest(value: str, allowed: Sequence[str]) -> str:
    """The closest accepted value, by spelling (difflib), or ''."""
    by_fold = {a.casefold(): a for a in allowed if a}
    match = difflib.get_close_matches(value.casefold(), list(by_fold), n=1, cutoff=0.5)
    if match:
        return by_fold[match[0]]
    starts = [a for a in allowed if a and a.casefold().startswith(value.casefold()[:3])]
    return starts[0] if starts else ""


def parse_choice(raw: Any, allowed: Sequence[str], what: str) -> str:
    text = _text(raw)
    if not text:
        return ""
    for a in allowed:
        if a.casefold() == text.casefold():
            return a
    raise _Bad(tr("This is not an accepted value for {what}.").format(what=what), nearest(text, allowed))


def parse_needs(raw: Any, allowed: Sequence[str]) -> list[tuple[str, str, str]]:
    """'Housing; Parenting (emotional, long)' -> [(area, nature, term)]."""
    out = []
    for item in _text(raw).split(tpl.LIST_SEPARATOR):
        item = item.strip()
        if not item:
            continue
        nature, term = "practical", "short"
        m = re.fullmatch(r"(.*?)\s*\(([^)]*)\)", item)
        if m:
            item = m.group(1).strip()
            for word in (w.strip().casefold() for w in m.group(2).split(",")):
                if word in NEED_NATURES:
                    nature = word
                elif word in NEED_TERMS or word in ("short term", "long term"):
                    term = word.split()[0]
                elif word:
                    raise _Bad(tr("'{word}' is neither a need's nature ({need_natures}) nor its term "
                               "({need_terms}).").format(
                        word=word, need_natures=', '.join(NEED_NATURES), need_terms=', '.join(NEED_TERMS)))
        out.append((parse_choice(item, allowed, tr("a need")), nature, term))
    return out


def split_follow_ups(raw: Any) -> list[str]:
    text = _text(raw)
    if not text:
        return []
    parts = [p.strip() for p in text.split(tpl.FOLLOW_UP_SEPARATOR)]
    while parts and not parts[-1]:
        parts.pop()
    return parts


def parse_goals(raw: Any, statuses: Sequence[str]) -> list[tuple[str, str]]:
    out = []
    for line in _text(raw).splitlines():
        line = line.strip()
        if not line:
            continue
        status = "open"
        m = re.fullmatch(r"(.*?)\s*\[([^\]]*)\]", line)
        if m:
            line = m.group(1).strip()
            status = parse_choice(m.group(2), statuses, tr("a goal's status")) or "open"
        if line:
            out.append((line, status))
    return out


def parse_score(raw: Any) -> int | None:
    text = _text(raw)
    if not text:
        return None
    lo, hi = SCORE_RANGE
    try:
        value = float(text)
    except ValueError:
        raise _Bad(tr("This is not a score: scores run from {lo} to {hi}.").format(lo=lo, hi=hi)) from None
    if not value.is_integer() or not lo <= value <= hi:
        raise _Bad(tr("This is not a score: scores run from {lo} to {hi}.").format(lo=lo, hi=hi))
    return int(value)


# --- the dry run ----------------------------------------------------------------------------------


def dry_run(session: Session, table: Table, mapping: Mapping[int, str], today: date | None = None,
            decisions: Mapping[int, str] | None = None) -> ImportReport:
    """Check every row; nothing is written. ``decisions`` (row -> merge/skip) checks the merges too.

    A file with nothing under its headings is refused outright (``ImportRefused``), before the
    columns are looked at: "0 problems" would invite an import of nothing, which used to leave
    an audit entry and a remembered mapping behind. ``import_table`` runs this first, so an
    empty file is refused the same way in a dry run, an import, the window and the CLI.
    """
    today = today or date.today()
    if not any(_text(v) for row in table.rows for v in row):
        raise ImportRefused(tr(NO_ROWS))
    cols = template_columns(session)
    by_key = {c.key: c for c in cols}
    report = ImportReport()
    problem = report.problems.append

    # columns
    seen: dict[str, int] = {}
    for index, key in sorted(mapping.items()):
        if key not in by_key or index >= len(table.headings):
            continue
        if key in seen:
            problem(Problem(0, by_key[key].heading, tr("Two of the file's columns ('{headings}' and "
                                                    "'{headings2}') are mapped to this column.").format(
                headings=table.headings[seen[key]], headings2=table.headings[index])))
        seen[key] = index
        report.mapped[table.headings[index]] = by_key[key].heading
    report.ignored_columns = [h for i, h in enumerate(table.headings) if h and i not in mapping]
    for key in ("family_key", "relationship", "family_name", "referral_date"):
        if key not in seen:
            problem(Problem(0, by_key[key].heading, tr("The file has no column for this, and it is needed. Map one of "
                                                    "the file's columns to it.")))
    if report.problems:
        return report
    used = [(index, by_key[key]) for key, index in seen.items()]

    sources = lists.referral_sources(session)
    families: dict[str, _Family] = {}
    prison_numbers: dict[str, int] = {}
    named: dict[tuple[str, str, date], int] = {}  # (given, family, date of birth) -> first row
    for n, cells in enumerate(table.rows):
        row = n + 2
        raw = {col.key: cells[index] for index, col in used}
        if not any(_text(v) for v in raw.values()):
            continue
        report.rows += 1
        key = _text(raw.get("family_key"))
        if not key:
            problem(Problem(row, by_key["family_key"].heading, tr("The family key is missing: every row needs one, "
                                                               "the same on every row of a family.")))
            continue
        fam = families.setdefault(key.casefold(), _Family(key, row))
        person = _read_row(row, raw, by_key, fam, sources, report)
        if person is None:
            continue
        fam.people.append(person)
        number = person.values.get("prison_number", "")
        number_row = 0
        if number:
            if number in prison_numbers:
                number_row = prison_numbers[number]
                problem(Problem(row, by_key["prison_number"].heading,
                                tr("The same prison number as row {number_row}: "
                                "the same person twice, or a typing slip.").format(
                                    number_row=number_row), family_key=key))
            else:
                prison_numbers[number] = row
            warning = prison_number_warning(number)
            if warning:
                report.warnings.append(Problem(row, by_key["prison_number"].heading, warning.split(". ")[0] + ".",
                                               family_key=key))
        same = _name_and_birth(person)
        if same is not None:
            if same in named and named[same] != number_row:  # one problem for one pair of rows
                problem(Problem(row, by_key["date_of_birth"].heading,
                                tr("The same given name, family name and date of birth as row {named}: "
                                "the same person twice, or a typing slip. Keep one row per person.").format(
                                    named=named[same]),
                                family_key=key))
            named.setdefault(same, row)

    if not report.rows:  # rows with something only in columns left out of the mapping
        problem(Problem(0, "", tr(NOTHING_MAPPED)))
    for fam in families.values():
        _check_family(fam, by_key, today, report)
    report.families_data = list(families.values())
    report.families = len(families)
    _find_duplicates(session, report)
    if decisions is not None:
        _check_merges(session, report, decisions, today)
    return report


def _name_and_birth(person: _PersonRow) -> tuple[str, str, date] | None:
    """What makes two rows of one file the same person when there is no prison number to go by.

    The same rule as for people already in the profile (``_find_duplicates``): given name,
    family name (case and spacing ignored) and date of birth. A file holds one row per person,
    so two rows alike in all three would make two records of one person; the whole-family
    score rows are not people, and a row without a date of birth cannot be told apart.
    """
    dob = person.values.get("date_of_birth")
    if person.whole_family or not isinstance(dob, date):
        return None

    def fold(key: str) -> str:
        return " ".join(str(person.values.get(key) or "").split()).casefold()

    return fold("given_name"), fold("family_name"), dob


def _read_row(row: int, raw: dict[str, Any], by_key: dict[str, Col], fam: _Family, sources: Sequence[str],
              report: ImportReport) -> _PersonRow | None:
    problems_before = len(report.problems)

    def bad(col: Col, exc: _Bad) -> None:
        report.problems.append(Problem(row, col.heading, exc.message, exc.suggestion, fam.key))

    values: dict[str, Any] = {}
    scores: dict[tuple[str, str], list[int | None]] = {}
    for key, cell in raw.items():
        col = by_key[key]
        if key == "family_key" or not _text(cell) and not isinstance(cell, (date, bool)):
            continue
        try:
            if col.level == "score":
                parts = split_follow_ups(cell) if col.point == "follow-up" else [_text(cell)]
                if col.point != "follow-up" and tpl.FOLLOW_UP_SEPARATOR in _text(cell):
                    raise _Bad(tr("Only a follow-up score may hold several scores separated by "
                               "'{follow_up_separator}'.").format(follow_up_separator=tpl.FOLLOW_UP_SEPARATOR))
                found = [parse_score(p) for p in parts]
                if any(s is not None for s in found):
                    scores[(col.point, col.outcome)] = found
                continue
            value = _cell_value(col, cell, sources)
        except _Bad as exc:
            bad(col, exc)
            continue
        if col.level == "case":
            if key not in fam.case:
                fam.case[key] = value
                fam.case_rows[key] = row
            elif fam.case[key] != value:
                report.problems.append(Problem(
                    row, col.heading, tr("Differs from row {case_rows} of the same family "
                                      "(family key '{key}'): a family's details must agree on every row.").format(
                        case_rows=fam.case_rows[key], key=fam.key),
                    family_key=fam.key))
        else:
            values[key] = value

    relationship = values.pop("relationship", "")
    if not relationship:
        report.problems.append(Problem(row, by_key["relationship"].heading, tr("The relationship to the offender is "
                                                                           "missing."), family_key=fam.key))
        return None
    whole = relationship == tpl.WHOLE_FAMILY
    if relationship == tpl.PRISONER:
        values["is_prisoner"], values["relationship"] = True, PRISONER_RELATIONSHIP
    elif not whole:
        values["is_prisoner"], values["relationship"] = False, relationship
    if "prison_number" in values:
        values["prison_number"] = str(values["prison_number"]).strip().upper()
    name = f"{values.get('given_name', '')} {values.get('family_name', '')}".strip()
    person = _PersonRow(row, values, whole, scores, name)
    if whole:
        report.scores += sum(sum(s is not None for s in v) for v in scores.values())
        return person
    if len(report.problems) == problems_before:
        try:
            clean = clean_person(PersonInput(**values), date.max, None)
        except InputRefused as exc:
            no_family_name = exc.message == tr("A family name is needed.")
            column = by_key["family_name" if no_family_name else "relationship"].heading
            report.problems.append(Problem(row, column, exc.message, family_key=fam.key))
            return person
        person.clean = clean
    report.people += 1
    report.scores += sum(sum(s is not None for s in v) for v in scores.values())
    return person


def _cell_value(col: Col, cell: Any, sources: Sequence[str]) -> Any:
    if col.kind == "text":
        return _text(cell)
    if col.kind == "date":
        return parse_date(cell)
    if col.kind == "bool":
        return parse_bool(cell)
    if col.kind == "int":
        return parse_int(cell)
    if col.kind == "choice":
        allowed = sources if col.key == "referral_source" else col.values()
        return parse_choice(cell, allowed, col.heading)
    if col.kind == "needs":
        if col.key == "follow_up_needs":
            return tuple(tuple(parse_needs(part, col.values())) for part in split_follow_ups(cell))
        return tuple(parse_needs(cell, col.values()))
    if col.kind == "dates":
        return tuple(parse_date(part) for part in split_follow_ups(cell))
    if col.kind == "goals":
        return tuple(parse_goals(cell, col.values()))
    raise AssertionError(col.kind)  # pragma: no cover


def _check_family(fam: _Family, by_key: dict[str, Col], today: date, report: ImportReport) -> None:
    c = fam.case
    problem = report.problems.append

    def at(key: str, message: str) -> None:
        problem(Problem(fam.case_rows.get(key, fam.first_row), by_key[key].heading, message, family_key=fam.key))

    referral = c.get("referral_date")
    if referral is None:
        at("referral_date", tr("Family '{key}' has no referral date.").format(key=fam.key))
    elif referral > today:
        at("referral_date", tr("The referral date is in the future."))

    def in_range(key: str, on: date | None, what: str) -> None:
        if on is None:
            return
        if on > today:
            at(key, tr("The {what} is in the future.").format(what=what))
        elif referral is not None and on < referral:
            at(key, tr("The {what} ({on}) is before the referral ({referral}).").format(
                       what=what, on=show_date(on), referral=show_date(referral)))

    status = c.get("status") or "open"
    closed_on = c.get("closed_on")
    if status == "open" and closed_on is not None:
        at("closed_on", tr("An open case has no closing date: set Case status to closed, or clear the date."))
    if status != "open":
        if closed_on is None:
            at("status" if "status" in fam.case_rows else "referral_date",
               tr("A {status} case needs its closing date.").format(status=status))
        if not c.get("closure_reason"):
            at("status" if "status" in fam.case_rows else "referral_date", tr("A {status} case needs its closure "
                                                                            "reason.").format(status=status))
    elif c.get("closure_reason"):
        at("closure_reason", tr("An open case has no closure reason."))
    in_range("closed_on", closed_on, tr("closing date"))

    initial = c.get("initial_on")
    follow_ups = list(c.get("follow_up_on") or ())
    final = c.get("final_on")
    in_range("initial_on", initial, tr("initial assessment date"))
    for on in follow_ups:
        if on is None:
            at("follow_up_on", tr("A follow-up date is empty between two '|'."))
        in_range("follow_up_on", on, tr("follow-up assessment date"))
    in_range("final_on", final, tr("final assessment date"))
    if (follow_ups or final) and initial is None:
        at("follow_up_on" if follow_ups else "final_on", tr("A follow-up or final assessment needs the initial "
                                                         "assessment's date first."))
    if initial is not None:
        for key, on in [("follow_up_on", d) for d in follow_ups if d] + [("final_on", final)]:
            if on is not None and on < initial:
                at(key, tr("This assessment ({on}) is before the initial assessment ({initial}).").format(
                           on=show_date(on), initial=show_date(initial)))
    if c.get("initial_needs") and initial is None:
        at("initial_needs", tr("Needs found at the initial assessment need its date."))
    if c.get("final_needs") and final is None:
        at("final_needs", tr("Needs found at the final assessment need its date."))
    if len(c.get("follow_up_needs") or ()) > len(follow_ups):
        at("follow_up_needs", tr("Needs are given for {count} follow-ups but there are "
                              "{count2} follow-up dates.").format(
            count=len(c['follow_up_needs']), count2=len(follow_ups)))
    first, last = c.get("first_contact"), c.get("last_contact")
    in_range("first_contact", first, tr("first contact date"))
    in_range("last_contact", last, tr("last contact date"))
    if first and last and last < first:
        at("last_contact", tr("The last contact is before the first contact."))
    if c.get("goals") and initial is None:
        at("goals", tr("A support plan starts from the initial assessment: give its date."))

    report.assessments += (initial is not None) + len(follow_ups) + (final is not None)
    dates = {"initial": 1 if initial else 0, "follow-up": len(follow_ups), "final": 1 if final else 0}
    whole_seen: dict[tuple[str, str], int] = {}
    for person in fam.people:
        for (point, outcome), found in person.scores.items():
            heading = tpl.score_heading(dict(tpl.POINTS)[point], outcome)
            if len(found) > max(dates[point], 1) or not dates[point]:
                what = (tr("follow-up dates") if point == "follow-up" else
                        tr("a {point} assessment date").format(point=vocab.label(point)))
                problem(Problem(person.row, heading, tr("Scores are given for {count} {point} assessment(s), but "
                                                     "the family has {value} {what}.").format(
                    count=len(found), point=point, value=dates[point] or 'no', what=what),
                                family_key=fam.key))
            if person.whole_family:
                if (point, outcome) in whole_seen:
                    problem(Problem(person.row, heading, tr("Scored for the whole family on row "
                                                         "{whole_seen} as well.").format(
                        whole_seen=whole_seen[point, outcome]), family_key=fam.key))
                whole_seen[(point, outcome)] = person.row
        dob = person.values.get("date_of_birth")
        if dob is not None and dob > today:
            problem(Problem(person.row, by_key["date_of_birth"].heading, tr("The date of birth is in the future."),
                            family_key=fam.key))
        if person.values.get("relationship") == "child" and dob is not None and referral is not None:
            age = relativedelta(referral, dob).years
            if age > CHILD_MAX_AGE:
                problem(Problem(person.row, by_key["date_of_birth"].heading,
                                tr("A child aged {age} at the referral: children are {child_max_age} or under. Check the "
                                "date of birth, or record an adult son or daughter as 'other'.").format(
                                    age=age, child_max_age=CHILD_MAX_AGE), family_key=fam.key))


def _find_duplicates(session: Session, report: ImportReport) -> None:
    rows = [(fam, p) for fam in report.families_data for p in fam.people if not p.whole_family]
    numbers = {p.values.get("prison_number") for _, p in rows} - {"", None}
    births = {p.values.get("date_of_birth") for _, p in rows} - {None}
    live = Person.live()
    found = select(Person.id, Person.ref, Person.given_name, Person.family_name, Person.prison_number,
                   Person.date_of_birth, Person.case_id, Case.ref.label("case_ref"), Case.deleted.label("case_gone")) \
        .outerjoin(Case, Case.id == Person.case_id).order_by(Person.ref)
    by_number: dict[str, Any] = {}
    for chunk in _chunks(sorted(numbers)):
        for r in session.execute(found.where(live, Person.prison_number.in_(chunk))):
            by_number.setdefault(r.prison_number, r)
    by_name: dict[tuple[str, str, date], Any] = {}
    for chunk in _chunks(sorted(births)):
        for r in session.execute(found.where(live, Person.date_of_birth.in_(chunk))):
            by_name.setdefault((r.given_name.casefold().strip(), r.family_name.casefold().strip(), r.date_of_birth), r)
    for fam, p in rows:
        hit, how = None, ""
        number = p.values.get("prison_number")
        if number and number in by_number:
            hit, how = by_number[number], QT_TRANSLATE_NOOP("", "prison number")
        dob = p.values.get("date_of_birth")
        if hit is None and dob is not None:
            key = (str(p.values.get("given_name", "")).casefold().strip(),
                   str(p.values.get("family_name", "")).casefold().strip(), dob)
            if key in by_name:
                hit, how = by_name[key], QT_TRANSLATE_NOOP("", "name and date of birth")
        if hit is None:
            continue
        case_id = hit.case_id if hit.case_id and not hit.case_gone else None
        p.duplicate = Duplicate(p.row, fam.key, p.name, how, hit.id, hit.ref,
                                f"{hit.given_name} {hit.family_name}".strip(), case_id,
                                hit.case_ref if case_id else "")
        report.duplicates.append(p.duplicate)


def _chunks(items: list[Any], size: int = 500) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _target_case(fam: _Family, decisions: Mapping[int, str]) -> tuple[str | None, set[str]]:
    cases = {p.duplicate.existing_case_id for p in fam.people
             if p.duplicate and decisions.get(p.row) == MERGE and p.duplicate.existing_case_id}
    return (next(iter(cases)) if len(cases) == 1 else None), cases


def _check_merges(session: Session, report: ImportReport, decisions: Mapping[int, str], today: date) -> None:
    for fam in report.families_data:
        target, cases = _target_case(fam, decisions)
        if len(cases) > 1:
            refs = sorted(p.duplicate.existing_case_ref for p in fam.people
                          if p.duplicate and decisions.get(p.row) == MERGE and p.duplicate.existing_case_id)
            report.problems.append(Problem(fam.first_row, "", tr("Family '{key}' would merge into two cases already "
                                                              "in the profile ({refs}): skip one of them.").format(
                key=fam.key, refs=', '.join(refs)),
                                           family_key=fam.key))
        elif target is not None:
            ref = next(p.duplicate.existing_case_ref for p in fam.people
                       if p.duplicate and p.duplicate.existing_case_id == target)
            report.warnings.append(Problem(fam.first_row, "", tr("Family '{key}' joins case {ref}, already in the "
                                                              "profile: that case keeps its own details, assessments, "
                                                              "scores, goals and contacts; the file's are left out.").format(
                key=fam.key, ref=ref),
                                           family_key=fam.key))
        for p in fam.people:
            if p.duplicate is None or decisions.get(p.row) != MERGE or p.clean is None:
                continue
            existing = session.get(Person, p.duplicate.existing_id)
            merged = PersonInput.from_person(existing)
            for key, value in p.values.items():
                setattr(merged, key, value)
            try:
                clean_person(merged, today, existing)
            except InputRefused as exc:
                report.problems.append(Problem(p.row, "", tr("Merging with {existing_ref}: {message}").format(
                                                             existing_ref=p.duplicate.existing_ref, message=exc.message),
                                               family_key=fam.key))


# --- writing -------------------------------------------------------------------------------------


def import_table(session: Session, table: Table, mapping: Mapping[int, str], decisions: Mapping[int, str] | str = (),
                 today: date | None = None, progress: Progress | None = None) -> tuple[ImportReport, ImportResult]:
    """Check again, then write every family in the session's transaction; the caller commits.

    ``decisions`` maps a duplicate's row to "merge" or "skip", or is one of those for all.
    Raises ``ImportRefused`` (nothing written) on any problem or undecided duplicate.
    """
    today = today or date.today()
    progress = progress or (lambda _p, _m: None)
    progress(2, tr("Checking every row"))
    first = dry_run(session, table, mapping, today)
    if isinstance(decisions, str):
        decisions = {d.row: decisions for d in first.duplicates}
    decisions = dict(decisions or {})
    report = dry_run(session, table, mapping, today, decisions)
    if not report.ok:
        raise ImportRefused(tr("The file has {count} problem(s); nothing was imported. Run the dry run "
                            "to see them, put them right and try again.").format(count=len(report.problems)), report)
    undecided = report.undecided(decisions)
    if undecided:
        raise ImportRefused(tr("{count} people in the file are already in the profile. Choose merge or skip "
                            "for each; nothing was imported.").format(count=len(undecided)), report)
    result = _write(session, report, decisions, today, progress)
    audit.record(session, "records imported", "cases", None,
                 f"caseload import: {result.cases} cases, {result.people} people, {result.merged} merged, "
                 f"{result.skipped} skipped, {result.scores} scores")
    session.flush()
    progress(100, tr("Imported"))
    return report, result


def _write(session: Session, report: ImportReport, decisions: Mapping[int, str], today: date,
           progress: Progress) -> ImportResult:
    result = ImportResult()
    rows: dict[type, list[dict[str, Any]]] = {m: [] for m in (Case, Person, Assessment, Need, Score, Goal, Contact)}
    taken = set(session.execute(select(Case.ref)).scalars())
    refs = RefMaker(session)
    merges: list[tuple[_PersonRow, str | None]] = []
    total = max(1, len(report.families_data))
    for n, fam in enumerate(report.families_data):
        if n % 25 == 0:
            progress(5 + 55 * n // total, tr("Preparing families"))
        target, _ = _target_case(fam, decisions)
        kept = [p for p in fam.people if not (p.duplicate and decisions.get(p.row) == SKIP)]
        result.skipped += len(fam.people) - len(kept)
        if not kept and fam.people:
            continue
        if target is not None:
            case_id = target
            result.joined_cases += 1
        else:
            case_id = new_id()
            c = fam.case
            ref = fam.key if CASE_REF.match(fam.key) and fam.key not in taken else ""
            while not ref or ref in taken:
                ref = refs.new(Case)
            taken.add(ref)
            prisoner = next((p for p in kept if p.values.get("is_prisoner")), None)
            named = prisoner or next((p for p in kept if p.values.get("family_name")), None)
            label = c.get("family_label") or (f"{named.values['family_name']} family" if named else fam.key)
            status = c.get("status") or "open"
            rows[Case].append(dict(
                id=case_id, ref=ref, family_label=label, status=status, referral_date=c["referral_date"],
                referral_source=c.get("referral_source") or "Not recorded",
                referrer_name=c.get("referrer_name", ""), referrer_contact=c.get("referrer_contact", ""),
                referral_reasons=c.get("referral_reasons", ""), risk_info=c.get("risk_info", ""),
                consent_status=c.get("consent_status") or "not asked",
                lead_professional=c.get("lead_professional", ""), caf_taf=bool(c.get("caf_taf")),
                closed_on=c.get("closed_on") if status != "open" else None,
                closure_reason=c.get("closure_reason", "") if status != "open" else "",
                closure_planned=c.get("closure_planned") if status != "open" else None,
            ))
            result.cases += 1
        person_ids: dict[int, str | None] = {}
        for p in kept:
            if p.whole_family:
                person_ids[p.row] = None
            elif p.duplicate and decisions.get(p.row) == MERGE:
                merges.append((p, case_id))
                person_ids[p.row] = p.duplicate.existing_id
                result.merged += 1
            else:
                values = dict(p.clean or {})
                values.update(id=new_id(), case_id=case_id)
                rows[Person].append(values)
                person_ids[p.row] = values["id"]
                result.people += 1
        if target is not None:
            continue  # the case already there keeps its own assessments, goals and contacts
        _casework_rows(fam, case_id, kept, person_ids, rows, result)

    order = (Case, Person, Assessment, Need, Score, Goal, Contact)
    for n, model in enumerate(order):
        progress(60 + 30 * n // len(order), tr("Writing"))
        bulk_insert(session, model, rows[model], refs=refs)
    progress(92, tr("Merging people already in the profile"))
    for p, case_id in merges:
        person = session.get(Person, p.duplicate.existing_id)
        merged = PersonInput.from_person(person)
        for key, value in p.values.items():
            setattr(merged, key, value)
        values = clean_person(merged, today, person)
        if person.case_id is None or p.duplicate.existing_case_id is None:
            values["case_id"] = case_id
        changed = changed_fields(person, values)
        if changed:
            session.flush()
            audit.record(session, "record changed", "people", person.id, "merged from a caseload import")
    session.flush()
    return result


def _casework_rows(fam: _Family, case_id: str, kept: list[_PersonRow], person_ids: dict[int, str | None],
                   rows: dict[type, list[dict[str, Any]]], result: ImportResult) -> None:
    c = fam.case
    points: list[tuple[str, date, int, tuple]] = []
    if c.get("initial_on"):
        points.append(("initial", c["initial_on"], 0, tuple(c.get("initial_needs") or ())))
    follow_needs = list(c.get("follow_up_needs") or ())
    for i, on in enumerate(c.get("follow_up_on") or ()):
        points.append(("follow-up", on, i, tuple(follow_needs[i]) if i < len(follow_needs) else ()))
    if c.get("final_on"):
        points.append(("final", c["final_on"], 0, tuple(c.get("final_needs") or ())))
    for kind, on, index, needs in points:
        assessment_id = new_id()
        rows[Assessment].append(dict(id=assessment_id, case_id=case_id, kind=kind, on=on, notes=""))
        result.assessments += 1
        for area, nature, term in needs:
            rows[Need].append(dict(assessment_id=assessment_id, area=area, nature=nature, term=term))
            result.needs += 1
        for p in kept:
            if p.row not in person_ids:
                continue
            for (point, outcome), found in p.scores.items():
                if point != kind or index >= len(found) or found[index] is None:
                    continue
                rows[Score].append(dict(assessment_id=assessment_id, person_id=person_ids[p.row], outcome=outcome,
                                        score=found[index]))
                result.scores += 1
    for text, status in c.get("goals") or ():
        rows[Goal].append(dict(case_id=case_id, text=text, status=status, agreed_on=c.get("initial_on")))
        result.goals += 1
    contact_dates = [d for d in (c.get("first_contact"), c.get("last_contact")) if d]
    with as_stored():  # a contact's note is the worker's record: kept in English, as written
        notes = {"first": tr("The first contact, brought in from a spreadsheet; details were not recorded there."),
                 "last": tr("The last contact, brought in from a spreadsheet; details were not recorded there.")}
    for on in sorted(set(contact_dates)):
        which = "first" if on == min(contact_dates) else "last"
        rows[Contact].append(dict(case_id=case_id, on=on, kind=IMPORTED_CONTACT, successful=True, minutes=0,
                                  present="", goal_ids="", intervention="", note=notes[which]))
        result.contacts += 1


# --- the whole thing, for the command line and the window -----------------------------------------


def check_file(session: Session, path: Path, mapping: Mapping[str, str] | None = None,
               today: date | None = None) -> tuple[Table, dict[int, str], ImportReport]:
    """Read and dry-run a file with exact, remembered and given (``mapping``) headings; nothing written."""
    table = read_table(path)
    cols = template_columns(session)
    names = dict(remembered_mapping(session))
    names.update(mapping or {})
    index = mapping_from_names(table.headings, names, cols)
    return table, index, dry_run(session, table, index, today)


def import_into(database: Any, table: Table, mapping: Mapping[int, str], decisions: Mapping[int, str] | str = (),
                today: date | None = None, progress: Progress | None = None, worker: bool = False,
                remember: bool = True) -> tuple[ImportReport, ImportResult]:
    """Open a session, import, commit; on any failure roll back so nothing is written."""
    session = open_session(database, worker=worker)
    try:
        report, result = import_table(session, table, mapping, decisions, today, progress)
        if remember:
            remember_mapping(session, table.headings, mapping)
        session.commit()
        return report, result
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

"""The caseload spreadsheet: one row per person, the columns, and how each cell is written.

Import (``caseload_import``), export (``caseload_export``), the saved template and
``docs/import.md`` all read the column list from here, so they cannot disagree.
Accepted values come from ``vocab`` (and, for referral sources and outcomes, the
profile's own edited lists), never from a copy.

Cells that hold several values:

- a list (needs) is separated by ``;``: ``Housing; Parenting (emotional, long)``;
- goals are one per line in the cell, each optionally ending with its status in
  brackets: ``Regular contact with dad [achieved]``;
- follow-up assessments are separated by ``|`` in the same order as the follow-up
  dates: dates ``2025-01-10 | 2025-04-12``, a score ``2 | 3``, needs ``Housing | Parenting``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..desk import files, vocab
from ..casework.plans import GOAL_STATUSES
from .spreadsheet import safe_cell
from ...errors import InputRefused
from ...words import tr

PRISONER = "prisoner"  # the relationship cell of the offender's own row
WHOLE_FAMILY = "whole family"  # a row that carries scores for the family as a whole, or a case with no people
RELATIONSHIP_VALUES: tuple[str, ...] = (PRISONER,) + vocab.RELATIONSHIPS + (WHOLE_FAMILY,)
YES_NO: tuple[str, ...] = ("yes", "no")
TOLD_WHERE_PARENT: tuple[str, ...] = ("yes", "partly", "no", "unknown", "not known")
POINTS: tuple[tuple[str, str], ...] = (("initial", "Initial"), ("follow-up", "Follow-up"), ("final", "Final"))
FOLLOW_UP_SEPARATOR = "|"
LIST_SEPARATOR = ";"
EXTENSIONS = (".csv", ".xlsx")


@dataclass(frozen=True)
class Col:
    """One column of the template.

    ``level`` is "case" (the same on every row of a family: the first filled cell
    counts, a different one is a problem), "person" or "score". ``kind`` says how
    the cell is read: text, date, bool, int, choice, needs, dates (follow-ups),
    goals or score.
    """

    key: str
    heading: str
    level: str
    kind: str
    help: str
    values: Callable[[], Sequence[str]] | None = None
    required: bool = False
    outcome: str = ""
    point: str = ""


def _v(values: Sequence[str]) -> Callable[[], Sequence[str]]:
    return lambda: tuple(values)


CASE_COLUMNS: tuple[Col, ...] = (
    Col("family_key", "Family key", "case", "text",
        "Any text that is the same on every row of one family, e.g. a number from the old system. "
        "An export writes the case reference (C-…); importing it into a profile where that reference is free "
        "keeps it.", required=True),
    Col("family_label", "Family label", "case", "text",
        "How the case is named in the caseload. Empty: the prisoner's family name and 'family'."),
    Col("referral_date", "Referral date", "case", "date", "When the family was referred. Not in the future.",
        required=True),
    Col("referral_source", "Referral source", "case", "choice",
        "Who referred the family: one of the profile's referral sources (Edit lists). Empty: Not recorded.",
        _v(vocab.REFERRAL_SOURCE_NAMES)),
    Col("referrer_name", "Referrer name", "case", "text", "Name of the person who referred."),
    Col("referrer_contact", "Referrer contact", "case", "text", "How to reach the referrer."),
    Col("referral_reasons", "Referral reasons", "case", "text", "Why the family was referred."),
    Col("risk_info", "Risk information", "case", "text", "Risks the referrer told you about."),
    Col("consent_status", "Consent status", "case", "choice",
        "The family's consent to the service holding and sharing its information. Empty: not asked.",
        _v(vocab.CONSENT_STATUSES)),
    Col("lead_professional", "Lead professional", "case", "text", "The lead professional, if there is one."),
    Col("caf_taf", "CAF/TAF", "case", "bool", "Whether there is a CAF/TAF (yes or no)."),
    Col("status", "Case status", "case", "choice", "Empty: open. Closed and handed over cases need a closing date.",
        _v(vocab.CASE_STATUSES)),
    Col("closed_on", "Closed on", "case", "date", "When the case closed; only for closed or handed over cases."),
    Col("closure_reason", "Closure reason", "case", "choice", "Why the case closed.", _v(vocab.CLOSURE_REASONS)),
    Col("closure_planned", "Closure planned", "case", "bool", "Whether the closure was planned (yes or no)."),
    Col("first_contact", "First contact date", "case", "date",
        "The first time the family was reached (failed attempts do not count). Import records it as one "
        "contact of kind 'Imported contact'."),
    Col("last_contact", "Last contact date", "case", "date",
        "The latest time the family was reached; also recorded as an 'Imported contact'."),
    Col("goals", "Support plan goals", "case", "goals",
        "One goal per line in the cell, optionally ending with its status in brackets, e.g. "
        "'Regular contact with dad [open]'. Empty status: open.", _v(GOAL_STATUSES)),
    Col("initial_on", "Initial assessment date", "case", "date",
        "Date of the initial assessment: after the referral, not in the future."),
    Col("initial_needs", "Initial assessment needs", "case", "needs",
        "Needs found at the initial assessment, separated by ';'. Each may say its nature and term in brackets: "
        "'Housing (emotional, long)'. Empty brackets: practical, short.", _v(vocab.NEED_AREAS)),
    Col("follow_up_on", "Follow-up assessment dates", "case", "dates",
        "Dates of the follow-up assessments (reviews), oldest first, separated by '|'."),
    Col("follow_up_needs", "Follow-up assessment needs", "case", "needs",
        "Needs found at each follow-up, in the order of the dates, separated by '|'; within one follow-up by ';'.",
        _v(vocab.NEED_AREAS)),
    Col("final_on", "Final assessment date", "case", "date", "Date of the final assessment."),
    Col("final_needs", "Final assessment needs", "case", "needs", "Needs still open at the final assessment.",
        _v(vocab.NEED_AREAS)),
)

PERSON_COLUMNS: tuple[Col, ...] = (
    Col("relationship", "Relationship to the offender", "person", "choice",
        f"'{PRISONER}' for the offender's own row; '{WHOLE_FAMILY}' for a row that only carries scores for the "
        "family as a whole (no name needed).", _v(RELATIONSHIP_VALUES), required=True),
    Col("given_name", "Given name", "person", "text", "First name(s)."),
    Col("family_name", "Family name", "person", "text", "Surname. Needed on every row but a whole-family row."),
    Col("date_of_birth", "Date of birth", "person", "date",
        "Not in the future. A child must be 18 or under at the referral date."),
    Col("gender", "Gender", "person", "choice", "Empty: Not recorded.", _v(vocab.GENDERS)),
    Col("ethnicity", "Ethnicity", "person", "choice", "2021 census groups. Empty: Not recorded/declined.",
        _v(vocab.ETHNICITIES)),
    Col("supported_directly", "Supported directly", "person", "bool", "Whether the service supports this person."),
    Col("do_not_disclose", "Do not disclose to the offender", "person", "bool",
        "Hide this family member from the offender (never on the prisoner's row)."),
    Col("address", "Address", "person", "text", ""),
    Col("phone", "Phone", "person", "text", ""),
    Col("notes", "Notes", "person", "text", ""),
    Col("school", "School", "person", "text", "Children: the school."),
    Col("school_contact", "School contact", "person", "text", "Children: who to talk to at school."),
    Col("carer", "Who cares for the child", "person", "choice", "Children only.", _v(vocab.CARER_TYPES)),
    Col("told_where_parent", "Told where the parent is", "person", "choice", "Children only.",
        _v(TOLD_WHERE_PARENT)),
    Col("child_views", "Child's views", "person", "text", "Children: their own views."),
    Col("sharing_agreed", "What the child agrees may be shared", "person", "text", ""),
    Col("young_carer", "Young carer", "person", "bool", ""),
    Col("bullying", "Bullying", "person", "bool", ""),
    Col("prison_number", "Prison number", "person", "text",
        "Prisoner's row: usually like A1234BC. The same number twice in one file is a problem."),
    Col("establishment", "Establishment", "person", "text", "Prisoner's row: the prison."),
    Col("wing", "Wing", "person", "text", ""),
    Col("category", "Category", "person", "text", "Security category, e.g. B, C, D."),
    Col("sentence_type", "Sentence type", "person", "choice", "Prisoner's row.", _v(vocab.SENTENCE_TYPES)),
    Col("offence_category", "Offence category", "person", "choice", "Prisoner's row.",
        _v(vocab.OFFENCE_CATEGORIES)),
    Col("sentence_months", "Sentence length (months)", "person", "int",
        "A whole number of months; empty for remand or life."),
    Col("expected_release", "Expected release date", "person", "date", ""),
    Col("rotl", "ROTL", "person", "bool", "Release on temporary licence."),
    Col("transfers", "Transfers", "person", "text", ""),
    Col("offender_manager", "Offender Manager", "person", "text", ""),
    Col("probation_provider", "Probation provider", "person", "text", ""),
    Col("involvement", "Involvement with the service", "person", "choice", "Prisoner's row.",
        _v(vocab.INVOLVEMENT_LEVELS)),
)

BASE_COLUMNS: tuple[Col, ...] = CASE_COLUMNS[:2] + PERSON_COLUMNS + CASE_COLUMNS[2:]


def score_heading(point_label: str, outcome: str) -> str:
    return f"{point_label} score: {outcome}"


def score_columns(outcomes: Sequence[str] = vocab.OUTCOME_NAMES) -> tuple[Col, ...]:
    lo, hi = vocab.SCORE_RANGE
    out = []
    for point, label in POINTS:
        for outcome in outcomes:
            extra = " For several follow-ups, one score per follow-up date separated by '|'." \
                if point == "follow-up" else ""
            out.append(Col(f"score:{point}:{outcome}", score_heading(label, outcome), "score", "score",
                           f"This person's score {lo}-{hi} at the {point} assessment.{extra}",
                           outcome=outcome, point=point))
    return tuple(out)


def columns(outcomes: Sequence[str] = vocab.OUTCOME_NAMES) -> tuple[Col, ...]:
    """Every column in template order; score columns for the given outcome list."""
    return BASE_COLUMNS + score_columns(outcomes)


def headings(outcomes: Sequence[str] = vocab.OUTCOME_NAMES) -> list[str]:
    return [c.heading for c in columns(outcomes)]


# --- writing a sheet ---------------------------------------------------------------------------


def write_sheet(path: Path, cols: Sequence[Col], rows: Sequence[Sequence[str]]) -> None:
    """A CSV (UTF-8 with BOM, so spreadsheet programs read accents) or an .xlsx, by extension.

    Saved by ``files`` (private, all at once): an export is the whole caseload in plain text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    heads = [c.heading for c in cols]
    if suffix == ".csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(heads)
        writer.writerows([safe_cell(v) for v in row] for row in rows)
        files.save(path, buf.getvalue().encode("utf-8-sig"))
    elif suffix == ".xlsx":
        files.save_with(path, lambda tmp: _write_xlsx(tmp, cols, rows))
    else:
        raise InputRefused(tr("Save the spreadsheet as .csv or .xlsx."))


def _write_xlsx(path: Path, cols: Sequence[Col], rows: Sequence[Sequence[str]]) -> None:
    # openpyxl is imported only when a workbook is written: it is a sixth of the window's and the
    # command line's start-up otherwise (issue 20, python -X importtime).
    from openpyxl import Workbook  # reason: start-up time
    from openpyxl.styles import Alignment, Font  # reason: start-up time
    from openpyxl.utils import get_column_letter  # reason: start-up time
    from openpyxl.worksheet.datavalidation import DataValidation  # reason: start-up time

    wb = Workbook()
    ws = wb.active
    ws.title = "Caseload"
    ws.append([c.heading for c in cols])
    for row in rows:
        ws.append(list(row))
    for sheet_row in ws.iter_rows(min_row=2):
        for cell in sheet_row:
            if cell.data_type == "f":  # text that starts with "=" is kept as text, never a formula
                cell.data_type = "s"
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    # A second sheet of accepted values, and drop-down lists that point at it.
    values = wb.create_sheet("Accepted values")
    n = 0
    for index, col in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(index)].width = max(12, min(40, len(col.heading) + 2))
        if col.kind not in ("choice", "bool") or (col.values is None and col.kind != "bool"):
            continue
        allowed = list(YES_NO if col.kind == "bool" else col.values())
        n += 1
        letter = get_column_letter(n)
        values.cell(row=1, column=n, value=col.heading).font = Font(bold=True)
        for r, value in enumerate(allowed, 2):
            values.cell(row=r, column=n, value=value)
        dv = DataValidation(type="list", formula1=f"'Accepted values'!${letter}$2:${letter}${len(allowed) + 1}",
                            allow_blank=True, showErrorMessage=False)
        ws.add_data_validation(dv)
        target = get_column_letter(index)
        dv.add(f"{target}2:{target}5000")
    wb.save(path)


def save_template(path: Path, outcomes: Sequence[str] = vocab.OUTCOME_NAMES) -> None:
    """The empty template: the heading row (and, in .xlsx, drop-down lists of accepted values)."""
    write_sheet(Path(path), columns(outcomes), [])


# --- docs/import.md ----------------------------------------------------------------------------

DOC_INTRO = """# Bringing a caseload in: the spreadsheet

FSW Desk imports a caseload from a spreadsheet (CSV or .xlsx) with **one row per person**. Rows with the
same **Family key** make one family case. Save an empty template from *File → Save import template…* or
`fsw --profile DIR template caseload --out caseload.xlsx`; export what is in a profile with
*File → Export caseload…* or `fsw --profile DIR export caseload --out caseload.xlsx`.

This file is generated from `fsw_desktop/services/caseload/caseload_template.py`
(`python -m fsw_desktop.services.caseload.caseload_template > docs/import.md`); a test checks they agree.

## How an import goes

1. **Columns.** Headings that match ours (ignoring case and spaces) are used as they are. For a file with
   other headings, map each of your headings to one of ours once; the mapping is remembered in the
   (encrypted) profile. From the command line, `--mapping FILE` takes a JSON object
   `{"Your heading": "Our heading"}`. Columns not mapped are ignored and listed.
2. **Dry run.** Every row is checked and every problem listed with its row number, column and, for an
   unknown value, the nearest accepted one. Nothing is written. Problems: a date that is not a date or is
   in the future, a value not on a list, the same person twice in the file (the same prison number, or
   the same given name, family name and date of birth), a child over 18 at the referral,
   a missing family key, referral date or family name, a score outside 1-5, a score for an assessment
   with no date, family details that differ between rows of one family.
3. **People already in the profile** (same prison number; or same given name, family name and date of
   birth) are listed. For each, choose **merge** (the person in the profile is updated with what the
   file says, and the rest of the family joins that person's case) or **skip** (the row is left out).
   Nobody is added twice silently: an import with an undecided duplicate is refused. When a family
   merges into a case that is already there, that case keeps its own details, assessments, scores,
   goals and contacts; the file's are left out and the report says so.
4. **Import.** Only after you confirm, in one transaction: all rows or none. Any problem refuses the
   whole import. Everything imported is in the change history and syncs like typed-in records.

**Limits.** A file may have up to 100,000 rows under the headings and 500 columns with something in
them, and be up to 128 MB (an .xlsx at most 512 MB unpacked); larger files are refused before they are
read, and reading stops as soon as a limit is passed, whatever size the sheet claims to be. A damaged,
password-protected or old .xls file is refused with a message saying so, and a file with only the
heading row is refused as empty.

Dates may be written 2026-03-02, 02/03/2026 (day first), 2 Mar 2026 or 2 March 2026, or be real dates in
.xlsx. Yes/no cells accept yes, no, y, n, true, false, 1, 0 (empty is no). Values on a list are matched
ignoring case.

## What does not travel in the spreadsheet

An export carries cases, people, assessment dates and needs, outcome scores, goals and the first and last
contact dates, so an export imported into an empty profile gives the same caseload, stages, scores and
figures. It does not carry: individual contacts and failed attempts (only the first and last successful
contact, imported as 'Imported contact'), tasks, onward referrals, concerns, consents, restrictions,
visits (and their travel claims), family days, prisoners' applications, assessment notes, visitor-only
records, or more than one initial or final assessment per case. Figures built from those (contact counts and types, failed
attempts, applications, visits, travel claims) do not round-trip.

**The exported file is not encrypted.** Keep it on an encrypted drive and delete it when done.
"""


def _values_text(col: Col) -> str:
    if col.kind == "bool":
        return "yes / no"
    if col.kind == "int":
        return "a whole number"
    if col.kind in ("date", "dates"):
        return "a date" if col.kind == "date" else "dates separated by '|'"
    if col.kind == "score":
        lo, hi = vocab.SCORE_RANGE
        return f"{lo}-{hi}"
    if col.values is None:
        return "text"
    return "; ".join(f"`{v}`" for v in col.values())


def docs_markdown() -> str:
    out = [DOC_INTRO, "## Columns\n", "| Column | Level | Required | Accepted values | Notes |",
           "|---|---|---|---|---|"]
    for col in BASE_COLUMNS:
        level = {"case": "family", "person": "person"}[col.level]
        out.append(f"| {col.heading} | {level} | {'yes' if col.required else ''} | {_values_text(col)} | "
                   f"{col.help} |")
    lo, hi = vocab.SCORE_RANGE
    out += ["", "## Outcome scores\n",
            f"One column per outcome and assessment point, scored {lo}-{hi} for the person on the row (or, on a "
            f"'{WHOLE_FAMILY}' row, the family as a whole). Headings are '<point> score: <outcome>', the points "
            "being Initial, Follow-up and Final; a follow-up cell holds one score per follow-up date, separated "
            "by '|', an empty place meaning not scored that time. The outcomes are the profile's outcome list "
            "(Edit lists); these are the defaults:\n",
            "| Column | Group | What 1 and 5 look like |", "|---|---|---|"]
    for _point, label in POINTS:
        for group, outcome, guidance in vocab.OUTCOMES:
            out.append(f"| {score_heading(label, outcome)} | {group} | {guidance} |")
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":  # python -m fsw_desktop.services.caseload.caseload_template > docs/import.md
    print(docs_markdown(), end="")

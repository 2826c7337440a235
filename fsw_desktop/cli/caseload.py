"""``fsw`` commands for the caseload spreadsheet: import caseload, export caseload, template caseload.

An import prints its dry-run report; any problem exits 4 with nothing written.
The report names rows, columns and references, not people.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import InputRefused
from ..services.caseload import caseload_export, caseload_template
from ..services.caseload import caseload_import as ci
from ..services.desk import lists
from .base import GROUP_HELP, command, session, unlocked

GROUP_HELP.update({"import": "bring records in from a spreadsheet", "export": "write records to a spreadsheet",
                   "template": "save an empty spreadsheet template"})



def _check_extension(path: str) -> None:
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        raise InputRefused("The file name must end in .csv or .xlsx.")


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file, one row per person")
    p.add_argument("--dry-run", action="store_true", help="check and report only; nothing is written")
    p.add_argument("--mapping", metavar="FILE", help='JSON {"your heading": "our heading"}; remembered after import')
    p.add_argument("--duplicates", choices=("merge", "skip"),
                   help="what to do with people already in the profile (needed if there are any)")


@command("import caseload", "import a caseload spreadsheet (dry run first; all or nothing)", _import_args)
def cmd_import_caseload(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise InputRefused("No such file to import.")
    with unlocked(args) as database:
        with session(database) as s:
            names = ci.read_mapping_file(Path(args.mapping), ci.template_columns(s)) if args.mapping else None
            table, mapping, report = ci.check_file(s, path, names)
        for line in report.lines():
            print(line)
        if not report.ok:
            raise ci.ImportRefused(f"{len(report.problems)} problem(s) in the file: nothing was imported.", report)
        if args.dry_run:
            extra = (f" {len(report.duplicates)} people are already in the profile: import with --duplicates merge "
                     "or --duplicates skip.") if report.duplicates else ""
            print(f"Dry run: no problems found, nothing was written.{extra}")
            return 0
        if report.duplicates and not args.duplicates:
            raise ci.ImportRefused(f"{len(report.duplicates)} people in the file are already in the profile: run "
                                   "again with --duplicates merge or --duplicates skip. Nothing was imported.", report)
        _, result = ci.import_into(database, table, mapping, args.duplicates or {}, remember=bool(args.mapping))
    print(result.line())
    return 0


def _out_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="a .csv or .xlsx file (by its extension)")


@command("export caseload", "write the caseload in the import template (not encrypted: keep it safe)", _out_args)
def cmd_export_caseload(args: argparse.Namespace) -> int:
    _check_extension(args.out)
    with unlocked(args) as database, session(database) as s:
        rows = caseload_export.export_caseload(s, Path(args.out))
        s.commit()
    print(f"Exported {rows} rows. The file is not encrypted: keep it on an encrypted drive and delete it when done.")
    return 0


@command("template caseload", "save the empty caseload import template", _out_args)
def cmd_template_caseload(args: argparse.Namespace) -> int:
    _check_extension(args.out)
    with unlocked(args) as database, session(database) as s:
        outcomes = lists.outcome_names(s)
    caseload_template.save_template(Path(args.out), outcomes)
    print(f"Saved the template ({len(caseload_template.columns(outcomes))} columns). See docs/import.md.")
    return 0

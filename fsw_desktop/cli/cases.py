"""``fsw cases``: the caseload as a script would read it."""

from __future__ import annotations

import argparse
import json

from ..services.casework import casework
from .base import GROUP_HELP, command, print_table, session, unlocked

GROUP_HELP["cases"] = "look at casework"


def _cases_list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--status", choices=("open", "closed", "all"), default="open")


@command("cases list", "list cases", _cases_list_args)
def cmd_cases_list(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        data = casework.cases_json(s, args.status)
    if args.json:
        print(json.dumps(data, indent=2, default=str))
    else:
        print_table(data.get("cases", []) if isinstance(data, dict) else data)
    return 0



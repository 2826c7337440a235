"""``fsw summary``: a worker desk's figures, or a supervisor's team figures, as a script would read them.

Summary bundles themselves are made and imported with ``fsw bundle export --kind summary``
and ``fsw bundle import`` (cli/sharing.py).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ..errors import InputRefused
from ..services.desk.session import desk
from ..services.supervision import summary, team
from .base import command, session, unlocked


def _day(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputRefused(f"{flag} needs a date like 2026-11-01.") from None


def _summary_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                   help="start of the period (default: twelve months back from the end)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="end of the period (default: today)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)  # tests: a fixed "today"
    p.add_argument("--csv", metavar="FILE", help="supervisor: also write the team figures as CSV")


@command("summary", "worker: the figures a summary carries; supervisor: the team's figures", _summary_args)
def cmd_summary(args: argparse.Namespace) -> int:
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    today = _day(args.today, "--today") or date.today()
    with unlocked(args) as database, session(database) as s:
        me = desk(s)
        if me.role == "worker":
            if args.csv:
                raise InputRefused("--csv is for a supervisor's team figures.")
            made = summary.desk_summary(s, today, start=start, end=end)
            out = {"desk_id": me.desk_id, "desk_name": me.desk_name, "as_of": today.isoformat(),
                   "figures": made["figures"]}
        elif me.role == "supervisor":
            out = team.team_figures(s, start, end, today)
            if args.csv:
                team.write_team_csv(Path(args.csv), out)
        else:
            raise InputRefused("Summaries are for workers' and supervisors' desks.")
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    if "figures" in out:
        _print_figures(out["desk_name"], out["figures"])
    else:
        _print_figures("Team", out["team"])
        for desk_id, w in out["workers"].items():
            _print_figures(f"{w['worker_name']} ({desk_id})", w["figures"])
    return 0


def _print_figures(title: str, f: dict) -> None:
    wait = f["waiting_list"]
    apps = f["applications"]
    share = f"{apps['on_time_share']:.0%}" if apps["on_time_share"] is not None else "-"
    print(f"{title}: {f['period']['start']} to {f['period']['end']}")
    print(f"  open cases {f['caseload']['open']} (target {f['caseload']['target']}), referred {f['caseload']['referred']},"
          f" closed {f['caseload']['closed']}, overdue reviews {f['overdue_reviews']}")
    print(f"  waiting {wait['waiting']}, referral to first contact median {f['first_contact']['median_days']} days")
    print(f"  applications {apps['received']}, answered on time {share}; visits held {f['visits']['held']}, "
          f"attended {f['visits']['attended']}; family days held {f['family_days']['held']}")

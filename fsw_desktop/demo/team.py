"""A demonstration team for a supervisor's desk: several made-up workers' summaries, really made.

Each worker desk is a real encrypted profile in a scratch folder, filled by
``demo.populate`` with its own seed, paired with the supervisor, and asked for a
summary bundle through the real envelope; the supervisor imports them all. The
scratch profiles are deleted afterwards. So the dashboard shows figures that went
through exactly the path a real team's would.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..models.cases import Case
from ..services.casework import closure, referrals
from ..errors import InputRefused
from ..services.sharing import peers
from ..services.desk import profile
from ..services.supervision import summary_bundle, team
from ..services.desk.session import desk, open_session
from ..sync import identity
from ..progress import Progress, reporter
from . import populate


# Clearly made-up names: no real worker's or establishment's.
WORKERS = (
    ("Avery Demoworker", "HMP Northfield (synthetic)"),
    ("Blake Samplewood", "HMP Eastmoor (synthetic)"),
    ("Casey Fictionby", "HMP Westbrook (synthetic)"),
    ("Devon Madeupton", "HMP Southvale (synthetic)"),
    ("Emery Placeholder", "HMP Highcross (synthetic)"),
)


def populate_team(db: Database, workers: int = 4, seed: int = 1, today: date | None = None,
                  progress: Progress | None = None) -> list[str]:
    """Give a supervisor's desk ``workers`` workers' summaries, notes and a start on the quality work."""
    report = reporter(progress)
    today = today or date.today()
    if not 1 <= workers <= len(WORKERS):
        raise InputRefused(f"A demonstration team has 1 to {len(WORKERS)} workers.")
    with open_session(db) as s:
        me = desk(s)
        if me.role != "supervisor":
            raise InputRefused("A demonstration team goes on a supervisor's desk.")
        if team.latest_summaries(s):
            raise InputRefused("This desk already has workers' summaries.")
        mine = identity.public_identity(me)
        my_name = me.desk_name
    scratch = Path(tempfile.mkdtemp(prefix="fsw-demo-team-"))
    paths: list[Path] = []
    ids: list[str] = []
    try:
        for i in range(workers):
            name, place = WORKERS[i]
            share = 5 + 80 * i // workers
            report(share, f"Making {name}'s desk")
            worker = profile.create_profile(scratch / f"w{i}", name, f"Family support desk, {place}", "worker",
                                            secrets.token_urlsafe(24), place)
            try:
                populate(worker, "standard", seed * 100 + i, today)
                _vary(worker, i, today)
                with open_session(worker) as s:
                    peers.pair(s, mine, my_name, confirmed=True)
                    theirs = identity.public_identity(desk(s))
                    s.commit()
                with open_session(db) as s:
                    peers.pair(s, theirs, name, confirmed=True)
                    s.commit()
                ids.append(theirs["desk_id"])
                # A summary a month ago, then today's: the earlier one is kept as history.
                for n, when in enumerate((today - timedelta(days=30), today)):
                    paths.append(summary_bundle.export_summary(
                        worker, my_name, scratch / f"w{i}-{n}.fswb", today=when).path)
            finally:
                worker.close()
        report(90, "Importing the summaries")
        summary_bundle.import_summaries(db, paths)
        with open_session(db) as s:
            _supervision(s, ids, today)
            s.commit()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report(100, "Demonstration team ready")
    return ids


# Per worker: new referrals on top of the demo desk's 40 open cases, and cases lost contact with.
VARIATION = ((5, 0), (0, 7), (2, 13), (0, 3), (8, 1))


def _vary(worker: Database, i: int, today: date) -> None:
    """Teams are uneven: one worker over 40, one with a thin caseload, waiting lists that differ."""
    more, fewer = VARIATION[i % len(VARIATION)]
    with open_session(worker) as s:
        for n in range(more):
            referrals.create_referral(s, referrals.ReferralInput(
                referral_date=today - timedelta(days=2 + 5 * n), source="Probation", prisoner_given="Newref",
                prisoner_family=f"Madeup{i}{n}", prison_number=f"A{1000 + 10 * i + n}ZZ"), today=today)
        closed_on = today - timedelta(days=3)
        # Oldest referrals first (a case cannot close before it was referred); refs are random.
        open_ids = s.execute(select(Case.id).where(Case.status == "open", Case.referral_date <= closed_on)
                             .order_by(Case.referral_date, Case.ref)).scalars().all()
        for case_id in open_ids[:fewer]:
            closure.close_case(s, case_id, closed_on, "Lost contact", planned=False, today=today)
        s.commit()


def _supervision(s, ids: list[str], today: date) -> None:  # noqa: ANN001
    """Notes for each worker and a self-assessment under way, as a supervisor a few months in."""
    topics = ("Caseload and waiting list; two families not yet reached.",
              "Reviews falling due; outcome scores missing at follow-up.",
              "A safeguarding concern escalated last week; support for the worker.",
              "Family day planning and visits booked for first-time families.")
    for n, desk_id in enumerate(ids):
        team.add_note(s, desk_id, today - timedelta(days=35 + 3 * n), topics[n % len(topics)],
                      "Contact the families waiting longest this week; book follow-up assessments.",
                      today - timedelta(days=7 - 4 * n), today=today)
        team.add_note(s, desk_id, today - timedelta(days=7 + n), topics[(n + 1) % len(topics)],
                      "Bring the case list to the next session.", today + timedelta(days=21 + n), today=today)
    statuses = ("Yes, in place", "In progress", "Not yet or N/A")
    for k, statement in enumerate(team.quality_statements()):
        for j, item in enumerate(statement["items"]):
            status = statuses[(k + j) % 3] if k < 6 else statuses[2]
            team.set_assessment(s, item["item"], status, "Seen in case files and team minutes." if status != statuses[2]
                                else "")
    team.add_plan_item(s, 2, "this month", "Agree a referral pathway leaflet with the visitors' centre.",
                       "Team lead", today + timedelta(days=25))
    team.add_plan_item(s, 5, "three months", "Train two workers in the outcome scoring guidance.",
                       "Training officer", today + timedelta(days=80))
    team.add_plan_item(s, 7, "six months", "Gather family feedback after each family day.", "Supervisor",
                       today + timedelta(days=170))

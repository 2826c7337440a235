"""Made-up demonstration data: a desk's caseload you can show, test and measure against.

Everything here is synthetic. Names are built from invented syllables, places
and agencies are invented, phone numbers are in Ofcom's drama ranges and email
addresses use example.org, so nothing can be mistaken for a real family,
prisoner or member of staff.

The same seed and ``today`` always give the same cases, people and references
(ids and references come from their own seeded streams), so tests and
benchmarks can rely on them. Rows are built as dicts and written with
``sync.bulk.bulk_insert``, which leaves the same change history as the ORM
would; the whole population is one transaction, so a failure leaves the
profile as it was.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select

from ..db import Database
from ..errors import InputRefused
from ..models.cases import Case
from ..models.people import Person
from ..models.travel_claims import TravelClaim
from ..progress import Progress, reporter
from ..services.data_protection import audit
from ..services.desk.session import open_session
from ..sync.bulk import RefMaker, bulk_insert
from .applications import _ApplicationBuilder
from .casework import _Builder, typed_twice
from .visits import _VisitBuilder, flag_transfer, printed_confirmation, transfer_one, travel_help
from .words import ESTABLISHMENT, ORDER, SIZES

__all__ = ["ESTABLISHMENT", "ORDER", "SIZES", "populate"]


def populate(db: Database, size: str = "standard", seed: int = 1, today: date | None = None,
             progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty profile with made-up casework; returns rows added per table (and changes)."""
    report = reporter(progress)
    if size not in SIZES:
        raise InputRefused(f"Size must be one of: {', '.join(SIZES)}.")
    today = today or date.today()
    with open_session(db) as session:
        if session.execute(select(func.count()).select_from(Case)).scalar():
            raise InputRefused("This profile already has cases; demonstration data only goes into an empty profile.")
        ctx = session.info["changes"]
        report(2, "Planning the demonstration desk")
        builder = _Builder(seed, today, SIZES[size], ctx.who)
        builder.build(report)
        # visits, family days and applications draw on the people and cases built above
        report(50, "Making up visits and family days")
        _VisitBuilder(builder).build()
        report(50, "Making up prisoners' applications")
        _ApplicationBuilder(builder).build()
        moved = transfer_one(builder.rows, today)  # a prisoner transferred today, with visits booked ahead
        # issue 19: a family eligible for help with travel costs, and a child typed in twice. Their rows are
        # saved after all the others, so every other record keeps the id and reference the seed gave it.
        claims = travel_help(builder.rows, today, builder.ids.new, moved)
        twice = typed_twice(builder.rows, today, builder.ids.new)
        refs = RefMaker(session, random.Random(f"fsw-demo-refs-{seed}"))
        counts: dict[str, int] = {}
        changes = 0
        for n, model in enumerate(ORDER):
            report(50 + 45 * n // len(ORDER), f"Saving {model.__tablename__.replace('_', ' ')}")
            rows = builder.rows[model]
            counts[model.__tablename__] = bulk_insert(session, model, rows, ctx, refs)
            changes += len(rows)
        counts["people"] += bulk_insert(session, Person, [twice] if twice else [], ctx, refs)
        counts["travel_claims"] = bulk_insert(session, TravelClaim, claims, ctx, refs)
        changes += (1 if twice else 0) + len(claims)
        counts["booking_flags"] = flag_transfer(session, moved, today)  # their visits flagged (issue 19)
        counts["letters"] = printed_confirmation(session, today)  # a visit confirmation printed (issue 19)
        counts["changes"] = changes + counts["booking_flags"] + counts["letters"]
        audit.record(session, "demo data added", detail=f"{size}, seed {seed}")
        report(97, "Saving")
        session.commit()
    report(100, "Demonstration data ready")
    return counts

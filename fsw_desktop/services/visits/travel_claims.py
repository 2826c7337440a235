"""Help with the cost of visiting: reminders and claims under the assisted prison visits scheme.

An eligible family (``Case.travel_help_since``) may claim the travel to a visit within 28 days
after it is attended, or in advance up to 28 days before it. After an attended visit a reminder
stands until the claim is marked made or "not claiming" (with a reason); past the 28 days it is
overdue and counts as missed (so does "not claiming" recorded only after the days ran out).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Case
from ...models.people import Person
from ...models.travel_claims import TravelClaim
from ...models.visits import Booking
from ..casework.people import get_live
from ..desk.dates import show_date
from ..data_protection import audit

WINDOW_DAYS = 28
MADE, NOT_CLAIMING = "made", "not claiming"


def due_on(visit_on: date) -> date:
    """The last day a claim can be made for a visit on ``visit_on``."""
    return visit_on + timedelta(days=WINDOW_DAYS)


def set_eligible(session: Session, case_id: str, since: date | None) -> Case:
    """Mark a family eligible for help with travel costs from ``since`` (None: not eligible)."""
    case = get_live(session, Case, case_id, "No such case.")
    case.travel_help_since = since
    session.flush()
    audit.record(session, "record changed", "cases", case.id,
                 "travel help: " + (f"eligible from {show_date(since)}" if since else "not eligible"))
    session.flush()
    return case


def _case_of(session: Session, booking: Booking) -> Case | None:
    prisoner = session.get(Person, booking.prisoner_id)
    return session.get(Case, prisoner.case_id) if prisoner is not None and prisoner.case_id else None


def claim_for(session: Session, booking_id: str) -> TravelClaim | None:
    return session.execute(select(TravelClaim).where(TravelClaim.booking_id == booking_id, TravelClaim.live())
                           .order_by(TravelClaim.created_hlc.desc())).scalars().first()


def record(session: Session, booking_id: str, status: str, on: date, reason: str = "",
           today: date | None = None) -> TravelClaim:
    """Mark the claim for a visit made on ``on`` (advance claims from 28 days before), or not claiming."""
    today = today or date.today()
    booking = get_live(session, Booking, booking_id, "No such booking.")
    case = _case_of(session, booking)
    if case is None or case.travel_help_since is None:
        raise InputRefused("This family is not marked as eligible for help with travel costs.")
    if status == MADE:
        if on > today:
            raise InputRefused("A claim cannot be marked made on a day still to come.")
        if on < booking.on - timedelta(days=WINDOW_DAYS):
            raise InputRefused(f"An advance claim can be made from {show_date(booking.on - timedelta(days=28))}.")
        if on > due_on(booking.on):
            raise InputRefused(f"The 28 days to claim ran out on {show_date(due_on(booking.on))}; "
                               "mark it 'not claiming' with the reason.")
        if on >= booking.on and booking.status != "attended":
            raise InputRefused(f"Only an attended visit can be claimed for; {booking.ref} is {booking.status}.")
        reason = ""
    elif status == NOT_CLAIMING:
        if not reason.strip():
            raise InputRefused("Say why the family is not claiming.")
        on = today
    else:
        raise InputRefused("A claim is made or not claiming.")
    claim = claim_for(session, booking_id) or TravelClaim(booking_id=booking.id, case_id=case.id)
    claim.status, claim.on, claim.reason = status, on, reason.strip()
    session.add(claim)
    session.flush()
    audit.record(session, "record changed", "travel_claims", claim.id, f"travel claim {status}")
    session.flush()
    return claim


@dataclass(frozen=True)
class Reminder:
    booking_id: str
    booking_ref: str
    case_id: str
    case_ref: str
    family_label: str
    visit_on: date
    due_on: date
    case_open: bool

    def text(self, today: date) -> str:
        left = (self.due_on - today).days
        head = f"Travel claim for the visit of {self.visit_on:%d %b}"
        if left < 0:
            return f"{head}: overdue since {self.due_on:%d %b %Y}"
        if left == 0:
            return f"{head}: last day today"
        return f"{head}: {left} day{'s' if left != 1 else ''} left"


def _attended_of_eligible(session: Session) -> list[tuple[Booking, Case]]:
    rows = session.execute(
        select(Booking, Case).join(Person, Person.id == Booking.prisoner_id).join(Case, Case.id == Person.case_id)
        .where(Booking.live(), Case.live(), Booking.status == "attended", Case.travel_help_since.is_not(None))
    ).all()
    return [(b, c) for b, c in rows if due_on(b.on) >= c.travel_help_since]


def reminders(session: Session, today: date) -> list[Reminder]:
    """Attended visits of eligible families with no claim marked yet, soonest deadline first."""
    out = []
    for b, c in _attended_of_eligible(session):
        if claim_for(session, b.id) is None:
            out.append(Reminder(b.id, b.ref, c.id, c.ref, c.family_label, b.on, due_on(b.on), c.status == "open"))
    return sorted(out, key=lambda r: (r.due_on, r.booking_ref))


def counts(session: Session, today: date, start: date, end: date) -> dict[str, int]:
    """Claims made and missed for visits from ``start`` to ``end`` (missed: the 28 days ran out unclaimed)."""
    made = missed = 0
    for b, _c in _attended_of_eligible(session):
        if not start <= b.on <= end:
            continue
        claim = claim_for(session, b.id)
        if claim is not None and claim.status == MADE:
            made += 1
        elif due_on(b.on) < today and (claim is None or claim.on > due_on(b.on)):
            missed += 1
    return {"made": made, "missed": missed}


def monthly(session: Session, today: date) -> dict[str, dict[str, int]]:
    """{"YYYY-MM": {"made": n, "missed": n}} by the month of the visit, for the desk's summary."""
    out: dict[str, dict[str, int]] = {}
    for b, _c in _attended_of_eligible(session):
        month = f"{b.on.year:04d}-{b.on.month:02d}"
        claim = claim_for(session, b.id)
        row = out.setdefault(month, {"made": 0, "missed": 0})
        if claim is not None and claim.status == MADE:
            row["made"] += 1
        elif due_on(b.on) < today and (claim is None or claim.on > due_on(b.on)):
            row["missed"] += 1
    return dict(sorted(out.items()))

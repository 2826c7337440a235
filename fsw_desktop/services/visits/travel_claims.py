"""Help with the cost of visiting: reminders and claims under the assisted prison visits scheme.

An eligible family (``Case.travel_help_since``) may claim the travel to a visit within 28 days
after it is attended, or in advance up to 28 days before it. After an attended visit a reminder
stands until the claim is marked made or "not claiming" (with a reason); past the 28 days it is
overdue and counts as missed (so does "not claiming" recorded only after the days ran out).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Case
from ...models.people import Person
from ...models.travel_claims import TravelClaim
from ...models.visits import Booking, SessionTemplate
from ..casework.people import get_live
from ..desk.dates import show_date
from ..data_protection import audit
from ...words import tr

WINDOW_DAYS = 28
MADE, NOT_CLAIMING = "made", "not claiming"
REASON_MAX = 500  # why a family is not claiming: a few lines, not a document pasted in
_CLAIMABLE = ("attended", "booked", "requested")  # a visit that took place, or one still to come


def is_overdue_state(state: str) -> bool:
    """Whether a ``state()`` says the claim's days have run out (shown in red), in either language: the
    state is matched against the whole sentence as the desk's language writes it, its number left open."""
    pattern = re.escape(tr("overdue by {days}")).replace(re.escape("{days}"), ".+")
    return bool(state) and re.fullmatch(pattern, state) is not None


def _days(n: int) -> str:
    return tr("%n day|%n days", "", n)


def due_on(visit_on: date) -> date:
    """The last day a claim can be made for a visit on ``visit_on``."""
    return visit_on + timedelta(days=WINDOW_DAYS)


def set_eligible(session: Session, case_id: str, since: date | None) -> Case:
    """Mark a family eligible for help with travel costs from ``since`` (None: not eligible)."""
    case = get_live(session, Case, case_id, tr("No such case."))
    case.travel_help_since = since
    session.flush()
    audit.record(session, "record changed", "cases", case.id,
                 "travel help: " + (f"eligible from {since.isoformat()}" if since else "not eligible"))
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
    booking = get_live(session, Booking, booking_id, tr("No such booking."))
    case = _case_of(session, booking)
    if case is None or case.travel_help_since is None:
        raise InputRefused(tr("This family is not marked as eligible for help with travel costs."))
    if status == MADE:
        if on > today:
            raise InputRefused(tr("A claim cannot be marked made on a day still to come."))
        if on < booking.on - timedelta(days=WINDOW_DAYS):
            raise InputRefused(tr("An advance claim can be made from {earliest}.").format(
                                  earliest=show_date(booking.on - timedelta(days=28))))
        if on > due_on(booking.on):
            raise InputRefused(tr("The 28 days to claim ran out on {on}; "
                               "mark it 'not claiming' with the reason.").format(on=show_date(due_on(booking.on))))
        if booking.status not in _CLAIMABLE:
            raise InputRefused(tr("{ref} is {status}: there is no visit to claim for.").format(
                                  ref=booking.ref, status=booking.status))
        if on >= booking.on and booking.status != "attended":
            raise InputRefused(tr("Only an attended visit can be claimed for; {ref} is {status}.").format(
                                  ref=booking.ref, status=booking.status))
        reason = ""
    elif status == NOT_CLAIMING:
        if not reason.strip():
            raise InputRefused(tr("Say why the family is not claiming."))
        if len(reason.strip()) > REASON_MAX:
            raise InputRefused(tr("The reason is too long ({reason_max} characters at most): say it in a few lines.").format(
                                  reason_max=REASON_MAX))
        on = today
    else:
        raise InputRefused(tr("A claim is made or not claiming."))
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
        # a line of Today, beside its kind and the date it is due
        if left < 0:
            return tr("Visit of {visit_on}: overdue by {days}").format(visit_on=show_date(self.visit_on, year=False),
                                                                        days=_days(-left))
        if left == 0:
            return tr("Visit of {visit_on}: claim today, the last day").format(visit_on=show_date(self.visit_on, year=False))
        return tr("Visit of {visit_on}: claim by {due_on}, {days} left").format(
            visit_on=show_date(self.visit_on, year=False), due_on=show_date(self.due_on, year=False), days=_days(left))


def _attended_of_eligible(session: Session) -> list[tuple[Booking, Case]]:
    # the few eligible families first, then their prisoners' bookings by index: Today asks this on
    # every unlock, and a five-year desk has tens of thousands of bookings
    eligible = session.execute(
        select(Person.id, Case).join(Case, Case.id == Person.case_id)
        .where(Case.live(), Person.is_prisoner.is_(True), Case.travel_help_since.is_not(None))
    ).all()
    if not eligible:
        return []
    case_of = {person_id: case for person_id, case in eligible}
    bookings = session.execute(
        select(Booking).where(Booking.live(), Booking.status == "attended", Booking.prisoner_id.in_(list(case_of)))
    ).scalars().all()
    return [(b, case_of[b.prisoner_id]) for b in bookings if due_on(b.on) >= case_of[b.prisoner_id].travel_help_since]


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


# --- what a screen shows of one visit's claim ------------------------------------------------------


@dataclass(frozen=True)
class ClaimView:
    """One visit as the travel claim dialog, the case and the Visits page show it."""

    booking_id: str
    booking_ref: str
    visit_on: date
    starts: str
    ends: str
    visit_status: str  # the booking's status: booked, attended, cancelled...
    prisoner_name: str
    case_id: str
    case_ref: str
    family_label: str
    eligible_since: date | None
    claim_status: str  # MADE, NOT_CLAIMING, or "" when nothing is marked yet
    claim_on: date | None
    reason: str

    @property
    def due_on(self) -> date:
        return due_on(self.visit_on)

    @property
    def advance_from(self) -> date:
        """The first day an advance claim can be made."""
        return self.visit_on - timedelta(days=WINDOW_DAYS)

    @property
    def eligible(self) -> bool:
        """The family is eligible and the visit's 28 days had not run out when they became so."""
        return self.eligible_since is not None and self.due_on >= self.eligible_since

    @property
    def claimable(self) -> bool:
        """A claim can be marked for this visit: attended, or still to come (an advance claim)."""
        return self.visit_status in _CLAIMABLE

    def state(self, today: date) -> str:
        """'claimed 03 Dec 2026', 'not claiming', 'claim by 18 Dec 2026', 'overdue by 3 days', or '' when the
        family is not eligible or the visit did not take place."""
        if self.claim_status == MADE and self.claim_on is not None:
            return (tr("claimed {on} (in advance)") if self.claim_on < self.visit_on else tr("claimed {on}")).format(
                on=show_date(self.claim_on))
        if self.claim_status == NOT_CLAIMING:
            return tr("not claiming")
        if self.eligible_since is None or not self.claimable:
            return ""
        if not self.eligible:
            return tr("before eligible")
        left = (self.due_on - today).days
        if left < 0:
            return tr("overdue by {days}").format(days=_days(-left))
        if self.visit_on > today:
            return tr("in advance, or by {due_on}").format(due_on=show_date(self.due_on))
        return (tr("claim by {due_on} (last day today)") if left == 0 else tr("claim by {due_on}")).format(
            due_on=show_date(self.due_on))

    def deadline(self, today: date) -> str:
        """The sentence under the visit in the dialog: when the 28 days run out, or by how much they did."""
        left = (self.due_on - today).days
        if left < 0:
            return tr("Overdue by {days}: the 28 days to claim ran out on {due_on}.").format(
                days=_days(-left), due_on=show_date(self.due_on))
        if self.visit_on > today:
            return tr("Claim by {due_on} (28 days after the visit), or in advance from {advance_from}.").format(
                due_on=show_date(self.due_on), advance_from=show_date(self.advance_from))
        if left == 0:
            return tr("Claim by {due_on}: today is the last day.").format(due_on=show_date(self.due_on))
        return tr("Claim by {due_on} ({days} left).").format(due_on=show_date(self.due_on), days=_days(left))


def _views(session: Session, bookings: list[Booking]) -> list[ClaimView]:
    """Views of these bookings: their prisoners, cases and claims read in a few queries, not one per row."""
    if not bookings:
        return []
    people = {p.id: p for p in session.execute(
        select(Person).where(Person.id.in_({b.prisoner_id for b in bookings}))).scalars()}
    case_ids = {p.case_id for p in people.values() if p.case_id}
    cases = {c.id: c for c in session.execute(select(Case).where(Case.id.in_(case_ids), Case.live())).scalars()}
    claims: dict[str, TravelClaim] = {}
    for claim in session.execute(select(TravelClaim).where(
            TravelClaim.booking_id.in_([b.id for b in bookings]), TravelClaim.live())
            .order_by(TravelClaim.created_hlc)).scalars():
        claims[claim.booking_id] = claim  # the latest one stands, as in ``claim_for``
    times = {t: (starts, ends) for t, starts, ends in session.execute(
        select(SessionTemplate.id, SessionTemplate.starts, SessionTemplate.ends)
        .where(SessionTemplate.id.in_({b.template_id for b in bookings})))}
    out = []
    for b in bookings:
        p = people.get(b.prisoner_id)
        case = cases.get(p.case_id) if p is not None and p.case_id else None
        claim = claims.get(b.id)
        starts, ends = times.get(b.template_id, ("", ""))
        out.append(ClaimView(
            b.id, b.ref, b.on, starts, ends, b.status, f"{p.given_name} {p.family_name}".strip() if p else "",
            case.id if case else "", case.ref if case else "", case.family_label if case else "",
            case.travel_help_since if case else None, claim.status if claim else "", claim.on if claim else None,
            claim.reason if claim else ""))
    return out


def claim_view(session: Session, booking_id: str) -> ClaimView:
    """One visit with its family's eligibility and its claim, for the travel claim dialog."""
    return _views(session, [get_live(session, Booking, booking_id, tr("No such booking."))])[0]


def views_of_case(session: Session, case_id: str) -> list[ClaimView]:
    """The attended visits of a case's prisoners, and those still to come, newest first, each with its claim."""
    case = get_live(session, Case, case_id, tr("No such case."))
    bookings = list(session.execute(
        select(Booking).join(Person, Person.id == Booking.prisoner_id)
        .where(Person.case_id == case.id, Person.is_prisoner.is_(True), Booking.live(),
               Booking.status.in_(("attended", "booked")))
        .order_by(Booking.on.desc(), Booking.ref)).scalars())
    return _views(session, bookings)


def states(session: Session, booking_ids: list[str], today: date) -> dict[str, str]:
    """The claim state of each listed booking ('claim by ...', 'claimed ...'), for a column of a list."""
    if not booking_ids:
        return {}
    bookings = list(session.execute(select(Booking).where(Booking.id.in_(booking_ids))).scalars())
    return {v.booking_id: v.state(today) for v in _views(session, bookings)}


@dataclass(frozen=True)
class CaseTravel:
    """A case's help with travel costs in a line: eligible since when, claims to mark and overdue."""

    case_ref: str
    family_label: str
    since: date | None
    to_mark: int
    overdue: int
    made: int

    def text(self) -> str:
        if self.since is None:
            return tr("Not marked as eligible for help with travel costs")
        parts = [tr("Eligible since {since}").format(since=show_date(self.since))]
        if self.to_mark and self.overdue:
            parts.append(tr("%n claim to mark ({overdue} overdue)|%n claims to mark ({overdue} overdue)", "",
                            self.to_mark).format(overdue=self.overdue))
        elif self.to_mark:
            parts.append(tr("%n claim to mark|%n claims to mark", "", self.to_mark))
        parts.append(tr("{made} made").format(made=self.made))
        return " · ".join(parts)


def case_travel(session: Session, case_id: str, today: date) -> CaseTravel:
    views = views_of_case(session, case_id)
    case = get_live(session, Case, case_id, tr("No such case."))
    waiting = [v for v in views if v.eligible and v.visit_status == "attended" and not v.claim_status]
    return CaseTravel(case.ref, case.family_label, case.travel_help_since, len(waiting), sum(v.due_on < today for v in waiting),
                      sum(v.claim_status == MADE for v in views))

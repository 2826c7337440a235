"""Visitors and what is on record about them: approval, bans, closed visits and restrictions in force
on a day (``person_findings``), judged the same way for visits and family days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.people import Person, Restriction
from ...models.visits import Booking, BookingVisitor
from ..data_protection import audit
from ..casework.casework import age_on
from ..casework.people import as_date, get_case, get_live
from ..desk.dates import show_date
from . import rechecks
from .visit_rules import LEAD_VISITOR_AGE
from ..desk.vocab import RELATIONSHIPS
from ...words import tr
from ..desk import vocab

def name_of(p: Person | None) -> str:
    return (p.full_name or p.ref) if p is not None else tr("Someone")


# --- visitors ---------------------------------------------------------------------------------


def _visitor(session: Session, person_id: str) -> Person:
    person = get_live(session, Person, person_id, tr("No such visitor."))
    if person.is_prisoner:
        raise InputRefused(tr("A prisoner is not a visitor."))
    return person


def ban_applies(person: Person, on: date) -> bool:
    """Banned on ``on``: a ban with no end never ends; the last day of a ban is still banned."""
    if not (person.ban_reason or person.banned_until):
        return False
    return person.banned_until is None or person.banned_until >= on


def add_visitor(session: Session, given: str, family: str, date_of_birth: date, relationship: str,
                case_id: str | None = None, today: date | None = None, approved: bool = True) -> Person:
    """A visitor: in a family case, or (no case) a visitor-only record that holds no casework."""
    today = today or date.today()
    given, family = (given or "").strip(), (family or "").strip()
    if not family:
        raise InputRefused(tr("A family name is needed."))
    dob = as_date(date_of_birth, tr("date of birth"))
    if dob > today:
        raise InputRefused(tr("The date of birth cannot be in the future."))
    if relationship not in RELATIONSHIPS:
        raise InputRefused(tr("Relationship must be one of: {relationships}.").format(
                              relationships=', '.join(RELATIONSHIPS)))
    if case_id:
        case_id = get_case(session, case_id).id
    person = Person(case_id=case_id or None, given_name=given, family_name=family, date_of_birth=dob,
                    relationship=relationship, visitor_approved=bool(approved))
    session.add(person)
    session.flush()
    audit.record(session, "record created", "people", person.id,
                 "visitor" if case_id else "visitor-only record")
    session.flush()
    return person


def _visitor_change(session: Session, person: Person, values: dict[str, Any], detail: str) -> Person:
    changed = [k for k, v in values.items() if getattr(person, k) != v]
    for key in changed:
        setattr(person, key, values[key])
    if changed:
        session.flush()
        audit.record(session, "record changed", "people", person.id, detail)
        session.flush()
    return person


def set_ban(session: Session, person_id: str, reason: str, until: date | None,
            today: date | None = None) -> Person:
    """Ban a visitor until a date (that day included), or with no end date."""
    today = today or date.today()
    person = _visitor(session, person_id)
    reason = (reason or "").strip()
    if not reason:
        raise InputRefused(tr("Record why the visitor is banned."))
    until = as_date(until, tr("end of the ban"), required=False)
    if until is not None and until < today:
        raise InputRefused(tr("The ban would already be over. Give an end date from today, or none."))
    _visitor_change(session, person, {"ban_reason": reason, "banned_until": until}, "visitor banned")
    return _recheck(session, person, today)


def _recheck(session: Session, person: Person, today: date | None) -> Person:
    """Their future bookings and family-day places checked again: a change here may flag or clear them."""
    rechecks.changed(session, today, people=[person.id])
    return person


def lift_ban(session: Session, person_id: str, today: date | None = None) -> Person:
    person = _visitor(session, person_id)
    if not (person.ban_reason or person.banned_until):
        raise InputRefused(tr("This visitor is not banned."))
    _visitor_change(session, person, {"ban_reason": "", "banned_until": None}, "visitor ban lifted")
    return _recheck(session, person, today)


def set_closed_restriction(session: Session, person_id: str, flag: bool, today: date | None = None) -> Person:
    person = _visitor(session, person_id)
    _visitor_change(session, person, {"closed_visits_only": bool(flag)},
                    "closed visits only" if flag else "closed visits restriction lifted")
    return _recheck(session, person, today)


def set_approved(session: Session, person_id: str, flag: bool, today: date | None = None) -> Person:
    person = _visitor(session, person_id)
    _visitor_change(session, person, {"visitor_approved": bool(flag)},
                    "visitor approved" if flag else "visitor approval withdrawn")
    return _recheck(session, person, today)


def visit_happened(b: Any, before: Any) -> Any:
    """A visit that took place (attended), or was booked and never given an outcome, before ``before``."""
    return and_(b.on < before, b.status.in_(("booked", "attended")), b.waiting_list.is_not(True),
                or_(b.outcome == "attended", b.outcome == ""))


def is_first_visit(session: Session, prisoner_id: str, visitor_ids: Iterable[str],
                   before: date | None = None) -> bool:
    """True when none of these visitors has visited this prisoner before ``before`` (default today)."""
    before = before or date.today()
    ids = [v for v in dict.fromkeys(visitor_ids) if v]
    if not ids or not prisoner_id:
        return False
    seen = session.execute(
        select(Booking.id).join(BookingVisitor, BookingVisitor.booking_id == Booking.id)
        .where(BookingVisitor.person_id.in_(ids), BookingVisitor.live(), Booking.live(),
               Booking.prisoner_id == prisoner_id, visit_happened(Booking, before)).limit(1)
    ).first()
    return seen is None


@dataclass
class VisitorInfo:
    """A person who can be put on a booking, with what the booking form must show about them."""

    person_id: str
    ref: str
    name: str
    date_of_birth: date | None
    age: int | None
    relationship: str
    visitor_only: bool
    approved: bool
    banned: bool
    ban_reason: str
    banned_until: date | None
    closed_visits_only: bool


def _visitor_info(p: Person, on: date) -> VisitorInfo:
    dob = p.date_of_birth
    return VisitorInfo(p.id, p.ref, p.full_name, dob, age_on(dob, on) if dob and dob <= on else None,
                       p.relationship, p.case_id is None, bool(p.visitor_approved), ban_applies(p, on),
                       p.ban_reason or "", p.banned_until, bool(p.closed_visits_only))


def visitors_for(session: Session, prisoner_id: str, on: date | None = None) -> list[VisitorInfo]:
    """The prisoner's family in their case, and anyone who has been on a booking for them (visitor-only too)."""
    on = on or date.today()
    prisoner = get_live(session, Person, prisoner_id, tr("No such prisoner."))
    earlier = select(BookingVisitor.person_id).join(Booking, Booking.id == BookingVisitor.booking_id).where(
        Booking.prisoner_id == prisoner.id, Booking.live(), BookingVisitor.live())
    where = [Person.id.in_(earlier)]
    if prisoner.case_id:
        where.append(Person.case_id == prisoner.case_id)
    people = session.execute(select(Person).where(or_(*where), Person.is_prisoner.is_not(True), Person.live())
                             .order_by(Person.family_name, Person.given_name, Person.ref)).scalars()
    return [_visitor_info(p, on) for p in people]


def search_visitors(session: Session, text: str, on: date | None = None, limit: int = 50) -> list[VisitorInfo]:
    """Visitors (anyone not a prisoner) whose given or family name starts with ``text``, or by reference."""
    on = on or date.today()
    term = (text or "").strip().lower().replace("\\", "").replace("%", "").replace("_", "")
    if not term:
        return []
    like = term + "%"
    people = session.execute(
        select(Person).where(Person.is_prisoner.is_not(True), Person.live(),
                             or_(func.lower(Person.given_name).like(like), func.lower(Person.family_name).like(like),
                                 func.lower(Person.ref) == term))
        .order_by(Person.family_name, Person.given_name, Person.ref).limit(limit)).scalars()
    return [_visitor_info(p, on) for p in people]


# --- what is on record about the people -------------------------------------------------------

NOT_APPROVED, BANNED, RESTRICTION_BAN = "not approved", "banned", "restriction: banned"  # not shown
CLOSED_ONLY, RESTRICTION_CHILDREN, RESTRICTION_OTHER = "closed visits only", "restriction: children", "restriction"  # not shown
REFUSING: tuple[str, ...] = (NOT_APPROVED, BANNED, RESTRICTION_BAN)  # kinds that stop a person visiting at all


@dataclass
class PersonFinding:
    """One thing on record about a visitor (or the prisoner) that a visit on a given day must respect.

    ``message`` is the sentence a booking shows; ``kind`` lets a caller decide
    whether it refuses, warns or (closed visits) changes the visit, so bookings
    and family days judge people by the same rules.
    """

    person_id: str
    name: str
    kind: str  # NOT_APPROVED, BANNED, RESTRICTION_BAN, CLOSED_ONLY, RESTRICTION_CHILDREN or RESTRICTION_OTHER
    message: str
    restriction: str = ""  # the restriction's kind as recorded, for restriction findings

    @property
    def refuses(self) -> bool:
        """This person may not visit at all on that day (unapproved, banned, or a ban restriction)."""
        return self.kind in REFUSING


def person_findings(session: Session, visitors: Iterable[Person], on: date,
                    prisoner: Person | None = None) -> list[PersonFinding]:
    """Approval, bans, closed-visits flags and restrictions in force on ``on`` for these visitors and the prisoner.

    Visitors' own records come first (in the order given), then restrictions by
    start date. One query. Used by ``check_booking``, by ``set_status`` when a
    waiting-list request is booked, and by family days, so a person refused for
    a visit is refused everywhere with the same words.
    """
    visitors = list(visitors)
    out: list[PersonFinding] = []
    for p in visitors:
        if not p.visitor_approved:
            out.append(PersonFinding(p.id, name_of(p), NOT_APPROVED, tr("{name} is not approved as a visitor yet.").format(
                name=name_of(p))))
        if ban_applies(p, on):
            if p.banned_until and p.ban_reason:
                text = tr("{name} is banned from visiting until {until}: {reason}")
            elif p.banned_until:
                text = tr("{name} is banned from visiting until {until}.")
            elif p.ban_reason:
                text = tr("{name} is banned from visiting: {reason}")
            else:
                text = tr("{name} is banned from visiting.")
            until = show_date(p.banned_until) if p.banned_until else ""
            out.append(PersonFinding(p.id, name_of(p), BANNED, text.format(name=name_of(p), until=until,
                                                                            reason=p.ban_reason)))
    for p in visitors:
        if p.closed_visits_only:
            out.append(PersonFinding(p.id, name_of(p), CLOSED_ONLY, tr("{name}: closed visits only.").format(name=name_of(p))))
    people = {p.id: p for p in visitors}
    if prisoner is not None:
        people[prisoner.id] = prisoner
    if not people:
        return out
    for r in session.execute(
            select(Restriction).where(
                Restriction.person_id.in_(list(people)), Restriction.live(),
                or_(Restriction.starts_on.is_(None), Restriction.starts_on <= on),
                or_(Restriction.ends_on.is_(None), Restriction.ends_on >= on))
            .order_by(Restriction.starts_on, Restriction.created_hlc)).scalars():
        who, kind = name_of(people[r.person_id]), (r.kind or "").lower()
        if "ban" in kind:
            out.append(PersonFinding(r.person_id, who, RESTRICTION_BAN, tr("{who} has a restriction in force: {kind}.").format(
                                         who=who, kind=vocab.label(r.kind)), r.kind))
        elif "closed" in kind:
            out.append(PersonFinding(r.person_id, who, CLOSED_ONLY, tr("{who} has a restriction in force: {kind}.").format(
                                         who=who, kind=vocab.label(r.kind)),
                                     r.kind))
        elif "child" in kind:
            out.append(PersonFinding(r.person_id, who, RESTRICTION_CHILDREN,
                                     tr("{who} has a restriction in force: {kind}. No child under "
                                        "{age} can be on this visit.").format(who=who, kind=vocab.label(r.kind),
                                                                              age=LEAD_VISITOR_AGE), r.kind))
        else:
            out.append(PersonFinding(r.person_id, who, RESTRICTION_OTHER,
                                     tr("{who} has a restriction in force: {kind}. Check this visit is allowed.").format(
                                         who=who, kind=vocab.label(r.kind)),
                                     r.kind))
    return out



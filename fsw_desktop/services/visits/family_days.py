"""Family days: events, requests for places, allocation by need, clearance, lists and attendance.

Places are allocated by need, not first come first served (001 §8.3.3.2), and
never by incentive level: family days are not a privilege (003 §7), so no
incentive or behaviour field is read anywhere here.

**Priority score** (``priority``), every part shown to the worker:

=====================================  ==========================================
first-time family                       +30 (no earlier visit to this prisoner by
                                        these people, no earlier family day)
no visit for N weeks                    +2 a week, at most +30 (15 weeks or more)
a relationship to repair                +20 (the worker's judgement, on the request)
each child under 11 on the day          +5, at most +20
each earlier family day attended        -10, at most -30
=====================================  ==========================================

A worker may override the score with a reason (``override``); the override then
stands in for the total. ``allocate`` ranks requests by that effective score,
then earlier request, then reference, and gives places while both the family
and the people capacity allow; a family too big for the places left waits and a
smaller family after it may still get in. People capacity counts visitors (the
prisoner is counted by the family place); an attendee refused clearance takes no
place. Places already allocated are kept unless ``keep_allocated=False``.

**Who may come** is judged by the visits rules about people
(``visits.person_findings``): a family day is open contact, so anyone not
approved, banned (in person or by a "Banned from visiting" restriction) or on
closed visits only cannot come, and is left out of ``family_for_day``. Other
restrictions in force are warnings, as for a booking.

**Clearance** is due by ``clearance_deadline``, a date before the day. A
request made after it is still taken (the family should not lose out for the
prison's timetable) but comes back with a warning, and anyone still pending is
flagged on the printed lists (``clearance_label``). Nobody refused clearance is
counted in places or recorded as attending.

**Age range of the day** (``min_age``/``max_age``) applies to the prisoner's
children on the request (relationship "child"), ages on the day: a request with
a child outside the range is refused, naming the child, because the day is
planned for that age (e.g. father-and-baby, adult children). Other family
members may come whatever their age.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.people import Person
from ...models.visits import Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from ..data_protection import audit
from ..casework.casework import age_on
from ..casework.people import as_date, get_live
from ..desk.dates import show_date
from ..caseload.spreadsheet import safe_cell, text_cell
from .visitors import BANNED, CLOSED_ONLY, RESTRICTION_CHILDREN, person_findings, visit_happened, visitors_for
from ...words import QT_TRANSLATE_NOOP, tr
from ...words import as_stored

KINDS: tuple[str, ...] = (  # plus any the worker types
    QT_TRANSLATE_NOOP("", "general"), QT_TRANSLATE_NOOP("", "father-and-baby"), QT_TRANSLATE_NOOP("", "adult children"))
DAY_STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "planned"), QT_TRANSLATE_NOOP("", "held"), QT_TRANSLATE_NOOP("", "cancelled"))
REQUEST_STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "requested"),
    QT_TRANSLATE_NOOP("", "allocated"),
    QT_TRANSLATE_NOOP("", "waiting"),
    QT_TRANSLATE_NOOP("", "declined"),
)
CLEARANCE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "pending"), QT_TRANSLATE_NOOP("", "cleared"), QT_TRANSLATE_NOOP("", "refused"))

FIRST_TIME_POINTS = 30
POINTS_PER_WEEK = 2
WEEKS_CAP = 30
REPAIR_POINTS = 20
YOUNG_CHILD_AGE = 11
CHILD_POINTS = 5
CHILDREN_CAP = 20
ATTENDED_POINTS = -10
ATTENDED_CAP = -30


# --- family days ------------------------------------------------------------------------------


def _check_capacity(value: Any, what: str, lo: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= 1000:
        raise InputRefused(tr("{what} must be a whole number from {lo} to 1000.").format(what=what, lo=lo))
    return value


def _check_age(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise InputRefused(tr("{what} must be a whole number of years from 0 to 120, or left empty.").format(what=what))
    return value


def add_family_day(session: Session, on: date, kind: str, title: str, capacity_families: int,
                   capacity_people: int, min_age: int | None = None, max_age: int | None = None,
                   clearance_deadline: date | None = None, place: str = "", programme: str = "") -> FamilyDay:
    """A planned family day. ``kind`` is one of ``KINDS`` or the worker's own word for it."""
    on = as_date(on, tr("date of the family day"))
    kind = " ".join((kind or "").split())
    if not kind:
        raise InputRefused(tr("Say what kind of family day it is (general, father-and-baby, adult children, ...)."))
    if len(kind) > 60:
        raise InputRefused(tr("The kind of family day must be 60 characters or fewer."))
    with as_stored():  # the title is kept and travels: the default is written in English
        title = (title or "").strip() or tr("Family day ({kind})").format(kind=kind)
    families = _check_capacity(capacity_families, tr("Capacity in families"), 1)
    people = _check_capacity(capacity_people, tr("Capacity in people"), 1)
    if people < families:
        raise InputRefused(tr("Capacity in people cannot be smaller than capacity in families."))
    min_age, max_age = _check_age(min_age, tr("Youngest age")), _check_age(max_age, tr("Oldest age"))
    if min_age is not None and max_age is not None and min_age > max_age:
        raise InputRefused(tr("The youngest age cannot be above the oldest age."))
    deadline = as_date(clearance_deadline, tr("security clearance deadline"), required=False)
    if deadline is not None and deadline >= on:
        raise InputRefused(tr("Security clearance must be due before the family day (a date before "
                           "{on}), so security can clear everyone in time.").format(on=show_date(on)))
    day = FamilyDay(on=on, kind=kind, title=title[:200], capacity_families=families, capacity_people=people,
                    min_age=min_age, max_age=max_age, clearance_deadline=deadline, place=(place or "").strip()[:200],
                    programme=(programme or "").strip(), status="planned")
    session.add(day)
    session.flush()
    audit.record(session, "record created", "family_days", day.id, f"family day: {kind}")
    session.flush()
    return day


def family_days(session: Session, start: date | None = None, end: date | None = None) -> list[FamilyDay]:
    q = select(FamilyDay).where(FamilyDay.live())
    if start is not None:
        q = q.where(FamilyDay.on >= start)
    if end is not None:
        q = q.where(FamilyDay.on <= end)
    return list(session.execute(q.order_by(FamilyDay.on, FamilyDay.title)).scalars())


def close_family_day(session: Session, family_day_id: str, status: str, feedback: str = "",
                     today: date | None = None) -> FamilyDay:
    """Mark a day held (from its date on) or cancelled, with the day's overall feedback."""
    today = today or date.today()
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    if status not in ("held", "cancelled"):
        raise InputRefused(tr("A family day is closed as held or cancelled."))
    if status == "held" and today < day.on:
        raise InputRefused(tr("The family day is on {on}; it cannot be held before then.").format(on=show_date(day.on)))
    day.status, day.feedback = status, (feedback or "").strip()
    session.flush()
    audit.record(session, "record changed", "family_days", day.id, f"family day {status}")
    session.flush()
    return day


# --- requests ---------------------------------------------------------------------------------


def _history(session: Session, prisoner_id: str, person_ids: Sequence[str], day: FamilyDay,
             requested_on: date) -> tuple[bool, int | None, int]:
    """(first_time, weeks_since_visit, attended_before) as of the request."""
    last = session.execute(
        select(func.max(Booking.on)).join(BookingVisitor, BookingVisitor.booking_id == Booking.id)
        .where(BookingVisitor.person_id.in_(list(person_ids)), BookingVisitor.live(), Booking.live(),
               Booking.prisoner_id == prisoner_id, visit_happened(Booking, requested_on))
    ).scalar()
    weeks = None if last is None else (requested_on - last).days // 7
    attended = session.execute(
        select(func.count()).select_from(FamilyDayRequest)
        .join(FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id)
        .where(FamilyDayRequest.prisoner_id == prisoner_id, FamilyDayRequest.attended.is_(True),
               FamilyDayRequest.live(), FamilyDay.live(), FamilyDay.on < day.on, FamilyDay.id != day.id)
    ).scalar() or 0
    return last is None and attended == 0, weeks, attended


def _open_contact(session: Session, day: FamilyDay, people: Sequence[Person],
                  prisoner: Person | None) -> tuple[dict[str, list[str]], list[str], list[str]]:
    """The visits rules about people, read for a family day (open contact).

    Returns (refusals by person id, refusals for the whole family, warnings).
    Closed visits only refuses because a family day cannot be closed; a
    restriction about children refuses only when a child under 18 is coming.
    """
    by_person: dict[str, list[str]] = {}
    family: list[str] = []
    warnings: list[str] = []
    known = {p.id: p for p in people}
    children = any(p.date_of_birth and p.date_of_birth <= day.on and age_on(p.date_of_birth, day.on) < 18
                   for p in people)
    for f in person_findings(session, people, day.on, prisoner):
        if f.kind == BANNED:
            reason = known[f.person_id].ban_reason
            message = (tr("{name} is banned from visiting on {on}: {reason}") if reason else
                       tr("{name} is banned from visiting on {on}.")).format(name=f.name, on=show_date(day.on),
                                                                            reason=reason)
        elif f.refuses:
            message = f.message
        elif f.kind == CLOSED_ONLY:
            message = tr("{message} A family day is open contact, so they cannot come.").format(message=f.message)
        elif f.kind == RESTRICTION_CHILDREN:
            if children:
                family.append(tr("A restriction is in force: {restriction}. No child can come.").format(
                                 restriction=f.restriction))
            continue
        else:  # RESTRICTION_OTHER: as for a booking, the worker checks the day is allowed
            warnings.append(f.message)
            continue
        if f.person_id in known:
            by_person.setdefault(f.person_id, []).append(message)
        else:  # on the prisoner: nobody can come
            family.append(message)
    return by_person, family, warnings


def _family(session: Session, day: FamilyDay, prisoner_id: str) -> tuple[list[str], list[str]]:
    """(ids who can be put forward, why each of the others cannot)."""
    chosen, why = _family_why(session, day, prisoner_id)
    return chosen, list(dict.fromkeys(reason for reasons in why.values() for reason in reasons))


def _family_why(session: Session, day: FamilyDay, prisoner_id: str) -> tuple[list[str], dict[str, list[str]]]:
    """(ids who can be put forward, each other person's id with why they cannot)."""

    def fits(age: int | None) -> bool:
        return age is None or ((day.min_age is None or age >= day.min_age) and
                               (day.max_age is None or age <= day.max_age))

    infos = visitors_for(session, prisoner_id, day.on)
    people = {p.id: p for p in session.execute(select(Person).where(
        Person.id.in_([v.person_id for v in infos]))).scalars()} if infos else {}
    refused, _family_wide, _warnings = _open_contact(session, day, list(people.values()), None)
    chosen, why = [], {}
    for v in infos:
        if v.person_id in refused:
            why[v.person_id] = list(refused[v.person_id])
        elif v.relationship == "child" and not fits(v.age):
            why[v.person_id] = [tr("{name} will be {age}; this day is for children aged {ages}.").format(
                                name=v.name, age=v.age, ages=_age_range(day))]
        else:
            chosen.append(v.person_id)
    return chosen, why


def family_for_day(session: Session, family_day_id: str, prisoner_id: str) -> list[str]:
    """The prisoner's family who can be put forward: approved, not banned (in person or by a restriction), not on
    closed visits only (a family day is open contact), children within the day's ages."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    return _family(session, day, prisoner_id)[0]


def why_left_out(session: Session, family_day_id: str, prisoner_id: str) -> dict[str, list[str]]:
    """Each of the prisoner's family left out by ``family_for_day``, by person id, with why they cannot come."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    return _family_why(session, day, prisoner_id)[1]


def family_left_out(session: Session, family_day_id: str, prisoner_id: str) -> list[str]:
    """Why each of the prisoner's family left out by ``family_for_day`` cannot come, one sentence each."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    return _family(session, day, prisoner_id)[1]


def request_for_family(session: Session, family_day_id: str, prisoner_id: str,
                       relationship_repair: bool = False) -> tuple[FamilyDayRequest, list[str]]:
    """Put forward everyone in the prisoner's family who may come; the request and what to tell the worker.

    What both screens (Family days, and an application's one step onward) do: anyone who
    cannot come is left out and named with the reason; when nobody is left the request is
    refused with those reasons.
    """
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    people, left_out = _family(session, day, prisoner_id)
    if not people:
        raise InputRefused("\n".join(left_out) if left_out else
                           tr("No one in this family can be put forward: add family members to the case first."))
    request, warnings = request_place_with_warnings(session, family_day_id, prisoner_id, people,
                                                    relationship_repair=relationship_repair)
    return request, [tr("Left out: {why}").format(why=why) for why in left_out] + warnings


def request_place(session: Session, family_day_id: str, prisoner_id: str, person_ids: Iterable[str],
                  case_id: str | None = None, requested_on: date | None = None,
                  relationship_repair: bool = False) -> FamilyDayRequest:
    """A request for a place for a prisoner and the family members named; history worked out now.

    Kept for callers that need only the request; a screen should call
    ``request_place_with_warnings`` and show its warnings.
    """
    return request_place_with_warnings(session, family_day_id, prisoner_id, person_ids, case_id, requested_on,
                                       relationship_repair)[0]


def request_place_with_warnings(session: Session, family_day_id: str, prisoner_id: str, person_ids: Iterable[str],
                                case_id: str | None = None, requested_on: date | None = None,
                                relationship_repair: bool = False) -> tuple[FamilyDayRequest, list[str]]:
    """``request_place``, with what the worker should know but that does not refuse the request.

    Like ``visits.book``: errors refuse (one per line), warnings come back. A
    request after the clearance deadline is taken with a warning; a restriction
    in force that is neither a ban, closed visits nor about children warns.
    """
    requested_on = as_date(requested_on or date.today(), tr("date of the request"))
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    if day.status != "planned":
        raise InputRefused(tr("This family day is {status}; it takes no more requests.").format(status=day.status))
    if requested_on > day.on:
        raise InputRefused(tr("The request is dated after the family day."))
    prisoner = get_live(session, Person, prisoner_id, tr("Choose the prisoner the family is visiting."))
    if not prisoner.is_prisoner:
        raise InputRefused(tr("{full_name} is not recorded as a prisoner.").format(full_name=prisoner.full_name))
    ids = [p for p in dict.fromkeys(person_ids or ()) if p]
    if not ids:
        raise InputRefused(tr("Name at least one family member coming to the family day."))
    found = {p.id: p for p in session.execute(select(Person).where(Person.id.in_(ids))).scalars()}
    people = []
    for pid in ids:
        p = found.get(pid)
        if p is None or p.deleted:
            raise InputRefused(tr("A family member on this request is no longer on record."))
        if p.is_prisoner:
            raise InputRefused(tr("{full_name} is a prisoner, not a family member visiting.").format(
                                  full_name=p.full_name))
        people.append(p)
    clash = session.execute(select(FamilyDayRequest.ref).where(
        FamilyDayRequest.family_day_id == day.id, FamilyDayRequest.prisoner_id == prisoner.id,
        FamilyDayRequest.status != "declined", FamilyDayRequest.live())).scalar()
    if clash:
        raise InputRefused(tr("This prisoner already has request {clash} for this family day.").format(clash=clash))

    by_person, problems, warnings = _open_contact(session, day, people, prisoner)
    problems = [m for p in people for m in by_person.get(p.id, [])] + problems
    ages = {p.id: age_on(p.date_of_birth, day.on) for p in people if p.date_of_birth and p.date_of_birth <= day.on}
    for p in people:
        if p.relationship == "child" and (day.min_age is not None or day.max_age is not None):
            age = ages.get(p.id)
            if age is None:
                problems.append(tr("{full_name} needs a date of birth to check the day's age range.").format(
                                   full_name=p.full_name))
            elif (day.min_age is not None and age < day.min_age) or (day.max_age is not None and age > day.max_age):
                problems.append(tr("{full_name} will be {age}; this day is for children aged {ages}.").format(
                                   full_name=p.full_name, age=age, ages=_age_range(day)))
    if problems:
        raise InputRefused("\n".join(dict.fromkeys(problems)))
    if day.clearance_deadline is not None and requested_on > day.clearance_deadline:
        warnings.insert(0, tr("Security clearance for this family day was due by {clearance_deadline}. "
                           "This request came after it: ask security whether they can still clear this family "
                           "before giving them a place.").format(clearance_deadline=show_date(day.clearance_deadline)))

    first_time, weeks, attended = _history(session, prisoner.id, ids, day, requested_on)
    request = FamilyDayRequest(
        family_day_id=day.id, prisoner_id=prisoner.id, case_id=case_id or prisoner.case_id,
        requested_on=requested_on, first_time=first_time, weeks_since_visit=weeks,
        relationship_repair=bool(relationship_repair), attended_before=attended, status="requested")
    session.add(request)
    session.flush()
    for p in people:
        session.add(FamilyDayAttendee(request_id=request.id, person_id=p.id, clearance="pending",
                                      photo_consent=False))
    session.flush()
    audit.record(session, "record created", "family_day_requests", request.id, "family day request")
    session.flush()
    return request, list(dict.fromkeys(warnings))


def _age_range(day: FamilyDay) -> str:
    if day.min_age is not None and day.max_age is not None:
        return tr("{min_age} to {max_age}").format(min_age=day.min_age, max_age=day.max_age)
    if day.min_age is not None:
        return tr("{min_age} and over").format(min_age=day.min_age)
    return tr("up to {max_age}").format(max_age=day.max_age)


def decline(session: Session, request_id: str) -> FamilyDayRequest:
    """The family no longer wants the place, or it cannot be given; the place goes to the next."""
    request = get_live(session, FamilyDayRequest, request_id, tr("No such request."))
    if request.status != "declined":
        request.status = "declined"
        session.flush()
        audit.record(session, "record changed", "family_day_requests", request.id, "request declined")
        session.flush()
    return request


# --- priority and allocation ------------------------------------------------------------------


@dataclass
class PriorityScore:
    """The visible parts of a request's priority; ``effective`` is the override when one is set."""

    first_time: int = 0
    not_visiting: int = 0
    relationship_repair: int = 0
    young_children: int = 0
    earlier_attendance: int = 0
    override: int | None = None
    override_reason: str = ""

    @property
    def total(self) -> int:
        return (self.first_time + self.not_visiting + self.relationship_repair + self.young_children
                + self.earlier_attendance)

    @property
    def effective(self) -> int:
        return self.total if self.override is None else self.override

    def parts(self) -> list[tuple[str, int]]:
        """The parts that count, for display: (label, points)."""
        out = [(label, points) for label, points in (
            (tr("First-time family"), self.first_time), (tr("Not visiting recently"), self.not_visiting),
            (tr("Relationship to repair"), self.relationship_repair), (tr("Children under 11"), self.young_children),
            (tr("Earlier family days attended"), self.earlier_attendance)) if points]
        if self.override is not None:
            out.append((tr("Override by worker: {override_reason}").format(
                           override_reason=self.override_reason), self.override))
        return out


def priority(request: Any, children_ages: Iterable[int | date], on: date | None = None) -> PriorityScore:
    """The score of a request (any object with the request's fields), never reading incentive level.

    ``children_ages`` are ages in years, or dates of birth worked out on ``on``
    (the family day's date).
    """
    ages = []
    for a in children_ages:
        if isinstance(a, date):
            if on is None:
                raise ValueError("dates of birth need the family day's date")  # not shown
            if a <= on:
                ages.append(age_on(a, on))
        elif a is not None:
            ages.append(int(a))
    weeks = request.weeks_since_visit
    return PriorityScore(
        first_time=FIRST_TIME_POINTS if request.first_time else 0,
        not_visiting=min(WEEKS_CAP, POINTS_PER_WEEK * weeks) if weeks and weeks > 0 else 0,
        relationship_repair=REPAIR_POINTS if request.relationship_repair else 0,
        young_children=min(CHILDREN_CAP, CHILD_POINTS * sum(1 for a in ages if a < YOUNG_CHILD_AGE)),
        earlier_attendance=max(ATTENDED_CAP, ATTENDED_POINTS * (request.attended_before or 0)),
        override=request.override_score,
        override_reason=(request.override_reason or "") if request.override_score is not None else "",
    )


def override(session: Session, request_id: str, score: int | None, reason: str) -> FamilyDayRequest:
    """Set (or, with ``score=None``, clear) a worker's score; a reason is always recorded."""
    request = get_live(session, FamilyDayRequest, request_id, tr("No such request."))
    reason = (reason or "").strip()
    if not reason:
        raise InputRefused(tr("Record why the priority score is overridden."))
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not -100 <= score <= 200):
        raise InputRefused(tr("The score must be a whole number from -100 to 200."))
    request.override_score, request.override_reason = score, reason
    session.flush()
    audit.record(session, "record changed", "family_day_requests", request.id,
                 "priority overridden" if score is not None else "priority override cleared")
    session.flush()
    return request


@dataclass
class RequestRow:
    request_id: str
    ref: str
    prisoner_id: str
    prisoner_name: str
    prison_number: str
    requested_on: date
    people: int  # visitors taking a place (clearance not refused)
    names: list[str]
    children_ages: list[int]
    score: PriorityScore
    status: str
    attended: bool | None
    feedback: str

    @property
    def effective(self) -> int:
        return self.score.effective


def ranked_requests(session: Session, family_day_id: str) -> list[RequestRow]:
    """Every live request for the day, in allocation order (effective score, earlier request, reference)."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    requests = session.execute(select(FamilyDayRequest).where(
        FamilyDayRequest.family_day_id == day.id, FamilyDayRequest.live())).scalars().all()
    if not requests:
        return []
    prisoners = {p.id: p for p in session.execute(select(Person).where(
        Person.id.in_([r.prisoner_id for r in requests]))).scalars()}
    members: dict[str, list[tuple[Person, FamilyDayAttendee]]] = {}
    for a, p in session.execute(
            select(FamilyDayAttendee, Person).join(Person, Person.id == FamilyDayAttendee.person_id)
            .where(FamilyDayAttendee.request_id.in_([r.id for r in requests]), FamilyDayAttendee.live())
            .order_by(FamilyDayAttendee.created_hlc)):
        members.setdefault(a.request_id, []).append((p, a))
    rows = []
    for r in requests:
        group = members.get(r.id, [])
        ages = [age_on(p.date_of_birth, day.on) for p, _ in group if p.date_of_birth and p.date_of_birth <= day.on]
        children = sorted(a for a in ages if a < 18)
        prisoner = prisoners.get(r.prisoner_id)
        rows.append(RequestRow(
            r.id, r.ref, r.prisoner_id, prisoner.full_name if prisoner else "",
            prisoner.prison_number if prisoner else "", r.requested_on,
            sum(1 for _, a in group if a.clearance != "refused"), [p.full_name for p, _ in group], children,
            priority(r, ages, day.on), r.status, r.attended, r.feedback or ""))
    rows.sort(key=lambda row: (-row.effective, row.requested_on, row.ref))
    return rows


def fit_places(ranked: Sequence[tuple[Any, int]], capacity_families: int, capacity_people: int,
               families: int = 0, people: int = 0) -> tuple[list[Any], list[Any], int, int]:
    """Walk ``(request, people)`` in rank order giving a place while both capacities allow.

    Returns (allocated, waiting, families used, people used); ``families`` and
    ``people`` are the places already taken.
    """
    allocated, waiting = [], []
    for item, n in ranked:
        if families < capacity_families and people + n <= capacity_people:
            allocated.append(item)
            families += 1
            people += n
        else:
            waiting.append(item)
    return allocated, waiting, families, people


@dataclass
class AllocationResult:
    allocated: list[RequestRow]
    waiting: list[RequestRow]
    families_used: int
    people_used: int
    capacity_families: int
    capacity_people: int


def plan_allocation(session: Session, family_day_id: str, keep_allocated: bool = True) -> AllocationResult:
    """What ``allocate`` would give, in rank order, without writing anything (the preview staff confirm)."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    if day.status != "planned":
        raise InputRefused(tr("This family day is {status}; its places can no longer be allocated.").format(
                              status=day.status))
    rows = [r for r in ranked_requests(session, day.id) if r.status != "declined"]
    fixed = [r for r in rows if keep_allocated and r.status == "allocated"]
    fixed_ids = {r.request_id for r in fixed}
    given, waiting, families, people = fit_places(
        [(r, r.people) for r in rows if r.request_id not in fixed_ids], day.capacity_families,
        day.capacity_people, len(fixed), sum(r.people for r in fixed))
    allocated = fixed + given
    order = {r.request_id: n for n, r in enumerate(rows)}
    allocated.sort(key=lambda r: order[r.request_id])
    return AllocationResult(allocated, waiting, families, people, day.capacity_families, day.capacity_people)


def write_allocation(session: Session, family_day_id: str, result: AllocationResult) -> AllocationResult:
    """Store the statuses of an allocation (``allocate``'s or a confirmed preview's) and record it."""
    status = ({r.request_id: "allocated" for r in result.allocated}
              | {r.request_id: "waiting" for r in result.waiting})
    for request in session.execute(select(FamilyDayRequest).where(
            FamilyDayRequest.id.in_(list(status)))).scalars():
        if request.status != status[request.id]:
            request.status = status[request.id]
    for r in result.allocated + result.waiting:
        r.status = status[r.request_id]
    session.flush()
    audit.record(session, "record changed", "family_days", family_day_id,
                 f"places allocated: {len(result.allocated)} allocated, {len(result.waiting)} waiting")
    session.flush()
    return result


def allocate(session: Session, family_day_id: str, keep_allocated: bool = True) -> AllocationResult:
    """Give places by need within both capacities; everyone else waits (see the module docstring)."""
    return write_allocation(session, family_day_id, plan_allocation(session, family_day_id, keep_allocated))


# --- clearance, consent and attendance --------------------------------------------------------


def set_clearance(session: Session, attendee_id: str, status: str) -> FamilyDayAttendee:
    attendee = get_live(session, FamilyDayAttendee, attendee_id, tr("No such attendee."))
    if status not in CLEARANCE:
        raise InputRefused(tr("Clearance must be one of: {clearance}.").format(clearance=', '.join(CLEARANCE)))
    if attendee.clearance != status:
        attendee.clearance = status
        session.flush()
        audit.record(session, "record changed", "family_day_attendees", attendee.id, f"clearance {status}")
        session.flush()
    return attendee


def set_photo_consent(session: Session, attendee_id: str, flag: bool) -> FamilyDayAttendee:
    attendee = get_live(session, FamilyDayAttendee, attendee_id, tr("No such attendee."))
    if attendee.photo_consent != bool(flag):
        attendee.photo_consent = bool(flag)
        session.flush()
        audit.record(session, "record changed", "family_day_attendees", attendee.id,
                     "photo consent given" if flag else "photo consent withdrawn")
        session.flush()
    return attendee


def record_attendance(session: Session, request_id: str, attended: bool, feedback: str = "",
                      today: date | None = None, present: Iterable[str] | None = None) -> FamilyDayRequest:
    """After the day: whether the family came, their feedback, and (``present``: person ids) who came.

    Anyone refused security clearance is never recorded as attending: they are
    left out when the whole family is marked, and naming them in ``present`` is
    refused.
    """
    today = today or date.today()
    request = get_live(session, FamilyDayRequest, request_id, tr("No such request."))
    day = get_live(session, FamilyDay, request.family_day_id, tr("No such family day."))
    if request.status != "allocated":
        raise InputRefused(tr("Attendance is recorded for families who were given a place."))
    if today < day.on:
        raise InputRefused(tr("Attendance can be recorded from the day itself ({on}).").format(on=show_date(day.on)))
    came = None if present is None else set(present)
    attendees = session.execute(select(FamilyDayAttendee).where(
        FamilyDayAttendee.request_id == request.id, FamilyDayAttendee.live())).scalars().all()
    if attended and came:
        barred = [a.person_id for a in attendees if a.clearance == "refused" and a.person_id in came]
        if barred:
            names = ", ".join(p.full_name for p in session.execute(
                select(Person).where(Person.id.in_(barred)).order_by(Person.family_name, Person.given_name))
                .scalars())
            raise InputRefused(tr("{names} was refused security clearance, so cannot be recorded as attending.").format(
                                  names=names))
    request.attended, request.feedback = bool(attended), (feedback or "").strip()
    for a in attendees:
        # someone refused clearance was not let in, whatever was ticked for the family
        a.attended = bool(attended) and a.clearance != "refused" and (came is None or a.person_id in came)
    session.flush()
    audit.record(session, "record changed", "family_day_requests", request.id,
                 "attended" if attended else "did not attend")
    session.flush()
    return request


# --- lists ------------------------------------------------------------------------------------

_NOT_IN_CSV = {"csv": False}


@dataclass
class AttendeeRow:
    request_ref: str
    prisoner: str
    prison_number: str
    name: str
    date_of_birth: date | None
    age: int | None  # on the day
    relationship: str
    clearance: str
    photo_consent: bool
    attended: bool | None
    attendee_id: str = field(default="", metadata=_NOT_IN_CSV)
    person_id: str = field(default="", metadata=_NOT_IN_CSV)


@dataclass
class SecurityRow:
    name: str
    date_of_birth: date | None
    relationship: str
    prisoner: str
    prison_number: str
    clearance: str
    attendee_id: str = field(default="", metadata=_NOT_IN_CSV)


def _attendees(session: Session, family_day_id: str, statuses: tuple[str, ...]) -> list[tuple[Any, ...]]:
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    rows = session.execute(
        select(FamilyDayRequest.ref, FamilyDayRequest.prisoner_id, FamilyDayAttendee, Person)
        .join(FamilyDayAttendee, FamilyDayAttendee.request_id == FamilyDayRequest.id)
        .join(Person, Person.id == FamilyDayAttendee.person_id)
        .where(FamilyDayRequest.family_day_id == day.id, FamilyDayRequest.status.in_(statuses),
               FamilyDayRequest.live(), FamilyDayAttendee.live())).all()
    prisoners = {p.id: p for p in session.execute(select(Person).where(
        Person.id.in_(list(dict.fromkeys(r[1] for r in rows))))).scalars()} if rows else {}
    out = []
    for ref, prisoner_id, a, p in rows:
        prisoner = prisoners.get(prisoner_id)
        age = age_on(p.date_of_birth, day.on) if p.date_of_birth and p.date_of_birth <= day.on else None
        out.append((day, ref, prisoner, a, p, age))
    out.sort(key=lambda t: ((t[2].family_name, t[2].given_name) if t[2] else ("", ""), t[1],
                            -(t[5] if t[5] is not None else -1), t[4].family_name, t[4].given_name))
    return out


def attendee_list(session: Session, family_day_id: str, include_waiting: bool = False) -> list[AttendeeRow]:
    """Everyone with a place (and, if asked, those still asking or waiting: clearance starts early),
    grouped by prisoner, adults first. Someone refused clearance stays listed (their clearance can be
    reviewed) but is never shown as attending."""
    statuses = ("allocated", "waiting", "requested") if include_waiting else ("allocated",)
    return [AttendeeRow(ref, prisoner.full_name if prisoner else "", prisoner.prison_number if prisoner else "",
                        p.full_name, p.date_of_birth, age, p.relationship, a.clearance, bool(a.photo_consent),
                        False if a.clearance == "refused" and a.attended is not None else a.attended, a.id, p.id)
            for _, ref, prisoner, a, p, age in _attendees(session, family_day_id, statuses)]


def security_list(session: Session, family_day_id: str, include_waiting: bool = False) -> list[SecurityRow]:
    """What security needs to clear each visitor: name, date of birth, relationship, prisoner, clearance."""
    statuses = ("allocated", "waiting", "requested") if include_waiting else ("allocated",)
    return [SecurityRow(p.full_name, p.date_of_birth, p.relationship, prisoner.full_name if prisoner else "",
                        prisoner.prison_number if prisoner else "", a.clearance, a.id)
            for _, _, prisoner, a, p, _ in _attendees(session, family_day_id, statuses)]


def clearance_label(clearance: str, deadline: date | None = None, today: date | None = None) -> str:
    """How a clearance reads on a printed list: anyone not cleared must stand out to the officer at the gate."""
    today = today or date.today()
    if clearance == "pending":
        if deadline is not None and today > deadline:
            return tr("PENDING: not cleared (was due {deadline})").format(deadline=show_date(deadline))
        return tr("PENDING: not cleared yet")
    if clearance == "refused":
        return tr("REFUSED: do not admit")
    return clearance


def attendees_csv(rows: Sequence[AttendeeRow | SecurityRow]) -> str:
    """CSV text (header row first) of attendee or security rows; ids are left out."""
    kind = type(rows[0]) if rows else AttendeeRow
    columns = [f.name for f in fields(kind) if f.metadata.get("csv", True)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.replace("_", " ").capitalize() for c in columns])
    for row in rows:
        writer.writerow([safe_cell(text_cell(getattr(row, c))) for c in columns])
    return out.getvalue()


@dataclass(frozen=True)
class PlaceRow:
    """One family-day request of a case, for the case page: which day, what became of it."""

    request_id: str
    ref: str
    family_day_id: str
    on: date
    title: str
    day_status: str
    status: str
    people: int
    attended: bool | None


def places_of_case(session: Session, case_id: str) -> list[PlaceRow]:
    """A case's family-day requests (its own, or its prisoner's), newest day first."""
    prisoners = select(Person.id).where(Person.case_id == case_id, Person.live(), Person.is_prisoner.is_(True))
    people = (select(func.count()).where(FamilyDayAttendee.request_id == FamilyDayRequest.id,
                                         FamilyDayAttendee.live())
              .correlate(FamilyDayRequest).scalar_subquery())
    rows = session.execute(
        select(FamilyDayRequest.id, FamilyDayRequest.ref, FamilyDay.id, FamilyDay.on,
               FamilyDay.title, FamilyDay.kind, FamilyDay.status, FamilyDayRequest.status, people,
               FamilyDayRequest.attended)
        .join(FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id)
        .where(FamilyDayRequest.live(), FamilyDay.live(),
               (FamilyDayRequest.case_id == case_id) | FamilyDayRequest.prisoner_id.in_(prisoners))
        .order_by(FamilyDay.on.desc(), FamilyDayRequest.ref)
    ).all()
    return [PlaceRow(r[0], r[1], r[2], r[3], r[4] or r[5], r[6], r[7], r[8] or 0, r[9]) for r in rows]

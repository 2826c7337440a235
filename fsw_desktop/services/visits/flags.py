"""Flags when circumstances change: a booking or family-day place that no longer passes its rules.

When a prisoner is released or transferred, a visitor is banned, restricted or loses
approval, or a date is blocked or a session cancelled, every future booking and
family-day place it touches is checked again (``recheck``) by the rules it was
made under: ``visits.check_booking`` for a booking (without the notice rule, which
applied when it was asked for) and the family days' open-contact reading of the
same rules (``family_days._open_contact``) for a place. Two things no booking rule
knows are added: the prisoner's recorded release date falling on or before the
visit, and the prisoner now held at another establishment than this desk's.

What fails is kept as a ``BookingFlag`` with the sentences saying why. A flag is
open until it is resolved (``cancel``: the visit is called off and, where the
establishment caused it, its visiting order given back; ``move``: booked into
another session by the same rules; ``keep``: left as it is with a recorded reason,
"do not change") or until the cause is undone (the ban lifted, the approval
restored, the date unblocked) and the next re-check clears it. A kept flag stays
kept while its reasons are the same; a new reason raises a new flag.

Flags travel like any record. A visits hall sees neither release dates nor the record of
transfers, so it never clears a release or transfer flag it received. Only a transfer recorded by
``record_transfer`` flags: an establishment merely spelled unlike this desk's never does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.flags import BookingFlag
from ...models.people import Person
from ...models.sync import Desk, Peer
from ...models.visits import BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from ..data_protection import audit
from ..casework.people import as_date, get_live
from ..desk.dates import show_date
from . import family_days, rechecks, visits
from .calendar import HOLDING
from .visit_rules import Rules, get_rules
from .visitors import (BANNED, CLOSED_ONLY, NOT_APPROVED, RESTRICTION_BAN, RESTRICTION_CHILDREN, PersonFinding,
                       name_of, person_findings)
from ...words import QT_TRANSLATE_NOOP, tr
from ...words import as_stored

RELEASE, TRANSFER, BLOCKED, SESSION = "release", "transfer", "blocked date", "session cancelled"  # not shown
BAN, APPROVAL, RESTRICTION, RULES = "ban", "approval withdrawn", "restriction", "rules"  # not shown
CAUSE_LABELS = {
    RELEASE: QT_TRANSLATE_NOOP("", "Prisoner released"),
    TRANSFER: QT_TRANSLATE_NOOP("", "Prisoner transferred"),
    BLOCKED: QT_TRANSLATE_NOOP("", "Date blocked"),
    SESSION: QT_TRANSLATE_NOOP("", "Session cancelled"),
    BAN: QT_TRANSLATE_NOOP("", "Visitor banned"),
    APPROVAL: QT_TRANSLATE_NOOP("", "Approval withdrawn"),
    RESTRICTION: QT_TRANSLATE_NOOP("", "Restriction"),
    RULES: QT_TRANSLATE_NOOP("", "Rules no longer met"),
}
# The establishment caused these: a visit cancelled for them gives its visiting order back.
ESTABLISHMENT_CAUSES = frozenset({RELEASE, TRANSFER, BLOCKED, SESSION})
CANCEL_REASONS = {
    RELEASE: QT_TRANSLATE_NOOP("", "Prisoner released"),
    TRANSFER: QT_TRANSLATE_NOOP("", "Prisoner transferred"),
    BLOCKED: QT_TRANSLATE_NOOP("", "Establishment: session cancelled"),
    SESSION: QT_TRANSLATE_NOOP("", "Establishment: session cancelled"),
}
NO_LONGER_ALLOWED = QT_TRANSLATE_NOOP("", "Visitor no longer allowed")
MOVED = QT_TRANSLATE_NOOP("", "Moved to another session")
OPEN, CLEARED, RESOLVED = "open", "cleared", "resolved"
CANCELLED, MOVED_TO, KEPT = "cancelled", "moved", "kept"
PLACE_STATUSES = ("requested", "allocated", "waiting")
_KIND_CAUSE = {NOT_APPROVED: APPROVAL, BANNED: BAN, RESTRICTION_BAN: BAN, CLOSED_ONLY: RESTRICTION,
               RESTRICTION_CHILDREN: RESTRICTION}


@dataclass(frozen=True)
class Problem:
    cause: str
    message: str


@dataclass
class Recheck:
    """What a re-check did: references of the bookings and places newly flagged, and of those cleared."""

    raised: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)


# --- what no longer passes ----------------------------------------------------------------------


def home_establishment(session: Session) -> str:
    """This desk's establishment, as recorded when the profile was made ("" when none was given)."""
    return (session.execute(select(Desk.establishment)).scalar() or "").strip()


def _desk_role(session: Session) -> str:
    return session.execute(select(Desk.role)).scalar() or ""


def _same_place(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _prisoner_problems(prisoner: Person | None, on: date, home: str) -> list[Problem]:
    """Release and transfer: what the booking rules do not know about."""
    if prisoner is None:
        return []
    out = []
    if prisoner.expected_release is not None and prisoner.expected_release <= on:
        out.append(Problem(RELEASE, tr("{prisoner} is to be released on {expected_release}"
                                    ", on or before {on}.").format(
            prisoner=name_of(prisoner), expected_release=show_date(prisoner.expected_release), on=show_date(on))))
    where = (prisoner.establishment or "").strip()
    if where and _moved_to(prisoner, where) and not (home and _same_place(where, home)):
        out.append(Problem(TRANSFER, tr("{prisoner} has been transferred to {where}.").format(
                                        prisoner=name_of(prisoner), where=where)))
    return out


def _moved_to(prisoner: Person, where: str) -> bool:
    """The prisoner's last recorded transfer (``record_transfer``) took them to ``where``.

    Only a recorded transfer counts: an establishment typed differently from this desk's
    (a spelling, an old record) must never flag a family's visits.
    """
    lines = [x for x in (prisoner.transfers or "").strip().splitlines() if x.strip()]
    return bool(lines) and _same_place(lines[-1].rsplit(" to ", 1)[-1], where)


def _safe(f: PersonFinding, on: date) -> str:
    """A finding's sentence without a ban's reason: a flag travels to the visits hall, which never sees why."""
    if f.kind == BANNED:
        return tr("{name} is banned from visiting on {on}.").format(name=f.name, on=show_date(on))
    return f.message


def booking_problems(session: Session, booking: Booking, home: str | None = None,
                     rules: Rules | None = None) -> list[Problem]:
    """Why this booking would not be made today, by ``visits.check_booking`` plus release and transfer."""
    home = home_establishment(session) if home is None else home
    prisoner = session.get(Person, booking.prisoner_id)
    out = _prisoner_problems(prisoner, booking.on, home)
    visitor_ids = list(session.execute(
        select(BookingVisitor.person_id).where(BookingVisitor.booking_id == booking.id, BookingVisitor.live())
        .order_by(BookingVisitor.created_hlc)).scalars())
    check = visits.check_booking(session, booking.prisoner_id, booking.template_id, booking.on, visitor_ids,
                                 booking.lead_visitor_id, booking.visit_type, la_assessment=booking.la_assessment or "",
                                 parent_support=booking.parent_support or "", rules=rules, check_notice=False,
                                 booking_id=booking.id)
    slot_errors = set()
    if check.slot is None:
        out.append(Problem(SESSION, tr("The session no longer runs on {on}.").format(on=show_date(booking.on))))
    elif check.slot.blocked:
        whole_day = session.execute(select(BlockedDate.id).where(
            BlockedDate.on == booking.on, BlockedDate.template_id.is_(None), BlockedDate.live())).first()
        cancelled = tr("Visits on {on} are cancelled: {blocked_why}").format(
            on=show_date(booking.on), blocked_why=check.slot.blocked_why)
        out.append(Problem(BLOCKED if whole_day else SESSION, cancelled))
        slot_errors = {e for e in check.errors if e == cancelled}
    visitors_ = list(session.execute(select(Person).where(Person.id.in_(visitor_ids))).scalars()) if visitor_ids else []
    by_message = {f.message: f for f in person_findings(session, visitors_, booking.on, prisoner)}
    no_session = tr("There is no such visiting session on {on}.").format(on=show_date(booking.on))
    for error in check.errors:
        if error in slot_errors or error == no_session:
            continue
        f = by_message.get(error)
        out.append(Problem(_KIND_CAUSE.get(f.kind, RULES), _safe(f, booking.on)) if f else Problem(RULES, error))
    if check.closed and not booking.closed and not check.errors:
        if check.closed_only_names:
            out.append(Problem(RESTRICTION, tr("{names}: closed visits only, so this must now be a closed visit.").format(
                names=check.closed_only_names)))
    return out


def place_problems(session: Session, request: FamilyDayRequest, home: str | None = None) -> list[Problem]:
    """Why this family-day place would not be given today: the family days' reading of the people rules."""
    home = home_establishment(session) if home is None else home
    day = session.get(FamilyDay, request.family_day_id)
    prisoner = session.get(Person, request.prisoner_id)
    if day is None:
        return []
    out = _prisoner_problems(prisoner, day.on, home)
    people = list(session.execute(
        select(Person).join(FamilyDayAttendee, FamilyDayAttendee.person_id == Person.id)
        .where(FamilyDayAttendee.request_id == request.id, FamilyDayAttendee.live(),
               FamilyDayAttendee.clearance != "refused", Person.live())).scalars())
    by_person, family, _warnings = family_days._open_contact(session, day, people, prisoner)
    findings = person_findings(session, people, day.on, prisoner)
    for p in people:
        if p.id in by_person:
            kinds = [f for f in findings if f.person_id == p.id and (f.refuses or f.kind == CLOSED_ONLY)]
            out.extend(Problem(_KIND_CAUSE.get(f.kind, RULES), _safe(f, day.on)) for f in kinds)
    out.extend(Problem(RESTRICTION, m) for m in family)
    return out


# --- raising and clearing -----------------------------------------------------------------------


def _open_flags(session: Session, booking_id: str | None, request_id: str | None) -> list[BookingFlag]:
    q = select(BookingFlag).where(BookingFlag.live(), BookingFlag.state == OPEN)
    q = q.where(BookingFlag.booking_id == booking_id) if booking_id else q.where(BookingFlag.request_id == request_id)
    return list(session.execute(q.order_by(BookingFlag.created_hlc)).scalars())


def _last_kept(session: Session, booking_id: str | None, request_id: str | None) -> BookingFlag | None:
    q = select(BookingFlag).where(BookingFlag.live(), BookingFlag.resolution == KEPT)
    q = q.where(BookingFlag.booking_id == booking_id) if booking_id else q.where(BookingFlag.request_id == request_id)
    return session.execute(q.order_by(BookingFlag.created_hlc.desc()).limit(1)).scalar()


def _apply(session: Session, problems: list[Problem], today: date, done: Recheck, ref: str, prisoner_id: str,
           on: date, booking_id: str | None = None, request_id: str | None = None,
           unjudged: frozenset[str] = frozenset()) -> None:
    open_ = _open_flags(session, booking_id, request_id)
    text = "\n".join(dict.fromkeys(p.message for p in problems))
    if problems:
        cause = problems[0].cause
        for f in open_:
            if f.reason != text and f.cause not in unjudged:
                f.reason, f.cause = text, cause
        kept = _last_kept(session, booking_id, request_id)
        if open_ or (kept is not None and kept.reason == text):
            return
        flag = BookingFlag(booking_id=booking_id, request_id=request_id, prisoner_id=prisoner_id, on=on, cause=cause,
                           reason=text, raised_on=today, state=OPEN)
        session.add(flag)
        session.flush()
        audit.record(session, "record created", "booking_flags", flag.id, f"flag raised: {cause}")
        done.raised.append(ref)
        return
    for f in open_:
        if f.cause in unjudged:
            continue  # this desk cannot see that cause, so it cannot say it is undone
        f.state, f.resolved_on = CLEARED, today
        f.resolution_note = tr("Cleared by itself: the booking passes its rules again.")
        session.flush()
        audit.record(session, "record changed", "booking_flags", f.id, "flag cleared: cause undone")
        done.cleared.append(ref)


def recheck(session: Session, today: date | None = None, people: Iterable[str] = (), on: date | None = None,
            template_id: str | None = None, everything: bool = False) -> Recheck:
    """Flags' reasons and notes are kept in English whatever the desk speaks: they travel to desks in other
    languages and are compared with the reasons made at the next check (see ``words.as_stored``)."""
    with as_stored():
        return _recheck(session, today, people, on, template_id, everything)


def _recheck(session: Session, today: date | None = None, people: Iterable[str] = (), on: date | None = None,
             template_id: str | None = None, everything: bool = False) -> Recheck:
    """Check again the future bookings and family-day places touched by a change, raising and clearing flags.

    ``people``: bookings and places of these prisoners or visitors; ``on`` (with
    ``template_id``, one session): bookings that day and places on a family day
    that day; ``everything``: all of them. Flushed, not committed.
    """
    today = today or date.today()
    people = [p for p in dict.fromkeys(people) if p]
    done = Recheck()
    if not (people or on or everything):
        return done
    rules, home = get_rules(session), home_establishment(session)
    # a visits hall sees neither release dates nor the record of transfers: it leaves those flags to the worker
    unjudged = frozenset({RELEASE, TRANSFER}) if _desk_role(session) == "visitor-centre" else frozenset()

    q = select(Booking).where(Booking.live(), Booking.status.in_(HOLDING), Booking.on >= today,
                              or_(Booking.outcome.is_(None), Booking.outcome == ""))
    r = (select(FamilyDayRequest).join(FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id)
         .where(FamilyDayRequest.live(), FamilyDayRequest.status.in_(PLACE_STATUSES), FamilyDay.live(),
                FamilyDay.status == "planned", FamilyDay.on >= today))
    if not everything:
        wanted_b, wanted_r = [], []
        if people:
            wanted_b += [Booking.prisoner_id.in_(people), Booking.id.in_(
                select(BookingVisitor.booking_id).where(BookingVisitor.person_id.in_(people), BookingVisitor.live()))]
            wanted_r += [FamilyDayRequest.prisoner_id.in_(people), FamilyDayRequest.id.in_(
                select(FamilyDayAttendee.request_id).where(FamilyDayAttendee.person_id.in_(people),
                                                           FamilyDayAttendee.live()))]
        if on is not None:
            wanted_b.append((Booking.on == on) & (Booking.template_id == template_id) if template_id
                            else Booking.on == on)
            wanted_r.append(FamilyDay.on == on)
        q, r = q.where(or_(*wanted_b)), r.where(or_(*wanted_r))
    for b in session.execute(q.order_by(Booking.on, Booking.ref)).scalars().all():
        _apply(session, booking_problems(session, b, home, rules), today, done, b.ref, b.prisoner_id, b.on,
               booking_id=b.id, unjudged=unjudged)
    for req in session.execute(r.order_by(FamilyDay.on, FamilyDayRequest.ref)).scalars().all():
        day_on = session.get(FamilyDay, req.family_day_id).on
        _apply(session, place_problems(session, req, home), today, done, req.ref, req.prisoner_id, day_on,
               request_id=req.id, unjudged=unjudged)
    _close_gone(session, today)
    session.flush()
    return done


def _close_gone(session: Session, today: date) -> None:
    """Open flags whose booking was cancelled (or place declined) some other way are resolved as cancelled."""
    gone = session.execute(
        select(BookingFlag).outerjoin(Booking, Booking.id == BookingFlag.booking_id)
        .outerjoin(FamilyDayRequest, FamilyDayRequest.id == BookingFlag.request_id)
        .where(BookingFlag.live(), BookingFlag.state == OPEN, or_(
            Booking.deleted.is_(True), Booking.status.not_in(HOLDING),
            FamilyDayRequest.deleted.is_(True), FamilyDayRequest.status == "declined"))).scalars().all()
    for f in gone:
        f.state, f.resolution, f.resolved_on = RESOLVED, CANCELLED, today
        f.resolution_note = f.resolution_note or tr("The booking was cancelled.")


rechecks.register(recheck)  # bans, approval, restrictions, release dates and blocked dates call it


# --- the changes that raise flags ---------------------------------------------------------------


def _prisoner(session: Session, prisoner_id: str) -> Person:
    prisoner = get_live(session, Person, prisoner_id, tr("No such prisoner."))
    if not prisoner.is_prisoner:
        raise InputRefused(tr("{prisoner} is not recorded as a prisoner.").format(prisoner=name_of(prisoner)))
    return prisoner


@dataclass
class Transfer:
    prisoner: Person
    recheck: Recheck
    desks: list[Peer]  # paired worker desks at the new establishment, for the case handover


def record_transfer(session: Session, prisoner_id: str, establishment: str, on: date | None = None,
                    today: date | None = None) -> Transfer:
    """The prisoner moved to ``establishment`` on ``on``: noted in their transfers, their bookings re-checked.

    Moving them back (a transfer recorded in error, or a return) is another transfer:
    the flags it raised then clear by themselves.
    """
    today = today or date.today()
    on = as_date(on or today, tr("date of the transfer"))
    prisoner = _prisoner(session, prisoner_id)
    establishment = " ".join((establishment or "").split())
    if not establishment:
        raise InputRefused(tr("Say which establishment the prisoner has moved to."))
    if len(establishment) > 120:
        raise InputRefused(tr("The establishment's name is too long (120 characters at most)."))
    if _same_place(establishment, prisoner.establishment or ""):
        raise InputRefused(tr("{prisoner} is already recorded at {establishment}.").format(
                              prisoner=name_of(prisoner), establishment=establishment))
    if on > today:
        raise InputRefused(tr("Record a transfer on the day it happens, not before."))
    was = prisoner.establishment or tr("an establishment not recorded")
    with as_stored():  # kept on the person and read back by _moved_to: in English whatever the desk speaks
        was = prisoner.establishment or tr("an establishment not recorded")
        line = tr("{on}: moved from {was} to {establishment}").format(on=show_date(on), was=was,
                                                                       establishment=establishment)
    prisoner.transfers = "\n".join(x for x in ((prisoner.transfers or "").strip(), line) if x)
    prisoner.establishment = establishment
    session.flush()
    audit.record(session, "record changed", "people", prisoner.id, "prisoner transferred")
    done = recheck(session, today, people=[prisoner.id])
    return Transfer(prisoner, done, handover_desks(session, establishment))


def record_release(session: Session, prisoner_id: str, on: date | None, today: date | None = None) -> Recheck:
    """The prisoner's release date (None: not known), and their bookings and places re-checked."""
    today = today or date.today()
    prisoner = _prisoner(session, prisoner_id)
    on = as_date(on, tr("release date"), required=False)
    if prisoner.expected_release != on:
        prisoner.expected_release = on
        session.flush()
        audit.record(session, "record changed", "people", prisoner.id, "release date recorded")
    return recheck(session, today, people=[prisoner.id])


def handover_desks(session: Session, establishment: str) -> list[Peer]:
    """Paired worker desks (not revoked) at this establishment: where a transferred prisoner's case can go."""
    if not (establishment or "").strip():
        return []
    peers = session.execute(select(Peer).where(Peer.role == "worker", Peer.revoked_at.is_(None))
                            .order_by(Peer.name)).scalars()
    return [p for p in peers if _same_place(p.establishment or "", establishment)]


# --- resolving ----------------------------------------------------------------------------------


def _open_flag(session: Session, flag_id: str) -> BookingFlag:
    flag = get_live(session, BookingFlag, flag_id, tr("No such flag."))
    if flag.state != OPEN:
        raise InputRefused(tr("Flag {ref} is already {state}.").format(ref=flag.ref, state=flag.state))
    return flag


def _resolve(session: Session, flag: BookingFlag, how: str, note: str, today: date) -> BookingFlag:
    """Resolve this flag and any other open flag on the same booking (two desks may both have raised one)."""
    for f in _open_flags(session, flag.booking_id, flag.request_id) or [flag]:
        f.state, f.resolution, f.resolution_note, f.resolved_on = RESOLVED, how, note, today
        session.flush()
        audit.record(session, "record changed", "booking_flags", f.id, f"flag resolved: {how}")
    session.flush()
    return flag


def cancel(session: Session, flag_id: str, today: date | None = None) -> BookingFlag:
    """Call the visit off (or decline the place) with the reason the flag gives.

    Where the establishment caused it (release, transfer, a blocked date or cancelled
    session) the family's visiting order is given back: the cancelled visit no longer
    counts against the month's allowance, and the flag says so.
    """
    today = today or date.today()
    flag = _open_flag(session, flag_id)
    returned = flag.cause in ESTABLISHMENT_CAUSES
    if flag.booking_id:
        visits.set_status(session, flag.booking_id, "cancelled", CANCEL_REASONS.get(flag.cause, NO_LONGER_ALLOWED),
                          today)
        with as_stored():
            note = (tr("Cancelled; the visiting order is given back.") if returned
                    else tr("Cancelled; the visiting order is not given back."))
    else:
        family_days.decline(session, flag.request_id or "")
        with as_stored():
            note = tr("The family-day place is declined.")
    return _resolve(session, flag, CANCELLED, note, today)


def move(session: Session, flag_id: str, template_id: str, on: date, today: date | None = None,
         overbook_reason: str = "") -> Booking:
    """Book the same visitors into another session by the same rules, and cancel the flagged booking.

    Refused (nothing changed) when the new session fails the booking rules or the
    flag's own cause (a release or transfer) would flag it again.
    """
    today = today or date.today()
    flag = _open_flag(session, flag_id)
    if not flag.booking_id:
        raise InputRefused(tr("A family-day place cannot be moved; decline it or keep it."))
    old = get_live(session, Booking, flag.booking_id, tr("No such booking."))
    visitor_ids = list(session.execute(
        select(BookingVisitor.person_id).where(BookingVisitor.booking_id == old.id, BookingVisitor.live())
        .order_by(BookingVisitor.created_hlc)).scalars())
    visits.set_status(session, old.id, "cancelled", MOVED, today)
    new, _check = visits.book(session, old.prisoner_id, template_id, on, visitor_ids, old.lead_visitor_id,
                              old.visit_type, today, overbook_reason=overbook_reason,
                              la_assessment=old.la_assessment or "", parent_support=old.parent_support or "",
                              notes=old.notes or "")
    still = booking_problems(session, new)
    if still:
        raise InputRefused("\n".join(p.message for p in still))
    flag.moved_to_id = new.id
    _resolve(session, flag, MOVED_TO, tr("Moved to {ref} on {on}.").format(ref=new.ref, on=show_date(new.on)), today)
    return new


def keep(session: Session, flag_id: str, reason: str, today: date | None = None) -> BookingFlag:
    """Leave the booking as it is ("do not change"), with the reason recorded."""
    today = today or date.today()
    flag = _open_flag(session, flag_id)
    reason = (reason or "").strip()
    if not reason:
        raise InputRefused(tr("Say why the booking is kept as it is."))
    return _resolve(session, flag, KEPT, reason, today)


# --- lists --------------------------------------------------------------------------------------


@dataclass
class FlagRow:
    id: str
    ref: str
    booking_id: str | None
    request_id: str | None
    target_ref: str  # the booking's or the place's reference
    family_day_id: str | None
    template_id: str | None
    prisoner_id: str
    prisoner_name: str
    prison_number: str
    establishment: str
    case_id: str | None
    on: date
    cause: str
    reason: str
    raised_on: date

    @property
    def cause_label(self) -> str:
        return tr(CAUSE_LABELS[self.cause]) if self.cause in CAUSE_LABELS else self.cause

    @property
    def what(self) -> str:
        return tr("Family day") if self.request_id else tr("Visit")

    @property
    def first_reason(self) -> str:
        return (self.reason or "").split("\n")[0]


def open_flag_rows(session: Session, prisoner_ids: Iterable[str] | None = None) -> list[FlagRow]:
    """Open flags, one per booking or place (the newest), soonest visit first."""
    q = (select(BookingFlag, Person, Booking.ref, Booking.template_id, FamilyDayRequest.ref,
                FamilyDayRequest.family_day_id)
         .join(Person, Person.id == BookingFlag.prisoner_id)
         .outerjoin(Booking, Booking.id == BookingFlag.booking_id)
         .outerjoin(FamilyDayRequest, FamilyDayRequest.id == BookingFlag.request_id)
         .where(BookingFlag.live(), BookingFlag.state == OPEN))
    if prisoner_ids is not None:
        q = q.where(BookingFlag.prisoner_id.in_(list(prisoner_ids)))
    seen: dict[str, FlagRow] = {}
    for f, p, b_ref, template_id, r_ref, day_id in session.execute(q.order_by(BookingFlag.created_hlc.desc())):
        key = f.booking_id or f.request_id or f.id
        if key in seen:
            continue
        seen[key] = FlagRow(f.id, f.ref, f.booking_id, f.request_id, b_ref or r_ref or "", day_id, template_id,
                            p.id, p.full_name, p.prison_number or "", p.establishment or "", p.case_id, f.on, f.cause,
                            f.reason, f.raised_on)
    return sorted(seen.values(), key=lambda r: (r.on, r.target_ref))


def flagged_bookings(session: Session, booking_ids: Iterable[str]) -> dict[str, FlagRow]:
    """Open flags of these bookings, by booking id (for a Flag column)."""
    wanted = set(b for b in booking_ids if b)
    if not wanted:
        return {}
    return {r.booking_id: r for r in open_flag_rows(session) if r.booking_id in wanted}


def flag_row(session: Session, flag_id: str) -> FlagRow:
    """The open flag's row; an older open flag of the same booking (raised on two desks) gives the newest."""
    flag = session.get(BookingFlag, flag_id)
    if flag is not None and flag.state == OPEN and not flag.deleted:
        for r in open_flag_rows(session, prisoner_ids=[flag.prisoner_id]):
            if r.id == flag.id or (r.booking_id or r.request_id) == (flag.booking_id or flag.request_id):
                return r
    raise InputRefused(tr("This flag is no longer open."))

"""Prison visits: sessions, blocked dates, visitors, bookings and the rules a booking must pass.

Sessions are not stored one by one. A ``SessionTemplate`` (weekdays, times,
room, valid from/to, weekly or fortnightly) yields its dates through
``dateutil.rrule``; a booking names its template and date. A one-off extra
session is a template valid on a single day. A ``BlockedDate`` cancels every
session that day, or one template's.

Times are wall-clock times at the prison ("14:00"), kept as text beside a date
and never converted to UTC, so the clock changes in March and October cannot
move a session: 14:00 on the last Sunday of March is still 14:00.

**Capacity counts bookings, not visitors.** Open and closed capacity are the
number of tables (open) and booths (closed) in the room, and each booking takes
one whatever its number of visitors (at most ``Rules.max_visitors``). A booking
holds its place while its status is *requested* or *booked* and it is not on the
waiting list. Open and closed are separate pools.

Rules a booking is checked against (``check_booking``; errors refuse the booking,
warnings are shown and do not):

- the prisoner is recorded as a prisoner; the session exists on that date by
  its template's rule and is not blocked;
- notice: between ``min_notice_days`` and ``max_notice_days`` from today, both
  ends allowed;
- the lead visitor is 18 or over on the visit date, and at least one visitor is;
- at most ``max_visitors`` in total, ``max_adults`` adults and ``max_children``
  children, a visitor counting as an adult from their ``adult_age`` birthday,
  ages taken on the visit date (``dateutil.relativedelta``; someone born on
  29 February has their birthday on 28 February in other years);
- every visitor has a date of birth, is approved, and is not banned on the visit
  date (a ban with no end date never ends; a ban until the visit date still
  applies on that date);
- restrictions in force on the visit date (``models.people.Restriction``, on the
  prisoner or a visitor): "Banned from visiting" refuses, "Closed visits" makes
  the visit closed, a restriction mentioning children refuses any visitor under
  18, any other kind warns;
- anyone with ``closed_visits_only`` (or a closed-visits restriction) makes a
  social visit a closed one, counted in the closed pool; a child-centred,
  new-baby or final-contact visit cannot be closed and is refused; a session
  with no places in the pool the visit needs (no booths, or no open tables) is
  refused rather than offered a waiting list it could never leave;
- a child-centred visit needs a child under 18; a new-baby visit without a baby
  under one warns; a final contact visit before adoption needs the local
  authority's assessment and who will support the parent recorded;
- the prisoner is not already booked into the session, and no visitor is on
  another booking at the same session;
- the visiting-order allowance: the prisoner's bookings holding a place in the
  visit's calendar month (any visit type) at or above ``visiting_orders_per_month``
  warn, with the date it renews (the 1st of the next month); a visit the
  establishment cancelled (its outcome) gives its visiting order back;
- a full pool is not an error: ``full`` is set and ``book`` then asks for the
  waiting list or an overbooking with a recorded reason.

The rules about the people (approval, bans, restrictions, closed visits) are
``person_findings``: they are checked again when a waiting-list request is
booked (the family may have been banned meanwhile) and family days use them too.
Once a visit has an outcome its status is final.

A family's first visit (no earlier visit to this prisoner by any of these
visitors that was attended, or booked and left without an outcome) is flagged
for visitor-centre staff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ...errors import InputRefused
from ...models.people import Person
from ...models.visits import Booking, BookingVisitor, SessionTemplate
from ..data_protection import audit
from ..casework.casework import age_on
from ..casework.people import as_date, get_live
from ..desk.dates import show_date, show_month
from .visit_rules import LEAD_VISITOR_AGE, Rules, get_rules
from ..applications.applications import applications_for
from .calendar import HOLDING, SessionSlot, parse_time, slot_for
from .visitors import CLOSED_ONLY, RESTRICTION_CHILDREN, is_first_visit, name_of, person_findings, visit_happened
from ...words import QT_TRANSLATE_NOOP, tr

SOCIAL, CLOSED = "social", "closed"
FATHER_CHILD, MOTHER_CHILD = "father-child", "mother-child"
NEW_BABY = QT_TRANSLATE_NOOP("", "new baby")
FINAL_CONTACT = QT_TRANSLATE_NOOP("", "final contact before adoption")
VISIT_TYPES: tuple[str, ...] = (SOCIAL, CLOSED, FATHER_CHILD, MOTHER_CHILD, NEW_BABY, FINAL_CONTACT)
CHILD_CENTRED: tuple[str, ...] = (FATHER_CHILD, MOTHER_CHILD)
VISIT_TYPE_LABELS = {
    SOCIAL: QT_TRANSLATE_NOOP("", "Social visit"),
    CLOSED: QT_TRANSLATE_NOOP("", "Closed visit"),
    FATHER_CHILD: QT_TRANSLATE_NOOP("", "Child-centred: father-child"),
    MOTHER_CHILD: QT_TRANSLATE_NOOP("", "Child-centred: mother-child"),
    NEW_BABY: QT_TRANSLATE_NOOP("", "New-baby visit"),
    FINAL_CONTACT: QT_TRANSLATE_NOOP("", "Final contact before adoption"),
}

STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "requested"),
    QT_TRANSLATE_NOOP("", "booked"),
    QT_TRANSLATE_NOOP("", "cancelled"),
    QT_TRANSLATE_NOOP("", "rejected"),
    QT_TRANSLATE_NOOP("", "withdrawn"),
    QT_TRANSLATE_NOOP("", "attended"),
    QT_TRANSLATE_NOOP("", "did not attend"),
)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("booked", "cancelled", "rejected", "withdrawn"),
    "booked": ("cancelled", "withdrawn"),
    "cancelled": (), "rejected": (), "withdrawn": (), "attended": (), "did not attend": (),
}
# Why a booking reached a status; stored in Booking.status_reason. No personal data in them.
REASON_CODES: dict[str, tuple[str, ...]] = {
    "requested": (
                     QT_TRANSLATE_NOOP("", "Requested by the family"),
                     QT_TRANSLATE_NOOP("", "Requested by the prisoner"),
                     QT_TRANSLATE_NOOP("", "Added to the waiting list"),
                 ),
    "booked": (
                  QT_TRANSLATE_NOOP("", "Booked by the visits team"),
                  QT_TRANSLATE_NOOP("", "Booked by phone"),
                  QT_TRANSLATE_NOOP("", "Booked at the visitor centre"),
                  QT_TRANSLATE_NOOP("", "Place offered from the waiting list"),
                  QT_TRANSLATE_NOOP("", "Confirmed by the prisoner"),
              ),
    "cancelled": (
                     QT_TRANSLATE_NOOP("", "Cancelled by the visitor"),
                     QT_TRANSLATE_NOOP("", "Cancelled by the prisoner"),
                     QT_TRANSLATE_NOOP("", "Establishment: staffing"),
                     QT_TRANSLATE_NOOP("", "Establishment: lockdown or security"),
                     QT_TRANSLATE_NOOP("", "Prisoner transferred"),
                     QT_TRANSLATE_NOOP("", "Prisoner released"),
                     QT_TRANSLATE_NOOP("", "Prisoner unwell"),
                     QT_TRANSLATE_NOOP("", "Duplicate booking"),
                     QT_TRANSLATE_NOOP("", "Establishment: session cancelled"),
                     QT_TRANSLATE_NOOP("", "Visitor no longer allowed"),
                     QT_TRANSLATE_NOOP("", "Moved to another session"),
                 ),
    "rejected": (
                    QT_TRANSLATE_NOOP("", "Visitor not approved"),
                    QT_TRANSLATE_NOOP("", "Visitor banned"),
                    QT_TRANSLATE_NOOP("", "Allowance used up"),
                    QT_TRANSLATE_NOOP("", "Session full"),
                    QT_TRANSLATE_NOOP("", "Security decision"),
                    QT_TRANSLATE_NOOP("", "Contact restriction"),
                ),
    "withdrawn": (
                     QT_TRANSLATE_NOOP("", "Withdrawn by the family"),
                     QT_TRANSLATE_NOOP("", "Withdrawn by the prisoner"),
                     QT_TRANSLATE_NOOP("", "No longer needed"),
                 ),
}
OUTCOMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "attended"),
    QT_TRANSLATE_NOOP("", "visitor did not arrive"),
    QT_TRANSLATE_NOOP("", "prisoner refused"),
    QT_TRANSLATE_NOOP("", "failed security"),
    QT_TRANSLATE_NOOP("", "cancelled by establishment"),
    QT_TRANSLATE_NOOP("", "ended early"),
)
# A booking's status follows its outcome (attended, did not attend, cancelled): the list of a session reads true.
STATUS_FOR_OUTCOME: dict[str, str] = {
    "attended": "attended", "ended early": "attended", "visitor did not arrive": "did not attend",
    "prisoner refused": "did not attend", "failed security": "did not attend",
    "cancelled by establishment": "cancelled",
}
# The establishment called the visit off: the family did not use a visiting order, so it is given back.
CANCELLED_BY_ESTABLISHMENT = "cancelled by establishment"
NO_OPEN_TABLES = QT_TRANSLATE_NOOP("", "This session has no open tables; choose another session.")
FULL_MESSAGE = QT_TRANSLATE_NOOP("", "This session is full. Offer the waiting list, or overbook with a recorded reason.")



# --- the rule check ---------------------------------------------------------------------------


@dataclass
class BookingCheck:
    """What ``check_booking`` found. Errors refuse the booking; warnings are shown and do not."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    closed: bool = False  # a closed visit, counted in the closed pool
    full: bool = False  # the pool this booking needs has no place left
    allowance_renews_on: date | None = None  # set when the month's allowance is used up
    first_visit: bool = False  # none of these visitors has visited this prisoner before
    visit_type: str = SOCIAL  # the type to book: a social visit made closed by a restriction becomes "closed"
    closed_only_names: str = ""  # who made the visit closed (closed visits only), for the flag that says so
    adults: int = 0  # visitors counted as adults (rules.adult_age or over on the visit date)
    children: int = 0
    slot: SessionSlot | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_booking(session: Session, prisoner_id: str, template_id: str, on: date, visitor_ids: Iterable[str],
                  lead_visitor_id: str | None, visit_type: str = SOCIAL, today: date | None = None,
                  la_assessment: str = "", parent_support: str = "", rules: Rules | None = None,
                  check_notice: bool = True, booking_id: str | None = None) -> BookingCheck:
    """Every booking rule (see the module docstring) in a fixed number of indexed queries; changes nothing.

    ``check_notice=False`` and ``booking_id`` are for re-checking an existing
    booking (a waiting-list request being booked): the notice rule applied when
    it was asked for, and the booking must not clash with itself.
    """
    today = today or date.today()
    rules = rules or get_rules(session)
    on = as_date(on, tr("visit date"))
    check = BookingCheck(visit_type=visit_type)
    errors, warnings = check.errors, check.warnings
    if visit_type not in VISIT_TYPES:
        errors.append(tr("Visit type must be one of: {visit_types}.").format(visit_types=', '.join(VISIT_TYPES)))

    prisoner = session.get(Person, prisoner_id) if prisoner_id else None
    if prisoner is None or prisoner.deleted:
        errors.append(tr("Choose the prisoner to be visited."))
        prisoner = None
    elif not prisoner.is_prisoner:
        errors.append(tr("{prisoner} is not recorded as a prisoner.").format(prisoner=name_of(prisoner)))
        prisoner = None

    slot = slot_for(session, template_id, on)
    check.slot = slot
    if slot is None:
        errors.append(tr("There is no such visiting session on {on}.").format(on=show_date(on)))
    elif slot.blocked:
        errors.append(tr("Visits on {on} are cancelled: {blocked_why}").format(
                         on=show_date(on), blocked_why=slot.blocked_why))

    notice = (on - today).days
    if check_notice:
        if notice < 0:
            errors.append(tr("The visit date has passed."))
        elif notice < rules.min_notice_days:
            errors.append(tr("Visits need {min_notice_days} day(s) notice: the earliest date now is "
                             "{earliest}.").format(
                min_notice_days=rules.min_notice_days, earliest=show_date(today + timedelta(days=rules.min_notice_days))))
        elif notice > rules.max_notice_days:
            errors.append(tr("Visits can be booked at most {max_notice_days} days ahead: the latest date now "
                             "is {latest}.").format(
                max_notice_days=rules.max_notice_days, latest=show_date(today + timedelta(days=rules.max_notice_days))))

    # visitors and their ages on the visit date
    ids = [v for v in dict.fromkeys(visitor_ids or ()) if v]
    if not ids:
        errors.append(tr("Add at least one visitor."))
    found = {p.id: p for p in session.execute(select(Person).where(Person.id.in_(ids))).scalars()} if ids else {}
    visitors: list[Person] = []
    for vid in ids:
        p = found.get(vid)
        if p is None or p.deleted:
            errors.append(tr("A visitor on this booking is no longer on record."))
        elif p.is_prisoner:
            errors.append(tr("{p} is a prisoner, not a visitor.").format(p=name_of(p)))
        else:
            visitors.append(p)
    ages: dict[str, int] = {}
    for p in visitors:
        if p.date_of_birth is None:
            errors.append(tr("{p} has no date of birth on record; it is needed for the age rules.").format(
                             p=name_of(p)))
        elif p.date_of_birth > on:
            errors.append(tr("{p}'s date of birth is after the visit date.").format(p=name_of(p)))
        else:
            ages[p.id] = age_on(p.date_of_birth, on)
    check.adults = sum(1 for a in ages.values() if a >= rules.adult_age)
    check.children = sum(1 for a in ages.values() if a < rules.adult_age)
    under_18 = [p for p in visitors if p.id in ages and ages[p.id] < LEAD_VISITOR_AGE]

    if not lead_visitor_id:
        errors.append(tr("Choose the lead visitor."))
    elif lead_visitor_id not in ids:
        errors.append(tr("The lead visitor must be one of the visitors on the booking."))
    elif lead_visitor_id in ages and ages[lead_visitor_id] < LEAD_VISITOR_AGE:
        lead = found[lead_visitor_id]
        errors.append(tr("The lead visitor must be {lead_visitor_age} or over on the visit date; "
                      "{lead} will be {ages}.").format(
            lead_visitor_age=LEAD_VISITOR_AGE, lead=name_of(lead), ages=ages[lead_visitor_id]))
    if visitors and len(ages) == len(visitors) and not any(a >= LEAD_VISITOR_AGE for a in ages.values()):
        errors.append(tr("At least one visitor must be an adult ({lead_visitor_age} or over) on the visit date.").format(
                         lead_visitor_age=LEAD_VISITOR_AGE))
    if len(ids) > rules.max_visitors:
        errors.append(tr("A booking can bring at most {max_visitors} visitors; this one has {count}.").format(
                         max_visitors=rules.max_visitors, count=len(ids)))
    if check.adults > rules.max_adults:
        errors.append(tr("A booking can bring at most {max_adults} adults; this one has {adults} "
                      "(anyone {adult_age} or over on the visit date counts as an adult).").format(
            max_adults=rules.max_adults, adults=check.adults, adult_age=rules.adult_age))
    if check.children > rules.max_children:
        errors.append(tr("A booking can bring at most {max_children} children; this one has {children}.").format(
                         max_children=rules.max_children, children=check.children))

    # approval, bans and restrictions in force on the visit date, on the prisoner or a visitor
    closed_by: list[str] = []
    for finding in person_findings(session, visitors, on, prisoner):
        if finding.refuses:
            errors.append(finding.message)
        elif finding.kind == CLOSED_ONLY:
            closed_by.append(finding.name)
        elif finding.kind == RESTRICTION_CHILDREN:
            if under_18:
                errors.append(finding.message)
        else:
            warnings.append(finding.message)

    closed_by = list(dict.fromkeys(closed_by))
    check.closed = visit_type == CLOSED or bool(closed_by)
    if closed_by:
        names = ", ".join(closed_by)
        if visit_type == SOCIAL:
            check.visit_type = CLOSED
            warnings.append(tr("{names}: closed visits only, so this will be a closed visit.").format(names=names))
            check.closed_only_names = names
        elif visit_type in VISIT_TYPES and visit_type != CLOSED:
            errors.append(tr("{names}: closed visits only. A {visit_type} "
                          "cannot be closed; book a closed visit instead.").format(
                names=names, visit_type=tr(VISIT_TYPE_LABELS[visit_type]).lower()))

    if visit_type in CHILD_CENTRED and not under_18:
        errors.append(tr("A {visit_type} visit needs at least one child on the booking.").format(visit_type=visit_type))
    if visit_type == NEW_BABY and not any(ages.get(p.id, 99) < 1 for p in visitors):
        warnings.append(tr("A new-baby visit is meant for a baby under one; there is none on this booking."))
    if visit_type == FINAL_CONTACT:
        if not (la_assessment or "").strip():
            errors.append(tr("A final contact visit before adoption needs the local authority's assessment recorded."))
        if not (parent_support or "").strip():
            errors.append(tr("A final contact visit before adoption needs a record of who will support the parent."))

    if slot is not None:
        if check.closed and slot.closed_capacity == 0:
            errors.append(tr("This session takes no closed visits. Choose a session with closed places."))
        elif not check.closed and slot.open_capacity == 0:
            errors.append(tr(NO_OPEN_TABLES))
        else:
            check.full = slot.is_full(check.closed)

    # the prisoner or a visitor already booked into this session
    if slot is not None and prisoner is not None:
        ref = session.execute(select(Booking.ref).where(
            Booking.prisoner_id == prisoner.id, Booking.on == on, Booking.template_id == slot.template_id,
            Booking.status.in_(HOLDING), Booking.live(), *([Booking.id != booking_id] if booking_id else []))
            .limit(1)).scalar()
        if ref:
            errors.append(tr("This prisoner already has booking {ref} at this session.").format(ref=ref))
    if slot is not None and visitors:
        for person_id, ref in session.execute(
                select(BookingVisitor.person_id, Booking.ref).join(Booking, Booking.id == BookingVisitor.booking_id)
                .where(BookingVisitor.person_id.in_([p.id for p in visitors]), BookingVisitor.live(),
                       Booking.on == on, Booking.template_id == slot.template_id, Booking.status.in_(HOLDING),
                       Booking.live(), *([Booking.prisoner_id != prisoner.id] if prisoner is not None else []),
                       *([Booking.id != booking_id] if booking_id else []))
                .order_by(Booking.ref)):
            errors.append(tr("{found} is already on booking {ref} at this session.").format(
                             found=name_of(found[person_id]), ref=ref))

    # the month's visiting-order allowance
    if prisoner is not None:
        month = on.replace(day=1)
        renews = month + relativedelta(months=1)
        used = session.execute(select(func.count()).select_from(Booking).where(
            Booking.prisoner_id == prisoner.id, Booking.on >= month, Booking.on < renews,
            Booking.status.in_(HOLDING), Booking.waiting_list.is_not(True), Booking.live(),
            or_(Booking.outcome.is_(None), Booking.outcome != CANCELLED_BY_ESTABLISHMENT),
            *([Booking.id != booking_id] if booking_id else []))).scalar() or 0
        if used >= rules.visiting_orders_per_month:
            check.allowance_renews_on = renews
            warnings.append(tr("This prisoner's {visiting_orders_per_month} visits for {month} are used "
                            "({used} booked). The allowance renews on {renews}.").format(
                visiting_orders_per_month=rules.visiting_orders_per_month, month=show_month(on), used=used,
                renews=show_date(renews)))
        check.first_visit = is_first_visit(session, prisoner.id, [p.id for p in visitors], before=on)
    return check


# --- booking and its life ---------------------------------------------------------------------


def book(session: Session, prisoner_id: str, template_id: str, on: date, visitor_ids: Iterable[str],
         lead_visitor_id: str | None, visit_type: str = SOCIAL, today: date | None = None,
         waiting_list: bool = False, overbook_reason: str = "", la_assessment: str = "",
         parent_support: str = "", notes: str = "") -> tuple[Booking, BookingCheck]:
    """Check and book. Errors refuse (one per line). A full session needs ``waiting_list`` (status
    *requested*, no place held) or an ``overbook_reason`` (booked and flagged overbooked); an
    overbooking reason given for a session with places is not stored."""
    today = today or date.today()
    visitor_ids = [v for v in dict.fromkeys(visitor_ids or ()) if v]
    check = check_booking(session, prisoner_id, template_id, on, visitor_ids, lead_visitor_id, visit_type, today,
                          la_assessment, parent_support)
    if check.errors:
        raise InputRefused("\n".join(check.errors))
    reason = (overbook_reason or "").strip()
    if waiting_list and not check.full:
        raise InputRefused(tr("This session still has places: book the visit instead of using the waiting list."))
    if check.full and not waiting_list and not reason:
        raise InputRefused(tr(FULL_MESSAGE))
    overbooked = check.full and not waiting_list
    booking = Booking(
        prisoner_id=prisoner_id, template_id=template_id, on=as_date(on, tr("visit date")), visit_type=check.visit_type,
        status="requested" if waiting_list else "booked",
        status_reason="Added to the waiting list" if waiting_list else "Booked by the visits team",
        closed=check.closed, waiting_list=bool(waiting_list), overbooked=overbooked,
        overbook_reason=reason if overbooked else "", lead_visitor_id=lead_visitor_id,
        la_assessment=(la_assessment or "").strip(), parent_support=(parent_support or "").strip(),
        notes=(notes or "").strip(),
    )
    session.add(booking)
    session.flush()
    for person_id in visitor_ids:
        session.add(BookingVisitor(booking_id=booking.id, person_id=person_id))
    session.flush()
    detail = f"booking: {booking.visit_type}, {booking.status}"
    if waiting_list:
        detail += ", waiting list"
    if overbooked:
        detail += ", overbooked"
    audit.record(session, "record created", "bookings", booking.id, detail)
    session.flush()
    return booking, check


def booking_reference(booking: Booking) -> str:
    """The booking's short reference (e.g. B-7K3QM): no misheard letters, fine to read over the phone."""
    return booking.ref


def set_status(session: Session, booking_id: str, status: str, reason_code: str, today: date | None = None,
               overbook_reason: str = "") -> Booking:
    """Move a booking along ``TRANSITIONS`` with a reason from ``REASON_CODES[status]``.

    Booking a request re-runs the booking rules except notice (``check_booking``
    with ``check_notice=False``): a visitor banned, unapproved or restricted since
    the request was made is refused with the same message as a new booking, and
    a visitor now on closed visits only moves the visit to the closed pool. A
    waiting-list request takes a place then: refused when the pool is full
    unless ``overbook_reason`` is given. Nothing can be booked for a date that
    has passed, a booked visit whose date has passed gets an outcome
    (``record_outcome``), not a status change, and once it has an outcome its
    status is final (what happened is the record; correct the outcome instead).
    """
    today = today or date.today()
    booking = get_live(session, Booking, booking_id, tr("No such booking."))
    old = booking.status
    if status not in STATUSES:
        raise InputRefused(tr("Status must be one of: {statuses}.").format(statuses=', '.join(STATUSES)))
    if booking.outcome:
        raise InputRefused(tr("This visit already has an outcome ({outcome}), so its status can no longer "
                           "change. If the outcome is wrong, record the right one instead.").format(
            outcome=booking.outcome))
    allowed = TRANSITIONS.get(old, ())
    if status == old:
        raise InputRefused(tr("The booking is already {old}.").format(old=old))
    if status not in allowed:
        if not allowed:
            raise InputRefused(tr("A {old} booking cannot be changed. Make a new booking instead.").format(old=old))
        raise InputRefused(tr("A {old} booking can only be {allowed} or {allowed2}.").format(
                              old=old, allowed=', '.join(allowed[:-1]), allowed2=allowed[-1])
                           if len(allowed) > 1 else tr("A {old} booking can only be {allowed}.").format(
                                                       old=old, allowed=allowed[0]))
    if reason_code not in REASON_CODES[status]:
        raise InputRefused(tr("Choose why the booking is {status}: {reason_codes}.").format(
                              status=status, reason_codes='; '.join(REASON_CODES[status])))
    if booking.on < today:
        if status == "booked":
            raise InputRefused(tr("The visit date has passed; it can no longer be booked."))
        if old == "booked":
            raise InputRefused(tr("The visit date has passed: record what happened as its outcome instead."))
    reason = (overbook_reason or "").strip()
    closed, visit_type, full = booking.closed, booking.visit_type, False
    if status == "booked":
        slot = slot_for(session, booking.template_id, booking.on)
        if slot is None or slot.blocked:
            raise InputRefused(tr("This session no longer runs on that date."))
        visitor_ids = list(session.execute(
            select(BookingVisitor.person_id).where(BookingVisitor.booking_id == booking.id, BookingVisitor.live())
            .order_by(BookingVisitor.created_hlc)).scalars())
        check = check_booking(session, booking.prisoner_id, booking.template_id, booking.on, visitor_ids,
                              booking.lead_visitor_id, booking.visit_type, today, booking.la_assessment or "",
                              booking.parent_support or "", check_notice=False, booking_id=booking.id)
        if check.errors:
            raise InputRefused("\n".join(check.errors))
        closed, visit_type = check.closed, check.visit_type
        # a request off the waiting list needs a place; one already holding a place keeps it unless its pool changed
        full = check.full if (booking.waiting_list or closed != bool(booking.closed)) else False
        if full and not reason:
            raise InputRefused(tr("This session is still full. Overbook with a recorded reason, or wait for a place."))
    if status == "booked":
        if full:
            booking.overbooked, booking.overbook_reason = True, reason
        booking.waiting_list, booking.closed, booking.visit_type = False, closed, visit_type
    booking.status, booking.status_reason = status, reason_code
    session.flush()
    audit.record(session, "record changed", "bookings", booking.id, f"booking {status}: {reason_code}")
    session.flush()
    return booking


def record_outcome(session: Session, booking_id: str, outcome: str, today: date | None = None,
                   now: datetime | None = None) -> Booking:
    """What happened at a booked visit, once the session has started (a wrong outcome can be corrected).

    The booking's status follows the outcome (``STATUS_FOR_OUTCOME``): attended, did not attend, or
    cancelled when the establishment called it off. ``now`` is the local wall-clock time (default:
    now). A caller giving only ``today`` is taken to mean "some time that day" and checked by date
    alone, as before; the screens pass neither, so the time of day counts there and an outcome
    cannot be recorded at 10:00 for a 14:00 session.
    """
    if now is None:
        now = datetime.combine(today, time.max) if today is not None else datetime.now()
    today = today or now.date()
    booking = get_live(session, Booking, booking_id, tr("No such booking."))
    if outcome not in OUTCOMES:
        raise InputRefused(tr("Outcome must be one of: {outcomes}.").format(outcomes=', '.join(OUTCOMES)))
    if not booking.outcome and (booking.status != "booked" or booking.waiting_list):
        raise InputRefused(tr("Only a booked visit has an outcome; {ref} is {status}.").format(
                              ref=booking.ref, status=booking.status))
    if today < booking.on:
        raise InputRefused(tr("The outcome can be recorded from the day of the visit ({on}).").format(
                              on=show_date(booking.on)))
    template = session.get(SessionTemplate, booking.template_id)
    if template is not None and today == booking.on:
        starts = datetime.combine(booking.on, parse_time(template.starts, tr("start time")))
        if now < starts:
            raise InputRefused(tr("The visit starts at {starts} on {on}; "
                               "its outcome can be recorded once it has started.").format(
                starts=template.starts, on=show_date(booking.on)))
    if booking.outcome != outcome:
        booking.outcome = outcome
        booking.status, booking.status_reason = STATUS_FOR_OUTCOME[outcome], f"Outcome: {outcome}"
        session.flush()
        audit.record(session, "record changed", "bookings", booking.id, f"outcome: {outcome}")
        session.flush()
    return booking


def record_outcomes(session: Session, outcomes: dict[str, str], today: date | None = None,
                    now: datetime | None = None) -> list[Booking]:
    """Outcomes for a whole session at once (booking id to outcome), all or nothing.

    Every booking is checked as by ``record_outcome``; the refusals are gathered, one line per
    booking, and any refusal refuses the lot (the caller's write rolls back).
    """
    if not outcomes:
        raise InputRefused(tr("Choose an outcome for at least one booking."))
    done, refused = [], []
    for booking_id, outcome in outcomes.items():
        try:
            done.append(record_outcome(session, booking_id, outcome, today, now))
        except InputRefused as exc:
            booking = session.get(Booking, booking_id)
            refused.append(tr("{booking}: {message}").format(
                booking=booking.ref if booking else tr("A booking"), message=exc.message))
    if refused:
        raise InputRefused(tr("No outcome was saved:\n{refused}").format(refused='\n'.join(refused)))
    return done


# --- lists and detail -------------------------------------------------------------------------


@dataclass
class BookingRow:
    id: str
    ref: str
    on: date
    starts: str
    ends: str
    room: str
    session_name: str
    template_id: str
    prisoner_id: str
    prisoner_name: str
    prison_number: str
    lead_name: str
    visitors: int
    visit_type: str
    status: str
    status_reason: str
    closed: bool
    waiting_list: bool
    overbooked: bool
    outcome: str
    first_visit: bool  # marked for visitor-centre staff


def _first_visit_expr() -> Any:
    """For each listed booking: no earlier visit to the same prisoner by any of its visitors."""
    mine, theirs, earlier = aliased(BookingVisitor), aliased(BookingVisitor), aliased(Booking)
    return ~exists().where(
        mine.booking_id == Booking.id, mine.deleted.is_not(True), theirs.person_id == mine.person_id, theirs.deleted.is_not(True),
        earlier.id == theirs.booking_id, earlier.prisoner_id == Booking.prisoner_id, earlier.deleted.is_not(True),
        visit_happened(earlier, Booking.on))


def bookings_for(session: Session, prisoner_id: str | None = None, on: date | None = None,
                 status: str | Iterable[str] | None = None, template_id: str | None = None,
                 start: date | None = None, end: date | None = None, limit: int | None = None) -> list[BookingRow]:
    """Bookings by date and time, filtered by prisoner, day (or ``start``..``end``), status and session."""
    prisoner, lead = aliased(Person), aliased(Person)
    count = (select(func.count()).where(BookingVisitor.booking_id == Booking.id, BookingVisitor.live())
             .correlate(Booking).scalar_subquery())
    q = (select(Booking.id, Booking.ref, Booking.on, SessionTemplate.starts, SessionTemplate.ends,
                SessionTemplate.room, SessionTemplate.name, Booking.template_id, Booking.prisoner_id,
                prisoner.given_name, prisoner.family_name, prisoner.prison_number, lead.given_name,
                lead.family_name, count, Booking.visit_type, Booking.status, Booking.status_reason, Booking.closed,
                Booking.waiting_list, Booking.overbooked, Booking.outcome, _first_visit_expr())
         .join(SessionTemplate, SessionTemplate.id == Booking.template_id)
         .join(prisoner, prisoner.id == Booking.prisoner_id)
         .outerjoin(lead, lead.id == Booking.lead_visitor_id)
         .where(Booking.live()))
    if prisoner_id:
        q = q.where(Booking.prisoner_id == prisoner_id)
    if on is not None:
        q = q.where(Booking.on == on)
    if start is not None:
        q = q.where(Booking.on >= start)
    if end is not None:
        q = q.where(Booking.on <= end)
    if template_id:
        q = q.where(Booking.template_id == template_id)
    if status:
        q = q.where(Booking.status.in_([status] if isinstance(status, str) else list(status)))
    q = q.order_by(Booking.on, SessionTemplate.starts, Booking.waiting_list, prisoner.family_name, Booking.ref)
    if limit:
        q = q.limit(limit)
    out = []
    for r in session.execute(q):
        out.append(BookingRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], f"{r[9]} {r[10]}".strip(), r[11] or "",
            f"{r[12] or ''} {r[13] or ''}".strip(), r[14], r[15], r[16], r[17] or "", bool(r[18]), bool(r[19]),
            bool(r[20]), r[21] or "", bool(r[22])))
    return out


@dataclass
class VisitorOnBooking:
    person_id: str
    ref: str
    name: str
    date_of_birth: date | None
    age: int | None  # on the visit date
    relationship: str
    lead: bool
    counts_as_adult: bool
    visitor_only: bool
    closed_visits_only: bool


@dataclass
class BookingDetail:
    id: str
    ref: str
    on: date
    starts: str
    ends: str
    room: str
    session_name: str
    template_id: str
    prisoner_id: str
    prisoner_name: str
    prison_number: str
    visit_type: str
    status: str
    status_reason: str
    closed: bool
    waiting_list: bool
    overbooked: bool
    overbook_reason: str
    outcome: str
    la_assessment: str
    parent_support: str
    notes: str
    first_visit: bool
    visitors: list[VisitorOnBooking]
    next_statuses: tuple[str, ...]  # what the status may change to (TRANSITIONS)
    from_applications: tuple[str, ...] = ()  # references of the prisoners' applications that led here


def booking_detail(session: Session, booking_id: str) -> BookingDetail:
    b = get_live(session, Booking, booking_id, tr("No such booking."))
    t = session.get(SessionTemplate, b.template_id)
    prisoner = session.get(Person, b.prisoner_id)
    rules = get_rules(session)
    people = session.execute(
        select(Person).join(BookingVisitor, BookingVisitor.person_id == Person.id)
        .where(BookingVisitor.booking_id == b.id, BookingVisitor.live())
        .order_by(BookingVisitor.created_hlc)).scalars().all()
    visitors = []
    for p in people:
        dob = p.date_of_birth
        age = age_on(dob, b.on) if dob and dob <= b.on else None
        visitors.append(VisitorOnBooking(p.id, p.ref, p.full_name, dob, age, p.relationship,
                                         p.id == b.lead_visitor_id, age is not None and age >= rules.adult_age,
                                         p.case_id is None, bool(p.closed_visits_only)))
    visitors.sort(key=lambda v: (not v.lead, -(v.age or 0), v.name))
    return BookingDetail(
        b.id, b.ref, b.on, t.starts if t else "", t.ends if t else "", t.room if t else "", t.name if t else "",
        b.template_id, b.prisoner_id, prisoner.full_name if prisoner else "",
        prisoner.prison_number if prisoner else "", b.visit_type, b.status, b.status_reason or "", bool(b.closed),
        bool(b.waiting_list), bool(b.overbooked), b.overbook_reason or "", b.outcome or "", b.la_assessment or "",
        b.parent_support or "", b.notes or "", is_first_visit(session, b.prisoner_id, [v.person_id for v in visitors],
                                                             before=b.on),
        visitors, TRANSITIONS.get(b.status, ()), _from_applications(session, booking_id=b.id))


def _from_applications(session: Session, **link: str) -> tuple[str, ...]:
    return tuple(a.ref for a in applications_for(session, **link))


def case_prisoners(session: Session, case_id: str) -> list[str]:
    """The ids of the prisoners in a case (usually one): the visits of the family are booked to them."""
    return list(session.execute(
        select(Person.id).where(Person.case_id == case_id, Person.live(), Person.is_prisoner.is_(True))
    ).scalars())


def bookings_of_case(session: Session, case_id: str) -> list[BookingRow]:
    """Every visit booked to a prisoner of this case, newest first, for the case page."""
    rows: list[BookingRow] = []
    for prisoner_id in case_prisoners(session, case_id):
        rows += bookings_for(session, prisoner_id=prisoner_id)
    return sorted(rows, key=lambda r: (r.on, r.starts, r.ref), reverse=True)


def booking_rows_by_id(session: Session, booking_ids: Iterable[str]) -> list[BookingRow]:
    """The list rows of these bookings (each needs its date to be found on the Visits page)."""
    wanted = [b for b in booking_ids if b]
    if not wanted:
        return []
    days = set(session.execute(select(Booking.on).where(Booking.id.in_(wanted), Booking.live())).scalars())
    return [r for on in sorted(days) for r in bookings_for(session, on=on) if r.id in wanted]

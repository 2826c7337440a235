"""A letter from a booking, a family-day place, an application or a case: who may receive it, and its record.

``for_booking``, ``for_family_day_place``, ``for_application`` and ``for_case`` gather what a
letter may say (``LetterContext``) and who may receive it: the prisoner (given out on the
wing) and the adults of the family or on the booking; a child's letter goes to the adult who
cares for them. ``prepare`` renders one letter for one recipient after the checks:

- **do not disclose**: a person marked do-not-disclose never appears in a letter to anyone
  else; the lists of visitors and family-day places leave them out unless the letter is theirs;
- **contact restrictions**: a recipient with a no-contact restriction in force (a restraining
  order, no contact with a named person) is refused; so is an address used for the post that
  is also recorded for someone with such a restriction; the prisoner's own no-contact
  restrictions are shown as a warning, to be checked before sending;
- **the address used**: by post needs the recipient's address on record; a prisoner's letter
  goes to the wing.

``record_sent`` writes the ``Letter`` (it travels: the case's history shows it on every desk)
with its lawful basis and reason, one "letter sent" audit entry naming the record and the
basis, and the letter's text into ``LetterText`` on this desk only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...words import QT_TRANSLATE_NOOP, tr
from ...models.applications import Application
from ...models.base import new_ref
from ...models.cases import Case
from ...models.letters import Letter, LetterText
from ...models.people import Person, Restriction
from ...models.visits import Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest, SessionTemplate
from ..casework.casework import age_on
from ..casework.people import get_live
from ..desk.dates import show_date
from ..data_protection import audit
from ..desk.session import desk
from ..visits import flags
from ..visits.visits import VISIT_TYPE_LABELS
from . import fields, language, templates
from .language import BILINGUAL, ENGLISH, WELSH

BY_POST, BY_HAND, TO_WING = "by post", "by hand", "to the wing"  # not shown: stored values
DELIVERIES: tuple[str, ...] = (BY_POST, BY_HAND, TO_WING)
DELIVERY_LABELS: dict[str, str] = {BY_POST: QT_TRANSLATE_NOOP("", "by post"), BY_HAND: QT_TRANSLATE_NOOP("", "by hand"),
                                   TO_WING: QT_TRANSLATE_NOOP("", "to the wing")}
# The lawful bases of UK GDPR Article 6(1); a worker picks the one the service relies on for this letter.
# Stored (and synced) as written here; shown with tr().
LAWFUL_BASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Legitimate interests"), QT_TRANSLATE_NOOP("", "Consent"),
    QT_TRANSLATE_NOOP("", "Public task"), QT_TRANSLATE_NOOP("", "Legal obligation"),
    QT_TRANSLATE_NOOP("", "Vital interests"), QT_TRANSLATE_NOOP("", "Contract"),
)
# A recipient's role as the dialog shows it; a relationship ("partner", "mother"...) is shown as recorded.
ROLE_LABELS: dict[str, str] = {"prisoner": QT_TRANSLATE_NOOP("", "prisoner"),
                               "lead visitor": QT_TRANSLATE_NOOP("", "lead visitor"),  # not shown: the key
                               "visitor": QT_TRANSLATE_NOOP("", "visitor"), "family": QT_TRANSLATE_NOOP("", "family")}
SENT = "letter sent"  # the audit trail's action (stored)  # not shown
REASON_MAX = 500  # why a letter was sent: a few lines that travel with its record to every worker desk
# Restriction kinds that bar contact with someone: a letter to them, or posted where they live, is refused.
CONTACT_BARS: tuple[str, ...] = ("No contact with named person", "Restraining order")  # not shown: stored kinds
ADULT = 18

VISIT_BRING = language.words(ENGLISH)["visit_bring"]
FAMILY_DAY_BRING = language.words(ENGLISH)["family_day_bring"]


@dataclass
class Recipient:
    person_id: str
    ref: str
    name: str
    role: str  # "prisoner", "lead visitor", "visitor", or the relationship to the prisoner
    address: str
    is_prisoner: bool
    do_not_disclose: bool
    deliveries: tuple[str, ...]
    language: str = ""  # their preferred language (Person.language): "cy" gets a Welsh letter by default
    wing: str = ""  # a prisoner's wing, for the address in the letter's language
    language_note: str = ""  # another language, for an interpreter ("Polish: interpreter needed")

    @property
    def letter_language(self) -> str:
        """The language their letter goes out in unless the worker chooses otherwise."""
        return language.for_person(self.language)

    @property
    def label(self) -> str:
        role = tr(ROLE_LABELS[self.role]) if self.role in ROLE_LABELS else self.role
        if self.do_not_disclose:
            return tr("{name} ({role}) · DO NOT DISCLOSE").format(name=self.name, role=role)
        return tr("{name} ({role})").format(name=self.name, role=role)


@dataclass
class LetterContext:
    """Everything one letter may say, and who may receive it, for one booking, place, application or case."""

    what: str  # "booking B-XXXXX", in the desk's language
    noun: str  # "booking": what the letter is written from, in the desk's language
    case_id: str | None
    case_ref: str
    prisoner_id: str | None
    booking_id: str | None = None
    request_id: str | None = None
    application_id: str | None = None
    suggested_kind: str = templates.OTHER
    recipients: list[Recipient] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    # people a list field names, in order: (field, person id, name, do not disclose, extra words)
    listed: list[tuple[str, str, str, bool, str]] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # person id -> why no letter may go to them
    place_status: str = ""  # a family-day place's status: an invitation goes only to an allocated place
    not_to_confirm: str = ""  # why this booking may not be confirmed (not booked, or flagged), if so
    missing: dict[str, str] = field(default_factory=dict)  # field -> what it needs, here (beats the general word)
    # what a letter writes in its own language: field -> date, the session's (starts, ends), a visit type's
    # English label, "visit"/"family day" for what to bring, a family day's kind when it has no title
    dates: dict[str, date] = field(default_factory=dict)
    times: tuple[str, str] | None = None
    visit_type: str = ""
    bring: str = ""
    day_kind: str = ""
    day_title_default: bool = False
    day_place_default: bool = False


@dataclass
class Prepared:
    """One letter ready to print: its page, and what recording it as sent will write."""

    context: LetterContext
    template: templates.TemplateRow
    recipient: Recipient
    delivery: str
    address: str
    ref: str
    html: str
    warnings: list[str]
    typed: dict[str, str]
    language: str = ENGLISH  # "en", "cy" or "cy+en" (Welsh first, then English)

    @property
    def suggested_name(self) -> str:
        # one file name in the folder the worker chose: a template's name (set on any worker's desk) may hold
        # separators, drive colons or ".." on Windows as well as here
        name = re.sub(r'[^\w \-]+', "-", f"{self.ref} {self.template.name}")
        return re.sub(r"-{2,}", "-", name).strip(" -")[:100]


def long_date(d: date, lang: str = ENGLISH) -> str:
    """"Tuesday 10 March 2026"; in a Welsh letter "Dydd Mawrth 10 Mawrth 2026" (language.py's tables)."""
    return language.long_date(d, lang)


def _norm_address(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").casefold())


_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)


def _house(text: str) -> tuple[str, frozenset[str]] | None:
    """(postcode, the numbers before it) of a UK address, or None: the same house however the street is typed
    ("Row" or "Road", a flat number added, commas or none). Only a check for the post, so a near miss errs
    on the side of giving the letter by hand."""
    found = list(_POSTCODE.finditer(text or ""))
    if not found:
        return None
    m = found[-1]
    numbers = frozenset(n.lstrip("0") for n in re.findall(r"\d+", text[:m.start()]))
    return (m.group(1) + m.group(2)).upper(), numbers


def _same_address(a: str, b: str) -> bool:
    if _norm_address(a) == _norm_address(b):
        return True
    ha, hb = _house(a), _house(b)
    return ha is not None and hb is not None and ha[0] == hb[0] and bool(ha[1] & hb[1])


def _age(p: Person, on: date) -> int | None:
    return age_on(p.date_of_birth, on) if p.date_of_birth is not None and p.date_of_birth <= on else None


def _prisoner_address(name: str, prison_number: str, wing: str, establishment: str, lang: str = ENGLISH) -> str:
    lines = [f"{name} {prison_number}".strip()]
    if wing:
        lines.append(language.words(lang)["wing"].format(wing=wing))
    if establishment:
        lines.append(establishment)
    return "\n".join(lines)


def _recipient(p: Person, role: str) -> Recipient:
    if p.is_prisoner:
        return Recipient(p.id, p.ref, p.full_name, "prisoner",
                         _prisoner_address(p.full_name, p.prison_number, p.wing, p.establishment), True, False,
                         (TO_WING, BY_HAND), p.language or "", p.wing or "", p.language_note or "")
    return Recipient(p.id, p.ref, p.full_name, role, (p.address or "").strip(), False, bool(p.do_not_disclose),
                     (BY_POST, BY_HAND) if (p.address or "").strip() else (BY_HAND,), p.language or "", "",
                     p.language_note or "")


def _add_people(ctx: LetterContext, people: list[tuple[Person, str]], today: date) -> None:
    """Recipients: the prisoner and the adults; a child is refused with where their letter goes instead."""
    seen = {r.person_id for r in ctx.recipients}
    for p, role in people:
        if p.id in seen or p.deleted:
            continue
        seen.add(p.id)
        age = _age(p, today)
        if not p.is_prisoner and age is not None and age < ADULT:
            ctx.refused[p.id] = tr("{name} is under {adult}: write to the adult who cares for them, who can share "
                                   "it with them.").format(name=p.full_name, adult=ADULT)
            continue
        ctx.recipients.append(_recipient(p, role))


def _common(session: Session, ctx: LetterContext, prisoner: Person | None, today: date) -> None:
    me = desk(session)
    ctx.dates["today"] = today
    ctx.values.update({
        "worker_name": me.worker_name, "desk_name": me.desk_name, "today": long_date(today), "case_ref": ctx.case_ref,
    })
    if prisoner is not None:
        ctx.values.update({"prisoner_name": prisoner.full_name, "prison_number": prisoner.prison_number or "",
                           "establishment": prisoner.establishment or me.establishment or "",
                           "wing": prisoner.wing or ""})
    else:
        ctx.values["establishment"] = me.establishment or ""


def _case(session: Session, case_id: str | None) -> Case | None:
    """The live case, if this desk holds it (a visits hall holds none: its letters find the case by the person)."""
    c = session.get(Case, case_id) if case_id else None
    return None if c is None or c.deleted else c


def for_booking(session: Session, booking_id: str, today: date | None = None) -> LetterContext:
    today = today or date.today()
    b = get_live(session, Booking, booking_id, tr("No such booking."))
    prisoner = session.get(Person, b.prisoner_id)
    case = _case(session, prisoner.case_id if prisoner else None)
    t = session.get(SessionTemplate, b.template_id)
    ctx = LetterContext(tr("booking {ref}").format(ref=b.ref), tr("booking"), case.id if case else None,
                        case.ref if case else "", b.prisoner_id, booking_id=b.id, suggested_kind=templates.VISIT_CONFIRMATION)
    flagged = flags.flagged_bookings(session, [b.id])
    if b.id in flagged:
        ctx.not_to_confirm = tr("{ref} is flagged ({cause}): resolve the flag (Visits page, Resolve flag) before "
                                "confirming the visit.").format(ref=b.ref, cause=flagged[b.id].cause_label)
    elif b.waiting_list:
        ctx.not_to_confirm = tr("{ref} is on the waiting list: only a booked visit is confirmed.").format(ref=b.ref)
    elif b.status != "booked":
        ctx.not_to_confirm = tr("{ref} is {status}: only a booked visit is confirmed.").format(ref=b.ref,
                                                                                              status=b.status)
    visitors = session.execute(
        select(Person).join(BookingVisitor, BookingVisitor.person_id == Person.id)
        .where(BookingVisitor.booking_id == b.id, BookingVisitor.live(), Person.live())
        .order_by(BookingVisitor.created_hlc)).scalars().all()
    visitors = sorted(visitors, key=lambda p: p.id != b.lead_visitor_id)
    people: list[tuple[Person, str]] = [(p, "lead visitor" if p.id == b.lead_visitor_id else "visitor")  # not shown
                                        for p in visitors]
    if prisoner is not None:
        people.insert(0, (prisoner, "prisoner"))
    _add_people(ctx, people, today)
    for p in visitors:
        age = _age(p, b.on)
        ctx.listed.append(("visitors", p.id, p.full_name, bool(p.do_not_disclose),
                           str(age) if age is not None and age < ADULT else ""))
    _common(session, ctx, prisoner, today)
    ctx.dates["visit_date"] = b.on
    ctx.times = (t.starts, t.ends) if t else None
    ctx.visit_type = VISIT_TYPE_LABELS.get(b.visit_type, b.visit_type)
    ctx.bring = "visit_bring"
    ctx.values.update({"booking_ref": b.ref, "visit_room": (t.room or t.name) if t else ""})
    _in_language(ctx, ENGLISH)
    return ctx


def for_family_day_place(session: Session, request_id: str, today: date | None = None) -> LetterContext:
    today = today or date.today()
    r = get_live(session, FamilyDayRequest, request_id, tr("No such family-day place."))
    day = session.get(FamilyDay, r.family_day_id)
    prisoner = session.get(Person, r.prisoner_id)
    case = _case(session, r.case_id or (prisoner.case_id if prisoner else None))
    ctx = LetterContext(tr("family-day place {ref}").format(ref=r.ref), tr("family-day place"),
                        case.id if case else None, case.ref if case else "", r.prisoner_id, request_id=r.id,
                        suggested_kind=templates.FAMILY_DAY_INVITATION,
                        place_status=r.status)
    rows = session.execute(
        select(Person, FamilyDayAttendee.clearance).join(FamilyDayAttendee, FamilyDayAttendee.person_id == Person.id)
        .where(FamilyDayAttendee.request_id == r.id, FamilyDayAttendee.live(), Person.live())
        .order_by(FamilyDayAttendee.created_hlc)).all()
    people: list[tuple[Person, str]] = [(p, p.relationship or "family") for p, _ in rows]
    if prisoner is not None:
        people.insert(0, (prisoner, "prisoner"))
    _add_people(ctx, people, today)
    for p, clearance in rows:
        ctx.listed.append(("family_day_people", p.id, p.full_name, bool(p.do_not_disclose), clearance))
    _common(session, ctx, prisoner, today)
    if day is not None:
        ctx.dates["family_day_date"] = day.on
        if day.clearance_deadline:
            ctx.dates["clearance_deadline"] = day.clearance_deadline
        else:
            ctx.values["clearance_deadline"] = ""
        ctx.bring = "family_day_bring"
        ctx.day_kind, ctx.day_title_default = day.kind or "", not day.title
        ctx.day_place_default = not day.place
        ctx.values.update({"family_day_title": day.title or "", "family_day_place": day.place or ""})
    _in_language(ctx, ENGLISH)
    return ctx


def for_application(session: Session, application_id: str, today: date | None = None) -> LetterContext:
    today = today or date.today()
    a = get_live(session, Application, application_id, tr("No such application."))
    prisoner = session.get(Person, a.prisoner_id) if a.prisoner_id else None
    if prisoner is None:
        raise InputRefused(tr("{ref} is from a prisoner not yet on file: add them first, then write the slip.")
                           .format(ref=a.ref))
    case = _case(session, a.case_id or prisoner.case_id)
    ctx = LetterContext(tr("application {ref}").format(ref=a.ref), tr("application"), case.id if case else None,
                        case.ref if case else "", prisoner.id, application_id=a.id,
                        suggested_kind=templates.APPLICATION_RESPONSE)
    _add_people(ctx, [(prisoner, "prisoner")], today)
    _common(session, ctx, prisoner, today)
    if a.received_at:
        ctx.dates["application_received"] = a.received_at.date()
    ctx.values.update({
        "application_ref": a.ref, "application_kind": a.kind, "application_received": "",
        "application_response": a.response or "", "application_outcome": a.outcome or "",
    })
    _in_language(ctx, ENGLISH)
    ctx.missing.update({f: QT_TRANSLATE_NOOP("", "respond to the application first (Applications page, Respond)")
                        for f in ("application_response", "application_outcome")})
    return ctx


def for_case(session: Session, case_id: str, today: date | None = None) -> LetterContext:
    today = today or date.today()
    case = _case(session, case_id)
    if case is None:
        raise InputRefused(tr("No such case."))
    people = session.execute(select(Person).where(Person.case_id == case.id, Person.live())
                             .order_by(Person.is_prisoner.desc(), Person.created_hlc)).scalars().all()
    prisoner = next((p for p in people if p.is_prisoner), None)
    ctx = LetterContext(tr("case {ref}").format(ref=case.ref), tr("case"), case.id, case.ref,
                        prisoner.id if prisoner else None,
                        suggested_kind=templates.APPOINTMENT)
    _add_people(ctx, [(p, "prisoner" if p.is_prisoner else (p.relationship or "family")) for p in people], today)
    _common(session, ctx, prisoner, today)
    return ctx


# field -> what a letter needs to fill it (shown with tr() in the refusal: fields.body_html)
_NEEDS = {
    **{f: QT_TRANSLATE_NOOP("", "write it from a visit booking (Visits page, or the case's Visits tab)") for f in
       ("visit_date", "session_time", "visit_room", "visit_type", "visitors", "booking_ref")},
    **{f: QT_TRANSLATE_NOOP("", "write it from a family-day place (Family days page)") for f in
       ("family_day_title", "family_day_date", "family_day_place", "clearance_deadline", "family_day_people")},
    **{f: QT_TRANSLATE_NOOP("", "write it from the application (Applications page)") for f in
       ("application_ref", "application_kind", "application_received", "application_response",
        "application_outcome")},
    **{f: QT_TRANSLATE_NOOP("", "type it in the letter dialog") for f in fields.TYPED},
    "what_to_bring": QT_TRANSLATE_NOOP("", "write it from a visit booking or a family-day place"),
    "prisoner_name": QT_TRANSLATE_NOOP("", "no prisoner is recorded here"),
    "prison_number": QT_TRANSLATE_NOOP("", "no prison number is recorded"),
    "wing": QT_TRANSLATE_NOOP("", "no wing is recorded for the prisoner"),
    "case_ref": QT_TRANSLATE_NOOP("", "the prisoner has no case on this desk"),
    "clearance_deadline": QT_TRANSLATE_NOOP("", "the family day has no clearance deadline recorded"),
}


def _in_language(ctx: LetterContext, lang: str) -> dict[str, str]:
    """The context's values as a letter in ``lang`` writes them (dates, times, what to bring...); English is
    also kept in ``ctx.values``, which the dialog and the checks read."""
    w = language.words(lang)
    values = {k: language.long_date(d, lang) for k, d in ctx.dates.items()}
    if ctx.times is not None:
        values["session_time"] = w["session_time"].format(starts=ctx.times[0], ends=ctx.times[1])
    elif "visit_date" in ctx.dates:
        values["session_time"] = ""
    if ctx.visit_type:
        values["visit_type"] = (language.VISIT_TYPES_CY.get(ctx.visit_type, ctx.visit_type) if lang == WELSH
                                else ctx.visit_type)
    if ctx.bring:
        values["what_to_bring"] = w[ctx.bring]
    if "family_day_date" in ctx.dates:
        if ctx.day_title_default:
            values["family_day_title"] = w["family_day_title"].format(kind=ctx.day_kind)
        if ctx.day_place_default:
            values["family_day_place"] = w["family_day_place"]
    if lang == ENGLISH:
        ctx.values.update(values)
    return {**ctx.values, **values}


def _listed(ctx: LetterContext, name: str, recipient: Recipient, lang: str = ENGLISH) -> str:
    """A list field's names, leaving out anyone do-not-disclose unless the letter is theirs."""
    w = language.words(lang)
    shown = []
    for f_, pid, who, hidden, extra in ctx.listed:
        if f_ != name or (hidden and pid != recipient.person_id):
            continue
        if extra and name == "visitors":
            extra = w["age"].format(age=extra)
        elif extra:
            extra = w["clearance"].format(clearance=language.CLEARANCE_CY.get(extra, extra) if lang == WELSH
                                          else extra)
        shown.append(f"{who}{extra}")
    return ", ".join(shown)


def _refresh_hidden(session: Session, ctx: LetterContext) -> None:
    """Do-not-disclose as it stands now, not as it stood when the context was gathered.

    The letter dialog stays open while the worker (or a sync) marks someone do not disclose; the
    prisoner's copy printed after that must leave them out all the same.
    """
    ids = {pid for _f, pid, *_ in ctx.listed} | {r.person_id for r in ctx.recipients if not r.is_prisoner}
    if not ids:
        return
    hidden = set(session.execute(select(Person.id).where(Person.id.in_(ids), Person.do_not_disclose.is_(True)))
                 .scalars())
    ctx.listed = [(f_, pid, who, pid in hidden, extra) for f_, pid, who, _old, extra in ctx.listed]
    for r in ctx.recipients:
        if not r.is_prisoner:
            r.do_not_disclose = r.person_id in hidden


def _contact_bars(session: Session, person_ids: list[str], on: date) -> list[tuple[Restriction, Person]]:
    if not person_ids:
        return []
    rows = session.execute(
        select(Restriction, Person).join(Person, Person.id == Restriction.person_id)
        .where(Restriction.person_id.in_(person_ids), Restriction.live(), Person.live(),
               Restriction.kind.in_(CONTACT_BARS))
        .order_by(Restriction.starts_on, Restriction.created_hlc)).all()
    return [(r, p) for r, p in rows if (r.starts_on is None or r.starts_on <= on) and (r.ends_on is None
                                                                                          or r.ends_on >= on)]


def check_recipient(session: Session, ctx: LetterContext, person_id: str, delivery: str,
                    today: date | None = None) -> tuple[Recipient, str, list[str]]:
    """(the recipient, the address used, warnings), or a refusal saying why this letter may not go."""
    today = today or date.today()
    if person_id in ctx.refused:
        raise InputRefused(ctx.refused[person_id])
    recipient = next((r for r in ctx.recipients if r.person_id == person_id), None)
    if recipient is None:
        raise InputRefused(tr("Choose who the letter is for from the people on this {what}.")
                           .format(what=ctx.noun or ctx.what))
    if delivery not in recipient.deliveries:
        if delivery == BY_POST and not recipient.is_prisoner:
            raise InputRefused(tr("No address is recorded for {name}: give the letter by hand, or add their address "
                                  "on the case first.").format(name=recipient.name))
        ways = [tr(DELIVERY_LABELS.get(d, d)) for d in recipient.deliveries]
        raise InputRefused(tr("A letter to {name} goes {ways}.").format(name=recipient.name,
                                                                        ways=tr(" or ").join(ways)))
    warnings: list[str] = []
    if not recipient.is_prisoner:
        for r, _p in _contact_bars(session, [recipient.person_id], today):
            raise InputRefused(tr("{name} has a contact restriction in force ({kind}). No letter from this desk goes "
                                  "to them; talk to your supervisor.").format(name=recipient.name, kind=r.kind))
    address = recipient.address if delivery in (BY_POST, TO_WING) else ""
    if delivery == BY_POST:
        others = [p.id for p in session.execute(
            select(Person).where(Person.live(), Person.id != recipient.person_id, Person.is_prisoner.is_not(True),
                                 func.length(Person.address) > 0)).scalars()
            if _same_address(p.address, address)]
        for r, p in _contact_bars(session, others, today):
            raise InputRefused(tr("The address used is also recorded for {name} ({ref}), who has a contact "
                                  "restriction in force ({kind}). Do not post it there: give the letter by hand, or "
                                  "check the address with your supervisor.").format(name=p.full_name, ref=p.ref,
                                                                                    kind=r.kind))
    if ctx.prisoner_id and not recipient.is_prisoner:
        for r, p in _contact_bars(session, [ctx.prisoner_id], today):
            warnings.append(tr("{name} has a contact restriction in force ({kind}). Check this letter does not go "
                               "to the person it protects.").format(name=p.full_name, kind=r.kind))
    if recipient.do_not_disclose:
        warnings.append(tr("{name} is marked do not disclose: this letter is for them alone. Never give it, or a "
                           "copy, to the prisoner.").format(name=recipient.name))
    return recipient, address, warnings


def pair(session: Session, template_id: str, lang: str) -> tuple[templates.TemplateRow, ...]:
    """The template(s) a letter in ``lang`` prints: the chosen one, or for a bilingual letter its Welsh and its
    English version (a shipped default's own partner, else the first template of the same kind)."""
    template = templates.get(session, template_id)
    if lang != BILINGUAL:
        return (template,)
    rows = templates.templates(session)
    found = {want: templates.in_language(rows, template.kind, want, template) for want in (WELSH, ENGLISH)}
    for want, label in ((WELSH, tr("Welsh")), (ENGLISH, tr("English"))):
        if found[want] is None:
            raise InputRefused(tr("A bilingual letter needs this letter in Welsh and in English: there is no "
                                  "{language} template of this kind. Add one (File > Edit lists > Letter "
                                  "templates), or print it in one language.").format(language=label))
    return (found[WELSH], found[ENGLISH])


def prepare(session: Session, ctx: LetterContext, template_id: str, person_id: str, delivery: str,
            typed: dict[str, str] | None = None, today: date | None = None, ref: str = "",
            lang: str = "") -> Prepared:
    """The letter for one recipient as it will print, after every check; nothing is written.

    ``lang`` is the letter's language: "" the template's own, ``WELSH``/``ENGLISH`` the template's, or
    ``BILINGUAL``: the template's Welsh version first, then its English version, on the same pages.
    """
    today = today or date.today()
    chosen = pair(session, template_id, lang)
    template = chosen[0]
    lang = BILINGUAL if lang == BILINGUAL else template.language
    for t in chosen:
        fields.check(t.body)  # one that arrived from another desk was never checked here: empty, too long
    if template.kind == templates.FAMILY_DAY_INVITATION and ctx.place_status and ctx.place_status != "allocated":
        raise InputRefused(tr("This place is {status}, not allocated: an invitation goes once the place is "
                              "allocated (Allocate places).").format(status=ctx.place_status))
    if template.kind == templates.VISIT_CONFIRMATION and ctx.not_to_confirm:
        raise InputRefused(ctx.not_to_confirm)
    _refresh_hidden(session, ctx)
    recipient, address, warnings = check_recipient(session, ctx, person_id, delivery, today)
    typed = {k: (v or "").strip() for k, v in (typed or {}).items() if k in fields.TYPED}
    me = desk(session)
    ref = ref or new_ref(Letter.__ref_prefix__)
    languages = (WELSH, ENGLISH) if lang == BILINGUAL else (lang,)
    if recipient.is_prisoner and delivery == TO_WING and languages[0] == WELSH:
        address = _prisoner_address(recipient.name, ctx.values.get("prison_number", ""), recipient.wing,
                                    ctx.values.get("establishment", ""), WELSH)
    bodies, titles, footers, dated, heads = [], [], [], [], []
    for t, in_lang in zip(chosen, languages):
        w = language.words(in_lang)
        values = _in_language(ctx, in_lang)
        values.update(typed)
        values.update({"recipient_name": recipient.name, "recipient_address": address or recipient.name,
                       "family_name": recipient.name.rsplit(" ", 1)[-1]})
        for list_field in ("visitors", "family_day_people"):
            if any(f_ == list_field for f_, *_ in ctx.listed):
                values[list_field] = _listed(ctx, list_field, recipient, in_lang) or w["as_booked"]
        bodies.append(fields.body_html(t.body, values, {**_NEEDS, **ctx.missing}))
        titles.append(t.name)
        printed = show_date(today) if in_lang == ENGLISH else language.short_date(today, in_lang)
        footers.append(w["footer"].format(ref=ref, printed=printed, worker=me.worker_name, name=recipient.name))
        dated.append(long_date(today, in_lang))
        heads.append(w["service"])
    letterhead = [" / ".join(heads), me.desk_name, me.establishment or ""]
    block = {BY_POST: f"{recipient.name}\n{address}", TO_WING: address}.get(delivery, recipient.name)
    body = bodies[0] + "".join(fields.section_html(title, more) for title, more in zip(titles[1:], bodies[1:]))
    page = fields.page_html(titles[0], letterhead, block, "\n".join(dated), body, "\n".join(footers))
    if len(chosen) > 1:  # the record names both: "Cadarnhau ymweliad / Visit confirmation"
        template = replace(template, name=" / ".join(titles)[:templates.NAME_MAX])
    return Prepared(ctx, template, recipient, delivery, address, ref, page, warnings, typed, lang)


def record_sent(session: Session, prepared: Prepared, lawful_basis: str, reason: str,
                now: datetime | None = None) -> Letter:
    """The letter goes on record: the case's history, one audit entry with the lawful basis, its text kept here."""
    if lawful_basis not in LAWFUL_BASES:
        raise InputRefused(tr("Choose the lawful basis for sending it: {bases}.")
                           .format(bases=", ".join(tr(b) for b in LAWFUL_BASES)))
    reason = (reason or "").strip()
    if not reason:
        raise InputRefused(tr("Say why the letter is sent (for example: to confirm the visit booked on the phone)."))
    if len(reason) > REASON_MAX:
        raise InputRefused(tr("The reason is too long ({most} characters at most): say why in a few lines.")
                           .format(most=REASON_MAX))
    now = (now or datetime.now()).replace(microsecond=0)
    ctx, me = prepared.context, desk(session)
    if ctx.case_id is None and ctx.booking_id is None and ctx.request_id is None and ctx.application_id is None:
        raise InputRefused(tr("A letter is written from a case, a booking, a family-day place or an application."))
    row = Letter(ref=prepared.ref, case_id=ctx.case_id, recipient_id=prepared.recipient.person_id,
                 template_id=prepared.template.id, template_name=prepared.template.name,
                 kind=prepared.template.kind, booking_id=ctx.booking_id, request_id=ctx.request_id,
                 application_id=ctx.application_id, delivery=prepared.delivery, lawful_basis=lawful_basis,
                 reason=reason, sent_at=now, sent_by=me.worker_name)
    if session.execute(select(Letter.id).where(Letter.ref == prepared.ref)).first() is not None:
        row.ref = ""  # printed already under this reference: the change log gives a fresh one
    with audit.quiet(session):
        session.add(row)
        session.flush()
    session.add(LetterText(letter_id=row.id, body_html=prepared.html))
    audit.record(session, SENT, "letters", row.id,
                 f"{prepared.template.kind} to {prepared.recipient.ref} {prepared.delivery}; "  # not shown: stored
                 f"lawful basis: {lawful_basis}")  # not shown: the audit's detail, stored
    session.flush()
    return row


@dataclass
class LetterRow:
    id: str
    ref: str
    sent_at: datetime
    template_name: str
    kind: str
    recipient: str
    delivery: str
    lawful_basis: str
    reason: str
    sent_by: str
    kept_here: bool  # its text is on this desk (printed here)


def letters_of_case(session: Session, case_id: str) -> list[LetterRow]:
    """Letters on record for a case, newest first."""
    rows = session.execute(
        select(Letter, Person, LetterText.letter_id).join(Person, Person.id == Letter.recipient_id)
        .outerjoin(LetterText, LetterText.letter_id == Letter.id)
        .where(Letter.of_case(case_id), Letter.live()).order_by(Letter.sent_at.desc(), Letter.ref)).all()
    return [LetterRow(le.id, le.ref, le.sent_at, le.template_name, le.kind, p.full_name, le.delivery,
                      le.lawful_basis, le.reason, le.sent_by, kept is not None) for le, p, kept in rows]


def letter_text(session: Session, letter_id: str) -> str:
    """The letter as printed, if it was printed on this desk (its text never travels)."""
    row = session.get(LetterText, letter_id)
    if row is None:
        raise InputRefused(tr("This letter's text is not on this desk: it was printed on another desk (its text "
                              "stays there), or someone it named was erased."))
    return row.body_html

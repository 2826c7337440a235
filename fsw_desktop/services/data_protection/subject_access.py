"""Subject access: everything held about one person, as plain data and HTML for a PDF.

The UI writes the PDF (``ui.printing.write_pdf``) and then calls ``record_export``,
so every export leaves one audit entry. What is left out:

- other people: family members, visitors and prisoners are third parties, so they
  are never listed, and their names, addresses and phone numbers are replaced by
  "[third party]" in any free text that is shown;
- in a prisoner's export, case notes written about the family (referral reasons,
  contacts, assessment notes, plan, concerns) and internal notes on applications
  are withheld altogether, so a do-not-disclose family member cannot show
  through, not even as a redaction; the export says what was withheld;
- risk information and safeguarding concerns, which may concern others' safety,
  are withheld from every export for the worker to review by hand.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..desk.dates import show_date, show_when
from ...errors import InputRefused
from ...models.applications import Application
from ...models.cases import Assessment, Case, Contact, Goal, Score
from ...models.directory import Agency
from ...models.people import Consent, Person, Restriction
from ...models.letters import Letter
from ...models.visits import Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from . import audit
from ...words import QT_TRANSLATE_NOOP, tr

THIRD_PARTY = QT_TRANSLATE_NOOP("", "[third party]")

PERSON_FIELDS: tuple[tuple[str, str], ...] = (
    ("ref", QT_TRANSLATE_NOOP("", "Reference")),
    ("given_name", QT_TRANSLATE_NOOP("", "Given name")),
    ("family_name", QT_TRANSLATE_NOOP("", "Family name")),
    ("date_of_birth", QT_TRANSLATE_NOOP("", "Date of birth")),
    ("gender", QT_TRANSLATE_NOOP("", "Gender")),
    ("ethnicity", QT_TRANSLATE_NOOP("", "Ethnicity")),
    ("relationship", QT_TRANSLATE_NOOP("", "Relationship to the prisoner")),
    ("supported_directly", QT_TRANSLATE_NOOP("", "Supported directly")),
    ("address", QT_TRANSLATE_NOOP("", "Address")),
    ("phone", QT_TRANSLATE_NOOP("", "Phone")),
    ("language", QT_TRANSLATE_NOOP("", "Language for letters")),
    ("language_note", QT_TRANSLATE_NOOP("", "Language note")),
    ("notes", QT_TRANSLATE_NOOP("", "Notes")),
    ("school", QT_TRANSLATE_NOOP("", "School")),
    ("school_contact", QT_TRANSLATE_NOOP("", "School contact")),
    ("carer", QT_TRANSLATE_NOOP("", "Cared for by")),
    ("told_where_parent", QT_TRANSLATE_NOOP("", "Told where their parent is")),
    ("child_views", QT_TRANSLATE_NOOP("", "Their views")),
    ("sharing_agreed", QT_TRANSLATE_NOOP("", "What they agreed may be shared")),
    ("young_carer", QT_TRANSLATE_NOOP("", "Young carer")),
    ("bullying", QT_TRANSLATE_NOOP("", "Bullying")),
    ("prison_number", QT_TRANSLATE_NOOP("", "Prison number")),
    ("establishment", QT_TRANSLATE_NOOP("", "Establishment")),
    ("wing", QT_TRANSLATE_NOOP("", "Wing")),
    ("category", QT_TRANSLATE_NOOP("", "Category")),
    ("sentence_type", QT_TRANSLATE_NOOP("", "Sentence type")),
    ("offence_category", QT_TRANSLATE_NOOP("", "Offence category")),
    ("sentence_months", QT_TRANSLATE_NOOP("", "Sentence (months)")),
    ("expected_release", QT_TRANSLATE_NOOP("", "Expected release")),
    ("rotl", QT_TRANSLATE_NOOP("", "ROTL")),
    ("transfers", QT_TRANSLATE_NOOP("", "Transfers")),
    ("offender_manager", QT_TRANSLATE_NOOP("", "Offender Manager")),
    ("probation_provider", QT_TRANSLATE_NOOP("", "Probation provider")),
    ("involvement", QT_TRANSLATE_NOOP("", "Involvement with the service")),
    ("visitor_approved", QT_TRANSLATE_NOOP("", "Approved visitor")),
    ("ban_reason", QT_TRANSLATE_NOOP("", "Visit ban reason")),
    ("banned_until", QT_TRANSLATE_NOOP("", "Banned until")),
    ("closed_visits_only", QT_TRANSLATE_NOOP("", "Closed visits only")),
)

# Fields a worker writes in their own words: shown with other people's details taken out.
FREE_TEXT = frozenset({"notes", "school_contact", "carer", "child_views", "sharing_agreed", "transfers",
                       "involvement", "ban_reason", "offender_manager"})
# On a prisoner's own record, notes are about his family: left out, as the family's case notes are.
PRISONER_WITHHELD = frozenset({"notes"})


@dataclass
class Section:
    title: str
    headers: Sequence[str] = ()
    rows: list[Sequence[Any]] = field(default_factory=list)
    note: str = ""


@dataclass
class SubjectAccessExport:
    person_id: str
    person_ref: str
    name: str
    is_prisoner: bool
    made_on: date
    sections: list[Section] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return tr("Information held about {value}").format(value=self.name or self.person_ref)

    def html(self) -> str:
        return export_html(self)


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return show_when(value)
    if isinstance(value, date):
        return show_date(value)
    return str(value)


_HOUSE_NUMBER = re.compile(r"^(flat|apartment|unit)?\s*[\d/-]+[a-z]?\b\s*", re.IGNORECASE)


class Redactor:
    """Replaces other people's names, addresses and phone numbers in free text."""

    def __init__(self, others: Iterable[Person], keep: Person) -> None:
        own = {s.casefold() for s in (keep.given_name, keep.family_name, keep.full_name) if s}
        terms: set[str] = set()
        for p in others:
            for value in (p.full_name, p.given_name, p.family_name, p.address, p.phone, p.school_contact):
                value = (value or "").strip()
                if len(value) >= 2 and value.casefold() not in own:
                    terms.add(value)
            for line in (p.address or "").replace(",", "\n").splitlines():
                line = line.strip()
                street = _HOUSE_NUMBER.sub("", line)  # "12 Refuge Road" is also written "Refuge Road"
                terms.update(t for t in (line, street) if len(t) >= 4)
        self._pattern = (re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
                                    re.IGNORECASE) if terms else None)

    def __call__(self, text: str | None) -> str:
        text = text or ""
        mark = tr(THIRD_PARTY)
        return self._pattern.sub(lambda _m: mark, text) if self._pattern is not None else text


def _person(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise InputRefused(tr("No such person."))
    return person


def _third_parties(session: Session, person: Person, case: Case | None) -> list[Person]:
    """Everyone else this desk holds who could be named in free text shown in this person's export.

    That is the case's people, everyone marked do not disclose, and the people met through
    visits and family days: on any booking this person is on (its prisoner, lead visitor and
    visitors) and on any family day they asked for or came to (every family's prisoner and
    attendees that day). Visitors with no case of their own are known to the desk only through
    those bookings and family days, yet a prisoner may well name them in an application, so
    they must be redacted like the family. Removed (deleted) links and records are included on
    purpose: a name taken off a booking is still someone else's.
    """
    me = person.id
    my_bookings = select(Booking.id).where(or_(
        Booking.prisoner_id == me, Booking.lead_visitor_id == me,
        Booking.id.in_(select(BookingVisitor.booking_id).where(BookingVisitor.person_id == me))))
    my_days = select(FamilyDayRequest.family_day_id).where(or_(
        FamilyDayRequest.prisoner_id == me,
        FamilyDayRequest.id.in_(select(FamilyDayAttendee.request_id).where(FamilyDayAttendee.person_id == me))))
    day_requests = select(FamilyDayRequest.id).where(FamilyDayRequest.family_day_id.in_(my_days))
    met = (select(Booking.prisoner_id).where(Booking.id.in_(my_bookings))
           .union(select(Booking.lead_visitor_id).where(Booking.id.in_(my_bookings)),
                  select(BookingVisitor.person_id).where(BookingVisitor.booking_id.in_(my_bookings)),
                  select(FamilyDayRequest.prisoner_id).where(FamilyDayRequest.id.in_(day_requests)),
                  select(FamilyDayAttendee.person_id).where(FamilyDayAttendee.request_id.in_(day_requests))))
    who = [Person.do_not_disclose.is_(True), Person.id.in_(met)]
    if case is not None:
        who.append(Person.case_id == case.id)
    return list(session.execute(select(Person).where(Person.id != me, or_(*who))).scalars())


def build(session: Session, person_id: str, today: date | None = None) -> SubjectAccessExport:
    """Everything held about this person, third parties left out. Reads only; audit with ``record_export``."""
    today = today or date.today()
    person = _person(session, person_id)
    case = session.get(Case, person.case_id) if person.case_id else None
    if case is not None and case.deleted:
        case = None
    prisoner = bool(person.is_prisoner)
    out = SubjectAccessExport(person.id, person.ref, person.full_name, prisoner, today)

    redact = Redactor(_third_parties(session, person, case), person)

    rows = []
    for attr, label in PERSON_FIELDS:
        label = tr(label)
        value = getattr(person, attr)
        if value in (None, "") or (isinstance(value, bool) and not value and attr not in ("visitor_approved",)):
            continue
        if attr == "visitor_approved" and value and not person.ban_reason:
            continue
        if prisoner and attr in PRISONER_WITHHELD:
            out.withheld.append(tr("{label}: the worker's notes about the family, which may name other people.").format(
                                   label=label))
            continue
        # Free text written by a worker can name anyone; the person's own details are theirs.
        rows.append((label, redact(_show(value)) if attr in FREE_TEXT else _show(value)))
    out.sections.append(Section(tr("About you"), ("", ""), rows))

    if case is not None:
        crow = [(tr("Case"), case.ref), (tr("Status"), case.status), (tr("Referred on"), _show(case.referral_date)),
                (tr("Referred by"), case.referral_source), (tr("Family support worker"), case.worker)]
        if case.closed_on:
            crow += [(tr("Closed on"), _show(case.closed_on)), (tr("Reason"), case.closure_reason)]
        if case.consent_status:
            crow.append((tr("Consent to the service"), case.consent_status))
        if case.lead_professional:
            crow.append((tr("Lead professional"), case.lead_professional))
        if not prisoner and case.referral_reasons:
            crow.append((tr("Reasons for referral"), redact(case.referral_reasons)))
        out.sections.append(Section(tr("Your family's case"), ("", ""), [r for r in crow if r[1]]))
        if case.risk_info:
            out.withheld.append(tr("Risk information on the case, which may concern other people's safety."))

    restrictions = session.execute(select(Restriction).where(
        Restriction.person_id == person.id, Restriction.live())
        .order_by(Restriction.starts_on)).scalars().all()
    if restrictions:
        out.sections.append(Section(tr("Restrictions"), (tr("Kind"), tr("From"), tr("Until"), tr("Reason"), tr("Appeal")), [
            (r.kind, _show(r.starts_on), _show(r.ends_on), redact(r.reason), redact(r.appeal)) for r in restrictions]))

    consents = session.execute(select(Consent, Agency.name).outerjoin(Agency, Agency.id == Consent.agency_id).where(
        Consent.person_id == person.id, Consent.live()).order_by(Consent.given_on)).all()
    if consents:
        out.sections.append(Section(tr("Consents"), (tr("Purpose"), tr("Agency"), tr("Given"), tr("How"), tr("Withdrawn")), [
            (c.purpose, agency or "", _show(c.given_on), c.how_given, _show(c.withdrawn_on)) for c, agency in consents]))

    scores = session.execute(select(Score, Assessment).join(Assessment, Assessment.id == Score.assessment_id).where(
        Score.person_id == person.id, Score.live(), Assessment.live())
        .order_by(Assessment.on)).all()
    if scores:
        out.sections.append(Section(tr("Outcome scores (1 to 5)"), (tr("Date"), tr("Assessment"), tr("Outcome"), tr("Score")), [
            (_show(a.on), a.kind, s.outcome, s.score) for s, a in scores]))

    if case is not None and not prisoner:
        contacts = session.execute(select(Contact).where(Contact.case_id == case.id, Contact.live())
                                   .order_by(Contact.on)).scalars().all()
        if contacts:
            out.sections.append(Section(tr("Contacts with the family"),
                                        (tr("Date"), tr("Kind"), tr("Who was there"), tr("Note")), [
                (_show(c.on), c.kind, redact(c.present), redact(c.note)) for c in contacts]))
        goals = session.execute(select(Goal).where(Goal.case_id == case.id, Goal.live())
                                .order_by(Goal.agreed_on)).scalars().all()
        if goals:
            out.sections.append(Section(tr("Support plan"), (tr("Agreed"), tr("Goal"), tr("Status")), [
                (_show(g.agreed_on), redact(g.text), g.status) for g in goals]))
        assessments = session.execute(select(Assessment).where(
            Assessment.case_id == case.id, Assessment.live(), Assessment.notes != "")
            .order_by(Assessment.on)).scalars().all()
        if assessments:
            out.sections.append(Section(tr("Assessment notes"), (tr("Date"), tr("Assessment"), tr("Notes")), [
                (_show(a.on), a.kind, redact(a.notes)) for a in assessments]))
        out.withheld.append(tr("Safeguarding concerns recorded on the case."))
    elif case is not None:
        out.withheld.append(tr("Notes about the family on the case (referral reasons, contacts, assessments, plan "
                            "and concerns): they are about other people."))

    bookings = session.execute(select(Booking).where(Booking.live(), or_(
        Booking.prisoner_id == person.id, Booking.lead_visitor_id == person.id,
        Booking.id.in_(select(BookingVisitor.booking_id).where(BookingVisitor.person_id == person.id,
                                                               BookingVisitor.live()))))
        .order_by(Booking.on)).scalars().all()
    if bookings:
        out.sections.append(Section(tr("Visits"), (tr("Date"), tr("Visit"), tr("Status"), tr("Outcome"), tr("You were")), [
            (_show(b.on), b.visit_type, b.status, b.outcome,
             tr("the prisoner") if b.prisoner_id == person.id else
             tr("the lead visitor") if b.lead_visitor_id == person.id else tr("a visitor")) for b in bookings]))

    requests = session.execute(select(FamilyDayRequest, FamilyDay).join(
        FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id).where(
        FamilyDayRequest.prisoner_id == person.id, FamilyDayRequest.live()).order_by(FamilyDay.on)).all()
    attendance = session.execute(select(FamilyDayAttendee, FamilyDay).join(
        FamilyDayRequest, FamilyDayRequest.id == FamilyDayAttendee.request_id).join(
        FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id).where(
        FamilyDayAttendee.person_id == person.id, FamilyDayAttendee.live()).order_by(FamilyDay.on)).all()
    if requests or attendance:
        rows = [(_show(d.on), d.title or d.kind, tr("place requested: {status}").format(
                                                    status=r.status), _show(r.attended)) for r, d in requests]
        rows += [(_show(d.on), d.title or d.kind, tr("clearance {clearance}; photo consent {photo_consent}").format(
                                                     clearance=a.clearance, photo_consent=_show(a.photo_consent)),
                  _show(a.attended)) for a, d in attendance]
        out.sections.append(Section(tr("Family days"), (tr("Date"), tr("Family day"), tr("Place"), tr("Attended")), rows))

    apps = session.execute(select(Application).where(Application.prisoner_id == person.id,
                                                     Application.live())
                           .order_by(Application.received_at)).scalars().all()
    if apps:
        out.sections.append(Section(tr("Your applications"), (tr("Received"), tr("Asked for"), tr("Your words"), tr("Status"),
                                                          tr("Response"), tr("Outcome")), [
            (_show(a.received_at), a.kind, redact(a.words), a.status, redact(a.response), redact(a.outcome))
            for a in apps]))
        if any(a.internal_notes for a in apps):
            out.withheld.append(tr("Internal notes on applications, which may be about other people."))

    letters = session.execute(select(Letter).where(Letter.recipient_id == person.id, Letter.live())
                              .order_by(Letter.sent_at)).scalars().all()
    if letters:
        out.sections.append(Section(tr("Letters sent to you"),
                                    (tr("Date"), tr("Letter"), tr("How"), tr("Why"), tr("Lawful basis")), [
            (_show(le.sent_at.date()), le.template_name, le.delivery, redact(le.reason), le.lawful_basis)
            for le in letters]))
    return out


def export_html(export: SubjectAccessExport) -> str:
    """Simple HTML for QTextDocument; every value escaped."""
    e = html.escape
    parts = [f"<h1>{e(export.title)}</h1>",
             "<p class='sub'>{}</p>".format(e(tr("Reference {ref} · prepared {made_on} from FSW Desk. Information "  # not shown
                                                 "about other people is left out.").format(
                 ref=export.person_ref, made_on=_show(export.made_on))))]
    for section in export.sections:
        parts.append(f"<h2>{e(section.title)}</h2>")
        if not section.rows:
            parts.append("<p>{}</p>".format(e(tr("None held."))))
            continue
        table = ["<table cellspacing='0' cellpadding='4'>"]  # not shown
        if any(section.headers):
            table.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in section.headers) + "</tr>")
        for row in section.rows:
            table.append("<tr>" + "".join(f"<td>{e(_show(v))}</td>" for v in row) + "</tr>")
        table.append("</table>")
        parts.append("".join(table))
        if section.note:
            parts.append(f"<p class='note'>{e(section.note)}</p>")  # not shown
    if export.withheld:
        parts.append("<h2>{}</h2><ul>".format(e(tr("Withheld"))) + "".join(f"<li>{e(w)}</li>" for w in export.withheld) + "</ul>")
    return ("<html><head><style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; } "  # not shown
            "h1 { font-size: 16pt; color: #1b4965; } h2 { font-size: 12pt; color: #1b4965; margin-top: 12px; } "
            "p.sub, p.note { color: #57606a; } th { background: #eaeef2; text-align: left; } "
            "td, th { border: 1px solid #d0d7de; padding: 4px; }</style></head><body>"
            + "".join(parts) + "</body></html>")


def record_export(session: Session, person_id: str, what: str = "PDF") -> None:
    """The one audit entry for an export (no name in it). Flushes; the caller commits."""
    audit.record(session, "exported", "people", person_id, f"subject access export ({what})")
    session.flush()


# --- finding the person ---------------------------------------------------------------------------


@dataclass
class PersonHit:
    id: str
    ref: str
    name: str
    role: str
    case_ref: str


def find_people(session: Session, text: str = "", limit: int = 200) -> list[PersonHit]:
    """Live people whose name, reference or prison number contains ``text``."""
    q = select(Person, Case.ref).outerjoin(Case, Case.id == Person.case_id).where(Person.live())
    text = (text or "").strip()
    if text:
        like = f"%{text}%"
        q = q.where(or_(Person.given_name.ilike(like), Person.family_name.ilike(like), Person.ref.ilike(like),
                        Person.prison_number.ilike(like), (Person.given_name + " " + Person.family_name).ilike(like)))
    rows = session.execute(q.order_by(Person.family_name, Person.given_name).limit(limit)).all()
    return [PersonHit(p.id, p.ref, p.full_name, "prisoner" if p.is_prisoner else (p.relationship or "visitor"),
                      case_ref or "") for p, case_ref in rows]

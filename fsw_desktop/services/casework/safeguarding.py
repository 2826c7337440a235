"""Safeguarding and consent: contact restrictions, do-not-disclose, concerns, consent to share.

Consent is per person and per purpose or agency, from the prisoner and
separately from the family (004 rec 7); sharing without it is warned about,
not blocked, because a safeguarding referral may have to go regardless.
Do-not-disclose protects a family member whose involvement must stay hidden
from the prisoner, who can ask to see their records (000 §5).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.directory import Agency
from ...models.people import Consent, Person, Restriction
from ...models.cases import Concern
from ..data_protection import audit
from ..visits import rechecks
from .people import as_date, check_case_date, get_case, get_live
from ..desk.dates import show_date
from ..desk.vocab import CONSENT_METHODS, RESTRICTION_KINDS
from ...words import QT_TRANSLATE_NOOP, tr

# A consent with this purpose and no agency covers sharing with any partner agency (as the demo records it).
GENERAL_SHARING = QT_TRANSLATE_NOOP("", "Information sharing with partner agencies")


def _person(session: Session, person_id: str) -> Person:
    return get_live(session, Person, person_id, tr("No such person."))


def _agency(session: Session, agency_id: str | None) -> Agency:
    return get_live(session, Agency, agency_id, tr("No such agency in the directory."))


# --- restrictions ------------------------------------------------------------------------------


def add_restriction(session: Session, person_id: str, kind: str, reason: str, starts_on: date | None,
                    ends_on: date | None = None, appeal: str = "", today: date | None = None) -> Restriction:
    """A bar on contact (e.g. public protection: no contact with children), with its dates and any appeal."""
    person = _person(session, person_id)
    if kind not in RESTRICTION_KINDS:
        raise InputRefused(tr("Restriction must be one of: {restriction_kinds}.").format(
                              restriction_kinds=', '.join(RESTRICTION_KINDS)))
    starts_on = as_date(starts_on, tr("start date"), required=False)
    ends_on = as_date(ends_on, tr("end date"), required=False)
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise InputRefused(tr("A restriction cannot end before it starts."))
    row = Restriction(person_id=person.id, kind=kind, reason=(reason or "").strip(), starts_on=starts_on,
                      ends_on=ends_on, appeal=(appeal or "").strip())
    session.add(row)
    session.flush()
    audit.record(session, "record created", "restrictions", row.id, f"restriction: {kind}")
    session.flush()
    rechecks.changed(session, today, people=[person.id])  # their visits may no longer pass
    return row


def is_active(r: Restriction, on: date) -> bool:
    """In force on ``on``: started (or no start recorded) and not yet ended; the end day still counts."""
    return (r.starts_on is None or r.starts_on <= on) and (r.ends_on is None or r.ends_on >= on)


def active_restrictions(session: Session, person_id: str, on: date) -> list[Restriction]:
    rows = session.execute(
        select(Restriction).where(
            Restriction.person_id == person_id, Restriction.live(),
            or_(Restriction.starts_on.is_(None), Restriction.starts_on <= on),
            or_(Restriction.ends_on.is_(None), Restriction.ends_on >= on),
        ).order_by(Restriction.starts_on, Restriction.created_hlc)
    ).scalars()
    return list(rows)


def set_do_not_disclose(session: Session, person_id: str, flag: bool) -> Person:
    person = _person(session, person_id)
    flag = bool(flag)
    if flag and person.is_prisoner:
        raise InputRefused(tr("Do not disclose hides a family member from the prisoner; it cannot be set on the "
                           "prisoner."))
    if person.do_not_disclose != flag:
        person.do_not_disclose = flag
        session.flush()
        audit.record(session, "record changed", "people", person.id,
                     "do not disclose set" if flag else "do not disclose cleared")
        session.flush()
    return person


# --- concerns ----------------------------------------------------------------------------------


def _check_escalation(on: date, escalated_to: str, escalated_on: date | None) -> None:
    if escalated_on is not None:
        if not escalated_to:
            raise InputRefused(tr("Say who the concern was escalated to."))
        if escalated_on < on:
            raise InputRefused(tr("A concern cannot be escalated before it was raised."))


def log_concern(session: Session, case_id: str, on: date, description: str, escalated_to: str = "",
                escalated_on: date | None = None, today: date | None = None) -> Concern:
    """A safeguarding concern and, if already passed on, to whom and when."""
    today = today or date.today()
    case = get_case(session, case_id)
    on = as_date(on, tr("date of the concern"))
    check_case_date(case, on, today, tr("date of the concern"))
    description = (description or "").strip()
    if not description:
        raise InputRefused(tr("Describe the concern."))
    escalated_to = (escalated_to or "").strip()
    escalated_on = as_date(escalated_on, tr("escalation date"), required=False)
    _check_escalation(on, escalated_to, escalated_on)
    if escalated_on is not None and escalated_on > today:
        raise InputRefused(tr("The escalation date cannot be in the future."))
    row = Concern(case_id=case.id, on=on, description=description, escalated_to=escalated_to,
                  escalated_on=escalated_on)
    session.add(row)
    session.flush()
    audit.record(session, "record created", "concerns", row.id, "concern logged")
    session.flush()
    return row


def escalate_concern(session: Session, concern_id: str, escalated_to: str, escalated_on: date,
                     today: date | None = None) -> Concern:
    """Record that a concern logged earlier has now been passed on."""
    today = today or date.today()
    row = get_live(session, Concern, concern_id, tr("No such concern."))
    escalated_to = (escalated_to or "").strip()
    escalated_on = as_date(escalated_on, tr("escalation date"))
    _check_escalation(row.on, escalated_to, escalated_on)
    if escalated_on > today:
        raise InputRefused(tr("The escalation date cannot be in the future."))
    changed = [k for k, v in (("escalated_to", escalated_to), ("escalated_on", escalated_on)) if getattr(row, k) != v]
    if changed:
        row.escalated_to, row.escalated_on = escalated_to, escalated_on
        session.flush()
        audit.record(session, "record changed", "concerns", row.id, "concern escalated")
        session.flush()
    return row


# --- consent -----------------------------------------------------------------------------------


def record_consent(session: Session, person_id: str, purpose: str, agency_id: str | None = None,
                   given_on: date | None = None, how_given: str = "", today: date | None = None) -> Consent:
    """One person's consent for one purpose or agency. Without a date it is taken as given today."""
    today = today or date.today()
    person = _person(session, person_id)
    agency = _agency(session, agency_id) if agency_id else None
    purpose = (purpose or "").strip()
    if not purpose:
        if agency is None:
            raise InputRefused(tr("Say what the consent is for, or choose the agency it covers."))
        purpose = tr("Sharing with {agency}").format(agency=agency.name)
    given_on = as_date(given_on, tr("date consent was given"), required=False) or today
    if given_on > today:
        raise InputRefused(tr("Consent cannot be dated in the future."))
    how_given = (how_given or "").strip()
    if how_given and how_given not in CONSENT_METHODS:
        raise InputRefused(tr("Consent is given {consent_methods}.").format(consent_methods=', '.join(CONSENT_METHODS)))
    row = Consent(person_id=person.id, purpose=purpose, agency_id=agency.id if agency else None,
                  given_on=given_on, how_given=how_given)
    session.add(row)
    session.flush()
    audit.record(session, "record created", "consents", row.id, "consent recorded")
    session.flush()
    return row


def withdraw_consent(session: Session, consent_id: str, on: date, today: date | None = None) -> Consent:
    """Withdrawal ends consent from that day on; the consent row stays, so the history does too."""
    today = today or date.today()
    row = get_live(session, Consent, consent_id, tr("No such consent."))
    on = as_date(on, tr("date consent was withdrawn"))
    if row.withdrawn_on is not None:
        raise InputRefused(tr("This consent was already withdrawn on {withdrawn_on}.").format(
                              withdrawn_on=show_date(row.withdrawn_on)))
    if on > today:
        raise InputRefused(tr("Withdrawal cannot be dated in the future."))
    if row.given_on is not None and on < row.given_on:
        raise InputRefused(tr("Consent cannot be withdrawn before it was given ({given_on}).").format(
                              given_on=show_date(row.given_on)))
    row.withdrawn_on = on
    session.flush()
    audit.record(session, "record changed", "consents", row.id, "consent withdrawn")
    session.flush()
    return row


def _current(on: date):  # noqa: ANN202 - a SQL clause
    """Given on or before ``on`` (an undated consent counts) and not withdrawn by then."""
    return and_(
        Consent.live(),
        or_(Consent.given_on.is_(None), Consent.given_on <= on),
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
    )


def _matches(purpose: str | None, agency_id: str | None):  # noqa: ANN202 - a SQL clause
    """An agency's own consent, or the general consent to share with partner agencies; else the purpose."""
    if agency_id:
        return or_(Consent.agency_id == agency_id,
                   and_(Consent.agency_id.is_(None), Consent.purpose == GENERAL_SHARING))
    if purpose:
        return Consent.purpose == purpose.strip()
    return true()


def has_consent(session: Session, person_id: str, purpose: str | None = None, agency_id: str | None = None,
                on: date | None = None) -> bool:
    """Whether this person's consent covers the agency (if given), else the purpose, on that day."""
    on = on or date.today()
    return session.execute(
        select(Consent.id).where(Consent.person_id == person_id, _current(on), _matches(purpose, agency_id)).limit(1)
    ).first() is not None


def sharing_warning(session: Session, case_id: str, agency_id: str, on: date) -> str:
    """'' when someone supported in the family consents to sharing with the agency on ``on``; else a warning.

    The people who count are those supported directly: it is their information that is shared.
    """
    case = get_case(session, case_id)
    agency = _agency(session, agency_id)
    on = as_date(on, tr("date"))
    found = session.execute(
        select(Consent.id)
        .join(Person, Person.id == Consent.person_id)
        .where(Person.case_id == case.id, Person.live(), Person.supported_directly.is_(True),
               _current(on), _matches(None, agency.id))
        .limit(1)
    ).first()
    if found is not None:
        return ""
    return tr("No one in this family has given consent to share with {agency}. Record consent before sharing.").format(
        agency=agency.name)

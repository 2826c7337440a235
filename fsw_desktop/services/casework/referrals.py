"""Referral intake: a new family case with its prisoner and first family member."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ...errors import InputRefused, Invalid
from ...models.cases import Case
from ...models.people import Person
from ..data_protection import audit
from ...words import QT_TRANSLATE_NOOP, tr

PRISON_NUMBER = re.compile(r"^[A-Z]\d{4}[A-Z]{2}$")


def prison_number_warning(number: str) -> str:
    """Warn, never block: other services' numbers and old formats exist."""
    number = number.strip().upper()
    if number and not PRISON_NUMBER.match(number):
        return tr("'{number}' is not in the usual A1234BC format. Check it, or save it as it is.").format(number=number)
    return ""


@dataclass
class ReferralInput:
    referral_date: date
    source: str
    prisoner_given: str
    prisoner_family: str
    prison_number: str = ""
    family_label: str = ""
    referrer_name: str = ""
    referrer_contact: str = ""
    reasons: str = ""
    risk_info: str = ""
    consent_status: str = "not asked"
    contact_given: str = ""
    contact_family: str = ""
    contact_relationship: str = "partner"
    contact_phone: str = ""
    contact_address: str = ""
    warnings: list[str] = field(default_factory=list)


PRISON_NUMBER_FORM = (QT_TRANSLATE_NOOP("", "A prison number has the form A1234BC: one letter, four digits, then two letters "
                      "(e.g. A1234BC)."))


def referral_problems(data: ReferralInput, today: date | None = None) -> dict[str, str]:
    """Everything wrong with a new referral at once, by field, so the form can mark each field.

    A referral from the intake form is only worth a case when the service can act on it: someone in
    the family to contact, a way to reach them, and the reason the family was referred.
    """
    today = today or date.today()
    problems: dict[str, str] = {}
    if data.referral_date > today:
        problems["referral_date"] = tr("The referral date cannot be in the future.")
    if not data.prisoner_family.strip():
        problems["prisoner_family"] = tr("The prisoner's family name is needed.")
    number = data.prison_number.strip().upper()
    if number and not PRISON_NUMBER.match(number):
        problems["prison_number"] = tr("'{prison_number}' is not a prison number. {prison_number_form}").format(
                                       prison_number=data.prison_number.strip(), prison_number_form=tr(PRISON_NUMBER_FORM))
    if not (data.contact_given.strip() or data.contact_family.strip()):
        problems["contact_given"] = tr("Give the name of the family member to contact.")
    if not (data.contact_phone.strip() or data.contact_address.strip()):
        problems["contact_phone"] = tr("Give a way to reach the family contact: a phone number or an address.")
    if not data.reasons.strip():
        problems["reasons"] = tr("Say why the family was referred.")
    return problems


def intake_referral(session: Session, data: ReferralInput, today: date | None = None) -> Case:
    """A referral from the intake form: refused with every problem at once (``Invalid``), else created."""
    problems = referral_problems(data, today)
    if problems:
        raise Invalid(problems)
    return create_referral(session, data, today)


def create_referral(session: Session, data: ReferralInput, today: date | None = None) -> Case:
    """A new case (also from an application or an import, which may not know the family yet)."""
    today = today or date.today()
    if not data.prisoner_family.strip():
        raise InputRefused(tr("The prisoner's family name is needed."))
    if data.referral_date > today:
        raise InputRefused(tr("The referral date cannot be in the future."))
    label = data.family_label.strip() or f"{data.prisoner_family.strip()} family"
    case = Case(
        family_label=label,
        referral_date=data.referral_date,
        referral_source=data.source,
        referrer_name=data.referrer_name.strip(),
        referrer_contact=data.referrer_contact.strip(),
        referral_reasons=data.reasons.strip(),
        risk_info=data.risk_info.strip(),
        consent_status=data.consent_status,
        status="open",
    )
    session.add(case)
    session.flush()
    session.add(
        Person(
            case_id=case.id,
            given_name=data.prisoner_given.strip(),
            family_name=data.prisoner_family.strip(),
            is_prisoner=True,
            relationship="self",
            prison_number=data.prison_number.strip().upper(),
        )
    )
    if data.contact_given.strip() or data.contact_family.strip():
        session.add(
            Person(
                case_id=case.id,
                given_name=data.contact_given.strip(),
                family_name=data.contact_family.strip() or data.prisoner_family.strip(),
                relationship=data.contact_relationship,
                supported_directly=True,
                phone=data.contact_phone.strip(),
                address=data.contact_address.strip(),
            )
        )
    session.flush()
    audit.record(session, "record created", "cases", case.id, "referral")
    return case

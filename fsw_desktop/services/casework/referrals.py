"""Referral intake: a new family case with its prisoner and first family member."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Case
from ...models.people import Person
from ..data_protection import audit

PRISON_NUMBER = re.compile(r"^[A-Z]\d{4}[A-Z]{2}$")


def prison_number_warning(number: str) -> str:
    """Warn, never block: other services' numbers and old formats exist."""
    number = number.strip().upper()
    if number and not PRISON_NUMBER.match(number):
        return f"'{number}' is not in the usual A1234BC format. Check it, or save it as it is."
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
    warnings: list[str] = field(default_factory=list)


def create_referral(session: Session, data: ReferralInput, today: date | None = None) -> Case:
    today = today or date.today()
    if not data.prisoner_family.strip():
        raise InputRefused("The prisoner's family name is needed.")
    if data.referral_date > today:
        raise InputRefused("The referral date cannot be in the future.")
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
            )
        )
    session.flush()
    audit.record(session, "record created", "cases", case.id, "referral")
    return case

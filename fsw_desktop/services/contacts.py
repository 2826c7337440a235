"""Contacts with or about a family, failed attempts included.

Failed attempts are logged like any other contact because families are lost
when first contact is slow (000 §4.1): the time from referral to the first
successful contact, and how many tries it took, are reported to supervisors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InputRefused
from ..models.cases import Contact, Goal
from . import audit
from .people import as_date, check_case_date, get_case
from .vocab import CONTACT_TYPES, FAILED_ATTEMPT, INTERVENTION_TYPES

MAX_MINUTES = 600  # ten hours: longer is a typing slip (a whole family day is logged as a few contacts)


@dataclass(frozen=True)
class FirstContact:
    """How quickly the family was reached: None while they have not been."""

    on: date | None
    days_from_referral: int | None
    failed_attempts: int


def summarise_first_contact(referral_date: date, contacts: Iterable[tuple[date, bool]]) -> FirstContact:
    """From (date, successful) pairs; failed attempts on or before the first success count as before it."""
    contacts = list(contacts)
    successes = [on for on, ok in contacts if ok]
    if not successes:
        return FirstContact(None, None, sum(1 for _, ok in contacts if not ok))
    first = min(successes)
    failed = sum(1 for on, ok in contacts if not ok and on <= first)
    return FirstContact(first, (first - referral_date).days, failed)


def first_contact(session: Session, case_id: str) -> FirstContact:
    case = get_case(session, case_id)
    rows = session.execute(
        select(Contact.on, Contact.successful).where(Contact.case_id == case.id, Contact.deleted.is_not(True))
    ).all()
    return summarise_first_contact(case.referral_date, ((r.on, bool(r.successful)) for r in rows))


def log_contact(session: Session, case_id: str, on: date, kind: str, minutes: int = 0, present: str = "",
                note: str = "", goal_ids: Iterable[str] = (), today: date | None = None,
                intervention: str = "") -> Contact:
    """Log one contact; a 'Failed attempt' is recorded as unsuccessful so it never counts as reaching the family."""
    today = today or date.today()
    case = get_case(session, case_id)
    if case.status != "open":
        raise InputRefused("This case is closed. Reopen it before logging a contact.")
    if kind not in CONTACT_TYPES:
        raise InputRefused(f"Contact type must be one of: {', '.join(CONTACT_TYPES)}.")
    on = as_date(on, "date of the contact")
    check_case_date(case, on, today, "contact date")
    if minutes is None:
        minutes = 0
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
        raise InputRefused(f"Minutes must be a whole number from 0 to {MAX_MINUTES}.")
    if intervention and intervention not in INTERVENTION_TYPES:
        raise InputRefused(f"Support given must be one of: {', '.join(INTERVENTION_TYPES)}.")
    if isinstance(goal_ids, str):
        goal_ids = [g for g in goal_ids.split(",") if g]
    wanted = list(dict.fromkeys(g.strip() for g in goal_ids if g and g.strip()))
    if wanted:
        found = set(session.execute(
            select(Goal.id).where(Goal.id.in_(wanted), Goal.case_id == case.id, Goal.deleted.is_not(True))
        ).scalars())
        if len(found) != len(wanted):
            raise InputRefused("A linked goal is not part of this case's plan.")
    contact = Contact(
        case_id=case.id, on=on, kind=kind, successful=kind != FAILED_ATTEMPT, minutes=minutes,
        present=(present or "").strip(), note=(note or "").strip(), goal_ids=",".join(wanted),
        intervention=intervention or "",
    )
    session.add(contact)
    session.flush()
    audit.record(session, "record created", "contacts", contact.id, f"contact: {kind}")
    session.flush()
    return contact

"""Contacts with or about a family, failed attempts included.

Failed attempts are logged like any other contact because families are lost
when first contact is slow (000 §4.1): the time from referral to the first
successful contact, and how many tries it took, are reported to supervisors.

Only a contact *with the family* reaches it (``vocab.FAMILY_CONTACT_TYPES``):
liaison with the prison or Offender Manager and CAF/TAF meetings are logged as
successful contacts (they happened), but they neither reach the family nor
count as failed attempts to. ``reaches_family`` and ``reaches_family_sql`` are
that one rule, in Python and in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Contact, Goal
from ..data_protection import audit
from .people import as_date, check_case_date, get_case
from ..desk.vocab import CONTACT_TYPES, FAILED_ATTEMPT, FAMILY_CONTACT_TYPES, INTERVENTION_TYPES
from ...words import tr

MAX_MINUTES = 600  # ten hours: longer is a typing slip (a whole family day is logged as a few contacts)


@dataclass(frozen=True)
class FirstContact:
    """How quickly the family was reached: None while they have not been."""

    on: date | None
    days_from_referral: int | None
    failed_attempts: int


def reaches_family(kind: str, successful: bool) -> bool:
    """Whether a contact reached the family: it happened, and it was with the family, not about it."""
    return bool(successful) and kind in FAMILY_CONTACT_TYPES


def reaches_family_sql() -> Any:
    """``reaches_family`` as an SQL condition on ``Contact``, for the caseload's bulk queries."""
    return and_(Contact.successful.is_(True), Contact.kind.in_(sorted(FAMILY_CONTACT_TYPES)))


def summarise_first_contact(referral_date: date,
                            contacts: Iterable[tuple[date, bool] | tuple[date, bool, str]]) -> FirstContact:
    """From (date, successful, kind) triples; failed attempts on or before the first success count as before it.

    With the kind, only a contact with the family is a success, and a successful professional
    contact (liaison, CAF/TAF) is neither a success nor a failed attempt. A (date, successful)
    pair, with no kind, is taken at its word: pass the kind so liaison cannot pass for first contact.
    """
    reached: list[date] = []
    failed_on: list[date] = []
    for contact in contacts:
        on, ok = contact[0], bool(contact[1])
        if not ok:
            failed_on.append(on)
        elif len(contact) < 3 or reaches_family(contact[2], ok):
            reached.append(on)
    if not reached:
        return FirstContact(None, None, len(failed_on))
    first = min(reached)
    return FirstContact(first, (first - referral_date).days, sum(1 for on in failed_on if on <= first))


def first_contact(session: Session, case_id: str) -> FirstContact:
    """The case's first contact with the family; liaison about the family does not count."""
    case = get_case(session, case_id)
    rows = session.execute(
        select(Contact.on, Contact.successful, Contact.kind)
        .where(Contact.case_id == case.id, Contact.live())
    ).all()
    return summarise_first_contact(case.referral_date, ((r.on, bool(r.successful), r.kind) for r in rows))


def log_contact(session: Session, case_id: str, on: date, kind: str, minutes: int = 0, present: str = "",
                note: str = "", goal_ids: Iterable[str] = (), today: date | None = None,
                intervention: str = "") -> Contact:
    """Log one contact; a 'Failed attempt' is recorded as unsuccessful so it never counts as reaching the family.

    Liaison and CAF/TAF meetings are recorded as successful (they took place); ``reaches_family``
    is what keeps them out of first and last contact with the family.
    """
    today = today or date.today()
    case = get_case(session, case_id)
    if case.status != "open":
        raise InputRefused(tr("This case is closed. Reopen it before logging a contact."))
    if kind not in CONTACT_TYPES:
        raise InputRefused(tr("Contact type must be one of: {contact_types}.").format(
                              contact_types=', '.join(CONTACT_TYPES)))
    on = as_date(on, tr("date of the contact"))
    check_case_date(case, on, today, tr("contact date"))
    if minutes is None:
        minutes = 0
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
        raise InputRefused(tr("Minutes must be a whole number from 0 to {max_minutes}.").format(
                              max_minutes=MAX_MINUTES))
    if intervention and intervention not in INTERVENTION_TYPES:
        raise InputRefused(tr("Support given must be one of: {intervention_types}.").format(
                              intervention_types=', '.join(INTERVENTION_TYPES)))
    if isinstance(goal_ids, str):
        goal_ids = [g for g in goal_ids.split(",") if g]
    wanted = list(dict.fromkeys(g.strip() for g in goal_ids if g and g.strip()))
    if wanted:
        found = set(session.execute(
            select(Goal.id).where(Goal.id.in_(wanted), Goal.case_id == case.id, Goal.live())
        ).scalars())
        if len(found) != len(wanted):
            raise InputRefused(tr("A linked goal is not part of this case's plan."))
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


REASON_MAX = 200  # a reason is a few words for the audit trail, not a second note


def _reason(reason: str, what: str) -> str:
    """The reason for a correction or deletion, required: the audit trail says why a record moved."""
    text = " ".join((reason or "").split())
    if not text:
        raise InputRefused(tr("Say why the contact is {what}, in a few words (no names: it goes in the audit trail).").format(
                              what=what))
    if len(text) > REASON_MAX:
        raise InputRefused(tr("Keep the reason under {reason_max} characters; put details in the contact's note.").format(
                              reason_max=REASON_MAX))
    return text


def get_contact(session: Session, contact_id: str) -> Contact:
    """The live contact with this id; a deleted one is gone for the worker (its history stays)."""
    contact = session.get(Contact, contact_id) if contact_id else None
    if contact is None or contact.deleted:
        raise InputRefused(tr("No such contact: it may have been deleted."))
    return contact


def correct_contact(session: Session, contact_id: str, reason: str, *, on: date | None = None,
                    kind: str | None = None, minutes: int | None = None, present: str | None = None,
                    note: str | None = None, intervention: str | None = None,
                    today: date | None = None) -> tuple[Contact, list[str]]:
    """Put a saved contact right; returns the contact and the fields changed.

    The record is edited in place, so the change log keeps each field's old value beside the
    new one (the case's History shows both) and a correction travels like any other change.
    The reason goes into the audit trail with the names of the fields corrected.
    """
    today = today or date.today()
    contact = get_contact(session, contact_id)
    case = get_case(session, contact.case_id)
    why = _reason(reason, tr("corrected"))
    values: dict[str, Any] = {}
    if on is not None:
        on = as_date(on, tr("date of the contact"))
        check_case_date(case, on, today, tr("contact date"))
        values["on"] = on
    if kind is not None and kind != contact.kind:  # an imported contact's own type stays as it came
        if kind not in CONTACT_TYPES:
            raise InputRefused(tr("Contact type must be one of: {contact_types}.").format(
                                  contact_types=', '.join(CONTACT_TYPES)))
        values["kind"] = kind
        values["successful"] = kind != FAILED_ATTEMPT
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
            raise InputRefused(tr("Minutes must be a whole number from 0 to {max_minutes}.").format(
                                  max_minutes=MAX_MINUTES))
        values["minutes"] = minutes
    if present is not None:
        values["present"] = present.strip()
    if note is not None:
        values["note"] = note.strip()
    if intervention is not None:
        if intervention and intervention not in INTERVENTION_TYPES:
            raise InputRefused(tr("Support given must be one of: {intervention_types}.").format(
                                  intervention_types=', '.join(INTERVENTION_TYPES)))
        values["intervention"] = intervention
    changed = [k for k, v in values.items() if getattr(contact, k) != v]
    if not changed:
        raise InputRefused(tr("Nothing was changed: correct a field, or Cancel."))
    for key in changed:
        setattr(contact, key, values[key])
    session.flush()
    audit.record(session, "record changed", "contacts", contact.id,
                 f"contact corrected ({', '.join(changed)}): {why}")
    session.flush()
    return contact, changed


def delete_contact(session: Session, contact_id: str, reason: str) -> Contact:
    """Delete a contact logged in error: a tombstone, so the deletion travels and the history keeps it.

    The reason is required and goes into the audit trail beside the deletion.
    """
    contact = get_contact(session, contact_id)
    why = _reason(reason, tr("deleted"))
    contact.deleted = True
    session.flush()
    audit.record(session, "record deleted", "contacts", contact.id, f"contact deleted: {why}")
    session.flush()
    return contact

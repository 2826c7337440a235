"""Letter templates: the kinds, the defaults every desk ships with, and the ones a worker edits.

The defaults have fixed ids (a UUID made from their key), so a default edited on two desks is
one record whose fields merge like any other, not two look-alike templates. A default that
nobody has edited is not stored at all: it is read from here. Deleting a template leaves a
tombstone, so a deleted default stays deleted on every desk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.letters import LetterTemplate
from . import fields

VISIT_CONFIRMATION = "visit confirmation"
FAMILY_DAY_INVITATION = "family-day invitation"
APPOINTMENT = "appointment letter"
APPLICATION_RESPONSE = "application response"
OTHER = "other"
KINDS: tuple[str, ...] = (VISIT_CONFIRMATION, FAMILY_DAY_INVITATION, APPOINTMENT, APPLICATION_RESPONSE, OTHER)

NAME_MAX = 120  # the column's width (models/letters.py); the name is the printed letter's title

_NAMESPACE = uuid.UUID("6f1c1d52-4a8e-4d39-9b1e-2f4a7c1d0e19")


def default_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"fsw-desk letter template {key}"))


@dataclass(frozen=True)
class TemplateRow:
    id: str
    name: str
    kind: str
    body: str
    stored: bool  # False: a shipped default nobody has edited yet
    ref: str = ""


_VISIT = """Dear {recipient_name},

Your visit to {prisoner_name} ({prison_number}) at {establishment} is booked.

Date: {visit_date}
Time: {session_time}
Where: {visit_room}
Visitors: {visitors}
Booking reference: {booking_ref}

Please arrive 30 minutes before the session starts, so there is time for the search. Please bring:
{what_to_bring}

If you cannot come, please tell us as soon as you can, so the place can go to another family.

Yours sincerely,

{worker_name}
Family support, {desk_name}"""

_FAMILY_DAY = """Dear {recipient_name},

We are pleased to invite you to {family_day_title} with {prisoner_name} at {establishment} on {family_day_date}, \
in {family_day_place}.

Places are for: {family_day_people}

Security clearance is needed for everyone coming. Please make sure we have everything we need by \
{clearance_deadline}; without clearance the prison cannot let anyone in on the day.

On the day, please bring:
{what_to_bring}

Family days are for the whole family to spend time together. If anything makes the day difficult for you or \
the children, talk to us: we are here to help.

Yours sincerely,

{worker_name}
Family support, {desk_name}"""

_APPOINTMENT = """Dear {recipient_name},

I would like to meet you to talk about how things are going and what support would help.

Date: {appointment_date}
Time: {appointment_time}
Where: {appointment_place}

If this time does not suit you, please let me know and we will find another. You are welcome to bring \
someone with you.

Yours sincerely,

{worker_name}
Family support, {desk_name}"""

_APPLICATION = """To: {recipient_name}, {prison_number}, {wing}

Your application {application_ref} ({application_kind}), received {application_received}.

What we have done:
{application_response}

Outcome: {application_outcome}

If you want to talk about this, put in another application to the family support service.

{worker_name}
Family support, {desk_name}"""

# key -> (name, kind, body)
DEFAULTS: dict[str, tuple[str, str, str]] = {
    "visit-confirmation": ("Visit confirmation", VISIT_CONFIRMATION, _VISIT),
    "family-day-invitation": ("Family day invitation", FAMILY_DAY_INVITATION, _FAMILY_DAY),
    "appointment": ("Appointment letter", APPOINTMENT, _APPOINTMENT),
    "application-response": ("Application response slip", APPLICATION_RESPONSE, _APPLICATION),
}
DEFAULT_IDS = {default_id(k): k for k in DEFAULTS}


def templates(session: Session) -> list[TemplateRow]:
    """Every template in use: the stored ones, then the defaults nobody has stored (edited or deleted), by name."""
    rows = session.execute(select(LetterTemplate)).scalars().all()
    seen = {t.id for t in rows}
    out = [TemplateRow(t.id, t.name, t.kind, t.body, True, t.ref) for t in rows if not t.deleted]
    out += [TemplateRow(default_id(k), name, kind, body, False) for k, (name, kind, body) in DEFAULTS.items()
            if default_id(k) not in seen]
    return sorted(out, key=lambda t: (KINDS.index(t.kind) if t.kind in KINDS else len(KINDS), t.name.lower()))


def get(session: Session, template_id: str) -> TemplateRow:
    for t in templates(session):
        if t.id == template_id:
            return t
    raise InputRefused("No such letter template.")


def save(session: Session, template_id: str | None, name: str, kind: str, body: str) -> TemplateRow:
    """Add a template (``template_id`` None) or change one; a shipped default becomes a record when first saved."""
    name = (name or "").strip()
    if not name:
        raise InputRefused("Give the template a name.")
    if len(name) > NAME_MAX:
        raise InputRefused(f"A template's name is {NAME_MAX} characters at most.")
    if kind not in KINDS:
        raise InputRefused(f"A letter is one of: {', '.join(KINDS)}.")
    fields.check(body)
    others = [t for t in templates(session) if t.id != template_id]
    if any(t.name.casefold() == name.casefold() for t in others):
        raise InputRefused(f"There is already a template called '{name}'. Choose another name.")
    row = session.get(LetterTemplate, template_id) if template_id else None
    if template_id and row is None and template_id not in DEFAULT_IDS:
        raise InputRefused("No such letter template.")
    if row is None:
        row = LetterTemplate(name=name, kind=kind, body=body)
        if template_id:
            row.id = template_id
        session.add(row)
    else:
        if row.deleted:
            raise InputRefused("This template was deleted.")
        row.name, row.kind, row.body = name, kind, body
    session.flush()
    return TemplateRow(row.id, row.name, row.kind, row.body, True, row.ref)


def delete(session: Session, template_id: str) -> None:
    """Delete a template (a default too: its tombstone keeps it away). Letters already printed keep its name."""
    t = get(session, template_id)
    row = session.get(LetterTemplate, t.id)
    if row is None:
        row = LetterTemplate(id=t.id, name=t.name, kind=t.kind, body=t.body)
        session.add(row)
        session.flush()
    row.deleted = True
    session.flush()

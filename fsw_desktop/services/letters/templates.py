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
from ...words import QT_TRANSLATE_NOOP, tr
from . import fields
from .language import ENGLISH, TEMPLATE_LANGUAGES, WELSH

VISIT_CONFIRMATION = "visit confirmation"  # not shown: the stored kind
FAMILY_DAY_INVITATION = "family-day invitation"  # not shown: the stored kind
APPOINTMENT = "appointment letter"  # not shown: the stored kind
APPLICATION_RESPONSE = "application response"  # not shown: the stored kind
OTHER = "other"
KINDS: tuple[str, ...] = (VISIT_CONFIRMATION, FAMILY_DAY_INVITATION, APPOINTMENT, APPLICATION_RESPONSE, OTHER)
# kind (stored, language-neutral) -> its label, shown with tr()
KIND_LABELS: dict[str, str] = {
    VISIT_CONFIRMATION: QT_TRANSLATE_NOOP("", "visit confirmation"),
    FAMILY_DAY_INVITATION: QT_TRANSLATE_NOOP("", "family-day invitation"),
    APPOINTMENT: QT_TRANSLATE_NOOP("", "appointment letter"),
    APPLICATION_RESPONSE: QT_TRANSLATE_NOOP("", "application response"),
    OTHER: QT_TRANSLATE_NOOP("", "other"),
}

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
    language: str = ENGLISH  # "en" or "cy": the language it is written in


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

# The same four letters in Welsh: plain, careful Welsh for families and prisoners, in the words Welsh public
# services use (carchar, ymweliad, teulu, cymorth i deuluoedd). Merge fields keep their names; a field's value
# (a date, the session's times, what to bring) is written in Welsh when the letter is (``letters.prepare``).
# A place or a name never follows a word that would mutate it: "Carchar: {establishment}" on its own line.
_VISIT_CY = """Annwyl {recipient_name},

Mae eich ymweliad i weld {prisoner_name} ({prison_number}) wedi'i drefnu.

Carchar: {establishment}
Dyddiad: {visit_date}
Amser: {session_time}
Ble: {visit_room}
Ymwelwyr: {visitors}
Cyfeirnod archebu: {booking_ref}

Dewch 30 munud cyn i'r sesiwn ddechrau, fel bod amser ar gyfer y chwiliad diogelwch. Dewch â'r canlynol:
{what_to_bring}

Os na allwch ddod, rhowch wybod i ni cyn gynted ag y gallwch, fel y gall teulu arall gael y lle.

Yn gywir,

{worker_name}
Cymorth i deuluoedd, {desk_name}"""

_FAMILY_DAY_CY = """Annwyl {recipient_name},

Mae'n bleser gennym eich gwahodd i ddiwrnod teulu gyda {prisoner_name}: {family_day_title}.

Carchar: {establishment}
Dyddiad: {family_day_date}
Ble: {family_day_place}
Lleoedd ar gyfer: {family_day_people}

Mae angen cliriad diogelwch ar bawb sy'n dod. Gwnewch yn siŵr fod gennym bopeth sydd ei angen arnom erbyn \
{clearance_deadline}; heb gliriad, ni all y carchar adael i neb ddod i mewn ar y diwrnod.

Ar y diwrnod, dewch â'r canlynol:
{what_to_bring}

Mae diwrnodau teulu yn gyfle i'r teulu cyfan dreulio amser gyda'i gilydd. Os oes unrhyw beth yn gwneud y \
diwrnod yn anodd i chi neu i'r plant, siaradwch â ni: rydyn ni yma i helpu.

Yn gywir,

{worker_name}
Cymorth i deuluoedd, {desk_name}"""

_APPOINTMENT_CY = """Annwyl {recipient_name},

Hoffwn gwrdd â chi i siarad am sut mae pethau'n mynd, a pha gymorth a fyddai'n help i chi.

Dyddiad: {appointment_date}
Amser: {appointment_time}
Ble: {appointment_place}

Os nad yw'r amser hwn yn gyfleus, rhowch wybod i mi a gallwn ni drefnu amser arall. Mae croeso i chi ddod â \
rhywun gyda chi.

Yn gywir,

{worker_name}
Cymorth i deuluoedd, {desk_name}"""

_APPLICATION_CY = """At: {recipient_name}, {prison_number}, {wing}

Eich cais {application_ref} ({application_kind}), a ddaeth i law {application_received}.

Beth rydyn ni wedi'i wneud:
{application_response}

Canlyniad: {application_outcome}

Os hoffech siarad am hyn, gwnewch gais arall i'r gwasanaeth cymorth i deuluoedd.

{worker_name}
Cymorth i deuluoedd, {desk_name}"""

# key -> (name, kind, body, language). Names and bodies are a letter's own words in its own language, not the
# desk's: they are not put through tr() (a Welsh desk still prints an English letter in English). A Welsh
# default's key is its English partner's with "-cy": the pair a bilingual letter prints together.
DEFAULTS: dict[str, tuple[str, str, str, str]] = {
    "visit-confirmation": ("Visit confirmation", VISIT_CONFIRMATION, _VISIT, ENGLISH),
    "family-day-invitation": ("Family day invitation", FAMILY_DAY_INVITATION, _FAMILY_DAY, ENGLISH),
    "appointment": ("Appointment letter", APPOINTMENT, _APPOINTMENT, ENGLISH),
    "application-response": ("Application response slip", APPLICATION_RESPONSE, _APPLICATION, ENGLISH),
    "visit-confirmation-cy": ("Cadarnhau ymweliad", VISIT_CONFIRMATION, _VISIT_CY, WELSH),
    "family-day-invitation-cy": ("Gwahoddiad i ddiwrnod teulu", FAMILY_DAY_INVITATION, _FAMILY_DAY_CY, WELSH),
    "appointment-cy": ("Llythyr apwyntiad", APPOINTMENT, _APPOINTMENT_CY, WELSH),
    "application-response-cy": ("Slip ateb i gais", APPLICATION_RESPONSE, _APPLICATION_CY, WELSH),
}
DEFAULT_IDS = {default_id(k): k for k in DEFAULTS}


def templates(session: Session) -> list[TemplateRow]:
    """Every template in use: the stored ones, then the defaults nobody has stored (edited or deleted), by name."""
    rows = session.execute(select(LetterTemplate)).scalars().all()
    seen = {t.id for t in rows}
    out = [TemplateRow(t.id, t.name, t.kind, t.body, True, t.ref, t.language or ENGLISH)
           for t in rows if not t.deleted]
    out += [TemplateRow(default_id(k), name, kind, body, False, "", language)
            for k, (name, kind, body, language) in DEFAULTS.items() if default_id(k) not in seen]
    return sorted(out, key=lambda t: (KINDS.index(t.kind) if t.kind in KINDS else len(KINDS),
                                      t.language != ENGLISH, t.name.lower()))


def in_language(rows: list[TemplateRow], kind: str, language: str, like: TemplateRow | None = None
                ) -> TemplateRow | None:
    """The template of ``kind`` written in ``language``: ``like``'s own partner if it is a shipped default
    (Visit confirmation and Cadarnhau ymweliad), else the first of that kind and language, else None."""
    if like is not None and like.language == language:
        return like
    key = DEFAULT_IDS.get(like.id, "") if like is not None else ""
    if key:
        partner = default_id(key + "-cy" if language == WELSH else key.removesuffix("-cy"))
        found = next((t for t in rows if t.id == partner), None)
        if found is not None:
            return found
    return next((t for t in rows if t.kind == kind and t.language == language), None)


def get(session: Session, template_id: str) -> TemplateRow:
    for t in templates(session):
        if t.id == template_id:
            return t
    raise InputRefused(tr("No such letter template."))


def save(session: Session, template_id: str | None, name: str, kind: str, body: str,
         language: str = ENGLISH) -> TemplateRow:
    """Add a template (``template_id`` None) or change one; a shipped default becomes a record when first saved."""
    name = (name or "").strip()
    if not name:
        raise InputRefused(tr("Give the template a name."))
    if len(name) > NAME_MAX:
        raise InputRefused(tr("A template's name is {most} characters at most.").format(most=NAME_MAX))
    if kind not in KINDS:
        raise InputRefused(tr("A letter is one of: {kinds}.").format(kinds=", ".join(tr(KIND_LABELS[k]) for k in KINDS)))
    if language not in TEMPLATE_LANGUAGES:
        raise InputRefused(tr("A template is written in English or in Welsh."))
    fields.check(body)
    others = [t for t in templates(session) if t.id != template_id]
    if any(t.name.casefold() == name.casefold() for t in others):
        raise InputRefused(tr("There is already a template called '{name}'. Choose another name.").format(name=name))
    row = session.get(LetterTemplate, template_id) if template_id else None
    if template_id and row is None and template_id not in DEFAULT_IDS:
        raise InputRefused(tr("No such letter template."))
    if row is None:
        row = LetterTemplate(name=name, kind=kind, body=body, language=language)
        if template_id:
            row.id = template_id
        session.add(row)
    else:
        if row.deleted:
            raise InputRefused(tr("This template was deleted."))
        row.name, row.kind, row.body, row.language = name, kind, body, language
    session.flush()
    return TemplateRow(row.id, row.name, row.kind, row.body, True, row.ref, row.language)


def delete(session: Session, template_id: str) -> None:
    """Delete a template (a default too: its tombstone keeps it away). Letters already printed keep its name."""
    t = get(session, template_id)
    row = session.get(LetterTemplate, t.id)
    if row is None:
        row = LetterTemplate(id=t.id, name=t.name, kind=t.kind, body=t.body, language=t.language)
        session.add(row)
        session.flush()
    row.deleted = True
    session.flush()

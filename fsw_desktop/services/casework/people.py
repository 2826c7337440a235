"""People in a family case: the prisoner, family members and children.

Also holds the few lookups every casework service shares (a live row by id, a
date that must fall between the referral and today), so that a missing or
deleted record, or an impossible date, is refused the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...words import QT_TRANSLATE_NOOP, tr
from ...models.cases import Case
from ...models.people import Person
from ..data_protection import audit
from .referrals import prison_number_warning
from ..visits import rechecks
from ..desk.dates import show_date
from ..desk.vocab import (CARER_TYPES, ETHNICITIES, GENDERS, INVOLVEMENT_LEVELS, OFFENCE_CATEGORIES,
    PRISONER_RELATIONSHIP, RELATIONSHIPS, SENTENCE_TYPES)

T = TypeVar("T")
# The language a person's letters and slips go out in: a neutral code stored and synced, a label shown.
WELSH, ENGLISH, OTHER_LANGUAGE = "cy", "en", "other"
LANGUAGES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("", "Not recorded (English)"),
    ENGLISH: QT_TRANSLATE_NOOP("", "English"),
    WELSH: QT_TRANSLATE_NOOP("", "Welsh (Cymraeg)"),
    OTHER_LANGUAGE: QT_TRANSLATE_NOOP("", "Another language (say which, for an interpreter)"),
}
LANGUAGE_NOTE_MAX = 120  # the column's width (models/people.py)
MAX_SENTENCE_MONTHS = 1200  # 100 years: anything longer is a typing slip (life sentences: leave empty)

# --- shared by the casework services -----------------------------------------------------------


def get_live(session: Session, model: type[T], row_id: str | None, message: str) -> T:
    """The row with this id unless it is missing or a tombstone; a deleted row is as good as gone."""
    row = session.get(model, row_id) if row_id else None
    if row is None or getattr(row, "deleted", False):
        raise InputRefused(message)
    return row


def get_case(session: Session, case_id: str | None) -> Case:
    return get_live(session, Case, case_id, tr("No such case."))


def as_date(value: Any, what: str, required: bool = True) -> date | None:
    """Accept a date (a datetime is cut to its day); refuse anything else with a plain message."""
    if value is None:
        if required:
            raise InputRefused(tr("Give the {what}.").format(what=what))
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise InputRefused(tr("The {what} is not a date.").format(what=what))


def check_case_date(case: Case, on: date, today: date, what: str) -> None:
    """Casework happens between the referral and today: anything else is a typing slip."""
    if on > today:
        raise InputRefused(tr("The {what} cannot be in the future.").format(what=what))
    if on < case.referral_date:
        raise InputRefused(tr("The {what} cannot be before the referral ({referral_date}).").format(
                              what=what, referral_date=show_date(case.referral_date)))


def changed_fields(obj: Any, values: dict[str, Any]) -> list[str]:
    """Set only the values that differ, so the change log and the audit name real changes."""
    changed = []
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed.append(key)
    return changed


# --- people --------------------------------------------------------------------------------------


@dataclass
class PersonInput:
    """Every field a worker can edit on a person; the form fills one and the service checks it."""

    given_name: str = ""
    family_name: str = ""
    date_of_birth: date | None = None
    gender: str = "Not recorded"
    ethnicity: str = "Not recorded/declined"
    relationship: str = "other"
    is_prisoner: bool = False
    supported_directly: bool = False
    do_not_disclose: bool = False
    address: str = ""
    phone: str = ""
    notes: str = ""
    language: str = ""  # LANGUAGES: the language letters and slips go out in
    language_note: str = ""  # another language, for an interpreter: "Polish: interpreter needed"
    # children
    school: str = ""
    school_contact: str = ""
    carer: str = ""
    told_where_parent: str = ""
    child_views: str = ""
    sharing_agreed: str = ""
    young_carer: bool = False
    bullying: bool = False
    # prisoners
    prison_number: str = ""
    establishment: str = ""
    wing: str = ""
    category: str = ""
    sentence_type: str = ""
    offence_category: str = ""
    sentence_months: int | None = None
    expected_release: date | None = None
    rotl: bool = False
    transfers: str = ""
    offender_manager: str = ""
    probation_provider: str = ""
    involvement: str = ""

    @classmethod
    def from_person(cls, p: Person) -> "PersonInput":  # not shown
        """The person as the edit form starts from it."""
        values = {}
        for f in fields(PersonInput):
            value = getattr(p, f.name)
            default = f.default
            if value is None and default is not None:
                value = default  # a synced row may lack a value the form needs
            values[f.name] = value
        return cls(**values)


PERSON_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PersonInput))
_BOOLS = ("is_prisoner", "supported_directly", "do_not_disclose", "young_carer", "bullying", "rotl")
# Fields checked against a list; "" means not recorded where the list allows it.
_LISTS: dict[str, tuple[tuple[str, ...], str]] = {
    "gender": (GENDERS, QT_TRANSLATE_NOOP("", "Gender")),
    "ethnicity": (ETHNICITIES, QT_TRANSLATE_NOOP("", "Ethnicity")),
    "carer": (("",) + CARER_TYPES, QT_TRANSLATE_NOOP("", "Who cares for the child")),
    "sentence_type": (("",) + SENTENCE_TYPES, QT_TRANSLATE_NOOP("", "Sentence type")),
    "offence_category": (("",) + OFFENCE_CATEGORIES, QT_TRANSLATE_NOOP("", "Offence category")),
    "involvement": (("",) + INVOLVEMENT_LEVELS, QT_TRANSLATE_NOOP("", "Involvement")),
}


def _clean(data: PersonInput, today: date, old: Person | None) -> dict[str, Any]:
    """Checked, tidied values for a person; raises InputRefused before anything is touched."""
    values: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        value = getattr(data, name)
        if isinstance(value, str):
            value = value.strip()
        elif value is None and name not in ("date_of_birth", "expected_release", "sentence_months"):
            value = "" if name not in _BOOLS else False
        values[name] = value
    for name in _BOOLS:
        values[name] = bool(values[name])
    values["prison_number"] = values["prison_number"].upper()

    if not values["family_name"]:
        raise InputRefused(tr("A family name is needed."))
    dob = as_date(values["date_of_birth"], tr("date of birth"), required=False)
    if dob is not None and dob > today:
        raise InputRefused(tr("The date of birth cannot be in the future."))
    values["date_of_birth"] = dob
    values["expected_release"] = as_date(values["expected_release"], tr("expected release date"), required=False)

    relationship = values["relationship"]
    if values["is_prisoner"]:
        if relationship != PRISONER_RELATIONSHIP:
            raise InputRefused(
                tr("The prisoner's relationship is '{prisoner_relationship}': family members are recorded "
                "by their relationship to the prisoner.").format(prisoner_relationship=PRISONER_RELATIONSHIP)
            )
        if values["do_not_disclose"]:
            raise InputRefused(tr("Do not disclose hides a family member from the prisoner; it cannot be set "
                               "on the prisoner."))
    elif relationship == PRISONER_RELATIONSHIP:
        raise InputRefused(tr("Only the prisoner has the relationship '{prisoner_relationship}'. "
                           "Tick 'prisoner', or choose how this person is related to the prisoner.").format(
            prisoner_relationship=PRISONER_RELATIONSHIP))
    elif relationship not in RELATIONSHIPS:
        raise InputRefused(tr("Relationship must be one of: {relationships}.").format(
                              relationships=', '.join(RELATIONSHIPS)))

    for name, (allowed, label) in _LISTS.items():
        # Check only what is typed now: a value synced from another desk is left as it is.
        if values[name] not in allowed and (old is None or values[name] != getattr(old, name)):
            shown = ", ".join(a for a in allowed if a)
            raise InputRefused(tr("{label} must be one of: {shown}.").format(label=tr(label), shown=shown))

    if values["language"] not in LANGUAGES and (old is None or values["language"] != old.language):
        raise InputRefused(tr("Choose the person's language from the list: English, Welsh, or another language."))
    if len(values["language_note"]) > LANGUAGE_NOTE_MAX:
        raise InputRefused(tr("Say the language in a few words ({most} characters at most), e.g. "
                              "\"Polish: interpreter needed\".").format(most=LANGUAGE_NOTE_MAX))
    if values["language"] == OTHER_LANGUAGE and not values["language_note"]:
        raise InputRefused(tr("Say which language, so an interpreter can be found (e.g. \"Polish\")."))

    months = values["sentence_months"]
    if months is not None:
        if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= MAX_SENTENCE_MONTHS:
            raise InputRefused(tr("Sentence length must be a whole number of months from 0 to {max_sentence_months}, "
                               "or left empty.").format(max_sentence_months=MAX_SENTENCE_MONTHS))
    return values


def _warnings(session: Session, values: dict[str, Any], person_id: str | None) -> list[str]:
    """Things worth a second look that must never block saving."""
    warnings = []
    number = values["prison_number"]
    if number:
        message = prison_number_warning(number)
        if message:
            warnings.append(message)
        others = session.execute(
            select(Person.ref, Case.ref)
            .outerjoin(Case, Case.id == Person.case_id)
            .where(Person.prison_number == number, Person.live(),
                   *([Person.id != person_id] if person_id else []))
            .order_by(Person.ref)
        ).all()
        for person_ref, case_ref in others:
            text = (tr("Prison number {number} is already recorded for {person_ref} in case {case_ref}. "
                       "Check this is not the same person twice.") if case_ref else
                    tr("Prison number {number} is already recorded for {person_ref}. "
                       "Check this is not the same person twice."))
            warnings.append(text.format(number=number, person_ref=person_ref, case_ref=case_ref))
    if values["relationship"] == "child" and values["date_of_birth"] is None:
        warnings.append(tr("This child has no date of birth, so their age and age band cannot be worked out."))
    return warnings


def add_person(session: Session, case_id: str, data: PersonInput,
               today: date | None = None) -> tuple[Person, list[str]]:
    """Add a person to a family case. Returns the person and warnings to show (never blocking)."""
    today = today or date.today()
    case = get_case(session, case_id)
    values = _clean(data, today, None)
    warnings = _warnings(session, values, None)
    person = Person(case_id=case.id, **values)
    session.add(person)
    session.flush()
    audit.record(session, "record created", "people", person.id,
                 "prisoner" if person.is_prisoner else f"person: {person.relationship}")
    session.flush()
    return person, warnings


def update_person(session: Session, person_id: str, data: PersonInput,
                  today: date | None = None) -> tuple[Person, list[str]]:
    """Save an edited person; only fields that changed reach the change log."""
    today = today or date.today()
    person = get_live(session, Person, person_id, tr("No such person."))
    values = _clean(data, today, person)
    warnings = _warnings(session, values, person.id)
    changed = changed_fields(person, values)
    if changed:
        session.flush()  # the audit entry ("fields: ...") is derived from the flush (services.audit)
    if {"expected_release", "establishment", "is_prisoner"} & set(changed):
        rechecks.changed(session, today, people=[person.id])  # a release date or move: their visits
    return person, warnings


def remove_person(session: Session, person_id: str) -> Person:
    """A tombstone, not a delete, so the removal travels to other desks and stays in the history."""
    person = get_live(session, Person, person_id, tr("No such person."))
    person.deleted = True
    session.flush()
    audit.record(session, "record deleted", "people", person.id, "person removed")
    session.flush()
    return person

"""The casework forms: which fields each has and which service saves it.

Kept apart from the case page so the page stays about layout, and so a
draft restored after a lock can rebuild its form from ``form_id`` alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from sqlalchemy.orm import Session

from ..services.casework import closure, contacts, plans, safeguarding
from ..services.desk import vocab
from ..services.casework import directory as directory_service
from ..services.casework import people as people_service
from .form_dialog import Field, FormSpec
from ..words import QT_TRANSLATE_NOOP, tr

Saver = Callable[[Session, dict[str, Any]], list[str] | None]

# Whether a child has been told where the parent is: stored as written here, shown through tr
TOLD_WHERE = ("", QT_TRANSLATE_NOOP("", "yes"), QT_TRANSLATE_NOOP("", "partly"), QT_TRANSLATE_NOOP("", "no"),
              QT_TRANSLATE_NOOP("", "unknown"))


def _choices(values) -> list[str]:  # noqa: ANN001
    return list(values)


def contact_form(case_id: str, goals: list[tuple[str, str]] = ()) -> tuple[FormSpec, Saver]:
    fields = [
        Field("kind", tr("&Type"), "choice", _choices(vocab.CONTACT_TYPES)),
        Field("on", tr("&Date"), "date"),
        Field("minutes", tr("D&uration (minutes)"), "int", default=30),
        Field("present", tr("&Who was present")),
        Field("intervention", tr("&Support given"), "choice", [""] + list(vocab.INTERVENTION_TYPES)),
        Field("note", tr("&Note"), "long"),
    ]
    if goals:
        fields.append(Field("goal", tr("&Linked goal"), "choice", [(tr("None"), "")] + list(goals)))

    def save(s: Session, v: dict[str, Any]) -> None:
        goal_ids = [v["goal"]] if v.get("goal") else []
        contacts.log_contact(s, case_id, v["on"], v["kind"], v["minutes"], v["present"], v["note"], goal_ids,
                             intervention=v.get("intervention") or "")

    return FormSpec("contact", tr("Log contact"), fields, context={"case_id": case_id}), save


def _language_options(current: str) -> list[tuple[str, str]]:
    """The languages a person's letters go out in: a label shown, the neutral code stored."""
    options = [(tr(label), code) for code, label in people_service.LANGUAGES.items()]
    if current not in people_service.LANGUAGES:  # a code from a newer desk stays as it is
        options.append((current, current))
    return options


def person_form(case_id: str, person=None) -> tuple[FormSpec, Saver]:  # noqa: ANN001
    data = people_service.PersonInput.from_person(person) if person is not None else people_service.PersonInput()
    d = data.__dict__
    fields = [
        Field("given_name", tr("&Given name"), default=d["given_name"]),
        Field("family_name", tr("&Family name"), default=d["family_name"]),
        Field("relationship", tr("&Relationship to prisoner"), "choice",
              [vocab.PRISONER_RELATIONSHIP] + list(vocab.RELATIONSHIPS), default=d["relationship"]),
        Field("is_prisoner", tr("Is the &prisoner"), "bool", default=d["is_prisoner"]),
        Field("date_of_birth", tr("Date of &birth"), "optional-date", default=d["date_of_birth"]),
        Field("gender", tr("Gender"), "choice", _choices(vocab.GENDERS), default=d["gender"]),
        Field("ethnicity", tr("Ethnicity"), "choice", _choices(vocab.ETHNICITIES), default=d["ethnicity"]),
        Field("supported_directly", tr("&Supported directly"), "bool", default=d["supported_directly"]),
        Field("do_not_disclose", tr("Do &not disclose to the prisoner"), "bool", default=d["do_not_disclose"],
              help=tr("Hide this person's involvement from the prisoner, e.g. in domestic abuse cases.")),
        Field("phone", tr("Phone"), default=d["phone"]),
        Field("address", tr("Address"), "long", default=d["address"]),
        Field("language", tr("&Language for letters"), "choice", _language_options(d["language"]),
              default=d["language"],
              help=tr("Letters and slips go out in this language; Welsh letters can be printed bilingually.")),
        Field("language_note", tr("Language note (for an interpreter)"), default=d["language_note"]),
        Field("school", tr("School (child)"), default=d["school"]),
        Field("school_contact", tr("School contact (child)"), default=d["school_contact"]),
        Field("carer", tr("Cared for by (child)"), "choice", [""] + list(vocab.CARER_TYPES), default=d["carer"]),
        Field("told_where_parent", tr("Told where the parent is (child)"), "choice", list(TOLD_WHERE),
              default=d["told_where_parent"]),
        Field("child_views", tr("Child's own views"), "long", default=d["child_views"]),
        Field("sharing_agreed", tr("What the child agrees may be shared"), "long", default=d["sharing_agreed"]),
        Field("prison_number", tr("Prison number (prisoner)"), default=d["prison_number"]),
        Field("establishment", tr("Establishment (prisoner)"), default=d["establishment"]),
        Field("wing", tr("Wing (prisoner)"), default=d["wing"]),
        Field("sentence_type", tr("Sentence type (prisoner)"), "choice", [""] + list(vocab.SENTENCE_TYPES),
              default=d["sentence_type"]),
        Field("offence_category", tr("Offence category (prisoner)"), "choice", [""] + list(vocab.OFFENCE_CATEGORIES),
              default=d["offence_category"]),
        Field("sentence_months", tr("Sentence length, months (prisoner)"), "int", default=d["sentence_months"] or 0,
              maximum=1200),
        Field("expected_release", tr("Expected release (prisoner)"), "optional-date", default=d["expected_release"]),
        Field("offender_manager", tr("Offender Manager (prisoner)"), default=d["offender_manager"]),
        Field("probation_provider", tr("Probation provider (prisoner)"), default=d["probation_provider"]),
        Field("involvement", tr("Involvement with the service"), "choice", [""] + list(vocab.INVOLVEMENT_LEVELS),
              default=d["involvement"]),
    ]

    def save(s: Session, v: dict[str, Any]) -> list[str]:
        merged = dict(d)
        merged.update(v)
        if not merged.get("sentence_months"):
            merged["sentence_months"] = None
        value = people_service.PersonInput(**merged)
        if person is None:
            _p, warnings = people_service.add_person(s, case_id, value)
        else:
            _p, warnings = people_service.update_person(s, person.id, value)
        return warnings

    title = tr("Edit person") if person is not None else tr("Add person")
    context = {"case_id": case_id, "person_id": person.id if person is not None else None}
    return FormSpec("person", title, fields, context=context), save


def goal_form(case_id: str) -> tuple[FormSpec, Saver]:
    def save(s: Session, v: dict[str, Any]) -> None:
        plans.add_goal(s, case_id, v["text"])

    return FormSpec("goal", tr("Add goal"), [Field("text", tr("&Goal"), "long")], context={"case_id": case_id}), save


def task_form(case_id: str, goals: list[tuple[str, str]]) -> tuple[FormSpec, Saver]:
    fields = [
        Field("goal_id", tr("&Goal"), "choice", goals),
        Field("text", tr("&Task")),
        Field("owner", tr("&Owner")),
        Field("due_on", tr("&Due"), "optional-date"),
    ]

    def save(s: Session, v: dict[str, Any]) -> None:
        plans.add_task(s, v["goal_id"], v["text"], v["owner"], v["due_on"])

    return FormSpec("task", tr("Add task"), fields, context={"case_id": case_id}), save


def lead_form(case_id: str, lead: str, caf_taf: bool) -> tuple[FormSpec, Saver]:
    fields = [Field("lead", tr("&Lead professional"), default=lead), Field("caf_taf", tr("&CAF/TAF in place"), "bool",
                                                                         default=caf_taf)]

    def save(s: Session, v: dict[str, Any]) -> None:
        plans.set_lead(s, case_id, v["lead"], v["caf_taf"])

    return FormSpec("lead", tr("Lead professional"), fields, context={"case_id": case_id}), save


def onward_form(case_id: str, session: Session) -> tuple[FormSpec, Saver]:
    agencies = [(f"{a.name} ({tr(a.category)})", a.id) for a in directory_service.agencies(session)]
    fields = [Field("agency_id", tr("&Agency"), "choice", agencies), Field("on", tr("&Date"), "date"),
              Field("reason", tr("&Reason"), "long"), Field("result", tr("What &happened"), "long")]

    def save(s: Session, v: dict[str, Any]) -> list[str]:
        _r, warnings = plans.refer_onward(s, case_id, v["agency_id"], v["on"], v["reason"], v["result"])
        return warnings

    return FormSpec("onward", tr("Onward referral"), fields, context={"case_id": case_id}), save


def close_form(case_id: str) -> tuple[FormSpec, Saver]:
    """Planned starts unticked: a form's fields cannot follow the chosen reason, and a tick left on
    by default would record every 'Lost contact' (never planned) or forgotten one as planned."""
    unplanned = ", ".join(f"'{tr(r)}'" for r in sorted(closure.UNPLANNED_REASONS))
    fields = [Field("reason", tr("&Reason"), "choice", _choices(vocab.CLOSURE_REASONS)),
              Field("planned", tr("&Planned closure"), "bool", default=False,
                    help=tr("Tick when the ending was planned with the family. {reasons} is never planned.").format(
                        reasons=unplanned)),
              Field("on", tr("&Date"), "date")]

    def save(s: Session, v: dict[str, Any]) -> None:
        closure.close_case(s, case_id, v["on"], v["reason"], v["planned"])

    intro = tr("A final assessment with outcome scores is needed first, unless contact was lost. "
               "Tick Planned closure only for an ending planned with the family.")
    return FormSpec("close", tr("Close case"), fields, intro, {"case_id": case_id}), save


def reopen_form(case_id: str) -> tuple[FormSpec, Saver]:
    def save(s: Session, v: dict[str, Any]) -> None:
        closure.reopen_case(s, case_id, v["why"])

    return FormSpec("reopen", tr("Reopen case"), [Field("why", tr("&Why"), "long")], context={"case_id": case_id}), save


def restriction_form(case_id: str, people: list[tuple[str, str]]) -> tuple[FormSpec, Saver]:
    fields = [Field("person_id", tr("&Person"), "choice", people),
              Field("kind", tr("&Type"), "edit-choice", _choices(vocab.RESTRICTION_KINDS)),
              Field("reason", tr("&Reason"), "long"), Field("starts_on", tr("&From"), "date"),
              Field("ends_on", tr("&To"), "optional-date"), Field("appeal", tr("&Appeal"), "long")]

    def save(s: Session, v: dict[str, Any]) -> None:
        safeguarding.add_restriction(s, v["person_id"], v["kind"], v["reason"], v["starts_on"], v["ends_on"],
                                     v["appeal"])

    return FormSpec("restriction", tr("Contact restriction"), fields, context={"case_id": case_id}), save


def concern_form(case_id: str) -> tuple[FormSpec, Saver]:
    fields = [Field("on", tr("&Date"), "date"), Field("description", tr("&Concern"), "long"),
              Field("escalated_to", tr("&Escalated to")), Field("escalated_on", tr("Escalated &on"), "optional-date")]

    def save(s: Session, v: dict[str, Any]) -> None:
        safeguarding.log_concern(s, case_id, v["on"], v["description"], v["escalated_to"], v["escalated_on"])

    return FormSpec("concern", tr("Safeguarding concern"), fields, context={"case_id": case_id}), save


def consent_form(case_id: str, people: list[tuple[str, str]], session: Session) -> tuple[FormSpec, Saver]:
    agencies = [(tr("Any / purpose only"), "")] + [(a.name, a.id) for a in directory_service.agencies(session)]
    fields = [Field("person_id", tr("&Person"), "choice", people), Field("purpose", tr("Pu&rpose")),
              Field("agency_id", tr("&Agency"), "choice", agencies), Field("given_on", tr("&Given on"), "date"),
              Field("how_given", tr("&How"), "choice", _choices(vocab.CONSENT_METHODS))]

    def save(s: Session, v: dict[str, Any]) -> None:
        safeguarding.record_consent(s, v["person_id"], v["purpose"] or "sharing", v["agency_id"] or None,
                                    v["given_on"], v["how_given"])

    return FormSpec("consent", tr("Record consent"), fields, context={"case_id": case_id}), save


def agency_form(agency=None) -> tuple[FormSpec, Saver]:  # noqa: ANN001
    a = agency
    fields = [
        Field("name", tr("&Name"), default=getattr(a, "name", "")),
        Field("category", tr("&Category"), "choice", _choices(vocab.AGENCY_CATEGORIES),
              default=getattr(a, "category", None)),
        Field("contact_person", tr("Single point of &contact"), default=getattr(a, "contact_person", "")),
        Field("phone", tr("&Phone"), default=getattr(a, "phone", "")),
        Field("email", tr("&Email"), default=getattr(a, "email", "")),
        Field("area", tr("A&rea"), default=getattr(a, "area", "")),
        Field("offers", tr("What they &offer"), "long", default=getattr(a, "offers", "")),
        Field("eligibility", tr("E&ligibility"), "long", default=getattr(a, "eligibility", "")),
        Field("last_checked", tr("Details last checked"), "date", default=getattr(a, "last_checked", None) or date.today()),
    ]

    def save(s: Session, v: dict[str, Any]) -> None:
        directory_service.save_agency(s, directory_service.AgencyInput(**v), getattr(a, "id", None))

    return FormSpec("agency", tr("Edit agency") if a else tr("Add agency"), fields,
                    context={"agency_id": getattr(a, "id", None)}), save

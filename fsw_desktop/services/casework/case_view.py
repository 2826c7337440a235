"""Everything the case view shows, read in a fixed handful of statements.

One statement per table (children found by their case, not one query per
person or assessment), so a case with hundreds of contacts opens as fast as a
new one; the history comes from the change log that every flush writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from ...models.directory import Agency
from ...models.letters import Letter
from ...models.people import Consent, Person, Restriction
from ...models.sync import Change
from ...sync.clock import decode
from ..desk import settings
from .assessments import KIND_ORDER, unscored
from .casework import CaseFacts, age_band, age_on, next_review, stage
from .contacts import FirstContact, reaches_family, summarise_first_contact
from .people import PERSON_FIELDS, PersonInput
from ..desk import lists
from .safeguarding import is_active
from ...words import tr

CHUNK = 500  # ids per IN (...) when reading the change log


@dataclass
class RestrictionView:
    id: str
    reference: str
    kind: str
    reason: str
    starts_on: date | None
    ends_on: date | None
    appeal: str
    active: bool


@dataclass
class ConsentView:
    id: str
    reference: str
    purpose: str
    agency_id: str | None
    agency_name: str
    given_on: date | None
    how_given: str
    withdrawn_on: date | None
    current: bool


@dataclass
class PersonView(PersonInput):
    """A person as shown, and as a ``PersonInput`` it can go straight back to ``update_person``."""

    id: str = ""
    reference: str = ""
    age: int | None = None
    age_band: str | None = None
    active_restrictions: list[RestrictionView] = field(default_factory=list)
    restrictions: list[RestrictionView] = field(default_factory=list)  # all, past and future too
    consents: list[ConsentView] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class NeedView:
    id: str
    area: str
    nature: str
    term: str


@dataclass
class ScoreView:
    id: str
    outcome: str
    score: int
    person_id: str | None
    person_name: str


@dataclass
class AssessmentView:
    id: str
    reference: str
    kind: str
    on: date
    notes: str
    needs: list[NeedView] = field(default_factory=list)
    scores: list[ScoreView] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # outcomes with no score at this assessment


@dataclass
class TaskView:
    id: str
    reference: str
    text: str
    owner: str
    due_on: date | None
    done_on: date | None


@dataclass
class GoalView:
    id: str
    reference: str
    text: str
    status: str
    tasks: list[TaskView] = field(default_factory=list)


@dataclass
class ContactView:
    id: str
    reference: str
    on: date
    kind: str
    successful: bool
    minutes: int
    present: str
    note: str
    goal_ids: list[str]


@dataclass
class OnwardView:
    id: str
    reference: str
    agency_id: str | None
    agency_name: str
    on: date
    reason: str
    result: str


@dataclass
class ConcernView:
    id: str
    reference: str
    on: date
    description: str
    escalated_to: str
    escalated_on: date | None


@dataclass
class HistoryEntry:
    at: datetime
    who: str
    record_table: str
    record_ref: str
    field: str  # a column name, or "created" for a new record
    old: str
    new: str


@dataclass
class CaseDetail:
    id: str
    reference: str
    family_label: str
    status: str
    worker: str
    referral_date: date
    referral_source: str
    referrer_name: str
    referrer_contact: str
    referral_reasons: str
    risk_info: str
    consent_status: str
    lead_professional: str
    caf_taf: bool
    closed_on: date | None
    closure_reason: str
    closure_planned: bool | None
    stage: str
    next_review: date | None
    first_contact: FirstContact
    has_baseline: bool
    do_not_disclose: bool  # someone in the family must stay hidden from the prisoner
    people: list[PersonView] = field(default_factory=list)
    assessments: list[AssessmentView] = field(default_factory=list)  # oldest first
    goals: list[GoalView] = field(default_factory=list)
    contacts: list[ContactView] = field(default_factory=list)  # newest first
    onward_referrals: list[OnwardView] = field(default_factory=list)
    concerns: list[ConcernView] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)  # newest first


def _shown(raw: str | None) -> str:
    """A logged JSON value as text: empty for none, yes/no for flags."""
    if raw is None:
        return ""
    try:
        value: Any = json.loads(raw)
    except ValueError:
        return raw
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _at(hlc: str) -> datetime:
    millis, _, _ = decode(hlc)
    return datetime.fromtimestamp(millis / 1000)


def _rows(session: Session, model: Any, *where: Any, order: tuple = ()) -> list[Any]:
    """Every row, tombstones included: the view drops them, the history still names them."""
    return list(session.execute(select(model).where(*where).order_by(*order)).scalars())


def load_case(session: Session, case_id: str, today: date | None = None) -> CaseDetail:
    today = today or date.today()
    c = session.get(Case, case_id) if case_id else None
    if c is None or c.deleted:
        raise InputRefused(tr("No such case."))
    refs: dict[str, tuple[str, str]] = {c.id: ("cases", c.ref)}

    def note(rows: list[Any]) -> list[Any]:
        for r in rows:
            refs[r.id] = (r.__tablename__, r.ref)
        return [r for r in rows if not r.deleted]

    people = note(_rows(session, Person, Person.case_id == c.id, order=(Person.created_hlc,)))
    restrictions = note(_rows(session, Restriction, Restriction.person_id.in_(
        select(Person.id).where(Person.case_id == c.id)), order=(Restriction.starts_on, Restriction.created_hlc)))
    consents = note(_rows(session, Consent, Consent.person_id.in_(
        select(Person.id).where(Person.case_id == c.id)), order=(Consent.given_on, Consent.created_hlc)))
    assessments = note(_rows(session, Assessment, Assessment.case_id == c.id,
                             order=(Assessment.on, Assessment.created_hlc)))
    in_assessments = select(Assessment.id).where(Assessment.case_id == c.id)
    needs = note(_rows(session, Need, Need.assessment_id.in_(in_assessments), order=(Need.created_hlc,)))
    scores = note(_rows(session, Score, Score.assessment_id.in_(in_assessments), order=(Score.created_hlc,)))
    goals = note(_rows(session, Goal, Goal.case_id == c.id, order=(Goal.created_hlc,)))
    tasks = note(_rows(session, Task, Task.goal_id.in_(select(Goal.id).where(Goal.case_id == c.id)),
                       order=(Task.due_on.is_(None), Task.due_on, Task.created_hlc)))
    contacts = note(_rows(session, Contact, Contact.case_id == c.id,
                          order=(Contact.on.desc(), Contact.created_hlc.desc())))
    onward = note(_rows(session, OnwardReferral, OnwardReferral.case_id == c.id,
                        order=(OnwardReferral.on, OnwardReferral.created_hlc)))
    concerns = note(_rows(session, Concern, Concern.case_id == c.id, order=(Concern.on, Concern.created_hlc)))
    note(_rows(session, Letter, Letter.of_case(c.id), order=(Letter.sent_at,)))  # letters sent: in the history
    agency_ids = {a for a in [*(x.agency_id for x in onward), *(x.agency_id for x in consents)] if a}
    agency_names = dict(session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids))).all()) \
        if agency_ids else {}
    review_months = settings.get(session, "review_interval_months")

    # people, with their restrictions and consents
    by_person_r: dict[str, list[RestrictionView]] = {}
    for r in restrictions:
        by_person_r.setdefault(r.person_id, []).append(RestrictionView(
            r.id, r.ref, r.kind, r.reason, r.starts_on, r.ends_on, r.appeal, is_active(r, today)))
    by_person_c: dict[str, list[ConsentView]] = {}
    for k in consents:
        current = (k.given_on is None or k.given_on <= today) and (k.withdrawn_on is None or k.withdrawn_on > today)
        by_person_c.setdefault(k.person_id, []).append(ConsentView(
            k.id, k.ref, k.purpose, k.agency_id, agency_names.get(k.agency_id, "") if k.agency_id else "",
            k.given_on, k.how_given, k.withdrawn_on, current))
    person_views = []
    names = {}
    for p in people:
        base = PersonInput.from_person(p)
        dob = p.date_of_birth
        own = by_person_r.get(p.id, [])
        view = PersonView(**{f: getattr(base, f) for f in PERSON_FIELDS}, id=p.id, reference=p.ref,
                          age=age_on(dob, today) if dob is not None and dob <= today else None,
                          age_band=age_band(dob, today), active_restrictions=[r for r in own if r.active],
                          restrictions=own, consents=by_person_c.get(p.id, []))
        names[p.id] = view.full_name
        person_views.append(view)

    # assessments with needs and scores
    outcome_names = lists.outcome_names(session)
    views = {a.id: AssessmentView(a.id, a.ref, a.kind, a.on, a.notes) for a in assessments}
    for n in needs:
        if n.assessment_id in views:
            views[n.assessment_id].needs.append(NeedView(n.id, n.area, n.nature, n.term))
    for s in scores:
        if s.assessment_id in views:
            views[s.assessment_id].scores.append(
                ScoreView(s.id, s.outcome, s.score, s.person_id, names.get(s.person_id, "") if s.person_id else ""))
    for v in views.values():
        v.unscored = unscored((s.outcome for s in v.scores), outcome_names)
    assessment_views = sorted(views.values(), key=lambda v: (v.on, KIND_ORDER.get(v.kind, 9)))

    # plan
    goal_views = {g.id: GoalView(g.id, g.ref, g.text, g.status) for g in goals}
    for t in tasks:
        if t.goal_id in goal_views:
            goal_views[t.goal_id].tasks.append(TaskView(t.id, t.ref, t.text, t.owner, t.due_on, t.done_on))

    # derived: stage, review, first contact
    initial = [a.on for a in assessments if a.kind == "initial"]
    last_assessed = max((a.on for a in assessments), default=None)
    last_success = max((k.on for k in contacts if reaches_family(k.kind, k.successful)), default=None)
    facts = CaseFacts(c.status, min(initial, default=None), last_assessed, bool(goals), last_success)
    review = next_review(last_assessed, review_months) if c.status == "open" and initial else None
    baseline = any(s.assessment_id in views and views[s.assessment_id].kind == "initial" for s in scores)

    detail = CaseDetail(
        id=c.id, reference=c.ref, family_label=c.family_label, status=c.status, worker=c.worker,
        referral_date=c.referral_date, referral_source=c.referral_source, referrer_name=c.referrer_name,
        referrer_contact=c.referrer_contact, referral_reasons=c.referral_reasons, risk_info=c.risk_info,
        consent_status=c.consent_status, lead_professional=c.lead_professional, caf_taf=bool(c.caf_taf),
        closed_on=c.closed_on, closure_reason=c.closure_reason, closure_planned=c.closure_planned,
        stage=stage(facts, today, review_months), next_review=review,
        first_contact=summarise_first_contact(c.referral_date, ((k.on, bool(k.successful), k.kind) for k in contacts)),
        has_baseline=baseline, do_not_disclose=any(p.do_not_disclose for p in people),
        people=person_views,
        assessments=assessment_views,
        goals=list(goal_views.values()),
        contacts=[ContactView(k.id, k.ref, k.on, k.kind, bool(k.successful), k.minutes or 0, k.present, k.note,
                              [g for g in (k.goal_ids or "").split(",") if g]) for k in contacts],
        onward_referrals=[OnwardView(o.id, o.ref, o.agency_id, agency_names.get(o.agency_id, "") if o.agency_id
                                     else "", o.on, o.reason, o.result) for o in onward],
        concerns=[ConcernView(x.id, x.ref, x.on, x.description, x.escalated_to, x.escalated_on) for x in concerns],
    )
    detail.history = _history(session, refs)
    return detail


def _history(session: Session, refs: dict[str, tuple[str, str]]) -> list[HistoryEntry]:
    """The field-level change log of the case and every record in it, newest first.

    A new record's ``*`` change holds the whole record; it is shown as "created"
    without reading its (large) value.
    """
    ids = list(refs)
    rows: list[Any] = []
    value = sql_case((Change.field == "*", None), else_=Change.value)
    for start in range(0, len(ids), CHUNK):
        rows += session.execute(
            select(Change.record_table, Change.record_id, Change.field, value.label("value"), Change.old,
                   Change.hlc, Change.who)
            .where(Change.record_id.in_(ids[start:start + CHUNK]))
        ).all()
    rows.sort(key=lambda r: (r.hlc, r.field), reverse=True)
    out = []
    for r in rows:
        created = r.field == "*"
        out.append(HistoryEntry(
            at=_at(r.hlc), who=r.who or "", record_table=r.record_table,
            record_ref=refs.get(r.record_id, ("", ""))[1],
            field="created" if created else r.field,
            old="" if created else _shown(r.old),
            new="" if created else _shown(r.value),
        ))
    return out

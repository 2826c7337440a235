"""Assessments: needs found and outcomes scored 1-5 at initial, follow-up and final.

Only 63% of the evaluated service's individuals had two scores (000 §2.3):
incomplete outcome recording was its main data failure. So every assessment
says which outcomes were left unscored instead of silently accepting the gap,
and a support plan cannot start without a scored initial assessment (a baseline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.base import new_id
from ...models.cases import Assessment, Need, Score
from ...models.people import Person
from ..data_protection import audit
from .people import as_date, check_case_date, get_case, get_live
from ..desk.dates import show_date
from ..desk import lists
from ..desk.vocab import ASSESSMENT_KINDS, NEED_AREAS, NEED_NATURES, NEED_TERMS, OUTCOME_NAMES, SCORE_RANGE
from ...words import tr
from ..desk import vocab

KIND_ORDER = {kind: n for n, kind in enumerate(ASSESSMENT_KINDS)}


@dataclass(frozen=True)
class NeedInput:
    area: str
    nature: str = "practical"
    term: str = "short"


@dataclass(frozen=True)
class ScoreInput:
    """One outcome scored for the family (person_id None) or for one person in it."""

    outcome: str
    score: int
    person_id: str | None = None


def unscored(scored: Iterable[str], names: Sequence[str] = OUTCOME_NAMES) -> list[str]:
    """Outcomes on the list (the service's own, if edited) with no score, in the list's order."""
    done = set(scored)
    return [name for name in names if name not in done]


def missing_scores_warning(scored: Iterable[str], names: Sequence[str] = OUTCOME_NAMES) -> str:
    missing = unscored(scored, names)
    return tr("No score for: {outcomes}.").format(outcomes=", ".join(vocab.label(m) for m in missing)) if missing else ""


def _check_needs(needs: Sequence[NeedInput]) -> list[NeedInput]:
    out = []
    for need in needs:
        area = (need.area or "").strip()
        if area not in NEED_AREAS:
            raise InputRefused(tr("'{area}' is not on the list of needs.").format(area=area))
        if need.nature not in NEED_NATURES:
            raise InputRefused(tr("A need is {need_natures}.").format(need_natures=' or '.join(NEED_NATURES)))
        if need.term not in NEED_TERMS:
            raise InputRefused(tr("A need is {need_terms} term.").format(need_terms=' or '.join(NEED_TERMS)))
        out.append(NeedInput(area, need.nature, need.term))
    return out


def _check_scores(session: Session, case_id: str, scores: Sequence[ScoreInput],
                  already: Iterable[tuple[str, str | None]] = ()) -> list[ScoreInput]:
    """Every score 1-5 against a listed outcome, at most once per outcome and person."""
    lo, hi = SCORE_RANGE
    seen = set(already)
    people = {s.person_id for s in scores if s.person_id}
    if people:
        found = set(session.execute(
            select(Person.id).where(Person.id.in_(people), Person.case_id == case_id, Person.live())
        ).scalars())
        if found != people:
            raise InputRefused(tr("A score is for someone who is not in this family."))
    out = []
    names = set(lists.outcome_names(session))
    for s in scores:
        if s.outcome not in names:
            raise InputRefused(tr("'{outcome}' is not on the outcome list.").format(outcome=s.outcome))
        if isinstance(s.score, bool) or not isinstance(s.score, int) or not lo <= s.score <= hi:
            raise InputRefused(tr("Scores run from {lo} to {hi}: '{outcome}' was given {score!r}.").format(
                                  lo=lo, hi=hi, outcome=s.outcome, score=s.score))
        key = (s.outcome, s.person_id or None)
        if key in seen:
            raise InputRefused(tr("'{outcome}' is scored twice for the same person.").format(outcome=s.outcome))
        seen.add(key)
        out.append(ScoreInput(s.outcome, s.score, s.person_id or None))
    return out


def _warnings(kind: str, scored: Iterable[str], names: Sequence[str] = OUTCOME_NAMES) -> list[str]:
    scored = list(scored)
    warnings = []
    if kind == "initial" and not scored:
        warnings.append(tr("This initial assessment has no outcome scores, so it is no baseline: a support plan "
                           "cannot start until scores are added."))
    message = missing_scores_warning(scored, names)
    if message:
        warnings.append(message)
    return warnings


def record_assessment(session: Session, case_id: str, kind: str, on: date, needs: Sequence[NeedInput],
                      scores: Sequence[ScoreInput], notes: str = "",
                      today: date | None = None) -> tuple[Assessment, list[str]]:
    """One assessment with its needs and scores; the warnings name every outcome left unscored."""
    today = today or date.today()
    case = get_case(session, case_id)
    if kind not in ASSESSMENT_KINDS:
        raise InputRefused(tr("An assessment is {assessment_kinds}.").format(
                              assessment_kinds=', '.join(ASSESSMENT_KINDS)))
    on = as_date(on, tr("assessment date"))
    check_case_date(case, on, today, tr("assessment date"))
    initials = session.execute(
        select(Assessment.on).where(Assessment.case_id == case.id, Assessment.kind == "initial",
                                    Assessment.live()).order_by(Assessment.on)
    ).scalars().all()
    if kind == "initial" and initials:
        raise InputRefused(tr("This case already has an initial assessment ({initials}). "
                           "Record a follow-up instead.").format(initials=show_date(initials[0])))
    if kind != "initial":
        if not initials:
            raise InputRefused(tr("Record the initial assessment before a {kind} assessment.").format(kind=kind))
        if on < initials[0]:
            raise InputRefused(tr("A {kind} assessment cannot be dated before the initial assessment "
                               "({initials}).").format(kind=kind, initials=show_date(initials[0])))
    clean_needs = _check_needs(needs)
    clean_scores = _check_scores(session, case.id, scores)

    assessment = Assessment(id=new_id(), case_id=case.id, kind=kind, on=on, notes=(notes or "").strip())
    session.add(assessment)
    for need in clean_needs:
        session.add(Need(assessment_id=assessment.id, area=need.area, nature=need.nature, term=need.term))
    for s in clean_scores:
        session.add(Score(assessment_id=assessment.id, person_id=s.person_id, outcome=s.outcome, score=s.score))
    session.flush()
    audit.record(session, "record created", "assessments", assessment.id,
                 f"{kind} assessment: {len(clean_needs)} needs, {len(clean_scores)} scores")
    session.flush()
    return assessment, _warnings(kind, (s.outcome for s in clean_scores), lists.outcome_names(session))


def add_scores(session: Session, assessment_id: str,
               scores: Sequence[ScoreInput]) -> tuple[list[Score], list[str]]:
    """Put missing scores right on an assessment already recorded (Today lists them).

    Without this, an initial assessment saved without scores could never become a
    baseline, since a case has only one initial assessment.
    """
    assessment = get_live(session, Assessment, assessment_id, tr("No such assessment."))
    case = get_case(session, assessment.case_id)
    existing = session.execute(
        select(Score.outcome, Score.person_id).where(Score.assessment_id == assessment.id,
                                                     Score.live())
    ).all()
    if not scores:
        raise InputRefused(tr("Give at least one score."))
    clean = _check_scores(session, case.id, scores, ((o, p) for o, p in existing))
    rows = [Score(assessment_id=assessment.id, person_id=s.person_id, outcome=s.outcome, score=s.score)
            for s in clean]
    session.add_all(rows)
    session.flush()
    for row in rows:
        audit.record(session, "record created", "scores", row.id, f"score on {assessment.kind} assessment")
    session.flush()
    scored = [o for o, _ in existing] + [s.outcome for s in clean]
    return rows, _warnings(assessment.kind, scored, lists.outcome_names(session))


def has_baseline(session: Session, case_id: str) -> bool:
    """An initial assessment with at least one score: what a support plan is measured against."""
    scored = exists().where(Score.assessment_id == Assessment.id, Score.live())
    return session.execute(
        select(Assessment.id).where(Assessment.case_id == case_id, Assessment.kind == "initial",
                                    Assessment.live(), scored).limit(1)
    ).first() is not None


def score_history(session: Session, case_id: str) -> dict[str, list[tuple[str, date, int]]]:
    """Outcome -> [(kind, date, score)] in date order, outcomes in the list's order, for the chart."""
    rows = session.execute(
        select(Assessment.kind, Assessment.on, Score.outcome, Score.score, Score.created_hlc)
        .join(Score, Score.assessment_id == Assessment.id)
        .where(Assessment.case_id == case_id, Assessment.live(), Score.live())
    ).all()
    rows.sort(key=lambda r: (r.on, KIND_ORDER.get(r.kind, 9), r.created_hlc or ""))
    order = {name: n for n, name in enumerate(lists.outcome_names(session))}
    history: dict[str, list[tuple[str, date, int]]] = {}
    for r in sorted(rows, key=lambda r: order.get(r.outcome, len(order))):  # stable: keeps date order
        history.setdefault(r.outcome, []).append((r.kind, r.on, r.score))
    return history


def outcome_change(first: int, last: int) -> str:
    """As the evaluation reports each outcome (000 Table 4)."""
    if last > first:
        return "improved"
    if last < first:
        return "worse"
    return "no change"

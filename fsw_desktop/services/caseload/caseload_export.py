"""Export the caseload in the import template, so export then import gives back the same caseload.

One row per live person of every live case (prisoner first), with the case's
details repeated on each row; a case with scores for the family as a whole, or
with nobody in it, gets a 'whole family' row. What the template does not carry
is listed in ``docs/import.md``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models.cases import Assessment, Case, Contact, Goal, Need, Score
from ...models.people import Person
from ..data_protection import audit
from ..desk import lists
from . import caseload_template as tpl
from ..casework.assessments import KIND_ORDER
from ..casework.contacts import reaches_family_sql
from .spreadsheet import text_cell
from ...progress import Progress
from ...words import tr



def _needs(needs: list[tuple[str, str, str]]) -> str:
    out = []
    for area, nature, term in needs:
        extra = [w for w, default in ((nature, "practical"), (term, "short")) if w and w != default]
        out.append(f"{area} ({', '.join(extra)})" if extra else area)
    return f"{tpl.LIST_SEPARATOR} ".join(out)


def caseload_rows(session: Session, progress: Progress | None = None) -> tuple[tuple[tpl.Col, ...], list[list[str]]]:
    """The template's columns (with any outcome still scored but no longer on the list) and the rows."""
    progress = progress or (lambda _p, _m: None)
    outcomes = list(lists.outcome_names(session))
    scored = session.execute(select(Score.outcome).where(Score.live()).distinct()).scalars().all()
    outcomes += sorted(set(scored) - set(outcomes))
    cols = tpl.columns(outcomes)

    progress(10, tr("Reading cases"))
    cases = session.execute(select(Case).where(Case.live()).order_by(Case.referral_date, Case.ref)).scalars().all()
    people: dict[str, list[Person]] = defaultdict(list)
    for p in session.execute(select(Person).where(Person.live(), Person.case_id.is_not(None))
                             .order_by(Person.is_prisoner.desc(), Person.created_hlc, Person.ref)).scalars():
        people[p.case_id].append(p)
    assessments: dict[str, list[Assessment]] = defaultdict(list)
    for a in session.execute(select(Assessment).where(Assessment.live())).scalars():
        assessments[a.case_id].append(a)
    for rows in assessments.values():
        rows.sort(key=lambda a: (a.on, KIND_ORDER.get(a.kind, 9), a.created_hlc or ""))
    needs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for n in session.execute(select(Need).where(Need.live()).order_by(Need.created_hlc)).scalars():
        needs[n.assessment_id].append((n.area, n.nature, n.term))
    scores: dict[tuple[str, str | None], dict[str, int]] = defaultdict(dict)
    for s in session.execute(select(Score).where(Score.live()).order_by(Score.created_hlc)).scalars():
        scores[(s.assessment_id, s.person_id)][s.outcome] = s.score
    goals: dict[str, list[str]] = defaultdict(list)
    for g in session.execute(select(Goal).where(Goal.live()).order_by(Goal.created_hlc)).scalars():
        text = " ".join(g.text.split())
        goals[g.case_id].append(f"{text} [{g.status}]" if g.status and g.status != "open" else text)
    contacts = {r.case_id: (r.first, r.last) for r in session.execute(
        select(Contact.case_id, func.min(Contact.on).label("first"), func.max(Contact.on).label("last"))
        .where(Contact.live(), reaches_family_sql()).group_by(Contact.case_id))}

    progress(40, tr("Writing rows"))
    out: list[list[str]] = []
    for case in cases:
        mine = assessments.get(case.id, [])
        initial = next((a for a in mine if a.kind == "initial"), None)
        follow_ups = [a for a in mine if a.kind == "follow-up"]
        finals = [a for a in mine if a.kind == "final"]
        final = finals[-1] if finals else None
        first, last = contacts.get(case.id, (None, None))
        case_values = {
            "family_key": case.ref, "family_label": case.family_label, "referral_date": case.referral_date,
            "referral_source": case.referral_source, "referrer_name": case.referrer_name,
            "referrer_contact": case.referrer_contact, "referral_reasons": case.referral_reasons,
            "risk_info": case.risk_info, "consent_status": case.consent_status,
            "lead_professional": case.lead_professional, "caf_taf": case.caf_taf, "status": case.status,
            "closed_on": case.closed_on, "closure_reason": case.closure_reason,
            "closure_planned": case.closure_planned, "first_contact": first, "last_contact": last,
            "goals": "\n".join(goals.get(case.id, [])),
            "initial_on": initial.on if initial else None,
            "initial_needs": _needs(needs.get(initial.id, [])) if initial else "",
            "follow_up_on": f" {tpl.FOLLOW_UP_SEPARATOR} ".join(a.on.isoformat() for a in follow_ups),
            "follow_up_needs": _trim(f" {tpl.FOLLOW_UP_SEPARATOR} ".join(_needs(needs.get(a.id, []))
                                                                          for a in follow_ups)),
            "final_on": final.on if final else None,
            "final_needs": _needs(needs.get(final.id, [])) if final else "",
        }
        points = {"initial": [initial] if initial else [], "follow-up": follow_ups, "final": [final] if final else []}
        members: list[Person | None] = list(people.get(case.id, []))
        family_scored = any((a.id, None) in scores for a in mine)
        if not members or family_scored:
            members.append(None)  # scores of someone removed from the case are history and not carried
        for person in members:
            row = []
            for col in cols:
                if col.level == "case":
                    row.append(text_cell(case_values.get(col.key)))
                elif col.level == "person":
                    row.append(_person_cell(person, col.key))
                else:
                    pid = person.id if person is not None else None
                    found = [scores.get((a.id, pid), {}).get(col.outcome) for a in points[col.point]]
                    row.append(_trim(f" {tpl.FOLLOW_UP_SEPARATOR} ".join("" if s is None else str(s) for s in found)))
            out.append(row)
    progress(90, tr("Saving"))
    return cols, out


def _trim(text: str) -> str:
    """Drop empty places at the end of a '|' list ('3 |  | ' -> '3'); an all-empty list is ''."""
    parts = [p.strip() for p in text.split(tpl.FOLLOW_UP_SEPARATOR)]
    while parts and not parts[-1]:
        parts.pop()
    return f" {tpl.FOLLOW_UP_SEPARATOR} ".join(parts)


def _person_cell(person: Person | None, key: str) -> str:
    if person is None:
        return tpl.WHOLE_FAMILY if key == "relationship" else ""
    if key == "relationship":
        return tpl.PRISONER if person.is_prisoner else person.relationship
    value = getattr(person, key)
    if isinstance(value, bool):
        return "yes" if value else ""
    return text_cell(value)


def export_caseload(session: Session, path: Path, progress: Progress | None = None) -> int:
    """Write the caseload to ``path`` (.csv or .xlsx); returns the number of rows. Audited, no names logged."""
    cols, rows = caseload_rows(session, progress)
    tpl.write_sheet(Path(path), cols, rows)
    audit.record(session, "caseload exported", None, None, f"{len(rows)} rows")
    session.flush()
    if progress:
        progress(100, tr("Exported"))
    return len(rows)

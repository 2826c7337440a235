"""The support plan: goals with tasks, the lead professional, CAF/TAF and onward referrals.

A plan starts from a baseline (an initial assessment with outcome scores):
without one, nothing the plan achieves can be shown, which is how the
evaluated service lost a third of its outcomes (000 §2.3).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Case, Goal, OnwardReferral, Task
from ...models.directory import Agency
from ..data_protection import audit
from .assessments import has_baseline
from .directory import is_stale
from .people import as_date, changed_fields, check_case_date, get_case, get_live
from .safeguarding import sharing_warning
from ...words import QT_TRANSLATE_NOOP, tr

GOAL_STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "open"),
    QT_TRANSLATE_NOOP("", "achieved"),
    QT_TRANSLATE_NOOP("", "partly achieved"),
    QT_TRANSLATE_NOOP("", "not achieved"),
    QT_TRANSLATE_NOOP("", "dropped"),
)
NO_BASELINE = QT_TRANSLATE_NOOP(
    "", "A support plan starts from a baseline: record the initial assessment with outcome scores first.")


def add_goal(session: Session, case_id: str, text: str) -> Goal:
    case = get_case(session, case_id)
    text = (text or "").strip()
    if not text:
        raise InputRefused(tr("Write the goal."))
    if not has_baseline(session, case.id):
        raise InputRefused(tr(NO_BASELINE))
    goal = Goal(agreed_on=date.today(), case_id=case.id, text=text, status="open")
    session.add(goal)
    session.flush()
    audit.record(session, "record created", "goals", goal.id, "goal")
    session.flush()
    return goal


def _goal(session: Session, goal_id: str) -> Goal:
    goal = get_live(session, Goal, goal_id, tr("No such goal."))
    get_case(session, goal.case_id)  # a goal of a deleted case is gone too
    return goal


def add_task(session: Session, goal_id: str, text: str, owner: str = "", due_on: date | None = None) -> Task:
    """A step towards a goal; any due date is allowed (a task can be entered late, already overdue)."""
    goal = _goal(session, goal_id)
    text = (text or "").strip()
    if not text:
        raise InputRefused(tr("Write the task."))
    due_on = as_date(due_on, tr("due date"), required=False)
    task = Task(goal_id=goal.id, text=text, owner=(owner or "").strip(), due_on=due_on)
    session.add(task)
    session.flush()
    audit.record(session, "record created", "tasks", task.id, "task")
    session.flush()
    return task


def complete_task(session: Session, task_id: str, on: date, today: date | None = None) -> Task:
    """Mark a task done on a day; doing it again corrects the date."""
    today = today or date.today()
    task = get_live(session, Task, task_id, tr("No such task."))
    case = get_case(session, _goal(session, task.goal_id).case_id)
    on = as_date(on, tr("date the task was done"))
    check_case_date(case, on, today, tr("date the task was done"))
    if task.done_on != on:
        task.done_on = on
        session.flush()
        audit.record(session, "record changed", "tasks", task.id, "task done")
        session.flush()
    return task


def set_goal_status(session: Session, goal_id: str, status: str) -> Goal:
    goal = _goal(session, goal_id)
    if status not in GOAL_STATUSES:
        raise InputRefused(tr("A goal is {goal_statuses}.").format(goal_statuses=', '.join(GOAL_STATUSES)))
    if goal.status != status:
        goal.status = status
        session.flush()
        audit.record(session, "record changed", "goals", goal.id, f"goal {status}")
        session.flush()
    return goal


def set_lead(session: Session, case_id: str, lead_professional: str, caf_taf: bool) -> Case:
    """Who leads the work with the family, and whether a CAF/TAF is in place."""
    case = get_case(session, case_id)
    changed = changed_fields(case, {"lead_professional": (lead_professional or "").strip(),
                                    "caf_taf": bool(caf_taf)})
    if changed:
        session.flush()  # the audit entry ("fields: ...") is derived from the flush (services.audit)
    return case


def refer_onward(session: Session, case_id: str, agency_id: str, on: date, reason: str, result: str = "",
                 today: date | None = None) -> tuple[OnwardReferral, list[str]]:
    """Refer the family to a partner agency. Warns, never blocks, when no one has consented to sharing."""
    today = today or date.today()
    case = get_case(session, case_id)
    agency = get_live(session, Agency, agency_id, tr("Choose an agency from the directory."))
    on = as_date(on, tr("referral date"))
    check_case_date(case, on, today, tr("onward referral date"))
    warnings = []
    consent = sharing_warning(session, case.id, agency.id, on)
    if consent:
        warnings.append(consent)
    if is_stale(agency.last_checked, today):
        warnings.append(tr("The directory entry for {agency} has not been checked for over 12 months: "
                           "check the details are still right.").format(agency=agency.name))
    row = OnwardReferral(case_id=case.id, agency_id=agency.id, on=on, reason=(reason or "").strip(),
                         result=(result or "").strip())
    session.add(row)
    session.flush()
    audit.record(session, "record created", "onward_referrals", row.id, f"onward referral: {agency.category}")
    session.flush()
    return row, warnings


def update_onward_result(session: Session, referral_id: str, result: str) -> OnwardReferral:
    """What happened to the referral: part of multi-agency working evidence (002 QS4)."""
    row = get_live(session, OnwardReferral, referral_id, tr("No such onward referral."))
    result = (result or "").strip()
    if row.result != result:
        row.result = result
        session.flush()
        audit.record(session, "record changed", "onward_referrals", row.id, "result updated")
        session.flush()
    return row

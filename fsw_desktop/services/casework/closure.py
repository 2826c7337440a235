"""Closing and reopening a case.

A closure comes with a final assessment *with outcome scores*, so the scores can
be compared with the baseline (an unscored final assessment shows no outcome,
and incomplete scoring was the evaluation's main data gap, 000). Only when the
family is lost is that impossible, so "Lost contact" is the one reason that
needs no final assessment; for the same reason it is never a planned closure,
and recording it as one would inflate the planned endings reported (000 §4.1).
Reopening clears the closure fields, and the change log keeps what they were.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Assessment, Case, Score
from ..data_protection import audit
from .people import as_date, check_case_date, get_case
from ..desk.dates import show_date
from ..desk.vocab import CLOSURE_REASONS
from ...words import QT_TRANSLATE_NOOP, tr

LOST_CONTACT = QT_TRANSLATE_NOOP("", "Lost contact")
HANDED_OVER_REASON = QT_TRANSLATE_NOOP("", "Transferred to another service")  # status "handed over", as the demo records it
# Reasons that close without a final assessment and can never be planned: the family was not there to plan with.
UNPLANNED_REASONS: frozenset[str] = frozenset({LOST_CONTACT})


def close_case(session: Session, case_id: str, on: date, reason: str, planned: bool,
               today: date | None = None) -> Case:
    """Close an open case; refused without a scored final assessment, or if an unplanned reason is called planned."""
    today = today or date.today()
    case = get_case(session, case_id)
    if case.status != "open":
        raise InputRefused(tr("This case is already closed."))
    if reason not in CLOSURE_REASONS:
        raise InputRefused(tr("Closure reason must be one of: {closure_reasons}.").format(
                              closure_reasons=', '.join(CLOSURE_REASONS)))
    on = as_date(on, tr("closure date"))
    check_case_date(case, on, today, tr("closure date"))
    if planned and reason in UNPLANNED_REASONS:
        raise InputRefused(tr("A case closed for '{reason}' is an unplanned closure: untick Planned closure.").format(
                              reason=reason))
    if reason not in UNPLANNED_REASONS:
        live_final = (Assessment.case_id == case.id, Assessment.kind == "final", Assessment.live())
        final_on = session.execute(select(func.max(Assessment.on)).where(*live_final)).scalar()
        if final_on is None:
            raise InputRefused(tr("Record the final assessment before closing the case "
                               "(only '{lost_contact}' closes without one).").format(lost_contact=tr(LOST_CONTACT)))
        if final_on > on:
            raise InputRefused(tr("The case cannot close before its final assessment ({final_on}).").format(
                                  final_on=show_date(final_on)))
        scored = session.execute(
            select(Score.id).join(Assessment, Assessment.id == Score.assessment_id)
            .where(*live_final, Score.live()).limit(1)
        ).first()
        if scored is None:
            raise InputRefused(tr("The final assessment has no outcome scores: enter them before closing the case "
                               "(only '{lost_contact}' closes without them).").format(lost_contact=tr(LOST_CONTACT)))
    case.status = "handed over" if reason == HANDED_OVER_REASON else "closed"
    case.closed_on = on
    case.closure_reason = reason
    case.closure_planned = bool(planned)
    session.flush()
    audit.record(session, "record changed", "cases", case.id, f"closed: {reason}")
    session.flush()
    return case


def reopen_case(session: Session, case_id: str, why: str) -> Case:
    """Open a closed case again; the old closure stays in the change log.

    ``why`` is kept on the case (encrypted, synced), not in the audit trail, which
    carries no personal data.
    """
    case = get_case(session, case_id)
    if case.status == "open":
        raise InputRefused(tr("This case is already open."))
    if not (why or "").strip():
        raise InputRefused(tr("Say why the case is being reopened."))
    case.status = "open"
    case.closed_on = None
    case.closure_reason = ""
    case.closure_planned = None
    case.reopen_reason = why.strip()
    session.flush()
    audit.record(session, "record changed", "cases", case.id, "reopened")
    session.flush()
    return case

"""The supervisor's desk: the team from workers' summaries, supervision notes, quality statements, reports.

Everything here reads what ``summary_bundle.import_summaries`` stored, or the
supervisor's own local records (``models.supervision``); nothing syncs. Figures
are ``summary.figures`` run over the records the workers sent, so a worker's own
``fsw summary --json`` and the supervisor's view of that worker agree, and the
team's figures are the same function over every worker's records pooled (medians
over all the cases, not a median of medians). No Qt.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, object_session

from ..desk.dates import show_date
from ..caseload.spreadsheet import safe_cell
from ...errors import InputRefused
from ...models.supervision import (PLAN_HORIZONS, QUALITY_STATUSES, QualityAssessment, SupervisionNote,
    WorkerSummary, WorkPlanItem)
from ..data_protection import audit
from ..desk import files
from ..casework.people import as_date
from .summary import CASELOAD_TARGET, figures, finish, prepare, resolve_period, tally
from ...words import tr

QUALITY_FILE = Path(__file__).resolve().parents[3] / "resources" / "quality-statements.json"
MAX_TEXT = 20_000


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- summaries ---------------------------------------------------------------------------------------


@dataclass
class WorkerRow:
    """One summary as listed: the worker, when it was made and received, and its headline counts."""

    id: str
    desk_id: str
    worker_name: str
    desk_name: str
    establishment: str
    created: datetime
    received_at: datetime
    as_of: date
    cases: int
    open_cases: int
    include_names: bool
    is_latest: bool
    earlier: int = 0  # how many older summaries from this worker are kept as history


_CACHE_KEY = "team.parsed_summaries"
_CACHE_MAX = 1024  # parsed summaries and the figures worked out from them: a regional team of 60 and more


def _cached(cache: dict[Any, Any], key: Any, make: Any) -> Any:
    got = cache.get(key)
    if got is None:
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        got = cache[key] = make()
    return got


def _payload(row: WorkerSummary) -> dict[str, Any]:
    """The parsed summary, kept on the session for the next look: parsing 15 summaries is most of a
    dashboard's time, and a stored summary never changes. Kept in ``session.info``, so it goes when
    the session does (on lock), never in a module-level cache. Callers must not change it."""
    return _cached(_session_info(row).setdefault(_CACHE_KEY, {}), row.id, lambda: json.loads(row.payload))


def share_parsed(session: Session, cache: dict[str, Any]) -> Session:
    """Let a window's pages keep parsed summaries across the sessions they open, for their own
    lifetime (they go when the window does, on lock); the dashboard then parses each summary once."""
    session.info[_CACHE_KEY] = cache
    return session


def _session_info(row: WorkerSummary) -> dict[str, Any]:
    session = object_session(row)
    return session.info if session is not None else {}


def _row(r: WorkerSummary, payload: dict[str, Any] | None = None, earlier: int = 0) -> WorkerRow:
    payload = payload if payload is not None else _payload(r)
    open_cases = sum(1 for c in payload.get("cases", []) if c.get("status") == "open")
    return WorkerRow(r.id, r.desk_id, r.worker_name, r.desk_name, r.establishment, r.created, r.received_at,
                     r.as_of, r.cases, open_cases, bool(r.include_names), bool(r.is_latest), earlier)


def _latest(session: Session) -> list[WorkerSummary]:
    """The newest summary of each worker, by name. The payload (the summary's JSON, most of the
    bytes) is read only for one not parsed yet: decrypting 60 payloads to use none took 250 ms."""
    return list(session.execute(select(WorkerSummary).where(WorkerSummary.is_latest.is_(True))
                                .options(defer(WorkerSummary.payload))
                                .order_by(func.lower(WorkerSummary.worker_name), WorkerSummary.desk_id)).scalars())


def latest_summaries(session: Session) -> list[WorkerRow]:
    """The newest summary of each worker, by worker name; ``earlier`` counts the history kept."""
    counts = dict(session.execute(select(WorkerSummary.desk_id, func.count()).group_by(WorkerSummary.desk_id)).all())
    return [_row(r, earlier=counts.get(r.desk_id, 1) - 1) for r in _latest(session)]


def summary_history(session: Session, desk_id: str) -> list[WorkerRow]:
    """Every summary received from one worker, newest first (the first is the latest)."""
    rows = list(session.execute(select(WorkerSummary).where(WorkerSummary.desk_id == desk_id)
                                .order_by(WorkerSummary.created.desc(), WorkerSummary.seq.desc())).scalars())
    if not rows:
        raise InputRefused(tr("No summaries from that worker."))
    return [_row(r) for r in rows]


def _summary_row(session: Session, desk_id: str, summary_id: str | None = None) -> WorkerSummary:
    q = select(WorkerSummary).where(WorkerSummary.desk_id == desk_id)
    q = q.where(WorkerSummary.id == summary_id) if summary_id else q.where(WorkerSummary.is_latest.is_(True))
    row = session.execute(q).scalars().first()
    if row is None:
        raise InputRefused(tr("No summary from that worker.") if not summary_id else tr("No such summary."))
    return row


def summary_payload(session: Session, desk_id: str, summary_id: str | None = None) -> dict[str, Any]:
    """A worker's summary as received (latest, or an earlier one by its id)."""
    return _payload(_summary_row(session, desk_id, summary_id))


# --- figures -----------------------------------------------------------------------------------------


def _period(start: date | None, end: date | None, today: date | None) -> tuple[date, date]:
    """``summary.resolve_period``, the rule a worker's own summary uses, so the two never disagree."""
    return resolve_period(start, end, today or date.today())


def _worker_figures(payload: dict[str, Any], start: date, end: date) -> dict[str, Any]:
    return figures(payload["cases"], payload["monthly"], date.fromisoformat(payload["as_of"]), start, end,
                   payload.get("outcome_order", ()))


def team_figures(session: Session, start: date | None = None, end: date | None = None,
                 today: date | None = None) -> dict[str, Any]:
    """Figures per worker (keyed by desk id, as ``fsw identity`` prints it) and for the team pooled.

    Period ``start``..``end`` (default: the twelve months to ``today``; with only an end, the
    twelve months to that end: ``summary.resolve_period``). Current-state
    figures (open caseload, stages, overdue reviews, waiting list) are as of each
    worker's latest summary. The team's caseload target is 40 per worker.

    A stored summary never changes, so the figures for one set of latest summaries and one period
    are kept with the parsed summaries (``share_parsed``): the dashboard's refreshes (a note saved,
    a page shown again) work them out once. Callers must not change what is returned.
    """
    start, end = _period(start, end, today)
    rows = _latest(session)
    cache = session.info.setdefault(_CACHE_KEY, {})
    key = ("team", tuple(r.id for r in rows), start, end)
    return _cached(cache, key, lambda: _team_figures(rows, start, end))


def _team_figures(rows: list[WorkerSummary], start: date, end: date) -> dict[str, Any]:
    workers: dict[str, Any] = {}
    tallies = []
    order: list[str] = []
    latest_as_of = None
    for r in rows:
        payload = _payload(r)
        as_of = date.fromisoformat(payload["as_of"])
        latest_as_of = max(latest_as_of or as_of, as_of)
        # what does not depend on the period is worked out once per summary and kept with it
        prepared = _cached(_session_info(r).setdefault(_CACHE_KEY, {}), ("prepared", r.id),
                           lambda: prepare(payload["cases"], as_of))  # noqa: B023  used at once
        # each worker's records gone through once: their figures, and their part of the team's
        counted = tally(prepared, payload["monthly"], start, end)
        tallies.append(counted)
        workers[r.desk_id] = {
            "worker_name": r.worker_name, "desk_name": r.desk_name, "establishment": r.establishment,
            "as_of": payload["as_of"], "created": r.created.isoformat(timespec="seconds"),
            "include_names": bool(r.include_names),
            "figures": finish([counted], as_of, start, end, payload.get("outcome_order", ())),
        }
        order += [o for o in payload.get("outcome_order", ()) if o not in order]
    # the same figures as over every worker's records pooled (medians over all the cases, not of medians)
    team = finish(tallies, latest_as_of or end, start, end, order)
    team["caseload"]["target"] = CASELOAD_TARGET * len(workers)
    team["caseload"]["workers"] = len(workers)
    team["caseload_per_worker"] = {d: {"worker_name": w["worker_name"], "open": w["figures"]["caseload"]["open"],
                                       "target": CASELOAD_TARGET} for d, w in workers.items()}
    return {"period": {"start": start.isoformat(), "end": end.isoformat()}, "workers": workers, "team": team,
            "establishments": establishments(workers)}


def establishments(workers: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The team grouped by establishment (prison), largest first: how many workers, and the counts
    that add up across workers (open cases against 40 each, reviews overdue, waiting, visits,
    family days). Medians do not add up, so none is given here; the pooled team has them."""
    out: dict[str, dict[str, Any]] = {}
    for w in workers.values():
        f = w["figures"]
        e = out.setdefault(w["establishment"] or tr("Establishment not given"), {
            "workers": 0, "open": 0, "target": 0, "over_target": 0, "overdue_reviews": 0, "waiting": 0,
            "referred": 0, "answered_on_time": 0, "considered": 0, "visits_held": 0, "visits_attended": 0,
            "family_days_held": 0})
        e["workers"] += 1
        e["open"] += f["caseload"]["open"]
        e["target"] += CASELOAD_TARGET
        e["over_target"] += f["caseload"]["open"] > CASELOAD_TARGET
        e["overdue_reviews"] += f["overdue_reviews"]
        e["waiting"] += f["waiting_list"]["waiting"]
        e["referred"] += f["caseload"]["referred"]
        e["answered_on_time"] += f["applications"].get("answered_on_time", 0)
        e["considered"] += f["applications"].get("considered", 0)
        e["visits_held"] += f["visits"].get("held", 0)
        e["visits_attended"] += f["visits"].get("attended", 0)
        e["family_days_held"] += f["family_days"].get("held", 0)
    return dict(sorted(out.items(), key=lambda kv: (-kv[1]["workers"], kv[0].lower())))


@dataclass
class CaseLine:
    """One case in a worker's drill-down list."""

    reference: str
    status: str
    stage: str
    referral_date: date
    first_contact: date | None
    review_due: date | None
    contacts: int
    flags: list[str]
    family_label: str | None = None  # only when the worker sent names


def _flags(c: dict[str, Any]) -> list[str]:
    labels = {"review": tr("Review overdue"), "no_recent_contact": tr("No recent contact"),
              "not_yet_contacted": tr("Not yet contacted"), "missing_scores": tr("Missing scores")}
    flags = [labels[k] for k, v in c.get("overdue", {}).items() if v and k in labels]
    if c.get("restrictions", {}).get("do_not_disclose"):
        flags.insert(0, tr("Do not disclose"))
    flags += c.get("restrictions", {}).get("active", [])
    return flags


def worker_detail(session: Session, desk_id: str, start: date | None = None, end: date | None = None,
                  today: date | None = None, status: str = "open") -> dict[str, Any]:
    """One worker: their latest summary's row, figures for the period, and their cases (``status``:
    open, closed or all) for the drill-down list."""
    row = _summary_row(session, desk_id)
    payload = _payload(row)
    start, end = _period(start, end, today)
    if status not in ("open", "closed", "all"):
        raise InputRefused(tr("Status must be one of: open, closed, all."))
    cases = [c for c in payload["cases"] if status == "all" or (c["status"] == "open") == (status == "open")]
    earlier = session.execute(select(func.count()).where(WorkerSummary.desk_id == desk_id)).scalar() - 1
    return {
        "worker": _row(row, payload, earlier),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "figures": _worker_figures(payload, start, end),
        "cases": [CaseLine(c["reference"], c["status"], c["stage"], date.fromisoformat(c["referral_date"]),
                           date.fromisoformat(c["first_contact"]) if c.get("first_contact") else None,
                           date.fromisoformat(c["review_due"]) if c.get("review_due") else None,
                           c.get("contacts", {}).get("total", 0), _flags(c), c.get("family_label"))
                  for c in cases],
    }


def case_detail(session: Session, desk_id: str, reference: str) -> dict[str, Any]:
    """One case's record as the worker's latest summary carries it (scores over time, dates, counts)."""
    payload = summary_payload(session, desk_id)
    wanted = (reference or "").strip().upper()
    for c in payload["cases"]:
        if c["reference"].upper() == wanted:
            return c
    raise InputRefused(tr("No case {reference} in that worker's latest summary.").format(reference=reference))


# --- supervision notes -------------------------------------------------------------------------------


def _text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise InputRefused(tr("{what} is too long ({max_text} characters at most).").format(
                              what=what, max_text=MAX_TEXT))
    return text


def _known_worker(session: Session, desk_id: str) -> None:
    if not session.execute(select(WorkerSummary.id).where(WorkerSummary.desk_id == desk_id).limit(1)).first():
        raise InputRefused(tr("Supervision notes are kept for workers whose summaries are on this desk."))


def _note_values(on: Any, discussed: str, agreed_actions: str, next_on: Any, today: date) -> dict[str, Any]:
    """A note's checked values. The session's date is refused in the future: notes are of sessions
    held, and a mistyped 2099 would stand as the latest session and hide the real next date. The
    next supervision is planned ahead, so it may be in the future (never before this one)."""
    on = as_date(on, tr("date of the supervision"))
    if on > today:
        raise InputRefused(tr("The date of the supervision cannot be in the future (today is {today}): "
                           "record a session once it has been held, and plan ahead with the next supervision date.").format(
            today=show_date(today)))
    next_on = as_date(next_on, tr("next supervision date"), required=False)
    if next_on is not None and next_on < on:
        raise InputRefused(tr("The next supervision cannot be before this one."))
    discussed, agreed = _text(discussed, tr("What was discussed")), _text(agreed_actions, tr("Agreed actions"))
    if not discussed and not agreed:
        raise InputRefused(tr("Write what was discussed or the actions agreed."))
    return {"on": on, "discussed": discussed, "agreed_actions": agreed, "next_on": next_on}


def add_note(session: Session, desk_id: str, on: date, discussed: str, agreed_actions: str = "",
             next_on: date | None = None, today: date | None = None) -> SupervisionNote:
    """A supervision session with one worker; kept only in the supervisor's database."""
    _known_worker(session, desk_id)
    note = SupervisionNote(worker_desk_id=desk_id, updated_at=_now(),
                           **_note_values(on, discussed, agreed_actions, next_on, today or date.today()))
    session.add(note)
    session.flush()
    audit.record(session, "record created", "supervision_notes", note.id, "supervision note")
    session.flush()
    return note


def _note(session: Session, note_id: str) -> SupervisionNote:
    note = session.get(SupervisionNote, note_id) if note_id else None
    if note is None:
        raise InputRefused(tr("No such supervision note."))
    return note


def update_note(session: Session, note_id: str, on: date, discussed: str, agreed_actions: str = "",
                next_on: date | None = None, today: date | None = None) -> SupervisionNote:
    """Change a supervision note; the same checks as ``add_note``."""
    note = _note(session, note_id)
    for k, v in _note_values(on, discussed, agreed_actions, next_on, today or date.today()).items():
        setattr(note, k, v)
    note.updated_at = _now()
    session.flush()
    audit.record(session, "record changed", "supervision_notes", note.id, "supervision note")
    session.flush()
    return note


def delete_note(session: Session, note_id: str) -> None:
    note = _note(session, note_id)
    session.delete(note)
    audit.record(session, "record deleted", "supervision_notes", note_id, "supervision note")
    session.flush()


def notes(session: Session, desk_id: str) -> list[SupervisionNote]:
    """A worker's supervision notes, newest first."""
    return list(session.execute(select(SupervisionNote).where(SupervisionNote.worker_desk_id == desk_id)
                                .order_by(SupervisionNote.on.desc(), SupervisionNote.updated_at.desc())).scalars())


def next_supervisions(session: Session) -> dict[str, date | None]:
    """Per worker desk id, the next supervision date agreed at their latest session."""
    out: dict[str, date | None] = {}
    for n in session.execute(select(SupervisionNote).order_by(SupervisionNote.on)).scalars():
        out[n.worker_desk_id] = n.next_on
    return out


# --- quality statements ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _statements() -> tuple[dict[str, Any], ...]:
    with open(QUALITY_FILE, encoding="utf-8") as fh:
        return tuple(json.load(fh)["statements"])


def quality_statements() -> list[dict[str, Any]]:
    """The eight i-HOP quality statements (002) with checklist items and evidence suggestions."""
    return json.loads(json.dumps(_statements()))  # a copy the caller may change


def _items() -> dict[str, int]:
    return {i["item"]: s["number"] for s in _statements() for i in s["items"]}


def self_assessment(session: Session) -> dict[str, dict[str, Any]]:
    """Every checklist item's status and evidence ("Not yet or N/A" until assessed)."""
    stored = {q.item: q for q in session.execute(select(QualityAssessment)).scalars()}
    out = {}
    for item, number in _items().items():
        q = stored.get(item)
        out[item] = {"statement": number, "status": q.status if q else QUALITY_STATUSES[0],
                     "evidence": q.evidence if q else "", "updated_at": q.updated_at if q else None}
    return out


def set_assessment(session: Session, item: str, status: str, evidence: str = "") -> QualityAssessment:
    """Self-assess one checklist item: Not yet or N/A, In progress, or Yes, in place; with evidence."""
    items = _items()
    if item not in items:
        raise InputRefused(tr("There is no checklist item {item}.").format(item=item))
    if status not in QUALITY_STATUSES:
        raise InputRefused(tr("Status must be one of: {quality_statuses}.").format(
                              quality_statuses='; '.join(QUALITY_STATUSES)))
    row = session.get(QualityAssessment, item)
    if row is None:
        row = QualityAssessment(item=item, statement_no=items[item])
        session.add(row)
    row.status, row.evidence, row.updated_at = status, _text(evidence, tr("Evidence")), _now()
    session.flush()
    audit.record(session, "record changed", "quality_assessments", item, f"self-assessment: {status}")
    session.flush()
    return row


def statement_progress(session: Session) -> dict[int, dict[str, int]]:
    """Per statement, how many items stand at each status: the self-assessment at a glance."""
    out = {s["number"]: {st: 0 for st in QUALITY_STATUSES} for s in _statements()}
    for v in self_assessment(session).values():
        out[v["statement"]][v["status"]] += 1
    return out


def _plan_values(statement_no: int, horizon: str, action: str, lead: str, completion_date: Any,
                 evidence: str) -> dict[str, Any]:
    if statement_no not in {s["number"] for s in _statements()}:
        raise InputRefused(tr("Choose one of the eight quality statements."))
    if horizon not in PLAN_HORIZONS:
        raise InputRefused(tr("Plan for one of: {plan_horizons}.").format(plan_horizons=', '.join(PLAN_HORIZONS)))
    action = _text(action, tr("The action"))
    if not action:
        raise InputRefused(tr("Say what the action is."))
    lead = _text(lead, tr("Lead"))
    if len(lead) > 200:
        raise InputRefused(tr("Lead is too long (200 characters at most)."))
    return {"statement_no": statement_no, "horizon": horizon, "action": action, "lead": lead,
            "completion_date": as_date(completion_date, tr("completion date"), required=False),
            "evidence": _text(evidence, tr("Evidence"))}


def add_plan_item(session: Session, statement_no: int, horizon: str, action: str, lead: str = "",
                  completion_date: date | None = None, evidence: str = "") -> WorkPlanItem:
    """A line of the work plan (002 Appendix A): action, evidence and comments, when, lead, completion."""
    item = WorkPlanItem(updated_at=_now(), **_plan_values(statement_no, horizon, action, lead, completion_date,
                                                          evidence))
    session.add(item)
    session.flush()
    audit.record(session, "record created", "work_plan_items", item.id, "work plan")
    session.flush()
    return item


def update_plan_item(session: Session, item_id: str, statement_no: int, horizon: str, action: str,
                     lead: str = "", completion_date: date | None = None, evidence: str = "") -> WorkPlanItem:
    item = session.get(WorkPlanItem, item_id) if item_id else None
    if item is None:
        raise InputRefused(tr("No such work plan item."))
    for k, v in _plan_values(statement_no, horizon, action, lead, completion_date, evidence).items():
        setattr(item, k, v)
    item.updated_at = _now()
    session.flush()
    audit.record(session, "record changed", "work_plan_items", item.id, "work plan")
    session.flush()
    return item


def delete_plan_item(session: Session, item_id: str) -> None:
    item = session.get(WorkPlanItem, item_id) if item_id else None
    if item is None:
        raise InputRefused(tr("No such work plan item."))
    session.delete(item)
    audit.record(session, "record deleted", "work_plan_items", item_id, "work plan")
    session.flush()


def work_plan(session: Session) -> list[WorkPlanItem]:
    """The plan by statement, then this month / three months / six months."""
    rank = {h: n for n, h in enumerate(PLAN_HORIZONS)}
    rows = list(session.execute(select(WorkPlanItem)).scalars())
    return sorted(rows, key=lambda r: (r.statement_no, rank.get(r.horizon, 9), r.completion_date or date.max,
                                       r.updated_at))


# --- reports -----------------------------------------------------------------------------------------

CSV_COLUMNS = ("period_start", "period_end", "scope", "desk_id", "worker", "section", "measure", "value")


def _flatten(prefix: str, value: Any) -> Iterable[tuple[str, str, Any]]:
    """(section, measure, value) rows; nested dicts become "a / b" measures."""
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, dict):
                for section, measure, inner in _flatten(prefix, v):
                    yield section, f"{k} / {measure}" if measure else k, inner
            else:
                yield prefix, str(k), v
    else:
        yield prefix, "", value


def team_csv_rows(figures_: dict[str, Any]) -> list[dict[str, Any]]:
    """``team_figures`` as long-format rows: one figure per row, team first, then each worker."""
    start, end = figures_["period"]["start"], figures_["period"]["end"]
    scopes = [("team", "", tr("Team"), figures_["team"])]
    scopes += [("worker", d, w["worker_name"], w["figures"]) for d, w in figures_["workers"].items()]
    rows = []
    for scope, desk_id, worker, figs in scopes:
        for section, value in figs.items():
            if section in ("period", "as_of"):
                continue
            for _, measure, v in _flatten(section, value) if isinstance(value, dict) else [(section, "", value)]:
                if isinstance(v, float):
                    v = round(v, 3)
                # names, sources and outcomes come from workers' lists: never a formula in a spreadsheet
                rows.append({"period_start": start, "period_end": end, "scope": scope, "desk_id": desk_id,
                             "worker": safe_cell(worker), "section": safe_cell(section),
                             "measure": safe_cell(measure), "value": "" if v is None else safe_cell(v)})
    return rows


def write_team_csv(path: Path | str, figures_: dict[str, Any]) -> int:
    """Write ``team_figures`` for commissioners as CSV (UTF-8 with BOM, for spreadsheets); returns rows.

    Long format (period, scope, worker, section, measure, value) so every figure,
    however nested, is one row a spreadsheet can filter and pivot.
    """
    rows = team_csv_rows(figures_)
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    files.save(Path(path), buf.getvalue().encode("utf-8-sig"))
    return len(rows)

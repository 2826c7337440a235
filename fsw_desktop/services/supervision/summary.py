"""A worker desk's caseload summary for supervision: minimal per-case records and the desk's figures.

Supervisors see a caseload only through these summaries (issue 7), so a summary
carries as little personal data as the job needs:

- per case: reference, status and stage, key dates (referral, first contact,
  assessments, review due, closure), needs, outcome scores over time, overdue
  flags, contacts counted by type and restriction flags; the prisoner's children
  (age band, gender, ethnicity; a son or daughter past the oldest child band is no
  child). Never a name, address, phone, date of birth, note or other free text;
  only values from the service's own lists (vocab, the editable lists), dates and
  counts.
- with ``include_names`` (the worker ticked "include names for supervision";
  the export records that in the audit trail) the case also carries its family
  label and the names of its people, **except** anyone marked do not disclose.
- a do-not-disclose person contributes nothing person-level, named or not: no
  name, no child demographics, no scores. The case says only how many people
  were withheld, so figures can show the gap instead of hiding it.

The desk's figures are worked out *from those same records* (``figures``), plus
per-month counts for applications, visits, family days and the audit trail. The
supervisor's desk runs the same function over the records it receives, for any
period it chooses, so a worker's ``fsw summary --json`` and the supervisor's
dashboard can never disagree. Per-case facts come from the existing services:
stage, review date and flags from ``casework.caseload``, first contact from
``contacts.summarise_first_contact``, the improved/no change/worse rule from
``assessments.outcome_change``, application deadlines from
``applications.figures``.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta
from typing import Any, Iterable

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.applications import Application
from ...models.cases import Assessment, Case, Contact, Need, Score
from ...models.meta import AuditEntry
from ...models.people import Person, Restriction
from ...models.sync import Desk
from ...models.visits import Booking, FamilyDay, FamilyDayAttendee, FamilyDayRequest
from ..applications import applications, working_days
from ..casework import casework
from ..visits import travel_claims
from ..desk import lists
from ..casework.assessments import KIND_ORDER, outcome_change
from ..casework.closure import HANDED_OVER_REASON
from ..casework.contacts import summarise_first_contact
from ..casework.safeguarding import is_active
from ..desk.vocab import (AGE_BANDS, CLOSURE_REASONS, CONTACT_TYPES, ETHNICITIES, GENDERS, NEED_AREAS,
    REFERRAL_SOURCE_NAMES, RESTRICTION_KINDS, STAGES)
from ...words import QT_TRANSLATE_NOOP, tr

SUMMARY_VERSION = 1
CASELOAD_TARGET = 40  # about 40 open cases per worker (domain brief, "Realistic sizes")
FAMILY = "family"
CHANGES = (QT_TRANSLATE_NOOP("", "improved"), QT_TRANSLATE_NOOP("", "no change"), QT_TRANSLATE_NOOP("", "worse"))
AGE_BAND_NAMES = tuple(f"{lo}-{hi}" for lo, hi in AGE_BANDS)
NOT_RECORDED = QT_TRANSLATE_NOOP("", "Not recorded")
OTHER = QT_TRANSLATE_NOOP("", "Other")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _listed(value: str | None, allowed: Iterable[str], otherwise: str = OTHER) -> str:
    """A value from one of our lists, or ``otherwise``: free text typed elsewhere never travels."""
    allowed = set(allowed)
    value = (value or "").strip()
    if not value:
        return NOT_RECORDED
    return value if value in allowed else otherwise


def default_period(today: date) -> tuple[date, date]:
    """The twelve months to ``today``, both ends included: what a summary's figures cover unless told."""
    return today - relativedelta(years=1) + timedelta(days=1), today


def resolve_period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period figures cover, from whichever ends were given: the one rule for every caller.

    No end: ``today``. No start: the twelve months to the end, both ends included,
    whether the end was given or not. A worker's ``fsw summary --to`` and the
    supervisor's team figures for the same end therefore cover the same days: with
    two rules, one counting back from today and one from the end, they disagreed.
    """
    end = end or today
    start = start or default_period(end)[0]
    if end < start:
        raise InputRefused(tr("The end of the period cannot be before its start."))
    return start, end


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _months(start: date, end: date) -> list[tuple[str, date, date]]:
    """(key, first day, last day) of every calendar month from ``start``'s to ``end``'s."""
    out = []
    first = start.replace(day=1)
    while first <= end:
        last = first + relativedelta(months=1) - timedelta(days=1)
        out.append((_month(first), first, last))
        first = first + relativedelta(months=1)
    return out


# --- per-case records ---------------------------------------------------------------------------

# The oldest age the domain's child age bands cover (0-4 ... 17-18): past it, a son or
# daughter of the prisoner is an adult and is no child in the figures.
CHILD_MAX_AGE = AGE_BANDS[-1][1]


def is_child(relationship: str | None, dob: date | None, on: date) -> bool:
    """A child of the prisoner counted in the children figures on ``on``.

    Relationship "child" says whose child, not how old: an adult son or daughter would
    otherwise count as a child with age band "Not recorded". A child with no date of
    birth still counts (their age band is "Not recorded": the gap shows, not hides).
    """
    if relationship != "child":
        return False
    return dob is None or dob > on or casework.age_on(dob, on) <= CHILD_MAX_AGE


def case_records(session: Session, today: date, include_names: bool = False) -> list[dict[str, Any]]:
    """Every case on the desk (open, closed, handed over) as a minimal record; see the module notes.

    A fixed handful of statements whatever the caseload, grouped in Python by case.
    """
    rows = casework.caseload(session, "all", today=today)
    if not rows:
        return []
    cases = {c.id: c for c in session.execute(
        select(Case.id, Case.family_label, Case.referral_source, Case.closed_on, Case.closure_reason,
               Case.closure_planned).where(Case.live())).all()}
    sources = set(lists.referral_sources(session)) | set(REFERRAL_SOURCE_NAMES)

    people: dict[str, list[Any]] = {}
    for p in session.execute(
            select(Person.id, Person.case_id, Person.given_name, Person.family_name, Person.date_of_birth,
                   Person.gender, Person.ethnicity, Person.relationship, Person.is_prisoner,
                   Person.supported_directly, Person.do_not_disclose)
            .where(Person.live(), Person.case_id.is_not(None)).order_by(Person.created_hlc)).all():
        people.setdefault(p.case_id, []).append(p)
    case_of_person = {p.id: cid for cid, ps in people.items() for p in ps}
    hidden = {p.id for ps in people.values() for p in ps if p.do_not_disclose}

    restrictions: dict[str, set[str]] = {}
    for r in session.execute(select(Restriction.person_id, Restriction.kind, Restriction.starts_on,
                                    Restriction.ends_on).where(Restriction.live())).all():
        cid = case_of_person.get(r.person_id)
        if cid is not None and is_active(r, today):
            restrictions.setdefault(cid, set()).add(_listed(r.kind, RESTRICTION_KINDS))

    contacts: dict[str, list[Any]] = {}
    for k in session.execute(select(Contact.case_id, Contact.on, Contact.successful, Contact.kind)
                             .where(Contact.live())).all():
        contacts.setdefault(k.case_id, []).append(k)

    assessments: dict[str, list[Any]] = {}
    assessment_case: dict[str, Any] = {}
    for a in session.execute(select(Assessment.id, Assessment.case_id, Assessment.kind, Assessment.on,
                                    Assessment.created_hlc).where(Assessment.live())).all():
        assessments.setdefault(a.case_id, []).append(a)
        assessment_case[a.id] = a
    needs: dict[str, list[dict[str, str]]] = {}
    for n in session.execute(select(Need.assessment_id, Need.area, Need.nature, Need.term)
                             .where(Need.live()).order_by(Need.created_hlc)).all():
        if n.assessment_id in assessment_case:
            needs.setdefault(n.assessment_id, []).append(
                {"area": _listed(n.area, NEED_AREAS), "nature": n.nature, "term": n.term})
    scores: dict[str, list[Any]] = {}
    for s in session.execute(select(Score.assessment_id, Score.person_id, Score.outcome, Score.score,
                                    Score.created_hlc).where(Score.live())).all():
        a = assessment_case.get(s.assessment_id)
        if a is not None and s.person_id not in hidden:
            scores.setdefault(a.case_id, []).append((a, s))

    out = []
    for row in rows:
        c = cases.get(row.id)
        if c is None:
            continue
        own_people = people.get(row.id, [])
        first = summarise_first_contact(row.referral_date, ((k.on, bool(k.successful), k.kind)
                                                             for k in contacts.get(row.id, [])))
        by_type = Counter(_listed(k.kind, CONTACT_TYPES) for k in contacts.get(row.id, []))
        own_assessments = sorted(assessments.get(row.id, []),
                                 key=lambda a: (a.on, KIND_ORDER.get(a.kind, 9), a.created_hlc or ""))
        assessed = [{"kind": a.kind, "on": a.on.isoformat(), "needs": needs.get(a.id, [])}
                    for a in own_assessments]
        latest_needs = next((x["needs"] for x in reversed(assessed) if x["needs"]), [])

        # subjects: the family, or "person N" in the order people were added (never an id or a name)
        index = {p.id: n for n, p in enumerate(own_people, 1)}
        names = {p.id: f"{p.given_name} {p.family_name}".strip() for p in own_people if not p.do_not_disclose}
        scored: dict[str, list[dict[str, Any]]] = {}
        for a, s in sorted(scores.get(row.id, []),
                           key=lambda x: (x[0].on, KIND_ORDER.get(x[0].kind, 9), x[1].created_hlc or "")):
            if s.person_id is None:
                subject = FAMILY
            elif s.person_id in index:
                subject = f"person {index[s.person_id]}"
            else:
                continue  # a person since removed from the case: no subject to follow over time
            entry = {"subject": subject, "kind": a.kind, "on": a.on.isoformat(), "score": int(s.score)}
            if include_names and s.person_id in names:
                entry["name"] = names[s.person_id]
            scored.setdefault(s.outcome, []).append(entry)

        children = [
            {"age_band": casework.age_band(p.date_of_birth, today) or NOT_RECORDED,
             "gender": _listed(p.gender, GENDERS, NOT_RECORDED),
             "ethnicity": _listed(p.ethnicity, ETHNICITIES, "Not recorded/declined")}
            for p in own_people if is_child(p.relationship, p.date_of_birth, today)
            and not p.is_prisoner and not p.do_not_disclose
        ]
        withheld = sum(1 for p in own_people if p.do_not_disclose)
        record: dict[str, Any] = {
            "reference": row.reference,
            "status": row.status,
            "stage": row.stage,
            "referral_date": row.referral_date.isoformat(),
            "referral_source": _listed(c.referral_source, sources),
            "first_contact": _iso(first.on),
            "days_to_first_contact": first.days_from_referral,
            "failed_attempts": first.failed_attempts,
            "last_contact": _iso(row.last_contact),
            "assessments": assessed,
            "needs": latest_needs,
            "review_due": _iso(row.next_review),
            "closed_on": _iso(c.closed_on) if row.status != "open" else None,
            "closure_reason": _listed(c.closure_reason, CLOSURE_REASONS + (HANDED_OVER_REASON,))
            if row.status != "open" and c.closure_reason else None,
            "closure_planned": c.closure_planned if row.status != "open" else None,
            "scores": scored,
            "overdue": {
                "review": "review" in row.flag_keys,
                "no_recent_contact": "no_recent_contact" in row.flag_keys,
                "not_yet_contacted": "not_yet_contacted" in row.flag_keys,
                "missing_scores": "missing_scores" in row.flag_keys,
            },
            "contacts": {"total": sum(by_type.values()), "by_type": dict(sorted(by_type.items()))},
            "restrictions": {"do_not_disclose": withheld > 0,
                             "active": sorted(restrictions.get(row.id, ()))},
            "children": children,
            "people_supported": sum(1 for p in own_people if p.supported_directly and not p.is_prisoner),
            "withheld_people": withheld,
        }
        if include_names:
            record["family_label"] = c.family_label if withheld == 0 else None
            record["people"] = [
                {"name": names[p.id], "relationship": p.relationship, "prisoner": bool(p.is_prisoner)}
                for p in own_people if p.id in names
            ]
        out.append(record)
    out.sort(key=lambda r: (r["status"] != "open", r["referral_date"], r["reference"]))
    return out


# --- per-month counts that are not about one case -------------------------------------------------


def monthly_counts(session: Session, today: date) -> dict[str, dict[str, dict[str, int]]]:
    """{area: {"YYYY-MM": counts}} for applications, visits, family days and the audit trail.

    Months run from each area's first record to ``today``'s month, so a supervisor can
    add up any period. Applications go through ``applications.figures`` month by month
    (received, answered, answered on time, considered): the same deadlines the
    Applications page reports. "Considered" counts, in the month an application came in,
    those answered and those unanswered whose deadline has passed by ``today``, so an
    overdue application received at a month's end is never left out of the on-time share.
    Applications, visits, family days and the audit trail are counted by whole calendar
    month: a period's figures for them cover every month the period touches.
    """
    out: dict[str, dict[str, dict[str, int]]] = {"applications": {}, "visits": {}, "family_days": {},
                                                  "audit": {}}
    first_app = session.execute(select(func.min(Application.received_at)).where(
        Application.deleted.is_(False))).scalar()
    if first_app is not None and first_app.date() <= today:
        holidays = working_days.holidays_for(session)
        days = applications.response_days(session)
        for key, lo, hi in _months(first_app.date(), today):
            f = applications.figures(session, lo, hi, holidays, days, due_by=today)
            if f.total or f.considered:
                out["applications"][key] = {"received": f.total, "answered": f.answered,
                                            "answered_on_time": f.answered_on_time, "considered": f.considered}

    # a booking's status follows its outcome, so a held visit is one still booked or one with an outcome
    held_visit = (or_(Booking.status == "booked", Booking.outcome != ""), Booking.waiting_list.is_not(True),
                  Booking.on <= today, Booking.live())
    for month, outcome, n in session.execute(
            select(func.strftime("%Y-%m", Booking.on), Booking.outcome, func.count())
            .where(*held_visit).group_by(func.strftime("%Y-%m", Booking.on), Booking.outcome)).all():
        m = out["visits"].setdefault(month, {"held": 0, "attended": 0, "no_outcome": 0})
        m["held"] += n
        if outcome == "attended":
            m["attended"] += n
        elif not outcome:
            m["no_outcome"] += n

    day_month = func.strftime("%Y-%m", FamilyDay.on)
    held_day = (FamilyDay.status == "held", FamilyDay.live())
    for month, n in session.execute(select(day_month, func.count()).where(*held_day).group_by(day_month)).all():
        out["family_days"].setdefault(month, {"held": 0, "families_attended": 0, "people_attended": 0})["held"] = n
    for month, n in session.execute(
            select(day_month, func.count()).select_from(FamilyDayRequest)
            .join(FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id)
            .where(*held_day, FamilyDayRequest.live(), FamilyDayRequest.attended.is_(True))
            .group_by(day_month)).all():
        out["family_days"].setdefault(month, {"held": 0, "families_attended": 0,
                                              "people_attended": 0})["families_attended"] = n
    for month, n in session.execute(
            select(day_month, func.count()).select_from(FamilyDayAttendee)
            .join(FamilyDayRequest, FamilyDayRequest.id == FamilyDayAttendee.request_id)
            .join(FamilyDay, FamilyDay.id == FamilyDayRequest.family_day_id)
            .where(*held_day, FamilyDayRequest.live(), FamilyDayAttendee.live(),
                   FamilyDayRequest.attended.is_(True), FamilyDayAttendee.attended.is_(True))
            .group_by(day_month)).all():
        out["family_days"].setdefault(month, {"held": 0, "families_attended": 0,
                                              "people_attended": 0})["people_attended"] = n

    audit_month = func.strftime("%Y-%m", AuditEntry.at)
    for month, action, n in session.execute(
            select(audit_month, AuditEntry.action, func.count()).group_by(audit_month, AuditEntry.action)).all():
        out["audit"].setdefault(month, {})[action] = n
    out["travel_claims"] = travel_claims.monthly(session, today)  # an added area: older readers ignore it
    for area in out:
        out[area] = dict(sorted(out[area].items()))
    return out


# --- figures from records -------------------------------------------------------------------------


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def outcome_changes(cases: Iterable[dict[str, Any]], start: date, end: date) -> dict[str, dict[str, int]]:
    """Per outcome, subjects improved / no change / worse between the initial score and the latest later one.

    As 000 Table 4: one row per outcome, counting individuals (here each person scored,
    and the family where it was scored as a whole) with two scores. A subject counts in
    the period in which its latest follow-up or final score was given; ``one score only``
    counts those still waiting for a second (000 §2.3: the evaluation's main data gap).
    """
    outcomes: dict[str, None] = {}
    pairs: list[tuple[str, str, int, str | None, int | None]] = []
    for case in cases:
        _score_pairs(case, outcomes, pairs)
    return _count_outcomes(list(outcomes), pairs, start.isoformat(), end.isoformat())


def _score_pairs(case: dict[str, Any], outcomes: dict[str, None],
                 pairs: list[tuple[str, str, int, str | None, int | None]]) -> None:
    """Each subject's first initial score and last later one in ``case``, whatever the period:
    (outcome, initial date, initial score, later date or None, later score or None). Dates stay ISO text,
    compared as text (the same order, without parsing a date per score)."""
    for outcome, entries in case.get("scores", {}).items():
        if not entries:
            continue
        outcomes.setdefault(outcome, None)  # a row for it, even with no subject counted
        initial: dict[str, dict[str, Any]] = {}  # each subject's first initial score
        last: dict[str, dict[str, Any]] = {}  # and its last score of any other kind
        for e in entries:
            if e["kind"] == "initial":
                initial.setdefault(e["subject"], e)
            else:
                last[e["subject"]] = e
        for subject, first in initial.items():
            later = last.get(subject)
            pairs.append((outcome, first["on"] or "", first["score"], None if later is None else (later["on"] or ""),
                          None if later is None else later["score"]))


def _count_outcomes(outcomes: list[str], pairs: list[tuple[str, str, int, str | None, int | None]],
                    lo: str, hi: str) -> dict[str, dict[str, int]]:
    out = {o: {"improved": 0, "no change": 0, "worse": 0, "total": 0, "one score only": 0} for o in outcomes}
    for outcome, first_on, first_score, later_on, later_score in pairs:
        if later_on is None:
            if lo <= first_on <= hi:
                out[outcome]["one score only"] += 1
        elif lo <= later_on <= hi:
            row = out[outcome]
            row[outcome_change(first_score, later_score)] += 1
            row["total"] += 1
    return out


def _sum_months(monthly: dict[str, dict[str, int]], start: date, end: date, keys: Iterable[str]) -> dict[str, int]:
    lo, hi = _month(start), _month(end)
    totals = {k: 0 for k in keys}
    for month, counts in monthly.items():
        if lo <= month <= hi:
            for k, v in counts.items():
                totals[k] = totals.get(k, 0) + int(v)
    return totals


def _add(into: dict[str, Any], more: dict[str, Any]) -> None:
    for k, v in more.items():
        into[k] = into.get(k, 0) + v


MONTHLY_AREAS = {"applications": ("received", "answered", "answered_on_time", "considered"),
                 "visits": ("held", "attended", "no_outcome"), "family_days": ("held", "families_attended",
                                                                            "people_attended"),
                 "audit": (), "travel_claims": ("made", "missed")}


def prepare(cases: list[dict[str, Any]], as_of: date) -> dict[str, Any]:
    """One desk's records as ``tally`` reads them, worked out once whatever the period: the open caseload
    as of ``as_of`` (by stage, reviews overdue, days waited), each case's dates as ISO text with what a
    period counts of it, and each subject's first and last scores. A summary never changes, so a
    supervisor's desk keeps this with the parsed summary and each new period only counts."""
    by_stage: dict[str, int] = {}
    waiting: list[int] = []
    rows = []
    outcomes: dict[str, None] = {}
    pairs: list[tuple[str, str, int, str | None, int | None]] = []
    open_cases = overdue = 0
    for c in cases:
        referral = c["referral_date"]
        is_open = c["status"] == "open"
        if is_open:
            open_cases += 1
            by_stage[c["stage"]] = by_stage.get(c["stage"], 0) + 1
            if c["overdue"]["review"]:
                overdue += 1
            if not c.get("first_contact"):  # a pooled team's cases each carry their own desk's "as_of"
                waiting.append(((_day(c.get("as_of")) or as_of) - _day(referral)).days)
        rows.append((referral, is_open, c.get("closed_on") or "", c["referral_source"], c.get("failed_attempts") or 0,
                     c.get("days_to_first_contact"),
                     [(ch["age_band"], ch["gender"], ch["ethnicity"]) for ch in c.get("children", [])],
                     c.get("withheld_people", 0)))
        _score_pairs(c, outcomes, pairs)
    return {"open": open_cases, "by_stage": by_stage, "overdue": overdue, "waiting": waiting, "cases": rows,
            "outcomes": list(outcomes), "pairs": pairs}


def tally(prepared: dict[str, Any], monthly: dict[str, dict[str, dict[str, int]]], start: date,
          end: date) -> dict[str, Any]:
    """What ``figures`` counts over one desk's ``prepare``d records for the period ``start``..``end``:
    counts that add up across desks, and the day lists a median needs. A team's figures are its
    workers' tallies added (``finish``), so each worker's records are gone through once, not again
    pooled; the result is the same as over the records pooled (counters add in the order their keys
    were first met, as over the pooled records)."""
    lo, hi = start.isoformat(), end.isoformat()
    referred = closed = worked = failed = withheld = 0
    sources: list[str] = []
    reached: list[int] = []
    children: list[tuple[str, str, str]] = []
    for referral, is_open, closed_on, source, attempts, days, kids, held in prepared["cases"]:
        if lo <= referral <= hi:
            referred += 1
            sources.append(source)
            failed += attempts
            if days is not None:
                reached.append(days)
        if not is_open and closed_on and lo <= closed_on <= hi:
            closed += 1
        if referral <= hi and (is_open or (closed_on or "9999-12-31") >= lo):
            worked += 1
            children += kids
            withheld += held
    return {
        "open": prepared["open"], "by_stage": prepared["by_stage"], "overdue": prepared["overdue"],
        "waiting": prepared["waiting"], "referred": referred, "closed": closed, "worked": worked,
        "failed": failed, "reached": reached, "sources": Counter(sources), "children": len(children),
        "age": Counter(ch[0] for ch in children), "gender": Counter(ch[1] for ch in children),
        "ethnicity": Counter(ch[2] for ch in children), "withheld": withheld,
        "outcomes": _count_outcomes(prepared["outcomes"], prepared["pairs"], lo, hi),
        "monthly": {area: _sum_months(monthly.get(area, {}), start, end, keys) for area, keys in MONTHLY_AREAS.items()},
    }


def finish(tallies: list[dict[str, Any]], as_of: date, start: date, end: date,
           outcome_order: Iterable[str] = ()) -> dict[str, Any]:
    """The figures from one desk's ``tally``, or from several desks' added up (a team)."""
    t = tallies[0] if len(tallies) == 1 else _merged(tallies)
    by_stage = {s: 0 for s in STAGES}
    _add(by_stage, t["by_stage"])
    by_stage["closed"] = t["closed"]
    waiting, reached, age = t["waiting"], t["reached"], t["age"]
    outcomes = t["outcomes"]
    order = list(outcome_order) + sorted(o for o in outcomes if o not in set(outcome_order))
    outcomes = {o: outcomes[o] for o in order if o in outcomes}
    apps = dict(t["monthly"]["applications"])
    apps["on_time_share"] = apps["answered_on_time"] / apps["considered"] if apps["considered"] else None
    return {
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "as_of": as_of.isoformat(),
        "caseload": {"open": t["open"], "target": CASELOAD_TARGET, "referred": t["referred"],
                     "closed": t["closed"], "worked": t["worked"]},
        "cases_by_stage": by_stage,
        "overdue_reviews": t["overdue"],
        "first_contact": {"contacted": len(reached), "not_yet_contacted": t["referred"] - len(reached),
                          "median_days": _median(reached), "failed_attempts": t["failed"]},
        "waiting_list": {"waiting": len(waiting), "median_days_waited": _median(waiting),
                         "longest_days_waited": max(waiting, default=None)},
        "outcomes": outcomes,
        "children": {
            "total": t["children"],
            "by_age_band": {b: age.get(b, 0) for b in AGE_BAND_NAMES + (NOT_RECORDED,) if age.get(b, 0)
                            or b in AGE_BAND_NAMES},
            "by_gender": dict(t["gender"].most_common()),
            "by_ethnicity": dict(t["ethnicity"].most_common()),
            "withheld_people": t["withheld"],
        },
        "referral_sources": dict(t["sources"].most_common()),
        "applications": apps,
        "visits": dict(t["monthly"]["visits"]),
        "family_days": dict(t["monthly"]["family_days"]),
        "audit": dict(sorted(t["monthly"]["audit"].items())),
        "travel_claims": dict(t["monthly"]["travel_claims"]),
    }


COUNTS = ("open", "referred", "closed", "worked", "overdue", "failed", "children", "withheld")


def _merged(tallies: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {**dict.fromkeys(COUNTS, 0), "by_stage": {}, "waiting": [], "reached": [],
                           "age": Counter(), "gender": Counter(), "ethnicity": Counter(), "sources": Counter(), "outcomes": {},
                           "monthly": {area: {k: 0 for k in keys} for area, keys in MONTHLY_AREAS.items()}}
    for t in tallies:
        for k in COUNTS:
            out[k] += t[k]
        _add(out["by_stage"], t["by_stage"])
        out["waiting"] += t["waiting"]
        out["reached"] += t["reached"]
        for k in ("age", "gender", "ethnicity", "sources"):
            out[k].update(t[k])
        for outcome, counts in t["outcomes"].items():
            _add(out["outcomes"].setdefault(outcome, {}), counts)
        for area, counts in t["monthly"].items():
            _add(out["monthly"][area], counts)
    return out


def figures(cases: list[dict[str, Any]], monthly: dict[str, dict[str, dict[str, int]]], as_of: date,
            start: date | None = None, end: date | None = None,
            outcome_order: Iterable[str] = ()) -> dict[str, Any]:
    """The figures supervisors and commissioners ask for, over ``cases`` records and ``monthly`` counts.

    Current state (as of ``as_of``, the day the records were made): open caseload against
    40, open cases by stage, overdue reviews, the waiting list (open cases not yet reached,
    and how long they have waited). For the period ``start``..``end`` (``resolve_period``:
    the end defaults to ``as_of``, the start to twelve months before the end): cases
    referred, closed and worked, referral sources, referral to first contact, children
    in cases worked, outcome changes, and the monthly areas (months overlapping the
    period). Used for one desk and, over many desks' records pooled, for a team
    (``tally`` and ``finish`` do the same work in two steps, so a team adds its workers' tallies).
    """
    start, end = resolve_period(start, end, as_of)
    return finish([tally(prepare(cases, as_of), monthly, start, end)], as_of, start, end, outcome_order)


# --- the summary --------------------------------------------------------------------------------


def desk_summary(session: Session, today: date, include_names: bool = False,
                 start: date | None = None, end: date | None = None) -> dict[str, Any]:
    """The summary a worker desk sends its supervisor, as a plain JSON-ready dict.

    ``cases`` and ``monthly`` are the raw material; ``figures`` are this desk's figures
    over them for ``start``..``end`` (``resolve_period``: by default the twelve months to
    ``today``; with only an end, the twelve months to that end, as the supervisor's figures).
    """
    me = session.execute(select(Desk)).scalar_one_or_none()
    if me is None:
        raise InputRefused(tr("This profile has no desk identity."))
    if me.role != "worker":
        raise InputRefused(tr("Only a family support worker's desk has a caseload to summarise."))
    session.flush()
    cases = case_records(session, today, include_names)
    monthly = monthly_counts(session, today)
    outcome_order = lists.outcome_names(session)
    return {
        "summary": SUMMARY_VERSION,
        "desk": {"desk_id": me.desk_id, "desk_name": me.desk_name, "worker_name": me.worker_name,
                 "establishment": me.establishment},
        "as_of": today.isoformat(),
        "include_names": bool(include_names),
        "outcome_order": outcome_order,
        "cases": cases,
        "monthly": monthly,
        "figures": figures(cases, monthly, today, start, end, outcome_order),
    }

"""Read-only casework queries for the caseload, Today and search (no Qt, no writes).

The working stage of a case is derived, never stored: it follows from dates
already recorded, so it can never disagree with them and never needs syncing.
Every list is built from a fixed number of SQL statements whatever the size of
the caseload (aggregates grouped by case, not one query per case), because a
five-year desk holds thousands of cases and tens of thousands of contacts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.cases import Assessment, Case, Contact, Goal, Score, Task
from ...models.people import Person
from ..desk import settings
from .contacts import reaches_family_sql
from ..desk.vocab import AGE_BANDS
from ...words import QT_TRANSLATE_NOOP, tr
from ..desk import vocab

OPEN = ("open",)
CLOSED = ("closed", "handed over")
STATUS_FILTERS = (QT_TRANSLATE_NOOP("", "open"), QT_TRANSLATE_NOOP("", "closed"), QT_TRANSLATE_NOOP("", "all"))
TASK_WINDOW_DAYS = 7
RECENT_CLOSURE_DAYS = 28

# --- ages ---------------------------------------------------------------------------------


def age_on(dob: date, on: date) -> int:
    """Whole years. A 29 February birthday counts from 28 February in other years (dateutil's rule)."""
    return relativedelta(on, dob).years


def age_band(dob: date | None, on: date) -> str | None:
    """'0-4', '5-10', '11-16' or '17-18'; None when unknown, not yet born or over 18."""
    if dob is None or dob > on:
        return None
    age = age_on(dob, on)
    for lo, hi in AGE_BANDS:
        if lo <= age <= hi:
            return f"{lo}-{hi}"
    return None


# --- stage --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    """The few dates a stage is derived from; see ``stage``."""

    status: str = "open"
    initial_assessment_on: date | None = None
    last_assessment_on: date | None = None
    has_goals: bool = False
    last_contact: date | None = None  # last contact with the family (contacts.reaches_family): not failed, not liaison


def next_review(last_assessment_on: date | None, review_months: int) -> date | None:
    return None if last_assessment_on is None else last_assessment_on + relativedelta(months=review_months)


def stage(facts: CaseFacts, today: date, review_months: int = settings.DEFAULTS["review_interval_months"]) -> str:
    """The working stage, first match wins:

    - closed: status closed or handed over;
    - new: no initial assessment yet (whether or not the family has been reached);
    - review due: the last assessment is ``review_months`` old or more (000 §4.2.1: about
      every three months), whatever else has happened;
    - assessed: assessed, but no goals yet;
    - planned: goals, but no contact with the family after the initial assessment. Goals carry
      no date of their own, so the initial assessment stands for when the plan began;
    - active: goals and contact with the family since the initial assessment (liaison about
      the family is not work with it).
    """
    if facts.status != "open":
        return "closed"
    if facts.initial_assessment_on is None:
        return "new"
    due = next_review(facts.last_assessment_on or facts.initial_assessment_on, review_months)
    if due is not None and due <= today:
        return "review due"
    if not facts.has_goals:
        return "assessed"
    if facts.last_contact is None or facts.last_contact <= facts.initial_assessment_on:
        return "planned"
    return "active"


# --- the facts of many cases in two statements ----------------------------------------------


@dataclass
class _Facts:
    """Everything the caseload and Today need about one case, read in bulk."""

    id: str
    reference: str
    family_label: str
    status: str
    referral_date: date
    closed_on: date | None
    last_contact: date | None
    failed_attempts: int
    initial_on: date | None
    last_assessed_on: date | None
    initial_unscored: bool
    follow_up_unscored: bool  # any follow-up without scores: 000's main data gap was missing second scores
    final_unscored: bool
    goals: int
    prisoner_name: str = ""
    prison_number: str = ""
    expected_release: date | None = None
    do_not_disclose: bool = False

    def facts(self) -> CaseFacts:
        return CaseFacts(self.status, self.initial_on, self.last_assessed_on, self.goals > 0, self.last_contact)


def _status_clause(status: str) -> Any:
    if status == "open":
        return Case.status.in_(OPEN)
    if status == "closed":
        return Case.status.in_(CLOSED)
    if status == "all":
        return true()
    raise InputRefused(tr("Status must be one of: {status_filters}.").format(status_filters=', '.join(STATUS_FILTERS)))


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _prefix(column: Any, term: str) -> Any:
    """Case-insensitive prefix match (SQLite's LIKE ignores ASCII case)."""
    return column.like(_like_prefix(term), escape="\\")


def _search_clause(text: str) -> Any:
    """The whole text starts the family label, or every word starts something in the case: a
    person's given or family name, a prison number, the case reference (with or without its
    'C-') or the family label."""
    clauses = []
    for term in text.split():
        person = exists().where(
            Person.case_id == Case.id,
            Person.live(),
            or_(_prefix(Person.given_name, term), _prefix(Person.family_name, term),
                _prefix(Person.prison_number, term)),
        )
        clauses.append(or_(person, _prefix(Case.ref, term), _prefix(Case.ref, f"C-{term}"),
                           _prefix(Case.family_label, term)))
    return or_(_prefix(Case.family_label, text), and_(*clauses)) if clauses else true()


def _facts(session: Session, *where: Any) -> list[_Facts]:
    """Aggregates per case for the cases matching ``where``; a second statement adds the people."""
    # Materialized once, not re-run in each IN below.
    picked = select(Case.id).where(Case.live(), *where).cte("picked").prefix_with("MATERIALIZED")
    in_picked = select(picked.c.id)
    contacts = (
        select(
            Contact.case_id.label("case_id"),
            # last contact *with the family*; the failed count is failed attempts only
            func.max(case((reaches_family_sql(), Contact.on))).label("last_contact"),
            func.sum(case((Contact.successful.is_(True), 0), else_=1)).label("failed"),
        )
        .where(Contact.live(), Contact.case_id.in_(in_picked))
        .group_by(Contact.case_id)
        .subquery()
    )
    unscored = ~exists().where(Score.assessment_id == Assessment.id, Score.live())
    assessments = (
        select(
            Assessment.case_id.label("case_id"),
            func.min(case((Assessment.kind == "initial", Assessment.on))).label("initial_on"),
            func.max(Assessment.on).label("last_on"),
            func.max(case((and_(Assessment.kind == "initial", unscored), 1), else_=0)).label("initial_unscored"),
            func.max(case((and_(Assessment.kind == "follow-up", unscored), 1), else_=0)).label("follow_up_unscored"),
            func.max(case((and_(Assessment.kind == "final", unscored), 1), else_=0)).label("final_unscored"),
        )
        .where(Assessment.live(), Assessment.case_id.in_(in_picked))
        .group_by(Assessment.case_id)
        .subquery()
    )
    goals = (
        select(Goal.case_id.label("case_id"), func.count().label("n"))
        .where(Goal.live(), Goal.case_id.in_(in_picked))
        .group_by(Goal.case_id)
        .subquery()
    )
    query: Select = (
        select(
            Case.id, Case.ref, Case.family_label, Case.status, Case.referral_date, Case.closed_on,
            contacts.c.last_contact, contacts.c.failed,
            assessments.c.initial_on, assessments.c.last_on, assessments.c.initial_unscored,
            assessments.c.follow_up_unscored, assessments.c.final_unscored, goals.c.n,
        )
        .outerjoin(contacts, contacts.c.case_id == Case.id)
        .outerjoin(assessments, assessments.c.case_id == Case.id)
        .outerjoin(goals, goals.c.case_id == Case.id)
        .where(Case.id.in_(in_picked))
        .order_by(Case.referral_date.desc(), Case.ref)
    )
    rows = {
        r.id: _Facts(
            r.id, r.ref, r.family_label, r.status, r.referral_date, r.closed_on,
            r.last_contact, int(r.failed or 0), r.initial_on, r.last_on,
            bool(r.initial_unscored), bool(r.follow_up_unscored), bool(r.final_unscored), int(r.n or 0),
        )
        for r in session.execute(query)
    }
    if not rows:
        return []
    people = session.execute(
        select(Person.case_id, Person.is_prisoner, Person.do_not_disclose, Person.given_name,
               Person.family_name, Person.prison_number, Person.expected_release)
        .where(Person.live(), Person.case_id.in_(in_picked),
               or_(Person.is_prisoner.is_(True), Person.do_not_disclose.is_(True)))
        .order_by(Person.created_hlc)
    )
    for p in people:
        f = rows[p.case_id]
        f.do_not_disclose = f.do_not_disclose or p.do_not_disclose
        if p.is_prisoner and not f.prisoner_name and not f.prison_number:
            f.prisoner_name = f"{p.given_name} {p.family_name}".strip()
            f.prison_number = p.prison_number
            f.expected_release = p.expected_release
    return list(rows.values())


# --- caseload -----------------------------------------------------------------------------


@dataclass
class CaseRow:
    id: str
    reference: str
    family_label: str
    prisoner_name: str
    prison_number: str
    status: str
    stage: str
    referral_date: date
    last_contact: date | None
    next_review: date | None
    flags: list[str] = field(default_factory=list)  # in the desk's language, for people
    flag_keys: list[str] = field(default_factory=list)  # the same flags, language-neutral, for programs


@dataclass(frozen=True)
class _Rules:
    """The settings that turn dates into warnings, read once per list."""

    review_months: int
    no_contact_weeks: int
    release_weeks: int

    @classmethod
    def read(cls, session: Session) -> "_Rules":
        return cls(settings.get(session, "review_interval_months"), settings.get(session, "no_contact_weeks"),
                   settings.get(session, "release_warning_weeks"))


def _review_date(f: _Facts, rules: _Rules) -> date | None:
    """As in ``stage``: only open cases that have had their initial assessment are reviewed."""
    if f.status != "open" or f.initial_on is None:
        return None
    return next_review(f.last_assessed_on, rules.review_months)


def _unscored_kinds(f: _Facts) -> list[str]:
    """The kinds of assessment recorded without outcome scores, in lifecycle order.

    A follow-up counts as much as the initial and final ones: without its scores the
    three-monthly review shows no progress, and 000 found incomplete scoring its main gap.
    """
    return [kind for kind, missing in ((QT_TRANSLATE_NOOP("", "initial"), f.initial_unscored),
                                       (QT_TRANSLATE_NOOP("", "follow-up"), f.follow_up_unscored),
                                       (QT_TRANSLATE_NOOP("", "final"), f.final_unscored)) if missing]


def _flags(f: _Facts, today: date, rules: _Rules) -> list[tuple[str, str]]:
    """(key, words) of each warning flag: the key for programs, the words for people."""
    flags = []
    if f.do_not_disclose:
        flags.append(("do_not_disclose", tr("Do not disclose")))
    if f.status == "open":
        due = _review_date(f, rules)
        if due is not None and due < today:
            flags.append(("review", tr("Review overdue")))
        if f.last_contact is None:
            flags.append(("not_yet_contacted", tr("Not yet contacted")))
        elif f.last_contact < today - timedelta(weeks=rules.no_contact_weeks):
            flags.append(("no_recent_contact", tr("No contact {weeks}+ weeks").format(weeks=rules.no_contact_weeks)))
    if _unscored_kinds(f):
        flags.append(("missing_scores", tr("Missing scores")))
    return flags


def _row(f: _Facts, today: date, rules: _Rules) -> CaseRow:
    flags = _flags(f, today, rules)
    return CaseRow(
        id=f.id,
        reference=f.reference,
        family_label=f.family_label,
        prisoner_name=f.prisoner_name,
        prison_number=f.prison_number,
        status=f.status,
        stage=stage(f.facts(), today, rules.review_months),
        referral_date=f.referral_date,
        last_contact=f.last_contact,
        next_review=_review_date(f, rules),
        flags=[words for _, words in flags],
        flag_keys=[key for key, _ in flags],
    )


def caseload(session: Session, status: str = "open", search: str | None = None,
             today: date | None = None) -> list[CaseRow]:
    """Cases with stage and warning flags, newest referral first. ``status`` 'closed' includes handed over."""
    today = today or date.today()
    where = [_status_clause(status)]
    if search and search.strip():
        where.append(_search_clause(search.strip()))
    rules = _Rules.read(session)
    return [_row(f, today, rules) for f in _facts(session, *where)]


def stages(session: Session, status: str = "open", today: date | None = None) -> dict[str, str]:
    """Case id to stage for every case with ``status``, from the same two statements as the caseload."""
    today = today or date.today()
    months = settings.get(session, "review_interval_months")
    return {f.id: stage(f.facts(), today, months) for f in _facts(session, _status_clause(status))}


def cases_json(session: Session, status: str = "open") -> list[dict[str, Any]]:
    """The caseload as plain JSON-ready dicts for ``fsw cases list``; no names beyond the family label."""
    return [
        {
            "id": r.id,
            "reference": r.reference,
            "family_label": r.family_label,
            "status": r.status,
            "stage": r.stage,
            "referral_date": r.referral_date.isoformat(),
            "last_contact": r.last_contact.isoformat() if r.last_contact else None,
            "next_review": r.next_review.isoformat() if r.next_review else None,
            "flags": r.flags,
        }
        for r in caseload(session, status)
    ]


# --- Today --------------------------------------------------------------------------------


@dataclass
class TodayItem:
    case_id: str
    reference: str
    label: str
    detail: str
    date: date | None


@dataclass
class TodayItems:
    overdue_reviews: list[TodayItem] = field(default_factory=list)
    no_recent_contact: list[TodayItem] = field(default_factory=list)
    not_yet_contacted: list[TodayItem] = field(default_factory=list)
    releases_soon: list[TodayItem] = field(default_factory=list)
    missing_scores: list[TodayItem] = field(default_factory=list)
    tasks_due: list[TodayItem] = field(default_factory=list)


def _days(n: int) -> str:
    return tr("%n day|%n days", "", n)


def _by_date(items: Iterable[TodayItem]) -> list[TodayItem]:
    return sorted(items, key=lambda i: (i.date or date.min, i.reference))


def today(session: Session, today: date) -> TodayItems:
    """What needs doing now, each list most urgent first.

    Missing scores also lists cases closed in the last four weeks, while the final
    scores can still be put right; older closures would swamp the list.
    """
    rules = _Rules.read(session)
    recent = today - timedelta(days=RECENT_CLOSURE_DAYS)
    facts = _facts(session, or_(Case.status.in_(OPEN), and_(Case.status.in_(CLOSED), Case.closed_on >= recent)))
    out = TodayItems()
    quiet_since = today - timedelta(weeks=rules.no_contact_weeks)
    release_by = today + timedelta(weeks=rules.release_weeks)
    for f in facts:
        def item(detail: str, when: date | None, f: _Facts = f) -> TodayItem:
            return TodayItem(f.id, f.reference, f.family_label, detail, when)

        kinds = _unscored_kinds(f)
        if kinds:
            kinds = [vocab.label(kind) for kind in kinds]
            which = kinds[0] if len(kinds) == 1 else tr("{kinds} and {last}").format(kinds=", ".join(kinds[:-1]),
                                                                                       last=kinds[-1])
            which = which[:1].upper() + which[1:]  # "Initial", "Follow-up", "Initial, follow-up and final"
            out.missing_scores.append(item(tr("{which} assessment has no outcome scores").format(which=which),
                                           f.closed_on if f.status != "open" else f.initial_on))
        if f.status != "open":
            continue
        due = _review_date(f, rules)
        if due is not None and due <= today:
            late = (today - due).days
            out.overdue_reviews.append(item(tr("Review due today") if late == 0 else
                                            tr("Review overdue by {days}").format(days=_days(late)), due))
        if f.last_contact is None:
            waited = (today - f.referral_date).days
            detail = (tr("Waiting {days}; %n failed attempt|Waiting {days}; %n failed attempts", "", f.failed_attempts)
                      if f.failed_attempts else tr("Waiting {days}")).format(days=_days(waited))
            out.not_yet_contacted.append(item(detail, f.referral_date))
        elif f.last_contact < quiet_since:
            weeks = (today - f.last_contact).days // 7
            out.no_recent_contact.append(item(tr("No contact for {weeks} weeks").format(weeks=weeks), f.last_contact))
        if f.expected_release is not None and today <= f.expected_release <= release_by:
            left = (f.expected_release - today).days
            who = f.prisoner_name or tr("Prisoner")
            out.releases_soon.append(item(tr("{who}: release expected in {days}").format(who=who, days=_days(left)),
                                          f.expected_release))
    out.tasks_due = _tasks_due(session, today)
    for name in ("overdue_reviews", "no_recent_contact", "not_yet_contacted", "releases_soon", "missing_scores"):
        setattr(out, name, _by_date(getattr(out, name)))
    return out


def _tasks_due(session: Session, today: date) -> list[TodayItem]:
    horizon = today + timedelta(days=TASK_WINDOW_DAYS)
    rows = session.execute(
        select(Case.id, Case.ref, Case.family_label, Task.text, Task.due_on, Task.owner)
        .join(Goal, Goal.id == Task.goal_id)
        .join(Case, Case.id == Goal.case_id)
        .where(Task.live(), Goal.live(), Case.live(),
               Case.status.in_(OPEN), Task.done_on.is_(None), Task.due_on.is_not(None), Task.due_on <= horizon)
        .order_by(Task.due_on, Case.ref)
    )
    items = []
    for r in rows:
        gap = (r.due_on - today).days
        when = (tr("due today") if gap == 0 else tr("overdue by {days}").format(days=_days(-gap)) if gap < 0
                else tr("due in {days}").format(days=_days(gap)))
        text = r.text if len(r.text) <= 60 else r.text[:57] + "..."
        owner = f" ({r.owner})" if r.owner else ""
        items.append(TodayItem(r.id, r.ref, r.family_label, f"{text}{owner}: {when}", r.due_on))
    return items


# --- global search ------------------------------------------------------------------------


@dataclass
class SearchHit:
    kind: str  # "case" or "person"
    id: str
    case_id: str | None
    reference: str
    title: str
    detail: str
    # A person hit: this person is marked do not disclose. A case hit: someone in the case is.
    # Such hits are still listed (the worker must find them) but shown with a warning, as the
    # case page's banner warns, so a name is not read out or confirmed to the prisoner.
    do_not_disclose: bool = False

    @property
    def warning(self) -> str:
        """The marker to show first on the hit, worded like the case page's banner; '' when none."""
        if not self.do_not_disclose:
            return ""
        return tr("DO NOT DISCLOSE (this person)") if self.kind == "person" else tr("DO NOT DISCLOSE (someone in this case)")


def search_people(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    """Cases by reference or family label, then people by name, prison number or reference.

    A person matches when every word typed is the start of their given name,
    family name, prison number, own reference or their case's reference, so
    'jo ash' finds Jolan Ashcombe. Hits that involve someone marked do not disclose say so
    (``SearchHit.do_not_disclose``).
    """
    terms = text.split()
    if not terms:
        return []
    hits: list[SearchHit] = []
    hides_someone = exists().where(Person.case_id == Case.id, Person.live(), Person.do_not_disclose.is_(True))
    cases = session.execute(
        select(Case.id, Case.ref, Case.family_label, Case.status, hides_someone.label("do_not_disclose"))
        .where(Case.live(),
               and_(*(or_(_prefix(Case.ref, t), _prefix(Case.ref, f"C-{t}"), _prefix(Case.family_label, t))
                      for t in terms)))
        .order_by(Case.family_label, Case.ref)
        .limit(limit)
    )
    for c in cases:
        hits.append(SearchHit("case", c.id, c.id, c.ref, c.family_label,
                              tr("Case, {status}").format(status=vocab.label(c.status)), bool(c.do_not_disclose)))
    if len(hits) >= limit:
        return hits
    people = session.execute(
        select(Person.id, Person.ref, Person.given_name, Person.family_name, Person.is_prisoner,
               Person.relationship, Person.prison_number, Person.case_id, Case.ref.label("case_ref"),
               Case.family_label, Person.do_not_disclose)
        .outerjoin(Case, Case.id == Person.case_id)
        .where(Person.live(), or_(Case.id.is_(None), Case.live()),
               and_(*(or_(_prefix(Person.given_name, t), _prefix(Person.family_name, t),
                          _prefix(Person.prison_number, t), _prefix(Person.ref, t), _prefix(Case.ref, t))
                      for t in terms)))
        .order_by(Person.family_name, Person.given_name, Person.ref)
        .limit(limit - len(hits))
    )
    for p in people:
        role = (tr("Prisoner {prison_number}").format(prison_number=p.prison_number).strip() if p.is_prisoner
                else vocab.label(p.relationship))
        role = f"{role[:1].upper()}{role[1:]}"
        if p.case_ref:
            role = tr("{role} in {case_ref} {family_label}").format(role=role, case_ref=p.case_ref,
                                                                    family_label=p.family_label)
        hits.append(SearchHit("person", p.id, p.case_id, p.ref, f"{p.given_name} {p.family_name}".strip(),
                              role, bool(p.do_not_disclose)))
    return hits

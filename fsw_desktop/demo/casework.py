"""The demo's families and their cases, from referral to closure, written in bulk."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable


from ..models.base import Travelling
from ..models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from ..models.directory import Agency
from ..models.people import Consent, Person, Restriction
from ..services.casework import duplicates
from ..services.desk.vocab import (CONSENT_METHODS, FAILED_ATTEMPT, INTERVENTION_TYPES, PRACTICAL_NEED_AREAS,
    PRISONER_RELATIONSHIP)
from ..sync.bulk import IdMaker
from ..progress import Progress

from .words import (ADULT_OUTCOME, AGENCIES, ASSESSMENT_NOTE, CARER_RELATIONSHIP, CHILD_AGE, CHILD_CARER,
    CHILD_COUNT, CHILD_GENDER, CHILD_OUTCOME, CLOSURE, CONCERNS, DURATION_DAYS, ESCALATED_TO, ESTABLISHMENT,
    ETHNICITY, FAMILY_HEADS, FAMILY_TAILS, FIRST_CONTACT_NOTE, FIRST_SCORE, GIVEN_HEADS, GIVEN_TAILS, GOALS,
    INVOLVEMENT, MINUTES, NEED, NEED_AGENCY, NOTES, OFFENCE, OPEN_MIX, ORDER, OTHER_PRISONS, PLACES,
    PLANNED_CLOSURES, PRISON_LETTERS, REASONS, REFERRAL_RESULTS, SCORED_THROUGHOUT, SENTENCE, SOURCE, Size, TASKS,
    TASK_OWNER, WORK_CONTACT)


# --- the plan of one case ---------------------------------------------------------------------


@dataclass
class _Plan:
    """The key dates of one case; everything else is filled in around them."""

    scenario: str
    referral: date
    attempts: list[date] = field(default_factory=list)
    first_contact: date | None = None
    assessments: list[tuple[str, date]] = field(default_factory=list)
    goals: bool = False
    work_until: date | None = None
    closed_on: date | None = None
    closure_reason: str = ""
    unscored: bool = False  # the initial assessment's scores were never entered
    release_soon: bool = False
    do_not_disclose: bool = False  # a partner hidden from the prisoner (000 §5)

    @property
    def initial(self) -> date | None:
        return self.assessments[0][1] if self.assessments else None

    @property
    def end(self) -> date:
        return self.closed_on or self.work_until or self.first_contact or self.referral


@dataclass
class _Family:
    case_id: str
    prisoner: dict[str, Any]
    carer: dict[str, Any]
    children: list[dict[str, Any]]
    others: list[dict[str, Any]]
    dnd: bool

    @property
    def supported(self) -> list[dict[str, Any]]:
        return [p for p in (self.carer, *self.others, *self.children) if p.get("supported_directly")]

    def words(self, rng: random.Random) -> dict[str, str]:
        child = rng.choice(self.children) if self.children else self.carer
        return {"carer": self.carer["given_name"], "child": child["given_name"],
                "prisoner": self.prisoner["given_name"]}


class _Builder:
    """Builds every row of the demo in memory, as dicts keyed by column."""

    def __init__(self, seed: int, today: date, size: Size, worker: str) -> None:
        self.rng = random.Random(seed)
        self.ids = IdMaker(random.Random(f"fsw-demo-ids-{seed}"))
        # languages draw from their own stream, so the rest of the demo is the same with or without them
        self.languages = random.Random(f"fsw-demo-languages-{seed}")
        self.today = today
        self.size = size
        self.worker = worker
        self.rows: dict[type[Travelling], list[dict[str, Any]]] = {model: [] for model in ORDER}
        self.prison_numbers: set[str] = set()
        self.agencies: dict[str, list[tuple[str, str]]] = {}

    # helpers

    def add(self, model: type[Travelling], **values: Any) -> dict[str, Any]:
        values["id"] = self.ids.new()
        self.rows[model].append(values)
        return values

    def days(self, lo: int, hi: int) -> timedelta:
        return timedelta(days=self.rng.randint(lo, hi))

    def between(self, start: date, end: date) -> date:
        return start if end <= start else start + timedelta(days=self.rng.randint(0, (end - start).days))

    def family_name(self) -> str:
        return self.rng.choice(FAMILY_HEADS) + self.rng.choice(FAMILY_TAILS)

    def given_name(self) -> str:
        return self.rng.choice(GIVEN_HEADS) + self.rng.choice(GIVEN_TAILS)

    def phone(self) -> str:
        return f"07700 900{self.rng.randint(0, 999):03d}"  # Ofcom's range for drama

    def prison_number(self) -> str:
        while True:
            number = (self.rng.choice(PRISON_LETTERS) + f"{self.rng.randint(1000, 9999)}"
                      + self.rng.choice(PRISON_LETTERS) + self.rng.choice(PRISON_LETTERS))
            if number not in self.prison_numbers:
                self.prison_numbers.add(number)
                return number

    # partner agencies

    def build_agencies(self) -> None:
        for n, (category, name, offers) in enumerate(AGENCIES):
            roll = self.rng.random()
            checked = (None if roll < 0.05 else self.today - self.days(380, 900) if roll < 0.3
                       else self.today - self.days(5, 330))
            contact = f"{self.given_name()} {self.family_name()}"
            row = self.add(
                Agency, name=name, category=category, contact_person=contact,
                phone=f"01632 960{n:03d}", email=f"{contact.split()[0].lower()}@example.org",
                area=f"{name.split()[0]} (synthetic)", offers=offers,
                eligibility="Families of people in prison or on probation" if roll > 0.5 else "",
                last_checked=checked,
            )
            self.agencies.setdefault(category, []).append((row["id"], name))

    # plans

    def open_plan(self, scenario: str, first_of_kind: bool) -> _Plan:
        """Dates that put the case in its scenario's stage; the first of some kinds also gets
        a warning to show (unscored assessment, release within eight weeks)."""
        plan = self._open_dates(scenario, first_of_kind)
        plan.unscored = bool(plan.assessments) and ((first_of_kind and scenario in ("assessed", "active", "review"))
                                                    or self.rng.random() < 0.05)
        plan.release_soon = ((first_of_kind and scenario in ("contacted", "planned", "active", "review"))
                             or self.rng.random() < 0.08)
        plan.do_not_disclose = first_of_kind and scenario in ("active", "assessed")
        return plan

    def _open_dates(self, scenario: str, first_of_kind: bool) -> _Plan:
        t, rng = self.today, self.rng
        if scenario == "uncontacted":
            referral = t - (self.days(28, 40) if first_of_kind else self.days(1, 24))
            attempts = sorted({self.between(referral + timedelta(days=1), t) for _ in range(rng.randint(0, 3))})
            return _Plan(scenario, referral, [a for a in attempts if a > referral])
        if scenario == "contacted":
            referral = t - self.days(8, 35)
            first = min(referral + self.days(1, 6), t - timedelta(days=2))
            return _Plan(scenario, referral, self.attempts(referral, first), first,
                         work_until=max(first, t - self.days(0, 5)))
        if scenario == "assessed":
            initial = t - self.days(5, 60)
            plan = self.lead_in(scenario, initial)
            plan.assessments = [("initial", initial)]
            plan.work_until = max(initial, t - self.days(0, 7))
            return plan
        if scenario == "planned":
            initial = t - self.days(2, 25)
            plan = self.lead_in(scenario, initial)
            plan.assessments, plan.goals, plan.work_until = [("initial", initial)], True, initial
            return plan
        last = t - {"active": self.days(12, 80), "review": self.days(96, 150), "quiet": self.days(45, 80)}[scenario]
        reviews = rng.choice((0, 1) if scenario == "quiet" else (0, 0, 1, 1, 2, 3))
        dates = [last]
        for _ in range(reviews):
            dates.insert(0, dates[0] - self.days(80, 95))
        plan = self.lead_in(scenario, dates[0])
        plan.assessments = [("initial", dates[0])] + [("follow-up", d) for d in dates[1:]]
        plan.goals = True
        plan.work_until = t - (self.days(31, 42) if scenario == "quiet" else self.days(0, 10))
        return plan

    def lead_in(self, scenario: str, initial: date) -> _Plan:
        first = initial - self.days(0, 10)
        referral = first - self.days(1, 12)
        return _Plan(scenario, referral, self.attempts(referral, first), first)

    def attempts(self, referral: date, first: date) -> list[date]:
        tries = self.rng.choice((0, 0, 0, 1, 1, 2))
        return sorted({self.between(referral, first - timedelta(days=1)) for _ in range(tries)} - {first})

    def closed_plan(self) -> _Plan:
        rng, t = self.rng, self.today
        lo, hi = DURATION_DAYS(rng)
        window = self.size.years * 365
        duration = min(rng.randint(lo, hi), window - 30)
        referral = t - timedelta(days=rng.randint(duration + 1, window))
        closed = referral + timedelta(days=duration)
        reason = CLOSURE(rng)
        plan = _Plan("closed", referral, closed_on=closed, closure_reason=reason)
        if reason == "Lost contact" and (duration < 60 or rng.random() < 0.4):
            plan.attempts = sorted({self.between(referral, closed) for _ in range(rng.randint(2, 4))})
            return plan
        first = min(referral + self.days(1, 14), closed)
        plan.attempts, plan.first_contact, plan.work_until = self.attempts(referral, first), first, closed
        if reason in ("Lost contact", "Family declined further support") and rng.random() < 0.5:
            return plan
        if (closed - first).days < 7:
            return plan
        initial = min(first + self.days(0, 14), closed)
        plan.assessments = [("initial", initial)]
        when = initial + self.days(85, 100)
        while when < closed - timedelta(days=20):
            plan.assessments.append(("follow-up", when))
            when += self.days(85, 100)
        planned = reason in PLANNED_CLOSURES
        if (closed - initial).days > 20 and rng.random() < (0.9 if planned else 0.2):
            plan.assessments.append(("final", closed))
        plan.goals = (closed - initial).days > 14 and rng.random() < 0.9
        return plan

    # people

    def person(self, case_id: str, family: str, relationship: str, **extra: Any) -> dict[str, Any]:
        return self.add(Person, case_id=case_id, given_name=self.given_name(), family_name=family,
                        relationship=relationship, **extra)

    def family_languages(self) -> tuple[dict[str, str], dict[str, str]]:
        """(the prisoner's, the carer's) language fields: about one family in eight prefers Welsh (as in a
        Welsh prison's catchment), a few carers another language, noted for an interpreter."""
        roll = self.languages.random()
        if roll < 0.12:
            return {"language": "cy"}, {"language": "cy"}
        if roll < 0.15:
            note = self.languages.choice(("Polish: interpreter needed", "Romanian: interpreter needed",
                                          "Urdu: a friend reads letters with her"))
            return {}, {"language": "other", "language_note": note}
        return {}, {}

    def build_family(self, case_id: str, plan: _Plan) -> _Family:
        rng = self.rng
        prisoner_language, carer_language = self.family_languages()
        family = self.family_name()
        ethnicity = ETHNICITY(rng)
        sentence = "prison" if plan.release_soon else SENTENCE(rng)
        offence = OFFENCE(rng)
        dnd = plan.do_not_disclose or rng.random() < 0.06
        involvement = "none" if dnd else INVOLVEMENT(rng)
        in_custody = sentence in ("prison", "remand")
        months = None if sentence == "remand" else rng.choice((3, 6, 9, 12, 18, 24, 30, 36, 48, 60, 96, 144))
        prisoner_gender = "Male" if rng.random() < 0.9 else "Female"
        child_ages = [CHILD_AGE(rng) for _ in range(CHILD_COUNT(rng))]
        parent_min = max(child_ages, default=0) + 17  # parents are old enough for their children
        prisoner = self.person(
            case_id, family, PRISONER_RELATIONSHIP, is_prisoner=True,
            date_of_birth=plan.referral - timedelta(days=rng.randint(max(19, parent_min) * 365, 56 * 365)),
            gender=prisoner_gender, ethnicity=ethnicity,
            supported_directly=involvement == "supported directly",
            prison_number=self.prison_number() if sentence != "community" else "",
            establishment=ESTABLISHMENT if in_custody else "",
            wing=f"{rng.choice('ABCDEFG')} wing" if in_custody else "",
            category=rng.choice(("B", "C", "C", "C", "D")) if sentence == "prison" else ("B" if in_custody else ""),
            sentence_type=sentence, offence_category=offence, sentence_months=months,
            expected_release=self.release_date(plan, sentence),
            rotl=sentence == "prison" and rng.random() < 0.05,
            transfers=self.transfers(plan),
            offender_manager=f"{self.given_name()} {self.family_name()}" if sentence != "remand" else "",
            probation_provider="Probation Service, Northfield region (synthetic)",
            involvement=involvement, **prisoner_language,
        )
        relationship = rng.choice(("partner", "ex-partner")) if dnd else CARER_RELATIONSHIP(rng)
        carer_family = family if relationship in ("partner", "sibling") or rng.random() < 0.4 else self.family_name()
        carer_age = (rng.randint(max(55, parent_min + 18), 80) if relationship == "grandparent carer"
                     else rng.randint(max(20, parent_min), max(50, parent_min + 2)))
        carer = self.person(
            case_id, carer_family, relationship, supported_directly=rng.random() < 0.92,
            date_of_birth=plan.referral - timedelta(days=carer_age * 365 + rng.randint(0, 364)),
            gender="Female" if prisoner_gender == "Male" and rng.random() < 0.9 else rng.choice(("Male", "Female")),
            ethnicity=ethnicity if rng.random() < 0.85 else ETHNICITY(rng), do_not_disclose=dnd,
            address=f"{rng.randint(1, 140)} {rng.choice(FAMILY_HEADS)}ley Road, {rng.choice(PLACES)} (synthetic)",
            phone=self.phone(),
            notes="Do not disclose this family's involvement to the prisoner: domestic abuse history." if dnd else "",
            **carer_language,
        )
        others = []
        if not dnd and rng.random() < 0.1:
            others.append(self.person(case_id, self.family_name(), rng.choice(("new partner", "step-parent")),
                                      gender=rng.choice(("Male", "Female")), ethnicity=ETHNICITY(rng),
                                      date_of_birth=plan.referral - timedelta(days=rng.randint(21, 50) * 365)))
        children = []
        for age in child_ages:
            dob = plan.referral - timedelta(days=age * 365 + rng.randint(0, 364))
            told = rng.choice(("yes", "yes", "partly", "no", "not known"))
            children.append(self.person(
                case_id, family if rng.random() < 0.7 else carer_family, "child",
                date_of_birth=min(dob, plan.referral), gender=CHILD_GENDER(rng),
                ethnicity=ethnicity if rng.random() < 0.9 else ETHNICITY(rng),
                supported_directly=rng.random() < 0.6,
                school=(f"{rng.choice(PLACES)} {'Primary' if age < 11 else 'Academy'} (synthetic)"
                        if 4 <= age <= 16 else ""),
                school_contact="Pastoral lead" if 4 <= age <= 16 else "",
                carer="kinship carer" if relationship == "grandparent carer" else CHILD_CARER(rng),
                told_where_parent=told,
                child_views=rng.choice(("", "", "Wants to see dad more often.", "Does not want friends to know.",
                                        "Would like letters as well as visits.")),
                sharing_agreed=rng.choice(("", "School may know dad is away, not why.", "Happy for school to know.")),
                young_carer=age >= 8 and rng.random() < 0.06, bullying=age >= 5 and rng.random() < 0.08,
            ))
        return _Family(case_id, prisoner, carer, children, others, dnd)

    def transfers(self, plan: _Plan) -> str:
        if plan.closure_reason == "Prisoner transferred":
            return f"Transferred to {self.rng.choice(OTHER_PRISONS)} on {plan.closed_on:%d %B %Y}"
        return f"Transferred from {self.rng.choice(OTHER_PRISONS)}" if self.rng.random() < 0.12 else ""

    def release_date(self, plan: _Plan, sentence: str) -> date | None:
        _rng, t = self.rng, self.today
        if sentence == "remand":
            return None
        if sentence in ("licence", "community"):
            return plan.referral - self.days(10, 300)
        if plan.closed_on is not None:
            if plan.closure_reason == "Prisoner released and support ended":
                return plan.closed_on - self.days(0, 30)
            return plan.closed_on + self.days(30, 900)
        if plan.release_soon:
            return t + self.days(3, 55)
        return t + self.days(70, 1500)

    # one case

    def build_case(self, plan: _Plan) -> None:
        rng = self.rng
        case = self.add(
            Case, family_label="", status="open", worker=self.worker, referral_date=plan.referral,
            referral_source=SOURCE(rng), referrer_name="", referrer_contact="", referral_reasons="",
            risk_info="", consent_status="given" if plan.first_contact else "not asked",
            lead_professional="", caf_taf=rng.random() < 0.15,
        )
        fam = self.build_family(case["id"], plan)
        if plan.first_contact is None:  # nobody has been supported yet
            for person in (fam.prisoner, fam.carer, *fam.others, *fam.children):
                person["supported_directly"] = False
        words = fam.words(rng)
        case["family_label"] = f"{fam.prisoner['family_name']} family"
        case["referral_reasons"] = rng.choice(REASONS).format(**words)
        if case["referral_source"] not in ("Self", "Not recorded"):
            case["referrer_name"] = f"{self.given_name()} {self.family_name()}"
            case["referrer_contact"] = f"01632 960{rng.randint(100, 999):03d}"
        case["risk_info"] = ("Domestic abuse history: the family's involvement must not be disclosed to the prisoner."
                             if fam.dnd else rng.choice(("No known risks from the referrer.", "None known.", "")))
        case["lead_professional"] = self.worker if case["caf_taf"] and rng.random() < 0.5 else ""
        if plan.closed_on:
            case["status"] = "handed over" if plan.closure_reason == "Transferred to another service" else "closed"
            case["closed_on"], case["closure_reason"] = plan.closed_on, plan.closure_reason
            case["closure_planned"] = plan.closure_reason in PLANNED_CLOSURES
        if plan.first_contact and rng.random() < 0.05:
            case["consent_status"] = rng.choice(("partial", "refused", "withdrawn"))
        self.build_contacts(case["id"], plan, fam)
        needs = self.build_assessments(case["id"], plan, fam)
        self.build_goals(case["id"], plan, fam, needs)
        self.build_onward(case["id"], plan, needs)
        self.build_safety(case["id"], plan, fam)

    def contact(self, case_id: str, on: date, kind: str, note: str, present: str = "") -> None:
        lo, hi = MINUTES.get(kind, (20, 75))
        intervention = "" if kind == FAILED_ATTEMPT else self.rng.choice(INTERVENTION_TYPES)
        self.add(Contact, case_id=case_id, on=on, kind=kind, successful=kind != FAILED_ATTEMPT,
                 minutes=self.rng.randint(lo, hi), present=present, note=note, goal_ids="",
                 intervention=intervention)

    def build_contacts(self, case_id: str, plan: _Plan, fam: _Family) -> None:
        rng = self.rng
        for when in plan.attempts:
            self.contact(case_id, when, FAILED_ATTEMPT, rng.choice(NOTES[FAILED_ATTEMPT]))
        if plan.first_contact is None:
            return
        words = fam.words(rng)
        self.contact(case_id, plan.first_contact, rng.choice(("Phone call", "Home visit")),
                     FIRST_CONTACT_NOTE.format(**words), fam.carer["given_name"])
        for kind, on in plan.assessments:
            self.contact(case_id, on, "Home visit" if rng.random() < 0.6 else "One-to-one with parent",
                         ASSESSMENT_NOTE[kind].format(**words), fam.carer["given_name"])
        lo, hi = self.size.contact_gap_days
        until = plan.work_until or plan.first_contact
        when = plan.first_contact + self.days(lo, hi)
        last = None
        while when < until:
            last = self.work_contact(case_id, when, fam)
            when += self.days(lo, hi)
        if plan.scenario != "planned" and until > plan.first_contact and last != until:
            self.work_contact(case_id, until, fam, successful=True)

    def work_contact(self, case_id: str, on: date, fam: _Family, successful: bool = False) -> date:
        rng = self.rng
        kind = WORK_CONTACT(rng)
        while successful and kind == FAILED_ATTEMPT:
            kind = WORK_CONTACT(rng)
        if fam.dnd and kind.startswith("Liaison"):
            kind = "Phone call"
        words = fam.words(rng)
        present = {"One-to-one with child": words["child"], "One-to-one with child in school": words["child"],
                   "Joint parent-child session": f"{words['carer']}, {words['child']}"}.get(kind, "")
        if kind in ("One-to-one with parent", "Home visit", "Accompanied appointment"):
            present = words["carer"]
        self.contact(case_id, on, kind, rng.choice(NOTES[kind]).format(**words), present)
        return on

    def build_assessments(self, case_id: str, plan: _Plan, fam: _Family) -> list[str]:
        """Assessments with needs and scores; returns the needs found at the first."""
        rng = self.rng
        if not plan.assessments:
            return []
        first_needs: list[str] = []
        skip_initial = plan.unscored or (plan.closed_on is not None and rng.random() < 0.1)
        skip_final = rng.random() < 0.12
        scored: dict[str, tuple[str, list[str]]] = {}
        for person in fam.supported:
            is_child = person["relationship"] == "child"
            pick = CHILD_OUTCOME if is_child else ADULT_OUTCOME
            outcomes = list(dict.fromkeys(pick(rng) for _ in range(rng.randint(1, 3))))
            mode = "all" if rng.random() < SCORED_THROUGHOUT else rng.choice(("first", "none"))
            scored[person["id"]] = (mode, outcomes)
        last_score: dict[tuple[str, str], int] = {}
        for n, (kind, on) in enumerate(plan.assessments):
            assessment = self.add(Assessment, case_id=case_id, kind=kind, on=on,
                                  notes=ASSESSMENT_NOTE[kind].format(**fam.words(rng)))
            if kind != "final":
                areas = list(dict.fromkeys(NEED(rng) for _ in range(rng.randint(2, 4))))
                if n == 0:
                    first_needs = areas
                for area in areas:
                    practical = area in PRACTICAL_NEED_AREAS and rng.random() < 0.8
                    self.add(Need, assessment_id=assessment["id"], area=area,
                             nature="practical" if practical else "emotional",
                             term="short" if rng.random() < 0.6 else "long")
            if (kind == "initial" and skip_initial) or (kind == "final" and skip_final):
                continue
            for person_id, (mode, outcomes) in scored.items():
                if mode == "none" or (mode == "first" and last_score.keys() >= {(person_id, o) for o in outcomes}):
                    continue
                for outcome in outcomes:
                    key = (person_id, outcome)
                    score = FIRST_SCORE(rng) if key not in last_score else self.next_score(last_score[key])
                    last_score[key] = score
                    self.add(Score, assessment_id=assessment["id"], person_id=person_id, outcome=outcome,
                             score=score)
        return first_needs

    def next_score(self, previous: int) -> int:
        roll = self.rng.random()
        step = 1 if roll < 0.55 else 0 if roll < 0.93 else -1
        return min(5, max(1, previous + step))

    def build_goals(self, case_id: str, plan: _Plan, fam: _Family, needs: list[str]) -> None:
        rng, t = self.rng, self.today
        if not plan.goals or plan.initial is None:
            return
        words = fam.words(rng) | {"worker": self.worker}
        areas = (needs or ["Maintaining relationships"])[: rng.randint(1, 3)]
        open_case = plan.closed_on is None
        for area in areas:
            status = "open" if open_case else rng.choice(("achieved", "achieved", "achieved", "partly achieved",
                                                          "not achieved"))
            goal = self.add(Goal, case_id=case_id, text=GOALS[area].format(**words), status=status,
                            agreed_on=min(plan.initial + timedelta(days=rng.randint(0, 14)), t))
            for _ in range(rng.randint(1, 3)):
                due = plan.initial + self.days(7, 90)
                if open_case and rng.random() < 0.12:
                    due = t + self.days(0, 12) - self.days(0, 8)
                done = None
                if due < t - timedelta(days=7) or not open_case:
                    done = min(due + self.days(-5, 10), plan.end, t) if rng.random() < 0.96 else None
                    if done is not None and done < plan.initial:
                        done = plan.initial
                self.add(Task, goal_id=goal["id"], text=rng.choice(TASKS).format(**words),
                         owner=TASK_OWNER(rng).format(**words), due_on=due, done_on=done)

    def build_onward(self, case_id: str, plan: _Plan, needs: list[str]) -> None:
        rng, t = self.rng, self.today
        if plan.initial is None:
            return
        made = 0
        for area in needs:
            if made >= 3 or rng.random() > 0.4:
                continue
            agency_id, name = rng.choice(self.agencies[NEED_AGENCY[area]])
            on = min(plan.initial + self.days(0, 21), plan.end, t)
            result = "Awaiting reply" if (t - on).days < 30 and plan.closed_on is None else rng.choice(REFERRAL_RESULTS)
            self.add(OnwardReferral, case_id=case_id, agency_id=agency_id, on=on,
                     reason=f"{area}: referred to {name}", result=result)
            made += 1

    def build_safety(self, case_id: str, plan: _Plan, fam: _Family) -> None:
        """Consents, restrictions and concerns, which a few cases carry."""
        rng, t = self.rng, self.today
        prisoner = fam.prisoner
        if plan.first_contact is not None:
            for person in fam.supported:
                if person["relationship"] == "child" and rng.random() < 0.8:
                    continue
                withdrawn = plan.end if rng.random() < 0.03 else None
                self.add(Consent, person_id=person["id"], purpose="Information sharing with partner agencies",
                         agency_id=None, given_on=plan.first_contact, how_given=rng.choice(CONSENT_METHODS),
                         withdrawn_on=withdrawn)
            if prisoner["involvement"] != "none":
                self.add(Consent, person_id=prisoner["id"], purpose="Family support service may contact my family",
                         agency_id=None, given_on=plan.referral, how_given="signed form", withdrawn_on=None)
        if (prisoner["offence_category"] == "sexual" and rng.random() < 0.6) or rng.random() < 0.02:
            appeal = rng.choice(("", "", f"Appeal lodged {plan.referral + timedelta(days=20):%d %B %Y}; outcome awaited"))
            self.add(Restriction, person_id=prisoner["id"], kind="No contact with children (public protection)",
                     reason="Public protection: contact with children barred by the prison", starts_on=plan.referral
                     - self.days(0, 200), ends_on=None, appeal=appeal)
        elif rng.random() < 0.03:
            self.add(Restriction, person_id=prisoner["id"], kind="Closed visits",
                     reason="Security decision after an item was passed at a visit", starts_on=plan.referral,
                     ends_on=plan.referral + self.days(60, 180), appeal="")
        if rng.random() < 0.015:
            self.add(Restriction, person_id=fam.carer["id"], kind="Banned from visiting",
                     reason="Banned by the prison after an incident in the visits hall", starts_on=plan.referral,
                     ends_on=plan.referral + self.days(90, 365), appeal="")
        if plan.first_contact is not None and rng.random() < 0.06:
            on = self.between(plan.first_contact, min(plan.end, t))
            escalated_to = rng.choice(ESCALATED_TO)
            self.add(Concern, case_id=case_id, on=on, description=rng.choice(CONCERNS).format(**fam.words(rng)),
                     escalated_to=escalated_to, escalated_on=on if escalated_to else None)

    def build(self, progress: Progress) -> None:
        self.build_agencies()
        plans: list[_Plan] = []
        for scenario, count in OPEN_MIX:
            plans += [self.open_plan(scenario, n == 0) for n in range(count)]
        plans += [self.closed_plan() for _ in range(self.size.closed_cases)]
        plans.sort(key=lambda p: p.referral)
        step = max(1, len(plans) // 10)
        for n, plan in enumerate(plans):
            self.build_case(plan)
            if n % step == 0:
                progress(5 + 45 * n // len(plans), "Making up families and their casework")




def _respellings(name: str) -> list[str]:
    """Ways a name gets typed wrong by ear: a vowel or y/i swapped, a letter doubled or dropped."""
    out = []
    for a, b in (("y", "i"), ("i", "y"), ("ie", "y"), ("ey", "y"), ("o", "oh"), ("en", "an"), ("a", "e")):
        if a in name.lower():
            i = name.lower().rindex(a)
            out.append(name[:i] + b + name[i + len(a):])
    out.append(name + name[-1])
    if len(name) > 4:
        out.append(name[:-1])
    return [n for n in dict.fromkeys(out) if n and n != name]


def typed_twice(rows: dict[Any, list[dict[str, Any]]], today: date, new_id: Callable[[], str]) -> dict[str, Any] | None:
    """A child of an open case typed in again (issue 19): both names respelt, day and month of birth swapped.

    What the duplicate finder is for: the second record came in by the caseload spreadsheet with the
    name as heard on the phone. The first child (in the order the demo made them) whose date of birth
    can be read the other way round and whose names have respellings the finder takes for the same
    child is copied; returns the new person row, saved after the rest.
    """
    open_cases = {c["id"] for c in rows[Case] if c.get("status") == "open"}
    for child in rows[Person]:
        born = child.get("date_of_birth")
        if (child.get("relationship") != "child" or child.get("case_id") not in open_cases or born is None
                or not (born.day <= 12 and born.day != born.month) or (today - born).days < 4 * 365):
            continue
        swapped = born.replace(day=born.month, month=born.day)
        first = duplicates.Who("a", "", child["given_name"], child["family_name"], born, "", child["case_id"])
        for given in _respellings(child["given_name"]):
            for family in _respellings(child["family_name"]):
                again = duplicates.Who("b", "", given, family, swapped, "", child["case_id"])
                if duplicates.judge(first, again) is not None:
                    return {"id": new_id(), "case_id": child["case_id"], "given_name": given, "family_name": family,
                            "relationship": "child", "date_of_birth": swapped, "gender": child.get("gender"),
                            "notes": "Added from the caseload spreadsheet (synthetic)."}
    return None

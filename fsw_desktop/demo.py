"""Made-up demonstration data: a desk's caseload you can show, test and measure against.

Everything here is synthetic. Names are built from invented syllables, places
and agencies are invented, phone numbers are in Ofcom's drama ranges and email
addresses use example.org, so nothing can be mistaken for a real family,
prisoner or member of staff.

The same seed and ``today`` always give the same cases, people and references
(ids and references come from their own seeded streams), so tests and
benchmarks can rely on them. Rows are built as dicts and written with
``sync.bulk.bulk_insert``, which leaves the same change history as the ORM
would; the whole population is one transaction, so a failure leaves the
profile as it was.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from types import SimpleNamespace
from typing import Any, Callable, Generic, Sequence, TypeVar

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from .db import Database
from .errors import InputRefused
from .models.applications import Application, ApplicationEvent
from .models.base import Travelling
from .models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from .models.directory import Agency
from .models.people import Consent, Person, Restriction
from .models.visits import (
    BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest, SessionTemplate,
)
from .services.data_protection import audit
from .services.visits.family_days import fit_places, priority
from .services.desk.session import open_session
from .services.visits.visits import WEEKDAYS, session_dates
from .services.applications.working_days import add_working_days, load_holidays
from .services.desk.vocab import (CARER_TYPES, CONSENT_METHODS, ETHNICITIES, FAILED_ATTEMPT, INTERVENTION_TYPES, OUTCOMES, PRACTICAL_NEED_AREAS, PRISONER_RELATIONSHIP, REFERRAL_SOURCES)
from .sync.bulk import IdMaker, RefMaker, bulk_insert
from .progress import Progress, reporter

T = TypeVar("T")

ESTABLISHMENT = "HMP Northfield (synthetic)"
OTHER_PRISONS = ("HMP Eastmere (synthetic)", "HMP Kelbrook (synthetic)", "HMP Harrowdene (synthetic)")
PLACES = ("Northfield", "Eastmere", "Kelbrook", "Harrowdene")


@dataclass(frozen=True)
class Size:
    closed_cases: int
    years: int
    contact_gap_days: tuple[int, int]  # days between working contacts, drawn evenly
    visit_years: int = 1  # sessions and bookings from this many years back to four weeks ahead
    visit_gap_days: tuple[int, int] = (14, 42)  # days between a family's bookings, drawn evenly
    hall_places: tuple[int, int] = (10, 2)  # open tables, closed booths per visits-hall session
    family_room_places: int = 6  # tables at the fortnightly family session
    visitor_only: int = 8  # visitors with no case (friends, relatives the service does not support)
    family_day_every: int = 80  # days between family days
    applications: int = 250  # prisoners' applications received over application_years
    application_years: int = 1


# A worker holds about 40 open cases (003 §5) whatever the history behind them.
SIZES = {
    "standard": Size(closed_cases=150, years=3, contact_gap_days=(3, 14)),
    "large": Size(closed_cases=2000, years=5, contact_gap_days=(2, 11), visit_years=5, visit_gap_days=(5, 16),
                  hall_places=(40, 4), family_room_places=16, visitor_only=80, family_day_every=60,
                  applications=10000, application_years=5),
}
OPEN_MIX: tuple[tuple[str, int], ...] = (
    ("uncontacted", 5),  # referral, not yet reached
    ("contacted", 4),  # reached, not yet assessed
    ("assessed", 5),  # initial assessment, no plan yet
    ("planned", 4),  # plan made, no contact since
    ("active", 14),
    ("review", 6),  # last assessment over three months ago
    ("quiet", 2),  # active but no contact for over four weeks
)

# Tables in the order their foreign keys need.
ORDER: tuple[type[Travelling], ...] = (
    Agency, Case, Person, Restriction, Consent, Assessment, Need, Score, Goal, Task, Contact,
    OnwardReferral, Concern, SessionTemplate, BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayRequest,
    FamilyDayAttendee, Application, ApplicationEvent,
)


class Pick(Generic[T]):
    """A weighted choice with the cumulative weights worked out once."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]


# --- invented names -------------------------------------------------------------------------

FAMILY_HEADS = ("Abb", "Bal", "Bry", "Cav", "Dorn", "Elv", "Fal", "Gryn", "Hesk", "Ivr", "Jask", "Kell", "Lorv",
                "Mav", "Nesk", "Orv", "Pell", "Quil", "Rask", "Sorv", "Tav", "Ulm", "Varn", "Wesk", "Yarv", "Zenn")
FAMILY_TAILS = ("amby", "ercombe", "idale", "owick", "enford", "imore", "aley", "erton", "esworth", "istead",
                "ohurst", "ebrook", "iwell", "agate", "othorpe", "aridge")
GIVEN_HEADS = ("Ar", "Bel", "Cas", "Dav", "El", "Fen", "Gil", "Hal", "Is", "Jor", "Kes", "Lun", "Mir", "Nol",
               "Or", "Per", "Quin", "Ros", "Sil", "Tam", "Ul", "Ves", "Wyn", "Yan", "Zar")
GIVEN_TAILS = ("ia", "en", "o", "ina", "an", "el", "ie", "on", "ara", "ix", "ey", "is", "ette", "ard")

PRISON_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# --- weights --------------------------------------------------------------------------------

SOURCE = Pick(REFERRAL_SOURCES)
ETHNICITY = Pick([(e, w) for e, w in zip(ETHNICITIES, (
    1, 0.5, 2, 2.5, 1,  # Asian
    3, 2, 1,  # Black
    1.5, 1, 4, 1.5,  # Mixed
    68, 1, 2, 0.5, 5,  # White
    0.5, 1,  # Other
    5,  # Not recorded
))])
CHILD_GENDER = Pick([("Female", 47), ("Male", 47), ("Non-binary", 1), ("Not recorded", 5)])
CHILD_AGE = Pick([(age, 6 if age <= 16 else 3) for age in range(19)])
CHILD_COUNT = Pick([(1, 35), (2, 35), (3, 20), (4, 10)])
CHILD_CARER = Pick(list(zip(CARER_TYPES, (70, 15, 6, 5, 4))))
CARER_RELATIONSHIP = Pick([("partner", 45), ("ex-partner", 20), ("grandparent carer", 15), ("sibling", 5),
                           ("new partner", 5), ("other", 5)])
SENTENCE = Pick([("prison", 72), ("remand", 14), ("licence", 8), ("community", 6)])
OFFENCE = Pick([("acquisitive", 20), ("drugs", 20), ("violent", 25), ("sexual", 6), ("motoring", 5),
                ("robbery", 10), ("other", 14)])
INVOLVEMENT = Pick([("supported directly", 40), ("limited contact", 45), ("none", 15)])
CLOSURE = Pick([("Goals achieved", 38), ("Prisoner released and support ended", 16),
                ("Transferred to another service", 8), ("Family declined further support", 10),
                ("Lost contact", 14), ("Moved out of area", 5), ("Prisoner transferred", 7), ("Other", 2)])
PLANNED_CLOSURES = {"Goals achieved", "Prisoner released and support ended", "Transferred to another service"}
DURATION_DAYS = Pick([((10, 30), 10), ((31, 90), 20), ((91, 180), 30), ((181, 365), 30), ((366, 550), 10)])
WORK_CONTACT = Pick([
    ("One-to-one with parent", 18), ("Home visit", 14), ("Phone call", 22), ("One-to-one with child", 8),
    ("One-to-one with child in school", 5), ("Joint parent-child session", 5), ("Group session", 4),
    ("Accompanied appointment", 4), ("Liaison with prison", 6), ("Liaison with Offender Manager", 5),
    ("CAF/TAF meeting", 3), ("Letter", 3), (FAILED_ATTEMPT, 7),
])
MINUTES = {"Phone call": (5, 30), "Letter": (10, 20), FAILED_ATTEMPT: (2, 10), "Home visit": (45, 120),
           "Group session": (90, 180), "CAF/TAF meeting": (45, 90)}
NEED = Pick([("Housing", 10), ("Finance and debt", 14), ("Employment and training", 5), ("Parenting", 10),
             ("Mental and physical health", 10), ("Substance misuse", 5), ("Domestic abuse", 4),
             ("Maintaining relationships", 18), ("Parenting and relationship skills", 8),
             ("Transformational family work", 2), ("Practical and emotional family support", 14)])
NEED_AGENCY = {
    "Housing": "Housing", "Finance and debt": "Advice", "Employment and training": "Education and employment",
    "Parenting": "Children and family services", "Mental and physical health": "Health",
    "Substance misuse": "Substance misuse", "Domestic abuse": "Domestic violence",
    "Maintaining relationships": "Prisons", "Parenting and relationship skills": "Children and family services",
    "Transformational family work": "Children and family services",
    "Practical and emotional family support": "Community",
}
# Which outcomes get chosen, weighted by how often 000 Table 4 measured them.
_TABLE4 = {
    "Ability to express feelings": 15, "Views voiced and acted on": 6, "Access to support services": 61,
    "Reduced victimisation/discrimination": 8, "Satisfactory school attendance": 7, "Family less isolated": 6,
    "Reduced parental stress": 34, "Parent confidence/resilience": 7, "Parent self-esteem": 6,
    "Increased parent-child contact": 19, "Enhanced parent/carer-child relationship": 15,
    "Improved family communication": 6, "Child self-esteem": 16, "Mental health and wellbeing": 3,
    "Social skills": 3,
}
_CHILD_ONLY = {"Satisfactory school attendance", "Child self-esteem", "Mental health and wellbeing", "Social skills"}
_ADULT_ONLY = {"Reduced parental stress", "Parent confidence/resilience", "Parent self-esteem"}
ADULT_OUTCOME = Pick([(name, _TABLE4[name]) for _, name, _ in OUTCOMES if name not in _CHILD_ONLY])
CHILD_OUTCOME = Pick([(name, _TABLE4[name] if name != "Access to support services" else 20)
                      for _, name, _ in OUTCOMES if name not in _ADULT_ONLY])
FIRST_SCORE = Pick([(1, 25), (2, 40), (3, 30), (4, 5)])
# Share of individuals whose outcomes are scored at every assessment; the rest are scored once or
# never, which brings the share with two or more scores near 000's 63%.
SCORED_THROUGHOUT = 0.93

# --- short notes ----------------------------------------------------------------------------

NOTES: dict[str, tuple[str, ...]] = {
    "One-to-one with parent": (
        "Met {carer} at the family hub; talked about how the children are coping with the sentence.",
        "{carer} worried about money since the arrest; went through a benefits check together.",
        "Talked with {carer} about what to tell {child} about where dad is.",
        "{carer} feeling low this week; agreed to mention it to the GP.",
    ),
    "Home visit": (
        "Home visit: {carer} and the children settled; left the leaflet on help with visit travel costs.",
        "Home visit: looked at the letter from the housing office with {carer}.",
        "Home visit: {child} showed me the card made for the next visit.",
    ),
    "Phone call": (
        "Phone call with {carer}: checked how the last visit went.",
        "Called {carer} to confirm the family day place.",
        "{carer} rang about the visit booking line; talked it through.",
    ),
    "One-to-one with child": (
        "Session with {child} using feelings cards; {child} said visits make them nervous at first.",
        "{child} talked about missing {prisoner}; made a memory jar together.",
    ),
    "One-to-one with child in school": (
        "Saw {child} in school with the pastoral lead; agreed a quiet space at break times.",
        "School session with {child}: worked on a worry plan.",
    ),
    "Joint parent-child session": (
        "Joint session with {carer} and {child}: made a memory book to take to the next visit.",
        "{carer} and {child} practised talking about dad being away.",
    ),
    "Group session": (
        "{child} came to the Saturday group and joined in the art activity.",
        "Parents' group: {carer} met other families with someone inside.",
    ),
    "Accompanied appointment": (
        "Went with {carer} to the housing options appointment.",
        "Went with {carer} to the debt advice drop-in.",
    ),
    "Liaison with prison": (
        "Spoke to the visits team about {prisoner}'s visiting order; booking confirmed.",
        "Asked the wing officer to let {prisoner} know about the family day.",
    ),
    "Liaison with Offender Manager": (
        "Update from the Offender Manager on release planning for {prisoner}.",
        "Shared with the Offender Manager the family's view on contact after release.",
    ),
    "CAF/TAF meeting": (
        "TAF meeting at school; actions agreed and shared with the family.",
        "CAF review: housing and school attendance both improving.",
    ),
    "Letter": (
        "Letter to {carer} confirming the family day date.",
        "Letter to {carer} with the details of the visits helpline.",
    ),
    FAILED_ATTEMPT: (
        "No answer by phone; left a message.",
        "Home visit: nobody in; left a card.",
        "Text sent, no reply.",
    ),
}
FIRST_CONTACT_NOTE = "First contact: explained the service to {carer} and agreed to meet."
ASSESSMENT_NOTE = {
    "initial": "Initial assessment with {carer}: needs and scores agreed; risk checked with the referrer.",
    "follow-up": "Three-monthly review with {carer}: progress on the plan and scores updated.",
    "final": "Final assessment with {carer} before closing: scores and the family's feedback recorded.",
}
REASONS = (
    "{carer} struggling since {prisoner} was remanded; the children are upset and not sleeping.",
    "Family asking for help to keep in touch with {prisoner} during the sentence.",
    "{child}'s school noticed a change in behaviour since dad went to prison.",
    "Money and housing worries since the sentence; {carer} is on their own with the children.",
    "{prisoner} asked through the applications box for help to contact the children.",
    "First visit coming up and {carer} is anxious about taking the children.",
)
GOALS = {
    "Housing": "Keep the family's tenancy safe",
    "Finance and debt": "Get the benefits and grants the family is entitled to",
    "Employment and training": "{carer} to start a course or volunteering",
    "Parenting": "Help {carer} manage {child}'s behaviour at home",
    "Mental and physical health": "{carer} to get support with low mood",
    "Substance misuse": "{carer} to link up with the drug and alcohol service",
    "Domestic abuse": "Keep {carer} and the children safe; safety plan in place",
    "Maintaining relationships": "Regular contact between the children and {prisoner}",
    "Parenting and relationship skills": "{prisoner} and {carer} to agree how to parent together",
    "Transformational family work": "Family work on patterns of behaviour, with the Offender Manager",
    "Practical and emotional family support": "{carer} less isolated and knows where to get help",
}
TASKS = (
    "Book the next visit through the booking line", "Apply for help with visit travel costs",
    "Refer to debt advice", "Speak to the school pastoral lead", "Send the visiting order paperwork",
    "Ask for a family day place", "Check the tenancy letter with the housing officer",
    "Find a parents' group near home", "Arrange a phone call between {child} and {prisoner}",
    "Share the children's book about a parent in prison",
)
TASK_OWNER = Pick([("{worker}", 60), ("{carer}", 25), ("School", 8), ("Offender Manager", 7)])
REFERRAL_RESULTS = ("Accepted; support started", "Accepted; on a waiting list", "Not eligible; signposted elsewhere",
                    "Family did not take it up")
CONCERNS = (
    "{child} said at school that things at home are frightening when mum's new partner drinks.",
    "{carer} disclosed threats made by phone from a relative of {prisoner}.",
    "{child} missing school for two weeks; {carer} not answering calls.",
    "{child} told the group worker about being bullied over dad being in prison.",
)
ESCALATED_TO = ("Designated safeguarding lead, school", "Children's social care front door (synthetic)",
                "Offender Manager", "")

AGENCIES: tuple[tuple[str, str, str], ...] = (
    ("Probation", "Northfield Probation Delivery Unit", "Offender Managers; family liaison"),
    ("Probation", "Eastmere Probation Office", "Offender Managers; drop-in for families"),
    ("Courts", "Kelbrook Magistrates' Court witness and family desk", "Support on court days"),
    ("Police", "Northfield Neighbourhood Policing Team", "Community support officer contact"),
    ("Police", "Eastmere Police Family Liaison", "Help after an arrest at home"),
    ("Prisons", "HMP Northfield Visits Team (synthetic)", "Visit bookings; closed visits"),
    ("Prisons", "HMP Northfield Offender Management Unit (synthetic)", "Sentence planning; release boards"),
    ("Prisons", "HMP Eastmere Family Services (synthetic)", "Family days; visitor centre"),
    ("Youth justice", "Kelbrook Youth Offending Team", "Young people in the justice system"),
    ("Children and family services", "Northfield Children's Centre", "Stay and play; parenting courses"),
    ("Children and family services", "Eastmere Early Help Team", "Family support; CAF and TAF"),
    ("Children and family services", "Kelbrook Children's Social Care", "Assessment; child protection"),
    ("Children and family services", "Harrowdene Family Therapy Service", "Whole-family therapeutic work"),
    ("Young people", "Kelbrook Young People's Project", "Youth work; mentoring"),
    ("Young people", "Eastmere Young Carers", "Breaks and support for young carers"),
    ("Education and employment", "Northfield Academy pastoral team (synthetic)", "Pastoral support in school"),
    ("Education and employment", "Eastmere College adult learning", "Courses for parents"),
    ("Education and employment", "Kelbrook Work and Skills Hub", "Jobs and training advice"),
    ("Adult services", "Northfield Adult Social Care", "Care assessments for adults"),
    ("Community", "Northfield Food Bank", "Food parcels with a referral"),
    ("Community", "Eastmere Community Association", "Activities; holiday clubs"),
    ("Community", "Kelbrook Furniture Project", "Household items and furniture"),
    ("Advice", "Kelbrook Advice Centre", "Benefits; debt; grants"),
    ("Advice", "Northfield Debt Advice Line", "Debt advice by phone"),
    ("Advice", "Eastmere Law Centre", "Family law advice"),
    ("Domestic violence", "Eastmere Domestic Abuse Service", "Outreach; safety planning"),
    ("Domestic violence", "Northfield Refuge", "Emergency accommodation"),
    ("Health", "Kelbrook Health Visiting Team", "Under-fives health"),
    ("Health", "Northfield CAMHS", "Children's mental health"),
    ("Health", "Eastmere Talking Therapies", "Adult counselling"),
    ("Health", "Harrowdene GP Practice", "General practice"),
    ("Housing", "Northfield Housing Options", "Homelessness advice"),
    ("Housing", "Kelbrook Housing Association", "Tenancy support"),
    ("Housing", "Eastmere Supported Housing", "Supported accommodation"),
    ("Substance misuse", "Eastmere Drug and Alcohol Service", "Treatment and recovery"),
    ("Substance misuse", "Northfield Family Recovery Group", "Support for families of drug users"),
    ("Victims", "Kelbrook Victim Support Hub", "Support for victims of crime"),
    ("Victims", "Harrowdene Restorative Justice Service", "Restorative meetings"),
    ("Community", "Harrowdene Faith Communities Network", "Befriending; chaplaincy links"),
    ("Children and family services", "Harrowdene Kinship Carers Group", "Support for grandparent carers"),
)


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

    def build_family(self, case_id: str, plan: _Plan) -> _Family:
        rng = self.rng
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
            involvement=involvement,
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
        rng, t = self.rng, self.today
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
        # Later issues add visits, family days and prisoners' applications here, after casework,
        # so that they can draw on the people and cases built above.
        progress(50, "Making up visits and family days")
        _VisitBuilder(self).build()
        progress(50, "Making up prisoners' applications")
        _ApplicationBuilder(self).build()


# --- visits and family days ----------------------------------------------------------------

CANCEL_REASON = Pick([("Cancelled by the visitor", 45), ("Cancelled by the prisoner", 12),
                      ("Establishment: staffing", 12), ("Establishment: lockdown or security", 6),
                      ("Prisoner unwell", 10), ("Prisoner transferred", 3), ("Duplicate booking", 4)])
WITHDRAW_REASON = Pick([("Withdrawn by the family", 60), ("Withdrawn by the prisoner", 30), ("No longer needed", 10)])
REJECT_REASON = Pick([("Visitor not approved", 40), ("Security decision", 30), ("Allowance used up", 30)])
BOOK_REASON = Pick([("Booked by the visits team", 50), ("Booked by phone", 35), ("Booked at the visitor centre", 15)])
OUTCOME = Pick([("attended", 840), ("visitor did not arrive", 80), ("cancelled by establishment", 25),
                ("prisoner refused", 15), ("ended early", 15), ("failed security", 5)])
VISITOR_ONLY_RELATIONSHIP = Pick([("other", 50), ("sibling", 30), ("grandparent carer", 10), ("new partner", 10)])
FAMILY_DAY_FEEDBACK = (
    "The children did not want to leave; dad read them a story.",
    "Lovely to sit together without a table between us.",
    "Photographs arrived a week later; my son has his on the wall.",
    "Too short: the morning went so fast.",
    "First time the little one has been held by her dad.",
    "Staff were kind; the security check took a long time.",
    "",
)
DAY_FEEDBACK = (
    "Went well; families asked for more days in the school holidays. Security clearance took longer than planned.",
    "All families arrived; photographs sent to the prisoners. More seating needed for grandparents.",
    "Good day. Two families could not come because of transport; look at help with travel costs.",
)
FAMILY_DAY_PROGRAMME = {
    "general": "Arrival and security from 09:30; games and crafts; lunch together; photographs; goodbyes at 15:00.",
    "father-and-baby": "Baby massage with the health visitor; songs and rhymes; photographs; lunch.",
    "adult children": "Time to talk over lunch; a quiz; a short session on keeping in touch after release.",
}
OVERBOOK_REASON = "Family travelling over 150 miles by train; visits manager agreed an extra table (synthetic)."


@dataclass
class _VisitFamily:
    """A family who visits a prisoner on this desk, and when: built from the casework rows."""

    prisoner: dict[str, Any]
    carer: dict[str, Any]
    others: list[dict[str, Any]]
    children: list[dict[str, Any]]
    start: date
    end: date
    female: bool
    extra: list[dict[str, Any]] = field(default_factory=list)  # visitor-only records who come along
    happened: list[date] = field(default_factory=list)  # visits that took place, in date order
    first_future: bool = False


class _VisitBuilder:
    """A year (standard) or five years (large) of sessions and bookings, and family days, for the desk's
    prisoners in custody and their families. Capacity, allowance and age rules hold as ``services.visits``
    checks them; its own Random keeps the casework above unchanged by anything here."""

    def __init__(self, b: _Builder) -> None:
        self.ban_from: dict[str, date] = {}  # visitor-only people banned from this date on
        self.b, self.size, self.today = b, b.size, b.today
        self.rng = random.Random(f"fsw-demo-visits-{b.rng.random()}")
        self.first = self.today - timedelta(days=365 * self.size.visit_years)
        self.last = self.today + timedelta(days=28)
        self.slots: dict[date, list[tuple[str, bool]]] = {}  # date -> (template id, family session)
        self.capacity: dict[str, tuple[int, int]] = {}
        self.taken: dict[tuple[str, date], list[int]] = {}  # (template, date) -> [open, closed] places held
        self.prisoner_slots: set[tuple[str, str, date]] = set()
        self.month_use: dict[tuple[str, date], int] = {}
        self.restrictions: dict[str, list[dict[str, Any]]] = {}
        self.bookings: list[dict[str, Any]] = []

    def add(self, model: type[Travelling], **values: Any) -> dict[str, Any]:
        return self.b.add(model, **values)

    def build(self) -> None:
        self.build_sessions()
        families = self.families()
        self.build_visitor_only(families)
        for fam in families:
            self.build_bookings(fam)
        self.fill_one_session(families)
        self.final_contacts()
        self.build_family_days(families)

    # sessions

    def template(self, name: str, weekdays: str, starts: str, ends: str, room: str, valid_from: date,
                 valid_to: date | None, interval: int, places: tuple[int, int], one_off: bool = False,
                 family: bool = False) -> str:
        row = self.add(SessionTemplate, name=name, weekdays=weekdays, starts=starts, ends=ends, room=room,
                       valid_from=valid_from, valid_to=valid_to, interval_weeks=interval, open_capacity=places[0],
                       closed_capacity=places[1], one_off=one_off)
        self.capacity[row["id"]] = places
        for on in session_dates(weekdays, interval, valid_from, valid_to, self.first, self.last):
            self.slots.setdefault(on, []).append((row["id"], family))
        return row["id"]

    def build_sessions(self) -> None:
        first, rng = self.first, self.rng
        hall = self.size.hall_places
        weekday_id = self.template("Weekday afternoon", "TU,TH", "14:00", "16:00", "Visits hall", first, None, 1,
                                   hall)
        saturday_id = self.template("Saturday morning", "SA", "09:30", "11:30", "Visits hall", first, None, 1,
                                    (hall[0] + hall[0] // 5, hall[1]))
        self.template("Family session", "SU", "10:00", "12:00", "Family room", first, None, 2,
                      (self.size.family_room_places, 0), family=True)
        ended = first + timedelta(days=int((self.last - first).days * 0.4))
        self.template("Wednesday evening", "WE", "18:00", "19:30", "Visits hall", first, ended, 1,
                      (hall[0] // 2, hall[1]))
        # one-off extra sessions: before Christmas each year, and one in the next four weeks
        for year in range(first.year, self.last.year + 1):
            on = date(year, 12, 22)
            if first <= on <= self.last and on.weekday() < 5:
                self.template("Extra Christmas session", WEEKDAYS[on.weekday()], "14:00", "16:00", "Visits hall",
                              on, on, 1, hall, one_off=True)
        extra = self.today + timedelta(days=10 + (4 - (self.today + timedelta(days=10)).weekday()) % 7)  # a Friday
        self.template("Extra Friday session", "FR", "14:00", "16:00", "Visits hall", extra, extra, 1,
                      (hall[0] // 2, 0), one_off=True)
        # blocked: Christmas Day, staff training, an incident, and one upcoming Saturday
        blocked: list[tuple[date, str | None, str, str]] = []
        for year in range(first.year, self.last.year + 1):
            on = date(year, 12, 25)
            if first <= on <= self.last:
                blocked.append((on, None, "Governor", "Christmas Day: no visits."))
        for n in range(self.size.visit_years * 2):
            on = first + timedelta(days=rng.randint(20, (self.today - first).days - 10))
            on += timedelta(days=(1 - on.weekday()) % 7)  # a Tuesday
            blocked.append((on, weekday_id, "Head of Residence", "Whole-prison staff training."))
        on = self.today - timedelta(days=rng.randint(30, 120))
        blocked.append((on, None, "Duty Governor", "Security incident: the prison was locked down."))
        on = self.today + timedelta(days=(5 - self.today.weekday()) % 7 + 14)  # the Saturday after next
        blocked.append((on, saturday_id, "Visits manager", "Visits hall floor being replaced."))
        seen = set()
        for on, template_id, who, why in sorted(blocked, key=lambda x: (x[0], x[1] or "")):
            if (on, template_id) in seen:
                continue
            seen.add((on, template_id))
            self.add(BlockedDate, on=on, template_id=template_id, who=who, why=why)
            self.slots[on] = [s for s in self.slots.get(on, []) if template_id is not None and s[0] != template_id]

    # who visits

    def families(self) -> list[_VisitFamily]:
        people: dict[str, list[dict[str, Any]]] = {}
        for p in self.b.rows[Person]:
            people.setdefault(p["case_id"], []).append(p)
        for r in self.b.rows[Restriction]:
            self.restrictions.setdefault(r["person_id"], []).append(r)
        out = []
        for case in self.b.rows[Case]:
            members = people.get(case["id"], [])
            prisoner = members[0]
            if prisoner.get("establishment") != ESTABLISHMENT or len(members) < 2:
                continue
            carer = members[1]
            if carer.get("do_not_disclose"):
                continue  # domestic abuse: this family is not put in touch with the prisoner
            start = max(self.first, case["referral_date"] - timedelta(days=self.rng.randint(0, 60)))
            end = min(self.last, case.get("closed_on") or self.last)
            release = prisoner.get("expected_release")
            if release and start < release:
                end = min(end, release - timedelta(days=1))
            fam = _VisitFamily(prisoner, carer, [m for m in members[2:] if m["relationship"] != "child"],
                               [m for m in members[2:] if m["relationship"] == "child"], start, end,
                               prisoner.get("gender") == "Female")
            if case["status"] == "open" and case["referral_date"] > self.today - timedelta(days=45) \
                    and self.rng.random() < 0.5:
                fam.start, fam.first_future = self.today + timedelta(days=self.rng.randint(2, 12)), True
            if fam.start <= fam.end:
                out.append(fam)
        # a few carers may only have closed visits (a security decision about them)
        for fam in self.rng.sample(out, max(2, len(out) // 50)):
            fam.carer["closed_visits_only"] = True
        return out

    def build_visitor_only(self, families: list[_VisitFamily]) -> None:
        """Friends and relatives with no case; two of them banned, one waiting for approval."""
        rng, b = self.rng, self.b
        chosen = rng.sample(families, min(len(families), self.size.visitor_only))
        for n, fam in enumerate(chosen):
            dob = fam.start - timedelta(days=rng.randint(25 * 365, 70 * 365))
            visitor = b.add(Person, case_id=None, given_name=b.given_name(), family_name=b.family_name(),
                            relationship=VISITOR_ONLY_RELATIONSHIP(rng), date_of_birth=dob,
                            gender=rng.choice(("Female", "Male")), visitor_approved=True)
            if n == 0:  # banned for a while after a failed security check
                visitor["ban_reason"] = "Tried to pass an item during a visit (synthetic)."
                visitor["banned_until"] = self.today + timedelta(days=60)
                self.ban_from[visitor["id"]] = self.today - timedelta(days=rng.randint(20, 40))
            elif n == 1:  # banned with no end date
                visitor["ban_reason"] = "Threatened visitor-centre staff (synthetic)."
                self.ban_from[visitor["id"]] = max(fam.start, self.today - timedelta(days=rng.randint(60, 200)))
            elif n == 2:  # new, not yet approved: no bookings
                visitor["visitor_approved"] = False
                continue
            fam.extra.append(visitor)

    def active(self, person_id: str, on: date, word: str) -> bool:
        return any(word in r["kind"].lower() and (r["starts_on"] is None or r["starts_on"] <= on)
                   and (r["ends_on"] is None or r["ends_on"] >= on) for r in self.restrictions.get(person_id, ()))

    # bookings

    def build_bookings(self, fam: _VisitFamily) -> None:
        lo, hi = self.size.visit_gap_days
        when = fam.start + timedelta(days=0 if fam.first_future else self.rng.randint(0, hi // 2))
        while when <= fam.end:
            self.book_near(fam, when)
            when += timedelta(days=self.rng.randint(lo, hi))

    def party(self, fam: _VisitFamily, on: date, family_session: bool) -> tuple[list[dict[str, Any]], bool] | None:
        """Who comes on ``on``, lead first, and whether it must be closed; None if nobody can."""
        rng = self.rng

        def age(p: dict[str, Any]) -> int:
            return relativedelta(on, p["date_of_birth"]).years

        def can(p: dict[str, Any]) -> bool:
            ban_from = self.ban_from.get(p["id"])
            return (p.get("date_of_birth") is not None and p["date_of_birth"] <= on
                    and not (ban_from and on >= ban_from) and not self.active(p["id"], on, "ban"))

        adults = [p for p in (fam.carer, *fam.others) if can(p) and age(p) >= 18]
        extra = [p for p in fam.extra if can(p)]
        if not adults and not extra:
            return None
        lead = adults[0] if adults else extra[0]
        party = [lead] + [p for p in adults[1:] if rng.random() < 0.3]
        party += [p for p in extra if p is not lead and rng.random() < (1.0 if not adults else 0.3)]
        party = party[:3]
        if not self.active(fam.prisoner["id"], on, "child"):
            kids = [p for p in fam.children if can(p)]
            grown = [p for p in kids if age(p) >= 18]
            young = [p for p in kids if age(p) < 18 and (family_session or rng.random() < 0.75)]
            party += [p for p in grown if len(party) < 3 and rng.random() < 0.3] + young[:5]
        party = party[:6]
        closed = any(p.get("closed_visits_only") for p in party) or self.active(fam.prisoner["id"], on, "closed")
        if family_session and (closed or not any(age(p) < 18 for p in party)):
            return None
        return party, closed

    def book_near(self, fam: _VisitFamily, target: date) -> None:
        rng, today = self.rng, self.today
        month = (fam.prisoner["id"], target.replace(day=1))
        options = []
        for n in range(7):
            on = target + timedelta(days=n)
            if on > fam.end:
                break
            for template_id, family_session in self.slots.get(on, ()):
                weight = 3 if on.weekday() == 5 else 2 if family_session and fam.children else 1
                options.append((rng.random() ** (1 / weight), on, template_id, family_session))
        options.sort(reverse=True)
        for _, on, template_id, family_session in options:
            month = (fam.prisoner["id"], on.replace(day=1))
            if self.month_use.get(month, 0) >= 4 or (fam.prisoner["id"], template_id, on) in self.prisoner_slots:
                continue
            found = self.party(fam, on, family_session)
            if found is None:
                continue
            party, closed = found
            pool = 1 if closed else 0
            if self.capacity[template_id][pool] == 0:
                continue
            held = self.taken.setdefault((template_id, on), [0, 0])
            if held[pool] >= self.capacity[template_id][pool]:
                if on > today + timedelta(days=1) and rng.random() < 0.4:
                    self.booking(fam, on, template_id, party, closed, family_session, waiting=True)
                    return
                continue
            self.booking(fam, on, template_id, party, closed, family_session)
            return

    def booking(self, fam: _VisitFamily, on: date, template_id: str, party: list[dict[str, Any]], closed: bool,
                family_session: bool, waiting: bool = False, overbook: bool = False,
                plain: bool = False) -> dict[str, Any]:
        """One booking; ``plain`` keeps a future one simply booked (no random cancellation)."""
        rng, today = self.rng, self.today
        ages = [relativedelta(on, p["date_of_birth"]).years for p in party]
        visit_type = "closed" if closed else "social"
        if family_session:
            visit_type = "mother-child" if fam.female else "father-child"
        elif not closed and any(a < 1 for a in ages) and rng.random() < 0.6:
            visit_type = "new baby"
        status, reason, outcome = "booked", BOOK_REASON(rng), ""
        la_assessment = parent_support = ""
        if waiting:
            status, reason = "requested", "Added to the waiting list"
        elif on < today:
            roll = rng.random()
            if roll < 0.07:
                status, reason = "cancelled", CANCEL_REASON(rng)
            elif roll < 0.085:
                status, reason = "withdrawn", WITHDRAW_REASON(rng)
            elif roll < 0.095:
                status, reason = "rejected", REJECT_REASON(rng)
            elif on >= today - timedelta(days=7) and rng.random() < 0.3:
                outcome = ""  # not yet recorded
            else:
                outcome = OUTCOME(rng)
                banned = [self.ban_from[p["id"]] for p in party if p["id"] in self.ban_from]
                if banned and on >= banned[0] - timedelta(days=14):
                    outcome = "failed security"
        elif on > today and not plain and not overbook:
            roll = rng.random()
            if roll < 0.05:
                status, reason = "cancelled", CANCEL_REASON(rng)
            elif roll < 0.12:
                status, reason = "requested", rng.choice(("Requested by the family", "Requested by the prisoner"))
        row = self.add(Booking, prisoner_id=fam.prisoner["id"], template_id=template_id, on=on,
                       visit_type=visit_type, status=status, status_reason=reason, closed=closed,
                       waiting_list=waiting, overbooked=overbook, overbook_reason=OVERBOOK_REASON if overbook else "",
                       lead_visitor_id=party[0]["id"], outcome=outcome, la_assessment=la_assessment,
                       parent_support=parent_support, notes="")
        for p in party:
            self.add(BookingVisitor, booking_id=row["id"], person_id=p["id"])
        if status in ("requested", "booked") and not waiting:
            self.taken.setdefault((template_id, on), [0, 0])[1 if closed else 0] += 1
            self.month_use[(fam.prisoner["id"], on.replace(day=1))] = \
                self.month_use.get((fam.prisoner["id"], on.replace(day=1)), 0) + 1
            self.prisoner_slots.add((fam.prisoner["id"], template_id, on))
            if status == "booked" and outcome in ("attended", "") and on < today:
                fam.happened.append(on)
        self.bookings.append(row)
        return row

    def final_contacts(self) -> None:
        """A few final contact visits before adoption (one in the standard desk), spread over the years."""
        people = {p["id"]: p for p in self.b.rows[Person]}
        visitors: dict[str, list[str]] = {}
        for bv in self.b.rows[BookingVisitor]:
            visitors.setdefault(bv["booking_id"], []).append(bv["person_id"])
        wanted = max(1, self.size.visit_years)
        step = max(1, len(self.bookings) // wanted)
        for n in range(wanted):
            for row in self.bookings[n * step:(n + 1) * step]:
                kids = [people[i] for i in visitors[row["id"]] if people[i]["relationship"] == "child"]
                if (row["visit_type"] == "social" and row["status"] == "booked" and kids
                        and all(relativedelta(row["on"], k["date_of_birth"]).years < 5 for k in kids)):
                    row["visit_type"] = "final contact before adoption"
                    row["la_assessment"] = ("Local authority assessment (synthetic): final contact agreed "
                                            "before the adoption panel; counselling offered to the parent.")
                    row["parent_support"] = "FSW and the chaplain to see the parent straight after the visit."
                    row["notes"] = "Photograph to be taken for the child's life-story book."
                    break

    def fill_one_session(self, families: list[_VisitFamily]) -> None:
        """The open session with fewest places left one to three weeks ahead is filled, with a waiting
        list and one overbooking, so the week view shows a full session."""
        start, end = self.today + timedelta(days=7), self.today + timedelta(days=20)
        candidates = [(on, t) for on, slots in sorted(self.slots.items()) if start <= on <= end
                      for t, family in slots if not family and self.capacity[t][0] > 0]
        if not candidates:
            return
        on, template_id = min(candidates, key=lambda x: self.capacity[x[1]][0] - self.taken.get((x[1], x[0]), [0])[0])
        cap = self.capacity[template_id][0]
        waiting = overbooked = 0
        for fam in families:
            if not fam.start <= on <= fam.end or (fam.prisoner["id"], template_id, on) in self.prisoner_slots:
                continue
            if self.month_use.get((fam.prisoner["id"], on.replace(day=1)), 0) >= 4:
                continue
            found = self.party(fam, on, False)
            if found is None or found[1]:
                continue
            held = self.taken.setdefault((template_id, on), [0, 0])
            if held[0] < cap:
                self.booking(fam, on, template_id, found[0], False, False, plain=True)
            elif overbooked == 0:
                self.booking(fam, on, template_id, found[0], False, False, overbook=True)
                overbooked += 1
            elif waiting < 2:
                self.booking(fam, on, template_id, found[0], False, False, waiting=True)
                waiting += 1
            else:
                break

    # family days

    def build_family_days(self, families: list[_VisitFamily]) -> None:
        rng, today = self.rng, self.today
        every = self.size.family_day_every
        dates = []
        on = self.first + timedelta(days=every // 2)
        while on < today - timedelta(days=7):
            dates.append(on + timedelta(days=(5 - on.weekday()) % 7))
            on += timedelta(days=every + rng.randint(-10, 10))
        upcoming = today + timedelta(days=35 + (5 - (today + timedelta(days=35)).weekday()) % 7)
        dates.append(upcoming)
        kinds = ("general", "father-and-baby", "general", "adult children")
        attended_days: dict[str, int] = {}
        for n, on in enumerate(dates):
            kind = "general" if on == upcoming else kinds[n % len(kinds)]
            spec = {"general": (12, 40, None, None), "father-and-baby": (8, 20, 0, 2),
                    "adult children": (8, 20, 18, None)}[kind]
            past = on < today
            day = self.add(FamilyDay, on=on, kind=kind,
                           title={"general": "Family day", "father-and-baby": "Father and baby day",
                                  "adult children": "Adult children's day"}[kind] + f" {on:%B %Y}",
                           capacity_families=spec[0], capacity_people=spec[1], min_age=spec[2], max_age=spec[3],
                           clearance_deadline=on - timedelta(days=21), place="Sports hall (synthetic)",
                           programme=FAMILY_DAY_PROGRAMME[kind], status="held" if past else "planned",
                           feedback=rng.choice(DAY_FEEDBACK) if past else "")
            requests = []
            for fam in families:
                if past and (not fam.start <= on <= fam.end or fam.first_future):
                    continue
                if not past and fam.end < self.last:  # released or moved on before the day
                    continue
                people = self.day_people(fam, on, kind, spec[2], spec[3])
                if people is None or rng.random() < (0.45 if past else 0.3):
                    continue
                requested_on = on - timedelta(days=rng.randint(20, 60))
                seen = [d for d in fam.happened if d < requested_on]
                done = attended_days.get(fam.prisoner["id"], 0)
                row = self.add(FamilyDayRequest, family_day_id=day["id"], prisoner_id=fam.prisoner["id"],
                               case_id=fam.prisoner["case_id"], requested_on=requested_on,
                               first_time=not seen and done == 0,
                               weeks_since_visit=(requested_on - seen[-1]).days // 7 if seen else None,
                               relationship_repair=rng.random() < 0.2, attended_before=done, override_score=None,
                               override_reason="", status="requested", attended=None, feedback="")
                if rng.random() < 0.04:
                    row["override_score"] = 80
                    row["override_reason"] = "Child's birthday that weekend; agreed with the head of security."
                ages = [relativedelta(on, p["date_of_birth"]).years for p in people]
                requests.append((row, people, priority(SimpleNamespace(**row), ages, on).effective))
            requests.sort(key=lambda r: (-r[2], r[0]["requested_on"], r[0]["id"]))
            for row, people, _ in requests:
                for p in people:
                    cleared = "cleared" if rng.random() < 0.96 else "refused"
                    self.add(FamilyDayAttendee, request_id=row["id"], person_id=p["id"],
                             clearance=cleared if past else "pending", photo_consent=past and rng.random() < 0.85,
                             attended=None)
            if not past:
                continue  # the upcoming day's requests await allocation
            given, waiting, _, _ = fit_places([(r, len(p)) for r in requests for p in (r[1],)], spec[0], spec[1])
            for row, _, _ in waiting:
                row["status"] = "waiting"
            for row, _, _ in given:
                row["status"] = "allocated"
                came = rng.random() < 0.9
                row["attended"], row["feedback"] = came, rng.choice(FAMILY_DAY_FEEDBACK) if came else ""
                if came:
                    attended_days[row["prisoner_id"]] = attended_days.get(row["prisoner_id"], 0) + 1
            by_request = {row["id"]: row for row, _, _ in given}
            for a in self.b.rows[FamilyDayAttendee]:
                request = by_request.get(a["request_id"])
                if request is not None:
                    a["attended"] = bool(request["attended"]) and a["clearance"] == "cleared"

    def day_people(self, fam: _VisitFamily, on: date, kind: str, min_age: int | None,
                   max_age: int | None) -> list[dict[str, Any]] | None:
        def age(p: dict[str, Any]) -> int:
            return relativedelta(on, p["date_of_birth"]).years

        kids = [p for p in fam.children if p["date_of_birth"] is not None and p["date_of_birth"] <= on]
        if min_age is not None or max_age is not None:
            kids = [p for p in kids
                    if (min_age is None or age(p) >= min_age) and (max_age is None or age(p) <= max_age)]
            if not kids:
                return None
        if any(age(p) < 18 for p in kids) and self.active(fam.prisoner["id"], on, "child"):
            return None
        carer = fam.carer
        adults = [] if kind == "adult children" or self.active(carer["id"], on, "ban") else [carer]
        people = adults + kids
        return people if people and any(age(p) >= 18 for p in people) else None


# --- prisoners' applications -----------------------------------------------------------------

APP_KIND = Pick([("contact my family", 30), ("arrange a visit", 26), ("family day place", 10),
                 ("worry about a child", 9), ("find my family", 7), ("explain a refusal", 8),
                 ("course or programme", 6), ("other", 4)])
APP_ROUTE = Pick([("applications box", 48), ("family support box on the wing", 30), ("via an officer", 11),
                  ("via a peer", 7), ("in person", 4)])
APP_ACK_DAYS = Pick([(0, 35), (1, 57), (2, 6), (3, 2)])  # working days from receipt to acknowledgement
APP_RESPONSE_DAYS = Pick([(1, 30), (2, 34), (3, 26), (4, 4), (5, 3), (6, 2), (8, 1)])  # ~10% late (over 3)
APP_WORDS = {
    "contact my family": (
        "Please can you ring {carer} and tell her I am OK. My phone credit has run out.",
        "I have not heard from {carer} for three weeks. Can you check she is alright?",
        "Can you ask {carer} to put my number on her phone so I can call {child}?",
        "It is {child}'s birthday on Saturday. Please can you let them know I am thinking of them.",
        "I sent a letter to {carer} but it came back. Can you check her address for me?",
    ),
    "arrange a visit": (
        "I would like a visit with {carer} and {child} please. Weekends are best for them.",
        "Can you help {carer} book a visit? She says the phone line is always busy.",
        "Please can I have a family visit before {child} goes back to school.",
        "My visit last week was cancelled. Can we get another one booked?",
    ),
    "find my family": (
        "I have lost touch with my brother. Can you help me find him?",
        "I want to get back in contact with {child}. I do not know where they live now.",
        "My mum has moved and I do not have her new address. Can you help?",
    ),
    "explain a refusal": (
        "Why was my visit with {carer} refused? Nobody has told me.",
        "My application for a family day was turned down. Can you tell me why?",
        "{carer} was turned away at the gate. I want to know what happened.",
    ),
    "family day place": (
        "Please put me down for the next family day with {child}.",
        "Can {carer} and the kids come to the family day? It would mean a lot.",
        "I missed the last family day. Can I go on the next one?",
    ),
    "worry about a child": (
        "{carer} says {child} is not going to school. Can someone check on them?",
        "I am worried about {child}. They sounded upset on the phone.",
        "{child} is being picked on at school because I am in here. What can I do?",
    ),
    "course or programme": (
        "Is there a parenting course I can go on?",
        "Can I do the storybook dads course so I can record a story for {child}?",
        "I want to do a family relationships course. How do I sign up?",
    ),
    "other": (
        "Can I send a birthday card to {child} through you?",
        "I need help filling in a form for {carer}'s travel costs.",
        "Can I have some information about support for families when I get out?",
    ),
}
APP_RESPONSE = {
    "contact my family": ("I rang {carer} and passed on your message. She sends her love.",
                          "I spoke to {carer}. She will write to you this week.",
                          "I checked the address with {carer} and have passed it to the post room."),
    "arrange a visit": ("A visit is booked for you with {carer}. You will get a slip with the date.",
                        "I helped {carer} book a visit. She will confirm the date with you."),
    "find my family": ("I have made a first enquiry and will let you know what I hear.",
                       "I wrote to the address we have. I will tell you if they reply."),
    "explain a refusal": ("I asked the visits team. The refusal was about paperwork, which is now sorted.",
                          "I checked with the visits team and explained it to you on the wing."),
    "family day place": ("You are on the list for the next family day. We will confirm places soon.",
                         "I have put your name forward for the next family day."),
    "worry about a child": ("I spoke to {carer} and to the school. {child} has support in place.",
                            "I rang {carer}. {child} is seeing the school mentor each week."),
    "course or programme": ("You are on the waiting list for the parenting course.",
                            "I have passed your name to the course leader."),
    "other": ("I have sent the card on for you.", "I have sent you the form and will help you fill it in."),
}
APP_OUTCOME = {
    "contact my family": "Message passed on", "arrange a visit": "Visit booked",
    "find my family": "Enquiry made", "explain a refusal": "Reason explained",
    "family day place": "Put forward for a place", "worry about a child": "Checked on the child",
    "course or programme": "Put on the waiting list", "other": "Done",
}
APP_BAD_NEWS = (
    ("Your family do not want contact at the moment. I am sorry. We can talk about this on the wing.",
     "Family do not want contact"),
    ("I am sorry, the refusal stands. We can talk it through in person.", "Refusal upheld"),
    ("There are no family day places left this time. I am sorry.", "No place this time"),
)
APP_DECLINE = (
    ("We cannot help with this. Please ask your wing officer.", "Not something we can help with"),
    ("You asked for this last week and it is already in hand.", "Duplicate application"),
    ("We cannot pass messages to this person.", "Contact not permitted"),
)
APP_FORWARD = {
    "course or programme": "Education department (synthetic)",
    "explain a refusal": "Visits team (synthetic)",
    "worry about a child": "Safer Custody (synthetic)",
}
APP_FORWARD_OTHER = ("Offender Management Unit (synthetic)", "Chaplaincy (synthetic)", "Visits team (synthetic)")


class _ApplicationBuilder:
    """A year (standard) or five years (large) of prisoners' applications, with one event per status
    change. Most are acknowledged the next working day and answered within three; about one in ten is
    late; a handful are still open and overdue, and a few are due today. Its own Random keeps the rows
    above unchanged by anything here."""

    def __init__(self, b: _Builder) -> None:
        self.b, self.size, self.today = b, b.size, b.today
        self.rng = random.Random(f"fsw-demo-applications-{b.rng.random()}")
        self.first = self.today - timedelta(days=365 * self.size.application_years)
        self.holidays = load_holidays()
        self.memo: dict[tuple[date, int], date] = {}
        self.by_month: dict[tuple[int, int], list[tuple[date, date, dict[str, Any], dict[str, Any], list]]] = {}

    def wd(self, d: date, n: int) -> date:
        key = (d, n)
        if key not in self.memo:
            self.memo[key] = add_working_days(d, n, self.holidays)
        return self.memo[key]

    def build(self) -> None:
        if self.size.applications <= 0:
            return
        self.prisoners()
        rng, today = self.rng, self.today
        span = (today - self.first).days
        dates = []
        for _ in range(self.size.applications):
            d = self.first + timedelta(days=rng.randint(1, span))
            if d.weekday() >= 5 and rng.random() < 0.85:  # the boxes are emptied on weekdays
                monday = d + timedelta(days=7 - d.weekday())
                d = monday if monday <= today else d - timedelta(days=d.weekday() - 4)
            dates.append(d)
        dates.sort()
        # a few due today: received so that the response (or acknowledgement) falls due today
        extra_due: list[tuple[date, str]] = []
        if today.weekday() < 5 and today not in self.holidays:
            for n, hold in ((3, "in progress"), (3, "acknowledged"), (1, "received")):
                d = today - timedelta(days=1)
                while d > today - timedelta(days=14) and self.wd(d, n) != today:
                    d -= timedelta(days=1)
                if self.wd(d, n) == today:
                    extra_due.append((d, hold))
        # a handful still open and overdue
        overdue = max(5, self.size.applications // (50 * self.size.application_years))
        stuck: list[tuple[date, str]] = []
        for _ in range(overdue):
            d = self.wd(today - timedelta(days=rng.randint(6, 30)), 0)
            stuck.append((d, rng.choice(("received", "acknowledged", "in progress", "in progress"))))
        plans = [(d, None) for d in dates] + extra_due + stuck
        plans.sort(key=lambda p: p[0])
        for d, hold in plans:
            self.application(d, hold)

    def prisoners(self) -> None:
        b = self.b
        members: dict[str, list[dict[str, Any]]] = {}
        for p in b.rows[Person]:
            if p["case_id"]:
                members.setdefault(p["case_id"], []).append(p)
        for case in b.rows[Case]:
            people = members.get(case["id"], [])
            if not people or not people[0].get("is_prisoner") or people[0].get("establishment") != ESTABLISHMENT:
                continue
            prisoner = people[0]
            start = case["referral_date"] - timedelta(days=30)
            end = case.get("closed_on") or self.today
            if prisoner.get("expected_release") and prisoner["expected_release"] > start:
                end = min(end, prisoner["expected_release"] - timedelta(days=1))
            start, end = max(start, self.first), min(end, self.today)
            if start > end:
                continue
            carer = people[1] if len(people) > 1 else None
            children = [p for p in people[1:] if p["relationship"] == "child"]
            m = date(start.year, start.month, 1)
            while m <= end:
                self.by_month.setdefault((m.year, m.month), []).append((start, end, prisoner, carer, children))
                m = (m + timedelta(days=32)).replace(day=1)

    def who(self, d: date) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list]:
        found = [c for c in self.by_month.get((d.year, d.month), ()) if c[0] <= d <= c[1]]
        if not found:
            return None, None, []
        _, _, prisoner, carer, children = self.rng.choice(found)
        return prisoner, carer, children

    def at(self, on: date, after: datetime | None) -> datetime:
        t = datetime.combine(on, time(9, 0)) + timedelta(minutes=self.rng.randint(0, 7 * 60))
        if after is not None and t <= after:
            t = after + timedelta(minutes=self.rng.randint(5, 90))
        return t

    def application(self, d: date, hold: str | None) -> None:
        rng, b, today = self.rng, self.b, self.today
        prisoner, carer, children = self.who(d)
        kind, route = APP_KIND(rng), APP_ROUTE(rng)
        names = {"carer": carer["given_name"] if carer else "my partner",
                 "child": rng.choice(children)["given_name"] if children else "my son"}
        if prisoner is None or rng.random() < 0.03:  # a prisoner not yet on file
            number = ""
            while not number or number in b.prison_numbers:
                number = (rng.choice(PRISON_LETTERS) + f"{rng.randint(1000, 9999)}" + rng.choice(PRISON_LETTERS)
                          + rng.choice(PRISON_LETTERS))
            b.prison_numbers.add(number)
            row_who = dict(prisoner_id=None, case_id=None, prison_number=number,
                           prisoner_name=f"{rng.choice(GIVEN_HEADS)}{rng.choice(GIVEN_TAILS)} "
                                         f"{rng.choice(FAMILY_HEADS)}{rng.choice(FAMILY_TAILS)}")
            names = {"carer": "my partner", "child": "my daughter"}
            dnd = False
        else:
            row_who = dict(prisoner_id=prisoner["id"], case_id=prisoner["case_id"],
                           prison_number=prisoner["prison_number"],
                           prisoner_name=f"{prisoner['given_name']} {prisoner['family_name']}")
            dnd = bool(carer and carer.get("do_not_disclose"))
        received_at = datetime.combine(d, time(8, 0)) + timedelta(minutes=rng.randint(0, 8 * 60 + 30))
        if received_at.date() == today:
            received_at = datetime.combine(d, time(8, 0)) + timedelta(minutes=rng.randint(0, 60))
        app = b.add(Application, received_at=received_at, route=route, kind=kind,
                    words=rng.choice(APP_WORDS[kind]).format(**names), status="received",
                    internal_notes="Demonstration record (synthetic).", **row_who)
        events = [("", "received", received_at, "")]

        def move(to: str, on: date, note: str = "") -> None:
            events.append((app["status"], to, self.at(on, events[-1][2]), note))
            app["status"] = to
            if to == "acknowledged":
                app["acknowledged_on"] = on
            elif to in ("responded", "declined"):
                app["responded_on"] = on
                app["acknowledged_on"] = app.get("acknowledged_on") or on
            elif to == "forwarded":
                app["forwarded_on"] = on
                app["acknowledged_on"] = app.get("acknowledged_on") or on
            elif to == "closed":
                app["closed_on"] = on

        ack_on = self.wd(d, APP_ACK_DAYS(rng))
        if hold is not None:  # kept open on purpose (overdue or due today)
            if hold != "received" and ack_on <= today:
                move("acknowledged", min(ack_on, today), "Acknowledgement slip sent")
                if hold == "in progress":
                    move("in progress", min(self.wd(ack_on, 0), today), "Looking into it")
            self.finish(app, events)
            return
        r = rng.random()
        ending = ("declined" if dnd and kind in ("contact my family", "arrange a visit")
                  else "forwarded" if r < 0.08 + (0.25 if kind in APP_FORWARD else 0) * 0.5
                  else "declined" if r < 0.16 else "responded")
        answer_on = self.wd(d, max(APP_RESPONSE_DAYS(rng), 1))
        if ending != "responded" and rng.random() < 0.3:  # straight from received
            ack_on = answer_on
        else:
            if ack_on > today:
                self.finish(app, events)
                return
            move("acknowledged", ack_on, "Acknowledgement slip sent")
            answer_on = max(answer_on, ack_on)
            if ending == "responded" and rng.random() < 0.4 and self.wd(ack_on, 0) < answer_on:
                on = self.wd(ack_on, 1) if self.wd(ack_on, 1) <= answer_on else ack_on
                if on > today:
                    self.finish(app, events)
                    return
                move("in progress", on, "Looking into it")
        if answer_on > today:
            self.finish(app, events)
            return
        if ending == "forwarded":
            app["forwarded_to"] = APP_FORWARD.get(kind) if kind in APP_FORWARD and rng.random() < 0.7 \
                else rng.choice(APP_FORWARD_OTHER)
            app["outcome"] = "Passed on"
            app["response"] = f"I have passed your application to the {app['forwarded_to'].split(' (')[0]}."
            move("forwarded", answer_on, f"passed to {app['forwarded_to']}")
        elif ending == "declined":
            response, outcome = APP_DECLINE[2] if dnd else rng.choice(APP_DECLINE[:2])
            app["response"], app["outcome"], app["bad_news"] = response, outcome, dnd
            move("declined", answer_on, outcome)
        else:
            if rng.random() < 0.04:
                response, outcome = rng.choice(APP_BAD_NEWS)
                app["bad_news"] = True
            else:
                response, outcome = rng.choice(APP_RESPONSE[kind]).format(**names), APP_OUTCOME[kind]
            app["response"], app["outcome"] = response, outcome
            move("responded", answer_on, "response recorded")
        closed_on = answer_on + timedelta(days=rng.randint(3, 30))
        if closed_on <= today - timedelta(days=3) and rng.random() < 0.6:
            move("closed", self.wd(closed_on, 0) if self.wd(closed_on, 0) <= today else answer_on)
        self.finish(app, events)

    def finish(self, app: dict[str, Any], events: list[tuple[str, str, datetime, str]]) -> None:
        for status_from, status_to, at, note in events:
            self.b.add(ApplicationEvent, application_id=app["id"], at=at, who=self.b.worker,
                       status_from=status_from, status_to=status_to, note=note)


def populate(db: Database, size: str = "standard", seed: int = 1, today: date | None = None,
             progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty profile with made-up casework; returns rows added per table (and changes)."""
    report = reporter(progress)
    if size not in SIZES:
        raise InputRefused(f"Size must be one of: {', '.join(SIZES)}.")
    today = today or date.today()
    with open_session(db) as session:
        if session.execute(select(func.count()).select_from(Case)).scalar():
            raise InputRefused("This profile already has cases; demonstration data only goes into an empty profile.")
        ctx = session.info["changes"]
        report(2, "Planning the demonstration desk")
        builder = _Builder(seed, today, SIZES[size], ctx.who)
        builder.build(report)
        refs = RefMaker(session, random.Random(f"fsw-demo-refs-{seed}"))
        counts: dict[str, int] = {}
        changes = 0
        for n, model in enumerate(ORDER):
            report(50 + 45 * n // len(ORDER), f"Saving {model.__tablename__.replace('_', ' ')}")
            rows = builder.rows[model]
            counts[model.__tablename__] = bulk_insert(session, model, rows, ctx, refs)
            changes += len(rows)
        counts["changes"] = changes
        audit.record(session, "demo data added", detail=f"{size}, seed {seed}")
        report(97, "Saving")
        session.commit()
    report(100, "Demonstration data ready")
    return counts

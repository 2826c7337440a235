"""The demo's invented names, weights and short notes: every word the synthetic caseload is made of."""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, Sequence, TypeVar


from ..models.applications import Application, ApplicationEvent
from ..models.base import Travelling
from ..models.cases import Assessment, Case, Concern, Contact, Goal, Need, OnwardReferral, Score, Task
from ..models.directory import Agency
from ..models.people import Consent, Person, Restriction
from ..models.visits import (
    BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest, SessionTemplate,
)
from ..services.desk.vocab import (CARER_TYPES, ETHNICITIES, FAILED_ATTEMPT, OUTCOMES, REFERRAL_SOURCES)



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
    "Access to/use of inclusive resources in community": 3, "Build community capacity to meet children's needs": 1,
    "Reduced parental stress": 34, "Parent confidence/resilience": 7, "Parent self-esteem": 6,
    "Increased parent-child contact": 19, "Enhanced parent/carer-child relationship": 15,
    "Improved family communication": 6, "Able to develop healthy/trusting relationships": 3,
    "Child self-esteem": 16, "Mental health and wellbeing": 3,
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



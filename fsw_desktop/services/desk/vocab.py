"""The fixed lists the service works with, in one place so forms, reports and the demo agree.

Each list names its source in the five documents under ``seeds/`` (see
``domain.md``): 000 is the CSOF evaluation, 001 the commissioning guide, 002 the
i-HOP toolkit, 003 the in-prison service lessons, 004 the regional guidance.
Stored values are these exact strings, so change a spelling only with a
migration that rewrites the rows.
"""

from __future__ import annotations

# Relationship of a family member to the offender (domain brief, "The case and the people in it").
# The prisoner is not a relationship: a prisoner row has is_prisoner=True and PRISONER_RELATIONSHIP.
RELATIONSHIPS: tuple[str, ...] = (
    "partner",
    "ex-partner",
    "child",
    "step-parent",
    "grandparent carer",
    "sibling",
    "new partner",
    "other",
)
PRISONER_RELATIONSHIP = "self"

# Who referred the family, with 000 Table 2's counts as weights (79 families). "Prison family
# service" joins the table's two in-prison family services (PACT 7 + Barnardo's 4). The last five
# are the in-prison routes of 003 §4-6; their weights are our guess, kept small.
REFERRAL_SOURCES: tuple[tuple[str, int], ...] = (
    ("Probation", 25),
    ("Self", 12),
    ("Children's services/family support", 11),
    ("Prison family service", 11),
    ("School", 4),
    ("Substance misuse agency", 3),
    ("Police", 3),
    ("Youth Offending Team", 3),
    ("Health visitor", 1),
    ("CAMHS", 1),
    ("Housing", 1),
    ("Not recorded", 4),
    ("Prison officer", 3),
    ("Induction peer", 2),
    ("Listener", 1),
    ("Chaplaincy", 1),
    ("Applications box", 3),
)
REFERRAL_SOURCE_NAMES: tuple[str, ...] = tuple(name for name, _ in REFERRAL_SOURCES)

# Counted by gender in supervisors' and commissioners' reports (domain brief).
GENDERS: tuple[str, ...] = ("Female", "Male", "Non-binary", "Other", "Not recorded")

# The 2021 census (England and Wales) ethnic groups, "Group: detail", plus a way to say not recorded.
ETHNICITIES: tuple[str, ...] = (
    "Asian: Bangladeshi",
    "Asian: Chinese",
    "Asian: Indian",
    "Asian: Pakistani",
    "Asian: Other Asian",
    "Black: African",
    "Black: Caribbean",
    "Black: Other Black",
    "Mixed: White and Asian",
    "Mixed: White and Black African",
    "Mixed: White and Black Caribbean",
    "Mixed: Other Mixed or Multiple",
    "White: English, Welsh, Scottish, Northern Irish or British",
    "White: Irish",
    "White: Gypsy or Irish Traveller",
    "White: Roma",
    "White: Other White",
    "Other: Arab",
    "Other: Any other ethnic group",
    "Not recorded/declined",
)

# Children's age bands used in reports (domain brief, from 000's demographic tables); inclusive years.
AGE_BANDS: tuple[tuple[int, int], ...] = ((0, 4), (5, 10), (11, 16), (17, 18))

# Who cares for a child while the parent is inside (domain brief).
CARER_TYPES: tuple[str, ...] = ("other parent", "kinship carer", "foster care", "looked after", "care proceedings")

# The offender's order and offence (domain brief, from 000 §4.1's offender data).
SENTENCE_TYPES: tuple[str, ...] = ("prison", "community", "licence", "remand")
OFFENCE_CATEGORIES: tuple[str, ...] = ("acquisitive", "drugs", "violent", "sexual", "motoring", "robbery", "other")
INVOLVEMENT_LEVELS: tuple[str, ...] = ("supported directly", "limited contact", "none")

CASE_STATUSES: tuple[str, ...] = ("open", "closed", "handed over")
ASSESSMENT_KINDS: tuple[str, ...] = ("initial", "follow-up", "final")
# The derived working stage (services.casework.stage), in lifecycle order.
STAGES: tuple[str, ...] = ("new", "assessed", "planned", "active", "review due", "closed")

# Kinds of contact (domain brief); a failed attempt is logged too, because families are lost
# when first contact is slow (000 §4.1).
CONTACT_TYPES: tuple[str, ...] = (
    "One-to-one with parent",
    "One-to-one with child",
    "One-to-one with child in school",
    "Joint parent-child session",
    "Home visit",
    "Group session",
    "Accompanied appointment",
    "Liaison with prison",
    "Liaison with Offender Manager",
    "CAF/TAF meeting",
    "Phone call",
    "Letter",
    "Failed attempt",
)
FAILED_ATTEMPT = "Failed attempt"
# The kinds of contact that reach the family itself. Only these count as first or last contact
# with the family (time from referral to first contact, "Not yet contacted", the no-contact
# warning, the stage "active"): liaison with the prison or the Offender Manager and a CAF/TAF
# meeting are work *about* the family, and counting them would make a family look reached when
# nobody has spoken to them (000 §4.1: families are lost when first contact is slow). "Imported
# contact" is the caseload import's stand-in for a spreadsheet's first and last contact dates,
# which are contacts with the family (services.caseload_import.IMPORTED_CONTACT).
FAMILY_CONTACT_TYPES: frozenset[str] = frozenset({
    "One-to-one with parent",
    "One-to-one with child",
    "One-to-one with child in school",
    "Joint parent-child session",
    "Home visit",
    "Group session",
    "Accompanied appointment",
    "Phone call",
    "Letter",
    "Imported contact",
})

# Needs found at assessment: the practical areas of 001 §8.3.4.2, then the four family and
# relationship needs of 001 §8.2.
PRACTICAL_NEED_AREAS: tuple[str, ...] = (
    "Housing",
    "Finance and debt",
    "Employment and training",
    "Parenting",
    "Mental and physical health",
    "Substance misuse",
    "Domestic abuse",
)
FAMILY_NEED_TYPES: tuple[str, ...] = (
    "Maintaining relationships",
    "Parenting and relationship skills",
    "Transformational family work",
    "Practical and emotional family support",
)
NEED_AREAS: tuple[str, ...] = PRACTICAL_NEED_AREAS + FAMILY_NEED_TYPES
NEED_NATURES: tuple[str, ...] = ("practical", "emotional")
NEED_TERMS: tuple[str, ...] = ("short", "long")

# Outcomes scored 1-5 (000 §2.3 and Table 4): (group, outcome, what 1 and 5 look like).
# Table 4 has "Improved self-esteem" under both parents and children; a score stores only the
# outcome name, so they are told apart here as parent and child self-esteem.
OUTCOMES: tuple[tuple[str, str, str], ...] = (
    ("Voices heard", "Ability to express feelings",
     "1: cannot say how they feel; 5: talks about feelings readily"),
    ("Voices heard", "Views voiced and acted on",
     "1: views never asked or ignored; 5: views asked and acted on"),
    ("Isolation and stigma", "Access to support services",
     "1: no services in reach; 5: uses the services needed"),
    ("Isolation and stigma", "Reduced victimisation/discrimination",
     "1: targeted often; 5: no longer targeted"),
    ("Isolation and stigma", "Satisfactory school attendance",
     "1: rarely attends; 5: attends regularly"),
    ("Isolation and stigma", "Family less isolated",
     "1: no one to turn to; 5: good network of support"),
    ("Isolation and stigma", "Access to/use of inclusive resources in community",
     "1: uses nothing in the community; 5: uses inclusive community resources"),
    ("Isolation and stigma", "Build community capacity to meet children's needs",
     "1: no local help for the children; 5: local services meet the children's needs"),
    ("Parenting capacity", "Reduced parental stress",
     "1: overwhelmed; 5: coping well"),
    ("Parenting capacity", "Parent confidence/resilience",
     "1: no confidence as a parent; 5: confident and resilient"),
    ("Parenting capacity", "Parent self-esteem",
     "1: very low self-worth; 5: positive about self"),
    ("Contact and relationships", "Increased parent-child contact",
     "1: no contact; 5: regular contact that suits the child"),
    ("Contact and relationships", "Enhanced parent/carer-child relationship",
     "1: relationship in crisis; 5: warm and stable"),
    ("Contact and relationships", "Improved family communication",
     "1: family cannot talk together; 5: talks openly"),
    ("Contact and relationships", "Able to develop healthy/trusting relationships",
     "1: cannot trust or relate to others; 5: forms healthy, trusting relationships"),
    ("Child confidence", "Child self-esteem",
     "1: very low self-worth; 5: positive about self"),
    ("Child confidence", "Mental health and wellbeing",
     "1: serious distress; 5: settled and well"),
    ("Child confidence", "Social skills",
     "1: withdrawn or in conflict; 5: gets on well with others"),
)
OUTCOME_GROUPS: tuple[str, ...] = tuple(dict.fromkeys(group for group, _, _ in OUTCOMES))
OUTCOME_NAMES: tuple[str, ...] = tuple(name for _, name, _ in OUTCOMES)
SCORE_RANGE: tuple[int, int] = (1, 5)

# Support given, by type (000 §3.3).
INTERVENTION_TYPES: tuple[str, ...] = (
    "Therapeutic work: whole family",
    "Therapeutic work: parent",
    "Therapeutic work: child",
    "Service/CAF coordination",
    "Housing",
    "Parenting advice",
    "Household items",
    "Health",
    "Group work",
    "Financial help: debts, benefits, grants",
    "Facilitating prison visits or contact",
    "Parental contact with schools",
    "Work, training, volunteering",
    "Childcare",
    "Activities and community integration",
    "Leisure",
)

# Partner-agency groups of 000 Appendix 4.
AGENCY_CATEGORIES: tuple[str, ...] = (
    "Probation",
    "Courts",
    "Police",
    "Prisons",
    "Youth justice",
    "Children and family services",
    "Young people",
    "Education and employment",
    "Adult services",
    "Community",
    "Advice",
    "Domestic violence",
    "Health",
    "Housing",
    "Substance misuse",
    "Victims",
)

# Why a case closed (000 §4.1 reports planned and unplanned endings).
CLOSURE_REASONS: tuple[str, ...] = (
    "Goals achieved",
    "Prisoner released and support ended",
    "Transferred to another service",
    "Family declined further support",
    "Lost contact",
    "Moved out of area",
    "Prisoner transferred",
    "Other",
)

# The case's consent to the service holding and sharing its information (004 rec 7; 000 §4.2.2).
CONSENT_STATUSES: tuple[str, ...] = ("not asked", "given", "partial", "refused", "withdrawn")
CONSENT_METHODS: tuple[str, ...] = ("verbal", "written", "signed form")

# Bars on contact (domain brief; visits rules of 001 §10).
RESTRICTION_KINDS: tuple[str, ...] = (
    "No contact with children (public protection)",
    "No contact with named person",
    "Supervised contact only",
    "Closed visits",
    "Banned from visiting",
    "Restraining order",
)

"""The fixed lists the service works with, in one place so forms, reports and the demo agree.

Each list names its source in the five documents under ``seeds/`` (see
``domain.md``): 000 is the CSOF evaluation, 001 the commissioning guide, 002 the
i-HOP toolkit, 003 the in-prison service lessons, 004 the regional guidance.
Stored values are these exact strings, so change a spelling only with a
migration that rewrites the rows.
"""

from __future__ import annotations
from collections.abc import Iterable

from ...words import QT_TRANSLATE_NOOP, tr

# Relationship of a family member to the offender (domain brief, "The case and the people in it").
# The prisoner is not a relationship: a prisoner row has is_prisoner=True and PRISONER_RELATIONSHIP.
RELATIONSHIPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "partner"),
    QT_TRANSLATE_NOOP("", "ex-partner"),
    QT_TRANSLATE_NOOP("", "child"),
    QT_TRANSLATE_NOOP("", "step-parent"),
    QT_TRANSLATE_NOOP("", "grandparent carer"),
    QT_TRANSLATE_NOOP("", "sibling"),
    QT_TRANSLATE_NOOP("", "new partner"),
    QT_TRANSLATE_NOOP("", "other"),
)
PRISONER_RELATIONSHIP = QT_TRANSLATE_NOOP("", "self")

# Who referred the family, with 000 Table 2's counts as weights (79 families). "Prison family
# service" joins the table's two in-prison family services (PACT 7 + Barnardo's 4). The last five
# are the in-prison routes of 003 §4-6; their weights are our guess, kept small.
REFERRAL_SOURCES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("", "Probation"), 25),
    (QT_TRANSLATE_NOOP("", "Self"), 12),
    (QT_TRANSLATE_NOOP("", "Children's services/family support"), 11),
    (QT_TRANSLATE_NOOP("", "Prison family service"), 11),
    (QT_TRANSLATE_NOOP("", "School"), 4),
    (QT_TRANSLATE_NOOP("", "Substance misuse agency"), 3),
    (QT_TRANSLATE_NOOP("", "Police"), 3),
    (QT_TRANSLATE_NOOP("", "Youth Offending Team"), 3),
    (QT_TRANSLATE_NOOP("", "Health visitor"), 1),
    (QT_TRANSLATE_NOOP("", "CAMHS"), 1),
    (QT_TRANSLATE_NOOP("", "Housing"), 1),
    (QT_TRANSLATE_NOOP("", "Not recorded"), 4),
    (QT_TRANSLATE_NOOP("", "Prison officer"), 3),
    (QT_TRANSLATE_NOOP("", "Induction peer"), 2),
    (QT_TRANSLATE_NOOP("", "Listener"), 1),
    (QT_TRANSLATE_NOOP("", "Chaplaincy"), 1),
    (QT_TRANSLATE_NOOP("", "Applications box"), 3),
)
REFERRAL_SOURCE_NAMES: tuple[str, ...] = tuple(name for name, _ in REFERRAL_SOURCES)

# Counted by gender in supervisors' and commissioners' reports (domain brief).
GENDERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Female"),
    QT_TRANSLATE_NOOP("", "Male"),
    QT_TRANSLATE_NOOP("", "Non-binary"),
    QT_TRANSLATE_NOOP("", "Other"),
    QT_TRANSLATE_NOOP("", "Not recorded"),
)

# The 2021 census (England and Wales) ethnic groups, "Group: detail", plus a way to say not recorded.
ETHNICITIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Asian: Bangladeshi"),
    QT_TRANSLATE_NOOP("", "Asian: Chinese"),
    QT_TRANSLATE_NOOP("", "Asian: Indian"),
    QT_TRANSLATE_NOOP("", "Asian: Pakistani"),
    QT_TRANSLATE_NOOP("", "Asian: Other Asian"),
    QT_TRANSLATE_NOOP("", "Black: African"),
    QT_TRANSLATE_NOOP("", "Black: Caribbean"),
    QT_TRANSLATE_NOOP("", "Black: Other Black"),
    QT_TRANSLATE_NOOP("", "Mixed: White and Asian"),
    QT_TRANSLATE_NOOP("", "Mixed: White and Black African"),
    QT_TRANSLATE_NOOP("", "Mixed: White and Black Caribbean"),
    QT_TRANSLATE_NOOP("", "Mixed: Other Mixed or Multiple"),
    QT_TRANSLATE_NOOP("", "White: English, Welsh, Scottish, Northern Irish or British"),
    QT_TRANSLATE_NOOP("", "White: Irish"),
    QT_TRANSLATE_NOOP("", "White: Gypsy or Irish Traveller"),
    QT_TRANSLATE_NOOP("", "White: Roma"),
    QT_TRANSLATE_NOOP("", "White: Other White"),
    QT_TRANSLATE_NOOP("", "Other: Arab"),
    QT_TRANSLATE_NOOP("", "Other: Any other ethnic group"),
    QT_TRANSLATE_NOOP("", "Not recorded/declined"),
)

# Children's age bands used in reports (domain brief, from 000's demographic tables); inclusive years.
AGE_BANDS: tuple[tuple[int, int], ...] = ((0, 4), (5, 10), (11, 16), (17, 18))

# Who cares for a child while the parent is inside (domain brief).
CARER_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "other parent"),
    QT_TRANSLATE_NOOP("", "kinship carer"),
    QT_TRANSLATE_NOOP("", "foster care"),
    QT_TRANSLATE_NOOP("", "looked after"),
    QT_TRANSLATE_NOOP("", "care proceedings"),
)

# The offender's order and offence (domain brief, from 000 §4.1's offender data).
SENTENCE_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "prison"),
    QT_TRANSLATE_NOOP("", "community"),
    QT_TRANSLATE_NOOP("", "licence"),
    QT_TRANSLATE_NOOP("", "remand"),
)
OFFENCE_CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "acquisitive"),
    QT_TRANSLATE_NOOP("", "drugs"),
    QT_TRANSLATE_NOOP("", "violent"),
    QT_TRANSLATE_NOOP("", "sexual"),
    QT_TRANSLATE_NOOP("", "motoring"),
    QT_TRANSLATE_NOOP("", "robbery"),
    QT_TRANSLATE_NOOP("", "other"),
)
INVOLVEMENT_LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "supported directly"),
    QT_TRANSLATE_NOOP("", "limited contact"),
    QT_TRANSLATE_NOOP("", "none"),
)

CASE_STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "open"),
    QT_TRANSLATE_NOOP("", "closed"),
    QT_TRANSLATE_NOOP("", "handed over"),
)
ASSESSMENT_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "initial"),
    QT_TRANSLATE_NOOP("", "follow-up"),
    QT_TRANSLATE_NOOP("", "final"),
)
# The derived working stage (services.casework.stage), in lifecycle order.
STAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "new"),
    QT_TRANSLATE_NOOP("", "assessed"),
    QT_TRANSLATE_NOOP("", "planned"),
    QT_TRANSLATE_NOOP("", "active"),
    QT_TRANSLATE_NOOP("", "review due"),
    QT_TRANSLATE_NOOP("", "closed"),
)

# Kinds of contact (domain brief); a failed attempt is logged too, because families are lost
# when first contact is slow (000 §4.1).
CONTACT_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "One-to-one with parent"),
    QT_TRANSLATE_NOOP("", "One-to-one with child"),
    QT_TRANSLATE_NOOP("", "One-to-one with child in school"),
    QT_TRANSLATE_NOOP("", "Joint parent-child session"),
    QT_TRANSLATE_NOOP("", "Home visit"),
    QT_TRANSLATE_NOOP("", "Group session"),
    QT_TRANSLATE_NOOP("", "Accompanied appointment"),
    QT_TRANSLATE_NOOP("", "Liaison with prison"),
    QT_TRANSLATE_NOOP("", "Liaison with Offender Manager"),
    QT_TRANSLATE_NOOP("", "CAF/TAF meeting"),
    QT_TRANSLATE_NOOP("", "Phone call"),
    QT_TRANSLATE_NOOP("", "Letter"),
    QT_TRANSLATE_NOOP("", "Failed attempt"),
)
FAILED_ATTEMPT = QT_TRANSLATE_NOOP("", "Failed attempt")
# The kinds of contact that reach the family itself. Only these count as first or last contact
# with the family (time from referral to first contact, "Not yet contacted", the no-contact
# warning, the stage "active"): liaison with the prison or the Offender Manager and a CAF/TAF
# meeting are work *about* the family, and counting them would make a family look reached when
# nobody has spoken to them (000 §4.1: families are lost when first contact is slow). "Imported
# contact" is the caseload import's stand-in for a spreadsheet's first and last contact dates,
# which are contacts with the family (services.caseload_import.IMPORTED_CONTACT).
FAMILY_CONTACT_TYPES: frozenset[str] = frozenset({
    QT_TRANSLATE_NOOP("", "One-to-one with parent"),
    QT_TRANSLATE_NOOP("", "One-to-one with child"),
    QT_TRANSLATE_NOOP("", "One-to-one with child in school"),
    QT_TRANSLATE_NOOP("", "Joint parent-child session"),
    QT_TRANSLATE_NOOP("", "Home visit"),
    QT_TRANSLATE_NOOP("", "Group session"),
    QT_TRANSLATE_NOOP("", "Accompanied appointment"),
    QT_TRANSLATE_NOOP("", "Phone call"),
    QT_TRANSLATE_NOOP("", "Letter"),
    QT_TRANSLATE_NOOP("", "Imported contact"),
})

# Needs found at assessment: the practical areas of 001 §8.3.4.2, then the four family and
# relationship needs of 001 §8.2.
PRACTICAL_NEED_AREAS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Housing"),
    QT_TRANSLATE_NOOP("", "Finance and debt"),
    QT_TRANSLATE_NOOP("", "Employment and training"),
    QT_TRANSLATE_NOOP("", "Parenting"),
    QT_TRANSLATE_NOOP("", "Mental and physical health"),
    QT_TRANSLATE_NOOP("", "Substance misuse"),
    QT_TRANSLATE_NOOP("", "Domestic abuse"),
)
FAMILY_NEED_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Maintaining relationships"),
    QT_TRANSLATE_NOOP("", "Parenting and relationship skills"),
    QT_TRANSLATE_NOOP("", "Transformational family work"),
    QT_TRANSLATE_NOOP("", "Practical and emotional family support"),
)
NEED_AREAS: tuple[str, ...] = PRACTICAL_NEED_AREAS + FAMILY_NEED_TYPES
NEED_NATURES: tuple[str, ...] = (QT_TRANSLATE_NOOP("", "practical"), QT_TRANSLATE_NOOP("", "emotional"))
NEED_TERMS: tuple[str, ...] = (QT_TRANSLATE_NOOP("", "short"), QT_TRANSLATE_NOOP("", "long"))

# Outcomes scored 1-5 (000 §2.3 and Table 4): (group, outcome, what 1 and 5 look like).
# Table 4 has "Improved self-esteem" under both parents and children; a score stores only the
# outcome name, so they are told apart here as parent and child self-esteem.
OUTCOMES: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("", "Voices heard"), QT_TRANSLATE_NOOP("", "Ability to express feelings"),
     QT_TRANSLATE_NOOP("", "1: cannot say how they feel; 5: talks about feelings readily")),
    (QT_TRANSLATE_NOOP("", "Voices heard"), QT_TRANSLATE_NOOP("", "Views voiced and acted on"),
     QT_TRANSLATE_NOOP("", "1: views never asked or ignored; 5: views asked and acted on")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Access to support services"),
     QT_TRANSLATE_NOOP("", "1: no services in reach; 5: uses the services needed")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Reduced victimisation/discrimination"),
     QT_TRANSLATE_NOOP("", "1: targeted often; 5: no longer targeted")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Satisfactory school attendance"),
     QT_TRANSLATE_NOOP("", "1: rarely attends; 5: attends regularly")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Family less isolated"),
     QT_TRANSLATE_NOOP("", "1: no one to turn to; 5: good network of support")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Access to/use of inclusive resources in community"),
     QT_TRANSLATE_NOOP("", "1: uses nothing in the community; 5: uses inclusive community resources")),
    (QT_TRANSLATE_NOOP("", "Isolation and stigma"), QT_TRANSLATE_NOOP("", "Build community capacity to meet children's needs"),
     QT_TRANSLATE_NOOP("", "1: no local help for the children; 5: local services meet the children's needs")),
    (QT_TRANSLATE_NOOP("", "Parenting capacity"), QT_TRANSLATE_NOOP("", "Reduced parental stress"),
     QT_TRANSLATE_NOOP("", "1: overwhelmed; 5: coping well")),
    (QT_TRANSLATE_NOOP("", "Parenting capacity"), QT_TRANSLATE_NOOP("", "Parent confidence/resilience"),
     QT_TRANSLATE_NOOP("", "1: no confidence as a parent; 5: confident and resilient")),
    (QT_TRANSLATE_NOOP("", "Parenting capacity"), QT_TRANSLATE_NOOP("", "Parent self-esteem"),
     QT_TRANSLATE_NOOP("", "1: very low self-worth; 5: positive about self")),
    (QT_TRANSLATE_NOOP("", "Contact and relationships"), QT_TRANSLATE_NOOP("", "Increased parent-child contact"),
     QT_TRANSLATE_NOOP("", "1: no contact; 5: regular contact that suits the child")),
    (QT_TRANSLATE_NOOP("", "Contact and relationships"), QT_TRANSLATE_NOOP("", "Enhanced parent/carer-child relationship"),
     QT_TRANSLATE_NOOP("", "1: relationship in crisis; 5: warm and stable")),
    (QT_TRANSLATE_NOOP("", "Contact and relationships"), QT_TRANSLATE_NOOP("", "Improved family communication"),
     QT_TRANSLATE_NOOP("", "1: family cannot talk together; 5: talks openly")),
    (QT_TRANSLATE_NOOP("", "Contact and relationships"), QT_TRANSLATE_NOOP("", "Able to develop healthy/trusting relationships"),
     QT_TRANSLATE_NOOP("", "1: cannot trust or relate to others; 5: forms healthy, trusting relationships")),
    (QT_TRANSLATE_NOOP("", "Child confidence"), QT_TRANSLATE_NOOP("", "Child self-esteem"),
     QT_TRANSLATE_NOOP("", "1: very low self-worth; 5: positive about self")),
    (QT_TRANSLATE_NOOP("", "Child confidence"), QT_TRANSLATE_NOOP("", "Mental health and wellbeing"),
     QT_TRANSLATE_NOOP("", "1: serious distress; 5: settled and well")),
    (QT_TRANSLATE_NOOP("", "Child confidence"), QT_TRANSLATE_NOOP("", "Social skills"),
     QT_TRANSLATE_NOOP("", "1: withdrawn or in conflict; 5: gets on well with others")),
)
OUTCOME_GROUPS: tuple[str, ...] = tuple(dict.fromkeys(group for group, _, _ in OUTCOMES))
OUTCOME_NAMES: tuple[str, ...] = tuple(name for _, name, _ in OUTCOMES)
SCORE_RANGE: tuple[int, int] = (1, 5)

# Support given, by type (000 §3.3).
INTERVENTION_TYPES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Therapeutic work: whole family"),
    QT_TRANSLATE_NOOP("", "Therapeutic work: parent"),
    QT_TRANSLATE_NOOP("", "Therapeutic work: child"),
    QT_TRANSLATE_NOOP("", "Service/CAF coordination"),
    QT_TRANSLATE_NOOP("", "Housing"),
    QT_TRANSLATE_NOOP("", "Parenting advice"),
    QT_TRANSLATE_NOOP("", "Household items"),
    QT_TRANSLATE_NOOP("", "Health"),
    QT_TRANSLATE_NOOP("", "Group work"),
    QT_TRANSLATE_NOOP("", "Financial help: debts, benefits, grants"),
    QT_TRANSLATE_NOOP("", "Facilitating prison visits or contact"),
    QT_TRANSLATE_NOOP("", "Parental contact with schools"),
    QT_TRANSLATE_NOOP("", "Work, training, volunteering"),
    QT_TRANSLATE_NOOP("", "Childcare"),
    QT_TRANSLATE_NOOP("", "Activities and community integration"),
    QT_TRANSLATE_NOOP("", "Leisure"),
)

# Partner-agency groups of 000 Appendix 4.
AGENCY_CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Probation"),
    QT_TRANSLATE_NOOP("", "Courts"),
    QT_TRANSLATE_NOOP("", "Police"),
    QT_TRANSLATE_NOOP("", "Prisons"),
    QT_TRANSLATE_NOOP("", "Youth justice"),
    QT_TRANSLATE_NOOP("", "Children and family services"),
    QT_TRANSLATE_NOOP("", "Young people"),
    QT_TRANSLATE_NOOP("", "Education and employment"),
    QT_TRANSLATE_NOOP("", "Adult services"),
    QT_TRANSLATE_NOOP("", "Community"),
    QT_TRANSLATE_NOOP("", "Advice"),
    QT_TRANSLATE_NOOP("", "Domestic violence"),
    QT_TRANSLATE_NOOP("", "Health"),
    QT_TRANSLATE_NOOP("", "Housing"),
    QT_TRANSLATE_NOOP("", "Substance misuse"),
    QT_TRANSLATE_NOOP("", "Victims"),
)

# Why a case closed (000 §4.1 reports planned and unplanned endings).
CLOSURE_REASONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "Goals achieved"),
    QT_TRANSLATE_NOOP("", "Prisoner released and support ended"),
    QT_TRANSLATE_NOOP("", "Transferred to another service"),
    QT_TRANSLATE_NOOP("", "Family declined further support"),
    QT_TRANSLATE_NOOP("", "Lost contact"),
    QT_TRANSLATE_NOOP("", "Moved out of area"),
    QT_TRANSLATE_NOOP("", "Prisoner transferred"),
    QT_TRANSLATE_NOOP("", "Other"),
)

# The case's consent to the service holding and sharing its information (004 rec 7; 000 §4.2.2).
CONSENT_STATUSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "not asked"),
    QT_TRANSLATE_NOOP("", "given"),
    QT_TRANSLATE_NOOP("", "partial"),
    QT_TRANSLATE_NOOP("", "refused"),
    QT_TRANSLATE_NOOP("", "withdrawn"),
)
CONSENT_METHODS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "verbal"),
    QT_TRANSLATE_NOOP("", "written"),
    QT_TRANSLATE_NOOP("", "signed form"),
)

# Bars on contact (domain brief; visits rules of 001 §10).
RESTRICTION_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("", "No contact with children (public protection)"),
    QT_TRANSLATE_NOOP("", "No contact with named person"),
    QT_TRANSLATE_NOOP("", "Supervised contact only"),
    QT_TRANSLATE_NOOP("", "Closed visits"),
    QT_TRANSLATE_NOOP("", "Banned from visiting"),
    QT_TRANSLATE_NOOP("", "Restraining order"),
)


def label(value: str | None) -> str:
    """What a worker reads for a stored value of these lists: its words in the desk's language.

    Stored values stay the English of the lists above (language-neutral keys); a value no list
    knows (typed in, or from an older desk) is translated if a translation exists, else shown as is.
    """
    return tr(value) if value else (value or "")


def labels_only(values: Iterable[str]) -> list[str]:
    """The labels of ``values``, in order: a chart's categories."""
    return [label(v) for v in values]


def labels(values: Iterable[str]) -> list[tuple[str, str]]:
    """``(label, value)`` pairs for a choice: show the label, store the value."""
    return [(label(v), v) for v in values]

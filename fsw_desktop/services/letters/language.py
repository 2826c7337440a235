"""The languages a letter is printed in, and dates written out in Welsh or English, without Qt.

The words here are a letter's own, in the letter's language (not the desk's), so they are not put
through tr(): tests.i18n.literals lists them, by design.

A letter goes out in English (``en``), Welsh (``cy``) or both (``BILINGUAL``: Welsh first, then
English, as the Welsh language standards expect of a document in both). A person's preferred
language (``Person.language``: "cy", "en", "other" or "" not recorded) picks the default; another
language is noted for an interpreter and its letter is printed in English.

Dates in a Welsh letter use the Welsh day and month names from the tables here ("Dydd Sadwrn
5 Rhagfyr 2026"), never the machine's locale, so a letter reads the same on every desk.
"""

from __future__ import annotations

from datetime import date

from ...words import QT_TRANSLATE_NOOP

ENGLISH, WELSH, BILINGUAL = "en", "cy", "cy+en"
TEMPLATE_LANGUAGES: tuple[str, ...] = (ENGLISH, WELSH)  # what a template is written in
# what the letter dialog offers: a neutral value, a label shown with tr()
LETTER_LANGUAGES: dict[str, str] = {
    ENGLISH: QT_TRANSLATE_NOOP("", "English"),
    WELSH: QT_TRANSLATE_NOOP("", "Welsh"),
    BILINGUAL: QT_TRANSLATE_NOOP("", "Bilingual (Welsh first, then English)"),
}

# Monday first, as date.weekday() counts
DAYS_CY: tuple[str, ...] = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn",
                            "Dydd Sul")
DAYS_EN: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_CY: tuple[str, ...] = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                              "Medi", "Hydref", "Tachwedd", "Rhagfyr")
MONTHS_EN: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                              "September", "October", "November", "December")


def for_person(preferred: str | None) -> str:
    """The language a person's letter goes out in by default: Welsh for "cy", English otherwise."""
    return WELSH if (preferred or "") == WELSH else ENGLISH


def long_date(d: date, language: str = ENGLISH) -> str:
    """"Saturday 5 December 2026", or in Welsh "Dydd Sadwrn 5 Rhagfyr 2026"."""
    if language == WELSH:
        return f"{DAYS_CY[d.weekday()]} {d.day} {MONTHS_CY[d.month - 1]} {d.year}"
    return f"{DAYS_EN[d.weekday()]} {d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def short_date(d: date, language: str = ENGLISH) -> str:
    """"5 December 2026", or "5 Rhagfyr 2026"."""
    months = MONTHS_CY if language == WELSH else MONTHS_EN
    return f"{d.day:02d} {months[d.month - 1]} {d.year}"


# The words a letter's merge fields fill in around the data, in the letter's language (not the desk's:
# an English desk prints a Welsh letter in Welsh). The English is what the letters always said.
_BRING_ID = {
    ENGLISH: "• Photo ID for every adult: a passport, a photocard driving licence, or other ID the prison accepts",
    WELSH: "• Prawf adnabod â llun i bob oedolyn: pasbort, trwydded yrru cerdyn-llun, neu brawf adnabod arall y mae'r "
           "carchar yn ei dderbyn",
}
LETTER_WORDS: dict[str, dict[str, str]] = {
    ENGLISH: {
        "service": "Family support service",
        "wing": "Wing: {wing}",
        "session_time": "{starts} to {ends}",
        "age": " (age {age})",
        "clearance": " (clearance {clearance})",
        "as_booked": "as booked",
        "family_day_title": "a {kind} family day",
        "family_day_place": "the visits hall",
        "footer": "Letter {ref}, printed {printed} by {worker}. Private: for {name} only. "
                  "Ask us for it in large print or read aloud.",
        "visit_bring": _BRING_ID[ENGLISH] + "\n• Proof of age for children who look 16 or over, if asked\n"
                       "• This letter\nLockers are provided for everything else: phones, bags and food cannot go "
                       "into the hall.",
        "family_day_bring": _BRING_ID[ENGLISH] + "\n• This letter\nEveryone coming must have security clearance "
                            "before the day.",
    },
    WELSH: {
        "service": "Gwasanaeth cymorth i deuluoedd",
        "wing": "Adain: {wing}",
        "session_time": "{starts} i {ends}",
        "age": " ({age} oed)",
        "clearance": " ({clearance})",
        "as_booked": "fel y trefnwyd",
        "family_day_title": "diwrnod teulu",
        "family_day_place": "y neuadd ymweliadau",
        "footer": "Llythyr {ref}, a argraffwyd ar {printed} gan {worker}. Preifat: i {name} yn unig. "
                  "Gofynnwch i ni os hoffech ei gael mewn print bras, neu os hoffech i rywun ei ddarllen i chi.",
        "visit_bring": _BRING_ID[WELSH] + "\n• Prawf oedran ar gyfer plant sy'n edrych yn 16 oed neu'n hŷn, os "
                       "gofynnir amdano\n• Y llythyr hwn\nMae loceri ar gael ar gyfer popeth arall: ni chaiff "
                       "ffonau, bagiau na bwyd fynd i mewn i'r neuadd.",
        "family_day_bring": _BRING_ID[WELSH] + "\n• Y llythyr hwn\nRhaid i bawb sy'n dod gael cliriad diogelwch "
                            "cyn y diwrnod.",
    },
}
# A family-day place's security clearance (stored: pending, cleared, refused) as a Welsh letter says it.
CLEARANCE_CY: dict[str, str] = {"pending": "cliriad heb ei gadarnhau eto", "cleared": "cliriad wedi'i gadarnhau",
                                "refused": "cliriad wedi'i wrthod"}
# A visit's type as a Welsh letter says it, by its English label (services/visits/visits.py).
VISIT_TYPES_CY: dict[str, str] = {
    "Social visit": "Ymweliad cymdeithasol", "Closed visit": "Ymweliad caeedig",
    "Child-centred: father-child": "Ymweliad i blant: tad a phlentyn",
    "Child-centred: mother-child": "Ymweliad i blant: mam a phlentyn",
    "New-baby visit": "Ymweliad babi newydd", "Final contact before adoption": "Cyswllt olaf cyn mabwysiadu",
}


def words(language: str) -> dict[str, str]:
    return LETTER_WORDS[WELSH if language == WELSH else ENGLISH]

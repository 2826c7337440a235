"""Likely duplicate people: the same child, visitor or prisoner typed twice with small differences.

Records arrive by hand, by spreadsheet and by bundle, so "Jon Smyth" and "John Smith", a date
of birth with day and month swapped or a prison number with a typo are easily one person twice.
Names are compared with rapidfuzz (spelling) and jellyfish's metaphone and NYSIIS keys (sound);
dates of birth and prison numbers by the typing mistakes people make. Each suggestion says why.

Only people who share a blocking key are compared (the sound of their names, their date of
birth read either way round, a prison number within one keystroke), so the whole directory of
some 9,000 people is checked in well under a second rather than in 40 million comparisons.

A pair a worker marks as different people is remembered (``DistinctPeople``, a travelling
record) and never offered again. Merging moves every link to the kept person through the ORM,
so the change log (and so sync and the case history) and the audit trail record it; the
merged person becomes a tombstone.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable

import jellyfish
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.base import TRAVEL_COLUMNS, travelling_models
from ...models.cases import Case
from ...models.duplicates import DistinctPeople
from ...models.people import Person
from ...progress import Progress
from ..data_protection import audit
from ..desk.session import desk
from ..desk.dates import show_date
from ...words import tr

# A pair is offered when its score reaches this (out of 100); see ``_judge`` for how it is made.
THRESHOLD = 60
# A block larger than this (a very common name with no date of birth) is compared only by its
# stronger keys; comparing every pair in it would offer nothing a worker could act on.
MAX_BLOCK = 400
# Link tables where a person should appear once: after a merge, a second row is a tombstone.
ONE_ROW_PER_PERSON = {"booking_visitors": "booking_id", "family_day_attendees": "request_id"}


@dataclass(frozen=True)
class Who:
    """What is compared: enough of a person to tell them apart."""

    id: str
    ref: str
    given_name: str
    family_name: str
    date_of_birth: date | None
    prison_number: str
    case_ref: str = ""
    role: str = ""  # 'prisoner', or the relationship to the prisoner ('child', 'partner', ...)
    address: str = field(default="", repr=False)  # compared, never shown here
    phone: str = field(default="", repr=False)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def detail(self) -> str:
        """'P-4KX7M · prisoner · born 03 Apr 1990 · A1234BC · case C-9QW3E' for a list row."""
        parts = [self.ref] + ([self.role] if self.role else [])
        if self.date_of_birth:
            parts.append(f"born {show_date(self.date_of_birth)}")
        if self.prison_number:
            parts.append(self.prison_number)
        if self.case_ref:
            parts.append(f"case {self.case_ref}")
        return " · ".join(parts)


@dataclass
class LikelyDuplicate:
    """Two people who look like one, with a score (higher is likelier) and the reasons why."""

    first: Who
    second: Who
    score: int
    reasons: list[str] = field(default_factory=list)

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)


@dataclass
class MergeResult:
    kept_ref: str
    merged_ref: str
    links_moved: dict[str, int]

    @property
    def message(self) -> str:
        moved = sum(self.links_moved.values())
        return tr("{merged} merged into {kept}: %n link moved. The merge is in the audit trail and the case history.|"
                  "{merged} merged into {kept}: %n links moved. The merge is in the audit trail and the case history.",
                  "", moved).format(merged=self.merged_ref, kept=self.kept_ref)


# --- comparing two people ------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _plain(name: str) -> str:
    """Lower case, accents and punctuation dropped, hyphens as spaces: 'Zoë O'Neil-Ray' -> 'zoe oneil ray'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("-", " ")
    return " ".join("".join(c for c in word if c.isalpha()) for word in text.split()).strip()


@lru_cache(maxsize=65536)
def _sounds(name: str) -> tuple[str, str]:
    """Metaphone and NYSIIS of a plain name ('' when there is none)."""
    if not name:
        return "", ""
    squashed = name.replace(" ", "")
    return jellyfish.metaphone(squashed), jellyfish.nysiis(squashed)


def _sound_alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    (ma, na), (mb, nb) = _sounds(a), _sounds(b)
    return ma == mb or na == nb


def _part_similarity(a: str, b: str, family: bool) -> float:
    """0..1: how alike two given (or two family) names are, by spelling or by sound."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    spelt = fuzz.ratio(a, b) / 100
    if family and (" " in a or " " in b):
        spelt = max(spelt, fuzz.token_set_ratio(a, b) / 100 * 0.95)  # 'smith jones' / 'smith'
    if _sound_alike(a, b):
        spelt = max(spelt, 0.9)
    return spelt


def _name_similarity(a: Who, b: Who) -> tuple[float, float, str]:
    """The names' likeness, that of the less alike part (given or family), and how they are alike
    ('same name', 'names sound alike', 'names spelt alike')."""
    ga, fa, gb, fb = _plain(a.given_name), _plain(a.family_name), _plain(b.given_name), _plain(b.family_name)
    straight = (_part_similarity(ga, gb, False), _part_similarity(fa, fb, True))
    crossed = (_part_similarity(ga, fb, False), _part_similarity(fa, gb, True))  # given and family swapped
    given, family = max(straight, crossed, key=lambda p: min(p))
    score = min(given, family) * 0.6 + (given + family) / 2 * 0.4
    if (ga, fa) == (gb, fb):
        how = tr("same name")
    elif (ga, fa) == (fb, gb):
        how = tr("same names in the other order ({a} / {b})").format(a=a.full_name, b=b.full_name)
    elif all(x == y or _sound_alike(x, y) for x, y in ((ga, gb), (fa, fb))):
        how = tr("names sound alike ({a} / {b})").format(a=a.full_name, b=b.full_name)
    else:
        how = tr("names spelt alike ({a} / {b})").format(a=a.full_name, b=b.full_name)
    return score, min(given, family), how


def _dates(a: date | None, b: date | None) -> tuple[str, str]:
    """(kind, reason): kind is same, swapped, typo, missing or different."""
    if a is None or b is None:
        return "missing", (tr("one has no date of birth") if (a or b) else "")
    if a == b:
        return "same", tr("same date of birth")
    if a.year == b.year and a.day == b.month and a.month == b.day:
        return "swapped", tr("date of birth with day and month swapped ({a} / {b})").format(a=show_date(a),
                                                                                           b=show_date(b))
    da, db = f"{a:%d%m%Y}", f"{b:%d%m%Y}"
    if sum(x != y for x, y in zip(da, db)) == 1 or OSA.distance(da, db) == 1:
        return "typo", tr("date of birth one digit apart ({a} / {b})").format(a=show_date(a), b=show_date(b))
    return "different", ""


def _plain_number(number: str) -> str:
    return "".join(c for c in number.upper() if c.isalnum())


def _numbers(a: str, b: str) -> tuple[str, str]:
    """(kind, reason): kind is same, typo, missing or different."""
    pa, pb = _plain_number(a), _plain_number(b)
    if not pa or not pb:
        return "missing", ""
    if pa == pb:
        return "same", tr("same prison number")
    if OSA.distance(pa, pb) == 1:
        return "typo", tr("prison number one character apart ({a} / {b})").format(a=a, b=b)
    return "different", ""


def _plain_address(address: str) -> str:
    return " ".join("".join(c for c in address.lower() if c.isalnum() or c.isspace()).split())


def _shared(a: Who, b: Who) -> str:
    """What else the two records share, for a pair with only names to go on: a case, an address or a phone."""
    if a.case_ref and a.case_ref == b.case_ref:
        return tr("same family case")
    if a.address and a.address == b.address:
        return tr("same address")
    if a.phone and len(a.phone) >= 6 and a.phone == b.phone:
        return tr("same phone number")
    return ""


# More slips than this between two records (a name part spelt differently, a date of birth or
# prison number mistyped) and they are taken for two people, unless the prison number is the same.
MAX_SLIPS = 2


def _slips(a: Who, b: Who) -> float:
    """How many name parts differ: a part that sounds the same (Jon, John) or differs by one letter in
    seven (Orsolya, Orsolia) is half a slip; given and family name swapped is one."""
    ga, fa, gb, fb = _plain(a.given_name), _plain(a.family_name), _plain(b.given_name), _plain(b.family_name)
    if (ga, fa) == (fb, gb):
        return 1
    return sum(0 if x == y else (0.5 if _sound_alike(x, y) or fuzz.ratio(x, y) >= 85 else 1)
               for x, y in ((ga, gb), (fa, fb)))


# Points a pair earns (out of 100): the names carry most; the date of birth and prison number
# confirm it, or rule it out when both are known and differ by more than a slip of the keyboard.
DATE_POINTS = {"same": 40, "swapped": 32, "typo": 28, "missing": 15}
NUMBER_POINTS = {"same": 40, "typo": 25, "missing": 0}


def judge(a: Who, b: Who) -> LikelyDuplicate | None:
    """The pair as a likely duplicate, or None when they look like different people.

    Twins (same birthday, different first names), siblings (same family name and address,
    different first names and birthdays) and namesakes (same name, different birthdays) are
    ruled out: a first name or a birthday that differs by more than a typing slip decides it.
    """
    a, b = (a, b) if a.id < b.id else (b, a)  # reasons read in the order the pair is listed
    name, weakest, how = _name_similarity(a, b)
    date_kind, date_reason = _dates(a.date_of_birth, b.date_of_birth)
    number_kind, number_reason = _numbers(a.prison_number, b.prison_number)
    if number_kind == "different" or date_kind == "different":
        return None
    if number_kind == "same":
        if name < 0.55:  # one prison number is one prisoner: a name typed very differently still counts
            return None
    elif weakest < 0.8:  # both the given and the family name must be alike, not one of them very alike
        return None
    shared = ""
    if date_kind == "missing" and number_kind == "missing":
        # Alike names alone are not one person (namesakes are common): the records must share a
        # family case, an address or a phone number too.
        shared = _shared(a, b)
        if not shared or name < 0.85:
            return None
    slips = _slips(a, b) + (date_kind in ("swapped", "typo")) + (number_kind == "typo")
    if number_kind != "same" and slips > MAX_SLIPS:
        return None  # one person typed twice has a slip or two, not a different name and a different birthday
    score = round(name * 50) + DATE_POINTS[date_kind] + NUMBER_POINTS[number_kind] + (10 if shared else 0)
    score = min(score, 100)
    if score < THRESHOLD:
        return None
    reasons = [how] + [r for r in (date_reason, number_reason, shared) if r]
    return LikelyDuplicate(a, b, score, reasons)


# --- blocking: who is worth comparing with whom ----------------------------------------------------

def _keys(p: Who) -> set[tuple]:
    """Blocking keys: two people are compared only when they share one."""
    keys: set[tuple] = set()
    given, family = _plain(p.given_name), _plain(p.family_name)
    sounds = sorted(_sounds(x)[0] for x in (given, family))
    if given or family:
        keys.add(("names", *sounds))  # either order, so a swapped given and family name still meet
        for x in (given, family):
            if x and p.date_of_birth:
                keys.add(("name-year", _sounds(x)[0], p.date_of_birth.year))
    if p.date_of_birth:
        d = p.date_of_birth
        keys.add(("born", d.year, min(d.day, d.month), max(d.day, d.month)))  # day and month either way
    number = _plain_number(p.prison_number)
    if number:
        keys.add(("number", number))
        for i in range(len(number)):
            keys.add(("number-1", number[:i] + number[i + 1:]))  # one character wrong, missing or extra
    return keys


def _number_swaps(p: Who) -> set[tuple]:
    """Two neighbouring characters swapped: each side of the pair meets the other's own number."""
    number = _plain_number(p.prison_number)
    return {("number", number[:i] + number[i + 1] + number[i] + number[i + 2:]) for i in range(len(number) - 1)}


def _who_rows(session: Session, ids: Iterable[str] | None = None) -> list[Who]:
    q = (select(Person.id, Person.ref, Person.given_name, Person.family_name, Person.date_of_birth,
                Person.prison_number, Case.ref, Person.is_prisoner, Person.relationship, Person.address, Person.phone)
         .outerjoin(Case, Case.id == Person.case_id).where(Person.live()))
    if ids is not None:
        q = q.where(Person.id.in_(list(ids)))
    return [Who(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5] or "", r[6] or "",
                "prisoner" if r[7] else ("" if r[8] in ("other", "self", None) else r[8]),
                _plain_address(r[9] or ""), _plain_number(r[10] or "")) for r in session.execute(q)]


def _distinct_pairs(session: Session) -> set[frozenset[str]]:
    rows = session.execute(select(DistinctPeople.first_id, DistinctPeople.second_id).where(DistinctPeople.live()))
    return {frozenset(r) for r in rows}


class _Index:
    """Everyone by blocking key."""

    def __init__(self, people: list[Who]) -> None:
        self.by_key: dict[tuple, list[Who]] = defaultdict(list)
        for p in people:
            for key in _keys(p):
                self.by_key[key].append(p)

    def neighbours(self, p: Who) -> dict[str, Who]:
        out: dict[str, Who] = {}
        for key in _keys(p) | _number_swaps(p):
            members = self.by_key.get(key, ())
            if len(members) > MAX_BLOCK and key[0] in ("names", "name-year"):
                continue
            for other in members:
                if other.id != p.id:
                    out[other.id] = other
        return out


def _sorted(found: Iterable[LikelyDuplicate]) -> list[LikelyDuplicate]:
    return sorted(found, key=lambda d: (-d.score, d.first.family_name.lower(), d.first.given_name.lower(),
                                        d.first.ref, d.second.ref))


def find_for(session: Session, given_name: str, family_name: str, date_of_birth: date | None = None,
             prison_number: str = "", exclude_id: str | None = None) -> list[LikelyDuplicate]:
    """People already on the desk who look like this one (a person about to be typed in, or just saved)."""
    me = Who(exclude_id or "", "", given_name, family_name, date_of_birth, prison_number)
    index = _Index(_who_rows(session))
    different = _distinct_pairs(session) if exclude_id else set()
    found = []
    for other in index.neighbours(me).values():
        if other.id == exclude_id or frozenset((exclude_id, other.id)) in different:
            continue
        hit = judge(me, other)
        if hit is not None:
            found.append(hit)
    return _sorted(found)


def duplicates_of(session: Session, person_id: str) -> list[LikelyDuplicate]:
    """Likely duplicates of one person on the desk (after a new referral or visitor is saved)."""
    rows = _who_rows(session, [person_id])
    if not rows:
        return []
    return find_likely(session, among=[person_id])


def find_likely(session: Session, among: Iterable[str] | None = None,
                progress: Progress | None = None) -> list[LikelyDuplicate]:
    """Likely duplicate pairs over the whole directory of people, or only pairs involving ``among``
    (the people a caseload or bundle import just brought in); pairs marked different are left out."""
    people = _who_rows(session)
    index = _Index(people)
    different = _distinct_pairs(session)
    wanted = None if among is None else set(among)
    sources = people if wanted is None else [p for p in people if p.id in wanted]
    seen: set[frozenset[str]] = set()
    found = []
    for n, p in enumerate(sources):
        if progress is not None and n % 500 == 0:
            progress(int(100 * n / max(len(sources), 1)), tr("Comparing people"))
        for other in index.neighbours(p).values():
            pair = frozenset((p.id, other.id))
            if pair in seen or pair in different:
                continue
            seen.add(pair)
            hit = judge(p, other)
            if hit is not None:
                found.append(hit)
    return _sorted(found)


# --- a worker's decision ---------------------------------------------------------------------------

def _worker_desk_only(session: Session, what: str) -> None:
    if desk(session).role != "worker":
        raise InputRefused(tr("Only a family support worker's desk {what}: ask the family support worker, "
                           "whose desk holds the whole record.").format(what=what))


def _two_people(session: Session, a_id: str, b_id: str) -> tuple[Person, Person]:
    if a_id == b_id:
        raise InputRefused(tr("Choose two different records."))
    a, b = session.get(Person, a_id), session.get(Person, b_id)
    if a is None or b is None or a.deleted or b.deleted:
        raise InputRefused(tr("One of these records has been removed or merged already. Look for duplicates again."))
    return a, b


def mark_different(session: Session, a_id: str, b_id: str, today: date | None = None) -> DistinctPeople:
    """Remember that these two are different people, so they are not offered again (on every paired desk)."""
    _worker_desk_only(session, tr("records that two people are different"))
    a, b = _two_people(session, a_id, b_id)
    first, second = sorted((a.id, b.id))
    existing = session.execute(select(DistinctPeople).where(
        DistinctPeople.first_id == first, DistinctPeople.second_id == second, DistinctPeople.live())).scalar()
    if existing is not None:
        return existing
    row = DistinctPeople(first_id=first, second_id=second, marked_on=today or date.today(),
                         marked_by=desk(session).worker_name)
    session.add(row)
    session.flush()
    audit.record(session, audit.CREATED, "distinct_people", row.id, f"{a.ref} and {b.ref} are different people")
    session.flush()
    return row


def _people_links() -> list[tuple[type, str]]:
    """(model, column) of every travelling table's link to a person, found from the foreign keys."""
    out = []
    for table, model in travelling_models().items():
        if table == "people":
            continue
        for column in model.__table__.columns:
            if any(fk.column.table.name == "people" for fk in column.foreign_keys):
                out.append((model, column.key))
    return out


_FILLED_FROM_MERGED_NEVER = set(TRAVEL_COLUMNS) | {"notes"}
# Flags where either record saying yes wins: a safety restriction is never lost by a merge.
_EITHER_YES = ("do_not_disclose", "closed_visits_only", "is_prisoner", "supported_directly", "young_carer",
               "bullying", "rotl")


def _fill_kept(kept: Person, merged: Person) -> None:
    """What the kept record lacks is taken from the merged one; restrictions are kept from both."""
    for column in Person.__table__.columns:
        key = column.key
        if key in _FILLED_FROM_MERGED_NEVER or key in _EITHER_YES or key == "visitor_approved":
            continue
        mine, theirs = getattr(kept, key), getattr(merged, key)
        default = column.default.arg if column.default is not None and column.default.is_scalar else None
        if (mine is None or mine == "" or mine == default) and theirs not in (None, "", default):
            setattr(kept, key, theirs)
    for key in _EITHER_YES:
        if getattr(merged, key) and not getattr(kept, key):
            setattr(kept, key, True)
    if not merged.visitor_approved and kept.visitor_approved:
        kept.visitor_approved = False  # an approval withdrawn on either record stays withdrawn
    if merged.banned_until and kept.banned_until and merged.banned_until > kept.banned_until:
        kept.banned_until = merged.banned_until
    if merged.notes.strip() and merged.notes.strip() not in kept.notes:
        kept.notes = (kept.notes.rstrip() + "\n\n" if kept.notes.strip() else "") + \
            tr("From {ref} (merged): {notes}").format(ref=merged.ref, notes=merged.notes.strip())


def merge(session: Session, keep_id: str, merged_id: str) -> MergeResult:
    """Merge two records of one person: every link follows to the kept one, the other becomes a tombstone.

    Each change goes through the ORM, so the change log (sync, the case history) holds every moved
    link, and the audit trail names both records.
    """
    _worker_desk_only(session, tr("merges records"))
    kept, merged = _two_people(session, keep_id, merged_id)
    moved: dict[str, int] = {}
    with audit.quiet(session):
        for model, column in _people_links():
            rows = session.scalars(select(model).where(getattr(model, column) == merged.id)).all()
            for row in rows:
                setattr(row, column, kept.id)
                if model is DistinctPeople and row.first_id == row.second_id:
                    row.deleted = True  # marked different, merged after all: the mark no longer applies
            if rows:
                moved[model.__tablename__] = moved.get(model.__tablename__, 0) + len(rows)
        session.flush()
        _one_row_each(session, kept.id)
        _fill_kept(kept, merged)
        merged.deleted = True
        session.flush()
    detail = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in sorted(moved.items())) or "no links"
    audit.record(session, audit.CHANGED, "people", kept.id, f"merged with {merged.ref}: moved {detail}")
    audit.record(session, audit.DELETED, "people", merged.id, f"merged into {kept.ref}")
    session.flush()
    return MergeResult(kept.ref, merged.ref, moved)


def _one_row_each(session: Session, person_id: str) -> None:
    """A booking or family-day place both records were on keeps one row for the kept person."""
    models = travelling_models()
    for table, parent in ONE_ROW_PER_PERSON.items():
        model = models[table]
        seen: set[str] = set()
        rows = session.scalars(select(model).where(model.person_id == person_id, model.live())
                               .order_by(model.created_hlc, model.id)).all()
        for row in rows:
            key = getattr(row, parent)
            if key in seen:
                row.deleted = True
            seen.add(key)


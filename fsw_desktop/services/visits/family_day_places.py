"""Family day places in few steps: many families at once, and an allocation seen before it is stored.

**Adding families in bulk** (``add_families``) is all or nothing. Each family is
checked by the same rules as one request (``family_days.request_place_with_warnings``);
when any is refused nothing is written and ``FamiliesRefused`` names every refused
family with its reason, so the desk can untick or change them and add again. A
refusal is found before anything of that family is added, so the families checked
earlier are simply rolled back with the rest by the caller's write.

**Allocation** is proposed first (``family_days.plan_allocation``, nothing
written), staff may move a family between allocated and waiting with a reason
(``Move``), then ``confirm_allocation`` stores it. A move is recorded as a
priority override (``family_days.override``) with the reason, its score set so
the family ranks where staff put it: the rank order and the allocation agree,
and the reason shows with the family's priority ever after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.people import Person
from ...models.visits import FamilyDay, FamilyDayRequest
from ..casework.people import get_live
from . import family_days as fd
from .visitors import visitors_for
from ...words import tr
from ...words import as_stored


# --- the families offered ----------------------------------------------------------------------


@dataclass
class FamilyOnOffer:
    """A prisoner's family as offered in the list: who they are and whether they already asked."""

    prisoner_id: str
    prisoner_name: str
    prison_number: str
    request_ref: str  # their live request for this day, or ""


@dataclass
class Member:
    """One family member, ticked by default when they may come; ``why_not`` says why not otherwise."""

    person_id: str
    name: str
    relationship: str
    age: int | None
    may_come: bool
    why_not: str = ""


def families_on_offer(session: Session, family_day_id: str) -> list[FamilyOnOffer]:
    """Every prisoner on record (family name order), with the reference of any request already made."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    asked = dict(session.execute(select(FamilyDayRequest.prisoner_id, FamilyDayRequest.ref).where(
        FamilyDayRequest.family_day_id == day.id, FamilyDayRequest.status != "declined",
        FamilyDayRequest.live())).all())
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.prison_number)
        .where(Person.is_prisoner.is_(True), Person.live())
        .order_by(Person.family_name, Person.given_name, Person.ref)).all()
    return [FamilyOnOffer(pid, f"{given} {family}".strip(), number or "", asked.get(pid, ""))
            for pid, given, family, number in rows]


def members(session: Session, family_day_id: str, prisoner_id: str) -> list[Member]:
    """The prisoner's family for the day: who may come (by the family-day rules) and, for the others, why not."""
    day = get_live(session, FamilyDay, family_day_id, tr("No such family day."))
    may_come = set(fd.family_for_day(session, day.id, prisoner_id))
    family = visitors_for(session, prisoner_id, day.on)
    reasons = fd.why_left_out(session, day.id, prisoner_id) if len(may_come) < len(family) else {}
    out = []
    for v in family:
        why = ""
        if v.person_id not in may_come:
            why = " ".join(reasons.get(v.person_id, ())) or tr("Cannot come.")
        out.append(Member(v.person_id, v.name, v.relationship or "", v.age, v.person_id in may_come, why))
    return out


# --- adding many families at once ---------------------------------------------------------------


@dataclass
class FamilyChoice:
    """One family to add: the prisoner, the members chosen to go, and whether a relationship is to be repaired."""

    prisoner_id: str
    person_ids: Sequence[str]
    relationship_repair: bool = False


class FamiliesRefused(InputRefused):
    """Some families cannot be added; nothing was. ``refused`` maps prisoner id to the reason."""

    def __init__(self, refused: dict[str, str], names: dict[str, str]) -> None:
        self.refused = refused
        lines = [f"{names.get(pid, tr('A family'))}: {why}" for pid, why in refused.items()]
        super().__init__(tr("Nothing was added: {count} of the families cannot be added as chosen. "
                            "Untick them or change who goes, then add again.").format(count=len(refused))
                         + "\n\n" + "\n".join(lines))


@dataclass
class AddedFamilies:
    requests: list[FamilyDayRequest]
    warnings: list[str]


def add_families(session: Session, family_day_id: str, choices: Sequence[FamilyChoice],
                 requested_on: date | None = None) -> AddedFamilies:
    """Requests for every family chosen, or (any refused) none: raise ``FamiliesRefused`` naming each refusal.

    Run inside one write (``operations.write``): the refusal rolls back the families added before it.
    """
    if not choices:
        raise InputRefused(tr("Tick at least one family to add."))
    names = {p.id: p.full_name for p in session.execute(select(Person).where(
        Person.id.in_([c.prisoner_id for c in choices]))).scalars()}
    refused: dict[str, str] = {}
    added, warnings = [], []
    for c in choices:
        if not c.person_ids:
            refused[c.prisoner_id] = tr("choose who goes (nobody is ticked).")
            continue
        try:
            request, warned = fd.request_place_with_warnings(session, family_day_id, c.prisoner_id, c.person_ids,
                                                             requested_on=requested_on,
                                                             relationship_repair=c.relationship_repair)
        except InputRefused as exc:
            refused[c.prisoner_id] = exc.message.replace("\n", " ")
            continue
        added.append(request)
        warnings.extend(f"{names.get(c.prisoner_id, '')}: {w}" for w in warned)
    if refused:
        raise FamiliesRefused(refused, names)
    return AddedFamilies(added, list(dict.fromkeys(warnings)))


# --- allocation: propose, adjust, confirm -------------------------------------------------------


@dataclass
class Move:
    """Staff put a family where the proposal did not: ``to`` is "allocated" or "waiting"; the reason is kept."""

    request_id: str
    to: str
    reason: str


def adjusted(proposal: fd.AllocationResult, moves: Sequence[Move]) -> fd.AllocationResult:
    """The proposal with the moves applied (rank order kept), totals worked out again; nothing written."""
    where = {r.request_id: "allocated" for r in proposal.allocated} | {r.request_id: "waiting" for r in proposal.waiting}
    for m in moves:
        if m.to not in ("allocated", "waiting"):
            raise InputRefused(tr("A family is moved to allocated or to waiting."))
        if m.request_id not in where:
            raise InputRefused(tr("That family is not in this allocation."))
        where[m.request_id] = m.to
    rows = sorted(proposal.allocated + proposal.waiting, key=lambda r: (-r.effective, r.requested_on, r.ref))
    allocated = [r for r in rows if where[r.request_id] == "allocated"]
    waiting = [r for r in rows if where[r.request_id] == "waiting"]
    return fd.AllocationResult(allocated, waiting, len(allocated), sum(r.people for r in allocated),
                               proposal.capacity_families, proposal.capacity_people)


def confirm_allocation(session: Session, family_day_id: str, proposal: fd.AllocationResult,
                       moves: Sequence[Move] = ()) -> fd.AllocationResult:
    """Store the proposal as adjusted by ``moves``, each move's reason recorded as a priority override.

    Refused when the requests changed since the proposal was made (look again), when a move has no
    reason, or when the adjusted allocation is over either capacity.
    """
    now = fd.plan_allocation(session, family_day_id)
    if ({r.request_id for r in now.allocated} != {r.request_id for r in proposal.allocated}
            or {r.request_id for r in now.waiting} != {r.request_id for r in proposal.waiting}):
        raise InputRefused(tr("The requests for this family day changed since the allocation was proposed. "
                           "Close this and allocate again to see the new proposal."))
    for m in moves:
        if not (m.reason or "").strip():
            raise InputRefused(tr("Record why each family was moved."))
    moves = [m for m in {m.request_id: m for m in moves}.values()]  # the last move of a family counts
    result = adjusted(proposal, moves)
    if result.families_used > result.capacity_families or result.people_used > result.capacity_people:
        raise InputRefused(tr("That is {families_used} families and {people_used} people for "
                           "{capacity_families} families / {capacity_people} people. Move a family "
                           "to waiting first.").format(
            families_used=result.families_used, people_used=result.people_used,
            capacity_families=result.capacity_families, capacity_people=result.capacity_people))
    moved = {m.request_id: m for m in moves}
    kept_in = [r.effective for r in result.allocated if r.request_id not in moved]
    kept_out = [r.effective for r in result.waiting if r.request_id not in moved]
    for m in moves:
        if m.to == "allocated":  # ranks just above the last family given a place by need
            score = min(200, (min(kept_in) if kept_in else max(kept_out, default=0)) + 1)
        else:  # ranks just below everyone with a place
            score = max(-100, (min(kept_in) if kept_in else 0) - 1)
        with as_stored():  # kept on the request and synced: in English, as stored values are
            why = tr("Moved to {to} at allocation: {reason}").format(to=m.to, reason=m.reason.strip())
        fd.override(session, m.request_id, score, why)
    return fd.write_allocation(session, family_day_id, result)

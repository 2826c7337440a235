"""Family day places in bulk (all or nothing), the allocation proposed then confirmed with moves, and a
whole session's outcomes at once with the booking's status following its outcome."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import FamilyDayRequest
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.visits import calendar, visits, visitors
from fsw_desktop.services.visits import family_day_places as places
from fsw_desktop.services.visits import family_days as fd

TODAY = date(2026, 3, 2)
DAY = date(2026, 4, 18)


def family(s, name: str, number: str, people: int = 2) -> tuple[Person, list[Person]]:
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2025, 6, 1), source="Probation", prisoner_given="Dario", prisoner_family=name,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    members = [visitors.add_visitor(s, f"Adult{n}", name, date(1988, 1, 1 + n), "partner" if n == 0 else "sibling",
                                    case.id, today=TODAY) for n in range(people)]
    return prisoner, members


def requests(s, day) -> int:
    return s.execute(select(func.count()).select_from(FamilyDayRequest).where(
        FamilyDayRequest.family_day_id == day.id)).scalar()


def test_bulk_add_is_all_or_nothing_and_names_each_refusal(s):
    day = fd.add_family_day(s, DAY, "general", "Spring family day", 2, 10)
    a, a_people = family(s, "Quenby", "A1000AA")
    b, b_people = family(s, "Rostrow", "A1000AB")
    c, c_people = family(s, "Tilbury", "A1000AC")
    visitors.set_ban(s, c_people[0].id, "Conveying items", None)
    choices = [places.FamilyChoice(a.id, [p.id for p in a_people]), places.FamilyChoice(b.id, [b_people[0].id]),
               places.FamilyChoice(c.id, [c_people[0].id])]
    with pytest.raises(places.FamiliesRefused) as info:
        places.add_families(s, day.id, choices, requested_on=TODAY)
    assert list(info.value.refused) == [c.id] and "banned" in info.value.refused[c.id]
    assert "Dario Tilbury" in info.value.message and "Nothing was added" in info.value.message
    s.rollback()  # what operations.write does with the refusal
    assert requests(s, day) == 0
    day = fd.add_family_day(s, DAY, "general", "Spring family day", 2, 10)
    a, a_people = family(s, "Quenby", "A1000AA")
    b, b_people = family(s, "Rostrow", "A1000AB")
    added = places.add_families(s, day.id, [places.FamilyChoice(a.id, [p.id for p in a_people]),
                                            places.FamilyChoice(b.id, [b_people[0].id], True)], requested_on=TODAY)
    assert len(added.requests) == 2 and requests(s, day) == 2
    ranked = {r.prisoner_id: r for r in fd.ranked_requests(s, day.id)}
    assert ranked[a.id].people == 2 and ranked[b.id].people == 1  # only the members chosen go
    assert ranked[b.id].score.relationship_repair == fd.REPAIR_POINTS
    with pytest.raises(places.FamiliesRefused, match="already has request"):
        places.add_families(s, day.id, [places.FamilyChoice(a.id, [a_people[0].id])], requested_on=TODAY)
    with pytest.raises(places.FamiliesRefused, match="nobody is ticked"):
        places.add_families(s, day.id, [places.FamilyChoice(a.id, [])], requested_on=TODAY)


def test_allocation_is_proposed_without_writing_then_confirmed_with_a_recorded_move(s):
    day = fd.add_family_day(s, DAY, "general", "Spring family day", 2, 10)
    fams = [family(s, name, f"A20{n}0AA") for n, name in enumerate(("Ulverton", "Vantage", "Wexcombe"))]
    for prisoner, people in fams:
        fd.request_place(s, day.id, prisoner.id, [p.id for p in people], requested_on=TODAY)
    proposal = fd.plan_allocation(s, day.id)
    assert len(proposal.allocated) == 2 and len(proposal.waiting) == 1
    assert {r.status for r in fd.ranked_requests(s, day.id)} == {"requested"}  # nothing written
    first, last = proposal.allocated[0], proposal.waiting[0]
    with pytest.raises(InputRefused, match="Move a family to waiting first"):
        places.confirm_allocation(s, day.id, proposal, [places.Move(last.request_id, "allocated", "Repair")])
    with pytest.raises(InputRefused, match="Record why"):
        places.confirm_allocation(s, day.id, proposal, [places.Move(first.request_id, "waiting", " ")])
    result = places.confirm_allocation(s, day.id, proposal, [
        places.Move(first.request_id, "waiting", "Asked for the next day"),
        places.Move(last.request_id, "allocated", "Child's last chance before a move")])
    assert {r.request_id for r in result.allocated} == {proposal.allocated[1].request_id, last.request_id}
    status = {r.request_id: r for r in fd.ranked_requests(s, day.id)}
    assert status[first.request_id].status == "waiting" and status[last.request_id].status == "allocated"
    assert "Asked for the next day" in status[first.request_id].score.override_reason
    # the rank agrees with the allocation: everyone allocated ranks above everyone waiting
    ranked = fd.ranked_requests(s, day.id)
    assert [r.status for r in ranked] == ["allocated", "allocated", "waiting"]
    later = fd.plan_allocation(s, day.id)
    assert {r.request_id for r in later.allocated} == {r.request_id for r in result.allocated}  # a re-run agrees


def test_a_proposal_is_refused_once_the_requests_changed(s):
    day = fd.add_family_day(s, DAY, "general", "Spring family day", 2, 10)
    prisoner, people = family(s, "Zennor", "A3000AA")
    fd.request_place(s, day.id, prisoner.id, [p.id for p in people], requested_on=TODAY)
    proposal = fd.plan_allocation(s, day.id)
    other, others = family(s, "Ambleside", "A3000AB")
    fd.request_place(s, day.id, other.id, [p.id for p in others], requested_on=TODAY)
    with pytest.raises(InputRefused, match="changed since the allocation was proposed"):
        places.confirm_allocation(s, day.id, proposal)


def test_session_outcomes_at_once_and_the_status_follows(s):
    tue = date(2026, 3, 10)
    hall = calendar.add_template(s, "Afternoon visits", ["TU"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                                 None, 1, 10, 2)
    made = []
    for n, name in enumerate(("Bexley", "Crundale", "Dunmore")):
        prisoner, people = family(s, name, f"A40{n}0AA", people=1)
        made.append(visits.book(s, prisoner.id, hall.id, tue, [people[0].id], people[0].id, today=TODAY)[0])
    after = datetime.combine(tue, time(16, 30))
    with pytest.raises(InputRefused, match="No outcome was saved"):
        visits.record_outcomes(s, {made[0].id: "attended", made[1].id: "had tea"}, now=after)
    done = visits.record_outcomes(s, {made[0].id: "attended", made[1].id: "visitor did not arrive",
                                      made[2].id: "cancelled by establishment"}, now=after)
    assert [b.status for b in done] == ["attended", "did not attend", "cancelled"]
    assert [b.outcome for b in done] == ["attended", "visitor did not arrive", "cancelled by establishment"]
    slot = calendar.slot_for(s, hall.id, tue)
    assert slot.booked_open == 2  # attended and did-not-attend visits held their tables
    visits.record_outcome(s, made[1].id, "attended", now=after)  # a wrong outcome is corrected
    assert made[1].status == "attended"
    with pytest.raises(InputRefused, match="already has an outcome"):
        visits.set_status(s, made[2].id, "booked", "Booked by phone", today=tue)


def test_members_say_who_may_come_and_why_not(s):
    day = fd.add_family_day(s, DAY, "general", "Spring family day", 2, 10)
    prisoner, people = family(s, "Eastleigh", "A5000AA")
    visitors.set_ban(s, people[1].id, "Conveying items", None)
    found = {m.person_id: m for m in places.members(s, day.id, prisoner.id)}
    assert found[people[0].id].may_come and not found[people[0].id].why_not
    assert not found[people[1].id].may_come and "banned" in found[people[1].id].why_not
    offered = {f.prisoner_id: f for f in places.families_on_offer(s, day.id)}
    assert offered[prisoner.id].request_ref == ""
    request = fd.request_place(s, day.id, prisoner.id, [people[0].id], requested_on=TODAY)
    assert {f.prisoner_id: f for f in places.families_on_offer(s, day.id)}[prisoner.id].request_ref == request.ref

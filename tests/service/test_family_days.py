"""Family days of issue 5: requests, the visible priority score, allocation, clearance, lists and CSV.

One profile per module, one rolled-back transaction per test, explicit dates.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import fields
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.models.visits import FamilyDay, FamilyDayAttendee, FamilyDayRequest
from fsw_desktop.services.visits import family_days as fd
from fsw_desktop.services.casework import referrals, safeguarding
from fsw_desktop.services.visits import visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.visits import visitors

TODAY = date(2026, 3, 2)
DAY = date(2026, 4, 18)  # a Saturday
DEADLINE = date(2026, 4, 1)  # security clearance due
TABLES = (FamilyDay, FamilyDayRequest, FamilyDayAttendee, Person, Change, AuditEntry)



def counts(s) -> dict[str, int]:
    return {t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar() for t in TABLES}


def refused(s, fn, *args, match: str | None = None, **kwargs) -> InputRefused:
    before = counts(s)
    with pytest.raises(InputRefused, match=match) as info:
        fn(s, *args, **kwargs)
    assert not s.new and not [o for o in s.dirty if s.is_modified(o)]
    assert counts(s) == before
    return info.value


def family(s, name: str, number: str, children: list[date] = (), adults: int = 1) -> tuple[Person, list[Person]]:
    """A prisoner and family members: ``adults`` partners/relatives, then children with these birthdays."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2025, 6, 1), source="Probation", prisoner_given="Dario", prisoner_family=name,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    members = [visitors.add_visitor(s, f"Adult{n}", name, date(1988, 1, 1 + n), "partner" if n == 0 else "sibling",
                                  case.id, today=TODAY) for n in range(adults)]
    members += [visitors.add_visitor(s, f"Kid{n}", name, dob, "child", case.id, today=TODAY)
                for n, dob in enumerate(children)]
    return prisoner, members


@pytest.fixture
def day(s) -> FamilyDay:
    return fd.add_family_day(s, DAY, "general", "Spring family day", 2, 5, clearance_deadline=DEADLINE,
                             place="Sports hall", programme="Games, lunch, photographs")


def ask(s, day, prisoner, members, requested_on=TODAY, **kw) -> FamilyDayRequest:
    return fd.request_place(s, day.id, prisoner.id, [m.id for m in members], requested_on=requested_on, **kw)


def prisoner_with_family(s, family: str, number: str) -> tuple[Person, Person]:
    """A prisoner and their partner (35 in 2026), in one case."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family=family,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visitors.add_visitor(s, "Mara", family, date(1990, 5, 1), "partner", case.id, today=TODAY)
    return prisoner, partner


def relative(s, prisoner: Person, given: str, dob: date = date(1985, 6, 1), relationship: str = "sibling") -> Person:
    return visitors.add_visitor(s, given, prisoner.family_name, dob, relationship, prisoner.case_id, today=TODAY)


def ask_with_warnings(s, day, prisoner, people, requested_on=TODAY):
    return fd.request_place_with_warnings(s, day.id, prisoner.id, [p.id for p in people], requested_on=requested_on)


# --- days -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, message", [
    ({"capacity_families": 0}, "Capacity in families"),
    ({"capacity_people": 3, "capacity_families": 4}, "cannot be smaller"),
    ({"min_age": 10, "max_age": 2}, "youngest age cannot be above"),
    ({"min_age": -1}, "Youngest age"),
    ({"clearance_deadline": DAY.replace(day=19)}, "before the family day"),
    ({"kind": "  "}, "what kind"),
])
def test_family_day_refused(s, kwargs, message):
    args = {"on": DAY, "kind": "general", "title": "Day", "capacity_families": 10, "capacity_people": 40} | kwargs
    refused(s, fd.add_family_day, **args, match=message)


def test_user_defined_kind_and_default_title(s):
    d = fd.add_family_day(s, DAY, "  grandparents'   day ", "", 6, 20)
    assert d.kind == "grandparents' day" and d.title == "Family day (grandparents' day)" and d.status == "planned"
    assert [x.id for x in fd.family_days(s, start=DAY, end=DAY)] == [d.id]


# --- requests and their history ---------------------------------------------------------------


def test_request_history_first_time_weeks_and_earlier_days(s, day):
    prisoner, members = family(s, "Ashcombe", "A1111AA", [date(2019, 5, 1)])
    first = ask(s, day, prisoner, members)
    assert (first.first_time, first.weeks_since_visit, first.attended_before) == (True, None, 0)
    assert first.case_id == prisoner.case_id and first.status == "requested"
    assert s.execute(select(func.count()).where(FamilyDayAttendee.request_id == first.id)).scalar() == 2

    # another family visited ten weeks before asking, and came to an earlier family day
    p2, m2 = family(s, "Brelwick", "B2222BB", [date(2018, 1, 1)])
    hall = calendar.add_template(s, "Hall", ["TU"], "14:00", "16:00", "Hall", date(2025, 1, 1), None, 1, 10, 1)
    visit, _ = visits.book(s, p2.id, hall.id, date(2025, 12, 16), [m2[0].id], m2[0].id, today=date(2025, 12, 1))
    visits.record_outcome(s, visit.id, "attended", today=date(2025, 12, 16))
    earlier = fd.add_family_day(s, date(2025, 12, 20), "general", "Winter day", 5, 20)
    old = ask(s, earlier, p2, m2, requested_on=date(2025, 11, 1))
    fd.allocate(s, earlier.id)
    fd.record_attendance(s, old.id, True, "Loved the games", today=date(2025, 12, 20))
    again = ask(s, day, p2, m2, requested_on=date(2026, 2, 24))
    assert (again.first_time, again.weeks_since_visit, again.attended_before) == (False, 10, 1)
    refused(s, fd.request_place, day.id, p2.id, [m2[0].id], requested_on=TODAY, match="already has request")


def test_request_refusals(s, day):
    prisoner, members = family(s, "Ashcombe", "A1111AA", [date(2019, 5, 1)])
    refused(s, fd.request_place, day.id, prisoner.id, [], requested_on=TODAY, match="at least one")
    refused(s, fd.request_place, day.id, members[0].id, [members[1].id], requested_on=TODAY,
            match="not recorded as a prisoner")
    refused(s, fd.request_place, day.id, prisoner.id, [members[0].id], requested_on=DAY.replace(day=19),
            match="after the family day")
    visitors.set_ban(s, members[0].id, "Incident at a visit", DAY, today=TODAY)
    refused(s, fd.request_place, day.id, prisoner.id, [m.id for m in members], requested_on=TODAY,
            match="banned from visiting on 18 Apr 2026")
    visitors.lift_ban(s, members[0].id)
    safeguarding.add_restriction(s, prisoner.id, "No contact with children (public protection)", "PP",
                                 date(2026, 1, 1))
    refused(s, fd.request_place, day.id, prisoner.id, [m.id for m in members], requested_on=TODAY,
            match="No child can come")
    assert ask(s, day, prisoner, members[:1])  # adults only is fine


@pytest.mark.parametrize("dob, ok", [
    (date(2024, 4, 19), True),  # 1 on the day (2 the day after)
    (date(2023, 4, 19), True),  # still 2 on the day: the oldest age allowed
    (date(2023, 4, 18), False),  # 3 on the day itself
])
def test_age_range_of_the_day_applies_to_children_on_the_day(s, dob, ok):
    baby_day = fd.add_family_day(s, DAY, "father-and-baby", "Dads and babies", 6, 18, min_age=0, max_age=2)
    prisoner, members = family(s, "Ashcombe", "A1111AA", [dob])  # the partner's age does not matter
    if ok:
        assert ask(s, baby_day, prisoner, members).status == "requested"
    else:
        error = refused(s, fd.request_place, baby_day.id, prisoner.id, [m.id for m in members],
                        requested_on=TODAY)
        assert str(error) == "Kid0 Ashcombe will be 3; this day is for children aged 0 to 2."


def test_adult_children_day(s):
    grown = fd.add_family_day(s, DAY, "adult children", "Adult children's day", 6, 18, min_age=18)
    prisoner, members = family(s, "Ashcombe", "A1111AA", [date(2006, 1, 1), date(2010, 1, 1)], adults=0)
    error = refused(s, fd.request_place, grown.id, prisoner.id, [m.id for m in members], requested_on=TODAY)
    assert "Kid1 Ashcombe will be 16; this day is for children aged 18 and over." in str(error)
    assert ask(s, grown, prisoner, members[:1])


# --- family days judge people by the visits rules -------------------------------------------------


@pytest.mark.parametrize("bar, message", [
    (lambda s, p: visitors.set_ban(s, p.id, "Passed an item at a visit", None, today=TODAY),
     "Oren Ashcombe is banned from visiting on 18 Apr 2026: Passed an item at a visit"),
    (lambda s, p: safeguarding.add_restriction(s, p.id, "Banned from visiting", "Incident", date(2026, 3, 1)),
     "Oren Ashcombe has a restriction in force: Banned from visiting."),
    (lambda s, p: visitors.set_approved(s, p.id, False), "Oren Ashcombe is not approved as a visitor yet."),
    (lambda s, p: visitors.set_closed_restriction(s, p.id, True),
     "Oren Ashcombe: closed visits only. A family day is open contact, so they cannot come."),
    (lambda s, p: safeguarding.add_restriction(s, p.id, "Closed visits", "Security", date(2026, 3, 1)),
     "Oren Ashcombe has a restriction in force: Closed visits. A family day is open contact, so they cannot come."),
])
def test_family_day_refuses_and_leaves_out_who_may_not_visit(s, day, bar, message):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    uncle = relative(s, prisoner, "Oren")
    assert set(fd.family_for_day(s, day.id, prisoner.id)) == {partner.id, uncle.id}
    bar(s, uncle)
    error = refused(s, fd.request_place, day.id, prisoner.id, [partner.id, uncle.id], requested_on=TODAY,
                    match=re.escape(message))
    assert str(error) == message
    assert fd.family_for_day(s, day.id, prisoner.id) == [partner.id]
    assert fd.family_left_out(s, day.id, prisoner.id) == [message]
    request, warnings = ask_with_warnings(s, day, prisoner, [partner])  # the rest of the family can still come
    assert request.status == "requested" and warnings == []


def test_family_day_refused_when_the_prisoner_is_on_closed_visits(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    safeguarding.add_restriction(s, prisoner.id, "Closed visits", "Security", date(2026, 3, 1))
    refused(s, fd.request_place, day.id, prisoner.id, [partner.id], requested_on=TODAY,
            match="Dario Ashcombe has a restriction in force: Closed visits. A family day is open contact")


def test_other_restrictions_warn_on_a_family_day_request(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    safeguarding.add_restriction(s, partner.id, "Supervised contact only", "", date(2026, 3, 1))
    _request, warnings = ask_with_warnings(s, day, prisoner, [partner])
    assert warnings == ["Mara Ashcombe has a restriction in force: Supervised contact only. "
                        "Check this visit is allowed."]


# --- priority ---------------------------------------------------------------------------------


def req(**kw):
    base = {"first_time": False, "weeks_since_visit": None, "relationship_repair": False, "attended_before": 0,
            "override_score": None, "override_reason": ""}
    return SimpleNamespace(**(base | kw))


@pytest.mark.parametrize("request_fields, ages, parts", [
    ({"first_time": True}, [], {"first_time": 30}),
    ({"weeks_since_visit": 0}, [], {}),
    ({"weeks_since_visit": 3}, [], {"not_visiting": 6}),
    ({"weeks_since_visit": 15}, [], {"not_visiting": 30}),
    ({"weeks_since_visit": 40}, [], {"not_visiting": 30}),
    ({"relationship_repair": True}, [], {"relationship_repair": 20}),
    ({}, [0, 10, 11, 15], {"young_children": 10}),  # 11 is not under 11
    ({}, [1, 2, 3, 4, 5, 6], {"young_children": 20}),
    ({"attended_before": 1}, [], {"earlier_attendance": -10}),
    ({"attended_before": 5}, [], {"earlier_attendance": -30}),
    ({"first_time": True, "weeks_since_visit": None, "relationship_repair": True}, [4],
     {"first_time": 30, "relationship_repair": 20, "young_children": 5}),
])
def test_priority_parts(request_fields, ages, parts):
    score = fd.priority(req(**request_fields), ages, DAY)
    expected = {"first_time": 0, "not_visiting": 0, "relationship_repair": 0, "young_children": 0,
                "earlier_attendance": 0} | parts
    assert {k: getattr(score, k) for k in expected} == expected
    assert score.total == score.effective == sum(parts.values())
    assert [points for _, points in score.parts()] == [v for v in (
        expected["first_time"], expected["not_visiting"], expected["relationship_repair"],
        expected["young_children"], expected["earlier_attendance"]) if v]


def test_priority_from_dates_of_birth_and_override():
    # 11th birthday on the day: no longer under 11
    score = fd.priority(req(), [date(2015, 4, 18), date(2015, 4, 19)], DAY)
    assert score.young_children == 5
    score = fd.priority(req(first_time=True, override_score=5, override_reason="Family asked to wait"), [], DAY)
    assert (score.total, score.effective) == (30, 5)
    assert score.parts()[-1] == ("Override by worker: Family asked to wait", 5)


def test_priority_never_reads_incentive_level():
    for cls in (fd.PriorityScore, FamilyDayRequest):
        names = [f.name for f in fields(cls)] if cls is fd.PriorityScore else list(cls.__table__.columns.keys())
        assert not [n for n in names if "incentive" in n or "iep" in n]


# --- allocation -------------------------------------------------------------------------------


def test_allocation_within_both_capacities_with_override(s, day):
    # day: 2 families, 5 people
    pa, ma = family(s, "Ashcombe", "A1111AA", [date(2020, 1, 1), date(2021, 1, 1), date(2022, 1, 1)])  # 4 people
    pb, mb = family(s, "Brelwick", "B2222BB", [date(2012, 1, 1), date(2013, 1, 1)])  # 3 people
    pc, mc = family(s, "Corvane", "C3333CC")  # 1 person
    a = ask(s, day, pa, ma)  # 30 + 15 = 45
    b = ask(s, day, pb, mb, relationship_repair=True)  # 30 + 20 = 50
    c = ask(s, day, pc, mc, requested_on=date(2026, 2, 1))  # 30
    result = fd.allocate(s, day.id)
    assert [r.ref for r in result.allocated] == [b.ref, c.ref]  # b (3) then a (4) would make 7 > 5; c fits
    assert [r.ref for r in result.waiting] == [a.ref]
    assert (result.families_used, result.people_used) == (2, 4)
    assert (a.status, b.status, c.status) == ("waiting", "allocated", "allocated")
    assert [r.effective for r in fd.ranked_requests(s, day.id)] == [50, 45, 30]

    refused(s, fd.override, a.id, 90, "  ", match="Record why")
    refused(s, fd.override, a.id, 500, "Too much", match="-100 to 200")
    fd.override(s, a.id, 90, "Child due to go into care next month; last chance before the move")
    assert s.execute(select(AuditEntry.detail).order_by(AuditEntry.id.desc())).scalar() == "priority overridden"
    kept = fd.allocate(s, day.id)  # places already given are kept
    assert [r.ref for r in kept.allocated] == [b.ref, c.ref]
    redone = fd.allocate(s, day.id, keep_allocated=False)
    assert [r.ref for r in redone.allocated] == [a.ref, c.ref] and [r.ref for r in redone.waiting] == [b.ref]
    assert (redone.families_used, redone.people_used) == (2, 5)
    row = [r for r in redone.allocated if r.ref == a.ref][0]
    assert row.score.total == 45 and row.effective == 90 and row.score.override_reason.startswith("Child due")


def test_ties_go_to_the_earlier_request_and_families_cap(s):
    d = fd.add_family_day(s, DAY, "general", "Small day", 1, 10)
    pa, ma = family(s, "Ashcombe", "A1111AA")
    pb, mb = family(s, "Brelwick", "B2222BB")
    late = ask(s, d, pa, ma, requested_on=date(2026, 2, 20))
    early = ask(s, d, pb, mb, requested_on=date(2026, 2, 10))
    result = fd.allocate(s, d.id)
    assert [r.ref for r in result.allocated] == [early.ref] and [r.ref for r in result.waiting] == [late.ref]
    fd.decline(s, early.id)
    assert [r.ref for r in fd.allocate(s, d.id).allocated] == [late.ref]


def test_refused_clearance_frees_a_place_in_people(s):
    d = fd.add_family_day(s, DAY, "general", "Day", 3, 3)
    pa, ma = family(s, "Ashcombe", "A1111AA", [date(2020, 1, 1)])  # 2 people
    pb, mb = family(s, "Brelwick", "B2222BB", [date(2019, 1, 1)])  # 2 people
    a, b = ask(s, d, pa, ma), ask(s, d, pb, mb, requested_on=date(2026, 3, 1))
    assert [r.ref for r in fd.allocate(s, d.id).allocated] == [b.ref]
    attendee = s.execute(select(FamilyDayAttendee).where(FamilyDayAttendee.request_id == a.id)).scalars().first()
    fd.set_clearance(s, attendee.id, "refused")
    refused(s, fd.set_clearance, attendee.id, "maybe", match="Clearance must be one of")
    assert [r.ref for r in fd.allocate(s, d.id).allocated] == [b.ref, a.ref]


# --- the clearance deadline, and nobody refused clearance is recorded as attending ----------------


def test_clearance_deadline_must_be_before_the_day(s):
    refused(s, fd.add_family_day, DAY, "general", "Day", 5, 20, clearance_deadline=DAY,
            match="Security clearance must be due before the family day")
    assert fd.add_family_day(s, DAY, "general", "Day", 5, 20, clearance_deadline=DAY - timedelta(days=1))


@pytest.mark.parametrize("requested_on, late", [(DEADLINE, False), (DEADLINE + timedelta(days=1), True)])
def test_request_after_the_clearance_deadline_is_taken_with_a_warning(s, day, requested_on, late):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    request, warnings = ask_with_warnings(s, day, prisoner, [partner], requested_on=requested_on)
    assert request.status == "requested"
    if late:
        assert warnings == ["Security clearance for this family day was due by 01 Apr 2026. This request came "
                            "after it: ask security whether they can still clear this family before giving them "
                            "a place."]
    else:
        assert warnings == []


def test_clearance_label_flags_anyone_not_cleared():
    assert fd.clearance_label("pending", DEADLINE, today=DEADLINE) == "PENDING: not cleared yet"
    assert fd.clearance_label("pending", DEADLINE, today=DEADLINE + timedelta(days=1)) == \
        "PENDING: not cleared (was due 01 Apr 2026)"
    assert fd.clearance_label("refused", DEADLINE, today=TODAY) == "REFUSED: do not admit"
    assert fd.clearance_label("cleared", DEADLINE, today=TODAY) == "cleared"


def test_attendee_refused_clearance_is_not_marked_attended(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    uncle = relative(s, prisoner, "Oren")
    request, _ = ask_with_warnings(s, day, prisoner, [partner, uncle])
    fd.allocate(s, day.id)
    attendees = {a.person_id: a for a in s.execute(select(FamilyDayAttendee).where(
        FamilyDayAttendee.request_id == request.id)).scalars()}
    fd.set_clearance(s, attendees[partner.id].id, "cleared")
    fd.set_clearance(s, attendees[uncle.id].id, "refused")
    refused(s, fd.record_attendance, request.id, True, "", today=DAY, present=[partner.id, uncle.id],
            match="Oren Ashcombe was refused security clearance, so cannot be recorded as attending")
    fd.record_attendance(s, request.id, True, "", today=DAY)  # the family came
    assert (attendees[partner.id].attended, attendees[uncle.id].attended) == (True, False)
    rows = {r.person_id: r for r in fd.attendee_list(s, day.id)}
    assert (rows[partner.id].attended, rows[uncle.id].attended) == (True, False)


def test_clearance_refused_after_attendance_never_lists_as_attending(s, day):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    request, _ = ask_with_warnings(s, day, prisoner, [partner])
    fd.allocate(s, day.id)
    fd.record_attendance(s, request.id, True, "", today=DAY)
    attendee = s.execute(select(FamilyDayAttendee).where(FamilyDayAttendee.request_id == request.id)).scalar()
    fd.set_clearance(s, attendee.id, "refused")
    assert [r.attended for r in fd.attendee_list(s, day.id)] == [False]


# --- attendance, lists, CSV -------------------------------------------------------------------


def test_attendance_lists_and_csv(s, day):
    pa, ma = family(s, "Ashcombe", "A1111AA", [date(2019, 5, 1)])
    pb, mb = family(s, "Brelwick", "B2222BB")
    pc, mc = family(s, "Corvane", "C3333CC", [date(2015, 1, 1), date(2016, 1, 1)], adults=2)  # 4: will wait
    a, b = ask(s, day, pa, ma, requested_on=date(2026, 2, 20)), ask(s, day, pb, mb)
    c = ask(s, day, pc, mc)  # 35 points like a (one child under 11), but asked later
    result = fd.allocate(s, day.id)
    assert {r.ref for r in result.allocated} == {a.ref, b.ref} and [r.ref for r in result.waiting] == [c.ref]

    rows = fd.attendee_list(s, day.id)
    assert [(r.prisoner, r.name, r.age) for r in rows] == [
        ("Dario Ashcombe", "Adult0 Ashcombe", 38), ("Dario Ashcombe", "Kid0 Ashcombe", 6),
        ("Dario Brelwick", "Adult0 Brelwick", 38)]
    assert {r.clearance for r in rows} == {"pending"} and not any(r.photo_consent for r in rows)
    fd.set_clearance(s, rows[0].attendee_id, "cleared")
    fd.set_photo_consent(s, rows[1].attendee_id, True)
    assert len(fd.attendee_list(s, day.id, include_waiting=True)) == 7

    security = fd.security_list(s, day.id)
    assert [(x.name, x.date_of_birth, x.relationship, x.prisoner, x.prison_number, x.clearance)
            for x in security][:2] == [
        ("Adult0 Ashcombe", date(1988, 1, 1), "partner", "Dario Ashcombe", "A1111AA", "cleared"),
        ("Kid0 Ashcombe", date(2019, 5, 1), "child", "Dario Ashcombe", "A1111AA", "pending")]

    table = list(csv.reader(io.StringIO(fd.attendees_csv(fd.attendee_list(s, day.id)))))
    assert table[0] == ["Request ref", "Prisoner", "Prison number", "Name", "Date of birth", "Age", "Relationship",
                        "Clearance", "Photo consent", "Attended"]
    assert [r[3] for r in table[1:]] == ["Adult0 Ashcombe", "Kid0 Ashcombe", "Adult0 Brelwick"]
    assert table[2][4:] == ["2019-05-01", "6", "child", "pending", "yes", ""]
    sec = list(csv.reader(io.StringIO(fd.attendees_csv(security))))
    assert sec[0] == ["Name", "Date of birth", "Relationship", "Prisoner", "Prison number", "Clearance"]
    assert len(sec) == 4 and sec[1][0] == "Adult0 Ashcombe"
    assert fd.attendees_csv([]).startswith("Request ref,")

    refused(s, fd.record_attendance, a.id, True, "Great", today=date(2026, 4, 17), match="from the day itself")
    refused(s, fd.record_attendance, c.id, True, "", today=DAY, match="given a place")
    fd.record_attendance(s, a.id, True, "The children loved the craft table", today=DAY, present=[ma[1].id])
    fd.record_attendance(s, b.id, False, "", today=DAY)
    assert (a.attended, a.feedback, b.attended) == (True, "The children loved the craft table", False)
    assert [r.attended for r in fd.attendee_list(s, day.id)] == [False, True, False]
    refused(s, fd.close_family_day, day.id, "held", today=date(2026, 4, 1), match="cannot be held before")
    fd.close_family_day(s, day.id, "held", "Went well; more seating next time", today=DAY)
    assert day.status == "held"
    refused(s, fd.allocate, day.id, match="is held")
    refused(s, fd.request_place, day.id, pc.id, [mc[0].id], requested_on=TODAY, match="takes no more requests")
    # no personal data in the audit trail
    details = s.execute(select(AuditEntry.detail)).scalars().all()
    assert not [d for d in details if "Ashcombe" in d or "craft" in d or "Child due" in d]

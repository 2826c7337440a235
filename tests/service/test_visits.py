"""Visit rules of issue 5 on a real encrypted profile: sessions, visitors, booking checks, statuses.

One profile per module; each test works inside its own transaction and rolls it
back, so tests are independent and fast. Every date is explicit (TODAY is a
Monday), so nothing depends on the day the tests run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.base import REF_ALPHABET
from fsw_desktop.models.meta import AuditEntry, Setting
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.models.visits import BlockedDate, Booking, BookingVisitor, SessionTemplate
from fsw_desktop.services.casework import referrals, safeguarding
from fsw_desktop.services.visits import visit_rules, visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.visits import visitors
from fsw_desktop.services.visits.visit_rules import Rules

TODAY = date(2026, 3, 2)  # Monday
TUE = date(2026, 3, 10)
THU = date(2026, 3, 12)
TABLES = (SessionTemplate, BlockedDate, Booking, BookingVisitor, Person, Change, AuditEntry, Setting)



@dataclass
class World:
    s: object
    case_id: str
    prisoner: Person
    partner: Person  # the lead visitor, 35 at the visits
    hall: SessionTemplate  # Tue and Thu 14:00-16:00, 3 open tables, 1 closed booth

    def adult(self, given: str = "Oren", dob: date = date(1985, 6, 1), relationship: str = "sibling") -> Person:
        return visitors.add_visitor(self.s, given, "Ashcombe", dob, relationship, self.case_id, today=TODAY)

    def child(self, given: str, dob: date) -> Person:
        return visitors.add_visitor(self.s, given, "Ashcombe", dob, "child", self.case_id, today=TODAY)

    def prisoner2(self, family: str = "Brelwick", number: str = "B2345CD") -> Person:
        case = referrals.create_referral(self.s, referrals.ReferralInput(
            referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Tam", prisoner_family=family,
            prison_number=number), today=TODAY)
        return self.s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()

    def check(self, visitors, on=TUE, lead=None, template=None, prisoner=None, today=TODAY, **kw):
        ids = [v.id for v in visitors]
        return visits.check_booking(self.s, (prisoner or self.prisoner).id, (template or self.hall).id, on, ids,
                                    (lead or visitors[0]).id if visitors else None, today=today, **kw)

    def book(self, visitors, on=TUE, lead=None, template=None, prisoner=None, today=TODAY, **kw):
        ids = [v.id for v in visitors]
        booking, _ = visits.book(self.s, (prisoner or self.prisoner).id, (template or self.hall).id, on, ids,
                                 (lead or visitors[0]).id, today=today, **kw)
        return booking


@pytest.fixture
def w(s) -> World:
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family="Ashcombe",
        prison_number="A1234BC"), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visitors.add_visitor(s, "Mara", "Ashcombe", date(1990, 5, 1), "partner", case.id, today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                               None, 1, 3, 1)
    return World(s, case.id, prisoner, partner, hall)


def counts(s) -> dict[str, int]:
    return {t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar() for t in TABLES}


def refused(s, fn, *args, match: str | None = None, **kwargs) -> InputRefused:
    """Expect InputRefused and check nothing was added or changed."""
    before = counts(s)
    with pytest.raises(InputRefused, match=match) as info:
        fn(s, *args, **kwargs)
    assert not s.new and not [o for o in s.dirty if s.is_modified(o)]
    assert counts(s) == before
    return info.value


def errors_matching(check, pattern: str) -> list[str]:
    return [e for e in check.errors if re.search(pattern, e)]


# A second way in, with a small hall (1 open table, 1 closed booth) so that one booking fills it.

def prisoner_with_family(s, family: str, number: str) -> tuple[Person, Person]:
    """A prisoner and their partner (35 in 2026), in one case."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family=family,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visitors.add_visitor(s, "Mara", family, date(1990, 5, 1), "partner", case.id, today=TODAY)
    return prisoner, partner


@pytest.fixture
def hall(s):
    """Tuesdays and Thursdays 14:00-16:00: 1 open table, 1 closed booth."""
    return calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                               None, 1, 1, 1)


def book(s, prisoner, hall, people, **kw) -> Booking:
    booking, _ = visits.book(s, prisoner.id, hall.id, TUE, [p.id for p in people], people[0].id, today=TODAY, **kw)
    return booking


@pytest.fixture
def waiting(s, hall):
    """The only open table is taken; a second family waits. Returns (holder, waiting booking, its lead visitor)."""
    p1, lead1 = prisoner_with_family(s, "Ashcombe", "A1111AA")
    holder = book(s, p1, hall, [lead1])
    p2, lead2 = prisoner_with_family(s, "Brelwick", "B2222BB")
    queued = book(s, p2, hall, [lead2], waiting_list=True)
    visits.set_status(s, holder.id, "cancelled", "Cancelled by the visitor", today=TODAY)  # a place is free
    return holder, queued, lead2


# --- rules as data ------------------------------------------------------------------------------


def test_rules_default_and_round_trip(s):
    assert visit_rules.get_rules(s) == Rules(18, 6, 3, 5, 1, 28, 4)
    visit_rules.set_rules(s, Rules(adult_age=16, max_visitors=5, max_adults=2, max_children=4, min_notice_days=0,
                                   max_notice_days=42, visiting_orders_per_month=3))
    got = visit_rules.get_rules(s)
    assert (got.adult_age, got.max_visitors, got.max_adults, got.max_notice_days) == (16, 5, 2, 42)
    assert s.execute(select(AuditEntry.detail).order_by(AuditEntry.id.desc())).scalar() == "visit rules"
    # a rule missing from what is stored takes its default
    s.get(Setting, "visit_rules").value = '{"adult_age": 17}'
    assert visit_rules.get_rules(s) == Rules(adult_age=17)


@pytest.mark.parametrize("rules, message", [
    (Rules(adult_age=9), "counts as an adult"),
    (Rules(max_visitors=0), "Maximum visitors"),
    (Rules(max_adults=4, max_visitors=3), "adults cannot be more"),
    (Rules(max_children=7), "children cannot be more"),
    (Rules(min_notice_days=30, max_notice_days=28), "Minimum notice"),
    (Rules(visiting_orders_per_month=True), "Visits allowed"),
    (Rules(max_notice_days="28"), "Maximum notice"),
])
def test_rules_refused(s, rules, message):
    refused(s, visit_rules.set_rules, rules, match=message)


# --- templates and sessions -------------------------------------------------------------------


@pytest.mark.parametrize("kwargs, message", [
    ({"weekdays": []}, "days of the week"),
    ({"weekdays": ["XX"]}, "days of the week"),
    ({"starts": "25:00"}, "time like 14:00"),
    ({"ends": "13:00"}, "end after it starts"),
    ({"valid_to": date(2025, 12, 31)}, "last date cannot be before"),
    ({"interval_weeks": 3}, "every week"),
    ({"open_capacity": -1}, "Open capacity"),
    ({"open_capacity": 0, "closed_capacity": 0}, "at least one"),
    ({"weekdays": ["SA"], "valid_to": date(2026, 1, 2)}, "None of those weekdays"),
])
def test_template_refused(s, kwargs, message):
    args = {"name": "X", "weekdays": ["TU"], "starts": "14:00", "ends": "16:00", "room": "Hall",
            "valid_from": date(2026, 1, 1), "valid_to": None, "interval_weeks": 1, "open_capacity": 10,
            "closed_capacity": 1} | kwargs
    refused(s, calendar.add_template, **args, match=message)


def test_weekly_fortnightly_ended_and_extra_sessions(w):
    s = w.s
    # fortnightly Sunday counted from the Monday of the week holding valid_from (Wed 4 Mar -> Sun 8 Mar)
    sunday = calendar.add_template(s, "", "su", "9:30", "11:30", "Family room", date(2026, 3, 4), None, 2, 12, 0)
    assert sunday.name == "Sunday 09:30" and sunday.starts == "09:30"
    ended = calendar.add_template(s, "Evening", ["MO", "WE"], "18:00", "19:30", "Hall", date(2026, 3, 1),
                                date(2026, 3, 11), 1, 10, 0)
    extra = calendar.add_extra_session(s, date(2026, 3, 14), "10:00", "12:00", "Hall", 8, 1)
    assert extra.one_off and extra.valid_from == extra.valid_to == date(2026, 3, 14) and extra.weekdays == "SA"
    slots = calendar.sessions_between(s, date(2026, 3, 1), date(2026, 3, 31))
    by_template = {}
    for slot in slots:
        by_template.setdefault(slot.template_id, []).append(slot.on)
    assert by_template[sunday.id] == [date(2026, 3, 8), date(2026, 3, 22)]
    assert by_template[ended.id] == [date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 9), date(2026, 3, 11)]
    assert by_template[extra.id] == [date(2026, 3, 14)]
    assert len(by_template[w.hall.id]) == 9  # Tuesdays and Thursdays of March 2026
    assert slots == sorted(slots, key=lambda x: (x.on, x.starts, x.name, x.template_id))
    # a fortnightly rule far from its first date keeps its phase
    later = calendar.sessions_between(s, date(2027, 3, 1), date(2027, 3, 14))
    assert [x.on for x in later if x.template_id == sunday.id] == [date(2027, 3, 7)]
    assert (date(2027, 3, 7) - date(2026, 3, 8)).days % 14 == 0


def test_clock_change_weeks_keep_dates_and_wall_times(w):
    """Last Sundays of March (29th, to BST) and October (25th, to GMT) 2026."""
    s = w.s
    sunday = calendar.add_template(s, "Family", ["SU"], "10:00", "12:00", "Family room", date(2026, 3, 1), None, 2,
                                 12, 0)
    london = ZoneInfo("Europe/London")
    for monday, sunday_date in ((date(2026, 3, 23), date(2026, 3, 29)), (date(2026, 10, 19), date(2026, 10, 25))):
        slots = calendar.week(s, monday + timedelta(days=3))  # any day of the week gives the week
        assert [(x.on, x.starts, x.ends) for x in slots] == [
            (monday + timedelta(days=1), "14:00", "16:00"), (monday + timedelta(days=3), "14:00", "16:00"),
            (sunday_date, "10:00", "12:00")]
        family = slots[-1]
        assert family.template_id == sunday.id and family.start_at == datetime.combine(sunday_date, datetime.min.time()
                                                                                       ).replace(hour=10)
        # the wall-clock hour stays although the offset from UTC changes that very day
        before = datetime.combine(sunday_date - timedelta(days=1), family.start_at.time(), london)
        on_day = family.start_at.replace(tzinfo=london)
        assert before.hour == on_day.hour == 10 and before.utcoffset() != on_day.utcoffset()
    # and a visit can be booked for the Sunday of the change
    booking = w.book([w.partner], on=date(2026, 3, 29), template=sunday, today=date(2026, 3, 20))
    assert booking.on == date(2026, 3, 29)


def test_blocked_dates(w):
    s = w.s
    whole = calendar.block_date(s, TUE, "Head of Security", "Staff training day")
    assert s.execute(select(AuditEntry.detail).order_by(AuditEntry.id.desc())).scalar() == "date blocked"
    refused(s, calendar.block_date, TUE, "Duty governor", "Again", match="already blocked")
    refused(s, calendar.block_date, THU, "", "Why", match="who decided")
    refused(s, calendar.block_date, THU, "Me", " ", match="why the date")
    check = w.check([w.partner])
    assert errors_matching(check, "Visits on 10 Mar 2026 are cancelled: Staff training day")
    refused(s, visits.book, w.prisoner.id, w.hall.id, TUE, [w.partner.id], w.partner.id, today=TODAY,
            match="cancelled")
    slot = [x for x in calendar.week(s, TUE) if x.on == TUE][0]
    assert slot.blocked and slot.blocked_why == "Staff training day"
    # one template only: another session the same day still runs
    other = calendar.add_template(s, "Evening", ["TH"], "18:00", "19:00", "Hall", date(2026, 1, 1), None, 1, 5, 0)
    calendar.block_date(s, THU, "Visits manager", "Hall repairs", template_id=w.hall.id)
    on_thu = {x.template_id: x.blocked for x in calendar.week(s, THU) if x.on == THU}
    assert on_thu == {w.hall.id: True, other.id: False}
    assert w.check([w.partner], on=THU, template=other).ok
    calendar.unblock_date(s, whole.id)
    assert s.get(BlockedDate, whole.id).deleted is True
    assert w.check([w.partner]).ok


def test_no_session_on_a_date_the_template_does_not_run(w):
    check = w.check([w.partner], on=date(2026, 3, 11))  # a Wednesday
    assert errors_matching(check, "no such visiting session")


# --- a session without open tables takes no open visit --------------------------------------------


def test_no_open_tables_is_refused_not_full(s):
    booths = calendar.add_template(s, "Closed only", ["TU"], "10:00", "11:00", "Booths", date(2026, 1, 1), None, 1,
                                 0, 2)
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    check = visits.check_booking(s, prisoner.id, booths.id, TUE, [partner.id], partner.id, today=TODAY)
    assert visits.NO_OPEN_TABLES in check.errors and not check.full
    assert visits.NO_OPEN_TABLES == "This session has no open tables; choose another session."
    for kw in ({}, {"waiting_list": True}, {"overbook_reason": "Family travelling far"}):
        refused(s, visits.book, prisoner.id, booths.id, TUE, [partner.id], partner.id, today=TODAY,
                match=re.escape(visits.NO_OPEN_TABLES), **kw)
    closed, _ = visits.book(s, prisoner.id, booths.id, TUE, [partner.id], partner.id, visit_type="closed",
                            today=TODAY)
    assert closed.closed and closed.status == "booked"


# --- ages and counts ----------------------------------------------------------------------------


def _three_adults(w):
    return [w.partner, w.adult("Oren"), w.adult("Pell", relationship="grandparent carer",
                                                 dob=date(1960, 1, 1))]


@pytest.mark.parametrize("dob, counts_as_adult", [
    (date(2008, 3, 10), True),  # 18 on the visit date itself
    (date(2008, 3, 9), True),  # turned 18 the day before
    (date(2008, 3, 11), False),  # turns 18 the day after: still a child
])
def test_child_turning_adult_age_on_the_visit_date(w, dob, counts_as_adult):
    teen = w.child("Ysel", dob)
    check = w.check(_three_adults(w) + [teen])
    assert (check.adults, check.children) == ((4, 0) if counts_as_adult else (3, 1))
    assert bool(errors_matching(check, "at most 3 adults")) == counts_as_adult


def test_adult_age_is_the_establishments(w):
    visit_rules.set_rules(w.s, Rules(adult_age=16))
    on_birthday = w.child("Kes", date(2010, 3, 10))  # 16 on the visit date
    day_after = w.child("Lun", date(2010, 3, 11))
    assert w.check(_three_adults(w) + [on_birthday]).adults == 4
    check = w.check(_three_adults(w) + [day_after])
    assert (check.adults, check.children) == (3, 1) and check.ok


def test_29_february_birthday_in_a_common_year(w):
    leap = w.child("Fen", date(2008, 2, 29))
    # dateutil's rule: in 2026 the birthday is taken as 28 February, so 18 by 3 March
    check = w.check(_three_adults(w) + [leap], on=date(2026, 3, 3))
    assert check.adults == 4


@pytest.mark.parametrize("dob, ok", [(date(2008, 3, 10), True), (date(2008, 3, 11), False)])
def test_lead_visitor_18_on_the_visit_date(w, dob, ok):
    young = w.adult("Rask", dob=dob)
    check = w.check([young, w.child("Ivy", date(2020, 1, 1))], lead=young)
    assert bool(errors_matching(check, "lead visitor must be 18")) is not ok
    assert bool(errors_matching(check, "At least one visitor must be an adult")) is not ok


def test_lead_must_be_on_the_booking_and_children_need_an_adult(w):
    kid = w.child("Ivy", date(2016, 1, 1))
    check = w.check([kid], lead=w.partner)
    assert errors_matching(check, "lead visitor must be one of the visitors")
    assert errors_matching(check, "At least one visitor must be an adult")
    check = visits.check_booking(w.s, w.prisoner.id, w.hall.id, TUE, [w.partner.id], None, today=TODAY)
    assert errors_matching(check, "Choose the lead visitor")


def test_visitor_and_children_limits(w):
    kids = [w.child(f"K{n}", date(2015, 1, n + 1)) for n in range(6)]
    check = w.check([w.partner] + kids)
    assert errors_matching(check, "at most 6 visitors; this one has 7")
    assert errors_matching(check, "at most 5 children; this one has 6")
    check = w.check([w.partner] + kids[:5])
    assert check.ok and (check.adults, check.children) == (1, 5)


def test_visitor_without_date_of_birth_or_approval_and_a_prisoner_as_visitor(w):
    nameless = Person(case_id=w.case_id, given_name="Nia", family_name="Ashcombe", relationship="sibling")
    w.s.add(nameless)
    w.s.flush()
    check = w.check([w.partner, nameless])
    assert errors_matching(check, "Nia Ashcombe has no date of birth")
    pending = w.adult("Orla")
    visitors.set_approved(w.s, pending.id, False)
    assert errors_matching(w.check([w.partner, pending]), "Orla Ashcombe is not approved")
    visitors.set_approved(w.s, pending.id, True)
    assert w.check([w.partner, pending]).ok
    check = w.check([w.partner], prisoner=w.partner)
    assert errors_matching(check, "not recorded as a prisoner")
    other = w.prisoner2()
    check = w.check([w.partner, other])
    assert errors_matching(check, "is a prisoner, not a visitor")


# --- capacity and pools ------------------------------------------------------------------------


def test_capacity_exactly_full_then_waiting_list_or_overbooking(w):
    families = []
    for n in range(4):
        p = w.prisoner2(f"Fam{n}", f"C{1000 + n}DE")
        families.append((p, visitors.add_visitor(w.s, "Lead", f"Fam{n}", date(1980, 1, 1), "partner", today=TODAY)))
    for p, lead in families[:2]:
        w.book([lead], prisoner=p)
    last = w.check([w.partner])
    assert last.ok and not last.full  # the third and last table
    w.book([w.partner])
    p, lead = families[2]
    check = w.check([lead], prisoner=p)
    assert check.ok and check.full
    refused(w.s, visits.book, p.id, w.hall.id, TUE, [lead.id], lead.id, today=TODAY,
            match=re.escape(visits.FULL_MESSAGE))
    waiting, _ = visits.book(w.s, p.id, w.hall.id, TUE, [lead.id], lead.id, today=TODAY, waiting_list=True)
    assert (waiting.status, waiting.waiting_list, waiting.overbooked) == ("requested", True, False)
    p3, lead3 = families[3]
    over, _ = visits.book(w.s, p3.id, w.hall.id, TUE, [lead3.id], lead3.id, today=TODAY,
                          overbook_reason="Family travelling 200 miles; governor agreed")
    assert over.overbooked and over.status == "booked" and over.overbook_reason.startswith("Family travelling")
    slot = calendar.slot_for(w.s, w.hall.id, TUE)
    assert (slot.booked_open, slot.booked_closed, slot.waiting, slot.open_free) == (4, 0, 1, 0)
    week = {x.on: x for x in calendar.week(w.s, date(2026, 3, 9)) if x.template_id == w.hall.id}
    assert (week[TUE].booked_open, week[TUE].waiting, week[THU].booked_open) == (4, 1, 0)


def test_waiting_list_refused_while_places_remain(w):
    refused(w.s, visits.book, w.prisoner.id, w.hall.id, TUE, [w.partner.id], w.partner.id, today=TODAY,
            waiting_list=True, match="still has places")


def test_closed_pool_is_separate(w):
    s = w.s
    fams = []
    for n in range(4):
        p = w.prisoner2(f"Fam{n}", f"C{2000 + n}DE")
        fams.append((p, visitors.add_visitor(s, "Lead", f"Fam{n}", date(1980, 1, 1), "partner", today=TODAY)))
    for p, lead in fams[:3]:
        w.book([lead], prisoner=p)
    assert w.check([w.partner]).full  # open pool full
    visitors.set_closed_restriction(s, w.partner.id, True)
    check = w.check([w.partner])
    assert check.closed and not check.full and check.visit_type == "closed"
    assert any("closed visits only" in x for x in check.warnings)
    booking = w.book([w.partner])
    assert booking.closed and booking.visit_type == "closed" and not booking.overbooked
    p, lead = fams[3]
    check = w.check([lead], prisoner=p, visit_type="closed")
    assert check.closed and check.full  # the one closed booth is taken
    slot = calendar.slot_for(s, w.hall.id, TUE)
    assert (slot.booked_open, slot.booked_closed) == (3, 1)
    # open places elsewhere are not closed places
    assert not w.check([lead], prisoner=p, on=THU, visit_type="closed").full


def test_closed_restrictions_and_sessions_without_booths(w):
    s = w.s
    safeguarding.add_restriction(s, w.prisoner.id, "Closed visits", "Item passed at a visit", date(2026, 3, 1),
                                 date(2026, 3, 31))
    assert w.check([w.partner]).closed
    assert not w.check([w.partner], on=date(2026, 4, 2), today=date(2026, 3, 20)).closed  # restriction over
    kid = w.child("Ivy", date(2018, 1, 1))
    check = w.check([w.partner, kid], visit_type="father-child")
    assert errors_matching(check, "cannot be closed; book a closed visit instead")
    family = calendar.add_template(s, "Family", ["SU"], "10:00", "12:00", "Family room", date(2026, 1, 1), None, 1,
                                 10, 0)
    check = w.check([w.partner], on=date(2026, 3, 15), template=family)
    assert errors_matching(check, "takes no closed visits")


# --- notice, allowance, bans, restrictions ------------------------------------------------------


@pytest.fixture
def daily(w):
    return calendar.add_template(w.s, "Daily", list(calendar.WEEKDAYS), "10:00", "11:00", "Hall", date(2026, 1, 1),
                               None, 1, 20, 2)


@pytest.mark.parametrize("days_ahead, message", [
    (-1, "date has passed"), (0, "1 day\\(s\\) notice: the earliest date now is 03 Mar 2026"),
    (1, None), (28, None), (29, "at most 28 days ahead: the latest date now is 30 Mar 2026"),
])
def test_notice_window(w, daily, days_ahead, message):
    check = w.check([w.partner], on=TODAY + timedelta(days=days_ahead), template=daily)
    if message is None:
        assert check.ok, check.errors
    else:
        assert errors_matching(check, message), check.errors


def test_same_day_booking_when_minimum_notice_is_zero(w, daily):
    visit_rules.set_rules(w.s, Rules(min_notice_days=0))
    assert w.check([w.partner], on=TODAY, template=daily).ok


def test_allowance_renews_on_the_first_of_next_month(w):
    visit_rules.set_rules(w.s, Rules(max_notice_days=60))
    march = [date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 10), date(2026, 3, 12)]
    for n, on in enumerate(march):
        check = w.check([w.partner], on=on)
        assert check.allowance_renews_on is None and not check.warnings, (n, check.warnings)
        w.book([w.partner], on=on)
    fifth = w.check([w.partner], on=date(2026, 3, 31))
    assert fifth.ok and fifth.allowance_renews_on == date(2026, 4, 1)
    assert fifth.warnings == ["This prisoner's 4 visits for March 2026 are used (4 booked). "
                              "The allowance renews on 01 Apr 2026."]
    booking, check = visits.book(w.s, w.prisoner.id, w.hall.id, date(2026, 3, 31), [w.partner.id], w.partner.id,
                                 today=TODAY)
    assert booking.status == "booked" and check.allowance_renews_on == date(2026, 4, 1)  # a warning, not a refusal
    april = w.check([w.partner], on=date(2026, 4, 2))
    assert april.allowance_renews_on is None and not april.warnings
    # a cancelled booking gives its visiting order back
    visits.set_status(w.s, booking.id, "cancelled", "Cancelled by the visitor", today=TODAY)
    visits.set_status(w.s, w.s.execute(select(Booking.id).where(Booking.on == march[0])).scalar(), "withdrawn",
                      "Withdrawn by the family", today=TODAY)
    assert w.check([w.partner], on=date(2026, 3, 31)).allowance_renews_on is None


@pytest.mark.parametrize("until, banned", [(TUE - timedelta(days=1), False), (TUE, True), (None, True)])
def test_ban_until_the_day_before_or_the_day_of(w, until, banned):
    visitors.set_ban(w.s, w.partner.id, "Passed an item at a visit", until, today=TODAY if until is None else
                   min(TODAY, until))
    check = w.check([w.partner])
    found = errors_matching(check, "Mara Ashcombe is banned from visiting")
    assert bool(found) is banned
    if banned:
        assert found[0].endswith(": Passed an item at a visit")
        assert ("until 10 Mar 2026" in found[0]) is (until is not None)
    visitors.lift_ban(w.s, w.partner.id)
    assert w.check([w.partner]).ok


def test_ban_needs_a_reason_and_a_future_end(w):
    refused(w.s, visitors.set_ban, w.partner.id, "  ", None, today=TODAY, match="why the visitor is banned")
    refused(w.s, visitors.set_ban, w.partner.id, "Reason", TODAY - timedelta(days=1), today=TODAY,
            match="already be over")
    refused(w.s, visitors.lift_ban, w.partner.id, match="not banned")
    refused(w.s, visitors.set_ban, w.prisoner.id, "Reason", None, today=TODAY, match="not a visitor")


def test_restrictions_on_children_and_bans_as_restrictions(w):
    s = w.s
    safeguarding.add_restriction(s, w.prisoner.id, "No contact with children (public protection)",
                                 "Public protection", date(2026, 1, 1), date(2026, 3, 11))
    kid = w.child("Ivy", date(2016, 1, 1))
    check = w.check([w.partner, kid])
    assert errors_matching(check, "No contact with children .* No child under 18 can be on this visit")
    assert w.check([w.partner]).ok  # adults only
    assert w.check([w.partner, kid], on=THU).ok  # the restriction ended the day before
    uncle = w.adult("Uri")
    safeguarding.add_restriction(s, uncle.id, "Banned from visiting", "Incident in the hall", date(2026, 3, 1))
    assert errors_matching(w.check([w.partner, uncle], on=THU), "Uri Ashcombe has a restriction in force: Banned")
    safeguarding.add_restriction(s, w.partner.id, "Supervised contact only", "", date(2026, 3, 1))
    check = w.check([w.partner], on=THU)
    assert check.ok and any("Supervised contact only" in x for x in check.warnings)


# --- a visit cancelled by the establishment gives its visiting order back -------------------------


def test_visit_cancelled_by_the_establishment_gives_its_visiting_order_back(s):
    daily = calendar.add_template(s, "Daily", list(calendar.WEEKDAYS), "14:00", "16:00", "Hall", date(2026, 1, 1),
                                None, 1, 10, 2)
    visit_rules.set_rules(s, Rules(max_notice_days=60))
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    march = [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6)]
    made = [visits.book(s, prisoner.id, daily.id, on, [partner.id], partner.id, today=TODAY)[0] for on in march]
    later = date(2026, 3, 20)
    assert visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id,
                                today=TODAY).allowance_renews_on == date(2026, 4, 1)
    visits.record_outcome(s, made[0].id, visits.CANCELLED_BY_ESTABLISHMENT, today=march[0])
    check = visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id, today=TODAY)
    assert check.allowance_renews_on is None and not check.warnings
    # a visit that did happen still counts
    visits.record_outcome(s, made[0].id, "attended", today=march[0])
    assert visits.check_booking(s, prisoner.id, daily.id, later, [partner.id], partner.id,
                                today=TODAY).allowance_renews_on == date(2026, 4, 1)
    assert s.execute(select(func.count()).select_from(Booking).where(Booking.prisoner_id == prisoner.id)).scalar() == 4


# --- visit types --------------------------------------------------------------------------------


def test_visit_types(w):
    check = w.check([w.partner], visit_type="father-child")
    assert errors_matching(check, "father-child visit needs at least one child")
    baby = w.child("Nell", date(2025, 12, 1))
    assert w.check([w.partner, baby], visit_type="new baby").ok
    check = w.check([w.partner], visit_type="new baby")
    assert check.ok and any("baby under one" in x for x in check.warnings)
    check = w.check([w.partner], visit_type="picnic")
    assert errors_matching(check, "Visit type must be one of")


def test_final_contact_before_adoption_needs_assessment_and_support(w):
    kid = w.child("Ivy", date(2022, 1, 1))
    check = w.check([w.partner, kid], visit_type=visits.FINAL_CONTACT)
    assert errors_matching(check, "local authority's assessment") and errors_matching(check, "support the parent")
    refused(w.s, visits.book, w.prisoner.id, w.hall.id, TUE, [w.partner.id, kid.id], w.partner.id,
            visit_type=visits.FINAL_CONTACT, today=TODAY, la_assessment="Assessment of 3 Feb (synthetic)",
            match="support the parent")
    booking, _ = visits.book(w.s, w.prisoner.id, w.hall.id, TUE, [w.partner.id, kid.id], w.partner.id,
                             visit_type=visits.FINAL_CONTACT, today=TODAY,
                             la_assessment="Assessment of 3 Feb (synthetic)",
                             parent_support="Chaplain and FSW after the visit")
    assert booking.visit_type == visits.FINAL_CONTACT and booking.la_assessment and booking.parent_support


# --- booking, duplicates, first visit, lists --------------------------------------------------


def test_book_writes_visitors_history_and_audit_without_names(w):
    kid = w.child("Ivy", date(2016, 1, 1))
    booking, check = visits.book(w.s, w.prisoner.id, w.hall.id, TUE, [w.partner.id, kid.id, kid.id], w.partner.id,
                                 today=TODAY, notes="Bringing a card")
    assert check.first_visit and check.ok
    assert visits.booking_reference(booking) == booking.ref
    assert re.fullmatch(rf"B-[{REF_ALPHABET}]{{5}}", booking.ref)
    rows = w.s.execute(select(BookingVisitor.person_id).where(BookingVisitor.booking_id == booking.id)).scalars()
    assert sorted(rows) == sorted([w.partner.id, kid.id])
    assert w.s.execute(select(func.count()).where(Change.record_id == booking.id, Change.field == "*")).scalar() == 1
    detail = w.s.execute(select(AuditEntry.detail).where(AuditEntry.record_id == booking.id)).scalar()
    assert detail == "booking: social, booked" and "Ashcombe" not in detail


def test_refused_booking_lists_every_error_one_per_line(w):
    kid = w.child("Ivy", date(2016, 1, 1))
    error = refused(w.s, visits.book, w.prisoner.id, w.hall.id, date(2026, 3, 11), [kid.id], kid.id, today=TODAY)
    lines = str(error).split("\n")
    assert len(lines) >= 3 and any("no such visiting session" in x for x in lines)
    assert any("lead visitor must be 18" in x for x in lines)


def test_duplicates_at_the_same_session(w):
    w.book([w.partner])
    check = w.check([w.adult("Oren")])
    assert errors_matching(check, r"already has booking B-\w+ at this session")
    other = w.prisoner2()
    check = w.check([w.partner], prisoner=other)
    assert errors_matching(check, r"Mara Ashcombe is already on booking B-\w+ at this session")
    assert w.check([w.partner], on=THU).ok


def test_first_visit_and_lists(w):
    s = w.s
    kid = w.child("Ivy", date(2016, 1, 1))
    past = w.book([w.partner, kid], on=date(2026, 2, 10), today=date(2026, 2, 1))
    visits.record_outcome(s, past.id, "attended", today=date(2026, 2, 10))
    assert not w.check([w.partner]).first_visit
    assert not w.check([kid, w.partner]).first_visit
    newcomer = visitors.add_visitor(s, "Wyn", "Tavely", date(1970, 1, 1), "other", today=TODAY)  # visitor-only
    assert newcomer.case_id is None
    assert w.check([newcomer]).first_visit
    missed = w.book([newcomer], on=date(2026, 2, 12), today=date(2026, 2, 1))
    visits.record_outcome(s, missed.id, "visitor did not arrive", today=date(2026, 2, 12))
    assert w.check([newcomer]).first_visit  # a visit that did not happen does not count
    assert visitors.is_first_visit(s, w.prisoner.id, [w.partner.id], before=date(2026, 2, 10))
    booking = w.book([newcomer])
    rows = visits.bookings_for(s, prisoner_id=w.prisoner.id)
    assert [r.on for r in rows] == [date(2026, 2, 10), date(2026, 2, 12), TUE]
    assert [r.first_visit for r in rows] == [True, True, True]
    assert rows[0].visitors == 2 and rows[0].lead_name == "Mara Ashcombe" and rows[0].outcome == "attended"
    assert rows[0].prisoner_name == "Dario Ashcombe" and rows[0].prison_number == "A1234BC"
    assert rows[0].starts == "14:00" and rows[0].room == "Visits hall"
    assert [r.ref for r in visits.bookings_for(s, on=TUE)] == [booking.ref]
    assert visits.bookings_for(s, status="cancelled") == []
    mine = {v.person_id for v in visitors.visitors_for(s, w.prisoner.id, on=TODAY)}
    assert {w.partner.id, kid.id, newcomer.id} <= mine and w.prisoner.id not in mine
    assert [v.name for v in visitors.search_visitors(s, "wy", on=TODAY)] == ["Wyn Tavely"]
    detail = visits.booking_detail(s, past.id)
    assert detail.first_visit and detail.outcome == "attended" and detail.status == "attended" and detail.next_statuses == ()
    assert [(v.name, v.age, v.lead, v.counts_as_adult) for v in detail.visitors] == [
        ("Mara Ashcombe", 35, True, True), ("Ivy Ashcombe", 10, False, False)]


# --- statuses and outcomes ----------------------------------------------------------------------


@pytest.mark.parametrize("start, to, ok", [
    ("requested", "booked", True), ("requested", "cancelled", True), ("requested", "rejected", True),
    ("requested", "withdrawn", True), ("booked", "cancelled", True), ("booked", "withdrawn", True),
    ("booked", "rejected", False), ("booked", "requested", False), ("cancelled", "booked", False),
    ("rejected", "booked", False), ("withdrawn", "requested", False),
])
def test_status_transitions(w, start, to, ok):
    booking = w.book([w.partner])
    booking.status = start  # as if it had got there
    w.s.flush()
    reason = visits.REASON_CODES[to][0]
    if ok:
        visits.set_status(w.s, booking.id, to, reason, today=TODAY)
        assert booking.status == to and booking.status_reason == reason
        assert w.s.execute(select(Change.value).where(Change.record_id == booking.id, Change.field == "status")
                           .order_by(Change.hlc.desc())).scalar() == f'"{to}"'
    else:
        refused(w.s, visits.set_status, booking.id, to, reason, today=TODAY, match="can only be|cannot be changed")


def test_status_needs_a_reason_code_and_a_future_date(w):
    booking = w.book([w.partner])
    refused(w.s, visits.set_status, booking.id, "cancelled", "", today=TODAY, match="Choose why")
    refused(w.s, visits.set_status, booking.id, "cancelled", "Visitor not approved", today=TODAY,
            match="Choose why")
    refused(w.s, visits.set_status, booking.id, "booked", "Booked by phone", today=TODAY, match="already booked")
    refused(w.s, visits.set_status, booking.id, "cancelled", "Cancelled by the visitor", today=TUE + timedelta(days=1),
            match="record what happened")
    visits.set_status(w.s, booking.id, "cancelled", "Cancelled by the visitor", today=TUE)  # on the day: fine


def test_waiting_list_request_takes_a_freed_place(w):
    fams = []
    for n in range(4):
        p = w.prisoner2(f"Fam{n}", f"C{3000 + n}DE")
        fams.append((p, visitors.add_visitor(w.s, "Lead", f"Fam{n}", date(1980, 1, 1), "partner", today=TODAY)))
    held = [w.book([lead], prisoner=p) for p, lead in fams[:3]]
    p, lead = fams[3]
    waiting, _ = visits.book(w.s, p.id, w.hall.id, TUE, [lead.id], lead.id, today=TODAY, waiting_list=True)
    refused(w.s, visits.set_status, waiting.id, "booked", "Place offered from the waiting list", today=TODAY,
            match="still full")
    visits.set_status(w.s, held[0].id, "cancelled", "Cancelled by the prisoner", today=TODAY)
    visits.set_status(w.s, waiting.id, "booked", "Place offered from the waiting list", today=TODAY)
    assert (waiting.status, waiting.waiting_list, waiting.overbooked) == ("booked", False, False)
    assert calendar.slot_for(w.s, w.hall.id, TUE).booked_open == 3


@pytest.mark.parametrize("today, ok", [(TUE - timedelta(days=1), False), (TUE, True), (TUE + timedelta(days=5), True)])
def test_outcome_only_from_the_visit_date(w, today, ok):
    booking = w.book([w.partner])
    if ok:
        visits.record_outcome(w.s, booking.id, "ended early", today=today)
        assert booking.outcome == "ended early"
    else:
        refused(w.s, visits.record_outcome, booking.id, "attended", today=today, match="from the day of the visit")


def test_outcome_refused_for_unbooked_or_unknown(w):
    booking = w.book([w.partner])
    refused(w.s, visits.record_outcome, booking.id, "had a lovely time", today=TUE, match="Outcome must be one of")
    visits.set_status(w.s, booking.id, "cancelled", "Prisoner unwell", today=TODAY)
    refused(w.s, visits.record_outcome, booking.id, "attended", today=TUE, match="Only a booked visit")
    assert set(visits.OUTCOMES) == {"attended", "visitor did not arrive", "prisoner refused", "failed security",
                                    "cancelled by establishment", "ended early"}


def test_ending_a_template_with_bookings_after_is_refused(w):
    w.book([w.partner])
    refused(w.s, calendar.end_template, w.hall.id, date(2026, 3, 9), match="1 booking")
    calendar.end_template(w.s, w.hall.id, TUE)
    assert [x.on for x in calendar.sessions_between(w.s, TUE, THU)] == [TUE]


# --- booking a waiting-list or requested booking checks the people again --------------------------


def test_waiting_list_request_refused_when_the_visitor_was_banned_meanwhile(s, waiting):
    _holder, queued, lead = waiting
    visitors.set_ban(s, lead.id, "Passed an item at a visit", None, today=TODAY)
    expected = visits.check_booking(s, queued.prisoner_id, queued.template_id, TUE, [lead.id], lead.id,
                                    today=TODAY).errors
    error = refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
                    match="Mara Brelwick is banned from visiting: Passed an item at a visit")
    assert str(error) == expected[0]  # the same words as a new booking (which would also clash with this one)
    assert (queued.status, queued.waiting_list) == ("requested", True)


def test_waiting_list_request_refused_for_a_ban_restriction_or_withdrawn_approval(s, waiting):
    _holder, queued, lead = waiting
    visitors.set_approved(s, lead.id, False)
    refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
            match="not approved as a visitor yet")
    visitors.set_approved(s, lead.id, True)
    safeguarding.add_restriction(s, lead.id, "Banned from visiting", "Incident in the hall", date(2026, 3, 5))
    refused(s, visits.set_status, queued.id, "booked", "Place offered from the waiting list", today=TODAY,
            match="has a restriction in force: Banned from visiting")


def test_waiting_list_request_for_a_visitor_now_on_closed_visits_goes_to_the_closed_pool(s, waiting):
    _holder, queued, lead = waiting
    visitors.set_closed_restriction(s, lead.id, True)
    visits.set_status(s, queued.id, "booked", "Place offered from the waiting list", today=TODAY)
    assert (queued.status, queued.closed, queued.visit_type, queued.waiting_list) == ("booked", True, "closed", False)
    slot = calendar.slot_for(s, queued.template_id, TUE)
    assert (slot.booked_open, slot.booked_closed) == (0, 1)


def test_booking_off_the_waiting_list_needs_no_notice(s, waiting):
    _holder, queued, _lead = waiting
    visits.set_status(s, queued.id, "booked", "Place offered from the waiting list", today=TUE)  # on the day
    assert queued.status == "booked"


def test_requested_booking_holding_a_place_is_checked_too(s, hall):
    prisoner, partner = prisoner_with_family(s, "Corvane", "C3333CC")
    booking = book(s, prisoner, hall, [partner])
    booking.status = "requested"  # as asked for by the family, holding its place
    s.flush()
    visitors.set_ban(s, partner.id, "Threats to staff", None, today=TODAY)
    refused(s, visits.set_status, booking.id, "booked", "Booked by phone", today=TODAY, match="banned from visiting")
    visitors.lift_ban(s, partner.id)
    visits.set_status(s, booking.id, "booked", "Booked by phone", today=TODAY)  # it keeps its own place
    assert booking.status == "booked" and not booking.overbooked


# --- outcomes only once the session has started, and final once recorded --------------------------


@pytest.mark.parametrize("now, ok", [
    (datetime(2026, 3, 10, 9, 0), False), (datetime(2026, 3, 10, 13, 59), False),
    (datetime(2026, 3, 10, 14, 0), True), (datetime(2026, 3, 11, 9, 0), True),
])
def test_outcome_from_the_start_of_the_session(s, hall, now, ok):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    if ok:
        visits.record_outcome(s, booking.id, "attended", now=now)
        assert booking.outcome == "attended"
    else:
        refused(s, visits.record_outcome, booking.id, "attended", now=now,
                match=re.escape("The visit starts at 14:00 on 10 Mar 2026; its outcome can be recorded once it "
                                "has started."))


def test_outcome_callers_giving_only_a_date_still_work(s, hall):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    refused(s, visits.record_outcome, booking.id, "attended", today=TUE - timedelta(days=1),
            match="from the day of the visit")
    visits.record_outcome(s, booking.id, "attended", today=TUE)
    assert booking.outcome == "attended"


def test_no_status_change_once_an_outcome_is_recorded(s, hall):
    prisoner, partner = prisoner_with_family(s, "Ashcombe", "A1111AA")
    booking = book(s, prisoner, hall, [partner])
    visits.record_outcome(s, booking.id, "attended", now=datetime.combine(TUE, time(15, 0)))
    for status, reason in (("cancelled", "Cancelled by the visitor"), ("withdrawn", "Withdrawn by the family")):
        refused(s, visits.set_status, booking.id, status, reason, today=TUE,
                match=re.escape("This visit already has an outcome (attended), so its status can no longer change"))
    assert booking.status == "attended"  # the status follows the outcome
    visits.record_outcome(s, booking.id, "ended early", today=TUE)  # a wrong outcome can still be corrected
    assert booking.outcome == "ended early"

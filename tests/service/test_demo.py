"""The demonstration desk: repeatable, shaped like the brief, and logged like any other record."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from fsw_desktop import demo
from fsw_desktop.demo.visits import TRANSFERRED_TO
from fsw_desktop.errors import InputRefused
from fsw_desktop.models.base import REF_ALPHABET
from fsw_desktop.models.cases import Case, Score
from fsw_desktop.models.directory import Agency
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.models.visits import (
    BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest, SessionTemplate,
)
from fsw_desktop.services.casework import casework
from fsw_desktop.services.visits import family_days, visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.casework.directory import is_stale
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.desk.vocab import REFERRAL_SOURCES
from fsw_desktop.sync.bulk import bulk_insert
from fsw_desktop.sync.changelog import record_dict
from tests.profiles import TEMPLATES

TODAY = date(2026, 3, 2)


def _build(path, seed=1, desk="p"):
    """A demo desk; ``desk`` names the template profile it starts from (another name, another desk)."""
    db = TEMPLATES.profile(path, name=desk, worker="Test Worker")
    seen: list[tuple[int, str]] = []
    counts = demo.populate(db, size="standard", seed=seed, today=TODAY, progress=lambda p, m: seen.append((p, m)))
    return db, counts, seen


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db, counts, progress = _build(tmp_path_factory.mktemp("demo-a") / "p")
    yield db, counts, progress
    db.close()


@pytest.fixture(scope="module")
def session(built):
    with open_session(built[0]) as s:
        yield s


def _refs(s, model):
    return list(s.execute(select(model.ref).order_by(model.created_hlc)).scalars())


def test_same_seed_same_desk(built, session, tmp_path):
    db, counts, _ = built
    again, again_counts, _ = _build(tmp_path / "b", desk="b")  # another desk: the seed alone decides
    try:
        assert again_counts == counts
        with open_session(again) as s:
            for model in (Case, Person, Agency):
                assert _refs(s, model) == _refs(session, model)
            for model in (SessionTemplate, Booking, BookingVisitor, FamilyDay, FamilyDayRequest, FamilyDayAttendee):
                assert _refs(s, model) == _refs(session, model), model.__tablename__
            labels = select(Case.ref, Case.family_label, Case.referral_date, Case.status).order_by(Case.ref)
            assert s.execute(labels).all() == session.execute(labels).all()
    finally:
        again.close()


def test_another_seed_another_desk(built, session, tmp_path):
    other, _, _ = _build(tmp_path / "c", seed=2)
    try:
        with open_session(other) as s:
            assert _refs(s, Case) != _refs(session, Case)
    finally:
        other.close()


def test_counts_and_progress(built, session):
    _, counts, progress = built
    assert counts["cases"] == 190 and counts["agencies"] == 40
    assert counts["contacts"] > 2000 and counts["scores"] > 0 and counts["tasks"] > 0
    for table in ("restrictions", "consents", "concerns", "onward_referrals", "needs", "goals"):
        assert counts[table] > 0, table
    assert [p for p, _ in progress] == sorted(p for p, _ in progress) and progress[-1][0] == 100


def test_forty_open_cases_in_every_stage(session):
    rows = casework.caseload(session, "open", today=TODAY)
    assert len(rows) == 40
    stages = Counter(r.stage for r in rows)
    assert set(stages) == {"new", "assessed", "planned", "active", "review due"}
    flags = Counter(f for r in rows for f in r.flags)
    for flag in ("Do not disclose", "Review overdue", "No contact 4+ weeks", "Missing scores", "Not yet contacted"):
        assert flags[flag] >= 1, flag


def test_today_has_something_in_every_list(session):
    items = casework.today(session, TODAY)
    for name, entries in vars(items).items():
        assert entries, name
    assert any("failed attempt" in i.detail for i in items.not_yet_contacted)


def test_closed_cases_over_three_years(session):
    rows = session.execute(select(Case.status, Case.referral_date, Case.closed_on, Case.closure_reason)
                           .where(Case.status != "open")).all()
    assert len(rows) == 150
    assert {r.status for r in rows} == {"closed", "handed over"}
    assert all(r.closed_on and r.referral_date < r.closed_on < TODAY and r.closure_reason for r in rows)
    assert min(r.referral_date for r in rows) >= date(2023, 3, 1)
    assert len({r.closure_reason for r in rows}) >= 6


def test_children_in_every_age_band_gender_and_many_ethnicities(session):
    kids = session.execute(
        select(Person.date_of_birth, Person.gender, Person.ethnicity, Case.referral_date)
        .join(Case, Case.id == Person.case_id).where(Person.relationship == "child")
    ).all()
    bands = Counter(casework.age_band(k.date_of_birth, k.referral_date) for k in kids)
    assert set(bands) == {"0-4", "5-10", "11-16", "17-18"}
    assert {"Female", "Male", "Not recorded"} <= {k.gender for k in kids}
    assert len({k.ethnicity for k in kids}) >= 8


def test_referral_sources_roughly_in_proportion(session):
    got = Counter(session.execute(select(Case.referral_source)).scalars())
    total = sum(got.values())
    weights = dict(REFERRAL_SOURCES)
    assert set(got) <= set(weights)
    assert got.most_common(1)[0][0] == "Probation"
    for source in ("Probation", "Self", "Children's services/family support", "Prison family service"):
        expected = weights[source] / sum(weights.values())
        assert abs(got[source] / total - expected) < 0.1, source


def test_people_are_synthetic_and_well_formed(session):
    prisoners = session.execute(select(Person.prison_number, Person.establishment)
                                .where(Person.is_prisoner.is_(True))).all()
    numbers = [p.prison_number for p in prisoners if p.prison_number]
    assert len(numbers) == len(set(numbers)) > 150
    assert all(re.fullmatch(r"[A-Z]\d{4}[A-Z]{2}", n) for n in numbers)
    assert {p.establishment for p in prisoners} <= {"", demo.ESTABLISHMENT, TRANSFERRED_TO}  # one moved (issue 19)
    assert session.execute(select(func.count()).where(Person.relationship == "self",
                                                      Person.is_prisoner.is_(False))).scalar() == 0
    assert session.execute(select(func.count()).where(Person.do_not_disclose.is_(True))).scalar() >= 2


def test_some_families_prefer_welsh_and_a_few_another_language_noted_for_an_interpreter(session):
    rows = session.execute(select(Person.language, Person.language_note, Person.is_prisoner, Person.case_id)).all()
    assert {r.language for r in rows} <= {"", "cy", "other"}  # neutral codes only
    welsh = [r for r in rows if r.language == "cy"]
    assert len({r.case_id for r in welsh}) >= 5 and any(r.is_prisoner for r in welsh)
    assert len(welsh) < len(rows) / 4  # a few families, not the whole desk
    other = [r for r in rows if r.language == "other"]
    assert other and all(r.language_note for r in other)


def test_about_two_thirds_of_individuals_scored_twice(session):
    supported = session.execute(select(Person.id).where(Person.supported_directly.is_(True),
                                                        Person.is_prisoner.is_(False))).scalars().all()
    times = dict(session.execute(select(Score.person_id, func.count(func.distinct(Score.assessment_id)))
                                 .group_by(Score.person_id)).all())
    share = sum(1 for p in supported if times.get(p, 0) >= 2) / len(supported)
    assert 0.45 < share < 0.75
    assert set(session.execute(select(Score.score)).scalars()) <= {1, 2, 3, 4, 5}


def test_some_agencies_are_stale(session):
    checked = session.execute(select(Agency.last_checked)).scalars().all()
    stale = sum(is_stale(c, TODAY) for c in checked)
    assert 0 < stale < len(checked)


def test_one_whole_record_change_per_row(built, session):
    _, counts, _ = built
    assert counts["changes"] == sum(n for table, n in counts.items() if table != "changes")
    assert session.execute(select(func.count()).select_from(Change)).scalar() == counts["changes"]
    assert session.execute(select(func.count()).where(Change.field != "*")).scalar() == 0
    desk_id = session.execute(select(Change.desk_id)).scalars().first()
    for model in demo.ORDER:
        table = model.__tablename__
        rows = {r.id: r for r in session.execute(select(model)).scalars()}
        changes = session.execute(select(Change).where(Change.record_table == table)).scalars().all()
        assert len(changes) == len(rows) == counts[table], table
        assert {c.record_id for c in changes} == set(rows)
        for change in changes[:25]:
            row = rows[change.record_id]
            assert json.loads(change.value) == record_dict(row)
            assert change.hlc == row.hlc == row.created_hlc and row.desk_id == change.desk_id == desk_id
            assert change.who == "Test Worker" and change.old is None and row.deleted is False
        refs = [r.ref for r in rows.values()]
        assert len(set(refs)) == len(refs)
        prefix = model.__ref_prefix__ + "-"
        assert all(r.startswith(prefix) and set(r[len(prefix):]) <= set(REF_ALPHABET) for r in refs)
    stamps = session.execute(select(Change.hlc)).scalars().all()
    assert len(set(stamps)) == len(stamps)


def test_populating_twice_is_refused(built, session):
    db, counts, _ = built
    with pytest.raises(InputRefused):
        demo.populate(db, seed=5, today=TODAY)
    with pytest.raises(InputRefused):
        demo.populate(db, size="enormous")
    session.expire_all()
    assert session.execute(select(func.count()).select_from(Case)).scalar() == counts["cases"]


def test_bulk_insert_logs_what_the_orm_logs(tmp_path):
    db = TEMPLATES.profile(tmp_path / "p", worker="Test Worker")
    try:
        with open_session(db) as s:
            values = {"family_label": "Quorrin family", "referral_date": date(2026, 2, 1), "closed_on": None}
            by_orm = Case(**values)
            s.add(by_orm)
            s.flush()
            rows = [dict(values)]
            assert bulk_insert(s, Case, rows) == 1
            s.commit()
            logged = {c.record_id: json.loads(c.value) for c in s.execute(select(Change)).scalars()}
            orm, bulk = logged[by_orm.id], logged[rows[0]["id"]]
            differ = {"id", "ref", "created_hlc"}
            assert set(orm) == set(bulk) == set(Case.tracked_columns())
            assert {k: v for k, v in orm.items() if k not in differ} == {k: v for k, v in bulk.items() if k not in differ}
            stored = s.get(Case, rows[0]["id"])
            assert record_dict(stored) == bulk and stored.hlc > by_orm.hlc
            with pytest.raises(ValueError):
                bulk_insert(s, Case, [{"referral_date": date(2026, 2, 1), "no_such_column": 1}])
    finally:
        db.close()



# --- visits and family days (issue 5) ----------------------------------------------------------


def test_visit_tables_filled(built):
    _, counts, _ = built
    for table in ("session_templates", "blocked_dates", "bookings", "booking_visitors", "family_days",
                  "family_day_requests", "family_day_attendees"):
        assert counts[table] > 0, table
    assert 300 <= counts["bookings"] <= 900 and counts["booking_visitors"] > counts["bookings"]


def test_a_year_of_sessions_with_blocked_dates_and_extra_sessions(session):
    slots = calendar.sessions_between(session, TODAY - timedelta(days=365), TODAY + timedelta(days=28))
    assert len(slots) > 150
    assert any(x.blocked for x in slots) and any(x.blocked for x in slots if x.on > TODAY)
    assert any(x.one_off for x in slots if x.on < TODAY) and any(x.one_off for x in slots if x.on > TODAY)
    templates = session.execute(select(SessionTemplate)).scalars().all()
    assert any(t.interval_weeks == 2 for t in templates)
    assert any(t.valid_to is not None and not t.one_off for t in templates)  # a session that was stopped
    assert session.execute(select(func.count()).select_from(BlockedDate).where(BlockedDate.why == "")).scalar() == 0
    week = calendar.week(session, TODAY)
    assert week and all(TODAY <= x.on <= TODAY + timedelta(days=6) for x in week)


def _visitors_by_booking(session):
    out = {}
    for booking_id, person_id in session.execute(select(BookingVisitor.booking_id, BookingVisitor.person_id)):
        out.setdefault(booking_id, []).append(person_id)
    return out


def test_bookings_keep_capacity_ages_and_statuses(session):
    bookings = session.execute(select(Booking)).scalars().all()
    first = min(b.on for b in bookings)
    slots = {(x.template_id, x.on): x for x in calendar.sessions_between(session, first, TODAY + timedelta(days=28))}
    over = {(b.template_id, b.on) for b in bookings if b.overbooked}
    for b in bookings:
        slot = slots.get((b.template_id, b.on))
        assert slot is not None and not slot.blocked, b.ref
        # a booking's status follows its outcome
        assert not b.outcome or (b.status == visits.STATUS_FOR_OUTCOME[b.outcome] and b.on <= TODAY), b.ref
    full = 0
    for key, slot in slots.items():
        if key not in over:
            assert slot.booked_open <= slot.open_capacity and slot.booked_closed <= slot.closed_capacity
        full += slot.booked_open >= slot.open_capacity
    assert full >= 1
    dob = dict(session.execute(select(Person.id, Person.date_of_birth)).all())
    by_booking = _visitors_by_booking(session)
    for b in bookings:
        ages = [casework.age_on(dob[p], b.on) for p in by_booking[b.id]]
        assert casework.age_on(dob[b.lead_visitor_id], b.on) >= 18, b.ref
        assert len(ages) <= 6 and sum(a >= 18 for a in ages) <= 3 and sum(a < 18 for a in ages) <= 5, b.ref
    assert {b.status for b in bookings} == set(visits.STATUSES)
    assert {b.outcome for b in bookings} == set(visits.OUTCOMES) | {""}
    assert {b.visit_type for b in bookings} >= {"social", "closed", "father-child", "new baby",
                                                 visits.FINAL_CONTACT}
    outcomes = Counter(b.outcome for b in bookings if b.outcome)
    assert outcomes.most_common(1)[0][0] == "attended" and outcomes["attended"] / sum(outcomes.values()) > 0.7
    assert sum(b.closed for b in bookings) >= 3 and all(b.closed for b in bookings if b.visit_type == "closed")
    assert any(b.waiting_list and b.status == "requested" for b in bookings)
    assert any(b.overbooked and b.overbook_reason for b in bookings)
    assert all(b.la_assessment and b.parent_support for b in bookings if b.visit_type == visits.FINAL_CONTACT)


def test_future_bookings_pass_the_booking_check(session):
    """Every upcoming booking that holds a place would be accepted today, apart from clashing with itself."""
    by_booking = _visitors_by_booking(session)
    future = session.execute(select(Booking).where(Booking.on > TODAY, Booking.status.in_(("requested", "booked")),
                                                   Booking.waiting_list.is_(False))).scalars().all()
    assert len(future) >= 20
    for b in future:
        check = visits.check_booking(session, b.prisoner_id, b.template_id, b.on, by_booking[b.id],
                                     b.lead_visitor_id, b.visit_type, today=TODAY, la_assessment=b.la_assessment,
                                     parent_support=b.parent_support)
        assert [e for e in check.errors if b.ref not in e] == [], (b.ref, check.errors)
        assert check.closed == b.closed and check.visit_type == b.visit_type, b.ref


def test_visitors_first_time_families_and_bans(session):
    visitor_only = session.execute(select(Person).where(Person.case_id.is_(None))).scalars().all()
    assert len(visitor_only) >= 5 and not any(p.is_prisoner for p in visitor_only)
    booked = set(session.execute(select(BookingVisitor.person_id)).scalars())
    assert sum(p.id in booked for p in visitor_only) >= 3
    banned = [p for p in visitor_only if p.ban_reason]
    assert len(banned) >= 2 and any(p.banned_until is None for p in banned)
    assert any(p.banned_until and p.banned_until > TODAY for p in banned)
    assert any(not p.visitor_approved for p in visitor_only)
    assert session.execute(select(func.count()).where(Person.closed_visits_only.is_(True))).scalar() >= 2
    coming = visits.bookings_for(session, start=TODAY, end=TODAY + timedelta(days=28))
    assert coming and any(r.first_visit for r in coming) and not all(r.first_visit for r in coming)


def test_family_days_past_and_upcoming(session):
    days = family_days.family_days(session)
    past = [d for d in days if d.on < TODAY]
    upcoming = [d for d in days if d.on >= TODAY]
    assert len(past) >= 3 and all(d.status == "held" and d.feedback for d in past)
    assert {d.kind for d in days} >= {"general", "father-and-baby"}
    assert len(upcoming) == 1 and upcoming[0].status == "planned"
    waiting_for_allocation = family_days.ranked_requests(session, upcoming[0].id)
    assert len(waiting_for_allocation) >= 5 and {r.status for r in waiting_for_allocation} == {"requested"}
    listed = family_days.attendee_list(session, upcoming[0].id, include_waiting=True)
    assert {a.clearance for a in listed} <= {"pending"}
    first_time = 0
    for d in past:
        rows = family_days.ranked_requests(session, d.id)
        given = [r for r in rows if r.status == "allocated"]
        assert given and len(given) <= d.capacity_families and sum(len(r.names) for r in given) <= d.capacity_people
        assert {r.status for r in rows} <= {"allocated", "waiting"}
        assert any(r.attended and r.feedback for r in given)
        first_time += sum(r.score.first_time > 0 for r in rows)
        listed = family_days.attendee_list(session, d.id)
        assert listed and all(r.clearance in ("cleared", "refused") for r in listed)
        text = family_days.attendees_csv(listed)
        assert all(r.name in text for r in listed)
    assert first_time >= 1
    requests = session.execute(select(FamilyDayRequest)).scalars().all()
    assert all((r.first_time is False) or (r.attended_before == 0) for r in requests)
    assert session.execute(select(func.count()).select_from(FamilyDayAttendee)).scalar() > len(requests)


def test_a_year_of_applications_some_overdue_and_repeatable(built, session, tmp_path):
    from fsw_desktop.models.applications import Application, ApplicationEvent
    from fsw_desktop.services.applications import applications

    _, counts, _ = built
    assert 200 <= counts["applications"] <= 300
    assert counts["application_events"] >= counts["applications"]
    first = session.execute(select(func.min(Application.received_at))).scalar()
    assert first.date() >= TODAY - timedelta(days=366)
    assert applications.listing(session, TODAY, due_filter="overdue")
    assert applications.listing(session, TODAY, due_filter="due today")
    kinds = Counter(session.execute(select(Application.kind)).scalars())
    assert kinds.most_common(2)[0][0] in ("contact my family", "arrange a visit")
    statuses = set(session.execute(select(Application.status)).scalars())
    assert {"declined", "forwarded", "responded", "closed"} <= statuses
    events = session.execute(select(func.count()).select_from(ApplicationEvent)
                             .where(ApplicationEvent.status_to == "received")).scalar()
    assert events == counts["applications"]
    again, _, _ = _build(tmp_path / "apps")
    try:
        with open_session(again) as s:
            assert _refs(s, Application) == _refs(session, Application)
    finally:
        again.close()


def test_a_transferred_prisoner_has_flagged_visits(built, session):
    from fsw_desktop.services.visits import flags  # reason: only this test of the demo reads flags
    rows = flags.open_flag_rows(session)
    assert len(rows) == built[1]["booking_flags"] >= 2
    assert {(r.cause, r.establishment) for r in rows} == {(flags.TRANSFER, TRANSFERRED_TO)}
    assert len({r.prisoner_id for r in rows}) == 1


def test_a_family_eligible_for_travel_costs_with_a_reminder_and_one_overdue(built, session):
    from fsw_desktop.services.casework import agenda  # reason: only these tests of the demo read Today
    from fsw_desktop.services.visits import travel_claims  # reason: as above
    reminders = travel_claims.reminders(session, TODAY)
    assert len({r.case_id for r in reminders}) == 1 and all(r.case_open for r in reminders)
    assert any(r.due_on >= TODAY for r in reminders) and any(r.due_on < TODAY for r in reminders)
    case = session.get(Case, reminders[0].case_id)
    assert case.travel_help_since is not None
    views = travel_claims.views_of_case(session, case.id)
    states = [v.state(TODAY) for v in views]
    assert any(s.startswith("claimed") for s in states) and "not claiming" in states
    assert sum(s.startswith("overdue by") for s in states) == 1
    lines = [i for i in agenda.agenda(session, TODAY) if i.target == "travel_claim"]
    assert sorted(i.target_id for i in lines) == sorted(r.booking_id for r in reminders)
    assert {i.group for i in lines if i.when < TODAY} == {agenda.NOW}
    assert built[1]["travel_claims"] == sum(bool(v.claim_status) for v in views) >= 3


def test_a_child_typed_twice_is_found_as_a_likely_duplicate(session):
    from fsw_desktop.services.casework import duplicates  # reason: only this test of the demo looks for them
    found = duplicates.find_likely(session)
    assert len(found) == 1
    pair = found[0]
    assert pair.first.role == pair.second.role == "child" and pair.first.case_ref == pair.second.case_ref
    assert pair.first.full_name != pair.second.full_name
    a, b = pair.first.date_of_birth, pair.second.date_of_birth
    assert (a.day, a.month, a.year) == (b.month, b.day, b.year) and a != b
    assert "day and month swapped" in pair.why and "sound alike" in pair.why


def test_a_printed_visit_confirmation_is_on_a_case(built, session):
    from fsw_desktop.models.letters import Letter  # reason: only this test of the demo reads letters
    from fsw_desktop.services.letters import letters  # reason: as above
    rows = session.execute(select(Letter)).scalars().all()
    assert len(rows) == built[1]["letters"] == 1
    letter = rows[0]
    assert letter.kind == "visit confirmation" and letter.booking_id and letter.lawful_basis == "Legitimate interests"
    assert [r.ref for r in letters.letters_of_case(session, letter.case_id)] == [letter.ref]
    assert "Your visit to" in letters.letter_text(session, letter.id)

"""The worker's day in services, on a real encrypted profile: Today ordered by urgency, contacts
corrected and deleted with a reason, and a case's own visits, family-day places and applications."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.cases import Contact
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications as apps
from fsw_desktop.services.casework import agenda, case_view, contacts, referrals
from fsw_desktop.services.casework.agenda import LATER, NOW, SOON, TODAY as TODAY_GROUP, AgendaItem
from fsw_desktop.services.visits import calendar, family_days, visitors, visits

TODAY = date(2026, 3, 2)  # a Monday
TUE = date(2026, 3, 3)


def new_case(s, family: str = "Quillmoor", number: str = "A1234BC"):
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family=family,
        prison_number=number), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    return case, prisoner


def audit_of(s, record_id: str) -> list[tuple[str, str]]:
    return [(a.action, a.detail) for a in s.execute(
        select(AuditEntry).where(AuditEntry.record_id == record_id).order_by(AuditEntry.id)).scalars()]


# --- urgency ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("when, group", [
    (TODAY - timedelta(days=30), NOW), (TODAY, NOW), (TODAY + timedelta(days=1), SOON),
    (TODAY + timedelta(days=7), SOON), (TODAY + timedelta(days=8), LATER), (None, LATER)])
def test_urgency_of_a_date(when, group):
    assert agenda.urgency(when, TODAY) == group


def test_order_puts_what_is_due_first_whatever_its_kind():
    def item(group, kind, ref, when):
        return AgendaItem(group, kind, ref, "", "", when, "case", ref)

    items = [item(LATER, "First contact", "C-1", date(2026, 1, 1)),
             item(SOON, "Plan task", "C-2", date(2026, 3, 4)),
             item(NOW, "Application", "P-3", TODAY),
             item(TODAY_GROUP, "Visit", "V-4", TODAY),
             item(NOW, "Review", "C-5", date(2026, 1, 1)),
             item(LATER, "Scores missing", "C-6", None)]
    assert [i.reference for i in agenda.order(items)] == ["C-5", "P-3", "V-4", "C-2", "C-1", "C-6"]


def test_agenda_on_a_real_desk_orders_applications_visits_and_casework(s):
    case, prisoner = new_case(s)  # not contacted yet: "When you can"
    partner = visitors.add_visitor(s, "Mara", "Quillmoor", date(1990, 5, 1), "partner", case.id, today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU"], "14:00", "16:00", "Visits hall", date(2026, 1, 1))
    booking, _ = visits.book(s, prisoner.id, hall.id, TUE, [partner.id], partner.id, today=TODAY)
    late = apps.receive(s, datetime(2026, 2, 20, 9, 0), "applications box", "find my family", "words",
                        prisoner_id=prisoner.id, now=datetime(2026, 2, 20, 9, 0))
    apps.change_status(s, late.id, "acknowledged", "", today=date(2026, 2, 20))
    fresh = apps.receive(s, datetime(2026, 3, 2, 9, 0), "applications box", "other", "words",
                         prisoner_name="Ansel Greywater", prison_number="A1111AA", now=datetime(2026, 3, 2, 9, 0))
    s.flush()

    items = agenda.agenda(s, TUE)
    mine = {i.reference: i for i in items}
    assert mine[late.ref].group == NOW and mine[late.ref].target == "application"
    assert mine[booking.ref].group == TODAY_GROUP and (mine[booking.ref].target, mine[booking.ref].target_id) \
        == ("booking", booking.id)
    assert mine[fresh.ref].group == NOW  # its acknowledgement is due the next working day: today
    first = next(i for i in items if i.kind == "First contact" and i.target_id == case.id)
    assert first.group == LATER and first.tab == "contacts"
    groups = [i.group for i in items]
    assert groups == sorted(groups, key=agenda.GROUPS.index)  # never a later group above an earlier one
    assert agenda.counts(items)[TODAY_GROUP] == 1
    # the visit is not on Monday's list; a cancelled visit leaves Tuesday's
    assert booking.ref not in {i.reference for i in agenda.agenda(s, TODAY)}
    visits.set_status(s, booking.id, "cancelled", "Cancelled by the visitor", today=TODAY)
    assert booking.ref not in {i.reference for i in agenda.agenda(s, TUE)}


# --- contacts corrected and deleted ----------------------------------------------------------------


def test_a_correction_keeps_the_original_in_the_history_and_says_why(s):
    case, _ = new_case(s)
    contact = contacts.log_contact(s, case.id, date(2026, 2, 2), "Phone call", minutes=10, note="Spoke to Mara",
                                   today=TODAY)
    s.commit()
    corrected, changed = contacts.correct_contact(s, contact.id, "typed the wrong minutes", minutes=40,
                                                  note="Spoke to Mara about the visit", today=TODAY)
    s.commit()
    assert changed == ["minutes", "note"] and corrected.minutes == 40
    history = [(h.field, h.old, h.new) for h in case_view.load_case(s, case.id, TODAY).history
               if h.record_ref == contact.ref]
    assert ("minutes", "10", "40") in history
    assert ("note", "Spoke to Mara", "Spoke to Mara about the visit") in history
    assert audit_of(s, contact.id)[-1] == ("record changed", "contact corrected (minutes, note): typed the wrong minutes")
    # a failed attempt corrected to a call becomes a success, so first contact follows
    contacts.correct_contact(s, contact.id, "it was a failed attempt", kind="Failed attempt", today=TODAY)
    assert s.get(Contact, contact.id).successful is False


@pytest.mark.parametrize("kwargs, message", [
    (dict(reason="", minutes=5), "Say why"),
    (dict(reason="x" * 201, minutes=5), "under 200"),
    (dict(reason="slip", minutes=10), "Nothing was changed"),
    (dict(reason="slip", minutes=601), "Minutes"),
    (dict(reason="slip", kind="Carrier pigeon"), "Contact type"),
    (dict(reason="slip", on=date(2026, 3, 9)), "future"),
    (dict(reason="slip", on=date(2025, 12, 1)), "before the referral"),
])
def test_a_correction_is_refused_and_changes_nothing(s, kwargs, message):
    case, _ = new_case(s)
    contact = contacts.log_contact(s, case.id, date(2026, 2, 2), "Phone call", minutes=10, today=TODAY)
    s.commit()
    with pytest.raises(InputRefused, match=message):
        contacts.correct_contact(s, contact.id, today=TODAY, **kwargs)
    s.rollback()
    assert s.get(Contact, contact.id).minutes == 10 and s.get(Contact, contact.id).kind == "Phone call"


def test_delete_needs_a_reason_leaves_a_tombstone_and_the_reason(s):
    case, _ = new_case(s)
    contact = contacts.log_contact(s, case.id, date(2026, 2, 2), "Phone call", today=TODAY)
    s.commit()
    with pytest.raises(InputRefused, match="Say why"):
        contacts.delete_contact(s, contact.id, "  ")
    contacts.delete_contact(s, contact.id, "logged on the wrong case")
    s.commit()
    assert s.get(Contact, contact.id).deleted is True
    detail = case_view.load_case(s, case.id, TODAY)
    assert contact.id not in [c.id for c in detail.contacts]
    assert ("deleted", "no", "yes") in [(h.field, h.old, h.new) for h in detail.history if h.record_ref == contact.ref]
    assert audit_of(s, contact.id)[-1] == ("record deleted", "contact deleted: logged on the wrong case")
    with pytest.raises(InputRefused, match="No such contact"):
        contacts.correct_contact(s, contact.id, "again", minutes=3, today=TODAY)


# --- a case's visits, places and applications ------------------------------------------------------


def test_a_case_finds_its_own_visits_places_and_applications(s):
    case, prisoner = new_case(s)
    other_case, other = new_case(s, "Brelwick", "B2222BB")
    partner = visitors.add_visitor(s, "Mara", "Quillmoor", date(1990, 5, 1), "partner", case.id, today=TODAY)
    theirs = visitors.add_visitor(s, "Tova", "Brelwick", date(1991, 5, 1), "partner", other_case.id, today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU"], "14:00", "16:00", "Visits hall", date(2026, 1, 1))
    mine, _ = visits.book(s, prisoner.id, hall.id, TUE, [partner.id], partner.id, today=TODAY)
    visits.book(s, other.id, hall.id, TUE, [theirs.id], theirs.id, today=TODAY)
    day = family_days.add_family_day(s, date(2026, 4, 4), "general", "Spring family day", 10, 40)
    request = family_days.request_place(s, day.id, prisoner.id, [partner.id], requested_on=TODAY)
    by_prisoner = apps.receive(s, datetime(2026, 2, 20, 9, 0), "applications box", "find my family", "words",
                               prisoner_id=prisoner.id, now=datetime(2026, 2, 20, 9, 0))
    by_link = apps.receive(s, datetime(2026, 2, 21, 9, 0), "applications box", "other", "words",
                           prisoner_name="Someone Else", case_id=case.id, now=datetime(2026, 2, 21, 9, 0))
    apps.receive(s, datetime(2026, 2, 22, 9, 0), "applications box", "other", "words", prisoner_id=other.id,
                 now=datetime(2026, 2, 22, 9, 0))
    s.flush()

    assert [b.id for b in visits.bookings_of_case(s, case.id)] == [mine.id]
    places = family_days.places_of_case(s, case.id)
    assert [(p.request_id, p.family_day_id, p.title, p.people) for p in places] == \
        [(request.id, day.id, "Spring family day", 1)]
    assert [r.id for r in apps.applications_of_case(s, case.id, TODAY)] == [by_link.id, by_prisoner.id]
    assert family_days.places_of_case(s, other_case.id) == []


# --- Respond offered only where a response can be made ---------------------------------------------


@pytest.mark.parametrize("status, has_response, offered", [
    ("received", False, False), ("acknowledged", False, True), ("in progress", False, True),
    ("declined", False, True), ("declined", True, False), ("forwarded", False, True),
    ("responded", True, False), ("closed", False, False)])
def test_respond_is_offered_where_respond_accepts(status, has_response, offered):
    ok, why = apps.can_respond(status, has_response)
    assert ok is offered and (bool(why) is not offered)

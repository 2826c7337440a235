"""Likely duplicate people on a real profile: why they look alike, 'different people' remembered, merging.

A merge must leave every link on the kept person, the other a tombstone, and say so in the change
log (so it syncs and shows in the case history) and in the audit trail.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.applications import Application
from fsw_desktop.models.cases import Case
from fsw_desktop.models.duplicates import DistinctPeople
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Consent, Person, Restriction
from fsw_desktop.models.sync import Change
from fsw_desktop.models.visits import Booking, BookingVisitor, SessionTemplate
from fsw_desktop.services.casework import duplicates
from fsw_desktop.services.data_protection import audit
from fsw_desktop.services.desk.session import open_session


def _person(s, given, family, born=None, number="", **kw) -> Person:
    p = Person(given_name=given, family_name=family, date_of_birth=born, prison_number=number,
               is_prisoner=bool(number), **kw)
    s.add(p)
    s.flush()
    return p


def test_sound_alike_names_and_a_swapped_birthday_are_offered_with_why(s):
    a = _person(s, "Jon", "Smyth", date(1990, 3, 4))
    b = _person(s, "John", "Smith", date(1990, 4, 3))
    _person(s, "Mirabeth", "Smith", date(1990, 3, 4))  # a sister: another first name
    found = duplicates.duplicates_of(s, a.id)
    assert [{d.first.id, d.second.id} for d in found] == [{a.id, b.id}]
    assert found[0].reasons == ["names sound alike (Jon Smyth / John Smith)",
                                "date of birth with day and month swapped (04 Mar 1990 / 03 Apr 1990)"]


def test_a_prison_number_one_character_apart_is_offered(s):
    a = _person(s, "Quintus", "Varnaleyx", date(1971, 6, 20), "A1234BC")
    _person(s, "Quintus", "Varnaleyx", date(1971, 6, 20), "A1243BC")
    _person(s, "Quintus", "Varnaleyx", date(1980, 1, 9), "Z9876XY")  # a namesake: another prisoner
    found = duplicates.duplicates_of(s, a.id)
    assert len(found) == 1
    assert found[0].reasons[1:] == ["same date of birth", "prison number one character apart (A1234BC / A1243BC)"]
    assert found[0].score >= duplicates.THRESHOLD


def test_find_for_a_person_not_yet_saved(s):
    _person(s, "Belphina", "Orvidalex", date(2012, 11, 2))
    found = duplicates.find_for(s, "Belfina", "Orvidalex", date(2012, 11, 2))
    assert len(found) == 1 and found[0].reasons[-1] == "same date of birth"


def test_different_people_are_remembered_and_not_offered_again(s):
    a = _person(s, "Arquilla", "Dornenfordx", date(1985, 2, 7))
    b = _person(s, "Arquila", "Dornenfordx", date(1985, 2, 7))
    assert duplicates.duplicates_of(s, a.id)
    row = duplicates.mark_different(s, b.id, a.id, today=date(2026, 3, 2))
    assert (row.first_id, row.second_id) == tuple(sorted((a.id, b.id)))
    assert duplicates.mark_different(s, a.id, b.id).id == row.id  # once, whichever way round
    assert duplicates.duplicates_of(s, a.id) == []
    assert not any({d.first.id, d.second.id} == {a.id, b.id} for d in duplicates.find_likely(s))
    assert s.scalar(select(Change.field).where(Change.record_id == row.id)) == "*"  # it travels
    assert s.scalar(select(AuditEntry.detail).where(AuditEntry.record_id == row.id)) == \
        f"{b.ref} and {a.ref} are different people"


def test_merge_moves_every_link_and_is_in_the_change_log_and_audit(s):
    case_a = Case(referral_date=date(2026, 1, 5), family_label="Kestrel household")
    case_b = Case(referral_date=date(2026, 1, 9), family_label="Kestrel household again")
    s.add_all([case_a, case_b])
    s.flush()
    kept = _person(s, "Halcyon", "Kestrelby", date(1979, 8, 1), "B2345CD", case_id=case_a.id)
    gone = _person(s, "Halcion", "Kestrelby", date(1979, 1, 8), "B2354CD", case_id=case_b.id,
                   do_not_disclose=True, phone="01632 960000", notes="Prefers letters.")
    visitor = _person(s, "Lunamae", "Kestrelby", date(2001, 5, 5))
    template = SessionTemplate(name="Afternoon", starts="14:00", ends="16:00", valid_from=date(2026, 1, 1))
    s.add(template)
    s.flush()
    booking = Booking(prisoner_id=gone.id, template_id=template.id, on=date(2026, 4, 1), lead_visitor_id=visitor.id)
    s.add(booking)
    s.flush()
    s.add_all([BookingVisitor(booking_id=booking.id, person_id=visitor.id),
               Restriction(person_id=gone.id, kind="No contact with children"),
               Consent(person_id=gone.id, purpose="Sharing with school"),
               Application(received_at=datetime(2026, 2, 1, 9, 0), route="paper", prisoner_id=gone.id,
                           prisoner_name="Halcion Kestrelby", prison_number="B2354CD", kind="Visits", words="")])
    s.flush()
    result = duplicates.merge(s, kept.id, gone.id)
    s.flush()
    assert result.links_moved == {"applications": 1, "bookings": 1, "consents": 1, "restrictions": 1}
    assert gone.deleted and not kept.deleted
    assert s.get(Booking, booking.id).prisoner_id == kept.id
    assert s.scalar(select(Restriction.person_id).where(Restriction.kind == "No contact with children")) == kept.id
    assert kept.do_not_disclose  # a safety flag on either record is kept
    assert kept.phone == "01632 960000"  # what the kept record lacked
    assert f"From {gone.ref} (merged): Prefers letters." in kept.notes
    assert kept.case_id == case_a.id and kept.prison_number == "B2345CD"
    logged = {(r.record_table, r.field, r.value) for r in s.execute(
        select(Change.record_table, Change.field, Change.value).where(
            Change.record_id.in_([booking.id, gone.id, kept.id])))}
    assert ("bookings", "prisoner_id", f'"{kept.id}"') in logged
    assert ("people", "deleted", "true") in logged
    assert ("people", "do_not_disclose", "true") in logged
    audit.flush_pending(s)
    trail = {(e.action, e.record_id, e.detail) for e in s.scalars(select(AuditEntry))}
    assert (audit.DELETED, gone.id, f"merged into {kept.ref}") in trail
    assert (audit.CHANGED, kept.id, f"merged with {gone.ref}: moved 1 applications, 1 bookings, 1 consents, "
            "1 restrictions") in trail
    assert duplicates.duplicates_of(s, kept.id) == []


def test_merge_keeps_one_place_on_a_booking_both_records_were_on(s):
    prisoner = _person(s, "Silvanus", "Tavambyx", date(1970, 1, 1), "C3456DE")
    a = _person(s, "Yannick", "Tavambyx", date(2010, 7, 3))
    b = _person(s, "Yanick", "Tavambyx", date(2010, 7, 3))
    template = SessionTemplate(name="Morning", starts="09:30", ends="11:30", valid_from=date(2026, 1, 1))
    s.add(template)
    s.flush()
    booking = Booking(prisoner_id=prisoner.id, template_id=template.id, on=date(2026, 4, 2))
    s.add(booking)
    s.flush()
    s.add_all([BookingVisitor(booking_id=booking.id, person_id=a.id),
               BookingVisitor(booking_id=booking.id, person_id=b.id)])
    s.flush()
    duplicates.merge(s, a.id, b.id)
    s.flush()
    live = s.scalars(select(BookingVisitor).where(BookingVisitor.booking_id == booking.id, BookingVisitor.live())).all()
    assert [v.person_id for v in live] == [a.id]


def test_merging_a_pair_marked_different_drops_the_mark(s):
    a = _person(s, "Evanthe", "Wesker", date(1999, 9, 9))
    b = _person(s, "Evanthe", "Wesker", date(1999, 9, 9))
    row = duplicates.mark_different(s, a.id, b.id)
    duplicates.merge(s, a.id, b.id)
    s.flush()
    assert s.get(DistinctPeople, row.id).deleted


def test_a_visits_hall_neither_merges_nor_marks(make_profile):
    with open_session(make_profile(role="visitor-centre", name="hall")) as s:
        a = _person(s, "Dashiell", "Nesker", date(1993, 3, 3))
        b = _person(s, "Dashiel", "Nesker", date(1993, 3, 3))
        with pytest.raises(InputRefused, match="Only a family support worker's desk merges"):
            duplicates.merge(s, a.id, b.id)
        with pytest.raises(InputRefused, match="Only a family support worker's desk records"):
            duplicates.mark_different(s, a.id, b.id)


def test_refusals(s):
    a = _person(s, "Florimel", "Abbistead", date(1988, 4, 4))
    with pytest.raises(InputRefused, match="two different records"):
        duplicates.merge(s, a.id, a.id)
    b = _person(s, "Florimel", "Abbistead", date(1988, 4, 4))
    duplicates.merge(s, a.id, b.id)
    with pytest.raises(InputRefused, match="merged already"):
        duplicates.merge(s, a.id, b.id)


def test_erasing_a_person_erases_their_different_people_marks(s):
    from fsw_desktop.services.data_protection import erasure

    a = _person(s, "Cordelix", "Ulmidale", date(2001, 1, 30), relationship="friend")
    b = _person(s, "Cordelia", "Ulmidale", date(2001, 1, 30), relationship="friend")
    row = duplicates.mark_different(s, a.id, b.id)
    plan = erasure.plan_erasure(s, a.id)
    assert ("distinct_people", row.id) in plan.records
    erasure.erase_person(s, a.id)
    s.flush()
    assert s.get(DistinctPeople, row.id).deleted

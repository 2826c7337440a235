"""A booking's flag travels in a real bundle: raised on the worker's desk, resolved at the visits hall, back again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from fsw_desktop.models.flags import BookingFlag
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, flags, visits

from .desks import TODAY, make_desks, new_case

ELSEWHERE = "HMP Elsewhere (synthetic)"


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre", "B": "worker"})
    yield d
    d.close()


def test_a_flag_travels_to_the_hall_and_its_resolution_comes_back(desks):
    a, v = desks["A"], desks["V"]
    case_id = new_case(a)
    visit_day = TODAY + timedelta(days=3)
    with open_session(a) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        prisoner.establishment = "HMP Testfield (synthetic)"
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin", relationship="partner",
                                                        date_of_birth=date(1991, 3, 3)), today=TODAY)
        template = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                         "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, template.id, visit_day, [partner.id], partner.id, today=TODAY)
        moved = flags.record_transfer(s, prisoner.id, ELSEWHERE, TODAY, today=TODAY)
        assert moved.recheck.raised == [booking.ref]
        s.commit()
        booking_id = booking.id
    desks.send("A", "V")
    with open_session(v) as s:
        rows = flags.open_flag_rows(s)
        assert [(r.booking_id, r.cause, r.establishment) for r in rows] == [(booking_id, flags.TRANSFER, ELSEWHERE)]
        # the hall's own re-check agrees, so it raises nothing twice
        assert flags.recheck(s, TODAY, everything=True).raised == []
        flags.keep(s, rows[0].id, "Governor allows a last visit here", today=TODAY)
        s.commit()
    desks.send("V", "A")
    with open_session(a) as s:
        f = s.execute(select(BookingFlag).where(BookingFlag.booking_id == booking_id)).scalar_one()
        assert (f.state, f.resolution, f.resolution_note) == (flags.RESOLVED, flags.KEPT,
                                                              "Governor allows a last visit here")
        assert flags.open_flag_rows(s) == []


def test_a_transfer_offers_the_paired_worker_desk_at_the_new_establishment(desks):
    a = desks["A"]
    case_id = new_case(a)
    with open_session(a) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        # every test desk is at HMP Testfield: moving a prisoner there offers desk B (a worker), never V (the hall)
        prisoner.establishment = ELSEWHERE
        moved = flags.record_transfer(s, prisoner.id, "HMP Testfield (synthetic)", TODAY, today=TODAY)
        assert [p.name for p in moved.desks] == ["B"]
        assert flags.handover_desks(s, ELSEWHERE) == []

"""Letters travel in real bundles: an edited template reaches every desk, a hall's visit confirmation reaches the
worker through the trust boundary, and a letter's text never leaves the desk that printed it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from fsw_desktop.models.letters import Letter, LetterTemplate, LetterText
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.letters import letters, templates
from fsw_desktop.services.visits import calendar, visits

from .desks import TODAY, make_desks, new_case

CONFIRM = templates.default_id("visit-confirmation")


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre", "B": "worker"})
    yield d
    d.close()


def test_templates_and_letters_travel_and_the_text_stays_where_it_was_printed(desks):
    a, v, b = desks["A"], desks["V"], desks["B"]
    case_id = new_case(a)
    with open_session(a) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin", relationship="partner",
                                                        date_of_birth=date(1991, 3, 3), address="9 Elm Court"),
                                today=TODAY)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, TODAY + timedelta(days=3), [partner.id], partner.id,
                                 today=TODAY)
        templates.save(s, CONFIRM, "Visit confirmation", templates.VISIT_CONFIRMATION,
                       "Dear {recipient_name}, your visit is on {visit_date} at {session_time}.")
        ctx = letters.for_case(s, case_id, today=TODAY)
        note = letters.prepare(s, ctx, templates.default_id("appointment"), partner.id, letters.BY_POST, today=TODAY,
                               typed={"appointment_date": "Friday", "appointment_time": "10:00",
                                      "appointment_place": "Family centre"})
        worker_letter = letters.record_sent(s, note, "Legitimate interests", "First meeting", now=datetime(2026, 3, 1))
        s.commit()
        ids = (partner.id, booking.id, worker_letter.id)
    partner_id, booking_id, worker_letter_id = ids
    desks.send("A", "V")
    desks.send("A", "B")
    with open_session(v) as s:
        t = s.get(LetterTemplate, CONFIRM)
        assert t is not None and t.body.startswith("Dear {recipient_name}, your visit")
        assert s.get(Letter, worker_letter_id) is None  # whom a worker wrote to is casework: not for the hall
        # the hall prints a visit confirmation from the worker's edited template; its record goes back
        ctx = letters.for_booking(s, booking_id, today=TODAY)
        p = letters.prepare(s, ctx, CONFIRM, partner_id, letters.BY_HAND, today=TODAY)
        assert "your visit is on" in p.html
        hall_letter = letters.record_sent(s, p, "Legitimate interests", "Handed over at the hall",
                                          now=datetime(2026, 3, 1, 15))
        s.commit()
        hall_letter_id = hall_letter.id
    report = desks.send("V", "A")  # through the trust boundary: a hall may originate letters
    assert report is not None
    with open_session(a) as s:
        got = s.get(Letter, hall_letter_id)
        assert (got.booking_id, got.recipient_id, got.lawful_basis) == (booking_id, partner_id, "Legitimate interests")
        assert s.get(LetterText, hall_letter_id) is None  # the hall's text stayed at the hall
        assert got.case_id is None  # the hall holds no cases; the letter still belongs to the family's case
        assert {r.id for r in letters.letters_of_case(s, case_id)} == {hall_letter_id, worker_letter_id}
        assert s.get(LetterText, worker_letter_id) is not None
    with open_session(b) as s:
        assert s.get(Letter, worker_letter_id).template_name == "Appointment letter"
        assert s.get(LetterText, worker_letter_id) is None
        assert letters.letters_of_case(s, case_id)[0].kept_here is False


def test_a_hall_may_not_change_the_teams_templates(desks):
    v = desks["V"]
    with open_session(v) as s:
        templates.save(s, None, "Hall's own", templates.OTHER, "Hello {recipient_name}")
        s.commit()
    with pytest.raises(Exception, match="letter_templates"):
        desks.send("V", "A")
    with open_session(desks["A"]) as s:
        assert s.execute(select(LetterTemplate)).scalars().all() == []

"""Forged letter changes from paired desks, sealed with real keys: what the trust boundary takes and refuses.

A visits hall may send the record of a letter it printed, nothing more: not the team's templates,
not a letter's text, not a letter filed on a case (it holds none) or under an application, and not
the removal of a worker's letter from the case's history. A supervisor's desk changes nothing. A
worker's desk is trusted with templates, but a template a letter cannot be printed from is refused
when a letter is written from it, never handed to Python's formatting.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.letters import Letter, LetterTemplate, LetterText
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.data_protection import erasure, retention
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.letters import letters, templates
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.visits import calendar, visits
from fsw_desktop.sync.trust import OutOfScope

from .desks import TODAY, make_desks, new_case
from .test_trust_boundary import SEQ, change, seal_from

CONFIRM = templates.default_id("visit-confirmation")
STAMPS = {"hlc": "1900000000000.00000.X", "created_hlc": "1900000000000.00000.X", "deleted": False}


@pytest.fixture
def team(tmp_path):
    """Worker A with a family and a booking, sent to worker B and the visits hall V; a supervisor S."""
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "V": "visitor-centre", "S": "supervisor"})
    case_id = new_case(d["A"])
    with open_session(d["A"]) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin",
                                                        relationship="partner", date_of_birth=date(1991, 3, 3),
                                                        address="9 Elm Court"), today=TODAY)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, TODAY + timedelta(days=3), [partner.id], partner.id,
                                 today=TODAY)
        ctx = letters.for_case(s, case_id, today=TODAY)
        p = letters.prepare(s, ctx, templates.default_id("appointment"), partner.id, letters.BY_POST, today=TODAY,
                            typed={"appointment_date": "Friday", "appointment_time": "10:00",
                                   "appointment_place": "Family centre"})
        worker_letter = letters.record_sent(s, p, "Legitimate interests", "First meeting", now=datetime(2026, 3, 1))
        s.commit()
        ids = {"case": case_id, "partner": partner.id, "booking": booking.id, "letter": worker_letter.id}
    d.send("A", "B")
    d.send("A", "V")
    yield d, ids
    d.close()


def _import(d, sender: str, rows: list[list], seq: int = SEQ):  # noqa: ANN001, ANN202
    path = d.root / f"{sender}-{seq}.fswbundle"
    path.write_bytes(seal_from(d[sender], d.ids["B"], rows, seq=seq))
    return sync_service.import_bundle(d["B"], path)


def _whole(**values) -> str:
    return json.dumps({**STAMPS, **values}, sort_keys=True)


def _hall_letter(ids: dict, **extra) -> dict:
    return {"recipient_id": ids["partner"], "template_id": CONFIRM, "template_name": "Visit confirmation",
            "kind": templates.VISIT_CONFIRMATION, "booking_id": ids["booking"], "delivery": letters.BY_HAND,
            "lawful_basis": "Legitimate interests", "reason": "Handed over at the hall",
            "sent_at": "2026-03-01T15:00:00", "sent_by": "Visits", "ref": "L-HALL1", **extra}


def _b_letters(d) -> tuple:  # noqa: ANN001
    with open_session(d["B"]) as s:
        return (sorted((le.id, le.case_id, le.deleted, le.reason) for le in s.execute(select(Letter)).scalars()),
                s.execute(select(func.count()).select_from(LetterTemplate)).scalar(),
                s.execute(select(func.count()).select_from(LetterText)).scalar(),
                s.execute(select(func.count()).select_from(Change)).scalar())


def test_a_hall_may_not_change_a_template_in_any_form(team):
    d, ids = team
    v = d.ids["V"]
    before = _b_letters(d)
    payload = "Dear {recipient_name!r} {0.__class__} {x:>99999999}"
    forged = [
        [change("letter_templates", CONFIRM, "*", _whole(name="Visit confirmation", kind=templates.VISIT_CONFIRMATION,
                                                         body=payload, ref="LT-FORGE"), desk_id=v, who="V")],
        [change("letter_templates", CONFIRM, "body", "Bring £50 in cash to the gate", desk_id=v, who="V")],
        [change("letter_templates", CONFIRM, "deleted", True, desk_id=v, who="V")],
    ]
    for n, rows in enumerate(forged):
        with pytest.raises(OutOfScope, match="a visitor-centre desk may not change letter_templates"):
            _import(d, "V", rows, seq=SEQ + n)
    assert _b_letters(d) == before
    with open_session(d["B"]) as s:
        assert templates.get(s, CONFIRM).body == templates.DEFAULTS["visit-confirmation"][2]


def test_a_letters_text_never_arrives_from_any_desk(team):
    d, ids = team
    row = lambda desk: change("letter_texts", ids["letter"], "*",  # noqa: E731
                              json.dumps({"letter_id": ids["letter"], "body_html": "<p>Forged letter</p>"}),
                              desk_id=d.ids[desk], who=desk)
    before = _b_letters(d)
    with pytest.raises(OutOfScope, match="change to letter_texts from V .* Nothing was imported"):
        _import(d, "V", [row("V")])
    with pytest.raises(OutOfScope, match="change to letter_texts from S .* Nothing was imported"):
        _import(d, "S", [row("S")], seq=SEQ + 1)
    assert _b_letters(d) == before
    # a worker's desk is trusted with every travelling table; letter_texts is none, so nothing lands in it
    _import(d, "A", [row("A")], seq=SEQ + 2)
    with open_session(d["B"]) as s:
        assert s.execute(select(func.count()).select_from(LetterText)).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM letter_texts")).scalar() == 0
        with pytest.raises(InputRefused, match="printed on another desk"):
            letters.letter_text(s, ids["letter"])


def test_a_supervisor_sends_no_letters(team):
    d, ids = team
    before = _b_letters(d)
    with pytest.raises(OutOfScope, match="a supervisor's desk may not change letters"):
        _import(d, "S", [change("letters", "0" * 8 + "-0000-7000-8000-" + "0" * 12, "*",
                                _whole(**_hall_letter(ids)), desk_id=d.ids["S"], who="S")])
    assert _b_letters(d) == before


def test_a_hall_sends_its_own_letter_but_files_nothing_on_a_case_or_an_application(team):
    d, ids = team
    v = d.ids["V"]
    new_id = "019a0000-0000-7000-8000-00000000a001"
    before = _b_letters(d)
    # a letter "filed" on the family's case (the hall knows the case id from the people it receives)
    with pytest.raises(OutOfScope, match="may not set letters.case_id"):
        _import(d, "V", [change("letters", new_id, "*", _whole(**_hall_letter(ids, case_id=ids["case"],
                                reason="Safeguarding: mother says father visits her home")), desk_id=v, who="V")])
    with pytest.raises(OutOfScope, match="may not set letters.application_id"):
        _import(d, "V", [change("letters", new_id, "*", _whole(**_hall_letter(ids, application_id=new_id)),
                                desk_id=v, who="V")], seq=SEQ + 1)
    # a worker's letter moved off the family's case (a hall never receives the worker's letters, so knows no id)
    with pytest.raises(OutOfScope, match="may not change letters.case_id"):
        _import(d, "V", [change("letters", ids["letter"], "case_id", None, desk_id=v, who="V")], seq=SEQ + 3)
    assert _b_letters(d) == before
    # the hall's own visit confirmation, as it records one, still arrives
    report = _import(d, "V", [change("letters", new_id, "*", _whole(**_hall_letter(ids)), desk_id=v, who="V")],
                     seq=SEQ + 4)
    assert report.changes_new == 1
    with open_session(d["B"]) as s:
        got = s.get(Letter, new_id)
        assert (got.booking_id, got.case_id, got.deleted) == (ids["booking"], None, False)
        assert new_id in {r.id for r in letters.letters_of_case(s, ids["case"])}


@pytest.mark.parametrize("body", [
    "Dear {0.__class__}", "Dear {recipient_name!r}", "Dear {recipient_name:>99999999}", "Dear {{recipient_name}",
    "Dear {{{recipient_name.__init__.__globals__}}}", "Dear {recipient_name[0]}", "Dear {", "",
])
def test_a_template_from_a_worker_that_cannot_print_is_refused_when_a_letter_is_written(team, body):
    d, ids = team
    a = d.ids["A"]
    _import(d, "A", [change("letter_templates", CONFIRM, "*", _whole(name="Visit confirmation", body=body,
                                                                    kind=templates.VISIT_CONFIRMATION, ref="LT-X1"),
                            desk_id=a, who="A")])
    with open_session(d["B"]) as s:
        assert templates.get(s, CONFIRM).body == body
        ctx = letters.for_booking(s, ids["booking"], today=TODAY)
        with pytest.raises(InputRefused):
            letters.prepare(s, ctx, CONFIRM, ids["partner"], letters.BY_HAND, today=TODAY)


def test_a_huge_template_from_a_worker_is_refused_before_it_is_rendered(team):
    d, ids = team
    body = "Dear {recipient_name},\n\n" + ("<img src='http://198.51.100.7/x.png'> " * 300_000)  # about 10 MB
    _import(d, "A", [change("letter_templates", CONFIRM, "*", _whole(name="Visit confirmation", body=body,
                                                                    kind=templates.VISIT_CONFIRMATION, ref="LT-X2"),
                            desk_id=d.ids["A"], who="A")])
    with open_session(d["B"]) as s:
        ctx = letters.for_booking(s, ids["booking"], today=TODAY)
        with pytest.raises(InputRefused, match="too long"):
            letters.prepare(s, ctx, CONFIRM, ids["partner"], letters.BY_HAND, today=TODAY)


def _texts(db) -> dict[str, str]:  # noqa: ANN001
    with open_session(db) as s:
        return {t.letter_id: t.body_html for t in s.execute(select(LetterText)).scalars()}


def test_erasing_a_person_takes_every_printed_text_that_names_them_on_every_desk(tmp_path):
    """A letter's text is kept only where it was printed, so erasure must reach it there: the visits hall never
    receives the worker's erasure of its letter record (it never receives letters), only of the person."""
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre"})
    try:
        case_id = new_case(d["A"])
        with open_session(d["A"]) as s:
            prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
            people = {}
            for given, rel, address in (("Wren", "partner", "9 Elm Court"), ("Ysolde", "sibling", "4 Quiet Lane")):
                people[given], _ = add_person(s, case_id, PersonInput(given_name=given, family_name="Orrin",
                                                                      relationship=rel, address=address,
                                                                      date_of_birth=date(1990, 3, 3)), today=TODAY)
            hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                         "16:00", "Hall", TODAY - timedelta(days=7), None, 1, 10, 2)
            booking, _ = visits.book(s, prisoner.id, hall.id, TODAY + timedelta(days=3),
                                     [people["Wren"].id, people["Ysolde"].id], people["Wren"].id, today=TODAY)
            ctx = letters.for_booking(s, booking.id, today=TODAY)
            letters.record_sent(s, letters.prepare(s, ctx, CONFIRM, people["Wren"].id, letters.BY_POST, today=TODAY),
                                "Legitimate interests", "Confirming", now=datetime(2026, 3, 1))
            s.commit()
            wren, ysolde, booking_id = people["Wren"].id, people["Ysolde"].id, booking.id
        d.send("A", "V")
        with open_session(d["V"]) as s:
            ctx = letters.for_booking(s, booking_id, today=TODAY)
            letters.record_sent(s, letters.prepare(s, ctx, CONFIRM, wren, letters.BY_HAND, today=TODAY),
                                "Legitimate interests", "Handed over", now=datetime(2026, 3, 1, 15))
            s.commit()
        d.send("V", "A")
        for db in (d["A"], d["V"]):
            assert [("Ysolde" in t, "Wren" in t) for t in _texts(db).values()] == [(True, True)]
        after = TODAY + timedelta(days=10)  # the visit is past: both may be erased
        # the sister is named in the partner's letters (the visitors on the booking), on both desks
        with open_session(d["A"]) as s:
            erasure.erase_person(s, ysolde, today=after)
            s.commit()
        d.send("A", "V")
        for name, db in (("A", d["A"]), ("V", d["V"])):
            assert not any("Ysolde" in t for t in _texts(db).values()), name
        # the partner, to whom both letters went: the hall's text goes with the worker's
        with open_session(d["A"]) as s:
            erasure.erase_person(s, wren, today=after)
            s.commit()
        d.send("A", "V")
        for name, db in (("A", d["A"]), ("V", d["V"])):
            assert not any("Wren" in t for t in _texts(db).values()), name
    finally:
        d.close()


def _hall_letter_long_ago(d) -> tuple[str, str]:  # noqa: ANN001
    """A visit in January 2023 and the hall's confirmation of it: (booking id, letter id)."""
    long_ago = date(2023, 1, 10)
    case_id = new_case(d["A"])
    with open_session(d["A"]) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin",
                                                        relationship="partner", date_of_birth=date(1990, 3, 3)),
                                today=long_ago)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                     "16:00", "Hall", long_ago - timedelta(days=30), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, long_ago, [partner.id], partner.id,
                                 today=long_ago - timedelta(days=3))
        s.commit()
        partner_id, booking_id = partner.id, booking.id
    d.send("A", "V")
    with open_session(d["V"]) as s:
        ctx = letters.for_booking(s, booking_id, today=long_ago - timedelta(days=3))
        letter = letters.record_sent(s, letters.prepare(s, ctx, CONFIRM, partner_id, letters.BY_HAND,
                                                        today=long_ago - timedelta(days=3)),
                                     "Legitimate interests", "Handed over", now=datetime(2023, 1, 7, 15))
        s.commit()
        return booking_id, letter.id


def _hall_retention(d, booking_id: str) -> None:  # noqa: ANN001
    with open_session(d["V"]) as s:
        items = [i for i in retention.due(s, today=TODAY) if i.record_id == booking_id]
        assert [i.kind for i in items] == ["bookings"]
        retention.delete_due(s, items, today=TODAY)
        s.commit()


def test_a_visit_deleted_by_retention_takes_the_letters_about_it_and_their_text(tmp_path):
    """A visits hall holds no cases: its letters belong to bookings. Were they kept when the booking goes, the
    letter (and so its recipient, whom it refers to) would outlive every retention period."""
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre"})
    try:
        booking_id, letter_id = _hall_letter_long_ago(d)
        _hall_retention(d, booking_id)
        with open_session(d["V"]) as s:
            assert s.get(Letter, letter_id).deleted
            assert s.get(LetterText, letter_id) is None
            assert s.get(Letter, letter_id).reason == ""
    finally:
        d.close()


@pytest.mark.xfail(strict=True, raises=OutOfScope, reason="not fixed here: retention on a visits hall marks its "
                   "deletions as erasures, which only a worker's desk may send, so the hall's next bundle is refused")
def test_after_retention_on_a_visits_hall_its_next_bundle_is_taken_in(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "V": "visitor-centre"})
    try:
        booking_id, letter_id = _hall_letter_long_ago(d)
        _hall_retention(d, booking_id)
        d.send("V", "A")
        with open_session(d["A"]) as s:
            assert s.get(Letter, letter_id).deleted
    finally:
        d.close()

"""A person's preferred language travels in real bundles like their other details (issue 21).

Between two worker desks it travels in full, as the neutral code and the note; the visits hall
receives the code (so its visit confirmations go in the family's language) but not the note, and
may not change either: it edits no one's contact details.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fsw_desktop.models.people import Person
from fsw_desktop.services.casework.people import PersonInput, add_person, update_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.letters import letters, templates
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.sync.trust import OutOfScope

from .desks import TODAY, make_desks, new_case
from .test_trust_boundary import SEQ, change, seal_from


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "V": "visitor-centre"})
    yield d
    d.close()


def _family(a) -> tuple[str, str, str]:  # noqa: ANN001
    case_id = new_case(a)
    with open_session(a) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        update_person(s, prisoner.id, PersonInput(**{**PersonInput.from_person(prisoner).__dict__, "language": "cy"}),
                      today=TODAY)
        partner, _ = add_person(s, case_id, PersonInput(given_name="Wren", family_name="Orrin", relationship="partner",
                                                        date_of_birth=date(1991, 3, 3), address="9 Elm Court",
                                                        language="other", language_note="Polish: interpreter needed"),
                                today=TODAY)
        s.commit()
        return case_id, prisoner.id, partner.id


def _language(db, person_id: str) -> tuple[str, str]:  # noqa: ANN001
    with open_session(db) as s:
        p = s.get(Person, person_id)
        return p.language, p.language_note


def test_the_preferred_language_travels_between_worker_desks_and_a_change_follows(desks):
    a, b = desks["A"], desks["B"]
    case_id, prisoner_id, partner_id = _family(a)
    desks.send("A", "B")
    assert _language(b, prisoner_id) == ("cy", "")
    assert _language(b, partner_id) == ("other", "Polish: interpreter needed")
    with open_session(b) as s:  # on B, the prisoner's letters default to Welsh
        ctx = letters.for_case(s, case_id, today=TODAY)
        assert next(r for r in ctx.recipients if r.person_id == prisoner_id).letter_language == "cy"
        # B learns the partner would rather read Welsh; the change goes back to A
        partner = s.get(Person, partner_id)
        update_person(s, partner_id, PersonInput(**{**PersonInput.from_person(partner).__dict__, "language": "cy",
                                                    "language_note": ""}), today=TODAY)
        s.commit()
    desks.send("B", "A")
    assert _language(a, partner_id) == ("cy", "")


def test_the_hall_receives_the_code_not_the_note_and_may_not_change_it(desks):
    case_id, prisoner_id, partner_id = _family(desks["A"])
    desks.send("A", "V")
    assert _language(desks["V"], prisoner_id) == ("cy", "")
    assert _language(desks["V"], partner_id) == ("other", "")  # the note stays with the workers
    with open_session(desks["V"]) as s:  # the hall's confirmation to the prisoner defaults to Welsh
        rows = templates.templates(s)
        assert templates.in_language(rows, templates.VISIT_CONFIRMATION, "cy").language == "cy"
    desks.send("A", "B")
    path = desks.root / "V-language.fswbundle"
    path.write_bytes(seal_from(desks["V"], desks.ids["B"],
                               [change("people", partner_id, "language", "en", desk_id=desks.ids["V"], who="V")],
                               seq=SEQ))
    with pytest.raises(OutOfScope, match="may not change people"):
        sync_service.import_bundle(desks["B"], path)
    assert _language(desks["B"], partner_id) == ("other", "Polish: interpreter needed")

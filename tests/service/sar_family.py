"""A family for the subject access tests: a prisoner, a do-not-disclose partner (the victim of a
"no contact" restriction) and a child, with a contact, a restriction and an application that name them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications
from fsw_desktop.services.casework import contacts, people, safeguarding
from fsw_desktop.services.casework.people import PersonInput
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session

TODAY = date(2026, 3, 2)
PARTNER = ("Ottoline", "Marchbank", "12 Refuge Road, Eastmere", "07700 900777")


def add_family(db) -> tuple[str, str, str]:
    """Returns the ids of the prisoner, the partner and the child."""
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2026, 1, 5), source="Self", prisoner_given="Dario", prisoner_family="Ashcombe",
            prison_number="A1234BC", reasons="Ottoline Marchbank asked for help with visits"), today=TODAY)
        s.commit()
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner)).scalar()
        partner, _ = people.add_person(s, case.id, PersonInput(
            given_name=PARTNER[0], family_name=PARTNER[1], relationship="partner", address=PARTNER[2],
            phone=PARTNER[3], supported_directly=True), today=TODAY)
        safeguarding.set_do_not_disclose(s, partner.id, True)
        child, _ = people.add_person(s, case.id, PersonInput(
            given_name="Mira", family_name="Ashcombe", relationship="child", date_of_birth=date(2019, 3, 2)),
            today=TODAY)
        contacts.log_contact(s, case.id, date(2026, 1, 20), "Home visit", minutes=45, present="Ottoline, Mira",
                             note="Ottoline has moved to 12 Refuge Road with Mira and Dario", today=TODAY)
        safeguarding.add_restriction(s, prisoner.id, "No contact with named person",
                                     "No contact with Ottoline Marchbank", date(2026, 1, 10))
        applications.receive(s, datetime(2026, 2, 2, 9, 30), "applications box", "find my family",
                             "Please find Ottoline, she was at Refuge Road", prisoner_id=prisoner.id)
        s.commit()
        return prisoner.id, partner.id, child.id

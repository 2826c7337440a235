"""A small worker desk with hand-worked figures, built only through the real services (issue 7 tests).

TODAY is 2026-03-01, so the default period is 2025-03-02..2026-03-01. Four cases:

- A (Probation, referred 2025-12-01): failed attempt 12-03, phone call 12-05 (4 days, 1 failed);
  initial 12-10 (Housing; family stress 2, child self-esteem 2), follow-up 2026-02-20 (stress 4,
  child self-esteem 2): stress improved, self-esteem no change. Child born 2019-06-01 (5-10,
  Female, White: Irish). No goals: stage "assessed", review due 2026-05-20; no contact since
  12-05, so "no recent contact".
- B (Self, referred 2026-01-10): never reached (waiting 50 days), stage "new". A partner marked
  do not disclose; a child born 2010-01-01 (11-16, Male, ethnicity not recorded).
- C (Probation, referred 2025-06-01): home visit 06-11 (10 days); initial 06-15 (access 3), final
  09-01 (access 2): worse. Closed 2025-09-10, goals achieved.
- D (School, referred 2025-10-01): phone call 10-03 (2 days); initial 10-05 (stress 3, one score
  only); review due 2026-01-05, overdue: stage "review due". The prisoner has a public-protection
  restriction from 2026-01-01.

Applications: two received in February 2026, one answered the next day (on time), one never
answered and due 02-12 (counted, late). Visits: two booked February visits for A's prisoner, one
attended, one not. Family days: one held 2026-02-14, A's family (2 people) attended.
Free text everywhere carries SECRET markers, which a summary must never carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from fsw_desktop.db import Database
from fsw_desktop.models.applications import Application
from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications
from fsw_desktop.services.casework import closure, contacts, safeguarding
from fsw_desktop.services.visits import family_days, visits
from fsw_desktop.services.visits import calendar
from fsw_desktop.services.visits import visitors
from fsw_desktop.services.casework.assessments import NeedInput, ScoreInput, record_assessment
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session

TODAY = date(2026, 3, 1)
SECRET = "SECRETFREETEXT"
STRESS, CHILD_ESTEEM, ACCESS = "Reduced parental stress", "Child self-esteem", "Access to support services"


@dataclass
class Built:
    refs: dict[str, str] = field(default_factory=dict)  # "A".."D" -> case reference
    names: set[str] = field(default_factory=set)  # every given and family name of every person
    hidden: set[str] = field(default_factory=set)  # the do-not-disclose people's names


def _prisoner(s, case_id: str) -> Person:
    return s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner.is_(True))).scalar_one()


def build_worker(db: Database, tag: str = "") -> Built:
    """The hand-worked desk; ``tag`` makes every name unique to this desk (several workers in a test)."""
    out = Built()
    with open_session(db) as s:
        def referral(label: str, on: date, source: str, family: str, contact: str = "") -> str:
            case = create_referral(s, ReferralInput(
                referral_date=on, source=source, prisoner_given=f"Abelard{tag}", prisoner_family=f"{family}{tag}",
                prison_number="A1234BC", family_label=f"{family}{tag} family", referrer_name=f"Ref{SECRET}",
                reasons=f"reasons {SECRET}", risk_info=f"risk {SECRET}",
                contact_given=contact, contact_family=f"{family}{tag}" if contact else ""), today=TODAY)
            out.refs[label] = case.ref
            return case.id

        def person(case_id: str, given: str, family: str, **kw) -> Person:
            p, _ = add_person(s, case_id, PersonInput(given_name=given, family_name=family, address=f"1 {SECRET} St",
                                                      notes=f"notes {SECRET}", phone="07700900123", **kw), today=TODAY)
            return p

        # A
        a = referral("A", date(2025, 12, 1), "Probation", "Orrinford", contact=f"Beatrix{tag}")
        child_a = person(a, f"Posy{tag}", f"Orrinford{tag}", date_of_birth=date(2019, 6, 1), gender="Female",
                         ethnicity="White: Irish", relationship="child", supported_directly=True,
                         child_views=f"views {SECRET}")
        contacts.log_contact(s, a, date(2025, 12, 3), "Failed attempt", note=f"no answer {SECRET}", today=TODAY)
        contacts.log_contact(s, a, date(2025, 12, 5), "Phone call", 20, note=f"call {SECRET}", today=TODAY)
        record_assessment(s, a, "initial", date(2025, 12, 10), [NeedInput("Housing")],
                          [ScoreInput(STRESS, 2), ScoreInput(CHILD_ESTEEM, 2, child_a.id)],
                          notes=f"initial {SECRET}", today=TODAY)
        record_assessment(s, a, "follow-up", date(2026, 2, 20), [NeedInput("Finance and debt")],
                          [ScoreInput(STRESS, 4), ScoreInput(CHILD_ESTEEM, 2, child_a.id)], today=TODAY)

        # B
        b = referral("B", date(2026, 1, 10), "Self", "Brackenbury")
        hidden = person(b, f"Zelda{tag}", f"Quarrington{tag}", relationship="partner", do_not_disclose=True,
                        supported_directly=True)
        out.hidden |= {hidden.given_name, hidden.family_name}
        person(b, f"Milo{tag}", f"Brackenbury{tag}", date_of_birth=date(2010, 1, 1), gender="Male",
               relationship="child")

        # C
        c = referral("C", date(2025, 6, 1), "Probation", "Castellane", contact=f"Cordelia{tag}")
        contacts.log_contact(s, c, date(2025, 6, 11), "Home visit", 60, today=TODAY)
        record_assessment(s, c, "initial", date(2025, 6, 15), [], [ScoreInput(ACCESS, 3)], today=TODAY)
        record_assessment(s, c, "final", date(2025, 9, 1), [], [ScoreInput(ACCESS, 2)], today=TODAY)
        closure.close_case(s, c, date(2025, 9, 10), "Goals achieved", True, today=TODAY)

        # D
        d = referral("D", date(2025, 10, 1), "School", "Dunmoreley", contact=f"Delphine{tag}")
        contacts.log_contact(s, d, date(2025, 10, 3), "Phone call", 10, today=TODAY)
        record_assessment(s, d, "initial", date(2025, 10, 5), [NeedInput("Parenting")], [ScoreInput(STRESS, 3)],
                          today=TODAY)
        safeguarding.add_restriction(s, _prisoner(s, d).id, "No contact with children (public protection)",
                                     f"court order {SECRET}", date(2026, 1, 1))

        # applications
        first = applications.receive(s, datetime(2026, 2, 2, 10, 0), "applications box", "contact my family",
                                     f"please {SECRET}", prisoner_name=f"Ignatius{tag} Applewhite{tag}",
                                     prison_number="B1111BB")
        applications.change_status(s, first.id, "acknowledged", today=date(2026, 2, 2))
        applications.respond(s, first.id, f"reply {SECRET}", "contact arranged", today=date(2026, 2, 3))
        applications.receive(s, datetime(2026, 2, 9, 10, 0), "applications box", "arrange a visit",
                             f"visit {SECRET}", prisoner_name=f"Ignatius{tag} Applewhite{tag}", prison_number="B1111BB")

        # visits and a family day, for A's prisoner and family
        pa = _prisoner(s, a)
        partner = visitors.add_visitor(s, f"Hester{tag}", f"Orrinford{tag}", date(1990, 1, 1), "sibling", a, today=TODAY)
        hall = calendar.add_template(s, "Hall", ["TU"], "14:00", "16:00", "Hall", date(2025, 1, 1), None, 1, 10, 1)
        for on, outcome in ((date(2026, 2, 10), "attended"), (date(2026, 2, 17), "visitor did not arrive")):
            booking, _ = visits.book(s, pa.id, hall.id, on, [partner.id], partner.id, today=date(2026, 2, 1),
                                     notes=f"visit {SECRET}")
            visits.record_outcome(s, booking.id, outcome, today=on)
        day = family_days.add_family_day(s, date(2026, 2, 14), "general", "February day", 5, 20)
        request = family_days.request_place(s, day.id, pa.id, [partner.id, child_a.id], requested_on=date(2026, 1, 20))
        family_days.allocate(s, day.id)
        family_days.close_family_day(s, day.id, "held", f"went well {SECRET}", today=date(2026, 2, 14))
        family_days.record_attendance(s, request.id, True, f"lovely {SECRET}", today=date(2026, 2, 14))
        s.commit()

        for p in s.execute(select(Person)).scalars():
            out.names |= {n for n in (p.given_name, p.family_name) if n}
        for name in s.execute(select(Application.prisoner_name)).scalars():
            out.names |= set(name.split())
    return out

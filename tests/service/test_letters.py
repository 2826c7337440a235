"""Letters and slips (issue 19 §2) on a real encrypted profile: merge fields, escaping, the rules, the record.

Every date is explicit; each test rolls back its own transaction.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.letters import Letter, LetterTemplate, LetterText
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.services.casework import referrals, safeguarding
from fsw_desktop.services.casework.case_view import load_case
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.data_protection import audit, erasure, subject_access
from fsw_desktop.services.letters import fields, letters, templates
from fsw_desktop.services.visits import calendar, family_days, visits

TODAY = date(2026, 3, 2)  # Monday
VISIT = date(2026, 3, 10)  # Tuesday
NOW = datetime(2026, 3, 2, 10, 30)
CONFIRM = templates.default_id("visit-confirmation")


@pytest.fixture
def w(s):
    """A case: the prisoner, his partner (lead visitor, with an address) and their child; a visit booked."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dario", prisoner_family="Ashcombe",
        prison_number="A1234BC"), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar_one()
    prisoner.establishment, prisoner.wing = "HMP Northfield (synthetic)", "C wing"
    partner, _ = add_person(s, case.id, PersonInput(given_name="Mara", family_name="Ashcombe", relationship="partner",
                                                    date_of_birth=date(1990, 5, 1), address="12 Larch Row\nTownley TL1 2AB"),
                            today=TODAY)
    child, _ = add_person(s, case.id, PersonInput(given_name="Pip", family_name="Ashcombe", relationship="child",
                                                  date_of_birth=date(2019, 4, 2)), today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                                 None, 1, 5, 1)
    booking, _ = visits.book(s, prisoner.id, hall.id, VISIT, [partner.id, child.id], partner.id, today=TODAY)
    s.flush()
    return type("W", (), {"s": s, "case": case, "prisoner": prisoner, "partner": partner, "child": child,
                          "booking": booking})


def test_a_visit_confirmation_merges_the_booking_and_escapes_every_value(w):
    s = w.s
    w.partner.given_name = "Mara <b>&"  # typed as it is: it must print as typed, not as markup
    s.flush()
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    assert [r.name for r in ctx.recipients] == ["Dario Ashcombe", "Mara <b>& Ashcombe"]  # the child is not offered
    assert "under 18" in ctx.refused[w.child.id]
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    assert "Mara &lt;b&gt;&amp; Ashcombe" in p.html and "<b>&" not in p.html
    assert "Tuesday 10 March 2026" in p.html and "14:00 to 16:00" in p.html and "Visits hall" in p.html
    assert "Dario Ashcombe (A1234BC)" in p.html and "HMP Northfield (synthetic)" in p.html
    assert "12 Larch Row<br>Townley TL1 2AB" in p.html  # the address used, line by line
    assert "Pip Ashcombe (age 6)" in p.html  # the visitors, the child with their age
    assert "Photo ID for every adult" in p.html  # what to bring
    to_prisoner = letters.prepare(s, ctx, CONFIRM, w.prisoner.id, letters.TO_WING, today=TODAY)
    assert "Wing: C wing" in to_prisoner.html and "12 Larch Row" not in to_prisoner.html


def test_an_unknown_merge_field_is_refused_at_save_with_where_and_what(s):
    with pytest.raises(InputRefused, match=r"Line 3: \{visit_dat\} is not a merge field.*Did you mean \{visit_date\}"):
        templates.save(s, None, "My confirmation", templates.VISIT_CONFIRMATION, "Dear {recipient_name},\n\n"
                       "See you on {visit_dat}.")
    with pytest.raises(InputRefused, match="single '{'"):
        templates.save(s, None, "Braces", templates.OTHER, "Dear {recipient_name, hello")
    with pytest.raises(InputRefused, match="not a merge field"):  # no attribute look-ups through the template
        templates.save(s, None, "Sneaky", templates.OTHER, "{recipient_name.__class__}")
    assert s.execute(select(func.count()).select_from(LetterTemplate)).scalar() == 0
    saved = templates.save(s, None, "Short note", templates.OTHER, "Hello {recipient_name}, {{not a field}}.")
    assert saved.stored and fields.used(saved.body) == ["recipient_name"]


def test_a_field_the_letter_cannot_fill_is_refused_not_printed_blank(w):
    ctx = letters.for_case(w.s, w.case.id, today=TODAY)
    with pytest.raises(InputRefused, match=r"\{visit_date\}.*write it from a visit booking"):
        letters.prepare(w.s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    appointment = templates.default_id("appointment")
    with pytest.raises(InputRefused, match=r"\{appointment_date\}.*type it in the letter dialog"):
        letters.prepare(w.s, ctx, appointment, w.partner.id, letters.BY_HAND, today=TODAY)
    p = letters.prepare(w.s, ctx, appointment, w.partner.id, letters.BY_HAND, today=TODAY,
                        typed={"appointment_date": "Thursday 12 March", "appointment_time": "10:00",
                               "appointment_place": "Townley family centre"})
    assert "Townley family centre" in p.html and "12 Larch Row" not in p.html  # by hand: no address printed


def test_do_not_disclose_people_never_appear_in_a_letter_to_anyone_else(w):
    s = w.s
    sister, _ = add_person(s, w.case.id, PersonInput(given_name="Ysolde", family_name="Ashcombe",
                                                     relationship="sibling", date_of_birth=date(1988, 1, 1),
                                                     address="4 Quiet Lane"), today=TODAY)
    visits.book(s, w.prisoner.id, w.booking.template_id, date(2026, 3, 12), [w.partner.id, sister.id],
                w.partner.id, today=TODAY)
    safeguarding.set_do_not_disclose(s, sister.id, True)
    booking = s.execute(select(visits.Booking).where(visits.Booking.on == date(2026, 3, 12))).scalar_one()
    ctx = letters.for_booking(s, booking.id, today=TODAY)
    to_prisoner = letters.prepare(s, ctx, CONFIRM, w.prisoner.id, letters.TO_WING, today=TODAY)
    to_partner = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    for p in (to_prisoner, to_partner):
        assert "Ysolde" not in p.html and "Quiet Lane" not in p.html
        assert "Mara Ashcombe" in p.html
    own = letters.prepare(s, ctx, CONFIRM, sister.id, letters.BY_POST, today=TODAY)
    assert "Ysolde Ashcombe" in own.html and any("do not disclose" in x for x in own.warnings)


def test_the_address_used_is_checked_against_contact_restrictions(w):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    # someone else recorded at the same address (spelt differently) has a restraining order in force
    lodger, _ = add_person(s, w.case.id, PersonInput(given_name="Cato", family_name="Verrin", relationship="other",
                                                     date_of_birth=date(1980, 2, 2), address="12 larch row, townley "
                                                     "TL1 2AB"), today=TODAY)
    safeguarding.add_restriction(s, lodger.id, "Restraining order", "court order", date(2026, 1, 1), today=TODAY)
    with pytest.raises(InputRefused, match=r"address used is also recorded for Cato Verrin .*Restraining order"):
        letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    assert letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_HAND, today=TODAY).html  # by hand is fine
    # the recipient's own no-contact restriction refuses any letter to them
    safeguarding.add_restriction(s, w.partner.id, "No contact with named person", "", date(2026, 2, 1), today=TODAY)
    with pytest.raises(InputRefused, match="Mara Ashcombe has a contact restriction in force"):
        letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_HAND, today=TODAY)
    with pytest.raises(InputRefused, match="write to the adult who cares for them"):
        letters.prepare(s, ctx, CONFIRM, w.child.id, letters.BY_HAND, today=TODAY)


def test_an_ended_restriction_and_the_prisoners_own_only_warn_or_pass(w):
    s = w.s
    safeguarding.add_restriction(s, w.partner.id, "Restraining order", "", date(2025, 1, 1), date(2026, 1, 1),
                                 today=TODAY)
    safeguarding.add_restriction(s, w.prisoner.id, "No contact with named person", "", date(2026, 1, 1), today=TODAY)
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    assert any("Dario Ashcombe has a contact restriction" in x for x in p.warnings)
    with pytest.raises(InputRefused, match="A letter to Dario Ashcombe goes to the wing or by hand"):
        letters.prepare(s, ctx, CONFIRM, w.prisoner.id, letters.BY_POST, today=TODAY)


def test_recording_a_letter_writes_the_history_and_the_audit_trail_with_the_lawful_basis(w):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    with pytest.raises(InputRefused, match="lawful basis"):
        letters.record_sent(s, p, "Because", "to confirm", now=NOW)
    with pytest.raises(InputRefused, match="Say why"):
        letters.record_sent(s, p, "Legitimate interests", "  ", now=NOW)
    row = letters.record_sent(s, p, "Legitimate interests", "Confirming the visit booked by phone", now=NOW)
    assert (row.ref, row.case_id, row.recipient_id, row.booking_id) == (p.ref, w.case.id, w.partner.id, w.booking.id)
    assert f"Letter {row.ref}" in p.html
    entries = audit.entries(s, record_table="letters", record_id=row.id)
    assert [(e.action, e.detail) for e in entries] == [
        (letters.SENT, f"visit confirmation to {w.partner.ref} by post; lawful basis: Legitimate interests")]
    history = load_case(s, w.case.id, today=TODAY).history
    assert [h.record_ref for h in history if h.record_table == "letters"] == [row.ref]
    assert [r.ref for r in letters.letters_of_case(s, w.case.id)] == [row.ref]
    # the text is kept here, in the letter_texts table, and in no change that could travel
    assert letters.letter_text(s, row.id) == p.html
    star = s.execute(select(Change.value).where(Change.record_id == row.id, Change.field == "*")).scalar_one()
    assert "Larch Row" not in star and "Tuesday 10 March" not in star and "Legitimate interests" in star
    assert s.execute(select(func.count()).select_from(Change).where(Change.record_table == "letter_texts")).scalar() == 0
    # subject access shows the partner the letters sent to them
    export = subject_access.build(s, w.partner.id, today=TODAY)
    assert any(sec.title == "Letters sent to you" for sec in export.sections)


def test_erasing_the_recipient_takes_the_letter_and_its_text(w):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_HAND, today=TODAY)
    row = letters.record_sent(s, p, "Consent", "Asked for a letter", now=NOW)
    w.booking.status = "cancelled"  # an upcoming booking with them as lead would block the erasure
    s.flush()
    plan = erasure.plan_erasure(s, w.partner.id, today=TODAY)
    assert ("letters", row.id) in plan.records
    erasure.erase_person(s, w.partner.id, today=TODAY)
    assert s.get(LetterText, row.id) is None
    assert s.get(Letter, row.id).deleted


def test_a_family_day_invitation_names_the_places_and_the_clearance(w):
    s = w.s
    day = family_days.add_family_day(s, date(2026, 4, 18), "general", "Spring family day", 10, 40,
                                     clearance_deadline=date(2026, 3, 28), place="Gym")
    request = family_days.request_place(s, day.id, w.prisoner.id, [w.partner.id, w.child.id], case_id=w.case.id,
                                        requested_on=TODAY)
    invitation = templates.default_id("family-day-invitation")
    ctx = letters.for_family_day_place(s, request.id, today=TODAY)
    with pytest.raises(InputRefused, match="not allocated"):
        letters.prepare(s, ctx, invitation, w.partner.id, letters.BY_POST, today=TODAY)
    family_days.allocate(s, day.id)
    ctx = letters.for_family_day_place(s, request.id, today=TODAY)
    assert ctx.suggested_kind == templates.FAMILY_DAY_INVITATION
    p = letters.prepare(s, ctx, templates.default_id("family-day-invitation"), w.partner.id, letters.BY_POST,
                        today=TODAY)
    for text in ("Spring family day", "Saturday 18 April 2026", "Gym", "Saturday 28 March 2026",
                 "Pip Ashcombe (clearance pending)", "Photo ID for every adult"):
        assert text in p.html


def test_templates_list_defaults_until_edited_then_the_edit_and_deletes_stay(s):
    rows = templates.templates(s)
    assert [t.name for t in rows if t.language == "en"] == ["Visit confirmation", "Family day invitation",
                                                            "Appointment letter", "Application response slip"]
    # each shipped letter has its Welsh version, listed after it
    assert [t.name for t in rows] == ["Visit confirmation", "Cadarnhau ymweliad", "Family day invitation",
                                      "Gwahoddiad i ddiwrnod teulu", "Appointment letter", "Llythyr apwyntiad",
                                      "Application response slip", "Slip ateb i gais"]
    edited = templates.save(s, CONFIRM, "Visit confirmation", templates.VISIT_CONFIRMATION,
                            "Dear {recipient_name}, see you on {visit_date}.")
    assert edited.id == CONFIRM and s.get(LetterTemplate, CONFIRM).body.startswith("Dear {recipient_name}, see")
    templates.delete(s, templates.default_id("appointment"))
    assert "Appointment letter" not in [t.name for t in templates.templates(s)]
    with pytest.raises(InputRefused, match="already a template called"):
        templates.save(s, None, "visit confirmation", templates.OTHER, "Hello {recipient_name}")


def test_a_flagged_or_cancelled_visit_is_not_confirmed(w):
    from fsw_desktop.services.visits import flags  # reason: only this test moves the prisoner
    s = w.s
    flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    with pytest.raises(InputRefused, match=f"{w.booking.ref} is flagged .*resolve the flag"):
        letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    flag = flags.flagged_bookings(s, [w.booking.id])[w.booking.id]
    flags.cancel(s, flag.id, TODAY)
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    with pytest.raises(InputRefused, match="is cancelled: only a booked visit is confirmed"):
        letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    # another template (an appointment, say) may still go about it
    assert letters.prepare(s, ctx, templates.default_id("appointment"), w.partner.id, letters.BY_HAND, today=TODAY,
                           typed={"appointment_date": "Friday", "appointment_time": "10:00",
                                  "appointment_place": "Family centre"}).html


def test_an_application_response_slip_goes_to_the_wing_with_the_response(w):
    from fsw_desktop.services.applications import applications  # reason: only this test answers an application
    s = w.s
    app = applications.receive(s, datetime(2026, 2, 27, 9, 0), "applications box", "arrange a visit",
                               "Please help me see my partner", prisoner_id=w.prisoner.id, case_id=w.case.id,
                               now=NOW)
    ctx = letters.for_application(s, app.id, today=TODAY)
    slip = templates.default_id("application-response")
    with pytest.raises(InputRefused, match=r"\{application_response\}.*respond to the application first"):
        letters.prepare(s, ctx, slip, w.prisoner.id, letters.TO_WING, today=TODAY)
    applications.change_status(s, app.id, "acknowledged", today=TODAY)
    applications.respond(s, app.id, "We booked a visit with your partner for 10 March.", "Visit booked",
                         today=TODAY)
    ctx = letters.for_application(s, app.id, today=TODAY)
    assert [r.name for r in ctx.recipients] == ["Dario Ashcombe"]  # a slip is the prisoner's alone
    p = letters.prepare(s, ctx, slip, w.prisoner.id, letters.TO_WING, today=TODAY)
    for text in (app.ref, "arrange a visit", "We booked a visit with your partner", "Visit booked", "C wing"):
        assert text in p.html
    row = letters.record_sent(s, p, "Legitimate interests", "Answer to the application", now=NOW)
    assert row.application_id == app.id and row.case_id == w.case.id


def test_someone_marked_do_not_disclose_after_the_letter_was_opened_is_left_out_of_the_prisoners_copy(w):
    """The letter dialog is modeless: a worker (or a sync) marks a visitor do-not-disclose while it is open."""
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)  # gathered before the flag
    safeguarding.set_do_not_disclose(s, w.partner.id, True)
    s.flush()
    to_prisoner = letters.prepare(s, ctx, CONFIRM, w.prisoner.id, letters.TO_WING, today=TODAY)
    assert "Mara" not in to_prisoner.html and "Larch Row" not in to_prisoner.html
    own = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    assert "Mara Ashcombe" in own.html and any("do not disclose" in x for x in own.warnings)


def test_a_template_too_long_or_with_a_name_too_long_is_refused_at_save(s):
    with pytest.raises(InputRefused, match="too long"):
        templates.save(s, None, "Pasted", templates.OTHER, "Dear {recipient_name},\n\n" + "x" * 10_000_000)
    with pytest.raises(InputRefused, match="120 characters at most"):
        templates.save(s, None, "N" * 121, templates.OTHER, "Dear {recipient_name}")
    assert s.execute(select(func.count()).select_from(LetterTemplate)).scalar() == 0
    assert templates.save(s, None, "N" * 120, templates.OTHER, "Dear {recipient_name}").stored


def test_a_reason_is_a_few_lines_and_the_suggested_file_name_is_one_name_in_one_folder(w):
    s = w.s
    # a template named by a paired desk like a path: the save dialog must not start in another folder
    templates.save(s, CONFIRM, r"..\..\AppData\Roaming\Startup\x:y*?<>|", templates.VISIT_CONFIRMATION,
                   "Dear {recipient_name}, see you on {visit_date}.")
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)
    name = p.suggested_name
    assert name.startswith(p.ref) and not set(name) & set('/\\:*?"<>|') and ".." not in name
    with pytest.raises(InputRefused, match="too long"):  # a document pasted as the reason travels to every desk
        letters.record_sent(s, p, "Legitimate interests", "x" * 100_000, now=NOW)
    assert letters.record_sent(s, p, "Legitimate interests", "y" * letters.REASON_MAX, now=NOW).reason == "y" * 500


@pytest.mark.parametrize("typed", [
    "12 Larch Road, Townley, TL1 2AB",  # the street typed another way
    "Flat 2, 12 Larch Row, Townley TL12AB",  # a flat in the same house, the postcode run together
    "12, Larch Row\nTL1  2AB",
])
def test_the_same_house_typed_differently_is_still_the_restricted_persons_address(w, typed):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    lodger, _ = add_person(s, w.case.id, PersonInput(given_name="Cato", family_name="Verrin", relationship="other",
                                                     date_of_birth=date(1980, 2, 2), address=typed), today=TODAY)
    safeguarding.add_restriction(s, lodger.id, "Restraining order", "court order", date(2026, 1, 1), today=TODAY)
    with pytest.raises(InputRefused, match=r"address used is also recorded for Cato Verrin"):
        letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY)


def test_another_house_in_the_same_postcode_is_not_the_restricted_persons_address(w):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    lodger, _ = add_person(s, w.case.id, PersonInput(given_name="Cato", family_name="Verrin", relationship="other",
                                                     date_of_birth=date(1980, 2, 2), address="14 Larch Row, TL1 2AB"),
                           today=TODAY)
    safeguarding.add_restriction(s, lodger.id, "Restraining order", "court order", date(2026, 1, 1), today=TODAY)
    assert letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY).html

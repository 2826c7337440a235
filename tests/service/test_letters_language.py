"""Letters and slips in the family's language (issue 21): a person's preferred language, Welsh templates,
Welsh dates and bilingual letters, on a real encrypted profile. Every date is explicit."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.applications import Application
from fsw_desktop.models.letters import Letter
from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.casework.people import PersonInput, add_person, update_person
from fsw_desktop.services.letters import fields, language, letters, slips, templates
from fsw_desktop.services.visits import calendar, visits

TODAY = date(2026, 3, 2)  # Monday
VISIT = date(2026, 3, 10)  # Tuesday
NOW = datetime(2026, 3, 2, 10, 30)
CONFIRM = templates.default_id("visit-confirmation")
CONFIRM_CY = templates.default_id("visit-confirmation-cy")


@pytest.fixture
def w(s):
    """A case: the prisoner, who prefers Welsh; his partner (lead visitor, English); their child; a visit booked."""
    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Dafydd", prisoner_family="Synthetig",
        prison_number="A1234BC"), today=TODAY)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar_one()
    update_person(s, prisoner.id, PersonInput(**{**PersonInput.from_person(prisoner).__dict__, "language": "cy",
                                                 "wing": "C wing", "establishment": "HMP Northfield (synthetic)"}),
                  today=TODAY)
    partner, _ = add_person(s, case.id, PersonInput(given_name="Mara", family_name="Synthetig",
                                                    relationship="partner", date_of_birth=date(1990, 5, 1),
                                                    address="12 Larch Row\nTownley TL1 2AB"), today=TODAY)
    child, _ = add_person(s, case.id, PersonInput(given_name="Pip", family_name="Synthetig", relationship="child",
                                                  date_of_birth=date(2019, 4, 2)), today=TODAY)
    hall = calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                                 None, 1, 5, 1)
    booking, _ = visits.book(s, prisoner.id, hall.id, VISIT, [partner.id, child.id], partner.id, today=TODAY)
    s.flush()
    return type("W", (), {"s": s, "case": case, "prisoner": prisoner, "partner": partner, "child": child,
                          "booking": booking})


def _answered_application(w) -> Application:  # noqa: ANN001
    s = w.s
    app = applications.receive(s, datetime(2026, 2, 27, 9, 0), "applications box", "arrange a visit",
                               "Please help me see my partner", prisoner_id=w.prisoner.id, case_id=w.case.id, now=NOW)
    applications.change_status(s, app.id, "acknowledged", today=TODAY)
    applications.respond(s, app.id, "We booked a visit with your partner for 10 March.", "Visit booked", today=TODAY)
    return app


def test_welsh_dates_come_from_the_table_not_the_machine_locale():
    # every day of a week and every month of a year, each name from its own place in the table
    for offset in range(7):
        d = date(2026, 12, 7 + offset)  # Monday 7 December 2026 onwards
        assert language.long_date(d, "cy") == f"{language.DAYS_CY[offset]} {d.day} Rhagfyr 2026"
        assert language.long_date(d, "en") == d.strftime("%A ") + f"{d.day} December 2026"
    assert [language.short_date(date(2026, m, 5), "cy").split()[1] for m in range(1, 13)] == list(language.MONTHS_CY)
    assert language.long_date(date(2026, 12, 5), "cy") == "Dydd Sadwrn 5 Rhagfyr 2026"


def test_the_language_stored_is_the_neutral_code_and_a_label_is_refused(w):
    s = w.s
    stored = s.execute(text("SELECT language FROM people WHERE id = :id"), {"id": w.prisoner.id}).scalar_one()
    assert stored == "cy"
    base = PersonInput.from_person(w.partner).__dict__
    with pytest.raises(InputRefused, match="language from the list"):
        update_person(s, w.partner.id, PersonInput(**{**base, "language": "Welsh (Cymraeg)"}), today=TODAY)
    with pytest.raises(InputRefused, match="Say which language"):
        update_person(s, w.partner.id, PersonInput(**{**base, "language": "other"}), today=TODAY)
    update_person(s, w.partner.id, PersonInput(**{**base, "language": "other",
                                                  "language_note": "Polish: interpreter needed"}), today=TODAY)
    s.flush()
    row = s.execute(text("SELECT language, language_note FROM people WHERE id = :id"), {"id": w.partner.id}).one()
    assert tuple(row) == ("other", "Polish: interpreter needed")
    # another language prints in English by default; the note travels with the recipient for the dialog
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    partner = next(r for r in ctx.recipients if r.person_id == w.partner.id)
    assert partner.letter_language == "en" and partner.language_note == "Polish: interpreter needed"


def test_a_welsh_preferring_prisoners_response_slip_is_in_welsh(w):
    s = w.s
    app = _answered_application(w)
    # the slip printed from the Applications page
    assert slips.slip_language(s, app) == "cy"
    page = slips.slip_html(app, w.prisoner.full_name, slips.slip_language(s, app))
    for words in ("Ateb i'ch cais", "Beth wnaethon ni", "Y canlyniad", "27 Chwefror 2026",
                  "We booked a visit with your partner"):  # the response stays as the worker wrote it
        assert words in page, words
    assert "Reply to your application" not in page and "February" not in page
    # an English-preferring prisoner's slip stays in English
    english = slips.slip_html(app, w.prisoner.full_name, "en")
    assert "Reply to your application" in english and "27 February 2026" in english
    # the slip from the team's template: the dialog's default for this recipient is the Welsh one
    ctx = letters.for_application(s, app.id, today=TODAY)
    recipient = ctx.recipients[0]
    assert recipient.letter_language == "cy"
    rows = templates.templates(s)
    chosen = templates.in_language(rows, ctx.suggested_kind, recipient.letter_language)
    assert chosen.id == templates.default_id("application-response-cy")
    p = letters.prepare(s, ctx, chosen.id, w.prisoner.id, letters.TO_WING, today=TODAY)
    for words in ("Slip ateb i gais", "Canlyniad: Visit booked", "Dydd Gwener 27 Chwefror 2026", "Adain: C wing",
                  "Preifat: i Dafydd Synthetig yn unig"):
        assert words in p.html, words
    assert "Your application" not in p.html and "Wing: " not in p.html


def test_a_bilingual_letter_has_the_welsh_then_the_english(w):
    s = w.s
    ctx = letters.for_booking(s, w.booking.id, today=TODAY)
    p = letters.prepare(s, ctx, CONFIRM, w.partner.id, letters.BY_POST, today=TODAY, lang=language.BILINGUAL)
    html = p.html
    welsh = ("Annwyl Mara Synthetig", "Dydd Mawrth 10 Mawrth 2026", "14:00 i 16:00", "Pip Synthetig (6 oed)",
             "Prawf adnabod â llun", "Yn gywir")
    english = ("Dear Mara Synthetig", "Tuesday 10 March 2026", "14:00 to 16:00", "Pip Synthetig (age 6)",
               "Photo ID for every adult", "Yours sincerely")
    for cy, en in zip(welsh, english):
        assert cy in html and en in html, (cy, en)
        assert html.index(cy) < html.index("<hr>") < html.index(en), (cy, en)  # Welsh first, then English
    assert html.index("Cadarnhau ymweliad") < html.index("Visit confirmation")
    # chosen from either side of the pair, the letter is the same
    same = letters.prepare(s, ctx, CONFIRM_CY, w.partner.id, letters.BY_POST, today=TODAY, lang=language.BILINGUAL,
                           ref=p.ref)
    assert same.html == html
    row = letters.record_sent(s, p, "Legitimate interests", "Confirming the visit", now=NOW)
    assert s.get(Letter, row.id).template_name == "Cadarnhau ymweliad / Visit confirmation"
    # a bilingual letter needs both: a kind with no Welsh version is refused, saying so
    note = templates.save(s, None, "Thank you note", templates.OTHER, "Dear {recipient_name}, thank you.")
    with pytest.raises(InputRefused, match="no Welsh template of this kind"):
        letters.prepare(s, ctx, note.id, w.partner.id, letters.BY_HAND, today=TODAY, lang=language.BILINGUAL)


def test_a_welsh_template_is_saved_with_its_language_and_previews_in_welsh(s):
    saved = templates.save(s, None, "Nodyn diolch", templates.OTHER, "Annwyl {recipient_name}, diolch.\n\n{today}",
                           language.WELSH)
    assert s.execute(text("SELECT language FROM letter_templates WHERE id = :id"), {"id": saved.id}).scalar_one() == "cy"
    assert "Dydd Llun 2 Mawrth 2026" in fields.sample_html(saved.name, saved.body, saved.language)
    with pytest.raises(InputRefused, match="English or in Welsh"):
        templates.save(s, None, "Note", templates.OTHER, "Hello {recipient_name}", "Cymraeg")

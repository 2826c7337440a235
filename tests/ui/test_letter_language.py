"""Letters in the family's language on the real window (issue 21): the person's language is set in the person
form (the code stored, a label shown); the letter dialog follows the recipient's language, and a bilingual letter
prints the Welsh first, then the English."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select, text

from fsw_desktop.models.letters import Letter
from fsw_desktop.models.people import Person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.letters import language, letters
from fsw_desktop.ui.main_window import MainWindow

from .test_letters_flow import _family_with_a_visit


def test_a_prisoner_set_to_welsh_in_the_person_form_gets_a_welsh_letter_and_a_bilingual_one(qtbot, make_profile,
                                                                                           tmp_path):
    db = make_profile()
    case_id, booking_id = _family_with_a_visit(db)
    with open_session(db) as s:
        prisoner_id = s.execute(select(Person.id).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)

    # the person form: Welsh chosen by its label, stored as "cy"
    case_page = w.open_case(case_id)
    people = [p.id for p in case_page.detail.people]
    case_page.people_view.setCurrentIndex(case_page.people_view.model().index(people.index(prisoner_id), 0))
    form = case_page.edit_person()
    combo = form.widgets["language"]
    assert combo.currentData() == "" and combo.currentText() == "Not recorded (English)"
    combo.setCurrentIndex(combo.findText("Welsh (Cymraeg)"))
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not form.isVisible(), form.message.text()
    with open_session(db) as s:
        assert s.execute(text("SELECT language FROM people WHERE id = :id"), {"id": prisoner_id}).scalar_one() == "cy"

    page = w.go_to("Visits")
    assert page.show_booking(booking_id)
    dialog = page.letter()
    # the partner has no language recorded: English
    assert dialog.language_combo.currentData() == language.ENGLISH
    assert dialog.template_combo.currentText() == "Visit confirmation"
    # the prisoner prefers Welsh: the dialog follows, and the Welsh confirmation is chosen
    dialog.recipient_combo.setCurrentIndex(dialog.recipient_combo.findData(prisoner_id))
    assert dialog.language_combo.currentData() == language.WELSH
    assert dialog.template_combo.currentText() == "Cadarnhau ymweliad"
    visit_day = date.today() + timedelta(days=3)
    shown = dialog.preview.toPlainText()
    assert "Annwyl Dario Ashcombe" in shown and language.long_date(visit_day, "cy") in shown
    assert "Dear " not in shown
    # bilingual: the Welsh first, then the English, on the same pages
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language.BILINGUAL))
    shown = dialog.preview.toPlainText()
    assert shown.index("Annwyl Dario Ashcombe") < shown.index("Dear Dario Ashcombe")
    assert shown.index(language.long_date(visit_day, "cy")) < shown.index(letters.long_date(visit_day))
    dialog.reason.setText("Confirming the visit")
    saved = dialog.save_pdf(str(tmp_path / "letter.pdf"))
    assert saved is not None and saved.read_bytes()[:5] == b"%PDF-"
    with open_session(db) as s:
        row = s.execute(select(Letter).where(Letter.ref == dialog.recorded_ref)).scalar_one()
        assert row.template_name == "Cadarnhau ymweliad / Visit confirmation" and row.recipient_id == prisoner_id
    # back to English, the English template again
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language.ENGLISH))
    assert dialog.template_combo.currentText() == "Visit confirmation"
    assert "Dear Dario Ashcombe" in dialog.preview.toPlainText()
    dialog.close()


def test_a_welsh_template_is_written_previewed_and_saved_with_its_language(qtbot, make_profile):
    db = make_profile()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    dialog = w.edit_letter_templates()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Cadarnhau ymweliad (as shipped)" in names
    dialog.list.setCurrentRow(names.index("Cadarnhau ymweliad (as shipped)"))
    assert dialog.language.currentData() == "cy" and dialog.kind.currentData() == "visit confirmation"
    assert "Dydd Mawrth 10 Mawrth 2026" in dialog.preview.toPlainText()  # the made-up visit, in Welsh
    dialog.list.setCurrentRow(0)
    dialog.new_template()
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.name.setText("Nodyn diolch")
    dialog.body.setPlainText("Annwyl {recipient_name},\n\nDiolch am ddod ar {visit_date}.")
    assert "Diolch am ddod ar Dydd Mawrth 10 Mawrth 2026" in dialog.preview.toPlainText()
    assert dialog.save(), dialog.message.text()
    with open_session(db) as s:
        row = s.execute(text("SELECT kind, language FROM letter_templates WHERE name = 'Nodyn diolch'")).one()
    assert tuple(row) == ("other", "cy")  # stored values, never the labels shown
    dialog.close()

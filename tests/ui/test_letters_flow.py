"""A letter on the real window: from a booking, Letter… → the template → the preview names the family and the
date → save as PDF → the case's history shows the letter, and the audit trail its lawful basis."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QTextBrowser
from sqlalchemy import select

from fsw_desktop.models.letters import Letter
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.data_protection import audit
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.letters import letters, templates
from fsw_desktop.services.visits import calendar, visits
from fsw_desktop.ui.letter_dialog import LetterDialog, show_kept_letter
from fsw_desktop.ui.main_window import MainWindow
from tests.profiles import ESTABLISHMENT


def _family_with_a_visit(db) -> tuple[str, str]:  # noqa: ANN001
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=30), source="Probation", prisoner_given="Dario",
            prisoner_family="Ashcombe", prison_number="A1234BC", family_label="Ashcombe family"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        prisoner.establishment = ESTABLISHMENT
        partner, _ = add_person(s, case.id, PersonInput(given_name="Mara", family_name="Ashcombe",
                                                        relationship="partner", date_of_birth=date(1990, 5, 1),
                                                        address="12 Larch Row\nTownley TL1 2AB"), today=today)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Visits hall", today - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, today + timedelta(days=3), [partner.id], partner.id,
                                 today=today)
        s.commit()
        return case.id, booking.id


def test_a_visit_confirmation_from_a_booking_is_previewed_saved_and_on_the_case(qtbot, make_profile, tmp_path):
    db = make_profile()
    case_id, booking_id = _family_with_a_visit(db)
    visit_day = date.today() + timedelta(days=3)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)

    page = w.go_to("Visits")
    assert page.show_booking(booking_id)
    dialog = page.letter()
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    assert dialog.template_combo.currentText() == "Visit confirmation"
    assert dialog.recipient_combo.currentText() == "Mara Ashcombe (lead visitor)"
    dialog.delivery_combo.setCurrentIndex(dialog.delivery_combo.findData(letters.BY_POST))
    shown = dialog.preview.toPlainText()
    for text in ("Mara Ashcombe", "Dario Ashcombe (A1234BC)", letters.long_date(visit_day), "14:00 to 16:00",
                 "12 Larch Row"):
        assert text in shown, text
    # the prisoner's copy goes to the wing, without the family's address
    family = dialog.recipient_combo.currentIndex()
    dialog.recipient_combo.setCurrentIndex(dialog.recipient_combo.findData(
        next(r.person_id for r in dialog.context.recipients if r.is_prisoner)))
    assert "12 Larch Row" not in dialog.preview.toPlainText() and dialog.delivery_combo.currentText() == "to the wing"
    dialog.recipient_combo.setCurrentIndex(family)
    dialog.delivery_combo.setCurrentIndex(dialog.delivery_combo.findData(letters.BY_POST))

    assert dialog.save_pdf(str(tmp_path / "letter.pdf")) is None  # no reason yet: refused in the dialog
    assert "Say why" in dialog.message.text() and not (tmp_path / "letter.pdf").exists()
    dialog.reason.setText("Confirming the visit booked on the phone")
    saved = dialog.save_pdf(str(tmp_path / "letter.pdf"))
    assert saved is not None and saved.read_bytes()[:5] == b"%PDF-"
    assert f"Saved to {saved}" in dialog.message.text()
    ref = dialog.recorded_ref

    case_page = w.open_case(case_id, "history")
    whats = [case_page.history_model.index(r, 2).data() for r in range(case_page.history_model.rowCount())]
    assert f"Letter {ref}" in whats
    assert [r.ref for r in case_page.letters_model.rows] == [ref]  # Visits & applications tab: Letters sent
    kept = show_kept_letter(case_page, case_page.session_factory, case_page.letters_model.rows[0].id)
    assert "Confirming" not in kept.findChild(QTextBrowser).toPlainText()  # the reason is a record, not the text
    assert "Dear Mara Ashcombe" in kept.findChild(QTextBrowser).toPlainText()
    kept.close()
    with open_session(db) as s:
        row = s.execute(select(Letter).where(Letter.ref == ref)).scalar_one()
        assert row.booking_id == booking_id and row.lawful_basis == "Legitimate interests"
        assert [e.action for e in audit.entries(s, record_table="letters", record_id=row.id)] == [letters.SENT]
    dialog.close()


def test_a_template_with_an_unknown_field_is_refused_at_save_and_a_good_one_previews(qtbot, make_profile):
    db = make_profile()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    dialog = w.edit_letter_templates()
    assert dialog.list.count() == 8 and "(as shipped)" in dialog.list.item(0).text()  # four letters, each in two languages
    dialog.new_template()
    dialog.name.setText("Thank you note")
    dialog.body.setPlainText("Dear {recipient_name},\n\nThank you for {visit_dat}.")
    assert "Line 3: {visit_dat} is not a merge field" in dialog.message.text()  # live, while typing
    assert not dialog.save() and "Did you mean {visit_date}" in dialog.message.text()
    dialog.body.setPlainText("Dear {recipient_name},\n\nThank you for coming on {visit_date}.")
    assert "Thank you for coming on Tuesday 10 March 2026" in dialog.preview.toPlainText()
    assert dialog.save()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())].count("Thank you note") == 1
    with open_session(db) as s:
        assert any(t.name == "Thank you note" and t.stored for t in templates.templates(s))
    dialog.close()


def test_print_goes_through_the_print_dialog_and_a_cancel_records_nothing(qtbot, make_profile, tmp_path, monkeypatch):
    from pypdf import PdfReader  # reason: only this test reads the printed pages back
    from PySide6.QtCore import QTimer  # reason: the print dialog is modal; a timer presses its buttons
    from PySide6.QtPrintSupport import QPrinter  # reason: as above
    from PySide6.QtWidgets import QApplication  # reason: as above

    from fsw_desktop.ui import printing  # reason: its one seam, the platform's printer choice, is filled here

    db = make_profile()
    case_id, booking_id = _family_with_a_visit(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Visits")
    assert page.show_booking(booking_id)
    dialog = page.letter()
    dialog.reason.setText("Confirming the visit")

    def press(print_it: bool) -> None:
        def go() -> None:
            shown = [d for d in QApplication.topLevelWidgets() if isinstance(d, printing.PrintDialog) and d.isVisible()]
            if not shown:
                QTimer.singleShot(20, go)
                return
            if print_it:
                shown[0].print_now()
            shown[0].accept()
        QTimer.singleShot(20, go)

    def to_pdf(_parent, printer: QPrinter) -> bool:  # noqa: ANN001
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    monkeypatch.setattr(printing, "choose_printer", to_pdf)
    press(print_it=False)  # closed without printing: nothing is recorded
    assert not dialog.print_letter()
    with open_session(db) as s:
        assert s.execute(select(Letter)).scalars().all() == []
    press(print_it=True)
    assert dialog.print_letter()
    pages = PdfReader(str(tmp_path / "printed.pdf")).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert len(pages) == 1, "a visit confirmation printed at full size fits one A4 page"
    assert "Dear Mara Ashcombe" in text and "Dario Ashcombe (A1234BC)" in text and "12 Larch Row" in text
    assert dialog.message.text().startswith("Printed on ") and dialog.open_folder_button.isHidden()
    with open_session(db) as s:
        assert [r.ref for r in letters.letters_of_case(s, case_id)] == [dialog.recorded_ref]
    dialog.close()

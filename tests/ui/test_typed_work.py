"""Typed work is never lost: Escape asks, the wheel changes nothing unfocused, problems show at their fields."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from fsw_desktop.models.cases import Assessment, Case
from fsw_desktop.models.people import Person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.forms import DraftForm, qdate
from tests.ui.conftest import unlock


@pytest.fixture
def answers(monkeypatch):
    """Answer "Discard changes?" with the next of the given buttons, recording each question asked."""
    asked: list[str] = []
    queue: list[QMessageBox.StandardButton] = []

    def question(_parent, title, text, buttons=None, default=None):  # noqa: ANN001, ANN202
        if title == "Unsaved work":  # a draft offered back after unlocking: take it
            return QMessageBox.StandardButton.Yes
        asked.append(title)
        assert title == "Discard changes?", text
        assert default == QMessageBox.StandardButton.Cancel  # Enter keeps the work
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, queue


def _open_case(qtbot, controller_for, demo_profile):  # noqa: ANN001, ANN202
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    caseload = c.window.go_to("Caseload")
    row = caseload.model.rows[0]  # the caseload shows open cases
    page = c.window.open_case(row.id)
    assert page is not None
    return c, page


def _assessments(c) -> int:  # noqa: ANN001
    with open_session(c.database) as s:
        return s.scalar(select(func.count()).select_from(Assessment))


def test_escape_on_an_edited_assessment_asks_and_keeps_the_work(qtbot, controller_for, demo_profile, answers):
    asked, queue = answers
    c, page = _open_case(qtbot, controller_for, demo_profile)
    before = _assessments(c)
    dialog = page.record_assessment()
    qtbot.waitUntil(dialog.isVisible)
    outcome = next(iter(dialog.scores))
    dialog.scores[outcome].setCurrentText("4")
    dialog.notes.setPlainText("Talked through the visits with the children")

    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"]
    assert dialog.isVisible()
    assert dialog.scores[outcome].currentText() == "4"
    assert dialog.notes.toPlainText() == "Talked through the visits with the children"

    queue.append(QMessageBox.StandardButton.Cancel)
    dialog.close()  # the window's close button
    assert len(asked) == 2 and dialog.isVisible()

    queue.append(QMessageBox.StandardButton.Discard)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(asked) == 3 and not dialog.isVisible()
    assert _assessments(c) == before


def test_an_untouched_form_closes_without_asking(qtbot, controller_for, demo_profile, answers):
    asked, _queue = answers
    _c, page = _open_case(qtbot, controller_for, demo_profile)
    for dialog in (page.record_assessment(), page.log_contact()):
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert asked == []


def test_escape_on_an_edited_contact_asks_and_save_saves(qtbot, controller_for, demo_profile, answers):
    asked, queue = answers
    _c, page = _open_case(qtbot, controller_for, demo_profile)
    dialog = page.log_contact()
    qtbot.waitUntil(dialog.isVisible)
    before = page.contacts_model.rowCount()
    dialog.widgets["note"].setPlainText("Rang about the family day")

    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and dialog.isVisible()
    assert dialog.widgets["note"].toPlainText() == "Rang about the family day"

    queue.append(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.contacts_model.rowCount() == before + 1


def test_a_lock_keeps_the_draft_without_asking(qtbot, controller_for, demo_profile, answers):
    asked, queue = answers
    c, page = _open_case(qtbot, controller_for, demo_profile)
    dialog = page.log_contact()
    qtbot.waitUntil(dialog.isVisible)
    dialog.widgets["note"].setPlainText("Half-written note")
    c.lock()
    assert asked == []  # the lock asks nothing: the note is kept as a draft
    unlock(qtbot, c)  # the draft is offered back (answered Yes by the fixture)
    qtbot.waitUntil(lambda: any(isinstance(w, DraftForm) and w.isVisible() for w in QApplication.topLevelWidgets()))
    restored = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DraftForm) and w.isVisible())
    assert restored.widgets["note"].toPlainText() == "Half-written note"
    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(restored, Qt.Key.Key_Escape)  # restored work is typed work: closing it asks
    assert asked == ["Discard changes?"] and restored.isVisible()
    queue.append(QMessageBox.StandardButton.Discard)
    restored.reject()


def _wheel(widget, up: bool = False) -> None:  # noqa: ANN001
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 if up else -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_score_box_changes_nothing(qtbot, controller_for, demo_profile, answers):
    _c, page = _open_case(qtbot, controller_for, demo_profile)
    dialog = page.record_assessment()
    qtbot.waitUntil(dialog.isVisible)
    combo = list(dialog.scores.values())[2]
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives it focus
    combo.setCurrentText("3")
    dialog.kind.setFocus()
    assert not combo.hasFocus()
    for _ in range(3):
        _wheel(combo)
        _wheel(combo, up=True)
    assert combo.currentText() == "3"
    for spin in (dialog.on,):
        before = spin.date()
        _wheel(spin)
        assert spin.date() == before


def test_the_wheel_still_works_on_a_focused_box(qtbot):
    """The guard's other half: with focus, the wheel changes the value (so the test above can fail)."""
    from PySide6.QtWidgets import QComboBox  # reason: a bare widget for this check only

    from fsw_desktop.ui import guards

    guards.install(QApplication.instance())
    combo = QComboBox()
    combo.addItems(["1", "2", "3"])
    qtbot.addWidget(combo)
    combo.show()
    combo.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentText() == "2"


def test_a_referral_with_every_field_wrong_shows_every_problem_at_once(qtbot, controller_for, demo_profile, answers):
    asked, queue = answers
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    with open_session(c.database) as s:
        cases_before = s.scalar(select(func.count()).select_from(Case))
    dialog = c.window.new_referral()
    qtbot.waitUntil(dialog.isVisible)
    dialog.referral_date.setDate(qdate(date.today() + timedelta(days=3)))
    dialog.prisoner_given.setText("Tobiah")
    dialog.prison_number.setText("12345xyz")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    shown = dialog.problems_shown()
    assert set(shown) == {"referral_date", "prisoner_family", "prison_number", "contact_given", "contact_phone",
                          "reasons"}
    assert "A1234BC" in shown["prison_number"] and "future" in shown["referral_date"]
    for name in shown:
        widget = dialog.fields()[name]
        assert widget.property("invalid") is True
        assert widget.accessibleDescription() == shown[name]
        label = dialog._problem_labels[name]
        assert label.isVisibleTo(dialog) and label.accessibleName().startswith("Problem: ")
    assert dialog.focusWidget() is dialog.referral_date  # the first problem, top of the form
    assert dialog.isVisible()
    with open_session(c.database) as s:
        assert s.scalar(select(func.count()).select_from(Case)) == cases_before

    # correcting a field takes its mark away at once, and only its own
    dialog.referral_date.setDate(qdate(date.today() - timedelta(days=1)))
    dialog.prison_number.setText("a1234bc")
    shown = dialog.problems_shown()
    assert "referral_date" not in shown and "prison_number" not in shown and "reasons" in shown
    assert not dialog.prison_number.property("invalid")
    assert not dialog._problem_labels["prison_number"].isVisibleTo(dialog)

    dialog.prisoner_family.setText("Quillfeather")
    dialog.contact_given.setText("Maribel")
    dialog.contact_address.setText("1 Example Row, Sampletown")
    dialog.reasons.setPlainText("Partner isolated since sentencing")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    with open_session(c.database) as s:
        assert s.scalar(select(func.count()).select_from(Case)) == cases_before + 1
        prisoner = s.scalars(select(Person).where(Person.family_name == "Quillfeather", Person.is_prisoner)).one()
        assert prisoner.prison_number == "A1234BC"
        contact = s.scalars(select(Person).where(Person.given_name == "Maribel")).one()
        assert contact.address == "1 Example Row, Sampletown"
    assert asked == []


def test_the_application_form_shows_its_problems_at_their_fields(qtbot, controller_for, demo_profile, answers):
    asked, queue = answers
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    page = c.window.go_to("Applications")
    dialog = page.new_application()
    qtbot.waitUntil(dialog.isVisible)
    dialog.widgets["received"].setDate(qdate(date.today() + timedelta(days=2)))
    dialog.widgets["prisoner_id"].setCurrentIndex(0)  # not on file, and no name given
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    shown = dialog.problems_shown()
    assert {"received", "words", "prisoner_id"} <= set(shown), shown
    assert dialog.isVisible()

    # the stale "cannot have been received later than now" goes once the date is put right
    dialog.widgets["received"].setDate(qdate(date.today() - timedelta(days=1)))
    assert "received" not in dialog.problems_shown()
    assert not dialog.widgets["received"].property("invalid")

    queue.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and not dialog.isVisible()


def test_the_application_form_checks_the_time_with_every_other_field(qtbot, controller_for, demo_profile, answers):
    """The time is the service's rule, as the date and words are: a wrong time is marked at its field in the
    same Save as every other problem, each mark goes when its field is put right, and a good form saves."""
    from fsw_desktop.models.applications import Application  # reason: only this test counts applications

    c = controller_for(demo_profile)
    unlock(qtbot, c)
    with open_session(c.database) as s:
        before = s.scalar(select(func.count()).select_from(Application))
    page = c.window.go_to("Applications")
    dialog = page.new_application()
    qtbot.waitUntil(dialog.isVisible)
    w = dialog.widgets
    w["received"].setDate(qdate(date.today() + timedelta(days=2)))
    w["time"].setText("9.30")
    w["prisoner_id"].setEditText("Nobody Onfile")  # typed, never chosen from the list
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    shown = dialog.problems_shown()
    assert set(shown) == {"received", "time", "words", "prisoner_id"}, shown
    assert "HH:MM" in shown["time"] and "later than now" in shown["received"]
    assert "Choose the prisoner from the list" in shown["prisoner_id"]
    assert w["time"].property("invalid") is True and w["time"].accessibleDescription() == shown["time"]
    assert dialog.isVisible() and "4 things to put right" in dialog.message.text()

    w["time"].setText("09:30")  # each mark goes as its own field is put right, the others stay
    assert set(dialog.problems_shown()) == {"received", "words", "prisoner_id"}
    assert not w["time"].property("invalid")
    w["received"].setDate(qdate(date.today() - timedelta(days=1)))
    assert set(dialog.problems_shown()) == {"words", "prisoner_id"}

    w["prisoner_id"].setCurrentIndex(0)  # "Not on file yet", with the name below
    w["prisoner_name"].setText("Quennell Abbotsworth")
    w["words"].setPlainText("Please help me write to my daughter.")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.problems_shown()
    with open_session(c.database) as s:
        assert s.scalar(select(func.count()).select_from(Application)) == before + 1
        saved = s.scalars(select(Application).where(Application.prisoner_name == "Quennell Abbotsworth")).one()
        assert saved.received_at.date() == date.today() - timedelta(days=1)
        assert (saved.received_at.hour, saved.received_at.minute) == (9, 30)
    assert answers[0] == []


def test_leaving_a_page_with_unsaved_changes_asks(qtbot, controller_for, demo_profile, answers, monkeypatch):
    asked, queue = answers
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    w = c.window
    caseload = w.go_to("Caseload")
    monkeypatch.setattr(caseload, "has_unsaved_changes", lambda: True)
    queue.append(QMessageBox.StandardButton.Cancel)
    w.go_to("Directory")
    assert asked == ["Discard changes?"]
    assert w.stack.currentWidget() is caseload and w.nav.currentItem().text() == "Caseload"
    queue.append(QMessageBox.StandardButton.Discard)
    w.go_to("Directory")
    assert w.stack.currentWidget() is w.pages["Directory"]


def test_a_half_edited_letter_template_is_kept_over_a_lock(qtbot, controller_for, demo_profile, answers):
    from fsw_desktop.ui.letter_templates_dialog import LetterTemplatesDialog  # reason: only this test opens it

    asked, queue = answers
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    dialog = c.window.edit_letter_templates()
    qtbot.waitUntil(dialog.isVisible)
    dialog.list.setCurrentRow(1)
    chosen = dialog.current_id
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n\nParking is free at the visitor centre.")
    dialog.list.setCurrentRow(2)  # typed work first: the list waits
    assert dialog.current_id == chosen and "Save the changes" in dialog.message.text()
    c.lock()
    assert asked == []
    unlock(qtbot, c)  # the draft is offered back (answered Yes by the fixture)
    qtbot.waitUntil(lambda: any(isinstance(w, LetterTemplatesDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    restored = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterTemplatesDialog)
                    and w.isVisible())
    assert restored.current_id == chosen and restored.body.toPlainText().endswith("Parking is free at the visitor "
                                                                                 "centre.")
    assert "Parking is free" in restored.preview.toPlainText()
    queue.append(QMessageBox.StandardButton.Discard)
    restored.reject()
    assert asked == ["Discard changes?"]

"""Choosing Welsh in Settings switches the desk at once, where the worker was, losing no typed work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fsw_desktop import words
from fsw_desktop.ui import language
from fsw_desktop.ui.settings_dialog import SettingsDialog
from tests.i18n.compiled import compile_welsh
from tests.ui.conftest import unlock


@pytest.fixture
def back_to_english(qapp):
    compile_welsh()
    yield
    language.choose("en")


def _choose_in_settings(window, code: str) -> None:  # noqa: ANN001
    def pick() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()

    QTimer.singleShot(50, pick)
    window.open_settings()


def test_welsh_chosen_in_settings_remakes_the_window_where_the_worker_was(qtbot, controller_for, demo_profile,
                                                                          back_to_english):
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    old = c.window
    caseload = old.go_to("Caseload")
    case_id = caseload.model.rows[0].id
    page = old.open_case(case_id)
    page.tabs.setCurrentIndex(2)
    english_tab = page.tabs.tabText(2)

    _choose_in_settings(old, "cy")

    assert QSettings().value(language.SETTING) == "cy"
    window = c.window
    assert window is not old and window.isVisible()
    assert window.nav.item(0).text() == words.tr("Today") != "Today"
    assert window.case_page.case_id == case_id and window.case_page.tabs.currentIndex() == 2
    assert window.case_page.tabs.tabText(2) != english_tab
    assert c.lock_screen.unlock_button.text() != "Unlock"  # the lock screen speaks Welsh too

    _choose_in_settings(window, "en")
    assert c.window.nav.item(0).text() == "Today"
    assert c.window.case_page.tabs.tabText(2) == english_tab


def test_a_dialog_open_at_the_switch_keeps_what_was_typed(qtbot, controller_for, demo_profile, back_to_english):
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    caseload = c.window.go_to("Caseload")
    page = c.window.open_case(caseload.model.rows[0].id)
    dialog = page.record_assessment()
    qtbot.waitUntil(dialog.isVisible)
    outcome = next(iter(dialog.scores))
    dialog.scores[outcome].setCurrentText("4")
    old = c.window

    language.choose("cy")
    c.relanguage()

    assert c.window is not old
    assert dialog.isVisible() and dialog.parentWidget() is c.window
    assert dialog.scores[outcome].currentText() == "4" and dialog.has_input()

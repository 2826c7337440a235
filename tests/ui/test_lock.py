"""First run, unlock, lock and drafts on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from fsw_desktop.services.desk import profile
from fsw_desktop.ui.forms import DraftForm
from fsw_desktop.ui.lock_screen import retry_delay_seconds
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_first_run_wizard_refuses_weak_passphrase_then_creates_profile(qtbot, controller_for, tmp_path):
    c = controller_for(tmp_path / "new")
    wizard = c.wizard
    qtbot.waitUntil(wizard.isVisible)
    page = wizard.desk_page
    page.worker.setText("Ursula Wizardtest")
    page.desk.setText("Desk W")
    page.establishment.setText("HMP Testfield (synthetic)")
    assert page.isComplete()
    wizard.next()
    pp = wizard.pass_page
    pp.first.setText("short")
    pp.second.setText("short")
    assert not pp.isComplete()
    assert "more characters" in pp.feedback.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    pp.first.setText("quiet river brass lantern")
    assert not pp.isComplete()
    pp.second.setText("quiet river brass lantern")
    assert pp.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: c.window is not None and c.window.isVisible())
    assert profile.exists(tmp_path / "new")
    assert "Desk W" in c.window.windowTitle()
    assert profile.desk_of(c.database).worker_name == "Ursula Wizardtest"


def test_wrong_passphrase_shows_inline_error_and_clears(qtbot, controller_for, make_profile):
    db = make_profile()
    path = db.path.parent
    db.close()
    c = controller_for(path)
    screen = c.lock_screen
    qtbot.waitUntil(screen.isVisible)
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    screen.show_toggle.click()
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    screen.passphrase.setText("nothing like the right words")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "passphrase" in screen.error.text().lower() and screen.passphrase.text() == "")
    assert c.database is None and c.window is None
    unlock(qtbot, c)
    assert c.database is not None


def test_growing_delay_after_five_failures():
    assert [retry_delay_seconds(n) for n in range(1, 10)] == [0, 0, 0, 0, 2, 4, 8, 16, 32]
    assert retry_delay_seconds(30) == 60


def test_idle_lock_hides_open_modal_dialog_and_draft_comes_back(qtbot, controller_for, make_profile, answer_yes):
    db = make_profile()
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    dialog = c.window.new_referral()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal()
    dialog.prisoner_family.setText("Draftington")
    dialog.reasons.setPlainText("Partner asked for help explaining to the children")
    c.set_idle_ms(150)
    qtbot.waitUntil(lambda: c.database is None, timeout=5000)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [c.lock_screen]
    assert not c.lock_screen.desk_label.text() or "Draftington" not in c.lock_screen.desk_label.text()
    unlock(qtbot, c)
    qtbot.waitUntil(lambda: any(isinstance(w, DraftForm) and w.isVisible() for w in QApplication.topLevelWidgets()))
    restored = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DraftForm) and w.isVisible())
    assert restored.prisoner_family.text() == "Draftington"
    assert restored.reasons.toPlainText() == "Partner asked for help explaining to the children"
    from fsw_desktop.services.desk import drafts
    from fsw_desktop.services.desk.session import open_session

    with open_session(c.database) as s:
        assert drafts.pending(s) == []  # offered once, then gone from the database


def test_ctrl_l_locks_and_closes_the_database(qtbot, controller_for, make_profile):
    db = make_profile()
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    database = c.database
    qtbot.keyClick(c.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.database is None)
    assert database.closed
    assert c.lock_screen.isVisible()


def test_visitor_centre_never_gets_casework_pages(qtbot, controller_for, make_profile):
    db = make_profile(role="visitor-centre")
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    assert "Caseload" not in c.window.pages
    assert "Applications" not in c.window.pages
    assert {"Visits", "Family days", "Sync"} <= set(c.window.pages)
    assert not hasattr(c.window, "new_referral_action")


def test_settings_change_idle_time_and_keep_it_in_the_profile(qtbot, controller_for, make_profile):
    from fsw_desktop.services.desk import settings
    from fsw_desktop.services.desk.session import open_session

    db = make_profile()
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    with open_session(c.database) as s:
        settings.put(s, "idle_lock_minutes", 2)
        s.commit()
    c.window.settings_changed.emit()
    assert c.idle_ms == 120_000

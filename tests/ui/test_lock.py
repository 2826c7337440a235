"""First run, unlock, lock, drafts and the passphrase change on the real widgets."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWizard
from sqlalchemy import select

from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.desk import drafts, profile, settings
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import main_window
from fsw_desktop.ui.forms import DraftForm
from fsw_desktop.ui.lock_screen import retry_delay_seconds
from fsw_desktop.ui.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

NEW_PASSPHRASE = "lantern orchard pebble quietly"


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
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page  # shown once, then Finish
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
    with open_session(c.database) as s:
        assert drafts.pending(s) == []  # offered once, then gone from the database


def _closed_profile_with_a_draft(make_profile):
    database = make_profile()
    with database.session() as s:
        drafts.save(s, "referral", "New referral", {"prisoner_family": "Draftington"})
        s.commit()
    path = database.path.parent
    database.close()
    return path


def test_idle_lock_while_the_drafts_question_is_open_keeps_the_draft(qtbot, controller_for, make_profile,
                                                                     monkeypatch):
    path = _closed_profile_with_a_draft(make_profile)
    c = controller_for(path)
    asked: list[str] = []

    def lock_while_asking(*_a, **_k):
        asked.append("asked")
        c.lock()  # the idle lock firing inside the question's event loop: the box is rejected
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lock_while_asking))
    qtbot.waitUntil(c.lock_screen.isVisible)
    c.lock_screen.passphrase.setText(PASSPHRASE)
    c.lock_screen.unlock_button.click()  # the drafts are offered as the window opens
    qtbot.waitUntil(lambda: bool(asked) and c.database is None, timeout=10_000)
    database = profile.unlock(path, PASSPHRASE)
    try:
        with database.session() as s:
            assert [d.title for d in drafts.pending(s)] == ["New referral"]  # offered again next time
    finally:
        database.close()


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


# --- the passphrase change -----------------------------------------------------------------------


def _accept_passphrase_dialog(monkeypatch, current: str, new: str) -> None:
    def exec_(dialog: PassphraseDialog) -> int:
        dialog.current.setText(current)
        dialog.new.setText(new)
        dialog.again.setText(new)
        return PassphraseDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def test_passphrase_change_runs_with_progress_and_says_it_worked(qtbot, controller_for, make_profile, monkeypatch):
    database = make_profile()
    path = database.path.parent
    database.close()
    c = controller_for(path)
    unlock(qtbot, c)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    _accept_passphrase_dialog(monkeypatch, PASSPHRASE, NEW_PASSPHRASE)
    titles: list[str] = []
    real_run = main_window.run_with_progress
    monkeypatch.setattr(main_window, "run_with_progress",
                        lambda parent, title, *a, **k: titles.append(title) or real_run(parent, title, *a, **k))
    threads: list[int] = []
    real_change = profile.change_passphrase
    monkeypatch.setattr(profile, "change_passphrase",
                        lambda *a, **k: threads.append(threading.get_ident()) or real_change(*a, **k))
    c.window.change_passphrase()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert "Passphrase changed" in told[0]
    assert titles == ["Changing the passphrase"]
    assert threads and threads[0] != threading.get_ident()  # the UI thread stayed free
    with c.database.session() as s:  # the window's own connections work on with the new key
        actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())
    assert actions[-1] == "passphrase changed"
    c.lock()
    unlock(qtbot, c, NEW_PASSPHRASE)


def test_passphrase_change_with_a_wrong_current_one_shows_why(qtbot, controller_for, make_profile, monkeypatch):
    database = make_profile()
    path = database.path.parent
    database.close()
    c = controller_for(path)
    unlock(qtbot, c)
    shown: list[str] = []
    monkeypatch.setattr(c.window, "show_error", shown.append)
    _accept_passphrase_dialog(monkeypatch, "not the current one at all", NEW_PASSPHRASE)
    c.window.change_passphrase()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    assert shown == ["The current passphrase is not right."]


def test_unlocking_returns_to_the_case_and_tab_the_worker_was_on(qtbot, controller_for, demo_profile):
    from fsw_desktop.services.casework import casework  # reason: only this test needs a case id

    c = controller_for(demo_profile)
    unlock(qtbot, c)
    with open_session(c.database) as s:
        case_id = casework.caseload(s, "all")[0].id
    c.window.go_to("Today")
    page = c.window.open_case(case_id)
    page.tabs.setCurrentIndex(2)
    c.lock()
    unlock(qtbot, c)
    assert c.window.stack.currentWidget() is c.window.case_page
    assert c.window.case_page.case_id == case_id and c.window.case_page.tabs.currentIndex() == 2
    assert c.window.case_page.back_button.text() == "← Today"
    c.window.go_to("Directory")
    c.lock()
    unlock(qtbot, c)
    assert c.window.stack.currentWidget() is c.window.pages["Directory"]

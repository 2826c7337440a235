"""Review fixes in the window: a lock during the drafts question keeps the draft, the passphrase
change runs behind a progress dialog and says it worked, and an unexpected error shows a plain
message and leaves only its type on stderr."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from fsw_desktop import app as app_module
from fsw_desktop.errors import ProfileLocked
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.desk import drafts, profile
from fsw_desktop.ui import main_window
from fsw_desktop.ui.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

NEW_PASSPHRASE = "lantern orchard pebble quietly"


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


@pytest.fixture
def hooks_restored(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)


def test_unexpected_error_shows_its_type_only(qapp, capsys, monkeypatch, hooks_restored):
    app_module.install_error_hooks()
    assert sys.excepthook is app_module.excepthook
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    try:
        raise ValueError("[parameters: ('Zephyrine', '1970-01-01')]")  # as SQLAlchemy words it
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err == "FSW Desk: unexpected error (ValueError)\n"
    assert shown and shown[0].startswith("Something went wrong (ValueError). Your data is safe")
    assert "Zephyrine" not in shown[0]


def test_our_own_errors_show_their_message(qapp, capsys, monkeypatch, hooks_restored):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    exc = ProfileLocked()
    app_module.excepthook(ProfileLocked, exc, None)
    assert shown == ["The profile is locked."]
    assert capsys.readouterr().err == "FSW Desk: unexpected error (ProfileLocked)\n"


def test_keyboard_interrupt_keeps_pythons_handling(monkeypatch, hooks_restored):
    seen: list[type] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: seen.append(t))
    app_module.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]

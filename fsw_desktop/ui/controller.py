"""Who is on screen: the setup wizard, the lock screen or the main window.

Locking (idle, Ctrl+L, the system suspending) saves any form with text in it
as an encrypted draft, closes every window and dialog, closes the database
and wipes the key; nothing of the data stays on screen or in a widget.
"""

from __future__ import annotations

from shiboken6 import isValid as shiboken_alive

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..services.desk import place
from ..words import tr
from . import guards
from .forms import CANCEL, SAVE, DraftForm, ask_discard
from .lock_screen import LockScreen
from .progress import run_with_progress

if TYPE_CHECKING:  # the window and the wizard are imported when first needed: see _window_class
    from ..db import Database
    from .main_window import MainWindow
    from .wizard import FirstRunWizard

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def _window_class() -> type[MainWindow]:
    """The main window's class, imported on first use. Its pages, charts and dialogs are most of the
    program's imports (about a second on the desk laptop); importing them before the lock screen
    would keep the worker waiting for a screen that needs none of them. The lock screen asks for it
    while the key is derived on a pool thread, so the import overlaps the passphrase check."""
    from .main_window import MainWindow  # reason: start-up time, the lock screen paints first

    return MainWindow


def _inside(dialog: QWidget, window: QWidget) -> bool:
    """Whether ``dialog`` belongs to ``window``: its parent is the window or a page or dialog in it."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, app: QApplication, profile_dir: Path, hint: str = "") -> None:
        super().__init__()
        self.app = app
        self.profile_dir = Path(profile_dir)
        self.hint = hint
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.resume_at: dict | None = None  # where the worker was when the desk locked (MainWindow.where)
        self.wizard: FirstRunWizard | None = None
        self.lock_screen = self._make_lock_screen()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.idle_ms = 5 * 60_000
        app.installEventFilter(self)
        guards.install(app)  # the wheel never changes an unfocused value, in every window
        app.applicationStateChanged.connect(self._state_changed)
        self.apply_font()

    def _make_lock_screen(self) -> LockScreen:
        screen = LockScreen(self.profile_dir, hint=self.hint)
        screen.unlocked.connect(self._on_unlocked)
        screen.unlocking.connect(lambda: QTimer.singleShot(0, _window_class))  # while the key is derived
        screen.restore_requested.connect(self.restore_from_backup)
        screen.resize(900, 600)
        return screen

    # start ------------------------------------------------------------------
    def start(self) -> None:
        if place.exists(self.profile_dir):
            self.show_lock_screen()
        else:
            from .wizard import FirstRunWizard  # reason: start-up time, only a first run needs the wizard

            self.wizard = FirstRunWizard(self.profile_dir)
            self.wizard.accepted.connect(lambda: self._on_unlocked(self.wizard.database))
            self.wizard.show()

    def show_lock_screen(self, message: str = "") -> None:
        self.lock_screen.reset(message)
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()

    # unlock -----------------------------------------------------------------
    def _on_unlocked(self, database: Database) -> None:
        self.database = database
        self.window = self._make_window(database)
        self.lock_screen.hide()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.window.show()
        if self.resume_at:
            self.window.resume(self.resume_at)
            self.resume_at = None
        self._settings_changed()
        self.unlocked.emit()
        QTimer.singleShot(0, self.offer_drafts)

    def _make_window(self, database: Database) -> MainWindow:
        window = _window_class()(database)
        window.lock_requested.connect(self.lock)
        window.settings_changed.connect(self._settings_changed)
        window.language_changed.connect(self.relanguage)
        return window

    def relanguage(self) -> None:
        """The window made afresh in the language just chosen, where the worker was, without a restart.

        Widgets take their words when they are made, so the window, its pages and the lock screen
        are made again (the way a lock and unlock would, without the passphrase). Typed work is kept:
        unsaved edits on the page are saved or discarded as the worker says (Cancel keeps this
        window as it is until the next unlock), and open dialogs move to the new window as they are.
        """
        old, database = self.window, self.database
        if old is None or database is None:
            return
        page = old.stack.currentWidget()
        if hasattr(page, "has_unsaved_changes") and page.has_unsaved_changes():
            answer = ask_discard(old)
            if answer == CANCEL or (answer == SAVE and not page.save_unsaved_changes()):
                QMessageBox.information(old, tr("Language"), tr(
                    "This window keeps its words until FSW Desk is next unlocked; new dialogs and the lock "
                    "screen use the language you chose."))
                return
        where = old.where()
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QDialog) and w.isVisible() and _inside(w, old)]
        old.save_geometry()
        self.window = window = self._make_window(database)
        for dialog in dialogs:  # typed work in an open dialog stays as typed
            dialog.setParent(window, dialog.windowFlags())
        window.show()
        window.resume(where)
        for dialog in dialogs:
            dialog.show()
        old.hide()
        old.deleteLater()
        self.lock_screen.deleteLater()
        self.lock_screen = self._make_lock_screen()
        self.lock_screen.hide()

    def _settings_changed(self) -> None:
        from ..services.desk import settings  # reason: start-up time, loaded after the lock screen paints
        from ..services.desk.session import open_session  # reason: start-up time, loaded after the lock screen paints

        with open_session(self.database) as s:
            minutes = settings.get(s, "idle_lock_minutes")
        self.set_idle_ms(int(minutes) * 60_000)
        self.apply_font()

    def set_idle_ms(self, ms: int) -> None:
        self.idle_ms = ms
        if self.database is not None:
            self.idle.start(ms)

    def apply_font(self) -> None:
        pt = QSettings().value("ui/font_pt")
        if pt:
            font = QFont(self.app.font())
            font.setPointSize(int(pt))
            self.app.setFont(font)

    def offer_drafts(self) -> None:
        """Unsaved forms from before the lock come back, if the worker wants them.

        Each question runs a nested event loop, and the idle lock can fire while it is open:
        lock() rejects the box (so it answers No) and closes the database. Then we stop at once,
        keeping every draft for the next unlock and touching nothing, so no session is held open
        across the questions.
        """
        database = self.database
        if database is None or self.window is None:
            return
        from ..services.desk import drafts  # reason: start-up time, loaded after the lock screen paints
        from ..services.desk.session import open_session  # reason: start-up time, loaded after the lock screen paints

        with open_session(database) as s:
            pending = [(d.id, d.form, d.title, d.saved_at, drafts.values(d)) for d in drafts.pending(s)]
        for draft_id, form, title, saved_at, values in pending:
            answer = QMessageBox.question(
                self.window, tr("Unsaved work"),
                tr("You had an unsaved “{form}” open when FSW Desk locked at {time}. Restore it?").format(
                    form=tr(title), time=saved_at.strftime('%H:%M')),  # a form's marked title (QT_TRANSLATE_NOOP)
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if self._locked_since(database):
                return  # the question was rejected by the lock, not answered
            with open_session(database) as s:
                drafts.discard(s, draft_id)
                s.commit()
            if answer == QMessageBox.StandardButton.Yes:
                self.reopen_form(form, values)

    def _locked_since(self, database: Database) -> bool:
        """Whether ``database`` was locked (closed, or replaced by a later unlock) meanwhile."""
        return self.database is not database or database.closed or self.window is None

    def reopen_form(self, form_id: str, values: dict) -> QWidget | None:
        if self.window is None:
            return None
        return self.window.reopen_draft(form_id, values)

    # lock -------------------------------------------------------------------
    def lock(self) -> None:
        if self.database is None:
            return
        self.idle.stop()
        self._save_drafts()
        closing = []  # the dialogs open now: rejected, hidden and deleted below
        for widget in QApplication.topLevelWidgets():
            if widget is self.lock_screen:
                continue
            if isinstance(widget, QDialog) and widget.isVisible():
                closing.append(widget)
                if isinstance(widget, DraftForm):
                    widget.close_without_asking()  # its typed work is the draft just saved
                else:
                    widget.reject()
            if widget.isVisible():
                widget.hide()
        if self.window is not None:
            self.resume_at = self.window.where()  # kept in memory only: the page (and case) to come back to
            self.window.save_geometry()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        # Only those: a hidden dialog someone else still holds (Python owns it) must not be deleted
        # under them; deleting it here and again when they let go crashed Qt.
        for widget in closing:
            if shiboken_alive(widget):
                widget.deleteLater()
        self.database.close()
        self.database = None
        self.locked.emit()
        self.show_lock_screen()

    def _save_drafts(self) -> None:
        from ..services.desk import drafts  # reason: start-up time, loaded after the lock screen paints
        from ..services.desk.session import open_session  # reason: start-up time, loaded after the lock screen paints

        forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftForm) and w.isVisible()]
        forms = [f for f in forms if f.has_input()]
        if not forms or self.database is None:
            return
        with open_session(self.database) as s:
            for form in forms:
                drafts.save(s, form.form_id, form.title, form.draft_values())
            s.commit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.database is not None and event.type() in ACTIVITY:
            self.idle.start(self.idle_ms)
        return False

    # restore ----------------------------------------------------------------
    def restore_from_backup(self) -> None:
        """From the lock screen only: the profile is closed while it is replaced."""
        path, _ = QFileDialog.getOpenFileName(self.lock_screen, tr("Restore from backup"), str(Path.home()),
                                              tr("FSW Desk backup") + " (*.fswbak);;" + tr("All files") + " (*)")
        if not path:
            return
        passphrase, ok = QInputDialog.getText(self.lock_screen, tr("Restore from backup"),
                                              tr("Passphrase of the backup:"), QLineEdit.EchoMode.Password)
        if not ok:
            return
        answer = QMessageBox.warning(
            self.lock_screen, tr("Restore from backup"),
            tr("Restoring replaces everything in this profile with the backup. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from ..services.desk import profile  # reason: start-up time, loaded after the lock screen paints

        run_with_progress(
            self.lock_screen, tr("Restoring"),
            lambda progress: profile.restore(self.profile_dir, Path(path), passphrase, progress),
            lambda _r: self.show_lock_screen(tr("Restored. Unlock with the backup's passphrase.")),
        )

"""The lock screen: a passphrase field and nothing of the data behind it.

Key derivation runs on a pool thread (busy cursor meanwhile); the database
is then opened on the UI thread, which owns its connections. After five
failures each further try waits longer (2, 4, 8 ... 60 seconds).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QDialog, QFrame, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QHBoxLayout, QWidget,
)

from ..errors import FswError, WrongPassphrase
from ..words import tr
from . import tasks

if TYPE_CHECKING:
    from ..db import Key

FREE_TRIES = 5


def retry_delay_seconds(failures: int) -> int:
    """No wait for the first five failures, then 2, 4, 8 ... capped at a minute."""
    if failures < FREE_TRIES:
        return 0
    return min(60, 2 ** (failures - FREE_TRIES + 1))


def _find_key(folder: Path, passphrase: str, progress) -> Key | FswError:  # noqa: ANN001
    """On a pool thread: the key, or the error to show (returned, so a wrong passphrase is told from the rest)."""
    from ..services.desk import profile  # reason: start-up time, loaded after the lock screen paints

    try:
        return profile.unlock_key(folder, passphrase, progress)
    except FswError as exc:
        return exc


# The start-up bench (tests/bench/team.py) runs the real entry point with FSW_FIRST_PAINT=1: the lock
# screen's first paint then prints its wall-clock time and quits. Unset (always, for a worker), nothing.
FIRST_PAINT_PROBE = os.environ.get("FSW_FIRST_PAINT") == "1"


def first_paint_probe() -> None:
    """Print when the lock screen was first painted, then end the program (the bench's probe only)."""
    print(f"first-paint {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QGuiApplication.quit)


class LockScreen(QWidget):
    unlocked = Signal(object)  # Database
    unlocking = Signal()  # the key is being derived on a pool thread; the UI thread is free meanwhile
    restore_requested = Signal()

    def __init__(self, profile_dir: Path, desk_label: str = "", hint: str = "") -> None:
        super().__init__()
        self.profile_dir = Path(profile_dir)
        self.failures = 0
        self._task: tasks.Task | None = None
        self.setObjectName("LockScreen")
        self.setWindowTitle(tr("FSW Desk — locked"))
        self.setAccessibleName(tr("Lock screen"))

        title = QLabel(tr("FSW Desk"))
        title.setObjectName("LockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(tr("This profile is locked. Enter your passphrase to continue."))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)
        self.desk_label = QLabel(desk_label)
        self.desk_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.desk_label.setObjectName("Muted")
        self.desk_label.setVisible(bool(desk_label))

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Passphrase"))
        self.passphrase.setAccessibleName(tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.show_toggle = QToolButton()
        self.show_toggle.setText(tr("Show", "the passphrase"))
        self.show_toggle.setCheckable(True)
        self.show_toggle.setAccessibleName(tr("Show passphrase"))
        self.show_toggle.setToolTip(tr("Show or hide the passphrase (Alt+S)"))
        self.show_toggle.setShortcut("Alt+S")  # not shown: a key, said in the tooltip
        self.show_toggle.toggled.connect(self._toggle_echo)

        self.error = QLabel("")
        self.error.setObjectName("Error")
        self.error.setAccessibleName(tr("Unlock message"))
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.restore_button = QPushButton(tr("Restore from &backup…"))
        self.restore_button.setFlat(True)
        self.restore_button.setAccessibleName(tr("Restore from backup"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.forgot_button = QPushButton(tr("&Forgotten your passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setAccessibleName(tr("Forgotten your passphrase"))
        self.forgot_button.clicked.connect(self.forgotten_passphrase)

        self.hint = QLabel(hint)
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))

        card = QFrame()
        card.setObjectName("Card")
        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(12)
        box.addWidget(title)
        box.addWidget(self.desk_label)
        box.addWidget(subtitle)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_toggle)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addWidget(self.unlock_button)
        box.addWidget(self.forgot_button)
        box.addWidget(self.restore_button)
        box.addWidget(self.hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait_left = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if FIRST_PAINT_PROBE and not getattr(self, "_painted", False):
            self._painted = True
            first_paint_probe()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        QTimer.singleShot(0, self.passphrase.setFocus)

    def forgotten_passphrase(self) -> None:
        """The recovery key sets a new passphrase; then the worker unlocks with it as usual."""
        from .recovery_dialog import ForgottenPassphraseDialog  # reason: start-up time, as for profile

        dialog = ForgottenPassphraseDialog(self, self.profile_dir)
        self.recovery_dialog = dialog  # reachable while open (tests, and the lock's close-all)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.failures = 0
            self.reset(tr("New passphrase set. Unlock with it now."))

    def reset(self, message: str = "") -> None:
        self.passphrase.clear()
        self.error.setText(message)
        self.passphrase.setFocus()

    def _toggle_echo(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_toggle.setText(tr("Hide", "the passphrase") if shown else tr("Show", "the passphrase"))

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy and self._wait_left == 0)
        self.unlock_button.setEnabled(not busy and self._wait_left == 0)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def try_unlock(self) -> None:
        if self._task is not None or self._wait_left:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(tr("Type your passphrase."))
            return
        folder = self.profile_dir
        self.error.setText(tr("Unlocking…"))
        self._set_busy(True)
        # The key from its slot (about a second of Argon2id); an old-format profile also moves to slots.
        self._task = tasks.start(lambda p: _find_key(folder, passphrase, p), self._derived, self._failed,
                                 self._progress)
        self.unlocking.emit()

    def _progress(self, pct: int, message: str) -> None:
        # the move of an old profile to key slots
        self.error.setText(tr("{message}… {percent}%").format(message=message, percent=pct))

    def _derived(self, key: Key | FswError) -> None:
        self._task = None
        if isinstance(key, FswError):  # a wrong passphrase is counted; a damaged file is not
            self._set_busy(False)
            if isinstance(key, WrongPassphrase):
                self._wrong(key.message)
            else:
                self.reset(key.message)
            return
        from ..services.desk import profile  # reason: start-up time, loaded after the lock screen paints

        try:
            database = profile.open_profile(self.profile_dir, key=key)
        except WrongPassphrase as exc:
            key.wipe()
            self._set_busy(False)
            self._wrong(exc.message)
            return
        except FswError as exc:  # a damaged file says so, and is not counted as a wrong try
            key.wipe()
            self._set_busy(False)
            self.reset(exc.message)
            return
        self._set_busy(False)
        self.failures = 0
        self.passphrase.clear()
        self.error.clear()
        self.unlocked.emit(database)

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.reset(message)

    def _wrong(self, message: str) -> None:
        self.failures += 1
        delay = retry_delay_seconds(self.failures)
        self.reset(message)
        if delay:
            self._wait_left = delay
            self.passphrase.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self._tick(initial=True)
            self._countdown.start()

    def _tick(self, initial: bool = False) -> None:
        if not initial:
            self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            self.passphrase.setEnabled(True)
            self.unlock_button.setEnabled(True)
            self.error.setText(tr("That passphrase was wrong %n time. Try again.|"
                                  "That passphrase was wrong %n times. Try again.", "", self.failures))
            self.passphrase.setFocus()
            return
        self.error.setText(
            tr("That passphrase was wrong %n time. You can try again in {seconds} s.|"
               "That passphrase was wrong %n times. You can try again in {seconds} s.", "",
               self.failures).format(seconds=self._wait_left)
        )

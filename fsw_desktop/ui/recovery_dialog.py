"""The recovery key: shown once (to write down or print), and used on the lock screen when the
passphrase is forgotten ("Forgotten your passphrase?").

Whoever holds the recovery key holds the data, so it is shown only here, never saved by us, and
printed on a sheet with the desk name and the date for the worker to lock away.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
    QWidget,
)

from ..db import Database
from ..errors import FswError
from ..services.desk import profile
from . import tasks
from .passphrase_dialog import secret_fields
from .printing import Delivered, print_or_save
from ..words import tr
from ..services.desk.dates import show_long_date

def keep_it_safe() -> str:
    """What the holder of a recovery key can do, and how to keep it: on screen and on the sheet."""
    return tr("Anyone with this recovery key can set a new passphrase and read every record in this profile. "
              "Keep it like a door key: written down or printed, locked away, never on this computer. "
              "Making a new recovery key (File > Make a recovery key) stops this one working.")


def sheet_html(code: str, desk: str, made: date) -> str:
    """The printed sheet: the key in large type, the desk, the date and what it is for.

    Each sentence is escaped as translated, then filled with its (escaped) data and markup.
    """
    heading = html.escape(tr("FSW Desk recovery key"))
    desk_line = html.escape(tr("Desk: {desk}")).format(desk=f"<b>{html.escape(desk)}</b>")
    made_line = html.escape(tr("Made: {date}")).format(date=show_long_date(made))
    button = html.escape(tr("Forgotten your passphrase?"))
    forgotten = html.escape(tr(
        "If the passphrase is forgotten: on the lock screen choose {button}, type this key and choose a new "
        "passphrase. All the data stays.")).format(button=f"<i>{button}</i>")
    key = f"<p style='font-family: monospace; font-size: 20pt'>{html.escape(code)}</p>"  # not shown: markup
    return (f"<h2>{heading}</h2><p>{desk_line}<br>{made_line}</p>{key}"
            f"<p>{forgotten}</p><p>{html.escape(keep_it_safe())}</p>")


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with a way to print it."""

    def __init__(self, parent: QWidget | None, code: str, desk: str) -> None:
        super().__init__(parent)
        self.code, self.desk = code, desk
        self.setWindowTitle(tr("Your recovery key"))
        self.setAccessibleName(tr("Your recovery key"))
        intro = QLabel(tr("Write this recovery key down or print it now. It is shown only once."))
        intro.setWordWrap(True)
        self.code_label = QLabel(code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(14, mono.pointSize() + 4))
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAccessibleName(tr("Recovery key"))
        warning = QLabel(keep_it_safe())
        warning.setWordWrap(True)
        warning.setObjectName("Muted")
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setAccessibleName(tr("Print the recovery key"))
        self.print_button.setToolTip(tr("Saves a one-page PDF to print (delete it once printed)"))
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(tr("I have &kept it safe"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        _roomy(self.done_button, self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def print_sheet(self) -> list[Delivered]:
        """One page (the key, the desk, the date) straight to the printer, best kept off disk.

        Saving it as a PDF puts the key in a file, so the worker is told to delete that file once printed.
        """
        done = print_or_save(self, tr("Recovery sheet"), sheet_html(self.code, self.desk, date.today()),
                             "fsw-desk-recovery-key.pdf")
        if any(d.how == "saved" for d in done):
            QMessageBox.information(self, tr("Recovery key"), tr("Print the PDF now, then delete it: anyone who "
                                                                  "finds that file can open this profile."))
        return done

    def done(self, result: int) -> None:  # the key leaves the screen with the dialog
        self.code_label.clear()
        self.code = ""
        super().done(result)


def _roomy(*buttons: QPushButton) -> None:
    """Room for a bold default button's text (the style's bold face is wider than its size hint)."""
    for button in buttons:
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 48)


def make_recovery_key(parent: QWidget, database: Database) -> bool:
    """File > Make a recovery key: asks before replacing, makes it, shows it once."""
    answer = QMessageBox.question(
        parent, tr("Make a recovery key"),
        tr("A new recovery key replaces any earlier one, which then stops working. Make one now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        code = profile.create_recovery_key(database)
        desk = profile.desk_of(database).desk_name
    except FswError as exc:
        QMessageBox.warning(parent, tr("Make a recovery key"), exc.message)
        return False
    dialog = RecoveryKeyDialog(parent, code, desk)
    dialog.exec()
    return True


class ForgottenPassphraseDialog(QDialog):
    """From the lock screen: the recovery key and a new passphrase (twice); the data stays as it is."""

    def __init__(self, parent: QWidget | None, profile_dir: Path) -> None:
        super().__init__(parent)
        self.profile_dir = Path(profile_dir)
        self._task: tasks.Task | None = None
        self.setWindowTitle(tr("Forgotten your passphrase?"))
        self.setAccessibleName(tr("Forgotten your passphrase"))
        intro = QLabel(tr("Type the recovery key made for this profile (in the setup or later from the File menu) "
                          "and choose a new passphrase. All your data stays as it is."))
        intro.setWordWrap(True)
        self.recovery, self.new, self.again = secret_fields(tr("Recovery key"), tr("New passphrase"),
                                                            tr("New passphrase again"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")  # not shown as words: the shape of a key
        self.feedback = QLabel("")
        self.feedback.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Recovery message"))
        form = QFormLayout()
        form.addRow(tr("&Recovery key"), self.recovery)
        form.addRow(tr("&New passphrase"), self.new)
        form.addRow("", self.feedback)
        form.addRow(tr("&Again"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Set new passphrase"))
        _roomy(self.ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for w in (self.recovery, self.new, self.again):
            w.textChanged.connect(self._changed)
        self._changed()
        self.setMinimumWidth(560)

    def _changed(self) -> None:
        s = profile.passphrase_strength(self.new.text())
        self.feedback.setText(s.message)
        self.ok.setEnabled(bool(self.recovery.text().strip()) and s.acceptable
                           and self.new.text() == self.again.text() and self._task is None)

    def submit(self) -> None:
        """The reset runs off the UI thread (one Argon2id derivation, about a second)."""
        if self._task is not None:
            return
        code, new, folder = self.recovery.text(), self.new.text(), self.profile_dir
        self.error.setText(tr("Setting the new passphrase…"))
        self._task = tasks.start(lambda p: profile.reset_passphrase(folder, code, new, p), self._done, self._failed)
        self._changed()

    def _done(self, _result: object) -> None:
        self._task = None
        for w in (self.recovery, self.new, self.again):
            w.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self.recovery.clear()  # a wrong key is typed again; nothing was changed
        self.error.setText(message)
        self._changed()
        self.recovery.setFocus()

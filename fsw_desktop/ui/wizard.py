"""First run: who is this desk, a passphrase typed twice with live feedback, and a recovery key.

The recovery key is made here (before the profile, so it can be shown on its page), shown once to
write down or print, and added as the profile's recovery slot on Finish. It may be skipped, with a
plain warning of what that means.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWizard,
    QWizardPage,
)

from .. import keyslots
from ..errors import FswError
from ..models.sync import ROLE_LABELS, ROLES
from ..services.desk import profile


class DeskPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("About this desk")
        self.setSubTitle("These details stay inside the encrypted profile on this computer.")
        form = QFormLayout(self)
        self.worker = QLineEdit()
        self.worker.setAccessibleName("Your name")
        self.desk = QLineEdit()
        self.desk.setAccessibleName("Desk name")
        self.desk.setPlaceholderText("e.g. Family support desk, B wing")
        self.establishment = QLineEdit()
        self.establishment.setAccessibleName("Establishment")
        self.establishment.setPlaceholderText("e.g. HMP Northfield")
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for role in ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        form.addRow("Your &name", self.worker)
        form.addRow("&Desk name", self.desk)
        form.addRow("&Establishment", self.establishment)
        form.addRow("&Role", self.role)
        self.registerField("worker*", self.worker)
        self.registerField("desk*", self.desk)
        self.registerField("establishment", self.establishment)
        self.worker.textChanged.connect(self.completeChanged)
        self.desk.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.worker.text().strip() and self.desk.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Choose a passphrase")
        self.setSubTitle(
            "Four or more unrelated words is easy to remember and hard to guess. "
            "There is no way to recover the data without it."
        )
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName("Passphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName("Passphrase again")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName("Passphrase strength")
        self.meter.setMaximumHeight(8)
        self.feedback = QLabel("Type a passphrase: four or more words, or at least 12 characters.")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName("Passphrase feedback")
        self.match = QLabel("")
        self.match.setAccessibleName("Passphrases match")
        form.addRow("&Passphrase", self.first)
        form.addRow("", self.meter)
        form.addRow("", self.feedback)
        form.addRow("&Again", self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)

    def _changed(self) -> None:
        strength = profile.passphrase_strength(self.first.text())
        self.meter.setValue(strength.score)
        self.meter.setProperty("strength", strength.score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.feedback.setText(strength.message)
        if self.second.text():
            same = self.first.text() == self.second.text()
            self.match.setText("They match." if same else "They do not match yet.")
        else:
            self.match.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return profile.passphrase_strength(self.first.text()).acceptable and self.first.text() == self.second.text()


class RecoveryPage(QWizardPage):
    """The recovery key, shown once; or skipped, knowing a forgotten passphrase then loses everything."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle("Your recovery key")
        self.setSubTitle("If the passphrase is ever forgotten, this key sets a new one and keeps all the data.")
        self.code = keyslots.new_recovery_key()
        layout = QVBoxLayout(self)
        self.code_label = QLabel(self.code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(13, mono.pointSize() + 3))
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAccessibleName("Recovery key")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel("Write it down or print it now: it is shown only once. Anyone holding it can open this "
                      "profile, so keep it like a door key, locked away from the computer.")
        note.setWordWrap(True)
        self.print_button = QPushButton("&Print…")
        self.print_button.setAccessibleName("Print the recovery key")
        self.print_button.clicked.connect(self._print)
        self.skip = QCheckBox("&Skip the recovery key")
        self.skip.setAccessibleName("Skip the recovery key")
        self.warning = QLabel("Without a recovery key, a forgotten passphrase loses every record in this profile "
                              "for good. You can make one later from the File menu.")
        self.warning.setObjectName("Error")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.skip.toggled.connect(self._skipped)
        layout.addWidget(self.code_label)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.skip)
        layout.addWidget(self.warning)
        layout.addStretch(1)

    def _skipped(self, skipped: bool) -> None:
        self.warning.setVisible(skipped)
        self.code_label.setText("(skipped)" if skipped else self.code)
        self.print_button.setEnabled(not skipped)

    def _print(self) -> None:
        from .recovery_dialog import RecoveryKeyDialog  # reason: printing lives with the recovery dialog

        desk = self.wizard().field("desk") if self.wizard() else ""
        RecoveryKeyDialog(self, self.code, str(desk)).print_sheet()

    def wanted(self) -> str | None:
        return None if self.skip.isChecked() else self.code


class FirstRunWizard(QWizard):
    """Creates the profile and the desk's keys on Finish; ``database`` holds it afterwards."""

    def __init__(self, profile_dir: Path) -> None:
        super().__init__()
        self.profile_dir = Path(profile_dir)
        self.database = None
        self.setWindowTitle("Set up FSW Desk")
        self.setAccessibleName("First-run setup")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.desk_page = DeskPage()
        self.pass_page = PassphrasePage()
        self.recovery_page = RecoveryPage()
        self.addPage(self.desk_page)
        self.addPage(self.pass_page)
        self.addPage(self.recovery_page)
        self.error = QLabel("")
        self.error.setObjectName("Error")
        self.pass_page.layout().addRow("", self.error)
        self.setMinimumSize(560, 440)

    def accept(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.database = profile.create_profile(
                self.profile_dir,
                self.desk_page.worker.text(),
                self.desk_page.desk.text(),
                self.desk_page.role.currentData(),
                self.pass_page.first.text(),
                self.desk_page.establishment.text(),
            )
            code = self.recovery_page.wanted()
            if code:
                profile.add_recovery_key(self.database, code)
        except FswError as exc:
            self.error.setText(exc.message)
            return
        finally:
            self.unsetCursor()
        self.pass_page.first.clear()
        self.pass_page.second.clear()
        self.recovery_page.code = ""
        self.recovery_page.code_label.clear()
        super().accept()

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
from ..words import tr
from . import language


class DeskPage(QWizardPage):
    """Who this desk is, and the language it speaks (chosen first: the rest of the wizard follows it)."""

    def __init__(self) -> None:
        super().__init__()
        self.form = form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.language.setProperty("own_language", True)  # each language named in its own words
        self.worker = QLineEdit()
        self.desk = QLineEdit()
        self.establishment = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem("", role)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.language, self.worker, self.desk, self.establishment, self.role)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslate()
        self.registerField("worker*", self.worker)
        self.registerField("desk*", self.desk)
        self.registerField("establishment", self.establishment)
        self.worker.textChanged.connect(self.completeChanged)
        self.desk.textChanged.connect(self.completeChanged)

    def retranslate(self) -> None:
        self.setTitle(tr("About this desk"))
        self.setSubTitle(tr("These details stay inside the encrypted profile on this computer."))
        self.language.setAccessibleName(tr("Language of the desk"))
        self.worker.setAccessibleName(tr("Your name"))
        self.desk.setAccessibleName(tr("Desk name"))
        self.desk.setPlaceholderText(tr("e.g. Family support desk, B wing"))
        self.establishment.setAccessibleName(tr("Establishment"))
        self.establishment.setPlaceholderText(tr("e.g. HMP Northfield"))
        self.role.setAccessibleName(tr("Role"))
        for i, role in enumerate(ROLES):
            self.role.setItemText(i, tr(ROLE_LABELS[role]))
        for label, text in zip(self.labels, (tr("Lan&guage / Iaith"), tr("Your &name"), tr("&Desk name"),
                                             tr("&Establishment"), tr("&Role"))):
            label.setText(text)

    def isComplete(self) -> bool:
        return bool(self.worker.text().strip() and self.desk.text().strip())


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.match = QLabel("")
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form.addRow(self.first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.feedback)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.match)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(tr("Four or more unrelated words is easy to remember and hard to guess. "
                            "There is no way to recover the data without it."))
        self.first.setAccessibleName(tr("Passphrase"))
        self.second.setAccessibleName(tr("Passphrase again"))
        self.meter.setAccessibleName(tr("Passphrase strength"))
        self.feedback.setAccessibleName(tr("Passphrase feedback"))
        self.match.setAccessibleName(tr("Passphrases match"))
        self.first_label.setText(tr("&Passphrase"))
        self.second_label.setText(tr("&Again"))
        if self.first.text() or self.second.text():
            self._changed()
        else:
            self.feedback.setText(tr("Type a passphrase: four or more words, or at least 12 characters."))

    def _changed(self) -> None:
        strength = profile.passphrase_strength(self.first.text())
        self.meter.setValue(strength.score)
        self.meter.setProperty("strength", strength.score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.feedback.setText(strength.message)
        if self.second.text():
            same = self.first.text() == self.second.text()
            self.match.setText(tr("They match.") if same else tr("They do not match yet."))
        else:
            self.match.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return profile.passphrase_strength(self.first.text()).acceptable and self.first.text() == self.second.text()


class RecoveryPage(QWizardPage):
    """The recovery key, shown once; or skipped, knowing a forgotten passphrase then loses everything."""

    def __init__(self) -> None:
        super().__init__()
        self.code = keyslots.new_recovery_key()
        layout = QVBoxLayout(self)
        self.code_label = QLabel(self.code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(13, mono.pointSize() + 3))
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = note = QLabel()
        note.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.skip = QCheckBox()
        self.warning = QLabel()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Your recovery key"))
        self.setSubTitle(tr("If the passphrase is ever forgotten, this key sets a new one and keeps all the data."))
        self.code_label.setAccessibleName(tr("Recovery key"))
        self.note.setText(tr("Write it down or print it now: it is shown only once. Anyone holding it can open "
                             "this profile, so keep it like a door key, locked away from the computer."))
        self.print_button.setText(tr("&Print…"))
        self.print_button.setAccessibleName(tr("Print the recovery key"))
        self.skip.setText(tr("&Skip the recovery key"))
        self.skip.setAccessibleName(tr("Skip the recovery key"))
        self.warning.setText(tr("Without a recovery key, a forgotten passphrase loses every record in this "
                                "profile for good. You can make one later from the File menu."))
        self._skipped(self.skip.isChecked())

    def _skipped(self, skipped: bool) -> None:
        self.warning.setVisible(skipped)
        self.code_label.setText(tr("(skipped)") if skipped else self.code)
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
        self.desk_page.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()

    def _language_chosen(self) -> None:
        """Welsh or English from here on: this wizard's words at once, and the desk's after it."""
        language.choose(str(self.desk_page.language.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Set up FSW Desk"))
        self.setAccessibleName(tr("First-run setup"))
        for page in (self.desk_page, self.pass_page, self.recovery_page):
            page.retranslate()
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.setButtonText(which, {
                QWizard.WizardButton.BackButton: tr("< &Back"),
                QWizard.WizardButton.NextButton: tr("&Next >"),
                QWizard.WizardButton.FinishButton: tr("&Finish"),
                QWizard.WizardButton.CancelButton: tr("Cancel"),
            }[which])

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

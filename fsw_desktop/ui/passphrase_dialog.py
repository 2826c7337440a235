"""Change passphrase: current once, new twice, with the same strength rule as setup.

The change rewraps the passphrase slot (about a second). Where the old passphrase may have been seen,
the worker can also re-encrypt the whole profile under a new data key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ..services.desk import profile
from ..words import tr


def secret_fields(*names: str) -> list[QLineEdit]:
    """Masked boxes named for screen readers: a passphrase or recovery key is never shown as typed."""
    fields = []
    for name in names:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        fields.append(field)
    return fields


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change passphrase"))
        self.setAccessibleName(tr("Change passphrase"))
        self.current, self.new, self.again = secret_fields(tr("Current passphrase"), tr("New passphrase"),
                                                           tr("New passphrase again"))
        self.feedback = QLabel("")
        self.feedback.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("Error")
        form = QFormLayout()
        form.addRow(tr("&Current", "the passphrase"), self.current)
        form.addRow(tr("&New", "the passphrase"), self.new)
        form.addRow("", self.feedback)
        form.addRow(tr("&Again"), self.again)
        self.reencrypt = QCheckBox(tr("Also &re-encrypt the whole profile (if someone may have seen the old passphrase)"))
        self.reencrypt.setAccessibleName(tr("Also re-encrypt the whole profile"))
        self.reencrypt.setToolTip(tr("Takes longer. The recovery key and the passphrases of earlier backups "
                                     "stop opening this profile; make a new recovery key afterwards."))
        form.addRow("", self.reencrypt)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._changed)
        self.again.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        s = profile.passphrase_strength(self.new.text())
        self.feedback.setText(s.message)
        ok = s.acceptable and self.new.text() == self.again.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

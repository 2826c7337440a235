"""Change passphrase: current once, new twice, with the same strength rule as setup.

The change rewraps the passphrase slot (about a second). Where the old passphrase may have been seen,
the worker can also re-encrypt the whole profile under a new data key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ..services.desk import profile


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change passphrase")
        self.setAccessibleName("Change passphrase")
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for w, name in ((self.current, "Current passphrase"), (self.new, "New passphrase"),
                        (self.again, "New passphrase again")):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setAccessibleName(name)
        self.feedback = QLabel("")
        self.feedback.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("Error")
        form = QFormLayout()
        form.addRow("&Current", self.current)
        form.addRow("&New", self.new)
        form.addRow("", self.feedback)
        form.addRow("&Again", self.again)
        self.reencrypt = QCheckBox("Also &re-encrypt the whole profile (if someone may have seen the old passphrase)")
        self.reencrypt.setAccessibleName("Also re-encrypt the whole profile")
        self.reencrypt.setToolTip("Takes longer. The recovery key and the passphrases of earlier backups "
                                  "stop opening this profile; make a new recovery key afterwards.")
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

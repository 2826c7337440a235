"""Change passphrase: current once, new twice, with the same strength rule as setup."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

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

"""Settings: profile settings (encrypted, in the database) and text size (QSettings, not personal)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ..services.desk.lists import outcome_lines
from ..services.desk.settings import LIMITS


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, values: dict[str, Any], font_pt: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        labels = {
            "idle_lock_minutes": ("Lock after idle (minutes)", "&Lock after idle"),
            "review_interval_months": ("Review every (months)", "&Review every"),
            "no_contact_weeks": ("Flag no contact after (weeks)", "Flag &no contact after"),
            "release_warning_weeks": ("Warn of release within (weeks)", "Warn of &release within"),
        }
        for key, (accessible, label) in labels.items():
            spin = QSpinBox()
            lo, hi = LIMITS[key]
            spin.setRange(lo, hi)
            spin.setValue(int(values[key]))
            spin.setAccessibleName(accessible)
            spin.setSuffix(" " + accessible.rsplit("(", 1)[1].rstrip(")"))  # the unit on screen
            self.spins[key] = spin
            form.addRow(label, spin)
        self.font_pt = QSpinBox()
        self.font_pt.setRange(8, 24)
        self.font_pt.setValue(font_pt)
        self.font_pt.setSuffix(" pt")
        self.font_pt.setAccessibleName("Text size")
        form.addRow("&Text size", self.font_pt)
        note = QLabel("Window layout and text size are kept outside the encrypted profile; nothing personal is.")
        note.setObjectName("Muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}


class ListsDialog(QDialog):
    """The editable lists: referral sources, and outcomes with the guidance shown beside each score."""

    def __init__(self, parent: QWidget | None, sources: list[str], outcomes: list[tuple[str, str, str]],
                 application_types: list[tuple[str, int, bool]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lists")
        self.setAccessibleName("Lists")
        self.resize(760, 620)
        self.source_edit = QPlainTextEdit("\n".join(sources))
        self.source_edit.setAccessibleName("Referral sources, one per line")
        self.source_edit.setTabChangesFocus(True)
        self.outcomes = QPlainTextEdit(outcome_lines(outcomes))
        self.outcomes.setAccessibleName("Outcomes: group, outcome and scoring guidance per line")
        self.outcomes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow("&Referral sources\n(one per line)", self.source_edit)
        form.addRow("&Outcomes\n(Group | Outcome | guidance)", self.outcomes)
        self.types = QPlainTextEdit("\n".join(f"{k} | {d}" for k, d, _ours in application_types or ()))
        self.types.setAccessibleName("Application types: type and working days to respond, one per line")
        self.types.setTabChangesFocus(True)
        self.types.setMaximumHeight(170)
        form.addRow("Application &types\n(type | working days\nto respond)", self.types)
        note = QLabel("Removing an outcome keeps the scores already recorded against it. "
                      "The eight standard application types always stay; you may change their days.")
        note.setObjectName("Muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def sources(self) -> list[str]:
        return self.source_edit.toPlainText().splitlines()

"""Settings: profile settings (encrypted, in the database) and text size (QSettings, not personal)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ..services.desk.dates import show_date
from ..words import tr
from . import language
from .. import keyslots
from ..db import Database
from ..errors import FswError
from ..services.desk import profile
from ..services.desk.lists import outcome_lines
from ..services.desk.settings import LIMITS
from .progress import run_with_progress
from .recovery_dialog import make_recovery_key


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, values: dict[str, Any], font_pt: int,
                 database: Database | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        labels = {
            "idle_lock_minutes": (tr("Lock after idle (minutes)"), tr("&Lock after idle"), tr("minutes")),
            "review_interval_months": (tr("Review every (months)"), tr("&Review every"), tr("months")),
            "no_contact_weeks": (tr("Flag no contact after (weeks)"), tr("Flag &no contact after"), tr("weeks")),
            "release_warning_weeks": (tr("Warn of release within (weeks)"), tr("Warn of &release within"),
                                      tr("weeks")),
        }
        for key, (accessible, label, unit) in labels.items():
            spin = QSpinBox()
            lo, hi = LIMITS[key]
            spin.setRange(lo, hi)
            spin.setValue(int(values[key]))
            spin.setAccessibleName(accessible)
            spin.setSuffix(" " + unit)  # the unit on screen
            self.spins[key] = spin
            form.addRow(label, spin)
        self.font_pt = QSpinBox()
        self.font_pt.setRange(8, 24)
        self.font_pt.setValue(font_pt)
        self.font_pt.setSuffix(" pt")
        self.font_pt.setAccessibleName(tr("Text size"))
        form.addRow(tr("&Text size"), self.font_pt)
        self.language = QComboBox()
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.language.setAccessibleName(tr("Language of the desk"))
        self.language.setProperty("own_language", True)  # each language named in its own words
        self.language.setToolTip(tr("Menus, pages and dialogs in Welsh or English, switched at once. "
                                    "Letters follow each person's own language."))
        form.addRow(tr("Lan&guage / Iaith"), self.language)
        note = QLabel(tr("Window layout, text size and language are kept outside the encrypted profile; "
                         "nothing personal is."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.security: SecurityGroup | None = None
        if database is not None:
            self.security = SecurityGroup(self, database)
            layout.addWidget(self.security)
            self.setMinimumWidth(600)  # the Security lines read on one or two lines, not three
        layout.addWidget(buttons)

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def cost_text(cost: profile.KeyCost | None) -> str:
    if cost is None:
        return tr("Passphrase protection: the older kind (moves to Argon2id at the next unlock)")
    memory = f"{cost.memory_mib} MiB" if cost.memory_kib >= 1024 else f"{cost.memory_kib} KiB"  # i18n: keep - units
    return tr("Passphrase protection: Argon2id, {memory} of memory, %n iteration|"
              "Passphrase protection: Argon2id, {memory} of memory, %n iterations", "", cost.iterations
              ).format(memory=memory)


def recovery_text(made: datetime | None) -> str:
    if made is None:
        return tr("No recovery key: if the passphrase is forgotten, every record in this profile is lost.")
    if made == datetime.min:
        return tr("A recovery key exists.")
    return tr("A recovery key exists, made {day} at {time}. Making a new one stops it working.").format(
        day=show_date(made), time=f"{made:%H:%M}")


class SecurityGroup(QGroupBox):
    """The passphrase slot's cost (re-tunable on this computer) and the recovery key (made anew here).

    Both write only the profile's key slots (through ``services.desk.profile``), not records, so
    nothing else on screen needs to reload.
    """

    def __init__(self, parent: QWidget, database: Database) -> None:
        super().__init__(tr("Security"), parent)
        self.setAccessibleName(tr("Security"))
        self.database = database
        self.retune_kdf: keyslots.KdfParams | None = None  # tests pass a cheap cost; None measures here
        self.retune_bounds = (keyslots.TARGET_SECONDS, keyslots.MEMORY_KIB)  # what a re-tune measures for
        self.cost = QLabel()
        self.cost.setWordWrap(True)
        self.cost.setAccessibleName(tr("Passphrase protection"))
        self.timing = QLabel(tr("Time for one unlock: measured when you re-tune."))
        self.timing.setObjectName("Muted")
        self.timing.setWordWrap(True)
        self.timing.setAccessibleName(tr("Time for one unlock"))
        self.retune_button = QPushButton(tr("Re-t&une for this computer…"))
        self.retune_button.setAccessibleName(tr("Re-tune the passphrase protection for this computer"))
        self.retune_button.setToolTip(tr("About a second of work per unlock here, with at least 64 MiB of memory"))
        self.retune_button.clicked.connect(lambda: self.retune())
        self.recovery = QLabel()
        self.recovery.setWordWrap(True)
        self.recovery.setAccessibleName(tr("Recovery key"))
        self.recovery_button = QPushButton(tr("Make a new recovery &key…"))
        self.recovery_button.setAccessibleName(tr("Make a new recovery key"))
        self.recovery_button.clicked.connect(self.make_recovery)
        layout = QVBoxLayout(self)
        for label, button in ((self.cost, self.retune_button), (self.recovery, self.recovery_button)):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            layout.addLayout(row)
            if label is self.cost:
                layout.addWidget(self.timing)
        self.refresh()

    def refresh(self) -> None:
        folder = self.database.path.parent
        try:
            self.cost.setText(cost_text(profile.passphrase_cost(folder)))
            self.recovery.setText(recovery_text(profile.recovery_key_made(folder)))
        except FswError as exc:
            self.cost.setText(exc.message)

    def retune(self, passphrase: str | None = None) -> None:
        """Asks the passphrase, then rewraps its slot at a cost measured here, off the UI thread."""
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, tr("Re-tune for this computer"),
                tr("Type your passphrase. Its protection is measured again on this computer\n"
                   "(about a second of work per unlock); the passphrase stays the same."),
                QLineEdit.EchoMode.Password)
            if not ok or not passphrase:
                return
        database, kdf, (seconds, memory) = self.database, self.retune_kdf, self.retune_bounds
        self.retune_button.setEnabled(False)
        self.task = run_with_progress(
            self, tr("Re-tune for this computer"),
            lambda progress: profile.retune_passphrase(database, passphrase, progress, kdf=kdf,
                                                       target_seconds=seconds, memory_kib=memory),
            self._retuned, self._retune_failed)

    def _retuned(self, cost: profile.KeyCost) -> None:
        self.retune_button.setEnabled(True)
        self.refresh()
        self.timing.setText(tr("Time for one unlock on this computer: {seconds} s (just measured).").format(
            seconds=f"{cost.seconds:.1f}"))
        QMessageBox.information(self, tr("Re-tune for this computer"),
                                tr("Re-tuned. {cost}; one unlock takes {seconds} s here.").format(
                                    cost=cost_text(cost), seconds=f"{cost.seconds:.1f}"))

    def _retune_failed(self, message: str) -> None:
        self.retune_button.setEnabled(True)
        if tr("Nothing was changed") not in message:
            message += " " + tr("Nothing was changed.")
        QMessageBox.warning(self, tr("Re-tune for this computer"), message)

    def make_recovery(self) -> None:
        """The File menu's own path (asks before replacing, shows the key once), then the new date."""
        make_recovery_key(self, self.database)
        self.refresh()


class ListsDialog(QDialog):
    """The editable lists: referral sources, and outcomes with the guidance shown beside each score."""

    def __init__(self, parent: QWidget | None, sources: list[str], outcomes: list[tuple[str, str, str]],
                 application_types: list[tuple[str, int, bool]] | None = None,
                 letter_templates: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Lists"))
        self.setAccessibleName(tr("Lists"))
        self.resize(760, 620)
        self.source_edit = QPlainTextEdit("\n".join(sources))
        self.source_edit.setAccessibleName(tr("Referral sources, one per line"))
        self.source_edit.setTabChangesFocus(True)
        self.outcomes = QPlainTextEdit(outcome_lines(outcomes))
        self.outcomes.setAccessibleName(tr("Outcomes: group, outcome and scoring guidance per line"))
        self.outcomes.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(tr("&Referral sources\n(one per line)"), self.source_edit)
        form.addRow(tr("&Outcomes\n(Group | Outcome | guidance)"), self.outcomes)
        self.types = QPlainTextEdit("\n".join(f"{k} | {d}" for k, d, _ours in application_types or ()))
        self.types.setAccessibleName(tr("Application types: type and working days to respond, one per line"))
        self.types.setTabChangesFocus(True)
        self.types.setMaximumHeight(170)
        form.addRow(tr("Application &types\n(type | working days\nto respond)"), self.types)
        note = QLabel(tr("Removing an outcome keeps the scores already recorded against it. "
                         "The eight standard application types always stay; you may change their days."))
        note.setWordWrap(True)
        note.setObjectName("Muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if letter_templates is not None:  # saved on their own, in their own dialog, with a preview
            self.letters_button = buttons.addButton(tr("&Letter templates…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.letters_button.setAccessibleName(tr("Letter templates"))
            self.letters_button.clicked.connect(lambda: letter_templates())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def sources(self) -> list[str]:
        return self.source_edit.toPlainText().splitlines()

"""Retention: the policy per record kind, what is due, and deleting it after confirmation.

The deletion and the vacuum run on a worker thread with their own connection
(``ui.operations.write_in_background``), so the window stays live; every open
view reloads once the records are gone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..db import Database
from ..progress import Progress
from ..services.data_protection import retention
from ..services.desk import profile
from . import operations
from .table_model import ROW_ROLE, Column, make_table

COLUMNS = [
    Column("Kind", lambda d: d.kind_label),
    Column("Ref", lambda d: d.ref),
    Column("Record", lambda d: d.label),
    Column("Since", lambda d: d.since),
    Column("Due on", lambda d: d.due_on),
]


class RetentionDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Database, session_factory: Callable[[], Session],
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.session_factory = session_factory
        self.today = today
        self.last_report: retention.DeletionReport | None = None
        self.task = None
        self.setWindowTitle("Retention")
        self.setAccessibleName("Retention")
        self.resize(860, 600)

        policy_box = QGroupBox("Keep records for")
        form = QFormLayout(policy_box)
        self.spins: dict[str, QSpinBox] = {}
        with session_factory() as s:
            current = retention.policy(s)
        for key, kind in retention.KINDS.items():
            spin = QSpinBox()
            spin.setRange(retention.MIN_MONTHS, retention.MAX_MONTHS)
            spin.setSuffix(" months")
            spin.setValue(current[key])
            spin.setAccessibleName(f"{kind.label}: months kept {kind.clock}")
            self.spins[key] = spin
            label = QLabel(f"{kind.label} ({kind.clock})")
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.save_policy_button = QPushButton("&Save policy")
        self.save_policy_button.setAccessibleName("Save policy")
        self.save_policy_button.clicked.connect(self.save_policy)
        form.addRow("", self.save_policy_button)

        self.view, self.model = make_table(COLUMNS, "Records due for deletion", single=False,
                                           empty="Nothing is due for deletion under the current policy.")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel("")
        self.summary.setAccessibleName("Due summary")
        self.summary.setWordWrap(True)
        note = QLabel("Deleting removes the record and everything that belongs only to it, on this desk and, "
                      "at the next sync, on paired desks. Names and notes are overwritten, including in the "
                      "change history, and the file is compacted. This cannot be undone; backups made before "
                      "still hold the records until they are replaced.")
        note.setObjectName("Muted")
        note.setWordWrap(True)

        self.select_all_button = QPushButton("Select &all")
        self.select_all_button.setAccessibleName("Select all due records")
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.delete_button = QPushButton("&Delete selected…")
        self.delete_button.setAccessibleName("Delete selected records")
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")

        layout = QVBoxLayout(self)
        layout.addWidget(policy_box)
        layout.addWidget(QLabel("Due for deletion"))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.session_factory() as s:
            items = retention.due(s, today=self.today)
        self.model.set_rows(items)
        self.summary.setText(f"{len(items)} due." if items else "Nothing is due for deletion.")
        self.delete_button.setEnabled(bool(items))
        self.select_all_button.setEnabled(bool(items))

    def save_policy(self) -> None:
        months = {k: spin.value() for k, spin in self.spins.items()}
        operations.write(self, lambda s: retention.set_policy(s, months), changes={operations.SETTINGS},
                         success=lambda _r: self.refresh(), title="Retention")

    def selected(self) -> list[retention.DueItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE) for r in rows]

    # --- deleting -----------------------------------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, "Delete records", text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> Any:
        items = self.selected()
        if not items:
            QMessageBox.information(self, "Retention", "Select the records to delete first.")
            return None
        kinds: dict[str, int] = {}
        for item in items:
            kinds[item.kind_label] = kinds.get(item.kind_label, 0) + 1
        text = ("Delete " + ", ".join(f"{n} × {k.lower()}" for k, n in kinds.items())
                + " and everything that belongs only to them?\n\nThis cannot be undone.")
        if not self.confirm(text):
            return None
        db, today = self.database, self.today
        self.delete_button.setEnabled(False)

        def work(s: Session, progress: Progress) -> retention.DeletionReport:
            return retention.delete_due(s, items, today=today, progress=lambda p, m: progress(p * 85 // 100, m))

        def compact(progress: Progress) -> None:
            progress(90, "Compacting the database file")
            profile.vacuum(db)
            progress(100, "Done")

        self.task = operations.write_in_background(self, "Deleting records", work, changes=operations.EVERYTHING,
                                                   success=self._deleted, failure=self._failed, after_commit=compact)
        return self.task

    def _deleted(self, report: retention.DeletionReport) -> None:
        self.last_report = report
        self.refresh()
        message = f"Deleted {report.items} item(s), {report.records} records in all."
        if report.kept_people:
            message += (f"\n\nKept, because other records still point at them: {', '.join(report.kept_people)}. "
                        "They will be due once those records go.")
        message += "\n\n" + report.backups_notice
        self.summary.setText(message)

    def _failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(self, "Retention", message)


def open_retention(window: QWidget) -> RetentionDialog:
    dialog = RetentionDialog(window, window.database, window.session)
    window._retention_dialog = dialog
    dialog.show()
    return dialog

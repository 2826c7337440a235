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
from ..words import tr


def columns() -> list[Column]:
    """The list's columns, headed in the desk's language (chosen after import)."""
    return [
        Column(tr("Kind", "of record"), lambda d: d.kind_label),
        Column(tr("Ref", "a record's reference"), lambda d: d.ref),
        Column(tr("Record"), lambda d: d.label),
        Column(tr("Since"), lambda d: d.since),
        Column(tr("Due on"), lambda d: d.due_on),
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
        self.setWindowTitle(tr("Retention"))
        self.setAccessibleName(tr("Retention"))
        self.resize(860, 600)

        policy_box = QGroupBox(tr("Keep records for"))
        form = QFormLayout(policy_box)
        self.spins: dict[str, QSpinBox] = {}
        with session_factory() as s:
            current = retention.policy(s)
        for key, kind in retention.KINDS.items():
            spin = QSpinBox()
            spin.setRange(retention.MIN_MONTHS, retention.MAX_MONTHS)
            spin.setSuffix(tr(" months", "after a number of months kept"))
            spin.setValue(current[key])
            spin.setAccessibleName(tr("{kind}: months kept {clock}").format(kind=tr(kind.label), clock=tr(kind.clock)))
            self.spins[key] = spin
            label = QLabel(tr("{kind} ({clock})").format(kind=tr(kind.label), clock=tr(kind.clock)))
            label.setBuddy(spin)
            form.addRow(label, spin)
        self.save_policy_button = QPushButton(tr("&Save policy"))
        self.save_policy_button.setAccessibleName(tr("Save policy"))
        self.save_policy_button.clicked.connect(self.save_policy)
        form.addRow("", self.save_policy_button)

        self.view, self.model = make_table(columns(), tr("Records due for deletion"), single=False,
                                           empty=tr("Nothing is due for deletion under the current policy."))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel("")
        self.summary.setAccessibleName(tr("Due summary"))
        self.summary.setWordWrap(True)
        note = QLabel(tr("Deleting removes the record and everything that belongs only to it, on this desk and, "
                         "at the next sync, on paired desks. Names and notes are overwritten, including in the "
                         "change history, and the file is compacted. This cannot be undone; backups made before "
                         "still hold the records until they are replaced."))
        note.setObjectName("Muted")
        note.setWordWrap(True)

        self.select_all_button = QPushButton(tr("Select &all"))
        self.select_all_button.setAccessibleName(tr("Select all due records"))
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.delete_button = QPushButton(tr("&Delete selected…"))
        self.delete_button.setAccessibleName(tr("Delete selected records"))
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(policy_box)
        layout.addWidget(QLabel(tr("Due for deletion")))
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
        self.summary.setText(tr("%n due.", "records due for deletion", len(items)) if items
                             else tr("Nothing is due for deletion."))
        self.delete_button.setEnabled(bool(items))
        self.select_all_button.setEnabled(bool(items))

    def save_policy(self) -> None:
        months = {k: spin.value() for k, spin in self.spins.items()}
        operations.write(self, lambda s: retention.set_policy(s, months), changes={operations.SETTINGS},
                         success=lambda _r: self.refresh(), title=tr("Retention"))

    def selected(self) -> list[retention.DueItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(ROW_ROLE) for r in rows]

    # --- deleting -----------------------------------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("Delete records"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> Any:
        items = self.selected()
        if not items:
            QMessageBox.information(self, tr("Retention"), tr("Select the records to delete first."))
            return None
        kinds: dict[str, int] = {}
        for item in items:
            kinds[item.kind_label] = kinds.get(item.kind_label, 0) + 1
        text = tr("Delete {records} and everything that belongs only to them?\n\nThis cannot be undone.").format(
            records=", ".join(f"{n} × {k.lower()}" for k, n in kinds.items()))
        if not self.confirm(text):
            return None
        db, today = self.database, self.today
        self.delete_button.setEnabled(False)

        def work(s: Session, progress: Progress) -> retention.DeletionReport:
            return retention.delete_due(s, items, today=today, progress=lambda p, m: progress(p * 85 // 100, m))

        def compact(progress: Progress) -> None:
            progress(90, tr("Compacting the database file"))
            profile.vacuum(db)
            progress(100, tr("Done"))

        self.task = operations.write_in_background(self, tr("Deleting records"), work, changes=operations.EVERYTHING,
                                                   success=self._deleted, failure=self._failed, after_commit=compact)
        return self.task

    def _deleted(self, report: retention.DeletionReport) -> None:
        self.last_report = report
        self.refresh()
        message = tr("Deleted %n item(s), {records} records in all.", "", report.items).format(records=report.records)
        if report.kept_people:
            message += "\n\n" + tr("Kept, because other records still point at them: {people}. "
                                   "They will be due once those records go.").format(
                people=", ".join(report.kept_people))
        message += "\n\n" + report.backups_notice
        self.summary.setText(message)

    def _failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(self, tr("Retention"), message)


def open_retention(window: QWidget) -> RetentionDialog:
    dialog = RetentionDialog(window, window.database, window.session)
    window._retention_dialog = dialog
    dialog.show()
    return dialog

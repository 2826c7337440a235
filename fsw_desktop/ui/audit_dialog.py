"""The audit trail: this worker's own entries, filtered by period and action, with counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from .date_box import DateBox
from ..services.desk.dates import show_when
from ..services.data_protection import audit
from .table_model import Column, make_table
from ..words import tr
from ..services.desk import vocab



def columns() -> list[Column]:
    """The list's columns, headed in the desk's language (chosen after import)."""
    return [
        Column(tr("When"), lambda r: show_when(r.at, seconds=True)),
        Column(tr("Who"), lambda r: r.who),
        Column(tr("Action", "an entry's kind in the audit trail"), lambda r: vocab.label(r.action)),
        Column(tr("Record"), lambda r: r.record),
        Column(tr("Detail"), lambda r: r.detail),
    ]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AuditDialog(QDialog):
    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session]) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.setWindowTitle(tr("Audit trail"))
        self.setAccessibleName(tr("Audit trail"))
        self.resize(900, 560)

        today = date.today()
        self.start = DateBox(_qdate(today - timedelta(days=30)))
        self.end = DateBox(_qdate(today))
        for edit, name in ((self.start, tr("From date")), (self.end, tr("To date"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.refresh)
        self.action = QComboBox()
        self.action.setAccessibleName(tr("Action", "an entry's kind in the audit trail"))
        self.action.currentIndexChanged.connect(self.refresh)
        self.mine = QCheckBox(tr("Only my &entries"))
        self.mine.setAccessibleName(tr("Only my entries"))
        self.mine.setChecked(True)
        self.mine.toggled.connect(self.refresh)

        filters = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(tr("to", "from one date to another")))
        period.addWidget(self.end)
        period.addStretch(1)
        from_label = QLabel(tr("&From", "a date"))
        from_label.setBuddy(self.start)
        filters.addRow(from_label, period)
        filters.addRow(tr("&Action", "an entry's kind in the audit trail"), self.action)
        filters.addRow("", self.mine)

        self.view, self.model = make_table(columns(), tr("Audit entries"), empty=tr("No entries in this period."))
        self.counts = QLabel("")
        self.counts.setObjectName("Muted")
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(tr("Counts by action"))
        note = QLabel(tr("The trail is append-only and names records by reference, never by what they hold."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._fill_actions()
        self.refresh()

    def _fill_actions(self) -> None:
        with self.session_factory() as s:
            used = audit.actions_used(s)
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(tr("All actions"), None)
        for action in used:  # an action's name is data, kept as written
            self.action.addItem(vocab.label(action), action)
        self.action.blockSignals(False)

    def filters(self) -> dict:
        action = self.action.currentData()
        return {"start": _pydate(self.start.date()), "end": _pydate(self.end.date()), "action": action or None}

    def refresh(self) -> None:
        f = self.filters()
        with self.session_factory() as s:
            who = audit.me(s) if self.mine.isChecked() else None
            rows = audit.entry_rows(s, who=who, **f)
            counts = audit.counts_by_action(s, f["start"], f["end"])
        self.model.set_rows(rows)
        if counts:
            self.counts.setText(tr("In this period: {counts}").format(
                counts=" · ".join(f"{a} {n}" for a, n in counts.items())))
        else:
            self.counts.setText(tr("In this period: nothing"))


def open_audit_trail(window: QWidget) -> AuditDialog:
    dialog = AuditDialog(window, window.session)
    window._audit_dialog = dialog  # kept alive while open
    dialog.show()
    return dialog

"""Outcomes for a whole session at once: every booking with what happened, saved in one write.

A booking's status follows its outcome (attended, did not attend, cancelled), so the session's list
reads true afterwards. Rows left at "not recorded" are left as they are.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..services.desk.dates import show_date
from ..services.visits import visits
from ..words import QT_TRANSLATE_NOOP, tr
from . import operations
from .family_day_places_dialog import wide_enough
from .forms import DraftForm
from .operations import VISITS


def choices() -> list[tuple[str, str]]:
    """(label, stored outcome): the words on the desk first (attended / did not attend / cancelled), then the
    finer outcomes; labels in the desk's language."""
    return [
        (tr("not recorded"), ""), (tr("Attended"), "attended"),
        (tr("Did not attend: visitor did not arrive"), "visitor did not arrive"),  # not shown: the value
        (tr("Did not attend: prisoner refused"), "prisoner refused"),  # not shown: the value
        (tr("Did not attend: failed security"), "failed security"),  # not shown: the value
        (tr("Cancelled by the establishment"), "cancelled by establishment"),  # not shown: the value
        (tr("Attended: ended early"), "ended early"),  # not shown: the value
    ]


class SessionOutcomesDialog(DraftForm):
    """A draft over a lock keeps the outcomes chosen (``draft_values``)."""

    form_id = "session-outcomes"
    title = QT_TRANSLATE_NOOP("", "Record outcomes")

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], template_id: str,
                 on: date) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.session_key = (template_id, on)
        self.setWindowTitle(tr("Record outcomes: {date}").format(date=show_date(on, weekday="long")))
        self.setAccessibleName(tr("Record outcomes for the session"))
        self.resize(860, 520)
        with session_factory() as s:
            self.bookings = [b for b in visits.bookings_for(s, template_id=template_id, on=on)
                             if b.outcome or (b.status == "booked" and not b.waiting_list)]
        layout = QVBoxLayout(self)
        intro = QLabel(tr("What happened at each booking. Saved together; a booking's status follows its outcome."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.bookings), 4)
        self.table.setHorizontalHeaderLabels([tr("Ref"), tr("Prisoner"), tr("Lead visitor (visitors)"), tr("Outcome")])
        self.table.setAccessibleName(tr("Bookings and their outcomes"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        labels = choices()
        for i, b in enumerate(self.bookings):
            for col, text in enumerate((b.ref, f"{b.prisoner_name} {b.prison_number}".strip(),
                                        f"{b.lead_name} ({b.visitors})")):
                self.table.setItem(i, col, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(tr("Outcome of {ref}").format(ref=b.ref))
            for label, value in labels:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(b.outcome or "")))
            self.combos[b.id] = combo
            self.table.setCellWidget(i, 3, combo)
        layout.addWidget(self.table, 1)
        if not self.bookings:
            layout.addWidget(QLabel(tr("No booked visits in this session to record.")))
        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        everyone = QPushButton(tr("Mark the rest &attended"))
        everyone.setAccessibleName(tr("Mark the rest attended"))
        everyone.clicked.connect(self.rest_attended)
        buttons.addButton(everyone, QDialogButtonBox.ButtonRole.ActionRole)
        wide_enough(everyone)
        wide_enough(buttons.button(QDialogButtonBox.StandardButton.Save))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_outcome(self, booking_id: str, outcome: str) -> None:
        combo = self.combos[booking_id]
        combo.setCurrentIndex(combo.findData(outcome))

    def rest_attended(self) -> None:
        """Most families come: every booking not yet given an outcome is set to attended."""
        for combo in self.combos.values():
            if not combo.currentData():
                combo.setCurrentIndex(combo.findData("attended"))

    def chosen(self) -> dict[str, str]:
        """The outcomes that differ from what is stored (rows left "not recorded" are left alone)."""
        stored = {b.id: b.outcome or "" for b in self.bookings}
        return {bid: combo.currentData() for bid, combo in self.combos.items()
                if combo.currentData() and combo.currentData() != stored[bid]}

    def has_input(self) -> bool:
        return bool(self.chosen())

    def draft_values(self) -> dict:
        return {"_template": self.session_key[0], "_on": self.session_key[1].isoformat(), "outcomes": self.chosen()}

    def restore_values(self, values: dict) -> None:
        for booking_id, outcome in (values.get("outcomes") or {}).items():
            if booking_id in self.combos:
                self.set_outcome(booking_id, outcome)

    def save(self) -> None:
        outcomes = self.chosen()
        if not outcomes:
            self.reject()
            return
        if operations.write(self, lambda s: visits.record_outcomes(s, outcomes), changes={VISITS},
                            failure=self.message.setText):
            self.accept()

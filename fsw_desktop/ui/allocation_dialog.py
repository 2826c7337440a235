"""The proposed allocation of a family day's places, seen before anything is stored.

Allocated and waiting in rank order, the reason for each rank, totals against places. Staff may move a
family between allocated and waiting, always with a reason (kept as the family's priority override);
Confirm stores it in one write.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialogButtonBox, QHeaderView, QInputDialog, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..services.visits import family_day_places as places
from ..services.visits import family_days as fd
from ..words import QT_TRANSLATE_NOOP, tr
from . import operations
from .family_day_places_dialog import wide_enough
from .forms import DraftForm
from .operations import FAMILY_DAYS


def headers() -> list[str]:
    """The table's headings, in the desk's language."""
    return [tr("Rank"), tr("Family"), tr("Place"), tr("People"), tr("Priority"), tr("Why this rank")]


class AllocationDialog(DraftForm):
    """A draft over a lock keeps the moves and their reasons (``draft_values``)."""

    form_id = "family-day-allocation"
    title = QT_TRANSLATE_NOOP("", "Allocate places")

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], day,  # noqa: ANN001
                 proposal: fd.AllocationResult) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.day = day
        self.proposal = proposal
        self.moves: list[places.Move] = []
        self.allocation: fd.AllocationResult | None = None
        self.setWindowTitle(tr("Allocate places: {day}").format(day=day.title or day.kind))
        self.setAccessibleName(tr("Proposed allocation"))
        self.resize(960, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The proposed allocation, by need (never by incentive level). Nothing is saved until you "
                          "confirm. Move a family between allocated and waiting if you must: the reason is kept."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.totals = QLabel("")
        self.totals.setAccessibleName(tr("Totals against places"))
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        labels = headers()
        self.table = QTableWidget(0, len(labels))
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setAccessibleName(tr("Families in rank order"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(len(labels) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(labels) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._offer_move())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = QPushButton(tr("&Move to waiting…"))
        self.move_button.setAccessibleName(tr("Move between allocated and waiting"))
        self.move_button.clicked.connect(self._ask_move)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.confirm_button = buttons.addButton(tr("&Confirm allocation"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setAccessibleName(tr("Confirm allocation"))
        wide_enough(self.confirm_button)
        wide_enough(self.move_button, max(tr("&Move to waiting…"), tr("&Give a place…"), key=len))  # its longer text
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill()

    def current(self) -> fd.AllocationResult:
        """The proposal with the moves made so far."""
        return places.adjusted(self.proposal, self.moves)

    def _rows(self) -> list[tuple[fd.RequestRow, str]]:
        now = self.current()
        return [(r, "allocated") for r in now.allocated] + [(r, "waiting") for r in now.waiting]

    def _fill(self) -> None:
        now = self.current()
        moved = {m.request_id: m for m in self.moves}
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for i, (r, place) in enumerate(rows):
            why = "; ".join(f"{label} {points:+d}" for label, points in r.score.parts()) or tr("No priority points")
            if r.request_id in moved:
                why = tr("Moved by staff: {reason} · was {why}").format(reason=moved[r.request_id].reason, why=why)
            cells = [str(i + 1), f"{r.prisoner_name} {r.prison_number}".strip(),
                     tr("ALLOCATED") if place == "allocated" else tr("waiting"), str(r.people), str(r.effective), why]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.request_id in moved:  # staff's own placing stands out
                    item.setBackground(QBrush(QColor("#fff8c5")))
                item.setData(Qt.ItemDataRole.UserRole, r.request_id)
                if col == 5:
                    item.setToolTip(text)
                self.table.setItem(i, col, item)
        over = now.families_used > now.capacity_families or now.people_used > now.capacity_people
        parts = [tr("Allocated: {families} of {capacity_families} families, {people} of {capacity_people} people "
                    "· Waiting: {waiting} families").format(
            families=now.families_used, capacity_families=now.capacity_families, people=now.people_used,
            capacity_people=now.capacity_people, waiting=len(now.waiting))]
        if over:
            parts.append(tr("OVER THE PLACES: move a family to waiting before confirming"))
        if moved:
            parts.append(tr("%n moved by staff", "", len(moved)))
        self.totals.setText(" · ".join(parts))
        self.totals.setObjectName("Error" if over else "")
        self.totals.setStyleSheet(self.totals.styleSheet())
        self.table.resizeRowsToContents()
        self._offer_move()

    def _selected(self) -> tuple[fd.RequestRow, str] | None:
        row = self.table.currentRow()
        rows = self._rows()
        return rows[row] if 0 <= row < len(rows) else None

    def _offer_move(self) -> None:
        chosen = self._selected()
        self.move_button.setEnabled(chosen is not None)
        self.move_button.setText(tr("&Give a place…") if chosen and chosen[1] == "waiting"
                                 else tr("&Move to waiting…"))

    def _ask_move(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        r, place = chosen
        to = "waiting" if place == "allocated" else "allocated"
        question = (tr("Why should {name} be waiting? (kept with the family's priority)") if to == "waiting" else
                    tr("Why should {name} be allocated? (kept with the family's priority)"))
        reason, ok = QInputDialog.getText(self, tr("Move a family"), question.format(name=r.prisoner_name))
        if ok:
            self.move_family(r.request_id, to, reason)

    def move_family(self, request_id: str, to: str, reason: str) -> bool:
        """Move a family to ``to`` (allocated or waiting) with a reason; refused (and said) without one."""
        if not (reason or "").strip():
            self.message.setText(tr("Say why the family is moved: the reason is kept."))
            return False
        self.message.setText("")
        self.moves = [m for m in self.moves if m.request_id != request_id]
        self.moves.append(places.Move(request_id, to, reason.strip()))
        self._fill()
        return True

    def has_input(self) -> bool:
        return bool(self.moves)

    def draft_values(self) -> dict:
        return {"_day": self.day.id, "moves": [[m.request_id, m.to, m.reason] for m in self.moves]}

    def restore_values(self, values: dict) -> None:
        known = {r.request_id for r in self.proposal.allocated + self.proposal.waiting}
        for request_id, to, reason in values.get("moves") or []:
            if request_id in known:
                self.move_family(request_id, to, reason)

    def confirm(self) -> None:
        written = operations.write(
            self, lambda s: places.confirm_allocation(s, self.day.id, self.proposal, self.moves),
            changes={FAMILY_DAYS}, failure=self.message.setText)
        if written:
            self.allocation = written.result
            self.accept()

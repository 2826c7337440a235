"""The caseload: every case with its derived stage and flags, sortable and searchable."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit
from sqlalchemy.orm import Session

from ...services.casework import casework
from ..operations import CASES, PEOPLE, SETTINGS
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from ..table_view import TableView
from .base import Page

COLUMNS = [
    Column("Ref", lambda r: r.reference),
    Column("Family", lambda r: r.family_label),
    Column("Prisoner", lambda r: r.prisoner_name),
    Column("Stage", lambda r: r.stage, warn=lambda r: r.stage == "review due"),
    Column("Next review", lambda r: r.next_review),  # what a worker scans for comes before the history
    Column("Flags", lambda r: r.flags, warn=lambda r: bool(r.flags)),
    Column("Prison no.", lambda r: r.prison_number),
    Column("Last contact", lambda r: r.last_contact),
    Column("Referred", lambda r: r.referral_date),
]


NO_OPEN_CASES = ("No open cases. Start one with New referral (Ctrl+N), "
                 "or bring in a spreadsheet with File → Import caseload.")
NO_MATCH = "No cases match. Clear the search, or choose All cases and Any stage."


class CaseloadPage(Page):
    title = "Caseload"
    shows = frozenset({CASES, PEOPLE, SETTINGS})  # the review interval decides who is due
    open_case = Signal(str)
    quick_contact = Signal(str)

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name, case reference or prison number")
        self.search.setAccessibleName("Search caseload")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem("Open cases", "open")
        self.status.addItem("Closed cases", "closed")
        self.status.addItem("All cases", "all")
        self.status.setAccessibleName("Case status filter")
        self.stage = QComboBox()
        self.stage.addItem("Any stage", "")
        for s in ("new", "assessed", "planned", "active", "review due"):
            self.stage.addItem(s.capitalize(), s)
        self.stage.setAccessibleName("Stage filter")
        self.count = QLabel("")
        self.count.setObjectName("Muted")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.stage)
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)

        self.model = RowTableModel(COLUMNS)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn([c.header for c in COLUMNS].index("Stage"))
        self.table = TableView("Caseload table", NO_OPEN_CASES)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z first (Qt starts Z to A)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._activated)
        contact = QAction("Log contact for the selected case", self)
        contact.setShortcut(QKeySequence("Ctrl+K"))
        contact.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        contact.triggered.connect(self._quick_contact)
        self.addAction(contact)
        self.layout_.addWidget(self.table, 1)

        self.search.textChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.stage.currentIndexChanged.connect(self._stage_filter)

    def _stage_filter(self) -> None:
        stage = self.stage.currentData()
        self.proxy.setFilterFixedString(stage)
        self._count()

    def refresh(self) -> None:
        with self.session_factory() as s:
            rows = casework.caseload(s, status=self.status.currentData(), search=self.search.text().strip() or None)
        self.model.set_rows(rows)
        self._count()

    def _count(self) -> None:
        n = self.proxy.rowCount()
        self.count.setText(f"{n} case{'s' if n != 1 else ''}")
        filtered = self.search.text().strip() or self.stage.currentData() or self.status.currentData() != "open"
        self.table.set_empty_text(NO_MATCH if filtered else NO_OPEN_CASES)

    def _activated(self, index) -> None:  # noqa: ANN001
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.open_case.emit(row.id)

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row.id if row is not None else None

    def _quick_contact(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.quick_contact.emit(case_id)

    def show_search(self, text: str) -> None:
        self.status.setCurrentIndex(2)
        self.search.setText(text)
        self.search.setFocus()

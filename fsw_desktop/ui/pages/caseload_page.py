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
from ...words import QT_TRANSLATE_NOOP, tr
from ...services.desk import vocab

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("", "Family"), lambda r: r.family_label),
    Column(QT_TRANSLATE_NOOP("", "Prisoner"), lambda r: r.prisoner_name),
    Column(QT_TRANSLATE_NOOP("", "Stage"), lambda r: vocab.label(r.stage), warn=lambda r: r.stage == "review due"),
    Column(QT_TRANSLATE_NOOP("", "Next review"), lambda r: r.next_review),  # what a worker scans for comes first
    Column(QT_TRANSLATE_NOOP("", "Flags"), lambda r: r.flags, warn=lambda r: bool(r.flags)),
    Column(QT_TRANSLATE_NOOP("", "Prison no."), lambda r: r.prison_number),
    Column(QT_TRANSLATE_NOOP("", "Last contact"), lambda r: r.last_contact),
    Column(QT_TRANSLATE_NOOP("", "Referred"), lambda r: r.referral_date),
]


NO_OPEN_CASES = QT_TRANSLATE_NOOP("", "No open cases. Start one with New referral (Ctrl+N), "
                                      "or bring in a spreadsheet with File → Import caseload.")
NO_MATCH = QT_TRANSLATE_NOOP("", "No cases match. Clear the search, or choose All cases and Any stage.")


class CaseloadPage(Page):
    title = QT_TRANSLATE_NOOP("", "Caseload")
    shows = frozenset({CASES, PEOPLE, SETTINGS})  # the review interval decides who is due
    open_case = Signal(str)
    quick_contact = Signal(str)

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search by name, case reference or prison number"))
        self.search.setAccessibleName(tr("Search caseload"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(tr("Open cases"), "open")
        self.status.addItem(tr("Closed cases"), "closed")
        self.status.addItem(tr("All cases"), "all")
        self.status.setAccessibleName(tr("Case status filter"))
        self.stage = QComboBox()
        self.stage.addItem(tr("Any stage"), "")
        for s, label in (("new", tr("New", "case stage")), ("assessed", tr("Assessed", "case stage")),
                         ("planned", tr("Planned", "case stage")), ("active", tr("Active", "case stage")),
                         ("review due", tr("Review due", "case stage"))):  # not shown: the value, beside its label
            self.stage.addItem(label, s)
        self.stage.setAccessibleName(tr("Stage filter"))
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
        self.proxy.setFilterKeyColumn([c.header for c in COLUMNS].index("Stage"))  # not shown: the heading as kept
        self.table = TableView(tr("Caseload table"), tr(NO_OPEN_CASES))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z first (Qt starts Z to A)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._activated)
        contact = QAction(tr("Log contact for the selected case"), self)
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
        self.count.setText(tr("%n case|%n cases", "", n))
        filtered = self.search.text().strip() or self.stage.currentData() or self.status.currentData() != "open"
        self.table.set_empty_text(tr(NO_MATCH) if filtered else tr(NO_OPEN_CASES))

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

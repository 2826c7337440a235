"""Partner agencies, with entries not checked for a year flagged stale."""

from __future__ import annotations

from typing import Callable

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton
from sqlalchemy.orm import Session

from ...services.casework import directory
from ...models.directory import Agency
from .. import case_forms, operations
from ..duplicates_dialog import DuplicatesDialog, open_duplicates
from ..form_dialog import FormDialog
from ..operations import DIRECTORY
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from ..table_view import TableView
from .base import Page
from ...words import QT_TRANSLATE_NOOP, tr
from ...services.desk import vocab

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("", "Agency"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("", "Category"), lambda r: vocab.label(r.category)),
    Column(QT_TRANSLATE_NOOP("", "Contact"), lambda r: r.contact_person),
    Column(QT_TRANSLATE_NOOP("", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("", "Area"), lambda r: r.area),
    Column(QT_TRANSLATE_NOOP("", "Offers"), lambda r: r.offers),
    Column(QT_TRANSLATE_NOOP("", "Last checked"), lambda r: r.last_checked, warn=lambda r: r.stale),
    Column(QT_TRANSLATE_NOOP("", "Stale"), lambda r: tr("Check details") if r.stale else "", warn=lambda r: r.stale),
]


class DirectoryPage(Page):
    title = QT_TRANSLATE_NOOP("", "Directory")
    shows = frozenset({DIRECTORY})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter agencies"))
        self.filter.setAccessibleName(tr("Filter agencies"))
        self.filter.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for text, slot in ((tr("&Add agency"), self.add_agency), (tr("&Edit"), self.edit_agency),
                           (tr("Mark &checked today"), self.mark_checked)):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(button)
        self.duplicates_button = QPushButton(tr("Possible d&uplicate people…"))
        self.duplicates_button.setAccessibleName(tr("Possible duplicate people"))
        self.duplicates_button.setToolTip(tr("People typed twice with small differences: review, merge or keep apart"))
        self.duplicates_button.clicked.connect(lambda: self.review_duplicates())
        bar.addWidget(self.duplicates_button)
        self.layout_.addLayout(bar)
        self.model = RowTableModel(COLUMNS)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self._filter)
        self.table = TableView(tr("Agencies table"), tr("No agencies yet. Add one with Add agency (Alt+A)."))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z first (Qt starts Z to A)
        self.table.doubleClicked.connect(lambda _i: self.edit_agency())
        self.layout_.addWidget(self.table, 1)

    def review_duplicates(self) -> DuplicatesDialog:
        return open_duplicates(self)

    def refresh(self) -> None:
        with self.session_factory() as s:
            self.model.set_rows(directory.agencies(s))
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.table.set_empty_text(
            tr("No agencies match. Clear the filter, or add one with Add agency (Alt+A).")
            if text.strip() and self.model.rows else tr("No agencies yet. Add one with Add agency (Alt+A)."))

    def _selected(self):  # noqa: ANN202
        index = self.table.currentIndex()
        return self.proxy.data(index, ROW_ROLE) if index.isValid() else None

    def _open(self, built, values: dict | None = None) -> FormDialog:  # noqa: ANN001
        spec, saver = built
        dialog = self.open_form(spec, saver, changes={DIRECTORY})
        if values:
            dialog.restore_values({k: v for k, v in values.items() if not k.startswith("_")})
        return dialog

    def add_agency(self, values: dict | None = None) -> FormDialog:
        agency = None
        agency_id = (values or {}).get("_context", {}).get("agency_id")
        if agency_id:
            with self.session_factory() as s:
                agency = s.get(Agency, agency_id)
        return self._open(case_forms.agency_form(agency), values)

    def edit_agency(self) -> FormDialog | None:
        row = self._selected()
        if row is None:
            return None
        with self.session_factory() as s:
            agency = s.get(Agency, row.id)
        return self._open(case_forms.agency_form(agency))

    def mark_checked(self) -> None:
        row = self._selected()
        if row is None:
            return
        operations.write(self, lambda s: directory.mark_checked(s, row.id, date.today()), changes={DIRECTORY},
                         title=tr("Directory"))

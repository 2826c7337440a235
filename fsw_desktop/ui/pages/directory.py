"""Partner agencies, with entries not checked for a year flagged stale."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView
from sqlalchemy.orm import Session

from ...services import directory
from ..table_model import SORT_ROLE, Column, RowTableModel
from .base import Page

COLUMNS = [
    Column("Agency", lambda r: r.name),
    Column("Category", lambda r: r.category),
    Column("Contact", lambda r: r.contact_person),
    Column("Phone", lambda r: r.phone),
    Column("Area", lambda r: r.area),
    Column("Offers", lambda r: r.offers),
    Column("Last checked", lambda r: r.last_checked, warn=lambda r: r.stale),
    Column("Stale", lambda r: "Check details" if r.stale else "", warn=lambda r: r.stale),
]


class DirectoryPage(Page):
    title = "Directory"

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter agencies")
        self.filter.setAccessibleName("Filter agencies")
        self.filter.setClearButtonEnabled(True)
        self.layout_.addWidget(self.filter)
        self.model = RowTableModel(COLUMNS)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName("Agencies table")
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        with self.session_factory() as s:
            self.model.set_rows(directory.agencies(s))

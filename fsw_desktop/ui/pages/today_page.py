"""Today: what needs doing now, grouped, each line opening its case."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QLabel
from sqlalchemy.orm import Session

from ...services.applications import applications, working_days
from ...services.casework import casework
from ...services.desk import settings
from ..operations import APPLICATIONS, CASES, PEOPLE, SETTINGS
from ..fit import fit_tree_columns
from .base import Page

SECTIONS = (
    ("overdue_reviews", "Reviews overdue"),
    ("not_yet_contacted", "Referrals not yet contacted"),
    ("no_recent_contact", "No contact recently"),
    ("tasks_due", "Plan tasks due"),
    ("missing_scores", "Outcome scores missing"),
    ("releases_soon", "Releases within {weeks}"),  # the release_warning_weeks setting, as the list uses
)


def _weeks(n: int) -> str:
    return f"{n} week{'s' if n != 1 else ''}"


class TodayPage(Page):
    title = "Today"
    shows = frozenset({CASES, PEOPLE, APPLICATIONS, SETTINGS})
    open_case = Signal(str)
    open_applications = Signal()

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.date_label = QLabel("")
        self.date_label.setObjectName("Muted")
        self.layout_.addWidget(self.date_label)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["What", "Detail", "Date"])
        self.tree.setAccessibleName("Today's work")
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.layout_.addWidget(self.tree, 1)

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        self.date_label.setText(today.strftime("%A %d %B %Y"))
        with self.session_factory() as s:
            items = casework.today(s, today)
            weeks = _weeks(settings.get(s, "release_warning_weeks"))
        self.tree.clear()
        for attr, heading in SECTIONS:
            heading = heading.format(weeks=weeks)
            entries = getattr(items, attr)
            top = QTreeWidgetItem([f"{heading} ({len(entries)})", "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for e in entries:
                child = QTreeWidgetItem([f"{e.reference}  {e.label}", e.detail,
                                         e.date.strftime("%d %b %Y") if e.date else ""])
                child.setData(0, Qt.ItemDataRole.UserRole, e.case_id)
                top.addChild(child)
            top.setExpanded(bool(entries) and len(entries) <= 12)
        self._applications(today)
        fit_tree_columns(self.tree, stretch=1)  # a long detail cannot push the others off screen

    def _applications(self, today: date) -> None:
        """Prisoners' applications overdue or due today: acknowledge and answer quickly."""
        with self.session_factory() as s:
            rows = applications.listing(s, today, due_filter="due", holidays=working_days.holidays_for(s))
        top = QTreeWidgetItem([f"Applications overdue or due today ({len(rows)})", "", ""])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        for r in rows:  # the date is the deadline that counts: acknowledgement while received, then response
            owed = "acknowledgement" if r.awaiting_acknowledgement else "response"
            child = QTreeWidgetItem([f"{r.ref}  {r.prisoner}", f"{r.kind}: {owed} {r.due_state} ({r.status})",
                                     r.due_on.strftime("%d %b %Y")])
            child.setData(0, Qt.ItemDataRole.UserRole + 1, r.id)
            top.addChild(child)
        top.setExpanded(bool(rows) and len(rows) <= 12)

    def _activated(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case.emit(case_id)
        elif item.data(0, Qt.ItemDataRole.UserRole + 1):
            self.open_applications.emit()

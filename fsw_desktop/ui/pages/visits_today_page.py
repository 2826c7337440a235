"""Today for the visitor centre: today's sessions, who is coming, first-time families to meet."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem
from sqlalchemy.orm import Session

from ...services.visits import calendar, family_days, visits
from ..operations import FAMILY_DAYS, PEOPLE, VISITS
from ..fit import fit_tree_columns
from .base import Page


class VisitsTodayPage(Page):
    title = "Today"
    shows = frozenset({VISITS, FAMILY_DAYS, PEOPLE})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.date_label = QLabel("")
        self.date_label.setObjectName("Muted")
        self.layout_.addWidget(self.date_label)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Session / booking", "Visitors", "Type", "Note"])
        self.tree.setAccessibleName("Today's sessions and bookings")
        self.tree.setAlternatingRowColors(True)
        self.layout_.addWidget(self.tree, 1)

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        self.date_label.setText(today.strftime("%A %d %B %Y"))
        with self.session_factory() as s:
            slots = calendar.sessions_between(s, today, today)
            bookings = visits.bookings_for(s, on=today, status=("booked", "requested"))
            days = family_days.family_days(s, today, today + timedelta(days=28))
        self.tree.clear()
        for sl in sorted(slots, key=lambda x: x.starts):
            mine = [b for b in bookings if b.template_id == sl.template_id]
            first = sum(b.first_visit for b in mine)
            head = QTreeWidgetItem([
                f"{sl.starts}–{sl.ends} {sl.room}" + (" — BLOCKED" if sl.blocked else ""),
                f"{sum(b.visitors for b in mine)} visitors", f"open {sl.booked_open}/{sl.open_capacity}, "
                f"closed {sl.booked_closed}/{sl.closed_capacity}", f"{first} first-time famil{'y' if first == 1 else 'ies'}"
                if first else ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for b in mine:
                head.addChild(QTreeWidgetItem([
                    f"{b.ref}  {b.prisoner_name} {b.prison_number}".strip(), f"{b.visitors} (lead {b.lead_name})",
                    visits.VISIT_TYPE_LABELS.get(b.visit_type, b.visit_type) + (" · CLOSED" if b.closed else ""),
                    "FIRST VISIT: meet and explain the day" if b.first_visit else
                    ("waiting list" if b.waiting_list else "")]))
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        if not slots:
            self.tree.addTopLevelItem(QTreeWidgetItem(["No visit sessions today."]))
        if days:
            top = QTreeWidgetItem([f"Family days in the next four weeks ({len(days)})"])
            for d in days:
                top.addChild(QTreeWidgetItem([f"{d.on.strftime('%a %d %b')}  {d.title or d.kind}", "",
                                              d.kind, f"clearance by {d.clearance_deadline:%d %b}"
                                              if d.clearance_deadline else ""]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        fit_tree_columns(self.tree, stretch=3)  # a long detail cannot push the others off screen

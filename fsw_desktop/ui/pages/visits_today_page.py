"""Today for the visitor centre: today's and tomorrow's sessions, what still waits, family days ahead.

Each row opens its record: a session or booking on the Visits page, a family day on the Family days page
(double-click or Enter).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date
from ...services.visits import hall_today, visits
from ..operations import FAMILY_DAYS, PEOPLE, VISITS
from ..fit import ElidedTips
from ..flag_dialog import FlagDialog
from .base import Page

OPEN_ROLE = Qt.ItemDataRole.UserRole  # ("session", template_id, on, booking_id) or ("family day", id)


def _day(d: date) -> str:
    """A day within these few weeks: "Sat 05 Dec" (the year is plain)."""
    return show_date(d, weekday="short", year=False)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class VisitsTodayPage(Page):
    title = "Today"
    shows = frozenset({VISITS, FAMILY_DAYS, PEOPLE})
    open_session = Signal(str, object, str)  # template id, date, booking id ("" for the session)
    open_family_day = Signal(str)

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.date_label = QLabel("")
        self.date_label.setObjectName("Muted")
        self.date_label.setWordWrap(True)
        self.layout_.addWidget(self.date_label)
        self.tree = QTreeWidget()
        ElidedTips.install(self.tree)  # a detail cut short shows whole as a tooltip
        self.tree.setHeaderLabels(["Session, booking or family day", "Places", "Visitors", "Note"])
        self.tree.setAccessibleName("Today and tomorrow in the visits hall")
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        # the figures and notes are read whole; a long name gives way first (its tooltip has it all)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.tree, 1)

    def refresh(self, today: date | None = None) -> None:
        with self.session_factory() as s:
            day = hall_today.hall_day(s, today)
            for f in day.family_days:
                s.expunge(f.day)
        booked_tomorrow = sum(h.booked for h in day.sessions_tomorrow)
        self.date_label.setText(
            f"{show_date(day.today, weekday='long')} · today {_plural(len(day.sessions_today), 'session', 'sessions')}, "
            f"tomorrow {_plural(len(day.sessions_tomorrow), 'session', 'sessions')} ({booked_tomorrow} booked) · "
            f"{len(day.waiting)} waiting for approval · double-click a row (or press Enter) to open it.")
        self.tree.clear()
        self._flags(day)
        self._sessions("Today", day.today, day.sessions_today)
        self._sessions("Tomorrow", day.today + timedelta(days=1), day.sessions_tomorrow)
        self._waiting(day)
        self._family_days(day)
        for item in self._items():  # a clipped cell is read whole in its tooltip
            for col in range(4):
                item.setToolTip(col, item.text(col))

    def show_search(self, text: str) -> int:
        """The window's search on a visits hall: matching bookings on top, each opening its session."""
        with self.session_factory() as s:
            found = hall_today.find_bookings(s, text)
        self.refresh()
        top = QTreeWidgetItem([f"Bookings for “{text.strip()}” ({len(found)})"])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.insertTopLevelItem(0, top)
        top.setFirstColumnSpanned(True)
        for b in found:
            item = QTreeWidgetItem(top, [
                f"{_day(b.on)} {b.starts}  {b.ref}  {b.prisoner_name} {b.prison_number}".strip(),
                b.status + (" (waiting list)" if b.waiting_list else ""), f"{b.visitors} (lead {b.lead_name})",
                b.outcome])
            item.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
            item.setToolTip(0, item.text(0))
        if not found:
            QTreeWidgetItem(top, ["No bookings from the last four weeks on for that name, prison number or reference."])
        top.setExpanded(True)
        self.tree.scrollToTop()
        return len(found)

    def _items(self) -> list[QTreeWidgetItem]:
        out, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _group(self, text: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem([text])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        top.setExpanded(True)
        return top

    def _sessions(self, label: str, on: date, sessions: list[hall_today.HallSession]) -> None:
        if not sessions:
            self._group(f"{label}, {_day(on)}: no visit sessions")
            return
        top = self._group(f"{label}, {_day(on)}")
        for h in sessions:
            sl = h.slot
            first = sum(b.first_visit for b in h.bookings)
            head = QTreeWidgetItem(top, [
                f"{sl.starts}–{sl.ends} {sl.room}" + (f" — BLOCKED: {sl.blocked_why}" if sl.blocked else ""),
                f"{h.booked} of {h.places} booked, {h.left} left",
                f"{sum(b.visitors for b in h.bookings)} visitors",
                (_plural(first, "first-time family", "first-time families") if first else "")
                + (f" · {sl.waiting} on the waiting list" if sl.waiting else "")])
            head.setData(0, OPEN_ROLE, ("session", sl.template_id, sl.on, ""))
            for b in h.bookings:
                child = QTreeWidgetItem(head, [
                    f"{b.ref}  {b.prisoner_name} {b.prison_number}".strip(),
                    b.status + (" (waiting list)" if b.waiting_list else ""), f"{b.visitors} (lead {b.lead_name})",
                    "FIRST VISIT: meet them" if b.first_visit else
                    visits.VISIT_TYPE_LABELS.get(b.visit_type, b.visit_type) + (" · CLOSED" if b.closed else "")])
                child.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
            head.setExpanded(True)

    def _flags(self, day: hall_today.HallDay) -> None:
        """Bookings and places that no longer pass since circumstances changed: first, as they need acting on."""
        if not day.flagged:
            return
        top = self._group(f"Flagged: no longer pass their rules ({len(day.flagged)})")
        for f in day.flagged:
            item = QTreeWidgetItem(top, [f"⚑ {f.target_ref}  {f.prisoner_name} {f.prison_number}".strip(),
                                         _day(f.on), f.cause_label, f.what])
            item.setData(0, OPEN_ROLE, ("flag", f.id))
            line = QTreeWidgetItem(item, [f.first_reason])  # the reason reads across, on a line of its own
            line.setData(0, OPEN_ROLE, ("flag", f.id))
            line.setFirstColumnSpanned(True)
            item.setExpanded(True)

    def _waiting(self, day: hall_today.HallDay) -> None:
        pending = sum(f.not_cleared for f in day.family_days)
        top = self._group(f"Waiting for approval or clearance ({len(day.waiting)} bookings, "
                          f"{pending} family-day visitors not cleared)")
        for b in day.waiting:
            item = QTreeWidgetItem(top, [
                f"{b.ref}  {b.prisoner_name} {b.prison_number}".strip(), f"{_day(b.on)} {b.starts}",
                f"{b.visitors} (lead {b.lead_name})", "waiting list" if b.waiting_list else "asked, not yet booked"])
            item.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
        if not day.waiting and not pending:
            QTreeWidgetItem(top, ["Nothing waiting."])

    def _family_days(self, day: hall_today.HallDay) -> None:
        top = self._group(f"Family days in the next eight weeks ({len(day.family_days)})")
        for f in day.family_days:
            d = f.day
            deadline = ""
            if d.clearance_deadline:
                left = (d.clearance_deadline - day.today).days
                deadline = (f"clearance by {show_date(d.clearance_deadline, year=False)}"
                            + (f" ({left} days)" if left > 0 else " (today)" if left == 0 else " (PASSED)"))
            item = QTreeWidgetItem(top, [
                f"{_day(d.on)}  {d.title or d.kind}",
                f"{f.allocated} of {d.capacity_families} allocated, {f.waiting} waiting",
                f"{f.asked} to allocate" if f.asked else "", ""])
            if deadline or f.not_cleared:  # the deadline is what the desk chases: a line of its own
                parts = [deadline[:1].upper() + deadline[1:],
                         f"{f.not_cleared} visitors not cleared yet" if f.not_cleared else ""]
                line = QTreeWidgetItem(item, [", ".join(x for x in parts if x)])
                line.setData(0, OPEN_ROLE, ("family day", d.id))
                line.setFirstColumnSpanned(True)
                item.setExpanded(True)
            item.setData(0, OPEN_ROLE, ("family day", d.id))
        if not day.family_days:
            QTreeWidgetItem(top, ["No family days planned in the next eight weeks."])

    def resolve_flag(self, flag_id: str) -> FlagDialog:
        dialog = FlagDialog(self, self.session_factory, flag_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, OPEN_ROLE)
        if not target:
            return
        if target[0] == "family day":
            self.open_family_day.emit(target[1])
        elif target[0] == "flag":
            self.resolve_flag(target[1])
        else:
            self.open_session.emit(target[1], target[2], target[3])

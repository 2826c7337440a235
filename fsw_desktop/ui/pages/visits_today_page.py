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
from ...words import QT_TRANSLATE_NOOP, tr
from ..operations import FAMILY_DAYS, PEOPLE, VISITS
from ..fit import ElidedTips
from ..flag_dialog import FlagDialog
from .base import Page
from ...services.desk import vocab

DETAIL_COLUMNS = (1, 2, 3)  # places, visitors, note
OPEN_ROLE = Qt.ItemDataRole.UserRole  # ("session", template_id, on, booking_id) or ("family day", id)


def _day(d: date) -> str:
    """A day within these few weeks: "Sat 05 Dec" (the year is plain)."""
    return show_date(d, weekday="short", year=False)


def _status(b: visits.BookingRow) -> str:
    return tr("{status} (waiting list)").format(status=vocab.label(b.status)) if b.waiting_list else vocab.label(b.status)


def _visitors(b: visits.BookingRow) -> str:
    return tr("{visitors} (lead {lead})").format(visitors=b.visitors, lead=b.lead_name)


class VisitsTodayPage(Page):
    title = QT_TRANSLATE_NOOP("", "Today")
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
        self.tree.setHeaderLabels([tr("Session, booking or family day"), tr("Places"), tr("Visitors"), tr("Note")])
        self.tree.setAccessibleName(tr("Today and tomorrow in the visits hall"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        # a long name gives way first (its tooltip has it all), but never below a quarter of the
        # table: the detail columns take what they need up to a quarter each, and a longer detail
        # (a Welsh figure, a lead visitor's full name) is cut short, whole in its tooltip
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in DETAIL_COLUMNS:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.layout_.addWidget(self.tree, 1)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Fitted again on every refresh and resize: a column dragged wider by hand goes back then,
        which keeps the names in view on a page that is refreshed after every visit written."""
        header = self.tree.header()
        cap = max(self.tree.viewport().width() // (len(DETAIL_COLUMNS) + 1), header.minimumSectionSize())
        for col in DETAIL_COLUMNS:
            need = max(self.tree.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(need, cap))

    def refresh(self, today: date | None = None) -> None:
        with self.session_factory() as s:
            day = hall_today.hall_day(s, today)
            for f in day.family_days:
                s.expunge(f.day)
        booked_tomorrow = sum(h.booked for h in day.sessions_tomorrow)
        self.date_label.setText(tr(
            "{date} · today {today}, tomorrow {tomorrow} ({booked} booked) · {waiting} waiting for approval · "
            "double-click a row (or press Enter) to open it.").format(
            date=show_date(day.today, weekday="long"),
            today=tr("%n session|%n sessions", "", len(day.sessions_today)),
            tomorrow=tr("%n session|%n sessions", "", len(day.sessions_tomorrow)),
            booked=booked_tomorrow, waiting=len(day.waiting)))
        self.tree.clear()
        self._flags(day)
        self._sessions(tr("Today"), day.today, day.sessions_today)
        self._sessions(tr("Tomorrow"), day.today + timedelta(days=1), day.sessions_tomorrow)
        self._waiting(day)
        self._family_days(day)
        for item in self._items():  # a clipped cell is read whole in its tooltip
            for col in range(4):
                item.setToolTip(col, item.text(col))
        self._fit_columns()

    def show_search(self, text: str) -> int:
        """The window's search on a visits hall: matching bookings on top, each opening its session."""
        with self.session_factory() as s:
            found = hall_today.find_bookings(s, text)
        self.refresh()
        top = QTreeWidgetItem([tr("Bookings for “{text}” ({count})").format(text=text.strip(), count=len(found))])
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.insertTopLevelItem(0, top)
        top.setFirstColumnSpanned(True)
        for b in found:
            item = QTreeWidgetItem(top, [
                f"{_day(b.on)} {b.starts}  {b.ref}  {b.prisoner_name} {b.prison_number}".strip(),
                _status(b), _visitors(b), vocab.label(b.outcome)])
            item.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
            item.setToolTip(0, item.text(0))
        if not found:
            QTreeWidgetItem(top, [tr("No bookings from the last four weeks on for that name, prison number or "
                                     "reference.")])
        top.setExpanded(True)
        self._fit_columns()
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
            self._group(tr("{day}, {date}: no visit sessions").format(day=label, date=_day(on)))
            return
        top = self._group(f"{label}, {_day(on)}")
        for h in sessions:
            sl = h.slot
            first = sum(b.first_visit for b in h.bookings)
            when = f"{sl.starts}–{sl.ends} {sl.room}"
            # "visitors" whatever the count, as the English has always said
            head = QTreeWidgetItem(top, [
                tr("{when} — BLOCKED: {why}").format(when=when, why=sl.blocked_why) if sl.blocked else when,
                tr("{booked} of {places} booked, {left} left").format(booked=h.booked, places=h.places, left=h.left),
                tr("%n visitors", "", sum(b.visitors for b in h.bookings)),
                (tr("%n first-time family|%n first-time families", "", first) if first else "")
                + (" · " + tr("%n on the waiting list", "", sl.waiting) if sl.waiting else "")])
            head.setData(0, OPEN_ROLE, ("session", sl.template_id, sl.on, ""))
            for b in h.bookings:
                kind = tr(visits.VISIT_TYPE_LABELS.get(b.visit_type, b.visit_type))
                child = QTreeWidgetItem(head, [
                    f"{b.ref}  {b.prisoner_name} {b.prison_number}".strip(), _status(b), _visitors(b),
                    tr("FIRST VISIT: meet them") if b.first_visit else
                    tr("{kind} · CLOSED").format(kind=kind) if b.closed else kind])
                child.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
            head.setExpanded(True)

    def _flags(self, day: hall_today.HallDay) -> None:
        """Bookings and places that no longer pass since circumstances changed: first, as they need acting on."""
        if not day.flagged:
            return
        top = self._group(tr("Flagged: no longer pass their rules ({count})").format(count=len(day.flagged)))
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
        top = self._group(tr("Waiting for approval or clearance ({bookings} bookings, {visitors} family-day visitors "
                             "not cleared)").format(bookings=len(day.waiting), visitors=pending))
        for b in day.waiting:
            item = QTreeWidgetItem(top, [
                f"{b.ref}  {b.prisoner_name} {b.prison_number}".strip(), f"{_day(b.on)} {b.starts}",
                _visitors(b), tr("waiting list") if b.waiting_list else tr("asked, not yet booked")])
            item.setData(0, OPEN_ROLE, ("session", b.template_id, b.on, b.id))
        if not day.waiting and not pending:
            QTreeWidgetItem(top, [tr("Nothing waiting.")])

    def _family_days(self, day: hall_today.HallDay) -> None:
        top = self._group(tr("Family days in the next eight weeks ({count})").format(count=len(day.family_days)))
        for f in day.family_days:
            d = f.day
            deadline = ""
            if d.clearance_deadline:
                left = (d.clearance_deadline - day.today).days
                by = show_date(d.clearance_deadline, year=False)
                # "days" whatever the count, as the English has always said
                deadline = (tr("Clearance by {date} (%n days)", "", left).format(date=by) if left > 0 else
                            tr("Clearance by {date} (today)").format(date=by) if left == 0 else
                            tr("Clearance by {date} (PASSED)").format(date=by))
            item = QTreeWidgetItem(top, [
                f"{_day(d.on)}  {d.title or d.kind}",
                tr("{allocated} of {places} allocated, {waiting} waiting").format(
                    allocated=f.allocated, places=d.capacity_families, waiting=f.waiting),
                tr("{count} to allocate").format(count=f.asked) if f.asked else "", ""])
            if deadline or f.not_cleared:  # the deadline is what the desk chases: a line of its own
                parts = [deadline, tr("%n visitors not cleared yet", "", f.not_cleared) if f.not_cleared else ""]
                line = QTreeWidgetItem(item, [", ".join(x for x in parts if x)])
                line.setData(0, OPEN_ROLE, ("family day", d.id))  # not shown: the row's target
                line.setFirstColumnSpanned(True)
                item.setExpanded(True)
            item.setData(0, OPEN_ROLE, ("family day", d.id))  # not shown
        if not day.family_days:
            QTreeWidgetItem(top, [tr("No family days planned in the next eight weeks.")])

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

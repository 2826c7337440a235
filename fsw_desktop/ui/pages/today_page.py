"""Today: what to do next, most time-bound first, each line opening the place where it is done.

One list ordered by urgency whatever the kind of work (``services.casework.agenda``): overdue or
due today, then today's visits and family days of this desk's families, then what falls due
soon, then the rest. The summary line counts each group; its links jump to the group. Enter or a
double-click opens the work itself: an application selected on Applications, ready to Respond;
a case on the tab where the work is (a review on Assessments, a quiet family on Contacts); a
visit in its session on Visits; a family day on Family days; a travel claim reminder in the claim's
own dialog, where it is marked made or not claiming.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date
from ...services.applications import working_days
from ...services.casework import agenda
from ...services.casework.casework import TASK_WINDOW_DAYS
from ...services.desk import settings
from ..operations import APPLICATIONS, CASES, FAMILY_DAYS, PEOPLE, SETTINGS, VISITS
from ..fit import ElidedTips
from ..flag_dialog import FlagDialog
from ..travel_claim_dialog import TravelClaimDialog, open_travel_claim
from .base import Page
from ..plain_text import rich_label
from ...words import QT_TRANSLATE_NOOP, tr

TARGET_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_LATER_UP_TO = 12  # the last group starts folded when longer: the groups above it stay in view


def _weeks(n: int) -> str:
    return tr("%n week|%n weeks", "", n)


def _summary(group: str, n: int) -> str:
    """One group's count in the summary line."""
    if group == agenda.NOW:
        return tr("%n overdue or due today", "", n)
    if group == agenda.TODAY:
        return tr("%n visit or family day today|%n visits or family days today", "", n)
    if group == agenda.SOON:
        return tr("%n due soon", "", n)
    return tr("%n when you can", "", n)


class TodayPage(Page):
    title = QT_TRANSLATE_NOOP("", "Today")
    shows = frozenset({CASES, PEOPLE, APPLICATIONS, VISITS, FAMILY_DAYS, SETTINGS})
    open_case_tab = Signal(str, str)  # case id, tab (case_page.TABS)
    open_application = Signal(str)
    open_booking = Signal(str)
    open_family_day = Signal(str)

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.items: list[agenda.AgendaItem] = []
        self.date_label = QLabel("")
        self.date_label.setObjectName("Muted")
        self.layout_.addWidget(self.date_label)
        self.summary = rich_label("")  # links to each group: our words and counts only
        self.summary.setAccessibleName(tr("Summary of today"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.summary.linkActivated.connect(self.jump_to)
        self.layout_.addWidget(self.summary)
        self.tree = QTreeWidget()
        ElidedTips.install(self.tree)  # a detail cut short shows whole as a tooltip
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("What"), tr("Who"), tr("Detail"), tr("Date")])
        self.tree.setAccessibleName(tr("Today's work"))
        self.tree.setAccessibleDescription(tr("Most urgent first. Enter opens the line where the work is done."))
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the detail takes what is left
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.tree, 1)

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        self.date_label.setText(show_date(today, weekday="long"))
        with self.session_factory() as s:
            self.items = agenda.agenda(s, today, holidays=working_days.holidays_for(s))
            weeks = _weeks(settings.get(s, "release_warning_weeks"))
        counts = agenda.counts(self.items)
        links = []
        for group in agenda.GROUPS:
            n = counts[group]
            text = _summary(group, n)
            muted = f"<span style='color:#57606a'>{text}</span>"  # not shown: markup around the words
            links.append(f"<a href='{group}'>{text}</a>" if n else muted)  # not shown: markup around the words
        self.summary.setText(" · ".join(links))
        headings = {group: tr(title) for group, title in agenda.GROUP_TITLES.items()}
        headings[agenda.SOON] = tr("{heading}: applications, tasks within {days} days, releases within {weeks}").format(
            heading=headings[agenda.SOON], days=TASK_WINDOW_DAYS, weeks=weeks)
        self.tree.clear()
        for group in agenda.GROUPS:
            entries = [i for i in self.items if i.group == group]
            top = QTreeWidgetItem([f"{headings[group]} ({len(entries)})", "", "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, GROUP_ROLE, group)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only once in the tree: the heading reads across the columns
            for e in entries:
                child = QTreeWidgetItem([e.kind, f"{e.reference}  {e.title}", e.detail,
                                         show_date(e.when)])
                child.setData(0, TARGET_ROLE, (e.target, e.target_id, e.tab))
                child.setToolTip(2, e.detail)
                top.addChild(child)
            top.setExpanded(bool(entries) and (group != agenda.LATER or len(entries) <= OPEN_LATER_UP_TO))
        metrics = self.tree.fontMetrics()
        kinds = [i.kind for i in self.items] or [tr("Application")]
        self.tree.setColumnWidth(0, 40 + max(metrics.horizontalAdvance(k) for k in kinds))  # headings span
        whos = [f"{i.reference}  {i.title}" for i in self.items] or [""]
        self.tree.setColumnWidth(1, min(320, 16 + max(metrics.horizontalAdvance(w) for w in whos)))

    def group_item(self, group: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, GROUP_ROLE) == group:
                return top
        return None

    def lines(self, group: str) -> list[str]:
        """The 'Who' column of one group's lines, as the worker reads them (for tests and checks)."""
        top = self.group_item(group)
        return [top.child(j).text(1) for j in range(top.childCount())] if top else []

    def jump_to(self, group: str) -> None:
        """A summary link: the group unfolded, scrolled to the top and its first line chosen."""
        top = self.group_item(group)
        if top is None:
            return
        top.setExpanded(True)
        self.tree.scrollToItem(top, QTreeWidget.ScrollHint.PositionAtTop)
        self.tree.setCurrentItem(top.child(0) if top.childCount() else top)
        self.tree.setFocus()

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TARGET_ROLE)
        if not target:
            return
        kind, target_id, tab = target
        if kind == "case":
            self.open_case_tab.emit(target_id, tab or "overview")
        elif kind == "application":
            self.open_application.emit(target_id)
        elif kind == "booking":
            self.open_booking.emit(target_id)
        elif kind == "travel_claim":  # marked here, in the claim's own dialog, without leaving Today
            self.mark_travel_claim(target_id)
        elif kind == "family_day":
            self.open_family_day.emit(target_id)
        elif kind == "flag":
            self.resolve_flag(target_id)

    def mark_travel_claim(self, booking_id: str) -> TravelClaimDialog | None:
        """A travel claim reminder: the visit's claim marked made or not claiming, without leaving Today."""
        return open_travel_claim(self, booking_id)

    def resolve_flag(self, flag_id: str) -> FlagDialog:
        """A flagged visit or place: resolved here (cancel, move, keep), without leaving Today."""
        dialog = FlagDialog(self, self.session_factory, flag_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

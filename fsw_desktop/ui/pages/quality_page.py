"""The i-HOP quality statements: self-assessment of each checklist item, and the work plan (issue 7, seeds 002).

The first tab lists the eight statements with their "What can we do?" checklist:
each item's status (Not yet or N/A, In progress, Yes, in place) and evidence,
and on each statement's row how many items are in place. The second tab is the
work plan of Appendix A: per statement, actions for this month, three months or
six months, with evidence and comments, a lead and a completion date. Both print
together to one PDF. Kept only on this desk.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QSplitter, QStyledItemDelegate,
    QStyleOptionViewItem, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date, show_long_date
from ...errors import FswError
from ...models.supervision import PLAN_HORIZONS, QUALITY_STATUSES
from ...services.data_protection import audit
from ...services.desk.session import desk
from ...services.supervision import team
from ...words import QT_TRANSLATE_NOOP, tr
from .. import operations
from ..form_dialog import Field, FormDialog, FormSpec
from ..operations import QUALITY
from ..printing import deliver, saved_path
from ..table_model import ROW_ROLE, Column, make_table
from ..button_bar import ButtonBar
from .base import Page
from .base import button as _button
from ..plain_text import rich_label
from ..plain_text import SafeBrowser

NOT_YET, IN_PROGRESS, IN_PLACE = QUALITY_STATUSES
ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # the checklist item number ("1.1") on an item's row
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 11  # the statement number on every row

# subtle tints: text colour for an item's status, background for a statement's progress
STATUS_COLOURS = {NOT_YET: "#57606a", IN_PROGRESS: "#7d4e00", IN_PLACE: "#116329"}
PROGRESS_TINTS = {"none": "#f6f8fa", "some": "#fff8e1", "all": "#e6f4ea"}


def status_label(status: str) -> str:
    """A checklist item's status (the stored value, English as models.supervision has it) in the desk's words."""
    return {NOT_YET: tr("Not yet or N/A"), IN_PROGRESS: tr("In progress"),
            IN_PLACE: tr("Yes, in place")}.get(status, status)


def horizon_label(horizon: str) -> str:
    """A work plan's horizon (the stored value, PLAN_HORIZONS) in the desk's words."""
    return {"this month": tr("This month"),  # not shown: the keys are stored values
            "three months": tr("Within three months"),  # not shown: the keys are stored values
            "six months": tr("Within six months")}.get(horizon, horizon)  # not shown: the keys are stored values


@dataclass(frozen=True)
class PlanLine:
    """A work plan line as shown: a snapshot of the stored row."""

    id: str
    statement_no: int
    statement: str
    horizon: str
    action: str
    evidence: str
    lead: str
    completion_date: date | None


def plan_columns() -> list[Column]:
    return [
        Column(tr("Quality statement"), lambda r: r.statement),
        Column(tr("Plan", "a work plan's horizon"), lambda r: horizon_label(r.horizon)),
        Column(tr("Action"), lambda r: r.action),
        Column(tr("Evidence and comments"), lambda r: r.evidence),
        Column(tr("Lead", "who leads an action"), lambda r: r.lead),
        Column(tr("Completion date"), lambda r: r.completion_date),
    ]


def progress_text(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if counts.get(IN_PROGRESS):
        return tr("{in_place} of {total} in place, {in_progress} in progress").format(
            in_place=counts.get(IN_PLACE, 0), total=total, in_progress=counts[IN_PROGRESS])
    return tr("{in_place} of {total} in place").format(in_place=counts.get(IN_PLACE, 0), total=total)


def _tint(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if total and counts.get(IN_PLACE, 0) == total:
        return PROGRESS_TINTS["all"]
    if counts.get(IN_PLACE, 0) or counts.get(IN_PROGRESS, 0):
        return PROGRESS_TINTS["some"]
    return PROGRESS_TINTS["none"]


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width (a tree does not do this itself)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.column() == 1:  # the status column is sized to its contents: never wrapped
            return size
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = self.tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + 1)
        width = max(40, width - 14)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 10))


class QualityPage(Page):
    title = QT_TRANSLATE_NOOP("", "Quality")
    shows = frozenset({QUALITY})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.statements = team.quality_statements()
        self.by_number = {s["number"]: s for s in self.statements}
        self.assessment: dict[str, dict[str, Any]] = {}
        self.progress: dict[int, dict[str, int]] = {}

        top = QHBoxLayout()
        self.summary = rich_label("")  # counts only
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Self-assessment at a glance"))
        top.addWidget(self.summary, 1)
        self.print_button = _button(tr("&Print self-assessment and work plan…"), self.print_report,
                                    tr("Save the self-assessment and the work plan as a PDF"))
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Quality statements"))
        self.layout_.addWidget(self.tabs, 1)

        # --- self-assessment tab ---
        assess = QWidget()
        av = QVBoxLayout(assess)
        av.setContentsMargins(10, 10, 10, 10)
        bar = QHBoxLayout()
        self.assess_button = _button(tr("&Assess item…"), self.assess_item,
                                     tr("Set the selected checklist item's status and evidence (or press Enter on it)"))
        bar.addWidget(self.assess_button)
        self.expand_button = _button(tr("E&xpand all"), self._expand_all)
        self.collapse_button = _button(tr("&Collapse all"), self._collapse_all)
        bar.addWidget(self.expand_button)
        bar.addWidget(self.collapse_button)
        hint = QLabel(tr("Enter or double-click on an item to assess it."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        av.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([tr("Statement and checklist item"), tr("Status"), tr("Evidence")])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(tr("Quality statements and checklist"))
        self.tree.setAccessibleDescription(tr("Each statement with its checklist items; Enter assesses an item"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        split.addWidget(self.tree)
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(tr("Selected statement or item"))
        self.detail.setMinimumHeight(110)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        av.addWidget(split, 1)
        self.tabs.addTab(assess, tr("&Self-assessment"))

        # --- work plan tab ---
        plan = QWidget()
        pv = QVBoxLayout(plan)
        pv.setContentsMargins(10, 10, 10, 10)
        bar = ButtonBar()
        self.add_button = _button(tr("&Add action…"), self.add_action, tr("Add an action to the work plan"))
        self.edit_button = _button(tr("&Edit action…"), self.edit_action,
                                   tr("Change the selected action (or press Enter)"))
        self.delete_button = _button(tr("&Delete action"), self.delete_action,
                                     tr("Delete the selected action, after asking"))
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        self.plan_count = QLabel("")
        self.plan_count.setObjectName("Muted")
        bar.addWidget(self.plan_count, 1)
        pv.addLayout(bar)
        self.plan, self.plan_model = make_table(plan_columns(), tr("Work plan"), empty=tr("No work plan items yet."))
        self.plan.setAccessibleDescription(tr("Actions by statement and when; Enter edits, Delete removes"))
        header = self.plan.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.ResizeToContents),
                          (2, QHeaderView.ResizeMode.Stretch), (3, QHeaderView.ResizeMode.Stretch),
                          (4, QHeaderView.ResizeMode.ResizeToContents), (5, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        header.setStretchLastSection(False)
        # rows follow their wrapped text as the columns change width (a work plan has tens of rows at most)
        self.plan.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plan.setStyleSheet("QTableView::item { padding: 4px; }")
        pv.addWidget(self.plan, 1)
        self.tabs.addTab(plan, tr("&Work plan"))

        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.tree.activated.connect(self._activated)
        self.plan.activated.connect(lambda _i: self.edit_action())
        self.plan.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.plan)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_action)
        QWidget.setTabOrder(self.print_button, self.tabs)
        QWidget.setTabOrder(self.assess_button, self.expand_button)
        QWidget.setTabOrder(self.expand_button, self.collapse_button)
        QWidget.setTabOrder(self.collapse_button, self.tree)
        QWidget.setTabOrder(self.tree, self.detail)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.plan)
        self._build_tree()
        self._update_buttons()

    # --- the checklist tree --------------------------------------------------------------------------

    def _build_tree(self) -> None:
        bold = self.tree.font()
        bold.setBold(True)
        for s in self.statements:
            title = QStandardItem(f"{s['number']}. {s['title']}")
            title.setFont(bold)
            title.setToolTip(s["statement"])  # shown escaped and wrapped (ui/plain_text.py)
            title.setData(s["number"], STATEMENT_ROLE)
            progress = QStandardItem("")
            progress.setData(s["number"], STATEMENT_ROLE)
            wording = QStandardItem("")
            wording.setData(s["number"], STATEMENT_ROLE)
            for it in s["items"]:
                text = QStandardItem(f"{it['item']}  {it['action']}")
                text.setToolTip(it["action"])  # shown escaped, a long tip wrapped (ui/plain_text.py)
                status = QStandardItem(status_label(NOT_YET))
                evidence = QStandardItem("")
                for cell in (text, status, evidence):
                    cell.setData(it["item"], ITEM_ROLE)
                    cell.setData(s["number"], STATEMENT_ROLE)
                title.appendRow([text, status, evidence])
            self.model.appendRow([title, progress, wording])
        self.tree.expandAll()
        self.tree.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        """Evidence takes about a quarter of the tree's width, whatever the window and text size."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            width = self.tree.viewport().width()
            self.tree.header().resizeSection(2, max(self.tree.fontMetrics().averageCharWidth() * 18, int(width * 0.26)))
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        with self.session_factory() as s:
            self.assessment = team.self_assessment(s)
            self.progress = team.statement_progress(s)
            plan = [PlanLine(p.id, p.statement_no, self._statement_label(p.statement_no), p.horizon, p.action,
                             p.evidence, p.lead, p.completion_date) for p in team.work_plan(s)]
        for r in range(self.model.rowCount()):
            title = self.model.item(r, 0)
            number = title.data(STATEMENT_ROLE)
            counts = self.progress.get(number, {})
            progress = self.model.item(r, 1)
            progress.setText(progress_text(counts))
            tint = QBrush(QColor(_tint(counts)))
            for c in range(3):
                self.model.item(r, c).setBackground(tint)
            for i in range(title.rowCount()):
                item = title.child(i, 0).data(ITEM_ROLE)
                got = self.assessment.get(item, {"status": NOT_YET, "evidence": ""})
                status = title.child(i, 1)
                status.setText(status_label(got["status"]))
                status.setForeground(QBrush(QColor(STATUS_COLOURS.get(got["status"], "#1f2328"))))
                evidence = title.child(i, 2)
                evidence.setText(got["evidence"] or "")
                evidence.setToolTip(got["evidence"] or "")
        total = {st: sum(c.get(st, 0) for c in self.progress.values()) for st in QUALITY_STATUSES}
        n = sum(total.values())
        self.summary.setText(" ".join((
            tr("<b>{in_place} of {total}</b> checklist items in place, {in_progress} in progress, {not_yet} not yet "
               "or not applicable.").format(in_place=total[IN_PLACE], total=n, in_progress=total[IN_PROGRESS],
                                            not_yet=total[NOT_YET]),
            html.escape(tr("%n action in the work plan.|%n actions in the work plan.", "", len(plan))))))
        keep = self.current_plan_line()
        self.plan_model.set_rows(plan)
        self.plan_count.setText(tr("%n action|%n actions", "", len(plan)))
        if keep is not None:
            ids = [p.id for p in plan]
            if keep.id in ids:
                self.plan.selectRow(ids.index(keep.id))
        self._show_detail()

    def _statement_label(self, number: int) -> str:
        s = self.by_number.get(number)
        return f"{number}. {s['title']}" if s else str(number)

    def _expand_all(self) -> None:
        self.tree.expandAll()

    def _collapse_all(self) -> None:
        self.tree.collapseAll()

    def current_item(self) -> str | None:
        """The checklist item number ("1.1") of the selected row, if an item (not a statement) is selected."""
        index = self.tree.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def current_statement(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(STATEMENT_ROLE) if index.isValid() else None

    def select_item(self, item: str) -> bool:
        """Select a checklist item by number ("3.2"), e.g. before ``assess_item``."""
        for r in range(self.model.rowCount()):
            title = self.model.item(r, 0)
            for i in range(title.rowCount()):
                if title.child(i, 0).data(ITEM_ROLE) == item:
                    index = title.child(i, 0).index()
                    self.tree.expand(title.index())
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def statement_row_text(self, number: int) -> str:
        """The progress shown on a statement's row, e.g. "5 of 7 in place"."""
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).data(STATEMENT_ROLE) == number:
                return self.model.item(r, 1).text()
        return ""

    def _activated(self, index: QModelIndex) -> None:
        if index.data(ITEM_ROLE):
            self.assess_item()
        else:
            first = index.siblingAtColumn(0)
            self.tree.setExpanded(first, not self.tree.isExpanded(first))

    def _show_detail(self) -> None:
        number, item = self.current_statement(), self.current_item()
        s = self.by_number.get(number) if number else None
        if s is None:
            self.detail.setHtml("<p style='color:#57606a'>{}</p>".format(html.escape(  # not shown: markup
                tr("Choose a statement or a checklist item to see it in full, with suggestions for evidence."))))
        else:
            esc = html.escape
            parts = [f"<h3 style='color:#1b4965;margin-bottom:2px'>{s['number']}. {esc(s['title'])}</h3>",  # not shown
                     f"<p style='margin-top:0'><i>{esc(s['statement'])}</i></p>"]  # not shown: markup
            if item:
                action = next(i["action"] for i in s["items"] if i["item"] == item)
                got = self.assessment.get(item, {"status": NOT_YET, "evidence": ""})
                evidence = (esc(got["evidence"]).replace("\n", "<br>") if got["evidence"] else
                            "<i>{}</i>".format(esc(tr("none recorded"))))
                got_html = "<p><b>{status_label}</b> {status}<br><b>{evidence_label}</b> {evidence}</p>"  # not shown
                parts += [f"<p><b>{esc(item)}</b> {esc(action)}</p>",
                          got_html.format(status_label=esc(tr("Status:")), status=esc(status_label(got["status"])),
                                          evidence_label=esc(tr("Evidence:")), evidence=evidence)]
            else:
                parts.append("<p><b>{}</b></p>".format(esc(progress_text(self.progress.get(number, {})))))
            if s.get("evidence_suggestions"):
                parts.append("<p style='margin-bottom:2px'><b>{}</b></p>".format(  # not shown: markup
                    esc(tr("How can we evidence what we do? Some suggestions")))
                    + "<ul style='margin-top:0'>" + "".join(f"<li>{esc(x)}</li>"  # not shown: markup
                                                            for x in s["evidence_suggestions"]) + "</ul>")
            self.detail.setHtml("".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.assess_button.setEnabled(self.current_item() is not None)
        has_line = self.current_plan_line() is not None
        self.edit_button.setEnabled(has_line)
        self.delete_button.setEnabled(has_line)

    def assess_item(self, item: str | None = None) -> FormDialog | None:
        """The form for one checklist item's status and evidence (the selected item unless one is given)."""
        if item is not None and not self.select_item(item):
            return None
        item = self.current_item()
        if item is None:
            return None
        number = self.current_statement()
        action = next(i["action"] for i in self.by_number[number]["items"] if i["item"] == item)
        got = self.assessment.get(item, {"status": NOT_YET, "evidence": ""})
        spec = FormSpec("quality-assessment", tr("Assess item {item}").format(item=item), [
            Field("status", tr("&Status"), "choice", [(status_label(st), st) for st in QUALITY_STATUSES],
                  default=got["status"]),
            Field("evidence", tr("&Evidence"), "long", default=got["evidence"],
                  help=tr("What shows this is in place or under way: records, plans, training logs, feedback")),
        ], intro=f"{number}. {self.by_number[number]['title']}: {item} {action}", context={"item": item})
        dialog = self.open_form(spec, lambda s, v: team.set_assessment(s, item, v["status"], v["evidence"]),
                                changes={QUALITY})
        self._size_form(dialog, ("evidence",))
        return dialog

    def _size_form(self, dialog: FormDialog, long_fields: tuple[str, ...]) -> None:
        fm = dialog.fontMetrics()
        for name in long_fields:
            dialog.widgets[name].setFixedHeight(fm.lineSpacing() * 5 + 12)
        dialog.setMinimumWidth(max(560, fm.averageCharWidth() * 72))

    # --- the work plan -------------------------------------------------------------------------------

    def current_plan_line(self) -> PlanLine | None:
        index = self.plan.currentIndex()
        return self.plan_model.data(index, ROW_ROLE) if index.isValid() else None

    def _plan_spec(self, line: PlanLine | None) -> FormSpec:
        statements = [(self._statement_label(s["number"]), s["number"]) for s in self.statements]
        horizons = [(horizon_label(h), h) for h in PLAN_HORIZONS]
        default_no = line.statement_no if line else (self.current_statement() or 1)
        return FormSpec("work-plan", tr("Work plan: edit action") if line else tr("Work plan: new action"), [
            Field("statement_no", tr("&Quality statement"), "choice", statements, default=default_no),
            Field("horizon", tr("&Plan", "a work plan's horizon"), "choice", horizons,
                  default=line.horizon if line else PLAN_HORIZONS[0]),
            Field("action", tr("&Action"), "long", default=line.action if line else ""),
            Field("evidence", tr("E&vidence and comments"), "long", default=line.evidence if line else ""),
            Field("lead", tr("&Lead", "who leads an action"), default=line.lead if line else ""),
            Field("completion_date", tr("&Completion date"), "optional-date",
                  default=line.completion_date if line else None),
        ], intro=tr("Choose actions from the statements' checklists that you wish to prioritise."),
            context={"plan_id": line.id if line else None})

    def _open_plan(self, line: PlanLine | None) -> FormDialog:
        def save(s: Session, v: dict) -> None:
            args = (v["statement_no"], v["horizon"], v["action"], v["lead"], v["completion_date"], v["evidence"])
            if line:
                team.update_plan_item(s, line.id, *args)
            else:
                team.add_plan_item(s, *args)

        dialog = self.open_form(self._plan_spec(line), save, changes={QUALITY})
        self._size_form(dialog, ("action", "evidence"))
        return dialog

    def add_action(self) -> FormDialog:
        return self._open_plan(None)

    def edit_action(self) -> FormDialog | None:
        line = self.current_plan_line()
        return self._open_plan(line) if line else None

    def delete_action(self) -> bool:
        line = self.current_plan_line()
        if line is None:
            return False
        answer = QMessageBox.question(
            self, tr("Delete action"),
            tr("Delete this action from the work plan?\n\n{action}").format(action=line.action[:300]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return operations.write(self, lambda s: team.delete_plan_item(s, line.id), changes={QUALITY},
                                title=tr("Delete action")).ok

    def reopen_draft(self, form_id: str, values: dict) -> FormDialog | None:
        """A self-assessment or work plan draft kept over a lock, reopened on the same item or action."""
        context = values.get("_context") or {}
        dialog = None
        if form_id == "quality-assessment" and context.get("item"):
            self.tabs.setCurrentIndex(0)
            dialog = self.assess_item(context["item"])
        elif form_id == "work-plan":
            self.tabs.setCurrentIndex(1)
            line = next((p for p in self.plan_model.rows if p.id == context.get("plan_id")), None)
            dialog = self._open_plan(line)
        if dialog is not None:
            dialog.restore_values({k: v for k, v in values.items() if not k.startswith("_")})
        return dialog

    # --- printing ------------------------------------------------------------------------------------

    def report_html(self) -> str:
        esc = html.escape
        with self.session_factory() as s:
            assessment = team.self_assessment(s)
            progress = team.statement_progress(s)
            plan = team.work_plan(s)
            d = desk(s)
            who = ", ".join(x for x in (d.desk_name, d.establishment) if x)
        plan_rows = [(self._statement_label(p.statement_no), horizon_label(p.horizon), p.action,
                      p.evidence, p.lead, show_date(p.completion_date))
                     for p in plan]
        total = {st: sum(c.get(st, 0) for c in progress.values()) for st in QUALITY_STATUSES}
        parts = [
            "<h1>{}</h1>".format(esc(tr("Quality statements: self-assessment and work plan"))),
            "<p class='sub'>{}</p>".format(  # not shown: markup
                esc(tr("{desk}. Printed {date}. i-HOP Quality Statements and Toolkit.")).format(
                    desk=esc(who), date=show_long_date(date.today()))),
            "<p>{}</p>".format(esc(tr("{in_place} of {total} checklist items in place, {in_progress} in progress, "
                                      "{not_yet} not yet or not applicable.").format(
                in_place=total[IN_PLACE], total=sum(total.values()), in_progress=total[IN_PROGRESS],
                not_yet=total[NOT_YET]))),
            "<h2>{}</h2>".format(esc(tr("Self-assessment"))),
        ]
        for s in self.statements:
            n = s["number"]
            done = esc(progress_text(progress[n]))
            parts.append(f"<h3>{n}. {esc(s['title'])} <span class='muted'>({done})</span></h3>"  # not shown: markup
                         f"<p class='statement'>{esc(s['statement'])}</p>")
            rows = "".join(
                f"<tr><td>{esc(it['item'])}</td><td>{esc(it['action'])}</td>"
                f"<td>{esc(status_label(assessment[it['item']]['status']))}</td>"
                f"<td>{esc(assessment[it['item']]['evidence'] or '')}</td></tr>" for it in s["items"])
            table = ("<table cellspacing='0' cellpadding='4' width='100%'><tr><th width='6%'>{item}</th>"  # not shown
                     "<th width='52%'>{what}</th><th width='14%'>{status}</th><th>{evidence}</th></tr>"
                     "{rows}</table><p style='margin:0'>&nbsp;</p>")
            parts.append(table.format(item=esc(tr("Item")), what=esc(tr("What can we do?")), status=esc(tr("Status")),
                                      evidence=esc(tr("Evidence")), rows=rows))
        parts.append("<h2 style='page-break-before: always'>{}</h2>".format(esc(tr("Work plan"))))  # not shown: markup
        if plan_rows:
            head = "".join(f"<th>{esc(c.header)}</th>" for c in plan_columns())
            body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in plan_rows)
            parts.append(f"<table cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>")  # not shown
        else:
            parts.append("<p class='muted'>{}</p>".format(esc(tr("No actions in the work plan yet."))))  # not shown
        statuses = "; ".join(status_label(st) for st in QUALITY_STATUSES)
        note = tr("Kept on this desk only. Statuses: {statuses}.").format(statuses=statuses)
        parts.append("<p class='note'>{}</p>".format(esc(note)))  # not shown: markup
        page = "\n".join((  # not shown: the page around the report, a style sheet
            "<html><head><style>",
            "          body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }}",
            "          h1 {{ font-size: 16pt; color: #1b4965; margin-bottom: 2px; }}",
            "          h2 {{ font-size: 13pt; color: #1b4965; margin-top: 14px; }}",
            "          h3 {{ font-size: 11pt; margin-top: 14px; margin-bottom: 2px; }}",
            "          p.sub, .muted {{ color: #57606a; }}",
            "          p.statement {{ font-style: italic; margin-top: 0; }}",
            "          table {{ border-collapse: collapse; width: 100%; }}",
            "          th {{ background: #eaeef2; text-align: left; padding: 4px; border: 1px solid #afb8c1; }}",
            "          td {{ padding: 4px; border: 1px solid #d0d7de; vertical-align: top; }}",
            "          p.note {{ color: #57606a; font-size: 8pt; }}",
            "        </style></head><body>{body}</body></html>",
        ))
        return page.format(body="".join(parts))

    def print_report(self, path: str | Path | None = None) -> Path | None:
        """Print the self-assessment and work plan, or save it as PDF (straight to ``path`` when given)."""
        try:
            done = deliver(self, tr("Self-assessment and work plan"), self.report_html(),
                           "quality-self-assessment.pdf", path)
        except FswError as exc:
            QMessageBox.warning(self, tr("Print self-assessment"), exc.message)
            return None
        written = all([operations.write(
            self, lambda s, d=d: audit.record(s, "printed", "quality_assessments", None,
                                              f"self-assessment and work plan, {d.how}"),  # not shown: audit log
            changes={operations.AUDIT}, title=tr("Print self-assessment")) for d in done])
        return saved_path(done) if written else None

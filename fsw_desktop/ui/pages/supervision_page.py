"""Supervision notes per worker, kept only on the supervisor's desk (issue 7).

Left, the team as their summaries arrived: who, which desk, when their latest
summary was made and when their next supervision is due (overdue in red).
Right, the chosen worker's supervision notes, newest first, and the full text
of the selected note. Notes never travel: they are the supervisor's own.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date
from ...services.supervision import team
from ...words import QT_TRANSLATE_NOOP, tr
from .. import operations
from ..fit import StretchFloor
from ..form_dialog import Field, FormDialog, FormSpec
from ..operations import SUPERVISION, TEAM
from ..table_model import ROW_ROLE, Column, RowTableModel, make_table
from ..button_bar import ButtonBar
from .base import Page
from .base import button as _button
from ..plain_text import SafeBrowser

@dataclass(frozen=True)
class WorkerLine:
    desk_id: str
    worker_name: str
    desk_name: str
    establishment: str
    last_summary: date
    next_on: date | None
    overdue: bool

    @property
    def next_text(self) -> str:
        if self.next_on is None:
            return tr("Not set")
        if self.overdue:
            return tr("{date}, overdue").format(date=show_date(self.next_on))
        return show_date(self.next_on)


@dataclass(frozen=True)
class NoteLine:
    """A supervision note as shown: a snapshot, so nothing depends on a closed session."""

    id: str
    on: date
    discussed: str
    agreed_actions: str
    next_on: date | None


def _first_line(text: str, limit: int = 90) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    more = len(line) > limit or "\n" in (text or "").strip()
    line = line[:limit].rstrip()
    return line + ("…" if more else "")


def worker_columns() -> list[Column]:
    return [
        Column(tr("Worker"), lambda r: r.worker_name),
        Column(tr("Last summary"), lambda r: r.last_summary),
        Column(tr("Next supervision"), lambda r: r.next_text, warn=lambda r: r.overdue),
    ]


def note_columns() -> list[Column]:
    return [
        Column(tr("Date"), lambda r: r.on),
        Column(tr("Discussed"), lambda r: _first_line(r.discussed)),
        Column(tr("Agreed actions"), lambda r: _first_line(r.agreed_actions)),
    ]  # a note's next date is in its detail below, and the worker's next one in the workers' list


class WorkerModel(RowTableModel):
    """The team table; a row's tooltip says which desk and establishment the worker is at."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            r = self.rows[index.row()]
            return ", ".join(x for x in (r.worker_name, r.desk_name, r.establishment) if x)
        return super().data(index, role)


def section_label(text: str) -> QLabel:
    """A heading inside a page: bold and a little larger, scaling with the user's text size."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setStyleSheet("color: #1b4965; padding-top: 4px;")
    return label


class SupervisionPage(Page):
    title = QT_TRANSLATE_NOOP("", "Supervision")
    shows = frozenset({SUPERVISION, TEAM})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self._desk_id: str | None = None
        self.today: date | None = None  # tests may fix "today"; None means the real date

        self.empty = QLabel(tr("Import workers' summaries on the Team page: each worker whose summary is on this desk "
                               "is listed here, with their supervision notes, agreed actions and the date of their "
                               "next supervision."))
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(tr("No summaries yet"))
        self.layout_.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.layout_.addWidget(self.splitter, 1)
        self.layout_.addStretch(0)  # takes the room only while the page is empty, keeping the text at the top

        # left: the team
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 8, 0)
        workers_label = section_label(tr("&Workers"))
        lv.addWidget(workers_label)
        columns = worker_columns()
        self.workers, _ = make_table(columns, tr("Workers"))
        self.workers_model = WorkerModel(columns)
        self.workers.setModel(self.workers_model)
        self.workers.setAccessibleDescription(
            tr("Each worker whose summary is on this desk, with their next supervision"))
        workers_label.setBuddy(self.workers)
        self.workers.setWordWrap(False)
        self.workers.setMouseTracking(True)
        head = self.workers.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        lv.addWidget(self.workers, 1)
        self.team_note = QLabel("")
        self.team_note.setObjectName("Muted")
        self.team_note.setWordWrap(True)
        lv.addWidget(self.team_note)
        self.splitter.addWidget(left)
        self.left = left

        # right: the chosen worker's notes
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.heading = section_label(tr("Choose a worker"))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("Chosen worker"))
        rv.addWidget(self.heading)
        bar = ButtonBar()
        self.new_button = _button(tr("&New note…"), self.new_note, tr("Record a supervision session with this worker"))
        self.edit_button = _button(tr("&Edit note…"), self.edit_note,
                                   tr("Change the selected note (or press Enter on it)"))
        self.delete_button = _button(tr("&Delete note"), self.delete_note, tr("Delete the selected note, after asking"))
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        rv.addLayout(bar)

        notes_split = QSplitter(Qt.Orientation.Vertical)
        notes_split.setChildrenCollapsible(False)
        self.notes, self.notes_model = make_table(note_columns(), tr("Supervision notes"),
                                                  empty=tr("No supervision notes for this worker yet."))
        self.notes.setWordWrap(False)
        self.notes.setTextElideMode(Qt.TextElideMode.ElideRight)
        head = self.notes.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.Stretch),
                          (2, QHeaderView.ResizeMode.Stretch)):
            head.setSectionResizeMode(col, mode)
        head.setStretchLastSection(False)
        # the stretching columns never narrower than their headings (long dates in Welsh once left
        # "Trafodwyd" cut to "Trafodw"); a pane too narrow for them scrolls sideways instead
        StretchFloor.install(self.notes, (1, 2))
        self.notes.setAccessibleDescription(tr("Newest first. Enter or double-click edits a note; Delete removes it."))
        notes_split.addWidget(self.notes)
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(tr("Selected supervision note"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumHeight(120)
        notes_split.addWidget(self.detail)
        notes_split.setStretchFactor(0, 1)
        notes_split.setStretchFactor(1, 2)
        rv.addWidget(notes_split, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        em = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([em * 58, em * 100])  # room for name, summary date and next date at any text size

        self.workers.selectionModel().currentRowChanged.connect(lambda *_: self._worker_changed())
        self.notes.selectionModel().currentRowChanged.connect(lambda *_: self._show_note())
        self.notes.activated.connect(lambda _i: self.edit_note())
        self.workers.activated.connect(lambda _i: self.notes.setFocus())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.notes)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_note)

        QWidget.setTabOrder(self.workers, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.notes)
        QWidget.setTabOrder(self.notes, self.detail)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        today = self._today()
        with self.session_factory() as s:
            summaries = team.latest_summaries(s)
            nexts = team.next_supervisions(s)
        rows = [WorkerLine(r.desk_id, r.worker_name, r.desk_name, r.establishment, r.created.date(),
                           nexts.get(r.desk_id), nexts.get(r.desk_id) is not None and nexts[r.desk_id] < today)
                for r in summaries]
        keep = self._desk_id
        self.workers_model.set_rows(rows)
        self._fit_workers()
        self.empty.setVisible(not rows)
        self.splitter.setVisible(bool(rows))
        self.layout_.setStretch(self.layout_.count() - 1, 0 if rows else 1)
        overdue = sum(r.overdue for r in rows)
        unset = sum(r.next_on is None for r in rows)
        self.team_note.setText(self._team_note(len(rows), overdue, unset) if rows else "")
        if not rows:
            self._desk_id = None
            self._load_notes()
            return
        ids = [r.desk_id for r in rows]
        self._select_row(ids.index(keep) if keep in ids else 0)

    @staticmethod
    def _team_note(workers: int, overdue: int, unset: int) -> str:
        """'3 workers, 1 overdue for supervision, 1 with no next date set.' (a part is left out at 0)."""
        counts = {"workers": tr("%n worker|%n workers", "", workers),
                  "overdue": tr("%n overdue for supervision", "", overdue),
                  "unset": tr("%n with no next date set", "", unset)}
        if overdue and unset:
            note = tr("{workers}, {overdue}, {unset}.", "the team: workers, overdue, no next date")
        elif overdue:
            note = tr("{workers}, {overdue}.", "the team: workers, overdue")
        elif unset:
            note = tr("{workers}, {unset}.", "the team: workers, no next date")
        else:
            note = tr("{workers}.", "the team: workers")
        return note.format(**counts)

    def _fit_workers(self) -> None:
        """The team table never hides a name: the left pane is at least as wide as its columns need."""
        head = self.workers.horizontalHeader()
        need = sum(max(head.sectionSizeHint(c), self.workers.sizeHintForColumn(c))
                   for c in range(self.workers_model.columnCount()))
        need += 2 * self.workers.frameWidth() + self.workers.verticalScrollBar().sizeHint().width() + 12
        self.left.setMinimumWidth(min(need, 900))

    def _select_row(self, row: int) -> None:
        index = self.workers_model.index(row, 0)
        if self.workers.currentIndex().row() == row and self._desk_id == self.workers_model.rows[row].desk_id:
            self._load_notes()
        else:
            self.workers.setCurrentIndex(index)  # currentRowChanged loads the notes
        self.workers.selectRow(row)

    def select_worker(self, desk_id: str) -> bool:
        """Show this worker's notes (the dashboard jumps here); False if no summary of theirs is on this desk."""
        if not self.workers_model.rows:
            self.refresh()
        for row, line in enumerate(self.workers_model.rows):
            if line.desk_id == desk_id:
                self._select_row(row)
                return True
        return False

    def current_worker(self) -> WorkerLine | None:
        index = self.workers.currentIndex()
        return self.workers_model.data(index, ROW_ROLE) if index.isValid() else None

    def current_note(self) -> NoteLine | None:
        index = self.notes.currentIndex()
        return self.notes_model.data(index, ROW_ROLE) if index.isValid() else None

    def _worker_changed(self) -> None:
        worker = self.current_worker()
        changed = (worker.desk_id if worker else None) != self._desk_id
        self._desk_id = worker.desk_id if worker else None
        self._load_notes(keep_note=not changed)

    def _load_notes(self, keep_note: bool = True, select_id: str | None = None) -> None:
        worker = self.current_worker() if self._desk_id else None
        keep = select_id or ((self.current_note().id if self.current_note() else None) if keep_note else None)
        if worker is None:
            self.heading.setText(tr("Choose a worker"))
            self.notes_model.set_rows([])
        else:
            with self.session_factory() as s:
                rows = [NoteLine(n.id, n.on, n.discussed, n.agreed_actions, n.next_on)
                        for n in team.notes(s, worker.desk_id)]
            self.notes_model.set_rows(rows)
            count = tr("%n note|%n notes", "", len(rows)) if rows else tr("no notes yet")
            heading = (tr("Supervision with {worker} · {desk} ({notes})") if worker.desk_name else
                       tr("Supervision with {worker} ({notes})"))
            self.heading.setText(heading.format(worker=worker.worker_name, desk=worker.desk_name, notes=count))
            ids = [r.id for r in rows]
            if rows:
                row = ids.index(keep) if keep in ids else 0
                self.notes.setCurrentIndex(self.notes_model.index(row, 0))
                self.notes.selectRow(row)
        self._show_note()

    def _show_note(self) -> None:
        note = self.current_note()
        worker = self.current_worker()
        if note is None:
            if worker is None:
                self.detail.setHtml("")
            else:
                text = html.escape(tr("No supervision notes with {worker} yet. Choose {button} to record one."))
                button = "<b>{}</b>".format(html.escape(tr("New note…")))  # not shown: markup
                self.detail.setHtml("<p style='color:#57606a'>{}</p>".format(  # not shown: markup
                    text.format(worker=html.escape(worker.worker_name), button=button)))
        else:
            esc = html.escape
            nothing = "<i style='color:#57606a'>{}</i>".format(esc(tr("Nothing written")))  # not shown: markup

            def para(text: str) -> str:
                return esc(text).replace("\n", "<br>") if text else nothing

            nxt = show_date(note.next_on, weekday="long") if note.next_on else tr("not set")
            on = esc(tr("Supervision on {date}")).format(date=show_date(note.on, weekday="long"))
            page = ("<h3 style='color:#1b4965;margin-bottom:4px'>{on}</h3>"  # not shown: markup
                    "<p style='margin-top:0'><b>{next_label}</b> {next}</p>"
                    "<p style='margin-bottom:2px'><b>{discussed_label}</b></p><p style='margin-top:0'>{discussed}</p>"
                    "<p style='margin-bottom:2px'><b>{agreed_label}</b></p><p style='margin-top:0'>{agreed}</p>")
            self.detail.setHtml(page.format(
                on=on, next_label=esc(tr("Next supervision:")), next=esc(nxt),
                discussed_label=esc(tr("What was discussed")), discussed=para(note.discussed),
                agreed_label=esc(tr("Agreed actions")), agreed=para(note.agreed_actions)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_worker = self.current_worker() is not None
        has_note = self.current_note() is not None
        self.new_button.setEnabled(has_worker)
        self.edit_button.setEnabled(has_note)
        self.delete_button.setEnabled(has_note)

    # --- changing ------------------------------------------------------------------------------------

    def _spec(self, worker: WorkerLine, note: NoteLine | None) -> FormSpec:
        today = self._today()
        title = (tr("Supervision note: {worker}, {date}").format(worker=worker.worker_name, date=show_date(note.on))
                 if note else tr("New supervision note: {worker}").format(worker=worker.worker_name))
        return FormSpec("supervision-note", title, [
            Field("on", tr("&Date"), "date", default=note.on if note else today),
            Field("discussed", tr("What was d&iscussed"), "long", default=note.discussed if note else ""),
            Field("agreed_actions", tr("&Agreed actions"), "long", default=note.agreed_actions if note else ""),
            Field("next_on", tr("&Next supervision"), "optional-date", default=note.next_on if note else None,
                  help=tr("Tick Set and choose the date agreed for the next supervision")),
        ], intro=tr("Kept only on this desk: supervision notes never leave in a bundle."),
            context={"desk_id": worker.desk_id, "note_id": note.id if note else None})

    def _open(self, spec: FormSpec, note_id: str | None, desk_id: str) -> FormDialog:
        saved: dict[str, str] = {}

        def save(s: Session, v: dict) -> None:
            if note_id:
                team.update_note(s, note_id, v["on"], v["discussed"], v["agreed_actions"], v["next_on"])
                saved["id"] = note_id
            else:
                saved["id"] = team.add_note(s, desk_id, v["on"], v["discussed"], v["agreed_actions"], v["next_on"]).id

        dialog = self.open_form(spec, save, lambda: self._load_notes(select_id=saved.get("id")),
                                changes={SUPERVISION})
        for name in ("discussed", "agreed_actions"):
            dialog.widgets[name].setFixedHeight(dialog.fontMetrics().lineSpacing() * 6 + 12)
        dialog.setMinimumWidth(max(560, dialog.fontMetrics().averageCharWidth() * 70))
        return dialog

    def new_note(self) -> FormDialog | None:
        worker = self.current_worker()
        if worker is None:
            return None
        return self._open(self._spec(worker, None), None, worker.desk_id)

    def edit_note(self) -> FormDialog | None:
        worker, note = self.current_worker(), self.current_note()
        if worker is None or note is None:
            return None
        return self._open(self._spec(worker, note), note.id, worker.desk_id)

    def delete_note(self) -> bool:
        worker, note = self.current_worker(), self.current_note()
        if worker is None or note is None:
            return False
        answer = QMessageBox.question(
            self, tr("Delete supervision note"),
            tr("Delete the note of the supervision with {worker} on {date}?\n\nIt cannot be brought back.").format(
                worker=worker.worker_name, date=show_date(note.on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        deleted = operations.write(self, lambda s: team.delete_note(s, note.id), changes={SUPERVISION},
                                   title=tr("Delete supervision note"))
        if deleted:
            self._load_notes(keep_note=False)
        return deleted.ok

    def reopen_draft(self, form_id: str, values: dict) -> FormDialog | None:
        """A note's draft kept over a lock, reopened on the same worker (and note, if it was an edit)."""
        if form_id != "supervision-note":
            return None
        context = values.get("_context") or {}
        if not self.select_worker(context.get("desk_id", "")):
            return None
        note = None
        if context.get("note_id"):
            ids = [n.id for n in self.notes_model.rows]
            if context["note_id"] in ids:
                row = ids.index(context["note_id"])
                self.notes.setCurrentIndex(self.notes_model.index(row, 0))
                note = self.notes_model.rows[row]
        worker = self.current_worker()
        dialog = self._open(self._spec(worker, note), note.id if note else None, worker.desk_id)
        dialog.restore_values({k: v for k, v in values.items() if not k.startswith("_")})
        return dialog

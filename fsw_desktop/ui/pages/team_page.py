"""The supervisor's team dashboard: workers' latest summaries as tiles, a table and charts.

Drill down from the team to one worker (their figures and cases), then to one case
(what its summary carries: dates, needs, scores over time, contacts by type). The
figures come from ``services.team``; the charts from ``figure_charts`` so the printed
report shows the same pictures.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSortFilterProxyModel, Qt, \
    QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..date_box import DateBox
from ...db import Database
from ...errors import FswError
from ...services.supervision import summary_bundle, team
from ...services.desk.dates import show_date, show_iso
from ...words import QT_TRANSLATE_NOOP, tr
from .. import charts
from ..figure_charts import ChartSpec, desk_charts, headline, team_charts
from .. import operations
from ..operations import SUPERVISION, SYNC, TEAM
from ..table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel, make_table
from ..table_view import TableView
from ..button_bar import ButtonBar
from .base import Page
from ..plain_text import allow_rich, rich_label
from ..plain_text import SafeBrowser
from ...services.desk import vocab

def _or_less(v: Any) -> float:
    """A figure to sort by; a missing one (nobody contacted, nothing due) sorts below every number."""
    return -1.0 if v is None else float(v)


def worker_columns() -> list[Column]:
    """The workers table's columns, headed in the desk's language."""
    return [
    Column(tr("Worker"), lambda r: r["worker_name"], sort=lambda r: (r["worker_name"] or "").lower()),
    Column(tr("Establishment"), lambda r: r["establishment"], sort=lambda r: (r["establishment"] or "").lower()),
    Column(tr("Summary of"), lambda r: date.fromisoformat(r["as_of"])),
    Column(tr("Open cases"), lambda r: f"{r['figures']['caseload']['open']} / 40",
           warn=lambda r: r["figures"]["caseload"]["open"] > 40, sort=lambda r: r["figures"]["caseload"]["open"]),
    Column(tr("Reviews overdue"), lambda r: r["figures"]["overdue_reviews"],
           warn=lambda r: r["figures"]["overdue_reviews"] > 0),
    Column(tr("Waiting"), lambda r: r["figures"]["waiting_list"]["waiting"]),
    Column(tr("Days to first contact"), lambda r: _num(r["figures"]["first_contact"]["median_days"]),
           sort=lambda r: _or_less(r["figures"]["first_contact"]["median_days"])),
    Column(tr("Applications on time"), lambda r: _pct(r["figures"]["applications"].get("on_time_share")),
           sort=lambda r: _or_less(r["figures"]["applications"].get("on_time_share"))),
    Column(tr("Next supervision"), lambda r: r.get("next_supervision") or "",
           warn=lambda r: bool(r.get("next_supervision")) and r["next_supervision"] < date.today()),
    ]


VISIBLE_WORKERS = 12  # rows the workers table shows before it scrolls, so the charts stay in view


def case_columns() -> list[Column]:
    """The drill-down's cases table, headed in the desk's language."""
    return [
        Column(tr("Case"), lambda c: c.reference),
        Column(tr("Family"), lambda c: c.family_label or ""),
        Column(tr("Status"), lambda c: vocab.label(c.status)),
        Column(tr("Stage"), lambda c: vocab.label(c.stage)),
        Column(tr("Referred"), lambda c: c.referral_date),
        Column(tr("First contact"), lambda c: c.first_contact or ""),
        Column(tr("Review due"), lambda c: c.review_due or ""),
        Column(tr("Contacts"), lambda c: c.contacts),
        Column(tr("Flags"), lambda c: ", ".join(c.flags), warn=lambda c: bool(c.flags)),
    ]


# The named periods: the key a choice keeps, and its name in the list.
PERIODS = (("last_12_months", QT_TRANSLATE_NOOP("", "Last 12 months")),
           ("this_quarter", QT_TRANSLATE_NOOP("", "This quarter")),
           ("last_quarter", QT_TRANSLATE_NOOP("", "Last quarter")),
           ("this_financial_year", QT_TRANSLATE_NOOP("", "This financial year")),
           ("chosen_dates", QT_TRANSLATE_NOOP("", "Chosen dates")))
CHOSEN = PERIODS[-1][0]


def _num(v: Any) -> str:
    return "–" if v is None else f"{v:g}"


def _pct(v: Any) -> str:
    return "–" if v is None else f"{v:.0%}"


def period_for(choice: str, today: date) -> tuple[date, date] | None:
    """The dates a named period covers (its key in PERIODS); None for the chosen dates."""
    from dateutil.relativedelta import relativedelta

    q_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if choice == "last_12_months":
        return today - relativedelta(years=1) + relativedelta(days=1), today
    if choice == "this_quarter":
        return q_start, today
    if choice == "last_quarter":
        start = q_start - relativedelta(months=3)
        return start, q_start - relativedelta(days=1)
    if choice == "this_financial_year":  # April to March, as commissioners count
        start = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
        return start, today
    return None


class PeriodBar(QWidget):
    """A named period or two dates; emits ``changed`` with the dates chosen."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox()
        for key, label in PERIODS:
            self.choice.addItem(tr(label), key)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # never cut to "Last 12 mon"
        self.choice.setAccessibleName(tr("Period"))
        self.start = DateBox()
        self.end = DateBox()
        for edit, name in ((self.start, tr("Period from")), (self.end, tr("Period to"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        label = QLabel(tr("&Period"))
        label.setBuddy(self.choice)
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("to", "between two dates")))
        row.addWidget(self.end)
        self.choice.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        span = period_for(self.choice.currentData(), date.today())
        if span is not None:
            for edit, d in zip((self.start, self.end), span):
                edit.blockSignals(True)
                edit.setDate(QDate(d.year, d.month, d.day))
                edit.blockSignals(False)
        self.changed.emit()

    def _dates_edited(self, *_args) -> None:
        if self.choice.currentData() != CHOSEN:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(self.choice.findData(CHOSEN))
            self.choice.blockSignals(False)
        self.changed.emit()

    def dates(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()


def tile(label: str, value: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("Tile")
    box = QVBoxLayout(frame)
    box.setContentsMargins(12, 8, 12, 8)
    v = QLabel(value)
    v.setObjectName("TileValue")
    v.setWordWrap(True)
    name = QLabel(label)
    name.setObjectName("Muted")
    name.setWordWrap(True)
    box.addWidget(v)
    box.addWidget(name)
    frame.setAccessibleName(f"{label}: {value}")
    return frame


class LazyChart(QWidget):
    """A chart's place on the page, drawn only once it is scrolled into view.

    Laying out a QChart costs tens of milliseconds; a dashboard of a dozen charts
    would stall every refresh for charts the supervisor has not scrolled to. The
    place holds the chart's name and its numbers (accessible description) from the
    start, so a screen reader hears them whether or not the chart is drawn yet.
    """

    def __init__(self, spec: ChartSpec) -> None:
        super().__init__()
        self.spec = spec
        self.view: QWidget | None = None
        self.setObjectName(f"chart-{spec.key}")
        self.setAccessibleName(spec.title)
        self.setAccessibleDescription(spec.description)  # "no data" workers named, not drawn as 0
        self.setMinimumHeight(charts.height_for(len(spec.categories), len(spec.series), spec.stacked))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def materialise(self) -> QWidget:
        if self.view is None:
            spec = self.spec
            chart = charts.bar_chart(spec.title, spec.categories, spec.series, stacked=spec.stacked,
                                     target=spec.target, target_label=spec.target_label, colours=spec.colours,
                                     suffix=spec.suffix)
            self.view = charts.chart_view(chart, self.accessibleDescription(), self.minimumHeight())
            box = QVBoxLayout(self)  # made only now: an empty layout would shrink the place to nothing
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.view)
            self.view.show()  # now, not on the next turn of the event loop
        return self.view


class ChartGrid(QWidget):
    """Headline tiles, then charts two abreast; rebuilt whenever the figures change."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.grid.setColumnStretch(0, 1)  # two equal columns, drawn or not
        self.grid.setColumnStretch(1, 1)
        self.views: list[LazyChart] = []
        self.borrowed: set[QWidget] = set()  # widgets the page lends (its tables): placed here, not owned

    def in_scroll_area(self) -> QScrollArea:
        """The grid in a frameless scroll area that draws charts as they scroll into view."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self)
        self.scroll = scroll
        scroll.verticalScrollBar().valueChanged.connect(lambda _v: self.reveal())
        return scroll

    def reveal(self) -> int:
        """Draw the charts now within the scrolled view; returns how many are drawn in all."""
        scroll = getattr(self, "scroll", None)
        if scroll is None or not self.isVisible():
            return sum(p.view is not None for p in self.views)
        # Place the charts now, as the scroll area will on its next turn: at least as tall as they need.
        need = self.grid.totalMinimumSize().height()
        if self.height() < need:
            self.resize(self.width(), need)
        self.grid.activate()
        viewport = scroll.viewport()
        seen = viewport.rect()
        for place in self.views:
            if place.view is None:
                where = QRect(place.mapTo(viewport, QPoint(0, 0)), place.size())
                if where.intersects(seen):
                    place.materialise()
        return sum(p.view is not None for p in self.views)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self.reveal)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        QTimer.singleShot(0, self.reveal)

    def show_figures(self, figures: dict[str, Any], specs: list[ChartSpec], extra_top: QWidget | None = None) -> None:
        """Tiles and charts made anew; ``extra_top`` (the page's own table) is placed above them, never deleted.

        The tiles and chart places are the grid's and go with each refresh. The table is the page's,
        kept for the page's life and refilled in place: deleting it with the rest (as once done)
        left the page holding a deleted C++ object, so the next refresh raised RuntimeError and the
        table was gone until the window was made again (issue 17).
        """
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not extra_top and widget not in self.borrowed:
                widget.hide()  # at once: until the deferred delete, it would still paint under the new ones
                widget.deleteLater()
        if extra_top is not None:
            self.borrowed.add(extra_top)
        self.views = []
        tiles = QWidget()
        row = QGridLayout(tiles)
        row.setContentsMargins(0, 0, 0, 0)
        for n, (label, value) in enumerate(headline(figures)):
            row.addWidget(tile(label, value), n // 5, n % 5)
        self.grid.addWidget(tiles, 0, 0, 1, 2)
        top = 1
        if extra_top is not None:
            self.grid.addWidget(extra_top, 1, 0, 1, 2)
            top = 2
        row, col = top, 0
        for spec in (s for s in specs if not s.empty):
            view = LazyChart(spec)
            self.views.append(view)
            if spec.wide:  # a wide chart takes a row of its own, after any half-filled one
                row += col
                self.grid.addWidget(view, row, 0, 1, 2)
                row, col = row + 1, 0
            else:
                self.grid.addWidget(view, row, col)
                row, col = (row + 1, 0) if col else (row, 1)
        if self.isVisible():
            # Shown now, not on the layout's next turn: until then the layout gives the new places no
            # room, so the next reveal found every chart "in view" at the top and drew all twelve.
            tiles.show()
            for view in self.views:
                view.show()
        QTimer.singleShot(0, self.reveal)


class CaseDialog(QDialog):
    """One case as its summary carries it: no names unless the worker sent them."""

    def __init__(self, parent: QWidget | None, worker: str, case: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Case {reference} — {worker}").format(reference=case["reference"], worker=worker))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 640)
        text = SafeBrowser()
        text.setAccessibleName(tr("Case summary"))
        text.setHtml(case_html(worker, case))
        self.text = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(buttons)


def score_trajectories(entries: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """One outcome's scores split by who was scored, in first-scored order: (who, their scores).

    A summary lists an outcome's scores for every subject (the family, person 1, person 2)
    in date order; chained into one row they read as one person's trajectory. "Who" is the
    subject, with the name when the worker sent names.
    """
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for e in entries:
        by_subject.setdefault(e.get("subject", ""), []).append(e)
    out = []
    for subject, points in by_subject.items():
        name = next((p["name"] for p in points if p.get("name")), "")
        out.append((f"{subject} ({name})" if name else subject, points))
    return out


def case_html(worker: str, c: dict[str, Any]) -> str:
    import html

    def esc(v: Any) -> str:
        return html.escape("" if v is None else str(v))

    flags = team._flags(c)  # noqa: SLF001  the same wording as the drill-down list
    dates = [(tr("Referred"), show_iso(c.get("referral_date"))), (tr("Source"), c.get("referral_source")),
             (tr("First contact"), show_iso(c.get("first_contact"))),
             (tr("Days to first contact"), c.get("days_to_first_contact")),
             (tr("Last contact"), show_iso(c.get("last_contact"))), (tr("Review due"), show_iso(c.get("review_due"))),
             (tr("Closed"), show_iso(c.get("closed_on"))), (tr("Closure reason"), c.get("closure_reason"))]
    rows = "".join(f"<tr><th align='left'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in dates if v not in (None, ""))
    needs = "".join("<li>{}</li>".format(esc(tr("{area} ({nature}, {term} term)").format(
        area=n["area"], nature=n["nature"], term=n["term"]))) for n in c.get("needs", []))
    scores = ""
    for outcome, entries in c.get("scores", {}).items():
        for subject, points in score_trajectories(entries):
            cells = " → ".join(f"{esc(p['score'])} <span style='color:#57606a'>({esc(p['kind'])}, {esc(show_iso(p['on']))})"
                               f"</span>" for p in points)
            scores += f"<tr><td>{esc(outcome)}</td><td>{esc(subject)}</td><td>{cells}</td></tr>"
    contacts = "".join(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>"
                       for k, v in sorted(c.get("contacts", {}).get("by_type", {}).items(), key=lambda kv: -kv[1]))
    flag_html = "".join(f"<span style='background:#ffebe9;color:#82071e'>&nbsp;{esc(f)}&nbsp;</span> " for f in flags)
    table = '<table cellpadding="3" border="1" cellspacing="0">'  # not shown: markup
    family = " · " + esc(c["family_label"]) if c.get("family_label") else ""
    total = c.get("contacts", {}).get("total", 0)
    return "\n      ".join([
        f"<h2>{esc(c['reference'])}: {esc(c.get('stage'))} ({esc(c.get('status'))})</h2>",
        f"<p>{esc(worker)}{family}</p><p>{flag_html}</p>",
        f'<table cellpadding="3">{rows}</table>',  # not shown: markup
        f"<h3>{esc(tr('Needs at the latest assessment'))}</h3>"
        f"<ul>{needs or '<li>{}</li>'.format(esc(tr('None recorded')))}</ul>",
        f"<h3>{esc(tr('Outcome scores over time'))}</h3>",
        f"{table}<tr><th>{esc(tr('Outcome'))}</th><th>{esc(tr('Who'))}</th><th>{esc(tr('Scores'))}</th></tr>"
        f"{scores}</table>",
        f"<h3>{esc(tr('Contacts by type ({count})').format(count=total))}</h3>",
        f"{table}{contacts}</table>",
    ])


class WorkerView(QWidget):
    """One worker: the same tiles and charts for their desk, and their cases to open."""

    back = Signal()
    supervision = Signal(str)

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__()
        self.session_factory = session_factory  # the Team page's, which keeps parsed summaries
        self.desk_id = ""
        self.span: tuple[date, date] | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.back_button = QPushButton(tr("← &Team"))
        self.back_button.setAccessibleName(tr("Back to the team"))
        self.back_button.clicked.connect(self.back.emit)
        self.heading = rich_label("")  # every value escaped where it is set
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.notes_button = QPushButton(tr("&Supervision notes"))
        self.notes_button.setAccessibleName(tr("Supervision notes for this worker"))
        self.notes_button.clicked.connect(lambda: self.supervision.emit(self.desk_id))
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Cases shown"))
        for label, value in ((tr("Open cases"), "open"), (tr("Closed cases"), "closed"), (tr("All cases"), "all")):
            self.status.addItem(label, value)
        self.status.currentIndexChanged.connect(lambda _i: self.load(self.desk_id, self.span))
        bar.addWidget(self.back_button)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.notes_button)
        box.addLayout(bar)
        self.cases, self.case_model = make_table(case_columns(), tr("Cases in this worker's summary"))
        self.cases.setMinimumHeight(260)
        self.cases.doubleClicked.connect(lambda _i: self.open_case())
        self.cases.activated.connect(lambda _i: self.open_case())
        self.grid = ChartGrid()
        box.addWidget(self.grid.in_scroll_area(), 1)

    def load(self, desk_id: str, span: tuple[date, date] | None) -> dict[str, Any]:
        self.desk_id, self.span = desk_id, span
        start, end = span or (None, None)
        with self.session_factory() as s:
            detail = team.worker_detail(s, desk_id, start, end, status=self.status.currentData())
        w = detail["worker"]
        earlier = tr(", {count} earlier kept").format(count=w.earlier) if w.earlier else ""
        # the names come in the worker's own summary bundle: escaped, so a tag in them is shown, never loaded
        self.heading.setText(f"<b>{html.escape(w.worker_name)}</b> · {html.escape(w.establishment or w.desk_name)}"
                             f" · {html.escape(tr('summary of {date}').format(date=show_date(w.as_of)) + earlier)}"
                             + (" · " + html.escape(tr("names included")) if w.include_names else ""))
        self.case_model.set_rows(detail["cases"])
        self.cases.setColumnHidden(1, not any(c.family_label for c in detail["cases"]))
        self.grid.show_figures(detail["figures"], desk_charts(detail["figures"]), extra_top=self.cases)
        self.detail = detail
        return detail

    def open_case(self, reference: str | None = None) -> CaseDialog | None:
        if reference is None:
            index = self.cases.currentIndex()
            if not index.isValid():
                return None
            reference = self.case_model.data(index, ROW_ROLE).reference
        with self.session_factory() as s:
            case = team.case_detail(s, self.desk_id, reference)
        dialog = CaseDialog(self, self.detail["worker"].worker_name, case)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class WorkerFilter(QSortFilterProxyModel):
    """The workers table sorted by any column, and filtered by words typed (in the worker's name, desk or
    establishment) and by one establishment."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.words: list[str] = []
        self.place: str | None = None  # None: every establishment

    def set_filter(self, text: str, place: str | None) -> None:
        self.beginFilterChange()
        self.words, self.place = text.lower().split(), place
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if self.place is not None and row["establishment"] != self.place:
            return False
        text = f"{row['worker_name']} {row['desk_name']} {row['establishment']}".lower()
        return all(w in text for w in self.words)


class TeamPage(Page):
    title = QT_TRANSLATE_NOOP("", "Team")
    shows = frozenset({TEAM, SUPERVISION})  # the next supervision dates come from the notes
    open_supervision = Signal(str)

    def __init__(self, session_factory: Callable[[], Session], database: Database) -> None:
        parsed: dict = {}  # parsed summaries, kept while the page lives (see team.share_parsed)
        super().__init__(lambda: team.share_parsed(session_factory(), parsed))
        self.database = database
        self.figures: dict[str, Any] = {}
        bar = ButtonBar()
        self.period = PeriodBar()
        self.period.changed.connect(self.refresh)
        self.import_button = QPushButton(tr("&Import summaries…"))
        self.import_button.setAccessibleName(tr("Import summaries"))
        self.import_button.setToolTip(tr("Workers' summary bundles: choose several at once"))
        self.import_button.clicked.connect(lambda: self.import_summaries())
        self.count = QLabel("")
        self.count.setObjectName("Muted")
        self.count.setWordWrap(True)  # it gives way on a narrow window, not the period's name
        bar.addWidget(self.period)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.import_button)
        self.layout_.addLayout(bar)

        self.stack = QStackedWidget()
        self.layout_.addWidget(self.stack, 1)
        steps = "<p align='center'>{}</p><div align='left'><ol><li>{}</li><li>{}</li><li>{}</li></ol></div>"  # not shown
        self.empty = QLabel(steps.format(
            *(html.escape(text, quote=False) for text in (
                tr("No workers' summaries yet."),
                tr("Pair with each worker's desk: the worker saves an identity file with “Export my identity…” on "
                   "their Sync page; on this desk's Sync page choose “Pair with a desk…”, pick that file and compare "
                   "the fingerprint with the worker."),
                tr("The worker sends a summary: on their Sync page, To: this desk, Kind: “Summary for my "
                   "supervisor”, then “Export bundle…”."),
                tr("Here, choose “Import summaries…” and pick the summary files (several at once if you like).")))))
        allow_rich(self.empty)  # our own steps, no data
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(80, 0, 80, 0)  # the steps read as a column, not a full-width line
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        overview = QWidget()
        box = QVBoxLayout(overview)
        box.setContentsMargins(0, 0, 0, 0)
        self.workers_box = self._workers_table()
        self.grid = ChartGrid()
        box.addWidget(self.grid.in_scroll_area(), 1)
        self.stack.addWidget(overview)

        self.worker_view = WorkerView(self.session_factory)
        self.worker_view.back.connect(lambda: self.stack.setCurrentIndex(1))
        self.worker_view.supervision.connect(self.open_supervision.emit)
        self.stack.addWidget(self.worker_view)

    def _workers_table(self) -> QWidget:
        """The workers table (sortable: click a heading) under its filter box and establishment choice."""
        self.worker_model = RowTableModel(worker_columns())
        self.worker_filter = WorkerFilter(self)
        self.worker_filter.setSourceModel(self.worker_model)
        self.workers = TableView(tr("Workers"), tr("No worker matches the filter: clear it to see the whole team."))
        self.workers.setModel(self.worker_filter)
        # columns fitted to the rows in sight and a few more, not to every worker: measuring sixty rows'
        # cells was a quarter of the dashboard's paint (a wider cell further down ends in "…", whole in its tip)
        self.workers.horizontalHeader().setResizeContentsPrecision(2 * VISIBLE_WORKERS)
        self.workers.setSortingEnabled(True)
        self.workers.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as listed: by establishment, then name
        self.workers.setSelectionMode(TableView.SelectionMode.SingleSelection)
        self.workers.setToolTip(tr("Double-click or press Enter to see a worker's figures and cases; "
                                   "click a heading to sort"))
        self.workers.doubleClicked.connect(lambda _i: self.drill_down())
        self.workers.activated.connect(lambda _i: self.drill_down())
        self.workers.setMinimumHeight(150)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(tr("Filter workers"))
        self.filter.setPlaceholderText(tr("Filter by worker, desk or establishment"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        label = QLabel(tr("Filte&r"))
        label.setBuddy(self.filter)
        self.place = QComboBox()
        self.place.setAccessibleName(tr("Establishment"))
        self.place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.place.currentIndexChanged.connect(self._filter)
        self.shown = QLabel("")
        self.shown.setObjectName("Muted")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.filter, 2)
        row.addWidget(self.place, 1)
        row.addWidget(self.shown)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.workers)
        return box

    def _filter(self, *_args: object) -> None:
        self.worker_filter.set_filter(self.filter.text(), self.place.currentData())
        shown, all_ = self.worker_filter.rowCount(), self.worker_model.rowCount()
        self.shown.setText(tr("{shown} of {all} shown").format(shown=shown, all=all_) if shown != all_ else "")

    def _fill_places(self, places: dict[str, dict[str, Any]], workers: int) -> None:
        """The establishment choice: the whole team, then each establishment with its workers, the choice kept."""
        chosen = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(tr("All establishments ({workers} workers)").format(workers=workers), None)
        for name, v in places.items():
            self.place.addItem(f"{name} ({v['workers']})", name)
        self.place.setCurrentIndex(max(0, self.place.findData(chosen)) if chosen is not None else 0)
        self.place.blockSignals(False)
        self.place.setVisible(len(places) > 1)

    def refresh(self) -> None:
        start, end = self.period.dates()
        try:
            with self.session_factory() as s:
                self.figures = team.team_figures(s, start, end)
                nexts = team.next_supervisions(s)
        except FswError as exc:
            self.count.setText(exc.message)
            return
        workers = self.figures["workers"]
        if not workers:
            self.stack.setCurrentIndex(0)
            self.count.setText("")
            return
        # grouped by establishment, then by name; a click on a heading sorts by that column instead
        rows = sorted((dict(w, desk_id=d, next_supervision=nexts.get(d)) for d, w in workers.items()),
                      key=lambda r: ((r["establishment"] or "").lower(), (r["worker_name"] or "").lower()))
        self.worker_model.set_rows(rows)
        self._fill_places(self.figures.get("establishments", {}), len(rows))
        self._filter()
        self.workers.resizeRowToContents(0)  # one row measured, not sixty: they are one line each
        height = max(self.workers.rowHeight(0), 30)
        self.workers.verticalHeader().setDefaultSectionSize(height)
        header = max(self.workers.horizontalHeader().sizeHint().height(), 28)
        # up to VISIBLE_WORKERS rows in sight (the rest scroll), with room for a sideways scroll bar
        scroll_bar = self.workers.horizontalScrollBar().sizeHint().height()
        self.workers.setFixedHeight(header + height * min(len(rows), VISIBLE_WORKERS) + scroll_bar + 6)
        newest = max(date.fromisoformat(w["as_of"]) for w in workers.values())
        places = len(self.figures.get("establishments", {}))
        nbsp = show_date(newest).replace(" ", "\u00a0")  # if the line wraps, the date stays whole
        self.count.setText(
            tr("{workers} workers in {places} establishments · newest summary {date}").format(
                workers=len(workers), places=places, date=nbsp) if places > 1 else
            tr("{workers} workers · newest summary {date}").format(workers=len(workers), date=nbsp))
        self.grid.show_figures(self.figures["team"], team_charts(self.figures), extra_top=self.workers_box)
        if self.stack.currentIndex() == 2 and self.worker_view.desk_id in workers:
            self.worker_view.load(self.worker_view.desk_id, (start, end))
        else:
            self.stack.setCurrentIndex(1)

    def drill_down(self, desk_id: str | None = None) -> WorkerView | None:
        if desk_id is None:
            index = self.workers.currentIndex()
            if not index.isValid():
                return None
            desk_id = self.worker_filter.data(index, ROW_ROLE)["desk_id"]
        self.worker_view.load(desk_id, self.period.dates())
        self.stack.setCurrentIndex(2)
        self.worker_view.cases.setFocus()
        return self.worker_view

    def import_summaries(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, tr("Import workers' summaries"), str(Path.home()),
                                                    tr("FSW bundles") + " (*.fswb);;" + tr("All files") + " (*)")
        if not paths:
            return
        database = self.database
        operations.run_in_background(
            self, tr("Importing summaries"),
            lambda progress: summary_bundle.import_summaries(database, list(paths), progress=progress),
            changes={TEAM, SYNC}, success=self._imported)

    def _imported(self, results) -> None:  # noqa: ANN001
        self.last_import = results
        fresh = [r for r in results if not getattr(r, "replay", False)]
        text = tr("%n summary imported|%n summaries imported", "", len(fresh))
        if len(fresh) < len(results):
            text = tr("{imported}; {count} imported before, nothing changed").format(
                imported=text, count=len(results) - len(fresh))
        self.window().statusBar().showMessage(text, 10000)
        if not fresh:
            QMessageBox.information(self, tr("Import summaries"), text + ".")

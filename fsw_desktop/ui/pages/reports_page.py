"""Reports for a chosen period: preview on screen, then PDF with charts and tables, or CSV.

On a worker's desk the figures are the desk's own (what its summary would carry);
on a supervisor's desk, the team's from the workers' latest summaries. The figures
are worked out off the UI thread; the charts are drawn on it (Qt's rule for
graphics), from the same chart list the dashboard uses.

The page is reloaded every time it is shown; the figures are worked out again only when
something they are made from changed (a kind in ``shows`` was announced), the period
changed or the day turned. Otherwise the report on screen stands, with no progress
dialog flashing up on every visit (issue 17).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date
from ...db import Database
from ...errors import FswError
from ...services.data_protection import audit
from ...services.supervision import summary, team
from ...services.desk.session import open_session
from .. import operations, report
from ..figure_charts import desk_charts, team_charts
from ..operations import APPLICATIONS, CASES, FAMILY_DAYS, PEOPLE, SETTINGS, TEAM, VISITS
from ..printing import deliver, saved_path
from ..progress import run_with_progress
from ..button_bar import ButtonBar
from .base import Page
from .team_page import PeriodBar
from ..plain_text import SafeBrowser
from ...words import QT_TRANSLATE_NOOP, tr


def figures_for(database: Database, role: str, start: date, end: date) -> dict[str, Any]:
    """Plain data for the report: runs on a pool thread with its own connection."""
    with open_session(database, worker=True) as s:
        if role == "supervisor":
            return {"role": role, **team.team_figures(s, start, end)}
        made = summary.desk_summary(s, date.today(), start=start, end=end)
        return {"role": role, "team": made["figures"], "workers": {}, "desk": made.get("desk", {})}


class ReportsPage(Page):
    title = QT_TRANSLATE_NOOP("", "Reports")
    shows = frozenset({CASES, PEOPLE, VISITS, FAMILY_DAYS, APPLICATIONS, TEAM, SETTINGS})  # what the figures count

    def __init__(self, session_factory: Callable[[], Session], database: Database, role: str) -> None:
        super().__init__(session_factory)
        self.database = database
        self.role = role
        self.data: dict[str, Any] | None = None
        self.html = ""
        self.images: dict = {}
        self.worked_out: tuple | None = None  # what the figures on screen (or being worked out) were made for
        self.task = None
        bar = ButtonBar()
        self.period = PeriodBar()
        self.period.changed.connect(self.refresh)
        bar.addWidget(self.period)
        bar.addStretch(1)
        self.pdf_button = QPushButton(tr("Save &PDF…"))
        self.csv_button = QPushButton(tr("Save &CSV…"))
        for b, name, slot in ((self.pdf_button, tr("Save PDF report"), self.save_pdf),
                              (self.csv_button, tr("Save CSV figures"), self.save_csv)):
            b.setAccessibleName(name)
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        self.layout_.addLayout(bar)
        self.note = QLabel(tr("The preview is what the PDF holds. Files you save are not encrypted: keep them "
                              "where your service's policy says."))
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.layout_.addWidget(self.note)
        self.preview = SafeBrowser()
        self.preview.setAccessibleName(tr("Report preview"))
        self.layout_.addWidget(self.preview, 1)

    def changes_seen(self, kinds: frozenset[str], origin=None) -> None:  # noqa: ANN001
        """Figures made before a change to what they count are out of date, shown or not."""
        if kinds & self.shows:
            self.worked_out = None
        super().changes_seen(kinds, origin)

    def refresh(self) -> None:
        start, end = self.period.dates()
        wanted = (start, end, date.today())
        if wanted == self.worked_out:  # the figures on screen, or on their way, are these
            return
        self.worked_out = wanted
        database, role = self.database, self.role
        self.task = run_with_progress(self, tr("Working out the figures"),
                                      lambda progress: figures_for(database, role, start, end), self._show,
                                      self._failed)

    def _failed(self, message: str) -> None:
        self.worked_out = None  # try again on the next visit
        QMessageBox.warning(self, tr("Working out the figures"), message)

    def _span(self) -> tuple[date, date]:
        """The period the shown figures were worked out for, not the period bar's dates now: the bar
        may have moved since (figures are worked out off the UI thread), and a file labelled with
        dates its figures do not cover would mislead whoever reads it."""
        if self.data:
            period = self.data["team"].get("period") or self.data.get("period")
            if period:
                return date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
        return self.period.dates()

    def _title(self) -> tuple[str, str]:
        start, end = self._span()
        period = tr("{start} to {end}").format(start=show_date(start), end=show_date(end))
        if self.role == "supervisor":
            n = len(self.data["workers"]) if self.data else 0
            return tr("Team report"), tr("{period} · %n worker, from their latest summaries|"
                                         "{period} · %n workers, from their latest summaries", "", n).format(period=period)
        return tr("Desk report"), tr("{period} · this desk's own figures").format(period=period)

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        if self.role == "supervisor" and not data["workers"]:
            none_yet = tr("No workers' summaries yet: import them on the Team page.")
            self.preview.setHtml("<p>{}</p>".format(html.escape(none_yet)))
            self.html = ""
            return
        specs = team_charts(data) if self.role == "supervisor" else desk_charts(data["team"])
        title, subtitle = self._title()
        self.html, self.images = report.build(title, subtitle, data["team"], specs, data["workers"] or None)
        doc = self.preview.document()
        for name, image in self.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.preview.setHtml(self.html)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not self.html:
            QMessageBox.information(self, tr("Report"), tr("There are no figures to print yet."))
            return None
        start, end = self._span()
        try:
            done = deliver(self, tr("Report"), self.html, f"report-{start}-{end}.pdf", path, images=self.images)
        except FswError as exc:
            QMessageBox.warning(self, tr("Report"), exc.message)
            return None
        period = f"{show_date(start)} to {show_date(end)}"  # not shown: the audit log keeps it as written
        for d in done:
            self._audit("printed", f"figures report, {d.how}, {period}")  # not shown: stored as written
        return saved_path(done)

    def save_csv(self, path: str | None = None) -> Path | None:
        if not self.data or (self.role == "supervisor" and not self.data["workers"]):
            QMessageBox.information(self, tr("Report"), tr("There are no figures to save yet."))
            return None
        if not path:
            start, end = self._span()
            path, _ = QFileDialog.getSaveFileName(self, tr("Save figures"),
                                                  str(Path.home() / f"figures-{start}-{end}.csv"),
                                                  tr("CSV") + " (*.csv)")
        if not path:
            return None
        data = dict(self.data)
        if self.role != "supervisor":
            start, end = self._span()
            data = {"period": {"start": start.isoformat(), "end": end.isoformat()}, "team": data["team"],
                    "workers": {}}
        try:
            team.write_team_csv(Path(path), data)
        except FswError as exc:
            QMessageBox.warning(self, tr("Report"), exc.message)
            return None
        self._audit("exported", "figures report, CSV")  # not shown: stored in the audit log as written
        return Path(path)

    def _audit(self, action: str, detail: str) -> None:
        operations.write(self, lambda s: audit.record(s, action, detail=detail), changes={operations.AUDIT},
                         title=tr("Report"))

"""Bring a caseload in: choose a file, map its columns, read the dry run, decide duplicates, confirm.

Nothing of the caseload is written before the last page's Import button; the
import itself runs off the UI thread (``operations.run_in_background``) in one
transaction, so a failure leaves the profile as it was, and every open view of
cases reloads once it is in. The column mapping is remembered in the profile
when the worker leaves the mapping page.
"""

from __future__ import annotations

import weakref

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ..db import Database
from ..errors import FswError
from ..services.caseload import caseload_import as ci
from ..services.desk.session import open_session
from . import operations
from .duplicates_dialog import live_people, offer_review
from .table_model import Column, make_table

IGNORE = "(ignore this column)"
CHOOSE = "Choose…"
CHOICES = (("Merge with the person already there", ci.MERGE), ("Skip this row", ci.SKIP))
FILE_PAGE, MAPPING_PAGE, REPORT_PAGE, DUPLICATES_PAGE, CONFIRM_PAGE = range(5)


@dataclass(frozen=True)
class ReportLine:
    kind: str  # Problem or Note
    row: int
    column: str
    message: str
    suggestion: str


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class _Page(QWizardPage):
    """A page that reaches its wizard without holding it: a strong reference both ways would make a
    cycle that Python's collector frees later, deleting the Qt objects twice (a crash)."""

    _wizard: "weakref.ref[ImportWizard]"

    @property
    def w(self) -> "ImportWizard":
        return self._wizard()


class FilePage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle("Choose the spreadsheet")
        self.setSubTitle("A .csv or .xlsx file with one row per person. Nothing is written until the last step.")
        self.path = QLineEdit()
        self.path.setAccessibleName("File to import")
        self.path.setPlaceholderText("caseload.xlsx")
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Browse for the file")
        self.browse.clicked.connect(self._browse)
        self.message = _label("", "File message")
        row = QHBoxLayout()
        label = QLabel("&File:")
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the spreadsheet", str(Path.home()),
                                              "Spreadsheets (*.xlsx *.csv)")
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.w.table = ci.read_table(Path(self.path.text().strip()))
        except FswError as exc:
            self.message.setText(exc.message)
            return False
        except OSError as exc:
            self.message.setText(f"The file could not be opened ({exc.strerror or type(exc).__name__}).")
            return False
        self.message.setText("")
        return True


class MappingPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle("Match the columns")
        self.setSubTitle("For each of your headings, choose the template's column it holds. Headings that match are "
                         "filled in; so is what you chose last time.")
        self.grid = QTableWidget(0, 3)
        self.grid.setAccessibleName("Column mapping")
        self.grid.setHorizontalHeaderLabels(["Your heading", "First value", "Our column"])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.remember = QCheckBox("&Remember this mapping for next time")
        self.remember.setAccessibleName("Remember this mapping")
        self.remember.setChecked(True)
        self.message = _label("", "Mapping message")
        self.combos: list[QComboBox] = []
        box = QVBoxLayout(self)
        box.addWidget(self.grid, 1)
        box.addWidget(self.remember)
        box.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.w.table
        with self.w.session() as s:
            self.cols = ci.template_columns(s)
            suggested = ci.suggest_mapping(table.headings, self.cols, ci.remembered_mapping(s))
        self.grid.setRowCount(len(table.headings))
        self.combos = []
        for i, heading in enumerate(table.headings):
            sample = next((ci._text(r[i]) for r in table.rows if ci._text(r[i])), "")
            self.grid.setItem(i, 0, QTableWidgetItem(heading))
            self.grid.setItem(i, 1, QTableWidgetItem(sample[:40]))
            combo = QComboBox(self.grid)
            combo.setAccessibleName(f"Our column for {heading or 'an unnamed column'}")
            combo.addItem(IGNORE, "")
            for col in self.cols:
                combo.addItem(col.heading, col.key)
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(i, ""))))
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        if self.combos:
            self.grid.setCurrentCell(0, 2)

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_column(self, heading: str, ours: str) -> None:
        """Choose our column (by heading) for one of the file's headings."""
        i = self.w.table.headings.index(heading)
        self.combos[i].setCurrentIndex(self.combos[i].findText(ours))

    def validatePage(self) -> bool:
        mapping = self.mapping()
        self.w.mapping = mapping
        remember, table, today = self.remember.isChecked(), self.w.table, self.w.today

        def check(s):  # noqa: ANN001, ANN202 - the dry run writes nothing; the mapping is kept if asked
            report = ci.dry_run(s, table, mapping, today)
            if remember:
                ci.remember_mapping(s, table.headings, mapping)
            return report

        written = operations.write(self, check, changes={operations.SETTINGS} if remember else (),
                                   failure=self.message.setText)
        if written:
            self.w.report = written.result
        return written.ok


class ReportPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle("Dry run")
        self.setSubTitle("Every row was checked. Nothing has been written.")
        self.summary = _label("", "Dry run summary")
        self.view, self.model = make_table([
            Column("Row", lambda r: r.row or ""), Column("Column", lambda r: r.column),
            Column("", lambda r: r.kind, warn=lambda r: r.kind == "Problem"),
            Column("What is wrong", lambda r: r.message), Column("Nearest accepted value", lambda r: r.suggestion),
        ], "Dry run report")
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.view, 1)

    def initializePage(self) -> None:
        report = self.w.report
        lines = [ReportLine("Problem", p.row, p.column, p.message, p.suggestion) for p in report.problems]
        lines += [ReportLine("Note", p.row, p.column, p.message, p.suggestion) for p in report.warnings]
        if report.ignored_columns:
            lines.append(ReportLine("Note", 0, "", "Columns ignored: " + ", ".join(report.ignored_columns), ""))
        self.model.set_rows(lines)
        counts = (f"{report.rows} rows: {report.families} families, {report.people} people, "
                  f"{report.assessments} assessments, {report.scores} scores.")
        if report.ok:
            dup = (f" {len(report.duplicates)} people are already in the profile: choose what to do next."
                   if report.duplicates else "")
            self.summary.setText(f"{counts} No problems found.{dup}")
        else:
            self.summary.setText(f"{counts} {len(report.problems)} problem(s): put them right in the file, then "
                                 "choose it again. Nothing has been written.")
        self.summary.setAccessibleName(self.summary.text())
        self.view.setFocus()

    def isComplete(self) -> bool:
        return self.w.report is not None and self.w.report.ok

    def validatePage(self) -> bool:
        return self.isComplete()

    def nextId(self) -> int:
        return DUPLICATES_PAGE if self.w.report and self.w.report.duplicates else CONFIRM_PAGE


class DuplicatesPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle("People already in the profile")
        self.setSubTitle("Choose for each: merge (the person already there is updated from the file) or skip the "
                         "row. Nobody is added twice.")
        self.grid = QTableWidget(0, 5)
        self.grid.setAccessibleName("People already in the profile")
        self.grid.setHorizontalHeaderLabels(["Row", "In the file", "Already in the profile", "Same", "Choice"])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.merge_all = QPushButton("&Merge all")
        self.merge_all.setAccessibleName("Merge all")
        self.skip_all = QPushButton("&Skip all")
        self.skip_all.setAccessibleName("Skip all")
        # Bound methods, not lambdas: a lambda holding the page would keep it in a cycle with its button.
        self.merge_all.clicked.connect(self._merge_all)
        self.skip_all.clicked.connect(self._skip_all)
        self.message = _label("", "Duplicates message")
        self.combos: list[QComboBox] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_all)
        buttons.addWidget(self.skip_all)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.grid, 1)
        box.addLayout(buttons)
        box.addWidget(self.message)

    def initializePage(self) -> None:
        dups = self.w.report.duplicates
        self.grid.setRowCount(len(dups))
        self.combos = []
        for i, d in enumerate(dups):
            where = f" in case {d.existing_case_ref}" if d.existing_case_ref else ""
            for j, text in enumerate((str(d.row), d.name, f"{d.existing_name} ({d.existing_ref}{where})",
                                      d.matched_on)):
                self.grid.setItem(i, j, QTableWidgetItem(text))
            combo = QComboBox(self.grid)
            combo.setAccessibleName(f"Choice for row {d.row}")
            combo.addItem(CHOOSE, "")
            for text, value in CHOICES:
                combo.addItem(text, value)
            previous = self.w.decisions.get(d.row, "")
            combo.setCurrentIndex(max(0, combo.findData(previous)))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(i, 4, combo)
            self.combos.append(combo)

    def _merge_all(self) -> None:
        self._all(ci.MERGE)

    def _skip_all(self) -> None:
        self._all(ci.SKIP)

    def _all(self, value: str) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(combo.findData(value))

    def decisions(self) -> dict[int, str]:
        return {d.row: c.currentData() for d, c in zip(self.w.report.duplicates, self.combos) if c.currentData()}

    def isComplete(self) -> bool:
        return all(c.currentData() for c in self.combos)

    def validatePage(self) -> bool:
        if not self.isComplete():
            self.message.setText("Choose merge or skip for every row first.")
            return False
        self.w.decisions = self.decisions()
        with self.w.session() as s:
            report = ci.dry_run(s, self.w.table, self.w.mapping, self.w.today, self.w.decisions)
        if not report.ok:
            self.message.setText("These choices cannot be imported: " + " ".join(p.line() for p in report.problems))
            return False
        self.w.report = report
        return True


class ConfirmPage(_Page):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle("Import")
        self.setSubTitle("Press Import to write everything in one go: all rows or none.")
        self.summary = _label("", "Import summary")
        self.message = _label("", "Import message")
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.message)
        box.addStretch(1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Import")

    def initializePage(self) -> None:
        r = self.w.report
        merge = sum(1 for v in self.w.decisions.values() if v == ci.MERGE)
        skip = sum(1 for v in self.w.decisions.values() if v == ci.SKIP)
        text = (f"Ready to import {r.families} families and {r.people} people, with {r.assessments} assessments "
                f"and {r.scores} scores.")
        if merge or skip:
            text += f" {merge} will be merged with people already in the profile and {skip} skipped."
        if r.warnings:
            text += f" {len(r.warnings)} note(s) in the dry run are worth a look."
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.message.setText("")


class ImportWizard(QWizard):
    """File → columns → dry run → duplicates → confirm; ``imported`` carries the ImportResult."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None, database: Database, today: date | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.today = today or date.today()
        self.table: ci.Table | None = None
        self.mapping: dict[int, str] = {}
        self.report: ci.ImportReport | None = None
        self.decisions: dict[int, str] = {}
        self.result: ci.ImportResult | None = None
        self.failed: str = ""
        self._running = False
        self.setWindowTitle("Import caseload")
        self.setAccessibleName("Import caseload")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(860, 560)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.confirm_page = ConfirmPage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (MAPPING_PAGE, self.mapping_page),
                              (REPORT_PAGE, self.report_page), (DUPLICATES_PAGE, self.duplicates_page),
                              (CONFIRM_PAGE, self.confirm_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE_PAGE)

    def session(self):  # noqa: ANN201
        return open_session(self.database)

    def session_factory(self):  # noqa: ANN201 - what operations.write finds to write with
        return self.session()

    def accept(self) -> None:
        """Import off the UI thread; the wizard closes only when everything is written."""
        if self.currentId() != CONFIRM_PAGE or self._running:
            return
        if self.result is not None:
            super().accept()
            return
        self._running = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        table, mapping, decisions, today = self.table, dict(self.mapping), dict(self.decisions), self.today
        database = self.database
        self._people_before = live_people(self)  # to find the imported people's likely duplicates after

        def work(progress) -> Any:  # noqa: ANN001 - runs on a pool thread with its own connection
            return ci.import_into(database, table, mapping, decisions, today, progress, worker=True,
                                  remember=False)[1]

        operations.run_in_background(self, "Importing the caseload", work, changes={operations.CASES, operations.PEOPLE},
                                     success=self._done, failure=self._failed)

    def _done(self, result: ci.ImportResult) -> None:
        self._running = False
        self.result = result
        self.imported.emit(result)
        new_people = live_people(self) - self._people_before
        self.duplicates_review = offer_review(self.parentWidget() or self, new_people,
                                              "among the people just imported (with everyone on this desk)")
        super().accept()

    def _failed(self, message: str) -> None:
        self._running = False
        self.failed = message
        self.confirm_page.message.setText(message if "othing was" in message else f"{message} Nothing was imported.")
        self.confirm_page.message.setAccessibleName(self.confirm_page.message.text())
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

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
from ..words import tr
from . import operations
from .duplicates_dialog import live_people, offer_review
from .table_model import Column, make_table

FILE_PAGE, MAPPING_PAGE, REPORT_PAGE, DUPLICATES_PAGE, CONFIRM_PAGE = range(5)


@dataclass(frozen=True)
class ReportLine:
    kind: str  # PROBLEM or NOTE
    row: int
    column: str
    message: str
    suggestion: str


PROBLEM, NOTE = "Problem", "Note"  # not shown: a report line's kind; kind_text() says it


def kind_text(line: ReportLine) -> str:
    return tr("Problem", "a line of the dry run") if line.kind == PROBLEM else tr("Note", "a line of the dry run")


def duplicate_choices() -> list[tuple[str, str]]:
    """(label, value) for what to do with a row whose person is already in the profile."""
    return [(tr("Merge with the person already there"), ci.MERGE), (tr("Skip this row"), ci.SKIP)]


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class _Page(QWizardPage):
    """A page that reaches its wizard without holding it: a strong reference both ways would make a
    cycle that Python's collector frees later, deleting the Qt objects twice (a crash)."""

    _wizard: weakref.ref[ImportWizard]

    @property
    def w(self) -> ImportWizard:
        return self._wizard()


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle(tr("Choose the spreadsheet"))
        self.setSubTitle(tr("A .csv or .xlsx file with one row per person. Nothing is written until the last step."))
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("File to import"))
        self.path.setPlaceholderText(tr("caseload.xlsx", "an example file name"))
        self.browse = QPushButton(tr("&Browse…"))
        self.browse.setAccessibleName(tr("Browse for the file"))
        self.browse.clicked.connect(self._browse)
        self.message = _label("", tr("File message"))
        row = QHBoxLayout()
        label = QLabel(tr("&File:"))
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
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose the spreadsheet"), str(Path.home()),
                                              tr("Spreadsheets") + " (*.xlsx *.csv)")  # not shown: the pattern
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
            self.message.setText(tr("The file could not be opened ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            return False
        self.message.setText("")
        return True


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(tr("For each of your headings, choose the template's column it holds. Headings that match "
                            "are filled in; so is what you chose last time."))
        self.grid = QTableWidget(0, 3)
        self.grid.setAccessibleName(tr("Column mapping"))
        self.grid.setHorizontalHeaderLabels([tr("Your heading"), tr("First value"), tr("Our column")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.remember = QCheckBox(tr("&Remember this mapping for next time"))
        self.remember.setAccessibleName(tr("Remember this mapping"))
        self.remember.setChecked(True)
        self.message = _label("", tr("Mapping message"))
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
            combo.setAccessibleName(tr("Our column for {heading}").format(heading=heading or tr("an unnamed column")))
            combo.addItem(tr("(ignore this column)"), "")
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
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle(tr("Dry run"))
        self.setSubTitle(tr("Every row was checked. Nothing has been written."))
        self.summary = _label("", tr("Dry run summary"))
        self.view, self.model = make_table([
            Column(tr("Row"), lambda r: r.row or ""), Column(tr("Column"), lambda r: r.column),
            Column("", kind_text, warn=lambda r: r.kind == PROBLEM),
            Column(tr("What is wrong"), lambda r: r.message),
            Column(tr("Nearest accepted value"), lambda r: r.suggestion),
        ], tr("Dry run report"))
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.view, 1)

    def initializePage(self) -> None:
        report = self.w.report
        lines = [ReportLine(PROBLEM, p.row, p.column, p.message, p.suggestion) for p in report.problems]
        lines += [ReportLine(NOTE, p.row, p.column, p.message, p.suggestion) for p in report.warnings]
        if report.ignored_columns:
            lines.append(ReportLine(NOTE, 0, "", tr("Columns ignored: {columns}").format(
                columns=", ".join(report.ignored_columns)), ""))
        self.model.set_rows(lines)
        sentences = [tr("{rows} rows: {families} families, {people} people, {assessments} assessments, "
                        "{scores} scores.").format(rows=report.rows, families=report.families, people=report.people,
                                                   assessments=report.assessments, scores=report.scores)]
        if report.ok:
            sentences.append(tr("No problems found."))
            if report.duplicates:
                sentences.append(tr("%n people are already in the profile: choose what to do next.", "",
                                    len(report.duplicates)))
        else:
            sentences.append(tr("%n problem(s): put them right in the file, then choose it again. Nothing has been "
                                "written.", "", len(report.problems)))
        self.summary.setText(" ".join(sentences))
        self.summary.setAccessibleName(self.summary.text())
        self.view.setFocus()

    def isComplete(self) -> bool:
        return self.w.report is not None and self.w.report.ok

    def validatePage(self) -> bool:
        return self.isComplete()

    def nextId(self) -> int:
        return DUPLICATES_PAGE if self.w.report and self.w.report.duplicates else CONFIRM_PAGE


class DuplicatesPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle(tr("People already in the profile"))
        self.setSubTitle(tr("Choose for each: merge (the person already there is updated from the file) or skip the "
                            "row. Nobody is added twice."))
        self.grid = QTableWidget(0, 5)
        self.grid.setAccessibleName(tr("People already in the profile"))
        self.grid.setHorizontalHeaderLabels([tr("Row"), tr("In the file"), tr("Already in the profile"), tr("Same"),
                                             tr("Choice")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.merge_all = QPushButton(tr("&Merge all"))
        self.merge_all.setAccessibleName(tr("Merge all"))
        self.skip_all = QPushButton(tr("&Skip all"))
        self.skip_all.setAccessibleName(tr("Skip all"))
        # Bound methods, not lambdas: a lambda holding the page would keep it in a cycle with its button.
        self.merge_all.clicked.connect(self._merge_all)
        self.skip_all.clicked.connect(self._skip_all)
        self.message = _label("", tr("Duplicates message"))
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
            existing = (tr("{name} ({ref} in case {case})").format(name=d.existing_name, ref=d.existing_ref,
                                                                   case=d.existing_case_ref)
                        if d.existing_case_ref else
                        tr("{name} ({ref})").format(name=d.existing_name, ref=d.existing_ref))
            for j, text in enumerate((str(d.row), d.name, existing, d.matched_on)):
                self.grid.setItem(i, j, QTableWidgetItem(text))
            combo = QComboBox(self.grid)
            combo.setAccessibleName(tr("Choice for row {row}").format(row=d.row))
            combo.addItem(tr("Choose…"), "")
            for text, value in duplicate_choices():
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
            self.message.setText(tr("Choose merge or skip for every row first."))
            return False
        self.w.decisions = self.decisions()
        with self.w.session() as s:
            report = ci.dry_run(s, self.w.table, self.w.mapping, self.w.today, self.w.decisions)
        if not report.ok:
            self.message.setText(tr("These choices cannot be imported: {problems}").format(
                problems=" ".join(p.line() for p in report.problems)))
            return False
        self.w.report = report
        return True


class ConfirmPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = weakref.ref(wizard)
        self.setTitle(tr("Import", "the wizard's last page"))
        self.setSubTitle(tr("Press Import to write everything in one go: all rows or none."))
        self.summary = _label("", tr("Import summary"))
        self.message = _label("", tr("Import message"))
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.message)
        box.addStretch(1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Import"))

    def initializePage(self) -> None:
        r = self.w.report
        merge = sum(1 for v in self.w.decisions.values() if v == ci.MERGE)
        skip = sum(1 for v in self.w.decisions.values() if v == ci.SKIP)
        sentences = [tr("Ready to import {families} families and {people} people, with {assessments} assessments "
                        "and {scores} scores.").format(families=r.families, people=r.people,
                                                       assessments=r.assessments, scores=r.scores)]
        if merge or skip:
            sentences.append(tr("{merge} will be merged with people already in the profile and {skip} skipped.").format(
                merge=merge, skip=skip))
        if r.warnings:
            sentences.append(tr("%n note(s) in the dry run are worth a look.", "", len(r.warnings)))
        text = " ".join(sentences)
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
        self.setWindowTitle(tr("Import caseload"))
        self.setAccessibleName(tr("Import caseload"))
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

        operations.run_in_background(self, tr("Importing the caseload"), work,
                                     changes={operations.CASES, operations.PEOPLE}, success=self._done,
                                     failure=self._failed)

    def _done(self, result: ci.ImportResult) -> None:
        self._running = False
        self.result = result
        self.imported.emit(result)
        new_people = live_people(self) - self._people_before
        self.duplicates_review = offer_review(self.parentWidget() or self, new_people,
                                              tr("among the people just imported (with everyone on this desk)",
                                                 "follows: N likely duplicates / No likely duplicates"))
        super().accept()

    def _failed(self, message: str) -> None:
        self._running = False
        self.failed = message
        self.confirm_page.message.setText(message if "othing was" in message  # a refusal that says so already
                                          else tr("{message} Nothing was imported.").format(message=message))
        self.confirm_page.message.setAccessibleName(self.confirm_page.message.text())
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

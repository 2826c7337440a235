"""Subject access export and erasure of one person: pick the person, then export a PDF or erase.

The services build the data and HTML (``services.subject_access``) and do the
erasure (``services.erasure``); this module only writes the PDF and asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import FswError
from ..services.data_protection import erasure, subject_access
from ..services.desk import profile
from . import operations
from .printing import show_saved, write_pdf
from .progress import run_with_progress
from .table_model import ROW_ROLE, Column, make_table
from ..words import tr
from ..services.desk import vocab


def columns() -> list[Column]:
    """The list's columns, headed in the desk's language (chosen after import)."""
    return [
        Column(tr("Ref", "a record's reference"), lambda h: h.ref),
        Column(tr("Name"), lambda h: h.name),
        Column(tr("Role"), lambda h: vocab.label(h.role)),
        Column(tr("Case"), lambda h: h.case_ref),
    ]


class PersonDialog(QDialog):
    """Find a person; export what is held about them, or erase them."""

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session],
                 database: Database | None = None, person_id: str | None = None, mode: str = "export") -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.database = database
        self.last_pdf: Path | None = None
        self.compacted: bool | None = None  # after an erasure: False while the file is compacted, then True
        self.setWindowTitle(tr("Subject access and erasure"))
        self.setAccessibleName(tr("Subject access and erasure"))
        self.resize(720, 520)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Name, reference or prison number"))
        self.search.setAccessibleName(tr("Find a person"))
        self.search.textChanged.connect(self.find)
        find_label = QLabel(tr("&Find"))
        find_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.search, 1)
        self.view, self.model = make_table(columns(), tr("People found"), empty=tr("Search by name or prison number."))
        self.view.doubleClicked.connect(lambda _i: self.export_pdf())

        self.export_button = QPushButton(tr("&Export PDF…"))
        self.export_button.setAccessibleName(tr("Export everything held about the person as PDF"))
        self.export_button.clicked.connect(lambda: self.export_pdf())
        self.erase_button = QPushButton(tr("E&rase person…"))
        self.erase_button.setAccessibleName(tr("Erase the person"))
        self.erase_button.clicked.connect(lambda: self.erase())
        note = QLabel(tr("The export leaves out other people: family members, visitors and prisoners are third "
                         "parties, and a do-not-disclose family member never appears in a prisoner's export. "
                         "Erasure blanks the person everywhere, on paired desks too at the next sync."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.find("")
        if person_id:
            self.select(person_id)
        (self.erase_button if mode == "erase" else self.export_button).setDefault(True)

    def find(self, text: str = "") -> None:
        with self.session_factory() as s:
            self.model.set_rows(subject_access.find_people(s, text))
        if self.model.rowCount() == 1:
            self.view.selectRow(0)

    def select(self, person_id: str) -> None:
        for row, hit in enumerate(self.model.rows):
            if hit.id == person_id:
                self.view.selectRow(row)
                return

    def current(self) -> subject_access.PersonHit | None:
        index = self.view.currentIndex()
        rows = self.view.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        return self.model.index(index.row(), 0).data(ROW_ROLE) if index.isValid() else None

    # --- subject access -----------------------------------------------------------------------
    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        hit = self.current()
        if hit is None:
            QMessageBox.information(self, tr("Subject access"), tr("Choose the person first."))
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save subject access export"),
                                                  f"subject-access-{hit.ref}.pdf", tr("PDF") + " (*.pdf)")
            if not path:
                return None
        def export(s: Session) -> Path:
            out = write_pdf(subject_access.build(s, hit.id).html(), Path(path))
            subject_access.record_export(s, hit.id)
            return out

        written = operations.write(self, export, changes={operations.AUDIT}, title=tr("Subject access"))
        if not written:
            return None
        out = self.last_pdf = written.result
        window = self.parent().window() if self.parent() is not None else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Saved {path}").format(path=out), 8000)
        show_saved(self, tr("Subject access"), out)
        return out

    # --- erasure ------------------------------------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("Erase person"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def erase(self) -> erasure.ErasurePlan | None:
        hit = self.current()
        if hit is None:
            QMessageBox.information(self, tr("Erase person"), tr("Choose the person first."))
            return None
        with self.session_factory() as s:
            try:
                plan = erasure.plan_erasure(s, hit.id)
            except FswError as exc:
                QMessageBox.warning(self, tr("Erase person"), exc.message)
                return None
        if not plan.allowed:
            ErasureRefusedDialog(self, plan).exec()
            return plan
        if not self.confirm(plan.explain() + "\n\n" + tr("Erase now? This cannot be undone.")):
            return None
        if not operations.write(self, lambda s: erasure.erase_person(s, hit.id), changes=operations.EVERYTHING,
                                title=tr("Erase person")):
            return None
        self.find(self.search.text())
        if self.database is not None:
            db = self.database

            def work(progress: Callable[[int, str], None]) -> None:
                progress(20, tr("Compacting the database file"))
                profile.vacuum(db)
                progress(100, tr("Done"))

            self.compacted = False
            run_with_progress(self, tr("Erasing"), work, lambda _r: setattr(self, "compacted", True))
        return plan


class ErasureRefusedDialog(QDialog):
    """Why a person cannot be erased, in full, selectable text."""

    def __init__(self, parent: QWidget, plan: erasure.ErasurePlan) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Erasure refused"))
        self.setAccessibleName(tr("Erasure refused"))
        text = QPlainTextEdit(plan.explain())
        text.setReadOnly(True)
        text.setAccessibleName(tr("Why the person cannot be erased"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{ref} cannot be erased:").format(ref=plan.person_ref)))
        layout.addWidget(text)
        layout.addWidget(buttons)


def open_person_dialog(window: QWidget, person_id: str | None = None, mode: str = "export") -> PersonDialog:
    """From the main window (or any widget inside it): the dialog, with a person already chosen if given."""
    main = window.window()
    dialog = PersonDialog(main, main.session, getattr(main, "database", None), person_id, mode)
    main._person_dialog = dialog
    dialog.show()
    return dialog

"""Possible duplicates: pairs of people who look like one person, why, and the worker's decision.

Opened from the Directory page and Data protection → Possible duplicates (the whole directory of
people), and after a new referral, a new visitor, a caseload import or a bundle import (only the
people just added), but only when there is something to look at. Each pair is merged (the worker
chooses which record to keep) or marked as different people, which is remembered.
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.cases import Case
from ..models.people import Person
from ..services.casework import duplicates
from ..services.casework.duplicates import LikelyDuplicate, Who
from ..progress import Progress
from ..services.desk.session import desk, open_session
from . import operations
from .progress import run_with_progress
from .table_model import ROW_ROLE, Column, make_table
from ..words import QT_TRANSLATE_NOOP, tr

TITLE = QT_TRANSLATE_NOOP("", "Possible duplicates")  # shown as tr(TITLE)
# A merge moves links from every kind of record that names a person.
MERGE_CHANGES = frozenset({operations.PEOPLE, operations.CASES, operations.VISITS, operations.FAMILY_DAYS,
                           operations.APPLICATIONS})


def _person(w: Who) -> str:
    name = w.full_name or tr("(no name)")
    return f"{name}\n{w.detail}"


def columns() -> list[Column]:
    """The list's columns, headed in the desk's language (chosen after import)."""
    return [
        Column(tr("Likeness"), lambda d: d.score),
        Column(tr("One record"), lambda d: _person(d.first)),
        Column(tr("The other", "record"), lambda d: _person(d.second)),
        Column(tr("Why they look alike"), lambda d: "\n".join(r[:1].upper() + r[1:] for r in d.reasons)),
    ]


class MergeDialog(QDialog):
    """Which record to keep; the button that says Merge is the confirmation."""

    def __init__(self, parent: QWidget | None, pair: LikelyDuplicate) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setWindowTitle(tr("Merge two records"))
        self.setAccessibleName(tr("Merge two records"))
        intro = QLabel(tr("Keep which record? Everything linked to the other (its case, visits, bookings, "
                          "applications, restrictions, consents) moves to the one you keep, details it lacks are "
                          "copied over, and the other record is removed on this desk and, at the next sync, on "
                          "paired desks. The merge is kept in the audit trail and the case history."))
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(tr("Keep &1: {name} ({detail})").format(
            name=pair.first.full_name, detail=pair.first.detail))
        self.keep_second = QRadioButton(tr("Keep &2: {name} ({detail})").format(
            name=pair.second.full_name, detail=pair.second.detail))
        group = QButtonGroup(self)
        for n, button in enumerate((self.keep_first, self.keep_second)):
            button.setAccessibleName(button.text().replace("&", ""))
            group.addButton(button, n)
        self.keep_first.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setAccessibleName(tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def kept_and_merged(self) -> tuple[Who, Who]:
        if self.keep_first.isChecked():
            return self.pair.first, self.pair.second
        return self.pair.second, self.pair.first


class DuplicatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session],
                 among: Iterable[str] | None = None, heading: str = "") -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.among = None if among is None else list(among)
        self.heading_text = heading
        self.merge_dialog: MergeDialog | None = None
        self.loaded = False
        self.task = None
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr(TITLE))
        self.resize(940, 600)

        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("What is listed"))
        self.view, self.model = make_table(
            columns(), tr("Possible duplicate people"),
            empty=tr("No likely duplicates. People marked as different are not offered again."))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, 250)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.setAccessibleDescription(tr("Merge with Alt+M; mark as different people with Alt+D."))
        self.view.doubleClicked.connect(lambda _i: self.merge_selected())
        header.sectionResized.connect(lambda *_a: self.view.resizeRowsToContents())  # rows as tall as their text
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Last action"))

        self.merge_button = QPushButton(tr("&Merge…"))
        self.merge_button.setAccessibleName(tr("Merge the selected pair"))
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        self.different_button = QPushButton(tr("&Different people"))
        self.different_button.setAccessibleName(tr("Mark the selected pair as different people"))
        self.different_button.clicked.connect(lambda: self.mark_different())
        note = QLabel(tr("Likeness is out of 100. Check the records before merging: a merge cannot be undone "
                         "with a button, though the audit trail and case history keep what it did."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        for button in (self.merge_button, self.different_button):
            button.setMinimumWidth(button.sizeHint().width() + 24)  # the ellipsis is never cut
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.different_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.view.resizeRowsToContents()  # the columns have their real widths only once shown

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The few people just added are compared at once; the whole directory on a pool thread, with progress."""
        self.loaded = False
        if self.among is not None:
            with self.session_factory() as s:
                self._show(duplicates.find_likely(s, among=self.among))
            return
        database = operations.database_of(self)

        def work(progress: Progress) -> list[LikelyDuplicate]:
            with open_session(database, worker=True) as s:
                return duplicates.find_likely(s, progress=progress)

        self.task = run_with_progress(self, tr("Looking for possible duplicates"), work, self._show,
                                      lambda message: self.status.setText(message))

    def _show(self, pairs: list[LikelyDuplicate]) -> None:
        self.model.set_rows(pairs)
        self.view.resizeRowsToContents()
        # ``where`` is a phrase from the opener ("for the people of the new referral ..."), in the desk's language
        where = self.heading_text or tr("among everyone on this desk")
        self.heading.setText(tr("%n likely duplicate pair {where}.|%n likely duplicate pairs {where}.", "",
                                len(pairs)).format(where=where) if pairs
                             else tr("No likely duplicates {where}.").format(where=where))
        self.heading.setAccessibleDescription(self.heading.text())
        for button in (self.merge_button, self.different_button):
            button.setEnabled(bool(pairs))
        if pairs and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self.loaded = True

    def selected(self) -> LikelyDuplicate | None:
        index = self.view.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ROW_ROLE) if index.isValid() else None

    # --- decisions ----------------------------------------------------------------------------
    def merge_selected(self, keep_second: bool = False, confirm: bool = True) -> bool:
        """Ask which record to keep, then merge. ``confirm=False`` (tests) merges as chosen by ``keep_second``."""
        pair = self.selected()
        if pair is None:
            self.status.setText(tr("Select a pair first."))
            return False
        self.merge_dialog = MergeDialog(self, pair)
        if keep_second:
            self.merge_dialog.keep_second.setChecked(True)
        if confirm and self.merge_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        kept, merged = self.merge_dialog.kept_and_merged()
        written = operations.write(self, lambda s: duplicates.merge(s, kept.id, merged.id), changes=MERGE_CHANGES,
                                   failure=self.status.setText, title=tr(TITLE))
        if written:
            self.status.setText(written.result.message)
            self.refresh()
        return bool(written)

    def mark_different(self) -> bool:
        pair = self.selected()
        if pair is None:
            self.status.setText(tr("Select a pair first."))
            return False
        written = operations.write(self, lambda s: duplicates.mark_different(s, pair.first.id, pair.second.id),
                                   changes={operations.PEOPLE}, failure=self.status.setText, title=tr(TITLE))
        if written:
            self.status.setText(tr("{name} ({ref}) and {other_name} ({other_ref}) are marked as different people "
                                   "and will not be offered again.").format(
                name=pair.first.full_name, ref=pair.first.ref, other_name=pair.second.full_name,
                other_ref=pair.second.ref))
            self.refresh()
        return bool(written)


# --- opening it ------------------------------------------------------------------------------------

def open_duplicates(widget: QWidget, among: Iterable[str] | None = None, heading: str = "") -> DuplicatesDialog:
    """The dialog over ``widget``'s window, non-modal, kept alive on the window."""
    window = widget.window()
    dialog = DuplicatesDialog(window, operations.session_factory_of(widget), among, heading)
    window._duplicates_dialog = dialog
    dialog.show()
    return dialog


def offer_review(widget: QWidget, person_ids: Iterable[str], heading: str) -> DuplicatesDialog | None:
    """After people are added: on a worker's desk, open the review if any of them has a likely duplicate."""
    ids = [i for i in person_ids if i]
    if not ids:
        return None
    with operations.session_factory_of(widget)() as s:
        if desk(s).role != "worker" or not duplicates.find_likely(s, among=ids):
            return None
    return open_duplicates(widget, ids, heading)


def offer_review_of_case(widget: QWidget, case_ref: str) -> DuplicatesDialog | None:
    """After a new referral: the people of the case just made."""
    with operations.session_factory_of(widget)() as s:
        ids = list(s.scalars(select(Person.id).join(Case, Case.id == Person.case_id)
                             .where(Case.ref == case_ref, Person.live())))
    return offer_review(widget, ids, tr("for the people of the new referral {ref}: they may already be on this desk")
                        .format(ref=case_ref))


def live_people(widget: QWidget) -> set[str]:
    """Everyone on the desk now, so the people an import adds can be told apart afterwards."""
    with operations.session_factory_of(widget)() as s:
        return set(s.scalars(select(Person.id).where(Person.live())))

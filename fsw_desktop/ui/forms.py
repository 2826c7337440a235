"""Forms whose typed work is never lost, and whose problems are shown at their fields.

A ``DraftForm`` lists its input widgets by name; locking reads them into a
draft row inside the database and closes the dialog, unlocking offers the
draft back and refills a fresh dialog from it. Escape, Cancel or the window's
close button on a form whose values differ from those it opened with asks
"Discard changes?" first (the default keeps the work). A refusal carrying
several problems (``errors.Invalid``) marks every field named in it at once;
a mark goes as soon as its field is edited, so no stale message stays.
"""

from __future__ import annotations

from datetime import date
from collections.abc import Iterable
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QDate, Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QComboBox, QDateEdit, QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QSpinBox, QTextEdit, QVBoxLayout, QWidget,
)
from shiboken6 import isValid as shiboken_alive

from ..errors import FswError, Invalid
from ..words import QT_TRANSLATE_NOOP, tr

T = TypeVar("T")

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


D = TypeVar("D", bound=QDialog)


def open_dialog(parent: QWidget, title: str, make: Callable[[], D], refusal: str = "warning") -> D | None:
    """Make a dialog and open it window-modal, deleted when closed; a refusal while gathering its
    facts is shown as a message box of kind ``refusal`` ("warning" or "information") instead."""
    try:
        dialog = make()
    except FswError as exc:
        getattr(QMessageBox, refusal)(parent, title, exc.message)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_discard(parent: QWidget) -> str:
    """Ask before throwing typed work away: SAVE, DISCARD or CANCEL. Enter and Escape keep the work.

    A plain ``QMessageBox.question`` so tests answer it as they answer every other question.
    """
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, tr("Discard changes?"),
        tr("This form has changes that are not saved. Save them, discard them, or go back to the form?"),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Cancel,
    )
    if answer == buttons.Save:
        return SAVE
    if answer == buttons.Discard:
        return DISCARD
    return CANCEL


def changed_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals that say a field's value was edited (used to take a stale problem mark away)."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    if isinstance(widget, QCheckBox):
        return [widget.toggled]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished]
    out: list[SignalInstance] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not isinstance(child, QLabel):
            out.extend(changed_signals(child))
    return out


def mark_target(widget: QWidget) -> QWidget:
    """The widget that shows the red mark: a compound field (a date that may be empty) marks its input."""
    edit = getattr(widget, "edit", None)
    return edit if isinstance(edit, QWidget) else widget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """The ``invalid`` dynamic property drives the stylesheet rule; re-polish so it shows at once."""
    target = mark_target(widget)
    if bool(target.property("invalid")) == invalid:
        return
    target.setProperty("invalid", invalid)
    target.style().unpolish(target)
    target.style().polish(target)
    target.update()

def read_widget(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return choice(widget)
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(type(widget).__name__)


def write_widget(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        set_choice(widget, str(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))


def fill_choices(combo: QComboBox, values: Iterable[str]) -> None:
    """Add stored ``values`` (vocab's marked words) to ``combo``: each shows in the desk's language,
    its English stays the item's data, which ``choice`` reads back."""
    for value in values:
        combo.addItem(tr(value), value)


def choice(combo: QComboBox) -> str:
    """The stored value of what ``combo`` shows: the chosen item's data, or text typed into an editable one."""
    i = combo.currentIndex()
    data = combo.itemData(i) if i >= 0 else None
    if isinstance(data, str) and combo.currentText() == combo.itemText(i):
        return data
    return combo.currentText()


def set_choice(combo: QComboBox, value: str) -> None:
    """Show the item whose stored value is ``value`` (typed into an editable combo if no item has it)."""
    i = combo.findData(value)
    if i < 0:
        i = combo.findText(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    elif combo.isEditable():
        combo.setEditText(value)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DraftForm(QDialog):
    form_id = "form"
    title = QT_TRANSLATE_NOOP("", "Form")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened_with: dict[str, Any] | None = None  # the values at first show: "changes" differ from them
        self._problem_fields: dict[str, QWidget] = {}  # field name -> its input, in the order of the form
        self._problem_labels: dict[str, QLabel] = {}  # field name -> the message under it
        self._general_label: QLabel | None = None  # problems with no field of their own
        self._general_problems: str = ""
        self._marked_note: str = ""
        self._last_invalid: Invalid | None = None
        self._asking = False

    def fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    # --- typed work is never lost --------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """What "changed" is measured against; forms with more than ``fields()`` add to it."""
        return self.draft_values()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._opened_with is None:
            self._opened_with = self.snapshot()
        super().showEvent(event)

    def has_changes(self) -> bool:
        """Whether anything differs from what the form opened with (a restored draft counts as changed)."""
        return self._opened_with is not None and self.snapshot() != self._opened_with

    def save_changes(self) -> None:
        """Save as the Save button would (chosen in the "Discard changes?" question)."""
        accept = getattr(self, "_accept", None)
        if callable(accept):
            accept()

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask first when there is typed work, else close at once."""
        if self._asking or not self.isVisible() or not self.has_changes():
            super().reject()
            return
        self._asking = True
        try:
            answer = ask_discard(self)
        finally:
            if shiboken_alive(self):
                self._asking = False
        if not shiboken_alive(self) or not self.isVisible():
            return  # locked while asking: the lock kept a draft and closed the form
        if answer == DISCARD:
            super().reject()
        elif answer == SAVE:
            self.save_changes()

    def close_without_asking(self) -> None:
        """For the lock, which has just kept the typed work as an encrypted draft."""
        QDialog.reject(self)

    # --- every problem at once, at its field -----------------------------------------------------------
    def field_with_problem(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with a (hidden) message line under it, to put in the form's layout instead of it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel("")
        label.setObjectName("FieldProblem")
        label.setWordWrap(True)
        label.setVisible(False)
        column.addWidget(label)
        box.setFocusProxy(widget)
        self.watch_field(name, widget, label)
        return box

    def watch_field(self, name: str, widget: QWidget, label: QLabel) -> None:
        """Register a field for problem marks; editing it takes its mark away."""
        self._problem_fields[name] = widget
        self._problem_labels[name] = label
        for signal in changed_signals(widget):
            signal.connect(lambda *_args, n=name: self.clear_problem(n))

    def set_general_label(self, label: QLabel) -> None:
        self._general_label = label

    def guarded(self, fn: Callable[..., T]) -> Callable[..., T]:
        """``fn`` for ``operations.write``, remembering an ``Invalid`` refusal so ``refused`` can mark fields."""
        def run(*args: Any) -> T:
            try:
                return fn(*args)
            except Invalid as exc:
                self._last_invalid = exc
                raise
        self._last_invalid = None
        return run

    def refused(self, message: str) -> None:
        """``operations.write``'s failure: field problems at their fields, anything else in the general line."""
        invalid, self._last_invalid = self._last_invalid, None
        self.show_problems(invalid.problems if invalid is not None else {"": message})

    def show_refusal(self, exc: FswError) -> None:
        self.show_problems(exc.problems if isinstance(exc, Invalid) else {"": exc.message})

    def show_problems(self, problems: dict[str, str]) -> None:
        """Mark every field named in ``problems``; focus goes to the first marked field of the form."""
        self.clear_problems()
        self._marked_note = ""  # "N things to put right", taken away with the last mark
        general = [msg for name, msg in problems.items() if name not in self._problem_fields]
        for name, widget in self._problem_fields.items():
            if name not in problems:
                continue
            label = self._problem_labels[name]
            label.setText(problems[name])
            label.setAccessibleName(tr("Problem: {field}").format(field=widget.accessibleName() or name))
            label.setVisible(True)
            widget.setAccessibleDescription(problems[name])
            set_invalid(widget, True)
        marked = [w for n, w in self._problem_fields.items() if n in problems]
        if marked:
            mark_target(marked[0]).setFocus(Qt.FocusReason.OtherFocusReason)
            if len(marked) > 1 and not general:
                general = [tr(
                    "%n thing to put right, marked below its field.|%n things to put right, marked below their fields.",
                    "", len(marked))]
                self._marked_note = general[0]
        self._general_problems = " ".join(general)
        if self._general_label is not None:
            self._general_label.setText(self._general_problems)

    def clear_problem(self, name: str) -> None:
        widget = self._problem_fields.get(name)
        if widget is None or not mark_target(widget).property("invalid"):
            return
        label = self._problem_labels[name]
        label.setText("")
        label.setVisible(False)
        widget.setAccessibleDescription("")
        set_invalid(widget, False)
        if not any(mark_target(w).property("invalid") for w in self._problem_fields.values()):
            if self._general_label is not None and self._marked_note and self._general_label.text() == self._marked_note:
                self._general_label.setText("")

    def clear_problems(self) -> None:
        for name in list(self._problem_fields):
            self.clear_problem(name)
        if self._general_label is not None:
            self._general_label.setText("")

    def problems_shown(self) -> dict[str, str]:
        """The field problems on screen now (for tests and for screen readers' summaries)."""
        return {n: self._problem_labels[n].text() for n, w in self._problem_fields.items()
                if mark_target(w).property("invalid")}

    def draft_values(self) -> dict[str, Any]:
        return {name: read_widget(w) for name, w in self.fields().items()}

    def restore_values(self, values: dict[str, Any]) -> None:
        if self._opened_with is None:
            self._opened_with = self.snapshot()  # a restored draft is typed work: closing it asks
        for name, widget in self.fields().items():
            if name in values:
                write_widget(widget, values[name])

    def has_input(self) -> bool:
        """Only forms with something typed or chosen are worth a draft."""
        return self.has_changes() or any(
            isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and read_widget(w).strip()
            for w in self.fields().values()
        )

"""Forms whose unsaved text survives a lock as an encrypted draft.

A ``DraftForm`` lists its input widgets by name; locking reads them into a
draft row inside the database and closes the dialog, unlocking offers the
draft back and refills a fresh dialog from it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit, QWidget,
)

def read_widget(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
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
        i = widget.findText(str(value))
        if i >= 0:
            widget.setCurrentIndex(i)
        elif widget.isEditable():
            widget.setEditText(str(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DraftForm(QDialog):
    form_id = "form"
    title = "Form"

    def fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def draft_values(self) -> dict[str, Any]:
        return {name: read_widget(w) for name, w in self.fields().items()}

    def restore_values(self, values: dict[str, Any]) -> None:
        for name, widget in self.fields().items():
            if name in values:
                write_widget(widget, values[name])

    def has_input(self) -> bool:
        """Only forms with something typed are worth a draft."""
        return any(
            isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and read_widget(w).strip()
            for w in self.fields().values()
        )

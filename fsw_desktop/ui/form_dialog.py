"""One dialog for the many small casework forms, built from a list of fields.

Each form is a ``DraftForm`` so a lock keeps what was typed; ``context``
(e.g. which case) travels in the draft so the form can be reopened. A form that
writes is given the kinds of record it ``changes``: its Save then goes through
``operations.write``, and a refusal stays in the form as its message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Sequence

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from .date_box import DateBox
from ..errors import FswError
from . import operations
from .fit import scrolling
from .forms import DraftForm, pydate, qdate
from ..words import QT_TRANSLATE_NOOP, tr

NO_DATE = QT_TRANSLATE_NOOP("", "no date")


@dataclass
class Field:
    name: str
    label: str
    kind: str = "text"  # text, long, choice, edit-choice, date, optional-date, required-date, bool, int
    options: Sequence[Any] = ()  # for choice: strings (stored values, shown through tr), or (label, value) pairs
    default: Any = None
    help: str = ""
    minimum: int = 0
    maximum: int = 600


@dataclass
class FormSpec:
    form_id: str
    title: str
    fields: list[Field]
    intro: str = ""
    context: dict[str, Any] = field(default_factory=dict)


class OptionalDate(QWidget):
    """A date that may be left empty: a check box switches the date on."""

    def __init__(self, value: date | None) -> None:
        super().__init__()
        from PySide6.QtWidgets import QHBoxLayout

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(tr("Set"))
        self.edit = DateBox(qdate(value or date.today()))
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return pydate(self.edit.date()) if self.enabled.isChecked() else None


class FormDialog(DraftForm):
    form_id = "generic"

    def __init__(self, parent: QWidget | None, spec: FormSpec, save: Callable[..., list[str] | None],
                 changes: Iterable[str] | None = None) -> None:
        """``save(values)``, or with ``changes`` a write: ``save(session, values)``, committed and announced.

        Either returns the warnings to show once saved, or raises ``FswError`` to refuse.
        """
        super().__init__(parent)
        self.spec = spec
        self.form_id = spec.form_id
        self.title = spec.title
        self._save = save
        self.changes = None if changes is None else frozenset(changes)
        self.setWindowTitle(spec.title)
        self.setAccessibleName(spec.title)
        self.setMinimumWidth(480)
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if spec.intro:
            intro = QLabel(spec.intro)
            intro.setWordWrap(True)
            intro.setObjectName("Muted")
            layout.addWidget(intro)
        form = QFormLayout()
        for f in spec.fields:
            widget = self._make(f)
            widget.setAccessibleName(f.label.replace("&", ""))
            if f.help:
                widget.setToolTip(f.help)
            self.widgets[f.name] = widget
            form.addRow(f.label, self.field_with_problem(f.name, widget))
        layout.addWidget(scrolling(form), 1)  # a long form scrolls; Save stays in view (ui/fit.py)
        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        self.set_general_label(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.warnings: list[str] = []

    def _make(self, f: Field) -> QWidget:
        if f.kind == "long":
            w = QPlainTextEdit(str(f.default or ""))
            w.setTabChangesFocus(True)
            w.setFixedHeight(80)
            return w
        if f.kind in ("choice", "edit-choice"):
            w = QComboBox()
            w.setEditable(f.kind == "edit-choice")
            for option in f.options:
                label, value = option if isinstance(option, tuple) else (tr(str(option)), option)  # vocab's words
                w.addItem(label, value)
            if f.default is not None:
                i = w.findData(f.default)
                if i < 0:
                    i = w.findText(str(f.default))
                if i >= 0:
                    w.setCurrentIndex(i)
                elif w.isEditable():
                    w.setEditText(str(f.default))
            return w
        if f.kind == "date":
            w = DateBox(qdate(f.default or date.today()))
            return w
        if f.kind in ("optional-date", "required-date"):  # required: no default, Save asks for it
            return OptionalDate(f.default)
        if f.kind == "bool":
            w = QCheckBox()
            w.setChecked(bool(f.default))
            return w
        if f.kind == "int":
            w = QSpinBox()
            w.setRange(f.minimum, f.maximum)
            w.setValue(int(f.default or 0))
            return w
        return QLineEdit(str(f.default or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            w = self.widgets[f.name]
            if isinstance(w, QComboBox):
                out[f.name] = w.currentData() if not w.isEditable() else (
                    w.currentData() if w.currentText() == w.itemText(w.currentIndex()) else w.currentText())
            elif isinstance(w, QDateEdit):
                out[f.name] = pydate(w.date())
            elif isinstance(w, OptionalDate):
                out[f.name] = w.value()
            elif isinstance(w, QCheckBox):
                out[f.name] = w.isChecked()
            elif isinstance(w, QSpinBox):
                out[f.name] = w.value()
            elif isinstance(w, QPlainTextEdit):
                out[f.name] = w.toPlainText().strip()
            else:
                out[f.name] = w.text().strip()
        return out

    def fields(self) -> dict[str, QWidget]:
        return {n: w for n, w in self.widgets.items() if not isinstance(w, OptionalDate)}

    def draft_values(self) -> dict[str, Any]:
        values = super().draft_values()
        values["_context"] = self.spec.context
        return values

    def snapshot(self) -> dict[str, Any]:
        return {**self.draft_values(), **self.values()}

    def _accept(self) -> None:
        values = self.values()
        missing = [f.label.replace("&", "") for f in self.spec.fields if f.kind == "required-date" and not values[f.name]]
        if missing:
            self.message.setText(tr("Enter the {field}: tick Set and choose the date.").format(field=missing[0].lower()))
            return
        if self.changes is not None:
            operations.write(self, self.guarded(lambda s: self._save(s, values)), changes=self.changes,
                             success=self._saved, failure=self.refused)
            return
        try:
            warnings = self._save(values)
        except FswError as exc:
            self.show_refusal(exc)
            return
        self._saved(warnings)

    def _saved(self, warnings: list[str] | None) -> None:
        self.warnings = list(warnings or [])
        self.accept()

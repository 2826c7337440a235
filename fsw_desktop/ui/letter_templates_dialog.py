"""File > Edit lists > Letter templates: the team's letters, edited with their merge fields and a live preview.

A template is saved only when its text is a letter FSW Desk can print (every merge field known,
no stray brace); the message says which line is wrong. The shipped defaults are listed until
someone edits or deletes them; an edit travels to the team's desks like any record. Typed work
is a draft like any form's (``DraftForm``): locking keeps it, closing with changes asks first, and
choosing another template waits until the changes are saved or undone. Each template is written in
English or in Welsh (its preview's made-up dates follow); the shipped letters come in both.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from ..errors import FswError
from ..services.letters import fields, language, templates
from ..words import QT_TRANSLATE_NOOP, tr
from . import operations
from .forms import DraftForm
from .operations import SETTINGS
from .plain_text import SafeBrowser


class LetterTemplatesDialog(DraftForm):
    form_id = "letter-template"
    title = QT_TRANSLATE_NOOP("", "Letter template")

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session]) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.current_id: str | None = None
        self.setWindowTitle(tr("Letter templates"))
        self.setAccessibleName(tr("Letter templates"))
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Templates"))
        self.list.currentItemChanged.connect(lambda now, before: self._chosen(now, before))
        heading = QLabel(tr("&Templates"))
        heading.setBuddy(self.list)
        ll.addWidget(heading)
        ll.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("&New"))
        self.new_button.setAccessibleName(tr("New template"))
        self.new_button.clicked.connect(self.new_template)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.setAccessibleName(tr("Delete template"))
        self.delete_button.clicked.connect(self.delete_template)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        ll.addLayout(row)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Template name"))
        form.addRow(tr("N&ame"), self.name)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of letter"))
        for kind in templates.KINDS:
            self.kind.addItem(tr(templates.KIND_LABELS[kind]), kind)
        form.addRow(tr("&Kind"), self.kind)
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language the letter is written in"))
        for code in language.TEMPLATE_LANGUAGES:
            self.language.addItem(tr(language.LETTER_LANGUAGES[code]), code)
        self.language.currentIndexChanged.connect(self.refresh_preview)
        form.addRow(tr("Lan&guage"), self.language)
        rl.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(tr("Letter text with merge fields"))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self.refresh_preview)
        body_label = QLabel(tr("&Letter text: merge fields in braces, e.g. {example}; a blank line starts a new "
                               "paragraph").format(example="{recipient_name}"))
        body_label.setWordWrap(True)
        body_label.setBuddy(self.body)
        rl.addWidget(body_label)
        rl.addWidget(self.body, 2)
        known = QLabel(tr("Merge fields: {fields}").format(fields=", ".join("{" + f + "}" for f in fields.FIELDS)))
        known.setObjectName("Muted")
        known.setWordWrap(True)
        known.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(known)
        self.preview = SafeBrowser()
        self.preview.setProperty("own_language", True)  # the letter in its template's language
        self.preview.setAccessibleName(tr("Template preview with made-up details"))
        rl.addWidget(self.preview, 2)
        split.addWidget(right)
        split.setSizes([220, 640])
        layout.addWidget(split, 1)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes the template: shown as typed
        self.message.setWordWrap(True)
        self.message.setObjectName("Error")
        self.message.setAccessibleName(tr("Problem with the template"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("&Save template"))
        self.save_button.setAccessibleName(tr("Save template"))
        self.save_button.clicked.connect(lambda: self.save())
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 680)
        self.reload()

    # the draft: the template's fields, and which template they belong to ------------------------------
    def fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "kind": self.kind, "language": self.language, "body": self.body}

    def draft_values(self) -> dict[str, Any]:
        return {**super().draft_values(), "_template": self.current_id or ""}

    def has_input(self) -> bool:
        return self.has_changes()  # a template as stored is no draft

    def restore_values(self, values: dict[str, Any]) -> None:
        """A draft kept over a lock: back on its template (or a new one), with the typed text."""
        ids = [t.id for t in self.rows]
        self.list.blockSignals(True)
        self.list.setCurrentRow(ids.index(values["_template"]) if values.get("_template") in ids else -1)
        self.list.blockSignals(False)
        self.current_id = values.get("_template") or None
        super().restore_values(values)
        self.refresh_preview()

    def _accept(self) -> None:  # "Save" in the Discard changes? question
        self.save()

    def _chosen(self, now: QListWidgetItem | None, before: QListWidgetItem | None) -> None:
        if self.has_changes():  # typed work first: the list waits
            self.list.blockSignals(True)
            self.list.setCurrentItem(before)
            self.list.blockSignals(False)
            self.message.setText(tr("Save the changes to this template first, or close without saving them."))
            return
        self._show_current()

    def _settled(self) -> None:
        """What is shown now is what is stored: changes are measured from here."""
        if self._opened_with is not None:
            self._opened_with = self.snapshot()

    def reload(self, select_id: str | None = None) -> None:
        with self.session_factory() as s:
            self.rows = templates.templates(s)
        self._settled()  # what was typed is saved (or deleted): choosing a row below is not losing work
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.rows:
            item = QListWidgetItem(t.name if t.stored else tr("{name} (as shipped)").format(name=t.name))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [t.id for t in self.rows]
        want = select_id or self.current_id
        self.list.setCurrentRow(ids.index(want) if want in ids else 0 if ids else -1)
        self._show_current()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        t = next((t for t in self.rows if item is not None and t.id == item.data(Qt.ItemDataRole.UserRole)), None)
        self.current_id = t.id if t else None
        self.name.setText(t.name if t else "")
        self._choose(self.kind, t.kind if t else templates.OTHER)
        self._choose(self.language, t.language if t else language.ENGLISH)
        self.body.setPlainText(t.body if t else "")
        self.delete_button.setEnabled(t is not None)
        self.refresh_preview()  # one that arrived from another desk may not print: say why at once
        self._settled()

    def refresh_preview(self) -> None:
        try:
            self.preview.setHtml(fields.sample_html(self.name.text(), self.body.toPlainText(),
                                                    self.language.currentData() or language.ENGLISH))
            self.message.setText("")
        except FswError as exc:
            self.preview.setHtml("")
            self.message.setText(exc.message)

    def new_template(self) -> None:
        if self.has_changes():
            self.message.setText(tr("Save the changes to this template first, or close without saving them."))
            return
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.current_id = None
        self.name.setText("")
        self._choose(self.kind, templates.OTHER)
        # a new letter starts as a letter in the language chosen (the last template's); its words are the letter's
        if self.language.currentData() == language.WELSH:
            self.body.setPlainText("Annwyl {recipient_name},\n\n\n\nYn gywir,\n\n{worker_name}\n"  # i18n: keep
                                   "Cymorth i deuluoedd, {desk_name}")
        else:
            self.body.setPlainText("Dear {recipient_name},\n\n\n\nYours sincerely,\n\n{worker_name}\n"  # i18n: keep
                                   "Family support, {desk_name}")
        self.name.setFocus()

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:  # a value from a newer desk: shown as it is, saved as it is
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def save(self) -> bool:
        template_id, name, kind, body = self.current_id, self.name.text(), self.kind.currentData(), \
            self.body.toPlainText()
        lang = self.language.currentData() or language.ENGLISH
        written = operations.write(self, lambda s: templates.save(s, template_id, name, kind, body, lang),
                                   changes={SETTINGS}, failure=self.message.setText)
        if written:
            self.reload(written.result.id)
            self.message.setText("")
        return bool(written)

    def delete_template(self) -> bool:
        if self.current_id is None:
            return False
        # plain text (ui/plain_text.py): a name from another desk that looks like a tag is shown, not loaded
        answer = QMessageBox.question(self, tr("Delete template"),
                                      tr("Delete the template '{name}'? Letters already printed from it keep their "
                                         "record.").format(name=self.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        template_id = self.current_id
        written = operations.write(self, lambda s: templates.delete(s, template_id), changes={SETTINGS},
                                   failure=self.message.setText)
        if written:
            self.current_id = None
            self.reload()
        return bool(written)

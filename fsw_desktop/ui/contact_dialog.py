"""One saved contact, read whole, with Correct… and Delete… beside it.

A note can run to pages; the table cell shows one line of it, so the dialog shows the note in
a scrolling read-only box. Correcting edits the contact in place: the change log keeps each
field's old value beside the new one, so the case's History shows what was first written.
Deleting leaves a tombstone and the reason in the audit trail.
"""

from __future__ import annotations

import html

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..services.desk.dates import show_date
from ..services.casework import contacts
from ..services.desk import vocab
from .form_dialog import Field, FormDialog, FormSpec
from .operations import CASES
from .plain_text import rich_label
from ..words import QT_TRANSLATE_NOOP, tr

REASON_HELP = QT_TRANSLATE_NOOP("", "A few words, no names: the reason goes in the audit trail.")


def correction_form(contact: Any, goals: dict[str, str] | None = None) -> tuple[FormSpec, Callable]:
    """The contact form filled with what was saved, plus the reason for the correction."""
    kinds = list(vocab.CONTACT_TYPES) + ([] if contact.kind in vocab.CONTACT_TYPES else [contact.kind])
    fields = [
        Field("kind", tr("&Type"), "choice", kinds, default=contact.kind),
        Field("on", tr("&Date"), "date", default=contact.on),
        Field("minutes", tr("D&uration (minutes)"), "int", default=contact.minutes or 0),
        Field("present", tr("&Who was present"), default=contact.present),
        Field("intervention", tr("&Support given"), "choice", [""] + list(vocab.INTERVENTION_TYPES),
              default=contact.intervention or ""),
        Field("note", tr("&Note"), "long", default=contact.note),
        Field("reason", tr("&Why it is corrected"), help=tr(REASON_HELP)),
    ]
    contact_id = contact.id

    def save(s: Session, v: dict[str, Any]) -> None:
        contacts.correct_contact(s, contact_id, v["reason"], on=v["on"], kind=v["kind"], minutes=v["minutes"],
                                 present=v["present"], note=v["note"], intervention=v["intervention"] or "")

    spec = FormSpec("contact-correction", tr("Correct contact {ref}").format(ref=contact.ref), fields,
                    intro=tr("What was first written stays in the case's History beside the correction."),
                    context={"case_id": contact.case_id, "contact_id": contact.id})
    return spec, save


def deletion_form(contact: Any) -> tuple[FormSpec, Callable]:
    contact_id = contact.id

    def save(s: Session, v: dict[str, Any]) -> None:
        contacts.delete_contact(s, contact_id, v["reason"])

    spec = FormSpec("contact-deletion", tr("Delete contact {ref}").format(ref=contact.ref),
                    [Field("reason", tr("&Why it is deleted"), help=tr(REASON_HELP))],
                    intro=tr("Delete the {kind} of {date}? Only for a contact logged in error (wrong case, twice). "
                             "It leaves the contacts list; the History and the audit trail keep that it was deleted, "
                             "and why.").format(kind=tr(contact.kind).lower(), date=show_date(contact.on)),
                    context={"case_id": contact.case_id, "contact_id": contact.id})
    return spec, save


class ContactDialog(QDialog):
    """Read one contact; Correct… and Delete… close it and open their forms over the case page."""

    def __init__(self, parent: QWidget, session_factory: Callable[[], Session], contact_id: str,
                 goal_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        with session_factory() as s:
            c = contacts.get_contact(s, contact_id)
            s.expunge(c)
        self.contact = c
        self.setWindowTitle(tr("Contact {ref}").format(ref=c.ref))
        self.setAccessibleName(tr("Contact {ref}").format(ref=c.ref))
        self.resize(620, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        goals = [goal_names.get(g, g) for g in (c.goal_ids or "").split(",") if g] if goal_names else []
        rows = [(tr("Date"), show_date(c.on, weekday="long")),
                (tr("Type"), tr(c.kind) if c.successful
                 else tr("{kind} (did not reach the family)").format(kind=tr(c.kind))),
                (tr("Duration"), tr("%n minutes", "", c.minutes) if c.minutes else tr("not recorded")),
                (tr("Who was present"), c.present or "—"),
                (tr("Support given"), tr(c.intervention) if c.intervention else "—")]
        if goals:
            rows.append((tr("Linked goal"), "; ".join(goals)))
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(label)
            form.addRow(rich_label(f"<b>{html.escape(label)}</b>"), text)
        layout.addLayout(form)
        layout.addWidget(rich_label("<b>{}</b>".format(html.escape(tr("Note")))))
        self.note = QPlainTextEdit(c.note or "")
        self.note.setReadOnly(True)
        self.note.setPlaceholderText(tr("No note."))
        self.note.setAccessibleName(tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        layout.addWidget(self.note, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.correct_button = QPushButton(tr("&Correct…"))
        self.correct_button.setAccessibleName(tr("Correct"))
        self.correct_button.setToolTip(tr("Put this contact right; the original stays in the History"))
        self.delete_button = QPushButton(tr("&Delete…"))
        self.delete_button.setAccessibleName(tr("Delete"))
        self.delete_button.setToolTip(tr("Delete a contact logged in error, with a reason"))
        for b in (self.correct_button, self.delete_button):  # a closed case's contacts too: records are put right
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.clicked.connect(self.correct)
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _form(self, built: tuple[FormSpec, Callable], save_text: str = "") -> FormDialog:
        spec, save = built
        parent = self.parentWidget()
        self.accept()
        dialog = FormDialog(parent, spec, save, changes={CASES})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note = dialog.widgets.get("note")
        if isinstance(note, QPlainTextEdit):  # a long note is corrected in full view, not through a slot
            note.setFixedHeight(220)
            note.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            dialog.resize(640, dialog.sizeHint().height())
        if save_text:
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).setText(save_text)
        dialog.open()
        return dialog

    def correct(self) -> FormDialog:
        """The contact's form, filled in; the dialog closes so the list shows the correction when saved."""
        return self._form(correction_form(self.contact))

    def delete(self) -> FormDialog:
        return self._form(deletion_form(self.contact), tr("&Delete"))

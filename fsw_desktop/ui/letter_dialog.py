"""Letter…: choose a template and who it is for, see the letter as it will print, then print it or save a PDF.

Opened from a booking (Visits page, a case's Visits tab), a family day's allocated place (Family
days page) or a case. The letter goes out in the recipient's language (Welsh for someone who prefers
Welsh), or in English, Welsh, or both (Welsh first, then English), as the worker chooses.
The preview is the page as it prints; a refusal (a field the letter cannot
fill, a do-not-disclose or contact-restriction rule) shows in the dialog instead. Once printed or
saved, the letter is recorded as sent (the case's history and the audit trail, with the lawful
basis); its text stays inside this desk's encrypted database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..errors import FswError
from ..services.letters import fields, language, letters, templates
from ..words import tr
from . import operations
from .operations import AUDIT, CASES, FAMILY_DAYS, VISITS
from . import printing
from .forms import open_dialog
from .plain_text import SafeBrowser

Loader = Callable[[Session], letters.LetterContext]


class LetterDialog(QDialog):
    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], load: Loader,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session_factory, self.load, self.today = session_factory, load, today or date.today()
        self.prepared: letters.Prepared | None = None
        self.recorded_ref = ""
        self.saved_path: Path | None = None
        with session_factory() as s:
            self.context = load(s)
            self.templates = templates.templates(s)
        ctx = self.context
        self.setWindowTitle(tr("Letter from {what}").format(what=ctx.what))
        self.setAccessibleName(tr("Letter"))
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.recipient_combo = QComboBox()
        self.recipient_combo.setAccessibleName(tr("Recipient"))
        for r in ctx.recipients:
            self.recipient_combo.addItem(r.label, r.person_id)
        first_family = next((i for i, r in enumerate(ctx.recipients) if not r.is_prisoner), 0)
        if ctx.suggested_kind != templates.APPLICATION_RESPONSE:
            self.recipient_combo.setCurrentIndex(first_family)
        # the letter's language: the recipient's own unless the worker chooses; it picks the templates offered
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(tr("Language of the letter"))
        for value, label in language.LETTER_LANGUAGES.items():
            self.language_combo.addItem(tr(label), value)
        r = self._recipient()
        self.language_combo.setCurrentIndex(self.language_combo.findData(r.letter_language if r else "en"))
        self.template_combo = QComboBox()
        self.template_combo.setProperty("own_language", True)  # templates are in the letter's language
        self.template_combo.setAccessibleName(tr("Template"))
        self._fill_templates(ctx.suggested_kind)
        form.addRow(tr("&Template"), self.template_combo)
        form.addRow(tr("&For"), self.recipient_combo)
        form.addRow(tr("Lan&guage"), self.language_combo)
        self.delivery_combo = QComboBox()
        self.delivery_combo.setAccessibleName(tr("How it is sent"))
        form.addRow(tr("&Sent"), self.delivery_combo)
        self.typed: dict[str, QLineEdit] = {}
        appointment = QHBoxLayout()
        for name, label, hint in (("appointment_date", tr("Appointment date"), tr("e.g. Thursday 12 March")),
                                  ("appointment_time", tr("Time"), "10:00"),
                                  ("appointment_place", tr("Place"), tr("e.g. the family centre"))):
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self.refresh_preview)
            self.typed[name] = edit
            appointment.addWidget(edit, 2 if name == "appointment_place" else 1)
        self.appointment_label = QLabel(tr("&Appointment"))
        self.appointment_label.setBuddy(self.typed["appointment_date"])
        form.addRow(self.appointment_label, appointment)
        self.basis_combo = QComboBox()
        self.basis_combo.setAccessibleName(tr("Lawful basis"))
        for basis in letters.LAWFUL_BASES:
            self.basis_combo.addItem(tr(basis), basis)
        form.addRow(tr("&Lawful basis"), self.basis_combo)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Why it is sent"))
        self.reason.setPlaceholderText(tr("e.g. to confirm the visit booked on the phone"))
        form.addRow(tr("&Why"), self.reason)
        layout.addLayout(form)
        if ctx.refused:
            refused = QLabel(tr("Not offered: {why}").format(why=" ".join(ctx.refused.values())))
            refused.setTextFormat(Qt.TextFormat.PlainText)  # names as typed: a tag in a name is never loaded
            refused.setObjectName("Muted")
            refused.setWordWrap(True)
            layout.addWidget(refused)

        self.preview = SafeBrowser()
        self.preview.setProperty("own_language", True)  # the letter as it prints, in its own language
        self.preview.setAccessibleName(tr("Letter preview"))
        self.preview.setOpenLinks(False)
        layout.addWidget(self.preview, 1)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # warnings and refusals name people: shown as typed
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Checks on this letter"))
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setAccessibleName(tr("Print"))
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button = QPushButton(tr("Save as P&DF…"))
        self.save_button.setAccessibleName(tr("Save as PDF"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.open_folder_button = QPushButton(tr("Open f&older"))
        self.open_folder_button.setAccessibleName(tr("Open the folder the PDF was saved in"))
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(lambda: self.saved_path and printing.open_folder(self.saved_path))
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.template_combo.currentIndexChanged.connect(self.refresh_preview)
        self.recipient_combo.currentIndexChanged.connect(self._recipient_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.delivery_combo.currentIndexChanged.connect(self.refresh_preview)
        self._recipient_changed()
        self.resize(820, 700)

    # the letter ---------------------------------------------------------------------------------
    def _language(self) -> str:
        return self.language_combo.currentData() or language.ENGLISH

    def _fill_templates(self, kind: str, like: templates.TemplateRow | None = None) -> None:
        """The templates written in the letter's language (Welsh ones for a bilingual letter), keeping the kind
        of letter chosen: Visit confirmation becomes Cadarnhau ymweliad."""
        lang = language.WELSH if self._language() == language.BILINGUAL else self._language()
        offered = [t for t in self.templates if t.language == lang] or self.templates
        chosen = templates.in_language(self.templates, kind, lang, like)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in offered:
            self.template_combo.addItem(t.name, t.id)
        index = self.template_combo.findData(chosen.id) if chosen is not None else -1
        if index < 0:
            index = next((i for i, t in enumerate(offered) if t.kind == kind), 0)
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)

    def _template(self) -> templates.TemplateRow | None:
        template_id = self.template_combo.currentData()
        return next((t for t in self.templates if t.id == template_id), None)

    def _language_changed(self) -> None:
        t = self._template()
        self._fill_templates(t.kind if t else self.context.suggested_kind, t)
        self.refresh_preview()

    def _recipient_changed(self) -> None:
        r = self._recipient()
        self.delivery_combo.blockSignals(True)
        self.delivery_combo.clear()
        for d in (r.deliveries if r else ()):
            self.delivery_combo.addItem(tr(letters.DELIVERY_LABELS.get(d, d)), d)
        self.delivery_combo.blockSignals(False)
        want = r.letter_language if r else language.ENGLISH
        if r is not None and self._language() != want:
            self.language_combo.setCurrentIndex(self.language_combo.findData(want))  # refreshes the preview
            return
        self.refresh_preview()

    def _recipient(self) -> letters.Recipient | None:
        pid = self.recipient_combo.currentData()
        return next((r for r in self.context.recipients if r.person_id == pid), None)

    def refresh_preview(self) -> None:
        """Render the letter for the choices made; a refusal shows instead, and printing waits for a good letter."""
        t = self._template()
        try:  # a template from another desk was never checked here: its refusal shows below, like any other
            wants = set(fields.used(t.body)) & set(fields.TYPED) if t else set()
        except FswError:
            wants = set()
        for name, edit in self.typed.items():
            edit.setEnabled(name in wants)
        self.appointment_label.setEnabled(bool(wants))
        self.prepared = None
        problem = ""
        r = self._recipient()
        if t is None or r is None:
            problem = tr("Nobody here can receive a letter.") if r is None else tr("Choose a template.")
        else:
            typed = {k: e.text() for k, e in self.typed.items() if k in wants}
            try:
                with self.session_factory() as s:
                    self.prepared = letters.prepare(s, self.context, t.id, r.person_id,
                                                    self.delivery_combo.currentData() or "", typed, self.today,
                                                    lang=self._language())
            except FswError as exc:
                problem = exc.message
        if self.prepared is not None:
            self.preview.setHtml(self.prepared.html)
            self.message.setObjectName("Warning" if self.prepared.warnings else "Muted")
            notes = list(self.prepared.warnings)
            if r.language == "other" and r.language_note:
                notes.append(tr("{name} prefers another language: {note}. Arrange an interpreter or a translation; "
                                "this letter prints in the language chosen above.").format(name=r.name,
                                                                                           note=r.language_note))
            self.message.setText("\n".join(notes) or tr("Ready to print. Printing or saving records the letter as "
                                                         "sent, in the case's history and the audit trail."))
        else:
            self.preview.setHtml("")
            self.message.setObjectName("Error")
            self.message.setText(problem)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        for b in (self.print_button, self.save_button):
            b.setEnabled(self.prepared is not None)

    # printing and recording ---------------------------------------------------------------------
    def _ready(self) -> bool:
        if self.prepared is None:
            return False
        if not self.reason.text().strip():
            self.message.setObjectName("Error")
            self.message.setText(tr("Say why the letter is sent (for example: to confirm the visit booked on the "
                                    "phone)."))
            self.message.style().polish(self.message)
            self.reason.setFocus()
            return False
        return True

    def print_letter(self) -> bool:
        """The print dialog (a printer, or Save as PDF beside it); recorded as sent once printed or saved."""
        if not self._ready():
            return False
        p = self.prepared
        delivered = printing.print_or_save(self, p.template.name, p.html, f"{p.suggested_name}.pdf")
        return bool(delivered) and self._delivered(delivered)

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Save the letter as a PDF (private to the user) and record it as sent. ``path`` skips the file dialog."""
        if not self._ready():
            return None
        p = self.prepared
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save letter as PDF"),
                                                  str(Path.home() / f"{p.suggested_name}.pdf"),
                                                  tr("PDF") + " (*.pdf)")
        if not path:
            return None
        try:
            delivered = printing.deliver(self, p.template.name, p.html, f"{p.suggested_name}.pdf", path)
        except FswError as exc:
            self.message.setText(exc.message)
            return None
        return self.saved_path if self._delivered(delivered) else None

    def _delivered(self, delivered: list[printing.Delivered]) -> bool:
        """Record what was done, then say it: where a PDF went (with Open folder), or which printer."""
        saved = printing.saved_path(delivered)
        if not self._record():
            return False
        self.saved_path = saved
        self.open_folder_button.setVisible(saved is not None)
        self.message.setObjectName("Muted")
        if saved is not None:
            self.message.setText(tr("Saved to {path}. The letter is recorded as sent ({ref}).")
                                 .format(path=saved, ref=self.recorded_ref))
        else:
            self.message.setText(tr("Printed on {printer}. The letter is recorded as sent ({ref}).")
                                 .format(printer=delivered[-1].where, ref=self.recorded_ref))
        self.message.style().polish(self.message)
        return True

    def _record(self) -> bool:
        prepared, basis, reason = self.prepared, self.basis_combo.currentData(), self.reason.text()
        written = operations.write(self, lambda s: letters.record_sent(s, prepared, basis, reason),
                                   changes={CASES, VISITS, FAMILY_DAYS, AUDIT}, failure=self.message.setText)
        if not written:
            return False
        self.recorded_ref = written.result.ref
        window = self.parent().window() if self.parent() is not None else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Letter {ref} recorded as sent to {name}")
                                           .format(ref=self.recorded_ref, name=prepared.recipient.name), 10000)
        self.refresh_preview()  # a second copy would be a second letter, with its own reference
        return True


def letter_about(parent: QWidget, session_factory: Callable[[], Session], chosen_id: str | None,
                 load: Callable[[Session, str], letters.LetterContext], choose_first: str) -> LetterDialog | None:
    """Letter… on a list: about the chosen row (``load(session, id)``), or ``choose_first`` said when none is."""
    if not chosen_id:
        QMessageBox.information(parent, tr("Letter"), choose_first)
        return None
    return open_letter(parent, session_factory, lambda s: load(s, chosen_id))


def open_letter(parent: QWidget, session_factory: Callable[[], Session], load: Loader,
                today: date | None = None) -> LetterDialog | None:
    """Open the dialog modeless; a refusal to gather the letter's facts shows as a message."""
    return open_dialog(parent, tr("Letter"), lambda: LetterDialog(parent, session_factory, load, today), "information")


def show_kept_letter(parent: QWidget, session_factory: Callable[[], Session], letter_id: str) -> QDialog | None:
    """The letter exactly as it was printed, read-only; one printed on another desk says its text stayed there."""
    try:
        with session_factory() as s:
            text = letters.letter_text(s, letter_id)
    except FswError as exc:
        QMessageBox.information(parent, tr("Letter"), exc.message)
        return None
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Letter as printed"))
    dialog.setAccessibleName(tr("Letter as printed"))
    layout = QVBoxLayout(dialog)
    view = SafeBrowser()
    view.setAccessibleName(tr("The letter as printed"))
    view.setOpenLinks(False)
    view.setHtml(text)
    layout.addWidget(view, 1)
    close = QPushButton(tr("Close"))
    close.clicked.connect(dialog.accept)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(close)
    layout.addLayout(row)
    dialog.resize(760, 640)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

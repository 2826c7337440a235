"""Resolve a flag: cancel the visit, move it to another session, or keep it with a reason ("do not change").

A transfer also offers the case's handover to the paired worker desk at the new establishment, or says
that no desk is paired there.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..services.desk.dates import show_date
from ..models.cases import Case
from ..services.visits import calendar, flags
from . import operations
from .operations import FAMILY_DAYS, VISITS
from ..words import tr

MOVE_AHEAD_DAYS = 28


class FlagDialog(QDialog):
    def __init__(self, parent: QWidget, session_factory: Callable[[], Session], flag_id: str,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session_factory, self.today = session_factory, today or date.today()
        self.done_how = ""
        with session_factory() as s:
            self.row = flags.flag_row(s, flag_id)
            case = s.get(Case, self.row.case_id) if self.row.case_id else None
            self.case_ref = case.ref if case is not None else ""
            self.desks = ([(p.name, p.desk_id) for p in flags.handover_desks(s, self.row.establishment)]
                          if self.row.cause == flags.TRANSFER else [])
            slots = [] if self.row.request_id else [
                sl for sl in calendar.sessions_between(s, self.today + timedelta(days=1),
                                                       self.today + timedelta(days=MOVE_AHEAD_DAYS))
                if not sl.blocked and not (sl.template_id == self.row.template_id and sl.on == self.row.on)]
        r = self.row
        self.setWindowTitle(tr("Flag on {ref}").format(ref=r.target_ref))
        self.setAccessibleName(tr("Resolve a flag"))
        layout = QVBoxLayout(self)
        esc = html.escape  # names and the reason arrive from paired desks: a tag in them is shown, never loaded
        booking = f"<b>{esc(r.what)} {esc(r.target_ref)}</b>"
        head = QLabel(esc(tr("{booking} on {date}")).format(booking=booking, date=esc(show_date(r.on, weekday='long')))
                      + f" · {esc(r.prisoner_name)} {esc(r.prison_number or '')}<br><b>{esc(r.cause_label)}</b>: "
                      + esc(r.reason).replace("\n", "<br>"))
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        head.setAccessibleName(tr("Why the booking is flagged"))
        layout.addWidget(head)

        self.group = QButtonGroup(self)
        returned = r.cause in flags.ESTABLISHMENT_CAUSES
        self.cancel_radio = QRadioButton((tr("&Cancel the visit (the visiting order is given back)") if returned
                                          else tr("&Cancel the visit")) if not r.request_id
                                         else tr("&Decline the family-day place"))
        self.move_radio = QRadioButton(tr("&Move to another session"))
        self.keep_radio = QRadioButton(tr("&Keep as it is (do not change), because:"))
        for i, b in enumerate((self.cancel_radio, self.move_radio, self.keep_radio)):
            b.setAccessibleName(b.text().replace("&", ""))
            self.group.addButton(b, i)
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(tr("Session to move to"))
        for sl in slots:
            self.session_combo.addItem(
                tr("{date} {starts}–{ends} {room} (%n open places)", "", sl.open_free).format(
                    date=show_date(sl.on, weekday='short'), starts=sl.starts, ends=sl.ends, room=sl.room),
                (sl.template_id, sl.on))
        self.move_radio.setEnabled(bool(slots))
        self.session_combo.setEnabled(False)
        self.keep_reason = QPlainTextEdit()
        self.keep_reason.setAccessibleName(tr("Why the booking is kept"))
        self.keep_reason.setPlaceholderText(tr("e.g. Security agreed this visit goes ahead"))
        self.keep_reason.setFixedHeight(64)
        self.keep_reason.setEnabled(False)
        self.move_radio.toggled.connect(self.session_combo.setEnabled)
        self.keep_radio.toggled.connect(self.keep_reason.setEnabled)
        for w in (self.cancel_radio, self.move_radio, self.session_combo, self.keep_radio, self.keep_reason):
            layout.addWidget(w)
        self.cancel_radio.setChecked(True)

        if r.cause == flags.TRANSFER:
            if self.desks:
                self.handover = QPushButton(tr("Prepare &handover to {desk}…").format(desk=self.desks[0][0]))
                self.handover.setAccessibleName(tr("Prepare handover"))
                self.handover.clicked.connect(self.prepare_handover)
                layout.addWidget(self.handover)
            else:
                note = QLabel(tr("No worker desk at {establishment} is paired with this desk, so the case cannot be "
                                 "handed over from here.").format(establishment=r.establishment))
                note.setObjectName("Muted")
                note.setWordWrap(True)
                layout.addWidget(note)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("Error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Resolve"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def resolve(self) -> bool:
        """Write the chosen resolution; a refusal is shown in the dialog and nothing changes."""
        flag_id, today = self.row.id, self.today
        if self.move_radio.isChecked():
            template_id, on = self.session_combo.currentData()
            fn, how = (lambda s: flags.move(s, flag_id, template_id, on, today)), flags.MOVED_TO
        elif self.keep_radio.isChecked():
            reason = self.keep_reason.toPlainText()
            fn, how = (lambda s: flags.keep(s, flag_id, reason, today)), flags.KEPT
        else:
            fn, how = (lambda s: flags.cancel(s, flag_id, today)), flags.CANCELLED
        written = operations.write(self, fn, changes={VISITS, FAMILY_DAYS}, failure=self.message.setText)
        if written:
            self.done_how = how
            self.accept()
        return bool(written)

    def prepare_handover(self) -> QWidget | None:
        """The Sync page, with a handover of this case to the desk at the new establishment chosen."""
        window = self.parent().window() if self.parent() else None
        go_to = getattr(window, "go_to", None)
        page = go_to("Sync") if go_to else None  # not shown: the page's key
        if page is None:
            return None
        i = page.peer_combo.findData(self.desks[0][1])
        if i >= 0:
            page.peer_combo.setCurrentIndex(i)
        i = page.kind_combo.findData("handover")
        if i >= 0:
            page.kind_combo.setCurrentIndex(i)
        page.case_ref.setText(self.case_ref)
        self.reject()
        return page

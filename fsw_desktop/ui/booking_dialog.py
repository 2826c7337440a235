"""Book a visit: prisoner, session, visitors; every rule checked live as the form changes.

Errors refuse the booking and say why; warnings (allowance used up, first
visit) are shown but do not block. A full session offers the waiting list,
or an overbooking that needs a reason.
"""

from __future__ import annotations

import html

from datetime import date, timedelta
from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from .date_box import DateBox
from ..services.desk.dates import QT_DATE
from ..models.people import Person
from ..services.visits import calendar, visitors, visits
from ..services.casework.casework import age_on
from ..words import QT_TRANSLATE_NOOP, tr
from . import operations
from .duplicates_dialog import offer_review
from .form_dialog import Field, FormDialog, FormSpec
from .forms import DraftForm, pydate, qdate


def prisoners(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.prison_number)
        .where(Person.is_prisoner.is_(True), Person.deleted.is_not(True))
        .order_by(Person.family_name, Person.given_name)
    ).all()
    return [(f"{f}, {g}" + (f" ({n})" if n else ""), pid) for pid, g, f, n in rows]


NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # a visitor's name on their row, for the lead visitor's list


def relationship_labels() -> dict[str, str]:
    """A visitor's relationship to the prisoner (the stored value, vocab.RELATIONSHIPS) -> its words."""
    return {
        "partner": tr("partner", "relationship"), "ex-partner": tr("ex-partner", "relationship"),
        "child": tr("child", "relationship"), "step-parent": tr("step-parent", "relationship"),
        "grandparent carer": tr("grandparent carer", "relationship"),  # not shown: the key is the stored value
        "sibling": tr("sibling", "relationship"),
        "new partner": tr("new partner", "relationship"),  # not shown: the key is the stored value
        "other": tr("other", "relationship"),
    }


def visitor_text(name: str, relationship: str | None, age: int | None) -> str:
    """'Name (relationship, age)' as a visitor's row starts."""
    rel = relationship_labels().get(relationship or "", relationship or "")
    if age is None:
        return tr("{name} ({relationship})").format(name=name, relationship=rel)
    return tr("{name} ({relationship}, {age})").format(name=name, relationship=rel, age=age)


class BookingDialog(DraftForm):
    form_id = "booking"
    title = QT_TRANSLATE_NOOP("", "Book a visit")

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], on: date | None = None,
                 template_id: str | None = None, prisoner_id: str | None = None,
                 also: Callable[[Session, object], None] | None = None,
                 changes: Iterable[str] = (operations.VISITS,)) -> None:
        """``also(session, booking)`` runs in the booking's own transaction (an application's link);
        ``changes`` says what the booking and ``also`` change."""
        super().__init__(parent)
        self.session_factory = session_factory
        self.also = also
        self.changes = frozenset(changes)
        self.booking = None
        self.setWindowTitle(tr(self.title))
        self.setAccessibleName(tr(self.title))
        self.setMinimumWidth(560)
        with session_factory() as s:
            people = prisoners(s)
        self.prisoner = QComboBox()
        self.prisoner.setEditable(True)
        self.prisoner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, pid in people:
            self.prisoner.addItem(label, pid)
        self.prisoner.setAccessibleName(tr("Prisoner"))
        if prisoner_id:
            self.prisoner.setCurrentIndex(max(0, self.prisoner.findData(prisoner_id)))
        self.on = DateBox(qdate(on or date.today() + timedelta(days=2)))
        self.on.setDisplayFormat(f"ddd {QT_DATE}")
        self.on.setAccessibleName(tr("Visit date"))
        self.slot = QComboBox()
        self.slot.setAccessibleName(tr("Session"))
        self.visitors = QListWidget()
        self.visitors.setAccessibleName(tr("Visitors"))
        self.visitors.setMinimumHeight(140)
        self.lead = QComboBox()
        self.lead.setAccessibleName(tr("Lead visitor"))
        self.visit_type = QComboBox()
        for t in visits.VISIT_TYPES:
            self.visit_type.addItem(tr(visits.VISIT_TYPE_LABELS.get(t, t)), t)
        self.visit_type.setAccessibleName(tr("Visit type"))
        self.la_assessment = QLineEdit()
        self.la_assessment.setAccessibleName(tr("Local-authority assessment"))
        self.parent_support = QLineEdit()
        self.parent_support.setAccessibleName(tr("Who will support the parent"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)
        self.notes.setAccessibleName(tr("Notes"))
        form = QFormLayout()
        form.addRow(tr("&Prisoner"), self.prisoner)
        form.addRow(tr("&Date"), self.on)
        form.addRow(tr("&Session"), self.slot)
        form.addRow(tr("&Visitors"), self.visitors)
        self.new_visitor_button = QPushButton(tr("Add a &new visitor…"))
        self.new_visitor_button.setAccessibleName(tr("Add a new visitor"))
        self.new_visitor_button.setAutoDefault(False)  # Enter books; it never opens this side form
        self.new_visitor_button.clicked.connect(self.new_visitor)
        form.addRow("", self.new_visitor_button)
        form.addRow(tr("&Lead visitor"), self.lead)
        form.addRow(tr("Visit &type"), self.visit_type)
        self.la_label = QLabel(tr("LA assessment"))
        self.support_label = QLabel(tr("Support for parent"))
        form.addRow(self.la_label, self.la_assessment)
        form.addRow(self.support_label, self.parent_support)
        form.addRow(tr("&Notes"), self.notes)
        self.check_label = QLabel("")
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(tr("Booking check"))
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = QPushButton(tr("&Book"))
        self.book_button.setDefault(True)
        self.wait_button = QPushButton(tr("&Waiting list"))
        self.over_button = QPushButton(tr("&Overbook…"))
        for b in (self.book_button, self.wait_button, self.over_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.clicked.connect(lambda: self._book())
        self.wait_button.clicked.connect(lambda: self._book(waiting=True))
        self.over_button.clicked.connect(self._overbook)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_label)
        layout.addWidget(self.buttons)

        self.prisoner.currentIndexChanged.connect(self._load_visitors)
        self.on.dateChanged.connect(self._load_slots)
        self.slot.currentIndexChanged.connect(self._recheck)
        self.visitors.itemChanged.connect(self._visitors_changed)
        self.lead.currentIndexChanged.connect(self._recheck)
        self.visit_type.currentIndexChanged.connect(self._type_changed)
        self.la_assessment.textChanged.connect(self._recheck)
        self.parent_support.textChanged.connect(self._recheck)
        self._load_slots(select_template=template_id)
        self._load_visitors()
        self._type_changed()

    # loading ------------------------------------------------------------------------------
    def _load_slots(self, *_args, select_template: str | None = None) -> None:
        current = select_template or self.slot.currentData()
        day = pydate(self.on.date())
        with self.session_factory() as s:
            slots = calendar.sessions_between(s, day, day)
        self.slot.blockSignals(True)
        self.slot.clear()
        for sl in slots:
            label = (tr("{starts}–{ends} {room}: open {booked_open}/{open_capacity}, "
                        "closed {booked_closed}/{closed_capacity} — BLOCKED") if sl.blocked else
                     tr("{starts}–{ends} {room}: open {booked_open}/{open_capacity}, "
                        "closed {booked_closed}/{closed_capacity}"))
            self.slot.addItem(label.format(starts=sl.starts, ends=sl.ends, room=sl.room or sl.name,
                                           booked_open=sl.booked_open, open_capacity=sl.open_capacity,
                                           booked_closed=sl.booked_closed, closed_capacity=sl.closed_capacity),
                              sl.template_id)
        if not slots:
            self.slot.addItem(tr("No session on this day"), None)
        i = self.slot.findData(current) if current else -1
        self.slot.setCurrentIndex(max(0, i))
        self.slot.blockSignals(False)
        self._recheck()

    def _load_visitors(self, *_args) -> None:
        pid = self.prisoner.currentData()
        self.visitors.blockSignals(True)
        self.visitors.clear()
        if pid:
            with self.session_factory() as s:
                people = visitors.visitors_for(s, pid, pydate(self.on.date()))
            for v in people:
                flags = []
                if v.banned:
                    flags.append(tr("BANNED: {reason}").format(reason=v.ban_reason))
                if v.closed_visits_only:
                    flags.append(tr("closed visits only"))
                if not v.approved:
                    flags.append(tr("not approved"))
                text = visitor_text(v.name, v.relationship, v.age)
                if flags:
                    text = tr("{visitor} — {flags}").format(visitor=text, flags="; ".join(flags))
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.person_id)
                item.setData(NAME_ROLE, v.name)
                item.setData(Qt.ItemDataRole.UserRole + 1, v.age if v.age is not None else -1)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.visitors.addItem(item)
        self.visitors.blockSignals(False)
        self._visitors_changed()

    def new_visitor(self) -> None:
        """A visitor-only record (no case); it joins this booking's list, ticked."""
        spec = FormSpec("visitor", tr("New visitor"), [
            Field("given", tr("&Given name")), Field("family", tr("&Family name")),
            Field("dob", tr("Date of &birth"), "required-date"),  # no default: it decides adult or child
            Field("relationship", tr("&Relationship to the prisoner"), "choice",
                  [(label, value) for value, label in relationship_labels().items()])])
        added: list[str] = []

        def save(s: Session, v: dict) -> None:
            person = visitors.add_visitor(s, v["given"], v["family"], v["dob"], v["relationship"])
            s.flush()
            added.append(person.id)

        dialog = FormDialog(self, spec, save, changes={operations.PEOPLE})
        if dialog.exec() == FormDialog.DialogCode.Accepted and added:
            self.add_visitor_item(added[0])
            offer_review(self, added, tr("for the new visitor: they may already be on this desk",
                                          "follows: N likely duplicates / No likely duplicates"))  # issue 19

    def add_visitor_item(self, person_id: str) -> None:
        with self.session_factory() as s:
            person = s.get(Person, person_id)
            name, relationship, dob = person.full_name, person.relationship, person.date_of_birth
        age = age_on(dob, pydate(self.on.date())) if dob else None
        item = QListWidgetItem(tr("{visitor} — new visitor").format(visitor=visitor_text(name, relationship, age)))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        item.setData(NAME_ROLE, name)
        item.setData(Qt.ItemDataRole.UserRole + 1, age if age is not None else -1)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.visitors.addItem(item)

    def chosen_visitors(self) -> list[str]:
        return [self.visitors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.visitors.count())
                if self.visitors.item(i).checkState() == Qt.CheckState.Checked]

    def set_visitors(self, person_ids: list[str]) -> None:
        for i in range(self.visitors.count()):
            item = self.visitors.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in person_ids
                               else Qt.CheckState.Unchecked)

    def _visitors_changed(self, *_args) -> None:
        current = self.lead.currentData()
        self.lead.blockSignals(True)
        self.lead.clear()
        names = {self.visitors.item(i).data(Qt.ItemDataRole.UserRole): self.visitors.item(i).data(NAME_ROLE)
                 for i in range(self.visitors.count())}
        ages = {self.visitors.item(i).data(Qt.ItemDataRole.UserRole): self.visitors.item(i).data(
            Qt.ItemDataRole.UserRole + 1) for i in range(self.visitors.count())}
        chosen = self.chosen_visitors()
        for pid in chosen:
            self.lead.addItem(names[pid], pid)
        i = self.lead.findData(current)
        if i < 0 or (ages.get(current) or 0) < 18:
            adults = [pid for pid in chosen if (ages.get(pid) or 0) >= 18]  # the lead must be 18 or over
            i = self.lead.findData(adults[0]) if adults else 0
        self.lead.setCurrentIndex(max(0, i))
        self.lead.blockSignals(False)
        self._recheck()

    def _type_changed(self, *_args) -> None:
        final = self.visit_type.currentData() == visits.FINAL_CONTACT
        for w in (self.la_assessment, self.parent_support, self.la_label, self.support_label):
            w.setVisible(final)
        self._recheck()

    # checking and booking -------------------------------------------------------------------
    def _args(self) -> dict:
        return dict(prisoner_id=self.prisoner.currentData(), template_id=self.slot.currentData(),
                    on=pydate(self.on.date()), visitor_ids=self.chosen_visitors(),
                    lead_visitor_id=self.lead.currentData(), visit_type=self.visit_type.currentData())

    def _recheck(self, *_args) -> visits.BookingCheck | None:
        if not hasattr(self, "book_button"):
            return None
        a = self._args()
        if not a["template_id"] or not a["prisoner_id"]:
            self.check_label.setText(tr("Choose a prisoner and a session."))
            self.book_button.setEnabled(False)
            return None
        with self.session_factory() as s:
            check = visits.check_booking(s, la_assessment=self.la_assessment.text(),
                                         parent_support=self.parent_support.text(), **a)
        lines = [f"<span style='color:#a4262c'>✖ {html.escape(e)}</span>" for e in check.errors]  # not shown
        lines += [f"<span style='color:#9a6700'>⚠ {html.escape(w)}</span>" for w in check.warnings]  # not shown
        if check.ok:
            can = (tr("✔ Can be booked: {adults} adult(s), {children} child(ren), closed visit") if check.closed else
                   tr("✔ Can be booked: {adults} adult(s), {children} child(ren), open visit")).format(
                adults=check.adults, children=check.children)
            if check.full:
                can = tr("{can_be_booked} — session FULL").format(can_be_booked=can)
            green = "<span style='color:#1a7f37'>{}</span>"  # not shown: markup
            lines.insert(0, green.format(html.escape(can, quote=False)))
            if check.first_visit:
                lines.append(html.escape(tr("First visit for this family: the visitor centre will be told."),
                                         quote=False))
        self.check_label.setText("<br>".join(lines))
        self.book_button.setEnabled(check.ok and not check.full)
        self.wait_button.setEnabled(check.ok and check.full)  # the waiting list is only for a full session
        self.over_button.setEnabled(check.ok and check.full)
        return check

    def _book(self, waiting: bool = False, overbook_reason: str = "") -> None:
        args = dict(waiting_list=waiting, overbook_reason=overbook_reason, la_assessment=self.la_assessment.text(),
                    parent_support=self.parent_support.text(), notes=self.notes.toPlainText(), **self._args())

        def book(s: Session):  # noqa: ANN202
            booking, _check = visits.book(s, **args)
            if self.also is not None:
                self.also(s, booking)
            return booking

        operations.write(self, book, changes=self.changes, success=self._booked,
                         failure=lambda message: self.check_label.setText(
                             f"<span style='color:#a4262c'>{html.escape(message)}</span>"))  # not shown: markup

    def _booked(self, booking) -> None:  # noqa: ANN001
        self.booking = booking
        self.accept()

    def _overbook(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Overbook"),
                                          tr("Why does this visit need a place in a full session?"))
        if ok and reason.strip():
            self._book(overbook_reason=reason.strip())

    def save_changes(self) -> None:
        """"Save" in the Discard changes? question books the visit, as the Book button does."""
        self._book()

    def fields(self) -> dict[str, QWidget]:
        return {"on": self.on, "visit_type": self.visit_type, "notes": self.notes, "la": self.la_assessment,
                "support": self.parent_support}

    def draft_values(self) -> dict:
        values = super().draft_values()
        values["_context"] = {"prisoner_id": self.prisoner.currentData(), "template_id": self.slot.currentData(),
                              "visitors": self.chosen_visitors()}
        return values

    def has_input(self) -> bool:
        return bool(self.chosen_visitors()) or super().has_input()

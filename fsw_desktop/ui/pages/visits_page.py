"""Visits: the week's sessions with places taken against capacity, and each session's bookings.

On a worker's desk each booking also shows its travel claim (help with the cost of visiting), and
Travel claim… marks it; a visits hall holds no casework, so it has neither.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date
from ...services.desk.session import desk
from ...services.visits import calendar, flags, travel_claims, visit_rules, visitors, visits
from ...sync.scope import WORKER
from ...words import QT_TRANSLATE_NOOP, tr
from .. import operations
from ..booking_dialog import BookingDialog
from ..flag_dialog import FlagDialog
from ..form_dialog import Field, FormDialog, FormSpec
from ..letter_dialog import LetterDialog, letter_about
from ...services.letters import letters
from ..operations import FAMILY_DAYS, PEOPLE, VISITS
from ..session_outcomes_dialog import SessionOutcomesDialog
from ..travel_claim_dialog import TravelClaimDialog, open_travel_claim
from ..table_model import ROW_ROLE, Column, RowTableModel
from ..table_view import TableView
from ..button_bar import ButtonBar
from .base import Page
from ...services.desk import vocab



def _status(b: visits.BookingRow) -> str:
    status = tr("{status} (waiting list)").format(status=vocab.label(b.status)) if b.waiting_list else vocab.label(b.status)
    return tr("{status} · overbooked").format(status=status) if b.overbooked else status


def booking_columns() -> list[Column]:
    """What a worker scans for first, then the rest; the Flag column goes in after Outcome (FLAG_AFTER)."""
    return [
        Column(tr("When"), lambda b: f"{show_date(b.on, weekday='short', year=False)} {b.starts}",
               tip=lambda b: f"{show_date(b.on, weekday='long')}, {b.starts}–{b.ends}, {b.room}"),
        Column(tr("Prisoner"), lambda b: f"{b.prisoner_name} {b.prison_number}".strip()),
        Column(tr("Visitors"), lambda b: b.lead_name + (f" +{b.visitors - 1}" if b.visitors > 1 else ""),
               tip=lambda b: tr("%n visitor, lead visitor {lead}|%n visitors, lead visitor {lead}", "",
                                b.visitors).format(lead=b.lead_name)),
        Column(tr("Status"), _status, warn=lambda b: b.overbooked or b.waiting_list),
        Column(tr("Outcome"), lambda b: vocab.label(b.outcome)),
        Column(tr("First visit"), lambda b: tr("FIRST VISIT") if b.first_visit else "", warn=lambda b: b.first_visit),
        Column(tr("Type"), lambda b: tr(visits.VISIT_TYPE_LABELS.get(b.visit_type, b.visit_type))),
        Column(tr("Ref"), lambda b: b.ref),
    ]


FLAG_AFTER = QT_TRANSLATE_NOOP("", "Outcome")  # the flag's narrow column: beside the outcome, seen at 1024 px


DAYS = (QT_TRANSLATE_NOOP("", "Monday"), QT_TRANSLATE_NOOP("", "Tuesday"), QT_TRANSLATE_NOOP("", "Wednesday"),
        QT_TRANSLATE_NOOP("", "Thursday"), QT_TRANSLATE_NOOP("", "Friday"), QT_TRANSLATE_NOOP("", "Saturday"),
        QT_TRANSLATE_NOOP("", "Sunday"))


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


class VisitsPage(Page):
    title = QT_TRANSLATE_NOOP("", "Visits")
    shows = frozenset({VISITS, PEOPLE})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.monday = monday_of(date.today())
        self.selected: tuple[str, date] | None = None
        self.flagged: dict[str, flags.FlagRow] = {}  # open flags of the bookings listed, by booking id
        self.showing_flags = False
        self.worker_desk = True  # read from the desk on each refresh
        bar = QHBoxLayout()
        for text, slot, key in ((tr("◀ &Previous week"), lambda: self.move_week(-7), "Alt+Left"),  # not shown: a key sequence
                                (tr("&This week"), lambda: self.move_week(0), "Alt+Home"),  # not shown: a key sequence
                                (tr("Next &week ▶"), lambda: self.move_week(7), "Alt+Right")):  # not shown: a key sequence
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").strip("◀▶ "))
            b.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))  # key names in Qt's words
            b.clicked.connect(slot)
            bar.addWidget(b)
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.week_label = QLabel("")
        self.week_label.setObjectName("Muted")
        bar.addWidget(self.week_label, 1)
        self.layout_.addLayout(bar)
        bar = ButtonBar()
        for text, slot in ((tr("&Book a visit…"), self.book), (tr("New session &template…"), self.new_template),
                           (tr("E&xtra session…"), self.extra_session), (tr("B&lock date…"), self.block_date),
                           (tr("&Rules…"), self.edit_rules)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        book = QAction(self)
        book.setShortcut(QKeySequence("Ctrl+B"))
        book.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        book.triggered.connect(self.book)
        self.addAction(book)
        self.layout_.addLayout(bar)

        self.grid = QTableWidget(0, 7)
        self.grid.setHorizontalHeaderLabels([tr(day) for day in DAYS])
        self.grid.setAccessibleName(tr("Week of visit sessions"))
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        self.grid.currentCellChanged.connect(self._cell)
        self.layout_.addWidget(self.grid, 2)

        self.session_label = QLabel(tr("Choose a session to see its bookings."))
        self.session_label.setObjectName("Muted")
        self.layout_.addWidget(self.session_label)
        flag_column = Column(tr("Flag"), lambda b: "⚑" if b.id in self.flagged else "", warn=lambda b: b.id in self.flagged,
                             tip=lambda b: self._flag_tip(b))  # a narrow mark; the cause in its tooltip
        self.claim_states: dict[str, str] = {}  # booking id -> its travel claim's state (a worker's desk only)
        claim_column = Column(tr("Travel claim"), lambda b: self.claim_states.get(b.id, ""),
                              warn=lambda b: travel_claims.is_overdue_state(self.claim_states.get(b.id, "")))
        columns = booking_columns()
        at = [c.header for c in columns].index(tr(FLAG_AFTER)) + 1
        self.model = RowTableModel(columns[:at] + [flag_column] + columns[at:] + [claim_column])
        self.table = TableView(tr("Bookings in the session"), tr("Choose a session in the week above to see its "
                                                                 "bookings."))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table, 2)
        actions = ButtonBar()
        for text, slot in ((tr("Change &status…"), self.change_status), (tr("Record &outcome…"), self.outcome),
                           (tr("Record outcomes for the se&ssion…"), self.session_outcomes),
                           (tr("&Visitor: ban or closed visits…"), self.visitor_status),
                           (tr("Travel &claim…"), self.travel_claim), (tr("L&etter…"), self.letter)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            actions.addWidget(b)
        self.claim_button = b  # casework: shown on a worker's desk only (a visits hall holds no cases)
        self.claim_button.setToolTip(tr("Mark the selected visit's travel claim made or not claiming"))
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self._flag_bar()

    def _flag_bar(self) -> None:
        """Flags: bookings that no longer pass their rules since a release, transfer, ban or blocked date."""
        bar = QHBoxLayout()
        self.flags_label = QLabel("")
        self.flags_label.setAccessibleName(tr("Open flags"))
        widest = tr("⚑ %n open flag|⚑ %n open flags", "", 9999)
        self.flags_label.setMinimumWidth(self.flags_label.fontMetrics().horizontalAdvance(widest) + 8)
        bar.addWidget(self.flags_label)
        for text, slot in ((tr("Fl&agged bookings"), self.show_flags), (tr("Resolve fla&g…"), self.resolve_flag),
                           (tr("Prisoner &moved or released…"), self.prisoner_moved)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)

    def _flag_tip(self, b) -> str:  # noqa: ANN001
        flag = self.flagged.get(b.id)
        return tr("Flagged: {cause}. {reason}").format(cause=flag.cause_label, reason=flag.reason).strip() if flag else ""

    def show_flags(self) -> int:
        """The list below shows every booking with an open flag, soonest first (choose a session to go back)."""
        with self.session_factory() as s:
            rows = [r for r in flags.open_flag_rows(s) if r.booking_id]
            listed = visits.booking_rows_by_id(s, [r.booking_id for r in rows])
            self.claim_states = self._claim_states(s, listed)
        self.flagged = {r.booking_id: r for r in rows}
        self.showing_flags = True
        self.model.set_rows(listed)
        self.table.set_empty_text(tr("No booking is flagged."))
        self.session_label.setText(tr("Flagged bookings: {count}. Choose one and Resolve flag.").format(count=len(listed)))
        return len(listed)

    def resolve_flag(self, flag_id: str = "") -> FlagDialog | None:
        """Cancel, move or keep the selected booking's flagged visit (or the flag given, from Today)."""
        if not flag_id:
            b = self._current()
            if b is None or b.id not in self.flagged:
                QMessageBox.information(self, tr("Resolve flag"), tr("Choose a flagged booking first (Flagged bookings "
                                                                     "lists them)."))
                return None
            flag_id = self.flagged[b.id].id
        dialog = FlagDialog(self, self.session_factory, flag_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def prisoner_moved(self) -> FormDialog | None:
        """A transfer (with the new establishment) or a release date for the selected booking's prisoner."""
        b = self._current()
        if b is None:
            QMessageBox.information(self, tr("Prisoner moved or released"), tr("Choose a booking; its prisoner is used."))
            return None
        spec = FormSpec("prisoner-moved", tr("{name}: moved or released").format(name=b.prisoner_name), [
            Field("what", tr("&What"), "choice", [(tr("Transferred to another establishment"), "transfer"),
                                                   (tr("Release date"), "release")]),
            Field("establishment", tr("New &establishment (for a transfer)")),
            Field("on", tr("&Date"), "date", default=date.today())],
            intro=tr("Every future visit and family-day place of this prisoner is checked again; any that no longer "
                     "pass are flagged."))
        prisoner_id = b.prisoner_id

        def save(s, v):  # noqa: ANN001, ANN202
            if v["what"] == "transfer":
                return flags.record_transfer(s, prisoner_id, v["establishment"], v["on"])
            return flags.record_release(s, prisoner_id, v["on"])

        return self.open_form(spec, save, changes={VISITS, PEOPLE, FAMILY_DAYS})

    def move_week(self, days: int) -> None:
        self.monday = monday_of(date.today()) if days == 0 else self.monday + timedelta(days=days)
        self.refresh()

    def refresh(self) -> None:
        with self.session_factory() as s:
            slots = calendar.week(s, self.monday)
            open_flags = len(flags.open_flag_rows(s))
            self.worker_desk = desk(s).role == WORKER
        self.claim_button.setVisible(self.worker_desk)
        self.table.setColumnHidden(self.model.columnCount() - 1, not self.worker_desk)
        self.flags_label.setText(tr("⚑ %n open flag|⚑ %n open flags", "", open_flags) if open_flags
                                 else tr("No open flags"))
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(tr("Week of {monday} – {sunday}").format(monday=show_date(self.monday, year=False),
                                                                          sunday=show_date(sunday)))
        days = [self.monday + timedelta(days=i) for i in range(7)]
        self.grid.setHorizontalHeaderLabels([show_date(d, weekday='short', year=False) for d in days])
        for i, d in enumerate(days):  # short enough for a 1024 px screen; the whole date in the tooltip
            self.grid.horizontalHeaderItem(i).setToolTip(show_date(d, weekday='long'))
        by_day: dict[int, list] = {i: [] for i in range(7)}
        for sl in slots:
            by_day[(sl.on - self.monday).days].append(sl)
        rows = max([len(v) for v in by_day.values()] + [1])
        self.grid.clearContents()
        self.grid.setRowCount(rows)
        for day, day_slots in by_day.items():
            for r, sl in enumerate(sorted(day_slots, key=lambda x: x.starts)):
                self.grid.setItem(r, day, self._item(sl))
        self.grid.resizeRowsToContents()
        if self.showing_flags:
            self.show_flags()
        elif self.selected:
            self._show_bookings(*self.selected)

    def _item(self, sl: calendar.SessionSlot) -> QTableWidgetItem:
        if sl.blocked:
            text = f"{sl.starts}–{sl.ends}\n{sl.room}\n" + tr("BLOCKED: {why}").format(why=sl.blocked_why)
            colour = "#eaeef2"
        else:
            text = (f"{sl.starts}–{sl.ends}  {sl.room}\n"
                    + tr("Open {open_booked}/{open_places} · Closed {closed_booked}/{closed_places}").format(
                        open_booked=sl.booked_open, open_places=sl.open_capacity, closed_booked=sl.booked_closed,
                        closed_places=sl.closed_capacity)
                    + ("\n" + tr("{count} waiting").format(count=sl.waiting) if sl.waiting else ""))
            # coloured by the pool the session offers: its open tables, or its booths when it has no tables
            capacity, free = ((sl.open_capacity, sl.open_free) if sl.open_capacity
                              else (sl.closed_capacity, sl.closed_free))
            colour = ("#ffebe9" if free <= 0 else "#fff8c5" if free <= max(1, capacity // 5) else "#dafbe1")
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (sl.template_id, sl.on))
        item.setBackground(QBrush(QColor(colour)))
        item.setToolTip(text)
        return item

    def _cell(self, row: int, column: int, *_args) -> None:
        item = self.grid.item(row, column)
        if item is None:
            return
        template_id, on = item.data(Qt.ItemDataRole.UserRole)
        self.selected = (template_id, on)
        self._show_bookings(template_id, on)

    def show_session(self, template_id: str, on: date, booking_id: str = "") -> None:
        """Open a session (and select one of its bookings): what a row on Today opens."""
        self.monday = monday_of(on)
        self.selected = (template_id, on)
        self.refresh()
        for row in range(self.grid.rowCount()):
            item = self.grid.item(row, on.weekday())
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == (template_id, on):
                self.grid.setCurrentCell(row, on.weekday())
        ids = [b.id for b in self.model.rows]
        if booking_id in ids:
            self.table.selectRow(ids.index(booking_id))

    def _show_bookings(self, template_id: str, on: date) -> None:
        with self.session_factory() as s:
            rows = visits.bookings_for(s, template_id=template_id, on=on)
            self.flagged = flags.flagged_bookings(s, [r.id for r in rows])
            self.claim_states = self._claim_states(s, rows)
        self.showing_flags = False
        self.model.set_rows(rows)
        self.table.set_empty_text(tr("No bookings in this session yet. Book a visit with Ctrl+B."))
        first = sum(r.first_visit for r in rows)
        when = show_date(on, weekday="long")
        self.session_label.setText(
            tr("{date}: {count} booking(s), %n first-time family|{date}: {count} booking(s), %n first-time families",
               "", first).format(date=when, count=len(rows)) if first else
            tr("{date}: {count} booking(s)").format(date=when, count=len(rows)))

    def _claim_states(self, s: Session, rows: list[visits.BookingRow]) -> dict[str, str]:
        return travel_claims.states(s, [r.id for r in rows], date.today()) if self.worker_desk else {}

    def travel_claim(self) -> TravelClaimDialog | None:
        """The selected visit's travel claim: made (after the visit or in advance) or not claiming."""
        b = self._current()
        if b is None:
            QMessageBox.information(self, tr("Travel claim"), tr("Choose a booking first."))
            return None
        return open_travel_claim(self, b.id)

    def _current(self):  # noqa: ANN202
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    # actions -------------------------------------------------------------------------------
    def book(self, prisoner_id: str | None = None) -> BookingDialog:
        template_id, on = self.selected if self.selected else (None, None)
        if on is not None and on < date.today():  # a past session cannot be booked: start from the next days
            template_id, on = None, None
        dialog = BookingDialog(self, self.session_factory, on=on, template_id=template_id, prisoner_id=prisoner_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._booked(dialog))
        dialog.open()
        return dialog

    def _booked(self, dialog: BookingDialog) -> None:
        if dialog.booking is not None:
            self.window().statusBar().showMessage(tr("Booked: reference {ref}").format(ref=dialog.booking.ref), 10000)

    def change_status(self) -> FormDialog | None:
        b = self._current()
        if b is None:
            return None
        allowed = visits.TRANSITIONS.get(b.status, ())
        if b.outcome:
            QMessageBox.information(self, tr("Change status"), tr(
                "{ref} has an outcome ({outcome}): its status is final. Record a different outcome if that one is "
                "wrong.").format(ref=b.ref, outcome=vocab.label(b.outcome)))
            return None
        if not allowed:
            QMessageBox.information(self, tr("Change status"),
                                    tr("{ref} is {status}: that is final.").format(ref=b.ref, status=vocab.label(b.status)))
            return None
        spec = FormSpec("booking-status", tr("Change status of {ref}").format(ref=b.ref), [
            Field("status", tr("&New status"), "choice", list(allowed)),
            Field("reason", tr("&Reason"), "choice", list(visits.REASON_CODES.get(allowed[0], ())))],
            intro=tr("Now {status}. Every change keeps its reason in the booking's history.").format(
                status=vocab.label(b.status)))
        dialog = self.open_form(spec, lambda s, v: visits.set_status(s, b.id, v["status"], v["reason"]),
                                changes={VISITS})
        status, reason = dialog.widgets["status"], dialog.widgets["reason"]

        def offer_reasons() -> None:
            """Only the reasons that belong to the chosen status: any other would be refused on Save."""
            reason.clear()
            for code in visits.REASON_CODES.get(status.currentData(), ()):
                reason.addItem(code, code)

        status.currentIndexChanged.connect(lambda _i: offer_reasons())
        return dialog

    def visitor_status(self) -> FormDialog | None:
        """Ban, lift a ban, or restrict to closed visits: chosen from the visitors on the selected booking."""
        b = self._current()
        if b is None:
            QMessageBox.information(self, tr("Visitor"), tr("Choose a booking; its visitors are offered."))
            return None
        with self.session_factory() as s:
            detail = visits.booking_detail(s, b.id)
        people = [(v.name, v.person_id) for v in detail.visitors]
        spec = FormSpec("visitor-status", tr("Visitor: ban or closed visits"), [
            Field("person_id", tr("&Visitor"), "choice", people),
            Field("action", tr("&What"), "choice", [
                (tr("Ban from visiting"), "ban"), (tr("Lift a ban"), "lift"), (tr("Closed visits only"), "closed"),
                (tr("Lift closed-visits restriction"), "open"), (tr("Withdraw approval"), "unapprove"),
                (tr("Restore approval"), "approve")]),
            Field("reason", tr("Reason (for a ban)"), "long"), Field("until", tr("Ban &until"), "optional-date")])

        def save(s, v) -> None:  # noqa: ANN001
            if v["action"] == "ban":
                visitors.set_ban(s, v["person_id"], v["reason"], v["until"])
            elif v["action"] == "lift":
                visitors.lift_ban(s, v["person_id"])
            elif v["action"] in ("approve", "unapprove"):
                visitors.set_approved(s, v["person_id"], v["action"] == "approve")
            else:
                visitors.set_closed_restriction(s, v["person_id"], v["action"] == "closed")

        return self.open_form(spec, save, changes={VISITS, PEOPLE})

    def new_template(self) -> FormDialog:
        spec = FormSpec("session-template", tr("New session template"), [
            Field("name", tr("&Name"), default=tr("Afternoon visits")),
            Field("weekdays", tr("&Weekdays (MO TU WE TH FR SA SU)"), default="TU TH"),  # i18n: keep - codes, not words
            Field("starts", tr("&Starts"), default="14:00"), Field("ends", tr("&Ends"), default="16:00"),
            Field("room", tr("&Room"), default=tr("Main visits hall")), Field("valid_from", tr("Valid &from"), "date"),
            Field("valid_to", tr("Valid &to"), "optional-date"),
            Field("interval", tr("&Repeats"), "choice", [(tr("Every week"), 1), (tr("Every other week"), 2)]),
            Field("open_capacity", tr("&Open places"), "int", default=20, maximum=500),
            Field("closed_capacity", tr("&Closed places"), "int", default=2, maximum=100)])
        return self.open_form(spec, lambda s, v: calendar.add_template(
            s, v["name"], v["weekdays"].replace(",", " ").split(), v["starts"], v["ends"], v["room"], v["valid_from"],
            v["valid_to"], v["interval"], v["open_capacity"], v["closed_capacity"]), changes={VISITS})

    def edit_rules(self) -> FormDialog:
        with self.session_factory() as s:
            rules = asdict(visit_rules.get_rules(s))
        labels = {"adult_age": tr("Counts as an adult from age"), "max_visitors": tr("Most visitors per booking"),
                  "max_adults": tr("Most adults per booking"), "max_children": tr("Most children per booking"),
                  "min_notice_days": tr("Least notice (days)"), "max_notice_days": tr("Most notice (days)"),
                  "visiting_orders_per_month": tr("Visiting orders per month")}
        spec = FormSpec("visit-rules", tr("Establishment rules"), [
            Field(k, labels.get(k, k.replace("_", " ").capitalize()), "int", default=v, maximum=120)
            for k, v in rules.items() if isinstance(v, int)],
            intro=tr("The establishment's own rules for visit bookings. They apply to every booking checked from "
                     "now."))
        return self.open_form(spec, lambda s, v: visit_rules.set_rules(s, visit_rules.Rules(**{**rules, **v})),
                              changes={VISITS})

    def letter(self) -> LetterDialog | None:
        """A letter about the selected booking (a visit confirmation, as a rule), previewed, then printed."""
        b = self._current()
        return letter_about(self, self.session_factory, b.id if b else None, letters.for_booking,
                            tr("Choose a booking in the list first."))

    def outcome(self) -> None:
        b = self._current()
        if b is None:
            return
        outcome, ok = QInputDialog.getItem(self, tr("Record outcome"), tr("What happened at {ref}?").format(ref=b.ref),
                                           list(visits.OUTCOMES), 0, False)
        if ok:
            operations.write(self, lambda s: visits.record_outcome(s, b.id, outcome), changes={VISITS},
                             title=tr("Visits"))

    def session_outcomes(self) -> SessionOutcomesDialog | None:
        """After a session: every booking's outcome in one list, saved in one write."""
        if not self.selected:
            QMessageBox.information(self, tr("Record outcomes"), tr("Choose a session in the week above first."))
            return None
        dialog = SessionOutcomesDialog(self, self.session_factory, *self.selected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reopen_draft(self, form_id: str, values: dict) -> SessionOutcomesDialog | None:
        """A session's outcomes kept over a lock, reopened on the same session."""
        if form_id != "session-outcomes" or not values.get("_template") or not values.get("_on"):
            return None
        self.show_session(values["_template"], date.fromisoformat(values["_on"]))
        dialog = self.session_outcomes()
        if dialog is not None:
            dialog.restore_values(values)
        return dialog

    def extra_session(self) -> FormDialog:
        spec = FormSpec("extra-session", tr("Extra session"), [
            Field("on", tr("&Date"), "date", default=self.selected[1] if self.selected else None),
            Field("starts", tr("&Starts"), default="14:00"), Field("ends", tr("&Ends"), default="16:00"),
            Field("room", tr("&Room"), default=tr("Main visits hall")),
            Field("open_capacity", tr("&Open places"), "int", default=20, maximum=500),
            Field("closed_capacity", tr("&Closed places"), "int", default=2, maximum=100)])
        return self.open_form(spec, lambda s, v: calendar.add_extra_session(
            s, v["on"], v["starts"], v["ends"], v["room"], v["open_capacity"], v["closed_capacity"]), changes={VISITS})

    def block_date(self) -> FormDialog:
        who = getattr(getattr(self.window(), "desk", None), "worker_name", "")
        spec = FormSpec("block-date", tr("Block a date"), [
            Field("on", tr("&Date"), "date", default=self.selected[1] if self.selected else None),
            Field("all", tr("All &sessions that day"), "bool", default=True),
            Field("why", tr("&Why"), "long")])
        template = self.selected[0] if self.selected else None
        return self.open_form(spec, lambda s, v: calendar.block_date(s, v["on"], who, v["why"],
                                                                None if v["all"] else template), changes={VISITS})

    def show_booking(self, booking_id: str) -> bool:
        """Open the week of a booking with its session chosen and the booking selected (from a case or Today)."""
        with self.session_factory() as s:
            found = visits.booking_rows_by_id(s, [booking_id])
        if not found:
            return False
        row = found[0]
        self.monday = monday_of(row.on)
        self.selected = (row.template_id, row.on)
        self.refresh()
        column = (row.on - self.monday).days
        for r in range(self.grid.rowCount()):
            item = self.grid.item(r, column)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == (row.template_id, row.on):
                self.grid.setCurrentCell(r, column)
                break
        ids = [b.id for b in self.model.rows]
        if booking_id in ids:
            self.table.selectRow(ids.index(booking_id))
            self.table.setFocus()
        return True

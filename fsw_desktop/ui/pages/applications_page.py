"""Prisoners' applications: intake, deadlines in working days, status, the response slip.

The list shows each application's acknowledgement and response deadlines
(England and Wales bank holidays skipped) and whether it is overdue; the slip
is plain words on paper: what was asked, what was done, the outcome. History
shows every move with its internal note, which is never printed on a slip.

The search box narrows the list by prisoner, number, type, route, status or reference; the
selection stays on its application through every change, so Respond and Print response slip act
on it, and Respond is offered only where a response can be made (the tooltip says why not).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMenu,
    QMessageBox, QPushButton, QToolButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date, show_when
from ...errors import FswError, Invalid
from ...models.applications import Application
from ...services.applications import applications as apps
from ...services.casework import referrals
from ...services.data_protection import audit
from ...services.letters import letters
from ...services.letters.slips import slip_html, slip_language
from ...services.supervision import summary
from ...services.visits import family_days as fd
from ...services.applications import working_days
from .. import operations
from ..booking_dialog import BookingDialog, prisoners
from ..letter_dialog import LetterDialog, letter_about
from ..form_dialog import Field, FormDialog, FormSpec
from ..operations import APPLICATIONS, CASES, FAMILY_DAYS, PEOPLE, SETTINGS, VISITS
from ..printing import deliver, saved_path
from ..table_model import ROW_ROLE, Column, make_table
from ..button_bar import ButtonBar
from .base import Page

PICK_FROM_LIST = ("Choose the prisoner from the list as you type, or choose \"Not on file yet\" and give the "
                  "name and number below.")
COLUMNS = [
    Column("Ref", lambda r: r.ref),
    Column("Received", lambda r: show_when(r.received_at)),
    Column("Prisoner", lambda r: f"{r.prisoner} {r.prison_number}".strip()),
    Column("Status", lambda r: r.status),  # where it stands and how soon it is due come first
    Column("Due", lambda r: r.due_state, warn=lambda r: r.due_state in ("overdue", "due today")),
    Column("Asks", lambda r: r.kind),
    Column("Route", lambda r: r.route),
    Column("Acknowledge by", lambda r: r.ack_due),
    Column("Respond by", lambda r: r.response_due),
    Column("Led to", lambda r: r.led_to),
]


@dataclass(frozen=True)
class HistoryLine:
    """One event of an application's history, copied out so the dialog outlives its session."""

    at: datetime
    who: str
    status_from: str
    status_to: str
    note: str


HISTORY_COLUMNS = [
    Column("When", lambda h: show_when(h.at)),
    Column("Who", lambda h: h.who),
    Column("From", lambda h: h.status_from or "–"),
    Column("To", lambda h: h.status_to),
    Column("Note (internal)", lambda h: h.note),
]


class HistoryDialog(QDialog):
    """An application's append-only history, read-only: what happened, who did it, and why."""

    def __init__(self, parent: QWidget | None, ref: str, lines: list[HistoryLine], notes: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History of {ref}")
        self.setAccessibleName(f"History of {ref}")
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        intro = QLabel("Every change of status, oldest first. Notes are internal: they never go on the slip.")
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notes = QLabel(f"Internal notes: {notes}" if notes else "")
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName("Internal notes")
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        self.table, self.model = make_table(HISTORY_COLUMNS, f"History of {ref}",
                                            empty="No history recorded for this application.")
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _search_as_you_type(combo: QComboBox) -> None:
    """The prisoner picker finds a prisoner by any part of the name or number as it is typed."""
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText("Type part of a name or prison number")


class ApplicationsPage(Page):
    title = "Applications"
    shows = frozenset({APPLICATIONS, PEOPLE, SETTINGS})  # the prisoner named on each; the application types

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = QHBoxLayout()
        self.due = QComboBox()
        self.due.setAccessibleName("Due filter")
        for label, value in (("All", None), ("Overdue or due today", "due"), ("Overdue", "overdue"),
                             ("Due today", "due today"), ("On time", "on time"), ("Done", "done")):
            self.due.addItem(label, value)
        self.due.currentIndexChanged.connect(lambda _index: self.refresh())  # the index is not a date
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.due)
        self.count = QLabel("")
        self.count.setObjectName("Muted")
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search: name, number, what was asked…")
        self.search.setAccessibleName("Search applications")
        self.search.setToolTip("Shows the applications whose prisoner, prison number, type, route, status or "
                               "reference hold every word typed")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _text: self.refresh())
        bar.addWidget(self.search)
        self.layout_.addLayout(bar)
        bar = ButtonBar()
        for text, slot in (("&New application…", self.new_application), ("Change &status…", self.change_status),
                           ("&Respond…", self.respond), ("Print response s&lip…", self.print_slip),
                           ("H&istory…", self.show_history), ("Le&tter…", self.letter)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        self.onward = QToolButton()
        self.onward.setText("One step &onward")
        self.onward.setAccessibleName("One step onward")
        self.onward.setToolTip("Open a referral, book a visit or request a family-day place from this application")
        self.onward.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.onward)
        for text, slot in (("Open a &referral", self.open_referral), ("&Book a visit…", self.book_visit),
                           ("Request a &family-day place…", self.request_family_day)):
            menu.addAction(text, lambda f=slot: f())
        self.onward.setMenu(menu)
        bar.addWidget(self.onward)
        for text, slot in (("Fig&ures…", self.choose_figures), ("Update &bank holidays…", self.update_holidays)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.holiday_warning = QLabel("")
        self.holiday_warning.setObjectName("Warning")
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setAccessibleName("Bank holidays warning")
        self.holiday_warning.hide()
        self.layout_.addWidget(self.holiday_warning)
        self.table, self.model = make_table(COLUMNS, "Applications")
        self.layout_.addWidget(self.table, 1)
        self.respond_button = next(b for b in self.findChildren(QPushButton) if b.accessibleName() == "Respond")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_respond())
        self._update_respond()

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        selected = self.current()
        with self.session_factory() as s:
            holidays = working_days.holidays_for(s)
            rows = apps.listing(s, today, due_filter=self.due.currentData(), holidays=holidays)
        searched = self.search.text().strip()
        if searched:
            rows = [r for r in rows if apps.matches(r, searched)]
        self.model.set_rows(rows)
        if selected is not None:  # the selection stays on the application after a change, so Respond acts on it
            self._select(selected.id)
        self._update_respond()
        warning = working_days.coverage_warning(holidays, today)
        self.holiday_warning.setText(warning or "")
        self.holiday_warning.setVisible(bool(warning))
        shown = self.due.currentText().lower()
        self.table.set_empty_text(
            f"No application matches \"{searched}\". Clear the search to see them all." if searched else
            "No applications yet. Log one with New application (Alt+N) when it comes in."
            if self.due.currentData() is None else f"Nothing to show under \"{shown}\". Choose All to see every application.")
        overdue = sum(r.due_state == "overdue" for r in rows)
        self.count.setText(f"{len(rows)} shown, {overdue} overdue")

    def letter(self) -> LetterDialog | None:
        """A letter about the selected application: its response slip from the team's template, to the wing."""
        row = self.current()
        return letter_about(self, self.session_factory, row.id if row else None, letters.for_application,
                            "Choose an application in the list first.")

    def current(self):  # noqa: ANN201
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _select(self, app_id: str) -> bool:
        ids = [r.id for r in self.model.rows]
        if app_id not in ids:
            return False
        self.table.selectRow(ids.index(app_id))
        self.table.scrollTo(self.table.currentIndex())
        return True

    def show_application(self, app_id: str) -> bool:
        """Select one application (from Today or a case), widening the filter and clearing the search if they
        hide it, so Respond and Print response slip act on it."""
        self.refresh()
        if self._select(app_id):
            self.table.setFocus()
            return True
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.due.blockSignals(True)
        self.due.setCurrentIndex(0)  # All
        self.due.blockSignals(False)
        self.refresh()
        found = self._select(app_id)
        if found:
            self.table.setFocus()
        return found

    def _update_respond(self) -> None:
        """Respond is offered only where a response can be made; the tooltip says why not."""
        row = self.current()
        if row is None:
            ok, why = False, "Choose an application first."
        else:
            with self.session_factory() as s:
                ok, why = apps.can_respond(row.status, apps.has_response(s, row.id))
        self.respond_button.setEnabled(ok)
        self.respond_button.setToolTip("Write the reply the prisoner will read" if ok else why)

    def new_application(self) -> FormDialog:
        with self.session_factory() as s:
            people = [("Not on file yet", "")] + prisoners(s)
            kinds = list(apps.kinds(s))
        spec = FormSpec("application", "New application", [
            Field("received", "&Received on", "date"),
            # 09:00 as a rule, but never later than now: a receipt in the future is refused
            Field("time", "At (HH:MM)", default=min(datetime.now().strftime("%H:%M"), "09:00")),
            Field("route", "&Route", "choice", list(apps.ROUTES)), Field("kind", "&Asks for", "choice", kinds),
            Field("prisoner_id", "&Prisoner (type to search)", "edit-choice", people),
            Field("prisoner_name", "Name (if not on file)"), Field("prison_number", "Prison number (if not on file)"),
            Field("words", "In the prisoner's &words", "long")])

        known = {pid for _label, pid in people}

        def save(s, v) -> None:  # noqa: ANN001
            # the service checks every field at once, the time too (as the CLI's would be); a name typed
            # into the picker but not chosen from it is told in the picker's own words
            try:
                apps.receive(s, v["received"], v["route"], v["kind"], v["words"], v["prisoner_id"] or None,
                             v["prisoner_name"], v["prison_number"], at=v["time"])
            except Invalid as exc:
                if v["prisoner_id"] not in known and "prisoner_id" in exc.problems:
                    raise Invalid(exc.problems | {"prisoner_id": PICK_FROM_LIST}) from exc
                raise

        dialog = self.open_form(spec, save, changes={APPLICATIONS})
        _search_as_you_type(dialog.widgets["prisoner_id"])
        return dialog

    def change_status(self) -> FormDialog | None:
        row = self.current()
        if row is None:
            return None
        allowed = apps.status_choices(row.status)  # "responded" only through Respond, which writes the reply
        if not allowed:
            QMessageBox.information(self, "Change status", f"{row.ref} is {row.status}: nothing follows.")
            return None
        intro = f"Now {row.status}."
        if "responded" in apps.TRANSITIONS.get(row.status, ()):
            intro += " To mark it responded, use Respond: it records what was done and the outcome for the slip."
        spec = FormSpec("application-status", f"Change status of {row.ref}", [
            Field("to", "&New status", "choice", list(allowed)), Field("note", "&Note (internal)", "long"),
            Field("forwarded_to", "Forwarded to (department)")], intro=intro)
        return self.open_form(spec, lambda s, v: apps.change_status(s, row.id, v["to"], v["note"],
                                                                forwarded_to=v["forwarded_to"]),
                              changes={APPLICATIONS})

    def respond(self) -> FormDialog | None:
        row = self.current()
        if row is None:
            return None
        intro = (f"{row.ref} stays {row.status}; the response goes on its slip." if row.status in apps.RESPONSE_LATER
                 else "")
        spec = FormSpec("application-response", f"Respond to {row.ref}", [
            Field("response", "What we &did (the prisoner reads this)", "long"),
            Field("outcome", "The &outcome, in plain words"),
            Field("bad_news", "&Bad news: give it in person, privately, with support", "bool")], intro=intro)
        return self.open_form(spec, lambda s, v: apps.respond(s, row.id, v["response"], v["outcome"], v["bad_news"]),
                              changes={APPLICATIONS})

    def print_slip(self, path: str | None = None) -> Path | None:
        row = self.current()
        if row is None:
            return None
        with self.session_factory() as s:
            app = s.get(Application, row.id)
            html = slip_html(app, row.prisoner, slip_language(s, app))  # Welsh to a prisoner who prefers it
            if not app.response:
                QMessageBox.information(self, "Response slip", "Respond first: the slip says what was done.")
                return None
        try:
            done = deliver(self, f"Response slip {row.ref}", html, f"{row.ref}.pdf", path)
        except FswError as exc:
            QMessageBox.warning(self, "Response slip", exc.message)
            return None
        for d in done:
            operations.write(self, lambda s, d=d: audit.record(s, "printed", "applications", row.id,
                                                               f"response slip, {d.how}"),
                             changes={operations.AUDIT}, title="Response slip")
        return saved_path(done)

    def show_history(self) -> HistoryDialog | None:
        """The selected application's history, internal notes included, in a read-only dialog."""
        row = self.current()
        if row is None:
            QMessageBox.information(self, "History", "Choose an application first.")
            return None
        with self.session_factory() as s:
            lines = [HistoryLine(e.at, e.who, e.status_from, e.status_to, e.note) for e in apps.history(s, row.id)]
            notes = (s.get(Application, row.id).internal_notes or "").strip()
        dialog = HistoryDialog(self, row.ref, lines, notes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_referral(self) -> str | None:
        """One step onward: a referral (new case) from the application, linked both ways."""
        row = self.current()
        if row is None:
            return None
        with self.session_factory() as s:
            linked = s.get(Application, row.id).case_id
        if linked:
            QMessageBox.information(self, "Referral", "This application is already linked to a case.")
            return linked

        def refer(s: Session) -> tuple[str, str]:
            app = s.get(Application, row.id)
            given, _, family = (row.prisoner or "").rpartition(" ")
            case = referrals.create_referral(s, referrals.ReferralInput(
                referral_date=app.received_at.date(), source="Applications box", prisoner_given=given,
                prisoner_family=family or row.prisoner or "Unknown", prison_number=app.prison_number or "",
                reasons=f"From application {app.ref}: {app.words}"))
            apps.link_onward(s, app.id, case_id=case.id)
            return case.id, case.ref

        written = operations.write(self, refer, changes={APPLICATIONS, CASES, PEOPLE}, title="Referral")
        if not written:
            return None
        case_id, ref = written.result
        self.window().statusBar().showMessage(f"Referral {ref} opened from application {row.ref}", 10000)
        return case_id

    def _prisoner_on_file(self, what: str):  # noqa: ANN202
        """The selected application, if its prisoner is on file (a booking or a place needs them)."""
        row = self.current()
        if row is None:
            QMessageBox.information(self, what, "Choose an application first.")
            return None
        with self.session_factory() as s:
            app = s.get(Application, row.id)
            prisoner_id = app.prisoner_id
        if not prisoner_id:
            QMessageBox.information(self, what, "This prisoner is not on file yet: open a referral first, "
                                                "then add their family to the case.")
            return None
        return row, prisoner_id

    def book_visit(self):  # noqa: ANN201
        """One step onward: the booking form for this prisoner; the booking made is linked back."""
        found = self._prisoner_on_file("Book a visit")
        if found is None:
            return None
        row, prisoner_id = found
        dialog = BookingDialog(self, self.session_factory, prisoner_id=prisoner_id,
                               also=lambda s, booking: apps.link_onward(s, row.id, booking_id=booking.id),
                               changes={VISITS, APPLICATIONS})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def request_family_day(self) -> FormDialog | None:
        """One step onward: a place on a planned family day for the prisoner's family, linked back."""
        found = self._prisoner_on_file("Family-day place")
        if found is None:
            return None
        row, prisoner_id = found
        with self.session_factory() as s:
            days = [(f"{show_date(d.on, weekday='short')}: {d.title or d.kind}", d.id)
                    for d in fd.family_days(s, start=date.today()) if d.status == "planned"]
        if not days:
            QMessageBox.information(self, "Family-day place", "No family day is planned: add one on Family days.")
            return None
        spec = FormSpec("application-family-day", f"Family-day place from {row.ref}", [
            Field("day", "Family &day", "choice", days), Field("repair", "A relationship to &repair", "bool")],
            intro="The prisoner's family who may visit are put forward; children outside the day's ages are left out.")

        said: list[str] = []  # what the worker should know though the request was taken

        def save(s, v) -> None:  # noqa: ANN001
            request, warnings = fd.request_for_family(s, v["day"], prisoner_id, v["repair"])
            apps.link_onward(s, row.id, family_day_request_id=request.id)
            said[:] = warnings

        def saved() -> None:
            if said:
                QMessageBox.warning(self, "Request saved, with warnings", "\n\n".join(said))

        return self.open_form(spec, save, saved, changes={FAMILY_DAYS, APPLICATIONS})

    def choose_figures(self) -> FormDialog:
        """Ask for the period first (the last twelve months unless changed), then show its figures."""
        start, end = summary.default_period(date.today())
        spec = FormSpec("application-figures", "Applications: figures", [
            Field("start", "&From (received on or after)", "date", default=start),
            Field("end", "&To (received on or before)", "date", default=end)],
            intro="Figures count the applications received in the period, both dates included.")

        def show(values: dict) -> None:  # a refusal (end before start) stays in the form as its message
            self.show_figures(values["start"], values["end"])

        dialog = FormDialog(self, spec, show)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_figures(self, start: date | None = None, end: date | None = None, show: bool = True) -> apps.Figures:
        """Figures for ``start`` to ``end`` (default: the last twelve months); an end before the start is refused."""
        end = end or date.today()
        start = start or summary.default_period(end)[0]
        with self.session_factory() as s:
            f = apps.figures(s, start, end, working_days.holidays_for(s))
        share = "–" if f.on_time_share is None else f"{f.on_time_share:.0%}"
        lines = [f"{show_date(f.start)} to {show_date(f.end)}: {f.total} applications",
                 f"Acknowledged: median {f.acknowledge_median} working days, 90th percentile {f.acknowledge_p90}",
                 f"Responded: median {f.respond_median} working days, 90th percentile {f.respond_p90}",
                 f"Answered on time: {f.answered_on_time} of {f.considered} ({share})", "", "By what was asked:"]
        lines += [f"  {k}: {v}" for k, v in sorted(f.by_kind.items(), key=lambda kv: -kv[1])]
        lines += ["", "By route:"] + [f"  {k}: {v}" for k, v in sorted(f.by_route.items(), key=lambda kv: -kv[1])]
        self.figures_text = "\n".join(lines)
        if show:
            box = QMessageBox(self)
            box.setWindowTitle(f"Applications: figures, {show_date(f.start)} to {show_date(f.end)}")
            box.setText(self.figures_text)
            box.open()
        return f

    def update_holidays(self, path: str | None = None) -> int | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, "Bank holidays file", str(Path.home()), "JSON (*.json)")
        if not path:
            return None
        written = operations.write(self, lambda s: working_days.import_holidays(s, path), changes={APPLICATIONS},
                                   title="Bank holidays")
        return written.result if written else None

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
from ...words import QT_TRANSLATE_NOOP, tr
from ...services.desk import vocab

PICK_FROM_LIST = QT_TRANSLATE_NOOP("", "Choose the prisoner from the list as you type, or choose \"Not on file yet\" "
                                       "and give the name and number below.")
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda r: r.ref),
    Column(QT_TRANSLATE_NOOP("", "Received"), lambda r: show_when(r.received_at)),
    Column(QT_TRANSLATE_NOOP("", "Prisoner"), lambda r: f"{r.prisoner} {r.prison_number}".strip()),
    Column(QT_TRANSLATE_NOOP("", "Status"), lambda r: vocab.label(r.status)),  # where it stands and how soon it is due come first
    Column(QT_TRANSLATE_NOOP("", "Due"), lambda r: vocab.label(r.due_state),
           warn=lambda r: r.due_state in ("overdue", "due today")),  # not shown: the values compared
    Column(QT_TRANSLATE_NOOP("", "Asks"), lambda r: vocab.label(r.kind)),
    Column(QT_TRANSLATE_NOOP("", "Route"), lambda r: vocab.label(r.route)),
    Column(QT_TRANSLATE_NOOP("", "Acknowledge by"), lambda r: r.ack_due),
    Column(QT_TRANSLATE_NOOP("", "Respond by"), lambda r: r.response_due),
    Column(QT_TRANSLATE_NOOP("", "Led to"), lambda r: r.led_to),
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
    Column(QT_TRANSLATE_NOOP("", "When"), lambda h: show_when(h.at)),
    Column(QT_TRANSLATE_NOOP("", "Who"), lambda h: h.who),
    Column(QT_TRANSLATE_NOOP("", "From"), lambda h: vocab.label(h.status_from) or "–"),
    Column(QT_TRANSLATE_NOOP("", "To"), lambda h: vocab.label(h.status_to)),
    Column(QT_TRANSLATE_NOOP("", "Note (internal)"), lambda h: h.note),
]


class HistoryDialog(QDialog):
    """An application's append-only history, read-only: what happened, who did it, and why."""

    def __init__(self, parent: QWidget | None, ref: str, lines: list[HistoryLine], notes: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("History of {ref}").format(ref=ref))
        self.setAccessibleName(tr("History of {ref}").format(ref=ref))
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Every change of status, oldest first. Notes are internal: they never go on the slip."))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notes = QLabel(tr("Internal notes: {notes}").format(notes=notes) if notes else "")
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(tr("Internal notes"))
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        self.table, self.model = make_table(HISTORY_COLUMNS, tr("History of {ref}").format(ref=ref),
                                            empty=tr("No history recorded for this application."))
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
    combo.lineEdit().setPlaceholderText(tr("Type part of a name or prison number"))


class ApplicationsPage(Page):
    title = QT_TRANSLATE_NOOP("", "Applications")
    shows = frozenset({APPLICATIONS, PEOPLE, SETTINGS})  # the prisoner named on each; the application types

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = QHBoxLayout()
        self.due = QComboBox()
        self.due.setAccessibleName(tr("Due filter"))
        for label, value in ((tr("All"), None), (tr("Overdue or due today"), "due"), (tr("Overdue"), "overdue"),
                             (tr("Due today"), "due today"),  # not shown: the value
                             (tr("On time"), "on time"), (tr("Done"), "done")):  # not shown: the value
            self.due.addItem(label, value)
        self.due.currentIndexChanged.connect(lambda _index: self.refresh())  # the index is not a date
        bar.addWidget(QLabel(tr("Show", "which applications")))
        bar.addWidget(self.due)
        self.count = QLabel("")
        self.count.setObjectName("Muted")
        bar.addWidget(self.count)
        bar.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search: name, number, what was asked…"))
        self.search.setAccessibleName(tr("Search applications"))
        self.search.setToolTip(tr("Shows the applications whose prisoner, prison number, type, route, status or "
                                  "reference hold every word typed"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _text: self.refresh())
        bar.addWidget(self.search)
        self.layout_.addLayout(bar)
        bar = ButtonBar()
        for text, slot in ((tr("&New application…"), self.new_application), (tr("Change &status…"), self.change_status),
                           (tr("&Respond…"), self.respond), (tr("Print response s&lip…"), self.print_slip),
                           (tr("H&istory…"), self.show_history), (tr("Le&tter…"), self.letter)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
            if slot == self.respond:
                self.respond_button = b
        self.onward = QToolButton()
        self.onward.setText(tr("One step &onward"))
        self.onward.setAccessibleName(tr("One step onward"))
        self.onward.setToolTip(tr("Open a referral, book a visit or request a family-day place from this application"))
        self.onward.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.onward)
        for text, slot in ((tr("Open a &referral"), self.open_referral), (tr("&Book a visit…"), self.book_visit),
                           (tr("Request a &family-day place…"), self.request_family_day)):
            menu.addAction(text, lambda f=slot: f())
        self.onward.setMenu(menu)
        bar.addWidget(self.onward)
        for text, slot in ((tr("Fig&ures…"), self.choose_figures), (tr("Update &bank holidays…"), self.update_holidays)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.holiday_warning = QLabel("")
        self.holiday_warning.setObjectName("Warning")
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setAccessibleName(tr("Bank holidays warning"))
        self.holiday_warning.hide()
        self.layout_.addWidget(self.holiday_warning)
        self.table, self.model = make_table(COLUMNS, tr("Applications"))
        self.layout_.addWidget(self.table, 1)
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
            tr("No application matches \"{searched}\". Clear the search to see them all.").format(searched=searched)
            if searched else tr("No applications yet. Log one with New application (Alt+N) when it comes in.")
            if self.due.currentData() is None
            else tr("Nothing to show under \"{shown}\". Choose All to see every application.").format(shown=shown))
        overdue = sum(r.due_state == "overdue" for r in rows)
        self.count.setText(tr("{shown} shown, {overdue} overdue").format(shown=len(rows), overdue=overdue))

    def letter(self) -> LetterDialog | None:
        """A letter about the selected application: its response slip from the team's template, to the wing."""
        row = self.current()
        return letter_about(self, self.session_factory, row.id if row else None, letters.for_application,
                            tr("Choose an application in the list first."))

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
            ok, why = False, tr("Choose an application first.")
        else:
            with self.session_factory() as s:
                ok, why = apps.can_respond(row.status, apps.has_response(s, row.id))
        self.respond_button.setEnabled(ok)
        self.respond_button.setToolTip(tr("Write the reply the prisoner will read") if ok else why)

    def new_application(self) -> FormDialog:
        with self.session_factory() as s:
            people = [(tr("Not on file yet"), "")] + prisoners(s)
            kinds = list(apps.kinds(s))
        spec = FormSpec("application", tr("New application"), [
            Field("received", tr("&Received on"), "date"),
            # 09:00 as a rule, but never later than now: a receipt in the future is refused
            Field("time", tr("At (HH:MM)"), default=min(datetime.now().strftime("%H:%M"), "09:00")),
            Field("route", tr("&Route"), "choice", list(apps.ROUTES)), Field("kind", tr("&Asks for"), "choice", kinds),
            Field("prisoner_id", tr("&Prisoner (type to search)"), "edit-choice", people),
            Field("prisoner_name", tr("Name (if not on file)")),
            Field("prison_number", tr("Prison number (if not on file)")),
            Field("words", tr("In the prisoner's &words"), "long")])

        known = {pid for _label, pid in people}

        def save(s, v) -> None:  # noqa: ANN001
            # the service checks every field at once, the time too (as the CLI's would be); a name typed
            # into the picker but not chosen from it is told in the picker's own words
            try:
                apps.receive(s, v["received"], v["route"], v["kind"], v["words"], v["prisoner_id"] or None,
                             v["prisoner_name"], v["prison_number"], at=v["time"])
            except Invalid as exc:
                if v["prisoner_id"] not in known and "prisoner_id" in exc.problems:
                    raise Invalid(exc.problems | {"prisoner_id": tr(PICK_FROM_LIST)}) from exc
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
            QMessageBox.information(self, tr("Change status"),
                                    tr("{ref} is {status}: nothing follows.").format(ref=row.ref, status=vocab.label(row.status)))
            return None
        intro = tr("Now {status}.").format(status=vocab.label(row.status))
        if "responded" in apps.TRANSITIONS.get(row.status, ()):
            intro += " " + tr("To mark it responded, use Respond: it records what was done and the outcome for the slip.")
        spec = FormSpec("application-status", tr("Change status of {ref}").format(ref=row.ref), [
            Field("to", tr("&New status"), "choice", list(allowed)), Field("note", tr("&Note (internal)"), "long"),
            Field("forwarded_to", tr("Forwarded to (department)"))], intro=intro)
        return self.open_form(spec, lambda s, v: apps.change_status(s, row.id, v["to"], v["note"],
                                                                forwarded_to=v["forwarded_to"]),
                              changes={APPLICATIONS})

    def respond(self) -> FormDialog | None:
        row = self.current()
        if row is None:
            return None
        intro = (tr("{ref} stays {status}; the response goes on its slip.").format(ref=row.ref, status=vocab.label(row.status))
                 if row.status in apps.RESPONSE_LATER else "")
        spec = FormSpec("application-response", tr("Respond to {ref}").format(ref=row.ref), [
            Field("response", tr("What we &did (the prisoner reads this)"), "long"),
            Field("outcome", tr("The &outcome, in plain words")),
            Field("bad_news", tr("&Bad news: give it in person, privately, with support"), "bool")], intro=intro)
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
                QMessageBox.information(self, tr("Response slip"), tr("Respond first: the slip says what was done."))
                return None
        try:
            done = deliver(self, tr("Response slip {ref}").format(ref=row.ref), html, f"{row.ref}.pdf", path)
        except FswError as exc:
            QMessageBox.warning(self, tr("Response slip"), exc.message)
            return None
        for d in done:
            operations.write(self, lambda s, d=d: audit.record(s, "printed", "applications", row.id,
                                                               f"response slip, {d.how}"),  # not shown: audit log
                             changes={operations.AUDIT}, title=tr("Response slip"))
        return saved_path(done)

    def show_history(self) -> HistoryDialog | None:
        """The selected application's history, internal notes included, in a read-only dialog."""
        row = self.current()
        if row is None:
            QMessageBox.information(self, tr("History"), tr("Choose an application first."))
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
            QMessageBox.information(self, tr("Referral"), tr("This application is already linked to a case."))
            return linked

        def refer(s: Session) -> tuple[str, str]:
            app = s.get(Application, row.id)
            given, _, family = (row.prisoner or "").rpartition(" ")
            case = referrals.create_referral(s, referrals.ReferralInput(
                referral_date=app.received_at.date(), source="Applications box",  # not shown: a stored source
                prisoner_given=given, prisoner_family=family or row.prisoner or "Unknown",  # not shown: stored
                prison_number=app.prison_number or "",
                reasons=f"From application {app.ref}: {app.words}"))  # not shown: stored on the case as written
            apps.link_onward(s, app.id, case_id=case.id)
            return case.id, case.ref

        written = operations.write(self, refer, changes={APPLICATIONS, CASES, PEOPLE}, title=tr("Referral"))
        if not written:
            return None
        case_id, ref = written.result
        self.window().statusBar().showMessage(tr("Referral {ref} opened from application {application}").format(
            ref=ref, application=row.ref), 10000)
        return case_id

    def _prisoner_on_file(self, what: str):  # noqa: ANN202
        """The selected application, if its prisoner is on file (a booking or a place needs them)."""
        row = self.current()
        if row is None:
            QMessageBox.information(self, what, tr("Choose an application first."))
            return None
        with self.session_factory() as s:
            app = s.get(Application, row.id)
            prisoner_id = app.prisoner_id
        if not prisoner_id:
            QMessageBox.information(self, what, tr("This prisoner is not on file yet: open a referral first, "
                                                   "then add their family to the case."))
            return None
        return row, prisoner_id

    def book_visit(self):  # noqa: ANN201
        """One step onward: the booking form for this prisoner; the booking made is linked back."""
        found = self._prisoner_on_file(tr("Book a visit"))
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
        found = self._prisoner_on_file(tr("Family-day place"))
        if found is None:
            return None
        row, prisoner_id = found
        with self.session_factory() as s:
            days = [(f"{show_date(d.on, weekday='short')}: {d.title or d.kind}", d.id)
                    for d in fd.family_days(s, start=date.today()) if d.status == "planned"]
        if not days:
            QMessageBox.information(self, tr("Family-day place"), tr("No family day is planned: add one on Family days."))
            return None
        spec = FormSpec("application-family-day", tr("Family-day place from {ref}").format(ref=row.ref), [
            Field("day", tr("Family &day"), "choice", days), Field("repair", tr("A relationship to &repair"), "bool")],
            intro=tr("The prisoner's family who may visit are put forward; children outside the day's ages are left out."))

        said: list[str] = []  # what the worker should know though the request was taken

        def save(s, v) -> None:  # noqa: ANN001
            request, warnings = fd.request_for_family(s, v["day"], prisoner_id, v["repair"])
            apps.link_onward(s, row.id, family_day_request_id=request.id)
            said[:] = warnings

        def saved() -> None:
            if said:
                QMessageBox.warning(self, tr("Request saved, with warnings"), "\n\n".join(said))

        return self.open_form(spec, save, saved, changes={FAMILY_DAYS, APPLICATIONS})

    def choose_figures(self) -> FormDialog:
        """Ask for the period first (the last twelve months unless changed), then show its figures."""
        start, end = summary.default_period(date.today())
        spec = FormSpec("application-figures", tr("Applications: figures"), [
            Field("start", tr("&From (received on or after)"), "date", default=start),
            Field("end", tr("&To (received on or before)"), "date", default=end)],
            intro=tr("Figures count the applications received in the period, both dates included."))

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
        lines = [tr("{start} to {end}: {total} applications").format(start=show_date(f.start), end=show_date(f.end),
                                                                      total=f.total),
                 tr("Acknowledged: median {median} working days, 90th percentile {p90}").format(
                     median=f.acknowledge_median, p90=f.acknowledge_p90),
                 tr("Responded: median {median} working days, 90th percentile {p90}").format(
                     median=f.respond_median, p90=f.respond_p90),
                 tr("Answered on time: {on_time} of {considered} ({share})").format(
                     on_time=f.answered_on_time, considered=f.considered, share=share), "", tr("By what was asked:")]
        lines += [f"  {k}: {v}" for k, v in sorted(f.by_kind.items(), key=lambda kv: -kv[1])]
        lines += ["", tr("By route:")] + [f"  {k}: {v}" for k, v in sorted(f.by_route.items(), key=lambda kv: -kv[1])]
        self.figures_text = "\n".join(lines)
        if show:
            box = QMessageBox(self)
            box.setWindowTitle(tr("Applications: figures, {start} to {end}").format(start=show_date(f.start),
                                                                                     end=show_date(f.end)))
            box.setText(self.figures_text)
            box.open()
        return f

    def update_holidays(self, path: str | None = None) -> int | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Bank holidays file"), str(Path.home()),
                                                  tr("JSON") + " (*.json)")
        if not path:
            return None
        written = operations.write(self, lambda s: working_days.import_holidays(s, path), changes={APPLICATIONS},
                                   title=tr("Bank holidays"))
        return written.result if written else None

"""Family days: events, requests ranked by need with the score visible, allocation, lists to print.

Allocation is by need (first-time families, families not visiting, relationships
to repair, young children), never by incentive level; a worker may override a
score but must say why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog, QInputDialog, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date, show_long_date
from ...errors import FswError
from ...services.data_protection import audit
from ...services.letters import letters
from ...services.visits import family_days as fd
from ...services.desk import files
from ...words import QT_TRANSLATE_NOOP, tr
from .. import operations
from ..allocation_dialog import AllocationDialog
from ..booking_dialog import prisoners
from ..family_day_places_dialog import FamilyDayPlacesDialog
from ..form_dialog import Field, FormDialog, FormSpec
from ..letter_dialog import LetterDialog, letter_about
from ..operations import FAMILY_DAYS, PEOPLE
from ..printing import deliver, saved_path, table_html
from ..table_model import ROW_ROLE, Column, make_table as _table
from ..button_bar import ButtonBar
from .base import Page
from ...services.desk import vocab



def _yes_no(value: bool | None) -> str:
    return "" if value is None else (tr("yes") if value else tr("no"))


def day_columns() -> list[Column]:
    """The family days list, headed in the desk's language."""
    return [
        Column(tr("Date"), lambda d: d.on),
        Column(tr("Family day"), lambda d: d.title or vocab.label(d.kind)),
        Column(tr("Kind"), lambda d: vocab.label(d.kind)),
        Column(tr("Places"), lambda d: tr("{families} families / {people} people").format(
            families=d.capacity_families, people=d.capacity_people)),
        Column(tr("Clearance by"), lambda d: d.clearance_deadline),
        Column(tr("Status"), lambda d: vocab.label(d.status)),
    ]


def request_columns() -> list[Column]:
    """The requests for places: who got a place reads first, next to the family's name, without scrolling."""
    return [
        Column(tr("Rank"), lambda r: r.rank),
        Column(tr("Prisoner"), lambda r: f"{r.prisoner_name} {r.prison_number}".strip()),
        Column(tr("Place"), lambda r: vocab.label(r.status), warn=lambda r: r.status == "waiting"),  # allocated or waiting
        Column(tr("People"), lambda r: r.people),
        Column(tr("Priority"), lambda r: r.effective, warn=lambda r: r.score.override is not None),
        Column(tr("Who goes"), lambda r: ", ".join(r.names)),
        Column(tr("Attended"), lambda r: _yes_no(r.attended)),
        Column(tr("Why"), lambda r: "; ".join(f"{label} {points:+d}" for label, points in r.score.parts())),  # last
    ]




class FamilyDaysPage(Page):
    title = QT_TRANSLATE_NOOP("", "Family days")
    shows = frozenset({FAMILY_DAYS, PEOPLE})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = ButtonBar()
        for text, slot in ((tr("&New family day…"), self.new_day), (tr("Add &families…"), self.add_families),
                           (tr("&Request a place…"), self.request_place), (tr("&Allocate places…"), self.allocate),
                           (tr("&Clearance and photos…"), self.clearance),
                           (tr("O&verride priority…"), self.override), (tr("Record a&ttendance…"), self.attendance),
                           (tr("Print &attendee list…"), lambda: self.print_list("attendees")),
                           (tr("Print &security list…"), lambda: self.print_list("security")),
                           (tr("Save &CSV…"), self.save_csv), (tr("Invitation &letter…"), self.letter)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.days_view, self.days_model = _table(
            day_columns(), tr("Family days"), empty=tr("No family days planned. Plan one with New family day (Alt+N)."))
        self.days_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_requests())
        split.addWidget(self.days_view)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(tr("Choose a family day."))
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        ll.addWidget(self.summary)
        self.requests_view, self.requests_model = _table(request_columns(), tr("Requests for places, by priority"),
                                                        empty=tr("No requests for places on this day yet."))
        ll.addWidget(self.requests_view)
        split.addWidget(lower)
        split.setSizes([220, 420])
        self.layout_.addWidget(split, 1)

    def refresh(self) -> None:
        current = self.current_day()
        with self.session_factory() as s:
            days = fd.family_days(s)
            for d in days:
                s.expunge(d)
        days.sort(key=lambda d: d.on, reverse=True)
        self.days_model.set_rows(days)
        if days:
            ids = [d.id for d in days]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.days_view.selectRow(row)
        self._show_requests()

    def current_day(self):  # noqa: ANN202
        index = self.days_view.currentIndex()
        return self.days_model.data(index, ROW_ROLE) if index.isValid() else None

    def _show_requests(self) -> None:
        day = self.current_day()
        if day is None:
            self.requests_model.set_rows([])
            return
        with self.session_factory() as s:
            rows = fd.ranked_requests(s, day.id)
        for i, r in enumerate(rows, 1):
            r.rank = i
        self.requests_model.set_rows(rows)
        allocated = [r for r in rows if r.status == "allocated"]
        self.summary.setText(tr(
            "{day}, {date} at {place}. {requests} requests; {families} families and {people} people allocated "
            "of {capacity_families} families / {capacity_people} people. Ranked by need, never by "
            "incentive level.").format(
            day=day.title or day.kind, date=show_date(day.on, weekday="long"), place=day.place or tr("the prison"),
            requests=len(rows), families=len(allocated), people=sum(r.people for r in allocated),
            capacity_families=day.capacity_families, capacity_people=day.capacity_people))

    def new_day(self) -> FormDialog:
        spec = FormSpec("family-day", tr("New family day"), [
            Field("on", tr("&Date"), "date"), Field("kind", tr("&Kind"), "edit-choice", list(fd.KINDS)),
            Field("title", tr("&Title")),
            Field("capacity_families", tr("Places: &families"), "int", default=10, maximum=500),
            Field("capacity_people", tr("Places: &people"), "int", default=40, maximum=2000),
            Field("min_age", tr("Youngest child (0 = any)"), "int", default=0, maximum=18),
            Field("max_age", tr("Oldest child (0 = any)"), "int", default=0, maximum=99),
            Field("clearance_deadline", tr("Security &clearance by"), "optional-date"),
            Field("place", tr("P&lace")), Field("programme", tr("P&rogramme"), "long")])

        return self.open_form(spec, lambda s, values: fd.add_family_day(
            s, values["on"], values["kind"], values["title"], values["capacity_families"], values["capacity_people"],
            values["min_age"] or None, values["max_age"] or None, values["clearance_deadline"], values["place"],
            values["programme"]), changes={FAMILY_DAYS})

    def request_place(self) -> FormDialog | None:
        """A place for a prisoner's family: everyone who may have an open visit and is within the day's ages.

        Anyone left out (banned, not approved, closed visits only, outside the
        ages) is named with the reason, and a request after the clearance
        deadline is saved with a warning, so the worker can tell the family.
        """
        day = self.current_day()
        if day is None:
            return None
        with self.session_factory() as s:
            choices = prisoners(s)
        spec = FormSpec("family-day-request", tr("Request a place"), [
            Field("prisoner_id", tr("&Prisoner"), "choice", choices),
            Field("repair", tr("A relationship to &repair"), "bool"),
        ], intro=tr("The prisoner's family who may have an open visit are included; anyone banned, not approved or "
                    "on closed visits only, and children outside the day's ages, are left out."))

        def save(s: Session, values: dict) -> list[str]:
            return fd.request_for_family(s, day.id, values["prisoner_id"], values["repair"])[1]

        dialog = self.open_form(spec, save, changes={FAMILY_DAYS}, warns=True)
        dialog.accepted.connect(lambda: self._requested(dialog.warnings))
        return dialog

    def _requested(self, warnings: list[str]) -> None:
        if warnings:
            QMessageBox.warning(self, tr("Request saved, with warnings"), "\n\n".join(warnings))

    def clearance(self) -> FormDialog | None:
        """Security clearance and photo consent for each person on the selected request."""
        day, r = self.current_day(), self._request()
        if day is None or r is None:
            return None
        with self.session_factory() as s:
            rows = [a for a in fd.attendee_list(s, day.id, include_waiting=True) if a.request_ref == r.ref]
        fields = []
        for a in rows:
            fields.append(Field(f"c:{a.attendee_id}", tr("{name}: clearance").format(name=a.name), "choice",
                                list(fd.CLEARANCE), default=a.clearance))
            fields.append(Field(f"p:{a.attendee_id}", tr("{name}: photo consent").format(name=a.name), "bool",
                                default=a.photo_consent))
        spec = FormSpec("family-day-clearance", tr("Clearance for {ref}").format(ref=r.ref), fields)

        def save(s, values: dict) -> None:  # noqa: ANN001
            for key, value in values.items():
                kind, attendee_id = key.split(":", 1)
                if kind == "c":
                    fd.set_clearance(s, attendee_id, value)
                else:
                    fd.set_photo_consent(s, attendee_id, value)

        return self.open_form(spec, save, changes={FAMILY_DAYS})

    def add_families(self) -> FamilyDayPlacesDialog | None:
        """Many families at once: tick, choose who goes, see places asked against places; one write."""
        day = self.current_day()
        if day is None:
            return None
        dialog = FamilyDayPlacesDialog(self, self.session_factory, day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._families_added(dialog.added))
        dialog.open()
        return dialog

    def reopen_draft(self, form_id: str, values: dict) -> FamilyDayPlacesDialog | AllocationDialog | None:
        """Families ticked, or an allocation's moves, kept over a lock: reopened on the same family day."""
        self.show_day(values.get("_day", ""))
        if self.current_day() is None or self.current_day().id != values.get("_day"):
            return None
        dialog = self.add_families() if form_id == "family-day-places" else self.allocate()
        if dialog is not None:
            dialog.restore_values(values)
        return dialog

    def _families_added(self, added) -> None:  # noqa: ANN001
        if added is None:
            return
        # "families" whatever the count, as the English has always said
        self.window().statusBar().showMessage(tr("Added %n families.", "", len(added.requests)), 10000)
        if added.warnings:
            more = [tr("… and {count} more.").format(count=len(added.warnings) - 8)] if len(added.warnings) > 8 else []
            QMessageBox.warning(self, tr("Families added, with warnings"), "\n\n".join(added.warnings[:8] + more))

    def allocate(self) -> AllocationDialog | None:
        """The proposed allocation first; nothing is stored until staff confirm it."""
        day = self.current_day()
        if day is None:
            return None
        try:
            with self.session_factory() as s:
                proposal = fd.plan_allocation(s, day.id)
        except FswError as exc:
            QMessageBox.warning(self, tr("Family days"), exc.message)
            return None
        dialog = AllocationDialog(self, self.session_factory, day, proposal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._allocated(dialog.allocation))
        dialog.open()
        return dialog

    def _allocated(self, result) -> None:  # noqa: ANN001
        if result is not None:
            self.window().statusBar().showMessage(
                tr("Allocated {families} families ({people} people); {waiting} waiting.").format(
                    families=len(result.allocated), people=result.people_used, waiting=len(result.waiting)), 10000)

    def _request(self):  # noqa: ANN202
        index = self.requests_view.currentIndex()
        return self.requests_model.data(index, ROW_ROLE) if index.isValid() else None

    def letter(self) -> LetterDialog | None:
        """An invitation (or another letter) for the selected place, with what to bring and the clearance date."""
        r = self._request()
        return letter_about(self, self.session_factory, r.request_id if r else None, letters.for_family_day_place,
                            tr("Choose a family's place in the list of requests first."))

    def override(self) -> None:
        r = self._request()
        if r is None:
            return
        score, ok = QInputDialog.getInt(self, tr("Override priority"), tr("New priority for {ref}:").format(ref=r.ref),
                                        r.effective, -100, 200)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, tr("Override priority"), tr("Why? (recorded with the request)"))
        if ok:
            operations.write(self, lambda s: fd.override(s, r.request_id, score, reason), changes={FAMILY_DAYS},
                             title=tr("Family days"))

    def attendance(self) -> None:
        r = self._request()
        if r is None:
            return
        answers = [tr("yes"), tr("no")]  # the first is yes, whatever the language
        answer, ok = QInputDialog.getItem(self, tr("Attendance"), tr("Did {ref} attend?").format(ref=r.ref), answers,
                                          0, False)
        if not ok:
            return
        feedback, ok = QInputDialog.getMultiLineText(self, tr("Feedback"), tr("Feedback from the family (optional):"))
        if ok:
            operations.write(self, lambda s: fd.record_attendance(s, r.request_id, answer == answers[0], feedback),
                             changes={FAMILY_DAYS}, title=tr("Family days"))

    def _rows(self, which: str):  # noqa: ANN202
        day = self.current_day()
        with self.session_factory() as s:
            rows = fd.attendee_list(s, day.id) if which == "attendees" else fd.security_list(s, day.id)
        return day, rows

    def print_list(self, which: str, path: str | None = None) -> Path | None:
        if self.current_day() is None:
            return None
        day, rows = self._rows(which)
        # anyone not cleared stands out on paper: the officer at the gate reads this list
        def clearance(value: str) -> str:
            return fd.clearance_label(value, day.clearance_deadline)

        if which == "attendees":
            headers = [tr("Request"), tr("Prisoner"), tr("Name"), tr("Age"), tr("Relationship"), tr("Clearance"),
                       tr("Photo consent"), tr("Attended")]
            data = [(r.request_ref, f"{r.prisoner} {r.prison_number}", r.name, r.age if r.age is not None else "",
                     r.relationship, clearance(r.clearance), _yes_no(bool(r.photo_consent)), _yes_no(r.attended))
                    for r in rows]
            title, recorded = tr("Attendee list"), "attendee list"  # not shown: the audit keeps its English
        else:
            headers = [tr("Name"), tr("Date of birth"), tr("Relationship"), tr("Prisoner"), tr("Prison no."),
                       tr("Clearance")]
            data = [(r.name, r.date_of_birth.strftime("%d/%m/%Y") if r.date_of_birth else "", r.relationship,
                     r.prisoner, r.prison_number, clearance(r.clearance)) for r in rows]
            title, recorded = tr("Security list"), "security list"  # not shown
        pending = sum(1 for r in rows if r.clearance == "pending")
        subtitle = f"{show_long_date(day.on, weekday=True)} · {day.place}" + (
            " · " + tr("{count} not yet cleared").format(count=pending) if pending else "")
        html = table_html(tr("{title}: {day}").format(title=title, day=day.title or day.kind), subtitle,
                          headers, data, tr("Printed {date} from FSW Desk. Contains personal data: keep secure and "
                                            "destroy after the event.").format(date=show_date(date.today())))
        try:
            done = deliver(self, title, html, f"family-day-{day.on}-{which}.pdf", path,
                           landscape=which == "attendees")
        except FswError as exc:
            QMessageBox.warning(self, title, exc.message)
            return None
        for d in done:
            self._audit("printed", day.id, f"{recorded}, {len(data)} people, {d.how}")  # not shown: the audit record
        out = saved_path(done)
        if out is not None:
            self.window().statusBar().showMessage(tr("Saved {path}").format(path=out), 8000)
        return out

    def save_csv(self, path: str | None = None) -> Path | None:
        if self.current_day() is None:
            return None
        day, rows = self._rows("attendees")
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save attendees as CSV"),
                                                  str(Path.home() / f"family-day-{day.on}.csv"), tr("CSV") + " (*.csv)")
        if not path:
            return None
        try:
            files.save(Path(path), fd.attendees_csv(rows))
        except FswError as exc:
            QMessageBox.warning(self, tr("Attendees CSV"), exc.message)
            return None
        self._audit("exported", day.id, f"attendee list CSV, {len(rows)} people")  # not shown: the audit record
        return Path(path)

    def _audit(self, action: str, day_id: str, detail: str) -> None:
        """Lists of names leaving the database as files are recorded: who, what, when."""
        operations.write(self, lambda s: audit.record(s, action, "family_days", day_id, detail),
                         changes={operations.AUDIT}, title=tr("Family days"))

    def show_day(self, family_day_id: str) -> bool:
        """Select a family day (from a case or Today), its requests shown below it."""
        self.refresh()
        ids = [d.id for d in self.days_model.rows]
        if family_day_id not in ids:
            return False
        self.days_view.selectRow(ids.index(family_day_id))
        self.days_view.setFocus()
        return True

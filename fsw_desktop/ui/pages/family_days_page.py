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

from ...services.desk.dates import show_date
from ...errors import FswError
from ...services.data_protection import audit
from ...services.letters import letters
from ...services.visits import family_days as fd
from ...services.desk import files
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

DAYS = [
    Column("Date", lambda d: d.on),
    Column("Family day", lambda d: d.title or d.kind),
    Column("Kind", lambda d: d.kind),
    Column("Places", lambda d: f"{d.capacity_families} families / {d.capacity_people} people"),
    Column("Clearance by", lambda d: d.clearance_deadline),
    Column("Status", lambda d: d.status),
]
# who got a place reads first, next to the family's name, without scrolling sideways
REQUESTS = [
    Column("Rank", lambda r: r.rank),
    Column("Prisoner", lambda r: f"{r.prisoner_name} {r.prison_number}".strip()),
    Column("Place", lambda r: r.status, warn=lambda r: r.status == "waiting"),  # allocated or waiting, by the name
    Column("People", lambda r: r.people),
    Column("Priority", lambda r: r.effective, warn=lambda r: r.score.override is not None),
    Column("Who goes", lambda r: ", ".join(r.names)),
    Column("Attended", lambda r: "" if r.attended is None else ("yes" if r.attended else "no")),
    Column("Why", lambda r: "; ".join(f"{label} {points:+d}" for label, points in r.score.parts())),  # long: last
]




class FamilyDaysPage(Page):
    title = "Family days"
    shows = frozenset({FAMILY_DAYS, PEOPLE})

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        bar = ButtonBar()
        for text, slot in (("&New family day…", self.new_day), ("Add &families…", self.add_families),
                           ("&Request a place…", self.request_place), ("&Allocate places…", self.allocate),
                           ("&Clearance and photos…", self.clearance),
                           ("O&verride priority…", self.override), ("Record a&ttendance…", self.attendance),
                           ("Print &attendee list…", lambda: self.print_list("attendees")),
                           ("Print &security list…", lambda: self.print_list("security")),
                           ("Save &CSV…", self.save_csv), ("Invitation &letter…", self.letter)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, f=slot: f())
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.days_view, self.days_model = _table(DAYS, "Family days",
                                                empty="No family days planned. Plan one with New family day (Alt+N).")
        self.days_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_requests())
        split.addWidget(self.days_view)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("Choose a family day.")
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        ll.addWidget(self.summary)
        self.requests_view, self.requests_model = _table(REQUESTS, "Requests for places, by priority",
                                                        empty="No requests for places on this day yet.")
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
        self.summary.setText(
            f"{day.title or day.kind}, {show_date(day.on, weekday='long')} at {day.place or 'the prison'}. "
            f"{len(rows)} requests; {len(allocated)} families and {sum(r.people for r in allocated)} people allocated "
            f"of {day.capacity_families} families / {day.capacity_people} people. Ranked by need, never by "
            "incentive level.")

    def new_day(self) -> FormDialog:
        spec = FormSpec("family-day", "New family day", [
            Field("on", "&Date", "date"), Field("kind", "&Kind", "edit-choice", list(fd.KINDS)),
            Field("title", "&Title"), Field("capacity_families", "Places: &families", "int", default=10, maximum=500),
            Field("capacity_people", "Places: &people", "int", default=40, maximum=2000),
            Field("min_age", "Youngest child (0 = any)", "int", default=0, maximum=18),
            Field("max_age", "Oldest child (0 = any)", "int", default=0, maximum=99),
            Field("clearance_deadline", "Security &clearance by", "optional-date"),
            Field("place", "P&lace"), Field("programme", "P&rogramme", "long")])

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
        spec = FormSpec("family-day-request", "Request a place", [
            Field("prisoner_id", "&Prisoner", "choice", choices),
            Field("repair", "A relationship to &repair", "bool"),
        ], intro="The prisoner's family who may have an open visit are included; anyone banned, not approved or "
                 "on closed visits only, and children outside the day's ages, are left out.")

        def save(s: Session, values: dict) -> list[str]:
            return fd.request_for_family(s, day.id, values["prisoner_id"], values["repair"])[1]

        dialog = self.open_form(spec, save, changes={FAMILY_DAYS}, warns=True)
        dialog.accepted.connect(lambda: self._requested(dialog.warnings))
        return dialog

    def _requested(self, warnings: list[str]) -> None:
        if warnings:
            QMessageBox.warning(self, "Request saved, with warnings", "\n\n".join(warnings))

    def clearance(self) -> FormDialog | None:
        """Security clearance and photo consent for each person on the selected request."""
        day, r = self.current_day(), self._request()
        if day is None or r is None:
            return None
        with self.session_factory() as s:
            rows = [a for a in fd.attendee_list(s, day.id, include_waiting=True) if a.request_ref == r.ref]
        fields = []
        for a in rows:
            fields.append(Field(f"c:{a.attendee_id}", f"{a.name}: clearance", "choice", list(fd.CLEARANCE),
                                default=a.clearance))
            fields.append(Field(f"p:{a.attendee_id}", f"{a.name}: photo consent", "bool", default=a.photo_consent))
        spec = FormSpec("family-day-clearance", f"Clearance for {r.ref}", fields)

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
        self.window().statusBar().showMessage(f"Added {len(added.requests)} families.", 10000)
        if added.warnings:
            shown = added.warnings[:8] + ([f"… and {len(added.warnings) - 8} more."] if len(added.warnings) > 8 else [])
            QMessageBox.warning(self, "Families added, with warnings", "\n\n".join(shown))

    def allocate(self) -> AllocationDialog | None:
        """The proposed allocation first; nothing is stored until staff confirm it."""
        day = self.current_day()
        if day is None:
            return None
        try:
            with self.session_factory() as s:
                proposal = fd.plan_allocation(s, day.id)
        except FswError as exc:
            QMessageBox.warning(self, "Family days", exc.message)
            return None
        dialog = AllocationDialog(self, self.session_factory, day, proposal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._allocated(dialog.allocation))
        dialog.open()
        return dialog

    def _allocated(self, result) -> None:  # noqa: ANN001
        if result is not None:
            self.window().statusBar().showMessage(
                f"Allocated {len(result.allocated)} families ({result.people_used} people); "
                f"{len(result.waiting)} waiting.", 10000)

    def _request(self):  # noqa: ANN202
        index = self.requests_view.currentIndex()
        return self.requests_model.data(index, ROW_ROLE) if index.isValid() else None

    def letter(self) -> LetterDialog | None:
        """An invitation (or another letter) for the selected place, with what to bring and the clearance date."""
        r = self._request()
        return letter_about(self, self.session_factory, r.request_id if r else None, letters.for_family_day_place,
                            "Choose a family's place in the list of requests first.")

    def override(self) -> None:
        r = self._request()
        if r is None:
            return
        score, ok = QInputDialog.getInt(self, "Override priority", f"New priority for {r.ref}:", r.effective, -100, 200)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, "Override priority", "Why? (recorded with the request)")
        if ok:
            operations.write(self, lambda s: fd.override(s, r.request_id, score, reason), changes={FAMILY_DAYS},
                             title="Family days")

    def attendance(self) -> None:
        r = self._request()
        if r is None:
            return
        answer, ok = QInputDialog.getItem(self, "Attendance", f"Did {r.ref} attend?", ["yes", "no"], 0, False)
        if not ok:
            return
        feedback, ok = QInputDialog.getMultiLineText(self, "Feedback", "Feedback from the family (optional):")
        if ok:
            operations.write(self, lambda s: fd.record_attendance(s, r.request_id, answer == "yes", feedback),
                             changes={FAMILY_DAYS}, title="Family days")

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
            headers = ["Request", "Prisoner", "Name", "Age", "Relationship", "Clearance", "Photo consent", "Attended"]
            data = [(r.request_ref, f"{r.prisoner} {r.prison_number}", r.name, r.age if r.age is not None else "",
                     r.relationship, clearance(r.clearance), "yes" if r.photo_consent else "no",
                     "" if r.attended is None else ("yes" if r.attended else "no")) for r in rows]
            title = "Attendee list"
        else:
            headers = ["Name", "Date of birth", "Relationship", "Prisoner", "Prison no.", "Clearance"]
            data = [(r.name, r.date_of_birth.strftime("%d/%m/%Y") if r.date_of_birth else "", r.relationship,
                     r.prisoner, r.prison_number, clearance(r.clearance)) for r in rows]
            title = "Security list"
        pending = sum(1 for r in rows if r.clearance == "pending")
        subtitle = f"{day.on.strftime('%A %d %B %Y')} · {day.place}" + (
            f" · {pending} not yet cleared" if pending else "")
        html = table_html(f"{title}: {day.title or day.kind}", subtitle,
                          headers, data, f"Printed {date.today().strftime('%d %b %Y')} from FSW Desk. "
                          "Contains personal data: keep secure and destroy after the event.")
        try:
            done = deliver(self, title, html, f"family-day-{day.on}-{which}.pdf", path,
                           landscape=which == "attendees")
        except FswError as exc:
            QMessageBox.warning(self, title, exc.message)
            return None
        for d in done:
            self._audit("printed", day.id, f"{title.lower()}, {len(data)} people, {d.how}")
        out = saved_path(done)
        if out is not None:
            self.window().statusBar().showMessage(f"Saved {out}", 8000)
        return out

    def save_csv(self, path: str | None = None) -> Path | None:
        if self.current_day() is None:
            return None
        day, rows = self._rows("attendees")
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, "Save attendees as CSV",
                                                  str(Path.home() / f"family-day-{day.on}.csv"), "CSV (*.csv)")
        if not path:
            return None
        try:
            files.save(Path(path), fd.attendees_csv(rows))
        except FswError as exc:
            QMessageBox.warning(self, "Attendees CSV", exc.message)
            return None
        self._audit("exported", day.id, f"attendee list CSV, {len(rows)} people")
        return Path(path)

    def _audit(self, action: str, day_id: str, detail: str) -> None:
        """Lists of names leaving the database as files are recorded: who, what, when."""
        operations.write(self, lambda s: audit.record(s, action, "family_days", day_id, detail),
                         changes={operations.AUDIT}, title="Family days")

    def show_day(self, family_day_id: str) -> bool:
        """Select a family day (from a case or Today), its requests shown below it."""
        self.refresh()
        ids = [d.id for d in self.days_model.rows]
        if family_day_id not in ids:
            return False
        self.days_view.selectRow(ids.index(family_day_id))
        self.days_view.setFocus()
        return True

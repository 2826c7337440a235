"""Help with the cost of visiting: a visit's travel claim, and a family's eligibility with its visits.

``TravelClaimDialog`` marks one visit's claim under the assisted prison visits scheme made (on a day,
after the visit or in advance of it) or "not claiming" with the reason, showing the visit and when
its 28 days run out ("Claim by 18 Dec 2026 (13 days left)", "Overdue by 3 days"). Today's reminder,
the case's travel help and the Visits page all open it.

``TravelHelpDialog`` is the case's "Help with travel costs": whether the family is eligible and from
when, and its attended visits (and those to come) with each claim's state; Mark claim… opens the first.

Both are draft-safe forms (typed work is asked about before it is thrown away) and write through
``ui.operations``.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from .date_box import DateBox
from ..services.desk.dates import show_date
from ..services.visits import travel_claims
from . import operations
from .forms import DraftForm, open_dialog, pydate, qdate
from .operations import CASES, VISITS
from .table_model import Column, make_table
from ..words import tr
from ..services.desk import vocab

CLAIM_CHANGES = frozenset({VISITS, CASES})  # a claim shows on the visit, the case and Today


def visit_html(v: travel_claims.ClaimView) -> str:
    """The bold line about the visit, as rich text: each sentence escaped as translated, then filled with
    its data, every name in it escaped, so a name that looks like a tag (an <img> that Qt would load from
    a file, or a network share) prints as typed."""
    visit = "<b>{}</b>".format(html.escape(tr("Visit {ref}").format(ref=v.booking_ref)))
    when = html.escape(show_date(v.visit_on, weekday="long"))
    if v.starts:
        first = html.escape(tr("{visit} on {date}, {starts}–{ends}")).format(
            visit=visit, date=when, starts=html.escape(v.starts), ends=html.escape(v.ends))
    else:
        first = html.escape(tr("{visit} on {date}")).format(visit=visit, date=when)
    family = f" · {v.family_label} ({v.case_ref})" if v.case_ref else ""
    second = html.escape(tr("{who} · visit {status}").format(who=v.prisoner_name + family,
                                                             status=vocab.label(v.visit_status)))
    return f"{first}<br>{second}"


class TravelClaimDialog(DraftForm):
    """Mark one visit's travel claim made (when, after the visit or in advance) or not claiming (why)."""

    form_id = "travel-claim"

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], booking_id: str,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session_factory, self.today = session_factory, today or date.today()
        with session_factory() as s:
            self.view = travel_claims.claim_view(s, booking_id)
        v = self.view
        self.title = tr("Travel claim for {ref}").format(ref=v.booking_ref)
        self.setWindowTitle(self.title)
        self.setAccessibleName(tr("Travel claim"))
        layout = QVBoxLayout(self)

        self.visit_label = QLabel(visit_html(v))  # rich text, every name in it escaped
        self.visit_label.setTextFormat(Qt.TextFormat.RichText)
        self.visit_label.setWordWrap(True)
        self.visit_label.setAccessibleName(tr("The visit"))
        layout.addWidget(self.visit_label)
        self.deadline_label = QLabel(v.deadline(self.today))
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setAccessibleName(tr("Deadline"))
        overdue = v.due_on < self.today and v.claim_status != travel_claims.MADE
        self.deadline_label.setObjectName("Error" if overdue else "Muted")
        layout.addWidget(self.deadline_label)
        self.state_label = QLabel(self._marked_text())
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(tr("Claim marked so far"))
        self.state_label.setVisible(bool(v.claim_status) or not v.eligible_since)
        layout.addWidget(self.state_label)
        layout.addSpacing(6)

        self.made_radio = QRadioButton(tr("Claim &made"))
        self.not_radio = QRadioButton(tr("&Not claiming"))
        self.made_radio.setAccessibleName(tr("Claim made"))
        self.not_radio.setAccessibleName(tr("Not claiming"))
        self.status_group = QButtonGroup(self)
        self.status_group.addButton(self.made_radio)
        self.status_group.addButton(self.not_radio)
        layout.addWidget(self.made_radio)

        made_box = QWidget()
        made_form = QFormLayout(made_box)
        made_form.setContentsMargins(24, 0, 0, 0)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        self.after_radio = QRadioButton(tr("&After the visit"))
        self.advance_radio = QRadioButton(tr("In ad&vance"))
        self.after_radio.setAccessibleName(tr("Claimed after the visit"))
        self.advance_radio.setAccessibleName(tr("Claimed in advance, before the visit"))
        self.advance_radio.setToolTip(tr("Up to 28 days before the visit"))
        self.when_group = QButtonGroup(self)
        for b in (self.after_radio, self.advance_radio):
            self.when_group.addButton(b)
            when_row.addWidget(b)
        when_row.addStretch(1)
        made_form.addRow(tr("When", "the claim was made"), when)
        self.made_on = DateBox()
        self.made_on.setAccessibleName(tr("Date the claim was made"))
        self.made_on.setMaximumWidth(self.made_on.sizeHint().width() + 60)  # a date, not a line of text
        made_label = QLabel(tr("&Date made"))
        made_label.setBuddy(self.made_on)
        made_form.addRow(made_label, self.field_with_problem("made_on", self.made_on))
        layout.addWidget(made_box)
        self.made_box = made_box

        layout.addSpacing(4)
        layout.addWidget(self.not_radio)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(tr("Why the family is not claiming"))
        self.reason.setPlaceholderText(tr("e.g. a friend drove them; no cost to claim"))
        self.reason.setFixedHeight(64)
        reason_box = QWidget()
        reason_column = QVBoxLayout(reason_box)
        reason_column.setContentsMargins(24, 0, 0, 0)
        reason_column.addWidget(self.field_with_problem("reason", self.reason))
        layout.addWidget(reason_box)

        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        self.set_general_label(self.message)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.made_radio.toggled.connect(self._follow)
        self.after_radio.toggled.connect(self._follow_when)
        self.advance_radio.toggled.connect(self._follow_when)
        self._fill()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    # --- what can be chosen ------------------------------------------------------------------------
    def _after_range(self) -> tuple[date, date] | None:
        v = self.view
        if v.visit_status != "attended":
            return None
        last = min(v.due_on, self.today)
        return (v.visit_on, last) if last >= v.visit_on else None

    def _advance_range(self) -> tuple[date, date] | None:
        v = self.view
        last = min(v.visit_on - timedelta(days=1), self.today)
        return (v.advance_from, last) if last >= v.advance_from else None

    def _fill(self) -> None:
        v = self.view
        after, advance = self._after_range(), self._advance_range()
        self.after_radio.setEnabled(after is not None)
        self.advance_radio.setEnabled(advance is not None)
        can_make = bool(v.eligible_since) and (after is not None or advance is not None)
        self.made_radio.setEnabled(can_make)
        self.not_radio.setEnabled(bool(v.eligible_since))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(v.eligible_since))
        made = v.claim_status == travel_claims.MADE and v.claim_on is not None
        in_advance = (made and v.claim_on < v.visit_on) or (not made and after is None and advance is not None)
        self.made_on.setDate(qdate(self.today))  # a claim is usually marked the day it is made: kept within range
        (self.advance_radio if in_advance else self.after_radio).setChecked(True)
        self._follow_when()
        if made:
            self.made_on.setDate(qdate(v.claim_on))
        self.reason.setPlainText(v.reason if v.claim_status == travel_claims.NOT_CLAIMING else "")
        (self.not_radio if v.claim_status == travel_claims.NOT_CLAIMING or not can_make
         else self.made_radio).setChecked(True)
        self._follow()

    def _follow(self) -> None:
        made = self.made_radio.isChecked()
        self.made_box.setEnabled(made)
        self.reason.setEnabled(self.not_radio.isChecked())

    def _follow_when(self) -> None:
        span = self._advance_range() if self.advance_radio.isChecked() else self._after_range()
        if span is None:
            return
        current = pydate(self.made_on.date())
        self.made_on.setDateRange(qdate(span[0]), qdate(span[1]))
        self.made_on.setDate(qdate(min(max(current, span[0]), span[1])))

    def _marked_text(self) -> str:
        v = self.view
        if not v.eligible_since:
            return tr("This family is not marked as eligible for help with travel costs. Mark them eligible on their "
                      "case (Help with travel costs) first.")
        if v.claim_status == travel_claims.MADE and v.claim_on is not None:
            if v.claim_on < v.visit_on:
                return tr("Marked made on {date} (in advance).").format(date=show_date(v.claim_on))
            return tr("Marked made on {date}.").format(date=show_date(v.claim_on))
        if v.claim_status == travel_claims.NOT_CLAIMING:
            if v.claim_on:
                return tr("Marked not claiming on {date}.").format(date=show_date(v.claim_on))
            return tr("Marked not claiming.")
        return ""

    # --- a draft, and saving -----------------------------------------------------------------------
    def fields(self) -> dict[str, QWidget]:
        return {"made_on": self.made_on, "reason": self.reason}

    def draft_values(self) -> dict[str, Any]:
        return {**super().draft_values(), "status": "not" if self.not_radio.isChecked() else "made",
                "advance": self.advance_radio.isChecked(), "_booking": self.view.booking_id}

    def restore_values(self, values: dict[str, Any]) -> None:
        super().restore_values(values)
        if values.get("status") == "not" and self.not_radio.isEnabled():
            self.not_radio.setChecked(True)
        elif values.get("status") == "made" and self.made_radio.isEnabled():
            self.made_radio.setChecked(True)
        if "advance" in values:
            target = self.advance_radio if values["advance"] else self.after_radio
            if target.isEnabled():
                target.setChecked(True)
        if "made_on" in values:  # the range of the chosen "when" is set: the kept date goes back in it
            self.made_on.setDate(qdate(date.fromisoformat(values["made_on"])))

    def _accept(self) -> bool:
        booking_id, today = self.view.booking_id, self.today
        if self.not_radio.isChecked():
            reason = self.reason.toPlainText()
            fn = lambda s: travel_claims.record(s, booking_id, travel_claims.NOT_CLAIMING, today,  # noqa: E731
                                                reason=reason, today=today)
        else:
            on = pydate(self.made_on.date())
            fn = lambda s: travel_claims.record(s, booking_id, travel_claims.MADE, on, today=today)  # noqa: E731
        written = operations.write(self, self.guarded(fn), changes=CLAIM_CHANGES, failure=self._refused)
        if written:
            self.accept()
        return bool(written)

    def _refused(self, message: str) -> None:
        """The service's refusal, at the field it is about: why not claiming, or the date made."""
        field = "reason" if self.not_radio.isChecked() else "made_on"
        self.show_problems({field: message})


def open_travel_claim(parent: QWidget, booking_id: str, today: date | None = None) -> TravelClaimDialog | None:
    """The claim dialog for a visit, opened over ``parent`` (modal to its window, as the flag dialog is)."""
    return open_dialog(parent, tr("Travel claim"),
                       lambda: TravelClaimDialog(parent, operations.session_factory_of(parent), booking_id, today))


def visits_with_claims() -> list[Column]:
    """The case's visits and their claims, headed in the desk's language; rows are (view, its state on the
    day the dialog was opened)."""
    return [
        Column(tr("Visit"), lambda r: r[0].booking_ref),
        Column(tr("Date"), lambda r: r[0].visit_on),
        Column(tr("Visit status"), lambda r: vocab.label(r[0].visit_status)),
        Column(tr("Travel claim"), lambda r: r[1], warn=lambda r: travel_claims.is_overdue_state(r[1])),
    ]


class TravelHelpDialog(DraftForm):
    """A case's help with travel costs: eligible or not, from when, and its visits with their claims."""

    form_id = "travel-help"

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], case_id: str,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session_factory, self.case_id, self.today = session_factory, case_id, today or date.today()
        with session_factory() as s:
            summary = travel_claims.case_travel(s, case_id, self.today)
        self.title = tr("Help with travel costs: {family}").format(family=summary.family_label)
        self.setWindowTitle(self.title)
        self.setAccessibleName(tr("Help with travel costs"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Families on a low income can claim the cost of travel to a prison visit under the "
                          "assisted prison visits scheme: within 28 days after the visit, or up to 28 days before it "
                          "in advance. Each attended visit of an eligible family is on Today until its claim is "
                          "marked."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)

        box = QGroupBox(tr("Eligibility of {family} ({ref})").format(family=summary.family_label, ref=summary.case_ref))
        form = QFormLayout(box)
        self.eligible = QCheckBox(tr("&Eligible: the family is claiming help with travel costs"))
        self.eligible.setAccessibleName(tr("Eligible for help with travel costs"))
        self.since = DateBox(qdate(summary.since or self.today))
        self.since.setAccessibleName(tr("Eligible since"))
        self.since.setMaximumDate(qdate(self.today))
        self.since.setMaximumWidth(self.since.sizeHint().width() + 60)
        self.eligible.setChecked(summary.since is not None)
        self.since.setEnabled(summary.since is not None)
        self.eligible.toggled.connect(self.since.setEnabled)
        form.addRow(self.eligible)
        since_label = QLabel(tr("Eligible &since"))
        since_label.setBuddy(self.since)
        form.addRow(since_label, self.field_with_problem("since", self.since))
        layout.addWidget(box)

        self.summary = QLabel(summary.text())
        self.summary.setAccessibleName(tr("Travel claims of this family"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.visits_view, self.visits_model = make_table(
            visits_with_claims(), tr("Visits and their travel claims"),
            empty=tr("No attended visits yet, and none booked."))
        self.visits_view.setAccessibleDescription(tr("Enter or double-click marks the claim for a visit."))
        self.visits_view.activated.connect(lambda _i: self.mark_claim())
        layout.addWidget(self.visits_view, 1)

        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        self.set_general_label(self.message)
        buttons = QDialogButtonBox()
        self.mark_button = QPushButton(tr("Mark &claim…"))
        self.mark_button.setAccessibleName(tr("Mark claim for the selected visit"))
        self.mark_button.setToolTip(tr("Mark the selected visit's claim made or not claiming"))
        self.mark_button.setAutoDefault(False)
        self.mark_button.clicked.connect(lambda _=False: self.mark_claim())
        buttons.addButton(self.mark_button, QDialogButtonBox.ButtonRole.ActionRole)
        # not an accept role: the button box would make it the default, which Enter in the list would press
        self.save_button = buttons.addButton(tr("Save &eligibility"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setAccessibleName(tr("Save eligibility"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        for b in (self.save_button, close):  # Enter in the list marks a claim; it must not also press a button
            b.setAutoDefault(False)
            b.setDefault(False)
        self.save_button.clicked.connect(lambda _=False: self._accept())
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._load_visits()
        self.resize(700, 520)

    def _load_visits(self) -> None:
        with self.session_factory() as s:
            views = travel_claims.views_of_case(s, self.case_id)
            self.summary.setText(travel_claims.case_travel(s, self.case_id, self.today).text())
        self.visits_model.set_rows([(v, v.state(self.today)) for v in views])
        if views and not self.visits_view.currentIndex().isValid():
            self.visits_view.selectRow(0)

    def fields(self) -> dict[str, QWidget]:
        return {"eligible": self.eligible, "since": self.since}

    def draft_values(self) -> dict[str, Any]:
        return {**super().draft_values(), "_case": self.case_id}

    def selected(self) -> travel_claims.ClaimView | None:
        index = self.visits_view.currentIndex()
        return self.visits_model.rows[index.row()][0] if index.isValid() else None

    def mark_claim(self) -> TravelClaimDialog | None:
        v = self.selected()
        if v is None:
            self.message.setText(tr("Choose a visit in the list first."))
            return None
        dialog = TravelClaimDialog(self, self.session_factory, v.booking_id, self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._load_visits)
        dialog.open()
        return dialog

    def _accept(self) -> bool:
        case_id = self.case_id
        since = pydate(self.since.date()) if self.eligible.isChecked() else None
        written = operations.write(self, self.guarded(lambda s: travel_claims.set_eligible(s, case_id, since)),
                                   changes=CLAIM_CHANGES, failure=self.refused)
        if written:
            self._opened_with = self.snapshot()  # saved: nothing typed is left to ask about
            self._load_visits()
            self.message.setText(tr("Saved.") if since is None
                                 else tr("Saved: eligible since {date}.").format(date=show_date(since)))
            self.message.setObjectName("Muted")
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        return bool(written)


def open_travel_help(parent: QWidget, case_id: str, today: date | None = None) -> TravelHelpDialog | None:
    return open_dialog(parent, tr("Help with travel costs"),
                       lambda: TravelHelpDialog(parent, operations.session_factory_of(parent), case_id, today))

"""One case: overview, people, assessments and outcomes, plan, contacts, visits and applications,
safeguarding, history.

A contact opens (Enter, double-click or its menu) in a dialog that shows it whole and offers
Correct… and Delete…. The family's visits, family-day places and applications are listed here
too, each opening on its own page.

Every action opens a small draft-safe form; saving writes through
``ui.operations`` and reloads the case (and every open view of what changed),
so what is shown is always what is stored.
"""

from __future__ import annotations

import html

from datetime import date
from typing import Callable

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QTabWidget, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_date, show_when
from ...errors import FswError
from ...services.casework import assessments as assessment_service
from ...services.data_protection import audit
from ...services.casework import case_view
from ...services.casework import history_words
from ...services.applications import applications as application_service
from ...services.applications import working_days
from ...services.visits import family_days as family_day_service
from ...services.visits import travel_claims
from ...services.visits import visits as visit_service
from ...services.desk import lists, vocab
from ...services.letters import letters
from .. import case_forms, operations
from ..assessment_dialog import AssessmentDialog
from ..contact_dialog import ContactDialog
from ..forms import open_dialog
from ..operations import APPLICATIONS, CASES, DIRECTORY, FAMILY_DAYS, SETTINGS, VISITS
from ..subject_access_dialog import open_person_dialog
from ..travel_claim_dialog import TravelClaimDialog, TravelHelpDialog, open_travel_claim, open_travel_help
from ..form_dialog import FormDialog
from ..letter_dialog import LetterDialog, letter_about, open_letter, show_kept_letter
from ..table_model import Column, make_table as _table
from .base import Page
from ..plain_text import rich_label
from ...words import QT_TRANSLATE_NOOP, tr




def _d(value: date | None) -> str:
    return show_date(value) if value else "—"


PEOPLE = [
    Column(QT_TRANSLATE_NOOP("", "Name"), lambda p: p.full_name + ("  ⚠ " + tr("DO NOT DISCLOSE") if p.do_not_disclose else ""),
           warn=lambda p: p.do_not_disclose),
    Column(QT_TRANSLATE_NOOP("", "Relationship"),
           lambda p: tr("prisoner", "relationship") if p.is_prisoner else vocab.label(p.relationship)),
    Column(QT_TRANSLATE_NOOP("", "Age"), lambda p: "" if p.age is None else tr("{age} (age band {band})").format(
        age=p.age, band=p.age_band) if p.age_band else str(p.age)),
    Column(QT_TRANSLATE_NOOP("", "Supported"), lambda p: p.supported_directly),
    Column(QT_TRANSLATE_NOOP("", "Prison no."), lambda p: p.prison_number),
    Column(QT_TRANSLATE_NOOP("", "Release"), lambda p: p.expected_release),
    Column(QT_TRANSLATE_NOOP("", "Restrictions"), lambda p: [vocab.label(r.kind) for r in p.active_restrictions],
           warn=lambda p: bool(p.active_restrictions)),
    Column(QT_TRANSLATE_NOOP("", "School / carer"), lambda p: " · ".join(x for x in (p.school, vocab.label(p.carer)) if x)),
]
CONTACTS = [
    Column(QT_TRANSLATE_NOOP("", "Date"), lambda c: c.on),
    Column(QT_TRANSLATE_NOOP("", "Type"), lambda c: vocab.label(c.kind), warn=lambda c: not c.successful),
    Column(QT_TRANSLATE_NOOP("", "Minutes"), lambda c: c.minutes or ""),
    Column(QT_TRANSLATE_NOOP("", "Present"), lambda c: c.present),
    Column(QT_TRANSLATE_NOOP("", "Note"), lambda c: _first_line(c.note)),
]
NOTE_SHOWN = 90  # characters of a note in the list; the whole note is in the contact's dialog (Enter)


def _first_line(note: str) -> str:
    line = (note or "").strip().splitlines()[0] if (note or "").strip() else ""
    cut = line if len(line) <= NOTE_SHOWN else line[:NOTE_SHOWN - 1].rstrip() + "…"
    return cut + (" …" if cut == line and line != (note or "").strip() else "")


VISITS_OF_CASE = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda b: b.ref),
    Column(QT_TRANSLATE_NOOP("", "Date"), lambda b: b.on),
    Column(QT_TRANSLATE_NOOP("", "Time"), lambda b: f"{b.starts}–{b.ends}"),
    Column(QT_TRANSLATE_NOOP("", "Visitors"), lambda b: f"{b.lead_name} +{b.visitors - 1}" if b.visitors > 1 else b.lead_name),
    Column(QT_TRANSLATE_NOOP("", "Type"), lambda b: vocab.label(b.visit_type)),
    Column(QT_TRANSLATE_NOOP("", "Status"),
           lambda b: vocab.label(b.outcome) or (tr("{status} (waiting list)").format(status=vocab.label(b.status))
                                                if b.waiting_list else vocab.label(b.status)),
           warn=lambda b: b.status in ("cancelled", "rejected")),  # not shown: the values compared
]
PLACES_OF_CASE = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda p: p.ref),
    Column(QT_TRANSLATE_NOOP("", "Family day"), lambda p: p.on),
    Column(QT_TRANSLATE_NOOP("", "What"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("", "Place"), lambda p: vocab.label(p.status)),
    Column(QT_TRANSLATE_NOOP("", "People"), lambda p: p.people),
    Column(QT_TRANSLATE_NOOP("", "Attended"), lambda p: "" if p.attended is None else tr("yes") if p.attended else tr("no")),
]
APPLICATIONS_OF_CASE = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda a: a.ref),
    Column(QT_TRANSLATE_NOOP("", "Received"), lambda a: a.received_at.date()),
    Column(QT_TRANSLATE_NOOP("", "Asks"), lambda a: vocab.label(a.kind)),
    Column(QT_TRANSLATE_NOOP("", "Status"), lambda a: vocab.label(a.status)),
    Column(QT_TRANSLATE_NOOP("", "Due"), lambda a: vocab.label(a.due_state),
           warn=lambda a: a.due_state in ("overdue", "due today")),  # not shown: the values compared
    Column(QT_TRANSLATE_NOOP("", "Respond by"), lambda a: a.response_due),
]
LETTERS_OF_CASE = [
    Column(QT_TRANSLATE_NOOP("", "Ref"), lambda le: le.ref),
    Column(QT_TRANSLATE_NOOP("", "Sent"), lambda le: le.sent_at.date()),
    Column(QT_TRANSLATE_NOOP("", "Letter"), lambda le: le.template_name),
    Column(QT_TRANSLATE_NOOP("", "To"), lambda le: le.recipient),
    Column(QT_TRANSLATE_NOOP("", "How"), lambda le: vocab.label(le.delivery)),
    Column(QT_TRANSLATE_NOOP("", "Lawful basis"), lambda le: vocab.label(le.lawful_basis)),
]
TABS = {"overview": 0, "people": 1, "assessments": 2, "plan": 3, "contacts": 4, "visits": 5}
HISTORY = [
    Column(QT_TRANSLATE_NOOP("", "When"), lambda h: show_when(h.at)),
    Column(QT_TRANSLATE_NOOP("", "Who"), lambda h: h.who),
    Column(QT_TRANSLATE_NOOP("", "What"), lambda h: f"{history_words.record_name(h.record_table)} {h.record_ref}".strip()),
    Column(QT_TRANSLATE_NOOP("", "Change"), lambda h: history_words.field_name(h.field)),
    Column(QT_TRANSLATE_NOOP("", "Was"), lambda h: h.old),
    Column(QT_TRANSLATE_NOOP("", "Now"), lambda h: h.new),
]
RESTRICTIONS = [
    Column(QT_TRANSLATE_NOOP("", "Person"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("", "Type"), lambda r: vocab.label(r[1].kind), warn=lambda r: r[1].active),
    Column(QT_TRANSLATE_NOOP("", "From"), lambda r: r[1].starts_on),
    Column(QT_TRANSLATE_NOOP("", "To"), lambda r: r[1].ends_on),
    Column(QT_TRANSLATE_NOOP("", "Reason"), lambda r: r[1].reason),
    Column(QT_TRANSLATE_NOOP("", "Appeal"), lambda r: r[1].appeal),
]
CONSENTS = [
    Column(QT_TRANSLATE_NOOP("", "Person"), lambda r: r[0]),
    Column(QT_TRANSLATE_NOOP("", "Purpose / agency"), lambda r: r[1].agency_name or vocab.label(r[1].purpose)),
    Column(QT_TRANSLATE_NOOP("", "Given"), lambda r: r[1].given_on),
    Column(QT_TRANSLATE_NOOP("", "How"), lambda r: vocab.label(r[1].how_given)),
    Column(QT_TRANSLATE_NOOP("", "Withdrawn"), lambda r: r[1].withdrawn_on, warn=lambda r: not r[1].current),
]
CONCERNS = [
    Column(QT_TRANSLATE_NOOP("", "Date"), lambda c: c.on),
    Column(QT_TRANSLATE_NOOP("", "Concern"), lambda c: c.description),
    Column(QT_TRANSLATE_NOOP("", "Escalated to"), lambda c: c.escalated_to),
    Column(QT_TRANSLATE_NOOP("", "On"), lambda c: c.escalated_on),
]
ONWARD = [
    Column(QT_TRANSLATE_NOOP("", "Date"), lambda o: o.on),
    Column(QT_TRANSLATE_NOOP("", "Agency"), lambda o: o.agency_name),
    Column(QT_TRANSLATE_NOOP("", "Reason"), lambda o: o.reason),
    Column(QT_TRANSLATE_NOOP("", "What happened"), lambda o: o.result),
]


# What each casework form changes: a person's details show wherever the person does (visits, applications).
CHANGES = {form: {CASES, operations.PEOPLE} for form in ("person", "restriction", "consent")}


class CasePage(Page):
    title = QT_TRANSLATE_NOOP("", "Case")
    # agencies named in onward referrals; the outcome list; the family's visits, places and applications
    shows = frozenset({CASES, operations.PEOPLE, DIRECTORY, SETTINGS, VISITS, FAMILY_DAYS, APPLICATIONS})
    back = Signal()
    open_booking = Signal(str)  # a visit of this family, on the Visits page
    open_family_day = Signal(str)  # a family day this family asked a place on
    open_application = Signal(str)  # an application of this case's prisoner, on the Applications page

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__(session_factory)
        self.case_id: str | None = None
        self.detail: case_view.CaseDetail | None = None
        self.travel: travel_claims.CaseTravel | None = None
        heading = self.layout_.itemAt(0).widget()
        heading.setText("")
        self.heading = heading

        header = QHBoxLayout()
        self.back_button = QPushButton("← " + tr("Caseload"))
        self.back_button.setFlat(True)
        self.back_button.setAccessibleName(tr("Back to caseload"))
        self.back_button.clicked.connect(self.back)
        self.back_button.setToolTip(tr("Back to the page this case was opened from (Alt+Left)"))
        back_key = QShortcut(QKeySequence("Alt+Left"), self, activated=self.back)
        back_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stage_label = QLabel("")
        self.stage_label.setObjectName("Badge")
        self.stage_label.setAccessibleName(tr("Stage"))
        header.addWidget(self.back_button)
        header.addStretch(1)
        header.addWidget(self.stage_label)
        self.layout_.insertLayout(0, header)

        self.dnd_banner = QLabel("")
        self.dnd_banner.setObjectName("Danger")
        self.dnd_banner.setWordWrap(True)
        self.dnd_banner.setAccessibleName(tr("Do not disclose warning"))
        self.layout_.addWidget(self.dnd_banner)

        actions = QHBoxLayout()
        self.contact_button = self._button(tr("Log &contact"), self.log_contact, tr("Log a contact (Ctrl+K)"))
        self.assess_button = self._button(tr("&Assessment"), self.record_assessment,
                                          tr("Record an assessment (Ctrl+Shift+A)"))
        self.person_button = self._button(tr("Add &person"), self.add_person, tr("Add a family member"))
        self.goal_button = self._button(tr("Add &goal"), self.add_goal, tr("Add a goal to the support plan"))
        self.close_button = self._button(tr("Cl&ose case"), self.close_or_reopen, tr("Close the case"))
        self.letter_button = self._button(tr("Le&tter…"), self.letter, tr("Print a letter to someone in this family, or "
                                                                           "the prisoner (an appointment, or another template)"))
        more = QToolButton()
        more.setText(tr("More"))
        more.setAccessibleName(tr("More actions"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for text, slot in ((tr("Add task…"), self.add_task), (tr("Lead professional and CAF/TAF…"), self.set_lead),
                           (tr("Onward referral…"), self.onward), (tr("Contact restriction…"), self.restriction),
                           (tr("Safeguarding concern…"), self.concern), (tr("Record consent…"), self.consent),
                           (tr("Edit selected person…"), self.edit_person),
                           (tr("Help with travel costs…"), self.travel_help),
                           (tr("Subject access or erasure of selected person…"), self.data_protection),
                           (tr("Letter about the selected visit…"), self.visit_letter)):
            menu.addAction(text, slot)
        more.setMenu(menu)
        for b in (self.contact_button, self.assess_button, self.person_button, self.goal_button, self.letter_button):
            actions.addWidget(b)
        actions.addWidget(more)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        self.layout_.addLayout(actions)
        for seq, slot in (("Ctrl+K", self.log_contact), ("Ctrl+Shift+A", self.record_assessment)):  # not shown: keys
            act = QAction(self)
            act.setShortcut(QKeySequence(seq))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Case sections"))
        self.layout_.addWidget(self.tabs, 1)
        self._build_tabs()

    def _button(self, text: str, slot: Callable, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleName(text.replace("&", ""))
        b.clicked.connect(slot)
        return b

    # tabs --------------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        overview = QWidget()
        self.overview = QFormLayout(overview)
        self.tabs.addTab(overview, tr("&Overview"))

        self.people_view, self.people_model = _table(PEOPLE, tr("People"),
                                                    empty=tr("No one recorded on this case yet."))
        self.people_view.doubleClicked.connect(lambda _i: self.edit_person())
        self.tabs.addTab(self.people_view, tr("P&eople"))

        outcomes = QWidget()
        ol = QVBoxLayout(outcomes)
        self.assessment_tree = QTreeWidget()
        self.assessment_tree.setHeaderLabels([tr("Assessment"), tr("Detail")])
        self.assessment_tree.setAccessibleName(tr("Assessments"))
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(240)
        self.chart.setAccessibleName(tr("Outcome scores over time"))
        ol.addWidget(self.chart, 1)
        ol.addWidget(self.assessment_tree, 1)
        self.tabs.addTab(outcomes, tr("Assessments and o&utcomes"))

        plan = QWidget()
        pl = QVBoxLayout(plan)
        self.plan_tree = QTreeWidget()
        self.plan_tree.setHeaderLabels([tr("Goal / task"), tr("Owner"), tr("Due"), tr("Done")])
        self.plan_tree.setAccessibleName(tr("Support plan"))
        self.onward_view, self.onward_model = _table(ONWARD, tr("Onward referrals"), empty=tr("No onward referrals."))
        self.lead_label = QLabel("")
        pl.addWidget(self.lead_label)
        pl.addWidget(self.plan_tree, 2)
        pl.addWidget(QLabel(tr("Onward referrals")))
        pl.addWidget(self.onward_view, 1)
        self.tabs.addTab(plan, tr("P&lan"))

        self.contacts_view, self.contacts_model = _table(CONTACTS, tr("Contacts timeline"),
                                                         empty=tr("No contacts yet. Log one with Ctrl+K."))
        self.contacts_view.setAccessibleDescription(
            tr("Enter or double-click opens a contact to read, correct or delete it."))
        self.contacts_view.activated.connect(lambda _i: self.open_contact())
        self.contacts_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contacts_view.customContextMenuRequested.connect(self._contact_menu)
        self.tabs.addTab(self.contacts_view, tr("Co&ntacts"))

        safe = QWidget()
        sl = QVBoxLayout(safe)
        self.restrictions_view, self.restrictions_model = _table(RESTRICTIONS, tr("Contact restrictions"),
                                                                 empty=tr("No contact restrictions."))
        self.concerns_view, self.concerns_model = _table(CONCERNS, tr("Safeguarding concerns"),
                                                         empty=tr("No safeguarding concerns recorded."))
        self.consents_view, self.consents_model = _table(CONSENTS, tr("Consents"), empty=tr("No consents recorded."))
        for label, view in ((tr("Contact restrictions"), self.restrictions_view), (tr("Concerns"), self.concerns_view),
                            (tr("Consent"), self.consents_view)):
            sl.addWidget(QLabel(label))
            sl.addWidget(view, 1)
        self.tabs.insertTab(TABS["visits"], self._family_records(), tr("&Visits && applications"))
        self.tabs.setTabToolTip(TABS["visits"], tr("This family's visits, family-day places and applications"))
        self.tabs.addTab(safe, tr("&Safeguarding"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, tr("Contact restrictions, safeguarding concerns and consent"))

        self.history_view, self.history_model = _table(HISTORY, tr("Change history"))
        self.tabs.addTab(self.history_view, tr("&History"))

    def _family_records(self) -> QWidget:
        """The family's visits, family-day places and applications; Enter or double-click opens one where it lives."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._travel_strip())
        self.claim_states: dict[str, str] = {}  # booking id -> its travel claim's state, for the column below
        claim_column = Column(QT_TRANSLATE_NOOP("", "Travel claim"), lambda b: self.claim_states.get(b.id, ""),
                              warn=lambda b: travel_claims.is_overdue_state(self.claim_states.get(b.id, "")))
        self.visits_view, self.visits_model = _table(
            VISITS_OF_CASE + [claim_column], tr("Visits of this family"),
            empty=tr("No visits booked for this family's prisoner."))
        self.places_view, self.places_model = _table(
            PLACES_OF_CASE, tr("Family-day places of this family"), empty=tr("No family-day places asked for."))
        self.case_applications_view, self.case_applications_model = _table(
            APPLICATIONS_OF_CASE, tr("Applications of this case"),
            empty=tr("No applications from this case's prisoner."))
        self.letters_view, self.letters_model = _table(
            LETTERS_OF_CASE, tr("Letters sent"), empty=tr("No letters printed for this family (Letter… above)."))
        for label, view, opener in ((tr("Visits"), self.visits_view, lambda r: self.open_booking.emit(r.id)),
                                    (tr("Family-day places"), self.places_view,
                                     lambda r: self.open_family_day.emit(r.family_day_id)),
                                    (tr("Applications"), self.case_applications_view,
                                     lambda r: self.open_application.emit(r.id)),
                                    (tr("Letters sent"), self.letters_view,
                                     lambda r: show_kept_letter(self, self.session_factory, r.id))):
            view.setAccessibleDescription(tr("Enter or double-click opens it on its own page."))
            view.activated.connect(lambda index, v=view, f=opener: f(v.model().rows[index.row()]))
            heading = rich_label(f"<b>{html.escape(label)}</b>")
            heading.setBuddy(view)
            layout.addWidget(heading)
            layout.addWidget(view, 2 if view is self.visits_view else 1)  # visits, with their claims, have most
        return box

    def _travel_strip(self) -> QHBoxLayout:
        """Help with travel costs: the family's eligibility and claims in a line, and the two ways in."""
        row = QHBoxLayout()
        self.travel_label = rich_label("")
        self.travel_label.setAccessibleName(tr("Help with travel costs"))
        self.travel_label.setWordWrap(True)
        self.travel_button = self._button(tr("Help with &travel costs…"), self.travel_help,
                                          tr("Eligibility for the assisted prison visits scheme, and each visit's claim"))
        self.claim_button = self._button(tr("Travel clai&m…"), self.travel_claim,
                                         tr("Mark the selected visit's travel claim made or not claiming"))
        self.travel_button.setAccessibleName(tr("Help with travel costs"))
        self.claim_button.setAccessibleName(tr("Travel claim for the selected visit"))
        row.addWidget(self.travel_label, 1)
        row.addWidget(self.travel_button)
        row.addWidget(self.claim_button)
        return row

    # loading -----------------------------------------------------------------------------
    def set_back_to(self, page_name: str) -> None:
        """Back names the page it returns to (Today, Caseload, Applications...)."""
        self.back_button.setText(f"← {page_name}")
        self.back_button.setAccessibleName(tr("Back to {page}").format(page=page_name))

    def show_case(self, case_id: str, tab: str = "overview") -> None:
        """Open the case on ``tab`` (a key of ``TABS``): Today opens an overdue review on its tab."""
        self.case_id = case_id
        operations.write(self, lambda s: audit.record(s, "case opened", "cases", case_id),  # not shown: audit action
                         changes={operations.AUDIT})
        self.refresh()
        self.stale = False  # just reloaded: nothing to catch up on as it is shown
        self.show_tab(tab)

    def show_tab(self, tab: str) -> None:
        self.tabs.setCurrentIndex(TABS.get(tab, 0))

    def refresh(self) -> None:
        if not self.case_id:
            return
        with self.session_factory() as s:
            d = case_view.load_case(s, self.case_id)
        self.detail = d
        self.heading.setText(f"{d.reference} · {d.family_label}")
        stage, status = vocab.label(d.stage), vocab.label(d.status)
        self.stage_label.setText(tr("Stage: {stage}").format(stage=stage) if d.status in ("open", d.stage)
                                 else tr("Stage: {stage} ({status})").format(stage=stage, status=status))
        hidden = [p.full_name for p in d.people if p.do_not_disclose]
        self.dnd_banner.setVisible(bool(hidden))
        self.dnd_banner.setText(
            tr("DO NOT DISCLOSE to the prisoner: {names}. Their involvement must not be shared with him or her.").format(
                names=", ".join(hidden)) if hidden else "")
        self.close_button.setText(tr("Re&open case") if d.status != "open" else tr("Cl&ose case"))
        for b in (self.contact_button, self.assess_button, self.goal_button):
            b.setEnabled(d.status == "open")
        self._fill_family_records(d)  # first: the overview repeats its line on travel costs
        self._fill_overview(d)
        self.people_model.set_rows(d.people)
        self._fill_assessments(d)
        self._fill_plan(d)
        self.contacts_model.set_rows(d.contacts)
        self.restrictions_model.set_rows([(p.full_name, r) for p in d.people for r in p.restrictions])
        self.consents_model.set_rows([(p.full_name, c) for p in d.people for c in p.consents])
        self.concerns_model.set_rows(d.concerns)
        self.history_model.set_rows(d.history)

    def _fill_family_records(self, d: case_view.CaseDetail) -> None:
        today = date.today()
        with self.session_factory() as s:
            bookings = visit_service.bookings_of_case(s, d.id)
            self.claim_states = travel_claims.states(s, [b.id for b in bookings], today)
            self.travel = travel_claims.case_travel(s, d.id, today)
            self.travel_label.setText(html.escape(tr("{heading}: {text}")).format(
                heading="<b>{}</b>".format(html.escape(tr("Travel costs"))), text=html.escape(self.travel.text())))
            self.visits_model.set_rows(bookings)
            self.places_model.set_rows(family_day_service.places_of_case(s, d.id))
            self.case_applications_model.set_rows(application_service.applications_of_case(
                s, d.id, today, working_days.holidays_for(s)))
            self.letters_model.set_rows(letters.letters_of_case(s, d.id))

    def _fill_overview(self, d: case_view.CaseDetail) -> None:
        while self.overview.rowCount():
            self.overview.removeRow(0)
        fc = d.first_contact
        days = fc.days_from_referral
        first = tr("not yet", "first contact") if fc.on is None else tr(
            "{date} (%n day after referral)|{date} (%n days after referral)", "", days).format(date=_d(fc.on))
        referred = (tr("{date} by {source} ({referrer})") if d.referrer_name else tr("{date} by {source}")).format(
            date=_d(d.referral_date), source=vocab.label(d.referral_source), referrer=d.referrer_name)
        missing = tr("MISSING: record the initial assessment with scores")
        closed = (tr("{date}: {reason} (planned)") if d.closure_planned else tr("{date}: {reason} (unplanned)")
                  if d.closure_planned is False else tr("{date}: {reason}"))
        rows = [
            (tr("Referred"), referred),
            (tr("Reasons"), d.referral_reasons or "—"),
            (tr("Risk information"), d.risk_info or tr("Not recorded — ask the referrer")),
            (tr("Consent"), vocab.label(d.consent_status)),
            (tr("First contact"), tr("{first}; failed attempts before: {failed}").format(
                first=first, failed=fc.failed_attempts)),
            (tr("Baseline"), tr("recorded", "baseline") if d.has_baseline else missing),
            (tr("Next review"), _d(d.next_review)),
            (tr("Lead professional"), (d.lead_professional or "—") + (" · " + tr("CAF/TAF") if d.caf_taf else "")),
            (tr("Travel costs"), self.travel.text() if self.travel is not None else "—"),
            (tr("People"), tr("{people} ({supported} supported directly)").format(
                people=len(d.people), supported=sum(p.supported_directly for p in d.people))),
            (tr("Contacts"), tr("{successful} successful, {failed} failed").format(
                successful=sum(c.successful for c in d.contacts), failed=sum(not c.successful for c in d.contacts))),
        ]
        if d.status != "open":
            rows.append((tr("Closed"), closed.format(date=_d(d.closed_on), reason=d.closure_reason)))
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if value is missing:
                text.setObjectName("Error")
            self.overview.addRow(rich_label(f"<b>{html.escape(label)}</b>"), text)

    def _fill_assessments(self, d: case_view.CaseDetail) -> None:
        self.assessment_tree.clear()
        for a in d.assessments:
            counted = tr("{scores}, {needs}").format(scores=tr("%n score|%n scores", "", len(a.scores)),
                                                     needs=tr("%n need|%n needs", "", len(a.needs)))
            if a.unscored:
                counted = tr("{counted}; not scored: {unscored}").format(counted=counted, unscored=len(a.unscored))
            top = QTreeWidgetItem([f"{vocab.label(a.kind).capitalize()} · {_d(a.on)}", counted])
            for n in a.needs:
                top.addChild(QTreeWidgetItem([tr("Need: {area}").format(area=n.area),
                                              tr("{nature}, {term} term").format(nature=n.nature, term=n.term)]))
            for sc in a.scores:
                scored = f"{sc.score}" + (f" ({sc.person_name})" if sc.person_name else "")
                top.addChild(QTreeWidgetItem([vocab.label(sc.outcome), scored]))
            self.assessment_tree.addTopLevelItem(top)
        self.assessment_tree.resizeColumnToContents(0)
        self._fill_chart(d)

    def _fill_chart(self, d: case_view.CaseDetail) -> None:
        chart = QChart()
        chart.setTitle(tr("Mean outcome score per group at each assessment (1 = greatest need, 5 = no concern)"))
        with self.session_factory() as s:
            outcomes = lists.outcomes(s)
        group_of = {name: group for group, name, _ in outcomes}
        scored = [a for a in d.assessments if a.scores]
        for group in dict.fromkeys(g for g, _, _ in outcomes):
            series = QLineSeries()
            series.setName(vocab.label(group))
            for i, a in enumerate(scored):
                values = [s.score for s in a.scores if group_of.get(s.outcome) == group]
                if values:
                    series.append(i, sum(values) / len(values))
            if series.count():
                series.setPointsVisible(True)
                chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{vocab.label(a.kind).capitalize()}<br>{show_date(a.on)}" for a in scored] or [tr("no scores yet")])
        x.setTruncateLabels(len(scored) > 8)  # two lines, whole, while they fit side by side
        y = QValueAxis()
        y.setRange(1, 5)
        y.setTickCount(5)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x)
            series.attachAxis(y)
        # the legend below: the plot keeps the page's width, so each assessment's kind and date show whole
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setChart(chart)

    def _fill_plan(self, d: case_view.CaseDetail) -> None:
        lead = d.lead_professional or tr("not set", "lead professional")
        self.lead_label.setText(tr("Lead professional: {lead} · CAF/TAF in place").format(lead=lead) if d.caf_taf
                                else tr("Lead professional: {lead}").format(lead=lead))
        self.plan_tree.clear()
        for g in d.goals:
            top = QTreeWidgetItem([g.text, "", "", vocab.label(g.status)])
            for t in g.tasks:
                overdue = t.due_on is not None and t.done_on is None and t.due_on < date.today()
                item = QTreeWidgetItem([t.text, t.owner, _d(t.due_on) if t.due_on else "",
                                        _d(t.done_on) if t.done_on else (tr("OVERDUE") if overdue else "")])
                top.addChild(item)
            self.plan_tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.plan_tree.resizeColumnToContents(0)
        self.onward_model.set_rows(d.onward_referrals)

    # actions -----------------------------------------------------------------------------
    def _open_form(self, built: tuple) -> FormDialog:
        spec, saver = built
        dialog = self.open_form(spec, saver, changes=CHANGES.get(spec.form_id, {CASES}), warns=True)
        dialog.accepted.connect(lambda: self._warn(dialog.warnings))
        return dialog

    def _warn(self, warnings: list[str]) -> None:
        if warnings:
            QMessageBox.warning(self, tr("Saved, with warnings"), "\n\n".join(warnings))

    def _goals(self) -> list[tuple[str, str]]:
        return [(g.text[:60], g.id) for g in (self.detail.goals if self.detail else [])]

    def _people(self) -> list[tuple[str, str]]:
        return [(p.full_name, p.id) for p in (self.detail.people if self.detail else [])]

    def current_contact(self) -> case_view.ContactView | None:
        index = self.contacts_view.currentIndex()
        return self.contacts_model.rows[index.row()] if index.isValid() and self.detail else None

    def open_contact(self, contact_id: str | None = None) -> ContactDialog | None:
        """The selected contact (or ``contact_id``) whole, with Correct… and Delete…."""
        if contact_id is None:
            current = self.current_contact()
            contact_id = current.id if current else None
        if not contact_id or not self.detail:
            return None
        goals = {g.id: g.text for g in self.detail.goals}
        return open_dialog(self, tr("Contact"), lambda: ContactDialog(self, self.session_factory, contact_id, goals))

    def _contact_menu(self, pos: QPoint) -> None:
        index = self.contacts_view.indexAt(pos)
        if not index.isValid():
            return
        self.contacts_view.setCurrentIndex(index)
        menu = QMenu(self.contacts_view)
        menu.addAction(tr("&Open…"), self.open_contact)
        menu.addAction(tr("&Correct…"), lambda: self.correct_contact())
        menu.addAction(tr("&Delete…"), lambda: self.delete_contact())
        menu.popup(self.contacts_view.viewport().mapToGlobal(pos))

    def correct_contact(self, contact_id: str | None = None) -> FormDialog | None:
        dialog = self.open_contact(contact_id)
        return dialog.correct() if dialog else None

    def delete_contact(self, contact_id: str | None = None) -> FormDialog | None:
        dialog = self.open_contact(contact_id)
        return dialog.delete() if dialog else None

    def log_contact(self) -> FormDialog | None:
        if self.case_id and self.detail and self.detail.status == "open":
            return self._open_form(case_forms.contact_form(self.case_id, self._goals()))
        return None

    def add_person(self) -> FormDialog | None:
        return self._open_form(case_forms.person_form(self.case_id)) if self.case_id else None

    def edit_person(self) -> FormDialog | None:
        index = self.people_view.currentIndex()
        if not index.isValid() or not self.detail:
            return None
        person = self.detail.people[index.row()]
        return self._open_form(case_forms.person_form(self.case_id, person))

    def data_protection(self) -> QWidget | None:
        """Subject access export or erasure, with the selected person already chosen."""
        index = self.people_view.currentIndex()
        person_id = self.detail.people[index.row()].id if index.isValid() and self.detail else None
        return open_person_dialog(self, person_id)

    def add_goal(self) -> FormDialog | None:
        return self._open_form(case_forms.goal_form(self.case_id)) if self.case_id else None

    def add_task(self) -> FormDialog | None:
        goals = self._goals()
        if not goals:
            QMessageBox.information(self, tr("Add task"), tr("Add a goal first; tasks belong to goals."))
            return None
        return self._open_form(case_forms.task_form(self.case_id, goals))

    def set_lead(self) -> FormDialog | None:
        d = self.detail
        return self._open_form(case_forms.lead_form(self.case_id, d.lead_professional, d.caf_taf)) if d else None

    def onward(self) -> FormDialog | None:
        with self.session_factory() as s:
            built = case_forms.onward_form(self.case_id, s)
        return self._open_form(built)

    def restriction(self) -> FormDialog | None:
        return self._open_form(case_forms.restriction_form(self.case_id, self._people()))

    def concern(self) -> FormDialog | None:
        return self._open_form(case_forms.concern_form(self.case_id))

    def consent(self) -> FormDialog | None:
        with self.session_factory() as s:
            built = case_forms.consent_form(self.case_id, self._people(), s)
        return self._open_form(built)

    def close_or_reopen(self) -> FormDialog | None:
        if not self.detail:
            return None
        if self.detail.status == "open":
            return self._open_form(case_forms.close_form(self.case_id))
        return self._open_form(case_forms.reopen_form(self.case_id))

    def travel_help(self) -> TravelHelpDialog | None:
        """The family's eligibility for help with travel costs, and its visits with their claims."""
        return open_travel_help(self, self.case_id) if self.case_id else None

    def travel_claim(self) -> TravelClaimDialog | None:
        """The selected visit's travel claim (the first visit listed when none is chosen)."""
        if not self.case_id:
            return None
        index = self.visits_view.currentIndex()
        rows = self.visits_model.rows
        if not rows:
            QMessageBox.information(self, tr("Travel claim"), tr("This family has no visits yet."))
            return None
        return open_travel_claim(self, rows[index.row() if index.isValid() else 0].id)


    def letter(self) -> LetterDialog | None:
        """A letter from the case: an appointment letter, or any template whose fields the case can fill."""
        if self.case_id is None:
            return None
        case_id = self.case_id
        return open_letter(self, self.session_factory, lambda s: letters.for_case(s, case_id))

    def visit_letter(self) -> LetterDialog | None:
        """A letter about the visit selected in the family's Visits list (the Family records tab)."""
        index = self.visits_view.currentIndex()
        return letter_about(self, self.session_factory, self.visits_model.rows[index.row()].id if index.isValid()
                            else None, letters.for_booking,
                            tr("Choose a visit in the family's Visits list first."))

    def record_assessment(self) -> AssessmentDialog | None:
        if not self.case_id or not self.detail or self.detail.status != "open":
            return None
        kinds = list(vocab.ASSESSMENT_KINDS)
        if any(a.kind == "initial" for a in self.detail.assessments):
            kinds.remove("initial")
        else:
            kinds = ["initial"]
        people = [(p.full_name, p.id) for p in self.detail.people if p.supported_directly]
        case_id = self.case_id

        def save(s, kind, on, needs, scores, notes) -> list[str]:  # noqa: ANN001
            return assessment_service.record_assessment(s, case_id, kind, on, needs, scores, notes)[1]

        with self.session_factory() as s:
            outcomes = lists.outcomes(s)
        dialog = AssessmentDialog(self, case_id, kinds, people, save, outcomes, changes={CASES})
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._warn(dialog.warnings))
        dialog.open()
        return dialog


def reopen_draft(page: CasePage, form_id: str, values: dict) -> QWidget | None:
    """Rebuild a casework form from a draft saved at lock time."""
    context = values.get("_context", {})
    case_id = context.get("case_id")
    if not case_id:
        return None
    try:
        page.show_case(case_id)
    except FswError:
        return None
    openers = {
        "contact": page.log_contact, "person": page.add_person, "goal": page.add_goal, "task": page.add_task,
        "lead": page.set_lead, "onward": page.onward, "restriction": page.restriction, "concern": page.concern,
        "consent": page.consent, "close": page.close_or_reopen, "reopen": page.close_or_reopen,
        "assessment": page.record_assessment,
    }
    contact_id = context.get("contact_id")
    if form_id in ("contact-correction", "contact-deletion") and contact_id:
        openers[form_id] = lambda: (page.correct_contact if form_id == "contact-correction"
                                    else page.delete_contact)(contact_id)
    opener = openers.get(form_id)
    dialog = opener() if opener else None
    if dialog is not None:
        dialog.restore_values({k: v for k, v in values.items() if not k.startswith("_")})
    return dialog

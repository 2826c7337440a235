"""The main window: navigation, pages, menus, status bar and global search.

The profile's role decides which pages exist at all: a visitor-centre desk
never builds the caseload, so no case note can reach its screen.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter, QFileDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QHBoxLayout, QStackedWidget, QToolBar, QWidget,
)

from sqlalchemy import select

from ..services.desk.dates import show_when
from ..db import Database
from ..errors import FswError
from ..models.cases import Case
from ..models.sync import ROLE_LABELS
from ..services.applications import applications
from ..services.caseload import caseload_export
from ..services.casework import casework
from ..services.desk import lists, profile, settings
from ..services.sharing import sync_service
from ..services.desk.session import open_session
from .pages.applications_page import ApplicationsPage
from .pages.quality_page import QualityPage
from .pages.reports_page import ReportsPage
from .pages.supervision_page import SupervisionPage
from .pages.team_page import TeamPage
from .pages.base import Page
from .pages.case_page import CasePage, reopen_draft
from .pages.caseload_page import CaseloadPage
from .pages.directory_page import DirectoryPage
from .pages.family_days_page import FamilyDaysPage
from .pages.sync_page import SyncPage
from .pages.visits_page import VisitsPage
from .pages.visits_today_page import VisitsTodayPage
from .pages.today_page import TodayPage
from . import fit, language, operations
from .audit_dialog import open_audit_trail
from .forms import DISCARD, SAVE, ask_discard
from .duplicates_dialog import open_duplicates
from .travel_claim_dialog import open_travel_claim
from .import_dialog import ImportWizard
from .operations import Changes
from .passphrase_dialog import PassphraseDialog
from .recovery_dialog import make_recovery_key
from .progress import run_with_progress
from .referral_dialog import ReferralDialog
from .retention_dialog import open_retention
from .settings_dialog import ListsDialog, SettingsDialog
from .letter_templates_dialog import LetterTemplatesDialog
from .subject_access_dialog import open_person_dialog
from ..words import QT_TRANSLATE_NOOP, tr

# The page names are the pages' keys (in settings, drafts and unlocking) and, through tr, their labels.
NAV = (QT_TRANSLATE_NOOP("", "Today"), QT_TRANSLATE_NOOP("", "Team"), QT_TRANSLATE_NOOP("", "Caseload"),
       QT_TRANSLATE_NOOP("", "Visits"), QT_TRANSLATE_NOOP("", "Family days"), QT_TRANSLATE_NOOP("", "Applications"),
       QT_TRANSLATE_NOOP("", "Supervision"), QT_TRANSLATE_NOOP("", "Quality"), QT_TRANSLATE_NOOP("", "Directory"),
       QT_TRANSLATE_NOOP("", "Reports"), QT_TRANSLATE_NOOP("", "Sync"))
SUPERVISOR_ONLY = {"Team", "Supervision", "Quality"}  # not shown: page keys
HIDDEN_FOR_ROLE = {
    "worker": SUPERVISOR_ONLY,
    "visitor-centre": {"Caseload", "Applications", "Reports"} | SUPERVISOR_ONLY,  # not shown: page keys
    "supervisor": {"Today", "Caseload", "Visits", "Family days", "Applications"},  # not shown: page keys
}


# One key per page name, the same on every desk (Visits is Ctrl+3 wherever it exists). Names that share a
# key never share a desk: each role's home page is Ctrl+1 (Today, or a supervisor's Team), and so on.
PAGE_KEYS = {"Today": "Ctrl+1", "Team": "Ctrl+1", "Caseload": "Ctrl+2", "Supervision": "Ctrl+2",  # not shown: keys
             "Visits": "Ctrl+3", "Quality": "Ctrl+3", "Family days": "Ctrl+4", "Applications": "Ctrl+5",  # not shown: keys
             "Directory": "Ctrl+6", "Reports": "Ctrl+7", "Sync": "Ctrl+8"}  # not shown: keys


def pages_for(role: str) -> list[str]:
    return [n for n in NAV if n not in HIDDEN_FOR_ROLE.get(role, set())]


class PageShelf(dict):
    """The role's pages by name, each made the first time it is asked for.

    Unlocking paints Today without building the other pages (their tables, charts and queries),
    which is most of the time between the passphrase and the first screen. Iterating the names
    builds nothing; ``self[name]`` builds that page.
    """

    def __init__(self, names: Iterable[str], build: Callable[[str], QWidget]) -> None:
        super().__init__((name, None) for name in names)
        self._build = build

    def __getitem__(self, name: str) -> QWidget:
        page = super().__getitem__(name)
        if page is None:
            page = self._build(name)
            super().__setitem__(name, page)
        return page

    def get(self, name: str, default: object = None) -> object:
        return self[name] if name in self else default

    def values(self) -> list[QWidget]:  # type: ignore[override]
        return [self[name] for name in self]

    def items(self) -> list[tuple[str, QWidget]]:  # type: ignore[override]
        return [(name, self[name]) for name in self]

    def made(self, name: str) -> QWidget | None:
        """The page if it has been made, without making it."""
        return super().get(name)

    def name_of(self, widget: QWidget | None) -> str:
        return next((n for n in self if widget is not None and self.made(n) is widget), "")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_changed = Signal()
    language_changed = Signal()  # the controller makes the window afresh in the new language

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.session_factory = self.session  # what pages and dialogs inside read and write with
        self.changes = Changes(self)  # every write announces here what changed; open views reload
        self.desk = profile.desk_of(database)
        self.role = self.desk.role
        self.setWindowTitle(tr("FSW Desk — {desk}").format(desk=self.desk.desk_name))
        self.setAccessibleName(tr("FSW Desk main window"))
        self.setMinimumSize(900, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("Nav")
        self.nav.setAccessibleName(tr("Navigation"))
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages = PageShelf(pages_for(self.role), self._build_page)
        for name in self.pages:
            self.stack.addWidget(QWidget())  # a place held until the page is first shown or asked for
            item = QListWidgetItem(tr(name))
            item.setToolTip(f"{tr(name)} ({PAGE_KEYS[name]})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_page)
        self._case_page: CasePage | None = None
        self.case_came_from = "Caseload"  # not shown: a page key; the page a case was opened from: Back returns there
        self.changes.changed.connect(self._changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self.nav.setCurrentRow(0)
        self.restore_geometry()

    # pages ---------------------------------------------------------------
    def session(self):  # noqa: ANN201
        return open_session(self.database)

    def _build_page(self, name: str) -> QWidget:
        """Made the first time it is shown or asked for, put in the place its nav row holds."""
        page = self._make_page(name)
        if isinstance(page, Page):
            self.changes.changed.connect(page.changes_seen)
        row = list(self.pages).index(name)
        holder = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        if current == row:
            self.stack.setCurrentIndex(row)
        return page

    @property
    def case_page(self) -> CasePage | None:
        """A worker's case page, made when first needed; None for roles without cases."""
        if self._case_page is None and "Caseload" in self.pages:
            page = self._case_page = CasePage(self.session)
            page.back.connect(lambda: self.go_to(self.case_came_from))
            self._connect_openers(page)
            self.stack.addWidget(page)
            self.changes.changed.connect(page.changes_seen)
        return self._case_page

    def _make_page(self, name: str) -> QWidget:
        factory: Callable = self.session
        if name == "Today" and self.role == "worker":
            page = TodayPage(factory)
            self._connect_openers(page)
            page.open_case_tab.connect(self.open_case)
            return page
        if name == "Caseload":
            page = CaseloadPage(factory)
            page.open_case.connect(self.open_case)
            page.quick_contact.connect(self.quick_contact)
            return page
        if name == "Directory":
            return DirectoryPage(factory)
        if name == "Today" and self.role == "visitor-centre":
            page = VisitsTodayPage(factory)
            page.open_session.connect(lambda t, on, b: self.go_to("Visits").show_session(t, on, b))  # not shown: page keys
            page.open_family_day.connect(lambda d: self.go_to("Family days").show_day(d))  # not shown: page keys
            return page
        if name == "Visits":
            return VisitsPage(factory)
        if name == "Family days":
            return FamilyDaysPage(factory)
        if name == "Applications":
            return ApplicationsPage(factory)
        if name == "Sync":
            return SyncPage(factory, self.database)
        if name == "Team":
            page = TeamPage(factory, self.database)
            page.open_supervision.connect(self.open_supervision)
            return page
        if name == "Supervision":
            return SupervisionPage(factory)
        if name == "Quality":
            return QualityPage(factory)
        if name == "Reports":
            return ReportsPage(factory, self.database, self.role)
        raise ValueError(f"no {name} page for the {self.role} role")  # not shown: a mistake in the code

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if not self._may_leave_page(row):
            return
        page = self.pages[list(self.pages)[row]]
        if isinstance(page, Page):
            page.stale = False  # every page is reloaded as it is shown, just below
        self.stack.setCurrentIndex(row)
        self.update_sync_status()
        if isinstance(page, Page):
            try:
                page.refresh()
            except FswError as exc:
                self.show_error(exc.message)

    def _may_leave_page(self, row: int) -> bool:
        """Leaving a page with unsaved edits asks first (forms.ask_discard); Cancel puts the nav back."""
        leaving = self.stack.currentWidget()
        arriving = self.pages.made(list(self.pages)[row])
        if leaving is arriving or not isinstance(leaving, Page) or not leaving.has_unsaved_changes():
            return True
        answer = ask_discard(self)
        if answer == DISCARD or (answer == SAVE and leaving.save_unsaved_changes()):
            return True
        back = (self.stack.currentIndex() if leaving is not self._case_page
                else list(self.pages).index(self.case_came_from))
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(back)
        self.nav.blockSignals(False)
        return False

    def _changed(self, kinds: frozenset[str], _origin: object) -> None:
        if operations.SYNC in kinds:
            self.update_sync_status()

    def go_to(self, name: str) -> QWidget | None:
        names = list(self.pages)
        if name not in names:
            return None
        row = names.index(name)
        if self.nav.currentRow() == row:  # e.g. Back from a case: the row is already this page's
            self._show_page(row)
        else:
            self.nav.setCurrentRow(row)
        return self.pages[name]

    def _connect_openers(self, page: QWidget) -> None:
        """A page's lines that open a record where it lives: an application, a visit, a family day."""
        page.open_application.connect(self.open_application)
        page.open_booking.connect(self.open_booking)
        page.open_family_day.connect(self.open_family_day)

    def open_application(self, app_id: str) -> QWidget | None:
        page = self.go_to("Applications")  # not shown: page keys
        if page is not None:
            page.show_application(app_id)
        return page

    def open_booking(self, booking_id: str) -> QWidget | None:
        page = self.go_to("Visits")  # not shown: page keys
        if page is not None:
            page.show_booking(booking_id)
        return page

    def open_family_day(self, family_day_id: str) -> QWidget | None:
        page = self.go_to("Family days")  # not shown: page keys
        if page is not None:
            page.show_day(family_day_id)
        return page

    def open_case(self, case_id: str, tab: str = "overview") -> CasePage | None:
        if self.case_page is None:
            return None
        try:
            self.case_page.show_case(case_id, tab)
        except FswError as exc:
            self.show_error(exc.message)
            return None
        came_from = self.stack.currentWidget()
        if came_from is not self.case_page:
            self.case_came_from = self.pages.name_of(came_from) or "Caseload"  # not shown: page keys
            self.case_page.set_back_to(tr(self.case_came_from))
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(list(self.pages).index(self.case_came_from))
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.case_page)
        return self.case_page

    def where(self) -> dict:
        """The page on screen (and the case with its tab), so unlocking returns there rather than to Today."""
        current = self.stack.currentWidget()
        case = self._case_page
        if case is not None and current is case and case.case_id:
            return {"case": case.case_id, "tab": case.tabs.currentIndex(), "from": self.case_came_from}
        return {"page": self.pages.name_of(current)}

    def resume(self, where: dict) -> None:
        """Back to what ``where`` recorded; a case deleted meanwhile (by a sync) leaves the first page."""
        if where.get("case"):
            self.go_to(where.get("from") or "Caseload")  # not shown: page keys
            page = self.open_case(where["case"])
            if page is not None:
                page.tabs.setCurrentIndex(int(where.get("tab", 0)))
        elif where.get("page"):
            self.go_to(where["page"])

    def open_supervision(self, desk_id: str) -> None:
        page = self.go_to("Supervision")  # not shown: page keys
        if page is not None and desk_id:
            page.select_worker(desk_id)

    def quick_contact(self, case_id: str) -> None:
        page = self.open_case(case_id)
        if page is not None:
            page.log_contact()

    def reopen_draft(self, form_id: str, values: dict) -> QWidget | None:
        if form_id == "referral":
            return self.new_referral({k: v for k, v in values.items() if not k.startswith("_")})
        if form_id in ("travel-claim", "travel-help"):
            return self._reopen_travel(form_id, values)
        if form_id == LetterTemplatesDialog.form_id and self.role == "worker":
            dialog = self.edit_letter_templates()
            dialog.restore_values(values)
            return dialog
        if form_id == "agency":
            page = self.go_to("Directory")  # not shown: page keys
            return page.add_agency(values) if isinstance(page, DirectoryPage) else None
        for name, forms in (("Supervision", ("supervision-note",)),  # not shown: page keys
                            ("Quality", ("quality-assessment", "work-plan")),  # not shown: page keys
                            ("Family days", ("family-day-places", "family-day-allocation")),  # not shown: page keys
                            ("Visits", ("session-outcomes",))):  # not shown: page keys
            if form_id in forms and name in self.pages:
                return self.go_to(name).reopen_draft(form_id, values)
        if self.case_page is not None:
            return reopen_draft(self.case_page, form_id, values)
        return None

    def _reopen_travel(self, form_id: str, values: dict) -> QWidget | None:
        """A travel claim over the page it was opened from, or a case's travel help on that case."""
        if form_id == "travel-claim" and values.get("_booking"):
            dialog = open_travel_claim(self.stack.currentWidget() or self, values["_booking"])
        elif form_id == "travel-help" and values.get("_case") and self.open_case(values["_case"]) is not None:
            dialog = self.case_page.travel_help()
        else:
            return None
        if dialog is not None:
            dialog.restore_values({k: v for k, v in values.items() if not k.startswith("_")})
        return dialog

    # chrome --------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Search"))
        bar.setMovable(False)
        bar.setObjectName("SearchBar")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search visitors, families and prison numbers (Ctrl+F)")
                                       if self.role == "visitor-centre" else
                                       tr("Search people, cases and prison numbers (Ctrl+F)"))
        self.search.setAccessibleName(tr("Global search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(460)
        self.search.returnPressed.connect(self._global_search)
        self.search_model = QStandardItemModel(self)
        completer = QCompleter(self.search_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._search_hit)
        self.search.setCompleter(completer)
        self.search.textEdited.connect(self._search_as_you_type)
        bar.addWidget(self.search)
        self.addToolBar(bar)

    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        if name:
            setattr(self, name, action)
        return action

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu(tr("&File"))
        if "Caseload" in self.pages:  # not shown: a page key
            self._action(m, tr("&New referral…"), self.new_referral, "Ctrl+N", "new_referral_action")  # not shown: keys
            m.addSeparator()
        self._action(m, tr("&Back up…"), self.backup, "Ctrl+Shift+B", "backup_action")  # not shown: keys
        self._action(m, tr("&Check database"), self.check_database, None, "check_action")
        self._action(m, tr("Change &passphrase…"), self.change_passphrase, None, "passphrase_action")
        self._action(m, tr("Make a &recovery key…"), lambda: make_recovery_key(self, self.database), None,
                     "recovery_action")
        m.addSeparator()
        self._action(m, tr("&Settings…"), self.open_settings, "Ctrl+,", "settings_action")  # not shown: keys
        if self.role == "worker":
            self._action(m, tr("Edit &lists…"), self.edit_lists, None, "lists_action")
            self._action(m, tr("Letter te&mplates…"), self.edit_letter_templates, None, "letter_templates_action")
            m.addSeparator()
            self._action(m, tr("&Import caseload…"), self.import_caseload, None, "import_caseload_action")
            self._action(m, tr("E&xport caseload…"), self.export_caseload, None, "export_caseload_action")
            self._action(m, tr("Save import &template…"), self.save_import_template, None, "import_template_action")
        m.addSeparator()
        self._action(m, tr("&Lock"), self.lock_requested.emit, "Ctrl+L", "lock_action")  # not shown: keys
        self._action(m, tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        g = self.menuBar().addMenu(tr("&Go"))
        for name in self.pages:
            self._action(g, tr(name), lambda _=False, n=name: self.go_to(n), PAGE_KEYS[name])
        self._action(g, tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find)
        d = self.menuBar().addMenu(tr("Data &protection"))
        self._action(d, tr("&Audit trail…"), lambda: open_audit_trail(self), "Ctrl+Shift+T",  # not shown: keys
                     "audit_trail_action")
        self._action(d, tr("&Retention…"), lambda: open_retention(self), "Ctrl+Shift+R",  # not shown: keys
                     "retention_action")
        self._action(d, tr("&Subject access export…"), lambda: open_person_dialog(self), "Ctrl+Shift+E",  # not shown: keys
                     "subject_access_action")
        self._action(d, tr("&Erase person…"), lambda: open_person_dialog(self, mode="erase"), None, "erase_action")
        if self.role == "worker":
            self._action(d, tr("Possible &duplicates…"), lambda: open_duplicates(self), None, "duplicates_action")
        h = self.menuBar().addMenu(tr("&Help"))
        self._action(h, tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.status_desk = QLabel(f"{self.desk.desk_name} · {tr(ROLE_LABELS[self.role])}")
        self.status_lock = QLabel(tr("Unlocked · Ctrl+L locks"))
        self.status_sync = QLabel("")
        for w in (self.status_desk, self.status_lock, self.status_sync):
            w.setAccessibleName(w.text())
        self.update_sync_status()
        sb.addWidget(self.status_desk)
        sb.addPermanentWidget(self.status_sync)
        sb.addPermanentWidget(self.status_lock)

    def update_sync_status(self) -> None:
        with self.session() as s:
            last = sync_service.last_bundles(s)
        def when(b) -> str:  # noqa: ANN001
            return show_when(b.at) if b else tr("never", "last sync")
        self.status_sync.setText(tr("Last export: {exported} · Last import: {imported}").format(
            exported=when(last.get("out")), imported=when(last.get("in"))))
        self.status_sync.setAccessibleName(self.status_sync.text())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_as_you_type(self, text: str) -> None:
        """People and cases matching what is typed, in a popup; Enter on one opens its case."""
        self.search_model.clear()
        if len(text.strip()) < 2 or self.case_page is None:
            return
        with self.session() as s:
            hits = casework.search_people(s, text.strip(), limit=12)
        for hit in hits:
            text = f"{hit.reference}  {hit.title} — {hit.detail}"
            if hit.warning:  # still listed, so the worker finds it; the warning comes first
                text = f"⚠ {hit.warning}  {text}"
            item = QStandardItem(text)
            if hit.warning:
                item.setToolTip(tr("{warning}: their involvement must not be shared with the prisoner.").format(
                    warning=hit.warning))
            item.setData(item.text(), Qt.ItemDataRole.AccessibleTextRole)
            item.setData(hit.case_id or hit.id, Qt.ItemDataRole.UserRole)
            self.search_model.appendRow(item)
        self.search.completer().complete()

    def _search_hit(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id:
            self.open_case(case_id)
            self.search.clear()

    def _global_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.role == "visitor-centre":  # a hall has visits and families, never cases
            self.go_to("Today").show_search(text)  # not shown: page keys
            return
        page = self.go_to("Caseload")  # not shown: page keys
        if isinstance(page, CaseloadPage):
            page.show_search(text)

    def show_shortcuts(self) -> None:
        keys = [(QKeySequence(PAGE_KEYS[name]), tr(name)) for name in self.pages]
        keys += [(QKeySequence("Ctrl+F"), tr("Search")), (QKeySequence("Ctrl+N"), tr("New referral")),
                 (QKeySequence("Ctrl+K"), tr("Log contact (caseload or case)")),
                 (QKeySequence("Ctrl+Shift+A"), tr("Record assessment (case)")),
                 (QKeySequence("Enter"), tr("Open the selected case")), (QKeySequence("Ctrl+L"), tr("Lock")),
                 (QKeySequence("Ctrl+Shift+B"), tr("Back up")), (QKeySequence("Ctrl+,"), tr("Settings")),
                 (QKeySequence("Ctrl+Q"), tr("Quit"))]
        native = QKeySequence.SequenceFormat.NativeText  # the key's name as Qt writes it, in the desk's language
        QMessageBox.information(self, tr("Keyboard shortcuts"),
                                "\n".join(f"{k.toString(native)}\t{what}" for k, what in keys))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, tr("FSW Desk"), message)

    # actions -------------------------------------------------------------
    def new_referral(self, values: dict | None = None) -> ReferralDialog:
        with self.session() as s:
            sources = lists.referral_sources(s)
        dialog = ReferralDialog(self, sources)
        dialog.saved.connect(self._referral_saved)
        if values:
            dialog.restore_values(values)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _referral_saved(self, ref: str) -> None:
        """The new case opens on its contacts, ready for the first contact (Ctrl+K)."""
        with self.session() as s:
            case_id = s.execute(select(Case.id).where(Case.ref == ref, Case.live())).scalar()
        page = self.open_case(case_id, "contacts") if case_id else None
        if page is not None:  # after the referral form has closed and given focus back
            QTimer.singleShot(0, page.contact_button.setFocus)
        self.statusBar().showMessage(tr("Referral saved as {ref}: log the first contact with Ctrl+K").format(ref=ref),
                                     10000)

    def backup(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Back up profile"), str(Path.home() / f"fsw-backup-{stamp}.fswbak"),
            tr("FSW Desk backup") + " (*.fswbak)")
        if not path:
            return
        run_with_progress(
            self, tr("Backing up"), lambda progress: profile.backup(self.database, Path(path), progress),
            lambda counts: self.statusBar().showMessage(
                tr("Backup verified: {rows} rows in {file}").format(rows=sum(counts.values()), file=Path(path).name),
                8000),
        )

    def check_database(self) -> None:
        run_with_progress(self, tr("Checking the database"), lambda progress: self._check(progress), self._checked)

    def _check(self, progress) -> list[str]:  # noqa: ANN001
        progress(10, tr("Checking every page"))
        problems = profile.check_pages(self.database)  # the same check as 'fsw check'
        progress(100, tr("Done"))
        return problems

    def _checked(self, problems: list[str]) -> None:
        profile.record_check(self.database, problems)
        if problems:
            QMessageBox.warning(self, tr("Check database"),
                                tr("The check found problems. Restore from your latest backup.") + "\n\n"
                                + "\n".join(problems[:5]))
        else:
            QMessageBox.information(self, tr("Check database"), tr("The database is healthy: every page checked."))

    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        old, new, database = dialog.current.text(), dialog.new.text(), self.database
        reencrypt = dialog.reencrypt.isChecked()
        for field in (dialog.current, dialog.new, dialog.again):
            field.clear()
        # Two key derivations and re-encrypting every page take seconds on a large profile: off the
        # UI thread, behind a progress dialog. Any failure (a wrong current passphrase, other work
        # still running, something unexpected) comes back as a message; nothing was changed then.
        self.passphrase_task = run_with_progress(
            self, tr("Changing the passphrase"),
            lambda progress: profile.change_passphrase(database, old, new, progress, reencrypt=reencrypt),
            lambda _result: QMessageBox.information(
                self, tr("Change passphrase"), tr("Passphrase changed. Use the new one from now on.")
                + (" " + tr("The profile was re-encrypted: make a new recovery key (File menu).") if reencrypt else "")),
            self.show_error,
        )

    def open_settings(self) -> None:
        qs = QSettings()
        font_pt = int(qs.value("ui/font_pt", self.font().pointSize() or 10))
        with self.session() as s:
            values = settings.all_settings(s)
        dialog = SettingsDialog(self, values, font_pt, self.database)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        def put(s) -> None:  # noqa: ANN001
            for key, value in values.items():
                settings.put(s, key, value)

        if not operations.write(self, put, changes={operations.SETTINGS}):
            return
        qs.setValue("ui/font_pt", dialog.font_pt.value())
        self.settings_changed.emit()
        current = self.stack.currentWidget()
        if current is self._case_page and isinstance(current, Page):
            current.reload()  # the worker stays on the case they had open
        else:
            self._show_page(self.nav.currentRow())
        if language.choose(dialog.chosen_language()):
            self.language_changed.emit()

    def edit_letter_templates(self) -> LetterTemplatesDialog:
        """The team's letter templates, with their merge fields and a preview (File > Letter templates)."""
        dialog = LetterTemplatesDialog(self, self.session)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_lists(self) -> None:
        with self.session() as s:
            dialog = ListsDialog(self, lists.referral_sources(s), lists.outcomes(s), applications.application_types(s),
                                 letter_templates=self.edit_letter_templates)
        if dialog.exec() != ListsDialog.DialogCode.Accepted:
            return
        sources, outcomes, types = dialog.sources(), dialog.outcomes.toPlainText(), dialog.types.toPlainText()

        def save(s) -> None:  # noqa: ANN001
            lists.set_referral_sources(s, sources)
            lists.set_outcomes(s, lists.parse_outcome_lines(outcomes))
            applications.set_application_types(s, applications.parse_type_lines(types))

        operations.write(self, save, changes={operations.SETTINGS}, failure=self.show_error)

    # caseload spreadsheet (import, export, template) --------------------------
    def import_caseload(self):  # noqa: ANN201
        wizard = ImportWizard(self, self.database)
        wizard.imported.connect(self._caseload_imported)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _caseload_imported(self, result) -> None:  # noqa: ANN001
        self.statusBar().showMessage(result.line(), 10000)

    def _spreadsheet_path(self, title: str, name: str) -> str:
        path, chosen = QFileDialog.getSaveFileName(self, title, str(Path.home() / name),
                                                   tr("Excel workbook") + " (*.xlsx);;" + tr("CSV") + " (*.csv)")
        if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        return path

    def export_caseload(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = self._spreadsheet_path(tr("Export caseload"), f"caseload-{stamp}.xlsx")
        if not path:
            return

        operations.write_in_background(
            self, tr("Exporting the caseload"),
            lambda s, progress: caseload_export.export_caseload(s, Path(path), progress),
            changes={operations.AUDIT}, success=lambda rows: self.statusBar().showMessage(
                tr("Exported {rows} rows to {file}. The file is not encrypted: keep it safe.").format(
                    rows=rows, file=Path(path).name), 10000))

    def save_import_template(self) -> None:
        from ..services.caseload import caseload_template  # it loads openpyxl: only when a template is saved

        path = self._spreadsheet_path(tr("Save import template"), "caseload-template.xlsx")
        if not path:
            return
        try:
            with self.session() as s:
                outcomes = lists.outcome_names(s)
            caseload_template.save_template(Path(path), outcomes)
        except FswError as exc:
            self.show_error(exc.message)
            return
        except OSError as exc:
            self.show_error(tr("The template could not be saved ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self.statusBar().showMessage(tr("Template saved as {file}").format(file=Path(path).name), 8000)

    # geometry --------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = QSettings().value("ui/main_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a first start: as large as suits, but never beyond the screen (a 1024x768 laptop)
            room = fit.available_size(self)
            self.resize(min(1200, room.width()), min(760, room.height()))
        fit.fit_to_screen(self)

    def save_geometry(self) -> None:
        QSettings().setValue("ui/main_geometry", self.saveGeometry())

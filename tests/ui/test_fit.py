"""Every page and dialog of every role fits the screens desk laptops have: 1024x768 and 1366x768.

The main window is shown at the size under test and that size (less a taskbar) is the available
screen for dialogs. Each page is visited (a worker's case page with a case open, tab by tab) with
the first row of each table selected, and every dialog reachable from the pages and menus is opened.
The walker (tests/ui/fit_walker.py) fails on clipped button or label text, a dialog larger than the
screen, and a table whose first or essential columns need sideways scrolling.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from fsw_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE, TEMPLATES
from tests.ui import fit_walker as walk

SIZES = {"1024x768": (1024, 768), "1366x768": (1366, 768)}
TASKBAR = 40  # Windows' taskbar takes this much of a 768 px screen
ESSENTIAL = {  # columns a page must show without scrolling, besides its first three
    "Caseload": ("Next review", "Flags"),
    "Today": ("Date",),
    "Applications": ("Status", "Due"),
    "Family days": ("Places", "Place"),
    "Visits": ("Status", "Outcome", "Flag"),  # walked with its flagged bookings listed (a transfer in the demo)
}


@pytest.fixture(scope="session")
def role_templates(tmp_path_factory, demo_template) -> dict[str, Path]:
    """One populated profile per role, made once: the standard demo for a worker and a visitor centre,
    a two-worker demonstration team for a supervisor; plus another desk's identity file to pair with."""
    from fsw_desktop import demo  # reason: the demo builders only when this test runs
    from fsw_desktop.demo import team  # reason: as above
    from fsw_desktop.services.desk import profile  # reason: as above
    from fsw_desktop.services.desk.session import open_session  # reason: as above
    from fsw_desktop.services.sharing import peers  # reason: as above

    root = tmp_path_factory.mktemp("fit")
    made = {"worker": demo_template}
    vc = profile.create_profile(root / "vc", "Vic Centreworth", "Visitor centre (synthetic)", "visitor-centre",
                                PASSPHRASE, "HMP Northfield (synthetic)")
    TEMPLATES.remember(vc)
    demo.populate(vc, size="standard", seed=2)
    with open_session(vc) as s:
        peers.export_identity(s, root / "other.fswid")
        s.commit()
    vc.close()
    made["visitor-centre"] = root / "vc"
    sup = profile.create_profile(root / "sup", "Morgan Supervisorly", "Supervisor desk (synthetic)", "supervisor",
                                 PASSPHRASE, "Family Links (synthetic)")
    TEMPLATES.remember(sup)
    team.populate_team(sup, 2, seed=1)
    sup.close()
    made["supervisor"] = root / "sup"
    made["identity"] = root / "other.fswid"
    return made


def _select_first_rows(page) -> None:  # noqa: ANN001
    for view in page.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() and \
                not view.currentIndex().isValid():
            view.selectRow(0)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _letter_from_a_booking(window: MainWindow):  # noqa: ANN202
    """The Visits page with a booked visit selected, then Letter… (the dialog needs a booking)."""
    from sqlalchemy import select  # reason: only this dialog needs a booking found first
    from fsw_desktop.models.visits import Booking  # reason: as above

    with window.session() as s:
        booking_id = s.execute(select(Booking.id).where(Booking.live(), Booking.status == "booked")
                               .order_by(Booking.on.desc(), Booking.ref)).scalars().first()
    page = window.go_to("Visits")
    assert page.show_booking(booking_id)
    return page.letter()


def _dialogs(window: MainWindow, role: str, identity: Path, tmp_path: Path) -> dict[str, object]:
    """What opens a dialog, by the name a failure gives it, for pages already visited (selections made)."""
    from fsw_desktop.ui.audit_dialog import open_audit_trail  # reason: only the dialogs under test
    from fsw_desktop.ui.retention_dialog import open_retention  # reason: as above
    from fsw_desktop.ui.subject_access_dialog import open_person_dialog  # reason: as above
    from fsw_desktop.services.visits import travel_claims  # reason: as above, the claim to open

    p = window.pages
    found: dict[str, object] = {
        "Settings": window.open_settings,
        "Change passphrase": window.change_passphrase,
        "Audit trail": lambda: open_audit_trail(window),
        "Retention": lambda: open_retention(window),
        "Subject access": lambda: open_person_dialog(window),
        "Sync: pair": lambda: p["Sync"].pair(str(identity)),
    }
    if role == "worker":
        found |= {"New referral": window.new_referral, "Edit lists": window.edit_lists,
                  "Letter templates": window.edit_letter_templates, "Import caseload": window.import_caseload}
        case = window.case_page
        for name in ("log_contact", "record_assessment", "add_person", "edit_person", "add_goal", "add_task",
                     "set_lead", "onward", "restriction", "concern", "consent", "close_or_reopen",
                     "data_protection", "letter"):
            found[f"Case: {name}"] = getattr(case, name)
        found["Case: travel_help"] = case.travel_help
        with window.session() as s:  # the demo's eligible family has a reminder; its claim opens from Today
            reminders = travel_claims.reminders(s, date.today())
        found["Today: travel claim"] = lambda: p["Today"].mark_travel_claim(reminders[0].booking_id)
        a = p["Applications"]
        for name in ("new_application", "change_status", "respond", "show_history", "request_family_day",
                     "choose_figures", "book_visit", "letter"):
            found[f"Applications: {name}"] = getattr(a, name)
    if role in ("worker", "visitor-centre"):
        v, f, d = p["Visits"], p["Family days"], p["Directory"]
        for name in ("book", "new_template", "edit_rules", "extra_session", "block_date"):
            found[f"Visits: {name}"] = getattr(v, name)
        found["Visits: letter"] = lambda: _letter_from_a_booking(window)
        for name in ("new_day", "add_families", "request_place", "allocate", "clearance", "letter"):
            found[f"Family days: {name}"] = getattr(f, name)
        found["Family days: print security list"] = lambda: f.print_list("security")
        found["Family days: print attendee list"] = lambda: f.print_list("attendees")
        found["Directory: add_agency"] = d.add_agency
        found["Directory: edit_agency"] = d.edit_agency
    if role == "supervisor":
        found["Team: case"] = lambda: window.pages["Team"].worker_view.open_case()
        found["Supervision: new note"] = p["Supervision"].new_note
        first_item = next(iter(p["Quality"].by_number.values()))["items"][0]["item"]
        found["Quality: assess item"] = lambda: p["Quality"].assess_item(first_item)
        found["Quality: add action"] = p["Quality"].add_action
        found["Quality: print"] = p["Quality"].print_report
    if "Reports" in p:
        found["Reports: print"] = p["Reports"].save_pdf
    return found


def _walk(window: MainWindow, role: str, templates: dict[str, Path], tmp_path: Path, qtbot, width: int,  # noqa: ANN001
          height: int, look_at_page, look_at_dialog) -> list[str]:  # noqa: ANN001
    """Visit every page (a worker's case page tab by tab) and open every dialog; what each ``look_at`` finds."""
    from fsw_desktop.ui.wizard import FirstRunWizard  # reason: only the dialogs under test

    faults: list[str] = []
    for name in window.pages:
        page = window.go_to(name)
        if name == "Team":
            _settle()
            _select_first_rows(page)
            page.drill_down()
        if name == "Visits":  # the list with its widest rows: flagged bookings, the Flag column filled
            assert page.show_flags() > 0, "the demo desk has a transferred prisoner with flagged bookings"
        if name == "Sync" and role == "worker":  # its widest choice, which squeezed the buttons
            page.kind_combo.setCurrentIndex(page.kind_combo.findData("summary"))
        _settle()
        _select_first_rows(page)
        _settle()
        faults += look_at_page(page, f"{name} page", name)
    faults += look_at_page(window.menuBar(), "menu bar", "") + look_at_page(window.statusBar(), "status bar", "")
    if window.case_page is not None:
        caseload = window.go_to("Caseload")
        _settle()
        caseload.findChild(QTableView).selectRow(0)
        assert window.open_case(caseload.selected_case_id()) is not None
        for i in range(window.case_page.tabs.count()):
            window.case_page.tabs.setCurrentIndex(i)
            _settle()
            _select_first_rows(window.case_page)
            where = f"Case page, tab {window.case_page.tabs.tabText(i).replace('&', '')!r}"
            faults += look_at_page(window.case_page, where, "")
    for where, open_it in _dialogs(window, role, templates["identity"], tmp_path).items():
        faults += walk.check_dialogs_from(open_it, where, width, height, look_at_dialog)
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    faults += walk.check_dialogs_from(wizard.show, "First-run wizard", width, height, look_at_dialog)
    return faults


def _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role: str, width: int, height: int):  # noqa: ANN001, ANN202
    from fsw_desktop.ui.style import apply_style  # reason: styled as in use, as the UI fixtures do

    apply_style(qapp)
    walk.use_screen(monkeypatch, width, height - TASKBAR)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    shutil.copytree(role_templates[role], tmp_path / "p")
    database = TEMPLATES.open(tmp_path / "p")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    return window, database


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_every_page_and_dialog_fits(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, size):
    width, height = SIZES[size]
    window, database = _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, width, height)

    def page_fits(page, where: str, name: str) -> list[str]:  # noqa: ANN001
        return walk.clipped_text(page, where) + walk.hidden_columns(page, where, ESSENTIAL.get(name, ()))

    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, width, height - TASKBAR, page_fits, walk.fits)
    finally:
        window.close()
        database.close()
    assert not faults, f"{len(faults)} layout faults at {size} for a {role}:\n" + "\n".join(faults)


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_no_screen_shows_an_iso_date(qtbot, qapp, role_templates, tmp_path, monkeypatch, role):
    """One date format on screen: no page, tab or dialog of any role shows "2026-12-04" where "04 Dec 2026"
    belongs (labels, buttons, tooltips, drop-down items, date boxes, table cells and headings, previews).
    Boxes the worker types into are not looked at (fit_walker.iso_dates says why)."""
    window, database = _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, 1024, 768)
    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, 1024, 768 - TASKBAR,
                       lambda page, where, _name: walk.iso_dates(page, where),
                       lambda dialog, where, _w, _h: walk.iso_dates(dialog, where))
    finally:
        window.close()
        database.close()
    assert not faults, f"{len(faults)} ISO dates on screen for a {role}:\n" + "\n".join(faults)


def test_first_window_fits_a_small_screen(qtbot, monkeypatch, make_profile):
    """With no saved geometry the window opens within a 1024x768 screen's available area (less a taskbar)."""
    from PySide6.QtCore import QSettings  # reason: only this test clears the saved window size

    QSettings().remove("ui/main_geometry")
    walk.use_screen(monkeypatch, 1024, 768 - TASKBAR)
    window = MainWindow(make_profile(name="first-window"))
    qtbot.addWidget(window)
    assert window.width() <= 1024 and window.height() <= 768 - TASKBAR - 32  # room left for the title bar
    assert window.width() >= 900  # and still as large as suits


def test_a_cut_cell_shows_its_whole_text_as_tooltip(qtbot, monkeypatch):
    from dataclasses import dataclass  # reason: a made-up row for this test only

    from PySide6.QtCore import QEvent  # reason: as above
    from PySide6.QtGui import QHelpEvent  # reason: as above
    from PySide6.QtWidgets import QToolTip  # reason: as above

    from fsw_desktop.ui.table_model import Column, make_table  # reason: as above

    @dataclass
    class Row:
        why: str

    view, model = make_table([Column("Ref", lambda r: "R1"), Column("Why", lambda r: r.why),
                              Column("Status", lambda r: "waiting")], "Requests")
    qtbot.addWidget(view)
    model.set_rows([Row("Relationship repair +15")])  # short enough that the model gives no tooltip itself
    view.horizontalHeader().resizeSection(0, 100)
    view.horizontalHeader().resizeSection(1, 40)
    view.show()
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda _pos, text, *_a: shown.append(text)))

    def hover(column: int) -> None:
        point = view.visualRect(model.index(0, column)).center()
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))

    hover(1)
    assert shown == ["Relationship repair +15"]
    hover(0)  # "R1" fits: no tooltip
    assert shown == ["Relationship repair +15"]

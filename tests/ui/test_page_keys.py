"""Each page name has one shortcut on every desk, and no two pages of one desk share a key."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from fsw_desktop.ui.main_window import PAGE_KEYS, MainWindow, pages_for


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_no_two_pages_of_a_desk_share_a_key(role):
    keys = [PAGE_KEYS[name] for name in pages_for(role)]
    assert len(set(keys)) == len(keys)


def test_visits_is_the_same_key_for_a_worker_and_a_visits_hall():
    assert "Visits" in pages_for("worker") and "Visits" in pages_for("visitor-centre")
    assert PAGE_KEYS["Visits"] == "Ctrl+3"


@pytest.mark.parametrize("role", ["worker", "visitor-centre"])
def test_the_go_menu_uses_each_page_names_own_key(qtbot, make_profile, role):
    window = MainWindow(make_profile(role=role, name=f"keys-{role}"))
    qtbot.addWidget(window)
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    shown = {a.text(): a.shortcut() for a in go.actions() if a.text() in window.pages}
    assert shown == {name: QKeySequence(PAGE_KEYS[name]) for name in window.pages}
    window.go_to("Today")
    next(a for a in go.actions() if a.text() == "Visits").trigger()
    assert window.stack.currentWidget() is window.pages["Visits"]


def test_back_from_a_case_returns_to_the_page_it_was_opened_from(qtbot, demo_profile):
    from fsw_desktop.services.casework import casework  # reason: only this test needs a case id
    from fsw_desktop.services.desk.session import open_session  # reason: as above
    from fsw_desktop.ui.pages.case_page import CasePage  # reason: as above
    from tests.profiles import TEMPLATES  # reason: as above

    database = TEMPLATES.open(demo_profile)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    with open_session(database) as s:
        case_id = casework.caseload(s, "all")[0].id
    window.go_to("Today")
    page = window.open_case(case_id)
    assert isinstance(page, CasePage) and page.back_button.text() == "← Today"
    page.back_button.click()
    assert window.stack.currentWidget() is window.pages["Today"]
    window.go_to("Caseload")
    page = window.open_case(case_id)
    assert page.back_button.text() == "← Caseload"
    page.back.emit()
    assert window.stack.currentWidget() is window.pages["Caseload"]
    window.close()


"""An empty list says why and what to do, on screen and to a screen reader."""

from __future__ import annotations

from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.table_model import Column, make_table


def _ink(widget) -> int:  # noqa: ANN001
    image = widget.viewport().grab().toImage()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) & 0xFFFFFF < 0xB0B0B0)


def test_the_sentence_shows_only_while_empty(qtbot):
    view, model = make_table([Column("Name", lambda r: r)], "Things", empty="Nothing here yet. Add one with Alt+A.")
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.horizontalHeader().hide()
    view.show()
    assert view.accessibleDescription() == "Nothing here yet. Add one with Alt+A."
    with_sentence = _ink(view)
    view.set_empty_text("")
    assert _ink(view) == 0 < with_sentence  # the sentence is drawn, and nothing else is
    view.set_empty_text("Nothing here yet. Add one with Alt+A.")
    model.set_rows(["one"])
    assert view.accessibleDescription() == ""
    view.set_empty_text("Changed")
    assert view.accessibleDescription() == ""  # not while there are rows
    model.set_rows([])
    assert view.accessibleDescription() == "Changed"


def test_a_new_profile_explains_its_empty_pages(qtbot, make_profile):
    window = MainWindow(make_profile(name="empty"))
    qtbot.addWidget(window)
    window.show()
    caseload = window.go_to("Caseload")
    assert "New referral" in caseload.table.accessibleDescription()
    applications = window.go_to("Applications")
    assert "New application" in applications.table.accessibleDescription()
    applications.due.setCurrentIndex(applications.due.findData("overdue"))
    assert "Choose All" in applications.table.accessibleDescription()
    sync = window.go_to("Sync")
    assert "Pair" in sync.peers_view.accessibleDescription()


def test_a_filter_that_hides_everything_says_so(qtbot, make_profile):
    from datetime import date

    from fsw_desktop.services.casework import referrals
    from fsw_desktop.services.desk.session import open_session

    db = make_profile(name="filtered")
    with open_session(db) as s:
        referrals.create_referral(s, referrals.ReferralInput(date(2026, 3, 2), "Self", "Osric", "Pellinore"),
                                  today=date(2026, 11, 1))
        s.commit()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    caseload = window.go_to("Caseload")
    assert caseload.proxy.rowCount() == 1 and caseload.table.accessibleDescription() == ""
    caseload.search.setText("Nobody-by-this-name")
    assert caseload.proxy.rowCount() == 0
    assert "No cases match" in caseload.table.accessibleDescription()
    caseload.search.setText("")
    caseload.stage.setCurrentIndex(caseload.stage.findData("active"))
    assert "No cases match" in caseload.table.accessibleDescription()
    directory = window.go_to("Directory")
    if directory.model.rows:
        directory.filter.setText("zzzz-no-such-agency")
        assert "No agencies match" in directory.table.accessibleDescription()


def test_the_page_own_description_stays_beside_the_sentence(qtbot):
    view, model = make_table([Column("Name", lambda r: r)], "Things", empty="Nothing yet.")
    qtbot.addWidget(view)
    view.setAccessibleDescription("Enter edits, Delete removes")
    assert view.accessibleDescription() == "Nothing yet. Enter edits, Delete removes"
    model.set_rows(["one"])
    assert view.accessibleDescription() == "Enter edits, Delete removes"
    model.set_rows([])
    assert view.accessibleDescription() == "Nothing yet. Enter edits, Delete removes"

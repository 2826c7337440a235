"""Review fixes on the Applications and Today pages, on the real widgets (offscreen).

A1 Change status offers no "responded"; A2 a declined application gets its slip;
A3 Today dates an unacknowledged application by its acknowledgement deadline;
A5 figures for a chosen period, safe on 29 February; A6 History shows internal notes;
C5 the releases heading follows the setting. Names are synthetic.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMessageBox

from fsw_desktop.services.applications import applications as apps
from fsw_desktop.services.desk import settings
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.forms import qdate
from fsw_desktop.services.supervision.summary import default_period as last_twelve_months
from fsw_desktop.ui.pages.applications_page import ApplicationsPage
from fsw_desktop.ui.pages.today_page import TodayPage

MENU_LETTERS = {"f", "g", "p", "h"}  # the main window's menus: &File, &Go, Data &protection, &Help


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.message.text()


def _receive(db, at: datetime, name: str = "Tamsin Orrell", **moves) -> str:
    with open_session(db) as s:
        app = apps.receive(s, at, "applications box", "contact my family", "Please ring my brother.",
                           prisoner_name=name, prison_number="A3456CD")
        for to, on in moves.items():
            apps.change_status(s, app.id, to.replace("_", " "), note=f"internal: {to} by phone", today=on,
                               forwarded_to="Healthcare" if to == "forwarded" else "")
        s.commit()
        return app.id


@pytest.fixture
def page(qtbot, db):
    p = ApplicationsPage(lambda: open_session(db))
    qtbot.addWidget(p)
    p.show()
    return p


def _select(page: ApplicationsPage, app_id: str) -> None:
    page.refresh()
    page.table.selectRow([r.id for r in page.model.rows].index(app_id))


def test_change_status_does_not_offer_responded(page, db):
    app_id = _receive(db, datetime(2026, 3, 2, 9, 0), acknowledged=date(2026, 3, 2))
    _select(page, app_id)
    form = page.change_status()
    choices = [form.widgets["to"].itemText(i) for i in range(form.widgets["to"].count())]
    assert choices == ["in progress", "declined", "forwarded"]
    assert "use Respond" in form.findChild(QLabel, "Muted").text()
    form.reject()


def test_declined_application_gets_a_response_and_a_slip(page, db, tmp_path):
    app_id = _receive(db, datetime(2026, 3, 2, 9, 0), declined=date(2026, 3, 3))
    _select(page, app_id)
    reply = page.respond()
    reply.widgets["response"].setPlainText("We cannot ring your brother: he has asked us not to pass on messages.")
    reply.widgets["outcome"].setText("Not possible this time")
    reply.widgets["bad_news"].setChecked(True)
    _save(reply)
    _select(page, app_id)
    assert page.current().status == "declined"
    pdf = page.print_slip(str(tmp_path / "slip.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Not possible this time" in text and "in person, in private" in text


def test_history_button_shows_internal_notes(page, db):
    app_id = _receive(db, datetime(2026, 3, 2, 9, 0), acknowledged=date(2026, 3, 2), in_progress=date(2026, 3, 3))
    _select(page, app_id)
    buttons = {b.accessibleName(): b for b in page.findChildren(QAbstractButton)}
    assert "History" in buttons
    letters = [m.group(1).lower() for b in buttons.values() if (m := re.search(r"&(\w)", b.text()))]
    history = re.search(r"&(\w)", buttons["History"].text()).group(1).lower()
    assert history == "i" and letters.count(history) == 1 and history not in MENU_LETTERS
    dialog = page.show_history()
    rows = dialog.model.rows
    assert [(r.status_from, r.status_to) for r in rows] == [("", "received"), ("received", "acknowledged"),
                                                            ("acknowledged", "in progress")]
    assert [r.note for r in rows][1:] == ["internal: acknowledged by phone", "internal: in_progress by phone"]
    shown = [dialog.model.index(2, c).data() for c in range(dialog.model.columnCount())]
    assert "internal: in_progress by phone" in shown
    assert not dialog.model.flags(dialog.model.index(2, 4)) & Qt.ItemFlag.ItemIsEditable  # read-only
    dialog.reject()


def test_figures_period_is_chosen_and_safe_on_29_february(page, db, qtbot):
    assert last_twelve_months(date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))
    assert last_twelve_months(date(2026, 11, 23)) == (date(2025, 11, 24), date(2026, 11, 23))
    _receive(db, datetime(2026, 3, 2, 9, 0))
    _receive(db, datetime(2025, 6, 2, 9, 0), name="Pell Ashgrove")
    f = page.show_figures(end=date(2028, 2, 29), show=False)  # crashed before: end.replace(year=2027)
    assert (f.start, f.end, f.total) == (date(2027, 3, 1), date(2028, 2, 29), 0)

    form = page.choose_figures()
    start, end = last_twelve_months(date.today())
    assert (form.values()["start"], form.values()["end"]) == (start, end)

    form.widgets["start"].setDate(qdate(date(2026, 3, 31)))
    form.widgets["end"].setDate(qdate(date(2026, 3, 1)))
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert form.isVisible() and "end of the period cannot be before its start" in form.message.text()
    form.widgets["start"].setDate(qdate(date(2026, 3, 1)))
    form.widgets["end"].setDate(qdate(date(2026, 3, 31)))
    _save(form)
    assert page.figures_text.startswith("01 Mar 2026 to 31 Mar 2026: 1 applications")
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "01 Mar 2026 to 31 Mar 2026" in boxes[-1].windowTitle()
    for b in boxes:
        b.close()


def test_today_dates_an_application_by_the_deadline_that_counts(qtbot, db):
    waiting = _receive(db, datetime(2026, 3, 9, 9, 0), name="Wren Waiting")  # ack due Tue 10, response Thu 12
    _receive(db, datetime(2026, 3, 5, 9, 0), name="Abel Acked", acknowledged=date(2026, 3, 6))  # response Tue 10
    today = TodayPage(lambda: open_session(db))
    qtbot.addWidget(today)
    today.refresh(today=date(2026, 3, 10))
    top = today.tree.topLevelItem(today.tree.topLevelItemCount() - 1)
    lines = {top.child(i).text(0).split("  ", 1)[1]: (top.child(i).text(1), top.child(i).text(2))
             for i in range(top.childCount())}
    assert lines["Wren Waiting"] == ("contact my family: acknowledgement due today (received)", "10 Mar 2026")
    assert lines["Abel Acked"] == ("contact my family: response due today (acknowledged)", "10 Mar 2026")
    with open_session(db) as s:
        row = next(r for r in apps.listing(s, date(2026, 3, 10)) if r.id == waiting)
    assert row.response_due == date(2026, 3, 12)  # the date shown before the fix


def test_today_release_heading_follows_the_setting(qtbot, db):
    today = TodayPage(lambda: open_session(db))
    qtbot.addWidget(today)

    def heading() -> str:
        today.refresh(today=date(2026, 3, 10))
        texts = [today.tree.topLevelItem(i).text(0) for i in range(today.tree.topLevelItemCount())]
        return next(t for t in texts if t.startswith("Releases"))

    assert heading() == "Releases within 8 weeks (0)"
    for weeks, text in ((3, "Releases within 3 weeks (0)"), (1, "Releases within 1 week (0)")):
        with open_session(db) as s:
            settings.put(s, "release_warning_weeks", weeks)
            s.commit()
        assert heading() == text


def test_the_page_warns_when_bank_holidays_run_out(qtbot, make_profile):
    from datetime import date

    from fsw_desktop.ui.main_window import MainWindow

    window = MainWindow(make_profile(name="holidays"))
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("Applications")
    page.refresh(today=date(2026, 11, 23))
    assert not page.holiday_warning.isVisible()
    page.refresh(today=date(2030, 11, 1))
    assert page.holiday_warning.isVisible() and "31 Dec 2030" in page.holiday_warning.text()

"""Applications on the real widgets: from intake to a printed response slip (the PDF holds the outcome),
the status choices, history, figures for a chosen period, and the deadline Today shows."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMessageBox

from fsw_desktop.services.applications import applications as apps
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.supervision.summary import default_period as last_twelve_months
from fsw_desktop.ui.forms import qdate
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.pages.applications_page import ApplicationsPage
from fsw_desktop.ui.pages.today_page import TodayPage

MENU_LETTERS = {"f", "g", "p", "h"}  # the main window's menus: &File, &Go, Data &protection, &Help


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.message.text()


def test_intake_to_printed_response(qtbot, make_profile, tmp_path):
    db = make_profile()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Applications")
    assert page.model.rowCount() == 0
    new = page.new_application()
    new.widgets["prisoner_name"].setText("Jory Tallowmere")
    new.widgets["prison_number"].setText("A7654ZX")
    new.widgets["kind"].setCurrentText("arrange a visit")
    new.widgets["words"].setPlainText("Please help my mum book a visit, she does not know how.")
    _save(new)
    assert page.model.rowCount() == 1 and page.model.rows[0].status == "received"
    page.table.selectRow(0)

    # responding before acknowledging is refused with a message
    early = page.respond()
    early.widgets["response"].setPlainText("x")
    early.widgets["outcome"].setText("y")
    early.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert early.isVisible() and "cknowledge" in early.message.text()
    early.reject()

    status = page.change_status()
    status.widgets["to"].setCurrentText("acknowledged")
    _save(status)
    page.table.selectRow(0)
    reply = page.respond()
    reply.widgets["response"].setPlainText("We phoned your mum and explained how to book.")
    reply.widgets["outcome"].setText("A visit is booked for Saturday 5 December")
    _save(reply)
    page.table.selectRow(0)
    assert page.model.rows[0].status == "responded"
    pdf = page.print_slip(str(tmp_path / "slip.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "A visit is booked for Saturday 5 December" in text
    assert "Please help my mum book a visit" in text


def test_figures_and_one_step_onward(qtbot, make_profile):
    from datetime import datetime, timedelta

    from fsw_desktop.models.applications import Application
    from fsw_desktop.models.cases import Case
    from fsw_desktop.services.applications import applications as apps
    from fsw_desktop.services.desk.session import open_session

    db = make_profile()
    with open_session(db) as s:
        apps.receive(s, datetime.now() - timedelta(days=10), "applications box", "find my family",
                     "I lost touch with my daughter", prisoner_name="Ansel Greywater", prison_number="A1111AA")
        s.commit()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Applications")
    assert page.model.rows[0].due_state == "overdue"
    figures = page.show_figures(show=False)
    assert figures.total == 1 and "find my family: 1" in page.figures_text
    page.table.selectRow(0)
    case_id = page.open_referral()
    with open_session(db) as s:
        case = s.get(Case, case_id)
        assert "I lost touch with my daughter" in case.referral_reasons
        assert s.get(Application, page.model.rows[0].id).case_id == case_id


def test_onward_to_a_visit_and_a_family_day_from_the_page(qtbot, make_profile):
    from datetime import date, datetime, timedelta

    from sqlalchemy import select

    from fsw_desktop.models.applications import Application
    from fsw_desktop.models.people import Person
    from fsw_desktop.services.applications import applications as apps
    from fsw_desktop.services.visits import family_days as fd
    from fsw_desktop.services.casework import referrals
    from fsw_desktop.services.visits import visits
    from fsw_desktop.services.visits import calendar
    from fsw_desktop.services.visits import visitors
    from fsw_desktop.services.desk.session import open_session

    db = make_profile()
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=30), source="Probation", prisoner_given="Lorcan",
            prisoner_family="Quillby", prison_number="A7654ZY"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        partner = visitors.add_visitor(s, "Senna", "Quillby", date(1991, 2, 3), "partner", case.id, today=today)
        calendar.add_template(s, "Every day", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00", "Hall",
                            today - timedelta(days=7), None, 1, 5, 1)
        day = fd.add_family_day(s, today + timedelta(days=40), "general", "Summer family day", 4, 10,
                                clearance_deadline=today + timedelta(days=30))
        apps.receive(s, datetime.now() - timedelta(hours=2), "applications box", "arrange a visit",
                     "Please book Senna in", prisoner_id=prisoner.id)
        s.commit()
        app_id, partner_id, day_id = s.execute(select(Application.id)).scalar(), partner.id, day.id
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Applications")
    page.table.selectRow(0)
    assert [a.text().replace("&", "") for a in page.onward.menu().actions()] == [
        "Open a referral", "Book a visit…", "Request a family-day place…"]

    dialog = page.book_visit()
    dialog.set_visitors([partner_id])
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled())
    dialog.book_button.click()
    with open_session(db) as s:
        app = s.get(Application, app_id)
        assert app.booking_id and app.status == "acknowledged"
        assert visits.booking_detail(s, app.booking_id).from_applications == (app.ref,)
    page.table.selectRow(0)
    form = page.request_family_day()
    _save(form)
    with open_session(db) as s:
        app = s.get(Application, app_id)
        assert app.family_day_request_id
        assert [r.request_id for r in fd.ranked_requests(s, day_id)] == [app.family_day_request_id]
    assert "visit " in page.model.rows[0].led_to and "family day " in page.model.rows[0].led_to


# --- the Applications page on its own --------------------------------------------------------------


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
    top = today.group_item("now")
    lines = {top.child(i).text(1).split("  ", 1)[1]: (top.child(i).text(2), top.child(i).text(3))
             for i in range(top.childCount()) if top.child(i).text(0) == "Application"}
    def line(name: str) -> tuple[str, str]:
        return next(v for k, v in lines.items() if k.startswith(name))  # the name, then the prison number

    assert line("Wren Waiting") == ("contact my family: acknowledgement due today (received)", "10 Mar 2026")
    assert line("Abel Acked") == ("contact my family: response due today (acknowledged)", "10 Mar 2026")
    with open_session(db) as s:
        row = next(r for r in apps.listing(s, date(2026, 3, 10)) if r.id == waiting)
    assert row.response_due == date(2026, 3, 12)  # the date shown before the fix


def test_the_page_warns_when_bank_holidays_run_out(qtbot, make_profile):
    window = MainWindow(make_profile(name="holidays"))
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("Applications")
    page.refresh(today=date(2026, 11, 23))
    assert not page.holiday_warning.isVisible()
    page.refresh(today=date(2030, 11, 1))
    assert page.holiday_warning.isVisible() and "31 Dec 2030" in page.holiday_warning.text()

"""From intake to a printed response slip on the real widgets; the PDF holds the outcome."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from fsw_desktop.ui.main_window import MainWindow


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
    from fsw_desktop.services.desk.session import open_session

    db = make_profile()
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=30), source="Probation", prisoner_given="Lorcan",
            prisoner_family="Quillby", prison_number="A7654ZY"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        partner = visits.add_visitor(s, "Senna", "Quillby", date(1991, 2, 3), "partner", case.id, today=today)
        visits.add_template(s, "Every day", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00", "Hall",
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

"""Booking a visit and allocating family-day places on the real widgets; the printed list holds the names."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt

from fsw_desktop.services import family_days, referrals, visits
from fsw_desktop.services.people import PersonInput, add_person
from fsw_desktop.services.session import open_session
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.pages.visits_page import monday_of


def _setup(db):
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(today - timedelta(days=30), "Self", "Hadrian",
                                                                    "Vexbridge", prison_number="A1234BC"))
        s.flush()
        prisoner = next(p for p in case.people if p.is_prisoner)
        adult, _ = add_person(s, case.id, PersonInput(given_name="Ottilie", family_name="Vexbridge",
                                                      relationship="partner", date_of_birth=date(1990, 5, 1)))
        child, _ = add_person(s, case.id, PersonInput(given_name="Pip", family_name="Vexbridge",
                                                      relationship="child", date_of_birth=today - timedelta(days=7 * 365)))
        template = visits.add_template(s, "Afternoon visits", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                       "16:00", "Main hall", today - timedelta(days=60), None, 1, 1, 1)
        day = family_days.add_family_day(s, today + timedelta(days=20), "general", "Winter family day", 1, 10,
                                         clearance_deadline=today + timedelta(days=10), place="Gym")
        s.commit()
        return prisoner.id, adult.id, child.id, template.id, day.id


def test_booking_flow_then_full_session_offers_waiting_list(qtbot, make_profile):
    db = make_profile()
    prisoner, adult, child, template, _day = _setup(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Visits")
    visit_day = date.today() + timedelta(days=3)
    page.monday = monday_of(visit_day)
    page.refresh()
    column = (visit_day - page.monday).days
    item = page.grid.item(0, column)
    assert "Open 0/1" in item.text()
    page.grid.setCurrentCell(0, column)
    dialog = page.book(prisoner)
    assert dialog.slot.currentData() == template
    assert not dialog.book_button.isEnabled()  # no visitors yet: no adult
    dialog.set_visitors([child])
    assert "adult" in dialog.check_label.text().lower() and not dialog.book_button.isEnabled()
    dialog.set_visitors([adult, child])
    assert dialog.lead.currentData() == adult
    assert dialog.book_button.isEnabled(), dialog.check_label.text()
    assert "First visit" in dialog.check_label.text()
    dialog.book_button.click()
    assert dialog.booking is not None and dialog.booking.ref.startswith("B-")
    assert "Open 1/1" in page.grid.item(0, column).text()
    assert page.model.rowCount() == 1 and page.model.rows[0].first_visit

    # the session is now full: another family's booking is refused, the waiting list is offered
    with open_session(db) as s:
        other = referrals.create_referral(s, referrals.ReferralInput(date.today() - timedelta(days=9), "Self",
                                                                     "Lucan", "Marrowdale"))
        other_prisoner = next(p for p in other.people if p.is_prisoner).id
        visitor, _ = add_person(s, other.id, PersonInput(given_name="Ines", family_name="Marrowdale",
                                                         relationship="sibling", date_of_birth=date(1985, 1, 1)))
        s.commit()
        visitor = visitor.id
    again = page.book(other_prisoner)
    again.set_visitors([visitor])
    assert not again.book_button.isEnabled() and again.wait_button.isEnabled(), again.check_label.text()
    assert "FULL" in again.check_label.text()
    again.wait_button.click()
    assert again.booking.waiting_list
    assert "1 waiting" in page.grid.item(0, column).text()


def test_family_day_allocation_and_printed_lists(qtbot, make_profile, tmp_path):
    db = make_profile()
    prisoner, adult, child, _template, day = _setup(db)
    with open_session(db) as s:
        family_days.request_place(s, day, prisoner, [adult, child], requested_on=date.today())
        s.commit()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Family days")
    assert page.days_model.rowCount() == 1
    assert page.requests_model.rowCount() == 1
    row = page.requests_model.rows[0]
    assert row.status == "requested" and row.effective > 0
    assert "First-time family" in page.requests_model.index(0, 5).data()
    page.allocate()
    assert page.requests_model.rows[0].status == "allocated"
    pdf = page.print_list("attendees", str(tmp_path / "attendees.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Ottilie Vexbridge" in text and "Pip Vexbridge" in text
    security = page.print_list("security", str(tmp_path / "security.pdf"))
    assert "Ottilie Vexbridge" in " ".join(" ".join(p.extract_text() for p in PdfReader(str(security)).pages).split())
    csv_path = page.save_csv(str(tmp_path / "attendees.csv"))
    assert "Pip Vexbridge" in csv_path.read_text()

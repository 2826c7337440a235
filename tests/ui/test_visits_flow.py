"""Booking a visit and allocating family-day places on the real widgets; the printed list holds the names."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fsw_desktop.services.visits import family_days, visit_rules, visits

from fsw_desktop.services.visits import calendar

from fsw_desktop.services.visits import visitors
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits.calendar import SessionSlot
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
        template = calendar.add_template(s, "Afternoon visits", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00",
                                       "16:00", "Main hall", today - timedelta(days=60), None, 1, 1, 1)
        day = family_days.add_family_day(s, today + timedelta(days=20), "general", "Winter family day", 1, 10,
                                         clearance_deadline=today + timedelta(days=10), place="Gym")
        s.commit()
        return prisoner.id, adult.id, child.id, template.id, day.id


def _setup_with_an_uncle(db, deadline_in_days: int = 10):
    """A prisoner with a partner and an uncle, a daily session with two open tables, and a family day."""
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(today - timedelta(days=30), "Self", "Hadrian",
                                                                    "Quillfeather", prison_number="A1234BC"))
        s.flush()
        prisoner = next(p for p in case.people if p.is_prisoner)
        partner, _ = add_person(s, case.id, PersonInput(given_name="Ottilie", family_name="Quillfeather",
                                                        relationship="partner", date_of_birth=date(1990, 5, 1)))
        uncle, _ = add_person(s, case.id, PersonInput(given_name="Oren", family_name="Quillfeather",
                                                      relationship="sibling", date_of_birth=date(1980, 5, 1)))
        template = calendar.add_template(s, "Afternoon visits", list(calendar.WEEKDAYS), "14:00", "16:00", "Main hall",
                                       today - timedelta(days=60), None, 1, 2, 1)
        day = family_days.add_family_day(s, today + timedelta(days=20), "general", "Winter family day", 5, 20,
                                         clearance_deadline=today + timedelta(days=deadline_in_days), place="Gym")
        s.commit()
        return prisoner.id, partner.id, uncle.id, template.id, day.id


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()



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


def test_waiting_list_only_offered_when_the_session_is_full(qtbot, make_profile):
    db = make_profile()
    prisoner, partner, _uncle, template, _day = _setup_with_an_uncle(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    page = w.go_to("Visits")
    page.selected = (template, date.today() + timedelta(days=3))
    dialog = page.book(prisoner)
    dialog.set_visitors([partner])
    assert dialog.book_button.isEnabled(), dialog.check_label.text()
    assert not dialog.wait_button.isEnabled() and not dialog.over_button.isEnabled()
    dialog.close_without_asking()  # a test clean-up: the booking is not wanted


def test_a_booths_only_session_is_coloured_by_its_booths(qtbot, make_profile):
    window = MainWindow(make_profile(name="booths"))
    qtbot.addWidget(window)
    page = window.go_to("Visits")

    def colour(**kw) -> str:  # noqa: ANN003
        slot = SessionSlot("t", date(2026, 11, 24), "14:00", "16:00", "Booths", **kw)
        return page._item(slot).background().color().name()

    assert colour(open_capacity=0, closed_capacity=4) == "#dafbe1"  # free booths: not "full"
    assert colour(open_capacity=0, closed_capacity=4, booked_closed=4) == "#ffebe9"
    assert colour(open_capacity=10, closed_capacity=2, booked_open=10) == "#ffebe9"
    assert colour(open_capacity=10, closed_capacity=2, booked_open=1) == "#dafbe1"



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
    assert "First-time family" in page.requests_model.index(0, 7).data()
    page.allocate().confirm()  # the proposal first, stored once confirmed
    assert page.requests_model.rows[0].status == "allocated"
    pdf = page.print_list("attendees", str(tmp_path / "attendees.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Ottilie Vexbridge" in text and "Pip Vexbridge" in text
    security = page.print_list("security", str(tmp_path / "security.pdf"))
    assert "Ottilie Vexbridge" in " ".join(" ".join(p.extract_text() for p in PdfReader(str(security)).pages).split())
    csv_path = page.save_csv(str(tmp_path / "attendees.csv"))
    assert "Pip Vexbridge" in csv_path.read_text()
    from fsw_desktop.services.data_protection import audit

    with open_session(db) as s:
        trail = [(e.action, e.record_table, e.detail) for e in audit.entries(s, action=None)
                 if e.record_table == "family_days" and e.action in ("printed", "exported")]
    assert sorted(a for a, _t, _d in trail) == ["exported", "printed", "printed"]  # one entry each, no names
    assert not [d for _a, _t, d in trail if "Vexbridge" in d]


def test_rules_templates_status_and_visitor_restrictions_from_the_page(qtbot, make_profile):
    db = make_profile()
    prisoner, adult, child, template, _day = _setup(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Visits")

    rules = page.edit_rules()
    rules.widgets["adult_age"].setValue(16)
    _save(rules)
    with open_session(db) as s:
        assert visit_rules.get_rules(s).adult_age == 16

    tmpl = page.new_template()
    tmpl.widgets["weekdays"].setText("XX")
    _save(tmpl)
    assert tmpl.isVisible() and tmpl.message.text()  # a bad weekday is refused with a message
    tmpl.widgets["weekdays"].setText("SA SU")
    tmpl.widgets["starts"].setText("10:00")
    tmpl.widgets["ends"].setText("11:30")
    _save(tmpl)
    assert not tmpl.isVisible(), tmpl.message.text()

    visit_day = date.today() + timedelta(days=3)
    with open_session(db) as s:
        booking, _ = visits.book(s, prisoner, template, visit_day, [adult, child], adult)
        s.commit()
    page.selected = (template, visit_day)
    page.refresh()
    page.table.selectRow(0)
    status = page.change_status()
    status.widgets["status"].setCurrentText("cancelled")
    _save(status)
    assert page.model.rows[0].status == "cancelled"

    page.table.selectRow(0)
    restrict = page.visitor_status()
    restrict.widgets["person_id"].setCurrentIndex(restrict.widgets["person_id"].findData(adult))
    restrict.widgets["action"].setCurrentIndex(restrict.widgets["action"].findData("ban"))
    restrict.widgets["reason"].setPlainText("Passed an item in the hall")
    _save(restrict)
    with open_session(db) as s:
        check = visits.check_booking(s, prisoner, template, visit_day, [adult], adult)
    assert any("Passed an item" in e for e in check.errors)


def test_change_status_offers_only_the_chosen_status_reasons(qtbot, make_profile):
    db = make_profile()
    prisoner, partner, _uncle, template, _day = _setup_with_an_uncle(db)
    visit_day = date.today() + timedelta(days=3)
    with open_session(db) as s:
        booking, _ = visits.book(s, prisoner, template, visit_day, [partner], partner)
        booking.status = "requested"  # asked for by the family
        s.commit()
    w = MainWindow(db)
    qtbot.addWidget(w)
    page = w.go_to("Visits")
    page.selected = (template, visit_day)
    page.refresh()
    page.table.selectRow(0)
    form = page.change_status()
    reasons = form.widgets["reason"]

    def offered() -> list[str]:
        return [reasons.itemData(i) for i in range(reasons.count())]

    assert form.widgets["status"].currentData() == "booked"
    assert offered() == list(visits.REASON_CODES["booked"])
    form.widgets["status"].setCurrentIndex(form.widgets["status"].findData("rejected"))
    assert offered() == list(visits.REASON_CODES["rejected"])
    reasons.setCurrentIndex(reasons.findData("Visitor banned"))
    _save(form)
    assert not form.isVisible(), form.message.text()
    assert (page.model.rows[0].status, page.model.rows[0].status_reason) == ("rejected", "Visitor banned")



def test_request_a_place_and_clear_attendees_from_the_page(qtbot, make_profile):
    db = make_profile()
    prisoner, adult, child, _template, _day = _setup(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Family days")
    dialog = page.request_place()
    dialog.widgets["prisoner_id"].setCurrentIndex(dialog.widgets["prisoner_id"].findData(prisoner))
    dialog.widgets["repair"].setChecked(True)
    _save(dialog)
    assert not dialog.isVisible(), dialog.message.text()
    assert page.requests_model.rowCount() == 1
    assert "Relationship to repair" in page.requests_model.index(0, 7).data()
    page.requests_view.selectRow(0)
    clear = page.clearance()
    keys = [k for k in clear.widgets if k.startswith("c:")]
    assert len(keys) == 2
    for k in keys:
        clear.widgets[k].setCurrentText("cleared")
    _save(clear)
    with open_session(db) as s:
        rows = family_days.attendee_list(s, page.current_day().id, include_waiting=True)
    assert {r.clearance for r in rows} == {"cleared"}


def test_family_day_request_names_who_is_left_out_and_a_late_request(qtbot, make_profile, monkeypatch):
    db = make_profile()
    prisoner, partner, uncle, _template, day = _setup_with_an_uncle(db, deadline_in_days=-1)  # clearance was due yesterday
    with open_session(db) as s:
        visitors.set_ban(s, uncle, "Passed an item at a visit", None)
        s.commit()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text)))
    w = MainWindow(db)
    qtbot.addWidget(w)
    page = w.go_to("Family days")
    dialog = page.request_place()
    dialog.widgets["prisoner_id"].setCurrentIndex(dialog.widgets["prisoner_id"].findData(prisoner))
    _save(dialog)
    assert not dialog.isVisible(), dialog.message.text()
    assert page.requests_model.rowCount() == 1
    assert page.requests_model.rows[0].names == ["Ottilie Quillfeather"]  # the banned uncle is not put forward
    assert len(shown) == 1
    assert "Left out: Oren Quillfeather is banned from visiting" in shown[0]
    assert "Security clearance for this family day was due by" in shown[0]
    with open_session(db) as s:
        assert family_days.family_for_day(s, day, prisoner) == [partner]

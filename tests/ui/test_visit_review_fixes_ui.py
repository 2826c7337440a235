"""Regression tests on the real widgets for the visits and family-days review: what the worker is offered."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fsw_desktop.services.visits import family_days, visits
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.main_window import MainWindow


def _setup(db, deadline_in_days: int = 10):
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
        template = visits.add_template(s, "Afternoon visits", list(visits.WEEKDAYS), "14:00", "16:00", "Main hall",
                                       today - timedelta(days=60), None, 1, 2, 1)
        day = family_days.add_family_day(s, today + timedelta(days=20), "general", "Winter family day", 5, 20,
                                         clearance_deadline=today + timedelta(days=deadline_in_days), place="Gym")
        s.commit()
        return prisoner.id, partner.id, uncle.id, template.id, day.id


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_waiting_list_only_offered_when_the_session_is_full(qtbot, make_profile):
    db = make_profile()
    prisoner, partner, _uncle, template, _day = _setup(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    page = w.go_to("Visits")
    page.selected = (template, date.today() + timedelta(days=3))
    dialog = page.book(prisoner)
    dialog.set_visitors([partner])
    assert dialog.book_button.isEnabled(), dialog.check_label.text()
    assert not dialog.wait_button.isEnabled() and not dialog.over_button.isEnabled()
    dialog.close()


def test_change_status_offers_only_the_chosen_status_reasons(qtbot, make_profile):
    db = make_profile()
    prisoner, partner, _uncle, template, _day = _setup(db)
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


def test_family_day_request_names_who_is_left_out_and_a_late_request(qtbot, make_profile, monkeypatch):
    db = make_profile()
    prisoner, partner, uncle, _template, day = _setup(db, deadline_in_days=-1)  # clearance was due yesterday
    with open_session(db) as s:
        visits.set_ban(s, uncle, "Passed an item at a visit", None)
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


def test_a_booths_only_session_is_coloured_by_its_booths(qtbot, make_profile):
    from datetime import date

    from fsw_desktop.services.visits.visits import SessionSlot
    from fsw_desktop.ui.main_window import MainWindow

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

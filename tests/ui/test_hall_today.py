"""The visits hall's Today, its search, a whole session's outcomes at once, and a new visitor's date of birth."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import Booking
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, visitors, visits
from fsw_desktop.services.visits import family_days as fd
from fsw_desktop.ui.form_dialog import Field, FormDialog, FormSpec
from fsw_desktop.ui.forms import DraftForm
from fsw_desktop.ui.main_window import MainWindow
from tests.ui.conftest import unlock

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _family(s, name: str, number: str) -> tuple[Person, Person]:
    case = referrals.create_referral(s, referrals.ReferralInput(date.today() - timedelta(days=60), "Self", "Dario",
                                                                name, prison_number=number))
    s.flush()
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visitors.add_visitor(s, "Mara", name, date(1990, 5, 1), "partner", case.id)
    return prisoner, partner


def _hall(db) -> tuple[str, str, str]:
    """A session only on tomorrow's weekday with one booking tomorrow; one booked visit held three days ago."""
    today = date.today()
    tomorrow, past = today + timedelta(days=1), today - timedelta(days=3)
    with open_session(db) as s:
        prisoner, partner = _family(s, "Quillhaven", "A7001AA")
        other, other_partner = _family(s, "Rushworth", "A7001AB")
        soon = calendar.add_template(s, "Tomorrow's visits", [WEEKDAYS[tomorrow.weekday()]], "14:00", "16:00",
                                     "Visits hall", today - timedelta(days=60), None, 1, 12, 2)
        held = calendar.add_extra_session(s, past, "10:00", "12:00", "Visits hall", 10, 1)
        booking, _ = visits.book(s, prisoner.id, soon.id, tomorrow, [partner.id], partner.id, today=today)
        first, _ = visits.book(s, prisoner.id, held.id, past, [partner.id], partner.id, today=past - timedelta(days=2))
        second, _ = visits.book(s, other.id, held.id, past, [other_partner.id], other_partner.id,
                                today=past - timedelta(days=2))
        s.commit()
        return booking.id, first.id, second.id


def test_today_shows_tomorrow_and_opens_the_booking(qtbot, make_profile):
    db = make_profile(role="visitor-centre", name="hall")
    booking_id, _first, _second = _hall(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Today")
    groups = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    texts = [g.text(0) for g in groups]
    assert any(t.startswith("Tomorrow") for t in texts)
    tomorrow = next(g for g in groups if g.text(0).startswith("Tomorrow"))
    session = tomorrow.child(0)
    assert session.text(1) == "1 of 14 booked, 13 left"
    assert "tomorrow 1 session (1 booked)" in page.date_label.text()
    booking = session.child(0)
    assert "Dario Quillhaven" in booking.text(0)
    page.tree.itemActivated.emit(booking, 0)
    visits_page = w.pages["Visits"]
    assert visits_page.isVisible()
    assert visits_page._current().id == booking_id  # the booking itself is selected

    # the window's search speaks of visits and families, and finds the booking on Today
    assert "case" not in w.search.placeholderText().lower()
    w.search.setText("Quillhaven")
    w._global_search()
    assert page.isVisible()
    found = page.tree.topLevelItem(0)
    assert found.text(0).startswith("Bookings for “Quillhaven”") and found.childCount() == 2


def test_outcomes_for_a_whole_session_at_once(qtbot, make_profile):
    db = make_profile(role="visitor-centre", name="hall")
    _booking, first, second = _hall(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Visits")
    with open_session(db) as s:
        held = s.get(Booking, first)
        template_id, on = held.template_id, held.on
    page.show_session(template_id, on)
    dialog = page.session_outcomes()
    assert set(dialog.combos) == {first, second}
    dialog.set_outcome(second, "visitor did not arrive")
    dialog.rest_attended()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    status = {r.id: (r.status, r.outcome) for r in page.model.rows}
    assert status == {first: ("attended", "attended"), second: ("did not attend", "visitor did not arrive")}


def test_a_required_date_has_no_default_and_is_asked_for(qtbot):
    saved = []
    spec = FormSpec("visitor", "New visitor", [Field("given", "&Given name"),
                                               Field("dob", "Date of &birth", "required-date")])
    dialog = FormDialog(None, spec, lambda values: saved.append(values))
    qtbot.addWidget(dialog)
    assert dialog.values()["dob"] is None  # nothing pre-filled: it decides adult or child
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not saved and "date of birth" in dialog.message.text()
    dialog.widgets["dob"].enabled.setChecked(True)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert saved and saved[0]["dob"] is not None


def test_families_ticked_and_moves_with_reasons_come_back_after_a_lock(qtbot, controller_for, make_profile,
                                                                        answer_yes):
    db = make_profile(role="visitor-centre", name="hall")
    with open_session(db) as s:
        day = fd.add_family_day(s, date.today() + timedelta(days=30), "general", "Lock test day", 1, 10)
        first, first_partner = _family(s, "Sandmere", "A7101AA")
        second, _ = _family(s, "Thistlecombe", "A7101AB")
        fd.request_place(s, day.id, first.id, [first_partner.id])
        s.commit()
        day_id, first_id, second_id = day.id, first.id, second.id
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    page = c.window.go_to("Family days")
    page.show_day(day_id)
    adding = page.add_families()
    adding.tick(second_id)
    allocating = page.allocate()
    request_id = allocating.proposal.allocated[0].request_id
    assert allocating.move_family(request_id, "waiting", "Family asked to wait for the summer day")
    c.lock()
    unlock(qtbot, c)
    qtbot.waitUntil(lambda: len(_drafts_open()) == 2)
    restored = {type(w).__name__: w for w in _drafts_open()}
    assert restored["FamilyDayPlacesDialog"].ticked() == [second_id]
    assert first_id not in restored["FamilyDayPlacesDialog"].ticked()
    moves = restored["AllocationDialog"].moves
    assert [(m.request_id, m.to, m.reason) for m in moves] == [
        (request_id, "waiting", "Family asked to wait for the summer day")]


def _drafts_open() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftForm) and w.isVisible()]


def test_names_keep_a_quarter_of_today_however_long_the_details(qtbot, make_profile):
    """Long details (a lead visitor's long name, a Welsh figure) once took the whole table, leaving the
    names and references three letters wide; each detail column now stops at a quarter."""
    db = make_profile(role="visitor-centre", name="hall")
    today = date.today()
    tomorrow = today + timedelta(days=1)
    with open_session(db) as s:
        prisoner, _partner = _family(s, "Quillhaven", "A7001AA")
        lead = visitors.add_visitor(s, "Maximiliana-Josephine", "Quillhaven-Featherstonehaugh-Worthington",
                                    date(1988, 3, 2), "sibling", prisoner.case_id)
        soon = calendar.add_template(s, "Tomorrow's visits", [WEEKDAYS[tomorrow.weekday()]], "14:00", "16:00",
                                     "Visits hall", today - timedelta(days=60), None, 1, 12, 2)
        visits.book(s, prisoner.id, soon.id, tomorrow, [lead.id], lead.id, today=today)
        s.commit()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 740)
    w.show()
    page = w.go_to("Today")
    QApplication.processEvents()
    header, room = page.tree.header(), page.tree.viewport().width()
    widths = [header.sectionSize(c) for c in range(4)]
    assert page.tree.sizeHintForColumn(2) > room // 4, "the long name needs more than a quarter"
    assert widths[0] >= room // 4 - 1, widths
    assert all(widths[c] <= room // 4 for c in (1, 2, 3)), widths
    assert sum(widths) <= room + 1, "nothing runs off to the side"
    shown = [item for item in page._items() if "Featherstonehaugh" in item.text(2)]
    assert shown and all(item.toolTip(2) == item.text(2) for item in shown), "a cut detail is whole in its tooltip"


def test_book_from_a_past_session_starts_from_the_coming_days(qtbot, make_profile):
    """A session already held cannot be booked; Book… from it once proposed its date, so the
    dialog opened on an error ("The visit date has passed")."""
    db = make_profile(role="visitor-centre", name="hall")
    _booking, first_id, _second = _hall(db)
    with open_session(db) as s:
        held = s.get(Booking, first_id)
        template_id, past = held.template_id, held.on
    assert past < date.today()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Visits")
    page.show_session(template_id, past)
    dialog = page.book()
    assert dialog.on.date().toPython() > date.today()
    dialog.close_without_asking()

"""Help with travel costs on the real window: eligible on the case, an attended visit, Today's reminder opens
the claim dialog, marked made, the reminder gone; an overdue claim says by how much."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy import select

from fsw_desktop.models.people import Person
from fsw_desktop.models.travel_claims import TravelClaim
from fsw_desktop.services.casework import agenda, referrals
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, travel_claims, visitors, visits
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.travel_claim_dialog import TravelClaimDialog, TravelHelpDialog
from tests.profiles import ESTABLISHMENT


def _family_with_a_past_visit(db, days_ago: int) -> tuple[str, str]:  # noqa: ANN001
    """A case whose prisoner had a visit ``days_ago`` days ago (booked then, outcome not yet recorded)."""
    today = date.today()
    visit_day = today - timedelta(days=days_ago)
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=days_ago + 30), source="Probation", prisoner_given="Dario",
            prisoner_family="Ashcombe", prison_number="A1234BC", family_label="Ashcombe family"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        prisoner.establishment = ESTABLISHMENT
        partner = visitors.add_visitor(s, "Mara", "Ashcombe", date(1990, 5, 1), "partner", case.id, today=today)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Visits hall", visit_day - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, visit_day, [partner.id], partner.id,
                                 today=visit_day - timedelta(days=3))
        s.commit()
        return case.id, booking.id


def _window(qtbot, db) -> MainWindow:  # noqa: ANN001
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _travel_lines(w: MainWindow) -> list:
    today = w.go_to("Today")
    today.refresh()
    out = []
    for group in agenda.GROUPS:
        top = today.group_item(group)
        out += [top.child(j) for j in range(top.childCount()) if top.child(j).text(0) == "Travel claim"]
    return out


def _open_dialog(w: MainWindow, cls):  # noqa: ANN001, ANN202
    return [d for d in w.findChildren(cls) if d.isVisible()][-1]


def test_eligible_family_attended_visit_reminder_marked_made(qtbot, make_profile, monkeypatch):
    db = make_profile()
    case_id, booking_id = _family_with_a_past_visit(db, days_ago=2)
    w = _window(qtbot, db)

    # the case's own control: not eligible yet, then eligible from a month ago
    page = w.open_case(case_id, "visits")
    assert page.travel_label.text() == "<b>Travel costs</b>: Not marked as eligible for help with travel costs"
    assert page.travel_button.isVisible() and page.travel_button.accessibleName() == "Help with travel costs"
    help_dialog = page.travel_help()
    assert isinstance(help_dialog, TravelHelpDialog)
    assert not help_dialog.since.isEnabled()
    qtbot.keyClick(help_dialog.eligible, Qt.Key.Key_Space)  # the keyboard path: space ticks, the date follows
    assert help_dialog.eligible.isChecked() and help_dialog.since.isEnabled()
    help_dialog.since.setDate(help_dialog.since.date().addDays(-30))
    assert help_dialog._accept()
    since = date.today() - timedelta(days=30)
    with open_session(db) as s:
        assert travel_claims.case_travel(s, case_id, date.today()).since == since
    assert help_dialog.summary.text() == f"Eligible since {since:%d %b %Y} · 0 made"
    help_dialog.reject()  # saved: closes without asking
    assert not help_dialog.isVisible()
    assert page.travel_label.text().startswith(f"<b>Travel costs</b>: Eligible since {since:%d %b %Y}")
    assert _travel_lines(w) == []  # the visit is not recorded as attended yet: nothing to claim

    # the visit attended, recorded on the Visits page: a reminder on Today, due 28 days after it
    visits_page = w.go_to("Visits")
    assert visits_page.show_booking(booking_id)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("attended", True)))
    visits_page.outcome()
    claim_col = [c.header for c in visits_page.model.columns].index("Travel claim")
    visit_day = date.today() - timedelta(days=2)
    due = visit_day + timedelta(days=28)
    row = [b.id for b in visits_page.model.rows].index(booking_id)
    assert visits_page.model.index(row, claim_col).data() == f"claim by {due:%d %b %Y}"
    lines = _travel_lines(w)
    assert [x.text(2) for x in lines] == [f"Visit of {visit_day:%d %b}: claim by {due:%d %b}, 26 days left"]
    assert lines[0].text(3) == f"{due:%d %b %Y}"

    # opening the line opens exactly the claim dialog for that visit, over Today
    lines = _travel_lines(w)  # Today on screen, freshly filled
    today = w.pages["Today"]
    today.tree.setCurrentItem(lines[0])
    qtbot.keyClick(today.tree, Qt.Key.Key_Return)
    dialog = _open_dialog(w, TravelClaimDialog)
    assert dialog.view.booking_id == booking_id and w.stack.currentWidget() is today
    assert dialog.deadline_label.text() == f"Claim by {due:%d %b %Y} (26 days left)."
    assert dialog.made_radio.isChecked() and dialog.after_radio.isChecked()
    assert dialog.made_on.date().toPython() == date.today() == dialog.made_on.maximumDate().toPython()
    assert dialog.made_on.minimumDate().toPython() == visit_day
    dialog.advance_radio.setChecked(True)  # found out later that they claimed before the visit: up to 28 days before
    assert (dialog.made_on.minimumDate().toPython(), dialog.made_on.maximumDate().toPython()) == (
        visit_day - timedelta(days=28), visit_day - timedelta(days=1))
    dialog.after_radio.setChecked(True)

    # typed work is asked about before it goes: Escape with a reason typed, "go back", then discard
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])

    def question(_parent, title, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(title)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.not_radio.setChecked(True)
    dialog.reason.setPlainText("Thinking about it")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] * 2 and not dialog.isVisible()
    with open_session(db) as s:
        assert s.execute(select(TravelClaim)).first() is None

    # again, and marked made yesterday with the keyboard: Alt+M, then Enter saves
    today._activated(_travel_lines(w)[0])
    dialog = _open_dialog(w, TravelClaimDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.made_radio.isChecked()
    dialog.made_on.setDate(dialog.made_on.date().addDays(-1))
    dialog.made_on.setFocus()
    qtbot.keyClick(dialog.made_on, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    with open_session(db) as s:
        claim = s.execute(select(TravelClaim)).scalar_one()
        assert (claim.booking_id, claim.status, claim.on, claim.case_id) == (
            booking_id, travel_claims.MADE, date.today() - timedelta(days=1), case_id)
    assert _travel_lines(w) == []  # the reminder is gone

    # the claim shows on the case's visits and in its travel line
    page = w.open_case(case_id, "visits")
    col = [c.header for c in page.visits_model.columns].index("Travel claim")
    assert page.visits_model.index(0, col).data() == f"claimed {date.today() - timedelta(days=1):%d %b %Y}"
    assert page.travel_label.text() == f"<b>Travel costs</b>: Eligible since {since:%d %b %Y} · 1 made"


def test_an_overdue_claim_says_by_how_much_and_not_claiming_needs_a_reason(qtbot, make_profile):
    db = make_profile()
    case_id, booking_id = _family_with_a_past_visit(db, days_ago=31)
    visit_day = date.today() - timedelta(days=31)
    with open_session(db) as s:
        visits.record_outcome(s, booking_id, "attended")
        travel_claims.set_eligible(s, case_id, visit_day)
        s.commit()
    w = _window(qtbot, db)
    lines = _travel_lines(w)
    assert [x.text(2) for x in lines] == [f"Visit of {visit_day:%d %b}: overdue by 3 days"]
    assert w.pages["Today"].group_item(agenda.NOW).indexOfChild(lines[0]) >= 0  # overdue: at the top

    page = w.open_case(case_id, "visits")
    assert page.travel_label.text().endswith("1 claim to mark (1 overdue) · 0 made")
    col = [c.header for c in page.visits_model.columns].index("Travel claim")
    assert page.visits_model.index(0, col).data() == "overdue by 3 days"
    page.visits_view.selectRow(0)
    dialog = page.travel_claim()
    assert isinstance(dialog, TravelClaimDialog) and dialog.view.booking_id == booking_id
    due = visit_day + timedelta(days=28)
    assert dialog.deadline_label.text() == f"Overdue by 3 days: the 28 days to claim ran out on {due:%d %b %Y}."
    assert dialog.deadline_label.objectName() == "Error"
    assert dialog.made_on.maximumDate() == dialog.made_on.date()  # a claim made within the days, found out late
    assert dialog.made_on.date().toPython() == due

    dialog.not_radio.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.problems_shown() == {"reason": "Say why the family is not claiming."}
    dialog.reason.setPlainText("The family had a lift; nothing to claim")
    assert dialog.problems_shown() == {}  # the mark goes as the field is edited
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert _travel_lines(w) == []
    page = w.open_case(case_id, "visits")
    assert page.visits_model.index(0, col).data() == "not claiming"
    with open_session(db) as s:
        # recorded after the 28 days ran out: it still counts as missed in the desk's figures
        assert travel_claims.counts(s, date.today(), visit_day, visit_day) == {"made": 0, "missed": 1}


def test_a_claim_typed_when_the_desk_locks_comes_back_as_it_was(qtbot, make_profile):
    """What the lock keeps (the form's draft values) reopens the same visit's claim with the same choices."""
    db = make_profile()
    case_id, booking_id = _family_with_a_past_visit(db, days_ago=40)
    with open_session(db) as s:
        visits.record_outcome(s, booking_id, "attended")
        travel_claims.set_eligible(s, case_id, date.today() - timedelta(days=60))
        s.commit()
    w = _window(qtbot, db)
    dialog = w.pages["Today"].mark_travel_claim(booking_id)
    dialog.not_radio.setChecked(True)
    dialog.reason.setPlainText("Asked the family; waiting to hear")
    assert dialog.has_input()
    values = dialog.draft_values()
    dialog.close_without_asking()
    again = w.reopen_draft("travel-claim", values)
    assert isinstance(again, TravelClaimDialog) and again is not dialog and again.view.booking_id == booking_id
    assert again.not_radio.isChecked() and again.reason.toPlainText() == "Asked the family; waiting to hear"
    assert again.has_changes()  # a restored draft is typed work: closing it asks
    again.close_without_asking()

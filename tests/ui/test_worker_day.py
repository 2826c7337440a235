"""A family support worker's day on the real window over a demo desk: from Today to an answered
application, then to a case, a contact logged, opened again, corrected, and the correction in History.
Also: a case's own visits and applications open where they live, and a new referral opens its case."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from sqlalchemy import select

from fsw_desktop.models.applications import Application
from fsw_desktop.models.cases import Case, Contact
from fsw_desktop.models.people import Person
from fsw_desktop.models.visits import BlockedDate
from fsw_desktop.services.casework import agenda
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, family_days, visitors, visits
from fsw_desktop.ui.contact_dialog import ContactDialog
from fsw_desktop.ui.form_dialog import FormDialog
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.pages.case_page import TABS
from fsw_desktop.ui.referral_dialog import ReferralDialog
from tests.profiles import TEMPLATES

LONG_NOTE = ("Phoned Mara about the Saturday visit. " * 30).strip()


def _window(qtbot, demo_profile) -> MainWindow:  # noqa: ANN001
    w = MainWindow(TEMPLATES.open(demo_profile))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _dialog(parent, kind):  # noqa: ANN001, ANN202
    shown = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert shown, f"no {kind.__name__} open"
    return shown[-1]


def _save(dialog) -> None:  # noqa: ANN001
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.message.text()


def _enter_on(qtbot, tree, item) -> None:  # noqa: ANN001
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def _line(today, group: str, kind: str, detail: str = ""):  # noqa: ANN001, ANN202
    top = today.group_item(group)
    for j in range(top.childCount()):
        child = top.child(j)
        if child.text(0) == kind and detail in child.text(2):
            return child
    raise AssertionError(f"no {kind} line {detail!r} under {group}")


def test_from_today_to_an_answered_application_and_a_corrected_contact(qtbot, demo_profile, tmp_path):
    w = _window(qtbot, demo_profile)
    today = w.go_to("Today")
    # the most time-bound work is on top, whatever its kind; the summary counts each group
    groups = [today.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
              for i in range(today.tree.topLevelItemCount())]
    assert groups == list(agenda.GROUPS)
    assert today.summary.text().startswith("<a href='now'>")
    w.grab().save("/tmp/worker-today.png")
    today.jump_to(agenda.SOON)  # a summary link: the group's first line chosen
    assert today.tree.currentItem().parent() is today.group_item(agenda.SOON)

    # an application whose response is due: Enter opens it on Applications, selected, ready to Respond
    item = _line(today, agenda.NOW, "Application", "response")
    ref = item.text(1).split("  ", 1)[0]
    _enter_on(qtbot, today.tree, item)
    applications = w.pages["Applications"]
    assert w.stack.currentWidget() is applications
    assert applications.current().ref == ref
    assert applications.respond_button.isEnabled()
    applications.respond_button.click()
    reply = _dialog(applications, FormDialog)
    reply.widgets["response"].setPlainText("We wrote to your sister and she will book a visit.")
    reply.widgets["outcome"].setText("Contact restored")
    _save(reply)
    # the selection stays on it: Respond is no longer offered, and says why
    assert applications.current().ref == ref and applications.current().status == "responded"
    assert not applications.respond_button.isEnabled() and applications.respond_button.toolTip()
    assert applications.print_slip(str(tmp_path / "slip.pdf")).stat().st_size > 0  # the slip of this one
    w.go_to("Today")
    assert not any(line.startswith(ref) for line in today.lines(agenda.NOW))

    # an overdue review opens its case on Assessments
    _enter_on(qtbot, today.tree, _line(today, agenda.NOW, "Review"))
    assert w.stack.currentWidget() is w.case_page and w.case_page.tabs.currentIndex() == TABS["assessments"]
    w.go_to("Today")

    # a family not contacted for weeks: the case opens on its contacts
    item = _line(today, agenda.LATER, "No recent contact")
    case_ref = item.text(1).split("  ", 1)[0]
    _enter_on(qtbot, today.tree, item)
    case = w.case_page
    assert w.stack.currentWidget() is case and case.detail.reference == case_ref
    assert case.tabs.currentIndex() == TABS["contacts"]
    w.grab().save("/tmp/worker-case.png")
    form = case.log_contact()
    form.widgets["kind"].setCurrentText("Phone call")
    form.widgets["minutes"].setValue(20)
    form.widgets["note"].setPlainText(LONG_NOTE)
    _save(form)

    # opened again from the list (Enter): the long note is there whole
    row = next(i for i, c in enumerate(case.contacts_model.rows) if c.note == LONG_NOTE)
    assert case.contacts_model.data(case.contacts_model.index(row, 4)).endswith("…")  # the list shows its start
    case.contacts_view.setFocus()
    case.contacts_view.selectRow(row)
    qtbot.keyClick(case.contacts_view, Qt.Key.Key_Return)
    shown = _dialog(case, ContactDialog)
    assert shown.note.toPlainText() == LONG_NOTE and shown.note.isReadOnly()
    shown.grab().save("/tmp/worker-contact.png")
    shown.correct_button.click()
    fix = _dialog(case, FormDialog)
    assert fix.widgets["minutes"].value() == 20
    fix.grab().save("/tmp/worker-correct.png")
    fix.widgets["minutes"].setValue(45)
    fix.widgets["note"].setPlainText("Phoned Mara about the Saturday visit.")
    fix.widgets["reason"].setText("typed 20 for 45, note pasted twice")
    _save(fix)

    # the correction is in the case's history, the original beside it
    contact = case.contacts_model.rows[row]
    assert contact.minutes == 45 and contact.note == "Phoned Mara about the Saturday visit."
    entries = [(h.record_ref, h.field, h.old, h.new) for h in case.history_model.rows]
    assert (contact.reference, "minutes", "20", "45") in entries
    assert (contact.reference, "note", LONG_NOTE, "Phoned Mara about the Saturday visit.") in entries


def test_a_correction_needs_a_reason_and_a_deletion_keeps_its_trace(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    today = w.go_to("Today")
    _enter_on(qtbot, today.tree, _line(today, agenda.LATER, "No recent contact"))
    case = w.case_page
    form = case.log_contact()
    form.widgets["kind"].setCurrentText("Phone call")
    form.widgets["minutes"].setValue(20)
    form.widgets["note"].setPlainText(LONG_NOTE)
    _save(form)
    row = next(i for i, c in enumerate(case.contacts_model.rows) if c.note == LONG_NOTE)
    contact_ref = case.contacts_model.rows[row].reference
    case.contacts_view.selectRow(row)
    fix = case.correct_contact()
    fix.widgets["minutes"].setValue(45)
    fix.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert fix.isVisible() and "Say why" in fix.message.text()  # no reason: refused, nothing changed
    fix.widgets["reason"].setText("typed 20 for 45")
    _save(fix)

    assert case.contacts_model.rows[row].minutes == 45

    # deleted with a reason: it leaves the list, the history keeps it
    case.contacts_view.selectRow(row)
    gone = case.delete_contact()
    assert gone.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).text() == "&Delete"
    gone.widgets["reason"].setText("logged on the wrong case")
    _save(gone)
    assert contact_ref not in [c.reference for c in case.contacts_model.rows]
    assert (contact_ref, "deleted", "no", "yes") in [(h.record_ref, h.field, h.old, h.new)
                                                     for h in case.history_model.rows]


def test_a_case_shows_its_visits_and_applications_and_opens_them(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    with open_session(w.database) as s:
        booked = next(b for b in visits.bookings_for(s) if b.prisoner_id)
        case_id = s.get(Person, booked.prisoner_id).case_id
    case = w.open_case(case_id, "visits")
    assert case.tabs.currentIndex() == TABS["visits"]
    w.grab().save("/tmp/worker-case-visits.png")
    refs = [b.ref for b in case.visits_model.rows]
    assert booked.ref in refs
    row = refs.index(booked.ref)
    case.visits_view.setFocus()
    case.visits_view.selectRow(row)
    qtbot.keyClick(case.visits_view, Qt.Key.Key_Return)
    page = w.pages["Visits"]
    assert w.stack.currentWidget() is page
    index = page.table.currentIndex()
    assert index.isValid() and page.model.rows[index.row()].id == booked.id

    # an application of a case opens selected on Applications
    with open_session(w.database) as s:
        app = s.execute(select(Application).where(Application.prisoner_id.is_not(None),
                                                  Application.deleted.is_(False))).scalars().first()
        app_case = s.get(Person, app.prisoner_id).case_id
        app_id = app.id
    case = w.open_case(app_case, "visits")
    ids = [a.id for a in case.case_applications_model.rows]
    assert app_id in ids
    case.case_applications_view.selectRow(ids.index(app_id))
    case.case_applications_view.setFocus()
    qtbot.keyClick(case.case_applications_view, Qt.Key.Key_Return)
    applications = w.pages["Applications"]
    assert w.stack.currentWidget() is applications and applications.current().id == app_id


def test_a_new_referral_opens_its_case_ready_for_the_first_contact(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    dialog = w.new_referral()
    assert isinstance(dialog, ReferralDialog)
    dialog.prisoner_given.setText("Orrin")
    dialog.prisoner_family.setText("Zyllowmere")
    dialog.prison_number.setText("A9876ZZ")
    dialog.contact_given.setText("Tamsin")
    dialog.contact_family.setText("Zyllowmere")
    dialog.contact_phone.setText("01632 960111")
    dialog.reasons.setPlainText("Partner asks for help explaining the sentence to the children.")
    dialog._accept()
    assert not dialog.isVisible(), dialog.error.text()
    case = w.case_page
    assert w.stack.currentWidget() is case and "Zyllowmere" in case.detail.family_label
    assert case.tabs.currentIndex() == TABS["contacts"]
    qtbot.waitUntil(lambda: w.focusWidget() is case.contact_button)  # Enter logs the first contact
    assert date.today() >= case.detail.referral_date


def test_applications_search_and_prisoner_picker(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    page = w.go_to("Applications")
    every = len(page.model.rows)
    first = page.model.rows[0]
    number = first.prison_number or first.ref
    qtbot.keyClicks(page.search, number.lower())
    assert 0 < len(page.model.rows) < every
    assert all(number in f"{r.prison_number} {r.ref}" for r in page.model.rows)
    w.grab().save("/tmp/worker-applications.png")
    page.search.clear()
    assert len(page.model.rows) == every

    form = page.new_application()
    picker = form.widgets["prisoner_id"]
    completer = picker.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    family = picker.itemText(1).split(",")[0]
    completer.setCompletionPrefix(family[2:].lower())  # any part of the name, any case
    assert completer.completionCount() >= 1
    picker.setEditText("Nobody Onfile")
    form.widgets["words"].setPlainText("Please help me write to my son.")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert form.isVisible() and "Choose the prisoner from the list" in form.problems_shown()["prisoner_id"]
    form.close_without_asking()


def test_a_status_change_keeps_the_selection_and_offers_respond_when_it_can(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    page = w.go_to("Applications")
    row = next(i for i, r in enumerate(page.model.rows) if r.status == "received")
    app_id = page.model.rows[row].id
    page.table.selectRow(row)
    assert not page.respond_button.isEnabled() and "Acknowledge it first" in page.respond_button.toolTip()
    form = page.change_status()
    form.widgets["to"].setCurrentText("acknowledged")
    _save(form)
    assert page.current().id == app_id and page.current().status == "acknowledged"
    assert page.respond_button.isEnabled()

    # the contacts list's menu offers what Enter does, and more
    case = w.open_case(_case_with_contacts(w), "contacts")
    view = case.contacts_view
    view.selectRow(0)
    case._contact_menu(view.visualRect(view.model().index(0, 0)).center())
    menu = next(m for m in view.findChildren(QMenu) if m.isVisible())
    assert [a.text() for a in menu.actions()] == ["&Open…", "&Correct…", "&Delete…"]
    menu.actions()[0].trigger()
    menu.close()
    dialog = _dialog(case, ContactDialog)
    assert dialog.contact.id == case.contacts_model.rows[0].id
    dialog.reject()


def _case_with_contacts(w) -> str:  # noqa: ANN001
    with open_session(w.database) as s:
        return s.execute(select(Contact.case_id).where(Contact.deleted.is_(False))).scalars().first()


def test_a_correction_typed_before_locking_comes_back_as_a_draft(qtbot, demo_profile):
    w = _window(qtbot, demo_profile)
    today = w.go_to("Today")
    _enter_on(qtbot, today.tree, _line(today, agenda.LATER, "No recent contact"))
    case = w.case_page
    case.contacts_view.selectRow(0)
    typed = case.correct_contact()
    typed.widgets["reason"].setText("wrong duration")
    values = typed.draft_values()
    contact_id = values["_context"]["contact_id"]
    typed.close_without_asking()

    again = w.reopen_draft("contact-correction", values)
    assert isinstance(again, FormDialog) and again.spec.context["contact_id"] == contact_id
    assert again.widgets["reason"].text() == "wrong duration"
    again.close_without_asking()


def test_todays_visit_and_family_day_of_my_families_open_where_they_live(qtbot, demo_profile):
    on = date.today()
    db = TEMPLATES.open(demo_profile)
    with open_session(db) as s:
        prisoner = s.execute(select(Person).join(Case, Case.id == Person.case_id).where(
            Person.is_prisoner.is_(True), Person.deleted.is_(False), Case.status == "open")).scalars().first()
        partner = visitors.add_visitor(s, "Wenna", "Quistrel", date(1990, 5, 1), "partner", prisoner.case_id,
                                       today=on)
        for blocked in s.execute(select(BlockedDate).where(BlockedDate.on == on, BlockedDate.deleted.is_(False))).scalars():
            calendar.unblock_date(s, blocked.id)  # the demo blocks Christmas Day: this test books today
        hall = calendar.add_extra_session(s, on, "19:00", "20:00", "Side room", 4, 0)
        booking, _ = visits.book(s, prisoner.id, hall.id, on, [partner.id], partner.id,
                                 today=on - timedelta(days=14))
        day = family_days.add_family_day(s, on, "general", "Winter family day", 10, 40)
        family_days.request_place(s, day.id, prisoner.id, [partner.id], requested_on=on)
        s.commit()
        booking_ref, day_id = booking.ref, day.id
    db.close()
    w = _window(qtbot, demo_profile)
    today = w.go_to("Today")
    assert "visits or family days today" in today.summary.text()
    today.jump_to(agenda.TODAY)
    w.grab().save("/tmp/worker-today-visits.png")
    # the demo's own visits may be today too (a Saturday): open the one booked here, by its time
    _enter_on(qtbot, today.tree, _line(today, agenda.TODAY, "Visit", "19:00"))
    page = w.pages["Visits"]
    assert w.stack.currentWidget() is page
    assert page.model.rows[page.table.currentIndex().row()].ref == booking_ref
    w.go_to("Today")
    _enter_on(qtbot, today.tree, _line(today, agenda.TODAY, "Family day", "Winter family day"))
    days = w.pages["Family days"]
    assert w.stack.currentWidget() is days and days.current_day().id == day_id

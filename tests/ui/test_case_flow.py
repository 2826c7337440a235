"""One whole case on the real widgets: referral to closure, checking what the worker sees."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from fsw_desktop.services.casework import closure, referrals, safeguarding
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk import settings, vocab
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import case_forms
from fsw_desktop.ui.assessment_dialog import AssessmentDialog
from fsw_desktop.ui.form_dialog import FormDialog
from fsw_desktop.ui.forms import qdate
from fsw_desktop.ui.pages.today_page import TodayPage
from tests.ui.conftest import unlock
from tests.profiles import TEMPLATES

TODAY = date(2026, 3, 2)


def _set(dialog: FormDialog, **values) -> None:
    for name, value in values.items():
        w = dialog.widgets[name]
        if isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(i if i >= 0 else w.findText(str(value)))
            assert w.currentIndex() >= 0, (name, value)
        elif hasattr(w, "setPlainText"):
            w.setPlainText(value)
        elif hasattr(w, "setDate"):
            w.setDate(qdate(value))
        elif hasattr(w, "setValue"):
            w.setValue(value)
        elif hasattr(w, "setChecked"):
            w.setChecked(value)
        else:
            w.setText(value)


def _save(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_whole_case_from_referral_to_closure(qtbot, controller_for, make_profile, monkeypatch, answer_yes):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warnings.append(text)))
    db = make_profile()
    path = db.path.parent
    db.close()
    c = controller_for(path)
    unlock(qtbot, c)
    w = c.window
    today = date.today()

    # referral
    referral = w.new_referral()
    referral.referral_date.setDate(qdate(today - timedelta(days=10)))
    referral.prisoner_given.setText("Tobiah")
    referral.prisoner_family.setText("Quillfeather")
    referral.prison_number.setText("12345")
    referral.contact_given.setText("Maribel")
    referral.contact_phone.setText("01632 960000")
    referral.reasons.setPlainText("Partner isolated since sentencing")
    referral._accept()
    assert referral.isVisible() and "A1234BC" in referral.problems_shown()["prison_number"]
    referral.prison_number.setText("A1234BC")
    referral._accept()
    assert not referral.isVisible()
    caseload = w.go_to("Caseload")
    caseload.search.setText("Quillfeather")
    assert caseload.model.rowCount() == 1
    row = caseload.model.rows[0]
    assert row.stage == "new" and "Not yet contacted" in row.flags

    page = w.open_case(row.id)
    assert page.heading.text().endswith("Quillfeather family")
    assert "not yet" in page.overview.itemAt(4, page.overview.ItemRole.FieldRole).widget().text()

    # failed then successful first contact
    dialog = page.log_contact()
    _set(dialog, kind="Failed attempt", on=today - timedelta(days=8), note="No answer")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    dialog = page.log_contact()
    _set(dialog, kind=vocab.CONTACT_TYPES[0], on=today - timedelta(days=7), minutes=45, note="First visit")
    _save(qtbot, dialog)
    first = page.overview.itemAt(4, page.overview.ItemRole.FieldRole).widget().text()
    assert "3 days after referral" in first and "failed attempts before: 1" in first
    assert page.contacts_model.rowCount() == 2

    # a plan cannot start without a baseline
    dialog = page.add_goal()
    _set(dialog, text="Rebuild phone contact with the children")
    _save(qtbot, dialog)
    assert dialog.isVisible() and "baseline" in dialog.message.text()
    dialog.reject()

    # initial assessment: needs and some scores; missing scores flagged
    assessment = page.record_assessment()
    assert isinstance(assessment, AssessmentDialog)
    assert [assessment.kind.itemText(i) for i in range(assessment.kind.count())] == ["initial"]
    assessment.on.setDate(qdate(today - timedelta(days=6)))
    assessment.needs[vocab.NEED_AREAS[0]][0].setChecked(True)
    outcomes = list(assessment.scores)
    assessment.scores[outcomes[0]].setCurrentText("2")
    assessment.scores[outcomes[1]].setCurrentText("3")
    assert "not scored" in assessment.missing.text()
    assessment._accept()
    assert not assessment.isVisible()
    assert any("No score" in x or "not scored" in x.lower() for x in warnings)
    assert page.detail.has_baseline and page.detail.stage == "assessed"
    assert page.chart.chart().series()

    # plan: goal, task, lead professional
    dialog = page.add_goal()
    _set(dialog, text="Rebuild phone contact with the children")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    dialog = page.add_task()
    _set(dialog, text="Apply for PIN phone numbers", owner="Worker")
    _save(qtbot, dialog)
    assert page.plan_tree.topLevelItem(0).childCount() == 1
    dialog = page.log_contact()
    _set(dialog, kind=vocab.CONTACT_TYPES[1], on=today - timedelta(days=2), minutes=30)
    _save(qtbot, dialog)
    assert page.detail.stage == "active"

    # follow-up (review) and final assessments
    for kind, score, days in (("follow-up", "3", 1), ("final", "4", 0)):
        assessment = page.record_assessment()
        assessment.kind.setCurrentText(kind)
        assessment.on.setDate(qdate(today - timedelta(days=days)))
        assessment.scores[outcomes[0]].setCurrentText(score)
        assessment._accept()
        assert not assessment.isVisible(), assessment.message.text()
    assert [a.kind for a in page.detail.assessments] == ["initial", "follow-up", "final"]

    # closure: reason, planned, and the history remembers
    dialog = page.close_or_reopen()
    _set(dialog, reason="Goals achieved", planned=True, on=today)
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.message.text()
    assert page.detail.status == "closed" and page.detail.stage == "closed"
    assert page.close_button.text().replace("&", "") == "Reopen case"
    assert not page.contact_button.isEnabled()
    fields = {(h.record_table, h.field) for h in page.detail.history}
    assert ("cases", "status") in fields and ("contacts", "created") in fields
    # and says so in words on the History tab: no table or column names
    model = page.history_view.model()
    shown = {(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())}
    assert any(what.startswith("Case ") and change == "Status" for what, change in shown)
    assert any(what.startswith("Contact ") and change == "Created" for what, change in shown)
    assert not any("_" in what or what.startswith(("cases", "contacts")) for what, _ in shown)
    caseload = w.go_to("Caseload")
    caseload.status.setCurrentIndex(1)
    caseload.search.setText("Quillfeather")
    assert caseload.model.rows[0].status == "closed"
    QApplication.processEvents()


def test_close_form_does_not_tick_planned_by_default():
    spec, _save = case_forms.close_form("any-case")
    planned = next(f for f in spec.fields if f.name == "planned")
    assert planned.default is False and closure.LOST_CONTACT in planned.help
    assert "outcome scores" in spec.intro


def test_quick_contact_from_caseload_with_keyboard(qtbot, controller_for, demo_profile):
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    caseload = c.window.go_to("Caseload")
    caseload.table.setFocus()
    caseload.table.selectRow(0)
    qtbot.keyClick(caseload.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(x, FormDialog) and x.isVisible() for x in QApplication.topLevelWidgets()))
    dialog = next(x for x in QApplication.topLevelWidgets() if isinstance(x, FormDialog) and x.isVisible())
    assert dialog.spec.form_id == "contact"
    before = c.window.case_page.contacts_model.rowCount()
    dialog.widgets["note"].setPlainText("Quick call")
    _save(qtbot, dialog)
    assert c.window.case_page.contacts_model.rowCount() == before + 1


def test_do_not_disclose_is_prominent(qtbot, controller_for, demo_profile):
    from fsw_desktop.services.casework import casework

    c = controller_for(demo_profile)
    unlock(qtbot, c)
    with c.window.session() as s:
        rows = [r for r in casework.caseload(s, "all") if "Do not disclose" in r.flags]
    assert rows, "the demo has do-not-disclose family members"
    page = c.window.open_case(rows[0].id)
    assert page.dnd_banner.isVisibleTo(page) and "DO NOT DISCLOSE" in page.dnd_banner.text()


def test_global_search_offers_people_and_opens_the_case(qtbot, controller_for, demo_profile):
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    w = c.window
    with w.session() as s:
        from fsw_desktop.services.casework import casework

        row = casework.caseload(s, "open")[0]
    family = row.family_label.split()[0]
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    w.search.setText(family[:4])
    w.search.textEdited.emit(family[:4])
    assert w.search_model.rowCount() >= 1
    first = w.search_model.index(0, 0)
    assert family[:4].lower() in first.data().lower()
    w._search_hit(first)
    assert w.stack.currentWidget() is w.case_page


def test_search_popup_shows_the_marker(qtbot, controller_for, tmp_path):
    """The main window's search popup puts the warning first on a do-not-disclose hit, and the
    case hit of that family says someone in it is hidden; other hits are shown as before."""
    database = TEMPLATES.profile(tmp_path / "p")
    with open_session(database) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Oswin", prisoner_family="Quenby",
            prison_number="Q4567RS", contact_given="Tamsin", contact_family="Quenby",
            contact_relationship="partner"), today=TODAY)
        hidden, _ = add_person(s, case.id, PersonInput(given_name="Ysolde", family_name="Quenby",
                                                       relationship="ex-partner"), today=TODAY)
        s.commit()
        safeguarding.set_do_not_disclose(s, hidden.id, True)
        s.commit()
        hidden_ref, case_ref = hidden.ref, case.ref
    database.close()

    c = controller_for(tmp_path / "p")
    unlock(qtbot, c)
    c.window._search_as_you_type("quenby")
    model = c.window.search_model
    items = [model.item(i) for i in range(model.rowCount())]
    person = next(i for i in items if hidden_ref in i.text())
    family = next(i for i in items if f"{case_ref}  " in i.text())  # a case hit: reference, two spaces, label
    assert person.text().startswith("⚠ DO NOT DISCLOSE (this person)  ") and "Ysolde Quenby" in person.text()
    assert family.text().startswith("⚠ DO NOT DISCLOSE (someone in this case)  ")
    assert "must not be shared" in person.toolTip()
    assert person.data(Qt.ItemDataRole.AccessibleTextRole) == person.text()
    others = [i.text() for i in items if i is not person and i is not family]
    assert others and not any("DO NOT DISCLOSE" in t for t in others)  # the prisoner, the partner


def test_today_release_heading_follows_the_setting(qtbot, db):
    today = TodayPage(lambda: open_session(db))
    qtbot.addWidget(today)

    def heading() -> str:
        today.refresh(today=date(2026, 3, 10))
        texts = [today.tree.topLevelItem(i).text(0) for i in range(today.tree.topLevelItemCount())]
        return next(t for t in texts if t.startswith("Due soon")).rsplit(" (", 1)[0]

    assert heading().endswith("releases within 8 weeks")
    for weeks, text in ((3, "releases within 3 weeks"), (1, "releases within 1 week")):
        with open_session(db) as s:
            settings.put(s, "release_warning_weeks", weeks)
            s.commit()
        assert heading().endswith(text)

"""The one write path (ui.operations): a change made on one screen shows on every other open one.

Real profiles and the real window: a write commits once, a refusal leaves the database as it
was and says why, and the views that show what changed reload without being asked.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from fsw_desktop.errors import FswError
from fsw_desktop.models.directory import Agency
from fsw_desktop.services.applications import applications as apps
from fsw_desktop.services.casework import directory, referrals
from fsw_desktop.services.desk import vocab
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import operations
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.progress import ProgressDialog


def _save(dialog) -> None:  # noqa: ANN001
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.message.text()


def _section(today_page, heading: str) -> list[str]:
    """The lines under one heading of the Today page, as the worker reads them."""
    tree = today_page.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.text(0).startswith(heading):
            return ["  ".join(top.child(j).text(c) for c in range(tree.columnCount()))
                    for j in range(top.childCount())]
    raise AssertionError(f"no section {heading!r} on the Today page")


def _window(qtbot, db) -> MainWindow:  # noqa: ANN001
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _agencies(db) -> int:  # noqa: ANN001
    with open_session(db) as s:
        return s.execute(select(func.count()).select_from(Agency)).scalar_one()


def test_a_contact_logged_on_the_case_page_updates_the_open_today_page(qtbot, make_profile):
    db = make_profile()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=date.today() - timedelta(days=3), source=vocab.REFERRAL_SOURCE_NAMES[0],
            prisoner_given="Orrin", prisoner_family="Blackthorne", prison_number="A2468BD"))
        s.commit()
        case_id, ref = case.id, case.ref
    w = _window(qtbot, db)
    today = w.go_to("Today")
    assert any(ref in line for line in _section(today, "When you can"))
    caseload = w.pages["Caseload"]
    assert caseload.isHidden() and not caseload.stale

    # the case page writes while Today stays on screen; nobody asks Today to reload
    w.case_page.show_case(case_id)
    assert w.stack.currentWidget() is today
    seen: list[frozenset[str]] = []
    w.changes.changed.connect(lambda kinds, _origin: seen.append(kinds))
    form = w.case_page.log_contact()
    form.widgets["kind"].setCurrentText(vocab.CONTACT_TYPES[0])
    form.widgets["note"].setPlainText("First phone call")
    _save(form)

    assert seen == [frozenset({operations.CASES})]
    assert not any(ref in line for line in _section(today, "When you can"))
    assert w.case_page.contacts_model.rowCount() == 1  # the page that wrote reloads even while hidden
    # a hidden view of cases catches up when it is shown, not before
    assert caseload.stale
    w.go_to("Caseload")
    assert not caseload.stale
    assert next(r for r in caseload.model.rows if r.id == case_id).last_contact == date.today()


def test_an_application_responded_leaves_the_open_today_page(qtbot, make_profile):
    db = make_profile()
    with open_session(db) as s:
        app = apps.receive(s, datetime.now() - timedelta(days=10), "applications box", "find my family",
                           "I lost touch with my daughter", prisoner_name="Ansel Greywater", prison_number="A1111AA")
        apps.change_status(s, app.id, "acknowledged", "")
        s.commit()
        app_ref = app.ref
    w = _window(qtbot, db)
    today = w.go_to("Today")
    assert any(app_ref in line for line in _section(today, "Overdue or due today"))

    applications = w.pages["Applications"]  # hidden behind Today: the write comes from there all the same
    applications.refresh()
    applications.table.selectRow(0)
    reply = applications.respond()
    reply.widgets["response"].setPlainText("We found your daughter's school and wrote to her carer.")
    reply.widgets["outcome"].setText("A letter is on its way")
    _save(reply)

    assert not any(app_ref in line for line in _section(today, "Overdue or due today"))
    assert applications.model.rows[0].status == "responded"


def test_a_refused_write_shows_its_message_and_changes_nothing(qtbot, make_profile, monkeypatch):
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: warnings.append((title, text))))
    db = make_profile()
    w = _window(qtbot, db)
    page = w.go_to("Directory")
    before = _agencies(db)
    seen: list[frozenset[str]] = []
    w.changes.changed.connect(lambda kinds, _origin: seen.append(kinds))

    def half_done(s: Session) -> None:
        directory.save_agency(s, directory.AgencyInput(name="Half-written Trust", category=vocab.AGENCY_CATEGORIES[0]))
        s.flush()  # written to the transaction, not yet committed
        raise FswError("The second half was refused.")

    written = operations.write(page, half_done, changes={operations.DIRECTORY}, title="Directory")

    assert not written
    assert warnings == [("Directory", "The second half was refused.")]
    assert _agencies(db) == before
    assert seen == []  # nothing changed, so nothing is announced
    # a form keeps its refusal inline, in its own label, and nothing is written either
    form = page.add_agency()
    form.widgets["name"].setText("")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert form.isVisible() and "needs a name" in form.message.text()
    assert _agencies(db) == before and seen == [] and len(warnings) == 1
    form.reject()


def test_a_background_write_reports_progress_and_commits_once(qtbot, make_profile, monkeypatch):
    reports: list[tuple[int, str]] = []
    real_report = ProgressDialog.report
    monkeypatch.setattr(ProgressDialog, "report", lambda self, pct, message: (
        reports.append((pct, message)), real_report(self, pct, message)))
    commits: list[Session] = []

    def committed(session: Session) -> None:
        commits.append(session)

    event.listen(Session, "after_commit", committed)
    try:
        db = make_profile()
        w = _window(qtbot, db)
        page = w.go_to("Directory")
        before = _agencies(db)
        results: list[str] = []
        seen: list[frozenset[str]] = []
        w.changes.changed.connect(lambda kinds, _origin: seen.append(kinds))
        commits.clear()

        def work(s: Session, progress) -> str:  # noqa: ANN001
            progress(30, "Adding the first agency")
            directory.save_agency(s, directory.AgencyInput(name="Northfield Family Trust",
                                                           category=vocab.AGENCY_CATEGORIES[0]))
            progress(70, "Adding the second agency")
            directory.save_agency(s, directory.AgencyInput(name="Southgate Carers",
                                                           category=vocab.AGENCY_CATEGORIES[0]))
            return "both added"

        operations.write_in_background(page, "Adding agencies", work, changes={operations.DIRECTORY},
                                       success=results.append)
        qtbot.waitUntil(lambda: results == ["both added"], timeout=10_000)

        assert (30, "Adding the first agency") in reports and (70, "Adding the second agency") in reports
        assert len(commits) == 1
        assert _agencies(db) == before + 2
        assert seen == [frozenset({operations.DIRECTORY})]
        assert {"Northfield Family Trust", "Southgate Carers"} <= {r.name for r in page.model.rows}
    finally:
        event.remove(Session, "after_commit", committed)


def test_a_background_write_that_fails_commits_nothing(qtbot, make_profile, monkeypatch):
    db = make_profile()
    w = _window(qtbot, db)
    page = w.go_to("Directory")
    before = _agencies(db)
    failures: list[str] = []

    def work(s: Session, progress) -> None:  # noqa: ANN001
        progress(50, "Adding")
        directory.save_agency(s, directory.AgencyInput(name="Never Kept", category=vocab.AGENCY_CATEGORIES[0]))
        s.flush()
        raise FswError("Refused halfway.")

    operations.write_in_background(page, "Adding agencies", work, changes={operations.DIRECTORY},
                                   success=lambda _r: failures.append("succeeded?"), failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures == ["Refused halfway."]
    assert _agencies(db) == before

"""Save screenshots of the real widgets: `make screenshots` (offscreen, no display needed)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "demo profile only never real data"


def main(out: str) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from fsw_desktop import demo
    from fsw_desktop.services.desk import profile
    from fsw_desktop.ui.controller import AppController
    from fsw_desktop.ui.style import apply_style
    from fsw_desktop.ui.wizard import FirstRunWizard

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FSW Desk Screenshots")
    apply_style(app)
    work = Path(tempfile.mkdtemp())

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()

    def wait_for(ready) -> None:  # noqa: ANN001
        import time

        for _ in range(1000):
            settle()
            if ready():
                return
            time.sleep(0.02)

    wizard = FirstRunWizard(work / "wizard")
    wizard.resize(620, 480)
    wizard.show()
    wizard.desk_page.worker.setText("Demo Worker")
    wizard.desk_page.desk.setText("Family support desk, B wing")
    wizard.desk_page.establishment.setText("HMP Northfield (synthetic)")
    wizard.next()
    wizard.pass_page.first.setText("quiet river brass")
    settle()
    wizard.grab().save(str(out_dir / "wizard.png"))
    wizard.close()

    prof = work / "demo"
    database = profile.create_profile(prof, "Demo Worker", "Family support desk (demo)", "worker", PASSPHRASE,
                                      "HMP Northfield (synthetic)")
    demo.populate(database, size="standard", seed=1)
    database.close()

    c = AppController(app, prof, hint=f"Demo profile. Passphrase: {PASSPHRASE}")
    c.start()
    c.lock_screen.resize(1024, 728)
    settle()
    c.lock_screen.grab().save(str(out_dir / "unlock.png"))
    c.lock_screen.passphrase.setText(PASSPHRASE)
    c.lock_screen.unlock_button.click()
    for _ in range(200):
        settle()
        if c.window is not None:
            break
        import time

        time.sleep(0.02)
    window = c.window
    window.resize(1024, 768)
    for name in ("Today", "Caseload", "Directory", "Visits", "Family days", "Applications"):
        page = window.go_to(name)
        if name == "Visits":
            from fsw_desktop.services.visits import calendar

            with window.session() as s:
                slots = [sl for sl in calendar.week(s, page.monday) if not sl.blocked and sl.booked_open]
            if slots:
                page.grid.setCurrentCell(0, (slots[0].on - page.monday).days)
        if name == "Family days":
            for row in range(page.days_model.rowCount()):
                if page.days_model.rows[row].status == "planned":
                    page.days_view.selectRow(row)
        settle()
        window.grab().save(str(out_dir / f"main-{name.lower().replace(' ', '-')}.png"))
    # a second desk to pair with, so the Sync page shows a peer and a bundle
    from fsw_desktop.services.sharing import peers as peer_service
    from fsw_desktop.services.sharing import sync_service
    from fsw_desktop.services.desk.session import open_session

    other = profile.create_profile(work / "vc", "Visitor Centre Demo", "Visitor centre (demo)", "visitor-centre",
                                   PASSPHRASE, "HMP Northfield (synthetic)")
    with open_session(other) as s:
        peer_service.export_identity(s, work / "vc.fswid")
        s.commit()
    other.close()
    with window.session() as s:
        peer_service.pair(s, peer_service.read_identity_file(work / "vc.fswid"), "Visitor centre", confirmed=True)
        s.commit()
    sync_service.export_bundle(c.database, "Visitor centre", work / "first.fswb")
    window.go_to("Sync")
    settle()
    window.grab().save(str(out_dir / "main-sync.png"))
    window.go_to("Visits")
    dialog = window.pages["Visits"].book()
    dialog.resize(640, 620)
    if dialog.prisoner.count() > 1:
        dialog.prisoner.setCurrentIndex(1)
    for i in range(min(2, dialog.visitors.count())):
        from PySide6.QtCore import Qt as _Qt

        dialog.visitors.item(i).setCheckState(_Qt.CheckState.Checked)
    settle()
    dialog.grab().save(str(out_dir / "booking.png"))
    dialog.close_without_asking()  # a screenshot, not work to keep
    from fsw_desktop.services.casework import casework

    from fsw_desktop.services.casework import case_view

    with window.session() as s:
        rows = [r for r in casework.caseload(s, "open")]  # an open case: its visits and plan are live
        rich = max(rows, key=lambda r: sum(len(a.scores) for a in case_view.load_case(s, r.id).assessments))
    page = window.open_case(rich.id)
    for i, name in ((0, "overview"), (1, "people"), (2, "outcomes"), (3, "plan"), (4, "contacts"),
                    (5, "visits"), (page.tabs.count() - 1, "history")):
        page.tabs.setCurrentIndex(i)
        settle()
        window.grab().save(str(out_dir / f"case-{name}.png"))
    dialog = page.record_assessment()
    if dialog is not None:
        dialog.resize(820, 700)
        settle()
        dialog.grab().save(str(out_dir / "assessment.png"))
        dialog.close_without_asking()
    reports = window.go_to("Reports")
    wait_for(lambda: bool(reports.html))
    window.grab().save(str(out_dir / "main-reports.png"))
    duplicates_screen(window, out_dir, wait_for)
    travel_screens(window, out_dir, settle)
    letter_screen(window, out_dir, settle)
    welsh_screens(c, out_dir, settle, wait_for)
    c.lock()
    supervisor_screens(work, out_dir, settle, wait_for)
    print(f"saved to {out_dir}")
    return 0


def welsh_screens(c, out_dir: Path, settle, wait_for) -> None:  # noqa: ANN001
    """The main pages and a case in Welsh (cy-*.png), switched in place as Settings does; English after."""
    from fsw_desktop.ui import language

    language.choose("cy")
    c.relanguage()
    window = c.window
    window.resize(1024, 768)
    for name in ("Today", "Caseload", "Visits", "Family days", "Applications", "Sync"):
        window.go_to(name)
        settle()
        window.grab().save(str(out_dir / f"cy-main-{name.lower().replace(' ', '-')}.png"))
    caseload = window.go_to("Caseload")
    settle()
    page = window.open_case(caseload.model.rows[0].id)
    for i, name in ((0, "overview"), (2, "outcomes")):
        page.tabs.setCurrentIndex(i)
        settle()
        window.grab().save(str(out_dir / f"cy-case-{name}.png"))
    reports = window.go_to("Reports")
    wait_for(lambda: bool(reports.html))
    window.grab().save(str(out_dir / "cy-main-reports.png"))
    language.choose("en")
    c.relanguage()


def duplicates_screen(window, out_dir: Path, wait_for) -> None:  # noqa: ANN001
    """Possible duplicates, with two visitors each typed twice with slips (invented names)."""
    from datetime import date

    from fsw_desktop.models.people import Person
    from fsw_desktop.ui.duplicates_dialog import open_duplicates

    with window.session() as s:
        s.add_all([Person(given_name=g, family_name=f, date_of_birth=d, relationship="friend", address=a)
                   for g, f, d, a in (("Orsolya", "Pellaridge", date(1983, 6, 2), "4 Quill Row"),
                                      ("Orsolia", "Pelaridge", date(1983, 2, 6), "4 Quill Row"),
                                      ("Casimon", "Dornwick", date(1979, 11, 23), ""),
                                      ("Kasimon", "Dornwick", date(1979, 11, 28), ""))])
        s.commit()
    dialog = open_duplicates(window)
    dialog.resize(940, 600)
    wait_for(lambda: dialog.loaded)
    dialog.grab().save(str(out_dir / "duplicates.png"))
    dialog.close()


def travel_screens(window, out_dir: Path, settle) -> None:  # noqa: ANN001
    """Help with travel costs: the demo's eligible family on Today, its claim dialog, and its case's control."""
    from datetime import date

    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from fsw_desktop.services.visits import travel_claims

    with window.session() as s:
        reminders = travel_claims.reminders(s, date.today())
    if not reminders:
        return
    today = window.go_to("Today")
    settle()
    found = QTreeWidgetItemIterator(today.tree)
    while found.value() is not None:
        if found.value().text(0) == "Travel claim":
            today.tree.setCurrentItem(found.value())
            break
        found += 1
    settle()
    window.grab().save(str(out_dir / "today-travel.png"))
    live = max(reminders, key=lambda r: r.due_on)
    dialog = today.mark_travel_claim(live.booking_id)
    settle()
    dialog.grab().save(str(out_dir / "travel-claim.png"))
    dialog.close_without_asking()
    overdue = min(reminders, key=lambda r: r.due_on)
    dialog = today.mark_travel_claim(overdue.booking_id)
    dialog.not_radio.setChecked(True)
    dialog.reason.setPlainText("The family had a lift from a neighbour.")
    settle()
    dialog.grab().save(str(out_dir / "travel-claim-overdue.png"))
    dialog.close_without_asking()
    page = window.open_case(live.case_id, "visits")
    settle()
    window.grab().save(str(out_dir / "case-travel.png"))
    dialog = page.travel_help()
    settle()
    dialog.grab().save(str(out_dir / "travel-help.png"))
    dialog.close_without_asking()


def letter_screen(window, out_dir: Path, settle) -> None:  # noqa: ANN001
    """Letter… from the demo's booking that had its visit confirmation printed: template, recipient, preview."""
    from sqlalchemy import select

    from fsw_desktop.models.letters import Letter
    from fsw_desktop.services.letters import letters as letter_service

    with window.session() as s:
        booking_id = s.execute(select(Letter.booking_id).where(Letter.booking_id.is_not(None))).scalars().first()
    page = window.go_to("Visits")
    page.show_booking(booking_id)
    dialog = page.letter()
    dialog.delivery_combo.setCurrentIndex(max(dialog.delivery_combo.findData(letter_service.BY_POST), 0))
    dialog.reason.setText("Confirming the visit booked on the phone")
    dialog.resize(820, 700)
    settle()
    dialog.grab().save(str(out_dir / "letter.png"))
    dialog.close()


def supervisor_screens(work: Path, out_dir: Path, settle, wait_for) -> None:  # noqa: ANN001
    """A supervisor's desk with a demonstration team: dashboard, drill-down, case, notes, quality, report."""
    from fsw_desktop.demo import team as demo_team
    from fsw_desktop.services.desk import profile
    from fsw_desktop.ui.main_window import MainWindow

    database = profile.create_profile(work / "sup", "Morgan Supervisorly", "Supervisor desk (demo)", "supervisor",
                                      PASSPHRASE, "Family Links (synthetic)")
    demo_team.populate_team(database, 4, seed=1)
    window = MainWindow(database)
    window.resize(1024, 768)
    window.show()
    team = window.go_to("Team")
    settle()
    window.grab().save(str(out_dir / "supervisor-team.png"))
    team.workers.selectRow(0)
    view = team.drill_down()
    settle()
    window.grab().save(str(out_dir / "supervisor-worker.png"))
    flagged = next((c for c in view.case_model.rows if c.flags), view.case_model.rows[0])
    dialog = view.open_case(flagged.reference)
    dialog.resize(760, 640)
    settle()
    dialog.grab().save(str(out_dir / "supervisor-case.png"))
    dialog.close()
    for name in ("Supervision", "Quality"):
        window.go_to(name)
        settle()
        window.grab().save(str(out_dir / f"supervisor-{name.lower()}.png"))
    reports = window.go_to("Reports")
    wait_for(lambda: bool(reports.html))
    window.grab().save(str(out_dir / "supervisor-reports.png"))
    window.close()
    database.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

"""Every kind of file the app saves, saved through the real page or service on a real profile:
private to the user (0600 under a umask that would give 0644) and no ``.part`` left behind.

Beside the privacy scan (``test_privacy_scan.py``), which checks that nothing else is written.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from fsw_desktop import cli
from fsw_desktop.models.applications import Application
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.supervision import summary_bundle
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.subject_access_dialog import open_person_dialog
from tests.conftest import PASSPHRASE
from tests.profiles import TEMPLATES

PART_GLOB = ".*.*.part"  # .NAME.XXXX.part, the temporary file of atomic.py


@pytest.fixture(autouse=True)
def umask_022():
    """The usual desktop umask: a file written without care comes out 0644, readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def assert_private(path: Path) -> None:
    """Readable by the worker alone, and no temporary part of it (or of any save) left in its folder."""
    path = Path(path)
    assert path.is_file(), path
    mode = stat.S_IMODE(os.stat(path).st_mode)
    assert mode == 0o600, f"{path.name} is {oct(mode)}"
    leftovers = [p.name for p in path.parent.glob(PART_GLOB)]
    assert leftovers == []


@pytest.fixture(scope="module")
def desks(tmp_path_factory, demo_template):
    """The demo worker desk, paired with a second worker and a supervisor (real keys, real pairing)."""
    root = tmp_path_factory.mktemp("saved-files")
    shutil.copytree(demo_template, root / "demo")
    worker = TEMPLATES.open(root / "demo")
    other = TEMPLATES.profile(root / "b", "worker", "B", "Bea Otherworker")
    sup = TEMPLATES.profile(root / "sup", "supervisor", "sup", "Sam Supervisor")
    dbs = {"worker": worker, "b": other, "sup": sup}
    for name, db in dbs.items():
        with open_session(db) as s:
            peers.export_identity(s, root / f"{name}.fswid")
            s.commit()
    for a, b in (("worker", "b"), ("worker", "sup")):
        for me, them in ((a, b), (b, a)):
            with open_session(dbs[me]) as s:
                peers.pair(s, peers.read_identity_file(root / f"{them}.fswid"), them, confirmed=True)
                s.commit()
    yield dbs
    for db in dbs.values():
        db.close()


@pytest.fixture
def window(qtbot, desks):
    def make(name: str = "worker") -> MainWindow:
        w = MainWindow(desks[name])
        qtbot.addWidget(w)
        w.show()
        return w

    return make


# --- PDFs ------------------------------------------------------------------------------------------


def test_subject_access_pdf(window, tmp_path):
    w = window()
    dialog = open_person_dialog(w)
    dialog.find("a")
    assert dialog.model.rowCount() > 1
    dialog.view.selectRow(0)
    assert_private(dialog.export_pdf(tmp_path / "sar.pdf"))


def _family_day_page(w):
    page = w.go_to("Family days")
    rows = [r for r in range(page.days_model.rowCount()) if page.days_model.rows[r]]
    assert rows
    page.days_view.selectRow(rows[0])
    assert page.current_day() is not None
    return page


@pytest.mark.parametrize("which", ["attendees", "security"])
def test_family_day_and_security_lists(window, tmp_path, which):
    page = _family_day_page(window())
    assert_private(page.print_list(which, str(tmp_path / f"{which}.pdf")))


def test_attendee_csv(window, tmp_path):
    page = _family_day_page(window())
    assert_private(page.save_csv(str(tmp_path / "attendees.csv")))


def test_response_slip(window, desks, tmp_path):
    with open_session(desks["worker"]) as s:
        answered = s.execute(select(Application.id).where(Application.response.is_not(None),
                                                          Application.response != "")).scalars().first()
    assert answered is not None
    page = window().go_to("Applications")
    page.refresh()
    ids = [r.id for r in page.model.rows]
    page.table.selectRow(ids.index(answered))
    assert_private(page.print_slip(str(tmp_path / "slip.pdf")))


def test_report_pdf(qtbot, window, tmp_path):
    reports = window().go_to("Reports")
    qtbot.waitUntil(lambda: bool(reports.html), timeout=20_000)
    assert_private(reports.save_pdf(str(tmp_path / "report.pdf")))


def test_figures_csv(qtbot, window, tmp_path):
    reports = window().go_to("Reports")
    qtbot.waitUntil(lambda: bool(reports.html), timeout=20_000)
    assert_private(reports.save_csv(str(tmp_path / "figures.csv")))


def test_quality_self_assessment_pdf(window, tmp_path):
    page = window("sup").go_to("Quality")
    assert_private(page.print_report(str(tmp_path / "quality.pdf")))


# --- spreadsheets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_caseload_export_and_template(qtbot, window, tmp_path, suffix):
    w = window()
    out, template = tmp_path / f"caseload{suffix}", tmp_path / f"template{suffix}"
    w._spreadsheet_path = lambda _title, _name: str(out)  # noqa: SLF001  the save dialog's answer
    w.export_caseload()
    qtbot.waitUntil(out.exists, timeout=30_000)
    qtbot.waitUntil(lambda: "Exported" in w.statusBar().currentMessage(), timeout=30_000)
    assert_private(out)
    w._spreadsheet_path = lambda _title, _name: str(template)  # noqa: SLF001
    w.save_import_template()
    assert_private(template)


# --- identity and bundles --------------------------------------------------------------------------


def test_identity_sync_bundle_and_summary_bundle(qtbot, window, desks, tmp_path):
    sync = window().go_to("Sync")
    sync.export_identity(str(tmp_path / "me.fswid"))
    assert_private(tmp_path / "me.fswid")
    sync_service.export_bundle(desks["worker"], "b", tmp_path / "to-b.fswb")
    assert_private(tmp_path / "to-b.fswb")
    summary_bundle.export_summary(desks["worker"], "sup", tmp_path / "to-sup.fswb")
    assert_private(tmp_path / "to-sup.fswb")


def test_command_line_identity_caseload_and_template(desks, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    home = str(desks["worker"].path.parent)
    for argv, out in ((["identity", "--export"], "me.fswid"), (["export", "caseload", "--out"], "caseload.xlsx"),
                      (["template", "caseload", "--out"], "template.csv")):
        assert cli.main(["--profile", home, *argv, str(tmp_path / out)]) == 0
        assert_private(tmp_path / out)
    assert json.loads((tmp_path / "me.fswid").read_text())["desk_name"]
    capsys.readouterr()


# --- a failed save, and a save killed half way ---------------------------------------------------


def test_a_pdf_that_cannot_be_saved_says_so_plainly_and_leaves_nothing(window, desks, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fsw_desktop.services.data_protection import audit

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    page = _family_day_page(window())
    with open_session(desks["worker"]) as s:
        printed = len(audit.entries(s, action="printed"))
    assert page.print_list("attendees", str(tmp_path / "no-such-folder" / "attendees.pdf")) is None
    assert told == ["Could not save attendees.pdf: No such file or directory."]
    assert list(tmp_path.iterdir()) == []
    with open_session(desks["worker"]) as s:
        assert len(audit.entries(s, action="printed")) == printed  # nothing left the desk: nothing recorded


def test_the_next_save_into_a_folder_removes_what_a_killed_save_left_there(window, tmp_path):
    """A save killed half way leaves a private ``.NAME.XXXX.part`` holding part of a list of names;
    the next save into that folder removes those of this app's files, and nobody else's."""
    killed = [".attendees.pdf.k3j9x0ab.part", ".family-day-2026-05-01-security.pdf.a1b2c3d4.part",
              ".caseload-2026-05-01.xlsx.zz99yy88.part", ".Desk A.fswid.q1w2e3r4.part"]
    others = [".thesis.odt.a1b2c3d4.part", "holiday.jpg.part", "attendees.pdf.part"]
    for name in killed + others:
        (tmp_path / name).write_bytes(b"half")
    page = _family_day_page(window())
    out = page.print_list("attendees", str(tmp_path / "attendees.pdf"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(others + ["attendees.pdf"])

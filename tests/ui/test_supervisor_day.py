"""The supervisor's day on the real window: pair a new worker's desk, take their summary, see them on the Team page.

Issue 17: after pairing a worker's desk and importing their first summary with "Import summaries…",
the Team page showed "Something went wrong (RuntimeError)", its workers table was gone and the
charts stretched, every time Team was opened until the profile was locked. The desks here are real
profiles; the new worker's desk is made fresh (a desk the supervisor has never seen), its identity
file exported under a name without the ".fswid" ending (``fsw identity --export`` takes any name),
and paired through the Sync page's own pair dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QTableView

from fsw_desktop.errors import InputRefused
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.supervision import summary_bundle, team
from fsw_desktop.sync import identity
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.pages.sync_page import record_name
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY, build_worker


def _supervisor_with_one_worker(root):
    """A supervisor's desk that already has one worker's summary (w1), as a supervisor a few weeks in."""
    desks = make_desks(root, {"w1": "worker", "sup": "supervisor"})
    build_worker(desks["w1"], tag="Wx")
    path = desks.bundle_path("w1", "sup")
    summary_bundle.export_summary(desks["w1"], desks.ids["sup"], path, today=TODAY)
    summary_bundle.import_summaries(desks["sup"], [path])
    return desks


def _new_worker_summary(make_profile, desks, tmp_path):
    """A desk the supervisor has never seen: its identity file (any name), and its summary for the supervisor."""
    new = make_profile("worker", "nell", worker="Nell Newworker (synthetic)", fresh=True)
    build_worker(new, tag="Nx")
    with open_session(desks["sup"]) as s:
        sup_ident = identity.public_identity(desk(s))
    with open_session(new) as s:  # the worker pairs with the supervisor on her own desk
        peers.pair(s, sup_ident, name="Supervisor", confirmed=True)
        id_file = tmp_path / "nell-desk.identity"
        ident = peers.export_identity(s, id_file)
        s.commit()
    bundle = tmp_path / "nell-summary.fswb"
    summary_bundle.export_summary(new, desks.ids["sup"], bundle, today=TODAY)
    return ident, id_file, bundle


def _pair_on_sync_page(qtbot, window, id_file, name: str) -> None:
    sync = window.go_to("Sync")
    dialog = sync.pair(str(id_file))
    assert dialog is not None, "the identity file was not accepted"
    dialog.name.setText(name)
    dialog.matched.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: any(p.name == name for p in sync.peers_model.rows))


def test_team_page_after_pairing_and_importing_a_new_worker(qtbot, make_profile, tmp_path):
    desks = _supervisor_with_one_worker(tmp_path / "desks")
    try:
        ident, id_file, bundle = _new_worker_summary(make_profile, desks, tmp_path)
        w = MainWindow(desks["sup"])
        qtbot.addWidget(w)
        w.resize(1024, 768)
        w.show()
        page = w.go_to("Team")
        assert page.worker_model.rowCount() == 1

        _pair_on_sync_page(qtbot, w, id_file, "Nell's desk")

        page = w.go_to("Team")
        page.import_summaries([str(bundle)])
        qtbot.waitUntil(lambda: hasattr(page, "last_import"), timeout=20000)
        assert len(page.last_import) == 1 and not page.last_import[0].replay

        for _visit in range(3):  # the error came back every time Team was opened
            w.go_to("Sync")
            page = w.go_to("Team")
            qtbot.wait(10)  # let deferred deletions run, as the event loop does between clicks
            assert page.stack.currentIndex() == 1
            assert page.workers.isVisible(), "the workers table is gone"
            assert page.worker_model.rowCount() == 2
            desk_ids = {page.worker_model.rows[r]["desk_id"] for r in range(2)}
            assert ident["desk_id"] in desk_ids
    finally:
        desks.close()


# --- the supervisor's day, end to end ---------------------------------------------------------------


def test_supervisor_pairs_a_new_worker_and_sees_them_on_the_team_dashboard(qtbot, make_profile, tmp_path,
                                                                           messages_never_block):
    desks = _supervisor_with_one_worker(tmp_path / "desks")
    try:
        ident, id_file, bundle = _new_worker_summary(make_profile, desks, tmp_path)
        w = MainWindow(desks["sup"])
        qtbot.addWidget(w)
        w.resize(1024, 768)
        w.show()
        sync = w.go_to("Sync")

        # the wrong file first: the summary bundle itself, picked by mistake
        assert sync.pair(str(bundle)) is None
        kind, said = messages_never_block[-1]
        assert kind == "warning" and "is a bundle, not an identity file" in said and "Export my identity" in said

        _pair_on_sync_page(qtbot, w, id_file, "Nell's desk")
        assert any(p.desk_id == ident["desk_id"] and p.role == "worker" for p in sync.peers_model.rows)
        w.grab().save(str(tmp_path / "sync.png"))  # looked at: 1024x768, nothing clipped

        team_page = w.go_to("Team")
        team_page.import_summaries([str(bundle)])
        qtbot.waitUntil(lambda: hasattr(team_page, "last_import"), timeout=20000)
        team_page = w.go_to("Team")

        start, end = team_page.period.dates()
        with open_session(desks["sup"]) as s:
            expected = team.team_figures(s, start, end)
        nell = expected["workers"][ident["desk_id"]]
        assert nell["worker_name"] == "Nell Newworker (synthetic)"
        rows = {r["desk_id"]: r for r in team_page.worker_model.rows}
        assert set(rows) == {desks.ids["w1"], ident["desk_id"]}
        assert rows[ident["desk_id"]]["figures"] == nell["figures"]  # the table's row is her summary's figures
        r = list(rows).index(ident["desk_id"])
        shown = [team_page.worker_model.index(r, c).data() for c in range(team_page.worker_model.columnCount())]
        assert shown[0] == "Nell Newworker (synthetic)" and shown[3] == f"{nell['figures']['caseload']['open']} / 40"
        # the team's figures pool both workers: open cases add up, and the target is 40 a worker
        team_open = expected["team"]["caseload"]["open"]
        assert team_open == sum(wk["figures"]["caseload"]["open"] for wk in expected["workers"].values())
        assert nell["figures"]["caseload"]["open"] > 0
        tiles = {lab.text() for lab in team_page.grid.findChildren(QLabel)}
        assert f"{team_open} (target 80)" in tiles
        caseload = next(v for v in team_page.grid.views if v.objectName() == "chart-caseload")
        assert f"Nell Newworker (synthetic): open cases {nell['figures']['caseload']['open']}" in \
            caseload.accessibleDescription()
        assert team_page.workers.isVisible()
        w.grab().save(str(tmp_path / "team.png"))

        # her figures and cases, twice over: the cases table survives a second look too
        for _look in range(2):
            view = team_page.drill_down(ident["desk_id"])
            assert view.cases.isVisible()
            assert len(view.case_model.rows) == nell["figures"]["caseload"]["open"]
            view.back_button.click()
            qtbot.wait(10)

        # the team report has her in it; visiting again reuses the figures, an import works them out again
        reports = w.go_to("Reports")
        qtbot.waitUntil(lambda: bool(reports.html), timeout=20000)
        assert "Nell Newworker (synthetic)" in reports.html
        task = reports.task
        w.go_to("Team")
        w.go_to("Reports")
        assert reports.task is task, "the figures were worked out again with nothing changed"
        assert [k for k, _t in messages_never_block if k != "warning"] == []
    finally:
        desks.close()


def test_reports_work_the_figures_out_again_only_when_data_or_period_change(qtbot, make_profile):
    db = make_profile("worker", "rep")
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    reports = w.go_to("Reports")
    qtbot.waitUntil(lambda: bool(reports.html), timeout=20000)
    first = reports.task
    for page in ("Today", "Caseload", "Reports"):
        w.go_to(page)
    assert reports.task is first  # before the fix: a new task, and its progress dialog, on every visit
    w.changes.announce({"audit"})  # a kind the figures do not count
    w.go_to("Today")
    w.go_to("Reports")
    assert reports.task is first
    w.go_to("Today")
    reports.data = None
    w.changes.announce({"cases"})  # a case changed while the page was hidden
    w.go_to("Reports")
    assert reports.task is not first
    qtbot.waitUntil(lambda: reports.data is not None, timeout=20000)
    second = reports.task
    reports.period.choice.setCurrentText("This quarter")
    assert reports.task is not second


# --- the worker's side of pairing and sending ----------------------------------------------------------


def test_worker_is_told_before_a_file_name_is_asked(qtbot, make_profile, tmp_path, monkeypatch,
                                                    messages_never_block):
    def asked(*_a, **_k):  # noqa: ANN202
        raise AssertionError("a file name was asked for a bundle that cannot go")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(asked))
    alone = make_profile("worker", "alone")
    w = MainWindow(alone)
    qtbot.addWidget(w)
    sync = w.go_to("Sync")
    sync.export_bundle()
    assert "Pair with a desk first" in messages_never_block[-1][1]
    assert "Export my identity" in messages_never_block[-1][1] and "Pair with a desk…" in messages_never_block[-1][1]

    desks = make_desks(tmp_path / "pair", {"w1": "worker", "sup": "supervisor"})
    try:
        w2 = MainWindow(desks["w1"])
        qtbot.addWidget(w2)
        sync = w2.go_to("Sync")
        sync.peer_combo.setCurrentIndex(sync.peer_combo.findData(desks.ids["sup"]))
        assert sync.kind_combo.currentData() == "summary"  # choosing the supervisor chooses a summary
        sync.kind_combo.setCurrentIndex(sync.kind_combo.findData("sync"))
        w2.resize(1024, 768)
        w2.show()
        w2.grab().save(str(tmp_path / "worker-sync.png"))
        sync.export_bundle()
        kind, said = messages_never_block[-1]
        assert kind == "warning" and "supervisor's desk" in said and "Summary for my supervisor" in said
    finally:
        desks.close()


# --- a visits hall's Sync page speaks of visits and families ------------------------------------------


def test_visitor_centre_sync_page_never_speaks_of_cases(qtbot, make_profile, tmp_path):
    db = make_profile("visitor-centre", "hall")
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    sync = w.go_to("Sync")
    words = []
    for label in sync.findChildren(QLabel):
        if label.isVisibleTo(sync):
            words.append(label.text())
    for edit in sync.findChildren(QLineEdit):
        if edit.isVisibleTo(sync):
            words += [edit.placeholderText(), edit.accessibleName()]
    for combo in sync.findChildren(QComboBox):
        words += [combo.itemText(i) for i in range(combo.count())]
    for table in sync.findChildren(QTableView):
        model = table.model()
        words += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    text = " ".join(words).lower()
    w.grab().save(str(tmp_path / "vc-sync.png"))
    assert "visits" in text and "famil" in text
    assert "case" not in text
    assert record_name("cases", "visitor-centre") == "Family"
    assert record_name("cases", "worker") == "Case"


@pytest.mark.parametrize("role", ["supervisor", "worker"])
def test_sync_page_purpose_is_said_per_role(qtbot, make_profile, role):
    w = MainWindow(make_profile(role, f"purpose-{role}"))
    qtbot.addWidget(w)
    sync = w.go_to("Sync")
    assert sync.purpose.text()
    assert ("summaries" in sync.purpose.text().lower()) == (role == "supervisor")


def test_identity_file_is_judged_by_its_content(tmp_path, make_profile):
    db = make_profile("worker", "judge")
    with open_session(db) as s:
        ident = peers.export_identity(s, tmp_path / "my desk.txt")  # any name, as ``fsw identity --export``
        s.commit()
    assert peers.read_identity_file(tmp_path / "my desk.txt") == ident
    notes = tmp_path / "notes.fswid"
    notes.write_text("a shopping list, not an identity")
    with pytest.raises(InputRefused, match="notes.fswid is not an FSW Desk identity file.*Export my identity"):
        peers.read_identity_file(notes)
    newer = tmp_path / "newer.id"
    newer.write_text('{"format": 99}')
    with pytest.raises(InputRefused, match="newer version"):  # an identity file's own reason is kept
        peers.read_identity_file(newer)

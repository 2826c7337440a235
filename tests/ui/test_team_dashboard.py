"""The supervisor's dashboard on the real window: import three workers' summaries, look, drill down, report.

Three worker desks built through the real services (``summary_desk``) export real
summary bundles; the supervisor's window imports them through the Team page's
worker thread, then the test reads what a supervisor would read.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel

from fsw_desktop.services.supervision import summary_bundle, team
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.main_window import MainWindow, pages_for
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY, build_worker

WORKERS = ("w1", "w2", "w3")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("dashboard")
    desks = make_desks(root, {"w1": "worker", "w2": "worker", "w3": "worker", "sup": "supervisor"})
    built = {name: build_worker(desks[name], tag=tag) for name, tag in zip(WORKERS, ("Ax", "Bx", "Cx"))}
    paths = []
    for name in WORKERS:
        path = desks.bundle_path(name, "sup")
        summary_bundle.export_summary(desks[name], "sup", path, today=TODAY)
        paths.append(str(path))
    yield desks, built, paths
    desks.close()


def test_supervisor_navigation():
    assert pages_for("supervisor") == ["Team", "Supervision", "Quality", "Directory", "Reports", "Sync"]
    assert not {"Team", "Supervision", "Quality"} & set(pages_for("worker"))


def test_import_three_summaries_see_dashboard_drill_down_and_report(qtbot, world, tmp_path):
    desks, built, paths = world
    w = MainWindow(desks["sup"])
    qtbot.addWidget(w)
    w.resize(1280, 900)
    w.show()
    page = w.go_to("Team")
    assert page.stack.currentIndex() == 0  # nothing imported: the empty state says what to do
    page.import_summaries(paths)
    qtbot.waitUntil(lambda: hasattr(page, "last_import"), timeout=20000)
    assert len(page.last_import) == 3
    assert page.stack.currentIndex() == 1

    start, end = page.period.dates()
    with open_session(desks["sup"]) as s:
        expected = team.team_figures(s, start, end)
    assert page.worker_model.rowCount() == 3
    shown = {page.worker_model.rows[r]["desk_id"] for r in range(3)}
    assert shown == {desks.ids[n] for n in WORKERS}
    tiles = {lab.text() for lab in page.grid.findChildren(QLabel)}
    team_open = expected["team"]["caseload"]["open"]
    assert f"{team_open} (target 120)" in tiles
    assert str(expected["team"]["overdue_reviews"]) in tiles
    keys = {v.objectName() for v in page.grid.views}
    assert {"chart-caseload", "chart-stages_by_worker", "chart-outcomes", "chart-age", "chart-sources"} <= keys
    drawn = page.grid.reveal()  # only the charts in view are drawn; the rest as they scroll in
    assert 0 < drawn < len(page.grid.views)
    bar = page.grid.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert page.grid.reveal() > drawn
    caseload = next(v for v in page.grid.views if v.objectName() == "chart-caseload")
    for d, fig in expected["workers"].items():  # the chart's numbers are the service's
        assert f"{fig['worker_name']}: open cases {fig['figures']['caseload']['open']}" in \
            caseload.accessibleDescription()

    # drill down: one worker, then one case
    page.workers.selectRow(0)
    view = page.drill_down()
    assert page.stack.currentIndex() == 2
    desk_id = page.worker_model.rows[0]["desk_id"]
    open_refs = {c.reference for c in view.case_model.rows}
    assert len(open_refs) == expected["workers"][desk_id]["figures"]["caseload"]["open"]
    dialog = view.open_case(sorted(open_refs)[0])
    html = dialog.text.toPlainText()
    assert sorted(open_refs)[0] in html and "Outcome scores over time" in html
    name = next(iter(n for n in WORKERS if desks.ids[n] == desk_id))
    assert not [p for p in built[name].names if p in html]  # no names: the worker did not send them
    dialog.close()
    view.back_button.click()
    assert page.stack.currentIndex() == 1

    # the report for the same period: PDF text and CSV carry the figures
    reports = w.go_to("Reports")
    qtbot.waitUntil(lambda: bool(reports.html), timeout=20000)
    pdf = reports.save_pdf(str(tmp_path / "team.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Team report" in text and f"{team_open} (target 120)" in text
    for fig in expected["workers"].values():
        assert fig["worker_name"] in text
    for outcome, v in expected["team"]["outcomes"].items():
        if v["total"]:
            assert outcome in text
    out = reports.save_csv(str(tmp_path / "team.csv"))
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    team_rows = {(r["section"], r["measure"]): r["value"] for r in rows if r["scope"] == "team"}
    assert team_rows[("caseload", "open")] == str(team_open)



def test_worker_sends_a_summary_from_the_sync_page_and_the_supervisor_takes_it(qtbot, world, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from fsw_desktop.services.supervision import team as team_service

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))

    desks, built, _paths = world
    w = MainWindow(desks["w1"])
    qtbot.addWidget(w)
    sync = w.go_to("Sync")
    sync.peer_combo.setCurrentIndex(sync.peer_combo.findData(desks.ids["sup"]))
    sync.kind_combo.setCurrentIndex(sync.kind_combo.findData("summary"))
    assert not sync.include_names.isHidden()
    out = tmp_path / "summary.fswb"
    sync.export_bundle(str(out))
    qtbot.waitUntil(lambda: getattr(sync, "last_report", None) is not None, timeout=20000)
    assert sync.last_report.include_names is False and out.exists()
    raw = out.read_bytes()
    assert not [n for n in built["w1"].names if n.encode() in raw]

    sup = MainWindow(desks["sup"])
    qtbot.addWidget(sup)
    sup_sync = sup.go_to("Sync")
    sup_sync.import_bundle(str(out))
    qtbot.waitUntil(lambda: getattr(sup_sync, "last_report", None) is not None, timeout=20000)
    with open_session(desks["sup"]) as s:
        assert desks.ids["w1"] in {r.desk_id for r in team_service.latest_summaries(s)}
    assert shown[0].startswith("Summary of ") and "No names" in shown[0]

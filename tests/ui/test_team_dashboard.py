"""The supervisor's dashboard on the real window: import three workers' summaries, look, drill down, report.

Three worker desks built through the real services (``summary_desk``) export real
summary bundles; the supervisor's window imports them through the Team page's
worker thread, then the test reads what a supervisor would read. The charts, the printed report
and a worker's figures CSV are also checked over hand-made figures, where "no data" must never be drawn as 0.
"""

from __future__ import annotations

import copy
import csv
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from fsw_desktop.services.supervision import summary, summary_bundle, team
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import report
from fsw_desktop.ui.figure_charts import team_charts
from fsw_desktop.ui.main_window import MainWindow, pages_for
from fsw_desktop.ui.pages.reports_page import ReportsPage
from fsw_desktop.ui.pages.team_page import LazyChart, case_html
from fsw_desktop.ui.table_model import ROW_ROLE
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
    # the summaries hold the year to TODAY; the bar's own "Last 12 months" moves on with the clock,
    # and from December 2026 it left too little of that year for every chart to have data
    start = TODAY - timedelta(days=364)
    page.period.start.setDate(QDate(start.year, start.month, start.day))
    page.period.end.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
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
    for fig in expected["workers"].values():  # the chart's numbers are the service's
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
        assert f"{date.fromisoformat(fig['as_of']):%d %b %Y}" in text and fig["as_of"] not in text  # one date format
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


# Figures made by ``summary.figures`` over hand-made records (no desk needed); the pages and the report are real.


# --- the case drill-down: one row per outcome and person -------------------------------------------


def test_case_scores_one_row_per_outcome_and_person():
    score = "Child self-esteem"
    case = {"reference": "FSW-1", "status": "open", "stage": "active", "scores": {score: [
        {"subject": "person 2", "kind": "initial", "on": "2025-10-01", "score": 1},
        {"subject": "person 3", "kind": "initial", "on": "2025-10-01", "score": 5},
        {"subject": "person 2", "kind": "follow-up", "on": "2026-01-10", "score": 3},
        {"subject": "person 3", "kind": "follow-up", "on": "2026-01-10", "score": 4, "name": "Posy Orrinford"},
    ]}}
    html = case_html("Wren Worker", case)
    rows = [r for r in html.split("<tr>") if r.startswith(f"<td>{score}</td>")]
    assert len(rows) == 2  # before the fix: one row, person 2's and person 3's scores chained as one
    assert "<td>person 2</td>" in rows[0] and "1 <span" in rows[0] and "3 <span" in rows[0]
    assert "5 <span" not in rows[0] and "4 <span" not in rows[0]
    assert "<td>person 3 (Posy Orrinford)</td>" in rows[1] and "5 <span" in rows[1] and "4 <span" in rows[1]


# --- "no data" is no bar, and says so -----------------------------------------------------------------


def _report() -> dict:
    """Two workers: Ada contacted families (median 4 days) and answered applications (50% on time);
    Ben has nobody contacted and no application due, so neither figure exists for him."""
    empty = summary.figures([], {}, TODAY)
    ada = copy.deepcopy(empty)
    ada["first_contact"]["median_days"] = 4.0
    ada["applications"].update(answered_on_time=1, considered=2, on_time_share=0.5)
    assert empty["first_contact"]["median_days"] is None and empty["applications"]["on_time_share"] is None
    workers = {"d1": {"worker_name": "Ada", "desk_name": "Desk A", "establishment": "HMP Test", "as_of": "2026-03-01",
                      "figures": ada},
               "d2": {"worker_name": "Ben", "desk_name": "Desk B", "establishment": "HMP Test", "as_of": "2026-03-01",
                      "figures": empty}}
    return {"period": empty["period"], "workers": workers, "team": ada}


def test_no_data_is_left_out_of_the_bars_and_described(qtbot):
    specs = {s.key: s for s in team_charts(_report())}
    for key, label in (("first_contact", "median days"), ("applications", "answered on time")):
        spec = specs[key]
        # before the fix Ben had a bar at 0: the fastest to first contact, 0% on time
        assert spec.categories == ["Ada"] and spec.no_data == ["Ben"] and len(spec.series[label]) == 1
        assert "Ben: no data" in spec.description and "no data: Ben" in spec.title
        place = LazyChart(spec)
        qtbot.addWidget(place)
        assert "Ben: no data" in place.accessibleDescription()
        assert "Ben: no data" in place.materialise().accessibleDescription()
    assert specs["first_contact"].series["median days"] == [4.0]
    assert specs["applications"].series["answered on time"] == [50.0]


def test_printed_report_says_no_data(qtbot):
    data = _report()
    html, _ = report.build("Team report", "test", data["team"], team_charts(data), data["workers"])
    assert html.count("Ben: no data") == 2


# --- a worker's CSV carries the period its figures cover -------------------------------------------


def test_worker_csv_is_labelled_with_the_figures_period(qtbot, tmp_path):
    page = ReportsPage(lambda: None, None, "worker")
    qtbot.addWidget(page)
    page._audit = lambda *_a: None  # noqa: SLF001  no database here; the audit trail is tested elsewhere
    figures = summary.figures([], {}, TODAY, date(2025, 1, 1), date(2025, 6, 30))
    page._show({"role": "worker", "team": figures, "workers": {}, "desk": {}})  # noqa: SLF001
    assert page.period.dates() != (date(2025, 1, 1), date(2025, 6, 30))  # the bar has moved on since
    page.save_csv(str(tmp_path / "figures.csv"))
    with open(tmp_path / "figures.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {(r["period_start"], r["period_end"]) for r in rows} == {("2025-01-01", "2025-06-30")}
    assert "01 Jan 2025 to 30 Jun 2025" in page._title()[1]  # noqa: SLF001


# --- a regional team: 24 workers in three prisons -------------------------------------------------


def _regional() -> dict:
    """24 workers, eight in each of three establishments, each with a different open caseload (20 to 43)."""
    places = ("HMP Alpha (synthetic)", "HMP Beta (synthetic)", "HMP Gamma (synthetic)")
    workers = {}
    for n in range(24):
        f = summary.figures([], {}, TODAY)
        f["caseload"]["open"] = 20 + n
        f["overdue_reviews"] = n % 4
        f["applications"].update(answered_on_time=n, considered=24, on_time_share=n / 24)
        workers[f"d{n:02d}"] = {"worker_name": f"Worker {n:02d}", "desk_name": f"Desk {n:02d}",
                                "establishment": places[n % 3], "as_of": "2026-03-01", "figures": f}
    return {"period": f["period"], "workers": workers, "team": summary.figures([], {}, TODAY),
            "establishments": team.establishments(workers)}


def test_a_regional_team_is_charted_by_establishment_and_its_highest_workers(qtbot):
    data = _regional()
    places = data["establishments"]
    assert [p["workers"] for p in places.values()] == [8, 8, 8]
    alpha = places["HMP Alpha (synthetic)"]  # workers 0, 3, ... 21: open 20, 23, ... 41
    assert alpha["open"] == sum(20 + n for n in range(0, 24, 3)) and alpha["over_target"] == 1
    specs = {s.key: s for s in team_charts(data)}
    assert "caseload" not in specs  # no chart with a bar per worker for 24 workers
    by_place = specs["caseload_by_establishment"]
    assert by_place.categories[0] == "HMP Alpha (synthetic) (8 workers)"
    assert by_place.series["open cases per worker"][0] == round(alpha["open"] / 8, 1) and by_place.target == 40
    highest = specs["caseload_highest"]
    assert highest.categories == [f"Worker {n:02d}" for n in range(23, 13, -1)]  # the ten largest, largest first
    assert "10 highest of 24 workers" in highest.title and "14 more workers in the table" in highest.description
    share = specs["applications_by_establishment"].series["answered on time"]
    assert share[0] == round(100 * sum(range(0, 24, 3)) / (8 * 24))
    for spec in specs.values():  # every bar has room for its name: never more than ten or so bars
        assert len(spec.categories) <= 11
        place = LazyChart(spec)
        qtbot.addWidget(place)
        assert place.materialise().accessibleDescription() == spec.description


def test_workers_table_sorts_by_number_and_filters_by_words_and_establishment(qtbot, world):
    from fsw_desktop.ui.pages.team_page import TeamPage

    desks, _built, paths = world
    summary_bundle.import_summaries(desks["sup"], paths)  # a replay if the first test imported them
    page = TeamPage(lambda: open_session(desks["sup"]), desks["sup"])
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.refresh()
    assert page.filter.accessibleName() == "Filter workers" and page.worker_filter.rowCount() == 3
    column = [c.header for c in page.worker_model.columns].index("Open cases")
    page.workers.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [page.worker_filter.data(page.worker_filter.index(r, 0), ROW_ROLE) for r in range(3)]
    opens = [r["figures"]["caseload"]["open"] for r in shown]
    assert opens == sorted(opens, reverse=True)  # by the number (the cell reads "41 / 40")
    name = shown[1]["worker_name"]
    qtbot.keyClicks(page.filter, name.lower())
    assert page.worker_filter.rowCount() == 1 and page.shown.text() == "1 of 3 shown"
    page.workers.selectRow(0)
    assert page.drill_down().desk_id == shown[1]["desk_id"]  # the row shown, whatever the sort
    page.filter.clear()
    assert page.worker_filter.rowCount() == 3 and page.shown.text() == ""
    page.worker_filter.set_filter("", "HMP nowhere")
    assert page.worker_filter.rowCount() == 0

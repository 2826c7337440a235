"""Review fixes to what the supervisor reads: scores per person, "no data" never drawn as 0, CSV periods.

Figures are made by ``summary.figures`` over hand-made records (no desk needed);
the pages and the report are the real ones.
"""

from __future__ import annotations

import copy
import csv
from datetime import date

from fsw_desktop.services.supervision import summary
from fsw_desktop.ui import report
from fsw_desktop.ui.figure_charts import team_charts
from fsw_desktop.ui.pages.reports_page import ReportsPage
from fsw_desktop.ui.pages.team_page import LazyChart, case_html

TODAY = date(2026, 3, 1)


# --- 3. the case drill-down: one row per outcome and person ---------------------------------------


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


# --- 4. "no data" is no bar, and says so ----------------------------------------------------------------


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


# --- 6. a worker's CSV carries the period its figures cover ----------------------------------------


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
    assert "01 January 2025 to 30 June 2025" in page._title()[1]  # noqa: SLF001

"""Which charts the figures make: one list, read by the dashboard, the drill-down and the report.

A ``ChartSpec`` is plain data (title, categories, series); ``charts.bar_chart``
draws it. Keeping the choice of charts here means the screen and the printed
report can never show a supervisor two different pictures of the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..words import QT_TRANSLATE_NOOP, tr
from .charts import OUTCOME_COLOURS, describe
from ..services.desk import vocab

TOP = 10  # longer lists (ethnicity, sources) keep the ten largest and sum the rest as "Others"
# Up to this many workers, one bar per worker. A regional team (60 workers across several prisons)
# gets charts by establishment, and per-worker charts of the TOP workers only; every worker stays
# in the sortable, filterable table.
PER_WORKER_MAX = 15


@dataclass
class ChartSpec:
    key: str
    title: str
    categories: list[str]
    series: dict[str, list[float]]
    stacked: bool = False
    target: float | None = None
    target_label: str = ""
    colours: dict[str, str] = field(default_factory=dict)
    suffix: str = ""
    wide: bool = False  # long category names (outcomes, ethnicity): the full width of the page
    # Categories left out of the bars because their figure does not exist (nobody contacted, no
    # application due): a bar would draw "no data" as 0, so the description names them instead.
    no_data: list[str] = field(default_factory=list)
    note: str = ""  # said after the numbers, e.g. that a top-ten chart leaves workers out

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(v) for v in self.series.values())

    @property
    def description(self) -> str:
        """The chart's numbers as a sentence (accessible description, printed note), "no data" included."""
        parts = [describe(self.categories, self.series)] if self.categories else []
        parts += [tr("{category}: no data").format(category=c) for c in self.no_data]
        parts.append(self.note)
        return "; ".join(p for p in parts if p)


def _top(counts: Mapping[str, int], n: int = TOP) -> dict[str, int]:
    items = sorted(counts.items(), key=lambda kv: -kv[1])
    head = dict(items[:n])
    rest = sum(v for _, v in items[n:])
    if rest:
        head[tr("Others")] = rest
    return head


def _count_chart(key: str, title: str, counts: Mapping[str, int], label: str) -> ChartSpec:
    counts = _top(counts)
    return ChartSpec(key, title, vocab.labels_only(counts), {label: [float(v) for v in counts.values()]},
                     wide=any(len(c) > 24 for c in counts))


# The outcome each figure is stored under, and its name in the legend.
OUTCOME_NAMES = {
    "improved": QT_TRANSLATE_NOOP("", "improved"),
    "no change": QT_TRANSLATE_NOOP("", "no change"),  # not shown: the key; its label is beside it
    "worse": QT_TRANSLATE_NOOP("", "worse"),
}


def outcomes_chart(figures: Mapping[str, Any], title: str | None = None) -> ChartSpec:
    outcomes = {k: v for k, v in figures.get("outcomes", {}).items() if v.get("total")}
    series = {tr(label): [float(v.get(key, 0)) for v in outcomes.values()] for key, label in OUTCOME_NAMES.items()}
    colours = {tr(label): OUTCOME_COLOURS[key] for key, label in OUTCOME_NAMES.items()}
    return ChartSpec("outcomes", title or tr("Outcomes: first score to latest"), vocab.labels_only(outcomes), series,
                     stacked=True, colours=colours, wide=True)


def stages_chart(figures: Mapping[str, Any], title: str | None = None) -> ChartSpec:
    stages = {k: v for k, v in figures.get("cases_by_stage", {}).items() if k != "closed"}
    return ChartSpec("stages", title or tr("Open cases by stage"), [vocab.label(s) for s in stages],
                     {tr("open cases"): [float(v) for v in stages.values()]})


def _per_worker(key: str, title: str, names: list[str], label: str, values: list[float | None],
                suffix: str = "") -> ChartSpec:
    """One bar per worker whose figure exists. A missing figure (a median of nobody, a share of
    nothing) is no bar, not a bar at 0: 0 would read as the fastest or the worst worker. The
    workers left out are named in the title and the description."""
    shown = [(n, v) for n, v in zip(names, values) if v is not None]
    missing = [n for n, v in zip(names, values) if v is None]
    if missing:
        title = tr("{title} (no data: {workers})").format(title=title, workers=", ".join(missing))
    return ChartSpec(key, title, [n for n, _ in shown], {label: [float(v) for _, v in shown]}, suffix=suffix,
                     no_data=missing)


def _pooled(team: Mapping[str, Any]) -> list[ChartSpec]:
    """The charts of the team's pooled figures, whatever its size."""
    return [
        outcomes_chart(team, tr("Outcomes across the team: first score to latest")),
        _count_chart("age", tr("Children by age band"), team["children"]["by_age_band"], tr("children")),
        _count_chart("gender", tr("Children by gender"), team["children"]["by_gender"], tr("children")),
        _count_chart("ethnicity", tr("Children by ethnicity"), team["children"]["by_ethnicity"], tr("children")),
        _count_chart("sources", tr("Referral sources"), team["referral_sources"], tr("referrals")),
    ]


def _highest(key: str, title: str, workers: Mapping[str, Any], label: str, value: Any,
             target: float | None = None, target_label: str = "", suffix: str = "") -> ChartSpec:
    """The TOP workers with the highest figure (where it exists), one bar each; the title says how many of
    how many, and the description names how many more there are, so no reader takes them for the team."""
    have = [(w["worker_name"] or w["desk_name"], value(w["figures"])) for w in workers.values()]
    have = sorted(((n, v) for n, v in have if v is not None), key=lambda nv: (-nv[1], nv[0].lower()))
    shown = have[:TOP]
    # "workers" whatever the count, as the English has always said (only teams of 16 or more).
    heading = tr("{title}: the {shown} highest of %n workers", "", len(workers)).format(title=title, shown=len(shown))
    spec = ChartSpec(key, heading, [n for n, _ in shown],
                     {label: [float(v) for _, v in shown]}, target=target, target_label=target_label, suffix=suffix,
                     wide=True)  # a row of its own: the title is long, and half a 1024 px page cut it short
    rest = len(workers) - len(shown)
    if rest:
        spec.note = tr("%n more workers in the table, which sorts by any column", "", rest)
    return spec


def establishment_charts(report: Mapping[str, Any]) -> list[ChartSpec]:
    """A regional team's charts: by establishment, then the workers who stand out, then the team pooled."""
    workers = report.get("workers", {})
    places = report.get("establishments", {})
    names = [tr("{place} (%n worker)|{place} (%n workers)", "", v["workers"]).format(place=p) for p, v in places.items()]
    per = list(places.values())
    share = [float(round(100 * v["answered_on_time"] / v["considered"])) if v["considered"] else None for v in per]
    return [
        ChartSpec("caseload_by_establishment", tr("Open cases per worker by establishment (average), against 40"),
                  names, {tr("open cases per worker"): [round(v["open"] / v["workers"], 1) for v in per]},
                  target=40.0, target_label=tr("40 per worker"), wide=True),
        ChartSpec("overdue_by_establishment", tr("Overdue reviews and waiting list by establishment"), names,
                  {tr("reviews overdue"): [float(v["overdue_reviews"]) for v in per],
                   tr("waiting for first contact"): [float(v["waiting"]) for v in per]}, wide=True),
        _highest("caseload_highest", tr("Open cases"), workers, tr("open cases"), lambda f: f["caseload"]["open"],
                 target=40.0, target_label=tr("40 per worker")),
        _highest("first_contact_slowest", tr("Referral to first contact (median days)"), workers, tr("median days"),
                 lambda f: f["first_contact"]["median_days"]),
        *_pooled(report["team"]),
        _per_worker("applications_by_establishment", tr("Applications answered on time by establishment (%)"),
                    names, tr("answered on time"), share, suffix="%"),
        ChartSpec("visits_by_establishment", tr("Visits held and attended by establishment"), names,
                  {tr("held"): [float(v["visits_held"]) for v in per],
                   tr("attended"): [float(v["visits_attended"]) for v in per]}, wide=True),
        ChartSpec("family_days_by_establishment", tr("Family days held by establishment"), names,
                  {tr("family days held"): [float(v["family_days_held"]) for v in per]}, wide=True),
    ]


def team_charts(report: Mapping[str, Any]) -> list[ChartSpec]:
    """The dashboard's charts from ``team.team_figures``: per worker first, then the team pooled;
    for a team of more than PER_WORKER_MAX workers, by establishment (``establishment_charts``)."""
    workers = report.get("workers", {})
    if len(workers) > PER_WORKER_MAX:
        return establishment_charts(report)
    team = report["team"]
    names = [w["worker_name"] or w["desk_name"] for w in workers.values()]
    per = [w["figures"] for w in workers.values()]
    stage_names = [s for s in team.get("cases_by_stage", {}) if s != "closed"]

    def share(f: Mapping[str, Any]) -> float | None:
        s = f.get("applications", {}).get("on_time_share")
        return float(round(100 * s)) if s is not None else None

    specs = [
        ChartSpec("caseload", tr("Open cases per worker, against 40"), names,
                  {tr("open cases"): [float(f["caseload"]["open"]) for f in per]}, target=40.0,
                  target_label=tr("40 per worker")),
        ChartSpec("stages_by_worker", tr("Open cases by stage"), names,
                  {vocab.label(s): [float(f["cases_by_stage"].get(s, 0)) for f in per] for s in stage_names},
                  stacked=True),
        ChartSpec("overdue", tr("Overdue reviews and waiting list"), names,
                  {tr("reviews overdue"): [float(f["overdue_reviews"]) for f in per],
                   tr("waiting for first contact"): [float(f["waiting_list"]["waiting"]) for f in per]}),
        _per_worker("first_contact", tr("Referral to first contact (median days)"), names, tr("median days"),
                    [f["first_contact"]["median_days"] for f in per]),
        *_pooled(team),
        _per_worker("applications", tr("Applications answered on time (%)"), names, tr("answered on time"),
                    [share(f) for f in per], suffix="%"),
        ChartSpec("visits", tr("Visits held and attended"), names,
                  {tr("held"): [float(f["visits"].get("held", 0)) for f in per],
                   tr("attended"): [float(f["visits"].get("attended", 0)) for f in per]}),
        ChartSpec("family_days", tr("Family days: families attending"), names,
                  {tr("family days held"): [float(f["family_days"].get("held", 0)) for f in per],
                   tr("families attended"): [float(f["family_days"].get("families_attended", 0)) for f in per]}),
    ]
    return specs


def desk_charts(figures: Mapping[str, Any]) -> list[ChartSpec]:
    """One desk's charts (a worker's own report, or a supervisor's drill-down to one worker)."""
    apps = figures.get("applications", {})
    visits = figures.get("visits", {})
    days = figures.get("family_days", {})
    return [
        stages_chart(figures),
        outcomes_chart(figures),
        _count_chart("age", tr("Children by age band"), figures["children"]["by_age_band"], tr("children")),
        _count_chart("sources", tr("Referral sources"), figures["referral_sources"], tr("referrals")),
        ChartSpec("activity", tr("Applications, visits and family days"), [
            tr("Applications received"), tr("Answered on time"), tr("Visits held"), tr("Visits attended"),
            tr("Family days held"), tr("Families attended")], {tr("count"): [
                float(apps.get("received", 0)), float(apps.get("answered_on_time", 0)),
                float(visits.get("held", 0)), float(visits.get("attended", 0)),
                float(days.get("held", 0)), float(days.get("families_attended", 0))]}),
    ]


def headline(figures: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The figures a reader wants first, as label and value, for tiles and the report's first table."""
    load = figures["caseload"]
    first = figures["first_contact"]
    wait = figures["waiting_list"]
    apps = figures.get("applications", {})
    share = apps.get("on_time_share")
    longest = wait.get("longest_days_waited")
    visits = figures["visits"]
    days = figures["family_days"]
    claims = figures.get("travel_claims", {})
    return [
        (tr("Open cases"), tr("{open} (target {target})").format(open=load["open"], target=load["target"])),
        (tr("Referred in period"), str(load["referred"])),
        (tr("Closed in period"), str(load["closed"])),
        (tr("Reviews overdue"), str(figures["overdue_reviews"])),
        # "days" whatever the count, as the English has always said.
        (tr("Waiting for first contact"), f"{wait['waiting']}" if longest is None else
         tr("{waiting} (longest %n days)", "", longest).format(waiting=wait["waiting"])),
        (tr("Referral to first contact"), "–" if first["median_days"] is None else
         tr("median {days} days").format(days=f"{first['median_days']:g}")),
        (tr("Children in cases worked"), str(figures["children"]["total"])),
        (tr("Applications answered on time"), "–" if share is None else
         tr("{share} ({answered} of {considered})").format(share=f"{share:.0%}",
                                                           answered=apps.get("answered_on_time", 0),
                                                           considered=apps.get("considered", 0))),
        (tr("Visits held / attended"), f"{visits.get('held', 0)} / {visits.get('attended', 0)}"),
        (tr("Family days held / families"), f"{days.get('held', 0)} / {days.get('families_attended', 0)}"),
        (tr("Travel claims made / missed"), f"{claims.get('made', 0)} / {claims.get('missed', 0)}"),
    ]

"""The figures report: one HTML document with charts drawn in memory, for preview and for PDF.

The same document is shown in the Reports page's preview and printed to PDF, so
what a supervisor checks on screen is what the commissioner reads.
"""

from __future__ import annotations

import html
from typing import Any, Mapping, Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from ..services.desk import vocab
from ..services.desk.dates import show_iso
from . import charts
from .figure_charts import ChartSpec, headline
from ..words import tr

CHART_SIZE = QSize(1400, 560)


def _words(text: str) -> str:
    """Our own translated words in the document's markup (``<`` and ``&`` escaped; quotes are fine in text)."""
    return html.escape(text, quote=False)


def _heading(text: str) -> str:
    return f"<h2>{_words(text)}</h2>"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    # figures' headings keep their words whole; the name column takes what they leave (Qt's layout
    # otherwise splits a word letter by letter: "victimisati / on")
    head = "".join(f"<th>{html.escape(h)}</th>" if i == 0 else
                   "<th>" + "<br>".join(html.escape(w) for w in h.split()) + "</th>" for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table cellspacing="0" cellpadding="4" width="100%"><tr>{head}</tr>{body}</table>'  # not shown: markup


def _outcome_rows(figures: Mapping[str, Any]) -> list[list[object]]:
    rows = []
    for name, v in figures.get("outcomes", {}).items():
        total = v.get("total", 0)
        pct = f"{v.get('improved', 0) / total:.0%}" if total else "–"
        rows.append([vocab.label(name), v.get("improved", 0), v.get("no change", 0), v.get("worse", 0), total, pct,
                     v.get("one score only", 0)])
    return rows


def build(title: str, subtitle: str, figures: Mapping[str, Any], specs: Sequence[ChartSpec],
          workers: Mapping[str, Any] | None = None, chart_width: int = 640) -> tuple[str, dict[str, QImage]]:
    """HTML and the chart images it names; ``workers`` adds the per-worker table (supervisor)."""
    images: dict[str, QImage] = {}
    parts = [f"<h1>{html.escape(title)}</h1><p class='sub'>{html.escape(subtitle)}</p>",  # not shown: markup
             _heading(tr("At a glance")), _table([tr("Figure"), tr("Value")], headline(figures)),
             "<p class='note'>{}</p>".format(_words(tr(  # not shown: markup
                 "Open cases, stages, overdue reviews and the waiting list are as on the day each "
                 "summary was made. Applications, visits and family days are counted by whole calendar month, "
                 "every month the period touches.")))]
    if workers:
        rows = []
        for w in workers.values():
            f = w["figures"]
            share = f["applications"].get("on_time_share")
            as_of = show_iso(w["as_of"])  # the one date format on screen
            rows.append([w["worker_name"], w["establishment"], as_of, f["caseload"]["open"],
                         f["overdue_reviews"], f["waiting_list"]["waiting"],
                         "–" if f["first_contact"]["median_days"] is None else f"{f['first_contact']['median_days']:g}",
                         "–" if share is None else f"{share:.0%}"])
        parts += [_heading(tr("Workers")),
                  _table([tr("Worker"), tr("Establishment"), tr("Summary of"), tr("Open cases"),
                          tr("Reviews overdue"), tr("Waiting"), tr("Days to first contact"),
                          tr("Applications on time")], rows)]
    parts += [_heading(tr("Outcomes")) + "<p class='note'>" + _words(tr(  # not shown: markup
                  "Each child's first score against their latest in the period, "
                  "per outcome (as in the i-HOP evaluation's Table 4).")) + "</p>",
              _table([tr("Outcome"), tr("Improved"), tr("No change"), tr("Worse"), tr("Scored twice"),
                      tr("Improved %"), tr("One score only")],
                     _outcome_rows(figures))]
    parts.append(_heading(tr("Charts")))
    for n, spec in enumerate(s for s in specs if not s.empty):
        name = f"chart{n}"
        chart = charts.bar_chart(spec.title, spec.categories, spec.series, stacked=spec.stacked, target=spec.target,
                                 target_label=spec.target_label, colours=spec.colours, suffix=spec.suffix)
        height = charts.height_for(len(spec.categories), len(spec.series), spec.stacked)
        images[name] = charts.render(chart, QSize(CHART_SIZE.width(), height * 2))
        tall = chart_width * height * 2 // 1400
        parts.append(f'<p><img src="{name}" width="{chart_width}" height="{tall}"></p>'  # not shown: markup
                     f"<p class='note'>{html.escape(spec.description)}</p>")
    parts.append("<p class='note'>{}</p>".format(_words(tr(  # not shown: markup
        "Made by FSW Desk from workers' summaries. Summaries carry no names unless a "
        "worker chose to include them for supervision; people who must not be disclosed are never "
        "included."))))
    style = ("<style>\n"  # not shown: the document's style sheet
             "      body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }\n"
             "      h1 { font-size: 16pt; color: #1b4965; margin-bottom: 2px; }\n"
             "      h2 { font-size: 12pt; color: #1b4965; margin-top: 14px; }\n"
             "      p.sub { color: #57606a; margin-top: 0; }\n"
             "      th { background: #eaeef2; text-align: left; border: 1px solid #afb8c1; }\n"
             "      td { border: 1px solid #d0d7de; }\n"
             "      p.note { color: #57606a; font-size: 7.5pt; }\n"
             "    </style>")
    return f"<html><head>{style}</head><body>{''.join(parts)}</body></html>", images

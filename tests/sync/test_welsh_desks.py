"""A Welsh desk and an English desk work together: what travels carries no language.

The same hand-worked casework is built on a desk running in Welsh and on one in English. Its
summary's figures, the supervisor's team figures over both, and a full sync into an English desk
come out the same as the English-only case: stored values and bundles are language-neutral, and
only what is shown is Welsh.
"""

from __future__ import annotations

import pytest

from fsw_desktop import words
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.supervision import summary, summary_bundle, team
from fsw_desktop.ui import language
from tests.i18n.compiled import compile_welsh
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY, build_worker


@pytest.fixture
def desks(tmp_path, qapp):
    compile_welsh()
    made = make_desks(tmp_path, {"cy": "worker", "en": "worker", "blank": "worker", "sup": "supervisor"})
    yield made
    language.use("en")
    made.close()


def _figures(db) -> dict:
    with open_session(db) as s:
        return summary.desk_summary(s, TODAY)["figures"]


def test_welsh_and_english_desks_add_up_the_same(desks):
    language.use("cy")
    assert words.tr("Cancel") != "Cancel", "the Welsh catalogue is in use while the Welsh desk works"
    build_worker(desks["cy"], tag="Ax")
    welsh_figures = _figures(desks["cy"])
    welsh_bundle = summary_bundle.export_summary(desks["cy"], "sup", desks.bundle_path("cy", "sup"), today=TODAY)
    full = sync_service.export_bundle(desks["cy"], "blank", desks.bundle_path("cy", "blank"))
    language.use("en")
    build_worker(desks["en"], tag="Ax")
    english_figures = _figures(desks["en"])
    english_bundle = summary_bundle.export_summary(desks["en"], "sup", desks.bundle_path("en", "sup"), today=TODAY)

    assert welsh_figures == english_figures
    assert welsh_figures["caseload"]["open"] == 3  # the hand-worked desk, not two empty ones

    language.use("cy")  # the supervisor reads in Welsh; the figures are the same numbers
    summary_bundle.import_summaries(desks["sup"], [welsh_bundle.path, english_bundle.path])
    with open_session(desks["sup"]) as s:
        figures = team.team_figures(s, today=TODAY)
    by_desk = figures["workers"]
    assert by_desk[desks.ids["cy"]]["figures"] == by_desk[desks.ids["en"]]["figures"]
    assert figures["team"]["caseload"]["open"] == 2 * english_figures["caseload"]["open"]

    language.use("en")  # an English desk takes in the Welsh desk's full sync
    sync_service.import_bundle(desks["blank"], full.path)
    assert _figures(desks["blank"]) == english_figures

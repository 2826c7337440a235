"""The supervisor's day on the real window: pair a new worker's desk, take their summary, see them on the Team page.

Issue 17: after pairing a worker's desk and importing their first summary with "Import summaries…",
the Team page showed "Something went wrong (RuntimeError)", its workers table was gone and the
charts stretched, every time Team was opened until the profile was locked. The desks here are real
profiles; the new worker's desk is made fresh (a desk the supervisor has never seen), its identity
file exported under a name without the ".fswid" ending (``fsw identity --export`` takes any name),
and paired through the Sync page's own pair dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.supervision import summary_bundle, team
from fsw_desktop.sync import identity
from fsw_desktop.ui.main_window import MainWindow
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

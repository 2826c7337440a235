"""Pair, export, import and settle a conflict on the real Sync page of two desks."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from fsw_desktop.models.cases import Case
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.main_window import MainWindow


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def _pair(qtbot, page, identity_file) -> None:
    dialog = page.pair(str(identity_file))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing pairs until the fingerprints were compared
    assert len(dialog.findChild(type(dialog.name)).text()) > 0
    dialog.matched.setChecked(True)
    ok.click()
    qtbot.waitUntil(lambda: page.peers_model.rowCount() == 1)


def _wait_history(qtbot, page, n: int) -> None:
    qtbot.waitUntil(lambda: page.history_model.rowCount() >= n, timeout=15_000)


def test_pair_export_import_and_resolve_a_conflict(qtbot, make_profile, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    a_db, b_db = make_profile(name="a"), make_profile(name="b")
    a, b = _window(qtbot, a_db), _window(qtbot, b_db)
    pa, pb = a.go_to("Sync"), b.go_to("Sync")
    assert "   " in pa.my_fingerprint.text()

    pa.export_identity(str(tmp_path / "a.fswid"))
    pb.export_identity(str(tmp_path / "b.fswid"))
    _pair(qtbot, pb, tmp_path / "a.fswid")
    _pair(qtbot, pa, tmp_path / "b.fswid")
    assert pa.peer_combo.count() == 1 and pb.peer_combo.count() == 1

    with open_session(a_db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(date(2026, 3, 2), "Self", "Osric", "Pellinore"),
                                         today=date(2026, 11, 1))
        s.commit()
        case_id = case.id
    pa.export_bundle(str(tmp_path / "1.fswb"))
    _wait_history(qtbot, pa, 1)
    pb.import_bundle(str(tmp_path / "1.fswb"))
    _wait_history(qtbot, pb, 1)
    assert any("1 added" in t or "added" in t for t in shown)
    with open_session(b_db) as s:
        assert s.get(Case, case_id).family_label == "Pellinore family"
    assert b.status_sync.text().startswith("Last export: never · Last import: ")

    # both desks change the same field before syncing
    for db, label in ((a_db, "Pellinore family (A)"), (b_db, "Pellinore family (B)")):
        with open_session(db) as s:
            s.get(Case, case_id).family_label = label
            s.commit()
    pa.export_bundle(str(tmp_path / "2.fswb"))
    pb.export_bundle(str(tmp_path / "3.fswb"))
    _wait_history(qtbot, pa, 2)
    _wait_history(qtbot, pb, 2)
    pb.import_bundle(str(tmp_path / "2.fswb"))
    pa.import_bundle(str(tmp_path / "3.fswb"))
    _wait_history(qtbot, pa, 3)
    _wait_history(qtbot, pb, 3)
    assert pa.conflicts_model.rowCount() == 1 and pb.conflicts_model.rowCount() == 1
    standing_a = pa.conflicts_model.rows[0].current_value
    assert standing_a == pb.conflicts_model.rows[0].current_value  # the same winner on both desks

    pb.conflicts_view.selectRow(0)
    pb.resolve("mine")
    assert pb.conflicts_model.rowCount() == 0
    with open_session(b_db) as s:
        assert s.get(Case, case_id).family_label == "Pellinore family (B)"
    pb.export_bundle(str(tmp_path / "4.fswb"))
    _wait_history(qtbot, pb, 4)
    pa.import_bundle(str(tmp_path / "4.fswb"))
    _wait_history(qtbot, pa, 4)
    assert pa.conflicts_model.rowCount() == 0
    with open_session(a_db) as s:
        assert s.get(Case, case_id).family_label == "Pellinore family (B)"

    # the same bundle again changes nothing, and says so
    pa.import_bundle(str(tmp_path / "4.fswb"))
    qtbot.waitUntil(lambda: any("imported before" in t for t in shown), timeout=15_000)
    QApplication.processEvents()

"""Settings > Security: the passphrase's Argon2id cost (re-tunable here) and whether a recovery key
exists and when it was made; real profile, real crypto (a cheap explicit cost for the re-tune)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fsw_desktop import keyslots
from fsw_desktop.services.desk import profile, settings
from fsw_desktop.ui import recovery_dialog
from fsw_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE


def _dialog(qtbot, db) -> SettingsDialog:
    with db.session() as s:
        values = settings.all_settings(s)
    dialog = SettingsDialog(None, values, 10, db)
    qtbot.addWidget(dialog)
    return dialog


def test_security_group_shows_the_cost_and_the_recovery_key_state(qtbot, db, monkeypatch):
    dialog = _dialog(qtbot, db)
    group = dialog.security
    assert group is not None and group.title() == "Security"
    assert "Argon2id, 8 KiB of memory, 1 iteration" in group.cost.text()
    assert group.recovery.text().startswith("No recovery key")
    shown = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(recovery_dialog.RecoveryKeyDialog, "exec", lambda self: shown.append(self.code) or 1)
    group.recovery_button.click()
    assert len(shown) == 1 and len(shown[0].split("-")) == 8
    assert group.recovery.text().startswith("A recovery key exists, made ")
    assert profile.recovery_key_made(db.path.parent) is not None


def test_retune_reports_the_new_cost(qtbot, db, messages_never_block):
    dialog = _dialog(qtbot, db)
    group = dialog.security
    group.retune_kdf = keyslots.KdfParams(memory_kib=16, iterations=2, parallelism=1)
    group.retune(PASSPHRASE)
    qtbot.waitUntil(lambda: group.retune_button.isEnabled(), timeout=20000)
    assert "16 KiB of memory, 2 iterations" in group.cost.text()
    assert "just measured" in group.timing.text()
    assert any(kind == "information" and "Re-tuned" in text for kind, text in messages_never_block)


def test_retune_with_a_wrong_passphrase_says_so_and_changes_nothing(qtbot, db, messages_never_block):
    before = keyslots.slots_path(db.path).read_bytes()
    dialog = _dialog(qtbot, db)
    group = dialog.security
    group.retune_kdf = keyslots.KdfParams(memory_kib=16, iterations=2, parallelism=1)
    group.retune("not the passphrase at all")
    qtbot.waitUntil(lambda: group.retune_button.isEnabled(), timeout=20000)
    assert any(kind == "warning" and "not right" in text and "Nothing was changed" in text
               for kind, text in messages_never_block)
    assert keyslots.slots_path(db.path).read_bytes() == before
    assert "8 KiB" in group.cost.text()


def test_retune_from_settings_measures_here_rather_than_reusing_this_runs_figure(qtbot, db, messages_never_block):
    bounds = (0.01, 64)  # cheap bounds, as TEST_KDF is a cheap cost: at most 100 iterations
    keyslots._TUNED[bounds] = keyslots.KdfParams(memory_kib=64, iterations=5000, parallelism=1)
    try:
        dialog = _dialog(qtbot, db)
        group = dialog.security
        group.retune_bounds = bounds  # retune_kdf stays None: the cost is measured
        group.retune(PASSPHRASE)
        qtbot.waitUntil(lambda: group.retune_button.isEnabled(), timeout=20000)
    finally:
        del keyslots._TUNED[bounds]
    assert "64 KiB of memory" in group.cost.text() and "5000 iterations" not in group.cost.text()
    assert "just measured" in group.timing.text()
    assert any(kind == "information" and "Re-tuned" in text for kind, text in messages_never_block)

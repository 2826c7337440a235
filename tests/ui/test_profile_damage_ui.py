"""The lock screen tells a damaged profile from a wrong passphrase (issue 14, finding 7)."""

from __future__ import annotations

from fsw_desktop import db as dbmod
from fsw_desktop.ui.lock_screen import LockScreen
from tests.conftest import PASSPHRASE


def test_lock_screen_says_damaged_and_does_not_count_a_wrong_try(qtbot, make_profile):
    database = make_profile()
    folder = database.path.parent
    database.close()
    path = folder / dbmod.DB_NAME
    data = bytearray(path.read_bytes())
    data[1000] ^= 0x04  # page 1, after the salt: SQLCipher alone would call this a wrong key
    path.write_bytes(bytes(data))

    screen = LockScreen(folder)
    qtbot.addWidget(screen)
    screen.show()
    opened = []
    screen.unlocked.connect(opened.append)
    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "damaged" in screen.error.text(), timeout=10_000)
    assert "backup" in screen.error.text()
    assert "passphrase does not open" not in screen.error.text()
    assert screen.failures == 0 and not opened
    assert screen.unlock_button.isEnabled()


def test_lock_screen_says_the_key_file_is_missing_and_does_not_count_a_wrong_try(qtbot, make_profile):
    from fsw_desktop import keyslots

    database = make_profile()
    folder = database.path.parent
    database.close()
    keyslots.slots_path(folder / dbmod.DB_NAME).unlink()  # copied to a new laptop without it, say

    screen = LockScreen(folder)
    qtbot.addWidget(screen)
    screen.show()
    opened = []
    screen.unlocked.connect(opened.append)
    for _ in range(2):
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
        qtbot.waitUntil(lambda: "profile.fsw.keys is missing" in screen.error.text(), timeout=10_000)
        assert "Restore from backup" in screen.error.text()
        assert "passphrase does not open" not in screen.error.text()
        screen.error.clear()
    assert screen.failures == 0 and not opened
    assert screen.unlock_button.isEnabled() and screen.restore_button.isEnabled()
    assert sorted(p.name for p in folder.iterdir()) == ["profile.fsw"]  # nothing written

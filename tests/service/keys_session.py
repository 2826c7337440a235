"""A whole life of a profile's keys, run in a child process whose every file (home, settings, data,
cache, runtime, temporary files, SQLite's temporary files) lies under one folder, for
``test_keys_scan.py`` to read all of it.

``python -m tests.service.keys_session FOLDER`` prints JSON: every secret the session used (each data
key the profile had, the recovery keys, the passphrases, the old-format profile's PBKDF2 key) and
the files that are meant to hold one (the recovery sheet written with ``--out``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fsw_desktop import cli, keyslots  # noqa: E402  (after the platform is set)
from fsw_desktop import db as dbmod  # noqa: E402
from fsw_desktop.models.cases import Case  # noqa: E402
from fsw_desktop.services.desk import profile  # noqa: E402
from fsw_desktop.services.desk.session import open_session  # noqa: E402
from tests.profiles import make_old_format  # noqa: E402

PASSPHRASES = ["scan first passphrase words", "scan second passphrase words", "scan third passphrase words",
               "scan fourth passphrase words", "scan legacy passphrase words"]
CHEAP = keyslots.TEST_KDF


def _case(database, label: str) -> None:  # noqa: ANN001
    with open_session(database) as s:
        s.add(Case(referral_date=date(2026, 3, 2), family_label=label))
        s.commit()


def _data_key(database) -> str:  # noqa: ANN001
    key = database.key_copy()
    try:
        return bytes(key.raw).hex()
    finally:
        key.wipe()


def _through_the_window(folder: Path, passphrase: str) -> None:
    """Unlock on the real lock screen, look at Settings' Security group, lock: what the window writes."""
    from PySide6.QtWidgets import QApplication  # reason: Qt only for this part of the session

    from fsw_desktop.ui.controller import AppController  # reason: as above
    from fsw_desktop.ui.settings_dialog import SecurityGroup  # reason: as above

    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("FSW Desk")
    app.setApplicationName("FSW Desk")
    controller = AppController(app, folder)
    controller.start()
    screen = controller.lock_screen
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    deadline = time.monotonic() + 30
    while controller.window is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert controller.window is not None, screen.error.text()
    group = SecurityGroup(controller.window, controller.database)
    group.show()
    app.processEvents()
    group.close()
    controller.lock()
    app.processEvents()


def main(root: Path) -> dict:
    folder, out = root / "profile", root / "elsewhere"
    out.mkdir()
    first, second, third, fourth, legacy_pp = PASSPHRASES
    keys, codes, meant = [], [], []

    database = profile.create_profile(folder, "Scan Worker", "Scan desk", "worker", first, kdf=CHEAP)
    _case(database, "Scanned family")
    keys.append(_data_key(database))
    codes.append(profile.create_recovery_key(database))
    (folder / dbmod.BACKUPS_DIR).mkdir(mode=0o700)
    profile.backup(database, folder / dbmod.BACKUPS_DIR / "inside.fswbak")
    profile.backup(database, out / "outside.fswbak")
    profile.retune_passphrase(database, first, target_seconds=0.01, memory_kib=64)
    profile.change_passphrase(database, first, second, kdf=CHEAP)
    profile.change_passphrase(database, second, third, kdf=CHEAP, reencrypt=True)
    keys.append(_data_key(database))
    database.close()

    _through_the_window(folder, third)

    # The command line, in this process: keys, a recovery key to a file, a backup, the recovery key used.
    os.environ["FSW_PASSPHRASE"] = third
    base = ["--profile", str(folder)]
    sheet = out / "recovery.txt"
    assert cli.main([*base, "keys", "--json"]) == 0
    assert cli.main([*base, "recovery", "create", "--out", str(sheet)]) == 0
    meant.append(str(sheet))
    codes.append(sheet.read_text().splitlines()[0])
    assert cli.main([*base, "backup", "--out", str(out / "cli.fswbak")]) == 0
    assert cli.main([*base, "check"]) == 0
    del os.environ["FSW_PASSPHRASE"]
    profile.reset_passphrase(folder, codes[-1], fourth, kdf=CHEAP)
    # A restore of the backup made first (it opens with the first recovery key of its day).
    profile.restore(folder, out / "outside.fswbak", codes[0])
    reopened = profile.unlock(folder, first, kdf=CHEAP)
    assert keys[0] == _data_key(reopened)
    reopened.close()

    # An old-format profile moved to slots at its unlock.
    old = root / "old-profile"
    made = profile.create_profile(old, "Scan Worker", "Old desk", "worker", legacy_pp, kdf=CHEAP)
    key = made.key_copy()
    keys.append(bytes(key.raw).hex())
    made.close()
    legacy = make_old_format(old / dbmod.DB_NAME, key, legacy_pp)
    keys.append(legacy.raw.hex())
    moved = profile.unlock(old, legacy_pp, kdf=CHEAP)
    keys.append(_data_key(moved))
    moved.close()
    key.wipe()
    legacy.wipe()

    return {"data_keys": keys, "recovery_keys": codes, "passphrases": PASSPHRASES, "meant_to_hold_one": meant}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))

"""Issue 18's "Done when", on real files with real crypto, beyond tests/service/test_keys.py:

- every way in opens exactly the data it should: after a plain change, a backup restored with its
  passphrase, a backup inside the profile after a change, an old-format profile;
- every wrong key on the command line exits 3 and leaves every file of the profile as it was;
- a missing (or mismatched) slot file is said as such, not as a wrong passphrase, and changes nothing.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from fsw_desktop import cli, keyslots
from fsw_desktop import db as dbmod
from fsw_desktop.db import DB_NAME
from fsw_desktop.errors import MissingKeyFile, WrongPassphrase
from fsw_desktop.services.desk import profile
from tests.conftest import PASSPHRASE, TEMPLATES
from tests.profiles import TEST_KDF
from tests.service import test_keys
from tests.service.test_keys import _add_case, _make_legacy, _opens

NEW = "lantern orchard pebble quietly"
WRONG = "entirely the wrong words here"
folder = test_keys.folder  # the fixture: a closed profile holding one case, "Slotted family"


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a digest of its bytes: 'nothing changed' means this is equal."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- every way in opens exactly its data ----------------------------------------------------------

def test_after_a_change_the_new_passphrase_opens_everything_and_the_old_nothing(folder):
    database = TEMPLATES.open(folder)
    (folder / dbmod.BACKUPS_DIR).mkdir()
    inside = folder / dbmod.BACKUPS_DIR / "profile-before-test.fswbak"
    profile.backup(database, inside)  # a copy inside the profile, under the same data key
    salt = dbmod.read_salt(folder / DB_NAME)
    profile.change_passphrase(database, PASSPHRASE, NEW, kdf=TEST_KDF)
    _add_case(database, "After the change")
    database.close()
    assert dbmod.read_salt(folder / DB_NAME) == salt  # a rewrap: the database itself was not rewritten
    assert _opens(folder, NEW) == {"Slotted family", "After the change"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, PASSPHRASE)
    # the copy inside the profile got the new slots: it opens with the new passphrase, as it was then
    assert profile.verify_backup(inside, NEW)["cases"] == 1
    with pytest.raises(WrongPassphrase):
        profile.verify_backup(inside, PASSPHRASE)


def test_a_backup_restored_with_its_passphrase_holds_exactly_its_day(folder, tmp_path):
    database = TEMPLATES.open(folder)
    out = tmp_path / "saved.fswbak"
    profile.backup(database, out)
    _add_case(database, "Only in the profile")
    profile.change_passphrase(database, PASSPHRASE, NEW, kdf=TEST_KDF)
    database.close()
    with pytest.raises(WrongPassphrase):
        profile.restore(folder, out, NEW)  # today's passphrase is not the backup's
    assert _opens(folder, NEW) == {"Slotted family", "Only in the profile"}  # and that refusal changed nothing
    profile.restore(folder, out, PASSPHRASE)
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, NEW)


def test_an_old_format_profile_with_a_wrong_passphrase_is_not_moved(folder):
    _make_legacy(folder)
    before = _files(folder)
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, WRONG)
    assert _files(folder) == before  # no backup, no slot file, the file as it was
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, WRONG)  # and after the move, still only the passphrase


# --- every wrong key on the command line: exit 3, nothing changed ---------------------------------

def _with_recovery(folder: Path, tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    code = tmp_path / "recovery.txt"
    assert cli.main(["--profile", str(folder), "recovery", "create", "--out", str(code)]) == 0
    return code


@pytest.mark.parametrize("command", [
    ["check"],
    ["keys", "--json"],  # needs no passphrase: shown for contrast, exits 0
    ["passphrase", "change"],
    ["passphrase", "change", "--reencrypt"],
    ["recovery", "create", "--out", "{tmp}/new-recovery.txt"],
    ["backup", "--out", "{tmp}/copy.fswbak"],
    ["recovery", "use", "{tmp}/wrong-recovery.txt"],
    ["restore", "{tmp}/saved.fswbak", "--replace"],
])
def test_every_wrong_key_on_the_command_line_exits_3_and_changes_nothing(folder, tmp_path, monkeypatch, capsys,
                                                                       command):
    _with_recovery(folder, tmp_path, monkeypatch)
    assert cli.main(["--profile", str(folder), "backup", "--out", str(tmp_path / "saved.fswbak")]) == 0
    (tmp_path / "wrong-recovery.txt").write_text(keyslots.new_recovery_key() + "\n")
    capsys.readouterr()
    before, outside = _files(folder), _files(tmp_path)
    monkeypatch.setenv("FSW_PASSPHRASE", WRONG)
    monkeypatch.setenv("FSW_NEW_PASSPHRASE", NEW)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    status = cli.main(["--profile", str(folder), *args])
    err = capsys.readouterr().err
    if command[0] == "keys":
        assert status == 0
    else:
        assert status == 3, err
        assert "does not open" in err or "not right" in err
    assert _files(folder) == before
    assert _files(tmp_path) == outside  # no new recovery key file, no copy, the backup as it was
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}


def test_a_wrong_passphrase_on_an_old_format_profile_exits_3_and_moves_nothing(folder, monkeypatch, capsys):
    _make_legacy(folder)
    before = _files(folder)
    monkeypatch.setenv("FSW_PASSPHRASE", WRONG)
    assert cli.main(["--profile", str(folder), "check"]) == 3
    assert _files(folder) == before
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--profile", str(folder), "check"]) == 0  # the right one moves it, as the lock screen does
    assert profile.key_info(folder)["slots"] == ["passphrase"]


# --- a slot file that is missing, or another file's ---------------------------------------------

def test_a_new_database_salt_says_it_was_made_for_slots_and_an_old_one_does_not(folder):
    assert keyslots.made_for_slots(dbmod.read_salt(folder / DB_NAME))
    assert keyslots.made_for_slots(keyslots.new_db_salt())
    _make_legacy(folder)
    assert not keyslots.made_for_slots(dbmod.read_salt(folder / DB_NAME))  # (wrong once in 2**32)


def test_a_lost_slot_file_is_said_as_such_not_as_a_wrong_passphrase(folder):
    keyslots.slots_path(folder / DB_NAME).unlink()
    before = _files(folder)
    for secret in (PASSPHRASE, WRONG):
        with pytest.raises(MissingKeyFile) as raised:
            profile.unlock(folder, secret)
        message = str(raised.value)
        assert "profile.fsw.keys is missing" in message and str(folder) in message
        assert "restore your latest backup" in message and "Nothing was changed" in message
        assert "does not open" not in message
    with pytest.raises(MissingKeyFile):
        profile.unlock_key(folder, PASSPHRASE)  # the lock screen's half
    with pytest.raises(MissingKeyFile):
        profile.reset_passphrase(folder, keyslots.new_recovery_key(), NEW, kdf=TEST_KDF)
    assert _files(folder) == before


def test_another_copys_slot_file_is_said_as_such(folder, tmp_path):
    other = tmp_path / "other"
    TEMPLATES.profile(other, name="other desk").close()
    shutil.copy(keyslots.slots_path(other / DB_NAME), keyslots.slots_path(folder / DB_NAME))
    with pytest.raises(MissingKeyFile, match="belongs to another copy"):
        profile.unlock(folder, PASSPHRASE)


def test_putting_the_slot_file_back_opens_the_profile_again(folder):
    slot_file = keyslots.slots_path(folder / DB_NAME)
    kept = slot_file.read_bytes()
    slot_file.unlink()
    with pytest.raises(MissingKeyFile):
        profile.unlock(folder, PASSPHRASE)
    slot_file.write_bytes(kept)
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}


def test_a_backup_copied_without_its_slot_file_names_the_file_to_copy(folder, tmp_path):
    database = TEMPLATES.open(folder)
    out = tmp_path / "usb" / "saved.fswbak"
    out.parent.mkdir()
    profile.backup(database, out)
    database.close()
    keyslots.slots_path(out).unlink()
    before = _files(folder)
    with pytest.raises(MissingKeyFile, match=r"saved\.fswbak\.keys is missing .*beside it"):
        profile.restore(folder, out, PASSPHRASE)
    assert _files(folder) == before


def test_the_command_line_says_missing_key_file_with_status_5(folder, tmp_path, monkeypatch, capsys):
    keyslots.slots_path(folder / DB_NAME).unlink()
    before = _files(folder)
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FSW_NEW_PASSPHRASE", NEW)
    assert cli.main(["--profile", str(folder), "check"]) == 5
    err = capsys.readouterr().err
    assert "profile.fsw.keys is missing" in err and "fsw restore FILE --replace" in err
    assert "does not open" not in err
    wrong = tmp_path / "code.txt"
    wrong.write_text(keyslots.new_recovery_key() + "\n")
    assert cli.main(["--profile", str(folder), "recovery", "use", str(wrong)]) == 5
    assert cli.main(["--profile", str(folder), "passphrase", "change"]) == 5
    assert cli.main(["--profile", str(folder), "keys", "--json"]) == 5  # not shown as an old-format profile
    assert "profile.fsw.keys is missing" in capsys.readouterr().err
    assert _files(folder) == before


def test_reencryption_progress_only_goes_forward_and_the_backup_inside_follows(folder):
    database = TEMPLATES.open(folder)
    (folder / dbmod.BACKUPS_DIR).mkdir()
    inside = folder / dbmod.BACKUPS_DIR / "profile-before-test.fswbak"
    profile.backup(database, inside)
    seen: list[int] = []
    profile.change_passphrase(database, PASSPHRASE, NEW, lambda pct, msg: seen.append(pct), kdf=TEST_KDF,
                              reencrypt=True)
    database.close()
    assert seen == sorted(seen) and seen[-1] == 100, seen  # (the backups' part once went back to 60%)
    assert _opens(folder, NEW) == {"Slotted family"}
    assert profile.verify_backup(inside, NEW)["cases"] == 1  # re-encrypted under the new data key
    with pytest.raises(WrongPassphrase):
        profile.verify_backup(inside, PASSPHRASE)

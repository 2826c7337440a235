"""Key slots on real files with real crypto: every way in opens exactly its data, every wrong key
changes nothing, and a SIGKILL at any moment of a key change leaves a profile that opens."""

from __future__ import annotations

import json
import signal
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fsw_desktop import cli, keyslots
from fsw_desktop import db as dbmod
from fsw_desktop.db import DB_NAME, Key, connect_raw
from fsw_desktop.errors import DamagedProfile, WrongPassphrase
from fsw_desktop.models.cases import Case
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE, TEMPLATES
from tests.profiles import TEST_KDF, make_old_format

NEW = "lantern orchard pebble quietly"
NEWER = "meadow kettle harbour lightly"
ROOT = Path(__file__).parents[2]


def _add_case(database, label: str) -> None:
    with open_session(database) as s:
        s.add(Case(referral_date=date(2026, 3, 2), family_label=label))
        s.commit()


def _labels(database) -> set[str]:
    with database.session() as s:
        return set(s.execute(select(Case.family_label)).scalars())


@pytest.fixture
def folder(tmp_path) -> Path:
    """A closed profile holding one case."""
    d = tmp_path / "profile"
    database = TEMPLATES.profile(d)
    _add_case(database, "Slotted family")
    database.close()
    return d


def _opens(folder: Path, secret: str) -> set[str]:
    database = profile.unlock(folder, secret, kdf=TEST_KDF)
    try:
        return _labels(database)
    finally:
        database.close()


def _make_legacy(folder: Path) -> None:
    """The profile as a release before key slots left it: SQLCipher's PBKDF2 key, no slot file."""
    make_old_format(folder / DB_NAME, TEMPLATES.key_for(folder), PASSPHRASE).wipe()


def test_a_new_profile_has_a_passphrase_slot_and_only_that_opens_it(folder):
    slots = dbmod.current_slots(folder / DB_NAME, dbmod.read_salt(folder / DB_NAME))
    assert [s["kind"] for s in slots] == ["passphrase"]
    assert stat.S_IMODE(keyslots.slots_path(folder / DB_NAME).stat().st_mode) == 0o600
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, "entirely the wrong words here")


def test_tuning_gives_at_least_64_mib_and_a_stored_cost():
    params = keyslots.tuned_params(target_seconds=0.05)  # the cost is measured, not asserted in time
    assert params.memory_kib >= 64 * 1024 and params.iterations >= keyslots.MIN_ITERATIONS
    assert keyslots.MEMORY_KIB >= 64 * 1024


def test_slot_opens_but_file_damaged_is_damage_not_a_wrong_passphrase(folder):
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # page 1, past the salt: the slot still opens, the file does not
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedProfile, match="Restore"):
        profile.unlock(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, "entirely the wrong words here")


def test_recovery_key_sets_a_new_passphrase_and_keeps_the_data(folder):
    database = TEMPLATES.open(folder)
    code = profile.create_recovery_key(database)
    database.close()
    assert len(code.replace("-", "")) == 32
    with pytest.raises(WrongPassphrase, match="recovery key"):
        profile.reset_passphrase(folder, keyslots.new_recovery_key(), NEW, kdf=TEST_KDF)
    profile.reset_passphrase(folder, code.lower().replace("-", " "), NEW, kdf=TEST_KDF)  # as typed
    assert _opens(folder, NEW) == {"Slotted family"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, PASSPHRASE)


def test_a_new_recovery_key_replaces_the_old(folder):
    database = TEMPLATES.open(folder)
    first = profile.create_recovery_key(database)
    second = profile.create_recovery_key(database)
    database.close()
    kinds = [s["kind"] for s in dbmod.current_slots(folder / DB_NAME, dbmod.read_salt(folder / DB_NAME))]
    assert sorted(kinds) == ["passphrase", "recovery"]
    with pytest.raises(WrongPassphrase):
        profile.reset_passphrase(folder, first, NEW, kdf=TEST_KDF)
    profile.reset_passphrase(folder, second, NEW, kdf=TEST_KDF)


def test_reencrypt_renews_the_data_key_and_every_old_slot_stops_opening(folder, tmp_path):
    database = TEMPLATES.open(folder)
    code = profile.create_recovery_key(database)
    outside = tmp_path / "outside.fswbak"
    profile.backup(database, outside)
    old_salt = dbmod.read_salt(folder / DB_NAME)
    profile.change_passphrase(database, PASSPHRASE, NEW, kdf=TEST_KDF, reencrypt=True)
    _add_case(database, "After re-encryption")  # the open profile carries on with the new key
    database.close()
    assert dbmod.read_salt(folder / DB_NAME) != old_salt
    assert _opens(folder, NEW) == {"Slotted family", "After re-encryption"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        profile.reset_passphrase(folder, code, NEWER, kdf=TEST_KDF)
    # The backup made before keeps its own slots (old passphrase), and they do not open the profile.
    assert profile.verify_backup(outside, PASSPHRASE)["desk"] == 1
    old = dbmod.unlock_key(outside, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        connect_raw(folder / DB_NAME, Key(old.raw, dbmod.read_salt(folder / DB_NAME)))
    old.wipe()


def test_a_backup_carries_its_slots_and_restores_with_what_was_current(folder, tmp_path):
    database = TEMPLATES.open(folder)
    code = profile.create_recovery_key(database)
    out = tmp_path / "backup.fswbak"
    profile.backup(database, out)
    assert keyslots.slots_path(out).exists()
    profile.change_passphrase(database, PASSPHRASE, NEW, kdf=TEST_KDF)
    _add_case(database, "Only in the profile")
    database.close()
    with pytest.raises(WrongPassphrase):
        profile.verify_backup(out, NEW)  # the backup opens with the passphrase of its day
    note = profile.restore(folder, out, code)  # ... or the recovery key of its day
    assert "current when the backup was made" in note
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, NEW)


def test_an_old_format_profile_moves_to_slots_after_its_automatic_backup(folder):
    _make_legacy(folder)
    old_salt = dbmod.read_salt(folder / DB_NAME)
    assert profile.key_info(folder)["slots"] == []
    assert _opens(folder, PASSPHRASE) == {"Slotted family"}
    assert dbmod.read_salt(folder / DB_NAME) != old_salt
    assert profile.key_info(folder)["slots"] == ["passphrase"]
    (copy,) = (folder / dbmod.BACKUPS_DIR).glob("profile-before-*.fswbak")
    assert profile.verify_backup(copy, PASSPHRASE)["desk"] == 1  # the old file, as it was
    with pytest.raises(WrongPassphrase):  # the PBKDF2 key no longer opens the profile
        connect_raw(folder / DB_NAME, Key.for_file(folder / DB_NAME, PASSPHRASE))


def test_the_lock_screen_half_moves_an_old_profile_with_progress(folder):
    _make_legacy(folder)
    seen: list[int] = []

    class Recorder:
        def report(self, pct: int, message: str) -> None:
            seen.append(pct)

    key = profile.unlock_key(folder, PASSPHRASE, kdf=TEST_KDF, progress=Recorder().report)
    assert key.slotted and seen and seen[-1] == 100
    database = profile.open_profile(folder, key=key)
    try:
        assert _labels(database) == {"Slotted family"}
        assert len(list((folder / dbmod.BACKUPS_DIR).glob("*.fswbak"))) == 1  # one copy, not two
    finally:
        database.close()


def test_no_file_the_app_writes_holds_a_key_or_the_passphrase_in_plaintext(folder, tmp_path):
    database = TEMPLATES.open(folder)
    code = profile.create_recovery_key(database)
    profile.backup(database, folder / "inside.fswbak")
    profile.backup(database, tmp_path / "outside.fswbak")
    data_key = bytes(database.key_copy().raw)
    database.close()
    profile.reset_passphrase(folder, code, NEW, kdf=TEST_KDF)
    secrets_ = [data_key, data_key.hex().encode(), code.encode(), code.replace("-", "").encode(),
                PASSPHRASE.encode(), NEW.encode()]
    files = [p for p in [*folder.rglob("*"), *tmp_path.glob("outside*")] if p.is_file()]
    assert len(files) >= 5
    for path in files:
        content = path.read_bytes()
        for secret in secrets_:
            assert secret not in content, path.name
        if path.name.endswith(".keys"):
            assert b"wrapped" in content and json.loads(content)["format"] == keyslots.FORMAT


# --- the command line -----------------------------------------------------------------------


def test_cli_keys_recovery_create_and_use(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    base = ["--profile", str(folder)]
    assert cli.main([*base, "keys", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["kdf"] == "argon2id" and shown["slots"] == ["passphrase"]
    assert {"memory_kib", "iterations", "parallelism"} <= set(shown)
    out = tmp_path / "recovery.txt"
    assert cli.main([*base, "recovery", "create", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert cli.main([*base, "recovery", "create", "--out", str(out)]) == 4  # never over an existing file
    capsys.readouterr()
    assert cli.main([*base, "keys", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert sorted(shown["slots"]) == ["passphrase", "recovery"]
    code = out.read_text().splitlines()[0]
    assert code not in json.dumps(shown)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(keyslots.new_recovery_key() + "\n")
    slot_file = keyslots.slots_path(folder / DB_NAME)
    before = slot_file.read_bytes()
    monkeypatch.delenv("FSW_PASSPHRASE")
    monkeypatch.setenv("FSW_NEW_PASSPHRASE", NEW)
    assert cli.main([*base, "recovery", "use", str(wrong)]) == 3
    assert slot_file.read_bytes() == before  # nothing changed
    assert cli.main([*base, "recovery", "use", str(out)]) == 0
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    assert cli.main([*base, "check"]) == 3
    monkeypatch.setenv("FSW_PASSPHRASE", NEW)
    assert cli.main([*base, "check"]) == 0


def test_cli_passphrase_change_reencrypt(folder, monkeypatch):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FSW_NEW_PASSPHRASE", NEW)
    salt = dbmod.read_salt(folder / DB_NAME)
    assert cli.main(["--profile", str(folder), "passphrase", "change", "--reencrypt"]) == 0
    assert dbmod.read_salt(folder / DB_NAME) != salt
    assert cli.main(["--profile", str(folder), "check"]) == 3  # FSW_PASSPHRASE is the old one
    monkeypatch.setenv("FSW_PASSPHRASE", NEW)
    assert cli.main(["--profile", str(folder), "check"]) == 0


# --- SIGKILL at any moment --------------------------------------------------------------------

KILLED = """
import os, signal, sys
from pathlib import Path
from fsw_desktop import atomic, keyslots
from fsw_desktop import db as dbmod
from fsw_desktop.services.desk import profile

folder, operation, stage = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
low = keyslots.KdfParams(8, 1, 1)

def die():
    os.kill(os.getpid(), signal.SIGKILL)  # the power cut: no except, no finally runs

if stage == "before-slots":  # the new file written, its slots not yet
    real_slots = dbmod.write_slots
    def write_slots(*a, **k):
        die()
    dbmod.write_slots = write_slots
elif stage == "after-slots":  # the slot file replaced, nothing after it
    real_write = keyslots.write_slot_file
    def write_slot_file(path, slots):
        real_write(path, slots)
        if Path(path).name == dbmod.DB_NAME:
            die()
    keyslots.write_slot_file = write_slot_file
elif stage == "mid-backup":  # the move's automatic copy half written
    def _copy_bytes(source, target):
        with open(source, "rb") as src, open(target, "wb") as dst:
            dst.write(src.read(Path(source).stat().st_size // 2))
            dst.flush()
        die()
    dbmod._copy_bytes = _copy_bytes
elif stage == "after-export":  # the re-encrypted copy written beside the old file, not yet checked
    real_counts, calls = dbmod.table_counts, []
    def table_counts(conn, schema="main"):
        calls.append(schema)
        if len(calls) == 2:  # the first counts the old file, the second the new one
            die()
        return real_counts(conn, schema)
    dbmod.table_counts = table_counts
elif stage == "after-rename":  # the new file renamed into place, nothing after it
    real_replace = os.replace
    def replace(src, dst):
        real_replace(src, dst)
        if Path(dst).name == dbmod.DB_NAME:
            die()
    os.replace = replace

if operation == "move":
    profile.unlock(folder, sys.argv[4], kdf=low)
elif operation in ("change", "reencrypt"):
    database = profile.unlock(folder, sys.argv[4], kdf=low)
    profile.change_passphrase(database, sys.argv[4], sys.argv[5], kdf=low, reencrypt=operation == "reencrypt")
print("finished")
"""


def _killed(folder: Path, operation: str, stage: str, *secrets_: str) -> int:
    done = subprocess.run([sys.executable, "-c", KILLED, str(folder), operation, stage, *secrets_],
                          cwd=ROOT, capture_output=True, text=True)
    return done.returncode


def _opens_with_one_of(folder: Path, *secrets_: str) -> str:
    for secret in secrets_:
        try:
            labels = _opens(folder, secret)
        except WrongPassphrase:
            continue
        assert labels == {"Slotted family"}
        return secret
    raise AssertionError("the profile opens with none of the passphrases")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
@pytest.mark.parametrize("stage", ["mid-backup", "after-export", "before-slots", "after-slots", "after-rename"])
def test_sigkill_during_the_move_to_slots_leaves_a_profile_the_passphrase_opens(folder, stage):
    _make_legacy(folder)
    assert _killed(folder, "move", stage, PASSPHRASE) == -signal.SIGKILL
    assert _opens_with_one_of(folder, PASSPHRASE) == PASSPHRASE
    assert profile.key_info(folder)["slots"] == ["passphrase"]  # and the move is finished by that unlock
    assert not list(folder.rglob("*.part"))  # nothing half written is left behind


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
@pytest.mark.parametrize("operation,stage", [("change", "before-slots"), ("change", "after-slots"),
                                             ("reencrypt", "after-export"), ("reencrypt", "before-slots"),
                                             ("reencrypt", "after-slots"), ("reencrypt", "after-rename")])
def test_sigkill_during_a_change_leaves_a_profile_the_old_or_new_passphrase_opens(folder, operation, stage):
    database = TEMPLATES.open(folder)
    (folder / dbmod.BACKUPS_DIR).mkdir()
    inside = folder / dbmod.BACKUPS_DIR / "profile-before-test.fswbak"
    profile.backup(database, inside)  # the change (the copies first) and the re-encryption reach it too
    database.close()
    assert _killed(folder, operation, stage, PASSPHRASE, NEW) == -signal.SIGKILL
    opened_with = _opens_with_one_of(folder, PASSPHRASE, NEW)
    assert not list(folder.rglob("*.part"))  # nothing half written is left behind
    if operation == "change":  # that unlock gave the copy the profile's slots again: the same passphrase opens it
        assert profile.verify_backup(inside, opened_with)["cases"] == 1
    else:  # a copy under a data key the profile no longer has keeps its own slots
        assert any(_backup_opens(inside, secret) for secret in (PASSPHRASE, NEW))


def _backup_opens(path: Path, secret: str) -> bool:
    try:
        return profile.verify_backup(path, secret)["cases"] == 1
    except WrongPassphrase:
        return False

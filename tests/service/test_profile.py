"""The encrypted profile: create, unlock, rekey, backup, restore, check."""

from __future__ import annotations

import os
import stat
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from fsw_desktop import db as dbmod
from fsw_desktop.db import DB_NAME, connect_raw
from fsw_desktop.errors import CorruptFile, InputRefused, MissingKeyFile, NoProfile, ProfileLocked, WrongPassphrase
from fsw_desktop.models.cases import Case
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE, WORKER
from tests.profiles import TEST_KDF

NEW_PASSPHRASE = "lantern orchard pebble quietly"


def _add_case(db, label="Zephyrine family") -> str:
    with open_session(db) as s:
        case = Case(referral_date=date(2026, 3, 2), family_label=label)
        s.add(case)
        s.commit()
        return case.id


def test_database_file_holds_no_plaintext(db):
    _add_case(db)
    raw = (db.path).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert WORKER.encode() not in raw
    assert b"Zephyrine" not in raw
    assert sorted(p.name for p in db.path.parent.iterdir()) == [DB_NAME, DB_NAME + ".keys"]


def test_profile_has_desk_identity_with_keys(db):
    desk = profile.desk_of(db)
    assert desk.role == "worker"
    assert len(desk.signing_private) == 32 and len(desk.encryption_public) == 32


def test_wrong_passphrase_refused_and_nothing_changed(db):
    _add_case(db)
    path = db.path
    db.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase) as err:
        profile.unlock(path.parent, "entirely the wrong words here")
    assert "passphrase" in str(err.value)
    assert path.read_bytes() == before


def test_missing_profile_is_a_clear_error(tmp_path):
    with pytest.raises(NoProfile):
        profile.unlock(tmp_path / "nowhere", PASSPHRASE)


def test_plain_sqlite_file_refused(tmp_path):
    import sqlite3

    d = tmp_path / "plain"
    d.mkdir()
    sqlite3.connect(d / DB_NAME).execute("create table t(x)").connection.commit()
    with pytest.raises(CorruptFile):
        profile.unlock(d, PASSPHRASE)


def test_rekey_then_only_the_new_passphrase_opens(db):
    case_id = _add_case(db)
    new = "lantern orchard pebble quietly"
    profile.change_passphrase(db, PASSPHRASE, new)
    # the open database keeps working after the rekey
    _add_case(db, "Second family")
    path = db.path.parent
    db.close()
    with pytest.raises(WrongPassphrase):
        profile.unlock(path, PASSPHRASE)
    reopened = profile.unlock(path, new)
    with reopened.session() as s:
        assert s.get(Case, case_id) is not None
        assert s.execute(select(AuditEntry).where(AuditEntry.action == "passphrase changed")).scalar_one()
    reopened.close()


def test_rekey_refuses_wrong_current_or_weak_new(db):
    with pytest.raises(WrongPassphrase):
        profile.change_passphrase(db, "not the current one at all", "lantern orchard pebble quietly")
    with pytest.raises(InputRefused):
        profile.change_passphrase(db, PASSPHRASE, "weak")
    db.close()
    profile.unlock(db.path.parent, PASSPHRASE).close()


# --- a passphrase change reaches every connection, and is audited ----------------------------------


def _actions(database) -> list[str]:
    with database.session() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def _warm_pool(database, n: int = 3) -> None:
    """Open several pooled connections at once, so the pool keeps more than one keyed with the old key."""
    sessions = [database.session() for _ in range(n)]
    for s in sessions:
        s.execute(text("SELECT count(*) FROM desk")).scalar()
    for s in sessions:
        s.close()


def test_passphrase_change_rewraps_the_slot_and_every_connection_carries_on(db):
    _warm_pool(db)
    assert db.engine.pool.checkedin() >= 2
    idle_worker = db.worker_engine()  # a worker engine keyed with a copy of the data key
    with idle_worker.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    file_before = db.path.read_bytes()
    profile.change_passphrase(db, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    assert _actions(db)[-1] == "passphrase changed"
    assert db.path.read_bytes()[:16] == file_before[:16]  # same salt, same data key: a rewrap
    sessions = [db.session() for _ in range(4)]  # every connection the pool hands out still works
    try:
        for s in sessions:
            assert s.execute(text("SELECT count(*) FROM desk")).scalar() == 1
    finally:
        for s in sessions:
            s.close()
    _add_case(db, "Afterchange family")
    with idle_worker.connect() as conn:  # the data key did not change
        conn.exec_driver_sql("SELECT 1")
    idle_worker.dispose()
    path = db.path.parent
    db.close()
    with pytest.raises(WrongPassphrase):
        profile.unlock(path, PASSPHRASE)
    reopened = profile.unlock(path, NEW_PASSPHRASE)
    reopened.close()


def test_passphrase_change_on_a_worker_thread_then_the_ui_thread_carries_on(db):
    _warm_pool(db)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            profile.change_passphrase(db, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert errors == []
    assert _actions(db)[-1] == "passphrase changed"
    _add_case(db, "Afterchange family")


def test_passphrase_change_refused_while_a_connection_is_in_use(db):
    s = db.session()
    s.execute(text("SELECT count(*) FROM desk")).scalar()  # a transaction holding a connection
    try:
        with pytest.raises(InputRefused, match="still working"):
            profile.change_passphrase(db, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    finally:
        s.close()
    assert "passphrase changed" not in _actions(db)
    path = db.path.parent
    db.close()
    profile.unlock(path, PASSPHRASE).close()  # the old passphrase still opens it


# --- backup and restore ---------------------------------------------------------------------------


def test_backup_and_restore_round_trip(db, tmp_path):
    case_id = _add_case(db)
    out = tmp_path / "backup.fswbak"
    counts = profile.backup(db, out)
    assert counts["cases"] == 1
    raw = out.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Zephyrine" not in raw
    assert not list(tmp_path.glob("*.part"))
    db.close()
    target = tmp_path / "restored"
    profile.restore(target, out, PASSPHRASE)
    restored = profile.unlock(target, PASSPHRASE)
    with restored.session() as s:
        assert s.get(Case, case_id).family_label == "Zephyrine family"
    assert profile.desk_of(restored).worker_name == WORKER
    restored.close()


def test_restore_refuses_wrong_passphrase_and_damaged_file(db, tmp_path):
    _add_case(db)
    out = tmp_path / "backup.fswbak"
    profile.backup(db, out)
    db.close()
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        profile.restore(target, out, "entirely the wrong words here")
    assert not (target / DB_NAME).exists()
    damaged = bytearray(out.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    bad = tmp_path / "damaged.fswbak"
    bad.write_bytes(bytes(damaged))
    with pytest.raises(MissingKeyFile, match="beside it"):  # a backup's slot file travels with it
        profile.restore(target, bad, PASSPHRASE)
    Path(str(bad) + ".keys").write_bytes(Path(str(out) + ".keys").read_bytes())
    with pytest.raises(CorruptFile):
        profile.restore(target, bad, PASSPHRASE)
    assert not (target / DB_NAME).exists()


# --- restore never destroys the profile: whatever fails, the profile is put back ----------------------


def _set_backup_revision(backup_file: Path, revision: str) -> None:
    """Make a backup claim another schema revision, as a newer (or broken) release would."""
    key = dbmod.unlock_key(backup_file, PASSPHRASE)
    conn = connect_raw(backup_file, key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()
        key.wipe()


@pytest.fixture
def profile_and_backup(make_profile, tmp_path):
    """A closed profile holding one case, and a backup of a different state of it."""
    database = make_profile()
    _add_case(database, "Backedup family")
    backup_file = tmp_path / "backup.fswbak"
    profile.backup(database, backup_file)
    _add_case(database, "Onlyinprofile family")
    profile_dir = database.path.parent
    database.close()
    return profile_dir, backup_file


def _leftovers(profile_dir: Path) -> list[str]:
    return sorted(p.name for p in profile_dir.iterdir() if p.name not in (DB_NAME, DB_NAME + ".keys"))


def _labels(profile_dir: Path) -> set[str]:
    database = profile.unlock(profile_dir, PASSPHRASE)
    try:
        with database.session() as s:
            return set(s.execute(select(Case.family_label)).scalars())
    finally:
        database.close()


def test_restore_refuses_a_backup_from_a_newer_release_before_touching_anything(profile_and_backup):
    profile_dir, backup_file = profile_and_backup
    _set_backup_revision(backup_file, "9999_from_the_future")
    before = (profile_dir / DB_NAME).read_bytes()
    listing = _leftovers(profile_dir)
    with pytest.raises(InputRefused, match="newer version of FSW Desk"):
        profile.restore(profile_dir, backup_file, PASSPHRASE)
    assert (profile_dir / DB_NAME).read_bytes() == before
    assert _leftovers(profile_dir) == listing


def test_restore_whose_upgrade_fails_puts_the_profile_back_unchanged(profile_and_backup):
    profile_dir, backup_file = profile_and_backup
    # A known but wrong revision: the upgrade from it fails half-way (its tables already exist).
    _set_backup_revision(backup_file, "0007")
    before = (profile_dir / DB_NAME).read_bytes()
    listing = _leftovers(profile_dir)
    with pytest.raises(CorruptFile, match="nothing was changed") as caught:
        profile.restore(profile_dir, backup_file, PASSPHRASE)
    assert "Traceback" not in str(caught.value) and "alembic" not in str(caught.value).lower()
    assert (profile_dir / DB_NAME).read_bytes() == before
    assert _leftovers(profile_dir) == listing  # no .restoring, no .before-restore, no pre-upgrade copy
    assert _labels(profile_dir) == {"Backedup family", "Onlyinprofile family"}


def test_restore_failing_to_open_puts_the_profile_back(profile_and_backup, monkeypatch):
    profile_dir, backup_file = profile_and_backup
    before = (profile_dir / DB_NAME).read_bytes()

    def broken_open(*_a, **_k):
        raise RuntimeError("simulated failure while opening")

    monkeypatch.setattr(dbmod, "open_database", broken_open)
    with pytest.raises(CorruptFile):
        profile.restore(profile_dir, backup_file, PASSPHRASE)
    monkeypatch.undo()
    assert (profile_dir / DB_NAME).read_bytes() == before
    assert _leftovers(profile_dir) == []


def test_restore_into_an_empty_place_leaves_nothing_on_failure(profile_and_backup, tmp_path, monkeypatch):
    _, backup_file = profile_and_backup
    target = tmp_path / "fresh"

    def failing_migrate(*_a, **_k):
        raise RuntimeError("simulated failed upgrade")

    # Pretend an upgrade is due (so a pre-upgrade copy is written first), then let it fail.
    monkeypatch.setattr(dbmod, "_cached_head", lambda: "0000_forces_an_upgrade")
    monkeypatch.setattr(dbmod, "migrate", failing_migrate)
    with pytest.raises(CorruptFile):
        profile.restore(target, backup_file, PASSPHRASE)
    assert not (target / DB_NAME).exists()
    assert _leftovers(target) == []


def test_successful_restore_removes_the_replaced_profile(profile_and_backup):
    profile_dir, backup_file = profile_and_backup
    profile.restore(profile_dir, backup_file, PASSPHRASE)
    assert _leftovers(profile_dir) == []
    assert _labels(profile_dir) == {"Backedup family"}


def test_a_restore_cut_short_is_put_back_on_unlock(profile_and_backup):
    profile_dir, _ = profile_and_backup
    target = profile_dir / DB_NAME
    os.replace(target, target.with_name(DB_NAME + profile.ASIDE_SUFFIX))  # as if the power went mid-restore
    assert profile.exists(profile_dir)  # the lock screen, not the first-run wizard
    assert _labels(profile_dir) == {"Backedup family", "Onlyinprofile family"}
    assert _leftovers(profile_dir) == []


# --- check ---------------------------------------------------------------------------------------


def test_check_reports_healthy_database(db):
    _add_case(db)
    assert profile.check(db) == []


def test_check_finds_a_damaged_page(db):
    for i in range(300):
        _add_case(db, f"Family number {i} " + "x" * 200)
    path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    data[-4096 * 3 + 100] ^= 0xFF  # a data page near the end, not needed to open
    path.write_bytes(bytes(data))
    reopened = profile.unlock(path.parent, PASSPHRASE)
    assert profile.check(reopened) != []
    reopened.close()


def test_damage_where_opening_needs_it_gives_a_clear_message(db):
    path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    data[4096 + 100] ^= 0xFF  # page 2
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile) as err:
        profile.unlock(path.parent, PASSPHRASE)
    assert "backup" in str(err.value)


def test_profile_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("FSW_PROFILE", str(tmp_path / "env"))
    assert profile.resolve_profile_dir(None) == tmp_path / "env"
    assert profile.resolve_profile_dir(str(tmp_path / "arg")) == tmp_path / "arg"
    monkeypatch.delenv("FSW_PROFILE")
    assert profile.resolve_profile_dir(None) == profile.default_profile_dir()


def test_creating_over_an_existing_profile_is_refused(db):
    with pytest.raises(InputRefused):
        profile.create_profile(Path(db.path.parent), "Someone Else", "Desk", "worker", PASSPHRASE)


# --- worker engines and their key copies end with their work -----------------------------------------


def test_worker_session_disposes_its_engine_and_wipes_its_key(db):
    with db.worker_session() as s:
        s.execute(text("SELECT 1"))
        (worker,) = db._workers.values()
        key = worker.key
    assert key.wiped and not any(key.raw)
    assert db._workers == {}


def test_disposing_a_worker_engine_wipes_its_key(db):
    engine = db.worker_engine()
    (worker,) = db._workers.values()
    engine.dispose()
    assert worker.key.wiped and db._workers == {}


def test_backup_leaves_no_worker_engine_open(db, tmp_path):
    profile.backup(db, tmp_path / "b.fswbak")
    assert db._workers == {}


def test_close_disposes_worker_engines_still_open(db):
    engine = db.worker_engine()
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    (worker,) = db._workers.values()
    assert engine.pool.checkedin() == 1
    db.close()
    assert worker.key.wiped and db._workers == {}
    assert engine.pool.checkedin() == 0
    with pytest.raises(ProfileLocked):
        engine.connect()


def test_close_lets_go_of_another_threads_worker_engine_without_closing_across_threads(db, capfd):
    made: list = []

    def work() -> None:
        engine = db.worker_engine()
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        made.append(engine)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    (worker,) = db._workers.values()
    db.close()
    assert worker.key.wiped and db._workers == {}
    assert "Exception closing" not in capfd.readouterr().err


# --- the profile directory is private ------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_profile_directory_is_private(make_profile, tmp_path, profile_and_backup):
    database = make_profile(name="private")
    assert _mode(database.path.parent) == 0o700
    assert _mode(database.path) == 0o600
    _, backup_file = profile_and_backup
    restored = tmp_path / "restored-here"
    profile.restore(restored, backup_file, PASSPHRASE)
    assert _mode(restored) == 0o700 and _mode(restored / DB_NAME) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_older_profiles_open_directory_is_made_private_on_unlock(profile_and_backup):
    profile_dir, _ = profile_and_backup
    os.chmod(profile_dir, 0o755)
    profile.unlock(profile_dir, PASSPHRASE).close()
    assert _mode(profile_dir) == 0o700

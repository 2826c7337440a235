"""The encrypted profile: create, unlock, rekey, backup, restore, check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from fsw_desktop.db import DB_NAME
from fsw_desktop.errors import CorruptFile, InputRefused, NoProfile, WrongPassphrase
from fsw_desktop.models.cases import Case
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE, WORKER


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
    assert [p.name for p in db.path.parent.iterdir()] == [DB_NAME]


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
    with pytest.raises(CorruptFile):
        profile.restore(target, bad, PASSPHRASE)
    assert not (target / DB_NAME).exists()


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

"""Upgrade: a profile made by the previous release opens in this one, after an automatic backup.

The profile is built the way the previous release left it: a keyed SQLCipher file migrated to
that release's head revision (0007) and filled through SQL, with a real desk identity, a case,
a person and the audit trail. Opening it must first write an encrypted, verified copy at the
old revision into ``backups/``, then migrate to this release's head with every row kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, insert, text

from fsw_desktop import db as dbmod
from fsw_desktop.db import Key
from fsw_desktop.errors import InputRefused
from fsw_desktop.services.desk import profile
from fsw_desktop.sync import identity
from tests.conftest import PASSPHRASE

PREVIOUS_RELEASE = "0007"


def _old_revisions() -> list[str]:
    """The previous release's revision, and the one just before head if that differs (any head)."""
    script = ScriptDirectory.from_config(dbmod.alembic_config())
    head = script.get_current_head()
    before_head = script.get_revision(head).down_revision
    return sorted({r for r in (PREVIOUS_RELEASE, before_head) if r and r != head})


def _value(col, given: dict):  # noqa: ANN001, ANN202
    if col.name in given:
        return given[col.name]
    t = str(col.type).upper()
    if "CHAR" in t or "TEXT" in t:
        return str(uuid.uuid4()) if col.primary_key else ""
    if "INT" in t:
        return 0
    if "BOOL" in t:
        return False
    if "DATETIME" in t:
        return dt.datetime(2026, 1, 5, 9)
    if "DATE" in t:
        return dt.date(2026, 1, 5)
    if "BLOB" in t or "BINARY" in t:
        return b"\x00"
    return ""


def _insert(conn, meta: MetaData, table: str, **given) -> dict:  # noqa: ANN001
    """A row with every NOT NULL column given, as the schema stands at this revision."""
    t = meta.tables[table]
    row = {}
    for col in t.columns:
        if col.name in given or (not col.nullable and not (col.primary_key and "INT" in str(col.type).upper())):
            row[col.name] = _value(col, given)
    conn.execute(insert(t).values(**row))
    return row


def make_old_profile(profile_dir: Path, revision: str) -> dict:
    path = profile_dir / dbmod.DB_NAME
    profile_dir.mkdir(parents=True)
    key = Key.new(PASSPHRASE)
    dbmod.connect_raw(path, key, check=False).close()
    database = dbmod.Database(path, key)
    dbmod.migrate(database, revision)
    assert dbmod.current_revision(database) == revision
    keys = identity.generate()
    desk_id = uuid.uuid4().hex
    with database.engine.begin() as c:
        meta = MetaData()
        meta.reflect(c)
        _insert(c, meta, "desk", desk_id=desk_id, desk_name="Old release desk", worker_name="Ottoline Prevrel",
                establishment="HMP Oldfield (synthetic)", role="worker",
                signing_private=keys.signing_private, signing_public=keys.signing_public,
                encryption_private=keys.encryption_private, encryption_public=keys.encryption_public,
                created_at=dt.datetime(2026, 1, 5, 9))
        case = _insert(c, meta, "cases", family_label="Prevrel family", status="open",
                       referral_date=dt.date(2026, 1, 5), referral_source="Self")
        _insert(c, meta, "people", case_id=case["id"], given_name="Ottoline", family_name="Prevrel",
                relationship="partner")
        c.execute(text("INSERT INTO audit (at, who, action, detail) VALUES (:t, 'Ottoline Prevrel', "
                       "'profile created', '')"), {"t": dt.datetime(2026, 1, 5, 9)})
        counts = {t: c.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                  for t in meta.tables if t != "alembic_version"}
    database.close()
    return {"case_id": case["id"], "desk_id": desk_id, "counts": counts}


def _backups(profile_dir: Path) -> list[Path]:
    return sorted((profile_dir / dbmod.BACKUPS_DIR).glob("*.fswbak"))


def _revision_of(path: Path) -> str:
    key = Key.for_file(path, PASSPHRASE)
    conn = dbmod.connect_raw(path, key)  # raises WrongPassphrase if the backup is keyed differently
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
        key.wipe()


@pytest.mark.parametrize("old", _old_revisions())
def test_previous_release_profile_opens_after_automatic_backup(tmp_path, old):
    from fsw_desktop.models.cases import Case
    from fsw_desktop.models.people import Person

    profile_dir = tmp_path / "profile"
    made = make_old_profile(profile_dir, old)
    head = dbmod.head_revision()
    assert old != head

    database = profile.unlock(profile_dir, PASSPHRASE)
    try:
        # The backup: one file, named for the revision it precedes, at the old revision, same passphrase.
        backups = _backups(profile_dir)
        assert len(backups) == 1
        assert backups[0].name.startswith(f"profile-before-{head}-")
        assert dt.datetime.strptime(backups[0].name[len(f"profile-before-{head}-"):-len(".fswbak")], "%Y%m%d-%H%M%S")
        assert _revision_of(backups[0]) == old
        counts = profile.verify_backup(backups[0], PASSPHRASE)
        assert {t: counts[t] for t in made["counts"]} == made["counts"]
        assert b"Prevrel" not in backups[0].read_bytes()  # encrypted, like the profile

        # The profile: at head, data intact, readable through this release's models.
        assert dbmod.current_revision(database) == head
        with database.session() as s:
            case = s.get(Case, made["case_id"])
            assert case is not None and case.family_label == "Prevrel family"
            assert [p.given_name for p in s.query(Person).filter_by(case_id=case.id)] == ["Ottoline"]
            assert profile.desk_of(database).desk_id == made["desk_id"]
        with database.engine.connect() as c:
            for table, n in made["counts"].items():
                assert c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == n, table
    finally:
        database.close()

    # Opening again (already at head) makes no further backup.
    profile.unlock(profile_dir, PASSPHRASE).close()
    assert len(_backups(profile_dir)) == 1


def test_lock_screen_path_backs_up_too(tmp_path):
    """The window unlocks with a derived key through open_database; the backup happens there as well."""
    profile_dir = tmp_path / "profile"
    make_old_profile(profile_dir, _old_revisions()[0])
    key = Key.for_file(profile_dir / dbmod.DB_NAME, PASSPHRASE)
    database = dbmod.open_database(profile_dir / dbmod.DB_NAME, key=key)
    database.close()
    assert len(_backups(profile_dir)) == 1


def test_no_backup_for_a_profile_already_at_head(make_profile):
    database = make_profile()
    folder = database.path.parent
    database.close()
    profile.unlock(folder, PASSPHRASE).close()
    assert not (folder / dbmod.BACKUPS_DIR).exists()


def test_upgrade_refused_when_the_backup_cannot_be_written(tmp_path):
    profile_dir = tmp_path / "profile"
    old = _old_revisions()[0]
    make_old_profile(profile_dir, old)
    (profile_dir / dbmod.BACKUPS_DIR).write_text("not a folder")  # mkdir fails
    with pytest.raises(InputRefused, match="nothing was changed"):
        profile.unlock(profile_dir, PASSPHRASE)
    assert _revision_of(profile_dir / dbmod.DB_NAME) == old  # left as it was

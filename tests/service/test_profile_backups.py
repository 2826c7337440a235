"""Automatic backups follow the keys and the erasures (issue 14, finding 4).

The automatic backups are the copies ``backups/profile-before-*.fswbak`` made before an upgrade.
After a passphrase change no file in the profile may open with the old passphrase or the old raw
key; the copies age out (the last three, none older than retention allows); and after an erasure
or a retention deletion the copies that still hold the erased records are gone, while the worker
is told about the backups they saved elsewhere.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from fsw_desktop import db as dbmod
from fsw_desktop import keyslots
from fsw_desktop.db import Key, connect_raw
from fsw_desktop.errors import WrongPassphrase
from fsw_desktop.models.people import Person
from fsw_desktop.services.data_protection import erasure, retention
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE
from tests.profiles import TEST_KDF
from tests.service.test_retention import TODAY, old_case
from tests.service.test_upgrade import _old_revisions, make_old_profile

NEW_PASSPHRASE = "lantern orchard pebble quietly"


def _automatic(profile_dir: Path) -> list[Path]:
    return sorted((profile_dir / dbmod.BACKUPS_DIR).glob("profile-before-*.fswbak"))


def _make_automatic(database, when: datetime) -> Path:
    """An automatic backup as ``backup_before_upgrade`` names it, made at ``when``."""
    folder = database.path.parent / dbmod.BACKUPS_DIR
    folder.mkdir(exist_ok=True)
    out = folder / f"profile-before-{dbmod.head_revision()}-{when:%Y%m%d-%H%M%S}.fswbak"
    dbmod.export_copy(database, out, lambda pct, msg: None)
    return out


def _opens_with(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts any page of ``path``: opening it, or a page HMAC that verifies."""
    try:
        connect_raw(path, key).close()
        return True
    except WrongPassphrase:
        return dbmod.key_fits_some_page(path, key)
    except Exception:  # noqa: BLE001 - damaged or not a database at all: it opens only if a page verifies
        return dbmod.key_fits_some_page(path, key)


def _files_opening_with(profile_dir: Path, passphrase: str) -> list[str]:
    """Every file in the profile that ``passphrase`` opens: through its slot file, or as an old-format file."""
    hits = []
    for path in sorted(p for p in profile_dir.rglob("*") if p.is_file() and not p.name.endswith(".keys")):
        if path.stat().st_size < dbmod.SALT_BYTES:
            continue
        try:
            key = dbmod.unlock_key(path, passphrase)
        except WrongPassphrase:
            continue
        try:
            if _opens_with(path, key):
                hits.append(str(path.relative_to(profile_dir)))
        finally:
            key.wipe()
    return hits


@pytest.fixture
def upgraded(tmp_path) -> Path:
    """A profile of the previous release, unlocked once by this one: a real automatic backup in it
    (of the old format, made before the move to slots)."""
    folder = tmp_path / "profile"
    make_old_profile(folder, _old_revisions()[0])
    profile.unlock(folder, PASSPHRASE, kdf=TEST_KDF).close()
    assert len(_automatic(folder)) == 1
    return folder


def test_after_a_passphrase_change_no_file_in_the_profile_opens_with_the_old_one(upgraded):
    database = profile.unlock(upgraded, PASSPHRASE)
    own_copy = upgraded / "my own copy.fswbak"  # a worker's backup saved inside the profile folder
    profile.backup(database, own_copy)
    try:
        assert len(_files_opening_with(upgraded, PASSPHRASE)) == 3  # the check can see an old-passphrase file
        profile.change_passphrase(database, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    finally:
        database.close()
    assert _files_opening_with(upgraded, PASSPHRASE) == []
    # Given the new slots, not lost: the automatic backup and the worker's copy restore with the new passphrase.
    for copy in [*_automatic(upgraded), own_copy]:
        assert profile.verify_backup(copy, NEW_PASSPHRASE)["desk"] == 1
    assert sorted(p.name for p in (upgraded / dbmod.BACKUPS_DIR).iterdir() if not p.name.endswith(".keys")) \
        == [p.name for p in _automatic(upgraded)]


def test_a_passphrase_change_cut_short_leaves_no_old_passphrase_copy_after_the_next_unlock(upgraded):
    """The copies were given the new slots, then the power went before the profile's own slot file was
    replaced: the next unlock (with the old passphrase, which still opens the profile) gives them its slots."""
    database = profile.unlock(upgraded, PASSPHRASE)
    key = database.key_copy()
    try:
        new_slot = keyslots.make_slot(keyslots.PASSPHRASE, NEW_PASSPHRASE, key.raw, TEST_KDF)
        profile._share_slots_with_copies(upgraded, key, [new_slot], PASSPHRASE, lambda pct, msg: None)
    finally:
        key.wipe()
        database.close()
    assert _files_opening_with(upgraded, NEW_PASSPHRASE) == ["backups/" + _automatic(upgraded)[0].name]
    profile.unlock(upgraded, PASSPHRASE).close()
    assert _files_opening_with(upgraded, NEW_PASSPHRASE) == []
    assert len(_files_opening_with(upgraded, PASSPHRASE)) == 2  # the profile and its automatic backup


def test_automatic_backups_keep_the_last_three(make_profile):
    database = make_profile()
    now = datetime.now().replace(microsecond=0)
    made = [_make_automatic(database, now - timedelta(days=d)) for d in (9, 1, 5, 3, 7)]
    folder = database.path.parent
    database.close()
    profile.unlock(folder, PASSPHRASE).close()
    assert _automatic(folder) == sorted(made[i] for i in (1, 3, 2))  # the 1, 3 and 5 days old


def test_automatic_backups_are_no_older_than_retention_allows(make_profile):
    database = make_profile()
    with open_session(database) as s:
        retention.set_policy(s, {"bookings": 6})  # the shortest period bounds what any copy may still hold
        s.commit()
    now = datetime.now().replace(microsecond=0)
    recent = _make_automatic(database, now - timedelta(days=2))
    _make_automatic(database, now - relativedelta(months=6, days=3))
    _make_automatic(database, now - relativedelta(months=30))
    folder = database.path.parent
    database.close()
    profile.unlock(folder, PASSPHRASE).close()
    assert _automatic(folder) == [recent]


def _person_id(database, given: str) -> str:
    with open_session(database) as s:
        return s.query(Person).filter_by(given_name=given).one().id


def test_erasing_a_person_removes_the_automatic_backups_that_hold_them(make_profile):
    database = make_profile()
    old_case(database)
    child = _person_id(database, "Marchbank")
    copy = _make_automatic(database, datetime.now().replace(microsecond=0) - timedelta(hours=1))
    assert profile.verify_backup(copy, PASSPHRASE)["people"] >= 1

    with open_session(database) as s:
        plan = erasure.erase_person(s, child, today=TODAY)
        s.commit()
    said = plan.explain()
    assert "saved" in said and "cannot reach" in said  # backups saved elsewhere are the worker's to delete
    profile.vacuum(database)  # what the window runs after an erasure
    assert _automatic(database.path.parent) == []


def test_an_erasure_cut_short_before_the_vacuum_is_caught_at_the_next_unlock(make_profile):
    database = make_profile()
    old_case(database)
    child = _person_id(database, "Marchbank")
    _make_automatic(database, datetime.now().replace(microsecond=0) - timedelta(hours=1))
    with open_session(database) as s:
        erasure.erase_person(s, child, today=TODAY)
        s.commit()
    folder = database.path.parent
    database.close()  # the window was closed before the vacuum ran
    assert _automatic(folder)
    profile.unlock(folder, PASSPHRASE).close()
    assert _automatic(folder) == []


def test_retention_tells_of_backups_elsewhere_and_removes_the_automatic_ones(make_profile):
    database = make_profile()
    old_case(database)
    _make_automatic(database, datetime.now().replace(microsecond=0) - timedelta(hours=1))
    with open_session(database) as s:
        report = retention.delete_due(s, retention.due(s, today=TODAY), today=TODAY)
        s.commit()
    assert report.items == 1
    assert "saved" in report.backups_notice and "cannot reach" in report.backups_notice
    profile.vacuum(database)
    assert _automatic(database.path.parent) == []


def test_a_backup_made_after_the_erasure_stays(make_profile):
    database = make_profile()
    old_case(database)
    child = _person_id(database, "Marchbank")
    with open_session(database) as s:
        erasure.erase_person(s, child, today=TODAY)
        s.commit()
    profile.vacuum(database)
    later = _make_automatic(database, datetime.now().replace(microsecond=0) + timedelta(seconds=2))
    folder = database.path.parent
    database.close()
    profile.unlock(folder, PASSPHRASE).close()
    assert _automatic(folder) == [later]

"""Backup files: private (0600), and what a killed backup leaves is cleaned up (issue 14, findings 5 and 7).

A backup is killed for real: a child process runs ``profile.backup`` and SIGKILLs itself from
SQLite's progress handler the moment SQLCipher's journal of the half-written copy exists.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from fsw_desktop import cli
from fsw_desktop import db as dbmod
from fsw_desktop.models.cases import Case
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]

KILL_MID_BACKUP = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from fsw_desktop import db
    from fsw_desktop.services.desk import profile

    profile_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    real_connect = db.connect_raw

    def connect_and_die_mid_write(path, key, check=True):
        conn = real_connect(path, key, check)
        def handler():
            if any(p.name.endswith("-journal") for p in out.parent.iterdir()):
                os.kill(os.getpid(), signal.SIGKILL)
            return 0
        conn.set_progress_handler(handler, 200)
        return conn

    db.connect_raw = connect_and_die_mid_write
    database = profile.unlock(profile_dir, os.environ["FSW_PASSPHRASE"])
    profile.backup(database, out)
    sys.exit(3)  # never reached: the backup was killed
""")


def _closed_profile(make_profile) -> Path:
    database = make_profile()
    with open_session(database) as s:
        for i in range(30):
            s.add(Case(referral_date=date(2026, 3, 2), family_label=f"Backupfile family {i}"))
        s.commit()
    folder = database.path.parent
    database.close()
    return folder


def _kill_a_backup(profile_dir: Path, out: Path) -> None:
    env = {**os.environ, "FSW_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", KILL_MID_BACKUP, str(profile_dir), str(out)],
                          env=env, cwd=REPO, capture_output=True, timeout=120, check=False)
    assert done.returncode == -9, done.stderr.decode()[-2000:]


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # as on most desks: new files 0644 unless we say otherwise
    yield
    os.umask(old)


def test_fsw_backup_out_is_private(make_profile, tmp_path, monkeypatch, capsys, usual_umask):
    folder = _closed_profile(make_profile)
    out = tmp_path / "elsewhere" / "fsw-backup.fswbak"
    out.parent.mkdir()
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--profile", str(folder), "backup", "--out", str(out)]) == 0
    assert _mode(out) == 0o600
    assert _parts(out.parent) == []
    assert profile.verify_backup(out, PASSPHRASE)["cases"] == 30


def test_a_killed_backup_leaves_leftovers_that_the_next_backup_removes(make_profile, tmp_path, usual_umask):
    folder = _closed_profile(make_profile)
    target = tmp_path / "stick"
    target.mkdir()
    out = target / "fsw-backup-2026-05-01.fswbak"
    _kill_a_backup(folder, out)
    left = _parts(target)
    assert any(name.endswith(".part-journal") for name in left), left
    assert not out.exists()
    # Not ours: another program's half download and another of our writers' files stay.
    (target / "holiday.mp4.part").write_bytes(b"x")
    (target / ".notes.txt.a1b2c3d4.part").write_bytes(b"x")

    database = profile.unlock(folder, PASSPHRASE)
    try:
        profile.backup(database, target / "fsw-backup-2026-05-02.fswbak")  # another day's name, same stick
    finally:
        database.close()
    assert _parts(target) == [".notes.txt.a1b2c3d4.part", "holiday.mp4.part"]
    assert _mode(target / "fsw-backup-2026-05-02.fswbak") == 0o600


def test_a_killed_backup_to_the_same_name_is_cleaned_and_replaced(make_profile, tmp_path, usual_umask):
    folder = _closed_profile(make_profile)
    out = tmp_path / "backup.fswbak"
    _kill_a_backup(folder, out)
    assert any(name.endswith("-journal") for name in _parts(tmp_path))
    database = profile.unlock(folder, PASSPHRASE)
    try:
        counts = profile.backup(database, out)
    finally:
        database.close()
    assert counts["cases"] == 30
    assert _parts(tmp_path) == []
    assert profile.verify_backup(out, PASSPHRASE)["cases"] == 30


def test_leftovers_of_a_killed_automatic_backup_go_at_unlock(make_profile, usual_umask):
    folder = _closed_profile(make_profile)
    backups = folder / dbmod.BACKUPS_DIR
    backups.mkdir()
    _kill_a_backup(folder, backups / "profile-before-0099-20260501-101500.fswbak")
    assert any(name.endswith("-journal") for name in _parts(backups))
    profile.unlock(folder, PASSPHRASE).close()
    assert _parts(backups) == []


def test_leftovers_of_a_killed_backup_inside_the_profile_folder_go_at_unlock(make_profile, usual_umask):
    """A backup saved into the profile folder itself and killed there: its part and journal go too."""
    folder = _closed_profile(make_profile)
    _kill_a_backup(folder, folder / "my copy.fswbak")
    assert any(name.endswith("-journal") for name in _parts(folder))
    profile.unlock(folder, PASSPHRASE).close()
    assert _parts(folder) == []

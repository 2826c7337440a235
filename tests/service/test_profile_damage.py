"""A damaged profile file says it is damaged, not that the passphrase is wrong (issue 14, finding 7).

Every test damages a real SQLCipher profile the way a failing disk or a cut copy would (one
flipped bit), then opens it through the same calls the lock screen and the ``fsw`` command use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from fsw_desktop import cli
from fsw_desktop import db as dbmod
from fsw_desktop.errors import DamagedProfile, WrongPassphrase
from fsw_desktop.models.cases import Case
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE

PAGE = 4096
SALT = dbmod.SALT_BYTES


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FSW_PASSPHRASE", "FSW_NEW_PASSPHRASE", "FSW_PROFILE", "FSW_DEBUG"):
        monkeypatch.delenv(name, raising=False)


def _closed_profile(make_profile, cases: int = 40) -> Path:
    """A profile with some casework, closed; returns its directory."""
    database = make_profile()
    with open_session(database) as s:
        for i in range(cases):
            s.add(Case(referral_date=date(2026, 3, 2), family_label=f"Damagetest family {i} " + "x" * 150))
        s.commit()
    folder = database.path.parent
    database.close()
    return folder


def _root_page(folder: Path, table: str) -> int:
    key = dbmod.unlock_key(folder / dbmod.DB_NAME, PASSPHRASE)
    conn = dbmod.connect_raw(folder / dbmod.DB_NAME, key)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
        key.wipe()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


def _run(folder: Path, capsys: pytest.CaptureFixture, *args: str, passphrase: str = PASSPHRASE) -> tuple[int, str]:
    import os

    os.environ["FSW_PASSPHRASE"] = passphrase
    try:
        code = cli.main(["--profile", str(folder), *args])
    finally:
        del os.environ["FSW_PASSPHRASE"]
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Unexpected error" not in err, err
    return code, err


def test_one_flipped_bit_on_the_first_page_says_damaged_not_wrong_passphrase(make_profile, capsys):
    folder = _closed_profile(make_profile)
    _flip(folder / dbmod.DB_NAME, 1000)  # inside page 1, after the salt

    with pytest.raises(DamagedProfile) as err:
        profile.unlock(folder, PASSPHRASE)
    message = str(err.value)
    assert "damaged" in message and "backup" in message
    assert "passphrase does not open" not in message

    code, printed = _run(folder, capsys, "cases", "list")
    assert code == DamagedProfile.exit_code == 5
    assert "damaged" in printed and "restore" in printed.lower()


def test_a_wrong_passphrase_on_a_damaged_first_page_is_still_a_wrong_passphrase(make_profile):
    """Only the right key verifies the other pages; a wrong one must never hear "damaged"."""
    folder = _closed_profile(make_profile)
    _flip(folder / dbmod.DB_NAME, 1000)
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, "entirely the wrong words here")


def test_a_wrong_passphrase_on_a_healthy_file_stays_a_wrong_passphrase(make_profile, capsys):
    folder = _closed_profile(make_profile)
    code, printed = _run(folder, capsys, "cases", "list", passphrase="entirely the wrong words here")
    assert code == 3 and "passphrase does not open" in printed


def test_damage_to_the_salt_cannot_be_told_from_a_wrong_passphrase(make_profile):
    """The key is derived from the salt, so with the salt hit every page fails: we say so in the docs."""
    folder = _closed_profile(make_profile)
    _flip(folder / dbmod.DB_NAME, 3)
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, PASSPHRASE)


def test_a_damaged_middle_page_makes_cases_list_say_damaged_and_point_to_check(make_profile, capsys):
    folder = _closed_profile(make_profile)
    root = _root_page(folder, "cases")
    assert root > 1
    _flip(folder / dbmod.DB_NAME, (root - 1) * PAGE + 200)

    code, printed = _run(folder, capsys, "cases", "list", "--status", "all")
    assert code == 5
    assert "damaged" in printed and "fsw check" in printed and "restore" in printed.lower()

    # The check itself still runs on such a file, names the damage and ends with the same exit status.
    code, printed = _run(folder, capsys, "check")
    assert code == 5 and "damaged" in printed


def test_damage_met_while_opening_says_damaged_and_restore(make_profile):
    folder = _closed_profile(make_profile)
    root = _root_page(folder, "alembic_version")  # read by every unlock
    _flip(folder / dbmod.DB_NAME, (root - 1) * PAGE + 200)
    with pytest.raises(DamagedProfile) as err:
        profile.unlock(folder, PASSPHRASE)
    assert "restore" in str(err.value).lower()


def test_a_damaged_page_met_by_the_ui_session_is_our_error(make_profile):
    """The window's sessions meet damage as DamagedProfile (its message), never a raw DatabaseError."""
    from sqlalchemy import select

    folder = _closed_profile(make_profile)
    root = _root_page(folder, "cases")
    _flip(folder / dbmod.DB_NAME, (root - 1) * PAGE + 200)
    database = profile.unlock(folder, PASSPHRASE)
    try:
        with database.session() as s, pytest.raises(DamagedProfile):
            s.execute(select(Case)).scalars().all()
        assert profile.check(database)  # and the check still reports it rather than failing
    finally:
        database.close()


def test_a_truncated_file_says_damaged(make_profile, capsys):
    folder = _closed_profile(make_profile)
    path = folder / dbmod.DB_NAME
    path.write_bytes(path.read_bytes()[: PAGE * 3])
    code, printed = _run(folder, capsys, "cases", "list", "--status", "all")
    assert code == 5 and "damaged" in printed


def test_our_page_check_agrees_with_sqlcipher(make_profile):
    """The wrong-key test reads SQLCipher 4's page HMACs itself; if SQLCipher's format ever changes,
    this fails instead of every damaged file quietly being reported as a wrong passphrase."""
    folder = _closed_profile(make_profile)
    path = folder / dbmod.DB_NAME
    key = dbmod.unlock_key(path, PASSPHRASE)
    wrong = dbmod.Key.for_file(path, "entirely the wrong words here")
    try:
        assert dbmod.key_fits_some_page(path, key)
        assert not dbmod.key_fits_some_page(path, wrong)
    finally:
        key.wipe()
        wrong.wipe()

"""The ``fsw`` command, run in-process through ``main`` (and once as ``python -m``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from fsw_desktop import cli
from fsw_desktop.db import Database
from fsw_desktop.errors import InputRefused
from fsw_desktop.services.casework import casework
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk import profile
from fsw_desktop.services.desk.session import open_session
from tests.profiles import TEMPLATES

PASS = "correct horse battery staple"
NEW_PASS = "violet lantern orbit meadow"
WORKER = "Jo Worker-Personal"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FSW_PASSPHRASE", "FSW_NEW_PASSPHRASE", "FSW_PROFILE", "FSW_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.base.getpass, "getpass", _no_prompt)


def _no_prompt(prompt: str = "") -> str:
    raise AssertionError(f"unexpected prompt: {prompt}")


def init(profile_dir: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str = PASS) -> int:
    monkeypatch.setenv("FSW_PASSPHRASE", passphrase)
    return cli.main(["--profile", str(profile_dir), "init", "--worker", WORKER, "--desk", "Desk A",
                     "--role", "worker", "--establishment", "HMP Example"])


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A closed profile as ``init`` makes it, its passphrase in FSW_PASSPHRASE (a copy of a prepared
    profile: the tests of ``init`` run it)."""
    monkeypatch.setenv("FSW_PASSPHRASE", PASS)
    d = tmp_path / "profile"
    TEMPLATES.profile(d, "worker", "A", WORKER, "HMP Example").close()
    return d


def run(profile_dir: Path, *args: str) -> int:
    return cli.main(["--profile", str(profile_dir), *args])


def one_error_line(capsys: pytest.CaptureFixture) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("fsw: "), err
    assert "Traceback" not in err and WORKER not in err and PASS not in err
    return lines[0]


def test_init_prints_desk_id_and_fingerprint(tmp_path, monkeypatch, capsys):
    assert init(tmp_path / "p", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "desk id: " in out and "fingerprint: " in out
    assert WORKER not in out


def test_identity_json_is_public_only(made, monkeypatch, capsys):
    assert run(made, "identity") == 0
    out = capsys.readouterr().out
    ident = json.loads(out)
    assert set(ident) == {"format", "desk_id", "desk_name", "role", "establishment", "fingerprint",
                          "signing_public", "encryption_public"}
    assert ident["role"] == "worker" and ident["desk_name"] == "Desk A"
    assert len(ident["fingerprint"].split()) == 12
    db = TEMPLATES.open(made)
    try:
        desk = profile.desk_of(db)
    finally:
        db.close()
    assert ident["desk_id"] == desk.desk_id
    assert ident["signing_public"] == desk.signing_public.hex()
    for secret in (desk.signing_private.hex(), desk.encryption_private.hex(), WORKER):
        assert secret not in out


def test_identity_export_writes_same_json(made, tmp_path, monkeypatch, capsys):
    target = tmp_path / "out" / "desk.json"
    target.parent.mkdir()
    target.write_text("old")
    assert run(made, "identity", "--export", str(target)) == 0
    out = capsys.readouterr().out
    assert json.loads(target.read_text()) == json.loads(out)
    assert list(target.parent.iterdir()) == [target]  # no temp file left behind


def test_wrong_passphrase_exits_3_and_changes_nothing(made, monkeypatch, capsys):
    before = profile.database_path(made).read_bytes()
    monkeypatch.setenv("FSW_PASSPHRASE", "wrong wrong wrong wrong")
    for command in (["check"], ["identity"], ["backup", "--out", str(made.parent / "b.fsw")]):
        assert run(made, *command) == 3
        one_error_line(capsys)
    assert profile.database_path(made).read_bytes() == before
    assert not (made.parent / "b.fsw").exists()


def test_no_such_profile_exits_3(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASS)
    assert run(tmp_path / "nothing", "check") == 3
    one_error_line(capsys)
    assert not (tmp_path / "nothing").exists()


def test_no_such_profile_is_reported_before_any_prompt(tmp_path, capsys):
    assert run(tmp_path / "nothing", "identity") == 3  # getpass would raise AssertionError
    one_error_line(capsys)


def test_profile_from_environment(made, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PROFILE", str(made))
    monkeypatch.setenv("FSW_PASSPHRASE", PASS)
    assert cli.main(["check"]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_weak_passphrase_on_init_exits_4(tmp_path, monkeypatch, capsys):
    assert init(tmp_path / "p", monkeypatch, passphrase="short") == 4
    one_error_line(capsys)
    assert not profile.exists(tmp_path / "p")


def test_init_twice_refused(made, monkeypatch, capsys):
    assert init(made, monkeypatch) == 4
    one_error_line(capsys)


def test_prompted_passphrases_must_match(tmp_path, monkeypatch, capsys):
    answers = iter([PASS, PASS + " typo"])
    monkeypatch.setattr(cli.base.getpass, "getpass", lambda prompt="": next(answers))
    code = cli.main(["--profile", str(tmp_path / "p"), "init", "--worker", WORKER, "--desk", "D",
                     "--role", "supervisor"])
    assert code == 4
    one_error_line(capsys)
    assert not profile.exists(tmp_path / "p")


def test_passphrase_file_first_line(made, tmp_path, capsys):
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\nsecond line ignored\n")
    assert cli.main(["--profile", str(made), "--passphrase-file", str(pf), "check"]) == 0
    assert capsys.readouterr().out.strip() == "ok"


def test_missing_passphrase_file_exits_4(made, tmp_path, capsys):
    assert cli.main(["--profile", str(made), "--passphrase-file", str(tmp_path / "no"), "check"]) == 4
    one_error_line(capsys)


def test_backup_restore_into_new_dir_then_check(made, tmp_path, monkeypatch, capsys):
    out = tmp_path / "backup.fsw"
    assert run(made, "backup", "--out", str(out)) == 0
    assert "rows" in capsys.readouterr().out
    fresh = tmp_path / "restored"
    assert run(fresh, "restore", str(out)) == 0
    assert run(fresh, "check") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ok"
    assert run(fresh, "restore", str(out)) == 4  # an existing profile needs --replace
    one_error_line(capsys)
    assert run(fresh, "restore", "--replace", str(out)) == 0


def test_restore_with_wrong_passphrase_exits_3(made, tmp_path, monkeypatch, capsys):
    out = tmp_path / "backup.fsw"
    assert run(made, "backup", "--out", str(out)) == 0
    monkeypatch.setenv("FSW_PASSPHRASE", "wrong wrong wrong wrong")
    assert run(tmp_path / "restored", "restore", str(out)) == 3
    one_error_line(capsys)
    assert not profile.exists(tmp_path / "restored")


def test_passphrase_change(made, monkeypatch, capsys):
    monkeypatch.setenv("FSW_NEW_PASSPHRASE", NEW_PASS)
    assert run(made, "passphrase", "change") == 0
    capsys.readouterr()
    assert run(made, "check") == 3  # FSW_PASSPHRASE still holds the old one
    one_error_line(capsys)
    monkeypatch.setenv("FSW_PASSPHRASE", NEW_PASS)
    assert run(made, "check") == 0


def test_passphrase_change_from_files_and_weak_refused(made, tmp_path, capsys):
    old, new = tmp_path / "old", tmp_path / "new"
    old.write_text(PASS + "\n")
    new.write_text("weak\n")
    base = ["--profile", str(made), "--passphrase-file", str(old), "passphrase", "change"]
    assert cli.main([*base, "--new-passphrase-file", str(new)]) == 4
    one_error_line(capsys)
    new.write_text(NEW_PASS + "\n")
    assert cli.main([*base, "--new-passphrase-file", str(new)]) == 0
    assert cli.main([*base, "--new-passphrase-file", str(new)]) == 3  # old no longer opens it


@pytest.mark.parametrize("argv", [["bogus"], [], ["passphrase"], ["init", "--role", "worker"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2


def test_module_entry_wrong_passphrase_one_line(made):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FSW_")}
    env["FSW_PASSPHRASE"] = "wrong wrong wrong wrong"
    proc = subprocess.run(
        [str(REPO / ".venv" / "bin" / "python"), "-m", "fsw_desktop.cli", "--profile", str(made), "check"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 3
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("fsw: ")
    assert proc.stdout == ""


# --- demo and cases: wiring, with stand-ins so these do not depend on other modules ---------


def _stand_in(monkeypatch: pytest.MonkeyPatch, name: str, **attrs) -> None:
    module = types.SimpleNamespace(**attrs)
    monkeypatch.setitem(sys.modules, name, module)
    parent, _, leaf = name.rpartition(".")
    monkeypatch.setattr(sys.modules[parent], leaf, module, raising=False)


def test_demo_wiring_and_database_closed(made, monkeypatch, capsys):
    seen: dict = {}

    def populate(db, size="standard", seed=1, today=None, progress=None):
        seen.update(db=db, size=size, seed=seed, open=not db.closed)
        return {"people": 3, "cases": 2}

    _stand_in(monkeypatch, "fsw_desktop.demo", populate=populate)
    assert run(made, "demo", "--size", "large", "--seed", "7") == 0
    assert capsys.readouterr().out.splitlines() == ["people: 3", "cases: 2"]
    assert seen["size"] == "large" and seen["seed"] == 7 and seen["open"]
    assert isinstance(seen["db"], Database) and seen["db"].closed


def test_demo_failure_still_closes_database(made, monkeypatch, capsys):
    seen: list[Database] = []

    def populate(db, **kwargs):
        seen.append(db)
        raise InputRefused("refused for the test")

    _stand_in(monkeypatch, "fsw_desktop.demo", populate=populate)
    assert run(made, "demo") == 4
    assert one_error_line(capsys) == "fsw: refused for the test"
    assert seen[0].closed


def test_cases_list_wiring(made, capsys):
    """``fsw cases list`` prints the real caseload: JSON for scripts, columns for a person."""
    database = TEMPLATES.open(made)
    try:
        with open_session(database) as s:
            case = create_referral(s, ReferralInput(
                referral_date=date(2026, 1, 5), source="Self", prisoner_given="Abel", prisoner_family="Quorrin",
                prison_number="A1234BC", family_label="Quorrin family", reasons="Visits are hard",
                contact_given="Bea", contact_family="Quorrin"), today=date(2026, 1, 6))
            s.commit()
            ref = case.ref
    finally:
        database.close()
    assert run(made, "cases", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["reference"] for c in listed] == [ref] and listed[0]["status"] == "open"
    assert run(made, "cases", "list", "--status", "closed", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(made, "cases", "list", "--status", "all") == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["id", "reference"] and ref in table[2]


# --- demo and cases: end to end with the real modules ----------------------------------------


def test_demo_then_cases_list_json_real(made, capsys):
    assert run(made, "demo", "--seed", "3") == 0
    counts = dict(line.split(": ") for line in capsys.readouterr().out.splitlines())
    assert counts and all(int(n) >= 0 for n in counts.values())
    assert run(made, "cases", "list", "--json", "--status", "all") == 0
    listed = json.loads(capsys.readouterr().out)

    db = TEMPLATES.open(made)
    try:
        session = open_session(db)
        try:
            expected = json.loads(json.dumps(casework.cases_json(session, "all"), default=str))
        finally:
            session.close()
    finally:
        db.close()
    assert listed == expected
    assert run(made, "check") == 0

"""The fsw command for identities, pairing, bundles and conflicts, as a script would use it."""

from __future__ import annotations

import json

import pytest

from fsw_desktop.cli import main
from tests.conftest import PASSPHRASE
from tests.profiles import TEMPLATES


@pytest.fixture
def two(tmp_path, monkeypatch):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    for name in ("a", "b"):
        TEMPLATES.profile(tmp_path / name, "worker", name, f"Worker {name}", establishment="").close()
    return tmp_path


def run(*argv: str) -> int:
    return main([str(a) for a in argv])


def test_pair_export_import_replay_and_refusal(two, capsys):
    a, b = two / "a", two / "b"
    assert run("--profile", a, "identity", "--export", two / "a.fswid") == 0
    ident = json.loads(capsys.readouterr().out)
    assert {"desk_id", "role", "fingerprint"} <= set(ident) and ident["role"] == "worker"
    assert run("--profile", b, "identity", "--export", two / "b.fswid") == 0
    capsys.readouterr()
    # without --yes and without a terminal to ask on, pairing is refused
    assert run("--profile", b, "peers", "add", two / "a.fswid") == 4
    assert "fingerprint" in capsys.readouterr().err
    assert run("--profile", b, "peers", "add", two / "a.fswid", "--name", "Desk A", "--yes") == 0
    assert run("--profile", a, "peers", "add", two / "b.fswid", "--name", "Desk B", "--yes") == 0
    capsys.readouterr()
    assert run("--profile", a, "peers", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in listed] == ["Desk B"]

    assert run("--profile", a, "demo", "--seed", "2") == 0
    capsys.readouterr()
    assert run("--profile", a, "bundle", "export", "--to", "Desk B", "--out", two / "1.fswb") == 0
    assert run("--profile", b, "bundle", "import", two / "1.fswb") == 0
    assert "added" in capsys.readouterr().out
    assert run("--profile", b, "bundle", "import", two / "1.fswb") == 0
    assert "imported before" in capsys.readouterr().out
    assert run("--profile", a, "cases", "list", "--json", "--status", "all") == 0
    cases_a = json.loads(capsys.readouterr().out)
    assert run("--profile", b, "cases", "list", "--json", "--status", "all") == 0
    cases_b = json.loads(capsys.readouterr().out)
    assert sorted(c["id"] for c in cases_a) == sorted(c["id"] for c in cases_b) and cases_a

    # a changed byte: refused with one line, exit 4, nothing changed
    data = bytearray((two / "1.fswb").read_bytes())
    data[len(data) // 2] ^= 0x01
    (two / "bad.fswb").write_bytes(bytes(data))
    before = (b / "profile.fsw").read_bytes()
    assert run("--profile", b, "bundle", "import", two / "bad.fswb") == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("fsw: ") and "\n" not in err
    assert (b / "profile.fsw").read_bytes() == before

    # handover of one case: the sender's copy is marked handed over
    ref = cases_a[0]["reference"]
    assert run("--profile", a, "bundle", "export", "--to", "Desk B", "--kind", "handover", "--case", ref,
               "--out", two / "h.fswb") == 0
    assert run("--profile", b, "bundle", "import", two / "h.fswb") == 0
    capsys.readouterr()
    assert run("--profile", a, "cases", "list", "--json", "--status", "all") == 0
    after = {c["reference"]: c for c in json.loads(capsys.readouterr().out)}
    assert after[ref]["status"] == "handed over"
    assert run("--profile", a, "conflicts", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []

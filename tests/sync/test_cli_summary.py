"""``fsw summary --json`` and ``fsw bundle export --kind summary`` / ``bundle import``, as a script would use them."""

from __future__ import annotations

import json

import pytest

from fsw_desktop.cli import main
from tests.conftest import PASSPHRASE
from tests.sync.summary_desk import SECRET, build_worker
from tests.profiles import TEMPLATES


def run(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def pair(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    w, s = tmp_path / "worker", tmp_path / "sup"
    db = TEMPLATES.profile(w, "worker", "W", "Wren Worker", establishment="")
    built = build_worker(db)
    db.close()
    TEMPLATES.profile(s, "supervisor", "S", "Sasha Supervisor", establishment="").close()
    assert run("--profile", w, "identity", "--export", tmp_path / "w.fswid") == 0
    worker_id = json.loads(capsys.readouterr().out)["desk_id"]
    assert run("--profile", s, "identity", "--export", tmp_path / "s.fswid") == 0
    assert run("--profile", w, "peers", "add", tmp_path / "s.fswid", "--name", "Supervisor", "--yes") == 0
    assert run("--profile", s, "peers", "add", tmp_path / "w.fswid", "--name", "Wren", "--yes") == 0
    capsys.readouterr()
    return w, s, worker_id, built


def test_summary_json_export_import_and_team_figures(pair, tmp_path, capsys):
    w, s, worker_id, built = pair
    assert run("--profile", w, "summary", "--json", "--today", "2026-03-01") == 0
    mine = json.loads(capsys.readouterr().out)
    f = mine["figures"]
    assert mine["desk_id"] == worker_id and f["caseload"]["open"] == 3 and f["waiting_list"]["waiting"] == 1
    assert f["applications"]["on_time_share"] == 0.5 and f["first_contact"]["median_days"] == 4.0

    assert run("--profile", w, "bundle", "export", "--to", "Supervisor", "--kind", "sync", "--include-names",
               "--out", tmp_path / "x.fswb") == 4
    assert "--include-names" in capsys.readouterr().err
    assert run("--profile", w, "bundle", "export", "--to", "Supervisor", "--kind", "summary",
               "--out", tmp_path / "sum.fswb") == 0
    assert "without names" in capsys.readouterr().out
    raw = (tmp_path / "sum.fswb").read_bytes()
    assert SECRET.encode() not in raw and not [n for n in built.names if n.encode() in raw]
    assert run("--profile", s, "bundle", "import", tmp_path / "sum.fswb") == 0
    assert "Imported summary from Wren Worker" in capsys.readouterr().out
    assert run("--profile", s, "bundle", "import", tmp_path / "sum.fswb") == 0
    assert "imported before" in capsys.readouterr().out

    assert run("--profile", s, "summary", "--json", "--today", "2026-03-01", "--csv", tmp_path / "team.csv") == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out["workers"]) == [worker_id]
    theirs = out["workers"][worker_id]["figures"]
    # the bundle was made today (not on the test's 2026-03-01): same period, the worker's figures as of today
    assert run("--profile", w, "summary", "--json", "--from", "2025-03-02", "--to", "2026-03-01") == 0
    today_mine = json.loads(capsys.readouterr().out)["figures"]
    assert theirs == today_mine  # the supervisor sees exactly the worker's own figures
    assert theirs["period"] == f["period"] and theirs["referral_sources"] == f["referral_sources"]
    assert out["team"]["caseload"]["open"] == 3 and out["team"]["caseload"]["target"] == 40
    assert worker_id in (tmp_path / "team.csv").read_text(encoding="utf-8-sig")

    # a summary cannot be imported on a worker desk, and the worker cannot import its own
    assert run("--profile", w, "bundle", "import", tmp_path / "sum.fswb") == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("fsw: ") and "\n" not in err

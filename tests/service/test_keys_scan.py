"""Issue 18: a scan of every file the app writes finds neither a data key, nor a recovery key, nor a
passphrase in plaintext (raw bytes, hex, base64; UTF-8 and UTF-16).

The session runs in a child process (``keys_session.py``) whose home, settings (QSettings), data,
cache, runtime and temporary folders (Python's and SQLite's) all lie under the test's folder, so
"every file the app writes" is every file under it: the profile, its slot file, the backups inside
and outside it with theirs, the settings, whatever went to the temporary folders. The one file meant
to hold a secret (the recovery sheet written with ``recovery create --out``) is the scan's own check
that it finds what it looks for.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _forms(data_keys: list[str], codes: list[str], passphrases: list[str]) -> dict[bytes, str]:
    """Each secret in every form it could be written in, with a label saying which."""
    forms: dict[bytes, str] = {}
    for n, hex_key in enumerate(data_keys):
        raw = bytes.fromhex(hex_key)
        for form, value in (("raw", raw), ("hex", hex_key.encode()), ("HEX", hex_key.upper().encode()),
                            ("base64", base64.b64encode(raw)), ("base64url", base64.urlsafe_b64encode(raw))):
            forms[value] = f"data key {n} ({form})"
    for n, code in enumerate(codes):
        bare = code.replace("-", "")
        raw = base64.b32decode(bare)
        for form, value in (("as shown", code), ("without hyphens", bare), ("lower case", code.lower()),
                            ("bare lower case", bare.lower())):
            forms[value.encode()] = f"recovery key {n} ({form})"
            forms[value.encode("utf-16-le")] = f"recovery key {n} ({form}, UTF-16)"
        forms[raw] = f"recovery key {n} (raw)"
        forms[raw.hex().encode()] = f"recovery key {n} (hex)"
    for n, passphrase in enumerate(passphrases):
        forms[passphrase.encode()] = f"passphrase {n}"
        forms[passphrase.encode("utf-16-le")] = f"passphrase {n} (UTF-16)"
        forms[passphrase.encode().hex().encode()] = f"passphrase {n} (hex)"
    return forms


def test_no_file_written_in_a_whole_session_holds_a_key_or_passphrase(tmp_path):
    env_root = tmp_path / "env"
    env = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen", "HOME": str(env_root / "home")}
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_RUNTIME_DIR", "runtime"), ("TMPDIR", "tmp"), ("SQLITE_TMPDIR", "tmp")):
        (env_root / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[var] = str(env_root / sub)
    (env_root / "home").mkdir(exist_ok=True)
    session = tmp_path / "session"
    session.mkdir()
    done = subprocess.run([sys.executable, "-m", "tests.service.keys_session", str(session)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    used = json.loads(done.stdout.splitlines()[-1])
    assert len(used["data_keys"]) == 5 and len(set(used["data_keys"])) == 5
    assert len(used["recovery_keys"]) == 2
    forms = _forms(used["data_keys"], used["recovery_keys"], used["passphrases"])
    meant = {Path(p) for p in used["meant_to_hold_one"]}

    files = sorted(p for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink())
    names = {p.name for p in files}
    assert {"profile.fsw", "profile.fsw.keys", "inside.fswbak", "inside.fswbak.keys", "outside.fswbak",
            "outside.fswbak.keys", "cli.fswbak", "cli.fswbak.keys"} <= names
    assert any(p.is_relative_to(env_root / "config") for p in files)  # the window's QSettings were written
    assert any(p.parent.name == "backups" and p.name.startswith("profile-before-") for p in files)  # the move's copy

    found = []
    for path in files:
        data = path.read_bytes()
        hits = sorted({label for value, label in forms.items() if value in data})
        if path in meant:
            assert any(label.startswith("recovery key 1") for label in hits)  # the scan finds what is there
            continue
        found += [(str(path.relative_to(tmp_path)), label) for label in hits]
    assert found == []

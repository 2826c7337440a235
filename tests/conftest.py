"""Shared fixtures: real SQLCipher profiles in temp dirs, Qt offscreen, settings isolated.

The environment is set at import, before Qt starts, so QSettings, temp files
and the user data directory all land in one scratch tree that tests can scan.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="fsw-test-"))
for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                 ("XDG_RUNTIME_DIR", "runtime")):
    (SCRATCH / sub).mkdir(exist_ok=True)
    os.environ[var] = str(SCRATCH / sub)
os.chmod(SCRATCH / "runtime", 0o700)
os.environ.pop("FSW_PROFILE", None)
os.environ.pop("FSW_PASSPHRASE", None)

PASSPHRASE = "correct horse battery staple"
WORKER = "Quentin Testworker"


@pytest.fixture(scope="session")
def scratch() -> Path:
    return SCRATCH


@pytest.fixture
def make_profile(tmp_path):
    from fsw_desktop.services.desk import profile

    opened = []

    def make(role: str = "worker", name: str = "p", worker: str = WORKER):
        db = profile.create_profile(tmp_path / name, worker, f"Desk {name}", role, PASSPHRASE,
                                    "HMP Testfield (synthetic)")
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def db(make_profile):
    return make_profile()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One standard demo profile per run; tests copy its file rather than rebuild it."""
    from fsw_desktop import demo
    from fsw_desktop.services.desk import profile

    d = tmp_path_factory.mktemp("demo-template") / "profile"
    database = profile.create_profile(d, "Demo Worker", "Demo desk", "worker", PASSPHRASE,
                                      "HMP Northfield (synthetic)")
    demo.populate(database, size="standard", seed=1)
    database.close()
    return d


@pytest.fixture
def demo_profile(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target

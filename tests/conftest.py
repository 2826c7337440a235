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

from tests.profiles import PASSPHRASE, TEMPLATES, WORKER  # noqa: E402  (after the environment is set)

__all__ = ["PASSPHRASE", "SCRATCH", "TEMPLATES", "WORKER"]


@pytest.fixture(scope="session")
def scratch() -> Path:
    return SCRATCH


@pytest.fixture
def make_profile(tmp_path):
    """``make(role, name, worker)``: a profile at ``tmp_path / name``, open, closed after the test.

    A copy of a prepared template (``tests/profiles.py``): different names are different desks, the
    same name in another test is the same desk. ``fresh=True`` creates a new desk (a key derivation).
    """
    opened = []

    def make(role: str = "worker", name: str = "p", worker: str = WORKER, fresh: bool = False):
        if fresh:
            db = TEMPLATES.create(tmp_path / name, role, name, worker)
        else:
            db = TEMPLATES.profile(tmp_path / name, role, name, worker)
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
    """One standard demo profile per run; tests copy its file rather than rebuild it, and open a copy
    with ``TEMPLATES.open`` unless unlocking is what they test."""
    from fsw_desktop import demo, keyslots
    from fsw_desktop.services.desk import profile

    d = tmp_path_factory.mktemp("demo-template") / "profile"
    database = profile.create_profile(d, "Demo Worker", "Demo desk", "worker", PASSPHRASE,
                                      "HMP Northfield (synthetic)", kdf=keyslots.TEST_KDF)
    TEMPLATES.remember(database)
    demo.populate(database, size="standard", seed=1)
    database.close()
    return d


@pytest.fixture
def demo_profile(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target

"""Where a profile lives: its folder and its database file, found without opening anything.

Apart from ``profile`` (which needs SQLAlchemy, the models and cryptography) so the window can tell
the lock screen from the first-run wizard, and paint it, before loading any of that (issue 20: the
lock screen painted within 0.8 s of launch). ``profile`` imports these names from here.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "profile.fsw"  # db.DB_NAME, said again here so nothing heavy is imported (a test keeps them equal)
ASIDE_SUFFIX = ".before-restore"


def default_profile_dir() -> Path:
    from platformdirs import user_data_dir  # reason: start-up time, only when no folder is given

    return Path(user_data_dir("FSW Desk", appauthor=False)) / "profile"


def resolve_profile_dir(arg: str | os.PathLike | None = None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get("FSW_PROFILE")
    if env:
        return Path(env).expanduser()
    return default_profile_dir()


def database_path(profile_dir: Path) -> Path:
    return Path(profile_dir) / DB_NAME


def aside_path(profile_dir: Path) -> Path:
    """Where a restore puts the profile it replaces until the restored one is in place."""
    target = database_path(profile_dir)
    return target.with_name(target.name + ASIDE_SUFFIX)


def exists(profile_dir: Path) -> bool:
    """A profile is there, or a restore cut short left it aside (``unlock`` puts it back)."""
    return database_path(profile_dir).exists() or aside_path(profile_dir).exists()

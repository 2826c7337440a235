"""The one way the application writes a file: all at once, private to the user, no half files.

Every file a desk saves (bundles, identities, backups, PDFs, CSVs, spreadsheets) goes
through here, at the bottom of the package, so that sync, services and both front ends
share one rule: a temporary file beside the target (``.NAME.XXXX.part``), created 0600
on POSIX, flushed and fsynced, renamed over the target, then the directory fsynced.
A reader sees the old file or the new one, never a part, and nobody else on the
machine can read what a worker saved. A write killed half way leaves a ``.part``
file; ``clean_leftovers`` removes those on the next start.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Callable

PART_SUFFIX = ".part"
JOURNAL_SUFFIX = "-journal"  # SQLite's rollback journal, beside a database being written in a part file
PRIVATE = 0o600


# Temporary files this process is writing now. Two saves can run at once (pool threads), and the
# leftover cleaning after one must not take the other's file from under it.
_IN_FLIGHT: set[str] = set()
_IN_FLIGHT_LOCK = threading.Lock()


def _tmp_beside(path: Path) -> tuple[int, Path]:
    directory = path.parent if str(path.parent) else Path(".")
    with _IN_FLIGHT_LOCK:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=directory)  # mkstemp: 0600
        _IN_FLIGHT.add(os.path.abspath(tmp))
    return fd, Path(tmp)


def _landed(tmp: Path) -> None:
    """The temporary file is renamed or removed: no longer one of ours in flight."""
    with _IN_FLIGHT_LOCK:
        _IN_FLIGHT.discard(os.path.abspath(tmp))


def _sync_dir(directory: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some filesystems (FAT on a USB stick, network shares) cannot sync a directory
    finally:
        os.close(dir_fd)


def _finish(tmp: Path, path: Path) -> None:
    try:
        os.chmod(tmp, PRIVATE)
    except OSError:
        pass  # filesystems without POSIX modes (FAT on a USB stick)
    os.replace(tmp, path)
    _sync_dir(path.parent if str(path.parent) else Path("."))


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` (text is written as UTF-8) to ``path`` so a reader never sees half of it."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = _tmp_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        _finish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        _landed(tmp)


def write_with(path: Path, write: Callable[[Path], None]) -> None:
    """For libraries that write to a path themselves (a spreadsheet, a SQLCipher export):
    ``write`` fills a private temporary file beside ``path``, which then replaces it."""
    path = Path(path)
    fd, tmp = _tmp_beside(path)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _finish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + JOURNAL_SUFFIX).unlink(missing_ok=True)  # a SQLite writer's journal, if it left one
        raise
    finally:
        _landed(tmp)


def _without_journal(name: str) -> str:
    return name[: -len(JOURNAL_SUFFIX)] if name.endswith(JOURNAL_SUFFIX) else name


def _is_part(name: str) -> bool:
    """``.NAME.XXXX.part``, or the SQLite journal of one (``.part-journal``)."""
    name = _without_journal(name)
    return name.startswith(".") and name.endswith(PART_SUFFIX)


def part_target(name: str) -> str | None:
    """The NAME that a ``.NAME.XXXX.part`` (or ``.part-journal``) leftover was to become, else None."""
    name = _without_journal(name)
    if not _is_part(name):
        return None
    target, dot, _random = name[1 : -len(PART_SUFFIX)].rpartition(".")
    return target if dot and target else None


def _remove_matching(directory: Path, matches: Callable[[str], bool]) -> list[Path]:
    gone: list[Path] = []
    try:
        entries = list(Path(directory).iterdir())
    except OSError:
        return gone
    with _IN_FLIGHT_LOCK:
        busy = set(_IN_FLIGHT)
    for entry in entries:
        if os.path.abspath(entry).removesuffix(JOURNAL_SUFFIX) in busy:
            continue  # another save of this process is writing it now
        if matches(entry.name) and entry.is_file():
            try:
                entry.unlink()
                gone.append(entry)
            except OSError:
                pass
    return gone


def clean_leftovers(directory: Path) -> list[Path]:
    """Remove ``.NAME.XXXX.part`` files a killed write left in ``directory``; returns what went.

    A SQLite writer (a backup) killed half way also leaves its journal, ``.NAME.XXXX.part-journal``:
    it goes too, for it holds pages of the half-written file and is of no use without it.
    """
    return _remove_matching(directory, _is_part)


def clean_leftovers_of(directory: Path, is_ours: Callable[[str], bool]) -> list[Path]:
    """Like ``clean_leftovers``, for a directory that is not ours alone (a USB stick, the home folder):
    only the parts (and journals) of targets whose NAME ``is_ours`` go."""

    def matches(name: str) -> bool:
        target = part_target(name)
        return target is not None and is_ours(target)

    return _remove_matching(directory, matches)

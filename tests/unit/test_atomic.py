"""The one writer (fsw_desktop/atomic.py): private files, the old file or the new one, and no leftovers.

Run under the usual desktop umask (0o022), where a file opened the ordinary way comes out 0644.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fsw_desktop import atomic


@pytest.fixture(autouse=True)
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def parts(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part") or ".part-" in p.name)


def test_write_atomic_is_private_for_bytes_and_text(tmp_path):
    atomic.write_atomic(tmp_path / "a.pdf", b"%PDF-1.4 bytes")
    atomic.write_atomic(tmp_path / "b.csv", "Name,Åge\r\n")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF-1.4 bytes"
    assert (tmp_path / "b.csv").read_bytes() == "Name,Åge\r\n".encode()
    assert mode(tmp_path / "a.pdf") == mode(tmp_path / "b.csv") == 0o600
    assert parts(tmp_path) == []


def test_replacing_a_readable_file_makes_it_private(tmp_path):
    """A file saved before this fix (0644) becomes private when saved again, not just new files."""
    target = tmp_path / "list.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def test_write_with_gives_the_library_a_private_path_and_renames_it(tmp_path):
    seen: list[tuple[Path, int]] = []

    def write(tmp: Path) -> None:
        seen.append((tmp, mode(tmp)))
        tmp.write_text("sheet")  # a library opening the path itself, as openpyxl does

    atomic.write_with(tmp_path / "caseload.xlsx", write)
    (tmp, tmp_mode), = seen
    assert tmp.parent == tmp_path and tmp.name.startswith(".caseload.xlsx.") and tmp.name.endswith(".part")
    assert tmp_mode == 0o600  # private from the first byte, not only after the rename
    assert (tmp_path / "caseload.xlsx").read_text() == "sheet" and mode(tmp_path / "caseload.xlsx") == 0o600
    assert parts(tmp_path) == []


def test_a_writer_that_fails_half_way_keeps_the_old_file_and_leaves_no_part(tmp_path):
    target = tmp_path / "caseload.xlsx"
    atomic.write_atomic(target, b"the old caseload")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half a spread")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        atomic.write_with(target, half_then_fail)
    assert target.read_bytes() == b"the old caseload"
    assert parts(tmp_path) == []


def test_write_atomic_that_cannot_sync_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "bundle.fswb"
    atomic.write_atomic(target, b"old")

    def no_room(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_room)
    with pytest.raises(OSError):
        atomic.write_atomic(target, b"new and longer")
    assert target.read_bytes() == b"old"
    assert parts(tmp_path) == []


def test_a_missing_folder_is_refused_and_nothing_is_made(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic.write_atomic(tmp_path / "gone" / "x.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_clean_leftovers_removes_only_the_parts_of_killed_writes(tmp_path):
    for name in (".caseload.xlsx.k3j_9x0a.part", ".profile-before.fswbak.ab12cd34.part"):
        (tmp_path / name).write_bytes(b"half")
    keep = ["caseload.xlsx", "notes.part", ".hidden", "report.pdf.part.txt"]
    for name in keep:
        (tmp_path / name).write_bytes(b"keep")
    (tmp_path / ".folder.abc.part").mkdir()  # only files go
    gone = atomic.clean_leftovers(tmp_path)
    assert sorted(p.name for p in gone) == [".caseload.xlsx.k3j_9x0a.part", ".profile-before.fswbak.ab12cd34.part"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(keep + [".folder.abc.part"])


def test_clean_leftovers_of_a_missing_folder_is_nothing(tmp_path):
    assert atomic.clean_leftovers(tmp_path / "not-there") == []


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from fsw_desktop import atomic

def half_then_killed(tmp: Path) -> None:
    tmp.write_bytes(b"half of a list of names")
    os.kill(os.getpid(), signal.SIGKILL)  # the power cut: no except, no finally runs

atomic.write_with(Path(sys.argv[1]), half_then_killed)
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="POSIX kill")
def test_a_killed_write_keeps_the_old_file_and_its_private_part_goes_next_time(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "family-day-2026-05-01-attendees.pdf"
    atomic.write_atomic(target, b"the old list")
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], cwd=Path(__file__).parents[2])
    assert done.returncode == -9
    assert target.read_bytes() == b"the old list"
    (left,) = [tmp_path / name for name in parts(tmp_path)]
    assert mode(left) == 0o600  # what a killed write leaves is readable by the worker alone
    assert atomic.clean_leftovers(tmp_path) == [left]
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_cleaning_leftovers_spares_a_save_in_progress(tmp_path):
    """Two saves at once (pool threads): the tidy after one must not take the other's file away."""
    target = tmp_path / "3.fswb"
    old = tmp_path / ".2.fswb.k3j9x0ab.part"  # what a killed save left
    old.write_bytes(b"half")

    def write(tmp):
        tmp.write_bytes(b"first half")
        gone = atomic.clean_leftovers(tmp_path)  # another save finishing meanwhile tidies the folder
        assert old in gone and tmp.exists()
        with open(tmp, "ab") as fh:
            fh.write(b", second half")

    atomic.write_with(target, write)
    assert target.read_bytes() == b"first half, second half"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["3.fswb"]

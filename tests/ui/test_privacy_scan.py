"""After a scripted session of real use, no file we could have written holds a demo person's name."""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import select

from fsw_desktop.models.people import Person
from tests.conftest import SCRATCH
from tests.ui.conftest import unlock
from tests.profiles import TEMPLATES


def _names(profile_dir: Path) -> set[str]:
    database = TEMPLATES.open(profile_dir)
    with database.session() as s:
        people = s.execute(select(Person.given_name, Person.family_name)).all()
    database.close()
    return {f"{g} {f}" for g, f in people if g and f} | {f for _, f in people if len(f) >= 6}


def _files_written_since(roots: list[Path], since: float) -> list[Path]:
    found = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                try:
                    if p.stat().st_mtime >= since - 1:
                        found.append(p)
                except OSError:
                    pass
    return found


class _Needles:
    """Where any of many byte strings occurs in some data, in one pass over it.

    Each needle is made of a few byte values (letters, a space, a hyphen), so each occurrence lies
    inside a run of such bytes; only those runs, few and short in encrypted data, are looked into,
    by set lookup for each needle length. The same answer as ``needle in data`` for every needle,
    a hundred times faster over a profile file and a thousand names.
    """

    def __init__(self, needles: Iterable[bytes]) -> None:
        self.by_length: dict[int, set[bytes]] = defaultdict(set)
        for needle in needles:
            self.by_length[len(needle)].add(needle)
        alphabet = b"".join(re.escape(bytes([b])) for b in sorted({b for n in needles for b in n}))
        self.runs = re.compile(b"[" + alphabet + b"]{%d,}" % min(self.by_length))

    def find(self, data: bytes) -> Iterator[tuple[int, bytes]]:
        for run in self.runs.finditer(data):
            text, start = run.group(), run.start()
            for length, group in self.by_length.items():
                for i in range(len(text) - length + 1):
                    if text[i:i + length] in group:
                        yield start + i, text[i:i + length]


class _NameFinder:
    """A name written as UTF-8 or as UTF-16-LE. UTF-16 is looked for as its even bytes (found like
    UTF-8, in the file's even or odd bytes) followed by a check of its odd bytes at that place."""

    def __init__(self, names: set[str]) -> None:
        self.utf8 = {name.encode(): name for name in names}
        self.utf8_needles = _Needles(self.utf8)
        self.utf16: dict[bytes, list[tuple[bytes, str]]] = defaultdict(list)
        for name in names:
            encoded = name.encode("utf-16-le")
            self.utf16[encoded[0::2]].append((encoded[1::2], name))
        self.utf16_needles = _Needles(self.utf16)

    def first_in(self, data: bytes) -> str | None:
        for _, needle in self.utf8_needles.find(data):
            return self.utf8[needle]
        for offset in (0, 1):
            even, odd = data[offset::2], data[offset + 1::2]
            for i, low in self.utf16_needles.find(even):
                for high, name in self.utf16[low]:
                    if odd[i:i + len(high)] == high:
                        return name
        return None


def test_no_demo_name_in_any_file_after_a_session(qtbot, controller_for, demo_profile, tmp_path, answer_yes):
    names = _names(demo_profile)
    assert len(names) > 100
    started = time.time()
    c = controller_for(demo_profile)
    unlock(qtbot, c)
    w = c.window
    for page in list(w.pages):
        w.go_to(page)
    some_family = sorted(n for n in names if " " not in n)[0]
    w.search.setText(some_family[:3])
    w.search.returnPressed.emit()
    dialog = w.new_referral()
    dialog.prisoner_family.setText(some_family)
    c.lock()  # draft saved inside the database, then everything closed
    unlock(qtbot, c)
    w = c.window
    w.go_to("Caseload")
    c.lock()

    roots = [demo_profile, SCRATCH, Path(tempfile.gettempdir())]
    written = _files_written_since(roots, started)
    assert any(p.parent == demo_profile for p in written)
    finder = _NameFinder(names)
    leaks = []
    for path in dict.fromkeys(p.resolve() for p in written):  # the profile is under two roots
        try:
            data = path.read_bytes()
        except OSError:
            continue
        name = finder.first_in(data)
        if name is not None:
            leaks.append((str(path), name))
    assert leaks == []
    # the database and its key slots (wrapped keys and KDF costs, no names: fsw_desktop/keyslots.py)
    assert sorted(p.name for p in demo_profile.iterdir()) == ["profile.fsw", "profile.fsw.keys"]

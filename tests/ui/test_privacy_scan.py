"""After a scripted session of real use, no file we could have written holds a demo person's name."""

from __future__ import annotations

import os
import tempfile
import time
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
    leaks = []
    for path in written:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for name in names:
            if name.encode() in data or name.encode("utf-16-le") in data:
                leaks.append((str(path), name))
                break
    assert leaks == []
    assert sorted(p.name for p in demo_profile.iterdir()) == ["profile.fsw"]

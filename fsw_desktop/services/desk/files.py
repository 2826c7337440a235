"""Files a worker asked for (PDFs, CSVs, spreadsheets, identities, bundles): one way to save them.

Everything goes through ``atomic`` (temporary file beside the target, 0600, fsync, rename),
so a list of names on the shared office PC is readable by the worker alone and a crash
leaves the old file or the new one. A failure is refused in plain words, never a traceback.

A save killed half way (power cut, the app killed) leaves a ``.NAME.XXXX.part`` file in the
folder the worker chose, holding part of what they were saving. We cannot know that folder
at the next start, so the next save into the same folder removes it: the leftovers of this
file's name and of the names this app proposes, never another program's. Backups are left to
``profile.backup``, which tidies its own (a backup's part can be minutes in the writing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ... import atomic
from ...errors import InputRefused
from ...words import tr

# Extensions only this app writes, and the start of every name a save dialog proposes.
OWN_SUFFIXES = (".fswb", ".fswbundle", ".fswid")
PROPOSED_PREFIXES = ("subject-access-", "family-day-", "report-", "figures-", "caseload-",
                     "quality-self-assessment")


def is_ours(name: str) -> bool:
    """Whether a file called ``name`` is one this app names, so its leftovers are ours to remove."""
    return name.endswith(OWN_SUFFIXES) or name.startswith(PROPOSED_PREFIXES)


def _refused(path: Path, exc: OSError) -> InputRefused:
    return InputRefused(tr("Could not save {name}: {reason}.").format(
                           name=path.name, reason=exc.strerror or tr("the location cannot be written")))


def _tidy(path: Path) -> None:
    atomic.clean_leftovers_of(path.parent, lambda target: target == path.name or is_ours(target))


def save(path: Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` all at once, private to the user, or refuse saying why."""
    path = Path(path)
    try:
        atomic.write_atomic(path, data)
    except OSError as exc:
        raise _refused(path, exc) from None
    _tidy(path)


def save_with(path: Path, write: Callable[[Path], None]) -> None:
    """For a library that writes to a path itself (openpyxl): it fills a private temporary file
    beside ``path``, which then replaces ``path``; refused in plain words like ``save``."""
    path = Path(path)
    try:
        atomic.write_with(path, write)
    except OSError as exc:
        raise _refused(path, exc) from None
    _tidy(path)

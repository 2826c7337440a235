"""Files a worker asked for (identities, bundles): written atomically, refused in plain words."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputRefused
from ..sync.bundle import write_atomic


def save(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once (temporary file, fsync, rename) or refuse saying why."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise InputRefused(f"Could not save {path.name}: {exc.strerror or 'the location cannot be written'}.") \
            from None

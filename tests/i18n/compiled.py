"""The Welsh catalogue compiled as `make translations` does, for tests that run the desk in Welsh."""

from __future__ import annotations

import subprocess
from pathlib import Path

from fsw_desktop.ui import language
from tests.i18n import catalogue


def compile_welsh() -> Path:
    """Compiles resources/i18n/fsw_cy.ts into the package when the compiled file is missing or older."""
    target = language.compiled("cy")
    source = catalogue.I18N / "fsw_cy.ts"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        target.parent.mkdir(parents=True, exist_ok=True)
        lrelease = Path(catalogue.lupdate()).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target

"""The translation catalogues (resources/i18n/*.ts) against the sources, with Qt's own tools.

    python -m tests.i18n.catalogue update    # make ts: every tr() of the sources into each .ts
    python -m tests.i18n.catalogue check     # what the test checks, printed

``pyside6-lupdate`` reads every Python file of the package (a bare ``tr("...")`` and
``QT_TRANSLATE_NOOP(context, "...")``); locations are left out so that moving a line does not
change the catalogue. The test runs lupdate over a copy and fails on a sentence that is new
(not yet in the catalogue), unfinished, or obsolete (no longer in the sources), and on a
translation whose ``{fields}``, ``%n`` or ``&`` accelerator differ from its English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "fsw_desktop"
BIN = Path(sys.executable).parent
FIELD = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found beside Python")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def catalogues() -> list[Path]:
    return sorted(I18N.glob("fsw_*.ts"))


def run_lupdate(ts: Path, language: str, keep_obsolete: bool) -> None:
    """lupdate reads the file list from a list file: the command line would be too long on Windows."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        args = [lupdate(), f"@{listing.name}", "-ts", str(ts), "-locations", "none", "-target-language", language]
        if not keep_obsolete:
            args.append("-no-obsolete")
        subprocess.run(args, check=True, capture_output=True, text=True)
    finally:
        Path(listing.name).unlink()


def language_of(ts: Path) -> str:
    return ET.parse(ts).getroot().get("language") or ts.stem.split("_", 1)[1]


@dataclass
class Entry:
    context: str
    source: str
    kind: str  # "" finished, "unfinished", "obsolete", "vanished"
    forms: list[str]
    numerus: bool


def entries(ts: Path) -> list[Entry]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out.append(Entry(name, message.findtext("source") or "", translation.get("type") or "", forms,
                             message.get("numerus") == "yes"))
    return out


def problems(ts: Path) -> list[str]:
    """Everything wrong with ``ts`` against the sources as they are now (on a copy)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / ts.name
        shutil.copy(ts, copy)
        run_lupdate(copy, language_of(ts), keep_obsolete=True)
        found = []
        for entry in entries(copy):
            where = f"{entry.context or '(no context)'}: {entry.source[:70]!r}"
            if entry.kind in {"obsolete", "vanished"}:
                found.append(f"obsolete (no longer in the sources): {where}")
            elif entry.kind == "unfinished" or not all(f.strip() for f in entry.forms):
                found.append(f"not translated: {where}")
            else:
                found.extend(f"{lost}: {where}" for lost in placeholder_problems(entry))
        return found


def placeholder_problems(entry: Entry) -> list[str]:
    english = entry.source.split("|") if entry.numerus else [entry.source]
    wanted = sorted(set(FIELD.findall(english[-1])) | set(FIELD.findall(english[0])))
    found = []
    for form in entry.forms:
        have = sorted(set(FIELD.findall(form)))
        if have != wanted and not (entry.numerus and set(have) == set(wanted) - {"%n"}):
            found.append(f"placeholders {have} in a translation, {wanted} in the English")
        if "&" in entry.source.replace("&&", "") and "&" not in form.replace("&&", ""):
            found.append("the keyboard accelerator (&) is lost")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for ts in catalogues():
            run_lupdate(ts, language_of(ts), keep_obsolete=False)
            print(f"updated {ts.relative_to(ROOT)}")
        return 0
    total = 0
    for ts in catalogues():
        for line in problems(ts):
            print(f"{ts.name}: {line}")
            total += 1
    print(f"{total} problem(s)")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The Welsh catalogue is whole and current, and the sources let the translation tools do their job."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fsw_desktop import words
from tests.i18n import catalogue, literals

UI = catalogue.PACKAGE / "ui"


def _tr_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"]


def test_no_sentence_is_filled_in_before_it_is_looked_up():
    """``tr(f"...")``, ``tr("a" + b)`` or ``tr("...".format())`` would look up a text no catalogue holds."""
    faults = []
    for path in catalogue.sources():
        for call in _tr_calls(path):
            if not call.args:
                continue
            first = call.args[0]
            if isinstance(first, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute)
                    and first.func.attr == "format"):
                faults.append(f"{path.relative_to(catalogue.ROOT)}:{call.lineno}")
    assert not faults, "a sentence filled in before tr():\n" + "\n".join(faults)


def test_a_count_is_given_as_a_count():
    """A sentence with %n is looked up with its number (Welsh picks one of its plural forms by it)."""
    faults = []
    for path in catalogue.sources():
        for call in _tr_calls(path):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and "%n" in first.value:
                if len(call.args) < 3:
                    faults.append(f"{path.relative_to(catalogue.ROOT)}:{call.lineno} {first.value[:50]!r}")
    assert not faults, "%n without a count:\n" + "\n".join(faults)


def test_every_sentence_in_the_interface_goes_through_tr():
    """The static half of the walk in tests/ui/test_welsh.py: no literal in ui/ looks like words and misses tr."""
    found = [f"{path.relative_to(catalogue.ROOT)}:{line}: {text[:70]!r}"
             for path in sorted(UI.rglob("*.py")) if "__pycache__" not in path.parts
             for line, text in literals.untranslated(path)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("ts", catalogue.catalogues(), ids=lambda p: p.name)
def test_the_catalogue_is_whole_and_current(ts):
    """No sentence new to the sources and missing from it, none unfinished, none obsolete, and no
    translation that loses a {field}, %n or & of its English."""
    problems = catalogue.problems(ts)
    assert not problems, f"{len(problems)} problems in {ts.name} (make ts, then translate):\n" + "\n".join(problems)


def test_english_reads_as_written_with_its_own_plural():
    assert words.tr("%n family|%n families", "", 1) == "1 family"
    assert words.tr("%n family|%n families", "", 0) == "0 families"
    assert words.tr("Booked for {name}").format(name="Ada") == "Booked for Ada"

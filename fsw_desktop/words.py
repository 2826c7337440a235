"""Words a worker reads, in the desk's language (Welsh or English).

Every sentence a person sees, from a button to a refusal raised by a service, is written in
English inside ``tr("...")``. Qt's ``pyside6-lupdate`` finds those calls (it reads a bare
``tr(`` in Python as Qt's own), the translations live in ``resources/i18n/*.ts`` and are
compiled with ``pyside6-lrelease`` when the desk is built.

This module is the base room and imports nothing: services and sync raise their messages
through it without importing Qt, and the UI hands it Qt's translator when the worker picks a
language (``ui/language.py``). With no translator (the command line, a test of the services)
the English is returned as written.

Conventions, so the translation tools can do their job:

- a placeholder is a named Python field, ``tr("Booked for {name}").format(name=...)``; never an
  f-string inside ``tr`` (a test refuses ``tr(f"...")``: the text would be looked up after it
  was filled in, and never found);
- a sentence with a count passes it as the third argument, writes ``%n`` where it goes and
  gives English's two forms split by ``|``: ``tr("%n family|%n families", "", count)``. English
  picks its form here; Welsh has each of its plural forms in the translation (Qt's numerus);
- a label kept in a table at import time (before a language is chosen) is marked with
  ``QT_TRANSLATE_NOOP("", "Improved")`` and shown with ``tr(label)``.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

Translate = Callable[[str, str, "str | None", int], str]


def _as_written(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English as the source says it: with a count, its singular or plural, ``%n`` filled in."""
    if n < 0:
        return text
    if "|" in text:
        singular, _, plural = text.partition("|")
        text = singular if n == 1 else plural
    return text.replace("%n", str(n))


_translate: Translate = _as_written
_stored = threading.local()  # per thread: a service writing a record's text while the window draws in Welsh


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the desk's language; ``n`` picks the plural form and fills ``%n``."""
    if getattr(_stored, "depth", 0):
        return _as_written("", text, disambiguation, n)
    return _translate("", text, disambiguation or None, n)


@contextmanager
def as_stored() -> Iterator[None]:
    """Sentences written into a record (a flag's reason, a resolution note, a transfer line) are kept
    in English as written, whatever the desk's language: they travel to desks in other languages,
    and later checks compare them with sentences made again. Only this thread is affected."""
    _stored.depth = getattr(_stored, "depth", 0) + 1
    try:
        yield
    finally:
        _stored.depth -= 1


def storing() -> bool:
    """Whether this thread is writing text to be kept (dates then read in English too)."""
    return bool(getattr(_stored, "depth", 0))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation where it is kept, to be shown later with ``tr(text)``."""
    return text


def use_translator(translate: Translate | None) -> None:
    """The UI's translator for every later ``tr``; ``None`` goes back to English as written."""
    global _translate
    _translate = translate or _as_written

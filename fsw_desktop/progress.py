"""How long work reports how far it has got: one callable type, and the silence used when nobody listens.

Services, sync and the demo take ``progress(percent, message)``; the window passes a pool thread's
signal, the command line passes nothing. Kept at the bottom of the package so every layer shares it.
"""

from __future__ import annotations

from typing import Callable

Progress = Callable[[int, str], None]


def no_progress(percent: int, message: str) -> None:
    """The progress of work nobody is watching."""


def reporter(progress: Progress | None) -> Progress:
    """``progress`` itself, or ``no_progress`` when the caller passed none."""
    return progress or no_progress

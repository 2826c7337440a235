"""Hybrid logical clock.

A stamp is ``MMMMMMMMMMMMM.CCCCC.<desk id>``: wall milliseconds, a counter and
the desk that made it, fixed width, so comparing the strings compares the
clocks and ties break on desk id the same way on every desk.
"""

from __future__ import annotations

import threading
import time
from typing import Callable

ZERO = "0000000000000.00000."


def encode(millis: int, counter: int, desk_id: str) -> str:
    return f"{millis:013d}.{counter:05d}.{desk_id}"


def decode(stamp: str) -> tuple[int, int, str]:
    millis, counter, desk = stamp.split(".", 2)
    return int(millis), int(counter), desk


class Clock:
    """Issues strictly increasing stamps for one desk, never behind any stamp it has seen."""

    def __init__(self, desk_id: str, last: str | None = None, now: Callable[[], int] | None = None) -> None:
        self.desk_id = desk_id
        self._now = now or (lambda: int(time.time() * 1000))
        self._millis, self._counter = 0, 0
        self._lock = threading.Lock()
        if last:
            self.observe(last)

    def tick(self) -> str:
        with self._lock:
            now = self._now()
            if now > self._millis:
                self._millis, self._counter = now, 0
            else:
                self._counter += 1
                if self._counter > 99_999:
                    self._millis, self._counter = self._millis + 1, 0
            return encode(self._millis, self._counter, self.desk_id)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen from elsewhere so our next change sorts after it."""
        millis, counter, _ = decode(stamp)
        with self._lock:
            if (millis, counter) > (self._millis, self._counter):
                self._millis, self._counter = millis, counter

"""Long work off the UI thread: a QRunnable with progress, done and failed signals.

The function runs on a pool thread and must open its own database connection
(``Database.worker_session`` or ``worker_engine``); it reports progress through
the callback it is given. Results come back to the UI thread by queued signal.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..errors import FswError


class TaskSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(lambda pct, msg: self.signals.progress.emit(int(pct), str(msg)))
        except FswError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user without personal data
            self.signals.failed.emit(f"Something went wrong ({type(exc).__name__}). Nothing was changed.")
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def start(fn: Callable[[Callable[[int, str], None]], Any],
          on_done: Callable[[Any], None] | None = None,
          on_failed: Callable[[str], None] | None = None,
          on_progress: Callable[[int, str], None] | None = None) -> Task:
    task = Task(fn)
    _running.add(task)
    if on_progress:
        task.signals.progress.connect(on_progress)
    if on_done:
        task.signals.done.connect(on_done)
    if on_failed:
        task.signals.failed.connect(on_failed)
    task.signals.done.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _m: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task

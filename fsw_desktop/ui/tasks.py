"""Long work off the UI thread: a QRunnable with progress, done and failed signals.

The function runs on a pool thread and must open its own database connection
(``Database.worker_session`` or ``worker_engine``); it reports progress through
the callback it is given. Results come back to the UI thread by queued signal.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ..errors import FswError
from ..words import tr


class TaskSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class Task:
    """One piece of work; the pool runs ``run`` and Qt owns the runnable that wraps it.

    Not a QRunnable of our own: Python would free it when the UI thread drops its
    reference on ``done``, while the pool thread may still be returning from ``run``
    (a use-after-free that crashed the test suite). Qt's own wrapper keeps ``run``,
    and with it this object, alive until the pool thread is finished with it.
    """

    def __init__(self, fn: Callable[[Callable[[int, str], None]], Any]) -> None:
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(lambda pct, msg: self.signals.progress.emit(int(pct), str(msg)))
        except FswError as exc:
            self.signals.failed.emit(exc.message)
        except BaseException as exc:  # noqa: BLE001 - shown without personal data; the dialog must always close
            self.signals.failed.emit(tr("Something went wrong ({error}). Nothing was changed.").format(
                error=type(exc).__name__))
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def _finished(task: Task) -> None:
    # Let go a moment later, so the last reference is normally dropped here on the UI thread,
    # where the signals object lives, rather than by the pool thread as it winds up.
    QTimer.singleShot(250, lambda: _running.discard(task))


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
    task.signals.done.connect(lambda _r: _finished(task))
    task.signals.failed.connect(lambda _m: _finished(task))
    QThreadPool.globalInstance().start(task.run)
    return task

"""The progress dialog never runs a nested event loop, so a report cannot close it from inside."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from fsw_desktop.ui.progress import ProgressDialog, run_with_progress


def test_a_report_does_not_deliver_waiting_events(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = ProgressDialog(parent, "Exporting bundle")
    dialog.show()
    delivered: list[int] = []
    QTimer.singleShot(0, lambda: delivered.append(1))
    for pct in range(0, 101, 10):
        dialog.report(pct, f"{pct}%")
    assert delivered == []  # a modal QProgressDialog would have run it inside setValue
    assert dialog.bar.value() == 100 and dialog.label.text() == "100%"
    assert dialog.label.accessibleName() == ""  # a screen reader reads the message, not a fixed name
    qtbot.waitUntil(lambda: delivered == [1])
    dialog.close()
    assert dialog.isVisible()  # not while the work runs
    dialog.finish()
    assert not dialog.isVisible()


def test_many_quick_reports_then_done(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list[object] = []

    def work(progress):
        for i in range(500):
            progress(i // 5, f"step {i}")
        return "finished"

    for _ in range(5):
        run_with_progress(parent, "Working", work, results.append)
    qtbot.waitUntil(lambda: len(results) == 5, timeout=10_000)
    assert results == ["finished"] * 5
    qtbot.waitUntil(lambda: not any(isinstance(w, ProgressDialog) and w.isVisible() for w in parent.children()))


def test_work_that_ends_after_its_page_is_gone_tells_nobody(qtbot):
    import threading

    from shiboken6 import delete

    parent = QWidget()
    parent.show()
    release = threading.Event()
    told: list[object] = []

    def work(progress):
        release.wait(10)
        progress(50, "half way")
        return "finished"

    task = run_with_progress(parent, "Working", work, told.append)
    delete(parent)  # as when the window goes on locking, the dialog with it
    finished: list[object] = []
    task.signals.done.connect(finished.append)
    release.set()
    qtbot.waitUntil(lambda: finished == ["finished"], timeout=10_000)
    assert told == []

"""The mouse wheel never changes a value the worker has not chosen to edit.

Scrolling a long form with the pointer over a score box used to change the
score. One application-wide event filter stops that for every value widget
(spin boxes, dates, drop-downs, sliders) in every window: without keyboard
focus the wheel passes to the parent, so the scroll area scrolls instead.
A click or Tab gives the box focus, and then the wheel works as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

VALUE_WIDGETS = (QAbstractSpinBox, QComboBox, QSlider)  # QDateEdit and QDoubleSpinBox are QAbstractSpinBox


def has_keyboard_focus(widget: QWidget) -> bool:
    """Focus on the widget or inside it (an editable drop-down's or spin box's own line edit)."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    """Sends an unfocused value widget's wheel on to its parent, and never lets the wheel give focus."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, VALUE_WIDGETS):
            # WheelFocus would focus the box on the first wheel turn, and the next turn would change it
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, VALUE_WIDGETS) and not has_keyboard_focus(obj):
            event.ignore()  # ignored and filtered: Qt offers it to the parent (the scroll area scrolls)
            return True
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> WheelGuard:
    """Install the guard once for the whole application; safe to call again (each window setup does)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard

"""Making windows fit the screen they are on: a desk laptop's is 1024x768 or 1366x768, with a taskbar.

A dialog whose fields need more height than the screen has would put its Save button under the
taskbar. So: ``scrolling`` puts a form's fields in a scroll area that asks for all the room it could
use but makes do with little, and ``fit_to_screen`` (run for every dialog as it is shown, from
``style.apply_style``) caps a window to the available screen, so the fields scroll and the buttons
below them stay in view.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFrame, QHeaderView, QLayout, QScrollArea, QStyle, QTableView, QVBoxLayout,
    QWidget,
)

from .plain_text import show_tip

TITLE_BAR = 32  # pixels the window manager adds above a window, before the window knows its frame


def available_area(widget: QWidget) -> QRect:
    """The widget's screen less its taskbars: the one place code here asks (tests set a laptop's size here)."""
    return (widget.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def available_size(widget: QWidget) -> QSize:
    """The room on the widget's screen for a whole window: the available geometry less a title bar."""
    area = available_area(widget)
    frame = max(widget.frameGeometry().height() - widget.height(), 0) or TITLE_BAR
    return QSize(area.width(), area.height() - frame)


def fit_to_screen(window: QWidget) -> None:
    """Size a window to its screen's available area and bring it onto it.

    A window larger than the area shrinks (its scroll areas take up the difference). One Qt sized by
    itself (not resized by our code) grows to its size hint if that fits: Qt caps a new window at two
    thirds of the screen, which on a 768 px laptop leaves a long form scrolling in a third of the room.
    """
    room = available_size(window)
    width, height = window.width(), window.height()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        hint = window.sizeHint()
        width, height = max(width, hint.width()), max(height, hint.height())
    width, height = min(width, room.width()), min(height, room.height())
    if (width, height) == (window.width(), window.height()):
        return
    QWidget.resize(window, width, height)  # as QWidget: a dialog may name a method of its own "move"
    area = available_area(window)
    parent = window.parentWidget()
    x, y = window.x(), window.y()
    if parent is not None and not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        centre = parent.window().frameGeometry().center()
        x, y = centre.x() - width // 2, centre.y() - height // 2
    QWidget.move(window, max(area.left(), min(x, area.right() + 1 - width)),
                max(area.top(), min(y, area.bottom() + 1 - height - TITLE_BAR)))


class FieldScroller(QScrollArea):
    """A frameless, vertical-only scroll area that asks for its whole contents but accepts less."""

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(max(hint.width(), inner.minimumSizeHint().width()) + bar, hint.height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = inner.minimumSizeHint().width() + bar if inner is not None else 0
        return QSize(width, min(160, inner.sizeHint().height() if inner is not None else 160))


class _Fields(QWidget):
    """What a FieldScroller scrolls: never squeezed below its natural height (a notes box cut to one
    line), so a short window scrolls the fields rather than crushing them."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def scrolling(contents: QLayout | QWidget) -> FieldScroller:
    """``contents`` (a form's fields) in a scroll area, so a long form scrolls instead of growing off screen."""
    holder = _Fields()
    if isinstance(contents, QLayout):
        holder.setLayout(contents)
        contents.setContentsMargins(0, 0, 6, 0)
    else:
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 6, 0)
        box.addWidget(contents)
    contents = holder
    area = FieldScroller()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setWidget(contents)
    return area


class ElidedTips(QObject):
    """On a view's viewport: a cell too narrow for its text shows the whole text as its tooltip.

    ``ElidedTips.install(view)`` once, for a tree or list; tables (ui/table_view.py) do this themselves."""

    @staticmethod
    def install(view: QAbstractItemView) -> None:
        view.viewport().installEventFilter(ElidedTips(view))

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and self.view.fontMetrics().horizontalAdvance(text) + 12 > self.view.visualRect(index).width():
            show_tip(event.globalPos(), text, self.view.viewport())  # a cell's words as typed, never markup
            return True
        return False


class StretchFloor(QObject):
    """Stretching columns of a table that never shrink below their headings.

    While the table has the room they stretch. When it has not (long Welsh dates beside them in a
    narrow pane), they keep their headings' width and the table scrolls sideways. A header's
    minimum section size is one for every column, so it widened the date columns too and pushed
    the last column out of view even where everything fitted.
    ``StretchFloor.install(view, columns)`` once, after the view has its model."""

    @staticmethod
    def install(view: QTableView, columns: Sequence[int]) -> None:
        view.viewport().installEventFilter(StretchFloor(view, columns))

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.columns = view, tuple(columns)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        head = self.view.horizontalHeader()
        others = sum(head.sectionSize(c) for c in range(head.count())
                     if c not in self.columns and not head.isSectionHidden(c))
        hints = [head.sectionSizeHint(c) for c in self.columns]
        share = (self.view.viewport().width() - others) // max(len(self.columns), 1)  # stretching shares equally
        for column, hint in zip(self.columns, hints):
            if share >= max(hints):
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                head.resizeSection(column, hint)


class DialogFitter(QObject):
    """Fits every dialog to its screen as it is shown (installed on the application by ``apply_style``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False

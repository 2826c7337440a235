"""Making windows fit the screen they are on: a desk laptop's is 1024x768 or 1366x768, with a taskbar.

A dialog whose fields need more height than the screen has would put its Save button under the
taskbar. So: ``scrolling`` puts a form's fields in a scroll area that asks for all the room it could
use but makes do with little, and ``fit_to_screen`` (run for every dialog as it is shown, from
``style.apply_style``) caps a window to the available screen, so the fields scroll and the buttons
below them stay in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QStyle, QTreeView, QHeaderView, QWidget

TITLE_BAR = 32  # pixels the window manager adds above a window, before the window knows its frame


def available_size(widget: QWidget) -> QSize:
    """The room on the widget's screen for a whole window: the available geometry less a title bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = max(widget.frameGeometry().height() - widget.height(), 0) or TITLE_BAR
    return QSize(area.width(), area.height() - frame)


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window that is larger than its screen's available area, and bring it onto it."""
    room = available_size(window)
    if window.width() <= room.width() and window.height() <= room.height():
        return
    window.resize(min(window.width(), room.width()), min(window.height(), room.height()))
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    window.move(max(area.left(), min(window.x(), area.right() - window.width())),
                max(area.top(), min(window.y(), area.bottom() - window.height() - TITLE_BAR)))


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


def scrolling(contents: QLayout | QWidget) -> FieldScroller:
    """``contents`` (a form's fields) in a scroll area, so a long form scrolls instead of growing off screen."""
    if isinstance(contents, QLayout):
        holder = QWidget()
        holder.setLayout(contents)
        contents.setContentsMargins(0, 0, 6, 0)
        contents = holder
    area = FieldScroller()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setWidget(contents)
    return area


def fit_tree_columns(tree: QTreeView, stretch: int, cap: int = 320) -> None:
    """Columns as wide as their contents up to ``cap``, and column ``stretch`` taking the room left,
    so a long detail column cannot push a short one (a date) off screen."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), cap))


class DialogFitter(QObject):
    """Fits every dialog to its screen as it is shown (installed on the application by ``apply_style``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False

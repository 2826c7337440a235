"""The table every list uses: read-only, whole rows, and a plain sentence when there is nothing in it.

Columns are as wide as their contents up to a cap, so one long free-text column (notes, "Why",
reasons) cannot push the columns after it off a 1024 px screen; pages put such columns last, where
the last column stretches into the room left. A cell too narrow for its text ends in "…" and shows
the whole text as its tooltip.

An empty grid says nothing to a tired worker: is it loading, broken, filtered? The
sentence says why it is empty and what to do next; it is also the table's accessible
description while empty, so a screen reader hears it too.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .fit import ElidedTips

MAX_COLUMN_WIDTH = 240  # pixels: wider text is elided, whole in its tooltip


class TableView(QTableView):
    def __init__(self, name: str, empty: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self._description = ""  # the page's own, e.g. which keys do what; the sentence is added while empty
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # one line a row, elided with "…", rather than wrapped and cut off unmarked
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # columns are sized from the rows in view and a hundred more, not every row: a family with
        # years of visits opened in 180 ms, most of it measuring cells; a wider cell is elided, whole in its tip
        header.setResizeContentsPrecision(100)
        ElidedTips.install(self)

    def set_empty_text(self, text: str) -> None:
        """Say why the list may be empty (e.g. what the filter hides) and what to do."""
        self._empty = text
        self._describe()
        self.viewport().update()

    def is_empty(self) -> bool:
        model = self.model()
        return model is None or model.rowCount() == 0

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._describe)
                signal.connect(self.fit_columns)
        self._describe()
        self.fit_columns()

    def fit_columns(self, *_args: object) -> None:
        """Each column as wide as its heading and contents, but no wider than MAX_COLUMN_WIDTH."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        last = model.columnCount() - 1
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or column == last:
                continue
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, MAX_COLUMN_WIDTH))

    def setAccessibleDescription(self, description: str) -> None:  # noqa: N802
        self._description = description
        self._describe()

    def _describe(self, *_args: object) -> None:
        parts = [self._empty] if self._empty and self.is_empty() else []
        if self._description:
            parts.append(self._description)
        super().setAccessibleDescription(" ".join(parts))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._empty or not self.is_empty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        area = QRect(area.left(), area.top(), area.width(), max(area.height(), 40))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._empty)
        painter.end()

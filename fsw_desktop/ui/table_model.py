"""A read-only table model over a list of dataclass rows, for any list page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView

from ..services.desk.dates import show_date, show_when
from .table_view import TableView
from ..words import tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    """A list's column: its heading and the value shown for a row.

    ``warn`` marks a row's cell in red; ``tip`` says in words what a short cell (a mark such as ⚑)
    stands for, as its tooltip and to a screen reader.
    """

    header: str  # English, marked with QT_TRANSLATE_NOOP; shown through tr
    value: Callable[[Any], Any]
    warn: Callable[[Any], bool] | None = None
    sort: Callable[[Any], Any] | None = None  # the value a sort compares, when the shown text would mislead
    tip: Callable[[Any], str] | None = None


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return show_when(value)
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, bool):
        return tr("Yes") if value else ""
    if isinstance(value, (list, tuple)):
        return " · ".join(str(v) for v in value)
    return str(value)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = ()) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(column.value(row))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and column.tip is not None:
            return column.tip(row) or None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, for a cell too narrow to show it
            text = _display(column.value(row))
            return text if len(text) > 24 else None
        if role == SORT_ROLE:
            value = column.value(row) if column.sort is None else column.sort(row)
            if value is None:
                return ""
            if isinstance(value, date):
                return show_date(value)
            if isinstance(value, (list, tuple)):
                return len(value)
            return value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return QBrush(QColor("#a4262c"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].header)  # a heading marked with QT_TRANSLATE_NOOP where it is kept
        return None


def make_table(columns: Sequence[Column], name: str, single: bool = True, empty: str = ""):  # noqa: ANN201
    """A read-only, row-selecting table view over a new RowTableModel: (view, model).

    ``empty``: the sentence shown in the table while it has no rows.
    """
    model = RowTableModel(columns)
    view = TableView(name, empty)
    view.setModel(model)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view, model

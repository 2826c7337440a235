"""The layout walker behind tests/ui/test_fit.py: does every page and dialog fit a desk laptop's screen?

It looks at real widgets as laid out, and reports each fault as one line naming the screen (page or
dialog) and the widget (class, object or accessible name, text):
- a visible button, one-line label, drop-down or date/number box whose text is wider than the room it
  has (the text is clipped), a wrapped label whose lines need more height than it has, or a row of
  tabs too wide for its bar (the last tabs hidden behind scroll arrows);
- a dialog wider or taller than the available screen (its buttons would sit off screen);
- a table whose first three columns (or the columns a page names as essential) need horizontal scrolling.

``iso_dates`` looks at the same screens for dates in ISO form ("2026-12-04") where the desk's one
format ("04 Dec 2026", services/desk/dates.py) belongs.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, QTimer, Qt
from PySide6.QtGui import QTextDocument
from fsw_desktop.services.desk.dates import QT_DATE
from fsw_desktop.ui import fit
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QDateEdit, QDialog,
    QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QStyle, QStyleOptionButton, QStyleOptionComboBox,
    QTabBar, QTableView, QTabWidget, QTextEdit, QToolButton, QTreeView, QWidget,
)

SLACK = 2  # pixels: rounding in the style's arithmetic, not a clipped letter


def use_screen(monkeypatch, width: int, height: int) -> None:  # noqa: ANN001
    """Make the size under test the available screen for code that asks (ui/fit.py, the dialogs)."""
    # patched here, not on QScreen: a Qt class patched and restored by monkeypatch later crashed an event filter
    monkeypatch.setattr(fit, "available_area", lambda _widget: QRect(0, 0, width, height))


def _name(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")()
    ident = w.objectName() or w.accessibleName()
    return f"{type(w).__name__}({ident!r}, text={text!r})" if ident else f"{type(w).__name__}(text={text!r})"


def _plain(label: QLabel) -> list[str]:
    text = label.text()
    if label.buddy() is not None:  # its & marks the shortcut letter, and is not shown
        text = text.replace("&&", "\0").replace("&", "")
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return [line for line in text.replace("&&", "\0").split("\n")]


def _button_room(b: QAbstractButton) -> int:
    """The width the style leaves for a button's text (its padding, border, indicator and icon taken off)."""
    style = b.style()
    if isinstance(b, (QPushButton, QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        b.initStyleOption(option)
        element = {QPushButton: QStyle.SubElement.SE_PushButtonContents,
                   QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
                   QRadioButton: QStyle.SubElement.SE_RadioButtonContents}[next(
                       k for k in (QPushButton, QCheckBox, QRadioButton) if isinstance(b, k))]
        room = style.subElementRect(element, option, b).width()
        if isinstance(b, QPushButton):
            if b.menu() is not None:
                room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, b)
    else:  # a tool button's hint is its text and what it draws around it
        room = b.width() - (b.sizeHint().width() - b.fontMetrics().horizontalAdvance(b.text().replace("&", "")))
        return room
    if not b.icon().isNull() and not (isinstance(b, QToolButton)
                                      and b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly):
        room -= b.iconSize().width() + 4
    return room


def clipped_text(root: QWidget, where: str) -> list[str]:
    """Every visible button or one-line label under ``root`` whose text is wider than its room."""
    faults = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton):
            text = w.text().replace("&&", "\0").replace("&", "")
            if not text or w.property("elides"):
                continue  # an eliding button shows its whole text as a tooltip
            need = w.fontMetrics().horizontalAdvance(text)
            room = _button_room(w)
        elif isinstance(w, QTabBar) and w.count():  # every tab in view, not behind scroll arrows
            need = w.tabRect(w.count() - 1).right() - w.tabRect(0).left() + 1
            room = w.width()
            if need > room + SLACK:
                names = [w.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&") for i in range(w.count())]
                faults.append(f"{where}: tabs {names} need {need}px, have {room}px (the last ones hide behind "
                              "scroll arrows)")
            continue
        elif isinstance(w, QLabel) and w.wordWrap() and w.text():  # wrapped: are all its lines in its height?
            need = w.heightForWidth(w.width())
            room = w.height()
            if need > room + SLACK:
                faults.append(f"{where}: {_name(w)} needs {need}px of height for its wrapped lines, has {room}px")
            continue
        elif isinstance(w, QLabel):
            if w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.property("elides"):
                continue
            need = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(w))
            room = w.contentsRect().width() - 2 * max(w.margin(), 0) - max(w.indent(), 0)
        elif isinstance(w, QComboBox) and not w.isEditable():
            text = w.currentText()
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            room = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, w).width()
            need = w.fontMetrics().horizontalAdvance(text)
        elif isinstance(w, (QAbstractSpinBox, QComboBox)) and w.findChild(QLineEdit) is not None:
            edit = w.findChild(QLineEdit)
            text = edit.text()
            room = edit.contentsRect().width() - 4  # a line edit keeps 2 px either side of its text
            need = edit.fontMetrics().horizontalAdvance(text)
        else:
            continue
        if need > room + SLACK:
            faults.append(f"{where}: {_name(w)} needs {need}px for its text, has {room}px")
    return faults


def too_big(dialog: QWidget, where: str, width: int, height: int) -> list[str]:
    size = dialog.frameGeometry()
    if size.width() > width or size.height() > height:
        return [f"{where}: {_name(dialog)} is {size.width()}x{size.height()}, larger than the screen {width}x{height}"]
    return []


def hidden_columns(root: QWidget, where: str, essential: Iterable[str] = ()) -> list[str]:
    """Tables whose first three columns (or an essential one) cannot be seen without scrolling sideways."""
    faults = []
    wanted = set(essential)
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, (QTableView, QTreeView)) or not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if header.isHidden():
            continue
        model = view.model()
        room = view.viewport().width()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        headers = {c: str(model.headerData(c, Qt.Orientation.Horizontal)) for c in shown}
        must = set(shown[:3]) | {c for c in shown if headers[c] in wanted}
        for c in sorted(must):
            right = header.sectionPosition(c) + header.sectionSize(c)
            if right > room + SLACK:
                faults.append(f"{where}: table {view.accessibleName()!r} column {headers[c]!r} ends at {right}px, "
                              f"beyond the {room}px visible")
        for c in shown:  # a heading cut short ("ednesday 02 De")
            need = header.fontMetrics().horizontalAdvance(headers[c]) + 12  # the sheet's padding either side
            if headers[c] and header.sectionSize(c) > 0 and need > header.sectionSize(c) + SLACK:
                faults.append(f"{where}: table {view.accessibleName()!r} heading {headers[c]!r} needs {need}px, "
                              f"has {header.sectionSize(c)}px")
    return faults


ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ROWS_LOOKED_AT = 200  # of each table: enough to meet every kind of row a demo desk has


def _texts(w: QWidget) -> list[tuple[str, str]]:
    """(what, text) a worker reads on ``w``: its text, tooltip, items, cells and headings.

    What a worker types is left out (line edits, editable boxes and text areas): their words are
    theirs to write as they like, and a date typed into a note is not the desk showing a date.
    """
    out = [("tooltip", w.toolTip())] if w.toolTip() else []
    if isinstance(w, QAbstractButton):
        out.append(("text", w.text()))
    elif isinstance(w, QLabel):
        out.append(("text", "\n".join(_plain(w))))
    elif isinstance(w, QComboBox):
        out += [(f"item {i}", w.itemText(i)) for i in range(w.count())]
    elif isinstance(w, QAbstractSpinBox) and w.findChild(QLineEdit) is not None:
        out.append(("text", w.findChild(QLineEdit).text()))  # a date box shows its date in its display format
    elif isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isReadOnly():  # previews and read-only notes
        out.append(("text", w.toPlainText()))
    elif isinstance(w, QTabWidget):
        out += [(f"tab {i}", w.tabText(i)) for i in range(w.count())]
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        model, top = w.model(), QModelIndex()
        columns = model.columnCount(top) if isinstance(w, (QTableView, QTreeView)) else 1  # a list has one
        for c in range(columns):
            out.append((f"heading {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
        for r in range(min(model.rowCount(top), ROWS_LOOKED_AT)):
            for c in range(columns):
                index = model.index(r, c)
                for role, name in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tip")):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        out.append((f"{name} ({r}, {c})", value))
    return out


def iso_dates(root: QWidget, where: str) -> list[str]:
    """Every visible text under ``root`` (and its window title) that shows a date as 2026-12-04, and every
    date box not in the desk's format."""
    faults = []
    if root.isWindow() and ISO_DATE.search(root.windowTitle()):
        faults.append(f"{where}: window title {root.windowTitle()!r}")
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QDateEdit) and QT_DATE not in w.displayFormat():  # Qt's default follows the locale
            faults.append(f"{where}: {_name(w)} shows dates as {w.displayFormat()!r}, not {QT_DATE!r}")
        for what, text in _texts(w):
            found = ISO_DATE.search(text)
            if found:
                faults.append(f"{where}: {_name(w)} {what} shows {found.group()!r} in {text[:80]!r}")
    return faults


def top_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def fits(dialog: QWidget, where: str, width: int, height: int) -> list[str]:
    return too_big(dialog, where, width, height) + clipped_text(dialog, where)


def check_dialogs_from(open_it: Callable[[], object], where: str, width: int, height: int,
                       look_at: Callable[[QWidget, str, int, int], list[str]] = fits) -> list[str]:
    """Run ``open_it`` (it may ``exec()`` or ``open()`` dialogs), check every dialog it shows, then close them.

    A modal ``exec()`` is looked at and closed from inside its own event loop by a timer. ``look_at``
    is the check: by default, that the dialog fits the screen and shows its texts whole.
    """
    before = set(top_dialogs())
    seen: list[QWidget] = []
    faults: list[str] = []

    def look() -> None:
        for dialog in top_dialogs():
            if dialog in before or dialog in seen:
                continue
            seen.append(dialog)
            for _ in range(3):
                QApplication.processEvents()
            title = f"{where} [{dialog.windowTitle() or type(dialog).__name__}]"
            faults.extend(look_at(dialog, title, width, height))
            dialog.reject()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(look)
    timer.start()
    try:
        open_it()
        QApplication.processEvents()
        look()
    finally:
        timer.stop()
    if not seen:
        faults.append(f"{where}: no dialog opened")
    return faults

"""Text on screen is plain unless a label opts in: names and notes from a paired desk may hold HTML.

Qt shows a QLabel (and a message box's text, and a tooltip) as rich text when it merely *looks*
like HTML, and rich text loads ``<img src="file://host/share/x.png">`` -- on Windows a network
connection that hands over the account's credentials. ``PlainTextGuard`` (installed on the
application by ``style.apply_style``) therefore:

- turns every QLabel still on ``AutoText`` into ``PlainText`` as it is polished or shown, unless it
  opted in with ``allow_rich(label)`` (or set ``RichText`` itself, having escaped every value);
- shows a tooltip that might be rich text, or is long, escaped (as words, wrapped), whether it
  belongs to a widget or to an item in a view.

``SafeBrowser`` is a QTextBrowser that loads no resource of its own accord (no files, no
network): only pictures the code put into its document with ``addResource`` are shown.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTextBrowser, QToolTip, QWidget

RICH = "richText"  # dynamic property: this label was written as markup, with its data escaped
LONG_TIP = 80  # characters: a longer tooltip is wrapped


def allow_rich(label: QLabel) -> QLabel:
    """This label shows markup written by our code; every value in it must be ``html.escape``d."""
    label.setProperty(RICH, True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def rich_label(text: str = "") -> QLabel:
    """A new label that shows markup (escape every value put into ``text``)."""
    return allow_rich(QLabel(text))


def tip_html(text: str) -> str:
    """A tooltip's words as escaped rich text, wrapped: shows exactly what was typed."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def show_tip(global_pos, text: str, widget: QWidget) -> None:  # noqa: ANN001
    """Show ``text`` as a tooltip, as typed (never read as markup)."""
    if text and (GuiQt.mightBeRichText(text) or len(text) > LONG_TIP):
        text = tip_html(text)
    QToolTip.showText(global_pos, text, widget)


class PlainTextGuard(QObject):
    """Application-wide event filter: labels plain unless they opted in; tooltips escaped."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(watched, QLabel):
            if (watched.textFormat() == Qt.TextFormat.AutoText and not watched.property(RICH)
                    and watched.metaObject().className() != "QTipLabel"):
                watched.setTextFormat(Qt.TextFormat.PlainText)
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and isinstance(watched, QWidget):
            return self._tip(watched, event)
        return False

    @staticmethod
    def _tip(widget: QWidget, event: QHelpEvent) -> bool:
        view = widget.parent()
        if isinstance(view, QAbstractItemView) and not isinstance(view, QHeaderView) \
                and widget is view.viewport():
            index = view.indexAt(event.pos())
            text = str(index.data(Qt.ItemDataRole.ToolTipRole) or "") if index.isValid() else ""
        else:
            text = widget.toolTip()
        if not text or not (GuiQt.mightBeRichText(text) or len(text) > LONG_TIP):
            return False  # Qt shows it as it would anyway: plain words
        show_tip(event.globalPos(), text, widget)
        return True


def install(app: QObject) -> None:
    """Once per application."""
    if app.property("fsw_plain_text_guard") is None:
        app.installEventFilter(PlainTextGuard(app))
        app.setProperty("fsw_plain_text_guard", True)


def _nothing(kind: int) -> QImage | QByteArray:
    """What a safe document gets for a resource the code did not add: an empty picture, or no bytes.

    Not None: Qt's image handler, given no picture, reads a ``file://`` or local name itself
    (``QImage.load``), which for ``file://host/share/x.png`` on Windows is a network connection."""
    if kind == QTextDocument.ResourceType.ImageResource or kind == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return QByteArray()


class SafeDocument(QTextDocument):
    """A QTextDocument (for printing) that reads no file and no network for a picture: only ``addResource``."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802, ANN201
        return _nothing(kind)


class SafeBrowser(QTextBrowser):
    """A QTextBrowser for previews of data: it never opens a file or the network for a picture or link.

    Pictures the code added with ``document().addResource`` are found before ``loadResource`` is asked.
    Refusing in the browser is not enough: a QTextDocument whose loader answers nothing reads a local or
    ``file://`` name itself, so the browser's document is a ``SafeDocument`` too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802, ANN201
        return _nothing(kind)

    def setSource(self, name: QUrl, kind=None) -> None:  # noqa: N802, ANN001
        return  # a link in a preview opens nothing


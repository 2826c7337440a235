"""What every page has: a title, a way to reload from the database, a session, and the kinds of record it shows."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ...errors import FswError
from ...words import tr
from ..form_dialog import FormDialog


class Page(QWidget):
    title = "Page"  # not shown: every page names itself
    shows: frozenset[str] = frozenset()  # the kinds of record on screen (ui.operations); a change to one reloads

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__()
        self.session_factory = session_factory
        self.stale = False  # a kind it shows changed while it was hidden: it reloads when next shown
        self.setAccessibleName(tr(self.title))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(tr(self.title))
        heading.setObjectName("PageTitle")
        self.layout_.addWidget(heading)

    def refresh(self) -> None:
        """Reload from the database; called when the page is shown and after changes."""

    def has_unsaved_changes(self) -> bool:
        """Whether leaving the page now would throw typed work away (a page editing in place says so)."""
        return False

    def save_unsaved_changes(self) -> bool:
        """Save the page's own edits ("Save" when asked before leaving); False keeps the worker here."""
        return True

    # changes made anywhere in the window (ui.operations) ---------------------------------------
    def changes_seen(self, kinds: frozenset[str], origin: QWidget | None = None) -> None:
        """Reload if a kind shown here changed: now if on screen or the write was this page's, else when shown."""
        if not kinds & self.shows:
            return
        if origin is self or self.isVisible():
            self.reload()
        else:
            self.stale = True

    def reload(self) -> None:
        self.stale = False
        try:
            self.refresh()
        except FswError as exc:  # e.g. the case on screen was deleted meanwhile
            QMessageBox.warning(self, tr("FSW Desk"), exc.message)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.reload()

    def open_form(self, spec, save: Callable[[Session, dict], object], on_saved: Callable[[], None] | None = None,  # noqa: ANN001
                  *, changes: Iterable[str], warns: bool = False) -> FormDialog:
        """A draft-safe form whose Save runs ``save(session, values)`` through ``operations.write``.

        The ``changes`` are announced on Save (this page and every open view showing them reload),
        then ``on_saved`` runs. A refusal (FswError) stays in the form as its message and nothing is
        committed. With ``warns``, what ``save`` returns is the list of warnings (``dialog.warnings``).
        """
        def run(s: Session, values: dict) -> object:
            result = save(s, values)
            return result if warns else None

        dialog = FormDialog(self, spec, run, changes=changes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.accepted.connect(on_saved)
        dialog.open()
        return dialog


def button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A page's button: accessible name from its text, the tip also read out, ``slot`` called bare."""
    b = QPushButton(text)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        b.setToolTip(tip)
        b.setAccessibleDescription(tip)
    b.clicked.connect(lambda _=False: slot())
    return b

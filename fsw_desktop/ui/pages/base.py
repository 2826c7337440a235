"""What every page has: a title, a way to reload from the database, and a session."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session


class Page(QWidget):
    title = "Page"

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        super().__init__()
        self.session_factory = session_factory
        self.setAccessibleName(self.title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.title)
        heading.setObjectName("PageTitle")
        self.layout_.addWidget(heading)

    def refresh(self) -> None:
        """Reload from the database; called when the page is shown and after changes."""

    def open_form(self, spec, save: Callable[[Session, dict], object], on_saved: Callable[[], None] | None = None):  # noqa: ANN001, ANN201
        """A draft-safe form whose Save runs ``save(session, values)`` and commits, then reloads the page.

        A refusal (FswError) stays in the form as its message and nothing is committed.
        """
        from ..form_dialog import FormDialog

        def run(values: dict) -> None:
            with self.session_factory() as s:
                save(s, values)
                s.commit()

        dialog = FormDialog(self, spec, run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_saved or self.refresh)
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

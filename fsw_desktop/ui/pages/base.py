"""What every page has: a title, a way to reload from the database, and a session."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
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


class ComingPage(Page):
    """A navigation entry whose work arrives with a later release; says so plainly."""

    def __init__(self, session_factory: Callable[[], Session], title: str, text: str) -> None:
        self.title = title
        super().__init__(session_factory)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("Empty")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(label)
        self.layout_.addStretch(1)

"""A date box wide enough for every date its format can show in the desk's language.

Qt sizes a ``QDateEdit`` by the text of its earliest and latest dates only ("14 Sep 1752",
"31 Dec 9999"), so a month with a longer name clipped: "28 Chwef 2027" in Welsh lost its last
letters on the Reports page, the Team page and the audit trail, but only in February.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QDateEdit, QWidget

from ..services.desk.dates import QT_DATE

# every month, and in each a week of days (for a format that shows the weekday)
_SAMPLE_DAYS = [(month, day) for month in range(1, 13) for day in range(22, 29)]


class DateBox(QDateEdit):
    """A ``QDateEdit`` in the one date format on screen, with its calendar, as wide as its widest date."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        if value is None:
            super().__init__(parent)
        else:
            super().__init__(value, parent)
        self.setDisplayFormat(QT_DATE)
        self.setCalendarPopup(True)
        self._widest: tuple[tuple[str, str, str], int] | None = None

    def _widest_date(self) -> int:
        """The width of the widest date, worked out once per font, language and format."""
        key = (self.font().key(), self.locale().name(), self.displayFormat())
        if self._widest is None or self._widest[0] != key:
            metrics, locale, fmt = self.fontMetrics(), self.locale(), self.displayFormat()
            year = QDate.currentDate().year()
            widest = max(metrics.horizontalAdvance(locale.toString(QDate(year, m, d), fmt)) for m, d in _SAMPLE_DAYS)
            self._widest = (key, widest)
        return self._widest[1]

    def _more_than_qt_measured(self) -> int:
        """How much wider the widest date is than what Qt measured: its earliest and latest dates,
        measured each time, since a range narrowed later changes them."""
        metrics = self.fontMetrics()
        measured = max(metrics.horizontalAdvance(self.textFromDateTime(when))
                       for when in (self.minimumDateTime(), self.maximumDateTime()))
        return max(0, self._widest_date() - measured)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width() + self._more_than_qt_measured(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._more_than_qt_measured(), hint.height())

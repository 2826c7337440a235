"""Date boxes fit every date they can show in the desk's language, not only their first and last."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QLineEdit

from fsw_desktop.services.desk.dates import QT_DATE
from fsw_desktop.ui.date_box import DateBox


def _clipped_months(qtbot, box: QDateEdit, fmt: str) -> list[str]:  # noqa: ANN001
    qtbot.addWidget(box)
    box.setLocale(QLocale("cy_GB"))
    box.setDisplayFormat(fmt)
    box.resize(box.sizeHint())
    box.show()
    edit = box.findChild(QLineEdit)
    cut = []
    for month in range(1, 13):
        for day in range(22, 29):
            box.setDate(QDate(2027, month, day))
            text = edit.text()
            if edit.fontMetrics().horizontalAdvance(text) > edit.contentsRect().width() - 4:
                cut.append(text)
    return cut


def test_a_welsh_february_fits_where_qt_measures_only_the_first_and_last_dates(qtbot):
    plain, welsh = QDateEdit(), QLocale("cy_GB")
    qtbot.addWidget(plain)
    plain.setLocale(welsh)
    plain.setDisplayFormat(QT_DATE)
    metrics = plain.fontMetrics()
    measured = max(metrics.horizontalAdvance(plain.textFromDateTime(when))
                   for when in (plain.minimumDateTime(), plain.maximumDateTime()))
    widest = max(metrics.horizontalAdvance(welsh.toString(QDate(2027, m, 28), QT_DATE)) for m in range(1, 13))
    assert widest > measured, "why Qt's own sizing cut '28 Chwef 2027': it measures only its first and last dates"
    assert _clipped_months(qtbot, DateBox(), QT_DATE) == []
    assert _clipped_months(qtbot, DateBox(), f"ddd {QT_DATE}") == []  # the booking dialog's format

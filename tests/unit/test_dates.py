"""The one date format on screen (services/desk/dates.py): "04 Dec 2026", with a time "04 Dec 2026 14:05"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fsw_desktop.services.desk.dates import show_date, show_iso, show_when


def test_a_date_reads_day_month_year_with_a_leading_zero():
    assert show_date(date(2026, 12, 4)) == "04 Dec 2026"
    assert show_date(None) == ""


@pytest.mark.parametrize("weekday, year, expected", [("short", True, "Fri 04 Dec 2026"),
                                                     ("long", True, "Friday 04 Dec 2026"),
                                                     ("short", False, "Fri 04 Dec")])
def test_a_weekday_goes_before_the_same_date(weekday, year, expected):
    assert show_date(date(2026, 12, 4), weekday=weekday, year=year) == expected


def test_a_moment_adds_the_time_to_the_same_date():
    at = datetime(2026, 12, 4, 14, 5, 9)
    assert show_when(at) == "04 Dec 2026 14:05"
    assert show_when(at, seconds=True) == "04 Dec 2026 14:05:09"
    assert show_when(None) == ""


@pytest.mark.parametrize("text, expected", [("2026-12-04", "04 Dec 2026"), ("2026-12-04T14:05:00", "04 Dec 2026 14:05"),
                                            ("", ""), (None, ""), ("not a date", "not a date")])
def test_dates_kept_as_iso_text_read_the_same_way(text, expected):
    assert show_iso(text) == expected

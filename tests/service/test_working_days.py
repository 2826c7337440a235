"""Working-day arithmetic: weekends, England and Wales bank holidays, Christmas and New Year, year ends."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from fsw_desktop.errors import InputRefused
from fsw_desktop.services.applications import working_days
from fsw_desktop.services.applications.working_days import (HOLIDAYS_FILE, add_working_days, is_working_day,
    load_holidays, working_days_between)
from fsw_desktop.services.desk.session import open_session

H = load_holidays()


def test_shipped_file_covers_2018_to_2030_with_special_days():
    assert HOLIDAYS_FILE.exists()
    assert {d.year for d in H} == set(range(2018, 2031))
    for special in (date(2022, 9, 19), date(2023, 5, 8), date(2022, 6, 2), date(2022, 6, 3), date(2020, 5, 8)):
        assert special in H
    assert date(2020, 5, 4) not in H  # early May moved to VE Day in 2020
    assert date(2022, 5, 30) not in H  # spring bank holiday moved for the jubilee
    assert all(d.weekday() < 5 for d in H)  # substitutes, never a weekend day
    assert all(8 <= sum(1 for d in H if d.year == y) <= 10 for y in range(2018, 2031))


@pytest.mark.parametrize("good_friday", [date(2018, 3, 30), date(2019, 4, 19), date(2024, 3, 29), date(2025, 4, 18),
                                         date(2026, 4, 3), date(2027, 3, 26), date(2030, 4, 19)])
def test_easter(good_friday):
    easter_monday = good_friday + timedelta(days=3)
    assert good_friday in H and easter_monday in H
    thursday = good_friday - timedelta(days=1)
    assert add_working_days(thursday, 1, H) == good_friday + timedelta(days=4)  # Tuesday
    assert working_days_between(thursday, good_friday + timedelta(days=4), H) == 1


@pytest.mark.parametrize("year,days", [
    (2020, {date(2020, 12, 25), date(2020, 12, 28)}),  # Friday Christmas, Boxing Day on Saturday
    (2021, {date(2021, 12, 27), date(2021, 12, 28)}),  # Saturday Christmas
    (2022, {date(2022, 12, 26), date(2022, 12, 27)}),  # Sunday Christmas
    (2023, {date(2023, 12, 25), date(2023, 12, 26)}),
    (2026, {date(2026, 12, 25), date(2026, 12, 28)}),
    (2027, {date(2027, 12, 27), date(2027, 12, 28)}),
])
def test_christmas_substitutes(year, days):
    assert {d for d in H if d.year == year and d.month == 12} == days


@pytest.mark.parametrize("new_year", [date(2022, 1, 3), date(2023, 1, 2), date(2028, 1, 3), date(2027, 1, 1)])
def test_new_year_and_substitutes(new_year):
    assert new_year in H
    assert {d for d in H if d.year == new_year.year and d.month == 1} == {new_year}


def test_weekends():
    fri, sat, sun, mon = date(2026, 3, 6), date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)
    assert is_working_day(fri, H) and is_working_day(mon, H)
    assert not is_working_day(sat, H) and not is_working_day(sun, H)
    assert add_working_days(fri, 1, H) == mon
    assert add_working_days(sat, 1, H) == mon
    assert add_working_days(sun, 0, H) == mon  # 0 on a non-working day: the next working day
    assert add_working_days(fri, 0, H) == fri
    assert add_working_days(mon, 5, H) == date(2026, 3, 16)
    assert working_days_between(fri, mon, H) == 1
    assert working_days_between(sat, sun, H) == 0
    assert working_days_between(mon, fri, H) == -1
    assert working_days_between(date(2026, 3, 13), mon, H) == -4
    assert working_days_between(mon, mon, H) == 0


def test_bank_holiday_monday():
    fri = date(2026, 8, 28)  # summer bank holiday on Monday 31 August
    assert not is_working_day(date(2026, 8, 31), H)
    assert add_working_days(fri, 1, H) == date(2026, 9, 1)
    assert add_working_days(date(2026, 5, 22), 3, H) == date(2026, 5, 28)  # spring bank holiday 25 May


def test_christmas_and_year_end():
    # Thursday 24 Dec 2026: Friday Christmas, Boxing Day substitute on Monday 28th.
    assert add_working_days(date(2026, 12, 24), 1, H) == date(2026, 12, 29)
    assert add_working_days(date(2026, 12, 24), 3, H) == date(2026, 12, 31)
    assert add_working_days(date(2026, 12, 24), 4, H) == date(2027, 1, 4)  # 1 Jan 2027 a Friday
    # Friday 24 Dec 2021: Christmas and Boxing Day substitutes, then New Year on Monday 3 Jan 2022.
    assert add_working_days(date(2021, 12, 24), 1, H) == date(2021, 12, 29)
    assert add_working_days(date(2021, 12, 31), 1, H) == date(2022, 1, 4)
    assert working_days_between(date(2021, 12, 24), date(2022, 1, 4), H) == 4  # 29, 30, 31 Dec, 4 Jan
    assert working_days_between(date(2022, 12, 23), date(2023, 1, 3), H) == 4  # 28, 29, 30 Dec, 3 Jan


def test_between_agrees_with_add_over_long_spans():
    start = date(2018, 1, 1)
    for step in range(0, 4700, 37):
        a = start + timedelta(days=step)
        if not is_working_day(a, H):
            continue
        for n in (0, 1, 3, 20, 260):
            assert working_days_between(a, add_working_days(a, n, H), H) == n
    assert working_days_between(date(2025, 1, 1), date(2025, 12, 31), H) == 261 - 8 + 1 - 1  # 253 days after 1 Jan


def test_negative_n_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 5), -1, H)


def test_loading_other_files(tmp_path):
    p = tmp_path / "h.json"
    p.write_text(json.dumps({"england-and-wales": ["2031-01-01", "2031-04-11"]}))
    assert load_holidays(p) == frozenset({date(2031, 1, 1), date(2031, 4, 11)})
    p.write_text(json.dumps({"england-and-wales": {"division": "england-and-wales",
                                                   "events": [{"title": "New Year", "date": "2031-01-01"}]}}))
    assert load_holidays(p) == frozenset({date(2031, 1, 1)})
    p.write_text("{}")
    with pytest.raises(InputRefused, match="could not be read"):
        load_holidays(p)


def test_a_newer_holiday_file_is_imported_and_used(db, tmp_path):
    extra = date(2031, 1, 1)
    path = tmp_path / "bank-holidays.json"
    path.write_text(json.dumps({"england-and-wales": {"events": [{"date": "2031-01-01", "title": "New Year"}]}}))
    with open_session(db) as s:
        assert extra not in working_days.holidays_for(s)
        assert working_days.import_holidays(s, path) == 1
        s.commit()
        assert extra in working_days.holidays_for(s)
        assert working_days.import_holidays(s, path) == 0
        assert not working_days.is_working_day(extra, working_days.holidays_for(s))


def test_the_bank_holidays_say_when_they_run_out():
    shipped = working_days.load_holidays()
    assert working_days.known_until(shipped) == date(2030, 12, 31)
    assert working_days.coverage_warning(shipped, date(2026, 11, 23)) is None
    assert working_days.coverage_warning(shipped, date(2030, 10, 2)) is None  # a full quarter still known
    warning = working_days.coverage_warning(shipped, date(2030, 10, 3))
    assert warning is not None and "31 Dec 2030" in warning and "Update bank holidays" in warning
    later = shipped | {date(2031, 12, 25), date(2031, 12, 26)}
    assert working_days.known_until(later) == date(2031, 12, 31)
    assert working_days.coverage_warning(later, date(2030, 10, 3)) is None
    assert working_days.coverage_warning(frozenset(), date(2026, 1, 1)) is not None

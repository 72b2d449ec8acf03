"""Working days by the State Council calendar: hand-counted cases from the notices, the whole
shipped range against the chinese_calendar package, config years, and unknown years."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pytest

from robot.config import parse_config
from robot.workdays import CalendarError, WorkCalendar, parse_days

CAL = WorkCalendar()


def test_years_shipped() -> None:
    assert CAL.years() == set(range(2019, 2027))


def test_every_day_matches_chinese_calendar() -> None:
    import chinese_calendar  # dev dependency: a missing one fails here, it is not skipped
    d = date(2019, 1, 1)
    mismatches = []
    while d <= date(2026, 12, 31):
        if CAL.is_workday(d) != chinese_calendar.is_workday(d):
            mismatches.append(d)
        d += timedelta(days=1)
    assert mismatches == []


# Counted by hand from the notices: (sent, replied, working days in (sent, replied]).
@pytest.mark.parametrize(
    ("sent", "replied", "expected"),
    [
        # 2024 国庆: 1–7 Oct off; Sunday 29 Sep and Saturday 12 Oct worked.
        # 29 Sep (Sun, worked), 30 Sep (Mon), 8 Oct, 9 Oct
        (date(2024, 9, 27), date(2024, 10, 9), 4),
        (date(2024, 9, 28), date(2024, 10, 8), 3),  # 29 Sep, 30 Sep, 8 Oct
        (date(2024, 9, 30), date(2024, 10, 7), 0),  # the whole holiday
        (date(2024, 9, 30), date(2024, 10, 12), 5),  # 8, 9, 10, 11 Oct and Saturday 12 Oct
        (date(2024, 10, 12), date(2024, 10, 14), 1),  # Sunday 13 Oct is off again
        # 2024 中秋: 15–17 Sep off, Saturday 14 Sep worked
        (date(2024, 9, 13), date(2024, 9, 18), 2),  # 14 Sep (Sat), 18 Sep
        # 2024 春节: 10–17 Feb off; 除夕 9 Feb (Fri) worked; Sundays 4 and 18 Feb worked
        (date(2024, 2, 8), date(2024, 2, 19), 3),  # 9 Feb, 18 Feb (Sun), 19 Feb
        (date(2024, 2, 3), date(2024, 2, 4), 1),  # Sunday 4 Feb worked
        # 2025 国庆中秋: 1–8 Oct off; Sunday 28 Sep and Saturday 11 Oct worked
        (date(2025, 9, 26), date(2025, 10, 10), 5),  # 28, 29, 30 Sep, 9, 10 Oct
        # 2020 春节 extended to 2 Feb (COVID-19); Sunday 19 Jan worked
        (date(2020, 1, 23), date(2020, 2, 3), 1),
        (date(2020, 1, 17), date(2020, 1, 20), 2),  # 19 Jan (Sun), 20 Jan
        # 2026 春节: 15–23 Feb off; Saturdays 14 and 28 Feb worked
        (date(2026, 2, 13), date(2026, 2, 24), 2),
        # across a year: 元旦 2025 is Wednesday 1 Jan alone
        (date(2024, 12, 27), date(2025, 1, 3), 4),  # 30, 31 Dec, 2, 3 Jan
        # 2023 元旦 2022-12-31..2023-01-02, then 春节 21–27 Jan with Saturday 28 and Sunday 29 Jan worked
        (date(2022, 12, 30), date(2023, 1, 3), 1),
        (date(2023, 1, 20), date(2023, 1, 30), 3),
        # same day, earlier reply, a plain week
        (date(2024, 3, 4), date(2024, 3, 4), 0),
        (date(2024, 3, 8), date(2024, 3, 4), 0),
        (date(2024, 3, 4), date(2024, 3, 11), 5),
    ],
)
def test_workdays_between_by_hand(sent: date, replied: date, expected: int) -> None:
    assert CAL.workdays_between(sent, replied) == expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2024, 9, 27), 1, date(2024, 9, 29)),  # the Sunday worked before 国庆
        (date(2024, 9, 27), 3, date(2024, 10, 8)),
        (date(2024, 9, 27), 5, date(2024, 10, 10)),  # the 5-working-day reply limit
        (date(2024, 9, 30), 5, date(2024, 10, 12)),  # a Saturday worked
        (date(2024, 2, 8), 5, date(2024, 2, 21)),  # 9 Feb, 18 Feb (Sun), 19, 20, 21 Feb
        (date(2024, 12, 31), 1, date(2025, 1, 2)),
        (date(2024, 12, 30), 2, date(2025, 1, 2)),
        (date(2025, 9, 26), 6, date(2025, 10, 11)),
        (date(2024, 3, 4), 0, date(2024, 3, 4)),
        (date(2024, 10, 9), -3, date(2024, 9, 29)),  # back: 8 Oct, 30 Sep, 29 Sep (Sun, worked)
    ],
)
def test_add_workdays_by_hand(start: date, n: int, expected: date) -> None:
    assert CAL.add_workdays(start, n) == expected


def test_add_and_count_agree_with_a_day_by_day_count() -> None:
    rng = random.Random(7)
    for _ in range(300):
        start = date(2019, 1, 1) + timedelta(days=rng.randrange(0, 7 * 365))
        n = rng.randrange(1, 300)
        end = CAL.add_workdays(start, n)
        assert CAL.is_workday(end)
        assert CAL.workdays_between(start, end) == n
        span = rng.randrange(0, 200)
        stop = min(start + timedelta(days=span), date(2026, 12, 31))
        slow = sum(CAL.is_workday(start + timedelta(days=i)) for i in range(1, (stop - start).days + 1))
        assert CAL.workdays_between(start, stop) == slow


def test_fast() -> None:
    t0 = time.perf_counter()
    for i in range(20_000):
        CAL.workdays_between(date(2019, 1, 1) + timedelta(days=i % 2000), date(2026, 12, 31))
    assert time.perf_counter() - t0 < 2.0


def test_unknown_year_is_an_error_never_a_guess() -> None:
    with pytest.raises(CalendarError) as e:
        CAL.is_workday(date(2027, 1, 4))
    assert "2027" in str(e.value) and "holidays:" in str(e.value)
    assert e.value.year == 2027
    assert isinstance(e.value, ValueError)
    with pytest.raises(CalendarError):
        CAL.workdays_between(date(2026, 12, 28), date(2027, 1, 5))
    with pytest.raises(CalendarError):
        CAL.add_workdays(date(2026, 12, 28), 10)
    with pytest.raises(CalendarError, match="2018"):
        CAL.is_workday(date(2018, 12, 29))
    # a span wholly before the start is no question about any year
    assert CAL.workdays_between(date(2030, 1, 5), date(2030, 1, 1)) == 0


def test_year_from_config() -> None:
    cfg = parse_config(
        """
sites:
  - {id: xinfeng, name: 信丰县人民政府网, url: "http://127.0.0.1:8000/"}
holidays:
  2027:
    off: ["2027-01-01", "2027-02-06..2027-02-14"]
    work: ["2027-02-20"]
"""
    )
    cal = WorkCalendar.from_config(cfg.holidays)
    assert cal.years() == set(range(2019, 2028))
    assert cal.is_workday(date(2027, 1, 1)) is False  # a Friday off
    assert cal.is_workday(date(2027, 2, 8)) is False  # Monday within the range
    assert cal.is_workday(date(2027, 2, 20)) is True  # Saturday worked
    assert cal.is_workday(date(2027, 2, 21)) is False  # Sunday
    # 15–19 Feb, Saturday 20 Feb, Monday 22 Feb
    assert cal.workdays_between(date(2027, 2, 5), date(2027, 2, 22)) == 7
    # 31 Dec 2026 (Thu) — 1 Jan 2027 off — 4 Jan 2027 (Mon): across the shipped and the configured year
    assert cal.workdays_between(date(2026, 12, 30), date(2027, 1, 4)) == 2
    assert cal.add_workdays(date(2027, 2, 5), 6) == date(2027, 2, 20)


def test_config_year_overrides_the_shipped_one() -> None:
    cal = WorkCalendar.from_config({2024: {"off": ["2024-03-04"], "work": []}})
    assert cal.is_workday(date(2024, 3, 4)) is False
    assert cal.is_workday(date(2024, 10, 7)) is True  # the shipped 2024 table is replaced
    assert cal.is_workday(date(2025, 1, 1)) is False  # other years keep theirs
    assert CAL.is_workday(date(2024, 3, 4)) is True  # calendars do not share state


def test_extra_as_dates() -> None:
    cal = WorkCalendar({2028: ([date(2028, 1, 3)], [date(2028, 1, 8)])})
    assert cal.is_workday(date(2028, 1, 3)) is False
    assert cal.is_workday(date(2028, 1, 8)) is True
    assert 2027 not in cal.years()


def test_parse_days() -> None:
    assert parse_days(["2024-10-01..2024-10-03", "2024-10-07"]) == {
        date(2024, 10, 1), date(2024, 10, 2), date(2024, 10, 3), date(2024, 10, 7)}
    with pytest.raises(ValueError):
        parse_days(["2024-10-07..2024-10-01"])

"""Working days by the State Council holiday calendar (国务院办公厅关于…部分节假日安排的通知).

A day is a working day when it is Monday to Friday and not a holiday, or when it is a weekend
day the notice turns into a working day (调休). The robot ships each year's notice for 2019 to
2026 below, as written there (holiday periods, weekends included, and the weekend workdays); a
later year comes from the config's ``holidays:`` and is otherwise an error, never a guess.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

__all__ = ["SHIPPED", "CalendarError", "WorkCalendar", "parse_days"]

# year of the notice -> (holiday periods "first..last" or single days, weekend workdays)
SHIPPED: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # 元旦 ran 2018-12-30..2019-01-01 (2018-12-29 worked: outside the table); 劳动节 as amended in 2019
    2019: (
        ("2019-01-01", "2019-02-04..2019-02-10", "2019-04-05..2019-04-07", "2019-05-01..2019-05-04",
         "2019-06-07..2019-06-09", "2019-09-13..2019-09-15", "2019-10-01..2019-10-07"),
        ("2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12"),
    ),
    # 春节 extended to 2 February by 国办发明电〔2020〕1号 (Saturday 1 February no longer worked)
    2020: (
        ("2020-01-01", "2020-01-24..2020-02-02", "2020-04-04..2020-04-06", "2020-05-01..2020-05-05",
         "2020-06-25..2020-06-27", "2020-10-01..2020-10-08"),
        ("2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"),
    ),
    2021: (
        ("2021-01-01..2021-01-03", "2021-02-11..2021-02-17", "2021-04-03..2021-04-05",
         "2021-05-01..2021-05-05", "2021-06-12..2021-06-14", "2021-09-19..2021-09-21",
         "2021-10-01..2021-10-07"),
        ("2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"),
    ),
    2022: (
        ("2022-01-01..2022-01-03", "2022-01-31..2022-02-06", "2022-04-03..2022-04-05",
         "2022-04-30..2022-05-04", "2022-06-03..2022-06-05", "2022-09-10..2022-09-12",
         "2022-10-01..2022-10-07"),
        ("2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"),
    ),
    # 元旦 ran 2022-12-31..2023-01-02
    2023: (
        ("2022-12-31..2023-01-02", "2023-01-21..2023-01-27", "2023-04-05", "2023-04-29..2023-05-03",
         "2023-06-22..2023-06-24", "2023-09-29..2023-10-06"),
        ("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"),
    ),
    # 除夕 (9 February) stays a working day
    2024: (
        ("2024-01-01", "2024-02-10..2024-02-17", "2024-04-04..2024-04-06", "2024-05-01..2024-05-05",
         "2024-06-08..2024-06-10", "2024-09-15..2024-09-17", "2024-10-01..2024-10-07"),
        ("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
         "2024-10-12"),
    ),
    2025: (
        ("2025-01-01", "2025-01-28..2025-02-04", "2025-04-04..2025-04-06", "2025-05-01..2025-05-05",
         "2025-05-31..2025-06-02", "2025-10-01..2025-10-08"),
        ("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
    ),
    2026: (
        ("2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
         "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
         "2026-10-01..2026-10-07"),
        ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
    ),
}


class CalendarError(ValueError):
    """A date in a year the calendar has no State Council table for."""

    def __init__(self, year: int) -> None:
        self.year = year
        super().__init__(
            f"no holiday table for {year}: the working days of {year} are not known. Add the year under "
            f"`holidays:` in the config, copied from the State Council notice (国务院办公厅关于{year}年"
            f"部分节假日安排的通知), e.g.\nholidays:\n  {year}:\n    off: [\"{year}-01-01\", ...]\n"
            f"    work: [...]"
        )


def parse_days(items: Iterable[Any]) -> set[date]:
    """Dates from ``date`` objects, "YYYY-MM-DD" strings and "YYYY-MM-DD..YYYY-MM-DD" ranges."""
    out: set[date] = set()
    for item in items:
        if isinstance(item, date):
            out.add(item)
            continue
        first, _, last = str(item).partition("..")
        a = date.fromisoformat(first.strip())
        b = date.fromisoformat(last.strip()) if last else a
        if b < a:
            raise ValueError(f"range {item!r} ends before it starts")
        out.update(a + timedelta(days=i) for i in range((b - a).days + 1))
    return out


def _by_year(days: Iterable[date]) -> dict[int, set[date]]:
    out: dict[int, set[date]] = {}
    for d in days:
        out.setdefault(d.year, set()).add(d)
    return out


class WorkCalendar:
    """Working days of the years it knows: the shipped tables plus ``extra`` ones.

    ``extra`` maps a year to (days off, weekend workdays); a year given there replaces the
    shipped table of that year (its days dated in that year).
    """

    def __init__(self, extra: Mapping[int, tuple[Iterable[date], Iterable[date]]] | None = None) -> None:
        off: dict[int, set[date]] = {}
        work: dict[int, set[date]] = {}
        for periods, workdays in SHIPPED.values():
            for y, days in _by_year(parse_days(periods)).items():
                off.setdefault(y, set()).update(days)
            for y, days in _by_year(parse_days(workdays)).items():
                work.setdefault(y, set()).update(days)
        known = set(SHIPPED)
        for year, (days_off, days_work) in (extra or {}).items():
            year = int(year)
            off[year] = {d for d in days_off if d.year == year}
            work[year] = {d for d in days_work if d.year == year}
            known.add(year)
        self._known = known
        self._off = {y: frozenset(off.get(y, ())) for y in known}
        self._work = {y: frozenset(work.get(y, ())) for y in known}
        self._prefix: dict[int, list[int]] = {}  # year -> working days on or before day-of-year i (0: none)

    @classmethod
    def from_config(cls, holidays: Mapping[int, Any]) -> WorkCalendar:
        """From the config's ``holidays:`` (year -> object or mapping with ``off`` and ``work``)."""
        extra: dict[int, tuple[Iterable[date], Iterable[date]]] = {}
        for year, spec in (holidays or {}).items():
            off = spec.get("off", ()) if isinstance(spec, Mapping) else getattr(spec, "off", ())
            work = spec.get("work", ()) if isinstance(spec, Mapping) else getattr(spec, "work", ())
            extra[int(year)] = (parse_days(off or ()), parse_days(work or ()))
        return cls(extra)

    def years(self) -> set[int]:
        return set(self._known)

    def _check(self, year: int) -> None:
        if year not in self._known:
            raise CalendarError(year)

    def is_workday(self, d: date) -> bool:
        """True on a working day; CalendarError for a year the calendar does not know."""
        self._check(d.year)
        if d in self._work[d.year]:
            return True
        return d.weekday() < 5 and d not in self._off[d.year]

    def _cumulative(self, year: int) -> list[int]:
        table = self._prefix.get(year)
        if table is None:
            self._check(year)
            table = [0]
            d, end = date(year, 1, 1), date(year, 12, 31)
            while d <= end:
                table.append(table[-1] + self.is_workday(d))
                d += timedelta(days=1)
            self._prefix[year] = table
        return table

    def _upto(self, d: date) -> int:
        """Working days of ``d``'s year on or before ``d``."""
        return self._cumulative(d.year)[d.timetuple().tm_yday]

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: day one is the day after ``start``; 0 when end <= start."""
        if end <= start:
            return 0
        first = start + timedelta(days=1)
        total = 0
        for year in range(first.year, end.year + 1):
            lo = first if year == first.year else date(year, 1, 1)
            hi = end if year == end.year else date(year, 12, 31)
            total += self._upto(hi) - self._upto(lo) + self.is_workday(lo)
        return total

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``start`` itself for 0; before it when negative)."""
        if n == 0:
            return start
        if n < 0:
            d, left = start, -n
            while left:
                d -= timedelta(days=1)
                left -= self.is_workday(d)
            return d
        year, base = start.year, self._upto(start) if start.year in self._known else 0
        if start == date(start.year, 12, 31):
            year, base = year + 1, 0
        while True:
            table = self._cumulative(year)
            if table[-1] - base >= n:
                i = bisect_left(table, base + n)  # the first day-of-year reaching the count
                return date(year, 1, 1) + timedelta(days=i - 1)
            n -= table[-1] - base
            year, base = year + 1, 0

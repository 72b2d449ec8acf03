"""Dates as Chinese government sites write them: 2024-09-12, 2024年9月2日, [09-12] …

Pure and self-contained (it imports nothing of ours), so the extractors and the rules share one
reading of a date. A year-less date (``[09-12]``, ``9月12日``) takes the year the caller knows
(``year_hint``) or else the latest year that does not put it in the future. Digit runs that only
look like dates are refused: phone numbers (0797-7177965), parts of ID or document numbers,
impossible days (2024-02-30) and years outside 1990 … next year. Full-width forms
(２０２４－０４－２６, ２０２４年４月２６日, typed with a Chinese input method) read like their
ASCII ones; the text returned is the page's own spelling.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

MIN_YEAR = 1990
FUTURE_TOLERANCE = timedelta(days=1)  # a site's clock (or time zone) may run a little ahead

_TIME = r"(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?"
# A full date with one separator used twice: 2024-09-12, 2024/9/2, 2024.09.12 (time optional).
# Not preceded by a digit (nor "digit-"), not followed by a digit (nor "-digit"): keeps
# phone numbers, 20240912-like runs and ID numbers out.
_FULL = (
    r"(?<!\d)(?<!\d[-/.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?!\d)(?![-/.]\d)" + _TIME
)
# 2024年09月12日, 2024年9月2日, with optional spaces; 日 may be missing before a non-digit.
_CJK = r"(?<!\d)(?P<cy>\d{4})\s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})(?:\s*日|(?!\d))" + _TIME
# Year-less: [09-12], 09-12, 09/12 (two digits each, so 1-2 in running text is no date) …
_SHORT = r"(?<![\d\-/.:年])(?P<sm>\d{2})(?P<ssep>[-/])(?P<sd>\d{2})(?![\d\-/]|:\d)" + _TIME
# … and 9月12日 (日 required).
_SHORT_CJK = r"(?<![\d年])(?P<km>\d{1,2})\s*月\s*(?P<kd>\d{1,2})\s*日"

_DATE_RE = re.compile("|".join(f"(?:{p})" for p in (_FULL, _CJK, _SHORT, _SHORT_CJK)))
# full-width ASCII (U+FF01…U+FF5E: ０-９, －, ／, ．, ［, ：) and the ideographic space, one
# character for one, so that positions in the folded text are positions in the page's text
_FOLD = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months (negative: back), the day clamped to the month's end."""
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))


def months_before(d: date, n: int) -> date:
    """``n`` calendar months before ``d``: 2024-08-31 minus 6 months is 2024-02-29."""
    return add_months(d, -n)


def _full(year: int, month: int, day: int, today: date) -> date | None:
    if not MIN_YEAR <= year <= today.year + 1:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, today: date, year_hint: int | None) -> date | None:
    if year_hint is not None:
        return _full(year_hint, month, day, today)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    latest = today + FUTURE_TOLERANCE
    # the latest year that does not put the date after tomorrow; 8 years back covers 29 February
    for year in range(latest.year, latest.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            return candidate if candidate.year >= MIN_YEAR else None
    return None


def _to_date(m: re.Match[str], today: date, year_hint: int | None) -> date | None:
    g = m.groupdict()
    if g["y"] is not None:
        return _full(int(g["y"]), int(g["m"]), int(g["d"]), today)
    if g["cy"] is not None:
        return _full(int(g["cy"]), int(g["cm"]), int(g["cd"]), today)
    if g["sm"] is not None:
        return _yearless(int(g["sm"]), int(g["sd"]), today, year_hint)
    return _yearless(int(g["km"]), int(g["kd"]), today, year_hint)


def find_dates(text: str, *, today: date, year_hint: int | None = None) -> list[tuple[date, str]]:
    """Every date in ``text``, in order, with the text that spelled it (time included)."""
    out: list[tuple[date, str]] = []
    text = text or ""
    for m in _DATE_RE.finditer(_fold(text)):
        d = _to_date(m, today, year_hint)
        if d is not None:
            out.append((d, text[m.start():m.end()].strip()))
    return out


def parse_date(text: str, *, today: date, year_hint: int | None = None) -> date | None:
    """The first date in ``text`` (see the module docstring for the formats), or None."""
    for m in _DATE_RE.finditer(_fold(text or "")):
        d = _to_date(m, today, year_hint)
        if d is not None:
            return d
    return None


# A date split over two boxes of a card (<b>16</b><span>2024-04</span>): the day alone, and the
# year with the month. Each must be a whole piece of text (a text node), and the two adjacent.
_DAY_PIECE = re.compile(r"\s*[\[(（]?\s*(\d{1,2})\s*日?\s*[\])）]?\s*")
_YEAR_MONTH_PIECE = re.compile(r"\s*[\[(（]?\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?\s*[\])）]?\s*")


def split_date(pieces: Sequence[str], *, today: date) -> tuple[date, str] | None:
    """A date written as a day box beside a year-month box (``16`` | ``2024-04``, either order), as
    picture cards and date-first rows show it; ``pieces`` are the row's texts in document order.
    The first adjacent pair that makes a real date, with its spelling (``16 2024-04``)."""
    texts = [_fold(p or "") for p in pieces]
    for i in range(len(texts) - 1):
        for day_at, ym_at in ((i, i + 1), (i + 1, i)):
            d = _DAY_PIECE.fullmatch(texts[day_at])
            ym = _YEAR_MONTH_PIECE.fullmatch(texts[ym_at])
            if d is None or ym is None:
                continue
            found = _full(int(ym.group(1)), int(ym.group(2)), int(d.group(1)), today)
            if found is not None:
                return found, f"{pieces[i].strip()} {pieces[i + 1].strip()}"
    return None


def has_year(date_text: str) -> bool:
    """True when a matched date text spells its year (2024-09-12), False for [09-12] or 9月12日."""
    return bool(re.search(r"\d{4}\s*[-/.年]", _fold(date_text)))

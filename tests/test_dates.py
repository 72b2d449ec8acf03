"""Dates as county portals write them, and the digit runs that only look like dates."""

from __future__ import annotations

from datetime import date

import pytest

from robot.dates import add_months, find_dates, has_year, months_before, parse_date, split_date

TODAY = date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-09-12", date(2024, 9, 12)),
        ("2024/09/12", date(2024, 9, 12)),
        ("2024.09.12", date(2024, 9, 12)),
        ("2024-9-2", date(2024, 9, 2)),
        ("2024年09月12日", date(2024, 9, 12)),
        ("2024年9月2日", date(2024, 9, 2)),
        ("2024 年 9 月 2 日", date(2024, 9, 2)),
        ("发布时间：2024-09-12 10:32:11 来源：县政府办", date(2024, 9, 12)),
        ("[09-12]", date(2024, 9, 12)),
        ("09-12", date(2024, 9, 12)),
        ("09/12", date(2024, 9, 12)),
        ("9月12日", date(2024, 9, 12)),
        ("电话：0797-8123456　日期：2024-09-01", date(2024, 9, 1)),
        ("2025-01-01", date(2025, 1, 1)),  # next year is still accepted (a site's clock may run ahead)
    ],
)
def test_formats(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0797-7177965",  # a county phone number
        "咨询电话：0797-3322111",
        "010-12345678",
        "身份证号360722202409121234",  # an ID number holding 20240912
        "t20240912_6518870.html",  # compact digits inside an identifier
        "2024-09-12-3456",  # part of a longer code
        "736350583/2024-00123",  # 索引号
        "信水字〔2024〕12号",  # 文号
        "2024-02-30",  # impossible day
        "2023-02-29",  # not a leap year
        "2024-13-01",
        "1989-06-01",  # before 1990
        "2026-01-01",  # beyond next year
        "第1-2条",  # one-digit pairs in running text are no date
        "3.14",
        "2024年",
        "",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text, today=TODAY) is None
    assert find_dates(text, today=TODAY) == []


def test_yearless_takes_the_latest_year_not_in_the_future() -> None:
    assert parse_date("[09-21]", today=TODAY) == date(2024, 9, 21)  # tomorrow: one day of tolerance
    assert parse_date("[09-22]", today=TODAY) == date(2023, 9, 22)
    assert parse_date("12-31", today=TODAY) == date(2023, 12, 31)


def test_yearless_across_new_year() -> None:
    new_year = date(2025, 1, 2)
    assert parse_date("[12-31]", today=new_year) == date(2024, 12, 31)
    assert parse_date("[01-02]", today=new_year) == date(2025, 1, 2)
    assert parse_date("[01-03]", today=new_year) == date(2025, 1, 3)
    assert parse_date("[01-04]", today=new_year) == date(2024, 1, 4)
    # on New Year's Eve, tomorrow's date is already next year's
    assert parse_date("01-01", today=date(2024, 12, 31)) == date(2025, 1, 1)


def test_yearless_29_february_goes_back_to_a_leap_year() -> None:
    assert parse_date("02-29", today=date(2025, 3, 1)) == date(2024, 2, 29)
    assert parse_date("02-29", today=date(2024, 2, 28)) == date(2024, 2, 29)  # tomorrow
    assert parse_date("02-29", today=date(2024, 2, 27)) == date(2020, 2, 29)


def test_year_hint_wins_and_is_validated() -> None:
    assert parse_date("[09-12]", today=TODAY, year_hint=2022) == date(2022, 9, 12)
    assert parse_date("2月29日", today=TODAY, year_hint=2023) is None
    assert parse_date("2024-03-01", today=TODAY, year_hint=2019) == date(2024, 3, 1)  # a full date keeps its year


def test_year_after_chinese_year_is_not_read_twice() -> None:
    # an invalid full date must not leave a year-less date behind
    assert parse_date("1890年9月12日", today=TODAY) is None
    assert parse_date("2024-02-30", today=TODAY) is None


def test_find_dates_in_order_with_text() -> None:
    text = "成文日期：2024年09月10日 发布日期：2024-09-12 10:00 电话0797-7177965 [09-13]"
    assert find_dates(text, today=TODAY) == [
        (date(2024, 9, 10), "2024年09月10日"),
        (date(2024, 9, 12), "2024-09-12 10:00"),
        (date(2024, 9, 13), "09-13"),
    ]


def test_full_width_dates_read_like_ascii_ones_and_keep_their_spelling() -> None:
    # typed with a Chinese input method: full-width digits, dashes, slashes, dots and brackets
    assert parse_date("发布日期：２０２４－０９－１２", today=TODAY) == date(2024, 9, 12)
    assert parse_date("２０２４／９／２", today=TODAY) == date(2024, 9, 2)
    assert parse_date("２０２４．０９．１２", today=TODAY) == date(2024, 9, 12)
    assert parse_date("２０２４年９月２日", today=TODAY) == date(2024, 9, 2)
    assert parse_date("［０９－１２］", today=TODAY) == date(2024, 9, 12)
    assert find_dates("会议召开　２０２４－０９－１２　１０：３０", today=TODAY) == [
        (date(2024, 9, 12), "２０２４－０９－１２　１０：３０")]
    assert has_year("２０２４－０９－１２") and not has_year("［０９－１２］")
    assert parse_date("电话：０７９７－７１７７９６５", today=TODAY) is None  # a phone number still is none


def test_split_date_reads_a_day_box_beside_a_year_month_box() -> None:
    # the pieces of a card's date box, in document order: day first or last, any separator
    assert split_date(["08", "2024/09"], today=TODAY) == (date(2024, 9, 8), "08 2024/09")
    assert split_date(["2024年09月", "３"], today=TODAY) == (date(2024, 9, 3), "2024年09月 ３")
    assert split_date(["关于秋季防火的通知", "2024.08", "27日"], today=TODAY) == (date(2024, 8, 27), "2024.08 27日")
    # not a date: the pieces are not adjacent, the day does not exist, or there is no year
    assert split_date(["35", "阅读", "2024-09"], today=TODAY) is None
    assert split_date(["31", "2024-09"], today=TODAY) is None
    assert split_date(["12", "09月"], today=TODAY) is None
    assert split_date(["第12期", "2024-09"], today=TODAY) is None


def test_has_year() -> None:
    assert has_year("2024-09-12") and has_year("2024年9月2日") and has_year("2024.09.12")
    assert not has_year("09-12") and not has_year("9月12日")


@pytest.mark.parametrize(
    ("d", "n", "expected"),
    [
        (date(2024, 8, 31), 6, date(2024, 2, 29)),
        (date(2023, 8, 31), 6, date(2023, 2, 28)),
        (date(2024, 3, 15), 6, date(2023, 9, 15)),
        (date(2024, 1, 31), 1, date(2023, 12, 31)),
        (date(2024, 9, 20), 12, date(2023, 9, 20)),
        (date(2024, 9, 20), 0, date(2024, 9, 20)),
    ],
)
def test_months_before(d: date, n: int, expected: date) -> None:
    assert months_before(d, n) == expected


def test_add_months_clamps() -> None:
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert add_months(date(2024, 12, 15), 1) == date(2025, 1, 15)

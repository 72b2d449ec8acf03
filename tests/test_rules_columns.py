"""column.* rules on hand-built column snapshots: positive, negative and boundary cases."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from robot.findings import Finding
from robot.gather.extract import extract_entries
from robot.snapshots import Box, ColumnSnapshot, ListEntry, NetError, RenderFacts
from robot.testing import HOME, run_rule, site_config, snapshot

AS_OF = date(2024, 4, 30)


def col(name: str, category: str = "news", *, newest: date | None | str = "fresh", n: int = 3,
        **kw: Any) -> ColumnSnapshot:
    """A column whose newest entry is ``newest`` (``None``: entries without dates; n=0: empty)."""
    if newest == "fresh":
        newest = AS_OF - timedelta(days=1)
    entries = tuple(
        ListEntry(f"{name}信息{i}", f"{HOME}{name}/{i}.html",
                  None if newest is None else newest - timedelta(days=i))  # type: ignore[operator]
        for i in range(n)
    )
    kw.setdefault("configured", True)
    kw.setdefault("in_nav", True)
    return ColumnSnapshot(name=name, url=f"{HOME}col/{name}/", category=category,  # type: ignore[arg-type]
                          entries=entries, **kw)


def days_ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def run(rule_id: str, columns: list[ColumnSnapshot], *, site: Any = None, complete: bool = True,
        **params: Any) -> list[Finding]:
    return run_rule(rule_id, snapshot(as_of=AS_OF, columns=columns, complete=complete), site, **params)


BLANK_RENDER = RenderFacts(box=Box(200, 300, 800, 600), blank=True, edge_density=0.0, ink_ratio=0.001)
SHOWN_RENDER = RenderFacts(box=Box(200, 300, 800, 600), blank=False, edge_density=0.08, ink_ratio=0.2)


# --- column.blank / column.blank_many --------------------------------------------------------


def test_blank_column_without_entries() -> None:
    found = run("column.blank", [col("建议提案", "other", n=0), col("工作动态")])
    assert [(f.target, f.url) for f in found] == [("建议提案", f"{HOME}col/建议提案/")]
    f = found[0]
    assert f.severity.value == "high" and f.measured["entries"] == 0
    assert "空白栏目" in f.message and f.mark is not None and f.mark.full_page


def test_blank_column_that_renders_blank_despite_entries() -> None:
    found = run("column.blank", [col("公共服务", "other", content=BLANK_RENDER), col("工作动态", content=SHOWN_RENDER)])
    assert [f.target for f in found] == ["公共服务"]
    assert found[0].measured["entries"] == 3 and found[0].measured["render"]["blank"] is True
    assert "渲染" in found[0].message


def test_unreachable_column_is_not_blank() -> None:
    gone = col("专题专栏", "other", n=0, reachable=False, status=404)
    refused = col("图片新闻", n=0, reachable=True, error=NetError.TIMEOUT)
    assert run("column.blank", [gone, refused]) == []


@pytest.mark.parametrize(("blank", "expected"), [(4, 0), (5, 1), (7, 1)])
def test_blank_many_veto_at_five(blank: int, expected: int) -> None:
    columns = [col(f"空白{i}", "other", n=0) for i in range(blank - 1)]
    columns.append(col("渲染空白", content=BLANK_RENDER))  # the same predicate as column.blank
    columns += [col("工作动态"), col("走进信丰", "other", n=0, reachable=False, status=404)]
    found = run("column.blank_many", columns)
    assert len(found) == expected
    if found:
        f = found[0]
        assert f.severity.value == "veto" and f.url == HOME and f.target is None
        assert f.measured["count"] == blank and "渲染空白" in f.measured["names"]
        assert len(run("column.blank", columns)) == blank


def test_blank_many_threshold_from_config() -> None:
    columns = [col(f"空白{i}", "other", n=0) for i in range(3)]
    assert run("column.blank_many", columns) == []
    assert len(run("column.blank_many", columns, count=3)) == 1


# --- column.overdue --------------------------------------------------------------------------


def test_news_exactly_14_days_is_on_time_15_is_overdue() -> None:
    assert run("column.overdue", [col("工作动态", newest=days_ago(14))]) == []
    found = run("column.overdue", [col("工作动态", newest=days_ago(15))])
    assert len(found) == 1
    f = found[0]
    assert f.target == "工作动态" and f.url == f"{HOME}col/工作动态/" and f.severity.value == "high"
    assert f.message == "栏目「工作动态」最新信息发布于2024-04-15，已15天未更新（动态类栏目要求14天内更新）"
    assert f.measured["newest"] == "2024-04-15" and f.measured["days_since"] == 15
    assert f.measured["limit"] == "14天内"


def test_notice_and_policy_six_calendar_months() -> None:
    # 2023-10-30 + 6 months = 2024-04-30: the last day on time
    on_time = [col("通知公告", "notice", newest=date(2023, 10, 30)), col("政策文件", "policy", newest=date(2023, 10, 30))]
    assert run("column.overdue", on_time) == []
    late = [col("通知公告", "notice", newest=date(2023, 10, 29)), col("政策文件", "policy", newest=date(2023, 9, 1))]
    found = run("column.overdue", late)
    assert [f.target for f in found] == ["通知公告", "政策文件"]
    assert "通知公告类栏目要求6个月内更新" in found[0].message


def test_month_limit_clamps_to_month_end() -> None:
    # 2023-08-31 + 6 months = 2024-02-29 (leap year): overdue from 2024-03-01
    column = col("通知公告", "notice", newest=date(2023, 8, 31), n=1)
    on_last_day = run_rule("column.overdue", snapshot(as_of=date(2024, 2, 29), columns=[column]))
    next_day = run_rule("column.overdue", snapshot(as_of=date(2024, 3, 1), columns=[column]))
    assert on_last_day == [] and len(next_day) == 1


def test_personnel_and_plan_twelve_months_other_never() -> None:
    columns = [
        col("人事信息", "personnel", newest=date(2023, 4, 30)),  # exactly 12 months: on time
        col("规划计划", "plan", newest=date(2023, 4, 29)),  # one day more: overdue
        col("财政资金", "other", newest=date(2015, 1, 1)),  # no limit
    ]
    assert [f.target for f in run("column.overdue", columns)] == ["规划计划"]


def test_undated_entries_count_as_not_updated() -> None:
    found = run("column.overdue", [col("乡镇动态", newest=None, n=4)])
    assert len(found) == 1
    assert "均未标注发布日期" in found[0].message and found[0].measured["newest"] is None


def test_overdue_ignores_empty_unreachable_and_ignored_columns() -> None:
    columns = [
        col("部门动态", n=0),  # blank, not overdue
        col("专题专栏", newest=days_ago(400), reachable=False, status=404),
        col("网站首页", newest=days_ago(400), configured=False),
    ]
    assert run("column.overdue", columns, site=site_config(ignore_columns=["网站首页"])) == []


def test_overdue_limit_from_config() -> None:
    column = [col("工作动态", newest=days_ago(10))]
    assert run("column.overdue", column) == []
    assert len(run("column.overdue", column, news_days=7)) == 1


# --- column.overdue_many ---------------------------------------------------------------------


def overdue_news(count: int) -> list[ColumnSnapshot]:
    return [col(f"动态{i}", newest=days_ago(30)) for i in range(count)]


@pytest.mark.parametrize(("count", "expected"), [(4, 0), (5, 1)])
def test_overdue_many_five_news_columns(count: int, expected: int) -> None:
    found = run("column.overdue_many", [*overdue_news(count), col("通知公告", "notice")])
    assert len(found) == expected
    if found:
        f = found[0]
        assert f.severity.value == "veto" and f.url == HOME and f.target is None
        assert f.measured["key_count"] == 5


def test_overdue_many_counts_first_level_notice_and_policy_only() -> None:
    stale = date(2023, 6, 1)
    second_level = [col("通知公告", "notice", newest=stale, level=2), col("政策文件", "policy", newest=stale, level=2)]
    first_level = [col("公示公告", "notice", newest=stale, level=1)]
    assert run("column.overdue_many", [*overdue_news(3), *second_level]) == []  # 3 + 0
    found = run("column.overdue_many", [*overdue_news(3), *second_level, *first_level, col("政府文件", "policy", newest=stale)])
    assert len(found) == 1 and found[0].measured["key_count"] == 5  # 3 + 2 first-level


def test_overdue_many_ten_of_any_category() -> None:
    stale = date(2022, 1, 1)
    nine = [col(f"人事{i}", "personnel", newest=stale) for i in range(5)] + [
        col(f"规划{i}", "plan", newest=stale) for i in range(4)]
    assert run("column.overdue_many", nine) == []
    found = run("column.overdue_many", [*nine, col("通知公告", "notice", newest=stale, level=2)])
    assert len(found) == 1
    assert found[0].measured["overdue_count"] == 10 and found[0].measured["key_count"] == 0
    assert "超期未更新栏目共10个" in found[0].message


# --- column.due_soon -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "days_to_deadline", "expected"),
    [
        (10, 4, False),
        (11, 3, False),  # overdue on day 4 from now: outside the 3-day window
        (12, 2, True),  # overdue in 3 days
        (13, 1, True),
        (14, 0, True),  # today is the last day on time: overdue tomorrow
        (15, -1, False),  # overdue already: column.overdue, not a warning
    ],
)
def test_due_soon_window(age: int, days_to_deadline: int, expected: bool) -> None:
    found = run("column.due_soon", [col("部门动态", newest=days_ago(age))])
    assert bool(found) is expected
    if found:
        assert found[0].measured["days_left"] == days_to_deadline


def test_card_list_updated_exactly_14_days_ago_is_due_soon_not_overdue() -> None:
    # a news column of cards whose date is a day box beside a year-month box: read from the page,
    # its newest card (14 days before as-of) is on its last day on time, not undated
    html = ('<html><body><div class="tpxw-wall">'
            '<div class="item"><a href="/jcdt/2024/0416/a91.html"><img src="/up/a91.png" alt="">'
            '<p>青溪镇召开防汛工作部署会议</p></a><div class="rq"><em>16</em><span>2024.04</span></div></div>'
            '<div class="item"><a href="/jcdt/2024/0408/a87.html"><img src="/up/a87.png" alt="">'
            '<p>青溪镇开展春季植树活动</p></a><div class="rq"><em>08</em><span>2024.04</span></div></div>'
            '</div></body></html>')
    entries = extract_entries(html, f"{HOME}jcdt/", today=AS_OF)
    column = ColumnSnapshot(name="基层动态", url=f"{HOME}jcdt/", category="news", configured=True, in_nav=True,
                            entries=tuple(entries))
    assert column.newest == days_ago(14)
    assert run("column.overdue", [column]) == []
    found = run("column.due_soon", [column])
    assert [(f.target, f.measured["days_left"]) for f in found] == [("基层动态", 0)]


def test_due_soon_finding() -> None:
    found = run("column.due_soon", [col("部门动态", newest=date(2024, 4, 18))])
    assert len(found) == 1
    f = found[0]
    assert f.severity.value == "low" and f.target == "部门动态"
    assert f.measured["deadline"] == "2024-05-02" and f.measured["days_left"] == 2
    assert "将于2024-05-03超期" in f.message


def test_due_soon_for_month_limits_and_not_for_undated_or_other() -> None:
    columns = [
        col("通知公告", "notice", newest=date(2023, 11, 1)),  # deadline 2024-05-01: 1 day left
        col("乡镇动态", newest=None),  # undated is overdue, not due soon
        col("财政资金", "other", newest=date(2020, 1, 1)),
    ]
    assert [f.target for f in run("column.due_soon", columns)] == ["通知公告"]


# --- column.unmonitored ----------------------------------------------------------------------


def test_unmonitored_only_when_the_config_lists_columns() -> None:
    columns = [col("工作动态"), col("营商环境", "other", configured=False, in_nav=True),
               col("友情链接", "other", configured=False, in_nav=False)]
    listed = site_config(columns=[{"name": "工作动态", "url": "/col/工作动态/"}])
    found = run("column.unmonitored", columns, site=listed)
    assert [(f.target, f.url) for f in found] == [("营商环境", f"{HOME}col/营商环境/")]
    assert found[0].severity.value == "medium"
    assert run("column.unmonitored", columns, site=site_config()) == []  # nothing listed: all discovered


def test_unmonitored_respects_ignore_columns() -> None:
    columns = [col("营商环境", "other", configured=False)]
    site = site_config(columns=[{"name": "工作动态", "url": "/col/gzdt/"}], ignore_columns=["营商环境"])
    assert run("column.unmonitored", columns, site=site) == []


# --- column.missing --------------------------------------------------------------------------


def test_missing_when_unreachable() -> None:
    columns = [col("专题专栏", "other", n=0, reachable=False, status=404),
               col("图片新闻", n=0, reachable=False, error=NetError.TIMEOUT), col("工作动态")]
    found = run("column.missing", columns)
    assert [f.target for f in found] == ["专题专栏", "图片新闻"]
    assert "返回 404" in found[0].message and found[0].measured["status"] == 404
    assert found[1].measured["error"] == "timeout"


def test_missing_when_no_page_links_to_it_only_on_a_complete_crawl() -> None:
    orphan = col("专题专栏", "other", linked=False)
    assert len(run("column.missing", [orphan])) == 1
    assert run("column.missing", [orphan], complete=False) == []  # cut short: absence proves nothing


def test_missing_ignores_discovered_columns() -> None:
    discovered = col("营商环境", "other", configured=False, reachable=False, status=404)
    assert run("column.missing", [discovered]) == []

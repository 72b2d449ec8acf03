"""meeting.late: meetings published more than 14 days after they were held (the lead-sentence rule)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import robot.rules.meeting  # noqa: F401  registers the rule
from robot.content.policy import meeting_held, meeting_reports, published_in_text
from robot.findings import Finding
from robot.snapshots import ColumnSnapshot, ListEntry, PageSnapshot
from robot.testing import HOME, page, run_rule, snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "policy"
COL = f"{HOME}xwzx/zwdt/"


def text(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8").strip()


def url(n: str) -> str:
    return f"{HOME}xwzx/zwdt/2024/{n}.html"


def run(pages: list[PageSnapshot], entries: list[ListEntry] = (), *, as_of: date = date(2024, 9, 30),  # type: ignore[assignment]
        **params: Any) -> list[Finding]:
    cols = [ColumnSnapshot(name="政务动态", url=COL, category="news", configured=True, in_nav=True,
                           entries=tuple(entries))]
    return run_rule("meeting.late", snapshot(pages, as_of=as_of, columns=cols), **params)


def test_standing_meeting_published_twenty_days_later() -> None:
    p = page(url("cw"), title="县长王某主持召开县政府第42次常务会议_信丰县人民政府", text=text("meeting_changwu.txt"))
    found = run([p])  # not listed: the title and the 发布时间 in the text decide
    assert len(found) == 1
    f = found[0]
    assert (f.url, f.target) == (url("cw"), "县长王某主持召开县政府第42次常务会议")
    assert f.severity.value == "medium"
    assert (f.measured["held"], f.measured["published"], f.measured["days"]) == ("2024-09-05", "2024-09-25", 20)
    assert f.measured["held_text"] == "9月5日"


def test_the_list_entry_date_is_the_publication_date() -> None:
    p = page(url("cw"), title="县长王某主持召开县政府第42次常务会议", text=text("meeting_changwu.txt"))
    entry = ListEntry("县长王某主持召开县政府第42次常务会议", url("cw"), date(2024, 9, 19))
    found = run([p], [entry])
    assert [f.measured["days"] for f in found] == []  # 14 days: on time
    entry = ListEntry(entry.title, entry.url, date(2024, 9, 20))
    assert [f.measured["days"] for f in run([p], [entry])] == [15]
    assert run([p], [entry], days=15) == []


def test_jinri_is_no_date_and_a_date_later_in_the_article_does_not_count() -> None:
    p = page(url("fx"), title="县政府召开全县防汛抗旱工作调度会", text=text("meeting_recent.txt"))
    assert run([p]) == []
    (report,) = meeting_reports(snapshot([p], as_of=date(2024, 9, 30)))
    assert report.held is None and report.spelled == "近日"


def test_a_date_cited_in_passing_before_the_lead_date_does_not_count() -> None:
    # "为贯彻落实8月20日…会议精神，9月20日下午，我县召开…" — held 20 September, published the 25th
    p = page(url("aq"), title="全县安全生产工作推进会召开", text=text("meeting_passing.txt"))
    assert run([p]) == []
    (report,) = meeting_reports(snapshot([p], as_of=date(2024, 9, 30)))
    assert report.held == date(2024, 9, 20) and report.days == 5


def test_a_december_meeting_published_in_january_belongs_to_the_year_before() -> None:
    p = page(url("fgw"), title="县发改委召开2024年度重点项目建设调度会", text=text("meeting_december.txt"))
    found = run([p], as_of=date(2025, 1, 15))
    assert [(f.measured["held"], f.measured["published"], f.measured["days"]) for f in found] == [
        ("2024-12-20", "2025-01-10", 21)]


@pytest.mark.parametrize("body, held", [
    ("2024年9月5日上午，县政府召开第42次常务会议。", date(2024, 9, 5)),
    ("9月5日，县委副书记、县长王某主持县政府专题会议，研究工业园区建设。", date(2024, 9, 5)),
    ("日前，县政府召开座谈会。", None),
    ("9月5日，县长王某深入企业调研。会议……", "none"),  # no verb and meeting in the lead: no report
    ("会议强调，要加强领导。", "none"),
])
def test_lead_sentences(body: str, held: date | None | str) -> None:
    text_ = f"首页 > 政务动态 > 正文 标题 发布时间：2024-09-25 来源：县政府办 {body}"
    result = meeting_held(text_, "标题", date(2024, 9, 25))
    if held == "none":
        assert result is None
    else:
        assert result is not None and result.held == held


def test_notices_of_meetings_to_come_and_undated_pages_are_not_reports() -> None:
    notice = page(url("tz"), title="关于召开全县安全生产工作会议的通知",
                  text="发布时间：2024-09-01 各乡镇：定于9月20日召开全县安全生产工作会议。")
    undated = page(url("nd"), title="县政府召开第42次常务会议", text="9月1日，县政府召开第42次常务会议。")
    ahead = page(url("ah"), title="县政府召开第43次常务会议", text="发布时间：2024-09-01 9月20日，县政府将召开会议。")
    assert run([notice, undated, ahead]) == []


def test_meta_line_above_the_heading() -> None:
    text_ = ("首页 > 政务动态 发布时间：2024-09-25 来源：县政府办 县长王某主持召开县政府第42次常务会议 "
             "9月5日上午，县长王某主持召开县政府第42次常务会议，研究有关工作。")
    held = meeting_held(text_, "县长王某主持召开县政府第42次常务会议", date(2024, 9, 25))
    assert held is not None and held.held == date(2024, 9, 5)


# a department's site: the title carries the department's name after " - ", the meta line says only
# 时间：, and the heading (召开 with no date) comes before the lead with its date and abbreviation
DEPT_TITLE = "县市场监管局召开全县食品安全工作推进会"


def test_a_department_page_with_a_bare_time_label_and_a_department_suffix() -> None:
    p = page(url("scjg"), title=f"{DEPT_TITLE} - 石溪县市场监督管理局", text=text("meeting_department.txt"))
    found = run([p])  # not listed: 时间：2024年09月27日 in the meta line is the publication date
    assert [(f.target, f.measured["held"], f.measured["published"], f.measured["days"]) for f in found] == [
        (DEPT_TITLE, "2024-09-02", "2024-09-27", 25)]
    assert found[0].measured["held_text"] == "9月2日"


def test_the_list_entry_title_finds_the_heading_when_the_page_title_has_an_unknown_suffix() -> None:
    p = page(url("scjg"), title=f"{DEPT_TITLE} :: 石溪市监", text=text("meeting_department.txt"))
    entry = ListEntry(DEPT_TITLE, url("scjg"), date(2024, 9, 27))
    assert [f.measured["days"] for f in run([p], [entry])] == [25]
    held = meeting_held(p.text, p.title, date(2024, 9, 27), also=(DEPT_TITLE,))
    assert held is not None and held.held == date(2024, 9, 2)


@pytest.mark.parametrize("text_, published", [
    ("标题\n时间：2024年09月27日 信息来源：县市场监管局\n正文", date(2024, 9, 27)),
    ("标题\n日期：2024-09-27 作者：办公室 浏览次数：12\n正文", date(2024, 9, 27)),
    ("标题\n会议安排如下：\n时间：2024年10月8日上午9:00\n地点：县政府三楼会议室", None),  # a notice's body
    ("会议时间：2024年9月27日 来源：县政府办", None),  # not a bare label
])
def test_bare_time_label_counts_only_in_a_meta_line(text_: str, published: date | None) -> None:
    assert published_in_text(text_, today=date(2024, 9, 30)) == published


# --- leads as real sites write them ------------------------------------------------------------
# Publication 2025-09-20 unless said; each lead is the body after the meta line.

PUB = date(2025, 9, 20)


@pytest.mark.parametrize("lead, held", [
    # the full date, then the meeting named in the subject and 在…召开 at the end
    ("2025年8月27日下午，县第十八届人民政府第52次常务会议在县行政中心召开。", date(2025, 8, 27)),
    # …分析会召开: the meeting is the subject, the verb closes the sentence
    ("8月29日上午，全县上半年经济运行分析会召开。会议指出……", date(2025, 8, 29)),
    # news datelines before the date
    ("澜溪讯（通讯员 张三）8月29日，县政府组织召开全县秋冬季森林防火工作部署会。", date(2025, 8, 29)),
    ("本网讯 9月3日，县委副书记、县长王五主持召开县政府专题会议，研究城区停车难问题。", date(2025, 9, 3)),
    ("【澜溪新闻网讯】9月5日晚，县政府召开防汛抗旱工作视频调度会。", date(2025, 9, 5)),
    ("（记者 李四）近日，县政府召开重点项目建设推进会。", None),
    ("本网讯（通讯员 刘六）日前，县人社局举办全县劳动保障监察业务培训会。", None),
    # a weekday in brackets, and a time of day
    ("8月29日（星期五）上午，县政府召开第52次常务会议。", date(2025, 8, 29)),
    ("9月1日（周一）15:00，县政府在县行政中心三楼会议室召开全县安全生产工作会议。", date(2025, 9, 1)),
    # other verbs and forms
    ("9月2日，全县招商引资工作推进会在县会议中心隆重举行。", date(2025, 9, 2)),
    ("9月4日，县第十八届人大常委会第二十次会议顺利召开。", date(2025, 9, 4)),
    ("县政府第53次常务会议于9月6日在县行政中心召开。", date(2025, 9, 6)),
    ("9月8日下午，县委统战部组织召开民营企业家座谈会，听取意见建议。", date(2025, 9, 8)),
    # a range: the last day counts (a conservative reading)
    ("8月28日至29日，全县乡村振兴工作培训会在县委党校举办。", date(2025, 8, 29)),
    # a date cited in passing, even 召开的 or after the held date, does not count
    ("为贯彻落实8月20日召开的全市经济工作会议精神，9月5日上午，县政府召开专题会议。", date(2025, 9, 5)),
    ("9月5日，县政府就8月20日全市会议部署召开专题会议进行落实。", date(2025, 9, 5)),
    # 在…召开的…会议上: the attributive form is the meeting itself when it is the only one
    ("在9月9日召开的县政府第54次常务会议上，县长王五强调，要抓好秋粮收购。", date(2025, 9, 9)),
    # full-width digits
    ("８月２９日上午，县政府召开全县秋季开学工作部署会。", date(2025, 8, 29)),
    # a Chinese-numeral date is not read: unknown, and no earlier cited date is taken instead
    ("为贯彻8月20日会议精神，八月二十九日，县政府召开专题会议。", None),
])
def test_real_world_leads(lead: str, held: date | None) -> None:
    text_ = f"首页 > 新闻中心 > 正文\n标题\n发布时间：2025-09-20 来源：县政府办 浏览次数：88\n{lead}"
    result = meeting_held(text_, "标题", PUB)
    assert result is not None and result.held == held


@pytest.mark.parametrize("body, held", [
    # the dateline on its own line, the date and the rest of the lead on the next
    ("本网讯（记者 李四）\n9月3日，县政府召开全县秋冬季森林防火工作部署会。", date(2025, 9, 3)),
    # the lead broken after its date
    ("9月3日上午，\n县政府召开第52次常务会议。", date(2025, 9, 3)),
    # a heading the page title does not spell (a subtitle): its 召开 has no date, the lead's has
    ("县政府召开第52次常务会议\n研究部署秋冬季森林防火工作\n9月3日，县政府召开第52次常务会议。", date(2025, 9, 3)),
    # under such a heading only a date that starts its clause counts, not one cited in passing
    ("县政府召开第52次常务会议\n传达学习8月20日全市会议精神，会议由县长王五主持。", None),
])
def test_leads_split_by_line_breaks(body: str, held: date | None) -> None:
    text_ = f"发布时间：2025-09-20 来源：县政府办\n{body}"
    result = meeting_held(text_, "另一个标题", PUB)
    assert result is not None and result.held == held


def test_a_dateline_page_with_a_weekday_and_a_cited_date() -> None:
    title = "县政府召开第52次常务会议"
    p = page(url("cw52"), title=f"{title}_澜溪县人民政府", text=text("meeting_dateline.txt"))
    found = run([p], as_of=date(2025, 9, 30))  # not listed: the title and 发布时间 decide
    assert [(f.target, f.measured["held"], f.measured["published"], f.measured["days"]) for f in found] == [
        (title, "2025-08-29", "2025-09-19", 21)]
    assert found[0].measured["held_text"] == "8月29日"
    assert found[0].measured["lead"].startswith("澜溪讯（通讯员 张三 王五）")


def test_full_width_digits_in_the_meta_line_and_the_lead() -> None:
    title = "全县上半年经济运行分析会召开"
    p = page(url("fx"), title=title, text=text("meeting_fullwidth.txt"))
    entry = ListEntry(title, url("fx"), date(2025, 9, 15))
    found = run([p], [entry], as_of=date(2025, 9, 30))
    assert [(f.measured["held"], f.measured["days"]) for f in found] == [("2025-08-27", 19)]
    (report,) = meeting_reports(snapshot([p], as_of=date(2025, 9, 30)))  # not listed: 时间：２０２５年… in the meta line
    assert report.published == date(2025, 9, 15) and report.held == date(2025, 8, 27)


def test_reports_on_time_and_vague_leads_give_no_finding() -> None:
    on_time = page(url("ok"), title="县政府召开第53次常务会议",
                   text="发布时间：2025-09-12\n本网讯 9月6日，县政府召开第53次常务会议。")
    vague = page(url("jr"), title="县政府召开重点项目建设推进会",
                 text="发布时间：2025-09-30\n（记者 李四）近日，县政府召开重点项目建设推进会。会议回顾了8月1日以来的工作。")
    assert run([on_time, vague], as_of=date(2025, 9, 30)) == []


@pytest.mark.parametrize(("lead", "held"), [
    # what 召开 convenes ends in 会, whatever its name
    ("12月28日，县自然资源局党支部召开2024年度组织生活会，支部党员参加。", date(2024, 12, 28)),
    ("12月20日，东坪村召开村民代表会，讨论集体经济项目。", date(2024, 12, 20)),
    ("12月18日，局党委召开巡察整改专题民主生活会。", date(2024, 12, 18)),
    # no meeting: 召开 of nothing ending in 会, a 会长 or 会员 after it
    ("12月18日，县商会召开以来首次走访会员企业。", None),
])
def test_whatever_is_convened_and_ends_in_hui_is_a_meeting(lead: str, held: date | None) -> None:
    got = meeting_held(f"发布时间：2025-01-15\n{lead}", "工作动态", date(2025, 1, 15))
    assert (got.held if got else None) == held


def test_a_life_meeting_published_weeks_later_is_late() -> None:
    p = page(url("shh"), title="县农业农村局党组召开2024年度民主生活会_工作动态_禾川县农业农村局",
             text="县农业农村局党组召开2024年度民主生活会\n时间:2025-01-20 09:30来源:办公室作者:张明点击: 次\n"
                  "2024年12月27日，县农业农村局党组召开2024年度民主生活会。局党组书记主持。\n上一篇：…")
    found = run([p], as_of=date(2025, 2, 10))
    assert [(f.measured["held"], f.measured["days"]) for f in found] == [("2024-12-27", 24)]

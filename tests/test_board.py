"""Message boards read from saved pages: list rows, letter pages, write forms, channel discovery.

The fixtures in tests/fixtures/boards/ are invented county-portal markups (TRS-style table,
Hanweb-style ``ul``, a JavaScript-rendered ``div`` grid, ``dl`` rows with inline labels) with the
usual decoys: 发布时间/更新时间 lines, a footer with 0797-7177965 and © 2024, side news lists.
Letters sit around the 2024 National Day holiday (1–7 October off; Sunday 29 September and
Saturday 12 October worked).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from robot.channels.board import (
    BoardListPage,
    LetterDetail,
    LetterRow,
    WriteForm,
    board_pagination,
    check_write_form,
    discover_channels,
    merge_letter,
    parse_board_list,
    parse_letter_detail,
    still_loading,
)
from robot.snapshots import Message
from robot.workdays import WorkCalendar

BOARDS = Path(__file__).parent / "fixtures" / "boards"
TODAY = date(2024, 10, 20)
SITE = "http://www.xinfeng.gov.cn"


def page(name: str) -> str:
    return (BOARDS / name).read_text(encoding="utf-8")


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- list pages ----------------------------------------------------------------------------------


def test_table_list_with_header_cells() -> None:
    board = parse_board_list(page("table_list.html"), SITE + "/hdjl/xzxx/index.html", today=TODAY)
    base = SITE + "/hdjl/xzxx/"
    assert board.letters == (
        LetterRow(base + "202410/t20241012_55102.html", "县政务服务热线0797-7177965长时间无人接听",
                  d("2024-10-10"), d("2024-10-11"), "已答复"),
        LetterRow(base + "202410/t20241008_55077.html", "反映阳光花园小区供水水压不足的问题",
                  d("2024-10-08"), d("2024-10-12"), "已回复"),
        # the title attribute is the full title; the cell's text is cut (…)
        LetterRow(base + "202409/t20240930_55031.html", "关于嘉定镇农贸市场周边占道经营问题的投诉",
                  d("2024-09-30"), None, "已办结"),
        LetterRow(base + "202409/t20240929_55020.html", "咨询2024年秋季学期义务教育转学政策",
                  d("2024-09-29"), None, "办理中"),
        LetterRow(base + "202409/t20240927_55012.html", "关于县城北门路段路灯不亮的反映",
                  d("2024-09-27"), d("2024-10-09"), "已回复"),
    )
    assert board.write_links == (("我要写信", base + "write.html"),)
    assert board.next_pages == (base + "index_1.html", base + "index_2.html")


def test_ul_list_title_and_date_only() -> None:
    board = parse_board_list(page("ul_list.html"), SITE + "/hdjl/wsly/list.jsp?page=1", today=TODAY)
    base = SITE + "/hdjl/wsly/detail.jsp?id="
    # the 政务要闻 box beside it is dated too, but it lists another folder's articles
    assert board.letters == (
        LetterRow(base + "1034", "建议在信丰中学门口增设红绿灯", d("2024-10-14"), None, ""),
        LetterRow(base + "1033", "国庆假期后油山镇班车何时恢复", d("2024-10-06"), None, ""),
        LetterRow(base + "1032", "关于城南新区垃圾清运不及时的问题", d("2024-09-30"), None, ""),
        LetterRow(base + "1031", "咨询国庆期间不动产登记中心是否上班", d("2024-09-27"), None, ""),
    )
    # 我要留言 opens through onclick="window.open(…)"; the nav's 网上留言 is the board, not a write link
    assert board.write_links == (("我要留言", SITE + "/hdjl/wsly/write.jsp?lx=1"),)
    assert board.next_pages == (SITE + "/hdjl/wsly/list.jsp?page=2", SITE + "/hdjl/wsly/list.jsp?page=3")


def test_js_rendered_grid_columns_by_header_not_order() -> None:
    """The header says 答复时间 before 提交时间: each date goes by its column's label."""
    board = parse_board_list(page("js_list.html"), SITE + "/wz/index.html", today=TODAY)
    base = SITE + "/wz/detail.html?id="
    assert board.letters == (
        LetterRow(base + "88240", "安西镇至大塘埠镇公路坑洼何时修补", d("2024-10-16"), None, "处理中"),
        LetterRow(base + "88231", "嘉定镇桃源路小区门口井盖缺失存在安全隐患", d("2024-09-29"), d("2024-10-12"), "已答复"),
        LetterRow(base + "88219", "国庆节期间县人民医院门诊是否正常开放", d("2024-09-28"), d("2024-09-30"), "已答复"),
        LetterRow(base + "88200", "请求公开2024年城区老旧小区改造名单", d("2024-09-20"), d("2024-09-25"), "已答复"),
    )
    assert board.write_links == (("我要提问", SITE + "/wz/ask.html"),)  # a button with location.href
    assert board.next_pages == (SITE + "/wz/index.html?page=2", SITE + "/wz/index.html?page=3")


def test_dl_rows_with_inline_labels_and_class_hints() -> None:
    board = parse_board_list(page("labelled_list.html"), SITE + "/xxgk/slj/ldxx/index.html", today=TODAY)
    base = SITE + "/xxgk/slj/ldxx/"
    assert board.letters == (
        LetterRow(base + "202410/t20241011_90021.html", "关于桃江河堤防护栏损坏的反映", d("2024-10-11"), None, "未回复"),
        # 回复日期 is written before 来信日期 in this row
        LetterRow(base + "202410/t20241008_90017.html", "咨询农村饮水安全工程维修责任单位",
                  d("2024-09-28"), d("2024-10-08"), "已回复"),
        # no labels: <em class="reply-time"> and <em class="send-time">, the reply's first
        LetterRow(base + "202409/t20240926_90009.html", "大阿镇水渠清淤工程什么时候开工",
                  d("2024-09-26"), d("2024-10-08"), "已回复"),
        LetterRow(base + "202409/t20240920_90001.html", "关于小江镇山塘水库安全隐患的建议",
                  d("2024-09-20"), d("2024-09-24"), "已办结"),
    )
    assert board.write_links == (("写信", base + "xx.html"),)
    assert board.next_pages == (base + "index_1.html", base + "index_4.html")


@pytest.mark.parametrize(
    ("row_html", "expected"),
    [
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a> 留言时间：2024-09-27 答复时间：2024-10-09 已答复</li>',
         (d("2024-09-27"), d("2024-10-09"), "已答复")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a> 答复时间：2024-10-09 留言时间：2024-09-27</li>',
         (d("2024-09-27"), d("2024-10-09"), "")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><span>[09-27]</span><span>待回复</span></li>',
         (d("2024-09-27"), None, "待回复")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a> 2024年9月27日 14:32 正在办理</li>',
         (d("2024-09-27"), None, "正在办理")),
        # two unlabelled dates: the later is the reply, whatever the order
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><i>2024-10-09</i><i>2024-09-27</i></li>',
         (d("2024-09-27"), d("2024-10-09"), "")),
        # a row saying it is unanswered keeps its second date out of `replied`
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><i>2024-09-27</i><i>2024-10-09</i><b>未回复</b></li>',
         (d("2024-09-27"), None, "未回复")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a> 咨询电话0797-7177965 提交日期：2024/09/27</li>',
         (d("2024-09-27"), None, "")),
        # a state word before a date is no label: the row's one date is the letter's
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><span>【已回复】</span><span>2024-09-27</span></li>',
         (d("2024-09-27"), None, "已回复")),
    ],
)
def test_row_variants(row_html: str, expected: tuple[date | None, date | None, str]) -> None:
    html = f"<html><body><div class='list'><ul>{row_html}{row_html.replace('/l/1.html', '/l/2.html')}</ul></div></body></html>"
    board = parse_board_list(html, SITE + "/l/", today=TODAY)
    assert [(r.submitted, r.replied, r.state_text) for r in board.letters] == [expected, expected]


def test_table_without_header_reads_labels_in_cells() -> None:
    html = """<table class="list">
    <tr><td><a href="/x/1.html">关于农贸市场占道经营的投诉</a></td><td>来信：2024-09-30</td><td>回复时间：2024-10-08</td></tr>
    <tr><td><a href="/x/2.html">咨询国庆期间办证大厅开放时间</a></td><td>来信：2024-09-27</td><td>状态：办理中</td></tr>
    </table>"""
    board = parse_board_list(html, SITE + "/x/", today=TODAY)
    assert [(r.url, r.submitted, r.replied, r.state_text) for r in board.letters] == [
        (SITE + "/x/1.html", d("2024-09-30"), d("2024-10-08"), ""),
        (SITE + "/x/2.html", d("2024-09-27"), None, "办理中"),
    ]


def test_empty_board() -> None:
    html = "<html><body><div class='nav'><a href='/'>首页</a></div><div class='list'>暂无信件</div></body></html>"
    assert parse_board_list(html, SITE + "/hdjl/", today=TODAY) == BoardListPage((), (), ())


# --- letter pages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # <th>/<td> pairs; 发布时间 2024-10-15 above the table and phone numbers are decoys
        ("table_detail.html",
         LetterDetail("关于嘉定镇农贸市场周边占道经营问题的投诉", d("2024-09-30"), d("2024-10-08"), "已办结", True)),
        # <p>留言时间：2024年9月27日 14:32</p>, 发布日期 2024-10-10 decoy, 答复意见 with its own 答复时间
        ("ul_detail_replied.html",
         LetterDetail("咨询国庆期间不动产登记中心是否上班", d("2024-09-27"), d("2024-10-09"), "", True)),
        # 回复内容：暂无回复 is no reply
        ("ul_detail_unreplied.html",
         LetterDetail("关于城南新区垃圾清运不及时的问题", d("2024-09-30"), None, "办理中", False)),
        # unlabelled question date; the reply's "时间：" after 县住房和城乡建设局回复：
        ("js_detail.html",
         LetterDetail("嘉定镇桃源路小区门口井盖缺失存在安全隐患", d("2024-09-29"), d("2024-10-12"), "", True)),
        # dl/dt/dd pairs, 信件主题 as the title
        ("dl_detail.html",
         LetterDetail("咨询农村饮水安全工程维修责任单位", d("2024-09-28"), d("2024-10-08"), "", True)),
    ],
)
def test_letter_pages(name: str, expected: LetterDetail) -> None:
    assert parse_letter_detail(page(name), SITE + "/hdjl/x/1.html", today=TODAY) == expected


@pytest.mark.parametrize(
    ("html", "submitted", "replied", "has_reply"),
    [
        # the reply's date is written first: labels decide, not the order
        ("<p>回复时间：2024-10-09</p><p>来信时间：2024-09-27</p><p>回复内容：您好，路灯已修复。</p>",
         d("2024-09-27"), d("2024-10-09"), True),
        # a header row of labels above a row of values
        ("<table><tr><th>来信时间</th><th>回复时间</th></tr><tr><td>2024-09-27</td><td>2024-10-09</td></tr></table>"
         "<div>办理结果：已安排维修人员处理。</div>", d("2024-09-27"), d("2024-10-09"), True),
        # empty 回复时间 cell; the next row's 来信时间 is not the reply
        ("<table><tr><th>回复单位</th><td>县城管局</td><th>回复时间</th><td></td></tr>"
         "<tr><th>来信人</th><td>刘**</td><th>来信时间</th><td>2024-09-30</td></tr>"
         "<tr><th>回复内容</th><td colspan=3>尚未回复</td></tr></table>", d("2024-09-30"), None, False),
        ("<dl><dt>提交时间：</dt><dd>2024年9月27日</dd><dt>办理时间：</dt><dd>2024年10月8日</dd></dl>"
         "<h3>处理结果</h3><p>经核实，已于10月8日完成整改，感谢监督。</p>", d("2024-09-27"), d("2024-10-08"), True),
        ("<div>今天是：2024年10月20日</div><h2>关于路灯不亮的咨询</h2><div>2024-09-27</div>"
         "<div>回复内容：暂无</div>", d("2024-09-27"), None, False),
        ("<p>来信日期：2024-09-27 电话：0797-7177965</p><p>答复意见：</p><p>尚未答复</p>", d("2024-09-27"), None, False),
    ],
)
def test_letter_page_variants(html: str, submitted: date | None, replied: date | None, has_reply: bool) -> None:
    got = parse_letter_detail(f"<html><body>{html}</body></html>", SITE + "/x/1.html", today=TODAY)
    assert (got.submitted, got.replied, got.has_reply) == (submitted, replied, has_reply)


# --- merging -------------------------------------------------------------------------------------


def test_merge_row_state_without_date_takes_the_detail_date() -> None:
    board = parse_board_list(page("table_list.html"), SITE + "/hdjl/xzxx/index.html", today=TODAY)
    row = board.letters[2]
    detail = parse_letter_detail(page("table_detail.html"), row.url, today=TODAY)
    assert merge_letter(row, detail) == Message(
        url=SITE + "/hdjl/xzxx/202409/t20240930_55031.html", title="关于嘉定镇农贸市场周边占道经营问题的投诉",
        submitted=d("2024-09-30"), replied=d("2024-10-08"), state_text="已办结", workdays_to_reply=None)


def test_merge_title_and_date_row_with_detail_pages() -> None:
    board = parse_board_list(page("ul_list.html"), SITE + "/hdjl/wsly/list.jsp?page=1", today=TODAY)
    by_id = {r.url.rsplit("=", 1)[1]: r for r in board.letters}
    replied = merge_letter(by_id["1031"], parse_letter_detail(page("ul_detail_replied.html"), "", today=TODAY))
    assert (replied.submitted, replied.replied, replied.state_text) == (d("2024-09-27"), d("2024-10-09"), "")
    open_one = merge_letter(by_id["1032"], parse_letter_detail(page("ul_detail_unreplied.html"), "", today=TODAY))
    assert (open_one.submitted, open_one.replied, open_one.state_text) == (d("2024-09-30"), None, "办理中")


@pytest.mark.parametrize("state", ["未回复", "办理中", "待回复", "正在办理"])
def test_merge_explicit_unreplied_state_means_no_reply(state: str) -> None:
    row = LetterRow(SITE + "/l/1.html", "关于路灯不亮的反映", d("2024-09-27"), None, state)
    detail = LetterDetail("关于路灯不亮的反映", d("2024-09-27"), d("2024-10-09"), "", True)
    assert merge_letter(row, detail).replied is None
    detail_says = LetterDetail("关于路灯不亮的反映", d("2024-09-27"), d("2024-10-09"), state, False)
    assert merge_letter(LetterRow(SITE + "/l/1.html", "关于路灯不亮的反映", None, d("2024-10-09"), ""),
                        detail_says).replied is None


def test_merge_row_values_win_and_cut_titles_are_completed() -> None:
    row = LetterRow(SITE + "/l/1.html", "关于嘉定镇农贸市场周边…", d("2024-09-30"), d("2024-10-08"), "已回复")
    detail = LetterDetail("关于嘉定镇农贸市场周边占道经营问题的投诉", d("2024-09-29"), d("2024-10-09"), "", True)
    msg = merge_letter(row, detail)
    assert (msg.title, msg.submitted, msg.replied) == ("关于嘉定镇农贸市场周边占道经营问题的投诉", d("2024-09-30"),
                                                      d("2024-10-08"))
    assert merge_letter(row, None) == Message(SITE + "/l/1.html", "关于嘉定镇农贸市场周边…", d("2024-09-30"),
                                              d("2024-10-08"), "已回复", None)


def test_working_days_to_reply_around_national_day() -> None:
    """Counted by hand: day one is the day after the letter; 29 Sep (Sun) and 12 Oct (Sat) are workdays."""
    cal = WorkCalendar()
    lists = [
        ("table_list.html", SITE + "/hdjl/xzxx/index.html"),
        ("js_list.html", SITE + "/wz/index.html"),
        ("labelled_list.html", SITE + "/xxgk/slj/ldxx/index.html"),
    ]
    got = {}
    for name, url in lists:
        for r in parse_board_list(page(name), url, today=TODAY).letters:
            if r.submitted and r.replied:
                got[r.title[:8]] = cal.workdays_between(r.submitted, r.replied)
    assert got == {
        "县政务服务热线0": 1,  # Thu 10 Oct -> Fri 11 Oct
        "反映阳光花园小区": 4,  # Tue 8 Oct -> Sat 12 Oct (worked): 9, 10, 11, 12
        "关于县城北门路段": 4,  # Fri 27 Sep -> Wed 9 Oct: 29 Sep, 30 Sep, 8, 9 Oct
        "嘉定镇桃源路小区": 6,  # Sun 29 Sep -> Sat 12 Oct: 30 Sep, 8-11 Oct, 12 Oct
        "国庆节期间县人民": 2,  # Sat 28 Sep -> Mon 30 Sep: 29 Sep (Sun, worked), 30 Sep
        "请求公开2024": 3,  # Fri 20 Sep -> Wed 25 Sep
        "咨询农村饮水安全": 3,  # Sat 28 Sep -> Tue 8 Oct: 29 Sep, 30 Sep, 8 Oct
        "大阿镇水渠清淤工": 4,  # Thu 26 Sep -> Tue 8 Oct: 27, 29, 30 Sep, 8 Oct
        "关于小江镇山塘水": 2,  # Fri 20 Sep -> Tue 24 Sep
    }
    detail = parse_letter_detail(page("ul_detail_replied.html"), "", today=TODAY)
    assert detail.submitted and detail.replied
    assert cal.workdays_between(detail.submitted, detail.replied) == 4


# --- write pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 姓名, 手机号码, 信件类型, 信件标题, 信件内容, 是否公开 (one radio group), 验证码; the header's search form is not it
        ("write_ok.html", WriteForm(True, 7, True, "")),
        ("write_disabled.html", WriteForm(True, 7, False, "提交按钮不可用")),
        ("write_nosubmit.html", WriteForm(True, 7, False, "没有提交按钮")),
        ("write_none.html", WriteForm(False, 0, False, "页面没有留言表单（需要先登录）")),
        ("write_divform.html", WriteForm(True, 3, True, "")),  # no <form>: inputs and an <a>提交诉求</a>
    ],
)
def test_write_forms(name: str, expected: WriteForm) -> None:
    assert check_write_form(page(name), SITE + "/hdjl/xzxx/write.html") == expected


def test_write_form_problems_inline() -> None:
    no_content = "<form action='/save'><input name='xm'><input name='dh'><button type='submit'>提交</button></form>"
    assert check_write_form(no_content, SITE).problem == "留言表单没有填写内容的输入框"
    frozen = "<form><input name='bt' disabled><textarea name='nr' disabled></textarea><button>提交</button></form>"
    assert check_write_form(frozen, SITE).problem == "表单输入框不可用"
    only_search = "<form action='/search'><input name='q'><button>搜索</button></form><p>系统维护中</p>"
    assert check_write_form(only_search, SITE) == WriteForm(False, 0, False, "页面没有留言表单")


# --- channels and pages --------------------------------------------------------------------------


def test_discover_channels_from_homepage() -> None:
    found = discover_channels(page("home.html"), SITE + "/")
    assert found == {
        "message_board": SITE + "/hdjl/xzxx/",  # 县长信箱 before 政民互动 and 网上留言
        "application": SITE + "/ysqgk/",
        "guide": SITE + "/xxgk/xxgkzn/",
        "annual_reports": SITE + "/xxgk/ndbg/",
        "interpretations": SITE + "/xxgk/zcjd/",  # not the news item 《…》政策解读
    }


def test_discover_channels_by_image_alt_and_other_names() -> None:
    html = """<div><a href="/hd/"><img src="x.png" alt="书记信箱"></a>
    <a href="/gk/sq/">政府信息公开申请</a><a href="/gk/zn.html">信息公开指南</a>
    <a href="/gk/bg/">2023年度报告</a><a href="/jd/">解读回应</a></div>"""
    assert discover_channels(html, SITE + "/") == {
        "message_board": SITE + "/hd/", "application": SITE + "/gk/sq/", "guide": SITE + "/gk/zn.html",
        "annual_reports": SITE + "/gk/bg/", "interpretations": SITE + "/jd/"}
    assert discover_channels("<a href='/hdjl/'>政民互动</a>", SITE) == {"message_board": SITE + "/hdjl/"}


def test_a_list_still_being_fetched_says_so() -> None:
    """The rows come from a script's request after the page has loaded: read too early, the page
    has no letters and a 数据加载中… placeholder, which tells the probe to wait for them."""
    html = page("late_json_list.html")
    early = parse_board_list(html, SITE + "/sjxx/index.html", today=TODAY)
    assert early.letters == () and early.next_pages == ()
    assert still_loading(html)
    row = ('<li><a href="/sjxx/show.html?mid=7">关于公交站台遮雨棚的建议</a><span class="ask">写信日期：2024-10-08</span>'
           '<span class="ans">回复日期：2024-10-10</span><span class="st">已回复</span></li>')
    done = html.replace('<li class="wait">数据加载中…</li>', row).replace(
        '<div class="pages" id="pages"></div>', '<div class="pages"><b>1</b><a href="?pn=2">2</a></div>')
    assert not still_loading(done)
    late = parse_board_list(done, SITE + "/sjxx/index.html", today=TODAY)
    assert [(r.submitted, r.replied) for r in late.letters] == [(date(2024, 10, 8), date(2024, 10, 10))]
    assert late.next_pages == (SITE + "/sjxx/index.html?pn=2",)


@pytest.mark.parametrize(
    ("html", "loading"),
    [
        ("<body><div id='list'><p>正在加载……</p></div></body>", True),
        ("<body><ul><li>Loading...</li></ul></body>", True),
        ("<body><div class='list'><span>请稍候</span></div></body>", True),
        ("<body><div style='display: none'><i>加载中</i></div><p>暂无信件</p></body>", False),  # hidden spinner
        ("<body><div hidden>加载中...</div></body>", False),
        ("<body><div class='footer'>页面加载中</div></body>", False),  # chrome
        ("<body><p>正在加载的数据较多，请耐心等待页面全部显示后再操作。</p></body>", False),  # a sentence
        ("<body><script>var t='加载中';</script></body>", False),
        ("", False),
    ],
)
def test_still_loading(html: str, loading: bool) -> None:
    assert still_loading(html) is loading


def test_board_pagination_query_style() -> None:
    html = """<div class="list">…</div><div class="pages">
    <a href="list.jsp?pageNo=1">1</a><a href="list.jsp?pageNo=2">2</a><a href="list.jsp?pageNo=2">下一页</a>
    <a href="list.jsp?pageNo=9">尾页</a><a href="detail.jsp?id=2">关于某某问题的反映</a></div>"""
    assert board_pagination(html, SITE + "/hdjl/list.jsp?pageNo=1") == [
        SITE + "/hdjl/list.jsp?pageNo=2", SITE + "/hdjl/list.jsp?pageNo=9"]


# --- hostile markup ------------------------------------------------------------------------------

HOSTILE = [
    "",
    "<",
    "<<<>>>",
    "\x00\x01\ufffd\ue000\ue001",
    "<div>" * 3000 + "<a href='/x'>关于某某问题的反映</a> 来信时间：2024-09-27" + "</div>" * 3000,
    "<table><tr><th>来信时间</th></tr><tr><td><a href='x'>abcdabcd</a></td>",
    "<base href='javascript:alert(1)'><a href='http://[::1'>关于某某问题的反映</a>2024-09-27<a href='x'>我要写信</a>",
    "<a href='" + "x" * 100_000 + "'>关于某某问题的反映</a>",
    "<p>来信时间：" + "2024-09-27 " * 2000 + "</p>",
    "回复内容：" * 2000,
    "<textarea>" * 500,
    "<form><form><input><button disabled>提交</button></form>",
    "<a href='?page=99999999999999999999'>下一页</a>",
]


@pytest.mark.parametrize("html", HOSTILE)
def test_never_raises(html: str) -> None:
    board = parse_board_list(html, SITE + "/b/", today=TODAY)
    assert isinstance(board, BoardListPage)
    assert isinstance(parse_letter_detail(html, SITE + "/b/1.html", today=TODAY), LetterDetail)
    assert isinstance(check_write_form(html, SITE + "/w.html"), WriteForm)
    assert isinstance(discover_channels(html, SITE + "/"), dict)
    assert isinstance(board_pagination(html, SITE + "/b/"), list)
    assert isinstance(parse_board_list(html, "not a url", today=TODAY), BoardListPage)


# --- more markups: cards, bold header rows, div grids, title-only lists, sentences -----------------
# Invented 梅岭县 pages around the 2025 Spring Festival (28 January – 4 February off; Sunday
# 26 January and Saturday 8 February worked), each with a side 工作动态 list of dated news, a
# breadcrumb, and a footer with a phone number and © 2025.

TODAY_2025 = date(2025, 3, 1)
MEILING = "http://www.meiling.gov.cn"


def test_article_cards_with_dates_in_their_footer_line() -> None:
    board = parse_board_list(page("card_list.html"), MEILING + "/hdjl/xzxx/index.html", today=TODAY_2025)
    base = MEILING + "/hdjl/xzxx/show.html?id="
    assert board.letters == (
        # <footer>来信：2025-01-20 | 答复：2025-01-24</footer> inside the <article>: not the page's footer
        LetterRow(base + "5521", "关于和平路夜间施工噪音扰民的投诉", d("2025-01-20"), d("2025-01-24"), "已办结"),
        LetterRow(base + "5518", "咨询2025年城乡居民医保缴费截止时间", d("2025-01-16"), d("2025-01-17"), "已回复"),
        LetterRow(base + "5509", "建议在县一中门口设置临时停车区", d("2025-01-10"), None, "已回复"),  # [已回复] 2025-01-10
        LetterRow(base + "5530", "春节期间县医院门诊安排", d("2025-01-26"), None, "待回复"),
    )
    assert board.write_links == (("我要写信", MEILING + "/hdjl/xzxx/write.html"),)
    # 下页 and › links, numbered links, and 共5页 fills in page 4
    assert board.next_pages == tuple(MEILING + f"/hdjl/xzxx/index.html?page={n}" for n in (2, 3, 5, 4))


def test_item_divs_with_dotted_dates_and_a_js_pager() -> None:
    board = parse_board_list(page("item_list.html"), MEILING + "/hdjl/wsly/list.html", today=TODAY_2025)
    base = MEILING + "/hdjl/wsly/detail/"
    assert board.letters == (
        LetterRow(base + "8801.html", "大塘镇至县城公交班次太少", d("2025-01-20"), d("2025-01-24"), "已回复"),
        LetterRow(base + "8795.html", "城东农贸市场周边道路积水严重", d("2025-01-15"), d("2025-01-22"), "已办结"),
        LetterRow(base + "8790.html", "询问农村危房改造补助申请条件", d("2025-01-13"), None, "办理中"),
    )
    assert board.write_links == (("我要留言", MEILING + "/hdjl/wsly/add.html"),)
    # goPage(N) links; the page's data-url="/hdjl/wsly/list.html?pageNo={page}" says where page N is
    assert board.next_pages == (MEILING + "/hdjl/wsly/list.html?pageNo=2", MEILING + "/hdjl/wsly/list.html?pageNo=3")


def test_table_whose_first_row_is_bold_labels_and_rows_open_by_onclick() -> None:
    board = parse_board_list(page("bold_table_list.html"), MEILING + "/hdjl/xjxd/list.jsp?type=1&pageIndex=1",
                             today=TODAY_2025)
    base = MEILING + "/hdjl/xjxd/view.jsp?id="
    assert board.letters == (
        # 受理日期 is the letter's date when no 来信日期 is given; 办结日期 the reply's
        LetterRow(base + "3101", "反映县城西门菜市场乱收费问题", d("2025-01-20"), d("2025-01-24"), "已办结"),
        LetterRow(base + "3094", "咨询退役军人优待证办理地点", d("2025-01-15"), None, "已受理"),
        LetterRow(base + "3087", "关于龙溪村饮用水浑浊的反映", d("2025-01-10"), None, "已转办"),
        LetterRow(base + "3080", "要求为非本县户籍人员办理居住证", d("2025-01-06"), d("2025-01-07"), "不予受理"),
    )
    assert board.next_pages == (MEILING + "/hdjl/xjxd/list.jsp?pageIndex=2&type=1",  # the query sorted
                                MEILING + "/hdjl/xjxd/list.jsp?pageIndex=4&type=1")


def test_div_grid_with_th_row_and_javascript_links() -> None:
    board = parse_board_list(page("divth_list.html"), MEILING + "/hdjl/sjxx/index.html", today=TODAY_2025)
    base = MEILING + "/hdjl/sjxx/letter.html?id="
    assert board.letters == (
        LetterRow(base + "40231", "关于高铁站接驳公交延长运营时间的建议", d("2025-01-21"), d("2025-01-23"), "已回复"),
        LetterRow(base + "40229", "桃源小区物业乱收停车费", d("2025-01-19"), None, "办理中"),
        # only data-id: the page's openLetter(id) script builds the address
        LetterRow(base + "40214", "申请公开县城区学区划分方案", d("2025-01-14"), d("2025-01-21"), "已回复"),
    )
    assert board.next_pages == (MEILING + "/hdjl/sjxx/index.html?page=2", MEILING + "/hdjl/sjxx/index.html?page=3")


def test_list_of_titles_and_numbers_only_is_the_board_not_the_dated_news() -> None:
    board = parse_board_list(page("titles_list.html"), MEILING + "/hdjl/xjgk/index.html", today=TODAY_2025)
    base = MEILING + "/hdjl/xjgk/202501/"
    assert board.letters == (
        LetterRow(base + "t20250122_4412.html", "关于梅江镇老街改造进度的询问", None, None, ""),
        LetterRow(base + "t20250120_4405.html", "反映工业园区企业夜间排放异味", None, None, ""),
        LetterRow(base + "t20250117_4398.html", "建议增加县图书馆周末开放时间", None, None, ""),
    )
    assert board.next_pages == (MEILING + "/hdjl/xjgk/index_1.html",)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 该信件于2025年1月20日受理，2025年1月24日答复。 — the reply block is class="xj-reply"
        ("sentence_detail.html",
         LetterDetail("反映县城西门菜市场乱收费问题", d("2025-01-20"), d("2025-01-24"), "", True)),
        # 您于2025年1月15日提交的留言 … 我局于1月22日作出答复
        ("you_sentence_detail.html",
         LetterDetail("城东农贸市场周边道路积水严重", d("2025-01-15"), d("2025-01-22"), "", True)),
        # <div class="question">…<span>2025-01-21 08:40</span> / <div class="answer">…<span>2025-01-23 15:10</span>
        ("qa_detail.html",
         LetterDetail("关于高铁站接驳公交延长运营时间的建议", d("2025-01-21"), d("2025-01-23"), "", True)),
        # headings 群众留言 / 部门回复 only, an unlabelled date in each block
        ("qa_plain_detail.html",
         LetterDetail("桃源小区物业乱收停车费", d("2025-01-19"), d("2025-01-27"), "", True)),
        # label cells 受理日期 (with a time) / 办结日期, 办理状态, 办理结果
        ("cells_detail.html",
         LetterDetail("咨询退役军人优待证办理地点", d("2025-01-15"), d("2025-01-16"), "已办结", True)),
        # two <dl>s, dates with dots
        ("dots_dl_detail.html",
         LetterDetail("大塘镇至县城公交班次太少", d("2025-01-20"), d("2025-01-24"), "已回复", True)),
        # 当前状态：待回复 after the date on the same line; 暂无回复
        ("pending_detail.html",
         LetterDetail("春节期间县医院门诊安排", d("2025-01-26"), None, "待回复", False)),
    ],
)
def test_more_letter_pages(name: str, expected: LetterDetail) -> None:
    assert parse_letter_detail(page(name), MEILING + "/hdjl/x/1.html", today=TODAY_2025) == expected


@pytest.mark.parametrize(
    ("html", "submitted", "replied"),
    [
        ("<p>该信件于2025年1月20日受理，2025年1月24日答复。</p>", d("2025-01-20"), d("2025-01-24")),
        ("<p>您于2025年1月20日提交的留言已收悉，我局于1月24日作出答复。</p>", d("2025-01-20"), d("2025-01-24")),
        ("<p>来信于2025-01-20 09:30收到，2025-01-24办结。</p>", d("2025-01-20"), d("2025-01-24")),
        ("<p>2025年1月24日回复了您2025年1月20日的来信。</p>", d("2025-01-20"), d("2025-01-24")),
        ("<p>您的留言（2025.01.20）已于2025.01.24办理完毕。</p>", d("2025-01-20"), d("2025-01-24")),
        # 来信时间 beats 受理时间 for the letter's date, whatever the order
        ("<p>受理时间：2025-01-21</p><p>来信时间：2025-01-20</p><p>回复时间：2025-01-24</p>",
         d("2025-01-20"), d("2025-01-24")),
    ],
)
def test_letter_dates_in_sentences(html: str, submitted: date, replied: date) -> None:
    got = parse_letter_detail(f"<html><body><h1>关于路灯不亮的反映</h1>{html}</body></html>", MEILING + "/x/1.html",
                              today=TODAY_2025)
    assert (got.submitted, got.replied) == (submitted, replied)


@pytest.mark.parametrize(
    ("row_html", "expected"),
    [
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><p>来信：2025-01-20 | 答复：2025-01-24</p></li>',
         (d("2025-01-20"), d("2025-01-24"), "")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><p>留言时间 2025.01.20  回复时间 2025.01.24</p></li>',
         (d("2025-01-20"), d("2025-01-24"), "")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><span>[已回复] 2025-01-20</span></li>',
         (d("2025-01-20"), None, "已回复")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><span>受理：2025年1月20日</span><span>办结：2025年1月24日</span>'
         '<span>已办结</span></li>', (d("2025-01-20"), d("2025-01-24"), "已办结")),
        ('<li><a href="/l/1.html">关于路灯不亮的反映</a><span>2025-01-20</span><span>不予受理</span></li>',
         (d("2025-01-20"), None, "不予受理")),
    ],
)
def test_row_variants_2025(row_html: str, expected: tuple[date | None, date | None, str]) -> None:
    html = (f"<html><body><div class='list'><ul>{row_html}{row_html.replace('/l/1.html', '/l/2.html')}</ul></div>"
            "</body></html>")
    board = parse_board_list(html, MEILING + "/l/", today=TODAY_2025)
    assert [(r.submitted, r.replied, r.state_text) for r in board.letters] == [expected, expected]


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        ('<div class="page"><a href="javascript:goPage(2)">下一页</a><span>共3页</span></div>',
         MEILING + "/hd/list.jsp?pageIndex=1", ["/hd/list.jsp?pageIndex=2", "/hd/list.jsp?pageIndex=3"]),
        ('<div class="page"><a href="?page=2">下一页</a> 共 4 页</div>',
         MEILING + "/hd/list.jsp", ["/hd/list.jsp?page=2", "/hd/list.jsp?page=3", "/hd/list.jsp?page=4"]),
        ('<div class="page"><a href="list.jsp?cid=7&amp;pageNo=2">›</a></div>',
         MEILING + "/hd/list.jsp?cid=7&pageNo=1", ["/hd/list.jsp?cid=7&pageNo=2"]),
        ('<div class="pager" data-url="/hd/list_{page}.html"><a onclick="goPage(2)">2</a><a onclick="goPage(3)">下页</a></div>',
         MEILING + "/hd/list.html", ["/hd/list_2.html", "/hd/list_3.html"]),
    ],
)
def test_board_pagination_more_forms(html: str, url: str, expected: list[str]) -> None:
    assert board_pagination(html, url) == [MEILING + u for u in expected]


def test_working_days_around_spring_festival_2025() -> None:
    """Tue 21 Jan -> Thu 23 Jan: 2; Sun 19 Jan -> Mon 27 Jan: 20-24, 26 (Sun, worked), 27 = 7."""
    cal = WorkCalendar()
    qa = parse_letter_detail(page("qa_detail.html"), MEILING + "/x/1.html", today=TODAY_2025)
    plain = parse_letter_detail(page("qa_plain_detail.html"), MEILING + "/x/2.html", today=TODAY_2025)
    assert qa.submitted and qa.replied and plain.submitted and plain.replied
    assert cal.workdays_between(qa.submitted, qa.replied) == 2
    assert cal.workdays_between(plain.submitted, plain.replied) == 7


def test_rows_whose_link_says_only_view_or_wraps_the_whole_row() -> None:
    view = """<table class="xjlist"><tr><th>标题</th><th>来信日期</th><th>回复日期</th><th>操作</th></tr>
    <tr><td>关于梅江大桥人行道破损的反映</td><td>2025-01-20</td><td>2025-01-24</td><td><a href="v.jsp?id=7">查看</a></td></tr>
    <tr><td>咨询新生儿医保参保办理流程</td><td>2025-01-21</td><td></td><td><a href="v.jsp?id=8">查看</a></td></tr>
    </table>"""
    board = parse_board_list(view, MEILING + "/hd/list.jsp", today=TODAY_2025)
    assert board.letters == (
        LetterRow(MEILING + "/hd/v.jsp?id=7", "关于梅江大桥人行道破损的反映", d("2025-01-20"), d("2025-01-24"), ""),
        LetterRow(MEILING + "/hd/v.jsp?id=8", "咨询新生儿医保参保办理流程", d("2025-01-21"), None, ""),
    )
    wrapped = """<ul class="list">
    <li><a href="/hd/1.html"><span class="t">关于梅江大桥人行道破损的反映</span><span class="d">2025-01-20</span><em>已回复</em></a></li>
    <li><a href="/hd/2.html"><span class="t">咨询新生儿医保参保办理流程</span><span class="d">2025-01-21</span><em>办理中</em></a></li>
    </ul>"""
    board = parse_board_list(wrapped, MEILING + "/hd/", today=TODAY_2025)
    assert board.letters == (
        LetterRow(MEILING + "/hd/1.html", "关于梅江大桥人行道破损的反映", d("2025-01-20"), None, "已回复"),
        LetterRow(MEILING + "/hd/2.html", "咨询新生儿医保参保办理流程", d("2025-01-21"), None, "办理中"),
    )


def test_rows_as_ul_of_li_cells_under_a_ul_header() -> None:
    html = """<div class="lylist"><ul class="list-head"><li>留言标题</li><li>留言时间</li><li>回复时间</li><li>状态</li></ul>
    <ul class="list-row"><li><a href="/ly/d?id=31">关于梅江大桥人行道破损的反映</a></li><li>2025-01-20</li><li>2025-01-24</li><li>已回复</li></ul>
    <ul class="list-row"><li><a href="/ly/d?id=32">咨询新生儿医保参保办理流程</a></li><li>2025-01-21</li><li></li><li>待回复</li></ul>
    </div>"""
    board = parse_board_list(html, MEILING + "/ly/", today=TODAY_2025)
    assert board.letters == (
        LetterRow(MEILING + "/ly/d?id=31", "关于梅江大桥人行道破损的反映", d("2025-01-20"), d("2025-01-24"), "已回复"),
        LetterRow(MEILING + "/ly/d?id=32", "咨询新生儿医保参保办理流程", d("2025-01-21"), None, "待回复"),
    )

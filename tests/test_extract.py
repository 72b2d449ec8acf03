"""The pure extractors on saved pages in the markup real county portals produce."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from robot.config import Selectors
from robot.gather.extract import (
    NavColumn,
    article_date,
    content_selector,
    discover_columns,
    extract_entries,
    infer_category,
    is_channel_name,
    pagination_links,
)
from robot.snapshots import ListEntry

CMS = Path(__file__).parent / "fixtures" / "cms"
TODAY = date(2024, 9, 20)
SITE = "http://www.xinfeng.gov.cn"


def page(name: str) -> str:
    return (CMS / name).read_text(encoding="utf-8")


def dates(entries: list[ListEntry]) -> list[date | None]:
    return [e.date for e in entries]


def assert_selector_finds_entries(html: str, entries: list[ListEntry], selector: str | None) -> None:
    """The selector names one element that exists and holds every entry's link."""
    assert selector and selector.startswith("html > body")
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None, selector
    hrefs = {a.attributes.get("href") for a in node.css("a[href]")}
    titles = {(a.attributes.get("title") or "").strip() for a in node.css("a")} | {
        a.text(strip=True) for a in node.css("a")}
    for e in entries:
        assert e.title in titles or any(h and e.url.endswith(h.lstrip("./")) for h in hrefs), e


# --- list pages of the CMS families ----------------------------------------------------------


def test_trs_list() -> None:
    html = page("trs_list.html")
    base = f"{SITE}/xwzx/gzdt/index.html"
    entries = extract_entries(html, base, today=TODAY)
    assert len(entries) == 6
    assert dates(entries) == [date(2024, 9, 19), date(2024, 9, 18), date(2024, 9, 13), date(2024, 9, 12),
                              date(2024, 9, 5), date(2024, 8, 30)]
    # the title attribute beats the truncated text
    assert entries[0].title == "县委常委会召开会议传达学习贯彻省委十五届六次全会精神"
    assert entries[0].url == f"{SITE}/xwzx/gzdt/202409/t20240919_6523101.html"
    assert entries[0].date_text == "2024-09-19"
    # nothing from the header's "今天是2024年9月20日", the left menu or the footer
    assert all("/202" in e.url for e in entries)
    assert_selector_finds_entries(html, entries, content_selector(html, entries))
    assert content_selector(html, entries) == "html > body > div:nth-of-type(4) > div:nth-of-type(3) > ul:nth-of-type(1)"


def test_trs_pager_script() -> None:
    pages = pagination_links(page("trs_list.html"), f"{SITE}/xwzx/gzdt/index.html")
    assert pages == [f"{SITE}/xwzx/gzdt/index_{n}.html" for n in range(1, 10)]


def test_hanweb_table_list() -> None:
    html = page("hanweb_list.html")
    base = f"{SITE}/col/col400001/index.html"
    entries = extract_entries(html, base, today=TODAY)
    assert dates(entries) == [date(2024, 9, 14), date(2024, 9, 3), date(2024, 8, 22), date(2024, 7, 1),
                              date(2024, 3, 15)]
    assert entries[1].title == "信丰县2024年公开招聘城市社区工作者拟聘用人员名单公示"
    assert entries[0].url == f"{SITE}/art/2024/9/14/art_400001_5123001.html"
    assert_selector_finds_entries(html, entries, content_selector(html, entries))
    assert pagination_links(html, base) == [
        f"{SITE}/col/col400001/index.html?pageNum=2&uid=1672541",
        f"{SITE}/col/col400001/index.html?pageNum=3&uid=1672541",
    ]


def test_home_grown_year_less_with_year_headings() -> None:
    html = page("homegrown_yearless.html")
    entries = extract_entries(html, "http://dtb.xinfeng.gov.cn/news/old.php", today=TODAY)
    # the heading above each list gives the year: [09-12] under 2023年 is 2023-09-12, not 2024
    assert dates(entries) == [date(2024, 9, 18), date(2024, 8, 1), date(2023, 12, 28), date(2023, 11, 3),
                              date(2023, 9, 12)]
    assert [e.date_text for e in entries][:2] == ["09-18", "08-01"]
    assert entries[0].url == "http://dtb.xinfeng.gov.cn/news/show.php?itemid=2231"


def test_table_with_chinese_dates_reads_the_publication_column() -> None:
    html = page("table_cjk.html")
    entries = extract_entries(html, f"{SITE}/xxgk/slj/zcwj/", today=TODAY)
    # 发布日期, not 成文日期; 索引号 736350583/2024-00123 and 文号 〔2024〕12号 are no dates
    assert dates(entries) == [date(2024, 9, 12), date(2024, 6, 3), date(2023, 12, 29)]
    assert entries[0].date_text == "2024年09月12日"
    assert entries[0].title == "信丰县水利局关于印发《2024年度防汛抗旱应急预案》的通知"
    assert_selector_finds_entries(html, entries, content_selector(html, entries))


def test_year_less_list_across_new_year_without_any_year_on_the_page() -> None:
    html = page("yearless_newyear.html")
    base = f"{SITE}/xwzx/xzdt/"
    entries = extract_entries(html, base, today=date(2025, 1, 5))
    assert dates(entries) == [date(2025, 1, 3), date(2024, 12, 28), date(2024, 12, 15), date(2024, 9, 22)]
    assert pagination_links(html, base) == [f"{SITE}/xwzx/xzdt/list_{n}.html" for n in (2, 3, 8)]


def test_dl_rows_and_side_list_of_another_column() -> None:
    html = page("dl_datefirst.html")
    base = f"{SITE}/bmdt/"
    entries = extract_entries(html, base, today=TODAY)
    # the column's own three items; the side list 最新更新 (other columns, newer) must not make it look fresh
    assert dates(entries) == [date(2024, 9, 12), date(2024, 9, 10), date(2024, 9, 2)]
    assert entries[0].title == "县农业农村局开展秋季农作物病虫害防控技术培训"
    assert pagination_links(html, base) == [f"{SITE}/bmdt/index_2.html"]  # not javascript:goPage(3)
    assert_selector_finds_entries(html, entries, content_selector(html, entries))


def test_homepage_blocks_all_count() -> None:
    entries = extract_entries(page("homepage.html"), f"{SITE}/", today=TODAY)
    assert len(entries) == 5
    # [09-19] on the homepage gets its year from the item's URL (/202409/)
    assert sorted(dates(entries), reverse=True)[0] == date(2024, 9, 19)
    assert all(e.url.startswith(f"{SITE}/x") for e in entries)  # no 更多>>, nav or footer links


def test_article_page_has_no_list() -> None:
    html = page("article.html")
    assert extract_entries(html, f"{SITE}/xwzx/gzdt/202409/t20240913_6519532.html", today=TODAY) == []
    assert article_date(html, today=TODAY) == date(2024, 9, 13)


def test_empty_list_page() -> None:
    html = page("empty_list.html")
    assert extract_entries(html, f"{SITE}/xxgk/ghjh/", today=TODAY) == []  # not the side menu
    selector = content_selector(html, [])
    assert selector is not None
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None and "暂无信息" in node.text()
    assert "规划计划" not in node.text() or node.css_first(".side-left") is None
    assert pagination_links(html, f"{SITE}/xxgk/ghjh/") == []


def test_short_page_whose_wrapper_also_holds_the_footer() -> None:
    # a home-grown CMS: one div.wrap holds menu, list and footer, in under 400 characters with
    # 网站标识码/ICP备 and only year-less [04-12] dates; the wrapper is no copyright footer
    html = page("homegrown_short_list.html")
    base = "http://127.0.0.1:8000/tzgg/list.shtml"
    entries = extract_entries(html, base, today=TODAY)
    assert dates(entries) == [date(2024, 4, 12), date(2024, 4, 8), date(2024, 3, 25), date(2024, 3, 11),
                              date(2024, 2, 20)]
    assert entries[0].title == "关于做好2024年城乡居民医疗保险参保缴费工作的通知"
    assert entries[0].url == "http://127.0.0.1:8000/tzgg/2024/0412/1019.shtml"
    assert entries[0].date_text == "04-12"
    selector = content_selector(html, entries)
    assert_selector_finds_entries(html, entries, selector)
    assert selector is not None and selector.endswith("table:nth-of-type(1)")


def test_year_less_dates_without_a_year_in_the_url_take_the_latest_past_year() -> None:
    html = re.sub(r"/tzgg/2024/\d{4}/", "/tzgg/", page("homegrown_short_list.html"))
    entries = extract_entries(html, "http://127.0.0.1:8000/tzgg/list.shtml", today=date(2025, 3, 1))
    assert entries[0].url == "http://127.0.0.1:8000/tzgg/1019.shtml"
    assert dates(entries) == [date(2024, 4, 12), date(2024, 4, 8), date(2024, 3, 25), date(2024, 3, 11),
                              date(2025, 2, 20)]


def shown_text(html: str, selector: str | None) -> str:
    """The text the browser would show in the selected element (scripts are not shown)."""
    assert selector and selector.startswith("html > body >"), selector
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style"):
        node.decompose()
    node = tree.css_first(selector)
    assert node is not None, selector
    return " ".join(node.text(separator=" ").split())


@pytest.mark.parametrize(
    ("name", "url", "heading", "note"),
    [("homegrown_empty_list.html", "http://127.0.0.1:8000/bszn/list.shtml", "办事指南", "暂无数据"),
     ("demo_empty_column.html", "http://www.yanshi.gov.cn/col/jyta/", "建议提案", "暂无信息"),
     ("empty_list.html", f"{SITE}/xxgk/ghjh/", "规划计划", "暂无信息")],
)
def test_empty_column_selects_its_heading_and_note_only(name: str, url: str, heading: str, note: str) -> None:
    # the browser judges a blank column from this element: no navigation, breadcrumb or footer
    html = page(name)
    assert extract_entries(html, url, today=TODAY) == []
    text = shown_text(html, content_selector(html, []))
    assert heading in text and note in text and len(text) < 40, text


def test_empty_list_filled_by_script_selects_the_list_block() -> None:
    html = wrap('<div id="menu"><a href="/">首页</a><a href="/a/">栏目一</a><a href="/b/">栏目二</a></div>'
                '<div class="here">当前位置：<a href="/">首页</a> &gt; 专题专栏</div>'
                '<div class="box"><h2>专题专栏</h2><table class="lb" id="ztlist"><tbody></tbody></table>'
                '<script>fetch("/api/ztzl.json")</script></div>'
                '<div class="foot">网站标识码：3607990012 赣ICP备05012399号</div>')
    assert shown_text(html, content_selector(html, [])) == "专题专栏"


def test_single_page_column_selects_its_text_block() -> None:
    html = page("single_page.html")
    assert extract_entries(html, f"{SITE}/zjxf/xqgk/", today=TODAY) == []
    text = shown_text(html, content_selector(html, []))
    assert text.startswith("县情概况 信丰县位于江西省南部") and "脐橙之乡" in text
    assert "历史沿革" not in text and "您现在的位置" not in text and "版权所有" not in text


def test_single_page_column_under_a_list_named_heading_selects_its_text() -> None:
    # the column's name sits in a list-named heading wrapper (listTitle) above the text: that
    # heading is no list container, the text below it is what a reader sees
    html = wrap('<div class="topmenu"><a href="/">首页</a><a href="/gk/">概况</a><a href="/xw/">新闻</a></div>'
                '<div class="contain"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; 概况</div>'
                '<div class="listTitle"><span>镇情概况</span></div>'
                '<div class="zhengwen"><p>　　青溪镇位于县境东北部，距县城十八公里，总面积一百二十六平方公里，辖九个行政村和一个社区。</p>'
                '<p>　　全镇以茶叶、油茶和乡村旅游为主导产业，二〇二三年农村居民人均可支配收入较上年增长百分之七。</p></div></div>'
                '<div class="copyright">版权所有 青溪镇人民政府 网站标识码：4310270003</div>')
    text = shown_text(html, content_selector(html, []))
    assert text.startswith("青溪镇位于县境东北部") and "乡村旅游" in text


def test_empty_rows_under_an_unnamed_link_bar_do_not_select_the_bar() -> None:
    # a bar of column links whose class says nothing (hdl) is chrome like a <nav>: an empty list of
    # &nbsp; rows below it must not be judged from the bar's many links
    bar = " | ".join(f'<a href="/{u}/">{n}</a>' for u, n in [
        ("", "首页"), ("ywdt", "要闻动态"), ("tzgg", "通知公告"), ("zcfg", "政策法规"), ("bszn", "办事指南"),
        ("zxft", "在线访谈"), ("ztzl", "专题专栏"), ("gzcy", "公众参与")])
    rows = "".join('<li><a href="javascript:void(0)">&nbsp;</a><i>&nbsp;</i></li>' for _ in range(6))
    html = wrap(f'<div class="hdl">{bar}</div><div class="zhuti"><div class="crumbs">您现在的位置：首页 &gt; 办事指南</div>'
                f'<h2 class="lmname">办事指南</h2><ul class="rows">{rows}</ul></div>'
                '<div class="bq">主办单位：某县司法局　网站标识码：4310270021</div>')
    assert extract_entries(html, "http://sfj.x.gov.cn/bszn/", today=TODAY) == []
    text = shown_text(html, content_selector(html, []))
    assert text == "办事指南", text


def test_no_content_region_is_none_not_body() -> None:
    html = wrap('<div class="nav"><a href="/">首页</a><a href="/a/">栏目一</a></div>'
                '<div class="footer">版权所有 赣ICP备05012399号</div>')
    assert content_selector(html, []) is None


# --- markup variants -------------------------------------------------------------------------


def wrap(body: str) -> str:
    return f"<html><head></head><body>{body}</body></html>"


def test_full_width_dates() -> None:
    # dates typed with a Chinese input method: full-width digits and dashes, in a table and a list
    table = wrap('<table class="wjlb"><tr><td><a href="/wj/31.htm">关于做好冬春农田水利建设的通知</a></td>'
                 '<td>２０２３－１１－０８</td></tr><tr><td><a href="/wj/30.htm">关于印发秋粮收购工作方案的通知</a></td>'
                 '<td>２０２３／１０／２７</td></tr></table>')
    entries = extract_entries(table, "http://x.gov.cn/wj/", today=date(2023, 11, 30))
    assert dates(entries) == [date(2023, 11, 8), date(2023, 10, 27)]
    assert entries[0].title == "关于做好冬春农田水利建设的通知" and entries[0].date_text == "２０２３－１１－０８"
    items = wrap('<ul><li><a href="/xw/2023/7.htm">镇村干部开展防汛巡查</a><em>［０９－１８］</em></li>'
                 '<li><a href="/xw/2023/6.htm">青溪镇召开秋季征兵动员会</a><em>２０２３年９月５日</em></li></ul>')
    assert dates(extract_entries(items, "http://x.gov.cn/xw/", today=date(2023, 11, 30))) == [
        date(2023, 9, 18), date(2023, 9, 5)]


def test_picture_cards_with_the_day_in_its_own_box() -> None:
    # a picture wall whose cards show the day large and the year-month small beneath or beside it
    cards = wrap('<div class="zxpic"><ul>'
                 '<li><a href="/szyw/tp/p3.shtml"><img src="/up/p3.png" alt=""><h5>青溪镇秋收现场</h5></a>'
                 '<div class="sj"><span class="ri">08</span><span class="ny">2024/09</span></div></li>'
                 '<li><a href="/szyw/tp/p2.shtml"><img src="/up/p2.png" alt=""><h5>县图书馆新馆开放</h5></a>'
                 '<div class="sj"><span class="ri">27</span><span class="ny">2024/08</span></div></li>'
                 '</ul></div>')
    entries = extract_entries(cards, "http://x.gov.cn/szyw/tp/", today=TODAY)
    assert [(e.title, e.date) for e in entries] == [
        ("青溪镇秋收现场", date(2024, 9, 8)), ("县图书馆新馆开放", date(2024, 8, 27))]
    # date-first rows: the year-month above the day, a summary after the title
    rows = wrap('<section class="xwlb">'
                '<article><time><i>2024年09月</i><strong>3</strong></time><h4><a href="/bmxw/531.htm">'
                '县农业农村局部署秋冬种工作</a></h4><p>会议要求各乡镇抓住有利时机，做好秋冬种准备。</p></article>'
                '<article><time><i>2024年08月</i><strong>19</strong></time><h4><a href="/bmxw/527.htm">'
                '县水利局开展汛后水库安全检查</a></h4><p>检查组对全县十二座小型水库逐一进行了察看。</p></article>'
                '</section>')
    assert dates(extract_entries(rows, "http://x.gov.cn/bmxw/", today=TODAY)) == [date(2024, 9, 3), date(2024, 8, 19)]


def test_br_separated_rows_in_one_cell() -> None:
    html = wrap('<table><tr><td class="lb"><a href="/a/1.html">关于开展秋季征兵工作的通告</a> 2024-09-12<br>'
                '<a href="/a/2.html">关于中秋节放假安排的通知</a> 2024-09-10<br></td></tr></table>')
    entries = extract_entries(html, "http://x.gov.cn/list/", today=TODAY)
    assert [(e.title, e.date) for e in entries] == [
        ("关于开展秋季征兵工作的通告", date(2024, 9, 12)), ("关于中秋节放假安排的通知", date(2024, 9, 10))]


def test_date_inside_the_link_is_not_part_of_the_title() -> None:
    html = wrap('<div class="list"><a href="/a/1.html"><span>关于开展秋季征兵工作的通告</span><span>2024-09-12</span></a>'
                '<a href="/a/2.html">关于中秋节放假安排的通知(2024-09-10)</a></div>')
    entries = extract_entries(html, "http://x.gov.cn/list/", today=TODAY)
    assert [(e.title, e.date) for e in entries] == [
        ("关于开展秋季征兵工作的通告", date(2024, 9, 12)), ("关于中秋节放假安排的通知", date(2024, 9, 10))]


def test_row_with_a_department_link_and_a_category_prefix() -> None:
    html = wrap('<table><tr><td><a href="/c/tzgg/">[通知公告]</a><a href="/a/1.html">关于开展秋季征兵工作的通告</a></td>'
                '<td><a href="/dept/1/">县人民武装部</a></td><td>2024-09-12</td></tr>'
                '<tr><td><a href="/c/tzgg/">[通知公告]</a><a href="/a/2.html">关于中秋节放假安排的通知</a></td>'
                '<td><a href="/dept/2/">县政府办公室</a></td><td>2024-09-10</td></tr></table>')
    entries = extract_entries(html, "http://x.gov.cn/list/", today=TODAY)
    assert [(e.url, e.date) for e in entries] == [
        ("http://x.gov.cn/a/1.html", date(2024, 9, 12)), ("http://x.gov.cn/a/2.html", date(2024, 9, 10))]


def test_undated_rows_of_a_dated_list_are_kept() -> None:
    html = wrap('<ul class="list"><li><a href="/a/1.html">县政府召开防汛工作会议</a><span>2024-09-10</span></li>'
                '<li><a href="/a/2.html">县长调研秋粮收购工作情况</a></li>'
                '<li><a href="/a/3.html">信丰脐橙产业发展推进会召开</a><span>2024-09-01</span></li></ul>')
    assert dates(extract_entries(html, "http://x.gov.cn/list/", today=TODAY)) == [
        date(2024, 9, 10), None, date(2024, 9, 1)]


def test_all_undated_list_returns_rows_without_dates() -> None:
    html = wrap('<div class="nav"><a href="/">首页</a><a href="/x/">新闻中心</a><a href="/y/">政务公开</a></div>'
                '<ul class="list"><li><a href="/a/1.html">县政府召开防汛工作会议</a></li>'
                '<li><a href="/a/2.html">县长调研秋粮收购工作情况</a></li>'
                '<li><a href="/a/3.html">信丰脐橙产业发展推进会召开</a></li></ul>')
    entries = extract_entries(html, "http://x.gov.cn/list/", today=TODAY)
    assert [e.url for e in entries] == [f"http://x.gov.cn/a/{n}.html" for n in (1, 2, 3)]
    assert dates(entries) == [None, None, None]


def test_lone_undated_link_is_no_list() -> None:
    html = wrap('<div class="content"><p>详见<a href="/a/1.html">县政府召开防汛工作会议</a>。</p></div>')
    assert extract_entries(html, "http://x.gov.cn/list/", today=TODAY) == []


def test_content_named_like_bars_is_still_content() -> None:
    # page-content is no pager, news-top no top bar, and a title may say 版权所有
    html = wrap('<div class="page-content"><ul class="news-top">'
                '<li><a href="/a/1.html">关于开展软件版权所有情况自查的通知</a><span>2024-09-12</span></li>'
                '<li><a href="/a/2.html">关于中秋节放假安排的通知</a><span>2024-09-10</span></li></ul></div>'
                '<div class="page"><a href="/list/index_1.html">下一页</a></div>')
    assert dates(extract_entries(html, "http://x.gov.cn/list/", today=TODAY)) == [date(2024, 9, 12), date(2024, 9, 10)]


def test_selectors_override_the_heuristics() -> None:
    html = wrap('<div class="box"><p class="row"><b>2024-09-12</b><a href="/a/1.html">一</a><i>2023-01-01</i></p>'
                '<p class="row"><b>2024-09-11</b><a href="/a/2.html">二</a></p></div>')
    # short titles (一, 二) are below the heuristics' threshold; the configured rows still count
    assert extract_entries(html, "http://x.gov.cn/", today=TODAY) == []
    chosen = extract_entries(html, "http://x.gov.cn/", today=TODAY, selectors=Selectors(list_item="p.row", date="i"))
    assert [(e.title, e.date) for e in chosen] == [("一", date(2023, 1, 1)), ("二", date(2024, 9, 11))]


def test_base_href_resolves_links() -> None:
    html = ('<html><head><base href="http://www.x.gov.cn/col/gzdt/"></head><body><ul>'
            '<li><a href="./202409/t1.html">县政府召开防汛工作会议</a><span>2024-09-10</span></li>'
            '<li><a href="./202409/t2.html">县长调研秋粮收购工作情况</a><span>2024-09-09</span></li></ul></body></html>')
    entries = extract_entries(html, "http://www.x.gov.cn/some/other/page.html", today=TODAY)
    assert entries[0].url == "http://www.x.gov.cn/col/gzdt/202409/t1.html"


# --- article dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<meta name="PubDate" content="2024-09-12 10:00"><body><h1>标题</h1></body>', date(2024, 9, 12)),
        ('<meta name="firstpublishedtime" content="2024-09-11-08:30:00"><body>x</body>', date(2024, 9, 11)),
        ("<body><div>日期：2024年9月10日　来源：县政府办</div></body>", date(2024, 9, 10)),
        ("<body><div>发布日期：2024/09/09 成文日期：2024/09/01</div></body>", date(2024, 9, 9)),
        ("<body><div>来源：县政府办 电话：0797-7177965</div></body>", None),
    ],
)
def test_article_date(html: str, expected: date | None) -> None:
    assert article_date(html, today=TODAY) == expected


# --- navigation ------------------------------------------------------------------------------


def test_discover_columns_from_the_homepage_nav() -> None:
    columns = discover_columns(page("homepage.html"), f"{SITE}/", ["www.xinfeng.gov.cn"])
    assert columns == [
        NavColumn("新闻中心", f"{SITE}/xwzx/", 1),
        NavColumn("工作动态", f"{SITE}/xwzx/gzdt/", 2),
        NavColumn("乡镇动态", f"{SITE}/xwzx/xzdt/", 2),
        NavColumn("图片新闻", f"{SITE}/xwzx/tpxw/", 2),
        NavColumn("政务公开", f"{SITE}/xxgk/", 1),
        NavColumn("通知公告", f"{SITE}/xxgk/tzgg/", 2),
        NavColumn("政策文件", f"{SITE}/xxgk/zcwj/", 2),
        NavColumn("人事信息", f"{SITE}/xxgk/rsxx/", 2),
        NavColumn("互动交流", f"{SITE}/hdjl/", 1),
        NavColumn("在线访谈", f"{SITE}/hdjl/zxft/", 2),  # a column of interviews, not a channel
        NavColumn("走进信丰", f"{SITE}/zjxf/", 1),
    ]
    # not there: 首页, 领导信箱, 网上留言, 依申请公开, 信息公开指南, 年度报告, 网上办事 (another host),
    # 更多 (javascript:), mailto:, English and 登录 in the top bar, 网站地图 in the footer


def test_discover_columns_ignore_scope_and_selector() -> None:
    html = page("homepage.html")
    names = [c.name for c in discover_columns(html, f"{SITE}/", ["www.xinfeng.gov.cn"], ignore=["走进信丰"])]
    assert "走进信丰" not in names and "新闻中心" in names
    assert discover_columns(html, f"{SITE}/", ["other.gov.cn"]) == []
    chosen = discover_columns(html, f"{SITE}/", ["www.xinfeng.gov.cn"], selectors=Selectors(nav=".index-news .more"))
    assert chosen == [NavColumn("更多>>", f"{SITE}/xwzx/gzdt/", 1)]


def test_discover_columns_in_a_table_nav() -> None:
    columns = discover_columns(page("hanweb_list.html"), f"{SITE}/col/col400001/index.html", ["www.xinfeng.gov.cn"])
    assert [c.name for c in columns] == ["通知公告", "政策文件", "人事信息", "规划计划"]
    assert {c.level for c in columns} == {1}


def test_discover_columns_from_the_header_list_without_nav_markers() -> None:
    html = wrap('<div id="top"><img src="/logo.png" alt="某县"><ul><li><a href="/">网站首页</a></li>'
                '<li><a href="/gzdt/">工作动态</a></li><li><a href="/tzgg/">通知公告</a></li>'
                '<li><a href="/ldxx/">县长信箱</a></li></ul></div>'
                '<div class="main"><ul><li><a href="/gzdt/1.html">县政府召开防汛工作会议</a> 2024-09-12</li></ul></div>')
    assert discover_columns(html, "http://x.gov.cn/", ["x.gov.cn"]) == [
        NavColumn("工作动态", "http://x.gov.cn/gzdt/", 1), NavColumn("通知公告", "http://x.gov.cn/tzgg/", 1)]


def test_discover_columns_from_an_unnamed_bar_of_short_links() -> None:
    # a table-layout portal: the column bar is a <td> whose class says nothing about navigation
    # (zlm, 主栏目), links separated by ·; the 首页 link and short names make it a bar, the
    # 热点 list of long titles below is not one
    bar = " · ".join(f'<a href="{u}">{n}</a>' for u, n in [
        ("/default.htm", "首页"), ("/zwyw/list.htm", "政务要闻"), ("/bmxx/list.htm", "部门信息"),
        ("/tzgg/list.htm", "通知公告"), ("/zfwj/list.htm", "政府文件"), ("/rsrm/list.htm", "人事任免"),
        ("/whly/list.htm", "文化旅游与体育事业"), ("/hdjl/xx.htm", "书记信箱")])
    html = wrap(f'<table width="1000"><tr><td><img src="/img/top.jpg" alt="某镇"></td></tr>'
                f'<tr><td class="zlm" height="36">{bar}</td></tr></table>'
                '<table><tr><td class="rd"><a href="/">首页</a> <a href="/zwyw/201.htm">全镇召开秋冬季森林防火工作部署会</a>'
                ' <a href="/zwyw/202.htm">镇党委理论学习中心组开展专题学习</a> <a href="/bmxx/88.htm">镇农业服务中心开展秋播技术培训</a>'
                ' <a href="/tzgg/9.htm">关于开展第五次全国经济普查的公告</a></td></tr></table>')
    found = discover_columns(html, "http://www.zhen.gov.cn/default.htm", ["www.zhen.gov.cn"])
    assert [c.name for c in found] == ["政务要闻", "部门信息", "通知公告", "政府文件", "人事任免", "文化旅游与体育事业"]
    assert {c.level for c in found} == {1}


def test_year_tabs_are_no_year_headings() -> None:
    html = wrap('<div class="tabs"><a href="?y=2024">2024</a><a href="?y=2023">2023</a><a href="?y=2019">2019</a></div>'
                '<ul class="list"><li><a href="/a/1.html">县政府召开防汛工作会议</a>[09-12]</li>'
                '<li><a href="/a/2.html">县长调研秋粮收购工作情况</a>[08-30]</li></ul>')
    assert dates(extract_entries(html, "http://x.gov.cn/list/", today=TODAY)) == [date(2024, 9, 12), date(2024, 8, 30)]


@pytest.mark.parametrize(
    "name",
    ["领导信箱", "书记信箱", "县长信箱", "网上留言", "我要留言", "咨询", "投诉举报", "问政信丰", "依申请公开",
     "信息公开指南", "政府信息公开年度报告", "搜索", "登录", "注册", "无障碍", "长者模式", "English",
     "网站地图", "网上办事", "办事服务", "我要写信"],
)
def test_channel_names(name: str) -> None:
    assert is_channel_name(name)


@pytest.mark.parametrize("name", ["工作动态", "通知公告", "政策文件", "人事信息", "办事指南", "政务公开", "规划计划"])
def test_column_names_are_not_channels(name: str) -> None:
    assert not is_channel_name(name)


def test_an_interview_column_is_a_column_not_a_channel() -> None:
    # 在线访谈 lists the past interviews (a column judged blank or stale like any other), unlike a
    # mailbox or a search box: the menu's entry is discovered as a column
    html = wrap('<div class="topnav"><ul><li><a href="/">首页</a></li><li><a href="/dt/">动态</a></li>'
                '<li><a href="/hd/">互动</a><ul class="sub"><li><a href="/hd/szxx/">市长信箱</a></li>'
                '<li><a href="/hd/fangtan/">在线访谈</a></li><li><a href="/hd/zjdc/">征集调查</a></li></ul></li>'
                '<li><a href="/gk/">公开</a></li><li><a href="/fw/">服务</a></li></ul></div>')
    names = [c.name for c in discover_columns(html, "http://www.hx.gov.cn/", ["www.hx.gov.cn"])]
    assert "在线访谈" in names and "征集调查" in names and "市长信箱" not in names


# --- pagination ------------------------------------------------------------------------------


def test_trs_pager_with_literal_arguments_on_a_later_page() -> None:
    html = wrap('<div class="page"><script>createPageHTML(5, 3, "index", "shtml");</script></div>')
    assert pagination_links(html, "http://x.gov.cn/col/tzgg/index_3.shtml") == [
        "http://x.gov.cn/col/tzgg/index.shtml", "http://x.gov.cn/col/tzgg/index_1.shtml",
        "http://x.gov.cn/col/tzgg/index_2.shtml", "http://x.gov.cn/col/tzgg/index_4.shtml"]


def test_newer_trs_pager_with_a_div_id() -> None:
    html = wrap("<script>createPageHTML('page_div', 3, 0, 'index', 'html', 58);</script>")
    assert pagination_links(html, "http://x.gov.cn/c/") == ["http://x.gov.cn/c/index_1.html", "http://x.gov.cn/c/index_2.html"]


def test_no_pager_no_pages() -> None:
    html = wrap('<ul><li><a href="/a/1.html">县政府召开防汛工作会议</a> 2024-09-12</li></ul>'
                '<div class="calendar"><a href="/day/12/">12</a></div>')
    assert pagination_links(html, "http://x.gov.cn/c/") == []


# --- content area and categories -------------------------------------------------------------


def test_content_selector_override_and_fallback() -> None:
    html = page("trs_list.html")
    assert content_selector(html, [], selectors=Selectors(content="div.main-right")) == "div.main-right"
    # an override that matches nothing falls back to the heuristics
    fallback = content_selector(html, [], selectors=Selectors(content="#nothing"))
    assert fallback is not None and LexborHTMLParser(html).css_first(fallback) is not None


def test_content_selector_without_markers_takes_the_biggest_block() -> None:
    html = wrap('<div class="top-bar"><a href="/">首页</a></div><div><div><p>' + "正文" * 200 + "</p></div></div>"
                '<div class="footer">版权所有</div>')
    selector = content_selector(html, [])
    node = LexborHTMLParser(html).css_first(selector or "")
    assert node is not None and node.tag in ("div", "p") and "正文" in node.text()


@pytest.mark.parametrize(
    ("name", "category"),
    [("工作动态", "news"), ("乡镇动态", "news"), ("图片新闻", "news"), ("今日要闻", "news"), ("政务动态", "news"),
     ("通知公告", "notice"), ("公示公告", "notice"), ("通告", "notice"), ("政策文件", "policy"),
     ("规范性文件", "policy"), ("政府令", "policy"), ("规章", "policy"), ("人事信息", "personnel"),
     ("人事任免", "personnel"), ("招考录用", "personnel"), ("干部任前公示", "personnel"), ("规划计划", "plan"),
     ("工作总结", "plan"), ("财政预决算", "other"), ("走进信丰", "other")],
)
def test_infer_category(name: str, category: str) -> None:
    assert infer_category(name) == category


def test_landing_page_under_namespaced_chrome_selects_its_banners() -> None:
    # a platform prefixes its chrome's class names (zy-topbar, zy-head, zy-side, zy-foot): the top
    # bar's date line, the search button and the side column's heading are chrome all the same, so
    # a landing page with nothing but its heading and a row of banner links keeps its region
    html = wrap('<div class="zy-topbar"><span>今天是2025年3月14日 星期五</span> <a href="/wza/">无障碍</a></div>'
                '<div class="zy-head"><img src="/logo.png" alt="某市"><form><input name="q">'
                '<button>站内搜索</button></form></div>'
                '<ul class="zy-nav"><li><a href="/">首页</a></li><li><a href="/zt/">专题</a></li></ul>'
                '<div class="zy-body"><div class="zy-side"><h3>专题</h3><ul class="lm"><li><a href="/zt/a/">乡村振兴</a></li>'
                '<li><a href="/zt/b/">河湖长制</a></li></ul></div>'
                '<div class="zy-main"><div class="zy-lmbt"><h2>专题</h2></div><div class="banners">'
                '<a href="/zt/a/"><img src="/zt/a.jpg" alt="乡村振兴" width="700" height="100"></a>'
                '<a href="/zt/b/"><img src="/zt/b.jpg" alt="河湖长制" width="700" height="100"></a></div></div></div>'
                '<div class="zy-foot"><p>主办：某市人民政府办公室 网站标识码：1234560001</p></div>')
    selector = content_selector(html, [])
    assert selector is not None
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None and node.css_first("h2") is not None and len(node.css(".banners img")) == 2
    assert "今天是" not in node.text() and "站内搜索" not in node.text() and "乡村振兴" not in node.text()


def _two_boxes(main: str, side_rows: str) -> str:
    return wrap('<div class="logo">桐川市生态环境局</div>'
                '<div class="wrapper"><div class="colL"><div class="mbx">您所在的位置：<a href="/">首页</a> &gt; '
                f'<a href="/hjjc/">环境监测</a></div><div class="lbnr">{main}</div></div>'
                '<div class="colR"><div class="kuai"><h4>栏目导航</h4><p><a href="/hjjc/">环境监测</a> '
                '<a href="/hpsp/">环评审批</a></p></div>'
                f'<div class="kuai"><h4>热点信息</h4><ol>{side_rows}</ol></div></div></div>'
                '<div class="bq">桐川市生态环境局 版权所有</div>')


@pytest.mark.parametrize("dated", [False, True])
def test_a_side_box_of_other_columns_items_is_not_the_columns_list(dated: bool) -> None:
    # the column's own list, under its breadcrumb, is empty; the side box beside it lists the
    # newest items of other columns (dated or not): they are not this column's entries
    titles = ["桐川市召开大气污染防治攻坚推进会", "市生态环境局开展入河排污口排查整治", "我市发布二〇二四年生态环境状况公报"]
    side = "".join(f'<li><a href="/{f}/202503/t2025031{i}_88{i}.html">{t}</a>'
                   + (f"<em>2025-03-1{i}</em>" if dated else "") + "</li>"
                   for i, (f, t) in enumerate(zip(["xwdt", "tzgg", "xwdt"], titles, strict=True)))
    html = _two_boxes('<table class="tab"><tr><th>标题</th><th>日期</th></tr></table>', side)
    assert extract_entries(html, "http://sthjj.tc.gov.cn/hjjc/", today=TODAY) == []
    # the same box beside a column with its own rows: the column's rows are read, not the side's
    own = "".join(f'<tr><td><a href="/hjjc/202503/t2025030{i}_7{i}.html">桐川市{m}月环境空气质量监测月报</a></td>'
                  f"<td>2025-03-0{i + 1}</td></tr>" for i, m in enumerate(["一", "二"]))
    html = _two_boxes(f'<table class="tab"><tr><th>标题</th><th>日期</th></tr>{own}</table>', side)
    got = extract_entries(html, "http://sthjj.tc.gov.cn/hjjc/", today=TODAY)
    assert [e.url.rsplit("/", 1)[-1] for e in got] == ["t20250300_70.html", "t20250301_71.html"]


def test_items_that_name_the_columns_number_are_its_own_list() -> None:
    # column pages and items live in different folders (/lanmu/20417.shtml, /info/20417/…): the
    # number the column's URL carries tells its own list from a dated box of the site's newest items
    own = "".join(f'<p class="hang"><a href="/info/20417/{900 + i}.shtml">青禾县{t}</a><i>2024-0{3 - i}-1{i}</i></p>'
                  for i, t in enumerate(["关于调整城区公交线路的公告", "关于开展春季植树活动的通知"]))
    side = "".join(f'<li><a href="/info/{c}/{700 + i}.shtml">青禾县{t}</a><b>2024-04-2{i}</b></li>'
                   for i, (c, t) in enumerate([("20411", "召开全县经济工作会议"), ("20412", "举办乡村振兴培训班")]))
    html = wrap(f'<div class="lm-mc">当前栏目：通知公告</div><div class="zuo"><div class="lbk">{own}</div></div>'
                f'<div class="you"><h5>最新信息</h5><ul>{side}</ul></div>')
    got = extract_entries(html, "http://www.qh.gov.cn/lanmu/20417.shtml", today=TODAY)
    assert [(e.url.rsplit("/", 2)[-2], e.date) for e in got] == [("20417", date(2024, 3, 10)),
                                                                  ("20417", date(2024, 2, 11))]


def test_landing_page_of_picture_tiles_without_words_has_a_region() -> None:
    # a section page whose only content is a grid of picture links (the sub-columns' names are drawn
    # in the pictures): no words outside the chrome, yet its region is the grid, not none
    html = wrap('<header><h1>某区交通运输局</h1><nav><a href="/">首页</a> <a href="/gzfw/">公众服务</a></nav></header>'
                '<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 公众服务</div>'
                '<section class="tiles"><table><tr>'
                '<td><a href="/gzfw/cxzn/"><img src="/res/tile-cx.png" width="280" height="180"></a></td>'
                '<td><a href="/gzfw/lkxx/"><img src="/res/tile-lk.png" width="280" height="180"></a></td>'
                '<td><a href="/gzfw/tsjb/"><img src="/res/tile-ts.png" width="280" height="180"></a></td>'
                '</tr></table></section>'
                '<footer><p>版权所有：某区交通运输局 网站标识码：9990000001</p></footer>')
    selector = content_selector(html, [])
    assert selector is not None
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None and len(node.css("img")) == 3
    assert "当前位置" not in node.text() and "版权所有" not in node.text()


def test_columns_of_a_side_menu_beside_the_top_bar_are_discovered() -> None:
    # the top bar names a few columns; a side menu of short names, holding two of them, lists more
    # of the same URL shape (/site/lm/NNN/list.jsp): they are columns too. A box of dated articles
    # beside it and a links box leading elsewhere add nothing
    html = wrap('<div class="topmenu"><a href="/site/index.jsp">首页</a> <a href="/site/lm/101/list.jsp">镇务要闻</a> '
                '<a href="/site/lm/102/list.jsp">公示公告</a> <a href="/site/lm/103/list.jsp">政策法规</a> '
                '<a href="/site/lm/104/list.jsp">村务公开</a></div>'
                '<div class="l"><p>信息导航</p><ul><li><a href="/site/lm/101/list.jsp">镇务要闻</a></li>'
                '<li><a href="/site/lm/102/list.jsp">公示公告</a></li><li><a href="/site/lm/117/list.jsp">防汛专栏</a></li>'
                '<li><a href="/site/lm/118/list.jsp">林长制</a></li></ul>'
                '<ul><li><a href="/site/lm/101/list.jsp">镇务要闻</a></li><li><a href="/other/a.html">市政府</a></li>'
                '<li><a href="/other/b.html">县政府</a></li></ul></div>'
                '<div class="r"><ul><li><a href="/site/lm/101/list.jsp">镇务要闻</a></li>'
                '<li><a href="/site/lm/102/list.jsp">公示公告</a></li>'
                '<li><a href="/site/lm/119/list.jsp">关于开展夏季防溺水安全教育的通知</a> 2025-06-03</li></ul></div>')
    found = {c.url.rsplit("/lm/", 1)[-1]: c for c in discover_columns(html, "http://t.example/site/index.jsp",
                                                                      ["t.example"])}
    assert set(found) == {"101/list.jsp", "102/list.jsp", "103/list.jsp", "104/list.jsp", "117/list.jsp",
                          "118/list.jsp"}
    # siblings of the bar's columns in the same menu, at their level (no sub-columns of theirs)
    assert found["117/list.jsp"].name == "防汛专栏" and found["118/list.jsp"].level == 1


def test_columns_of_a_menu_in_a_frame_of_the_homepage_are_discovered() -> None:
    # a township site in frames: the homepage's own bar names two columns, its column menu is the
    # document of a frame (links opening in the parent window). The frame's menu lists columns;
    # a frame of dated titles, a frame of another site and a menu frame outside scope list none
    html = wrap('<div class="dh"><a href="/cms/">首页</a> | <a href="/cms/c/101.aspx">镇情概览</a> | '
                '<a href="/cms/c/102.aspx">政务要闻</a></div>'
                '<iframe src="/cms/menu.aspx" name="caidan"></iframe><iframe src="/cms/gd.aspx"></iframe>')
    menu = wrap('<div class="bt">政务导航</div><ul>'
                + "".join(f'<li><a href="/cms/c/{n}.aspx" target="_parent">{t}</a></li>'
                          for n, t in [(102, "政务要闻"), (105, "三务公开"), (106, "河长制"), (107, "防灾减灾")])
                + '<li><a href="/cms/" target="_parent">返回首页</a></li><li><a href="/cms/xx.aspx" target="_parent">'
                  '书记信箱</a></li></ul>')
    news = wrap('<ul>' + "".join(f'<li><a href="/cms/a/{n}.aspx">关于做好今年秋冬季森林防火工作的第{n}号通知</a>'
                                 f"<span>2025-10-0{n}</span></li>" for n in range(1, 5)) + "</ul>")
    elsewhere = wrap("<ul>" + "".join(f'<li><a href="http://other.example/l/{n}/">市直{n}</a></li>' for n in range(4))
                     + "</ul>")
    home = "http://zhen.example/cms/"
    frames = [("http://zhen.example/cms/menu.aspx", menu), ("http://zhen.example/cms/gd.aspx", news),
              ("http://zhen.example/cms/yl.aspx", elsewhere),
              ("http://ad.example/m.html", menu.replace("/cms/c/", "http://zhen.example/cms/x/"))]
    found = {c.url.rsplit("/", 1)[-1]: c for c in discover_columns(html, home, ["zhen.example"], frames=frames)}
    assert set(found) == {"101.aspx", "102.aspx", "105.aspx", "106.aspx", "107.aspx"}
    assert found["106.aspx"].name == "河长制" and found["106.aspx"].level == 1
    # without the frames' documents only the bar's columns are known
    assert {c.url.rsplit("/", 1)[-1] for c in discover_columns(html, home, ["zhen.example"])} == {"101.aspx", "102.aspx"}


def _crumb_over_two_boxes(own: str, side: str) -> str:
    return wrap('<div class="top">青岭市交通运输局</div><div class="content"><div class="wz">您现在的位置：'
                '<a href="/">首页</a> » <a href="/xxgk/">信息公开</a> » 行政执法</div>'
                f'<div class="zuo"><div class="lmmc"><span>行政执法</span></div>{own}</div>'
                f'<div class="you">{side}</div></div><div class="bottom">青岭市交通运输局 主办</div>')


def test_an_empty_column_under_a_crumb_across_both_boxes_ignores_the_side_box() -> None:
    # the breadcrumb runs across the top of the column's box and of a side box of other columns'
    # newest items (short dates): the column's own box, under its name, says 暂无相关信息; the side
    # box's dated items are not its list
    side = ('<h4>最新动态</h4><ul>' + "".join(
        f'<li><a href="/xxgk/gzdt/2025/0{i}/{40 + i}.html">青岭市开展道路运输安全检查第{i}批…</a><i>0{i}-1{i}</i></li>'
        for i in range(1, 5)) + "</ul>")
    html = _crumb_over_two_boxes('<div class="lb"></div><p class="kong">暂无相关信息</p>', side)
    assert extract_entries(html, "http://jtj.ql.example/xxgk/xzzf/", today=TODAY) == []
    # with rows of its own, they are read and the side box still is not
    own = "".join(f'<li><a href="/xxgk/xzzf/2025/0{i}/{70 + i}.html">行政处罚决定书（青交罚〔2025〕{i}号）</a>'
                  f"<i>2025-0{i}-0{i}</i></li>" for i in (2, 1))
    got = extract_entries(_crumb_over_two_boxes(f'<ul class="lb">{own}</ul>', side),
                          "http://jtj.ql.example/xxgk/xzzf/", today=TODAY)
    assert [e.url.rsplit("/", 1)[-1] for e in got] == ["72.html", "71.html"]
    # an empty-list note in the side box (暂无数据 there) does not hide the column's list, even when
    # its items live in another folder
    other = "".join(f'<li><a href="/art/2025/0{i}/{90 + i}.html">行政许可决定公示（第{i}期）</a>'
                    f"<i>2025-0{i}-0{i}</i></li>" for i in (2, 1))
    got = extract_entries(_crumb_over_two_boxes(f'<ul class="lb">{other}</ul>', '<h4>相关文件</h4><p>暂无数据</p>'),
                          "http://jtj.ql.example/xxgk/xzzf/", today=TODAY)
    assert [e.url.rsplit("/", 1)[-1] for e in got] == ["92.html", "91.html"]


def test_landing_page_of_banners_beside_a_spacer_picture_has_a_region() -> None:
    # a landing page of banner links (the sub-columns' names drawn in them) after a stretched spacer
    # and above a divider line, both outside any chrome: decoration weighs nothing, the banners'
    # block is the region
    html = wrap('<div class="head"><img src="/i/logo.gif" alt="某县教育体育局"></div>'
                '<div id="menu"><a href="/">首页</a> <a href="/jygk/">教育概况</a> <a href="/bsfw/">办事服务</a></div>'
                '<img src="/i/kong.gif" width="1000" height="6"><img src="/i/dot.gif" width="4" height="4">'
                '<div class="box"><div class="dqwz">当前位置：<a href="/">首页</a> - 办事服务</div>'
                '<p><a href="/bsfw/xqrx/"><img src="/i/bn-rx.jpg" width="980" height="110" alt="学前入学"></a></p>'
                '<p><a href="/bsfw/xszz/"><img src="/i/bn-zz.jpg" width="980" height="110" alt="学生资助"></a></p></div>'
                '<img src="/i/line.png" width="1000px" height="2px">'
                '<div id="foot"><p>主办：某县教育体育局 网站标识码：9990000002</p></div>')
    selector = content_selector(html, [])
    assert selector is not None
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None and len(node.css("a > img")) == 2 and node.css_first("#menu") is None


def test_post_cards_with_their_own_header_and_footer_are_a_list() -> None:
    # an HTML5 theme: each post is an <article> whose <header> holds its title and whose <footer>
    # its date; those belong to the post, not to the page's banner or footer (the page's own
    # <header> and <footer> stay out)
    cards = "".join(
        f'<article class="card"><header class="card-head"><h3><a href="/p/{500 + i}/">{t}</a></h3></header>'
        f'<div class="excerpt">{t}。近日，……</div><footer class="card-foot">发布于 <time datetime="2024-0{8 - i}-0{3 + i}">'
        f"2024年{8 - i}月{3 + i}日</time></footer></article>"
        for i, t in enumerate(["石桥乡开展秋季农田水利建设", "石桥乡召开村级换届工作部署会"]))
    html = wrap('<header class="masthead"><a href="/">首页</a> <a href="/news/">乡镇新闻</a>'
                '<a href="/p/1/">石桥乡人民政府关于网站改版的说明</a></header>'
                f'<div class="layout"><main class="posts"><h1>乡镇新闻</h1>{cards}</main></div>'
                '<footer class="sitefoot"><a href="/p/2/">石桥乡人民政府网站隐私声明</a> 2024-01-05</footer>')
    got = extract_entries(html, "http://sq.example.gov.cn/news/", today=TODAY)
    assert [(e.url.rsplit("/", 2)[-2], e.date) for e in got] == [("500", date(2024, 8, 3)), ("501", date(2024, 7, 4))]


def test_items_in_the_folder_of_a_short_column_number_are_its_own_list() -> None:
    # a column named by a two-digit number (/lm/27.html) whose items live in a folder of that number
    # (/art/27/…), under a breadcrumb that spans its box and a box of the site's hottest items
    # (/art/25/…, fresher): the column's own rows are its list, the box's are not
    own = "".join(f'<div class="row"><a href="/art/27/{610 + i}.shtml">白沙县{t}</a><span>2024.0{7 - i}.1{i}</span></div>'
                  for i, t in enumerate(["关于公布第二批县级非遗名录的通知", "关于做好秋季学期资助工作的通知"]))
    hot = "".join(f'<p><a href="/art/25/{900 + i}.shtml">白沙县{t}</a><span>2024.09.1{i}</span></p>'
                  for i, t in enumerate(["召开县委理论学习中心组会议", "举行重点项目集中开工仪式"]))
    html = wrap('<div class="logo">白沙县人民政府</div><div class="mainbox"><div class="weizhi">当前位置：'
                '<a href="/">首页</a> / <a href="/lm/2.html">政务公开</a> / 公示公告</div>'
                f'<div class="fl-box"><h5>热门文章</h5>{hot}</div><div class="fr-box"><h3>公示公告</h3>{own}</div></div>')
    got = extract_entries(html, "http://www.bs.example.gov.cn/lm/27.html", today=TODAY)
    assert [(e.url.rsplit("/", 2)[-2], e.date) for e in got] == [("27", date(2024, 7, 10)), ("27", date(2024, 6, 11))]


@pytest.mark.parametrize("own", [
    '<table class="listtable"><tr><th>文件名称</th><th>成文日期</th></tr></table>',  # a header row alone
    '<ul class="art-list"></ul>',  # no row at all
    '<table class="listtable"><tr><td>对不起，没有任何记录</td></tr></table>',  # a note of its own words
])
def test_an_empty_list_under_the_breadcrumb_is_the_area_not_a_fuller_side_list(own: str) -> None:
    # table layout: a side column with the site's newest items (a list-named box of many rows) and,
    # under the breadcrumb, the column's own list, empty: the area photographed is the empty list
    side = "".join(f'<li><a href="/zfxxgk/t{300 + i}.htm">青石县交通运输局2024年第{i}季度工作简报</a></li>'
                   for i in range(1, 6))
    html = wrap('<div id="banner">青石县交通运输局</div><table width="980"><tr>'
                f'<td class="leftcol"><div class="lanmu">最近更新</div><ul class="news_list">{side}</ul></td>'
                '<td class="rightcol"><div class="weizhi">当前位置：<a href="/">青石县交通运输局</a> &gt;&gt; 行政审批</div>'
                f'<div class="lmname">行政审批</div>{own}</td></tr></table>'
                '<div id="copyright">版权所有：青石县交通运输局</div>')
    selector = content_selector(html, [])
    node = LexborHTMLParser(html).css_first(selector or "")
    assert node is not None and node.css_first(".news_list") is None and node.css_first("a") is None, selector
    assert "当前位置" not in node.text()


def test_a_note_of_no_information_whatsoever_marks_an_empty_list() -> None:
    # 没有任何信息 / 没有任何记录 say the same as 暂无信息: under a breadcrumb across the column's box
    # and a side box of other columns' dated items, the column is empty
    side = ('<h4>最新动态</h4><ul>' + "".join(
        f'<li><a href="/xxgk/gzdt/2025/0{i}/{60 + i}.html">青岭市召开交通运输工作会议第{i}次…</a><i>0{i}-2{i}</i></li>'
        for i in range(1, 5)) + "</ul>")
    for note in ("没有任何信息！", "对不起，没有任何记录"):
        html = _crumb_over_two_boxes(f'<div class="kong">{note}</div>', side)
        assert extract_entries(html, "http://jtj.ql.example/xxgk/xzzf/", today=TODAY) == [], note


def test_featured_articles_in_a_mega_menu_are_no_columns() -> None:
    # a drop-down panel beside its columns shows a picture card of a featured article and a dated
    # headline: long titles shown with a picture or a date are articles, not columns; a column named
    # with an icon stays a column
    html = wrap('<div id="topnav"><ul><li><a href="/">首页</a></li><li><a href="/gk/">政务公开</a>'
                '<div class="panel"><ul><li><a href="/gk/tzgg/">通知公告</a></li><li><a href="/gk/zcjd/">政策解读</a></li>'
                '<li><a href="/gk/jyta/"><img src="/i/ta.png" width="24" height="24">建议提案办理</a></li></ul>'
                '<div class="tuijian"><a href="/gk/tzgg/2024/0612/88.html"><img src="/i/p88.jpg" width="240" height="150">'
                '<p>关于开展2024年度城乡居民医保集中参保工作的通告</p></a>'
                '<p><a href="/gk/zcjd/2024/0601/77.html">一图读懂青溪县优化营商环境十条措施</a> 2024-06-01</p></div>'
                '</div></li><li><a href="/hd/">互动交流</a></li></ul></div>')
    found = {c.url.split("example", 1)[-1]: c.name for c in discover_columns(html, "http://qx.example/", ["qx.example"])}
    assert found == {"/gk/": "政务公开", "/gk/tzgg/": "通知公告", "/gk/zcjd/": "政策解读", "/gk/jyta/": "建议提案办理",
                     "/hd/": "互动交流"}


@pytest.mark.parametrize("own", [
    "".join(f'<p class="row"><a href="/site7/art{500 + i}.html">白溪乡开展第{i}期秋冬季农田水利建设督查</a>'
            f'<em>2024年08月0{i}日</em></p>' for i in range(1, 4)),  # its own rows, older than the box's
    '<p class="tips">暂无数据</p>',  # its own list, empty
])
def test_a_side_box_in_the_chrome_without_a_breadcrumb_is_not_the_columns_list(own: str) -> None:
    # a page builder without a breadcrumb: a side box of the site's newest items (class ui-side, so
    # page chrome), first in the markup, beside the column's own box; all links share one folder
    side = "".join(f'<p class="it"><a href="/site7/art{900 + i}.html">白溪乡召开冬春农业生产工作推进会第{i}次</a>'
                   f'<b>2024.09.1{i}</b></p>' for i in range(1, 5))
    html = wrap('<div class="logo">白溪乡人民政府</div><div class="wrap">'
                f'<div class="ui-side"><div class="hd">热门资讯</div>{side}</div>'
                f'<div class="ui-main"><div class="hd">农田水利</div>{own}</div></div>'
                '<div class="copy">版权所有：白溪乡人民政府</div>')
    got = extract_entries(html, "http://bx.example.gov.cn/site7/col-42.html", today=TODAY)
    assert all("art9" not in e.url for e in got), got
    assert [e.date for e in got] == ([date(2024, 8, i) for i in range(1, 4)] if "row" in own else [])


def _boxed_page(own: str) -> str:
    # a department site of cards: no breadcrumb, no chrome class on the side card; the column's card
    # is headed by its name (as in the <title>), the side card of the site's newest items by another
    side = "".join(f'<li><a href="/jtj/article/2024091{i}/a{i}.html">青溪县交通运输局召开秋季道路安全第{i}次调度会</a>'
                   f'<div class="when">2024年09月1{i}日</div></li>' for i in range(1, 5))
    return ('<html><head><title>项目公示 | 青溪县交通运输局</title></head><body>'
            '<div class="top"><img src="/jtj/img/logo.png" width="400" height="60" alt="青溪县交通运输局"></div>'
            '<ul class="menu-bar"><li><a href="/jtj/">首页</a></li><li><a href="/jtj/lm/gzdt/">工作动态</a></li>'
            '<li><a href="/jtj/lm/xmgs/">项目公示</a></li><li><a href="/jtj/lm/tzgg/">通知公告</a></li></ul>'
            '<div class="grid"><div class="g-8"><div class="panel"><div class="panel-hd">项目公示</div>'
            f'<div class="panel-bd">{own}</div></div></div>'
            f'<div class="g-4"><div class="panel"><div class="panel-hd">最新信息</div><div class="panel-bd"><ul>{side}</ul>'
            '</div></div></div></div><div class="copy">版权所有：青溪县交通运输局 网站标识码：4310270021</div></body></html>')


@pytest.mark.parametrize("own", [
    '<table class="t"><tr><th>名称</th><th>日期</th></tr>'
    + "".join(f'<tr><td><a href="/jtj/article/2024050{i}/b{i}.html">青溪县农村公路提质改造第{i}标段项目公示</a></td>'
              f'<td>2024-05-0{i}</td></tr>' for i in range(1, 4)) + '</table>',  # its own rows, older
    '<table class="t"><tr><th>名称</th><th>日期</th></tr></table>',  # its own table, a header only
    '<div class="wait">资料正在整理，敬请期待</div>',  # no list at all
])
def test_a_card_headed_by_another_name_is_not_the_columns_list(own: str) -> None:
    # items of every column share one folder (/jtj/article/), so the links do not tell the column's
    # own list from the side card's; the cards' headings do
    html = _boxed_page(own)
    got = extract_entries(html, "http://qx.example.gov.cn/jtj/lm/xmgs/", today=TODAY)
    assert not any(e.url.rsplit("/", 1)[-1].startswith("a") for e in got), got
    assert [e.date for e in got] == ([date(2024, 5, i) for i in range(1, 4)] if "b1" in own else [])
    if not got:  # the area a blank column is judged from is its own card, not the fresh side card
        text = shown_text(html, content_selector(html, []))
        assert text.startswith("项目公示") and "调度会" not in text, text


def test_columns_of_a_sections_own_menu_are_found_on_its_page() -> None:
    # a flat top bar names only the sections; a section's page lists its columns in a menu of its own
    html = wrap('<ul class="topbar"><li><a href="/">首页</a></li><li><a href="/gk/">政务公开</a></li>'
                '<li><a href="/hd/">互动交流</a></li></ul>'
                '<div class="lanmu-menu"><h3>政务公开</h3><p><a href="/gk/tzgg/">通知公告</a></p>'
                '<p><a href="/gk/zcwj/index.shtml">政策文件</a></p><p><a href="/gk/ldxx/">领导信箱</a></p>'
                '<p><a href="/hd/dczj/">调查征集</a></p></div>'
                '<div class="blocks"><ul><li><a href="/gk/tzgg/3301.shtml">停水</a> 2024-09-12</li></ul></div>')
    from robot.gather.extract import section_columns
    found = section_columns(html, "http://qx.example/gk/", ["qx.example"], 1)
    assert [(c.url.split("example", 1)[-1], c.name, c.level) for c in found] == [
        ("/gk/tzgg/", "通知公告", 2), ("/gk/zcwj/index.shtml", "政策文件", 2)]

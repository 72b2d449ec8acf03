"""column.blank decided by how the column's content area renders, with the entries as fallback."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from robot.snapshots import ColumnSnapshot, ListEntry, RenderFacts
from robot.testing import HOME, image, page, run_rule, snapshot

SHOWS = RenderFacts(box=None, blank=False, edge_density=0.08, ink_ratio=0.2, text_chars=600, longest_line=120,
                    links=0)
WALL = RenderFacts(box=None, blank=False, edge_density=0.2, ink_ratio=0.5, text_chars=30, longest_line=10, links=6)
NOTE = RenderFacts(box=None, blank=False, edge_density=0.01, ink_ratio=0.03, text_chars=8, longest_line=4,
                   links=0)  # 办事指南 + 暂无数据
HEADERS = RenderFacts(box=None, blank=False, edge_density=0.02, ink_ratio=0.3, text_chars=140, longest_line=16,
                      links=0)  # a table with only its header row (序号 标题 发布日期) and a pager
BLANK = RenderFacts(box=None, blank=True, edge_density=0.0, ink_ratio=0.001)
ENTRY = (ListEntry("县政府召开常务会议", HOME + "a.html", date(2024, 4, 29)),)


def col(name: str, entries: tuple[ListEntry, ...], content: RenderFacts | None) -> ColumnSnapshot:
    return ColumnSnapshot(name=name, url=HOME + f"col/{len(name)}{name}/", category="news", configured=False,
                          in_nav=True, entries=entries, content=content)


def test_blank_by_rendering_with_entries_as_fallback() -> None:
    cols = [
        col("县情概况", (), SHOWS),  # a single-page column: text, no dated list
        col("图片新闻", (), WALL),  # a picture wall the list reader does not parse
        col("统计数据", (), HEADERS),
        col("工作动态", ENTRY, SHOWS),
        col("建议提案", (), BLANK),  # 暂无信息 in an empty box
        col("公共服务", ENTRY, BLANK),  # entries in the DOM, nothing on screen
        col("乡镇动态", (), None),  # no content area found: the entries decide
        col("办事指南", (), NOTE),  # a heading and 暂无数据: nothing a reader can use
        col("便民服务", ENTRY, NOTE),  # the same area with a dated list is a (short) list
    ]
    found = {f.target for f in run_rule("column.blank", snapshot([], columns=cols))}
    assert found == {"建议提案", "公共服务", "乡镇动态", "办事指南", "统计数据"}


# --- what a column without a list may show instead: its sub-columns, pictures -------------------

LABELS = RenderFacts(box=None, blank=False, edge_density=0.01, ink_ratio=0.02, text_chars=24, longest_line=6, links=0)


def area(**kw: object) -> RenderFacts:
    return replace(LABELS, **kw)  # type: ignore[arg-type]


def column(url: str, name: str, content: RenderFacts | None = None, *, level: int = 1,
           entries: tuple[ListEntry, ...] = ()) -> ColumnSnapshot:
    return ColumnSnapshot(name=name, url=HOME + url, category="other", configured=False, in_nav=True, level=level,
                          entries=entries, content=content)


def test_a_landing_page_of_sub_columns_is_not_blank() -> None:
    # a section page whose content is a grid of its sub-columns' names (short: no item links)
    grid = column("xxgk/index.shtml", "信息公开", area(targets=(
        HOME + "xxgk/fdzdgk/index.shtml", HOME + "xxgk/zfxxgkzn/", HOME + "xxgk/zfxxgknb/index.shtml")))
    # pages of a CMS whose column URLs are not nested: the columns one level below it decide
    flat = column("lanmu/col3051/index.html", "办事服务", area(targets=(
        HOME + "lanmu/col3052/index.html", HOME + "lanmu/col3053/index.html")))
    subs = [column("lanmu/col3052/", "个人办事", level=2, entries=ENTRY),
            column("lanmu/col3053/index.html", "法人办事", level=2, entries=ENTRY)]
    # not landing pages: one sub-column only; tabs to columns of its own level; pager pages beside it
    one = column("hdjl/", "公众参与", area(targets=(HOME + "hdjl/yjzj/",)))
    tabs = column("lanmu/col3054/", "部门办事", area(targets=(
        HOME + "lanmu/col3052/index.html", HOME + "lanmu/col3053/index.html")), level=2)
    pager = column("tzgg/", "通知公告", area(targets=(HOME + "tzgg/index_1.shtml", HOME + "tzgg/index_2.shtml",
                                                   HOME + "tzgg/")))
    found = {f.target for f in run_rule("column.blank", snapshot([], columns=[grid, flat, *subs, one, tabs, pager]))}
    assert found == {"公众参与", "部门办事", "通知公告"}


def test_pictures_a_reader_looks_at_are_content_placeholders_are_not() -> None:
    portraits = area(pictures=(HOME + "ldjj/p1.jpg", HOME + "ldjj/p2.jpg"))
    leaders = column("ldjj/", "领导简介", portraits)
    empty_state = column("zsyz/", "招商引资", area(pictures=(HOME + "skin/nodata.png",)))
    gone = column("wszt/", "文明创建", area(pictures=(HOME + "wszt/zt.jpg",)))
    unjudged = column("dwjj/", "单位简介", area(pictures=(HOME + "dwjj/lou.jpg",)))  # no image check ran
    pages = [page(HOME + "ldjj/", images=(image(HOME + "ldjj/p1.jpg", visual="ok"), image(HOME + "ldjj/p2.jpg"))),
             page(HOME + "dwjj/", images=(image(HOME + "dwjj/lou.jpg", loaded=False, complete=False),)),
             page(HOME + "zsyz/", images=(image(HOME + "skin/nodata.png", visual="placeholder"),)),
             page(HOME + "wszt/", images=(image(HOME + "wszt/zt.jpg", loaded=False, visual="undecodable"),))]
    found = {f.target for f in run_rule("column.blank", snapshot(pages, columns=[leaders, empty_state, gone, unjudged]))}
    assert found == {"招商引资", "文明创建"}


def test_a_table_of_facts_without_links_is_content() -> None:
    # a 办事指南 page shows a table of 窗口 / 时间 / 电话 (short cells, no item links, no paragraph):
    # not blank; a header row over a 共0条 pager line is an empty list all the same
    facts = column("bszn/index.jsp", "办事指南", area(text_chars=90, longest_line=22, table_rows=5))
    header = column("tjsj/index.jsp", "统计数据", area(text_chars=40, longest_line=14, table_rows=1))
    found = {f.target for f in run_rule("column.blank", snapshot([], columns=[facts, header]))}
    assert found == {"统计数据"}

"""column.blank decided by how the column's content area renders, with the entries as fallback."""

from __future__ import annotations

from datetime import date

from robot.snapshots import ColumnSnapshot, ListEntry, RenderFacts
from robot.testing import HOME, run_rule, snapshot

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

"""annual_report.outdated_format: what makes a report's tables the superseded (pre-2021) layout.

Hand-written reports of an invented bureau (松岭县林业局). The 2021 表二 (国办公开办函〔2021〕30号)
has the headings 本年制发件数 / 本年废止件数 / 现行有效件数 / 本年处理决定数量 / 本年收费金额; many
reports in that layout keep the 2019 table's row 其他对外管理服务事项 under 本年处理决定数量, which is
no sign of the old layout. A CMS that lays the article out in a one-cell table puts the prose in a
table too: a word in the prose is no table heading.
"""

from __future__ import annotations

from robot.content import annual_report as ar
from robot.rules import annual_report  # noqa: F401  registers the annual_report.* rules
from robot.snapshots import DocumentPage
from robot.testing import run_rule, snapshot

TABLE_2021_WITH_OLD_ROW = """
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>4</td><td>1</td><td>22</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">317</td></tr>
<tr><td>其他对外管理服务事项</td><td colspan="3">95</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">12</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>"""

TABLE_2019 = """
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规范性文件</td><td>4</td><td>4</td><td>22</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>40</td><td>+2</td><td>317</td></tr>
<tr><td>其他对外管理服务事项</td><td>6</td><td>0</td><td>95</td></tr>
</table>"""

TABLE_2019_ONLY_OLD_ROW = """
<table border="1">
<tr><td>信息内容</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>317</td></tr>
<tr><td>其他对外管理服务事项</td><td>95</td></tr>
</table>"""


def report(table2: str, *, prose_extra: str = "", layout: bool = False) -> str:
    body = f"""
<p>一、总体情况</p>
<p>2023年，松岭县林业局围绕森林资源保护、林长制落实和林业产业发展，持续深化政务公开，全年主动公开信息486条。{prose_extra}</p>
<p>二、主动公开政府信息情况</p>
{table2}
<p>三、收到和处理政府信息公开申请情况</p>
<p>全年收到申请5件，均已按期答复。</p>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<p>本年度未发生政府信息公开行政复议、行政诉讼。</p>
<p>五、存在的主要问题及改进情况</p>
<p>一是林业政策解读形式较为单一；二是基层公开点位更新不够及时。下一步将丰富解读形式，加强督促检查。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>"""
    if layout:  # the CMS's one-cell layout table around the whole article, tables included
        body = f'<table width="100%" class="art"><tr><td class="art-body">{body}</td></tr></table>'
    return f"<html><body><h1>松岭县林业局2023年政府信息公开工作年度报告</h1>{body}</body></html>"


def doc(html: str, year: int = 2023) -> DocumentPage:
    return DocumentPage(url="http://127.0.0.1:8000/xxgk/ndbg/2024/r.html", kind="annual_report",
                        title=f"松岭县林业局{year}年政府信息公开工作年度报告", year=year,
                        text=ar.html_text(html), html=html, found_on="http://127.0.0.1:8000/xxgk/ndbg/")


def test_2021_table_keeping_the_old_row_is_current() -> None:
    html = report(TABLE_2021_WITH_OLD_ROW)
    assert ar.analyse(html=html).outdated_markers == ()
    assert run_rule("annual_report.outdated_format", snapshot(documents=[doc(html)])) == []
    # the same in a CMS's layout table
    wrapped = report(TABLE_2021_WITH_OLD_ROW, layout=True)
    assert run_rule("annual_report.outdated_format", snapshot(documents=[doc(wrapped)])) == []


def test_2019_table_is_outdated() -> None:
    (f,) = run_rule("annual_report.outdated_format", snapshot(documents=[doc(report(TABLE_2019))]))
    assert "本年新制作数量" in f.measured["markers"] and "上一年项目数量" in f.measured["markers"]
    # wrapped in a layout table, its headings are still table headings
    (g,) = run_rule("annual_report.outdated_format", snapshot(documents=[doc(report(TABLE_2019, layout=True))]))
    assert "对外公开总数量" in g.measured["markers"]
    # the old row is a marker where none of the 2021 headings is in the report
    assert ar.analyse(html=report(TABLE_2019_ONLY_OLD_ROW)).outdated_markers == ("其他对外管理服务事项",)


def test_a_word_in_the_prose_of_a_layout_table_is_no_heading() -> None:
    """One old heading named in the prose is not the table's: the prose sits in the layout cell."""
    prose = "与2020年报按“本年新公开数量”统计的口径相比，本年按现行格式统计。"
    html = report(TABLE_2021_WITH_OLD_ROW, prose_extra=prose, layout=True)
    assert ar.analyse(html=html).outdated_markers == ()
    assert run_rule("annual_report.outdated_format", snapshot(documents=[doc(html)])) == []

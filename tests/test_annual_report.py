"""政府信息公开工作年度报告: analysis of realistic reports (tests/fixtures/annual_reports) and the
annual_report.* rules over hand-built snapshots.

The fixtures are written in the 2021 format (国办公开办函〔2021〕30号) with tables whose figures
add up, except where a fixture is about a fault: broken_2023 (结转下年度 written 2 for 1 in the
自然人 column; 表四 未经复议直接起诉 总计 0 with one case 尚未审结), long_summary_2023 (总体情况 over
1000 characters), missing_five_2023 (no 五、存在的主要问题及改进情况), old_format_2021 (the 2019
tables: 本年新制作数量 …, 采购项目数量) and shuili_2024_copied (the 2023 report of the same bureau
with its years moved on, a few figures and one sentence changed).
"""

from __future__ import annotations

import io
import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import robot.rules.annual_report  # noqa: F401  registers the annual_report.* rules
from robot.content import annual_report as ar
from robot.rules.annual_report import deadline, due_year, is_government
from robot.snapshots import DocumentPage
from robot.testing import run_rule, site_config, snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "annual_reports"
NAMES = ["shuili_2022", "shuili_2023", "shuili_2024_copied", "gov_2023", "broken_2023", "long_summary_2023",
         "missing_five_2023", "old_format_2021"]


def html(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_text("utf-8")


def analysed(name: str) -> ar.ReportAnalysis:
    return ar.analyse(html=ar.report_body(html(name)), title="")


def doc(name: str, **kw: object) -> DocumentPage:
    body = ar.report_body(html(name))
    a = ar.analyse(html=body)
    data: dict[str, object] = {"url": f"http://127.0.0.1:8000/xxgk/ndbg/{name}.html", "kind": "annual_report",
                               "title": f"{name}", "year": a.year, "text": ar.html_text(body), "html": body,
                               "found_on": "http://127.0.0.1:8000/xxgk/ndbg/", **kw}
    return DocumentPage(**data)  # type: ignore[arg-type]


LISTING = DocumentPage(url="http://127.0.0.1:8000/xxgk/ndbg/", kind="annual_report_list", title="年度报告",
                       source="configured")


# --- analysis ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_fixture_reports_are_read(name: str) -> None:
    a = analysed(name)
    assert a.readable
    assert a.year == int(name.split("_")[-1] if name[-1].isdigit() else name.split("_")[1])
    assert a.application is not None and a.application.columns == ar.APPLICANT_COLUMNS
    expected_missing = (5,) if name == "missing_five_2023" else ()
    assert a.missing == expected_missing and a.out_of_order == ()
    if name not in ("broken_2023",):
        assert a.inconsistencies == (), a.inconsistencies
    if name != "old_format_2021":
        assert a.outdated_markers == ()
    if name != "long_summary_2023":
        assert a.summary_chars is not None and a.summary_chars <= 1000


def test_year_title_and_period() -> None:
    assert ar.report_year("信丰县水利局2023年政府信息公开工作年度报告") == 2023
    assert ar.report_year("2022年度信丰县人民政府政府信息公开工作年度报告") == 2022
    assert ar.report_year("年度报告", "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。") == 2021
    assert ar.report_year("关于2024年政务公开工作要点的通知") is None
    assert ar.is_annual_report_title("信丰县水利局2023年政府信息公开工作年度报告")
    assert ar.is_annual_report_title("2022年度政务公开年报")
    assert not ar.is_annual_report_title("信丰县2023年法治政府建设年度报告")
    assert not ar.is_annual_report_title("信丰县2024年政务公开工作要点")


def test_count_chars_definition() -> None:
    # 字符数（不计空格）: every character but whitespace, punctuation included; NFKC folds ２０２３ into 2023
    assert ar.count_chars("2023年，全局公开信息 386 条（ＡＢ）。") == 4 + 1 + 1 + 6 + 3 + 1 + 1 + 2 + 1 + 1
    assert ar.count_chars(" \n\t\u3000") == 0


def test_summary_over_the_limit_by_its_punctuation() -> None:
    # 989 汉字 and digits (under the limit) plus 46 marks: 1035 characters as a word processor counts them
    clause = "本单位扎实推进公开标准化建设共计发布信息12条"  # 23 characters
    body = "（一）" + "，".join([clause] * 43) + "。"
    html = ("<div><h3>一、总体情况</h3><p>" + body + "</p><h3>二、主动公开政府信息情况</h3><p>略</p>"
            "<h3>三、收到和处理政府信息公开申请情况</h3><p>略</p><h3>四、政府信息公开行政复议、行政诉讼情况</h3>"
            "<p>略</p><h3>五、存在的主要问题及改进情况</h3><p>略</p><h3>六、其他需要报告的事项</h3><p>无。</p></div>")
    a = ar.analyse(html=html, text="", title="某县林业局2031年政府信息公开工作年度报告")
    assert a.summary_chars == len(body)
    assert 1000 < a.summary_chars < 1000 + 43 + 3


def test_summary_length_of_the_long_report() -> None:
    a = analysed("long_summary_2023")
    assert a.summary_chars is not None and a.summary_chars > 1000
    summary = ar.section_text(ar.html_text(ar.report_body(html("long_summary_2023"))), a.sections, 1)
    assert summary is not None and summary.lstrip().startswith("2023年，县教育局")
    assert "二、主动公开" not in summary


def test_sections_missing_and_out_of_order_in_text() -> None:
    text = ("一、总体情况\n本年度……\n三、收到和处理政府信息公开申请情况\n表\n二、主动公开政府信息情况\n表\n"
            "四、政府信息公开行政复议、行政诉讼情况\n表\n六、其他需要报告的事项\n无。")
    secs = ar.find_sections(text)
    assert [s.number for s in secs] == [1, 3, 2, 4, 6]
    assert ar.out_of_order(secs) in ([3], [2])
    # table rows that begin with a numeral are not headings: 一、本年新收政府信息公开申请数量
    assert [s.number for s in ar.find_sections("一、本年新收政府信息公开申请数量\t1\t0")] == []
    # a folded text (innerText with its lines joined) still has its headings
    folded = "一、总体情况 2023年，我局…… 二、主动公开政府信息情况 …… 五、存在的主要问题及改进情况 无。"
    assert [s.number for s in ar.find_sections(folded)] == [1, 2, 5]


def test_broken_identities_one_per_failure() -> None:
    got = {(i.table, i.where, i.expected, i.found) for i in analysed("broken_2023").inconsistencies}
    assert got == {
        (ar.TABLE3, "列「自然人」", 4, 5),  # 新收 4 + 上年结转 0 vs （七）总计 3 + 结转下年度 2
        (ar.TABLE3, "列「总计」", 4, 5),
        (ar.TABLE4, "「行政诉讼·未经复议直接起诉」", 1, 0),  # 维持+纠正+其他+尚未审结 = 1, 总计 0
    }
    inc = analysed("broken_2023").inconsistencies[0]
    assert inc.formula == "一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度"


def test_row_sums_and_result_totals() -> None:
    page = html("gov_2023").replace("<td>（一）予以公开</td><td>21</td>", "<td>（一）予以公开</td><td>22</td>")
    page = page.replace('<td colspan="2">（一）予以公开</td><td>21</td>', '<td colspan="2">（一）予以公开</td><td>22</td>')
    got = {(i.where, i.expected, i.found) for i in ar.analyse(html=ar.report_body(page)).inconsistencies}
    # the row no longer adds up to its 总计 (28 → 29) and （七）总计 自然人 no longer sums its leaves
    assert ("行「(一)予以公开」", 29, 28) in got
    assert ("列「自然人」（七）总计", 42, 41) in got


def test_tables_read_from_text_rows() -> None:
    """A .docx comes as tab-separated rows without its merged cells, a PDF as spaced numbers."""
    text = ar.html_text(ar.report_body(html("broken_2023")))
    tabbed = "\n".join("\t".join(c for c in ln.split("\t") if c) for ln in text.splitlines())
    a = ar.analyse(text=tabbed)
    assert {(i.where, i.expected, i.found) for i in a.inconsistencies} >= {("列「自然人」", 4, 5), ("列「总计」", 4, 5)}
    spaced = ar.analyse(text=tabbed.replace("\t", " "))
    assert ("列「自然人」", 4, 5) in {(i.where, i.expected, i.found) for i in spaced.inconsistencies}
    good = ar.analyse(text=ar.html_text(ar.report_body(html("gov_2023"))).replace("\t", " "))
    assert good.application is not None and good.inconsistencies == ()


def test_docx_report_text_with_merged_cells() -> None:
    from robot.channels.form import document_text

    source, text = document_text(docx_of("broken_2023"), "report.docx")
    assert source == "docx"
    a = ar.analyse(text=text)
    assert a.readable and a.missing == () and a.year == 2023
    got = {(i.table, i.where, i.expected, i.found) for i in a.inconsistencies}
    assert (ar.TABLE3, "列「自然人」", 4, 5) in got and (ar.TABLE3, "列「总计」", 4, 5) in got
    assert ar.analyse(text=document_text(docx_of("gov_2023"), "r.docx")[1]).inconsistencies == ()


def test_continuity_across_years() -> None:
    a22, a23 = analysed("shuili_2022").application, analysed("shuili_2023").application
    assert ar.continuity(a22, a23) == []  # 2022 结转下年度 自然人 1 = 2023 上年结转 1
    a24 = analysed("shuili_2024_copied").application
    assert [(i.where, i.expected, i.found) for i in ar.continuity(a22, a24)] == [
        ("列「自然人」（跨年度）", 1, 0), ("列「总计」（跨年度）", 1, 0)]


def test_outdated_layout_markers() -> None:
    markers = analysed("old_format_2021").outdated_markers
    assert "本年新制作数量" in markers and "采购项目数量" in markers
    # prose that mentions 政府集中采购 is no marker; one marker word in prose is not enough
    assert ar.outdated_markers([], "公开政府集中采购信息12条，采购总金额86万元。") == []


def test_similarity_threshold_measured_on_the_fixtures() -> None:
    """Distinct reports (same bureau other years, other units) stay far below the threshold; the
    report copied with dates changed is far above it."""
    proses = {n: analysed(n).prose for n in NAMES}
    copied = ar.similarity(proses["shuili_2023"], proses["shuili_2024_copied"])
    distinct = [ar.similarity(proses[a], proses[b]) for a, b in itertools.combinations(NAMES, 2)
                if {a, b} != {"shuili_2023", "shuili_2024_copied"}]
    same_unit = ar.similarity(proses["shuili_2022"], proses["shuili_2023"])
    assert copied > 0.9
    assert max(distinct) < 0.45 and same_unit < 0.3
    assert max(distinct) < ar.DUPLICATE_THRESHOLD < copied


def test_report_body_leaves_out_navigation_and_footer() -> None:
    body = ar.html_text(ar.report_body(html("shuili_2023")))
    assert body.startswith("本报告根据") and "网站标识码" not in body and "您现在的位置" not in body


def test_hostile_input_gives_nothing() -> None:
    a = ar.analyse(html="<table><tr><td rowspan=999999 colspan=abc>x" * 50)
    assert not a.readable and a.inconsistencies == ()
    assert ar.analyse(text="").summary_chars is None


# --- rules ------------------------------------------------------------------------------------

DEPT = {"owner": "信丰县水利局", "name": "信丰县水利局网站"}


def test_level_and_deadlines() -> None:
    assert is_government(site_config(owner="信丰县人民政府办公室"))
    assert is_government(site_config(name="信丰县人民政府网"))
    assert not is_government(site_config(**DEPT))
    assert is_government(site_config(**DEPT), "government")
    assert deadline(2023, True) == date(2024, 3, 31) and deadline(2023, False) == date(2024, 1, 31)
    assert due_year(date(2024, 1, 31), False) == 2022 and due_year(date(2024, 2, 1), False) == 2023
    assert due_year(date(2024, 3, 31), True) == 2022 and due_year(date(2024, 4, 1), True) == 2023


def test_missing_fires_after_the_deadline_only() -> None:
    docs = [LISTING, doc("shuili_2022")]
    dept = site_config(**DEPT)
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 1, 31), documents=docs), dept) == []
    (f,) = run_rule("annual_report.missing", snapshot(as_of=date(2024, 2, 1), documents=docs), dept)
    assert f.target == "2023年度报告" and f.url == LISTING.url
    assert f.measured["deadline"] == "2024-01-31" and f.measured["latest_year"] == 2022
    # the government has until 31 March
    gov = site_config(owner="信丰县人民政府办公室")
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 2, 1), documents=docs), gov) == []
    assert len(run_rule("annual_report.missing", snapshot(as_of=date(2024, 4, 1), documents=docs), gov)) == 1
    # a param makes a site a government's
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 2, 1), documents=docs), dept,
                    level="government") == []
    present = [LISTING, doc("shuili_2022"), doc("shuili_2023")]
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 6, 1), documents=present), dept) == []


def test_missing_needs_the_list_read() -> None:
    dept = site_config(**DEPT, channels={"annual_reports": "/xxgk/ndbg/"})
    # nothing gathered (no list document): no verdict, even with the channel configured
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 6, 1)), dept) == []
    # a configured list that was read and holds no report: missing
    (f,) = run_rule("annual_report.missing", snapshot(as_of=date(2024, 6, 1), documents=[LISTING]), dept)
    assert f.measured["years_found"] == []
    # a discovered page holding no report at all is not taken for the list
    found = replace(LISTING, source="discovered")
    assert run_rule("annual_report.missing", snapshot(as_of=date(2024, 6, 1), documents=[found]), dept) == []


def test_summary_too_long() -> None:
    snap = snapshot(documents=[doc("long_summary_2023"), doc("shuili_2023")])
    (f,) = run_rule("annual_report.summary_too_long", snap)
    assert f.target == "一、总体情况" and f.measured["chars"] > 1000 and f.measured["max_chars"] == 1000
    assert len(run_rule("annual_report.summary_too_long", snap, max_chars=400)) == 2


def test_missing_section() -> None:
    (f,) = run_rule("annual_report.missing_section", snapshot(documents=[doc("missing_five_2023"), doc("gov_2023")]))
    assert f.target == "五、存在的主要问题及改进情况" and f.measured["problem"] == "absent"
    swapped = html("gov_2023")
    a, b = swapped.index("<p style=\"text-indent:2em\"><strong>二、"), swapped.index("<p style=\"text-indent:2em\"><strong>三、")
    c = swapped.index("<p style=\"text-indent:2em\"><strong>四、")
    swapped = swapped[:a] + swapped[b:c] + swapped[a:b] + swapped[c:]
    body = ar.report_body(swapped)
    d = DocumentPage(url="http://127.0.0.1:8000/r.html", kind="annual_report", title="x", year=2023, html=body)
    got = run_rule("annual_report.missing_section", snapshot(documents=[d]))
    assert len(got) == 1 and got[0].measured["problem"] == "out_of_order"
    # an unreadable report (a scanned PDF: no text) is not judged
    scanned = DocumentPage(url="http://127.0.0.1:8000/r.pdf", kind="annual_report", title="x", year=2023, source="pdf")
    assert run_rule("annual_report.missing_section", snapshot(documents=[scanned])) == []


def test_inconsistent_one_finding_per_identity() -> None:
    got = run_rule("annual_report.inconsistent", snapshot(documents=[doc("broken_2023"), doc("gov_2023")]))
    assert sorted(str(f.target) for f in got) == sorted([
        f"{ar.TABLE3} 列「自然人」", f"{ar.TABLE3} 列「总计」", f"{ar.TABLE4} 「行政诉讼·未经复议直接起诉」"])
    f = next(f for f in got if str(f.target).endswith("列「自然人」"))
    assert f.measured["expected"] == 4 and f.measured["found"] == 5
    # across years (only with the param): the copied 2024 report carries in 0 where the 2022-based
    # chain says 1
    chain = [doc("shuili_2022"), replace(doc("shuili_2024_copied"), year=2023)]
    cross = run_rule("annual_report.inconsistent", snapshot(documents=chain), across_years=True)
    assert {f.target for f in cross} == {f"{ar.TABLE3} 列「自然人」（跨年度）", f"{ar.TABLE3} 列「总计」（跨年度）"}


def test_outdated_format() -> None:
    (f,) = run_rule("annual_report.outdated_format", snapshot(documents=[doc("old_format_2021"), doc("shuili_2023")]))
    assert "本年新制作数量" in f.measured["markers"] and f.measured["year"] == 2021
    # a 2020 report in the 2019 layout was in format then
    assert run_rule("annual_report.outdated_format", snapshot(documents=[doc("old_format_2021", year=2020)])) == []


def test_duplicate_against_the_previous_year() -> None:
    docs = [doc("shuili_2022"), doc("shuili_2023"), doc("shuili_2024_copied")]
    (f,) = run_rule("annual_report.duplicate", snapshot(as_of=date(2025, 2, 1), documents=docs))
    assert f.url.endswith("shuili_2024_copied.html") and str(f.target).endswith("shuili_2023.html")
    assert f.measured["similarity"] > 0.9 and f.measured["threshold"] == ar.DUPLICATE_THRESHOLD
    assert f.measured["year"] == 2024 and f.measured["compared_year"] == 2023
    assert run_rule("annual_report.duplicate", snapshot(documents=docs[:2])) == []


def test_no_findings_without_documents() -> None:
    site = site_config(**DEPT, channels={"annual_reports": "/xxgk/ndbg/"})
    for rule_id in ("annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section",
                    "annual_report.inconsistent", "annual_report.outdated_format", "annual_report.duplicate"):
        assert run_rule(rule_id, snapshot(as_of=date(2025, 6, 1)), site) == []


# --- a .docx made from a fixture's HTML, with its merged cells merged -------------------------


def docx_of(name: str) -> bytes:
    """The fixture as a Word document: paragraphs, and tables whose label cells are merged like
    the HTML's rowspan/colspan (python-docx writes vMerge/gridSpan as Word does)."""
    import docx
    from selectolax.lexbor import LexborHTMLParser

    body = ar.report_body(html(name))
    document = docx.Document()
    tree = LexborHTMLParser(body)
    root = tree.body
    assert root is not None
    for el in (root.css_first("div") or root).iter():
        if el.tag == "p":
            document.add_paragraph(el.text(deep=True).strip())
        elif el.tag == "table":
            grid = ar.html_tables(el.html or "")[0]
            width = max(len(r) for r in grid)
            table = document.add_table(rows=len(grid), cols=width)
            done: set[tuple[int, int]] = set()
            for r, row in enumerate(grid):
                for c in range(width):
                    if (r, c) in done:
                        continue
                    text = row[c] if c < len(row) else ""
                    c2 = c
                    r2 = r
                    if text and not text.isdigit():
                        while c2 + 1 < width and c2 + 1 < len(row) and row[c2 + 1] == text:
                            c2 += 1
                        while r2 + 1 < len(grid) and all(
                                len(grid[r2 + 1]) > k and grid[r2 + 1][k] == text for k in range(c, c2 + 1)):
                            r2 += 1
                    for rr in range(r, r2 + 1):
                        for cc in range(c, c2 + 1):
                            done.add((rr, cc))
                    cell = table.cell(r, c)
                    if (r2, c2) != (r, c):
                        cell = cell.merge(table.cell(r2, c2))
                    cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_continuity_skips_columns_last_year_did_not_balance() -> None:
    """Last year's 自然人 and 总计 columns do not add up (6 + 1 ≠ 5 + 1): its 结转下年度 cannot be
    trusted, so this year's 上年结转 0 is not held against it; the balanced 法人 column still is."""
    cols = ("自然人", "法人或其他组织", "总计")
    last = ar.ApplicationTable(columns=cols, new=(6, 2, 8), carried_in=(1, 0, 1), total=(5, 1, 6),
                               carried_out=(1, 1, 2))
    this = ar.ApplicationTable(columns=cols, new=(4, 0, 4), carried_in=(0, 0, 0), total=(4, 0, 4),
                               carried_out=(0, 0, 0))
    assert [(i.where, i.expected, i.found) for i in ar.continuity(last, this)] == [
        ("列「法人或其他组织」（跨年度）", 1, 0)]
    fixed = replace(last, total=(6, 1, 7))  # once last year balances, the carry-over is compared
    assert [i.where for i in ar.continuity(fixed, this)] == [
        "列「自然人」（跨年度）", "列「法人或其他组织」（跨年度）", "列「总计」（跨年度）"]


def _wrapped(name: str) -> DocumentPage:
    """The fixture as a CMS serves it when its article body is laid out in a one-cell table
    (``<table width="100%"><tr><td>`` around paragraphs and the report's own tables)."""
    inner = ar.report_body(html(name))
    page = (f'<html><body><div class="menu"><a href="/">首页</a></div><div class="art">'
            f'<table width="100%" border="0"><tr><td>{inner}</td></tr></table></div>'
            '<div class="foot">主办单位：县水利局</div></body></html>')
    body = ar.report_body(page)
    return replace(doc(name), html=body, text=ar.html_text(body))


def test_a_report_laid_out_in_a_table_keeps_its_prose() -> None:
    for name in ("shuili_2023", "shuili_2024_copied"):
        plain, wrapped = analysed(name).prose, ar.analyse(html=_wrapped(name).html).prose
        assert len(wrapped) > 200 and wrapped == plain  # the figures tables inside are still left out
    docs = [_wrapped("shuili_2023"), _wrapped("shuili_2024_copied")]
    (f,) = run_rule("annual_report.duplicate", snapshot(as_of=date(2025, 2, 1), documents=docs))
    assert f.url.endswith("shuili_2024_copied.html") and f.measured["similarity"] > 0.9


def _table3_report(year: int, new: tuple[int, int], carried_in: tuple[int, int], done: tuple[int, int],
                   carried_out: tuple[int, int]) -> DocumentPage:
    """A short invented report whose 表三 (自然人, 法人或其他组织, 总计) adds up by construction."""
    def row(label: str, v: tuple[int, int]) -> str:
        return f"<tr><td>{label}</td><td>{v[0]}</td><td>{v[1]}</td><td>{v[0] + v[1]}</td></tr>"
    body = (f"<p>一、总体情况</p><p>{year}年，白沙县档案馆依法做好政府信息公开工作，全年主动公开信息210条。</p>"
            "<p>二、主动公开政府信息情况</p><p>见下表。</p><p>三、收到和处理政府信息公开申请情况</p>"
            "<table border='1'><tr><td>项目</td><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>"
            + row("一、本年新收政府信息公开申请数量", new) + row("二、上年结转政府信息公开申请数量", carried_in)
            + row("（一）予以公开", done) + row("（七）总计", done) + row("四、结转下年度继续办理", carried_out)
            + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p>"
            "<p>五、存在的主要问题及改进情况</p><p>查阅服务有待改进。</p><p>六、其他需要报告的事项</p><p>无。</p>")
    return DocumentPage(url=f"http://127.0.0.1:8000/xxgk/ndbg/{year}.html", kind="annual_report",
                        title=f"白沙县档案馆{year}年政府信息公开工作年度报告", year=year, text=ar.html_text(body),
                        html=body, found_on="http://127.0.0.1:8000/xxgk/ndbg/")


def test_carry_over_between_two_balanced_reports_is_no_default_finding() -> None:
    """Each year's 表三 adds up; last year carries 0 forward, this year takes 2 in. Neither table
    contradicts itself and which one is wrong cannot be told: no finding unless across_years."""
    last = _table3_report(2022, new=(5, 1), carried_in=(0, 0), done=(5, 1), carried_out=(0, 0))
    this = _table3_report(2023, new=(6, 2), carried_in=(2, 0), done=(7, 2), carried_out=(1, 0))
    assert analysis_ok(last) and analysis_ok(this)
    snap = snapshot(documents=[this, last])
    assert run_rule("annual_report.inconsistent", snap) == []
    cross = run_rule("annual_report.inconsistent", snap, across_years=True)
    assert {(f.url, f.target) for f in cross} == {
        (this.url, f"{ar.TABLE3} 列「自然人」（跨年度）"), (this.url, f"{ar.TABLE3} 列「总计」（跨年度）")}


def analysis_ok(d: DocumentPage) -> bool:
    a = ar.analyse(html=d.html)
    return a.application is not None and a.application.carried_in is not None and a.inconsistencies == ()

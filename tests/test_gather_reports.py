"""Gathering annual reports with Chromium from a local site (a temporary folder served by
SiteServer, never a real site): the list found from the homepage, its second page, two HTML
reports and one .docx linked from a report page; then the annual_report.* rules over them."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import robot.rules.annual_report  # noqa: F401  registers the annual_report.* rules
from robot.config import Defaults, SiteConfig
from robot.content import annual_report as ar
from robot.demo.server import SiteServer
from robot.gather.browser import BrowserSession, BrowserSettings
from robot.gather.reports import Candidate, candidates_on, gather_reports, list_url, org_names, pick_reports
from robot.snapshots import DocumentPage
from robot.testing import run_rule, snapshot
from tests.test_annual_report import FIXTURES, docx_of

AS_OF = date(2025, 2, 15)

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>信丰县水利局</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li>
<li><a href="/xxgk/ndbg/">政府信息公开年报</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="news"><ul><li><a href="/gzdt/1.html">县水利局召开防汛工作部署会</a><span>2025-02-10</span></li></ul></div>
<div class="footer">主办单位：信丰县水利局</div></body></html>"""

LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_信丰县水利局</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/ndbg/">政府信息公开年报</a></li></ul>
<div class="list"><ul>
{rows}
</ul>
<div class="page">{pager}</div></div>
<div class="footer">主办单位：信丰县水利局</div></body></html>"""


def _row(title: str, href: str, day: str) -> str:
    return f'<li><a href="{href}" title="{title}">{title}</a><span class="date">{day}</span></li>'


ATTACHMENT_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>信丰县水利局2022年政府信息公开工作年度报告</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li></ul>
<div class="article"><h1>信丰县水利局2022年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2023-01-18</div>
<div class="content"><p>附件：<a href="/xxgk/ndbg/202301/P020230118.docx">信丰县水利局2022年政府信息公开工作年度报告.docx</a></p></div>
</div></body></html>"""


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reports_site")
    (root / "index.html").write_text(HOME, "utf-8")
    ndbg = root / "xxgk" / "ndbg"
    for folder in ("202501", "202401", "202301"):
        (ndbg / folder).mkdir(parents=True)
    rows1 = [
        _row("信丰县水利局2024年政府信息公开工作年度报告", "/xxgk/ndbg/202501/t20250120_3.html", "2025-01-20"),
        _row("信丰县2025年政务公开工作要点", "/xxgk/ndbg/202501/t20250108_9.html", "2025-01-08"),
        _row("信丰县水利局2023年政府信息公开工作年度报告", "/xxgk/ndbg/202401/t20240122_2.html", "2024-01-22"),
    ]
    rows2 = [_row("信丰县水利局2022年政府信息公开工作年度报告", "/xxgk/ndbg/202301/t20230118_1.html", "2023-01-18")]
    (ndbg / "index.html").write_text(LIST.format(rows="\n".join(rows1), pager='<a href="index_1.html">下一页</a>'),
                                     "utf-8")
    (ndbg / "index_1.html").write_text(LIST.format(rows="\n".join(rows2), pager='<a href="index.html">上一页</a>'),
                                       "utf-8")
    shutil.copy(FIXTURES / "shuili_2024_copied.html", ndbg / "202501" / "t20250120_3.html")
    (ndbg / "202501" / "t20250108_9.html").write_text("<html><body><p>工作要点</p></body></html>", "utf-8")
    shutil.copy(FIXTURES / "shuili_2023.html", ndbg / "202401" / "t20240122_2.html")
    (ndbg / "202301" / "t20230118_1.html").write_text(ATTACHMENT_PAGE, "utf-8")
    (ndbg / "202301" / "P020230118.docx").write_bytes(docx_of("shuili_2022"))
    return root


@pytest.fixture(scope="module")
def server(site_dir: Path) -> Iterator[SiteServer]:
    with SiteServer(site_dir) as s:
        yield s


def _site(server: SiteServer, **kw: object) -> SiteConfig:
    return SiteConfig.model_validate({"id": "shuili", "name": "信丰县水利局网站", "owner": "信丰县水利局",
                                      "url": server.url("/"), **kw})


def _gather(site: SiteConfig, homepage_html: str = "", user_agent: str = "") -> list[DocumentPage]:
    async def run() -> list[DocumentPage]:
        async with BrowserSession(BrowserSettings(timeout_s=8, user_agent=user_agent)) as b:
            ctx = await b.new_context()
            try:
                return await gather_reports(ctx, site, as_of=AS_OF, timeout_s=8, homepage_html=homepage_html)
            finally:
                await ctx.close()

    return asyncio.run(run())


@pytest.mark.browser
def test_gather_from_a_discovered_list(chromium: str, server: SiteServer) -> None:
    docs = _gather(_site(server), homepage_html=HOME)
    listing, *reports = docs
    assert listing.kind == "annual_report_list" and listing.source == "discovered"
    assert listing.url == server.url("/xxgk/ndbg/")
    assert [(d.year, d.source, d.published) for d in reports] == [
        (2024, "html", date(2025, 1, 20)), (2023, "html", date(2024, 1, 22)), (2022, "docx", date(2023, 1, 18))]
    html24, _, docx22 = reports
    assert html24.url == server.url("/xxgk/ndbg/202501/t20250120_3.html")
    assert html24.found_on == server.url("/xxgk/ndbg/")
    assert "网站标识码" not in html24.text and "<table" in html24.html  # the report, not the page around it
    assert docx22.url == server.url("/xxgk/ndbg/202301/P020230118.docx")
    assert docx22.found_on == server.url("/xxgk/ndbg/202301/t20230118_1.html") and docx22.html == ""
    a = ar.analyse(text=docx22.text)
    assert a.readable and a.missing == () and a.inconsistencies == () and a.year == 2022

    snap = snapshot(as_of=AS_OF, documents=docs)
    site = _site(server)
    assert run_rule("annual_report.missing", snap, site) == []
    (dup,) = run_rule("annual_report.duplicate", snap, site)
    assert dup.url == html24.url and dup.measured["compared_year"] == 2023
    assert run_rule("annual_report.inconsistent", snap, site) == []  # 2022 (docx) → 2023 → 2024 carry over
    assert run_rule("annual_report.missing_section", snap, site) == []


@pytest.mark.browser
def test_gather_configured_list_and_the_missing_rule(chromium: str, server: SiteServer) -> None:
    site = _site(server, channels={"annual_reports": "/xxgk/ndbg/"})
    docs = _gather(site)
    assert docs[0].source == "configured" and len(docs) == 4
    # a year later without a 2025 report: missing after 31 January 2026
    later = snapshot(as_of=date(2026, 2, 1), documents=docs)
    (f,) = run_rule("annual_report.missing", later, site)
    assert f.target == "2025年度报告" and f.url == server.url("/xxgk/ndbg/")


@pytest.mark.browser
def test_no_list_nothing_gathered(chromium: str, server: SiteServer) -> None:
    assert _gather(_site(server)) == []  # no channel, no homepage given
    gone = _site(server, channels={"annual_reports": "/nowhere/"})
    assert _gather(gone) == []  # 404: no list document, so annual_report.missing has no verdict


def test_list_url_and_picking() -> None:
    site = SiteConfig.model_validate({"id": "xf", "name": "信丰县人民政府网", "owner": "信丰县人民政府办公室",
                                      "jurisdiction": "信丰县", "url": "http://127.0.0.1:8000/"})
    home = ('<a href="/a/">2023年度报告</a><a href="/b/">年报</a><a href="/c/">政府信息公开年度报告</a>'
            '<a href="/d.pdf">年度报告</a>')
    assert list_url(site, home) == ("http://127.0.0.1:8000/c/", False)
    assert list_url(site, "") is None
    assert org_names(site) == ["信丰县人民政府办公室", "信丰县人民政府"]
    # a portal's list holds every unit's report: the government's own wins each year
    u = "http://127.0.0.1:8000/"
    cands = [Candidate("信丰县水利局2023年政府信息公开工作年度报告", u + "1", 2023, None, u),
             Candidate("信丰县人民政府2023年政府信息公开工作年度报告", u + "2", 2023, None, u),
             Candidate("大塘埠镇2022年政府信息公开工作年度报告", u + "3", 2022, None, u),
             Candidate("2022年政府信息公开工作年度报告", u + "4", 2022, None, u)]
    cands += [Candidate(f"信丰县人民政府{y}年政府信息公开工作年度报告", u + str(y), y, None, u)
              for y in range(2015, 2022)]
    picked = pick_reports(cands, site, date(2024, 4, 30))
    assert [c.url for c in picked] == [u + "2", u + "4", u + "2021", u + "2020", u + "2019"]


def test_candidates_on_a_list_page() -> None:
    page = LIST.format(rows="\n".join([
        _row("信丰县水利局2023年政府信息公开工作年度报告", "/r/2.html", "2024-01-22"),
        _row("信丰县2023年法治政府建设年度报告", "/r/3.html", "2024-01-20"),
        _row("信丰县2024年政务公开工作要点", "/r/4.html", "2024-01-10")]), pager="")
    got = candidates_on(page, "http://127.0.0.1:8000/xxgk/ndbg/", date(2024, 4, 30))
    assert [(c.url, c.year, c.published) for c in got] == [
        ("http://127.0.0.1:8000/r/2.html", 2023, date(2024, 1, 22))]


SCRIPTED_LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告_信丰县水利局</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li></ul>
<div class="colList"><div class="rows" data-json="/data/col_{name}.json?v=3">数据加载中…</div></div>
<script>
  // the template's loader breaks before it runs (a stray quote): the rows are never drawn
  var box = document.querySelector('.rows'); box.innerHTML = '<p>' + oops';
</script>
<div class="footer">主办单位：信丰县水利局</div></body></html>"""


@pytest.mark.browser
def test_reports_listed_only_in_the_data_file_the_list_script_reads(chromium: str, server: SiteServer,
                                                                    site_dir: Path) -> None:
    """A list page whose rows a script draws from a .json data file (declared in a data-* attribute):
    the script fails, the rendered list is empty, and the reports are read from the data file."""
    (site_dir / "xxgk" / "nb").mkdir(parents=True, exist_ok=True)
    (site_dir / "xxgk" / "nb" / "list.html").write_text(SCRIPTED_LIST.format(name="nb"), "utf-8")
    (site_dir / "data").mkdir(exist_ok=True)
    (site_dir / "data" / "col_nb.json").write_text(
        '{"total": 2, "list": ['
        '{"docTitle": "信丰县水利局2024年政府信息公开工作年度报告", "link": "../ndbg/202501/t20250120_3.html",'
        ' "pubDate": "2025/01/20 09:30"},'
        '{"docTitle": "信丰县水利局2023年政府信息公开工作年度报告", "link": "../ndbg/202401/t20240122_2.html",'
        ' "pubDate": "2024/01/22"}]}', "utf-8")
    site = _site(server, channels={"annual_reports": "/xxgk/nb/list.html"})
    docs = _gather(site, user_agent=Defaults().user_agent)  # the robot's own, with 汉字 in it
    listing, *reports = docs
    assert listing.kind == "annual_report_list" and listing.source == "configured"
    assert [(d.year, d.url, d.published) for d in reports] == [
        (2024, server.url("/xxgk/ndbg/202501/t20250120_3.html"), date(2025, 1, 20)),
        (2023, server.url("/xxgk/ndbg/202401/t20240122_2.html"), date(2024, 1, 22))]
    assert run_rule("annual_report.missing", snapshot(as_of=AS_OF, documents=docs), site) == []


def test_list_data_files_and_their_rows() -> None:
    from robot.gather import listdata

    page = ('<div id="a" data-source="./feed/items.xml"></div><ul data-url="https://other.test/x.json"></ul>'
            '<link rel="alternate" href="/rss.xml"><span data-json="/api/rows.json#top"></span>'
            '<img data-src="/img/a.png">')
    base = "http://gov.test/col/list.html"
    assert listdata.data_sources(page, base) == ["http://gov.test/col/feed/items.xml", "http://gov.test/api/rows.json"]
    xml = ('<?xml version="1.0" encoding="UTF-8"?><root><meta><count>2</count></meta>'
           '<item id="7"><name>关于印发《某县护林员管理办法》的通知</name><day>2024年3月5日</day>'
           '<href>/col/2024/7.html</href></item>'
           '<item><name>某县林业局2023年政府信息公开工作年度报告</name><href>http://gov.test/col/2024/8.html</href></item>'
           '</root>').encode()
    assert listdata.data_rows(xml, base) == [
        listdata.Row("关于印发《某县护林员管理办法》的通知", "http://gov.test/col/2024/7.html", date(2024, 3, 5)),
        listdata.Row("某县林业局2023年政府信息公开工作年度报告", "http://gov.test/col/2024/8.html", None)]
    assert listdata.data_rows(b'<!DOCTYPE r [<!ENTITY a "x">]><r><i><t>&a;</t><u>/1.html</u></i></r>', base) == []
    assert listdata.data_rows(b"not data", base) == []

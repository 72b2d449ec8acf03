"""The HTTP path (robot.gather.static): pages read from their served HTML give what the renderer
gives, templates a script changes are rendered, and a run gives the same findings both ways."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.gather import extract, static
from robot.gather.browser import BrowserSession, BrowserSettings, visit
from robot.snapshots import LinkFact, PageSnapshot

NAV = """<div class="header"><div class="logo"><img src="/img/logo.png" alt="长宁县人民政府" width="300" height="60"></div>
<div class="nav" id="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/gzdt/">工作动态</a>
<ul class="sub" style="display:none"><li><a href="/col/gzdt/xzdt/">乡镇动态</a></li></ul></li>
<li><a href="/col/tzgg/">通知公告</a></li></ul></div></div>"""
FOOT = """<div class="footer"><p>主办单位：长宁县人民政府办公室　网站标识码：5115290001</p>
<p><img src="/img/rule.png" alt=""></p>
<p><a href="http://www.gov.cn/" target="_blank">中国政府网</a> | <a href="mailto:cnxzf@163.com">联系我们</a></p></div>"""


def _page(title: str, body: str, scripts: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/css/site.css">{scripts}</head>
<body>{NAV}<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; 工作动态</div>
{body}</div>{FOOT}</body></html>"""


def _article(n: int, extra: str = "") -> str:
    return _page(
        f"长宁县召开第{n}次常务会议", f"""<div class="article"><h1>长宁县召开第{n}次常务会议</h1>
<div class="info">发布时间：2024-04-{10 + n:02d}　来源：县政府办</div>
<div class="content"><p>4月{n}日，县政府召开第{n}次常务会议，研究部署<b>安全生产</b>、防汛备汛等工作。</p>
<p><img src="/img/p{n}.png" alt="会议现场" width="400" height="300"></p>
<p>详见<a href="/art/{(n % 12) + 1}.html">相关报道</a>。{extra}</p></div></div>""",
        scripts=f'<script src="/js/common.js"></script><script>var articleId = {n}; var t = "第{n}篇";</script>',
    )


def _png(path: Path, colour: tuple[int, int, int] | None = None) -> None:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (400, 300), colour or (250, 250, 250))
    if colour is None:
        d = ImageDraw.Draw(im)
        for i in range(0, 400, 16):
            d.line([(i, 0), (399 - i, 299)], fill=(i % 255, 90, 160), width=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path)


def _write_site(root: Path) -> None:
    (root / "css").mkdir(parents=True)
    (root / "css" / "site.css").write_text(".gone{display:none}\n.nav .sub{display:none}\n", encoding="utf-8")
    (root / "js").mkdir()
    (root / "js" / "common.js").write_text("window.siteReady = true;\n", encoding="utf-8")
    (root / "js" / "inject.js").write_text(
        "document.addEventListener('DOMContentLoaded', function () {\n"
        "  var a = document.createElement('a'); a.href = 'http://casino.example.net/';\n"
        "  a.textContent = '在线博彩'; a.style.position = 'absolute'; a.style.left = '-9999px';\n"
        "  document.body.appendChild(a);\n});\n", encoding="utf-8")
    _png(root / "img" / "logo.png")
    for n in range(1, 13):
        _png(root / "img" / f"p{n}.png")
    _png(root / "img" / "grey.png", (190, 190, 190))
    _png(root / "img" / "spacer.png", (236, 236, 236))
    # a site-wide divider: a flat line the crawl (pictures off) leaves undrawn, on every page's template
    from PIL import Image

    Image.new("RGB", (960, 2), (200, 30, 30)).save(root / "img" / "rule.png")
    rows = "".join(f'<li><a href="/art/{n}.html">长宁县召开第{n}次常务会议</a><span>2024-04-{10 + n:02d}</span></li>'
                   for n in range(12, 0, -1))
    (root / "index.html").write_text(_page("长宁县人民政府", f'<ul class="list">{rows}</ul>'), encoding="utf-8")
    (root / "col" / "gzdt").mkdir(parents=True)
    (root / "col" / "gzdt" / "index.html").write_text(
        _page("工作动态", f'<ul class="list">{rows}</ul><div class="page">共1页</div>'), encoding="utf-8")
    (root / "col" / "tzgg").mkdir(parents=True)
    notices = "".join(f'<li><a href="/ad/{n}.html">关于做好第{n}批项目申报工作的通知</a><span>2024-04-0{n}</span></li>'
                      for n in range(4, 0, -1))
    (root / "col" / "tzgg" / "index.html").write_text(_page("通知公告", f'<ul class="list">{notices}</ul>'),
                                                      encoding="utf-8")
    (root / "art").mkdir()
    for n in range(1, 13):
        extra = ""
        if n == 5:  # a spam link hidden by a class of the shared style sheet: only a renderer sees it is hidden
            extra = '<a class="gone" href="http://spam.example.com/">六合彩</a>'
        if n == 7:  # a picture that is not there
            extra = '<img src="/img/missing.png" alt="缺失" width="200" height="150">'
        if n == 3:  # a picture that loads but is a flat grey box: a finding, once its drawn size is known
            extra = '<img src="/img/grey.png" alt="现场图片" width="300" height="200">'
        if n == 2:  # the same kind of flat picture drawn as a small spacer: decoration, not a finding
            extra = '<img src="/img/spacer.png" alt="" width="8" height="8">'
        (root / "art" / f"{n}.html").write_text(_article(n, extra), encoding="utf-8")
    (root / "ad").mkdir()
    for n in range(1, 5):  # a template whose script adds a hidden spam link to every page
        body = _article(n).replace('<script src="/js/common.js"></script>', '<script src="/js/inject.js"></script>')
        (root / "ad" / f"{n}.html").write_text(body.replace("常务会议", "项目申报"), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("static-site")
    _write_site(root)
    with SiteServer(root) as s:
        yield s


def _config(base: str, render: str) -> object:
    return parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1, render: {render}}}
sites:
  - id: changning
    name: 长宁县人民政府
    url: "{base}"
    columns:
      - {{name: 工作动态, url: /col/gzdt/, category: news}}
      - {{name: 通知公告, url: /col/tzgg/, category: notice}}
""", "<test>")


@pytest.fixture(scope="module")
def runs(chromium: str, site: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:  # type: ignore[type-arg]
    out = {}
    for render in ("auto", "all"):
        tmp = tmp_path_factory.mktemp(f"run-{render}")
        result = api.inspect(_config(site.url("/"), render), db_url=f"sqlite:///{tmp}/z.db",  # type: ignore[arg-type]
                             evidence_dir=tmp / "ev", as_of=date(2024, 4, 30), checks=["link", "image", "column"])
        out[render] = result.to_json()
    return out


def _keys(result: dict) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    def path(u: str | None) -> str:
        return urlsplit(u or "").path
    return {(f["rule"], path(f["url"]), path(f.get("target")) or str(f.get("target"))) for f in result["findings"]}


def test_a_run_gives_the_same_findings_rendered_or_read(runs: dict) -> None:  # type: ignore[type-arg]
    auto, every = runs["auto"], runs["all"]
    assert _keys(auto) == _keys(every)
    hidden = {k[1] for k in _keys(auto) if k[0] == "link.hidden"}
    # the class-hidden spam link on one article, the script-injected one on each page of its template
    assert hidden == {"/art/5.html", "/ad/1.html", "/ad/2.html", "/ad/3.html", "/ad/4.html"}
    assert ("image.broken", "/art/7.html", "/img/missing.png") in _keys(auto)
    assert ("image.broken", "/art/3.html", "/img/grey.png") in _keys(auto)
    assert not any(k[0] == "image.broken" and k[2] == "/img/spacer.png" for k in _keys(auto))


def test_proved_templates_are_read_and_script_changed_ones_rendered(runs: dict) -> None:  # type: ignore[type-arg]
    pages = {urlsplit(p["url"]).path: p for p in runs["auto"]["pages"]}
    assert all(p["rendered"] for p in runs["all"]["pages"])
    assert pages["/"]["rendered"] and pages["/col/gzdt/"]["rendered"]  # homepage and columns: always
    assert all(pages[f"/ad/{n}.html"]["rendered"] for n in range(1, 5))  # its script adds a link
    assert pages["/art/5.html"]["rendered"]  # links another site: the renderer judges the link
    read = [n for n in range(1, 13) if not pages[f"/art/{n}.html"]["rendered"]]
    # after two rendered samples the template's pages are read; 5 is rendered for its link to another
    # site, 2 and 3 after their flat pictures were judged (how big are they drawn?)
    assert len(read) >= 5 and not {2, 3, 5} & set(read), pages
    for n in read:  # and measured like the rendered ones
        assert pages[f"/art/{n}.html"]["status"] == 200 and pages[f"/art/{n}.html"]["response_ms"] is not None


@pytest.fixture(scope="module")
def rendered(chromium: str, site: SiteServer) -> dict[str, tuple[PageSnapshot, str]]:
    async def run() -> dict[str, tuple[PageSnapshot, str]]:
        out = {}
        async with BrowserSession(BrowserSettings(timeout_s=8)) as b:
            ctx = await b.new_context()
            for path in ("/art/3.html", "/ad/2.html", "/col/gzdt/"):
                page = await ctx.new_page()
                v = await visit(page, site.url(path), site="changning", timeout_s=8)
                out[path] = (v.snapshot, v.html)
                await page.close()
        return out

    return asyncio.run(run())


def _served(site: SiteServer, path: str) -> static.StaticPage:
    import urllib.request

    with urllib.request.urlopen(site.url(path)) as r:  # noqa: S310 - the local test site
        html = static.decode(r.read(), r.headers.get("Content-Type", ""))
    return static.read(html, site.url(path), [urlsplit(site.url("/")).netloc])


def _facts(links: tuple[LinkFact, ...] | list[LinkFact]) -> list[tuple[str, str, str, bool]]:
    return [(x.href, x.text, x.selector, x.in_nav) for x in links]


def test_served_html_reads_as_the_renderer_reads_it(rendered: dict, site: SiteServer) -> None:  # type: ignore[type-arg]
    snap, html = rendered["/art/3.html"]
    served = _served(site, "/art/3.html")
    assert _facts(served.links) == _facts(snap.links)  # same links, texts, CSS paths and nav flags
    assert [(i.src, i.selector) for i in served.images] == [(i.src, i.selector) for i in snap.images]
    assert served.title == snap.title
    entries = extract.extract_entries(html, snap.final_url, today=date(2024, 4, 30))
    assert static.differences(snap, served, snap.entries, entries, [urlsplit(site.url("/")).netloc]) == ""
    assert "县政府召开第3次常务会议" in served.text and "乡镇动态" not in served.text  # inline-hidden menu left out


def test_a_script_that_adds_a_hidden_link_makes_its_template_rendered(rendered: dict, site: SiteServer) -> None:  # type: ignore[type-arg]
    snap, _html = rendered["/ad/2.html"]
    served = _served(site, "/ad/2.html")
    why = static.differences(snap, served, (), (), [urlsplit(site.url("/")).netloc])
    assert why.startswith("links differ") and "casino.example.net" in why


def test_templates_differ_by_scripts_not_by_their_literals() -> None:
    a = static.read(_article(1), "http://x.gov.cn/art/1.html", ["x.gov.cn"])
    b = static.read(_article(2), "http://x.gov.cn/art/2.html", ["x.gov.cn"])
    c = static.read(_article(2).replace("common.js", "inject.js"), "http://x.gov.cn/art/2.html", ["x.gov.cn"])
    d = static.read(_article(2).replace("var t =", "document.write(t); var t ="), "http://x.gov.cn/a.html", ["x.gov.cn"])
    assert a.template == b.template
    assert len({a.template, c.template, d.template}) == 3


def test_needs_render_until_proved_and_for_links_to_other_sites() -> None:
    page = static.read(_article(1), "http://x.gov.cn/art/1.html", ["x.gov.cn"])
    assert static.needs_render(page, None) == "new template"
    known = static.TemplateFacts()
    snap = PageSnapshot(site="x", requested_url="http://x.gov.cn/art/1.html", final_url="http://x.gov.cn/art/1.html",
                        status=200, links=tuple(page.links), text=page.text)
    known.learn(snap, page, ["x.gov.cn"])
    assert static.needs_render(page, known) == "template not yet proved"
    known.learn(snap, page, ["x.gov.cn"])
    assert static.needs_render(page, known) == ""
    other = static.read(_article(2, '<a href="https://www.example.com/">友情链接</a>'), "http://x.gov.cn/art/2.html",
                        ["x.gov.cn"])
    assert static.needs_render(other, known) == "links another site"
    known.dynamic = "links differ"
    assert static.needs_render(page, known) == "links differ"


def test_gbk_pages_are_decoded_from_their_meta_charset() -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>' \
           '<body><p>关于开展2024年度政府信息公开工作的通知</p></body></html>'
    body = html.encode("gbk")
    assert "政府信息公开" in static.decode(body, "text/html")
    assert "政府信息公开" in static.decode(body, "text/html; charset=GBK")
    assert static.decode("纯文本".encode(), "") == "纯文本"

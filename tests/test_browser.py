"""The browser layer on real Chromium: visibility facts, timings, errors, hostile pages."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from robot.demo.server import SiteServer
from robot.gather.browser import BrowserSession, BrowserSettings, close_page, ready_page, visit
from robot.snapshots import NetError, PageSnapshot

HIDDEN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>暗链测试</title></head>
<body style="background:#fff">
<div class="nav"><ul><li><a href="/col/gzdt/">工作动态</a></li></ul></div>
<a id="shown" href="http://www.example.com/">看得见</a>
<a id="display" href="http://a.example.com/" style="display:none">博彩</a>
<div style="visibility:hidden"><a id="visibility" href="http://b.example.com/">彩票</a></div>
<a id="opacity" href="http://c.example.com/" style="opacity:0">代孕</a>
<a id="offscreen" href="http://d.example.com/" style="position:absolute;left:-9999px">发票</a>
<a id="zero" href="http://e.example.com/" style="display:inline-block;width:0;height:0;overflow:hidden"></a>
<a id="fontsize" href="http://f.example.com/" style="font-size:0">贷款</a>
<a id="colour" href="http://g.example.com/" style="color:#ffffff">白字链接</a>
<div style="width:0;height:0;overflow:hidden"><a id="clipped" href="http://h.example.com/">裁剪</a></div>
<img id="ok" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">
<img id="bad" src="/missing.png" alt="坏图">
<script>document.body.insertAdjacentHTML('beforeend',
  '<a id="injected" href="http://i.example.com/" style="display:none">注入</a>');</script>
</body></html>"""

HOSTILE = {
    "/alert-loop.html": "<script>for (let i = 0; i < 50; i++) alert('第' + i + '次');</script><p>弹窗</p>",
    "/popups.html": "<script>for (let i = 0; i < 5; i++) window.open('http://popup.example.com/' + i);</script><p>弹出</p>",
    "/reload.html": "<p>刷新</p><script>setTimeout(() => location.reload(), 300);</script>",
    "/beforeunload.html": "<p>离开</p><script>onbeforeunload = (e) => { e.preventDefault(); return '确定离开?'; };</script>",
    "/busy.html": "<p>死循环</p><script>setTimeout(() => { while (true) {} }, 50);</script>",
    # the loop starts only after the page was read: the *next* navigation on that page would hang
    "/late-busy.html": "<p>迟到的死循环</p><script>setTimeout(() => { while (true) {} }, 150);</script>",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root: Path = tmp_path_factory.mktemp("site")
    (root / "hidden.html").write_text(HIDDEN_PAGE, encoding="utf-8")
    for name, body in HOSTILE.items():
        (root / name.lstrip("/")).write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>',
                                             encoding="utf-8")
    with SiteServer(root) as server:
        yield server


def _visit_all(urls: list[str], timeout_s: float = 4.0, pause_s: float = 0.0) -> list[tuple[PageSnapshot, float]]:
    async def run() -> list[tuple[PageSnapshot, float]]:
        out = []
        async with BrowserSession(BrowserSettings(timeout_s=timeout_s)) as b:
            ctx = await b.new_context()
            page = None
            for url in urls:
                t = time.perf_counter()
                page = await ready_page(ctx, page)
                v = await visit(page, url, site="t", timeout_s=timeout_s)
                out.append((v.snapshot, time.perf_counter() - t))
                if not v.healthy:
                    await close_page(page, stuck=v.stuck)
                    page = None
                if pause_s:
                    await asyncio.sleep(pause_s)
        return out

    return asyncio.run(run())


def test_link_visibility_reasons(chromium: str, site: SiteServer) -> None:
    [(snap, _)] = _visit_all([site.url("/hidden.html")])
    assert snap.status == 200 and snap.title == "暗链测试"
    reasons: dict[str, Any] = {link.selector.lstrip("#"): link.hidden_reason for link in snap.links}
    assert reasons["shown"] is None
    for rid in ("display", "visibility", "opacity", "offscreen", "zero", "fontsize", "colour", "clipped", "injected"):
        assert reasons[rid] is not None, rid
    assert reasons["display"] == "display" and reasons["colour"] == "colour" and reasons["clipped"] == "clipped"
    nav = [link for link in snap.links if link.in_nav]
    assert [link.text for link in nav] == ["工作动态"]
    imgs = {i.selector: i for i in snap.images}
    assert imgs["#ok"].loaded and not imgs["#bad"].loaded and imgs["#bad"].alt == "坏图"


def test_timings_errors_and_recovery(chromium: str, site: SiteServer) -> None:
    urls = [site.url("/slow?ms=800"), "http://127.0.0.1:9/", "http://nonexistent.invalid/", site.url("/hang"),
            site.url("/status/500"), site.url("/redirect-loop"), site.url("/hidden.html")]
    snaps = _visit_all(urls, timeout_s=3)
    slow = snaps[0][0]
    assert slow.status == 200 and slow.response_ms is not None
    measured = [slow.response_ms]
    if abs(slow.response_ms - 800) > 80:  # a busy machine only ever adds time: measure twice more, keep the best
        measured += [s.response_ms or 10**6 for s, _ in _visit_all([site.url("/slow?ms=800")] * 2, timeout_s=3)]
    assert min(measured) >= 790 and abs(min(measured) - 800) <= 80, measured  # never faster than the delay
    assert snaps[1][0].error is NetError.BLOCKED  # Chromium refuses unsafe ports
    assert snaps[2][0].error is NetError.DNS
    assert snaps[3][0].error is NetError.TIMEOUT and snaps[3][1] < 6
    assert snaps[4][0].status == 500
    assert snaps[5][0].error is NetError.TOO_MANY_REDIRECTS
    assert snaps[6][0].status == 200 and snaps[6][0].links  # a fresh page after the errors works


def test_hostile_pages_do_not_stop_the_robot(chromium: str, site: SiteServer) -> None:
    urls = [site.url(p) for p in HOSTILE] + [site.url("/hidden.html")]
    snaps = _visit_all(urls, timeout_s=4, pause_s=0.4)  # the pause lets every timer fire
    for (snap, seconds), url in zip(snaps, urls, strict=True):
        assert snap.status == 200, url
        assert seconds < 9, (url, seconds)
    assert "弹窗" in snaps[0][0].text and "刷新" in snaps[2][0].text
    assert snaps[-1][0].title == "暗链测试"


SCRIPTED_LIST = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告</title></head><body>
<div class="lanmu">通知公告</div><ol id="rows"><li class="loading">加载中</li></ol>
<script>
fetch('/data/notices.json').then((r) => r.json()).then((d) => {
  document.getElementById('rows').innerHTML = d.rows.map((x) => '<li><a href="' + x.href + '">' + x.name
    + '</a> <i>' + x.day + '</i></li>').join('');
});
</script></body></html>"""


def test_a_list_filled_from_a_slow_data_request_is_read_with_its_rows(chromium: str, site: SiteServer) -> None:
    # the page's load event comes before the data request's answer: the page is read once it arrived
    from robot.demo.server import Response

    rows = '{"rows": [{"href": "/tz/301.html", "name": "关于开展汛期安全检查的通知", "day": "2025-05-06"}]}'
    site.add_route("/data/notices.json", lambda _req: Response(body=rows, content_type="application/json",
                                                                delay_ms=700))
    site.add_route("/notices.html", lambda _req: SCRIPTED_LIST)
    (snap, seconds), = _visit_all([site.url("/notices.html")], timeout_s=6)
    assert snap.status == 200 and seconds < 6
    assert "关于开展汛期安全检查的通知" in snap.text and "加载中" not in snap.text

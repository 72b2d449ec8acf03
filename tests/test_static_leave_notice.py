"""The HTTP path keeps a whole-page leave-site notice: when the rendered samples of a template show
that a script intercepts the clicks of every link of the page (dom.js's ``[page] …``), an outside
link the samples did not show, read from the served HTML, is warned of too; a notice of one link
(``[script] …``) is that link's alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from robot.gather import static
from robot.snapshots import PageSnapshot, SiteSnapshot
from robot.testing import run_rule, site_config

SITE = "http://qb.example.gov.cn/"


def _html(link: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>青坝镇便民服务</title>
<script src="/res/js/waichain.js"></script></head><body>
<div class="crumb"><a href="/">首页</a> &gt; 便民服务</div>
<div class="detail"><h2>便民服务链接</h2><p>以下为常用便民服务网站。</p><ul>{link}</ul></div></body></html>"""


def _known(notice: str) -> static.TemplateFacts:
    """A template proved by two rendered samples whose outside link carried ``notice``."""
    sample = static.read(_html('<li><a href="https://www.example.net/bus/">公交查询</a></li>'),
                         SITE + "bmfw/1.html", ["qb.example.gov.cn"])
    rendered = PageSnapshot(
        site="qb", requested_url=SITE + "bmfw/1.html", final_url=SITE + "bmfw/1.html", status=200,
        links=tuple(replace(x, onclick=notice) if x.href.startswith("https://www.example.net") else x
                    for x in sample.links),
        text=sample.text)
    known = static.TemplateFacts()
    for _ in range(static.SAMPLES):
        known.learn(rendered, sample, ["qb.example.gov.cn"])
    return known


def _served(known: static.TemplateFacts, link_text: str) -> PageSnapshot:
    page = static.read(_html(f'<li><a href="https://www.example.net/bus/">{link_text}</a></li>'
                             '<li><a href="/bmfw/3.html">办事指南</a></li>'),
                       SITE + "bmfw/2.html", ["qb.example.gov.cn"])
    assert static.needs_render(page, known) == ""  # the same outside URL: read from the served HTML
    return static.snapshot(page, site="qb", url=SITE + "bmfw/2.html", final_url=SITE + "bmfw/2.html", status=200,
                           response_ms=5, size=900, fetched_at=datetime.now(UTC), content_type="text/html",
                           depth=1, via=SITE, html_bytes=900, known=known)


def _unnoticed(snap: PageSnapshot) -> list[str]:
    site = SiteSnapshot(site="qb", homepage_url=SITE, as_of=date(2025, 9, 1), pages=[snap])
    return [f.target for f in run_rule("link.external_no_notice", site, site=site_config(url=SITE))]


def test_a_whole_page_notice_covers_an_outside_link_the_samples_did_not_show() -> None:
    known = _known("[page] function(e){ showTip('您即将离开本网站，前往第三方网站') }")
    snap = _served(known, "城乡公交实时查询")  # same URL, other text: not one of the samples' links
    ext = next(x for x in snap.links if x.href.startswith("https://www.example.net"))
    assert ext.onclick.startswith("[page] ") and "离开本网站" in ext.onclick
    own = next(x for x in snap.links if x.href.endswith("/bmfw/3.html"))
    assert own.onclick == ""  # a link inside the site is not warned of
    assert _unnoticed(snap) == []


def test_a_notice_of_one_link_is_not_given_to_the_others() -> None:
    known = _known("[script] function goOut(){ return confirm('即将离开本站') }")
    snap = _served(known, "城乡公交实时查询")
    assert _unnoticed(snap) == ["https://www.example.net/bus/"]

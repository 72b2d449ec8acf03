"""New-media feeds: RSS/Atom/RDF and HTML posts pages read safely, and the newmedia.stale rule."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import robot.rules.newmedia  # noqa: F401  registers newmedia.stale (until robot.rules imports it)
from robot.demo.server import Response, SiteServer
from robot.gather.feeds import UnsafeXml, gather_feeds, parse_feed, parse_feed_date, parse_xml
from robot.snapshots import FeedPost, FeedSnapshot
from robot.testing import run_rule, snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
AS_OF = date(2024, 4, 30)
BASE = "http://127.0.0.1:8000/feeds/"


def read(name: str, today: date = AS_OF, **kw: object) -> FeedSnapshot:
    return parse_feed("信丰政务", BASE + name, (FIXTURES / name).read_bytes(), today=today, **kw)  # type: ignore[arg-type]


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Mon, 15 Apr 2024 10:00:00 +0800", date(2024, 4, 15)),
    ("Mon, 15 Apr 2024 20:00:00 GMT", date(2024, 4, 16)),  # 04:00 the next day in China
    ("15 Apr 2024", date(2024, 4, 15)),
    ("2024-04-15T20:00:00Z", date(2024, 4, 16)),
    ("2024-04-15T10:00:00+08:00", date(2024, 4, 15)),
    ("2024-04-15", date(2024, 4, 15)),
    ("2024-04-15 09:30:00", date(2024, 4, 15)),
    ("2024年4月15日", date(2024, 4, 15)),
    ("2024/04/15", date(2024, 4, 15)),
    ("近日", None),
    ("", None),
    ("2099-01-01", None),  # beyond next year: a mis-read, not a date
    ("Sat, 31 Feb 2024 10:00:00 +0800", None),
])
def test_feed_dates(text: str, expected: date | None) -> None:
    assert parse_feed_date(text, today=AS_OF) == expected


# --- kinds -----------------------------------------------------------------------------------


def test_rss_posts_newest_first_with_cdata_entities_and_relative_links() -> None:
    feed = read("rss.xml")
    assert (feed.kind, feed.error) == ("rss", "")
    assert [p.date for p in feed.posts] == [date(2024, 4, 15), date(2024, 4, 10), date(2024, 4, 2)]
    assert feed.posts[0].title == "我县 春耕生产有序推进 R&D"  # &nbsp; and a stray & survive
    assert feed.posts[1].title == "信丰县召开防汛工作会议"
    assert feed.posts[1].url == "http://127.0.0.1:8000/wx/2024/0410.html"
    assert feed.posts[2].date == date(2024, 4, 2)  # dc:date in ISO 8601


def test_atom_published_alternate_link_and_html_title() -> None:
    feed = read("atom.xml")
    assert feed.kind == "atom"
    first = feed.posts[0]
    assert first.url == "https://xf.example.gov.cn/fb/2024/0414.html"  # not the rel=edit link
    assert first.date == date(2024, 4, 15)  # published 20:30Z is the 15th in China (not updated)
    assert feed.posts[1].title == "关于开展安全生产大检查的通知"


def test_rdf_with_chinese_dates() -> None:
    feed = read("rdf.xml")
    assert feed.kind == "rdf"
    assert [(p.title, p.date) for p in feed.posts] == [
        ("县政府常务会议研究部署近期重点工作", date(2024, 4, 15)),
        ("全县一季度经济运行情况", date(2024, 4, 8)),
    ]


def test_gb2312_and_rss_091_doctype() -> None:
    gb = read("rss_gb2312.xml")
    assert gb.kind == "rss" and gb.posts[0].title == "全县安全生产工作会议召开"
    assert gb.posts[0].date == date(2024, 4, 15)
    old = read("rss091.xml")  # a bare DOCTYPE (no internal subset) is harmless
    assert old.error == "" and old.posts[0].date == date(2024, 4, 20)


def test_html_posts_page() -> None:
    feed = read("posts.html")
    assert (feed.kind, feed.error) == ("html", "")
    assert [p.date for p in feed.posts] == [date(2024, 4, 15), date(2024, 4, 3), date(2024, 3, 28)]
    assert feed.posts[0].title == "我县开展“世界读书日”系列活动"
    assert feed.posts[0].url == "http://127.0.0.1:8000/wb/2024/0415.html"


def test_html_without_a_post_list_is_unreadable_not_empty() -> None:
    feed = read("nolist.html")
    assert feed.kind == "html" and feed.error and not feed.posts


def test_undated_and_empty_feeds_read_fine() -> None:
    undated = read("undated.xml")
    assert undated.error == "" and len(undated.posts) == 2 and all(p.date is None for p in undated.posts)
    empty = read("empty.xml")
    assert (empty.kind, empty.error, empty.posts) == ("rss", "", ())


def test_broken_xml_is_an_error_not_an_exception() -> None:
    feed = read("broken.xml")
    assert feed.error.startswith("XML 格式错误") and not feed.posts


def test_xml_sniffed_even_when_labelled_html() -> None:
    feed = read("rss.xml", content_type="text/html; charset=utf-8")
    assert feed.kind == "rss" and len(feed.posts) == 3


# --- hostile XML -----------------------------------------------------------------------------


def test_billion_laughs_is_refused_before_expanding() -> None:
    body = (FIXTURES / "billion_laughs.xml").read_text("utf-8")
    started = time.perf_counter()
    with pytest.raises(UnsafeXml):
        parse_xml(body)
    feed = read("billion_laughs.xml")
    assert time.perf_counter() - started < 1.0
    assert feed.error.startswith("拒绝解析") and not feed.posts
    assert "lol" not in repr(feed)


def test_quadratic_blowup_and_external_entities_are_refused() -> None:
    big = "A" * 100_000
    quadratic = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{big}">]>'
                 f"<rss><channel><title>{'&a;' * 10_000}</title></channel></rss>")
    with pytest.raises(UnsafeXml):
        parse_xml(quadratic)
    feed = read("xxe.xml")
    assert feed.error.startswith("拒绝解析") and "root:" not in repr(feed)


def test_undeclared_entities_are_never_expanded() -> None:
    root = parse_xml("<rss><channel><title>&lol9; &amp; &copy;</title></channel></rss>")
    assert root.find("channel/title").text == "&lol9; & ©"  # type: ignore[union-attr]


# --- fetching --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def feeds_server() -> Iterator[SiteServer]:
    with SiteServer(FIXTURES) as server:
        server.add_route("/gone.xml", lambda req: Response(status=410, body="<h1>410</h1>"))
        server.add_route("/moved.xml", lambda req: Response(status=301, headers={"Location": "/atom.xml"}))
        yield server


async def test_gather_feeds_in_order_with_errors_as_text(feeds_server: SiteServer) -> None:
    accounts = [
        ("微信", feeds_server.url("/rss.xml")),
        ("头条", feeds_server.url("/moved.xml")),
        ("微博", feeds_server.url("/posts.html")),
        ("已注销", feeds_server.url("/gone.xml")),
        ("不存在", feeds_server.url("/missing.xml")),
        ("挂起", feeds_server.url("/hang")),
        ("坏地址", "ftp://example.org/feed.xml"),
        ("坏订阅", feeds_server.url("/billion_laughs.xml")),
    ]
    feeds = await gather_feeds(accounts, as_of=AS_OF, timeout_s=1.0, user_agent="zwgk-test", allow_private=True)
    assert [f.name for f in feeds] == [a[0] for a in accounts]
    rss, moved, html, gone, missing, hang, bad, laughs = feeds
    assert rss.kind == "rss" and rss.status == 200 and rss.posts[0].date == date(2024, 4, 15)
    assert moved.kind == "atom" and moved.url == feeds_server.url("/moved.xml")
    assert html.kind == "html" and html.posts[0].date == date(2024, 4, 15)
    assert (gone.status, gone.error) == (410, "HTTP 410")
    assert missing.status == 404 and missing.error == "HTTP 404"
    assert hang.status is None and "超时" in hang.error
    assert bad.error and bad.status is None
    assert laughs.error.startswith("拒绝解析")


async def test_private_addresses_are_not_fetched_unless_allowed(feeds_server: SiteServer) -> None:
    feeds_server.clear_requests()
    feeds = await gather_feeds([("微信", feeds_server.url("/rss.xml"))], as_of=AS_OF, timeout_s=2.0,
                               user_agent="zwgk-test", allow_private=False)
    assert feeds[0].error and not feeds[0].posts
    assert feeds_server.count("/rss.xml") == 0


async def test_no_accounts_no_work() -> None:
    assert await gather_feeds([], as_of=AS_OF, timeout_s=1, user_agent="x", allow_private=False) == []


# --- newmedia.stale --------------------------------------------------------------------------


def _feed(*dates: date | None, name: str = "信丰政务", **kw: object) -> FeedSnapshot:
    posts = tuple(FeedPost(f"第{i}条", f"http://127.0.0.1:8000/wx/{i}.html", d) for i, d in enumerate(dates))
    return FeedSnapshot(name=name, url="http://127.0.0.1:8000/feeds/xfzw.xml", status=200, kind="rss",
                        posts=posts, **kw)  # type: ignore[arg-type]


def test_stale_at_15_days_not_at_14() -> None:
    feed = read("rss.xml")  # newest post 2024-04-15
    assert run_rule("newmedia.stale", snapshot(as_of=date(2024, 4, 29), feeds=[feed])) == []
    [f] = run_rule("newmedia.stale", snapshot(as_of=date(2024, 4, 30), feeds=[feed]))
    assert (f.rule, f.severity.value, f.url, f.target) == ("newmedia.stale", "veto", BASE + "rss.xml", "信丰政务")
    assert f.measured["newest"] == "2024-04-15" and f.measured["days_since"] == 15 and f.measured["days"] == 14
    assert "15天未更新" in f.message


def test_each_kind_fresh_and_stale() -> None:
    for name in ("rss.xml", "atom.xml", "rdf.xml", "posts.html", "rss_gb2312.xml"):
        feed = read(name)
        assert run_rule("newmedia.stale", snapshot(as_of=date(2024, 4, 20), feeds=[feed])) == [], name
        assert len(run_rule("newmedia.stale", snapshot(as_of=date(2024, 5, 20), feeds=[feed]))) == 1, name


def test_days_parameter() -> None:
    snap = snapshot(as_of=date(2024, 4, 30), feeds=[_feed(date(2024, 4, 20))])
    assert run_rule("newmedia.stale", snap) == []
    assert len(run_rule("newmedia.stale", snap, days=7)) == 1


def test_undated_and_empty_accounts_count_as_not_updated() -> None:
    [undated] = run_rule("newmedia.stale", snapshot(feeds=[read("undated.xml")]))
    assert "均未标注日期" in undated.message and undated.measured["undated"] == 2
    assert undated.measured["newest"] is None
    [empty] = run_rule("newmedia.stale", snapshot(feeds=[read("empty.xml")]))
    assert "没有任何发布内容" in empty.message


def test_future_posts_do_not_make_an_account_fresh() -> None:
    snap = snapshot(as_of=date(2024, 4, 30), feeds=[_feed(date(2024, 5, 20), date(2024, 3, 1))])
    [f] = run_rule("newmedia.stale", snap)
    assert f.measured["newest"] == "2024-03-01" and f.measured["future_dated"] == 1


def test_unreadable_accounts_get_no_finding() -> None:
    feeds = [read("broken.xml"), read("billion_laughs.xml"), read("nolist.html"),
             FeedSnapshot("已注销", "http://127.0.0.1:8000/gone.xml", status=404, error="HTTP 404")]
    assert run_rule("newmedia.stale", snapshot(feeds=feeds)) == []
    from robot.rules.newmedia import unreadable

    assert len(unreadable(feeds)) == 4


def test_one_finding_per_stale_account() -> None:
    feeds = [_feed(date(2024, 4, 29), name="信丰政务"), _feed(date(2024, 1, 2), name="信丰发布"),
             _feed(None, name="信丰教育")]
    found = run_rule("newmedia.stale", snapshot(feeds=feeds))
    assert sorted(f.target or "" for f in found) == ["信丰发布", "信丰教育"]


def test_deeply_nested_xml_reads_or_errors_but_never_raises() -> None:
    body = (b"<rss><channel><item><title>" + b"<b>" * 100_000 + b"x" + b"</b>" * 100_000
            + b"</title><pubDate>2024-04-01</pubDate></item></channel></rss>")
    feed = parse_feed("深", BASE + "deep.xml", body, today=AS_OF)
    assert feed.error or feed.posts[0].date == date(2024, 4, 1)


def test_an_html_page_of_unlinked_posts_is_read() -> None:
    """An account's page that lists its pushes as titles and dates without links (抖音/微信 pages)."""
    page = """<html><head><meta charset="utf-8"><title>“清河发布”抖音号</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>
<div class="dy-box"><h3>近期作品</h3><ul class="works">
<li><span class="name">清河镇油菜花节开幕啦</span><em>2024年03月22日</em></li>
<li><span class="name">一分钟了解医保新政</span><em>2024年03月08日</em></li>
<li><span class="name">春耕时节走进田间地头</span><em>2024年02月27日</em></li>
<li><span class="name">元宵节猜灯谜活动回顾</span><em>2024年02月24日</em></li>
</ul></div><div class="foot">本页更新于2024年04月01日 主办：清河镇人民政府</div></body></html>"""
    snap = parse_feed("清河发布", "http://qh.example.gov.cn/dy/", page.encode(), today=date(2024, 4, 30),
                      content_type="text/html; charset=utf-8")
    assert snap.error in ("", None) and snap.kind == "html"
    assert [(p.title, p.date) for p in snap.posts[:2]] == [("清河镇油菜花节开幕啦", date(2024, 3, 22)),
                                                          ("一分钟了解医保新政", date(2024, 3, 8))]


def test_a_lone_date_is_not_a_post_list() -> None:
    page = """<html><body><p>“清河发布”微信公众号</p><p>扫码关注</p>
<p>本页更新于2024年04月01日</p><p>主办：清河镇人民政府</p></body></html>"""
    snap = parse_feed("清河发布", "http://qh.example.gov.cn/wx/", page.encode(), today=date(2024, 4, 30),
                      content_type="text/html")
    assert not snap.posts and snap.error


def test_an_html_page_of_post_cards_with_the_date_in_a_cell_of_its_own() -> None:
    """An account page whose posts are cards: the title in one element, the date alone in another
    (a meta line of spans), so no single row holds both; the card is the post."""
    page = """<html><head><meta charset="utf-8"><title>“松岭融媒”视频号</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<section class="feed"><div class="feed-hd">松岭融媒 · 全部作品</div>
<div class="card"><p class="t">松岭镇冬季森林防火宣传走进农家</p><div class="meta"><span>2024-03-31</span><span>阅读 812</span></div></div>
<div class="card"><p class="t">三分钟看懂城乡居民医保缴费</p><div class="meta"><span>2024-03-19</span><span>阅读 1306</span></div></div>
<div class="card"><p class="t">松岭镇举办返乡人才座谈会</p><div class="meta"><span>2024-03-02</span><span>阅读 455</span></div></div>
</section><div class="foot">主办：松岭镇人民政府</div></body></html>"""
    snap = parse_feed("松岭融媒", "http://sl.example.gov.cn/sph/", page.encode(), today=date(2024, 5, 1),
                      content_type="text/html; charset=utf-8")
    assert snap.kind == "html" and not snap.error
    assert [(p.title, p.date) for p in snap.posts] == [
        ("松岭镇冬季森林防火宣传走进农家 阅读 812", date(2024, 3, 31)),
        ("三分钟看懂城乡居民医保缴费 阅读 1306", date(2024, 3, 19)),
        ("松岭镇举办返乡人才座谈会 阅读 455", date(2024, 3, 2))]
    (f,) = run_rule("newmedia.stale", snapshot(feeds=[snap], as_of=date(2024, 5, 1)))
    assert f.target == "松岭融媒" and f.measured["days_since"] == 31 and f.measured["newest"] == "2024-03-31"

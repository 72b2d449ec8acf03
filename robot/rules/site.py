"""The site as a whole: site.unreachable, site.slow, site.identity_missing, homepage.stale.

``homepage.stale`` (单项否决): the homepage's list items (``PageSnapshot.entries``, read by
robot.gather.extract) must include one dated within ``days`` (14) of ``as_of``; undated items
count as not updated (the 2015 note), and dates after ``as_of`` are not counted (a mis-read year
or an announced event must not make a stale homepage look fresh). A homepage that is only a
navigation entry (no list items at all) is judged by its second-level pages (depth 1), as the
indicators say. Letters of the message board listed on the homepage are not counted: they are
what citizens wrote, not information the site published.

``site.identity_missing``: the homepage's visible text (its footer) must show 主办单位, a
10-character 网站标识码, an ICP备案号 and a 公安备案号, and the page must carry the
我为政府网站找错 entry (a link or picture named so, or a link to the national service:
zfwzgl.www.gov.cn, pucha.kaipuyun.cn, …/exposure/jiucuo…). One finding per missing element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from robot.findings import Finding, Mark
from robot.rules._common import describe_failure
from robot.rules.registry import RuleContext, rule
from robot.snapshots import ListEntry, PageSnapshot
from robot.urls import page_key


@rule(
    "site.unreachable", "high",
    summary="首页无法访问（超时、5xx 或连接/域名错误）",
    hint="检查网站服务器、域名解析与网络出口，恢复首页访问后通知复核。",
    needs=("pages",),
)
def site_unreachable(ctx: RuleContext) -> Iterator[Finding]:
    home = ctx.snapshot.homepage
    if home is None:
        return
    check = ctx.snapshot.link_checks.get(home.requested_url)  # the HTTP re-probe of a failed homepage
    status, error = home.status, home.error
    if check is not None and (home.error is not None or (home.status or 0) >= 500):
        status, error = check.status, check.error
    failed = error is not None or (status is not None and status >= 500)
    if error is not None and error.value == "blocked":
        failed = False
    if not failed:
        return
    timeout_s = ctx.defaults.timeout_s
    why = describe_failure(status, error.value if error else None)
    yield ctx.finding(
        "site.unreachable", home.requested_url,
        f"网站首页无法访问：{why}（超时阈值 {timeout_s:g} 秒）",
        measured={"status": status, "error": error.value if error else None,
                  "response_ms": home.response_ms, "attempts": (check.attempts if check else 1) + 1,
                  "certainty": "definite" if error is not None and error.value == "dns" else "suspect"},
        mark=Mark(full_page=False),
    )


@rule(
    "site.slow", "low",
    summary="页面响应时间超过阈值",
    hint="优化服务器性能与页面体积，必要时启用缓存或内容分发。",
    needs=("pages",),
)
def site_slow(ctx: RuleContext) -> Iterator[Finding]:
    """One finding per page: ``/col/gzdt/`` and ``/col/gzdt/index.html`` (a menu link and a config
    entry) are one page reached by two URLs, reported once, on its folder URL where it was reached so."""
    slow_ms = int(ctx.param("site.slow", "slow_ms", ctx.defaults.slow_ms))
    slow: dict[str, list[PageSnapshot]] = {}
    for page in sorted(ctx.snapshot.pages, key=lambda p: (p.depth, p.requested_url)):
        if page.error is not None or page.status is None or page.response_ms is None:
            continue
        if page.response_ms > slow_ms:
            slow.setdefault(page_key(page.final_url or page.requested_url), []).append(page)
    for key, pages in slow.items():
        page = min(pages, key=lambda p: (p.requested_url != key, p.depth, p.requested_url))
        measured: dict[str, object] = {"response_ms": page.response_ms, "load_ms": page.load_ms,
                                       "slow_ms": slow_ms, "status": page.status}
        if len(pages) > 1:
            measured["also_at"] = [p.requested_url for p in pages if p is not page]
        yield ctx.finding(
            "site.slow", page.requested_url,
            f"页面响应缓慢：{page.response_ms} 毫秒（阈值 {slow_ms} 毫秒）",
            measured=measured,
            mark=Mark(),
        )


# --- identity (网站标识) --------------------------------------------------------------------

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
IDENTITY_PATTERNS: dict[str, re.Pattern[str]] = {
    "主办单位": re.compile(r"(?:主\s*办\s*单\s*位|网站主办|主\s*办\s*[:：])\s*[:：]?\s*[^\s:：|｜]{2,}"),
    "网站标识码": re.compile(r"(?:网站)?(?:标识|识别)码\s*[:：]?\s*([A-Za-z0-9]{10})(?![A-Za-z0-9])"),
    "ICP备案号": re.compile(r"ICP\s*(?:备案?(?:编?号)?|证)?\s*[:：]?\s*(?:[" + _PROVINCES + r"]\s*ICP\s*备\s*)?\d{6,10}",
                          re.I),
    "公安备案号": re.compile(r"(?:公网安备|公安(?:机关)?备案(?:编?号)?)\s*[:：]?\s*(?:[" + _PROVINCES
                          + r"]\s*公网安备\s*)?\d{10,16}"),
}
JIUCUO = "我为政府网站找错"
_JIUCUO_URL = re.compile(r"zfwzgl\.www\.gov\.cn|pucha\.kaipuyun\.cn|/exposure/jiucuo|pzjc", re.I)


def _jiucuo(home: PageSnapshot) -> str:
    """Where the 我为政府网站找错 entry is ('' when absent)."""
    for link in home.links:
        if "找错" in link.text or _JIUCUO_URL.search(link.href or link.raw_href):
            return link.href or link.raw_href
    for img in home.images:
        if "找错" in img.alt or _JIUCUO_URL.search(img.src) or "jiucuo" in img.src.lower():
            return img.src
    return "text" if JIUCUO in home.text else ""


@rule(
    "site.identity_missing", "low",
    summary="首页缺少网站标识要素（主办单位、网站标识码、ICP备案号、公安备案号、我为政府网站找错入口）",
    hint="在首页底部功能区补充主办单位、网站标识码、ICP备案编号、公安机关备案标识和“我为政府网站找错”入口。",
    needs=("pages",),
)
def site_identity_missing(ctx: RuleContext) -> Iterator[Finding]:
    home = ctx.snapshot.homepage
    if home is None or not home.ok or not home.text.strip():
        return  # unreachable or unreadable: site.unreachable's business, no verdict here
    found: dict[str, str] = {}
    for name, pattern in IDENTITY_PATTERNS.items():
        m = pattern.search(home.text)
        if m:
            found[name] = m.group(0)
    if where := _jiucuo(home):
        found[JIUCUO] = where
    for name in (*IDENTITY_PATTERNS, JIUCUO):
        if name in found:
            continue
        yield ctx.finding(
            "site.identity_missing", home.requested_url,
            f"网站首页缺少标识要素：{name}",
            target=name,
            measured={"element": name, "present": sorted(found)},
            mark=Mark(full_page=True),
        )


# --- homepage freshness (首页不更新) ------------------------------------------------------

def _board_folders(ctx: RuleContext) -> list[str]:
    """Folders of the message board (configured or found): its letters are citizens' writing, not
    information the site published, so they do not make the homepage fresh."""
    urls = [c.url for c in ctx.snapshot.channels if c.kind == "message_board" and c.url]
    board = getattr(getattr(ctx.site, "channels", None), "message_board", None)
    if board:
        urls.append(ctx.site.absolute(board))
    folders = []
    for url in urls:
        folder = url.split("?", 1)[0].rsplit("/", 1)[0] + "/"
        if urlsplit(folder).path not in ("", "/"):
            folders.append(folder)
    return folders


def _newest(entries: tuple[ListEntry, ...] | list[ListEntry], as_of: date) -> ListEntry | None:
    dated = [e for e in entries if e.date is not None and e.date <= as_of]
    return max(dated, key=lambda e: e.date or as_of) if dated else None


@rule(
    "homepage.stale", "veto",
    summary="首页不更新：首页超过2周没有新的带日期信息（单项否决）",
    hint="及时在首页发布带发布日期的新信息；首页仅为导航入口的，保证二级页面及时更新。",
    needs=("pages",),
)
def homepage_stale(ctx: RuleContext) -> Iterator[Finding]:
    home = ctx.snapshot.homepage
    if home is None or not home.ok or not home.text.strip():
        return
    days = int(ctx.param("homepage.stale", "days", 14))
    boards = _board_folders(ctx)

    def published(items: tuple[ListEntry, ...] | list[ListEntry]) -> list[ListEntry]:
        return [e for e in items if not any(e.url.startswith(b) for b in boards)]

    entries = published(home.entries)
    letters = len(home.entries) - len(entries)
    basis = "homepage"
    if not home.entries:  # a navigation-only homepage: its second-level pages count
        second = [p for p in ctx.snapshot.pages if p.depth == 1 and p.ok]
        entries = published([e for p in second for e in p.entries])
        basis = "second_level" if entries else "homepage"
    newest = _newest(entries, ctx.as_of)
    days_since = (ctx.as_of - newest.date).days if newest is not None and newest.date else None
    if days_since is not None and days_since <= days:
        return
    undated = sum(1 for e in entries if e.date is None)
    future = sum(1 for e in entries if e.date is not None and e.date > ctx.as_of)
    where = "首页" if basis == "homepage" else "首页（仅为导航入口）及其二级页面"
    if newest is None:
        if not entries or future:
            message = f"{where}未发现带发布日期的信息，视为未更新（要求{days}天内有更新）"
        else:
            message = f"{where}的{len(entries)}条信息均未标注发布日期，视为未更新（要求{days}天内有更新）"
    else:
        message = (f"{where}最新信息「{newest.title[:40]}」发布于{newest.date}，"
                   f"已{days_since}天未更新（要求{days}天内有更新）")
    yield ctx.finding(
        "homepage.stale", home.requested_url, message,
        measured={
            "newest": newest.date.isoformat() if newest and newest.date else None,
            "newest_title": newest.title[:100] if newest else None, "newest_url": newest.url if newest else None,
            "days_since": days_since, "days": days, "entries": len(entries), "undated": undated,
            "future_dated": future, "basis": basis, "letters_not_counted": letters,
        },
        mark=Mark(full_page=True),
    )

"""New-media accounts (政务新媒体): newmedia.stale.

``newmedia.stale`` (单项否决): each configured account (``new_media: [{name, url}]``, read by
robot.gather.feeds into ``SiteSnapshot.feeds``) must have a post dated within ``days`` (14) of
``as_of``: 14 days since the newest post is still on time, 15 is stale, as for homepage.stale.
A readable account with no dated post at all (an empty feed, or posts without dates) counts as
not updated: undated items are no evidence of updating. Dates after ``as_of`` are not counted (a
mis-read year or an announced event must not make a stale account look fresh).

An account that could not be read (``FeedSnapshot.error``: no answer, HTTP 4xx/5xx, broken or
refused XML, a page with no post list such as a "请在微信中打开" wall) gets **no finding**: an
unreadable feed is no evidence that the account stopped publishing, and a veto must not rest on
our failure to read. The gather step reports such accounts as progress/log messages instead.

One finding per account: ``url`` is the account's URL (where a person sees the posts), ``target``
the account's name, ``measured`` the newest post and the days since; the evidence is a capture
of the account's page (or feed) as a person opens it.
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.snapshots import FeedSnapshot

__all__ = ["newmedia_stale", "unreadable"]

KIND_NAMES = {"rss": "RSS 订阅源", "atom": "Atom 订阅源", "rdf": "RSS 1.0 订阅源", "html": "发布页面"}


def unreadable(feeds: list[FeedSnapshot]) -> list[FeedSnapshot]:
    """Accounts that could not be read (for a progress line or the log; no finding)."""
    return [f for f in feeds if f.error]


@rule(
    "newmedia.stale", "veto",
    summary="政务新媒体账号超过2周未更新（单项否决）",
    hint="保持政务新媒体账号正常更新；无力运维的账号应按规定整合或关停，并从网站清单中撤下。",
    needs=("feeds",),
)
def newmedia_stale(ctx: RuleContext) -> Iterator[Finding]:
    days = int(ctx.param("newmedia.stale", "days", 14))
    for feed in ctx.snapshot.feeds:
        if feed.error:
            continue  # unreadable: no evidence either way (see the module docstring)
        dated = [p for p in feed.posts if p.date is not None and p.date <= ctx.as_of]
        newest = max(dated, key=lambda p: p.date or ctx.as_of) if dated else None
        days_since = (ctx.as_of - newest.date).days if newest is not None and newest.date else None
        if days_since is not None and days_since <= days:
            continue
        undated = sum(1 for p in feed.posts if p.date is None)
        future = sum(1 for p in feed.posts if p.date is not None and p.date > ctx.as_of)
        where = f"政务新媒体账号「{feed.name}」"
        if newest is None:
            if not feed.posts:
                message = f"{where}的{KIND_NAMES.get(feed.kind, '发布页面')}中没有任何发布内容，视为未更新（要求{days}天内有更新）"
            elif undated and not future:
                message = f"{where}的{len(feed.posts)}条发布内容均未标注日期，视为未更新（要求{days}天内有更新）"
            else:
                message = f"{where}未发现{ctx.as_of}前带日期的发布内容，视为未更新（要求{days}天内有更新）"
        else:
            message = (f"{where}最新发布「{newest.title[:40]}」于{newest.date}，"
                       f"已{days_since}天未更新（要求{days}天内有更新）")
        yield ctx.finding(
            "newmedia.stale", feed.url, message,
            target=feed.name,
            measured={
                "newest": newest.date.isoformat() if newest and newest.date else None,
                "newest_title": newest.title[:100] if newest else None,
                "newest_url": newest.url if newest else None,
                "days_since": days_since, "days": days, "posts": len(feed.posts), "undated": undated,
                "future_dated": future, "kind": feed.kind, "status": feed.status,
            },
            mark=Mark(full_page=False),  # the account's page (or feed) as a person opens it
        )

"""Back-dated items (content.backdated, 伪造发稿日期).

An item that was not on the site at the robot's previous reading but shows a publication date
more than 3 days (param ``days``) before the day it first appeared was dated back. Only lists
the robot read before count (some of their items are known), so a list reached for the first
time is not mistaken for new items. Needs history:
the store remembers every dated list item and the day it was first seen; on a site's first run
nothing can be judged. Items dated in the future are left to other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.snapshots import ListEntry, SiteSnapshot


def dated_items(snapshot: SiteSnapshot) -> dict[str, tuple[ListEntry, str]]:
    """Every dated list item of the run: URL → (entry, the list page that shows it)."""
    out: dict[str, tuple[ListEntry, str]] = {}
    for p in snapshot.pages:
        for e in p.entries:
            if e.url and e.date is not None and e.url not in out:
                out[e.url] = (e, p.final_url or p.requested_url)
    for c in snapshot.columns:
        for e in c.entries:
            if e.url and e.date is not None and e.url not in out:
                out[e.url] = (e, c.url)
    return out


@rule(
    "content.backdated", "high",
    summary="伪造发稿日期：新出现的信息标注的发布日期早于实际发布日期",
    hint="按实际发布日期标注信息，不得倒签发稿日期；确需补发的，注明补发说明。",
    needs=("pages", "history"),
)
def content_backdated(ctx: RuleContext) -> Iterator[Finding]:
    before = ctx.snapshot.seen_before
    if before is None:  # the site's first reading: every item is "new"
        return
    limit = int(ctx.param("content.backdated", "days", 3))
    items = dated_items(ctx.snapshot)
    # only lists read before: an item is new there, not merely reached for the first time (a list
    # page a bounded earlier crawl never got to would make every item on it look new)
    read_before = {where for url, (_e, where) in items.items() if url in before}
    for url, (entry, where) in sorted(items.items()):
        if url in before or where not in read_before or entry.date is None or entry.date > ctx.as_of:
            continue
        late = (ctx.as_of - entry.date).days
        if late <= limit:
            continue
        yield ctx.finding(
            "content.backdated", where,
            f"信息「{entry.title[:40]}」于{ctx.as_of}首次出现在网站上，但标注的发布日期为{entry.date}，早了{late}天",
            target=url,
            measured={"shown_date": entry.date.isoformat(), "first_seen": ctx.as_of.isoformat(), "days": late,
                      "limit_days": limit},
            mark=Mark(full_page=True),
        )

"""Policy interpretation (政策解读): missing, late, not linked both ways (双向关联).

Which documents need an interpretation, how documents and interpretations are found and paired:
:mod:`robot.content.policy` (written down there; conservative against false alarms). Local rule
(赣州市 2023): the interpretation is published with the document, at the latest 3 working days
after it, and the two pages link each other.

Parameters (``rules:`` in the config, per rule): ``months`` (12): judge documents published
within the last N calendar months; ``workdays`` (3): the working days allowed;
``require_source`` (true, interpretation.missing): judge a site only when the robot saw where it
publishes interpretations (a configured ``channels.interpretations``, a column named …解读, or
any interpretation at all) — else "missing" may only mean the crawl did not reach them; ``holidays``:
extra holiday tables (same form as the config's top-level ``holidays:``). Working days follow
the State Council calendar (:class:`robot.workdays.WorkCalendar`): ``ctx.calendar`` when the
context carries one, else one built from the ``holidays`` parameter, else the shipped tables.
A year the calendar does not know gives no finding (never a guess).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from robot.content.policy import Pairing, PolicyItem, collect_policy, is_interpretation_column, links_to, pair
from robot.dates import months_before
from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.workdays import CalendarError, WorkCalendar


def calendar_for(ctx: RuleContext, rule_id: str) -> WorkCalendar:
    """The working-day calendar: the context's, else the rule's ``holidays`` parameter, else shipped."""
    cal = getattr(ctx, "calendar", None)
    if isinstance(cal, WorkCalendar):
        return cal
    holidays: Any = ctx.param(rule_id, "holidays", None) or getattr(ctx.defaults, "holidays", None)
    return WorkCalendar.from_config(holidays) if holidays else WorkCalendar()


def _interpretation_urls(ctx: RuleContext) -> list[str]:
    site = ctx.site
    path = getattr(getattr(site, "channels", None), "interpretations", None)
    if not path:
        return []
    absolute = getattr(site, "absolute", None)
    return [absolute(path) if callable(absolute) else path]


_last_pairing: list[tuple[object, object, list[Pairing]]] = []  # (snapshot, its interpretation URLs, pairings)


def pairings(ctx: RuleContext) -> list[Pairing]:
    """Documents paired with their interpretations, worked out once per snapshot: the three
    interpretation rules read the same pairing (each worked it out anew: a tenth of a
    10,000-page run's rule time)."""
    urls = _interpretation_urls(ctx)
    for snap, key, done in _last_pairing:
        if snap is ctx.snapshot and key == urls:
            return done
    out = pair(*collect_policy(ctx.snapshot, interpretation_urls=urls))
    _last_pairing[:] = [(ctx.snapshot, urls, out)]
    return out


def interpretation_source_seen(ctx: RuleContext) -> bool:
    """The robot saw where the site publishes interpretations: a configured or crawled 解读 column,
    or at least one interpretation anywhere. Without one, a missing interpretation may only mean
    the crawl did not reach them."""
    urls = _interpretation_urls(ctx)
    if urls or any(is_interpretation_column(c, urls) for c in ctx.snapshot.columns):
        return True
    return bool(collect_policy(ctx.snapshot, interpretation_urls=urls)[1])


def _in_window(ctx: RuleContext, rule_id: str, d: date | None) -> bool:
    months = int(ctx.param(rule_id, "months", 12))
    return d is not None and months_before(ctx.as_of, months) <= d <= ctx.as_of


def _workdays(cal: WorkCalendar, start: date, end: date) -> int | None:
    try:
        return cal.workdays_between(start, end)
    except CalendarError:
        return None


def _doc(d: PolicyItem) -> dict[str, Any]:
    return {"document": d.title, "document_url": d.url, "number": d.number or None,
            "published": d.published.isoformat() if d.published else None, "column": d.column or None}


@rule(
    "interpretation.missing", "medium",
    summary="政策文件未发布政策解读",
    hint="按“同步起草、同步审签、同步发布”要求，在文件公开后3个工作日内发布政策解读，并与文件相互关联。",
    needs=("columns", "pages"),
)
def interpretation_missing(ctx: RuleContext) -> Iterator[Finding]:
    if not ctx.snapshot.complete:
        return  # an absence is only known from a complete crawl
    rule_id = "interpretation.missing"
    allowed = int(ctx.param(rule_id, "workdays", 3))
    cal = calendar_for(ctx, rule_id)
    if ctx.param(rule_id, "require_source", True) and not interpretation_source_seen(ctx):
        return
    for p in pairings(ctx):
        d = p.document
        if not d.needs or p.interpretations or d.published is None or not _in_window(ctx, rule_id, d.published):
            continue
        elapsed = _workdays(cal, d.published, ctx.as_of)
        if elapsed is None or elapsed <= allowed:  # not yet due (or the calendar does not know)
            continue
        yield ctx.finding(
            rule_id, d.url,
            f"政策文件《{d.title}》于{d.published.isoformat()}发布，已过{elapsed}个工作日，未找到对应的政策解读",
            target=d.title,
            measured={**_doc(d), "workdays_since": elapsed, "allowed_workdays": allowed, "why": d.why},
            mark=Mark(full_page=True),
        )


@rule(
    "interpretation.late", "medium",
    summary="政策解读发布不及时：晚于文件公开3个工作日以上",
    hint="政策解读与文件同步发布，最迟不超过文件公开后3个工作日。",
    needs=("columns", "pages"),
)
def interpretation_late(ctx: RuleContext) -> Iterator[Finding]:
    rule_id = "interpretation.late"
    allowed = int(ctx.param(rule_id, "workdays", 3))
    cal = calendar_for(ctx, rule_id)
    for p in pairings(ctx):
        d, first = p.document, p.first_published
        if d.published is None or first is None or not _in_window(ctx, rule_id, d.published):
            continue
        elapsed = _workdays(cal, d.published, first)
        if elapsed is None or elapsed <= allowed:
            continue
        interp = min((i for i, _ in p.interpretations if i.published is not None),
                     key=lambda i: i.published or date.max)
        how = next(h for i, h in p.interpretations if i is interp)
        yield ctx.finding(
            rule_id, interp.url,
            f"《{interp.title}》发布于{first.isoformat()}，晚于政策文件《{d.title}》（{d.published.isoformat()}）"
            f"{elapsed}个工作日（要求{allowed}个工作日内）",
            target=d.title,
            measured={**_doc(d), "interpretation": interp.title, "interpretation_url": interp.url,
                      "interpretation_published": first.isoformat(), "workdays": elapsed,
                      "allowed_workdays": allowed, "paired_by": how},
            mark=Mark(full_page=True),
        )


@rule(
    "interpretation.unlinked", "low",
    summary="政策文件与政策解读未相互关联（双向关联）",
    hint="在政策文件页面添加解读链接，在解读页面添加原文件链接，实现文件与解读双向关联。",
    needs=("pages",),
)
def interpretation_unlinked(ctx: RuleContext) -> Iterator[Finding]:
    rule_id = "interpretation.unlinked"
    for p in pairings(ctx):
        d = p.document
        if d.page is None or not _in_window(ctx, rule_id, d.published or ctx.as_of):
            continue
        for interp, how in p.interpretations:
            if interp.page is None:
                continue
            measured = {**_doc(d), "interpretation": interp.title, "interpretation_url": interp.url,
                        "paired_by": how}
            if not links_to(d.page, interp):
                yield ctx.finding(
                    rule_id, d.url, f"政策文件《{d.title}》页面未链接其解读《{interp.title}》",
                    target=interp.url, measured={**measured, "missing": "document→interpretation"},
                    mark=Mark(full_page=True),
                )
            if not links_to(interp.page, d):
                yield ctx.finding(
                    rule_id, interp.url, f"政策解读《{interp.title}》页面未链接原文件《{d.title}》",
                    target=d.url, measured={**measured, "missing": "interpretation→document"},
                    mark=Mark(full_page=True),
                )

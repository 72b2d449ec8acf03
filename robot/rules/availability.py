"""Homepage availability over the last 7 days: site.availability (veto) and its early warning.

The daemon probes each homepage at least 20 times a day (``schedule.probe_every``, 60 minutes by
default) and keeps every probe; the inspection counts them over 7 days into
``SiteSnapshot.availability`` = ``(probes, failed)``. A probe fails on no answer within
``timeout_s``, a DNS or connection error, or an HTTP status of 400 or more (the homepage cannot be
opened: 首页打不开).

* ``site.availability`` (单项否决): ``failed / probes >= ratio`` (0.05, 5%).
* ``site.availability_warning`` (预警): ``failed / probes >= ratio`` (0.03, 3%) where the veto is
  not raised: it warns before the limit, and is not raised beside the veto itself.

Both need ``min_probes`` (20: one day of probing) before they judge; with fewer (no daemon, or it
just started) there is no verdict. Parameters (``rules: site.availability: {ratio: 0.05,
min_probes: 20}``) are read per rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding
from robot.rules.registry import RuleContext, rule

VETO, WARNING = "site.availability", "site.availability_warning"
VETO_RATIO, WARNING_RATIO, MIN_PROBES = 0.05, 0.03, 20


def _counts(ctx: RuleContext, rule_id: str) -> tuple[int, int] | None:
    counts = ctx.snapshot.availability
    if counts is None:
        return None
    n, failed = counts
    if n < int(ctx.param(rule_id, "min_probes", MIN_PROBES)) or n <= 0:
        return None
    return n, failed


def _vetoed(ctx: RuleContext) -> bool:
    counts = _counts(ctx, VETO)
    return counts is not None and counts[1] / counts[0] >= float(ctx.param(VETO, "ratio", VETO_RATIO))


def _measured(n: int, failed: int, ratio: float) -> dict[str, object]:
    return {"probes": n, "failed": failed, "failed_ratio": round(failed / n, 4), "threshold": ratio,
            "window_days": 7}


@rule(
    VETO, "veto",
    summary="近 7 天首页监测不可访问次数占比达到 5%（单项否决）",
    hint="排查服务器、网络与域名解析的稳定性，必要时增加冗余与监控告警，确保首页持续可访问。",
    needs=("probes",),
)
def site_availability(ctx: RuleContext) -> Iterator[Finding]:
    counts = _counts(ctx, VETO)
    if counts is None:
        return
    n, failed = counts
    ratio = float(ctx.param(VETO, "ratio", VETO_RATIO))
    if _vetoed(ctx):
        yield ctx.finding(
            VETO, ctx.snapshot.homepage_url,
            f"近 7 天首页监测 {n} 次，其中 {failed} 次无法访问（{failed / n:.1%}，阈值 {ratio:.0%}）",
            measured=_measured(n, failed, ratio),
        )


@rule(
    WARNING, "medium",
    summary="近 7 天首页监测不可访问次数占比达到 3%（预警）",
    hint="首页可用性接近单项否决线，尽快排查服务器与网络故障的原因。",
    needs=("probes",),
)
def site_availability_warning(ctx: RuleContext) -> Iterator[Finding]:
    counts = _counts(ctx, WARNING)
    if counts is None:
        return
    n, failed = counts
    ratio = float(ctx.param(WARNING, "ratio", WARNING_RATIO))
    veto_ratio = float(ctx.param(VETO, "ratio", VETO_RATIO))
    if failed / n >= ratio and not _vetoed(ctx):
        yield ctx.finding(
            WARNING, ctx.snapshot.homepage_url,
            f"近 7 天首页监测 {n} 次，其中 {failed} 次无法访问（{failed / n:.1%}），"
            f"接近 {veto_ratio:.0%} 的单项否决线",
            measured=_measured(n, failed, ratio),
        )

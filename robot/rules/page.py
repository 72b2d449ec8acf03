"""The homepage against its baseline (page.defaced, 网页被篡改).

The comparison itself happens while gathering (``robot.gather.deface``): the rule reads the share
of the compared area that changed. Threshold ``ratio`` (default 0.25): a news list that moved on
by a few items changes well under a quarter of a homepage's first screens, a defacement (a
replaced banner, an injected full-page notice) changes most of it; lists that change daily can be
masked with the site's ``deface_mask`` selectors to lower the threshold safely.
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding
from robot.rules.registry import RuleContext, rule

DEFAULT_RATIO = 0.25


@rule(
    "page.defaced", "veto",
    summary="首页疑似被篡改：与基准截图相比大面积变化（单项否决）",
    hint="立即核查首页是否被篡改并恢复；确属正常改版的，用 zwgk-robot baseline 更新基准截图。",
    needs=("deface",),
)
def page_defaced(ctx: RuleContext) -> Iterator[Finding]:
    d = ctx.snapshot.deface
    if d is None:
        return
    ratio = float(ctx.param("page.defaced", "ratio", DEFAULT_RATIO))
    if d.changed_ratio <= ratio:
        return
    yield ctx.finding(
        "page.defaced", ctx.snapshot.homepage_url,
        f"首页与基准截图相比有{d.changed_ratio:.0%}的区域发生变化（阈值{ratio:.0%}），共{len(d.boxes)}处变化区域，疑似被篡改",
        measured={"changed_ratio": d.changed_ratio, "threshold": ratio, "regions": len(d.boxes),
                  "baseline": d.baseline},
    )

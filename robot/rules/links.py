"""Links: link.broken (with definite / suspect certainty)."""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding, Mark
from robot.rules._common import describe_failure, first_seen_on
from robot.rules.registry import RuleContext, rule
from robot.snapshots import LinkCheck, LinkFact, PageSnapshot

NOT_BROKEN_STATUS = frozenset({401})  # needs a login: the link works for those it is meant for
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "sms:", "#", "data:")


def _target(link: LinkFact) -> str:
    if link.href:
        return link.href
    raw = link.raw_href.strip()
    if not raw or raw.lower().startswith(_SKIP_SCHEMES):
        return ""
    return raw if ("://" in raw or raw.startswith("//")) else ""


@rule(
    "link.broken", "high",
    summary="不可用链接（错链、断链）",
    hint="修正或删除失效链接；附件失效的请重新上传，外部链接失效的请核实后更新。",
    needs=("pages", "links"),
)
def link_broken(ctx: RuleContext) -> Iterator[Finding]:
    by_target: dict[str, list[tuple[PageSnapshot, LinkFact]]] = {}
    for page in ctx.snapshot.pages:
        for link in page.links:
            target = _target(link)
            if not target:
                continue
            check = ctx.snapshot.link_checks.get(target)
            if check is None or not check.broken or check.status in NOT_BROKEN_STATUS:
                continue
            by_target.setdefault(target, []).append((page, link))
    for target, places in sorted(by_target.items()):
        check: LinkCheck = ctx.snapshot.link_checks[target]
        ordered = first_seen_on(places)
        page, link = ordered[0]
        why = describe_failure(check.status, check.error.value if check.error else None)
        kind = "附件" if _looks_like_attachment(target) else "链接"
        text = f"「{link.text[:40]}」" if link.text else ""
        yield ctx.finding(
            "link.broken", page.requested_url,
            f"不可用{kind}{text}：{why}",
            target=target,
            measured={
                "status": check.status, "error": check.error.value if check.error else None,
                "response_ms": check.response_ms, "attempts": check.attempts, "certainty": check.certainty,
                "link_text": link.text[:100], "seen_on": len({p.requested_url for p, _ in places}),
                "other_pages": sorted({p.requested_url for p, _ in ordered[1:]})[:10],
            },
            mark=Mark(selector=link.selector, box=link.box),
        )


def _looks_like_attachment(url: str) -> bool:
    return url.lower().split("?")[0].endswith((".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar", ".wps"))

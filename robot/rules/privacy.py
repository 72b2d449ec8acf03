"""Privacy: privacy.id_number and privacy.phone — unmasked personal data in pages and attachments.

One finding per (page or attachment, masked value). ``url`` is the page where a person sees the
number: the page itself, or for an attachment the page that links it (``found_on``). ``target`` is
the masked value (``3607**********1234``); for an attachment the masked value and the attachment's
URL (``3607**********1234 @ http://…/名单.xlsx``), so that the same number on a page and in the
documents it links stay separate findings; ``measured.attachment`` holds the URL too. Nothing a
finding carries holds a number in full: values and contexts are masked (robot.content.privacy).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from robot.content.privacy import IdHit, MobileHit, find_id_numbers, find_mobiles
from robot.findings import Finding, Mark
from robot.rules.registry import RuleContext, rule
from robot.snapshots import AttachmentText, PageSnapshot

Hit = IdHit | MobileHit


def _grouped(hits: Sequence[Hit]) -> dict[str, list[Hit]]:
    by_value: dict[str, list[Hit]] = {}
    for h in hits:
        by_value.setdefault(h.masked, []).append(h)
    return by_value


def attachment_mark(ctx: RuleContext, att: AttachmentText) -> Mark | None:
    """The link to the attachment on the page that shows it, for evidence (None when not found)."""
    page = ctx.snapshot.page(att.found_on)
    if page is not None:
        for link in page.links:
            if link.href == att.url and (link.selector or link.box):
                return Mark(selector=link.selector, box=link.box)
    return Mark(full_page=True) if page is not None else None


def _page_text(page: PageSnapshot) -> str:
    return f"{page.title}\n{page.text}" if page.title else page.text


def _scan(
    ctx: RuleContext, rule_id: str, find: Callable[[str], Sequence[Hit]], what: str,
) -> Iterator[Finding]:
    seen_pages: set[str] = set()
    for page in sorted(ctx.snapshot.pages, key=lambda p: (p.depth, p.requested_url)):
        if not page.text or page.requested_url in seen_pages:
            continue
        seen_pages.add(page.requested_url)
        kind = "id" if rule_id == "privacy.id_number" else "mobile"
        for k, masked, context, count, reason in page.personal:  # found before the text was masked for the journal
            if k != kind:
                continue
            kept: dict[str, Any] = {"where": "page", "count": count, "context": context}
            if kind == "mobile":
                kept["reason"] = reason
            yield ctx.finding(
                rule_id, page.requested_url, f"页面公开了未脱敏的{what} {masked}（{count} 处）：「{context}」",
                target=masked, measured=kept,
                mark=Mark(full_page=True, text=(masked,)),
            )
        for masked, hits in _grouped(find(_page_text(page))).items():
            first = hits[0]
            measured: dict[str, Any] = {"where": "page", "count": len(hits), "context": first.context}
            if isinstance(first, MobileHit):
                measured["reason"] = first.reason
            yield ctx.finding(
                rule_id, page.requested_url,
                f"页面公开了未脱敏的{what} {masked}（{len(hits)} 处）：「{first.context}」",
                target=masked, measured=measured, mark=Mark(full_page=True, text=(masked,)),
            )
    for att in sorted(ctx.snapshot.attachments, key=lambda a: (a.found_on, a.url)):
        if not att.text:
            continue
        name = att.link_text.strip()[:40] or att.url.rsplit("/", 1)[-1][:60]
        for masked, hits in _grouped(find(att.text)).items():
            first = hits[0]
            measured = {"where": "attachment", "attachment": att.url, "link_text": att.link_text[:100],
                        "count": len(hits), "context": first.context}
            if isinstance(first, MobileHit):
                measured["reason"] = first.reason
            yield ctx.finding(
                rule_id, att.found_on,
                f"附件「{name}」公开了未脱敏的{what} {masked}（{len(hits)} 处）：「{first.context}」",
                target=f"{masked} @ {att.url}", measured=measured, mark=attachment_mark(ctx, att),
            )


@rule(
    "privacy.id_number", "veto",
    summary="公开未脱敏的居民身份证号码（页面或附件）",
    hint="立即撤下或替换为脱敏版本（如 3607**********1234，隐去出生日期等中间位），并排查同批次附件。",
    needs=("pages", "attachments"),
)
def id_number(ctx: RuleContext) -> Iterator[Finding]:
    yield from _scan(ctx, "privacy.id_number", lambda text: find_id_numbers(text, ctx.as_of), "居民身份证号码")


@rule(
    "privacy.phone", "high",
    summary="公示名单或附件中公开未脱敏的个人手机号码",
    hint="个人手机号码应隐去中间四位（如 138****5678）；单位对外联系请公布办公电话。",
    needs=("pages", "attachments"),
)
def phone(ctx: RuleContext) -> Iterator[Finding]:
    yield from _scan(ctx, "privacy.phone", lambda text: find_mobiles(text, today=ctx.as_of), "个人手机号码")

"""Links: link.broken (with definite / suspect certainty), link.hidden (暗链), link.external_no_notice.

暗链 (``link.hidden``): an ``<a href>`` the browser rendered but a person cannot see (dom.js
says why: display, visibility, opacity, offscreen, zero-size, font-size, colour, clipped; a link
injected by a script is judged the same way, as the browser runs the scripts) and whose target
is outside the site's ``scope``. Hidden links inside the site (a collapsed menu, the other
pictures of a slideshow) are no finding, and neither is a hidden copy of a link the same page
also shows (a mobile menu duplicating the visible one).

Hidden links to *other government hosts* (``defaults.government_domains``, e.g. a hover menu of
the county's 部门/乡镇 sites on gov.cn) are left out: they are ordinary collapsed menus on
portals of a 站群, and 暗链 injected by an attack point at gambling, porn or fraud sites, not at
other gov.cn sites. The exception is a hidden gov link whose text or URL reads like spam (博彩,
娱乐城 …): a taken-over gov.cn sub-domain serving such content is reported, with
``measured.government: true``.

``link.external_no_notice``: a visible link to a host that is neither in scope nor a government
host, with no leave-site notice (离开本站提示). A notice is: an onclick ``confirm()`` (or an
alert/dialog with leave-site words), a page script that intercepts the link (dom.js appends
``[script] …`` to ``LinkFact.onclick``, also for a named handler it could read, a jQuery or
property handler; ``[page] …`` for a script that intercepts the clicks of the whole page, inline
or from a site-wide script file), a title or nearby text saying 离开本站 / 即将离开 / 第三方网站 (dom.js
``[title]``/``[text]``: in a short block around the link), or the link's own text.
A link through an interstitial page of the site (``/leave.html?url=…``) is a link inside the
site and never an external one. Reported once per target host, on the first page it appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from robot.findings import Finding, Mark
from robot.rules._common import describe_failure, first_seen_on
from robot.rules.registry import RuleContext, rule
from robot.snapshots import LinkCheck, LinkFact, PageSnapshot
from robot.urls import hostname_of, in_scope, is_government

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
            probe = ctx.snapshot.link_checks.get(target)
            if probe is None or not probe.broken or probe.status in NOT_BROKEN_STATUS:
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


# --- 暗链 and leave-site notices ---------------------------------------------------------------

HIDDEN_REASONS = {
    "display": "display:none 隐藏", "visibility": "visibility 隐藏", "opacity": "透明度为0",
    "offscreen": "定位在页面可视范围之外", "zero-size": "尺寸为0", "font-size": "字号为0或1像素",
    "colour": "文字颜色与背景相同", "clipped": "被零尺寸区域裁剪",
}
# words of link texts and URLs that 暗链 use (gambling, porn, fraud); none a government site's
# own menus use (no 彩票, 发票, 贷款, 办证: 体彩中心, 税务, 创业担保贷款 are government business)
SPAM_WORDS = re.compile(
    r"博彩|赌[博场球]|娱乐城|棋牌|百家乐|六合彩|时时彩|威尼斯人|葡京|太阳城|老虎机|真人(视讯|娱乐)|"
    r"下注|色情|成人(视频|电影)|约炮|代孕|网贷|刷单|私服|外挂|"
    r"casino|baccarat|bet365|porn|xxx",
    re.I,
)
# what a leave-site notice says (离开本站提示)
NOTICE_WORDS = re.compile(
    r"离开本站|离开本网|即将离开|将要离开|您?将离开|离开.{0,12}网站|第三方网站|非本站|外部网站|外部链接|"
    r"非政府网站|跳转(至|到)?外部|站外链接"
)
_CONFIRM = re.compile(r"\bconfirm\s*\(")
_DOM_MARKER = re.compile(r"\[(script|page|title|text)\]")  # what dom.js appends to onclick (see dom.js)
# official hosts outside gov.cn every portal links to (the 党政机关网站标识 badge of 中央编办);
# rules' ``also_government`` param replaces the list
ALSO_GOVERNMENT = ("conac.cn",)


def _gov_domains(ctx: RuleContext, rule_id: str) -> list[str]:
    return [*ctx.defaults.government_domains, *ctx.param(rule_id, "also_government", ALSO_GOVERNMENT)]


def _spam_word(link: LinkFact, target: str) -> str:
    m = SPAM_WORDS.search(link.text) or SPAM_WORDS.search(target)
    return m.group(0) if m else ""


@rule(
    "link.hidden", "high",
    summary="暗链：页面中存在用户看不见、指向站外的链接",
    hint="立即删除页面模板或内容中的隐藏外部链接，排查网站是否被入侵篡改并修补漏洞，处置后申请复核。",
    needs=("pages", "links"),
)
def link_hidden(ctx: RuleContext) -> Iterator[Finding]:
    scope = list(ctx.site.scope)
    gov_domains = _gov_domains(ctx, "link.hidden")
    places: dict[str, dict[str, tuple[PageSnapshot, LinkFact]]] = {}  # target → page URL → first link
    gov: dict[str, bool] = {}
    spam: dict[str, str] = {}
    for page in ctx.snapshot.pages:
        shown = {_target(x) for x in page.links if x.visible}
        for link in page.links:
            if link.visible:
                continue
            target = _target(link)
            if not target or target in shown or not _hostname(target) or in_scope(target, scope):
                continue
            word = _spam_word(link, target)
            is_gov = is_government(target, scope, gov_domains)
            if is_gov and not word:
                continue  # a collapsed menu of other government sites (see the module's note)
            places.setdefault(target, {}).setdefault(page.requested_url, (page, link))
            gov[target] = is_gov
            spam[target] = spam.get(target) or word
    for target, by_page in sorted(places.items()):
        ordered = first_seen_on(list(by_page.values()))
        for page, link in ordered:
            reason = link.hidden_reason or "hidden"
            text = f"「{link.text[:40]}」" if link.text else ""
            why = HIDDEN_REASONS.get(reason, "不可见")
            yield ctx.finding(
                "link.hidden", page.requested_url,
                f"疑似暗链：页面中有用户看不见（{why}）的链接{text}指向站外网站 {hostname_of(target)}",
                target=target,
                measured={
                    "hidden_reason": reason, "link_text": link.text[:100], "selector": link.selector,
                    "seen_on": len(by_page), "host": hostname_of(target), "government": gov[target],
                    "spam_word": spam[target] or None, "in_nav": link.in_nav,
                },
                mark=Mark(selector=link.selector, box=link.box if link.box and link.box.area > 0 else None),
            )


def _hostname(url: str) -> str:
    """The URL's host, '' for one that cannot be parsed (hostile hrefs such as ``http://[bad/``)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _is_external(target: str, scope: list[str], gov_domains: list[str]) -> bool:
    return bool(target and _hostname(target)) and not is_government(target, scope, gov_domains)


def _notice_of(link: LinkFact) -> str:
    """How the link warns that it leaves the site ('' when it does not)."""
    onclick = link.onclick or ""
    if NOTICE_WORDS.search(onclick) or _CONFIRM.search(onclick):
        marker = _DOM_MARKER.search(onclick)
        return marker.group(1) if marker else "onclick"
    return "text" if NOTICE_WORDS.search(link.text) else ""


@rule(
    "link.external_no_notice", "low",
    summary="链接到非政府网站时未提示用户即将离开本站",
    hint="为指向非政府网站的链接增加离开本站提示（如确认框或提示页），或核实后删除该链接。",
    needs=("pages", "links"),
)
def link_external_no_notice(ctx: RuleContext) -> Iterator[Finding]:
    scope = list(ctx.site.scope)
    gov_domains = _gov_domains(ctx, "link.external_no_notice")
    by_host: dict[str, list[tuple[PageSnapshot, LinkFact]]] = {}
    for page in ctx.snapshot.pages:
        for link in page.links:
            if not link.visible:
                continue  # link.hidden's business
            target = _target(link)
            if not _is_external(target, scope, gov_domains) or _notice_of(link):
                continue
            by_host.setdefault(hostname_of(target), []).append((page, link))
    for host, places in sorted(by_host.items()):
        ordered = first_seen_on(places)
        page, link = ordered[0]
        target = _target(link)  # the contract's target: the link's absolute URL (the first one of this host)
        text = f"「{link.text[:40]}」" if link.text else ""
        pages = sorted({p.requested_url for p, _ in ordered})
        yield ctx.finding(
            "link.external_no_notice", page.requested_url,
            f"链接{text}指向非政府网站 {host}，点击时未提示用户即将离开本站",
            target=target,
            measured={
                "host": host, "link": target, "link_text": link.text[:100], "pages": len(pages),
                "links": len({_target(x) for _, x in places}), "other_pages": [u for u in pages if u != page.requested_url][:10],
            },
            mark=Mark(selector=link.selector, box=link.box),
        )

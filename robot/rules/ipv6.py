"""IPv6 support (IPv6 支持度): ipv6.unsupported.

``ipv6.unsupported`` (low): from ``SiteSnapshot.ipv6`` (robot.gather.ipv6.check_ipv6), one
finding per site when the homepage's host has no IPv6 address (AAAA), or has one but the homepage
does not answer over IPv6, or fewer than ``min_ratio`` (0.9) of the sampled second- and
third-level pages answer over IPv6. ``url`` is the homepage; ``measured`` gives the counts, the
ratio and up to ten failures with their reasons.

No verdict where it would mean nothing:

* a site whose homepage is on a loopback or private address (``127.0.0.1``, ``10.x``, ``::1``,
  ``localhost``): IPv6 support is asked of public websites; a local copy, a staging server or
  the ``zwgk-robot demo`` portal is not one, and a finding there would be noise on every run.
  The rule parameter ``include_private: true`` judges such sites anyway (tests, an intranet
  portal that must be dual-stack). ``defaults.allow_private_networks`` does not change this: it
  is about what may be fetched, not about what a public site owes its visitors;
* a homepage that has an AAAA record but failed over IPv4 as well this run: the site is down
  (site.unreachable), which says nothing about IPv6;
* no IPv6 facts gathered (the check did not run).
"""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding
from robot.rules.registry import RuleContext, rule
from robot.urls import is_private_host

__all__ = ["ipv6_unsupported"]


@rule(
    "ipv6.unsupported", "low",
    summary="网站或其二、三级页面不支持 IPv6 访问",
    hint="为网站域名配置 AAAA 记录并开通 IPv6 访问，确保首页及二、三级链接均可通过 IPv6 正常打开。",
    needs=("ipv6",),
)
def ipv6_unsupported(ctx: RuleContext) -> Iterator[Finding]:
    facts = ctx.snapshot.ipv6
    if facts is None:
        return
    home_url = ctx.snapshot.homepage_url
    if is_private_host(home_url) and not ctx.param("ipv6.unsupported", "include_private", False):
        return
    home = ctx.snapshot.homepage
    if facts.homepage_aaaa and not facts.homepage_ok and home is not None and not home.ok:
        return  # down over IPv4 too: site.unreachable's business
    min_ratio = float(ctx.param("ipv6.unsupported", "min_ratio", 0.9))
    ratio = facts.sampled_ok / facts.sampled if facts.sampled else None
    low_ratio = ratio is not None and ratio < min_ratio
    if facts.homepage_aaaa and facts.homepage_ok and not low_ratio:
        return
    home_why = next((why for url, why in facts.failures if url == home_url), "")
    parts: list[str] = []
    if not facts.homepage_aaaa:
        parts.append("网站域名没有 IPv6 地址（AAAA 记录），首页无法通过 IPv6 访问")
    elif not facts.homepage_ok:
        parts.append("网站域名有 IPv6 地址，但首页通过 IPv6 无法访问" + (f"（{home_why}）" if home_why else ""))
    if low_ratio and ratio is not None:
        parts.append(f"抽查的二、三级页面中通过 IPv6 可访问的仅 {facts.sampled_ok}/{facts.sampled}"
                     f"（{ratio:.0%}，要求不低于 {min_ratio:.0%}）")
    yield ctx.finding(
        "ipv6.unsupported", home_url, "；".join(parts),
        measured={
            "homepage_aaaa": facts.homepage_aaaa, "homepage_ok": facts.homepage_ok,
            "sampled": facts.sampled, "sampled_ok": facts.sampled_ok,
            "ratio": round(ratio, 3) if ratio is not None else None, "min_ratio": min_ratio,
            "failures": [list(f) for f in facts.failures[:10]],
        },
    )

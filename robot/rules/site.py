"""Site availability and speed: site.unreachable, site.slow."""

from __future__ import annotations

from collections.abc import Iterator

from robot.findings import Finding, Mark
from robot.rules._common import describe_failure
from robot.rules.registry import RuleContext, rule


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
    slow_ms = int(ctx.param("site.slow", "slow_ms", ctx.defaults.slow_ms))
    for page in ctx.snapshot.pages:
        if page.error is not None or page.status is None or page.response_ms is None:
            continue
        if page.response_ms > slow_ms:
            yield ctx.finding(
                "site.slow", page.requested_url,
                f"页面响应缓慢：{page.response_ms} 毫秒（阈值 {slow_ms} 毫秒）",
                measured={"response_ms": page.response_ms, "load_ms": page.load_ms, "slow_ms": slow_ms,
                          "status": page.status},
                mark=Mark(),
            )

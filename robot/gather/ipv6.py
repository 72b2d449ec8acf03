"""IPv6 reachability (IPv6 支持度): does the site answer over IPv6, homepage and deeper pages?

:func:`check_ipv6` resolves the homepage host's AAAA records (``getaddrinfo`` with ``AF_INET6``;
an IPv6 literal counts as its own record, an IPv4 literal has none) and then GETs the homepage
and a sample of second- and third-level pages over an IPv6-only connection (aiohttp with
``TCPConnector(family=AF_INET6)``): an answer below 400 counts as reachable. Each host is
resolved once; a sampled page on a host without AAAA fails without a request. Redirects are
followed over IPv6 too, so a redirect to an IPv4-only host is a failure, as it is for a visitor
on an IPv6-only network.

:func:`pick_sample` chooses the sample from the crawl: pages at depth 1 and 2 (the homepage is
depth 0) on the homepage's host (or the site's ``scope``) that answered over IPv4, alternating
between the two depths so both levels are represented. Nothing here raises.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable, Sequence

import aiohttp

from robot.snapshots import Ipv6Facts, PageSnapshot
from robot.urls import host_of, hostname_of, normalise, page_key

__all__ = ["check_ipv6", "pick_sample", "has_aaaa"]

CONCURRENCY = 5
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) zwgk-robot/0.1 (+政务公开巡检)"


def pick_sample(
    pages: Iterable[PageSnapshot], homepage: str, n: int = 20, *, scope: Sequence[str] = ()
) -> list[str]:
    """Up to ``n`` in-site pages of depth 1 and 2 that answered, alternating levels, in crawl order."""
    hosts = {host_of(homepage), *scope}
    home_key = page_key(normalise(homepage) or homepage)
    levels: dict[int, list[str]] = {1: [], 2: []}
    seen = {home_key}
    for p in pages:
        if p.depth not in levels or not p.ok:
            continue
        url = normalise(p.requested_url) or p.requested_url
        key = page_key(url)
        if key in seen or not (host_of(url) in hosts or hostname_of(url) in hosts):
            continue
        seen.add(key)
        levels[p.depth].append(url)
    out: list[str] = []
    first, second = levels[1], levels[2]
    for i in range(max(len(first), len(second))):
        for level in (first, second):
            if i < len(level) and len(out) < n:
                out.append(level[i])
    return out


def _literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _mapped(addr: str) -> bool:
    """An IPv4-mapped address (::ffff:a.b.c.d) is IPv4 in disguise."""
    ip = _literal(addr.split("%", 1)[0])
    return isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None


async def has_aaaa(host: str, timeout_s: float) -> tuple[bool, str]:
    """(True, '') when ``host`` has an IPv6 address; else (False, why)."""
    if not host:
        return False, "no host"
    ip = _literal(host)
    if ip is not None:
        return (True, "") if ip.version == 6 else (False, "IPv4 address literal, no IPv6 address")
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, None, family=socket.AF_INET6, type=socket.SOCK_STREAM), timeout_s
        )
    except TimeoutError:
        return False, f"AAAA lookup timed out after {timeout_s:g} s"
    except (socket.gaierror, OSError, UnicodeError) as exc:
        return False, f"no AAAA record ({exc})"[:200]
    addrs = [str(i[4][0]) for i in infos if i[0] == socket.AF_INET6]
    real = [a for a in addrs if not _mapped(a)]
    return (True, "") if real else (False, "no AAAA record")


async def _get(session: aiohttp.ClientSession, url: str) -> tuple[bool, str]:
    try:
        async with session.get(url, allow_redirects=True, max_redirects=10) as resp:
            await resp.content.read(1)
            if resp.status < 400:
                return True, ""
            return False, f"HTTP {resp.status} over IPv6"
    except TimeoutError:
        return False, "timeout over IPv6"
    except aiohttp.ClientConnectorDNSError:
        return False, "no IPv6 address (after a redirect?)"
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        return False, f"{type(exc).__name__}: {exc}"[:200]
    except Exception as exc:  # noqa: BLE001 - never raise
        return False, f"{type(exc).__name__}: {exc}"[:200]


async def check_ipv6(
    homepage: str, sample: Sequence[str], *, timeout_s: float, user_agent: str = USER_AGENT
) -> Ipv6Facts:
    """Resolve the homepage's AAAA and GET the homepage and ``sample`` over IPv6 only."""
    sample = list(dict.fromkeys(u for u in sample if u))
    resolved: dict[str, asyncio.Task[tuple[bool, str]]] = {}

    def aaaa(url: str) -> asyncio.Task[tuple[bool, str]]:
        host = hostname_of(url)
        if host not in resolved:
            resolved[host] = asyncio.ensure_future(has_aaaa(host, timeout_s))
        return resolved[host]

    failures: list[tuple[str, str]] = []
    try:
        connector = aiohttp.TCPConnector(family=socket.AF_INET6, limit=CONCURRENCY, ttl_dns_cache=300)
        timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=timeout_s)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout,
                                         headers={"User-Agent": user_agent}) as session:
            sem = asyncio.Semaphore(CONCURRENCY)

            async def one(url: str) -> tuple[bool, str]:
                ok, why = await aaaa(url)
                if not ok:
                    return False, why
                async with sem:
                    return await _get(session, url)

            home_aaaa, why = await aaaa(homepage)
            home_ok = False
            if home_aaaa:
                home_ok, why = await one(homepage)
            if not home_ok:
                failures.append((homepage, why))
            results = await asyncio.gather(*(one(u) for u in sample))
    except Exception as exc:  # noqa: BLE001 - never raise
        for task in resolved.values():
            task.cancel()
        return Ipv6Facts(homepage_aaaa=False, homepage_ok=False, sampled=len(sample),
                         failures=((homepage, f"{type(exc).__name__}: {exc}"[:200]),))
    ok_count = 0
    for url, (ok, why) in zip(sample, results, strict=True):
        if ok:
            ok_count += 1
        else:
            failures.append((url, why))
    return Ipv6Facts(homepage_aaaa=home_aaaa, homepage_ok=home_ok, sampled=len(sample),
                     sampled_ok=ok_count, failures=tuple(failures))

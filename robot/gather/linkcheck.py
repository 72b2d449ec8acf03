"""The HTTP link pool: checks each unique link target once, politely, and re-probes trouble.

Link targets are checked over a pooled async HTTP client (aiohttp), not by navigating the
browser to each: HEAD first, GET as a fallback when HEAD is refused or answers an error, one
check per unique URL, a per-host concurrency limit (and an optional per-host rate), backoff on
429/503 honouring ``Retry-After``. A transient failure (timeout, 5xx, refused, reset) is probed
again ``retries`` times before it is reported, so a passing hiccup is never a finding.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import urlsplit

from robot.gather.headlane import HeadLane
from robot.snapshots import LinkCheck, NetError
from robot.urls import host_of, is_private_hostname
from robot.waits import pause


class _Lazy:
    """aiohttp, imported when first used: most checks end in the fast lane (robot.gather.headlane),
    and a checker that never needs the full client does not pay its import (a quarter of a second,
    more than the checking of a thousand URLs)."""

    def __getattr__(self, name: str) -> Any:
        import aiohttp as module

        globals()["aiohttp"] = module
        return getattr(module, name)


if TYPE_CHECKING:
    import aiohttp
else:
    aiohttp = _Lazy()

TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
TRANSIENT_ERRORS = frozenset({NetError.TIMEOUT, NetError.REFUSED, NetError.RESET, NetError.OTHER})
MAX_RETRY_AFTER_S = 30.0


def classify_error(exc: BaseException) -> NetError:
    """Map a client exception to a :class:`NetError` by type (never by message text)."""
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return NetError.DNS
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientConnectorSSLError | ssl.SSLError):
        return NetError.TLS
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_err = exc.os_error
        if isinstance(os_err, socket.gaierror):
            return NetError.DNS
        if isinstance(os_err, ConnectionRefusedError):
            return NetError.REFUSED
        return NetError.OTHER
    if isinstance(exc, asyncio.TimeoutError | aiohttp.ServerTimeoutError | TimeoutError):
        return NetError.TIMEOUT
    if isinstance(exc, aiohttp.TooManyRedirects):
        return NetError.TOO_MANY_REDIRECTS
    if isinstance(exc, aiohttp.InvalidURL | ValueError):
        return NetError.MALFORMED_URL
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError | ConnectionResetError):
        return NetError.RESET
    return NetError.OTHER


async def read_body(resp: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    """The response's body up to ``max_bytes``: read to the end, not just the first chunk.

    ``StreamReader.read(n)`` returns whatever the buffer holds, *at most* n bytes: a body that
    arrives in several packets comes back cut at the first one (a picture judged "truncated", a
    page read without its end). This reads until the body ends or the limit is reached."""
    chunks: list[bytes] = []
    size = 0
    while size < max_bytes:
        chunk = await resp.content.read(max_bytes - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


class SharedHostLimiter(Protocol):
    """A per-host limit shared by several processes (``robot.worker.RedisHostLimiter``)."""

    def slot(self, host: str, limit: int) -> AbstractAsyncContextManager[None]: ...


_shared_limiter: SharedHostLimiter | None = None


def set_shared_limiter(limiter: SharedHostLimiter | None) -> None:
    """Install (or remove, with None) the process-wide limiter; only distributed workers install one."""
    global _shared_limiter
    _shared_limiter = limiter


def shared_slot(url: str, limit: int) -> AbstractAsyncContextManager[None]:
    """One of ``limit`` slots on the URL's host shared with the other workers; a no-op unless a
    limiter is installed (a local run relies on its in-process per-host semaphores alone)."""
    if _shared_limiter is None:
        return contextlib.nullcontext()
    return _shared_limiter.slot(host_of(url), max(1, limit))


@dataclass
class PageFetch:
    """A page fetched over the pool for the HTTP path (robot.gather.static)."""

    url: str
    status: int | None
    final_url: str = ""
    response_ms: int | None = None
    content_type: str = ""
    body: bytes = b""
    truncated: bool = False
    error: NetError | None = None
    error_detail: str = ""


@dataclass
class _Host:
    sem: asyncio.Semaphore
    next_at: float = 0.0  # monotonic time before which no request may start (rate / Retry-After)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class LinkChecker:
    """Checks link targets; one instance per run (its cache makes each URL one check)."""

    def __init__(
        self,
        *,
        concurrency: int = 64,
        per_host: int = 2,
        rate_per_host: float = 0.0,
        timeout_s: float = 15.0,
        retries: int = 2,
        backoff_s: float = 0.5,
        user_agent: str = "zwgk-robot",
        allow_private: bool = False,
        fast_lane: bool = True,
    ) -> None:
        self.concurrency = concurrency
        self.per_host = per_host
        self.interval = 1.0 / rate_per_host if rate_per_host > 0 else 0.0
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        self.user_agent = user_agent
        self.allow_private = allow_private
        self._cache: dict[str, asyncio.Future[LinkCheck]] = {}
        self._hosts: dict[str, _Host] = {}
        self._session: aiohttp.ClientSession | None = None
        self._global: asyncio.Semaphore | None = None
        self.fast_lane = fast_lane
        self._lane: HeadLane | None = None

    async def __aenter__(self) -> LinkChecker:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._lane is not None:
            self._lane.close()
            self._lane = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=self.concurrency, limit_per_host=0, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.user_agent, "Accept": "*/*", "Accept-Language": "zh-CN,zh;q=0.9"},
                timeout=aiohttp.ClientTimeout(total=self.timeout_s, sock_connect=self.timeout_s),
                auto_decompress=False,
            )
            if self._global is None:
                self._global = asyncio.Semaphore(self.concurrency)
        return self._session

    def _host(self, url: str) -> _Host:
        key = host_of(url)
        if key not in self._hosts:
            self._hosts[key] = _Host(asyncio.Semaphore(self.per_host))
        return self._hosts[key]

    async def check(self, url: str) -> LinkCheck:
        """The verdict for one URL; concurrent callers for the same URL share one check."""
        task = self._cache.get(url)
        if task is None:
            task = asyncio.ensure_future(self._check(url))
            self._cache[url] = task
        return await asyncio.shield(task)  # one caller giving up does not cancel the others' check

    async def check_many(
        self, urls: Iterable[str], progress: Callable[[int, int], None] | None = None
    ) -> dict[str, LinkCheck]:
        """Verdicts for many URLs: ``concurrency`` workers take the unchecked ones host by host in
        turn, passing over a host whose per-host slots are all taken, so one slow or rate-limited
        host does not hold the workers while the others wait (and no task waits per URL: a
        10,000-link site is 64 tasks, not 10,000)."""
        unique = list(dict.fromkeys(urls))
        loop = asyncio.get_running_loop()
        waits: dict[str, asyncio.Future[LinkCheck]] = {}
        mine: dict[str, asyncio.Future[LinkCheck]] = {}
        for u in unique:
            fut = self._cache.get(u)
            if fut is None:  # registered now, so a concurrent check() of the same URL waits for this one
                fut = self._cache[u] = mine[u] = loop.create_future()
            waits[u] = fut
        if progress is not None:
            done = 0

            def tick(_f: object) -> None:
                nonlocal done
                done += 1
                progress(done, len(unique))

            for fut in waits.values():
                fut.add_done_callback(tick)
        queue = _HostQueue(list(mine), self._host)
        got: dict[str, LinkCheck] = {}

        async def worker() -> None:
            while (u := queue.take()) is not None:
                fut = mine[u]
                try:
                    got[u] = await self._check(u)
                except Exception as exc:  # a bug, not a verdict: the callers see it
                    if not fut.done():
                        fut.set_exception(exc)
                    raise
                if not fut.done():  # (a check() caller that gave up may have cancelled it)
                    fut.set_result(got[u])

        workers = [asyncio.ensure_future(worker()) for _ in range(min(self.concurrency, len(mine)))]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()
            for u, fut in mine.items():
                if not fut.done():  # cut short: forget it, so a later call checks it again
                    fut.cancel()
                    self._cache.pop(u, None)
        return {u: got[u] if u in got else await asyncio.shield(fut) for u, fut in waits.items()}

    async def fetch_bytes(self, url: str, max_bytes: int = 5_000_000) -> tuple[int | None, bytes]:
        """GET a resource's body (for image analysis), bounded in size; (status, body)."""
        session = self._client()
        host = self._host(url)
        assert self._global is not None
        async with self._global, host.sem, shared_slot(url, self.per_host):
            try:
                async with session.get(url, allow_redirects=True, max_redirects=10) as resp:
                    body = await read_body(resp, max_bytes)
                    return resp.status, body
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError):
                return None, b""

    async def fetch_page(self, url: str, max_bytes: int = 8_000_000) -> PageFetch:
        """GET a page over the pool (its per-host limits and pace), timing the answer like the
        browser does (request sent → response headers); never raises."""
        session = self._client()
        host = self._host(url)
        assert self._global is not None
        async with self._global, host.sem, shared_slot(url, self.per_host):
            await self._respect_pace(host)
            started = time.perf_counter()
            try:
                async with session.get(url, allow_redirects=True, max_redirects=10) as resp:
                    elapsed = int((time.perf_counter() - started) * 1000)
                    body = await read_body(resp, max_bytes + 1)
                    return PageFetch(url=url, status=resp.status, final_url=str(resp.url), response_ms=elapsed,
                                     content_type=resp.headers.get("Content-Type", ""), body=body,
                                     truncated=len(body) > max_bytes)
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
                return PageFetch(url=url, status=None, error=classify_error(exc),
                                 error_detail=f"{type(exc).__name__}: {exc}"[:300],
                                 response_ms=int((time.perf_counter() - started) * 1000))

    async def _check(self, url: str) -> LinkCheck:
        split = _split(url)
        if split is None:
            return LinkCheck(url=url, status=None, error=NetError.MALFORMED_URL, error_detail="not an http(s) URL")
        if not self.allow_private and is_private_hostname(split.host):
            return LinkCheck(url=url, status=None, error=NetError.BLOCKED, error_detail="private address not allowed")
        attempts = 0
        result = LinkCheck(url=url, status=None, error=NetError.OTHER)
        while True:
            attempts += 1
            result, retry_after = await self._probe(url, split)
            transient = result.error in TRANSIENT_ERRORS or result.status in TRANSIENT_STATUS
            if not transient or attempts > self.retries:
                break
            wait = retry_after if retry_after is not None else self.backoff_s * (2 ** (attempts - 1))
            await pause(min(wait, MAX_RETRY_AFTER_S), reason=f"re-probe {url}")
        return LinkCheck(
            url=result.url,
            status=result.status,
            error=result.error,
            error_detail=result.error_detail,
            response_ms=result.response_ms,
            final_url=result.final_url,
            attempts=attempts,
            method=result.method,
        )

    async def _probe(self, url: str, split: _Split | None = None) -> tuple[LinkCheck, float | None]:
        """One HEAD (and a GET when HEAD does not give a clean answer): through the fast lane when
        it can answer exactly (robot.gather.headlane), else through aiohttp."""
        if self.fast_lane and self.interval <= 0 and split is not None and split.lane:
            if self._lane is None:
                self._lane = HeadLane(user_agent=self.user_agent, timeout_s=self.timeout_s)
            if self._global is None:  # the lane shares the full client's slots, without its session
                self._global = asyncio.Semaphore(self.concurrency)
            host = self._hosts.get(split.host_key) or self._host(url)
            async with self._global, host.sem, shared_slot(url, self.per_host):
                if host.next_at > time.monotonic():  # a Retry-After from this host: let the full path wait
                    answer = None
                else:
                    answer = await self._lane.check_split(split.scheme, split.host, split.port, split.netloc,
                                                          split.target)
            if answer is not None:
                retry_after = _retry_after(answer.retry_after)
                if retry_after is not None and answer.status in (429, 503):
                    host.next_at = max(host.next_at, time.monotonic() + min(retry_after, MAX_RETRY_AFTER_S))
                return LinkCheck(url=url, status=answer.status, response_ms=answer.response_ms, final_url=url,
                                 method=answer.method), retry_after
        head, retry_after = await self._request("HEAD", url)
        if head.error in (NetError.DNS, NetError.MALFORMED_URL, NetError.REFUSED, NetError.TIMEOUT):
            return head, retry_after
        if head.error is None and head.status is not None and head.status < 400:
            return head, retry_after
        if head.status == 429:
            return head, retry_after
        # HEAD refused (405/501), errored or answered an error: many servers only handle GET
        return await self._request("GET", url)

    async def _request(self, method: str, url: str) -> tuple[LinkCheck, float | None]:
        session = self._client()
        host = self._host(url)
        assert self._global is not None
        async with self._global, host.sem, shared_slot(url, self.per_host):
            await self._respect_pace(host)
            started = time.perf_counter()
            try:
                async with session.request(method, url, allow_redirects=True, max_redirects=10) as resp:
                    elapsed = int((time.perf_counter() - started) * 1000)
                    retry_after = _retry_after(resp.headers.get("Retry-After"))
                    if retry_after is not None and resp.status in (429, 503):
                        host.next_at = max(host.next_at, time.monotonic() + min(retry_after, MAX_RETRY_AFTER_S))
                    if method == "GET":
                        await resp.content.read(1)  # first byte, then drop the connection's body
                    return (
                        LinkCheck(url=url, status=resp.status, response_ms=elapsed, final_url=str(resp.url), method=method),
                        retry_after,
                    )
            except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
                elapsed = int((time.perf_counter() - started) * 1000)
                err = classify_error(exc)
                detail = f"{type(exc).__name__}: {exc}"[:300]
                return LinkCheck(url=url, status=None, error=err, error_detail=detail, response_ms=elapsed, method=method), None

    async def _respect_pace(self, host: _Host) -> None:
        if self.interval <= 0 and host.next_at <= 0:
            return
        async with host.lock:
            now = time.monotonic()
            if host.next_at > now:
                await pause(host.next_at - now, reason="per-host pace")
            host.next_at = max(host.next_at, time.monotonic()) + self.interval


class _HostQueue:
    """URLs to check, one queue per host, taken host by host in turn; a host whose per-host slots
    are all in use is passed over while another host has work (when every host is busy, the next
    one in turn is taken and its worker waits for a slot)."""

    def __init__(self, urls: list[str], host: Callable[[str], _Host]) -> None:
        by_host: dict[str, list[str]] = {}
        for u in urls:
            by_host.setdefault(host_of(u), []).append(u)
        self._queues: collections.deque[tuple[_Host, collections.deque[str]]] = collections.deque(
            (host(q[0]), collections.deque(q)) for q in by_host.values())

    def take(self) -> str | None:
        queues = self._queues
        for _ in range(len(queues)):
            h, q = queues[0]
            if not h.sem.locked():
                break
            queues.rotate(-1)
        if not queues:
            return None
        h, q = queues.popleft()
        u = q.popleft()
        if q:
            queues.append((h, q))  # to the back: the next take starts with the next host
        return u


class _Split(NamedTuple):
    """A URL taken apart once for the fast lane and the per-host limits."""

    scheme: str
    host: str
    port: int
    netloc: str
    target: str
    host_key: str  # as robot.urls.host_of gives it
    lane: bool  # the fast lane may ask (no credentials in the URL)


_PLAIN_URL = re.compile(r"(https?)://([^/?#\\]+)([^#\\]*)")


@functools.lru_cache(maxsize=4096)
def _origin(scheme: str, netloc: str) -> tuple[str, int, str, bool] | None:
    """(host, port, host key, lane allowed) of an http(s) origin as :func:`_split` gives them."""
    got = _split_slow(f"{scheme}://{netloc}/")
    return None if got is None else (got.host, got.port, got.host_key, got.lane)


def _split(url: str) -> _Split | None:
    """The URL taken apart once, or None when it cannot be checked: not http(s), no host, a bad
    port (what robot.urls.normalise refuses, without normalising: the pool asks for the URL as
    the page wrote it). A plain URL (lower-case scheme, nothing urlsplit would clean away) is cut
    by one pattern and its origin's parts are remembered: a site's links share a few origins."""
    m = _PLAIN_URL.fullmatch(url) if url.isprintable() and not url[:1].isspace() and not url[-1:].isspace() else None
    if m is None:
        return _split_slow(url)
    scheme, netloc, target = m.group(1), m.group(2), m.group(3)
    origin = _origin(scheme, netloc)
    if origin is None:
        return None
    return _Split(scheme, origin[0], origin[1], netloc, target if target[:1] == "/" else "/" + target, origin[2],
                  origin[3])


def _split_slow(url: str) -> _Split | None:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host:
        return None
    default = 443 if scheme == "https" else 80
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_key = host if port is None or port == default else f"{host}:{port}"
    return _Split(scheme, host, port or default, parts.netloc, target, host_key,
                  not (parts.username or parts.password))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def check_links_sync(urls: Iterable[str], **kwargs: object) -> dict[str, LinkCheck]:
    """Blocking helper for scripts and benchmarks: ``check_links_sync(urls, per_host=16)``."""

    async def run() -> dict[str, LinkCheck]:
        async with LinkChecker(**kwargs) as checker:  # type: ignore[arg-type]
            return await checker.check_many(urls)

    return asyncio.run(run())

"""The fast lane of the link pool: keep-alive HEAD (and header-only GET) over asyncio streams.

Most link checks are one question with a plain answer: "HEAD /x" → "200". A full HTTP client
spends most of its time on what such a check never uses (cookie jars, body readers, redirect
machinery), so the pool asks here first and keeps aiohttp for everything else. The lane answers
only what it can answer exactly like the full path would:

* ``HEAD`` on a reused keep-alive connection; a 2xx answer, or a 429 with its ``Retry-After``,
  is the verdict;
* any other error answer to HEAD is asked again with ``GET`` (servers that refuse HEAD); its body
  is read only when small and of known length (an error page: the connection is kept), else the
  connection is dropped after the headers; that answer, unless it is a redirect, is the verdict,
  as in the full path (whose retries then treat 5xx and 429);
* everything else (redirects, errors, time-outs, a malformed answer) returns ``None`` and the
  full path decides, with its error classes.

Limits, politeness and caching stay with the caller (:class:`robot.gather.linkcheck.LinkChecker`).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_HEADER_BYTES = 64 * 1024
MAX_IDLE_PER_HOST = 64
MAX_BODY_BYTES = 256 * 1024  # an error page read to keep its connection


@dataclass(frozen=True, slots=True)
class LaneAnswer:
    status: int
    response_ms: int
    method: str
    retry_after: str | None = None  # the header as sent (429/503)


class _Origin:
    def __init__(self, netloc: str, user_agent: str) -> None:
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.addr: tuple[str, int] | None = None
        self.family = socket.AF_INET
        # the request's header lines after the request line: the same for every check on this origin
        self.headers = (f"Host: {netloc}\r\nUser-Agent: {user_agent}\r\nAccept: */*\r\n"
                        f"Accept-Language: zh-CN,zh;q=0.9\r\nConnection: keep-alive\r\n\r\n").encode("latin-1")


class HeadLane:
    def __init__(self, *, user_agent: str, timeout_s: float) -> None:
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self._origins: dict[tuple[str, str, int], _Origin] = {}
        self._ssl: ssl.SSLContext | None = None
        self.answered = 0  # checks the lane settled (for the log and the benchmark)

    async def check(self, url: str) -> LaneAnswer | None:
        """The verdict on ``url`` when the lane can give it exactly; None: ask the full client."""
        try:
            parts = urlsplit(url)
            scheme, host, port = parts.scheme, parts.hostname or "", parts.port
        except ValueError:
            return None
        if scheme not in ("http", "https") or not host or parts.username or parts.password:
            return None
        port = port or (443 if scheme == "https" else 80)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return await self.check_split(scheme, host, port, parts.netloc, target)

    async def check_split(self, scheme: str, host: str, port: int, netloc: str, target: str) -> LaneAnswer | None:
        """:meth:`check` for a URL already split (the pool splits each URL once)."""
        key = (scheme, host, port)
        origin = self._origins.get(key)
        if origin is None:
            try:
                origin = _Origin(netloc.rsplit("@", 1)[-1], self.user_agent)
            except UnicodeEncodeError:  # a host or user agent HTTP/1.1 cannot carry as is: the full client
                return None
            self._origins[key] = origin
        started = time.perf_counter()
        head = await self._ask(origin, scheme, host, port, "HEAD", target)
        if head is None:
            return None
        status, retry_after = head
        if 200 <= status < 300 or status == 429:
            self.answered += 1
            return LaneAnswer(status, int((time.perf_counter() - started) * 1000), "HEAD", retry_after)
        if status < 400:
            return None  # a redirect: the full client follows it
        started = time.perf_counter()
        got = await self._ask(origin, scheme, host, port, "GET", target)
        if got is None or 300 <= got[0] < 400:
            return None
        self.answered += 1
        return LaneAnswer(got[0], int((time.perf_counter() - started) * 1000), "GET", got[1])

    async def _ask(self, origin: _Origin, scheme: str, host: str, port: int, method: str, target: str
                   ) -> tuple[int, str | None] | None:
        for attempt in (1, 2):  # an idle connection the server has closed meanwhile: once more on a new one
            reused = bool(origin.idle)
            try:
                reader, writer = origin.idle.pop() if reused else await self._connect(origin, scheme, host, port)
            except (OSError, TimeoutError, ssl.SSLError, ValueError):
                return None
            try:
                writer.write(f"{method} {target} HTTP/1.1\r\n".encode("latin-1") + origin.headers)
                async with asyncio.timeout(self.timeout_s):
                    raw = await reader.readuntil(b"\r\n\r\n")
                    status, closing, retry_after, length = _parse(raw)
                    if method == "GET" and status is not None and not closing:
                        # a small body of known length (an error page) is read, so the connection serves
                        # the next check; anything else is not worth reading: the connection is dropped
                        if length is not None and length <= MAX_BODY_BYTES:
                            await reader.readexactly(length)
                        else:
                            closing = True
            except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ssl.SSLError,
                    UnicodeEncodeError):
                _close(writer)
                if reused and attempt == 1:
                    continue
                return None
            if status is None or closing:
                _close(writer)
            elif len(origin.idle) < MAX_IDLE_PER_HOST:
                origin.idle.append((reader, writer))
            else:
                _close(writer)
            return None if status is None else (status, retry_after)
        return None

    async def _connect(self, origin: _Origin, scheme: str, host: str, port: int
                       ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        addr = origin.addr
        if addr is None:  # resolved once per origin
            infos = await asyncio.wait_for(
                asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM), self.timeout_s)
            family, _t, _p, _c, sockaddr = infos[0]
            addr = origin.addr = (str(sockaddr[0]), int(sockaddr[1]))
            origin.family = family
        tls = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            tls = self._ssl
        return await asyncio.wait_for(
            asyncio.open_connection(addr[0], addr[1], ssl=tls, server_hostname=host if tls else None,
                                    limit=MAX_HEADER_BYTES),
            self.timeout_s)

    def close(self) -> None:
        for origin in self._origins.values():
            for _r, w in origin.idle:
                _close(w)
            origin.idle.clear()


def _parse(raw: bytes) -> tuple[int | None, bool, str | None, int | None]:
    """(status, the server closes the connection, Retry-After, Content-Length) from a response
    head; status None when malformed. A chunked body counts as unknown length."""
    end = raw.find(b"\r\n")
    bits = (raw if end < 0 else raw[:end]).split(b" ", 2)
    if len(bits) < 2 or not bits[0].startswith(b"HTTP/1.") or len(bits[1]) != 3 or not bits[1].isdigit():
        return None, True, None, None
    status = int(bits[1])
    if status < 200:  # 1xx interim answers: not for this lane
        return None, True, None, None
    http10 = bits[0] == b"HTTP/1.0"
    closing = http10
    retry_after = None
    length: int | None = None
    chunked = False
    lines = raw[end + 2:].split(b"\r\n") if end >= 0 else []
    for header in lines:
        name, _, value = header.partition(b":")
        name = name.strip().lower()
        if name == b"connection":
            v = value.strip().lower()
            closing = b"close" in v or (http10 and b"keep-alive" not in v)
        elif name == b"content-length":
            v = value.strip()
            if v.isdigit():
                length = int(v)
        elif name == b"retry-after":
            retry_after = value.strip().decode("latin-1")
        elif name == b"transfer-encoding":
            chunked = True
    return status, closing, retry_after, None if chunked else length


def _close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
    except (OSError, RuntimeError):
        pass

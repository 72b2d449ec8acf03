"""The fast lane of the link pool: keep-alive HEAD (and header-only GET) over plain asyncio connections.

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


class _Conn(asyncio.Protocol):
    """One keep-alive connection, read by hand: the lane needs a response head (and now and then a
    small body of known length), which a protocol hands over with less work per answer than a
    stream reader and writer (a third of the lane's time went to those layers)."""

    __slots__ = ("transport", "buf", "waiter", "need", "lost")

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.waiter: asyncio.Future[bytes] | None = None
        self.need = 0  # 0: waiting for a head; n: waiting for n body bytes
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if self.waiter is not None:
            self._hand_over()

    def eof_received(self) -> bool:
        return False  # close: an answer cut short is an error for the waiter (connection_lost)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc or asyncio.IncompleteReadError(bytes(self.buf), None))

    def _hand_over(self) -> None:
        waiter, buf = self.waiter, self.buf
        assert waiter is not None
        if waiter.done():  # given up (time-out): nothing to hand over
            self.waiter = None
            return
        if self.need:
            if len(buf) >= self.need:
                out = bytes(buf[:self.need])
                del buf[:self.need]
                self.waiter = None
                waiter.set_result(out)
            return
        end = buf.find(b"\r\n\r\n")
        if end >= 0:
            out = bytes(buf[:end + 4])
            del buf[:end + 4]
            self.waiter = None
            waiter.set_result(out)
        elif len(buf) > MAX_HEADER_BYTES:
            self.waiter = None
            waiter.set_exception(asyncio.LimitOverrunError("response head too long", len(buf)))

    def ask(self, data: bytes | None, need: int = 0) -> asyncio.Future[bytes]:
        """Send ``data`` (if any); the future gets the next response head, or ``need`` body bytes."""
        fut: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        if self.lost or self.transport is None:
            fut.set_exception(ConnectionResetError("connection closed"))
            return fut
        self.waiter, self.need = fut, need
        if data:
            self.transport.write(data)
        if self.buf:
            self._hand_over()
        return fut

    def close(self) -> None:
        self.waiter = None
        if self.transport is not None:
            self.transport.close()


class _Origin:
    def __init__(self, netloc: str, user_agent: str) -> None:
        self.idle: list[_Conn] = []
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
                conn = origin.idle.pop() if reused else await self._connect(origin, scheme, host, port)
            except (OSError, TimeoutError, ssl.SSLError, ValueError):
                return None
            try:
                request = f"{method} {target} HTTP/1.1\r\n".encode("latin-1") + origin.headers
                async with asyncio.timeout(self.timeout_s):
                    raw = await conn.ask(request)
                    status, closing, retry_after, length = _parse(raw)
                    if method == "GET" and status is not None and not closing:
                        # a small body of known length (an error page) is read, so the connection serves
                        # the next check; anything else is not worth reading: the connection is dropped
                        if length is not None and length <= MAX_BODY_BYTES:
                            if length:
                                await conn.ask(None, length)
                        else:
                            closing = True
            except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ssl.SSLError,
                    UnicodeEncodeError):
                conn.close()
                if reused and attempt == 1:
                    continue
                return None
            if status is None or closing or conn.buf or conn.lost:  # (bytes nobody asked for: not reusable)
                conn.close()
            elif len(origin.idle) < MAX_IDLE_PER_HOST:
                origin.idle.append(conn)
            else:
                conn.close()
            return None if status is None else (status, retry_after)
        return None

    async def _connect(self, origin: _Origin, scheme: str, host: str, port: int) -> _Conn:
        addr = origin.addr
        loop = asyncio.get_running_loop()
        if addr is None:  # resolved once per origin
            infos = await asyncio.wait_for(loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), self.timeout_s)
            family, _t, _p, _c, sockaddr = infos[0]
            addr = origin.addr = (str(sockaddr[0]), int(sockaddr[1]))
            origin.family = family
        tls = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            tls = self._ssl
        _transport, conn = await asyncio.wait_for(
            loop.create_connection(_Conn, addr[0], addr[1], ssl=tls, server_hostname=host if tls else None),
            self.timeout_s)
        return conn

    def close(self) -> None:
        for origin in self._origins.values():
            for conn in origin.idle:
                conn.close()
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


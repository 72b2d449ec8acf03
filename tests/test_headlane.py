"""The link pool's fast lane: keep-alive HEAD over asyncio streams, and the answers it leaves to the
full client (redirects, malformed answers, dead connections)."""

from __future__ import annotations

import asyncio

from robot.gather.headlane import HeadLane, _parse


class _Server:
    """A raw HTTP/1.1 server with scripted answers per path; counts connections and requests."""

    def __init__(self) -> None:
        self.connections = 0
        self.requests: list[tuple[str, str]] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                method, path, _ = head.decode("latin-1").split("\r\n", 1)[0].split(" ", 2)
                self.requests.append((method, path))
                body = "<html>没有找到</html>".encode()
                if path == "/ok":
                    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + (b"hello" if method == "GET" else b""))
                elif path == "/gone":
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=utf-8\r\n"
                                 b"Content-Length: %d\r\n\r\n" % len(body) + (body if method == "GET" else b""))
                elif path == "/no-head":
                    if method == "HEAD":
                        writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                    else:
                        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                        await writer.drain()
                        writer.close()
                        return
                elif path == "/moved":
                    writer.write(b"HTTP/1.1 301 Moved\r\nLocation: /ok\r\nContent-Length: 0\r\n\r\n")
                elif path == "/busy":
                    writer.write(b"HTTP/1.1 429 Too Many\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n")
                elif path == "/close":
                    writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    await writer.drain()
                    writer.close()
                    return
                elif path == "/garbage":
                    writer.write(b"SSH-2.0-OpenSSH_9.2\r\n\r\n")
                    await writer.drain()
                    writer.close()
                    return
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()


async def _with_server(fn):  # type: ignore[no-untyped-def]
    srv = _Server()
    server = await asyncio.start_server(srv.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    lane = HeadLane(user_agent="zwgk-robot-test", timeout_s=3)
    try:
        return srv, await fn(lane, f"http://127.0.0.1:{port}")
    finally:
        lane.close()
        server.close()
        await server.wait_closed()


def test_keep_alive_head_and_get_for_error_answers() -> None:
    async def run(lane: HeadLane, base: str) -> list:  # type: ignore[type-arg]
        out = []
        for path in ("/ok", "/gone", "/ok", "/gone", "/ok"):
            out.append(await lane.check(base + path))
        return out

    srv, answers = asyncio.run(_with_server(run))
    assert [(a.status, a.method) for a in answers] == [(200, "HEAD"), (404, "GET"), (200, "HEAD"), (404, "GET"),
                                                        (200, "HEAD")]
    # HEAD then GET of /gone (its small error page read off the wire): all on one connection
    assert srv.connections == 1
    assert srv.requests.count(("GET", "/gone")) == 2 and srv.requests.count(("HEAD", "/ok")) == 3


def test_what_the_lane_leaves_to_the_full_client() -> None:
    async def run(lane: HeadLane, base: str) -> dict:  # type: ignore[type-arg]
        return {p: await lane.check(base + p) for p in ("/moved", "/garbage", "/no-head", "/busy", "/close", "/ok")}

    srv, got = asyncio.run(_with_server(run))
    assert got["/moved"] is None  # redirects are followed by the full client
    assert got["/garbage"] is None  # not HTTP
    assert got["/no-head"] is not None and (got["/no-head"].status, got["/no-head"].method) == (200, "GET")
    assert got["/busy"] is not None and got["/busy"].status == 429 and got["/busy"].retry_after == "7"
    assert got["/close"] is not None and got["/close"].status == 200
    assert got["/ok"] is not None and got["/ok"].status == 200  # after a closed connection: a new one
    assert lane_unreachable_is_none()


def lane_unreachable_is_none() -> bool:
    async def run() -> object:
        lane = HeadLane(user_agent="t", timeout_s=2)
        try:
            return await lane.check("http://127.0.0.1:9/x")
        finally:
            lane.close()

    return asyncio.run(run()) is None


def test_response_heads_are_parsed_strictly() -> None:
    assert _parse(b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n") == (200, False, None, 12)
    assert _parse(b"HTTP/1.0 404 Not Found\r\n\r\n")[:2] == (404, True)
    assert _parse(b"HTTP/1.1 503 Busy\r\nRetry-After: 30\r\nConnection: close\r\n\r\n")[:3] == (503, True, "30")
    assert _parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n")[3] is None
    assert _parse(b"HTTP/1.1 100 Continue\r\n\r\n")[0] is None
    assert _parse(b"<html>\r\n\r\n")[0] is None

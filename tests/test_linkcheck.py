"""The HTTP link pool against a local server: verdicts, re-probing, Retry-After, limits."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from robot.gather.linkcheck import LinkChecker, check_links_sync
from robot.snapshots import NetError


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: Counter[str] = Counter()
    active = 0
    max_active = 0
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def _answer(self, code: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        cls = type(self)
        with cls.lock:
            cls.hits[f"{self.command} {self.path}"] += 1
            n = sum(v for k, v in cls.hits.items() if k.endswith(" " + self.path))
            cls.active += 1
            cls.max_active = max(cls.max_active, cls.active)
        try:
            p = self.path
            if p.startswith("/ok"):
                self._answer(200, body=b"ok")
            elif p == "/gone":
                self._answer(404)
            elif p == "/head-refused":
                self._answer(405 if self.command == "HEAD" else 200, body=b"ok")
            elif p == "/flaky":
                self._answer(503 if n <= 1 else 200)
            elif p == "/always-500":
                self._answer(500)
            elif p == "/retry-after":
                self._answer(429, {"Retry-After": "1"}) if n <= 1 else self._answer(200)
            elif p.startswith("/slowish"):
                time.sleep(0.05)  # server-side delay to observe concurrency
                self._answer(200)
            elif p.startswith("/in-pieces"):  # a scanned page image sent as several packets
                body = bytes(range(256)) * 400  # 102 400 bytes
                self.send_response(200)
                self.send_header("Content-Type", "text/html" if p.endswith(".html") else "image/jpeg")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for i in range(0, len(body), 16384):
                    self.wfile.write(body[i:i + 16384])
                    self.wfile.flush()
                    time.sleep(0.02)  # the client has read what came before the next piece arrives
            elif p == "/loop-a":
                self._answer(302, {"Location": "/loop-b"})
            elif p == "/loop-b":
                self._answer(302, {"Location": "/loop-a"})
            else:
                self._answer(404)
        finally:
            with cls.lock:
                cls.active -= 1


@pytest.fixture()
def server() -> Iterator[str]:
    _Handler.hits = Counter()
    _Handler.max_active = 0
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _check(urls: list[str], **kw: object) -> dict:  # type: ignore[type-arg]
    opts: dict[str, object] = {"allow_private": True, "timeout_s": 3, "retries": 2, "backoff_s": 0.05, **kw}
    return check_links_sync(urls, **opts)


def test_verdicts(server: str) -> None:
    r = _check([f"{server}/ok", f"{server}/gone", f"{server}/head-refused", "http://nonexistent.invalid/",
                "http://127.0.0.1:1/x", "http://[::1", f"{server}/loop-a"])
    assert r[f"{server}/ok"].status == 200 and not r[f"{server}/ok"].broken
    assert r[f"{server}/gone"].status == 404 and r[f"{server}/gone"].certainty == "definite"
    assert r[f"{server}/head-refused"].status == 200 and r[f"{server}/head-refused"].method == "GET"
    assert r["http://nonexistent.invalid/"].error is NetError.DNS
    assert r["http://127.0.0.1:1/x"].error is NetError.REFUSED and r["http://127.0.0.1:1/x"].certainty == "suspect"
    assert r["http://[::1"].error is NetError.MALFORMED_URL
    assert r[f"{server}/loop-a"].error is NetError.TOO_MANY_REDIRECTS


def test_transient_failures_are_reprobed(server: str) -> None:
    r = _check([f"{server}/flaky", f"{server}/always-500"])
    assert r[f"{server}/flaky"].status == 200 and not r[f"{server}/flaky"].broken
    assert _Handler.hits["HEAD /flaky"] + _Handler.hits["GET /flaky"] == 2  # failed once, asked again
    assert r[f"{server}/always-500"].status == 500 and r[f"{server}/always-500"].attempts == 3


def test_retry_after_is_honoured(server: str) -> None:
    started = time.perf_counter()
    r = _check([f"{server}/retry-after"])
    assert r[f"{server}/retry-after"].status == 200
    assert time.perf_counter() - started >= 0.9  # waited the server's Retry-After: 1


def test_one_check_per_unique_url_and_per_host_limit(server: str) -> None:
    urls = [f"{server}/ok"] * 5 + [f"{server}/slowish?i={i}" for i in range(12)]
    _check(urls, per_host=3, concurrency=32)
    assert _Handler.hits["HEAD /ok"] == 1
    assert _Handler.max_active <= 3


def test_private_addresses_are_not_fetched_unless_allowed(server: str) -> None:
    r = check_links_sync([f"{server}/ok"], allow_private=False, timeout_s=3)
    assert r[f"{server}/ok"].error is NetError.BLOCKED and not r[f"{server}/ok"].broken
    assert sum(_Handler.hits.values()) == 0


def test_bodies_sent_in_pieces_are_read_whole(server: str) -> None:
    """A picture or page that arrives in several packets is read to its end (a body cut at the
    first packet made a sound picture "truncated" and a served page lose its end); the size
    limit still holds."""
    whole = bytes(range(256)) * 400

    async def run() -> tuple[bytes, bytes, bytes, object]:
        async with LinkChecker(allow_private=True, timeout_s=5) as pool:
            _, picture = await pool.fetch_bytes(f"{server}/in-pieces.jpg")
            _, capped = await pool.fetch_bytes(f"{server}/in-pieces.jpg", max_bytes=50_000)
            page = await pool.fetch_page(f"{server}/in-pieces.html")
            small = await pool.fetch_page(f"{server}/in-pieces.html", max_bytes=40_000)
            return picture, capped, page.body, small

    picture, capped, page, small = asyncio.run(run())
    assert picture == whole
    assert capped == whole[:50_000]
    assert page == whole
    assert small.truncated and len(small.body) == 40_001  # type: ignore[attr-defined]


class _Arrivals(BaseHTTPRequestHandler):
    """Records the order in which requests arrive; ``/slow`` answers after 0.3 s."""

    protocol_version = "HTTP/1.1"
    order: list[str] = []
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:  # noqa: N802
        with type(self).lock:
            type(self).order.append(f"{self.server.server_address[1]} {self.path}")
        if self.path.startswith("/slow"):
            time.sleep(0.3)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _arrivals_server() -> tuple[ThreadingHTTPServer, str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Arrivals)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


def test_a_slow_host_does_not_hold_the_workers_from_other_hosts() -> None:
    """With the per-host limit taken on a slow host, free workers go to the other hosts: every
    check on the fast host is asked before the slow host's second request, though the slow
    host's URLs come first in the list (a pool that queued URLs in list order held all its
    workers on the slow host's limit and left the fast host for the end)."""
    _Arrivals.order = []
    slow_srv, slow = _arrivals_server()
    fast_srv, fast = _arrivals_server()
    try:
        urls = [f"{slow}/slow?i={i}" for i in range(4)] + [f"{fast}/ok?i={i}" for i in range(6)]
        r = _check(urls, per_host=1, concurrency=4)
    finally:
        for srv in (slow_srv, fast_srv):
            srv.shutdown()
            srv.server_close()
    assert all(r[u].status == 200 for u in urls)
    fast_port = fast.rsplit(":", 1)[1]
    order = [a.split(" ", 1)[0] == fast_port for a in _Arrivals.order]
    assert order.count(True) == 6 and order.count(False) == 4
    second_slow = [i for i, is_fast in enumerate(order) if not is_fast][1]
    assert order[:second_slow].count(True) == 6, _Arrivals.order


def test_a_caller_giving_up_does_not_cancel_the_shared_check(server: str) -> None:
    """Two callers wait on one check of a URL; the first is cancelled, the second still gets the
    verdict, and a run cut short forgets unfinished checks so that the next run asks again."""

    async def run() -> tuple[object, int, object]:
        async with LinkChecker(allow_private=True, timeout_s=3) as pool:
            first = asyncio.ensure_future(pool.check(f"{server}/slowish?shared"))
            second = asyncio.ensure_future(pool.check(f"{server}/slowish?shared"))
            await asyncio.sleep(0.01)
            first.cancel()
            verdict = await second
            many = asyncio.ensure_future(pool.check_many([f"{server}/slowish?cut={i}" for i in range(8)]))
            await asyncio.sleep(0.01)
            many.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await many
            asked_before = sum(v for k, v in _Handler.hits.items() if "cut=" in k)
            again = await pool.check_many([f"{server}/slowish?cut={i}" for i in range(8)])
            return verdict, asked_before, again

    verdict, asked_before, again = asyncio.run(run())
    assert verdict.status == 200  # type: ignore[attr-defined]
    assert _Handler.hits["HEAD /slowish?shared"] == 1
    assert len(again) == 8 and all(c.status == 200 for c in again.values())  # type: ignore[attr-defined]
    assert asked_before < 8  # it was cut short, and the rest were asked on the second call


def test_the_full_client_is_imported_only_when_a_check_needs_it(server: str) -> None:
    """HEAD answers settle in the fast lane without aiohttp; a redirect needs the full client,
    which is then imported on first use and gives its verdict (classes and all)."""
    import subprocess
    import sys

    code = ("import sys\nfrom robot.gather.linkcheck import check_links_sync\n"
            f"r = check_links_sync(['{server}/ok'], allow_private=True)\n"
            "assert not r[next(iter(r))].broken, r\nassert 'aiohttp' not in sys.modules, 'imported up front'\n"
            f"r = check_links_sync(['{server}/loop-a', '{server}/gone'], allow_private=True, retries=0)\n"
            "assert 'aiohttp' in sys.modules\nprint(sorted((str(v.status), str(v.error), v.broken) for v in r.values()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert "('404', 'None', True)" in out.stdout and "too_many_redirects" in out.stdout.lower(), out.stdout


@pytest.mark.parametrize("url", [
    "http://a.gov.cn/x/y.html", "http://a.gov.cn", "http://a.gov.cn?x=1", "http://A.Gov.CN:80/p?q=1#frag",
    "https://a.gov.cn:443/", "https://a.gov.cn:8443/x", "http://user:pw@a.gov.cn/x", "http://a.gov.cn:99999/",
    "http://a.gov.cn:x/", "http://[::1]:8080/x", "http://a.gov.cn/路径/文件.pdf", "http://a.gov.cn/a b",
    " http://a.gov.cn/x", "http://a.gov.cn/x\n", "HTTP://a.gov.cn/x", "ftp://a.gov.cn/x", "http:///x",
    "http://a.gov.cn/x?#", "http://a.gov.cn#x", "http://a\\b.gov.cn/x", "http://a.gov.cn/x\t/y", "http://@a.gov.cn/",
    "http://a.gov.cn:/x", "https://例子.中国/x", "http://127.0.0.1:5000/a?b=c&d=e", "http://a.gov.cn/x\\y",
])
def test_the_quick_url_split_agrees_with_urlsplit(url: str) -> None:
    from robot.gather.linkcheck import _split, _split_slow

    assert _split(url) == _split_slow(url)

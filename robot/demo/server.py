"""A small, fast static site server with test behaviours, for the demo and the tests.

:class:`SiteServer` serves a directory on ``127.0.0.1`` (port 0 picks a free one) with HTTP/1.1
keep-alive, exact ``Content-Length``, ``charset=utf-8`` for text and a Chinese 404 page. Beside
the static files it answers paths that behave badly on purpose, so the robot can be tested
against known causes (Scrapy's mockserver, playwright-python's test server):

==============================  =================================================================
``/status/<code>``              answers that status
``/slow?ms=N``                  a small page, headers sent after exactly N ms
``/slow/<ms>/<path>``           the static file at ``/<path>``, headers sent after <ms> ms
``/hang``                       never answers; the socket is held until the server stops
``/redirect?to=URL``            302 to URL
``/redirect-loop``              302 to ``/redirect-loop/b``, which redirects back (A→B→A)
``/redirect-chain/<n>``         n redirects, then a page
``/large?kb=N``                 a Chinese HTML page of about N KiB
``/calendar/<yyyy>/<mm>/``      an endless calendar, each month linking the next and previous one
``/reset``                      closes the connection (TCP RST) without an answer
``/flaky/<id>?fail=N``          503 for the first N requests per id, then 200
``/retry-after``                429 with ``Retry-After: 1`` once per client and path, then 200
``/bytes/<name>``               an HTML body sent as ``image/jpeg`` (a broken image)
==============================  =================================================================

``add_route(path, handler)`` adds a test's own behaviour; ``requests`` logs ``(method, path)``
of everything asked, so a test can assert what was (not) fetched. Run it by hand with
``python -m robot.demo.server [DIR] [--port N]``.
"""

from __future__ import annotations

import argparse
import calendar
import html
import mimetypes
import socket
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = ["Request", "Response", "RouteHandler", "SiteServer", "DEMO_SITE"]

DEMO_SITE = Path(__file__).with_name("site")

_TEXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".shtml": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".zip": "application/zip",
    ".wps": "application/vnd.ms-works",
}
HTML = "text/html; charset=utf-8"


def content_type_for(name: str) -> str:
    """The Content-Type a government CMS would send for a file name."""
    suffix = Path(name).suffix.lower()
    if suffix in _TEXT_TYPES:
        return _TEXT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


@dataclass(frozen=True)
class Request:
    """What a route handler sees of a request."""

    method: str
    path: str  # decoded path, without the query
    query: dict[str, str]  # first value of each parameter
    raw_path: str  # as the client sent it, query included
    headers: dict[str, str]  # names lower-cased
    client: str  # the client's IP address


@dataclass
class Response:
    """What a route handler answers. ``body`` may be text (sent as UTF-8)."""

    status: int = 200
    body: bytes | str = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay_ms: int = 0  # wait this long before sending the headers

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


RouteHandler = Callable[[Request], "Response | str | bytes"]


class _Hang:
    """Answer nothing and hold the socket until the server stops."""


class _Reset:
    """Close the connection with a TCP reset, without an answer."""


_HANG = _Hang()
_RESET = _Reset()
_Outcome = Response | _Hang | _Reset


# --- pages -----------------------------------------------------------------------------------


def page(title: str, body: str, status: int = 200) -> Response:
    """A plain Chinese HTML page."""
    doc = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
    return Response(status=status, body=doc)


def not_found_page(path: str) -> Response:
    return page(
        "404 页面不存在",
        '<div style="margin:80px auto;width:600px;text-align:center;font-family:sans-serif">'
        '<h1 style="color:#c00">404</h1><p>抱歉，您访问的页面不存在或已被删除。</p>'
        f"<p style=\"color:#888\">{html.escape(path)}</p>"
        '<p><a href="/">返回首页</a></p></div>',
        status=404,
    )


def _status_page(code: int) -> Response:
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = "Unknown"
    headers = {"Location": "/"} if code in (301, 302, 303, 307, 308) else {}
    resp = page(f"{code} {phrase}", f"<h1>{code} {html.escape(phrase)}</h1><p>服务器返回状态码 {code}。</p>", code)
    resp.headers.update(headers)
    return resp


_LARGE_PARAGRAPH = (
    "为深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，进一步提升政府网站信息发布质量，"
    "县政府办公室组织各乡镇、县直各单位开展政府网站内容保障专项检查，重点检查栏目更新、信息发布、"
    "互动回应和办事服务等情况，对发现的问题逐一登记、限期整改，确保政府网站权威、准确、及时。"
)


def large_page(kb: int) -> Response:
    """About ``kb`` KiB of a realistic Chinese article (numbered paragraphs)."""
    kb = max(1, min(kb, 50_000))
    head = '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>大页面测试</title></head><body>\n'
    tail = "</body></html>\n"
    target = kb * 1024
    parts = [head, f"<h1>政府网站内容保障专项检查情况汇编（约 {kb} KB）</h1>\n"]
    size = sum(len(p.encode("utf-8")) for p in parts) + len(tail)
    i = 0
    while size < target:
        i += 1
        p = f"<p>{i}. {_LARGE_PARAGRAPH}</p>\n"
        parts.append(p)
        size += len(p.encode("utf-8"))
    parts.append(tail)
    return Response(body="".join(parts))


def calendar_page(year: int, month: int) -> Response:
    """One month of an endless event calendar (a crawler trap: next and previous always exist)."""
    prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
    next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = "".join(f"<td>{d}</td>" if d else "<td></td>" for d in week)
        rows.append(f"<tr>{cells}</tr>")
    body = (
        f"<h1>活动日历 {year}年{month:02d}月</h1>\n"
        f'<p><a href="/calendar/{prev_y:04d}/{prev_m:02d}/">上一月</a> | '
        f'<a href="/calendar/{next_y:04d}/{next_m:02d}/">下一月</a></p>\n'
        "<table border=\"1\"><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    return page(f"活动日历 {year}年{month:02d}月", body)


# --- the server ------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 256  # many link checks connect at once; the default backlog (5) drops SYNs
    site: SiteServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hang up, time out and reset all the time in these tests: that is not an error.
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError | ValueError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "zwgk-demo/1.0"
    sys_version = ""
    timeout = 30  # an idle keep-alive connection is closed after this
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def setup(self) -> None:
        super().setup()
        self.server.site._track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.site._untrack(self.connection)

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        site = self.server.site
        site._log(self.command, self.path)
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        req = Request(
            method=self.command, path=unquote(parts.path) or "/", query=query, raw_path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()}, client=self.client_address[0],
        )
        try:
            outcome = site._respond(req)
        except Exception as e:  # a test's handler failed: answer 500, keep serving
            outcome = page("500 服务器内部错误", f"<h1>500</h1><pre>{html.escape(repr(e))}</pre>", 500)
        if isinstance(outcome, _Hang):
            site._stopping.wait()
            self.close_connection = True
            return
        if isinstance(outcome, _Reset):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if outcome.delay_ms > 0 and site._stopping.wait(outcome.delay_ms / 1000):
            self.close_connection = True
            return
        body = outcome.payload()
        self.send_response(outcome.status)
        self.send_header("Content-Type", outcome.content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in outcome.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if not head and body and outcome.status not in (204, 304):
            self.wfile.write(body)


class SiteServer:
    """Serve ``root`` on ``host:port`` (0: a free port) in daemon threads.

    >>> with SiteServer("robot/demo/site") as s:
    ...     s.url("/col/gzdt/")
    'http://127.0.0.1:41234/col/gzdt/'
    """

    def __init__(self, root: str | Path = DEMO_SITE, port: int = 0, host: str = "127.0.0.1") -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"{self.root}: not a directory")
        self.host = host
        self._port = port
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._routes: dict[str, RouteHandler] = {}
        self._prefix_routes: list[tuple[str, RouteHandler]] = []
        self._counts: dict[str, int] = {}
        self._retried: set[tuple[str, str]] = set()
        self._connections: set[socket.socket] = set()
        self.requests: list[tuple[str, str]] = []

    # -- lifecycle --

    def start(self) -> SiteServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _Server((self.host, self._port), _Handler)
        httpd.site = self
        self._httpd = httpd
        self._port = httpd.server_address[1]
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=f"SiteServer:{self._port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; hanging and slow answers are released, open connections closed."""
        httpd = self._httpd
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses --

    @property
    def port(self) -> int:
        return self._port

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT/``"""
        return f"http://{self.host}:{self._port}/"

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self._port}/{path.lstrip('/')}"

    # -- behaviour --

    def add_route(self, path: str, handler: RouteHandler) -> None:
        """Answer ``path`` (exact, without query; or a prefix when it ends in ``*``) with ``handler``.

        The handler gets a :class:`Request` and returns a :class:`Response`, or text (a 200 HTML
        page) or bytes. Routes take precedence over the built-in behaviours and static files.
        """
        if path.endswith("*"):
            self._prefix_routes.append((path[:-1], handler))
            self._prefix_routes.sort(key=lambda r: -len(r[0]))
        else:
            self._routes[path] = handler

    def count(self, path: str) -> int:
        """How many requests asked for ``path`` (compared without the query)."""
        return sum(1 for _, p in list(self.requests) if p.split("?", 1)[0] == path)

    def clear_requests(self) -> None:
        self.requests.clear()

    # -- internals --

    def _track(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)

    def _untrack(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)

    def _log(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((method, path))

    def _respond(self, req: Request) -> _Outcome:
        handler = self._routes.get(req.path)
        if handler is None:
            handler = next((h for p, h in self._prefix_routes if req.path.startswith(p)), None)
        if handler is not None:
            out = handler(req)
            if isinstance(out, Response):
                return out
            return Response(body=out)
        return self._builtin(req) or self._static(req.path, req.path)

    def _builtin(self, req: Request) -> _Outcome | None:
        path, q = req.path, req.query
        seg = [s for s in path.split("/") if s]
        head = seg[0] if seg else ""
        if head == "status" and len(seg) == 2 and seg[1].isdigit() and 100 <= int(seg[1]) <= 599:
            return _status_page(int(seg[1]))
        if head == "slow":
            if len(seg) == 1:
                ms = _int(q.get("ms"), 1000)
                return Response(body=page("慢速页面", f"<p>本页面延迟 {ms} 毫秒后返回。</p>").body, delay_ms=ms)
            if len(seg) >= 2 and seg[1].isdigit():
                inner = "/" + "/".join(seg[2:]) + ("/" if path.endswith("/") and len(seg) > 2 else "")
                resp = self._static(inner, path)
                resp.delay_ms = int(seg[1])
                return resp
        if path == "/hang":
            return _HANG
        if path == "/reset":
            return _RESET
        if path == "/redirect":
            to = q.get("to", "/")
            return Response(302, page("跳转", f'<a href="{html.escape(to)}">跳转</a>').body, headers={"Location": to})
        if path in ("/redirect-loop", "/redirect-loop/a"):
            return Response(302, b"", headers={"Location": "/redirect-loop/b"})
        if path == "/redirect-loop/b":
            return Response(302, b"", headers={"Location": "/redirect-loop"})
        if head == "redirect-chain" and len(seg) == 2 and seg[1].isdigit():
            n = int(seg[1])
            if n <= 0:
                return page("跳转终点", "<p>已到达跳转链终点。</p>")
            return Response(302, b"", headers={"Location": f"/redirect-chain/{n - 1}"})
        if path == "/large":
            return large_page(_int(q.get("kb"), 1024))
        if head == "calendar" and len(seg) == 3 and seg[1].isdigit() and seg[2].isdigit():
            y, m = int(seg[1]), int(seg[2])
            if 1 <= y <= 9999 and 1 <= m <= 12:
                return calendar_page(y, m)
        if head == "flaky" and len(seg) >= 2:
            key = "/".join(seg[1:])
            with self._lock:
                n = self._counts[key] = self._counts.get(key, 0) + 1
            if n <= _int(q.get("fail"), 1):
                return page("503 服务暂不可用", "<h1>503</h1><p>服务器繁忙，请稍后再试。</p>", 503)
            return _placeholder(seg[-1])
        if head == "retry-after":
            client_path = (req.client, req.raw_path)
            with self._lock:
                first = client_path not in self._retried
                self._retried.add(client_path)
            if first:
                resp = page("429 请求过于频繁", "<h1>429</h1><p>访问过于频繁，请稍后再试。</p>", 429)
                resp.headers["Retry-After"] = "1"
                return resp
            return page("访问正常", "<p>访问正常。</p>")
        if head == "bytes" and len(seg) >= 2:
            body = page("图片", "<p>这不是一张图片。</p>").body
            return Response(200, body, content_type="image/jpeg")
        return None

    def _static(self, path: str, shown: str) -> Response:
        """The file at ``path`` under the root; ``shown`` is the path the client asked for."""
        rel = path.lstrip("/")
        target = (self.root / rel).resolve()
        if target != self.root and self.root not in target.parents:
            return not_found_page(shown)
        if target.is_dir():
            if not shown.endswith("/"):
                return Response(301, b"", headers={"Location": shown + "/"})
            target = target / "index.html"
        if not target.is_file():
            return not_found_page(shown)
        try:
            data = target.read_bytes()
        except OSError:
            return not_found_page(shown)
        return Response(200, data, content_type=content_type_for(target.name))


def _placeholder(name: str) -> Response:
    """A recovered flaky resource: a tiny file of the type its name says, or a page."""
    ctype = content_type_for(name)
    if ctype.startswith("text/html") or ctype == "application/octet-stream" and "." not in name:
        return page("恢复正常", "<p>服务已恢复正常。</p>")
    return Response(200, f"{name}\n".encode(), content_type=ctype)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m robot.demo.server", description="Serve a static site with test behaviours.")
    parser.add_argument("dir", nargs="?", default=str(DEMO_SITE), help="the site's folder (default: the bundled demo portal)")
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (0: any free port; default 8000)")
    args = parser.parse_args(argv)
    server = SiteServer(args.dir, port=args.port)
    server.start()
    print(f"Serving {server.root} at {server.url()}  (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The test and demo server: every path behaviour the robot's tests rely on, and the bundled
portals' consistency with what they claim to plant (fast: no browser)."""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
import yaml

from robot.config import parse_config
from robot.demo import PLANTED_YAML, SITE_DIR, SITES_YAML, render_config
from robot.demo.server import Request, Response, SiteServer

ROOT = Path(__file__).resolve().parents[1]
TEST_SITES = ROOT / "tests" / "sites"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("site")
    (d / "index.html").write_text("<html><body>首页</body></html>", encoding="utf-8")
    (d / "col").mkdir()
    (d / "col" / "index.html").write_text("<p>栏目</p>", encoding="utf-8")
    (d / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (d / "style.css").write_text("body{}", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def server(root: Path) -> Iterator[SiteServer]:
    with SiteServer(root) as s:
        yield s


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, verify=False) as c:  # plain HTTP only; skip loading CA certificates
        yield c


# --- static files --------------------------------------------------------------------------


def test_static_files_have_exact_length_and_utf8_type(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/"))
    assert r.status_code == 200 and r.text == "<html><body>首页</body></html>"
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert int(r.headers["content-length"]) == len(r.content)
    assert client.get(server.url("/a.pdf")).headers["content-type"] == "application/pdf"
    assert client.get(server.url("/style.css")).headers["content-type"] == "text/css; charset=utf-8"


def test_directories_serve_index_and_redirect_to_the_slash(server: SiteServer, client: httpx.Client) -> None:
    assert client.get(server.url("/col/")).text == "<p>栏目</p>"
    r = client.get(server.url("/col"))
    assert r.status_code == 301 and r.headers["location"] == "/col/"


def test_missing_pages_answer_a_chinese_404(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/nope.html"))
    assert r.status_code == 404 and "页面不存在" in r.text
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert client.get(server.url("/../../etc/passwd")).status_code == 404
    assert client.get(server.url("/%2e%2e/%2e%2e/etc/passwd")).status_code == 404


def test_head_sends_the_headers_of_get_without_a_body(server: SiteServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("HEAD", "/")
    r = conn.getresponse()
    assert r.status == 200 and r.getheader("Content-Length") == str(len("<html><body>首页</body></html>".encode()))
    assert r.read() == b""
    conn.request("GET", "/col/")  # the connection is still usable: no stray body was sent
    assert conn.getresponse().read().decode() == "<p>栏目</p>"
    conn.close()


def test_keep_alive_serves_many_requests_on_one_connection(server: SiteServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.connect()
    sock = conn.sock
    for path in ("/", "/col/", "/status/404", "/a.pdf", "/flaky/k?fail=0"):
        conn.request("GET", path)
        r = conn.getresponse()
        r.read()
        assert r.version == 11 and not r.will_close
    assert conn.sock is sock  # never reconnected
    conn.close()


# --- behaviours ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", [200, 403, 404, 410, 429, 500, 502, 503])
def test_status_answers_that_status(server: SiteServer, client: httpx.Client, code: int) -> None:
    r = client.get(server.url(f"/status/{code}"))
    assert r.status_code == code and str(code) in r.text


def test_slow_answers_after_the_delay(server: SiteServer, client: httpx.Client) -> None:
    client.get(server.url("/"))  # connection warmed up: only the delay is measured
    t0 = time.monotonic()
    r = client.get(server.url("/slow?ms=300"))
    took = time.monotonic() - t0
    assert r.status_code == 200 and 0.3 <= took < 0.7
    t0 = time.monotonic()
    r = client.get(server.url("/slow/250/col/"))
    took = time.monotonic() - t0
    assert r.text == "<p>栏目</p>" and 0.25 <= took < 0.65
    r = client.get(server.url("/slow/10/col"))
    assert r.status_code == 301 and r.headers["location"] == "/slow/10/col/"


def test_hang_never_answers_and_does_not_block_stop(root: Path) -> None:
    s = SiteServer(root).start()
    outcome: list[BaseException | int] = []

    def ask() -> None:
        try:
            outcome.append(httpx.get(s.url("/hang"), timeout=10).status_code)
        except httpx.HTTPError as e:
            outcome.append(e)

    t = threading.Thread(target=ask)
    t.start()
    deadline = time.monotonic() + 5
    while s.count("/hang") == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    assert not outcome  # still waiting
    # an idle keep-alive connection must not hold stop() either
    idle = socket.create_connection(("127.0.0.1", s.port))
    t0 = time.monotonic()
    s.stop()
    assert time.monotonic() - t0 < 1.0
    t.join(timeout=5)
    assert outcome and isinstance(outcome[0], httpx.HTTPError)  # closed without an answer
    idle.close()


def test_reset_closes_without_an_answer(server: SiteServer) -> None:
    with pytest.raises(httpx.TransportError):
        httpx.get(server.url("/reset"), timeout=5)


def test_redirects(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/redirect?to=/col/"), follow_redirects=True)
    assert r.text == "<p>栏目</p>" and len(r.history) == 1
    r = client.get(server.url("/redirect-chain/3"), follow_redirects=True)
    assert r.status_code == 200 and len(r.history) == 3
    r = client.get(server.url("/redirect-loop"))
    assert r.status_code == 302 and r.headers["location"] == "/redirect-loop/b"
    assert client.get(server.url("/redirect-loop/b")).headers["location"] == "/redirect-loop"
    with pytest.raises(httpx.TooManyRedirects):
        client.get(server.url("/redirect-loop"), follow_redirects=True)


def test_flaky_fails_the_first_n_requests_per_id(server: SiteServer, client: httpx.Client) -> None:
    codes = [client.get(server.url("/flaky/one?fail=2")).status_code for _ in range(4)]
    assert codes == [503, 503, 200, 200]
    assert client.get(server.url("/flaky/two?fail=2")).status_code == 503  # its own count
    r = client.get(server.url("/flaky/notice.pdf?fail=0"))
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"


def test_retry_after_once_per_client_and_path(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/retry-after"))
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    assert client.get(server.url("/retry-after")).status_code == 200
    assert client.get(server.url("/retry-after/other")).status_code == 429


def test_large_page_has_the_size_asked(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/large?kb=3000"))
    assert r.status_code == 200 and 3000 * 1024 <= len(r.content) < 3010 * 1024
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert "政府网站" in r.text


def test_calendar_is_endless(server: SiteServer, client: httpx.Client) -> None:
    url = server.url("/calendar/2024/01/")
    for _ in range(14):
        r = client.get(url)
        assert r.status_code == 200
        nxt = re.search(r'href="([^"]+)">下一月', r.text)
        assert nxt
        url = urljoin(url, nxt.group(1))
    assert url.endswith("/calendar/2025/03/")
    prev = re.search(r'href="([^"]+)">上一月', client.get(server.url("/calendar/2024/01/")).text)
    assert prev and prev.group(1) == "/calendar/2023/12/"
    assert client.get(server.url("/calendar/2024/13/")).status_code == 404


def test_bytes_sends_html_as_a_jpeg(server: SiteServer, client: httpx.Client) -> None:
    r = client.get(server.url("/bytes/photo.jpg"))
    assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
    assert r.content.lstrip().startswith(b"<!DOCTYPE html")


def test_add_route_and_request_log(root: Path, client: httpx.Client) -> None:
    seen: list[Request] = []

    def handler(req: Request) -> Response:
        seen.append(req)
        return Response(201, f"你好 {req.query.get('name', '')}", headers={"X-Test": "1"})

    with SiteServer(root) as s:
        s.add_route("/api/hello", handler)
        s.add_route("/text/*", lambda req: "文本 " + req.path)
        r = client.get(s.url("/api/hello?name=张三"))
        assert r.status_code == 201 and r.text == "你好 张三" and r.headers["x-test"] == "1"
        assert client.get(s.url("/text/a/b")).text == "文本 /text/a/b"
        client.head(s.url("/"))
        assert seen[0].method == "GET" and seen[0].client == "127.0.0.1"
        assert ("HEAD", "/") in s.requests
        assert s.count("/api/hello") == 1 and s.count("/never") == 0
        s.clear_requests()
        assert s.requests == []


def test_a_failing_route_answers_500_and_the_server_keeps_serving(root: Path, client: httpx.Client) -> None:
    def boom(req: Request) -> Response:
        raise RuntimeError("boom")

    with SiteServer(root) as s:
        s.add_route("/boom", boom)
        assert client.get(s.url("/boom")).status_code == 500
        assert client.get(s.url("/")).status_code == 200


def test_many_clients_at_once(server: SiteServer) -> None:
    def fetch(_: int) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        conn.request("GET", "/slow?ms=200")
        status = conn.getresponse().status
        conn.close()
        return status

    t0 = time.monotonic()
    with ThreadPoolExecutor(32) as pool:
        codes = list(pool.map(fetch, range(32)))
    assert codes == [200] * 32 and time.monotonic() - t0 < 2.0  # served in parallel


# --- the bundled portals -------------------------------------------------------------------

_REF = re.compile(r'<(a|img)\b[^>]*?\s(?:href|src)="([^"]*)"', re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)


def _refs(html: str) -> list[tuple[str, str]]:
    """(tag, href/src) of the links and images in the markup (scripts left out)."""
    return [(m.group(1).lower(), m.group(2)) for m in _REF.finditer(_SCRIPT.sub("", html))]


_BEHAVIOURS = ("/slow/", "/status/", "/bytes/", "/flaky/", "/hang", "/reset", "/redirect", "/large", "/calendar/",
               "/retry-after")


def _join(base: str, ref: str) -> tuple[str, str, int | None]:
    """(absolute URL, path + query, port); a malformed URL stays as written, with no port."""
    try:
        url = urljoin(base, ref)
        parts = urlsplit(url)
        return url, parts.path + (f"?{parts.query}" if parts.query else ""), parts.port
    except ValueError:
        return ref, "", None


def _crawl(s: SiteServer, start: str, limit: int = 400) -> dict[str, tuple[int, str]]:
    """Every in-site page reachable by plain links (no scripts run), with its status and text."""
    seen: dict[str, tuple[int, str]] = {}
    level = {start}
    with httpx.Client(timeout=10, verify=False) as c, ThreadPoolExecutor(8) as pool:

        def fetch(path: str) -> tuple[str, int, str]:
            r = c.get(s.url(path))
            return path, r.status_code, r.text if r.headers.get("content-type", "").startswith("text/html") else ""

        while level and len(seen) < limit:
            found: set[str] = set()
            for path, status, text in pool.map(fetch, sorted(level)):
                seen[path] = (status, text)
                for _kind, ref in _refs(text):
                    _url, local, port = _join(s.url(path), ref)
                    if port == s.port:
                        found.add(local)
                for m in re.finditer(r"createPageHTML\((\d+),", text):
                    found.update(urljoin(path, "index.html" if i == 0 else f"index_{i}.html") for i in range(int(m.group(1))))
            level = {p for p in found if p not in seen and not p.startswith(_BEHAVIOURS)}
    return seen


def _planted(path: Path) -> list[dict[str, str | None]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    for item in data:
        assert set(item) == {"rule", "url_path", "target"}, item
    return data


def _check_portal(site_dir: Path, sites_yaml: Path, planted_yaml: Path) -> None:
    planted = _planted(planted_yaml)
    with SiteServer(site_dir) as s:
        cfg = parse_config(render_config(s.url("/"), sites_yaml), str(sites_yaml))
        site = cfg.sites[0]
        pages = _crawl(s, "/")
        with httpx.Client(timeout=10, verify=False) as c:
            # every planted problem is where the list says, and shows what it says
            for item in planted:
                rule, where, target = item["rule"], item["url_path"], item["target"]
                assert rule and where
                if rule == "site.slow":
                    assert target is None and where.startswith("/slow/"), item
                    continue
                assert target, item
                if rule in ("link.broken", "image.broken"):
                    assert pages.get(where, (0, ""))[0] == 200, item
                    refs = {_join(s.url(where), ref)[0] for _k, ref in _refs(pages[where][1])}
                    want = s.url(target) if target.startswith("/") else target
                    assert want in refs, item
                    if target.startswith("/") and rule == "link.broken" and not target.startswith(("/hang", "/reset")):
                        assert c.get(want).status_code >= 300, item
                elif rule == "column.missing":
                    assert c.get(s.url(where)).status_code == 404
                    assert target in {col.name for col in site.columns}
                elif rule == "column.unmonitored":
                    assert c.get(s.url(where)).status_code == 200
                    assert target not in {col.name for col in site.columns}
                    assert f'href="{where}"' in pages["/"][1]  # in the navigation
                elif rule.startswith(("privacy.", "text.", "meeting.")):
                    r = c.get(s.url(where))
                    assert r.status_code == 200, item
                    if rule.startswith("text.") or rule == "meeting.late":
                        assert target in r.text, item
                elif rule.startswith(("interaction.", "application.", "guide.")):
                    r = c.get(s.url(where))
                    assert r.status_code == 200, item
                    if rule.startswith("interaction."):
                        assert target in r.text, item  # the letter's title on its own page
                elif rule.startswith("column."):
                    assert target in {col.name for col in site.columns}
                    assert any(site.absolute(col.url) == s.url(where) for col in site.columns), item
            # nothing else is broken: every other in-site link and image answers 200
            broken_targets = {i["target"] for i in planted if i["rule"] in ("link.broken", "image.broken")}
            checked: set[str] = set()
            for path, (status, text) in pages.items():
                if path in broken_targets or path.split("?")[0] in broken_targets:
                    continue
                assert status == 200, f"{path} answers {status} and is not planted"
                for kind, ref in _refs(text):
                    url, local, port = _join(s.url(path), ref)
                    if port != s.port or local in broken_targets or local in checked:
                        continue
                    checked.add(local)
                    if kind == "img" or local.startswith(("/status/", "/bytes/")):
                        r = c.get(url)
                        assert r.status_code == 200, f"{kind} {local} on {path}: {r.status_code}"
                        if kind == "img":
                            assert r.headers["content-type"].startswith("image/")
                            assert not r.content.lstrip().startswith(b"<"), f"{local} on {path} is not an image"


def test_demo_portal_plants_exactly_what_planted_yaml_says() -> None:
    _check_portal(SITE_DIR, SITES_YAML, PLANTED_YAML)


def test_demo_portal_shape() -> None:
    pages = list(SITE_DIR.rglob("*.html"))
    assert 60 <= len(pages) <= 150
    size = sum(p.stat().st_size for p in SITE_DIR.rglob("*") if p.is_file())
    assert size < 3 * 1024 * 1024
    home = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    for identity in ("主办单位", "网站标识码", "ICP备", "公安备案", "我为政府网站找错"):
        assert identity in home or identity == "公安备案" and "公网安备" in home
    rules = {i["rule"] for i in _planted(PLANTED_YAML)}
    assert rules == {"link.broken", "image.broken", "column.blank", "column.overdue", "column.due_soon",
                     "column.unmonitored", "column.missing", "site.slow", "interaction.unreplied",
                     "interaction.unreplied_3_months", "interaction.reply_overdue", "application.form_missing_field",
                     "guide.wrong_contact", "privacy.id_number", "privacy.phone", "text.sensitive", "text.typo",
                     "meeting.late"}


def test_test_portal_plants_exactly_what_planted_yaml_says() -> None:
    _check_portal(TEST_SITES, TEST_SITES / "sites.yaml", TEST_SITES / "planted.yaml")

"""IPv6 reachability against local servers on ::1 and 127.0.0.1, and the ipv6.unsupported rule."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import robot.rules.ipv6  # noqa: F401  registers ipv6.unsupported (until robot.rules imports it)
from robot.gather.ipv6 import check_ipv6, has_aaaa, pick_sample
from robot.snapshots import Ipv6Facts, SiteSnapshot
from robot.testing import page, run_rule

PUBLIC = "https://www.xinfeng.gov.cn/"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: list[str] = []
    v4_base = ""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits.append(self.path)
        if self.path.startswith("/missing"):
            code, headers = 404, {}
        elif self.path == "/to-v4":
            code, headers = 302, {"Location": type(self).v4_base}
        else:
            code, headers = 200, {}
        body = "<html><body>信丰县人民政府</body></html>".encode()
        self.send_response(code)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _V6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6
    daemon_threads = True


def _serve(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    """(IPv6 base, IPv4 base): the same little site on [::1] and on 127.0.0.1."""
    if not socket.has_ipv6:
        pytest.fail("this Python has no IPv6 support (socket.has_ipv6 is False): the IPv6 checks cannot be tested")
    try:
        v6 = _V6Server(("::1", 0), _Handler)
    except OSError as exc:
        pytest.fail(f"cannot bind the IPv6 loopback ::1 ({exc}): enable IPv6 on lo to test the IPv6 checks "
                    "(e.g. sysctl net.ipv6.conf.lo.disable_ipv6=0; in Docker run with --sysctl that way)")
    v4 = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    v4.daemon_threads = True
    threads = [_serve(v6), _serve(v4)]
    v6_base = f"http://[::1]:{v6.server_address[1]}/"
    v4_base = f"http://127.0.0.1:{v4.server_address[1]}/"
    _Handler.v4_base = v4_base
    try:
        yield v6_base, v4_base
    finally:
        for s in (v6, v4):
            s.shutdown()
            s.server_close()
        for t in threads:
            t.join(timeout=5)


async def test_a_site_on_ipv6_answers(servers: tuple[str, str]) -> None:
    v6, _ = servers
    sample = [v6 + "col/gzdt/", v6 + "col/tzgg/2024/1.html", v6 + "missing/page.html"]
    facts = await check_ipv6(v6, sample, timeout_s=5)
    assert facts.homepage_aaaa and facts.homepage_ok
    assert (facts.sampled, facts.sampled_ok) == (3, 2)
    assert facts.failures == ((v6 + "missing/page.html", "HTTP 404 over IPv6"),)


async def test_an_ipv4_only_site_has_no_aaaa_and_is_not_even_tried(servers: tuple[str, str]) -> None:
    _, v4 = servers
    _Handler.hits.clear()
    started = time.perf_counter()
    facts = await check_ipv6(v4, [v4 + "col/gzdt/", v4 + "col/tzgg/"], timeout_s=5)
    assert time.perf_counter() - started < 2
    assert not facts.homepage_aaaa and not facts.homepage_ok
    assert (facts.sampled, facts.sampled_ok) == (2, 0)
    assert facts.failures[0][0] == v4 and "IPv4" in facts.failures[0][1]
    assert _Handler.hits == []  # nothing was fetched over IPv4 instead


async def test_a_redirect_to_an_ipv4_only_host_fails_over_ipv6(servers: tuple[str, str]) -> None:
    v6, _ = servers
    facts = await check_ipv6(v6, [v6 + "to-v4", v6 + "ok.html"], timeout_s=5)
    assert facts.homepage_ok and facts.sampled_ok == 1
    assert facts.failures[0][0] == v6 + "to-v4"


async def test_an_aaaa_with_nothing_listening_is_no_answer() -> None:
    with socket.socket(socket.AF_INET6) as s:  # a port that is free, then closed
        s.bind(("::1", 0))
        port = s.getsockname()[1]
    facts = await check_ipv6(f"http://[::1]:{port}/", [], timeout_s=3)
    assert facts.homepage_aaaa and not facts.homepage_ok
    assert facts.failures and facts.failures[0][1]


async def test_aaaa_of_literals_and_unknown_hosts() -> None:
    assert (await has_aaaa("::1", 2))[0]
    assert (await has_aaaa("[::1]", 2))[0]
    assert not (await has_aaaa("127.0.0.1", 2))[0]
    assert not (await has_aaaa("no-such-host.invalid", 2))[0]
    assert not (await has_aaaa("", 2))[0]


def test_pick_sample_takes_second_and_third_level_pages_that_answered() -> None:
    home = PUBLIC
    pages = [page(home)]
    pages += [page(f"{home}col/c{i}/", depth=1) for i in range(15)]
    pages += [page(f"{home}col/c0/{i}.html", depth=2) for i in range(15)]
    pages += [page(f"{home}col/c0/deep/{i}.html", depth=3) for i in range(3)]
    pages += [page(f"{home}col/broken/", depth=1, status=404), page("https://www.example.com/a", depth=1),
              page(f"{home}index.html", depth=1), page(f"{home}col/c1/index.html", depth=1)]
    sample = pick_sample(pages, home)
    assert len(sample) == 20
    assert sample[:4] == [f"{home}col/c0/", f"{home}col/c0/0.html", f"{home}col/c1/", f"{home}col/c0/1.html"]
    assert sum("/deep/" in u or "broken" in u or "example.com" in u or u.endswith("index.html") for u in sample) == 0
    assert len(set(sample)) == 20
    assert pick_sample(pages, home, n=3) == sample[:3]
    other = pick_sample([page("https://xxgk.xinfeng.gov.cn/a/", depth=1)], home, scope=["xxgk.xinfeng.gov.cn"])
    assert other == ["https://xxgk.xinfeng.gov.cn/a/"]


# --- ipv6.unsupported ------------------------------------------------------------------------


def _snap(facts: Ipv6Facts | None, home: str = PUBLIC, home_ok: bool = True) -> SiteSnapshot:
    homepage = page(home, status=200 if home_ok else None)
    return SiteSnapshot(site="demo", homepage_url=home, as_of=date(2024, 4, 30), homepage=homepage,
                        pages=[homepage], ipv6=facts)


def test_full_support_no_finding() -> None:
    facts = Ipv6Facts(homepage_aaaa=True, homepage_ok=True, sampled=20, sampled_ok=20)
    assert run_rule("ipv6.unsupported", _snap(facts)) == []
    assert run_rule("ipv6.unsupported", _snap(None)) == []


def test_no_aaaa_is_a_finding() -> None:
    facts = Ipv6Facts(homepage_aaaa=False, homepage_ok=False, sampled=20, sampled_ok=0,
                      failures=((PUBLIC, "no AAAA record"),))
    [f] = run_rule("ipv6.unsupported", _snap(facts))
    assert (f.rule, f.severity.value, f.url, f.target) == ("ipv6.unsupported", "low", PUBLIC, None)
    assert "AAAA" in f.message and f.measured["ratio"] == 0.0 and f.measured["homepage_aaaa"] is False


def test_ratio_threshold_90_percent() -> None:
    ok = Ipv6Facts(homepage_aaaa=True, homepage_ok=True, sampled=20, sampled_ok=18)
    assert run_rule("ipv6.unsupported", _snap(ok)) == []
    low = Ipv6Facts(homepage_aaaa=True, homepage_ok=True, sampled=20, sampled_ok=17,
                    failures=tuple((f"{PUBLIC}col/{i}/", "timeout over IPv6") for i in range(3)))
    [f] = run_rule("ipv6.unsupported", _snap(low))
    assert "17/20" in f.message and f.measured["ratio"] == 0.85 and f.measured["min_ratio"] == 0.9
    assert len(f.measured["failures"]) == 3
    assert run_rule("ipv6.unsupported", _snap(low), min_ratio=0.8) == []


def test_homepage_silent_over_ipv6() -> None:
    facts = Ipv6Facts(homepage_aaaa=True, homepage_ok=False, failures=((PUBLIC, "timeout over IPv6"),))
    [f] = run_rule("ipv6.unsupported", _snap(facts))
    assert "timeout over IPv6" in f.message and f.measured["ratio"] is None
    # … but not when the homepage is down over IPv4 too: that is site.unreachable
    assert run_rule("ipv6.unsupported", _snap(facts, home_ok=False)) == []


def test_loopback_and_private_sites_are_not_judged_unless_asked() -> None:
    facts = Ipv6Facts(homepage_aaaa=False, homepage_ok=False)
    for home in ("http://127.0.0.1:8000/", "http://10.1.2.3/", "http://localhost:8000/", "http://[::1]:8000/"):
        assert run_rule("ipv6.unsupported", _snap(facts, home)) == [], home
    assert len(run_rule("ipv6.unsupported", _snap(facts, "http://127.0.0.1:8000/"), include_private=True)) == 1


async def test_end_to_end_on_local_servers(servers: tuple[str, str]) -> None:
    v6, v4 = servers
    facts6 = await check_ipv6(v6, [v6 + "col/gzdt/", v6 + "col/gzdt/1.html"], timeout_s=5)
    assert run_rule("ipv6.unsupported", _snap(facts6, v6), include_private=True) == []
    facts4 = await check_ipv6(v4, [v4 + "col/gzdt/"], timeout_s=5)
    [f] = run_rule("ipv6.unsupported", _snap(facts4, v4), include_private=True)
    assert f.measured["homepage_aaaa"] is False and f.measured["sampled_ok"] == 0
    assert run_rule("ipv6.unsupported", _snap(facts4, v4)) == []  # the demo case: a local portal

"""Accuracy of the robot on the holdout county portal (markup its tests never saw).

Serves ``benchmarks/holdout/site`` with the behaviours in ``benchmarks/holdout/server.yaml``,
runs ``zwgk-robot inspect`` on ``benchmarks/holdout/sites.yaml`` as a user would, and compares
the run's findings with ``benchmarks/holdout/expected.yaml``:

* a finding matches an expected item when site and rule are equal, the path of the finding's
  ``url`` or ``target`` equals ``url_path`` (host and port ignored; ``/x/`` = ``/x/index.html``),
  the target matches when one is expected (a path for links and images, a name for columns),
  and ``measured.certainty`` matches when the item gives one;
* per rule: TP, FP, FN, precision, recall, with the false positives and negatives listed;
* every known server delay is checked against the ``response_ms`` the robot recorded (10 %).

Exit status 0 when every rule in scope has precision and recall of at least 0.9 and every delay
is within 10 %, else 1.

    .venv/bin/python benchmarks/accuracy.py                # the full run (needs the robot)
    .venv/bin/python benchmarks/accuracy.py --keep         # keep the temp folder (evidence, db)
    .venv/bin/python benchmarks/accuracy.py --robot "python -m robot"
    .venv/bin/python benchmarks/accuracy.py --self-test    # the scorer on synthetic results
    .venv/bin/python benchmarks/accuracy.py --check-site   # the holdout site against expected.yaml
    .venv/bin/python benchmarks/accuracy.py --serve --port 8000   # look at it in a browser
    .venv/bin/python benchmarks/accuracy.py --holdout benchmarks/holdout_engine2 --check-site

``--holdout DIR`` (default ``benchmarks/holdout``) takes any folder with the same layout:
``site/``, ``server.yaml``, ``sites.yaml`` and ``expected.yaml``. Besides ``as_of``, ``findings``
and ``delays``, an ``expected.yaml`` may give ``crawl_seeds`` (paths that ``--check-site`` crawls
from as well as the configured homepages: pages reached only through a script) and ``decoys``
(finding-shaped look-alikes that ``--self-test`` adds to a perfect result as false positives).

The scoring is importable: ``score()``, ``check_delays()``, ``format_report()``.
"""

from __future__ import annotations

import argparse
import copy
import html
import io
import json
import mimetypes
import re
import shlex
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
HOLDOUT = REPO / "benchmarks" / "holdout"
SCOPE = (
    "site.unreachable", "site.slow", "link.broken", "image.broken",
    "column.blank", "column.blank_many", "column.overdue", "column.overdue_many",
    "column.due_soon", "column.unmonitored", "column.missing",
)
THRESHOLD = 0.9
DELAY_TOLERANCE = 0.10
_INDEX = re.compile(r"/(?:index|default)\.s?html?$", re.I)


# =============================================================================================
# Scoring
# =============================================================================================


def norm_path(url: str | None) -> str:
    """The comparable part of a URL: its decoded path (``/x/index.html`` → ``/x/``) and query."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    path = unquote(parts.path) or "/"
    if not path.startswith("/"):
        path = "/" + path
    path = _INDEX.sub("/", path)
    query = "&".join(sorted(p for p in parts.query.split("&") if p))
    return path + ("?" + query if query else "")


def _looks_like_path(s: str) -> bool:
    return s.startswith(("/", "http://", "https://"))


def _norm_name(s: str) -> str:
    return re.sub(r"\s+", "", s)


def target_matches(expected: str | None, found: Any) -> bool:
    if expected is None:
        return True
    if not isinstance(found, str) or not found:
        return False
    if _looks_like_path(expected):
        return _looks_like_path(found) and norm_path(found) == norm_path(expected)
    return _norm_name(found) == _norm_name(expected)


def url_matches(url_path: str, finding: dict[str, Any]) -> bool:
    want = norm_path(url_path)
    target = finding.get("target")
    return norm_path(finding.get("url")) == want or (
        isinstance(target, str) and _looks_like_path(target) and norm_path(target) == want
    )


@dataclass
class Miss:
    """A false positive or negative, with why."""

    item: dict[str, Any]
    why: str = ""

    def line(self) -> str:
        it = self.item
        target = it.get("target")
        shown_url = it.get("url_path") or it.get("url")
        extra = f"  target={target}" if target else ""
        cert = (it.get("measured") or {}).get("certainty") or it.get("certainty")
        extra += f"  certainty={cert}" if cert and it.get("rule") == "link.broken" else ""
        note = f"  ({it['note']})" if it.get("note") else ""
        why = f"  [{self.why}]" if self.why else ""
        return f"{it.get('site')}  {it.get('rule')}  {shown_url}{extra}{note}{why}"


@dataclass
class RuleScore:
    rule: str
    expected: int = 0
    tp: int = 0
    fp: list[Miss] = field(default_factory=list)
    fn: list[Miss] = field(default_factory=list)

    @property
    def precision(self) -> float:
        n = self.tp + len(self.fp)
        return self.tp / n if n else 1.0

    @property
    def recall(self) -> float:
        n = self.tp + len(self.fn)
        return self.tp / n if n else 1.0

    @property
    def ok(self) -> bool:
        return self.precision >= THRESHOLD and self.recall >= THRESHOLD


@dataclass
class Report:
    rules: dict[str, RuleScore]
    out_of_scope: dict[str, int]  # findings of other rules, by rule (not scored)
    unknown_sites: int = 0

    def total(self, rules: list[str] | None = None) -> RuleScore:
        t = RuleScore("overall")
        for name, r in self.rules.items():
            if rules is None or name in rules:
                t.expected += r.expected
                t.tp += r.tp
                t.fp += r.fp
                t.fn += r.fn
        return t

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.rules.values())


def score(result: dict[str, Any], expected: dict[str, Any], scope: tuple[str, ...] = SCOPE) -> Report:
    """Compare a run's ``findings`` with the planted ones. Pure: no I/O."""
    items: list[dict[str, Any]] = [dict(e) for e in expected.get("findings", []) if e["rule"] in scope]
    rules = {r: RuleScore(r, expected=sum(1 for e in items if e["rule"] == r)) for r in scope}
    out_of_scope: dict[str, int] = {}
    matched: list[bool] = [False] * len(items)
    findings = list(result.get("findings", []))
    for f in findings:
        rule = f.get("rule", "")
        if rule not in scope:
            out_of_scope[rule] = out_of_scope.get(rule, 0) + 1
            continue
        candidates = [
            i for i, e in enumerate(items)
            if e["site"] == f.get("site") and e["rule"] == rule
            and url_matches(e["url_path"], f) and target_matches(e.get("target"), f.get("target"))
        ]
        certainty = (f.get("measured") or {}).get("certainty")
        good = [i for i in candidates if not items[i].get("certainty") or items[i]["certainty"] == certainty]
        free = [i for i in good if not matched[i]]
        if free:
            matched[free[0]] = True
            rules[rule].tp += 1
        elif good:
            rules[rule].fp.append(Miss(f, "duplicate of a finding already matched"))
        elif candidates:
            want = items[candidates[0]].get("certainty")
            rules[rule].fp.append(Miss(f, f"certainty {certainty!r}, expected {want!r}"))
        else:
            rules[rule].fp.append(Miss(f, _nearest(f, items)))
    for i, e in enumerate(items):
        if not matched[i]:
            rules[e["rule"]].fn.append(Miss(e))
    known_sites = {e["site"] for e in expected.get("findings", [])}
    unknown = sum(1 for f in findings if f.get("site") not in known_sites)
    return Report(rules, out_of_scope, unknown)


def _nearest(f: dict[str, Any], items: list[dict[str, Any]]) -> str:
    """A hint for a false positive: does an item of the same rule sit on that page?"""
    same = [e for e in items if e["site"] == f.get("site") and e["rule"] == f.get("rule")]
    for e in same:
        if norm_path(e["url_path"]) == norm_path(f.get("url")):
            return f"an item on this page expects target {e.get('target')!r}"
    for e in same:
        if e.get("target") is not None and target_matches(e["target"], f.get("target")):
            return f"this target is expected on {e['url_path']}"
    return "not planted"


@dataclass
class DelayCheck:
    url_path: str
    ms: int
    seen: list[int | None]  # response_ms of every page entry for that path

    @property
    def ok(self) -> bool:
        return bool(self.seen) and all(
            s is not None and abs(s - self.ms) <= DELAY_TOLERANCE * self.ms for s in self.seen
        )

    def line(self) -> str:
        if not self.seen:
            figures = "not in pages[]"
        else:
            figures = ", ".join("None" if s is None else f"{s} ms ({(s - self.ms) / self.ms:+.1%})" for s in self.seen)
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.url_path:48} server {self.ms:5d} ms  robot {figures}"


def check_delays(result: dict[str, Any], expected: dict[str, Any]) -> list[DelayCheck]:
    out = []
    for d in expected.get("delays", []):
        want = norm_path(d["url_path"])
        seen = [p.get("response_ms") for p in result.get("pages", []) if norm_path(p.get("url")) == want]
        out.append(DelayCheck(d["url_path"], int(d["ms"]), seen))
    return out


def baseline(result: dict[str, Any], expected: dict[str, Any]) -> str:
    """response_ms of the pages the server does not delay: the robot's own overhead."""
    delayed = {norm_path(d["url_path"]) for d in expected.get("delays", [])}
    ms = sorted(p["response_ms"] for p in result.get("pages", [])
                if p.get("response_ms") is not None and norm_path(p.get("url")) not in delayed)
    if not ms:
        return "undelayed pages: none with response_ms"
    return (f"undelayed pages (server answers in a few ms): n={len(ms)} median {ms[len(ms) // 2]} ms, "
            f"p90 {ms[int(len(ms) * 0.9)]} ms, max {ms[-1]} ms")


GROUPS = {"site": ("site.",), "link/image": ("link.", "image."), "column": ("column.",)}


def format_report(report: Report, delays: list[DelayCheck]) -> str:
    lines = [f"{'rule':22} {'exp':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}"]

    def row(name: str, r: RuleScore, mark: bool = True) -> str:
        flag = ("" if r.ok else "  <-- below 0.9") if mark else ""
        return (f"{name:22} {r.expected:4d} {r.tp:4d} {len(r.fp):4d} {len(r.fn):4d} "
                f"{r.precision:10.2f} {r.recall:7.2f}{flag}")

    for name, r in report.rules.items():
        lines.append(row(name, r))
    lines.append("-" * 62)
    for g, prefixes in GROUPS.items():
        lines.append(row(f"[{g}]", report.total([n for n in report.rules if n.startswith(prefixes)]), mark=False))
    lines.append(row("overall", report.total(), mark=False))
    fps = [m for r in report.rules.values() for m in r.fp]
    fns = [m for r in report.rules.values() for m in r.fn]
    lines.append("")
    lines.append(f"False positives ({len(fps)}):")
    lines += [f"  {m.line()}" for m in fps] or ["  none"]
    lines.append(f"False negatives ({len(fns)}):")
    lines += [f"  {m.line()}" for m in fns] or ["  none"]
    if report.out_of_scope:
        other = ", ".join(f"{k} {v}" for k, v in sorted(report.out_of_scope.items()))
        lines.append(f"Findings of rules outside this benchmark (not scored): {other}")
    if report.unknown_sites:
        lines.append(f"Findings for sites not in the holdout config: {report.unknown_sites}")
    lines.append("")
    lines.append(f"Server delays vs recorded response_ms (tolerance {DELAY_TOLERANCE:.0%}):")
    lines += [f"  {d.line()}" for d in delays] or ["  none declared"]
    return "\n".join(lines)


# =============================================================================================
# The holdout server
# =============================================================================================

_TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
    ".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif", ".pdf": "application/pdf",
    ".doc": "application/msword", ".xls": "application/vnd.ms-excel",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".jsp": "text/xml; charset=utf-8", ".shtml": "text/html; charset=utf-8",
}


def _page(title: str, text: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f'<body style="font-family:sans-serif;text-align:center;padding-top:80px"><h1>{html.escape(title)}</h1>'
            f"<p>{html.escape(text)}</p></body></html>").encode()


_STATUS_TEXT = {
    403: ("403 Forbidden", "您没有权限访问该资源。"),
    404: ("404 页面不存在", "抱歉，您访问的页面不存在或已被删除。"),
    500: ("500 Internal Server Error", "java.lang.NullPointerException"),
    502: ("502 Bad Gateway", "nginx"),
    503: ("503 Service Temporarily Unavailable", "nginx"),
}


class HoldoutServer:
    """Serve ``root`` on 127.0.0.1 (HTTP/1.1, keep-alive) with per-path behaviours.

    ``routes`` maps a URL path (``'/x/*'`` for a prefix) to ``delay_ms`` (wait before the
    headers), ``status`` (answer that status), ``fail_first`` (answer ``status`` that many
    times, then the file) or ``reset`` (close the connection with a TCP reset).
    """

    def __init__(self, root: Path, routes: dict[str, dict[str, Any]] | None = None, port: int = 0) -> None:
        self.root = root.resolve()
        self.exact: dict[str, dict[str, Any]] = {}
        self.prefix: list[tuple[str, dict[str, Any]]] = []
        for key, spec in (routes or {}).items():
            if key.endswith("*"):
                self.prefix.append((key[:-1], spec))
            else:
                self.exact[norm_path(key)] = spec
        self.prefix.sort(key=lambda p: -len(p[0]))
        self.counts: dict[str, int] = {}
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._port = port
        self._httpd: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._port}/"

    def url(self, path: str = "/") -> str:
        return self.base + path.lstrip("/")

    def __enter__(self) -> HoldoutServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "nginx"
            sys_version = ""
            timeout = 30

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:
                server._handle(self, head=False)

            def do_HEAD(self) -> None:
                server._handle(self, head=True)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 128  # a browser opens many connections at once; 5 would queue them

            def handle_error(self, request: Any, client_address: Any) -> None:
                if isinstance(sys.exc_info()[1], OSError):
                    return  # clients hang up: not our business
                super().handle_error(request, client_address)

        self._httpd = Server(("127.0.0.1", self._port), Handler)
        self._port = self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def _route(self, path: str) -> dict[str, Any]:
        spec = self.exact.get(norm_path(path))
        if spec is not None:
            return spec
        for prefix, spec in self.prefix:
            if path.startswith(prefix) or path + "/" == prefix:
                return spec
        return {}

    def _handle(self, h: BaseHTTPRequestHandler, head: bool) -> None:
        parts = urlsplit(h.path)
        path = unquote(parts.path) or "/"
        with self.lock:
            self.requests.append((h.command, h.path))
        spec = self._route(path)
        if spec.get("reset"):
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True
            return
        status, body, ctype, headers = self._answer(path, spec)
        if spec.get("delay_ms") and self.stopping.wait(spec["delay_ms"] / 1000):
            h.close_connection = True
            return
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        if not head:
            h.wfile.write(body)

    def _answer(self, path: str, spec: dict[str, Any]) -> tuple[int, bytes, str, dict[str, str]]:
        html_type = _TYPES[".html"]
        if "fail_first" in spec:
            with self.lock:
                n = self.counts[path] = self.counts.get(path, 0) + 1
            if n <= int(spec["fail_first"]):
                return int(spec.get("status", 503)), _page(*_STATUS_TEXT[503]), html_type, {"Retry-After": "1"}
        elif "status" in spec:
            code = int(spec["status"])
            title, text = _STATUS_TEXT.get(code, (str(code), ""))
            return code, _page(title, text), html_type, {}
        target = (self.root / path.lstrip("/")).resolve()
        if target != self.root and self.root not in target.parents:
            return 404, _page(*_STATUS_TEXT[404]), html_type, {}
        if target.is_dir():
            if not path.endswith("/"):
                return 301, b"", html_type, {"Location": path + "/"}
            # nginx's `index index.html index.shtml;` (TRS WCM sites publish index.shtml)
            target = target / "index.html" if (target / "index.html").is_file() else target / "index.shtml"
        if not target.is_file():
            return 404, _page(*_STATUS_TEXT[404]), html_type, {}
        ctype = _TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return 200, target.read_bytes(), ctype, {}


def resolve_holdout(arg: str | Path | None) -> Path:
    """``--holdout DIR``: as given (relative to the current folder), else relative to the repository."""
    if arg is None:
        return HOLDOUT
    path = Path(arg)
    if not path.is_absolute() and not path.exists() and (REPO / path).exists():
        path = REPO / path
    path = path.resolve()
    missing = [n for n in ("site", "server.yaml", "sites.yaml", "expected.yaml") if not (path / n).exists()]
    if missing:
        raise SystemExit(f"--holdout {arg}: not a holdout folder (missing {', '.join(missing)})")
    return path


def load_holdout(holdout: Path = HOLDOUT) -> tuple[str, dict[str, Any], dict[str, dict[str, Any]]]:
    config = (holdout / "sites.yaml").read_text(encoding="utf-8")
    expected = yaml.safe_load((holdout / "expected.yaml").read_text(encoding="utf-8"))
    routes = yaml.safe_load((holdout / "server.yaml").read_text(encoding="utf-8"))["routes"]
    return config, expected, routes


# =============================================================================================
# The run
# =============================================================================================


def default_robot() -> list[str]:
    exe = REPO / ".venv" / "bin" / "zwgk-robot"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "robot"]


def robot_command(spec: str | None) -> list[str]:
    """The robot's argv prefix; a relative program path is taken from the current folder."""
    if not spec:
        return default_robot()
    argv = shlex.split(spec)
    if "/" in argv[0] and not Path(argv[0]).is_absolute():
        argv[0] = str(Path(argv[0]).absolute())
    return argv


def run(args: argparse.Namespace) -> int:
    holdout = getattr(args, "holdout", None) or HOLDOUT
    config, expected, routes = load_holdout(holdout)
    tmp = Path(tempfile.mkdtemp(prefix="zwgk-holdout-"))
    try:
        with HoldoutServer(holdout / "site", routes) as server:
            cfg = tmp / "sites.yaml"
            cfg.write_text(config.replace("{base}", server.base), encoding="utf-8")
            cmd = robot_command(args.robot) + [
                "inspect", "--config", str(cfg), "--as-of", expected["as_of"],
                "--db", f"sqlite:///{tmp / 'zwgk.db'}", "--evidence", str(tmp / "evidence"),
                "--json", str(tmp / "result.json"),
            ]
            print(f"holdout {holdout.relative_to(REPO) if REPO in holdout.parents else holdout} served at {server.base}")
            print("running: " + " ".join(shlex.quote(c) for c in cmd), flush=True)
            log = tmp / "robot.log"
            started = time.monotonic()
            with log.open("wb") as out:
                try:
                    proc = subprocess.run(cmd, cwd=tmp, stdout=out, stderr=subprocess.STDOUT, timeout=args.timeout, check=False)
                    code: int | None = proc.returncode
                except subprocess.TimeoutExpired:
                    code = None
                except OSError as e:
                    print(f"cannot start the robot: {e}")
                    return 1
            wall = time.monotonic() - started
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        print(f"robot exit status: {code if code is not None else f'killed after {args.timeout} s'}; wall time {wall:.1f} s")
        result_path = tmp / "result.json"
        if code not in (0, 1) or not result_path.exists():
            print("the robot did not finish normally; last lines of its output:")
            print("\n".join("  " + t for t in tail))
            return 1
        result = json.loads(result_path.read_text(encoding="utf-8"))
        run_info = result.get("run", {})
        print(f"run complete: {run_info.get('complete')}; pages {len(result.get('pages', []))}; "
              f"findings {len(result.get('findings', []))}\n")
        report = score(result, expected)
        delays = check_delays(result, expected)
        print(format_report(report, delays))
        print("  " + baseline(result, expected))
        ok = report.ok and all(d.ok for d in delays)
        print(f"\nwall time of the run: {wall:.1f} s")
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


# =============================================================================================
# Checking the holdout itself (no robot): every planted problem is there, nothing else is
# =============================================================================================

_REF = re.compile(r"""(?:href|src)\s*=\s*"([^"'<>]+)"|"(?:u|url)"\s*:\s*"([^"]+)\"""")


def _fetch(url: str, timeout: float = 20) -> tuple[int | None, bytes, float, str]:
    """status, body, seconds to the headers, error."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "holdout-check"}), timeout=timeout) as r:
            ttfb = time.monotonic() - started
            return r.status, r.read(), ttfb, ""
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.monotonic() - started, ""
    except (urllib.error.URLError, OSError) as e:
        return None, b"", time.monotonic() - started, type(getattr(e, "reason", e)).__name__


def _crawl_start(config: str, expected: dict[str, Any], base: str) -> tuple[list[str], tuple[str, ...]]:
    """Where the check crawls from (the homepages of the configured sites that answer, and any
    ``crawl_seeds``) and the path prefixes it leaves alone (the unreachable sites)."""
    unreachable = tuple(norm_path(e["url_path"]) for e in expected["findings"] if e["rule"] == "site.unreachable")
    start: list[str] = []
    for site in (yaml.safe_load(config.replace("{base}", base)) or {}).get("sites", []):
        home = urljoin(base, site["url"])
        if home.startswith(base):
            path = "/" + home[len(base):]
            if norm_path(path) not in unreachable and path not in start:
                start.append(path)
    start += [p for p in expected.get("crawl_seeds", []) if p not in start]
    return start, tuple(u for u in unreachable if u != "/") + ("/module/",)


def check_site(verbose: bool = True, holdout: Path = HOLDOUT) -> list[str]:
    """Crawl the holdout with urllib and compare what is broken with expected.yaml."""
    from PIL import Image, ImageStat

    config, expected, routes = load_holdout(holdout)
    problems: list[str] = []
    exp = expected["findings"]
    with HoldoutServer(holdout / "site", routes) as server:
        base = server.base
        pages: dict[str, set[str]] = {}  # page path -> referenced paths
        start, skip = _crawl_start(config, expected, base)
        queue = deque(start)
        seen = set(queue)
        while queue:
            path = queue.popleft()
            status, body, _, _ = _fetch(server.url(path))
            if status != 200:
                if verbose:
                    print(f"  page {path}: {status}")
                continue
            refs: set[str] = set()
            for m in _REF.finditer(body.decode("utf-8", "replace")):
                raw = html.unescape(m.group(1) or m.group(2))
                if raw.startswith(("javascript:", "mailto:", "#", "data:")):
                    continue
                absu = urljoin(server.url(path), raw)
                if not absu.startswith(base):
                    problems.append(f"{path}: link outside the server: {raw}")
                    continue
                ref = "/" + absu[len(base):].split("#")[0]
                refs.add(ref)
                p = urlsplit(ref).path
                if p.endswith((".html", ".shtml", ".htm", "/")) and ref not in seen and not p.startswith(skip):
                    seen.add(ref)
                    queue.append(ref)
            pages[path] = refs
        all_refs = {r for refs in pages.values() for r in refs}
        broken: dict[str, int | None] = {}
        uniform: set[str] = set()
        undecodable: set[str] = set()
        for ref in sorted(all_refs):
            status, body, _, _err = _fetch(server.url(ref))
            if status is not None and status >= 500:
                status, body, _, _err = _fetch(server.url(ref))  # a second try, as a re-probe
            if status is None or status >= 400:
                broken[ref] = status
                continue
            if urlsplit(ref).path.lower().endswith((".jpg", ".png", ".gif")):
                try:
                    img = Image.open(io.BytesIO(body))
                    img.load()
                except Exception:
                    undecodable.add(ref)
                    continue
                if min(img.size) > 4 and max(ImageStat.Stat(img.convert("L")).stddev) < 3:
                    uniform.add(ref)

        def where(ref: str) -> list[str]:
            return sorted(p for p, refs in pages.items() if ref in refs)

        planted_links = {e["target"]: e for e in exp if e["rule"] == "link.broken"}
        planted_images = {e["target"]: e for e in exp if e["rule"] == "image.broken"}
        blank_pages = {norm_path(e["url_path"]) for e in exp if e["rule"] == "column.blank"}
        for ref, status in broken.items():
            e = planted_links.get(ref) or planted_images.get(ref)
            if e is None and ref.endswith(".js") and {norm_path(p) for p in where(ref)} <= blank_pages:
                if verbose:
                    print(f"  script {ref} fails on purpose (a blank column) on {where(ref)}")
                continue
            if e is None:
                problems.append(f"unplanted broken reference {ref} ({status}) on {where(ref)}")
        for target, e in {**planted_links, **planted_images}.items():
            if {norm_path(p) for p in where(target)} != {norm_path(e["url_path"])}:
                problems.append(f"{target}: expected only on {e['url_path']}, found on {where(target)}")
        for target, e in planted_links.items():
            status = broken.get(target, 200)
            if target not in broken:
                problems.append(f"planted broken link {target} answers 200")
            elif e.get("certainty") == "definite" and status not in (403, 404, 410):
                problems.append(f"planted definite link {target} answers {status}")
            elif e.get("certainty") == "suspect" and status in (403, 404, 410):
                problems.append(f"planted suspect link {target} answers {status}")
        visual = uniform | undecodable
        for target, e in planted_images.items():
            if target not in broken and target not in visual and "占位图" not in e.get("note", ""):
                problems.append(f"planted image {target} loads and looks fine")
        for ref in visual:
            if ref not in planted_images:
                problems.append(f"unplanted uniform/undecodable image {ref}")
        # columns
        for e in exp:
            if e["rule"].startswith("column.") and not e["rule"].endswith("_many"):
                status, _, _, _ = _fetch(server.url(e["url_path"]))
                want = 404 if e["rule"] == "column.missing" else 200
                if status != want:
                    problems.append(f"{e['rule']} {e['url_path']}: answers {status}, expected {want}")
        for e in exp:
            if e["rule"] == "site.unreachable":
                status, _, _, err = _fetch(server.url(e["url_path"]))
                if status is not None and status < 500:
                    problems.append(f"unreachable site {e['url_path']} answers {status}")
                elif verbose:
                    print(f"  unreachable {e['url_path']}: {status or err}")
        # delays
        for dl in expected["delays"]:
            _, _, ttfb, _ = _fetch(server.url(dl["url_path"]))
            ms = ttfb * 1000
            if verbose:
                print(f"  delay {dl['url_path']}: {ms:.0f} ms (declared {dl['ms']})")
            if abs(ms - dl["ms"]) > DELAY_TOLERANCE * dl["ms"]:
                problems.append(f"delay {dl['url_path']}: {ms:.0f} ms, declared {dl['ms']}")
        if verbose:
            print(f"  crawled {len(pages)} HTML pages, {len(all_refs)} distinct references, "
                  f"{len(broken)} broken, {len(uniform)} uniform images, {len(undecodable)} undecodable")
    return problems


# =============================================================================================
# Self-test of the scorer on synthetic results
# =============================================================================================


def _perfect_result(expected: dict[str, Any], host: str = "http://127.0.0.1:45678") -> dict[str, Any]:
    findings = []
    for n, e in enumerate(expected["findings"], 1):
        target = e.get("target")
        if isinstance(target, str) and target.startswith("/"):
            target = host + target
        f = {"id": n, "rule": e["rule"], "site": e["site"], "url": host + e["url_path"], "target": target,
             "severity": "high", "message": "", "measured": {}}
        if e.get("certainty"):
            f["measured"]["certainty"] = e["certainty"]
        findings.append(f)
    pages = [{"site": "anlan", "url": host + d["url_path"], "status": 200, "response_ms": int(d["ms"] * 1.04)}
             for d in expected["delays"]]
    return {"run": {"complete": True}, "pages": pages, "findings": findings}


# Look-alikes of the default holdout (its expected.yaml has no ``decoys`` key).
_DEFAULT_DECOYS: list[dict[str, Any]] = [
    {"rule": "image.broken", "site": "anlan", "url_path": "/col/col5530/index.html",
     "target": "/picture/0/1907151030521.jpg", "note": "the grey photo"},
    {"rule": "column.overdue", "site": "anlan", "url_path": "/col/col5511/index.html",
     "target": "通知公告", "note": "5 months old notice: not overdue"},
    {"rule": "column.blank", "site": "anlan-slj", "url_path": "/slj/gzdt/",
     "target": "工作动态", "note": "missing, not blank"},
]


def _decoy_finding(d: dict[str, Any], host: str = "http://x") -> dict[str, Any]:
    target = d.get("target")
    if isinstance(target, str) and target.startswith("/"):
        target = host + target
    return {"rule": d["rule"], "site": d["site"], "url": host + d["url_path"], "target": target,
            "measured": ({"certainty": d["certainty"]} if d.get("certainty") else {})}


def self_test(holdout: Path = HOLDOUT) -> int:
    _config, expected, routes = load_holdout(holdout)
    n = len(expected["findings"])
    failures: list[str] = []

    def check(cond: bool, what: str) -> None:
        if not cond:
            failures.append(what)

    def planted(rule: str) -> int:
        return sum(1 for e in expected["findings"] if e["rule"] == rule)

    # path normalisation
    check(norm_path("http://a:1/x/index.html") == "/x/", "index.html folds into the folder")
    check(norm_path("http://a:1/x/index.shtml") == "/x/", "index.shtml folds into the folder")
    check(norm_path("https://b/x/") == "/x/", "host and port are ignored")
    check(norm_path("/m/a.jsp?b=2&a=1#f") == "/m/a.jsp?a=1&b=2", "query kept and sorted, fragment dropped")
    check(norm_path("/%E6%96%87.html") == "/文.html", "percent-decoding")

    # a perfect run
    perfect = _perfect_result(expected)
    rep = score(perfect, expected)
    check(rep.ok and rep.total().tp == n and not rep.total().fp and not rep.total().fn, "a perfect result scores 1.0")
    check(all(d.ok for d in check_delays(perfect, expected)), "delays 4 % over are within tolerance")

    # nothing found
    rep = score({"findings": []}, expected)
    check(rep.total().tp == 0 and len(rep.total().fn) == n and not rep.ok, "an empty result misses everything")

    # perturbations
    r = copy.deepcopy(perfect)
    link = next((f for f in r["findings"] if f["rule"] == "link.broken" and f["measured"].get("certainty") == "definite"), None)
    check(link is not None, "a definite broken link is planted")
    if link is not None:
        link["measured"]["certainty"] = "suspect"
        rep = score(r, expected)
        lb = rep.rules["link.broken"]
        check(lb.tp == lb.expected - 1 and len(lb.fp) == 1 and len(lb.fn) == 1 and "certainty" in lb.fp[0].why,
              "wrong certainty is FP + FN")

    r = copy.deepcopy(perfect)
    col = next(f for f in r["findings"] if f["rule"] == "column.overdue")
    if _INDEX.search(col["url"]):
        col["url"] = _INDEX.sub("/", col["url"])
    elif col["url"].endswith("/"):
        col["url"] += "index.html"
    col["target"] = " " + col["target"] + " "
    rep = score(r, expected)
    check(rep.rules["column.overdue"].tp == rep.rules["column.overdue"].expected, "index.html and whitespace variants match")

    # look-alikes: each one is a false positive, and so is a duplicate
    decoys = expected.get("decoys")
    if decoys is None:
        decoys = _DEFAULT_DECOYS if holdout.resolve() == HOLDOUT.resolve() else []
    decoys = [d for d in decoys if d["rule"] in SCOPE]
    r = copy.deepcopy(perfect)
    duplicate = dict(r["findings"][0])
    r["findings"].append(duplicate)
    r["findings"] += [_decoy_finding(d) for d in decoys]
    r["findings"].append({"rule": "text.typo", "site": expected["findings"][0]["site"], "url": "http://x/",
                          "target": "x", "measured": {}})
    rep = score(r, expected)
    tot = rep.total()
    check(tot.tp == n and len(tot.fp) == 1 + len(decoys) and not tot.fn,
          f"{1 + len(decoys)} false positives counted (got {len(tot.fp)}: "
          f"{[m.line() for m in tot.fp if 'not planted' not in m.why and 'expects target' not in m.why and 'duplicate' not in m.why]})")
    check(any("duplicate" in m.why for m in tot.fp), "the duplicate is named as such")
    check(sum("duplicate" in m.why for m in tot.fp) == 1, "no look-alike is the same as a planted finding")
    check(rep.out_of_scope == {"text.typo": 1}, "rules outside the scope are not scored")
    fps = {rule: sum(1 for d in decoys if d["rule"] == rule) + (rule == duplicate["rule"]) for rule in SCOPE}
    want_ok = True
    for rule, k in fps.items():
        if k:
            want = planted(rule) / (planted(rule) + k)
            want_ok = want_ok and want >= THRESHOLD
            check(abs(rep.rules[rule].precision - want) < 1e-9, f"{rule} precision {want:.2f}")
    check(rep.ok == want_ok, "below 0.9 fails")

    blank_sites = [e["site"] for e in expected["findings"] if e["rule"] == "column.blank"]
    if blank_sites:
        r = copy.deepcopy(perfect)
        r["findings"] = [f for f in r["findings"] if not (f["rule"] == "column.blank" and f["site"] == blank_sites[0])]
        rep = score(r, expected)
        e_blank, k = len(blank_sites), blank_sites.count(blank_sites[0])
        want = (e_blank - k) / e_blank
        check(rep.rules["column.blank"].recall == want and rep.ok == (want >= THRESHOLD),
              f"{k} missed blank columns: recall {e_blank - k}/{e_blank}")

    # the right target on the wrong page is a FP and a FN
    r = copy.deepcopy(perfect)
    img = next(f for f in r["findings"] if f["rule"] == "image.broken")
    img["url"] = "http://x/no/such/page/index.html"
    rep = score(r, expected)
    ib = rep.rules["image.broken"]
    check(ib.tp == ib.expected - 1 and len(ib.fp) == 1 and len(ib.fn) == 1, "the right image on the wrong page is FP + FN")

    # column target must be the name
    r = copy.deepcopy(perfect)
    colb = next(f for f in r["findings"] if f["rule"] == "column.blank")
    colb["target"] = "别的栏目"
    rep = score(r, expected)
    check(len(rep.rules["column.blank"].fp) == 1 and len(rep.rules["column.blank"].fn) == 1, "a wrong column name does not match")

    # delays
    if len(expected["delays"]) >= 2:
        r = copy.deepcopy(perfect)
        r["pages"][0]["response_ms"] = int(expected["delays"][0]["ms"] * 1.2)
        r["pages"].append({"url": "http://x" + expected["delays"][1]["url_path"], "response_ms": None})
        checks = check_delays(r, expected)
        check(not checks[0].ok and not checks[1].ok and all(c.ok for c in checks[2:]), "20 % over and None fail")
    checks = check_delays({"pages": []}, expected)
    check(not any(c.ok for c in checks), "a delayed page missing from pages[] fails")

    check("median" in baseline({"pages": [{"url": "/x.html", "response_ms": 5}]}, expected), "the baseline prints")
    text = format_report(score(perfect, expected), check_delays(perfect, expected))
    check("overall" in text and "False negatives (0)" in text, "the report prints")

    # the server
    root = holdout / "site"
    with HoldoutServer(root, routes) as srv:
        flaky = next((k for k, v in routes.items() if "fail_first" in v), None)
        if flaky is not None:
            want_status = int(routes[flaky].get("status", 503))
            s1, *_ = _fetch(srv.url(flaky))
            s2, *_ = _fetch(srv.url(flaky))
            check(s1 == want_status and s2 == 200, f"flaky answers {want_status} then 200 (got {s1}, {s2})")
        folders = sorted({"/" + str(f.parent.relative_to(root)) for name in ("index.html", "index.shtml")
                          for f in root.glob(f"*/**/{name}")})
        folder = next((f for f in folders if not srv._route(f + "/")), None)
        if folder is not None:
            s, *_ = _fetch(srv.url(folder))
            check(s == 200, f"a folder without a slash ({folder}) redirects to its index")
        s, *_ = _fetch(srv.url("/no/such/page.html"))
        check(s == 404, "a missing file is a 404")
        for e in expected["findings"]:
            if e["rule"] != "site.unreachable":
                continue
            spec = srv._route(urlsplit(e["url_path"]).path)
            if spec.get("reset"):
                s, _, _, err = _fetch(srv.url(e["url_path"]))
                check(s is None and bool(err), f"the reset site {e['url_path']} gives no answer")
            elif spec.get("delay_ms"):
                s, _, _, err = _fetch(srv.url(e["url_path"]), timeout=1)
                check(s is None and bool(err), f"the hanging site {e['url_path']} gives no answer within 1 s")
            else:
                s, *_ = _fetch(srv.url(e["url_path"]))
                check(s is not None and s >= 500, f"the failing site {e['url_path']} answers 5xx (got {s})")

    for f in failures:
        print(f"FAIL: {f}")
    print(f"self-test: {'passed' if not failures else f'{len(failures)} failure(s)'} ({n} planted findings)")
    return 0 if not failures else 1


# =============================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--robot", help="the robot's command (default: .venv/bin/zwgk-robot)")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (config, db, evidence, result.json, log)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before the robot run is killed (default 1800)")
    ap.add_argument("--self-test", action="store_true", help="test the scorer and server on synthetic results")
    ap.add_argument("--check-site", action="store_true", help="check the holdout site against expected.yaml (no robot)")
    ap.add_argument("--serve", action="store_true", help="serve the holdout until Ctrl-C")
    ap.add_argument("--port", type=int, default=0, help="port for --serve (default: a free one)")
    ap.add_argument("--holdout", metavar="DIR", default=None,
                    help="the holdout folder (site/, server.yaml, sites.yaml, expected.yaml; default benchmarks/holdout)")
    args = ap.parse_args(argv)
    args.holdout = resolve_holdout(args.holdout)
    if args.self_test:
        return self_test(args.holdout)
    if args.check_site:
        problems = check_site(holdout=args.holdout)
        for p in problems:
            print(f"PROBLEM: {p}")
        print("holdout site: " + ("consistent with expected.yaml" if not problems else f"{len(problems)} problem(s)"))
        return 0 if not problems else 1
    if args.serve:
        config, _e, routes = load_holdout(args.holdout)
        with HoldoutServer(args.holdout / "site", routes, port=args.port) as srv:
            sites = (yaml.safe_load(config.replace("{base}", srv.base)) or {}).get("sites", [])
            shown = ", ".join(f"{s.get('id')} {urlsplit(str(s.get('url'))).path}" for s in sites)
            print(f"holdout at {srv.base}  ({shown}; Ctrl-C to stop)", flush=True)
            try:
                threading.Event().wait()
            except KeyboardInterrupt:
                pass
        return 0
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())

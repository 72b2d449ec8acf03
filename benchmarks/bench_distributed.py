"""Distributed benchmark: one local run against ``inspect --distributed`` with 1 and with 2 workers.

One invocation generates a multi-site portal (``--sites`` sites of ``--pages`` pages each, made by
``gen_portal.generate`` with seeds ``seed, seed+1, …``), serves every site from one nginx on its
own 127.0.0.1 port (so each site is its own host and scope, ``127.0.0.1:PORT``), and runs on that
same portal and server, one leg after another:

=====  ===========================================================================================
leg    what runs
=====  ===========================================================================================
local  ``zwgk-robot inspect --config SITES.yaml`` over all sites (one process, sites in turn)
w1     one ``zwgk-robot worker`` (Celery, prefork, the CLI's default ``--concurrency``, which is 1),
       then ``zwgk-robot inspect --distributed --broker URL`` as the coordinator
w2     the same with two workers
=====  ===========================================================================================

Every leg gets the same ``--as-of``, ``--checks`` and ``--max-pages``, a fresh PostgreSQL scratch
database (``createdb``, dropped afterwards unless ``--keep``) and a fresh evidence folder. Workers
are started (and waited for: " ready." in their log) before the leg's clock starts, and stopped
after it: the wall time is the coordinator's, from sending the tasks to the gathered result.

Measured per leg: wall time; sites; pages (``len(result["pages"])``); pages/s; sites/hour; peak
memory sampled with psutil over the coordinator's process tree plus every worker's (RSS summed,
and PSS summed: shared pages split, the fair total); the findings count; and whether the
findings equal the local run's as a multiset of (site, rule, url, target), with the site's
``http://127.0.0.1:PORT`` taken off the URLs so that a restarted server would not matter.

The broker is a Redis database of its own (``redis://127.0.0.1:6379/N``, the highest-numbered
empty one of 1–14; 15 belongs to tests/test_distributed.py), claimed with a marker key and
emptied between legs and at the end. ``--broker URL`` picks one instead (then nothing is emptied).

The robot measured is this checkout's working tree, or, with ``--robot-ref REF``, a commit
unpacked by ``git archive`` under ``benchmarks/out/robot-<sha>`` (every child gets it first on
PYTHONPATH, which wins over the editable install): others edit the checkout while a run lasts.
The scratch databases are named ``zwgk_benchdist_<leg>_<pid>_<hex>`` and only those this run
created are dropped. Also reported per leg: the robot's own per-site timings summed (browse,
links, images, channels, evidence; pages rendered / read from their HTML), from the local run's
progress lines and the workers' logs.

Usage::

    .venv/bin/python benchmarks/bench_distributed.py [--sites 12] [--pages 120] [--skip local|w1|w2] [--keep]
        [--robot-ref HEAD] [--repeat K] [--tabs N] [--worker-concurrency N] [--checks PREFIX,…]
    .venv/bin/python benchmarks/bench_distributed.py --sizing-from benchmarks/out/distributed-12x120.json

The table, the speed-up ratios and the sizing figures are printed and written to
``benchmarks/out/distributed-<sites>x<pages>[-tag].json`` (git-ignored). Loopback, throttling off
(the sweep benchmark's SITES.yaml settings): the figures are the robot's own cost on this
machine, not what a real government site allows; the sizing lines say what the polite defaults
(robot/config.py) imply for real sites under stated latency assumptions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent
ROBOT_SRC = REPO  # the folder whose robot/ package every child runs (--robot-src / --robot-ref)
AS_OF = "2024-04-30"
LEGS = ["local", "w1", "w2"]
NIGHT_H = 8.0  # the night window the sizing figure is given for
PG_HOST, PG_PORT, PG_SUPERUSER = "127.0.0.1", 5432, "postgres"
REDIS_BASE = "redis://127.0.0.1:6379"
CLAIM_KEY = "zwgk:bench:distributed:owner"
# Assumptions for the polite-defaults estimate (not measured here): what a county server takes
# to answer and render one page in the browser, and to answer one link check (HEAD/GET).
REAL_PAGE_S = 1.0
REAL_LINK_S = 0.3

sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from gen_portal import generate  # noqa: E402
from serve import Served, alive, serve_many  # noqa: E402


def say(text: str) -> None:
    print(text, flush=True)


# --- memory of several process trees -------------------------------------------------------------


class TreeSampler:
    """Samples, in a thread, RSS and PSS summed over the process trees of the given roots (the
    coordinator and each worker's main process); keeps the peaks."""

    def __init__(self, roots: dict[str, int], every_s: float = 0.5) -> None:
        self.roots = dict(roots)
        self.every_s = every_s
        self.peak_rss = 0
        self.peak_pss: int | None = None
        self.peak_by_root: dict[str, int] = {}  # PSS (else RSS) peak of each root's own tree
        self.peak_procs = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="tree-sampler", daemon=True)

    def add(self, name: str, pid: int) -> None:
        self.roots[name] = pid

    def sample(self, with_pss: bool) -> None:
        import psutil

        rss_total, pss_total, procs = 0, 0, 0
        seen: set[int] = set()
        for name, pid in list(self.roots.items()):
            try:
                root = psutil.Process(pid)
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                continue
            mine = 0
            for p in tree:
                if p.pid in seen:
                    continue
                seen.add(p.pid)
                try:
                    if with_pss:
                        info = p.memory_full_info()
                        rss_total += info.rss
                        pss = getattr(info, "pss", info.rss)
                        pss_total += pss
                        mine += pss
                    else:
                        rss = p.memory_info().rss
                        rss_total += rss
                        mine += rss
                    procs += 1
                except psutil.Error:
                    continue
            if with_pss:
                self.peak_by_root[name] = max(self.peak_by_root.get(name, 0), mine)
        self.peak_rss = max(self.peak_rss, rss_total)
        if with_pss:
            self.peak_pss = max(self.peak_pss or 0, pss_total)
        self.peak_procs = max(self.peak_procs, procs)
        self.samples += 1

    def _loop(self) -> None:
        i = 0
        while not self._stop.is_set():
            try:
                self.sample(with_pss=i % 2 == 0)  # PSS reads smaps: every other sample
            except Exception as e:  # noqa: BLE001 - a failed sample must not end the measurement
                say(f"  memory sample failed: {type(e).__name__}: {e}")
            i += 1
            self._stop.wait(self.every_s)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


# --- scratch PostgreSQL databases ----------------------------------------------------------------


def pg_url(name: str) -> str:
    return f"postgresql+psycopg://{PG_SUPERUSER}@{PG_HOST}:{PG_PORT}/{name}"


def createdb(name: str) -> str:
    exe = shutil.which("createdb")
    if exe:
        p = subprocess.run([exe, "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_SUPERUSER, name],
                           capture_output=True, text=True, timeout=60)
        if p.returncode != 0:
            raise RuntimeError(f"createdb {name}: {p.stderr.strip() or p.stdout.strip()}")
    else:
        _pg_admin(f'CREATE DATABASE "{name}"')
    return pg_url(name)


def dropdb(name: str) -> None:
    try:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception as e:  # noqa: BLE001 - cleanup: say so and go on
        say(f"  could not drop the scratch database {name}: {type(e).__name__}: {e}")


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_SUPERUSER, dbname="postgres", autocommit=True,
                         connect_timeout=10) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


# --- the broker ----------------------------------------------------------------------------------


@dataclass
class Broker:
    url: str
    owned: bool  # chosen (empty) and claimed by this run: emptied between legs and at the end
    client: Any

    def reset(self) -> None:
        if self.owned:
            self.client.flushdb()
            self.client.set(CLAIM_KEY, str(os.getpid()))


def open_broker(url: str | None) -> Broker:
    import redis

    if url:
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=3)
        client.ping()
        n = client.dbsize()
        if n:
            say(f"note: the broker {url} holds {n} key(s); a worker of someone else's on it could take tasks")
        return Broker(url, False, client)
    for db in range(14, 0, -1):  # 15: tests/test_distributed.py; 0: everyone's default
        client = redis.Redis.from_url(f"{REDIS_BASE}/{db}", socket_timeout=5, socket_connect_timeout=3)
        if db == 14:
            client.ping()
        if client.dbsize() == 0 and client.set(CLAIM_KEY, str(os.getpid()), nx=True):
            return Broker(f"{REDIS_BASE}/{db}", True, client)
    raise RuntimeError(f"no empty Redis database among 1–14 at {REDIS_BASE}: pass --broker URL")


# --- workers -------------------------------------------------------------------------------------


def _robot_cmd() -> list[str]:
    exe = BIN / "zwgk-robot"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("zwgk-robot")
    return [found] if found else [sys.executable, "-m", "robot"]


def _env() -> dict[str, str]:
    # PYTHONPATH comes before the editable install's finder, so ROBOT_SRC's robot/ is the one imported
    return {**os.environ, "PYTHONPATH": str(ROBOT_SRC), "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}


def export_ref(ref: str, dest_root: Path) -> Path:
    """``git archive REF robot`` unpacked under ``dest_root/robot-<sha>``: a committed state of the
    robot that the engineers editing the checkout cannot change under a running benchmark."""
    sha = subprocess.run(["git", "rev-parse", "--short", ref], cwd=REPO, capture_output=True, text=True,
                         timeout=30, check=True).stdout.strip()
    dest = dest_root / f"robot-{sha}"
    if not (dest / "robot" / "__init__.py").exists():
        tmp = dest_root / f".robot-{sha}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", ref, "robot"], cwd=REPO, capture_output=True, timeout=120,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True, timeout=120)
        shutil.rmtree(dest, ignore_errors=True)
        tmp.rename(dest)
    return dest


def _robot_origin() -> str:
    """Where the children import robot from (a check that PYTHONPATH wins over the editable install)."""
    p = subprocess.run([sys.executable, "-c", "import robot; print(robot.__file__)"], env=_env(), cwd="/",
                       capture_output=True, text=True, timeout=60)
    return p.stdout.strip() or p.stderr.strip()[-300:]


def _stop_group(proc: subprocess.Popen[bytes], grace_s: float = 20.0) -> None:
    """SIGTERM to the process group this script started (Celery's warm shutdown), then SIGKILL."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            pass
    try:  # whatever is left of the group (Chromium of a child), the leader gone or not
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    if proc.poll() is None:
        proc.wait(timeout=10)


@contextmanager
def workers(n: int, broker: str, wd: Path, concurrency: int | None) -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    try:
        t0 = time.perf_counter()
        for i in range(1, n + 1):
            log = wd / f"worker{i}.log"
            cmd = [*_robot_cmd(), "worker", "--broker", broker, "--name", f"bench-w{i}@%h"]
            if concurrency:
                cmd += ["--concurrency", str(concurrency)]
            with open(log, "wb") as fo:
                procs.append(subprocess.Popen(cmd, cwd=wd, env=_env(), stdout=fo, stderr=subprocess.STDOUT,
                                              stdin=subprocess.DEVNULL, start_new_session=True))
        deadline = time.monotonic() + 120
        for i, proc in enumerate(procs, 1):
            log = wd / f"worker{i}.log"
            while b" ready." not in log.read_bytes():
                if proc.poll() is not None:
                    raise RuntimeError(f"worker {i} exited ({proc.returncode}): {_tail(log.read_text(errors='replace'))}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"worker {i} not ready after 120 s: {_tail(log.read_text(errors='replace'))}")
                time.sleep(0.1)
        say(f"  {n} worker(s) ready in {time.perf_counter() - t0:.1f} s")
        yield procs
    finally:
        for proc in procs:
            _stop_group(proc)


def _tail(text: str, n: int = 800) -> str:
    text = text.strip()
    return text if len(text) <= n else "…" + text[-n:]


# --- one leg -------------------------------------------------------------------------------------


@dataclass
class Leg:
    leg: str
    workers: int
    round: int = 1
    ok: bool = False
    load_before: list[float] = field(default_factory=list)
    wall_s: float | None = None
    sites: int | None = None
    pages: int | None = None
    pages_per_s: float | None = None
    sites_per_hour: float | None = None
    peak_rss_mb: int | None = None
    peak_pss_mb: int | None = None
    peak_by_tree_mb: dict[str, int] = field(default_factory=dict)
    findings: int | None = None
    findings_equal_local: bool | None = None
    pages_equal_local: bool | None = None
    complete: bool | None = None
    rc: int | None = None
    worker_start_s: float | None = None
    sites_by_worker: dict[str, int] = field(default_factory=dict)
    cpu_busy_pct: float | None = None  # the whole machine's, during the leg (other work included)
    rules: dict[str, int] = field(default_factory=dict)
    phases: dict[str, float] = field(default_factory=dict)  # the robot's own per-site timings, summed
    diff: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    command: str = ""
    runs: list[dict[str, Any]] = field(default_factory=list)  # every round's figures (--repeat)


@dataclass
class Bench:
    config: Path
    as_of: str
    max_pages: int
    checks: str | None
    work: Path
    broker: Broker | None
    worker_concurrency: int | None
    timeout_s: float
    keep: bool
    keys: dict[str, Counter[tuple[str, str, str, str]]] = field(default_factory=dict)
    page_keys: dict[str, Counter[tuple[str, str, str]]] = field(default_factory=dict)


_ORIGIN = re.compile(r"^https?://127\.0\.0\.1:\d+")


def _rel(v: Any) -> str:
    return "" if v is None else _ORIGIN.sub("", str(v))


def finding_key(f: dict[str, Any]) -> tuple[str, str, str, str]:
    return str(f.get("site")), str(f.get("rule")), _rel(f.get("url")), _rel(f.get("target"))


def run_leg(b: Bench, leg: str, rnd: int = 1) -> Leg:
    n_workers = {"local": 0, "w1": 1, "w2": 2}[leg]
    out = Leg(leg=leg, workers=n_workers, round=rnd)
    label = f"{leg}#{rnd}"
    wd = b.work / (leg if rnd == 1 else f"{leg}-{rnd}")
    if wd.exists():
        shutil.rmtree(wd)
    wd.mkdir(parents=True)
    db_name = f"zwgk_benchdist_{leg}_{os.getpid()}_{secrets.token_hex(3)}"  # bench_store.py uses zwgk_bench_*
    db = createdb(db_name)
    result_path = wd / "result.json"
    cmd = [*_robot_cmd(), "inspect", "--config", str(b.config), "--as-of", b.as_of, "--db", db,
           "--evidence", str(wd / "evidence"), "--json", str(result_path), "--max-pages", str(b.max_pages)]
    if b.checks:
        cmd += ["--checks", b.checks]
    if n_workers:
        assert b.broker is not None
        cmd += ["--distributed", "--broker", b.broker.url]
    out.command = "zwgk-robot " + " ".join(cmd[len(_robot_cmd()):])
    try:
        with ExitStack() as stack:
            procs: list[subprocess.Popen[bytes]] = []
            if n_workers:
                assert b.broker is not None
                b.broker.reset()
                t = time.perf_counter()
                procs = stack.enter_context(workers(n_workers, b.broker.url, wd, b.worker_concurrency))
                out.worker_start_s = round(time.perf_counter() - t, 1)
            out.load_before = [round(x, 2) for x in os.getloadavg()]
            say(f"running {leg}" + (f" ({n_workers} worker(s))" if n_workers else "")
                + f", load average {out.load_before[0]:.1f} {out.load_before[1]:.1f} {out.load_before[2]:.1f} …")
            sampler = stack.enter_context(TreeSampler({f"worker{i}": p.pid for i, p in enumerate(procs, 1)}))
            cpu0 = _cpu_times()
            t0 = time.perf_counter()
            with open(wd / "stdout.txt", "wb") as fo, open(wd / "stderr.txt", "wb") as fe:
                coord = subprocess.Popen(cmd, cwd=wd, env=_env(), stdout=fo, stderr=fe, stdin=subprocess.DEVNULL,
                                         start_new_session=True)
                sampler.add("coordinator" if n_workers else "inspect", coord.pid)
                try:
                    out.rc = coord.wait(timeout=b.timeout_s)
                except subprocess.TimeoutExpired:
                    out.note = f"killed at the time limit ({b.timeout_s:.0f} s)"
                finally:
                    _stop_group(coord, grace_s=30)
            out.wall_s = round(time.perf_counter() - t0, 2)
            out.cpu_busy_pct = _busy_pct(cpu0, _cpu_times())
        mb = 1024 * 1024
        out.peak_rss_mb = round(sampler.peak_rss / mb)
        out.peak_pss_mb = None if sampler.peak_pss is None else round(sampler.peak_pss / mb)
        out.peak_by_tree_mb = {k: round(v / mb) for k, v in sampler.peak_by_root.items()}
        stderr = (wd / "stderr.txt").read_text(errors="replace")
        if out.rc not in (0, 1):
            out.note = (out.note + "; " if out.note else "") + f"exit status {out.rc}: {_tail(stderr, 400)}"
        if not result_path.exists():
            out.note = (out.note + "; " if out.note else "") + "no result JSON"
            return out
        data = json.loads(result_path.read_text(encoding="utf-8"))
        out.ok = out.rc in (0, 1)
        out.sites = len(data.get("run", {}).get("sites", []))
        out.pages = len(data.get("pages", []))
        out.complete = data.get("run", {}).get("complete")
        findings = data.get("findings", [])
        out.findings = len(findings)
        out.rules = dict(sorted(Counter(str(f.get("rule")) for f in findings).items()))
        b.keys[label] = Counter(map(finding_key, findings))
        b.page_keys[label] = Counter((str(p.get("site")), _rel(p.get("url")), str(p.get("status")))
                                   for p in data.get("pages", []))
        if out.wall_s:
            out.pages_per_s = round(out.pages / out.wall_s, 2)
            out.sites_per_hour = round(out.sites / out.wall_s * 3600, 1)
        if n_workers:
            taken = re.findall(r"taken by (bench-w\d+)@", stderr)
            out.sites_by_worker = dict(sorted(Counter(taken).items()))
            logs = "".join(f.read_text(errors="replace") for f in sorted(wd.glob("worker*.log")))
            out.phases = phases_from_worker_logs(logs)
        else:
            out.phases = phases_from_progress(stderr)
        if out.complete is False:
            out.note = (out.note + "; " if out.note else "") + f"run not complete (see {wd / 'stderr.txt'})"
        return out
    finally:
        if b.keep:
            say(f"  kept the scratch database {db_name} ({db}) and {wd}")
        else:
            dropdb(db_name)
            shutil.rmtree(wd / "evidence", ignore_errors=True)


PHASE_KEYS = ("browse_s", "links_s", "images_s", "channels_s", "evidence_s", "rendered", "served")
_PROGRESS_PHASES = {"渲染": "rendered", "直读": "served", "浏览": "browse_s", "链接": "links_s", "图片": "images_s",
                    "渠道": "channels_s", "取证": "evidence_s"}


def phases_from_worker_logs(text: str) -> dict[str, float]:
    """Sum of the timings each worker logs per site ("robot._inspect: s01: 69 pages, 16 findings, {...}");
    the last line of a site counts (a site sent again logs twice)."""
    per_site: dict[str, dict[str, Any]] = {}
    for site, blob in re.findall(r"robot\._inspect: (\S+): \d+ pages, \d+ findings, (\{.*\})", text):
        try:
            per_site[site] = yaml.safe_load(blob.replace("'", '"'))
        except yaml.YAMLError:
            continue
    return _sum_phases(per_site.values())


def phases_from_progress(text: str) -> dict[str, float]:
    """The same from a local run's final progress lines ("(s01) … 完成（渲染 17 页、直读 43 页；浏览 6.4s，…）")."""
    per_site: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        m = re.search(r"\((s\d+)\).*?完成（([^）]*)）", line)
        if not m:
            continue
        per_site[m.group(1)] = {_PROGRESS_PHASES[k]: float(v) for k, v in re.findall(r"(渲染|直读|浏览|链接|图片|渠道|取证)\s*([\d.]+)", m.group(2))}
    return _sum_phases(per_site.values())


def _sum_phases(sites: Any) -> dict[str, float]:
    total: dict[str, float] = {}
    for t in sites:
        for k in PHASE_KEYS:
            if isinstance(t.get(k), int | float):
                total[k] = round(total.get(k, 0) + t[k], 1)
    return total


def compare(b: Bench, legs: list[Leg]) -> None:
    """Each distributed run against the local run of its round (else the first local run)."""
    locals_ = sorted(k for k in b.keys if k.startswith("local#"))
    for lg in legs:
        label = f"{lg.leg}#{lg.round}"
        if lg.leg == "local" or not locals_ or label not in b.keys:
            continue
        ref_label = f"local#{lg.round}" if f"local#{lg.round}" in b.keys else locals_[0]
        ref, ref_pages = b.keys[ref_label], b.page_keys.get(ref_label)
        mine = b.keys[label]
        lg.findings_equal_local = mine == ref
        if not lg.findings_equal_local:
            only_local, only_here = ref - mine, mine - ref
            lg.diff = {"only_local": len(list(only_local.elements())), "only_here": len(list(only_here.elements())),
                       "only_local_sample": [list(k) for k in list(only_local)[:10]],
                       "only_here_sample": [list(k) for k in list(only_here)[:10]],
                       "only_local_rules": dict(Counter(k[1] for k in only_local.elements())),
                       "only_here_rules": dict(Counter(k[1] for k in only_here.elements()))}
        if ref_pages is not None and label in b.page_keys:
            lg.pages_equal_local = b.page_keys[label] == ref_pages


def best(runs: list[Leg]) -> Leg:
    """A leg's fastest successful run (--repeat); every run's figures go into its ``runs``."""
    good = [r for r in runs if r.ok and r.pages_per_s]
    pick = max(good, key=lambda r: r.pages_per_s or 0.0) if good else runs[-1]
    if len(runs) > 1:
        pick.runs = [{"round": r.round, "ok": r.ok, "wall_s": r.wall_s, "pages_per_s": r.pages_per_s,
                      "load_before": r.load_before, "findings": r.findings,
                      "findings_equal_local": r.findings_equal_local, "peak_pss_mb": r.peak_pss_mb} for r in runs]
        pick.note = (pick.note + "; " if pick.note else "") + f"best of {len(runs)} (round {pick.round}): pages/s " + \
            ", ".join(_fmt(r.pages_per_s, 2) for r in runs)
        differing = [r.round for r in runs if r.findings_equal_local is False]
        if differing:
            pick.findings_equal_local = False
            pick.note += f"; findings differed from the local run's in round(s) {differing}"
    return pick


def _cpu_times() -> tuple[float, float] | None:
    try:
        import psutil

        t = psutil.cpu_times()
        return t.idle + getattr(t, "iowait", 0.0), sum(t)
    except Exception:  # noqa: BLE001 - informative only
        return None


def _busy_pct(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    if not a or not b or b[1] <= a[1]:
        return None
    return round(100 * (1 - (b[0] - a[0]) / (b[1] - a[1])), 1)


# --- the portal ----------------------------------------------------------------------------------


def make_portal(out: Path, n_sites: int, pages: int, seed: int) -> list[dict[str, Any]]:
    """Generate the sites (``out/sNN``); their stats, reusing a folder generated with the same
    pages and seed."""
    stats = []
    for i in range(n_sites):
        d = out / f"s{i + 1:02d}"
        st_file = d / "stats.json"
        if st_file.exists() and (d / "site").is_dir() and (d / "sites.yaml.tmpl").exists():
            st = json.loads(st_file.read_text(encoding="utf-8"))
            if st.get("pages") == pages and st.get("seed") == seed + i:
                stats.append(st)
                continue
        stats.append(generate(d, pages, seed + i))
    return stats


def write_config(out: Path, n_sites: int, served: list[Served], max_pages: int, tabs: int | None) -> Path:
    """SITES.yaml for all sites: the generator's loopback defaults (throttling off), one entry each."""
    sites, defaults = [], None
    for i in range(n_sites):
        d = out / f"s{i + 1:02d}"
        tmpl = (d / "sites.yaml.tmpl").read_text(encoding="utf-8").replace("{base}", served[i].base)
        doc = yaml.safe_load(tmpl)
        defaults = defaults or doc["defaults"]
        defaults["max_list_pages"] = max(defaults.get("max_list_pages", 20), doc["defaults"].get("max_list_pages", 20))
        site = dict(doc["sites"][0])
        site["id"] = f"s{i + 1:02d}"
        sites.append(site)
    assert defaults is not None
    defaults["max_pages"] = max_pages
    if tabs:
        defaults["per_host_concurrency"] = tabs
    cfg = out.parent / "SITES.yaml"
    head = ("# generated by benchmarks/bench_distributed.py: LOOPBACK ONLY, THROTTLING OFF (see gen_portal.py);\n"
            "# each site is its own host, 127.0.0.1:PORT, served by one nginx\n")
    cfg.write_text(head + yaml.safe_dump({"defaults": defaults, "sites": sites}, allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    return cfg


# --- report --------------------------------------------------------------------------------------


def _fmt(v: Any, nd: int = 1) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "NO"
    if isinstance(v, float):
        return f"{v:,.{nd}f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def print_table(legs: list[Leg]) -> None:
    head = ["leg", "workers", "load before", "wall s", "sites", "pages", "pages/s", "sites/hour",
            "peak PSS MB", "peak RSS MB", "findings", "= local"]
    body = []
    for r in legs:
        load = "/".join(f"{x:.1f}" for x in r.load_before) if r.load_before else "—"
        if not r.ok:
            body.append([r.leg, str(r.workers), load, _fmt(r.wall_s), "failed", "", "", "", "", "", "", ""])
            continue
        eq = "(ref)" if r.leg == "local" else _fmt(r.findings_equal_local)
        body.append([r.leg, str(r.workers), load, _fmt(r.wall_s), _fmt(r.sites), _fmt(r.pages), _fmt(r.pages_per_s, 2),
                     _fmt(r.sites_per_hour), _fmt(r.peak_pss_mb), _fmt(r.peak_rss_mb), _fmt(r.findings), eq])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    say(line)
    say("-" * len(line))
    for row in body:
        say("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))
    for r in legs:
        bits = []
        if r.worker_start_s is not None:
            bits.append(f"workers ready in {r.worker_start_s} s (not in the wall time)")
        if r.sites_by_worker:
            bits.append("sites per worker " + ", ".join(f"{k}: {v}" for k, v in r.sites_by_worker.items()))
        if r.peak_by_tree_mb:
            bits.append("peak PSS per tree " + ", ".join(f"{k} {v}" for k, v in r.peak_by_tree_mb.items()))
        if r.cpu_busy_pct is not None:
            bits.append(f"machine CPU busy {r.cpu_busy_pct}%")
        if r.phases:
            bits.append("the robot's timings summed over sites: " + ", ".join(
                f"{k} {v:g}" for k, v in r.phases.items()))
        if r.complete is False:
            bits.append("run NOT complete")
        if r.pages_equal_local is False:
            bits.append("pages differ from the local run's")
        if r.diff:
            bits.append(f"findings differ: {r.diff['only_local']} only in local {r.diff['only_local_rules']}, "
                        f"{r.diff['only_here']} only here {r.diff['only_here_rules']}")
        if r.note:
            bits.append(r.note)
        if bits:
            say(f"  {r.leg}: " + "; ".join(bits))


def sizing(legs: list[Leg], stats: list[dict[str, Any]], night_h: float) -> dict[str, Any]:
    """Sites per worker per night from the measured legs, and what the polite defaults imply for
    the same sites on a real server (see the module's REAL_PAGE_S / REAL_LINK_S assumptions)."""
    from robot.config import Defaults

    by = {r.leg: r for r in legs if r.ok and r.wall_s and r.sites}
    night_s = night_h * 3600
    out: dict[str, Any] = {"night_h": night_h}
    out["generated_pages_per_site"] = round(sum(int(s["pages"]) for s in stats) / len(stats))
    for leg in ("local", "w1", "w2"):
        r = by.get(leg)
        if r is None:
            continue
        per_site = r.wall_s / r.sites  # type: ignore[operator]
        workers = max(1, r.workers)
        out[leg] = {"s_per_site": round(per_site, 1), "sites_per_night": int(night_s / per_site),
                    "sites_per_worker_per_night": int(night_s / per_site / workers),
                    "navigated_pages_per_site": round((r.pages or 0) / r.sites)}  # type: ignore[operator]
    ref = by.get("w1") or by.get("local") or by.get("w2")
    if ref is None:
        return out
    n = ref.sites or 1
    d = Defaults.model_validate({})
    c = d.per_host_concurrency
    nav = (ref.pages or 0) / n  # navigated pages per site, the planted 404 articles included
    unique = sum(int(s["unique_targets"]) for s in stats) / len(stats)  # link and image targets: one check each
    findings = (ref.findings or 0) / n  # one evidence visit each (capture is capped at 400 a site)
    # pages the browser rendered / read from their served HTML (robot.gather.static); without the
    # split (a robot before it) every page that answered is taken as rendered
    rendered = ref.phases.get("rendered", nav - 0) / n if ref.phases.get("rendered") is not None else None
    served = ref.phases.get("served", 0) / n if ref.phases.get("served") is not None else 0.0
    if rendered is None:
        rendered = nav
    # Requests on the site's host, at most c at once (distributed: the browser's visits and the
    # pool's requests share the host's c slots in Redis): a HEAD per unique target, a GET per page
    # read from its HTML, a browser visit per rendered page and per finding's evidence.
    def seconds(r_pages: float, s_pages: float) -> float:
        t = (unique + s_pages) * REAL_LINK_S + (r_pages + min(findings, 400)) * REAL_PAGE_S
        if d.link_rate_per_host > 0:
            t = max(t, (unique + s_pages) / d.link_rate_per_host)
        return t / c

    t_auto, t_all = seconds(rendered, served), seconds(rendered + served, 0.0)
    out["polite"] = {
        "per_host_concurrency": c, "link_rate_per_host": d.link_rate_per_host, "retries": d.retries,
        "timeout_s": d.timeout_s, "max_pages": d.max_pages, "assumed_page_s": REAL_PAGE_S,
        "assumed_link_s": REAL_LINK_S, "navigated_pages_per_site": round(nav), "rendered_per_site": round(rendered, 1),
        "served_per_site": round(served, 1), "unique_targets_per_site": round(unique),
        "findings_per_site": round(findings, 1), "s_per_site": round(t_auto), "s_per_site_render_all": round(t_all),
        "sites_per_worker_per_night": int(night_s / t_auto),
        "sites_per_worker_per_night_render_all": int(night_s / t_all),
    }
    cpu_s_per_site = ref.wall_s / n * max(1, ref.workers)  # type: ignore[operator]
    # a latency-bound worker is mostly waiting: how many of them this machine's CPU would keep busy
    out["polite"]["latency_bound_sites_one_machine_can_feed"] = round(t_auto / cpu_s_per_site * (
        (by["w2"].sites / by["w2"].wall_s) / (ref.sites / ref.wall_s) if "w2" in by and ref is not by["w2"]  # type: ignore[operator]
        else 1.0), 1)
    return out


def print_sizing(sz: dict[str, Any]) -> None:
    h = sz["night_h"]
    say(f"\nSizing ({h:g}-hour night, sites of ~{sz['generated_pages_per_site']} pages, this machine):")
    for leg in ("local", "w1", "w2"):
        if leg in sz:
            v = sz[leg]
            say(f"  {leg}: {v['s_per_site']} s per site → {v['sites_per_night']:,} sites per night"
                + (f", {v['sites_per_worker_per_night']:,} per worker" if leg == "w2" else ""))
    p = sz.get("polite")
    if not p:
        return
    say(f"  polite defaults (per_host_concurrency {p['per_host_concurrency']}, link_rate_per_host "
        f"{p['link_rate_per_host']}, retries {p['retries']}), assuming {p['assumed_page_s']} s a rendered page and "
        f"{p['assumed_link_s']} s an HTTP request on a real server, per site: {p['unique_targets_per_site']} link "
        f"checks + {p['served_per_site']} pages read from HTML + {p['rendered_per_site']} rendered + "
        f"{p['findings_per_site']} evidence visits, {p['per_host_concurrency']} at a time ≈ {p['s_per_site']} s "
        f"→ {p['sites_per_worker_per_night']:,} sites per worker per night (every page rendered: "
        f"{p['s_per_site_render_all']} s → {p['sites_per_worker_per_night_render_all']:,})")
    say(f"  this machine's measured CPU would keep ≈ {p['latency_bound_sites_one_machine_can_feed']} such "
        "latency-bound sites in progress at once (memory permitting)")


def _git() -> dict[str, Any]:
    def run(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": run("rev-parse", "--short", "HEAD"), "robot_dirty": bool(run("status", "--porcelain", "--", "robot")),
            "robot_dirty_files": run("status", "--porcelain", "--", "robot").splitlines()}


def _versions() -> dict[str, str]:
    v = {"python": platform.python_version()}
    try:
        from importlib.metadata import version

        for pkg in ("playwright", "celery", "redis", "psycopg", "psutil"):
            v[pkg] = version(pkg)
    except Exception:  # noqa: BLE001 - informative only
        pass
    try:
        p = subprocess.run(["nginx", "-v"], capture_output=True, text=True, timeout=10)
        v["nginx"] = (p.stderr or p.stdout).strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return v


def _selected(skip: list[str]) -> list[str]:
    skips = {s.strip() for item in skip for s in item.split(",") if s.strip()}
    unknown = skips - set(LEGS)
    if unknown:
        raise SystemExit(f"--skip: unknown leg(s) {sorted(unknown)}; legs: {', '.join(LEGS)}")
    return [leg for leg in LEGS if leg not in skips]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Local run vs inspect --distributed with 1 and 2 workers, on one "
                                             "generated multi-site portal (loopback).")
    ap.add_argument("--sites", type=int, default=12, help="sites in the portal (default 12)")
    ap.add_argument("--pages", type=int, default=120, help="HTML pages per site (default 120)")
    ap.add_argument("--seed", type=int, default=1, help="site i is generated with seed + i (default 1)")
    ap.add_argument("--skip", action="append", default=[], help="leg to leave out, repeatable or comma-separated: "
                                                                 + ", ".join(LEGS))
    ap.add_argument("--keep", action="store_true",
                    help="keep the scratch databases and the legs' folders (evidence, logs, result JSON); "
                         "the generated sites are always kept and reused")
    ap.add_argument("--broker", default=None,
                    help=f"Redis URL for the distributed legs (default: an empty DB of {REDIS_BASE}/1–14, emptied after)")
    ap.add_argument("--checks", default=None, help="--checks for every leg (default: every rule)")
    ap.add_argument("--max-pages", type=int, default=0,
                    help="--max-pages per site for every leg (default: pages + planted broken link targets + 100)")
    ap.add_argument("--tabs", type=int, default=0, help="per_host_concurrency (default: gen_portal's SITES.yaml, 4)")
    ap.add_argument("--worker-concurrency", type=int, default=None,
                    help="pass --concurrency N to each worker (default: not passed, the CLI's default 1)")
    ap.add_argument("--as-of", default=AS_OF)
    ap.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    ap.add_argument("--timeout", type=float, default=4 * 3600, help="seconds per leg before it is killed")
    ap.add_argument("--night-hours", type=float, default=NIGHT_H)
    ap.add_argument("--sizing-from", type=Path, default=None, metavar="JSON",
                    help="only print the sizing figures again from a result JSON this script wrote")
    ap.add_argument("--repeat", type=int, default=1, choices=range(1, 6), metavar="K",
                    help="run the legs K times in interleaved rounds and keep each leg's fastest run (busy machine)")
    ap.add_argument("--out", type=Path, default=OUT)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--robot-ref", default=None, metavar="REF",
                     help="run the robot of a commit (git archive REF robot, unpacked under --out), not the "
                          "checkout's working tree, which others may be editing")
    src.add_argument("--robot-src", type=Path, default=None, metavar="DIR",
                     help="run the robot/ package found in DIR (default: this checkout)")
    ap.add_argument("--tag", default="", help="suffix of the JSON file: distributed-<sites>x<pages>-<tag>.json")
    a = ap.parse_args(argv)
    if a.sizing_from:
        saved = json.loads(a.sizing_from.read_text(encoding="utf-8"))
        saved_src = (saved.get("git") or {}).get("robot_src")
        if saved_src:
            sys.path.insert(0, str(saved_src))
        known = {f.name for f in Leg.__dataclass_fields__.values()}
        rows = [Leg(**{k: v for k, v in r.items() if k in known}) for r in saved["legs"]]
        print_sizing(sizing(rows, saved["site_stats"], a.night_hours))
        return 0
    legs_wanted = _selected(a.skip)
    if a.sites < 1 or a.pages < 24:
        raise SystemExit("--sites ≥ 1 and --pages ≥ 24 (gen_portal's minimum)")
    try:
        import psutil  # noqa: F401
    except ImportError:
        raise SystemExit("psutil is needed for the memory figures: .venv/bin/pip install psutil") from None

    def on_term(signum: int, _frame: object) -> None:  # so that every finally stops what it started
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)

    global ROBOT_SRC
    if a.robot_ref:
        ROBOT_SRC = export_ref(a.robot_ref, a.out)
    elif a.robot_src:
        ROBOT_SRC = a.robot_src.resolve()
    sys.path.insert(0, str(ROBOT_SRC))  # robot.config's defaults for the sizing figure
    origin = _robot_origin()
    if not origin.startswith(str(ROBOT_SRC)):
        raise SystemExit(f"the children would import robot from {origin}, not from {ROBOT_SRC}")
    base = a.out / f"distributed-{a.sites}x{a.pages}"
    sites_dir, work = base / "sites", base / "work"
    t = time.perf_counter()
    stats = make_portal(sites_dir, a.sites, a.pages, a.seed)
    say(f"generated {a.sites} sites × {a.pages} pages (seeds {a.seed}–{a.seed + a.sites - 1}): "
        f"{sum(int(s['pages']) for s in stats):,} pages, {sum(int(s['unique_targets']) for s in stats):,} unique "
        f"targets, {sum(int(s['broken_targets']) for s in stats)} broken, in {time.perf_counter() - t:.1f} s → {sites_dir}")
    max_pages = a.max_pages or a.pages + max(int(s["broken_link_targets"]) for s in stats) + 100
    git = _git()
    if ROBOT_SRC == REPO:
        say(f"robot: this checkout, commit {git['commit']}" + (
            " with uncommitted changes under robot/: " + ", ".join(git["robot_dirty_files"])
            if git["robot_dirty"] else ""))
    else:
        say(f"robot: {ROBOT_SRC / 'robot'}" + (f" (git archive of {a.robot_ref})" if a.robot_ref else ""))
    git["robot_src"] = str(ROBOT_SRC)
    git["robot_ref"] = a.robot_ref
    started = datetime.now(UTC)
    legs: list[Leg] = []
    broker: Broker | None = None
    with ExitStack() as stack:
        if any(leg != "local" for leg in legs_wanted):
            broker = open_broker(a.broker)
            say(f"broker: {broker.url}" + (" (claimed, emptied between legs and at the end)" if broker.owned else ""))
            if broker.owned:
                stack.callback(broker.client.flushdb)
        served = stack.enter_context(serve_many([sites_dir / f"s{i + 1:02d}" / "site" for i in range(a.sites)],
                                                a.server))
        say(f"server: {served[0].kind}, {len(served)} sites on ports "
            f"{', '.join(s.base.rsplit(':', 1)[1].rstrip('/') for s in served)}")
        cfg = write_config(sites_dir, a.sites, served, max_pages, a.tabs or None)
        bench = Bench(config=cfg, as_of=a.as_of, max_pages=max_pages, checks=a.checks, work=work, broker=broker,
                      worker_concurrency=a.worker_concurrency, timeout_s=a.timeout, keep=a.keep)
        plan = [(rnd, leg) for rnd in range(1, a.repeat + 1) for leg in legs_wanted]
        for rnd, leg in plan:
            dead = [s.base for s in served if not alive(s.base)]
            if dead:
                say(f"the server stopped answering at {', '.join(dead)}: stopping here")
                break
            if a.repeat > 1 and leg == legs_wanted[0]:
                say(f"[round {rnd}/{a.repeat}]")
            try:
                row = run_leg(bench, leg, rnd)
            except (RuntimeError, OSError, subprocess.SubprocessError, ValueError) as e:
                say(f"  {leg} failed: {type(e).__name__}: {e}")
                row = Leg(leg=leg, workers={"local": 0, "w1": 1, "w2": 2}[leg], round=rnd, note=f"failed: {e}")
            if row.ok:
                say(f"  {row.wall_s} s, {row.sites} sites, {row.pages} pages, {row.pages_per_s} pages/s, "
                    f"{row.findings} findings, peak PSS {row.peak_pss_mb} MB" + (f"; {row.note}" if row.note else ""))
            else:
                say(f"  {leg} failed: {row.note}")
            legs.append(row)
            if row.ok and any(not alive(s.base) for s in served):
                row.ok, row.note = False, "the server stopped answering during the leg: figures discarded"
    compare(bench, legs)
    all_runs = list(legs)
    legs = [best([r for r in legs if r.leg == leg]) for leg in LEGS if any(r.leg == leg for r in legs)]
    say("")
    busy = [r.leg for r in legs if r.load_before and r.load_before[0] > (os.cpu_count() or 1)]
    if busy:
        say(f"note: the load average exceeded the {os.cpu_count()} cores before {', '.join(busy)}: other work "
            "shared the CPU, so those figures are lower than on an idle machine")
    print_table(legs)
    by = {r.leg: r for r in legs if r.ok}
    ratios: dict[str, Any] = {}
    if "w1" in by and "w2" in by and by["w1"].pages_per_s and by["w2"].pages_per_s:
        ratios["w2 / w1 (pages/s)"] = round(by["w2"].pages_per_s / by["w1"].pages_per_s, 2)
        ratios["w2 / w1 (wall)"] = round(by["w1"].wall_s / by["w2"].wall_s, 2)  # type: ignore[operator]
    for leg in ("w1", "w2"):
        if leg in by and "local" in by and by[leg].pages_per_s and by["local"].pages_per_s:
            ratios[f"{leg} / local (pages/s)"] = round(by[leg].pages_per_s / by["local"].pages_per_s, 2)  # type: ignore[operator]
    if a.repeat > 1:  # the same round's legs ran under similar machine load
        per_round = {}
        for rnd in range(1, a.repeat + 1):
            r1 = next((r for r in all_runs if r.leg == "w1" and r.round == rnd and r.ok and r.pages_per_s), None)
            r2 = next((r for r in all_runs if r.leg == "w2" and r.round == rnd and r.ok and r.pages_per_s), None)
            if r1 and r2:
                per_round[rnd] = round(r2.pages_per_s / r1.pages_per_s, 2)  # type: ignore[operator]
        if per_round:
            ratios["w2 / w1 per round (pages/s)"] = per_round
    if ratios:
        say("")
        for k, v in ratios.items():
            say(f"speed-up {k}: {v}")
    sz = sizing(legs, stats, a.night_hours) if by else {}
    if sz:
        print_sizing(sz)
    report = {
        "started_at": started.isoformat(timespec="seconds"), "sites": a.sites, "pages_per_site": a.pages,
        "seed": a.seed, "repeat": a.repeat, "as_of": a.as_of, "checks": a.checks, "max_pages": max_pages, "tabs": a.tabs or 4,
        "worker_concurrency": a.worker_concurrency or "CLI default (1)", "broker": broker.url if broker else None,
        "server": served[0].kind if legs else None, "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "machine": {"cores": os.cpu_count(), "memory_gib": round(os.sysconf("SC_PAGE_SIZE")
                                                                 * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)},
        "git": git, "versions": _versions(), "site_stats": stats, "legs": [asdict(r) for r in legs],
        "ratios": ratios, "sizing": sz, "skipped": [leg for leg in LEGS if leg not in legs_wanted],
    }
    a.out.mkdir(parents=True, exist_ok=True)
    dest = a.out / (f"distributed-{a.sites}x{a.pages}-{a.tag}.json" if a.tag else f"distributed-{a.sites}x{a.pages}.json")
    dest.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    say(f"\nwritten {dest}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if legs and all(r.ok for r in legs) else 1


if __name__ == "__main__":
    raise SystemExit(main())

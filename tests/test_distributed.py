"""`inspect --distributed`: one task per site for Celery workers, the same result as a local run,
also when a worker is killed (kill -9) in the middle of a site.

Needs Redis (tools/ensure-services.sh starts it) and PostgreSQL (the workers share the database).
Two workers run as subprocesses on a dedicated Redis DB (15, purged first); two small portals are
served on 127.0.0.1 with slow pages, so that a site takes a few seconds.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from robot.demo.server import Response, SiteServer

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("ZWGK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PG_ADMIN = os.environ.get("ZWGK_TEST_PG") or os.environ.get("ZWGK_TEST_PG_URL") or \
    "postgresql+psycopg://zwgk:zwgk@127.0.0.1:5432/zwgk_test"
AS_OF = "2024-04-30"
PAGES = 6
DELAY_MS = 200
# short enough for a test: a killed worker's task is sent again within a few seconds
WORKER_ENV = {"ZWGK_HEARTBEAT_TTL_S": "3", "ZWGK_HOST_SLOT_TTL_S": "10"}

pytestmark = [pytest.mark.browser, pytest.mark.postgres]


@pytest.fixture(scope="module")
def redis_url() -> str:
    try:
        import redis
    except ImportError:
        pytest.fail("the redis client is missing: .venv/bin/pip install -e '.[dev,worker]'", pytrace=False)
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5)
    try:
        client.ping()
    except Exception as e:
        pytest.fail(f"Redis is not reachable at {REDIS_URL} ({type(e).__name__}: {e}); start it with "
                    "tools/ensure-services.sh (or: redis-server --daemonize yes --bind 127.0.0.1 --save '' "
                    "--appendonly no), or set ZWGK_TEST_REDIS_URL", pytrace=False)
    client.flushdb()  # the dedicated DB: queued tasks, results and heartbeats of earlier runs go
    return REDIS_URL


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    from sqlalchemy import create_engine, make_url, text

    admin_url = make_url(PG_ADMIN)
    name = f"zwgk_dist_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:
        admin.dispose()
        pytest.fail(f"PostgreSQL is not reachable at {admin_url.render_as_string(hide_password=True)} "
                    f"({type(e).__name__}); start it with tools/ensure-services.sh", pytrace=False)
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _make_portal(root: Path, title: str) -> None:
    """A homepage listing PAGES pages; every other page has a broken link, the homepage a broken image."""
    nav = "".join(f'<li><a href="/p{i}.html">{title}第{i}页</a></li>' for i in range(1, PAGES + 1))
    (root / "index.html").write_text(
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1>'
        f'<img src="/images/missing.png" alt="标志"><ul>{nav}</ul></body></html>', encoding="utf-8")
    for i in range(1, PAGES + 1):
        (root / f"p{i}.html").write_text(
            f'<html><head><meta charset="utf-8"><title>{title}第{i}页</title></head><body><p>正文{i}</p>'
            + (f'<a href="/gone{i}.html">失效链接{i}</a>' if i % 2 else "") + "</body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def portals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Two portals, each page answering after DELAY_MS; yields the config file."""
    tmp = tmp_path_factory.mktemp("dist")
    servers, sites = [], []
    for sid, title in (("alpha", "甲镇人民政府网"), ("beta", "乙镇人民政府网")):
        root = tmp / sid
        root.mkdir()
        _make_portal(root, title)
        server = SiteServer(root).start()
        for i in range(1, PAGES + 1):
            body = (root / f"p{i}.html").read_text(encoding="utf-8")
            server.add_route(f"/p{i}.html", lambda _req, body=body: Response(body=body, delay_ms=DELAY_MS))
        servers.append(server)
        sites.append(f"  - {{id: {sid}, name: {title}, url: '{server.url('/')}'}}\n")
    cfg = tmp / "sites.yaml"
    cfg.write_text("defaults: {per_host_concurrency: 1, timeout_s: 5, retries: 0}\nsites:\n" + "".join(sites),
                   encoding="utf-8")
    try:
        yield cfg
    finally:
        for s in servers:
            s.stop()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **WORKER_ENV, "COLUMNS": "200"}


@pytest.fixture(scope="module")
def workers(redis_url: str, pg_url: str, portals: Path) -> Iterator[dict[str, subprocess.Popen[bytes]]]:
    tmp = portals.parent
    procs: dict[str, subprocess.Popen[bytes]] = {}
    logs = {}
    for name in ("w1", "w2"):
        logs[name] = tmp / f"{name}.log"
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "robot", "worker", "--broker", redis_url, "--db", pg_url,
             "--evidence", str(tmp / "ev-worker"), "--name", f"{name}@%h"],
            cwd=tmp, env=_env(), stdout=logs[name].open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill -9 takes its children and Chromium too
        )
    try:
        deadline = time.monotonic() + 30
        for name, proc in procs.items():
            while b" ready." not in logs[name].read_bytes():
                assert proc.poll() is None, f"worker {name} exited: {logs[name].read_text(errors='replace')}"
                assert time.monotonic() < deadline, f"worker {name} not ready: {logs[name].read_text(errors='replace')}"
                time.sleep(0.1)
        yield procs
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def _key(f: dict[str, Any]) -> tuple[str, str, str | None]:
    return f["rule"], f["url"], f.get("target")


def _distributed(cfg: Path, redis_url: str, pg_url: str, out: str) -> subprocess.Popen[bytes]:
    tmp = cfg.parent
    return subprocess.Popen(
        [sys.executable, "-m", "robot", "inspect", "--config", str(cfg), "--distributed", "--broker", redis_url,
         "--db", pg_url, "--evidence", str(tmp / "ev-dist"), "--json", str(tmp / out), "--as-of", AS_OF],
        cwd=tmp, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def local_run(chromium: str, portals: Path, workers: object) -> dict[str, Any]:
    """The reference: the same portals inspected locally (while the workers start up)."""
    from robot import api
    from robot.config import load_config

    tmp = portals.parent
    result = api.inspect(load_config(portals), db_url=f"sqlite:///{tmp}/local.db", evidence_dir=tmp / "ev-local",
                         as_of=date.fromisoformat(AS_OF))
    assert result.complete, result.errors
    return result.to_json()


def test_distributed_run_equals_local_run(local_run: dict[str, Any], portals: Path, redis_url: str,
                                          pg_url: str) -> None:
    t = time.monotonic()
    proc = _distributed(portals, redis_url, pg_url, "dist.json")
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 1 or proc.returncode == 0, err.decode()
    took = time.monotonic() - t
    dist = json.loads((portals.parent / "dist.json").read_text(encoding="utf-8"))
    assert dist["run"]["complete"] is True and dist["run"]["sites"] == ["alpha", "beta"]
    assert sorted(map(_key, dist["findings"])) == sorted(map(_key, local_run["findings"]))
    assert {f["rule"] for f in dist["findings"]} >= {"link.broken", "image.broken"}
    assert sorted((p["site"], p["url"], p["status"]) for p in dist["pages"]) == \
        sorted((p["site"], p["url"], p["status"]) for p in local_run["pages"])
    assert [f["site"] for f in dist["findings"]] == sorted(f["site"] for f in dist["findings"])  # config order
    text = err.decode()
    assert "taken by w1@" in text and "taken by w2@" in text, text  # both workers had a site
    run_dir = portals.parent / "ev-dist" / f"run-{dist['run']['id']}"
    assert (run_dir / "report.html").exists() and (run_dir / "manifest.json").exists()
    print(f"distributed run: {took:.1f}s")


def test_a_killed_worker_loses_nothing(local_run: dict[str, Any], portals: Path, redis_url: str, pg_url: str,
                                       workers: dict[str, subprocess.Popen[bytes]]) -> None:
    import redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    stale = client.keys("zwgk:hb:*")  # the last run's heartbeats, still expiring
    if stale:
        client.delete(*stale)
    t = time.monotonic()
    proc = _distributed(portals, redis_url, pg_url, "killed.json")
    victim = None
    deadline = time.monotonic() + 60
    while victim is None:  # a worker that has taken a task and journalled a few of its pages
        assert proc.poll() is None, proc.communicate()[1].decode()
        assert time.monotonic() < deadline, "no worker took a task"
        for key in client.keys("zwgk:hb:*"):
            beat = json.loads(client.get(key) or "{}")
            if beat.get("pages", 0) >= 2:
                victim = beat
                break
        time.sleep(0.05)
    name = victim["worker"].split("@")[0]
    os.killpg(workers[name].pid, signal.SIGKILL)
    workers[name].wait(timeout=10)
    out, err = proc.communicate(timeout=90)
    took = time.monotonic() - t
    text = err.decode()
    assert proc.returncode in (0, 1), text
    assert f"{victim['site']}: its worker stopped answering; sent again" in text, text
    assert "resuming from" in text, text  # the new task went on from the site's journal
    dist = json.loads((portals.parent / "killed.json").read_text(encoding="utf-8"))
    assert dist["run"]["complete"] is True
    keys = sorted(map(_key, dist["findings"]))
    assert keys == sorted(map(_key, local_run["findings"]))
    assert len({f["fingerprint"] for f in dist["findings"]}) == len(dist["findings"])  # no duplicates
    from robot.store import Store

    with Store(pg_url) as store:  # the database holds each finding once, over both distributed runs
        stored = store.findings(status="all")
    assert sorted(_key(r.to_dict()) for r in stored) == keys
    print(f"distributed run with a worker killed ({victim['worker']} on {victim['site']}): {took:.1f}s")

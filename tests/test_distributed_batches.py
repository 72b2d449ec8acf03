"""`inspect --distributed` splits a big site into batches of pages (``zwgk.inspect_pages``): the
site's task crawls and sends batches of its frontier to the other workers, takes their pages back
from the run's journal and follows their links; the findings are a local run's, also when the
worker of a batch is killed (kill -9) in the middle of it.

Real Redis (DB 15), PostgreSQL and two Celery workers as subprocesses, as in test_distributed.py.
One site of 125 pages (4 columns of 20 articles, half of them with a detail page only reachable
from the article: the third level exists only if the batches' links are followed); a batch is 10
pages here (``batch_pages: 10``).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from robot.content.privacy import check_char
from robot.demo.server import Response, SiteServer
from tests.test_distributed import AS_OF, _env, _key, pg_url, redis_url  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.postgres]

SECTIONS = {1: "工作动态", 2: "通知公告", 3: "政策文件", 4: "部门动态"}
ARTICLES = 20
ARTICLE_MS = 150  # an article answers after this: a batch of 10 takes a second or more
DETAIL_MS = 60
ID17 = "36072219850316042"
RAW_ID = ID17 + check_char(ID17)
RAW_MOBILE = "13979712345"


def _nav() -> str:
    return '<div class="nav"><a href="/">首页</a>' + "".join(
        f'<a href="/s{k}/">{name}</a>' for k, name in SECTIONS.items()) + "</div>"


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body>{_nav()}<h1>{title}</h1>{body}</body></html>")


def _make_site(root: Path) -> dict[str, str]:
    """The site's files; returns the routes that answer slowly (path → body)."""
    slow: dict[str, str] = {}
    latest = "".join(f'<li><a href="/s{k}/a1.html">{name}第1篇文章标题</a><span>2024-04-2{k}</span></li>'
                     for k, name in SECTIONS.items())
    (root / "index.html").write_text(_page("乙县人民政府网", f'<img src="/images/missing.png" alt="标志"><ul>{latest}</ul>'),
                                     encoding="utf-8")
    for k, name in SECTIONS.items():
        folder = root / f"s{k}"
        folder.mkdir()
        items = "".join(f'<li><a href="/s{k}/a{i}.html">{name}第{i}篇文章标题</a><span>2024-04-{i:02d}</span></li>'
                        for i in range(1, ARTICLES + 1))
        (folder / "index.html").write_text(_page(name, f'<ul class="list">{items}</ul>'), encoding="utf-8")
        for i in range(1, ARTICLES + 1):
            body = f"<p>发布时间：2024-04-{i:02d}</p><p>{name}第{i}篇文章的正文，介绍本县有关工作情况。</p>"
            if i % 4 == 0:
                body += f'<p><a href="/gone/s{k}a{i}.html">相关文件{k}-{i}</a></p>'
            if i % 2 == 1:  # the third level: only an article links it
                body += f'<p><a href="/s{k}/d{i}.html">附件说明{k}-{i}</a></p>'
            # the same article of the next column: found again at its own level, whichever comes first
            body += f'<p><a href="/s{k % 4 + 1}/a{i}.html">相关阅读</a></p>'
            if (k, i) == (2, 6):
                body += ("<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>"
                         f"<tr><td>张三</td><td>{RAW_ID}</td><td>{RAW_MOBILE}</td></tr></table>")
            if (k, i) == (3, 9):
                body += "<p>截止目前，全县已完成年度任务。</p>"
            html = _page(f"{name}第{i}篇文章标题", body)
            (folder / f"a{i}.html").write_text(html, encoding="utf-8")
            slow[f"/s{k}/a{i}.html"] = html
            if i % 2 == 1:
                extra = f'<img src="/images/gone-{k}-{i}.png" alt="示意图">' if i in (3, 15) else ""
                detail = _page(f"附件说明{k}-{i}", f"<p>附件说明{k}-{i}的内容。</p>{extra}")
                (folder / f"d{i}.html").write_text(detail, encoding="utf-8")
                slow[f"/s{k}/d{i}.html"] = detail
    return slow


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("batches")
    root = tmp / "site"
    root.mkdir()
    slow = _make_site(root)
    server = SiteServer(root).start()
    for path, body in slow.items():
        delay = ARTICLE_MS if "/a" in path else DETAIL_MS
        server.add_route(path, lambda _req, body=body, delay=delay: Response(body=body, delay_ms=delay))
    cfg = tmp / "sites.yaml"
    cfg.write_text("defaults: {per_host_concurrency: 2, timeout_s: 10, retries: 0, batch_pages: 10}\n"
                   f"sites:\n  - {{id: big, name: 乙县人民政府网, url: '{server.url('/')}'}}\n", encoding="utf-8")
    try:
        yield cfg
    finally:
        server.stop()


@pytest.fixture(scope="module")
def workers(redis_url: str, pg_url: str, big_site: Path) -> Iterator[dict[str, subprocess.Popen[bytes]]]:  # noqa: F811
    tmp = big_site.parent
    procs: dict[str, subprocess.Popen[bytes]] = {}
    logs = {}
    for name in ("w1", "w2"):
        logs[name] = tmp / f"{name}.log"
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", "robot", "worker", "--broker", redis_url, "--db", pg_url,
             "--evidence", str(tmp / "ev-worker"), "--name", f"{name}@%h"],
            cwd=tmp, env=_env(), stdout=logs[name].open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        for name, proc in procs.items():
            while b" ready." not in logs[name].read_bytes():
                assert proc.poll() is None, f"worker {name} exited: {logs[name].read_text(errors='replace')}"
                assert time.monotonic() < deadline, f"worker {name} not ready"
                time.sleep(0.1)
        yield procs
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def local_run(chromium: str, big_site: Path, workers: object) -> dict[str, Any]:
    from robot import api
    from robot.config import load_config

    tmp = big_site.parent
    t = time.monotonic()
    result = api.inspect(load_config(big_site), db_url=f"sqlite:///{tmp}/local.db", evidence_dir=tmp / "ev-local",
                         as_of=date.fromisoformat(AS_OF))
    assert result.complete, result.errors
    out = result.to_json()
    print(f"local run: {time.monotonic() - t:.1f}s, {len(out['pages'])} pages, {len(out['findings'])} findings")
    return out


def _distributed(cfg: Path, redis_url: str, pg_url: str, out: str) -> subprocess.Popen[bytes]:  # noqa: F811
    tmp = cfg.parent
    return subprocess.Popen(
        [sys.executable, "-m", "robot", "inspect", "--config", str(cfg), "--distributed", "--broker", redis_url,
         "--db", pg_url, "--evidence", str(tmp / "ev-dist"), "--json", str(tmp / out), "--as-of", AS_OF],
        cwd=tmp, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _split(text: str) -> dict[str, Any]:
    """The coordinator's line on how the site was split (robot.worker.describe_batches)."""
    flat = " ".join(text.split())  # the console wraps long lines
    m = re.search(r"big: (\d+) pages; batches of 10: (.*?the site's task on \S+ \d+ pages"
                  r"(?: \(\d+ batch\(es\) taken back\))?(?:; \d+ batch\(es\) sent again)?)", flat)
    assert m, f"no batches were run:\n{text}"
    line = m.group(2)
    by = {w: (int(n), int(p)) for w, n, p in re.findall(r"(w\d@\S+) (\d+) batch\(es\), (\d+) pages", line)}
    own = re.search(r"the site's task on (w\d@\S+) (\d+) pages", line)
    assert own, line
    resent = re.search(r"(\d+) batch\(es\) sent again", line)
    return {"pages": int(m.group(1)), "by": by, "coordinator": own.group(1), "own": int(own.group(2)),
            "resent": int(resent.group(1)) if resent else 0, "line": line}


def _same_as_local(dist: dict[str, Any], local: dict[str, Any]) -> None:
    assert dist["run"]["complete"] is True
    assert sorted(map(_key, dist["findings"])) == sorted(map(_key, local["findings"]))
    assert len({f["fingerprint"] for f in dist["findings"]}) == len(dist["findings"])  # no duplicate
    # every page once, the third level included (reached only through the batches' pages)
    pages = sorted((p["url"], p["status"]) for p in dist["pages"])
    assert pages == sorted((p["url"], p["status"]) for p in local["pages"])
    assert len({u for u, _s in pages}) == len(pages)
    assert sum("/d" in u for u, _s in pages) == 4 * ARTICLES // 2


def test_a_big_site_is_split_over_workers(local_run: dict[str, Any], big_site: Path, redis_url: str,  # noqa: F811
                                          pg_url: str) -> None:  # noqa: F811
    rules = {f["rule"] for f in local_run["findings"]}
    assert {"link.broken", "image.broken", "privacy.id_number", "privacy.phone", "text.typo"} <= rules, rules
    # the homepage, 4 columns, 80 articles, 40 details and the 20 gone pages the articles link
    assert len(local_run["pages"]) == 1 + 4 + 4 * ARTICLES + 4 * ARTICLES // 2 + 4 * ARTICLES // 4
    t = time.monotonic()
    proc = _distributed(big_site, redis_url, pg_url, "dist.json")
    _out, err = proc.communicate(timeout=150)
    took = time.monotonic() - t
    text = err.decode()
    assert proc.returncode in (0, 1), text
    dist = json.loads((big_site.parent / "dist.json").read_text(encoding="utf-8"))
    _same_as_local(dist, local_run)
    split = _split(text)
    # batches ran on the worker that is not the site's, and the site's task gathered pages too
    others = {w: v for w, v in split["by"].items() if w != split["coordinator"]}
    assert others and all(n >= 1 and p >= 1 for n, p in others.values()), split["line"]
    assert split["own"] >= 1, split["line"]
    assert split["pages"] == len(local_run["pages"])
    print(f"distributed run, 2 workers: {took:.1f}s; {split['line']}")


def test_a_batch_whose_worker_is_killed_is_sent_again(local_run: dict[str, Any], big_site: Path,
                                                      redis_url: str, pg_url: str,  # noqa: F811
                                                      workers: dict[str, subprocess.Popen[bytes]]) -> None:
    import redis

    client = redis.Redis.from_url(redis_url, decode_responses=True)
    stale = client.keys("zwgk:hb:*")
    if stale:
        client.delete(*stale)
    t = time.monotonic()
    proc = _distributed(big_site, redis_url, pg_url, "killed.json")
    victim = None
    deadline = time.monotonic() + 90
    while victim is None:  # a worker in the middle of a batch: some of its pages journalled, not all
        assert proc.poll() is None, proc.communicate()[1].decode()
        assert time.monotonic() < deadline, "no batch was taken by a worker"
        for key in client.keys("zwgk:hb:*"):
            beat = json.loads(client.get(key) or "{}")
            if beat.get("batch") and 2 <= beat.get("pages", 0) < beat.get("size", 0):
                victim = beat
                break
        time.sleep(0.02)
    name = victim["worker"].split("@")[0]
    os.killpg(workers[name].pid, signal.SIGKILL)
    workers[name].wait(timeout=10)
    _out, err = proc.communicate(timeout=150)
    took = time.monotonic() - t
    text = err.decode()
    assert proc.returncode in (0, 1), text
    dist = json.loads((big_site.parent / "killed.json").read_text(encoding="utf-8"))
    _same_as_local(dist, local_run)
    split = _split(text)
    assert split["resent"] >= 1, split["line"]  # the lost batch was sent again
    assert split["coordinator"].split("@")[0] != name
    survivor = next(w for w in workers if w != name)
    log = (big_site.parent / f"{survivor}.log").read_text(errors="replace")
    assert "stopped answering; sent again (attempt 2)" in log, log[-3000:]
    from robot.store import Store

    with Store(pg_url) as store:  # each finding once in the database, over both distributed runs
        stored = store.findings(status="all")
    assert sorted(_key(r.to_dict()) for r in stored) == sorted(map(_key, local_run["findings"]))
    print(f"distributed run with a batch's worker killed ({victim['worker']}, {victim['pages']} of "
          f"{victim['size']} pages done): {took:.1f}s; {split['line']}")

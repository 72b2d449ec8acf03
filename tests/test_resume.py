"""A run cut short keeps what it found (exit 3) and the next run resumes where it stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from robot.demo.server import Response, SiteServer

ROOT = Path(__file__).resolve().parents[1]
PAGES = 20


def _make_site(root: Path) -> None:
    nav = "".join(f'<li><a href="/p{i}.html">第{i}页</a></li>' for i in range(1, PAGES + 1))
    (root / "index.html").write_text(
        f'<html><head><meta charset="utf-8"><title>续跑测试</title></head><body><ul>{nav}</ul></body></html>',
        encoding="utf-8",
    )
    for i in range(1, PAGES + 1):
        (root / f"p{i}.html").write_text(
            f'<html><head><meta charset="utf-8"><title>第{i}页</title></head><body><p>正文{i}</p>'
            f'<a href="/gone{i}.html">失效链接</a></body></html>', encoding="utf-8")


def _run(cfg: Path, tmp: Path, out: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "robot", "inspect", "--config", str(cfg), "--db", f"sqlite:///{tmp}/z.db",
           "--evidence", str(tmp / "ev"), "--json", str(tmp / out), "--as-of", "2024-04-30", "--no-report"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(cmd, cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_interrupted_run_keeps_findings_and_resumes(chromium: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    _make_site(site)
    with SiteServer(site) as server:
        for i in range(1, PAGES + 1):  # every page answers after 250 ms: the run takes a while
            body = (site / f"p{i}.html").read_text(encoding="utf-8")
            server.add_route(f"/p{i}.html", lambda _req, body=body: Response(body=body, delay_ms=250))
        cfg = tmp_path / "sites.yaml"
        cfg.write_text(
            "defaults: {per_host_concurrency: 1, timeout_s: 5, retries: 0}\n"
            f"sites:\n  - {{id: resume, name: 续跑测试网, url: '{server.url('/')}'}}\n",
            encoding="utf-8",
        )
        def gets(i: int) -> int:  # page reads: the browser's, and the HTTP path's (the link pool asks with HEAD)
            return sum(1 for m, p in list(server.requests) if m == "GET" and p == f"/p{i}.html")

        first = _run(cfg, tmp_path, "r1.json")
        deadline = time.monotonic() + 60
        while sum(1 for i in range(1, PAGES + 1) if gets(i)) < 10:
            assert first.poll() is None, first.stderr.read().decode() if first.stderr else ""
            assert time.monotonic() < deadline, "the run never got going"
            time.sleep(0.1)
        first.send_signal(signal.SIGINT)
        _, err = first.communicate(timeout=60)
        assert first.returncode == 3, err.decode()
        r1 = json.loads((tmp_path / "r1.json").read_text(encoding="utf-8"))
        assert r1["run"]["complete"] is False
        seen_first = {p["url"] for p in r1["pages"] if p["status"] == 200}
        assert 8 <= len(seen_first) < PAGES + 1
        assert r1["findings"], "what was found before the interrupt is kept"

        fetched_before = {i: gets(i) for i in range(1, PAGES + 1)}
        second = _run(cfg, tmp_path, "r2.json")
        _, err = second.communicate(timeout=120)
        assert second.returncode in (0, 1), err.decode()
        r2 = json.loads((tmp_path / "r2.json").read_text(encoding="utf-8"))
        assert r2["run"]["id"] == r1["run"]["id"] and r2["run"]["complete"] is True
        found_pages = [p for p in r2["pages"] if p["status"] == 200]
        assert len(found_pages) == PAGES + 1  # the homepage and every page, once
        # a page the first run gathered is only opened again for its evidence screenshot (its broken
        # link), which the interrupted run left for the resumed one; the others are crawled, then shot
        after = {i: gets(i) - fetched_before[i] for i in range(1, PAGES + 1)}
        done_first = {i for i in range(1, PAGES + 1) if server.url(f"/p{i}.html") in seen_first}
        assert done_first, seen_first
        assert all(after[i] == 1 for i in done_first), f"pages crawled again after resuming: {after}"
        assert all(after[i] >= 2 for i in set(after) - done_first), after
        broken = {f["target"] for f in r2["findings"] if f["rule"] == "link.broken"}
        assert len(broken) == PAGES

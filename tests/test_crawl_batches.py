"""The crawl's side of a big site split into batches of pages, in one process (no Celery): batches
sent out of the frontier, gathered by :func:`robot._inspect.gather_pages` into the run's journal
(the workers' code path), taken back from the journal, their links followed. Whatever happens to a
batch (done, back half done after its worker was lost, never taken), the site's pages, their depths
and the findings are the local crawl's. And a page's depth is its shortest path whatever order
the visits finished in. tests/test_distributed_batches.py runs the same with real workers.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from robot import vision
from robot._inspect import _browser_settings, _link_checker, gather_pages, judge
from robot.config import Config, parse_config
from robot.content.privacy import check_char
from robot.demo.server import Response, SiteServer
from robot.gather.browser import BrowserSession
from robot.gather.crawler import BatchOutcome, CrawlOptions, PageBatches, SiteCrawler
from robot.snapshots import SiteSnapshot, page_from_dict
from robot.store import Store

pytestmark = pytest.mark.browser

AS_OF = date(2024, 4, 30)
LISTS = 40
DELAY_MS = 120  # every page but the homepage: the frontier stays large while batches go out
ID17 = "36072219850316042"
RAW_ID = ID17 + check_char(ID17)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><h1>{title}</h1>{body}<p><a href="/">返回首页</a></p></body></html>')


def _crawl(config: Config, batches: PageBatches | None = None) -> SiteSnapshot:
    site = config.sites[0]

    async def run() -> SiteSnapshot:
        async with BrowserSession(_browser_settings(config)) as browser, _link_checker(config, site) as links:
            crawler = SiteCrawler(site, config.defaults, browser, links,
                                  CrawlOptions(as_of=AS_OF, max_pages=config.defaults.max_pages,
                                               refs=vision.ReferenceSet.load()),
                                  batches=batches)
            return await crawler.gather()

    return asyncio.run(run())


def _facts(config: Config, snap: SiteSnapshot) -> tuple[list[Any], list[Any]]:
    pages = sorted((p.requested_url, p.status, p.depth) for p in snap.pages)
    findings = sorted((f.rule, f.url, f.target) for f in judge(config, config.sites[0], snap, []))
    return pages, findings


class FakeBatches:
    """Batches gathered in this process by the workers' code path, into a SQLite journal. ``plan``
    says what happens to each batch in turn: 'done', 'lost' (its worker gathers 2 pages and dies;
    after a timeout it comes back with those), 'untaken' (no worker is free: taken back when the
    crawl is idle)."""

    def __init__(self, config: Config, db: Path, size: int, plan: list[str]) -> None:
        self.config, self.size, self.plan, self.unstarted = config, size, list(plan), 0
        self.store = Store(f"sqlite:///{db}")
        site = config.sites[0]
        self.store.upsert_site(site.id, site.name, site.url, site.owner)
        self.run_id = self.store.start_run(AS_OF, [site.id], [])
        self.sent: dict[str, tuple[str, list[tuple[str, int, str]], dict[str, Any]]] = {}
        self.what: list[str] = []

    def send(self, batch_id: str, jobs: list[tuple[str, int, str]], templates: dict[str, Any]) -> None:
        fate = self.plan.pop(0) if self.plan else "done"
        self.sent[batch_id] = (fate, jobs, templates)
        self.unstarted = 1 if fate == "untaken" else 0

    def _gather(self, jobs: list[tuple[str, int, str]], templates: dict[str, Any]) -> dict[str, Any]:
        return gather_pages(self.config, self.config.sites[0].id, self.store, self.run_id, as_of=AS_OF, checks=[],
                            jobs=jobs, templates=templates)

    def _journalled(self, jobs: list[tuple[str, int, str]]) -> list[Any]:
        rows = self.store.journal_load_keys(self.run_id, self.config.sites[0].id, "page", [u for u, _d, _v in jobs])
        return [page_from_dict(r) for r in rows]

    def poll(self, batch_ids: list[str], idle: bool) -> dict[str, BatchOutcome]:
        out: dict[str, BatchOutcome] = {}
        for bid in batch_ids:
            fate, jobs, templates = self.sent[bid]
            if fate == "done":
                r = self._gather(jobs, templates)
                # a second try of the same batch (its message given back) adds nothing
                again = self._gather(jobs, templates)
                assert again["visited"] == 0 and again["resumed"] == len(jobs)
                out[bid] = BatchOutcome(pages=self._journalled(jobs), templates=r["templates"])
            elif fate == "lost":
                self._gather(jobs[:2], templates)
                out[bid] = BatchOutcome(pages=self._journalled(jobs), back=True)
            elif idle:  # untaken: the crawl has nothing else to do, so it takes the batch back
                self.unstarted = 0
                out[bid] = BatchOutcome(pages=[], back=True)
            else:
                continue
            self.what.append(fate)
        return out

    def abandon(self, batch_ids: list[str]) -> None:
        raise AssertionError("the crawl was not stopped")


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A homepage with LISTS list pages, each linking a detail page; every third detail a broken
    link, one detail an unmasked resident ID, a wrong word on another."""
    root = tmp_path_factory.mktemp("crawl-batches")
    (root / "index.html").write_text(
        _page("丙镇人民政府网", "<ul>" + "".join(f'<li><a href="/l{i}.html">列表{i}</a></li>' for i in range(LISTS))
              + "</ul>"), encoding="utf-8")
    for i in range(LISTS):
        (root / f"l{i}.html").write_text(_page(f"列表{i}", f'<p><a href="/d{i}.html">详情第{i}篇</a></p>'
                                               f'<p><a href="/l{(i + 1) % LISTS}.html">下一个列表</a></p>'),
                                         encoding="utf-8")
        body = f"<p>详情{i}的正文。</p>"
        if i % 3 == 0:
            body += f'<p><a href="/gone{i}.html">失效{i}</a></p>'
        if i == 7:
            body += f"<table><tr><td>张三</td><td>{RAW_ID}</td></tr></table>"
        if i == 11:
            body += "<p>截止目前，全镇已完成年度任务。</p>"
        (root / f"d{i}.html").write_text(_page(f"详情第{i}篇", body), encoding="utf-8")
    with SiteServer(root) as server:
        for f in root.glob("[ld]*.html"):
            body = f.read_text(encoding="utf-8")
            server.add_route(f"/{f.name}", lambda _req, body=body: Response(body=body, delay_ms=DELAY_MS))
        config = parse_config("defaults: {per_host_concurrency: 2, timeout_s: 10, retries: 0}\n"
                              f"sites:\n  - {{id: big, name: 丙镇, url: '{server.url('/')}'}}\n")
        local = _crawl(config)
        yield config, local


def test_batches_done_lost_or_untaken_give_the_local_crawl(chromium: str, big: Any, tmp_path: Path) -> None:
    config, local = big
    pages, findings = _facts(config, local)
    assert len(pages) == 1 + 2 * LISTS + len(range(0, LISTS, 3))
    assert {"link.broken", "privacy.id_number", "text.typo"} <= {r for r, _u, _t in findings}
    fake = FakeBatches(config, tmp_path / "j.db", size=3, plan=["done", "lost", "untaken", "done", "lost"])
    split = _crawl(config, fake)
    assert {"done", "lost", "untaken"} <= set(fake.what), fake.what  # each fate happened
    assert _facts(config, split) == (pages, findings)


def test_a_page_takes_the_depth_of_its_shortest_path(chromium: str, tmp_path: Path) -> None:
    """The homepage links a slow page A and a quick page B; B links C, and both A and C link P.
    P is reached through C first (A is still loading), at depth 3, but its depth is 2 (via A); the
    broken link on P and on C's other page E is reported on P, the first page by depth (at equal
    depths it would be E, first by URL)."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(_page("首页", '<a href="/a.html">甲</a><a href="/b.html">乙</a>'), "utf-8")
    (root / "a.html").write_text(_page("甲", '<a href="/p.html">丙</a>'), "utf-8")
    (root / "b.html").write_text(_page("乙", '<a href="/c.html">丁</a>'), "utf-8")
    (root / "c.html").write_text(_page("丁", '<a href="/p.html">丙</a><a href="/e.html">戊</a>'), "utf-8")
    for name in ("p", "e"):
        (root / f"{name}.html").write_text(_page(name, '<a href="/gone.html">失效</a><a href="/r.html">下</a>'),
                                           "utf-8")
    (root / "r.html").write_text(_page("r", "<p>末页</p>"), "utf-8")
    with SiteServer(root) as server:
        slow = (root / "a.html").read_text(encoding="utf-8")
        server.add_route("/a.html", lambda _req: Response(body=slow, delay_ms=1500))
        config = parse_config("defaults: {per_host_concurrency: 2, timeout_s: 10, retries: 0}\n"
                              f"sites:\n  - {{id: d, name: 深度, url: '{server.url('/')}'}}\n")
        snap = _crawl(config)
    depth = {p.requested_url.rsplit("/", 1)[-1]: p.depth for p in snap.pages}
    assert depth == {"": 0, "a.html": 1, "b.html": 1, "c.html": 2, "p.html": 2, "e.html": 3, "r.html": 3,
                     "gone.html": 3}, depth
    broken = [f for f in judge(config, config.sites[0], snap, ["link.broken"]) if f.target.endswith("/gone.html")]
    assert [f.url.rsplit("/", 1)[-1] for f in broken] == ["p.html"]

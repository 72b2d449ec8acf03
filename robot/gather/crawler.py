"""Crawl one site: breadth-first through its scope, gathering snapshots once per page.

Bounded by ``max_pages`` and ``max_depth``, URLs normalised and deduplicated, pagination
followed, out-of-scope pages never crawled (their links are checked over the HTTP pool), at most
``per_host_concurrency`` pages open at once on the site, a fresh page after any navigation error.
Each snapshot goes to ``on_page`` as soon as it is taken, so a run cut short loses nothing and a
resumed run skips what it already has.

A page's depth is the shortest path to it over the links followed, whatever order the pages were
visited in: a page found again by a shorter path moves up (and what it links with it). The page a
finding is reported on (the first by depth) does not depend on which visit finished first.

Distributed (``batches``, see :class:`PageBatches`): a site whose frontier is large sends batches of
its queued pages to other workers, which gather exactly those pages and journal them; the crawl
takes them back as if it had visited them itself and follows their links.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol

from playwright.async_api import BrowserContext, Page

from robot import vision
from robot.config import Defaults, SiteConfig
from robot.gather import extract, static
from robot.gather._html import EMPTY_NOTE
from robot.gather.browser import BrowserSession, close_page, frame_documents, ready_page, visit
from robot.gather.linkcheck import TRANSIENT_ERRORS, TRANSIENT_STATUS, LinkChecker, PageFetch, shared_slot
from robot.snapshots import (
    AttachmentText,
    Box,
    ColumnSnapshot,
    LinkCheck,
    ListEntry,
    PageSnapshot,
    RenderFacts,
    SiteSnapshot,
)
from robot.urls import SiteFence, column_key, in_scope, is_private_host, normalise, page_key, path_of
from robot.waits import pause

if TYPE_CHECKING:
    from playwright._impl._api_structures import Clip

log = logging.getLogger(__name__)

# Not pages: checked over the HTTP pool, never opened in the browser.
RESOURCE_EXT = frozenset(
    ".pdf .doc .docx .xls .xlsx .ppt .pptx .wps .et .zip .rar .7z .gz .tar .jpg .jpeg .png .gif .bmp .webp "
    ".svg .ico .mp3 .mp4 .avi .wmv .flv .mov .exe .apk .txt .csv .xml .json .ofd .swf".split()
)
_AREA_JS = """(el) => {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of [el, ...el.querySelectorAll('*')]) {
    const s = getComputedStyle(n);
    if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) continue;
    const r = n.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    x0 = Math.min(x0, r.left); y0 = Math.min(y0, r.top); x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom);
  }
  const text = el.innerText || '';
  const lines = text.split('\\n').map((l) => l.replace(/\\s+/g, '')).filter((l) => l.length);
  const pager = /^(首页|上一页|下一页|上页|下页|前页|后页|尾页|末页|\\d+|»|«|›|‹|>|<|>>|<<|GO|跳转|更多|more)$/i;
  const links = [...el.querySelectorAll('a[href]')].filter((a) => {
    const t = (a.innerText || '').replace(/\\s+/g, ''), h = a.getAttribute('href') || '';
    const r = a.getBoundingClientRect();
    // a title or a picture, not a menu entry (栏目 names are short)
    const item = t.length >= 8 || a.querySelector('img') !== null;
    return item && !pager.test(t) && !/^(javascript:|#)/i.test(h) && r.width > 0 && r.height > 0;
  }).length;
  // the pages it links (a section's landing page shows its sub-columns, however short their names)
  const targets = new Set();
  for (const a of el.querySelectorAll('a[href]')) {
    const r = a.getBoundingClientRect(), h = (a.getAttribute('href') || '').trim();
    if (targets.size >= 60) break;
    if (r.width <= 0 || r.height <= 0 || !h || /^(javascript:|#|mailto:|tel:)/i.test(h)) continue;
    try { targets.add(new URL(h, document.baseURI).href); } catch (e) { /* not a URL */ }
  }
  // pictures a reader looks at (portraits, photos): drawn at 80 px or more, not a banner strip, not
  // a link (picture links are counted above), not a spacer stretched over a frame. The crawl renders
  // without pictures: whether each loads and looks real is the HTTP pool's verdict, read by the rule
  // a picture not drawn yet (pictures off) has no size of its own: its width/height attributes
  // stand for it, and without them the HTTP pool's natural size decides (robot.rules.columns)
  // the drawing beside an empty-list note (an empty box over 暂无信息) says the same as the note:
  // the nearest block around the picture with any text holds only that note
  const note = new RegExp(__EMPTY_NOTE__);
  const noteArt = (img) => {
    for (let n = img.parentElement, i = 0; n && n !== el.parentElement && i < 3; n = n.parentElement, i++) {
      const t = (n.innerText || '').replace(/\\s+/g, '');
      if (t) return t.length <= 30 && note.test(t);
    }
    return false;
  };
  const pictures = [...el.querySelectorAll('img')].filter((img) => {
    const r = img.getBoundingClientRect(), s = getComputedStyle(img);
    const drawn = img.complete && img.naturalWidth > 0;
    const spacer = drawn && Math.min(img.naturalWidth, img.naturalHeight) < 48;
    const declared = ['width', 'height'].map((k) => parseFloat(img.getAttribute(k) || '')).filter((v) => v > 0);
    const sized = drawn
      ? r.width >= 80 && r.height >= 80 && Math.max(r.width, r.height) <= 3 * Math.min(r.width, r.height)
      : declared.every((v) => v >= 80)
        && (declared.length < 2 || Math.max(...declared) <= 3 * Math.min(...declared));
    return !img.closest('a[href]') && !spacer && !/^data:/i.test(img.src || '') && sized
      && s.display !== 'none' && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0;
  }).filter((img) => !noteArt(img)).map((img) => img.currentSrc || img.src).slice(0, 20);
  // rows of a table of facts (a service page's 事项 / 办理地点 / 电话): two or more cells with text,
  // no link (a list's rows link their items; a layout table's cells hold blocks, not words)
  const tableRows = [...el.querySelectorAll('tr')].filter((tr) => {
    const cells = [...tr.children].filter((c) => /^T[DH]$/.test(c.tagName));
    const r = tr.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !tr.querySelector('a[href], table')
      && cells.filter((c) => (c.innerText || '').replace(/\\s+/g, '').length > 0).length >= 2;
  }).length;
  // boxes a reader writes a message in (a letter box's 来信内容): a service of the page itself, not
  // an empty list (a list's filter form has short fields only: 关键词, 年份, 查询)
  const writeBoxes = [...el.querySelectorAll('textarea')].filter((t) => {
    const r = t.getBoundingClientRect(), s = getComputedStyle(t);
    return r.width >= 100 && r.height >= 20 && !t.disabled && !t.readOnly
      && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0;
  }).length;
  const box = x1 > x0 && y1 > y0
    ? {x: x0 + scrollX, y: y0 + scrollY, width: x1 - x0, height: y1 - y0} : null;
  return {box, chars: text.replace(/\\s+/g, '').length,
          longest: lines.reduce((m, l) => Math.max(m, l.length), 0), links, targets: [...targets], pictures,
          tableRows, writeBoxes};
}""".replace("__EMPTY_NOTE__", json.dumps(EMPTY_NOTE.pattern))
# Pages the HTTP pool already found gone are recorded by their status, not opened in the browser.
GONE_STATUS = frozenset({404, 410})
MAX_QUERY_VARIANTS = 20  # distinct query strings followed per path (guards against crawler traps)
PAGE_RECYCLE = 200  # navigations per browser page before it is replaced (bounds memory)
MAX_ATTACHMENTS = 500  # documents read per site and run (privacy and wrong-word rules)
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

BATCH_POLL_S = 0.25  # how often a distributed crawl asks after the page batches it sent out

OnPage = Callable[[PageSnapshot], None]
Progress = Callable[[str, dict[str, Any]], None]


@dataclass
class BatchOutcome:
    """A page batch back from elsewhere: the pages it journalled. ``back``: it came back unfinished
    (no worker took it in time, or its workers were lost) and the crawl visits the rest itself."""

    pages: list[PageSnapshot]
    back: bool = False
    templates: dict[str, Any] = field(default_factory=dict)  # what it learned of templates (TemplateFacts JSON)


class PageBatches(Protocol):
    """Where a distributed site task sends batches of its frontier (:class:`robot.worker.CeleryBatches`).
    The methods block (Redis, the database): the crawler calls them in a thread, one at a time."""

    size: int  # pages per batch
    unstarted: int  # batches sent that no worker has started yet (as of the last poll)

    def send(self, batch_id: str, jobs: list[tuple[str, int, str]], templates: dict[str, Any]) -> None:
        """Hand out the pages (url, depth, via) to be gathered and journalled elsewhere."""

    def poll(self, batch_ids: list[str], idle: bool) -> dict[str, BatchOutcome]:
        """The batches that are back. ``idle``: the crawl has nothing else to do, so a batch no
        worker has taken may be taken back (never wait for a worker that is busy with this site)."""

    def abandon(self, batch_ids: list[str]) -> None:
        """The crawl stops: batches not started yet must not run."""


def is_resource(url: str) -> bool:
    return PurePosixPath(path_of(url)).suffix.lower() in RESOURCE_EXT


@dataclass(order=True)
class _Job:
    depth: int
    seq: int
    url: str = field(compare=False)
    via: str = field(compare=False, default="")


@dataclass
class CrawlOptions:
    as_of: date
    max_pages: int
    checks: tuple[str, ...] = ()  # rule prefixes; empty = all
    refs: vision.ReferenceSet | None = None
    homepage_only: bool = False  # only the homepage (channel-only checks: it tells us the channels)
    neighbours: tuple[str, ...] = ()  # the homepages of the config's other sites (robot.urls.SiteFence)


class SiteCrawler:
    """Gathers one site's :class:`SiteSnapshot` with a shared browser and link pool."""

    def __init__(
        self,
        site: SiteConfig,
        defaults: Defaults,
        browser: BrowserSession,
        links: LinkChecker,
        options: CrawlOptions,
        *,
        on_page: OnPage | None = None,
        progress: Progress | None = None,
        resume: Iterable[PageSnapshot] = (),
        stop: asyncio.Event | None = None,
        batches: PageBatches | None = None,
        templates: dict[str, static.TemplateFacts] | None = None,
    ) -> None:
        self.site, self.defaults, self.browser, self.links, self.opt = site, defaults, browser, links, options
        self.on_page = on_page or (lambda _p: None)
        self.progress = progress or (lambda _e, _i: None)
        self.stop = stop or asyncio.Event()
        self.scope = list(site.scope)
        self.fence = SiteFence(site.url, options.neighbours)
        self.private_ok = defaults.allow_private_networks or is_private_host(site.url)
        self.pages: dict[str, PageSnapshot] = {}  # requested URL → snapshot
        self.seen: set[str] = set()
        self.query_variants: dict[str, int] = {}
        self.queue: asyncio.PriorityQueue[_Job] = asyncio.PriorityQueue()
        self.depth_of: dict[str, int] = {}  # every queued, visited (or out) page's depth: the shortest path so far
        self.waiting: dict[str, int] = {}  # queued and not yet taken: url → depth of its live queue entry
        self._moved: list[tuple[str, str]] = []  # visited pages found by a shorter path, to follow again
        self._relaxing = False
        self.in_flight = 0  # pages being visited now (they may add to the queue)
        self.retried: set[str] = set()  # pages visited again after a passing failure
        self.prechecks: dict[str, asyncio.Future[LinkCheck]] = {}  # HTTP answers for queued pages
        self.timings: dict[str, float] = {}  # seconds per phase, for the log and the progress line
        self.changed = asyncio.Event()  # set when the queue grows or a visit ends
        self.seq = 0
        self.columns: dict[str, tuple[str, int, bool]] = {}  # url → (name, level, in_nav)
        for col in site.columns:
            self.columns[site.absolute(col.url)] = (col.name, col.level, False)
        self.complete = True
        self.home_html = ""  # the homepage's rendered DOM (channel discovery)
        self.flat_nav = False  # columns discovered from a bar of sections only: their pages list the rest
        # the HTTP path (robot.gather.static): what each template's rendered samples showed
        self.static_ok = defaults.render == "auto" and not options.homepage_only
        self.templates: dict[str, static.TemplateFacts] = dict(templates or {})
        self.served: set[str] = set()  # pages read from their served HTML, not rendered
        self._verdicts: dict[str, tuple[str, str, bool, tuple[int, int]]] = {}  # image URL → verdict
        self.rendered = 0
        self.render_reasons: dict[str, int] = {}  # why pages were rendered (the log's summary)
        # distributed: batches of the frontier gathered by other workers
        self.batches = batches if batches is not None and batches.size > 0 else None
        self.out: dict[str, list[_Job]] = {}  # batches sent and not back yet
        self.out_pages = 0
        self.batch_count = 0
        self.follow_links = True  # False: gathering a batch for another worker's crawl (it follows)
        self._stack: AsyncExitStack | None = None  # a batch starts its browser only when a page needs it
        self._ctx: BrowserContext | None = None
        self._ctx_lock = asyncio.Lock()
        for snap in resume:
            if snap.requested_url == site.url:
                continue  # the homepage is visited again: it tells us the columns
            self.pages[snap.requested_url] = snap
            self.seen.add(snap.requested_url)
            self.depth_of[snap.requested_url] = snap.depth

    # --- frontier ------------------------------------------------------------------------

    def _enqueue(self, url: str, depth: int, via: str) -> None:
        if not url:
            return
        if url in self.seen:
            known = self.depth_of.get(url)
            if known is not None and depth < known:
                self._lower(url, depth, via)
            return
        if depth > self.defaults.max_depth:
            return
        if not in_scope(url, self.scope) or is_resource(url):
            return
        if self.fence.outside(url) and url not in self.columns:  # another configured site's page
            return
        if is_private_host(url) and not self.private_ok:
            return
        base = url.split("?", 1)[0]
        if "?" in url:
            n = self.query_variants.get(base, 0)
            if n >= MAX_QUERY_VARIANTS:
                return
            self.query_variants[base] = n + 1
        self.seen.add(url)
        self._push(url, depth, via)
        self._precheck(url, depth)

    def _push(self, url: str, depth: int, via: str, seq: int | None = None) -> None:
        """Queue ``url`` at ``depth`` (an earlier entry for it at a greater depth is then skipped)."""
        if seq is None:
            self.seq += 1
            seq = self.seq
        self.depth_of[url] = depth
        self.waiting[url] = depth
        self.queue.put_nowait(_Job(depth, seq, url, via))
        self.changed.set()

    def _precheck(self, url: str, depth: int) -> None:
        if depth > 0 and self.defaults.precheck_pages and not self.static_ok:  # the pool asks ahead of the browser
            self.prechecks[url] = asyncio.ensure_future(self.links.check(url))

    def _lower(self, url: str, depth: int, via: str) -> None:
        """``url`` was found by a shorter path: it takes that depth, and a visited page's links move
        up with it (a worklist, not recursion: a long pagination chain moves as a whole)."""
        self.depth_of[url] = depth
        if url in self.pages:
            self._moved.append((url, via))
            if self._relaxing:
                return
            self._relaxing = True
            try:
                while self._moved:
                    u, v = self._moved.pop()
                    snap = replace(self.pages[u], depth=self.depth_of[u], via=v)
                    self.pages[u] = snap
                    self._follow(snap, {"next_pages": snap.next_pages})
            finally:
                self._relaxing = False
        elif url in self.waiting:  # queued: a copy at the new depth goes ahead, the old entry is skipped
            self._push(url, depth, via)
        # else in flight, or in a batch elsewhere: recorded at its new depth when it is back

    def _follow(self, snap: PageSnapshot, facts: dict[str, Any]) -> None:
        if not self.follow_links:
            return
        depth = self.depth_of.get(snap.requested_url, snap.depth)
        # pagination first (same depth: a list's pages belong to the list), then ordinary links
        for nxt in facts.get("next_pages", ()):
            self._enqueue(nxt, depth, snap.requested_url)
        for link in snap.links:
            if link.href:
                self._enqueue(link.href, depth + 1, snap.requested_url)

    # --- the crawl -----------------------------------------------------------------------

    async def gather(self) -> SiteSnapshot:
        home = self.site.url
        started = time.monotonic()
        ctx = await self.browser.new_context()
        try:
            self._enqueue(home, 0, "")
            await self._worker(ctx, single=True)  # the homepage alone: it tells us the columns
            if self.opt.homepage_only:
                self.queue = asyncio.PriorityQueue()
                self.waiting.clear()
                for fut in self.prechecks.values():
                    fut.cancel()
                self.prechecks.clear()
            else:
                for snap in sorted(self.pages.values(), key=lambda p: p.depth):  # resumed: rebuild the frontier
                    if snap.requested_url != home:
                        self._follow(snap, {"next_pages": snap.next_pages})
                for col_url in list(self.columns):
                    self._enqueue(col_url, 1, home)
                await self._browse(ctx)
            self.timings["browse_s"] = round(time.monotonic() - started, 1)
            snapshot = await self._assemble(ctx)
        finally:
            await ctx.close()
        return snapshot

    async def _browse(self, ctx: BrowserContext | None) -> None:
        """``per_host_concurrency`` visits at once until the frontier is done; distributed, beside
        them the batcher sends parts of a large frontier out and takes them back."""
        n = max(1, self.defaults.per_host_concurrency)
        workers = asyncio.gather(*(self._worker(ctx) for _ in range(n)))
        if self.batches is None:
            await workers
            return
        batcher = asyncio.ensure_future(self._batcher())
        try:
            await workers
        finally:
            batcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await batcher
            if self.out and self.batches is not None:  # stopped: what no worker has started must not run
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(self.batches.abandon, list(self.out))

    async def gather_batch(self, jobs: Iterable[tuple[str, int, str]]) -> None:
        """Gather exactly these pages (url, depth, via) for another worker's crawl of the site: each
        goes to ``on_page`` as usual; their links are left to that crawl. Chromium is started only if
        a page needs rendering (with the template facts the crawl sent, most are read from HTML)."""
        self.follow_links = False
        for url, depth, via in jobs:
            if url in self.seen:
                continue
            self.seen.add(url)
            self._push(url, depth, via)
            self._precheck(url, depth)
        self.opt = replace(self.opt, max_pages=len(self.seen) + 1)  # a batch is bounded by its pages
        async with AsyncExitStack() as stack:
            self._stack = stack
            try:
                await self._browse(None)
            finally:
                self._stack = self._ctx = None

    async def _context(self, ctx: BrowserContext | None) -> BrowserContext:
        """``ctx``, or (gathering a batch) the batch's own, the browser started on first use."""
        if ctx is not None:
            return ctx
        async with self._ctx_lock:
            if self._ctx is None:
                assert self._stack is not None
                if self.browser.browser is None:
                    await self._stack.enter_async_context(self.browser)
                new = await self.browser.new_context()
                self._stack.push_async_callback(new.close)
                self._ctx = new
            return self._ctx

    async def _worker(self, ctx: BrowserContext | None, single: bool = False) -> None:
        page: Page | None = None
        uses = 0
        try:
            while not self.stop.is_set():
                if len(self.pages) + self.in_flight + self.out_pages >= self.opt.max_pages:
                    if self.out:  # a batch may come back short of its pages: wait for it
                        self.changed.clear()
                        await self.changed.wait()
                        continue
                    if self.waiting:
                        self.complete = False
                    return
                job = await self._next_job()
                if job is None:
                    return
                self.in_flight += 1
                try:
                    page, uses = await self._visit_one(ctx, page, uses, job)
                finally:
                    self.in_flight -= 1
                    self.changed.set()
                if single:
                    return
        finally:
            if page is not None:
                await close_page(page)
        if self.stop.is_set():
            self.complete = False

    async def _next_job(self) -> _Job | None:
        """The next page to visit; waits while other workers (or batches sent out) may still find
        more; None when done."""
        while not self.stop.is_set():
            while not self.queue.empty():
                job = self.queue.get_nowait()
                if self.waiting.get(job.url) == job.depth and job.url not in self.pages:
                    del self.waiting[job.url]
                    return job
                # else an entry left behind when the page moved up (or taken back from a batch)
            if self.in_flight == 0 and not self.out:
                return None
            self.changed.clear()
            await self.changed.wait()
        return None

    # --- batches of the frontier (distributed) --------------------------------------------------

    async def _batcher(self) -> None:
        """Beside the visits: send a batch out while the frontier holds two batches' worth or more
        (one batch waiting for a worker at a time, so the rest stays here for this crawl's own
        visits), and take back the batches that are done (or that came back unfinished)."""
        batches = self.batches
        assert batches is not None
        try:
            while not self.stop.is_set():
                await self._send_batch(batches)
                if self.out:
                    budget = len(self.pages) + self.in_flight + self.out_pages < self.opt.max_pages
                    idle = self.in_flight == 0 and not (self.waiting and budget)
                    back = await asyncio.to_thread(batches.poll, list(self.out), idle)
                    for bid, outcome in back.items():
                        self._batch_back(bid, outcome)
                await pause(BATCH_POLL_S, reason="page batches under way on other workers")
        except Exception:  # the broker or the database failed: this crawl visits the pages itself
            log.exception("%s: page batches failed; the site's own task gathers their pages", self.site.id)
            self.batches = None
            with contextlib.suppress(Exception):
                await asyncio.to_thread(batches.abandon, list(self.out))
            for bid in list(self.out):
                self._batch_back(bid, BatchOutcome(pages=[], back=True))
        finally:
            self.changed.set()  # workers waiting for batches look again (stopped, or batching is off)

    async def _send_batch(self, batches: PageBatches) -> None:
        size = batches.size
        room = self.opt.max_pages - len(self.pages) - self.in_flight - self.out_pages
        if batches.unstarted or len(self.waiting) < 2 * size or room < 2 * size:
            return
        jobs = self._take_jobs(size)
        if not jobs:
            return
        self.batch_count += 1
        bid = str(self.batch_count)
        self.out[bid] = jobs
        self.out_pages += len(jobs)
        templates = {k: t.to_json() for k, t in self.templates.items() if t.samples or t.dynamic}
        try:
            await asyncio.to_thread(batches.send, bid, [(j.url, j.depth, j.via) for j in jobs], templates)
        except Exception:
            self._batch_back(bid, BatchOutcome(pages=[], back=True))
            raise

    def _take_jobs(self, size: int) -> list[_Job]:
        """The first ``size`` queued pages in the crawl's order, but not the columns (their content
        area is photographed here) nor a page being tried again (its retry is this crawl's)."""
        taken: list[_Job] = []
        aside: list[_Job] = []
        while len(taken) < size and not self.queue.empty():
            job = self.queue.get_nowait()
            if self.waiting.get(job.url) != job.depth or job.url in self.pages:
                continue  # an entry left behind when the page moved up
            if job.url in self.columns or job.url in self.retried or job.depth == 0:
                aside.append(job)
                continue
            del self.waiting[job.url]
            fut = self.prechecks.pop(job.url, None)
            if fut is not None:
                fut.cancel()
            taken.append(job)
        for job in aside:
            self.queue.put_nowait(job)
        return taken

    def _batch_back(self, bid: str, outcome: BatchOutcome) -> None:
        """A batch is back: its pages as if visited here (recorded, not journalled again: the batch
        did it; links followed), the pages it did not gather queued again here."""
        jobs = self.out.pop(bid, None)
        if jobs is None:
            return
        self.out_pages -= len(jobs)
        got = {p.requested_url: p for p in outcome.pages}
        for job in jobs:
            if job.url in self.pages:
                continue
            snap = got.get(job.url)
            if snap is None:
                depth = self.depth_of.get(job.url, job.depth)
                self._push(job.url, depth, job.via, seq=job.seq)
                self._precheck(job.url, depth)
                continue
            self._record(job, snap, journal=False)
            if snap.rendered:
                self.rendered += 1
            else:
                self.served.add(job.url)
            self._follow(snap, {"next_pages": snap.next_pages})
        for key, data in outcome.templates.items():
            if key not in self.templates:
                try:
                    self.templates[key] = static.TemplateFacts.from_json(data)
                except (KeyError, TypeError, ValueError):
                    log.warning("%s: template facts from a batch could not be read", self.site.id)
        self.changed.set()

    async def _visit_one(self, ctx: BrowserContext | None, page: Page | None, uses: int,
                         job: _Job) -> tuple[Page | None, int]:
        """Visit one page (on a fresh browser page after trouble), extract, journal, follow."""
        pre = self.prechecks.pop(job.url, None)
        if pre is not None and pre.done() and not pre.cancelled() and pre.exception() is None:
            check = pre.result()
            if check.error is None and check.status in GONE_STATUS:  # nothing there to render
                snap = PageSnapshot(site=self.site.id, requested_url=job.url, final_url=check.final_url or job.url,
                                    status=check.status, response_ms=check.response_ms, depth=job.depth,
                                    via=job.via, fetched_at=datetime.now(UTC), attempts=check.attempts)
                self._record(job, snap)
                return page, uses
        served: tuple[static.StaticPage, str] | None = None
        if self.static_ok and job.depth > 0 and job.url not in self.columns:
            done, served = await self._try_served(job)
            if done:
                return page, uses
        if page is not None and uses >= PAGE_RECYCLE:
            await close_page(page)
            page = None
        fresh = await ready_page(await self._context(ctx), page)
        if fresh is not page:
            page, uses = fresh, 0
        uses += 1
        async with shared_slot(job.url, self.defaults.per_host_concurrency):  # other workers' visits (distributed)
            result = await visit(page, job.url, site=self.site.id, timeout_s=self.defaults.timeout_s,
                                 depth=job.depth, via=job.via, images=self.browser.settings.images)
        if not result.healthy:
            await close_page(page, stuck=result.stuck)
            page = None
        first = result.snapshot
        transient = first.error in TRANSIENT_ERRORS or first.status in TRANSIENT_STATUS
        if transient and job.url not in self.retried:  # a passing failure: visit once more, later
            self.retried.add(job.url)
            self.seq += 1
            self._push(job.url, self.depth_of.get(job.url, job.depth), job.via, seq=self.seq + 1_000_000)
            return page, uses
        snap, facts = self._extract(first, result.html)
        self.rendered += 1
        if served is not None and snap.ok:
            self._learn(snap, *served)
        if job.url in self.columns and result.html and page is not None and self._wants("column"):
            snap = replace(snap, content=await self._render_content(page, result.html, snap.entries))
        self._record(job, snap)
        if job.depth == 0:
            if page is not None and result.html:  # a column menu may sit in a frame of the homepage
                facts["frames"] = await frame_documents(page)
            self._discover(snap, facts)
        elif self.flat_nav and result.html and self.columns.get(job.url, ("", 0, False))[1:] == (1, True):
            self._discover_section(snap, result.html)
        self._follow(snap, facts)
        return page, uses

    async def _try_served(self, job: _Job) -> tuple[bool, tuple[static.StaticPage, str] | None]:
        """Read the page from its served HTML when its template needs no browser.

        (True, None): recorded (from the HTML, or by its 404/410 status). (False, served): render it;
        ``served`` is what its HTML said, for proving its template. Any trouble (no answer, an
        error status, not HTML) goes to the browser, whose verdict on failures is the robot's."""
        # the pool's per-host limits (and, distributed, its shared slot) hold for this GET: no slot of
        # the crawl's own is held around it (two nested slots of one host can deadlock across workers)
        got: PageFetch = await self.links.fetch_page(job.url)
        if got.error is not None or got.status is None:
            return False, None
        if got.status in GONE_STATUS:  # nothing there to render
            snap = PageSnapshot(site=self.site.id, requested_url=job.url, final_url=normalise(got.final_url) or job.url,
                                status=got.status, response_ms=got.response_ms, depth=job.depth, via=job.via,
                                fetched_at=datetime.now(UTC))
            self._record(job, snap)
            return True, None
        if got.status >= 300 or got.truncated or not static.is_html(got.content_type):
            return False, None
        final = normalise(got.final_url) or job.url
        if final != job.url and not in_scope(final, self.scope):
            return False, None
        html = static.decode(got.body, got.content_type)
        try:
            page = static.read(html, final, self.scope)
        except Exception:  # hostile markup: the browser's reading stands
            log.exception("reading the served HTML of %s failed", job.url)
            return False, None
        known = self.templates.get(page.template)
        why = static.needs_render(page, known)
        if why:
            self.render_reasons[why] = self.render_reasons.get(why, 0) + 1
            return False, (page, html)
        snap = static.snapshot(page, site=self.site.id, url=job.url, final_url=final, status=got.status,
                               response_ms=got.response_ms, size=len(got.body), fetched_at=datetime.now(UTC),
                               content_type=got.content_type.lower(), depth=job.depth, via=job.via,
                               html_bytes=len(html), known=known)
        snap, facts = self._extract(snap, html)
        self.served.add(job.url)
        self._record(job, snap)
        self._follow(snap, facts)
        return True, None

    def _learn(self, rendered: PageSnapshot, page: static.StaticPage, html: str) -> None:
        """Compare a rendered page with its served HTML: one more sample of its template, or proof
        that the template needs the browser."""
        facts = self.templates.setdefault(page.template, static.TemplateFacts())
        if facts.proved or facts.dynamic:
            return  # a page that links another site: rendered each time (its links' looks are its own)
        try:
            served_entries = extract.extract_entries(html, rendered.final_url, today=self.opt.as_of,
                                                     selectors=self.site.selectors)
        except Exception:
            served_entries = []
        why = static.differences(rendered, page, rendered.entries, served_entries, self.scope)
        if why:
            facts.dynamic = why
            log.info("%s: pages like %s are rendered: %s", self.site.id, rendered.requested_url, why)
        else:
            facts.learn(rendered, page, self.scope)

    def _record(self, job: _Job, snap: PageSnapshot, *, journal: bool = True) -> None:
        depth = self.depth_of.get(job.url, job.depth)  # it may have moved up while it was visited
        if snap.depth != depth:
            snap = replace(snap, depth=depth)
        self.pages[job.url] = snap
        if snap.final_url != job.url:
            self.seen.add(snap.final_url)
        if journal:
            self.on_page(snap)
        self.progress("page", {"site": self.site.id, "url": job.url, "status": snap.status,
                               "done": len(self.pages), "queued": len(self.waiting)})

    def _wants(self, family: str) -> bool:
        return not self.opt.checks or any(c.split(".")[0] == family for c in self.opt.checks)

    def _extract(self, snap: PageSnapshot, html: str) -> tuple[PageSnapshot, dict[str, Any]]:
        """Dated list entries and pagination from the rendered HTML (pure extractors)."""
        if not html:
            return snap, {}
        sel = self.site.selectors
        try:
            entries = extract.extract_entries(html, snap.final_url, today=self.opt.as_of, selectors=sel)
            nxt = extract.pagination_links(html, snap.final_url)
        except Exception:  # hostile markup must not stop the crawl
            log.exception("extraction failed on %s", snap.final_url)
            entries, nxt = [], []
        facts: dict[str, Any] = {"next_pages": nxt, "html": html if snap.depth == 0 else ""}
        return replace(snap, entries=tuple(entries), next_pages=tuple(nxt)), facts

    def _discover(self, snap: PageSnapshot, facts: dict[str, Any]) -> None:
        """Columns from the homepage's navigation; configured ones keep their config."""
        html = facts.get("html", "")
        if not html:
            return
        self.home_html = html
        # whether this site keeps to its folder of a shared host: before its links are followed
        self.fence.learn_homepage(link.href for link in snap.links)
        try:
            found = extract.discover_columns(html, snap.final_url, self.scope, selectors=self.site.selectors,
                                             ignore=self.site.ignore_columns, frames=facts.get("frames", ()))
        except Exception:
            log.exception("column discovery failed on %s", snap.final_url)
            return
        known = {column_key(u): u for u in self.columns}
        for col in found:
            same = known.get(column_key(col.url))
            if same is not None:  # a configured column (perhaps written as .../index.html or without its /)
                name, level, _ = self.columns[same]
                self.columns[same] = (name, level, True)
            elif page_key(col.url) != page_key(self.site.url) and not self.fence.outside(col.url):
                self.columns[col.url] = (col.name, col.level, True)
                known[column_key(col.url)] = col.url
        # a site configured without columns whose navigation bar has no dropdowns names only its
        # sections (新闻中心, 政务公开); each section's page lists its columns (_discover_section)
        self.flat_nav = not self.site.columns and bool(found) and all(c.level == 1 for c in found)

    def _discover_section(self, snap: PageSnapshot, html: str) -> None:
        """Columns from a section's page: its own menu's links into folders under it, one level down."""
        try:
            found = extract.section_columns(html, snap.final_url, self.scope, 1, ignore=self.site.ignore_columns)
        except Exception:
            log.exception("column discovery failed on %s", snap.final_url)
            return
        known = {column_key(u) for u in self.columns} | {column_key(self.site.url)}
        for col in found:
            if column_key(col.url) not in known and not self.fence.outside(col.url):
                self.columns[col.url] = (col.name, col.level, True)
                known.add(column_key(col.url))

    async def _render_content(self, page: Page, html: str, entries: Iterable[ListEntry]) -> RenderFacts | None:
        """Photograph a column's list area and measure what a reader sees in it (空白栏目).

        The area is the union of its visible descendants (a list of floated rows has a zero-height
        container and is not blank; a list hidden with display:none has nothing visible and is).
        Besides the pixels, its text is measured: characters, the longest line (a single-page
        column has paragraphs, an empty list only short labels) and links that are not pagers; and
        what a landing page or a page of portraits shows instead of a list: the pages it links (its
        sub-columns) and the pictures in it.
        """
        selector = self.site.selectors.content or extract.content_selector(html, list(entries))
        if not selector:
            return None
        try:
            handle = await page.query_selector(selector)
            if handle is None:
                return None
            facts = await asyncio.wait_for(handle.evaluate(_AREA_JS), 5)
            measures: dict[str, Any] = {
                "text_chars": facts["chars"], "longest_line": facts["longest"], "links": facts["links"],
                "targets": tuple(u for u in (normalise(t) for t in facts["targets"]) if u),
                "pictures": tuple(normalise(p) or p for p in facts["pictures"]), "table_rows": facts["tableRows"],
                "write_boxes": facts["writeBoxes"]}
            if facts["box"] is None:  # nothing visible in the area at all
                return RenderFacts(box=None, blank=True, edge_density=0.0, ink_ratio=0.0, **measures)
            b = facts["box"]
            clip: Clip = {"x": b["x"], "y": b["y"], "width": min(b["width"], 4000), "height": min(b["height"], 8000)}
            png = await page.screenshot(clip=clip, full_page=True, timeout=10000, animations="disabled")
        except Exception:  # the element vanished or cannot be captured: no verdict
            log.debug("content capture failed on %s (%s)", page.url, selector)
            return None
        try:
            rf = await asyncio.to_thread(vision.region_facts, png)
        except ValueError:  # a capture gone wrong is no verdict on the column
            return None
        return replace(rf, box=Box(b["x"], b["y"], b["width"], b["height"]), **measures)

    # --- after the crawl -----------------------------------------------------------------

    async def _assemble(self, ctx: BrowserContext) -> SiteSnapshot:
        snapshot = SiteSnapshot(site=self.site.id, homepage_url=self.site.url, as_of=self.opt.as_of,
                                checks=self.opt.checks)
        snapshot.homepage = self.pages.get(self.site.url)
        t = time.monotonic()
        if self._wants("link") or self._wants("site") or self._wants("column"):
            snapshot.link_checks = await self._check_links()
        self.timings["links_s"] = round(time.monotonic() - t, 1)
        t = time.monotonic()
        if self._wants("image"):
            await self._analyse_images()
            if self.served:
                await self._render_doubtful(ctx)
        self.timings["images_s"] = round(time.monotonic() - t, 1)
        t = time.monotonic()
        if self._wants("privacy") or self._wants("text"):
            snapshot.attachments = await self._read_attachments()
        self.timings["attachments_s"] = round(time.monotonic() - t, 1)
        snapshot.pages = sorted(self.pages.values(), key=lambda p: (p.depth, p.requested_url))
        snapshot.columns = self._columns()
        snapshot.complete = self.complete and not self.stop.is_set()
        self.timings["rendered"] = self.rendered
        self.timings["served"] = len(self.served)
        dynamic = sum(1 for t in self.templates.values() if t.dynamic)
        log.info("%s: %d pages rendered, %d read from their HTML; %d templates, %d of them need the browser; "
                 "rendered because: %s", self.site.id, self.rendered, len(self.served), len(self.templates), dynamic,
                 self.render_reasons)
        return snapshot

    async def _check_links(self) -> dict[str, LinkCheck]:
        """Crawled pages answer for themselves; every other target goes to the HTTP pool."""
        checks: dict[str, LinkCheck] = {}
        for snap in self.pages.values():
            checks[snap.requested_url] = LinkCheck(
                url=snap.requested_url, status=snap.status, error=snap.error, error_detail=snap.error_detail,
                response_ms=snap.response_ms, final_url=snap.final_url, attempts=snap.attempts, method="GET",
            )
        targets: list[str] = []
        for snap in self.pages.values():
            for link in snap.links:
                target = link.href
                if not link.href:
                    if link.raw_href.strip().lower().startswith(("javascript:", "mailto:", "tel:", "#", "sms:")):
                        continue
                    if not link.raw_href.strip() or "://" not in link.raw_href and not link.raw_href.startswith("//"):
                        continue
                    target = link.raw_href.strip()
                if target not in checks:
                    targets.append(target)
        targets = list(dict.fromkeys(targets))
        self.progress("links", {"site": self.site.id, "count": len(targets)})
        results = await self.links.check_many(targets)
        # a crawled page that failed in the browser for a passing reason (no answer, 5xx, 429) is
        # re-probed over HTTP before it counts
        failed = [u for u, c in checks.items()
                  if c.broken and (c.error is not None or c.status in TRANSIENT_STATUS)]
        if failed:
            results.update(await self.links.check_many(failed))
        checks.update(results)
        return checks

    async def _read_attachments(self) -> list[AttachmentText]:
        """The text of each document the site links (.xls/.xlsx/.doc/.docx/.pdf/.csv), fetched once over
        the HTTP pool, for the privacy and wrong-word rules. Only documents in the site's scope."""
        from robot.content.attachments import is_attachment

        found: dict[str, tuple[str, str]] = {}  # url → (page, link text)
        for snap in sorted(self.pages.values(), key=lambda p: (p.depth, p.requested_url)):
            for link in snap.links:
                url = link.href
                if url and url not in found and is_attachment(url) and in_scope(url, self.scope):
                    found[url] = (snap.final_url or snap.requested_url, link.text)
        urls = list(found)[:MAX_ATTACHMENTS]
        if len(found) > MAX_ATTACHMENTS:
            log.warning("%s: %d attachments, reading the first %d", self.site.id, len(found), MAX_ATTACHMENTS)
        out: dict[str, AttachmentText] = {}

        async def one(url: str) -> None:
            page, text = found[url]
            if is_private_host(url) and not self.private_ok:
                return
            out[url] = await read_attachment(self.links, url, page, text)

        if urls:
            self.progress("attachments", {"site": self.site.id, "count": len(urls)})
        await asyncio.gather(*(one(u) for u in urls))
        return [out[u] for u in urls if u in out]

    async def _render_doubtful(self, ctx: BrowserContext) -> None:
        """Render the pages read from their HTML with a picture that loads but looks like a
        placeholder or a blank box: whether it is drawn, and how big, decide whether it is a finding
        (a uniform spacer is decoration). A picture that does not load is a finding however it is
        drawn, so it needs no renderer."""
        # a picture the renderer already left undrawn on a sample of the page's template would be
        # left undrawn again: rendering each page that carries it (a site-wide flat banner) tells nothing
        undrawn = {key for facts in self.templates.values() for key, img in facts.images.items() if img.box is None}
        doubtful = [url for url in sorted(self.served) if any(
            img.box is None and img.visual in ("placeholder", "blank") and (img.src, img.selector) not in undrawn
            for img in self.pages[url].images)]
        if not doubtful:
            return
        self.progress("render", {"site": self.site.id, "count": len(doubtful)})
        page: Page | None = None
        try:
            for url in doubtful:
                if self.stop.is_set():
                    break
                old = self.pages[url]
                page = await ready_page(ctx, page)
                async with shared_slot(url, self.defaults.per_host_concurrency):
                    result = await visit(page, url, site=self.site.id, timeout_s=self.defaults.timeout_s,
                                         depth=old.depth, via=old.via, images=self.browser.settings.images)
                if not result.healthy:
                    await close_page(page, stuck=result.stuck)
                    page = None
                if not result.snapshot.ok:  # it answered the HTTP path: keep that reading
                    continue
                snap, _facts = self._extract(result.snapshot, result.html)
                snap = replace(snap, response_ms=old.response_ms)  # measured once, on the first visit
                self.pages[url] = snap
                self.served.discard(url)
                self.rendered += 1
                self.on_page(snap)
        finally:
            if page is not None:
                await close_page(page)
        await self._analyse_images(only=doubtful)

    async def _analyse_images(self, only: Iterable[str] | None = None) -> None:
        """Fetch each unique loaded image once and classify it (placeholder, blank box)."""
        refs = self.opt.refs
        unique: dict[str, None] = {}
        urls = set(only) if only is not None else None
        for url, snap in self.pages.items():
            if urls is not None and url not in urls:
                continue
            for img in snap.images:
                if img.src.startswith(("http://", "https://")) and (img.loaded or not img.complete):
                    unique[img.src] = None
        verdicts = self._verdicts
        unique = {u: None for u in unique if u not in verdicts}

        async def one(src: str) -> None:
            if is_private_host(src) and not self.private_ok:
                return
            status, body = await self.links.fetch_bytes(src)
            if status is None or status >= 400:
                verdicts[src] = ("undecodable", f"HTTP {status}" if status else "no answer", False, (0, 0))
                return
            verdict, detail = await asyncio.to_thread(vision.classify_image, body, refs)
            verdicts[src] = (verdict, detail, verdict != "undecodable", _image_size(body))

        await asyncio.gather(*(one(u) for u in unique))
        for url, snap in list(self.pages.items()):
            if not snap.images or (urls is not None and url not in urls):
                continue
            images = []
            for img in snap.images:
                v = verdicts.get(img.src)
                if v is not None:
                    if img.complete:  # the renderer's own verdict on loading stands
                        img = replace(img, visual=v[0], visual_detail=v[1])
                    else:  # not loaded by the renderer: the HTTP fetch and decoding decide
                        img = replace(img, visual=v[0], visual_detail=v[1], loaded=v[2], complete=True,
                                      natural_width=v[3][0], natural_height=v[3][1])
                images.append(img)
            self.pages[url] = replace(snap, images=tuple(images))

    def _columns(self) -> list[ColumnSnapshot]:
        linked: set[str] = set()
        for page in self.pages.values():
            linked.update(column_key(link.href) for link in page.links if link.href)
        configured = {self.site.absolute(c.url): c for c in self.site.columns}
        # a column is known by its URL and by where that URL lands: a configured column and a
        # menu's that are one page (the server redirects one to the other) are one column, the
        # configured one, in the menu
        keys: dict[str, set[str]] = {}
        for url in self.columns:
            snap = self.pages.get(url)
            keys[url] = {column_key(url)} | ({column_key(snap.final_url)} if snap is not None and snap.final_url else set())
        owner = {k: url for url in self.columns if url in configured for k in keys[url]}
        merged: dict[str, str] = {}  # a discovered column's URL → the configured column it is
        for url in self.columns:
            same = next((owner[k] for k in keys[url] if k in owner), None)
            if url not in configured and same is not None:
                merged[url] = same
        out: list[ColumnSnapshot] = []
        for url, (name, level, in_nav) in self.columns.items():
            if url in merged:
                continue
            in_nav = in_nav or any(self.columns[u][2] for u, same in merged.items() if same == url)
            cfg = configured.get(url)
            if cfg is None and (extract.is_channel_name(name) or name in self.site.ignore_columns):
                continue
            first = self.pages.get(url)
            if first is None:
                continue  # not reached (max_pages): no verdict either way
            entries = list(first.entries)
            pages = [url]
            todo = list(first.next_pages)
            while todo and len(pages) < self.defaults.max_list_pages:
                nxt = todo.pop(0)
                if nxt in pages:
                    continue
                snap = self.pages.get(nxt)
                if snap is None or not snap.ok:
                    continue
                pages.append(nxt)
                entries.extend(snap.entries)
                todo.extend(p for p in snap.next_pages if p not in pages)
            category = (cfg.category if cfg and cfg.category else None) or extract.infer_category(name)
            out.append(ColumnSnapshot(
                name=name, url=url, category=category, configured=cfg is not None, in_nav=in_nav,
                linked=bool(keys[url] & linked), level=level, reachable=first.ok, status=first.status, error=first.error,
                entries=tuple(_dedupe(entries)), pages=tuple(pages), content=first.content,
            ))
        return out


async def read_attachment(links: LinkChecker, url: str, found_on: str, link_text: str) -> AttachmentText:
    """One linked document fetched over the HTTP pool (bounded) and its text extracted, never raising."""
    from robot.content.attachments import attachment_text

    status, body = await links.fetch_bytes(url, max_bytes=MAX_ATTACHMENT_BYTES + 1)
    if status is None or status >= 400:
        return AttachmentText(url=url, found_on=found_on, link_text=link_text,
                              error=f"HTTP {status}" if status else "no answer")
    if len(body) > MAX_ATTACHMENT_BYTES:
        return AttachmentText(url=url, found_on=found_on, link_text=link_text, bytes=len(body), error="too large")
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    content, error = await asyncio.to_thread(attachment_text, body, name)
    return AttachmentText(url=url, found_on=found_on, link_text=link_text, bytes=len(body), text=content,
                          error=error)


def _dedupe(entries: list[Any]) -> list[Any]:
    seen: set[tuple[str, str]] = set()
    out = []
    for e in entries:
        key = (e.url, e.title)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _image_size(body: bytes) -> tuple[int, int]:
    """Natural size from the image header (no full decode); (0, 0) when unreadable."""
    from io import BytesIO

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(body)) as im:
            return int(im.width), int(im.height)
    except (UnidentifiedImageError, OSError, ValueError):
        return 0, 0

"""Channel probes: walk a site's interaction channels with the browser, like a citizen would.

* message board (领导信箱, 网上留言 …): the list pages (pagination included), each letter's sent and
  reply dates (from the list, else from its page), working days to the reply by the State
  Council calendar, and whether there is a working way to write (我要写信 form with a submit);
* application (依申请公开): the online form or the downloadable 申请表, its fields by their labels,
  filled with test data; submitted only where the site sets ``allow_submit: true``;
* guide (信息公开指南): the receiving unit, address, phones, fax, e-mail and ways to apply.

The parsing is pure (``robot.channels.board``, ``form``, ``guide``); this module only drives the
browser and assembles a :class:`~robot.snapshots.ChannelSnapshot`. The rules that judge it are
in ``robot.rules.channels``. Nothing here raises for a site's trouble: a channel that cannot be
opened is a snapshot with ``available=False``.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from playwright.async_api import APIResponse, BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from robot.channels import board, form, guide
from robot.content.privacy import mask_personal
from robot.findings import Finding
from robot.gather import extract
from robot.gather.browser import Visit, close_page, ready_page, visit
from robot.snapshots import ChannelSnapshot, ColumnSnapshot, FormFacts, Message, NetError, SiteSnapshot
from robot.urls import in_scope, normalise, page_key
from robot.waits import pause
from robot.workdays import CalendarError, WorkCalendar

log = logging.getLogger(__name__)

KINDS = ("message_board", "application", "guide")
MAX_LETTERS = 300  # letters read per board and run (newest pages first)
MAX_BOARD_PAGES = 20  # list pages walked per board
DOC_SUFFIXES = (".doc", ".docx", ".pdf", ".wps")
MAX_DOC_BYTES = 20 * 1024 * 1024
SETTLE_S = 5.0  # the longest wait for one page's late content (a list filled from JSON)
SETTLE_BUDGET_S = 15.0  # the most such waiting per channel
_OUTER_HTML = "document.documentElement ? document.documentElement.outerHTML : ''"

Progress = Callable[[str, dict[str, Any]], None]


@dataclass
class ProbeOptions:
    as_of: date
    timeout_s: float = 15.0
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    allow_submit: bool = False
    max_letters: int = MAX_LETTERS
    max_pages: int = MAX_BOARD_PAGES
    concurrency: int = 2
    progress: Progress | None = None


@dataclass
class ProbeOutcome:
    """What a probe step gives a scenario: the channel's snapshot and the findings it raises."""

    snapshot: ChannelSnapshot | ColumnSnapshot
    findings: list[Finding]
    problems: list[str] = field(default_factory=list)  # e.g. a year missing from the calendar


def replied_state(text: str) -> bool:
    """The site says the letter was answered (已回复, 已办结 …) even where it gives no date."""
    t = text.replace(" ", "")
    if not t or any(w in t for w in ("未", "待", "中", "暂无", "尚未")):
        return False
    return any(w in t for w in ("已回复", "已答复", "已办结", "已处理", "已反馈", "办结", "已完成", "不予受理", "已解决",
                                "已结案"))


def count_workdays(messages: Iterable[Message], calendar: WorkCalendar, as_of: date) -> tuple[list[Message], list[str]]:
    """Fill ``workdays_to_reply``: sent → reply, or sent → as_of for a letter still open.

    A letter in a year the calendar does not know keeps None, and the problem is returned (it is
    reported, never guessed)."""
    out: list[Message] = []
    problems: list[str] = []
    for m in messages:
        days: int | None = None
        if m.submitted is not None:
            end = m.replied if m.replied is not None else (None if replied_state(m.state_text) else as_of)
            if end is not None:
                try:
                    days = calendar.workdays_between(m.submitted, end)
                except CalendarError as exc:
                    if str(exc) not in problems:
                        problems.append(str(exc))
        out.append(replace(m, workdays_to_reply=days))
    return out, problems


# --- driving the browser -----------------------------------------------------------------


class _Pages:
    """A few reusable browser pages; a page that went wrong is replaced."""

    def __init__(self, ctx: BrowserContext, site: str, timeout_s: float) -> None:
        self.ctx, self.site, self.timeout_s = ctx, site, timeout_s
        self.free: list[Page] = []
        self.patience = SETTLE_BUDGET_S  # seconds left to wait for pages whose script still fetches

    async def open(self, url: str, ready: Callable[[str, str], bool] | None = None, *, poll: bool = True) -> Visit:
        """Visit ``url``. With ``ready`` (html, final url → the content is there): a page read
        before its script's request came back (a list filled from JSON after ``load``) is read
        again once the network is idle, then until it is ready (bounded) -- without ``poll`` only
        while it shows a 正在加载 placeholder."""
        page = await ready_page(self.ctx, self.free.pop() if self.free else None)
        v = await visit(page, url, site=self.site, timeout_s=self.timeout_s)
        if v.healthy and ready is not None and _opened(v) and not _safe(ready, v.html, v.snapshot.final_url):
            v = await self._settle(page, v, ready, poll)
        if v.healthy:
            self.free.append(page)
        else:
            await close_page(page, stuck=v.stuck)
        return v

    async def _settle(self, page: Page, v: Visit, ready: Callable[[str, str], bool], poll: bool) -> Visit:
        if self.patience <= 0:
            return v
        started = time.perf_counter()
        deadline = started + min(SETTLE_S, self.timeout_s, self.patience)
        try:
            try:
                await page.wait_for_load_state("networkidle", timeout=max(0.1, deadline - time.perf_counter()) * 1000)
            except (TimeoutError, PlaywrightError):
                pass
            while True:
                try:
                    html = await asyncio.wait_for(page.evaluate(_OUTER_HTML), 3)
                except (TimeoutError, PlaywrightError):
                    return v
                if isinstance(html, str) and html:
                    v = replace(v, html=html)
                if _safe(ready, v.html, v.snapshot.final_url) or time.perf_counter() >= deadline:
                    return v
                if not poll and not _safe(board.still_loading, v.html):
                    return v  # nothing says more is coming
                await pause(0.25, reason="a list filled by script after load: read it again")
        finally:
            self.patience -= time.perf_counter() - started

    async def close(self) -> None:
        for p in self.free:
            await close_page(p)
        self.free.clear()


def _failed(kind: str, site: str, url: str, v: Visit | None, configured: bool, detail: str = "") -> ChannelSnapshot:
    s = v.snapshot if v is not None else None
    return ChannelSnapshot(
        site=site, kind=kind, url=url, available=False, configured=configured,
        status=s.status if s else None, error=s.error if s else None,
        error_detail=detail or (s.error_detail if s else "") or _describe(v), response_ms=s.response_ms if s else None,
        load_ms=s.load_ms if s else None, title=s.title if s else "",
    )


def _describe(v: Visit | None) -> str:
    if v is None:
        return "未访问"
    s = v.snapshot
    if s.error is not None:
        return {NetError.TIMEOUT: "打开超时", NetError.DNS: "域名无法解析", NetError.REFUSED: "连接被拒绝"}.get(
            s.error, f"无法打开（{s.error.value}）")
    if s.status is not None and s.status >= 400:
        return f"页面返回 {s.status}"
    if not v.html:
        return "页面没有内容"
    return ""


def _opened(v: Visit) -> bool:
    s = v.snapshot
    return s.error is None and s.status is not None and s.status < 400 and bool(v.html) and bool(s.text.strip())


async def probe_board(ctx: BrowserContext, site_id: str, url: str, opt: ProbeOptions, *,
                      configured: bool = True, scope: list[str] | None = None) -> tuple[ChannelSnapshot, list[str]]:
    """Walk a message board: list pages, letters, the write form."""
    pages = _Pages(ctx, site_id, opt.timeout_s)

    def list_ready(html: str, final_url: str) -> bool:
        return bool(board.parse_board_list(html, final_url, today=opt.as_of).letters) and not board.still_loading(html)

    try:
        first = await pages.open(url, list_ready)
        if not _opened(first):
            return _failed("message_board", site_id, url, first, configured), []
        rows: dict[str, board.LetterRow] = {}
        order: list[str] = []
        walked: list[str] = []
        write_links: list[tuple[str, str]] = []
        todo = [url]
        visits = {url: first}
        complete = True
        while todo:
            list_url = todo.pop(0)
            if page_key(list_url) in {page_key(w) for w in walked}:  # .../ and .../index.html are one page
                continue
            if len(walked) >= opt.max_pages:
                complete = False
                break
            v = visits.pop(list_url, None) or await pages.open(list_url, list_ready)
            walked.append(list_url)
            if not _opened(v):
                continue
            try:
                parsed = board.parse_board_list(v.html, v.snapshot.final_url, today=opt.as_of)
                nxt = board.board_pagination(v.html, v.snapshot.final_url)
            except Exception:  # hostile markup must not stop the probe
                log.exception("board list parsing failed on %s", list_url)
                continue
            for row in parsed.letters:
                key = page_key(row.url) if row.url else f"{list_url}#{row.title}"
                if key not in rows:
                    rows[key] = row
                    order.append(key)
            write_links.extend(parsed.write_links)
            known = {page_key(u) for u in walked + todo}
            for n in list(parsed.next_pages) + list(nxt):
                if page_key(n) not in known and (not scope or in_scope(n, scope)):
                    known.add(page_key(n))
                    todo.append(n)
            if len(order) >= opt.max_letters:
                complete = False
                break
        if opt.progress:
            opt.progress("message", {"text": f"{site_id}: 留言板 {len(walked)} 页，{len(order)} 封来信"})
        letters = await _read_letters(pages, [rows[k] for k in order[: opt.max_letters]], opt)
        messages, problems = count_workdays(letters, opt.calendar, opt.as_of)
        write_url, write_ok, write_problem = await _check_writing(pages, write_links, first, opt)
        s = first.snapshot
        snap = ChannelSnapshot(
            site=site_id, kind="message_board", url=url, available=True, configured=configured, status=s.status,
            response_ms=s.response_ms, load_ms=s.load_ms, title=s.title, messages=tuple(messages),
            list_pages=tuple(walked), write_url=write_url, write_ok=write_ok, write_problem=write_problem,
            complete=complete,
        )
        return snap, problems
    finally:
        await pages.close()


async def _read_letters(pages: _Pages, rows: list[board.LetterRow], opt: ProbeOptions) -> list[Message]:
    """Each letter's page where the list lacks a date (or says answered without the date)."""
    out: list[Message | None] = [None] * len(rows)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i, row in enumerate(rows):
        complete = row.submitted is not None and (
            row.replied is not None or (row.state_text and not replied_state(row.state_text)))
        if complete or not row.url:
            out[i] = board.merge_letter(row, None)
        else:
            queue.put_nowait(i)

    def letter_ready(html: str, final_url: str) -> bool:
        return (board.parse_letter_detail(html, final_url, today=opt.as_of).submitted is not None
                and not board.still_loading(html))

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            row = rows[i]
            detail = None
            v = await pages.open(row.url, letter_ready, poll=False)
            if _opened(v):
                try:
                    detail = board.parse_letter_detail(v.html, v.snapshot.final_url, today=opt.as_of)
                except Exception:
                    log.exception("letter parsing failed on %s", row.url)
            out[i] = board.merge_letter(row, detail)

    await asyncio.gather(*(worker() for _ in range(max(1, opt.concurrency))))
    return [m for m in out if m is not None]


async def _check_writing(pages: _Pages, links: list[tuple[str, str]], first: Visit,
                         opt: ProbeOptions) -> tuple[str, bool, str]:
    """Is there a working way to write? The first 我要写信-like link that opens a form with a submit."""
    seen: list[str] = []
    for _text, href in links:
        if href and href not in seen:
            seen.append(href)
    # the board page itself may carry the form
    here = board.check_write_form(first.html, first.snapshot.final_url)
    if here.found and here.submit and not seen:
        return first.snapshot.final_url, True, ""
    if not seen:
        if here.found:
            return first.snapshot.final_url, False, here.problem or "留言表单没有可用的提交按钮"
        return "", False, "没有“我要写信/我要留言”入口"
    problem = ""
    for href in seen[:3]:
        v = await pages.open(href)
        if not _opened(v):
            problem = f"写信页面无法打开：{_describe(v)}"
            continue
        wf = board.check_write_form(v.html, v.snapshot.final_url)
        if wf.found and wf.submit and not wf.problem:
            return href, True, ""
        problem = wf.problem or "写信页面没有留言表单"
    return seen[0], False, problem


# --- 依申请公开 ------------------------------------------------------------------------------


async def probe_application(ctx: BrowserContext, site_id: str, url: str, opt: ProbeOptions, *,
                            configured: bool = True) -> ChannelSnapshot:
    """Find the form (online, else a downloadable 申请表), read its fields, fill it; submit only if allowed."""
    page = await ready_page(ctx, None)
    try:
        v = await visit(page, url, site=site_id, timeout_s=opt.timeout_s)
        if not _opened(v):
            return _failed("application", site_id, url, v, configured)
        s = v.snapshot
        facts: FormFacts | None = None
        problem = ""
        fields = _safe(form.form_fields_from_html, v.html, s.final_url) or []
        form_url = s.final_url
        if not _is_form(fields):
            candidates = _safe(form.application_links, v.html, s.final_url) or []
            fields = []
            for _text, href in candidates:
                if _is_document(href):
                    facts = await _document_form(ctx, href, opt)
                    if facts is not None and facts.fields:
                        break
                    continue
                if not v.healthy:
                    await close_page(page, stuck=v.stuck)
                page = await ready_page(ctx, page if v.healthy else None)
                v = await visit(page, href, site=site_id, timeout_s=opt.timeout_s)
                if not _opened(v):
                    problem = f"在线申请页面无法打开：{_describe(v)}"
                    continue
                fields = _safe(form.form_fields_from_html, v.html, v.snapshot.final_url) or []
                if _is_form(fields):
                    form_url = v.snapshot.final_url
                    break
                fields = []
            if not fields and facts is None:
                return replace(_failed("application", site_id, url, None, configured,
                                       problem or "没有找到在线申请表或可下载的申请表"),
                               available=True, status=s.status, response_ms=s.response_ms, title=s.title)
        if facts is None:
            facts = await _fill_online(page, form_url, fields, opt)
        snap = ChannelSnapshot(site=site_id, kind="application", url=url, available=True, configured=configured,
                               status=s.status, response_ms=s.response_ms, load_ms=s.load_ms, title=s.title,
                               form=facts)
        return snap
    finally:
        await close_page(page)


def _is_form(fields: list[Any]) -> bool:
    return len([f for f in fields if f.kind not in ("file",)]) >= 2


def _is_document(href: str) -> bool:
    path = href.split("?", 1)[0].lower()
    return path.endswith(DOC_SUFFIXES)


def _safe(func: Callable[..., Any], *args: Any) -> Any:
    try:
        return func(*args)
    except Exception:  # the parsers promise not to raise; a slip must not stop a run
        log.exception("%s failed", getattr(func, "__name__", func))
        return None


async def _document_form(ctx: BrowserContext, href: str, opt: ProbeOptions) -> FormFacts | None:
    """A downloadable 申请表 (.doc/.docx/.pdf): its fields from the document's text and tables."""
    try:
        resp = await _download(ctx, href, opt)
    except PlaywrightError as exc:
        return FormFacts(url=href, source="doc", problem=f"申请表无法下载：{str(exc).splitlines()[0][:120]}")
    if resp.status >= 400:
        return FormFacts(url=href, source="doc", problem=f"申请表下载返回 {resp.status}")
    body = await resp.body()
    if len(body) > MAX_DOC_BYTES:
        return FormFacts(url=href, source="doc", problem="申请表文件过大")
    name = href.split("?", 1)[0].rsplit("/", 1)[-1]
    parsed = _safe(form.form_fields_from_document, body, name)
    if not parsed:
        return FormFacts(url=href, source="doc", problem="申请表无法读取")
    source, fields, _text = parsed
    if not fields:
        return FormFacts(url=href, source=source, problem="申请表中没有可填写的栏目")
    return FormFacts(url=href, source=source, fields=tuple(fields), missing=form.missing_elements(fields),
                     fillable=True)


async def _download(ctx: BrowserContext, href: str, opt: ProbeOptions) -> APIResponse:
    """GET a document with the context's request client, as the browser would.

    The browser sends a user agent with Chinese in it (the default names 政务公开巡检) as its
    UTF-8 bytes, but the request client refuses any header value outside Latin-1 before sending
    anything. Such a user agent is sent as those same bytes, spelled as Latin-1 characters."""
    return await ctx.request.get(href, timeout=opt.timeout_s * 1000, max_redirects=5,
                                 headers=await request_headers(ctx))


async def request_headers(ctx: BrowserContext) -> dict[str, str] | None:
    """Headers for ``ctx.request``: the browser's user agent made safe for a header
    (:func:`header_safe`); None when it is safe already."""
    ua = await _browser_user_agent(ctx)
    return {"User-Agent": header_safe(ua)} if ua and header_safe(ua) != ua else None


def header_safe(value: str) -> str:
    """``value`` as an HTTP header value the request client accepts: its UTF-8 bytes, one Latin-1
    character each (what goes on the wire is what Chromium sends); control characters dropped."""
    return "".join(c for c in value.encode("utf-8").decode("latin-1") if c == "\t" or not (
        ord(c) < 0x20 or ord(c) == 0x7F))


_USER_AGENTS: weakref.WeakKeyDictionary[BrowserContext, str] = weakref.WeakKeyDictionary()


async def _browser_user_agent(ctx: BrowserContext) -> str:
    """The context's user agent as a blank page of it reports it (no site's script can change it
    there); '' when no page answers. Asked once per context."""
    known = _USER_AGENTS.get(ctx)
    if known is not None:
        return known
    page: Page | None = None
    try:
        page = await asyncio.wait_for(ctx.new_page(), 5)
        ua = str(await asyncio.wait_for(page.evaluate("navigator.userAgent"), 3))
    except (TimeoutError, PlaywrightError):
        return ""
    finally:
        if page is not None:
            await close_page(page)
    _USER_AGENTS[ctx] = ua
    return ua


def _locator_for(page: Page, f: Any) -> Any:
    if f.name:
        return page.locator(f'[name="{f.name}"], [id="{f.name}"]').first
    return page.get_by_label(f.label).first


async def _fill_online(page: Page, form_url: str, fields: list[Any], opt: ProbeOptions) -> FormFacts:
    """Fill every field with visible test data; submit only where allowed, timing the round trip."""
    missing = form.missing_elements(fields)
    submit_sel = _safe(form.find_submit_control, await page.content()) if not page.is_closed() else None
    filled_all = True
    problem = ""
    for f in fields:
        if f.kind in ("file", "table-cell"):  # an upload, or text the form prints (a fixed 受理机关)
            continue
        try:
            loc = _locator_for(page, f)
            value = form.test_value(f)
            if f.kind == "select":
                if value:
                    await loc.select_option(label=value, timeout=3000)
            elif f.kind in ("radio", "checkbox"):
                await loc.check(timeout=3000)
            else:
                await loc.fill(value, timeout=3000)
        except (PlaywrightError, TimeoutError) as exc:
            filled_all = False
            problem = problem or f"“{f.label}”无法填写：{str(exc).splitlines()[0][:80]}"
    facts = FormFacts(url=form_url, source="html", fields=tuple(fields), missing=missing, fillable=filled_all,
                      submit_control=submit_sel is not None, problem=problem)
    if not opt.allow_submit or submit_sel is None or not filled_all:
        return facts
    t = time.perf_counter()
    try:
        async with page.expect_navigation(timeout=opt.timeout_s * 1000) as nav:
            await page.click(submit_sel, timeout=3000)
        resp = await nav.value
        ms = int((time.perf_counter() - t) * 1000)
        text = (await page.inner_text("body", timeout=3000))[:300]
        return replace(facts, submitted=True, submit_status=resp.status if resp else None, submit_ms=ms,
                       receipt_text=" ".join(text.split()))
    except (PlaywrightError, TimeoutError) as exc:
        return replace(facts, submitted=True, problem=f"提交后没有回执：{str(exc).splitlines()[0][:80]}")


# --- 信息公开指南 ----------------------------------------------------------------------------


async def probe_guide(ctx: BrowserContext, site_id: str, url: str, opt: ProbeOptions, *,
                      configured: bool = True) -> ChannelSnapshot:
    """Read the guide; where the page only links to it (a list, a PDF), follow that link once."""
    pages = _Pages(ctx, site_id, opt.timeout_s)
    try:
        v = await pages.open(url)
        if not _opened(v):
            return _failed("guide", site_id, url, v, configured)
        s = v.snapshot
        facts = _safe(guide.parse_guide, v.html, s.final_url)
        if facts is None or (not facts.unit and not facts.phones and not facts.address):
            for link in s.links:
                if "指南" not in link.text or not link.href or page_key(link.href) == page_key(s.final_url):
                    continue
                if _is_document(link.href):
                    text = await _document_text(ctx, link.href, opt)
                    if text:
                        facts = _safe(guide.parse_guide, text, link.href) or facts
                else:
                    v2 = await pages.open(link.href)
                    if _opened(v2):
                        facts = _safe(guide.parse_guide, v2.html, v2.snapshot.final_url) or facts
                if facts is not None and (facts.unit or facts.phones or facts.address):
                    break
        return ChannelSnapshot(site=site_id, kind="guide", url=url, available=True, configured=configured,
                               status=s.status, response_ms=s.response_ms, load_ms=s.load_ms, title=s.title,
                               guide=facts)
    finally:
        await pages.close()


async def _document_text(ctx: BrowserContext, href: str, opt: ProbeOptions) -> str:
    try:
        resp = await _download(ctx, href, opt)
        if resp.status >= 400:
            return ""
        body = await resp.body()
    except PlaywrightError:
        return ""
    parsed = _safe(form.document_text, body[:MAX_DOC_BYTES], href.rsplit("/", 1)[-1])
    return parsed[1] if parsed else ""


# --- one entry point for runs and scenarios ----------------------------------------------


async def probe_channel(kind: str, ctx: BrowserContext, site: Any, url: str, opt: ProbeOptions, *,
                        configured: bool = True) -> tuple[ChannelSnapshot, list[str]]:
    """Probe one channel of ``site`` (a :class:`robot.config.SiteConfig`)."""
    url = normalise(url, site.url) or url
    if kind == "message_board":
        return await probe_board(ctx, site.id, url, opt, configured=configured, scope=list(site.scope))
    if kind == "application":
        return await probe_application(ctx, site.id, url, replace(opt, allow_submit=site.allow_submit),
                                       configured=configured), []
    if kind == "guide":
        return await probe_guide(ctx, site.id, url, opt, configured=configured), []
    raise ValueError(f"unknown channel kind {kind!r} (one of {', '.join(KINDS)})")


def channel_urls(site: Any, homepage_html: str) -> list[tuple[str, str, bool]]:
    """(kind, absolute url, configured) of each channel: the config's, else found by link text."""
    found: dict[str, str] = {}
    if homepage_html:
        found = _safe(board.discover_channels, homepage_html, site.url) or {}
    out = []
    for kind in KINDS:
        given = getattr(site.channels, kind, None)
        if given:
            out.append((kind, site.absolute(given), True))
        elif kind in found:
            out.append((kind, found[kind], False))
    return out


def channels_to_json(snapshots: Iterable[ChannelSnapshot]) -> list[dict[str, Any]]:
    """The result JSON's ``channels`` (contract): one entry per probed channel."""
    out = []
    for c in snapshots:
        item: dict[str, Any] = {"site": c.site, "kind": c.kind, "url": c.url, "available": c.available,
                                "response_ms": c.response_ms}
        if c.kind == "message_board":
            item["messages"] = [
                {"url": m.url, "title": mask_personal(m.title),
                 "submitted": m.submitted.isoformat() if m.submitted else None,
                 "replied": m.replied.isoformat() if m.replied else None, "state": m.state_text,
                 "workdays_to_reply": m.workdays_to_reply}
                for m in c.messages
            ]
            item["write_url"] = c.write_url
            item["write_ok"] = c.write_ok
        if c.form is not None:
            item["form"] = {"url": c.form.url, "source": c.form.source, "fields": [f.label for f in c.form.fields],
                            "missing": list(c.form.missing), "fillable": c.form.fillable,
                            "submitted": c.form.submitted, "submit_ms": c.form.submit_ms}
        if c.guide is not None:
            g = c.guide
            item["guide"] = {"url": g.url, "unit": g.unit, "address": g.address, "phones": list(g.phones),
                             "fax": g.fax, "email": g.email, "postal_address": g.postal_address,
                             "ways": list(g.ways)}
        if not c.available:
            item["problem"] = c.error_detail
        out.append(item)
    return out


def _entries(html: str, url: str, today: date, selectors: Any) -> list[Any]:
    return extract.extract_entries(html, url, today=today, selectors=selectors)


async def probe_column(ctx: BrowserContext, site: Any, url: str, opt: ProbeOptions) -> ColumnSnapshot:
    """One column as the crawl sees it: its list pages (pagination) and their dated entries."""
    url = normalise(url, site.url) or url
    cfg = next((c for c in site.columns if site.absolute(c.url) == url), None)
    pages = _Pages(ctx, site.id, opt.timeout_s)
    try:
        first = await pages.open(url)
        s = first.snapshot
        name = cfg.name if cfg else (s.title.split("_")[0].strip() or url)
        category = (cfg.category if cfg and cfg.category else None) or extract.infer_category(name)
        if not _opened(first):
            return ColumnSnapshot(name=name, url=url, category=category, configured=cfg is not None, in_nav=False,
                                  reachable=False, status=s.status, error=s.error)
        entries: list[Any] = []
        walked: list[str] = []
        todo, v = [url], first
        while todo and len(walked) < opt.max_pages:
            page_url = todo.pop(0)
            if page_url in walked:
                continue
            if page_url != url:
                v = await pages.open(page_url)
            walked.append(page_url)
            if not _opened(v):
                continue
            entries.extend(_safe(_entries, v.html, v.snapshot.final_url, opt.as_of, getattr(site, "selectors", None))
                           or [])
            todo.extend(n for n in (_safe(extract.pagination_links, v.html, v.snapshot.final_url) or [])
                        if n not in walked)
        unique = list({(e.url, e.title): e for e in entries}.values())
        return ColumnSnapshot(name=name, url=url, category=category, configured=cfg is not None, in_nav=False,
                              reachable=True, status=s.status, entries=tuple(unique), pages=tuple(walked))
    finally:
        await pages.close()


async def probe(kind: str, ctx: BrowserContext, site: Any, url: str | None = None, *, as_of: date,
                defaults: Any = None, calendar: WorkCalendar | None = None, rules: Any = None) -> ProbeOutcome:
    """A scenario's ``probe`` step: one channel (or one column), judged by its family's rules."""
    from robot.rules import RuleContext, run_rules

    family = {"message_board": "interaction", "application": "application", "guide": "guide",
              "column": "column"}.get(kind)
    if family is None:
        raise ValueError(f"unknown probe kind {kind!r} (one of {', '.join(KINDS)}, column)")
    target = url or getattr(site.channels, kind, None)
    if not target:
        raise ValueError(f"site {site.id} has no {kind} channel in its config; give the probe a url")
    opt = ProbeOptions(as_of=as_of, timeout_s=getattr(defaults, "timeout_s", 15.0),
                       calendar=calendar or WorkCalendar())
    if kind == "column":
        col = await probe_column(ctx, site, target, opt)
        site_snap = SiteSnapshot(site=site.id, homepage_url=site.url, as_of=as_of, columns=[col])
        ctx_rules = RuleContext(snapshot=site_snap, site=site, defaults=defaults, as_of=as_of)
        found = [f for f in run_rules(ctx_rules, ["column.blank", "column.overdue", "column.due_soon"])
                 if f.rule != "column.blank_many"]
        return ProbeOutcome(snapshot=col, findings=found)
    snap, problems = await probe_channel(kind, ctx, site, target, opt)
    site_snap = SiteSnapshot(site=site.id, homepage_url=site.url, as_of=as_of, channels=[snap])
    ctx_rules = RuleContext(snapshot=site_snap, site=site, defaults=defaults, as_of=as_of,
                            params={k: dict(v.model_extra or {}) for k, v in (rules or {}).items()})
    findings = list(run_rules(ctx_rules, [family]))
    return ProbeOutcome(snapshot=snap, findings=findings, problems=problems)

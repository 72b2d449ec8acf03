"""The browser layer: Debian Chromium driven by Playwright (async API).

One :func:`visit` per page produces a :class:`PageSnapshot` plus the rendered HTML for the pure
extractors. The page is waited on by conditions (DOM ready, then the load event within the
remaining budget); dialogs and popups of hostile pages are dismissed; any navigation error
retires the page (a Playwright bug makes later ``goto`` calls on it fail), so callers get a
fresh one.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from robot.snapshots import Box, ImageFact, LinkFact, NetError, PageSnapshot
from robot.urls import normalise
from robot.waits import pause

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--mute-audio",
]
MAX_TEXT = 300_000
# A list a script fills from a data request (XHR/fetch) sent before the load event has no rows
# until its answer arrives: after the load, the page is read once those requests have finished,
# waiting at most this long (a request that never finishes costs no more).
SETTLE_S = 2.5
SETTLE_POLL_S = 0.05
_DOM_JS = (Path(__file__).with_name("dom.js")).read_text(encoding="utf-8")
# Pages must not stop the robot: no dialogs, no popups, no "leave this page?" prompts. Also
# records the click handlers scripts add (see dom.js, leave-site notices).
_TAME_JS = """
window.alert = () => {}; window.confirm = () => true; window.prompt = () => null;
window.print = () => {}; window.open = () => null;
window.addEventListener('beforeunload', (e) => { e.stopImmediatePropagation(); }, true);
(() => {
  // the click handlers scripts add, by target (read by dom.js: a leave-site notice given by a
  // script file that hooks every link of the page, which it cannot read otherwise)
  const hooks = new WeakMap();
  Object.defineProperty(window, '__zwgkClickHooks', {value: hooks, enumerable: false});
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    try {
      if ((type === 'click' || type === 'mousedown') && fn) {
        const list = hooks.get(this) || [];
        const script = document.currentScript;  // the script adding it (its file, for dom.js)
        if (list.length < 20) { list.push({fn, src: (script && script.src) || ''}); hooks.set(this, list); }
      }
    } catch (e) { /* a target a WeakMap cannot hold */ }
    return add.call(this, type, fn, opts);
  };
})();
"""

# Chromium's stable network error codes (net::ERR_*), as Playwright reports them.
_NET_CODES: dict[str, NetError] = {
    "ERR_NAME_NOT_RESOLVED": NetError.DNS,
    "ERR_NAME_RESOLUTION_FAILED": NetError.DNS,
    "ERR_CONNECTION_REFUSED": NetError.REFUSED,
    "ERR_CONNECTION_RESET": NetError.RESET,
    "ERR_CONNECTION_CLOSED": NetError.RESET,
    "ERR_EMPTY_RESPONSE": NetError.RESET,
    "ERR_CONNECTION_ABORTED": NetError.RESET,
    "ERR_TIMED_OUT": NetError.TIMEOUT,
    "ERR_CONNECTION_TIMED_OUT": NetError.TIMEOUT,
    "ERR_TOO_MANY_REDIRECTS": NetError.TOO_MANY_REDIRECTS,
    "ERR_INVALID_URL": NetError.MALFORMED_URL,
    "ERR_UNSAFE_PORT": NetError.BLOCKED,
    "ERR_BLOCKED_BY_CLIENT": NetError.BLOCKED,
    "ERR_ADDRESS_UNREACHABLE": NetError.REFUSED,
    "ERR_SSL_PROTOCOL_ERROR": NetError.TLS,
    "ERR_CERT_AUTHORITY_INVALID": NetError.TLS,
    "ERR_CERT_DATE_INVALID": NetError.TLS,
    "ERR_CERT_COMMON_NAME_INVALID": NetError.TLS,
}
_NET_RE = re.compile(r"net::(ERR_[A-Z_]+)")


def classify_navigation_error(exc: BaseException) -> tuple[NetError, str]:
    """Map a failed navigation to a :class:`NetError` by Chromium's ``net::ERR_*`` code."""
    if isinstance(exc, PlaywrightTimeout | asyncio.TimeoutError):
        return NetError.TIMEOUT, "no answer within the timeout"
    m = _NET_RE.search(str(exc))
    if m:
        code = m.group(1)
        if code.startswith("ERR_CERT_"):
            return NetError.TLS, code
        return _NET_CODES.get(code, NetError.OTHER), code
    return NetError.OTHER, str(exc).splitlines()[0][:200]


def chromium_path() -> str:
    """Debian's Chromium (``ZWGK_CHROMIUM`` overrides); a clear error when it is missing."""
    for candidate in (os.environ.get("ZWGK_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    raise RuntimeError(
        "Chromium not found: install Debian's (apt-get install -y chromium fonts-noto-cjk) "
        "or set ZWGK_CHROMIUM to its path"
    )


@dataclass
class BrowserSettings:
    timeout_s: float = 15.0
    user_agent: str = ""
    viewport_width: int = 1280
    viewport_height: int = 800
    headless: bool = True
    images: bool = True  # False: the renderer loads no pictures (the HTTP pool judges them)


class BrowserSession:
    """A launched Chromium; ``new_context()`` per site, closed together."""

    def __init__(self, settings: BrowserSettings | None = None) -> None:
        self.settings = settings or BrowserSettings()
        self._pw: Playwright | None = None
        self.browser: Browser | None = None

    async def __aenter__(self) -> BrowserSession:
        self._pw = await async_playwright().start()
        args = CHROMIUM_ARGS + ([] if self.settings.images else ["--blink-settings=imagesEnabled=false"])
        self.browser = await self._pw.chromium.launch(
            executable_path=chromium_path(), args=args, headless=self.settings.headless
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if self.browser is not None:
                await asyncio.wait_for(self.browser.close(), 20)
        except (TimeoutError, PlaywrightError):
            pass
        if self._pw is not None:
            await self._pw.stop()

    async def new_context(self, **kwargs: Any) -> BrowserContext:
        assert self.browser is not None
        s = self.settings
        ctx = await self.browser.new_context(
            viewport={"width": s.viewport_width, "height": s.viewport_height},
            locale="zh-CN",
            timezone_id="Asia/Shanghai",
            user_agent=s.user_agent or None,
            ignore_https_errors=False,
            **kwargs,
        )
        ctx.set_default_timeout(s.timeout_s * 1000)
        await ctx.add_init_script(_TAME_JS)
        return ctx

    @property
    def user_agent(self) -> str:
        return self.settings.user_agent


async def new_page(ctx: BrowserContext) -> Page:
    page = await ctx.new_page()
    page.on("dialog", lambda d: asyncio.ensure_future(_quietly(d.dismiss())))
    page.on("popup", lambda p: asyncio.ensure_future(_quietly(p.close())))
    return page


async def _quietly(coro: Any) -> None:
    try:
        await coro
    except PlaywrightError:
        pass


async def close_page(page: Page, *, stuck: bool = False) -> None:
    """Close a page (bounded). A page whose script never yields has its renderer crashed first:
    otherwise the stuck process would serve the next page of the same site too."""
    if stuck:
        try:
            cdp = await page.context.new_cdp_session(page)
            await asyncio.wait_for(cdp.send("Page.crash"), 1)
        except (PlaywrightError, TimeoutError):
            pass  # the crash does not answer; it has happened
    try:
        await asyncio.wait_for(page.close(run_before_unload=False), 10)
    except (PlaywrightError, TimeoutError):
        pass


async def responsive(page: Page, within_s: float = 1.0) -> bool:
    """Whether the page's main thread still answers: a script may start an endless loop *after*
    the page was read (a timer), and the next navigation on that page would then hang."""
    try:
        await asyncio.wait_for(page.evaluate("0"), within_s)
        return True
    except (TimeoutError, PlaywrightError):
        return False


async def ready_page(ctx: BrowserContext, page: Page | None) -> Page:
    """The page to navigate next: ``page`` while it still answers, else a fresh one (a stuck
    one has its renderer crashed first)."""
    if page is not None:
        if not page.is_closed() and await responsive(page):
            return page
        await close_page(page, stuck=True)
    return await new_page(ctx)


@dataclass
class Visit:
    snapshot: PageSnapshot
    html: str  # the rendered DOM (page.content()), '' when the page failed
    healthy: bool  # False: the page must be replaced before the next navigation
    stuck: bool = False  # its script never yielded: crash the renderer when replacing it


async def visit(
    page: Page, url: str, *, site: str, timeout_s: float, depth: int = 0, via: str = "", images: bool = True
) -> Visit:
    """Navigate to ``url`` and gather its snapshot; never raises for page trouble."""
    data_requests: set[Any] = set()  # the page's XHR/fetch requests not finished yet

    def _sent(req: Any) -> None:
        if req.resource_type in ("xhr", "fetch"):
            data_requests.add(req)

    def _done(req: Any) -> None:
        data_requests.discard(req)

    page.on("request", _sent)
    page.on("requestfinished", _done)
    page.on("requestfailed", _done)
    try:
        return await _visit(page, url, site=site, timeout_s=timeout_s, depth=depth, via=via, images=images,
                            data_requests=data_requests)
    finally:
        page.remove_listener("request", _sent)
        page.remove_listener("requestfinished", _done)
        page.remove_listener("requestfailed", _done)


async def frame_documents(page: Page, *, limit: int = 8, timeout_s: float = 5.0) -> list[tuple[str, str]]:
    """The rendered documents of the page's frames, ``(url, html)`` (a column menu in an
    ``<iframe>``: its links are in no markup of the page itself); frames that cannot be read are left out."""
    out: list[tuple[str, str]] = []
    for frame in page.main_frame.child_frames[:limit]:
        url = normalise(frame.url)
        if not url:  # about:blank, a data: or javascript: frame
            continue
        try:
            html = await asyncio.wait_for(frame.content(), timeout_s)
        except (TimeoutError, PlaywrightError):
            continue
        if html:
            out.append((url, html))
    return out


async def _settle(data_requests: set[Any], within_s: float) -> None:
    """Wait (at most ``within_s``) for the page's data requests to finish, then a moment for the
    script that asked to draw their answer."""
    if not data_requests:
        return
    deadline = time.perf_counter() + max(0.0, within_s)
    while data_requests and time.perf_counter() < deadline:
        await pause(SETTLE_POLL_S, reason="the page's data requests")
    await pause(SETTLE_POLL_S, reason="the page draws its data")


async def _visit(
    page: Page, url: str, *, site: str, timeout_s: float, depth: int, via: str, images: bool,
    data_requests: set[Any],
) -> Visit:
    fetched_at = datetime.now(UTC)
    started = time.perf_counter()
    budget = timeout_s
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=budget * 1000)
    except (TimeoutError, PlaywrightError) as exc:
        err, detail = classify_navigation_error(exc)
        # a page whose previous document never yields cannot navigate: say so, so it is crashed
        stuck = err is NetError.TIMEOUT and not await responsive(page)
        elapsed = int((time.perf_counter() - started) * 1000)
        snap = PageSnapshot(
            site=site, requested_url=url, final_url=url, status=None, error=err, error_detail=detail,
            response_ms=elapsed if err is NetError.TIMEOUT else None, fetched_at=fetched_at, depth=depth, via=via,
        )
        return Visit(snap, "", healthy=False, stuck=stuck)
    status = response.status if response is not None else None
    content_type = (response.headers.get("content-type", "") if response is not None else "").lower()
    remaining = max(0.5, budget - (time.perf_counter() - started))
    load_done = True
    try:
        await page.wait_for_load_state("load", timeout=remaining * 1000)
    except (TimeoutError, PlaywrightError):
        load_done = False  # a hanging sub-resource: the page itself answered
    await _settle(data_requests, min(SETTLE_S, budget - (time.perf_counter() - started)))
    facts: dict[str, Any] | None = None
    html = ""
    stuck = False
    if status is not None and status >= 400:  # an error page: its status is what counts
        snap = PageSnapshot(site=site, requested_url=url, final_url=normalise(page.url) or url, status=status,
                            content_type=content_type, fetched_at=fetched_at, depth=depth, via=via,
                            response_ms=int((time.perf_counter() - started) * 1000))
        return Visit(snap, "", healthy=True)
    for _ in range(3):  # a page that reloads itself destroys the context: try again on the new one
        try:
            raw = await asyncio.wait_for(page.evaluate(_DOM_JS, MAX_TEXT), timeout=max(2.0, timeout_s / 2))
            facts = json.loads(raw)
            html = facts.pop("html")
            break
        except TimeoutError:
            stuck = True  # a script that never yields: keep what the HTTP answer told us
            break
        except PlaywrightError:
            try:
                await page.wait_for_load_state("domcontentloaded", timeout=2000)
            except (TimeoutError, PlaywrightError):
                break
    final_url = normalise(page.url) or url
    snap = _snapshot(site, url, final_url, status, content_type, facts, html, fetched_at, depth, via, load_done,
                     images)
    return Visit(snap, html, healthy=facts is not None and not stuck, stuck=stuck)


def _snapshot(
    site: str, url: str, final_url: str, status: int | None, content_type: str, facts: dict[str, Any] | None,
    html: str, fetched_at: datetime, depth: int, via: str, load_done: bool, images: bool = True,
) -> PageSnapshot:
    if facts is None:
        return PageSnapshot(
            site=site, requested_url=url, final_url=final_url, status=status, content_type=content_type,
            fetched_at=fetched_at, depth=depth, via=via, error_detail="page script did not yield",
        )
    t = facts.get("timing") or {}
    # request sent → first byte: excludes the browser's own work before the request (unloading the
    # previous page, a busy renderer), so it measures the server
    if t.get("response_start"):
        sent = t.get("request_start") or t["start"]
        response_ms = int(t["response_start"] - sent)
    else:
        response_ms = None
    load_ms = int(t["load_end"] - t["start"]) if load_done and t.get("load_end") else None
    size = int(t.get("encoded") or 0) or len(html.encode("utf-8"))
    links = tuple(
        LinkFact(
            href=normalise(x["href"]) if x["href"] else "",
            raw_href=x["raw_href"], text=x["text"], visible=x["visible"], hidden_reason=x["hidden_reason"],
            box=Box(**x["box"]), selector=x["selector"], in_nav=x["in_nav"], target_blank=x["target_blank"],
            onclick=x["onclick"],
        )
        for x in facts["links"]
    )
    drawn = images  # the renderer loaded pictures
    pictures = tuple(
        ImageFact(
            src=normalise(x["src"]) if x["src"] and not x["src"].startswith("data:") else x["src"][:100],
            raw_src=x["raw_src"][:500], alt=x["alt"][:200],
            # not loaded by the renderer: no verdict yet (complete=False), the HTTP pool decides
            loaded=x["loaded"] if drawn else False, complete=x["complete"] if drawn else False,
            natural_width=x["natural_width"], natural_height=x["natural_height"],
            box=Box(**x["box"]) if x["box"] else None,
            visible=x["visible"], selector=x["selector"],
        )
        for x in facts["images"]
    )
    return PageSnapshot(
        site=site, requested_url=url, final_url=final_url, status=status, response_ms=response_ms,
        load_ms=load_ms, bytes=size, fetched_at=fetched_at, content_type=content_type,
        title=facts["title"][:500], text=facts["text"], links=links, images=pictures, depth=depth, via=via,
        html_bytes=len(html),
    )

"""Evidence capture: revisit the page of each finding and photograph it with the element marked.

One visit per page with findings (not per finding); each finding gets its own screenshot with
the offending element outlined in red and scrolled into view, or the whole page where the
finding is about the page (a column). Every capture goes through :class:`EvidenceWriter`, which
never overwrites and writes the sidecar beside it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from robot.evidence import EvidenceWriter
from robot.findings import Finding
from robot.gather.browser import close_page, ready_page

log = logging.getLogger(__name__)

MAX_FULL_PAGE_PX = 12000  # taller pages are cut here (a 3 MB page is still evidence at its top)
MAX_CAPTURES_PER_SITE = 400

# The element is outlined in red; one a person cannot see (暗链: display:none, zero size, off-screen …)
# is shown by outlining where it sits instead: its nearest visible ancestor, inside the page. Its own
# markup goes into the sidecar either way, since the hidden markup is what a unit cannot dispute.
_MARK_JS = """(sel) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  const html = (el.outerHTML || '').slice(0, 2000);
  const box = (n) => { const r = n.getBoundingClientRect(); return r; };
  const visible = (n) => { const s = getComputedStyle(n); const r = box(n);
    return s.display !== 'none' && s.visibility !== 'hidden' && parseFloat(s.opacity || '1') > 0.05 &&
           r.width > 2 && r.height > 2 && r.right > 0 && r.bottom + scrollY > 0 && r.left < innerWidth + scrollX; };
  let target = el, via = false;
  if (!visible(el)) {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (visible(p)) { target = p; via = true; break; }
    }
  }
  target.scrollIntoView({block: 'center', inline: 'center'});
  target.setAttribute('data-zwgk-outline', target.style.outline || '');
  target.setAttribute('data-zwgk-marked', '1');
  target.style.outline = '4px solid #e00000';
  target.style.outlineOffset = '2px';
  const r = box(target);
  const s = getComputedStyle(target);
  return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, via_parent: via, html: html,
          shown: s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0};
}"""
_UNMARK_JS = """(sel) => {
  const el = document.querySelector('[data-zwgk-marked]');
  if (el) { el.style.outline = el.getAttribute('data-zwgk-outline') || ''; el.removeAttribute('data-zwgk-outline');
            el.removeAttribute('data-zwgk-marked'); }
}"""

# A word on the page (a wrong word, an ID number as the masked page shows it) is boxed in red where it
# is first seen: inside one text node when it is there (the box is the word's own), else the smallest
# shown element whose text holds it (a word split by markup: 中华人<b>民</b>共和国). The box is an
# overlay (nothing of the page moves); null when no shown occurrence exists (the word is in an
# attachment, or in hidden text): the full page is photographed instead.
_MARK_TEXT_JS = """(words) => {
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'HEAD']);
  const shown = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity || '1') < 0.05) return false;
    }
    return true;
  };
  const root = document.body || document.documentElement;
  let hit = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  outer: for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const p = node.parentElement;
    if (!p || skip.has(p.tagName)) continue;
    const t = node.nodeValue || '';
    for (const w of words) {
      const i = w ? t.indexOf(w) : -1;
      if (i < 0 || !shown(p)) continue;
      const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + w.length);
      const b = r.getBoundingClientRect();
      if (b.width > 0 && b.height > 0) { hit = {range: r, word: w, el: p}; break outer; }
    }
  }
  if (!hit) {
    let best = null;
    for (const el of root.querySelectorAll('*')) {
      if (skip.has(el.tagName)) continue;
      const t = el.textContent || '';
      for (const w of words) {
        if (w && t.includes(w) && (!best || best.el.contains(el))) best = {el: el, word: w};
      }
    }
    if (best && shown(best.el)) {
      // the word's own span across the element's text nodes (its textContent is their concatenation)
      const start = (best.el.textContent || '').indexOf(best.word), end = start + best.word.length;
      const tw = document.createTreeWalker(best.el, NodeFilter.SHOW_TEXT);
      const r = document.createRange();
      let at = 0, began = false;
      for (let n = tw.nextNode(); n; n = tw.nextNode()) {
        const len = (n.nodeValue || '').length;
        if (!began && start < at + len) { r.setStart(n, start - at); began = true; }
        if (began && end <= at + len) { r.setEnd(n, end - at); break; }
        at += len;
      }
      const b = began ? r.getBoundingClientRect() : best.el.getBoundingClientRect();
      if (b.width > 0 && b.height > 0) hit = {range: began ? r : null, split: true, word: best.word, el: best.el};
    }
  }
  if (!hit) return null;
  hit.el.scrollIntoView({block: 'center', inline: 'nearest'});
  const b = hit.range ? hit.range.getBoundingClientRect() : hit.el.getBoundingClientRect();
  const box = document.createElement('div');
  box.setAttribute('data-zwgk-text-mark', '1');
  box.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;box-sizing:border-box;' +
    'border:3px solid #e00000;background:transparent;margin:0;padding:0;' +
    `left:${b.left + scrollX - 5}px;top:${b.top + scrollY - 4}px;width:${b.width + 10}px;height:${b.height + 8}px`;
  document.documentElement.appendChild(box);
  return {x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height, word: hit.word,
          scroll: {x: scrollX, y: scrollY}, within_one_text: !hit.split, context: (hit.el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 200)};
}"""
_UNMARK_TEXT_JS = """() => { for (const el of document.querySelectorAll('[data-zwgk-text-mark]')) el.remove(); }"""


async def capture_findings(
    ctx: BrowserContext,
    writer: EvidenceWriter,
    findings: Sequence[Finding],
    *,
    timeout_s: float,
    concurrency: int = 2,
    progress: Callable[[str, dict[str, Any]], None] | None = None,
) -> dict[str, list[str]]:
    """Screenshots for the findings that want one; fingerprint → evidence file paths."""
    by_url: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.mark is not None:
            by_url[f.url].append(f)
    out: dict[str, list[str]] = {}
    work: list[tuple[str, list[Finding]]] = []
    budget = MAX_CAPTURES_PER_SITE
    for url, group in sorted(by_url.items()):
        if budget <= 0:
            log.warning("evidence capture limit reached (%d per site): later findings have no screenshot",
                        MAX_CAPTURES_PER_SITE)
            break
        work.append((url, group[:budget]))
        budget -= len(work[-1][1])
    queue: asyncio.Queue[tuple[str, list[Finding]]] = asyncio.Queue()
    for item in work:
        queue.put_nowait(item)

    async def worker() -> None:
        page = None
        try:
            while not queue.empty():
                url, group = queue.get_nowait()
                page = await ready_page(ctx, page)
                status, final_url = await _open(page, url, timeout_s)
                for f in group:
                    try:
                        paths = await _capture_one(page, writer, f, status, final_url)
                    except (TimeoutError, PlaywrightError) as exc:
                        log.warning("could not capture evidence for %s on %s: %s", f.rule, url,
                                    str(exc).splitlines()[0])
                        continue
                    out.setdefault(f.fingerprint, []).extend(paths)
                    if progress:
                        progress("evidence", {"site": f.site, "rule": f.rule, "url": url})
                if status is None:  # a failed navigation spoils the page for the next one
                    await close_page(page)
                    page = None
        finally:
            if page is not None:
                await close_page(page)

    await asyncio.gather(*(worker() for _ in range(max(1, min(concurrency, len(work))))))
    return out


# Evidence never shows personal data: before any screenshot, resident-ID-like runs (18 characters,
# 17 digits and a digit or X) and mobile numbers (1[3-9] + 9 digits) in the page's text and form
# values are masked in place the way the findings mask them (3607**********1234, 138****1234).
_MASK_PERSONAL_JS = """() => {
  const id = /(^|[^0-9])([1-9][0-9]{3})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])/g;
  const mobile = /(^|[^0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])/g;
  const mask = (t) => t.replace(id, '$1$2**********$3').replace(mobile, '$1$2****$3');
  let n = 0;
  const all = (document.body || document.documentElement).textContent || '';
  const inputs = document.querySelectorAll('input, textarea');
  if (!/[0-9]{11}/.test(all) && inputs.length === 0) return 0;  // nothing that could be personal
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node.nodeValue;
    if (t && /[0-9]{11}/.test(t)) { const m = mask(t); if (m !== t) { node.nodeValue = m; n++; } }
  }
  for (const el of inputs) {
    if (el.value && /[0-9]{11}/.test(el.value)) { const m = mask(el.value); if (m !== el.value) { el.value = m; n++; } }
  }
  return n;
}"""


async def mask_personal_data(page: Page) -> int:
    """Mask ID and mobile numbers on the page before it is photographed; how many texts changed."""
    try:
        return int(await asyncio.wait_for(page.evaluate(_MASK_PERSONAL_JS), 10) or 0)
    except (TimeoutError, PlaywrightError):
        return 0


async def _open(page: Page, url: str, timeout_s: float) -> tuple[int | None, str]:
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
    except (TimeoutError, PlaywrightError) as exc:
        return None, f"error: {str(exc).splitlines()[0][:200]}"
    try:
        await page.wait_for_load_state("load", timeout=timeout_s * 1000)
    except (TimeoutError, PlaywrightError):
        pass  # a hanging sub-resource: photograph what is there
    await mask_personal_data(page)
    return (response.status if response else None), page.url


async def _capture_one(page: Page, writer: EvidenceWriter, f: Finding, status: int | None, final_url: str) -> list[str]:
    mark = f.mark
    assert mark is not None
    meta: dict[str, Any] = {
        "fingerprint": f.fingerprint, "url": f.url, "final_url": final_url, "status": status,
        "target": f.target, "message": f.message, "severity": f.severity.value,
    }
    element = None
    if mark.selector:
        element = await asyncio.wait_for(page.evaluate(_MARK_JS, mark.selector), 10)
        meta["selector"] = mark.selector
        meta["element_box"] = element or (
            {"x": mark.box.x, "y": mark.box.y, "width": mark.box.width, "height": mark.box.height} if mark.box else None
        )
        meta["element_shown"] = bool(element and element.get("shown"))
        if element:
            from robot.content.privacy import mask_personal

            meta["element_html"] = mask_personal(str(element.pop("html", "")))
            if element.pop("via_parent", False):
                meta["marked"] = "nearest visible ancestor (the element itself cannot be seen)"
    words = None
    if mark.text and not mark.selector:
        words = await _quiet_eval(page, _MARK_TEXT_JS, list(mark.text))
        if isinstance(words, dict):
            from robot.content.privacy import mask_personal

            meta["marked_text"] = mask_personal(str(words.pop("word", "")))
            meta["context"] = mask_personal(str(words.pop("context", "")))
            meta["text_box"] = words
        else:
            meta["marked_text"] = None  # not shown on the page: the whole page is the evidence
    try:
        if words:
            png = await _viewport_png(page)
            meta["kind"] = "viewport_marked"
        elif mark.full_page or (mark.selector and not (element and element.get("shown"))):
            png = await _full_page(page)
            meta["kind"] = "full_page"
        else:
            png = await _viewport_png(page)
            meta["kind"] = "viewport_marked" if element else "viewport"
    finally:
        if element is not None:
            await _quiet_eval(page, _UNMARK_JS, mark.selector)
        if words:
            await _quiet_eval(page, _UNMARK_TEXT_JS)
    cap = writer.write(f.site, f.rule, png, meta)
    return [cap.path.as_posix()]


async def _viewport_png(page: Page) -> bytes:
    """The viewport as a PNG, encoded for speed (still lossless) over the DevTools protocol: half the
    time of ``page.screenshot`` here, which matters with hundreds of findings. The whole exchange is
    bounded (a page whose navigation never ends can keep a DevTools session from answering); on any
    trouble ``page.screenshot`` takes the picture as before."""
    try:
        data = await asyncio.wait_for(_cdp_png(page), 10)
        if data.startswith(b"\x89PNG"):
            return data
    except (TimeoutError, PlaywrightError, KeyError, ValueError):
        pass
    return await asyncio.wait_for(page.screenshot(animations="disabled", caret="hide"), 20)


async def _cdp_png(page: Page) -> bytes:
    import base64

    cdp = await page.context.new_cdp_session(page)
    try:
        shot = await cdp.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
    finally:
        await _quietly_detach(cdp)
    return base64.b64decode(shot["data"])


async def _quietly_detach(cdp: Any) -> None:
    try:
        await cdp.detach()
    except PlaywrightError:
        pass


async def _full_page(page: Page) -> bytes:
    height = await _quiet_eval(page, "() => document.documentElement.scrollHeight") or 0
    width = page.viewport_size["width"] if page.viewport_size else 1280
    if isinstance(height, int | float) and height > MAX_FULL_PAGE_PX:
        return await asyncio.wait_for(
            page.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": width, "height": MAX_FULL_PAGE_PX},
                            animations="disabled", caret="hide"), 30)
    return await asyncio.wait_for(page.screenshot(full_page=True, animations="disabled", caret="hide"), 30)


async def _quiet_eval(page: Page, js: str, arg: Any = None) -> Any:
    try:
        return await asyncio.wait_for(page.evaluate(js, arg), 5)
    except (TimeoutError, PlaywrightError):
        return None

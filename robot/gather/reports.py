"""Gather a site's 政府信息公开工作年度报告 with the browser, for the ``annual_report.*`` rules.

Where: ``site.channels.annual_reports`` (configured), else the first homepage link whose text says
年度报告/年报 (discovered; a link named 政府信息公开年报 or 年度报告 beats a bare 年报).

What: the list page and its further pages (``pagination_links``, at most :data:`MAX_LIST_PAGES`),
with the rows of the .xml/.json data files a page declares for its list script
(:mod:`robot.gather.listdata`: a script that failed or had not finished leaves the rendered list
empty, while the site does publish those rows),
the rows that are annual reports of information disclosure (title with 信息公开/政务公开 and
年度报告/年报, see :func:`robot.content.annual_report.is_annual_report_title`) and their year
(from the title, else the report's own text). One report per year: on a portal's list, which holds
the reports of every department and township as well, the site's own report is the one whose title
names the site's organisation (``owner`` without 办公室, ``name`` without 网/门户网站,
``jurisdiction`` + 人民政府), else one whose title names no other unit, else the first listed. The
latest :data:`YEARS` years that have a report are read (years up to ``as_of``).

Each report is opened: an HTML page keeps the element holding the report
(:func:`robot.content.annual_report.report_body`) as ``html`` and its text as ``text``. Where that
page has no section headings but links a .pdf/.docx/.doc (or the row links the document itself),
the document is downloaded with the context's request client, sending the browser's user agent as
:mod:`robot.channels.probe` does, and read with ``robot.channels.form.document_text``; then ``url``
is the document, ``found_on`` the page linking it and ``html`` is ''.

The list itself is returned too, as ``DocumentPage(kind="annual_report_list", url=list url,
source="configured"|"discovered")``: it tells the rules the list was read (``annual_report.missing``
only judges a site whose list was opened). Nothing is returned when there is no list or it cannot
be opened. Nothing here raises for a site's trouble.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from robot.channels import form
from robot.channels.probe import request_headers
from robot.config import SiteConfig
from robot.content import annual_report as ar
from robot.gather import extract, listdata
from robot.gather._html import link_url, parse, text_of
from robot.gather.browser import Visit, close_page, ready_page, visit
from robot.snapshots import DocumentPage
from robot.urls import page_key

log = logging.getLogger(__name__)

YEARS = 5  # the latest years read
MAX_LIST_PAGES = 10
MAX_DOC_BYTES = 20 * 1024 * 1024
DOC_SUFFIXES = (".pdf", ".docx", ".doc", ".wps")
LIST_KIND = "annual_report_list"
_UNIT_WORDS = re.compile(r"(?:局|委员会|委|办公室|办|镇|乡|街道|中心|院|所|站|队|署|会|公司)")


@dataclass(frozen=True, slots=True)
class Candidate:
    title: str
    url: str
    year: int | None
    published: date | None
    found_on: str


def _safe(func: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    try:
        return func(*args, **kw)
    except Exception:  # the parsers promise not to raise; a slip must not stop a run
        log.exception("%s failed", getattr(func, "__name__", func))
        return None


def _is_document(href: str) -> bool:
    return href.split("?", 1)[0].split("#", 1)[0].lower().endswith(DOC_SUFFIXES)


def list_url(site: Any, homepage_html: str) -> tuple[str, bool] | None:
    """(the annual-report list's absolute URL, configured?) or None."""
    given = getattr(getattr(site, "channels", None), "annual_reports", None)
    if given:
        return site.absolute(given), True
    if not homepage_html:
        return None
    tree = parse(homepage_html, strip_noise=False)
    best: tuple[int, str] | None = None
    for a in tree.css("a[href]"):
        text = re.sub(r"\s+", "", text_of(a) or (a.attributes.get("title") or ""))
        if not ("年度报告" in text or "年报" in text) or len(text) > 30:
            continue
        url = link_url(a, site.url)
        if not url or _is_document(url):
            continue
        if ar.report_year(text) is not None:
            continue  # one report (2023年度报告), not the list
        score = 2 if "信息公开" in text else 1
        if best is None or score > best[0]:
            best = (score, url)
    return (best[1], False) if best else None


def org_names(site: Any) -> list[str]:
    """Names a title may use for the site's own organisation."""
    names: list[str] = []
    owner = (getattr(site, "owner", None) or "").strip()
    if owner:
        names.append(owner)
        if owner.endswith("办公室") and len(owner) > 5:
            names.append(owner[: -len("办公室")])
    name = re.sub(r"(门户网站|网站|网)$", "", (getattr(site, "name", None) or "").strip())
    if len(name) >= 3:
        names.append(name)
    juris = (getattr(site, "jurisdiction", None) or "").strip()
    if juris:
        names.append(juris + "人民政府")
    return [n for n in dict.fromkeys(names) if n]


def _score(title: str, names: list[str]) -> int:
    t = re.sub(r"\s+", "", title)
    if any(n in t for n in names):
        return 2
    m = re.search(r"(?:19|20)\d{2}", t)
    head = t[: m.start()] if m else t
    return 1 if not _UNIT_WORDS.search(head) else 0


def pick_reports(candidates: list[Candidate], site: Any, as_of: date, years: int = YEARS) -> list[Candidate]:
    """One report per year (the site's own), the latest ``years`` years up to ``as_of``."""
    names = org_names(site)
    by_year: dict[int, tuple[int, int, Candidate]] = {}
    for i, c in enumerate(candidates):
        if c.year is None or c.year > as_of.year:
            continue
        key = (_score(c.title, names), -i)
        if c.year not in by_year or key > by_year[c.year][:2]:
            by_year[c.year] = (*key, c)
    return [by_year[y][2] for y in sorted(by_year, reverse=True)[:years]]


def candidates_on(html: str, url: str, today: date) -> list[Candidate]:
    """The list rows of a page that are annual reports (entries, else any link so titled)."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for e in _safe(extract.extract_entries, html, url, today=today) or []:
        if ar.is_annual_report_title(e.title) and e.url not in seen:
            seen.add(e.url)
            out.append(Candidate(e.title, e.url, ar.report_year(e.title), e.date, url))
    tree = parse(html, strip_noise=True)
    for a in tree.css("a[href]"):
        title = " ".join(((a.attributes.get("title") or "") or text_of(a)).split())
        if not ar.is_annual_report_title(title):
            title = " ".join(text_of(a).split())
            if not ar.is_annual_report_title(title):
                continue
        href = link_url(a, url)
        if href and href not in seen and page_key(href) != page_key(url):
            seen.add(href)
            out.append(Candidate(title, href, ar.report_year(title), None, url))
    return out


class _Pages:
    """One reusable browser page, replaced when it went wrong."""

    def __init__(self, ctx: BrowserContext, site: str, timeout_s: float) -> None:
        self.ctx, self.site, self.timeout_s = ctx, site, timeout_s
        self.page: Page | None = None

    async def open(self, url: str) -> Visit:
        page = await ready_page(self.ctx, self.page)
        self.page = None
        v = await visit(page, url, site=self.site, timeout_s=self.timeout_s, images=False)
        if v.healthy:
            self.page = page
        else:
            await close_page(page, stuck=v.stuck)
        return v

    async def close(self) -> None:
        if self.page is not None:
            await close_page(self.page)
            self.page = None


def _opened(v: Visit) -> bool:
    s = v.snapshot
    return s.error is None and s.status is not None and s.status < 400 and bool(v.html)


async def _get(ctx: BrowserContext, url: str, timeout_s: float) -> bytes | None:
    """The body of ``url`` fetched with the browser's cookies and headers; None when it answers an
    error or cannot be fetched."""
    try:
        resp = await ctx.request.get(url, timeout=timeout_s * 1000, max_redirects=5,
                                     headers=await request_headers(ctx))
        if resp.status >= 400:
            return None
        return await resp.body()
    except PlaywrightError:
        return None


async def download_text(ctx: BrowserContext, href: str, timeout_s: float) -> tuple[str, str]:
    """(source, text) of a document; text '' when it cannot be fetched or read."""
    name = href.split("?", 1)[0].rsplit("/", 1)[-1]
    body = await _get(ctx, href, timeout_s)
    if body is None or len(body) > MAX_DOC_BYTES:
        return "", ""
    got = _safe(form.document_text, body, name)
    return (got[0], got[1]) if got else ("", "")


def _document_link(v: Visit) -> str | None:
    """The report document a page links (a .pdf/.docx/.doc; one titled as a report first)."""
    docs = [x for x in v.snapshot.links if x.href and _is_document(x.href) and not x.in_nav]
    if not docs:
        return None
    titled = [x for x in docs if "报告" in x.text or "年报" in x.text]
    return (titled or docs)[0].href


async def _read_report(pages: _Pages, ctx: BrowserContext, c: Candidate, as_of: date,
                       timeout_s: float) -> DocumentPage | None:
    if _is_document(c.url):
        source, text = await download_text(ctx, c.url, timeout_s)
        if not source:
            return None
        return DocumentPage(url=c.url, kind="annual_report", title=c.title, published=c.published,
                            year=c.year or ar.report_year("", text), text=text, found_on=c.found_on, source=source)
    v = await pages.open(c.url)
    if not _opened(v):
        return None
    body = _safe(ar.report_body, v.html) or v.html
    text = _safe(ar.html_text, body) or ""
    published = c.published or _safe(extract.article_date, v.html, today=as_of)
    title = c.title or v.snapshot.title
    if len(_safe(ar.find_sections, text) or []) < 2:
        href = _document_link(v)
        if href:
            source, doc_text = await download_text(ctx, href, timeout_s)
            if doc_text.strip():
                return DocumentPage(url=href, kind="annual_report", title=title, published=published,
                                    year=c.year or ar.report_year(title, doc_text), text=doc_text,
                                    found_on=v.snapshot.final_url, source=source)
    return DocumentPage(url=v.snapshot.final_url or c.url, kind="annual_report", title=title, published=published,
                        year=c.year or ar.report_year(title, text), text=text, html=body, found_on=c.found_on,
                        source="html")


async def _data_candidates(ctx: BrowserContext, v: Visit, here: list[Candidate], read: set[str],
                           timeout_s: float) -> list[Candidate]:
    """The report rows of the list data files (.xml/.json) the page declares for its script
    (:mod:`robot.gather.listdata`), those the rendered page does not show already; each file once."""
    page_url = v.snapshot.final_url
    shown = {c.url for c in here}
    out: list[Candidate] = []
    for src in _safe(listdata.data_sources, v.html, page_url) or []:
        if src in read:
            continue
        read.add(src)
        body = await _get(ctx, src, timeout_s)
        if body is None:
            continue
        for r in _safe(listdata.data_rows, body, page_url) or []:
            if ar.is_annual_report_title(r.title) and r.url not in shown and page_key(r.url) != page_key(page_url):
                shown.add(r.url)
                out.append(Candidate(r.title, r.url, ar.report_year(r.title), r.date, page_url))
    return out


async def gather_reports(ctx: BrowserContext, site: SiteConfig, *, as_of: date, timeout_s: float,
                         homepage_html: str = "") -> list[DocumentPage]:
    """The annual-report list (kind ``annual_report_list``) and the latest reports on it."""
    where = list_url(site, homepage_html)
    if where is None:
        return []
    start, configured = where
    pages = _Pages(ctx, site.id, timeout_s)
    try:
        first = await pages.open(start)
        if not _opened(first):
            return []
        listing = DocumentPage(url=start, kind=LIST_KIND, title=first.snapshot.title, found_on=site.url,
                               source="configured" if configured else "discovered")
        found: list[Candidate] = []
        walked: list[str] = []
        todo, v = [start], first
        read_data: set[str] = set()
        while todo and len(walked) < MAX_LIST_PAGES:
            url = todo.pop(0)
            if url in walked:
                continue
            if url != start:
                v = await pages.open(url)
            walked.append(url)
            if not _opened(v):
                continue
            here = _safe(candidates_on, v.html, v.snapshot.final_url, as_of) or []
            here += await _data_candidates(ctx, v, here, read_data, timeout_s)
            found.extend(c for c in here if c.url not in {f.url for f in found})
            years = {c.year for c in found if c.year is not None}
            if len(years) >= YEARS and here and all(c.year is not None and c.year < as_of.year - YEARS for c in here):
                break  # newest first and already past the years wanted
            todo.extend(n for n in (_safe(extract.pagination_links, v.html, v.snapshot.final_url) or [])
                        if n not in walked and n not in todo)
        out = [listing]
        for c in pick_reports(found, site, as_of):
            doc = await _read_report(pages, ctx, c, as_of, timeout_s)
            if doc is not None:
                out.append(doc)
        return out
    finally:
        await pages.close()

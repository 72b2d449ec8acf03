"""The HTTP path: a page's snapshot from its served HTML, for pages that do not need a browser.

Most pages of a government site are articles and list pages cut from a few templates. What the
rules need from them (links, images, dated entries, text) is in the served HTML unless a script
changes it. So the crawler renders in Chromium what needs a browser and reads the rest here:

* the homepage, the column pages (their content area is photographed), and any page whose
  template has not yet been *proved* static are rendered;
* a template is proved static when :data:`SAMPLES` of its pages, rendered in the browser, give
  the same facts as their served HTML read here (:func:`differences`): the same links, images,
  dated entries and text, and no hidden link to another site. One difference and the template is
  rendered for good;
* on a proved template a page is read here unless it links a host outside the site that the
  template's rendered samples did not (its visibility and leave-site notice need the renderer);
* links the rendered samples saw keep what the renderer said of them (visibility, box, notice).

A page's template is what decides how scripts and styles can change it: its script sources,
style sheets, and its inline scripts and style blocks with literals (numbers, strings) taken out.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.snapshots import Box, ImageFact, LinkFact, PageSnapshot
from robot.urls import in_scope, normalise

SAMPLES = 2  # rendered pages per template before its other pages are read over HTTP
MAX_LINKS = 3000  # as the DOM reader (dom.js)
MAX_IMAGES = 1000
MAX_TEXT = 300_000

_ID_OK = re.compile(r"^[A-Za-z][\w-]*$")
_NAV = re.compile(r"(^|[\s_-])(nav|navbar|menu|mainnav|topnav|daohang|dh)([\s_-]|\d|$)", re.I)
_LITERALS = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`|\d+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "head", "title", "select", "iframe", "object"})
# elements whose text starts and ends a line in innerText
_BLOCK = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul option".split()
)
_CELL = frozenset({"td", "th"})
_BLOCK_CSS = "div, p, li, ul, ol, table, tr, h1, h2, h3, h4, h5, h6, br, dl, dd, dt, section"
_WS = re.compile(r"[ \t\u3000\xa0\r\f\v]+")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# --- decoding --------------------------------------------------------------------------------


def is_html(content_type: str) -> bool:
    ct = (content_type or "").split(";", 1)[0].strip().lower()
    return not ct or ct in _HTML_TYPES


def decode(body: bytes, content_type: str = "") -> str:
    """The page's text: the charset of the header, else of ``<meta>``, else UTF-8; GBK as GB18030."""
    charset = ""
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    if m:
        charset = m.group(1)
    else:
        mm = _META_CHARSET.search(body[:4096])
        if mm:
            charset = mm.group(1).decode("ascii", "replace")
    charset = charset.lower()
    if charset in ("gbk", "gb2312", "gb_2312-80", "x-gbk", "gb18030", "euc-cn"):
        charset = "gb18030"  # the superset: what browsers do
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


# --- reading the served HTML -------------------------------------------------------------------


@dataclass
class StaticPage:
    """What the served HTML says, before it becomes a snapshot."""

    template: str
    title: str
    text: str
    links: list[LinkFact]
    images: list[ImageFact]
    external: set[str]  # hrefs of links to hosts outside the site


def template_key(tree: LexborHTMLParser) -> str:
    """What decides how scripts and styles can change the page (see the module's docstring)."""
    h = hashlib.sha1()
    srcs = sorted(_path(n.attributes.get("src") or "") for n in tree.css("script[src]"))
    sheets = sorted(_path(n.attributes.get("href") or "") for n in tree.css("link[href]")
                    if "stylesheet" in (n.attributes.get("rel") or "").lower())
    inline = [_LITERALS.sub("", n.text(deep=True) or "") for n in tree.css("script:not([src]), style")]
    for part in (*srcs, "|", *sheets, "|", *inline):
        h.update(" ".join(part.split()).encode("utf-8", "replace"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def _path(url: str) -> str:
    return url.split("?", 1)[0].split("#", 1)[0].strip()


def read(html: str, url: str, scope: Iterable[str]) -> StaticPage:
    """Links, images, text and template of a page from its HTML (the DOM reader's facts, statically)."""
    tree = LexborHTMLParser(html or "<html></html>")
    template = template_key(tree)
    base_node = tree.css_first("base[href]")
    base = normalise((base_node.attributes.get("href") or "").strip(), url) if base_node is not None else ""
    base = base or url
    ids = Counter(n.attributes.get("id") for n in tree.css("[id]"))
    paths = _Paths(ids)
    scope = list(scope)
    links: list[LinkFact] = []
    external: set[str] = set()
    for a in tree.css("a[href]"):
        if len(links) >= MAX_LINKS:
            break
        raw = a.attributes.get("href") or ""
        href = _resolve(raw, base)
        hidden = _statically_hidden(a)
        text = (_link_text(a) or (a.attributes.get("title") or "")).strip()[:200]
        links.append(LinkFact(
            href=href, raw_href=raw, text=text,
            visible=hidden is None, hidden_reason=hidden, box=None, selector=paths.of(a), in_nav=paths.in_nav(a),
            target_blank=(a.attributes.get("target") or "") == "_blank",
            onclick=(a.attributes.get("onclick") or "")[:200],
        ))
        if href.startswith(("http://", "https://")) and not in_scope(href, scope):
            external.add(href)
    images: list[ImageFact] = []
    for img in tree.css("img"):
        if len(images) >= MAX_IMAGES:
            break
        raw = img.attributes.get("src") or ""
        src = _resolve(raw, base) if raw.strip() and not raw.strip().startswith("data:") else raw.strip()[:100]
        lazy = _lazy_source(img, base)
        if lazy is not None and lazy[1] != src:  # the picture its loader script will swap in
            raw, src = lazy
        images.append(ImageFact(
            src=src, raw_src=raw[:500], alt=(img.attributes.get("alt") or "")[:200],
            loaded=False, complete=False,  # not fetched yet: the HTTP pool decides, as for rendered pages
            natural_width=0, natural_height=0, box=None, visible=_statically_hidden(img) is None,
            selector=paths.of(img),
        ))
    title_node = tree.css_first("title")
    title = " ".join((title_node.text() if title_node is not None else "").split())
    body = tree.body
    text = _inner_text(body) if body is not None else ""
    text = re.sub(r"\n\s*\n+", "\n", _WS.sub(" ", text)).strip()[:MAX_TEXT]
    return StaticPage(template=template, title=title, text=text, links=links, images=images, external=external)


# Attributes lazy loaders take the real picture from (lazysizes, jQuery lazyload, echo.js …); the
# DOM reader (dom.js) knows the same list.
LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-echo", "data-url", "lazy-src",
              "data-lazyload", "data-ks-lazyload", "original")


def _lazy_source(img: LexborNode, base: str) -> tuple[str, str] | None:
    """(raw, absolute) of a lazily loaded picture's real source, None when it has none."""
    for name in LAZY_ATTRS:
        value = (img.attributes.get(name) or "").strip()
        if value and not value.lower().startswith(("data:", "javascript:", "#")):
            src = _resolve(value, base)
            return (value, src) if src else None
    return None


def _resolve(raw: str, base: str) -> str:
    raw = raw.strip()
    if not raw:
        return ""
    if raw.lower().startswith(("javascript:", "mailto:", "tel:", "sms:", "data:")):
        return ""
    if raw.startswith("#"):
        return normalise(base.split("#", 1)[0]) or ""
    # the same links recur on every page: resolve them so that normalise's cache serves them
    if raw.startswith("/") and not raw.startswith("//"):
        parts = urlsplit(base)
        return normalise(raw, f"{parts.scheme}://{parts.netloc}/") or ""
    if raw.lower().startswith(("http://", "https://")):
        return normalise(raw) or ""
    return normalise(raw, base) or ""


def _link_text(a: LexborNode) -> str:
    """What innerText gives for a link: its text on one line, unless it holds blocks."""
    raw = a.text(deep=True) or ""
    if a.child is not None and a.css_first(_BLOCK_CSS) is not None:
        return _WS.sub(" ", _inner_text(a)).strip()
    return " ".join(raw.split())


def _statically_hidden(node: LexborNode) -> str | None:
    """Hidden by its own or an ancestor's markup (``hidden``, inline display:none/visibility)."""
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("html", "-document", None):
        attrs = cur.attributes
        if "hidden" in attrs:
            return "display"
        style = attrs.get("style") or ""
        if style:
            m = _HIDDEN_STYLE.search(style)
            if m:
                return "display" if "display" in m.group(0).lower() else "visibility"
        cur = cur.parent
    return None


class _Paths:
    """The DOM reader's CSS path (``#id`` when unique, else ``tag:nth-of-type(i)`` up to one),
    and whether an element sits in the navigation; both remembered per element (links share
    their ancestors)."""

    def __init__(self, ids: Counter[str | None]) -> None:
        self.ids = ids
        self.paths: dict[int, str] = {}
        self.nav: dict[int, bool] = {}
        self.index: dict[int, dict[int, int]] = {}  # parent → child → nth-of-type

    def of(self, el: LexborNode) -> str:
        key = el.mem_id
        got = self.paths.get(key)
        if got is not None:
            return got
        tag = el.tag
        i = el.attributes.get("id") or ""
        if i and _ID_OK.match(i) and self.ids.get(i, 0) == 1:
            path = "#" + i
        else:
            parent = el.parent
            if tag == "html" or parent is None or parent.tag in ("-document", None):
                path = "html"
            else:
                path = f"{self.of(parent)} > {tag}:nth-of-type({self._nth(parent, el)})"
        self.paths[key] = path
        return path

    def _nth(self, parent: LexborNode, el: LexborNode) -> int:
        table = self.index.get(parent.mem_id)
        if table is None:
            table, counts = {}, Counter[str]()
            for sib in parent.iter():
                tag = sib.tag or ""
                counts[tag] += 1
                table[sib.mem_id] = counts[tag]
            self.index[parent.mem_id] = table
        return table.get(el.mem_id, 1)

    def in_nav(self, el: LexborNode | None) -> bool:
        if el is None or el.tag in ("html", "-document", None):
            return False
        key = el.mem_id
        got = self.nav.get(key)
        if got is None:
            idc = f"{el.attributes.get('id') or ''} {el.attributes.get('class') or ''}"
            got = el.tag == "nav" or bool(_NAV.search(idc)) or self.in_nav(el.parent)
            self.nav[key] = got
        return got


def _inner_text(root: LexborNode) -> str:
    """Roughly ``innerText``: text in document order, a line per block, cells apart, hidden parts left out."""
    out: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in _BLOCK:
                out.append("\n")
            elif tag in _CELL:
                out.append("\t")
            continue
        if tag == "-text":
            out.append(node.text_content or "")
            continue
        if tag in _SKIP_TEXT or tag is None or tag.startswith("-"):
            continue
        attrs = node.attributes
        if "hidden" in attrs or _HIDDEN_STYLE.search(attrs.get("style") or ""):
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in _BLOCK:
            out.append("\n")
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        for child in reversed(children):
            stack.append((child, False))
    text = "".join(out)
    return "\n".join(line.strip() for line in text.split("\n"))


# --- snapshots and templates ---------------------------------------------------------------------


def snapshot(
    page: StaticPage, *, site: str, url: str, final_url: str, status: int, response_ms: int | None,
    size: int, fetched_at: datetime, content_type: str, depth: int, via: str, html_bytes: int,
    known: TemplateFacts | None = None,
) -> PageSnapshot:
    links, images = page.links, page.images
    text = page.text
    if known is not None:  # what the renderer said of the template's own links, images and text stands
        host = urlsplit(final_url).netloc
        links = [known.inherit(link, host) for link in links]
        images = [known.inherit_image(img) for img in images]
        if known.hidden_lines:
            text = "\n".join(line for line in text.split("\n") if line.strip() not in known.hidden_lines)
    return PageSnapshot(
        site=site, requested_url=url, final_url=final_url, status=status, response_ms=response_ms,
        load_ms=None, bytes=size, fetched_at=fetched_at, content_type=content_type, title=page.title[:500],
        text=text, links=tuple(links), images=tuple(images), depth=depth, via=via,
        html_bytes=html_bytes, rendered=False,
    )


@dataclass
class TemplateFacts:
    """What the rendered samples of one template showed."""

    samples: int = 0
    dynamic: str = ""  # why its pages must be rendered ('' while none is known)
    links: dict[tuple[str, str], LinkFact] = field(default_factory=dict)  # (href, text) → as rendered
    external: set[str] = field(default_factory=set)
    hidden_lines: set[str] = field(default_factory=set)  # template text a reader does not see (a menu)
    images: dict[tuple[str, str], ImageFact] = field(default_factory=dict)  # (src, selector) → as rendered

    @property
    def proved(self) -> bool:
        return not self.dynamic and self.samples >= SAMPLES

    def to_json(self) -> dict[str, Any]:
        """As plain JSON, for a batch of pages gathered by another worker (robot.worker)."""
        from robot.snapshots import to_jsonable

        return {"samples": self.samples, "dynamic": self.dynamic, "external": sorted(self.external),
                "hidden_lines": sorted(self.hidden_lines),
                "links": to_jsonable(list(self.links.values())), "images": to_jsonable(list(self.images.values()))}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TemplateFacts:
        def box(b: dict[str, Any] | None) -> Box | None:
            return Box(**b) if b else None

        links = [LinkFact(**{**x, "box": box(x.get("box"))}) for x in d.get("links", ())]
        images = [ImageFact(**{**x, "box": box(x.get("box"))}) for x in d.get("images", ())]
        return cls(samples=int(d["samples"]), dynamic=str(d.get("dynamic") or ""),
                   links={(x.href, x.text): x for x in links}, external=set(d.get("external", ())),
                   hidden_lines=set(d.get("hidden_lines", ())), images={(x.src, x.selector): x for x in images})

    def learn(self, rendered: PageSnapshot, static: StaticPage, scope: list[str]) -> None:
        self.samples += 1
        shown = {line.strip() for line in rendered.text.split("\n")}
        hidden = {line.strip() for line in static.text.split("\n")} - shown - {""}
        # only what every sample hides is the template's (one page's hidden text is its own)
        self.hidden_lines = hidden if self.samples == 1 else self.hidden_lines & hidden
        for link in rendered.links:
            self.links.setdefault((link.href, link.text), link)
            if link.href.startswith(("http://", "https://")) and not in_scope(link.href, scope):
                self.external.add(link.href)
        for img in rendered.images:
            self.images.setdefault((img.src, img.selector), img)

    def inherit_image(self, img: ImageFact) -> ImageFact:
        seen = self.images.get((img.src, img.selector))
        if seen is None:
            return img
        return replace(img, box=seen.box, visible=seen.visible)

    def inherit(self, link: LinkFact, page_host: str = "") -> LinkFact:
        seen = self.links.get((link.href, link.text))
        if seen is None:
            return self._page_notice(link, page_host)
        return replace(link, visible=seen.visible, hidden_reason=seen.hidden_reason, box=seen.box,
                       in_nav=seen.in_nav, onclick=seen.onclick)

    def _page_notice(self, link: LinkFact, page_host: str) -> LinkFact:
        """A link to another host the samples did not show: a script that intercepts the clicks of
        the whole page (dom.js's ``[page] …``, from a script of the template) warns of it too."""
        if not link.href.startswith(("http://", "https://")) or urlsplit(link.href).netloc == page_host:
            return link
        for seen in self.links.values():
            at = seen.onclick.find("[page] ")
            if at >= 0:
                return replace(link, onclick=(f"{link.onclick} " if link.onclick else "") + seen.onclick[at:])
        return link


def differences(rendered: PageSnapshot, static: StaticPage, rendered_entries: Any, static_entries: Any,
                scope: list[str]) -> str:
    """Why the served HTML does not stand for the rendered page ('' when it does)."""
    r_links = Counter(link.href for link in rendered.links if link.href)
    s_links = Counter(link.href for link in static.links if link.href)
    if r_links != s_links:
        added = sorted((r_links - s_links).keys())[:3]
        gone = sorted((s_links - r_links).keys())[:3]
        return f"links differ (script added {added}, removed {gone})"
    for link in rendered.links:
        if not link.visible and link.href.startswith(("http://", "https://")) and not in_scope(link.href, scope):
            return f"a link to another site is hidden ({link.hidden_reason})"
    if Counter(i.src for i in rendered.images) != Counter(i.src for i in static.images):
        return "images differ"
    r_entries = [(e.url, e.date) for e in rendered_entries]
    s_entries = [(e.url, e.date) for e in static_entries]
    if r_entries != s_entries:
        return "dated entries differ"
    why = _text_differs(rendered.text, static.text)
    return why


def _chars(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


def _text_differs(rendered: str, static: str) -> str:
    """The served text must hold what a reader sees, and little else (a hidden menu is allowed).

    Compared as characters without white space: the renderer breaks lines where CSS says, the
    served HTML where its blocks are, and neither changes what is written."""
    r, s = _chars(rendered), _chars(static)
    r_total = sum(r.values())
    missing = sum((r - s).values())
    if missing > max(20, r_total // 100):
        return f"text differs ({missing} of {r_total} characters appear only when rendered)"
    extra = sum((s - r).values())
    if extra > r_total // 4 + 200:
        return f"text differs (the served HTML holds {extra} characters a reader does not see)"
    return ""


def needs_render(page: StaticPage, known: TemplateFacts | None) -> str:
    """Why this page must be rendered ('' when its served HTML stands for it)."""
    if known is None or known.samples == 0:
        return "new template"
    if known.dynamic:
        return known.dynamic
    if not known.proved:
        return "template not yet proved"
    extra = page.external - known.external
    if extra:
        return "links another site"
    return ""

"""List data files: the XML/JSON a list page's script turns into its rows.

Many CMS templates ship an empty list (``<ul data-xml="/data/ndbg.xml">正在加载…</ul>``) that a
script fills from a data file. When the script fails (a syntax error, a blocked request, a slow
server) the rendered page holds no rows, yet the rows are published: the data file is what the site
itself lists. These pure functions find the data files a page declares and read their rows.

**Declared data files** (:func:`data_sources`): the value of an element's ``data-*`` attribute
(``data-xml``, ``data-url``, ``data-src``, ``data-json`` …) that is a path or URL ending in ``.xml``
or ``.json`` (query and fragment aside), resolved against the page, on the page's own host, at most
:data:`MAX_SOURCES`. Feeds named in ``<link rel="alternate">`` are not list data and are not read.

**Rows** (:func:`data_rows`): in XML, every element whose child elements hold a link (text that is
an ``http(s)://`` URL or a path starting ``/``, ``./`` or ``../``, or naming a page: ``.html``,
``.htm``, ``.shtml``, ``.jsp``, ``.php``, ``.aspx``, a document ``.pdf``/``.doc``/``.docx``/``.wps``)
and a title (the longest other child text with a CJK character or a letter, not a date); its date
is the first child text that is a date. In JSON, every object with such a link value and a title
value, the same way. A body that declares entities (``<!ENTITY``) is not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

from selectolax.lexbor import LexborHTMLParser

MAX_SOURCES = 3
MAX_BYTES = 4 * 1024 * 1024
MAX_ROWS = 2000
_DATA_SUFFIXES = (".xml", ".json")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|jsp|php|aspx?|pdf|docx?|wps)$", re.I)
_DATE = re.compile(r"^\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_WORDY = re.compile(r"[\u3400-\u9fffA-Za-z]")


@dataclass(frozen=True, slots=True)
class Row:
    title: str
    url: str  # absolute
    date: date | None


def data_sources(html: str, base: str) -> list[str]:
    """The list data files (.xml/.json) a page's elements declare in ``data-*`` attributes."""
    host = urlsplit(base).netloc
    out: list[str] = []
    try:
        tree = LexborHTMLParser(html or "")
    except Exception:  # noqa: BLE001 - a page the parser cannot read declares nothing
        return []
    root = tree.root
    if root is None:
        return []
    for el in root.traverse():
        attrs = el.attributes if el.tag and not el.tag.startswith("-") else {}
        for name, value in attrs.items():
            if not name.startswith("data-") or not value:
                continue
            path = value.strip().split("#", 1)[0].split("?", 1)[0].lower()
            if not path.endswith(_DATA_SUFFIXES):
                continue
            url = urljoin(base, value.strip().split("#", 1)[0])
            if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc == host and url not in out:
                out.append(url)
                if len(out) >= MAX_SOURCES:
                    return out
    return out


def _is_link(text: str) -> bool:
    t = text.strip()
    if not t or any(c.isspace() for c in t):
        return False
    if re.match(r"^https?://", t, re.I):
        return True
    path = t.split("#", 1)[0].split("?", 1)[0]
    return t.startswith(("/", "./", "../")) or bool(_PAGE_SUFFIX.search(path))


def _parse_date(text: str) -> date | None:
    m = _DATE.match(text or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _row(values: list[str], base: str) -> Row | None:
    links = [v.strip() for v in values if _is_link(v)]
    if not links:
        return None
    dates = [d for d in (_parse_date(v) for v in values) if d is not None]
    titles = [" ".join(v.split()) for v in values
              if not _is_link(v) and _parse_date(v) is None and _WORDY.search(v)]
    if not titles:
        return None
    return Row(max(titles, key=len), urljoin(base, links[0]), dates[0] if dates else None)


def _xml_rows(body: str, base: str) -> Iterator[Row]:
    if "<!ENTITY" in body[:10000].upper():
        return
    try:
        root = ElementTree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", body.lstrip("\ufeff")).strip())
    except (ElementTree.ParseError, ValueError):
        return
    for el in root.iter():
        children = list(el)
        if not children or any(len(c) for c in children):
            continue  # a row is an element whose children are leaves
        values = [(c.text or "").strip() for c in children] + [v for v in el.attrib.values()]
        row = _row([v for v in values if v], base)
        if row is not None:
            yield row


def _json_rows(data: Any, base: str) -> Iterator[Row]:
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            leaves = [str(v) for v in x.values() if isinstance(v, str | int) and not isinstance(v, bool)]
            row = _row([v for v in leaves if v], base)
            if row is not None:
                yield row
            stack.extend(reversed([v for v in x.values() if isinstance(v, dict | list)]))
        elif isinstance(x, list):
            stack.extend(reversed(x))


def data_rows(body: bytes | str, base: str) -> list[Row]:
    """The rows (title, absolute URL, date) of an XML or JSON list data file; [] when unreadable."""
    if isinstance(body, bytes):
        if len(body) > MAX_BYTES:
            return []
        text = ""
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = body.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    else:
        text = body
    text = text.strip()
    rows: list[Row] = []
    if text.startswith(("{", "[")):
        try:
            rows = list(_json_rows(json.loads(text), base))
        except (ValueError, RecursionError):
            rows = []
    elif text.startswith("<"):
        rows = list(_xml_rows(text, base))
    seen: set[str] = set()
    out = []
    for r in rows:
        if r.url not in seen:
            seen.add(r.url)
            out.append(r)
    return out[:MAX_ROWS]

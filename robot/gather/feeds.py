"""New-media accounts (政务新媒体): read each account's feed or posts page into a :class:`FeedSnapshot`.

An account is configured as ``new_media: [{name, url}]``; its URL may be an RSS 2.0, Atom or
RSS 1.0 (RDF) feed, or an HTML page listing dated posts (a WeChat/Weibo mirror column, a CMS
list page). The kind is sniffed from the body, not trusted from the Content-Type.

XML is parsed with expat directly, defusedxml-style: a DTD with an internal subset, any entity
declaration and any external entity reference are refused before anything is expanded (billion
laughs, quadratic blow-up, XXE), so nothing is fetched or expanded by the parser. A bare DOCTYPE
(RSS 0.91's ``<!DOCTYPE rss PUBLIC …>``) is harmless and allowed. HTML named entities used
outside CDATA (``&nbsp;``, common in hand-written feeds) are replaced by their characters, and a
stray ``&`` is escaped, so a slightly sloppy feed still reads.

Dates are read in RFC 822 (``Mon, 15 Apr 2024 10:00:00 +0800``), ISO 8601
(``2024-04-15T10:00:00Z``) and the Chinese forms of :mod:`robot.dates` (``2024年4月15日``);
a date with a time zone is taken as the day in China (UTC+8). Posts come newest first, undated
posts last. Nothing here raises: an account that cannot be read gets ``error`` (text) and no posts.
"""

from __future__ import annotations

import asyncio
import html as htmllib
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html.entities import html5
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET
from xml.parsers import expat

import aiohttp

from robot.dates import MIN_YEAR, parse_date
from robot.gather.linkcheck import read_body
from robot.snapshots import FeedPost, FeedSnapshot
from robot.urls import is_private_host, normalise

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["gather_feeds", "parse_feed", "parse_feed_date", "UnsafeXml"]

MAX_BYTES = 5_000_000
CONCURRENCY = 4
CHINA = timezone(timedelta(hours=8))

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)
_ENCODING_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.I)
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.S)
_ENTITY = re.compile(r"&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?")
_XML_ENTITIES = {"amp;", "lt;", "gt;", "quot;", "apos;"}
_XML_START = re.compile(r"^\s*(?:<\?xml|(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF|RDF)\b)", re.S | re.I)
_GB = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "gb18030", "cp936"}

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?!\d)")

# element local names that carry a post's date, most telling first
_DATE_TAGS = ("published", "pubDate", "date", "issued", "created", "updated", "modified")


class UnsafeXml(ValueError):
    """The document declares a DTD subset or entities: refused unread (entity expansion, XXE)."""


# --- dates -----------------------------------------------------------------------------------


def _in_range(d: date, today: date) -> date | None:
    return d if MIN_YEAR <= d.year <= today.year + 1 else None


def _day(dt: datetime) -> date:
    """The calendar day in China of a datetime (a naive one is taken as written)."""
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        dt = dt.astimezone(CHINA)
    return dt.date()


def parse_feed_date(text: str, *, today: date) -> date | None:
    """A post's date in RFC 822, ISO 8601 or a Chinese form; None when there is none."""
    raw = htmllib.unescape(text or "").strip()
    if not raw:
        return None
    if re.search(r"[A-Za-z]{3}", raw) and not re.match(r"^\d{4}-\d{2}-\d{2}T", raw):
        try:
            dt = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None:
            return _in_range(_day(dt), today)
        m = _DAY_MONTH_YEAR.search(raw)  # RFC 822 without a time: "15 Apr 2024"
        if m and m.group(2).lower()[:3] in _MONTHS:
            try:
                return _in_range(date(int(m.group(3)), _MONTHS.index(m.group(2).lower()[:3]) + 1,
                                      int(m.group(1))), today)
            except ValueError:
                return None
    iso = raw.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", raw) else raw
    try:
        return _in_range(_day(datetime.fromisoformat(iso)), today)
    except ValueError:
        return parse_date(raw, today=today)


# --- decoding --------------------------------------------------------------------------------


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in _GB:
        return "gb18030"
    try:
        import codecs

        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(body: bytes, header_charset: str | None = None) -> str:
    """Text of a feed or page: BOM, then the XML declaration or meta charset, then the header, then UTF-8."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body.decode("utf-16", errors="replace")
    head = body[:2048]
    m = _ENCODING_DECL.match(head) or _META_CHARSET.search(head)
    for name in (m.group(1).decode("ascii") if m else None, header_charset, "utf-8"):
        codec = _codec(name)
        if codec is None:
            continue
        if codec == "utf-8":
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                # a GB page mislabelled (or unlabelled): GB18030 reads it, else replace
                try:
                    return body.decode("gb18030")
                except UnicodeDecodeError:
                    return body.decode("utf-8", errors="replace")
        return body.decode(codec, errors="replace")
    return body.decode("utf-8", errors="replace")


# --- safe XML --------------------------------------------------------------------------------


def _fix_entities(part: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ref = m.group(1)
        if ref is None:
            return "&amp;"  # a stray ampersand
        if ref.startswith("#") or ref in _XML_ENTITIES:
            return m.group(0)
        char = html5.get(ref)
        return char if char is not None else "&amp;" + ref

    return _ENTITY.sub(repl, part)


def _prepare(text: str) -> str:
    text = _XML_DECL.sub("", text.lstrip("\ufeff"), count=1)
    parts = _CDATA.split(text)
    return "".join(p if p.startswith("<![CDATA[") else _fix_entities(p) for p in parts)


def _qname(name: str) -> str:
    return "{" + name if "}" in name else name


def parse_xml(text: str) -> ET.Element:
    """Parse XML text with entity declarations and DTD subsets refused (raises UnsafeXml, ExpatError)."""
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ET.TreeBuilder()

    def start(name: str, attrs: dict[str, str]) -> None:
        builder.start(_qname(name), {_qname(k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        builder.end(_qname(name))

    def doctype(name: str, sysid: str | None, pubid: str | None, has_internal_subset: int) -> None:
        if has_internal_subset:
            raise UnsafeXml("DTD internal subset")

    def entity_decl(*args: object) -> None:
        raise UnsafeXml("entity declaration")

    def external_ref(*args: object) -> int:
        raise UnsafeXml("external entity reference")

    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity_decl
    parser.UnparsedEntityDeclHandler = entity_decl
    parser.ExternalEntityRefHandler = external_ref
    parser.Parse(_prepare(text), True)
    return builder.close()


# --- feeds -----------------------------------------------------------------------------------


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: ET.Element, name: str) -> str:
    for child in el:
        if _local(child.tag) == name:
            return "".join(child.itertext()).strip()
    return ""


def _atom_link(entry: ET.Element) -> str:
    links = [c for c in entry if _local(c.tag) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    for link in links:
        if link.get("href"):
            return link.get("href", "")
    return "".join(links[0].itertext()).strip() if links else ""


def _title(text: str) -> str:
    text = htmllib.unescape(text)
    text = re.sub(r"<[^>]+>", "", text)  # an escaped-HTML title
    return re.sub(r"\s+", " ", text).strip()


def _post(item: ET.Element, link: str, base: str, today: date) -> FeedPost:
    when: date | None = None
    for tag in _DATE_TAGS:
        value = _child_text(item, tag)
        if value:
            when = parse_feed_date(value, today=today)
            if when is not None:
                break
    url = normalise(link.strip(), base) if link.strip() else ""
    return FeedPost(title=_title(_child_text(item, "title")), url=url or link.strip(), date=when)


def newest_first(posts: Sequence[FeedPost]) -> tuple[FeedPost, ...]:
    dated = sorted((p for p in posts if p.date is not None), key=lambda p: p.date or date.min, reverse=True)
    return (*dated, *(p for p in posts if p.date is None))


def parse_xml_feed(root: ET.Element, base: str, today: date) -> tuple[str, tuple[FeedPost, ...]] | None:
    """(kind, posts) of an RSS 2.0, Atom or RDF document; None when the root is none of them."""
    kind = _local(root.tag).lower()
    if kind == "feed":
        entries = [e for e in root if _local(e.tag) == "entry"]
        return "atom", newest_first([_post(e, _atom_link(e), base, today) for e in entries])
    if kind == "rdf":
        items = [e for e in root.iter() if _local(e.tag) == "item"]
        return "rdf", newest_first([_post(e, _child_text(e, "link") or e.get(
            "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", ""), base, today) for e in items])
    if kind == "rss":
        items = [e for e in root.iter() if _local(e.tag) == "item"]
        return "rss", newest_first([_post(e, _child_text(e, "link") or _child_text(e, "guid"), base, today)
                                    for e in items])
    return None


def parse_html_posts(text: str, base: str, today: date) -> tuple[FeedPost, ...]:
    """Dated posts of an HTML list page (the list heuristics of robot.gather.extract)."""
    from robot.gather.extract import extract_entries

    entries = extract_entries(text, base, today=today)
    if entries:
        return newest_first([FeedPost(title=e.title, url=e.url, date=e.date) for e in entries])
    return newest_first(_unlinked_posts(text, today))


_MIN_UNLINKED = 3  # rows of a list, not one date on a page
_POST_CLIMB = 4  # levels from a date up to the post holding it
_POST_CHARS = 300  # a post's row is short: a longer block is the list (or the page) around it
_TITLE_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _unlinked_posts(text: str, today: date) -> list[FeedPost]:
    """Posts listed without links (an account's page of titles and push dates, 文章标题 | 推送日期):
    sibling rows that each hold one full date and a title. A row is the nearest element around a
    date that also holds a title of four letters or Chinese characters or more: a table row, a list item, or a post's
    box whose date sits in a cell of its own (<div><h4>标题</h4><ul><li>2024年3月2日</li></ul></div>).
    Only when at least three rows of one list do, so a lone date on a page (an update notice, the
    footer) is not a post list."""
    from robot.dates import find_dates, has_year
    from robot.gather._html import parse, text_of

    def full_dates(words: str) -> list[tuple[date, str]]:
        return [(d, spelled) for d, spelled in find_dates(words, today=today) if has_year(spelled)]

    tree = parse(text)
    root = tree.body or tree.root
    if root is None:
        return []
    groups: dict[int, list[FeedPost]] = {}
    seen: set[int] = set()
    for cell in root.css("*"):
        if cell.tag in ("script", "style"):
            continue
        found = full_dates(text_of(cell))
        if len(found) != 1 or any(full_dates(text_of(child)) for child in cell.iter()):
            continue  # not the smallest element around one date
        when, spelled = found[0]
        row: LexborNode | None = cell
        for _ in range(_POST_CLIMB):
            assert row is not None
            words = text_of(row)
            if len(words) > _POST_CHARS or len(full_dates(words)) != 1:
                row = None
                break
            title = " ".join(words.replace(spelled, " ").split()).strip(" -|｜·[]【】()（）")
            if len(_TITLE_CHARS.findall(title)) >= 4:  # words, not 阅读 812 of a meta line
                break
            row = row.parent
            if row is None:
                break
        else:
            row = None
        if row is None or row.parent is None or row.mem_id in seen:
            continue
        seen.add(row.mem_id)
        groups.setdefault(row.parent.mem_id, []).append(FeedPost(title=title[:200], url="", date=when))
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= _MIN_UNLINKED else []


def parse_feed(
    name: str, url: str, body: bytes, *, today: date, content_type: str = "", charset: str | None = None,
    status: int | None = 200,
) -> FeedSnapshot:
    """A feed or posts page's body read into a snapshot (pure; never raises)."""
    try:
        return _parse_feed(name, url, body, today, content_type, charset, status)
    except Exception as exc:  # noqa: BLE001 - never raise: a hostile feed (deep nesting …) is an error
        return FeedSnapshot(name, url, status=status, error=f"无法解析：{type(exc).__name__}: {exc}"[:300])


def _parse_feed(
    name: str, url: str, body: bytes, today: date, content_type: str, charset: str | None, status: int | None
) -> FeedSnapshot:
    text = decode(body, charset)
    ctype = content_type.lower()
    looks_xml = bool(_XML_START.match(text.lstrip("\ufeff")))
    if looks_xml or ("xml" in ctype or "rss" in ctype or "atom" in ctype) and "html" not in ctype:
        try:
            root = parse_xml(text)
        except UnsafeXml as exc:
            return FeedSnapshot(name, url, status=status, kind="xml",
                                error=f"拒绝解析：XML 含{_why_unsafe(exc)}（可能的实体扩展或外部实体攻击）")
        except expat.ExpatError as exc:
            if looks_xml and not re.search(r"<html[\s>]", text[:5000], re.I):
                return FeedSnapshot(name, url, status=status, kind="xml", error=f"XML 格式错误：{exc}")
            root = None  # labelled XML but is not: try it as a page
        except Exception as exc:  # noqa: BLE001 - recursion depth and the like
            return FeedSnapshot(name, url, status=status, kind="xml", error=f"XML 无法解析：{type(exc).__name__}")
        if root is not None:
            parsed = parse_xml_feed(root, url, today)
            if parsed is not None:
                return FeedSnapshot(name, url, status=status, kind=parsed[0], posts=parsed[1])
            if _local(root.tag).lower() != "html":
                return FeedSnapshot(name, url, status=status, kind="xml",
                                    error=f"不是 RSS/Atom/RDF 订阅源（根元素 {_local(root.tag)}）")
    try:
        posts = parse_html_posts(text, url, today)
    except Exception as exc:  # noqa: BLE001 - never raise
        return FeedSnapshot(name, url, status=status, kind="html", error=f"页面无法解析：{type(exc).__name__}")
    if not posts:
        # no list at all: more likely a page we cannot read (scripted, a login wall) than a stale account
        return FeedSnapshot(name, url, status=status, kind="html", error="页面中未找到文章列表")
    return FeedSnapshot(name, url, status=status, kind="html", posts=posts)


def _why_unsafe(exc: UnsafeXml) -> str:
    return {"DTD internal subset": "内部 DTD", "entity declaration": "实体声明",
            "external entity reference": "外部实体引用"}.get(str(exc), str(exc))


# --- fetching --------------------------------------------------------------------------------


async def _fetch_one(
    session: aiohttp.ClientSession, sem: asyncio.Semaphore, name: str, url: str, *, as_of: date,
    timeout_s: float, allow_private: bool,
) -> FeedSnapshot:
    target = normalise(url)
    if not target:
        return FeedSnapshot(name, url, error="地址格式错误（不是 http/https 地址）")
    if is_private_host(target) and not allow_private:
        return FeedSnapshot(name, url, error="内网地址，按配置不访问（allow_private_networks）")
    try:
        async with sem, session.get(target, allow_redirects=True, max_redirects=10) as resp:
            body = await read_body(resp, MAX_BYTES)
            status = resp.status
            ctype = resp.headers.get("Content-Type", "")
            charset = resp.charset
    except TimeoutError:
        return FeedSnapshot(name, url, error=f"超时（{timeout_s:g} 秒内无应答）")
    except aiohttp.ClientConnectorDNSError as exc:
        return FeedSnapshot(name, url, error=f"域名无法解析：{exc}"[:300])
    except (aiohttp.ClientError, OSError, ValueError) as exc:
        return FeedSnapshot(name, url, error=f"无法访问：{type(exc).__name__}: {exc}"[:300])
    except Exception as exc:  # noqa: BLE001 - never raise
        return FeedSnapshot(name, url, error=f"读取失败：{type(exc).__name__}: {exc}"[:300])
    if status >= 400:
        return FeedSnapshot(name, url, status=status, error=f"HTTP {status}")
    return parse_feed(name, url, body, today=as_of, content_type=ctype, charset=charset, status=status)


async def gather_feeds(
    accounts: Sequence[tuple[str, str]],
    *,
    as_of: date,
    timeout_s: float,
    user_agent: str,
    allow_private: bool,
) -> list[FeedSnapshot]:
    """Read each ``(name, url)`` account; one snapshot per account, in the given order."""
    if not accounts:
        return []
    sem = asyncio.Semaphore(CONCURRENCY)
    headers = {"User-Agent": user_agent, "Accept-Language": "zh-CN,zh;q=0.9",
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5"}
    timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=timeout_s)
    try:
        async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
            results = await asyncio.gather(
                *(_fetch_one(session, sem, name, url, as_of=as_of, timeout_s=timeout_s, allow_private=allow_private)
                  for name, url in accounts),
                return_exceptions=True,
            )
    except Exception as exc:  # noqa: BLE001 - never raise
        return [FeedSnapshot(name, url, error=f"读取失败：{type(exc).__name__}: {exc}"[:300]) for name, url in accounts]
    out: list[FeedSnapshot] = []
    for (name, url), res in zip(accounts, results, strict=True):
        if isinstance(res, BaseException):
            if isinstance(res, asyncio.CancelledError | KeyboardInterrupt | SystemExit):
                raise res
            out.append(FeedSnapshot(name, url, error=f"读取失败：{type(res).__name__}: {res}"[:300]))
        else:
            out.append(res)
    return out

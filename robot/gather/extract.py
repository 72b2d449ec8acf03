"""Pure extractors over the HTML the browser serialised: list entries, article dates, content area.

Everything here is a function of an HTML string (plus the page's URL), so each heuristic is
tested from a saved page. Per-site selectors (``Selectors``) override the heuristics; they are
never required: list rows are found on markup never seen before (TRS WCM, Hanweb 大汉, home-grown
``ul``/``table``/``div``/``dl`` lists, dates before or after the title, ``[09-12]``).

How a list is found: every "main" link (a title; not ``[部门]``, 更多 or a page number) outside
navigation, header and footer gets a row: its nearest ``li``/``tr``, else the largest ancestor
holding no other main link. Rows sharing a parent form a list. A list with a date in any row is
kept whole (undated rows get ``date=None``); on a column page, lists of the column's own items
win over side lists of other columns. An undated list only counts when nothing on the page is
dated, the page is no article, and it looks like a list of articles (≥ 2 rows, long titles).

Navigation and pagination live in :mod:`robot.gather.navigation` and are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.config import Category, Selectors
from robot.dates import find_dates, has_year, split_date
from robot.gather._html import (
    Chrome,
    Regions,
    ancestors,
    attr,
    base_of,
    clean,
    column_box,
    column_names,
    crumb_area,
    css_path,
    empty_note,
    heading_line,
    label_of,
    link_url,
    main_region,
    parse,
    same,
    text_of,
)
from robot.gather.navigation import (
    NavColumn,
    discover_columns,
    is_channel_name,
    pagination_links,
    section_columns,
)
from robot.snapshots import ListEntry

__all__ = [
    "NavColumn", "article_date", "content_selector", "css_path", "discover_columns", "extract_entries",
    "infer_category", "is_channel_name", "pagination_links", "section_columns",
]

MAX_ROW_EXTRA = 300  # characters besides the title a row may hold (summary, source, date)
MAX_SINGLE_ROW_EXTRA = 80  # … when it is the only row of its list
_MORE = {"更多", "更多>>", "更多>", "more", "more>>", "详细", "详情", "查看", "查看更多", ">>", "更多+"}
_BRACKETED = re.compile(r"^\s*[\[【(（〔<].{0,12}[\]】)）〕>]\s*$")
_PREV_NEXT = re.compile(r"^\s*(上一篇|下一篇|上一条|下一条|上篇|下篇)")
_YEAR_HEADING = re.compile(r"^\s*[\[【(（]?\s*((?:19|20)\d{2})\s*年?度?\s*[\]】)）]?\s*$")
_NOT_HEADINGS = ("a", "button", "option", "label", "td")  # year tabs and table cells are no headings
_URL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2]|[1-9](?=/))(?!\d{3})")
_DATE_LIKE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|(?<!\d)\d{2}-\d{2}(?!\d)|\d{1,2}月\d{1,2}日")


def _is_main_label(label: str) -> bool:
    return (len(label) >= 4 and label.lower() not in _MORE and not _BRACKETED.match(label)
            and not label.isdigit() and not _PREV_NEXT.match(label))


@dataclass
class _Row:
    node: LexborNode
    anchor: LexborNode
    label: str
    url: str
    date: date | None = None
    date_text: str = ""


def _following_text(anchor: LexborNode) -> str:
    """Text after a link up to the next link or line break (``<a>…</a> 2024-09-12<br>``)."""
    parts: list[str] = []
    n = anchor.next
    while n is not None and n.tag not in ("a", "br", "p", "div", "li"):
        parts.append(n.text_content or "" if n.tag == "-text" else text_of(n))
        n = n.next
    return " ".join(p for p in parts if p)


def _dated_runs(node: LexborNode) -> int:
    """How many links in ``node`` are followed by their own date before the next link or break."""
    return sum(1 for a in node.css("a[href]") if _DATE_LIKE.search(_following_text(a)))


def _row_of(a: LexborNode, urls_under: dict[int, set[str]]) -> LexborNode:
    """The row of a main link: nearest li/tr (holding no nested rows), else the largest ancestor
    that holds no other main link and not much more text."""
    for depth, anc in enumerate(ancestors(a)):
        if depth >= 4 or anc.tag in ("body", "ul", "ol", "table", "tbody"):
            break
        if anc.tag in ("li", "tr") and len(anc.css(anc.tag)) == 1:  # css() includes the node itself
            if len(urls_under.get(anc.mem_id, ())) > 1 and _dated_runs(anc) > 1:
                break  # <td><a/> 2024-09-12<br><a/> 2024-09-10</td>: each link is a row
            return anc
    node, base_len = a, len(text_of(a))
    for p in ancestors(a):
        if p.tag in ("body", "html") or len(urls_under.get(p.mem_id, ())) > 1:
            break
        if len(text_of(p)) - base_len > MAX_ROW_EXTRA:
            break
        node = p
    return node


def _outside_text(row: LexborNode, anchor: LexborNode) -> str:
    """The row's text without the title link's own text (a title may contain a date)."""
    inside = {n.mem_id for n in anchor.traverse(include_text=True)}
    parts = [n.text_content or "" for n in row.traverse(include_text=True)
             if n.tag == "-text" and n.mem_id not in inside]
    return " | ".join(p.strip() for p in parts if p.strip())


def _dates_in_anchor(anchor: LexborNode) -> str:
    """Dates inside the link: a text node that is (nearly) only a date, or a date ending the text."""
    out: list[str] = []
    for n in anchor.traverse(include_text=True):
        if n.tag == "-text":
            t = clean(n.text_content)
            if t and len(re.sub(r"[\d\-/.年月日:\s\[\]()（）]", "", t)) <= 4:
                out.append(t)
    tail = re.search(r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{2}-\d{2})\s*[\])）]?\s*$", text_of(anchor))
    if tail:
        out.append(tail.group(1))
    return " | ".join(out)


def _publish_cell(row: LexborNode) -> str:
    """In a table whose header names a 发布日期/发布时间 column, that cell of the row (not 成文日期)."""
    table = next((a for a in ancestors(row) if a.tag == "table"), None)
    if table is None:
        return ""
    head = table.css_first("thead tr") or next((tr for tr in table.css("tr") if tr.css_first("th")), None)
    if head is None or same(head, row):
        return ""
    heads = [c for c in head.iter() if c.tag in ("th", "td")]
    idx = next((i for i, c in enumerate(heads) if "发布" in text_of(c)), None)
    cells = [c for c in row.iter() if c.tag in ("td", "th")]
    return text_of(cells[idx]) if idx is not None and len(cells) == len(heads) else ""


def _row_date_text(row: _Row, selectors: Selectors | None) -> str:
    """Where the row's date may be written, best place first (the first date found wins)."""
    node, anchor = row.node, row.anchor
    if selectors is not None and selectors.date:
        found = node.css_first(selectors.date)
        if found is not None:
            return text_of(found) or attr(found, "datetime")
    cell = _publish_cell(node) if node.tag == "tr" else ""
    if cell:
        return cell
    text = "" if same(node, anchor) else _outside_text(node, anchor)
    if node.tag == "dt":  # <dt><a/></dt><dd>2024-09-12</dd>
        sib = node.next
        while sib is not None and sib.tag != "dt":
            if sib.tag == "dd" and sib.css_first("a[href]") is None:
                text += " | " + text_of(sib)
            sib = sib.next
    if same(node, anchor):
        text += " | " + _following_text(anchor)
    return text + " | " + _dates_in_anchor(anchor)


class _YearHints:
    """The year of a year-less date: from the item's URL (/202409/, /art/2024/9/12/), else the
    nearest year heading (2023年) above the row."""

    def __init__(self, tree: LexborHTMLParser, regions: Regions) -> None:
        self.order: dict[int, int] = {}
        self.headings: list[tuple[int, int]] = []
        root = tree.body
        if root is None:
            return
        for i, n in enumerate(root.traverse(include_text=True)):
            if n.tag == "-text":
                m = _YEAR_HEADING.match(n.text_content or "")
                if m and n.parent is not None and n.parent.tag not in _NOT_HEADINGS and not regions.excluded(n.parent):
                    self.headings.append((i, int(m.group(1))))
            else:
                self.order[n.mem_id] = i

    def year_for(self, row: LexborNode, url: str, month: int) -> int | None:
        for m in _URL_YEAR.finditer(urlsplit(url).path):
            if int(m.group(2)) == month:
                return int(m.group(1))
        pos = self.order.get(row.mem_id)
        years = [y for i, y in self.headings if pos is not None and i < pos]
        return years[-1] if years else None


def _date_of(row: _Row, text: str, today: date, hints: _YearHints) -> tuple[date | None, str]:
    found = find_dates(text, today=today)
    if not found:  # a card's date box: the day and the year-month in separate elements
        split = split_date(text.split(" | "), today=today)
        return split if split is not None else (None, "")
    d, spelled = found[0]
    if not has_year(spelled):
        hint = hints.year_for(row.node, row.url, d.month)
        hinted = find_dates(spelled, today=today, year_hint=hint) if hint is not None else []
        if hinted:
            d = hinted[0][0]
    return d, spelled


def _strip_date(label: str, spelled: str) -> str:
    """``<a>标题 <span>2024-09-12</span></a>``: the date is not part of the title."""
    s = re.escape(spelled)
    bare = re.sub(r"^[\s\[(（【]*" + s + r"[\])）】]?\s*|[\s\[(（【]*" + s + r"[\])）】]?\s*$", "", label)
    return bare if len(bare) >= 4 else label


def extract_entries(
    html: str, base_url: str, *, today: date, selectors: Selectors | None = None
) -> list[ListEntry]:
    """The list rows of a list page: title, absolute normalised URL, date and the date as written.

    ``selectors.list_item`` (rows) and ``selectors.date`` (the date inside a row) override the
    heuristics. Rows without a date are kept (``date=None``) when they sit in a dated list.
    """
    tree = parse(html)
    base = base_of(tree, base_url)
    regions = Regions(tree)
    hints = _YearHints(tree, regions)
    chosen = bool(selectors and selectors.list_item)
    rows = _selected_rows(tree, base, selectors) if selectors and chosen else _heuristic_rows(tree, base, regions)
    for row in rows:
        row.date, row.date_text = _date_of(row, _row_date_text(row, selectors), today, hints)
        if row.date_text:
            row.label = _strip_date(row.label, row.date_text)
    if not chosen:
        rows = _keep_lists(rows, tree, today, base)
    out: list[ListEntry] = []
    seen: set[tuple[str, str, date | None]] = set()
    for r in rows:
        if (r.url, r.label, r.date) not in seen:
            seen.add((r.url, r.label, r.date))
            out.append(ListEntry(r.label, r.url, r.date, r.date_text))
    return out


def _selected_rows(tree: LexborHTMLParser, base: str, selectors: Selectors) -> list[_Row]:
    rows: list[_Row] = []
    for node in tree.css(selectors.list_item or ""):
        links = [(a, label_of(a), link_url(a, base)) for a in node.css("a[href]")]
        links = [x for x in links if x[2]]
        if links:
            a, label, url = max(links, key=lambda x: (_is_main_label(x[1]), len(x[1])))
            rows.append(_Row(node, a, label, url))
    return rows


def _heuristic_rows(tree: LexborHTMLParser, base: str, regions: Regions) -> list[_Row]:
    mains: list[tuple[LexborNode, str, str]] = []
    for a in tree.css("a[href]"):
        url, label = link_url(a, base), label_of(a)
        if url and _is_main_label(label):
            mains.append((a, label, url))
    urls_under: dict[int, set[str]] = {}  # element → (up to two) main link URLs inside it
    for a, _, url in mains:
        for anc in ancestors(a):
            s = urls_under.setdefault(anc.mem_id, set())
            if len(s) < 2:
                s.add(url)
    by_node: dict[int, _Row] = {}
    for a, label, url in mains:
        if regions.excluded(a):
            continue
        node = _row_of(a, urls_under)
        if _PREV_NEXT.match(text_of(node)):  # 上一篇/下一篇 of an article
            continue
        old = by_node.get(node.mem_id)
        if old is None or len(label) > len(old.label):
            by_node[node.mem_id] = _Row(node, a, label, url)
    return list(by_node.values())


def _looks_like_article(url: str) -> bool:
    parts = urlsplit(url)
    last = parts.path.rsplit("/", 1)[-1]
    return bool(parts.query) or (bool(last) and not re.fullmatch(r"(index|default)(_\d+)?\.\w+", last))


def _own_column_first(groups: list[list[_Row]], base: str) -> list[list[_Row]]:
    """On a column page (/xwzx/gzdt/, /channels/10033.html), lists of the column's own items win
    over side lists of other columns (最新更新, 热点): keep the lists whose links mostly lead into
    the column (:func:`_own`), when there is one. The homepage keeps every list."""
    if _is_homepage(base):
        return groups
    mine = [m for m in groups if sum(_own(r, base) for r in m) * 2 >= len(m)]
    return mine or groups


def _is_homepage(base: str) -> bool:
    parts = urlsplit(base)
    return parts.path.rsplit("/", 1)[0] in ("", "/") and not _column_ids(base) and not parts.query


_DIGITS = re.compile(r"\d+")


def _column_ids(base: str) -> set[str]:
    """The numbers that name a column in its URL (/channels/10033.html, /col/col400001/), which its
    items' URLs repeat (/contents/10033/…, /art/…/art_400001_…); not years, not short numbers."""
    path = urlsplit(base).path
    return {d for d in _DIGITS.findall(path) if len(d) >= 3 and not (len(d) == 4 and d[:2] in ("19", "20"))}


def _short_column_ids(base: str) -> set[str]:
    """A column page named by a two-digit number alone (/channels/33.html, /lm/33_2.html): too
    short to look for anywhere in an item's URL, it only counts as a whole folder of it
    (/contents/33/2324.html)."""
    stem = urlsplit(base).path.rsplit("/", 1)[-1].split(".", 1)[0]
    m = re.fullmatch(r"(\d{2})(?:_\d+)?", stem)
    return {m.group(1)} if m else set()


def _own(r: _Row, base: str) -> bool:
    """The row's link leads into the page's column: under its folder, or naming the column's number."""
    page, parts = urlsplit(base), urlsplit(r.url)
    if parts.netloc != page.netloc:
        return False
    folder = page.path.rsplit("/", 1)[0] + "/"
    if folder != "/" and parts.path.startswith(folder):
        return True
    ids = _column_ids(base)
    if ids and ids & set(_DIGITS.findall(parts.path)):
        return True
    short = _short_column_ids(base)
    return bool(short) and bool(short & set(parts.path.split("/")[:-1]))


def _side_lists_dropped(groups: list[list[_Row]], tree: LexborHTMLParser, base: str) -> list[list[_Row]]:
    """On a column page whose breadcrumb heads its own part of the page (the list's box beside a
    side column), a list outside that part whose links lead elsewhere is a side box of other
    columns (最新文章, 热点排行), never this column's list, even when the column's own is empty."""
    if _is_homepage(base):
        return groups  # every list of the homepage is its own
    area = crumb_area(tree)
    if area is not None:
        held = {n.mem_id for n in area.traverse()}
        groups = [m for m in groups
                  if any(r.node.mem_id in held for r in m) or sum(_own(r, base) for r in m) * 2 > len(m)]
    chrome = Chrome(tree)  # one walk of the page for both filters
    return _chrome_boxes_dropped(_other_boxes_dropped(groups, tree, base, chrome), tree, chrome)


def _other_boxes_dropped(groups: list[list[_Row]], tree: LexborHTMLParser, base: str, chrome: Chrome
                         ) -> list[list[_Row]]:
    """On a page of boxes, one headed by the column's own name (its <title>, its breadcrumb), a list
    outside that box in a box headed by another name (最新发布 beside 财政资金), whose links lead
    elsewhere, is another column's list, not this column's, even when the column's own is empty: a
    side box of the site's latest news on every page (without a chrome class to tell) would
    otherwise make every column look fresh and none blank."""
    names = column_names(tree)
    box = column_box(tree, chrome, names)
    if box is None:
        return groups
    inside = {n.mem_id for n in box.traverse()}
    return [m for m in groups if any(r.node.mem_id in inside for r in m)
            or sum(_own(r, base) for r in m) * 2 > len(m) or not _headed_elsewhere(m, names)]


def _headed_elsewhere(members: list[_Row], names: set[str]) -> bool:
    """The list sits in a box whose heading is not the column's name."""
    parent = members[0].node.parent
    for anc in [parent, *ancestors(parent)] if parent is not None else []:
        if anc.tag in ("body", "html"):
            return False
        head = heading_line(anc)
        if head:
            return head not in names
    return False


def _chrome_boxes_dropped(groups: list[list[_Row]], tree: LexborHTMLParser, chrome: Chrome) -> list[list[_Row]]:
    """A list in the page's chrome (a side box, class side-box / sideBox, of the site's latest
    news, on every page) is not the column's list when the page has its own outside the chrome: a
    dated list there, or an empty-list note (暂无内容) saying the column's list is empty. Without
    a breadcrumb to mark the column's part, the side box (often first in the markup, always
    fresh) would otherwise make every column look up to date and none blank."""
    boxed = [m for m in groups if all(chrome.inside(r.node) for r in m)]
    if not boxed:
        return groups
    rest = [m for m in groups if not any(m is b for b in boxed)]
    if any(r.date for m in rest for r in m) or empty_note(tree, chrome) is not None:
        return rest
    return groups


def _keep_lists(rows: list[_Row], tree: LexborHTMLParser, today: date, base: str) -> list[_Row]:
    by_parent: dict[tuple[int, str], list[_Row]] = {}
    for r in rows:
        parent = r.node.parent
        by_parent.setdefault((parent.mem_id if parent is not None else 0, str(r.node.tag)), []).append(r)
    groups = _side_lists_dropped(list(by_parent.values()), tree, base)
    dated = []
    for members in groups:
        if not any(r.date for r in members):
            continue
        if len(members) == 1 and len(text_of(members[0].node)) - len(members[0].label) > MAX_SINGLE_ROW_EXTRA:
            continue  # a lone dated link in running text (an article's body), not a list
        dated.append(members)
    if dated:
        return [r for m in _own_column_first(dated, base) for r in m]
    if _labelled_date(tree, today, ("发布时间", "发布日期")) is not None:
        return []  # an article page: its links are no list
    undated = [
        m for m in groups
        if len(m) >= 2 and sum(len(r.label) for r in m) / len(m) >= 8
        and sum(_looks_like_article(r.url) for r in m) * 2 >= len(m)
    ]
    return max(undated, key=len) if undated else []


# --- article pages ---------------------------------------------------------------------------

_META_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "publishtime", "article:published_time",
               "dc.date", "dcterms.issued", "dc.date.issued", "releasedate")


def _labelled_date(tree: LexborHTMLParser, today: date, labels: Sequence[str]) -> date | None:
    """A date written right after one of ``labels`` (发布时间：2024-09-13 17:25)."""
    text = text_of(tree.body)
    for label in labels:
        for m in re.finditer(re.escape(label) + r"\s*[:：]?\s*", text):
            after = text[m.end(): m.end() + 30]
            found = find_dates(after, today=today)
            if found and after.startswith(found[0][1][:2]):
                return found[0][0]
    return None


def article_date(html: str, *, today: date) -> date | None:
    """The publication date of an article page: a 发布时间/发布日期 label, else meta tags
    (PubDate, firstpublishedtime …), else a 时间/日期 label."""
    tree = parse(html)  # drops scripts, keeps <meta>
    labelled = _labelled_date(tree, today, ("发布时间", "发布日期", "发文日期", "发布于"))
    if labelled is not None:
        return labelled
    for meta in tree.css("meta[content]"):
        name = (meta.attributes.get("name") or meta.attributes.get("property") or "").strip().lower()
        if name in _META_NAMES:  # 2024-09-12 10:00, 2024-09-11-08:30:00 (firstpublishedtime)
            m = re.match(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", meta.attributes.get("content") or "")
            found = find_dates("-".join(m.groups()), today=today) if m else []
            if found:
                return found[0][0]
    return _labelled_date(tree, today, ("时间", "日期"))


# --- the content area -------------------------------------------------------------------------

_INLINE_OR_PART = ("tbody", "thead", "tr", "a", "span", "font", "em", "b", "strong", "i")


def _entry_anchors(tree: LexborHTMLParser, entries: Sequence[ListEntry]) -> list[LexborNode]:
    titles = {e.title for e in entries}
    tails = {urlsplit(e.url).path.rsplit("/", 1)[-1] for e in entries} - {"", "index.html", "index.htm"}
    found = []
    for a in tree.css("a[href]"):
        tail = urlsplit((a.attributes.get("href") or "").strip()).path.rsplit("/", 1)[-1]
        if label_of(a) in titles or text_of(a) in titles or (tail and tail in tails):
            found.append(a)
    return found


def _common_ancestor(nodes: Sequence[LexborNode]) -> LexborNode | None:
    chains = [list(reversed([n, *ancestors(n)])) for n in nodes]
    common: LexborNode | None = None
    for level in zip(*chains, strict=False):
        if all(x.mem_id == level[0].mem_id for x in level):
            common = level[0]
        else:
            break
    return common


def content_selector(
    html: str, entries: Sequence[ListEntry], *, selectors: Selectors | None = None
) -> str | None:
    """A CSS selector (an nth-of-type path) for the list/content area, to screenshot it: the
    entries' rows' smallest common ancestor; without entries the page's main region around its
    (maybe empty) list or text, which holds no navigation or footer, so that a blank column shows
    as blank; None when nothing fits. ``selectors.content`` overrides when it matches an element."""
    tree = parse(html, strip_noise=False)  # paths must match the browser's DOM
    if selectors is not None and selectors.content and tree.css_first(selectors.content) is not None:
        return selectors.content
    node: LexborNode | None = None
    anchors = _entry_anchors(tree, entries) if entries else []
    if anchors:
        rows = [next((x for i, x in enumerate(ancestors(a)) if i < 4 and x.tag in ("li", "tr", "dd", "dt")), a)
                for a in anchors]
        node = _common_ancestor(rows)
        if node is not None and any(same(node, r) for r in rows):  # a single row: its list
            node = node.parent
        while node is not None and node.tag in _INLINE_OR_PART:
            node = node.parent
    if node is None or node.tag in ("html", "-document"):
        node = main_region(tree) if node is None else tree.body
    if node is None or node.tag in ("-document", None):
        return None
    return css_path(node)


# --- categories -------------------------------------------------------------------------------

_CATEGORY_WORDS: list[tuple[Category, tuple[str, ...]]] = [  # first match wins: 人事任免公告 is personnel
    ("personnel", ("人事", "任免", "招考", "招聘", "干部", "录用")),
    ("plan", ("规划", "计划", "总结")),
    ("news", ("动态", "要闻", "新闻", "资讯", "快讯")),
    ("notice", ("通知", "公告", "公示", "通告")),
    ("policy", ("政策", "文件", "规章", "政府令", "法规")),
]


def infer_category(name: str) -> Category:
    """The update-limit category a column's name implies (工作动态 → news, 通知公告 → notice …)."""
    for category, words in _CATEGORY_WORDS:
        if any(w in name for w in words):
            return category
    return "other"

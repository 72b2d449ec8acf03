"""Columns from a site's navigation bar, and the further pages of a list (pure, from HTML)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.config import Selectors
from robot.gather._html import (
    BAR_NAME_CHARS,
    HOME_NAMES,
    ancestors,
    attr,
    base_of,
    clean,
    label_of,
    link_bars,
    link_url,
    parse,
    same,
    text_of,
)
from robot.urls import in_scope, normalise


@dataclass(frozen=True)
class NavColumn:
    """A column found in the site's navigation bar (level 2: a dropdown item)."""

    name: str
    url: str
    level: int


_CHANNEL_RE = re.compile(
    r"信箱|写信|留言|咨询|投诉|问政|依申请|申请公开|公开指南|年度报告|搜索|检索|登录|登陆|注册|无障碍|长者|适老|关怀版"
    r"|english|网站地图|联系我们|设为首页|加入收藏|收藏本站|手机版|繁體|繁体|简体版|rss|智能问答"
    r"|^(网上|我要|在线)?办事(服务|大厅)?$|网上办事|政务服务网|^政务服务$|^微信$|^微博$",
    re.I,
)
_SUB_RE = re.compile(r"sub|drop|child|second|erji|xiala|down|two|level-?2|nav-?2", re.I)
_NAV_RE = re.compile(r"nav|menu|daohang|(?:^|[-_\s])dh(?:[-_\s\d]|$)", re.I)
_FOOTER_RE = re.compile(r"foot|bottom|copyright|banquan", re.I)


def is_channel_name(name: str) -> bool:
    """Interaction channels and tools in a navigation bar that are not columns (领导信箱, 搜索 …)."""
    return bool(_CHANNEL_RE.search(clean(name)))


def _in_footer(node: LexborNode) -> bool:
    return any(a.tag == "footer" or _FOOTER_RE.search(attr(a, "class") + " " + attr(a, "id"))
               for a in [node, *ancestors(node)])


def _nav_containers(tree: LexborHTMLParser, selectors: Selectors | None) -> list[LexborNode]:
    if selectors is not None and selectors.nav:
        return tree.css(selectors.nav)  # the links themselves, or containers of links
    cands = [n for n in tree.css("nav, [id], [class]")
             if n.tag == "nav" or _NAV_RE.search(attr(n, "id") + " " + attr(n, "class"))]
    cands = [n for n in cands if n.tag not in ("a", "body", "html") and len(n.css("a[href]")) >= 3
             and not _in_footer(n)]
    if not cands:  # no marked navigation: a bar of short links with 首页 (robot.gather._html.link_bars)
        cands = [n for n in link_bars(tree) if not _in_footer(n)]
    if not cands:  # else the header's biggest list
        heads = tree.css("header ul, [id*=head] ul, [class*=head] ul, [id*=top] ul, [class*=top] ul")
        cands = sorted(heads, key=lambda u: -len(u.css("li")))[:1]
    ids = {n.mem_id for n in cands}
    return [n for n in cands if not any(a.mem_id in ids for a in ancestors(n))]  # outermost only


def _has_header_link(item: LexborNode, a: LexborNode) -> bool:
    """``<li><a>政务公开</a><ul>…a…</ul></li>`` or ``<dl><dt><a>…</a></dt><dd>…a…</dd></dl>``."""
    if item.tag == "dl":
        head = item.css_first("dt a[href]")
        return head is not None and not same(head, a)
    if item.tag != "li":
        return False
    head = item.css_first("a[href]")
    if head is None or same(head, a):
        return False
    owner = next((x for x in ancestors(head) if x.tag in ("li", "dd", "dt")), None)
    return same(owner, item)


def _nav_level(a: LexborNode, container: LexborNode) -> int:
    level, sub = 1, False
    for anc in ancestors(a):
        if same(anc, container):
            break
        if _has_header_link(anc, a):
            level += 1
        if _SUB_RE.search(attr(anc, "class") + " " + attr(anc, "id")):
            sub = True
    if sub and level == 1:
        level = 2
    return min(level, 3)


# A mega-menu's panel may show, beside its columns, a featured item or two: a picture card with an
# article's title, or a dated title. Column names are short; a title this long that comes with a
# picture or a date is an article, not a column.
FEATURED_NAME_CHARS = 12
_DATED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?<!\d)\d{1,2}-\d{2}(?!\d)")


def _featured_item(a: LexborNode, name: str) -> bool:
    """A long title shown with a picture or a date in a menu: an article featured there."""
    if len(clean(name).replace(" ", "")) <= FEATURED_NAME_CHARS:
        return False
    if a.css_first("img") is not None:
        return True
    row = next((x for x in ancestors(a) if x.tag in ("li", "dd", "dt", "p", "div")), None)
    return row is not None and len(row.css("a[href]")) == 1 and bool(_DATED.search(text_of(row)))


def _is_homepage(url: str, home: str) -> bool:
    parts, site = urlsplit(url), urlsplit(home)
    if parts.netloc != site.netloc or parts.query:
        return False
    return parts.path in ("", "/") or bool(re.fullmatch(r"/(index|default)\.(s?html?|jsp|php|aspx?)", parts.path))


def discover_columns(
    html: str, base_url: str, scope: Sequence[str], *, selectors: Selectors | None = None,
    ignore: Sequence[str] = (), frames: Sequence[tuple[str, str]] = (),
) -> list[NavColumn]:
    """Columns from the navigation bar: in scope, deduplicated by URL, without 首页 and channels.

    Navigation is a ``<nav>``, an element whose id/class says nav/menu/daohang, else a bar of short
    links with 首页 however it is named, else the header's main list; dropdown items (under another
    item's link, or in a sub/drop container) are level 2. ``frames`` are the documents of the page's
    frames, ``(url, html)``: a frame in scope whose document is a menu (see ``_frame_menu_columns``)
    lists columns too.
    """
    tree = parse(html)
    base = base_of(tree, base_url)
    home = normalise(base_url)
    scope_list = list(scope)
    out: dict[str, NavColumn] = {}
    for container in _nav_containers(tree, selectors):
        anchors = [container] if container.tag == "a" else container.css("a[href]")
        for a in anchors:
            url = link_url(a, base)
            name = text_of(a) or label_of(a)
            if attr(a, "title") and name.endswith(("...", "…")):
                name = attr(a, "title")
            if not url or not name or _is_homepage(url, home) or name.lower() in HOME_NAMES:
                continue
            if not in_scope(url, scope_list) or name in ignore or is_channel_name(name):
                continue
            if container.tag != "a" and _featured_item(a, name):
                continue
            level = 1 if container.tag == "a" else _nav_level(a, container)
            if url not in out:
                out[url] = NavColumn(name, url, level)
            elif level < out[url].level:
                out[url] = NavColumn(out[url].name, url, level)
    if selectors is None or not selectors.nav:
        for col in _side_menu_columns(tree, base, home, scope_list, out, ignore):
            out.setdefault(col.url, col)
        for frame_url, frame_html in frames:
            for col in _frame_menu_columns(frame_html, frame_url, home, scope_list, ignore):
                out.setdefault(col.url, col)
    return list(out.values())


# A flat navigation bar (no dropdowns) may name only the sections (新闻中心, 政务公开): each
# section's page lists its own columns in a menu of its own (a sub-navigation or side menu). On a
# section's page, links of its navigation containers and menus that lead into folders under the
# section's folder (/xwzx/bmdt/index.html under /xwzx/index.html) are its columns, one level down.


_INDEX_FILE = re.compile(r"(index|default|list|main)[\w-]*\.\w+", re.I)  # a folder's page, not an article


def section_columns(
    html: str, page_url: str, scope: Sequence[str], level: int, *, ignore: Sequence[str] = (),
) -> list[NavColumn]:
    """The columns a section's page lists in its own menus, nested in the section's folder."""
    tree = parse(html)
    base = base_of(tree, page_url)
    here = urlsplit(normalise(page_url))
    folder = here.path.rsplit("/", 1)[0] + "/"
    if folder == "/":
        return []
    scope_list = list(scope)
    out: dict[str, NavColumn] = {}
    links: list[tuple[str, str]] = []
    for container in _nav_containers(tree, None):
        if container.tag != "a":
            links.extend((link_url(a, base), text_of(a) or label_of(a)) for a in container.css("a[href]"))
    for box in _menu_boxes(tree, base):
        links.extend(box)
    for url, name in links:
        parts = urlsplit(url)
        rest = parts.path[len(folder):] if parts.path.startswith(folder) else ""
        last = parts.path.rsplit("/", 1)[-1]
        if (not url or not name or parts.netloc != here.netloc or parts.query or "/" not in rest
                or not (not last or "." not in last or _INDEX_FILE.fullmatch(last))
                or len(clean(name)) > BAR_NAME_CHARS or not in_scope(url, scope_list) or name in ignore
                or is_channel_name(name) or name.lower() in HOME_NAMES):
            continue
        out.setdefault(url, NavColumn(clean(name), url, level + 1))
    return list(out.values())


# A side menu of column names (side tabs, 栏目导航 boxes beside the content) lists columns the top bar
# leaves out. A list or table of short links, one a row, that holds at least MENU_KNOWN columns the
# navigation bar already names is taken for such a menu: its other links shaped like the bar's
# column URLs (the same parent folder and file name: /html/Class25/Index.htm beside
# /html/Class11/Index.htm) are columns too, at the level of the bar's columns beside them (a
# sibling in the menu is no sub-column of the others). A box of articles (long titles, dates) or
# of links elsewhere is no menu.
MENU_KNOWN = 2
MENU_LINKS = 3
MENU_NAME_CHARS = 8
MENU_EXTRA_CHARS = 12  # the menu's heading (政务动态) besides its links' names


def _url_shape(url: str) -> tuple[str, str, str]:
    """A column URL's shape: host, the folder above the column's own folder, and the file name."""
    parts = urlsplit(url)
    folder, _, file = parts.path.rpartition("/")
    return parts.netloc, folder.rpartition("/")[0], file


def _menu_boxes(tree: LexborHTMLParser, base: str) -> Iterator[list[tuple[str, str]]]:
    """The menus of a document: innermost lists or tables of at least MENU_LINKS short links, one a
    row, with little text besides their names (a heading); each as its links' (url, name)."""
    if tree.body is None:
        return
    for box in tree.body.css("ul, ol, table, dl"):
        if any(not same(n, box) for n in box.css("ul, ol, table, dl")) or _in_footer(box):
            continue  # the innermost lists only
        links = [(a, link_url(a, base), text_of(a) or label_of(a)) for a in box.css("a[href]")]
        if len(links) < MENU_LINKS or any(not url or not name or len(name) > MENU_NAME_CHARS for _, url, name in links):
            continue
        rows = {next((x for x in ancestors(a) if x.tag in ("li", "tr", "dd", "dt")), a).mem_id for a, _, _ in links}
        names = sum(len(clean(name)) for _, _, name in links)
        if len(rows) < len(links) or len(clean(text_of(box)).replace(" ", "")) - names > MENU_EXTRA_CHARS:
            continue
        yield [(url, name) for _, url, name in links]


def _side_menu_columns(
    tree: LexborHTMLParser, base: str, home: str, scope: Sequence[str], known: dict[str, NavColumn],
    ignore: Sequence[str],
) -> list[NavColumn]:
    if len(known) < MENU_KNOWN:
        return []
    shapes = {_url_shape(u) for u in known}
    out: list[NavColumn] = []
    for links in _menu_boxes(tree, base):
        levels = [known[url].level for url, _ in links if url in known]
        if len(levels) < MENU_KNOWN:
            continue
        for url, name in links:
            if (url in known or _url_shape(url) not in shapes or _is_homepage(url, home) or not in_scope(url, scope)
                    or name in ignore or is_channel_name(name)):
                continue
            out.append(NavColumn(name, url, max(levels)))  # a sibling of the bar's columns it sits among
    return out


# A menu in a frame: a site in table layout puts its column menu in a frame of the homepage
# (<iframe src=left.html>, its links opening in the whole window). The page's own markup has no
# link to those columns; the frame's document, read in the browser, does. A frame of the site whose
# document holds a menu (a list or table of short links, one a row: _menu_boxes) lists columns of
# the first level, in scope and without 首页 and channels; a frame of dated titles, of another
# site's pages or of a form lists none.


def _frame_menu_columns(
    html: str, frame_url: str, home: str, scope: Sequence[str], ignore: Sequence[str],
) -> list[NavColumn]:
    if not frame_url or not in_scope(frame_url, scope):
        return []
    tree = parse(html)
    base = base_of(tree, frame_url)
    out: list[NavColumn] = []
    for links in _menu_boxes(tree, base):
        for url, name in links:
            if (_is_homepage(url, home) or url == home or name.lower() in HOME_NAMES or not in_scope(url, scope)
                    or name in ignore or is_channel_name(name)):
                continue
            out.append(NavColumn(name, url, 1))
    return out


# --- pagination -------------------------------------------------------------------------------

_NEXT_TEXTS = {"下一页", "下页", "后页", "尾页", "末页", "›", "»", ">", ">>", "next", "last", "下一页>", "下一页>>"}
_PAGER_HREF = re.compile(r"(?:^|/)(?:index|list|default)_\d+\.(?:s?html?|jsp|php)$", re.I)
_PAGE_PARAM = re.compile(r"(?:^|&)(?:page|pageno|pageindex|curpage|pagenum|currentpage|pn|p)=\d+", re.I)
_PAGER_CLASS = re.compile(r"pag|fenye|pgPanel|(?:^|[-_\s])fy(?:[-_\s]|$)", re.I)
_CREATE_PAGE = re.compile(r"createPageHTML\s*\(([^)]*)\)")
MAX_GENERATED_PAGES = 1000


def _js_value(arg: str, script: str) -> str:
    """A createPageHTML argument: a literal, or a variable assigned a literal in the script."""
    arg = arg.strip()
    if re.fullmatch(r"[A-Za-z_$][\w$]*", arg):
        m = re.search(r"\b" + re.escape(arg) + r"\s*=\s*(\d+|\"[^\"]*\"|'[^']*')", script)
        return m.group(1).strip("'\"") if m else ""
    return arg.strip("'\"")


def _trs_pages(tree: LexborHTMLParser, base: str) -> list[str]:
    """TRS WCM's JavaScript pager: ``createPageHTML(count, current, "index", "html")``."""
    out: list[str] = []
    for script in tree.css("script"):
        code = script.text() or ""
        for m in _CREATE_PAGE.finditer(code):
            args = [_js_value(x, code) for x in m.group(1).split(",")]
            nums = [i for i, v in enumerate(args) if v.isdigit()]  # newer TRS: ('page_div', 10, 0, …)
            if not nums or nums[0] + 3 >= len(args) or not args[nums[0] + 1].isdigit():
                continue
            i = nums[0]
            count, current, prefix, ext = int(args[i]), int(args[i + 1]), args[i + 2], args[i + 3]
            if not (prefix and ext):
                continue
            for n in range(min(count, MAX_GENERATED_PAGES)):
                if n != current:
                    out.append(urljoin(base, f"{prefix}.{ext}" if n == 0 else f"{prefix}_{n}.{ext}"))
    return out


def pagination_links(html: str, base_url: str) -> list[str]:
    """Further pages of a list: 下一页/尾页/page numbers, ``index_N.html``, TRS createPageHTML.

    Absolute normalised URLs in page order, without duplicates and without the page itself.
    """
    tree = parse(html, strip_noise=False)
    base = base_of(tree, base_url)
    here = normalise(base_url)
    here_path = urlsplit(here).path
    here_folder = here_path.rsplit("/", 1)[0]
    found = _trs_pages(tree, base)
    pagers = {a.parent.mem_id for a in tree.css("a") if a.parent is not None
              and (text_of(a) or attr(a, "title")).lower() in _NEXT_TEXTS}
    pagers |= {n.mem_id for n in tree.css("[class], [id]") if _PAGER_CLASS.search(attr(n, "class") + " " + attr(n, "id"))}
    for a in tree.css("a[href]"):
        url = link_url(a, base)
        if not url:
            continue
        text = (text_of(a) or attr(a, "title")).lower()
        parts = urlsplit(url)
        numbered = bool(re.fullmatch(r"\[?\d{1,4}\]?", text)) and any(p.mem_id in pagers for p in ancestors(a))
        same_folder = parts.netloc == urlsplit(here).netloc and parts.path.rsplit("/", 1)[0] == here_folder
        if text in _NEXT_TEXTS or numbered or (same_folder and _PAGER_HREF.search(parts.path)) \
                or (parts.path == here_path and _PAGE_PARAM.search(parts.query)):
            found.append(url)
    out: list[str] = []
    for u in found:
        n = normalise(u)
        if n and n != here and n not in out:
            out.append(n)
    return out

"""HTML helpers shared by the pure extractors (selectolax's lexbor backend): text, links, CSS
paths, the regions links are not taken from (:class:`Regions`), and the page's main content
region without its chrome (:func:`main_region`, what a blank column is judged from).

Lexbor nodes compare equal when their *serialised HTML* is equal (two identical ``<li>`` rows are
"equal"), so identity here is always ``mem_id``: :func:`same`, and dictionaries keyed by it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.urls import normalise

NOISE_TAGS = "script, style, noscript, template, select"
_SKIP_HREF = ("javascript:", "mailto:", "tel:", "sms:", "#", "data:")
# id/class tokens of regions that are not content: navigation, footer, pager, breadcrumbs, tools.
# Substrings for the unambiguous words; whole tokens for the short ones (page-content is content).
_EXCLUDE_PART = re.compile(
    r"nav|menu|daohang|footer|copyright|banquan|breadcrumb|crumb|pagination|pager|paging|fenye|sidebar", re.I
)
_EXCLUDE_TOKEN = re.compile(
    r"(foot|bottom|dh|bq|page|pages|pagebox|page-box|pagebar|position|location|weizhi|dqwz|header|tools?|"
    r"share|search|yqlj|friendlinks?|friend-links?)\d*",
    re.I,
)
_EXCLUDE_TAGS = {"nav", "header", "footer", "aside"}
_SCOPED_TAGS = {"header", "footer"}  # the page's banner and footer, unless inside an article


def _page_chrome_tag(node: LexborNode, tags: set[str]) -> bool:
    """The element is chrome by its tag: nav/aside always; header/footer only when they belong to
    the page, not to an <article> (HTML5 scopes them to their nearest article: a post card's
    <header> holds its title and date, a list's rows, never the site's banner)."""
    if node.tag not in tags:
        return False
    return node.tag not in _SCOPED_TAGS or not any(a.tag == "article" for a in ancestors(node))
_FULL_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
COPYRIGHT_RE = re.compile(r"版权所有|copyright|©|ICP备|网站标识码|公网安备", re.I)
# the lines a footer is made of, besides the copyright itself
_FOOTER_LINE = re.compile(
    COPYRIGHT_RE.pattern + r"|主办|承办|协办|技术支持|维护|联系电话|电话|传真|地址|邮编|邮箱|e-?mail|建议使用|分辨率|浏览器"
    r"|网站地图|联系我们|关于我们|纠错|备案|党政机关",
    re.I,
)
INLINE_TAGS = {"a", "span", "font", "em", "b", "strong", "i", "u", "small", "label", "br", "img", "sup", "sub"}
_ROW_TAGS = "li, tr, dd, dt, td"


def clean(text: str | None) -> str:
    """Whitespace folded (ideographic and no-break spaces too)."""
    return " ".join((text or "").split())


def text_of(node: LexborNode | None) -> str:
    return clean(node.text(deep=True, separator=" ")) if node is not None else ""


def attr(node: LexborNode, name: str) -> str:
    return clean(node.attributes.get(name) or "")


def same(a: LexborNode | None, b: LexborNode | None) -> bool:
    """The same element (not merely the same markup)."""
    return a is not None and b is not None and a.mem_id == b.mem_id


def parse(html: str, strip_noise: bool = True) -> LexborHTMLParser:
    """Parse; scripts, styles and ``<select>`` options are dropped unless asked to keep them."""
    tree = LexborHTMLParser(html or "<html></html>")
    if strip_noise:
        for node in tree.css(NOISE_TAGS):
            node.decompose()
    return tree


def base_of(tree: LexborHTMLParser, page_url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` when the page has one."""
    node = tree.css_first("base[href]")
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    return urljoin(page_url, href) if href else page_url


def ancestors(node: LexborNode) -> Iterator[LexborNode]:
    p = node.parent
    while p is not None and p.tag not in ("-document", None):
        yield p
        p = p.parent


def link_url(a: LexborNode, base: str) -> str:
    """The link's absolute normalised URL; '' for javascript:, mailto:, # and the like."""
    raw = (a.attributes.get("href") or "").strip()
    if not raw or raw.lower().startswith(_SKIP_HREF):
        return ""
    return normalise(raw, base)


def label_of(a: LexborNode) -> str:
    """What a link says: its title attribute when longer than its (truncated …) text."""
    text, title = text_of(a), attr(a, "title")
    if not text:
        img = a.css_first("img[alt]")
        text = attr(img, "alt") if img is not None else ""
    core = re.sub(r"(\.{2,}|…+|。{2,})$", "", text)  # CMS lists cut titles: 关于印发…的...
    return title if len(title) > len(core) else text


def css_path(node: LexborNode) -> str:
    """``html > body > div:nth-of-type(3) > ul:nth-of-type(1)``: finds the element again."""
    parts: list[str] = []
    cur: LexborNode | None = node
    while cur is not None and cur.tag not in ("html", "-document", None):
        parent = cur.parent
        if cur.tag in ("body", "head") or parent is None:
            parts.append(str(cur.tag))
        else:
            index = 0
            for sib in parent.iter():
                if sib.tag == cur.tag:
                    index += 1
                if sib.mem_id == cur.mem_id:
                    break
            parts.append(f"{cur.tag}:nth-of-type({index})")
        cur = parent
    return " > ".join(["html", *reversed(parts)])


def linked_rows(node: LexborNode) -> bool:
    """Holds at least two sibling rows (li, tr, dd, dt, td) that each hold a link: a list or a bar."""
    seen: set[int] = set()
    for row in node.css(_ROW_TAGS):
        parent = row.parent
        if parent is None or row.css_first("a[href]") is None:
            continue
        if parent.mem_id in seen:
            return True
        seen.add(parent.mem_id)
    return False


def block_of(node: LexborNode) -> LexborNode | None:
    """The nearest ancestor-or-self that is not inline markup (a text node's line or block)."""
    cur: LexborNode | None = node if node.tag != "-text" else node.parent
    while cur is not None and cur.tag in INLINE_TAGS:
        cur = cur.parent
    return cur


def _footer_share(node: LexborNode) -> float:
    """How much of the node's text sits in footer lines (版权所有, 主办单位, 地址, ICP备 …)."""
    total = foot = 0
    for t in node.traverse(include_text=True):
        if t.tag != "-text":
            continue
        s = clean(t.text_content)
        if not s:
            continue
        total += len(s)
        line = block_of(t)
        line_text = text_of(line) if line is not None and not same(line, node) else s
        if _FOOTER_LINE.search(s) or (len(line_text) <= 120 and _FOOTER_LINE.search(line_text)):
            foot += len(s)
    return foot / total if total else 0.0


def is_copyright_area(node: LexborNode) -> bool:
    """The page's copyright footer itself: short, naming 版权所有/ICP备/网站标识码, mostly footer lines,
    and holding no list or navigation bar (a wrapper of a short page holds the footer too)."""
    if node.tag not in ("div", "p", "table", "td", "ul", "section"):
        return False
    text = text_of(node)
    if not text or len(text) >= 400 or not COPYRIGHT_RE.search(text) or _FULL_DATE.search(text):
        return False
    return _footer_share(node) >= 2 / 3 and not linked_rows(node)


class Regions:
    """Which elements sit in navigation, header, footer, pager or copyright areas (memoised)."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.body_len = max(len(text_of(tree.body)), 1)
        self._memo: dict[int, bool] = {}

    def _own(self, node: LexborNode) -> bool:
        if node.tag in ("body", "html"):
            return False
        if _page_chrome_tag(node, _EXCLUDE_TAGS):
            return True
        if is_copyright_area(node):
            return True
        tokens = (attr(node, "id") + " " + attr(node, "class")).split()
        if not any(_EXCLUDE_PART.search(t) or _EXCLUDE_TOKEN.fullmatch(t) for t in tokens):
            return False
        # a "region" holding much of the page is a wrapper (<div class="page">), not a bar
        size = len(text_of(node))
        return not (size >= 500 and size >= 0.4 * self.body_len)

    def excluded(self, node: LexborNode) -> bool:
        key = node.mem_id
        if key not in self._memo:
            parent = node.parent
            self._memo[key] = self._own(node) or (
                parent is not None and parent.tag != "-document" and self.excluded(parent)
            )
        return self._memo[key]


# --- link bars: a navigation bar whatever its markup is called ---------------------------------

HOME_NAMES = frozenset({"首页", "网站首页", "主页", "返回首页", "回到首页", "home"})
BAR_MIN_LINKS = 5  # a 首页 link and at least four more
BAR_NAME_CHARS = 12  # column names are short; list titles, which are not, make a list
BAR_SHORT_SHARE = 0.9
BAR_LINK_SHARE = 0.8  # of the bar's text (separators and spaces aside) is link text
BAR_MAX_RISE = 4  # levels above a 首页 link where its bar may start
_BAR_TAGS = frozenset({"div", "ul", "ol", "p", "td", "tr", "table", "dl", "section", "span", "li"})
_BAR_FILLER = re.compile(r"[\s|｜¦·•、/\\>»›-]+")


def is_link_bar(node: LexborNode) -> bool:
    """A bar of column links, however its class is named (``lmdh``, ``menu_x``, none at all):
    at least five links, nearly all with a short name, one of them to the homepage (首页), and
    their names are nearly all of its text (a list of titles or a text block is not a bar)."""
    if node.tag not in _BAR_TAGS:
        return False
    names = [text_of(a) for a in node.css("a[href]")]
    if len(names) < BAR_MIN_LINKS or not any(n.lower() in HOME_NAMES for n in names):
        return False
    if sum(1 for n in names if 0 < len(n) <= BAR_NAME_CHARS) < BAR_SHORT_SHARE * len(names):
        return False
    linked = sum(len(_BAR_FILLER.sub("", n)) for n in names)
    return linked >= BAR_LINK_SHARE * len(_BAR_FILLER.sub("", text_of(node)))


def link_bars(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's link bars (:func:`is_link_bar`), outermost only, in page order: found upwards
    from each 首页 link, so a page costs a few checks, not one per element."""
    body = tree.body
    if body is None:
        return []
    found: dict[int, LexborNode] = {}
    for a in body.css("a[href]"):
        if text_of(a).lower() not in HOME_NAMES:
            continue
        best: LexborNode | None = None
        for i, anc in enumerate(ancestors(a)):
            if i >= BAR_MAX_RISE or anc.tag in ("body", "html"):
                break
            if is_link_bar(anc):
                best = anc
        if best is not None:
            found[best.mem_id] = best
    bars = list(found.values())
    ids = set(found)
    return [b for b in bars if not any(x.mem_id in ids for x in ancestors(b))]


# --- the main content region (what a column page shows besides its chrome) --------------------

# navigation, header, footer, breadcrumbs and side columns; pagers and tools are part of the content.
# A platform's short namespace may prefix the word (g-header, ui-side, xy_footer): a page's top bar
# with the day's date, or its side column's heading, left out of the chrome would outweigh the
# little text of a landing page of banners or tiles and lose its content region.
_CHROME_PART = re.compile(r"nav|menu|daohang|copyright|banquan|crumb|sidebar|position|location|weizhi|dqwz", re.I)
_CHROME_TOKEN = re.compile(
    r"(?:[a-z]{1,3}[-_])?(top|head|header|foot|footer|bottom|dh|bq|side|aside)"
    r"([-_]?(bar|box|wrap|wrapper|nav|menu|links?|info|inner|left|right|in|area|w|con|main))?\d*",
    re.I,
)
_CHROME_TAGS = {"nav", "header", "footer", "aside"}
_CRUMB_RE = re.compile(r"(您现在的|您当前的|当前|您的|所在的?|现在)\s*位置")
# what an empty list says (暂无信息, 没有任何记录), for the browser's measures too
EMPTY_NOTE = re.compile(r"暂无(信息|数据|记录|内容|相关|文章|新闻|资料)|没有(任何)?(记录|数据|信息|内容|文章|找到|相关|符合)|无(相关)?(记录|数据|信息)")
_LIST_RE = re.compile(r"list|liebiao|(?:^|[-_\s])lbs?(?:[-_\s\d]|$)", re.I)
_CONTENT_RE = re.compile(
    r"content|article|zwgk|(?:^|[-_\s])(?:con|cont|zw|text|detail|main|box|right|nr|wz)(?:[-_\s\d]|$)", re.I)
_HEADING_RE = re.compile(r"tit|(?:^|[-_\s])(?:bt|lmmc|lanmu|colname|catname)(?:[-_\s\d]|$)", re.I)
_HEADING_TAGS = "h1, h2, h3, h4, h5, h6, [class*=tit], [id*=tit], [class*=bt], [class*=lmmc], [class*=lanmu]"
_TEXTLESS = ("script", "style", "noscript", "template")


class Chrome:
    """The page's chrome: header, navigation, breadcrumbs, side columns and the copyright footer."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.body_len = max(len(text_of(tree.body)), 1)
        self.marked: set[int] = set()  # chrome elements
        self.holders: set[int] = set()  # chrome elements and their ancestors
        self._inside: dict[int, bool] = {}
        if tree.body is None:
            return
        for n in tree.body.traverse(include_text=True):
            if n.tag == "-text":
                text = n.text_content or ""
                parent = n.parent
                if (len(text) <= 80 and _CRUMB_RE.search(text) and parent is not None
                        and parent.tag not in _TEXTLESS):
                    line = block_of(n)
                    if line is not None and line.tag not in ("body", "html") and len(text_of(line)) <= 200:
                        self._mark(line)
            elif self._own(n):
                self._mark(n)
        for bar in link_bars(tree):  # a navigation bar whose class says nothing
            self._mark(bar)

    def _own(self, node: LexborNode) -> bool:
        if _page_chrome_tag(node, _CHROME_TAGS):
            return True
        tokens = (attr(node, "id") + " " + attr(node, "class")).split()
        if any(_CHROME_PART.search(t) or _CHROME_TOKEN.fullmatch(t) for t in tokens):
            size = len(text_of(node))  # a "region" holding much of the page is a wrapper
            return not (size >= 500 and size >= 0.4 * self.body_len)
        return is_copyright_area(node)

    def _mark(self, node: LexborNode) -> None:
        self.marked.add(node.mem_id)
        self.holders.add(node.mem_id)
        for a in ancestors(node):
            self.holders.add(a.mem_id)

    def holds(self, node: LexborNode) -> bool:
        """The node is chrome or has chrome inside."""
        return node.mem_id in self.holders

    def inside(self, node: LexborNode) -> bool:
        """The node is chrome or sits in chrome."""
        key = node.mem_id
        if key not in self._inside:
            parent = node.parent
            self._inside[key] = key in self.marked or (
                parent is not None and parent.tag not in ("-document", None) and self.inside(parent))
        return self._inside[key]


def _tokens(node: LexborNode) -> str:
    return attr(node, "id") + " " + attr(node, "class")


_CRUMB_CLASS = re.compile(r"crumb|position|location|weizhi|dqwz", re.I)
_LISTISH = "ul, ol, table, dl, iframe"


def crumb_line(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's breadcrumb (当前位置：首页 > …): the line of its words, else a crumb-named element."""
    body = tree.body
    if body is None:
        return None
    for n in body.traverse(include_text=True):
        if n.tag != "-text":
            continue
        text = n.text_content or ""
        if len(text) <= 80 and _CRUMB_RE.search(text) and n.parent is not None and n.parent.tag not in _TEXTLESS:
            line = block_of(n)
            if line is not None and line.tag not in ("body", "html") and len(text_of(line)) <= 200:
                return line
    for n in body.css("[id], [class]"):
        if any(_CRUMB_CLASS.search(t) for t in _tokens(n).split()) and 0 < len(text_of(n)) <= 200:
            return n
    return None


def crumb_area(tree: LexborHTMLParser) -> LexborNode | None:
    """The column's own part of a page beside other boxes: the nearest block above the breadcrumb
    that holds a list, a table or a frame (the crumb's own links aside). A side column of another
    list (最新文章, 热点) beside it is outside. None without a breadcrumb, or when that block is
    the whole page."""
    line = crumb_line(tree)
    if line is None:
        return None
    skip = {n.mem_id for n in line.traverse()} | {a.mem_id for a in ancestors(line)}  # the crumb's own wrappers
    for anc in ancestors(line):
        if anc.tag in ("body", "html"):
            return None
        if any(n.mem_id not in skip for n in anc.css(_LISTISH)):
            return _empty_list_box(anc, line) or anc
    return None


_CRUMB_SEP = re.compile(r"[>＞›»/→]|\s[-—]\s")


def _empty_list_box(area: LexborNode, line: LexborNode) -> LexborNode | None:
    """A breadcrumb across the top of a page of two boxes (the column's list, a side box of other
    columns' news) has both in its block. When the column's list is empty, its own box says so: the
    smallest block in the area holding both the column's name as a heading (the breadcrumb's last
    step, not a link) and an empty-list note (暂无信息). None when there is no such box."""
    name = clean(_CRUMB_SEP.split(text_of(line))[-1]).replace(" ", "")
    if not name:
        return None
    crumb = {n.mem_id for n in line.traverse()}
    notes = [t.parent for t in area.traverse(include_text=True)
             if t.tag == "-text" and t.parent is not None and t.parent.mem_id not in crumb
             and len(clean(t.text_content or "")) <= 30 and EMPTY_NOTE.search(t.text_content or "")]
    if not notes:
        return None
    heads = [n for n in area.traverse() if n.mem_id not in crumb and n.tag != "a" and not n.css_first("a")
             and clean(text_of(n)).replace(" ", "") == name]
    for head in heads:
        for anc in ancestors(head):
            if same(anc, area):
                break
            if any(same(x, anc) for note in notes for x in ancestors(note)):
                return anc
    return None


_TITLE_SEP = re.compile(r"\s*[-_|｜—–·]+\s*|\s{2,}")
NAME_CHARS = 20  # a column's name as a heading: short
_SITE_NAME = re.compile(r"人民政府|(政府|局|委员会|网站|门户|政府网|首页)$")  # the site's part of a <title>


def column_names(tree: LexborHTMLParser) -> set[str]:
    """What the page calls its column: the parts of its <title> (财政资金 - 某某局) and its
    breadcrumb's last step, spaces removed."""
    names: set[str] = set()
    title = tree.css_first("title")
    for part in _TITLE_SEP.split(text_of(title)) if title is not None else []:
        names.add(part.replace(" ", ""))
    line = crumb_line(tree)
    if line is not None:
        names.add(clean(_CRUMB_SEP.split(text_of(line))[-1]).replace(" ", ""))
    return {n for n in names if 2 <= len(n) <= NAME_CHARS and not _SITE_NAME.search(n)}


def heading_line(node: LexborNode) -> str:
    """The heading a box begins with: its first line of text when that line is short, no link and
    not the whole box (最新发布 above a side box's list); '' otherwise."""
    for t in node.traverse(include_text=True):
        if t.tag != "-text" or not clean(t.text_content):
            continue
        line = block_of(t)
        if line is None or same(line, node) or line.tag in _TEXTLESS:
            return ""
        chain = [line]  # the line and its wrappers up to the box
        for a in ancestors(line):
            if same(a, node):
                break
            chain.append(a)
        if any(a.tag in ("a", "th", "td", "tr") for a in chain) or line.css_first("a[href]"):
            return ""  # a link (a list's first title) or a table's header (标题 发布日期) heads no box
        text = text_of(line).replace(" ", "")
        return text if len(text) <= NAME_CHARS and not _FULL_DATE.search(text) else ""
    return ""


def column_box(tree: LexborHTMLParser, chrome: Chrome, names: set[str] | None = None) -> LexborNode | None:
    """The column's own box on a page of boxes: the smallest block outside the chrome that begins
    with the column's name as a heading (财政资金, not a link) and holds a body beside it (its list,
    even an empty one, or its text). Boxes beside it headed by other names (最新发布, 热点) are
    other columns' lists. None when no heading names the column. ``names``: column_names(tree),
    when the caller has them."""
    body = tree.body
    if body is None:
        return None
    names = column_names(tree) if names is None else names
    if not names:
        return None
    for t in body.traverse(include_text=True):
        if t.tag != "-text" or clean(t.text_content).replace(" ", "") not in names:
            continue
        line = block_of(t)
        if line is None or line.tag in ("body", "html") or line.tag in _TEXTLESS or chrome.inside(line):
            continue
        if text_of(line).replace(" ", "") not in names or any(a.tag == "a" for a in ancestors(t)):
            continue
        held = {n.mem_id for n in line.traverse()} | {a.mem_id for a in ancestors(line)}
        for anc in ancestors(line):
            if anc.tag in ("body", "html"):
                break
            if any(c.mem_id not in held and c.tag not in INLINE_TAGS and c.tag != "-text" for c in anc.iter()):
                if heading_line(anc).replace(" ", "") in names:
                    return anc
                break
    return None


def empty_note(tree: LexborHTMLParser, chrome: Chrome) -> LexborNode | None:
    """The block of an empty-list note (暂无信息, 暂无内容) outside the chrome: the page's own list
    says it is empty. None when there is none."""
    body = tree.body
    if body is None:
        return None
    for t in body.traverse(include_text=True):
        text = t.text_content or "" if t.tag == "-text" else ""
        if text and len(clean(text)) <= 30 and EMPTY_NOTE.search(text):
            line = block_of(t)
            if line is not None and line.tag not in _TEXTLESS and not chrome.inside(line):
                return line
    return None


def _list_container(tree: LexborHTMLParser, chrome: Chrome) -> LexborNode | None:
    """Where the page's list is, even when empty: the block of an empty-list note (暂无信息),
    else a list-named element (list, lb, news_list) outside the chrome, the one with most rows."""
    body = tree.body
    if body is None:
        return None
    note = empty_note(tree, chrome)
    if note is not None:
        return note
    # a list-named heading (list_tit, list-title) is the column's name above a list or a text
    lists = [n for n in body.css("[id], [class]") if n.tag in ("div", "ul", "ol", "table", "dl", "section", "td")
             and _LIST_RE.search(_tokens(n)) and not _HEADING_RE.search(_tokens(n)) and not chrome.inside(n)]
    # the column's own part under its breadcrumb holds its list, however few its rows (a header row
    # alone, none at all): a fuller list beside it is a side box of other columns' items
    area = crumb_area(tree)
    if area is not None:
        lists = [n for n in lists if same(n, area) or any(same(a, area) for a in ancestors(n))] or lists
    return max(lists, key=lambda n: len(n.css("li, tr, dd")), default=None)


def _densest_block(tree: LexborHTMLParser, chrome: Chrome) -> LexborNode | None:
    """The smallest element holding most (80 %) of the text outside the chrome; on a page with no
    text outside it (a landing page of banners or picture tiles whose names are drawn in the
    pictures), of the pictures outside it."""
    body = tree.body
    if body is None:
        return None
    held: dict[int, int] = {}
    total = 0
    for t in body.traverse(include_text=True):
        parent = t.parent
        if t.tag != "-text" or parent is None or parent.tag in _TEXTLESS or chrome.inside(parent):
            continue
        size = len(clean(t.text_content))
        total += size
        for a in [parent, *ancestors(parent)]:
            held[a.mem_id] = held.get(a.mem_id, 0) + size
    if not total:  # no words outside the chrome: a wall of banners or picture tiles, weighed by its pictures
        for img in body.css("img"):
            if chrome.inside(img) or _decoration(img):
                continue
            total += 1
            for a in ancestors(img):
                held[a.mem_id] = held.get(a.mem_id, 0) + 1
    if not total:
        return None
    best: LexborNode | None = None
    for n in body.traverse():
        if n.tag not in INLINE_TAGS and n.tag != "body" and held.get(n.mem_id, 0) >= 0.8 * total:
            best = n  # traversal is depth-first: the last hit is the deepest on the path
    return best


def _decoration(img: LexborNode) -> bool:
    """A spacer, a rule or a bullet: a picture declared less than DECORATION_PX wide or high."""
    for name in ("width", "height"):
        value = attr(img, name).strip().lower().removesuffix("px")
        if value.isdigit() and int(value) < DECORATION_PX:
            return True
    return False


DECORATION_PX = 16
_CONTENT_TAGS = ("img", "a", "table", "ul", "ol", "dl", "iframe", "form", "video")


def _has_heading(node: LexborNode) -> bool:
    """The node begins with a heading (the column's name above its list), not merely holds one, and
    holds more than the heading: more text, or pictures, links, tables or lists beside it (a 专题
    page of banners has no text but its heading)."""
    heading = next((h for h in node.css(_HEADING_TAGS) if text_of(h)), None)
    if heading is None or not text_of(node).startswith(text_of(heading)):
        return False
    if len(text_of(node)) > len(text_of(heading)):
        return True
    inside = {n.mem_id for n in heading.traverse()}
    return any(n.mem_id not in inside for n in node.css(", ".join(_CONTENT_TAGS)))


def main_region(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's main content region without its list entries: the element around the list
    container (even an empty one, with its 暂无信息 note) or, on a single page, around most of
    the text; grown to take in the column's heading, but never the header, navigation,
    breadcrumbs, side columns or footer. None when nothing fits (never body or html)."""
    chrome = Chrome(tree)
    start = _list_container(tree, chrome)
    box = column_box(tree, chrome)  # the column's own box beside boxes of other columns' lists
    if box is not None and (start is None or not any(same(a, box) for a in [start, *ancestors(start)])):
        return box
    from_list = start is not None
    if start is None:
        start = _densest_block(tree, chrome)
    node = start
    while node is not None and node.tag in INLINE_TAGS | {"tbody", "thead", "tr", "li", "dd", "dt"}:
        node = node.parent
    if node is None or node.tag in ("body", "html", "-document"):
        return None
    path = [node]  # the node and its ancestors up to the chrome, on a single page not much bigger
    while True:
        parent = path[-1].parent
        if parent is None or parent.tag in ("body", "html", "-document") or chrome.holds(parent):
            break
        if not from_list and len(text_of(parent)) > 1.5 * max(len(text_of(path[-1])), 1):
            break
        path.append(parent)
    headed = next((n for n in path if _has_heading(n)), None)
    if headed is not None:
        return headed
    if from_list:  # a content block around the list, else the list's own block
        return next((n for n in path if _CONTENT_RE.search(_tokens(n)) and text_of(n)), path[0])
    return path[-1]

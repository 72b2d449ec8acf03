"""Message boards (领导信箱, 网上留言, 问政, 咨询投诉) read from their rendered HTML: pure functions.

The browser hands over the DOM as HTML; nothing here fetches. A board's list rows and its letter
pages come in every shape (tables with a header row, ``ul``/``li`` rows of a title and a date,
``div`` rows rendered from JSON, label/value pairs in tables, paragraphs or ``dl``). Which date
is the letter's and which the reply's is decided by the label right before it (来信时间, 回复时间,
a table column's header, a class name such as ``reply-time``), never by the order of dates; a
date behind another label (发布时间, 更新时间) is not a letter's date. Every function returns
empty results on markup it cannot read instead of raising.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import wraps
from itertools import islice
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.dates import find_dates
from robot.gather._html import Chrome, attr, base_of, clean, label_of, link_url, parse, text_of
from robot.gather.navigation import pagination_links
from robot.snapshots import Message
from robot.urls import normalise

__all__ = [
    "BoardListPage", "LetterDetail", "LetterRow", "WriteForm", "board_pagination", "check_write_form",
    "discover_channels", "merge_letter", "parse_board_list", "parse_letter_detail", "still_loading",
]


@dataclass(frozen=True)
class LetterRow:
    """One letter as a board's list shows it."""

    url: str
    title: str
    submitted: date | None
    replied: date | None
    state_text: str


@dataclass(frozen=True)
class BoardListPage:
    """A board's list page: its letters, further list pages, and its 我要写信-like links."""

    letters: tuple[LetterRow, ...]
    next_pages: tuple[str, ...]
    write_links: tuple[tuple[str, str], ...]  # (link text, absolute url)


@dataclass(frozen=True)
class LetterDetail:
    """One letter's own page."""

    title: str
    submitted: date | None
    replied: date | None
    state_text: str
    has_reply: bool  # a reply section with content (not 暂无回复)


@dataclass(frozen=True)
class WriteForm:
    """The 我要写信 page: a form to write with, and what is wrong with it ('' when nothing)."""

    found: bool
    fields: int
    submit: bool
    problem: str


# --- labels ----------------------------------------------------------------------------------

_SENT_WORDS = r"(?:来信|留言|提交|写信|发信|咨询|投诉|提问|来件|诉求|反映|求助|建议|提出|问政|来电)"
_REPLY_WORDS = r"(?:回复|答复|回信|办理|办结|处理|反馈)"
_SENT = _SENT_WORDS + r"(?:时间|日期)"
_REPLY = _REPLY_WORDS + r"(?:时间|日期)|(?:回复|答复|办结)于"
# a bare word and a colon is a label too (来信：2025-01-20 | 答复：2025-01-24)
_SENT_BARE = r"(?:来信|留言|提交|写信|发信|来件|提问|咨询|投诉)(?=\s*[:：])"
_REPLY_BARE = r"(?:回复|答复|回信|办结|反馈)(?=\s*[:：])"
# 受理: the letter's date when nothing names the sending date (来信时间 wins over 受理时间)
_ACCEPT = r"受理(?:时间|日期|于)|受理(?=\s*[:：])"
# a sentence: 您于2025年1月20日提交的留言, 来信（2025.01.20）, 该信件于…受理，…答复
_SENT_PROSE = r"(?:来信|留言|信件|诉求|来件)(?:于|在)?[\s(（]*"
_AFTER_SENT = re.compile(r"^[)）]?(?:的|之)?(?:提交|来信|留言|写信|发来|反映|提出|来件|诉求|收到|收悉)")
_AFTER_ACCEPT = re.compile(r"^[)）]?(?:被|予以|正式)?受理")
_AFTER_REPLY = re.compile(r"^[)）]?(?:予以|作出|做出|进行|给予|正式)?(?:答复|回复|办结|回信|反馈|办理完毕|办理完成"
                          r"|处理完毕|作出答复|做出答复|办理结束)")
_DECOY = (r"(?:发布|更新|修改|生成|打印|成文|印发|访问|浏览|截止|统计|转办|签收)(?:时间|日期|于)"
          r"|今天是|今日|当前时间|现在时间")
_GENERIC = r"(?:^|(?<=[\s|｜,，;；:：]))(?:时间|日期)"
_HINT_SENT, _HINT_REPLY = "\ue001", "\ue000"  # private-use marks put before text in a hinted element
_SEP = r"[\s:：|｜\[\]【】()（）]*"
_LABEL_BEFORE = re.compile(
    rf"(?:(?P<sent>{_SENT}|{_SENT_BARE})|(?P<reply>{_REPLY}|{_REPLY_BARE})|(?P<accept>{_ACCEPT})|(?P<decoy>{_DECOY})"
    rf"|(?P<generic>{_GENERIC})|(?P<hs>{_HINT_SENT})|(?P<hr>{_HINT_REPLY})|(?P<prose>{_SENT_PROSE})){_SEP}$"
)
_SENT_HEAD = re.compile(_SENT)
_ACCEPT_HEAD = re.compile(r"受理(?:时间|日期)")
_REPLY_HEAD = re.compile(_REPLY_WORDS + r"(?:时间|日期)")
_DECOY_HEAD = re.compile(_DECOY)
_GENERIC_HEAD = re.compile(r"^(?:时间|日期)$")
_STATE_HEAD = re.compile(r"状态|进度|是否(?:回复|答复|办结)")
_TITLE_HEAD = re.compile(r"标题|主题|事项|信件|留言内容|诉求内容|问题")

# class/id words of an element holding the reply's date, or the letter's
_HINT_REPLY_RE = re.compile(r"reply|huifu|hfsj|hfrq|dfsj|dfrq|answer|bjsj|banjie|finish|(?:^|[-_\s])(?:hf|dafu)(?:[-_\s]|$)",
                            re.I)
_HINT_SENT_RE = re.compile(r"send|submit|laixin|lxsj|lxrq|lysj|lyrq|tjsj|asktime|ask-time|ask_time|question|"
                           r"createtime|create-time|create_time|posttime|post-time|post_time", re.I)

_UNREPLIED = re.compile(r"未回复|未答复|未办结|未处理|暂未回复|尚未回复|尚未答复|暂无回复|暂无答复|待回复|待答复|"
                        r"待办理|待处理|办理中|处理中|正在办理|正在处理|受理中|已受理|已转办|转办中|审核中|待审核")
_REPLIED = re.compile(r"已回复|已答复|已办结|已处理|已反馈|已完成|已解决|已结案|不予受理|不予办理|已退回|已终止")
_STATE = re.compile(_UNREPLIED.pattern + "|" + _REPLIED.pattern)
_STATE_LABEL = re.compile(rf"^(?:办理|处理|回复|答复|信件|当前)?状态{_SEP}(?P<value>\S{{1,12}})")

# where the reply begins on a letter's page (at the start of a line), and where its content is
_REPLY_CONTENT = (
    r"(?:回复|答复|回信|办理|处理|反馈)(?:内容|意见|结果|情况)|(?:部门|单位|领导|官方|政府|县长|书记|区长|市长)(?:回复|答复)"
    r"|[^\s:：|]{0,15}?(?:回复|答复)\s*[:：]"
)
_REPLY_CONTENT_RE = re.compile(r"^[\s【\[]*(?:" + _REPLY_CONTENT + ")")
_REPLY_START_RE = re.compile(
    r"^[\s【\[]*(?:" + _REPLY_CONTENT + r"|(?:回复|答复)(?:单位|部门|机构|人)|" + _REPLY_WORDS + r"(?:时间|日期))"
)
_META_LINE = re.compile(
    r"^[\s【\[]*(?:" + _REPLY_WORDS + r"(?:时间|日期|单位|部门|机构|人)|(?:办理|处理|回复|答复|信件|当前)?状态"
    r"|(?:回复|答复)于)"
)
_STOP_LINE = re.compile(
    r"^[\s【\[]*(?:" + _SENT_WORDS + r"(?:内容|标题|主题|人|时间|日期|编号)|标题|主题|姓名|编号|信件编号|来信人|留言人"
    r"|满意度|评价|上一|下一|打印|关闭|相关|返回|分享)"
)
_NO_REPLY = re.compile(r"^(?:暂无|尚未|暂未|还未|未|待|等待|正在)?(?:回复|答复|办理|处理|反馈|内容)?中?$|"
                       r"暂无回复|尚未回复|暂未回复|暂无答复|尚未答复|未回复|待回复|正在办理|办理中|等待回复|无$")
_TITLE_LABEL = re.compile(r"^[\s【\[]*(?:信件|留言|来信|咨询|投诉|诉求|问题)?(?:标题|主题)" + _SEP + r"(?P<value>.*)$")
_GENERIC_HEADINGS = re.compile(r"^(?:信件|留言|来信|咨询|投诉|问政)?(?:详情|内容|信息|查看|正文)$|回复内容|答复意见|办理结果")

_WRITE_TEXT = re.compile(r"^(?:我要|在线|我来)?(?:写信|留言|咨询|投诉|建议|提问|求助|反映|问政)(?:留言)?$")
_MORE = {"更多", "更多>>", "更多>", "more", "more>>", "详细", "详情", "查看", "查看更多", ">>", "更多+", "查看详情"}
_PAGER_TEXT = re.compile(r"^(?:首页|上一页|下一页|尾页|末页|最后一页|上页|下页|前页|后页|\d{1,4}|第\d+页|跳转|go|GO|确定"
                         r"|[‹›«»<>]{1,2}|下一页\s*[>»›]+|[<«‹]+\s*上一页|next|prev|last|first)$", re.I)

T = TypeVar("T")


def _safe(default: Callable[[], T]) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Never raise on hostile markup: the decorated function returns ``default()`` instead."""

    def wrap(fn: Callable[..., T]) -> Callable[..., T]:
        @wraps(fn)
        def run(*args: Any, **kwargs: Any) -> T:
            try:
                return fn(*args, **kwargs)
            except Exception:  # a page must never break a run
                return default()

        return run

    return wrap


# --- text with positions -----------------------------------------------------------------------

_BLOCKS = {"p", "div", "li", "tr", "td", "th", "dt", "dd", "dl", "ul", "ol", "table", "tbody", "thead", "h1",
           "h2", "h3", "h4", "h5", "h6", "section", "article", "br", "form", "header", "footer", "blockquote",
           "pre", "label", "fieldset", "legend", "caption", "center"}


class _Page:
    """A parsed page, its base URL, and which elements are chrome (header, nav, side, footer)."""

    def __init__(self, html: str, url: str) -> None:
        self.raw = html or ""
        self.tree: LexborHTMLParser = parse(html.replace(_HINT_SENT, "").replace(_HINT_REPLY, "") if html else "")
        self.base = base_of(self.tree, url) if url else ""
        self._chrome: Chrome | None = None
        self._in: dict[int, bool] = {}

    @property
    def chrome(self) -> Chrome:
        if self._chrome is None:
            self._chrome = Chrome(self.tree)
        return self._chrome

    def in_chrome(self, node: LexborNode) -> bool:
        """The node is chrome or sits in it (iterative: hostile pages nest deeply)."""
        path: list[LexborNode] = []
        cur: LexborNode | None = node
        verdict = False
        while cur is not None and cur.tag not in ("-document", None):
            known = self._in.get(cur.mem_id)
            if known is not None:
                verdict = known
                break
            path.append(cur)
            if cur.mem_id in self.chrome.marked and not _local_chrome(cur):
                verdict = True
                break
            cur = cur.parent
        for n in path:
            self._in[n.mem_id] = verdict
        return verdict


_ITEM_TAGS = {"article", "li", "dd"}  # not td/tr: old sites lay whole pages out in tables


def _local_chrome(node: LexborNode) -> bool:
    """A ``<header>``/``<footer>`` (or a ``*-foot``/``*-bottom`` box) of one card in a list
    (``<article><header><h3><a>…</a></h3></header>…<footer>来信：2025-01-20</footer></article>``),
    not the page's own header or footer."""
    if len(text_of(node)) > 200 or _CHROME_NAV.search(attr(node, "class") + " " + attr(node, "id")):
        return False
    depth = 0
    for anc in _ancestors(node):
        if depth >= 4 or anc.tag in ("body", "html"):
            return False
        if anc.tag in _ITEM_TAGS:
            return True
        parent = anc.parent
        cls = attr(anc, "class")
        if parent is not None and cls and sum(1 for c in _children(parent)
                                              if c.tag == anc.tag and attr(c, "class") == cls) >= 2:
            return True
        depth += 1
    return False


_CHROME_NAV = re.compile(r"nav|menu|crumb|copyright|banquan|position|location|weizhi|dqwz", re.I)


def _hint(node: LexborNode, stop: LexborNode) -> str:
    """A private mark when an element between ``node`` and ``stop`` names a reply or a letter date."""
    cur: LexborNode | None = node
    depth = 0
    while cur is not None and cur.mem_id != stop.mem_id and depth < 4:
        words = attr(cur, "class") + " " + attr(cur, "id") + " " + attr(cur, "data-field")
        if _HINT_REPLY_RE.search(words):
            return _HINT_REPLY
        if _HINT_SENT_RE.search(words):
            return _HINT_SENT
        cur = cur.parent
        depth += 1
    return ""


def _lines(root: LexborNode, page: _Page, skip: LexborNode | None = None, hints: bool = False) -> list[str]:
    """The text under ``root`` as lines (a new line at each block), leaving out chrome and ``skip``."""
    skipped = {n.mem_id for n in skip.traverse(include_text=True)} if skip is not None else set()
    lines: list[str] = []
    current: list[str] = []
    last_block = -1
    for n in root.traverse(include_text=True):
        if n.tag != "-text":
            if n.tag in _BLOCKS and current:
                lines.append(clean(" ".join(current)))
                current = []
            continue
        parent = n.parent
        if parent is None or n.mem_id in skipped or page.in_chrome(parent):
            continue
        text = clean(n.text_content)
        if not text:
            continue
        block: LexborNode | None = parent
        while block is not None and block.tag not in _BLOCKS and block.mem_id != root.mem_id:
            block = block.parent
        key = block.mem_id if block is not None else -1
        if key != last_block and current:
            lines.append(clean(" ".join(current)))
            current = []
        last_block = key
        current.append((_hint(parent, root) if hints else "") + text)
    if current:
        lines.append(clean(" ".join(current)))
    return [line for line in lines if line]


@dataclass
class _Dated:
    when: date
    role: str  # sent | reply | decoy | generic | none
    line: int
    short_line: bool  # the date sits on a short line (a label/value line, not prose)


def _dated(lines: list[str], today: date) -> list[_Dated]:
    """Every date in ``lines`` with the role the label right before it gives it."""
    out: list[_Dated] = []
    for i, line in enumerate(lines):
        cursor = 0
        prev_end = 0
        for when, spelled in find_dates(line, today=today):
            at = line.find(spelled, cursor)
            if at < 0:
                continue
            cursor = at + len(spelled)
            pre = line[max(prev_end, at - 30):at]
            if prev_end == 0 and i > 0 and not pre.strip(" :：|｜[]【】()（）"):
                pre = lines[i - 1][-30:] + " " + pre  # <th>来信时间</th><td>2024-09-27</td>
            m = _LABEL_BEFORE.search(pre)
            role = "none"
            if m is not None:
                kind = m.lastgroup or ""
                role = {"hs": "sent", "hr": "reply", "prose": "sent"}.get(kind, kind)
            if role in ("none", "generic", "sent") and (m is None or m.lastgroup in ("prose", "generic")):
                after = line[cursor:cursor + 12]  # 2025年1月20日受理，…答复 / 于1月24日作出答复 (no 已回复 state)
                if _AFTER_REPLY.match(after):
                    role = "reply"
                elif _AFTER_ACCEPT.match(after):
                    role = "accept"
                elif _AFTER_SENT.match(after) and role != "sent":
                    role = "sent"
            plain = line.replace(_HINT_SENT, "").replace(_HINT_REPLY, "")
            out.append(_Dated(when, role, i, len(plain) <= 60))
            prev_end = cursor
    return out


def _state_in(text: str) -> str:
    """The state a text names, the one behind a 状态 label first (已办结, 办理中 …)."""
    for label in re.finditer(r"状态" + _SEP, text):
        found = _STATE.match(text, label.end())
        if found:
            return found.group(0)
    anywhere = _STATE.search(text)
    return anywhere.group(0) if anywhere else ""


def _is_unreplied(state: str) -> bool:
    return bool(state) and bool(_UNREPLIED.search(state))


# --- list pages --------------------------------------------------------------------------------


def _is_main_label(label: str) -> bool:
    return (len(label) >= 4 and label.lower() not in _MORE and not _PAGER_TEXT.match(label)
            and not _WRITE_TEXT.match(label) and not label.isdigit())


def _children(node: LexborNode) -> list[LexborNode]:
    return [c for c in node.iter() if c.tag not in ("-text", "-comment", None)]


def _row_of(a: LexborNode, mains_under: dict[int, set[str]], twins_memo: dict[tuple[int, str, str], int]) -> LexborNode:
    """The row of a title link: nearest li/tr, a dl of one dt, a repeated sibling, else its box."""
    depth = 0
    for anc in _ancestors(a):
        if depth >= 6 or anc.tag in ("body", "ul", "ol", "table", "tbody"):
            break
        if anc.tag in ("li", "tr") and all(x.mem_id == anc.mem_id for x in anc.css("li, tr")):
            up = anc.parent
            if anc.tag == "li" and up is not None and up.tag in ("ul", "ol") and len(mains_under.get(up.mem_id, ())) == 1 \
                    and 2 <= len(_children(up)) <= 8:
                return up  # <ul class="row"><li><a>title</a></li><li>2025-01-20</li><li>已回复</li></ul>
            return anc
        if anc.tag == "dl" and len(anc.css("dt")) == 1:
            return anc
        depth += 1
    depth = 0
    for anc in _ancestors(a):
        parent = anc.parent
        if depth >= 6 or parent is None or anc.tag in ("body", "html") or len(mains_under.get(anc.mem_id, ())) > 1:
            break
        key = (parent.mem_id, str(anc.tag), attr(anc, "class"))
        if key not in twins_memo:
            twins_memo[key] = sum(1 for c in _children(parent) if c.tag == key[1] and attr(c, "class") == key[2]
                                  and mains_under.get(c.mem_id))
        if twins_memo[key] >= 2:
            return anc
        depth += 1
    node: LexborNode = a
    depth = 0
    for anc in _ancestors(a):
        if depth >= 4 or anc.tag in ("body", "html") or len(mains_under.get(anc.mem_id, ())) > 1:
            break
        if len(text_of(anc)) - len(text_of(a)) > 200:
            break
        node = anc
        depth += 1
    return node


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    p = node.parent
    while p is not None and p.tag not in ("-document", None):
        yield p
        p = p.parent


def _head_role(text: str) -> str:
    t = clean(text)
    if not t or len(t) > 12:
        return ""
    if _SENT_HEAD.search(t):
        return "sent"
    if _ACCEPT_HEAD.search(t):
        return "accept"
    if _REPLY_HEAD.search(t):
        return "reply"
    if _DECOY_HEAD.search(t):
        return "decoy"
    if _STATE_HEAD.search(t):
        return "state"
    if _GENERIC_HEAD.match(t):
        return "generic"
    if _TITLE_HEAD.search(t):
        return "title"
    return ""


def _cells(row: LexborNode) -> list[LexborNode]:
    kids = _children(row)
    if row.tag == "tr":
        return [c for c in kids if c.tag in ("td", "th")]
    return kids


def _header_roles(row: LexborNode, page: _Page, mains_under: dict[int, set[str]]) -> list[str] | None:
    """Column roles from the header of the row's list (a table's header row, or the row-like
    element before the rows), for a list whose first row is ``row``: None when there is none."""
    candidates: list[LexborNode] = []
    if row.tag == "tr":
        table = next((a for a in _ancestors(row) if a.tag == "table"), None)
        if table is not None:
            candidates = [tr for tr in table.css("tr")[:3] if not mains_under.get(tr.mem_id)]
    else:
        sib = row.prev
        while sib is not None and sib.tag in ("-text", "-comment"):
            sib = sib.prev
        if sib is not None:
            candidates.append(sib)
        parent = row.parent
        if parent is not None:
            first = next(iter(_children(parent)), None)
            if first is not None and not mains_under.get(first.mem_id):
                candidates.append(first)
            up = parent.prev
            while up is not None and up.tag in ("-text", "-comment"):
                up = up.prev
            if up is not None:
                candidates.append(up)
                kids = _children(up)
                if len(kids) == 1:
                    candidates.append(kids[0])
    for head in candidates:
        if mains_under.get(head.mem_id) or page.in_chrome(head):
            continue
        roles = [_head_role(text_of(c)) for c in _cells(head)]
        if sum(1 for r in roles if r) >= 2 and any(r in ("sent", "reply", "generic", "state", "accept")
                                                   for r in roles):
            return roles
    return None


def _row_letter(row: LexborNode, anchor: LexborNode, url: str, title: str, page: _Page, today: date,
                roles: list[str] | None) -> tuple[LetterRow, bool]:
    """The row's letter and whether the row shows letter signals (a state, a labelled date)."""
    sent: date | None = None
    replied: date | None = None
    state = ""
    signal = False
    if roles is not None:
        signal = True
        generic: date | None = None
        accepted: date | None = None
        for cell, role in zip(_cells(row), roles, strict=False):
            mine = cell.mem_id == anchor.mem_id or any(a.mem_id == anchor.mem_id for a in cell.css("a"))
            text = text_of(cell) if not mine else ""
            found = find_dates(text, today=today) if text else []
            if role == "sent" and found and sent is None:
                sent = found[0][0]
            elif role == "accept" and found and accepted is None:
                accepted = found[0][0]
            elif role == "reply" and found and replied is None:
                replied = found[0][0]
            elif role == "generic" and found and generic is None:
                generic = found[0][0]
            elif role == "state" and text:
                state = _state_in(text) or text[:12]
        if sent is None:
            sent = accepted or generic
        return LetterRow(url, title, sent, replied, state), signal
    lines = _lines(row, page, skip=anchor, hints=True)
    joined = " ".join(lines)
    state = _state_in(joined.replace(_HINT_SENT, "").replace(_HINT_REPLY, ""))
    signal = bool(state)
    loose: list[date] = []
    accepted = None
    for d in _dated(lines, today):
        if d.role == "sent" and sent is None:
            sent, signal = d.when, True
        elif d.role == "accept" and accepted is None:
            accepted, signal = d.when, True
        elif d.role == "reply" and replied is None:
            replied, signal = d.when, True
        elif d.role in ("generic", "none"):
            loose.append(d.when)
    sent = sent or accepted
    loose = [d for d in loose if d not in (sent, replied)]
    if sent is None and replied is None and len(loose) == 2 and not _is_unreplied(state):
        sent, replied = min(loose), max(loose)  # two unlabelled dates: a reply never precedes its letter
    elif sent is None and loose:
        sent = loose[0]
    return LetterRow(url, title, sent, replied, state), signal


def _mains(page: _Page) -> list[tuple[LexborNode, str, str]]:
    out: list[tuple[LexborNode, str, str]] = []
    scripts: dict[str, str] | None = None
    for a in page.tree.css("a"):
        url, label = link_url(a, page.base), label_of(a)
        if not url and _is_main_label(label):  # href="javascript:void(0)" onclick="openLetter(123)"
            if scripts is None:
                scripts = _opener_scripts(page.raw)
            url = _js_url(a, page.base, scripts)
        if not url or page.in_chrome(a):
            continue
        if _is_main_label(label):
            out.append(_title_part(a, label, url))
        elif clean(label).lower().strip("[]【】<>《》»") in _MORE | {"查看", "详情", "阅读", "查看内容"}:
            found = _title_beside(a)  # <td>关于…</td><td>2025-01-20</td><td><a href="…">查看</a></td>
            if found is not None:
                out.append((found, clean(text_of(found)), url))
    for row in page.tree.css("tr[onclick], li[onclick], div[onclick], dl[onclick]"):
        if row.css_first("a[href]") is not None and any(link_url(x, page.base) for x in row.css("a[href]")):
            continue
        url = _onclick_url(row, page.base)
        if not url or page.in_chrome(row):
            continue
        cells = _cells(row) if row.tag == "tr" else _children(row)
        best = max(cells, key=lambda c: len(re.findall(r"[\u4e00-\u9fff]", text_of(c))), default=None)
        if best is None:
            continue
        label = clean(attr(best, "title") or text_of(best))
        if _is_main_label(label) and not find_dates(label, today=date.today()):
            out.append((best, label, url))
    return out


def _title_part(a: LexborNode, label: str, url: str) -> tuple[LexborNode, str, str]:
    """A link wrapping a whole row (``<a><span>关于…</span><span>2025-01-20</span><em>已回复</em></a>``):
    its title is the part without a date or a state, and the rest stays readable as the row's."""
    if not find_dates(label, today=date.today()) and not _STATE.search(label):
        return a, label, url
    parts = [c for c in a.css("*") if c.tag not in ("br", "img", "i") and len(_children(c)) == 0]
    best = max(parts, key=lambda c: len(re.findall(r"[\u4e00-\u9fff]", text_of(c))), default=None)
    if best is None:
        return a, label, url
    title = clean(attr(a, "title") or text_of(best))
    if not _is_main_label(title) or find_dates(text_of(best), today=date.today()):
        return a, label, url
    return best, title, url


def _title_beside(a: LexborNode) -> LexborNode | None:
    """The title cell of a row whose link says only 查看/详情."""
    for anc in islice(_ancestors(a), 4):
        if anc.tag not in ("tr", "li", "dl", "div", "article"):
            continue
        cells = [c for c in (_cells(anc) if anc.tag == "tr" else _children(anc))
                 if not any(x.mem_id == a.mem_id for x in [c, *c.css("a")])]
        best = max(cells, key=lambda c: len(re.findall(r"[\u4e00-\u9fff]", text_of(c))), default=None)
        if best is not None and _is_main_label(clean(text_of(best))) and len(text_of(best)) <= 150 \
                and not find_dates(text_of(best), today=date.today()) and not _STATE.fullmatch(text_of(best)):
            return best
        return None
    return None


def _opener_scripts(raw: str) -> dict[str, str]:
    """``function openLetter(id){location.href="/x/letter.html?id="+id}``: name -> the address's head."""
    out: dict[str, str] = {}
    for m in re.finditer(r"function\s+([\w$]+)\s*\(\s*[\w$]+\s*\)\s*\{([^{}]{0,400})", raw[:2_000_000]):
        u = re.search(r"""(?:location(?:\.href)?\s*=|window\.open\s*\(|location\.assign\s*\()\s*['"]([^'"]+)['"]\s*\+""",
                      m.group(2))
        if u:
            out[m.group(1)] = u.group(1)
    return out


def _js_url(a: LexborNode, base: str, scripts: dict[str, str]) -> str:
    """A script link's letter address: a ``data-url``-like attribute, a literal address in its
    onclick, or the page's opener function called with the letter's id."""
    for key in ("data-url", "data-href", "data-link", "data-src", "data-detail"):
        if attr(a, key):
            return normalise(attr(a, key), base)
    url = _onclick_url(a, base)
    if url:
        return url
    call = re.match(r"""\s*(?:javascript:)?\s*([\w$]+)\s*\(\s*['"]?([\w\-]+)['"]?\s*\)""",
                    attr(a, "onclick") or attr(a, "href"))
    if call and call.group(1) in scripts:
        return normalise(scripts[call.group(1)] + call.group(2), base)
    return ""


_LETTER_BOX = re.compile(r"xj|letter|mail|xinxiang|liuyan|message|msg|wz|wenzheng|zxts|lyb|hdjl|board", re.I)
_LETTER_HEADING = re.compile(r"信件|留言|来信|咨询|投诉|问政|信箱|诉求")


def _container_says_letters(node: LexborNode) -> bool:
    for anc in [node, *islice(_ancestors(node), 3)]:
        if _LETTER_BOX.search(attr(anc, "class") + " " + attr(anc, "id")):
            return True
        prev = anc.prev
        while prev is not None and prev.tag in ("-text", "-comment"):
            prev = prev.prev
        if prev is not None and len(text_of(prev)) <= 20 and _LETTER_HEADING.search(text_of(prev)):
            return True
    return False


@_safe(lambda: BoardListPage((), (), ()))
def parse_board_list(html: str, url: str, *, today: date) -> BoardListPage:
    """The letters of a board's list page, its further pages and its write links."""
    page = _Page(html, url)
    write = _write_links(page)
    mains = _mains(page)
    mains_under: dict[int, set[str]] = {}
    for a, _, u in mains:
        for anc in [a, *_ancestors(a)]:
            held = mains_under.setdefault(anc.mem_id, set())
            if len(held) >= 2:
                break  # its ancestors hold two links already
            held.add(u)
    rows: dict[int, tuple[LexborNode, LexborNode, str, str]] = {}
    twins: dict[tuple[int, str, str], int] = {}
    for a, label, u in mains:
        row = _row_of(a, mains_under, twins)
        old = rows.get(row.mem_id)
        if old is None or len(label) > len(old[3]):
            rows[row.mem_id] = (row, a, u, label)
    groups: dict[int, list[tuple[LetterRow, bool]]] = {}
    heads: dict[int, list[str] | None] = {}
    order: list[int] = []
    for row, a, u, label in rows.values():
        key = row.parent.mem_id if row.parent is not None else 0
        if key not in groups:
            groups[key] = []
            order.append(key)
            heads[key] = _header_roles(row, page, mains_under)
        roles = heads[key]
        if roles is not None and len(roles) != len(_cells(row)):
            roles = None
        found, signal = _row_letter(row, a, u, label, page, today, roles)
        groups[key].append((found, signal or _container_says_letters(row)))
    chosen = _choose_groups([groups[k] for k in order], page.base)
    seen: set[str] = set()
    letters: list[LetterRow] = []
    for letter in chosen:
        if letter.url not in seen:
            seen.add(letter.url)
            letters.append(letter)
    return BoardListPage(tuple(letters), tuple(board_pagination(html, url)), tuple(write))


def _choose_groups(groups: list[list[tuple[LetterRow, bool]]], base: str) -> list[LetterRow]:
    """Lists showing letter signals; else dated lists under the board's folder; else any dated list."""
    signalled = [g for g in groups if any(s for _, s in g) and any(r.submitted or r.replied or r.state_text
                                                                    for r, _ in g)]
    if signalled:
        return [r for g in signalled for r, _ in g]
    folder = urlsplit(base).path.rsplit("/", 1)[0] + "/"
    host = urlsplit(base).netloc

    def own(r: LetterRow) -> bool:
        parts = urlsplit(r.url)
        return parts.netloc == host and parts.path.startswith(folder)

    # a list of titles (and numbers) only, under a 信件列表 heading or in a letters box: the board
    # shows every date on the letter's page; a dated news list beside it is not the board
    boxed = [g for g in groups if len(g) >= 2 and sum(s for _, s in g) * 2 >= len(g)
             and (folder == "/" or sum(own(r) for r, _ in g) * 2 >= len(g))]
    if boxed:
        return [r for g in boxed for r, _ in g]
    dated = [g for g in groups if any(r.submitted for r, _ in g)]

    mine = [g for g in dated if sum(own(r) for r, _ in g) * 2 >= len(g)] if folder != "/" else []
    pick = mine or ([max(dated, key=len)] if dated else [])
    return [r for g in pick for r, _ in g]


def _onclick_url(a: LexborNode, base: str) -> str:
    m = re.search(r"""(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]+)['"]""",
                  attr(a, "onclick"))
    if m and m.group(1).lower().startswith(("javascript:", "#")):
        return ""
    return normalise(m.group(1), base) if m else ""


def _write_links(page: _Page) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for a in page.tree.css("a, button, input[type=button]"):
        text = (text_of(a) or attr(a, "title") or attr(a, "value")).replace(" ", "")
        if not _WRITE_TEXT.match(text):
            continue
        u = (link_url(a, page.base) if a.tag == "a" else "") or _onclick_url(a, page.base)
        if u and (text, u) not in out:
            out.append((text, u))
    return out


# --- a list still being fetched ----------------------------------------------------------------

_LOADING = re.compile(r"^(?:数据|信件|留言|列表|内容|页面)?(?:正在|努力)?(?:加载|载入|读取|查询)(?:中|数据)?[.。…·\s]*$"
                      r"|^(?:请稍[候等]|loading)[.。…·\s]*$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@_safe(bool)
def still_loading(html: str) -> bool:
    """A visible 正在加载…/加载中/loading placeholder outside the page's chrome: the list (or the
    letter) is still on its way from a script's request."""
    page = _Page(html, "")
    body = page.tree.body
    if body is None:
        return False
    for n in islice(body.traverse(include_text=True), 50_000):
        if n.tag != "-text":
            continue
        text = (n.text_content or "").strip()
        if not text or len(text) > 20 or not _LOADING.match(text):
            continue
        el = n.parent
        if el is None or el.tag in ("script", "style", "noscript", "template", "option", "title") \
                or page.in_chrome(el):
            continue
        if any(_HIDDEN_STYLE.search(attr(a, "style")) or "hidden" in a.attributes
               for a in [el, *islice(_ancestors(el), 30)]):
            continue
        return True
    return False


# --- pagination --------------------------------------------------------------------------------

_PAGE_KEYS = {"page", "pageno", "pageindex", "curpage", "pagenum", "currentpage", "pn", "p", "pagenumber",
              "page_no", "page_index", "cpage", "start"}


def _no_pages() -> list[str]:
    return []


@_safe(_no_pages)
def board_pagination(html: str, url: str) -> list[str]:
    """Further pages of a board's list: 下一页/尾页/page numbers, ``index_N.html``, ``?page=N`` links."""
    found = pagination_links(html, url)
    page = _Page(html, url)
    here = normalise(url)
    here_parts = urlsplit(here)
    folder = here_parts.path.rsplit("/", 1)[0]
    for a in page.tree.css("a[href]"):
        u = link_url(a, page.base)
        if not u or u == here:
            continue
        parts = urlsplit(u)
        if parts.netloc != here_parts.netloc or parts.path.rsplit("/", 1)[0] != folder:
            continue
        keys = {k.lower() for k, v in parse_qsl(parts.query) if v.isdigit()}
        text = text_of(a)
        if keys & _PAGE_KEYS and (_PAGER_TEXT.match(text) or parts.path == here_parts.path
                                  or re.search(r"页", text)):
            found.append(u)
    found.extend(_script_pages(page, here, found))
    out: list[str] = []
    for u in found:
        n = normalise(u)
        if n and n != here and n not in out:
            out.append(n)
    return out


_GO_PAGE = re.compile(r"^\s*(?:javascript:)?\s*[\w.$]*\(\s*['\"]?(\d{1,4})['\"]?\s*\)\s*;?\s*(?:return\s+false;?)?\s*$", re.I)
_TOTAL_PAGES = re.compile(r"共\s*(\d{1,4})\s*页|/\s*(\d{1,4})\s*页|第\s*\d{1,4}\s*/\s*(\d{1,4})\s*页")
_MAX_PAGES = 200


def _page_template(u: str) -> Callable[[int], str] | None:
    """Page N's address from an address showing one page: a ``{page}`` placeholder, a trailing
    ``pageNo=``, a page key in the query (``?pageIndex=2``) or ``index_2.html``."""
    if not u:
        return None
    holder = re.search(r"\{[^{}]{0,20}\}|\$\{[^{}]{0,20}\}", u)
    if holder:
        return lambda n: u[:holder.start()] + str(n) + u[holder.end():]
    if re.search(r"[?&](?:" + "|".join(_PAGE_KEYS) + r")=$", u, re.I):
        return lambda n: u + str(n)
    parts = urlsplit(u)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    keys = [i for i, (k, _) in enumerate(pairs) if k.lower() in _PAGE_KEYS]
    if keys:
        from urllib.parse import urlencode
        i = keys[0]
        return lambda n: parts._replace(query=urlencode(
            [(k, str(n) if j == i else v) for j, (k, v) in enumerate(pairs)])).geturl()
    m = re.search(r"_(\d{1,4})(\.s?html?)$", parts.path)
    if m:
        head = parts.path[:m.start()]
        # TRS: index.html is page 1, index_1.html page 2
        return lambda n: parts._replace(path=f"{head}{'_' + str(n - 1) if n > 1 else ''}{m.group(2)}").geturl()
    return None


def _script_pages(page: _Page, here: str, found: list[str]) -> list[str]:
    """Pages a script pager opens (``goPage(2)``, with the address in a ``data-url``) and the pages
    a 共5页 pager stands for, once the address of one numbered page is known."""
    body = page.tree.body
    if body is None:
        return []
    template: Callable[[int], str] | None = None
    for n in page.tree.css("[data-url], [data-href], [data-link], [data-action]")[:200]:
        raw = attr(n, "data-url") or attr(n, "data-href") or attr(n, "data-link") or attr(n, "data-action")
        if n.tag != "a" and not n.css("a") and not re.search(r"page|pager|fy|fenye", attr(n, "class") + attr(n, "id")
                                                             + raw, re.I):
            continue
        if n.tag != "a" or re.search(r"\{|page", raw, re.I):
            template = _page_template(normalise(raw, page.base) if "{" not in raw else
                                      urljoin(page.base, raw))
            if template is not None:
                break
    if template is None:
        template = _page_template(here)
    numbers: list[int] = []
    for a in page.tree.css("a, span[onclick], li[onclick], button[onclick]")[:2000]:
        call = attr(a, "onclick") or attr(a, "href")
        m = _GO_PAGE.match(call) if call else None
        if m is None or not (_PAGER_TEXT.match(text_of(a)) or re.search(r"页", text_of(a))):
            continue
        numbers.append(int(m.group(1)))
    if template is None:
        for u in found:  # a numbered page's own link gives the pattern
            template = _page_template(normalise(u, page.base))
            if template is not None:
                break
    if template is None:
        return []
    total = 0
    for text in (clean(n.text_content or "") for n in islice(body.traverse(include_text=True), 50_000)
                 if n.tag == "-text"):
        m = _TOTAL_PAGES.search(text) if len(text) <= 60 else None
        if m:
            total = int(next(g for g in m.groups() if g))
            break
    current = _page_of(here)
    numbers += list(range(2, min(total, _MAX_PAGES) + 1))
    out: list[str] = []
    for num in numbers:
        if num != current and 1 <= num <= _MAX_PAGES:
            u = template(num)
            if u and u not in out:
                out.append(u)
    return out


def _page_of(u: str) -> int:
    for k, v in parse_qsl(urlsplit(u).query):
        if k.lower() in _PAGE_KEYS and v.isdigit():
            return int(v)
    m = re.search(r"_(\d{1,4})\.s?html?$", urlsplit(u).path)
    return int(m.group(1)) + 1 if m else 1


# --- a letter's page ---------------------------------------------------------------------------


def _detail_title(page: _Page, lines: list[str]) -> str:
    for i, line in enumerate(lines):
        m = _TITLE_LABEL.match(line)
        if m:
            value = m.group("value").strip()
            if not value and i + 1 < len(lines):
                value = lines[i + 1]
            if value and len(value) <= 150:
                return value
    for h in page.tree.css("h1, h2, h3, [class*=title], [class*=tit], [id*=title]"):
        t = text_of(h)
        if 4 <= len(t) <= 150 and not page.in_chrome(h) and not _GENERIC_HEADINGS.search(t) \
                and not _LABEL_BEFORE.search(t):
            return t
    title = page.tree.css_first("title")
    t = text_of(title) if title is not None else ""
    return re.split(r"\s*[_|｜—]\s*|\s+-\s+", t)[0] if t else ""


def _reply_content(lines: list[str], start: int, marker_end: int) -> str:
    """The text of the reply that begins at line ``start`` (its label ends at ``marker_end``)."""
    parts = [lines[start][marker_end:]]
    for line in lines[start + 1: start + 12]:
        if _STOP_LINE.match(line) or _REPLY_CONTENT_RE.match(line):
            break
        if _META_LINE.match(line) or not re.sub(r"[\d\-/.:年月日\s]", "", line):
            continue
        parts.append(line)
    return "".join(parts)


_REPLY_BLOCK = re.compile(r"reply|huifu|answer|dafu|replay|(?:^|[-_\s])(?:hf|hfnr|dfnr|hfxx|bljg)(?:[-_\s]|$)", re.I)


def _reply_block(page: _Page) -> bool:
    """An element named for the reply (``class="answer"``, ``xj-reply``, ``hf-content``) holding a
    reply's words, not only a heading, a date or 暂无回复."""
    for n in page.tree.css("[class], [id]")[:5000]:
        if not _REPLY_BLOCK.search(attr(n, "class") + " " + attr(n, "id")) or page.in_chrome(n):
            continue
        if n.tag in ("a", "button", "input", "form", "textarea") or n.css_first("form, textarea") is not None:
            continue
        lines = [line for line in _lines(n, page) if not _META_LINE.match(line)]
        text = re.sub(r"^(?:回复|答复|办理|处理|反馈)(?:内容|意见|结果|情况)", "", "".join(lines))
        text = re.sub(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?", "", text)
        if _has_content(text) and len(re.sub(r"[\s\W_]+", "", text)) >= 10:
            return True
    return False


def _has_content(text: str) -> bool:
    norm = re.sub(r"[\s\W_]+", "", text)
    norm = re.sub(r"^(?:(?:回复|答复)(?:单位|部门|时间|日期)\S{0,20})", "", norm)
    if len(norm) < 4:
        return False
    return not (len(norm) < 16 and _NO_REPLY.search(norm))


@_safe(lambda: LetterDetail("", None, None, "", False))
def parse_letter_detail(html: str, url: str, *, today: date) -> LetterDetail:
    """A letter's page: title, the letter's and the reply's dates, state, and whether it has a reply."""
    page = _Page(html, url)
    body = page.tree.body
    if body is None:
        return LetterDetail("", None, None, "", False)
    lines = _lines(body, page, hints=True)
    plain = [line.replace(_HINT_SENT, "").replace(_HINT_REPLY, "") for line in lines]
    title = _detail_title(page, plain)
    reply_line = next((i for i, line in enumerate(plain) if _REPLY_START_RE.match(line)), None)
    has_reply = False
    for i, line in enumerate(plain):
        m = _REPLY_CONTENT_RE.match(line)
        if m and _has_content(_reply_content(plain, i, m.end())):
            has_reply = True
            break
    if not has_reply:
        has_reply = _reply_block(page)
    state = ""
    for line in plain:
        m = _STATE_LABEL.match(line)
        if m:
            state = _state_in(m.group("value")) or m.group("value")
            break
        inline = re.search(r"(?:办理|处理|回复|答复|信件|当前)?状态" + _SEP + r"(?P<value>\S{1,12})", line)
        if inline and len(line) <= 80 and _STATE.match(inline.group("value")):
            state = _STATE.match(inline.group("value")).group(0)  # type: ignore[union-attr]
            break
        if len(line) <= 8 and _STATE.fullmatch(line.strip("【】[]()（）")):
            state = line.strip("【】[]()（）")
            break
    sent, replied, accepted = _column_dates(page, today)
    weak_sent: date | None = None
    weak_reply: date | None = None
    for d in _dated(lines, today):
        after_reply = reply_line is not None and d.line >= reply_line
        if d.role == "sent" and sent is None:
            sent = d.when
        elif d.role == "accept" and accepted is None:
            accepted = d.when
        elif d.role == "reply" and replied is None:
            replied = d.when
        elif d.role in ("generic", "none") and (d.short_line or d.role == "generic"):
            if after_reply and weak_reply is None:
                weak_reply = d.when
            elif not after_reply and weak_sent is None and d.line != _title_line(plain, title):
                weak_sent = d.when
    sent = sent or accepted or weak_sent
    replied = replied or (weak_reply if has_reply or state and not _is_unreplied(state) else None)
    return LetterDetail(title, sent, replied, state, has_reply)


def _column_dates(page: _Page, today: date) -> tuple[date | None, date | None, date | None]:
    """Dates under a table header row (``<tr><th>来信时间</th><th>回复时间</th></tr><tr><td>…``):
    the letter's, the reply's, and the 受理 date."""
    sent: date | None = None
    replied: date | None = None
    accepted: date | None = None
    for tr in page.tree.css("tr"):
        cells = _cells(tr)
        roles = [_head_role(text_of(c)) for c in cells]
        if not any(r in ("sent", "reply", "accept") for r in roles) or page.in_chrome(tr):
            continue
        if any(not text_of(c) or (c.tag != "th" and not r) for c, r in zip(cells, roles, strict=True)):
            continue  # a row of labels only: no value cells, no empty cells
        nxt = tr.next
        while nxt is not None and nxt.tag in ("-text", "-comment"):
            nxt = nxt.next
        values = _cells(nxt) if nxt is not None and nxt.tag == "tr" else []
        if len(values) != len(cells):
            continue
        for role, cell in zip(roles, values, strict=True):
            found = find_dates(text_of(cell), today=today)
            if found and role == "sent" and sent is None:
                sent = found[0][0]
            elif found and role == "reply" and replied is None:
                replied = found[0][0]
            elif found and role == "accept" and accepted is None:
                accepted = found[0][0]
    return sent, replied, accepted


def _title_line(lines: list[str], title: str) -> int:
    return next((i for i, line in enumerate(lines) if title and title in line), -1)


# --- merging ------------------------------------------------------------------------------------


def merge_letter(row: LetterRow, detail: LetterDetail | None) -> Message:
    """The list row completed by the letter's page: the page fills what the row lacks; a state
    saying 未回复/办理中/待回复/正在办理 means no reply."""
    title = row.title
    if detail is not None and detail.title and (
        not title or (title.rstrip(".…") != title and detail.title.startswith(title.rstrip(".…")))
    ):
        title = detail.title
    submitted = row.submitted or (detail.submitted if detail is not None else None)
    replied = row.replied or (detail.replied if detail is not None else None)
    state = row.state_text or (detail.state_text if detail is not None else "")
    if _is_unreplied(state):
        replied = None
    return Message(url=row.url, title=title, submitted=submitted, replied=replied, state_text=state,
                   workdays_to_reply=None)


# --- the write page ----------------------------------------------------------------------------

_SEARCH_RE = re.compile(r"search|sousuo|keyword|query|(?:^|[-_\s])(?:ss|kw|q|wd)(?:[-_\s]|$)", re.I)
_SUBMIT_TEXT = re.compile(r"提交|发送|确定|确认|写信|留言|提问|保存并提交|送出|submit", re.I)
_SUBMIT_LINK = re.compile(r"提交|发送|submit|确定", re.I)
_CONTENT_FIELD = re.compile(r"内容|正文|留言|诉求|详情|问题描述|描述|content|body|message|nr|txt", re.I)
_TEXT_TYPES = {"", "text", "email", "tel", "number", "search", "date", "url", "password"}


def _fields(node: LexborNode) -> list[LexborNode]:
    """The controls a person fills in (a group of radio buttons or checkboxes counts once)."""
    out = []
    groups: set[str] = set()
    for f in node.css("input, textarea, select, [contenteditable=true], [contenteditable='']"):
        if f.tag == "input":
            kind = attr(f, "type").lower()
            if kind in ("hidden", "submit", "button", "reset", "image", "file"):
                continue
            if kind in ("radio", "checkbox") and attr(f, "name"):
                if attr(f, "name") in groups:
                    continue
                groups.add(attr(f, "name"))
        out.append(f)
    return out


def _is_search(node: LexborNode, fields: list[LexborNode]) -> bool:
    words = attr(node, "action") + " " + attr(node, "class") + " " + attr(node, "id") + " " + attr(node, "name")
    if _SEARCH_RE.search(words) and not node.css_first("textarea"):
        return True
    texts = [f for f in fields if f.tag == "input" and attr(f, "type").lower() in _TEXT_TYPES]
    return len(fields) == 1 and len(texts) == 1 and bool(
        _SEARCH_RE.search(attr(texts[0], "name") + " " + attr(texts[0], "id") + " " + attr(texts[0], "class"))
        or re.search(r"搜索|检索|关键字|关键词", attr(texts[0], "placeholder") + text_of(node)))


def _submits(node: LexborNode) -> list[LexborNode]:
    """Submit controls: submit inputs and buttons, or a button/link/clickable saying 提交, 发送 …"""
    out = []
    for c in node.css("button, input[type=submit], input[type=image], input[type=button], a, "
                      "[role=button], span[onclick], div[onclick]"):
        kind = attr(c, "type").lower()
        text = (text_of(c) or attr(c, "value") or attr(c, "title") or attr(c, "alt")).replace(" ", "")
        if c.tag == "input" and kind in ("submit", "image"):
            out.append(c)
        elif c.tag == "button" and kind in ("", "submit") and not re.search(r"重置|取消|清空|返回|关闭", text):
            out.append(c)
        elif c.tag in ("button", "input") and len(text) <= 8 and _SUBMIT_TEXT.search(text):
            out.append(c)
        elif len(text) <= 8 and _SUBMIT_LINK.search(text):
            out.append(c)
    return out


def _disabled(node: LexborNode) -> bool:
    a = node.attributes
    return "disabled" in a or attr(node, "aria-disabled").lower() == "true" \
        or bool(re.search(r"(?:^|\s)(?:disabled|is-disabled|btn-disabled)(?:\s|$)", attr(node, "class")))


def _field_words(f: LexborNode, tree: LexborHTMLParser) -> str:
    words = " ".join(attr(f, k) for k in ("name", "id", "placeholder", "title", "aria-label", "class"))
    fid = attr(f, "id")
    if fid:
        for label in tree.css("label[for]"):
            if attr(label, "for") == fid:
                words += " " + text_of(label)
    prev = f.parent
    if prev is not None and prev.tag == "td" and prev.prev is not None:
        words += " " + text_of(prev.prev)
    return words


@_safe(lambda: WriteForm(False, 0, False, "页面无法解析"))
def check_write_form(html: str, url: str) -> WriteForm:
    """The 我要写信 page: a form (or a form-like block) with fields for 标题/内容 and a submit control."""
    tree = parse(html, strip_noise=False)
    for n in tree.css("script, style, noscript, template"):
        n.decompose()
    body = tree.body
    if body is None:
        return WriteForm(False, 0, False, "页面没有留言表单")
    candidates: list[LexborNode] = [f for f in tree.css("form")]
    loose = [f for f in _fields(body) if not any(a.tag == "form" for a in _ancestors(f))]
    if loose:
        candidates.append(_common_block(loose) or body)
    best: tuple[int, LexborNode, list[LexborNode]] | None = None
    for c in candidates:
        fields = [f for f in _fields(c) if c.tag == "form" or not any(a.tag == "form" for a in _ancestors(f))]
        if not fields or _is_search(c, fields):
            continue
        score = len(fields) + 10 * len([f for f in fields if f.tag == "textarea" or "contenteditable" in f.attributes])
        if best is None or score > best[0]:
            best = (score, c, fields)
    if best is None:
        login = re.search(r"请先?登录|登录后|用户登录", text_of(body))
        return WriteForm(False, 0, False, "页面没有留言表单（需要先登录）" if login else "页面没有留言表单")
    _, form, fields = best
    usable = [f for f in fields if not _disabled(f) and "readonly" not in f.attributes]
    content = [f for f in fields if f.tag == "textarea" or "contenteditable" in f.attributes
               or _CONTENT_FIELD.search(_field_words(f, tree))]
    submits = _submits(form)
    if not submits and form.tag == "form":  # a submit button just outside the form (form="id")
        fid = attr(form, "id")
        submits = [b for b in _submits(body) if fid and attr(b, "form") == fid]
    enabled = [b for b in submits if not _disabled(b)]
    problem = ""
    if not content:
        problem = "留言表单没有填写内容的输入框"
    elif not usable:
        problem = "表单输入框不可用"
    elif not submits:
        problem = "没有提交按钮"
    elif not enabled:
        problem = "提交按钮不可用"
    return WriteForm(True, len(fields), bool(enabled), problem)


def _common_block(fields: list[LexborNode]) -> LexborNode | None:
    chains = [list(reversed([f, *_ancestors(f)])) for f in fields]
    common: LexborNode | None = None
    for level in zip(*chains, strict=False):
        if all(x.mem_id == level[0].mem_id for x in level):
            common = level[0]
        else:
            break
    while common is not None and common.tag in ("tr", "tbody", "td", "span", "label", "p", "li", "ul"):
        common = common.parent
    return common


# --- a homepage's channels -----------------------------------------------------------------------

_CHANNELS: list[tuple[str, re.Pattern[str]]] = [
    ("annual_reports", re.compile(r"年度报告|年报")),
    ("guide", re.compile(r"公开指南")),
    ("application", re.compile(r"依申请公开|信息公开申请|在线申请|申请公开")),
    ("interpretations", re.compile(r"政策解读|^解读|解读回应|图解|解读$")),
    ("message_board", re.compile(r"(?:领导|书记|县长|市长|区长|镇长|乡长|局长|主任)信箱|网上留言|留言板|问政|咨询投诉|"
                                 r"政民互动|互动交流|在线咨询|我要写信|我要留言|信箱")),
]
_BOARD_RANK = ["信箱", "留言", "问政", "咨询投诉", "在线咨询", "政民互动", "互动交流"]


def _board_rank(text: str) -> int:
    return next((i for i, w in enumerate(_BOARD_RANK) if w in text), len(_BOARD_RANK))


def _no_channels() -> dict[str, str]:
    return {}


@_safe(_no_channels)
def discover_channels(html: str, url: str) -> dict[str, str]:
    """From a homepage's link texts: kind -> absolute URL (message_board, application, guide,
    annual_reports, interpretations); the first link of each kind, the likeliest board."""
    tree = parse(html)
    base = base_of(tree, url)
    out: dict[str, str] = {}
    board: tuple[int, str] | None = None
    for a in tree.css("a[href]"):
        text = re.sub(r"[\s>»›【】\[\]]+", "", label_of(a))
        u = link_url(a, base)
        if not u or not text or len(text) > 16:
            continue
        for kind, pattern in _CHANNELS:
            if not pattern.search(text):
                continue
            if kind == "annual_reports" or len(text) <= 12:
                if kind == "message_board":
                    rank = _board_rank(text)
                    if board is None or rank < board[0]:
                        board = (rank, u)
                elif kind not in out:
                    out[kind] = u
            break
    if board is not None:
        out["message_board"] = board[1]
    order = ["message_board", "application", "guide", "annual_reports", "interpretations"]
    return {k: out[k] for k in order if k in out}


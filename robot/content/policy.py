"""Policy documents and their interpretations (政策解读), meeting reports (会议信息): pure logic.

Everything here is a function of a :class:`~robot.snapshots.SiteSnapshot` (and ``as_of``); the
rules in :mod:`robot.rules.interpretation` and :mod:`robot.rules.meeting` only turn the results
into findings. Nothing fetches, sleeps or guesses a working day.

**A page's publication date** is the date of the list entry that links it (the column list
shows it), else a date written right after 发布时间/发布日期/发文日期/发布于 in its text, else a
dated bare 时间：/日期： in the article's meta line (the line that also says 来源/作者/浏览/字体…;
``时间：2025年06月06日　信息来源：县卫健委``).

**Documents.** An item is a policy document when it is listed in a policy column (category
``policy`` or a name containing 政策文件/规范性文件/政府文件/…文件, not 解读, not 上级/法律法规),
or when its crawled page has a normative title (…的通知, …的通告, …办法, …规定, …意见 …) and a document
number (文号, ``信府发〔2024〕5号``) in its text.

**Which documents need an interpretation** (written down, and deliberately conservative: a
false alarm costs the office more than a missed one). All of:

1. it is a policy document as above;
2. its subject (the 《…》 it issues, else its title) names a policy instrument: 办法, 规定, 细则,
   意见, 方案, 规划, 措施, 条例, 规则, 政策, 标准 (规章、规划、行政规范性文件 and the
   政策性文件 the 2023 work plan names); or it is a 通告 with a 文号 in its text (a 规范性文件
   issued as a 通告: 关于规范…经营行为的通告 under 信市监发〔2025〕3号; a 通告 without one, 停水通告,
   is a notice); or its subject is to regulate (关于(进一步)规范…: 关于规范农村住宅用地审批管理的通知)
   and it has a 文号 (a 规范性文件 issued as a 通知 sets the rules its title names; 关于做好…工作的
   通知, a work arrangement, does not);
3. its title says none of: 转发 (an upper level's document, interpreted there), 任免/任职/免职/
   聘任/人事, 公示/公告/名单/表彰/通报/批复/函/招聘/招标/采购, 会议/召开/举办/放假/值班,
   领导小组/成员, 废止/失效/清理, 征求意见/征集/草案/意见稿, nor is it an interpretation;
4. (the rule adds) it was published within the last ``months`` (12) months and more than the
   allowed working days (3) before ``as_of``; an undated document is never judged.

**Interpretations** are items whose title says so (《…》政策解读, 关于《…》的解读, 一图读懂《…》,
图解…, …政策问答, 答记者问, 起草说明), or anything listed in a column named …解读 or at the
site's configured ``channels.interpretations`` URL.

**Pairing** (one interpretation may explain one document; a document may have several): by
link first (either page links the other), then by 文号 (the interpretation's text cites the
document's number), then by subject: the 《…》 title, punctuation, 的, 试行/暂行, issuer prefixes
up to 关于, 印发 and …的通知 removed; an issuer prefix ending in 县/市/区/省/政府/办公室/局 may
differ (信丰县X办法 ~ X办法).

**Meetings: the lead-sentence rule.** The day a meeting was held is read from the lead (导语):
the first of the first three sentences of the article body (after the labelled publication
date, or after the heading: the page title without its site suffix — ``_X县人民政府`` or a
department's name, `` - 云水县卫生健康委员会`` — or the list entry's title, whichever the page shows
first; without it the heading's own 召开 would be taken for the lead's and its missing date end the
search) that has a reporting verb (召开,
举行, 主持, 举办, 召集) and a meeting word (会议, 常务会, 座谈会, 专题会, 调度会, 生活会 … in it or in
the title; or whatever 召开 convenes that ends in 会: 召开2024年度组织生活会). Its held date is the last time expression before that verb in that sentence, e.g.
"为贯彻落实8月20日全市会议精神，9月5日上午，县政府召开…" → 9月5日; more exactly the last date
that starts its clause (followed, after a weekday, a part of the day or a clock time, by its comma:
"8月29日（星期五）上午，") or has no other meeting word between it and the verb ("就8月20日全市会议
部署召开" cites another meeting), else the last date. The verb is the clause's own: 召开的 (为贯彻
8月20日召开的全市会议精神) describes another meeting unless it is the only verb (在9月9日召开的常务
会议上). A range counts by its last day (8月28日至29日 → 29日). When that expression is vague
(近日, 日前, 近期, 昨天 …) or a Chinese-numeral date (八月二十九日, not read), or there is none,
the date is unknown: no finding. Datelines before it (澜溪讯（通讯员 张三）, 本网讯, 【…讯】) and
line breaks inside the lead do not matter; full-width digits read as ASCII. A heading line the
title did not find (its 召开 with no date before it, then a line break) is passed over for the next
verb, whose date then must start its clause. Dates later in
the article (会议回顾了8月20日以来的工作) never count. A year-less date takes the publication
year, or the year before when that would put it after publication (a December meeting
published in January); more than 183 days back with no year written is too ambiguous to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from robot.dates import find_dates, has_year
from robot.snapshots import ColumnSnapshot, ListEntry, PageSnapshot, SiteSnapshot
from robot.urls import normalise, page_key

__all__ = [
    "Held", "MeetingReport", "Pairing", "PolicyItem", "clean_title", "collect_policy", "document_number",
    "document_subject", "interpretation_subject", "is_interpretation_column", "is_interpretation_title",
    "is_policy_column", "links_to", "meeting_held", "meeting_reports", "needs_interpretation",
    "normalise_key", "numbers_match", "pair", "published_in_text", "same_subject",
]

# --- titles --------------------------------------------------------------------------------------

# a page title's site suffix: "…办法_信丰县人民政府", "… - 信丰县政府网", "…|赣州市人民政府门户网站"
_SITE_SUFFIX = re.compile(
    r"\s*(?:[_|｜]|\s[-–—]\s)\s*(?:[^_|｜]*?(?:人民政府|政府网|门户网站|网站|政府)[^_|｜]*"
    # a department's site: the segment is the department's name (云水县卫生健康委员会, 县教育体育局),
    # or the name of its disclosure section or site (县教育体育局政务公开, …信息公开专栏, …官网)
    r"|[^_|｜\s]{1,30}?(?:委员会|局|办公室|中心|厅|委|办)"
    r"(?:(?:政府信息公开|政务公开|信息公开)(?:专栏|专题|平台|目录)?|官网|网)?)\s*$"
)
_INTERP_WORDS = re.compile(r"解读|读懂|看懂|图解|政策问答|问答|答记者问|起草说明|答疑")
_QUOTED = re.compile(r"《([^《》]{2,120})》")
_PUNCT = re.compile(r"[\s《》〈〉<>“”\"'‘’「」『』【】\[\]（）()〔〕［］,，.。、:：;；!！?？·•\-—–_/|｜~～]+")
_ISSUER = re.compile(r"^.{0,30}?关于")
_TRAILING = re.compile(r"(?:的)?(?:通知|通告|公告|决定)$")
_INSTRUMENTS = re.compile(r"办法|规定|细则|意见|方案|规划|措施|条例|规则|政策|标准")
_NOT_NEEDING = re.compile(
    r"转发|任免|任职|免职|聘任|人事|公示|公告|名单|表彰|通报|批复|复函|函$|招聘|招标|采购|会议|召开|举办|放假|值班"
    r"|领导小组|成员|废止|失效|清理|征求意见|征集|草案|意见稿"
)
_NORMATIVE_TITLE = re.compile(r"(?:的通知|的通告|的意见|办法|规定|细则|实施意见|若干措施|方案|规划|条例|规则)(?:（试行）|\(试行\))?$")
# a 通告 issued under a 文号 sets rules for the public (禁止…, 规范…经营行为): a 规范性文件
_NOTICE_TO_PUBLIC = re.compile(r"通告$")
# a document 关于(进一步/严格…)规范… sets rules: a 规范性文件 whatever its form (通知, 通告, 决定)
_REGULATES = re.compile(r"关于(?:进一步|切实|严格|全面|加强和|加强与)*规范")
_DOC_NUMBER = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,12})\s*[〔\[［(（【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］)）】]\s*(?P<no>\d{1,4})\s*号"
)
_POLICY_COLUMN = re.compile(r"政策文件|规范性文件|政府文件|部门文件|政府令|规章|县(?:政府)?文件|市(?:政府)?文件|文件")
_NOT_POLICY_COLUMN = re.compile(r"解读|上级|法律|法规|转发")


def clean_title(title: str) -> str:
    """A page or entry title without its site suffix and surrounding whitespace."""
    t = re.sub(r"\s+", " ", title or "").strip()
    stripped = _SITE_SUFFIX.sub("", t).strip()
    return stripped or t


def normalise_key(subject: str) -> str:
    """The comparable form of a document's subject: no punctuation, 的, 试行/暂行, issuer, 印发, 的通知."""
    s = _PUNCT.sub("", subject or "")
    s = _ISSUER.sub("", s) if "关于" in s[:32] else s
    s = re.sub(r"^(?:印发|转发|发布|公布)", "", s)
    s = _TRAILING.sub("", s)
    return s.replace("试行", "").replace("暂行", "").replace("的", "")


def is_interpretation_title(title: str) -> bool:
    return bool(_INTERP_WORDS.search(clean_title(title)))


def interpretation_subject(title: str) -> str:
    """What an interpretation explains: its 《…》, else its title without the interpretation words."""
    t = clean_title(title)
    quoted = _QUOTED.findall(t)
    if quoted:
        return max(quoted, key=len)
    t = re.sub(r"^(?:一图读懂|一图看懂|图解|解读|政策解读)\s*[:：|｜]?\s*", "", t)
    t = re.sub(r"(?:的)?(?:政策)?(?:解读|图解|问答|起草说明|答记者问)(?:材料)?$", "", t)
    return re.sub(r"^(?:关于)", "", t)


def document_subject(title: str) -> str:
    """What a document issues: its 《…》 (关于印发《X办法》的通知 → X办法), else its title."""
    t = clean_title(title)
    quoted = _QUOTED.findall(t)
    return max(quoted, key=len) if quoted else t


def document_number(text: str) -> str:
    """The first 文号 in ``text`` in a canonical form (信府发〔2024〕5号), '' when none."""
    m = _DOC_NUMBER.search(text or "")
    if not m:
        return ""
    return f"{m.group('org')}〔{m.group('year')}〕{int(m.group('no'))}号"


def document_numbers(text: str) -> set[str]:
    return {f"{m.group('org')}〔{m.group('year')}〕{int(m.group('no'))}号" for m in _DOC_NUMBER.finditer(text or "")}


def numbers_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """Some 文号 of ``a`` is one of ``b``: same year and number, one issuer code ending the other
    (running text glues words before it: 根据信府发〔2024〕5号 cites 信府发〔2024〕5号)."""
    for x in a:
        ox, _, rest_x = x.partition("〔")
        for y in b:
            oy, _, rest_y = y.partition("〔")
            if rest_x == rest_y and min(len(ox), len(oy)) >= 2 and (ox.endswith(oy) or oy.endswith(ox)):
                return True
    return False


def needs_interpretation(title: str, number: str = "") -> tuple[bool, str]:
    """Whether a policy document needs an interpretation (module docstring, points 2 and 3), and
    why; ``number`` is its 文号 ('' when it has none)."""
    t = clean_title(title)
    if is_interpretation_title(t):
        return False, "本身是解读"
    excluded = _NOT_NEEDING.search(t)
    if excluded:
        return False, f"标题含「{excluded.group(0)}」"
    subject = document_subject(t)
    instruments = _INSTRUMENTS.findall(subject)
    if not instruments:
        if number and _NOTICE_TO_PUBLIC.search(t):
            return True, "规范性文件（通告，有文号）"
        if number and _REGULATES.search(subject):
            return True, "规范性文件（规范…，有文号）"
        return False, "不是规章、规划、规范性文件或政策性文件"
    return True, f"政策性文件（{instruments[-1]}）"  # the subject's head noun comes last


def is_policy_column(col: ColumnSnapshot) -> bool:
    if _NOT_POLICY_COLUMN.search(col.name):
        return False
    return col.category == "policy" or bool(_POLICY_COLUMN.search(col.name))


def is_interpretation_column(col: ColumnSnapshot, interpretation_urls: Iterable[str] = ()) -> bool:
    urls = {_key(u) for u in interpretation_urls if u}
    return "解读" in col.name or _key(col.url) in urls


def same_subject(a: str, b: str) -> bool:
    """Two normalised keys name the same document (an issuer prefix such as 信丰县 may differ)."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 6 or not long_.endswith(short):
        return False
    prefix = long_[: -len(short)]
    return len(prefix) <= 16 and bool(re.search(r"(?:县|市|区|省|旗|州|镇|乡|街道|政府|办公室|办|局|委员会)$", prefix))


# --- dates ---------------------------------------------------------------------------------------

_PUBLISHED_LABEL = re.compile(r"(?:发布时间|发布日期|发文日期|发布于)\s*[:：]?\s*")


def published_in_text(text: str, *, today: date) -> date | None:
    """A date written right after 发布时间/发布日期/发文日期/发布于 (发布时间：2024-09-13 17:25)."""
    m = _published_match(text, today)
    return m[0] if m else None


def _published_match(text: str, today: date) -> tuple[date, int] | None:
    """The labelled publication date and the offset where its spelling ends. A bare 时间：/日期：
    counts too in an article's meta line (one that also says 来源/作者/浏览/点击/字体), never a
    会议时间 or a 时间： in a notice's body."""
    text = text or ""
    labels = list(_PUBLISHED_LABEL.finditer(text))
    if not labels:
        labels = [m for m in _BARE_DATE_LABEL.finditer(text) if _META_LINE.search(_line_at(text, m.start()))]
    for m in labels:
        after = text[m.end(): m.end() + 40]
        found = find_dates(after, today=today)
        if found and after.startswith(found[0][1][:2]) and (m.re is _PUBLISHED_LABEL or has_year(found[0][1])):
            return found[0][0], m.end() + after.index(found[0][1]) + len(found[0][1])
    return None


_BARE_DATE_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:时间|日期)\s*[:：]\s*")
_META_LINE = re.compile(r"来源|作者|浏览|点击|阅读|字体|字号|编辑")


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1: len(text) if end < 0 else end]


# --- collecting documents and interpretations -----------------------------------------------------

Kind = Literal["document", "interpretation"]


@dataclass(frozen=True, slots=True)
class PolicyItem:
    """A policy document or an interpretation as the site shows it (list entry and/or page)."""

    kind: Kind
    title: str
    url: str
    published: date | None
    key: str  # normalised subject, for pairing
    numbers: frozenset[str] = frozenset()  # 文号 in its text (a document's own; those an interpretation cites)
    column: str = ""  # the column that lists it ('' when only its page was seen)
    page: PageSnapshot | None = None  # its crawled page, when crawled and readable
    needs: bool = False  # documents: needs an interpretation (module docstring)
    why: str = ""  # documents: the reason for ``needs``

    @property
    def number(self) -> str:
        return min(self.numbers) if self.numbers else ""


def _key(url: str) -> str:
    return page_key(normalise(url) or url)


def _page_urls(p: PageSnapshot) -> set[str]:
    return {_key(u) for u in (p.requested_url, p.final_url) if u}


def links_to(page: PageSnapshot, target: PolicyItem, cache: dict[int, frozenset[str]] | None = None) -> bool:
    """True when ``page`` has a link to ``target``'s URL (its requested or final URL). ``cache`` keeps
    each page's link keys for one pairing (a site's documents × interpretations: thousands of calls)."""
    cache = cache if cache is not None else {}
    wanted = cache.get(-id(target))  # an item's own keys, under its negated id
    if wanted is None:
        wanted = frozenset({_key(target.url)} | (_page_urls(target.page) if target.page else set()))
        cache[-id(target)] = wanted
    return not wanted.isdisjoint(_link_keys(page, cache))


def _link_keys(page: PageSnapshot, cache: dict[int, frozenset[str]]) -> frozenset[str]:
    got = cache.get(id(page))
    if got is None:
        got = frozenset(_key(link.href) for link in page.links if link.href)
        cache[id(page)] = got
    return got


@dataclass
class _Draft:
    kind: Kind
    title: str
    url: str
    published: date | None = None
    column: str = ""
    page: PageSnapshot | None = None


def collect_policy(
    snapshot: SiteSnapshot, *, interpretation_urls: Sequence[str] = ()
) -> tuple[list[PolicyItem], list[PolicyItem]]:
    """The site's policy documents and interpretations, from its columns and crawled pages."""
    today = snapshot.as_of
    drafts: dict[str, _Draft] = {}
    column_pages: set[str] = set()
    for col in snapshot.columns:
        column_pages.add(_key(col.url))
        column_pages.update(_key(u) for u in col.pages)
    for col in snapshot.columns:
        interp_col = is_interpretation_column(col, interpretation_urls)
        policy_col = not interp_col and is_policy_column(col)
        for e in col.entries:
            kind: Kind | None
            if interp_col or is_interpretation_title(e.title):
                kind = "interpretation"
            elif policy_col:
                kind = "document"
            else:
                kind = None
            if kind is not None:
                _add_entry(drafts, kind, e, col.name)
    pages = [p for p in snapshot.pages if p.ok]
    by_url = {u: p for p in pages for u in _page_urls(p)}
    for k, d in drafts.items():
        d.page = by_url.get(k)
    for p in pages:
        keys = _page_urls(p)
        if keys & column_pages or any(k in drafts for k in keys):
            continue
        title = clean_title(p.title)
        if is_interpretation_title(title) and len(normalise_key(interpretation_subject(title))) >= 4:
            drafts[_key(p.requested_url)] = _Draft("interpretation", title, p.requested_url, page=p)
        elif _NORMATIVE_TITLE.search(title) and document_number(p.text[:3000]):
            drafts[_key(p.requested_url)] = _Draft("document", title, p.requested_url, page=p)
    docs: list[PolicyItem] = []
    interps: list[PolicyItem] = []
    for d in drafts.values():
        title = d.title or (clean_title(d.page.title) if d.page else "")
        published = d.published
        if published is None and d.page is not None:
            published = published_in_text(d.page.text, today=today)
        text = d.page.text if d.page else ""
        if d.kind == "document":
            numbers = {document_number(text[:3000])} - {""}
            needs, why = needs_interpretation(title, next(iter(numbers), ""))
            docs.append(PolicyItem("document", title, d.url, published, normalise_key(document_subject(title)),
                                   frozenset(numbers), d.column, d.page, needs, why))
        else:
            interps.append(PolicyItem("interpretation", title, d.url, published,
                                      normalise_key(interpretation_subject(title)),
                                      frozenset(document_numbers(text)), d.column, d.page))
    return docs, interps


def _add_entry(drafts: dict[str, _Draft], kind: Kind, e: ListEntry, column: str) -> None:
    k = _key(e.url)
    d = drafts.get(k)
    if d is None:
        drafts[k] = _Draft(kind, clean_title(e.title), e.url, e.date, column)
        return
    if kind == "interpretation" and d.kind == "document":  # listed in both: the title decides
        d.kind = kind
    if d.published is None and e.date is not None:
        d.published = e.date


# --- pairing -------------------------------------------------------------------------------------

How = Literal["link", "number", "title"]


@dataclass(frozen=True, slots=True)
class Pairing:
    """A document and the interpretations found for it, each with how it was paired."""

    document: PolicyItem
    interpretations: tuple[tuple[PolicyItem, How], ...] = field(default=())

    @property
    def first_published(self) -> date | None:
        dates = [i.published for i, _ in self.interpretations if i.published is not None]
        return min(dates) if dates else None


def pair(documents: Sequence[PolicyItem], interpretations: Sequence[PolicyItem]) -> list[Pairing]:
    """Every document with its interpretations: by link, else 文号, else subject (module docstring)."""
    found: dict[int, list[tuple[PolicyItem, How]]] = {i: [] for i in range(len(documents))}
    cache: dict[int, frozenset[str]] = {}  # the pages live as long as this call: their ids are stable
    for interp in interpretations:
        matches = _match(interp, documents, cache)
        for i, how in matches:
            found[i].append((interp, how))
    return [Pairing(doc, tuple(found[i])) for i, doc in enumerate(documents)]


def _match(interp: PolicyItem, documents: Sequence[PolicyItem], cache: dict[int, frozenset[str]]
           ) -> list[tuple[int, How]]:
    linked = [i for i, d in enumerate(documents)
              if (d.page is not None and links_to(d.page, interp, cache))
              or (interp.page is not None and links_to(interp.page, d, cache))]
    if linked:
        return [(i, "link") for i in linked]
    numbered = [i for i, d in enumerate(documents) if numbers_match(d.numbers, interp.numbers)]
    if numbered:
        return [(i, "number") for i in numbered]
    return [(i, "title") for i, d in enumerate(documents) if same_subject(d.key, interp.key)]


# --- meetings ------------------------------------------------------------------------------------

_MEETING = re.compile(
    r"会议|常务会|常委会|座谈会|专题会|调度会|推进会|部署会|动员会|联席会|办公会|现场会|视频会|培训会|工作会"
    r"|协调会|恳谈会|听证会|发布会|评审会|研讨会|观摩会|例会|务虚会|汇报会|交流会|分析会|约谈会|大会"
    r"|学习会|述职会|启动会|对接会|洽谈会|论证会|评议会|通报会|碰头会|党组会|书记会|见面会|誓师会"
    r"|生活会|表彰会|报告会|宣讲会|讲评会|点评会|会商会|答辩会|质询会|推介会|总结会"
)
# what 召开 convenes is a meeting whatever its name (召开2025年度民主生活会, 召开村民代表会): a noun
# ending in 会 in the verb's clause, not 会议 (above) nor the 会 of 会长, 会员, 会场
_CONVENED = re.compile(r"召开[^，,。；;：:！？!?\n]{0,30}?会(?![议长员场所址计])")
_VERB = re.compile(r"召开|举行|主持|举办|召集")
_NOT_A_REPORT = re.compile(r"通知|预告|公告|议程|征集|报名")
_VAGUE = re.compile(r"近日|日前|近期|前不久|不久前|最近|上周|本周|近来|昨天|昨日|今天|今日|前天|前日|当天|当日|日间")
_SENTENCE = re.compile(r"[。！？!?]")
_BODY_END = re.compile(r"上一篇|下一篇|上一条|下一条|打印本页|关闭窗口|【\s*打印|相关链接|相关文章|责任编辑")
_NEWS_COLUMN = re.compile(r"动态|要闻|新闻|会议|政务信息")


@dataclass(frozen=True, slots=True)
class Held:
    """When the lead sentence says a meeting was held."""

    held: date | None  # None: the lead gives no day (近日, 日前, no date)
    spelled: str  # the time expression as written ('' when none)
    lead: str  # the lead sentence


@dataclass(frozen=True, slots=True)
class MeetingReport:
    """A page reporting a meeting: when it was held and when it was published."""

    url: str
    title: str
    published: date
    held: date | None
    spelled: str
    lead: str
    column: str = ""

    @property
    def days(self) -> int | None:
        return None if self.held is None else (self.published - self.held).days


def _body_start(text: str, title: str, today: date) -> int:
    """Where the article body starts: after the labelled publication date, else after the first
    occurrence of the title (the heading; a lead may repeat the title's words)."""
    labelled = _published_match(text, today)
    start = labelled[1] if labelled is not None else 0
    t = clean_title(title)
    pos = text.find(t, start) if len(t) >= 6 else -1
    # the heading under the meta line (not the lead repeating its words: no clause or date before it)
    if pos >= 0 and (labelled is None or (pos - start <= 200 and not re.search(r"[，,。]", text[start:pos])
                                           and not find_dates(text[start:pos], today=today))):
        start = pos + len(t)
    return start


def meeting_held(text: str, title: str, published: date, *, also: Sequence[str] = ()) -> Held | None:
    """The meeting a news page reports, by the lead-sentence rule; None when it reports none.

    ``also``: other spellings of the title (the list entry's): the body starts after whichever of
    them the page shows as its heading, so the heading's 召开 is not taken for the lead's."""
    text = (text or "").translate(_FULL_WIDTH)
    base = _body_start(text, "", published)
    found = [s for s in (_body_start(text, t.translate(_FULL_WIDTH), published) for t in (title, *also) if t)
             if s != base]
    body = text[min(found, default=base):]  # the first heading found, not a lead repeating a title
    end = _BODY_END.search(body)  # the footer's 上一篇：…召开…会议 is another article
    body = body[: end.start()] if end else body
    sentences = [s for s in _SENTENCE.split(body) if s.strip()][:3]
    for sentence in sentences:
        verbs = list(_VERB.finditer(sentence))
        if not verbs:
            continue
        if not (_MEETING.search(sentence) or _MEETING.search(title) or _CONVENED.search(sentence)):
            return None
        # 召开的 describes a meeting (为贯彻8月20日召开的全市会议精神，): the clause's own verb comes later
        main = [v for v in verbs if not sentence.startswith("的", v.end())] or verbs[:1]
        start = 0
        held = Held(None, "", "")
        for verb in main:
            if verb.start() < start:
                continue
            # the last time expression before the verb: a folded meta line (来源：… 浏览次数：12) or a
            # date the lead cites in passing (为贯彻8月20日会议精神，) comes before the day it was held
            held = _held_in(sentence[start: verb.start()], _lead(sentence, start, verb.start()), published,
                            strict=start > 0)
            nl = sentence.find("\n", verb.end())
            if held.spelled or nl < 0:
                break
            # a heading or subtitle on its own line (its 召开 has no date): the lead follows it
            start = nl + 1
        return held
    return None


def _lead(sentence: str, start: int, verb: int) -> str:
    """The lead as reported: the sentence from ``start``, without the lines of a meta line folded
    in before the verb's line (来源：… 浏览次数：…)."""
    lines = sentence[start:].split("\n")
    offset = start
    while len(lines) > 1 and offset + len(lines[0]) < verb and (not lines[0].strip() or _META_LINE.search(lines[0])):
        offset += len(lines.pop(0)) + 1
    return "\n".join(lines).strip()


# full-width digits and separators (２０２５年８月２７日, ２０２５－０８－２７) as ASCII, one for one
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
# a Chinese-numeral date (八月二十九日) is not read: a time expression with an unknown day
_CN_DATE = re.compile(r"[一二三四五六七八九十〇零]{1,3}月[一二三四五六七八九十〇零]{1,3}日")
# the end of a range: 8月28日至29日, 8月28日—9月2日
_RANGE_END = re.compile(r"\s*(?:至|到|—|–|-|~|～)\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日")
# what may follow the day a meeting was held before the clause's comma: a weekday, a part of the
# day, a clock time (8月29日（星期五）上午，/ 9月1日（周一）15:00，)
_HELD_CLAUSE = re.compile(
    r"\s*(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?\s*"
    r"(?:上午|下午|晚上|晚间|晚|早上|早晨|清晨|中午|傍晚|凌晨|夜间)?\s*"
    r"(?:\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\s*\d{1,2}\s*分|半)?))?\s*[，,]"
)


def _held_in(before: str, lead: str, published: date, *, strict: bool = False) -> Held:
    """The held date in the part of the lead before its verb: the last date that starts the
    clause (followed by its comma) or has no other meeting between it and the verb (a date cited in
    passing, 就8月20日全市会议部署召开, names another meeting), else the last date; unknown when a
    vague day (近日) or a Chinese-numeral date comes after it, or there is none. ``strict`` (the
    lead under a heading the title did not find): only a date that starts its clause counts."""
    unknown = sorted([(m.start(), m.group(0)) for m in _VAGUE.finditer(before)]
                     + [(m.start(), m.group(0)) for m in _CN_DATE.finditer(before)])
    dates: list[tuple[date, str, int, int]] = []
    cursor = 0
    for d, spelled in find_dates(before, today=published, year_hint=published.year):
        pos = before.find(spelled, cursor)
        if pos < 0:
            continue
        cursor = pos + len(spelled)
        dates.append((d, spelled, pos, cursor))
    if not dates:
        return Held(None, unknown[-1][1] if unknown else "", lead)
    chosen = [(d, sp, pos, end) for d, sp, pos, end in dates
              if _HELD_CLAUSE.match(before, _range_end(before, end, d)[1])
              or not _MEETING.search(before, _range_end(before, end, d)[1])]
    if strict and not chosen:
        return Held(None, "", lead)
    held, spelled, _pos, end = (chosen or dates)[-1]
    held, end = _range_end(before, end, held)
    after = [u for u in unknown if u[0] >= end]
    if after:
        return Held(None, after[-1][1], lead)
    if not has_year(spelled):
        if held > published + timedelta(days=1):
            try:
                held = held.replace(year=held.year - 1)
            except ValueError:  # 29 February
                return Held(None, spelled, lead)
        if (published - held).days > 183:
            return Held(None, spelled, lead)
    if held > published + timedelta(days=1):  # a meeting still to come: a notice, not a report
        return Held(None, spelled, lead)
    return Held(held, spelled, lead)


def _range_end(before: str, end: int, held: date) -> tuple[date, int]:
    """The last day of a range starting at ``held`` (8月28日至29日 → the 29th) and where its spelling
    ends; ``held`` and ``end`` when no range follows. The last day is the conservative reading."""
    m = _RANGE_END.match(before, end)
    if m is None:
        return held, end
    try:
        last = held.replace(month=int(m.group("m") or held.month), day=int(m.group("d")))
    except ValueError:
        return held, end
    return (last, m.end()) if held < last <= held + timedelta(days=62) else (held, end)


def meeting_reports(snapshot: SiteSnapshot) -> list[MeetingReport]:
    """Pages reporting a meeting: those listed in news-like columns, and crawled pages titled like
    a meeting report; each with its publication date (entry, else 发布时间) and held date."""
    today = snapshot.as_of
    listed: dict[str, tuple[ListEntry, str]] = {}
    for col in snapshot.columns:
        if col.category == "news" or _NEWS_COLUMN.search(col.name):
            for e in col.entries:
                listed.setdefault(_key(e.url), (e, col.name))
    column_pages = {_key(c.url) for c in snapshot.columns} | {_key(u) for c in snapshot.columns for u in c.pages}
    out: list[MeetingReport] = []
    seen: set[str] = set()
    for p in snapshot.pages:
        if not p.ok:
            continue
        keys = _page_urls(p)
        if keys & column_pages or keys & seen:
            continue
        seen |= keys
        hit = next((listed[k] for k in keys if k in listed), None)
        title = clean_title(hit[0].title if hit else p.title) or clean_title(p.title)
        if _NOT_A_REPORT.search(title):
            continue
        if hit is None and not (_MEETING.search(title) and _VERB.search(title)):
            continue
        published = hit[0].date if hit and hit[0].date else published_in_text(p.text, today=today)
        if published is None:
            continue
        held = meeting_held(p.text, p.title or title, published, also=(title,))
        if held is None:
            continue
        url = hit[0].url if hit else p.requested_url
        out.append(MeetingReport(url, title, published, held.held, held.spelled, held.lead, hit[1] if hit else ""))
    return out

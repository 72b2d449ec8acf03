"""The 信息公开指南: where and how to apply, read from the guide's page (or the text of a PDF or
Word guide), and what it gets wrong against the site's config (``contact``, ``owner``).

Pure functions of strings: no browser, no network. Hostile input gives empty facts, never an
exception.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.channels.form import children, parse_html
from robot.snapshots import GuideFacts

MAX_TEXT = 2_000_000  # characters of guide text read
WAYS = ("in_person", "post", "fax", "email", "online")

# --- reading the page ------------------------------------------------------------------------

_BLOCKS = {"p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5",
           "h6", "section", "article", "dl", "blockquote", "pre", "form", "center", "address", "hr", "main",
           "fieldset", "caption", "figure", "header", "footer", "nav", "aside", "body", "html"}
_CELLS = {"td", "th", "dt", "dd"}
_SILENT = {"-comment", "script", "style", "select", "option", "button", "input", "textarea", "noscript", "template",
           "head", "title", "svg", "iframe", "object"}
_CHROME_TOKEN = re.compile(
    r"(?:^|[-_])(?:foot|footer|bottom|copyright|banquan|bq|nav|navbar|menu|header|topbar|top|dh|crumbs?|breadcrumbs?"
    r"|position|location|weizhi|dqwz|side|sidebar|share|tools?)(?:$|[-_\d])",
    re.I,
)
_COPYRIGHT = re.compile(r"版权所有|ICP备|网站标识码|公网安备|Copyright|©", re.I)
_GUIDE_WORDS = re.compile(r"受理|申请|指南")
_HAS_TAGS = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>",
                       re.I)


def _drop_chrome(tree: LexborHTMLParser) -> None:
    """Remove navigation, header, side column and footer (a footer's 地址/电话 is not the guide's)."""
    doomed = []
    for n in tree.css("header, nav, footer, aside, [id], [class]")[:20000]:
        tokens = f"{n.attributes.get('id') or ''} {n.attributes.get('class') or ''}".split()
        chrome = n.tag in ("header", "nav", "footer", "aside") or any(_CHROME_TOKEN.search(t) for t in tokens)
        if not chrome:
            continue
        text = n.text(deep=True)
        if len(text) < 1500 and not re.search(r"受理(?:机构|机关|单位|部门)|信息公开申请", text):
            doomed.append(n)
    for n in tree.css("div, p, table, td")[:20000]:
        text = n.text(deep=True)
        if len(text) < 400 and _COPYRIGHT.search(text) and not _GUIDE_WORDS.search(text):
            doomed.append(n)
    for n in reversed(doomed):  # descendants before their ancestors
        try:
            n.decompose()
        except Exception:  # already gone with an ancestor
            continue


def _flat_cell(node: LexborNode) -> bool:
    """A table cell read as one piece of text (a label or a value), not a layout cell."""
    return node.tag in _CELLS and node.css_first("table") is None and len(node.text(deep=True)) <= 300


def _html_lines(html: str) -> list[str]:
    """The page as lines of text: blocks end a line, table cells are separated by tabs; the
    paragraphs inside a (small) cell are joined with "；"."""
    tree = parse_html(html)
    _drop_chrome(tree)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return []
    out: list[str] = []
    size = 0
    flat_from: int | None = None  # where the open flat cell's text starts in ``out``
    flat_owner = -1
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack and size < MAX_TEXT:
        node, closing = stack.pop()
        tag = node.tag
        if closing:
            if tag in _CELLS and flat_from is not None and node.mem_id == flat_owner:
                pieces = [p.strip() for p in "".join(out[flat_from:]).split("\x1f")]
                del out[flat_from:]
                out.append("；".join(p for p in pieces if p))
                flat_from = None
            out.append("\t" if tag in _CELLS else ("\x1f" if flat_from is not None else "\n"))
            continue
        if tag == "-text":
            text = node.text_content or ""
            size += len(text)
            out.append(text)
            continue
        if tag in _SILENT:
            continue
        if tag == "br":
            out.append("\x1f" if flat_from is not None else "\n")
            continue
        if tag == "dt" and flat_from is None:
            out.append("\n")
        if flat_from is None and _flat_cell(node):
            flat_from = len(out)
            flat_owner = node.mem_id
        elif tag in _BLOCKS:
            out.append("\x1f" if flat_from is not None else "\n")
        if tag in _BLOCKS or tag in _CELLS:
            stack.append((node, True))
        stack.extend((c, False) for c in reversed(list(children(node))))
    return _tidy("".join(out).replace("\x1f", "\n").splitlines())


_CJK = "\u3400-\u9fff\uf900-\ufaff"
# single characters spaced out to line labels up (传　　真：, 地  址：, 邮 政 编 码：): one word again
_SPACED_SINGLES = re.compile(rf"(?<![{_CJK}])[{_CJK}](?:[ ]+[{_CJK}](?![{_CJK}]))+")


def _tidy(lines: Sequence[str]) -> list[str]:
    out = []
    for line in lines:
        s = re.sub(r"[^\S\t]+", " ", line)  # every kind of space (&emsp;, &nbsp;, 　) is one
        s = re.sub(r" *\t[\t ]*", "\t", s).strip(" \t")
        s = _SPACED_SINGLES.sub(lambda m: m.group(0).replace(" ", ""), s)
        if s:
            out.append(s)
    return out


# --- labels ----------------------------------------------------------------------------------

_LABEL_SPECS: list[tuple[str, str]] = [
    ("skip", r"网站地址|网站网址|申请网址|在线申请地址|网上申请地址|网页地址|链接地址|网\s*址|ip地址"),
    ("unit", r"受理(?:政府信息公开)?申请的?(?:机构|机关|部门|单位)(?:名称)?|(?:申请)?受理(?:机构|机关|单位|部门)(?:名称)?"
             r"|(?:政府)?信息公开工作机构(?:名称)?"),
    ("postal", r"(?:通信|通讯|邮寄|信函|收件|邮政)地址|邮寄至|寄送至|寄至"),
    ("postcode", r"邮政编码|邮\s*编"),
    ("email", r"电子邮(?:箱|件)(?:地址)?|电子信箱|邮箱(?:地址)?|e-?mail(?:地址)?"),
    ("phonefax", r"电话\s*[/／、及和与]\s*传真(?:号码)?|传真\s*[/／、及和与]\s*电话|电话[（(]传真[)）]"),
    ("fax", r"传真(?:号码|电话|号)?"),
    ("phone", r"(?:联系|咨询|受理|办公|服务|值班|监督|投诉|举报)?电\s*话(?:号码)?|咨询热线|服务热线|联系方式|手机(?:号码)?"),
    ("address", r"(?:现场受理|办公|受理|接待|申请|联系)(?:地址|地点)|受理场所|受理窗口|办公场所|地\s*址|地\s*点"),
    ("name", r"(?:机构|单位)?名\s*称|(?<![\u3400-\u9fff])单\s*位(?=\s*[:：])"),
]
_LABEL = re.compile("|".join(f"(?P<{k}_{i}>{p})" for i, (k, p) in enumerate(_LABEL_SPECS)), re.I)
_SEP = re.compile(r"[ \t]*(?:(?:[:：]|为|是|设在|位于|在)[ \t]*)?")
_FREE = {"unit", "postal", "address", "name"}  # fields whose value is free text, not a pattern
_CUT = re.compile(r"[，,。；;\t]|\s{2,}")
_ADDRESS_RANK = ((re.compile(r"受理"), 0), (re.compile(r"办公|接待|申请|场所"), 1))

_PHONE = re.compile(
    r"(?<![\dA-Za-z])(?:(?:\+?86[\s\-]?)?(?:[(（]\s*0\d{2,3}\s*[)）]|0\d{2,3})[\s\-－—–‐−~～]*)?[2-9]\d{6,7}"
    r"(?:\s*(?:转|-|－|—)\s*\d{1,5}(?!\d))?(?!\d)"
    r"|(?<!\d)1[3-9]\d(?:[\s\-]?\d{4}){2}(?!\d)"
    r"|(?<!\d)12345(?!\d)"
)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_POSTCODE = re.compile(r"(?<!\d)\d{6}(?!\d)")
_BACK_REF = re.compile(r"(?:上述|以上|前述|上面|上列|上文|前文|前面)")
_ORG_END = re.compile(r"(?:办公室|局|委员会|委|办|中心|政府|院|所|站|队|处|科|股|室|部|会|厅|馆|街道办事处|镇|乡|组|公司)$")


def _strip_value(value: str) -> str:
    value = _CUT.split(value, maxsplit=1)[0]
    value = value.strip(" \t“”\"'「」『』《》")
    value = re.sub(r"[（(【\[\s]+$", "", value)
    if value.count("（") > value.count("）"):
        value = value[:value.rfind("（")]
    if value.count("(") > value.count(")"):
        value = value[:value.rfind("(")]
    return value.strip()[:80]


_ASCII = str.maketrans("０１２３４５６７８９（）－＋＠．　", "0123456789()-+@. ")


def _phones_in(text: str) -> list[str]:
    """Phone numbers as written (full-width digits too)."""
    return [" ".join(text[m.start():m.end()].split()) for m in _PHONE.finditer(text.translate(_ASCII))]


class _Reader:
    """Collects labelled values line by line."""

    def __init__(self) -> None:
        self.unit = ""
        self.addresses: list[tuple[int, str]] = []
        self.postal = ""
        self.postcode = ""
        self.phones: list[str] = []
        self.fax = ""
        self.email = ""
        self.pending_unit = 0  # lines left in which a bare name or 名称： gives the unit

    def add_phones(self, found: Sequence[str]) -> None:
        seen = {normalise_phone(p) for p in self.phones}
        for p in found:
            if normalise_phone(p) not in seen:
                self.phones.append(p)
                seen.add(normalise_phone(p))

    def line(self, line: str) -> None:
        matches = [m for m in _LABEL.finditer(line)]
        if not matches:
            if self.pending_unit and not self.unit:
                bare = _strip_value(line)
                if 2 <= len(bare) <= 40 and _ORG_END.search(re.sub(r"[（(].*?[)）]", "", bare)):
                    self.unit = bare
            self.pending_unit = max(0, self.pending_unit - 1)
            return
        pending = max(0, self.pending_unit - 1)
        for k, m in enumerate(matches):
            kind = (m.lastgroup or "skip").split("_")[0]
            end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
            sep = _SEP.match(line, m.end())
            start = sep.end() if sep else m.end()
            window = line[start:end] if start <= end else ""
            explicit = (bool(sep and sep.group(0).strip(" ")) or (m.start() == 0 and start > m.end())
                        or m.group(0).endswith("至"))
            self._one(kind, m.group(0), window, explicit)
            if kind == "unit" and not self.unit and not window.strip(" \t；"):
                pending = self.pending_unit = 3
        self.pending_unit = pending

    def _one(self, kind: str, label: str, window: str, explicit: bool) -> None:
        if kind in _FREE:
            value = _strip_value(window) if explicit else ""
            if not value or re.fullmatch(r"[\d\s\-—]+", value) or _BACK_REF.match(value):
                return  # 邮寄至上述办公地址: points back at the address already read
            if kind == "unit" and not self.unit:
                self.unit = value
            elif kind == "name" and self.pending_unit and not self.unit:
                self.unit = value
            elif kind == "postal" and not self.postal:
                self.postal = value
            elif kind == "address":
                rank = next((r for rx, r in _ADDRESS_RANK if rx.search(label)), 2)
                self.addresses.append((rank, value))
            return
        window = window[:120]
        if kind == "postcode" and not self.postcode:
            m = _POSTCODE.search(window.translate(_ASCII))
            self.postcode = m.group(0) if m else ""
        elif kind == "email" and not self.email:
            m = _EMAIL.search(unicodedata.normalize("NFKC", window))
            self.email = m.group(0) if m else ""
        elif kind in ("phone", "phonefax"):
            found = _phones_in(window)
            self.add_phones(found)
            if kind == "phonefax" and found and not self.fax:
                self.fax = found[0]
        elif kind == "fax" and not self.fax:
            found = _phones_in(window)
            if found:
                self.fax = found[0]
            elif re.match(r"\s*同(?:号|上|电话)", window) and self.phones:
                self.fax = self.phones[-1]


# --- ways to apply ---------------------------------------------------------------------------

_WAY_PATTERNS = (
    ("in_person", re.compile(r"当面|现场(?:提交|申请|提出|递交|办理|填写)|面对面|到.{0,30}(?:提交|提出|递交)")),
    ("post", re.compile(r"信函|邮寄|邮政|邮递|寄送")),
    ("fax", re.compile(r"传真")),
    ("email", re.compile(r"电子邮件|电子邮箱|电子信箱|e-?mail|邮箱", re.I)),
    ("online", re.compile(r"网上|在线|网络申请|互联网|网站(?:提交|申请)|申请平台|信息公开申请系统")),
)
_APPLYING = re.compile(r"申请|提交|提出|递交")
_DELIVERING = re.compile(r"提供|获取|答复|送达|告知|寄送.{0,6}申请人|查阅|载体")
_APPLYING_STRONG = re.compile(r"提出申请|提交申请|递交申请|方式申请|申请方式|申请渠道|(?:信函|传真|邮件|网上|在线|当面)申请"
                              r"|提出|提交|递交")


def _ways(lines: Sequence[str]) -> tuple[str, ...]:
    found: set[str] = set()
    for line in lines:
        for sentence in re.split(r"[。；;！!？?]", line):
            s = sentence.replace("申请人", "")
            if not _APPLYING.search(s):
                continue
            if _DELIVERING.search(s) and not _APPLYING_STRONG.search(s):
                continue
            for way, rx in _WAY_PATTERNS:
                if rx.search(s):
                    found.add(way)
    return tuple(w for w in WAYS if w in found)


# --- parse -----------------------------------------------------------------------------------


def parse_guide(html: str, url: str) -> GuideFacts:
    """What the guide says about where and how to apply: the receiving unit (受理机构), office
    address, postal address and 邮编, phones, fax, e-mail and the ways it offers.

    ``html`` is the rendered page, or plain text (a PDF's or Word file's text): text without tags
    is read line by line. Labels are found in tables, paragraphs, lists and running prose
    (本机关受理政府信息公开申请的机构为县政府办公室，地址：…，电话：…); the page's header,
    navigation, side column and footer are not read.
    """
    try:
        if not isinstance(html, str):
            html = bytes(html or b"").decode("utf-8", "replace") if isinstance(html, bytes | bytearray) else ""
        text = html[:MAX_TEXT]
        lines = _html_lines(text) if _HAS_TAGS.search(text[:200_000]) else _tidy(text.splitlines())
        reader = _Reader()
        for line in lines[:50_000]:
            reader.line(line[:5000])
        if not reader.email:  # an address given without a label (来信请发至 xx@yy.gov.cn)
            for line in lines:
                m = _EMAIL.search(unicodedata.normalize("NFKC", line))
                if m:
                    reader.email = m.group(0)
                    break
        address = min(reader.addresses, key=lambda a: a[0])[1] if reader.addresses else ""
        return GuideFacts(
            url=url,
            unit=reader.unit,
            address=address,
            postal_address=reader.postal,
            postcode=reader.postcode,
            phones=tuple(reader.phones),
            fax=reader.fax,
            email=reader.email,
            ways=_ways(lines),
            text_chars=sum(len("".join(line.split())) for line in lines),
        )
    except Exception:  # hostile input: nothing readable rather than a crash
        return GuideFacts(url=url)


# --- comparing -------------------------------------------------------------------------------


def normalise_phone(s: str) -> str:
    """A phone number as digits: 0797-7177965, 0797 7177965, (0797)7177965, 0797—7177965 and
    ０７９７－７１７７９６５ all give 07977177965. Extensions (转801, -801) are dropped; +86 becomes
    the trunk 0."""
    text = unicodedata.normalize("NFKC", s or "")
    text = re.split(r"转|分机|ext\.?|x(?=\s*\d)", text, maxsplit=1, flags=re.I)[0]
    m = re.match(r"\s*(?:\+|00)\s*86[\s\-]*", text)
    country = bool(m)
    if m:
        text = text[m.end():]
    groups = re.findall(r"\d+", text)
    if not groups:
        return ""
    if len(groups) >= 3 and groups[0].startswith("0") and len(groups[1]) in (7, 8) and len(groups[2]) <= 5:
        digits = groups[0] + groups[1]
    elif len(groups) >= 2 and not groups[0].startswith(("0", "1")) and len(groups[0]) in (7, 8) \
            and len(groups[1]) <= 5:
        digits = groups[0]
    else:
        digits = "".join(groups)
    if country and not digits.startswith(("0", "1")):
        digits = "0" + digits
    return digits


def same_phone(a: str, b: str) -> bool:
    """The same number, written alike or not; a local number without area code matches the same
    number with one (7177965 and 0797-7177965)."""
    na, nb = normalise_phone(a), normalise_phone(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    longer, shorter = (na, nb) if len(na) > len(nb) else (nb, na)
    return (longer.startswith("0") and not shorter.startswith(("0", "1")) and len(shorter) in (7, 8)
            and longer.endswith(shorter) and 3 <= len(longer) - len(shorter) <= 4)


_CN_DIGITS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
              "十": "10"}
_REGION_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗))+$")
_UNIT_WORDS = re.compile(r"号|楼|层|室|栋|幢|座|单元|\d")


def _norm_text(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith(("P", "S", "Z", "C")))
    s = re.sub(r"([一二三四五六七八九十])(?=[楼层])", lambda m: _CN_DIGITS[m.group(1)], s)
    return s.lower()


def same_address(a: str, b: str) -> bool:
    """The same place, after spaces, punctuation and full-width forms are set aside (一楼 = 1楼).

    One containing the other counts only when what the longer adds is a region prefix
    (江西省赣州市信丰县…) or, at most a fifth of it, with no number, building, floor or room:
    a different building, floor or room is a different address.
    """
    if _same_place(_norm_text(a), _norm_text(b)) or _same_past_regions(_norm_text(a), _norm_text(b)):
        return True
    # a remark in brackets without numbers on one side only: 政务服务中心一楼（县行政中心内）
    bare_a, bare_b = _without_notes(a or ""), _without_notes(b or "")
    return (bare_a, bare_b) != (a, b) and _same_place(_norm_text(bare_a), _norm_text(bare_b))


_NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]*[)）】\]]")


def _without_notes(s: str) -> str:
    return _NOTE.sub(lambda m: m.group(0) if _UNIT_WORDS.search(m.group(0)) else "", s)


_REGION = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|盟)(?![省市县区州旗盟])")


def _regions(s: str) -> tuple[list[str], str]:
    """The leading 省/市/县 names and the rest: 江西省赣州市信丰县和平路8号 -> ([江西省, 赣州市, 信丰县], 和平路8号)."""
    found: list[str] = []
    while len(found) < 4:
        m = _REGION.match(s)
        if not m or len(s) - m.end() < 2:
            break
        found.append(m.group(0))
        s = s[m.end():]
    return found, s


def _same_past_regions(na: str, nb: str) -> bool:
    """The same street address under region names that differ only by what is left out
    (赣州市信丰县… = 江西省信丰县… = 信丰…); a different county is a different place."""
    ra, rest_a = _regions(na)
    rb, rest_b = _regions(nb)
    if not rest_a or rest_a != rest_b and not (ra and rest_b.startswith(ra[-1][:-1])
                                                and rest_b[len(ra[-1]) - 1:] == rest_a) \
            and not (rb and rest_a.startswith(rb[-1][:-1]) and rest_a[len(rb[-1]) - 1:] == rest_b):
        return False
    if rest_a != rest_b:
        return True  # 梅岭行政中心 = 梅岭县行政中心
    return not ra or not rb or ra[-1] == rb[-1] or bool(set(ra) & set(rb)) and len(ra) != len(rb)


def _same_place(na: str, nb: str) -> bool:
    if not na or not nb:
        return False
    if na == nb:
        return True
    longer, shorter = (na, nb) if len(na) > len(nb) else (nb, na)
    at = longer.find(shorter)
    if at < 0:
        return False
    before, after = longer[:at], longer[at + len(shorter):]
    extra = before + after
    if _UNIT_WORDS.search(extra):
        return False
    if not after and _REGION_PREFIX.match(before):
        return True
    return len(shorter) >= 0.8 * len(longer)


class ContactLike(Protocol):
    """What the guide must say (robot.config.Contact or anything with these attributes)."""

    @property
    def unit(self) -> str | None: ...
    @property
    def address(self) -> str | None: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def fax(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def postal_address(self) -> str | None: ...


@dataclass(frozen=True)
class GuideProblem:
    """One thing wrong with a guide; ``rule`` is a contract rule ID, ``message`` is for people."""

    rule: str  # guide.wrong_contact | guide.wrong_unit | guide.missing_element
    message: str
    target: str  # the element concerned (受理机构, 地址, 电话 …): stable across runs
    measured: dict[str, object] = field(default_factory=dict)


def _unit_forms(name: str, jurisdiction: str | None) -> set[str]:
    """Comparable forms of an organisation's name: 人民政府 → 政府, 办公室 → 办, with and without the
    jurisdiction (信丰县人民政府办公室 = 县人民政府办公室 = 县政府办公室 = 政府办)."""
    raw = unicodedata.normalize("NFKC", name or "")
    inner = re.findall(r"\(([^()]*)\)", raw)
    bases = [re.sub(r"\([^()]*\)", "", raw), *inner]
    j = _norm_text(jurisdiction or "")
    level = j[-1] if j and j[-1] in "省市县区旗州" else ""
    forms: set[str] = set()
    for base in bases:
        n = _norm_text(base).replace("人民政府", "政府")
        n = re.sub(r"办公室$", "办", n)
        if not n:
            continue
        cands = {n}
        if j and j in n:
            cands.add(n.split(j, 1)[1])
        if j and len(j) > 2 and n.startswith(j[:-1]):
            cands.add(n[len(j) - 1:])
        for c in list(cands):
            if level and c.startswith(level) and len(c) > 3:
                cands.add(c[1:])
            elif not j and c[:1] in "省市县区" and len(c) > 3:
                cands.add(c[1:])
        forms |= {c for c in cands if c}
    return forms


def same_unit(a: str, b: str, jurisdiction: str | None = None) -> bool:
    """The same organisation, or one a part of the other (县政府办公室 and its 政务公开股)."""
    fa, fb = _unit_forms(a, jurisdiction), _unit_forms(b, jurisdiction)
    for x in fa:
        for y in fb:
            if x == y:
                return True
            shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
            if len(shorter) >= 3 and longer.startswith(shorter):
                return True
            if len(shorter) >= 4 and shorter in longer:
                return True
    return False


def _site_org(site_name: str | None) -> str:
    return re.sub(r"(?:门户)?(?:网站|网)$", "", (site_name or "").strip())


def compare_guide(g: GuideFacts, *, contact: ContactLike | None, owner: str | None = None,
                  jurisdiction: str | None = None, site_name: str | None = None) -> list[GuideProblem]:
    """What the guide gets wrong or leaves out, against ``contact`` (only what it gives) and the
    owner: guide.wrong_unit, guide.wrong_contact, guide.missing_element."""
    problems: list[GuideProblem] = []
    if g.text_chars == 0:
        return [GuideProblem("guide.missing_element", "未能读取指南的文字（页面空白，或为图片）", "指南内容",
                             {"text_chars": 0})]
    c_unit = getattr(contact, "unit", None)
    c_address = getattr(contact, "address", None)
    c_phone = getattr(contact, "phone", None)
    c_fax = getattr(contact, "fax", None)
    c_email = getattr(contact, "email", None)
    c_postal = getattr(contact, "postal_address", None)

    # the receiving unit
    expected = [u for u in (c_unit, owner) if u] or ([_site_org(site_name)] if _site_org(site_name) else [])
    if not g.unit:
        problems.append(GuideProblem("guide.missing_element", "指南未写受理机构", "受理机构", {"found": ""}))
    elif expected and not _unit_ok(g.unit, expected, jurisdiction):
        problems.append(GuideProblem(
            "guide.wrong_unit", f"指南写的受理机构为“{g.unit}”，应为“{expected[0]}”", "受理机构",
            {"found": g.unit, "expected": expected[0]}))

    # contact details: only those the config gives, only where the guide gives one
    if c_address and g.address and not same_address(g.address, c_address):
        problems.append(GuideProblem(
            "guide.wrong_contact", f"指南写的地址为“{g.address}”，应为“{c_address}”", "地址",
            {"field": "address", "found": g.address, "expected": c_address}))
    if c_phone and g.phones:
        wanted = _phones_in(c_phone) or [c_phone]
        if not any(same_phone(p, w) for p in g.phones for w in wanted):
            problems.append(GuideProblem(
                "guide.wrong_contact", f"指南写的电话为“{'、'.join(g.phones)}”，应为“{c_phone}”", "电话",
                {"field": "phone", "found": list(g.phones), "expected": c_phone}))
    if c_fax and g.fax and not same_phone(g.fax, c_fax):
        problems.append(GuideProblem(
            "guide.wrong_contact", f"指南写的传真为“{g.fax}”，应为“{c_fax}”", "传真",
            {"field": "fax", "found": g.fax, "expected": c_fax}))
    if c_email and g.email and g.email.strip().lower() != c_email.strip().lower():
        problems.append(GuideProblem(
            "guide.wrong_contact", f"指南写的电子邮箱为“{g.email}”，应为“{c_email}”", "电子邮箱",
            {"field": "email", "found": g.email, "expected": c_email}))
    if c_postal and g.postal_address and not same_address(g.postal_address, c_postal):
        problems.append(GuideProblem(
            "guide.wrong_contact", f"指南写的通信地址为“{g.postal_address}”，应为“{c_postal}”", "通信地址",
            {"field": "postal_address", "found": g.postal_address, "expected": c_postal}))

    # each way offered needs its element
    if not g.phones:
        problems.append(GuideProblem("guide.missing_element", "指南未写联系电话", "联系电话", {"found": []}))
    if "fax" in g.ways and not g.fax:
        problems.append(GuideProblem("guide.missing_element", "指南提供传真申请方式，但未写传真号码", "传真号码",
                                     {"ways": list(g.ways)}))
    if "post" in g.ways and not g.postal_address and not (g.address and g.postcode):
        problems.append(GuideProblem(
            "guide.missing_element", "指南提供信函申请方式，但未写通信地址和邮政编码", "通信地址",
            {"ways": list(g.ways), "address": g.address, "postcode": g.postcode}))
    if "email" in g.ways and not g.email:
        problems.append(GuideProblem("guide.missing_element", "指南提供电子邮件申请方式，但未写电子邮箱", "电子邮箱",
                                     {"ways": list(g.ways)}))
    return problems


def _unit_ok(found: str, expected: Sequence[str], jurisdiction: str | None) -> bool:
    if re.match(r"^\s*本(?:机关|单位|局|委|办|部门|机构|院|会)", found):
        return True  # 本机关办公室: the guide's own organisation
    parts = [p for p in re.split(r"[、/／]|和|及", found) if p.strip()] or [found]
    return any(same_unit(p, e, jurisdiction) for p in parts for e in expected)

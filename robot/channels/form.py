"""The 依申请公开 form: its fields, online (rendered HTML) or in a downloadable 申请表 (.docx, .pdf,
.doc), which required elements it lacks, and harmless test data to fill it with.

Pure functions of strings and bytes: no browser, no network. Hostile or broken input gives empty
results, never an exception.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.snapshots import FormField
from robot.urls import normalise

# element key -> (the Chinese name used in messages, label patterns). The order is the order of
# ``missing_elements``. Patterns are matched on the label without spaces, stars and colons.
REQUIRED: dict[str, tuple[str, tuple[str, ...]]] = {
    "unit": ("受理机关", ("受理机关", "受理单位", "受理机构", "受理部门", "申请机关", "被申请机关", "被申请单位")),
    "applicant": (
        "申请人姓名或名称",
        ("姓名", "名称", "申请人", "申请单位", "法人或其他组织名称", "法人或者其他组织名称", "单位名称", "机构名称"),
    ),
    "id_doc": (
        "身份证明",
        ("证件名称", "证件号码", "证件类型", "证件号", "身份证号码", "身份证号", "身份证", "统一社会信用代码",
         "社会信用代码", "组织机构代码"),
    ),
    "contact": ("联系方式", ("联系电话", "联系方式", "手机", "电话", "电子邮箱", "邮箱", "电子邮件", "e-mail", "email")),
    "address": ("通信地址", ("通信地址", "通讯地址", "联系地址", "邮寄地址", "地址", "邮政编码", "邮编")),
    "description": (
        "所需信息描述",
        ("所需信息描述", "所需政府信息的内容描述", "所需信息的内容描述", "所需政府信息", "所需信息", "内容描述",
         "申请内容", "信息名称", "申请公开的信息", "特征性描述"),
    ),
    "delivery": ("获取方式", ("获取方式", "获取信息方式", "获取信息的方式", "提供方式", "载体形式", "获取途径", "提供形式")),
}

# choices of a delivery field (获取方式 / 载体形式): two of them make an unlabelled group a delivery field
DELIVERY_WORDS = ("纸质", "纸面", "电子邮件", "电子文件", "传真", "自行领取", "当场领取", "邮寄", "快递", "光盘", "磁盘",
                  "当场阅读", "网上获取", "数据电文")
TEST_MARK = "测试（巡检机器人，请勿受理）"
TEST_DESCRIPTION = "测试：巡检机器人检查依申请公开渠道是否可用，并非真实申请，请勿受理。"
TEST_ADDRESS = "测试地址（巡检机器人，请勿受理）"
TEST_PHONE = "13800000000"
TEST_EMAIL = "zwgk-robot-test@example.com"
TEST_POSTCODE = "000000"

# labels that look like an element but are not one (申请人签名, 所需信息的用途, 验证码 …)
_NOT_ELEMENT = ("用途", "签名", "签字", "盖章", "验证码", "校验码", "申请时间", "申请日期", "备注", "是否", "索取号")
_QUALIFIER = re.compile(r"^(?:申请人|联系人|申请单位|代理人)(?:的)?")
_CAPTCHA = re.compile(r"验证码|校验码|captcha|yzm|checkcode|verifycode", re.I)
_EMAIL_HINT = re.compile(r"邮箱|邮件|e-?mail|dzyx", re.I)
_POSTCODE_HINT = re.compile(r"邮政编码|邮编|yzbm|postcode|zipcode", re.I)
_PHONE_HINT = re.compile(r"电话|手机|联系方式|tel|phone|mobile|lxdh", re.I)
_IDNUM_HINT = re.compile(r"号码|号$|代码|编号|身份证", re.I)
_PLACEHOLDER_OPTION = re.compile(r"请选择|请选|^[\s\-—–=*·.。…]*(?:选择|全部)?[\s\-—–=*·.。…]*$")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_SPACED_CJK = re.compile(rf"(?<=[{_CJK}])[ \u3000\u00a0]+(?=[{_CJK}])")
_BOX = "□☐■☑☒√◻◯○"
_BOX_OPTION = re.compile(rf"[{_BOX}]\s*([^{_BOX}\s:：/／|、_]+)")

MAX_HTML = 5_000_000  # characters of HTML read
MAX_DEPTH = 512  # nesting kept (Chromium's own parser limit); deeper block tags are dropped
MAX_CONTROLS = 400
MAX_TEXT = 2_000_000  # characters of document text kept
MAX_PDF_PAGES = 30
MAX_XML = 40_000_000  # uncompressed bytes of a .docx document part

_BLOCK_TAG = re.compile(
    r"<(/?)(address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figcaption|figure|footer|"
    r"form|header|hgroup|main|menu|nav|ol|p|section|summary|ul|li|dd|dt|h[1-6]|pre|listing|table|tbody|thead|"
    r"tfoot|tr|td|th|caption|xmp|search|select|option|label|button|textarea)\b[^>]*>",
    re.I,
)


# --- shared HTML helpers (also used by robot.channels.guide) ---------------------------------


def defuse(html: str, limit: int = MAX_DEPTH) -> str:
    """The HTML cut to a size and nesting the parser handles quickly.

    Deeply nested block tags make HTML parsers quadratic (100 000 nested ``<div>`` take
    lexbor half a minute); Chromium itself stops nesting at 512. Block tags beyond ``limit``
    levels are dropped, their text kept.
    """
    if not isinstance(html, str):
        html = bytes(html or b"").decode("utf-8", "replace") if isinstance(html, bytes | bytearray) else ""
    html = html[:MAX_HTML]
    if html.count("<") < limit:
        return html
    out: list[str] = []
    depth = skipped = pos = 0
    for m in _BLOCK_TAG.finditer(html):
        if m.group(1):
            if not skipped:
                depth = max(0, depth - 1)
                continue
            skipped -= 1
        elif depth < limit:
            depth += 1
            continue
        else:
            skipped += 1
        out.append(html[pos:m.start()])
        pos = m.end()
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


def parse_html(html: str) -> LexborHTMLParser:
    """Parse defused HTML; scripts, styles and templates removed."""
    tree = LexborHTMLParser(defuse(html) or "<html></html>")
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    return tree


def fold(text: str | None) -> str:
    """Whitespace folded; spaces between Chinese characters dropped (姓  名 → 姓名)."""
    s = " ".join((text or "").split())
    return _SPACED_CJK.sub("", s)


def children(node: LexborNode) -> Iterator[LexborNode]:
    """Child nodes, text nodes included."""
    child = node.child
    while child is not None:
        yield child
        child = child.next


def node_text(node: LexborNode | None, skip: tuple[str, ...] = ("select", "textarea", "button", "option")) -> str:
    """Text under ``node`` without the text of controls (iterative: any depth)."""
    if node is None:
        return ""
    if node.tag == "-text":
        return node.text_content or ""
    parts: list[str] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur.tag == "-text":
            parts.append(cur.text_content or "")
            continue
        if (cur.tag in skip and cur is not node) or cur.tag in ("-comment", "script", "style"):
            continue
        kids = list(children(cur))
        stack.extend(reversed(kids))
        if len(parts) > 20000:
            break
    return " ".join(" ".join(parts).split())


def _attr(node: LexborNode, name: str) -> str:
    return " ".join((node.attributes.get(name) or "").split())


# --- labels and elements ---------------------------------------------------------------------


def _key(label: str) -> str:
    s = unicodedata.normalize("NFKC", label or "").lower()
    return re.sub(r"[\s*:：]+", "", s)


def _longest(key: str) -> str:
    best: tuple[int, int, str] | None = None
    for element, (_name, patterns) in REQUIRED.items():
        for p in patterns:
            at = key.rfind(p)
            if at >= 0:
                cand = (len(p), at + len(p), element)
                if best is None or cand[:2] > best[:2]:
                    best = cand
    return best[2] if best else ""


def element_of(label: str, options: Sequence[str] = ()) -> str:
    """The REQUIRED key a field with this label (and these choices) satisfies, '' for none.

    The longest pattern wins, then the one ending last (a Chinese label ends with its head noun:
    所需信息的指定提供方式 is a delivery field); 申请人电话 is a phone, not the applicant.
    """
    key = _key(label)
    if key and len(key) <= 80 and not any(x in key for x in _NOT_ELEMENT):
        rest = _QUALIFIER.sub("", key)
        found = _longest(rest) if rest else _longest(key)  # 申请人电话: a phone; 申请人类型: nothing
        if found:
            return found
    if sum(1 for o in options if any(w in o for w in DELIVERY_WORDS)) >= 2:
        return "delivery"
    return ""


def _clean_label(raw: str) -> str:
    s = fold(raw)
    s = re.sub(r"^[\s*＊:：]+|[\s*＊:：]+$", "", s)
    return s


def _required_mark(raw: str) -> bool:
    return "*" in raw or "＊" in raw or "必填" in raw


def _field(raw_label: str, kind: str, *, name: str = "", required: bool = False,
           options: Sequence[str] = ()) -> FormField:
    label = _clean_label(raw_label)
    opts = tuple(options)
    return FormField(label=label, kind=kind, name=name, required=required or _required_mark(raw_label),
                     element=element_of(label, opts), options=opts)


def missing_elements(fields: Sequence[FormField]) -> tuple[str, ...]:
    """The Chinese names of the required elements no field satisfies, in REQUIRED order."""
    present = {f.element for f in fields}
    return tuple(name for key, (name, _p) in REQUIRED.items() if key not in present)


# --- test data -------------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CODES = "10X98765432"


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character of an ID number's first 17 digits."""
    return _ID_CODES[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _invalid_id() -> str:
    base = "11010119900101123"
    right = id_check_digit(base)
    wrong = str((int(right) + 1) % 10) if right != "X" else "0"
    return base + wrong


TEST_ID = _invalid_id()  # 18 characters shaped like an ID number, wrong check digit: never a person's


def test_value(field: FormField) -> str:
    """Harmless test data for a field, visibly marked as a test.

    A choice field gets its first real option; a lone checkbox "on" (tick it); a file or a
    captcha '' (left alone). An ID number gets :data:`TEST_ID`, whose check digit is wrong, so it
    can never be anyone's; phones get 13800000000, e-mail an example.com address.
    """
    hints = f"{field.label} {field.name}"
    if field.kind == "file" or _CAPTCHA.search(hints):
        return ""
    if field.kind in ("select", "radio", "checkbox") or (field.kind == "table-cell" and field.options):
        if field.options:
            return field.options[0]
        return "on" if field.kind == "checkbox" else ""
    if field.kind == "date":
        return date.today().isoformat()
    if _EMAIL_HINT.search(hints) and field.element in ("contact", "", "address"):
        return TEST_EMAIL
    if _POSTCODE_HINT.search(hints):
        return TEST_POSTCODE
    if field.element == "id_doc":
        return TEST_ID if _IDNUM_HINT.search(_key(field.label)) or not field.label else TEST_MARK
    if field.element == "contact" or (not field.element and _PHONE_HINT.search(hints)):
        return TEST_PHONE
    if field.element == "description":
        return TEST_DESCRIPTION
    if field.element == "address":
        return TEST_ADDRESS
    return TEST_MARK


# --- online forms ----------------------------------------------------------------------------

_SKIP_INPUT = {"hidden", "submit", "button", "reset", "image"}
_DATE_INPUT = {"date", "datetime-local", "datetime", "month", "week", "time"}
_CHROME = re.compile(r"search|sousuo|login|denglu|(?:^|[-_])(?:top|head|header|foot|footer|nav|menu)(?:$|[-_\d])", re.I)
_UNIT_STATIC = re.compile(r"^\s*[*＊]?\s*(受理机关|受理单位|受理机构|受理部门|申请机关|被申请机关)(?:名称)?\s*[:：]?\s*(.*)$")


def _kind(node: LexborNode) -> str | None:
    tag = node.tag
    if tag == "textarea":
        return "textarea"
    if tag == "select":
        return "select"
    if tag != "input":
        return None
    t = (node.attributes.get("type") or "text").strip().lower()
    if t in _SKIP_INPUT:
        return None
    if t in ("radio", "checkbox", "file"):
        return t
    return "date" if t in _DATE_INPUT else "text"


def _is_control(node: LexborNode) -> bool:
    return node.tag in ("select", "textarea") or (node.tag == "input" and _kind(node) is not None)


def _has_control(node: LexborNode) -> bool:
    if node.tag in ("input", "select", "textarea"):
        return _is_control(node)
    if node.tag == "-text":
        return False
    return any(_is_control(n) for n in node.css("input, select, textarea"))


def _ancestors(node: LexborNode, limit: int = 40) -> Iterator[LexborNode]:
    cur = node.parent
    while cur is not None and limit > 0 and cur.tag not in ("-document", "html"):
        yield cur
        cur = cur.parent
        limit -= 1


def _short(text: str, limit: int = 40) -> str:
    """The last clause of a text (the label part of 请如实填写。姓名), '' when still too long."""
    text = fold(text)
    if not text:
        return ""
    parts = [p for p in re.split(r"[。；;！!？?\n]", text) if p.strip()]
    last = parts[-1].strip() if parts else ""
    return last if len(last) <= limit else ""


class _Labels:
    """Finds the label a person reads next to a control."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self.for_map: dict[str, LexborNode] = {}
        for lab in tree.css("label[for]"):
            key = (lab.attributes.get("for") or "").strip()
            if key and key not in self.for_map:
                self.for_map[key] = lab
        self._ids: dict[str, LexborNode] | None = None

    def by_id(self, key: str) -> LexborNode | None:
        if self._ids is None:
            self._ids = {}
            for n in self.tree.css("[id]"):
                self._ids.setdefault((n.attributes.get("id") or "").strip(), n)
        return self._ids.get(key)

    def explicit(self, node: LexborNode) -> str:
        """<label for>, a wrapping <label>, aria-labelledby, aria-label."""
        ident = (node.attributes.get("id") or "").strip()
        if ident and ident in self.for_map:
            text = node_text(self.for_map[ident])
            if text:
                return text
        for a in _ancestors(node, 6):
            if a.tag == "label":
                text = node_text(a)
                if text:
                    return text
                break
            if a.tag in ("form", "td", "th", "tr", "table", "body"):
                break
        refs = (node.attributes.get("aria-labelledby") or "").split()
        text = " ".join(node_text(n) for n in (self.by_id(r) for r in refs) if n is not None)
        return text or _attr(node, "aria-label")

    def cell(self, node: LexborNode) -> str:
        """In a table: text before the control in its own cell, else the cell to its left, else the row's th."""
        own = next((a for a in _ancestors(node, 8) if a.tag in ("td", "th")), None)
        if own is None:
            return ""
        before = self.preceding(node, stop=own, levels=8)
        if before:
            return before
        sib = own.prev
        while sib is not None:
            if sib.tag in ("td", "th"):
                if _has_control(sib):
                    break
                text = node_text(sib)
                if text:
                    return text
            sib = sib.prev
        row = own.parent
        th = row.css_first("th") if row is not None and row.tag == "tr" else None
        if th is not None and th.mem_id != own.mem_id and not _has_control(th):
            return node_text(th)
        return ""

    def preceding(self, node: LexborNode, stop: LexborNode | None = None, levels: int = 3) -> str:
        """Text just before the control (its previous siblings, then its parents'), short."""
        cur = node
        for _ in range(levels):
            texts: list[str] = []
            sib = cur.prev
            blocked = False
            while sib is not None:
                if sib.tag not in ("-comment",):
                    if sib.tag != "-text" and _has_control(sib):
                        blocked = True
                        break
                    t = node_text(sib) if sib.tag != "-text" else (sib.text_content or "")
                    if t.strip():
                        texts.append(t)
                        if sum(len(x) for x in texts) > 80:
                            break
                sib = sib.prev
            if texts:
                return _short(" ".join(reversed(texts)))
            if blocked:
                return ""
            parent = cur.parent
            if parent is None or parent.tag in ("form", "body", "html", "tr", "table", "tbody", "-document"):
                return ""
            if stop is not None and parent.mem_id == stop.mem_id:
                return ""
            if stop is None and parent.tag in ("td", "th"):
                return ""
            cur = parent
        return ""

    def fallback(self, node: LexborNode) -> str:
        ph = _attr(node, "placeholder")
        ph = re.sub(r"^(?:请输入|请填写|请选择|输入|填写)", "", ph).strip()
        return ph or _attr(node, "title")

    def label(self, node: LexborNode) -> str:
        return (self.explicit(node) or self.cell(node) or self.preceding(node) or self.fallback(node))

    def option(self, node: LexborNode) -> str:
        """The text of one radio button or checkbox: its label, else the text right after it."""
        ident = (node.attributes.get("id") or "").strip()
        if ident and ident in self.for_map:
            text = node_text(self.for_map[ident])
            if text:
                return fold(text)
        parent = node.parent
        if parent is not None and parent.tag == "label":
            text = node_text(parent)
            if text:
                return fold(text)
        parts: list[str] = []
        sib = node.next
        while sib is not None and len(parts) < 5:
            if sib.tag != "-text" and (_has_control(sib) or sib.tag in ("br", "p", "div", "li", "td")):
                break
            t = node_text(sib) if sib.tag != "-text" else (sib.text_content or "")
            parts.append(t)
            sib = sib.next
        return fold(" ".join(parts)) or _attr(node, "title") or _attr(node, "value")

    def group(self, first: LexborNode) -> str:
        """The label of a group of radio buttons or checkboxes."""
        for a in _ancestors(first, 8):
            if a.tag == "fieldset":
                legend = a.css_first("legend")
                if legend is not None and node_text(legend):
                    return node_text(legend)
            role = (a.attributes.get("role") or "").lower()
            if role in ("radiogroup", "group"):
                text = _attr(a, "aria-label")
                refs = (a.attributes.get("aria-labelledby") or "").split()
                text = text or " ".join(node_text(n) for n in (self.by_id(r) for r in refs) if n is not None)
                if text:
                    return text
            if a.tag in ("form", "td", "th", "tr"):
                break
        start = first.parent if first.parent is not None and first.parent.tag == "label" else first
        ident = (first.attributes.get("id") or "").strip()
        if ident and ident in self.for_map:  # <input id=r1><label for=r1>邮寄</label>: start at the input
            start = first
        text = self.cell(start) or self.preceding(start)
        if not text and ident and ident in self.for_map:
            return ""
        return text or _attr(first, "aria-label") or _attr(first, "title")


def _select_options(node: LexborNode) -> tuple[str, ...]:
    out: list[str] = []
    for opt in node.css("option")[:200]:
        text = fold(opt.text(deep=True))
        if not text or _PLACEHOLDER_OPTION.search(text) or not re.search(rf"[\w{_CJK}]", text):
            continue
        out.append(text)
    return tuple(out)


def _in_chrome(node: LexborNode) -> bool:
    for a in _ancestors(node, 30):
        if a.tag in ("header", "nav", "footer"):
            return True
        tokens = f"{_attr(a, 'id')} {_attr(a, 'class')}".split()
        if any(_CHROME.search(t) for t in tokens):
            return True
    return False


def _fields_of(controls: list[LexborNode], labels: _Labels) -> list[FormField]:
    """Controls to fields; radio buttons and checkboxes sharing a name become one field."""
    groups: dict[tuple[str, str], list[LexborNode]] = {}
    order: list[tuple[str, str] | LexborNode] = []
    for n in controls:
        kind = _kind(n) or ""
        name = (n.attributes.get("name") or "").strip()
        if kind in ("radio", "checkbox") and name:
            key = (kind, name)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(n)
        else:
            order.append(n)
    fields: list[FormField] = []
    for item in order:
        if isinstance(item, tuple):
            members = groups[item]
            kind, name = item
            first = members[0]
            required = any("required" in m.attributes for m in members)
            if kind == "checkbox" and len(members) == 1:
                fields.append(_field(labels.label(first), kind, name=name, required=required))
                continue
            options = tuple(o for o in (labels.option(m) for m in members) if o)
            fields.append(_field(labels.group(first), kind, name=name, required=required, options=options))
            continue
        n = item
        kind = _kind(n) or "text"
        name = (n.attributes.get("name") or n.attributes.get("id") or "").strip()
        required = "required" in n.attributes or (n.attributes.get("aria-required") or "").lower() == "true"
        options = _select_options(n) if kind == "select" else ()
        fields.append(_field(labels.label(n), kind, name=name, required=required, options=options))
    return fields


def _static_unit(container: LexborNode) -> FormField | None:
    """A fixed 受理机关 in the form (受理机关：县政府办公室, or a labelled cell with its value)."""
    for t in container.traverse(include_text=True):
        if t.tag != "-text":
            continue
        raw = t.text_content or ""
        if "受理" not in raw and "申请机关" not in raw:
            continue
        m = _UNIT_STATIC.match(fold(raw))
        if not m:
            continue
        value = m.group(2).strip()
        if not value:
            cell = next((a for a in _ancestors(t, 4) if a.tag in ("td", "th", "dt")), None)
            sib = cell.next if cell is not None else None
            while sib is not None and sib.tag not in ("td", "th", "dd"):
                sib = sib.next
            if sib is not None and not _has_control(sib):
                value = fold(node_text(sib))
        if value and len(value) <= 60 and not re.fullmatch(r"[_\s]*", value):
            return FormField(label=m.group(1), kind="table-cell", element="unit", options=(value,))
    return None


def _main_form(tree: LexborHTMLParser) -> tuple[LexborNode | None, list[LexborNode]]:
    """The container (a <form>, or None for the page) and the controls of the application form."""
    owner: dict[int, int] = {}
    forms = tree.css("form")[:50]
    for i, f in enumerate(forms):
        for c in f.css("input, select, textarea"):
            owner[c.mem_id] = i
    buckets: dict[int, list[LexborNode]] = {}
    for c in tree.css("input, select, textarea"):
        if not _is_control(c):
            continue
        i = owner.get(c.mem_id, -1)
        bucket = buckets.setdefault(i, [])
        if len(bucket) < MAX_CONTROLS:
            bucket.append(c)
    if -1 in buckets:
        buckets[-1] = [c for c in buckets[-1] if not _in_chrome(c)]
    labels = _Labels(tree)
    best: tuple[tuple[int, int], int] | None = None
    for i, controls in buckets.items():
        if not controls:
            continue
        elements = {element_of(labels.label(c)) for c in controls[:80]} - {""}
        score = (len(elements), len(controls))
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return (forms[0] if len(forms) == 1 else None), []
    i = best[1]
    return (forms[i] if i >= 0 else None), buckets[i]


def form_fields_from_html(html: str, url: str) -> list[FormField]:
    """Every control of the page's application form, with the label a person reads next to it.

    The form is the ``<form>`` (or, for script-driven pages, the set of controls outside any form
    and outside header, navigation, search and footer) whose labels name most required elements.
    Radio buttons and checkboxes sharing a name are one field whose ``options`` are their texts.
    A fixed 受理机关 written in the form (no control: 受理机关：县政府办公室) is a ``table-cell``
    field with the unit as its only option, put first.
    """
    try:
        tree = parse_html(html)
        container, controls = _main_form(tree)
        fields = _fields_of(controls, _Labels(tree))
        if not any(f.element == "unit" for f in fields):
            where = container if container is not None else tree.body
            unit = _static_unit(where) if where is not None and (controls or container is not None) else None
            if unit is not None:
                fields.insert(0, unit)
        return fields
    except Exception:  # hostile markup: nothing found rather than a crash
        return []


# --- the submit control ----------------------------------------------------------------------

_SUBMIT_TEXT = re.compile(r"提交|递交|确定申请|确认申请|发送申请|^申请$|^确定$|^确认$|^发送$|submit", re.I)
_NOT_SUBMIT = re.compile(r"搜索|检索|查询|重置|重填|取消|清空|返回|登录|注册|关闭|上一步|下载|打印|reset|search", re.I)


def _css_path(node: LexborNode) -> str:
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


def _selector(node: LexborNode, tree: LexborHTMLParser) -> str:
    """A CSS selector that finds ``node`` (first match) in the page."""
    tag = str(node.tag)
    for attr in ("id", "name"):
        value = (node.attributes.get(attr) or "").strip()
        if value and re.fullmatch(r"[^\"\\\n\r\f]+", value):
            sel = f'{tag}[{attr}="{value}"]'
            try:
                found = tree.css(sel)
            except Exception:
                continue
            if len(found) == 1 and found[0].mem_id == node.mem_id:
                return sel
    return _css_path(node)


def _control_text(node: LexborNode) -> str:
    if node.tag == "input":
        text = _attr(node, "value") or _attr(node, "alt") or _attr(node, "title")
    else:
        text = node_text(node, skip=("select", "textarea")) or _attr(node, "title") or _attr(node, "aria-label")
        if not text:
            img = node.css_first("img[alt]")
            text = _attr(img, "alt") if img is not None else ""
    return re.sub(r"\s+", "", text)


def find_submit_control(html: str) -> str | None:
    """A CSS selector for the application form's submit control, None when there is none.

    Submit buttons (``type=submit``, a ``<button>`` in a form, ``input[type=image]``) and buttons or
    links saying 提交/提交申请/确定提交, in the application form first, then anywhere; never a
    search, reset or login button.
    """
    try:
        tree = parse_html(html)
        container, _controls = _main_form(tree)
        scopes = [container] if container is not None else []
        if tree.body is not None:
            scopes.append(tree.body)
        for scope in scopes:
            best: tuple[int, LexborNode] | None = None
            nodes = scope.css("button, input, a, [role=button], [onclick]")[:2000]
            for n in nodes:
                if n.tag == "input" and (n.attributes.get("type") or "").lower() not in ("submit", "image", "button"):
                    continue
                if scope is not container and _in_chrome(n):
                    continue
                text = _control_text(n)
                if _NOT_SUBMIT.search(text):
                    continue
                typ = (n.attributes.get("type") or "").lower()
                in_form = any(a.tag == "form" for a in _ancestors(n, 40))
                is_submit = (n.tag == "input" and typ in ("submit", "image")) or (
                    n.tag == "button" and (typ == "submit" or (not typ and in_form)))
                says = bool(text) and bool(_SUBMIT_TEXT.search(text))
                rank = 0 if is_submit and says else 1 if says else 2 if is_submit else -1
                if rank >= 0 and (best is None or rank < best[0]):
                    best = (rank, n)
            if best is not None:
                return _selector(best[1], tree)
        return None
    except Exception:
        return None


# --- links from the 依申请公开 page ----------------------------------------------------------

_ONLINE = re.compile(r"在线申请|我要申请|网上申请|在线填写|在线提交|网上提交|网上填报|在线填报|申请入口|在线办理|网上办理"
                     r"|填写申请|提交申请")
_DOC_EXT = re.compile(r"\.(docx?|pdf|wps|rtf)$", re.I)
_JS_URL = re.compile(r"""(?:window\.open|location\.href\s*=|location\s*=|location\.assign)\s*\(?\s*['"]([^'"]+)['"]""")


def _link_target(node: LexborNode, base: str) -> str:
    href = (node.attributes.get("href") or "").strip()
    if href and not href.lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
        return normalise(href, base)
    m = _JS_URL.search(node.attributes.get("onclick") or "") or _JS_URL.search(href)
    return normalise(m.group(1), base) if m else ""


def application_links(html: str, url: str) -> list[tuple[str, str]]:
    """Where to apply, from the 依申请公开 page: (text, absolute URL) of the online form
    (在线申请/我要申请/网上申请 …) first, then downloadable 申请表 (.doc/.docx/.pdf/.wps)."""
    try:
        tree = parse_html(html)
        base_node = tree.css_first("base[href]")
        base = url
        if base_node is not None:
            base = normalise((base_node.attributes.get("href") or "").strip(), url) or url
        online: list[tuple[str, str]] = []
        docs: list[tuple[str, str]] = []
        seen: set[str] = set()
        for n in tree.css("a, button, input[type=button], [onclick]")[:5000]:
            target = _link_target(n, base)
            if not target or target in seen:
                continue
            text = fold(_control_text(n) if n.tag == "input" else node_text(n)) or _attr(n, "title")
            if not text:
                img = n.css_first("img[alt]")
                text = _attr(img, "alt") if img is not None else ""
            title = _attr(n, "title")
            if title and "申请" in title and "申请" not in text:
                text = title
            path = unquote(urlsplit(target).path)
            is_doc = bool(_DOC_EXT.search(path))
            if is_doc and ("申请" in text or "申请" in path or "sqb" in path.lower() or "ysq" in path.lower()):
                docs.append((text, target))
            elif not is_doc and _ONLINE.search(re.sub(r"\s+", "", text)):
                online.append((text, target))
            elif "申请表" in text and "下载" in text:
                docs.append((text, target))
            else:
                continue
            seen.add(target)
        return online + docs
    except Exception:
        return []


# --- downloadable 申请表 ----------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SYM_BOXES = {"F0A8", "F06F", "F071", "F0FE", "F0FD", "F0A3", "F072", "F0A1", "F0FC", "F0FB", "F06E", "F0A2"}
Block = tuple[str, list[str]]  # ("line", [text]) or ("row", [cell texts])


def _docx_para(p: Any) -> str:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "sym":
            parts.append("□" if (el.get(_W + "char") or "").upper() in _SYM_BOXES else "")
        elif tag == _W + "checkBox":
            parts.append("□")
    return "".join(parts)


def _docx_cells(tr: Any) -> Iterator[Any]:
    for ch in tr.iterchildren():
        if ch.tag == _W + "tc":
            yield ch
        elif ch.tag in (_W + "sdt", _W + "customXml"):
            yield from ch.iter(_W + "tc")


def _docx_blocks(data: bytes) -> list[Block]:
    from docx.oxml import parse_xml  # python-docx's parser: no entities, no network

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("word/document.xml")
        if info.file_size > MAX_XML:
            return []
        root = parse_xml(z.read(info))
    body = root.find(_W + "body")
    if body is None:
        return []
    blocks: list[Block] = []
    stack: list[Any] = list(reversed(list(body.iterchildren())))
    while stack and len(blocks) < 5000:
        el = stack.pop()
        if el.tag == _W + "p":
            blocks.append(("line", [_docx_para(el)]))
        elif el.tag == _W + "tbl":
            for tr in el.iterchildren(_W + "tr"):
                cells: list[str] = []
                for tc in _docx_cells(tr):
                    vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                    if vmerge is not None and vmerge.get(_W + "val") != "restart":
                        continue  # continues the cell above
                    cells.append("\n".join(_docx_para(p) for p in tc.iter(_W + "p")))
                blocks.append(("row", cells))
        elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            stack.extend(reversed(list(el.iterchildren())))
    return blocks


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    out: list[str] = []
    size = 0
    for i in range(min(len(reader.pages), MAX_PDF_PAGES)):
        try:
            text = reader.pages[i].extract_text() or ""
        except Exception:
            continue
        out.append(text)
        size += len(text)
        if size > MAX_TEXT:
            break
    return "\n".join(out)


def _word97_text(stream: bytes, table: bytes | None) -> str:
    """The main text of a Word 97-2003 document from its piece table (CLX in the table stream)."""
    if table is None or len(stream) < 0x200 or struct.unpack_from("<H", stream, 0)[0] != 0xA5EC:
        return ""
    csw = struct.unpack_from("<H", stream, 0x20)[0]
    at = 0x22 + csw * 2
    cslw = struct.unpack_from("<H", stream, at)[0]
    lw_at = at + 2
    ccp_text = struct.unpack_from("<i", stream, lw_at + 12)[0]
    blob = lw_at + cslw * 4 + 2
    fc_clx, lcb_clx = struct.unpack_from("<II", stream, blob + 33 * 8)
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc: property modifiers, skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 0x02:
        return ""
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out: list[str] = []
    total = 0
    for k in range(n):
        fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
        count = max(0, min(cps[k + 1] - cps[k], MAX_TEXT))
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            out.append(stream[start:start + count].decode("cp1252", "replace"))
        else:
            out.append(stream[fc:fc + 2 * count].decode("utf-16-le", "replace"))
        total += count
        if total >= ccp_text > 0 or total > MAX_TEXT:
            break
    text = "".join(out)
    return text[:ccp_text] if ccp_text > 0 else text


_UTF16_RUN = re.compile(rf"[{_CJK}\u3000-\u303f\uff00-\uffef\u25a1\u2610 -~\r\t\x07]{{4,}}")


def _utf16_runs(stream: bytes) -> str:
    """Fallback: runs of plausible UTF-16LE text in a binary stream (two byte alignments tried)."""
    best = ""
    for shift in (0, 1):
        text = stream[shift:shift + (len(stream) - shift) // 2 * 2].decode("utf-16-le", "replace")
        runs = [r for r in _UTF16_RUN.findall(text) if len(re.findall(rf"[{_CJK}]", r)) >= 2]
        joined = "\n".join(runs)
        if len(joined) > len(best):
            best = joined
    return best


def _word_blocks(text: str) -> list[Block]:
    """Word's control characters: \\r ends a paragraph, \\x07 ends a cell (and a row)."""
    text = re.sub(r"\x13[^\x14\x15]*\x14?", "", text)  # field codes: keep only their results
    text = re.sub(r"[\x00-\x06\x08\x0e-\x12\x14-\x1f\x15]", "", text).replace("\x0b", "\n").replace("\x0c", "\n")
    blocks: list[Block] = []
    for para in re.split(r"[\r\n]", text):
        if "\x07" in para:
            blocks.append(("row", [c for c in para.split("\x07")]))
        elif para.strip():
            blocks.append(("line", [para]))
    return blocks


def _ole_text(data: bytes) -> str:
    import olefile

    with olefile.OleFileIO(data) as ole:
        if not ole.exists("WordDocument"):  # another writer (WPS …): any text in its biggest stream
            streams = [s for s in ole.listdir(streams=True, storages=False)]
            if not streams:
                return ""
            biggest = max(streams, key=lambda s: ole.get_size("/".join(s)))
            return _utf16_runs(ole.openstream(biggest).read(64_000_000))
        stream = ole.openstream("WordDocument").read(64_000_000)
        flags = struct.unpack_from("<H", stream, 0x0A)[0] if len(stream) > 0x0C else 0
        name = "1Table" if flags & 0x0200 else "0Table"
        table = ole.openstream(name).read(64_000_000) if ole.exists(name) else None
    try:
        text = _word97_text(stream, table)
    except (struct.error, ValueError, IndexError):
        text = ""
    if len(re.findall(rf"[{_CJK}\w]", text)) < 2:
        text = _utf16_runs(stream)
    return text


def _html_blocks(data: bytes) -> list[Block]:
    """A Word "web page" saved as .doc: its table rows and paragraphs."""
    head = data[:4096].decode("ascii", "replace").lower()
    m = re.search(r"charset\s*=\s*[\"']?([\w-]+)", head)
    text = ""
    for enc in ([m.group(1)] if m else []) + ["utf-8", "gb18030"]:
        try:
            text = data.decode(enc)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    tree = parse_html(text or data.decode("utf-8", "replace"))
    blocks: list[Block] = []
    for el in tree.css("p, tr, h1, h2, h3, li")[:5000]:
        if el.tag == "tr":
            blocks.append(("row", [node_text(c) for c in el.css("td, th")]))
        elif not any(a.tag in ("td", "th") for a in _ancestors(el, 12)):
            blocks.append(("line", [node_text(el)]))
    return blocks


_RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "listtable",
             "listoverridetable", "rsidtbl", "themedata", "datastore", "latentstyles", "xmlnstbl", "generator"}
_RTF_TOKEN = re.compile(rb"\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.I)


def _rtf_text(data: bytes) -> str:
    """Plain text of an RTF 申请表 (often served as .doc): \\cell → tab, \\par/\\row → newline."""
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    codepage = f"cp{m.group(1).decode()}" if m else "cp936"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp936"
    out: list[str] = []
    pending = bytearray()
    skip_depth: int | None = None
    depth = 0
    uc_skip = 0
    star = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, "replace"))
            pending.clear()

    for tok in _RTF_TOKEN.finditer(data[:20_000_000]):
        word, arg, hexbyte, sym, brace, plain = tok.groups()
        if brace == b"{":
            depth += 1
            continue
        if brace == b"}":
            if skip_depth is not None and depth <= skip_depth:
                skip_depth = None
            depth -= 1
            star = False
            continue
        if skip_depth is not None:
            continue
        if sym == b"*":
            star = True
            continue
        if word is not None:
            w = word.decode("ascii", "replace").lower()
            if star or w in _RTF_SKIP:
                skip_depth = depth
                star = False
                continue
            if w == "u" and arg is not None:
                flush()
                code = int(arg)
                out.append(chr(code + 65536 if code < 0 else code))
                uc_skip = 1
            elif w in ("par", "line", "row", "sect", "page"):
                flush()
                out.append("\n")
            elif w == "cell":
                flush()
                out.append("\t")
            elif w == "tab":
                flush()
                out.append("\t")
            continue
        if hexbyte is not None:
            if uc_skip:
                uc_skip -= 1
                continue
            pending.extend(bytes.fromhex(hexbyte.decode()))
            continue
        if sym is not None:
            pending.extend(sym)
            continue
        if plain is not None:
            if uc_skip:
                plain = plain[1:]
                uc_skip = 0
            pending.extend(plain)
    flush()
    return "".join(out)


def _kind_of_file(data: bytes, filename: str) -> str:
    ext = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if b"%PDF" in data[:1024]:
        return "pdf"
    return "docx" if ext == "docx" else "pdf" if ext == "pdf" else "doc"


def _read_document(data: bytes, filename: str) -> tuple[str, list[Block]]:
    source = _kind_of_file(data, filename)
    if source == "docx":
        return source, _docx_blocks(data)
    if source == "pdf":
        return source, [("line", [ln]) for ln in _pdf_text(data).splitlines()]
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return source, _word_blocks(_ole_text(data))
    if data.lstrip()[:5] == b"{\\rtf":
        return source, [("row", ln.split("\t")) if "\t" in ln else ("line", [ln])
                        for ln in _rtf_text(data).splitlines()]
    head = data.lstrip(b"\xef\xbb\xbf \r\n\t")[:2048].lower()
    if head.startswith(b"<") or b"<html" in head or b"mime-version" in head:
        return source, _html_blocks(data)
    return source, []


_LABEL_COLON = re.compile(r"([^\s:：_]{1,30})\s*[:：]")
_ENUM = re.compile(r"^(?:\d+[.、．)]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
_SENTENCE = re.compile(r"[。，,；;！!？?]")
_SINGLES = re.compile(rf"(?<![{_CJK}])[{_CJK}](?:[ \u3000\u00a0]+[{_CJK}](?![{_CJK}]))+")


def fold_line(text: str) -> str:
    """Whitespace folded; letter-spaced words joined (联 系 电 话 → 联系电话), other words kept apart."""
    s = " ".join((text or "").split())
    return _SINGLES.sub(lambda m: re.sub(r"\s+", "", m.group(0)), s)


def _options_in(text: str) -> list[str]:
    return [o for o in (fold(x) for x in _BOX_OPTION.findall(text)) if o]


def _split_choices(value: str) -> tuple[str, ...]:
    opts = _options_in(value)
    if opts:
        return tuple(opts)
    parts = [fold(p) for p in re.split(r"[/／|、]", value) if fold(p)]
    return tuple(parts) if len(parts) >= 2 else ()


def _colon_label(raw: str) -> str:
    label = re.split(rf"[。，,；;！!？?、{_BOX}]", raw)[-1]
    label = _ENUM.sub("", label)
    ok = len(_clean_label(label)) >= 2 and (re.search(rf"[{_CJK}]", label) or element_of(label))
    return label if ok else ""


def _fields_from_line(line: str) -> list[FormField]:
    """Fields of a text line: 申请人姓名：____ 联系电话：____, or bare labels (姓名 工作单位),
    with □-choices given to the label before them."""
    line = fold_line(re.sub(r"_{2,}|…{2,}|\.{4,}", " ", line or ""))
    if not line:
        return []
    fields: list[FormField] = []
    colons = [(m, _colon_label(m.group(1))) for m in _LABEL_COLON.finditer(line)]
    colons = [(m, label) for m, label in colons if label]
    if colons:
        for k, (m, label) in enumerate(colons):
            end = colons[k + 1][0].start() if k + 1 < len(colons) else len(line)
            value = line[m.end():end].strip()
            if element_of(label) == "unit" and value and not _options_in(value):
                options: tuple[str, ...] = (fold(value),)
            else:
                options = _split_choices(value)
            fields.append(_field(label, "table-cell", options=options))
        return fields
    boxes = _options_in(line)
    first_box = re.search(rf"[{_BOX}]", line)
    head = line[:first_box.start()] if first_box else line
    for token in head.split():
        clean = _clean_label(_ENUM.sub("", token))
        if clean and len(clean) <= 20 and not _SENTENCE.search(clean) and element_of(clean):
            fields.append(_field(clean, "table-cell", required=_required_mark(token)))
    if boxes:
        if fields:
            last = fields[-1]
            fields[-1] = replace(last, options=tuple(boxes), element=element_of(last.label, boxes))
        else:
            fields.append(_field(" ".join(boxes), "table-cell", options=boxes))
    return fields


def _fields_from_row(cells: list[str]) -> list[FormField]:
    """Fields of a table row: every short non-empty cell is a label (the empty ones are where
    one writes); a cell of □-choices belongs to the label before it."""
    fields: list[FormField] = []
    for raw in cells:
        for part in [p for p in raw.split("\n") if p.strip()] or [""]:
            text = fold(part)
            if not text:
                continue
            if re.search(r"[:：]\s*\S|[:：]\s*$", text) and not re.fullmatch(r"[^:：]{1,30}[:：]\s*", text):
                fields.extend(_fields_from_line(part))
                continue
            boxes = _options_in(text)
            first_box = re.search(rf"[{_BOX}]", text)
            head = _clean_label(text[:first_box.start()]) if first_box else ""
            if boxes:
                if head:
                    fields.append(_field(head, "table-cell", options=boxes))
                elif fields and not fields[-1].options:
                    last = fields[-1]
                    fields[-1] = replace(last, options=tuple(boxes), element=element_of(last.label, boxes))
                else:
                    fields.append(_field(" ".join(boxes), "table-cell", options=boxes))
                continue
            if (len(text) > 60 or _SENTENCE.search(text) or _ENUM.match(text) or re.search(r"申请表$", text)
                    or not re.search(rf"[{_CJK}A-Za-z]", text)):
                continue
            if fields and fields[-1].element == "unit" and not fields[-1].options and not element_of(text):
                fields[-1] = replace(fields[-1], options=(text,))  # the unit's name, pre-filled
                continue
            fields.append(_field(text, "table-cell"))
    return fields


def document_text(data: bytes, filename: str) -> tuple[str, str]:
    """(source, plain text) of a document (.docx, .pdf, .doc, RTF or HTML saved as .doc);
    table cells are separated by tabs. ('doc', '') when it cannot be read."""
    try:
        source, blocks = _read_document(bytes(data or b""), filename or "")
    except Exception:
        return _kind_of_file(bytes(data or b"")[:1024], filename or ""), ""
    return source, _blocks_text(blocks)


def _blocks_text(blocks: list[Block]) -> str:
    lines = ["\t".join(fold(c) for c in cells) if kind == "row" else cells[0] for kind, cells in blocks]
    return "\n".join(lines)[:MAX_TEXT]


def form_fields_from_document(data: bytes, filename: str) -> tuple[str, list[FormField], str]:
    """A downloadable 申请表: (source 'docx'|'pdf'|'doc', its fields, its plain text).

    Fields are the labels of table cells and of ``label：____`` lines (kind ``table-cell``);
    □-choices become the options of the label before them. An old binary Word file (.doc, .wps)
    is read from its OLE ``WordDocument`` stream; RTF or HTML saved as .doc are read too.
    Unreadable bytes give no fields and no text.
    """
    raw = bytes(data or b"") if isinstance(data, bytes | bytearray | memoryview) else b""
    try:
        source, blocks = _read_document(raw, filename or "")
    except Exception:
        return _kind_of_file(raw[:1024], filename or ""), [], ""
    fields: list[FormField] = []
    try:
        for kind, cells in blocks:
            fields.extend(_fields_from_row(cells) if kind == "row" else _fields_from_line(cells[0]))
            if len(fields) > 500:
                break
    except Exception:
        fields = []
    return source, fields, _blocks_text(blocks)

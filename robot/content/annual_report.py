"""政府信息公开工作年度报告: its year, sections, tables and their arithmetic, the superseded layout,
and how close two years' reports are (雷同). Pure functions of the report's HTML or text.

The format is 国办公开办函〔2021〕30号 (from the 2021 report on), see shared/reference/standards.md §4.

**Sections.** A heading is a Chinese numeral and 、 (``二、``) at the start of a line (or after
whitespace or 。 where the text has its lines folded), followed within 20 characters by the
section's key words: 1 总体情况/概述; 2 主动公开; 3 收到和处理 … 申请; 4 行政复议/行政诉讼;
5 存在的(主要)问题 … 改进; 6 其他需要报告/其他事项. A section is recognised by its words, not by
its numeral, so ``四、存在的主要问题`` (四 absent, 五 renumbered) reads as section 4 missing. The first
heading of each section counts; sections whose positions break the order 1…6 (those outside the
longest increasing run) are *out of order*.

**总体情况 length** (:func:`count_chars`): the characters between the 一、总体情况 heading and the next
section heading, whitespace left out and punctuation counted (after NFKC: full-width digits count
once) — what a word processor shows as 字符数（不计空格）, the figure an office reads against a
“1000字” limit (a Chinese 字数 counts 标点 too: each full-width mark fills a character cell).

**Tables** are grids: an HTML ``<table>`` with ``rowspan``/``colspan`` expanded (every cell a
merged cell covers holds its text), or, for text (a .docx read as tab-separated rows, a PDF's
lines), one row a line, cells split at tabs, else the trailing run of numbers split at spaces (best
effort: a PDF whose labels wrap over lines loses those rows).

**Arithmetic** (one :class:`Inconsistency` per failed identity; ``expected`` is the left-hand side
of the formula, ``found`` the right-hand side):

* 表三 (收到和处理政府信息公开申请情况), per number column c (自然人, 商业企业, 科研机构,
  社会公益组织, 法律服务机构, 其他, 总计): ``一、本年新收[c] + 二、上年结转[c] = 三（七）总计[c] +
  四、结转下年度[c]`` (printed in the table's own header: 本列数据的勾稽关系).
* 表三, per data row r: ``总计[r] = Σ the other columns[r]`` (expected = the sum, found = 总计).
* 表三, per column c: ``（七）总计[c] = （一）+（二）+ Σ（三）1–8 + Σ（四）1–3 + Σ（五）1–5 +（六）``
  where a group with numbered sub-rows (1. 2. …) counts its sub-rows, else its own row
  (expected = the sum, found = （七）总计).
* 表四 (行政复议、行政诉讼), per block (行政复议, 未经复议直接起诉, 复议后起诉): ``总计 = 结果维持 +
  结果纠正 + 其他结果 + 尚未审结`` (expected = the sum, found = 总计).
* Across years (:func:`continuity`): ``上年结转[c] (year Y) = 结转下年度[c] (year Y−1)``, for the
  columns whose identity above holds in year Y−1's table. Not a default finding (see
  :mod:`robot.rules.annual_report`): when both years' tables add up, a difference between them is
  no contradiction inside either report, and which of the two is wrong cannot be told.

Blank cells and dashes (—, -, /, 无) count as 0; a row with any other non-number in its number
columns is left out of every check. The cross-year 现行有效件数 check of 表二 (§4 check 5) is not
made: §4 marks it a soft warning (a 规章 amendment may be counted differently).

**Superseded layout** (:data:`OUTDATED_MARKERS`): column headings of the 2019 template
(本年新制作数量, 本年新公开数量, 对外公开总数量, 上一年项目数量, 本年增/减, 采购项目数量, 采购总金额) and
of the pre-2019 统计表 (主动公开情况统计, 依申请公开情况统计, 主动公开政府信息数, 同意公开答复数,
同意部分公开答复数, 不同意公开答复数). One of them as a table cell's heading, or two distinct ones
anywhere in the text, marks the layout as outdated. A table cell counts when it is a cell of
figures' table (at most 80 characters): a CMS that lays the whole article out in one table cell
puts the prose there too, and a word in the prose is no heading. :data:`WEAK_MARKERS`
(其他对外管理服务事项, the 2019 table's second row under 第二十条第（五）项) is a row label, not a
heading: many reports in the 2021 layout keep that row under 本年处理决定数量, so it counts only when
none of the 2021 table's own headings (:data:`CURRENT_HEADINGS`: 本年制发件数, 本年废止件数,
现行有效件数, 本年处理决定数量, 本年收费金额) is in the report. (The 2021 （六）其他处理 sub-rows are
not used as a marker: §4 has them from memory only.)

**Similarity** (:func:`similarity`): Jaccard index of the sets of character 5-grams of the two
reports' prose: tables removed (HTML) or lines holding three or more numbers dropped (text), the
six standard headings removed, every run of digits replaced by one ``#`` (years, dates and figures
changed by a copier do not hide the copy), whitespace and punctuation removed.
:data:`DUPLICATE_THRESHOLD` is 0.6. Measured on the eight fixtures (tests/test_annual_report.py):
reports that are not copies score 0.11–0.39 (the same bureau's 2022 and 2023 reports 0.17; the
highest pairs are short reports of different units, where the shared boilerplate of the template,
条例 sentence, 信息处理费 and headings, is most of the prose); the 2023 report copied into 2024
with its years moved on, a few figures and one sentence changed scores 0.93 (1.0 with only the
figures changed). 0.6 sits well clear of both; the config may change it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from robot.channels.form import defuse

SECTION_TITLES = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
_SECTION_WORDS = (
    re.compile(r"^(?:总体情况|概述|基本情况)"),
    re.compile(r"^主动公开"),
    re.compile(r"^(?:收到和处理|收到及处理|依申请公开|受理和处理)|^.{0,4}政府信息公开申请(?:情况|办理)"),
    re.compile(r"^.{0,8}(?:行政复议|行政诉讼)"),
    re.compile(r"^.{0,6}(?:存在的?主要问题|存在(?:的)?问题|主要问题)"),
    re.compile(r"^其他(?:需要|需)?(?:报告|说明)?的?事项"),
)
_HEADING = re.compile(r"(?:^|(?<=[\n\r\s。；;]))[ \t\u3000]*([一二三四五六七八九十])[ \t\u3000]*[、.．][ \t\u3000]*")
_CN_NUM = "一二三四五六七八九十"

DUPLICATE_THRESHOLD = 0.6
SUMMARY_MAX_CHARS = 1000
SHINGLE = 5

OUTDATED_MARKERS = (
    "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
    "采购项目数量", "采购总金额", "主动公开情况统计", "依申请公开情况统计", "主动公开政府信息数", "同意公开答复数",
    "同意部分公开答复数", "不同意公开答复数",
)
# a row label of the 2019 table that reports in the 2021 layout often keep: a marker only without them
WEAK_MARKERS = ("其他对外管理服务事项",)
# headings of the 2021 表二 (国办公开办函〔2021〕30号)
CURRENT_HEADINGS = ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额")
HEADING_CELL_MAX = 80  # characters of a table cell that can be a heading (longer: prose in a layout cell)

APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
REVIEW_ITEMS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
REVIEW_BLOCKS = ("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉")
TABLE3 = "表三 收到和处理政府信息公开申请情况"
TABLE4 = "表四 政府信息公开行政复议、行政诉讼情况"

Grid = list[list[str]]
MAX_COLUMNS = 60  # cells of a table row read (the widest report table has 15 numbers and its labels)


@dataclass(frozen=True, slots=True)
class Section:
    number: int  # 1..6, by its words
    heading: str  # as written (numeral, 、 and title)
    start: int  # offset of the heading in the text
    end: int  # offset just past the heading


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """A failed identity: ``expected`` (the formula's left side) differs from ``found`` (its right)."""

    table: str
    where: str  # 列「自然人」, 行「（一）予以公开」, 「行政复议」 …
    expected: int
    found: int
    formula: str


@dataclass(frozen=True, slots=True)
class ApplicationTable:
    """表三 read into numbers: rows by role, columns by name."""

    columns: tuple[str, ...]
    new: tuple[int, ...] | None = None  # 一、本年新收
    carried_in: tuple[int, ...] | None = None  # 二、上年结转
    results: tuple[tuple[str, str, tuple[int, ...]], ...] = ()  # (group （一）…（六）, label, numbers), leaves
    groups: tuple[tuple[str, str, tuple[int, ...]], ...] = ()  # group rows that have sub-rows (not leaves)
    total: tuple[int, ...] | None = None  # （七）总计
    carried_out: tuple[int, ...] | None = None  # 四、结转下年度
    rows: tuple[tuple[str, tuple[int, ...]], ...] = ()  # every data row (label, numbers)


@dataclass(frozen=True, slots=True)
class ReportAnalysis:
    year: int | None
    sections: tuple[Section, ...]  # in text order
    missing: tuple[int, ...]  # section numbers absent
    out_of_order: tuple[int, ...]  # section numbers present but out of order
    summary_chars: int | None  # None: no 总体情况 section
    tables: tuple[Grid, ...] = field(default_factory=tuple)
    application: ApplicationTable | None = None
    inconsistencies: tuple[Inconsistency, ...] = ()
    outdated_markers: tuple[str, ...] = ()
    prose: str = ""  # the text compared for 雷同 (normalised)
    text_chars: int = 0  # characters of readable text (count_chars of the whole text)

    @property
    def readable(self) -> bool:
        """Enough text and structure to judge (a scanned PDF gives neither)."""
        return self.text_chars >= 200 and len(self.sections) >= 2


# --- text ------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "dd", "dt", "blockquote", "pre", "caption", "ul", "ol"}


def _parse(html: str) -> LexborHTMLParser:
    tree = LexborHTMLParser(defuse(html) or "<html></html>")
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    return tree


def _node_text(node: LexborNode, skip_tables: bool = False) -> str:
    """Text with a line break per block and a tab per table cell (like innerText)."""
    out: list[str] = []
    stack: list[LexborNode | str] = list(reversed(list(_children(node))))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        tag = item.tag
        if tag == "-text":
            out.append(item.text_content or "")
            continue
        if tag in ("script", "style", "-comment"):
            continue
        if skip_tables and tag == "table" and not _layout_table(item):
            out.append("\n")
            continue
        if tag in ("td", "th"):
            out.append("\t")
        if tag in _BLOCKS:
            stack.append("\n")
        stack.extend(reversed(list(_children(item))))
    lines = (re.sub(r"[ \u00a0\u3000]+", " ", ln).strip() for ln in "".join(out).split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _layout_table(table: LexborNode) -> bool:
    """A table that lays out the page rather than holding figures: it holds another table (a CMS
    wrapping the whole article, its tables included, in ``<table><tr><td>``) or is one cell."""
    if any(t.mem_id != table.mem_id for t in table.css("table")):  # css() includes the node itself
        return True
    cells = table.css("td, th")
    return len(cells) == 1


def _children(node: LexborNode) -> Iterable[LexborNode]:
    ch = node.child
    while ch is not None:
        yield ch
        ch = ch.next


def html_text(html: str, *, skip_tables: bool = False) -> str:
    tree = _parse(html)
    root = tree.body or tree.root
    return _node_text(root, skip_tables) if root is not None else ""


def count_chars(text: str) -> int:
    """Every character but whitespace (after NFKC), punctuation included: 字符数（不计空格）."""
    return sum(1 for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c.isprintable())


_YEAR_TITLE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*度?[^\d。；\n]{0,40}?(?:信息公开|政务公开)[^\d。；\n]{0,12}?(?:年度报告|年报|工作报告)")
_YEAR_PERIOD = re.compile(r"统计(?:期限|时限|期间|区间)[^\d]{0,12}((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
_YEAR_LOOSE = re.compile(r"((?:19|20)\d{2})\s*年\s*度")


def report_year(title: str, text: str = "") -> int | None:
    """The year a report covers: 2023年度/2023年政府信息公开工作年度报告 in the title, else in the
    text's head, else the statistical period (统计期限自2023年1月1日起)."""
    title = unicodedata.normalize("NFKC", title or "")
    head = unicodedata.normalize("NFKC", (text or "")[:600])
    for s in (title, head):
        m = _YEAR_TITLE.search(s)
        if m:
            return int(m.group(1))
    m = _YEAR_PERIOD.search(unicodedata.normalize("NFKC", (text or "")[:20_000]))
    if m:
        return int(m.group(1))
    m = _YEAR_LOOSE.search(title)
    return int(m.group(1)) if m else None


def is_annual_report_title(title: str) -> bool:
    """政府信息公开(工作)年度报告 / 政务公开年报 (not 法治政府建设年度报告, not 工作要点)."""
    t = re.sub(r"\s+", "", title or "")
    return ("信息公开" in t or "政务公开" in t) and bool(re.search(r"年度报告|年报|年度工作报告", t)) \
        and "要点" not in t and "指南" not in t


# --- sections --------------------------------------------------------------------------------


def find_sections(text: str) -> list[Section]:
    """The first heading of each of the six sections, in text order."""
    found: dict[int, Section] = {}
    for m in _HEADING.finditer(text):
        head = text[m.end(): m.end() + 24].split("\n", 1)[0]
        for i, words in enumerate(_SECTION_WORDS):
            if words.search(head) and i + 1 not in found:
                line = (text[m.start(1): m.end()] + head).strip()
                title = re.split(r"[。；\t]", line, maxsplit=1)[0]
                end = m.end() + _title_length(head, i)
                found[i + 1] = Section(i + 1, title[:30], m.start(1), end)
                break
    return sorted(found.values(), key=lambda s: s.start)


def _title_length(head: str, index: int) -> int:
    """How far the heading's title runs: to the line's end, or (folded text) to the standard
    title's length where the text goes straight on."""
    standard = SECTION_TITLES[index].split("、", 1)[1]
    if head.startswith(standard):
        return len(standard)
    cut = re.search(r"[。；：:\t]|\s", head)
    return cut.start() if cut else len(head)


def out_of_order(sections: Sequence[Section]) -> list[int]:
    """Section numbers outside the longest run of increasing numbers (text order)."""
    nums = [s.number for s in sections]
    best: list[list[int]] = []
    for i, n in enumerate(nums):
        prev = [best[j] for j in range(i) if nums[j] < n]
        longest: list[int] = max(prev, key=len) if prev else []
        best.append([*longest, n])
    top: list[int] = max(best, key=len) if best else []
    keep = set(top)
    return [n for n in nums if n not in keep]


def section_text(text: str, sections: Sequence[Section], number: int) -> str | None:
    ordered = sorted(sections, key=lambda s: s.start)
    for i, s in enumerate(ordered):
        if s.number == number:
            end = ordered[i + 1].start if i + 1 < len(ordered) else len(text)
            return text[s.end:end]
    return None


# --- tables ----------------------------------------------------------------------------------


def html_tables(html: str) -> list[Grid]:
    """Every table as a grid, rowspan/colspan expanded (merged cells repeat their text)."""
    tree = _parse(html)
    out: list[Grid] = []
    for table in tree.css("table"):
        rows = [tr for tr in table.css("tr") if _owner_table(tr) is not None and _owner_table(tr) == table.mem_id]
        grid: Grid = []
        pending: dict[tuple[int, int], str] = {}
        for r, tr in enumerate(rows[:400]):
            row: list[str] = []
            c = 0
            for cell in (x for x in _children(tr) if x.tag in ("td", "th")):
                if c >= MAX_COLUMNS:
                    break
                while (r, c) in pending:
                    row.append(pending.pop((r, c)))
                    c += 1
                text = " ".join(_node_text(cell).split())
                span = min(_span(cell, "colspan"), MAX_COLUMNS - c)
                down = _span(cell, "rowspan")
                for dc in range(span):
                    row.append(text)
                    for dr in range(1, down):
                        pending[(r + dr, c + dc)] = text
                c += span
            while (r, c) in pending:
                row.append(pending.pop((r, c)))
                c += 1
            if row:
                grid.append(row)
        if grid:
            out.append(grid)
    return out


def _owner_table(tr: LexborNode) -> int | None:
    n = tr.parent
    while n is not None:
        if n.tag == "table":
            return n.mem_id
        n = n.parent
    return None


def _span(cell: LexborNode, name: str) -> int:
    try:
        return max(1, min(int((cell.attributes.get(name) or "1").strip()), 50))
    except ValueError:
        return 1


_NUM = re.compile(r"^-?\d+(?:\.\d+)?$")
_ZERO = {"", "-", "—", "——", "–", "/", "无", "0"}
_TRAILING_NUMS = re.compile(r"^(.*?)((?:[ \u3000]+(?:\d[\d,]*|—|-|/)){3,})\s*$")


def text_grid(text: str) -> Grid:
    """Rows of a text: cells at tabs, else the trailing run of numbers split at spaces."""
    grid: Grid = []
    for line in text.splitlines():
        line = unicodedata.normalize("NFKC", line).strip()
        if not line:
            continue
        if "\t" in line:
            grid.append([c.strip() for c in line.split("\t")])
            continue
        m = _TRAILING_NUMS.match(" " + line) if len(line) <= 400 else None
        if m:
            grid.append([m.group(1).strip(), *m.group(2).split()])
        else:
            grid.append([line])
    return grid


def _number(cell: str) -> int | None:
    c = unicodedata.normalize("NFKC", cell).replace(",", "").replace(" ", "").strip()
    if c in _ZERO:
        return 0
    if _NUM.match(c):
        try:
            return int(float(c)) if float(c).is_integer() else None
        except ValueError:
            return None
    return None


def _is_numberish(cell: str) -> bool:
    return _number(cell) is not None


def _split_row(row: Sequence[str]) -> tuple[list[str], list[str]]:
    """(label cells, number cells): the trailing run of number-like cells is the numbers."""
    i = len(row)
    while i > 0 and _is_numberish(row[i - 1]):
        i -= 1
    labels: list[str] = []
    for c in row[:i]:
        c = c.strip()
        if c and (not labels or labels[-1] != c):
            labels.append(c)
    return labels, list(row[i:])


_GROUP = re.compile(r"[（(]([一二三四五六七八九十])[)）]")
_SUB = re.compile(r"(?:^|[^\d（(])(\d{1,2})[.．、](?!\d)")


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def _header_names(grid: Grid, first_data: int, width: int) -> list[str]:
    """The deepest header text above each of the last ``width`` columns (HTML grids)."""
    names: list[str] = []
    for j in range(width):
        name = ""
        for row in reversed(grid[:first_data]):
            if len(row) >= width and j < width:
                cell = row[len(row) - width + j].strip()
                if cell and not _is_numberish(cell):
                    name = _norm(cell)
                    break
        names.append(name)
    return names


def _header_paths(grid: Grid, first_data: int, width: int) -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []
    for j in range(width):
        path: list[str] = []
        for row in grid[:first_data]:
            if len(row) >= width:
                cell = _norm(row[len(row) - width + j])
                if cell and (not path or path[-1] != cell) and not _is_numberish(cell):
                    path.append(cell)
        paths.append(tuple(path))
    return paths


def read_application_table(grid: Grid) -> ApplicationTable | None:
    """表三 from a grid (or a text's rows): None when the grid is not that table."""
    flat = _norm(" ".join(" ".join(r) for r in grid[:80]))
    if "本年新收" not in flat or "结转下年度" not in flat:
        return None
    start = next(i for i, r in enumerate(grid) if "本年新收" in _norm(" ".join(r)))
    data: list[tuple[list[str], list[int]]] = []
    width = 0
    for row in grid[start:start + 60]:
        labels, cells = _split_row(row)
        nums = [_number(c) for c in cells]
        if not labels or not cells or any(n is None for n in nums):
            if data and "结转下年度" in _norm(" ".join(data[-1][0])):
                break
            continue
        data.append((labels, [n for n in nums if n is not None]))
        width = max(width, len(cells))
        if "结转下年度" in _norm(" ".join(labels)):
            break
    if not data or width < 2:
        return None
    header = _header_names(grid, start, width)
    if len(set(header)) == width and any("总计" in h or "合计" in h for h in header):
        columns = tuple(header)
    elif width == len(APPLICANT_COLUMNS):
        columns = APPLICANT_COLUMNS
    else:
        columns = tuple(f"第{j + 1}列" for j in range(width))
    new: tuple[int, ...] | None = None
    carried_in: tuple[int, ...] | None = None
    total: tuple[int, ...] | None = None
    carried_out: tuple[int, ...] | None = None
    group = ""
    results: list[tuple[str, str, tuple[int, ...]]] = []
    rows: list[tuple[str, tuple[int, ...]]] = []
    for labels, numbers in data:
        if len(numbers) != width:
            continue
        values = tuple(numbers)
        label = _norm(labels[-1])
        whole = _norm("".join(labels))
        rows.append((label, values))
        if "本年新收" in whole:
            new = values
        elif "上年结转" in whole:
            carried_in = values
        elif "结转下年度" in whole:
            carried_out = values
        elif "总计" in label or "合计" in label:
            total = values
        else:
            g = _GROUP.search(whole)
            group = g.group(1) if g else group
            results.append((group, label, values))
    # a group whose rows are numbered (1. 2. …) counts its numbered rows; its own row, if it has
    # numbers too, is a subtotal
    subbed = {g for g, lab, _ in results if _SUB.search(lab)}
    leaves = tuple(x for x in results if _SUB.search(x[1]) or x[0] not in subbed)
    groups = tuple(x for x in results if not _SUB.search(x[1]) and x[0] in subbed)
    return ApplicationTable(columns=columns, new=new, carried_in=carried_in, results=leaves, groups=groups,
                            total=total, carried_out=carried_out, rows=tuple(rows))


def check_application(t: ApplicationTable) -> list[Inconsistency]:
    out: list[Inconsistency] = []
    width = len(t.columns)
    total_col = next((j for j, c in enumerate(t.columns) if "总计" in c or "合计" in c), None)
    if t.new and t.carried_in and t.total and t.carried_out:
        f = "一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度"
        for j in range(width):
            left, right = t.new[j] + t.carried_in[j], t.total[j] + t.carried_out[j]
            if left != right:
                out.append(Inconsistency(TABLE3, f"列「{t.columns[j]}」", left, right, f))
    if total_col is not None:
        others = [j for j in range(width) if j != total_col]
        for label, values in t.rows:
            s = sum(values[j] for j in others)
            if s != values[total_col]:
                out.append(Inconsistency(TABLE3, f"行「{label}」", s, values[total_col],
                                         f"总计 = {' + '.join(t.columns[j] for j in others)}"))
    if t.total and t.results:
        f = "（七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+（六）（有分项的按分项合计）"
        for j in range(width):
            s = sum(v[j] for _, _, v in t.results)
            if s != t.total[j]:
                out.append(Inconsistency(TABLE3, f"列「{t.columns[j]}」（七）总计", s, t.total[j], f))
    return out


def read_review_table(grid: Grid) -> list[tuple[str, dict[str, int]]] | None:
    """表四's blocks: [(block name, {item: number})]; None when the grid is not that table."""
    flat = _norm(" ".join(" ".join(r) for r in grid[:10]))
    if "行政复议" not in flat or "行政诉讼" not in flat or not any(w in flat for w in ("维持", "纠正", "尚未审结")):
        return None
    for i, row in enumerate(grid):
        labels, cells = _split_row(row)
        nums = [_number(c) for c in cells]
        if len(cells) < 5 or any(n is None for n in nums):
            continue
        values = [n for n in nums if n is not None]
        paths = _header_paths(grid, i, len(values))
        blocks: dict[tuple[str, ...], dict[str, int]] = {}
        order: list[tuple[str, ...]] = []
        if all(p for p in paths) and any("总计" in p[-1] for p in paths):
            for p, v in zip(paths, values, strict=True):
                key = p[:-1]
                if key not in blocks:
                    blocks[key] = {}
                    order.append(key)
                blocks[key][p[-1]] = v
            return [(("·".join(k) or "表四"), blocks[k]) for k in order]
        if len(values) == 15:
            return [(REVIEW_BLOCKS[b], dict(zip(REVIEW_ITEMS, values[b * 5:b * 5 + 5], strict=True)))
                    for b in range(3)]
        return None
    return None


def check_review(blocks: list[tuple[str, dict[str, int]]]) -> list[Inconsistency]:
    out: list[Inconsistency] = []
    for name, items in blocks:
        total_key = next((k for k in items if "总计" in k or "合计" in k), None)
        if total_key is None:
            continue
        parts = [k for k in items if k != total_key]
        s = sum(items[k] for k in parts)
        if s != items[total_key]:
            out.append(Inconsistency(TABLE4, f"「{name}」", s, items[total_key], f"总计 = {' + '.join(parts)}"))
    return out


def _text_review_grid(text: str) -> Grid:
    """A text's 表四: the numbers after its 行政复议 heading (15 on one line or over a few lines)."""
    at = text.find("行政复议", text.find("四、") if "四、" in text else 0)
    if at < 0:
        return []
    nums: list[str] = []
    for line in text[at:at + 1500].splitlines()[1:]:
        toks = unicodedata.normalize("NFKC", line).replace("\t", " ").split()
        if toks and all(_is_numberish(t) for t in toks):
            nums.extend(toks)
            if len(nums) >= 15:
                break
        elif nums:
            break
    return [["行政复议 行政诉讼 维持 纠正 尚未审结"], nums[:15]] if len(nums) == 15 else []


def check_tables(grids: Sequence[Grid], text: str = "") -> tuple[list[Inconsistency], ApplicationTable | None]:
    """All identities of 表三 and 表四 in ``grids`` (HTML), else in the text's rows."""
    out: list[Inconsistency] = []
    app: ApplicationTable | None = None
    review = None
    for g in grids:
        if app is None:
            app = read_application_table(g)
            if app is not None:
                continue
        if review is None:
            review = read_review_table(g)
    if not grids and text:
        app = read_application_table(text_grid(text))
        tg = _text_review_grid(text)
        review = read_review_table(tg) if tg else None
    if app is not None:
        out.extend(check_application(app))
    if review is not None:
        out.extend(check_review(review))
    return out, app


def continuity(previous: ApplicationTable | None, current: ApplicationTable | None) -> list[Inconsistency]:
    """上年结转 (this year) = 结转下年度 (last year's report), per column.

    A column whose own identity fails in last year's table (本年新收 + 上年结转 ≠ 总计 +
    结转下年度) is not compared: which of last year's figures is wrong cannot be told, so its
    结转下年度 proves nothing against this year's report (last year's is reported already)."""
    if previous is None or current is None or previous.carried_out is None or current.carried_in is None:
        return []
    if len(previous.carried_out) != len(current.carried_in):
        return []
    p, out = previous, previous.carried_out
    balanced = [not (p.new and p.carried_in and p.total) or len(p.new) != len(out)
                or p.new[j] + p.carried_in[j] == p.total[j] + out[j] for j in range(len(out))]
    f = "本年「二、上年结转」= 上年度报告「四、结转下年度继续办理」"
    return [Inconsistency(TABLE3, f"列「{current.columns[j]}」（跨年度）", previous.carried_out[j], current.carried_in[j], f)
            for j in range(len(current.columns)) if out[j] != current.carried_in[j] and balanced[j]]


# --- the superseded layout -------------------------------------------------------------------


def outdated_markers(grids: Sequence[Grid], text: str) -> list[str]:
    """Headings of the pre-2021 tables: any one as a table cell, or two anywhere in the text; the
    weak row label only where the report has none of the 2021 table's headings."""
    cells = {_norm(c) for g in grids for r in g for c in r}
    cells = {c for c in cells if c and len(c) <= HEADING_CELL_MAX}
    tables = " ".join(sorted(cells))
    plain = _norm(text)
    markers = list(OUTDATED_MARKERS)
    if not any(_norm(h) in plain or _norm(h) in tables for h in CURRENT_HEADINGS):
        markers.extend(WEAK_MARKERS)
    in_tables = [m for m in markers if _norm(m) in tables]
    in_text = [m for m in markers if _norm(m) in plain]
    if in_tables:
        return in_tables
    return in_text if len(in_text) >= 2 else []


# --- similarity (雷同) -----------------------------------------------------------------------

_HEADINGS_RE = re.compile("|".join(re.escape(t.split("、", 1)[1]) for t in SECTION_TITLES))


def prose_of(html: str = "", text: str = "") -> str:
    """The report's prose, normalised for comparison: no tables, no standard headings, digits as #,
    only Chinese characters, letters and #."""
    if html:
        body = html_text(html, skip_tables=True)
    else:
        body = "\n".join(ln for ln in text.splitlines()
                         if len(re.findall(r"(?<![\d.])\d+(?![\d.])", ln)) < 3 and "\t" not in ln)
    body = _HEADINGS_RE.sub("", unicodedata.normalize("NFKC", body))
    body = re.sub(r"\d+", "#", body)
    return "".join(c for c in body if c == "#" or (c.isascii() and c.isalpha()) or "\u3400" <= c <= "\u9fff")


def shingles(prose: str, k: int = SHINGLE) -> set[str]:
    return {prose[i:i + k] for i in range(max(0, len(prose) - k + 1))}


def similarity(a: str, b: str, k: int = SHINGLE) -> float:
    """Jaccard index of the character k-grams of two normalised proses (:func:`prose_of`)."""
    sa, sb = shingles(a, k), shingles(b, k)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


# --- the whole report ------------------------------------------------------------------------


def report_body(html: str) -> str:
    """The HTML of the element holding the report: the smallest one with the most section headings
    (a page's navigation, sidebars and footer left out); the whole page when none is found."""
    tree = _parse(html)
    best: tuple[int, int] | None = None
    best_node: LexborNode | None = None
    for node in tree.css("div, article, section, td, main, body"):
        if "总体情况" not in (node.text() or ""):
            continue
        text = _node_text(node)
        n = len(find_sections(text))
        if n == 0:
            continue
        key = (n, -len(text))
        if best is None or key > best:
            best, best_node = key, node
    return (best_node.html or html) if best_node is not None else html


def analyse(*, html: str = "", text: str = "", title: str = "") -> ReportAnalysis:
    """Everything the rules need from one report (HTML with its tables, or a document's text)."""
    if html:
        text = html_text(html)
        grids = html_tables(html)
    else:
        grids = []
    sections = find_sections(text)
    present = {s.number for s in sections}
    summary = section_text(text, sections, 1)
    incons, app = check_tables(grids, text)
    return ReportAnalysis(
        year=report_year(title, text),
        sections=tuple(sections),
        missing=tuple(n for n in range(1, 7) if n not in present),
        out_of_order=tuple(out_of_order(sections)),
        summary_chars=count_chars(summary) if summary is not None else None,
        tables=tuple(grids),
        application=app,
        inconsistencies=tuple(incons),
        outdated_markers=tuple(outdated_markers(grids, text)),
        prose=prose_of(html, text),
        text_chars=count_chars(text),
    )

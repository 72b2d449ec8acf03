"""The monthly bulletin (月通报): 政府网站和政务新媒体检查情况通报, built from the database.

Modelled on the bulletins county and city offices publish each month (see the seeds in the
project's notes). Four parts, each a paragraph in the offices' wording and a table:

* 信息发布情况 — per configured unit (``units: [{name, path, annual_quota}]``): dated list items
  the robot has seen whose URL path starts with the unit's path, counted by the date the site
  shows (``seen_items.shown_date``) in the month and in the year up to the month's end;
  完成比例 = year count / annual_quota; ranked, the bottom five named.
* 互动交流 — letters of the message boards sent in the month (``robot.store.letters``): received,
  answered, still open, overdue (answered or open after more than 5 working days), reply rate.
* 常态化监测 — findings first seen in the month, by rule summary and by unit (or site).
* 问题整改情况 — findings found in the month or still open at its end: 序号, 网站/政务新媒体名称,
  主要存在问题, 主办单位, 发现日期, 整改日期 (blank while not rectified).

:func:`build_bulletin` returns a :class:`Bulletin` (plain data: paragraphs and tables of cells);
:func:`to_html`, :func:`to_docx`, :func:`to_xlsx` and :func:`to_md` render it. Ignored findings
(false alarms) are never counted. Personal data is masked before it reaches the store.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from robot import __version__

TEMPLATES = Path(__file__).parent / "templates"
MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
OVERDUE_WORKDAYS = 5  # 留言办理时限：5 个工作日
BOTTOM = 5  # 末五位
LIVE = frozenset({"open", "confirmed"})
FORMATS = ("html", "docx", "xlsx", "md")

FONT_BODY = "仿宋_GB2312"  # 正文
FONT_TABLE = "宋体"  # 表格
FONT_HEADING = "黑体"  # 标题、小标题
FONT_LATIN = "Times New Roman"


# --- data ---------------------------------------------------------------------------------------

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    """One table of the bulletin: typed cells (numbers stay numbers for the spreadsheet)."""

    key: str  # units | letters | overdue_letters | monitoring_by_rule | monitoring | rectification
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    empty_text: str = "无"  # shown when there are no rows

    def text_rows(self) -> list[list[str]]:
        return [[cell_text(c) for c in row] for row in self.rows]


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: list[str]
    tables: list[Table] = field(default_factory=list)


@dataclass(frozen=True)
class UnitStat:
    site: str
    name: str
    path: str
    annual_quota: int | None
    year_count: int
    month_count: int

    @property
    def ratio(self) -> float | None:
        """完成比例 in percent, two decimals; None without a quota."""
        if not self.annual_quota:
            return None
        return round(self.year_count * 100 / self.annual_quota, 2)


@dataclass(frozen=True)
class LetterStat:
    site: str
    name: str
    received: int
    answered: int
    overdue: int

    @property
    def open(self) -> int:
        return self.received - self.answered

    @property
    def reply_rate(self) -> float | None:
        return round(self.answered * 100 / self.received, 2) if self.received else None


@dataclass(frozen=True)
class Bulletin:
    month: str  # YYYY-MM
    year: int
    mon: int
    title: str
    region: str
    issued: date  # 落款日期
    sites: list[dict[str, Any]]  # id, name, owner, url
    units: list[UnitStat]  # ranked
    units_known: bool
    bottom: list[str]  # lowest first
    site_totals: dict[str, tuple[int, int]]  # site → (year count, month count)
    letters: list[LetterStat]
    sections: list[Section]
    notes: list[str]
    generated: str

    def table(self, key: str) -> Table:
        for s in self.sections:
            for t in s.tables:
                if t.key == key:
                    return t
        raise KeyError(key)

    @property
    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]


def cell_text(c: Cell) -> str:
    if c is None:
        return ""
    if isinstance(c, float):
        return f"{c:.2f}"
    return str(c)


# --- helpers ------------------------------------------------------------------------------------


def parse_month(month: str) -> tuple[date, date]:
    """First and last day of ``YYYY-MM``; ValueError with a clear message otherwise."""
    m = MONTH_RE.match(month.strip()) if isinstance(month, str) else None
    if m is None:
        raise ValueError(f"--month {month!r}: use YYYY-MM, e.g. 2024-04")
    y, mo = int(m.group(1)), int(m.group(2))
    first = date(y, mo, 1)
    nxt = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
    return first, nxt - timedelta(days=1)


def _norm_path(path: str) -> str:
    p = unquote(urlsplit(path).path or "/")
    return p if p.startswith("/") else "/" + p


def _unit_paths(site_url: str, units: Sequence[Any]) -> list[tuple[str, Any]]:
    """(normalised host-absolute path, unit), longest first so nested units win."""
    out = []
    for u in units:
        out.append((_norm_path(urljoin(site_url, str(u.path))), u))
    return sorted(out, key=lambda x: -len(x[0]))


def _match_unit(url: str, paths: Sequence[tuple[str, Any]]) -> Any | None:
    try:
        p = _norm_path(url)
    except ValueError:
        return None
    for prefix, unit in paths:
        if p == prefix or p == prefix.rstrip("/") or p.startswith(prefix.rstrip("/") + "/"):
            return unit
    return None


def _region(sites: Sequence[dict[str, Any]]) -> str:
    names = {str(s.get("jurisdiction") or "") for s in sites}
    names.discard("")
    if len(names) == 1:
        return names.pop()
    if not names and len(sites) == 1:  # from the site's name: 演示县人民政府网 → 演示县
        m = re.match(r"^(.+?[省市县区旗州])(?:人民)?政府", str(sites[0].get("name") or ""))
        if m:
            return m.group(1)
    return ""


def _day(d: date | None, year: int) -> str:
    """4月19日 within the bulletin's year, 2023年12月5日 otherwise, '' for none (as the seeds write)."""
    if d is None:
        return ""
    return f"{d.month}月{d.day}日" if d.year == year else f"{d.year}年{d.month}月{d.day}日"


def _join(names: Iterable[str]) -> str:
    return "、".join(names)


def _rule_summaries() -> dict[str, str]:
    from robot.rules.registry import REGISTRY  # importing robot.rules registers every family

    return {k: r.summary for k, r in REGISTRY.items()}


def _short(summary: str) -> str:
    """The rule summary's lead (空白栏目：栏目无任何信息… → 空白栏目), as the offices name problems."""
    return summary.split("：", 1)[0].strip() or summary


def _problem(summary: str, message: str) -> str:
    message = (message or "").strip()
    if not message or message == summary:
        return summary
    if message.startswith(summary):
        return message
    return f"{summary}：{message}"


# --- build --------------------------------------------------------------------------------------


def build_bulletin(store: Any, config: Any | None, month: str, *, issued: date | None = None) -> Bulletin:
    """The bulletin of ``month`` (YYYY-MM) from ``store``.

    ``config`` (a :class:`robot.config.Config`) gives the sites, their units and quotas; without
    it the sites the database knows are used and the unit table is left out (said in the notes).
    """
    from robot.store.letters import items_shown_between, known_sites, letters_between

    first, last = parse_month(month)
    year, mon = first.year, first.month
    year_start = date(year, 1, 1)
    summaries = _rule_summaries()
    notes: list[str] = []

    if config is not None:
        sites = [{"id": s.id, "name": s.name, "owner": s.owner or "", "url": s.url,
                  "jurisdiction": s.jurisdiction or "", "units": list(s.units)} for s in config.sites]
        units_known = any(s["units"] for s in sites)
        if not units_known:
            notes.append("站点配置未列出单位（units），各单位信息发布统计从略。")
    else:
        sites = [{"id": s["id"], "name": s["name"] or s["id"], "owner": s["owner"] or "", "url": s["url"],
                  "jurisdiction": "", "units": []} for s in known_sites(store)]
        units_known = False
        notes.append("未提供站点配置（--config），单位及其年度任务数未知：各单位信息发布统计从略，"
                     "问题按网站归属。")
    names = {s["id"]: s["name"] for s in sites}
    region = _region(sites)
    unit_paths = {s["id"]: _unit_paths(s["url"], s["units"]) for s in sites}

    def unit_of(site: str, url: str) -> Any | None:
        return _match_unit(url, unit_paths.get(site, []))

    # 信息发布情况
    units: list[UnitStat] = []
    site_totals: dict[str, tuple[int, int]] = {}
    for s in sites:
        items = items_shown_between(store, s["id"], year_start, last)
        month_items = [(u, d) for u, d in items if d >= first]
        site_totals[s["id"]] = (len(items), len(month_items))
        year_by: Counter[int] = Counter()
        month_by: Counter[int] = Counter()
        for url, d in items:
            u = unit_of(s["id"], url)
            if u is not None:
                year_by[id(u)] += 1
                if d >= first:
                    month_by[id(u)] += 1
        for u in s["units"]:
            units.append(UnitStat(site=s["id"], name=u.name, path=u.path, annual_quota=u.annual_quota,
                                  year_count=year_by[id(u)], month_count=month_by[id(u)]))
    units.sort(key=lambda u: (u.ratio is None, -(u.ratio or 0.0), -u.year_count, -u.month_count, u.name))
    ranked = [u for u in units if u.ratio is not None]
    bottom = [u.name for u in reversed(ranked[-BOTTOM:])] if len(ranked) > BOTTOM else \
        ([ranked[-1].name] if len(ranked) > 1 else [])

    # 互动交流
    letters = letters_between(store, None, first, last)
    site_ids = [s["id"] for s in sites]
    letters = [x for x in letters if x.site in names]
    letter_stats = []
    for sid in site_ids:
        mine = [x for x in letters if x.site == sid]
        letter_stats.append(LetterStat(site=sid, name=names[sid], received=len(mine),
                                       answered=sum(1 for x in mine if x.answered),
                                       overdue=sum(1 for x in mine if x.overdue(OVERDUE_WORKDAYS))))

    # findings
    all_findings = [f for f in store.findings(status="all") if f.site in names and f.status != "ignored"]
    found = sorted((f for f in all_findings if first <= f.first_seen <= last),
                   key=lambda f: (f.first_seen, site_ids.index(f.site), f.rule, f.id))

    def still_open(f: Any) -> bool:
        if f.first_seen > last:
            return False
        return f.rectified_at is None or f.rectified_at > last

    rect = sorted((f for f in all_findings if (first <= f.first_seen <= last) or still_open(f)),
                  key=lambda f: (f.first_seen, site_ids.index(f.site), f.rule, f.id))

    def where(f: Any) -> str:
        u = unit_of(f.site, f.url)
        return f"{names[f.site]}·{u.name}" if u is not None else names[f.site]

    def media_name(f: Any) -> str:
        if f.rule.startswith("newmedia.") and f.target:
            return f"{f.target}（政务新媒体）"
        return names[f.site]

    def owner_of(f: Any) -> str:
        u = unit_of(f.site, f.url)
        if u is not None:
            return str(u.name)
        return next((s["owner"] for s in sites if s["id"] == f.site), "") or ""

    mname = f"{mon}月"
    portal = names[site_ids[0]] if len(site_ids) == 1 else "各政府网站"
    sections: list[Section] = []

    # 一、信息发布情况
    total_year = sum(y for y, _m in site_totals.values())
    total_month = sum(m for _y, m in site_totals.values())
    para = (f"●信息发布情况。{year}年{mname}，{portal}本年度累计主动公开政府信息{total_year}条，"
            f"{mname}份新增公开{total_month}条。")
    if units_known:
        unit_month = sum(u.month_count for u in units)
        para += f"纳入统计的{len(units)}个单位{mname}份新增公开{unit_month}条。"
        if len(bottom) == BOTTOM:
            para += f"{_join(bottom)}居末五位。"
        elif bottom:
            para += f"{bottom[0]}完成比例居末位。"
    unit_headers: tuple[str, ...] = ("排名", "单位名称", "本年度任务数", "已发布总数", f"{mname}发布条数", "完成比例（%）")
    multi = len({u.site for u in units}) > 1
    if multi:
        unit_headers = (*unit_headers[:2], "所属网站", *unit_headers[2:])
    unit_rows: list[tuple[Cell, ...]] = []
    for i, u in enumerate(units, 1):
        row: tuple[Cell, ...] = (i, u.name, u.annual_quota, u.year_count, u.month_count, u.ratio)
        if multi:
            row = (*row[:2], names[u.site], *row[2:])
        unit_rows.append(row)
    pub_tables = []
    if units_known:
        pub_tables.append(Table("units", "政府信息公开平台各单位信息发布统计表", unit_headers, unit_rows))
    sections.append(Section("一、信息发布情况", [para], pub_tables))

    # 二、互动交流
    received = sum(x.received for x in letter_stats)
    answered = sum(x.answered for x in letter_stats)
    overdue = sum(x.overdue for x in letter_stats)
    para = f"●互动交流问题处理情况。{mname}份，{portal}留言板（信箱）共收到群众信件{received}件"
    if received:
        para += f"，其中已办结{answered}件，正在办理{received - answered}件"
        if overdue:
            para += f"；超过{OVERDUE_WORKDAYS}个工作日办结或仍未办结的信件{overdue}件，需督促整改。"
        else:
            para += "，所有信件均在规定时限内办理，未出现逾期办理情况。"
        rate = answered * 100 / received
        para += f"回复率{rate:.2f}%。"
    else:
        para += "。"
    letter_rows: list[tuple[Cell, ...]] = [
        (x.name, x.received, x.answered, x.open, x.overdue, x.reply_rate) for x in letter_stats]
    if len(letter_stats) > 1:
        letter_rows.append(("合计", received, answered, received - answered, overdue,
                            round(answered * 100 / received, 2) if received else None))
    overdue_rows: list[tuple[Cell, ...]] = [
        (i, names[x.site], x.title, _day(x.submitted, year), _day(x.replied, year) or "未回复",
         x.workdays_to_reply)
        for i, x in enumerate((x for x in letters if x.overdue(OVERDUE_WORKDAYS)), 1)]
    sections.append(Section("二、互动交流情况", [para], [
        Table("letters", f"{mname}份互动交流信件办理情况",
              ("网站名称", "收到信件（件）", "已办结（件）", "正在办理（件）",
               f"逾期（超过{OVERDUE_WORKDAYS}个工作日）", "回复率（%）"), letter_rows),
        Table("overdue_letters", "逾期办理信件", ("序号", "网站名称", "信件标题", "来信日期", "回复日期", "办理工作日"),
              overdue_rows, empty_text="无逾期办理信件"),
    ]))

    # 三、常态化监测
    by_rule: dict[str, list[Any]] = {}
    for f in found:
        by_rule.setdefault(f.rule, []).append(f)
    rule_rows: list[tuple[Cell, ...]] = []
    parts = []
    for rule, fs in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        summary = summaries.get(rule, rule)
        wheres = list(dict.fromkeys(where(f) for f in fs))
        rule_rows.append((summary, len(fs), _join(wheres)))
        named = f"（{_join(wheres)}）" if len(site_ids) > 1 or units_known else ""
        parts.append(f"{_short(summary)}{len(fs)}个{named}")
    para = f"●常态化监测情况。{mname}份常态化监测共发现问题{len(found)}个"
    vetoes = sum(1 for f in found if f.severity == "veto")
    if vetoes:
        para += f"（含单项否决问题{vetoes}个）"
    para += ("：" + "；".join(parts) + "。") if parts else "，未发现新问题。"
    monitoring_rows: list[tuple[Cell, ...]] = [
        (i, summaries.get(f.rule, f.rule), where(f), f.message, _day(f.first_seen, year), f.url)
        for i, f in enumerate(found, 1)]
    sections.append(Section("三、常态化监测情况", [para], [
        Table("monitoring_by_rule", "问题分类统计", ("问题类型", "数量（个）", "涉及网站/单位"), rule_rows,
              empty_text="未发现新问题"),
        Table("monitoring", f"{mname}份常态化监测问题清单",
              ("序号", "问题类型", "网站/单位", "问题描述", "发现日期", "网址"), monitoring_rows,
              empty_text="未发现新问题"),
    ]))

    # 四、问题整改情况
    rect_rows: list[tuple[Cell, ...]] = [
        (i, media_name(f), _problem(_short(summaries.get(f.rule, f.rule)), f.message), owner_of(f),
         _day(f.first_seen, year), _day(f.rectified_at, year))
        for i, f in enumerate(rect, 1)]
    fixed = sum(1 for f in rect if f.rectified_at is not None)
    para = (f"●问题整改情况。{mname}份发现及此前未整改的问题共{len(rect)}个，已整改{fixed}个，"
            f"未整改{len(rect) - fixed}个。各单位要针对本期通报指出的问题，举一反三，"
            f"在通报下发之日起{OVERDUE_WORKDAYS}个工作日内完成整改。") if rect else \
        "●问题整改情况。本期无需整改的问题。"
    sections.append(Section("四、问题整改情况", [para], [
        Table("rectification", f"{mname}政府网站与政务新媒体问题整改情况",
              ("序号", "网站/政务新媒体名称", "主要存在问题", "主办单位", "发现日期", "整改日期"), rect_rows),
    ]))

    notes.append("统计口径：信息发布数为巡检机器人在各网站列表中看到的带日期条目，按页面标注的发布日期计，"
                 "按网址路径归属单位；信件按来信日期计，逾期指超过5个工作日办结或仍未办结；"
                 "常态化监测问题按首次发现日期计，已忽略（误报）的问题不计。")
    title = f"{region}政府网站和政务新媒体{year}年{mon}月检查情况通报"
    return Bulletin(
        month=f"{year:04d}-{mon:02d}", year=year, mon=mon, title=title, region=region,
        issued=issued or datetime.now(ZoneInfo("Asia/Shanghai")).date(), sites=[{k: s[k] for k in ("id", "name", "owner", "url")} for s in sites],
        units=units, units_known=units_known, bottom=bottom, site_totals=site_totals, letters=letter_stats,
        sections=sections, notes=notes, generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
    )


# --- renderers ----------------------------------------------------------------------------------


def _write_atomic(out: Path, data: bytes) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out)  # a reader never sees half a file
    return out


def _issued_text(b: Bulletin) -> str:
    return f"{b.issued.year}年{b.issued.month}月{b.issued.day}日"


def to_html(b: Bulletin, out: Path | None = None) -> str:
    """The bulletin as one self-contained HTML page (inline CSS, no scripts); written to ``out`` if given."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    html = env.get_template("bulletin.html.j2").render(
        b=b, issued=_issued_text(b), cell_text=cell_text, version=__version__,
        numeric=lambda c: isinstance(c, int | float) and not isinstance(c, bool),
    )
    if out is not None:
        _write_atomic(Path(out), html.encode("utf-8"))
    return html


def _east_asian(run: Any, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT_LATIN
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:ascii"), FONT_LATIN)
    fonts.set(qn("w:hAnsi"), FONT_LATIN)
    fonts.set(qn("w:eastAsia"), font)  # what Word and WPS use for Chinese characters
    if size_pt is not None:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.font.bold = bold


def _style_fonts(style: Any, font: str, size_pt: float) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = FONT_LATIN
    style.font.size = Pt(size_pt)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)


def _borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def to_docx(b: Bulletin, out: Path | None = None) -> bytes:
    """The bulletin as a Word document (python-docx): 黑体 headings, 仿宋_GB2312 body, 宋体 tables,
    every run with its East Asian font set, tables with borders. Written to ``out`` if given."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    _style_fonts(doc.styles["Normal"], FONT_BODY, 16)
    core = doc.core_properties
    core.title, core.author = b.title, "zwgk-robot"

    def para(text: str, font: str = FONT_BODY, size: float = 16, *, bold: bool = False, center: bool = False,
             indent: bool = True, right: bool = False) -> Any:
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(28) if size >= 14 else None
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif indent:
            fmt.first_line_indent = Pt(size * 2)
        _east_asian(p.add_run(text), font, size, bold)
        return p

    para(b.title, FONT_HEADING, 22, center=True)
    para(_issued_text(b), FONT_BODY, 16, center=True)
    for s in b.sections:
        para(s.heading, FONT_HEADING, 16, indent=True)
        for text in s.paragraphs:
            para(text)
    para("附件：" + "；".join(f"{i}.{t.title}" for i, t in enumerate(b.tables, 1)), indent=True)
    for text in b.notes:
        para(text, FONT_BODY, 12)
    for i, t in enumerate(b.tables, 1):
        label = para(f"附件{i}", FONT_HEADING, 16, indent=False)
        label.paragraph_format.page_break_before = i == 1  # the tables start on a page of their own
        para(t.title, FONT_HEADING, 16, center=True)
        rows = t.text_rows() or [[t.empty_text] + [""] * (len(t.headers) - 1)]
        table = doc.add_table(rows=1 + len(rows), cols=len(t.headers))
        try:
            table.style = doc.styles["Table Grid"]
        except KeyError:
            pass
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _borders(table)
        for j, h in enumerate(t.headers):
            cell = table.cell(0, j)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _east_asian(p.add_run(h), FONT_HEADING, 10.5, True)
        for r, row in enumerate(rows, 1):
            for j, text in enumerate(row):
                cell = table.cell(r, j)
                p = cell.paragraphs[0]
                raw = t.rows[r - 1][j] if t.rows else None
                if isinstance(raw, int | float):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _east_asian(p.add_run(text), FONT_TABLE, 10.5)
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    if out is not None:
        _write_atomic(Path(out), data)
    return data


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def to_xlsx(b: Bulletin, out: Path | None = None) -> bytes:
    """The bulletin's tables as a workbook (openpyxl): one sheet per table, title row, header row,
    numbers as numbers, 宋体, borders, frozen header. Written to ``out`` if given."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    used: set[str] = set()
    for t in b.tables:
        name = _SHEET_BAD.sub("", t.title)[:31] or t.key
        while name in used:
            name = name[:28] + f"_{len(used)}"
        used.add(name)
        ws = wb.create_sheet(name)
        ws.cell(1, 1, f"{b.title} — {t.title}").font = Font(name=FONT_HEADING, size=14, bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(t.headers))
        for j, h in enumerate(t.headers, 1):
            c = ws.cell(2, j, h)
            c.font = Font(name=FONT_HEADING, size=11, bold=True)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = border
        for i, row in enumerate(t.rows, 3):
            for j, v in enumerate(row, 1):
                c = ws.cell(i, j, v)
                c.font = Font(name=FONT_TABLE, size=11)
                c.border = border
                c.alignment = Alignment(vertical="top", wrap_text=isinstance(v, str))
                if isinstance(v, float):
                    c.number_format = "0.00"
        if not t.rows:
            c = ws.cell(3, 1, t.empty_text)
            c.font = Font(name=FONT_TABLE, size=11)
        for j, h in enumerate(t.headers, 1):
            longest = max([len(h), *(len(cell_text(r[j - 1])) for r in t.rows)])
            ws.column_dimensions[get_column_letter(j)].width = min(60, max(8, longest * 2 + 2))
        ws.freeze_panes = "A3"
    if not b.tables:
        wb.create_sheet("通报")
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if out is not None:
        _write_atomic(Path(out), data)
    return data


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_md(b: Bulletin, out: Path | None = None) -> str:
    """The bulletin as Markdown (pipe tables); written to ``out`` if given."""
    lines = [f"# {b.title}", "", _issued_text(b), ""]
    n = 0
    for s in b.sections:
        lines += [f"## {s.heading}", ""]
        for p in s.paragraphs:
            lines += [p, ""]
        for t in s.tables:
            n += 1
            lines += [f"**附件{n}　{t.title}**", ""]
            lines.append("| " + " | ".join(_md_cell(h) for h in t.headers) + " |")
            lines.append("|" + "|".join("---:" if t.rows and isinstance(t.rows[0][j], int | float) else "---"
                                        for j in range(len(t.headers))) + "|")
            if not t.rows:
                lines.append("| " + " | ".join([_md_cell(t.empty_text)] + [""] * (len(t.headers) - 1)) + " |")
            for row in t.text_rows():
                lines.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
            lines.append("")
    if b.notes:
        lines += ["## 说明", ""] + [f"- {x}" for x in b.notes] + [""]
    text = "\n".join(lines)
    if out is not None:
        _write_atomic(Path(out), text.encode("utf-8"))
    return text


def render(b: Bulletin, fmt: str, out: Path) -> Path:
    """Write the bulletin in ``fmt`` (html, docx, xlsx, md) to ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    {"html": to_html, "docx": to_docx, "xlsx": to_xlsx, "md": to_md}[fmt](b, Path(out))
    return Path(out)

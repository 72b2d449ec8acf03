"""Generate the fifth content holdout: sites/, sites.yaml, truth.yaml and lexicons/ (deterministic).

    .venv/bin/python benchmarks/holdout_content5/generate.py

Three sites of an invented county (甘肃省岷川市石峪县), as-of 2026-03-11:

* ``shiyu``       石峪县人民政府 — a county portal whose lists are filled by JavaScript from JSON
                  (开普云-style ``data-src`` lists with a ``<noscript>`` fallback), two article templates;
* ``sy-scjg``     石峪县市场监督管理局 — a county department on a DedeCMS (织梦) install;
* ``yuping-zhen`` 石峪县榆坪镇人民政府 — a township whose article pages imitate WeChat articles.

Every planted problem, look-alike (decoy) and tolerated double report is declared next to the markup
that carries it, and truth.yaml is written from those declarations. Working days come from
``chinese_calendar``, ID check digits from GB 11643; the script asserts the facts it relies on.
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"
AS_OF = date(2026, 3, 11)
WEEK = "一二三四五六日"
FIXED_ZIP_TIME = (2026, 3, 1, 9, 0, 0)


# =============================================================================================
# Small helpers
# =============================================================================================


def d(s: str) -> date:
    return date.fromisoformat(s)


def cn_date(x: date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def cn_date0(x: date) -> str:
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


def workdays_after(a: date, b: date) -> int:
    """Working days in (a, b]."""
    n, x = 0, a
    while x < b:
        x += timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(body17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, W, strict=True)) % 11]


def make_id(region: str, born: str, seq: str) -> str:
    body = region + born + seq
    assert len(body) == 17, body
    return body + check_char(body)


def bad_check_id(region: str, born: str, seq: str) -> str:
    good = make_id(region, born, seq)
    alts = [c for c in "0123456789X" if c != good[-1]]
    return good[:-1] + alts[(int(seq) * 7) % len(alts)]


def valid_id(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return check_char(v[:17]) == v[17]


def mask_id(v: str) -> str:
    return v[:6] + "********" + v[-4:]


def mask_phone(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def paras(*ps: str, indent: bool = True) -> str:
    style = ' style="text-indent:2em"' if indent else ""
    return "\n".join(f"<p{style}>{p}</p>" for p in ps)


# =============================================================================================
# Truth bookkeeping
# =============================================================================================


@dataclass
class Truth:
    findings: list[dict[str, Any]] = field(default_factory=list)
    decoys: list[dict[str, Any]] = field(default_factory=list)
    tolerated: list[dict[str, Any]] = field(default_factory=list)
    raws: list[dict[str, str]] = field(default_factory=list)
    files: dict[str, dict[str, bytes]] = field(default_factory=dict)

    def plant(self, site: str, rule: str, url_path: str, target: str | None, why: str, *,
              accept: list[str] | None = None, aliases: list[str] | None = None, raw: str | None = None,
              raw_kind: str | None = None) -> None:
        e: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path, "target": target}
        if aliases:
            e["target_aliases"] = aliases
        if accept:
            e["accept"] = accept
        if rule == "text.typo":
            e["alt_rules"] = ["text.sensitive"]
        elif rule == "text.sensitive":
            e["alt_rules"] = ["text.typo"]
        e["why"] = why
        self.findings.append(e)
        if raw:
            self.raws.append({"kind": raw_kind or "", "value": raw})

    def decoy(self, site: str, kind: str, rules: list[str], url_path: str, target: str | None, why: str) -> None:
        e: dict[str, Any] = {"site": site, "kind": kind, "rules": rules, "url_path": url_path}
        if target is not None:
            e["target"] = target
        e["why"] = why
        self.decoys.append(e)

    def tolerate(self, site: str, rules: list[str], url_path: str, target: str | None, why: str) -> None:
        e: dict[str, Any] = {"site": site, "rules": rules, "url_path": url_path}
        if target is not None:
            e["target"] = target
        e["why"] = why
        self.tolerated.append(e)

    def write(self, site: str, path: str, data: str | bytes) -> None:
        """``path`` is the URL path; a path ending in / is written as index.html."""
        b = data.encode("utf-8") if isinstance(data, str) else data
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        self.files.setdefault(site, {})[rel] = b


T = Truth()
HIDDEN_PAGES: dict[str, set[str]] = {}


def spam(site: str, page: str, url: str, how: str) -> None:
    """A hidden spam link (暗链) and the double reports it may cause."""
    T.plant(site, "link.hidden", page, url, f"hidden spam link ({how})")
    T.tolerate(site, ["link.external_no_notice"], page, url,
               "the hidden spam link is also an outside link without notice: neither TP nor FP")
    HIDDEN_PAGES.setdefault(site, set()).add(page)


# =============================================================================================
# Files: xlsx, docx, csv, pdf, png (fixed timestamps so the output is byte-stable)
# =============================================================================================


def fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":   # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-02-01T09:00:00Z\g<2>", data)
            z.writestr(zi, data)
    return out.getvalue()


def xlsx(title: str, header: list[str], rows: list[list[Any]], sheet: str = "Sheet1") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for r in rows:
        ws.append([str(c) if c is not None else "" for c in r])
    for col, width in zip("ABCDEFGHIJ", [6, 10, 8, 22, 16, 18, 20, 14, 14, 14], strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "石峪县"
    wb.properties.created = datetime(2026, 2, 1, 9, 0, 0)
    wb.properties.modified = datetime(2026, 2, 1, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def docx(title: str, intro: str, header: list[str], rows: list[list[str]], tail: str) -> bytes:
    import docx as _docx

    doc = _docx.Document()
    doc.core_properties.author = "石峪县市场监督管理局"
    doc.core_properties.created = datetime(2026, 1, 26, 9, 0, 0)
    doc.core_properties.modified = datetime(2026, 1, 26, 9, 0, 0)
    doc.core_properties.last_modified_by = "scjg"
    doc.add_heading(title, level=1)
    doc.add_paragraph(intro)
    t = doc.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = c
    doc.add_paragraph(tail)
    b = io.BytesIO()
    doc.save(b)
    return fix_zip(b.getvalue())


def pdf(lines: list[list[tuple[str, str]]]) -> bytes:
    """A one-page PDF. Each line is a list of (font, text) runs: font 'zh' (STSong-Light, UCS-2
    hex strings) or 'en' (Helvetica, literal strings, ASCII only, so digits stay readable)."""
    ops = []
    y = 800
    for line in lines:
        ops.append(f"BT 1 0 0 1 40 {y} Tm")
        for font, text in line:
            if font == "zh":
                ops.append(f"/F1 10 Tf <{text.encode('utf-16-be').hex().upper()}> Tj")
            else:
                safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"/F2 10 Tf ({safe}) Tj")
        ops.append("ET")
        y -= 18
    content = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# =============================================================================================
# Feeds
# =============================================================================================

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc822(x: date, hm: str) -> str:
    return f"{DAYS[x.weekday()]}, {x.day:02d} {MONTHS[x.month - 1]} {x.year} {hm}:00 +0800"


def rss(title: str, link: str, desc: str, items: list[tuple[str, str, str]], last_build: date | None = None) -> str:
    """items: (date, hh:mm, title); written in the given order."""
    lb = f"\n    <lastBuildDate>{rfc822(last_build, '06:00')}</lastBuildDate>" if last_build else ""
    body = []
    for i, (ds, hm, t) in enumerate(items):
        body.append(f"""    <item>
      <title>{esc(t)}</title>
      <link>{link}#p{i + 1}</link>
      <guid isPermaLink="false">{link}#p{i + 1}</guid>
      <pubDate>{rfc822(d(ds), hm)}</pubDate>
      <description>{esc(t)}</description>
    </item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{esc(title)}</title>
    <link>{link}</link>
    <description>{esc(desc)}</description>
    <language>zh-cn</language>{lb}
{chr(10).join(body)}
  </channel>
</rss>
"""


def atom(title: str, feed_id: str, items: list[tuple[str, str, str]]) -> str:
    newest = max(items, key=lambda it: (it[0], it[1]))
    entries = []
    for i, (ds, hm, t) in enumerate(items):
        entries.append(f"""  <entry>
    <title>{esc(t)}</title>
    <id>{feed_id}:{ds}:{i}</id>
    <link href="{feed_id}/{ds.replace('-', '')}{i}"/>
    <updated>{ds}T{hm}:00+08:00</updated>
    <summary>{esc(t)}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{esc(title)}</title>
  <id>{feed_id}</id>
  <updated>{newest[0]}T{newest[1]}:00+08:00</updated>
{chr(10).join(entries)}
</feed>
"""


def feed_newest(items: list[tuple[str, str, str]]) -> date:
    return max(d(x[0]) for x in items)


# =============================================================================================
# Annual reports (国办公开办函〔2021〕30号 layout, and the superseded 2019 layout)
# =============================================================================================

SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
NP = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
      "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
NA = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
NT = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息"]
OT = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
RKEYS_2021 = ["open", "part"] + [f"np{i}" for i in range(1, 9)] + [f"na{i}" for i in range(1, 4)] + \
    [f"nt{i}" for i in range(1, 6)] + [f"ot{i}" for i in range(1, 4)]
RKEYS_2019 = ["open", "part"] + [f"np{i}" for i in range(1, 9)] + [f"na{i}" for i in range(1, 4)] + \
    [f"nt{i}" for i in range(1, 6)] + ["ot"]


def col(new: int = 0, carry_in: int = 0, carry_out: int = 0, **res: int) -> dict[str, Any]:
    return {"new": new, "carry_in": carry_in, "carry_out": carry_out, "res": res}


def t3_table(cols: list[dict[str, Any]], layout: str, cls: str) -> tuple[str, bool]:
    """Table 三; returns (html, consistent)."""
    keys = RKEYS_2021 if layout == "2021" else RKEYS_2019
    allc = cols + [{"new": sum(c["new"] for c in cols), "carry_in": sum(c["carry_in"] for c in cols),
                    "carry_out": sum(c["carry_out"] for c in cols),
                    "res": {k: sum(c["res"].get(k, 0) for c in cols) for k in keys}}]
    for c in allc:
        c["total"] = sum(c["res"].get(k, 0) for k in keys)
    ok = all(c["new"] + c["carry_in"] == c["total"] + c["carry_out"] for c in allc)

    def row(label: str, vals: list[int], pre: str = "") -> str:
        return f"<tr>{pre}<td class=\"lb\">{label}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"

    rows = []
    rows.append('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
                '<td colspan="7">申请人情况</td></tr>')
    rows.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in COLS[1:]) + "</tr>")
    rows.append('<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>' + "".join(f"<td>{c['new']}</td>" for c in allc) + "</tr>")
    rows.append('<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>' + "".join(f"<td>{c['carry_in']}</td>" for c in allc) + "</tr>")
    nrows = 2 + len(NP) + len(NA) + len(NT) + (len(OT) if layout == "2021" else 1) + 1
    first = True

    def res_row(label: str, key: str, span2: bool) -> str:
        nonlocal first
        lead = f'<td rowspan="{nrows}">三、本年度办理结果</td>' if first else ""
        first = False
        lab = f'<td colspan="2">{label}</td>' if span2 else f"<td>{label}</td>"
        vals = "".join(f"<td>{c['res'].get(key, 0) if key != 'total' else c['total']}</td>" for c in allc)
        return f"<tr>{lead}{lab}{vals}</tr>"

    def group(label: str, items: list[str], prefix: str) -> None:
        nonlocal first
        for i, it in enumerate(items, 1):
            lead = f'<td rowspan="{nrows}">三、本年度办理结果</td>' if first else ""
            first = False
            g = f'<td rowspan="{len(items)}">{label}</td>' if i == 1 else ""
            vals = "".join(f"<td>{c['res'].get(prefix + str(i), 0)}</td>" for c in allc)
            rows.append(f"<tr>{lead}{g}<td>{it}</td>{vals}</tr>")

    rows.append(res_row("（一）予以公开", "open", True))
    rows.append(res_row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "part", True))
    group("（三）不予公开", NP, "np")
    group("（四）无法提供", NA, "na")
    group("（五）不予处理", NT, "nt")
    if layout == "2021":
        group("（六）其他处理", OT, "ot")
    else:
        rows.append(res_row("（六）其他处理", "ot", True))
    rows.append(res_row("（七）总计", "total", True))
    rows.append('<tr><td colspan="3">四、结转下年度继续办理</td>' + "".join(f"<td>{c['carry_out']}</td>" for c in allc) + "</tr>")
    return f'<table class="{cls}" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>", ok


def t2_table(v: dict[str, Any], layout: str, cls: str) -> str:
    if layout == "2021":
        return f"""<table class="{cls}" border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>{v['gz'][0]}</td><td>{v['gz'][1]}</td><td>{v['gz'][2]}</td></tr>
<tr><td>行政规范性文件</td><td>{v['gf'][0]}</td><td>{v['gf'][1]}</td><td>{v['gf'][2]}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{v['xk']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{v['cf']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{v['qz']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{v['sf']}</td></tr>
</table>"""
    return f"""<table class="{cls}" border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>{v['gz'][0]}</td><td>{v['gz'][1]}</td><td>{v['gz'][2]}</td></tr>
<tr><td>规范性文件</td><td>{v['gf'][0]}</td><td>{v['gf'][1]}</td><td>{v['gf'][2]}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>{v['xk'][0]}</td><td>{v['xk'][1]}</td><td>{v['xk'][2]}</td></tr>
<tr><td>其他对外管理服务事项</td><td>{v['qt'][0]}</td><td>{v['qt'][1]}</td><td>{v['qt'][2]}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>{v['cf'][0]}</td><td>{v['cf'][1]}</td><td>{v['cf'][2]}</td></tr>
<tr><td>行政强制</td><td>{v['qz'][0]}</td><td>{v['qz'][1]}</td><td>{v['qz'][2]}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>{v['sf'][0]}</td><td colspan="2">{v['sf'][1]}</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>{v['cg'][0]}</td><td colspan="2">{v['cg'][1]}</td></tr>
</table>"""


def t4_table(v: list[tuple[int, int, int, int]], cls: str) -> str:
    head = "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
    cells = ""
    for a, b, c, e in v:
        cells += f"<td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{a + b + c + e}</td>"
    return f"""<table class="{cls}" border="1" cellspacing="0">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>{head}{head}{head}</tr>
<tr>{cells}</tr>
</table>"""


def strip_tags(s: str) -> str:
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", s)))


@dataclass
class Report:
    unit: str
    year: int
    summary: list[str]            # paragraphs of 一、总体情况
    t2: dict[str, Any]
    t3: list[dict[str, Any]]
    t4: list[tuple[int, int, int, int]]
    problems: list[str]
    other: list[str]
    layout: str = "2021"
    headings: list[str] | None = None   # the section headings actually printed (default: the six)
    lead: str = ""

    def body(self, style: str) -> tuple[str, dict[str, Any]]:
        hs = self.headings or SECTIONS
        tcls = {"kp": "nb-table", "dede": "tab_report", "wx": "wx-tab"}[style]

        def heading(h: str) -> str:
            if style == "kp":
                return f"<h3 class=\"nb-h\">{h}</h3>"
            if style == "dede":
                return f"<p style=\"text-indent:2em\"><strong>{h}</strong></p>"
            return f"<section><p><span style=\"font-weight:bold;color:#333\">{h}</span></p></section>"

        t3html, ok = t3_table(self.t3, self.layout, tcls)
        blocks = {
            "一": paras(*self.summary),
            "二": t2_table(self.t2, self.layout, tcls),
            "三": t3html,
            "四": t4_table(self.t4, tcls),
            "五": paras(*self.problems),
            "六": paras(*self.other),
        }
        out = [paras(self.lead)] if self.lead else []
        used_blocks = set()
        for h in hs:
            key = h[0]
            # a heading carries the block of the section it names (so a section can be left out)
            name_key = next((s[0] for s in SECTIONS if s[2:] == h[2:]), key)
            out.append(heading(h))
            out.append(blocks[name_key])
            used_blocks.add(name_key)
        facts = {"consistent": ok, "summary_chars": len(strip_tags("".join(self.summary))),
                 "sections_ok": hs == SECTIONS}
        return "\n".join(out), facts


def similarity(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, strip_tags(a), strip_tags(b), autojunk=False).ratio()


# =============================================================================================
# Site 1: shiyu — 石峪县人民政府 (开普云-style: lists filled from JSON, two article templates)
# =============================================================================================

S1 = "shiyu"
S1_NAME = "石峪县人民政府"
S1_COLS = {
    "1101": ("石峪要闻", "/xwzx/syyw/", "新闻中心"),
    "1102": ("部门动态", "/xwzx/bmdt/", "新闻中心"),
    "1201": ("通知公告", "/zwgk/tzgg/", "政务公开"),
    "1202": ("政策文件", "/zwgk/zcwj/", "政务公开"),
    "1203": ("政策解读", "/zwgk/zcjd/", "政务公开"),
    "1204": ("常务会议", "/zwgk/cwhy/", "政务公开"),
    "1205": ("公示公告", "/zwgk/gsgg/", "政务公开"),
    "1206": ("政府信息公开年报", "/zwgk/ndbg/", "政务公开"),
}

S1_CSS = """body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#b5121b}
.w1200{width:1200px;margin:0 auto;position:relative}
.skip{position:absolute;left:-999px;top:0;background:#b5121b;color:#fff;padding:4px 8px}.skip:focus{left:8px}
.kp-top{background:#f2f2f2;height:32px;line-height:32px;font-size:12px}.kp-top a{margin-left:12px}
.kp-header{height:120px;background:#b5121b}.logo{display:block;padding-top:28px;color:#fff}.logo-txt{font-size:36px;font-weight:bold;color:#fff}.logo-en{display:block;color:#f5d0d0;font-size:12px}
.kp-nav{background:#8e0e15}.kp-nav ul{list-style:none;margin:0 auto;padding:0;height:46px}.kp-nav li{float:left;position:relative}
.kp-nav li>a{display:block;padding:0 34px;line-height:46px;color:#fff;font-size:17px}
.kp-nav .sub{display:none;position:absolute;left:0;top:46px;background:#fff;border:1px solid #ddd;width:180px;z-index:9}
.kp-nav .sub a{display:block;padding:8px 14px;color:#333}.kp-nav li:hover .sub{display:block}
.kp-main{padding:16px 0}.kp-row{overflow:hidden;margin-bottom:16px}
.kp-box{float:left;width:580px;margin-right:20px}.kp-box-hd{border-bottom:2px solid #b5121b;overflow:hidden}.kp-box-hd h2{float:left;margin:0;font-size:18px;line-height:36px}.kp-box-hd .more{float:right;line-height:36px;font-size:12px;color:#999}
.kp-list{list-style:none;margin:0;padding:0}.kp-list li{line-height:34px;border-bottom:1px dashed #e5e5e5;overflow:hidden}.kp-list li .date{float:right;color:#999}
.kp-focus{float:left;width:580px;margin-right:20px;height:250px;background:#f6f6f6}.focus-item{padding:200px 16px 0}
.kp-bmfw a,.kp-gk a{display:inline-block;margin:6px 10px;padding:6px 12px;border:1px solid #e3e3e3}
.kp-yqlj{border-top:1px solid #e5e5e5;padding:10px 0;overflow:hidden}.yqlj{float:left;position:relative;margin-right:16px;width:200px;border:1px solid #ddd;line-height:30px;padding:0 8px}
.yqlj .drop{display:none;position:absolute;left:-1px;bottom:31px;width:216px;background:#fff;border:1px solid #ddd}.yqlj .drop a{display:block;padding:0 8px}.yqlj:hover .drop{display:block}
.yqlj-ext{display:none}
.kp-side{float:left;width:220px}.kp-side h3{background:#b5121b;color:#fff;margin:0;line-height:44px;padding-left:16px}.kp-side ul{list-style:none;margin:0;padding:0;border:1px solid #eee}.kp-side li a{display:block;line-height:40px;padding-left:16px;border-bottom:1px solid #eee}
.kp-content{float:right;width:940px}.kp-pos{font-size:12px;color:#666;line-height:36px;border-bottom:1px solid #eee}
.kp-article{padding:20px 40px}.kp-art-title{font-size:24px;text-align:center;color:#1a1a1a}.kp-art-info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}.kp-art-info span{margin:0 10px}
.kp-art-body{font-size:16px;line-height:2;padding:16px 0}.kp-art-body table{border-collapse:collapse}.kp-art-body td,.kp-art-body th{border:1px solid #999;padding:4px 8px}
.xxgk-meta{width:100%;border-collapse:collapse;background:#f9f9f9;font-size:13px}.xxgk-meta th,.xxgk-meta td{border:1px solid #e3e3e3;padding:6px 8px;text-align:left}
.nb-table{border-collapse:collapse;font-size:13px;margin:8px 0}.nb-table td{border:1px solid #666;padding:3px 6px;text-align:center}.nb-h{font-size:17px;margin:18px 0 6px}
.xl_main{width:1000px;margin:20px auto;border:1px solid #ddd;padding:20px 50px}.xl_bt{font-size:22px;font-weight:bold;text-align:center;line-height:40px}.xl_xx{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ccc;padding:6px 0}.xl_nr{font-size:16px;line-height:2}
.kp-footer{background:#8e0e15;color:#f0d6d6;font-size:13px;padding:16px 0;text-align:center}.kp-footer a{color:#fff}.kp-footer p{margin:6px 0}
.xmt-table{border-collapse:collapse;width:100%}.xmt-table td,.xmt-table th{border:1px solid #ddd;padding:8px}
"""

S1_LIST_JS = """/* 开普云 栏目列表：根据 data-src 读取栏目 JSON 并渲染 */
(function () {
  function pad(s) { return s.length > 10 ? s.substring(0, 10) : s; }
  var lists = document.querySelectorAll('ul.kp-list[data-src]');
  Array.prototype.forEach.call(lists, function (ul) {
    var rows = parseInt(ul.getAttribute('data-rows') || '50', 10);
    fetch(ul.getAttribute('data-src'), {credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var html = '';
        data.docs.slice(0, rows).forEach(function (doc) {
          html += '<li><a href="' + doc.url + '" title="' + doc.title + '">' + doc.title + '</a>' +
                  '<span class="date">' + pad(doc.pubDate) + '</span></li>';
        });
        ul.innerHTML = html;
        var pg = document.getElementById('kp-page');
        if (pg) { pg.innerHTML = '共 ' + data.total + ' 条记录'; }
      });
  });
})();
"""

S1_NOTICE_JS = """/* 外链提示：访问非政府网站前提示用户即将离开本站 */
document.addEventListener('click', function (e) {
  var a = e.target;
  while (a && a.tagName !== 'A') { a = a.parentNode; }
  if (!a || !a.href || a.protocol.indexOf('http') !== 0) { return; }
  var h = a.hostname;
  if (h === location.hostname || /(^|\\.)gov\\.cn$/.test(h)) { return; }
  if (!window.confirm('您访问的链接即将离开“石峪县人民政府”门户网站，是否继续？')) { e.preventDefault(); }
}, true);
"""

S1_TJ_JS = """/* 网站访问统计 */
(function () {
  var _kpq = window._kpq || [];
  _kpq.push(['site', '6211990012']);
  window._kpq = _kpq;
  var box = document.createElement('div');
  box.innerHTML = '<a href="http://www.ag-yl365.com/" target="_blank">AG真人娱乐平台</a>';
  box.style.visibility = 'hidden';
  box.style.position = 'absolute';
  box.style.top = '0';
  document.body.appendChild(box);
})();
"""


@dataclass
class Doc:
    id: str
    col: str
    title: str
    pub: date
    hm: str
    body: str
    source: str = "石峪县人民政府办公室"
    template: str = ""          # "new" / "old"; default by date
    meta: dict[str, str] | None = None   # 信息公开 metadata (policy documents)
    notes: str = ""

    @property
    def url(self) -> str:
        return f"{S1_COLS[self.col][1]}content_{self.id}.html"

    @property
    def tpl(self) -> str:
        return self.template or ("new" if self.pub >= date(2026, 2, 1) else "old")


def s1_head(title: str, column: str = "", pub: str = "") -> str:
    extra = ""
    if column:
        extra += f'\n<meta name="ColumnName" content="{column}">'
    if pub:
        extra += f'\n<meta name="PubDate" content="{pub}">'
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="石峪县人民政府">
<meta name="SiteDomain" content="www.shiyu.gov.cn">
<meta name="SiteIDCode" content="6211990012">{extra}
<title>{esc(title)}</title>
<link rel="stylesheet" href="/kpstatic/css/main.css">
</head>
"""


def s1_nav(date_line: str = "") -> str:
    subs = "".join(f'<a href="{S1_COLS[c][1]}">{S1_COLS[c][0]}</a>' for c in ["1201", "1202", "1203", "1204", "1205", "1206"])
    return f"""<div class="kp-top"><div class="w1200">{date_line}<a href="/">首页</a><a href="/wzdt.html">网站地图</a><a href="/hdjl/zwxmt/">政务新媒体</a></div></div>
<div class="kp-header"><div class="w1200"><a class="logo" href="/"><span class="logo-txt">石峪县人民政府</span><span class="logo-en">www.shiyu.gov.cn</span></a></div></div>
<div class="kp-nav"><ul class="w1200">
<li><a href="/">首页</a></li>
<li><a href="/xwzx/syyw/">石峪要闻</a></li>
<li><a href="/xwzx/bmdt/">部门动态</a></li>
<li class="has-sub"><a href="/zwgk/tzgg/">政务公开</a><div class="sub">{subs}</div></li>
<li><a href="/hdjl/zwxmt/">政务新媒体</a></li>
</ul></div>
"""


S1_FOOT = """<div class="kp-footer"><div class="w1200">
<p><a href="/wzdt.html">网站地图</a>　|　<a href="/hdjl/zwxmt/">政务新媒体矩阵</a></p>
<p>主办：石峪县人民政府办公室　承办：石峪县融媒体中心</p>
<p>地址：甘肃省岷川市石峪县府前街1号　邮编：748400　电话：0932-6212301</p>
<p>网站标识码6211990012　<a href="https://beian.miit.gov.cn/">陇ICP备2023001234号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=62112502000123">甘公网安备 62112502000123号</a></p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6211990012" title="我为政府网站找错"><img src="/kpstatic/img/jiucuo.png" alt="我为政府网站找错" width="110" height="55"></a></p>
</div></div>
"""


def s1_meta_table(doc: Doc) -> str:
    m = doc.meta or {}
    return f"""<table class="xxgk-meta">
<tr><th>索引号：</th><td>{m.get('index', '')}</td><th>主题分类：</th><td>{m.get('topic', '')}</td></tr>
<tr><th>发布机构：</th><td>{m.get('org', '石峪县人民政府')}</td><th>成文日期：</th><td>{m.get('written', '')}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{esc(doc.title)}</td></tr>
<tr><th>文　　号：</th><td>{m.get('no', '')}</td><th>发布日期：</th><td>{cn_date0(doc.pub)}</td></tr>
</table>
"""


def s1_article(doc: Doc) -> str:
    cname = S1_COLS[doc.col][0]
    head = s1_head(f"{doc.title}_{cname}_石峪县人民政府", cname, f"{doc.pub.isoformat()} {doc.hm}")
    meta = s1_meta_table(doc) if doc.meta else ""
    if doc.tpl == "new":
        main = f"""<div class="w1200 kp-main">
<div class="kp-pos">当前位置：<a href="/">首页</a> &gt; <a href="{S1_COLS[doc.col][1]}">{cname}</a></div>
<div class="kp-article">
{meta}<h1 class="kp-art-title">{esc(doc.title)}</h1>
<div class="kp-art-info"><span>时间：{doc.pub.isoformat()} {doc.hm}</span><span>来源：{doc.source}</span><span>字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
<div class="kp-art-body" id="zoom">
{doc.body}
</div>
<div class="kp-art-ft"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
"""
        scripts = '<script src="/kpstatic/js/wlts.js"></script>\n'
    else:
        main = f"""<div class="xl_main">
<div class="kp-pos">您的位置：<a href="/">首页</a> &gt;&gt; <a href="{S1_COLS[doc.col][1]}">{cname}</a></div>
{meta}<div class="xl_bt">{esc(doc.title)}</div>
<div class="xl_xx">发布日期：{doc.pub.isoformat()}　　来源：{doc.source}　　浏览次数：<span id="hits">{(int(doc.id) * 37) % 2000 + 300}</span></div>
<div class="xl_nr">
{doc.body}
</div>
</div>
"""
        scripts = ""
    return f"{head}<body>\n{s1_nav()}{main}{S1_FOOT}{scripts}</body>\n</html>\n"


def s1_column(code: str, docs: list[Doc]) -> str:
    name, path, group = S1_COLS[code]
    side = "".join(f'<li><a href="{p}">{n}</a></li>' for c, (n, p, g) in S1_COLS.items() if g == group)
    fallback = "\n".join(f'<li><a href="{x.url}">{esc(x.title)}</a><span class="date">{x.pub.isoformat()}</span></li>' for x in docs)
    return f"""{s1_head(f"{name}_石峪县人民政府", name)}<body>
{s1_nav()}<div class="w1200 kp-main">
<div class="kp-side"><h3>{group}</h3><ul>{side}</ul></div>
<div class="kp-content">
<div class="kp-pos">当前位置：<a href="/">首页</a> &gt; {group} &gt; {name}</div>
<ul class="kp-list kp-list-lg" data-src="/kpapi/channel/{code}.json" data-rows="30"></ul>
<noscript><ul class="kp-list">
{fallback}
</ul></noscript>
<div class="kp-page" id="kp-page"></div>
</div>
</div>
{S1_FOOT}<script src="/kpstatic/js/kplist.js"></script>
<script src="/kpstatic/js/wlts.js"></script>
</body>
</html>
"""


def s1_json(code: str, docs: list[Doc]) -> str:
    return json.dumps({"channelId": code, "channelName": S1_COLS[code][0], "total": len(docs), "pageSize": 30,
                       "docs": [{"docId": int(x.id), "title": x.title, "url": x.url,
                                 "pubDate": f"{x.pub.isoformat()} {x.hm}:00", "source": x.source} for x in docs]},
                      ensure_ascii=False, indent=1)


def build_shiyu() -> None:
    S = S1
    docs: list[Doc] = []

    def add(*a: Any, **k: Any) -> Doc:
        x = Doc(*a, **k)
        docs.append(x)
        return x

    # ---------------------------------------------------------------- 石峪要闻
    n1 = add("30521", "1101", "石峪县召开2026年春耕生产工作推进会", d("2026-03-10"), "16:20", paras(
        "3月9日上午，石峪县召开2026年春耕生产工作推进会，总结2025年农业农村工作，安排部署当前春耕备耕各项任务。县委副书记、县长马仲谦出席会议并讲话。",
        "会议指出，去年全县粮食播种面积稳定在48.6万亩，马铃薯、中药材、花椒三大特色产业综合产值突破21亿元，农村居民人均可支配收入增长7.8%。",
        "会议要求，各乡镇要抓紧落实种子、化肥、农膜等农资储备，组织农技人员深入田间地头开展技术指导；要加强农田水利设施检修，确保春灌用水；要做好倒春寒、春旱等灾害性天气应对准备，全力以赴夺取全年农业丰收。"),
        source="石峪县融媒体中心")
    T.decoy(S, "meeting reported the day after it was held", ["meeting.late"], n1.url, None,
            "held 3月9日, published 2026-03-10: 1 day")
    T.decoy(S, "the county head's name spelt correctly", ["text.typo", "text.sensitive"], n1.url, "马仲谦",
            "马仲谦 is the right name; the site lexicon lists a misspelling of it")
    n2 = add("30518", "1101", "全县冬春农田水利基本建设进展顺利", d("2026-03-04"), "10:05", paras(
        "入冬以来，石峪县坚持把冬春农田水利基本建设作为夯实农业基础的重要抓手，统筹整合高标准农田建设、水土保持等项目资金，集中力量推进渠系配套、小型蓄水工程和田间道路建设。",
        "截止目前，全县已完成高标准农田建设2.3万亩，新修和维修渠道86公里，新建集雨水窖420眼，完成投资1.12亿元。",
        "下一步，县水务局将加强工程质量监管，督促施工单位倒排工期，确保各项工程在春灌前全部投入使用。"),
        source="石峪县水务局")
    T.plant(S, "text.typo", n2.url, "截止目前", "截止目前 for 截至目前 (default lexicon word)")
    n3 = add("30515", "1101", "县委组织部印发2026年度干部教育培训计划", d("2026-02-27"), "17:30", paras(
        "近日，县委组织部印发《石峪县2026年度干部教育培训计划》，对全年干部教育培训工作作出安排。",
        "计划明确，全年将举办主体班次12期，其中，3月举办乡镇党委书记履职能力提升班，5月举办乡村振兴专题培训班，7月举办年轻干部暑期读书班，10月举办政务公开和数字政府建设专题培训班。",
        "计划要求，各乡镇、各部门要严格落实参训要求，把学习成效转化为推动工作的实际行动。"),
        source="县委组织部")
    T.decoy(S, "correct phrase containing a lexicon wrong word (干部暑期 ⊃ 部暑)", ["text.typo", "text.sensitive"], n3.url, "部暑",
            "年轻干部暑期读书班: 部暑 is only a substring of 干部+暑期")
    n4 = add("30512", "1101", "我县组织企业参加“一带一路”农产品出口对接会", d("2026-02-25"), "11:40", paras(
        "2月24日，我县组织12家农产品加工企业参加在兰州举办的“一带一路”农产品出口对接会。",
        "近年来，石峪县积极响应共建“一带一路”倡议，依托马铃薯淀粉、中药材饮片等特色产品，不断拓展中亚、西亚市场。对接会上，我县企业与哈萨克斯坦、乌兹别克斯坦等国客商达成合作意向6项，意向金额3800万元。"),
        source="县商务局")
    T.decoy(S, "the correct expression 共建“一带一路”倡议", ["text.typo", "text.sensitive"], n4.url, "一带一路",
            "倡议, not 战略: correct usage")
    add("30509", "1101", "县领导春节前走访慰问困难群众和老党员", d("2026-02-12"), "09:15", paras(
        "春节将至，县委、县政府主要领导分别带队深入乡镇村社，走访慰问困难群众、老党员和困难职工，为他们送去米、面、油等慰问品和慰问金。",
        "每到一户，县领导都仔细询问群众的生产生活情况，叮嘱乡村干部要把困难群众的冷暖放在心上，确保他们过一个欢乐祥和的春节。",
        "据统计，今年春节期间全县共发放慰问金186万元，慰问困难群众2460户。"), source="石峪县融媒体中心")
    n6 = add("30506", "1101", "我县入选省级农产品质量安全县", d("2026-01-15"), "15:00", paras(
        "近日，省农业农村厅公布第三批省级农产品质量安全县名单，石峪县榜上有名。",
        "近年来，我县建立了县、乡、村三级农产品质量安全监管网络，在全县18个乡镇设立农产品快速检测室，全年完成农产品定量检测1.6万批次，合格率保持在99%以上。")
        + '\n<p style="text-indent:2em">本文转自“石峪发布”微信公众号，<a href="https://mp.weixin.qq.com/s/Kd8VxQm2LrT5nYp3Wc7eZA" target="_blank">点击查看原文</a>。</p>',
        source="石峪县融媒体中心")
    T.plant(S, "link.external_no_notice", n6.url, "https://mp.weixin.qq.com/s/Kd8VxQm2LrT5nYp3Wc7eZA",
            "old article template (no leave-site script): link to a WeChat article, no notice")
    n7 = add("30503", "1101", "石峪县2025年十件民生实事全面完成", d("2025-12-29"), "16:45", paras(
        "2025年，石峪县确定的十件民生实事全部完成，累计投入资金5.8亿元。",
        "其中，新建和改扩建幼儿园6所，新增学位1200个；完成农村户厕改造3100座；改造城镇老旧小区14个，惠及居民2860户；为全县65周岁以上老年人免费开展健康体检4.2万人次。")
        + '\n<p style="text-indent:2em">下一步，县政府将广泛征集2026年民生实事项目，让发展成果更多更公平惠及全县人民。<span style="font-size:0;line-height:0"><a href="https://www.tyzb-8899.com/">体育投注网</a></span></p>',
        source="县政府办公室")
    spam(S, n7.url, "https://www.tyzb-8899.com/", "font-size:0 span inside the last paragraph")

    # ---------------------------------------------------------------- 部门动态
    add("30731", "1102", "县自然资源局开展耕地保护专项巡查", d("2026-03-09"), "11:10", paras(
        "为严格落实耕地保护责任，3月上旬，石峪县自然资源局组织执法人员对全县18个乡镇开展耕地保护专项巡查。",
        "巡查重点检查违法占用耕地建房、挖沙取土以及永久基本农田“非农化”等问题，对发现的问题线索建立台账，限期整改到位。"),
        source="县自然资源局")
    b2 = add("30728", "1102", "县教育局发布2026年特岗教师招聘报名提示", d("2026-03-05"), "15:25", paras(
        "根据省教育厅统一安排，2026年农村义务教育阶段学校教师特设岗位计划招聘工作即将启动，我县计划招聘特岗教师45名。",
        '报名采取网上报名方式，报名截止时间以省教育厅公告为准。报考人员须按要求完成学历信息核验，可登录<a href="https://www.chsi.com.cn/" target="_blank">中国高等教育学生信息网（学信网）</a>查询本人学历信息。',
        "咨询电话：0932-6213607（县教育局人事股）。"), source="县教育局")
    T.decoy(S, "outside link with a leave-site notice (site-wide click script)", ["link.external_no_notice"], b2.url,
            "https://www.chsi.com.cn/", "wlts.js asks for confirmation before leaving the site")
    T.decoy(S, "correct use of 截止 (截止时间)", ["text.typo", "text.sensitive"], b2.url, "截止",
            "报名截止时间 is correct; only 截止目前 is wrong")
    T.decoy(S, "office landline", ["privacy.phone"], b2.url, "0932-6213607", "a unit's landline")
    b3 = add("30725", "1102", "县发改局召开重点项目前期工作协调会", d("2026-02-26"), "16:00", paras(
        "2月25日，县发改局召开2026年重点项目前期工作协调会，梳理全年计划实施的重点项目前期手续办理进展。",
        "会上，县发改局会同石峪县环境保护局、县自然资源局、县住建局等部门，逐个项目研究用地预审、环境影响评价、规划许可等要件办理中的堵点问题，明确责任单位和完成时限。",
        "今年全县计划实施重点项目86个，总投资142亿元。"), source="县发改局")
    T.plant(S, "text.typo", b3.url, "石峪县环境保护局", "outdated unit name (site lexicon: now 岷川市生态环境局石峪分局)")
    T.decoy(S, "meeting reported the day after it was held", ["meeting.late"], b3.url, None, "held 2月25日, published 2026-02-26")
    b4 = add("30722", "1102", "县人社局发布2026年春风行动线上招聘信息", d("2026-01-21"), "10:30", paras(
        "为帮助返乡农民工和高校毕业生实现就业，县人社局联合岷川市人才服务中心开展2026年“春风行动”线上招聘活动，共征集县内外企业岗位1360个。",
        '求职者可通过石峪县公共就业服务平台报名，也可登录<a href="https://www.zhaopin.com/" target="_blank">智联招聘</a>搜索“石峪县春风行动”查看岗位详情。'),
        source="县人社局")
    T.plant(S, "link.external_no_notice", b4.url, "https://www.zhaopin.com/", "old template: commercial job site, no notice")
    b5 = add("30719", "1102", "县卫健委开展冬春季传染病防控督导", d("2026-01-09"), "17:05", paras(
        "近日，县卫健委组成3个督导组，对全县各医疗卫生机构冬春季传染病防控工作开展督导检查。",
        "督导组重点检查了预检分诊、发热门诊规范运行、疫苗接种和医疗废物处置等工作，对发现的问题现场反馈、限期整改。")
        + '\n<div style="background:#ffffff;color:#ffffff;font-size:12px"><a href="http://www.dkfp-gs.cn/" style="color:#ffffff">代开发票</a></div>',
        source="县卫健委")
    spam(S, b5.url, "http://www.dkfp-gs.cn/", "white link on a white block")

    # ---------------------------------------------------------------- 通知公告
    t1 = add("30941", "1201", "石峪县人民政府关于2026年春季森林草原防火期的通告", d("2026-03-09"), "09:00", paras(
        "为切实做好春季森林草原防火工作，保护森林草原资源和人民群众生命财产安全，根据《中华人名共和国森林法》《森林防火条例》《草原防火条例》等法律法规规定，现就有关事项通告如下：",
        "一、2026年3月15日至6月15日为全县春季森林草原防火期，其中3月20日至5月20日为高火险期。",
        "二、防火期内，林区、草原严禁烧荒、烧地埂、烧秸秆、上坟烧纸、燃放烟花爆竹等一切野外用火行为。",
        "三、违反本通告规定的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。",
        "森林草原火情报警电话：12119　　县应急管理局值班电话：0932-6212119",
        "石峪县人民政府<br>2026年3月9日"), source="县应急管理局")
    T.plant(S, "text.sensitive", t1.url, "中华人名共和国", "misspelt country name in a law title (default lexicon)")
    T.decoy(S, "fire hotline and duty landline", ["privacy.phone"], t1.url, "0932-6212119", "12119 and a landline")
    t2 = add("30938", "1201", "关于做好2026年度城乡居民基本医疗保险集中缴费工作的通知", d("2026-02-26"), "10:20", paras(
        "各乡镇人民政府，县直有关部门：",
        "2026年度城乡居民基本医疗保险集中缴费工作已经启动，个人缴费标准为每人每年400元。",
        "集中缴费截止日期为2026年6月30日，参保群众可通过“甘肃税务”微信公众号、银行网点或村（社区）代收点缴费。",
        "政策咨询请拨打县医保局服务电话0932-6219900，或拨打政务服务便民热线12345。"), source="县医疗保障局")
    T.decoy(S, "correct use of 截止 (缴费截止日期)", ["text.typo", "text.sensitive"], t2.url, "截止", "截止日期 is correct")
    T.decoy(S, "service landline and the 12345 hotline", ["privacy.phone"], t2.url, "0932-6219900", "not personal mobiles")
    t3 = add("30935", "1201", "关于公开征求《石峪县城区停车管理办法（征求意见稿）》意见的公告", d("2026-02-05"), "16:40", paras(
        "为规范城区停车秩序，县住建局起草了《石峪县城区停车管理办法（征求意见稿）》，现向社会公开征求意见。",
        "征求意见时间为2026年2月5日至3月6日。社会公众可通过以下方式提出意见建议：",
        '（一）电子邮件：发送至<a href="mailto:syxzjj@163.com">syxzjj@163.com</a>；',
        "（二）信函：寄至石峪县府前街12号县住建局城建股，邮编748400；",
        "（三）电话：0932-6216032，传真：0932-6216031。"), source="县住建局")
    T.decoy(S, "landline, fax and postcode", ["privacy.phone"], t3.url, "0932-6216032", "unit landline and fax")
    T.decoy(S, "mailto link", ["link.external_no_notice"], t3.url, "mailto:syxzjj@163.com", "an e-mail address is not a site")
    add("30932", "1201", "石峪县2026年元旦春节期间安全生产工作提示", d("2026-01-12"), "11:00", paras(
        "元旦、春节期间，人员流动频繁，生产经营活动集中，安全风险隐患增多。根据国务院办工厅有关通知精神和省、市安全生产工作部署，为确保全县安全生产形势持续稳定，现提示如下：",
        "一是各生产经营单位要严格落实安全生产主体责任，节前开展一次全面自查自纠；二是加强道路交通、消防、燃气等重点行业领域安全监管；三是严格执行领导带班和24小时值班制度，确保信息畅通。"),
        source="县安委会办公室")
    T.plant(S, "text.typo", "/zwgk/tzgg/content_30932.html", "国务院办工厅", "misspelt 国务院办公厅 (default lexicon)")

    # ---------------------------------------------------------------- 政策文件 / 政策解读
    idx = "11621125013920412X"

    def policy(pid: str, title: str, pub: str, written: str, no: str, topic: str, body: str) -> Doc:
        return add(pid, "1202", title, d(pub), "15:30", body, meta={
            "index": f"{idx}/2026-{int(pid) % 1000:05d}" if pub >= "2026" else f"{idx}/2025-{int(pid) % 1000:05d}",
            "topic": topic, "written": cn_date0(d(written)), "no": no})

    def interp(jid: str, title: str, pub: str, body: str, org: str) -> Doc:
        return add(jid, "1203", title, d(pub), "17:00", body, source=org)

    def link_to(x: Doc, label: str) -> str:
        return f'<p class="xgwj">{label}<a href="{x.url}">{esc(x.title)}</a></p>'

    def articles(*items: str) -> str:
        return paras(*items)

    # D1 / J1: published together, linked both ways
    d1 = policy("31201", "石峪县城乡居民临时救助实施办法", "2026-01-09", "2026-01-06", "石政发〔2026〕1号", "民政、扶贫、救灾", articles(
        "第一条　为进一步完善社会救助体系，切实保障困难群众基本生活，根据《社会救助暂行办法》《甘肃省临时救助办法》等规定，结合我县实际，制定本办法。",
        "第二条　本办法所称临时救助，是指对遭遇突发性、紧迫性、临时性生活困难的家庭或个人给予的应急性、过渡性救助。",
        "第三条　临时救助实行县级人民政府负责制。县民政局统筹做好全县临时救助工作，乡镇人民政府负责受理、审核等工作，村（居）民委员会协助做好相关工作。",
        "第四条　临时救助分为急难型救助和支出型救助。急难型救助实行“小金额先行救助”，支出型救助一般按照申请、审核、审批程序办理。",
        "第二十条　本办法自2026年2月1日起施行，有效期5年。"))
    j1 = interp("31301", "《石峪县城乡居民临时救助实施办法》政策解读", "2026-01-09", articles(
        "一、出台背景。为进一步发挥临时救助兜底作用，县民政局在深入调研的基础上起草了《石峪县城乡居民临时救助实施办法》。",
        "二、主要内容。《办法》共五章二十条，明确了救助对象、救助标准、申请审批程序和监督管理要求。急难型救助对象可由乡镇先行救助，事后补齐手续。",
        "三、施行时间。《办法》自2026年2月1日起施行。",
        "解读机关：石峪县民政局　　联系电话：0932-6214420"), "县民政局")
    d1.body += link_to(j1, "相关解读：")
    j1.body += link_to(d1, "原文链接：")
    # D2 / J2: interpretation 4 working days later (13, 14 (调休 Saturday), 24, 25 February), linked both ways
    d2 = policy("31202", "石峪县农村集体经营性建设用地入市管理办法（试行）", "2026-02-12", "2026-02-10", "石政发〔2026〕4号", "国土资源、能源", articles(
        "第一条　为规范农村集体经营性建设用地入市行为，保障农民集体和农民的合法权益，根据《中华人民共和国土地管理法》及其实施条例，结合本县实际，制定本办法。",
        "第二条　本办法所称农村集体经营性建设用地，是指国土空间规划确定为工业、商业等经营性用途，并经依法登记的集体建设用地。",
        "第三条　农村集体经营性建设用地入市，应当坚持依法、自愿、有偿原则，应当经本集体经济组织成员的村民会议三分之二以上成员或者三分之二以上村民代表同意。",
        "第二十六条　本办法自印发之日起施行，试行期2年。"))
    j2 = interp("31302", "关于《石峪县农村集体经营性建设用地入市管理办法（试行）》的解读", "2026-02-25", articles(
        "一、制定依据。新修订的《中华人民共和国土地管理法》明确了集体经营性建设用地入市的法律地位，为规范我县入市工作，县自然资源局起草了本办法。",
        "二、主要内容。办法对入市主体、入市范围、入市方式、收益分配等作出了规定，明确入市收益在集体经济组织成员之间公平分配。",
        "三、适用范围。本办法适用于本县行政区域内农村集体经营性建设用地的出让、出租、作价出资（入股）等行为。",
        "解读机关：石峪县自然资源局　　联系电话：0932-6218035"), "县自然资源局")
    d2.body += link_to(j2, "相关解读：")
    j2.body += link_to(d2, "原文链接：")
    assert workdays_after(d2.pub, j2.pub) == 4
    T.plant(S, "interpretation.late", d2.url, None,
            "interpretation 13 calendar days / 4 working days after the document (across the Spring Festival, the 调休 Saturday counts)",
            accept=[j2.url])
    # D3 / J3: 11 calendar days but 2 working days (14 Feb 调休, 24 Feb) — not late
    d3 = policy("31203", "石峪县城区既有住宅加装电梯实施办法", "2026-02-13", "2026-02-11", "石政发〔2026〕5号", "城乡建设、环境保护", articles(
        "第一条　为适应人口老龄化需要，方便居民生活，规范城区既有住宅加装电梯工作，结合本县实际，制定本办法。",
        "第二条　本办法适用于本县城区范围内已建成投入使用、具有合法权属证明、未设电梯的四层及以上住宅。",
        "第三条　加装电梯应当遵循“业主自愿、充分协商、保障安全、依法合规”的原则。",
        "第十八条　本办法自2026年3月1日起施行。"))
    j3 = interp("31303", "《石峪县城区既有住宅加装电梯实施办法》解读", "2026-02-24", articles(
        "一、为什么要出台《办法》？我县城区现有未设电梯的四层及以上住宅约1.1万套，居民特别是老年人加装电梯的愿望十分迫切。",
        "二、加装电梯需要哪些条件？应当经本单元专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并经参与表决的业主双过四分之三同意。",
        "三、有哪些支持政策？对符合条件的加装电梯项目，县财政按每台15万元给予补助。",
        "解读机关：石峪县住房和城乡建设局　　联系电话：0932-6216032"), "县住建局")
    d3.body += link_to(j3, "相关解读：")
    j3.body += link_to(d3, "原文链接：")
    assert workdays_after(d3.pub, j3.pub) == 2 and (j3.pub - d3.pub).days == 11
    T.decoy(S, "interpretation 11 calendar days but 2 working days later (Spring Festival)", ["interpretation.late"], d3.url, None,
            "13 Feb → 24 Feb: 14 Feb (调休) and 24 Feb are the only working days")
    T.decoy(S, "interpretation 11 calendar days but 2 working days later (Spring Festival)", ["interpretation.late"], j3.url, None,
            "the interpretation page of the same pair")
    # D4 / J4: 7 working days later, linked both ways
    d4 = policy("31204", "石峪县促进民营经济高质量发展若干措施", "2025-12-03", "2025-11-28", "石政发〔2025〕21号", "工业、交通", articles(
        "为深入贯彻落实党中央、国务院关于促进民营经济发展壮大的决策部署，持续优化民营经济发展环境，结合我县实际，制定以下措施。",
        "一、持续优化营商环境。全面落实市场准入负面清单制度，不得额外对民营企业设置准入条件。",
        "二、加大金融支持力度。县财政安排2000万元设立民营企业应急转贷资金，为企业提供低成本转贷服务。",
        "三、强化要素保障。对民营企业新建工业项目，优先保障用地、用能指标。",
        "本措施自印发之日起施行，有效期3年。"))
    j4 = interp("31304", "图文解读：《石峪县促进民营经济高质量发展若干措施》", "2025-12-12", articles(
        "一、出台背景。民营经济是推动我县高质量发展的重要力量，为进一步激发民营经济活力，县发改局会同有关部门研究制定了《若干措施》。",
        "二、主要内容。《若干措施》从营商环境、金融支持、要素保障、权益保护等4个方面提出18条具体措施。",
        "三、政策亮点。设立2000万元应急转贷资金，企业转贷费率不高于年化3%。",
        "解读机关：石峪县发展和改革局　　联系电话：0932-6211086"), "县发改局")
    d4.body += link_to(j4, "相关解读：")
    j4.body += link_to(d4, "原文链接：")
    assert workdays_after(d4.pub, j4.pub) == 7
    T.plant(S, "interpretation.late", d4.url, None, "interpretation 7 working days after the document", accept=[j4.url])
    # D5: no interpretation anywhere
    d5 = policy("31205", "石峪县全民健身设施建设三年行动方案（2026—2028年）", "2026-01-20", "2026-01-16", "石政办发〔2026〕3号", "文化、广电、新闻出版", articles(
        "为深入实施全民健身国家战略，加快补齐全民健身设施短板，构建更高水平的全民健身公共服务体系，制定本方案。",
        "一、工作目标。到2028年底，全县人均体育场地面积达到3.0平方米，城区实现“15分钟健身圈”全覆盖，行政村健身设施覆盖率保持100%。",
        "二、重点任务。（一）建设县城体育公园1个；（二）新建或改造乡镇全民健身中心6个；（三）更新老旧村级健身路径120套。",
        "三、保障措施。县财政每年安排全民健身设施建设资金不少于500万元。"))
    T.plant(S, "interpretation.missing", d5.url, None, "policy document with no interpretation anywhere on the site")
    # D6 / J6: the interpretation links to the document; the document does not link back
    d6 = policy("31206", "石峪县政府投资项目管理办法", "2026-03-03", "2026-02-27", "石政发〔2026〕6号", "综合政务", articles(
        "第一条　为规范政府投资行为，提高政府投资效益，根据《政府投资条例》等规定，结合本县实际，制定本办法。",
        "第二条　本办法所称政府投资，是指在本县行政区域内使用预算安排的资金进行的固定资产投资建设活动。",
        "第三条　政府投资资金应当投向市场不能有效配置资源的社会公益服务、公共基础设施、农业农村、生态环境保护等公共领域的项目。",
        "第三十条　本办法自2026年4月1日起施行。"))
    j6 = interp("31306", "《石峪县政府投资项目管理办法》解读", "2026-03-03", articles(
        "一、起草背景。为贯彻落实《政府投资条例》，规范我县政府投资项目管理，县发改局起草了本办法。",
        "二、主要内容。办法明确了政府投资的范围、项目决策程序、年度投资计划管理、项目实施和监督管理等内容。",
        "三、重点解读。政府投资项目原则上不得由施工单位垫资建设，项目建设投资原则上不得超过经核定的投资概算。",
        "解读机关：石峪县发展和改革局　　联系电话：0932-6211086"), "县发改局")
    j6.body += link_to(d6, "原文链接：")
    T.plant(S, "interpretation.unlinked", d6.url, None, "the document page has no link to its interpretation (one-way link)",
            accept=[j6.url])
    T.decoy(S, "interpretation published the same day", ["interpretation.late", "interpretation.missing"], j6.url, None,
            "same-day interpretation; only the back link is missing")
    # D7 / J7: exactly 3 working days — not late
    d7 = policy("31207", "石峪县城镇老旧小区改造资金管理办法", "2026-01-27", "2026-01-23", "石政办发〔2026〕5号", "财政、金融、审计", articles(
        "第一条　为规范城镇老旧小区改造资金管理，提高资金使用效益，结合本县实际，制定本办法。",
        "第二条　本办法所称改造资金，包括中央和省级补助资金、县级配套资金及社会资本投入资金。",
        "第三条　改造资金实行专款专用、分账核算，任何单位和个人不得截留、挤占、挪用。",
        "第十五条　本办法自印发之日起施行。"))
    j7 = interp("31307", "《石峪县城镇老旧小区改造资金管理办法》政策解读", "2026-01-30", articles(
        "一、制定目的。为加强老旧小区改造资金监管，县财政局、县住建局联合起草了本办法。",
        "二、资金拨付。改造资金按工程进度拨付，竣工验收合格后拨付至合同价款的97%，剩余3%作为质保金。",
        "解读机关：石峪县财政局　　联系电话：0932-6212570"), "县财政局")
    d7.body += link_to(j7, "相关解读：")
    j7.body += link_to(d7, "原文链接：")
    assert workdays_after(d7.pub, j7.pub) == 3
    T.decoy(S, "interpretation exactly 3 working days later", ["interpretation.late"], d7.url, None,
            "27 Jan → 30 Jan: 3 working days is within the limit (more than 3 is late)")
    T.decoy(S, "document dated (成文日期) a week before the interpretation", ["interpretation.late"], j7.url, None,
            "成文日期 2026-01-23 is not the publication date")
    # D8 / J8: graphic interpretation, same day, both ways
    d8 = policy("31208", "石峪县困难失能老年人基本养老服务补贴实施细则", "2026-03-06", "2026-03-04", "石政办发〔2026〕9号", "民政、扶贫、救灾", articles(
        "第一条　为加快建立基本养老服务体系，保障困难失能老年人基本养老服务需求，结合本县实际，制定本细则。",
        "第二条　本细则所称困难失能老年人，是指具有本县户籍、年满60周岁、经评估为失能等级的特困人员、低保对象和低保边缘家庭老年人。",
        "第三条　补贴标准为每人每月200元，按季度发放至老年人社会保障卡。"))
    j8 = interp("31308", "一图读懂《石峪县困难失能老年人基本养老服务补贴实施细则》", "2026-03-06",
                '<p style="text-align:center"><img src="/kpstatic/img/ytdd_31308.png" alt="一图读懂" width="600" height="120"></p>'
                + articles("补贴对象：本县户籍、年满60周岁、经评估失能的特困人员、低保对象和低保边缘家庭老年人。",
                           "补贴标准：每人每月200元，按季度发放。", "办理方式：向户籍所在地乡镇人民政府提出申请。"),
                "县民政局")
    d8.body += link_to(j8, "相关解读：")
    j8.body += link_to(d8, "原文链接：")
    for dd, what in [(d1, "same day, linked both ways"), (d2, "linked both ways"), (d4, "linked both ways"),
                     (d8, "graphic interpretation, same day, linked both ways")]:
        T.decoy(S, "document with a linked interpretation", ["interpretation.missing", "interpretation.unlinked"], dd.url, None, what)
    for jj in [j1, j8]:
        T.decoy(S, "interpretation published the same day", ["interpretation.late", "interpretation.unlinked"], jj.url, None,
                "same day, linked both ways")
    T.decoy(S, "policy index number holding a credit code (18 characters)", ["privacy.id_number"], d5.url, idx,
            "索引号 starts with the unit's 统一社会信用代码, not an ID")

    # ---------------------------------------------------------------- 常务会议
    def meeting(mid: str, n: int, held: date, pub: str, text_first: str, rest: list[str]) -> Doc:
        return add(mid, "1204", f"县政府召开第{n}次常务会议", d(pub), "18:00", paras(text_first, *rest), source="县政府办公室")

    ma = meeting("31601", 35, d("2025-12-19"), "2026-01-05",
                 "2025年12月19日下午，县长马仲谦主持召开县政府第35次常务会议，传达学习中央经济工作会议精神，研究部署当前重点工作。",
                 ["会议听取了全县2025年财政预算执行情况和2026年预算草案编制情况汇报，审议通过了《石峪县城乡居民临时救助实施办法》（送审稿）。",
                  "会议还研究了冬季供暖保障、安全生产等工作。"])
    T.plant(S, "meeting.late", ma.url, None, "held 2025-12-19, published 2026-01-05: 17 days")
    mb = meeting("31602", 36, d("2026-01-06"), "2026-01-27",
                 "1月6日上午，县长马忠谦主持召开县政府第36次常务会议，研究岁末年初重点工作。",
                 ["会议审议通过了《石峪县全民健身设施建设三年行动方案（2026—2028年）》，要求县文体广电和旅游局抓好组织实施。",
                  "会议强调，要统筹做好岁末年初各项工作，切实保障群众温暖过冬、安全过节。"])
    T.plant(S, "meeting.late", mb.url, None, "held 1月6日 (2026), published 2026-01-27: 21 days")
    T.plant(S, "text.sensitive", mb.url, "马忠谦", "the county head's name misspelt (site lexicon)")
    mc = meeting("31603", 37, d("2026-02-10"), "2026-02-24",
                 "2月10日上午，县长马仲谦主持召开县政府第37次常务会议。",
                 ["会议审议通过了《石峪县农村集体经营性建设用地入市管理办法（试行）》《石峪县城区既有住宅加装电梯实施办法》。",
                  "会议安排部署了春节期间安全生产、市场保供和值班值守工作。"])
    T.decoy(S, "meeting published exactly 14 days after it was held", ["meeting.late"], mc.url, None,
            "10 Feb → 24 Feb: 14 days is within the limit (more than 14 is late)")
    md = meeting("31604", 38, d("2026-02-27"), "2026-02-28",
                 "2月27日下午，县长马仲谦主持召开县政府第38次常务会议，研究《石峪县政府投资项目管理办法》等事项。",
                 ["会议指出，要严格政府投资项目决策程序，坚决防止超概算、拖欠工程款等问题。"])
    T.decoy(S, "meeting published the next day (a 调休 Saturday)", ["meeting.late"], md.url, None, "1 day")
    me = meeting("31605", 39, d("2026-03-06"), "2026-03-06",
                 "3月6日上午，县长马仲谦主持召开县政府第39次常务会议，传达学习全国两会精神，研究一季度经济运行工作。",
                 ["会议要求，各部门要对标全年目标任务，抓好重点项目开复工，确保一季度经济实现“开门红”。"])
    T.decoy(S, "meeting published the same day", ["meeting.late"], me.url, None, "0 days")

    # ---------------------------------------------------------------- 公示公告 (privacy)
    i1 = make_id("621125", "19680417", "031")
    i2 = make_id("621121", "19750923", "126")
    rel_rows = [
        ("城关镇", "王建军", make_id("621125", "19710305", "211"), "急难型", "3000", "13993205518"),
        ("城关镇", "李秀兰", i1, "支出型", "5000", "15109327403"),
        ("榆坪镇", "张志强", make_id("621125", "19820611", "153"), "急难型", "2000", "18193218826"),
        ("榆坪镇", "赵桂芳", i2, "支出型", "6000", "13309321942"),
        ("石川乡", "刘永福", make_id("621125", "19590102", "075"), "支出型", "4500", "17793201365"),
        ("石川乡", "马玉兰", make_id("621125", "19660827", "128"), "急难型", "1500", "15293249081"),
        ("柳湾镇", "杨国栋", make_id("621125", "19900415", "017"), "支出型", "3500", "13830217754"),
        ("柳湾镇", "陈小燕", make_id("621125", "19860930", "244"), "急难型", "2500", "18709325560"),
    ]
    trs = []
    for k, (town, name, idv, typ, amt, tel) in enumerate(rel_rows, 1):
        shown = idv if idv in (i1, i2) else mask_id(idv)
        trs.append(f"<tr><td>{k}</td><td>{town}</td><td>{name}</td><td>{shown}</td><td>{typ}</td><td>{amt}</td><td>{mask_phone(tel)}</td></tr>")
    p1 = add("31141", "1205", "石峪县2026年第一批城乡居民临时救助对象公示", d("2026-03-03"), "16:30",
             paras("根据《石峪县城乡居民临时救助实施办法》，经个人申请、乡镇审核、县民政局审批，现将2026年第一批城乡居民临时救助对象予以公示。公示期为2026年3月3日至3月9日。")
             + '\n<table class="gs-table" border="1" cellspacing="0"><tr><th>序号</th><th>乡镇</th><th>姓名</th><th>身份证号码</th><th>救助类别</th><th>救助金额（元）</th><th>联系电话</th></tr>\n'
             + "\n".join(trs) + "\n</table>\n"
             + paras("如有异议，请在公示期内向县民政局反映。监督电话：0932-6214420。"), source="县民政局")
    T.plant(S, "privacy.id_number", p1.url, mask_id(i1), "unmasked ID in row 2 of an HTML 公示 table", raw=i1, raw_kind="id_number")
    T.plant(S, "privacy.id_number", p1.url, mask_id(i2), "unmasked ID in row 4 of the same table", raw=i2, raw_kind="id_number")
    T.decoy(S, "masked ID numbers (6+8+4)", ["privacy.id_number"], p1.url, mask_id(rel_rows[0][2]), "other rows are masked")
    T.decoy(S, "masked mobile numbers", ["privacy.phone"], p1.url, mask_phone(rel_rows[0][5]), "the phone column is masked")

    i3 = make_id("621126", "19910306", "358")
    ph1, ph2 = "13993241857", "18309326140"
    bad1 = bad_check_id("621125", "19930718", "246")
    gyx = [
        ("1", "周文斌", "男", mask_id(make_id("621125", "19780402", "113")), mask_phone("13893270416"), "乡村保洁员", "城关镇东关社区"),
        ("2", "吴春梅", "女", mask_id(make_id("621125", "19810919", "226")), ph1, "乡村保洁员", "城关镇西关社区"),
        ("3", "孙德明", "男", i3, mask_phone("15193266032"), "护林员", "榆坪镇上坪村"),
        ("4", "郑红霞", "女", mask_id(make_id("621125", "19760511", "188")), mask_phone("17393245529"), "道路养护员", "石川乡石川村"),
        ("5", "冯建平", "男", bad1, mask_phone("13993226617"), "护林员", "柳湾镇柳湾村"),
        ("6", "何秀英", "女", mask_id(make_id("621125", "19700222", "308")), ph2, "孤寡老人看护员", "榆坪镇杏树村"),
        ("7", "韩志军", "男", mask_id(make_id("621125", "19880726", "095")), mask_phone("18893251207"), "公共设施管护员", "城关镇南街社区"),
    ]
    xl = "/uploadfiles/2026/02/27/gyxgw_nipin_2026c.xlsx"
    T.write(S, xl, xlsx("石峪县2026年春季公益性岗位拟聘用人员名单", ["序号", "姓名", "性别", "身份证号码", "联系电话", "拟聘岗位", "所在村（社区）"],
                        [list(r) for r in gyx], "拟聘用人员"))
    p2 = add("31138", "1205", "石峪县2026年春季公益性岗位拟聘用人员公示", d("2026-02-27"), "17:45", paras(
        "根据《石峪县公益性岗位开发管理办法》，经个人申报、资格审查、考察等程序，现将2026年春季公益性岗位拟聘用人员名单予以公示（详见附件）。",
        "公示期为2026年2月27日至3月5日。公示期间，如对拟聘用人员有异议，可向县人社局反映。监督电话：0932-6218890；也可拨打12345政务服务便民热线反映。")
        + f'\n<p class="fj">附件：<a href="{xl}">石峪县2026年春季公益性岗位拟聘用人员名单.xlsx</a></p>', source="县人社局")
    T.plant(S, "privacy.id_number", xl, mask_id(i3), "unmasked ID in an .xlsx attachment", accept=[p2.url], raw=i3, raw_kind="id_number")
    T.plant(S, "privacy.phone", xl, mask_phone(ph1), "unmasked mobile in an .xlsx attachment", accept=[p2.url], raw=ph1, raw_kind="phone")
    T.plant(S, "privacy.phone", xl, mask_phone(ph2), "unmasked mobile in an .xlsx attachment", accept=[p2.url], raw=ph2, raw_kind="phone")
    T.decoy(S, "18-digit number with a wrong check digit", ["privacy.id_number"], xl, bad1, "GB 11643 check digit does not match")
    T.decoy(S, "masked ID numbers in the attachment", ["privacy.id_number"], xl, gyx[0][3], "masked")
    T.decoy(S, "supervision landline and 12345", ["privacy.phone"], p2.url, "0932-6218890", "unit landline, hotline")

    i4 = make_id("621124", "19620811", "217")
    ph3 = "15193287426"
    pdfp = "/uploadfiles/2026/01/28/njbt_2025_duifu.pdf"
    rows_pdf = [
        ("1", "牛得胜", mask_id(make_id("621125", "19650913", "131")), mask_phone("13993240722"), "玉米收获机", "20251108047135", "18600"),
        ("2", "包文学", i4, ph3, "微耕机", "20250916023411", "1200"),
        ("3", "康永红", mask_id(make_id("621125", "19720130", "245")), mask_phone("18009324418"), "马铃薯收获机", "13920250711068", "9800"),
        ("4", "甘肃石丰农机专业合作社", "93621125MA72HQ3L4U", "0932-6217355", "谷物烘干机", "20250505011027", "42000"),
    ]
    lines: list[list[tuple[str, str]]] = [[("zh", "石峪县2025年度农机购置与应用补贴资金兑付情况公示")], [("zh", "公示期：2026年1月28日至2月3日")],
                                          [("zh", "序号　姓名（名称）　身份证号码（信用代码）　联系电话　机具品目　出厂编号　补贴金额（元）")]]
    for r in rows_pdf:
        lines.append([("en", r[0] + "  "), ("zh", r[1] + "　"), ("en", r[2] + "  " + r[3] + "  "), ("zh", r[4] + "　"), ("en", r[5] + "  " + r[6])])
    lines.append([("zh", "监督电话："), ("en", "0932-6217350")])
    T.write(S, pdfp, pdf(lines))
    p3 = add("31135", "1205", "石峪县2025年度农机购置与应用补贴资金兑付情况公示", d("2026-01-28"), "09:40", paras(
        "根据省农业农村厅、省财政厅关于农机购置与应用补贴工作的要求，现将我县2025年度农机购置与应用补贴资金兑付情况予以公示，详见附件。")
        + f'\n<p class="fj">附件：<a href="{pdfp}">2025年度农机购置与应用补贴资金兑付情况（第四批）.pdf</a></p>', source="县农业农村局")
    T.plant(S, "privacy.id_number", pdfp, mask_id(i4), "unmasked ID in a .pdf attachment", accept=[p3.url], raw=i4, raw_kind="id_number")
    T.plant(S, "privacy.phone", pdfp, mask_phone(ph3), "unmasked mobile in a .pdf attachment", accept=[p3.url], raw=ph3, raw_kind="phone")
    T.decoy(S, "14-digit serial number starting 139", ["privacy.phone"], pdfp, "13920250711068", "出厂编号, not a phone")
    T.decoy(S, "统一社会信用代码 of a cooperative", ["privacy.id_number"], pdfp, "93621125MA72HQ3L4U", "credit code")

    farms = [
        ("石峪县丰源家庭农场", "92621125MA73B1KX5P", "王丰年", mask_id(make_id("621125", "19750611", "015")), "种植马铃薯320亩", "城关镇"),
        ("石峪县绿川家庭农场", "92621125MA73C7RT2D", "李绿川", mask_id(make_id("621125", "19801103", "239")), "种植中药材260亩", "石川乡"),
        ("石峪县坪上家庭农场", "92621125MA741M9W8G", "张坪", mask_id(make_id("621125", "19830521", "172")), "养殖肉牛85头", "榆坪镇"),
        ("石峪县柳湾花椒家庭农场", "92621125MA74E08N6J", "刘长青", mask_id(make_id("621125", "19690307", "058")), "种植花椒410亩", "柳湾镇"),
    ]
    p4 = add("31132", "1205", "石峪县2026年度拟认定县级示范家庭农场名单公示", d("2026-01-16"), "11:20",
             paras("经乡镇推荐、县级评审，拟认定以下4家家庭农场为2026年度县级示范家庭农场，现予公示。公示期为7天。")
             + '\n<table class="gs-table" border="1" cellspacing="0"><tr><th>家庭农场名称</th><th>统一社会信用代码</th><th>经营者</th><th>经营者身份证号</th><th>经营规模</th><th>所在乡镇</th></tr>\n'
             + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td><td>{g}</td></tr>" for a, b, c, e, f, g in farms)
             + "\n</table>\n" + paras("联系人：县农业农村局经管站　　电话：0932-6217366"), source="县农业农村局")
    T.decoy(S, "统一社会信用代码 (18 characters)", ["privacy.id_number"], p4.url, farms[0][1], "credit codes, not IDs")
    T.decoy(S, "masked ID numbers", ["privacy.id_number"], p4.url, farms[1][3], "masked")
    T.decoy(S, "office landline", ["privacy.phone"], p4.url, "0932-6217366", "landline")

    bad2 = bad_check_id("621125", "19880715", "041")
    body17 = "62112319870230" + "125"
    bad_date = body17 + check_char(body17)
    assert not valid_id(bad2) and not valid_id(bad_date)
    p5 = add("31129", "1205", "关于石峪县2025年度见义勇为人员确认的公示", d("2025-12-30"), "15:10", paras(
        "根据《甘肃省见义勇为人员奖励和保护条例》，经县见义勇为评定委员会评审，拟确认以下2名同志为2025年度石峪县见义勇为人员，现予以公示：",
        f"杨万里，男，1988年7月生，石峪县城关镇人，身份证号码：{bad2}。2025年8月12日，杨万里在县城滨河路奋力救起2名落水儿童。",
        f"马晓东，男，1987年生，石峪县石川乡人，身份证号码：{bad_date}。2025年10月3日，马晓东协助公安机关抓获一名盗窃嫌疑人。",
        "公示期为2025年12月30日至2026年1月6日。联系电话：0932-6213110。"), source="县委政法委")
    T.decoy(S, "18-digit number with a wrong check digit", ["privacy.id_number"], p5.url, bad2, "check digit does not match")
    T.decoy(S, "18-digit number with an impossible birth date (30 February)", ["privacy.id_number"], p5.url, bad_date,
            "the check digit matches but 19870230 is not a date")

    # ---------------------------------------------------------------- 政府信息公开年报
    ndbg = build_shiyu_reports(add)

    # ---------------------------------------------------------------- columns, JSON, homepage, other pages
    by_col: dict[str, list[Doc]] = {}
    for x in docs:
        by_col.setdefault(x.col, []).append(x)
    for code in S1_COLS:
        lst = sorted(by_col.get(code, []), key=lambda x: (x.pub, x.hm, x.id), reverse=True)
        by_col[code] = lst
        T.write(S, f"/kpapi/channel/{code}.json", s1_json(code, lst))
        T.write(S, S1_COLS[code][1], s1_column(code, lst))
    for x in docs:
        T.write(S, x.url, s1_article(x))
    _ = ndbg

    # new media
    feeds = [
        ("石峪发布", "微信公众号", "石峪县融媒体中心", "/xmt/feed/syfb.xml", "rss",
         [("2026-03-10", "20:30", "石峪县召开2026年春耕生产工作推进会"), ("2026-03-09", "19:05", "春季森林草原防火期3月15日开始"),
          ("2026-03-06", "21:10", "石峪这个村的花椒苗供不应求"), ("2026-03-03", "18:40", "3月起，这些新规开始施行")], None),
        ("石峪政务", "新浪微博", "石峪县人民政府办公室", "/xmt/feed/syzw.xml", "rss",
         [("2026-02-06", "10:00", "【提醒】春节期间政务服务大厅值班安排"), ("2026-01-30", "09:30", "石峪县2026年春节文化活动安排"),
          ("2026-01-22", "16:00", "县政府第36次常务会议召开")], None),
        ("石峪融媒", "抖音", "石峪县融媒体中心", "/xmt/feed/syrm.atom", "atom",
         [("2026-02-25", "12:00", "航拍石峪｜雪后的石川河谷"), ("2026-02-18", "12:00", "春节假期石峪文旅消费火热"),
          ("2026-02-10", "12:00", "非遗社火进社区")], None),
        ("石峪应急", "微信公众号", "石峪县应急管理局", "/xmt/feed/syyj.xml", "rss",
         [("2026-01-16", "17:20", "冬季取暖防范一氧化碳中毒提示"), ("2026-01-05", "17:00", "元旦假期安全生产检查纪实"),
          ("2025-12-20", "11:30", "全县应急演练活动总结")], d("2026-03-10")),
        ("石峪教育", "微信公众号", "石峪县教育局", "/xmt/feed/syjy.atom", "atom",
         [("2025-12-19", "18:00", "寒假放假通知"), ("2025-12-05", "18:00", "我县举办中小学教师教学技能大赛")], None),
        ("石峪文旅", "今日头条", "石峪县文体广电和旅游局", "/xmt/feed/sywl.xml", "rss",
         [("2026-03-02", "09:00", "踏青好去处：石峪县十里花椒沟"), ("2026-03-08", "10:30", "三八节女性游客免票游览县博物馆"),
          ("2026-02-20", "08:45", "正月里来闹社火")], None),
    ]
    rows = []
    for name, plat, owner, path, kind, items, lb in feeds:
        body = rss(name, f"https://www.shiyu.gov.cn{path}", f"{name}（{plat}）", items, lb) if kind == "rss" else atom(name, f"urn:shiyu:{path}", items)
        T.write(S, path, body)
        rows.append(f'<tr><td>{plat}</td><td>{name}</td><td>{owner}</td><td><a href="{path}">订阅（{kind.upper()}）</a></td></tr>')
        age = (AS_OF - feed_newest(items)).days
        if age > 14:
            T.plant(S, "newmedia.stale", path, name, f"newest post {feed_newest(items)} ({age} days)"
                    + ("; the channel's lastBuildDate is recent but no post is" if lb else ""),
                    accept=["/hdjl/zwxmt/", "/"], aliases=[path])
        else:
            what = {"石峪发布": "updated yesterday", "石峪融媒": "newest post exactly 14 days old",
                    "石峪文旅": "newest post (3 days) is the second item, not the first"}[name]
            T.decoy(S, "new-media account updated within 14 days", ["newmedia.stale"], path, None, what)
    T.write(S, "/hdjl/zwxmt/", f"""{s1_head("政务新媒体矩阵_石峪县人民政府", "政务新媒体")}<body>
{s1_nav()}<div class="w1200 kp-main"><div class="kp-pos">当前位置：<a href="/">首页</a> &gt; 政务新媒体</div>
<h2>石峪县政务新媒体矩阵</h2>
<table class="xmt-table"><tr><th>平台</th><th>账号名称</th><th>主办单位</th><th>订阅</th></tr>
{chr(10).join(rows)}
</table>
<p>注：本表所列账号为经县政府办公室备案的政务新媒体账号。</p>
</div>
{S1_FOOT}<script src="/kpstatic/js/wlts.js"></script>
</body>
</html>
""")

    site_map = "".join(f'<li><a href="{p}">{n}</a></li>' for n, p, g in S1_COLS.values())
    T.write(S, "/wzdt.html", f"""{s1_head("网站地图_石峪县人民政府")}<body>
{s1_nav()}<div class="w1200 kp-main"><div class="kp-pos">当前位置：<a href="/">首页</a> &gt; 网站地图</div>
<ul class="wzdt">{site_map}<li><a href="/hdjl/zwxmt/">政务新媒体</a></li></ul>
</div>
{S1_FOOT}</body>
</html>
""")

    # static assets
    T.write(S, "/kpstatic/css/main.css", S1_CSS)
    T.write(S, "/kpstatic/js/kplist.js", S1_LIST_JS)
    T.write(S, "/kpstatic/js/wlts.js", S1_NOTICE_JS)
    T.write(S, "/kpstatic/js/tj.js", S1_TJ_JS)
    T.write(S, "/kpstatic/img/jiucuo.png", png(110, 55, (181, 18, 27)))
    T.write(S, "/kpstatic/img/ytdd_31308.png", png(60, 12, (240, 200, 120)))

    gov = [("中国政府网", "https://www.gov.cn/"), ("国家发展和改革委员会", "https://www.ndrc.gov.cn/"),
           ("民政部", "https://www.mca.gov.cn/")]
    prov = [("甘肃省人民政府", "https://www.gansu.gov.cn/"), ("甘肃政务服务网", "https://zwfw.gansu.gov.cn/"),
            ("国家医保服务平台", "https://fuwu.nhsa.gov.cn/")]
    home = f"""{s1_head("石峪县人民政府")}<body>
<a class="skip" href="#main">跳转到主要内容</a>
{s1_nav(f'<span class="kp-date">2026年3月11日 星期{WEEK[AS_OF.weekday()]}</span>')}<div id="main" class="w1200 kp-main">
<div class="kp-row">
<div class="kp-focus"><div class="focus-item"><a href="{n6.url}">我县入选省级农产品质量安全县</a>　<span class="date">2026-01-15</span></div></div>
<div class="kp-box"><div class="kp-box-hd"><h2>石峪要闻</h2><a class="more" href="/xwzx/syyw/">更多&gt;&gt;</a></div><ul class="kp-list" data-src="/kpapi/channel/1101.json" data-rows="6"></ul></div>
</div>
<div class="kp-row">
<div class="kp-box"><div class="kp-box-hd"><h2>通知公告</h2><a class="more" href="/zwgk/tzgg/">更多&gt;&gt;</a></div><ul class="kp-list" data-src="/kpapi/channel/1201.json" data-rows="5"></ul></div>
<div class="kp-box"><div class="kp-box-hd"><h2>部门动态</h2><a class="more" href="/xwzx/bmdt/">更多&gt;&gt;</a></div><ul class="kp-list" data-src="/kpapi/channel/1102.json" data-rows="5"></ul></div>
</div>
<div class="kp-row kp-gk"><h2>政府信息公开</h2>
<a href="/zwgk/zcwj/">政策文件</a><a href="/zwgk/zcjd/">政策解读</a><a href="/zwgk/cwhy/">常务会议</a><a href="/zwgk/gsgg/">公示公告</a><a href="/zwgk/ndbg/">政府信息公开年报</a>
</div>
<div class="kp-row kp-bmfw"><h2>便民服务</h2>
<a href="https://www.12306.cn/index/" target="_blank">中国铁路12306</a><a href="https://yunshanfu.unionpay.com/" target="_blank">云闪付</a>{''.join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in prov[1:])}
</div>
<div class="kp-yqlj"><strong>友情链接：</strong>
<div class="yqlj"><span>国家部委网站 ▼</span><div class="drop">{''.join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in gov)}</div></div>
<div class="yqlj"><span>省内政府网站 ▼</span><div class="drop">{''.join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in prov[:1])}<a href="http://www.minchuan.gov.cn/" target="_blank">岷川市人民政府</a></div></div>
<div class="yqlj-ext"><a href="http://www.xpj8839.com/" target="_blank">新葡京娱乐城</a></div>
</div>
</div>
<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://www.hg6617.vip/">皇冠体育投注</a></div>
{S1_FOOT}<script src="/kpstatic/js/kplist.js"></script>
<script src="/kpstatic/js/wlts.js"></script>
<script src="/kpstatic/js/tj.js"></script>
</body>
</html>
"""
    T.write(S, "/", home)
    spam(S, "/", "http://www.xpj8839.com/", "class yqlj-ext hidden by display:none in the external style sheet")
    spam(S, "/", "https://www.hg6617.vip/", "inline position:absolute; left:-9999px")
    spam(S, "/", "http://www.ag-yl365.com/", "injected by the statistics script tj.js with visibility:hidden")
    T.decoy(S, "hover drop-down menu of internal columns", ["link.hidden"], "/", "/zwgk/zcwj/",
            "the 政务公开 sub-menu is display:none until hover; internal")
    T.decoy(S, "hover drop-down of government links (友情链接)", ["link.hidden"], "/", "https://www.ndrc.gov.cn/",
            "shown on hover, government sites")
    T.decoy(S, "skip link off-screen until focused", ["link.hidden"], "/", "/#main", "accessibility skip link to #main")
    T.decoy(S, "outside link with a leave-site notice (site-wide click script)", ["link.external_no_notice"], "/",
            "https://www.12306.cn/index/", "wlts.js")
    T.decoy(S, "outside link with a leave-site notice (site-wide click script)", ["link.external_no_notice"], "/",
            "https://yunshanfu.unionpay.com/", "wlts.js")
    T.decoy(S, "government link without notice", ["link.external_no_notice"], "/", "https://zwfw.gansu.gov.cn/",
            "gov.cn sites need no leave-site notice")
    T.decoy(S, "identity elements present in variant wording", ["site.identity_missing"], "/", None,
            "主办：…, 网站标识码 without colon, 甘公网安备 for the 公安备案号, 找错 entry as an image with alt text")
    T.decoy(S, "homepage lists filled by JavaScript from JSON", ["homepage.stale"], "/", None,
            "newest item 2026-03-10 is only in the rendered lists; the static part shows 2026-01-15")
    T.tolerate(S, ["text.typo", "text.sensitive"], "/", None, "anchor texts of the hidden spam links")


# =============================================================================================
# Annual report texts
# =============================================================================================

SY_2024_SUMMARY = [
    "2024年，石峪县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，认真落实《中华人民共和国政府信息公开条例》和省、市政务公开工作要点，围绕县委、县政府中心工作，持续深化政务公开，不断提升政府工作透明度，较好地保障了人民群众的知情权、参与权、表达权和监督权。",
    "（一）主动公开。全年通过县政府门户网站主动公开政府信息5862条，其中机构职能、政策文件、规划计划等基础信息1236条，财政预决算、政府采购、重大建设项目等重点领域信息2418条，人事任免、招录考试等信息327条。及时公开县政府常务会议信息22条，发布政策解读材料46篇，其中图表图解、短视频等多元化解读19篇，主要负责同志解读8篇。围绕乡村振兴、营商环境、民生保障等群众关注的热点，组织召开新闻发布会9场，及时回应社会关切。通过“石峪发布”微信公众号、政务微博等新媒体平台同步发布信息3100余条，政务信息传播力和影响力进一步增强。",
    "（二）依申请公开。进一步规范依申请公开受理、审查、答复等工作流程，统一使用全省依申请公开办理系统，实现申请登记、办理、答复全流程留痕可查。全年共新收政府信息公开申请37件，上年结转2件，均在法定期限内办结，未发生因依申请公开引发的行政复议纠错和行政诉讼败诉情况。对申请量较大的征地拆迁、不动产登记等领域，及时梳理共性问题，将可以公开的信息依法转为主动公开，从源头上减少重复申请。同时，在政务服务中心政务公开专区设立依申请公开受理窗口，安排专人提供申请指导，方便群众现场提交申请。",
    "（三）政府信息管理。严格落实政府信息公开保密审查和“三审三校”制度，全年组织开展政府信息公开专项检查4次，排查整改错敏字、不规范表述和个人信息泄露等问题57处。完成县政府及各部门行政规范性文件清理，废止2件、修改3件，清理结果及时向社会公开。动态更新政府信息公开目录，调整优化主动公开基本目录事项126项，做到目录与内容同步更新。",
    "（四）平台建设。完成县政府门户网站集约化改版，对栏目进行整合优化，关停整改长期不更新栏目11个。在县政务服务中心、18个乡镇便民服务中心设立政务公开专区，配备查阅终端和政策咨询员，为群众提供政府信息查阅、政策咨询和依申请公开服务。对全县政务新媒体开展常态化监测，关停注销僵尸账号5个，做到有账号就有管理、有更新。",
    "（五）监督保障。将政务公开工作纳入全县年度目标责任考核，分值占比提高到4%。全年组织政务公开业务培训3期，培训人员260余人次。聘请社会监督员15名，开展“政府开放日”活动4场，邀请人大代表、政协委员和群众代表走进政府部门，零距离感受政务公开工作，进一步畅通了社会监督渠道。同时，建立政务公开工作季度通报制度，对各乡镇、各部门政府网站和政务新媒体开展季度检查，检查结果在全县范围内通报，督促问题单位在5个工作日内完成整改并报送整改情况，确保发现一处、整改一处、规范一类。",
]
SY_2023_SUMMARY = [
    "2023年，石峪县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，按照省、市政务公开工作部署，坚持以公开为常态、不公开为例外，扎实推进决策、执行、管理、服务、结果公开，政务公开工作取得新的进展。全县各乡镇、各部门政务公开工作机制不断健全，公开内容更加全面，公开形式更加多样，政务公开在推进法治政府建设、优化营商环境、服务群众办事等方面的作用进一步显现。",
    "（一）主动公开。全年主动公开政府信息5210条，其中政策文件138件，政策解读41篇，县政府常务会议信息20条。重点围绕财政资金、乡村振兴、教育医疗、就业创业等领域做好信息公开，确保涉及群众切身利益的信息应公开尽公开。全年召开新闻发布会6场，围绕教育入学、医保缴费、农机补贴等群众关心的事项及时发布权威信息；通过“石峪发布”微信公众号同步推送政策信息2600余条，扩大了政策知晓面。在县城和乡镇人口集中的场所设置政务公开宣传栏，定期张贴惠民政策和办事指南，方便不上网的群众及时了解政策信息。全年编印政策明白卡1.2万份，由村干部入户发放。",
    "（二）依申请公开。全年共新收政府信息公开申请29件，上年结转1件，全部在法定期限内答复，答复内容规范、程序合法，未发生行政诉讼败诉情况。对申请内容不明确的，及时告知申请人补正，做到依法、规范、便民。",
    "（三）政府信息管理。严格落实保密审查机制，全年开展网站错敏信息排查6次，整改问题31处；完成主动公开基本目录编制工作，梳理目录事项1180项。开展现行有效行政规范性文件清理，清理结果在门户网站集中公开。",
    "（四）平台建设。优化政府门户网站政务公开专栏，新增“惠民惠农财政补贴资金”“重大建设项目”等专题栏目；在县政务服务中心设立政务公开专区，提供政府信息查阅服务。加强政务新媒体管理，对3个长期不更新的账号进行了整改。",
    "（五）监督保障。将政务公开纳入年度考核，组织业务培训2期，培训180余人次；对各乡镇、各部门政务公开工作开展季度检查，检查结果在全县通报，并纳入年度考核。",
]
SY_2020_SUMMARY = [
    "2020年，石峪县人民政府认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，统筹做好疫情防控和经济社会发展信息公开工作。全年主动公开政府信息4380条，其中疫情防控信息620条；新收政府信息公开申请19件，全部按期答复；组织政务公开培训1期，培训120人次。",
]
SY_PROBLEMS = ["一是部分单位政策解读形式较为单一，图表图解、视频解读比例不高；二是个别乡镇政务公开专区作用发挥不够充分。",
               "下一步，我县将加强政策解读统筹，提高多元化解读比例；加强乡镇政务公开专区管理，提升服务水平。"]
SY_OTHER = ["本年度未收取信息处理费。本年度政务公开工作要点确定的各项任务均已完成。"]

SC_SUMMARY_TEMPLATE = [
    "{y}年，石峪县市场监督管理局在县委、县政府的坚强领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，紧紧围绕市场监管中心工作，坚持以公开促规范、以公开促服务，不断加大政府信息公开力度，切实保障人民群众的知情权、参与权和监督权。",
    "（一）主动公开。通过局门户网站主动公开各类政府信息{n}条，其中行政许可信息、行政处罚信息、食品安全抽检信息均按规定在7个工作日内公开。",
    "（二）依申请公开。严格按照法定程序和时限办理政府信息公开申请，全年办理的申请均在法定期限内答复。",
    "（三）政府信息管理。落实信息发布“三审”制度，严格保密审查，确保公开信息准确规范。",
    "（四）平台建设。持续加强局门户网站和“石峪市场监管”微信公众号建设，及时发布市场监管政策和消费提示。",
    "（五）监督保障。将政务公开工作纳入股室年度考核，明确专人负责，定期开展自查，发现问题及时整改。",
]
SC_PROBLEMS = ["一是信息公开的及时性还需进一步提高；二是政策解读的针对性有待加强。",
               "下一步，我局将进一步完善信息公开工作机制，加强业务培训，推动政务公开工作再上新台阶。"]
SC_OTHER = ["本年度未收取信息处理费。"]

YP_2025_SUMMARY = [
    "2025年，榆坪镇人民政府深入贯彻落实《中华人民共和国政府信息公开条例》，以基层政务公开标准化规范化建设为抓手，推动政务公开向村级延伸。全年通过镇政府网站主动公开政府信息612条，通过村务公开栏公开村级财务、惠民资金等信息1860条。",
    "依申请公开方面，全年新收政府信息公开申请3件，均按期答复。政府信息管理方面，落实信息发布审核制度，全年未发生泄密和个人信息泄露事件。平台建设方面，在镇便民服务中心设立政务公开专区，配置查阅电脑2台。监督保障方面，将政务公开纳入村干部年度考核。",
]
YP_2024_SUMMARY = [
    "2024年，榆坪镇紧扣乡村振兴和为民服务两条主线，扎实推进基层政务公开。全年主动公开政府信息548条，重点公开了高素质农民培训、农村危房改造、低保特困救助等惠民信息；新收政府信息公开申请12件，全部依法办理。",
    "我镇在17个行政村全部设立村务公开栏，每季度更新一次；组织镇村干部参加政务公开业务培训2次，培训90人次。",
]
YP_2023_SUMMARY = [
    "2023年，榆坪镇认真落实县委、县政府关于政务公开工作的各项部署，围绕群众关心关注的热点问题，及时公开涉农补贴、脱贫攻坚成果巩固、人居环境整治等信息。全年主动公开政府信息493条，新收政府信息公开申请5件，均按期答复。",
]
YP_PROBLEMS = ["一是村级政务公开内容更新不够及时；二是镇村干部政务公开业务能力有待提升。",
               "下一步，我镇将加强村级公开栏的日常管理，定期开展业务培训。"]
YP_OTHER = ["本年度未收取信息处理费。"]

T4_ZERO = [(0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)]


def build_shiyu_reports(add: Any) -> list[Any]:
    S = S1
    out = []
    r24 = Report("石峪县人民政府", 2024, SY_2024_SUMMARY,
                 {"gz": (0, 0, 0), "gf": (4, 2, 31), "xk": 3862, "cf": 412, "qz": 9, "sf": 0},
                 [col(30, 2, 1, open=15, part=4, na1=6, nt2=2, ot3=4), col(5, 0, 0, open=2, part=1, na1=1, np4=1),
                  col(0), col(0), col(0), col(2, 0, 0, open=1, na1=1)],
                 [(1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)], SY_PROBLEMS, SY_OTHER,
                 lead="本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。")
    b24, f24 = r24.body("kp")
    assert f24["consistent"] and f24["sections_ok"] and f24["summary_chars"] > 1200, f24
    x24 = add("31252", "1206", "石峪县人民政府2024年政府信息公开工作年度报告", d("2025-03-28"), "16:00", b24)
    T.plant(S, "annual_report.summary_too_long", x24.url, None, f"一、总体情况 is {f24['summary_chars']} characters (limit 1000)")
    out.append(x24)
    r23 = Report("石峪县人民政府", 2023, SY_2023_SUMMARY,
                 {"gz": (0, 0, 0), "gf": (3, 1, 29), "xk": 3517, "cf": 386, "qz": 7, "sf": 0},
                 [col(24, 1, 2, open=12, part=3, na1=5, nt2=1, ot1=2), col(4, 0, 0, open=2, part=1, na2=1),
                  col(0), col(0), col(1, 0, 0, open=1), col(0)],
                 T4_ZERO, SY_PROBLEMS[:1] + ["下一步，我县将继续推进政策解读多元化，加强乡镇政务公开专区建设。"], SY_OTHER)
    b23, f23 = r23.body("kp")
    assert f23["consistent"] and f23["sections_ok"] and 800 <= f23["summary_chars"] <= 960, f23
    x23 = add("31251", "1206", "石峪县人民政府2023年政府信息公开工作年度报告", d("2024-03-29"), "16:00", b23)
    T.decoy(S, "总体情况 just under the limit", ["annual_report.summary_too_long"], x23.url, None,
            f"{f23['summary_chars']} characters")
    T.decoy(S, "report sharing only the template with the next year's", ["annual_report.duplicate"], x23.url, None,
            f"similarity with 2024: {similarity(b23, b24):.2f} (own prose)")
    T.decoy(S, "report sharing only the template with the previous year's", ["annual_report.duplicate"], x24.url, None,
            "the 2024 report is long, not a copy")
    out.append(x23)
    r20 = Report("石峪县人民政府", 2020, SY_2020_SUMMARY,
                 {"gz": (0, 0, 0), "gf": (5, 5, 27), "xk": (2410, 380, 2790), "qt": (96, 4, 100), "cf": (260, 31, 291),
                  "qz": (5, 1, 6), "sf": (3, -1), "cg": (48, "1862.4万元")},
                 [col(15, 0, 1, open=8, part=2, na1=3, ot=1), col(3, 0, 0, open=2, na2=1), col(0), col(0), col(0), col(1, 0, 0, open=1)],
                 T4_ZERO, ["疫情期间部分信息发布不够及时。下一步将进一步完善突发事件信息发布机制。"], SY_OTHER, layout="2019")
    b20, f20 = r20.body("kp")
    assert f20["consistent"] and f20["sections_ok"], f20
    x20 = add("31250", "1206", "石峪县人民政府2020年政府信息公开工作年度报告", d("2021-03-26"), "16:00", b20)
    T.decoy(S, "2020 report in the layout in force at the time", ["annual_report.outdated_format"], x20.url, None,
            "reports for 2020 used the 国办公开办函〔2019〕60号 tables; the 2021 layout applies from the 2021 reports")
    T.decoy(S, "government's report for 2025 not yet due", ["annual_report.missing"], "/zwgk/ndbg/", None,
            "a county government publishes by 31 March; as-of is 11 March")
    out.append(x20)
    return out


def sc_report(year: int, n_items: int, t3: list[dict[str, Any]], t2: dict[str, Any]) -> Report:
    return Report("石峪县市场监督管理局", year, [p.format(y=year, n=n_items) for p in SC_SUMMARY_TEMPLATE], t2, t3, T4_ZERO,
                  SC_PROBLEMS, SC_OTHER)


# =============================================================================================
# Site 2: sy-scjg — 石峪县市场监督管理局 (DedeCMS 织梦 templates)
# =============================================================================================

S2 = "sy-scjg"
S2_TYPES = {
    "gzdt": (1, "工作动态"), "tzgg": (2, "通知公告"), "zcwj": (3, "政策文件"), "zcjd": (4, "政策解读"),
    "xzcf": (5, "行政处罚信息公示"), "gsgg": (6, "公示公告"), "ndbg": (7, "政府信息公开年报"),
}

S2_CSS = """*{margin:0;padding:0}body{font:12px/1.5 "宋体",Tahoma,Arial;color:#333;background:#eef2f5}
a{color:#1a4a7a;text-decoration:none}a:hover{color:#c00;text-decoration:underline}ul{list-style:none}
.w960{width:960px}.w963{width:963px}.center{margin:0 auto}.clear{clear:both;overflow:hidden}.mt1{margin-top:8px}
.header_top{background:#1a4a7a;color:#cfe0f0;height:26px;line-height:26px}.header_top .time{float:left}.toplinks{float:right}.toplinks a{color:#fff;margin:0 6px}
.header{background:#fff}.header .title h1{font:bold 30px/90px "微软雅黑";color:#1a4a7a;padding-left:20px}.header .title h1 a{color:#1a4a7a}
#navMenu{background:#2d6aa3;height:36px}#navMenu li{float:left}#navMenu li a{display:block;color:#fff;font-size:14px;line-height:36px;padding:0 20px}
.pleft{float:left;width:700px}.pright{float:right;width:250px}
.tbox{border:1px solid #c9d7e4;background:#fff;margin-bottom:8px}.tbox dt{height:30px;line-height:30px;background:#e4edf5;padding:0 10px}.tbox dt strong{float:left;font-size:14px}.tbox dt .more{float:right}
.tbox dd{padding:6px 10px}.d1 li{line-height:26px;border-bottom:1px dotted #ddd;overflow:hidden}.d1 li .date{float:right;color:#888}
.tabnav li{float:left;padding:0 14px;cursor:pointer;line-height:30px}.tabnav li.on{background:#fff;font-weight:bold}
.listbox .e2 li{padding:10px 0;border-bottom:1px dashed #ccc}.listbox .e2 li .title{font-size:14px;font-weight:bold}.listbox .e2 .info{display:block;color:#999}.listbox .e2 .intro{color:#666}
.dede_pages{padding:10px}.dede_pages li{float:left;margin-right:6px;border:1px solid #ccc;padding:0 6px}.dede_pages .thisclass{background:#2d6aa3;color:#fff}
.viewbox{background:#fff;border:1px solid #c9d7e4;padding:16px 24px}.viewbox .title h2{font:bold 20px/40px "微软雅黑";text-align:center}
.viewbox .info{text-align:center;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}.viewbox .info small{color:#666;margin-left:8px}
.viewbox .content{font-size:14px;line-height:2;padding:12px 0}.viewbox .content td{font-size:14px}.viewbox .context{border-top:1px solid #eee;padding-top:8px}
.tab_report{border-collapse:collapse;margin:6px 0}.tab_report td{border:1px solid #555;padding:2px 5px;text-align:center;font-size:12px}
.gs td,.gs th{border:1px solid #888;padding:3px 6px}.gs{border-collapse:collapse}
.footer{background:#1a4a7a;color:#dbe6f0;text-align:center;padding:14px 0;line-height:24px}.footer a{color:#fff}
.flink{background:#fff;border:1px solid #c9d7e4;padding:8px}.flink a{margin-right:14px}
"""


@dataclass
class Arc:
    aid: int
    typ: str
    title: str
    pub: datetime
    body: str
    intro: str = ""
    source: str = "石峪县市场监督管理局"
    writer: str = "办公室"

    @property
    def url(self) -> str:
        return f"/a/{self.typ}/{self.pub:%Y}/{self.pub:%m%d}/{self.aid}.html"


def s2_head(title: str, kw: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="{kw}" />
<meta name="SiteName" content="石峪县市场监督管理局" />
<meta name="SiteIDCode" content="6211990035" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
"""


def s2_nav(top: str = "") -> str:
    items = "".join(f'<li><a href="/a/{k}/"><span>{v[1]}</span></a></li>' for k, v in S2_TYPES.items())
    return f"""<div class="header_top"><div class="w960 center">{top}<div class="toplinks"><a href="/">网站首页</a>|<a href="/a/gsgg/">公示公告</a>|<a href="/a/ndbg/">信息公开年报</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">石峪县市场监督管理局</a></h1></div></div></div>
<div class="module blue mT10 wrapper w963 center"><div id="navMenu"><ul><li><a href="/"><span>主页</span></a></li>{items}</ul></div></div>
"""


S2_FOOT = """<div class="footer w960 center mt1 clear">
<p>主办单位：石峪县市场监督管理局　地址：石峪县东关街18号　邮编：748400</p>
<p>联系电话：0932-6215315　投诉举报电话：12315　网站标识码：6211990035</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">陇ICP备2021004567号-1</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6211990035" target="_blank">我为政府网站找错</a></p>
<p>Powered by DedeCMS</p>
</div>
"""


def s2_article(a: Arc, prev: Arc | None, nxt: Arc | None) -> str:
    tid, tname = S2_TYPES[a.typ]
    pv = f'<a href="{prev.url}">{esc(prev.title)}</a>' if prev else "没有了"
    nx = f'<a href="{nxt.url}">{esc(nxt.title)}</a>' if nxt else "没有了"
    return f"""{s2_head(f"{a.title}_{tname}_石峪县市场监督管理局", tname)}<body class="articleview">
{s2_nav()}<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/{a.typ}/">{tname}</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{esc(a.title)}</h2></div>
<div class="info"><small>时间:</small>{a.pub:%Y-%m-%d %H:%M}<small>来源:</small>{a.source}<small>作者:</small>{a.writer}<small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={a.aid}&amp;mid=1" type='text/javascript' language="javascript"></script> 次</div>
<div class="content"><table width='100%'><tr><td>
{a.body}
</td></tr></table></div>
<div class="context"><ul><li>上一篇：{pv}</li><li>下一篇：{nx}</li></ul></div>
</div>
</div>
<div class="pright"><dl class="tbox"><dt><strong>栏目列表</strong></dt><dd><ul class="d1">{''.join(f'<li><a href="/a/{k}/">{v[1]}</a></li>' for k, v in S2_TYPES.items())}</ul></dd></dl></div>
</div>
{S2_FOOT}</body>
</html>
"""


def s2_list(typ: str, arcs: list[Arc], page: int, pages: int, extra: str = "") -> str:
    tid, tname = S2_TYPES[typ]
    lis = "\n".join(
        f'<li><a href="{a.url}" class="title">{esc(a.title)}</a><span class="info"><small>日期：</small>{a.pub:%Y-%m-%d %H:%M:%S}'
        f' <small>点击：</small>{(a.aid * 13) % 300 + 20} <small>好评：</small>0</span><p class="intro">{esc(a.intro)}</p></li>' for a in arcs)
    pl = []
    if pages > 1:
        pl.append(f'<li><a href="/a/{typ}/">首页</a></li>')
        if page > 1:
            prev_href = f"/a/{typ}/" if page == 2 else f"list_{tid}_{page - 1}.html"
            pl.append(f'<li><a href="{prev_href}">上一页</a></li>')
        for p in range(1, pages + 1):
            if p == page:
                pl.append(f"<li class=\"thisclass\">{p}</li>")
            else:
                p_href = f"/a/{typ}/" if p == 1 else f"list_{tid}_{p}.html"
                pl.append(f'<li><a href="{p_href}">{p}</a></li>')
        if page < pages:
            pl.append(f'<li><a href="list_{tid}_{page + 1}.html">下一页</a></li>')
        pl.append(f'<li><a href="list_{tid}_{pages}.html">末页</a></li>')
    pl.append(f"<li><span class=\"pageinfo\">共 <strong>{pages}</strong>页</span></li>")
    return f"""{s2_head(f"{tname}_石峪县市场监督管理局", tname)}<body class="listpage">
{s2_nav()}<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/{typ}/">{tname}</a> &gt; </div>
<div class="listbox"><ul class="e2">
{lis}
</ul></div>
<div class="dede_pages"><ul class="pagelist">{''.join(pl)}</ul></div>
{extra}</div>
</div>
{S2_FOOT}</body>
</html>
"""


def build_scjg() -> None:
    S = S2
    arcs: list[Arc] = []

    def add(aid: int, typ: str, title: str, pub: str, body: str, intro: str = "", **k: Any) -> Arc:
        a = Arc(aid, typ, title, datetime.fromisoformat(pub), body, intro or re.sub(r"<[^>]+>", "", body)[:40] + "…", **k)
        arcs.append(a)
        return a

    def P(*ps: str) -> str:
        return "\n".join(f"<p>　　{p}</p>" for p in ps)

    # ---------------------------------------------------------------- 工作动态
    g1 = add(428, "gzdt", "我局开展春节前食品安全专项检查", "2026-02-11 09:32", P(
        "为深入贯澈落实县委、县政府关于节日市场安全保障工作的部署，2月上旬，我局组织执法人员对城区大型商超、农贸市场、食品批发市场开展春节前食品安全专项检查。",
        "检查重点围绕肉类、水产品、酒类、年货礼盒等节日热销食品，查看经营者进货查验记录、索证索票和冷链食品储存条件。共检查食品经营主体132家，发现并督促整改问题21个，下架过期食品15.6公斤。"),
        intro="2月上旬，我局对城区大型商超、农贸市场开展春节前食品安全专项检查。", writer="食品经营监管股")
    T.plant(S, "text.typo", g1.url, "贯澈", "贯澈 for 贯彻 (default lexicon word)")
    g2 = add(425, "gzdt", "县市场监管局召开2026年全县市场监管工作会议", "2026-02-06 16:05", P(
        "2月5日，县市场监管局召开2026年全县市场监管工作会议，总结2025年工作，安排部署2026年重点任务。",
        "会议要求，全系统要聚焦食品、药品、特种设备、工业产品质量安全，持续优化营商环境，以高水平监管服务全县经济社会高质量发展。"))
    T.decoy(S, "meeting reported the day after it was held", ["meeting.late"], g2.url, None, "held 2月5日, published 2026-02-06")
    g3 = add(419, "gzdt", "我局扎实开展节前计量器具专项检查", "2026-01-30 10:48", P(
        "为维护节日期间市场计量秩序，我局联合县计量检定所对城区农贸市场、超市、加油站开展计量器具专项检查。",
        "检查中，执法人员既使用快检设备开展现场筛查，又对重点商户的电子秤进行抽样送检。共检查计量器具460台（件），对6台未经检定的电子秤责令停止使用。"),
        writer="质量计量股")
    T.decoy(S, "correct phrase containing a lexicon wrong word (既使用 ⊃ 既使)", ["text.typo", "text.sensitive"], g3.url, "既使",
            "既使用…又… is correct: 既 + 使用")
    g4 = add(412, "gzdt", "局党组召开2025年度民主生活会", "2026-01-19 15:20", P(
        "2025年12月26日，县市场监管局党组召开2025年度民主生活会。局党组书记、局长主持会议，县纪委监委派驻纪检监察组有关负责同志到会指导。",
        "会上，局党组班子成员逐一进行对照检查，开展批评和自我批评，并就整改措施作出表态。"),
        writer="办公室")
    T.plant(S, "meeting.late", g4.url, None, "held 2025-12-26, published 2026-01-19: 24 days")
    g5 = add(405, "gzdt", "石峪县市场监督管理局2025年工作综述", "2026-01-08 11:00", P(
        "2025年，我局紧紧围绕县委、县政府中心工作，全面落实市场监管各项职责。全县新增各类经营主体3260户，总量达到2.71万户。",
        "全年完成食品安全抽检1820批次，问题发现率3.2%；检查特种设备使用单位310家次；办理各类行政处罚案件126件，罚没款186万元。",
        "新的一年，全局干部职工将再接再励，奋发有为，为建设幸福美好新石峪作出新的更大贡献。")
        + '\n<p style="opacity:0;height:12px;overflow:hidden"><a href="http://www.bjl-9527.com/">百家乐在线</a></p>',
        writer="办公室")
    T.plant(S, "text.typo", g5.url, "再接再励", "再接再励 for 再接再厉 (default lexicon word)")
    spam(S, g5.url, "http://www.bjl-9527.com/", "paragraph with opacity:0")
    add(398, "gzdt", "我局开展特种设备安全隐患排查整治", "2025-12-18 10:15", P(
        "入冬以来，我局组织开展特种设备安全隐患排查整治，重点检查锅炉、电梯、气瓶充装单位和学校、医院等人员密集场所的特种设备。",
        "共检查使用单位86家、特种设备412台，下达安全监察指令书9份。"), writer="特种设备股")
    g7 = add(391, "gzdt", "我局举办个体工商户政策宣讲会", "2025-12-02 16:40", P(
        "12月1日，我局在县政务服务中心举办个体工商户政策宣讲会，向80余名个体工商户代表宣讲个体工商户登记、年报和扶持政策。"),
        writer="登记注册股")
    T.decoy(S, "meeting reported the day after it was held", ["meeting.late"], g7.url, None, "held 12月1日, published 2025-12-02")

    # ---------------------------------------------------------------- 通知公告
    n1 = add(426, "tzgg", "关于开展2026年度食品生产经营企业食品安全管理人员监督抽查考核的通知", "2026-02-09 10:00", P(
        "各食品生产经营企业：",
        "根据《企业落实食品安全主体责任监督管理规定》，我局将于2026年3月至4月开展食品安全管理人员监督抽查考核。",
        "请各企业登录甘肃省食品安全管理人员考核系统报名，报名截止日期为2026年3月20日。",
        "联系人：县市场监管局食品生产监管股　联系电话：0932-6215320"))
    T.decoy(S, "correct use of 截止 (报名截止日期)", ["text.typo", "text.sensitive"], n1.url, "截止", "截止日期 is correct")
    T.decoy(S, "office landline", ["privacy.phone"], n1.url, "0932-6215320", "landline")
    n2 = add(417, "tzgg", "关于开展2026年度消费环境满意度问卷调查的通知", "2026-01-27 09:10", P(
        "为全面了解我县消费环境状况，持续推进放心消费创建工作，我局决定开展2026年度消费环境满意度问卷调查。",
        '调查采取线上问卷形式，请广大消费者通过以下链接参与：<a href="https://www.wjx.cn/vm/Q8xRtAa.aspx" target="_blank">石峪县消费环境满意度调查问卷</a>。',
        "调查时间为2026年1月27日至2月28日。"))
    T.plant(S, "link.external_no_notice", n2.url, "https://www.wjx.cn/vm/Q8xRtAa.aspx", "questionnaire on a commercial survey site, no notice")
    n3 = add(409, "tzgg", "关于做好2026年元旦春节期间计量监督工作的通知", "2026-01-13 14:30", P(
        "各计量器具使用单位：",
        "为保护消费者合法权益，依据国家质检总局发布的《零售商品称重计量监督管理办法》，现就做好2026年元旦春节期间计量监督工作通知如下：",
        "一、各农贸市场开办者应当设置公平秤，并定期进行校准。",
        "二、商品零售商应当使用合格的计量器具，不得短斤少两。"), intro="现就做好2026年元旦春节期间计量监督工作通知如下。")
    T.plant(S, "text.sensitive", n3.url, "国家质检总局", "abolished agency named as current (site lexicon; now 国家市场监督管理总局)")

    # ---------------------------------------------------------------- 政策文件 / 解读
    e1 = add(420, "zcwj", "石峪县市场监督管理局关于进一步规范电动自行车销售经营行为的通告", "2026-01-16 17:00", P(
        "文号：石市监发〔2026〕2号",
        "为加强电动自行车产品质量安全监管，防范火灾事故，根据《中华人民共和国产品质量法》《电动自行车安全技术规范》等规定，现就规范电动自行车销售经营行为通告如下：",
        "一、销售者应当销售经强制性产品认证（CCC认证）的电动自行车及充电器、蓄电池，不得销售非法改装的电动自行车。",
        "二、维修经营者不得为电动自行车提供非法改装、加装服务。",
        "三、本通告自发布之日起施行。"))
    T.plant(S, "interpretation.missing", e1.url, None, "policy document (通告 with 文号) with no interpretation")
    e2 = add(401, "zcwj", "石峪县个体工商户分型分类精准帮扶实施方案", "2025-12-22 16:00", P(
        "文号：石市监发〔2025〕37号",
        "为贯彻落实《促进个体工商户发展条例》，推动个体工商户分型分类精准帮扶，制定本方案。",
        "一、分型。将个体工商户划分为“生存型”“成长型”“发展型”三种类型。",
        "二、分类。按照“名特优新”对个体工商户进行分类认定，建立培育库。",
        "三、帮扶措施。对不同类型个体工商户，在融资、培训、品牌建设等方面给予差异化帮扶。"))
    e2i = add(402, "zcjd", "《石峪县个体工商户分型分类精准帮扶实施方案》政策解读", "2025-12-23 10:00", P(
        "一、出台背景。个体工商户是我县经营主体的重要组成部分，占经营主体总量的82%。",
        "二、主要内容。方案提出了分型、分类、帮扶三方面措施。",
        "三、政策咨询。县市场监管局登记注册股，联系电话：0932-6215316。"))
    e2.body += f'<p>　　相关解读：<a href="{e2i.url}">{esc(e2i.title)}</a></p>'
    T.plant(S, "interpretation.unlinked", e2.url, None, "the interpretation page has no link back to the document",
            accept=[e2i.url])
    T.decoy(S, "interpretation published the next working day", ["interpretation.late"], e2i.url, None, "1 working day")
    e3 = add(388, "zcwj", "石峪县农贸市场标准化建设提升工作方案", "2025-11-18 09:00", P(
        "文号：石市监发〔2025〕31号",
        "为改善农贸市场经营环境，提升群众消费体验，制定本方案。",
        "一、目标任务。到2026年底，完成城区3个农贸市场标准化改造提升。",
        "二、建设标准。市场内实行功能分区，设置公平秤、农残快检室和信息公示屏。"))
    e3i = add(389, "zcjd", "一图读懂：《石峪县农贸市场标准化建设提升工作方案》", "2025-11-18 09:30", P(
        "目标：城区3个农贸市场完成标准化改造提升。", "标准：功能分区、公平秤、农残快检室、信息公示屏。"))
    e3.body += f'<p>　　相关解读：<a href="{e3i.url}">{esc(e3i.title)}</a></p>'
    e3i.body += f'<p>　　原文链接：<a href="{e3.url}">{esc(e3.title)}</a></p>'
    T.decoy(S, "document with a linked interpretation (same day)", ["interpretation.missing", "interpretation.late", "interpretation.unlinked"],
            e3.url, None, "linked both ways, same day")
    T.decoy(S, "interpretation linked both ways (same day)", ["interpretation.late", "interpretation.unlinked"], e3i.url, None, "same day")

    # ---------------------------------------------------------------- 行政处罚 (privacy)
    i5, ph4 = make_id("621122", "19830512", "074"), "13639325081"
    x1 = add(415, "xzcf", "石市监处罚〔2026〕3号行政处罚决定书", "2026-01-23 11:30", P(
        "当事人：石峪县福顺副食店",
        "统一社会信用代码：92621125MA73B6QK2F",
        f"经营者：王福顺　　身份证号码：{i5}",
        f"经营场所：石峪县城关镇北大街56号　　联系电话：{ph4}",
        "2025年12月9日，执法人员对当事人经营场所进行检查，发现当事人货架上摆放的“某品牌”牛肉干12袋已超过保质期。",
        "当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据该法第一百二十四条第一款的规定，本局决定：没收超过保质期的食品，并处罚款5000元。",
        "当事人如不服本处罚决定，可在收到本决定书之日起六十日内向石峪县人民政府申请行政复议，也可在六个月内向石峪县人民法院提起行政诉讼。"),
        intro="当事人：石峪县福顺副食店（销售超过保质期食品案）")
    T.plant(S, "privacy.id_number", x1.url, mask_id(i5), "unmasked ID of a sole trader in a published penalty decision",
            raw=i5, raw_kind="id_number")
    T.plant(S, "privacy.phone", x1.url, mask_phone(ph4), "unmasked mobile of the same trader", raw=ph4, raw_kind="phone")
    T.decoy(S, "统一社会信用代码", ["privacy.id_number"], x1.url, "92621125MA73B6QK2F", "credit code")
    x2 = add(403, "xzcf", "石市监处罚〔2025〕41号行政处罚决定书", "2025-12-24 10:00", P(
        "当事人：甘肃岷川宏达建材有限公司",
        "统一社会信用代码：91621125MA74DJ8Q0W",
        f"法定代表人：赵宏达　　身份证号码：{mask_id(make_id('621125', '19770918', '033'))}",
        "住所：石峪县工业园区纬二路8号　　联系电话：0932-6231875",
        "经查，当事人生产销售的水泥检验结果不符合GB 175-2023标准要求。本局决定：没收违法生产的产品，并处罚款2.3万元。"),
        intro="当事人：甘肃岷川宏达建材有限公司（生产不合格产品案）")
    T.decoy(S, "masked ID of a legal representative", ["privacy.id_number"], x2.url, mask_id(make_id('621125', '19770918', '033')), "masked")
    T.decoy(S, "company landline", ["privacy.phone"], x2.url, "0932-6231875", "landline")

    # ---------------------------------------------------------------- 公示公告 (privacy in pages and attachments)
    i8 = make_id("620522", "19880203", "391")
    ts_rows = [
        ("1", "马志刚", mask_id(make_id("621125", "19850716", "033")), "N1 叉车司机", "TS2026-0137"),
        ("2", "白雪梅", mask_id(make_id("621125", "19900224", "202")), "R1 快开门式压力容器操作", "TS2026-0138"),
        ("3", "田国强", i8, "G1 工业锅炉司炉", "TS2026-0139"),
        ("4", "苏文", mask_id(make_id("621125", "19960409", "117")), "T 电梯作业", "TS2026-0140"),
    ]
    s1p = add(423, "gsgg", "2026年第一批特种设备作业人员考核合格人员名单公示", "2026-02-09 15:00",
              P("经理论和实际操作考试，以下人员考核合格，现予以公示。公示期为5个工作日。")
              + "\n<table class='gs' border='1'><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>作业项目</th><th>考试编号</th></tr>"
              + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td></tr>" for a, b, c, e, f in ts_rows) + "</table>",
              intro="经理论和实际操作考试，以下人员考核合格，现予以公示。")
    T.plant(S, "privacy.id_number", s1p.url, mask_id(i8), "one unmasked ID among masked ones in an HTML table", raw=i8, raw_kind="id_number")
    T.decoy(S, "masked ID numbers", ["privacy.id_number"], s1p.url, ts_rows[0][2], "masked")

    i6, ph5 = make_id("620102", "19790128", "245"), "17793216648"
    ndx = "/uploads/soft/260126/1-2601261A512.docx"
    ndx_rows = [
        ["1", "石峪县鑫源五金店", "92621125MA72K3XL1B", "李鑫", mask_id(make_id("621125", "19800203", "151")), mask_phone("13993218802"), "城关镇东大街"],
        ["2", "石峪县兰香面馆", "92621125MA72R6BG7Y", "何兰香", i6, mask_phone("15809327713"), "城关镇南关路"],
        ["3", "石峪县阳光手机维修部", "92621125MA7312FQ3H", "杨光", mask_id(make_id("621125", "19950612", "019")), ph5, "城关镇新华路"],
        ["4", "石峪县榆坪镇丰收农资店", "92621125MA73D90W5C", "丰志明", mask_id(make_id("621125", "19720817", "276")), mask_phone("18993260145"), "榆坪镇街道"],
    ]
    T.write(S, ndx, docx("石峪县2025年度个体工商户年度报告未报送名单",
                         "以下个体工商户未按规定报送2025年度年度报告，请于2026年6月30日前通过国家企业信用信息公示系统补报。",
                         ["序号", "字号名称", "统一社会信用代码", "经营者", "身份证号码", "联系电话", "经营场所"], ndx_rows,
                         "石峪县市场监督管理局　2026年1月26日"))
    s2p = add(416, "gsgg", "石峪县2025年度个体工商户年度报告未报送名单公示", "2026-01-26 10:20",
              P("根据《促进个体工商户发展条例》和《市场主体登记管理条例》规定，现将2025年度未报送年度报告的个体工商户名单予以公示（详见附件）。",
                f'附件：<a href="{ndx}">石峪县2025年度个体工商户年度报告未报送名单.docx</a>'),
              intro="现将2025年度未报送年度报告的个体工商户名单予以公示。")
    T.plant(S, "privacy.id_number", ndx, mask_id(i6), "unmasked ID in a .docx table", accept=[s2p.url], raw=i6, raw_kind="id_number")
    T.plant(S, "privacy.phone", ndx, mask_phone(ph5), "unmasked mobile in a .docx table", accept=[s2p.url], raw=ph5, raw_kind="phone")
    T.decoy(S, "统一社会信用代码 in an attachment", ["privacy.id_number"], ndx, "92621125MA72K3XL1B", "credit code")
    T.decoy(S, "masked mobiles in an attachment", ["privacy.phone"], ndx, mask_phone("13993218802"), "masked")

    i7, ph6 = make_id("621123", "19950719", "168"), "19993270315"
    bad3 = bad_check_id("621125", "19920304", "182")
    csvp = "/uploads/soft/260109/1-260109093K1.csv"
    csv_rows = [
        ["序号", "姓名", "性别", "身份证号码", "手机号码", "服务点位"],
        ["1", "韩梅", "女", mask_id(make_id("621125", "19980411", "226")), mask_phone("13893275130"), "城关镇东关农贸市场"],
        ["2", "柴志远", "男", i7, mask_phone("18093261174"), "城关镇西关农贸市场"],
        ["3", "朱晓燕", "女", bad3, ph6, "家乐福超市石峪店"],
        ["4", "雷鸣", "男", mask_id(make_id("621125", "20010930", "151")), mask_phone("15393264478"), "县城汽车站"],
    ]
    T.write(S, csvp, "\ufeff" + "\r\n".join(",".join(r) for r in csv_rows) + "\r\n")
    s3p = add(407, "gsgg", "2026年春节期间食品安全志愿服务队成员名单公示", "2026-01-09 16:00",
              P("为做好春节期间食品安全宣传和协管工作，我局组建了食品安全志愿服务队，现将成员名单予以公示。",
                f'附件：<a href="{csvp}">志愿服务队成员名单.csv</a>'),
              intro="现将食品安全志愿服务队成员名单予以公示。")
    T.plant(S, "privacy.id_number", csvp, mask_id(i7), "unmasked ID in a .csv attachment", accept=[s3p.url], raw=i7, raw_kind="id_number")
    T.plant(S, "privacy.phone", csvp, mask_phone(ph6), "unmasked mobile in a .csv attachment", accept=[s3p.url], raw=ph6, raw_kind="phone")
    T.decoy(S, "18-digit number with a wrong check digit", ["privacy.id_number"], csvp, bad3, "check digit does not match")

    # ---------------------------------------------------------------- 年报 (2025 missing; 2024 a copy of 2023)
    t2_23 = {"gz": (0, 0, 0), "gf": (1, 0, 4), "xk": 1862, "cf": 98, "qz": 12, "sf": 0}
    t2_24 = {"gz": (0, 0, 0), "gf": (1, 1, 4), "xk": 2015, "cf": 117, "qz": 15, "sf": 0}
    r23 = sc_report(2023, 486, [col(3, 0, 0, open=2, na1=1), col(1, 0, 0, open=1), col(0), col(0), col(0), col(0)], t2_23)
    r24 = sc_report(2024, 486, [col(4, 0, 1, open=2, part=1), col(1, 0, 0, na1=1), col(0), col(0), col(0), col(0)], t2_24)
    b23, f23 = r23.body("dede")
    b24, f24 = r24.body("dede")
    assert f23["consistent"] and f24["consistent"] and f23["sections_ok"] and f24["sections_ok"]
    sim = similarity(b23, b24)
    assert sim > 0.93, sim
    a23 = add(312, "ndbg", "石峪县市场监督管理局2023年政府信息公开工作年度报告", "2024-01-26 09:00", b23, intro="2023年度报告")
    a24 = add(395, "ndbg", "石峪县市场监督管理局2024年政府信息公开工作年度报告", "2025-01-22 09:00", b24, intro="2024年度报告")
    T.plant(S, "annual_report.duplicate", a24.url, None, f"2024 report is the 2023 text with the year changed (similarity {sim:.2f})",
            accept=[a23.url])
    T.plant(S, "annual_report.missing", "/a/ndbg/", None, "a department: no 2025 report by 31 January 2026", accept=["/"])
    T.decoy(S, "consistent table 三 with a carry-over", ["annual_report.inconsistent"], a24.url, None,
            "自然人: 4 + 0 = 3 + 1")
    T.decoy(S, "report with all six sections in order", ["annual_report.missing_section", "annual_report.outdated_format"], a23.url, None,
            "2021 layout, six sections")

    # ---------------------------------------------------------------- pages
    by: dict[str, list[Arc]] = {}
    for a in arcs:
        by.setdefault(a.typ, []).append(a)
    for lst in by.values():
        lst.sort(key=lambda a: a.pub, reverse=True)
        for k, a in enumerate(lst):
            nxt = lst[k - 1] if k > 0 else None
            prev = lst[k + 1] if k + 1 < len(lst) else None
            T.write(S, a.url, s2_article(a, prev, nxt))
    for typ in S2_TYPES:
        lst = by.get(typ, [])
        tid = S2_TYPES[typ][0]
        if typ == "gzdt":
            T.write(S, "/a/gzdt/", s2_list(typ, lst[:5], 1, 2))
            hidden = ('<div style="width:0px;height:0px;overflow:hidden">'
                      '<a href="https://www.pz-gupiao.com/">股票配资平台</a></div>\n')
            T.write(S, f"/a/gzdt/list_{tid}_2.html", s2_list(typ, lst[5:], 2, 2, hidden))
            spam(S, f"/a/gzdt/list_{tid}_2.html", "https://www.pz-gupiao.com/", "zero-size container with overflow hidden")
        else:
            T.write(S, f"/a/{typ}/", s2_list(typ, lst, 1, 1))

    # new media (RSS in DedeCMS's data/rss folder)
    wx_items = [("2026-02-10", "18:00", "春节消费提示：理性购买年货礼盒"), ("2026-02-03", "18:00", "节前食品安全专项检查进行中"),
                ("2026-01-27", "18:00", "消费环境满意度问卷调查开始啦")]
    wb_items = [("2026-03-06", "15:30", "3·15国际消费者权益日主题发布"), ("2026-03-02", "10:00", "电动自行车选购小贴士"),
                ("2026-02-24", "09:10", "节后复工复产特种设备安全提醒")]
    T.write(S, "/data/rss/wx.xml", rss("石峪市场监管", "https://scjg.shiyu.gov.cn/", "石峪市场监管（微信公众号）", wx_items))
    T.write(S, "/data/rss/wb.xml", rss("石峪市场监管微博", "https://scjg.shiyu.gov.cn/", "石峪市场监管（新浪微博）", wb_items))
    age = (AS_OF - feed_newest(wx_items)).days
    assert age > 14 and (AS_OF - feed_newest(wb_items)).days <= 14
    T.plant(S, "newmedia.stale", "/data/rss/wx.xml", "石峪市场监管", f"newest post {feed_newest(wx_items)} ({age} days)",
            accept=["/"], aliases=["/data/rss/wx.xml", "市场监管微信"])
    T.decoy(S, "new-media account updated within 14 days", ["newmedia.stale"], "/data/rss/wb.xml", None, "newest post 5 days old")

    # homepage: not updated since 11 February (dates as m-d, a static 'today' line)
    latest = sorted(arcs, key=lambda a: a.pub, reverse=True)
    gz = by["gzdt"][:5]
    tz = by["tzgg"][:4]
    gs = by["gsgg"][:4]
    newest = max(a.pub.date() for a in arcs)
    assert (AS_OF - newest).days > 14 and newest == date(2026, 2, 11)
    _ = latest

    def li_md(a: Arc) -> str:
        return f'<li><span class="date">{a.pub:%m-%d}</span><a href="{a.url}">{esc(a.title)}</a></li>'

    def li_full(a: Arc) -> str:
        return f'<li><span class="date">{a.pub:%Y-%m-%d}</span><a href="{a.url}">{esc(a.title)}</a></li>'

    home = f"""{s2_head("石峪县市场监督管理局", "市场监管,食品安全,石峪县")}<body>
{s2_nav(f'<span class="time">今天是：{AS_OF.year}年{AS_OF.month}月{AS_OF.day}日 星期{WEEK[AS_OF.weekday()]}</span>')}<div class="w960 center clear mt1">
<div class="pleft">
<dl class="tbox"><dt><strong>工作动态</strong><span class="more"><a href="/a/gzdt/">更多...</a></span></dt><dd><ul class="d1 ico3">
{''.join(li_md(a) for a in gz)}
</ul></dd></dl>
<dl class="tbox"><dt><ul class="tabnav"><li class="on" onmouseover="document.getElementById('tab1').style.display='block';document.getElementById('tab2').style.display='none'">通知公告</li><li onmouseover="document.getElementById('tab2').style.display='block';document.getElementById('tab1').style.display='none'">公示公告</li></ul></dt><dd>
<ul class="d1" id="tab1">{''.join(li_full(a) for a in tz)}</ul>
<ul class="d1" id="tab2" style="display:none">{''.join(li_full(a) for a in gs)}</ul>
</dd></dl>
<dl class="tbox"><dt><strong>政策文件</strong><span class="more"><a href="/a/zcwj/">更多...</a></span></dt><dd><ul class="d1">
{''.join(li_full(a) for a in by['zcwj'])}
<li><a href="/a/zcjd/">政策解读</a>　<a href="/a/xzcf/">行政处罚信息公示</a>　<a href="/a/ndbg/">政府信息公开年报</a></li>
</ul></dd></dl>
</div>
<div class="pright">
<dl class="tbox"><dt><strong>专题专栏</strong></dt><dd><ul class="d1"><li><a href="/a/gzdt/">食品安全在身边</a></li><li><a href="/a/tzgg/">放心消费在石峪</a></li></ul></dd></dl>
<dl class="tbox"><dt><strong>政务新媒体</strong></dt><dd><ul class="d1"><li>微信公众号：石峪市场监管 <a href="/data/rss/wx.xml">RSS</a></li><li>新浪微博：石峪市场监管微博 <a href="/data/rss/wb.xml">RSS</a></li></ul></dd></dl>
<dl class="tbox"><dt><strong>投诉举报</strong></dt><dd><p>全国12315平台　举报电话：12315<br>办公电话：0932-6215315</p></dd></dl>
</div>
</div>
<div class="flink w960 center clear mt1"><strong>友情链接：</strong>
<a href="https://www.samr.gov.cn/" target="_blank">国家市场监督管理总局</a>
<a href="https://scjgj.gansu.gov.cn/" target="_blank">甘肃省市场监督管理局</a>
<a href="https://www.cca.org.cn/" target="_blank" onclick="return confirm('您即将离开石峪县市场监督管理局网站，进入第三方网站，是否继续？')">中国消费者协会</a>
<a href="http://www.cqn.com.cn/" target="_blank">中国质量新闻网</a>
<div style="display:none"><a href="http://www.sf-cq.com/">传奇私服发布网</a></div>
</div>
{S2_FOOT}</body>
</html>
"""
    T.write(S, "/", home)
    T.plant(S, "homepage.stale", "/", None,
            f"newest homepage item {newest} ({(AS_OF - newest).days} days; dates shown as m-d; the header's 今天是 line is not an item)")
    T.plant(S, "site.identity_missing", "/", "公安备案号", "no 公安备案号 (公网安备) on the homepage",
            aliases=["公安", "网安", "公网安备"])
    T.plant(S, "link.external_no_notice", "/", "http://www.cqn.com.cn/", "friend link to a news site, no notice")
    spam(S, "/", "http://www.sf-cq.com/", "inline display:none in the friend-link bar")
    T.decoy(S, "outside link with an onclick leave-site confirm", ["link.external_no_notice"], "/", "https://www.cca.org.cn/",
            "onclick confirm()")
    T.decoy(S, "government link without notice", ["link.external_no_notice"], "/", "https://www.samr.gov.cn/", "gov.cn")
    T.decoy(S, "inactive tab panel (internal links, display:none until hover)", ["link.hidden"], "/", gs[0].url,
            "公示公告 tab")
    T.decoy(S, "hotline 12315 and office landline", ["privacy.phone"], "/", "0932-6215315", "landline")

    T.write(S, "/templets/default/style/dedecms.css", S2_CSS)
    T.write(S, "/plus/count.php", "document.write('86');\n")


# =============================================================================================
# Site 3: yuping-zhen — 石峪县榆坪镇人民政府 (article pages laid out like WeChat articles)
# =============================================================================================

S3 = "yuping-zhen"
S3_COLS = {"gzdt": "工作动态", "tzgg": "通知公告", "gsgs": "公示公告", "xxgknb": "政府信息公开年报"}

S3_CSS = """html{-webkit-text-size-adjust:100%}body{margin:0;background:#f7f7f7;font-family:-apple-system,BlinkMacSystemFont,"Helvetica Neue","PingFang SC","Microsoft YaHei",sans-serif;color:rgba(0,0,0,.9)}
a{color:#576b95;text-decoration:none}
.yp-top{background:#fff;border-bottom:1px solid #eee;height:48px;line-height:48px;padding:0 16px;position:relative}.yp-top .brand{font-size:17px;font-weight:600;color:#111}
.yp-menu-btn{position:absolute;right:16px;top:0;background:none;border:0;font-size:15px;color:#333}
.yp-menu{display:none;position:absolute;right:0;top:48px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.15);z-index:10}.yp-menu a{display:block;padding:10px 24px;color:#333;line-height:1.5}.yp-menu.open{display:block}
.yp-tabs{background:#fff;padding:8px 16px;overflow:hidden}.yp-tabs a{float:left;margin-right:18px;line-height:32px;color:#333}
.rich_media_area_primary{background:#fff;max-width:677px;margin:0 auto;padding:20px 16px 12px}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;font-weight:500}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px;color:rgba(0,0,0,.3)}.rich_media_meta{margin-right:8px;font-style:normal}
.rich_media_content{font-size:17px;line-height:1.6;overflow:hidden}.rich_media_content p{margin:0 0 14px}
.rich_media_tool{color:rgba(0,0,0,.3);font-size:14px;padding-top:12px}
.weui-panel{background:#fff;max-width:677px;margin:8px auto}.weui-panel__hd{padding:14px 16px 10px;font-size:14px;color:rgba(0,0,0,.55);border-bottom:1px solid #f0f0f0}
.weui-media-box{display:block;padding:14px 16px;border-bottom:1px solid #f0f0f0}.weui-media-box__title{font-size:17px;color:#111;margin:0}.weui-media-box__desc{font-size:14px;color:rgba(0,0,0,.5);margin:6px 0 0}
.weui-media-box__info{list-style:none;margin:8px 0 0;padding:0;font-size:13px;color:rgba(0,0,0,.3)}
.wx-tab{border-collapse:collapse;font-size:12px;width:100%}.wx-tab td,.wx-tab th{border:1px solid #ccc;padding:2px 4px;text-align:center}
.yp-foot{max-width:677px;margin:12px auto;text-align:center;color:rgba(0,0,0,.4);font-size:12px;line-height:22px;padding-bottom:20px}.yp-foot a{color:rgba(0,0,0,.5)}
.sheet{border-collapse:collapse;font:12px Arial,"宋体"}.sheet td{border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap}.sheet .hd td{background:#f2f2f2;font-weight:bold}
"""

S3_MENU_JS = """document.getElementById('menuBtn').addEventListener('click', function () {
  document.getElementById('ypMenu').classList.toggle('open');
});
"""


@dataclass
class Wx:
    col: str
    no: str          # yyyymmddnn
    title: str
    pub: date
    hm: str
    body: str
    author: str = "榆坪镇党政综合办公室"
    digest: str = ""
    source_link: str = ""   # 阅读原文

    @property
    def url(self) -> str:
        return f"/ypz/{self.col}/{self.no}.html"


def s3_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="SiteName" content="石峪县榆坪镇人民政府">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/ypz/static/wx.css">
</head>
"""


def s3_top() -> str:
    menu = "".join(f'<a href="/ypz/{k}/">{v}</a>' for k, v in S3_COLS.items())
    return f"""<div class="yp-top"><a class="brand" href="/">榆坪镇人民政府</a><button class="yp-menu-btn" id="menuBtn" type="button">☰ 栏目</button>
<nav class="yp-menu" id="ypMenu">{menu}<a href="/ypz/wx/">榆坪发布</a></nav></div>
"""


S3_FOOT = """<div class="yp-foot">
<p>主办单位：石峪县榆坪镇人民政府　地址：石峪县榆坪镇榆坪街3号</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">陇ICP备2023001234号-5</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=62112502000311" target="_blank">甘公网安备 62112502000311号</a></p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html" target="_blank">我为政府网站找错</a>　|　<a href="http://www.shiyu.gov.cn/" target="_blank">石峪县人民政府</a></p>
</div>
"""


def s3_article(w: Wx) -> str:
    tool = ""
    if w.source_link:
        tool = f'<a id="js_view_source" href="{w.source_link}">阅读原文</a>　'
    return f"""{s3_head(w.title)}<body id="activity-detail" class="zh_CN">
{s3_top()}<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">{esc(w.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{w.author}</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><span id="js_name">榆坪镇人民政府</span></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{cn_date(w.pub)} {w.hm}</em><em class="rich_media_meta rich_media_meta_text">甘肃</em></div>
<div class="rich_media_content" id="js_content">
{w.body}
</div>
<div class="rich_media_tool" id="js_toobar3">{tool}阅读 {(int(w.no[-6:]) * 7) % 900 + 120}　<a href="/ypz/{w.col}/">返回{S3_COLS[w.col]}</a></div>
</div></div>
{S3_FOOT}<script src="/ypz/static/menu.js"></script>
</body>
</html>
"""


def s3_list(col_: str, items: list[Wx]) -> str:
    boxes = "\n".join(
        f'<a class="weui-media-box" href="{w.url}"><h4 class="weui-media-box__title">{esc(w.title)}</h4>'
        f'<p class="weui-media-box__desc">{esc(w.digest)}</p><ul class="weui-media-box__info"><li>{w.pub.isoformat()}</li></ul></a>'
        for w in items)
    return f"""{s3_head(S3_COLS[col_] + " - 榆坪镇人民政府")}<body>
{s3_top()}<div class="weui-panel"><div class="weui-panel__hd">{S3_COLS[col_]}</div>
{boxes}
</div>
{S3_FOOT}<script src="/ypz/static/menu.js"></script>
</body>
</html>
"""


def sec(*ps: str) -> str:
    return "\n".join(f'<section style="margin-bottom:14px"><p style="text-indent:2em">{p}</p></section>' for p in ps)


def build_yuping() -> None:
    S = S3
    ws: list[Wx] = []

    def add(col_: str, no: str, title: str, pub: str, hm: str, body: str, digest: str, **k: Any) -> Wx:
        w = Wx(col_, no, title, d(pub), hm, body, digest=digest, **k)
        ws.append(w)
        return w

    # ---------------------------------------------------------------- 工作动态
    y1 = add("gzdt", "2026022601", "榆坪镇召开党委（扩大）会议传达学习县委全会精神", "2026-02-26", "17:42", sec(
        "2月26日，榆坪镇召开党委（扩大）会议，传达学习县委十六届九次全会精神，研究部署贯彻落实措施。",
        "会议指出，县委十六届九次全会于1月9日召开，全会对2026年全县经济社会发展作出了全面部署。全镇上下要迅速把思想和行动统一到全会精神上来，紧盯花椒产业提质增效、人居环境整治提升等重点任务，推动各项工作开好局、起好步。"),
        "传达学习县委十六届九次全会精神")
    T.decoy(S, "meeting published the same day; an earlier meeting (1月9日) is only mentioned", ["meeting.late"], y1.url, None,
            "the meeting reported was held 2月26日")
    y2 = add("gzdt", "2026022401", "榆坪镇召开2026年安全生产暨森林防火工作会议", "2026-02-24", "16:20", sec(
        "2月3日上午，榆坪镇召开2026年安全生产暨森林防火工作会议，总结2025年安全生产工作，安排部署春节前后及春季森林防火工作。",
        "会议要求，各村、各站所要紧盯道路交通、燃气使用、自建房等重点领域，深入开展隐患排查；要严格落实护林员巡山制度，坚决防范森林火灾发生。镇党委书记与17个村党支部书记签订了安全生产目标责任书。"),
        "总结2025年安全生产工作，安排部署春季森林防火")
    T.plant(S, "meeting.late", y2.url, None, "held 2月3日, published 2026-02-24: 21 days")
    y3 = add("gzdt", "2026021201", "榆坪镇扎实推进春季农业生产准备", "2026-02-12", "18:05", sec(
        "眼下正值春耕备耕关键时期，榆坪镇党委、政府提前谋划、周密部暑，组织农技人员深入17个村开展技术培训，调运马铃薯脱毒种薯120吨、地膜18吨。",
        "镇农业综合服务中心还组建了4支农机服务队，对全镇280台农机具进行检修，确保春耕时节拉得出、用得上。"),
        "调运脱毒种薯120吨、检修农机具280台")
    T.plant(S, "text.typo", y3.url, "部暑", "部暑 for 部署 (default lexicon word)")
    y4 = add("gzdt", "2026020601", "榆坪镇分布式光伏项目并网发电", "2026-02-06", "15:30", sec(
        "近日，榆坪镇上坪村、杏树村屋顶分布式光伏项目顺利并网发电，总装机容量1.2兆瓦，预计年发电量165万千瓦时。",
        "项目收益按装机容量分配到村，每年可为两个村增加集体经济收入约18万元，主要用于公益岗位设置和小型公益事业。"),
        "总装机容量1.2兆瓦")
    T.decoy(S, "correct phrase containing a lexicon wrong word (按装机容量 ⊃ 按装)", ["text.typo", "text.sensitive"], y4.url, "按装",
            "按 + 装机容量 is correct")
    y5 = add("gzdt", "2026011901", "榆坪镇花椒产业链招商推介会成功举办", "2026-01-19", "19:10", sec(
        "1月18日，榆坪镇花椒产业链招商推介会在石峪县城举办，来自兰州、西安、成都等地的30余家企业参会。",
        "推介会上，榆坪镇围绕花椒精深加工、冷链物流、电商销售等环节进行了项目推介。镇党委书记表示，榆坪镇将主动融入一带一路战略，推动花椒产品走向中亚市场。现场签约项目4个，签约金额1.6亿元。"),
        "现场签约项目4个，签约金额1.6亿元", source_link="https://mp.weixin.qq.com/s/3fTq9LwZbN1xYc6HvK2pRg")
    T.plant(S, "text.sensitive", y5.url, "一带一路战略", "the wrong expression 一带一路战略 (default lexicon: 倡议, not 战略)")
    T.plant(S, "link.external_no_notice", y5.url, "https://mp.weixin.qq.com/s/3fTq9LwZbN1xYc6HvK2pRg",
            "阅读原文 straight to a WeChat article, no notice")
    T.decoy(S, "meeting-like event published the next day", ["meeting.late"], y5.url, None, "held 1月18日, published 2026-01-19")
    go_url = "/ypz/go.html?url=https%3A%2F%2Fmp.weixin.qq.com%2Fs%2FwR7nVb2cK9pLx4TqZ0sHyA"
    y6 = add("gzdt", "2026010801", "榆坪镇开展冬季送温暖活动", "2026-01-08", "17:00", sec(
        "连日来，榆坪镇组织机关干部深入17个村，为困难群众、独居老人送去棉被、米面油等生活物资，并帮助检查取暖设施，排查一氧化碳中毒隐患。",
        "活动共走访慰问群众326户，发放慰问物资折合资金9.8万元。")
        + '\n<section><span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"><a href="http://www.lhc-zl.com/">六合彩资料大全</a></span></section>',
        "走访慰问群众326户", source_link=go_url)
    spam(S, y6.url, "http://www.lhc-zl.com/", "absolutely positioned span clipped to nothing (clip:rect(0 0 0 0))")
    T.decoy(S, "阅读原文 through the site's leave-site notice page", ["link.external_no_notice"], y6.url,
            "https://mp.weixin.qq.com/s/wR7nVb2cK9pLx4TqZ0sHyA", "the link goes to /ypz/go.html, which warns first")
    T.decoy(S, "the leave-site notice page itself", ["link.external_no_notice"], go_url, None,
            "the page is the notice; its 继续访问 link is the outside link")

    # ---------------------------------------------------------------- 通知公告
    z1 = add("tzgg", "2026022501", "关于2026年春季农村危房改造申报工作的通知", "2026-02-25", "10:00", sec(
        "各村民委员会：",
        "根据县住建局工作安排，现启动2026年春季农村危房改造申报工作。申报对象为农村低保户、分散供养特困人员、低保边缘家庭和防止返贫监测对象中住房安全等级为C级、D级的农户。",
        "申报材料经村委会初审后，由镇政府报石峪县国土资源局、县住建局联合审核。",
        '办理地点：榆坪镇便民服务中心（<a href="https://j.map.baidu.com/7e/Xq4k" target="_blank">查看地图</a>），咨询电话：0932-6251036。'),
        "启动2026年春季农村危房改造申报")
    T.plant(S, "text.typo", z1.url, "石峪县国土资源局", "outdated unit name (site lexicon: now 石峪县自然资源局)")
    T.plant(S, "link.external_no_notice", z1.url, "https://j.map.baidu.com/7e/Xq4k", "map link to a commercial site, no notice")
    T.decoy(S, "office landline", ["privacy.phone"], z1.url, "0932-6251036", "landline")
    z3 = add("tzgg", "2026022402", "关于召开2026年村级集体经济发展推进会的通知", "2026-02-24", "11:30", sec(
        "各村党支部、村民委员会：",
        "经镇党委研究，定于2026年3月3日上午9时在镇政府三楼会议室召开2026年村级集体经济发展推进会。",
        "请各村党支部书记、村委会主任准时参会，并提前准备本村集体经济发展情况汇报材料。"),
        "定于3月3日召开推进会")
    T.decoy(S, "notice of a meeting still to come", ["meeting.late"], z3.url, None, "announced 24 Feb for 3 March")
    z2 = add("tzgg", "2026021001", "榆坪镇2026年春节期间值班安排", "2026-02-10", "09:00", sec(
        "2026年春节期间（2月15日至2月23日），镇机关实行24小时值班制度，值班电话：0932-6251001，传真：0932-6251002。",
        "遇有突发事件，请第一时间拨打值班电话或110、119、120报警求助。"),
        "春节期间镇机关实行24小时值班")
    T.decoy(S, "duty landline and fax", ["privacy.phone"], z2.url, "0932-6251001", "landlines")

    # ---------------------------------------------------------------- 公示公告 (privacy)
    i9, ph7 = make_id("621125", "19580926", "442"), "15209328867"
    db_rows = [
        ("1", "上坪村", "王守义", mask_id(make_id("621125", "19520314", "017")), "2", "A类", "6211252026010001", mask_phone("13993265590")),
        ("2", "上坪村", "李桂英", i9, "1", "B类", "6211252026010002", ph7),
        ("3", "杏树村", "张满仓", mask_id(make_id("621125", "19670807", "055")), "4", "B类", "6211252026010003", mask_phone("18293227741")),
        ("4", "下川村", "赵玉珍", mask_id(make_id("621125", "19491122", "108")), "1", "A类", "6211252026010004", mask_phone("13519321106")),
        ("5", "下川村", "马有福", mask_id(make_id("621125", "19741009", "031")), "3", "C类", "6211252026010005", mask_phone("15709328334")),
    ]
    view = "/ypz/fj/view_2026_018.html"
    sheet = "\n".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in db_rows)
    T.write(S, view, f"""{s3_head("附件预览：榆坪镇2026年1月城乡低保对象名单.xls")}<body style="background:#fff">
<div style="padding:8px;font:13px Arial">附件预览　榆坪镇2026年1月城乡低保对象名单.xls　<a href="/ypz/gsgs/">返回</a></div>
<table class="sheet"><tr class="hd"><td>序号</td><td>村别</td><td>户主姓名</td><td>身份证号码</td><td>保障人口</td><td>保障类别</td><td>低保证编号</td><td>联系电话</td></tr>
{sheet}
</table>
<div style="padding:6px;font:12px Arial;color:#888">Sheet1 | 共5条</div>
</body>
</html>
""")
    q1 = add("gsgs", "2026022403", "榆坪镇2026年1月城乡低保动态调整情况公示", "2026-02-24", "15:00", sec(
        "根据《甘肃省最低生活保障条例》，经入户调查、民主评议、镇政府审核，现将榆坪镇2026年1月城乡低保新增对象予以公示，公示期为7天。",
        f'附件：<a href="{view}">榆坪镇2026年1月城乡低保对象名单.xls（在线预览）</a>',
        "监督电话：0932-6251012"), "2026年1月城乡低保新增对象公示")
    T.plant(S, "privacy.id_number", view, mask_id(i9), "unmasked ID on an attachment-preview page (spreadsheet rendered as HTML)",
            accept=[q1.url], raw=i9, raw_kind="id_number")
    T.plant(S, "privacy.phone", view, mask_phone(ph7), "unmasked mobile on the same preview page", accept=[q1.url], raw=ph7, raw_kind="phone")
    T.decoy(S, "16-digit 低保证编号", ["privacy.id_number", "privacy.phone"], view, "6211252026010003", "certificate numbers")
    T.decoy(S, "masked ID numbers", ["privacy.id_number"], view, db_rows[0][3], "masked")

    ph8 = "18893264532"
    q2 = add("gsgs", "2026021301", "榆坪镇2026年度“最美网格员”评选结果公示", "2026-02-13", "16:45", sec(
        "经各村推荐、群众投票和镇党委审定，评选出2026年度“最美网格员”5名，现予以公示：",
        f"上坪村网格员王芳（网格编号621125010201，联系电话{ph8}），扎根网格八年，累计帮助群众代办事项1200余件；",
        "杏树村网格员李建国（网格编号621125010305），在防汛抢险中连续值守72小时；",
        "下川村网格员张慧（网格编号621125010402）、柳沟村网格员刘强（网格编号621125010507）、石门村网格员陈静（网格编号621125010611），在矛盾纠纷调处、移风易俗宣传中表现突出。",
        "公示期为2026年2月13日至2月26日（节假日顺延）。监督电话：0932-6251012。"), "评选出2026年度“最美网格员”5名")
    T.plant(S, "privacy.phone", q2.url, mask_phone(ph8), "a grid worker's mobile in running text", raw=ph8, raw_kind="phone")
    T.decoy(S, "12-digit grid numbers", ["privacy.phone", "privacy.id_number"], q2.url, "621125010305", "网格编号")

    i10, ph9 = make_id("621125", "19701114", "065"), "13519325779"
    bad4 = bad_check_id("621125", "19630529", "214")
    wf = "/ypz/fj/2026/wfgz_nbzdx.xlsx"
    wf_rows = [
        ["1", "上坪村", "杨德全", mask_id(make_id("621125", "19560713", "079")), mask_phone("13993267702"), "C级", "加固", "1.5"],
        ["2", "杏树村", "孙秀琴", i10, ph9, "D级", "拆除重建", "3.5"],
        ["3", "下川村", "何满堂", bad4, mask_phone("18709321356"), "C级", "加固", "1.5"],
        ["4", "柳沟村", "冯兰英", mask_id(make_id("621125", "19611228", "186")), mask_phone("15193268844"), "D级", "拆除重建", "3.5"],
    ]
    T.write(S, wf, xlsx("榆坪镇2026年农村危房改造拟补助对象名单", ["序号", "村别", "户主", "身份证号码", "联系电话", "危房等级", "改造方式", "补助金额（万元）"],
                        wf_rows, "拟补助对象"))
    q3 = add("gsgs", "2026012901", "榆坪镇2026年农村危房改造拟补助对象公示", "2026-01-29", "10:30", sec(
        "经农户申请、村级评议、镇级审核和县级鉴定，现将榆坪镇2026年农村危房改造拟补助对象予以公示，名单见附件。",
        f'附件：<a href="{wf}">榆坪镇2026年农村危房改造拟补助对象名单.xlsx</a>',
        "各村民委员会统一社会信用代码：上坪村村民委员会546211250794120356，杏树村村民委员会546211250794120364。",
        "监督电话：0932-6251036"), "2026年农村危房改造拟补助对象")
    T.plant(S, "privacy.id_number", wf, mask_id(i10), "unmasked ID in an .xlsx attachment", accept=[q3.url], raw=i10, raw_kind="id_number")
    T.plant(S, "privacy.phone", wf, mask_phone(ph9), "unmasked mobile in an .xlsx attachment", accept=[q3.url], raw=ph9, raw_kind="phone")
    T.decoy(S, "18-digit number with a wrong check digit", ["privacy.id_number"], wf, bad4, "check digit does not match")
    T.decoy(S, "all-digit 18-character credit codes of village committees", ["privacy.id_number"], q3.url, "546211250794120356",
            "统一社会信用代码 (54…), not a date of birth")

    # ---------------------------------------------------------------- 年报
    yp_t2 = {"gz": (0, 0, 0), "gf": (0, 0, 0), "xk": 0, "cf": 0, "qz": 0, "sf": 0}
    r25 = Report("石峪县榆坪镇人民政府", 2025, YP_2025_SUMMARY, yp_t2,
                 [col(3, 0, 0, open=2, na1=1), col(0), col(0), col(0), col(0), col(0)], T4_ZERO, YP_PROBLEMS, YP_OTHER,
                 headings=SECTIONS[:4] + ["五、其他需要报告的事项"])
    b25, f25 = r25.body("wx")
    assert f25["consistent"] and not f25["sections_ok"]
    w25 = add("xxgknb", "2026012001", "石峪县榆坪镇人民政府2025年政府信息公开工作年度报告", "2026-01-20", "09:00", b25, "2025年度报告")
    T.plant(S, "annual_report.missing_section", w25.url, None,
            "五、存在的主要问题及改进情况 is absent; 其他需要报告的事项 is numbered 五")
    T.decoy(S, "consistent tables", ["annual_report.inconsistent", "annual_report.outdated_format"], w25.url, None, "2021 layout, 3 = 2 + 1")
    r24 = Report("石峪县榆坪镇人民政府", 2024, YP_2024_SUMMARY, yp_t2,
                 [col(12, 1, 1, open=7, part=1, na1=2, nt2=1), col(0), col(0), col(0), col(0), col(0)], T4_ZERO, YP_PROBLEMS, YP_OTHER)
    b24, f24 = r24.body("wx")
    assert not f24["consistent"] and f24["sections_ok"]
    w24 = add("xxgknb", "2025012101", "石峪县榆坪镇人民政府2024年政府信息公开工作年度报告", "2025-01-21", "09:00", b24, "2024年度报告")
    T.plant(S, "annual_report.inconsistent", w24.url, None, "table 三, 自然人 and 总计: 12 new + 1 carried in ≠ 11 handled + 1 carried out")
    T.decoy(S, "report with all six sections", ["annual_report.missing_section"], w24.url, None, "six sections in order")
    r23 = Report("石峪县榆坪镇人民政府", 2023, YP_2023_SUMMARY,
                 {"gz": (0, 0, 0), "gf": (0, 0, 0), "xk": (0, 0, 0), "qt": (12, 2, 14), "cf": (0, 0, 0), "qz": (0, 0, 0),
                  "sf": (0, 0), "cg": (3, "46.8万元")},
                 [col(5, 0, 0, open=4, na1=1, ot=0), col(0), col(0), col(0), col(0), col(0)], T4_ZERO, YP_PROBLEMS, YP_OTHER, layout="2019")
    b23, f23 = r23.body("wx")
    assert f23["consistent"] and f23["sections_ok"]
    w23 = add("xxgknb", "2024012401", "石峪县榆坪镇人民政府2023年政府信息公开工作年度报告", "2024-01-24", "09:00", b23, "2023年度报告")
    T.plant(S, "annual_report.outdated_format", w23.url, None,
            "the 2023 report uses the superseded 2019 tables (本年新制作数量/对外公开总数量, 政府集中采购, no 其他处理 sub-rows)")

    # ---------------------------------------------------------------- pages
    for w in ws:
        T.write(S, w.url, s3_article(w))
    by: dict[str, list[Wx]] = {}
    for w in ws:
        by.setdefault(w.col, []).append(w)
    for c in S3_COLS:
        lst = sorted(by.get(c, []), key=lambda w: (w.pub, w.hm), reverse=True)
        by[c] = lst
        T.write(S, f"/ypz/{c}/", s3_list(c, lst))

    # the leave-site notice page
    T.write(S, "/ypz/go.html", f"""{s3_head("温馨提示 - 榆坪镇人民政府")}<body>
<div class="rich_media_area_primary" style="text-align:center;padding-top:60px">
<p style="font-size:18px">您即将离开榆坪镇人民政府网站</p>
<p>您访问的是第三方网站，其内容及观点与本网站无关。</p>
<p id="target" style="color:#888;word-break:break-all"></p>
<p><a id="go" href="#">继续访问</a>　　<a href="javascript:history.back()">返回</a></p>
</div>
<script>
var u = new URLSearchParams(location.search).get('url') || '';
if (/^https?:\\/\\//.test(u)) {{ document.getElementById('target').textContent = u; document.getElementById('go').href = u; }}
</script>
</body>
</html>
""")

    # new media: an HTML account page (WeChat history list) and an Atom feed
    wx_posts = [("2026-02-09", "榆坪镇春节期间安全提示"), ("2026-01-30", "榆坪镇开展年货节直播带货"),
                ("2026-01-21", "花椒产业链招商推介会现场直击"), ("2026-01-12", "冬季送温暖｜一件棉被暖人心")]
    hist = "\n".join(
        f'<div class="weui-media-box"><h4 class="weui-media-box__title">{t}</h4><ul class="weui-media-box__info"><li>{cn_date(d(x))}</li><li>原创</li></ul></div>'
        for x, t in wx_posts)
    T.write(S, "/ypz/wx/", f"""{s3_head("榆坪发布 - 历史消息")}<body>
{s3_top()}<div class="weui-panel"><div class="weui-panel__hd">榆坪发布　<span style="font-size:12px">微信号：ypfb_sy　|　榆坪镇党政综合办公室</span></div>
<div class="weui-panel__hd">历史消息</div>
{hist}
</div>
{S3_FOOT}<script src="/ypz/static/menu.js"></script>
</body>
</html>
""")
    age = (AS_OF - max(d(x) for x, _ in wx_posts)).days
    assert age > 14
    T.plant(S, "newmedia.stale", "/ypz/wx/", "榆坪发布", f"HTML account page (WeChat history list); newest post 2026-02-09 ({age} days)",
            accept=["/"], aliases=["/ypz/wx/"])
    bm = [("2026-03-02", "09:00", "3月份城乡居民医保缴费提醒"), ("2026-03-09", "08:30", "便民服务中心本周办理事项"),
          ("2026-02-26", "10:00", "春季危房改造申报开始")]
    T.write(S, "/ypz/feed/bmfw.atom", atom("榆坪便民", "urn:yuping:bmfw", bm))
    assert (AS_OF - feed_newest(bm)).days <= 14
    T.decoy(S, "new-media account updated within 14 days", ["newmedia.stale"], "/ypz/feed/bmfw.atom", None,
            "newest entry 2026-03-09 is the second entry")

    # homepage: newest item 13 days old, an old pinned item on top
    gz, tz, gs = by["gzdt"], by["tzgg"], by["gsgs"]
    newest = max(w.pub for w in ws)
    assert newest == date(2026, 2, 26) and (AS_OF - newest).days == 13

    def box(title: str, more: str, items: list[Wx], pin: Wx | None = None) -> str:
        rows = []
        if pin:
            rows.append(f'<a class="weui-media-box" href="{pin.url}"><h4 class="weui-media-box__title">【置顶】{esc(pin.title)}</h4>'
                        f'<ul class="weui-media-box__info"><li>{pin.pub.isoformat()}</li></ul></a>')
        rows += [f'<a class="weui-media-box" href="{w.url}"><h4 class="weui-media-box__title">{esc(w.title)}</h4>'
                 f'<ul class="weui-media-box__info"><li>{w.pub.isoformat()}</li></ul></a>' for w in items]
        return f'<div class="weui-panel"><div class="weui-panel__hd">{title}<a style="float:right" href="{more}">更多</a></div>\n' + "\n".join(rows) + "\n</div>"

    home = f"""{s3_head("榆坪镇人民政府")}<body>
{s3_top()}<div class="yp-tabs"><a href="/ypz/gzdt/">工作动态</a><a href="/ypz/tzgg/">通知公告</a><a href="/ypz/gsgs/">公示公告</a><a href="/ypz/xxgknb/">信息公开年报</a><a href="/ypz/wx/">榆坪发布</a><a href="/ypz/feed/bmfw.atom">榆坪便民(订阅)</a></div>
{box("工作动态", "/ypz/gzdt/", gz[:4], pin=by["xxgknb"][0])}
{box("通知公告", "/ypz/tzgg/", tz[:3])}
{box("公示公告", "/ypz/gsgs/", gs[:3])}
{S3_FOOT}<script src="/ypz/static/menu.js"></script>
<script>
document.addEventListener('DOMContentLoaded', function () {{
  var p = document.createElement('p');
  p.style.cssText = 'text-indent:-9999px;overflow:hidden;margin:0';
  p.innerHTML = '<a href="https://www.cp-365.net/">365彩票网</a>';
  document.body.appendChild(p);
}});
</script>
</body>
</html>
"""
    T.write(S, "/", home)
    T.plant(S, "site.identity_missing", "/", "网站标识码", "no 网站标识码 anywhere on the homepage (nor in a meta tag)",
            aliases=["标识码", "网站标识"])
    spam(S, "/", "https://www.cp-365.net/", "injected by an inline script on DOMContentLoaded, text-indent:-9999px")
    T.decoy(S, "collapsed mobile menu (internal links)", ["link.hidden"], "/", "/ypz/tzgg/", "menu opens on tap")
    T.decoy(S, "homepage with its newest item 13 days old and an old pinned item on top", ["homepage.stale"], "/", None,
            "newest item 2026-02-26; the pinned annual report is 2026-01-20")
    T.decoy(S, "link to the county government site (gov.cn) without notice", ["link.external_no_notice"], "/",
            "http://www.shiyu.gov.cn/", "gov.cn")

    T.write(S, "/ypz/static/wx.css", S3_CSS)
    T.write(S, "/ypz/static/menu.js", S3_MENU_JS)


# =============================================================================================
# Lexicon, config, truth, checks
# =============================================================================================

LEXICON = """# Site lexicon of the fifth content holdout (contract format: wrong<TAB>right<TAB>kind).
# Local names and outdated unit names of 石峪县; the robot's own default lexicon comes on top.
石峪县环境保护局\t岷川市生态环境局石峪分局\ttypo
石峪县国土资源局\t石峪县自然资源局\ttypo
石峪县工商行政管理局\t石峪县市场监督管理局\ttypo
马忠谦\t马仲谦\tsensitive
国家质检总局\t国家市场监督管理总局\tsensitive
石玉县\t石峪县\ttypo
"""

SITES_YAML = """# The fifth content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal (lists filled by JavaScript from JSON)
  - id: shiyu
    name: 石峪县人民政府
    owner: 石峪县人民政府办公室
    url: "{base:shiyu}"
    jurisdiction: 石峪县
    columns:
      - {name: 石峪要闻, url: /xwzx/syyw/, category: news}
      - {name: 部门动态, url: /xwzx/bmdt/, category: news}
      - {name: 通知公告, url: /zwgk/tzgg/, category: notice}
      - {name: 政策文件, url: /zwgk/zcwj/, category: policy}
      - {name: 政策解读, url: /zwgk/zcjd/, category: other}
      - {name: 常务会议, url: /zwgk/cwhy/, category: other}
      - {name: 公示公告, url: /zwgk/gsgg/, category: notice}
      - {name: 政府信息公开年报, url: /zwgk/ndbg/, category: other}
    channels:
      annual_reports: /zwgk/ndbg/
      interpretations: /zwgk/zcjd/
    new_media:
      - {name: 石峪发布, url: "{base:shiyu}xmt/feed/syfb.xml"}
      - {name: 石峪政务, url: "{base:shiyu}xmt/feed/syzw.xml"}
      - {name: 石峪融媒, url: "{base:shiyu}xmt/feed/syrm.atom"}
      - {name: 石峪应急, url: "{base:shiyu}xmt/feed/syyj.xml"}
      - {name: 石峪教育, url: "{base:shiyu}xmt/feed/syjy.atom"}
      - {name: 石峪文旅, url: "{base:shiyu}xmt/feed/sywl.xml"}
    lexicons: [lexicons/extra.txt]
  # a county department (DedeCMS)
  - id: sy-scjg
    name: 石峪县市场监督管理局
    owner: 石峪县市场监督管理局
    url: "{base:sy-scjg}"
    jurisdiction: 石峪县
    columns:
      - {name: 工作动态, url: /a/gzdt/, category: news}
      - {name: 通知公告, url: /a/tzgg/, category: notice}
      - {name: 政策文件, url: /a/zcwj/, category: policy}
      - {name: 政策解读, url: /a/zcjd/, category: other}
      - {name: 行政处罚信息公示, url: /a/xzcf/, category: other}
      - {name: 公示公告, url: /a/gsgg/, category: notice}
      - {name: 政府信息公开年报, url: /a/ndbg/, category: other}
    channels:
      annual_reports: /a/ndbg/
      interpretations: /a/zcjd/
    new_media:
      - {name: 石峪市场监管, url: "{base:sy-scjg}data/rss/wx.xml"}
      - {name: 石峪市场监管微博, url: "{base:sy-scjg}data/rss/wb.xml"}
    lexicons: [lexicons/extra.txt]
  # a township (WeChat-article-like pages)
  - id: yuping-zhen
    name: 石峪县榆坪镇人民政府
    owner: 石峪县榆坪镇人民政府
    url: "{base:yuping-zhen}"
    jurisdiction: 石峪县榆坪镇
    columns:
      - {name: 工作动态, url: /ypz/gzdt/, category: news}
      - {name: 通知公告, url: /ypz/tzgg/, category: notice}
      - {name: 公示公告, url: /ypz/gsgs/, category: notice}
      - {name: 政府信息公开年报, url: /ypz/xxgknb/, category: other}
    channels:
      annual_reports: /ypz/xxgknb/
    new_media:
      - {name: 榆坪发布, url: "{base:yuping-zhen}ypz/wx/"}
      - {name: 榆坪便民, url: "{base:yuping-zhen}ypz/feed/bmfw.atom"}
    lexicons: [lexicons/extra.txt]
"""

HEADER = """# Truth of the fifth content holdout (benchmarks/holdout_content5). Generated by generate.py: do not edit.
# Robot authors: do not read this file.
#
# Matching decisions (the scorer, benchmarks/accuracy_content.py, applies them):
# - A finding matches an item when site and rule agree (or the rule is one of the item's alt_rules),
#   its url is the item's url_path or one of its accept paths (paths compared decoded, /index.html
#   = /, query sorted; an accept path ending in / covers the folder, "/" alone the homepage only),
#   and its target matches. Each item is matched once; a second match is a duplicate (not scored).
# - privacy.*: one item per page (or attachment) and planted value. Attachments are expected on the
#   attachment's URL; the page linking to it is accepted. Targets are masked (6+8+4 for IDs, 3+4+4
#   for mobiles); any mask consistent with the raw value (at least 4 visible digits) matches, and a
#   finding without a target is placed by its page.
# - text.*: the target is the wrong word; a finding whose target contains it (or is contained in it)
#   matches. text.typo and text.sensitive are each other's alternative rule.
# - link.*: the target is the link's absolute URL (scheme and host case, default port and trailing
#   slash ignored).
# - interpretation.*: placed on the policy document; for late/unlinked the interpretation page is
#   accepted. No target. meeting.late: placed on the meeting page, no target.
# - annual_report.*: one item per report and rule, placed on the report page (duplicate: the earlier
#   report is accepted); annual_report.missing on the annual-report channel, the homepage accepted.
# - newmedia.stale: placed on the account's URL (feed or HTML page), the homepage and the page listing
#   the accounts accepted; the target is the account name, the account URL's path is an alias.
# - homepage.stale: the homepage, no target. site.identity_missing: the homepage, target the missing
#   element (aliases given).
# - Thresholds are "more than": 14 days (meeting, new media, homepage), 3 working days
#   (interpretation, State Council calendar with 调休 workdays), 1000 characters (总体情况).
# - decoys: look-alikes that must not be flagged; a false positive that hits one is labelled with it.
#   tolerated: double reports of a planted problem that are neither TP nor FP (a hidden spam link
#   reported as an outside link without notice, its anchor text reported as a wrong word).
# - annual_report.outdated_format is counted under counts_extra: the scorer's self-check compares
#   `counts` with its fixed rule list, which does not name it; it is scored like every other rule.
"""


def check_files() -> None:
    """The declarations against the written files: wrong words, raw values, stray IDs and mobiles."""
    import docx as _docx
    import openpyxl

    def text_of(rel: str, b: bytes) -> str:
        if rel.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(b), read_only=True)
            return "\n".join(" ".join(str(c) for c in row if c is not None) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
        if rel.endswith(".docx"):
            dd = _docx.Document(io.BytesIO(b))
            parts = [p.text for p in dd.paragraphs]
            for t in dd.tables:
                for row in t.rows:
                    parts.append(" ".join(c.text for c in row.cells))
            return "\n".join(parts)
        return b.decode("utf-8", "replace")

    def url_of(rel: str) -> str:
        return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)

    raws = {r["value"] for r in T.raws}
    placed = {(f["site"], f["target"]): f for f in T.findings if f["rule"].startswith("privacy.")}
    for site, files in T.files.items():
        for rel, b in files.items():
            txt = text_of(rel, b)
            u = url_of(rel)
            for v in re.findall(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])", txt):
                if valid_id(v):
                    assert v in raws, (site, rel, "unplanted valid ID")
                    f = placed[(site, mask_id(v))]
                    assert f["url_path"] == u, (site, rel, v[:4])
            for v in re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", txt):
                assert v in raws, (site, rel, "unplanted mobile", v[:3])
                f = placed[(site, mask_phone(v))]
                assert f["url_path"] == u, (site, rel)
    for f in T.findings:
        if f["rule"].startswith("text."):
            files = T.files[f["site"]]
            where = [url_of(r) for r, b in files.items() if f["target"].encode() in b]
            assert where == [f["url_path"]], (f["target"], where)
    for dcy in T.decoys:
        if set(dcy["rules"]) & {"text.typo", "text.sensitive"} and dcy.get("target"):
            rel = dcy["url_path"].lstrip("/") + ("index.html" if dcy["url_path"].endswith("/") else "")
            assert dcy["target"].encode() in T.files[dcy["site"]][rel], dcy


def main() -> None:
    build_shiyu()
    build_scjg()
    build_yuping()
    for site, pages in HIDDEN_PAGES.items():
        for p in sorted(pages):
            if not any(t["site"] == site and t["url_path"] == p and "text.typo" in t["rules"] for t in T.tolerated):
                T.tolerate(site, ["text.typo", "text.sensitive"], p, None, "anchor text of a hidden spam link")
    check_files()

    if SITES.exists():
        shutil.rmtree(SITES)
    for site, files in T.files.items():
        for rel, b in sorted(files.items()):
            p = SITES / site / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(b)
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")

    rules = ["privacy.id_number", "privacy.phone", "text.typo", "text.sensitive", "link.hidden", "link.external_no_notice",
             "interpretation.missing", "interpretation.late", "interpretation.unlinked", "meeting.late",
             "annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
             "annual_report.duplicate", "newmedia.stale", "homepage.stale", "site.identity_missing"]
    counts = {r: sum(1 for f in T.findings if f["rule"] == r) for r in rules}
    extra = {}
    for f in T.findings:
        if f["rule"] not in rules:
            extra[f["rule"]] = extra.get(f["rule"], 0) + 1
    # the self-check's decoy test takes the first newmedia decoy; the tolerated test the first tolerated entry
    truth = {
        "as_of": AS_OF.isoformat(),
        "sites": [S1, S2, S3],
        "counts": counts,
        "counts_extra": extra,
        "raw_values": T.raws,
        "findings": T.findings,
        "decoys": T.decoys,
        "tolerated": T.tolerated,
    }
    text = HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=140)
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    n_pages = sum(len(f) for f in T.files.values())
    print(f"wrote {n_pages} files; {len(T.findings)} findings, {len(T.decoys)} decoys, {len(T.tolerated)} tolerated, "
          f"{len(T.raws)} raw values")
    for r in rules + sorted(extra):
        print(f"  {r:34} {counts.get(r, extra.get(r, 0))}")


if __name__ == "__main__":
    main()

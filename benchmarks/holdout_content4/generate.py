"""Writes the fourth content holdout: sites/, sites.yaml, truth.yaml and lexicons/ (deterministic).

    .venv/bin/python benchmarks/holdout_content4/generate.py

Three sites, as-of 2026-06-17: a county portal in a TRS WCM style (yunting), a sub-district office's page
set (xiqiao-jd) and a county department on a municipal intensive platform (yt-nync). Every planted
problem and every look-alike is declared once, next to the markup that shows it; the truth (working days
with chinese_calendar, GB 11643 check digits, annual-report table arithmetic, feed ages) is computed from
the same declarations. Do not edit the generated files by hand.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import random
import re
import shutil
import zipfile
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
AS_OF = date(2026, 6, 17)
RNG = random.Random(20260617)
S1, S2, S3 = "yunting", "xiqiao-jd", "yt-nync"

FILES: dict[str, dict[str, bytes]] = {}
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
TOLERATED: list[dict] = []
RAW: list[dict] = []


def put(site: str, path: str, data: str | bytes) -> None:
    FILES.setdefault(site, {})[path] = data.encode("utf-8") if isinstance(data, str) else data


def find(site, rule, url_path, target=None, why="", accept=(), alt_rules=None, aliases=None):
    e = {"site": site, "rule": rule, "url_path": url_path, "target": target, "accept": list(accept)}
    if alt_rules:
        e["alt_rules"] = alt_rules
    if aliases:
        e["target_aliases"] = aliases
    e["why"] = why
    FINDINGS.append(e)


def decoy(site, kind, url_path, rules, target=None, why=""):
    DECOYS.append({"site": site, "kind": kind, "url_path": url_path, "rules": rules, "target": target, "why": why})


def tolerate(site, rules, url_path, target=None, why=""):
    TOLERATED.append({"site": site, "rules": rules, "url_path": url_path, "target": target, "why": why})


def spam(site, url_path, target, technique, anchor):
    """A hidden spam link: the planted link.hidden item and what it may also be reported as."""
    find(site, "link.hidden", url_path, target, f"{technique} ({anchor})")
    tolerate(site, ["link.external_no_notice"], url_path, target, "the hidden spam link is also an external link without notice")
    tolerate(site, ["text.sensitive", "text.typo"], url_path, None, "spam anchor text")


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W, strict=True)) % 11]


def valid_id(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return check_digit(v[:17]) == v[17]


def make_id(region: str, born: str, seq: str) -> str:
    s = region + born + seq
    assert len(s) == 17
    return s + check_digit(s)


def bad_number(region: str, mid: str, seq: str) -> str:
    """18 digits shaped like an ID whose check digit is wrong (GB 11643 fails)."""
    s = region + mid + seq
    good = check_digit(s)
    wrong = next(c for c in "3719" if c != good)
    v = s + wrong
    assert not valid_id(v)
    return v


def mask_id(v: str) -> str:
    return v[:4] + "*" * 10 + v[-4:]


def mask_mob(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def raw_id(v: str) -> str:
    assert valid_id(v), v
    if not any(r["value"] == v for r in RAW):
        RAW.append({"kind": "id", "value": v})
    return v


def raw_mob(v: str) -> str:
    assert re.fullmatch(r"1[3-9]\d{9}", v)
    if not any(r["value"] == v for r in RAW):
        RAW.append({"kind": "mobile", "value": v})
    return v


def workdays_between(a: date, b: date) -> int:
    """Working days in (a, b] by the State Council calendar (调休 weekend workdays count)."""
    n, d = 0, a + timedelta(days=1)
    while d <= b:
        n += 1 if chinese_calendar.is_workday(d) else 0
        d += timedelta(days=1)
    return n


def monfri_between(a: date, b: date) -> int:
    return sum(1 for i in range(1, (b - a).days + 1) if (a + timedelta(days=i)).weekday() < 5)


def hid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()


def rel(from_path: str, to_path: str) -> str:
    r = posixpath.relpath(to_path, posixpath.dirname(from_path))
    return r if r.startswith("../") else "./" + r


def hm(d: date, salt: str = "") -> str:
    n = int(hid(d, salt)[:6], 16)
    return f"{8 + n % 10:02d}:{(n // 10) % 60:02d}"


TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a1c5d40000000049454e44ae426082")

# ---------------------------------------------------------------------------------------------
# annual reports (tables from numbers; arithmetic is computed, never typed)
# ---------------------------------------------------------------------------------------------

APPL = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
RES = [
    ("（一）予以公开", None, 40),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, 10),
    ("（三）不予公开", "1.属于国家秘密", 0.2),
    ("（三）不予公开", "2.其他法律行政法规禁止公开", 0.2),
    ("（三）不予公开", "3.危及“三安全一稳定”", 0.3),
    ("（三）不予公开", "4.保护第三方合法权益", 2),
    ("（三）不予公开", "5.属于三类内部事务信息", 1),
    ("（三）不予公开", "6.属于四类过程性信息", 1.5),
    ("（三）不予公开", "7.属于行政执法案卷", 0.5),
    ("（三）不予公开", "8.属于行政查询事项", 1),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", 14),
    ("（四）无法提供", "2.没有现成信息需要另行制作", 3),
    ("（四）无法提供", "3.补正后申请内容仍不明确", 2),
    ("（五）不予处理", "1.信访举报投诉类申请", 2),
    ("（五）不予处理", "2.重复申请", 3),
    ("（五）不予处理", "3.要求提供公开出版物", 0.5),
    ("（五）不予处理", "4.无正当理由大量反复申请", 0.5),
    ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", 1),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2),
    ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0.2),
    ("（六）其他处理", "3.其他", 1),
]


class T3:
    """Table 三: six applicant columns; the 总计 column and the （七）总计 row are always computed."""

    def __init__(self, rng: random.Random, carry_in: list[int], new_scale: tuple[int, ...], carry_out: list[int]):
        self.cin = list(carry_in)
        self.new = [max(0, rng.randint(0, s)) if s < 3 else rng.randint(s // 2, s) for s in new_scale]
        self.out = list(carry_out)
        for i in range(6):
            if self.new[i] + self.cin[i] - self.out[i] < 0:
                self.new[i] = self.out[i] - self.cin[i]
        self.res = [[0] * 6 for _ in RES]
        weights = [w for _, _, w in RES]
        for c in range(6):
            for _ in range(self.new[c] + self.cin[c] - self.out[c]):
                self.res[rng.choices(range(len(RES)), weights)[0]][c] += 1
        self.broken_out: list[int] | None = None  # a deliberately wrong 结转下年度 row (what the page shows)

    def total_res(self) -> list[int]:
        return [sum(r[c] for r in self.res) for c in range(6)]

    def check(self) -> list[str]:
        """What the page shows, checked like an inspector would: per column 新收 + 上年结转 = 总计 + 结转下年度."""
        out = self.broken_out or self.out
        bad = []
        for c in range(6):
            if self.new[c] + self.cin[c] != self.total_res()[c] + out[c]:
                bad.append(APPL[c])
        if sum(self.new) + sum(self.cin) != sum(self.total_res()) + sum(out):
            bad.append("总计")
        return bad

    def html(self, old_layout: bool = False) -> str:
        def cells(vals):
            return "".join(f"<td>{v}</td>" for v in [*vals, sum(vals)])

        rows = [
            '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
            "<tr>" + "".join(f"<td>{a}</td>" for a in APPL[1:]) + "</tr>",
            f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{cells(self.new)}</tr>',
            f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{cells(self.cin)}</tr>',
        ]
        groups: list[tuple[str, list[int]]] = []
        for i, (g, _, _) in enumerate(RES):
            if groups and groups[-1][0] == g:
                groups[-1][1].append(i)
            else:
                groups.append((g, [i]))
        n_rows = 1 + 1 + 8 + 3 + 5 + (1 if old_layout else 3) + 1  # (一) (二) (三)1-8 (四)1-3 (五)1-5 (六) (七)
        first = True
        lead = f'<td rowspan="{n_rows}">三、本年度办理结果</td>'
        for g, ix in groups:
            if RES[ix[0]][1] is None:
                rows.append(f'<tr>{lead if first else ""}<td colspan="2">{g}</td>{cells(self.res[ix[0]])}</tr>')
                first = False
            elif old_layout and g == "（六）其他处理":
                vals = [sum(self.res[i][c] for i in ix) for c in range(6)]
                rows.append(f'<tr><td colspan="2">{g}</td>{cells(vals)}</tr>')
            else:
                for k, i in enumerate(ix):
                    head = f'<td rowspan="{len(ix)}">{g}</td>' if k == 0 else ""
                    rows.append(f"<tr>{head}<td>{RES[i][1]}</td>{cells(self.res[i])}</tr>")
        rows.append(f'<tr><td colspan="2">（七）总计</td>{cells(self.total_res())}</tr>')
        rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{cells(self.broken_out or self.out)}</tr>')
        return '<table class="nb-table" border="1" cellspacing="0" cellpadding="3">' + "\n".join(rows) + "</table>"


def t4(rng: random.Random, scale: int) -> list[int]:
    out = []
    for _ in range(3):
        a, b, c, d = rng.randint(0, scale), rng.randint(0, 1), rng.randint(0, 1), rng.randint(0, 1)
        out += [a, b, c, d, a + b + c + d]
    return out


def t4_html(v: list[int]) -> str:
    names = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    heads = "".join(f"<td>{h}</td>" for h in names)
    tall = "".join(f'<td rowspan="2">{h}</td>' for h in names)
    return ('<table class="nb-table" border="1" cellspacing="0" cellpadding="3">'
            '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            f"<tr>{tall}"
            '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            f"<tr>{heads}{heads}</tr><tr>{''.join(f'<td>{x}</td>' for x in v)}</tr></table>")


def t2_html(n: dict) -> str:
    return f"""<table class="nb-table" border="1" cellspacing="0" cellpadding="3">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>{n['made']}</td><td>{n['repealed']}</td><td>{n['valid']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{n['permits']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{n['penalties']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{n['coercion']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{n['fees']}</td></tr>
</table>"""


def t2_old_html(n: dict) -> str:
    """The superseded 2019-era layout of table 二 (本年新制作数量 / 本年新公开数量 / 对外公开总数量, 第（九）项 采购)."""
    return f"""<table class="nb-table" border="1" cellspacing="0" cellpadding="3">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>{n['made']}</td><td>{n['made']}</td><td>{n['valid']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>{n['permit_items']}</td><td>{n['permit_delta']}</td><td>{n['permits']}</td></tr>
<tr><td>其他对外管理服务事项</td><td>{n['other_items']}</td><td>0</td><td>{n['other_decisions']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>{n['pen_items']}</td><td>{n['pen_delta']}</td><td>{n['penalties']}</td></tr>
<tr><td>行政强制</td><td>{n['co_items']}</td><td>0</td><td>{n['coercion']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>0</td><td colspan="2">0</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>{n['buy_items']}</td><td colspan="2">{n['buy_sum']}</td></tr>
</table>"""


SECTION_TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def report_html(preamble: str, summary: list[str], t2: str, t3: str, t4v: list[int], problems: str, other: str,
                order: tuple[int, ...] = (0, 1, 2, 3, 4, 5), hstyle: str = "h3") -> str:
    blocks = [
        "".join(f"<p>{p}</p>" for p in summary),
        t2,
        t3,
        t4_html(t4v),
        f"<p>{problems}</p>",
        f"<p>{other}</p>",
    ]
    out = [f"<p>{preamble}</p>"]
    for i in order:
        out.append(f"<{hstyle}>{SECTION_TITLES[i]}</{hstyle}>" if hstyle != "p" else f'<p class="nb-h"><strong>{SECTION_TITLES[i]}</strong></p>')
        out.append(blocks[i])
    return "\n".join(out)


_PUNCT = re.compile(r"[\s，。、；：！？“”‘’（）《》〔〕【】…—,.;:!?()\[\]\"'%％]")


def len_all(paras: list[str]) -> int:
    return len(re.sub(r"\s", "", "".join(paras)))


def len_nopunct(paras: list[str]) -> int:
    return len(_PUNCT.sub("", "".join(paras)))


# ---------------------------------------------------------------------------------------------
# attachments (byte-identical across runs)
# ---------------------------------------------------------------------------------------------

def _pin_zip(data: bytes, stamp: tuple[int, int, int]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = f"{stamp[0]:04d}-{stamp[1]:02d}-{stamp[2]:02d}T08:30:00Z".encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", lambda m: m.group(1) + iso + m.group(3), body)
            zi = zipfile.ZipInfo(info.filename, date_time=(*stamp, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def xlsx_file(title: str, head: list[str], rows: list[list], stamp, creator: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append([title] + [None] * (len(head) - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(head)
    for r in rows:
        ws.append(r)
        for c in ws[ws.max_row]:
            if isinstance(c.value, str):
                c.number_format = "@"
    ws.append(["制表单位：" + creator] + [None] * (len(head) - 1))
    wb.properties.creator = creator
    wb.properties.created = datetime(*stamp, 8, 30)
    wb.properties.modified = datetime(*stamp, 8, 30)
    buf = io.BytesIO()
    wb.save(buf)
    return _pin_zip(buf.getvalue(), stamp)


def docx_file(title: str, intro: str, head: list[str], rows: list[list[str]], sign: str, stamp) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph(intro)
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(sign)
    cp = d.core_properties
    cp.author = "云汀县农业农村局"
    cp.last_modified_by = "云汀县农业农村局"
    cp.created = datetime(*stamp, 8, 30)
    cp.modified = datetime(*stamp, 8, 30)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _pin_zip(buf.getvalue(), stamp)


def pdf_file(lines: list[list[tuple[str, str]]]) -> bytes:
    """A one-page PDF: Chinese through the STSong-Light CID font (UniGB-UCS2-H), digits in Helvetica."""
    ops = ["BT", "15 TL", "56 790 Td"]
    for parts in lines:
        for font, text in parts:
            if font == "zh":
                ops.append("/F2 11 Tf <" + text.encode("utf-16-be").hex().upper() + "> Tj")
            else:
                ops.append("/F1 11 Tf (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
        ops.append("T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /ID [<5A4B0F3C8E21D9A4B7C6D5E4F3A2B1C0> <5A4B0F3C8E21D9A4B7C6D5E4F3A2B1C0>] >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return bytes(out)


def rss(name: str, link: str, posts: list[tuple[date, str]]) -> str:
    items = "".join(f"""  <item><title>{escape(t)}</title><link>https://weibo.com/7788123456/{hid(d, t)[:9]}</link>
    <pubDate>{d.strftime('%a')}, {d.day:02d} {d.strftime('%b')} {d.year} {hm(d, t)}:00 +0800</pubDate><guid isPermaLink="false">{hid(name, d, t)[:16]}</guid></item>
""" for d, t in posts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{name}</title><link>{link}</link><description>{name}官方账号</description><language>zh-cn</language>
{items}</channel>
</rss>
"""


def atom(name: str, self_link: str, posts: list[tuple[date, str]]) -> str:
    ents = "".join(f"""  <entry><title>{escape(t)}</title><id>tag:weixin,{d.isoformat()}:{hid(name, t)[:12]}</id><updated>{d.isoformat()}T{hm(d, t)}:00+08:00</updated>
    <link href="https://mp.weixin.qq.com/s/{hid(d, t)[:22]}"/><author><name>{name}</name></author></entry>
""" for d, t in posts)
    newest = max(d for d, _ in posts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{name}</title><id>tag:weixin,2020:{hid(name)[:12]}</id><link rel="self" href="{self_link}"/>
  <updated>{newest.isoformat()}T{hm(newest, name)}:00+08:00</updated>
{ents}</feed>
"""


# =============================================================================================
# Site 1: 云汀县人民政府 (a county portal, TRS WCM style: ./YYYYMM/tYYYYMMDD_N.shtml, table lists)
# =============================================================================================

S1_COLS = {
    "ytyw": ("云汀要闻", "/xwzx/ytyw/"),
    "bmdt": ("部门动态", "/xwzx/bmdt/"),
    "tzgg": ("通知公告", "/xxgk/tzgg/"),
    "zcwj": ("政策文件", "/xxgk/zcwj/"),
    "zcjd": ("政策解读", "/xxgk/zcjd/"),
    "gsgg": ("公示公告", "/xxgk/gsgg/"),
    "ndbg": ("政府信息公开年报", "/xxgk/ndbg/"),
    "bmfw": ("便民服务", "/bsfw/bmfw/"),
}
S1_NEXT = [4518702]


def s1_list_path(col: str) -> str:
    return S1_COLS[col][1] + "index.shtml"


def s1_art(col: str, d: date, title: str, body: str, src: str = "云汀县人民政府办公室", meta: dict | None = None) -> dict:
    S1_NEXT[0] += RNG.randint(7, 61)
    path = f"{S1_COLS[col][1]}{d:%Y%m}/t{d:%Y%m%d}_{S1_NEXT[0]}.shtml"
    return {"col": col, "date": d, "title": title, "body": body, "src": src, "path": path, "meta": meta or {}}


S1_STYLE = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#fff}
a{color:#333;text-decoration:none}a:hover{color:#b8160c}
.yt-top{height:36px;background:#f3f3f3;border-bottom:1px solid #e2e2e2}.yt-top .w{width:1200px;margin:0 auto}
.yt-banner{height:120px;background:#b8160c;color:#fff}.yt-banner h1{margin:0;padding:32px 0 0 40px;font-size:34px}
.yt-nav{background:#9e0f07}.yt-nav ul{width:1200px;margin:0 auto;padding:0;list-style:none;display:flex}
.yt-nav li a{display:block;padding:0 26px;line-height:46px;color:#fff;font-size:16px}
.m-nav{display:none}
.skip{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.gov-dh{position:relative;display:inline-block}.gov-dh .gov-drop{display:none;position:absolute;background:#fff;border:1px solid #ddd}
.gov-dh:hover .gov-drop{display:block}
.w{width:1200px;margin:0 auto}.box{border:1px solid #e5e5e5;margin:12px 0;padding:10px 14px}
.box h3{margin:0 0 6px;border-bottom:2px solid #b8160c;font-size:17px}
table.yt-list{width:100%;border-collapse:collapse}table.yt-list td{border-bottom:1px dashed #ddd;padding:4px 2px}
table.yt-list td.rq{width:110px;text-align:right;color:#888}
.detail h2{text-align:center;font-size:22px}.detail-info{text-align:center;color:#888;border-bottom:1px solid #eee}
table.xxgk-head{width:100%;border-collapse:collapse;background:#fafafa}table.xxgk-head td{border:1px solid #e0e0e0;padding:4px 8px}
table.nb-table{border-collapse:collapse}table.nb-table td{border:1px solid #999;padding:2px 6px;text-align:center}
table.gs-table{border-collapse:collapse;width:100%}table.gs-table td,table.gs-table th{border:1px solid #aaa;padding:3px 6px}
.yt-foot{background:#f3f3f3;border-top:3px solid #b8160c;text-align:center;color:#666;padding:14px 0;margin-top:20px}
@media (max-width:768px){.m-nav{display:block}.yt-nav{display:none}}
"""


def s1_shell(title: str, main: str, col: str = "", extra_head: str = "", tail: str = "") -> str:
    nav = "".join(f'<li><a href="{s1_list_path(k)}">{S1_COLS[k][0]}</a></li>' for k in ("ytyw", "bmdt", "tzgg", "zcwj", "zcjd", "gsgg", "bmfw"))
    col_meta = f'<meta name="ColumnName" content="{S1_COLS[col][0]}">' if col else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="SiteName" content="云汀县人民政府">
<meta name="SiteDomain" content="www.yunting.gov.cn">
<meta name="SiteIDCode" content="3508250001">
{col_meta}{extra_head}
<link rel="stylesheet" href="/images/yt_style.css">
</head>
<body>
<a class="skip" href="#yt-main">跳转到主要内容区域</a>
<div class="yt-top"><div class="w">今天是：<span id="yt-today"></span><script>(function(){{var d=new Date(),w="日一二三四五六";document.getElementById("yt-today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w.charAt(d.getDay());}})();</script>
　<span class="gov-dh"><a href="javascript:void(0)">政府网站导航</a><ul class="gov-drop"><li><a href="https://www.gov.cn/" target="_blank">中国政府网</a></li><li><a href="https://www.fujian.gov.cn/" target="_blank">福建省人民政府</a></li><li><a href="http://www.longyan.gov.cn/" target="_blank">龙岩市人民政府</a></li></ul></span>
　<a href="/xxgk/ndbg/index.shtml">政府信息公开年报</a></div></div>
<div class="yt-banner"><h1>云汀县人民政府</h1></div>
<div class="yt-nav"><ul><li><a href="/index.html">首页</a></li>{nav}</ul></div>
<div class="m-nav"><a href="/index.html">首页</a> <a href="{s1_list_path('ytyw')}">要闻</a> <a href="{s1_list_path('tzgg')}">公告</a> <a href="{s1_list_path('zcwj')}">政策</a></div>
<div class="w" id="yt-main">
{main}
</div>
<div class="yt-foot">
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3508250001" target="_blank">我为政府网站找错</a>　|　<a href="{s1_list_path('bmfw')}">联系我们</a></p>
<p>主办单位：云汀县人民政府办公室　承办：云汀县融媒体中心　联系电话：0597-5321006</p>
<p>网站标识码：3508250001　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05021836号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35082502000117" target="_blank"><img src="/images/gongan.png" alt="" width="16" height="16">闽公网安备 35082502000117号</a></p>
</div>
{tail}</body>
</html>
"""


def s1_article_page(a: dict) -> str:
    d, col = a["date"], a["col"]
    crumbs = f'当前位置：<a href="{rel(a["path"], "/index.html")}">首页</a> &gt; <a href="{rel(a["path"], s1_list_path(col))}">{S1_COLS[col][0]}</a>'
    head = ""
    if a["meta"].get("wh"):
        m = a["meta"]
        head = f"""<table class="xxgk-head"><tr><td>索引号：{m['syh']}</td><td>主题分类：{m.get('fl', '综合政务')}</td></tr>
<tr><td>发布机构：{a['src']}</td><td>成文日期：{m['cw']}</td></tr>
<tr><td>文　　号：{m['wh']}</td><td>发布日期：{d:%Y-%m-%d}</td></tr>
<tr><td colspan="2">名　　称：{a['title']}</td></tr></table>"""
    main = f"""<div class="crumb">{crumbs}</div>
<div class="detail">{head}
<h2 class="detail-title">{a['title']}</h2>
<div class="detail-info">信息来源：{a['src']}　发布日期：{d:%Y-%m-%d} {hm(d, a['title'])}　浏览次数：<span id="yt-hits">--</span>　【字体：大 中 小】</div>
<div class="TRS_UEDITOR TRS_WEB">
{a['body']}
</div>
</div>"""
    extra = f'\n<meta name="ArticleTitle" content="{escape(a["title"])}">\n<meta name="PubDate" content="{d:%Y-%m-%d} {hm(d, a["title"])}">\n<meta name="ContentSource" content="{a["src"]}">'
    return s1_shell(f"{a['title']}_{S1_COLS[col][0]}_云汀县人民政府", main, col, extra)


def s1_list_page(col: str, arts: list[dict]) -> str:
    path = s1_list_path(col)
    arts = sorted(arts, key=lambda a: (a["date"], a["path"]), reverse=True)
    if col == "zcwj":
        rows = "".join(f'<tr><td>{i}</td><td class="tit"><a href="{rel(path, a["path"])}" target="_blank" title="{escape(a["title"])}">{a["title"]}</a></td>'
                       f'<td>{a["meta"].get("wh", "")}</td><td class="rq">{a["date"]:%Y-%m-%d}</td></tr>\n' for i, a in enumerate(arts, 1))
        table = f'<table class="yt-list"><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>\n{rows}</table>'
    else:
        rows = "".join(f'<tr><td class="tit"><a href="{rel(path, a["path"])}" target="_blank" title="{escape(a["title"])}">{a["title"]}</a></td>'
                       f'<td class="rq">{a["date"]:%Y-%m-%d}</td></tr>\n' for a in arts)
        table = f'<table class="yt-list">\n{rows}</table>'
    main = f"""<div class="crumb">当前位置：<a href="../../index.html">首页</a> &gt; {S1_COLS[col][0]}</div>
<div class="box"><h3>{S1_COLS[col][0]}</h3>
{table}
<div class="page">共{len(arts)}条　首页　上一页　下一页　尾页</div></div>"""
    return s1_shell(f"{S1_COLS[col][0]}_云汀县人民政府", main, col)


def build_s1() -> None:
    S = S1
    A: list[dict] = []

    def add(a: dict) -> dict:
        A.append(a)
        return a

    # ---- 云汀要闻: meetings ------------------------------------------------------------------
    a = add(s1_art("ytyw", date(2026, 6, 16), "县政府召开防汛备汛工作调度会", """<p>6月15日下午，县政府召开防汛备汛工作调度会，传达学习6月2日全省防汛工作视频会议精神，分析研判当前汛情形势，部署下阶段防汛备汛工作。副县长刘建平出席会议并讲话。</p>
<p>会议指出，当前我县已进入主汛期，各乡镇、各有关部门要立足防大汛、抗大洪、抢大险，压紧压实防汛责任，加强山洪地质灾害隐患点巡查，及时转移危险区域群众。</p>
<p>会议要求，要严格落实24小时值班和领导带班制度，确保信息畅通、指令直达。</p>"""))
    decoy(S, "meeting held the day before; an older date later in the lead", a["path"], ["meeting.late"], None,
          "held 6月15日, published 2026-06-16 (1 day); 6月2日 is the provincial video conference")
    a = add(s1_art("ytyw", date(2026, 6, 12), "县政府召开第8次常务会议", """<p>2026年5月27日，县长陈志斌主持召开县政府第8次常务会议，研究部署城区停车设施建设、夏季治安防控和安全生产等工作。</p>
<p>会议听取了县住建局关于城区停车设施建设进展情况的汇报，要求加快推进公共停车场项目建设，盘活闲置地块资源，缓解群众停车难问题。</p>
<p>会议还研究了其他事项。</p>"""))
    held = date(2026, 5, 27)
    find(S, "meeting.late", a["path"], None, f"lead '2026年5月27日，县长…主持召开县政府第8次常务会议' published {a['date']}: held {held}, {(a['date'] - held).days} days (> 14)")
    a = add(s1_art("ytyw", date(2026, 6, 12), "全县安全生产治本攻坚推进会召开", """<p>5月29日上午，全县安全生产治本攻坚三年行动推进会召开，总结前一阶段工作，部署重点行业领域安全隐患排查整治。</p>
<p>会议强调，要紧盯道路交通、建筑施工、燃气、消防等重点领域，坚持边查边改、立查立改，坚决遏制较大以上事故发生。</p>"""))
    decoy(S, "meeting published exactly 14 days later", a["path"], ["meeting.late"], None, "held 5月29日, published 2026-06-12: 14 days, not more")
    a = add(s1_art("ytyw", date(2026, 6, 9), "全县营商环境优化提升推进会召开", """<p>5月22日上午，全县营商环境优化提升推进会在县行政服务中心召开。县委常委、常务副县长黄立群出席会议并讲话。</p>
<p>会议通报了一季度营商环境监测情况，县发改局、县市场监管局、县自然资源局等单位作交流发言。</p>
<p>会议要求，各单位要对标先进找差距，聚焦企业全生命周期服务，持续推进“高效办成一件事”，以更优服务赢得市场主体信任。</p>"""))
    held = date(2026, 5, 22)
    find(S, "meeting.late", a["path"], None, f"lead '5月22日上午，全县营商环境优化提升推进会…召开' published {a['date']}: held {held}, {(a['date'] - held).days} days (> 14)")
    a = add(s1_art("ytyw", date(2026, 6, 5), "县领导到乡镇调研“三夏”生产工作", """<p>5月12日至13日，县委副书记罗志坚先后深入汀西镇、大坪乡等地，调研“三夏”生产和烤烟田间管理工作。</p>
<p>罗志坚一行走进田间地头，详细了解早稻长势、农机调配和病虫害防控情况，要求各地抢抓农时，确保夏粮颗粒归仓。</p>"""))
    decoy(S, "not a meeting (调研) with an old date", a["path"], ["meeting.late"], None, "an inspection tour on 5月12日至13日, not a meeting")
    a = add(s1_art("ytyw", date(2026, 6, 3), "我县召开乡村振兴重点工作推进会", """<p>近日，我县召开乡村振兴重点工作推进会，总结今年以来乡村振兴工作进展，部署下一阶段重点任务。</p>
<p>会议要求，要持续巩固拓展脱贫攻坚成果，大力发展特色产业，扎实推进和美乡村建设。</p>"""))
    decoy(S, "meeting 近日 (held date unknown)", a["path"], ["meeting.late"], None, "lead '近日，我县召开…推进会': no held date")

    # ---- 云汀要闻: external links, wrong words ---------------------------------------------------
    a = add(s1_art("ytyw", date(2026, 6, 1), "“云汀杯”青少年足球邀请赛开赛", """<p>5月30日，2026年“云汀杯”青少年足球邀请赛在县体育中心开赛，来自省内外的16支球队、300余名小球员参加比赛。</p>
<p>本次比赛为期五天，设U10、U12两个组别。比赛全程网络直播，精彩回放可在 <a href="https://www.bilibili.com/video/BV1Yt4y1z7Qk/" target="_blank">“云汀体育”赛事回放</a> 观看。</p>
<p>赛事竞赛规程详见<a href="https://tyj.fujian.gov.cn/" target="_blank">省体育局网站</a>。</p>"""))
    find(S, "link.external_no_notice", a["path"], "https://www.bilibili.com/video/BV1Yt4y1z7Qk/", "a visible link to www.bilibili.com (commercial video site) with no leave-site notice")
    decoy(S, "link to a gov.cn site", a["path"], ["link.external_no_notice", "link.hidden"], "https://tyj.fujian.gov.cn/", "tyj.fujian.gov.cn is a government site")
    a = add(s1_art("ytyw", date(2026, 5, 27), "云汀县文旅推介会在厦门举办", """<p>5月25日，“山水云汀·客家福地”文旅推介会在厦门举办，推介我县精品旅游线路和特色文创产品。</p>
<p>游客可通过在线旅游平台预订云汀景区门票和民宿：<a href="https://www.fliggy.com/" target="_blank" onclick="return ytLeave(this.href);">飞猪旅行云汀专区</a>。</p>
<script>function ytLeave(u){return window.confirm("您即将离开云汀县人民政府网站，访问第三方网站：" + u + "\\n第三方网站内容与本站无关，是否继续？");}</script>"""))
    decoy(S, "external link whose onclick calls a page function that confirms leaving", a["path"], ["link.external_no_notice"], "https://www.fliggy.com/", "ytLeave() shows a confirm() leave-site notice")
    a = add(s1_art("ytyw", date(2026, 5, 20), "县领导会见釜山客商一行", """<p>5月19日，县长陈志斌会见了来自南朝鲜釜山的客商一行，双方就新能源电池材料、食品加工等领域合作进行深入交流。</p>
<p>陈志斌表示，云汀区位优势明显、产业基础良好，欢迎客商来云汀投资兴业，县里将提供全方位、全周期的优质服务。</p>"""))
    find(S, "text.sensitive", a["path"], "南朝鲜", "body: '南朝鲜' (a prohibited name; the official name is 韩国)", alt_rules=["text.typo"])
    a = add(s1_art("ytyw", date(2026, 5, 14), "我县与吉林延边开展对口文化交流", """<p>5月12日，吉林延边东北朝鲜族民俗艺术团来到云汀县，与我县客家山歌剧团开展交流演出。</p>
<p>该艺术团曾多次赴韩国、日本等地演出，此次带来的长鼓舞、农乐舞赢得观众阵阵掌声。交流活动各项筹备工作按部就班、有序推进，云汀县文化馆全程做好服务保障。</p>"""))
    decoy(S, "韩国, 按部就班 and 云汀县 written correctly; 东北朝鲜族 (holds 北朝鲜 as a substring)", a["path"], ["text.typo", "text.sensitive"], None,
          "the right forms of the planted wrong words, and a correct word that contains a listed wrong word")
    a = add(s1_art("ytyw", date(2026, 5, 8), "我县启动2026年为民办实事项目建设", """<p>日前，我县2026年为民办实事项目清单正式发布，涵盖教育、医疗、养老、交通等领域共12项。</p>
<p>根据清单，云亭县第二实验小学扩建、县医院急诊综合楼建设、城区老旧小区改造等项目将于年内完工投用。</p>
<p>县政府督查室将对项目推进情况实行月调度、季通报，确保件件有着落、事事有回音。</p>"""))
    find(S, "text.typo", a["path"], "云亭县", "body: '云亭县' for 云汀县 (lexicons/extra.txt), once")

    # ---- 部门动态: hidden links inside article bodies, a wrong word --------------------------------
    a = add(s1_art("bmdt", date(2026, 6, 15), "县市场监管局开展夏季食品安全专项检查", """<p>为保障夏季食品安全，县市场监管局近期组织执法人员对城区餐饮服务单位、学校食堂和小作坊开展专项检查。</p>
<p>此次检查共出动执法人员86人次，检查经营主体213家，责令整改问题42处。</p>
<div style="width:0;height:0;overflow:hidden"><a href="https://www.xsb-cp.cc/">幸运飞艇计划</a></div>
<p>下一步，该局将持续加大检查力度，守护群众“舌尖上的安全”。</p>""", src="云汀县市场监督管理局"))
    spam(S, a["path"], "https://www.xsb-cp.cc/", "article body: a zero-width, zero-height box with overflow:hidden holding a spam link", "幸运飞艇计划")
    a = add(s1_art("bmdt", date(2026, 6, 10), "县人社局举办春风行动专场招聘会", """<p>6月6日，县人社局在县人力资源市场举办2026年春风行动暨高校毕业生专场招聘会，42家企业提供就业岗位1100余个。</p>
<p>现场设置政策咨询、技能培训报名等服务台，为求职者提供“一站式”服务。<a style="position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0" href="http://www.jbb-9696.com/">金宝博体育</a>当天共有860余人次进场求职，初步达成就业意向215人。</p>""", src="云汀县人力资源和社会保障局"))
    spam(S, a["path"], "http://www.jbb-9696.com/", "article body: a 1px absolutely positioned link clipped by clip-path:inset(50%)", "金宝博体育")
    a = add(s1_art("bmdt", date(2026, 6, 8), "县自然资源局推进不动产登记“一窗受理”", """<p>今年以来，县自然资源局联合县税务局、县住建局，推行不动产登记“一窗受理、集成服务”。</p>
<p>改革后，群众只需到一个窗口、提交一套材料，即可办理交易、缴税、登记全部手续，改变了过去按步就班、多头跑腿的办理模式，一般登记业务办理时限压缩至1个工作日。</p>""", src="云汀县自然资源局"))
    find(S, "text.typo", a["path"], "按步就班", "body: '按步就班' (按部就班 is right)", alt_rules=["text.sensitive"])

    # ---- 通知公告 -----------------------------------------------------------------------------
    a = add(s1_art("tzgg", date(2026, 6, 16), "关于召开全县2026年上半年经济运行分析会的通知", """<p>各乡镇人民政府，县直各有关单位：</p>
<p>经县政府研究，定于2026年6月23日（星期二）上午9:00在县行政服务中心三楼会议室召开全县2026年上半年经济运行分析会。请各单位主要负责人准时参加，并于6月19日前将书面材料报送县发改局。</p>
<p>联系电话：0597-5322317</p><p style="text-align:right">云汀县人民政府办公室<br>2026年6月16日</p>"""))
    decoy(S, "会议通知 of a future meeting", a["path"], ["meeting.late"], None, "announces a meeting on 6月23日")
    # a PDF attachment with an addressee's full ID
    a = add(s1_art("tzgg", date(2026, 6, 11), "云汀县市场监督管理局行政处罚决定书送达公告", "", src="云汀县市场监督管理局"))
    pid = raw_id(make_id("350802", "19870821", "351"))
    pdf_path = posixpath.dirname(a["path"]) + "/P020260611573180342167.pdf"
    a["body"] = f"""<p>江志远：</p>
<p>因你经营的汀西农资店销售不合格农资一案，本局已依法作出云市监处罚〔2026〕41号行政处罚决定书。因采用其他方式无法送达，现依法公告送达，自公告之日起经过30日即视为送达。</p>
<p>附件：<a href="{rel(a['path'], pdf_path)}">行政处罚决定书送达公告.pdf</a></p>
<p>联系电话：0597-5326315</p>"""
    put(S, pdf_path, pdf_file([
        [("zh", "云汀县市场监督管理局行政处罚决定书送达公告")],
        [("zh", "当事人：江志远　公民身份号码："), ("en", pid)],
        [("zh", "住所：云汀县汀西镇新街"), ("en", "18"), ("zh", "号")],
        [("zh", "本局对你作出的云市监处罚〔"), ("en", "2026"), ("zh", "〕"), ("en", "41"), ("zh", "号行政处罚决定书，因无法直接送达，现予公告送达。")],
        [("zh", "联系电话："), ("en", "0597-5326315")],
        [("zh", "云汀县市场监督管理局　"), ("en", "2026"), ("zh", "年"), ("en", "6"), ("zh", "月"), ("en", "11"), ("zh", "日")],
    ]))
    find(S, "privacy.id_number", pdf_path, mask_id(pid), "PDF attachment of a 送达公告: the party's full ID", accept=[a["path"]])
    a = add(s1_art("tzgg", date(2026, 5, 18), "云汀县政务服务中心关于办件结果领取的公告", ""))
    bad1 = bad_number("350825", "20260512", "017")
    bad2 = bad_number("350825", "20260514", "203")
    a["body"] = f"""<p>以下办件已办结，请申请人携带有效身份证件及受理回执到县政务服务中心一楼综合出件窗口领取办理结果。</p>
<table class="gs-table"><tr><th>办件编号</th><th>申请人</th><th>事项名称</th></tr>
<tr><td>{bad1}</td><td>张*华</td><td>道路运输经营许可</td></tr>
<tr><td>{bad2}</td><td>云汀县**商贸有限公司</td><td>食品经营许可（变更）</td></tr></table>
<p>咨询电话：0597-5321345，或拨打12345政务服务便民热线。</p>"""
    decoy(S, "18-digit 办件编号 with a wrong check digit", a["path"], ["privacy.id_number"], None, "fails GB 11643")
    decoy(S, "landline and 12345", a["path"], ["privacy.phone"], "5321345", "not personal mobiles")

    # ---- 公示公告: an HTML list with IDs and mobiles; company list ----------------------------------
    a = add(s1_art("gsgg", date(2026, 6, 10), "2026年第二批高龄津贴新增人员名单公示", "", src="云汀县民政局"))
    g1 = raw_id(make_id("350825", "19440317", "062"))
    g2 = raw_id(make_id("350821", "19451102", "137"))
    m1, m2 = raw_mob("13905976284"), raw_mob("15880432917")
    masked = [("邱**", "女", "350825********1029", "汀西镇岭头村", "139****5520"), ("罗**", "男", "3508**********0516", "大坪乡大坪村", "0597-5361207"),
              ("赖**", "女", "350823********2446", "城关镇东门社区", "187****0391")]
    rows = [(1, "赖金妹", "女", g1, "城关镇南门社区", "80-89周岁", m1), (2, "黄炳南", "男", g2, "汀西镇新街村", "80-89周岁", m2)]
    rows += [(i + 3, *r[:4], "80-89周岁", r[4]) for i, r in enumerate(masked)]
    trs = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td>{r[4]}</td><td>{r[5]}</td><td>{r[6]}</td></tr>\n" for r in rows)
    a["body"] = f"""<p>根据《云汀县高龄津贴发放管理办法》，经本人（家属）申请、乡镇（社区）审核，拟将以下人员纳入2026年第二批高龄津贴发放范围，现予以公示。</p>
<table class="gs-table"><tr><th>序号</th><th>姓名</th><th>性别</th><th>身份证号码</th><th>所在乡镇（村居）</th><th>津贴档次</th><th>家属联系电话</th></tr>
{trs}</table>
<p>公示期：2026年6月10日至6月16日。如有异议，请在公示期内向县民政局反映。监督电话：0597-5322870。</p>"""
    find(S, "privacy.id_number", a["path"], mask_id(g1), "高龄津贴 list row 1: full ID of 赖金妹")
    find(S, "privacy.phone", a["path"], mask_mob(m1), "高龄津贴 list row 1: a family member's personal mobile")
    find(S, "privacy.id_number", a["path"], mask_id(g2), "高龄津贴 list row 2: full ID of 黄炳南")
    find(S, "privacy.phone", a["path"], mask_mob(m2), "高龄津贴 list row 2: a family member's personal mobile")
    decoy(S, "masked rows in the same list (two mask styles)", a["path"], ["privacy.id_number", "privacy.phone"], "1029", "rows 3-5 are masked")
    decoy(S, "监督电话 landline and a landline in the list", a["path"], ["privacy.phone"], "5322870", "landlines")
    a = add(s1_art("gsgg", date(2026, 5, 22), "2026年度县级农业产业化龙头企业拟认定名单公示", """<p>经企业申报、乡镇推荐、部门评审，拟认定以下企业为2026年度县级农业产业化龙头企业，现予公示。</p>
<table class="gs-table"><tr><th>序号</th><th>企业名称</th><th>统一社会信用代码</th><th>联系人</th><th>联系电话</th></tr>
<tr><td>1</td><td>云汀县汀源茶业有限公司</td><td>91350825MA2Y7Q3K1N</td><td>王**</td><td>138****2716</td></tr>
<tr><td>2</td><td>福建云汀绿野食品有限公司</td><td>91350825MA31B8WD6C</td><td>钟**</td><td>0597-5368812</td></tr>
<tr><td>3</td><td>云汀县客家原乡农业专业合作社</td><td>93350825MA2XNQ4L7T</td><td>刘**</td><td>150****6635</td></tr></table>
<p>公示期为5个工作日。监督电话：0597-5323416（县农业农村局）。</p>"""))
    decoy(S, "统一社会信用代码, masked contacts and company landlines", a["path"], ["privacy.id_number", "privacy.phone"], None, "USCC codes are not IDs; contacts masked or landlines")

    # ---- 便民服务 -----------------------------------------------------------------------------
    a = add(s1_art("bmfw", date(2026, 3, 2), "县政务服务中心各窗口咨询电话", """<p>为方便企业和群众办事，现将县政务服务中心各窗口咨询电话公布如下（工作日 8:00-12:00，14:30-17:30）：</p>
<table class="gs-table"><tr><th>窗口</th><th>咨询电话</th></tr>
<tr><td>不动产登记窗口</td><td>0597-5326110</td></tr>
<tr><td>社保医保窗口</td><td>0597-5321333</td></tr>
<tr><td>企业开办专窗（工作手机）</td><td>13960851207</td></tr>
<tr><td>“办不成事”反映窗口</td><td>0597-5321000</td></tr></table>
<p>非工作时间请拨打12345政务服务便民热线，投诉举报请拨打12315。</p>""", src="云汀县行政服务中心管委会"))
    decoy(S, "service-window work mobile of the county service centre (office hours)", a["path"], ["privacy.phone"], "139****1207", "a unit's window phone, published for service")
    decoy(S, "window landlines, 12345 and 12315", a["path"], ["privacy.phone"], "5326110", "not personal mobiles")

    # ---- 政策文件 and 政策解读 --------------------------------------------------------------------
    def doc(d, wh, title, cw, body, fl="综合政务"):
        return add(s1_art("zcwj", d, title, body, meta={"wh": wh, "cw": cw, "syh": f"003508250/{d:%Y}-{len(A) + 101:05d}", "fl": fl}))

    def interp(d, title, body, src="云汀县人民政府办公室"):
        return add(s1_art("zcjd", d, title, body, src=src))

    def link_both(doc_a, jd_a, doc_links=True, jd_links=True):
        if doc_links:
            doc_a["body"] += f'\n<div class="xgjd">相关解读：<a href="{rel(doc_a["path"], jd_a["path"])}">{jd_a["title"]}</a></div>'
        if jd_links:
            jd_a["body"] += f'\n<div class="xgwj">相关文件：<a href="{rel(jd_a["path"], doc_a["path"])}">{doc_a["title"]}</a></div>'

    p1 = doc(date(2026, 4, 3), "云政办〔2026〕7号", "云汀县人民政府办公室关于印发云汀县2026年春季农业生产工作方案的通知", "2026-03-31",
             "<p>各乡镇人民政府，县直各有关单位：</p><p>《云汀县2026年春季农业生产工作方案》已经县政府同意，现印发给你们，请认真抓好落实。</p><p>一、目标任务：全县春播粮食面积稳定在18.6万亩以上……</p>")
    j1 = interp(date(2026, 4, 9), "《云汀县2026年春季农业生产工作方案》政策解读", "<p>一、出台背景……二、主要内容：方案明确了春播面积、种子供应、农资保障等八个方面重点任务……三、保障措施……</p>")
    link_both(p1, j1)
    n = workdays_between(p1["date"], j1["date"])
    assert n <= 3
    decoy(S, "interpretation on time across 清明 (Mon-Fri count 4)", p1["path"], ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], None,
          f"published {p1['date']} (成文 2026-03-31), 解读 {j1['date']}: {n} working days (4/6 is a holiday), linked both ways")
    p2 = doc(date(2026, 4, 30), "云政办〔2026〕9号", "云汀县人民政府办公室关于印发云汀县促进消费扩容提质若干措施的通知", "2026-04-27",
             "<p>各乡镇人民政府，县直各有关单位：</p><p>《云汀县促进消费扩容提质若干措施》已经县政府第6次常务会议研究通过，现印发给你们，请结合实际认真贯彻执行。</p>", fl="商贸、海关、旅游")
    j2 = interp(date(2026, 5, 8), "一图读懂｜《云汀县促进消费扩容提质若干措施》", '<p><img src="/images/ytjd_xf.png" alt="一图读懂促进消费若干措施" width="600"></p><p>措施共5个方面18条，包括发放消费券、支持汽车以旧换新、培育夜间经济等。</p>')
    link_both(p2, j2)
    n = workdays_between(p2["date"], j2["date"])
    assert n <= 3
    decoy(S, "interpretation on time across 劳动节 (calendar 8 days)", p2["path"], ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], None,
          f"published {p2['date']} (成文 2026-04-27), 解读 {j2['date']}: {n} working days, linked both ways")
    p3 = doc(date(2026, 5, 6), "云政办〔2026〕11号", "云汀县人民政府办公室关于印发云汀县城区停车设施建设管理实施方案的通知", "2026-04-29",
             "<p>各乡镇人民政府，县直各有关单位：</p><p>《云汀县城区停车设施建设管理实施方案》已经县政府同意，现印发给你们，请认真组织实施。</p>", fl="城乡建设、环境保护")
    j3 = interp(date(2026, 5, 11), "《云汀县城区停车设施建设管理实施方案》解读", "<p>一、起草背景：近年来我县机动车保有量快速增长……二、主要内容：到2028年新增公共停车泊位3000个以上……</p>", src="云汀县住房和城乡建设局")
    link_both(p3, j3)
    n = workdays_between(p3["date"], j3["date"])
    assert n > 3 and monfri_between(p3["date"], j3["date"]) <= 3
    find(S, "interpretation.late", p3["path"], None,
         f"云政办〔2026〕11号 published {p3['date']}, 解读 {j3['date']}: {n} working days with Saturday 2026-05-09 a 调休 workday (Mon-Fri count {monfri_between(p3['date'], j3['date'])})",
         accept=[j3["path"]])
    p4 = doc(date(2026, 5, 19), "云政规〔2026〕2号", "云汀县人民政府关于印发云汀县城乡居民大病补充保障办法的通知", "2026-05-15",
             "<p>各乡镇人民政府，县直各有关单位：</p><p>现将《云汀县城乡居民大病补充保障办法》印发给你们，请认真贯彻执行。本办法自2026年7月1日起施行，有效期5年。</p>", fl="卫生、体育")
    find(S, "interpretation.missing", p4["path"], None, f"云政规〔2026〕2号 (a 行政规范性文件) published {p4['date']}; no interpretation anywhere on the site",
         accept=[s1_list_path("zcwj")])
    p5 = doc(date(2026, 6, 5), "云政办〔2026〕16号", "云汀县人民政府办公室关于印发云汀县既有住宅加装电梯实施办法的通知", "2026-06-02",
             "<p>各乡镇人民政府，县直各有关单位：</p><p>《云汀县既有住宅加装电梯实施办法》已经县政府同意，现印发给你们，请认真贯彻落实。</p>", fl="城乡建设、环境保护")
    j5 = interp(date(2026, 6, 5), "图解：《云汀县既有住宅加装电梯实施办法》", '<p><img src="/images/ytjd_dt.png" alt="图解既有住宅加装电梯实施办法" width="600"></p><p>办法明确了加装电梯的申请条件、审批流程和财政补助标准。</p>', src="云汀县住房和城乡建设局")
    link_both(p5, j5, doc_links=False)
    find(S, "interpretation.unlinked", p5["path"], None, f"云政办〔2026〕16号 and its same-day 图解 ({j5['date']}): the 图解 links the document, the document does not link back",
         accept=[j5["path"]])
    p6 = doc(date(2026, 5, 28), "云政人〔2026〕3号", "云汀县人民政府关于陈立新等同志职务任免的通知", "2026-05-26",
             "<p>各乡镇人民政府，县直各单位：</p><p>经县人民政府研究决定：任命陈立新为县人民政府办公室副主任；免去黄建明的县统计局副局长职务。</p>", fl="人事")
    decoy(S, "人事任免 in the policy column", p6["path"], ["interpretation.missing"], None, "a personnel notice needs no interpretation")
    j6 = interp(date(2026, 5, 15), "省人民政府办公厅关于《农业产业化省级重点龙头企业认定和运行监测管理办法》的解读（转载）",
                "<p>来源：省人民政府办公厅。一、修订背景……二、主要变化：调整了认定标准中的营业收入门槛……</p>", src="省人民政府办公厅")
    decoy(S, "reposted provincial interpretation", j6["path"], ["interpretation.missing", "interpretation.unlinked"], None, "no local document to pair with")

    # ---- annual reports ---------------------------------------------------------------------
    rng = random.Random(35082524)
    t3_24 = T3(rng, [2, 0, 0, 0, 0, 0], (60, 10, 1, 1, 2, 1), [3, 1, 0, 0, 0, 0])
    t3_25 = T3(rng, t3_24.out, (72, 12, 1, 1, 2, 2), [2, 1, 0, 0, 0, 0])
    t3_25.broken_out = list(t3_25.out)
    t3_25.broken_out[1] += 1  # 商业企业: 结转下年度 one too many (the 总计 column is summed from the shown row, so row sums hold)
    assert not t3_24.check() and t3_25.check() == ["商业企业", "总计"]
    t2_24 = {"made": 6, "repealed": 2, "valid": 41, "permits": 3126, "penalties": 487, "coercion": 12, "fees": "0"}
    t2_25 = {"made": 8, "repealed": 5, "valid": 44, "permits": 3390, "penalties": 512, "coercion": 9, "fees": "0"}
    f24, f25 = t4(rng, 3), t4(rng, 3)
    pre = ("本报告由云汀县人民政府办公室根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。"
           "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。如对本报告有疑问，请与云汀县人民政府办公室联系（地址：云汀县城关镇府前路1号；电话：0597-5321006）。")
    sum24 = [
        "2024年，云汀县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，持续推进决策、执行、管理、服务、结果公开，政务公开标准化规范化水平稳步提升。",
        f"（一）主动公开情况。全年通过县政府门户网站主动公开政府信息4127条，发布行政规范性文件{t2_24['made']}件、政策解读28篇，召开新闻发布会9场。聚焦财政预决算、重大建设项目、公共资源配置、乡村振兴等重点领域，分类细化公开内容，及时发布项目进展和办理结果。",
        f"（二）依申请公开情况。全年新收政府信息公开申请{sum(t3_24.new)}件，上年结转{sum(t3_24.cin)}件，均在法定期限内作出答复，结转下年度办理{sum(t3_24.out)}件。申请内容主要集中在征地拆迁、规划建设和社会保障等方面。",
        "（三）政府信息管理情况。严格落实公开前保密审查和个人信息保护制度，对拟公开信息逐条审核；开展行政规范性文件清理，对不适应改革发展要求的文件及时废止并向社会公布。",
        "（四）平台建设情况。优化县政府门户网站政府信息公开专栏，调整完善法定主动公开内容目录，新增“惠企政策”“民生实事”等专题栏目；推进政务新媒体规范化管理，关停整合功能相近、更新缓慢的账号2个。",
        "（五）监督保障情况。将政务公开工作纳入县直单位和乡镇年度绩效考核，组织政务公开业务培训2期、培训180余人次；建立网站和政务新媒体常态化巡查机制，按季度通报检查结果，督促问题整改到位。全年共开展政府开放日活动4场，邀请人大代表、政协委员和群众代表走进政府机关，面对面听取意见建议。",
    ]
    sum25 = [
        "2025年是“十四五”规划收官之年。云汀县人民政府以提升政府治理效能为目标，统筹推进政务公开与政务服务深度融合，围绕稳增长、优环境、惠民生等重点任务深化公开内容，扎实做好政府信息公开各项工作，公开质量和群众满意度持续提升。",
        f"（一）主动公开情况。一是深化决策公开。对涉及群众切身利益的14项重大行政决策事项，通过门户网站公开征求意见，收到意见建议213条，采纳合理建议67条，并逐项反馈采纳情况。二是强化政策发布解读。全年发布行政规范性文件{t2_25['made']}件，同步发布文字解读、图片解读、视频解读等多种形式解读材料37篇，组织县领导、部门主要负责人参加在线访谈11期。三是聚焦重点领域公开。持续做好财政预决算、“三公”经费、政府债务、重大建设项目批准和实施、公共资源交易、生态环境、食品药品安全等领域信息公开，全年主动公开信息4586条。四是做好政府会议开放。县政府常务会议审议涉及群众切身利益的议题时，邀请利益相关方、公众代表和新闻媒体列席会议，全年共邀请列席代表46人次，会后通过门户网站及时发布会议信息和解读材料。五是加强政务舆情回应。建立政务舆情监测、研判、回应工作机制，对涉及本地的重要政务舆情及时发布权威信息，全年回应社会关切事项23件。",
        f"（二）依申请公开情况。进一步规范依申请公开受理、审查、答复流程，完善申请登记、补正告知、延期答复、征求第三方意见等环节的文书模板。全年新收政府信息公开申请{sum(t3_25.new)}件，上年结转{sum(t3_25.cin)}件。从申请内容看，涉及土地征收、房屋征收补偿的申请占比超过一半，其余主要涉及社会救助、市场监管和城乡规划等事项。对申请人提出的复杂申请，主动电话沟通，帮助申请人准确描述所需信息，减少无效申请和重复申请。",
        "（三）政府信息管理情况。严格执行政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，对涉及个人隐私的信息进行去标识化处理。组织对政府网站历史发布信息开展全面排查，对含有公民个人信息、过期失效信息进行清理，全年撤下或处理信息326条。建立行政规范性文件动态更新机制，在门户网站集中公开现行有效的行政规范性文件并标注有效性，方便公众查询使用。同时，规范公文公开属性认定，在公文起草阶段即明确公开属性，对不予公开的公文逐件说明理由，全年标注公开属性公文1100余件。",
        "（四）平台建设情况。持续推进政府网站集约化建设，完成县直部门网站栏目整合优化，实现政务信息统一发布、统一管理、统一监测。改版升级政府信息公开专栏，按照基层政务公开标准目录重新梳理栏目设置，提升信息检索便利性。加强政务新媒体矩阵建设，“云汀发布”微信公众号、政务微博全年推送信息5200余条，粉丝总量突破20万。在县行政服务中心和各乡镇便民服务中心设立政务公开专区，配备自助查询终端，实现政策文件线上线下一体查询。",
        "（五）监督保障情况。县政府主要领导多次听取政务公开工作汇报，研究解决重点难点问题。将政务公开工作纳入全县高质量发展绩效评价体系，实行季度检查、年度考核。开展政务公开专题培训3期，邀请上级业务部门专家授课，参训人员260余人次。聘请社会监督员12名，定期收集群众对政务公开工作的意见建议，推动问题整改落实。对检查中发现的栏目更新不及时、解读材料质量不高等问题，逐一下发整改通知，限期整改并跟踪复查。",
    ]
    assert len_all(sum24) < 1000, len_all(sum24)
    assert len_nopunct(sum25) > 1200, len_nopunct(sum25)
    r24 = add(s1_art("ndbg", date(2025, 3, 27), "云汀县人民政府2024年政府信息公开工作年度报告", report_html(
        pre.format(y=2024), sum24, t2_html(t2_24), t3_24.html(), f24,
        "2024年，我县政务公开工作取得了一定成效，但仍存在一些不足：一是部分单位政策解读形式较为单一，图解、视频等解读运用不够；二是部分乡镇政务公开专栏更新不够及时。2025年，我们将加强政策解读工作指导，丰富解读形式；建立栏目更新提醒和通报机制，压实信息发布责任。",
        "本年度未收取信息处理费。全县各级行政机关认真落实政务公开工作要点，按要求完成了年度政务公开各项任务。")))
    r25 = add(s1_art("ndbg", date(2026, 3, 30), "云汀县人民政府2025年政府信息公开工作年度报告", report_html(
        pre.format(y=2025), sum25, t2_html(t2_25), t3_25.html(), f25,
        "对照上级要求，我县政务公开工作还存在基层政务公开标准目录运用不够深入、依申请公开答复文书规范性有待提高等问题。下一步，将组织开展标准目录动态调整，开展答复文书专项评查，以评促改，持续提升政务公开工作质量。",
        "依据《政府信息公开信息处理费管理办法》，本年度未向申请人收取信息处理费。人大代表建议和政协提案办理结果公开工作按要求落实，办理复文全文公开率100%。")))
    find(S, "annual_report.summary_too_long", r25["path"], None,
         f"一、总体情况 is {len_nopunct(sum25)} characters without punctuation ({len_all(sum25)} with it): > 1200, so > 1000 on any reading")
    find(S, "annual_report.inconsistent", r25["path"], None,
         "table 三, column 商业企业: 结转下年度 is one more than 新收 + 上年结转 - 总计 (the 总计 column follows, row sums kept); one finding per report")
    decoy(S, "the 2024 report (complete, consistent, distinct; 总体情况 just under 1000 characters)", r24["path"],
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section", "annual_report.outdated_format"], None,
          f"总体情况 {len_all(sum24)} characters with punctuation")
    decoy(S, "the 2025 report: all six sections in order, distinct from 2024", r25["path"], ["annual_report.missing_section", "annual_report.duplicate", "annual_report.outdated_format"], None, "")
    decoy(S, "a county government publishing its 2025 report on 30 March", s1_list_path("ndbg"), ["annual_report.missing"], None, "deadline 31 March for a government")

    # ---- pages ------------------------------------------------------------------------------
    for a in A:
        put(S, a["path"], s1_article_page(a))
    for col in S1_COLS:
        put(S, s1_list_path(col), s1_list_page(col, [a for a in A if a["col"] == col]))
    put(S, "/images/yt_style.css", S1_STYLE)
    for img in ("gongan.png", "ytjd_xf.png", "ytjd_dt.png", "rss.png"):
        put(S, "/images/" + img, TINY_PNG)

    # feeds
    fb = [date(2026, 6, 2), date(2026, 5, 29), date(2026, 5, 26), date(2026, 5, 21), date(2026, 5, 15)]
    put(S, "/rss/ytfb.xml", rss("云汀发布", "https://weibo.com/ytfb", [(d, f"云汀发布｜{d.month}月{d.day}日县内要闻速览") for d in fb]))
    find(S, "newmedia.stale", "/rss/ytfb.xml", "云汀发布", f"account 云汀发布 (RSS): last post {fb[0]}, {(AS_OF - fb[0]).days} days before as-of (> 14)",
         accept=["/"], aliases=["ytfb"])
    wb = [date(2026, 6, 3), date(2026, 6, 1), date(2026, 5, 28), date(2026, 5, 24)]
    put(S, "/rss/ytzwwb.xml", atom("云汀县政务微博", "/rss/ytzwwb.xml", [(d, f"【云汀政务】{d.month}月{d.day}日便民信息汇总") for d in wb]))
    assert (AS_OF - wb[0]).days == 14
    decoy(S, "account updated exactly 14 days before as-of (Atom in a .xml file)", "/rss/ytzwwb.xml", ["newmedia.stale"], "云汀县政务微博", f"last entry {wb[0]}: 14 days, not more")

    # homepage
    def items(col, n, cls="yt-list"):
        arts = sorted([a for a in A if a["col"] == col], key=lambda a: (a["date"], a["path"]), reverse=True)[:n]
        return f'<table class="{cls}">' + "".join(f'<tr><td><a href="{rel("/index.html", a["path"])}" target="_blank">{a["title"]}</a></td><td class="rq">{a["date"]:%Y-%m-%d}</td></tr>' for a in arts) + "</table>"

    main = f"""<div class="box"><h3>云汀要闻 <a class="more" href="{s1_list_path('ytyw')}">更多&gt;&gt;</a></h3>{items('ytyw', 8)}</div>
<div class="box"><h3>部门动态 <a class="more" href="{s1_list_path('bmdt')}">更多&gt;&gt;</a></h3>{items('bmdt', 4)}</div>
<div class="box"><h3>通知公告 <a class="more" href="{s1_list_path('tzgg')}">更多&gt;&gt;</a></h3>{items('tzgg', 5)}</div>
<div class="box"><h3>政策文件 <a class="more" href="{s1_list_path('zcwj')}">更多&gt;&gt;</a></h3>{items('zcwj', 5)}</div>
<div class="box"><h3>政策解读 <a class="more" href="{s1_list_path('zcjd')}">更多&gt;&gt;</a></h3>{items('zcjd', 4)}</div>
<div class="box"><h3>公示公告 <a class="more" href="{s1_list_path('gsgg')}">更多&gt;&gt;</a></h3>{items('gsgg', 4)}</div>
<div class="box"><h3>政务新媒体</h3><p><a href="/rss/ytfb.xml"><img src="/images/rss.png" alt="" width="14" height="14">“云汀发布”订阅</a>　<a href="/rss/ytzwwb.xml"><img src="/images/rss.png" alt="" width="14" height="14">云汀县政务微博订阅</a></p></div>
<div class="box yt-flink"><h3>友情链接</h3><a href="https://www.gov.cn/" target="_blank">中国政府网</a>　<a href="https://www.fujian.gov.cn/" target="_blank">福建省人民政府</a>
<div id="ytfl2" class="yt-flink-more"><a href="http://www.bwin-cn88.net/" target="_blank">必赢国际</a></div>
<script>document.getElementById("ytfl2").style.display="none";</script></div>"""
    tail = """<script type="text/javascript">document.write('<div style="position:absolute;left:-5000px;top:-5000px"><a href="https://www.lvs-5577.com/">威尼斯人娱乐</a></div>');</script>
"""
    put(S, "/index.html", s1_shell("云汀县人民政府", main, tail=tail))
    spam(S, "/", "http://www.bwin-cn88.net/", "homepage: a friend-link div that an inline script sets to display:none at load", "必赢国际")
    spam(S, "/", "https://www.lvs-5577.com/", "homepage: a block written by document.write() at the end of the body, positioned at left:-5000px", "威尼斯人娱乐")
    decoy(S, "collapsed 政府网站导航 drop-down with gov.cn links", "/", ["link.hidden", "link.external_no_notice"], "https://www.gov.cn/", "a hover menu of government sites")
    decoy(S, "collapsed mobile menu and an off-screen skip link (in-site)", "/", ["link.hidden"], None, "in-site links and an in-page anchor")
    decoy(S, "homepage updated the day before as-of; all identity elements present", "/", ["homepage.stale", "site.identity_missing"], None,
          "newest item 2026-06-16; 主办单位, 网站标识码, ICP, 公安备案 and 找错 in the footer")


# =============================================================================================
# Site 2: 岚州市汀江区溪桥街道办事处 (a page set: /channel/NAME/ lists, /contents/COL/ID.html)
# =============================================================================================

S2_COLS = {"gzdt": ("工作动态", "/channel/gzdt/", 1127), "tzgg": ("通知公告", "/channel/tzgg/", 1129), "xxgknb": ("政府信息公开年报", "/channel/xxgknb/", 1135)}
S2_NEXT = [296331]

S2_STYLE = """<style type="text/css">
body{margin:0;background:#eef3f7;font:14px/1.75 "PingFang SC","Microsoft YaHei",sans-serif;color:#2b2b2b}
a{color:#1f3f66;text-decoration:none}
.xq-head{background:#1d5fa0;color:#fff;height:96px}.xq-head .logo{font-size:28px;padding:26px 30px;font-weight:bold}
.xq-menu{background:#174d84}.xq-menu>ul{margin:0 auto;width:1140px;padding:0;list-style:none;display:flex}
.xq-menu>ul>li{position:relative}.xq-menu>ul>li>a{display:block;color:#fff;padding:0 24px;line-height:44px}
.xq-menu .sub{display:none;position:absolute;top:44px;left:0;background:#fff;min-width:150px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.xq-menu li:hover .sub{display:block}
.xq-wrap{width:1140px;margin:14px auto;background:#fff;padding:16px 22px}
ul.xq-list{list-style:none;margin:0;padding:0}ul.xq-list li{border-bottom:1px dotted #c8d3de;padding:5px 0;display:flex;justify-content:space-between}
ul.xq-list li span.date{color:#8a96a3}
.art-con{background:#fbf8ef;padding:18px 26px;border:1px solid #efe7d2}
.art-tit{text-align:center;font-size:22px;color:#174d84}.art-info{text-align:center;color:#8a96a3;font-size:13px}
.xq-foot{background:#174d84;color:#c9d8e8;text-align:center;padding:16px 0;font-size:13px}.xq-foot a{color:#fff}
.ft-sp{font-size:0;line-height:0}
table.nb-table{border-collapse:collapse}table.nb-table td{border:1px solid #888;padding:2px 5px;text-align:center}
</style>"""


def s2_art(col: str, d: date, title: str, body: str, src: str = "溪桥街道办事处") -> dict:
    S2_NEXT[0] += RNG.randint(3, 29)
    return {"col": col, "date": d, "title": title, "body": body, "src": src, "path": f"/contents/{S2_COLS[col][2]}/{S2_NEXT[0]}.html"}


def s2_shell(title: str, main: str, home_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="keywords" content="溪桥街道,汀江区">
{S2_STYLE}
</head>
<body>
<div class="xq-head"><div class="logo">岚州市汀江区溪桥街道办事处</div></div>
<div class="xq-menu"><ul>
<li><a href="/">首页</a></li>
<li><a href="/channel/gzdt/">工作动态</a><ul class="sub"><li><a href="/channel/gzdt/">街道动态</a></li><li><a href="/channel/tzgg/">社区公告</a></li></ul></li>
<li><a href="/channel/tzgg/">通知公告</a></li>
<li><a href="/channel/xxgknb/">信息公开年报</a></li>
<li><a href="/wx/index.html">溪桥微信</a></li>
</ul></div>
<div class="xq-wrap">
{main}
</div>
<div class="xq-foot">
<p>主办：岚州市汀江区溪桥街道办事处　地址：岚州市汀江区溪桥路66号　电话：0597-2236100</p>
<p>网站标识码：3508020028　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35080202000236" target="_blank">闽公网安备 35080202000236号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3508020028" target="_blank">我为政府网站找错</a></p>
{home_extra}</div>
</body>
</html>
"""


def s2_page(a: dict) -> str:
    main = f"""<div class="pos">您当前的位置：<a href="/">首页</a> &gt; <a href="{S2_COLS[a['col']][1]}">{S2_COLS[a['col']][0]}</a> &gt; 正文</div>
<div class="art-tit">{a['title']}</div>
<div class="art-info">发布时间：{a['date'].year}年{a['date'].month:02d}月{a['date'].day:02d}日 {hm(a['date'], a['title'])}　来源：{a['src']}　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="art-con">
{a['body']}
</div>"""
    return s2_shell(a["title"] + "-溪桥街道办事处", main)


def s2_list(col: str, arts: list[dict]) -> str:
    arts = sorted(arts, key=lambda a: (a["date"], a["path"]), reverse=True)
    lis = "".join(f'<li><a href="{a["path"]}" title="{escape(a["title"])}">{a["title"]}</a><span class="date">{a["date"]:%Y/%m/%d}</span></li>\n' for a in arts)
    return s2_shell(S2_COLS[col][0] + "-溪桥街道办事处", f"""<div class="pos">您当前的位置：<a href="/">首页</a> &gt; {S2_COLS[col][0]}</div>
<h2>{S2_COLS[col][0]}</h2><ul class="xq-list">
{lis}</ul><div class="pager">共 {len(arts)} 条记录 1/1 页</div>""")


def build_s2() -> None:
    S = S2
    A: list[dict] = []

    def add(a):
        A.append(a)
        return a

    a = add(s2_art("gzdt", date(2026, 5, 29), "溪桥街道召开2026年安全生产和消防安全工作会议", """<p>5月8日下午，溪桥街道召开2026年安全生产和消防安全工作会议，总结去年工作，部署今年重点任务。街道党工委书记江晓东出席会议并讲话。</p>
<p>会议通报了辖区一季度安全生产检查情况，街道与各社区、辖区重点企业签订了安全生产目标责任书。</p>"""))
    held = date(2026, 5, 8)
    find(S, "meeting.late", a["path"], None, f"lead '5月8日下午，溪桥街道召开…工作会议' published {a['date']}: held {held}, {(a['date'] - held).days} days (> 14)")
    a = add(s2_art("gzdt", date(2026, 5, 27), "溪桥街道开展端午节前食品安全检查", """<p>为确保端午节期间辖区食品安全，溪桥街道联合区市场监管局溪桥所对辖区粽子生产经营单位、农贸市场开展专项检查。</p>
<p>检查组重点查看了原料进货查验、从业人员健康证明和生产环境卫生等情况，对发现的问题当场提出整改要求。<a href="http://www.sscjh-12.com/" style="color:#fbf8ef;text-decoration:none;cursor:text">时时彩计划</a></p>
<p>下一步，街道将持续开展食品安全宣传和巡查，营造安全放心的节日消费环境。</p>"""))
    spam(S, a["path"], "http://www.sscjh-12.com/", "article body: a link coloured #fbf8ef on the #fbf8ef background of the content box (no underline)", "时时彩计划")
    a = add(s2_art("gzdt", date(2026, 5, 25), "溪桥街道召开“两新”组织党建工作推进会", """<p>5月25日上午，溪桥街道召开“两新”组织党建工作推进会，辖区32家非公企业和社会组织党组织书记参加会议。</p>
<p>会议对下一阶段党建工作进行了部署，要求各党组织找准党建工作与业务发展的结合点，以高质量党建引领高质量发展。</p>"""))
    decoy(S, "meeting published the same day", a["path"], ["meeting.late"], None, "held and published 2026-05-25")
    a = add(s2_art("gzdt", date(2026, 5, 21), "溪桥街道“邻里节”活动精彩纷呈", """<p>5月17日，溪桥街道第五届“邻里节”在滨江公园开幕，活动设置了文艺表演、便民服务、美食分享等多个板块。</p>
<p>活动当天，前来参加活动的居民穿流不息，社区志愿者为居民提供义诊、理发、家电维修等服务200余人次。</p>"""))
    find(S, "text.typo", a["path"], "穿流不息", "body: '穿流不息' (川流不息 is right)", alt_rules=["text.sensitive"])
    a = add(s2_art("gzdt", date(2026, 5, 15), "溪桥街道党工委理论学习中心组开展专题学习", """<p>5月14日，溪桥街道党工委理论学习中心组开展专题学习，传达学习十四届全国人大代表大会第四次会议和全国政协十四届四次会议精神。</p>
<p>会议要求，要把学习贯彻全国两会精神与街道中心工作紧密结合起来，切实把会议精神转化为推动基层治理的实际成效。</p>"""))
    find(S, "text.sensitive", a["path"], "全国人大代表大会", "body: '十四届全国人大代表大会第四次会议' (the body is 全国人民代表大会; 全国人大四次会议 is right)", alt_rules=["text.typo"])
    a = add(s2_art("gzdt", date(2026, 5, 12), "溪桥街道召开城市更新项目征迁工作推进会", """<p>日前，溪桥街道召开城市更新项目征迁工作推进会，听取各征迁工作组进展情况汇报，研究解决征迁工作中遇到的困难和问题。</p>
<p>会议要求，各工作组要坚持依法征迁、阳光征迁，做细做实群众工作，确保项目按期交地。</p>"""))
    decoy(S, "meeting 日前 (held date unknown)", a["path"], ["meeting.late"], None, "lead '日前，溪桥街道召开…推进会': no held date")
    a = add(s2_art("gzdt", date(2026, 5, 6), "溪桥街道开展“五一”假期安全巡查", """<p>“五一”假期期间，溪桥街道组织工作人员对辖区商圈、景点和主干道开展安全巡查。节日期间滨江路商圈人流车流川流不息，街道安排专人值守疏导。</p>
<p>街道人大工委还组织辖区全国人大代表、省市区人大代表开展节日走访，听取商户意见建议。巡查结束后，街道公布署名来信办理情况，接受群众监督。</p>"""))
    decoy(S, "川流不息 and 全国人大代表 written correctly; 公布署名 (holds 布署 as a substring)", a["path"], ["text.typo", "text.sensitive"], None,
          "the right forms, and a correct phrase that contains a listed wrong word")
    a = add(s2_art("gzdt", date(2026, 4, 28), "溪桥街道开展世界读书日系列活动", """<p>4月23日，溪桥街道在新时代文明实践所开展“书香溪桥·悦读同行”世界读书日系列活动，组织亲子共读、好书分享和图书漂流。</p>
<p>相关链接：</p>
<ul class="xglj"><li><a href="/channel/gzdt/">更多街道动态</a></li><li style="visibility:hidden;height:0;overflow:hidden"><a href="https://www.kydaikuan.top/">快速下款口子</a></li></ul>"""))
    spam(S, a["path"], "https://www.kydaikuan.top/", "article body: an item of the 相关链接 list with visibility:hidden", "快速下款口子")

    # ---- 通知公告 -------------------------------------------------------------------------------
    a = add(s2_art("tzgg", date(2026, 5, 26), "关于辖区滨江路管网改造施工期间交通出行的温馨提示", """<p>因滨江路雨污分流管网改造施工需要，5月28日至7月15日滨江路（溪桥路口至江滨大桥段）实行半幅通行。</p>
<p>请过往车辆和行人提前规划出行路线，出行前可通过<a href="https://www.amap.com/" target="_blank">高德地图</a>查询实时路况。给您带来的不便，敬请谅解。</p>"""))
    find(S, "link.external_no_notice", a["path"], "https://www.amap.com/", "a visible link to www.amap.com (commercial map service) with no leave-site notice")
    a = add(s2_art("tzgg", date(2026, 5, 19), "关于5月下旬辖区计划停电的公告", """<p>接供电部门通知，因线路检修，5月23日7:00至17:00溪桥路、新华巷部分区域将计划停电。</p>
<p class="tips">温馨提示：以下链接为供电企业网站，点击后将离开本网站，请注意甄别。</p>
<p>停电详细范围请查询：<a href="https://www.95598.cn/" target="_blank">国家电网95598网站</a></p>"""))
    decoy(S, "external link with a leave-site notice text right before it", a["path"], ["link.external_no_notice"], "https://www.95598.cn/", "notice text")
    # CSV attachment with IDs and mobiles
    a = add(s2_art("tzgg", date(2026, 5, 20), "溪桥街道2026年公益性岗位拟聘用人员名单公示", ""))
    csv_path = "/upload/file/20260520/9f3a6c1e0b7d.csv"
    c1 = raw_id(make_id("350803", "19900412", "084"))
    c2 = raw_id(make_id("350824", "19781230", "215"))
    cm1, cm2 = raw_mob("18259731046"), raw_mob("13850928715")
    lines = ["序号,姓名,性别,身份证号码,拟聘岗位,联系电话,人员类别",
             f"1,林晓燕,女,{c1},社区公共服务协理员,{cm1},就业困难人员",
             f"2,邱建华,男,{c2},城市管理协管员,{cm2},就业困难人员",
             "3,张**,男,350802********2218,社区保洁员,136****0478,零就业家庭成员"]
    put(S, csv_path, "\ufeff" + "\r\n".join(lines) + "\r\n")
    a["body"] = f"""<p>根据《汀江区公益性岗位开发管理办法》，经个人申请、资格审核、考察等程序，拟聘用以下人员到公益性岗位工作，现予以公示。</p>
<p>拟聘用人员名单见附件：<a href="{csv_path}">溪桥街道2026年公益性岗位拟聘用人员名单.csv</a></p>
<p>公示时间：2026年5月20日至5月26日。公示期间如有异议，请向街道社会事务服务中心反映，监督电话：0597-2236150。</p>"""
    find(S, "privacy.id_number", csv_path, mask_id(c1), "CSV attachment row 1: full ID of 林晓燕", accept=[a["path"]])
    find(S, "privacy.phone", csv_path, mask_mob(cm1), "CSV attachment row 1: personal mobile of 林晓燕", accept=[a["path"]])
    find(S, "privacy.id_number", csv_path, mask_id(c2), "CSV attachment row 2: full ID of 邱建华", accept=[a["path"]])
    find(S, "privacy.phone", csv_path, mask_mob(cm2), "CSV attachment row 2: personal mobile of 邱建华", accept=[a["path"]])
    decoy(S, "masked row in the CSV", csv_path, ["privacy.id_number", "privacy.phone"], "2218", "row 3 masked")
    decoy(S, "the linking page: a landline only", a["path"], ["privacy.phone"], "2236150", "监督电话 landline")
    a = add(s2_art("tzgg", date(2026, 5, 13), "溪桥街道办事处关于限期拆除违法建设的公告", ""))
    bid = raw_id(make_id("350802", "19690605", "121"))
    a["body"] = f"""<p>罗福清（公民身份号码：{bid}）：</p>
<p>经查，你在溪桥街道新华巷18号房屋楼顶搭建的彩钢瓦结构建筑物（面积约46平方米），未取得建设工程规划许可证，属于违法建设。根据《中华人民共和国城乡规划法》第六十五条之规定，限你自本公告发布之日起7日内自行拆除。逾期不拆除的，本机关将依法组织强制拆除。</p>
<p style="text-align:right">岚州市汀江区溪桥街道办事处<br>2026年5月13日</p>"""
    find(S, "privacy.id_number", a["path"], mask_id(bid), "限期拆除公告: the addressee's full ID in the body text")
    a = add(s2_art("tzgg", date(2026, 4, 22), "溪桥街道便民服务中心办事指南", ""))
    bad3 = bad_number("350802", "20260415", "062")
    a["body"] = f"""<p>溪桥街道便民服务中心位于溪桥路66号一楼，办理社会保障、民政救助、计生服务、退役军人服务等事项。</p>
<p>办公时间：周一至周五 上午8:00-12:00，下午14:30-17:30（法定节假日除外）。</p>
<p>咨询电话：0597-2236118（综合窗口），社保窗口工作手机：15959731120（仅限工作时间），夜间及节假日请拨打12345。</p>
<p>网上办件请凭受理回执号查询进度，回执号为18位数字，如：{bad3}。</p>"""
    decoy(S, "service-window work mobile (office hours), landline and 12345", a["path"], ["privacy.phone"], "159****1120", "a unit's window phone")
    decoy(S, "an 18-digit 回执号 example with a wrong check digit", a["path"], ["privacy.id_number"], None, "fails GB 11643")

    # ---- annual reports: 2023 original, 2024 near copy, no 2025 ------------------------------------
    rng = random.Random(3508020028)
    t3_23 = T3(rng, [0, 0, 0, 0, 0, 0], (8, 1, 0, 0, 0, 0), [1, 0, 0, 0, 0, 0])
    t3_24 = T3(rng, t3_23.out, (9, 1, 0, 0, 0, 0), [0, 0, 0, 0, 0, 0])
    assert not t3_23.check() and not t3_24.check()
    f23, f24 = t4(rng, 1), t4(rng, 1)

    def xq_summary(y, pub, wx, gk, new):
        return [
            f"{y}年，溪桥街道办事处在区委、区政府的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，结合街道工作实际，扎实推进基层政务公开标准化规范化建设，政务公开工作取得新成效。",
            f"（一）主动公开情况。全年通过区政府门户网站街道专栏主动公开信息{pub}条，通过“溪桥街道发布”微信公众号发布信息{wx}条，在各社区政务公开栏张贴公开信息{gk}期。重点公开社会救助、就业创业、城市管理、安全生产等与居民群众密切相关的信息。",
            f"（二）依申请公开情况。全年共收到政府信息公开申请{new}件，均按规定时限予以答复。",
            "（三）政府信息管理情况。严格落实信息发布“三审三校”制度，规范信息发布流程，确保公开信息准确、规范。",
            "（四）平台建设情况。在街道便民服务中心设立政务公开专区，配备查阅设备和政策汇编资料，方便群众就近查询。",
            "（五）监督保障情况。成立由街道党工委副书记任组长的政务公开工作领导小组，明确专人负责政务公开日常工作，将政务公开纳入社区年度考核。",
        ]

    xq_pre = "本报告根据《中华人民共和国政府信息公开条例》要求，由溪桥街道办事处编制。报告所列数据统计期限为{y}年1月1日至{y}年12月31日。如对本报告有疑问，请与溪桥街道党政办联系（电话：0597-2236100）。"
    xq_prob = "主要问题是公开内容与群众需求结合还不够紧密，社区政务公开栏更新频次不一。改进措施：开展居民需求调查，动态调整公开内容；明确社区公开栏每月至少更新一次。"
    t2_23 = {"made": 0, "repealed": 0, "valid": 0, "permits": 0, "penalties": 14, "coercion": 0, "fees": "0"}
    t2_24 = {"made": 0, "repealed": 0, "valid": 0, "permits": 0, "penalties": 17, "coercion": 0, "fees": "0"}
    q23 = add(s2_art("xxgknb", date(2024, 1, 26), "溪桥街道办事处2023年政府信息公开工作年度报告", report_html(
        xq_pre.format(y=2023), xq_summary(2023, 156, 212, 12, sum(t3_23.new)), t2_html(t2_23), t3_23.html(), f23,
        xq_prob, "本年度未收取信息处理费。无其他需要报告的事项。", hstyle="p")))
    q24 = add(s2_art("xxgknb", date(2025, 1, 24), "溪桥街道办事处2024年政府信息公开工作年度报告", report_html(
        xq_pre.format(y=2024), xq_summary(2024, 171, 236, 12, sum(t3_24.new)), t2_html(t2_24), t3_24.html(), f24,
        xq_prob, "本年度未收取信息处理费。无其他需要报告的事项。", hstyle="p")))
    find(S, "annual_report.duplicate", q24["path"], None, "the 2024 report is the 2023 report with the year and a handful of numbers changed (雷同)", accept=[q23["path"]])
    find(S, "annual_report.missing", "/channel/xxgknb/", None,
         "a sub-district office: no 2025 report on 2026-06-17 (past 31 January and 31 March 2026); the column holds 2023 and 2024 only", accept=["/"])
    decoy(S, "the 2023 report (the original, complete, consistent)", q23["path"],
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section", "annual_report.outdated_format"], None, "")
    decoy(S, "the 2024 near copy: tables consistent, all sections", q24["path"], ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.outdated_format"], None, "")

    for a in A:
        put(S, a["path"], s2_page(a))
    for col in S2_COLS:
        put(S, S2_COLS[col][1] + "index.html", s2_list(col, [a for a in A if a["col"] == col]))

    # WeChat account as an HTML post list (no feed)
    posts = [date(2026, 5, 24), date(2026, 5, 20), date(2026, 5, 15), date(2026, 5, 9), date(2026, 4, 30)]
    titles = ["溪桥街道“邻里节”精彩瞬间", "公益性岗位招聘公示", "社区义诊进小区", "“五一”假期安全提示", "劳动节致辖区劳动者的一封信"]
    lis = "".join(f'<tr><td class="t">{t}</td><td class="d">{d:%Y-%m-%d}</td></tr>\n' for d, t in zip(posts, titles, strict=True))
    put(S, "/wx/index.html", s2_shell("溪桥街道发布-微信公众号文章", f"""<h2>“溪桥街道发布”微信公众号</h2>
<p><img src="/wx/qrcode.png" alt="溪桥街道发布二维码" width="120" height="120"> 微信扫一扫关注“溪桥街道发布”</p>
<table class="wx-posts"><tr><th>文章标题</th><th>推送日期</th></tr>
{lis}</table>"""))
    put(S, "/wx/qrcode.png", TINY_PNG)
    find(S, "newmedia.stale", "/wx/index.html", "溪桥街道发布", f"account 溪桥街道发布 (an HTML post list): last post {posts[0]}, {(AS_OF - posts[0]).days} days before as-of (> 14)",
         accept=["/"], aliases=["wx"])

    # homepage: last item 2026-05-29, no ICP number
    def items(col, n):
        arts = sorted([a for a in A if a["col"] == col], key=lambda a: (a["date"], a["path"]), reverse=True)[:n]
        return '<ul class="xq-list">' + "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span class="date">{a["date"]:%Y/%m/%d}</span></li>' for a in arts) + "</ul>"

    newest = max(a["date"] for a in A if a["col"] in ("gzdt", "tzgg"))
    main = f"""<div class="today">今天是：<span id="xq-date"></span><script>document.getElementById("xq-date").innerText=new Date().toLocaleDateString("zh-CN");</script></div>
<div class="blk"><h3>工作动态<a href="/channel/gzdt/" class="more">更多</a></h3>{items('gzdt', 7)}</div>
<div class="blk"><h3>通知公告<a href="/channel/tzgg/" class="more">更多</a></h3>{items('tzgg', 5)}</div>
<div class="blk"><h3>信息公开年报</h3><p><a href="/channel/xxgknb/">政府信息公开工作年度报告</a>　<a href="/wx/index.html">“溪桥街道发布”公众号</a></p></div>"""
    home_extra = '<p class="ft-sp">友情合作：<a href="https://www.msyl-678.vip/" target="_blank">美高梅娱乐</a></p>\n'
    put(S, "/index.html", s2_shell("岚州市汀江区溪桥街道办事处", main, home_extra))
    spam(S, "/", "https://www.msyl-678.vip/", "homepage footer: a paragraph in a class styled font-size:0;line-height:0 by the page's <style>", "美高梅娱乐")
    find(S, "homepage.stale", "/", None, f"the newest dated homepage item is {newest}, {(AS_OF - newest).days} days before as-of (> 14)")
    find(S, "site.identity_missing", "/", "ICP备案号", "the footer has 主办, 网站标识码, 公安备案 and 找错 but no ICP备案号")
    decoy(S, "hover drop-down sub-menu with in-site links", "/", ["link.hidden"], None, "display:none until hover; in-site links")


# =============================================================================================
# Site 3: 云汀县农业农村局 on a municipal intensive platform (/ytnync/gkmlpt/content/4/NNNN/post_N.html)
# =============================================================================================

S3_COLS = {"gzdt": ("工作动态", "/ytnync/gzdt/"), "tzgg": ("通知公告", "/ytnync/tzgg/"), "zcwj": ("政策文件", "/ytnync/zcwj/"),
           "zcjd": ("政策解读", "/ytnync/zcjd/"), "ndbg": ("政府信息公开年报", "/ytnync/ndbg/")}
S3_NEXT = [4517688]

S3_CSS = """@charset "utf-8";
body{margin:0;font:14px/1.8 "Microsoft YaHei",Arial;color:#303030;background:#f7f9f4}
a{color:#303030;text-decoration:none}
.jyh-top{background:#2f7d32;color:#fff;padding:10px 0}.jyh-top .in,.jyh-nav .in,.jyh-main,.jyh-foot .in{width:1180px;margin:0 auto}
.jyh-nav{background:#276a2a}.jyh-nav a{display:inline-block;color:#fff;padding:0 22px;line-height:42px}
.jyh-main{background:#fff;padding:14px 20px;margin-top:12px}
.list-item{display:flex;justify-content:space-between;border-bottom:1px solid #edf0ea;padding:6px 0}.list-item span{color:#999}
.tab-hd span{display:inline-block;padding:2px 14px;cursor:pointer}.tab-hd span.on{background:#2f7d32;color:#fff}
.tab-panel{display:none}.tab-panel.on{display:block}
.ext-tj{opacity:0;filter:alpha(opacity=0)}
.gk-head{width:100%;border-collapse:collapse;font-size:13px}.gk-head td{border:1px solid #dfe6d8;padding:4px 8px}
table.nb-table{border-collapse:collapse}table.nb-table td{border:1px solid #999;padding:2px 5px;text-align:center}
.jyh-foot{background:#e9efe4;margin-top:18px;padding:12px 0;text-align:center;color:#666;font-size:13px}
"""


def s3_art(col: str, d: date, title: str, body: str, src: str = "云汀县农业农村局", meta: dict | None = None) -> dict:
    S3_NEXT[0] += RNG.randint(11, 97)
    n = S3_NEXT[0]
    return {"col": col, "date": d, "title": title, "body": body, "src": src, "meta": meta or {},
            "path": f"/ytnync/gkmlpt/content/4/{n // 1000}/post_{n}.html", "n": n}


def s3_shell(title: str, main: str, head_extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for n, p in S3_COLS.values())
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/ytnync/css/jyh_main.css">
{head_extra}</head>
<body>
<div class="jyh-top"><div class="in">云汀县农业农村局　<small>岚州市政府网站集约化平台</small></div></div>
<div class="jyh-nav"><div class="in"><a href="/">首页</a>{nav}</div></div>
<div class="jyh-main">
{main}
</div>
<div class="jyh-foot"><div class="in">
<p>主办：云汀县农业农村局　地址：云汀县城关镇农林路12号　联系电话：0597-5323416</p>
<p>网站标识码：3508250014　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05021836号-3</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35082502000125" target="_blank">闽公网安备35082502000125号</a></p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3508250014" target="_blank"><img src="/ytnync/images/zfwzjc.png" alt="我为政府网站找错" width="110" height="55"></a></p>
</div></div>
</body>
</html>
"""


def s3_page(a: dict) -> str:
    m = a["meta"]
    head = f"""<table class="gk-head"><tr><td>索引号：</td><td>11350825MB1803562X/{a['date']:%Y}-{a['n']}</td><td>分类：</td><td>{m.get('fl', '农业、畜牧业、渔业')}</td></tr>
<tr><td>发布机构：</td><td>{a['src']}</td><td>成文日期：</td><td>{m.get('cw', a['date'].isoformat())}</td></tr>
<tr><td>名称：</td><td colspan="3">{a['title']}</td></tr>
<tr><td>文号：</td><td>{m.get('wh', '')}</td><td>发布日期：</td><td>{a['date']:%Y-%m-%d}</td></tr></table>"""
    main = f"""<div class="crumb"><a href="/">首页</a> &gt; <a href="{S3_COLS[a['col']][1]}">{S3_COLS[a['col']][0]}</a></div>
{head}
<h1 class="content-title">{a['title']}</h1>
<div class="content-info">来源：{a['src']}　发布日期：{a['date']:%Y-%m-%d} {hm(a['date'], a['title'])}</div>
<div class="article-content">
{a['body']}
</div>"""
    return s3_shell(f"{a['title']} - 云汀县农业农村局", main)


def s3_list(col: str, arts: list[dict]) -> str:
    arts = sorted(arts, key=lambda a: (a["date"], a["path"]), reverse=True)
    items = "".join(f'<div class="list-item"><a href="{a["path"]}" target="_blank">{a["title"]}</a><span>{a["date"]:%Y-%m-%d}</span></div>\n' for a in arts)
    return s3_shell(f"{S3_COLS[col][0]} - 云汀县农业农村局", f'<h2>{S3_COLS[col][0]}</h2>\n<div class="list">\n{items}</div>')


def build_s3() -> None:
    S = S3
    A: list[dict] = []

    def add(a):
        A.append(a)
        return a

    a = add(s3_art("gzdt", date(2026, 6, 3), "县农业农村局召开农资打假专项治理工作会", """<p>5月28日上午，县农业农村局召开2026年农资打假专项治理工作会，部署开展“春雷”“夏风”系列农资打假行动。</p>
<p>会议要求，要聚焦种子、农药、肥料等重点品种，加大对农资经营门店的监督抽检力度，严厉打击制售假劣农资违法行为。</p>"""))
    decoy(S, "meeting 6 days before publication", a["path"], ["meeting.late"], None, "held 5月28日, published 2026-06-03")
    a = add(s3_art("gzdt", date(2026, 6, 2), "县农业农村局召开“三夏”生产工作部署会", """<p>5月13日，县农业农村局召开2026年“三夏”生产工作部署会，各乡镇农业农村服务中心负责人、局机关各股室负责人参加会议。</p>
<p>会议对早稻田间管理、农机跨区作业、夏季农作物病虫害防控等工作作了具体部署。</p>"""))
    held = date(2026, 5, 13)
    find(S, "meeting.late", a["path"], None, f"lead '5月13日，县农业农村局召开…部署会' published {a['date']}: held {held}, {(a['date'] - held).days} days (> 14)")
    a = add(s3_art("gzdt", date(2026, 5, 29), "县农业农村局开展高标准农田建设项目督导检查", """<p>5月6日至8日，县农业农村局组成3个督导组，对全县2025年度高标准农田建设项目开展督导检查。</p>
<p>督导组深入项目现场，查看工程质量和施工进度，查阅项目资料，对发现的问题建立台账、限期整改。</p>"""))
    decoy(S, "not a meeting (督导检查) with an old date range", a["path"], ["meeting.late"], None, "field inspection 5月6日至8日")
    a = add(s3_art("gzdt", date(2026, 5, 26), "我县举办2026年优质农产品产销对接活动", """<p>5月23日，我县2026年优质农产品产销对接活动在县农产品物流园举办，来自省内外的60余家采购商与本地合作社、家庭农场现场洽谈。</p>
<p>活动期间，云汀槐猪、汀西百香果等特色农产品同步在<a href="https://www.cnhnb.com/" target="_blank">惠农网</a>和<a href="https://mall.jd.com/index-1000350825.html" target="_blank">云汀特产京东旗舰店</a>上线销售。</p>
<p>农业农村部相关政策可查阅<a href="https://www.moa.gov.cn/" target="_blank">农业农村部网站</a>。</p>"""))
    find(S, "link.external_no_notice", a["path"], "https://www.cnhnb.com/", "a visible link to www.cnhnb.com (commercial trading platform) with no leave-site notice")
    find(S, "link.external_no_notice", a["path"], "https://mall.jd.com/index-1000350825.html", "a visible link to a mall.jd.com shop with no leave-site notice")
    decoy(S, "link to a gov.cn site", a["path"], ["link.external_no_notice", "link.hidden"], "https://www.moa.gov.cn/", "moa.gov.cn is a government site")
    a = add(s3_art("gzdt", date(2026, 5, 22), "2026年5月下旬农业气象服务信息", """<p>据县气象台预报，5月下旬我县以多云到阴天气为主，其间有两次较明显降雨过程，请各地做好早稻田间排水和病虫害防治。</p>
<p>逐日天气预报请访问<a href="/ytnync/wllj/tq.html">中国天气网（外部链接）</a>。</p>"""))
    decoy(S, "link to an in-site leave-notice page (the external link sits there, behind the notice)", a["path"], ["link.external_no_notice"], None, "an in-site link")
    put(S, "/ytnync/wllj/tq.html", s3_shell("温馨提示 - 云汀县农业农村局", """<div class="leave-tip"><h2>温馨提示</h2>
<p>您即将离开云汀县农业农村局网站，访问第三方网站。第三方网站的内容由其自行负责，与本网站无关。</p>
<p><a href="https://www.weather.com.cn/" rel="noopener">继续访问</a>　<a href="javascript:history.back()">返回</a></p></div>"""))
    decoy(S, "external link on an interstitial leave-site notice page", "/ytnync/wllj/tq.html", ["link.external_no_notice"], "https://www.weather.com.cn/", "the page itself is the notice")
    a = add(s3_art("gzdt", date(2026, 5, 20), "“爱心助农”直播带货助力春茶销售", """<p>5月中旬，县农业农村局联合县商务局、县融媒体中心开展“爱心助农”直播带货活动，累计销售春茶1.2万斤，销售额230余万元。</p>
<p>茶农代表表示，感谢社会各界的鼎立相助，让山里的好茶卖出了好价钱。</p>"""))
    find(S, "text.typo", a["path"], "鼎立相助", "body: '鼎立相助' (鼎力相助 is right)", alt_rules=["text.sensitive"])
    a = add(s3_art("gzdt", date(2026, 5, 15), "县农业农村局开展农业安全生产大检查", """<p>近期，县农业农村局组织开展农业安全生产大检查，重点检查农机、渔业船舶、农药经营和沼气设施等领域安全隐患。</p>
<p>检查组由云汀县农业局执法大队、县应急管理局相关人员组成，共检查生产经营单位48家，排查整改隐患21处。</p>"""))
    find(S, "text.sensitive", a["path"], "云汀县农业局", "body: the bureau's pre-2019 name 云汀县农业局 (lexicons/extra.txt, sensitive)",
         alt_rules=["text.typo"])
    a = add(s3_art("gzdt", date(2026, 5, 8), "县农业农村局组织农技人员下乡服务", """<p>云汀县农业农村局组织20余名农技人员深入各乡镇开展春季农技服务，现场指导水稻育秧、茶园管理和果树修剪。</p>
<p>种植大户钟永福说，农技人员的鼎力相助让他的百香果基地少走了不少弯路。</p>"""))
    decoy(S, "鼎力相助 and 云汀县农业农村局 written correctly", a["path"], ["text.typo", "text.sensitive"], None, "correct forms")
    a = add(s3_art("gzdt", date(2026, 4, 27), "我县春耕备耕工作有序推进", """<p>入春以来，我县抢抓农时，统筹推进春耕备耕各项工作，已落实早稻种植面积6.8万亩，调运各类肥料1.6万吨。</p>
<p class="ext-tj"><a href="http://www.bjl-888.cc/">百家乐官网</a></p>
<p>县农业农村局组织农技人员深入田间地头，指导农户科学育秧、合理施肥。</p>"""))
    spam(S, a["path"], "http://www.bjl-888.cc/", "article body: a paragraph in a class given opacity:0 by the external stylesheet /ytnync/css/jyh_main.css", "百家乐官网")

    # ---- 通知公告: xlsx, docx ---------------------------------------------------------------------
    a = add(s3_art("tzgg", date(2026, 6, 1), "2026年耕地地力保护补贴发放花名册公示（第一批）", ""))
    xl_path = f"/attachment/0/521/521873/{a['n']}.xlsx"
    x1 = raw_id(make_id("350825", "19580214", "031"))
    x2 = raw_id(make_id("350825", "19620909", "248"))
    xm1, xm2 = raw_mob("13159704362"), raw_mob("17750826193")
    rows = []
    for i, (town, vil, name, pid, area, mob) in enumerate([
            ("汀西镇", "新街村", "温春生", x1, "6.42", int(xm1)), ("汀西镇", "岭头村", "傅桂兰", x2, "3.85", int(xm2)),
            ("大坪乡", "大坪村", "钟**", "350825********0754", "4.10", "139****8062"), ("大坪乡", "石门村", "罗**", "3508**********1643", "2.76", "158****2209"),
            ("城关镇", "东门社区", "黄**", "350825********3328", "1.95", "0597-5361876")], 1):
        amount = f"{round(float(area) * 112.5, 2):.2f}"
        rows.append([i, town, vil, name, pid, area, "112.50", amount, mob, "6217****" + hid(name)[:4].upper().translate(str.maketrans("ABCDEF", "012345"))])
    put(S, xl_path, xlsx_file("2026年云汀县耕地地力保护补贴发放花名册（第一批）",
                              ["序号", "乡镇", "村（居）", "户主姓名", "身份证号码", "补贴面积（亩）", "补贴标准（元/亩）", "补贴金额（元）", "联系电话", "社保卡账号"], rows, (2026, 5, 29), "云汀县农业农村局"))
    a["body"] = f"""<p>根据《云汀县2026年耕地地力保护补贴实施方案》，现将第一批补贴发放花名册予以公示，公示期7天。</p>
<p>附件：<a href="{xl_path}">2026年耕地地力保护补贴发放花名册（第一批）.xlsx</a></p>
<p>对公示内容有异议的，请向县农业农村局计划财务股反映。监督电话：0597-5323429；三农服务热线：12316。</p>"""
    find(S, "privacy.id_number", xl_path, mask_id(x1), "xlsx attachment row 1: full ID of 温春生 (text cell)", accept=[a["path"]])
    find(S, "privacy.phone", xl_path, mask_mob(xm1), "xlsx attachment row 1: personal mobile stored as a number cell", accept=[a["path"]])
    find(S, "privacy.id_number", xl_path, mask_id(x2), "xlsx attachment row 2: full ID of 傅桂兰 (text cell)", accept=[a["path"]])
    find(S, "privacy.phone", xl_path, mask_mob(xm2), "xlsx attachment row 2: personal mobile stored as a number cell", accept=[a["path"]])
    decoy(S, "masked rows and a landline in the xlsx", xl_path, ["privacy.id_number", "privacy.phone"], "0754", "rows 3-5 masked; row 5's phone is a landline")
    decoy(S, "the linking page: landline and 12316", a["path"], ["privacy.phone"], "5323429", "not personal mobiles")
    a = add(s3_art("tzgg", date(2026, 5, 18), "2026年第一批农机购置与应用补贴资金兑付情况公示", ""))
    dx_path = f"/attachment/0/520/520466/{a['n']}.docx"
    d1 = raw_id(make_id("350823", "19750523", "357"))
    dm1 = raw_mob("18906973528")
    put(S, dx_path, docx_file("2026年第一批农机购置与应用补贴资金兑付情况公示",
                              "根据农机购置与应用补贴政策有关规定，现将2026年第一批补贴资金兑付情况公示如下：",
                              ["序号", "购机者", "身份证号码", "机具品目", "补贴额（元）", "联系电话"],
                              [["1", "饶德胜", d1, "轮式拖拉机", "18600", dm1],
                               ["2", "云汀县丰禾农机专业合作社", "—", "谷物联合收割机", "42300", "0597-5367721"],
                               ["3", "邱**", "350825********2611", "植保无人驾驶航空器", "7200", "135****4018"]],
                              "云汀县农业农村局　2026年5月18日", (2026, 5, 18)))
    a["body"] = f"""<p>现将2026年第一批农机购置与应用补贴资金兑付情况予以公示，详见附件。</p>
<p>附件：<a href="{dx_path}">2026年第一批农机购置与应用补贴资金兑付情况公示.docx</a></p>
<p>公示期：2026年5月18日至5月24日。监督电话：0597-5323416。</p>"""
    find(S, "privacy.id_number", dx_path, mask_id(d1), "docx attachment table row 1: full ID of 饶德胜", accept=[a["path"]])
    find(S, "privacy.phone", dx_path, mask_mob(dm1), "docx attachment table row 1: personal mobile of 饶德胜", accept=[a["path"]])
    decoy(S, "a cooperative's landline and a masked row in the docx", dx_path, ["privacy.id_number", "privacy.phone"], "2611", "row 2 landline, row 3 masked")
    a = add(s3_art("tzgg", date(2026, 5, 12), "县农业农村局农技服务咨询电话公告", """<p>为做好农业生产技术服务，现将我局农技服务咨询电话公布如下：</p>
<p>种植业技术咨询：0597-5323451；畜牧兽医技术咨询：0597-5323466；农技服务值班手机（工作用）：13960897150（工作日 8:00-17:30）。</p>
<p>全国统一三农服务热线：12316。</p>"""))
    decoy(S, "农技 service duty mobile (工作用), landlines and 12316", a["path"], ["privacy.phone"], "139****7150", "a unit's service phone")

    # ---- 政策文件 / 政策解读 -----------------------------------------------------------------------
    def doc(d, wh, title, cw, body):
        return add(s3_art("zcwj", d, title, body, meta={"wh": wh, "cw": cw}))

    def interp(d, title, body):
        return add(s3_art("zcjd", d, title, body, meta={"fl": "政策解读"}))

    w1 = doc(date(2026, 5, 25), "云农〔2026〕9号", "云汀县农业农村局关于印发2026年农业社会化服务项目实施方案的通知", "2026-05-20",
             "<p>各乡镇人民政府，局属各单位：</p><p>现将《云汀县2026年农业社会化服务项目实施方案》印发给你们，请认真组织实施。</p>")
    v1 = interp(date(2026, 6, 1), "《云汀县2026年农业社会化服务项目实施方案》政策解读",
                "<p>一、制定背景……二、主要内容：重点支持粮食作物全程托管和关键环节托管，补助标准每亩不超过农事服务市场价格的30%……</p>")
    w1["body"] += f'\n<p class="gl">相关解读：<a href="{v1["path"]}">{v1["title"]}</a></p>'
    v1["body"] += f'\n<p class="gl">原文链接：<a href="{w1["path"]}">{w1["title"]}</a></p>'
    n = workdays_between(w1["date"], v1["date"])
    assert n > 3
    find(S, "interpretation.late", w1["path"], None, f"云农〔2026〕9号 published {w1['date']}, 解读 {v1['date']}: {n} working days (> 3)", accept=[v1["path"]])
    w2 = doc(date(2026, 6, 8), "云农〔2026〕12号", "云汀县农业农村局关于印发云汀县农村宅基地审批管理实施细则的通知", "2026-06-04",
             "<p>各乡镇人民政府：</p><p>为规范农村宅基地审批管理，现将《云汀县农村宅基地审批管理实施细则》印发给你们，请遵照执行。</p>")
    v2 = interp(date(2026, 6, 9), "《云汀县农村宅基地审批管理实施细则》解读",
                "<p>一、为什么要制定细则……二、审批流程：农户申请、村级审查、乡镇审核批准……三、政策咨询：各乡镇农业农村服务中心。</p>")
    w2["body"] += f'\n<p class="gl">相关解读：<a href="{v2["path"]}">{v2["title"]}</a></p>'
    find(S, "interpretation.unlinked", w2["path"], None,
         f"云农〔2026〕12号 ({w2['date']}) links its 解读 ({v2['date']}, {workdays_between(w2['date'], v2['date'])} working day later); the 解读 does not link back",
         accept=[v2["path"]])
    w3 = doc(date(2026, 4, 20), "云农〔2026〕5号", "云汀县农业农村局关于印发2026年农作物病虫害绿色防控工作方案的通知", "2026-04-16",
             "<p>各乡镇人民政府，局属各单位：</p><p>现将《云汀县2026年农作物病虫害绿色防控工作方案》印发给你们，请结合实际抓好落实。</p>")
    v3 = interp(date(2026, 4, 20), "一图读懂《云汀县2026年农作物病虫害绿色防控工作方案》",
                '<p><img src="/ytnync/images/yttj_fk.png" alt="一图读懂绿色防控工作方案" width="560"></p>')
    w3["body"] += f'\n<p class="gl">相关解读：<a href="{v3["path"]}">{v3["title"]}</a></p>'
    v3["body"] += f'\n<p class="gl">原文链接：<a href="{w3["path"]}">{w3["title"]}</a></p>'
    decoy(S, "same-day 一图读懂, linked both ways", w3["path"], ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], None,
          "published and interpreted 2026-04-20 (成文 2026-04-16)")

    # ---- annual reports: 2023 (clean), 2024 (pre-2021 table 二 layout), 2025 (五 and 六 swapped) -----------
    rng = random.Random(3508250014)
    t3_23 = T3(rng, [1, 0, 0, 0, 0, 0], (14, 3, 0, 0, 1, 0), [0, 1, 0, 0, 0, 0])
    t3_24 = T3(rng, t3_23.out, (17, 2, 0, 0, 1, 1), [2, 0, 0, 0, 0, 0])
    t3_25 = T3(rng, t3_24.out, (12, 3, 0, 0, 0, 1), [1, 0, 0, 0, 0, 0])
    assert not (t3_23.check() or t3_24.check() or t3_25.check())
    f23, f24, f25 = t4(rng, 1), t4(rng, 2), t4(rng, 1)
    pre = ("本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、"
           "存在的主要问题及改进情况、其他需要报告的事项等部分组成。报告数据统计期限为{y}年1月1日至{y}年12月31日。")
    s23 = [
        "2023年，云汀县农业农村局紧紧围绕全面推进乡村振兴、加快建设农业强县的目标任务，坚持把政务公开作为转变作风、优化服务的重要抓手，突出涉农政策、惠农补贴、农产品质量安全等重点领域信息公开，较好保障了人民群众特别是广大农民的知情权、参与权和监督权。",
        "（一）主动公开。全年主动公开政府信息386条，其中惠农补贴类信息74条，农业执法类信息31条。坚持惠农补贴资金发放“一卡通”管理，按乡镇、村公开补贴对象、标准和金额，接受群众监督。",
        f"（二）依申请公开。全年新收政府信息公开申请{sum(t3_23.new)}件，主要涉及土地承包经营权确权、农村宅基地审批等内容，全部在法定期限内办结。",
        "（三）政府信息管理。完善信息发布审核机制，落实信息公开属性源头认定，规范公开信息中个人信息的处理。",
        "（四）平台建设。依托县政府网站集约化平台优化局信息公开专栏，及时更新机构职能、领导信息、办事指南等内容。",
        "（五）监督保障。将信息公开工作与业务工作同部署、同检查、同考核，定期开展栏目自查。",
    ]
    s24 = [
        "2024年，县农业农村局以农民群众需求为导向，进一步加大涉农信息公开力度，着力提升政务公开工作的针对性和实效性。",
        f"一是围绕粮食生产、耕地保护、农业产业发展等中心工作，及时发布政策措施和工作动态，全年公开各类信息412条。二是推进惠民惠农财政补贴资金“一卡通”信息公开，在局网站和村务公开栏同步公示补贴发放情况9批次。三是规范依申请公开办理，全年收到申请{sum(t3_24.new)}件，办理过程中严格履行告知义务，依法依规作出答复。四是加强农业综合行政执法信息公开，公开行政处罚决定26件，执法检查结果及时向社会公布。五是强化政务新媒体管理，“云汀农业农村”公众号全年推送农业技术、市场行情和政策解读等信息318条。",
    ]
    s25 = [
        f"2025年，县农业农村局深入贯彻政府信息公开条例，紧扣农业农村中心工作，将政务公开贯穿于政策制定、项目实施、资金管理和执法监督全过程。全年主动公开各类政府信息437条，发布行政规范性文件2件，配套发布政策解读5篇；受理政府信息公开申请{sum(t3_25.new)}件，均依法按时答复；未发生因政府信息公开引起的行政复议被纠错和行政诉讼败诉情况。",
        "在重点领域公开方面，逐项公开耕地地力保护补贴、农机购置与应用补贴、种粮大户补贴等惠农政策的补助对象、标准和发放结果，全年公示补贴信息11批次；在执法公开方面，落实行政执法“三项制度”，公示行政处罚决定29件；在平台建设方面，完成局网站集约化迁移后的栏目梳理和历史信息核查。",
    ]
    for s in (s23, s24, s25):
        assert len_all(s) < 1000
    t2_23 = {"made": 1, "repealed": 0, "valid": 7, "permits": 142, "penalties": 31, "coercion": 2, "fees": "0"}
    t2_24o = {"made": 1, "valid": 8, "permit_items": 9, "permit_delta": 0, "permits": 151, "other_items": 4, "other_decisions": 36,
              "pen_items": 112, "pen_delta": 3, "penalties": 26, "co_items": 5, "coercion": 1, "buy_items": 3, "buy_sum": "86.4万元"}
    t2_25 = {"made": 2, "repealed": 1, "valid": 9, "permits": 163, "penalties": 29, "coercion": 0, "fees": "0"}
    q23 = add(s3_art("ndbg", date(2024, 1, 29), "云汀县农业农村局2023年政府信息公开工作年度报告", report_html(
        pre.format(y=2023), s23, t2_html(t2_23), t3_23.html(), f23,
        "存在的问题：一是惠农补贴公示信息的格式不够统一；二是部分业务股室信息报送不够主动。改进措施：制定惠农补贴信息公示模板，统一公示要素；将信息报送情况纳入股室年度考评。",
        "本机关2023年度未收取政府信息公开信息处理费。"), meta={"fl": "年度报告"}))
    q24 = add(s3_art("ndbg", date(2025, 1, 27), "云汀县农业农村局2024年政府信息公开工作年度报告", report_html(
        pre.format(y=2024), s24, t2_old_html(t2_24o), t3_24.html(old_layout=True), f24,
        "2024年工作中发现，部分惠农补贴公示附件中个人信息处理不够规范，信息发布前的审核把关有待加强。对此，局办公室牵头修订信息发布审核办法，增加个人信息专项审核环节，对历史公示附件进行了全面核查。",
        "2024年度本机关未发出收费通知，未收取信息处理费。"), meta={"fl": "年度报告"}))
    q25 = add(s3_art("ndbg", date(2026, 1, 28), "云汀县农业农村局2025年政府信息公开工作年度报告", report_html(
        pre.format(y=2025), s25, t2_html(t2_25), t3_25.html(), f25,
        "一是政策解读的针对性和可读性有待增强；二是新媒体平台与网站的信息联动不够顺畅。2026年，将围绕农民群众关切开展“政策进村”解读活动，建立网站与新媒体信息同步发布机制。",
        "本年度本机关未收取信息处理费，无其他需要报告的事项。", order=(0, 1, 2, 3, 5, 4), hstyle="h4"), meta={"fl": "年度报告"}))
    find(S, "annual_report.outdated_format", q24["path"], None,
         "the 2024 report's table 二 uses the superseded layout (本年新制作数量 / 本年新公开数量 / 对外公开总数量, 其他对外管理服务事项, 第二十条第（九）项 政府集中采购) and table 三 has no （六） sub-rows")
    find(S, "annual_report.missing_section", q25["path"], None,
         "sections out of order: 六、其他需要报告的事项 comes before 五、存在的主要问题及改进情况 (both present, numbers kept)",
         aliases=["五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
    decoy(S, "a department's 2025 report published 28 January", "/ytnync/ndbg/", ["annual_report.missing"], None, "deadline 31 January for a department")
    decoy(S, "the 2023 report (complete, consistent, 2021 layout, distinct)", q23["path"],
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section", "annual_report.outdated_format"], None, "")
    decoy(S, "the 2024 report apart from its layout: consistent, distinct, all sections", q24["path"],
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"], None, "")
    decoy(S, "the 2025 report apart from its order: 2021 layout, consistent, distinct", q25["path"],
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.outdated_format"], None, "")

    for a in A:
        put(S, a["path"], s3_page(a))
    for col in S3_COLS:
        put(S, S3_COLS[col][1] + "index.html", s3_list(col, [a for a in A if a["col"] == col]))
    put(S, "/ytnync/css/jyh_main.css", S3_CSS)
    for img in ("zfwzjc.png", "yttj_fk.png", "ewm.png"):
        put(S, "/ytnync/images/" + img, TINY_PNG)

    feed = [date(2026, 6, 15), date(2026, 6, 11), date(2026, 6, 6), date(2026, 6, 1)]
    put(S, "/ytnync/feed/index.xml", atom("云汀农业农村", "/ytnync/feed/index.xml", [(d, f"农事提醒｜{d.month}月{d.day}日田间管理要点") for d in feed]))
    decoy(S, "fresh Atom account", "/ytnync/feed/index.xml", ["newmedia.stale"], "云汀农业农村", f"last entry {feed[0]}")

    # homepage: 工作动态 and 通知公告 only; newest exactly 14 days before as-of
    def items(col, n):
        arts = sorted([a for a in A if a["col"] == col], key=lambda a: (a["date"], a["path"]), reverse=True)[:n]
        return "".join(f'<div class="list-item"><a href="{a["path"]}">{a["title"]}</a><span>{a["date"]:%Y-%m-%d}</span></div>' for a in arts)

    newest = max(a["date"] for a in A if a["col"] in ("gzdt", "tzgg"))
    assert (AS_OF - newest).days == 14
    main = f"""<div class="tab">
<div class="tab-hd"><span class="on" onclick="ytTab(0)">工作动态</span><span onclick="ytTab(1)">通知公告</span></div>
<div class="tab-panel on">{items('gzdt', 7)}<a class="more" href="/ytnync/gzdt/">更多</a></div>
<div class="tab-panel">{items('tzgg', 4)}<a class="more" href="/ytnync/tzgg/">更多</a></div>
</div>
<script>function ytTab(i){{var p=document.querySelectorAll(".tab-panel"),h=document.querySelectorAll(".tab-hd span");for(var k=0;k<p.length;k++){{p[k].className=k==i?"tab-panel on":"tab-panel";h[k].className=k==i?"on":"";}}}}</script>
<div class="gk"><h3>政府信息公开</h3><a href="/ytnync/zcwj/">政策文件</a>　<a href="/ytnync/zcjd/">政策解读</a>　<a href="/ytnync/ndbg/">政府信息公开年报</a></div>
<div class="xmt"><h3>政务新媒体</h3><img src="/ytnync/images/ewm.png" alt="云汀农业农村公众号" width="100" height="100"> <a href="/ytnync/feed/index.xml">订阅“云汀农业农村”</a></div>
<div data-mod="yqlj" class="yqlj"><a href="https://www.lhc-49.net/" target="_blank">六合彩开奖</a></div>"""
    head_extra = '<style>div[data-mod="yqlj"]{display:none!important}</style>\n'
    put(S, "/index.html", s3_shell("云汀县农业农村局", main, head_extra))
    spam(S, "/", "https://www.lhc-49.net/", "homepage: a div hidden by an attribute selector rule (display:none!important) in a <style>", "六合彩开奖")
    decoy(S, "homepage newest item exactly 14 days before as-of", "/", ["homepage.stale"], None, f"newest item {newest}")
    decoy(S, "hidden tab panel with in-site links", "/", ["link.hidden"], None, "the 通知公告 tab panel is display:none until clicked")
    decoy(S, "找错 entry as an image with alt text; 主办 written as '主办：'", "/", ["site.identity_missing"], None, "all five identity elements present")


# =============================================================================================
# config, lexicon, truth
# =============================================================================================

SITES_YAML = """# The fourth content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal (TRS WCM style)
  - id: yunting
    name: 云汀县人民政府
    owner: 云汀县人民政府办公室
    url: "{base:yunting}"
    jurisdiction: 云汀县
    columns:
      - {name: 云汀要闻, url: /xwzx/ytyw/index.shtml, category: news}
      - {name: 部门动态, url: /xwzx/bmdt/index.shtml, category: news}
      - {name: 通知公告, url: /xxgk/tzgg/index.shtml, category: notice}
      - {name: 政策文件, url: /xxgk/zcwj/index.shtml, category: policy}
      - {name: 政策解读, url: /xxgk/zcjd/index.shtml, category: other}
      - {name: 公示公告, url: /xxgk/gsgg/index.shtml, category: notice}
      - {name: 政府信息公开年报, url: /xxgk/ndbg/index.shtml, category: other}
      - {name: 便民服务, url: /bsfw/bmfw/index.shtml, category: other}
    channels:
      annual_reports: /xxgk/ndbg/index.shtml
      interpretations: /xxgk/zcjd/index.shtml
    new_media:
      - {name: 云汀发布, url: "{base:yunting}rss/ytfb.xml"}
      - {name: 云汀县政务微博, url: "{base:yunting}rss/ytzwwb.xml"}
    lexicons: [lexicons/extra.txt]
  # a sub-district office's page set
  - id: xiqiao-jd
    name: 岚州市汀江区溪桥街道办事处
    owner: 岚州市汀江区溪桥街道办事处
    url: "{base:xiqiao-jd}"
    jurisdiction: 岚州市汀江区溪桥街道
    columns:
      - {name: 工作动态, url: /channel/gzdt/, category: news}
      - {name: 通知公告, url: /channel/tzgg/, category: notice}
      - {name: 政府信息公开年报, url: /channel/xxgknb/, category: other}
    channels:
      annual_reports: /channel/xxgknb/
    new_media:
      - {name: 溪桥街道发布, url: "{base:xiqiao-jd}wx/index.html"}
    lexicons: [lexicons/extra.txt]
  # a county department on the municipal intensive platform
  - id: yt-nync
    name: 云汀县农业农村局
    owner: 云汀县农业农村局
    url: "{base:yt-nync}"
    jurisdiction: 云汀县
    columns:
      - {name: 工作动态, url: /ytnync/gzdt/, category: news}
      - {name: 通知公告, url: /ytnync/tzgg/, category: notice}
      - {name: 政策文件, url: /ytnync/zcwj/, category: policy}
      - {name: 政策解读, url: /ytnync/zcjd/, category: other}
      - {name: 政府信息公开年报, url: /ytnync/ndbg/, category: other}
    channels:
      annual_reports: /ytnync/ndbg/
      interpretations: /ytnync/zcjd/
    new_media:
      - {name: 云汀农业农村, url: "{base:yt-nync}ytnync/feed/index.xml"}
    lexicons: [lexicons/extra.txt]
"""

LEXICON = """# Site-specific lexicon for the fourth content holdout (contract format: wrong<TAB>right<TAB>kind).
# The county's name written with 亭 instead of 汀 (a homophone input error).
云亭县\t云汀县\ttypo
# The agriculture bureau's name before the 2019 institutional reform.
云汀县农业局\t云汀县农业农村局\tsensitive
"""

HEADER = """# Truth for the fourth content holdout. Generated by generate.py from the same declarations that write the
# pages: do not edit by hand. as-of 2026-06-17 for every site.
#
# DECISIONS (those of the first content holdout; how many findings, where, and what counts as a match):
# - privacy.id_number / privacy.phone: one finding per (page, masked value). A value in an attachment is
#   expected on the attachment's URL; the page that links the attachment is accepted too. target is the
#   masked value (ID 3508**********1234: first 4 + 10 stars + last 4; mobile 138****1234). Matching is
#   lenient: any masking whose visible leading digits are a prefix and trailing digits a suffix of the
#   planted value matches. A finding with no target matches any item on the page.
# - text.typo / text.sensitive: one finding per (page, wrong word); target is the wrong word (a found target
#   containing it, or contained in it, matches). Which of the two rules a wrong word belongs to is a lexicon
#   choice: the item's `alt_rules` is accepted and credited to the item's rule. Planted words are in article
#   bodies only (never titles, so never on list pages or the homepage).
# - link.hidden / link.external_no_notice: one finding per (page, link target URL: the link's absolute URL);
#   URLs compared without scheme case, default port and trailing slash. A hidden spam link may also get
#   external_no_notice, and its gambling anchor text a text finding: those are `tolerated` (neither TP nor FP).
# - interpretation.*: on the document's page; the interpretation's page is accepted. missing: the policy
#   column page is accepted too. Working days are in (document, 解读] by chinese_calendar (调休 workdays
#   count); late means > 3.
# - meeting.late: on the article page; held date from the lead sentence; late means > 14 calendar days.
# - annual_report.*: on the report page, one finding per (report, rule) however many table checks fail;
#   missing: the annual-report column page (homepage accepted). Departments: 31 January; a government
#   (人民政府, a township's included): 31 March.
# - newmedia.stale: url is the feed (homepage accepted); target null or the account name. Exactly 14 days
#   is not stale (> 14). homepage.stale: the homepage, > 14 days. site.identity_missing: the homepage,
#   target names the missing element.
# - Further findings of the same rule that match an already-matched item (same place and target) are
#   counted as duplicates, listed, and not counted as false positives.
# - target: null = not compared. url_path and accept entries are paths; an accept entry ending in '/'
#   accepts any page under it; index.html / index.shtml are ignored.
#
# ADDED in this holdout (nothing above changes):
# - annual_report.outdated_format (a contract rule no earlier holdout planted): on the report page, one
#   finding per report whose tables use the superseded pre-2021 layout. The scorer's self-check compares
#   `counts` with its own fixed rule list, so this rule's count is under `counts_extra`.
# - A 街道办事处 is treated like a township for the annual-report deadline; as-of is past both deadlines,
#   so nothing depends on it. The publication date of a policy document is its 发布日期, not its 成文日期.
# - A new-media account may be an HTML page listing posts with dates (no feed).
"""


def main() -> None:
    build_s1()
    build_s2()
    build_s3()
    out = HERE / "sites"
    if out.exists():
        shutil.rmtree(out)
    for site, files in FILES.items():
        for p, data in files.items():
            f = out / site / p.lstrip("/")
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(data)
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    std = {"privacy.id_number", "privacy.phone", "text.typo", "text.sensitive", "link.hidden", "link.external_no_notice",
           "interpretation.missing", "interpretation.late", "interpretation.unlinked", "meeting.late",
           "annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
           "annual_report.duplicate", "newmedia.stale", "homepage.stale", "site.identity_missing"}
    counts: dict[str, int] = {}
    for e in FINDINGS:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    # sanity: masked targets identify one raw value each; wrong words are on one page only
    for e in FINDINGS:
        if e["rule"].startswith("privacy."):
            t = e["target"]
            pre, suf = t.split("*", 1)[0], t.rsplit("*", 1)[-1]
            assert sum(1 for r in RAW if r["value"].startswith(pre) and r["value"].endswith(suf) and len(r["value"]) == len(t)) == 1, t
        if e["rule"].startswith("text."):
            where = [(s, p) for s, fs in FILES.items() for p, b in fs.items() if e["target"].encode() in b]
            assert where == [(e["site"], e["url_path"])], (e["target"], where)
    truth = {"as_of": AS_OF.isoformat(), "sites": [S1, S2, S3],
             "homepage_newest": {S1: "2026-06-16", S2: "2026-05-29", S3: "2026-06-03"},
             "counts": dict(sorted((k, v) for k, v in counts.items() if k in std)),
             "counts_extra": dict(sorted((k, v) for k, v in counts.items() if k not in std)),
             "findings": FINDINGS, "tolerated": TOLERATED, "decoys": DECOYS, "raw_values": RAW}
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=140), encoding="utf-8")
    print(f"{sum(len(f) for f in FILES.values())} files, {len(FINDINGS)} findings, {len(DECOYS)} decoys, {len(TOLERATED)} tolerated, {len(RAW)} raw values")
    for r, n in sorted(counts.items()):
        print(f"  {r:34} {n}")


if __name__ == "__main__":
    main()

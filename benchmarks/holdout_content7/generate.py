"""Generate the seventh content holdout (sites/, sites.yaml, truth.yaml, lexicons/). Deterministic.

    .venv/bin/python benchmarks/holdout_content7/generate.py

Four sites of the invented 榕屯县 (贵州省), as-of 2026-05-20. Every fact the truth relies on (ID check
digits, working days, feed ages, table arithmetic, report lengths and similarity, where each planted value
and word sits) is computed from the declarations below and asserted before anything is written.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import shutil
import zipfile
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import docx
import openpyxl
import yaml

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"
AS_OF = date(2026, 5, 20)
COUNTY = "榕屯县"
FILES: dict[str, dict[str, bytes]] = {}
FIND: list[dict] = []
DECOYS: list[dict] = []
TOL: list[dict] = []
RAWS: list[dict] = []
TITLES: dict[str, dict[str, str]] = {}


def D(s: str) -> date:
    return date.fromisoformat(s)


def workdays_after(a: date, b: date) -> int:
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def put(site: str, path: str, data: str | bytes) -> str:
    FILES.setdefault(site, {})[path] = data.encode("utf-8") if isinstance(data, str) else data
    return path


def find(site, rule, url_path, target=None, accept=(), why="", alt=None):
    e = {"site": site, "rule": rule, "url_path": url_path, "target": target, "accept": list(accept), "why": why}
    if alt:
        e["alt_rules"] = alt
    FIND.append(e)


def decoy(site, rules, url_path, kind, target=None):
    d = {"site": site, "rules": list(rules), "url_path": url_path, "kind": kind}
    if target is not None:
        d["target"] = target
    DECOYS.append(d)


def tol(site, rules, url_path, why, target=None):
    TOL.append({"site": site, "rules": list(rules), "url_path": url_path, "target": target, "why": why})


# ---------------------------------------------------------------- personal values

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def valid_id(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return check_digit(v[:17]) == v[17]


def mk_id(region: str, birth: str, seq: str) -> str:
    s = region + birth + seq
    return s + check_digit(s)


def plant_id(site, page, region, birth, seq, accept=()):
    v = mk_id(region, birth, seq)
    assert valid_id(v)
    RAWS.append({"value": v, "kind": "id_number"})
    find(site, "privacy.id_number", page, v[:4] + "*" * 10 + v[-4:], accept, "unmasked resident ID")
    return v


def plant_phone(site, page, v, accept=()):
    assert re.fullmatch(r"1[3-9]\d{9}", v)
    RAWS.append({"value": v, "kind": "phone"})
    find(site, "privacy.phone", page, v[:3] + "****" + v[-4:], accept, "unmasked personal mobile number")
    return v


def bad_check(region, birth, seq):
    s = region + birth + seq
    good = check_digit(s)
    wrong = "7" if good != "7" else "3"
    v = s + wrong
    assert not valid_id(v)
    return v


def bad_date(region, birth, seq):
    s = region + birth + seq
    v = s + check_digit(s)
    assert not valid_id(v)
    return v


# ---------------------------------------------------------------- attachments


def xlsx_bytes(title: str, header: list[str], rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for cell in ws["B"] + ws["C"] + ws["D"] + ws["E"]:
        cell.number_format = "@"
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def docx_bytes(title: str, paras: list[str], header: list[str], rows: list[list]) -> bytes:
    d = docx.Document()
    from datetime import datetime
    d.core_properties.created = datetime(2026, 4, 16, 9, 0, 0)
    d.core_properties.modified = datetime(2026, 4, 16, 9, 0, 0)
    d.core_properties.last_modified_by = "rtjt"
    d.core_properties.author = "rtjt"
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte for byte deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", body)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def pdf_bytes(lines: list[tuple[str, str]]) -> bytes:
    """A one-page PDF: each line is (chinese_label, ascii_value); Chinese in STSong-Light (UniGB-UCS2-H,
    with a ToUnicode map), ASCII in Helvetica, uncompressed streams."""
    ops = ["BT"]
    y = 780
    for zh, asc in lines:
        ops.append(f"/F1 11 Tf 1 0 0 1 56 {y} Tm <{zh.encode('utf-16-be').hex().upper()}> Tj")
        if asc:
            ops.append(f"/F2 11 Tf ({asc}) Tj")
        y -= 20
    ops.append("ET")
    content = "\n".join(ops).encode("latin-1")
    highs = sorted({ord(c) >> 8 for zh, _ in lines for c in zh})
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
            "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(highs)} beginbfrange\n" + "".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n" for h in highs)
            + "endbfrange endcmap CMapName currentdict /CMap defineresource pop end end").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 9 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


# ---------------------------------------------------------------- annual reports (国办公开办函〔2021〕30号 template)

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
R_ROWS = [
    ("（一）予以公开", None), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("（三）不予公开", "1.属于国家秘密"), (None, "2.其他法律行政法规禁止公开"), (None, "3.危及“三安全一稳定”"),
    (None, "4.保护第三方合法权益"), (None, "5.属于三类内部事务信息"), (None, "6.属于四类过程性信息"),
    (None, "7.属于行政执法案卷"), (None, "8.属于行政查询事项"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息"), (None, "2.没有现成信息需要另行制作"), (None, "3.补正后申请内容仍不明确"),
    ("（五）不予处理", "1.信访举报投诉类申请"), (None, "2.重复申请"), (None, "3.要求提供公开出版物"),
    (None, "4.无正当理由大量反复申请"), (None, "5.要求行政机关确认或重新出具已获取信息"),
]
OTHER_NEW = [(None, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
             (None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), (None, "3.其他")]


def t3_data(spec: dict[int, tuple[int, int, dict[int, int], int]]):
    """spec: column index -> (new, carried, {result row index: n}, carried forward). Returns per-column lists."""
    nres = len(R_ROWS) + 3
    cols = []
    for c in range(6):
        new, car, res, fwd = spec.get(c, (0, 0, {}, 0))
        r = [0] * nres
        for k, v in res.items():
            r[k] = v
        cols.append({"new": new, "car": car, "res": r, "tot": sum(r), "fwd": fwd})
    tot = {"new": sum(x["new"] for x in cols), "car": sum(x["car"] for x in cols),
           "res": [sum(x["res"][i] for x in cols) for i in range(nres)], "fwd": sum(x["fwd"] for x in cols)}
    tot["tot"] = sum(tot["res"])
    cols.append(tot)
    return cols


def balanced(cols) -> bool:
    return all(c["new"] + c["car"] == c["tot"] + c["fwd"] for c in cols)


def table3_html(cols, old: bool) -> str:
    def tds(vals):
        return "".join(f"<td>{v}</td>" for v in vals)
    h = ['<table class="nb-t3" border="1" cellspacing="0">',
         '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
         '<td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
         f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{tds(c["new"] for c in cols)}</tr>',
         f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{tds(c["car"] for c in cols)}</tr>']
    rows = R_ROWS + ([("（六）其他处理", None)] if old else [("（六）其他处理", OTHER_NEW[0][1])] + OTHER_NEW[1:])
    first = True
    for i, (a, b) in enumerate(rows):
        lead = '<td rowspan="%d">三、本年度办理结果</td>' % (len(rows) + 1) if first else ""
        first = False
        if old and i == len(rows) - 1:
            vals = [c["res"][len(R_ROWS)] + c["res"][len(R_ROWS) + 1] + c["res"][len(R_ROWS) + 2] for c in cols]
        else:
            vals = [c["res"][i] for c in cols]
        if a and b:
            h.append(f"<tr>{lead}<td>{a}</td><td>{b}</td>{tds(vals)}</tr>")
        elif a:
            h.append(f'<tr>{lead}<td colspan="2">{a}</td>{tds(vals)}</tr>')
        else:
            h.append(f"<tr>{lead}<td>{b}</td>{tds(vals)}</tr>")
    h.append(f'<tr><td colspan="2">（七）总计</td>{tds(c["tot"] for c in cols)}</tr>')
    h.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{tds(c["fwd"] for c in cols)}</tr></table>')
    return "\n".join(h)


def table2_html(n: dict, old: bool) -> str:
    if old:
        return f"""<table class="nb-t2" border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>{n['gf']}</td><td>{n['gf']}</td><td>{n['gf_all']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>{n['xk_items']}</td><td>0</td><td>{n['xk']}</td></tr>
<tr><td>其他对外管理服务事项</td><td>{n['qt_items']}</td><td>0</td><td>{n['qt']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>{n['cf_items']}</td><td>0</td><td>{n['cf']}</td></tr>
<tr><td>行政强制</td><td>{n['qz_items']}</td><td>0</td><td>{n['qz']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td></td></tr>
<tr><td>行政事业性收费</td><td>0</td><td>0</td><td></td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>{n['cg']}</td><td colspan="2">{n['cg_amt']}</td></tr>
</table>"""
    return f"""<table class="nb-t2" border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>{n['gf']}</td><td>{n['gf_fz']}</td><td>{n['gf_all']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{n['xk']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{n['cf']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{n['qz']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{n['sf']}</td></tr>
</table>"""


def table4_html(v: list[int]) -> str:
    head = "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
    return f"""<table class="nb-t4" border="1" cellspacing="0">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>{head}{head}{head}</tr>
<tr>{''.join(f'<td>{x}</td>' for x in v)}</tr>
</table>"""


SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def report_html(unit: str, year: int, summary: list[str], problems: list[str], other: list[str], t2: dict, t3, t4,
                old: bool = False, drop: int | None = None, swap: tuple[int, int] | None = None) -> tuple[str, str]:
    intro = (f"本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
             f"{'《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开信息公开年度报告格式〉的通知》（国办公开办函〔2021〕30号）' if not old else '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）'}"
             f"要求编制。报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在榕屯县人民政府门户网站下载。"
             f"如对本报告有疑问，请与{unit}办公室联系（地址：榕屯县凤鸣大道88号，邮编：556600，电话：0855-7621835）。")
    bodies = [
        "".join(f"<p>{p}</p>" for p in summary),
        "<p>（一）主动公开政府信息情况统计</p>" + table2_html(t2, old),
        table3_html(t3, old),
        table4_html(t4),
        "".join(f"<p>{p}</p>" for p in problems),
        "".join(f"<p>{p}</p>" for p in other),
    ]
    order = list(range(6))
    if swap:
        a, b = swap
        order[a], order[b] = order[b], order[a]
    parts = [f"<p>{intro}</p>"]
    for i in order:
        if i == drop:
            continue
        parts.append(f"<h3>{SECTIONS[i]}</h3>\n{bodies[i]}")
    narrative = "".join(summary + problems + other)
    return "\n".join(parts), narrative


def summary_len(summary: list[str]) -> int:
    return len(re.sub(r"\s", "", "".join(summary)))


# ---------------------------------------------------------------- page shells per CMS

CSS_PHPCMS = """body{font:12px/1.6 "宋体",SimSun;margin:0;color:#333}
.header{height:120px;background:#0b5aa8 url(../images/banner.jpg) no-repeat}
.nav{background:#08427c}.nav li{float:left;position:relative;list-style:none}.nav a{color:#fff;padding:0 18px;line-height:38px}
.nav .sub{display:none;position:absolute;top:38px;left:0;background:#fff;border:1px solid #ccc}
.nav li:hover .sub{display:block}
.list li{line-height:28px;border-bottom:1px dashed #ddd}.rt{float:right;color:#999}
.yqlj-ext{display:none}
.footer{background:#eee;padding:12px;text-align:center;clear:both}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
#Article h1{font-size:22px;text-align:center}#Article h1 span{display:block;font-size:12px;color:#888}
"""


def phpcms_page(title: str, body: str, crumbs: str = "", extra_head: str = "", extra_foot: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - 榕屯县人民政府</title>
<meta name="SiteName" content="榕屯县人民政府"><meta name="SiteDomain" content="www.rongtun.gov.cn"><meta name="SiteIDCode" content="5226390011">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
{extra_head}</head>
<body>
<a class="sr-only" href="#Article">跳过导航</a>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="榕屯县人民政府" /></a></div>
<div class="today">今天是 <span id="today"></span></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li>
<li><a href="/html/xwzx/rtyw/">榕屯要闻</a><div class="sub"><a href="/html/xwzx/rtyw/">榕屯要闻</a><a href="/html/xwzx/bmdt/">部门动态</a></div></li>
<li><a href="/html/zwgk/">政务公开</a><div class="sub"><a href="/html/zwgk/tzgg/">通知公告</a><a href="/html/zwgk/zcwj/">政策文件</a><a href="/html/zwgk/zcjd/">政策解读</a><a href="/html/zwgk/cwhy/">常务会议</a><a href="/html/zwgk/gsgg/">公示公告</a><a href="/html/zwgk/ndbg/">政府信息公开年报</a></div></li>
<li><a href="/html/hdjl/zwxmt/">政务新媒体</a></li>
</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
<div class="main">
{body}
</div>
<div class="footer">
<p>主办单位：榕屯县人民政府办公室　　承办：榕屯县融媒体中心</p>
<p>网站标识码：5226390011　<a href="https://beian.miit.gov.cn/">黔ICP备12004417号-1</a>　<img src="/statics/images/ghs.png" alt="" />黔公网安备 52263902000118号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5226390011&amp;url=http%3A%2F%2Fwww.rongtun.gov.cn%2F"><img src="/statics/images/jiucuo.png" alt="我为政府网站找错" /></a>
</p>
</div>
<script src="/statics/js/jquery.min.js"></script>
<script src="/statics/js/rt_common.js"></script>
{extra_foot}</body></html>
"""


def phpcms_list(title: str, crumbs: str, items: list[tuple[str, str, str]]) -> str:
    lis = "\n".join(f'<li><span class="rt">{d}</span>·<a href="{u}" target="_blank">{t}</a></li>' for u, t, d in items)
    return phpcms_page(title, f'<div class="box"><h5 class="title-2">{title}</h5><div class="content"><ul class="list lh24 f14">\n{lis}\n</ul>'
                       f'<div id="pages" class="text-c"><a class="a1">{len(items)}条</a> <span>1</span></div></div></div>', crumbs)


def phpcms_article(title: str, crumbs: str, when: str, source: str, content: str, extra_foot: str = "") -> str:
    return phpcms_page(title, f"""<div id="Article"><h1>{title}<br /><span>{when} 10:{(len(title) * 7) % 60:02d}:12&nbsp;&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;&nbsp;点击：<span id="hits"></span></span></h1>
<div class="content">
{content}
</div></div>""", crumbs, extra_foot=extra_foot)


# SiteServer CMS (the 交通运输局)
def ss_page(title: str, body: str, extra_foot: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_榕屯县交通运输局</title>
<meta name="generator" content="SiteServer CMS">
<link rel="stylesheet" href="/sitefiles/assets/css/jtys.css">
</head><body>
<div class="top-bar"><span>榕屯县交通运输局</span><a href="/">首页</a> | <a href="/channels/24.html">政务公开</a></div>
<div class="menu"><a href="/channels/21.html">工作动态</a><a href="/channels/22.html">通知公告</a><a href="/channels/23.html">政策文件</a>
<a href="/channels/24.html">政策解读</a><a href="/channels/25.html">局务会议</a><a href="/channels/26.html">公示公告</a><a href="/channels/27.html">政府信息公开年报</a><a href="/channels/28.html">政务新媒体</a></div>
<div class="container">
{body}
</div>
<div class="foot">
<p>主办单位：榕屯县交通运输局　地址：榕屯县凤鸣大道188号　电话：0855-7623410</p>
<p>网站标识码：5226390024　黔ICP备12004417号-6　黔公网安备 52263902000125号</p>
</div>
<script src="/sitefiles/assets/js/leave-notice.js"></script>
{extra_foot}</body></html>
"""


def ss_list(title: str, items: list[tuple[str, str, str]]) -> str:
    rows = "\n".join(f'<tr><td class="t"><a href="{u}" title="{t}">{t}</a></td><td class="d">{d}</td></tr>' for u, t, d in items)
    return ss_page(title, f'<div class="channel-title">{title}</div><table class="stl-list" width="100%">\n{rows}\n</table>'
                   '<div class="stl-pager">共1页 首页 上一页 下一页 末页</div>')


def ss_article(title: str, when: str, content: str, extra_foot: str = "") -> str:
    return ss_page(title, f"""<div class="content-box"><h2 class="content-title">{title}</h2>
<div class="content-info">发布时间：{when}　　信息来源：榕屯县交通运输局　　浏览次数：<span class="stl_hits"></span></div>
<div class="content-body">
{content}
</div></div>""", extra_foot)


# WordPress-like township theme
def wp_page(title: str, body: str, home: bool = False) -> str:
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; 榕屯县白浪镇人民政府</title>
<link rel="stylesheet" id="zhengwu-style-css" href="/wp-content/themes/zhengwu/style.css?ver=2.3.1" media="all">
<link rel="alternate" type="application/rss+xml" title="白浪镇 &raquo; 微博" href="/feed/bailang-weibo.xml">
</head><body class="{'home blog' if home else 'single'}">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">榕屯县白浪镇人民政府</a></p>
<p class="site-description">白浪镇政务公开</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">首页</a></li>
<li class="menu-item"><a href="/category/zwdt/">镇务动态</a></li>
<li class="menu-item"><a href="/category/tzgg/">通知公告</a></li>
<li class="menu-item"><a href="/category/gsgg/">公示公告</a></li>
<li class="menu-item"><a href="/category/ndbg/">政府信息公开年报</a></li>
<li class="menu-item"><a href="/xinmeiti/">政务新媒体</a></li>
</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
{body}
</main></div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p>主办：榕屯县白浪镇人民政府　地址：榕屯县白浪镇新街12号　电话：0855-7810215</p>
<p>黔ICP备12004417号-11</p>
<p><a href="https://wordpress.org/">由 WordPress 强力驱动</a><span class="sep"> | </span>主题：<a href="https://www.hanyun-themes.com/zhengwu/">政务蓝 by 瀚云主题</a></p>
</div></footer></div>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.4.3"></script>
</body></html>
"""


def wp_post(title: str, when: date, cat: str, content: str) -> str:
    return wp_page(title, f"""<article class="post type-post status-publish format-standard hentry category-{cat}">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="{when.isoformat()}T09:30:00+08:00">{when.year}年{when.month}月{when.day}日</time></span>
<span class="byline"> 作者 <span class="author vcard">白浪镇党政办</span></span></div></header>
<div class="entry-content">
{content}
</div></article>""")


def wp_list(title: str, posts: list[tuple[str, str, date]]) -> str:
    arts = "\n".join(f'<article class="post hentry"><h2 class="entry-title"><a href="{u}" rel="bookmark">{t}</a></h2>'
                     f'<div class="entry-meta"><time class="entry-date published" datetime="{d.isoformat()}T09:30:00+08:00">{d.year}年{d.month}月{d.day}日</time></div></article>'
                     for u, t, d in posts)
    return wp_page(title, f'<header class="page-header"><h1 class="page-title">分类：{title}</h1></header>\n{arts}')


# XML-driven 政务公开专栏 (the 卫生健康局)
def gk_page(title: str, body: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}｜榕屯县卫生健康局政务公开</title>
<link rel="stylesheet" href="/zwgk/css/gk.css">{extra_head}
</head><body>
<div id="gk-head"><img src="/zwgk/img/gk-banner.png" alt="榕屯县卫生健康局政务公开专栏"></div>
<ul id="gk-menu">
<li><a href="/zwgk/">专栏首页</a></li><li><a href="/zwgk/lm/zcwj.html">政策文件</a></li><li><a href="/zwgk/lm/zcjd.html">政策解读</a></li>
<li><a href="/zwgk/lm/gsgg.html">公示公告</a></li><li><a href="/zwgk/lm/gzdt.html">工作动态</a></li><li><a href="/zwgk/lm/ndbg.html">政府信息公开年报</a></li>
<li><a href="/zwgk/lm/xmt.html">政务新媒体</a></li></ul>
<div id="gk-main">
{body}
</div>
<div id="gk-foot">主办单位：榕屯县卫生健康局　网站标识码：5226390031　黔ICP备12004417号-9　<span class="ga">黔公网安备 52263902000131号</span>
<a href="/zwgk/jiucuo.html">我为政府网站找错</a></div>
<script src="/zwgk/js/gk-list.js"></script>
</body></html>
"""


def gk_list_page(col: str, title: str) -> str:
    return gk_page(title, f'<div class="gk-lm"><h2>{title}</h2><ul class="gk-list" data-xml="/zwgk/xmldata/{col}.xml"><li class="loading">正在加载……</li></ul></div>')


def gk_xml(col: str, items: list[tuple[str, str, str, str]]) -> str:
    xx = "\n".join(f"  <xx><bt>{t}</bt><url>{u}</url><fbrq>{d}</fbrq><wh>{wh}</wh></xx>" for u, t, d, wh in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<gkml lm="{col}">\n{xx}\n</gkml>\n'


def gk_article(title: str, when: str, wh: str, content: str, prev: str | None, nxt: str | None, extra_head: str = "") -> str:
    nav = []
    if prev:
        nav.append(f'<a class="prev" href="{prev}">上一篇</a>')
    if nxt:
        nav.append(f'<a class="next" href="{nxt}">下一篇</a>')
    return gk_page(title, f"""<div class="gk-art"><table class="gk-meta"><tr><th>索引号</th><td>11522631MB{sum(map(ord, title)) * 37 % 10**7:07d}/2026</td><th>发布机构</th><td>榕屯县卫生健康局</td></tr>
<tr><th>文号</th><td>{wh or '—'}</td><th>发布日期</th><td>{when}</td></tr></table>
<h1>{title}</h1>
<div class="gk-text">
{content}
</div>
<div class="gk-nav">{''.join(nav)}</div></div>""", extra_head)


def rss(title: str, link: str, items: list[tuple[str, str, date]]) -> str:
    it = "\n".join(f"<item><title>{t}</title><link>{link}{u}</link><guid>{link}{u}</guid>"
                   f"<pubDate>{d.strftime('%a')}, {d.day:02d} {d.strftime('%b')} {d.year} 09:{(i * 7) % 60:02d}:00 +0800</pubDate></item>"
                   for i, (u, t, d) in enumerate(items))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{title}</title><link>{link}</link>' \
           f"<description>{title}</description><language>zh-cn</language>\n{it}\n</channel></rss>\n"


def atom(title: str, fid: str, items: list[tuple[str, str, date]]) -> str:
    newest = max(d for _, _, d in items)
    es = "\n".join(f"<entry><title>{t}</title><id>{fid}{u}</id><link href=\"{fid}{u}\"/><updated>{d.isoformat()}T10:00:00+08:00</updated></entry>"
                   for u, t, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>{fid}</id>' \
           f"<updated>{newest.isoformat()}T10:00:00+08:00</updated>\n{es}\n</feed>\n"


FEED_AGES: dict[tuple[str, str], date] = {}
TXT: list[tuple[str, str, str, str]] = []
REPORTS: dict[str, dict[int, str]] = {}
SITEWIDE: list[tuple[str, str, str, str]] = []


# =============================================================================================
# Site 1: 榕屯县人民政府 (PHPCMS v9, static html)
# =============================================================================================


def site_rongtun() -> None:
    S = "rongtun"
    A = lambda col, d, n: f"/html/{col}/{d[:4]}/{d[5:7]}{d[8:]}/{n}.html"  # noqa: E731
    put(S, "/statics/css/reset.css", "*{margin:0;padding:0}ul{list-style:none}a{text-decoration:none;color:#333}\n")
    put(S, "/statics/css/default_blue.css", CSS_PHPCMS)
    put(S, "/statics/js/jquery.min.js", "/*! jQuery stub for the holdout */ window.jQuery=window.$=function(){return {ready:function(f){f()}}};\n")
    spam1 = "http://www.hg0855-yule.com/"
    spam2 = "http://pk10.jihua-cp.net/"
    put(S, "/statics/js/rt_common.js", """(function(){
  var d=new Date(),w='日一二三四五六';
  var el=document.getElementById('today');
  if(el){el.innerHTML=d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w.charAt(d.getDay());}
  if(location.pathname==='/'||location.pathname==='/index.html'){
    var s=document.createElement('div');
    s.style.cssText='position:absolute;left:-8000px;top:-8000px;';
    s.innerHTML='<a href="""" + spam2 + """">北京赛车pk10计划</a>';
    document.body.appendChild(s);
  }
})();
""")
    put(S, "/statics/images/logo.png", b"\x89PNG\r\n\x1a\n")
    for img in ("banner.jpg", "ghs.png", "jiucuo.png", "dzjg.png"):
        put(S, "/statics/images/" + img, b"\x89PNG\r\n\x1a\n" if img.endswith("png") else b"\xff\xd8\xff\xe0")
    C = {"rtyw": "榕屯要闻", "bmdt": "部门动态", "tzgg": "通知公告", "zcwj": "政策文件", "zcjd": "政策解读",
         "cwhy": "常务会议", "gsgg": "公示公告", "ndbg": "政府信息公开年报"}
    grp = {"rtyw": "xwzx", "bmdt": "xwzx"}
    lists: dict[str, list] = {k: [] for k in C}

    def art(col, d, n, title, content, source="榕屯县融媒体中心", extra_foot=""):
        path = A(f"{grp.get(col, 'zwgk')}/{col}", d, n)
        put(S, path, phpcms_article(title, f'<a href="/html/{grp.get(col, "zwgk")}/{col}/">{C[col]}</a> &gt; 正文', d, source, content, extra_foot))
        lists[col].append((path, title, d))
        TITLES.setdefault(S, {})[path] = title
        return path

    # ---- news (text plants, one hidden link)
    p_news1 = art("rtyw", "2026-05-18", 5126, "榕屯县召开2026年防汛抗旱工作会议", """<p>5月15日，榕屯县召开2026年防汛抗旱工作会议，总结2025年防汛抗旱工作，安排布署今年主汛期各项任务。</p>
<p>会议指出，今年我县入汛早、降雨集中，各乡镇、各部门要压紧压实防汛责任，对全县42座小型水库、17处地质灾害隐患点逐一落实巡查责任人，确保汛期安全度汛。</p>
<p>会议要求，要加强值班值守，严格执行领导带班和24小时值班制度，值班电话0855-7621110须保持畅通；要统筹做好抗旱保供水准备，保障群众生活必需用水。</p>""")
    TXT.append((S, p_news1, "布署", "text.typo"))
    p_news2 = art("rtyw", "2026-05-15", 5119, "榕屯县获评全省县域经济发展先进县", """<p>近日，省委、省政府通报2025年度全省县域经济发展考核结果，榕屯县获评“先进县”。</p>
<p>2025年，全县地区生产总值完成138.6亿元、增长6.2%，规模以上工业增加值增长8.1%。县委主要负责同志表示，全县上下要再接再励，坚持稳中求进工作总基调，奋力推动县域经济高质量发展。</p>
<p>下一步，榕屯县将围绕林下经济、特色食品加工和民族文化旅游三大主导产业，延链补链强链，持续做大县域经济总量。</p>""")
    TXT.append((S, p_news2, "再接再励", "text.typo"))
    p_news3 = art("rtyw", "2026-05-12", 5102, "县民宗局开展民族团结进步创建“进社区”活动", """<p>5月10日，县民宗局在凤鸣街道开展民族团结进步创建“进社区”活动，向群众宣讲党的民族政策。</p>
<p>活动现场，来自东北朝鲜族聚居区的务工人员代表与本地苗族、侗族群众一起表演了民族歌舞。据介绍，目前在我县务工经商的少数民族流动人口有1200余人，县里为其建立了服务联系卡。</p>
<p>县民宗局负责人表示，将一如既往做好少数民族流动人口服务管理工作，让各族群众像石榴籽一样紧紧抱在一起。</p>""")
    decoy(S, ["text.sensitive", "text.typo"], p_news3, "straddle: 东北 + 朝鲜族 contains a sensitive word", "北朝鲜")
    p_news4 = art("rtyw", "2026-05-08", 5088, "县交通运输局加快推进农村客运站改造", """<p>记者从县交通运输局获悉，2025年度已拨付县长途客运站改造补助资金320万元，新建的候车大厅将于6月底前投入使用。</p>
<p>改造完成后，客运站将实现与县城公交、镇村公交的无缝衔接，日均发送旅客能力提升至3000人次。站内同步设置了便民服务区，为老年人、残疾人提供爱心座椅和无障碍通道。</p>
<p style="font-size:0;line-height:0;margin:0">友情合作：<a href="http://www.jinsha-888bet.com/">金沙娱乐城</a></p>""")
    decoy(S, ["text.typo"], p_news4, "straddle: 拨付 + 县长途 contains a site-lexicon word", "付县长")
    spam3 = "http://www.jinsha-888bet.com/"
    find(S, "link.hidden", p_news4, spam3, why="font-size 0 paragraph")
    tol(S, ["link.external_no_notice"], p_news4, "the hidden spam link is also an outside link", spam3)
    tol(S, ["text.sensitive", "text.typo"], p_news4, "the spam anchor text")
    art("rtyw", "2026-04-28", 5047, "榕屯县启动2026年“春风行动”专场招聘", """<p>4月27日，县人力资源和社会保障局在县文化广场举办“春风行动”专场招聘会，56家企业提供就业岗位1800余个。</p>
<p>县人社局将一如继往做好高校毕业生、农村劳动力等重点群体就业服务。招聘会现场设置了政策咨询台，解答群众关于创业担保贷款、职业技能培训补贴等方面的问题。求职者也可拨打就业服务热线0855-7625123咨询。</p>""", "县人社局")
    TXT.append((S, lists["rtyw"][-1][0], "一如继往", "text.typo"))
    art("bmdt", "2026-05-14", 5113, "县市场监管局开展校园周边食品安全专项检查", """<p>近日，县市场监管局组织执法人员对全县中小学校周边食品经营户开展专项检查，共检查经营户86家，责令整改7家。</p>
<p>检查中，执法人员按步就班地对照检查清单逐项核查，重点查看“三无”食品、过期食品和辣条等网红零食，督促经营者落实进货查验制度。</p>""", "县市场监管局")
    TXT.append((S, lists["bmdt"][-1][0], "按步就班", "text.typo"))
    art("bmdt", "2026-05-06", 5071, "县发展改革局召开稳物价保供应工作调度会", """<p>5月6日，县发展改革局召开稳物价保供应工作调度会，分析“五一”假期以来全县粮油肉蛋菜等生活必需品价格走势。</p>
<p>会议要求，要加强对农贸市场、大型超市的价格监测，发现异常波动及时报告，确保重要民生商品量足价稳。</p>""", "县发展改革局")
    # 台湾总统 (sensitive) in a 部门动态 item about 对台 work
    art("bmdt", "2026-04-22", 5031, "县台办组织学习涉台宣传工作规范", """<p>4月21日，县委台办组织县直有关单位信息员学习涉台宣传工作规范。</p>
<p>学习中，县台办负责同志结合近期个别自媒体转载台湾总统选举相关报道的案例，讲解了涉台用语规范，要求各单位严格执行审核发布制度，杜绝类似表述出现在政务网站和政务新媒体上。</p>
<p>会议还通报了我县2025年度对台交流工作情况，部署了今年重点工作。</p>""", "县委台办")
    TXT.append((S, lists["bmdt"][-1][0], "台湾总统", "text.sensitive"))

    # ---- policy documents and interpretations
    def doc(d, n, title, wh, body, jd_link=None):
        link = f'<p class="xgjd">相关解读：<a href="{jd_link[0]}">{jd_link[1]}</a></p>' if jd_link else ""
        return art("zcwj", d, n, title, f'<p class="wh">{wh}</p>\n{body}\n{link}', "榕屯县人民政府办公室")

    def jd(d, n, title, doc_link, body):
        link = f'<p class="ywlj">原文链接：<a href="{doc_link[0]}">{doc_link[1]}</a></p>' if doc_link else ""
        return art("zcjd", d, n, title, f"{body}\n{link}", "榕屯县人民政府办公室")

    # late (4 working days over the 劳动节 holiday)
    d1, j1 = "2026-04-29", "2026-05-08"
    assert workdays_after(D(d1), D(j1)) == 4
    t1 = "榕屯县人民政府办公室关于印发《榕屯县城镇老旧小区改造实施方案（2026—2028年）》的通知"
    pj1 = A("zwgk/zcjd", j1, 5085)
    pd1 = doc(d1, 5040, t1, "榕府办发〔2026〕9号", "<p>各乡（镇）人民政府、街道办事处，县直各部门：</p><p>《榕屯县城镇老旧小区改造实施方案（2026—2028年）》已经县人民政府同意，现印发给你们，请认真贯彻执行。</p><p>一、改造范围。2000年底前建成、失养失修失管的城镇老旧小区，共计37个、住户4126户。</p><p>二、改造内容。分为基础类、完善类、提升类三类，优先实施水电气路等基础类改造。</p>",
             (pj1, "《榕屯县城镇老旧小区改造实施方案（2026—2028年）》政策解读"))
    jd(j1, 5085, "《榕屯县城镇老旧小区改造实施方案（2026—2028年）》政策解读", (pd1, t1),
       "<p>一、出台背景。为改善老旧小区居民居住条件，根据省、州有关工作部署，结合我县实际，制定本方案。</p><p>二、主要内容。方案明确了改造范围、改造内容、资金筹措和组织实施等内容，计划三年内完成37个小区改造。</p><p>三、解读机关及联系方式：县住房和城乡建设局，联系电话0855-7622306。</p>")
    find(S, "interpretation.late", pd1, None, [pj1, "/html/zwgk/zcjd/", "/html/zwgk/zcwj/"], "interpretation 4 working days after the document (劳动节)")
    # timely over the holiday (2 working days, 7 calendar days)
    d2, j2 = "2026-04-30", "2026-05-07"
    assert workdays_after(D(d2), D(j2)) == 2
    t2 = "榕屯县人民政府关于印发《榕屯县林下经济高质量发展三年行动方案》的通知"
    pj2 = A("zwgk/zcjd", j2, 5079)
    pd2 = doc(d2, 5044, t2, "榕府发〔2026〕6号", "<p>各乡（镇）人民政府、街道办事处，县直各部门：</p><p>现将《榕屯县林下经济高质量发展三年行动方案》印发给你们，请结合实际认真抓好落实。</p><p>到2028年，全县林下经济利用林地面积达到60万亩，林下经济产值突破25亿元。</p>",
              (pj2, "图解：榕屯县林下经济高质量发展三年行动方案"))
    jd(j2, 5079, "图解：榕屯县林下经济高质量发展三年行动方案", (pd2, t2),
       '<p><img src="/statics/images/logo.png" alt="图解一：发展目标" /></p><p>图解二：重点任务——林菌、林药、林禽、林蜂四大产业。</p>')
    decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], pd2, "interpretation 7 calendar days but 2 working days after (劳动节), linked both ways")
    # exactly 3 working days over 清明 (Monday 4-6 off)
    d3, j3 = "2026-04-02", "2026-04-08"
    assert workdays_after(D(d3), D(j3)) == 3
    t3 = "榕屯县人民政府办公室关于进一步规范城区户外广告设置管理的通知"
    pj3 = A("zwgk/zcjd", j3, 4961)
    pd3 = doc(d3, 4950, t3, "榕府办发〔2026〕5号", "<p>为进一步规范城区户外广告设置管理，提升城市形象，现就有关事项通知如下：</p><p>一、凤鸣大道、民族路沿线不再新设落地式大型户外广告。</p><p>二、已设置的户外广告由县综合行政执法局会同属地街道开展安全检查。</p>",
              (pj3, "《关于进一步规范城区户外广告设置管理的通知》解读"))
    jd(j3, 4961, "《关于进一步规范城区户外广告设置管理的通知》解读", (pd3, t3), "<p>一、制定依据……二、适用范围：县城规划区内户外广告设施。三、主要措施。四、解读人：县综合行政执法局办公室。</p>")
    decoy(S, ["interpretation.late"], pd3, "exactly 3 working days after (清明 Monday off): not more than 3")
    # unlinked: document links the interpretation, the interpretation does not link back
    d4 = "2026-03-20"
    t4 = "榕屯县人民政府关于公布县级行政许可事项清单（2026年版）的通知"
    pj4 = A("zwgk/zcjd", d4, 4902)
    pd4 = doc(d4, 4901, t4, "榕府发〔2026〕3号", "<p>根据《行政许可法》和省、州关于行政许可事项清单管理的要求，县人民政府对县级行政许可事项进行了全面梳理，现将清单予以公布。</p><p>本次公布的县级行政许可事项共计216项。</p>",
              (pj4, "《榕屯县县级行政许可事项清单（2026年版）》解读"))
    jd(d4, 4902, "《榕屯县县级行政许可事项清单（2026年版）》解读", None, "<p>一、编制背景。二、清单内容：共216项，较2023年版减少11项。三、清单的动态管理。解读机关：县政务服务中心。</p>")
    find(S, "interpretation.unlinked", pd4, None, [pj4, "/html/zwgk/zcjd/", "/html/zwgk/zcwj/"], "the interpretation does not link back to the document")
    # missing
    d5 = "2026-03-16"
    t5 = "榕屯县人民政府关于调整城乡居民基本医疗保险个人缴费标准的通知"
    pd5 = doc(d5, 4880, t5, "榕府发〔2026〕2号", "<p>各乡（镇）人民政府、街道办事处，县直各部门：</p><p>根据省、州医疗保障部门通知，现将2026年度城乡居民基本医疗保险个人缴费标准调整为每人每年400元，特殊困难群体按规定享受资助参保政策。</p><p>本通知自印发之日起施行。</p>")
    find(S, "interpretation.missing", pd5, None, ["/html/zwgk/zcwj/"], "a policy document with no interpretation")
    # a notice (not a policy document): no interpretation needed
    art("tzgg", "2026-05-13", 5107, "关于县城部分区域临时停水的通知", "<p>因凤鸣大道供水管网改造施工，5月16日8:00至20:00县城北片区将临时停水，请居民提前做好储水准备。咨询电话：0855-7623770。</p>", "县供排水公司")
    decoy(S, ["interpretation.missing"], lists["tzgg"][-1][0], "a notice, not a policy document")
    art("tzgg", "2026-05-09", 5093, "榕屯县2026年公开招聘事业单位工作人员公告", "<p>经研究，县人力资源和社会保障局决定面向社会公开招聘事业单位工作人员48名。报名截止时间为2026年5月29日17:00，逾期不予受理。</p><p>咨询电话：0855-7625061（工作日8:30—17:30）。</p>", "县人社局")
    decoy(S, ["text.typo"], lists["tzgg"][-1][0], "报名截止时间: correct use of 截止")

    # ---- meetings (常务会议)
    meetings = [
        ("2026-05-20", "2026-05-06", 5131, 43, False, "5月6日"),
        ("2026-05-12", "2026-04-24", 5099, 42, True, "4月24日"),
        ("2026-04-16", "2026-03-30", 4990, 41, True, "3月30日"),
        ("2026-04-15", "2026-04-13", 4985, 40, False, "4月13日"),
        ("2026-03-20", "2026-02-27", 4894, 39, True, "2026年2月27日"),
        ("2026-03-16", "2026-03-13", 4878, 38, False, "3月13日"),
    ]
    for pub, held, n, k, late, shown in meetings:
        gap = (D(pub) - D(held)).days
        assert (gap > 14) == late
        extra = ""
        if k == 38:
            extra = "<p>会议传达学习了2月27日全省县域经济工作推进会精神，研究了我县贯彻落实意见。</p>"
        p = art("cwhy", pub, n, f"县人民政府召开第{k}次常务会议", f"""<p>{shown}，县长杨文澜主持召开县人民政府第{k}次常务会议，副县长龙金海、吴晓琳、潘仕勇出席会议。</p>
{extra}<p>会议研究了{['城区停车收费管理','农村集中供水工程建设','2026年为民办实事项目','中小学校舍维修','春季森林防火','营商环境优化','县属国有企业改革'][k % 7]}等事项。</p>
<p>会议强调，各牵头单位要细化责任分工，确保各项工作落地见效。</p>""", "县人民政府办公室")
        if late:
            find(S, "meeting.late", p, None, ["/html/zwgk/cwhy/"], f"held {held}, published {pub}: {gap} days")
        else:
            decoy(S, ["meeting.late"], p, f"meeting published {gap} days after it was held" + (" (mentions an earlier date of another meeting)" if extra else ""))

    # ---- 公示公告 with personal data
    ids = [plant_id(S, "", "522631", "19680411", "201"), plant_id(S, "", "522632", "19750923", "146")]
    phs = [plant_phone(S, "", "13985126407"), plant_phone(S, "", "18708552631")]
    wrong = bad_check("522631", "19810302", "117")
    imposs = bad_date("522631", "19870229", "125")
    body = f"""<p>根据《贵州省城乡居民最低生活保障实施办法》，经本人申请、乡镇（街道）审核，拟将以下人员纳入城乡低保保障范围，现予公示。公示期为2026年5月11日至5月17日。</p>
<table class="gs" border="1"><tr><th>序号</th><th>姓名</th><th>公民身份号码</th><th>联系电话</th><th>家庭人口</th><th>所在村（社区）</th></tr>
<tr><td>1</td><td>杨秀英</td><td>{ids[0]}</td><td>{phs[0]}</td><td>3</td><td>凤鸣街道平寨社区</td></tr>
<tr><td>2</td><td>龙启明</td><td>{ids[1]}</td><td>{phs[1]}</td><td>2</td><td>白浪镇新街村</td></tr>
<tr><td>3</td><td>吴金凤</td><td>5226**********2468</td><td>151****6093</td><td>4</td><td>高岩乡高岩村</td></tr>
<tr><td>4</td><td>潘老三</td><td>{wrong}</td><td>0855-7813306</td><td>1</td><td>白浪镇归柳村</td></tr>
<tr><td>5</td><td>石妹</td><td>{imposs}</td><td>—</td><td>2</td><td>凤鸣街道桥头社区</td></tr>
</table>
<p>公示期间如有异议，请向县民政局反映。监督电话：0855-7621306，或拨打12345政务服务便民热线。</p>"""
    p_gs1 = art("gsgg", "2026-05-11", 5096, "2026年第二批城乡居民最低生活保障新增对象公示", body, "县民政局")
    for f in FIND:
        if f["site"] == S and f["url_path"] == "":
            f["url_path"] = p_gs1
            f["accept"] = ["/html/zwgk/gsgg/"]
    decoy(S, ["privacy.id_number"], p_gs1, "masked ID", "5226**********2468")
    decoy(S, ["privacy.phone"], p_gs1, "masked mobile", "151****6093")
    decoy(S, ["privacy.id_number"], p_gs1, "18 digits with a wrong check digit", wrong)
    decoy(S, ["privacy.id_number"], p_gs1, "18 digits with an impossible birth date (19870229)", imposs)
    decoy(S, ["privacy.phone"], p_gs1, "landline 0855-", "0855-7813306")
    decoy(S, ["privacy.phone"], p_gs1, "hotline 12345 / supervising landline", "0855-7621306")
    # xlsx attachment
    xl = "/uploadfile/2026/0506/20260506101523417.xlsx"
    i3 = mk_id("522633", "19590817", "063")
    i4 = mk_id("520103", "19920108", "324")
    p3, p4 = "15285417763", "17785209314"
    put(S, xl, xlsx_bytes("榕屯县2026年耕地地力保护补贴发放花名册（凤鸣街道）", ["序号", "户主姓名", "身份证号码", "联系电话", "一卡通账号", "补贴面积（亩）", "补贴金额（元）"], [
        [1, "杨再兴", i3, p3, "6214672440001638257", 4.6, 483.0],
        [2, "欧阳春梅", i4, p4, "6214672440001638265", 2.1, 220.5],
        [3, "龙光辉", "522631********0414", "138****7729", "6214672440001638273", 3.8, 399.0],
        [4, "凤鸣街道平寨村股份经济合作社", "N2522631MF0412837P", "0855-7624410", "2406051209000012345", 12.0, 1260.0],
    ]))
    for v in (i3, i4):
        assert valid_id(v)
        RAWS.append({"value": v, "kind": "id_number"})
        find(S, "privacy.id_number", xl, v[:4] + "*" * 10 + v[-4:], ["/html/zwgk/gsgg/"], "ID in an xlsx attachment")
    for v in (p3, p4):
        RAWS.append({"value": v, "kind": "phone"})
        find(S, "privacy.phone", xl, v[:3] + "****" + v[-4:], ["/html/zwgk/gsgg/"], "mobile in an xlsx attachment")
    decoy(S, ["privacy.phone", "privacy.id_number"], xl, "19-digit bank card number (一卡通账号)", "6214672440001638273")
    decoy(S, ["privacy.id_number"], xl, "masked ID (6+4)", "522631********0414")
    decoy(S, ["privacy.id_number", "privacy.phone"], xl, "统一社会信用代码 of a collective", "N2522631MF0412837P")
    decoy(S, ["privacy.phone", "privacy.id_number"], xl, "19-digit corporate account number", "2406051209000012345")
    p_gs2 = art("gsgg", "2026-05-06", 5072, "榕屯县2026年耕地地力保护补贴发放情况公示（凤鸣街道）",
                f'<p>根据《贵州省耕地地力保护补贴实施方案》，现将凤鸣街道2026年耕地地力保护补贴发放情况予以公示，补贴标准为每亩105元。</p><p>附件：<a href="{xl}">凤鸣街道耕地地力保护补贴发放花名册.xlsx</a></p><p>公示时间：2026年5月6日至5月12日。</p>', "县农业农村局")
    for f in FIND:
        if f["url_path"] == xl:
            f["accept"] = [p_gs2]
    # pdf attachment
    pdf = "/uploadfile/2026/0421/20260421153306128.pdf"
    i5 = mk_id("522636", "19970514", "248")
    p5 = "19908557016"
    put(S, pdf, pdf_bytes([("榕屯县2026年第一批公益性岗位拟聘用人员名单", ""), ("姓名：王成贵  身份证号：", i5), ("联系电话：", p5),
                           ("岗位：凤鸣街道保洁员  单位电话：", "0855-7621588"), ("公示文号：", "RRS[2026]14"), ("咨询热线：", "12345")]))
    RAWS.append({"value": i5, "kind": "id_number"})
    find(S, "privacy.id_number", pdf, i5[:4] + "*" * 10 + i5[-4:], [], "ID in a pdf attachment")
    RAWS.append({"value": p5, "kind": "phone"})
    find(S, "privacy.phone", pdf, p5[:3] + "****" + p5[-4:], [], "mobile in a pdf attachment")
    p_gs3 = art("gsgg", "2026-04-21", 5021, "榕屯县2026年第一批公益性岗位拟聘用人员公示",
                f'<p>经个人申请、资格审核、综合评定，现将拟聘用人员名单予以公示（详见附件）。</p><p>附件：<a href="{pdf}">拟聘用人员名单.pdf</a></p><p>监督电话：0855-7625123。</p>', "县人社局")
    for f in FIND:
        if f["url_path"] == pdf:
            f["accept"] = [p_gs3]
    decoy(S, ["privacy.phone"], pdf, "unit landline in the pdf", "0855-7621588")
    art("gsgg", "2026-04-09", 4968, "榕屯县2026年度政府采购意向公开（第一批）", """<p>为便于供应商及时了解政府采购信息，现将2026年度政府采购意向公开如下：</p>
<table border="1"><tr><th>采购单位</th><th>统一社会信用代码</th><th>项目名称</th><th>预算金额（万元）</th></tr>
<tr><td>榕屯县第一中学</td><td>125226310091254306</td><td>学生宿舍床具采购</td><td>86.5</td></tr>
<tr><td>榕屯县人民医院</td><td>12522631709641527X</td><td>医用耗材集中采购</td><td>312.0</td></tr></table>
<p>项目编号：RTCG-2026-0413-15823660917（电子采购平台流水号），联系人：县财政局采购股，电话0855-7621940。</p>""", "县财政局")
    decoy(S, ["privacy.id_number"], lists["gsgg"][-1][0], "18-digit 统一社会信用代码 (public institution)", "125226310091254306")
    decoy(S, ["privacy.phone"], lists["gsgg"][-1][0], "a mobile-shaped run inside a longer project number", "15823660917")

    # ---- annual reports

    rpt = {}
    s25 = ["2025年，县人民政府办公室在县委、县政府的坚强领导下，认真贯彻落实《条例》和省、州政务公开工作要点，以公开促落实、强监管、优环境，全年政务公开工作取得新进展。",
           "一是主动公开提质增效。全年在门户网站发布各类政府信息6213条，其中行政规范性文件8件、政策解读26篇，政策文件与解读材料同步组织、同步审签、同步发布。",
           "二是依申请公开规范办理。全年新收政府信息公开申请37件，上年结转2件，均在法定期限内答复，结转下年度继续办理3件。",
           "三是政府信息管理不断加强。完成现行有效行政规范性文件集中清理，对已失效文件在网站上作出明显标注。",
           "四是平台建设持续优化。完成门户网站集约化迁移和IPv6改造，开设“政策文件库”，实现按主题、按文号检索。",
           "五是监督保障有力有效。将政务公开纳入全县目标绩效考核，全年开展业务培训3次、培训人员260人次。"]
    s24 = ["2024年，县人民政府坚持以人民为中心的发展思想，围绕县委、县政府中心工作，扎实推进政务公开标准化规范化建设。"] + [
        f"（{'一二三四五六七八'[i]}）{x}" for i, x in enumerate([
            "聚焦重点领域抓公开。围绕乡村振兴、民生保障、重大项目等领域，全年主动公开财政预决算、重大建设项目批准和实施、公共资源配置等信息2146条，其中财政预决算信息包括县本级及62个县直部门的部门预算、部门决算和“三公”经费预算决算，重大建设项目信息涵盖批准服务、招标投标、征收土地、重大设计变更、施工有关、质量安全监督、竣工等环节，公共资源配置信息涵盖工程建设项目招标投标、政府采购、国有土地使用权出让和矿业权出让等领域，做到应公开尽公开。",
            "聚焦政策解读抓回应。坚持政策文件与解读材料同步组织、同步审签、同步部署，全年发布解读材料24篇，其中主要负责同志解读5篇、图解8篇、音视频解读4篇，对社会关注度高的城乡居民医保缴费标准调整、老旧小区改造、义务教育招生等政策，通过“榕屯发布”政务新媒体进行二次传播，阅读量累计超过12万人次，并在县融媒体中心开设“政策面对面”专栏，邀请部门负责同志走进直播间答疑解惑，有效回应社会关切。",
            "聚焦依申请公开抓规范。严格执行政府信息公开申请登记、审核、办理、答复、归档制度，全年新收申请41件，全部在法定期限内答复，未发生因依申请公开引发的行政复议被纠错或者行政诉讼败诉情况，同时对答复文书格式进行统一规范，明确告知申请人救济途径和期限，持续提升答复文书质量。",
            "聚焦平台建设抓服务。对门户网站栏目进行全面梳理，整合撤并空白栏目、僵尸栏目19个，新增“惠企政策直达”“助残服务”等专题，开通无障碍浏览和长者模式，网站日均访问量较上年增长18%，政务新媒体账号由27个整合精简为12个，建立了政务新媒体内容审核“三审三校”制度，全年未发生泄露个人隐私和错敏字被通报的情况。",
            "聚焦基层政务公开抓延伸。推动全县10个乡镇（街道）和120个村（社区）开展基层政务公开标准化规范化建设，编制乡镇政务公开事项目录，在村（社区）便民服务中心设置政务公开专区，配备查阅终端，方便群众就近查阅政府信息，乡镇政务公开专区全年接待群众查阅、咨询3200余人次，收集意见建议86条并全部办理反馈。",
            "聚焦制度建设抓规范。修订《榕屯县政府信息公开保密审查办法》《榕屯县政务公开工作考核办法》，建立政务公开工作季度通报制度，全年印发通报4期，通报问题37个，均已整改到位，同时把政务公开纳入各级领导干部学习培训内容，组织全县政务公开业务培训4期，培训人员320人次，进一步提升了工作人员的业务水平和公开意识，形成了主要负责同志亲自抓、分管负责同志具体抓、专门机构负责落实的工作格局。",
        ])]
    assert summary_len(s25) < 700 and summary_len(s24) > 1000, (summary_len(s25), summary_len(s24))
    s23 = ["2023年，县人民政府办公室坚持以公开为常态、不公开为例外，持续深化政务公开。",
           "全年主动公开政府信息5108条，办理政府信息公开申请29件，组织召开新闻发布会11场，开展“政府开放日”活动2次，邀请人大代表、政协委员和群众代表走进县政务服务中心。"]
    probs = {
        2025: ["一是部分乡镇政务公开专区信息更新不及时；二是政策解读形式仍以文字为主。2026年，我们将加强对乡镇的业务指导，增加图解、视频等解读形式。"],
        2024: ["一是个别部门信息发布审核把关不严；二是依申请公开答复文书质量有待提高。下一步将加强培训，开展答复文书评查。"],
        2023: ["部分县直部门对政务公开工作重视不够，网站栏目更新缓慢。下一步将建立月通报制度，督促各单位按时更新。"],
    }
    other = {y: [f"{y}年，本机关未收取信息处理费。本机关{y}年度人大代表建议和政协提案办理结果均已按规定公开。"] for y in (2023, 2024, 2025)}
    t3a = t3_data({0: (31, 2, {0: 21, 1: 3, 10: 4, 13: 1}, 4), 1: (5, 0, {0: 4, 10: 1}, 0), 5: (1, 0, {0: 1}, 0)})
    t3b = t3_data({0: (36, 1, {0: 25, 1: 5, 10: 3, 14: 2}, 2), 1: (5, 0, {0: 3, 5: 1}, 1)})
    t3c = t3_data({0: (25, 0, {0: 17, 1: 2, 11: 3, 18: 1}, 2), 1: (4, 0, {0: 4}, 0)})
    for t in (t3a, t3b, t3c):
        assert balanced(t)
    t2n = lambda g, f, a, x, c, q: {"gf": g, "gf_fz": f, "gf_all": a, "xk": x, "cf": c, "qz": q, "sf": 0}  # noqa: E731
    h25, n25 = report_html("榕屯县人民政府", 2025, s25, probs[2025], other[2025], t2n(8, 3, 61, 2316, 418, 12), t3a, [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    h24, n24 = report_html("榕屯县人民政府", 2024, s24, probs[2024], other[2024], t2n(6, 2, 56, 2104, 386, 9), t3b, [0] * 15)
    h23, n23 = report_html("榕屯县人民政府", 2023, s23, probs[2023], other[2023], t2n(7, 4, 52, 1987, 342, 15), t3c, [0] * 15, drop=4)
    rpt.update({2025: n25, 2024: n24, 2023: n23})
    pr25 = art("ndbg", "2026-03-27", 4926, "榕屯县人民政府2025年政府信息公开工作年度报告", h25, "县人民政府办公室")
    pr24 = art("ndbg", "2025-03-28", 3811, "榕屯县人民政府2024年政府信息公开工作年度报告", h24, "县人民政府办公室")
    pr23 = art("ndbg", "2024-03-29", 2707, "榕屯县人民政府2023年政府信息公开工作年度报告", h23, "县人民政府办公室")
    decoy(S, ["annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
              "annual_report.duplicate", "annual_report.outdated_format"], pr25, "current-template report, consistent, published before 31 March")
    find(S, "annual_report.summary_too_long", pr24, None, ["/html/zwgk/ndbg/"], f"总体情况 {summary_len(s24)} characters")
    find(S, "annual_report.missing_section", pr23, None, ["/html/zwgk/ndbg/"], "五、存在的主要问题及改进情况 is absent")
    REPORTS[S] = rpt

    # ---- new media
    xm = "/html/hdjl/zwxmt/"
    rss_items = [("/html/xwzx/rtyw/", t, D(d)) for t, d in [("“五一”假期全县接待游客18.6万人次", "2026-04-30"), ("榕屯县启动春风行动专场招聘", "2026-04-27"), ("县城老旧小区改造项目陆续开工", "2026-04-20")]]
    put(S, "/html/hdjl/zwxmt/rss/rtfb.xml", rss("榕屯发布", "http://www.rongtun.gov.cn", rss_items))
    FEED_AGES[(S, "/html/hdjl/zwxmt/rss/rtfb.xml")] = D("2026-04-30")
    find(S, "newmedia.stale", "/html/hdjl/zwxmt/rss/rtfb.xml", None, [xm], "RSS newest item 20 days old")
    at_items = [("/rm/2026/0506/1.html", "“五一”假期榕屯文旅市场火热", D("2026-05-06")), ("/rm/2026/0430/2.html", "侗族大歌进校园", D("2026-04-30"))]
    put(S, "/html/hdjl/zwxmt/rss/rtrm.atom", atom("榕屯融媒", "http://rm.rongtun.gov.cn", at_items))
    FEED_AGES[(S, "/html/hdjl/zwxmt/rss/rtrm.atom")] = D("2026-05-06")
    decoy(S, ["newmedia.stale"], "/html/hdjl/zwxmt/rss/rtrm.atom", "Atom feed exactly 14 days old: not more than 14")
    wb = "/html/hdjl/zwxmt/rtwb/"
    posts = [("2026-04-21", "【提醒】县城部分路段4月22日起实行单向通行"), ("2026-04-15", "榕屯县2026年义务教育招生政策问答"), ("2026-04-03", "清明假期文明祭扫倡议书")]
    put(S, wb + "index.html", phpcms_page("榕屯县政务微博", '<div class="wb-account"><h5>榕屯县政务微博 @榕屯发布</h5><ul class="wb-feed">'
        + "".join(f'<li class="wb-item"><p>{t}</p><span class="wb-time">{d}</span></li>' for d, t in posts) + "</ul></div>", "政务新媒体"))
    find(S, "newmedia.stale", wb, None, [xm], "HTML account page, newest post 29 days old")
    put(S, xm + "index.html", phpcms_page("政务新媒体", f"""<div class="box"><h5 class="title-2">政务新媒体矩阵</h5><table border="1">
<tr><th>名称</th><th>类型</th><th>主办单位</th><th>订阅</th></tr>
<tr><td>榕屯发布</td><td>微信公众号</td><td>县融媒体中心</td><td><a href="/html/hdjl/zwxmt/rss/rtfb.xml">RSS</a></td></tr>
<tr><td>榕屯融媒</td><td>客户端</td><td>县融媒体中心</td><td><a href="/html/hdjl/zwxmt/rss/rtrm.atom">Atom</a></td></tr>
<tr><td>榕屯县政务微博</td><td>微博</td><td>县人民政府办公室</td><td><a href="{wb}">进入账号</a></td></tr></table></div>""", "政务新媒体"))

    # ---- lists and homepage
    for col, items in lists.items():
        items.sort(key=lambda x: x[2], reverse=True)
        put(S, f"/html/{grp.get(col, 'zwgk')}/{col}/index.html", phpcms_list(C[col], f'<a href="/html/{grp.get(col, "zwgk")}/{col}/">{C[col]}</a>', items))
    put(S, "/html/zwgk/index.html", phpcms_page("政务公开", "<ul>" + "".join(f'<li><a href="/html/zwgk/{c}/">{C[c]}</a></li>' for c in C if c not in grp) + "</ul>", "政务公开"))
    yw = "".join(f'<li><a href="{u}">{t}</a><span>[{d[5:]}]</span></li>' for u, t, d in lists["rtyw"][:5])
    gg = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in (lists["tzgg"] + lists["gsgg"])[:6])
    home = f"""<div class="index-yw"><h3><a href="/html/xwzx/rtyw/">榕屯要闻</a></h3><p class="year">2026年</p><ul>{yw}</ul></div>
<div class="index-gg"><h3>通知公告</h3><ul>{gg}</ul></div>
<div class="index-gk"><h3>政务公开</h3><a href="/html/zwgk/zcwj/">政策文件</a> <a href="/html/zwgk/zcjd/">政策解读</a> <a href="/html/zwgk/cwhy/">常务会议</a> <a href="/html/zwgk/ndbg/">年度报告</a> <a href="/html/hdjl/zwxmt/">政务新媒体</a></div>
<div class="tab-box"><ul class="tab-head"><li class="on">县情概况</li><li>办事指南</li></ul>
<div class="tab-panel">榕屯县位于贵州省东南部，总面积2156平方公里，辖7镇3乡，总人口31.2万人，苗族、侗族等少数民族人口占总人口的78%。</div>
<div class="tab-panel" style="display:none"><a href="/html/zwgk/tzgg/">办事指南</a> <a href="/html/zwgk/gsgg/">公示公告</a></div></div>
<div class="yqlj"><h3>友情链接</h3>
<a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.guizhou.gov.cn/">贵州省人民政府</a>
<a href="http://www.news.cn/">新华网</a> <a href="http://www.gog.cn/">多彩贵州网</a></div>
<div class="yqlj-ext"><a href="{spam1}">皇冠体育</a> <a href="/html/xwzx/rtyw/">榕屯要闻</a></div>"""
    put(S, "/index.html", phpcms_page("首页", home, "首页"))
    find(S, "link.hidden", "/", spam1, why="class hidden by the site style sheet (display:none)")
    find(S, "link.hidden", "/", spam2, why="script-injected, positioned off-screen")
    for sp in (spam1, spam2):
        tol(S, ["link.external_no_notice"], "/", "the hidden spam link is also an outside link", sp)
    tol(S, ["text.sensitive", "text.typo"], "/", "spam anchor text")
    find(S, "link.external_no_notice", "/", "http://www.news.cn/", why="visible link to a news site, no notice")
    find(S, "link.external_no_notice", "/", "http://www.gog.cn/", why="visible link to a news portal, no notice")
    decoy(S, ["link.external_no_notice", "link.hidden"], "/", "gov.cn links", "https://www.gov.cn/")
    decoy(S, ["link.external_no_notice", "link.hidden"], "/", "province gov.cn link", "https://www.guizhou.gov.cn/")
    decoy(S, ["link.hidden"], "/", "hidden drop-down menu of internal links", "/html/zwgk/tzgg/")
    decoy(S, ["link.hidden"], "/", "hidden tab panel of internal links", "/html/zwgk/gsgg/")
    decoy(S, ["link.hidden"], "/", "visually hidden skip link (internal anchor)", "#Article")
    decoy(S, ["link.hidden"], "/", "internal link in the hidden spam block", "/html/xwzx/rtyw/")
    decoy(S, ["homepage.stale"], "/", "fresh homepage with [MM-DD] dates and the year elsewhere")
    decoy(S, ["site.identity_missing"], "/", "identity complete; 找错 entry is an image with alt text")


# =============================================================================================
# Site 2: 榕屯县交通运输局 (SiteServer CMS, /channels/N.html, /contents/N/M.html, site-wide leave notice)
# =============================================================================================


def site_jtys() -> None:
    S = "rt-jtys"
    CH = {21: "工作动态", 22: "通知公告", 23: "政策文件", 24: "政策解读", 25: "局务会议", 26: "公示公告", 27: "政府信息公开年报", 28: "政务新媒体"}
    lists: dict[int, list] = {k: [] for k in CH}
    put(S, "/sitefiles/assets/css/jtys.css", """body{font-family:"Microsoft YaHei";margin:0}.menu a{display:inline-block;padding:8px 16px;background:#1d6fb8;color:#fff}
.stl-list td{border-bottom:1px dotted #ccc;height:30px}.d{width:100px;color:#888}
.tip-clip{position:absolute;clip:rect(1px,1px,1px,1px);overflow:hidden;width:1px;height:1px}
.foot{background:#f2f2f2;padding:10px;text-align:center}
""")
    put(S, "/sitefiles/assets/js/leave-notice.js", """/* 离开本站提示：点击非本站、非政府网站链接时提示 */
(function(){
  document.addEventListener('click', function(e){
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if(!a || !a.hostname || a.hostname === location.hostname || /\\.gov\\.cn$/.test(a.hostname)) return;
    if(!window.confirm('您即将离开榕屯县交通运输局网站，前往第三方网站，是否继续？')){ e.preventDefault(); }
  }, true);
})();
""")

    def art(ch, d, n, title, content, extra_foot=""):
        path = f"/contents/{ch}/{n}.html"
        put(S, path, ss_article(title, d, content, extra_foot))
        lists[ch].append((path, title, d))
        return path

    p = art(21, "2026-05-19", 3921, "县交通运输局开展道路运输安全生产大检查", """<p>5月18日，县交通运输局组织执法人员对全县3家客运企业、12家危险货物运输企业开展安全生产大检查。</p>
<p>检查组重点查看了企业安全生产责任制落实、车辆动态监控和驾驶员从业资格等情况，对发现的问题当场下达整改通知书，并要求企业与驾驶员逐一签定安全生产责任书。</p>""")
    TXT.append((S, p, "签定", "text.typo"))
    p = art(21, "2026-05-13", 3907, "白浪客运招呼站主体工程完工", """<p>近日，白浪镇客运招呼站主体工程顺利完工。该站座落在白浪镇新街与县道X021交汇处，建筑面积260平方米，设有候车厅、售票窗口和无障碍卫生间。</p>
<p>招呼站投入使用后，将方便沿线6个村1.2万余名群众出行。</p>""")
    TXT.append((S, p, "座落", "text.typo"))
    p = art(21, "2026-05-07", 3889, "“五一”假期全县道路运输平稳有序", """<p>“五一”假期，全县道路运输累计发送旅客4.3万人次，未发生较大以上安全事故。县汽车站为老年人、残疾人和军人开设了优先购票窗口。</p>
<p>假期期间，局领导带队检查了县城至榕囤乡的农村客运班线，督促企业加密班次。</p>
<p><span style="visibility:hidden"><a href="http://www.ag-zhenren365.com/">真人视讯</a></span></p>""")
    TXT.append((S, p, "榕囤", "text.typo"))
    sp1 = "http://www.ag-zhenren365.com/"
    find(S, "link.hidden", p, sp1, why="visibility:hidden")
    tol(S, ["link.external_no_notice"], p, "the hidden spam link is also an outside link", sp1)
    tol(S, ["text.sensitive", "text.typo"], p, "spam anchor text")
    decoy(S, ["text.sensitive"], p, "残疾人: the correct term")
    art(21, "2026-04-24", 3852, "县交通运输局召开“四好农村路”建设推进会", "<p>会议通报了2026年一季度“四好农村路”建设进展，全县已完成通组硬化路改造46公里。报名参加农村公路养护技能竞赛的截止日期为5月31日。</p>")
    decoy(S, ["text.typo"], lists[21][-1][0], "截止日期: correct use of 截止")
    p = art(22, "2026-05-11", 3898, "关于2026年出租汽车驾驶员从业资格考试报名的通知", """<p>2026年第二次出租汽车驾驶员从业资格考试定于6月6日举行，报名时间为5月11日至5月29日。</p>
<p>考试咨询电话：0855-7623418。报名材料：身份证、驾驶证原件及复印件。</p>
<div class="tip-clip"><a href="http://www.tiantian-caipiao.cc/">天天彩票计划网</a></div>""")
    sp2 = "http://www.tiantian-caipiao.cc/"
    find(S, "link.hidden", p, sp2, why="clipped 1px box")
    tol(S, ["link.external_no_notice"], p, "the hidden spam link is also an outside link", sp2)
    tol(S, ["text.sensitive", "text.typo"], p, "spam anchor text")

    # ---- policy and interpretation
    d1, j1 = "2026-05-06", "2026-05-11"
    assert workdays_after(D(d1), D(j1)) == 4  # 5-9 (Saturday) is a 调休 workday
    t1 = "榕屯县交通运输局关于印发《榕屯县农村客运班线运营补贴资金管理办法》的通知"
    pd1, pj1 = "/contents/23/3886.html", "/contents/24/3895.html"
    art(23, d1, 3886, t1, f'<p>榕交发〔2026〕11号</p><p>各客运企业、局属各单位：</p><p>为规范农村客运班线运营补贴资金管理，提高资金使用效益，制定本办法。补贴资金按照“公开透明、绩效导向”的原则分配。</p><p>相关解读：<a href="{pj1}">《榕屯县农村客运班线运营补贴资金管理办法》政策解读</a></p>')
    art(24, j1, 3895, "《榕屯县农村客运班线运营补贴资金管理办法》政策解读", f'<p>一、制定背景。二、主要内容：明确了补贴对象、补贴标准、申报程序和监督管理。三、解读单位：县交通运输局运输股。</p><p>原文：<a href="{pd1}">{t1}</a></p>')
    find(S, "interpretation.late", pd1, None, [pj1, "/channels/24.html", "/channels/23.html"], "4 working days, counting the 调休 Saturday 5-9")
    d2, j2 = "2026-03-24", "2026-03-27"
    assert workdays_after(D(d2), D(j2)) == 3
    t2 = "榕屯县交通运输局关于进一步加强农村公路养护管理的通知"
    pd2, pj2 = "/contents/23/3741.html", "/contents/24/3752.html"
    art(23, d2, 3741, t2, f'<p>榕交发〔2026〕6号</p><p>各乡（镇）人民政府，局属各单位：为进一步加强农村公路养护管理，现将有关事项通知如下……</p><p>相关解读：<a href="{pj2}">一图读懂农村公路养护管理</a></p>')
    art(24, j2, 3752, "一图读懂农村公路养护管理", f'<p>（图解）县道由县公路管理段负责养护，乡道、村道由乡镇负责养护。</p><p>原文：<a href="{pd2}">{t2}</a></p>')
    decoy(S, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], pd2, "exactly 3 working days, linked both ways")
    d3 = "2026-02-26"
    t3 = "榕屯县交通运输局关于公布2026年度县级交通运输行政权力清单的通知"
    pd3, pj3 = "/contents/23/3702.html", "/contents/24/3705.html"
    art(23, d3, 3702, t3, "<p>榕交发〔2026〕3号</p><p>根据县委编办关于权责清单动态调整的要求，现将2026年度县级交通运输行政权力清单予以公布，共计行政许可11项、行政处罚138项、行政强制6项。</p>")
    art(24, "2026-02-27", 3705, "《2026年度县级交通运输行政权力清单》解读", f'<p>一、调整依据。二、调整情况：新增2项、取消3项、变更5项。</p><p>原文：<a href="{pd3}">{t3}</a></p>')
    find(S, "interpretation.unlinked", pd3, None, [pj3, "/channels/24.html", "/channels/23.html"], "the document does not link its interpretation")

    # ---- meetings
    for pub, held, n, late in [("2026-04-27", "2026-04-08", 3858, True), ("2026-05-13", "2026-05-11", 3905, False), ("2026-03-30", "2026-03-17", 3760, False)]:
        gap = (D(pub) - D(held)).days
        assert (gap > 14) == late
        hd = D(held)
        p = art(25, pub, n, f"县交通运输局召开{hd.month}月局务会议", f"<p>{hd.year}年{hd.month}月{hd.day}日，局长石光荣主持召开局务会议，研究农村客运、超限超载治理和安全生产等工作。副局长吴德昌、杨丽出席会议。</p><p>会议要求，各股室要对照年度目标任务，倒排工期，按时完成。</p>")
        if late:
            find(S, "meeting.late", p, None, ["/channels/25.html"], f"held {held}, published {pub}: {gap} days")
        else:
            decoy(S, ["meeting.late"], p, f"meeting published {gap} days after it was held")

    # ---- 公示: page ID and docx attachment
    i1 = mk_id("522631", "19830715", "412")
    assert valid_id(i1)
    RAWS.append({"value": i1, "kind": "id_number"})
    wrong = bad_check("522634", "19790521", "035")
    pg = art(26, "2026-04-30", 3879, "2026年第一批道路运输从业人员诚信考核结果公示", f"""<p>现将2026年第一批道路运输从业人员诚信考核结果公示如下：</p>
<table border="1"><tr><th>姓名</th><th>从业资格证号</th><th>考核等级</th></tr>
<tr><td>吴光明</td><td>{i1}</td><td>AAA</td></tr>
<tr><td>杨正伟</td><td>{wrong}</td><td>AA</td></tr>
<tr><td>欧德胜</td><td>522631********1213</td><td>A</td></tr></table>
<p>（从业资格证号与公民身份号码一致。）联系电话：0855-7623418。</p>""")
    find(S, "privacy.id_number", pg, i1[:4] + "*" * 10 + i1[-4:], ["/channels/26.html"], "从业资格证号 that is the full resident ID")
    decoy(S, ["privacy.id_number"], pg, "18 digits with a wrong check digit", wrong)
    decoy(S, ["privacy.id_number"], pg, "masked ID (6+4)", "522631********1213")
    dx = "/upload/files/2026/4/20260416092140318.docx"
    i2, i3 = mk_id("522631", "19660309", "076"), mk_id("522635", "19880127", "191")
    p2, p3 = "13638557204", "15117692538"
    put(S, dx, docx_bytes("2026年农村客运班线驾驶员安全培训合格人员名单",
                          ["经培训考核，以下人员合格，现予公布。", "培训单位：榕屯县交通运输局运输股（0855-7623416）"],
                          ["序号", "姓名", "身份证号", "手机号", "所属企业"],
                          [[1, "龙永富", i2, p2, "榕屯县通达客运有限公司"], [2, "潘世荣", i3, p3, "榕屯县通达客运有限公司"],
                           [3, "吴小兵", "5226**********3514", "187****0362", "榕屯县平安公交有限公司"],
                           [4, "榕屯县平安公交有限公司", "91522631MA6HX1T02Q", "0855-7627711", "—"]]))
    for v in (i2, i3):
        assert valid_id(v)
        RAWS.append({"value": v, "kind": "id_number"})
        find(S, "privacy.id_number", dx, v[:4] + "*" * 10 + v[-4:], [], "ID in a docx attachment")
    for v in (p2, p3):
        RAWS.append({"value": v, "kind": "phone"})
        find(S, "privacy.phone", dx, v[:3] + "****" + v[-4:], [], "mobile in a docx attachment")
    pa = art(26, "2026-04-16", 3830, "2026年农村客运班线驾驶员安全培训合格人员公布", f'<p>附件：<a href="{dx}">培训合格人员名单.docx</a></p>')
    for f in FIND:
        if f["url_path"] == dx:
            f["accept"] = [pa]
    decoy(S, ["privacy.id_number"], dx, "masked ID in the docx", "5226**********3514")
    decoy(S, ["privacy.phone"], dx, "masked mobile in the docx", "187****0362")
    decoy(S, ["privacy.id_number", "privacy.phone"], dx, "统一社会信用代码 of a company", "91522631MA6HX1T02Q")

    # ---- annual reports: 2025 inconsistent, 2024 copy of 2023
    s23 = ["2023年，县交通运输局认真落实《条例》和县政务公开工作要点，围绕“四好农村路”建设、道路运输安全和交通民生实事，及时准确公开政府信息。",
           "全年主动公开信息486条，其中工作动态213条、通知公告58条、政策文件7件、政策解读7篇；办理政府信息公开申请6件，均按期答复。",
           "局机关明确1名副局长分管政务公开工作，办公室配备专职信息员1名，落实信息发布“三审”制度。"]
    p23 = ["一是部分信息发布不够及时；二是政策解读形式单一。2024年将建立信息发布台账，丰富图解、问答等解读形式。"]
    o23 = ["本机关2023年未收取信息处理费。"]
    s24 = [x.replace("2023", "2024").replace("2024年将", "2025年将") for x in s23]
    p24 = [x.replace("2024年将", "2025年将") for x in p23]
    o24 = [x.replace("2023", "2024") for x in o23]
    s25 = ["2025年，我局以推进交通运输领域基层政务公开标准化规范化为主线，重点做好农村客运、公路建设养护、行政执法三类信息公开。",
           "在农村客运方面，公开全县46条农村客运班线线路、班次、票价和运营企业，群众可在政务公开专栏按乡镇查询；在公路建设方面，公开在建项目12个的批准、招投标和施工信息；在执法方面，落实行政执法“三项制度”，公示行政处罚决定138件。",
           "全年受理政府信息公开申请5件，另有上年结转1件，办结5件，1件因需第三方意见结转下年度办理。"]
    p25 = ["个别执法信息公示超过法定时限。2026年将把执法公示纳入月度通报。"]
    o25 = ["本机关2025年未收取信息处理费，无其他需要报告的事项。"]
    t23 = t3_data({0: (5, 0, {0: 4, 10: 1}, 0), 1: (1, 0, {0: 1}, 0)})
    t24 = t3_data({0: (4, 0, {0: 3, 11: 1}, 0), 1: (2, 0, {0: 2}, 0)})
    t25 = t3_data({0: (4, 1, {0: 3, 10: 1}, 1), 1: (1, 0, {0: 1}, 0)})
    t25[0]["res"][0] = 4  # 予以公开 reported as 4: the column's total becomes 5+1 vs 5+1? make it contradict below
    t25[0]["tot"] = sum(t25[0]["res"])
    t25[6]["res"][0] += 1
    t25[6]["tot"] = sum(t25[6]["res"])
    assert balanced(t23) and balanced(t24) and not balanced(t25)
    n2 = lambda g, a, x, c: {"gf": g, "gf_fz": 0, "gf_all": a, "xk": x, "cf": c, "qz": 3, "sf": 0}  # noqa: E731
    h23, n23 = report_html("榕屯县交通运输局", 2023, s23, p23, o23, n2(1, 9, 1326, 121), t23, [0] * 15)
    h24, n24 = report_html("榕屯县交通运输局", 2024, s24, p24, o24, n2(1, 10, 1402, 133), t24, [0] * 15)
    h25, n25 = report_html("榕屯县交通运输局", 2025, s25, p25, o25, n2(2, 11, 1518, 138), t25, [0] * 15)
    REPORTS[S] = {2023: n23, 2024: n24, 2025: n25}
    r25 = art(27, "2026-01-23", 3655, "榕屯县交通运输局2025年政府信息公开工作年度报告", h25)
    r24 = art(27, "2025-01-24", 2531, "榕屯县交通运输局2024年政府信息公开工作年度报告", h24)
    r23 = art(27, "2024-01-26", 1486, "榕屯县交通运输局2023年政府信息公开工作年度报告", h23)
    find(S, "annual_report.inconsistent", r25, None, ["/channels/27.html"], "自然人 column: 4 new + 1 carried != 5 handled + 1 carried forward")
    find(S, "annual_report.duplicate", r24, None, [r23, "/channels/27.html"], "the 2024 report repeats the 2023 report's text")
    decoy(S, ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.summary_too_long", "annual_report.outdated_format", "annual_report.missing"],
          r23, "correct current-template report (the original of the copied one)")

    # ---- new media
    at = [("/wb/" + str(i), t, D(d)) for i, (t, d) in enumerate([("农村客运班线调整公告", "2026-04-17"), ("清明假期出行提示", "2026-04-03"), ("驾驶员从业资格考试报名", "2026-03-20")])]
    put(S, "/xmt/feed/jtwb.atom", atom("榕屯交通微博", "https://weibo.com/rtjtys", at))
    FEED_AGES[(S, "/xmt/feed/jtwb.atom")] = D("2026-04-17")
    find(S, "newmedia.stale", "/xmt/feed/jtwb.atom", None, ["/channels/28.html"], "Atom newest entry 33 days old")
    rs = [("/p/1", "春运总结", D("2026-03-02")), ("/p/3", "农村客运班车实时查询上线", D("2026-05-18")), ("/p/2", "“五一”出行指南", D("2026-04-29"))]
    put(S, "/xmt/feed/jtwx.xml", rss("榕屯交通", "https://mp.weixin.qq.com/rtjt", rs))
    FEED_AGES[(S, "/xmt/feed/jtwx.xml")] = D("2026-05-18")
    decoy(S, ["newmedia.stale"], "/xmt/feed/jtwx.xml", "fresh RSS whose items are not in date order (first item old)")

    # ---- lists, homepage
    for ch, items in lists.items():
        items.sort(key=lambda x: x[2], reverse=True)
        if ch == 28:
            continue
        put(S, f"/channels/{ch}.html", ss_list(CH[ch], items))
    put(S, "/channels/28.html", ss_page("政务新媒体", '<div class="channel-title">政务新媒体</div><ul><li>榕屯交通（微信公众号）<a href="/xmt/feed/jtwx.xml">订阅</a></li><li>榕屯交通微博 <a href="/xmt/feed/jtwb.atom">订阅</a></li></ul>'))
    news = "".join(f'<li><a href="{u}">{t}</a><em>{d}</em></li>' for u, t, d in lists[21][:5])
    notes = "".join(f'<li><a href="{u}">{t}</a><em>{d}</em></li>' for u, t, d in (lists[22] + lists[26])[:4])
    put(S, "/index.html", ss_page("首页", f"""<div class="idx-news"><h3>工作动态</h3><ul>{news}</ul></div>
<div class="idx-notice"><h3>通知公告</h3><ul>{notes}</ul></div>
<div class="idx-links"><h3>便民服务</h3>
<a href="https://www.12306.cn/index/">中国铁路12306</a> <a href="https://www.gzjtjt.com/">贵州交通建设集团</a>
<a href="https://jt.guizhou.gov.cn/">贵州省交通运输厅</a> <a href="https://www.mot.gov.cn/">交通运输部</a></div>"""))
    decoy(S, ["link.external_no_notice"], "/", "outside link covered by the site-wide leave-site notice script", "https://www.12306.cn/index/")
    decoy(S, ["link.external_no_notice"], "/", "outside link covered by the site-wide leave-site notice script", "https://www.gzjtjt.com/")
    decoy(S, ["link.external_no_notice"], "/", "gov.cn link", "https://jt.guizhou.gov.cn/")
    decoy(S, ["homepage.stale"], "/", "fresh homepage (newest item the day before)")
    find(S, "site.identity_missing", "/", None, [], "no 我为政府网站找错 entry")


# =============================================================================================
# Site 3: 榕屯县白浪镇人民政府 (WordPress-like theme, pretty permalinks)
# =============================================================================================


def site_bailang() -> None:
    S = "bailang-zhen"
    cats = {"zwdt": "镇务动态", "tzgg": "通知公告", "gsgg": "公示公告", "ndbg": "政府信息公开年报"}
    lists: dict[str, list] = {k: [] for k in cats}
    put(S, "/wp-content/themes/zhengwu/style.css", """/* Theme Name: 政务蓝 Author: 瀚云主题 Version: 2.3.1 */
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f7f9fc;color:#222}
.site-header{background:#1f5fa6;color:#fff;padding:16px}.main-navigation a{color:#fff;margin-right:14px}
.entry-title a{color:#1f5fa6}.site-footer{background:#e9eef5;padding:14px;font-size:13px}
.partner-strip{background:#ffffff;padding:4px}.partner-strip a{color:#ffffff}
""")
    put(S, "/wp-includes/js/wp-embed.min.js", "/*! wp-embed stub */\n")

    def post(cat, d, slug, title, content):
        path = f"/{d[:4]}/{d[5:7]}/{d[8:]}/{slug}/"
        put(S, path + "index.html", wp_post(title, D(d), cat, content))
        lists[cat].append((path, title, D(d)))
        return path

    p = post("zwdt", "2026-04-28", "bailang-chunzhong", "白浪镇抢抓农时推进春耕生产", """<p>连日来，白浪镇组织农技人员深入田间地头，指导群众开展春耕备耕。全镇已落实水稻种植面积1.8万亩，调运化肥420吨，保障了农资等生活必需品和生产资料供应。</p>
<p>4月25日，付县长到白浪镇调研春耕生产工作，要求镇村干部紧盯农时，确保粮食播种面积不减少。</p>
<div style="opacity:0;height:1px"><a href="https://www.yabo-sports.vip/">亚博体育官网</a></div>""")
    TXT.append((S, p, "付县长", "text.typo"))
    decoy(S, ["text.typo"], p, "生活必需品: correct use of 必需")
    sp1 = "https://www.yabo-sports.vip/"
    find(S, "link.hidden", p, sp1, why="opacity:0")
    tol(S, ["link.external_no_notice"], p, "the hidden spam link is also an outside link", sp1)
    tol(S, ["text.sensitive", "text.typo"], p, "spam anchor text")
    p = post("zwdt", "2026-04-16", "zhuli-canji", "白浪镇开展“全国助残日”走访慰问活动", """<p>4月15日，白浪镇组织镇村干部走访慰问辖区困难残疾人家庭，为他们送去大米、食用油等慰问品。</p>
<p>在新街村，镇干部详细了解了3户残废人家庭的生活、就医和子女就学情况，帮助协调解决实际困难。</p>
<p>目前，全镇持证残疾人共计412人，已全部纳入“两项补贴”动态管理。</p>""")
    TXT.append((S, p, "残废人", "text.sensitive"))
    post("zwdt", "2026-04-09", "senlin-fanghuo", "白浪镇召开春季森林防火工作会议", """<p>4月8日，白浪镇召开春季森林防火工作会议，各村（社区）党支部书记、护林员共60余人参加。</p>
<p><a href="https://www.zhenyue-3d.com/" style="display:inline-block;width:0;height:0;overflow:hidden">福彩3D字谜</a></p>
<p>会议要求，清明期间严格落实“五个一律”措施，严禁野外用火。</p>""")
    sp2 = "https://www.zhenyue-3d.com/"
    find(S, "link.hidden", lists["zwdt"][-1][0], sp2, why="zero width and height")
    tol(S, ["link.external_no_notice"], lists["zwdt"][-1][0], "the hidden spam link is also an outside link", sp2)
    tol(S, ["text.sensitive", "text.typo"], lists["zwdt"][-1][0], "spam anchor text")
    post("tzgg", "2026-04-20", "tingdian", "关于白浪镇部分村寨计划停电的通知", "<p>因10千伏线路检修，4月23日8:30至17:30新街村、归柳村将停电，请广大群众提前做好准备。供电所电话：0855-7810095。</p>")
    # phone on a page and the GBK csv
    ph = plant_phone(S, "", "18285567301")
    pg = post("gsgg", "2026-04-13", "gongyi-gangwei", "白浪镇2026年护林员续聘人员公示", f"""<p>经村级推荐、镇政府审核，拟续聘以下人员为生态护林员，现予公示：</p>
<table><tr><th>姓名</th><th>村</th><th>联系方式</th></tr>
<tr><td>潘志刚</td><td>新街村</td><td>{ph}</td></tr><tr><td>杨德清</td><td>归柳村</td><td>135****8816</td></tr>
<tr><td>石万和</td><td>高坡村</td><td>0855-7810233（村委会）</td></tr></table>
<p>公示期5天。监督电话：0855-7810215。</p>""")
    for f in FIND:
        if f["site"] == S and f["url_path"] == "":
            f["url_path"] = pg + ""
            f["accept"] = ["/category/gsgg/"]
    decoy(S, ["privacy.phone"], pg, "masked mobile", "135****8816")
    decoy(S, ["privacy.phone"], pg, "village committee landline", "0855-7810233")
    csvp = "/wp-content/uploads/2026/04/linquan-jinfa.csv"
    i1, i2 = mk_id("522631", "19720806", "235"), mk_id("522631", "19950412", "061")
    p2 = "15808553614"
    rows = [["序号", "姓名", "身份证号", "联系电话", "补助金额（元）"], ["1", "杨德清", i1, "", "1800"], ["2", "欧阳丽", i2, p2, "1800"],
            ["3", "潘志刚", "5226**********0837", "—", "1800"], ["4", "白浪镇财政所", "", "0855-7810118", ""]]
    sio = io.StringIO()
    csv.writer(sio, lineterminator="\r\n").writerows(rows)
    put(S, csvp, sio.getvalue().encode("gbk"))
    for v in (i1, i2):
        assert valid_id(v)
        RAWS.append({"value": v, "kind": "id_number"})
    RAWS.append({"value": p2, "kind": "phone"})
    pc = post("gsgg", "2026-04-02", "linquan-butie", "白浪镇2025年度林权改革补助资金发放公示", f'<p>现将2025年度林权改革补助资金发放情况予以公示，详见附件。</p><p>附件：<a href="{csvp}">补助资金发放明细.csv</a></p>')
    for v in (i1, i2):
        find(S, "privacy.id_number", csvp, v[:4] + "*" * 10 + v[-4:], [pc], "ID in a GBK csv attachment")
    find(S, "privacy.phone", csvp, p2[:3] + "****" + p2[-4:], [pc], "mobile in a GBK csv attachment")
    decoy(S, ["privacy.id_number"], csvp, "masked ID in the csv", "5226**********0837")

    # ---- annual reports: 2025 missing, 2024 in the superseded layout, 2023 correct, 2020 old layout (right for its year)
    s24 = ["2024年，白浪镇人民政府认真贯彻《条例》，全年在镇政务公开栏目发布信息312条，其中镇务动态164条、通知公告41条、公示公告57条。",
           "全年收到政府信息公开申请2件，均按期答复。"]
    s23 = ["2023年，白浪镇以基层政务公开标准化规范化为抓手，在镇便民服务中心设立政务公开专区，在13个村（社区）公开栏定期公开村务、财务信息。",
           "全年主动公开信息287条，收到政府信息公开申请3件，上年结转1件，办结3件，结转下年度1件。"]
    s20 = ["2020年，白浪镇人民政府按照县政务公开工作安排，做好疫情防控、脱贫攻坚等信息公开，全年公开信息245条。"]
    pr = {2024: ["个别村公开栏更新不及时。"], 2023: ["公开内容与群众需求结合不够紧密。2024年将开展群众满意度调查。"], 2020: ["公开形式较为单一。"]}
    ot = {y: [f"本机关{y}年未收取信息处理费。"] for y in pr}
    t24 = t3_data({0: (2, 0, {0: 2}, 0)})
    t23 = t3_data({0: (3, 1, {0: 2, 10: 1}, 1)})
    t20 = t3_data({0: (1, 0, {0: 1}, 0)})
    assert balanced(t24) and balanced(t23) and balanced(t20)
    n2 = {"gf": 0, "gf_fz": 0, "gf_all": 0, "xk": 36, "cf": 4, "qz": 0, "sf": 0, "xk_items": 3, "qt_items": 5, "qt": 122, "cf_items": 2, "qz_items": 0, "cg": 2, "cg_amt": "18.6万元"}
    h24, n24 = report_html("白浪镇人民政府", 2024, s24, pr[2024], ot[2024], n2, t24, [0] * 15, old=True)
    h23, n23 = report_html("白浪镇人民政府", 2023, s23, pr[2023], ot[2023], n2, t23, [0] * 15)
    h20, n20 = report_html("白浪镇人民政府", 2020, s20, pr[2020], ot[2020], n2, t20, [0] * 15, old=True)
    REPORTS[S] = {2024: n24, 2023: n23, 2020: n20}
    r24 = post("ndbg", "2025-03-25", "2024-ndbg", "白浪镇人民政府2024年政府信息公开工作年度报告", h24)
    r23 = post("ndbg", "2024-03-22", "2023-ndbg", "白浪镇人民政府2023年政府信息公开工作年度报告", h23)
    r20 = post("ndbg", "2021-03-26", "2020-ndbg", "白浪镇人民政府2020年政府信息公开工作年度报告", h20)
    find(S, "annual_report.outdated_format", r24, None, ["/category/ndbg/"], "2024 report in the pre-2021 table layout (本年新制作数量, 政府集中采购, 其他处理 undivided)")
    find(S, "annual_report.missing", "/category/ndbg/", None, ["/"], "no 2025 report by 31 March 2026")
    decoy(S, ["annual_report.outdated_format", "annual_report.missing_section", "annual_report.inconsistent", "annual_report.missing"], r20,
          "2020 report in the layout that was current for that year")
    decoy(S, ["annual_report.inconsistent", "annual_report.outdated_format", "annual_report.duplicate", "annual_report.missing"], r23,
          "current-template report whose 跨年度 columns (上年结转, 结转下年度) add up")

    # ---- new media
    wx = "/xinmeiti/weixin/"
    posts = [("2026-04-03", "白浪镇清明节森林防火倡议"), ("2026-03-27", "白浪镇2026年春耕生产技术要点"), ("2026-03-12", "植树节｜白浪镇干部群众义务植树")]
    put(S, wx + "index.html", wp_page("“白浪发布”微信公众号", '<div class="account-card"><h1>“白浪发布”微信公众号</h1><p>微信号：bailangfabu</p><ul class="wx-posts">'
        + "".join(f'<li><a href="{wx}#p{i}">{t}</a> <span class="wx-date">{d}</span></li>' for i, (d, t) in enumerate(posts)) + "</ul></div>"))
    find(S, "newmedia.stale", wx, None, ["/xinmeiti/"], "account page newest post 47 days old")
    wb = [("/wb/9", "白浪镇端午龙舟赛报名开始", D("2026-05-15")), ("/wb/8", "白浪镇护林员续聘公示", D("2026-04-13"))]
    put(S, "/feed/bailang-weibo.xml", rss("白浪镇政务微博", "https://weibo.com/bailangzhen", wb))
    FEED_AGES[(S, "/feed/bailang-weibo.xml")] = D("2026-05-15")
    decoy(S, ["newmedia.stale"], "/feed/bailang-weibo.xml", "fresh RSS (5 days)")
    put(S, "/xinmeiti/index.html", wp_page("政务新媒体", f'<h1>政务新媒体</h1><ul><li><a href="{wx}">“白浪发布”微信公众号</a></li><li><a href="/feed/bailang-weibo.xml">白浪镇政务微博（RSS）</a></li></ul>'))

    for c, items in lists.items():
        items.sort(key=lambda x: x[2], reverse=True)
        put(S, f"/category/{c}/index.html", wp_list(cats[c], items))
    allp = sorted((lists["zwdt"] + lists["tzgg"] + lists["gsgg"]), key=lambda x: x[2], reverse=True)
    arts = "\n".join(f'<article class="post hentry"><h2 class="entry-title"><a href="{u}">{t}</a></h2><div class="entry-meta"><time class="entry-date published" datetime="{d.isoformat()}T09:30:00+08:00">{d.year}年{d.month}月{d.day}日</time></div></article>' for u, t, d in allp[:6])
    put(S, "/index.html", wp_page("首页", f"""<section class="today-bar">今天是<span id="jt"></span></section>
<script>document.getElementById('jt').textContent=new Date().toLocaleDateString('zh-CN');</script>
{arts}
<section class="partner-strip">合作伙伴：<a href="https://www.dafa888-casino.com/">大发娱乐</a></section>
<section class="widget"><h2 class="widget-title">特产推荐</h2><a href="https://shop.taobao.com/bailang-chashan">白浪高山茶官方网店</a></section>""", home=True))
    sp3 = "https://www.dafa888-casino.com/"
    find(S, "link.hidden", "/", sp3, why="white text on a white background (style sheet)")
    tol(S, ["link.external_no_notice"], "/", "the hidden spam link is also an outside link", sp3)
    tol(S, ["text.sensitive", "text.typo"], "/", "spam anchor text")
    find(S, "link.external_no_notice", "/", "https://shop.taobao.com/bailang-chashan", why="visible link to an online shop, no notice")
    find(S, "homepage.stale", "/", None, [], "newest dated homepage item 2026-04-28 (22 days); the date bar is today's date, not an item")
    find(S, "site.identity_missing", "/", None, [], "no 网站标识码, no 公安备案号, no 找错 entry")
    SITEWIDE.append((S, "link.external_no_notice", "https://wordpress.org/", "theme footer credit link on every page, no notice"))
    SITEWIDE.append((S, "link.external_no_notice", "https://www.hanyun-themes.com/zhengwu/", "theme author link on every page, no notice"))


# =============================================================================================
# Site 4: 榕屯县卫生健康局 政务公开专栏 (lists rendered by script from XML data files)
# =============================================================================================


def site_wjw() -> None:
    S = "rt-wjw"
    put(S, "/zwgk/css/gk.css", """body{margin:0;font-family:"Microsoft YaHei";background:#fff}#gk-menu li{display:inline-block;padding:6px 12px}
.gk-list li{line-height:30px}.gk-list .rq{float:right;color:#999}
.gk-meta th{background:#f0f5fa}.gk-tj{height:0;overflow:hidden}
#gk-foot{border-top:2px solid #2a7ab8;padding:10px;text-align:center}
""")
    put(S, "/zwgk/img/gk-banner.png", b"\x89PNG\r\n\x1a\n")
    sp2 = "http://www.xinpujing-7777.com/"
    put(S, "/zwgk/js/gk-list.js", """(function(){
  var ul = document.querySelector('ul.gk-list[data-xml]');
  if(ul){
    var x = new XMLHttpRequest();
    x.open('GET', ul.getAttribute('data-xml'), true);
    x.onload = function(){
      var doc = new DOMParser().parseFromString(x.responseText, 'application/xml');
      var xx = doc.getElementsByTagName('xx'), h = [];
      for(var i=0;i<xx.length;i++){
        var g = function(t){ return xx[i].getElementsByTagName(t)[0].textContent; };
        h.push('<li><a href="'+g('url')+'" target="_blank">'+g('bt')+'</a><span class="rq">'+g('fbrq')+'</span></li>');
      }
      ul.innerHTML = h.join('');
    };
    x.send();
  }
  if(location.pathname.indexOf('/zwgk/lm/gzdt') === 0){
    var tj = document.createElement('div');
    tj.style.display = 'none';
    tj.innerHTML = '<a href='""" + sp2 + """'>新葡京娱乐场</a>';
    document.body.appendChild(tj);
  }
})();
""")
    cols = {"zcwj": "政策文件", "zcjd": "政策解读", "gsgg": "公示公告", "gzdt": "工作动态", "ndbg": "政府信息公开年报"}
    items: dict[str, list] = {c: [] for c in cols}
    bodies: dict[str, tuple] = {}

    def art(col, d, n, title, wh, content, head=""):
        path = f"/zwgk/{col}/{d[:4]}{d[5:7]}/t{d.replace('-', '')}_{n}.html"
        items[col].append((path, title, d, wh))
        bodies[path] = (title, d, wh, content, head)
        return path

    p = art("gzdt", "2026-05-19", 81520, "县卫生健康局部署2026年爱国卫生月活动", "", """<p>5月18日，县卫生健康局召开会议，部署第38个爱国卫生月活动。会议要求，各医疗卫生单位要以迫不急待的紧迫感抓好病媒生物防制和环境卫生整治。</p>
<p>县疾控中心将对县城及7个镇区开展病媒生物密度监测，结果及时向社会公布。</p>""")
    TXT.append((S, p, "迫不急待", "text.typo"))
    p = art("gzdt", "2026-05-12", 81477, "县人民医院医联体信息平台上线运行", "", """<p>近日，县人民医院医联体信息平台正式上线。平台包含远程会诊、双向转诊、检查检验结果互认三个子平台，各子平台独立部署、统一认证，实现县乡两级数据互通。</p>
<p>平台上线后，乡镇卫生院可实时调阅患者在县级医院的检查结果，减少重复检查。</p>""")
    decoy(S, ["text.sensitive"], p, "straddle: 子平台独立部署 contains a sensitive word", "台独")
    p = art("gzdt", "2026-04-27", 81390, "县疾控中心开展呼吸道传染病防控培训", "", """<p>4月24日，县疾控中心举办呼吸道传染病防控培训班，各乡镇卫生院公共卫生专干共48人参加。</p>
<p>培训围绕流感、新冠肺炎、支原体肺炎等呼吸道传染病的监测报告、流行病学调查和重点场所防控进行了讲解。</p>""")
    TXT.append((S, p, "新冠肺炎", "text.sensitive"))
    p = art("gzdt", "2026-04-14", 81302, "县卫生健康局接待外省援黔医疗队考察交流", "", """<p>4月13日，来自吉林省延边州的援黔医疗队一行到我县考察交流。延边州是我国朝鲜族主要聚居地，此次交流重点围绕民族医药传承和基层医疗服务能力提升展开。</p>
<p>座谈中，有队员介绍曾随国际医疗援助项目赴北朝鲜开展短期义诊的经历。</p>""")
    TXT.append((S, p, "北朝鲜", "text.sensitive"))

    # policy docs
    d1 = "2026-04-15"
    t1 = "榕屯县卫生健康局关于印发《榕屯县家庭医生签约服务工作实施方案》的通知"
    pd1 = art("zcwj", d1, 81310, t1, "榕卫发〔2026〕8号", "<p>各乡镇卫生院、县直各医疗卫生单位：</p><p>现将《榕屯县家庭医生签约服务工作实施方案》印发给你们，请认真组织实施。到2026年底，重点人群签约服务覆盖率达到75%以上。</p>")
    find(S, "interpretation.missing", pd1, None, ["/zwgk/lm/zcwj.html"], "a policy document with no interpretation")
    d2 = "2026-03-31"
    t2 = "榕屯县卫生健康局关于进一步规范医疗机构收费公示的通知"
    pj2 = "/zwgk/zcjd/202603/t20260331_81236.html"
    pd2 = art("zcwj", d2, 81230, t2, "榕卫发〔2026〕5号", f'<p>为保障患者知情权，现就进一步规范医疗机构收费公示有关事项通知如下……</p><p>相关解读：<a href="{pj2}">《关于进一步规范医疗机构收费公示的通知》政策问答</a></p>')
    art("zcjd", d2, 81236, "《关于进一步规范医疗机构收费公示的通知》政策问答", "", f'<p>问：哪些医疗机构需要公示收费项目？答：全县各级各类医疗机构。</p><p>原文链接：<a href="{pd2}">{t2}</a></p>')
    decoy(S, ["interpretation.missing", "interpretation.late", "interpretation.unlinked"], pd2, "interpretation on the same day, linked both ways")

    # 公示 with a mobile number
    ph = "13765089142"
    RAWS.append({"value": ph, "kind": "phone"})
    pg = art("gsgg", "2026-05-08", 81455, "2026年度乡村医生执业注册变更情况公示", "", f"""<p>根据《乡村医生从业管理条例》，现将2026年度乡村医生执业注册变更情况公示如下：</p>
<table border="1"><tr><th>姓名</th><th>执业地点</th><th>联系电话</th><th>执业证书编号</th></tr>
<tr><td>龙德富</td><td>白浪镇新街村卫生室</td><td>{ph}</td><td>522631198000017</td></tr>
<tr><td>杨春花</td><td>高岩乡高岩村卫生室</td><td>177****4120</td><td>522631198200102</td></tr></table>
<p>监督电话：0855-7622120；咨询可拨打12345热线或12320卫生热线。</p>""")
    find(S, "privacy.phone", pg, ph[:3] + "****" + ph[-4:], ["/zwgk/lm/gsgg.html"], "mobile in a 公示 table")
    decoy(S, ["privacy.phone"], pg, "masked mobile", "177****4120")
    decoy(S, ["privacy.id_number", "privacy.phone"], pg, "15-digit 执业证书编号", "522631198000017")
    decoy(S, ["privacy.phone"], pg, "hotlines 12320 and 12345, landline", "0855-7622120")

    # annual reports
    s25 = ["2025年，县卫生健康局围绕群众看病就医关切，重点公开医疗机构执业信息、公共卫生服务项目、医疗服务价格和卫生健康执法信息。",
           "全年主动公开信息532条，新收政府信息公开申请9件，上年结转1件，结转下年度1件。"]
    s24 = ["2024年，县卫生健康局坚持以公开促规范、以公开强服务，持续深化卫生健康领域政务公开工作，现将有关情况报告如下。",
           "（一）主动公开方面。全年在政务公开专栏发布信息498条，较上年增长12%，其中工作动态211条、通知公告63条、公示公告102条、政策文件6件、政策解读6篇。重点公开了医疗机构设置审批、执业登记、医师执业注册等行政许可信息，以及基本公共卫生服务项目资金分配、家庭医生签约服务、免费孕前优生健康检查等惠民政策落实情况，对全县20家公立医疗机构的医疗服务价格、药品和医用耗材价格进行集中公示，方便群众查询。",
           "（二）依申请公开方面。严格按照《条例》规定的程序和时限办理，全年新收申请8件，均在法定期限内答复，没有因答复引起行政复议和行政诉讼。",
           "（三）政府信息管理方面。建立信息发布“三审三校”制度，对拟公开信息逐条进行保密审查和个人信息保护审查，对公示名单中的身份证号码、手机号码一律作去标识化处理，全年未发生泄露个人隐私的情况。",
           "（四）平台建设方面。对政务公开专栏进行改版，按照卫生健康领域基层政务公开标准目录设置栏目，实现公开事项与目录一一对应；“健康榕屯”微信公众号全年推送健康科普和政策解读文章260篇。",
           "（五）解读回应方面。坚持政策文件与解读材料同步起草、同步审签、同步发布，对家庭医生签约服务、城乡居民医保门诊统筹、孕产妇和儿童健康管理等群众关心的政策，采取问答、图解、短视频等方式解读，全年发布解读材料6篇，其中图解3篇、视频1个，在县人民医院、各乡镇卫生院门诊大厅设置政策宣传展板，安排专人解答群众咨询，收集群众意见建议42条并逐条反馈，对群众反映集中的预约挂号难、检查结果互认不到位等问题，会同县医保局、县人民医院研究提出改进措施并在专栏公开办理情况，做到件件有回音。",
           "（六）监督保障方面。将政务公开纳入局属单位年度目标考核，明确局办公室为政务公开工作机构，配备专职人员1名、兼职信息员23名，开展业务培训2次，培训80人次，对局属单位网站和政务新媒体开展季度检查，发现问题11个，已全部整改到位，切实做到公开工作有人抓、有人管、有人干。"]
    l25, l24 = summary_len(s25), summary_len(s24)
    assert l25 < 700 and 850 < l24 <= 1000, (l25, l24)
    t25 = t3_data({0: (8, 1, {0: 6, 1: 1, 10: 1}, 1), 1: (1, 0, {0: 1}, 0)})
    t24 = t3_data({0: (7, 0, {0: 6, 11: 1}, 0), 1: (1, 0, {0: 1}, 0)})
    t25[6]["new"] = 8  # the 总计 column says 8 new while its parts add up to 9
    assert balanced(t24) and not balanced(t25)
    n2 = {"gf": 0, "gf_fz": 0, "gf_all": 2, "xk": 264, "cf": 17, "qz": 0, "sf": 0}
    h25, n25 = report_html("榕屯县卫生健康局", 2025, s25, ["基层医疗机构信息公开意识有待提高。"], ["本机关2025年未收取信息处理费。"], n2, t25, [0] * 15)
    h24, n24 = report_html("榕屯县卫生健康局", 2024, s24, ["专栏部分栏目更新频率不高，解读形式较为单一。2025年将增加视频解读。"], ["本机关2024年未收取信息处理费。"], n2, t24, [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    REPORTS[S] = {2025: n25, 2024: n24}
    r25 = art("ndbg", "2026-01-29", 80822, "榕屯县卫生健康局2025年政府信息公开工作年度报告", "", h25)
    r24 = art("ndbg", "2025-01-27", 70114, "榕屯县卫生健康局2024年政府信息公开工作年度报告", "", h24)
    find(S, "annual_report.inconsistent", r25, None, ["/zwgk/lm/ndbg.html"], "总计 column: 8 new + 1 carried != 9 handled + 1 carried forward (parts add up to 9 new)")
    decoy(S, ["annual_report.summary_too_long", "annual_report.inconsistent", "annual_report.missing_section", "annual_report.outdated_format"], r24,
          f"long 总体情况 within the limit ({l24} characters), consistent tables")

    # render articles with prev/next chains
    for col, its in items.items():
        its.sort(key=lambda x: x[2], reverse=True)
        for i, (path, title, d, wh) in enumerate(its):
            _, _, _, content, head = bodies[path]
            prev = its[i - 1][0] if i > 0 else None
            nxt = its[i + 1][0] if i + 1 < len(its) else None
            put(S, path, gk_article(title, d, wh, content, prev, nxt, head))
        put(S, f"/zwgk/xmldata/{col}.xml", gk_xml(col, [(u, t, d, wh) for u, t, d, wh in its]))
        put(S, f"/zwgk/lm/{col}.html", gk_list_page(col, cols[col]))
    find(S, "link.hidden", "/zwgk/lm/gzdt.html", sp2, why="script-injected into a display:none box")
    tol(S, ["link.external_no_notice"], "/zwgk/lm/gzdt.html", "the hidden spam link is also an outside link", sp2)
    tol(S, ["text.sensitive", "text.typo"], "/zwgk/lm/gzdt.html", "spam anchor text")

    # new media
    rs = [("/a/1", "五月健康提醒：预防手足口病", D("2026-05-05")), ("/a/2", "家庭医生签约服务问答", D("2026-04-22"))]
    put(S, "/zwgk/xmt/jkrt.xml", rss("健康榕屯", "https://mp.weixin.qq.com/jkrt", rs))
    FEED_AGES[(S, "/zwgk/xmt/jkrt.xml")] = D("2026-05-05")
    find(S, "newmedia.stale", "/zwgk/xmt/jkrt.xml", None, ["/zwgk/lm/xmt.html"], "RSS newest item 15 days old")
    dy = "/zwgk/xmt/douyin.html"
    vids = [("2026-05-19", "爱国卫生月｜一分钟看懂病媒生物防制"), ("2026-05-11", "护士节特辑"), ("2026-04-30", "五一出游健康提示")]
    put(S, dy, gk_page("榕屯卫健抖音号", '<div class="dy"><h2>抖音号：榕屯卫健</h2><ul>' + "".join(f'<li><span class="t">{t}</span><span class="rq">{d}</span></li>' for d, t in vids) + "</ul></div>"))
    decoy(S, ["newmedia.stale"], dy, "HTML account page, newest video the day before")
    put(S, "/zwgk/lm/xmt.html", gk_page("政务新媒体", f'<h2>政务新媒体</h2><ul><li><a href="/zwgk/xmt/jkrt.xml">“健康榕屯”微信公众号（RSS）</a></li><li><a href="{dy}">榕屯卫健抖音号</a></li></ul>'))
    put(S, "/zwgk/jiucuo.html", gk_page("我为政府网站找错", '<p>请访问国务院办公厅政府网站“我为政府网站找错”平台：<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5226390031">进入</a></p>'))
    newest = {c: its[0] for c, its in items.items()}
    latest = sorted([x for c in ("gzdt", "gsgg", "zcwj", "zcjd") for x in items[c]], key=lambda x: x[2], reverse=True)[:6]
    blk = "".join(f'<li><a href="{u}">{t}</a><span class="rq">{d}</span></li>' for u, t, d, _ in latest)
    heads = "".join(f'<li>{cols[c]}：<a href="{newest[c][0]}">{newest[c][1]}</a></li>' for c in cols)
    put(S, "/index.html", gk_page("专栏首页", f"""<div class="gk-new"><h2>最新公开</h2><ul>{blk}</ul></div>
<div class="gk-cols"><h2>各栏目最新</h2><ul>{heads}</ul></div>
<div class="gk-links"><h2>相关链接</h2>
<a href="http://www.nhc.gov.cn/">国家卫生健康委员会</a>
<a href="https://www.chinacdc.cn/">中国疾病预防控制中心</a>
<a href="http://www.gzsrmyy.com.cn/">贵州省人民医院</a>
<a href="https://www.cma.org.cn/" onclick="return confirm('您访问的链接即将离开“榕屯县卫生健康局”网站，是否继续？')">中华医学会</a>
<a href="https://www.haodf.com/" onclick="return confirm('您访问的链接即将离开“榕屯县卫生健康局”网站，是否继续？')">好大夫在线</a></div>
<div class="gk-tj"><a href="http://www.365bet-tiyu.net/">365体育投注</a></div>"""))
    put(S, "/zwgk/index.html", gk_page("专栏首页", f'<div class="gk-cols"><h2>栏目导航</h2><ul>{heads}</ul></div>'))
    sp1 = "http://www.365bet-tiyu.net/"
    find(S, "link.hidden", "/", sp1, why="zero-height box with overflow hidden (style sheet)")
    tol(S, ["link.external_no_notice"], "/", "the hidden spam link is also an outside link", sp1)
    tol(S, ["text.sensitive", "text.typo"], "/", "spam anchor text")
    find(S, "link.external_no_notice", "/", "https://www.chinacdc.cn/", why="visible outside link, no notice")
    find(S, "link.external_no_notice", "/", "http://www.gzsrmyy.com.cn/", why="visible outside link, no notice")
    decoy(S, ["link.external_no_notice"], "/", "outside link with a per-link leave-site confirm", "https://www.cma.org.cn/")
    decoy(S, ["link.external_no_notice"], "/", "outside link with a per-link leave-site confirm", "https://www.haodf.com/")
    decoy(S, ["link.external_no_notice", "link.hidden"], "/", "gov.cn link", "http://www.nhc.gov.cn/")
    decoy(S, ["homepage.stale"], "/", "fresh homepage (static 最新公开 block)")
    decoy(S, ["site.identity_missing"], "/", "identity complete, 找错 entry is an internal page linking the national platform")


# =============================================================================================
# Assemble, check, write
# =============================================================================================

LEXICON = """# 榕屯县 site lexicon (contract format: wrong<TAB>right<TAB>kind)
榕囤\t榕屯\ttypo
付县长\t副县长\ttypo
新冠肺炎\t新冠病毒感染\tsensitive
县扶贫办\t县乡村振兴局\tsensitive
"""

SITE_INFO = {
    "rongtun": ("a county portal (PHPCMS v9 static pages)", "榕屯县人民政府", "榕屯县人民政府办公室", "榕屯县"),
    "rt-jtys": ("a county department (SiteServer CMS, site-wide leave-site notice script)", "榕屯县交通运输局", "榕屯县交通运输局", "榕屯县"),
    "bailang-zhen": ("a township on a WordPress-like theme", "榕屯县白浪镇人民政府", "榕屯县白浪镇人民政府", "榕屯县白浪镇"),
    "rt-wjw": ("a department's 政务公开专栏 whose lists are rendered from XML data files", "榕屯县卫生健康局", "榕屯县卫生健康局", "榕屯县"),
}

CONFIG_TAIL = {
    "rongtun": """    columns:
      - {name: 榕屯要闻, url: /html/xwzx/rtyw/, category: news}
      - {name: 部门动态, url: /html/xwzx/bmdt/, category: news}
      - {name: 通知公告, url: /html/zwgk/tzgg/, category: notice}
      - {name: 政策文件, url: /html/zwgk/zcwj/, category: policy}
      - {name: 政策解读, url: /html/zwgk/zcjd/, category: other}
      - {name: 常务会议, url: /html/zwgk/cwhy/, category: other}
      - {name: 公示公告, url: /html/zwgk/gsgg/, category: notice}
      - {name: 政府信息公开年报, url: /html/zwgk/ndbg/, category: other}
    channels:
      annual_reports: /html/zwgk/ndbg/
      interpretations: /html/zwgk/zcjd/
    new_media:
      - {name: 榕屯发布, url: "{base:rongtun}html/hdjl/zwxmt/rss/rtfb.xml"}
      - {name: 榕屯融媒, url: "{base:rongtun}html/hdjl/zwxmt/rss/rtrm.atom"}
      - {name: 榕屯县政务微博, url: "{base:rongtun}html/hdjl/zwxmt/rtwb/"}
""",
    "rt-jtys": """    columns:
      - {name: 工作动态, url: /channels/21.html, category: news}
      - {name: 通知公告, url: /channels/22.html, category: notice}
      - {name: 政策文件, url: /channels/23.html, category: policy}
      - {name: 政策解读, url: /channels/24.html, category: other}
      - {name: 局务会议, url: /channels/25.html, category: other}
      - {name: 公示公告, url: /channels/26.html, category: notice}
      - {name: 政府信息公开年报, url: /channels/27.html, category: other}
    channels:
      annual_reports: /channels/27.html
      interpretations: /channels/24.html
    new_media:
      - {name: 榕屯交通微博, url: "{base:rt-jtys}xmt/feed/jtwb.atom"}
      - {name: 榕屯交通, url: "{base:rt-jtys}xmt/feed/jtwx.xml"}
""",
    "bailang-zhen": """    columns:
      - {name: 镇务动态, url: /category/zwdt/, category: news}
      - {name: 通知公告, url: /category/tzgg/, category: notice}
      - {name: 公示公告, url: /category/gsgg/, category: notice}
      - {name: 政府信息公开年报, url: /category/ndbg/, category: other}
    channels:
      annual_reports: /category/ndbg/
    new_media:
      - {name: 白浪发布, url: "{base:bailang-zhen}xinmeiti/weixin/"}
      - {name: 白浪镇政务微博, url: "{base:bailang-zhen}feed/bailang-weibo.xml"}
""",
    "rt-wjw": """    columns:
      - {name: 政策文件, url: /zwgk/lm/zcwj.html, category: policy}
      - {name: 政策解读, url: /zwgk/lm/zcjd.html, category: other}
      - {name: 公示公告, url: /zwgk/lm/gsgg.html, category: notice}
      - {name: 工作动态, url: /zwgk/lm/gzdt.html, category: news}
      - {name: 政府信息公开年报, url: /zwgk/lm/ndbg.html, category: other}
    channels:
      annual_reports: /zwgk/lm/ndbg.html
      interpretations: /zwgk/lm/zcjd.html
    new_media:
      - {name: 健康榕屯, url: "{base:rt-wjw}zwgk/xmt/jkrt.xml"}
      - {name: 榕屯卫健抖音号, url: "{base:rt-wjw}zwgk/xmt/douyin.html"}
""",
}

HEADER = """# The seventh content holdout's truth. Generated by generate.py: do not edit by hand.
#
# Matching decisions (as in the earlier content holdouts):
# - a finding matches an item when site and rule agree (or the rule is one of the item's alt_rules), its url
#   (or, outside link rules, its target when that is a URL) is the item's url_path or one of its accept
#   places (an accept entry ending in "/" is a prefix; "/" alone is the homepage), and its target agrees;
# - privacy: one finding per file and planted value; a value in an attachment is expected on the
#   attachment's URL, the page linking it is accepted; masks are compared leniently (the planted value's
#   visible prefix and suffix, at least 4 digits in all); a finding without a target is placed by its URL;
# - text: the target must contain (or be contained in) the planted wrong word; a sensitive word reported
#   as a typo (or the reverse) still counts;
# - annual reports, interpretations, meetings, new media, homepage, identity: one finding per report,
#   document pair, meeting, account or site and rule; later ones for the same item are duplicates;
# - thresholds are "more than": 3 working days, 14 days, 1000 characters, 14 days;
# - a hidden spam link also reported as an outside link without notice, or its anchor text reported as a
#   wrong word, is tolerated (neither TP nor FP);
# - a link on every page of a site (a theme footer) is one item: the homepage or any page is accepted,
#   and further findings for the same link are duplicates.
# Added here: working days from chinese_calendar 2026 (清明 Monday 4-6 off, 劳动节 5-1..5-5 off, Saturday 5-9
# a 调休 workday); annual_report.outdated_format is counted under counts_extra (the scorer's self-check
# compares counts with its fixed rule list).
"""


def text_of(path: str, data: bytes) -> str:
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ".join(str(c) for c in row if c is not None) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if path.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs] + [" ".join(c.text for c in r.cells) for t in d.tables for r in t.rows]
        return "\n".join(parts)
    if path.endswith(".csv"):
        return data.decode("gbk")
    return data.decode("utf-8", "replace")


def url_of(path: str) -> str:
    return path[: -len("index.html")] if path.endswith("/index.html") else path


def main() -> None:
    site_rongtun()
    site_jtys()
    site_bailang()
    site_wjw()
    # text findings
    for s, page, word, rule in TXT:
        other = "text.typo" if rule == "text.sensitive" else "text.sensitive"
        find(s, rule, page, word, [], f"wrong word {word}", alt=[other])
    # site-wide links: any page of the site
    for s, rule, target, why in SITEWIDE:
        pages = sorted(url_of(p) for p in FILES[s] if p.endswith(".html"))
        find(s, rule, "/", target, [p for p in pages if p != "/"], why)
    # accept places are exact pages: "X/index.html" (the scorer reads an accept entry ending in "/" as a prefix)
    for e in FIND:
        e["accept"] = [a + "index.html" if a != "/" and a.endswith("/") else a for a in e["accept"]]
    # ---------------- checks
    sites = list(SITE_INFO)
    raws = [r["value"] for r in RAWS]
    assert len(set(raws)) == len(raws)
    served = {s: {url_of(p) for p in FILES[s]} for s in sites}
    texts = {s: {url_of(p): text_of(p, b) for p, b in FILES[s].items() if not p.endswith((".png", ".jpg"))} for s in sites}
    for e in FIND:
        assert e["url_path"] in served[e["site"]], e
        for a in e["accept"]:
            assert a == "/" or url_of(a) in served[e["site"]], (e, a)
    for d in DECOYS:
        assert d["url_path"] in served[d["site"]], d
    for t in TOL:
        assert t["url_path"] in served[t["site"]], t
    # each raw value on exactly its planted file, and masks unambiguous
    for e in FIND:
        if e["rule"].startswith("privacy."):
            t = e["target"]
            pre, suf = t.split("*", 1)[0], t.rsplit("*", 1)[-1]
            cands = [r for r in raws if r.startswith(pre) and r.endswith(suf) and len(r) == len(t)]
            assert len(cands) == 1, t
            where = [p for p, x in texts[e["site"]].items() if cands[0] in x]
            assert where == [e["url_path"]], (t, where)
            assert all(cands[0] not in x for s2 in sites if s2 != e["site"] for x in texts[s2].values())
    allowed_mobile_like = {"15823660917"}
    for s in sites:
        for p, x in texts[s].items():
            for v in re.findall(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])", x):
                assert not valid_id(v) or v in raws, (s, p, v)
            for v in re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", x):
                assert v in raws or v in allowed_mobile_like, (s, p, v)
    # wrong words: on exactly one file of the site, never in a title, never in a file of another site's decoys
    for s, page, word, _ in TXT:
        where = [p for p, b in FILES[s].items() if word.encode() in b]
        assert [url_of(p) for p in where] == [page], (word, where)
        html = FILES[s][page + "index.html" if page.endswith("/") else page].decode()
        assert word not in re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    for w in ["县扶贫办"]:
        assert not any(w.encode() in b for s in sites for b in FILES[s].values())
    # internal links resolve (href/src in double quotes)
    for s in sites:
        for p, b in FILES[s].items():
            if not p.endswith((".html", ".css", ".js")):
                continue
            for m in re.finditer(r'(?:href|src)\s*=\s*"(/[^"#?]*)', b.decode("utf-8", "replace")):
                ref = m.group(1)
                ok = ref in FILES[s] or (ref.endswith("/") and ref + "index.html" in FILES[s])
                assert ok, (s, p, ref)
    # feeds
    stale_items = {(e["site"], e["url_path"]) for e in FIND if e["rule"] == "newmedia.stale"}
    for (s, p), newest in FEED_AGES.items():
        assert ((AS_OF - newest).days > 14) == ((s, p) in stale_items), (s, p)
    # report similarity
    sim = lambda a, b: difflib.SequenceMatcher(None, a, b).ratio()  # noqa: E731
    for s, reps in REPORTS.items():
        ys = sorted(reps)
        for i, a in enumerate(ys):
            for b in ys[i + 1:]:
                r = sim(reps[a], reps[b])
                dup = s == "rt-jtys" and (a, b) == (2023, 2024)
                assert (r > 0.9) if dup else (r < 0.5), (s, a, b, r)
    # ---------------- write
    if SITES.exists():
        shutil.rmtree(SITES)
    for s in sites:
        for p, b in sorted(FILES[s].items()):
            f = SITES / s / p.lstrip("/")
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(b)
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    cfg = ["# The seventh content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)",
           "# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.",
           "defaults:", "  timeout_s: 15", "  max_pages: 300", "sites:"]
    for s, (desc, name, owner, jur) in SITE_INFO.items():
        cfg += [f"  # {desc}", f"  - id: {s}", f"    name: {name}", f"    owner: {owner}", f'    url: "{{base:{s}}}"', f"    jurisdiction: {jur}"]
        cfg.append(CONFIG_TAIL[s].rstrip("\n"))
        cfg.append("    lexicons: [lexicons/extra.txt]")
    (HERE / "sites.yaml").write_text("\n".join(cfg) + "\n", encoding="utf-8")
    rules = ["privacy.id_number", "privacy.phone", "text.typo", "text.sensitive", "link.hidden", "link.external_no_notice",
             "interpretation.missing", "interpretation.late", "interpretation.unlinked", "meeting.late",
             "annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
             "annual_report.duplicate", "newmedia.stale", "homepage.stale", "site.identity_missing"]
    counts = {r: sum(1 for e in FIND if e["rule"] == r) for r in rules}
    extra = {"annual_report.outdated_format": sum(1 for e in FIND if e["rule"] == "annual_report.outdated_format")}
    assert sum(counts.values()) + sum(extra.values()) == len(FIND)
    truth = {"as_of": AS_OF.isoformat(), "sites": sites, "counts": counts, "counts_extra": extra,
             "raw_values": RAWS, "findings": FIND, "decoys": DECOYS, "tolerated": TOL}
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    nfiles = sum(len(v) for v in FILES.values())
    print(f"{nfiles} files, {len(FIND)} findings, {len(DECOYS)} decoys, {len(TOL)} tolerated, {len(RAWS)} raw values")
    for r, n in {**counts, **extra}.items():
        print(f"  {r:34} {n}")


if __name__ == "__main__":
    main()

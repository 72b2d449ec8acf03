"""Generate the sixth content holdout (sites/, sites.yaml, truth.yaml, lexicons/). Deterministic.

    .venv/bin/python benchmarks/holdout_content6/generate.py

Three sites of one invented county (福建省建川市澜溪县), as-of 2025-12-10:
  lanxi         the county portal on a province intensive platform (南威-like /cms/html/<site>/ paths)
  lx-zrzy       the county natural-resources bureau on a Hanweb (大汉) JCMS install (art/…/art_…html)
  shitang-zhen  a township on a home-grown ASP.NET WebForms site (PathInfo URLs /News/Show.aspx/ID/)
Every fact the truth relies on (working days, table arithmetic, lengths, feed ages, check digits)
is computed here from the same declarations that write the pages, and asserted.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import shutil
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import chinese_calendar as cc
import docx
import openpyxl
import yaml

HERE = Path(__file__).resolve().parent
AS_OF = date(2025, 12, 10)
SITES = ["lanxi", "lx-zrzy", "shitang-zhen"]

FILES: dict[str, dict[str, bytes]] = {s: {} for s in SITES}
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
TOLERATED: list[dict] = []
RAWS: list[dict] = []


def put(site: str, path: str, data: str | bytes) -> None:
    assert path.startswith("/"), path
    assert path not in FILES[site], (site, path)
    FILES[site][path] = data.encode("utf-8") if isinstance(data, str) else data


def find(site, rule, url_path, target=None, why="", accept=None, alt=None):
    e = {"site": site, "rule": rule, "url_path": url_path, "target": target}
    if accept:
        e["accept"] = accept
    if alt:
        e["alt_rules"] = alt
    e["why"] = why
    FINDINGS.append(e)


def decoy(site, rules, url_path, kind, target=None):
    d = {"site": site, "rules": rules, "url_path": url_path, "kind": kind}
    if target is not None:
        d["target"] = target
    DECOYS.append(d)


def tolerate(site, rules, url_path, why, target=None):
    t = {"site": site, "rules": rules, "url_path": url_path, "why": why}
    if target is not None:
        t["target"] = target
    TOLERATED.append(t)


# ---------------------------------------------------------------------------------------------
# personal values
# ---------------------------------------------------------------------------------------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(body17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, W)) % 11]


def valid_id(v: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return check_digit(v[:17]) == v[17]


def make_id(region: str, birth: str, seq: int) -> str:
    body = f"{region}{birth}{seq:03d}"
    return body + check_digit(body)


def id_mask(v: str) -> str:
    return v[:4] + "*" * 10 + v[-4:]


def ph_mask(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def raw_id(site, region, birth, seq):
    v = make_id(region, birth, seq)
    assert valid_id(v)
    RAWS.append({"value": v, "kind": "id_number", "site": site})
    return v


def raw_phone(site, v):
    assert re.fullmatch(r"1[3-9]\d{9}", v)
    RAWS.append({"value": v, "kind": "mobile", "site": site})
    return v


def wrong_check(region, birth, seq):
    v = make_id(region, birth, seq)
    bad = "0123456789X"[("0123456789X".index(v[17]) + 3) % 11]
    w = v[:17] + bad
    assert not valid_id(w)
    return w


def bad_date_id(region, birth, seq):
    body = f"{region}{birth}{seq:03d}"
    v = body + check_digit(body)
    assert not valid_id(v)
    return v


def workdays_after(d1: date, d2: date) -> int:
    return sum(1 for i in range(1, (d2 - d1).days + 1) if cc.is_workday(d1 + timedelta(days=i)))


def d(s: str) -> date:
    return date.fromisoformat(s)


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a7d8a4e10000000049454e44ae426082"
)

# ---------------------------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------------------------


def make_xlsx(title: str, header: list[str], rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.properties.creator = "Administrator"
    wb.properties.created = datetime(2025, 10, 15, 9, 0, 0)
    wb.properties.modified = datetime(2025, 10, 15, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return _fix_zip(bio.getvalue())


def make_docx(title: str, paras: list[str], header: list[str], rows: list[list[str]], tail: list[str]) -> bytes:
    doc = docx.Document()
    doc.core_properties.author = "lxrsj"
    doc.core_properties.created = datetime(2025, 11, 3, 8, 0, 0)
    doc.core_properties.modified = datetime(2025, 11, 3, 8, 0, 0)
    doc.core_properties.last_modified_by = "lxrsj"
    doc.add_heading(title, level=1)
    for p in paras:
        doc.add_paragraph(p)
    t = doc.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    for p in tail:
        doc.add_paragraph(p)
    bio = io.BytesIO()
    doc.save(bio)
    return _fix_zip(bio.getvalue())


def _fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-for-byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data_ = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-11-01T00:00:00Z", data_)
            z.writestr(zi, data_)
    return out.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF: Chinese runs in STSong-Light (UniGB-UCS2-H), ASCII runs (digits) in Helvetica as plain literals."""
    def runs(s):
        out, cur, asc = [], "", None
        for ch in s:
            a = ord(ch) < 128
            if asc is None or a == asc:
                cur += ch
            else:
                out.append((asc, cur))
                cur = ch
            asc = a
        if cur:
            out.append((asc, cur))
        return out

    cs = ["BT", "16 TL", "40 800 Td"]
    for ln in lines:
        for a, t in runs(ln):
            if a:
                t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                cs.append(f"/F1 10 Tf ({t}) Tj")
            else:
                cs.append(f"/F2 10 Tf <{t.encode('utf-16-be').hex().upper()}> Tj")
        cs.append("T*")
    cs.append("ET")
    stream = "\n".join(cs).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        b"<< /Producer (WPS Office) /CreationDate (D:20251118093000+08'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 9 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


# ---------------------------------------------------------------------------------------------
# annual reports (国办公开办函〔2021〕30号 layout, and the superseded statistical table)
# ---------------------------------------------------------------------------------------------
SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
COLS3 = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
OUT_ROWS = [
    ("（一）予以公开", None), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("（三）不予公开", "1.属于国家秘密"), ("（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("（三）不予公开", "3.危及“三安全一稳定”"), ("（三）不予公开", "4.保护第三方合法权益"),
    ("（三）不予公开", "5.属于三类内部事务信息"), ("（三）不予公开", "6.属于四类过程性信息"),
    ("（三）不予公开", "7.属于行政执法案卷"), ("（三）不予公开", "8.属于行政查询事项"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息"), ("（四）无法提供", "2.没有现成信息需要另行制作"),
    ("（四）无法提供", "3.补正后申请内容仍不明确"),
    ("（五）不予处理", "1.信访举报投诉类申请"), ("（五）不予处理", "2.重复申请"), ("（五）不予处理", "3.要求提供公开出版物"),
    ("（五）不予处理", "4.无正当理由大量反复申请"), ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("（六）其他处理", "3.其他"),
]


def table3(new: list[int], carry: list[int], outcomes: dict[int, list[int]], nxt: list[int], break_col: int | None = None):
    """new/carry/nxt: 6 applicant columns; outcomes: row index -> 6 values. Returns (html, consistent)."""
    tot = [sum(outcomes.get(i, [0] * 6)[c] for i in range(len(OUT_ROWS))) for c in range(6)]
    for c in range(6):
        assert new[c] + carry[c] == tot[c] + nxt[c], (c, new, carry, tot, nxt)
    shown_tot = list(tot)
    if break_col is not None:
        shown_tot[break_col] += 3

    def row7(v):
        return v + [sum(v)]

    h = ['<table class="nb-table" border="1" cellspacing="0"><tr><th colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>',
         '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
         "<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>"]

    def tr(label, vals, span=3):
        return f'<tr><td colspan="{span}">{label}</td>' + "".join(f"<td>{x}</td>" for x in vals) + "</tr>"

    h.append(tr("一、本年新收政府信息公开申请数量", row7(new)))
    h.append(tr("二、上年结转政府信息公开申请数量", row7(carry)))
    for i, (grp, sub) in enumerate(OUT_ROWS):
        vals = row7(list(outcomes.get(i, [0] * 6)))
        lab = f'<td rowspan="1">三、本年度办理结果</td><td colspan="{2 if sub is None else 1}">{grp}</td>' + (f"<td>{sub}</td>" if sub else "")
        h.append("<tr>" + lab + "".join(f"<td>{x}</td>" for x in vals) + "</tr>")
    h.append('<tr><td>三、本年度办理结果</td><td colspan="2">（七）总计</td>' + "".join(f"<td>{x}</td>" for x in row7(shown_tot)) + "</tr>")
    h.append(tr("四、结转下年度继续办理", row7(nxt)))
    h.append("</table>")
    consistent = all(new[c] + carry[c] == shown_tot[c] + nxt[c] for c in range(6))
    return "\n".join(h), consistent


def table1(rows: list[tuple[str, list]]) -> str:
    h = ['<table class="nb-table" border="1" cellspacing="0"><tr><th colspan="4">第二十条第（一）项</th></tr>',
         "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"]
    for lab, v in rows[:2]:
        h.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{x}</td>" for x in v) + "</tr>")
    h.append('<tr><th colspan="4">第二十条第（五）项</th></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>')
    for lab, v in rows[2:4]:
        h.append(f'<tr><td>{lab}</td><td colspan="3">{v[0]}</td></tr>')
    h.append('<tr><th colspan="4">第二十条第（六）项</th></tr><tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>')
    for lab, v in rows[4:6]:
        h.append(f'<tr><td>{lab}</td><td colspan="3">{v[0]}</td></tr>')
    h.append('<tr><th colspan="4">第二十条第（八）项</th></tr><tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>')
    lab, v = rows[6]
    h.append(f'<tr><td>{lab}</td><td colspan="3">{v[0]}</td></tr></table>')
    return "\n".join(h)


def table4(fy: list[int], ss1: list[int], ss2: list[int]) -> str:
    """Each list: 维持, 纠正, 其他结果, 尚未审结 (the total is computed)."""
    def blk(v):
        return v + [sum(v)]

    h = ['<table class="nb-table" border="1" cellspacing="0"><tr><th colspan="5" rowspan="2">行政复议</th><th colspan="10">行政诉讼</th></tr>',
         '<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>',
         "<tr>" + "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "</tr>",
         "<tr>" + "".join(f"<td>{x}</td>" for x in blk(fy) + blk(ss1) + blk(ss2)) + "</tr></table>"]
    return "\n".join(h)


def old_table(v: dict[str, int]) -> str:
    rows = [
        ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", v["zd"]),
        ("其中：主动公开规范性文件数", "条", v["gf"]), ("制发规范性文件总数", "件", v["gf"]),
        ("（二）通过不同渠道和方式公开政府信息的情况", "", ""), ("1.政府公报公开政府信息数", "条", 0),
        ("2.政府网站公开政府信息数", "条", v["wz"]), ("3.政务微博公开政府信息数", "条", v["wb"]),
        ("4.政务微信公开政府信息数", "条", v["wx"]), ("5.其他方式公开政府信息数", "条", 0),
        ("二、回应解读情况", "", ""), ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", v["hy"]),
        ("（二）通过不同方式回应解读的情况", "", ""), ("1.参加或举办新闻发布会总次数", "次", v["fb"]),
        ("其中：主要负责同志参加新闻发布会次数", "次", 1), ("2.政府网站在线访谈次数", "次", v["ft"]),
        ("3.政策解读稿件发布数", "篇", v["jd"]),
        ("三、依申请公开情况", "", ""), ("（一）收到申请数", "件", v["sq"]), ("1.当面申请数", "件", v["dm"]),
        ("2.传真申请数", "件", 0), ("3.网络申请数", "件", v["sq"] - v["dm"]), ("4.信函申请数", "件", 0),
        ("（二）申请办结数", "件", v["sq"]), ("1.按时办结数", "件", v["sq"]), ("2.延期办结数", "件", 0),
        ("四、行政复议数量", "件", 0), ("五、行政诉讼数量", "件", 0),
        ("六、因政府信息公开工作被举报投诉数量", "件", 0), ("七、依申请公开信息收取的费用", "万元", 0),
        ("八、机构建设和保障经费情况", "", ""), ("（一）政府信息公开工作专门机构数", "个", 1),
        ("（二）设置政府信息公开查阅点数", "个", v["cyd"]), ("（三）从事政府信息公开工作人员数", "人", v["ry"]),
    ]
    h = ['<table class="nb-table" border="1" cellspacing="0"><tr><th>统计指标</th><th>单位</th><th>统计数</th></tr>']
    h += [f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows]
    return "\n".join(h) + "</table>"


def summary_len(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


# ---------------------------------------------------------------------------------------------
# page shells
# ---------------------------------------------------------------------------------------------
LX = "/cms/html/lxxrmzf"
LX_CSS = "/cms/templates/lxxrmzf/css/main.css"
LX_JS = "/cms/templates/lxxrmzf/js/common.js"
LX_COLS = {
    "lxyw": "澜溪要闻", "tzgg": "通知公告", "zcwj": "政策文件", "zcjd": "政策解读", "cwhy": "常务会议",
    "gsgg": "公示公告", "ndbg": "政府信息公开年报", "bmfw": "便民服务", "zwxmt": "政务新媒体",
}


def lx_shell(title: str, body: str, head_extra: str = "", foot_extra: str = "", crumb: str = "") -> str:
    nav = """<div class="nav"><ul>
<li><a href="/">首页</a></li>
<li><a href="/cms/html/lxxrmzf/lxyw/index.html">新闻中心</a><ul class="nav-sub"><li><a href="/cms/html/lxxrmzf/lxyw/index.html">澜溪要闻</a></li><li><a href="/cms/html/lxxrmzf/tzgg/index.html">通知公告</a></li></ul></li>
<li><a href="/cms/html/lxxrmzf/zcwj/index.html">政务公开</a><ul class="nav-sub"><li><a href="/cms/html/lxxrmzf/zcwj/index.html">政策文件</a></li><li><a href="/cms/html/lxxrmzf/zcjd/index.html">政策解读</a></li><li><a href="/cms/html/lxxrmzf/cwhy/index.html">常务会议</a></li><li><a href="/cms/html/lxxrmzf/gsgg/index.html">公示公告</a></li><li><a href="/cms/html/lxxrmzf/ndbg/index.html">政府信息公开年报</a></li></ul></li>
<li><a href="/cms/html/lxxrmzf/bmfw/index.html">便民服务</a></li>
<li><a href="/cms/html/lxxrmzf/zwxmt/index.html">政务新媒体</a></li>
</ul></div>"""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="澜溪县人民政府">
<meta name="SiteDomain" content="www.lanxi.gov.cn">
<meta name="SiteIDCode" content="3507260003">
<title>{title}_澜溪县人民政府</title>
<link rel="stylesheet" href="{LX_CSS}">
{head_extra}</head>
<body>
<div class="lx-top"><span>福建省建川市澜溪县人民政府门户网站</span> <a href="/cms/html/lxxrmzf/zwxmt/index.html">政务新媒体</a> <a href="/cms/rss/lxfb.xml">RSS</a></div>
<div class="lx-head"><a href="/"><img src="/cms/templates/lxxrmzf/images/logo.png" alt="澜溪县人民政府" width="420" height="80"></a></div>
{nav}
<div class="lx-main">{crumb}
{body}
</div>
<div class="lx-foot">
<p><a href="/cms/html/lxxrmzf/wzdt/index.html">网站地图</a> | <a href="/cms/html/lxxrmzf/lxwm/index.html">联系我们</a></p>
<p>主办单位：澜溪县人民政府办公室　承办：澜溪县融媒体中心　地址：澜溪县城关镇府前路1号　电话：0599-7726110</p>
<p>网站标识码：3507260003　<a href="https://beian.miit.gov.cn/">闽ICP备05031286号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35072602000117"><img src="/cms/templates/lxxrmzf/images/ga.png" alt="">闽公网安备 35072602000117号</a></p>
<p><a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3507260003"><img src="/cms/templates/lxxrmzf/images/zc.png" alt="政府网站找错"></a> <a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A7D2F11"><img src="/cms/templates/lxxrmzf/images/dzjg.png" alt="党政机关"></a></p>
{foot_extra}</div>
<script src="{LX_JS}"></script>
</body>
</html>
"""


def lx_crumb(col: str) -> str:
    return f'<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="{LX}/{col}/index.html">{LX_COLS[col]}</a></div>'


def lx_article(col, title, pub, source, paras, meta=None, extra_body="", head_extra="", foot_extra=""):
    info = f'<div class="art-info"><span>发布时间：{pub}</span><span>来源：{source}</span><span>字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a></span></div>'
    mt = ""
    if meta:
        mt = '<table class="xxgk-meta">' + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in meta) + "</table>"
    content = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    body = f'<div class="art">{mt}<h1 class="art-title">{title}</h1>{info}<div class="art-con" id="zoom">\n{content}\n</div>{extra_body}</div>'
    return lx_shell(title, body, head_extra=head_extra, foot_extra=foot_extra, crumb=lx_crumb(col))


def lx_list(col, items, extra="", head_extra="", foot_extra="", after=""):
    lis = "\n".join(f'<li><a href="{u}" title="{t}" target="_blank">{t}</a><span class="date">{dt}</span></li>' for u, t, dt in items)
    body = f'<div class="list-box"><div class="list-tit">{LX_COLS[col]}</div><ul class="list">\n{lis}\n</ul>{extra}<div class="page">共{len(items)}条　首页　上一页　下一页　尾页</div></div>{after}'
    return lx_shell(LX_COLS[col], body, head_extra=head_extra, foot_extra=foot_extra, crumb=lx_crumb(col))


ZR_JS = "/script/0/lxzrzy.js"
ZR_CSS = "/images/zrzy2023/style.css"
ZR_COLS = {4521: "工作动态", 4522: "通知公告", 4523: "政策文件", 4524: "政策解读", 4525: "会议发布", 4526: "公示公告",
           4527: "政府信息公开年报", 4528: "政务新媒体"}


def zr_shell(title, body, head_extra="", foot_extra=""):
    nav = "".join(f'<a href="/col/col{k}/index.html">{v}</a>' for k, v in ZR_COLS.items())
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="澜溪县自然资源局">
<meta name="ColumnName" content="{title}">
<title>{title} 澜溪县自然资源局</title>
<link href="{ZR_CSS}" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/script/0/jquery.js"></script>
{head_extra}</head>
<body>
<div class="zr-top"><div class="w1200"><span>欢迎访问澜溪县自然资源局网站</span><span class="zr-mnav"><a href="/col/col4521/index.html">动态</a><a href="/col/col4522/index.html">通知</a><a href="/col/col4523/index.html">文件</a></span></div></div>
<div class="zr-banner"><img src="/images/zrzy2023/banner.png" alt="澜溪县自然资源局" width="1200" height="120"></div>
<div class="zr-nav"><a href="/">首页</a>{nav}</div>
<a class="skip-main" href="#zr-main">跳转到主要内容区域</a>
<div class="w1200" id="zr-main">
{body}
</div>
<div class="zr-foot">
<p>主办：澜溪县自然资源局　地址：澜溪县城关镇建设路88号　联系电话：0599-7730528　邮编：354400</p>
<p>网站标识码：3507260021　<a href="https://beian.miit.gov.cn/">闽ICP备05031286号-7</a>　<img src="/images/zrzy2023/ga.png" alt="">闽公网安备 35072602000203号</p>
<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A7D3E20"><img src="/images/zrzy2023/dzjg.png" alt="党政机关"></a>　技术支持：大汉网络</p>
{foot_extra}</div>
<script type="text/javascript" src="{ZR_JS}"></script>
</body>
</html>
"""


def zr_art_url(col, dt: date, n):
    return f"/art/{dt.year}/{dt.month}/{dt.day}/art_{col}_{n}.html"


def zr_article(col, title, pub, source, paras, extra_body="", meta=None, head_extra=""):
    mt = ""
    if meta:
        mt = '<table class="xxgk_table" width="100%">' + "".join(f"<tr><td class=\"t\">{k}：</td><td>{v}</td></tr>" for k, v in meta) + "</table>"
    content = "\n".join(p if p.startswith("<") else f'<p style="text-indent:2em;">{p}</p>' for p in paras)
    body = f"""<div class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{col}/index.html">{ZR_COLS[col]}</a></div>
{mt}<table width="100%" class="art-table"><tr><td class="title">{title}</td></tr>
<tr><td class="info">发布日期：{pub}　信息来源：{source}　浏览次数：<span id="c">--</span></td></tr>
<tr><td><div id="zoom">
{content}
</div>{extra_body}</td></tr></table>"""
    return zr_shell(title, body, head_extra=head_extra)


def zr_list(col, items, extra="", head_extra=""):
    recs = "\n".join(f'<record><![CDATA[<li><a href="{u}" title="{t}" target="_blank">{t}</a><span class="bt-data-time">{dt}</span></li>]]></record>'
                     for u, t, dt in items)
    body = f"""<div class="bt-position">当前位置：<a href="/">首页</a> &gt; {ZR_COLS[col]}</div>
<div class="list-title">{ZR_COLS[col]}</div>
<div id="{col}"><script type="text/xml"><datastore>
<nextgroup><![CDATA[]]></nextgroup>
<recordset>
{recs}
</recordset></datastore></script>
<ul class="bt-list" data-col="{col}"></ul></div>{extra}"""
    return zr_shell(ZR_COLS[col], body, head_extra=head_extra)


ST_CSS = "/App_Themes/Default/site.css"
ST_COLS = {11: "镇务动态", 12: "通知公告", 13: "公示公告", 14: "信息公开年报", 15: "石塘发布"}


def st_vs(seed: str) -> str:
    import hashlib
    import base64
    return "/wEPDwUK" + base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()[:80] + "ZGQ="


def st_shell(title, body, action, foot=None, head_extra=""):
    nav = "".join(f'<li><a href="/News/List.aspx/{k}/">{v}</a></li>' for k, v in ST_COLS.items())
    foot = foot if foot is not None else """<p>主办单位：澜溪县石塘镇人民政府　地址：澜溪县石塘镇石塘街56号　联系电话：0599-7851002</p>
<p><a href="https://beian.miit.gov.cn/">闽ICP备17020934号-1</a>　<a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3507260047">我为政府网站找错</a></p>"""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{title} - 澜溪县石塘镇人民政府
</title><link href="{ST_CSS}" type="text/css" rel="stylesheet" />{head_extra}</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{st_vs(action)}" />
</div>
<div id="header"><h1>澜溪县石塘镇人民政府</h1></div>
<div id="menu"><ul><li><a href="/">网站首页</a></li>{nav}</ul></div>
<div id="ctl00_divMain" class="main">
{body}
</div>
<div id="footer">
{foot}
</div>
<div>
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{st_vs(action + 'ev')[:40]}" />
</div></form>
</body>
</html>
"""


def st_show(sid, cls, title, pub: str, paras, author="石塘镇党政办", extra=""):
    content = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    body = f"""<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/News/List.aspx/{cls}/">{ST_COLS[cls]}</a></div>
<div class="show">
<h2><span id="ctl00_ContentPlaceHolder1_lblTitle">{title}</span></h2>
<div class="showinfo">作者：<span id="ctl00_ContentPlaceHolder1_lblAuthor">{author}</span>　发布时间：<span id="ctl00_ContentPlaceHolder1_lblDate">{pub}</span>　点击：<span id="ctl00_ContentPlaceHolder1_lblHits">{(sid * 37) % 900 + 60}</span></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="content">
{content}
</div>{extra}
</div>"""
    return st_shell(title, body, f"./Show.aspx?id={sid}")


def st_list(cls, items, extra=""):
    rows = "\n".join(f'<tr><td class="t"><a id="ctl00_ContentPlaceHolder1_gvNews_ctl{i + 2:02d}_hlTitle" href="{u}">{t}</a></td><td class="d">{dt}</td></tr>'
                     for i, (u, t, dt) in enumerate(items))
    body = f"""<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; {ST_COLS[cls]}</div>
<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvNews" style="border-collapse:collapse;">
<tr><th scope="col">标题</th><th scope="col">发布日期</th></tr>
{rows}
</table>
<div class="pager">共{len(items)}条记录 第1/1页 <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','2')">下一页</a></div>{extra}"""
    return st_shell(ST_COLS[cls], body, f"./List.aspx?classid={cls}")


def st_url(sid):
    return f"/News/Show.aspx/{sid}/"


# ---------------------------------------------------------------------------------------------
# spam (hidden links) – their anchors are gambling words: tolerated as text and as outside links
# ---------------------------------------------------------------------------------------------
def spam(site, page, url, why):
    find(site, "link.hidden", page, url, why)
    tolerate(site, ["link.external_no_notice"], page, "the hidden spam link is also an outside link without notice", url)
    tolerate(site, ["text.sensitive", "text.typo"], page, "the hidden spam link's anchor text (gambling words)")


def rfc822(dt: datetime) -> str:
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0800")


def rss(title, link, items, last_build: datetime | None = None):
    lb = f"<lastBuildDate>{rfc822(last_build)}</lastBuildDate>\n" if last_build else ""
    its = "\n".join(f"<item><title>{t}</title><link>{link}#{i}</link><pubDate>{rfc822(dt)}</pubDate><description>{t}</description></item>"
                    for i, (t, dt) in enumerate(items))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>{link}</link><description>{title}</description><language>zh-cn</language>
{lb}{its}
</channel></rss>
"""


def atom(title, link, items):
    newest = max(dt for _, dt in items)
    es = "\n".join(f"<entry><title>{t}</title><link href=\"{link}#{i}\"/><id>tag:lxzrzy,{dt:%Y-%m-%d}:{i}</id><updated>{dt:%Y-%m-%dT%H:%M:%S}+08:00</updated><summary>{t}</summary></entry>"
                   for i, (t, dt) in enumerate(items))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><link href="{link}"/><id>tag:lxzrzy,2019:feed</id>
<updated>{newest:%Y-%m-%dT%H:%M:%S}+08:00</updated>
{es}
</feed>
"""


def dt(s: str, hm: str = "09:30") -> datetime:
    return datetime.fromisoformat(f"{s}T{hm}:00")


# =============================================================================================
# Site 1: lanxi — county portal on the province intensive platform
# =============================================================================================
def build_lanxi():
    S = "lanxi"
    a = lambda day, n: f"{LX}/{day}/{n}.html"  # noqa: E731
    put(S, "/cms/templates/lxxrmzf/images/logo.png", PNG)
    put(S, "/cms/templates/lxxrmzf/images/ga.png", PNG)
    put(S, "/cms/templates/lxxrmzf/images/zc.png", PNG)
    put(S, "/cms/templates/lxxrmzf/images/dzjg.png", PNG)
    put(S, LX_CSS, """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;background:#ffffff;color:#333}
a{color:#1b4f93;text-decoration:none}
.lx-top{background:#f2f5f9;height:32px;padding:0 20px}
.nav ul{list-style:none;margin:0;padding:0;background:#1b4f93}
.nav>ul>li{display:inline-block;position:relative}
.nav>ul>li>a{color:#fff;padding:0 24px;line-height:46px}
.nav .nav-sub{display:none;position:absolute;top:46px;left:0;background:#fff;border:1px solid #ddd;width:160px}
.nav li:hover .nav-sub{display:block}
.lx-main{width:1200px;margin:0 auto;min-height:500px}
.tab-con{display:none}.tab-con.on{display:block}
.bm-drop{position:relative;display:inline-block}
.bm-drop .bm-list{display:none;position:absolute;bottom:30px;left:0;background:#fff;border:1px solid #ccc}
.bm-drop:hover .bm-list{display:block}
.lx-foot{background:#1b4f93;color:#dfe8f5;text-align:center;padding:16px 0;font-size:13px}
.lx-foot a{color:#dfe8f5}
.lx-fl-ext{display:none}
.list li{border-bottom:1px dashed #ddd;line-height:38px}.list .date{float:right;color:#999}
.xxgk-meta{width:100%;border-collapse:collapse;background:#f7f9fc}.xxgk-meta th{width:120px;text-align:right}
.nb-table td,.nb-table th{padding:2px 6px;font-size:12px}
.zxft{background:#f7f7f7;padding:10px}
""")
    put(S, LX_JS, """function doZoom(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}
(function(){var tabs=document.querySelectorAll('.tab-hd li');tabs.forEach(function(li,i){li.onmouseover=function(){
document.querySelectorAll('.tab-con').forEach(function(c,j){c.className=j===i?'tab-con on':'tab-con';});};});})();
""")

    # ---------------- news ----------------
    news = []
    p = a("2025-12-09", 1913207)
    put(S, p, lx_article("lxyw", "县领导带队督导冬季安全生产和燃气安全工作", "2025-12-09 17:42", "县应急管理局", [
        "12月9日，副县长陈立新带队深入城关镇、溪口镇部分餐饮场所和液化气储配站，督导检查冬季安全生产和燃气安全工作。",
        "在城关镇美食街，督导组逐一查看燃气管道、阀门和通风设施，要求经营户尽快按装可燃气体报警装置，落实专人值守。在液化气储配站，督导组详细了解气瓶充装登记、钢瓶检验和配送管理情况。",
        "陈立新强调，岁末年初是安全事故易发多发期，各乡镇、各有关部门要压实属地责任和行业监管责任，对排查发现的隐患建立清单、限期整改，坚决防范遏制各类事故发生。",
    ]))
    news.append((p, "县领导带队督导冬季安全生产和燃气安全工作", "2025-12-09"))
    find(S, "text.typo", p, "按装", "错别字：按装→安装（默认词库）", alt=["text.sensitive"])

    p = a("2025-12-04", 1912766)
    put(S, p, lx_article("lxyw", "我县召开秋冬季森林防灭火工作部署会", "2025-12-04 10:15", "县林业局", [
        "12月2日下午，全县秋冬季森林防灭火工作部署会在县政府第一会议室召开。会议传达学习了省、市森林防灭火工作电视电话会议精神，通报了今年以来全县森林火情情况。",
        "会议要求，各乡镇要把森林防灭火工作当做为民办实事的重要内容来抓，严格落实野外火源管控，加强重点时段、重点部位巡查值守，确保不发生重大森林火灾。",
    ]))
    news.append((p, "我县召开秋冬季森林防灭火工作部署会", "2025-12-04"))
    decoy(S, ["meeting.late"], p, "meeting reported 2 days after it was held")
    decoy(S, ["text.typo", "text.sensitive"], p, "correct phrase containing a lexicon word (当做+为民)")

    p = a("2025-11-26", 1911480)
    put(S, p, lx_article("lxyw", "县农业农村局开展冬春农田水利建设专项督导", "2025-11-26 16:08", "县农业农村局", [
        "11月25日，县农业农村局组成专项督导组赴石塘乡、黄坑镇等地，实地查看高标准农田建设项目和冬春农田水利设施修复进度。",
        "督导组要求，项目施工单位要科学安排工期，严把工程质量关，确保明年春耕前完成渠道清淤和机耕路修复任务。",
    ]))
    news.append((p, "县农业农村局开展冬春农田水利建设专项督导", "2025-11-26"))
    find(S, "text.typo", p, "石塘乡", "旧称：石塘乡已于2019年撤乡设镇，应为石塘镇（站点词库）", alt=["text.sensitive"])

    p = a("2025-11-18", 1910352)
    put(S, p, lx_article("lxyw", "澜溪县举办2025年海峡两岸茶文化交流活动", "2025-11-18 18:30", "县委台港澳办", [
        "11月17日，2025年海峡两岸茶文化交流活动在澜溪县茶博园举行，来自台湾地区的30余名茶农、茶商与我县茶企代表围绕茶叶种植、制茶工艺和品牌营销开展交流。",
        "座谈中，有台胞谈到受台湾总统选举后岛内市场变化影响，希望进一步拓展在大陆的销售渠道。县委台港澳办负责人介绍了我县支持台胞台企来澜溪发展的各项政策措施。",
        "活动期间，台湾同胞还参观了县茶叶科技小院和白茶非遗工坊。",
    ]))
    news.append((p, "澜溪县举办2025年海峡两岸茶文化交流活动", "2025-11-18"))
    find(S, "text.sensitive", p, "台湾总统", "严重表述错误：应称台湾地区领导人（默认词库）", alt=["text.typo"])

    p = a("2025-11-12", 1909811)
    spam_url = "https://www.bet365-tiyu.net/"
    put(S, p, lx_article("lxyw", "全县冬季征兵体检工作顺利完成", "2025-11-12 11:20", "县人武部", [
        "11月10日至11日，全县2026年上半年征兵体检工作在县医院体检站进行，共有来自各乡镇的216名应征青年参加体检。",
        "体检站严格按照体检标准和工作流程，实行封闭式管理，确保体检工作公平公正。",
        f'<p style="position:absolute;left:-6000px;top:-500px;"><a href="{spam_url}">体育投注官网</a></p>',
    ]))
    news.append((p, "全县冬季征兵体检工作顺利完成", "2025-11-12"))
    spam(S, p, spam_url, "暗链：段落被移出屏幕（position:absolute;left:-6000px）")

    p = a("2025-11-05", 1908905)
    put(S, p, lx_article("lxyw", "我县入选省级数字乡村建设试点县", "2025-11-05 09:40", "县委网信办", [
        "近日，省委网信办等部门公布第二批省级数字乡村建设试点名单，澜溪县成功入选。",
        "据东南网报道，试点期间我县将重点推进农村宽带网络提质、乡村治理数字化和农产品电商直播基地建设。相关报道详见：<a href=\"http://www.fjsen.com/\" target=\"_blank\">东南网</a>。",
        "下一步，我县将坚持既使用好省级试点资金，又用活县级配套资金，推动数字技术与乡村产业深度融合。",
    ]))
    news.append((p, "我县入选省级数字乡村建设试点县", "2025-11-05"))
    find(S, "link.external_no_notice", p, "http://www.fjsen.com/", "外链无离开本站提示（正文中的东南网链接）")
    decoy(S, ["text.typo", "text.sensitive"], p, "correct phrase containing a lexicon word (既使用好…又…)")

    p = a("2025-10-28", 1907702)
    put(S, p, lx_article("lxyw", "澜溪县残疾人联合会开展“送辅具上门”活动", "2025-10-28 15:12", "县残联", [
        "10月下旬，县残疾人联合会联合县康复医院开展“送辅具上门”活动，为行动不便的残疾人送去轮椅、助行器等辅助器具86件。",
        "活动中，工作人员还为残疾人家庭提供康复指导和政策咨询，帮助他们解决实际困难。",
    ]))
    news.append((p, "澜溪县残疾人联合会开展“送辅具上门”活动", "2025-10-28"))
    decoy(S, ["text.sensitive", "text.typo"], p, "correct wording 残疾人 (near a lexicon word)")
    put(S, f"{LX}/lxyw/index.html", lx_list("lxyw", news))

    # ---------------- notices ----------------
    tz = []
    p = a("2025-12-05", 1912901)
    put(S, p, lx_article("tzgg", "关于城区部分路段计划停水的通知", "2025-12-05 08:50", "县自来水公司", [
        "因城区供水管网改造施工需要，定于2025年12月8日（星期一）8:00至18:00对府前路、滨江路部分路段暂停供水，届时请沿线居民做好储水准备。",
        "如有疑问，请拨打供水服务热线：0599-7723356，或拨打12345政务服务便民热线。工单编号：LX20251205003。",
        "特此通知。",
    ]))
    tz.append((p, "关于城区部分路段计划停水的通知", "2025-12-05"))
    decoy(S, ["privacy.phone"], p, "landline and 12345 hotline in a notice", "0599-7723356")

    p = a("2025-11-20", 1910706)
    put(S, p, lx_article("tzgg", "关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知", "2025-11-20 10:02", "县医疗保障局", [
        "各乡（镇）人民政府，县直有关单位：",
        "2026年度城乡居民基本医疗保险集中参保缴费工作已经启动。各乡镇、各有关单位要一如继往地做好参保动员，确保应保尽保。",
        "参保人员可通过闽政通APP、国家医保服务平台或到户籍所在地乡镇便民服务中心办理缴费。个人缴费标准为每人每年400元。",
        "澜溪县医疗保障局　2025年11月20日",
    ]))
    tz.append((p, "关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知", "2025-11-20"))
    find(S, "text.typo", p, "一如继往", "错别字：一如继往→一如既往（默认词库）", alt=["text.sensitive"])

    p = a("2025-10-20", 1906633)
    put(S, p, lx_article("tzgg", "关于召开全县2025年冬春农田水利基本建设现场会的通知", "2025-10-20 16:30", "县政府办", [
        "各乡（镇）人民政府，县直有关单位：",
        "经县政府研究，定于2025年10月24日（星期五）上午9:00在黄坑镇召开全县2025年冬春农田水利基本建设现场会。请各乡镇分管领导、县直有关单位主要负责同志准时参加。",
        "联系人：县农业农村局农田建设股，电话：0599-7728031。",
    ]))
    tz.append((p, "关于召开全县2025年冬春农田水利基本建设现场会的通知", "2025-10-20"))
    decoy(S, ["meeting.late"], p, "notice of a future meeting (published before it is held)")
    hide3 = "http://www.hg1088-ty.cc/"
    put(S, f"{LX}/tzgg/index.html", lx_list("tzgg", tz, after=(
        "<script type=\"text/javascript\">document.write('<div id=\"lx-tj\" style=\"display:none\"><a href=\"" + hide3 + "\">皇冠体育</a></div>');</script>")))
    spam(S, f"{LX}/tzgg/index.html", hide3, "暗链：由脚本 document.write 注入的 display:none 块")

    # ---------------- policies and interpretations ----------------
    pol = [
        # key, title, doc number, made, pub, interp pub or None, doc->interp link, interp->doc link
        ("p1", "澜溪县人民政府关于印发《澜溪县城区老旧小区改造实施方案（2025—2027年）》的通知", "澜政〔2025〕31号", "2025-09-26", "2025-09-30", "2025-10-10", True, True),
        ("p2", "澜溪县人民政府办公室关于印发《澜溪县支持茶产业高质量发展若干措施》的通知", "澜政办〔2025〕58号", "2025-10-09", "2025-10-10", "2025-10-15", True, True),
        ("p3", "澜溪县人民政府关于调整城乡居民最低生活保障标准的通知", "澜政〔2025〕36号", "2025-10-31", "2025-11-04", None, False, False),
        ("p4", "澜溪县人民政府办公室关于印发《澜溪县农村生活垃圾分类处理工作方案》的通知", "澜政办〔2025〕63号", "2025-11-10", "2025-11-12", "2025-11-12", False, True),
        ("p5", "澜溪县人民政府关于印发《澜溪县城市管理综合执法事项目录》的通知", "澜政〔2025〕38号", "2025-10-28", "2025-11-21", "2025-11-24", True, True),
        ("p6", "澜溪县人民政府办公室关于进一步做好稳就业工作的通知", "澜政办〔2025〕70号", "2025-11-28", "2025-12-01", "2025-12-04", True, True),
    ]
    pol_ids = {"p1": 1904118, "p2": 1904517, "p3": 1909002, "p4": 1909986, "p5": 1911205, "p6": 1912030}
    jd_ids = {"p1": 1904991, "p2": 1905607, "p4": 1909990, "p5": 1911602, "p6": 1912611}
    bodies = {
        "p1": ["为加快推进城区老旧小区改造，改善居民居住条件，县政府制定了《澜溪县城区老旧小区改造实施方案（2025—2027年）》，现印发给你们，请认真贯彻执行。",
               "方案明确，到2027年底完成2000年底前建成的42个老旧小区改造任务，重点实施水电气管网更新、加装电梯、增设停车位和充电设施等项目。"],
        "p2": ["为做大做强茶产业，推动茶产业全链条升级，经县政府同意，现将《澜溪县支持茶产业高质量发展若干措施》印发给你们，请结合实际抓好落实。",
               "措施共十二条，涵盖茶园提质改造、茶企技改、品牌培育、茶旅融合和人才引进等方面，自印发之日起施行，有效期三年。"],
        "p3": ["根据省、市关于城乡低保标准调整的有关要求，经县政府研究，决定自2025年11月1日起调整我县城乡居民最低生活保障标准。",
               "城市低保标准由每人每月820元提高到850元，农村低保标准由每人每月760元提高到790元。各乡镇要及时做好资金发放工作。"],
        "p4": ["为推进农村生活垃圾分类减量和资源化利用，县政府办公室制定了《澜溪县农村生活垃圾分类处理工作方案》，现印发给你们，请认真组织实施。",
               "方案提出，到2026年底，全县农村生活垃圾分类覆盖率达到90%以上，资源化利用率达到60%以上。"],
        "p5": ["为规范城市管理综合行政执法，根据有关法律法规规定，县政府梳理编制了《澜溪县城市管理综合执法事项目录》，现予印发。",
               "目录共列入执法事项312项，由县城市管理局以自己的名义统一行使，原有关部门不再行使。"],
        "p6": ["为深入落实就业优先政策，进一步稳定和扩大就业，经县政府同意，现就有关事项通知如下。",
               "一是加大援企稳岗力度；二是拓宽高校毕业生等青年就业渠道；三是强化困难群体就业兜底帮扶；四是优化就业公共服务。"],
    }
    jd_bodies = {
        "p1": "本方案主要包括总体要求、改造内容、实施步骤和保障措施四个部分，明确了基础类、完善类、提升类三类改造内容及资金筹措渠道。",
        "p2": "《若干措施》聚焦茶产业发展中的突出问题，从茶园、茶企、茶品牌三个层面提出支持政策，并明确了各项奖补的申报条件和兑现程序。",
        "p4": "《工作方案》按照“户分类、村收集、镇转运、县处理”的模式，明确了分类标准、设施建设要求和各乡镇、各部门职责分工。",
        "p5": "澜溪自治县范围内的城市管理执法事项，今后统一由县城市管理局集中行使。《目录》的出台明确了综合执法的边界，解决了多头执法、重复执法问题。",
        "p6": "《通知》围绕稳岗、扩岗、兜底、服务四个方面提出十项具体举措，明确了一次性扩岗补助、见习补贴等政策的标准和申领方式。",
    }
    JT = {"p1": "《澜溪县城区老旧小区改造实施方案（2025—2027年）》政策解读", "p2": "《澜溪县支持茶产业高质量发展若干措施》政策解读",
          "p4": "《澜溪县农村生活垃圾分类处理工作方案》政策解读", "p5": "《澜溪县城市管理综合执法事项目录》政策解读",
          "p6": "《关于进一步做好稳就业工作的通知》政策解读", "p3": ""}
    zcwj, zcjd = [], []
    for key, title, num, made, pub, jpub, d2j, j2d in pol:
        pu = a(pub, pol_ids[key])
        ju = a(jpub, jd_ids[key]) if jpub else None
        jtitle = JT[key]
        extra = f'<div class="xgjd">相关解读：<a href="{ju}">{jtitle}</a></div>' if (ju and d2j) else ""
        meta = [("索引号", f"003536{pol_ids[key] % 10000:04d}/2025-{pol_ids[key] % 1000:05d}"), ("发布机构", "澜溪县人民政府" if "办公室" not in title else "澜溪县人民政府办公室"),
                ("成文日期", made), ("发布日期", pub), ("文号", num), ("主题分类", "综合政务")]
        put(S, pu, lx_article("zcwj", title, f"{pub} 16:00", "县政府办", bodies[key] + [f"澜溪县人民政府<br>{made[:4]}年{int(made[5:7])}月{int(made[8:])}日", "（此件主动公开）"], meta=meta, extra_body=extra))
        zcwj.append((pu, title, pub))
        if ju:
            back = f'<div class="xgwj">相关文件：<a href="{pu}">{title}</a></div>' if j2d else ""
            put(S, ju, lx_article("zcjd", jtitle, f"{jpub} 17:10", "县政府办", [
                f"近日，{'县政府办公室' if '办公室' in title else '县政府'}印发了{JT[key].replace('政策解读', '')}（{num}）。现就有关内容解读如下。",
                "一、出台背景", jd_bodies[key], "二、主要内容", "文件共分为若干部分，明确了目标任务、重点举措和保障措施，各乡镇、各部门要按照职责分工抓好落实。",
                "三、解读机关及解读人", "解读机关：澜溪县人民政府办公室　联系电话：0599-7726110"], extra_body=back))
            zcjd.append((ju, jtitle, jpub))
    # facts
    w = lambda k: workdays_after(d(next(x[4] for x in pol if x[0] == k)), d(next(x[5] for x in pol if x[0] == k)))  # noqa: E731
    assert w("p1") == 2 and (d("2025-10-10") - d("2025-09-30")).days == 10
    assert w("p2") == 4  # includes Saturday 2025-10-11, a 调休 workday
    assert sum(1 for i in range(1, 6) if (d("2025-10-10") + timedelta(days=i)).weekday() < 5) == 3  # Mon–Fri only: 3
    assert w("p5") == 1 and w("p6") == 3
    find(S, "interpretation.late", a("2025-10-15", jd_ids["p2"]), None, "解读晚于文件4个工作日（含10月11日调休上班日）", accept=[a("2025-10-10", pol_ids["p2"])])
    find(S, "interpretation.missing", a("2025-11-04", pol_ids["p3"]), None, "低保标准调整文件无解读")
    find(S, "interpretation.unlinked", a("2025-11-12", pol_ids["p4"]), None, "文件页未链接解读（解读页单向链接文件）", accept=[a("2025-11-12", jd_ids["p4"])])
    decoy(S, ["interpretation.late"], a("2025-10-10", jd_ids["p1"]), "interpretation 10 calendar days but 2 working days after (国庆假期)")
    decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], a("2025-11-21", pol_ids["p5"]), "成文日期 24 days before, published and interpreted within 1 working day")
    decoy(S, ["interpretation.late"], a("2025-12-04", jd_ids["p6"]), "interpretation exactly 3 working days after")
    decoy(S, ["interpretation.missing", "interpretation.unlinked"], a("2025-12-01", pol_ids["p6"]), "document linked both ways with its interpretation")
    find(S, "text.sensitive", a("2025-11-24", jd_ids["p5"]), "澜溪自治县", "行政区划表述错误：澜溪县非自治县（站点词库）", alt=["text.typo"])
    put(S, f"{LX}/zcwj/index.html", lx_list("zcwj", sorted(zcwj, key=lambda x: x[2], reverse=True)))
    zcjd_sorted = sorted(zcjd, key=lambda x: x[2], reverse=True)
    hide4 = "http://www.ly-qipai8.com/"
    put(S, f"{LX}/zcjd/index.html", lx_list("zcjd", zcjd_sorted, after=(
        f'<div class="zxft">在线访谈 | 图解政策 | <a href="{hide4}" style="color:#f7f7f7;font-size:12px;">乐游棋牌</a></div>')))
    spam(S, f"{LX}/zcjd/index.html", hide4, "暗链：链接颜色与所在区块背景色相同（#f7f7f7）")

    # ---------------- meetings ----------------
    mt = [
        # title, held text, held date, pub, id
        ("县政府第49次常务会议", "12月5日下午", "2025-12-05", "2025-12-06", 1912955),
        ("县政府第48次常务会议", "11月3日上午", "2025-11-03", "2025-11-20", 1910712),
        ("县政府第47次常务会议", "2025年10月16日上午", "2025-10-16", "2025-10-30", 1907905),
        ("县政府第38次常务会议", "12月27日上午", "2024-12-27", "2025-01-16", 1840337),
    ]
    topics = {
        1912955: ["会议传达学习了全省冬季安全生产电视电话会议精神，研究部署我县岁末年初安全防范工作。", "会议审议并原则通过《澜溪县2026年为民办实事项目计划（征求意见稿）》。"],
        1910712: ["会议听取了全县前三季度经济运行情况汇报，研究部署四季度重点工作。", "会议审议通过《澜溪县国有资产出租管理办法》，研究了城区学校扩容建设等事项。"],
        1907905: ["会议学习贯彻省、市关于防汛救灾工作的部署要求，研究灾后恢复重建工作。", "会议审议通过《澜溪县农村公路管护体制改革实施方案》。"],
        1840337: ["会议研究了2025年县级财政预算草案编制情况，部署元旦春节期间保供稳价工作。", "会议审议通过《澜溪县2025年重点项目建设计划》。"],
    }
    cw = []
    for title, held_txt, held, pub, n in mt:
        u = a(pub, n)
        put(S, u, lx_article("cwhy", title, f"{pub} 18:00", "县政府办", [
            f"{held_txt}，县长林振华主持召开县政府第{title[4:6]}次常务会议。副县长陈立新、黄美玲、吴建国，县政府党组成员出席会议。"] + topics[n] + ["县直有关单位主要负责同志列席会议。"]))
        cw.append((u, title, pub))
        lag = (d(pub) - d(held)).days
        if lag > 14:
            find(S, "meeting.late", u, None, f"会议{held}召开，{pub}发布，{lag}天" + ("（跨年，正文只写月日）" if held[:4] != pub[:4] else ""))
        else:
            decoy(S, ["meeting.late"], u, f"meeting published {lag} day(s) after it was held")
    assert sum(1 for f in FINDINGS if f["site"] == S and f["rule"] == "meeting.late") == 2
    put(S, f"{LX}/cwhy/index.html", lx_list("cwhy", cw))

    # ---------------- public notices (privacy) ----------------
    gs = []
    # G1: HTML table, one unmasked ID and one unmasked mobile
    id1 = raw_id(S, "350726", "19640913", 31)
    ph1 = raw_phone(S, "13859921647")
    p = a("2025-11-28", 1911902)
    rows = [("1", "城关镇", "李桂英", "350726********0528", "139****2085", "C级危房", "维修加固"),
            ("2", "黄坑镇", "王德福", id1, ph1, "D级危房", "拆除重建"),
            ("3", "溪口镇", "张秀兰", "3507261958****1641", "158****7310", "C级危房", "维修加固"),
            ("4", "石塘镇", "陈茂林", "350726*****0912**", "187****0346", "D级危房", "拆除重建")]
    tbl = '<table class="gs" border="1" cellspacing="0"><tr><th>序号</th><th>乡镇</th><th>户主姓名</th><th>身份证号码</th><th>联系电话</th><th>鉴定等级</th><th>改造方式</th></tr>' + \
        "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    put(S, p, lx_article("gsgg", "澜溪县2025年农村低收入群体等重点对象危房改造补助对象公示", "2025-11-28 09:00", "县住建局", [
        "根据农村危房改造工作有关要求，经农户申请、村级评议、乡镇审核、县级审批，现将2025年第三批农村危房改造补助对象予以公示。",
        tbl,
        "公示期为2025年11月28日至12月4日。如有异议，请在公示期内向县住建局村镇股反映（电话：0599-7731208）。",
    ]))
    gs.append((p, "澜溪县2025年农村低收入群体等重点对象危房改造补助对象公示", "2025-11-28"))
    find(S, "privacy.id_number", p, id_mask(id1), "公示表中未脱敏身份证号")
    find(S, "privacy.phone", p, ph_mask(ph1), "公示表中未脱敏手机号")
    decoy(S, ["privacy.id_number"], p, "masked ID numbers in the same table", "350726********0528")
    decoy(S, ["privacy.phone"], p, "masked mobile numbers in the same table", "139****2085")

    # G2: xlsx with two IDs and two mobiles
    id2 = raw_id(S, "350783", "19790422", 55)
    id3 = raw_id(S, "350726", "19711105", 72)
    ph2 = raw_phone(S, "15280996613")
    ph3 = raw_phone(S, "18965041288")
    xl = "/cms/uploadfiles/lxxrmzf/2025/11/20251114102231508.xlsx"
    put(S, xl, make_xlsx("澜溪县2025年第四季度公益性岗位拟安置人员名单", ["序号", "姓名", "性别", "身份证号", "联系电话", "安置单位", "岗位"], [
        [1, "吴春华", "女", "350726198203****21", "135****9012", "城关镇", "保洁"],
        [2, "郑国平", "男", id2, ph2, "黄坑镇", "护林"],
        [3, "林秀琴", "女", "3507**********0626", "152****3378", "溪口镇", "公共设施管护"],
        [4, "黄志强", "男", id3, ph3, "石塘镇", "河道巡查"],
        [5, "余美玉", "女", "350726197****0044", "0599-7858122", "县人社局", "公共服务"],
    ]))
    p = a("2025-11-14", 1910044)
    put(S, p, lx_article("gsgg", "澜溪县2025年第四季度公益性岗位拟安置人员公示", "2025-11-14 15:00", "县人社局", [
        "根据《福建省公益性岗位开发管理办法》有关规定，现将2025年第四季度公益性岗位拟安置人员名单予以公示，公示期5个工作日。",
        f'附件：<a href="{xl}">澜溪县2025年第四季度公益性岗位拟安置人员名单.xlsx</a>',
        "监督电话：0599-7726532（县人社局就业股）。",
    ]))
    gs.append((p, "澜溪县2025年第四季度公益性岗位拟安置人员公示", "2025-11-14"))
    for v, rule in ((id2, "privacy.id_number"), (id3, "privacy.id_number"), (ph2, "privacy.phone"), (ph3, "privacy.phone")):
        find(S, rule, xl, id_mask(v) if rule.endswith("id_number") else ph_mask(v), "xlsx 附件中未脱敏", accept=[p])
    decoy(S, ["privacy.phone"], xl, "landline of a unit in the spreadsheet", "0599-7858122")

    # G3: docx with one ID and one mobile
    id4 = raw_id(S, "350722", "19980716", 18)
    ph4 = raw_phone(S, "17750613925")
    dx = "/cms/uploadfiles/lxxrmzf/2025/11/20251103164512077.docx"
    put(S, dx, make_docx("澜溪县2025年公开招聘紧缺急需专业教师拟聘用人员名单", [
        "经笔试、面试、体检和考察，现将拟聘用人员名单公示如下："],
        ["序号", "姓名", "身份证号", "手机号码", "报考岗位", "总成绩"], [
        ["1", "刘思雨", "3507**********2024", "136****5587", "高中数学", "84.35"],
        ["2", "蔡文博", id4, ph4, "高中物理", "82.10"],
        ["3", "何佳琪", "352601199*********", "150****0921", "初中英语", "80.96"]],
        ["公示期：2025年11月3日至11月7日。监督电话：0599-7726251。", "准考证号：2025070312，报名序号：20251012000318。"]))
    p = a("2025-11-03", 1908512)
    put(S, p, lx_article("gsgg", "澜溪县2025年公开招聘紧缺急需专业教师拟聘用人员公示", "2025-11-03 17:30", "县教育局", [
        "根据招聘公告规定的程序，现将拟聘用人员名单予以公示。",
        f'附件：<a href="{dx}">拟聘用人员名单.docx</a>',
    ]))
    gs.append((p, "澜溪县2025年公开招聘紧缺急需专业教师拟聘用人员公示", "2025-11-03"))
    find(S, "privacy.id_number", dx, id_mask(id4), "docx 附件中未脱敏身份证号", accept=[p])
    find(S, "privacy.phone", dx, ph_mask(ph4), "docx 附件中未脱敏手机号", accept=[p])
    decoy(S, ["privacy.phone", "privacy.id_number"], dx, "exam ticket and registration numbers (10 and 14 digits)")

    # G4: decoy page: credit codes, wrong check digit, impossible date, bank account, order numbers
    p = a("2025-10-22", 1906901)
    wc = wrong_check("350726", "19850306", 47)
    bd = bad_date_id("350726", "19870230", 15)
    put(S, p, lx_article("gsgg", "澜溪县2025年度拟纳入失信联合惩戒名单企业的公示", "2025-10-22 10:30", "县发改局", [
        "根据社会信用体系建设有关规定，现将拟纳入失信联合惩戒名单的企业予以公示：",
        '<table border="1" cellspacing="0"><tr><th>企业名称</th><th>统一社会信用代码</th><th>法定代表人</th><th>决定文书号</th></tr>'
        '<tr><td>澜溪县鑫茂建材有限公司</td><td>91350726MA31YK8Q2L</td><td>周**</td><td>澜市监处罚〔2025〕118号</td></tr>'
        '<tr><td>澜溪县溪源农业开发专业合作社</td><td>93350726315402768X</td><td>叶**</td><td>澜市监处罚〔2025〕131号</td></tr>'
        '<tr><td>澜溪县宏达物流有限公司</td><td>913507263154027681</td><td>严**</td><td>澜税稽罚〔2025〕9号</td></tr></table>',
        f"另：原公示表中登记编号 {wc} 系录入错误，已作废；档案号 {bd} 对应档案已移交县档案馆。",
        "罚没款缴入账户：澜溪县财政局非税收入专户，账号 6217001830012345678，开户行：中国建设银行澜溪支行。缴款订单号 202510221398765432。",
        "联系电话：0599-7726620，传真：0599-7726621。",
    ]))
    gs.append((p, "澜溪县2025年度拟纳入失信联合惩戒名单企业的公示", "2025-10-22"))
    decoy(S, ["privacy.id_number"], p, "统一社会信用代码 (18 digits, one all-numeric)", "913507263154027681")
    decoy(S, ["privacy.id_number"], p, "18-digit number with a wrong check digit", wc)
    decoy(S, ["privacy.id_number"], p, "18-digit number with an impossible birth date (19870230)", bd)
    decoy(S, ["privacy.phone"], p, "bank account and order number containing mobile-like runs", "6217001830012345678")
    decoy(S, ["privacy.phone"], p, "landline and fax numbers", "0599-7726620")
    put(S, f"{LX}/gsgg/index.html", lx_list("gsgg", gs))

    # ---------------- services (external links) ----------------
    put(S, f"{LX}/bmfw/index.html", lx_shell("便民服务", """<div class="list-box"><div class="list-tit">便民服务</div>
<ul class="bmfw">
<li><a href="https://zwfw.fujian.gov.cn/" target="_blank">福建省网上办事大厅</a></li>
<li><a href="https://www.gov.cn/fuwu/" target="_blank">国务院客户端服务</a></li>
<li><a href="https://www.12306.cn/index/" target="_blank">铁路12306购票</a></li>
<li><a href="http://www.95598.cn/" target="_blank">国家电网网上营业厅</a></li>
<li><a href="https://www.ccb.com/" target="_blank" onclick="return confirm('您访问的链接即将离开“澜溪县人民政府”门户网站，是否继续？');">建设银行网上银行</a></li>
<li><a href="http://www.jianchuan.gov.cn/" target="_blank">建川市人民政府</a></li>
</ul></div>""", crumb=lx_crumb("bmfw")))
    bm = f"{LX}/bmfw/index.html"
    find(S, "link.external_no_notice", bm, "https://www.12306.cn/index/", "便民服务外链无提示")
    find(S, "link.external_no_notice", bm, "http://www.95598.cn/", "便民服务外链无提示")
    decoy(S, ["link.external_no_notice"], bm, "external link with its own leave-site confirm()", "https://www.ccb.com/")
    decoy(S, ["link.external_no_notice"], bm, "gov.cn links", "https://zwfw.fujian.gov.cn/")
    decoy(S, ["link.external_no_notice"], bm, "gov.cn links (city portal)", "http://www.jianchuan.gov.cn/")

    # ---------------- new media ----------------
    put(S, "/cms/rss/lxfb.xml", rss("澜溪发布", "http://www.lanxi.gov.cn/", [
        ("县领导带队督导冬季安全生产和燃气安全工作", dt("2025-12-09", "18:00")), ("我县召开秋冬季森林防灭火工作部署会", dt("2025-12-04")),
        ("县政府第49次常务会议召开", dt("2025-12-06")), ("2026年度城乡居民医保参保缴费开始啦", dt("2025-11-20"))]))
    put(S, "/cms/rss/lxrm.xml", rss("澜溪融媒", "http://www.lanxi.gov.cn/rm/", [
        ("【澜溪融媒】秋收季里话丰收", dt("2025-11-10")), ("【澜溪融媒】茶博园里茶香浓", dt("2025-11-02")),
        ("【澜溪融媒】重阳敬老暖人心", dt("2025-10-29"))], last_build=dt("2025-12-09", "23:00")))
    put(S, f"{LX}/zwxmt/lxwb/index.html", lx_shell("澜溪县政务微博", """<div class="wb-box"><div class="wb-head"><img src="/cms/templates/lxxrmzf/images/logo.png" alt="" width="60" height="60"> <b>@澜溪县政务微博</b> 认证：澜溪县人民政府办公室官方微博</div>
<ul class="wb-list">
<li><p>#澜溪冬季征兵# 2026年上半年征兵体检工作顺利完成，216名应征青年参加体检。</p><span class="wb-time">2025-11-15 10:22</span></li>
<li><p>#海峡两岸茶文化交流# 两岸茶人齐聚茶博园，以茶会友话发展。</p><span class="wb-time">2025-11-08 16:40</span></li>
<li><p>【提醒】城乡居民医保2026年度集中缴费期开始，请及时缴费。</p><span class="wb-time">2025-10-30 09:05</span></li>
</ul></div>""", crumb=lx_crumb("zwxmt")))
    put(S, f"{LX}/zwxmt/index.html", lx_shell("政务新媒体", f"""<div class="list-box"><div class="list-tit">政务新媒体</div>
<table class="xmt" border="1" cellspacing="0"><tr><th>名称</th><th>类型</th><th>主办单位</th><th>入口</th></tr>
<tr><td>澜溪发布</td><td>微信公众号</td><td>县委宣传部</td><td><a href="/cms/rss/lxfb.xml">订阅</a></td></tr>
<tr><td>澜溪县政务微博</td><td>微博</td><td>县政府办</td><td><a href="{LX}/zwxmt/lxwb/index.html">查看</a></td></tr>
<tr><td>澜溪融媒</td><td>微信公众号</td><td>县融媒体中心</td><td><a href="/cms/rss/lxrm.xml">订阅</a></td></tr>
</table></div>""", crumb=lx_crumb("zwxmt")))
    find(S, "newmedia.stale", "/cms/rss/lxrm.xml", None, "最新推送2025-11-10（30天），lastBuildDate 却是新的")
    find(S, "newmedia.stale", f"{LX}/zwxmt/lxwb/index.html", None, "微博页最新一条2025-11-15（25天）")
    decoy(S, ["newmedia.stale"], "/cms/rss/lxfb.xml", "fresh feed (newest 1 day old, items not in date order)")

    # ---------------- small pages ----------------
    put(S, f"{LX}/wzdt/index.html", lx_shell("网站地图", "<ul>" + "".join(f'<li><a href="{LX}/{k}/index.html">{v}</a></li>' for k, v in LX_COLS.items()) + "</ul>"))
    put(S, f"{LX}/lxwm/index.html", lx_shell("联系我们", "<p>澜溪县人民政府办公室　地址：澜溪县城关镇府前路1号　邮编：354400　电话：0599-7726110　传真：0599-7726112</p>"))

    # ---------------- annual reports ----------------
    build_lanxi_reports(S, a)

    # ---------------- homepage ----------------
    hide1 = "http://www.xpj8866-vip.com/"
    home_news = sorted(news, key=lambda x: x[2], reverse=True)[:6]
    lis = lambda items: "\n".join(f'<li><a href="{u}" title="{t}">{t}</a><span>{dt_[5:]}</span></li>' for u, t, dt_ in items)  # noqa: E731
    body = f"""<div class="home-yw"><div class="hd"><a href="{LX}/lxyw/index.html">澜溪要闻</a></div><ul class="list">
{lis(home_news)}
</ul></div>
<div class="home-tab"><ul class="tab-hd"><li class="on">通知公告</li><li>政策文件</li><li>常务会议</li></ul>
<div class="tab-con on"><ul class="list">{lis(tz)}</ul></div>
<div class="tab-con"><ul class="list">{lis(sorted(zcwj, key=lambda x: x[2], reverse=True)[:4])}</ul></div>
<div class="tab-con"><ul class="list">{lis(cw[:3])}</ul></div></div>
<div class="home-zt"><a href="{LX}/gsgg/index.html">公示公告</a> <a href="{LX}/ndbg/index.html">政府信息公开年报</a> <a href="{LX}/bmfw/index.html">便民服务</a> <a href="{LX}/zcjd/index.html">政策解读</a> <a href="{LX}/cwhy/index.html">常务会议</a></div>
<div class="home-links">友情链接：<div class="bm-drop"><span>省市政府网站</span><ul class="bm-list"><li><a href="http://www.fujian.gov.cn/">福建省人民政府</a></li><li><a href="http://www.jianchuan.gov.cn/">建川市人民政府</a></li></ul></div>
<div class="bm-drop"><span>县直部门网站</span><ul class="bm-list"><li><a href="http://zrzy.lanxi.gov.cn/">县自然资源局</a></li><li><a href="http://stz.lanxi.gov.cn/">石塘镇人民政府</a></li></ul></div>
<a href="https://www.gov.cn/">中国政府网</a></div>"""
    put(S, "/index.html", lx_shell("首页", body, foot_extra=f'<div class="lx-fl-ext"><a href="{hide1}">澳门新葡京娱乐场</a></div>'))
    spam(S, "/", hide1, "暗链：外部样式表中 .lx-fl-ext{display:none}")
    decoy(S, ["link.hidden"], "/", "hover drop-down submenu of internal column links", f"{LX}/ndbg/index.html")
    decoy(S, ["link.hidden"], "/", "inactive tab panel (display:none) of internal article links", a("2025-11-20", 1910712))
    decoy(S, ["link.hidden"], "/", "hover drop-down of gov.cn sites in 友情链接", "http://www.fujian.gov.cn/")
    decoy(S, ["link.external_no_notice"], "/", "links to gov.cn sites", "https://www.gov.cn/")
    decoy(S, ["homepage.stale"], "/", "homepage with an item dated the day before as-of")
    decoy(S, ["site.identity_missing"], "/", "all identity elements present (找错 entry as an image link)")


def build_lanxi_reports(S, a):
    nb = []
    # 2024 report (fine): summary under the limit but close
    s24 = ("2024年，澜溪县人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和省、市政务公开工作部署，"
           "围绕县委、县政府中心工作，持续深化决策、执行、管理、服务、结果公开，政务公开标准化规范化水平稳步提升。"
           "（一）主动公开。全年通过县政府门户网站主动公开政府信息4126条，其中政策文件52件，发布政策解读材料49篇，图解、视频等多元化解读占比达到六成。"
           "县政府常务会议审议事项会后及时公开，全年发布常务会议信息26期。重点围绕财政预决算、重大建设项目、公共资源配置、社会救助、教育医疗等领域，集中公开相关信息1350余条。"
           "（二）依申请公开。全年新收政府信息公开申请31件，上年结转2件，均在法定期限内答复，未发生因答复超期被纠错的情形。"
           "进一步规范申请登记、审核、答复、归档全流程，统一答复文书格式，提高答复质量。"
           "（三）政府信息管理。严格落实公开前保密审查和个人信息保护要求，全年开展公开内容专项检查4次，清理整改过期失效信息62条。"
           "对现行有效的行政规范性文件进行全面清理，动态更新政策文件库。"
           "（四）平台建设。依托省级政府网站集约化平台，优化门户网站栏目设置，整合县直部门和乡镇网站页面，规范政务新媒体管理，全县保留政务新媒体账号21个。"
           "（五）监督保障。将政务公开工作纳入县直单位和乡镇绩效考核，组织政务公开业务培训3期，培训人员260余人次，推动各单位明确分管领导和专职工作人员。"
           "（六）基层公开。指导15个乡镇完善基层政务公开标准目录，覆盖义务教育、户籍管理、社会救助、养老服务等26个领域，推动村（居）务公开与政务公开有效衔接，"
           "在县政务服务中心和各乡镇便民服务中心设立政务公开专区16个，提供政策咨询、信息查阅、意见收集等服务，全年接待群众1800余人次。"
           "（七）政民互动。县长信箱、12345热线转办件办结率达到100%，对群众反映集中的停车难、学位紧张、农村饮水等问题，通过召开政府开放日、民生恳谈会等形式回应关切，"
           "全年举办政府开放活动12场，邀请群众代表、企业代表参与决策协商，推动公开与参与良性互动。")
    assert 800 < summary_len(s24) <= 950, summary_len(s24)
    t3_24, ok = table3([25, 3, 0, 1, 0, 2], [2, 0, 0, 0, 0, 0], {0: [14, 2, 0, 1, 0, 1], 1: [3, 0, 0, 0, 0, 0], 10: [6, 1, 0, 0, 0, 1], 13: [2, 0, 0, 0, 0, 0]}, [2, 0, 0, 0, 0, 0])
    assert ok
    r24 = report_page_lx(S, "澜溪县人民政府2024年政府信息公开工作年度报告", "2025-03-20", s24, [
        table1([("规章", [0, 0, 0]), ("行政规范性文件", [9, 3, 41]), ("行政许可", [2310]), ("其他对外管理服务事项", [586]), ("行政处罚", [1203]), ("行政强制", [37]), ("行政事业性收费", [0])]),
        t3_24, table4([2, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]),
        "一是部分单位政策解读形式较为单一，解读质量有待提高；二是基层政务公开标准化规范化建设还不够均衡。2025年，我县将加强解读培训，推动各乡镇公开专区提质扩面。",
        "本年度未收取信息处理费。县人大代表建议和政协提案办理结果公开情况：共办理建议87件、提案102件，均已按要求公开答复全文。"], a("2025-03-20", 1861204))
    nb.append((r24, "澜溪县人民政府2024年政府信息公开工作年度报告", "2025-03-20"))
    decoy(S, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.duplicate", "annual_report.outdated_format"],
          r24, "consistent 2024 report, summary 800–950 characters")

    # 2023 report: a table figure that contradicts the others
    s23 = ("2023年，我县政务公开工作以提升政府透明度和公信力为目标，聚焦群众关切，加强制度建设，推动公开工作向基层延伸。"
           "全年主动公开各类政府信息3780条，公开县政府及办公室文件47件，发布解读稿件41篇；完成15个乡镇政务公开专区建设，在县政务服务中心设置政府信息查阅点1个。"
           "依申请公开方面，全年受理申请28件，较上年增长12%，申请内容主要涉及征地拆迁、规划许可和社会保障。"
           "同时，我县组织开展政府网站和政务新媒体季度检查，及时整改发现的问题。")
    t3_23, ok = table3([20, 2, 1, 0, 1, 4], [1, 0, 0, 0, 0, 0], {0: [10, 2, 1, 0, 0, 2], 1: [4, 0, 0, 0, 1, 0], 10: [5, 0, 0, 0, 0, 2], 14: [1, 0, 0, 0, 0, 0]}, [1, 0, 0, 0, 0, 0], break_col=0)
    assert not ok
    r23 = report_page_lx(S, "澜溪县人民政府2023年政府信息公开工作年度报告", "2024-03-28", s23, [
        table1([("规章", [0, 0, 0]), ("行政规范性文件", [7, 5, 35]), ("行政许可", [2046]), ("其他对外管理服务事项", [512]), ("行政处罚", [988]), ("行政强制", [41]), ("行政事业性收费", [0])]),
        t3_23, table4([1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]),
        "存在的问题主要是公开内容更新不够及时、部分栏目信息发布不规范。下一步，我县将健全栏目日常巡查制度，落实信息发布三审制度。",
        "本年度无其他需要报告的事项。"], a("2024-03-28", 1740588))
    nb.append((r23, "澜溪县人民政府2023年政府信息公开工作年度报告", "2024-03-28"))
    find(S, "annual_report.inconsistent", r23, None, "表三自然人一列：新收20+结转1≠总计24+结转下年1")

    # 2022 report: six sections but the superseded statistical table
    s22 = ("2022年，澜溪县认真落实政府信息公开条例，突出疫情防控、稳经济、保民生等重点领域信息公开，及时回应社会关切。"
           "全年主动公开政府信息3410条，发布疫情防控信息600余条，举办新闻发布会8场，受理政府信息公开申请19件，全部按期办结。")
    r22 = report_page_lx(S, "澜溪县人民政府2022年政府信息公开工作年度报告", "2023-03-24", s22, [
        old_table({"zd": 3410, "gf": 8, "wz": 3410, "wb": 512, "wx": 930, "hy": 14, "fb": 8, "ft": 4, "jd": 36, "sq": 19, "dm": 6, "cyd": 3, "ry": 12}),
        "", "",
        "公开平台的整合有待加强，部分部门对依申请公开的法定程序掌握不够。将加强业务培训和工作指导。",
        "无。"], a("2023-03-24", 1620041), old=True)
    nb.append((r22, "澜溪县人民政府2022年政府信息公开工作年度报告", "2023-03-24"))
    find(S, "annual_report.outdated_format", r22, None, "2022年度报告仍用2021年前的统计表（统计指标/单位/统计数）")

    # 2019 report: the layout of its time (decoy)
    body19 = old_report_2019()
    u19 = a("2020-03-27", 1370215)
    put(S, u19, lx_article("ndbg", "澜溪县人民政府2019年政府信息公开工作年度报告", "2020-03-27 10:00", "县政府办", body19))
    nb.append((u19, "澜溪县人民政府2019年政府信息公开工作年度报告", "2020-03-27"))
    decoy(S, ["annual_report.outdated_format", "annual_report.missing_section"], u19, "2019 report in the layout of its time (before 国办公开办函〔2021〕30号)")
    put(S, f"{LX}/ndbg/index.html", lx_list("ndbg", nb))
    decoy(S, ["annual_report.missing"], f"{LX}/ndbg/index.html", "the government's 2024 report is published (20 March 2025)")
    # similarity facts
    assert difflib.SequenceMatcher(None, s24, s23).ratio() < 0.4


def report_page_lx(S, title, pub, summary, parts, url, old=False):
    t1, t3, t4, s5, s6 = parts
    if old:
        paras = [SECTIONS[0], summary, SECTIONS[1], "全年主动公开政府信息情况见下表。", t1,
                 SECTIONS[2], "全年收到和处理政府信息公开申请情况见上表第三项。", SECTIONS[3], "全年未发生因政府信息公开引起的行政复议、行政诉讼。",
                 SECTIONS[4], s5, SECTIONS[5], s6]
    else:
        paras = [SECTIONS[0], summary, SECTIONS[1], t1, SECTIONS[2], t3, SECTIONS[3], t4, SECTIONS[4], s5, SECTIONS[5], s6]
    paras = [f"<h3>{x}</h3>" if x in SECTIONS else x for x in paras]
    put(S, url, lx_article("ndbg", title, f"{pub} 10:00", "县政府办", ["本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开工作年度报告格式要求编制。"] + paras))
    return url


def old_report_2019():
    return ["本年度报告根据《中华人民共和国政府信息公开条例》要求，由澜溪县人民政府办公室编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼的情况、存在的主要问题及改进措施、其他需要报告的事项。",
            "<h3>一、概述</h3>", "2019年，我县以贯彻新修订的政府信息公开条例为契机，调整政务公开领导小组，制定政府信息公开目录，推进决策公开和执行公开。",
            "<h3>二、主动公开政府信息情况</h3>", "全年主动公开政府信息2860条，其中规范性文件11件。",
            old_table({"zd": 2860, "gf": 11, "wz": 2860, "wb": 340, "wx": 610, "hy": 9, "fb": 5, "ft": 3, "jd": 22, "sq": 12, "dm": 5, "cyd": 2, "ry": 10}),
            "<h3>三、依申请公开政府信息情况</h3>", "全年受理申请12件，均按期答复。",
            "<h3>四、政府信息公开的收费及减免情况</h3>", "未收取任何费用。",
            "<h3>五、因政府信息公开申请提起行政复议、行政诉讼的情况</h3>", "无。",
            "<h3>六、存在的主要问题及改进措施</h3>", "公开内容的全面性和及时性有待提高，将进一步完善工作机制。",
            "<h3>七、其他需要报告的事项</h3>", "无。"]


# =============================================================================================
# Site 2: lx-zrzy — county natural-resources bureau on Hanweb JCMS (site-wide leave-site notice)
# =============================================================================================
def build_zrzy():
    S = "lx-zrzy"
    put(S, "/images/zrzy2023/banner.png", PNG)
    put(S, "/images/zrzy2023/ga.png", PNG)
    put(S, "/images/zrzy2023/dzjg.png", PNG)
    put(S, "/script/0/jquery.js", "/* jQuery v1.12.4 (stub for the static copy) */\nwindow.jQuery=window.$=function(){return {ready:function(f){f();}};};\n")
    put(S, ZR_CSS, """body{margin:0;font:14px/1.8 "微软雅黑";color:#222;background:#fff}
.w1200{width:1200px;margin:0 auto}
.zr-top{background:#eef4ea;height:34px}
.zr-nav{background:#2f7d32;height:48px}.zr-nav a{color:#fff;margin:0 18px;line-height:48px}
.skip-main{position:absolute;left:-999px;top:0}.skip-main:focus{left:10px}
.zr-mnav{display:none}
@media (max-width:768px){.zr-mnav{display:inline}.zr-nav{display:none}}
.bt-list li{line-height:36px;border-bottom:1px dotted #ccc}.bt-data-time{float:right;color:#888}
#zr-yqlj-ext{visibility:hidden}
.zr-foot{background:#2f7d32;color:#eaf3e8;text-align:center;padding:14px;font-size:13px}.zr-foot a{color:#eaf3e8}
.xxgk_table td{border:1px solid #dde;padding:4px}
""")
    put(S, ZR_JS, """/* list rendering (dataproxy) and the leave-site notice for every outside link */
(function(){
  document.querySelectorAll('script[type="text/xml"]').forEach(function(x){
    var ul=x.parentNode.querySelector('ul.bt-list'); if(!ul) return;
    var m=x.textContent.match(/<record><!\\[CDATA\\[([\\s\\S]*?)\\]\\]><\\/record>/g)||[];
    ul.innerHTML=m.map(function(r){return r.replace(/^<record><!\\[CDATA\\[/,'').replace(/\\]\\]><\\/record>$/,'');}).join('');
  });
  document.addEventListener('click',function(e){
    var a=e.target.closest?e.target.closest('a[href]'):null; if(!a||!/^https?:/i.test(a.href)) return;
    if(a.hostname===location.hostname||/(^|\\.)gov\\.cn$/i.test(a.hostname)) return;
    if(!window.confirm('您访问的链接即将离开“澜溪县自然资源局”网站，是否继续？')){e.preventDefault();}
  },true);
})();
""")
    art = {}

    def add(col, key, title, pub, paras, **kw):
        u = zr_art_url(col, d(pub), key)
        put(S, u, zr_article(col, title, pub, kw.pop("source", "澜溪县自然资源局"), paras, **kw))
        art.setdefault(col, []).append((u, title, pub))
        return u

    u = add(4521, 1876543, "我局荣获全省自然资源系统信息宣传工作先进单位", "2025-12-05", [
        "近日，省自然资源厅通报表扬2025年度全省自然资源系统信息宣传工作先进单位和先进个人，我局榜上有名。",
        "今年以来，我局围绕耕地保护、国土空间规划、地质灾害防治等重点工作，在省级以上媒体刊发稿件36篇。下一步，我局将再接再励，讲好澜溪自然资源故事。"])
    find(S, "text.typo", u, "再接再励", "错别字：再接再励→再接再厉（默认词库）", alt=["text.sensitive"])
    hide6 = "http://www.ssc-kaijiang88.com/"
    u = add(4521, 1875102, "我局开展地质灾害隐患点汛后核查", "2025-11-27", [
        "11月下旬，我局组织技术人员对全县127处地质灾害隐患点开展汛后核查，逐点复核隐患变化情况，更新“一点一策”防治方案。",
        f'核查中发现的新增隐患点已纳入群测群防体系，落实监测责任人。<span style="font-size:0;line-height:0"><a href="{hide6}">时时彩开奖网</a></span>'])
    spam(S, u, hide6, "暗链：font-size:0 的行内元素")
    u = add(4521, 1873880, "石英砂矿深加工项目签约落地", "2025-11-14", [
        "11月12日，澜溪县石英砂矿深加工项目签约仪式在县行政服务中心举行。该项目由一家南朝鲜投资企业与县属国有企业合资建设，总投资3.2亿元。",
        "我局将全程做好项目用地、用矿保障服务，推动项目早日开工建设。"])
    find(S, "text.sensitive", u, "南朝鲜", "严重表述错误：应称韩国（默认词库）", alt=["text.typo"])
    u = add(4521, 1872917, "全县分布式光伏项目用地服务专题培训举办", "2025-11-06", [
        "11月5日，我局举办分布式光伏项目用地服务专题培训，解读光伏发电项目用地政策。",
        "培训明确，农村屋顶光伏项目按装机容量分档落实备案，集中式光伏电站用地须避让永久基本农田和生态保护红线。"])
    decoy(S, ["text.typo", "text.sensitive"], u, "correct phrase containing a lexicon word (按+装机容量)")
    u = add(4521, 1871466, "我局组织参加全国地理信息产业发展论坛", "2025-10-24", [
        "10月下旬，我局派员参加全国地理信息产业发展论坛，学习实景三维中国建设和共建“一带一路”倡议下地理信息国际合作经验。",
        '论坛资料可通过<a href="http://www.ngcc.cn/" target="_blank">国家基础地理信息中心</a>和<a href="https://www.cnki.net/" target="_blank">中国知网</a>检索。'])
    decoy(S, ["link.external_no_notice"], u, "outside links covered by the site-wide leave-site notice script", "http://www.ngcc.cn/")
    decoy(S, ["text.sensitive", "text.typo"], u, "correct wording “一带一路”倡议")

    u = add(4522, 1874611, "关于不动产登记窗口调整冬季办公时间的通知", "2025-11-25", [
        "自2025年12月1日起，澜溪县国土资源局不动产登记中心窗口冬季办公时间调整为：上午8:30—12:00，下午14:30—17:30。",
        "咨询电话：0599-7730567。"])
    find(S, "text.typo", u, "澜溪县国土资源局", "机构名称错误：机构改革后应为澜溪县自然资源局（站点词库）", alt=["text.sensitive"])
    id5 = raw_id(S, "350724", "19670215", 39)
    ph5 = raw_phone(S, "13960582214")
    tbl = ('<table border="1" cellspacing="0" class="djgg"><tr><th>权利人</th><th>证件号码</th><th>联系电话</th><th>坐落</th><th>不动产单元号</th><th>面积（㎡）</th></tr>'
           f'<tr><td>魏长春</td><td>{id5}</td><td>{ph5}</td><td>溪口镇溪口村下洋12号</td><td>350726102201JC00321F00010001</td><td>186.40</td></tr>'
           '<tr><td>罗丽萍</td><td>350724********3327</td><td>138****5016</td><td>溪口镇溪口村下洋15号</td><td>350726102201JC00324F00010001</td><td>152.73</td></tr>'
           '<tr><td>澜溪县溪口镇溪口村股份经济合作社</td><td>N2350726MF0731244R</td><td>0599-7862015</td><td>溪口镇溪口村村部</td><td>350726102201JA00001F00010001</td><td>420.00</td></tr></table>')
    u = add(4522, 1873306, "不动产首次登记公告（2025年第23期）", "2025-11-18", [
        "经初步审定，我局拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我局。",
        tbl, "异议书面材料送达地址：澜溪县城关镇建设路88号。联系电话：0599-7730567。公告编号：LXBDC-2025-0023。"])
    find(S, "privacy.id_number", u, id_mask(id5), "登记公告中未脱敏身份证号")
    find(S, "privacy.phone", u, ph_mask(ph5), "登记公告中未脱敏手机号")
    decoy(S, ["privacy.id_number"], u, "不动产单元号 (28 characters) and a collective's credit code", "350726102201JC00324F00010001")
    decoy(S, ["privacy.phone"], u, "masked mobile and a village landline", "0599-7862015")

    # policy documents
    docs = [
        ("d1", 1871902, "澜溪县自然资源局关于印发《澜溪县耕地保护激励补偿办法》的通知", "澜自然资〔2025〕12号", "2025-10-27", 1872455, "2025-11-04", True, True),
        ("d2", 1873205, "澜溪县自然资源局关于规范农村村民住宅用地审批管理的通知", "澜自然资〔2025〕14号", "2025-11-10", None, None, False, False),
        ("d3", 1873702, "澜溪县自然资源局关于印发《澜溪县临时用地管理实施细则》的通知", "澜自然资〔2025〕15号", "2025-11-17", 1873703, "2025-11-17", True, False),
        ("d4", 1875640, "澜溪县自然资源局关于印发《澜溪县矿产资源开发利用监管办法》的通知", "澜自然资〔2025〕17号", "2025-12-02", 1875991, "2025-12-03", True, True),
    ]
    jt = {"d1": "《澜溪县耕地保护激励补偿办法》政策解读", "d3": "《澜溪县临时用地管理实施细则》解读", "d4": "一图读懂《澜溪县矿产资源开发利用监管办法》"}
    jb = {"d1": "《办法》明确对耕地保护任务完成较好的村集体经济组织给予每亩每年30元至50元的激励补偿，补偿资金主要用于农田基础设施建设和耕地地力提升。",
          "d3": "《细则》对临时用地的使用范围、选址要求、使用期限、复垦责任作出规定，明确临时用地使用期限一般不超过两年。",
          "d4": "《办法》坚持服务一带一路战略和县域矿业高质量发展相结合，从开发利用方案审查、年度信息公示、动态巡查三个方面强化矿山监管。"}
    db = {"d1": "为落实耕地保护党政同责，调动农村集体经济组织和农民保护耕地的积极性，我局制定了《澜溪县耕地保护激励补偿办法》，现印发给你们，请认真贯彻执行。",
          "d2": "为进一步规范农村村民住宅用地审批管理，保障农村村民合理建房用地需求，现就有关事项通知如下：一、严格落实“一户一宅”；二、优化审批流程，乡镇审批时限压缩至15个工作日；三、加强批后监管。",
          "d3": "为加强临时用地管理，根据《自然资源部关于规范临时用地管理的通知》，结合我县实际，制定了《澜溪县临时用地管理实施细则》，现予印发。",
          "d4": "为加强矿产资源开发利用监管，促进矿业绿色发展，我局制定了《澜溪县矿产资源开发利用监管办法》，现印发给你们，请遵照执行。"}
    for key, n, title, num, pub, jn, jpub, d2j, j2d in docs:
        du = zr_art_url(4523, d(pub), n)
        ju = zr_art_url(4524, d(jpub), jn) if jn else None
        extra = f'<div class="xgjd">【相关解读】<a href="{ju}">{jt[key]}</a></div>' if ju and d2j else ""
        meta = [("索引号", f"11350726MB0D21734K/2025-{n % 10000:05d}"), ("发布机构", "澜溪县自然资源局"), ("发文日期", pub), ("文号", num), ("有效性", "有效")]
        put(S, du, zr_article(4523, title, pub, "澜溪县自然资源局", [db[key], "澜溪县自然资源局", pub[:4] + "年" + str(int(pub[5:7])) + "月" + str(int(pub[8:])) + "日"], extra_body=extra, meta=meta))
        art.setdefault(4523, []).append((du, title, pub))
        if ju:
            back = f'<div class="xgwj">【原文链接】<a href="{du}">{title}</a></div>' if j2d else ""
            put(S, ju, zr_article(4524, jt[key], jpub, "澜溪县自然资源局", [
                f"{num}文件已印发，现就{jt[key].split('》')[0]}》有关内容解读如下。" if "《" in jt[key] else "",
                "一、制定背景", jb[key], "二、主要内容", "文件明确了适用范围、职责分工、工作程序和监督管理要求。", "三、解读人：局法规股　咨询电话：0599-7730532"], extra_body=back))
            art.setdefault(4524, []).append((ju, jt[key], jpub))
    assert workdays_after(d("2025-10-27"), d("2025-11-04")) == 6
    assert workdays_after(d("2025-12-02"), d("2025-12-03")) == 1
    find(S, "interpretation.late", zr_art_url(4524, d("2025-11-04"), 1872455), None, "解读晚于文件6个工作日", accept=[zr_art_url(4523, d("2025-10-27"), 1871902)])
    find(S, "interpretation.missing", zr_art_url(4523, d("2025-11-10"), 1873205), None, "宅基地审批管理文件无解读")
    find(S, "interpretation.unlinked", zr_art_url(4523, d("2025-11-17"), 1873702), None, "解读页未链接回文件（文件页单向链接解读）", accept=[zr_art_url(4524, d("2025-11-17"), 1873703)])
    find(S, "text.sensitive", zr_art_url(4524, d("2025-12-03"), 1875991), "一带一路战略", "规范表述：“一带一路”应称倡议，不称战略（默认词库）", alt=["text.typo"])
    decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], zr_art_url(4523, d("2025-12-02"), 1875640), "graphic interpretation one working day later, linked both ways")
    decoy(S, ["interpretation.missing"], zr_art_url(4522, d("2025-11-25"), 1874611), "a notice (not a policy document) without interpretation")

    # meetings
    u = add(4525, 1872530, "局党组理论学习中心组2025年第6次集体学习会", "2025-11-06", [
        "10月21日下午，局党组理论学习中心组召开2025年第6次集体学习会，专题学习党的二十届四中全会精神。局党组书记、局长吴文斌主持会议并讲话。",
        "会议强调，要把学习贯彻全会精神与做好耕地保护、国土空间规划实施等工作结合起来，推动各项决策部署落地见效。"])
    find(S, "meeting.late", u, None, "会议10月21日召开，11月6日发布（16天）")
    u = add(4525, 1875702, "全县耕地保护和违法用地整治工作推进会召开", "2025-12-03", [
        "12月2日，全县耕地保护和违法用地整治工作推进会召开。会议通报了2025年卫片执法检查情况，部署下阶段整改工作。"])
    decoy(S, ["meeting.late"], u, "meeting reported the next day")

    # public notice with a PDF list
    id6 = raw_id(S, "350781", "19880630", 27)
    ph6 = raw_phone(S, "18359917402")
    pdf = "/attach/0/2511181652301874235.pdf"
    put(S, pdf, make_pdf([
        "澜溪县2025年第二批农村村民建房用地审批结果",
        "序号  申请人  身份证号码  联系电话  乡镇  面积(m2)",
        "1  邱永明  350726197803****15  137****2260  城关镇  120",
        f"2  钟晓峰  {id6}  {ph6}  黄坑镇  118",
        "3  游桂芳  3507**********3021  186****7719  溪口镇  96",
        "审批文号：澜自然资宅审〔2025〕207号  批准日期：2025-11-17",
    ]))
    u = add(4526, 1874235, "澜溪县2025年第二批农村村民建房用地审批结果公示", "2025-11-18", [
        "根据农村村民住宅用地审批有关规定，现将2025年第二批农村村民建房用地审批结果予以公示。",
        f'附件：<a href="{pdf}">2025年第二批审批结果.pdf</a>',
        "同期采矿权延续登记：澜溪县兴源石料有限公司（统一社会信用代码91350726MA2XY4T05B），采矿许可证号C3507262010127130098765。"])
    find(S, "privacy.id_number", pdf, id_mask(id6), "PDF 附件中未脱敏身份证号", accept=[u])
    find(S, "privacy.phone", pdf, ph_mask(ph6), "PDF 附件中未脱敏手机号", accept=[u])
    decoy(S, ["privacy.id_number", "privacy.phone"], u, "credit code and mining licence number (22 characters)", "C3507262010127130098765")

    # annual reports (department: deadline 31 January; the 2024 one is missing)
    nb = build_zrzy_reports(S)
    find(S, "annual_report.missing", "/col/col4527/index.html", None, "部门2024年度报告截至2025年1月31日未发布（as-of 2025-12-10）")

    # new media
    put(S, "/module/rss/zrzy_wx.xml", rss("澜溪自然资源微信公众号", "https://mp.weixin.qq.com/lxzrzy", [
        ("【以案说法】非法占用耕地案例警示", dt("2025-11-12")), ("地质灾害防治知识问答", dt("2025-11-03")), ("秋季护林防火提示", dt("2025-10-22"))]))
    put(S, "/module/rss/zrzy_wb.atom", atom("澜溪自然资源微博", "https://weibo.com/lxzrzy", [
        ("全县耕地保护和违法用地整治工作推进会召开", dt("2025-12-03")), ("我局荣获全省信息宣传先进单位", dt("2025-12-05")), ("汛后地灾隐患核查完成", dt("2025-11-27"))]))
    body = """<div class="bt-position">当前位置：<a href="/">首页</a> &gt; 政务新媒体</div>
<ul class="xmt"><li>澜溪自然资源微信公众号　<a href="/module/rss/zrzy_wx.xml">RSS</a></li><li>澜溪自然资源微博　<a href="/module/rss/zrzy_wb.atom">Atom</a></li></ul>"""
    put(S, "/col/col4528/index.html", zr_shell("政务新媒体", body))
    find(S, "newmedia.stale", "/module/rss/zrzy_wx.xml", None, "微信公众号最新推送2025-11-12（28天）")
    decoy(S, ["newmedia.stale"], "/module/rss/zrzy_wb.atom", "fresh Atom feed (newest 5 days old, entries not in order)")

    for col in (4521, 4522, 4523, 4524, 4525, 4526):
        items = sorted(art[col], key=lambda x: x[2], reverse=True)
        extra = ""
        put(S, f"/col/col{col}/index.html", zr_list(col, items, extra=extra))
    put(S, "/col/col4527/index.html", zr_list(4527, nb))

    # homepage: [MM-DD] dates, a zero-size hidden block, no 找错 entry
    hide5 = "http://www.dafa888-kuai3.com/"
    hide7 = "http://www.js-yulecheng.com/"
    latest = sorted(art[4521] + art[4522] + art[4525], key=lambda x: x[2], reverse=True)[:7]
    lis = "\n".join(f'<li><a href="{u}">{t}</a><span>[{p[5:]}]</span></li>' for u, t, p in latest)
    pol_lis = "\n".join(f'<li><a href="{u}">{t}</a><span>[{p[5:]}]</span></li>' for u, t, p in sorted(art[4523], key=lambda x: x[2], reverse=True))
    body = f"""<div class="idx-l"><div class="idx-hd">工作动态 <a href="/col/col4521/index.html">更多&gt;&gt;</a></div><ul>{lis}</ul></div>
<div class="idx-r"><div class="idx-hd">政策文件 <a href="/col/col4523/index.html">更多&gt;&gt;</a></div><ul>{pol_lis}</ul></div>
<div class="idx-zt"><a href="/col/col4526/index.html">公示公告</a> <a href="/col/col4527/index.html">政府信息公开年报</a> <a href="/col/col4524/index.html">政策解读</a> <a href="/col/col4525/index.html">会议发布</a> <a href="/col/col4528/index.html">政务新媒体</a></div>
<div class="idx-yqlj">相关链接：<a href="http://www.mnr.gov.cn/" target="_blank">自然资源部</a> <a href="http://zrzyt.fujian.gov.cn/" target="_blank">福建省自然资源厅</a> <a href="http://www.ngcc.cn/" target="_blank">国家基础地理信息中心</a> <a href="http://www.lanxi.gov.cn/" target="_blank">澜溪县人民政府</a></div>
<div id="zr-yqlj-ext"><a href="{hide7}">金沙娱乐城</a></div>
<div style="width:0;height:0;overflow:hidden"><a href="{hide5}">大发快三计划</a></div>"""
    put(S, "/index.html", zr_shell("首页", body))
    spam(S, "/", hide5, "暗链：宽高为0且overflow:hidden的块")
    spam(S, "/", hide7, "暗链：样式表中 #zr-yqlj-ext{visibility:hidden}")
    find(S, "site.identity_missing", "/", None, "首页无“我为政府网站找错”入口")
    decoy(S, ["homepage.stale"], "/", "homepage dates written as [MM-DD], newest 5 days old")
    decoy(S, ["link.hidden"], "/", "mobile-only navigation (display:none on desktop) with internal links", "/col/col4521/index.html")
    decoy(S, ["link.external_no_notice"], "/", "outside link covered by the site-wide notice script, and gov.cn links", "http://www.ngcc.cn/")


def build_zrzy_reports(S):
    nb = []
    long_sum = (
        "2023年，澜溪县自然资源局在县委、县政府的坚强领导下，在县政务公开办的具体指导下，深入贯彻《中华人民共和国政府信息公开条例》，"
        "紧紧围绕自然资源管理中心工作，把政府信息公开作为转变作风、优化服务、接受监督的重要抓手，不断健全工作机制，拓宽公开渠道，丰富公开内容，"
        "各项工作取得了新的进展。现将有关情况报告如下。"
        "（一）加强组织领导，压实工作责任。局党组高度重视政务公开工作，年初即召开专题会议研究部署全年政务公开重点任务，调整充实局政务公开工作领导小组，"
        "由局主要负责同志任组长，分管负责同志任副组长，各股室、各直属单位负责人为成员，领导小组办公室设在局办公室，配备专职工作人员1名、兼职信息员12名，"
        "形成了主要领导亲自抓、分管领导具体抓、股室单位协同抓的工作格局。同时，将政务公开工作纳入股室年度绩效考评，实行月通报、季讲评、年考核。"
        "（二）聚焦重点领域，做好主动公开。围绕国土空间规划、耕地保护、土地供应、矿产资源管理、不动产登记、地质灾害防治等重点领域，全年主动公开政府信息1268条。"
        "其中，公开国土空间总体规划及村庄规划成果12项，公开建设用地供应计划、出让公告和结果公示86条，公开采矿权出让、延续、注销信息24条，"
        "公开不动产登记公告58期，公开地质灾害气象风险预警信息31期，公开行政处罚决定书19份。各类信息均按照“谁制作、谁公开、谁负责”的原则，"
        "落实发布前审核制度，确保信息准确、及时、规范。"
        "（三）强化政策解读，回应社会关切。坚持政策文件与解读方案、解读材料同步组织、同步审签、同步部署，全年发布政策解读材料9篇，"
        "通过图解、问答、短视频等形式解读耕地占补平衡、农村宅基地审批、临时用地管理等政策，局主要负责同志参加“政风行风热线”节目2次，"
        "现场解答群众关于不动产登记、宅基地审批方面的咨询43个。对网民留言和12345热线转办件，做到件件有回音、事事有着落。"
        "（四）规范依申请公开，保障群众权利。严格按照法定程序和时限办理政府信息公开申请，全年共收到申请23件，全部在法定期限内答复。"
        "针对申请内容集中在征地补偿、土地出让等方面的特点，我局认真梳理答复口径，建立疑难申请会商机制，做到依法答复、合理答复。"
        "（五）完善平台建设，提升公开实效。依托县政府门户网站集约化平台，进一步优化本单位政府信息公开专栏，新增“耕地保护”“地质灾害防治”两个专题栏目，"
        "及时更新政府信息公开指南和目录，做好政务新媒体账号日常管理，全年通过微信公众号发布信息312条、微博发布信息265条，"
        "并在不动产登记大厅设置政府信息查阅点，为群众提供查询服务。"
        "（六）加强监督保障，推动工作落实。开展政务公开业务培训2次，参训人员80余人次；组织开展网站和新媒体自查4次，整改错别字、链接失效等问题17处，"
        "政务公开工作规范化水平进一步提升。"
        "（七）深化基层公开，延伸服务触角。指导各乡镇自然资源所在便民服务中心公开宅基地审批、临时用地、设施农业用地备案的办理条件、流程和时限，"
        "编制并公开自然资源领域基层政务公开标准目录，明确公开事项48项；在村级公开栏同步张贴征地补偿安置方案和耕地保护责任书，"
        "全年开展“自然资源政策进村入户”宣讲活动26场，受益群众2100余人次，群众对自然资源政策的知晓度和满意度进一步提高。")
    assert summary_len(long_sum) > 1300, summary_len(long_sum)
    t3, ok = table3([17, 2, 0, 0, 1, 0], [3, 0, 0, 0, 0, 0], {0: [9, 1, 0, 0, 1, 0], 1: [2, 0, 0, 0, 0, 0], 9: [1, 0, 0, 0, 0, 0], 10: [6, 1, 0, 0, 0, 0]}, [2, 0, 0, 0, 0, 0])
    assert ok
    u23 = zr_art_url(4527, d("2024-01-26"), 1702218)
    paras = [SECTIONS[0], long_sum, SECTIONS[1],
             table1([("规章", [0, 0, 0]), ("行政规范性文件", [3, 1, 12]), ("行政许可", [612]), ("其他对外管理服务事项", [4210]), ("行政处罚", [19]), ("行政强制", [2]), ("行政事业性收费", [0])]),
             SECTIONS[2], t3, SECTIONS[3], table4([1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]),
             SECTIONS[4], "一是政策解读形式还不够丰富；二是个别股室信息报送不够及时。2024年，我局将加强解读能力建设，完善信息报送考核。",
             SECTIONS[5], "本年度未收取信息处理费。"]
    put(S, u23, zr_article(4527, "澜溪县自然资源局2023年政府信息公开工作年度报告", "2024-01-26", "澜溪县自然资源局",
                           [f"<h4>{x}</h4>" if x in SECTIONS else x for x in paras]))
    nb.append((u23, "澜溪县自然资源局2023年政府信息公开工作年度报告", "2024-01-26"))
    find(S, "annual_report.summary_too_long", u23, None, f"总体情况{summary_len(long_sum)}字，超过1000字")

    s22 = ("2022年，我局以服务保障全县重大项目建设为主线，及时公开用地报批、土地供应、规划许可等信息，全年主动公开政府信息1105条，"
           "受理政府信息公开申请14件，均按时答复，未发生行政复议和行政诉讼。")
    t3b, ok = table3([12, 1, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0], {0: [7, 1, 0, 0, 0, 1], 1: [1, 0, 0, 0, 0, 0], 10: [4, 0, 0, 0, 0, 0]}, [0, 0, 0, 0, 0, 0])
    assert ok
    u22 = zr_art_url(4527, d("2023-01-19"), 1588710)
    paras = [SECTIONS[0], s22, SECTIONS[1],
             table1([("规章", [0, 0, 0]), ("行政规范性文件", [2, 0, 10]), ("行政许可", [548]), ("其他对外管理服务事项", [3877]), ("行政处罚", [23]), ("行政强制", [1]), ("行政事业性收费", [0])]),
             SECTIONS[2], t3b, SECTIONS[3], table4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
             SECTIONS[5], "无。"]
    put(S, u22, zr_article(4527, "澜溪县自然资源局2022年政府信息公开工作年度报告", "2023-01-19", "澜溪县自然资源局",
                           [f"<h4>{x}</h4>" if x in SECTIONS else x for x in paras]))
    nb.append((u22, "澜溪县自然资源局2022年政府信息公开工作年度报告", "2023-01-19"))
    find(S, "annual_report.missing_section", u22, None, "缺少“五、存在的主要问题及改进情况”")
    assert difflib.SequenceMatcher(None, long_sum, s22).ratio() < 0.3
    return nb


# =============================================================================================
# Site 3: shitang-zhen — township on a home-grown ASP.NET WebForms site (GBK CSV export)
# =============================================================================================
def build_shitang():
    S = "shitang-zhen"
    put(S, ST_CSS, """body{margin:0;font-size:12px;font-family:宋体;background:#fff}
#header{background:#a61b1b;color:#fff;height:90px}#menu ul{list-style:none;background:#c62828;margin:0}#menu li{display:inline;margin:0 12px}#menu a{color:#fff}
.main{width:980px;margin:0 auto}.grid td{padding:4px 6px}.grid td.d{width:90px;text-align:center}
.gg-lb{opacity:0;filter:alpha(opacity=0)}
.yqlj select{width:180px}
#footer{border-top:3px solid #c62828;text-align:center;color:#555;padding:10px}
""")
    items: dict[int, list] = {}

    def show(sid, cls, title, pub, paras, **kw):
        u = st_url(sid)
        put(S, u + "index.html", st_show(sid, cls, title, pub.replace("-", "/") + " " + kw.pop("hm", "9:26:41"), paras, **kw))
        items.setdefault(cls, []).append((u, title, pub.replace("-", "/")))
        return u

    u = show(2391, 11, "石塘镇召开2025年冬季农村人居环境整治推进会", "2025-11-19", [
        "10月31日上午，石塘镇召开2025年冬季农村人居环境整治推进会，镇党委书记郑海峰出席并讲话，镇长傅俊杰主持会议。",
        "会议总结了前三季度全镇人居环境整治工作，对冬季村庄清洁行动、农村厕所问题摸排整改等工作进行部署。各村（社区）党组织书记参加会议。"])
    find(S, "meeting.late", u, None, "会议10月31日召开，11月19日发布（19天）")
    u = show(2384, 11, "石塘镇“乡村夜校”开课啦", "2025-11-14", [
        "11月13日晚，石塘镇“乡村夜校”在镇文化服务中心开课，首期课程围绕茶园冬季管理和农村电商开展培训。",
        "授课老师表示，既使进入冬季休眠期，茶园的修剪、施肥和病虫害防治也一刻不能放松。夜校课程视频同步发布在“石塘发布”微信公众号，点击观看：<a href=\"https://mp.weixin.qq.com/s/Rk3vQ_stz1113yexiao\">乡村夜校第一课</a>。"])
    find(S, "text.typo", u, "既使", "错别字：既使→即使（默认词库）", alt=["text.sensitive"])
    find(S, "link.external_no_notice", u, "https://mp.weixin.qq.com/s/Rk3vQ_stz1113yexiao", "正文中的微信文章外链无提示")
    u = show(2377, 11, "石塘镇完成2025年度茶园秋冬季管护技术指导", "2025-11-05", [
        "进入11月，石塘镇茶农迫不急待地开展茶园秋冬季修剪和施肥。镇农业服务中心组织技术人员深入各村茶园，开展冬季管护技术指导。",
        "全镇今年新改造低产茶园1200亩，预计明年春茶产量将增加一成以上。"])
    find(S, "text.typo", u, "迫不急待", "错别字：迫不急待→迫不及待（默认词库）", alt=["text.sensitive"])
    hide9 = "http://www.aomen-duchang.net/"
    u = show(2369, 11, "石塘镇开展秋季森林防火专项巡查", "2025-10-28", [
        "10月27日，石塘镇组织护林员和森林消防半专业队开展秋季森林防火专项巡查，重点检查进山路口、坟山墓地和林区作业点。",
        f'<div class="gg-lb"><a href="{hide9}">澳门赌场在线</a></div>',
        "巡查期间共劝导违规野外用火行为3起，发放宣传单800余份。"])
    spam(S, u, hide9, "暗链：样式表中 .gg-lb{opacity:0}")
    u = show(2361, 11, "镇残联走访慰问困难残疾人家庭", "2025-10-20", [
        "10月中旬，石塘镇残联工作人员走访慰问辖区困难残废人家庭12户，送去米、油等慰问品，并详细了解他们的生活和康复需求。",
        "镇残联表示，将持续做好残疾人两项补贴发放和就业帮扶工作。"])
    find(S, "text.sensitive", u, "残废人", "歧视性表述：应为残疾人（默认词库）", alt=["text.typo"])
    u = show(2355, 11, "石塘乡村振兴示范带建设提速", "2025-10-10", [
        "10月8日，石塘镇召开乡村振兴示范带建设现场推进会，查看示范带沿线茶旅融合项目和村庄风貌提升工程进展。",
        "会议要求，各村要按照9月5日县政府第45次常务会议部署，再接再厉，确保年底前完成示范带主体工程。",
        "示范带茶旅路线已上线“石塘发布”公众号，可点击查看：<a href=\"https://mp.weixin.qq.com/s/Tq8sLd_stz1008sfd\" onclick=\"return confirm('即将离开石塘镇人民政府网站，访问第三方网站，是否继续？');\">石塘茶旅线路图</a>。"])
    decoy(S, ["text.typo", "text.sensitive"], u, "correct phrase containing a site-lexicon word (石塘+乡村振兴) and 再接再厉")
    decoy(S, ["meeting.late"], u, "news of a meeting 2 days earlier that cites an older meeting date")
    decoy(S, ["link.external_no_notice"], u, "outside link with its own confirm() notice", "https://mp.weixin.qq.com/s/Tq8sLd_stz1008sfd")

    u = show(2388, 12, "关于开展2026年度城乡居民医保集中缴费工作的通知", "2025-11-17", [
        "各村（居）民委员会：2026年度城乡居民医保集中缴费工作已经开始，缴费截止时间为2025年12月31日。",
        "群众可通过闽政通APP或中国农业银行网点缴费，线上缴费入口：<a href=\"https://www.abchina.com/cn/\">中国农业银行</a>。咨询电话：0599-7851018。"])
    find(S, "link.external_no_notice", u, "https://www.abchina.com/cn/", "缴费通知中的银行外链无提示")
    decoy(S, ["privacy.phone"], u, "township landline", "0599-7851018")
    u = show(2350, 12, "关于召开石塘镇第十八届人民代表大会第六次会议的公告", "2025-09-26", [
        "石塘镇第十八届人民代表大会第六次会议定于2025年10月9日在镇政府大会议室召开。", "特此公告。"])
    decoy(S, ["meeting.late"], u, "announcement of a coming session (published before it)")

    # 低保公示: HTML with one ID and one mobile, and a GBK CSV export with two of each
    id7 = raw_id(S, "350725", "19590308", 44)
    ph7 = raw_phone(S, "15959937056")
    id8 = raw_id(S, "350726", "19520117", 63)
    id9 = raw_id(S, "352622", "19751224", 81)
    ph8 = raw_phone(S, "13305998421")
    ph9 = raw_phone(S, "19959902378")
    rows = [("1", "石塘村", "邱水生", "350726********1219", "159****6620", "2", "1240"),
            ("2", "上洋村", "傅金莲", id7, ph7, "1", "790"),
            ("3", "溪尾村", "郑长根", "3507261949******37", "0599-7852231", "3", "1860")]
    tbl = '<table border="1" cellspacing="0" class="gs"><tr><th>序号</th><th>村别</th><th>户主</th><th>身份证号</th><th>联系电话</th><th>保障人数</th><th>月保障金（元）</th></tr>' + \
        "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    csvp = "/UploadFiles/2025/11/20251111153022871.csv"
    bio = io.StringIO()
    wr = csv.writer(bio, lineterminator="\r\n")
    wr.writerow(["序号", "村别", "户主姓名", "身份证号码", "手机号码", "保障类别", "保障人数", "备注"])
    wr.writerow(["1", "石塘村", "邱水生", "350726********1219", "159****6620", "低保", "2", ""])
    wr.writerow(["2", "上洋村", "叶火旺", id8, ph8, "特困", "1", "集中供养"])
    wr.writerow(["3", "溪尾村", "江春梅", "350726****0321", "", "低保", "4", ""])
    wr.writerow(["4", "下坪村", "吴德兴", id9, ph9, "低保", "3", "新增"])
    wr.writerow(["5", "石塘村", "黄丽华", "3507**********002X", "138****4408", "低保", "2", "联系电话0599-7851130"])
    put(S, csvp, bio.getvalue().encode("gbk"))
    u = show(2380, 13, "石塘镇2025年11月城乡低保、特困人员新增及变更情况公示", "2025-11-11", [
        "根据《福建省最低生活保障办法》，经本人申请、入户调查、民主评议，现将2025年11月新增及变更保障对象公示如下：", tbl,
        f'完整名单（Excel导出）：<a href="{csvp}">11月低保特困人员名单.csv</a>',
        "公示期7天。监督电话：0599-7851026（镇社会事务办），县民政局：0599-7729331。"])
    find(S, "privacy.id_number", u, id_mask(id7), "公示表中未脱敏身份证号")
    find(S, "privacy.phone", u, ph_mask(ph7), "公示表中未脱敏手机号")
    for v, rule in ((id8, "privacy.id_number"), (id9, "privacy.id_number"), (ph8, "privacy.phone"), (ph9, "privacy.phone")):
        find(S, rule, csvp, id_mask(v) if rule.endswith("id_number") else ph_mask(v), "GBK 编码的 CSV 附件中未脱敏", accept=[u])
    decoy(S, ["privacy.id_number"], u, "masked ID numbers in the same table", "350726********1219")
    decoy(S, ["privacy.phone"], csvp, "masked mobiles and a landline in the CSV", "0599-7851130")

    u = show(2346, 13, "石塘镇2025年第三季度村级财务公开", "2025-10-15", [
        "现将石塘镇各村2025年第三季度财务收支情况予以公开。",
        '<table border="1" cellspacing="0"><tr><th>村名</th><th>收入（元）</th><th>支出（元）</th><th>银行账号</th></tr>'
        '<tr><td>石塘村</td><td>386420.00</td><td>312775.50</td><td>13900101040012345</td></tr>'
        '<tr><td>上洋村</td><td>215300.00</td><td>198640.20</td><td>13900101040012873</td></tr></table>',
        "村务监督委员会联系电话：0599-7851140。"])
    decoy(S, ["privacy.phone", "privacy.id_number"], u, "17-digit village bank accounts beginning 139", "13900101040012345")

    # annual reports: the 2024 one copies 2023 (雷同); 2022 has a figure off
    nb = build_shitang_reports(S, show)

    # new media: an HTML account page (stale) and an RSS feed 13 days old (fresh)
    wx = [("石塘发布｜乡村夜校第一课", "2025-11-07"), ("石塘发布｜秋季森林防火倡议书", "2025-10-29"), ("石塘发布｜茶旅线路图来了", "2025-10-09")]
    rows_wx = "\n".join(f'<tr><td class="t">{t}</td><td class="d">{p.replace("-", "/")}</td></tr>' for t, p in wx)
    put(S, "/News/List.aspx/15/index.html", st_shell("石塘发布", f"""<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; 石塘发布（微信公众号）</div>
<p>“石塘发布”是石塘镇人民政府官方微信公众号，微信号：shitangfabu。以下为近期推送：</p>
<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvWx">{rows_wx}</table>""", "./List.aspx?classid=15"))
    find(S, "newmedia.stale", "/News/List.aspx/15/", None, "公众号推送列表最新一条2025-11-07（33天）")
    put(S, "/UploadFiles/rss/stzwb.xml", rss("石塘政务微博", "https://weibo.com/stzwb", [
        ("石塘镇低保特困人员公示", dt("2025-11-11")), ("冬季用电安全提示", dt("2025-11-27", "15:20")), ("医保缴费进行时", dt("2025-11-17"))]))
    decoy(S, ["newmedia.stale"], "/UploadFiles/rss/stzwb.xml", "feed 13 days old (under the 14-day limit)")

    for cls in (11, 12, 13):
        put(S, f"/News/List.aspx/{cls}/index.html", st_list(cls, sorted(items[cls], key=lambda x: x[2], reverse=True)))
    put(S, "/News/List.aspx/14/index.html", st_list(14, nb))

    # homepage: newest item 21 days old; no 网站标识码 and no 公安备案号; a clipped hidden link; a plain outside link
    hide8 = "http://www.tyc-yule365.com/"
    allitems = sorted(items[11] + items[12] + items[13], key=lambda x: x[2], reverse=True)
    rows_ = "\n".join(f'<tr><td class="t"><a href="{u}">{t}</a></td><td class="d">{p}</td></tr>' for u, t, p in allitems[:8])
    body = f"""<div class="idx-news"><div class="tt">镇务公开 <a href="/News/List.aspx/11/">更多</a></div>
<table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvIndex">{rows_}</table></div>
<div class="idx-ztl"><a href="/News/List.aspx/13/">公示公告</a> | <a href="/News/List.aspx/14/">信息公开年报</a> | <a href="/News/List.aspx/15/">石塘发布</a> | <a href="/UploadFiles/rss/stzwb.xml">政务微博RSS</a></div>
<div class="yqlj">友情链接：<a href="http://www.lanxi.gov.cn/" target="_blank">澜溪县人民政府</a> <a href="http://www.fujian.gov.cn/" target="_blank">福建省人民政府</a> <a href="https://www.zgncpw.com/" target="_blank">中国农产品网</a>
<select onchange="if(this.value)window.open(this.value)"><option value="">--乡镇网站--</option><option value="http://hk.lanxi.gov.cn/">黄坑镇</option><option value="http://xk.lanxi.gov.cn/">溪口镇</option></select></div>
<span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"><a href="{hide8}">太阳城娱乐</a></span>"""
    put(S, "/index.html", st_shell("首页", body, "./Default.aspx", foot="""<p>主办单位：澜溪县石塘镇人民政府　地址：澜溪县石塘镇石塘街56号　联系电话：0599-7851002</p>
<p><a href="https://beian.miit.gov.cn/">闽ICP备17020934号-1</a>　<a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3507260047">我为政府网站找错</a>　建议使用IE8以上浏览器</p>"""))
    spam(S, "/", hide8, "暗链：clip:rect(0 0 0 0) 裁剪为不可见")
    find(S, "link.external_no_notice", "/", "https://www.zgncpw.com/", "友情链接中的非政府网站无提示")
    find(S, "homepage.stale", "/", None, "首页最新条目2025-11-19（21天）")
    find(S, "site.identity_missing", "/", None, "首页无网站标识码、无公安备案号")
    decoy(S, ["link.external_no_notice"], "/", "gov.cn links in 友情链接", "http://www.lanxi.gov.cn/")
    decoy(S, ["link.hidden"], "/", "collapsed <select> of sibling township sites (options, not links)", "http://hk.lanxi.gov.cn/")


def build_shitang_reports(S, show):
    nb = []

    def report(year, sid, pub, summary, t3args, sec5, pubs):
        t3, ok = table3(*t3args[:4], break_col=t3args[4] if len(t3args) > 4 else None)
        paras = [SECTIONS[0], summary, SECTIONS[1],
                 table1([("规章", [0, 0, 0]), ("行政规范性文件", [0, 0, 0]), ("行政许可", [pubs[0]]), ("其他对外管理服务事项", [pubs[1]]), ("行政处罚", [pubs[2]]), ("行政强制", [0]), ("行政事业性收费", [0])]),
                 SECTIONS[2], t3, SECTIONS[3], table4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]), SECTIONS[4], sec5, SECTIONS[5], "本年度无收取信息处理费情况。"]
        u = show(sid, 14, f"石塘镇人民政府{year}年政府信息公开工作年度报告", pub, [f"<h3>{x}</h3>" if x in SECTIONS else x for x in paras], hm="10:05:00")
        nb.append(items_last(u, f"石塘镇人民政府{year}年政府信息公开工作年度报告", pub))
        return u, ok

    s23 = ("2023年，石塘镇坚持把政务公开作为密切联系群众的重要方式，围绕乡村振兴、民生保障和基层治理，推进镇务、村务公开。"
           "一是规范公开专区。在镇便民服务中心设置政务公开专区，配备查阅电脑和资料架，全年接待群众查阅260余人次。"
           "二是突出民生公开。及时公开低保、特困供养、临时救助、耕地地力保护补贴等信息，全年发布各类公示68期。"
           "三是推进村务公开。指导15个村（社区）按季度公开财务收支和重大事项，“四议两公开”决策结果全部上墙公开。"
           "四是办理依申请公开。全年收到政府信息公开申请3件，均依法按时答复。")
    s24 = s23.replace("2023年", "2024年").replace("260余人次", "280余人次").replace("68期", "71期")
    u23, ok23 = report(2023, 2110, "2024-03-22", s23, ([3, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], {0: [2, 0, 0, 0, 0, 0], 10: [1, 0, 0, 0, 0, 0]}, [0, 0, 0, 0, 0, 0]),
                       "存在的问题是公开信息的解读不够通俗易懂。下一步将增加图解、音视频等形式。", (35, 410, 6))
    u24, ok24 = report(2024, 2243, "2025-03-25", s24, ([3, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], {0: [2, 0, 0, 0, 0, 0], 10: [1, 0, 0, 0, 0, 0]}, [0, 0, 0, 0, 0, 0]),
                       "存在的问题是公开信息的解读不够通俗易懂。下一步将增加图解、音视频等形式。", (38, 432, 5))
    s22 = ("2022年，石塘镇认真落实政务公开各项要求，重点做好疫情防控、惠农补贴和防汛救灾信息发布，"
           "通过镇政府网页、村务公开栏和“石塘发布”公众号多渠道公开信息，全年收到依申请公开2件。")
    u22, ok22 = report(2022, 1985, "2023-03-27", s22, ([2, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], {0: [1, 0, 0, 0, 0, 0], 10: [1, 0, 0, 0, 0, 0]}, [0, 0, 0, 0, 0, 0], 0),
                       "一是公开栏目更新不及时；二是工作人员业务能力有待提升。将加强培训，明确专人负责。", (29, 356, 4))
    assert ok23 and ok24 and not ok22
    assert difflib.SequenceMatcher(None, s23, s24).ratio() > 0.95
    assert difflib.SequenceMatcher(None, s22, s23).ratio() < 0.4
    find(S, "annual_report.duplicate", u24, None, "2024年度报告与2023年度报告雷同（仅年份和个别数字不同）", accept=[u23])
    find(S, "annual_report.inconsistent", u22, None, "表三自然人一列：新收2+结转0≠总计5+结转下年0")
    decoy(S, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.missing_section"], u23,
          "consistent 2023 report (the earlier of the two similar ones)")
    decoy(S, ["annual_report.missing"], "/News/List.aspx/14/", "the township's 2024 report is published (25 March 2025)")
    return nb


def items_last(u, t, pub):
    return (u, t, pub.replace("-", "/"))


# =============================================================================================
# config, lexicon, truth, checks
# =============================================================================================
SITES_YAML = """# The sixth content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal on the province intensive platform
  - id: lanxi
    name: 澜溪县人民政府
    owner: 澜溪县人民政府办公室
    url: "{base:lanxi}"
    jurisdiction: 澜溪县
    columns:
      - {name: 澜溪要闻, url: /cms/html/lxxrmzf/lxyw/index.html, category: news}
      - {name: 通知公告, url: /cms/html/lxxrmzf/tzgg/index.html, category: notice}
      - {name: 政策文件, url: /cms/html/lxxrmzf/zcwj/index.html, category: policy}
      - {name: 政策解读, url: /cms/html/lxxrmzf/zcjd/index.html, category: other}
      - {name: 常务会议, url: /cms/html/lxxrmzf/cwhy/index.html, category: other}
      - {name: 公示公告, url: /cms/html/lxxrmzf/gsgg/index.html, category: notice}
      - {name: 政府信息公开年报, url: /cms/html/lxxrmzf/ndbg/index.html, category: other}
      - {name: 便民服务, url: /cms/html/lxxrmzf/bmfw/index.html, category: other}
    channels:
      annual_reports: /cms/html/lxxrmzf/ndbg/index.html
      interpretations: /cms/html/lxxrmzf/zcjd/index.html
    new_media:
      - {name: 澜溪发布, url: "{base:lanxi}cms/rss/lxfb.xml"}
      - {name: 澜溪县政务微博, url: "{base:lanxi}cms/html/lxxrmzf/zwxmt/lxwb/index.html"}
      - {name: 澜溪融媒, url: "{base:lanxi}cms/rss/lxrm.xml"}
    lexicons: [lexicons/extra.txt]
  # a county department on Hanweb JCMS
  - id: lx-zrzy
    name: 澜溪县自然资源局
    owner: 澜溪县自然资源局
    url: "{base:lx-zrzy}"
    jurisdiction: 澜溪县
    columns:
      - {name: 工作动态, url: /col/col4521/index.html, category: news}
      - {name: 通知公告, url: /col/col4522/index.html, category: notice}
      - {name: 政策文件, url: /col/col4523/index.html, category: policy}
      - {name: 政策解读, url: /col/col4524/index.html, category: other}
      - {name: 会议发布, url: /col/col4525/index.html, category: other}
      - {name: 公示公告, url: /col/col4526/index.html, category: notice}
      - {name: 政府信息公开年报, url: /col/col4527/index.html, category: other}
    channels:
      annual_reports: /col/col4527/index.html
      interpretations: /col/col4524/index.html
    new_media:
      - {name: 澜溪自然资源微信公众号, url: "{base:lx-zrzy}module/rss/zrzy_wx.xml"}
      - {name: 澜溪自然资源微博, url: "{base:lx-zrzy}module/rss/zrzy_wb.atom"}
    lexicons: [lexicons/extra.txt]
  # a township on a home-grown ASP.NET site
  - id: shitang-zhen
    name: 澜溪县石塘镇人民政府
    owner: 澜溪县石塘镇人民政府
    url: "{base:shitang-zhen}"
    jurisdiction: 澜溪县石塘镇
    columns:
      - {name: 镇务动态, url: /News/List.aspx/11/, category: news}
      - {name: 通知公告, url: /News/List.aspx/12/, category: notice}
      - {name: 公示公告, url: /News/List.aspx/13/, category: notice}
      - {name: 信息公开年报, url: /News/List.aspx/14/, category: other}
    channels:
      annual_reports: /News/List.aspx/14/
    new_media:
      - {name: 石塘发布, url: "{base:shitang-zhen}News/List.aspx/15/"}
      - {name: 石塘政务微博, url: "{base:shitang-zhen}UploadFiles/rss/stzwb.xml"}
    lexicons: [lexicons/extra.txt]
"""

LEXICON = """# Site lexicon of the sixth content holdout (contract format: wrong<TAB>right<TAB>kind)
# 机构改革、区划调整后的旧称和错误称谓
澜溪县国土资源局\t澜溪县自然资源局\ttypo
澜溪县国土局\t澜溪县自然资源局\ttypo
石塘乡\t石塘镇\ttypo
黄坑乡\t黄坑镇\ttypo
澜溪自治县\t澜溪县\tsensitive
澜溪市\t澜溪县\tsensitive
"""

HEADER = """# Truth of the sixth content holdout. Generated by generate.py: do not edit by hand.
#
# Matching decisions (as in the earlier content holdouts; the scorer applies them):
# - a finding matches an item when site and rule agree (or the rule is one of the item's alt_rules),
#   its url is the item's url_path or one of its accept paths (index.html/index.shtml ≡ folder, query
#   sorted), and its target agrees: privacy by the masked value (any mask whose kept digits agree with
#   the planted value; a finding without a target is placed by its page alone), text by the word
#   (the finding's target may carry more, e.g. "wrong→right"), links by the absolute URL;
# - one privacy finding per page and planted value; a value in an attachment is expected on the
#   attachment's URL, the page that links it accepted;
# - text.typo and text.sensitive credit each other (alt_rules): the severity split is the lexicon's;
# - one annual-report finding per report and rule; annual_report.missing on the reports column;
#   interpretation.late on the interpretation (its document accepted), interpretation.missing and
#   .unlinked on the document (for .unlinked the interpretation accepted);
# - thresholds are "more than": 14 days for meetings and new media and the homepage, 3 working days for
#   interpretations (working days after the State Council calendar, 调休 Saturdays counted), 1000
#   characters for 总体情况;
# - annual_report.outdated_format is counted under counts_extra (the scorer's fixed rule list lacks it);
# - tolerated: findings that are neither TP nor FP (a hidden spam link also reported as an outside link
#   without notice, or its gambling anchor text as a wrong word).
"""


def file_of(path: str) -> str:
    return path + "index.html" if path.endswith("/") else path


def text_of(path: str, data: bytes) -> str:
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ".join(str(c) for c in r if c is not None) for ws in wb.worksheets for r in ws.iter_rows(values_only=True))
    if path.endswith(".docx"):
        dd = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in dd.paragraphs] + [" ".join(c.text for c in r.cells) for t in dd.tables for r in t.rows])
    if path.endswith(".csv"):
        return data.decode("gbk")
    if path.endswith(".png"):
        return ""
    if path.endswith(".pdf"):
        import pypdf
        text = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
        return text
    return data.decode("utf-8")


def checks():
    raws = {r["value"] for r in RAWS}
    # every raw value once, on its planted file, nowhere else
    for r in RAWS:
        where = [(s, p) for s in SITES for p, b in FILES[s].items() if r["value"] in text_of(p, b)]
        assert len(where) == 1 and where[0][0] == r["site"], (r["kind"], where)
        raw_bytes = FILES[where[0][0]][where[0][1]]
        assert where[0][1].endswith((".xlsx", ".docx")) or r["value"].encode() in raw_bytes, where  # the scorer's check reads bytes
    for s in SITES:
        for p, b in FILES[s].items():
            t = text_of(p, b)
            for v in re.findall(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", t):
                assert not valid_id(v) or v in raws, (s, p, "unplanted valid ID")
            for v in re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", t):
                assert v in raws, (s, p, "unplanted mobile", v[:3])
    # masked targets unique across the raw values
    for f in FINDINGS:
        if f["rule"].startswith("privacy."):
            t = f["target"]
            pre, suf = t.split("*", 1)[0], t.rsplit("*", 1)[-1]
            assert sum(1 for v in raws if v.startswith(pre) and v.endswith(suf) and len(v) == len(t)) == 1, t
    # every place exists
    for e in FINDINGS + DECOYS + TOLERATED:
        assert file_of(e["url_path"]) in FILES[e["site"]], (e["site"], e["url_path"])
        for acc in e.get("accept") or []:
            assert file_of(acc) in FILES[e["site"]], acc
    # planted words: on exactly one file of their site, not in a title
    for f in FINDINGS:
        if f["rule"].startswith("text."):
            on = [p for p, b in FILES[f["site"]].items() if f["target"].encode() in b]
            assert on == [file_of(f["url_path"])], (f["target"], on)
            html = FILES[f["site"]][on[0]].decode()
            assert f["target"] not in re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    # internal links resolve
    for s in SITES:
        for p, b in FILES[s].items():
            if not p.endswith((".html", ".htm")):
                continue
            for m in re.finditer(r'(?:href|src)\s*=\s*"(/[^"#]*)"', b.decode()):
                ref = m.group(1).split("?")[0]
                assert file_of(ref) in FILES[s], (s, p, ref)
    # feeds
    for s in SITES:
        for p, b in FILES[s].items():
            if p.endswith((".xml", ".atom")):
                txt = b.decode()
                days = [datetime.strptime(x, "%d %b %Y").date() for x in re.findall(r"<pubDate>\w+, (\d+ \w+ \d{4})", txt)]
                days += [date.fromisoformat(x) for x in re.findall(r"<updated>(\d{4}-\d\d-\d\d)", txt)]
                stale = (AS_OF - max(days)).days > 14
                assert stale == any(f["rule"] == "newmedia.stale" and f["url_path"] == p for f in FINDINGS), p


def main():
    for s in SITES:
        shutil.rmtree(HERE / "sites" / s, ignore_errors=True)
    build_lanxi()
    build_zrzy()
    build_shitang()
    checks()
    for s in SITES:
        for p, b in sorted(FILES[s].items()):
            out = HERE / "sites" / s / file_of(p).lstrip("/")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(b)
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    fixed = ["privacy.id_number", "privacy.phone", "text.typo", "text.sensitive", "link.hidden", "link.external_no_notice",
             "interpretation.missing", "interpretation.late", "interpretation.unlinked", "meeting.late",
             "annual_report.missing", "annual_report.summary_too_long", "annual_report.missing_section", "annual_report.inconsistent",
             "annual_report.duplicate", "newmedia.stale", "homepage.stale", "site.identity_missing"]
    counts = {r: sum(1 for f in FINDINGS if f["rule"] == r) for r in fixed}
    extra = {}
    for f in FINDINGS:
        if f["rule"] not in fixed:
            extra[f["rule"]] = extra.get(f["rule"], 0) + 1
    truth = {"as_of": AS_OF.isoformat(), "sites": SITES, "counts": counts, "counts_extra": extra,
             "raw_values": [{"value": r["value"], "kind": r["kind"]} for r in RAWS],
             "findings": FINDINGS, "decoys": DECOYS, "tolerated": TOLERATED}
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    n_files = sum(len(v) for v in FILES.values())
    print(f"{n_files} files; {len(FINDINGS)} findings; {len(DECOYS)} decoys; {len(TOLERATED)} tolerated; {len(RAWS)} raw values")
    print(counts, extra)


if __name__ == "__main__":
    main()

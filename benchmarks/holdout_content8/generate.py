"""Generate the eighth content holdout (sites/, sites.yaml, truth.yaml, lexicons/). Deterministic.

    .venv/bin/python benchmarks/holdout_content8/generate.py

Three sites of the invented county 柘河县 (鹤原市, 黑龙江省), as-of 2025-06-11:
``zhehe`` (county portal, EmpireCMS 帝国CMS-style static pages), ``zh-rsj`` (county human-resources
bureau on a Java-based 集约化 platform, ``…/202506/t20250605_N.shtml``, site-wide leave-site script)
and ``qingyang-zhen`` (a township on a mobile-first Bootstrap theme).
"""

from __future__ import annotations

import io
import random
import re
import shutil
import zipfile
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
AS_OF = date(2025, 6, 11)
RNG = random.Random(20250611)

# =============================================================================================
# truth accumulators
# =============================================================================================
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
TOLERATED: list[dict] = []
RAWS: list[dict] = []
FILES: dict[str, dict[str, bytes]] = {"zhehe": {}, "zh-rsj": {}, "qingyang-zhen": {}}


def plant(site, rule, url_path, target=None, why="", accept=None, alt=None):
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
    TOLERATED.append({"site": site, "rules": rules, "url_path": url_path, "target": target, "why": why})


def put(site, path, data):
    assert path not in FILES[site], path
    if isinstance(data, str) and path.endswith((".html", ".shtml")):
        data = re.sub(r"(\s[\w:-]+)='([^'\"<>]*)'", r'\1="\2"', data)
    FILES[site][path] = data.encode("utf-8") if isinstance(data, str) else data


# =============================================================================================
# values
# =============================================================================================
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REGIONS = ["230826", "230128", "231084", "230722", "230421", "230621", "231181", "230183", "230828", "230811"]


def check_digit(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def valid_id(v):
    import re
    from datetime import datetime
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return check_digit(v[:17]) == v[17]


_used = set()


def new_id():
    while True:
        d = date(1950, 1, 1) + timedelta(days=RNG.randrange(0, 365 * 55))
        s = RNG.choice(REGIONS) + d.strftime("%Y%m%d") + f"{RNG.randrange(0, 1000):03d}"
        v = s + check_digit(s)
        if v not in _used and v[-1] != "X":
            _used.add(v)
            RAWS.append({"value": v, "kind": "id_number"})
            return v


def new_phone():
    while True:
        v = RNG.choice(["139", "158", "187", "135", "152", "177", "199", "183", "130", "166", "145", "189"]) + f"{RNG.randrange(0, 10**8):08d}"
        if v not in _used:
            _used.add(v)
            RAWS.append({"value": v, "kind": "mobile"})
            return v


def mask_id(v):
    return v[:4] + "*" * 10 + v[-4:]


def mask_phone(v):
    return v[:3] + "****" + v[-4:]


def bad_check_id():
    s = RNG.choice(REGIONS) + "19780512" + f"{RNG.randrange(0, 1000):03d}"
    good = check_digit(s)
    wrong = next(c for c in "0123456789" if c != good)
    v = s + wrong
    assert not valid_id(v)
    return v


def bad_date_id(ymd="19860231"):
    s = RNG.choice(REGIONS) + ymd + f"{RNG.randrange(0, 1000):03d}"
    v = s + check_digit(s)
    assert not valid_id(v)
    return v


def wd_after(a, b):
    """working days after a up to and including b"""
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def rss_date(d):
    return d.strftime("%a, %d %b %Y") + " 09:30:00 +0800"


def norm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-05-20T09:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


def make_xlsx(title, header, rows):
    import openpyxl
    from datetime import datetime
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.properties.created = wb.properties.modified = datetime(2025, 5, 26, 9, 0, 0)
    wb.properties.creator = "zhnyj"
    b = io.BytesIO()
    wb.save(b)
    return norm_zip(b.getvalue())


def make_docx(title, paras, header, rows):
    import docx
    from datetime import datetime
    d = docx.Document()
    d.core_properties.created = d.core_properties.modified = datetime(2025, 5, 19, 10, 0, 0)
    d.core_properties.author = "rsj"
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return norm_zip(b.getvalue())


def make_pdf(lines):
    """A one-page PDF with an uncompressed content stream (ASCII text)."""
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ops.append("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


# =============================================================================================
# annual reports (国办公开办函〔2021〕30号 template; one outdated 2019-layout report)
# =============================================================================================
COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def t3_numbers(spec):
    """spec: per sub-column (new, carry, open, part, nofind, carry_out)."""
    cols = []
    for new, carry, op, part, nof, out in spec:
        assert new + carry == op + part + nof + out
        cols.append({"new": new, "carry": carry, "open": op, "part": part, "nof": nof, "total": op + part + nof, "out": out})
    tot = {k: sum(c[k] for c in cols) for k in cols[0]}
    return cols + [tot]


def table3(cols, old=False):
    def row(label, key, span=""):
        return f"<tr><td {span}>{label}</td>" + "".join(f"<td>{c.get(key, 0)}</td>" for c in cols) + "</tr>"

    h = ("<table class='nb-t3' border='1' cellspacing='0'><tr><td rowspan='3' colspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，"
         "等于第三项加第四项之和）</td><td colspan='7'>申请人情况</td></tr><tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td>"
         "<td rowspan='2'>总计</td></tr><tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
    h += row("一、本年新收政府信息公开申请数量", "new")
    h += row("二、上年结转政府信息公开申请数量", "carry")
    h += row("三、本年度办理结果 （一）予以公开", "open")
    h += row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "part")
    for i, t in enumerate(["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
                           "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"], 1):
        h += row(f"（三）不予公开 {i}.{t}", "_")
    h += row("（四）无法提供 1.本机关不掌握相关政府信息", "nof")
    h += row("2.没有现成信息需要另行制作", "_") + row("3.补正后申请内容仍不明确", "_")
    for i, t in enumerate(["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                           "要求行政机关确认或重新出具已获取信息"], 1):
        h += row(f"（五）不予处理 {i}.{t}", "_")
    if old:
        h += row("（六）其他处理", "_")
    else:
        h += row("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "_")
        h += row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "_")
        h += row("3.其他", "_")
    h += row("（七）总计", "total")
    h += row("四、结转下年度继续办理", "out")
    return h + "</table>"


def table2(n, old=False):
    a, b, c, d = n
    if old:
        return ("<table class='nb-t2' border='1' cellspacing='0'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
                "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>"
                f"<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>{a}</td><td>{a}</td><td>{b}</td></tr>"
                "<tr><td colspan='4'>第二十条第（五）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
                f"<tr><td>行政许可</td><td>{c}</td><td>+2</td><td>{c + 2}</td></tr><tr><td>其他对外管理服务事项</td><td>3</td><td>0</td><td>3</td></tr>"
                "<tr><td colspan='4'>第二十条第（六）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
                f"<tr><td>行政处罚</td><td>{d}</td><td>-1</td><td>{d - 1}</td></tr><tr><td>行政强制</td><td>0</td><td>0</td><td>0</td></tr>"
                "<tr><td colspan='4'>第二十条第（八）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td colspan='2'>本年增/减</td></tr>"
                "<tr><td>行政事业性收费</td><td>0</td><td colspan='2'>0</td></tr>"
                "<tr><td colspan='4'>第二十条第（九）项</td></tr><tr><td>信息内容</td><td>采购项目数量</td><td colspan='2'>采购总金额</td></tr>"
                "<tr><td>政府集中采购</td><td>2</td><td colspan='2'>36.5</td></tr></table>")
    return ("<table class='nb-t2' border='1' cellspacing='0'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            f"<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>{a}</td><td>1</td><td>{b}</td></tr>"
            "<tr><td colspan='4'>第二十条第（五）项</td></tr><tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            f"<tr><td>行政许可</td><td colspan='3'>{c}</td></tr>"
            "<tr><td colspan='4'>第二十条第（六）项</td></tr><tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            f"<tr><td>行政处罚</td><td colspan='3'>{d}</td></tr><tr><td>行政强制</td><td colspan='3'>0</td></tr>"
            "<tr><td colspan='4'>第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan='3'>本年收费金额（单位：万元）</td></tr>"
            "<tr><td>行政事业性收费</td><td colspan='3'>0</td></tr></table>")


def table4(fy=(1, 0, 0, 0)):
    a, b, c, d = fy
    cells = [a, b, c, d, a + b + c + d] + [0] * 10
    return ("<table class='nb-t4' border='1' cellspacing='0'><tr><td colspan='5'>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
            "<tr><td rowspan='2'>结果维持</td><td rowspan='2'>结果纠正</td><td rowspan='2'>其他结果</td><td rowspan='2'>尚未审结</td>"
            "<td rowspan='2'>总计</td><td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr><tr>"
            + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + "</tr><tr>"
            + "".join(f"<td>{x}</td>" for x in cells) + "</tr></table>")


def report_body(org, year, summary, t2n, t3cols, problems, other, old=False, skip=None, t4=(1, 0, 0, 0)):
    intro = (f"<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
             f"〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由{org}编制。报告所列数据统计期限为"
             f"{year}年1月1日至{year}年12月31日。如对本报告有疑问，请与{org}联系。</p>")
    if old:
        intro = (f"<p>本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                 f"政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。统计期限为{year}年1月1日至{year}年12月31日。</p>")
    secs = [
        ("一、总体情况", "".join(f"<p>{s}</p>" for s in summary)),
        ("二、主动公开政府信息情况", table2(t2n, old)),
        ("三、收到和处理政府信息公开申请情况", table3(t3cols, old)),
        ("四、政府信息公开行政复议、行政诉讼情况", table4(t4)),
        ("五、存在的主要问题及改进情况", "".join(f"<p>{s}</p>" for s in problems)),
        ("六、其他需要报告的事项", "".join(f"<p>{s}</p>" for s in other)),
    ]
    out = intro
    for h, b in secs:
        if h == skip:
            continue
        out += f"<h3 class='nb-h'>{h}</h3>{b}"
    return out


# =============================================================================================
# page shells
# =============================================================================================
ZH_FOOT = ("<div class='footer'><p><a href='/about/lxwm.html'>联系我们</a> | <a href='/about/wzdt.html'>网站地图</a> | "
           "<a href='http://www.gov.cn/'>中国政府网</a></p><p>主办单位：柘河县人民政府办公室　承办：柘河县融媒体中心　"
           "地址：柘河县兴隆大街118号　电话：0458-6213105</p><p>网站标识码：2308260001　<a href='https://beian.miit.gov.cn/'>黑ICP备05002318号</a>　"
           "黑公网安备 23082602000117号</p><p><a href='https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2308260001'>"
           "<img src='/skin/default/images/jiucuo.png' alt='我为政府网站找错'></a></p></div>")
ZH_NAV = [("首页", "/"), ("柘河要闻", "/xwzx/zhyw/"), ("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"),
          ("政策解读", "/zwgk/zcjd/"), ("常务会议", "/zwgk/cwhy/"), ("公示公告", "/zwgk/gsgg/"), ("政府信息公开年报", "/zwgk/ndbg/"),
          ("便民服务", "/bmfw/"), ("政务新媒体", "/hdjl/zwxmt/")]


def zh_page(title, body, crumb="", extra_head="", tail=""):
    nav = "".join(f"<li><a href='{u}'>{n}</a></li>" for n, u in ZH_NAV)
    sub = ("<li class='has-sub'><a href='/zwgk/'>政务公开</a><ul class='subnav' style='display:none'>"
           "<li><a href='/zwgk/tzgg/'>通知公告</a></li><li><a href='/zwgk/zcwj/'>政策文件</a></li><li><a href='/zwgk/ndbg/'>年度报告</a></li></ul></li>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_柘河县人民政府</title>"
            f"<link rel='stylesheet' href='/skin/default/css/style.css'>{extra_head}</head><body>"
            f"<div class='top'><div class='logo'><img src='/skin/default/images/logo.png' alt='柘河县人民政府'></div>"
            f"<ul class='nav'>{nav}{sub}</ul></div><div class='main'><div class='position'>当前位置：<a href='/'>首页</a>{crumb}</div>"
            f"{body}</div>{ZH_FOOT}{tail}</body></html>")


def zh_list(items):
    return "<div class='list'><ul>" + "".join(f"<li><a href='{u}' title='{t}'>{t}</a><span>{d.isoformat()}</span></li>" for t, u, d in items) + "</ul></div>"


def zh_article(title, d, body, source="柘河县人民政府办公室", clicks=None):
    clicks = clicks or RNG.randrange(80, 900)
    return (f"<div class='showinfo'><h1>{title}</h1><div class='info'>发布时间：{d.isoformat()} {RNG.randrange(8, 18):02d}:{RNG.randrange(0, 60):02d}"
            f"　来源：{source}　浏览次数：<span>{clicks}</span></div><div class='content'>{body}</div></div>")


RS_ROOT = "/zhrsj"
RS_FD = RS_ROOT + "/xxgk/zfxxgk/fdzdgknr"


def rs_page(title, body, crumb=""):
    nav = (f"<li><a href='/'>首页</a></li><li><a href='{RS_ROOT}/gzdt/index.shtml'>工作动态</a></li>"
           f"<li><a href='{RS_ROOT}/xxgk/zfxxgk/index.shtml'>政府信息公开</a></li><li><a href='{RS_FD}/zcwj/index.shtml'>政策文件</a></li>"
           f"<li><a href='{RS_FD}/zcjd/index.shtml'>政策解读</a></li><li><a href='{RS_FD}/jwhy/index.shtml'>局务会议</a></li>"
           f"<li><a href='{RS_FD}/gsgg/index.shtml'>公示公告</a></li><li><a href='{RS_ROOT}/xxgk/zfxxgk/zfxxgknb/index.shtml'>政府信息公开年报</a></li>"
           f"<li><a href='{RS_ROOT}/xmt/index.shtml'>政务新媒体</a></li>")
    foot = ("<div class='g-footer'><div class='w1200'><p>主办单位：柘河县人力资源和社会保障局　地址：柘河县民主路56号　联系电话：0458-6217733</p>"
            "<p><a href='https://beian.miit.gov.cn/'>黑ICP备05002318号-6</a>　黑公网安备 23082602000245号　技术支持：鹤原市政务服务数据管理局</p>"
            "<p><a href='https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2308000019'>我为政府网站找错</a></p></div></div>")
    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title}-柘河县人力资源和社会保障局</title>"
            f"<link rel='stylesheet' href='{RS_ROOT}/common/css/main.css'><script src='{RS_ROOT}/common/js/leave.js'></script></head><body>"
            f"<div class='g-header'><div class='w1200'><span class='site-name'>柘河县人力资源和社会保障局</span></div></div>"
            f"<div class='g-nav'><ul class='w1200'>{nav}</ul></div><div class='w1200 g-main'><div class='crumb'>您的位置：<a href='/'>首页</a>{crumb}</div>"
            f"{body}</div>{foot}</body></html>")


def rs_list(items):
    return "<ul class='xxgk-list'>" + "".join(
        f"<li><span class='date'>{d.strftime('%Y-%m-%d')}</span><a href='{u}' target='_blank'>{t}</a></li>" for t, u, d in items) + "</ul>"


def rs_article(title, d, body, docno=None, source="柘河县人力资源和社会保障局"):
    meta = ""
    if docno:
        meta = (f"<table class='xxgk-meta'><tr><th>索引号</th><td>11230826MB0D6{RNG.randrange(10000, 99999)}/{d.year}-{RNG.randrange(100, 999)}</td>"
                f"<th>发文机关</th><td>{source}</td></tr><tr><th>文号</th><td>{docno}</td><th>成文日期</th><td>{d.strftime('%Y年%m月%d日')}</td></tr></table>")
    return (f"<div class='article'>{meta}<h1 class='art-title'>{title}</h1><div class='art-info'><span>发布日期：{d.isoformat()}</span>"
            f"<span>信息来源：{source}</span><span>字号：[大 中 小]</span></div><div class='art-con' id='zoom'>{body}</div></div>")


def rs_url(col, d, n):
    return f"{RS_FD}/{col}/{d.strftime('%Y%m')}/t{d.strftime('%Y%m%d')}_{n}.shtml"


QY_FOOT = ("<footer class='bg-light border-top py-3 mt-4 small text-center'><div class='container'>"
           "<p class='mb-1'>主办单位：柘河县青杨镇人民政府　地址：柘河县青杨镇政府街9号　电话：0458-6431002</p>"
           "<p class='mb-1'>网站标识码：2308260012　<a href='https://beian.miit.gov.cn/'>黑ICP备05002318号-11</a>　黑公网安备 23082602000318号</p>"
           "<p class='mb-0'><a href='https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2308260012'>我为政府网站找错</a></p></div></footer>")


def qy_page(title, body, extra_tail=""):
    nav = ("<nav class='navbar navbar-expand-lg navbar-dark bg-primary'><div class='container'><a class='navbar-brand' href='/'>青杨镇人民政府</a>"
           "<button class='navbar-toggler' type='button' data-bs-toggle='collapse' data-bs-target='#qyNav'>菜单</button>"
           "<div class='collapse navbar-collapse' id='qyNav'><ul class='navbar-nav'>"
           "<li class='nav-item'><a class='nav-link' href='/'>首页</a></li>"
           "<li class='nav-item'><a class='nav-link' href='/list/zwdt.html'>镇务动态</a></li>"
           "<li class='nav-item dropdown'><a class='nav-link dropdown-toggle' href='/list/tzgg.html' data-bs-toggle='dropdown'>信息公开</a>"
           "<ul class='dropdown-menu'><li><a class='dropdown-item' href='/list/tzgg.html'>通知公告</a></li>"
           "<li><a class='dropdown-item' href='/list/gsgg.html'>公示公告</a></li><li><a class='dropdown-item' href='/list/zwhy.html'>镇务会议</a></li>"
           "<li><a class='dropdown-item' href='/list/ndbg.html'>政府信息公开年报</a></li></ul></li>"
           "<li class='nav-item'><a class='nav-link' href='/list/mlqy.html'>魅力青杨</a></li></ul></div></div></nav>")
    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{title} - 柘河县青杨镇人民政府</title><link rel='stylesheet' href='/static/css/bootstrap.min.css'>"
            f"<link rel='stylesheet' href='/static/css/site.css'></head><body>"
            f"<a class='visually-hidden-focusable' href='#main'>跳到主要内容</a>{nav}<main id='main' class='container my-3'>{body}</main>"
            f"{QY_FOOT}<script src='/static/js/bootstrap.bundle.min.js'></script>{extra_tail}</body></html>")


def qy_list(items):
    return "<div class='list-group list-group-flush'>" + "".join(
        f"<a class='list-group-item list-group-item-action d-flex justify-content-between' href='{u}'><span>{t}</span>"
        f"<small class='text-muted'>{d.strftime('%Y/%m/%d')}</small></a>" for t, u, d in items) + "</div>"


def qy_article(title, d, body):
    return (f"<article class='card'><div class='card-body'><h1 class='h4 card-title'>{title}</h1>"
            f"<p class='text-muted small'>时间：{d.strftime('%Y年%m月%d日')}　来源：青杨镇党政综合办公室</p>"
            f"<div class='card-text article-body'>{body}</div></div></article>")


def ps(*xs):
    return "".join(f"<p>{x}</p>" for x in xs)


# =============================================================================================
# Site 1: zhehe — 柘河县人民政府 (EmpireCMS static pages)
# =============================================================================================
def site_zhehe():
    S = "zhehe"
    news = []  # (title, url, date, body)

    def art(col, d, n):
        return f"/{col}/{d.isoformat()}/{n}.html"

    # --- 柘河要闻
    news_specs = [
        (date(2025, 6, 10), 2384, "县委常委会召开会议传达学习省委全会精神",
         ps("6月9日，县委书记孙立群主持召开县委常委会会议，传达学习省委全会精神，研究部署全县贯彻落实工作。",
            "会议强调，要坚持稳中求进工作总基调，扎实推进大豆、玉米等粮食作物田间管理，全力以赴抓好夏季防汛各项准备工作。")),
        (date(2025, 6, 6), 2372, "我县召开2025年防汛抗旱工作会议",
         ps("6月5日，全县防汛抗旱工作会议召开。副县长刘振江出席会议并讲话。",
            "会议要求，各乡镇、各部门要再接再励，压紧压实防汛责任，做好物资储备和人员转移预案，确保安全度汛。")
         + "<p class='ft-ad'><a href='http://www.ks-qipai.net/'>开元棋牌官网</a></p>"),
        (date(2025, 6, 3), 2361, "县领导深入青杨镇调研乡村振兴工作",
         ps("6月2日，县长褚明远深入青杨镇调研乡村振兴工作，实地察看青杨乡村振兴示范片区、黑木耳种植基地和农村人居环境整治情况。",
            "褚明远指出，要立足资源禀赋，持续做强食用菌特色产业，带动群众稳定增收。")),
        (date(2025, 5, 28), 2349, "全县县域商业体系建设现场推进会召开",
         ps("5月27日，拓河县县域商业体系建设现场推进会在兴隆镇召开，与会人员实地观摩了乡镇商贸中心和村级寄递物流综合服务站。",
            "会议要求，加快补齐农村商业设施短板，推动县域流通网络提档升级。")),
        (date(2025, 5, 22), 2331, "我县举办2025年“春风行动”专场招聘会",
         ps("5月21日，由县人力资源和社会保障局主办的“春风行动”专场招聘会在县人力资源市场举行，42家企业提供就业岗位860余个。",
            "招聘现场，求职者迫不急待地向企业咨询岗位待遇，现场达成初步就业意向215人。")),
        (date(2025, 5, 16), 2317, "县政府与鹤原农投集团签订战略合作协议",
         ps("5月15日，县政府与鹤原农投集团签订战略合作协议，双方将主动融入一带一路战略，在现代农业、农产品精深加工和冷链物流等领域深化合作。",
            "签约仪式上，按装箱单清点的首批冷链设备已运抵县农产品物流园。")),
    ]
    for d, n, t, b in news_specs:
        u = art("xwzx/zhyw", d, n)
        news.append((t, u, d))
        put(S, u, zh_page(t, zh_article(t, d, b), " > <a href='/xwzx/zhyw/'>柘河要闻</a>"))
    plant(S, "text.typo", art("xwzx/zhyw", date(2025, 6, 6), 2372), "再接再励", "widely known typo (再接再厉)")
    plant(S, "text.typo", art("xwzx/zhyw", date(2025, 5, 22), 2331), "迫不急待", "widely known typo (迫不及待)")
    plant(S, "text.typo", art("xwzx/zhyw", date(2025, 5, 28), 2349), "拓河县", "site lexicon: county name with 拓", alt=["text.sensitive"])
    decoy(S, ["text.typo", "text.sensitive"], art("xwzx/zhyw", date(2025, 6, 3), 2361), "correct words straddling a lexicon word (青杨+乡村振兴)", "青杨乡村振兴")
    decoy(S, ["text.typo", "text.sensitive"], art("xwzx/zhyw", date(2025, 5, 16), 2317), "straddle: 按+装箱单", "按装箱单")
    plant(S, "text.sensitive", art("xwzx/zhyw", date(2025, 5, 16), 2317), "一带一路战略", "规范表述: “一带一路”倡议, not 战略", alt=["text.typo"])
    plant(S, "text.sensitive", art("zwgk/tzgg", date(2025, 5, 30), 2355), "褚明元", "site lexicon: the county head's name miswritten", alt=["text.typo"])
    u_h2 = art("xwzx/zhyw", date(2025, 6, 6), 2372)
    plant(S, "link.hidden", u_h2, "http://www.ks-qipai.net/", "off-screen by a class in the site style sheet")
    tolerate(S, ["link.external_no_notice"], u_h2, "hidden spam link also an outside link", "http://www.ks-qipai.net/")
    tolerate(S, ["text.typo", "text.sensitive"], u_h2, "anchor text of a hidden spam link")
    put(S, "/xwzx/zhyw/index.html", zh_page("柘河要闻", zh_list(news), " > 柘河要闻"))

    # --- 政策文件 / 政策解读
    docs = [
        # key, title, docno, date, interp date or None, link doc->jd, link jd->doc, n_doc, n_jd
        ("d1", "柘河县城乡居民临时救助实施办法", "柘政规〔2025〕3号", date(2025, 4, 25), date(2025, 4, 30), True, True, 2251, 2262),
        ("d2", "柘河县农村人居环境整治提升五年行动实施方案", "柘政发〔2025〕9号", date(2025, 5, 16), None, False, False, 2316, None),
        ("d3", "柘河县促进民营经济高质量发展若干措施", "柘政规〔2025〕4号", date(2025, 5, 9), date(2025, 5, 12), False, False, 2298, 2303),
        ("d4", "柘河县城市供热管理办法", "柘政规〔2025〕5号", date(2025, 5, 29), date(2025, 6, 4), True, True, 2352, 2366),
        ("d5", "柘河县政府投资项目管理办法", "柘政规〔2025〕2号", date(2025, 3, 14), date(2025, 3, 14), True, True, 2188, 2189),
    ]
    assert wd_after(date(2025, 4, 25), date(2025, 4, 30)) == 4
    assert wd_after(date(2025, 5, 29), date(2025, 6, 4)) == 3
    zc, jd = [], []
    for key, t, no, d, jdd, l1, l2, n1, n2 in docs:
        du = art("zwgk/zcwj", d, n1)
        ju = art("zwgk/zcjd", jdd, n2) if jdd else None
        jt = f"《{t}》政策解读" if jdd else None
        body = (f"<p class='wh'>{no}</p><p>各乡镇人民政府，县政府各部门、各直属机构：</p><p>现将《{t}》印发给你们，请认真贯彻执行。</p>"
                f"<p style='text-align:right'>柘河县人民政府<br>{d.strftime('%Y年%m月%d日')}</p>"
                f"<h2>{t}</h2>" + ps("第一条　为进一步规范相关工作，根据有关法律法规和省、市有关规定，结合我县实际，制定本办法。",
                                     "第二条　本办法适用于本县行政区域内的相关活动及其监督管理。",
                                     f"第三条　本办法自印发之日起施行，有效期五年。"))
        if l1 and ju:
            body += f"<div class='related'>相关解读：<a href='{ju}'>{jt}</a></div>"
        zc.append((t, du, d))
        put(S, du, zh_page(t, zh_article(t, d, body), " > <a href='/zwgk/zcwj/'>政策文件</a>"))
        if ju:
            jb = ps(f"一、起草背景　为贯彻落实上级部署，县政府起草了《{t}》（{no}）。",
                    "二、主要内容　文件共分为总则、职责分工、实施程序、监督管理和附则五个部分。",
                    "三、解读机关及联系方式　柘河县司法局，联系电话：0458-6215520。")
            if l2:
                jb += f"<p>原文链接：<a href='{du}'>{t}</a></p>"
            jd.append((jt, ju, jdd))
            put(S, ju, zh_page(jt, zh_article(jt, jdd, jb, source="柘河县司法局"), " > <a href='/zwgk/zcjd/'>政策解读</a>"))
    u = lambda k: next(art("zwgk/zcwj", x[3], x[7]) for x in docs if x[0] == k)  # noqa: E731
    ju = lambda k: next(art("zwgk/zcjd", x[4], x[8]) for x in docs if x[0] == k)  # noqa: E731
    plant(S, "interpretation.late", u("d1"), None, "interpretation 4 working days after (4-27 调休 Sunday counts)", accept=[ju("d1")])
    plant(S, "interpretation.missing", u("d2"), None, "no interpretation")
    plant(S, "interpretation.unlinked", u("d3"), None, "neither page links the other", accept=[ju("d3")])
    for k, why in (("d4", "interpretation 3 working days after across 端午 (6 calendar days), linked both ways"),
                   ("d5", "same-day interpretation, linked both ways")):
        decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], u(k), why)
        decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], ju(k), why)
    put(S, "/zwgk/zcwj/index.html", zh_page("政策文件", zh_list(sorted(zc, key=lambda x: x[2], reverse=True)), " > 政策文件"))
    put(S, "/zwgk/zcjd/index.html", zh_page("政策解读", zh_list(sorted(jd, key=lambda x: x[2], reverse=True)), " > 政策解读"))

    # --- 常务会议
    meets = [
        (date(2025, 3, 31), date(2025, 4, 22), "十三", 2240, True),
        (date(2025, 4, 21), date(2025, 5, 9), "十四", 2296, True),
        (date(2025, 5, 12), date(2025, 5, 26), "十五", 2340, False),
        (date(2025, 5, 27), date(2025, 5, 28), "十六", 2347, False),
    ]
    ml = []
    topics = ["研究《柘河县2025年重点项目建设计划》", "审议《柘河县森林草原防灭火工作方案》", "听取全县一季度经济运行情况汇报",
              "研究城区老旧小区改造有关事项", "审议《柘河县城市供热管理办法（草案）》", "研究全县防汛准备工作", "听取农村公路建设进展情况汇报"]
    for i, (held, pub, no, n, late) in enumerate(meets):
        t = f"柘河县人民政府第{no}次常务会议"
        mu = art("zwgk/cwhy", pub, n)
        body = ps(f"{held.year}年{held.month}月{held.day}日，县长褚明远主持召开县政府第{no}次常务会议。",
                  f"会议{topics[i]}，{topics[i + 2]}。", "会议强调，各部门要压实责任、协同配合，确保各项工作按期落实到位。",
                  "副县长刘振江、王淑敏、赵宏伟，县政府党组成员出席会议。")
        put(S, mu, zh_page(t, zh_article(t, pub, body), " > <a href='/zwgk/cwhy/'>常务会议</a>"))
        ml.append((t, mu, pub))
        if late:
            plant(S, "meeting.late", mu, None, f"held {held}, published {pub} ({(pub - held).days} days)")
        else:
            decoy(S, ["meeting.late"], mu, f"held {held}, published {pub} ({(pub - held).days} days, not more than 14)")
    put(S, "/zwgk/cwhy/index.html", zh_page("常务会议", zh_list(sorted(ml, key=lambda x: x[2], reverse=True)), " > 常务会议"))

    # --- 通知公告
    tz = []
    for d, n, t, b in [
        (date(2025, 6, 9), 2379, "关于2025年端午节后城区集中供热管网改造期间临时停水的通告",
         ps("因城区供热管网改造施工需要，6月12日8时至18时兴隆大街沿线部分小区临时停水，请居民提前做好储水准备。",
            "咨询电话：0458-6219660（县住建局），供水服务热线：96116。")),
        (date(2025, 5, 30), 2355, "关于开展2025年度安全生产月活动的通知",
         ps("各乡镇人民政府，县政府各部门：", "今年6月是第24个全国“安全生产月”，现就开展有关活动通知如下。", "县长褚明元任县安全生产月活动领导小组组长。", "县应急管理局值班电话：0458-6212350，传真：0458-6212351。")),
    ]:
        uu = art("zwgk/tzgg", d, n)
        tz.append((t, uu, d))
        put(S, uu, zh_page(t, zh_article(t, d, b), " > <a href='/zwgk/tzgg/'>通知公告</a>"))
        decoy(S, ["privacy.phone"], uu, "landlines and service hotlines", "0458-6219660" if n == 2379 else "0458-6212350")
    put(S, "/zwgk/tzgg/index.html", zh_page("通知公告", zh_list(tz), " > 通知公告"))

    # --- 公示公告 (privacy)
    gs = []
    ids = [new_id() for _ in range(2)]
    ph = [new_phone() for _ in range(2)]
    m_id = new_id_masked_only()
    m_ph = "13" + f"{RNG.randrange(5, 10)}" + "****" + f"{RNG.randrange(1000, 10000)}"
    rows = [("张桂芬", "兴隆镇永安村", ids[0], ph[0], 3, 1260), ("李德胜", "青杨镇青杨村", ids[1], ph[1], 2, 890),
            ("王玉兰", "兴隆镇东风村", m_id, m_ph, 1, 615), ("刘长海", "柘河镇红旗村", mask_id(bad_check_id()), "0458-6431157", 4, 1535)]
    tb = ("<table class='gs' border='1' cellspacing='0'><tr><th>序号</th><th>户主姓名</th><th>家庭住址</th><th>身份证号码</th><th>联系电话</th>"
          "<th>保障人口</th><th>月保障金额（元）</th></tr>" + "".join(
              f"<tr><td>{i}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td><td>{f}</td><td>{g}</td></tr>" for i, (a, b, c, e, f, g) in enumerate(rows, 1))
          + "</table>")
    d = date(2025, 5, 20)
    u1 = art("zwgk/gsgg", d, 2324)
    t1 = "柘河县2025年5月城乡居民最低生活保障新增对象公示"
    body = ps("根据《黑龙江省最低生活保障审核确认办法》，经本人申请、乡镇审核、县民政局确认，现将2025年5月新增城乡低保对象予以公示。",
              "公示期为7天，如有异议请拨打监督电话0458-6216012或民政服务热线12345反映。") + tb
    put(S, u1, zh_page(t1, zh_article(t1, d, body, source="柘河县民政局"), " > <a href='/zwgk/gsgg/'>公示公告</a>"))
    gs.append((t1, u1, d))
    for v in ids:
        plant(S, "privacy.id_number", u1, mask_id(v), "unmasked ID in an HTML 公示 table")
    for v in ph:
        plant(S, "privacy.phone", u1, mask_phone(v), "unmasked mobile in an HTML 公示 table")
    decoy(S, ["privacy.id_number"], u1, "masked ID", m_id)
    decoy(S, ["privacy.phone"], u1, "masked mobile", m_ph)
    decoy(S, ["privacy.phone"], u1, "supervision landline and 12345", "0458-6216012")

    # attachment xlsx
    ids2 = [new_id() for _ in range(2)]
    ph2 = [new_phone() for _ in range(2)]
    d = date(2025, 5, 26)
    u2 = art("zwgk/gsgg", d, 2337)
    x = "/d/file/p/2025/05-26/8f3c2a1b6e0d47a5.xlsx"
    put(S, x, make_xlsx("柘河县2025年耕地地力保护补贴发放明细（第一批）", ["序号", "姓名", "身份证号", "联系电话", "补贴面积（亩）", "补贴金额（元）", "开户行"],
                        [[1, "赵凤琴", ids2[0], ph2[0], 46.5, 3213.15, "柘河县农村信用合作联社"],
                         [2, "孙广财", ids2[1], ph2[1], 120.0, 8292.00, "中国邮政储蓄银行柘河县支行"],
                         [3, "周立新", mask_id(ids2[0][:6] + "19720315" + "0000"), "152****7716", 33.0, 2280.30, "柘河县农村信用合作联社"]]))
    t2 = "关于2025年耕地地力保护补贴发放情况的公示"
    body = ps("根据省农业农村厅、省财政厅有关要求，现将我县2025年耕地地力保护补贴第一批发放情况予以公示，补贴标准为每亩69.10元。",
              f"附件：<a href='{x}'>柘河县2025年耕地地力保护补贴发放明细（第一批）.xlsx</a>", "监督电话：0458-6213378")
    put(S, u2, zh_page(t2, zh_article(t2, d, body, source="柘河县农业农村局"), " > <a href='/zwgk/gsgg/'>公示公告</a>"))
    gs.append((t2, u2, d))
    for v in ids2:
        plant(S, "privacy.id_number", x, mask_id(v), "unmasked ID in an .xlsx attachment", accept=[u2])
    for v in ph2:
        plant(S, "privacy.phone", x, mask_phone(v), "unmasked mobile in an .xlsx attachment", accept=[u2])

    # decoy page: procurement result (credit codes, bank accounts, order numbers)
    d = date(2025, 6, 3)
    u3 = art("zwgk/gsgg", d, 2358)
    t3 = "柘河县兴隆大街供热管网改造工程中标结果公告"
    order = "202505201530001234"
    bank = "6217000830012345678"
    credit = "91230826MA1C7K3X2Q"
    credit2 = "122308264141234567"
    for v in (order, credit2):
        assert not valid_id(v)
    body = ps(f"项目编号：HYZC-2025-0417　采购计划备案号：{order}",
              f"中标人：鹤原市宏达市政工程有限公司（统一社会信用代码：{credit}），中标金额：人民币386.72万元。",
              f"采购人：柘河县住房和城乡建设局（统一社会信用代码：{credit2}），联系人：韩工，联系电话：0458-6219660。",
              f"履约保证金账户：中国建设银行柘河县支行，账号：{bank}。", "采购代理机构服务热线：400-6188-235")
    put(S, u3, zh_page(t3, zh_article(t3, d, body, source="柘河县公共资源交易中心"), " > <a href='/zwgk/gsgg/'>公示公告</a>"))
    gs.append((t3, u3, d))
    decoy(S, ["privacy.id_number"], u3, "18-digit 采购计划备案号", order)
    decoy(S, ["privacy.id_number"], u3, "18-digit all-digit 统一社会信用代码", credit2)
    decoy(S, ["privacy.id_number", "privacy.phone"], u3, "19-digit bank account", bank)
    decoy(S, ["privacy.phone"], u3, "400 hotline", "400-6188-235")
    put(S, "/zwgk/gsgg/index.html", zh_page("公示公告", zh_list(sorted(gs, key=lambda x: x[2], reverse=True)), " > 公示公告"))

    # --- annual reports
    org = "柘河县人民政府办公室"
    pool = [
        "全县各级行政机关坚持以公开为常态、不公开为例外，围绕优化营商环境、乡村振兴和民生保障等重点领域，持续加大政府信息主动公开力度。",
        "县政府门户网站全年发布各类政府信息{a}条，其中政策文件{b}件、政策解读{c}篇，“柘河发布”政务新媒体同步推送信息{d}条。",
        "严格落实行政规范性文件统一登记、统一编号、统一发布制度，现行有效规范性文件全部在政府信息公开专栏集中公开。",
        "全年共受理政府信息公开申请{e}件，均在法定期限内答复，未发生因政府信息公开引发的行政诉讼。",
        "进一步规范依申请公开办理流程，建立登记、审核、答复、归档全流程台账，提高答复的规范性和针对性。",
        "对照《政府信息公开条例》和上级要求，动态调整政府信息公开指南和公开目录，完善法定主动公开内容栏目设置。",
        "加强政府网站内容保障，落实“三审三校”制度，开展错敏字、外链和隐私信息专项排查{f}次，及时整改发现的问题。",
        "推进政策“一网通查”，将现行有效政策文件按主题分类集中展示，方便群众和企业查询办事。",
        "围绕财政预决算、重大建设项目、公共资源配置等领域，推动决策、执行、管理、服务、结果公开。",
        "组织召开政策吹风会和新闻发布会{g}场，主要负责同志带头解读重要政策。",
        "建立健全政务舆情回应机制，对涉及群众切身利益的热点问题及时发声、释疑解惑。",
        "将政务公开工作纳入全县绩效考核体系，举办政务公开业务培训{h}期，培训各级工作人员300余人次。",
        "拓展政府开放日活动，邀请人大代表、政协委员和群众代表走进县政府，参与重点民生项目评议。",
        "在县政务服务中心设立政府信息公开查阅点，配备查阅设备和纸质资料，为群众提供便利。",
        "推进基层政务公开标准化规范化，指导各乡镇完善26个领域公开事项标准目录。",
        "认真办理人大代表建议和政协委员提案，答复全文在政府网站公开。",
    ]

    def summ(idx, rnd):
        out = []
        for i in idx:
            out.append(pool[i].format(a=rnd.randrange(2000, 4000), b=rnd.randrange(8, 30), c=rnd.randrange(8, 30), d=rnd.randrange(600, 1500),
                                      e=rnd.randrange(10, 40), f=rnd.randrange(2, 6), g=rnd.randrange(3, 9), h=rnd.randrange(2, 6)))
        return out

    rnd = random.Random(8)
    long_sum = [pool[i].format(a=3118, b=21, c=19, d=1207, e=26, f=4, g=6, h=3) for i in (4, 5, 8, 10, 12, 13)]
    long_sum += ["（一）主动公开方面。" + "紧扣县委、县政府中心工作，及时公开重大决策部署和重要政策措施落实情况，重点做好稳增长、促改革、调结构、惠民生等方面信息发布，"
                 "全年围绕大豆振兴计划、黑土地保护、高标准农田建设、农村公路提档升级等重点工作发布专题信息，确保公众及时了解政策动态和执行进展。",
                 "（二）平台建设方面。" + "按照政府网站集约化建设要求，完成县政府门户网站和部门子站的整合迁移，统一信息资源库和用户体系，"
                 "优化智能搜索和无障碍浏览功能，完成IPv6改造，网站年度访问量较上年明显增长。",
                 "（三）政策解读方面。坚持“谁起草、谁解读”原则，严格落实政策文件与解读材料同步组织、同步审签、同步部署要求，综合运用图片图表、音频视频、"
                 "问答访谈等形式开展多元化解读，推动政策解读由“读文件”向“讲政策”转变，切实增强政策解读的针对性和可读性。",
                 "（四）监督保障方面。建立政务公开工作月调度、季通报制度，对各乡镇和县直部门网站栏目更新、政策解读、依申请公开办理等情况开展常态化检查，"
                 "对发现的问题建立台账、限期整改、跟踪问效，确保各项公开任务落到实处。",
                 "（五）基层公开方面。以乡镇便民服务中心为依托，推动基层政务公开标准化规范化向村级延伸，在各行政村设置公开栏，"
                 "及时公开村级财务、惠农补贴发放、低保救助等群众关心关注的信息，打通政务公开“最后一公里”。",
                 "（六）队伍建设方面。调整充实县政务公开工作领导小组，明确各单位分管领导和具体工作人员，全年组织业务骨干赴市政务服务数据管理局跟班学习，"
                 "编印《政务公开工作手册》下发至各乡镇、各部门，着力解决基层工作人员业务不熟、标准不清等问题。",
                 "（七）重点领域方面。围绕义务教育、医疗卫生、养老服务、住房保障、生态环境等重点领域，逐项梳理公开事项，明确公开主体、公开时限和公开渠道，"
                 "全年在重点领域专栏发布信息八百余条，其中涉及群众切身利益的惠民政策和资金分配结果均做到应公开尽公开。",
                 "（八）互动回应方面。依托县长信箱和12345政务服务便民热线，健全群众诉求受理、转办、答复、回访闭环机制，"
                 "对群众反映集中的供热收费、农村道路维护、饮水安全等问题及时答复并公开典型问答，形成了政民互动的良好氛围。",
                 "（九）信息管理方面。健全政府信息公开属性源头认定机制，公文办理环节同步明确主动公开、依申请公开或不予公开属性，"
                 "对不予公开的严格说明理由；组织开展历年行政规范性文件清理，对已废止、失效的文件在网站显著位置标注，避免误导公众。"]
    reports = [
        (2024, date(2025, 3, 27), 2226, summ([0, 1, 6, 9, 14], rnd), (5, 31, 12, 6), t3_numbers([(14, 1, 9, 3, 2, 1), (3, 0, 2, 1, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 3 + [(1, 0, 1, 0, 0, 0)]), None),
        (2023, date(2024, 3, 26), 1764, summ([2, 3, 7, 11, 15], rnd), (6, 28, 15, 9), t3_numbers([(17, 0, 11, 2, 3, 1), (2, 0, 2, 0, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 4), "inconsistent"),
        (2022, date(2023, 3, 30), 1342, long_sum, (4, 24, 10, 7), t3_numbers([(11, 2, 8, 1, 4, 0), (1, 0, 1, 0, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 4), "long"),
    ]
    ZH_PROB = {2024: ["部分单位对政策解读重视不够，解读材料以文字为主，图解、视频等形式运用较少。", "下一步将建立解读质量评议机制，推动解读更加通俗易懂。"],
               2023: ["依申请公开答复文书的规范性有待提高，个别答复援引条款不够准确。", "今后将组织答复文书专项评查，并编制常用文书示范文本。"],
               2022: ["基层政务公开标准目录更新不够及时，个别乡镇公开专栏内容陈旧。", "我县将把目录动态调整纳入年度考核，定期开展抽查通报。"]}
    ZH_OTHER = {2024: "本年度未收取信息处理费。县政府办公室共办理人大代表建议31件、政协提案44件。",
                2023: "依据《政府信息公开信息处理费管理办法》，本年度未收取任何费用。",
                2022: "本年度无其他需要报告的事项。"}
    nl = []
    for y, pub, n, sm, t2n, t3c, what in reports:
        if what == "inconsistent":
            t3c[0]["total"] += 2  # 自然人: 17 + 0 != 18 + 1
            t3c[-1]["total"] += 2
        t = f"柘河县人民政府{y}年政府信息公开工作年度报告"
        uu = art("zwgk/ndbg", pub, n)
        body = report_body(org, y, sm, t2n, t3c,
                           ZH_PROB[y], [ZH_OTHER[y]])
        if what == "long":
            assert len("".join(sm)) > 1250, len("".join(sm))
        else:
            assert len("".join(sm)) < 800
        put(S, uu, zh_page(t, zh_article(t, pub, body), " > <a href='/zwgk/ndbg/'>政府信息公开年报</a>"))
        nl.append((t, uu, pub))
        if what == "inconsistent":
            plant(S, "annual_report.inconsistent", uu, None, "table 三, column 自然人: 新收 17 + 结转 0 != 总计 + 结转下年度")
        elif what == "long":
            plant(S, "annual_report.summary_too_long", uu, None, f"总体情况 {len(''.join(sm))} characters")
        else:
            decoy(S, ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.summary_too_long", "annual_report.duplicate",
                      "annual_report.outdated_format", "annual_report.missing"], uu, "consistent 2021-template report, on time")
    put(S, "/zwgk/ndbg/index.html", zh_page("政府信息公开年报", zh_list(nl), " > 政府信息公开年报"))

    # --- 便民服务 (external links, font-size:0 hidden)
    bm = ("<div class='bmfw'><h2>便民服务</h2><ul>"
          "<li><a href='http://www.hlj.gov.cn/'>黑龙江省人民政府</a></li>"
          "<li><a href='https://www.12306.cn/'>铁路12306购票</a></li>"
          "<li><a href='http://www.ccb.com/'>中国建设银行（社保卡业务）</a></li>"
          "<li><a href='https://www.hlj.gov.cn/hlj/c107856/zfxxgk.shtml'>黑龙江省政府信息公开</a></li>"
          "<li><a href='/zwgk/tzgg/'>停水停电通知</a></li></ul>"
          "<p class='tip'>服务热线：12345　<span style='font-size:0;line-height:0'><a href='http://www.dkkf-daikuan.com/'>无抵押小额贷款</a></span></p></div>")
    put(S, "/bmfw/index.html", zh_page("便民服务", bm, " > 便民服务"))
    plant(S, "link.external_no_notice", "/bmfw/", "https://www.12306.cn/", "outside link, no notice")
    plant(S, "link.external_no_notice", "/bmfw/", "http://www.ccb.com/", "outside link, no notice")
    plant(S, "link.hidden", "/bmfw/", "http://www.dkkf-daikuan.com/", "font-size 0 wrapper")
    tolerate(S, ["link.external_no_notice"], "/bmfw/", "hidden spam link also an outside link", "http://www.dkkf-daikuan.com/")
    tolerate(S, ["text.typo", "text.sensitive"], "/bmfw/", "anchor text of a hidden spam link")
    decoy(S, ["link.external_no_notice", "link.hidden"], "/bmfw/", "province gov.cn link", "http://www.hlj.gov.cn/")

    # --- 政务新媒体 (feeds)
    feeds = [("柘河发布", "/hdjl/zwxmt/rss/zhfb.xml", "rss", date(2025, 5, 21)),
             ("柘河融媒", "/hdjl/zwxmt/rss/zhrm.atom", "atom", date(2025, 6, 9)),
             ("柘河县政务微博", "/hdjl/zwxmt/rss/zhwb.xml", "rss", date(2025, 5, 12))]
    for name, p, kind, newest in feeds:
        put(S, p, feed(name, kind, newest, "http://zhehe.example/"))
        if (AS_OF - newest).days > 14:
            plant(S, "newmedia.stale", p, None, f"newest item {newest} ({(AS_OF - newest).days} days)")
        else:
            decoy(S, ["newmedia.stale"], p, f"fresh feed, newest {newest}")
    xm = "<div class='xmt'><h2>政务新媒体矩阵</h2><ul>" + "".join(
        f"<li>{n}（<a href='{p}'>订阅</a>）</li>" for n, p, _, _ in feeds) + "</ul></div>"
    put(S, "/hdjl/zwxmt/index.html", zh_page("政务新媒体", xm, " > 政务新媒体"))
    put(S, "/zwgk/index.html", zh_page("政务公开", "<ul>" + "".join(f"<li><a href='{u}'>{n}</a></li>" for n, u in ZH_NAV[2:8]) + "</ul>", " > 政务公开"))
    put(S, "/about/lxwm.html", zh_page("联系我们", ps("柘河县人民政府办公室　地址：柘河县兴隆大街118号　邮编：154700", "值班电话：0458-6213105　传真：0458-6213106")))
    put(S, "/about/wzdt.html", zh_page("网站地图", "<ul>" + "".join(f"<li><a href='{u}'>{n}</a></li>" for n, u in ZH_NAV) + "</ul>"))
    decoy(S, ["privacy.phone"], "/about/lxwm.html", "office landline and fax", "0458-6213106")

    # --- static
    put(S, "/skin/default/css/style.css",
        "body{font-family:SimSun,serif;margin:0;background:#fff}.top{background:#b40000;color:#fff}.nav li{display:inline-block;padding:0 12px}"
        ".nav a{color:#fff}.list li{border-bottom:1px dashed #ccc;line-height:32px}.list span{float:right}.footer{background:#eee;text-align:center;padding:10px}"
        ".ft-ad{position:absolute;left:-9999px;top:-9999px}.has-sub:hover .subnav{display:block!important}\n")
    put(S, "/skin/default/js/tongji.js",
        "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='/skin/default/js/empty.js';document.body.appendChild(hm);})();\n"
        "document.write('<div style=\"height:0;overflow:hidden;\">'+'<a href=\"http://www.lhc49kj.com/\">六合彩开奖直播</a>'+'</div>');\n")
    put(S, "/skin/default/js/empty.js", "/* stats */\n")
    put(S, "/skin/default/images/logo.png", PNG)
    put(S, "/skin/default/images/jiucuo.png", PNG)

    # --- homepage
    tabs = ("<div class='tab'><ul class='tab-hd'><li class='on'>柘河要闻</li><li>通知公告</li></ul>"
            f"<div class='tab-bd'>{zh_list(news[:5])}</div><div class='tab-bd' style='display:none'>{zh_list(tz)}</div></div>")
    links = ("<div class='yqlj'><h3>友情链接</h3><a href='http://www.gov.cn/'>中国政府网</a> <a href='http://www.hlj.gov.cn/'>黑龙江省人民政府</a> "
             "<a href='http://www.heyuan-hlj.gov.cn/'>鹤原市人民政府</a> <a href='http://www.dbw.cn/'>东北网</a> "
             "<a href='http://www.people.com.cn/' onclick=\"return confirm('您即将离开柘河县人民政府网站，访问第三方网站，是否继续？')\">人民网</a></div>")
    hidden = "<div style='display:none'><a href='http://www.hg6688bet.com/'>皇冠体育投注</a></div>"
    home = zh_page("首页", tabs + f"<div class='zcwj'><h3>政策文件</h3>{zh_list(sorted(zc, key=lambda x: x[2], reverse=True)[:4])}</div>"
                   + f"<div class='zwxmt'><a href='/hdjl/zwxmt/'>政务新媒体</a></div>" + links + hidden,
                   tail="<script src='/skin/default/js/tongji.js'></script>")
    put(S, "/index.html", home)
    plant(S, "link.hidden", "/", "http://www.hg6688bet.com/", "display:none wrapper")
    plant(S, "link.hidden", "/", "http://www.lhc49kj.com/", "written by a stats script, zero-height overflow hidden")
    plant(S, "link.external_no_notice", "/", "http://www.dbw.cn/", "friend link to a news site, no notice")
    for h in ("http://www.hg6688bet.com/", "http://www.lhc49kj.com/"):
        tolerate(S, ["link.external_no_notice"], "/", "hidden spam link also an outside link", h)
    tolerate(S, ["text.typo", "text.sensitive"], "/", "anchor text of a hidden spam link")
    decoy(S, ["link.external_no_notice"], "/", "outside link with its own leave-site confirm", "http://www.people.com.cn/")
    decoy(S, ["link.external_no_notice", "link.hidden"], "/", "gov.cn friend link", "http://www.heyuan-hlj.gov.cn/")
    decoy(S, ["link.hidden"], "/", "hidden internal drop-down menu and tab panel", "/zwgk/tzgg/")
    decoy(S, ["homepage.stale"], "/", "homepage with items from the last days")
    decoy(S, ["site.identity_missing"], "/", "all identity elements; 找错 entry as an image with alt text")


_MASK_RNG = random.Random(77)


def new_id_masked_only():
    s = _MASK_RNG.choice(REGIONS) + "19650823" + f"{_MASK_RNG.randrange(0, 1000):03d}"
    v = s + check_digit(s)
    return v[:6] + "********" + v[-4:]


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def feed(name, kind, newest, link):
    dates = [newest - timedelta(days=k) for k in (0, 3, 7, 12, 20)]
    titles = ["防汛应急知识问答", "政策“小课堂”第{}期", "一图读懂惠企政策", "工作动态速览", "便民服务提醒"]
    if kind == "rss":
        items = "".join(f"<item><title>{titles[i % 5].format(i + 10)}</title><link>{link}</link><pubDate>{rss_date(d)}</pubDate></item>"
                        for i, d in enumerate(dates))
        return (f"<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel><title>{name}</title><link>{link}</link>"
                f"<description>{name}</description>{items}</channel></rss>\n")
    items = "".join(f"<entry><title>{titles[i % 5].format(i + 10)}</title><id>tag:{name}:{i}</id><updated>{d.isoformat()}T09:30:00+08:00</updated></entry>"
                    for i, d in enumerate(dates))
    return (f"<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'><title>{name}</title><id>tag:{name}</id>"
            f"<updated>{newest.isoformat()}T09:30:00+08:00</updated>{items}</feed>\n")


# =============================================================================================
# Site 2: zh-rsj — 柘河县人力资源和社会保障局 (Java 集约化 platform, site-wide leave-site script)
# =============================================================================================
def site_rsj():
    S = "zh-rsj"
    crumb = lambda n, p: f" &gt; <a href='{p}'>{n}</a>"  # noqa: E731

    # --- 工作动态
    gz = []
    for d, n, t, b in [
        (date(2025, 6, 5), 4512, "县人社局开展根治欠薪夏季专项行动",
         ps("6月4日起，县人社局联合县住建、交通等部门开展根治欠薪夏季专项行动，重点检查在建工程项目劳动用工和工资支付情况。",
            "劳动者遇到欠薪问题，可拨打劳动保障监察举报电话0458-6217745或12333咨询。")),
        (date(2025, 5, 29), 4497, "我局召开2025年度就业创业工作推进会",
         ps("5月28日，局党组书记、局长马春玲主持召开全县就业创业工作推进会。", "会议要求各乡镇人社所一如继往做好高校毕业生、农民工等重点群体就业服务。")
         + "<div style='color:#ffffff;background-color:#ffffff;font-size:12px'><a href='http://www.bzkz-zhengjian.com/' style='color:#ffffff'>办证刻章</a></div>"),
        (date(2025, 5, 15), 4473, "我局举办农村劳动力转移就业技能培训班",
         ps("5月14日，柘河县劳动和社会保障局在县职业技术教育中心举办农村劳动力转移就业技能培训班，并讲解劳动合同签订注意事项。",
            "本期培训既使用线上课程，也安排线下实操，共培训学员62人，培训内容涵盖中式烹调、家政服务等。")),
        (date(2025, 5, 8), 4459, "县人社局开展“一带一路”国际劳务合作政策宣讲",
         ps("5月7日，县人社局邀请省外派劳务服务中心专家，围绕“一带一路”倡议框架下的境外就业政策开展宣讲，提醒群众通过正规渠道出国务工。",
            "宣讲会上，工作人员还介绍了柘河县人力资源和社会保障局网上办事大厅的使用方法，勉励大家再接再厉、依法务工。")),
    ]:
        uu = rs_url("../gzdt", d, n).replace("/xxgk/zfxxgk/fdzdgknr/../", "/")
        gz.append((t, uu, d))
        put(S, uu, rs_page(t, rs_article(t, d, b), crumb("工作动态", f"{RS_ROOT}/gzdt/index.shtml")))
    u_gz = {n: rs_url("../gzdt", d, n).replace("/xxgk/zfxxgk/fdzdgknr/../", "/") for t, uu, d in gz for n in [int(uu.rsplit("_", 1)[1].split(".")[0])]}
    plant(S, "text.typo", u_gz[4497], "一如继往", "widely known typo (一如既往)")
    plant(S, "text.typo", u_gz[4473], "柘河县劳动和社会保障局", "site lexicon: pre-reform bureau name", alt=["text.sensitive"])
    decoy(S, ["text.typo", "text.sensitive"], u_gz[4459], "correct 规范表述 (“一带一路”倡议) and the correct bureau name", "一带一路")
    plant(S, "link.hidden", u_gz[4497], "http://www.bzkz-zhengjian.com/", "white text on a white block")
    tolerate(S, ["link.external_no_notice"], u_gz[4497], "hidden spam link also an outside link", "http://www.bzkz-zhengjian.com/")
    tolerate(S, ["text.typo", "text.sensitive"], u_gz[4497], "anchor text of a hidden spam link")
    decoy(S, ["text.typo", "text.sensitive"], u_gz[4459], "correct idiom 再接再厉", "再接再厉")
    decoy(S, ["text.typo", "text.sensitive"], u_gz[4473], "straddle: 既+使用", "既使用")
    decoy(S, ["privacy.phone"], u_gz[4512], "labour inspection landline and 12333", "0458-6217745")
    put(S, f"{RS_ROOT}/gzdt/index.shtml", rs_page("工作动态", rs_list(gz), crumb("工作动态", f"{RS_ROOT}/gzdt/index.shtml")))

    # --- 政策文件 / 解读
    docs = [
        ("r1", "柘河县就业见习管理办法", "柘人社规〔2025〕2号", date(2025, 5, 28), date(2025, 6, 4), True, True, 4495, 4508),
        ("r2", "柘河县职业技能提升补贴实施细则", "柘人社规〔2025〕1号", date(2025, 4, 18), None, False, False, 4433, None),
        ("r3", "柘河县创业担保贷款实施办法", "柘人社发〔2025〕6号", date(2025, 3, 21), date(2025, 3, 24), False, True, 4398, 4401),
        ("r4", "柘河县人力资源服务机构管理办法", "柘人社规〔2025〕3号", date(2025, 4, 29), date(2025, 5, 6), True, True, 4447, 4455),
        ("r5", "柘河县被征地农民参加基本养老保险实施办法", "柘人社规〔2024〕5号", date(2024, 12, 20), date(2024, 12, 23), True, True, 4302, 4305),
    ]
    assert wd_after(date(2025, 5, 28), date(2025, 6, 4)) == 4
    assert wd_after(date(2025, 4, 29), date(2025, 5, 6)) == 2
    zc, jd = [], []
    for key, t, no, d, jdd, l1, l2, n1, n2 in docs:
        du = rs_url("zcwj", d, n1)
        ju = rs_url("zcjd", jdd, n2) if jdd else None
        jt = f"关于《{t}》的政策解读" if jdd else None
        body = (f"<p>各乡镇人民政府，县直有关单位：</p><p>现将《{t}》印发给你们，请结合实际认真抓好落实。</p>"
                f"<p style='text-align:right'>柘河县人力资源和社会保障局<br>{d.strftime('%Y年%m月%d日')}</p>"
                + ps(f"第一章　总则", "第一条　为规范管理、保障当事人合法权益，根据国家和省有关规定，结合本县实际，制定本办法。",
                     "第二条　县人力资源和社会保障部门负责本办法的组织实施。"))
        if l1 and ju:
            body += f"<div class='xgjd'><span>相关解读：</span><a href='{ju}'>{jt}</a></div>"
        zc.append((t, du, d))
        put(S, du, rs_page(t, rs_article(t, d, body, docno=no), crumb("政策文件", f"{RS_FD}/zcwj/index.shtml")))
        if ju:
            jb = ps(f"一、制定背景　为贯彻落实国家和省有关决策部署，县人社局研究制定了《{t}》（{no}）。",
                    "二、主要内容　明确了适用范围、申请条件、办理流程和监督管理等内容。", "三、解读人：县人社局政策法规股，咨询电话：0458-6217730。")
            if l2:
                jb += f"<p class='ywlj'>文件原文：<a href='{du}'>{t}</a></p>"
            jd.append((jt, ju, jdd))
            put(S, ju, rs_page(jt, rs_article(jt, jdd, jb), crumb("政策解读", f"{RS_FD}/zcjd/index.shtml")))
    U = {k: rs_url("zcwj", d, n1) for k, t, no, d, jdd, l1, l2, n1, n2 in docs}
    J = {k: rs_url("zcjd", jdd, n2) for k, t, no, d, jdd, l1, l2, n1, n2 in docs if jdd}
    plant(S, "interpretation.late", U["r1"], None, "interpretation 4 working days after across 端午", accept=[J["r1"]])
    plant(S, "interpretation.missing", U["r2"], None, "no interpretation")
    plant(S, "interpretation.unlinked", U["r3"], None, "the interpretation links the document, the document does not link back", accept=[J["r3"]])
    for k, why in (("r4", "interpretation 2 working days after across 劳动节 (7 calendar days), linked both ways"),
                   ("r5", "interpretation 1 working day after, linked both ways")):
        decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], U[k], why)
        decoy(S, ["interpretation.late", "interpretation.missing", "interpretation.unlinked"], J[k], why)
    put(S, f"{RS_FD}/zcwj/index.shtml", rs_page("政策文件", rs_list(sorted(zc, key=lambda x: x[2], reverse=True)), crumb("政策文件", f"{RS_FD}/zcwj/index.shtml")))
    inj = ("<div id='jd-ft'></div><script>document.getElementById('jd-ft').innerHTML="
           "'<a href=\"http://www.tyc-yule.com/\" style=\"visibility:hidden\">太阳城娱乐</a>';</script>")
    put(S, f"{RS_FD}/zcjd/index.shtml", rs_page("政策解读", rs_list(sorted(jd, key=lambda x: x[2], reverse=True)) + inj, crumb("政策解读", f"{RS_FD}/zcjd/index.shtml")))
    p = f"{RS_FD}/zcjd/index.shtml"
    plant(S, "link.hidden", p, "http://www.tyc-yule.com/", "innerHTML set by an inline script, visibility:hidden")
    tolerate(S, ["link.external_no_notice"], p, "hidden spam link also an outside link", "http://www.tyc-yule.com/")
    tolerate(S, ["text.typo", "text.sensitive"], p, "anchor text of a hidden spam link")

    # --- 局务会议
    ml = []
    for held, pub, no, n, late in [(date(2025, 4, 8), date(2025, 4, 28), "2025年第4次", 4441, True),
                                   (date(2025, 5, 20), date(2025, 5, 23), "2025年第6次", 4485, False),
                                   (date(2025, 5, 6), date(2025, 5, 16), "2025年第5次", 4476, False)]:
        t = f"县人社局召开{no}局务会议"
        uu = rs_url("jwhy", pub, n)
        b = ps(f"{held.month}月{held.day}日，局党组书记、局长马春玲主持召开{no}局务会议，班子成员及各股室负责人参加会议。",
               "会议研究了就业补助资金使用、社保基金安全管理等事项，并对近期重点工作进行了安排部署。")
        put(S, uu, rs_page(t, rs_article(t, pub, b), crumb("局务会议", f"{RS_FD}/jwhy/index.shtml")))
        ml.append((t, uu, pub))
        if late:
            plant(S, "meeting.late", uu, None, f"held {held}, published {pub} ({(pub - held).days} days)")
        else:
            decoy(S, ["meeting.late"], uu, f"held {held}, published {pub} ({(pub - held).days} days)")
    put(S, f"{RS_FD}/jwhy/index.shtml", rs_page("局务会议", rs_list(ml), crumb("局务会议", f"{RS_FD}/jwhy/index.shtml")))

    # --- 公示公告 (privacy)
    gs = []
    d = date(2025, 5, 19)
    u1 = rs_url("gsgg", d, 4481)
    i1, p1 = new_id(), new_phone()
    di = [new_id() for _ in range(2)]
    dp = new_phone()
    docx_p = f"{RS_FD}/gsgg/202505/P020250519394821056713.docx"
    put(S, docx_p, make_docx("柘河县2025年第一批就业见习补贴人员花名册", ["经审核，以下人员符合就业见习补贴申领条件。"],
                             ["序号", "姓名", "身份证号码", "联系电话", "见习单位", "补贴月数"],
                             [[1, "高雪莹", di[0], dp, "柘河县鑫源农业科技有限公司", 6], [2, "于浩然", di[1], "158****2046", "柘河县第二人民医院", 6]]))
    tb = ("<table class='gs' border='1'><tr><th>姓名</th><th>性别</th><th>身份证号</th><th>联系方式</th><th>见习单位</th></tr>"
          f"<tr><td>邵佳琪</td><td>女</td><td>{i1}</td><td>{p1}</td><td>柘河县兴隆镇中心卫生院</td></tr>"
          f"<tr><td>彭宇航</td><td>男</td><td>{bad_check_id()}</td><td>187****5530</td><td>黑龙江柘河农村商业银行</td></tr></table>")
    t = "2025年第一批就业见习补贴拟发放人员公示"
    b = ps("根据《柘河县就业见习管理办法》，现将2025年第一批就业见习补贴拟发放人员情况公示如下，公示期5个工作日。") + tb + ps(
        f"附件：<a href='{docx_p}'>柘河县2025年第一批就业见习补贴人员花名册.docx</a>", "监督电话：0458-6217752")
    put(S, u1, rs_page(t, rs_article(t, d, b), crumb("公示公告", f"{RS_FD}/gsgg/index.shtml")))
    gs.append((t, u1, d))
    plant(S, "privacy.id_number", u1, mask_id(i1), "unmasked ID in an HTML list")
    plant(S, "privacy.phone", u1, mask_phone(p1), "unmasked mobile in an HTML list")
    decoy(S, ["privacy.id_number"], u1, "18-digit number with a wrong check digit")
    decoy(S, ["privacy.phone"], u1, "masked mobile", "187****5530")
    for v in di:
        plant(S, "privacy.id_number", docx_p, mask_id(v), "unmasked ID in a .docx attachment", accept=[u1])
    plant(S, "privacy.phone", docx_p, mask_phone(dp), "unmasked mobile in a .docx attachment", accept=[u1])

    d = date(2025, 6, 3)
    u2 = rs_url("gsgg", d, 4506)
    ci, cp = new_id(), new_phone()
    csv_p = f"{RS_FD}/gsgg/202506/P020250603511270948862.csv"
    csv = ("序号,姓名,身份证号,联系电话,安置岗位,岗位补贴(元/月)\r\n"
           f"1,韩丽娟,{ci},{cp},兴隆镇保洁员,1860\r\n2,曲振国,{mask_id(new_id_masked_only().replace('*', '0'))},0458-6431190,青杨镇护林员,1860\r\n")
    put(S, csv_p, csv.encode("gbk"))
    t = "2025年公益性岗位拟安置人员公示"
    b = ps("经个人申请、资格审核，现将2025年公益性岗位拟安置人员名单予以公示。", f"附件：<a href='{csv_p}'>公益性岗位拟安置人员名单.csv</a>")
    put(S, u2, rs_page(t, rs_article(t, d, b), crumb("公示公告", f"{RS_FD}/gsgg/index.shtml")))
    gs.append((t, u2, d))
    plant(S, "privacy.id_number", csv_p, mask_id(ci), "unmasked ID in a GBK .csv attachment", accept=[u2])
    plant(S, "privacy.phone", csv_p, mask_phone(cp), "unmasked mobile in a GBK .csv attachment", accept=[u2])

    d = date(2025, 5, 26)
    u3 = rs_url("gsgg", d, 4490)
    case = "柘人社监罚〔2025〕3号"
    credit = "91230826MA1BQ4RL0D"
    t = "劳动保障监察行政处罚决定公示"
    bd = bad_date_id("19791331")
    b = ps(f"行政处罚决定书文号：{case}", f"被处罚单位：柘河县鼎盛建筑劳务有限公司，统一社会信用代码：{credit}",
           f"法定代表人：郑某，身份证号：{bd[:6]}********{bd[-4:]}",
           "违法事实：拖欠14名农民工工资共计27.36万元，经责令限期支付后仍未支付。", "处罚依据：《保障农民工工资支付条例》第五十五条。")
    put(S, u3, rs_page(t, rs_article(t, d, b), crumb("公示公告", f"{RS_FD}/gsgg/index.shtml")))
    gs.append((t, u3, d))
    decoy(S, ["privacy.id_number"], u3, "masked ID of a legal representative", bd[-4:])
    decoy(S, ["privacy.id_number"], u3, "统一社会信用代码", credit)
    put(S, f"{RS_FD}/gsgg/index.shtml", rs_page("公示公告", rs_list(sorted(gs, key=lambda x: x[2], reverse=True)), crumb("公示公告", f"{RS_FD}/gsgg/index.shtml")))

    # --- annual reports (2024 duplicates 2023; 2022 in the 2019 layout)
    org = "柘河县人力资源和社会保障局"
    base = ["{y}年，县人社局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕就业创业、社会保险、劳动关系和人才人事等重点领域，全面推进政府信息公开工作。",
            "全年通过门户网站主动公开政府信息{a}条，其中就业政策{b}条、社会保险政策{c}条、公示公告{d}条。",
            "坚持政策文件与解读材料同步组织、同步审签、同步部署，全年发布政策解读{e}篇。",
            "全年收到政府信息公开申请{f}件，均按期办结。局政府信息公开工作由办公室具体负责，配备专兼职工作人员2名。",
            "依托“柘河人社”微信公众号推送就业岗位、社保待遇调整等信息，及时回应群众关切。"]
    fill = lambda y, k: [s.format(y=y, a=486 + k, b=61 + k, c=44, d=133 + k, e=9, f=7 + k % 2) for s in base]  # noqa: E731
    prob = lambda y: ["主要问题是部分公开内容更新不够及时，政策解读形式较为单一。", "下一步，我局将加强信息发布审核，丰富图解、视频等解读形式，不断提升公开质量。"]  # noqa: E731
    oth = ["本年度未收取信息处理费。"]
    t3a = t3_numbers([(6, 1, 4, 1, 1, 1), (1, 0, 1, 0, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 4)
    t3b = t3_numbers([(7, 0, 4, 1, 1, 1), (1, 0, 1, 0, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 4)
    reps = [(2024, date(2025, 1, 22), 4327, fill(2024, 1), t3a, "dup"),
            (2023, date(2024, 1, 25), 3862, fill(2023, 0), t3b, None),
            (2022, date(2023, 1, 30), 3311,
             ["2022年，我局政府信息公开工作在县委、县政府的正确领导下，按照县政务公开领导小组的部署，结合人社工作实际，有序推进。",
              "全年主动公开信息352条，重点公开了城乡居民基本养老保险待遇调整、稳岗返还、失业保险金发放等惠民政策。",
              "疫情防控期间开通“不见面”办理渠道，通过电话、网络受理业务咨询，受理依申请公开4件。"],
             t3_numbers([(4, 0, 3, 0, 1, 0)] + [(0, 0, 0, 0, 0, 0)] * 5), "old")]
    nl = []
    for y, pub, n, sm, t3c, what in reps:
        tt = f"柘河县人力资源和社会保障局{y}年政府信息公开工作年度报告"
        uu = rs_url("../zfxxgknb", pub, n).replace("/fdzdgknr/../", "/")
        body = report_body(org, y, sm, (2, 9, 36, 3), t3c, prob(y), oth, old=(what == "old"))
        put(S, uu, rs_page(tt, rs_article(tt, pub, body), crumb("政府信息公开年报", f"{RS_ROOT}/xxgk/zfxxgk/zfxxgknb/index.shtml")))
        nl.append((tt, uu, pub))
        if what == "dup":
            prev = rs_url("../zfxxgknb", date(2024, 1, 25), 3862).replace("/fdzdgknr/../", "/")
            plant(S, "annual_report.duplicate", uu, None, "near copy of the 2023 report", accept=[prev])
        elif what == "old":
            FINDINGS.append({"site": S, "rule": "annual_report.outdated_format", "url_path": uu, "target": None,
                             "why": "2022 report in the pre-2021 (2019) table layout"})
        else:
            decoy(S, ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.summary_too_long",
                      "annual_report.outdated_format"], uu, "consistent 2021-template report")
    put(S, f"{RS_ROOT}/xxgk/zfxxgk/zfxxgknb/index.shtml", rs_page("政府信息公开年报", rs_list(nl), crumb("政府信息公开年报", "#")))
    decoy(S, ["annual_report.missing"], f"{RS_ROOT}/xxgk/zfxxgk/zfxxgknb/index.shtml", "department's 2024 report published 2025-01-22 (deadline 01-31)")
    put(S, f"{RS_ROOT}/xxgk/zfxxgk/index.shtml", rs_page("政府信息公开", "<ul class='gk-menu'>" + "".join(
        f"<li><a href='{RS_FD}/{c}/index.shtml'>{n}</a></li>" for c, n in [("zcwj", "政策文件"), ("zcjd", "政策解读"), ("jwhy", "局务会议"), ("gsgg", "公示公告")])
        + f"<li><a href='{RS_ROOT}/xxgk/zfxxgk/zfxxgknb/index.shtml'>政府信息公开年报</a></li></ul>"))

    # --- new media
    feeds = [("柘河人社", f"{RS_ROOT}/xmt/feed/zhrs_wx.xml", "rss", date(2025, 6, 6)),
             ("柘河人社微博", f"{RS_ROOT}/xmt/feed/zhrs_wb.atom", "atom", date(2025, 5, 20))]
    for name, pth, kind, newest in feeds:
        put(S, pth, feed(name, kind, newest, "http://rsj.zhehe.example/"))
        if (AS_OF - newest).days > 14:
            plant(S, "newmedia.stale", pth, None, f"newest item {newest} ({(AS_OF - newest).days} days)")
        else:
            decoy(S, ["newmedia.stale"], pth, f"fresh feed, newest {newest}")
    put(S, f"{RS_ROOT}/xmt/index.shtml", rs_page("政务新媒体", "<ul>" + "".join(f"<li>{n} <a href='{pp}'>RSS</a></li>" for n, pp, _, _ in feeds) + "</ul>"))

    # --- static: site-wide leave-site script
    put(S, f"{RS_ROOT}/common/css/main.css", "body{margin:0;font-family:'Microsoft YaHei';background:#fff}.w1200{width:1200px;margin:0 auto}"
        ".g-nav li{display:inline-block;padding:0 15px}.xxgk-list li{line-height:36px}.xxgk-list .date{float:right}"
        ".tab-panel{display:none}.tab-panel.cur{display:block}.g-footer{background:#f2f2f2;text-align:center}\n")
    put(S, f"{RS_ROOT}/common/js/leave.js",
        "(function(){function isGov(h){return /(^|\\.)gov\\.cn$/i.test(h)||h===location.hostname;}\n"
        "document.addEventListener('click',function(e){var a=e.target.closest('a[href]');if(!a)return;var u;try{u=new URL(a.href,location.href);}catch(x){return;}\n"
        "if(/^https?:$/.test(u.protocol)&&!isGov(u.hostname)){if(!window.confirm('您访问的链接即将离开“柘河县人力资源和社会保障局”网站，是否继续？')){e.preventDefault();}}},true);})();\n")

    # --- homepage (no 网站标识码)
    panels = ("<div class='tabs'><ul class='tab-hd'><li class='cur'>工作动态</li><li>公示公告</li><li>政策文件</li></ul>"
              f"<div class='tab-panel cur'>{rs_list(gz[:4])}</div><div class='tab-panel'>{rs_list(gs)}</div>"
              f"<div class='tab-panel'>{rs_list(zc[:4])}</div></div>")
    ext = ("<div class='yqlj'><h3>相关链接</h3><a href='http://www.mohrss.gov.cn/'>人力资源和社会保障部</a> "
           "<a href='http://hrss.hlj.gov.cn/'>黑龙江省人力资源和社会保障厅</a> <a href='https://www.zhaopin.com/'>智联招聘</a> "
           "<a href='https://www.chsi.com.cn/'>学信网</a> <a href='https://www.51job.com/'>前程无忧</a></div>")
    hid = "<a href='http://www.sf-chuanqi.com/' style='opacity:0;position:absolute;'>传奇私服</a>"
    home = rs_page("首页", panels + ext + f"<p><a href='{RS_ROOT}/xmt/index.shtml'>政务新媒体</a> <a href='{RS_ROOT}/xxgk/zfxxgk/index.shtml'>政府信息公开</a></p>" + hid)
    put(S, "/index.html", home)
    plant(S, "site.identity_missing", "/", None, "footer has 主办单位, ICP, 公安备案, 找错 but no 网站标识码")
    plant(S, "link.hidden", "/", "http://www.sf-chuanqi.com/", "opacity 0")
    tolerate(S, ["link.external_no_notice"], "/", "hidden spam link also an outside link", "http://www.sf-chuanqi.com/")
    tolerate(S, ["text.typo", "text.sensitive"], "/", "anchor text of a hidden spam link")
    for h in ("https://www.zhaopin.com/", "https://www.chsi.com.cn/", "https://www.51job.com/"):
        decoy(S, ["link.external_no_notice"], "/", "outside link covered by the site-wide leave-site script", h)
    decoy(S, ["link.hidden"], "/", "inactive tab panels with internal links", rs_url("gsgg", date(2025, 6, 3), 4506))
    decoy(S, ["homepage.stale"], "/", "homepage with an item 6 days old")


# =============================================================================================
# Site 3: qingyang-zhen — 柘河县青杨镇人民政府 (Bootstrap, mobile-first)
# =============================================================================================
def site_qingyang():
    S = "qingyang-zhen"
    A = lambda n: f"/article/{n}.html"  # noqa: E731
    zw, tz, gs, hy, nb, ml = [], [], [], [], [], []

    def add(lst, n, t, d, body, tail=""):
        put(S, A(n), qy_page(t, qy_article(t, d, body), tail))
        lst.append((t, A(n), d))

    add(zw, 1186, "青杨镇召开2025年森林防火工作会议", date(2025, 5, 22),
        ps("5月21日，青杨镇召开森林防火工作会议，镇长孟庆林对春夏季森林防火工作进行再部署，要求各村按步就班落实巡山护林责任。",
           "会议还通报了前期防火检查中发现的问题。"))
    add(zw, 1181, "青杨镇黑木耳产业助农增收", date(2025, 5, 16),
        ps("近年来，青杨镇坚持把黑木耳产业作为乡村振兴的主导产业，全镇黑木耳种植规模达到2800万袋。",
           "在县委、县政府领导下，全镇深入学习贯彻习进平总书记关于“三农”工作的重要论述，持续壮大特色产业。")
        + "<div style='text-indent:-99999px;overflow:hidden;white-space:nowrap'><a href='http://www.wzpm-seo.com/'>网站排名优化</a></div>")
    add(zw, 1174, "镇党委召开党纪学习教育专题会议", date(2025, 4, 28),
        ps("4月27日，镇党委召开党纪学习教育专题会议，镇党委书记姜文斌出席会议。", "会议强调，要引导党员干部学纪、知纪、明纪、守纪。"))
    plant(S, "text.typo", A(1186), "按步就班", "widely known typo (按部就班)")
    plant(S, "text.sensitive", A(1181), "习进平", "a leader's name miswritten", alt=["text.typo"])
    plant(S, "link.hidden", A(1181), "http://www.wzpm-seo.com/", "negative text-indent block")
    tolerate(S, ["link.external_no_notice"], A(1181), "hidden spam link also an outside link", "http://www.wzpm-seo.com/")
    tolerate(S, ["text.typo", "text.sensitive"], A(1181), "anchor text of a hidden spam link")

    add(tz, 1184, "关于做好2025年夏季防汛工作的通知", date(2025, 5, 20),
        ps("各村（社区）：", "为确保今年安全度汛，现将有关事项通知如下。", "镇防汛办值班电话：0458-6431002，24小时值班手机：请拨打镇政府值班室转接。"))
    add(tz, 1177, "关于开展2025年城乡居民医疗保险集中缴费的通告", date(2025, 5, 7),
        ps("2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元。", "缴费可通过“黑龙江税务”APP、各银行网点办理，咨询电话：12366。"))
    decoy(S, ["privacy.phone"], A(1177), "service hotline 12366", "12366")

    # privacy
    i1 = new_id()
    p1, p2 = new_phone(), new_phone()
    BADDATE = bad_date_id("19660230")
    tb = ("<div class='table-responsive'><table class='table table-bordered table-sm'><thead><tr><th>姓名</th><th>村屯</th><th>身份证号</th>"
          "<th>联系电话</th><th>救助金额</th><th>救助事由</th></tr></thead><tbody>"
          f"<tr><td>冯桂英</td><td>青杨村</td><td>{i1}</td><td>{p1}</td><td>2000</td><td>因病</td></tr>"
          f"<tr><td>许长林</td><td>太平村</td><td>{BADDATE}</td><td>{p2}</td><td>1500</td><td>因灾</td></tr>"
          f"<tr><td>吴淑珍</td><td>新丰村</td><td>2308**********0527</td><td>135****8841</td><td>1000</td><td>因学</td></tr></tbody></table></div>")
    add(gs, 1175, "青杨镇2025年4月临时救助对象公示", date(2025, 5, 6),
        ps("经村（社区）评议、镇审核，现将2025年4月临时救助对象予以公示，公示期7天。") + tb + ps("监督电话：0458-6431017"))
    plant(S, "privacy.id_number", A(1175), mask_id(i1), "unmasked ID in a Bootstrap table")
    plant(S, "privacy.phone", A(1175), mask_phone(p1), "unmasked mobile in a Bootstrap table")
    plant(S, "privacy.phone", A(1175), mask_phone(p2), "unmasked mobile in a Bootstrap table")
    decoy(S, ["privacy.id_number"], A(1175), "masked IDs", "2308**********0527")
    decoy(S, ["privacy.id_number"], A(1175), "unmasked 18 digits with an impossible birth date (02-30), valid check digit", BADDATE)
    decoy(S, ["privacy.phone"], A(1175), "masked mobile", "135****8841")

    pi = [new_id() for _ in range(2)]
    pp = new_phone()
    pdf_p = "/uploads/2025/05/qyz-dbgs-20250512.pdf"
    put(S, pdf_p, make_pdf(["Qingyang Town, Zhehe County - Minimum Living Allowance (Dibao) Review List, May 2025",
                            "No.  Name          Village     ID number              Phone          Persons  Yuan/month",
                            f"1    Zhang Shufen  Qingyang    {pi[0]}     {pp}    2        780",
                            f"2    Liu Baoshan   Taiping     {pi[1]}     0458-6431190   1        455",
                            "3    Ma Yulan      Xinfeng     2308**********3316     139****0275    3        1170",
                            "Supervision hotline: 0458-6431017"]))
    add(gs, 1179, "青杨镇2025年第二季度城乡低保动态复核结果公示", date(2025, 5, 12),
        ps("根据县民政局统一部署，我镇开展了城乡低保动态复核工作，现将复核结果予以公示。",
           f"附件：<a href='{pdf_p}'>青杨镇2025年第二季度低保复核结果.pdf</a>"))
    for v in pi:
        plant(S, "privacy.id_number", pdf_p, mask_id(v), "unmasked ID in a .pdf attachment", accept=[A(1179)])
    plant(S, "privacy.phone", pdf_p, mask_phone(pp), "unmasked mobile in a .pdf attachment", accept=[A(1179)])

    cont = ("<div class='table-responsive'><table class='table table-striped'><thead><tr><th>村（社区）</th><th>党支部书记</th><th>办公电话</th><th>便民服务代办员</th></tr></thead><tbody>"
            "<tr><td>青杨村</td><td>李国庆</td><td>0458-6431105</td><td>138****6620</td></tr><tr><td>太平村</td><td>陈志刚</td><td>0458-6431122</td><td>159****0913</td></tr>"
            "<tr><td>新丰村</td><td>郭玉梅</td><td>0458-6431139</td><td>183****4472</td></tr></tbody></table></div>")
    add(gs, 1183, "青杨镇各村（社区）便民服务联系方式", date(2025, 5, 19), ps("为方便群众办事，现将各村（社区）便民服务联系方式公布如下。") + cont)
    decoy(S, ["privacy.phone"], A(1183), "village office landlines and masked mobiles", "0458-6431105")

    # 镇务会议
    for n, held, pub, late in [(1180, date(2025, 4, 22), date(2025, 5, 12), True), (1182, date(2025, 5, 8), date(2025, 5, 14), False)]:
        t = f"青杨镇召开{held.month}月份党政联席会议"
        add(hy, n, t, pub, ps(f"{held.year}年{held.month}月{held.day}日，青杨镇召开党政联席会议，镇党委书记姜文斌主持。",
                              "会议研究了春耕生产、人居环境整治和安全生产等工作。"))
        if late:
            plant(S, "meeting.late", A(n), None, f"held {held}, published {pub} ({(pub - held).days} days)")
        else:
            decoy(S, ["meeting.late"], A(n), f"held {held}, published {pub} ({(pub - held).days} days)")

    # 魅力青杨 (external links)
    add(ml, 1176, "五一假期到青杨赏山野春色", date(2025, 4, 29),
        ps("青杨镇地处小兴安岭南麓，森林覆盖率达72%，山峦叠翠、溪流潺潺，被游客誉为美仑美奂的“林海小镇”。",
           "游客可通过<a href='https://you.ctrip.com/sight/zhehe/'>携程旅行</a>查询周边民宿，也可关注"
           "<a href='https://www.xinhuanet.com/' onclick='return leaveSite(this)'>新华网</a>相关报道。",
           "这里的森林步道是良好象征生态文明建设成果的窗口。"),
        "<script>function leaveSite(a){return window.confirm('您即将离开青杨镇人民政府网站，前往第三方网站：'+a.href+'，是否继续？');}</script>")
    plant(S, "text.typo", A(1176), "美仑美奂", "widely known typo (美轮美奂)")
    plant(S, "link.external_no_notice", A(1176), "https://you.ctrip.com/sight/zhehe/", "outside link, no notice")
    decoy(S, ["link.external_no_notice"], A(1176), "outside link with a per-link leave-site confirm", "https://www.xinhuanet.com/")
    decoy(S, ["text.typo", "text.sensitive"], A(1176), "straddle: 良好+象征", "良好象征")
    add(ml, 1173, "青杨镇乡村旅游接待点名单", date(2025, 4, 24),
        ps("以下为我镇乡村旅游重点接待点，民宿集群现有床位300余张。", "青杨乡人民政府旅游服务咨询电话：0458-6431066。"))

    # annual reports: no 2024 report (missing); 2023 inconsistent; 2022 missing section; 2021 fine
    org = "柘河县青杨镇人民政府"
    reps = [
        (2023, date(2024, 3, 20), 1021, ["2023年，青杨镇以群众需求为导向，依托镇政府网站、村务公开栏和微信群，主动公开惠农补贴、低保救助、项目建设等信息186条。",
                                         "镇党政综合办公室负责政府信息公开日常工作，建立了信息发布审核登记制度。全年受理依申请公开2件，均按时答复。"],
         t3_numbers([(2, 0, 1, 0, 1, 0)] + [(0, 0, 0, 0, 0, 0)] * 5), "inconsistent"),
        (2022, date(2023, 3, 28), 873, ["2022年，我镇结合基层政务公开标准化规范化要求，完善了财政预决算、涉农资金、农村危房改造等领域公开目录，全年公开信息142条。",
                                        "在各村设置政务公开专栏12处，定期更新村级财务和惠民政策信息。全年未收到政府信息公开申请。"],
         t3_numbers([(0, 0, 0, 0, 0, 0)] * 6), "section"),
        (2021, date(2022, 3, 29), 702, ["2021年，青杨镇政府信息公开工作以新修订的《条例》为遵循，重点做好疫情防控、乡村振兴衔接等信息的公开。",
                                        "全镇累计公开各类信息117条，收到政府信息公开申请1件，已依法答复。"],
         t3_numbers([(1, 0, 1, 0, 0, 0)] + [(0, 0, 0, 0, 0, 0)] * 5), None),
    ]
    for y, pub, n, sm, t3c, what in reps:
        if what == "inconsistent":
            t3c[1]["carry"] = 1  # 商业企业: 新收 0 + 上年结转 1 != 总计 0 + 结转下年度 0
            t3c[-1]["carry"] += 1
        body = report_body(org, y, sm, (0, 0, 0, 2), t3c,
                           [{2023: "一是村级公开栏更新频次不一；二是信息发布审核把关还需加强。下一步将实行月度检查制度。",
                             2022: "主要问题是专职人员少、兼职人员变动频繁。",
                             2021: "存在的问题是公开形式较为传统，网上公开内容偏少，今后将充分利用镇政府网站和微信公众号扩大公开覆盖面。"}[y]],
                           ["本年度未收取信息处理费。"], skip="五、存在的主要问题及改进情况" if what == "section" else None, t4=(0, 0, 0, 0))
        add(nb, n, f"青杨镇{y}年政府信息公开工作年度报告", pub, body)
        if what == "inconsistent":
            plant(S, "annual_report.inconsistent", A(n), None, "table 三, column 商业企业: 新收 0 + 上年结转 1 != 总计 0 + 结转 0")
        elif what == "section":
            plant(S, "annual_report.missing_section", A(n), None, "五、存在的主要问题及改进情况 absent")
        else:
            decoy(S, ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.summary_too_long",
                      "annual_report.outdated_format", "annual_report.duplicate"], A(n), "consistent 2021-template report")
    plant(S, "annual_report.missing", "/list/ndbg.html", None, "no 2024 report on 2025-06-11 (deadline 03-31)", accept=["/"])

    for key, name, lst in [("zwdt", "镇务动态", zw), ("tzgg", "通知公告", tz), ("gsgg", "公示公告", gs), ("zwhy", "镇务会议", hy),
                           ("ndbg", "政府信息公开年报", nb), ("mlqy", "魅力青杨", ml)]:
        put(S, f"/list/{key}.html", qy_page(name, f"<h1 class='h5'>{name}</h1>" + qy_list(sorted(lst, key=lambda x: x[2], reverse=True))))

    feeds = [("青杨发布", "/feed/qyfb.xml", "rss", date(2025, 5, 22)), ("青杨镇微视", "/feed/qyws.atom", "atom", date(2025, 5, 28))]
    for name, pth, kind, newest in feeds:
        put(S, pth, feed(name, kind, newest, "http://qingyang.example/"))
        if (AS_OF - newest).days > 14:
            plant(S, "newmedia.stale", pth, None, f"newest item {newest} ({(AS_OF - newest).days} days)")
        else:
            decoy(S, ["newmedia.stale"], pth, f"feed newest {newest}, exactly 14 days: not more than 14")

    put(S, "/static/css/bootstrap.min.css",
        ".container{max-width:1140px;margin:0 auto;padding:0 12px}.collapse:not(.show){display:none}.dropdown-menu{display:none;position:absolute}"
        ".dropdown-menu.show{display:block}.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
        ".visually-hidden,.visually-hidden-focusable:not(:focus):not(:focus-within){position:absolute!important;width:1px!important;height:1px!important;"
        "padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}"
        "@media (min-width:992px){.navbar-expand-lg .navbar-collapse{display:flex!important}}.d-flex{display:flex}.justify-content-between{justify-content:space-between}\n")
    put(S, "/static/css/site.css", "body{font-family:system-ui,'PingFang SC',sans-serif}.article-body p{text-indent:2em;line-height:1.9}\n")
    put(S, "/static/js/bootstrap.bundle.min.js", "/* bootstrap bundle (stub) */document.querySelectorAll('[data-bs-toggle]').forEach(function(b){b.addEventListener('click',function(e){var t=document.querySelector(b.getAttribute('data-bs-target')||'#none');if(t){t.classList.toggle('show');}});});\n")

    tabs = ("<ul class='nav nav-tabs' role='tablist'><li class='nav-item'><button class='nav-link active' data-bs-toggle='tab' data-bs-target='#t1'>镇务动态</button></li>"
            "<li class='nav-item'><button class='nav-link' data-bs-toggle='tab' data-bs-target='#t2'>通知公告</button></li>"
            "<li class='nav-item'><button class='nav-link' data-bs-toggle='tab' data-bs-target='#t3'>公示公告</button></li></ul>"
            f"<div class='tab-content'><div class='tab-pane active' id='t1'>{qy_list(zw)}</div><div class='tab-pane' id='t2'>{qy_list(tz)}</div>"
            f"<div class='tab-pane' id='t3'>{qy_list(sorted(gs, key=lambda x: x[2], reverse=True))}</div></div>")
    side = ("<div class='row'><div class='col-md-4'><div class='card'><div class='card-header'>快速入口</div><ul class='list-unstyled p-2'>"
            "<li><a href='/list/zwhy.html'>镇务会议</a></li><li><a href='/list/ndbg.html'>政府信息公开年报</a></li><li><a href='/list/mlqy.html'>魅力青杨</a></li>"
            "<li><a href='/feed/qyfb.xml'>青杨发布（RSS）</a></li><li><a href='/feed/qyws.atom'>青杨镇微视（Atom）</a></li>"
            "<li><a href='http://www.zhehe.gov.cn/'>柘河县人民政府</a></li><li><a href='http://www.hljnews.cn/'>黑龙江新闻网</a></li>"
            "<li><a href='/jump.html'>办事指南</a></li></ul></div></div></div>")
    spam = "<a class='visually-hidden' href='http://www.bcpt-app.com/'>博彩平台注册</a>"
    put(S, "/jump.html", qy_page("办事指南", ps("青杨镇便民服务中心办理社保、民政、农业补贴等事项，办公时间：工作日8:30—16:30。")))
    put(S, "/index.html", qy_page("首页", "<div class='row'><div class='col-md-8'>" + tabs + "</div></div>" + side + spam))
    plant(S, "homepage.stale", "/", None, "newest dated item on the homepage 2025-05-22 (20 days)")
    plant(S, "link.external_no_notice", "/", "http://www.hljnews.cn/", "outside link, no notice")
    plant(S, "link.hidden", "/", "http://www.bcpt-app.com/", "Bootstrap visually-hidden class (1px clip)")
    tolerate(S, ["link.external_no_notice"], "/", "hidden spam link also an outside link", "http://www.bcpt-app.com/")
    tolerate(S, ["text.typo", "text.sensitive"], "/", "anchor text of a hidden spam link")
    decoy(S, ["link.hidden"], "/", "collapsed navbar, dropdown menu, inactive tab panes and skip link (internal)", "/list/gsgg.html")
    decoy(S, ["link.external_no_notice"], "/", "county gov.cn link", "http://www.zhehe.gov.cn/")
    decoy(S, ["site.identity_missing"], "/", "all identity elements in a Bootstrap footer")
    plant(S, "text.typo", A(1173), "青杨乡", "site lexicon: the township before it became a 镇", alt=["text.sensitive"])


# =============================================================================================
# write
# =============================================================================================
LEXICON = """# Site lexicon of the eighth content holdout (contract format: wrong<TAB>right<TAB>kind).
# 柘河县 (鹤原市, 黑龙江省): a misread county name, a pre-reform bureau name, a township renamed from 乡 to 镇,
# and the county head's name miswritten.
拓河县\t柘河县\ttypo
柘河县劳动和社会保障局\t柘河县人力资源和社会保障局\ttypo
青杨乡\t青杨镇\ttypo
褚明元\t褚明远\tsensitive
"""

SITES_YAML = """# The eighth content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal (EmpireCMS static pages)
  - id: zhehe
    name: 柘河县人民政府
    owner: 柘河县人民政府办公室
    url: "{base:zhehe}"
    jurisdiction: 柘河县
    columns:
      - {name: 柘河要闻, url: /xwzx/zhyw/, category: news}
      - {name: 通知公告, url: /zwgk/tzgg/, category: notice}
      - {name: 政策文件, url: /zwgk/zcwj/, category: policy}
      - {name: 政策解读, url: /zwgk/zcjd/, category: other}
      - {name: 常务会议, url: /zwgk/cwhy/, category: other}
      - {name: 公示公告, url: /zwgk/gsgg/, category: notice}
      - {name: 政府信息公开年报, url: /zwgk/ndbg/, category: other}
      - {name: 便民服务, url: /bmfw/, category: other}
    channels:
      annual_reports: /zwgk/ndbg/
      interpretations: /zwgk/zcjd/
    new_media:
      - {name: 柘河发布, url: "{base:zhehe}hdjl/zwxmt/rss/zhfb.xml"}
      - {name: 柘河融媒, url: "{base:zhehe}hdjl/zwxmt/rss/zhrm.atom"}
      - {name: 柘河县政务微博, url: "{base:zhehe}hdjl/zwxmt/rss/zhwb.xml"}
    lexicons: [lexicons/extra.txt]
  # a county department on a Java-based 集约化 platform (site-wide leave-site script)
  - id: zh-rsj
    name: 柘河县人力资源和社会保障局
    owner: 柘河县人力资源和社会保障局
    url: "{base:zh-rsj}"
    jurisdiction: 柘河县
    columns:
      - {name: 工作动态, url: /zhrsj/gzdt/index.shtml, category: news}
      - {name: 政策文件, url: /zhrsj/xxgk/zfxxgk/fdzdgknr/zcwj/index.shtml, category: policy}
      - {name: 政策解读, url: /zhrsj/xxgk/zfxxgk/fdzdgknr/zcjd/index.shtml, category: other}
      - {name: 局务会议, url: /zhrsj/xxgk/zfxxgk/fdzdgknr/jwhy/index.shtml, category: other}
      - {name: 公示公告, url: /zhrsj/xxgk/zfxxgk/fdzdgknr/gsgg/index.shtml, category: notice}
      - {name: 政府信息公开年报, url: /zhrsj/xxgk/zfxxgk/zfxxgknb/index.shtml, category: other}
    channels:
      annual_reports: /zhrsj/xxgk/zfxxgk/zfxxgknb/index.shtml
      interpretations: /zhrsj/xxgk/zfxxgk/fdzdgknr/zcjd/index.shtml
    new_media:
      - {name: 柘河人社, url: "{base:zh-rsj}zhrsj/xmt/feed/zhrs_wx.xml"}
      - {name: 柘河人社微博, url: "{base:zh-rsj}zhrsj/xmt/feed/zhrs_wb.atom"}
    lexicons: [lexicons/extra.txt]
  # a township on a mobile-first Bootstrap theme
  - id: qingyang-zhen
    name: 柘河县青杨镇人民政府
    owner: 柘河县青杨镇人民政府
    url: "{base:qingyang-zhen}"
    jurisdiction: 柘河县青杨镇
    columns:
      - {name: 镇务动态, url: /list/zwdt.html, category: news}
      - {name: 通知公告, url: /list/tzgg.html, category: notice}
      - {name: 公示公告, url: /list/gsgg.html, category: notice}
      - {name: 镇务会议, url: /list/zwhy.html, category: other}
      - {name: 政府信息公开年报, url: /list/ndbg.html, category: other}
      - {name: 魅力青杨, url: /list/mlqy.html, category: other}
    channels:
      annual_reports: /list/ndbg.html
    new_media:
      - {name: 青杨发布, url: "{base:qingyang-zhen}feed/qyfb.xml"}
      - {name: 青杨镇微视, url: "{base:qingyang-zhen}feed/qyws.atom"}
    lexicons: [lexicons/extra.txt]
"""

HEADER = """# Truth of the eighth content holdout. Generated by generate.py: do not edit by hand.
# Matching decisions (those of the first holdout):
# - one privacy finding per page and masked value; a value in an attachment is expected on the attachment's URL,
#   the linking page is accepted; masks are compared leniently (prefix and last four against the planted value);
# - a wrong word may be reported under the other text rule (alt_rules); a hidden spam link also reported as an
#   outside link without notice, or its anchor text as a wrong word, is tolerated (neither TP nor FP);
# - one annual-report finding per report and rule; annual_report.missing on the reports' list (homepage accepted);
# - thresholds are "more than": 14 days for meetings and feeds, 3 working days for interpretations
#   (chinese_calendar: 2025-04-27 调休 Sunday is a workday, 05-01..05-05 and 05-31..06-02 are off);
# - interpretation findings are expected on the document's page, the interpretation's page accepted.
# Added here: annual_report.outdated_format is counted under counts_extra (the scorer's fixed rule list lacks it).
"""


def main():
    out = HERE / "sites"
    if out.exists():
        shutil.rmtree(out)
    site_zhehe()
    site_rsj()
    site_qingyang()
    for s, files in FILES.items():
        for p, data in files.items():
            f = out / s / p.lstrip("/")
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(data)
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    from collections import Counter
    c = Counter(f["rule"] for f in FINDINGS)
    counts = {k: v for k, v in sorted(c.items()) if k != "annual_report.outdated_format"}
    truth = {"as_of": AS_OF.isoformat(), "sites": list(FILES), "counts": counts,
             "counts_extra": {"annual_report.outdated_format": c["annual_report.outdated_format"]},
             "findings": FINDINGS, "decoys": DECOYS, "tolerated": TOLERATED, "raw_values": RAWS}
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    n = sum(len(v) for v in FILES.values())
    print(f"{n} files, {len(FINDINGS)} findings, {len(DECOYS)} decoys, {len(TOLERATED)} tolerated, {len(RAWS)} raw values")
    print(dict(sorted(c.items())))


if __name__ == "__main__":
    main()

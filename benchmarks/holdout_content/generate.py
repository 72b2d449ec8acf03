"""Generate the held-out *content* portal: three small sites, their robot config and the truth.

The robot's content rules (privacy, 错敏字, 暗链, 外链提示, 政策解读, 会议发布, 年度报告, 政务新媒体,
首页更新, 网站标识) are measured here on markup their authors never saw. One source of truth: every
planted problem and every decoy is declared once, the pages are written from the declaration, and
``truth.yaml`` is written from the same declaration. Working days are computed with the
``chinese_calendar`` package (not with the robot's own calendar); ID check digits with GB 11643.

Run ``.venv/bin/python benchmarks/holdout_content/generate.py``; the output is deterministic and
committed. It rewrites, under ``benchmarks/holdout_content/``:

* ``sites/<id>/``  the static files of each site (each is served at the root of its own port)
* ``sites.yaml``   the robot's config; ``{base:<id>}`` stands for that site's root URL
* ``truth.yaml``   every expected finding, the decoys, the planted raw personal values
* ``lexicons/extra.txt``  the site-specific lexicon named in the config

Robot authors must not read this folder (see README.md).
"""

from __future__ import annotations

import html
import io
import random
import re
import shutil
import struct
import zipfile
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
AS_OF = date(2025, 6, 30)
FIXED_ZIP_TIME = (2025, 6, 1, 9, 0, 0)

FILES: dict[str, dict[str, bytes]] = {}
FINDINGS: list[dict[str, Any]] = []
DECOYS: list[dict[str, Any]] = []
TOLERATED: list[dict[str, Any]] = []
RAW_VALUES: list[dict[str, str]] = []  # planted raw IDs / mobiles (for the leak grep)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def put(site: str, path: str, data: bytes | str) -> None:
    if path.endswith("/"):
        path += "index.html"
    files = FILES.setdefault(site, {})
    if path in files:
        raise ValueError(f"{site}{path} written twice")
    files[path] = data.encode("utf-8") if isinstance(data, str) else data


def expect(site: str, rule: str, url_path: str, why: str, target: str | None = None,
           accept: list[str] | None = None, alt_rules: list[str] | None = None,
           target_aliases: list[str] | None = None) -> None:
    item: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path, "target": target}
    if target_aliases:
        item["target_aliases"] = target_aliases
    item["accept"] = accept or []
    if alt_rules:
        item["alt_rules"] = alt_rules
    item["why"] = why
    FINDINGS.append(item)


def decoy(site: str, kind: str, url_path: str, rules: list[str], why: str, target: str | None = None) -> None:
    DECOYS.append({"site": site, "kind": kind, "url_path": url_path, "rules": rules, "target": target, "why": why})


def tolerate(site: str, rules: list[str], url_path: str, why: str, target: str | None = None) -> None:
    TOLERATED.append({"site": site, "rules": rules, "url_path": url_path, "target": target, "why": why})


def workdays_between(start: date, end: date) -> int:
    """Working days in (start, end] (chinese_calendar: State Council holidays and 调休)."""
    return sum(1 for i in range(1, (end - start).days + 1) if chinese_calendar.is_workday(start + timedelta(days=i)))


def naive_workdays(start: date, end: date) -> int:
    return sum(1 for i in range(1, (end - start).days + 1) if (start + timedelta(days=i)).weekday() < 5)


# --- personal data ---------------------------------------------------------------------------

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def check_digit(first17: str) -> str:
    return _C[sum(int(a) * b for a, b in zip(first17, _W, strict=True)) % 11]


def id18(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    assert len(body) == 17
    return body + check_digit(body)


def mask_id(v: str) -> str:
    return v[:4] + "*" * 10 + v[-4:]


def mask_mobile(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def plant_id(site: str, url_path: str, value: str, why: str, accept: list[str] | None = None) -> str:
    assert check_digit(value[:17]) == value[17]
    RAW_VALUES.append({"kind": "id", "value": value})
    expect(site, "privacy.id_number", url_path, why, target=mask_id(value), accept=accept)
    return value


def plant_mobile(site: str, url_path: str, value: str, why: str, accept: list[str] | None = None) -> str:
    RAW_VALUES.append({"kind": "mobile", "value": value})
    expect(site, "privacy.phone", url_path, why, target=mask_mobile(value), accept=accept)
    return value


# --- tiny binary files -----------------------------------------------------------------------


def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry times (deterministic bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data_i = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data_i = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-06-01T09:00:00Z", data_i)
            dst.writestr(zi, data_i)
    return out.getvalue()


def make_xlsx(title: str, header: list[str], rows: list[list[Any]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    fixed = datetime(2025, 6, 16, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "hxjyj"
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def make_docx(title: str, paras: list[str], header: list[str], rows: list[list[str]], tail: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for p in tail:
        d.add_paragraph(p)
    fixed = datetime(2025, 6, 3, 9, 0, 0)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "ysw"
    cp.author = "ysw"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# =============================================================================================
# Annual reports (2021 format)
# =============================================================================================

T3_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T3_ROWS = [
    ("new", "一、本年新收政府信息公开申请数量"),
    ("carry_in", "二、上年结转政府信息公开申请数量"),
    ("r_open", "三、本年度办理结果|（一）予以公开"),
    ("r_part", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("n1", "（三）不予公开|1.属于国家秘密"), ("n2", "2.其他法律行政法规禁止公开"), ("n3", "3.危及“三安全一稳定”"),
    ("n4", "4.保护第三方合法权益"), ("n5", "5.属于三类内部事务信息"), ("n6", "6.属于四类过程性信息"),
    ("n7", "7.属于行政执法案卷"), ("n8", "8.属于行政查询事项"),
    ("u1", "（四）无法提供|1.本机关不掌握相关政府信息"), ("u2", "2.没有现成信息需要另行制作"), ("u3", "3.补正后申请内容仍不明确"),
    ("x1", "（五）不予处理|1.信访举报投诉类申请"), ("x2", "2.重复申请"), ("x3", "3.要求提供公开出版物"),
    ("x4", "4.无正当理由大量反复申请"), ("x5", "5.要求行政机关确认或重新出具已获取信息"),
    ("o1", "（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("o2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ("o3", "3.其他"),
    ("total", "（七）总计"),
    ("carry_out", "四、结转下年度继续办理"),
]
RESULT_KEYS = ["r_open", "r_part", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "u1", "u2", "u3",
               "x1", "x2", "x3", "x4", "x5", "o1", "o2", "o3"]


def table3_numbers(seed: int, scale: int, carry: list[int] | None = None) -> dict[str, list[int]]:
    """Per row, the six applicant columns and the 总计 column, all consistent. ``carry``: the previous
    year's 结转下年度 per column, which becomes this year's 上年结转 (cross-year continuity)."""
    rnd = random.Random(seed)
    cols: list[dict[str, int]] = []
    for ci in range(6):
        weight = [scale, max(1, scale // 4), 0, max(0, scale // 10), 1, max(0, scale // 8)][ci]
        new = rnd.randint(weight, weight * 2) if weight else 0
        carry_in = rnd.randint(0, 2) if weight else 0
        if carry is not None:
            carry_in = carry[ci]
        total_avail = new + carry_in
        carry_out = min(total_avail, rnd.randint(0, 2)) if total_avail else 0
        if ci == 0:
            carry_out = max(carry_out, 2)  # the planted error needs room
        handled = total_avail - carry_out
        res = dict.fromkeys(RESULT_KEYS, 0)
        for _ in range(handled):
            k = rnd.choices(["r_open", "r_part", "n4", "n6", "u1", "u2", "x1", "x2", "o1", "o3"],
                            [50, 12, 3, 3, 18, 4, 4, 2, 2, 2])[0]
            res[k] += 1
        cols.append({"new": new, "carry_in": carry_in, **res, "total": handled, "carry_out": carry_out})
    out: dict[str, list[int]] = {}
    for key, _label in T3_ROWS:
        vals = [c[key] for c in cols]
        out[key] = vals + [sum(vals)]
    return out


def table3_html(nums: dict[str, list[int]]) -> str:
    head = ('<table class="ndbg-tab" border="1" cellspacing="0"><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，'
            '等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>'
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
            '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>')
    rows = []
    for key, label in T3_ROWS:
        parts = label.split("|")
        cells = "".join(f"<td>{v}</td>" for v in nums[key])
        if len(parts) == 2:
            rows.append(f"<tr><td>{esc(parts[0])}</td><td colspan=\"2\">{esc(parts[1])}</td>{cells}</tr>")
        else:
            rows.append(f"<tr><td colspan=\"3\">{esc(parts[0])}</td>{cells}</tr>")
    return head + "".join(rows) + "</table>"


def table2_html(v: dict[str, Any]) -> str:
    return (
        '<table class="ndbg-tab" border="1" cellspacing="0">'
        '<tr><td colspan="4">第二十条第（一）项</td></tr>'
        '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>'
        f'<tr><td>规章</td><td>{v["gz"][0]}</td><td>{v["gz"][1]}</td><td>{v["gz"][2]}</td></tr>'
        f'<tr><td>行政规范性文件</td><td>{v["gf"][0]}</td><td>{v["gf"][1]}</td><td>{v["gf"][2]}</td></tr>'
        '<tr><td colspan="4">第二十条第（五）项</td></tr>'
        '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>'
        f'<tr><td>行政许可</td><td colspan="3">{v["xk"]}</td></tr>'
        '<tr><td colspan="4">第二十条第（六）项</td></tr>'
        '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>'
        f'<tr><td>行政处罚</td><td colspan="3">{v["cf"]}</td></tr>'
        f'<tr><td>行政强制</td><td colspan="3">{v["qz"]}</td></tr>'
        '<tr><td colspan="4">第二十条第（八）项</td></tr>'
        '<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>'
        f'<tr><td>行政事业性收费</td><td colspan="3">{v["sf"]}</td></tr>'
        "</table>")


def table4_html(v: list[list[int]]) -> str:
    head = ('<table class="ndbg-tab" border="1" cellspacing="0"><tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>'
            + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + "</tr>")
    cells = ""
    for block in v:
        cells += "".join(f"<td>{x}</td>" for x in block) + f"<td>{sum(block)}</td>"
    return head + f"<tr>{cells}</tr></table>"


def annual_report_body(org: str, year: int, summary: list[str], problems: list[str], other: list[str],
                       t2: dict[str, Any], t3: dict[str, list[int]], t4: list[list[int]],
                       omit: set[str] = frozenset()) -> str:
    secs = []
    intro = (f"<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开条例〉"
             f"政府信息公开工作年度报告格式的通知》（国办公开办函〔2021〕30号）要求，由{org}编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
             f"如对本报告有疑问，请与{org}联系。</p>")
    secs.append(intro)
    secs.append("<h3>一、总体情况</h3>" + "".join(f"<p>{p}</p>" for p in summary))
    secs.append("<h3>二、主动公开政府信息情况</h3>" + table2_html(t2))
    secs.append("<h3>三、收到和处理政府信息公开申请情况</h3>" + table3_html(t3))
    secs.append("<h3>四、政府信息公开行政复议、行政诉讼情况</h3>" + table4_html(t4))
    if "五" not in omit:
        secs.append("<h3>五、存在的主要问题及改进情况</h3>" + "".join(f"<p>{p}</p>" for p in problems))
    secs.append("<h3>六、其他需要报告的事项</h3>" + "".join(f"<p>{p}</p>" for p in other))
    return "\n".join(secs)


def chars(paras: list[str]) -> int:
    return sum(len("".join(p.split())) for p in paras)


# =============================================================================================
# Shared pieces
# =============================================================================================

SPAM = {
    "a1": ("http://www.xpj3344.com/", "澳门新葡京"),
    "a2": ("https://www.bet365-cn.top/", "体育投注"),
    "b1": ("http://www.hg0088-vip.net/", "皇冠娱乐"),
    "b2": ("https://www.fa66cai.cc/", "彩票开户"),
    "c1": ("http://www.sz-daikuan.xyz/", "无抵押贷款"),
}


class Article:
    def __init__(self, site: str, col: str, aid: str, title: str, day: str, body: str,
                 source: str = "", attachments: list[tuple[str, str]] | None = None, extra_after: str = ""):
        self.site, self.col, self.aid, self.title = site, col, aid, title
        self.day = date.fromisoformat(day)
        self.body, self.source = body, source
        self.attachments = attachments or []
        self.extra_after = extra_after
        self.path = ""


# =============================================================================================
# Site A: 杉林县人民政府 (county portal; ".shtml" CMS, /channel/<code>/ lists, /content/<yyyymm>/<id>.shtml)
# =============================================================================================

A = "shanglin"
A_NAME = "杉林县人民政府"
A_COLS = [  # code, name, category
    ("gzdt", "工作动态", "news"),
    ("tzgg", "通知公告", "notice"),
    ("zcwj", "政策文件", "policy"),
    ("zcjd", "政策解读", "other"),
    ("gsgg", "公示公告", "notice"),
    ("ndbg", "政府信息公开年报", "other"),
]


def a_layout(title: str, main: str, home: bool = False) -> str:
    nav = "".join(f'<li><a href="/channel/{c}/">{esc(n)}</a></li>' for c, n, _ in A_COLS if c != "ndbg")
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{A_NAME}"><meta name="SiteDomain" content="www.shanglin.gov.cn">
<meta name="SiteIDCode" content="3607990001"><title>{esc(title)}</title><link rel="stylesheet" href="/static/css/sl.css"></head>
<body>
<div class="sl-top"><div class="w1200">
  <span class="sl-welcome">欢迎访问杉林县人民政府门户网站</span>
  <div class="sl-zfwz"><span class="sl-zfwz-t">政府网站导航 ▾</span>
    <ul class="sl-zfwz-list" style="display:none">
      <li><a href="https://www.gov.cn/" target="_blank">中国政府网</a></li>
      <li><a href="http://www.jiangxi.gov.cn/" target="_blank">江西省人民政府</a></li>
      <li><a href="https://www.ganzhou.gov.cn/" target="_blank">赣州市人民政府</a></li>
    </ul></div>
  <a href="/channel/xxgk/">政府信息公开</a>
</div></div>
<div class="sl-head"><div class="w1200"><a href="/"><img src="/static/img/sl-logo.png" alt="杉林县人民政府" width="420" height="80"></a></div></div>
<div class="sl-nav"><ul class="w1200"><li><a href="/">网站首页</a></li>{nav}<li><a href="/channel/xxgk/">信息公开</a></li></ul></div>
<div class="w1200 sl-main">
{main}
</div>
<div class="sl-foot"><div class="w1200">
  <p><a href="/channel/xxgk/">政府信息公开</a> | <a href="/channel/gzdt/">工作动态</a> | <a href="/channel/tzgg/">通知公告</a></p>
  <p>主办单位：杉林县人民政府办公室　承办单位：杉林县融媒体中心　联系电话：0797-7177965</p>
  <p>政府网站标识码：3607990001　<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05004123号-1</a>　
     <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36079902000101" target="_blank"><img src="/static/img/ga.png" alt="" width="16" height="16">赣公网安备 36079902000101号</a></p>
  <p class="sl-jc"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607990001" target="_blank"><img src="/static/img/jiucuo.png" alt="我为政府网站找错" title="我为政府网站找错" width="110" height="55"></a></p>
</div></div>
</body></html>
"""


def a_article_page(a: Article, crumbs: str, related: str = "") -> str:
    att = ""
    if a.attachments:
        att = '<div class="sl-fj"><b>附件：</b>' + "".join(f'<p><a href="{esc(u)}">{esc(n)}</a></p>' for u, n in a.attachments) + "</div>"
    main = f"""<div class="sl-crumb">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
<div class="sl-art">
  <h1 class="sl-art-t">{esc(a.title)}</h1>
  <div class="sl-art-info">发布时间：{a.day.isoformat()} {9 + int(a.aid[-1]) % 8:02d}:{(int(a.aid[-2:]) * 7) % 60:02d}　来源：{esc(a.source or '县政府办')}　浏览次数：{100 + int(a.aid[-3:]) % 700}</div>
  <div class="sl-art-con">
{a.body}
  </div>
  {att}{related}
  <div class="sl-art-tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>{a.extra_after}"""
    return a_layout(f"{a.title}_{A_NAME}", main)


def a_list_pages(code: str, name: str, arts: list[Article], per: int = 10) -> None:
    arts = sorted(arts, key=lambda x: (x.day, x.aid), reverse=True)
    chunks = [arts[i:i + per] for i in range(0, len(arts), per)] or [[]]
    for n, chunk in enumerate(chunks):
        lis = "".join(f'<li><a href="{x.path}" target="_blank" title="{esc(x.title)}">{esc(x.title)}</a><span class="date">{x.day.isoformat()}</span></li>'
                      for x in chunk)
        pager = ""
        if len(chunks) > 1:
            links = []
            if n > 0:
                links.append(f'<a href="{"index.shtml" if n == 1 else f"index_{n - 1}.shtml"}">上一页</a>')
            if n < len(chunks) - 1:
                links.append(f'<a href="index_{n + 1}.shtml">下一页</a>')
                links.append(f'<a href="index_{len(chunks) - 1}.shtml">尾页</a>')
            pager = f'<div class="sl-page">共{len(arts)}条　第{n + 1}/{len(chunks)}页　{" ".join(links)}</div>'
        main = (f'<div class="sl-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/channel/{code}/">{esc(name)}</a></div>'
                f'<div class="sl-col"><div class="sl-col-t">{esc(name)}</div><ul class="sl-list">{lis}</ul>{pager}</div>')
        fname = "index.shtml" if n == 0 else f"index_{n}.shtml"
        put(A, f"/channel/{code}/{fname}", a_layout(f"{name}_{A_NAME}", main))
    # the bare folder URL serves the first page too (the server's index.html)
    put(A, f"/channel/{code}/index.html", FILES[A][f"/channel/{code}/index.shtml"])


def build_a() -> dict[str, Any]:
    S = A
    arts: dict[str, list[Article]] = {c: [] for c, _, _ in A_COLS}
    n = [20250]

    def art(col: str, title: str, day: str, body: str, **kw: Any) -> Article:
        n[0] += 1
        a = Article(S, col, f"{n[0]}{len(arts[col])}", title, day, body, **kw)
        a.aid = f"{int(a.day.strftime('%m%d')) * 10 + len(arts[col])}{n[0] % 97:02d}"
        a.path = f"/content/{a.day.strftime('%Y%m')}/{a.col}{a.aid}.shtml"
        arts[col].append(a)
        return a

    P = lambda *ps: "\n".join(f"<p>{p}</p>" for p in ps)  # noqa: E731

    # ---- 工作动态 ----------------------------------------------------------------------------
    art("gzdt", "杉林县开展2025年夏季防溺水安全教育活动", "2025-06-28", P(
        "为切实增强中小学生防溺水安全意识，6月27日，县教育体育局联合团县委、县应急管理局在城区各学校开展夏季防溺水安全教育活动。",
        "活动通过主题班会、模拟演练、发放《致家长的一封信》等形式，向学生讲解“六不两会”防溺水知识。据统计，全县共发放宣传资料3.2万份，覆盖学生4.1万人次。",
        "下一步，县有关部门将加强对重点水域的巡查值守，设置警示标识，落实汛期防溺水各项措施。"), source="县教育体育局")
    art("gzdt", "县委召开理论学习中心组（扩大）学习会", "2025-06-25", P(
        "6月24日，县委召开理论学习中心组（扩大）学习会，传达学习5月12日省委有关会议精神，研究部署我县贯彻落实工作。",
        "会议强调，要把学习成果转化为推动高质量发展的实际行动，聚焦产业升级、城乡融合、民生改善等重点任务，确保各项工作落地见效。"), source="县委办")
    meet_near = art("gzdt", "县政府召开全县耕地保护工作推进会", "2025-06-20", P(
        "近日，县政府召开全县耕地保护工作推进会，总结前一阶段耕地保护和违法占地整治工作，部署下一阶段重点任务。",
        "会议要求，各乡镇要压实耕地保护主体责任，严格落实“长牙齿”的硬措施，坚决遏制耕地“非农化”，严格管控“非粮化”。"))
    meet10 = art("gzdt", "县政府召开第32次常务会议", "2025-06-19", P(
        "6月9日，县政府召开第32次常务会议，研究《杉林县支持返乡创业十条措施》等事项。县长主持会议。",
        "会议审议通过了《杉林县支持返乡创业十条措施》，要求有关部门抓紧做好政策宣传解读工作，确保政策红利及时惠及创业群众。",
        "会议还听取了全县上半年经济运行情况汇报，研究了安全生产、防汛备汛等工作。"))
    sh = art("gzdt", "我县扎实推进扫黑除恶常态化工作", "2025-06-18", P(
        "今年以来，我县坚持以人民为中心，持续推进扫黑除恶常态化，着力营造安全稳定的社会环境。",
        "县委政法委组织召开专题推进会，要求各成员单位保持高压态势，深入开展扫黑险恶专项斗争“回头看”，对群众反映强烈的行业乱象开展集中整治。",
        "截至目前，全县共受理涉黑涉恶线索47条，已全部办结，群众安全感和满意度进一步提升。"), source="县委政法委")
    meet14 = art("gzdt", "县政府召开全县招商引资工作调度会", "2025-06-16", P(
        "6月2日，县政府召开全县招商引资工作调度会，通报1—5月招商引资进展情况，分析存在的问题，安排下一步工作。",
        "会议指出，各招商小分队要紧盯主导产业链条，瞄准粤港澳大湾区、长三角等重点区域，开展精准招商。"))
    mfd = art("gzdt", "县司法局开展民法典宣传月活动", "2025-06-12", P(
        "为进一步推动民法典走到群众身边、走进群众心里，5月以来，县司法局组织开展民法典宣传月活动。",
        "活动期间，普法志愿者深入社区、集市、企业，向群众发放《中华人民共合国民法典》普及读本，围绕婚姻家庭、继承、合同等群众关心的问题答疑解惑。",
        "县司法局有关负责人表示，将持续抓好《中华人民共和国民法典》学习宣传，不断提升群众法治意识。"), source="县司法局")
    late_meet = art("gzdt", "县政府召开全县防汛备汛工作会议", "2025-06-10", P(
        "5月12日，县政府召开全县防汛备汛工作会议，全面部署今年防汛备汛工作。副县长出席会议并讲话。",
        "会议指出，当前已进入主汛期，各乡镇、各部门要克服麻痹思想和侥幸心理，扎实做好隐患排查、物资储备、人员转移等各项准备工作。",
        "会议要求，要严格执行24小时值班和领导带班制度，确保信息畅通、指挥有力、处置高效。"), source="县应急管理局")
    lex = art("gzdt", "我县现代农业产业园建设取得新进展", "2025-06-06", P(
        "近年来，我县立足资源禀赋，大力发展脐橙、蔬菜等特色产业。作为衫林县首个省级现代农业产业园，园区今年新增入驻企业6家。",
        "目前，园区已建成标准化蔬菜大棚1200亩、冷链仓储设施2.4万立方米，带动周边农户1800余户增收。"), source="县农业农村局")
    insp = art("gzdt", "县领导分组到乡镇督导安全生产工作", "2025-06-03", P(
        "5月15日至16日，县领导分组深入各乡镇，对道路交通、自建房、燃气等重点行业领域安全生产工作开展督导。",
        "督导组要求，各乡镇要进一步压实属地责任，对排查出的隐患建立台账，限期整改到位。"))
    xianjin = art("gzdt", "学习先进典型　汲取奋进力量", "2025-05-22", P(
        "5月21日，县直机关工委组织党员干部观看先进典型事迹报告会。大家纷纷表示，先进典型的事迹给人以深刻启示。",
        "报告会后，各支部结合实际开展交流研讨。此次征文活动报名截止日期为6月15日，请各支部及时报送。"), source="县直机关工委")
    art("gzdt", "全县春耕生产有序推进", "2025-04-18", P(
        "连日来，全县各地抢抓农时，组织农户开展春耕备耕。县农业农村局组织技术人员深入田间地头开展技术指导。",
        "截至4月17日，全县已完成早稻育秧3.6万亩，占计划的92%。"))
    dec = art("gzdt", "县政府召开2024年度工作总结会", "2025-01-05", P(
        "12月28日，县政府召开2024年度工作总结会，回顾全年工作，部署2025年重点任务。",
        "会议要求，各部门要认真谋划新一年工作思路，确保全年工作开好局、起好步。"))

    expect(S, "meeting.late", late_meet.path,
           "lead '5月12日，县政府召开…会议' published 2025-06-10: held 2025-05-12, 29 calendar days later (> 14)")
    decoy(S, "meeting 近日 (held date unknown)", meet_near.path, ["meeting.late"], "lead '近日，县政府召开…': no held date, no finding")
    decoy(S, "meeting published 10 days later", meet10.path, ["meeting.late"], "6月9日 meeting published 2025-06-19: 10 days")
    decoy(S, "meeting published exactly 14 days later", meet14.path, ["meeting.late"], "6月2日 meeting published 2025-06-16: exactly 14 days, not more than 14")
    decoy(S, "meeting held the day before; an older date later in the lead", arts["gzdt"][1].path, ["meeting.late"],
          "lead '6月24日，县委召开…，传达学习5月12日省委…精神' published 2025-06-25: held 6月24日 (1 day)")
    decoy(S, "not a meeting (督导) with an old date", insp.path, ["meeting.late"], "'5月15日至16日，县领导…督导' published 2025-06-03: an inspection tour, not a meeting")
    decoy(S, "December meeting published in January", dec.path, ["meeting.late"], "'12月28日…召开' published 2025-01-05: held 2024-12-28, 8 days")
    expect(S, "text.sensitive", sh.path, "body: '扫黑险恶' (五笔 error for 扫黑除恶, reported on 100+ sites); title and other mentions are correct",
           target="扫黑险恶", alt_rules=["text.typo"])
    expect(S, "text.sensitive", mfd.path, "body: '《中华人民共合国民法典》' (national name written wrong); the next paragraph is correct",
           target="中华人民共合国", alt_rules=["text.typo"])
    expect(S, "text.typo", lex.path, "body: '衫林县' (custom lexicon lexicons/extra.txt: 衫林县 -> 杉林县), planted once", target="衫林县",
           alt_rules=["text.sensitive"])
    decoy(S, "correct words around wrong entries", xianjin.path, ["text.typo", "text.sensitive"],
          "'深刻启示' (contains 启示, not 寻人启示), '报名截止日期' (截止 used correctly)")
    decoy(S, "扫黑除恶 and 截至目前 written correctly", sh.path, ["text.typo", "text.sensitive"], "title 扫黑除恶 and '截至目前' are correct", target="扫黑除恶")

    # ---- 通知公告 ----------------------------------------------------------------------------
    duty = art("tzgg", "关于开展2025年度防汛应急演练的通知", "2025-06-26", P(
        "各乡镇人民政府，县直有关单位：",
        "为检验防汛应急预案的可操作性，提高应急处置能力，县防汛抗旱指挥部定于7月3日在桃江河沿岸开展防汛应急演练。现将有关事项通知如下：",
        "一、参演单位：县应急管理局、县水利局、县消防救援大队及沿河乡镇。",
        "二、请各参演单位于7月1日前将参演人员名单报县防汛办。",
        "联系人：县防汛办　值班电话：0797-7180110　值班手机：13979786110（24小时值守）",
        "杉林县防汛抗旱指挥部<br>2025年6月26日"), source="县防汛办")
    xr = art("tzgg", "杉林县救助管理站关于为受助人员寻亲的公告", "2025-06-12", P(
        "杉林县救助管理站寻人启示",
        "2025年6月5日，我站在城区救助一名走失老人，该老人男性，约70岁，身高约165厘米，口音为本地口音，无法准确表述个人信息。",
        "请知情者或其家属与杉林县救助管理站联系。联系电话：0797-7171234。"), source="县民政局")
    yb = art("tzgg", "关于做好2026年度城乡居民基本医疗保险集中缴费工作的通知", "2025-05-20", P(
        "各乡镇人民政府，县直有关单位：",
        "2026年度城乡居民基本医疗保险集中缴费期为2025年9月1日至12月31日。参保群众可通过“赣服通”、“江西税务”微信公众号或银行网点缴费。",
        "政策咨询：县医保局0797-7176012；12345政务服务便民热线；缴费平台客服电话：400-880-6123。"), source="县医保局")
    art("tzgg", "关于2025年端午节放假安排的通知", "2025-05-26", P(
        "根据国务院办公厅通知精神，现将2025年端午节放假安排通知如下：5月31日（星期六）至6月2日（星期一）放假调休，共3天。",
        "节日期间，各单位要安排好值班和安全保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置。"), source="县政府办")
    expect(S, "text.typo", xr.path, "body line '杉林县救助管理站寻人启示' (寻人启事 is right); the title is correct", target="寻人启示",
           alt_rules=["text.sensitive"])
    decoy(S, "office duty mobile (值班手机)", duty.path, ["privacy.phone"], "值班手机 13979786110 of the 防汛办: an office number, not personal data",
          target="139****6110")
    decoy(S, "landline, 12345, 400 number", yb.path, ["privacy.phone"], "0797-7176012, 12345 hotline and 400-880-6123 are not personal mobiles")

    # ---- 公示公告 (privacy) --------------------------------------------------------------------
    people = [
        ("刘桂英", "360722", "19580314", "062", "13870751246", "大塘镇", 2),
        ("陈志明", "360733", "19710927", "031", "15970823357", "古陂镇", 3),
        ("钟秀兰", "360730", "19640502", "084", "18779715538", "新田镇", 1),
    ]
    dibao = art("gsgg", "杉林县2025年第二季度城乡最低生活保障新增对象公示", "2025-06-23", "")
    rows = []
    for i, (nm, reg, birth, seq, mob, town, k) in enumerate(people, 1):
        v = plant_id(S, dibao.path, id18(reg, birth, seq), f"低保公示 table row {i}: full ID of {nm}")
        m = plant_mobile(S, dibao.path, mob, f"低保公示 table row {i}: personal mobile of {nm} in a published list")
        rows.append(f"<tr><td>{i}</td><td>{nm}</td><td>{v}</td><td>{m}</td><td>{town}</td><td>{k}</td><td>农村低保</td></tr>")
    rows.append("<tr><td>4</td><td>黄德贵</td><td>3607**********1672</td><td>139****4410</td><td>安西镇</td><td>2</td><td>城市低保</td></tr>")
    dibao.body = P("根据《江西省最低生活保障办法》有关规定，经个人申请、乡镇审核、县民政局审批，拟将以下人员纳入城乡最低生活保障范围，现予以公示。") + f"""
<table class="sl-gs" border="1" cellspacing="0" cellpadding="4">
<tr><th>序号</th><th>户主姓名</th><th>身份证号码</th><th>联系电话</th><th>所在乡镇</th><th>保障人数</th><th>类别</th></tr>
{''.join(rows)}
</table>
""" + P("公示期为2025年6月23日至6月29日。如有异议，请在公示期内向县民政局反映。", "监督电话：0797-7177965　12345政务服务便民热线", "杉林县民政局<br>2025年6月23日")
    dibao.source = "县民政局"
    decoy(S, "masked row in the same table", dibao.path, ["privacy.id_number", "privacy.phone"],
          "row 4 is masked (3607**********1672, 139****4410)", target="1672")
    decoy(S, "监督电话 landline and 12345", dibao.path, ["privacy.phone"], "0797-7177965 and 12345 are not personal mobiles", target="7177965")
    jyyw = art("gsgg", "杉林县2024年度见义勇为先进个人拟表彰人选公示", "2025-05-15", P(
        "经个人申报、乡镇推荐、县见义勇为基金会审核，拟对以下同志予以表彰，现予以公示：",
        "1. 邱建华（身份证号：3607**********2316，联系电话：138****7702），古陂镇农民，2024年8月勇救落水儿童；",
        "2. 罗小军（身份证号：3607**********0417，联系电话：157****3391），快递员，2024年11月协助民警抓获盗窃嫌疑人。",
        "公示期为5个工作日。受理电话：0797-7173110。"), source="县委政法委")
    decoy(S, "masked IDs and mobiles", jyyw.path, ["privacy.id_number", "privacy.phone"], "IDs and mobiles masked as 3607**********2316 / 138****7702")
    xm = art("gsgg", "关于杉林县2025年重点建设项目业主单位的公示", "2025-04-02", P(
        "根据县重点项目建设工作安排，现将2025年重点建设项目业主单位公示如下：",
        "杉林县城市建设投资有限公司（统一社会信用代码：91360799MA38K5LJ2D），负责城南片区棚户区改造项目；",
        "杉林县交通建设投资有限公司（统一社会信用代码：91360799MA39R2WQ7K），负责县道改造提升项目。"), source="县发改委")
    decoy(S, "统一社会信用代码 (18 characters)", xm.path, ["privacy.id_number"], "USCC codes are not resident IDs")

    # ---- 政策文件 / 政策解读 -------------------------------------------------------------------
    def doc(title: str, num: str, day: str, text: list[str]) -> Article:
        body = f'<div class="sl-wh">{esc(num)}</div>' + P(*text)
        a = art("zcwj", title, day, body, source="县政府办")
        a.num = num  # type: ignore[attr-defined]
        return a

    def jd(doc_a: Article, title: str, day: str, text: list[str], link_back: bool = True) -> Article:
        rel = (f'<div class="sl-rel">相关文件：<a href="{doc_a.path}">{esc(doc_a.title)}（{esc(doc_a.num)}）</a></div>'  # type: ignore[attr-defined]
               if link_back else "")
        return art("zcjd", title, day, P(*text) + rel, source="县政府办")

    d1 = doc("杉林县人民政府关于印发《杉林县促进民营经济高质量发展若干措施》的通知", "杉府发〔2025〕3号", "2025-03-14", [
        "各乡镇人民政府，县政府各部门：", "现将《杉林县促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。",
        "一、降低经营成本。对新认定的省级“专精特新”中小企业给予一次性奖励。", "二、强化要素保障。优先保障民营企业重点项目用地需求。",
        "三、优化金融服务。扩大县级应急转贷资金规模，降低企业转贷成本。", "本措施自印发之日起施行，有效期3年。"])
    j1 = jd(d1, "《杉林县促进民营经济高质量发展若干措施》政策解读", "2025-03-21", [
        "一、出台背景：为贯彻落实中央和省、市关于促进民营经济发展壮大的决策部署，进一步优化营商环境，制定本措施。",
        "二、主要内容：围绕降低经营成本、强化要素保障、优化金融服务等方面提出具体措施。", "三、解读机关：杉林县发展和改革委员会。"])
    d2 = doc("杉林县人民政府办公室关于印发《杉林县农村集体经济组织财务管理办法》的通知", "杉府办发〔2025〕6号", "2025-02-06", [
        "各乡镇人民政府，县政府有关部门：", "《杉林县农村集体经济组织财务管理办法》已经县政府同意，现印发给你们，请结合实际认真执行。",
        "第一条　为规范农村集体经济组织财务行为，保障集体经济组织及其成员的合法权益，制定本办法。", "第二条　本办法适用于本县行政区域内的农村集体经济组织。"])
    j2 = jd(d2, "一图读懂《杉林县农村集体经济组织财务管理办法》", "2025-02-11", [
        "《办法》共六章三十条，明确了财务管理机构、资金管理、资产管理、收益分配、财务公开和监督等内容。", "解读机关：杉林县农业农村局。"])
    d3 = doc("杉林县人民政府办公室关于印发《杉林县城镇老旧小区改造实施方案（2025—2027年）》的通知", "杉府办发〔2025〕15号", "2025-05-20", [
        "各乡镇人民政府，县政府各部门：", "《杉林县城镇老旧小区改造实施方案（2025—2027年）》已经县政府同意，现印发给你们，请认真组织实施。",
        "一、改造范围：城区2000年底前建成、失养失修失管的住宅小区。", "二、改造内容：基础类、完善类、提升类三类改造内容。",
        "三、资金筹措：采取政府补助、居民出资、社会资本参与相结合的方式。"])
    d4 = doc("杉林县人民政府关于印发《杉林县农村生活垃圾治理办法》的通知", "杉府发〔2025〕9号", "2025-06-03", [
        "各乡镇人民政府，县政府各部门：", "现将《杉林县农村生活垃圾治理办法》印发给你们，请认真贯彻执行。",
        "第一条　为改善农村人居环境，规范农村生活垃圾收集、转运和处置，制定本办法。", "第二条　农村生活垃圾治理实行“户分类、村收集、乡转运、县处理”模式。"])
    j4 = jd(d4, "《杉林县农村生活垃圾治理办法》政策解读", "2025-06-03", [
        "一、制定依据：《中华人民共和国固体废物污染环境防治法》等法律法规。", "二、主要内容：明确了各方责任、收运体系、经费保障和监督考核。",
        "三、解读机关：杉林县城市管理局。"])
    d5 = doc("杉林县人民政府办公室关于印发《杉林县支持返乡创业十条措施》的通知", "杉府办发〔2025〕18号", "2025-06-13", [
        "各乡镇人民政府，县政府各部门：", "《杉林县支持返乡创业十条措施》已经县政府第32次常务会议审议通过，现印发给你们，请认真贯彻落实。",
        "一、对首次创办小微企业的返乡人员给予一次性创业补贴。", "二、返乡创业人员可申请最高30万元创业担保贷款。"])
    j5 = jd(d5, "《杉林县支持返乡创业十条措施》政策解读", "2025-06-18", [
        "一、出台目的：进一步激发返乡人员创业热情，以创业带动就业。", "二、适用对象：返乡创业的农民工、高校毕业生和退役军人等。",
        "三、解读机关：杉林县人力资源和社会保障局。"])
    d6 = doc("杉林县人民政府关于印发《杉林县公共租赁住房管理办法》的通知", "杉府发〔2025〕7号", "2025-04-29", [
        "各乡镇人民政府，县政府各部门：", "现将《杉林县公共租赁住房管理办法》印发给你们，请认真遵照执行。",
        "第一条　为规范公共租赁住房的申请、分配、使用和退出管理，制定本办法。"])
    j6 = jd(d6, "《杉林县公共租赁住房管理办法》解读", "2025-05-07", [
        "一、修订背景：原办法已实施五年，部分条款已不适应当前工作需要。", "二、主要变化：放宽新就业无房职工申请条件，完善退出机制。",
        "三、解读机关：杉林县住房和城乡建设局。"])
    n1 = doc("杉林县人民政府办公室关于召开全县安全生产工作会议的通知", "杉府办字〔2025〕31号", "2025-06-05", [
        "各乡镇人民政府，县直有关单位：", "经县政府同意，定于2025年6月10日上午9时在县政府第一会议室召开全县安全生产工作会议。",
        "请各单位主要负责人准时参加，不得缺席。"])
    n2 = doc("杉林县人民政府关于刘明华等同志职务任免的通知", "杉府任〔2025〕4号", "2025-05-28", [
        "各乡镇人民政府，县政府各部门：", "经县政府研究决定：", "刘明华同志任杉林县交通运输局副局长；", "免去王建平同志的杉林县水利局副局长职务。"])
    n3 = doc("关于杉林县2025年度县级财政衔接推进乡村振兴补助资金项目计划的公示", "杉乡振字〔2025〕5号", "2025-06-23", [
        "根据有关规定，现将2025年度县级财政衔接推进乡村振兴补助资金项目计划予以公示，公示期10天。",
        "如有异议，请在公示期内向县乡村振兴局反映。"])
    jprov = art("zcjd", "《江西省优化营商环境条例》解读", "2025-04-15", P(
        "本文转自江西省人民政府网站。《条例》共七章六十八条，对市场环境、政务服务、监管执法、法治保障等作出规定。"), source="江西省人民政府网")

    # cross links: documents that link their interpretation
    for d, j in ((d1, j1), (d2, j2), (d5, j5), (d6, j6)):
        d.body += f'<div class="sl-rel">相关解读：<a href="{j.path}">{esc(j.title)}</a></div>'

    wd = workdays_between
    expect(S, "interpretation.missing", d3.path, f"{d3.num} 实施方案 published 2025-05-20; no interpretation anywhere on the site",  # type: ignore[attr-defined]
           accept=["/channel/zcwj/"])
    expect(S, "interpretation.late", d1.path,
           f"{d1.num} published 2025-03-14, 解读 2025-03-21: {wd(d1.day, j1.day)} working days (> 3)",  # type: ignore[attr-defined]
           accept=[j1.path])
    expect(S, "interpretation.late", d2.path,
           f"{d2.num} published 2025-02-06, 一图读懂 2025-02-11: {wd(d2.day, j2.day)} working days with Saturday 2025-02-08 a 调休 workday "  # type: ignore[attr-defined]
           f"(Mon-Fri count {naive_workdays(d2.day, j2.day)})", accept=[j2.path])
    expect(S, "interpretation.unlinked", d4.path,
           f"{d4.num} and its same-day 解读: the 解读 links the document, the document does not link the 解读",  # type: ignore[attr-defined]
           accept=[j4.path])
    assert wd(d1.day, j1.day) > 3 and wd(d2.day, j2.day) > 3 and naive_workdays(d2.day, j2.day) == 3
    assert wd(d5.day, j5.day) == 3 and wd(d6.day, j6.day) == 3 and naive_workdays(d6.day, j6.day) == 6
    decoy(S, "interpretation on time across a weekend", d5.path, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"],
          f"published 2025-06-13 (Fri), 解读 2025-06-18 (Wed): {wd(d5.day, j5.day)} working days; linked both ways")
    decoy(S, "interpretation on time across May Day", d6.path, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"],
          f"published 2025-04-29, 解读 2025-05-07: {wd(d6.day, j6.day)} working days (Mon-Fri count {naive_workdays(d6.day, j6.day)})")
    for x, what in ((n1, "会议通知"), (n2, "人事任免"), (n3, "公示")):
        decoy(S, f"{what} in the policy column", x.path, ["interpretation.missing"], f"{x.num} is a {what}: needs no interpretation")  # type: ignore[attr-defined]
        if what == "会议通知":
            decoy(S, "会议通知 (a future meeting) in the policy column", x.path, ["meeting.late"], f"{x.num}: announces a meeting on 6月10日")  # type: ignore[attr-defined]
    decoy(S, "interpretation of a provincial regulation (no local document)", jprov.path, ["interpretation.missing", "interpretation.unlinked"],
          "a reposted provincial 解读: nothing to pair locally")

    # ---- 年度报告 --------------------------------------------------------------------------------
    a23_sum = [
        "2023年，杉林县人民政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和省、市政务公开工作要点，以公开促落实、促规范、促服务，政务公开工作取得新成效。",
        "（一）主动公开。全年通过县政府门户网站主动公开政府信息6125条，其中政策文件86件，政策解读52篇；召开新闻发布会14场，回应社会关切问题37个。",
        "（二）依申请公开。全年共受理政府信息公开申请，均在法定期限内答复，未发生因依申请公开引发的行政复议被纠错情况。",
        "（三）政府信息管理。严格执行公开前保密审查制度，对拟公开信息逐条审核；开展行政规范性文件清理，及时标注失效、废止文件。",
        "（四）平台建设。完成政府信息公开专栏改版，优化栏目设置，提升检索功能；加强政务新媒体管理，关停整合“僵尸”账号3个。",
        "（五）监督保障。将政务公开纳入县直单位综合考核，组织业务培训2期，培训人员210人次。"]
    a24_sum = [
        "2024年，杉林县人民政府深入贯彻党的二十大和二十届二中、三中全会精神，全面落实《条例》规定，围绕县委、县政府中心工作，持续深化政务公开标准化规范化建设，不断提升政务公开质效，为建设现代化新杉林营造公开透明的政务环境。现将有关情况报告如下：",
        "（一）聚焦重点领域，主动公开更加全面。一是做好法定主动公开内容公开。严格按照《条例》第二十条、第二十一条规定，全面公开机构职能、政策文件、财政预决算、重大建设项目、公共资源配置、社会公益事业等信息。全年通过县政府门户网站主动公开政府信息7342条，其中县政府及办公室文件93件。"
        "二是加强重大决策预公开。对涉及群众切身利益的城镇老旧小区改造、公共租赁住房管理等重大决策事项，通过网站公开征求社会意见11次，收集意见建议126条，采纳情况均在网站予以反馈。三是做好财政信息公开。县本级及83个预算单位部门预决算、“三公”经费预决算全部按时在统一平台公开。",
        "（二）强化政策解读，回应关切更加及时。坚持政策文件与解读材料同步组织、同步审签、同步部署，全年发布政策解读61篇，其中图表图解、视频解读等多元化解读24篇。县政府主要负责同志带头解读政策2次，部门主要负责同志解读政策19次。围绕就业社保、教育医疗、住房保障等社会关注热点，通过新闻发布会、政务新媒体、12345热线等渠道回应社会关切43次。",
        "（三）规范依申请公开，办理质量持续提升。进一步完善依申请公开受理、审查、答复全流程工作机制，编制答复文书参考范本，建立疑难申请会商制度。全年依申请公开工作总体平稳，所有申请均在法定期限内答复，答复规范性进一步提高。",
        "（四）加强信息管理，公开基础更加坚实。严格落实公开前保密审查和“三审三校”制度，组织对网站历史信息开展全面排查，清理涉及个人隐私等不宜公开信息。动态更新政府信息公开指南和主动公开基本目录，完成行政规范性文件清理，对失效、废止文件作出明确标注。",
        "（五）优化平台建设，公开渠道更加多元。持续优化县政府门户网站政府信息公开专栏，按照国务院办公厅要求调整栏目设置，完善站内搜索功能。加强政务新媒体规范管理，做好政府公报、政务公开专区建设，在县政务服务中心和各乡镇便民服务中心设立政务公开专区，提供政府信息查阅、政策咨询等服务。",
        "（六）健全监督保障，工作机制更加完善。调整县政务公开工作领导小组，明确各成员单位职责。将政务公开工作纳入县直单位和乡镇高质量发展综合考核，开展季度网站检查并通报结果。举办全县政务公开业务培训班3期，培训业务骨干300余人次，进一步提升了工作人员业务能力。",
        "（七）推进基层公开，标准化规范化持续深化。以乡镇政务公开标准化规范化建设为抓手，指导各乡镇对照国务院部门制定的26个试点领域标准指引，梳理编制乡镇政务公开事项标准目录，明确公开内容、公开时限、公开主体和公开方式。"
        "推动村（居）务公开与政务公开有效衔接，在全县村（社区）设置公开栏，及时公开惠民惠农补贴发放、村级财务收支、集体资产处置等群众关心关注的事项。"
        "组织开展“政府开放日”“政策进村入户”等活动，邀请人大代表、政协委员、企业代表和群众代表走进政府机关，面对面了解政府工作、提出意见建议，进一步增强了政务公开的实效性和群众的获得感。"]
    a23_prob = ["一是部分单位政策解读形式较为单一；二是基层政务公开专区作用发挥不够充分。2024年，我县将丰富解读形式，推动专区规范运行。"]
    a24_prob = ["一是政务公开工作人员流动较大，业务能力有待提升；二是依申请公开答复文书规范性仍需加强。下一步，我县将加强业务培训，建立答复文书审核机制。"]
    a_other = ["本年度未收取信息处理费。", "无其他需要报告的事项。"]
    hanzi = sum(1 for p in a24_sum for ch in p if "\u4e00" <= ch <= "\u9fff")
    assert chars(a24_sum) > 1300 and hanzi > 1100 and chars(a23_sum) < 1000, (chars(a24_sum), hanzi, chars(a23_sum))
    t3_23 = table3_numbers(2301, 30)
    t3_24 = table3_numbers(2401, 36, carry=t3_23["carry_out"][:6])
    # the planted inconsistency: 自然人 结转下年度 one short, the 总计 column follows (row sum still holds)
    t3_24["carry_out"][0] -= 1
    t3_24["carry_out"][6] -= 1
    nat = [t3_24[k][0] for k in ("new", "carry_in", "total", "carry_out")]
    ar23 = art("ndbg", "杉林县人民政府2023年政府信息公开工作年度报告", "2024-03-22", annual_report_body(
        "杉林县人民政府办公室", 2023, a23_sum, a23_prob, a_other,
        {"gz": (0, 0, 0), "gf": (7, 3, 41), "xk": 2316, "cf": 518, "qz": 12, "sf": 86.4}, t3_23,
        [[3, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]]), source="县政府办")
    ar24 = art("ndbg", "杉林县人民政府2024年政府信息公开工作年度报告", "2025-03-25", annual_report_body(
        "杉林县人民政府办公室", 2024, a24_sum, a24_prob, a_other,
        {"gz": (0, 0, 0), "gf": (9, 2, 48), "xk": 2650, "cf": 604, "qz": 9, "sf": 79.2}, t3_24,
        [[4, 1, 0, 1], [2, 0, 0, 0], [1, 0, 0, 0]]), source="县政府办")
    expect(S, "annual_report.inconsistent", ar24.path,
           f"table 三, column 自然人: 新收 {nat[0]} + 上年结转 {nat[1]} = {nat[0] + nat[1]}, but 总计 {nat[2]} + 结转下年度 {nat[3]} = {nat[2] + nat[3]} "
           "(the 总计 column's 结转下年度 follows, so that column is off by one too); one finding per report")
    expect(S, "annual_report.summary_too_long", ar24.path,
           f"一、总体情况 is {chars(a24_sum)} characters without spaces, {hanzi} Chinese characters without punctuation (> 1000 either way)")
    decoy(S, "the 2023 report (clean, different text, 总体情况 under 1000)", ar23.path,
          ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"],
          f"2023 report: consistent tables, 总体情况 {chars(a23_sum)} characters, text unlike 2024's")
    decoy(S, "cross-year continuity kept in the 2024 report", ar24.path, ["annual_report.inconsistent"],
          "2024 上年结转 equals 2023 结转下年度 in every column; only the planted same-year error is wrong", target="跨年度")
    decoy(S, "a county government publishing its 2024 report on 25 March", "/channel/ndbg/", ["annual_report.missing"],
          "the government itself has until 31 March; and the report exists")

    # ---- 政务新媒体 feeds -----------------------------------------------------------------------
    def rss(name: str, items: list[tuple[str, str]], link: str) -> str:
        its = "".join(
            f"<item><title>{esc(t)}</title><link>https://mp.weixin.qq.com/s/{link}{i:03d}</link>"
            f"<guid>{link}-{i}</guid><pubDate>{datetime.fromisoformat(d).strftime('%a, %d %b %Y %H:%M:%S')} +0800</pubDate></item>"
            for i, (t, d) in enumerate(items))
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(name)}</title>'
                f"<link>https://mp.weixin.qq.com/</link><description>{esc(name)}</description>{its}</channel></rss>\n")

    def atom(name: str, items: list[tuple[str, str]]) -> str:
        ents = "".join(
            f'<entry><title>{esc(t)}</title><link href="https://www.shanglinrm.cn/v/{i:04d}.html"/><id>tag:shanglinrm,{d[:10]}:{i}</id>'
            f"<updated>{d}+08:00</updated><published>{d}+08:00</published></entry>" for i, (t, d) in enumerate(items))
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{esc(name)}</title>'
                f'<id>tag:shanglinrm,2020:feed</id><updated>{items[0][1]}+08:00</updated>{ents}</feed>\n')

    put(S, "/feeds/slfb.xml", rss("杉林发布", [("杉林县召开全县防汛备汛工作会议", "2025-06-10T18:30:00"),
                                               ("杉林脐橙迎来春梢管护关键期", "2025-06-04T17:20:00"),
                                               ("端午假期出行提示", "2025-05-30T12:00:00")], "slfb"))
    put(S, "/feeds/slwb.xml", rss("杉林政务微博", [("【提示】今日起我县进入主汛期", "2025-06-16T08:15:00"),
                                               ("县政府召开全县招商引资工作调度会", "2025-06-16T07:40:00"),
                                               ("2025年中考报名须知", "2025-06-09T16:00:00")], "slwb"))
    put(S, "/feeds/slrm.atom", atom("杉林县融媒体中心", [("杉林新闻联播 6月28日", "2025-06-28T20:00:00"),
                                                   ("杉林新闻联播 6月27日", "2025-06-27T20:00:00"),
                                                   ("杉林新闻联播 6月26日", "2025-06-26T20:00:00")]))
    expect(S, "newmedia.stale", "/feeds/slfb.xml", "account 杉林发布: last post 2025-06-10, 20 days before as-of (> 14)",
           target="杉林发布", accept=["/"], target_aliases=["slfb"])
    decoy(S, "account updated exactly 14 days before as-of", "/feeds/slwb.xml", ["newmedia.stale"],
          "杉林政务微博: last post 2025-06-16, exactly 14 days (not more than 14)", target="杉林政务微博")
    decoy(S, "fresh Atom account", "/feeds/slrm.atom", ["newmedia.stale"], "杉林县融媒体中心: last post 2025-06-28", target="杉林县融媒体中心")

    # ---- external links ------------------------------------------------------------------------
    ext = art("gzdt", "我县开通暑运旅客出行服务专线", "2025-05-30", P(
        "为方便群众暑期出行，县交通运输局联合客运企业开通暑运旅客出行服务专线，增开至赣州、南昌等方向班次。",
        '铁路车票可通过<a href="https://www.12306.cn/" target="_blank" onclick="return confirm(\'您即将离开杉林县人民政府网站，访问第三方网站。是否继续？\')">中国铁路12306</a>购买；'
        '学习更多交通安全知识请访问<a href="https://www.xuexi.cn/" onclick="return confirm(\'即将离开本站，前往“学习强国”学习平台，是否继续？\')">学习强国</a>。',
        '更多政策信息请访问<a href="https://jt.jiangxi.gov.cn/" target="_blank">江西省交通运输厅</a>网站。'), source="县交通运输局")
    decoy(S, "external links with a confirm() leave-site notice", ext.path, ["link.external_no_notice"],
          "12306.cn and xuexi.cn links both ask confirm('…离开…')", target="https://www.12306.cn/")
    decoy(S, "external link with a leave-site notice", ext.path, ["link.external_no_notice"], "xuexi.cn link with confirm()",
          target="https://www.xuexi.cn/")
    decoy(S, "link to another gov.cn site", ext.path, ["link.external_no_notice"], "jt.jiangxi.gov.cn is a government site",
          target="https://jt.jiangxi.gov.cn/")

    # ---- pages -----------------------------------------------------------------------------------
    code_name = {c: nme for c, nme, _ in A_COLS}
    related_all: dict[str, str] = {}
    for col, lst in arts.items():
        for a in lst:
            crumbs = f'<a href="/channel/{col}/">{esc(code_name[col])}</a>'
            if col in ("zcwj", "zcjd", "gsgg", "ndbg"):
                crumbs = f'<a href="/channel/xxgk/">政府信息公开</a> &gt; ' + crumbs
            put(S, a.path, a_article_page(a, crumbs, related_all.get(a.path, "")))
    for c, nme, _ in A_COLS:
        a_list_pages(c, nme, arts[c])
    hub = "".join(f'<li><a href="/channel/{c}/">{esc(nme)}</a></li>' for c, nme, _ in A_COLS if c not in ("gzdt", "tzgg"))
    put(S, "/channel/xxgk/index.html", a_layout(f"政府信息公开_{A_NAME}", (
        '<div class="sl-crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div><div class="sl-col"><div class="sl-col-t">政府信息公开</div>'
        f'<ul class="sl-xxgk">{hub}</ul></div>')))

    def block(title: str, code: str, k: int) -> str:
        items = sorted(arts[code], key=lambda x: (x.day, x.aid), reverse=True)[:k]
        lis = "".join(f'<li><a href="{x.path}" target="_blank">{esc(x.title)}</a><em>{x.day.strftime("%m-%d")}</em></li>' for x in items)
        return f'<div class="sl-blk"><div class="sl-blk-h"><b>{title}</b><a class="more" href="/channel/{code}/">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'

    g = sorted(arts["gzdt"], key=lambda x: x.day, reverse=True)
    hid = ['', ' style="display:none"', ' style="display:none"']
    slides = "".join(
        f'<li class="slide"{hid[i]}><a href="{g[i].path}"><img src="/static/img/slide{i + 1}.png" alt="{esc(g[i].title)}" width="560" height="320"></a>'
        f'<p>{esc(g[i].title)}</p></li>' for i in range(3))
    spam = (f'<div class="sl-yqlj" style="display:none"><a href="{SPAM["a1"][0]}">{SPAM["a1"][1]}</a> '
            f'<a href="{SPAM["a2"][0]}">{SPAM["a2"][1]}</a></div>')
    home = f"""<div class="sl-row">
  <div class="sl-focus"><ul class="slides">{slides}</ul><div class="dots"><span class="on">1</span><span>2</span><span>3</span></div></div>
  {block("工作动态", "gzdt", 8)}
</div>
<div class="sl-row">{block("通知公告", "tzgg", 5)}{block("政策文件", "zcwj", 6)}{block("政策解读", "zcjd", 5)}</div>
<div class="sl-row">{block("公示公告", "gsgg", 4)}
  <div class="sl-blk sl-xmt"><div class="sl-blk-h"><b>政务新媒体</b></div>
    <ul><li>微信公众号：杉林发布（<a href="/feeds/slfb.xml">订阅</a>）</li><li>微博：杉林政务微博（<a href="/feeds/slwb.xml">订阅</a>）</li>
    <li>杉林县融媒体中心（<a href="/feeds/slrm.atom">订阅</a>）</li></ul></div>
  <div class="sl-blk"><div class="sl-blk-h"><b>信息公开</b></div><ul><li><a href="/channel/ndbg/">政府信息公开年报</a></li><li><a href="/channel/zcwj/">政策文件</a></li></ul></div>
</div>
{spam}"""
    put(S, "/index.html", a_layout(A_NAME, home, home=True))
    for k in ("a1", "a2"):
        expect(S, "link.hidden", "/", f"homepage: a display:none block of spam links ({SPAM[k][1]})", target=SPAM[k][0])
        tolerate(S, ["link.external_no_notice"], "/", "the hidden spam link is also an external link without notice", target=SPAM[k][0])
    tolerate(S, ["text.sensitive", "text.typo"], "/", "spam anchor text (gambling words) sits in the hidden block")
    decoy(S, "hidden slideshow pictures (in-site)", "/", ["link.hidden"], "slides 2 and 3 are display:none and link in-site articles",
          target=g[1].path)
    decoy(S, "collapsed 政府网站导航 menu with gov.cn links", "/", ["link.hidden"], "display:none list of gov.cn portals (on every page)",
          target="http://www.jiangxi.gov.cn/")
    decoy(S, "找错 entry as an image with alt text", "/", ["site.identity_missing"],
          "我为政府网站找错 is an image link with alt/title; 政府网站标识码 written with a prefix")
    put(S, "/static/css/sl.css", ".w1200{width:1200px;margin:0 auto}.sl-zfwz:hover .sl-zfwz-list{display:block!important}"
        ".sl-list li{display:flex;justify-content:space-between}.sl-blk{float:left;width:380px;margin:8px}\n")
    for nm, wh, col in (("sl-logo", (42, 8), (180, 20, 20)), ("ga", (4, 4), (200, 160, 40)), ("jiucuo", (11, 6), (200, 30, 30)),
                        ("slide1", (56, 32), (40, 110, 180)), ("slide2", (56, 32), (60, 150, 90)), ("slide3", (56, 32), (190, 120, 40))):
        put(S, f"/static/img/{nm}.png", png(wh[0], wh[1], col))
    return {"newest_home": g[0].day.isoformat()}


# =============================================================================================
# Site B: 河西县教育体育局 (department; TRS-like folders /<col>/<yyyymm>/t<yyyymmdd>_<id>.html, table lists)
# =============================================================================================

B = "hexi-jyj"
B_NAME = "河西县教育体育局"
B_COLS = [("jydt", "教育动态", "news"), ("tzgg", "通知公告", "notice"), ("zwgk/gsgg", "公示公告", "notice"),
          ("zwgk/ndbg", "政府信息公开年度报告", "other")]


def b_layout(title: str, main: str) -> str:
    nav = "".join(f'<a href="/{c}/">{esc(n)}</a>' for c, n, _ in B_COLS)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<style>.hx-wrap{{width:1100px;margin:0 auto}}.m-menu a{{display:block}}@media (max-width:768px){{.hx-nav{{display:none}}}}</style></head>
<body>
<table class="hx-wrap" width="1100" border="0" cellspacing="0" cellpadding="0">
<tr><td class="hx-logo"><img src="/images/hx_logo.png" width="520" height="90" alt="河西县教育体育局"></td>
<td align="right"><a class="m-btn" href="javascript:void(0)" onclick="var m=document.getElementById('mMenu');m.style.display=m.style.display=='none'?'block':'none';">☰ 菜单</a></td></tr>
<tr><td colspan="2"><div class="m-menu" id="mMenu" style="display:none"><a href="/">首页</a>{nav}<a href="/zwgk/">政务公开</a></div>
<div class="hx-nav"><a href="/">首　页</a>{nav}<a href="/zwgk/">政务公开</a></div></td></tr>
<tr><td colspan="2" class="hx-body">
{main}
</td></tr>
<tr><td colspan="2" class="hx-foot" align="center">
<p>主办单位：河西县教育体育局　地址：河西县文昌路88号　联系电话：0797-8721000</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05007788号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36079902000288" target="_blank">赣公网安备 36079902000288号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html" target="_blank">我为政府网站找错</a></p>
<p>版权所有：河西县教育体育局　建议使用1366×768分辨率浏览</p>
</td></tr></table>
</body></html>
"""


def build_b() -> None:
    S = B
    arts: dict[str, list[Article]] = {c: [] for c, _, _ in B_COLS}
    counter = [5000]

    def art(col: str, title: str, day: str, body: str, **kw: Any) -> Article:
        counter[0] += 7
        a = Article(S, col, str(counter[0]), title, day, body, **kw)
        a.path = f"/{col}/{a.day.strftime('%Y%m')}/t{a.day.strftime('%Y%m%d')}_{a.aid}.html"
        arts[col].append(a)
        return a

    P = lambda *ps: "\n".join(f'<p style="text-indent:2em">{p}</p>' for p in ps)  # noqa: E731

    b01 = art("jydt", "局党组召开会议传达学习上级会议精神", "2025-06-25", P(
        "6月24日，局党组召开会议，传达学习5月12日全省教育工作会议精神，研究我县贯彻落实意见。",
        "会议要求，全县教体系统要聚焦立德树人根本任务，扎实推进义务教育优质均衡发展。"))
    b02 = art("jydt", "全县中小学校长能力提升培训班圆满结业", "2025-06-20", P(
        "6月19日，为期五天的全县中小学校长能力提升培训班圆满结业。来自全县各中小学的86名校长参加培训。",
        "结业式上，局主要负责同志希望各位校长再接再励，把培训成果运用到学校管理实践中，推动学校内涵发展。"))
    b03 = art("jydt", "县第二中学举办第十届校园科技节", "2025-06-13", P(
        "6月12日，县第二中学第十届校园科技节开幕。本届科技节设置机器人编程、航模制作、科学小实验等12个项目。",
        "活动吸引了1200余名学生参与，进一步激发了学生学科学、爱科学、用科学的热情。")
        + f'<div style="position:absolute;left:-9999px;top:-9999px"><a href="{SPAM["b1"][0]}">{SPAM["b1"][1]}</a></div>'
        + f'<p style="background:#ffffff;color:#ffffff;font-size:12px">友情链接：<a href="{SPAM["b2"][0]}" style="color:#ffffff">{SPAM["b2"][1]}</a></p>')
    art("jydt", "全县开展中小学校园安全隐患大排查", "2025-06-05", P(
        "为确保校园安全稳定，6月起，县教育体育局组织开展为期一个月的校园安全隐患大排查。",
        "排查重点包括校舍安全、消防安全、食品安全和校车安全等方面。"))
    b05 = art("jydt", "我县在全市中小学生田径运动会上获佳绩", "2025-05-28", P(
        "在近日结束的全市中小学生田径运动会上，我县代表队获得团体总分第三名。",
        "县教育体育局对获奖运动员和教练员予以通报表扬，勉励大家再接再厉，以赛促训，为全县体育事业发展作出新贡献。"))
    art("jydt", "县教育体育局开展“师德师风建设月”活动", "2025-05-16", P(
        "5月以来，县教育体育局在全县教体系统开展“师德师风建设月”活动，通过专题讲座、典型宣讲等形式，进一步激励广大教师爱岗敬业。"))
    expect(S, "text.typo", b02.path, "body: '再接再励' (再接再厉 is right)", target="再接再励", alt_rules=["text.sensitive"])
    decoy(S, "再接再厉 and 激励 written correctly", b05.path, ["text.typo"], "'再接再厉' is correct")
    decoy(S, "meeting held the day before, older date in the lead", b01.path, ["meeting.late"],
          "'6月24日，局党组召开会议，传达学习5月12日…' published 2025-06-25: held 1 day before")
    for k, how in (("b1", "a block positioned off-screen (left:-9999px)"), ("b2", "white text on a white background")):
        expect(S, "link.hidden", b03.path, f"article body: {how} ({SPAM[k][1]})", target=SPAM[k][0])
        tolerate(S, ["link.external_no_notice"], b03.path, "the hidden spam link is also an external link without notice", target=SPAM[k][0])
    tolerate(S, ["text.sensitive", "text.typo"], b03.path, "spam anchor text in the hidden links")

    n01 = art("tzgg", "关于做好2025年高校毕业生就业服务工作的通知", "2025-06-18", P(
        "各中小学、直属单位：",
        "为做好2025年高校毕业生就业服务工作，现将有关事项通知如下：",
        '一、请引导毕业生登录<a href="https://24365.ncss.cn/" target="_blank" onclick="return confirm(\'您访问的链接即将离开河西县教育体育局网站，是否继续？\')">国家大学生就业服务平台</a>了解岗位信息。',
        '二、县内企业招聘信息同步发布在<a href="https://campus.zhaopin.com/" target="_blank">智联招聘校园专区</a>，请毕业生关注。',
        '三、有关政策可查阅<a href="http://jyt.jiangxi.gov.cn/" target="_blank">江西省教育厅</a>网站。'))
    expect(S, "link.external_no_notice", n01.path, "visible link to campus.zhaopin.com (commercial) with no leave-site notice",
           target="https://campus.zhaopin.com/")
    decoy(S, "external link with confirm() notice", n01.path, ["link.external_no_notice"], "24365.ncss.cn with confirm('…即将离开…')",
          target="https://24365.ncss.cn/")
    decoy(S, "gov.cn link", n01.path, ["link.external_no_notice"], "jyt.jiangxi.gov.cn", target="http://jyt.jiangxi.gov.cn/")
    n02 = art("tzgg", "2025年河西县普通高中招生咨询公告", "2025-06-09", P(
        "2025年全县普通高中招生工作即将开始，为方便考生和家长咨询，现公布招生咨询电话：",
        "县教育体育局招生办：0797-8721035；招生咨询专线（手机）：13807978721（工作日8:00—17:30）；",
        "县第一中学招生办：0797-8723366。"))
    decoy(S, "招生办 consultation mobile (office use)", n02.path, ["privacy.phone"], "13807978721 is the 招生办's consultation line",
          target="138****8721")
    art("tzgg", "关于开展2025年暑期校外培训机构专项检查的通知", "2025-05-12", P(
        "各乡镇中心学校：", "为规范校外培训行为，县教育体育局将于暑期开展校外培训机构专项检查，请各校做好宣传引导。"))

    # privacy: the xlsx attachment
    xls_path = "/zwgk/gsgg/202506/P020250616_zzmd.xlsx"
    zz = art("zwgk/gsgg", "2025年春季学期家庭经济困难学生资助名单公示", "2025-06-16", "",
             attachments=[(xls_path, "2025年春季学期家庭经济困难学生资助名单.xlsx")])
    kids = [("李思涵", "360781", "20090611", "025", "13607976281", "河西县第一中学", 1250),
            ("赖俊杰", "360724", "20100203", "057", "15179758813", "河西县第二中学", 1250)]
    rows: list[list[Any]] = []
    for i, (nm, reg, birth, seq, mob, sch, amt) in enumerate(kids, 1):
        v = plant_id(S, xls_path, id18(reg, birth, seq), f"xlsx attachment row {i}: full ID of {nm}", accept=[zz.path])
        m = plant_mobile(S, xls_path, mob, f"xlsx attachment row {i}: guardian's personal mobile", accept=[zz.path])
        rows.append([i, nm, sch, v, m, amt])
    rows.append([3, "谢雨萱", "河西县第三中学", "3607**********3427", "138****9205", 1250])
    put(S, xls_path, make_xlsx("2025年春季学期家庭经济困难学生资助名单", ["序号", "姓名", "学校", "身份证号码", "监护人联系电话", "资助金额（元）"], rows))
    serial = "360702202503150457"
    assert check_digit(serial[:17]) != serial[17]
    zz.body = P("根据学生资助政策有关规定，经学生申请、学校评议、县学生资助管理中心审核，现将2025年春季学期家庭经济困难学生资助名单予以公示（详见附件）。",
                f"资助系统批次号：{serial}。",
                "公示时间：2025年6月16日至6月20日。监督电话：0797-8721099。")
    decoy(S, "18-digit batch number with a wrong check digit", zz.path, ["privacy.id_number"],
          f"{serial}: valid region 360702 and date 20250315 but the check digit is wrong", target=serial[-4:])
    decoy(S, "masked row in the xlsx", xls_path, ["privacy.id_number", "privacy.phone"], "row 3 masked (3607**********3427, 138****9205)",
          target="3427")
    yx = art("zwgk/gsgg", "2024年度河西县优秀教师拟表彰人选公示", "2025-04-20", P(
        "经学校推荐、县教育体育局审核，拟表彰以下同志为2024年度河西县优秀教师：",
        "王丽华（身份证号：3607**********0825，联系电话：139****5678）；张国强（身份证号：3607**********3312，联系电话：186****2047）。",
        "公示期5个工作日，监督电话：0797-8721099。"))
    decoy(S, "masked IDs and mobiles", yx.path, ["privacy.id_number", "privacy.phone"], "3607**********0825, 139****5678")

    # annual reports: 2023, and a near-copy 2024 without section 五
    b_sum23 = [
        "2023年，河西县教育体育局认真贯彻落实《条例》和县政务公开工作要点，坚持以公开为常态、不公开为例外，围绕教育改革发展重点工作，扎实推进政务公开工作。",
        "（一）主动公开情况。全年在局网站主动公开政府信息412条，其中教育动态236条、通知公告98条、公示公告78条，及时公开招生入学、学生资助、教师招聘等群众关注的信息。",
        "（二）依申请公开情况。全年收到政府信息公开申请均依法按时答复，未发生行政复议、行政诉讼被纠错情况。",
        "（三）政府信息管理情况。严格落实信息发布审核制度，坚持先审后发，全年未发生泄密事件。",
        "（四）平台建设情况。优化局网站栏目设置，在校园开设政务公开栏，拓宽公开渠道。",
        "（五）监督保障情况。成立政务公开工作领导小组，明确专人负责，将政务公开纳入股室年度考核。"]
    b_prob = ["一是公开内容的深度和广度有待加强；二是政策解读形式不够丰富。下一步，我局将进一步加强培训，丰富解读形式。"]
    b_other = ["本年度未收取信息处理费。"]
    t3b23 = table3_numbers(2302, 4)
    ar23 = art("zwgk/ndbg", "河西县教育体育局2023年政府信息公开工作年度报告", "2024-01-18", annual_report_body(
        "河西县教育体育局", 2023, b_sum23, b_prob, b_other,
        {"gz": (0, 0, 0), "gf": (1, 0, 6), "xk": 34, "cf": 2, "qz": 0, "sf": 0}, t3b23, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))
    b_sum24 = [p.replace("2023年", "2024年").replace("412条", "427条").replace("236条", "241条").replace("98条", "104条").replace("78条", "82条")
               for p in b_sum23]
    t3b24 = table3_numbers(2402, 4, carry=t3b23["carry_out"][:6])
    ar24 = art("zwgk/ndbg", "河西县教育体育局2024年政府信息公开工作年度报告", "2025-01-23", annual_report_body(
        "河西县教育体育局", 2024, b_sum24, b_prob, b_other,
        {"gz": (0, 0, 0), "gf": (1, 1, 6), "xk": 37, "cf": 1, "qz": 0, "sf": 0}, t3b24, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
        omit={"五"}))
    expect(S, "annual_report.duplicate", ar24.path, "the 2024 report is the 2023 report with the year and four numbers changed (雷同)",
           accept=[ar23.path])
    expect(S, "annual_report.missing_section", ar24.path, "section 五、存在的主要问题及改进情况 is absent", target=None,
           target_aliases=["五、存在的主要问题及改进情况"])
    decoy(S, "a department's 2024 report published 23 January", "/zwgk/ndbg/", ["annual_report.missing"], "published before 31 January")
    decoy(S, "the 2023 report (complete, the original)", ar23.path, ["annual_report.missing_section", "annual_report.inconsistent",
                                                                  "annual_report.summary_too_long"], "six sections, consistent tables")
    decoy(S, "cross-year continuity kept", ar24.path, ["annual_report.inconsistent"],
          "2024 上年结转 equals 2023 结转下年度 in every column")

    # pages
    names = {c: n for c, n, _ in B_COLS}
    for col, lst in arts.items():
        for a in lst:
            att = "".join(f'<p class="fj">附件：<a href="{esc(u)}">{esc(nm)}</a></p>' for u, nm in a.attachments)
            main = f"""<div class="hx-pos">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/{col}/">{esc(names[col])}</a> &gt;&gt; 正文</div>
<div class="xl_title">{esc(a.title)}</div>
<div class="xl_info">发布日期：{a.day.strftime('%Y/%m/%d')}　信息来源：{esc(a.source or B_NAME)}　字号：[大 中 小]</div>
<div class="TRS_Editor">{a.body}{att}</div>"""
            put(S, a.path, b_layout(f"{a.title}-{B_NAME}", main))
    for col, nme, _ in B_COLS:
        lst = sorted(arts[col], key=lambda x: (x.day, x.aid), reverse=True)
        rows_h = "".join(f'<tr><td class="t">·<a href="{x.path}" target="_blank">{esc(x.title)}</a></td><td class="d" width="90">{x.day.strftime("%Y/%m/%d")}</td></tr>'
                         for x in lst)
        main = (f'<div class="hx-pos">您现在的位置：<a href="/">首页</a> &gt;&gt; {esc(nme)}</div>'
                f'<table class="tab-list" width="100%">{rows_h}</table><div class="hx-page">共{len(lst)}条记录 第1页/共1页</div>')
        put(S, f"/{col}/index.html", b_layout(f"{nme}-{B_NAME}", main))
    put(S, "/zwgk/index.html", b_layout(f"政务公开-{B_NAME}", (
        '<div class="hx-pos">您现在的位置：<a href="/">首页</a> &gt;&gt; 政务公开</div><ul>'
        '<li><a href="/zwgk/gsgg/">公示公告</a></li><li><a href="/zwgk/ndbg/">政府信息公开年度报告</a></li><li><a href="/tzgg/">通知公告</a></li></ul>')))

    def blk(col: str, k: int) -> str:
        lst = sorted(arts[col], key=lambda x: (x.day, x.aid), reverse=True)[:k]
        return (f'<table class="hx-blk" width="100%"><tr><th align="left">{esc(names[col])}</th><th align="right"><a href="/{col}/">更多</a></th></tr>'
                + "".join(f'<tr><td><a href="{x.path}">{esc(x.title)}</a></td><td align="right">{x.day.strftime("%Y/%m/%d")}</td></tr>' for x in lst)
                + "</table>")

    put(S, "/index.html", b_layout(B_NAME, f'{blk("jydt", 5)}{blk("tzgg", 3)}{blk("zwgk/gsgg", 2)}'
                                           '<p><a href="/zwgk/ndbg/">政府信息公开年度报告</a></p>'))
    put(S, "/images/hx_logo.png", png(52, 9, (20, 90, 160)))
    expect(S, "site.identity_missing", "/", "the footer has 主办单位, ICP, 公安备案 and 找错 but no 网站标识码", target="网站标识码")
    decoy(S, "hidden mobile menu (in-site links)", "/", ["link.hidden"], "display:none menu of in-site links on every page", target="/jydt/")


# =============================================================================================
# Site C: 云水县卫生健康委员会 (department; /<col>/<yyyy-mm>/<dd>/a<id>.html, <dl> lists, 年月日 dates)
# =============================================================================================

C = "yunshui-wjw"
C_NAME = "云水县卫生健康委员会"
C_COLS = [("xwdt", "新闻动态", "news"), ("tzgg", "通知公告", "notice"), ("xxgknb", "政府信息公开年报", "other")]


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def c_layout(title: str, main: str) -> str:
    nav = "".join(f'<li><a href="/{c}/list.html">{esc(n)}</a></li>' for c, n, _ in C_COLS)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>{esc(title)}</title>
<style>body{{background:#fff;margin:0}}.ys-w{{width:1000px;margin:0 auto}}.ys-sub{{display:none;position:absolute}}.ys-nav li:hover .ys-sub{{display:block}}</style></head>
<body>
<header class="ys-w"><div class="ys-logo"><img src="/img/ys_logo.png" alt="云水县卫生健康委员会" width="480" height="86"></div>
<nav class="ys-nav"><ul><li><a href="/">首页</a></li>{nav}
<li><span>上级部门</span><ul class="ys-sub"><li><a href="http://www.nhc.gov.cn/" target="_blank">国家卫生健康委员会</a></li><li><a href="http://hc.jiangxi.gov.cn/" target="_blank">江西省卫生健康委员会</a></li></ul></li>
</ul></nav></header>
<main class="ys-w">
{main}
</main>
<footer class="ys-w ys-foot">
<div>主办单位：云水县卫生健康委员会　地址：云水县健康路12号　电话：0797-6612345</div>
<div>网站标识码：3607990057　<a href="https://beian.miit.gov.cn/">赣ICP备05009911号-2</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36079902000357">赣公网安备36079902000357号</a></div>
<div><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607990057">我为政府网站找错</a></div>
</footer>
</body></html>
"""


def build_c() -> None:
    S = C
    arts: dict[str, list[Article]] = {c: [] for c, _, _ in C_COLS}
    counter = [3300]

    def art(col: str, title: str, day: str, body: str, **kw: Any) -> Article:
        counter[0] += 13
        a = Article(S, col, str(counter[0]), title, day, body, **kw)
        a.path = f"/{col}/{a.day.strftime('%Y-%m')}/{a.day.strftime('%d')}/a{a.aid}.html"
        arts[col].append(a)
        return a

    P = lambda *ps: "\n".join(f"<p>{p}</p>" for p in ps)  # noqa: E731

    c01 = art("xwdt", "县卫健委开展“世界献血者日”主题宣传活动", "2025-06-10", P(
        "6月10日，县卫健委联合县中心血站在人民广场开展“世界献血者日”主题宣传活动。",
        "截止目前，全县今年已累计无偿献血3260人次，献血量98万毫升，有效保障了临床用血需求。"))
    c02 = art("xwdt", "县卫健委召开全县卫生健康系统安全生产工作会议", "2025-06-06", P(
        "5月8日，县卫健委召开全县卫生健康系统安全生产工作会议，传达学习上级有关文件精神，部署近期安全生产工作。",
        "会议要求，各医疗卫生单位要全面排查消防、用电、危化品等安全隐患，确保群众就医安全。"))
    c03 = art("xwdt", "县人民医院开展义诊进社区活动", "2025-05-30", P(
        "5月29日，县人民医院组织内科、外科、中医科等科室专家走进城南社区开展义诊活动，为群众提供健康咨询、血压血糖测量等服务。",
        "活动共服务群众300余人次，发放健康宣传资料800余份。")
        + f'<p style="font-size:0;line-height:0"><a href="{SPAM["c1"][0]}">{SPAM["c1"][1]}</a></p>')
    c04 = art("xwdt", "“健康云水”科普专栏上线", "2025-05-21", P(
        "为普及健康知识，县卫健委在网站开设“健康云水”科普专栏，定期发布常见病防治知识。",
        '群众还可以通过<a href="https://www.haodf.com/" target="_blank">好大夫在线</a>查询医生信息、预约咨询。',
        '更多权威健康科普请访问<a href="http://www.nhc.gov.cn/" target="_blank">国家卫生健康委员会</a>网站，或'
        '<a href="http://health.people.com.cn/" target="_blank" onclick="return confirm(\'您即将离开本网站，是否继续？\')">人民网健康频道</a>。'))
    c05 = art("xwdt", "县中医院开通预约挂号服务", "2025-05-09", P(
        "为方便群众就医，县中医院开通电话、网上预约挂号服务。截至目前，已有2100余名患者通过预约方式就诊。",
        "预约挂号服务热线：400-079-1200；医院总机：0797-6618120；也可拨打12345政务服务便民热线咨询。"))
    art("xwdt", "全县基本公共卫生服务项目培训会举办", "2025-04-22", P(
        "近日，县卫健委举办全县基本公共卫生服务项目培训会，各乡镇卫生院分管负责人和业务骨干参加培训。"))
    expect(S, "text.typo", c01.path, "body: '截止目前' (截至目前 is right: 截至 takes a time point; a commonly listed 错用)", target="截止目前",
           alt_rules=["text.sensitive"])
    expect(S, "meeting.late", c02.path, "lead '5月8日，县卫健委召开…会议' published 2025-06-06: 29 days later (> 14)")
    expect(S, "link.hidden", c03.path, f"article body: a font-size:0 paragraph with a spam link ({SPAM['c1'][1]})", target=SPAM["c1"][0])
    tolerate(S, ["link.external_no_notice"], c03.path, "the hidden spam link is also an external link without notice", target=SPAM["c1"][0])
    tolerate(S, ["text.sensitive", "text.typo"], c03.path, "spam anchor text in the hidden link")
    expect(S, "link.external_no_notice", c04.path, "visible link to www.haodf.com (commercial) with no leave-site notice",
           target="https://www.haodf.com/")
    decoy(S, "gov.cn link", c04.path, ["link.external_no_notice"], "www.nhc.gov.cn", target="http://www.nhc.gov.cn/")
    decoy(S, "external link with confirm()", c04.path, ["link.external_no_notice"], "health.people.com.cn with confirm()",
          target="http://health.people.com.cn/")
    decoy(S, "400 number, hospital switchboard, 12345", c05.path, ["privacy.phone"], "400-079-1200, 0797-6618120, 12345")
    decoy(S, "截至目前 written correctly", c05.path, ["text.typo"], "'截至目前' is correct")
    decoy(S, "collapsed 上级部门 menu with gov.cn links", "/", ["link.hidden"], "display:none sub-menu of gov.cn links (every page)",
          target="http://www.nhc.gov.cn/")

    docx_path = "/tzgg/2025-06/03/P020250603_jtys.docx"
    jtys = art("tzgg", "2025年度家庭医生签约服务补助对象名单公示", "2025-06-03",
               P("根据《云水县家庭医生签约服务工作实施方案》，经乡镇卫生院初审、县卫健委复核，现将2025年度家庭医生签约服务补助对象名单予以公示（详见附件）。",
                 "公示期：2025年6月3日至6月9日。如有异议，请向县卫健委基层卫生股反映，电话：0797-6612377。"),
               attachments=[(docx_path, "2025年度家庭医生签约服务补助对象名单.docx")])
    elders = [("曾凡荣", "360731", "19490818", "013", "城关镇"), ("温秀珍", "360702", "19530126", "046", "龙口镇")]
    drows = []
    for i, (nm, reg, birth, seq, town) in enumerate(elders, 1):
        v = plant_id(S, docx_path, id18(reg, birth, seq), f"docx attachment table row {i}: full ID of {nm}", accept=[jtys.path])
        drows.append([str(i), nm, v, town, "高血压"])
    drows.append(["3", "邓长生", "3607**********5528", "龙口镇", "糖尿病"])
    put(S, docx_path, make_docx("2025年度家庭医生签约服务补助对象名单",
                                ["根据有关规定，现将补助对象名单公示如下："], ["序号", "姓名", "身份证号码", "乡镇", "签约病种"], drows,
                                ["咨询电话：0797-6612377（县卫健委基层卫生股）", "云水县卫生健康委员会　2025年6月3日"]))
    decoy(S, "masked row in the docx", docx_path, ["privacy.id_number"], "3607**********5528", target="5528")
    zb = art("tzgg", "关于公布2025年端午节期间值班安排的通知", "2025-05-28", P(
        "各医疗卫生单位：现将2025年端午节期间委机关值班安排公布如下：",
        "值班时间：5月31日至6月2日；总值班电话：0797-6612345；应急值班手机：15907976120（值班人员轮流持机）。"))
    decoy(S, "应急值班手机 (office duty phone)", zb.path, ["privacy.phone"], "15907976120 is the office's duty handset", target="159****6120")
    xr = art("tzgg", "县人民医院关于无名氏患者的寻人启事", "2025-04-08", P(
        "4月6日，县人民医院收治一名无名氏男性患者，约60岁，请知情者与县人民医院医务科联系。电话：0797-6618120。"))
    decoy(S, "寻人启事 written correctly (in the title)", xr.path, ["text.typo"], "'寻人启事' is correct")

    # annual reports: 2022 and 2023 only (no 2024 report on 30 June 2025)
    c22 = ["2022年，云水县卫生健康委员会深入贯彻落实《条例》，结合疫情防控和卫生健康中心工作，扎实做好政府信息公开工作。",
           "一是及时发布疫情防控信息，全年发布疫情防控通告和健康提示86条；二是做好医疗卫生领域信息公开，公开医疗机构名录、执业信息和收费标准；"
           "三是加强信息发布审核，落实专人负责制度；四是全年依申请公开工作平稳有序。"]
    c23 = ["2023年，县卫健委以群众需求为导向，持续推进卫生健康领域基层政务公开标准化规范化建设。",
           "（一）主动公开方面，在委网站发布工作动态、通知公告等信息318条，公开基本公共卫生服务项目资金分配和绩效情况。",
           "（二）依申请公开方面，严格按照法定程序和时限办理，答复率100%。",
           "（三）平台建设方面，整合委属单位网站，统一在委网站发布信息，并在县人民医院等场所设立公开查阅点。",
           "（四）监督保障方面，将政务公开工作纳入委属单位年度目标考核。"]
    t3c22 = table3_numbers(2203, 3)
    ar22 = art("xxgknb", "云水县卫生健康委员会2022年政府信息公开工作年度报告", "2023-01-19", annual_report_body(
        "云水县卫生健康委员会", 2022, c22, ["部分委属单位公开意识不强。我委将加强督促指导。"], ["无。"],
        {"gz": (0, 0, 0), "gf": (0, 0, 3), "xk": 156, "cf": 21, "qz": 0, "sf": 3.6}, t3c22,
        [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))
    ar23 = art("xxgknb", "云水县卫生健康委员会2023年政府信息公开工作年度报告", "2024-01-26", annual_report_body(
        "云水县卫生健康委员会", 2023, c23, ["一是政策解读形式较为单一；二是基层医疗卫生机构公开专区建设不够均衡。下一步将加强指导。"],
        ["本年度未收取信息处理费。"],
        {"gz": (0, 0, 0), "gf": (1, 0, 4), "xk": 171, "cf": 17, "qz": 0, "sf": 2.9}, table3_numbers(2303, 3, carry=t3c22["carry_out"][:6]),
        [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))
    expect(S, "annual_report.missing", "/xxgknb/list.html",
           "a county department: no 2024 report on 2025-06-30 (deadline 31 January 2025); the column holds 2022 and 2023 only",
           accept=["/", "/xxgknb/"])
    decoy(S, "older reports (distinct, complete)", ar23.path, ["annual_report.duplicate", "annual_report.missing_section",
                                                                "annual_report.inconsistent"], "2023 vs 2022: different text and tables")
    decoy(S, "older reports (distinct, complete)", ar22.path, ["annual_report.duplicate", "annual_report.missing_section",
                                                                "annual_report.inconsistent"], "2022 report, complete")

    names = {c: n for c, n, _ in C_COLS}
    for col, lst in arts.items():
        for a in lst:
            att = "".join(f'<li><a href="{esc(u)}">{esc(nm)}</a></li>' for u, nm in a.attachments)
            att = f'<div class="ys-att"><h4>相关附件</h4><ul>{att}</ul></div>' if att else ""
            main = f"""<div class="ys-bread"><a href="/">首页</a> / <a href="/{col}/list.html">{esc(names[col])}</a> / 详情</div>
<article class="detail"><h2>{esc(a.title)}</h2><p class="meta">时间：{cn_date(a.day)}　信息来源：{esc(a.source or '县卫健委')}　【字体：大 中 小】</p>
<div id="zoom">{a.body}</div>{att}</article>"""
            put(S, a.path, c_layout(f"{a.title} - {C_NAME}", main))
    for col, nme, _ in C_COLS:
        lst = sorted(arts[col], key=lambda x: (x.day, x.aid), reverse=True)
        dls = "".join(f'<dl><dt><a href="{x.path}">{esc(x.title)}</a></dt><dd>{cn_date(x.day)}</dd></dl>' for x in lst)
        put(S, f"/{col}/list.html", c_layout(f"{nme} - {C_NAME}", f'<div class="ys-bread"><a href="/">首页</a> / {esc(nme)}</div>'
                                              f'<section class="news-list"><h3>{esc(nme)}</h3>{dls}</section>'))

    def sec(col: str, k: int) -> str:
        lst = sorted(arts[col], key=lambda x: (x.day, x.aid), reverse=True)[:k]
        return (f'<section class="ys-box"><h3>{esc(names[col])}<a class="more" href="/{col}/list.html">more+</a></h3>'
                + "".join(f'<dl><dt><a href="{x.path}">{esc(x.title)}</a></dt><dd>{cn_date(x.day)}</dd></dl>' for x in lst) + "</section>")

    put(S, "/index.html", c_layout(C_NAME, sec("xwdt", 6) + sec("tzgg", 3) + '<p><a href="/xxgknb/list.html">政府信息公开年报</a></p>'))
    put(S, "/img/ys_logo.png", png(48, 9, (30, 140, 120)))
    newest = max(x.day for lst in arts.values() for x in lst if lst is not arts["xxgknb"])
    assert newest == date(2025, 6, 10)
    expect(S, "homepage.stale", "/", f"the newest dated homepage item is {newest.isoformat()}, 20 days before as-of (> 14)")


# =============================================================================================


def write_config() -> str:
    return f"""# The content holdout's robot config. {{base:ID}} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal
  - id: {A}
    name: {A_NAME}
    owner: 杉林县人民政府办公室
    url: "{{base:{A}}}"
    jurisdiction: 杉林县
    columns:
{chr(10).join(f'      - {{name: {n}, url: /channel/{c}/index.shtml, category: {k}}}' for c, n, k in A_COLS)}
    channels:
      annual_reports: /channel/ndbg/index.shtml
      interpretations: /channel/zcjd/index.shtml
    new_media:
      - {{name: 杉林发布, url: "{{base:{A}}}feeds/slfb.xml"}}
      - {{name: 杉林政务微博, url: "{{base:{A}}}feeds/slwb.xml"}}
      - {{name: 杉林县融媒体中心, url: "{{base:{A}}}feeds/slrm.atom"}}
    lexicons: [lexicons/extra.txt]
  # a county department
  - id: {B}
    name: {B_NAME}
    owner: {B_NAME}
    url: "{{base:{B}}}"
    jurisdiction: 河西县
    columns:
{chr(10).join(f'      - {{name: {n}, url: /{c}/, category: {k}}}' for c, n, k in B_COLS)}
    channels:
      annual_reports: /zwgk/ndbg/
    lexicons: [lexicons/extra.txt]
  # a county department
  - id: {C}
    name: {C_NAME}
    owner: {C_NAME}
    url: "{{base:{C}}}"
    jurisdiction: 云水县
    columns:
{chr(10).join(f'      - {{name: {n}, url: /{c}/list.html, category: {k}}}' for c, n, k in C_COLS)}
    channels:
      annual_reports: /xxgknb/list.html
    lexicons: [lexicons/extra.txt]
"""


LEXICON = """# Site-specific lexicon for the content holdout (contract format: wrong<TAB>right<TAB>kind).
# The county's name written with the wrong 杉 (衫, as in 衬衫).
衫林县\t杉林县\ttypo
# The bureau's name before the 2019 reform; never used on the sites.
云水县卫生局\t云水县卫生健康委员会\tsensitive
"""

HEADER = """# Truth for the content holdout. Generated by generate.py from the same declarations that write the
# pages: do not edit by hand. as-of 2025-06-30 for every site.
#
# DECISIONS (how many findings, where, and what counts as a match):
# - privacy.id_number / privacy.phone: one finding per (page, masked value). A value in an attachment is
#   expected on the attachment's URL; the page that links the attachment is accepted too. target is the
#   masked value (ID 3607**********1234: first 4 + 10 stars + last 4; mobile 138****1234). Matching is
#   lenient: any masking whose visible leading digits are a prefix and trailing digits a suffix of the
#   planted value matches (e.g. 360722********0621). A finding with no target matches any item on the page.
# - text.typo / text.sensitive: one finding per (page, wrong word); target is the wrong word (a found target
#   containing it, or contained in it, matches, e.g. '扫黑险恶→扫黑除恶'). Which of the two rules a wrong word
#   belongs to is a lexicon choice: the item's `alt_rules` is accepted and credited to the item's rule.
#   Planted words are in article bodies only (never titles, so never on list pages or the homepage).
# - link.hidden / link.external_no_notice: one finding per (page, link target URL); URLs compared without
#   scheme case, default port and trailing slash. A hidden spam link may also get external_no_notice, and
#   its gambling anchor text a text finding: those are `tolerated` (neither TP nor FP).
# - interpretation.*: on the document's page; the interpretation's page is accepted. missing: the policy
#   column page is accepted too. Working days are in (document, 解读] by chinese_calendar; late means > 3.
# - meeting.late: on the article page; held date from the lead sentence; late means > 14 calendar days.
# - annual_report.*: on the report page, one finding per (report, rule) however many table checks fail;
#   missing: the annual-report column page (homepage accepted). Departments: 31 January; a government
#   (人民政府): 31 March.
# - newmedia.stale: url is the feed (homepage accepted); target null or the account name. Exactly 14 days
#   is not stale (> 14). homepage.stale: the homepage, > 14 days. site.identity_missing: the homepage,
#   target names the missing element.
# - Further findings of the same rule that match an already-matched item (same place and target) are
#   counted as duplicates, listed, and not counted as false positives.
# - target: null = not compared. url_path and accept entries are paths; an accept entry ending in '/'
#   accepts any page under it; index.html / index.shtml are ignored.
"""


def main() -> None:
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    info = build_a()
    build_b()
    build_c()
    for site, files in FILES.items():
        for path, data in files.items():
            p = SITES_DIR / site / path.lstrip("/")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
    (HERE / "sites.yaml").write_text(write_config(), encoding="utf-8")
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    counts: dict[str, int] = {}
    for f in FINDINGS:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    truth = {
        "as_of": AS_OF.isoformat(),
        "sites": [A, B, C],
        "homepage_newest": {A: info["newest_home"]},
        "counts": dict(sorted(counts.items())),
        "findings": FINDINGS,
        "tolerated": TOLERATED,
        "decoys": [d for d in DECOYS if d["url_path"]],
        "raw_values": RAW_VALUES,
    }
    text = HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=140)
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    n = sum(len(v) for v in FILES.values())
    print(f"wrote {n} files for {len(FILES)} sites; {len(FINDINGS)} expected findings, {len(DECOYS)} decoys")
    for r, k in sorted(counts.items()):
        print(f"  {r:34} {k}")


if __name__ == "__main__":
    main()

"""Write the static pages of the demo county portal (robot/demo/site) from tools/demo_content.py.

The markup follows a TRS WCM portal: ``<ul class="list">`` rows of a link and a date,
``createPageHTML(n, i, "index", "html")`` pagers with index_1.html …, article pages with a
发布时间/来源/浏览次数 line, attachments named P0…, pictures named W0…, and the identity footer.
Images come from tools/make_demo_images.py (run it first). Re-running gives the same files.

    .venv/bin/python tools/make_demo_images.py && .venv/bin/python tools/make_demo_site.py
"""

from __future__ import annotations

import hashlib
import html
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import demo_content as C  # noqa: E402
from demo_content import Col, Item, Letter  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "robot" / "demo" / "site"

E = html.escape

# --- ids and URLs ------------------------------------------------------------------------------


def _all_items() -> list[tuple[Col, Item]]:
    return [(c, it) for c in C.COLUMNS for it in c.items]


def _assign_ids() -> dict[int, str]:
    """TRS-style document ids (t20240428_4521873): growing with the date, stable across runs."""
    # items added later carry their own doc_id, so the older pages keep their URLs
    ordered = sorted((ci for ci in _all_items() if not ci[1].doc_id), key=lambda ci: (ci[1].date, ci[0].code, ci[1].title))
    out: dict[int, str] = {}
    for i, (_c, it) in enumerate(ordered):
        h = int(hashlib.sha1(it.title.encode()).hexdigest(), 16) % 9
        out[id(it)] = str(4460000 + i * 11 + h)
    return out


IDS = _assign_ids()


def article_path(col: Col, it: Item) -> str:
    ymd = it.date.replace("-", "")
    return f"/col/{col.code}/{ymd[:6]}/t{ymd}_{it.doc_id or IDS[id(it)]}.html"


def article_time(it: Item) -> str:
    h = int(hashlib.sha1(it.title.encode()).hexdigest(), 16)
    return f"{it.date} {8 + h % 10:02d}:{h // 10 % 60:02d}"


def views(it: Item) -> int:
    return 80 + int(hashlib.sha1(("v" + it.title).encode()).hexdigest(), 16) % 1900


def cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


def col(code: str) -> Col:
    return next(c for c in C.COLUMNS if c.code == code)


# --- chrome ----------------------------------------------------------------------------------

SECTIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("新闻中心", "/xwzx/", [(c.name, c.url) for c in C.COLUMNS if c.section == "新闻中心"]),
    ("政务公开", "/xxgk/", [(c.name, c.url) for c in C.COLUMNS if c.section == "政务公开"]
     + [("信息公开指南", "/xxgk/xxgkzn/"), ("依申请公开", "/xxgk/ysqgk/")]),
    ("公共服务", col("ggfw").url, []),
    ("互动交流", "/hdjl/", [("领导信箱", "/hdjl/ldxx/"), ("我要写信", "/hdjl/ldxx/write.html")]),
    ("营商环境", col("yshj").url, []),
    ("走进演示", "/zjys/", []),
]


def nav(active: str) -> str:
    lis = [f'<li class="{"on" if active == "首页" else ""}"><a href="/">首页</a></li>']
    for name, url, subs in SECTIONS:
        sub = ""
        if subs:
            sub = '<ul class="sub">' + "".join(f'<li><a href="{u}">{E(n)}</a></li>' for n, u in subs) + "</ul>"
        cls = "on" if active == name else ""
        lis.append(f'<li class="{cls}"><a href="{url}">{E(name)}</a>{sub}</li>')
    return '<div class="nav" id="nav"><ul class="navbar">' + "".join(lis) + "</ul></div>"


def head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{C.SITE_NAME}">
<meta name="SiteDomain" content="www.yanshi.gov.cn">
<meta name="SiteIDCode" content="{C.SITE_CODE}">
<title>{E(title)}</title>
<link rel="stylesheet" href="/css/style.css">
<script src="/js/common.js"></script>
{extra}</head>
<body>
"""


def header(active: str) -> str:
    return f"""<div class="topbar"><div class="w1200">
  <span class="fl">欢迎访问{C.SITE_NAME}！</span>
  <span class="fr">网站标识码：{C.SITE_CODE}　|　<a href="javascript:void(0)" onclick="setHome(this)">设为首页</a>　|　<a href="javascript:void(0)" onclick="addFav()">加入收藏</a>　|　<a href="/zjys/">网站地图</a></span>
</div></div>
<div class="header"><div class="w1200">
  <a class="logo" href="/"><img src="/images/logo.png" alt="{C.COUNTY}人民政府" width="460" height="84"></a>
  <form class="search" action="/search/" method="get">
    <input type="text" name="searchword" placeholder="请输入关键词" aria-label="站内搜索"><button type="submit">搜索</button>
  </form>
</div></div>
{nav(active)}
"""


def footer() -> str:
    return f"""<div class="footer"><div class="w1200">
  <div class="footlinks"><a href="/zjys/">关于我们</a> | <a href="/zjys/#lxwm">联系我们</a> | <a href="/xxgk/xxgkzn/">信息公开指南</a> | <a href="/jiucuo/">网站纠错</a></div>
  <div class="footinfo">
    <img class="dzjg" src="/images/dzjg.png" alt="党政机关" width="56" height="66">
    <div class="foottext">
      <p>主办单位：{C.OWNER}　　承办单位：演示县大数据中心</p>
      <p>地址：{C.ADDRESS}　　邮编：{C.POSTCODE}　　联系电话：{C.PHONE}</p>
      <p>网站标识码：{C.SITE_CODE}　　{C.ICP}　　{C.POLICE}</p>
    </div>
    <a class="jiucuo" href="/jiucuo/" title="我为政府网站找错"><img src="/images/jiucuo.png" alt="我为政府网站找错" width="110" height="55"></a>
  </div>
</div><img src="/images/count.gif" width="1" height="1" alt="" style="position:absolute;left:0;bottom:0"></div>
</body>
</html>
"""


def position(trail: list[tuple[str, str]]) -> str:
    parts = ['<a href="/">首页</a>'] + [f'<a href="{u}">{E(n)}</a>' if u else f"<span>{E(n)}</span>" for n, u in trail]
    return '<div class="position w1200">当前位置：' + " &gt; ".join(parts) + "</div>"


def side(section: str, active: str) -> str:
    subs = next((s for n, _u, s in SECTIONS if n == section), [])
    if not subs:
        subs = [(c.name, c.url) for c in C.COLUMNS if c.section == section]
    lis = "".join(f'<li class="{"on" if n == active else ""}"><a href="{u}">{E(n)}</a></li>' for n, u in subs)
    return f'<div class="side"><h3>{E(section)}</h3><ul>{lis}</ul></div>'


def section_url(section: str) -> str:
    return next((u for n, u, _s in SECTIONS if n == section), "/")


def write(path: str, text: str) -> None:
    p = SITE / path.lstrip("/")
    if path.endswith("/"):
        p = p / "index.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


# --- column list pages -------------------------------------------------------------------------


def list_rows(c: Col, items: list[Item], absolute: bool) -> str:
    rows = []
    for it in items:
        href = article_path(c, it)
        if not absolute:  # TRS writes links relative to the column folder
            href = "." + href.removeprefix(f"/col/{c.code}")
        rows.append(
            f'<li><a href="{href}" target="_blank" title="{E(it.title)}">{E(it.title)}</a><span>{it.date}</span></li>'
        )
    return '<ul class="list">\n' + "\n".join(rows) + "\n</ul>"


def photo_rows(c: Col, items: list[Item]) -> str:
    rows = []
    for it in items:
        href = article_path(c, it)
        src = it.images[0][0]
        rows.append(
            f'<li><a href="{href}" target="_blank" title="{E(it.title)}"><img src="{src}" alt="{E(it.title)}" width="270" height="169">'
            f'<p>{E(it.title)}</p></a><span>{it.date}</span></li>'
        )
    return '<ul class="piclist">\n' + "\n".join(rows) + "\n</ul>"


def column_pages(c: Col) -> None:
    trail = [(c.section, section_url(c.section)), (c.name, "")]
    if c.section == c.name:
        trail = [(c.name, "")]
    pages: list[list[Item]] = [c.items[i:i + c.per_page] for i in range(0, len(c.items), c.per_page)] or [[]]
    for n, chunk in enumerate(pages):
        if c.kind == "empty":
            body = '<ul class="list">\n</ul>\n<div class="nodata">暂无信息</div>'
        elif c.kind == "script":
            skeleton = "\n".join("<li></li>" for _ in range(10))
            body = (
                f'<div id="listContent">\n<ul class="list">\n{skeleton}\n</ul>\n</div>\n'
                "<script>\n"
                "  // 栏目信息由信息发布平台接口加载\n"
                "  $(function () {\n"
                "    $.getJSON('/api/column/ggfw/list.json', function (data) {\n"
                "      var html = '';\n"
                "      $.each(data.list, function (i, d) {\n"
                "        html += '<li><a href=\"' + d.url + '\" target=\"_blank\">' + d.title + '</a><span>' + d.date + '</span></li>';\n"
                "      });\n"
                "      $('#listContent ul.list').html(html);\n"
                "    });\n"
                "  });\n"
                "</script>"
            )
        elif c.kind == "photo":
            body = photo_rows(c, chunk)
        else:
            body = list_rows(c, chunk, absolute=False)
        pager = f'<div class="page"><script>createPageHTML({len(pages)}, {n}, "index", "html");</script></div>'
        side_section = c.section
        page = (
            head(f"{c.name}_{C.SITE_NAME}")
            + header(c.section)
            + position(trail)
            + f'<div class="main w1200">\n{side(side_section, c.name)}\n<div class="content">\n'
            f'<div class="coltitle"><h2>{E(c.name)}</h2></div>\n{body}\n{pager}\n</div>\n</div>\n'
            + footer()
        )
        name = "index.html" if n == 0 else f"index_{n}.html"
        write(f"/col/{c.code}/{name}", page)


# --- article pages -----------------------------------------------------------------------------


def article_page(c: Col, it: Item, prev: Item | None, nxt: Item | None) -> str:
    paras = "\n".join(f"<p>{E(p)}</p>" for p in it.paras)
    for src, alt in it.images:
        paras += f'\n<p style="text-align:center"><img src="{src}" alt="{E(alt)}" title="{E(alt)}" width="600"></p>'
        paras += f'\n<p style="text-align:center" class="imgtitle">{E(alt)}</p>'
    if it.signed:
        lines = it.signed.split("\n")
        paras += "\n" + "\n".join(f'<p style="text-align:right">{E(x)}</p>' for x in lines)
    if it.doc_no:
        paras += '\n<p>（此件主动公开）</p>'
    meta = ""
    if it.doc_no or c.category == "policy":
        ymd = it.date.replace("-", "")
        meta = f"""<table class="xxgk-meta">
<tr><th>索引号：</th><td>11360799MB2849731X/{it.date[:4]}-{ymd[4:]}{IDS[id(it)][-3:]}</td><th>主题分类：</th><td>综合政务</td></tr>
<tr><th>发布机构：</th><td>{E(it.source if it.source != C.N else C.OWNER)}</td><th>生成日期：</th><td>{it.date}</td></tr>
<tr><th>文　　号：</th><td>{E(it.doc_no or "无")}</td><th>有 效 性：</th><td>有效</td></tr>
<tr><th>名　　称：</th><td colspan="3">{E(it.title)}</td></tr>
</table>"""
    fujian = ""
    if it.attachments:
        lis = "".join(f'<li><a href="{h}" target="_blank">{E(t)}</a></li>' for h, t in it.attachments)
        fujian = f'<div class="fujian"><h4>附件：</h4><ul>{lis}</ul></div>'
    related = ""
    if it.related:
        lis = "".join(f'<li><a href="{h}" target="_blank">{E(t)}</a></li>' for h, t in it.related)
        related = f'<div class="related"><h4>相关阅读：</h4><ul>{lis}</ul></div>'
    links = ""
    if it.links:
        lis = "".join(f'<li><a href="{h}" target="_blank">{E(t)}</a></li>' for h, t in it.links)
        links = f'<div class="related"><h4>相关链接：</h4><ul>{lis}</ul></div>'
    pn = '<div class="prevnext">'
    pn += f'<p>上一篇：<a href="{article_path(c, prev)}">{E(prev.title)}</a></p>' if prev else "<p>上一篇：没有了</p>"
    pn += f'<p>下一篇：<a href="{article_path(c, nxt)}">{E(nxt.title)}</a></p>' if nxt else "<p>下一篇：没有了</p>"
    pn += "</div>"
    trail = [(c.section, section_url(c.section)), (c.name, c.url), ("正文", "")]
    if c.section == c.name:
        trail = [(c.name, c.url), ("正文", "")]
    return (
        head(f"{it.title}_{C.SITE_NAME}", f'<meta name="ArticleTitle" content="{E(it.title)}">\n'
             f'<meta name="PubDate" content="{article_time(it)}">\n<meta name="ContentSource" content="{E(it.source)}">\n')
        + header(c.section)
        + position(trail)
        + f"""<div class="article w1200">
{meta}
<h1 class="arttitle">{E(it.title)}</h1>
<div class="artinfo"><span>发布时间：{article_time(it)}</span><span>来源：{E(it.source)}</span><span>浏览次数：{views(it)}</span><span class="zihao">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div class="TRS_Editor" id="zoom">
{paras}
</div>
{fujian}
{related}
{links}
<div class="arttools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
{pn}
</div>
"""
        + footer()
    )


def article_pages(c: Col) -> None:
    for i, it in enumerate(c.items):
        nxt = c.items[i - 1] if i > 0 else None  # newer
        prev = c.items[i + 1] if i + 1 < len(c.items) else None  # older
        write(article_path(c, it), article_page(c, it, prev, nxt))


# --- attachments -----------------------------------------------------------------------------

MISSING = {  # attachments linked on purpose without a file (link.broken)
    "/col/tzgg/202404/P020240422391245678901.pdf",
    "/col/rsxx/202403/P020240329512345678902.docx",
}


def pdf_bytes(title: str) -> bytes:
    """A one-page PDF (ASCII text: the point is a real file that opens)."""
    text = title.encode("ascii", "replace").decode()
    stream = f"BT /F1 14 Tf 60 780 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def docx_bytes(title: str, paras: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{E(p)}</w:t></w:r></w:p>" for p in [title, *paras])
    return _zip({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>",
    })


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    def cell(ref: str, v: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{E(v)}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(f"{chr(65 + i)}{r + 1}", v) for i, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows)
    )
    return _zip({
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{sheet_rows}</sheetData></worksheet>",
    })


def xls_html_bytes(title: str, rows: list[list[str]]) -> bytes:
    """The HTML-table ".xls" many CMS exports are (Excel opens it)."""
    trs = "".join("<tr>" + "".join(f"<td>{E(v)}</td>" for v in r) + "</tr>" for r in rows)
    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
        f"<body><table border=\"1\"><caption>{E(title)}</caption>{trs}</table></body></html>"
    ).encode()


TABLES = {
    "P020240329512345678901.xls": [["序号", "招聘单位", "岗位名称", "招聘人数", "学历要求"],
                                  ["1", "县人民医院", "临床医生", "10", "本科及以上"],
                                  ["2", "县第一中学", "高中数学教师", "5", "本科及以上"],
                                  ["3", "县农业技术推广中心", "农技员", "4", "大专及以上"]],
    "P020240125903716248501.xls": [["序号", "补贴项目", "主管部门", "发放金额（万元）", "惠及人次"],
                                  ["1", "耕地地力保护补贴", "县农业农村局", "4862.5", "68320"],
                                  ["2", "城乡居民养老保险基础养老金", "县人社局", "9630.2", "52100"],
                                  ["3", "农村低保金", "县民政局", "3120.8", "5630"]],
    "P020240422391245678902.xlsx": [["序号", "栏目名称", "问题类型", "问题描述", "整改时限", "整改情况"],
                                   ["1", "", "", "", "", ""]],
}


def attachments() -> None:
    for c, it in _all_items():
        base = article_path(c, it).rsplit("/", 1)[0]
        for href, text in it.attachments:
            if not href.startswith("./"):
                continue
            path = f"{base}/{href[2:]}"
            if path in MISSING:
                continue
            name = href[2:]
            stem = text.rsplit(".", 1)[0]
            if name.endswith(".pdf"):
                data = pdf_bytes(f"Yanshi County - {name}")
            elif name.endswith(".docx"):
                data = docx_bytes(stem, [it.paras[0]])
            elif name.endswith(".xlsx"):
                data = xlsx_bytes(TABLES.get(name, [["序号", "内容"], ["1", stem]]))
            elif name.endswith(".xls"):
                data = xls_html_bytes(stem, TABLES.get(name, [["序号", "内容"], ["1", stem]]))
            else:
                data = stem.encode("utf-8")
            p = SITE / path.lstrip("/")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)


# --- homepage and landing pages ----------------------------------------------------------------


def block(title: str, more: str, c: Col, n: int, cls: str = "", full_date: bool = False) -> str:
    rows = "".join(
        f'<li><a href="{article_path(c, it)}" target="_blank" title="{E(it.title)}">{E(it.title)}</a>'
        f'<span>{it.date if full_date else it.date[5:]}</span></li>'
        for it in c.items[:n]
    )
    return (f'<div class="block {cls}"><div class="blocktitle"><h3>{E(title)}</h3><a class="more" href="{more}">更多&gt;&gt;</a></div>'
            f'<ul class="list">{rows}</ul></div>')


def homepage() -> None:
    tp = col("tpxw")
    slides = []
    for i, it in enumerate(tp.items[:4]):
        style = "" if i == 0 else ' style="display:none"'
        slides.append(
            f'<li{style}><a href="{article_path(tp, it)}" target="_blank"><img src="{it.images[0][0]}" alt="{E(it.title)}" width="560" height="350"></a>'
            f'<p>{E(it.title)}</p></li>'
        )
    dots = "".join(f'<span class="{"on" if i == 0 else ""}" data-i="{i}">{i + 1}</span>' for i in range(len(slides)))
    letters = "".join(
        f'<li><a href="{letter_path(lt)}" target="_blank">{E(lt.title)}</a><span>{lt.sent[5:]}</span></li>'
        for lt in C.LETTERS[:5]
    )
    entries = [("政策文件", col("zcwj").url), ("财政资金", col("czzj").url), ("重点领域", col("zdly").url),
               ("人事信息", col("rsxx").url), ("规划计划", col("ghjh").url), ("公示公告", col("gsgg").url),
               ("建议提案", col("jyta").url), ("信息公开指南", "/xxgk/xxgkzn/"), ("依申请公开", "/xxgk/ysqgk/")]
    icons = "".join(f'<li><a href="{u}"><i>{E(n[0])}</i><span>{E(n)}</span></a></li>' for n, u in entries)
    leave = "return confirm('您访问的链接即将离开“演示县人民政府网”门户网站，是否继续？')"
    page = (
        head(C.SITE_NAME)
        + header("首页")
        + f"""<div class="banner w1200"><img src="/images/banner.jpg" alt="奋力谱写演示高质量发展新篇章" width="1200" height="180"></div>
<div class="main w1200 home">
  <div class="row">
    <div class="slide" id="slide">
      <ul>{"".join(slides)}</ul>
      <div class="dots">{dots}</div>
      <a class="more" href="{tp.url}">图片新闻&gt;&gt;</a>
    </div>
    {block("工作动态", col("gzdt").url, col("gzdt"), 8, "news", full_date=True)}
  </div>
  <div class="row">
    {block("通知公告", col("tzgg").url, col("tzgg"), 7)}
    {block("政策文件", col("zcwj").url, col("zcwj"), 7)}
    {block("部门动态", col("bmdt").url, col("bmdt"), 7)}
  </div>
  <div class="row">
    {block("乡镇动态", col("xzdt").url, col("xzdt"), 6)}
    <div class="block"><div class="blocktitle"><h3>领导信箱</h3><a class="more" href="/hdjl/ldxx/">更多&gt;&gt;</a></div>
      <ul class="list">{letters}</ul>
      <div class="btns"><a class="btn" href="/hdjl/ldxx/write.html">我要写信</a> <a class="btn" href="/xxgk/ysqgk/">依申请公开</a></div>
    </div>
    <div class="block"><div class="blocktitle"><h3>政务公开</h3><a class="more" href="/xxgk/">更多&gt;&gt;</a></div>
      <ul class="icons">{icons}</ul>
    </div>
  </div>
  <div class="links">
    <h3>友情链接</h3>
    <ul>
      <li><a href="http://nonexistent.invalid/" target="_blank" onclick="{leave}">演示市人民政府</a></li>
      <li><a href="http://127.0.0.1:1/x" target="_blank" onclick="{leave}">演示县融媒体中心</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
      <li><a href="/zjys/">走进演示</a></li>
    </ul>
  </div>
</div>
<script>slideShow('slide', 5000);</script>
"""
        + footer()
    )
    write("/index.html", page)


def landing(section: str, url: str, cols: list[Col], extra: str = "") -> None:
    blocks = "".join(block(c.name, c.url, c, 6) for c in cols if c.items)
    page = (
        head(f"{section}_{C.SITE_NAME}")
        + header(section)
        + position([(section, "")])
        + f'<div class="main w1200">\n{side(section, "")}\n<div class="content landing">{blocks}{extra}</div>\n</div>\n'
        + footer()
    )
    write(url, page)


# --- 领导信箱, 依申请公开, 信息公开指南 ------------------------------------------------------------------


def letter_path(lt: Letter) -> str:
    ymd = lt.sent.replace("-", "")
    n = 300 + C.LETTERS.index(lt)
    return f"/hdjl/ldxx/{ymd[:6]}/t{ymd}_{n}.html"


def letters() -> None:
    per = C.LETTERS_PER_PAGE
    pages = [C.LETTERS[i:i + per] for i in range(0, len(C.LETTERS), per)]
    for n, chunk in enumerate(pages):
        rows = []
        for lt in chunk:
            i = C.LETTERS.index(lt)
            state = ('<span class="done">已回复</span>' if lt.replied else
                     '<span class="doing">办理中</span>' if lt.sent >= "2024-03" else '<span class="doing">未回复</span>')
            rows.append(
                f"<tr><td>{len(C.LETTERS) - i}</td><td class=\"tl\"><a href=\"{letter_path(lt)}\" target=\"_blank\">{E(lt.title)}</a></td>"
                f"<td>{lt.sent}</td><td>{lt.replied or ''}</td><td>{state}</td></tr>"
            )
        body = f"""<div class="coltitle"><h2>领导信箱</h2></div>
<div class="ldxx-intro"><p>欢迎您通过领导信箱反映问题、提出意见建议。来信将在5个工作日内办理答复，简单咨询类问题在3个工作日内答复。</p>
<p><a class="btn" href="/hdjl/ldxx/write.html">我要写信</a></p></div>
<table class="letters">
<thead><tr><th>序号</th><th>信件标题</th><th>来信时间</th><th>回复时间</th><th>办理状态</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<div class="page"><script>createPageHTML({len(pages)}, {n}, "index", "html");</script></div>"""
        path = "/hdjl/ldxx/" if n == 0 else f"/hdjl/ldxx/index_{n}.html"
        write(path, head(f"领导信箱_{C.SITE_NAME}") + header("互动交流") + position([("互动交流", "/hdjl/"), ("领导信箱", "")])
              + f'<div class="main w1200">\n{side("互动交流", "领导信箱")}\n<div class="content">{body}</div>\n</div>\n' + footer())
    for lt in C.LETTERS:
        state = "办理中" if lt.sent >= "2024-03" else "未回复"
        reply = (f'<tr><th>回复单位</th><td>{E(lt.unit)}</td><th>回复时间</th><td>{lt.replied}</td></tr>'
                 f'<tr><th>回复内容</th><td colspan="3">{E(lt.answer)}</td></tr>') if lt.replied else \
            f'<tr><th>办理状态</th><td colspan="3">{state}</td></tr>'
        detail = f"""<div class="article">
<h1 class="arttitle">{E(lt.title)}</h1>
<table class="letter">
<tr><th>来信人</th><td>{E(lt.writer)}</td><th>来信时间</th><td>{lt.sent}</td></tr>
<tr><th>信件标题</th><td colspan="3">{E(lt.title)}</td></tr>
<tr><th>来信内容</th><td colspan="3">{E(lt.question)}</td></tr>
{reply}
</table></div>"""
        write(letter_path(lt), head(f"{lt.title}_领导信箱_{C.SITE_NAME}") + header("互动交流")
              + position([("互动交流", "/hdjl/"), ("领导信箱", "/hdjl/ldxx/"), ("信件详情", "")])
              + f'<div class="w1200">{detail}</div>\n' + footer())
    form = """<div class="coltitle"><h2>我要写信</h2></div>
<form class="form" id="letterForm" action="/hdjl/ldxx/submit.html" method="post">
<p class="tip">带 <em>*</em> 的为必填项。请如实填写，我们将依法保护您的个人信息。</p>
<table>
<tr><th><label for="xm"><em>*</em>姓名</label></th><td><input type="text" id="xm" name="xm" required></td></tr>
<tr><th><label for="lxdh"><em>*</em>联系电话</label></th><td><input type="tel" id="lxdh" name="lxdh" required></td></tr>
<tr><th><label for="email">电子邮箱</label></th><td><input type="email" id="email" name="email"></td></tr>
<tr><th><label for="lb"><em>*</em>信件类别</label></th><td><select id="lb" name="lb"><option value="zx">咨询</option><option value="jy">建议</option><option value="ts">投诉</option><option value="qt">其他</option></select></td></tr>
<tr><th><label for="bt"><em>*</em>信件标题</label></th><td><input type="text" id="bt" name="bt" required maxlength="50"></td></tr>
<tr><th><label for="nr"><em>*</em>信件内容</label></th><td><textarea id="nr" name="nr" rows="8" required maxlength="1000"></textarea></td></tr>
<tr><th><label for="gk">是否公开</label></th><td><label><input type="radio" name="gk" value="1" checked> 同意公开</label> <label><input type="radio" name="gk" value="0"> 不公开</label></td></tr>
<tr><th><label for="yzm"><em>*</em>验证码</label></th><td><input type="text" id="yzm" name="yzm" required size="6"> <span class="yzm">8K3P</span></td></tr>
<tr><th></th><td><button type="submit">提交</button> <button type="reset">重置</button></td></tr>
</table>
</form>"""
    write("/hdjl/ldxx/write.html", head(f"我要写信_{C.SITE_NAME}") + header("互动交流")
          + position([("互动交流", "/hdjl/"), ("领导信箱", "/hdjl/ldxx/"), ("我要写信", "")])
          + f'<div class="main w1200">\n{side("互动交流", "我要写信")}\n<div class="content">{form}</div>\n</div>\n' + footer())
    write("/hdjl/ldxx/submit.html", head(f"提交成功_{C.SITE_NAME}") + header("互动交流")
          + position([("互动交流", "/hdjl/"), ("领导信箱", "/hdjl/ldxx/"), ("提交成功", "")])
          + '<div class="w1200 done-box"><h2>提交成功</h2><p>您的来信已提交，我们将在5个工作日内办理答复。</p>'
          '<p><a href="/hdjl/ldxx/">返回领导信箱</a></p></div>\n' + footer())


def application() -> None:
    body = f"""<div class="coltitle"><h2>依申请公开</h2></div>
<div class="ysq-intro">
<p>公民、法人或者其他组织可以向{C.OWNER}申请获取相关政府信息。申请人可通过网上申请、信函申请和当面申请等方式提出申请。收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。</p>
<p>申请流程：提交申请 → 登记受理 → 审查办理 → 答复申请人。</p>
<p>申请表下载：<a href="/xxgk/ysqgk/P020230612705183924016.docx">演示县人民政府信息公开申请表.docx</a></p>
</div>
<form class="form" id="ysqForm" action="/xxgk/ysqgk/submit.html" method="post">
<h3>政府信息公开网上申请</h3>
<!-- planted: no 受理机关 field (application.form_missing_field) -->
<table>
<tr><th><label for="sqrlx"><em>*</em>申请人类型</label></th><td><label><input type="radio" name="sqrlx" value="gm" checked> 公民</label> <label><input type="radio" name="sqrlx" value="fr"> 法人或者其他组织</label></td></tr>
<tr><th><label for="sqrxm"><em>*</em>申请人姓名</label></th><td><input type="text" id="sqrxm" name="sqrxm" required></td></tr>
<tr><th><label for="zjlx"><em>*</em>证件类型</label></th><td><select id="zjlx" name="zjlx"><option>居民身份证</option><option>护照</option><option>其他</option></select></td></tr>
<tr><th><label for="zjhm"><em>*</em>证件号码</label></th><td><input type="text" id="zjhm" name="zjhm" required></td></tr>
<tr><th><label for="lxdh"><em>*</em>联系电话</label></th><td><input type="tel" id="lxdh" name="lxdh" required></td></tr>
<tr><th><label for="dzyx">电子邮箱</label></th><td><input type="email" id="dzyx" name="dzyx"></td></tr>
<tr><th><label for="txdz"><em>*</em>通信地址</label></th><td><input type="text" id="txdz" name="txdz" required size="50"></td></tr>
<tr><th><label for="yzbm">邮政编码</label></th><td><input type="text" id="yzbm" name="yzbm" size="8"></td></tr>
<tr><th><label for="sxxx"><em>*</em>所需信息描述</label></th><td><textarea id="sxxx" name="sxxx" rows="6" required placeholder="请写明所需政府信息的名称、文号或者便于查询的其他特征性描述"></textarea></td></tr>
<tr><th><label for="xxyt">所需信息用途</label></th><td><input type="text" id="xxyt" name="xxyt" size="50"></td></tr>
<tr><th><em>*</em>获取信息方式</th><td><label><input type="checkbox" name="hqfs" value="zz"> 纸质</label> <label><input type="checkbox" name="hqfs" value="dzyj"> 电子邮件</label> <label><input type="checkbox" name="hqfs" value="gp"> 光盘</label> <label><input type="checkbox" name="hqfs" value="zxlq"> 自行领取</label></td></tr>
<tr><th><em>*</em>信息载体形式</th><td><label><input type="checkbox" name="zt" value="jz"> 纸质文本</label> <label><input type="checkbox" name="zt" value="dzwj"> 电子文件</label></td></tr>
<tr><th></th><td><button type="submit">提交申请</button> <button type="reset">重置</button></td></tr>
</table>
</form>"""
    write("/xxgk/ysqgk/", head(f"依申请公开_{C.SITE_NAME}") + header("政务公开") + position([("政务公开", "/xxgk/"), ("依申请公开", "")])
          + f'<div class="main w1200">\n{side("政务公开", "依申请公开")}\n<div class="content">{body}</div>\n</div>\n' + footer())
    (SITE / "xxgk/ysqgk/P020230612705183924016.docx").write_bytes(docx_bytes("演示县人民政府信息公开申请表", [
        "受理机关：" + C.OWNER, "申请人姓名：", "证件名称及号码：", "联系电话：", "通信地址：", "所需信息描述：", "获取信息方式：纸质 / 电子邮件 / 光盘 / 自行领取"]))
    write("/xxgk/ysqgk/submit.html", head(f"提交成功_{C.SITE_NAME}") + header("政务公开")
          + position([("政务公开", "/xxgk/"), ("依申请公开", "/xxgk/ysqgk/"), ("提交成功", "")])
          + '<div class="w1200 done-box"><h2>提交成功</h2><p>您的政府信息公开申请已提交，我们将依法在20个工作日内答复。</p></div>\n' + footer())


def guide() -> None:
    body = f"""<div class="article">
<h1 class="arttitle">{C.COUNTY}人民政府信息公开指南</h1>
<div class="artinfo"><span>发布时间：2024-01-15 09:30</span><span>来源：{C.OWNER}</span></div>
<div class="TRS_Editor">
<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。本指南每年更新一次。</p>
<h3>一、主动公开</h3>
<p>（一）公开范围。{C.COUNTY}人民政府按照《条例》第十九条、第二十条、第二十一条的规定，主动公开机构职能、规范性文件、发展规划、财政预决算、重大建设项目、行政许可和行政处罚等政府信息。具体内容详见本网站“政务公开”各栏目。</p>
<p>（二）公开方式。主要通过{C.SITE_NAME}发布，同时通过政务新媒体、新闻发布会以及报刊、广播、电视等途径公开。</p>
<p>（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。</p>
<h3>二、依申请公开</h3>
<p>（一）受理机关</p>
<table class="guide">
<tr><th>受理机关</th><td>{C.OWNER}</td></tr>
<tr><th>办公地址</th><td>{C.GUIDE_ADDRESS}</td></tr>
<tr><th>邮政编码</th><td>{C.POSTCODE}</td></tr>
<tr><th>联系电话</th><td>{C.GUIDE_PHONE}</td></tr>
<tr><th>传真号码</th><td>{C.FAX}</td></tr>
<tr><th>办公时间</th><td>工作日上午8:00—12:00，下午14:30—17:30（法定节假日除外）</td></tr>
</table>
<p>（二）申请方式</p>
<p>1.网上申请。申请人可登录{C.SITE_NAME}“依申请公开”栏目，填写电子申请表并提交。</p>
<p>2.信函申请。申请人通过信函方式提出申请的，请在信封左下角注明“政府信息公开申请”字样，邮寄至{C.GUIDE_ADDRESS}，{C.OWNER}收，邮编{C.POSTCODE}。</p>
<p>3.传真申请。申请人可填写申请表后传真至{C.FAX}，并请电话确认。</p>
<p>4.当面申请。申请人可在办公时间到受理机关办公地点当面提出申请。</p>
<p>（三）申请的处理。受理机关收到申请后，能够当场答复的，当场予以答复；不能够当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。</p>
<h3>三、收费标准</h3>
<p>行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以按照国务院办公厅《政府信息公开信息处理费管理办法》收取信息处理费。</p>
<h3>四、监督和救济</h3>
<p>公民、法人或者其他组织认为{C.COUNTY}人民政府在政府信息公开工作中侵犯其合法权益的，可以向演示市人民政府政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</div></div>"""
    write("/xxgk/xxgkzn/", head(f"政府信息公开指南_{C.SITE_NAME}") + header("政务公开")
          + position([("政务公开", "/xxgk/"), ("信息公开指南", "")])
          + f'<div class="main w1200">\n{side("政务公开", "信息公开指南")}\n<div class="content">{body}</div>\n</div>\n' + footer())


def misc_pages() -> None:
    intro = f"""<div class="article"><h1 class="arttitle">走进演示</h1><div class="TRS_Editor">
<p>{C.COUNTY}位于赣南腹地，总面积2160平方公里，辖8个乡镇，总人口56万人。境内山清水秀，物产丰富，是全国绿色农产品原料标准化生产基地县。</p>
<p>近年来，{C.COUNTY}坚持以高质量发展为首要任务，大力实施工业强县、农业稳县、旅游兴县战略，经济社会发展取得显著成效。</p>
<h3 id="lxwm">联系我们</h3>
<p>主办单位：{C.OWNER}</p><p>地址：{C.ADDRESS}</p><p>邮编：{C.POSTCODE}</p><p>联系电话：{C.PHONE}</p>
</div></div>"""
    write("/zjys/", head(f"走进演示_{C.SITE_NAME}") + header("走进演示") + position([("走进演示", "")])
          + f'<div class="w1200">{intro}</div>\n' + footer())
    jc = f"""<div class="article"><h1 class="arttitle">我为政府网站找错</h1><div class="TRS_Editor">
<p>欢迎您对{C.SITE_NAME}的内容、功能和服务提出纠错意见。我们将在1个工作日内转交相关单位处理，并在3个工作日内反馈处理结果。</p>
</div>
<form class="form" action="/jiucuo/submit.html" method="post"><table>
<tr><th><label for="cwlx">错误类型</label></th><td><select id="cwlx" name="cwlx"><option>内容无法访问</option><option>信息不更新</option><option>内容不准确</option><option>错别字</option><option>其他</option></select></td></tr>
<tr><th><label for="cwwz">错误页面地址</label></th><td><input type="url" id="cwwz" name="cwwz" size="60"></td></tr>
<tr><th><label for="cwms">问题描述</label></th><td><textarea id="cwms" name="cwms" rows="6"></textarea></td></tr>
<tr><th></th><td><button type="submit">提交</button></td></tr>
</table></form></div>"""
    write("/jiucuo/", head(f"我为政府网站找错_{C.SITE_NAME}") + header("") + position([("我为政府网站找错", "")])
          + f'<div class="w1200">{jc}</div>\n' + footer())
    write("/jiucuo/submit.html", head(f"提交成功_{C.SITE_NAME}") + header("") + position([("我为政府网站找错", "/jiucuo/"), ("提交成功", "")])
          + '<div class="w1200 done-box"><h2>提交成功</h2><p>感谢您的纠错意见。</p></div>\n' + footer())
    write("/search/", head(f"站内搜索_{C.SITE_NAME}") + header("") + position([("站内搜索", "")])
          + '<div class="w1200 done-box"><h2>站内搜索</h2><p>请输入关键词进行搜索。</p></div>\n' + footer())
    hd = """<div class="block"><div class="blocktitle"><h3>互动交流</h3></div><ul class="icons">
<li><a href="/hdjl/ldxx/"><i>信</i><span>领导信箱</span></a></li>
<li><a href="/hdjl/ldxx/write.html"><i>写</i><span>我要写信</span></a></li>
<li><a href="/xxgk/ysqgk/"><i>申</i><span>依申请公开</span></a></li>
<li><a href="/xxgk/xxgkzn/"><i>南</i><span>信息公开指南</span></a></li>
</ul></div>"""
    write("/hdjl/", head(f"互动交流_{C.SITE_NAME}") + header("互动交流") + position([("互动交流", "")])
          + f'<div class="main w1200">\n{side("互动交流", "")}\n<div class="content landing">{hd}</div>\n</div>\n' + footer())


# --- static assets ---------------------------------------------------------------------------

CSS = """*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.8 "Microsoft YaHei","Noto Sans CJK SC","PingFang SC",sans-serif;color:#333;background:#f3f5f8}
a{color:#333;text-decoration:none}a:hover{color:#c00}
ul{list-style:none}.w1200{width:1200px;margin:0 auto}.fl{float:left}.fr{float:right}
.topbar{background:#eef2f7;border-bottom:1px solid #dde3ea;height:34px;line-height:34px;font-size:13px;color:#666}
.topbar .w1200{overflow:hidden}.topbar a{color:#666}
.header{background:linear-gradient(#0d4fa3,#1a6cc8);height:110px}
.header .w1200{position:relative;height:110px}.logo{position:absolute;left:0;top:13px}
.search{position:absolute;right:0;top:36px;display:flex}
.search input{width:240px;height:36px;border:0;padding:0 10px;border-radius:3px 0 0 3px}
.search button{width:70px;height:36px;border:0;background:#f4b400;color:#fff;font-size:15px;border-radius:0 3px 3px 0;cursor:pointer}
.nav{background:#0a3d80;height:48px}.navbar{width:1200px;margin:0 auto;display:flex}
.navbar>li{flex:1;position:relative;text-align:center}
.navbar>li>a{display:block;line-height:48px;color:#fff;font-size:17px}
.navbar>li.on>a,.navbar>li:hover>a{background:#c8161d}
.navbar .sub{display:none;position:absolute;left:0;top:48px;width:100%;background:#fff;z-index:9;box-shadow:0 3px 8px rgba(0,0,0,.2)}
.navbar li:hover .sub{display:block}.navbar .sub a{display:block;line-height:36px;border-bottom:1px solid #eee}
.banner{margin-top:12px}.banner img{display:block}
.main{margin-top:12px;overflow:hidden;background:#fff;padding:16px}
.home{background:transparent;padding:0}
.row{display:flex;gap:14px;margin-bottom:14px}
.block{flex:1;background:#fff;padding:10px 16px;border-top:3px solid #0d4fa3;min-width:0}
.blocktitle{display:flex;justify-content:space-between;border-bottom:1px solid #e5e5e5;margin-bottom:6px}
.blocktitle h3{font-size:18px;color:#0d4fa3;line-height:40px}.more{color:#999;font-size:12px;line-height:40px}
.list li{display:flex;justify-content:space-between;line-height:34px;border-bottom:1px dashed #e5e5e5}
.list li a{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;padding-left:12px;position:relative}
.list li a:before{content:"";position:absolute;left:2px;top:15px;width:4px;height:4px;background:#999}
.list li span{color:#999;padding-left:12px;white-space:nowrap}
.slide{width:560px;flex:none;position:relative;background:#fff}
.slide li p{padding:0 12px;line-height:40px;font-size:16px;font-weight:bold;color:#0d4fa3;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.slide img{display:block}.dots{position:absolute;right:8px;top:356px;text-align:right}.dots span{display:inline-block;width:20px;text-align:center;background:#ccc;margin-left:4px;font-size:12px}
.dots span.on{background:#c8161d;color:#fff}.slide .more{display:block;padding:0 12px}
.btns{padding:8px 0}.btn{text-indent:0;display:inline-block;background:#0d4fa3;color:#fff;padding:0 18px;line-height:32px;border-radius:3px}
.btn:hover{color:#fff;background:#c8161d}
.icons{display:flex;flex-wrap:wrap}.icons li{width:33.3%;text-align:center;padding:6px}
.icons a{display:block;background:#f2f6fb;padding:8px 0}.icons i{display:block;font-style:normal;font-size:20px;color:#fff;background:#1a6cc8;width:38px;height:38px;line-height:38px;border-radius:50%;margin:0 auto 4px}
.links{background:#fff;padding:10px 16px;margin-bottom:14px}.links h3{font-size:16px;color:#0d4fa3}.links li{display:inline-block;margin-right:28px}
.position{line-height:40px;color:#666;margin-top:8px}
.side{float:left;width:220px}.side h3{background:#0d4fa3;color:#fff;text-align:center;line-height:52px;font-size:20px}
.side li a{display:block;line-height:44px;text-align:center;border-bottom:1px solid #e5e5e5;background:#f7f9fc}
.side li.on a,.side li a:hover{background:#c8161d;color:#fff}
.content{margin-left:240px;min-height:520px}.coltitle{border-bottom:2px solid #0d4fa3;margin-bottom:10px}
.coltitle h2{display:inline-block;font-size:18px;line-height:40px;color:#0d4fa3}
.nodata{text-align:center;color:#999;padding:80px 0;font-size:16px}
.page{text-align:center;padding:20px 0;color:#666}.page a{margin:0 4px;color:#0d4fa3}
.piclist{display:flex;flex-wrap:wrap;gap:18px}.piclist li{width:270px}.piclist img{display:block}.piclist p{line-height:30px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.piclist span{color:#999;font-size:12px}
.article{background:#fff;padding:30px 60px;margin-top:0}
.arttitle{text-align:center;font-size:24px;color:#0d4fa3;line-height:1.5;padding:10px 0}
.artinfo{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px;margin-bottom:20px}
.artinfo span{margin:0 10px}
.TRS_Editor p{text-indent:2em;font-size:16px;line-height:2;margin-bottom:10px}.TRS_Editor h3{margin:16px 0 8px;font-size:17px}
.TRS_Editor img{max-width:100%}.imgtitle{color:#666;font-size:14px!important;text-indent:0!important}
.xxgk-meta{width:100%;border-collapse:collapse;background:#f7f9fc;margin-bottom:16px;font-size:13px}
.xxgk-meta th,.xxgk-meta td{border:1px solid #dde3ea;padding:4px 8px;text-align:left}.xxgk-meta th{width:90px;color:#666}
.fujian,.related{margin-top:20px;padding-top:10px;border-top:1px dashed #ddd}.fujian h4,.related h4{font-size:15px}
.fujian a,.related a{color:#0d4fa3}
.arttools{text-align:right;margin-top:20px;color:#666}.prevnext{margin-top:14px;border-top:1px solid #eee;padding-top:10px}
.letters,.letter,.guide,.form table{width:100%;border-collapse:collapse}
.letters th{background:#0d4fa3;color:#fff;line-height:40px}.letters td{border-bottom:1px solid #e5e5e5;text-align:center;line-height:40px}
.letters td.tl{text-align:left}.done{color:#2a8a2a}.doing{color:#d46b08}
.letter th,.letter td,.guide th,.guide td{border:1px solid #dde3ea;padding:8px 12px}.letter th,.guide th{background:#f2f6fb;width:120px}
.form th{width:160px;text-align:right;padding:8px 12px;font-weight:normal;vertical-align:top}.form td{padding:8px 12px}
.form em{color:#c00;font-style:normal}.form input[type=text],.form input[type=tel],.form input[type=email],.form input[type=url],.form textarea,.form select{border:1px solid #ccc;padding:4px 8px;font-size:14px}
.form textarea{width:100%}.form button{background:#0d4fa3;color:#fff;border:0;padding:6px 24px;margin-right:10px;font-size:15px}
.form h3{margin:20px 0 10px;color:#0d4fa3}.tip{color:#888;margin-bottom:8px}.yzm{background:#eee;padding:2px 10px;font-family:monospace;letter-spacing:3px}
.ysq-intro p,.ldxx-intro p{margin-bottom:8px;text-indent:2em}.ysq-intro a{color:#0d4fa3}
.done-box{background:#fff;padding:80px;text-align:center;margin-top:10px}
.landing .block{margin-bottom:14px}
.footer{background:#0a3d80;color:#dce6f5;margin-top:20px;padding:16px 0 20px;position:relative}
.footer a{color:#dce6f5}.footlinks{text-align:center;border-bottom:1px solid #2b5c9e;padding-bottom:10px;margin-bottom:12px}
.footinfo{display:flex;align-items:center;justify-content:center;gap:30px}.foottext{text-align:center;font-size:13px;line-height:2}
"""

JS = """/* 演示县人民政府网 公共脚本 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  var name = function (i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; };
  document.write("共" + _nPageCount + "页&nbsp;&nbsp;");
  if (nCurrIndex == 0) {
    document.write("首页&nbsp;上一页&nbsp;");
  } else {
    document.write("<a href=\\"" + name(0) + "\\">首页</a>&nbsp;");
    document.write("<a href=\\"" + name(nCurrIndex - 1) + "\\">上一页</a>&nbsp;");
  }
  for (var i = 0; i < _nPageCount; i++) {
    if (i == nCurrIndex) document.write("<span class=\\"cur\\">" + (i + 1) + "</span>&nbsp;");
    else document.write("<a href=\\"" + name(i) + "\\">" + (i + 1) + "</a>&nbsp;");
  }
  if (nCurrIndex == _nPageCount - 1) {
    document.write("下一页&nbsp;尾页");
  } else {
    document.write("<a href=\\"" + name(nCurrIndex + 1) + "\\">下一页</a>&nbsp;");
    document.write("<a href=\\"" + name(_nPageCount - 1) + "\\">尾页</a>");
  }
}
function doZoom(size) {
  var el = document.getElementById("zoom");
  if (!el) return;
  var ps = el.getElementsByTagName("p");
  for (var i = 0; i < ps.length; i++) ps[i].style.fontSize = size + "px";
}
function setHome(obj) { try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(location.href); } catch (e) { alert("您的浏览器不支持此操作，请手动设置。"); } }
function addFav() { alert("请使用 Ctrl+D 将本页加入收藏夹。"); }
function slideShow(id, ms) {
  var box = document.getElementById(id);
  if (!box) return;
  var items = box.querySelectorAll("ul li"), dots = box.querySelectorAll(".dots span"), cur = 0;
  function show(n) {
    for (var i = 0; i < items.length; i++) { items[i].style.display = i == n ? "" : "none"; dots[i].className = i == n ? "on" : ""; }
    cur = n;
  }
  for (var i = 0; i < dots.length; i++) dots[i].onclick = function () { show(+this.getAttribute("data-i")); };
  setInterval(function () { show((cur + 1) % items.length); }, ms);
}
"""


def main() -> None:
    for p in SITE.rglob("*.html"):
        p.unlink()
    write("/css/style.css", CSS)
    write("/js/common.js", JS)
    for c in C.COLUMNS:
        column_pages(c)
        article_pages(c)
    attachments()
    homepage()
    landing("新闻中心", "/xwzx/", [c for c in C.COLUMNS if c.section == "新闻中心"])
    landing("政务公开", "/xxgk/", [c for c in C.COLUMNS if c.section == "政务公开"])
    letters()
    application()
    guide()
    misc_pages()
    n = len(list(SITE.rglob("*.html")))
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    print(f"{n} pages, {size / 1024:.0f} KiB in {SITE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

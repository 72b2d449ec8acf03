"""Generate the engine-9 holdout: 松河县 (invented, 吉林省) portal and three sub-sites.

Deterministic: rewrites site/, sites.yaml, server.yaml and expected.yaml.

    .venv/bin/python benchmarks/holdout_engine9/generate.py
"""

from __future__ import annotations

import html
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2025, 9, 24)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
RNG = random.Random(20250924)

FINDINGS: list[dict] = []
DECOYS: list[dict] = []
ROUTES: dict[str, dict] = {}
DELAYS: list[dict] = []
PAGES = 0


def ago(n: int) -> date:
    return AS_OF - timedelta(days=n)


def months_back(m: int) -> date:
    y, mo = AS_OF.year, AS_OF.month - m
    while mo <= 0:
        mo += 12
        y -= 1
    return date(y, mo, AS_OF.day)


LIMIT_MONTHS = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}


def verdict(category: str, newest: date | None) -> str | None:
    """overdue / due_soon / None; refuses dates near a boundary."""
    if newest is None or category == "other":
        return None
    if category == "news":
        age = (AS_OF - newest).days
        if age <= 9:
            return None
        if age == 13:
            return "due_soon"
        if age >= 18:
            return "overdue"
        raise ValueError(f"ambiguous news age {age}")
    limit = months_back(LIMIT_MONTHS[category])
    if newest < limit - timedelta(days=20):
        return "overdue"
    if newest > limit + timedelta(days=20):
        return None
    raise ValueError(f"ambiguous {category} date {newest}")


def write(path: str, text: str | bytes) -> None:
    global PAGES
    p = SITE / path.lstrip("/")
    if path.endswith("/"):
        p = p / "index.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        if p.suffix == ".html":
            PAGES += 1
        p.write_text(text, encoding="utf-8")
    else:
        p.write_bytes(text)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def finding(rule: str, site: str, url_path: str, target: str | None = None, note: str = "", certainty: str | None = None) -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    if note:
        e["note"] = note
    FINDINGS.append(e)


def decoy(rule: str, site: str, url_path: str, target: str | None = None, note: str = "", certainty: str | None = None) -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    if note:
        e["note"] = note
    DECOYS.append(e)


# =============================================================================================
# Pictures
# =============================================================================================


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def save(img: Image.Image, path: str) -> None:
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.suffix == ".jpg":
        img.convert("RGB").save(p, "JPEG", quality=85)
    elif p.suffix == ".gif":
        img.save(p, "GIF")
    else:
        img.save(p, "PNG")


def photo(path: str, w: int, h: int, seed: int, mood: str = "day") -> None:
    r = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    if mood == "night":
        top, bottom = (8, 12, 30), (30, 30, 50)
    elif mood == "grey":
        top, bottom = (150, 150, 150), (110, 110, 110)
    else:
        top = (r.randint(90, 160), r.randint(150, 200), r.randint(200, 240))
        bottom = (r.randint(60, 120), r.randint(100, 150), r.randint(40, 90))
    for y in range(h):
        t = y / max(h - 1, 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)))
    for _ in range(12 + w // 40):
        x, y = r.randint(0, w), r.randint(h // 3, h)
        s = r.randint(max(4, w // 30), max(8, w // 6))
        if mood == "night":
            col = (r.randint(200, 255), r.randint(180, 230), r.randint(60, 140))
            d.ellipse([x, y, x + s // 4, y + s // 4], fill=col)
        elif mood == "grey":
            g = r.randint(60, 200)
            d.rectangle([x, y, x + s, y + s // 2], fill=(g, g, g))
        else:
            d.rectangle([x, y - s, x + s // 2, y], fill=(r.randint(120, 230), r.randint(100, 200), r.randint(80, 180)))
    save(img, path)


def placeholder(path: str, w: int, h: int, text: str) -> None:
    img = Image.new("RGB", (w, h), (238, 240, 243))
    d = ImageDraw.Draw(img)
    cx, cy = w // 2, h // 2 - h // 10
    s = min(w, h) // 6
    d.rectangle([cx - s, cy - s, cx + s, cy + s // 2 + s // 4], outline=(180, 186, 194), width=3)
    d.polygon([(cx - s + 6, cy + s // 2), (cx - s // 3, cy - s // 3), (cx + s // 4, cy + s // 3), (cx + s - 6, cy + s // 2)],
              fill=(200, 205, 212))
    d.ellipse([cx + s // 3, cy - s + 8, cx + s // 3 + s // 3, cy - s + 8 + s // 3], fill=(200, 205, 212))
    f = font(max(12, min(w, h) // 9))
    tw = d.textlength(text, font=f)
    d.text(((w - tw) / 2, cy + s + 10), text, fill=(150, 156, 165), font=f)
    save(img, path)


def flat(path: str, w: int, h: int, colour: tuple[int, int, int]) -> None:
    save(Image.new("RGB", (w, h), colour), path)


def icon(path: str, size: int, seed: int, glyph: str = "") -> None:
    r = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = (r.randint(0, 80), r.randint(90, 160), r.randint(170, 230), 255)
    d.ellipse([1, 1, size - 2, size - 2], fill=col)
    if glyph:
        f = font(int(size * 0.5))
        tw = d.textlength(glyph, font=f)
        d.text(((size - tw) / 2, size * 0.18), glyph, fill=(255, 255, 255, 255), font=f)
    else:
        d.rectangle([size // 3, size // 3, size * 2 // 3, size * 2 // 3], fill=(255, 255, 255, 255))
    save(img, path)


def qr(path: str, size: int, seed: int) -> None:
    r = random.Random(seed)
    n = 25
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    cell = size / (n + 4)
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = r.random() < 0.5 if not finder else (
                max(abs((i % (n - 7) if i >= n - 7 else i) - 3), abs((j % (n - 7) if j >= n - 7 else j) - 3)) in (0, 1, 3))
            if on:
                x, y = (j + 2) * cell, (i + 2) * cell
                d.rectangle([x, y, x + cell, y + cell], fill="black")
    save(img, path)


def banner(path: str, w: int, h: int, text: str, seed: int) -> None:
    r = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=(int(170 + 40 * t), int(20 + 30 * t), int(20 + 20 * t)))
    for _ in range(30):
        x, y = r.randint(0, w), r.randint(0, h)
        d.ellipse([x, y, x + 40, y + 40], outline=(230, 180, 90), width=2)
    f = font(max(16, h // 3))
    d.text((h // 3, h // 4), text, fill=(255, 236, 180), font=f)
    save(img, path)


# =============================================================================================
# Titles
# =============================================================================================

TITLES = {
    "zwyw": ["县委常委会召开会议传达学习上级会议精神", "县政府召开第{n}次常务会议", "松河县召开秋粮生产调度会", "县长深入乡镇调研人参产业发展",
             "全县安全生产工作会议召开", "县人大常委会开展执法检查", "县政协召开专题协商会", "松河县举行重点项目集中开工仪式"],
    "bmdt": ["县教育局部署秋季开学安全工作", "县卫健局开展义诊进乡村活动", "县人社局举办专场招聘会", "县自然资源局开展耕地保护宣传",
             "县交通运输局推进农村公路养护", "县市场监管局开展食品安全抽检"],
    "xzdt": ["青石镇开展环境卫生整治行动", "红旗乡召开村“两委”干部培训会", "松林镇举办农民丰收节活动", "东岗乡推进黑木耳产业发展",
             "北山镇开展防汛应急演练"],
    "tpxw": ["松河湿地秋色", "人参采收季", "新建县人民医院门诊楼投入使用", "松河大桥通车", "农民丰收节现场"],
    "tzgg": ["关于做好2025年国庆节假期安全工作的通知", "关于公开征求意见的公告", "关于开展第{n}批专项检查的通知",
             "关于举办政务公开培训班的通知", "关于调整部分公交线路的通告"],
    "zcwj": ["松河县人民政府关于印发松河县农村人居环境整治实施方案的通知", "松河县人民政府办公室关于进一步优化营商环境的若干措施",
             "松河县人民政府关于印发松河县促进人参产业高质量发展意见的通知", "松河县人民政府办公室关于加强耕地保护的通知"],
    "zcjd": ["图解：松河县优化营商环境若干措施", "一图读懂人参产业高质量发展意见", "政策问答：耕地保护有关问题解读"],
    "rsxx": ["松河县人民政府关于王某某等同志职务任免的通知", "松河县2025年事业单位公开招聘工作人员公告", "县政府关于李某某同志任职的通知"],
    "ghjh": ["松河县国民经济和社会发展第十四个五年规划纲要中期评估报告", "松河县2025年政务公开工作要点", "松河县国土空间总体规划（2021-2035年）"],
    "czyjs": ["松河县2024年县级财政决算", "松河县2024年部门预算公开", "松河县2023年政府债务情况"],
    "gzdt": ["县发改局召开重点项目推进会", "县发改局开展粮食安全宣传周活动", "县发改局深入企业开展政策宣讲", "县发改局组织学习新修订法规"],
    "xmjs": ["松河县重点项目建设进展情况通报", "县发改局督导重点项目建设", "省预算内投资项目开工"],
    "jgjc": ["2025年第{n}期重要民生商品价格监测", "中秋节前市场价格巡查", "猪肉价格监测周报"],
    "gsgg": ["关于拟上报项目的公示", "关于企业投资项目备案情况的公示", "公共资源交易结果公示"],
    "zwdt": ["青石镇召开党委扩大会议", "青石镇开展秋季防火宣传", "青石镇组织收看警示教育片", "青石镇开展入户走访活动"],
    "djgz": ["青石镇开展主题党日活动", "青石镇党委书记讲党课", "青石镇召开党建工作推进会"],
    "xczx": ["青石镇人参基地喜获丰收", "青石镇推进高标准农田建设", "青石镇开展农技培训"],
    "pajs": ["青石镇开展矛盾纠纷排查", "青石镇召开综治工作会议", "青石镇开展反诈宣传"],
    "shsy": ["青石镇开展敬老院慰问活动", "青石镇组织适龄妇女免费体检", "青石镇新时代文明实践站活动"],
    "hjzz": ["青石镇开展河道清理行动", "青石镇推进垃圾分类", "青石镇开展村屯绿化"],
}


def titles(key: str, n: int, seed: int) -> list[str]:
    base = TITLES[key]
    out = []
    for i in range(n):
        t = base[i % len(base)].replace("{n}", str(n - i + seed % 7))
        if i >= len(base):
            t = t + ("（续）" if i // len(base) == 1 else f"（{i // len(base)}）")
        out.append(t)
    return out


def series(newest: date, n: int, step: int) -> list[date]:
    return [newest - timedelta(days=i * step + (i % 3)) for i in range(n)]


def para(seed: int, n: int = 4) -> str:
    r = random.Random(seed)
    parts = ["会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落实。", "各部门要提高政治站位，压实工作责任，确保各项任务按时完成。",
             "近年来，我县围绕高质量发展目标，持续优化营商环境，推动产业转型升级。", "据了解，该项目总投资约1.2亿元，预计明年6月竣工投入使用。",
             "下一步，将进一步加大工作力度，完善长效机制，巩固提升工作成效。", "活动现场，工作人员向群众发放宣传资料，耐心解答群众咨询。"]
    return "".join(f"<p>{r.choice(parts)}{r.choice(parts)}</p>" for _ in range(n))


# =============================================================================================
# Site 1: 松河县人民政府 portal (中软/万户 ezEIP-like)
# =============================================================================================

P_SITE = "songhe"
P_NAV = [
    ("新闻中心", "/ch/1020/", [("政务要闻", "1021"), ("部门动态", "1022"), ("乡镇动态", "1023"), ("图片新闻", "1024")]),
    ("政务公开", "/ch/1030/", [("通知公告", "1031"), ("政策文件", "1032"), ("政策解读", "1033"), ("人事信息", "1034"),
                           ("规划计划", "1035"), ("财政预决算", "1036"), ("建议提案办理", "1037")]),
]
# id: (name, key, category, newest, count, style)
P_COLS = {
    "1021": ("政务要闻", "zwyw", "news", ago(1), 18, "ul"),
    "1022": ("部门动态", "bmdt", "news", ago(13), 5, "ul"),
    "1023": ("乡镇动态", "xzdt", "news", date(2025, 8, 22), 5, "dl"),
    "1024": ("图片新闻", "tpxw", "news", date(2025, 7, 30), 5, "pic"),
    "1031": ("通知公告", "tzgg", "notice", ago(5), 5, "ul"),
    "1032": ("政策文件", "zcwj", "policy", date(2025, 2, 10), 5, "table"),
    "1033": ("政策解读", "zcjd", "policy", date(2025, 6, 18), 4, "dl"),
    "1034": ("人事信息", "rsxx", "personnel", date(2025, 1, 15), 3, "ul"),
    "1035": ("规划计划", "ghjh", "plan", date(2024, 12, 20), 4, "table"),
    "1036": ("财政预决算", "czyjs", "other", date(2024, 8, 30), 3, "ul"),
    "1037": ("建议提案办理", None, "other", None, 0, "blank"),
}
P_ARTICLES: dict[str, list[tuple[str, str, date]]] = {}  # col -> [(url, title, date)]


def p_fmt(d: date, style: str) -> str:
    return {"ul": d.strftime("%Y-%m-%d"), "dl": d.strftime("%Y/%m/%d"), "table": f"{d.year}年{d.month:02d}月{d.day:02d}日",
            "pic": d.strftime("%Y-%m-%d")}[style]


def p_head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<title>{esc(title)}</title><link rel="stylesheet" href="/templates/sh2023/css/common.css">'
            f'<script src="/templates/sh2023/js/jquery-1.12.4.min.js"></script><script src="/templates/sh2023/js/ezeip.js"></script></head>\n<body>\n')


def p_top() -> str:
    items = ['<li class="nav-item"><a href="/">首页</a></li>']
    for name, url, subs in P_NAV:
        sub = "".join(f'<a href="/ch/{c}/">{esc(n)}</a>' for n, c in subs)
        items.append(f'<li class="nav-item has-sub"><a href="{url}">{esc(name)}</a><div class="subnav">{sub}</div></li>')
    items.append('<li class="nav-item"><a href="/ch/1001/">走进松河</a></li>')
    items.append('<li class="nav-item"><a href="/ch/1040/">政民互动</a></li>')
    return ('<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问松河县人民政府网站</span>'
            '<span class="toplinks"><a href="/ch/1040/">县长信箱</a> | <a href="/ch/1001/">无障碍浏览</a></span></div></div>\n'
            '<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/templates/sh2023/images/logo.png" alt="松河县人民政府" width="520" height="80"></a>'
            '<form class="search" action="/ch/1001/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>\n'
            f'<div class="mainnav"><ul class="w1200 clearfix">{"".join(items)}</ul></div>\n')


def p_foot() -> str:
    return ('<div class="footer"><div class="w1200"><div class="flinks">部门网站：<a href="/fgj/">县发展和改革局</a> <a href="/qsz/">青石镇人民政府</a> '
            '</div>'
            '<p>主办单位：松河县人民政府办公室　地址：吉林省松河县人民大街1088号　电话：0439-5212345</p>'
            '<p>网站标识码：2206990001　吉ICP备05001234号　<img src="/templates/sh2023/images/gongan.png" width="18" height="20" alt="">吉公网安备22069902000101号</p>'
            '<div class="fimgs"><a href="/ch/1001/"><img src="/templates/sh2023/images/jiucuo.png" width="110" height="55" alt="政府网站找错"></a>'
            '<img src="/templates/sh2023/images/dzjg.png" width="50" height="60" alt="党政机关">'
            '<img src="/templates/sh2023/images/qr_wx.png" width="90" height="90" alt="微信公众号"></div></div></div>\n</body></html>\n')


def p_side_hot() -> str:
    rows = "".join(f'<li><a href="{u}" title="{esc(t)}">{esc(t)}</a></li>' for u, t, _ in P_ARTICLES["1021"][:6])
    return f'<div class="side-box"><div class="side-tit">热点推荐</div><ul class="hot-list">{rows}</ul></div>'


def p_group_of(col: str) -> tuple[str, str, list]:
    for name, url, subs in P_NAV:
        if any(c == col for _, c in subs):
            return name, url, subs
    raise KeyError(col)


def p_left(col: str) -> str:
    gname, gurl, subs = p_group_of(col)
    lis = "".join(f'<li{" class=on" if c == col else ""}><a href="/ch/{c}/">{esc(n)}</a></li>' for n, c in subs)
    return f'<div class="ny-left"><div class="left-tit">{esc(gname)}</div><ul class="left-menu">{lis}</ul>{p_side_hot()}</div>'


def p_list_rows(style: str, rows: list[tuple[str, str, date]], thumbs: dict[str, str] | None = None) -> str:
    if style == "ul":
        return '<ul class="list-ul">' + "".join(
            f'<li><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a><span class="date">{p_fmt(d, style)}</span></li>' for u, t, d in rows) + "</ul>"
    if style == "dl":
        return '<dl class="list-dl">' + "".join(
            f'<dd><em>{p_fmt(d, style)}</em><a href="{u}" target="_blank">{esc(t)}</a></dd>' for u, t, d in rows) + "</dl>"
    if style == "table":
        trs = "".join(f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="{u}" target="_blank">{esc(t)}</a></td>'
                      f'<td class="rq">{p_fmt(d, style)}</td></tr>' for i, (u, t, d) in enumerate(rows))
        return f'<table class="list-table" width="100%"><tr class="th"><th>序号</th><th>标题</th><th>发布日期</th></tr>{trs}</table>'
    if style == "pic":
        cells = "".join(f'<div class="pic-item"><a href="{u}" target="_blank"><img src="{thumbs[u]}" width="260" height="180" alt="{esc(t)}">'
                        f'<p class="pic-t">{esc(t)}</p></a><span class="pic-d">{p_fmt(d, style)}</span></div>' for u, t, d in rows)
        return f'<div class="pic-list clearfix">{cells}</div>'
    raise ValueError(style)


def build_portal() -> None:
    # articles
    aid = 6500
    for col, (name, key, cat, newest, n, style) in P_COLS.items():
        if not n:
            P_ARTICLES[col] = []
            continue
        step = 3 if cat == "news" else 17
        ds = series(newest, n, step)
        ts = titles(key, n, int(col))
        rows = []
        for t, d in zip(ts, ds):
            aid += 1
            rows.append((f"/ch/{col}/{d:%Y%m%d}/c{aid}.html", t, d))
        P_ARTICLES[col] = rows

    photo("/templates/sh2023/images/logo.png", 520, 80, 1)
    banner("/templates/sh2023/images/logo.png", 520, 80, "松河县人民政府", 1)
    icon("/templates/sh2023/images/gongan.png", 20, 2)
    banner("/templates/sh2023/images/jiucuo.png", 110, 55, "找错", 3)
    banner("/templates/sh2023/images/dzjg.png", 50, 60, "党", 4)
    qr("/templates/sh2023/images/qr_wx.png", 90, 5)
    write("/templates/sh2023/css/common.css", "body{margin:0;font:14px/1.8 'Microsoft YaHei'}.w1200{width:1200px;margin:0 auto}"
          ".subnav{display:none}.has-sub:hover .subnav{display:block}.list-ul li{display:flex;justify-content:space-between}"
          ".piaochuang{position:absolute;z-index:99}.tab-con{display:none}.tab-con.on{display:block}\n")
    write("/templates/sh2023/js/jquery-1.12.4.min.js", "/*! jQuery stand-in */window.jQuery=window.$=function(){return{on:function(){}}};\n")
    write("/templates/sh2023/js/ezeip.js", "(function(){var p=document.getElementById('pc');if(!p)return;var x=10,y=10,dx=1,dy=1;"
          "setInterval(function(){x+=dx;y+=dy;if(x<0||x>900)dx=-dx;if(y<0||y>500)dy=-dy;p.style.left=x+'px';p.style.top=y+'px';},30);})();\n")

    # article pages
    flaky = "/ewebeditor/uploadfile/20250919103021.docx"
    dead_pdf = "/ewebeditor/uploadfile/20250210094512.pdf"
    slow_article = P_ARTICLES["1021"][3][0]
    for col, rows in P_ARTICLES.items():
        name, key, cat, newest, n, style = P_COLS[col]
        gname, gurl, _ = p_group_of(col)
        for i, (u, t, d) in enumerate(rows):
            extra = ""
            if col == "1024" or (col == "1021" and i % 4 == 0):
                img = f"/upload/image/{d:%Y%m%d}/p{u.split('/c')[-1][:-5]}.jpg"
                photo(img, 800, 533, hash_seed(u), "grey" if i == 2 else "day")
                extra += f'<p style="text-align:center"><img src="{img}" width="600" height="400" alt=""></p>'
                decoy("image.broken", P_SITE, u, img, "a photo with detail")
            if col == "1031" and i == 0:
                extra += f'<p>附件：<a href="{flaky}">关于做好国庆节假期安全工作的通知.docx</a></p>'
                write(flaky, b"PK\x03\x04 stand-in docx")
                ROUTES[flaky] = {"fail_first": 1, "status": 503}
                decoy("link.broken", P_SITE, u, flaky, "503 once, then 200")
            elif col == "1032" and i == 0:
                extra += f'<p>附件：<a href="{dead_pdf}">实施方案（全文）.pdf</a></p>'
                finding("link.broken", P_SITE, u, dead_pdf, "attachment answers 404", "definite")
            elif col in ("1032", "1034", "1035") or (col == "1031" and i == 2):
                att = f"/ewebeditor/uploadfile/{d:%Y%m%d}{1000 + i}.pdf"
                write(att, b"%PDF-1.4 stand-in\n%%EOF\n")
                extra += f'<p>附件：<a href="{att}">{esc(t)}.pdf</a></p>'
                decoy("link.broken", P_SITE, u, att, "attachment exists")
            info = f'<div class="info">发布时间：{d:%Y-%m-%d} 10:{i % 6}0　来源：{"县政府办" if cat != "news" else "松河融媒"}　浏览次数：<span id="hits">{120 + i * 7}</span></div>'
            body = (p_head(t + "_松河县人民政府") + p_top()
                    + f'<div class="w1200 ny clearfix"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{gurl}">{esc(gname)}</a> &gt; <a href="/ch/{col}/">{esc(name)}</a></div>'
                    + f'<div class="article"><h1 class="art-title">{esc(t)}</h1>{info}<div class="art-content" id="zoom">{para(hash_seed(u))}{extra}</div>'
                    + '<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div></div>\n'
                    + p_foot())
            write(u, body)
    ROUTES[slow_article] = {"delay_ms": 3500}
    DELAYS.append({"url_path": slow_article, "ms": 3500})
    finding("site.slow", P_SITE, slow_article, note="article answers after 3500 ms")

    # column pages
    pic_thumbs: dict[str, str] = {}
    for i, (u, t, d) in enumerate(P_ARTICLES["1024"]):
        th = f"/upload/image/{d:%Y%m%d}/t_{d:%m%d}_{i:02d}.jpg"
        pic_thumbs[u] = th
        if i == 2:
            finding("image.broken", P_SITE, "/ch/1024/", th, "thumbnail answers 404")
        else:
            photo(th, 260, 180, i + 40, "night" if i == 3 else "day")
            decoy("image.broken", P_SITE, "/ch/1024/", th, "thumbnail with detail")
    dead_article = "/ch/1021/20250821/c6490.html"
    for col, (name, key, cat, newest, n, style) in P_COLS.items():
        rows = P_ARTICLES[col]
        pages = [rows[:15], rows[15:]] if len(rows) > 15 else [rows]
        for pi, chunk in enumerate(pages):
            path = f"/ch/{col}/" if pi == 0 else f"/ch/{col}/list_{pi + 1}.html"
            if style == "blank":
                content = '<div class="list-empty"><ul class="list-ul"></ul><p class="no-data">该栏目暂无信息</p></div>'
            else:
                lst = list(chunk)
                if col == "1021" and pi == 1:
                    lst.insert(4, (dead_article, "松河县召开城乡环境综合整治推进会", date(2025, 8, 21)))
                    finding("link.broken", P_SITE, path, dead_article, "a deleted article still listed on page 2", "definite")
                content = p_list_rows(style, lst, pic_thumbs)
            pager = ""
            if len(pages) > 1:
                pager = ('<div class="pagebar">共{0}条 第{1}/2页 '.format(len(rows), pi + 1)
                         + ('<a href="/ch/1021/">首页</a> <a href="/ch/1021/">上一页</a>' if pi else '<a href="/ch/1021/list_2.html">下一页</a> <a href="/ch/1021/list_2.html">尾页</a>')
                         + "</div>")
            gname, gurl, _ = p_group_of(col)
            body = (p_head(name + "_松河县人民政府") + p_top()
                    + f'<div class="w1200 ny clearfix">{p_left(col)}<div class="ny-right"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                    f'<a href="{gurl}">{esc(gname)}</a> &gt; <span>{esc(name)}</span></div><div class="right-tit"><span>{esc(name)}</span></div>'
                    f'<div class="list-con">{content}</div>{pager}</div></div>\n' + p_foot())
            write(path, body)
        v = verdict(cat, newest)
        if style == "blank":
            finding("column.blank", P_SITE, f"/ch/{col}/", name, "该栏目暂无信息, side box of 热点推荐 beside it")
            decoy("column.overdue", P_SITE, f"/ch/{col}/", name, "blank, not overdue")
        elif v == "overdue":
            finding("column.overdue", P_SITE, f"/ch/{col}/", name, f"{cat}, newest {newest}")
            decoy("column.due_soon", P_SITE, f"/ch/{col}/", name, "already overdue")
        elif v == "due_soon":
            finding("column.due_soon", P_SITE, f"/ch/{col}/", name, f"news, newest {newest} (13 days)")
            decoy("column.overdue", P_SITE, f"/ch/{col}/", name, "due soon, not yet overdue")
        else:
            decoy("column.overdue", P_SITE, f"/ch/{col}/", name, f"{cat}, newest {newest}: within its limit")
            decoy("column.due_soon", P_SITE, f"/ch/{col}/", name, f"{cat}, newest {newest}")
        if style != "blank":
            decoy("column.blank", P_SITE, f"/ch/{col}/", name, "has entries")
        decoy("column.unmonitored", P_SITE, f"/ch/{col}/", name, "the portal's config lists no columns")
    ROUTES["/ch/1031/"] = {"delay_ms": 2100}
    DELAYS.append({"url_path": "/ch/1031/", "ms": 2100})
    decoy("site.slow", P_SITE, "/ch/1031/", note="2100 ms, under slow_ms")

    # group landing pages
    for gname, gurl, subs in P_NAV:
        blocks = ""
        for n_, c in subs:
            rows = P_ARTICLES[c][:5]
            lis = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d:%m-%d}</span></li>' for u, t, d in rows) or '<li class="none">暂无信息</li>'
            blocks += f'<div class="lm-block"><div class="lm-tit"><span>{esc(n_)}</span><a class="more" href="/ch/{c}/">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
        bimg = f"/upload/image/lm_banner_{gurl.strip('/').split('/')[-1]}.jpg"
        photo(bimg, 1200, 150, len(gurl) + ord(gname[0]), "day")
        decoy("image.broken", P_SITE, gurl, bimg, "landing banner with detail")
        decoy("column.blank", P_SITE, gurl, gname, "a group landing page")
        decoy("column.overdue", P_SITE, gurl, gname, "a group landing page")
        write(gurl, p_head(gname + "_松河县人民政府") + p_top()
              + f'<div class="w1200 ny"><div class="lm-banner"><img src="{bimg}" width="1200" height="150" alt=""></div><div class="lm-blocks clearfix">{blocks}</div></div>\n' + p_foot())

    # single pages
    photo("/upload/image/xqgk_quanjing.jpg", 1000, 360, 77, "grey")
    photo("/upload/image/xqgk_yejing.jpg", 480, 320, 78, "night")
    decoy("image.broken", P_SITE, "/ch/1001/", "/upload/image/xqgk_quanjing.jpg", "grey panorama with detail")
    decoy("image.broken", P_SITE, "/ch/1001/", "/upload/image/xqgk_yejing.jpg", "night view with lights")
    decoy("column.blank", P_SITE, "/ch/1001/", "走进松河", "single page")
    decoy("column.overdue", P_SITE, "/ch/1001/", "走进松河", "single page with old years")
    write("/ch/1001/", p_head("走进松河_松河县人民政府") + p_top()
          + '<div class="w1200 ny"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 走进松河</div><div class="single">'
          '<h2>县情概况</h2><p><img src="/upload/image/xqgk_quanjing.jpg" width="1000" height="360" alt="松河全景"></p>'
          '<p>松河县位于吉林省东南部，长白山西麓，1956年设县，幅员面积3120平方公里，辖8镇4乡，总人口约21万人（2020年第七次全国人口普查）。</p>'
          '<p>2023年，全县实现地区生产总值98.6亿元；2024年，人参产业产值突破30亿元。</p>'
          '<p><img src="/upload/image/xqgk_yejing.jpg" width="480" height="320" alt="夜景"></p><h2>历史沿革</h2><p>清光绪二十八年（1902年）设治，1956年划归通化专区。</p></div></div>\n' + p_foot())
    decoy("column.blank", P_SITE, "/ch/1040/", "政民互动", "a letter form")
    write("/ch/1040/", p_head("政民互动_松河县人民政府") + p_top()
          + '<div class="w1200 ny"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 政民互动</div><div class="xx-form"><h2>县长信箱</h2>'
          '<form method="post" action="/ch/1040/"><p>姓名：<input name="xm"></p><p>联系电话：<input name="dh"></p><p>标题：<input name="bt"></p>'
          '<p>内容：<textarea name="nr"></textarea></p><p><button type="submit">提交</button></p></form>'
          '<p class="tips">来信须知：请如实填写个人信息，我们将在5个工作日内答复。</p></div></div>\n' + p_foot())

    # homepage
    slides = []
    for i in range(5):
        s = f"/upload/image/focus/slide_{i + 1:02d}.jpg"
        if i == 3:
            flat(s, 700, 400, (205, 205, 205))
            finding("image.broken", P_SITE, "/", s, "a flat grey slider slot")
        else:
            photo(s, 700, 400, 100 + i, "day")
            decoy("image.broken", P_SITE, "/", s, "slide with detail")
        slides.append(s)
    ztbanner = "/upload/image/zt/zt_banner_02.jpg"
    placeholder(ztbanner, 1200, 100, "图片加载失败")
    finding("image.broken", P_SITE, "/", ztbanner, "占位图: 图片加载失败 drawn on a 专题 banner")
    zt1 = "/upload/image/zt/zt_banner_01.jpg"
    banner(zt1, 1200, 100, "学习贯彻党的二十届三中全会精神", 9)
    decoy("image.broken", P_SITE, "/", zt1, "a red 专题 banner")
    pc = "/upload/image/piaochuang_2025.png"
    banner(pc, 200, 120, "国庆节安全提示", 11)
    decoy("image.broken", P_SITE, "/", pc, "floating window picture")
    divider = "/templates/sh2023/images/line_1200x2.png"
    flat(divider, 1200, 2, (200, 30, 30))
    decoy("image.broken", P_SITE, "/", divider, "a 1200×2 divider")
    svc = ""
    for i, (nm, g) in enumerate([("社保查询", "社"), ("公积金", "金"), ("不动产", "房"), ("医保", "医"), ("教育", "教"), ("交通", "交")]):
        ic = f"/templates/sh2023/images/ico_fw{i + 1}.png"
        icon(ic, 48, 200 + i, g)
        decoy("image.broken", P_SITE, "/", ic, "service icon")
        svc += f'<li><a href="/ch/1001/"><img src="{ic}" width="48" height="48" alt=""><span>{nm}</span></a></li>'
    svc += '<li><a href="/ch/zxfw/query.do"><span>办件查询</span></a></li>'
    ROUTES["/ch/zxfw/query.do"] = {"status": 502}
    finding("link.broken", P_SITE, "/", "/ch/zxfw/query.do", "办件查询 answers 502 every time", "suspect")

    def tab(col: str, k: int) -> str:
        return "".join(f'<li><span class="d">[{d:%m-%d}]</span><a href="{u}" title="{esc(t)}">{esc(t)}</a></li>' for u, t, d in P_ARTICLES[col][:k])

    focus_items = "".join(f'<li><a href="{u}"><img src="{s}" width="700" height="400" alt=""><p>{esc(t)}</p></a></li>'
                          for s, (u, t, _) in zip(slides, P_ARTICLES["1021"][:5]))
    home = (p_head("松河县人民政府") + p_top()
            + f'<div id="pc" class="piaochuang" style="left:10px;top:10px"><a href="/ch/1031/"><img src="{pc}" width="200" height="120" alt=""></a>'
            '<span class="close" onclick="this.parentNode.style.display=\'none\'">关闭</span></div>\n'
            f'<div class="w1200 idx clearfix"><div class="focus"><ul class="focus-ul">{focus_items}</ul></div>'
            '<div class="idx-news"><div class="tab-hd"><span class="on">政务要闻</span><span>部门动态</span><span>乡镇动态</span></div>'
            f'<ul class="tab-con on">{tab("1021", 7)}</ul><ul class="tab-con">{tab("1022", 7)}</ul><ul class="tab-con">{tab("1023", 5)}</ul>'
            '<a class="more" href="/ch/1020/">更多</a></div></div>\n'
            f'<img src="{divider}" width="1200" height="2" alt="">'
            f'<div class="w1200 zt"><a href="/ch/1030/"><img src="{zt1}" width="1200" height="100" alt="专题"></a>'
            f'<a href="/ch/1033/"><img src="{ztbanner}" width="1200" height="100" alt="专题"></a></div>\n'
            '<div class="w1200 idx2 clearfix"><div class="gk-box"><div class="tit">通知公告</div>'
            f'<ul>{tab("1031", 6)}</ul></div><div class="gk-box"><div class="tit">政策文件</div><ul>{tab("1032", 5)}</ul></div>'
            f'<div class="fw-box"><div class="tit">便民服务</div><ul class="fw-ico">{svc}</ul></div></div>\n' + p_foot())
    write("/", home)
    decoy("site.unreachable", P_SITE, "/", note="the portal answers")
    for img in ("qr_wx.png", "gongan.png", "jiucuo.png", "dzjg.png", "logo.png"):
        decoy("image.broken", P_SITE, "/", "/templates/sh2023/images/" + img, "footer/header badge, QR code or logo")
    decoy("link.broken", P_SITE, "/", "/fgj/", "department site link")
    decoy("link.broken", P_SITE, "/", "/qsz/", "township site link")
    decoy("column.blank_many", P_SITE, "/", note="one blank column")
    decoy("column.overdue_many", P_SITE, "/", note="two news and one policy column overdue: fewer than 5")


def hash_seed(s: str) -> int:
    return sum(ord(c) * (i + 1) for i, c in enumerate(s)) % 100000


# =============================================================================================
# Site 2: 松河县发展和改革局 (Django-made, Bootstrap 5 cards, clean URLs)
# =============================================================================================

F_SITE = "sh-fgj"
# key: (name, path, category, newest, n, style, configured, cat_in_config)
F_COLS = [
    ("about", "机构概况", "/fgj/about/", "other", None, 0, "single", True, True),
    ("gzdt", "工作动态", "/fgj/news/gzdt/", "news", ago(2), 12, "cards", True, True),
    ("xmjs", "项目建设", "/fgj/news/xmjs/", "news", ago(13), 5, "listgroup", True, True),
    ("jgjc", "价格监测", "/fgj/news/jgjc/", "news", date(2025, 8, 1), 5, "table", True, True),
    ("tzgg", "通知公告", "/fgj/info/tzgg/", "notice", ago(6), 5, "listgroup", True, False),
    ("zcwj", "政策文件", "/fgj/info/zcwj/", "policy", date(2025, 6, 12), 4, "table", True, True),
    ("rsxx", "人事信息", "/fgj/info/rsxx/", "personnel", date(2024, 5, 20), 3, "listgroup", True, True),
    ("ghjh", "规划计划", "/fgj/info/ghjh/", "plan", date(2025, 3, 2), 3, "table", True, True),
    ("gsgg", "公示公告", "/fgj/info/gsgg/", "other", ago(4), 4, "listgroup", False, False),
    ("czzj", "财政资金", "/fgj/info/czzj/", "other", None, 0, "blank-table", True, True),
    ("xzxk", "行政许可", "/fgj/info/xzxk/", "other", None, 0, "blank-ul", True, True),
    ("ssj", "双随机一公开", "/fgj/info/ssj/", "other", None, 0, "blank-card", True, True),
    ("jyta", "建议提案办理", "/fgj/info/jyta/", "other", None, 0, "blank-div", True, True),
    ("tjxx", "统计信息", "/fgj/info/tjxx/", "other", None, 0, "blank-search", True, True),
    ("xmsp", "项目审批", "/fgj/news/xmsp/", "news", None, 0, "missing", True, True),
]
F_ART: dict[str, list[tuple[str, str, date]]] = {}


def f_head(title: str) -> str:
    return ('<!doctype html>\n<html lang="zh-hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{esc(title)} | 松河县发展和改革局</title><link href="/fgj/static/css/bootstrap.min.css" rel="stylesheet">'
            '<link href="/fgj/static/css/site.css" rel="stylesheet"></head>\n<body class="bg-light">\n')


def f_nav(active: str = "") -> str:
    news = [c for c in F_COLS if c[2].startswith("/fgj/news/") and c[6] != "missing"]
    info = [c for c in F_COLS if c[2].startswith("/fgj/info/")]
    def item(c):
        return f'<li><a class="dropdown-item{" active" if c[0] == active else ""}" href="{c[2]}">{esc(c[1])}</a></li>'
    return ('<header class="bg-primary text-white py-3"><div class="container d-flex align-items-center">'
            '<a href="/fgj/"><img src="/fgj/static/img/logo-fgj.png" width="360" height="60" alt="松河县发展和改革局"></a>'
            '<a class="ms-auto text-white small" href="/">返回县政府门户</a></div></header>\n'
            '<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/fgj/">首页</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/fgj/about/">机构概况</a></li>'
            '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">发改动态</a>'
            f'<ul class="dropdown-menu">{"".join(item(c) for c in news)}</ul></li>'
            '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">信息公开</a>'
            f'<ul class="dropdown-menu">{"".join(item(c) for c in info)}</ul></li></ul></div></nav>\n')


def f_aside() -> str:
    rows = "".join(f'<li class="list-group-item px-2"><a href="{u}" class="text-truncate d-block">{esc(t)}</a>'
                   f'<small class="text-muted">{d.year}年{d.month}月{d.day}日</small></li>' for u, t, d in F_ART["gzdt"][:5])
    return (f'<aside class="col-lg-3"><div class="card mb-3"><div class="card-header">最新发布</div><ul class="list-group list-group-flush">{rows}</ul></div>'
            '<div class="card"><div class="card-body text-center"><img src="/fgj/static/img/qr-fgj.png" width="120" height="120" alt="公众号">'
            '<p class="small mb-0">松河发改公众号</p></div></div></aside>')


def f_foot() -> str:
    return ('<footer class="bg-dark text-white-50 py-4 mt-4"><div class="container small">'
            '<p>主办：松河县发展和改革局　地址：吉林省松河县人民大街1088号　电话：0439-5213301</p>'
            '<p>网站标识码：2206990012　吉ICP备05001234号-3</p></div></footer>\n'
            '<script src="/fgj/static/js/bootstrap.bundle.min.js"></script>\n</body></html>\n')


def f_page(title: str, crumb: str, main: str, active: str = "") -> str:
    return (f_head(title) + f_nav(active) + '<div class="container my-4"><nav aria-label="breadcrumb"><ol class="breadcrumb">'
            f'<li class="breadcrumb-item"><a href="/fgj/">首页</a></li>{crumb}</ol></nav><div class="row"><main class="col-lg-9">{main}</main>'
            + f_aside() + "</div></div>\n" + f_foot())


def build_fgj() -> None:
    write("/fgj/static/css/bootstrap.min.css", "/*! Bootstrap v5.3 stand-in */.container{max-width:1140px;margin:0 auto}.row{display:flex}\n")
    write("/fgj/static/css/site.css", ".card-img-top{object-fit:cover;height:180px}\n")
    write("/fgj/static/js/bootstrap.bundle.min.js", "/*! Bootstrap bundle stand-in */\n")
    banner("/fgj/static/img/logo-fgj.png", 360, 60, "松河县发展和改革局", 21)
    qr("/fgj/static/img/qr-fgj.png", 120, 22)
    aid = 1300
    keys = {"gzdt": "gzdt", "xmjs": "xmjs", "jgjc": "jgjc", "tzgg": "tzgg", "zcwj": "zcwj", "rsxx": "rsxx", "ghjh": "ghjh", "gsgg": "gsgg"}
    for key, name, path, cat, newest, n, style, conf, catconf in F_COLS:
        if not n:
            F_ART[key] = []
            continue
        ds = series(newest, n, 2 if cat == "news" else 19)
        ts = titles(keys[key], n, n)
        rows = []
        for t, d in zip(ts, ds):
            aid += 1
            rows.append((f"/fgj/article/{aid}/", t, d))
        F_ART[key] = rows
    forbidden = "/fgj/media/files/2025/jgjc-0901.xlsx"
    ROUTES[forbidden] = {"status": 403}
    bad_jpg = "/fgj/media/images/2025/09/xmjs-01.jpg"
    for key, name, path, cat, newest, n, style, conf, catconf in F_COLS:
        for i, (u, t, d) in enumerate(F_ART[key]):
            extra = ""
            if key == "jgjc" and i == 0:
                extra = f'<p>附件：<a href="{forbidden}">价格监测明细表.xlsx</a></p>'
                finding("link.broken", F_SITE, u, forbidden, "attachment answers 403", "definite")
            elif key == "xmjs" and i == 1:
                write(bad_jpg, f_head("404") .encode() + b"<h1>Not Found</h1></body></html>")
                extra = f'<figure class="figure"><img src="{bad_jpg}" class="figure-img img-fluid" width="720" height="480" alt=""></figure>'
                finding("image.broken", F_SITE, u, bad_jpg, "an HTML page served as .jpg (undecodable)")
            elif key in ("zcwj", "ghjh", "tzgg") and i < 2:
                att = f"/fgj/media/files/{d.year}/{key}-{d:%m%d}.pdf"
                write(att, b"%PDF-1.4 stand-in\n%%EOF\n")
                extra = f'<p>附件：<a href="{att}">{esc(t)}.pdf</a></p>'
                decoy("link.broken", F_SITE, u, att, "attachment exists")
            elif key == "gzdt" and i < 6:
                img = f"/fgj/media/images/{d:%Y/%m}/gzdt-{i + 1:02d}.jpg"
                photo(img, 720, 480, hash_seed(img), "day")
                extra = f'<figure class="figure"><img src="{img}" class="figure-img img-fluid" width="720" height="480" alt=""></figure>'
                decoy("image.broken", F_SITE, u, img, "photo with detail")
            meta = f'<div class="text-muted small border-bottom pb-2 mb-3">发布时间：{d:%Y-%m-%d}　来源：县发展和改革局　阅读：{40 + i * 3}</div>'
            write(u, f_page(t, f'<li class="breadcrumb-item"><a href="{path}">{esc(name)}</a></li><li class="breadcrumb-item active">正文</li>',
                            f'<article class="card card-body"><h3 class="text-center">{esc(t)}</h3>{meta}<div class="article-body">{para(hash_seed(u), 3)}{extra}</div></article>'))
    art = F_ART["gzdt"][7][0]
    ROUTES[art] = {"delay_ms": 900}
    DELAYS.append({"url_path": art, "ms": 900})
    decoy("site.slow", F_SITE, art, note="900 ms")

    nopic = "/fgj/media/images/nopic-card.png"
    whitebox = "/fgj/media/images/jgzn-chart.png"
    for key, name, path, cat, newest, n, style, conf, catconf in F_COLS:
        rows = F_ART[key]
        head = f'<h4 class="border-start border-4 border-primary ps-2 mb-3">{esc(name)}</h4>'
        crumb = f'<li class="breadcrumb-item active">{esc(name)}</li>'
        if style == "missing":
            finding("column.missing", F_SITE, path, name, "configured, answers 404, linked from nowhere")
            decoy("column.blank", F_SITE, path, name, "missing, not blank")
            decoy("column.overdue", F_SITE, path, name, "missing, not overdue")
            continue
        if style == "single":
            flat(whitebox, 640, 420, (255, 255, 255))
            finding("image.broken", F_SITE, path, whitebox, "a flat white box where the 机构设置图 should be")
            main = (head + '<div class="card card-body"><p>松河县发展和改革局是县政府工作部门，为正科级。主要职责：拟订并组织实施全县国民经济和社会发展战略、中长期规划和年度计划……</p>'
                    '<p>内设机构：办公室、规划科、投资科、价格科、粮食和物资储备科。</p>'
                    f'<p><img src="{whitebox}" width="640" height="420" alt="机构设置图"></p>'
                    '<p>在线服务：<a href="/fgj/service/xmcx/">投资项目在线查询</a></p></div>')
            ROUTES["/fgj/service/xmcx/"] = {"status": 410}
            finding("link.broken", F_SITE, path, "/fgj/service/xmcx/", "retired service answers 410", "definite")
            decoy("column.blank", F_SITE, path, name, "single page")
            decoy("column.overdue", F_SITE, path, name, "single page")
            write(path, f_page(name, crumb, main))
            continue
        if style.startswith("blank"):
            body = {
                "blank-table": '<table class="table table-striped"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody></tbody></table>',
                "blank-ul": '<ul class="list-group"><li class="list-group-item text-center text-muted">暂无信息</li></ul>',
                "blank-card": '<div class="card"><div class="card-body text-center text-muted py-5"><i class="bi bi-inbox"></i><p>暂无数据</p></div></div>',
                "blank-div": '<div class="row row-cols-1 row-cols-md-2 g-3 post-list"></div>',
                "blank-search": '<div class="alert alert-secondary">没有找到相关记录。</div>',
            }[style]
            finding("column.blank", F_SITE, path, name, style)
            decoy("column.overdue", F_SITE, path, name, "blank, not overdue")
            write(path, f_page(name, crumb, head + body, key))
            continue
        chunks = [rows[:8], rows[8:]] if len(rows) > 8 else [rows]
        for pi, chunk in enumerate(chunks):
            p = path if pi == 0 else f"{path}page/{pi + 1}/"
            if style == "cards":
                cells = ""
                for j, (u, t, d) in enumerate(chunk):
                    if pi == 0 and j == 2:
                        im = nopic
                        placeholder(nopic, 400, 260, "暂无图片")
                        finding("image.broken", F_SITE, p, nopic, "占位图: 暂无图片 drawn in a card")
                    else:
                        im = f"/fgj/media/images/{d:%Y/%m}/gzdt-{rows.index((u, t, d)) + 1:02d}.jpg"
                        if not (SITE / im.lstrip("/")).exists():
                            photo(im, 720, 480, hash_seed(im), "day")
                        decoy("image.broken", F_SITE, p, im, "card picture with detail")
                    cells += (f'<div class="col"><div class="card h-100"><img src="{im}" class="card-img-top" width="400" height="260" alt="">'
                              f'<div class="card-body"><h5 class="card-title"><a href="{u}" class="stretched-link">{esc(t)}</a></h5>'
                              f'<p class="card-text"><small class="text-muted">发布于 {d.year}年{d.month}月{d.day}日</small></p></div></div></div>')
                lst = f'<div class="row row-cols-1 row-cols-md-2 g-3 post-list">{cells}</div>'
            elif style == "listgroup":
                lst = '<div class="list-group">' + "".join(
                    f'<a href="{u}" class="list-group-item list-group-item-action d-flex justify-content-between"><span>{esc(t)}</span>'
                    f'<small class="text-muted">{d:%Y-%m-%d}</small></a>' for u, t, d in chunk) + "</div>"
            else:
                lst = ('<table class="table table-hover"><thead><tr><th style="width:70%">标题</th><th>发布日期</th></tr></thead><tbody>'
                       + "".join(f'<tr><td><a href="{u}">{esc(t)}</a></td><td>{d:%Y/%m/%d}</td></tr>' for u, t, d in chunk) + "</tbody></table>")
            extra = ""
            if key == "zcwj":
                extra = '<p class="small mt-3">申报系统：<a href="/fgj/api/sbxt.jsp">企业投资项目申报系统</a></p>'
                ROUTES["/fgj/api/sbxt.jsp"] = {"reset": True}
                finding("link.broken", F_SITE, p, "/fgj/api/sbxt.jsp", "connection reset every time", "suspect")
            pager = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="page-item{" active" if k == pi else ""}"><a class="page-link" href="{path if k == 0 else f"{path}page/{k + 1}/"}">{k + 1}</a></li>'
                              for k in range(len(chunks)))
                pager = f'<nav><ul class="pagination justify-content-center mt-3">{lis}</ul></nav>'
            write(p, f_page(name, crumb, head + lst + extra + pager, key))
        v = verdict(cat, newest)
        if v == "overdue":
            finding("column.overdue", F_SITE, path, name, f"{cat}, newest {newest}")
        elif v == "due_soon":
            finding("column.due_soon", F_SITE, path, name, f"news, newest {newest} (13 days)")
        else:
            decoy("column.overdue", F_SITE, path, name, f"{cat}, newest {newest}: within its limit")
            decoy("column.due_soon", F_SITE, path, name, f"{cat}, newest {newest}")
        decoy("column.blank", F_SITE, path, name, "has entries")
        if conf:
            decoy("column.missing", F_SITE, path, name, "configured and present")
            decoy("column.unmonitored", F_SITE, path, name, "configured")
        else:
            finding("column.unmonitored", F_SITE, path, name, "in the 信息公开 menu, not in the config")
    ROUTES["/fgj/info/tzgg/"] = {"delay_ms": 4200}
    DELAYS.append({"url_path": "/fgj/info/tzgg/", "ms": 4200})
    finding("site.slow", F_SITE, "/fgj/info/tzgg/", note="column page answers after 4200 ms")
    finding("column.blank_many", F_SITE, "/fgj/", note="5 blank columns")
    decoy("column.overdue_many", F_SITE, "/fgj/", note="one news column overdue")

    # homepage
    hb = "/fgj/media/images/banner-home.jpg"
    photo(hb, 1140, 260, 31, "day")
    decoy("image.broken", F_SITE, "/fgj/", hb, "banner with detail")
    tiles = ""
    for i, (nm, g) in enumerate([("项目库", "项"), ("价格", "价"), ("粮食", "粮"), ("能源", "能")]):
        ic = f"/fgj/static/img/tile-{i + 1}.png"
        icon(ic, 64, 300 + i, g)
        decoy("image.broken", F_SITE, "/fgj/", ic, "tile icon")
        tiles += f'<div class="col-3 text-center"><a href="/fgj/news/xmjs/"><img src="{ic}" width="64" height="64" alt=""><p>{nm}</p></a></div>'

    def block(key: str, title: str, path: str) -> str:
        lis = "".join(f'<li class="list-group-item d-flex justify-content-between"><a href="{u}">{esc(t)}</a><span>{d:%m-%d}</span></li>'
                      for u, t, d in F_ART[key][:5])
        return (f'<div class="col-md-6 mb-3"><div class="card"><div class="card-header d-flex justify-content-between">{title}'
                f'<a href="{path}" class="small">更多</a></div><ul class="list-group list-group-flush">{lis}</ul></div></div>')
    main = (f'<div class="mb-3"><img src="{hb}" class="img-fluid" width="1140" height="260" alt=""></div>'
            f'<div class="row">{block("gzdt", "工作动态", "/fgj/news/gzdt/")}{block("tzgg", "通知公告", "/fgj/info/tzgg/")}'
            f'{block("zcwj", "政策文件", "/fgj/info/zcwj/")}{block("gsgg", "公示公告", "/fgj/info/gsgg/")}</div><div class="row my-3">{tiles}</div>')
    write("/fgj/", f_head("首页") + f_nav() + f'<div class="container my-4">{main}</div>\n' + f_foot())
    decoy("site.unreachable", F_SITE, "/fgj/", note="answers")


# =============================================================================================
# Site 3: 青石镇人民政府 (易优CMS / ThinkPHP township)
# =============================================================================================

Q_SITE = "sh-qsz"
# tid: (name, key, category, newest, n, style, configured, nav)
Q_COLS = {
    10: ("镇情概况", None, "other", None, 0, "single", True),
    11: ("镇务动态", "zwdt", "news", ago(3), 10, "timeleft", True),
    12: ("党建工作", "djgz", "news", date(2025, 8, 28), 4, "timeleft", True),
    13: ("乡村振兴", "xczx", "news", date(2025, 8, 15), 4, "pic", True),
    14: ("平安建设", "pajs", "news", date(2025, 7, 9), 3, "timeright", True),
    15: ("社会事业", "shsy", "news", date(2025, 6, 20), 3, "timeright", True),
    16: ("环境整治", "hjzz", "news", date(2025, 9, 1), 3, "timeleft", True),
    17: ("通知公告", "tzgg", "notice", ago(8), 4, "timeright", True),
    18: ("规划计划", "ghjh", "plan", date(2024, 3, 12), 2, "timeright", True),
    19: ("项目公示", None, "other", None, 0, "missing", True),
    20: ("财务公开", None, "other", None, 0, "blank", True),
    21: ("便民服务", "gsgg", "other", date(2025, 5, 6), 2, "timeright", False),
    22: ("村务公开", "czyjs", "other", date(2025, 9, 10), 2, "timeleft", False),
}
Q_ART: dict[int, list[tuple[str, str, date]]] = {}


def q_head(title: str) -> str:
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="renderer" content="webkit">'
            f'<title>{esc(title)}-青石镇人民政府</title><meta name="generator" content="EyouCms">'
            '<link rel="stylesheet" href="/qsz/template/pc/skin/css/style.css"></head>\n<body>\n')


def q_nav() -> str:
    lis = '<li><a href="/qsz/">网站首页</a></li>' + "".join(
        f'<li><a href="/qsz/lists/{t}.html">{esc(c[0])}</a></li>' for t, c in Q_COLS.items() if c[5] != "missing")
    return ('<div class="head"><div class="wrap"><img src="/qsz/template/pc/skin/images/logo.png" width="400" height="70" alt="青石镇人民政府">'
            '<a class="back" href="/">松河县人民政府</a></div></div>\n'
            f'<div class="nav"><div class="wrap"><ul id="nav">{lis}</ul></div></div>\n')


def q_foot() -> str:
    return ('<div class="foot"><div class="wrap"><p>青石镇人民政府 主办　地址：松河县青石镇新华街18号　电话：0439-5610012</p>'
            '<p><img src="/qsz/template/pc/skin/images/qr.png" width="80" height="80" alt="扫码关注"></p></div></div>\n'
            '<script src="/qsz/template/pc/skin/js/jquery.min.js"></script>\n</body></html>\n')


def q_right() -> str:
    lis = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d:%m-%d}</span></li>' for u, t, d in Q_ART[11][:6])
    return ('<div class="right"><div class="rbox"><h3>最新动态</h3><ul>' + lis + '</ul></div>'
            '<div class="rbox"><h3>联系我们</h3><p><img src="/qsz/template/pc/skin/images/ico_tel.png" width="16" height="16" alt=""> 0439-5610012</p></div></div>')


def build_qsz() -> None:
    write("/qsz/template/pc/skin/css/style.css", ".wrap{width:1100px;margin:0 auto}.left{float:left;width:780px}.right{float:right;width:290px}\n")
    write("/qsz/template/pc/skin/js/jquery.min.js", "/*! jQuery stand-in */\n")
    banner("/qsz/template/pc/skin/images/logo.png", 400, 70, "青石镇人民政府", 41)
    qr("/qsz/template/pc/skin/images/qr.png", 80, 42)
    icon("/qsz/template/pc/skin/images/ico_tel.png", 16, 43)
    aid = 330
    for tid, (name, key, cat, newest, n, style, conf) in Q_COLS.items():
        if not n:
            Q_ART[tid] = []
            continue
        ds = series(newest, n, 3 if cat == "news" else 23)
        rows = []
        for t, d in zip(titles(key, n, tid), ds):
            aid += 1
            rows.append((f"/qsz/view/{aid}.html", t, d))
        Q_ART[tid] = rows
    dead_doc = "/qsz/uploads/soft/20250912/zhaopin-baomingbiao.doc"
    ph = "/qsz/uploads/allimg/20250916/1-250916164530.jpg"
    slow = None
    for tid, rows in Q_ART.items():
        name, key, cat, newest, n, style, conf = Q_COLS[tid]
        for i, (u, t, d) in enumerate(rows):
            extra = ""
            if tid == 17 and i == 0:
                extra = f'<p>附件：<a href="{dead_doc}">报名表.doc</a></p>'
                finding("link.broken", Q_SITE, u, dead_doc, "attachment answers 404", "definite")
            elif tid == 11 and i == 2:
                placeholder(ph, 600, 400, "图片加载失败")
                extra = f'<p align="center"><img src="{ph}" width="600" height="400"></p>'
                finding("image.broken", Q_SITE, u, ph, "占位图: 图片加载失败 in an article")
            elif tid == 11 and i == 4:
                slow = u
            elif tid == 13:
                img = f"/qsz/uploads/allimg/{d:%Y%m%d}/2-{d:%y%m%d}{i}.jpg"
                photo(img, 640, 426, hash_seed(img), "day")
                extra = f'<p align="center"><img src="{img}" width="640" height="426"></p>'
                decoy("image.broken", Q_SITE, u, img, "photo with detail")
            write(u, q_head(t) + q_nav() + '<div class="wrap main clearfix"><div class="left"><div class="pos">您的位置：<a href="/qsz/">首页</a> &gt; '
                  f'<a href="/qsz/lists/{tid}.html">{esc(name)}</a> &gt; 正文</div><div class="article"><h1>{esc(t)}</h1>'
                  f'<div class="arc-info">时间：{d.year}-{d.month}-{d.day}　来源：青石镇人民政府　点击：<script src="/qsz/template/pc/skin/js/jquery.min.js"></script></div>'
                  f'<div class="arc-body">{para(hash_seed(u), 3)}{extra}</div></div></div>{q_right()}</div>\n' + q_foot())
    ROUTES[slow] = {"delay_ms": 3300}
    DELAYS.append({"url_path": slow, "ms": 3300})
    finding("site.slow", Q_SITE, slow, note="article answers after 3300 ms")

    bluebox = "/qsz/uploads/allimg/zqgk_ditu.jpg"
    for tid, (name, key, cat, newest, n, style, conf) in Q_COLS.items():
        path = f"/qsz/lists/{tid}.html"
        rows = Q_ART[tid]
        if style == "missing":
            finding("column.missing", Q_SITE, path, name, "configured, answers 404, linked from nowhere")
            decoy("column.blank", Q_SITE, path, name, "missing, not blank")
            continue
        if style == "single":
            flat(bluebox, 700, 450, (52, 120, 200))
            finding("image.broken", Q_SITE, path, bluebox, "a flat blue box where the map should be")
            main = (f'<div class="pos">您的位置：<a href="/qsz/">首页</a> &gt; {name}</div><div class="about"><h2>{name}</h2>'
                    '<p>青石镇位于松河县西北部，距县城28公里，1958年建人民公社，1984年改乡，2001年撤乡设镇。辖12个行政村，总面积286平方公里。</p>'
                    f'<p><img src="{bluebox}" width="700" height="450" alt="青石镇区位图"></p><p>2022年全镇粮食总产量4.1万吨。</p></div>')
            decoy("column.blank", Q_SITE, path, name, "single page")
            decoy("column.overdue", Q_SITE, path, name, "single page with old years")
            write(path, q_head(name) + q_nav() + f'<div class="wrap main clearfix"><div class="left">{main}</div>{q_right()}</div>\n' + q_foot())
            continue
        if style == "blank":
            lst = '<ul class="list"></ul><div class="nodata">暂无内容！</div>'
            finding("column.blank", Q_SITE, path, name, "易优 empty list 暂无内容")
            decoy("column.overdue", Q_SITE, path, name, "blank, not overdue")
            chunks = [[]]
        else:
            chunks = [rows[:8], rows[8:]] if len(rows) > 8 else [rows]
        for pi, chunk in enumerate(chunks):
            p = path if pi == 0 else f"/qsz/lists/{tid}_{pi + 1}.html"
            if style == "timeleft":
                lst = '<ul class="list">' + "".join(f'<li><span class="time">{d:%Y-%m-%d}</span><a href="{u}">{esc(t)}</a></li>' for u, t, d in chunk) + "</ul>"
            elif style == "timeright":
                lst = '<ul class="list list2">' + "".join(f'<li><a href="{u}">{esc(t)}</a><em>{d.year}年{d.month}月{d.day}日</em></li>' for u, t, d in chunk) + "</ul>"
            elif style == "pic":
                items = ""
                for j, (u, t, d) in enumerate(chunk):
                    th = f"/qsz/uploads/allimg/{d:%Y%m%d}/thumb_{tid}{j}.jpg"
                    photo(th, 220, 150, hash_seed(th), "day")
                    decoy("image.broken", Q_SITE, p, th, "lazy thumbnail with a 1×1 placeholder src")
                    items += (f'<li><a href="{u}" class="pic"><img src="/qsz/template/pc/skin/images/loading.gif" data-original="{th}" '
                              f'width="220" height="150" class="lazy"></a><div class="txt"><a href="{u}">{esc(t)}</a><p>{d:%Y-%m-%d}</p></div></li>')
                lst = f'<ul class="piclist">{items}</ul>'
            pager = ""
            if len(chunks) > 1:
                pager = ('<div class="pages"><ul>' + "".join(f'<li><a href="{path if k == 0 else f"/qsz/lists/{tid}_{k + 1}.html"}">{k + 1}</a></li>' for k in range(len(chunks)))
                         + f'<li><a href="/qsz/lists/{tid}_2.html">下一页</a></li></ul></div>')
            write(p, q_head(name) + q_nav() + '<div class="wrap main clearfix"><div class="left"><div class="pos">您的位置：<a href="/qsz/">首页</a> &gt; '
                  f'{name}</div><div class="lm-tit">{name}</div>{lst}{pager}</div>{q_right()}</div>\n' + q_foot())
        if style == "blank":
            continue
        v = verdict(cat, newest)
        if v == "overdue":
            finding("column.overdue", Q_SITE, path, name, f"{cat}, newest {newest}")
        else:
            decoy("column.overdue", Q_SITE, path, name, f"{cat}, newest {newest}: within its limit")
            decoy("column.due_soon", Q_SITE, path, name, f"{cat}, newest {newest}")
        decoy("column.blank", Q_SITE, path, name, "has entries")
        if conf:
            decoy("column.unmonitored", Q_SITE, path, name, "configured")
            decoy("column.missing", Q_SITE, path, name, "configured and present")
        else:
            finding("column.unmonitored", Q_SITE, path, name, "in the nav, not in the config")
    Image.new("RGB", (1, 1), (240, 240, 240)).save(SITE / "qsz/template/pc/skin/images/loading.gif", "GIF")
    finding("column.overdue_many", Q_SITE, "/qsz/", note="5 news columns over 14 days")
    decoy("image.broken", Q_SITE, "/qsz/lists/13.html", "/qsz/template/pc/skin/images/loading.gif", "1×1 lazy-load placeholder")
    decoy("image.broken", Q_SITE, "/qsz/", "/qsz/template/pc/skin/images/qr.png", "QR code")
    decoy("image.broken", Q_SITE, "/qsz/lists/11.html", "/qsz/template/pc/skin/images/ico_tel.png", "16 px icon")
    decoy("link.broken", Q_SITE, "/qsz/", "/", "back to the portal")

    # homepage
    ad = "/qsz/template/pc/skin/images/ad_zwfw.png"
    finding("image.broken", Q_SITE, "/qsz/", ad, "政务服务 advert answers 404")
    ROUTES["/qsz/plus/vote.php"] = {"status": 500}
    finding("link.broken", Q_SITE, "/qsz/", "/qsz/plus/vote.php", "投票 answers 500 every time", "suspect")
    hb = "/qsz/uploads/allimg/banner_qsz.jpg"
    photo(hb, 1100, 300, 51, "day")
    decoy("image.broken", Q_SITE, "/qsz/", hb, "banner")

    def blk(tid: int) -> str:
        return (f'<div class="ibox"><h3><a href="/qsz/lists/{tid}.html">{Q_COLS[tid][0]}</a></h3><ul>'
                + "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d:%m-%d}</span></li>' for u, t, d in Q_ART[tid][:5]) + "</ul></div>")
    write("/qsz/", q_head("首页") + q_nav() + f'<div class="wrap"><img src="{hb}" width="1100" height="300" alt=""></div>'
          f'<div class="wrap clearfix">{blk(11)}{blk(17)}{blk(12)}{blk(22)}</div>'
          f'<div class="wrap"><a href="/qsz/lists/21.html"><img src="{ad}" width="1100" height="90" alt="政务服务"></a>'
          '<p class="vote"><a href="/qsz/plus/vote.php">群众满意度调查</a></p></div>\n' + q_foot())
    decoy("site.unreachable", Q_SITE, "/qsz/", note="answers")
    decoy("column.blank_many", Q_SITE, "/qsz/", note="one blank column")


# =============================================================================================


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_portal()
    build_fgj()
    build_qsz()
    # the unreachable department
    ROUTES["/yjj/*"] = {"reset": True}
    write("/yjj/", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>松河县应急管理局</title></head><body><p>松河县应急管理局</p></body></html>\n")
    finding("site.unreachable", "sh-yjj", "/yjj/", note="connection reset every time")

    # config
    def colrow(name, url, cat):
        c = f"{{name: {name}, url: \"{url}\"" + (f", category: {cat}" if cat else "") + "}"
        return "      - " + c
    fg = []
    for key, name, path, cat, newest, n, style, conf, catconf in F_COLS:
        if not conf:
            continue
        url = "{base}" + path.lstrip("/") if key == "zcwj" else path
        fg.append(colrow(name, url, cat if catconf else None))
    qs = [colrow(c[0], f"/qsz/lists/{t}.html", c[2] if t != 17 else None) for t, c in Q_COLS.items() if c[6]]
    cfg = ("# The engine-9 holdout's config ({base} is the server's root URL). Generated by generate.py.\n"
           "defaults:\n  timeout_s: 15\n  slow_ms: 3000\nsites:\n"
           "  - id: songhe\n    name: 松河县人民政府\n    url: \"{base}\"\n"
           "  - id: sh-fgj\n    name: 松河县发展和改革局\n    owner: 松河县发展和改革局\n    url: \"{base}fgj/\"\n    columns:\n" + "\n".join(fg) + "\n"
           "  - id: sh-qsz\n    name: 松河县青石镇人民政府\n    url: \"{base}qsz/\"\n    columns:\n" + "\n".join(qs) + "\n"
           "  - id: sh-yjj\n    name: 松河县应急管理局\n    url: \"{base}yjj/\"\n")
    (HERE / "sites.yaml").write_text(cfg, encoding="utf-8")
    (HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n"
                                      + yaml.safe_dump({"routes": dict(sorted(ROUTES.items()))}, allow_unicode=True, sort_keys=False),
                                      encoding="utf-8")
    # decoys must not coincide with a planted finding
    planted = {(f["site"], f["rule"], f["url_path"], f.get("target")) for f in FINDINGS}
    clean = [d for d in DECOYS if (d["site"], d["rule"], d["url_path"], d.get("target")) not in planted]
    assert len(clean) == len(DECOYS), [d for d in DECOYS if d not in clean]
    exp = {"as_of": AS_OF.isoformat(), "findings": FINDINGS, "delays": DELAYS, "decoys": DECOYS}
    (HERE / "expected.yaml").write_text("# Planted problems of the engine-9 holdout (generated by generate.py).\n"
                                        + yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    counts: dict[str, int] = {}
    for f in FINDINGS:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    print(f"{PAGES} HTML pages; {len(FINDINGS)} findings; {len(DECOYS)} decoys")
    for k, v in counts.items():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()

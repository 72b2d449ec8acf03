"""Generate the engine-7 holdout: 湟川县 (invented, 青海省), as of 2024-11-20.

Writes site/, server.yaml, sites.yaml and expected.yaml next to this file, deterministically.

    .venv/bin/python benchmarks/holdout_engine7/generate.py

Sites (one local server):
  huangchuan   湟川县人民政府        SiteServer CMS (.NET) portal: /channels/{id}.html, /contents/{id}/{n}.html
  hc-fgj       湟川县发展和改革局    动易 PowerEasy SiteFactory department site: /fgj/Category_{n}/, /fgj/Item/{n}.html
  hc-xkz       湟川县峡口镇人民政府  township on a WordPress theme with a mega-menu: /xkz/category/{slug}/, /xkz/archives/{n}.html
  hc-zwfw      湟川县政务服务中心    the homepage resets the connection
"""

from __future__ import annotations

import html
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 11, 20)
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
R = random.Random(20241120)

FINDINGS: list[dict] = []
DECOYS: list[dict] = []
ROUTES: dict[str, dict] = {}
DELAYS: list[dict] = []


def D(s: str) -> date:
    return date.fromisoformat(s)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def write(path: str, data: str | bytes) -> None:
    p = SITE / path.lstrip("/")
    if path.endswith("/"):
        p = p / "index.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)


def plant(rule: str, site: str, url_path: str, note: str, target: str | None = None, certainty: str | None = None) -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    FINDINGS.append(e)


def decoy(rule: str, site: str, url_path: str, note: str, target: str | None = None, certainty: str | None = None) -> None:
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    DECOYS.append(e)


# =============================================================================================
# Verdicts (contract.md thresholds), refusing boundary-ambiguous dates
# =============================================================================================


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def verdict(category: str, newest: date | None) -> str:
    """'blank', 'fresh', 'due_soon', 'overdue' or 'none' (category other)."""
    if newest is None:
        return "blank"
    if category == "other":
        return "none"
    age = (AS_OF - newest).days
    if category == "news":
        if age <= 9:
            return "fresh"
        if age == 13:
            return "due_soon"
        if age >= 18:
            return "overdue"
        raise ValueError(f"ambiguous news age {age}")
    months = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}[category]
    limit = add_months(AS_OF, -months)  # newest before this is overdue
    if newest < limit - timedelta(days=20):
        return "overdue"
    if newest > limit + timedelta(days=20):
        return "fresh"
    raise ValueError(f"ambiguous {category} date {newest}")


# =============================================================================================
# Pictures
# =============================================================================================


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size)


def save(img: Image.Image, path: str) -> None:
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    ext = p.suffix.lower()
    if ext == ".jpg":
        img.convert("RGB").save(p, "JPEG", quality=82)
    elif ext == ".gif":
        img.save(p, "GIF")
    else:
        img.save(p, "PNG")


def photo(path: str, w: int, h: int, seed: int, mood: str = "day") -> None:
    """A landscape-ish picture with detail: sky, hills, buildings, noise."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    if mood == "day":
        top, bottom = (rnd.randint(90, 140), rnd.randint(150, 190), 235), (220, 230, 240)
    elif mood == "night":
        top, bottom = (8, 10, 30), (30, 30, 60)
    else:  # grey
        g = rnd.randint(120, 150)
        top, bottom = (g, g, g), (g + 40, g + 40, g + 40)
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3)))
    for _ in range(4):
        x0 = rnd.randint(-w // 3, w)
        base = rnd.randint(h // 2, h)
        col = (rnd.randint(40, 90), rnd.randint(90, 140), rnd.randint(40, 80)) if mood == "day" else (
            (20, 20, 35) if mood == "night" else (rnd.randint(60, 110),) * 3)
        d.polygon([(x0, h), (x0 + w // 2, base - rnd.randint(h // 6, h // 2)), (x0 + w, h)], fill=col)
    for _ in range(rnd.randint(5, 12)):
        bw, bh = rnd.randint(w // 20 + 2, w // 8 + 3), rnd.randint(h // 8 + 2, h // 3 + 3)
        x = rnd.randint(0, max(1, w - bw))
        col = (rnd.randint(150, 230),) * 3 if mood != "night" else (40, 40, 55)
        d.rectangle([x, h - bh, x + bw, h], fill=col)
        for wy in range(h - bh + 4, h - 4, 7):
            for wx in range(x + 3, x + bw - 3, 6):
                if mood == "night":
                    lit = (250, 220, 120) if rnd.random() < 0.4 else (30, 30, 40)
                else:
                    lit = (90, 110, 140) if mood == "day" else (95, 95, 95)
                d.rectangle([wx, wy, wx + 2, wy + 3], fill=lit)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(w * h // 25):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r, g, b = px[x, y]
        n = rnd.randint(-18, 18)
        px[x, y] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    if mood == "grey":
        img = img.convert("L")
    save(img, path)


def portrait(path: str, seed: int) -> None:
    rnd = random.Random(seed)
    w, h = 150, 200
    img = Image.new("RGB", (w, h), (70 + rnd.randint(0, 20), 110, 170))
    d = ImageDraw.Draw(img)
    for y in range(h):
        d.line([(0, y), (w, y)], fill=(60 + y // 5, 100 + y // 6, 160 + y // 8))
    d.ellipse([45, 35, 105, 105], fill=(228, 190, 160))
    d.rectangle([50, 30, 100, 55], fill=(25, 25, 25))
    d.polygon([(20, 200), (40, 125), (110, 125), (130, 200)], fill=(30, 35, 50))
    d.polygon([(65, 125), (75, 160), (85, 125)], fill=(240, 240, 240))
    d.line([(75, 130), (75, 170)], fill=(160, 20, 30), width=4)
    save(img, path)


def placeholder(path: str, w: int, h: int, text: str) -> None:
    img = Image.new("RGB", (w, h), (238, 238, 238))
    d = ImageDraw.Draw(img)
    f = font(max(14, h // 9))
    cx, cy = w // 2, h // 2 - h // 10
    s = min(w, h) // 6
    d.rectangle([cx - s, cy - s, cx + s, cy + s * 3 // 4], outline=(190, 190, 190), width=3)
    d.ellipse([cx - s // 2, cy - s // 2, cx - s // 5, cy - s // 5], fill=(200, 200, 200))
    d.polygon([(cx - s + 4, cy + s * 3 // 4 - 3), (cx - s // 4, cy), (cx + s - 4, cy + s * 3 // 4 - 3)], fill=(205, 205, 205))
    tw = d.textlength(text, font=f)
    d.text((cx - tw / 2, cy + s + 8), text, font=f, fill=(160, 160, 160))
    save(img, path)


def flat(path: str, w: int, h: int, colour: tuple[int, int, int]) -> None:
    save(Image.new("RGB", (w, h), colour), path)


def banner(path: str, w: int, h: int, text: str, colours: tuple, seed: int) -> None:
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    a, b = colours
    for x in range(w):
        t = x / max(1, w - 1)
        d.line([(x, 0), (x, h)], fill=tuple(int(a[i] * (1 - t) + b[i] * t) for i in range(3)))
    for _ in range(12):
        r = rnd.randint(h // 6, h)
        x, y = rnd.randint(0, w), rnd.randint(0, h)
        d.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=1)
    f = font(int(h * 0.42))
    d.text((int(h * 0.3), int(h * 0.22)), text, font=f, fill=(255, 255, 255))
    save(img, path)


def icon(path: str, size: int, colour: tuple, glyph: str | None = None) -> None:
    img = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse([1, 1, size - 2, size - 2], fill=colour)
    if glyph:
        f = font(int(size * 0.55))
        tw = d.textlength(glyph, font=f)
        d.text(((size - tw) / 2, size * 0.12), glyph, font=f, fill=(255, 255, 255))
    else:
        d.rectangle([size // 3, size // 3, size * 2 // 3, size * 2 // 3], fill=(255, 255, 255))
    save(img, path)


def qrcode(path: str, seed: int) -> None:
    rnd = random.Random(seed)
    n, cell = 29, 4
    img = Image.new("RGB", (n * cell + 16, n * cell + 16), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.5:
                d.rectangle([8 + x * cell, 8 + y * cell, 8 + x * cell + cell - 1, 8 + y * cell + cell - 1], fill=(0, 0, 0))
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([8 + ox * cell, 8 + oy * cell, 8 + (ox + 7) * cell - 1, 8 + (oy + 7) * cell - 1], fill=(0, 0, 0))
        d.rectangle([8 + (ox + 1) * cell, 8 + (oy + 1) * cell, 8 + (ox + 6) * cell - 1, 8 + (oy + 6) * cell - 1], fill=(255, 255, 255))
        d.rectangle([8 + (ox + 2) * cell, 8 + (oy + 2) * cell, 8 + (ox + 5) * cell - 1, 8 + (oy + 5) * cell - 1], fill=(0, 0, 0))
    save(img, path)


def spacer(path: str, w: int = 1, h: int = 1) -> None:
    save(Image.new("P", (w, h), 0), path)


def attachment(path: str, kind: str) -> None:
    heads = {
        "pdf": b"%PDF-1.4\n% stand-in attachment\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
        "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
        "docx": b"PK\x03\x04" + b"\x00" * 60,
    }
    write(path, heads[kind])


# =============================================================================================
# Text
# =============================================================================================

TOWNS = ["峡口镇", "河阴镇", "塔尔镇", "上庄乡", "新源镇", "马营乡", "东沟乡", "拉脊乡"]
UNITS = ["县发展和改革局", "县农业农村局", "县自然资源局", "县住房和城乡建设局", "县卫生健康局", "县教育局", "县民政局", "县生态环境局"]
NEWS_T = [
    "{t}召开{k}工作推进会", "{u}开展{k}专项督查", "县委常委会议研究部署{k}工作", "{t}扎实推进{k}",
    "县政府召开第{n}次常务会议", "{u}深入{t}调研{k}工作", "全县{k}现场观摩会在{t}召开", "{t}举办{k}培训班",
    "{u}组织开展{k}宣传活动", "湟川县{k}工作取得阶段性成效", "{t}多措并举抓好{k}", "{u}召开{k}专题会议",
]
KEYS = ["高原特色农牧业", "秋冬季森林草原防火", "乡村振兴", "安全生产", "河湖长制", "营商环境优化", "民族团结进步创建",
        "冬春农田水利建设", "根治欠薪", "生态环境保护", "文明城市创建", "牦牛藏羊产业", "防汛抗旱", "就业创业"]
NOTICE_T = ["关于{k}有关事项的通知", "关于做好{k}工作的通知", "关于开展{k}检查的公告", "关于{k}的公示",
            "湟川县{k}工作实施方案", "关于征集{k}意见建议的公告", "关于调整{k}的通告"]
POLICY_T = ["湟川县人民政府关于印发{k}实施意见的通知", "湟川县人民政府办公室关于{k}的实施方案", "湟川县{k}管理办法",
            "关于进一步加强{k}工作的意见"]
PERSON_T = ["湟川县人民政府关于{n}名同志职务任免的通知", "湟川县{y}年公开招聘事业单位工作人员拟聘用人员公示",
            "湟川县{y}年公益性岗位招聘公告", "关于{u}干部任前公示"]
PLAN_T = ["湟川县{y}年国民经济和社会发展计划", "湟川县“十四五”{k}专项规划", "湟川县{y}年{k}工作计划", "湟川县{k}发展规划（2021-2025年）"]


def title(kind: str, seed: int, d: date) -> str:
    rnd = random.Random(seed)
    pool = {"news": NEWS_T, "notice": NOTICE_T, "policy": POLICY_T, "personnel": PERSON_T, "plan": PLAN_T}[kind]
    return rnd.choice(pool).format(t=rnd.choice(TOWNS), u=rnd.choice(UNITS), k=rnd.choice(KEYS),
                                   n=rnd.randint(2, 40), y=d.year)


def body(seed: int, paras: int = 3) -> str:
    rnd = random.Random(seed)
    sents = [
        "会议传达学习了省、市有关会议精神，安排部署了下一阶段重点工作。",
        "会议要求，各乡镇、各部门要提高政治站位，压紧压实工作责任，确保各项任务落地见效。",
        "活动现场，工作人员通过发放宣传资料、现场答疑等方式，向群众宣讲相关政策。",
        "据了解，今年以来全县累计投入资金2360万元，实施项目18个，惠及群众1.2万余人。",
        "下一步，将持续加大工作力度，建立健全长效机制，推动工作提质增效。",
        "调研组一行实地查看了项目建设进展情况，听取了相关负责同志的工作汇报。",
        "与会人员围绕存在的问题进行了深入交流，并就下步工作提出了意见建议。",
        "截至目前，已完成年度目标任务的92%，各项工作有序推进。",
    ]
    return "".join(f"<p>{''.join(rnd.sample(sents, 3))}</p>\n" for _ in range(paras))


@dataclass
class Item:
    id: int
    date: date
    title: str
    url: str = ""
    extra: str = ""  # html added to the article body
    image: str | None = None  # a picture for lists of cards


@dataclass
class Column:
    site: str
    name: str
    url: str
    category: str  # the real category (for the verdict)
    items: list[Item] = field(default_factory=list)
    per_page: int = 99
    blank_note: str = "no entries"


def make_items(kind: str, dates: list[str], first_id: int, seed: int) -> list[Item]:
    return [Item(first_id + i * 7 + R.randint(0, 5), D(s), title(kind, seed * 100 + i, D(s))) for i, s in enumerate(dates)]


def judge(col: Column, url_path: str, home: str, *, unmonitored: bool = False) -> str:
    """Plant or decoy the column verdicts; return the verdict."""
    newest = max((it.date for it in col.items), default=None)
    v = verdict(col.category, newest)
    s, n = col.site, col.name
    if unmonitored:
        plant("column.unmonitored", s, url_path, "in the navigation, not in the config", n)
        decoy("column.overdue", s, url_path, f"unmonitored {col.category} column, newest {newest}: fresh", n)
        decoy("column.blank", s, url_path, "unmonitored column with entries", n)
        return v
    if v == "blank":
        plant("column.blank", s, url_path, col.blank_note, n)
        decoy("column.overdue", s, url_path, "blank, not overdue (a column with no entries is column.blank only)", n)
    elif v == "overdue":
        plant("column.overdue", s, url_path, f"{col.category}, newest {newest}", n)
        decoy("column.blank", s, url_path, "overdue column with entries: not blank", n)
    elif v == "due_soon":
        plant("column.due_soon", s, url_path, f"{col.category}, newest {newest} ({(AS_OF - newest).days} days)", n)
        decoy("column.overdue", s, url_path, f"{(AS_OF - newest).days} days old: not yet overdue", n)
    elif v == "fresh":
        decoy("column.overdue", s, url_path, f"{col.category}, newest {newest}: within the limit", n)
        decoy("column.blank", s, url_path, "fresh column with entries", n)
        if col.category == "news":
            decoy("column.due_soon", s, url_path, f"news, newest {newest} ({(AS_OF - newest).days} days): not due soon", n)
    else:
        decoy("column.overdue", s, url_path, f"category other, newest {newest}: no limit", n)
        if newest is not None:
            decoy("column.blank", s, url_path, "other column with entries", n)
    return v


# =============================================================================================
# huangchuan: SiteServer CMS portal
# =============================================================================================

HC = "huangchuan"
HC_GROUPS = [
    (2, "走进湟川", [(21, "县情概况"), (22, "领导之窗")]),
    (3, "新闻中心", [(31, "湟川要闻"), (32, "部门动态"), (33, "乡镇动态"), (34, "图片新闻")]),
    (4, "政务公开", [(41, "通知公告"), (42, "政策文件"), (43, "人事信息"), (44, "规划计划"), (45, "政策解读"), (46, "重点领域")]),
    (5, "互动交流", [(51, "县长信箱"), (52, "在线访谈")]),
]
HC_NAME = {cid: n for g, gn, subs in HC_GROUPS for cid, n in [(g, gn)] + subs}
HC_PARENT = {cid: g for g, _, subs in HC_GROUPS for cid, _ in subs}


def hc_chan(cid: int, page: int = 1) -> str:
    return f"/channels/{cid}.html" if page == 1 else f"/channels/{cid}_{page}.html"


def hc_page(title_: str, main: str, cid: int | None = None, extra_head: str = "") -> str:
    nav = ['<li class="nav-home"><a href="/index.html">首页</a></li>']
    for g, gn, subs in HC_GROUPS:
        sub = "".join(f'<a href="{hc_chan(c)}">{esc(n)}</a>' for c, n in subs)
        on = ' class="on"' if cid in (g, HC_PARENT.get(cid)) else ""
        nav.append(f'<li{on}><a href="{hc_chan(g)}" class="nav-a">{esc(gn)}</a><div class="subnav">{sub}</div></li>')
    crumbs = ""
    if cid:
        parts = ['<a href="/index.html">首页</a>']
        if cid in HC_PARENT:
            parts.append(f'<a href="{hc_chan(HC_PARENT[cid])}">{esc(HC_NAME[HC_PARENT[cid]])}</a>')
        parts.append(f'<a href="{hc_chan(cid)}">{esc(HC_NAME[cid])}</a>')
        crumbs = '<div class="location">当前位置：' + " &gt; ".join(parts) + "</div>"
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="SiteServer CMS">
<meta name="SiteName" content="湟川县人民政府">
<title>{esc(title_)}</title>
<link href="/SiteFiles/assets/css/hc.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/SiteFiles/assets/js/hc.js"></script>
{extra_head}
</head>
<body>
<div class="top-bar"><div class="w1200"><span id="today"></span><span class="fr"><a href="/channels/51.html">县长信箱</a> | <a href="javascript:void(0)" onclick="addFav()">加入收藏</a></span></div></div>
<div class="header"><div class="w1200"><a href="/index.html"><img src="/upload/images/logo.png" alt="湟川县人民政府" width="560" height="80"></a>
<form class="search" action="javascript:void(0)"><input type="text" name="word" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{''.join(nav)}</ul></div>
<div class="w1200 main">{crumbs}
{main}
</div>
<img src="/SiteFiles/assets/images/line.gif" width="1200" height="2" alt="" class="divider">
<div class="footer"><div class="w1200">
<p>主办单位：湟川县人民政府办公室　承办：湟川县融媒体中心　地址：湟川县河阴镇建设路18号　电话：0971-2231026</p>
<p>网站标识码：6321230001　<a href="javascript:void(0)">青ICP备12003456号-1</a>　<img src="/SiteFiles/assets/images/ga.png" width="20" height="20" alt="">青公网安备 63212302000101号</p>
<p><img src="/SiteFiles/assets/images/dzjg.png" width="48" height="48" alt="党政机关"> <a href="javascript:void(0)" title="政府网站找错"><img src="/SiteFiles/assets/images/jiucuo.png" width="110" height="55" alt="政府网站找错"></a></p>
</div></div>
</body>
</html>
"""


def hc_side(cid: int, hot: list[Item] | None = None) -> str:
    g = HC_PARENT.get(cid, cid)
    subs = next(s for gg, _, s in HC_GROUPS if gg == g)
    cur = ' class="cur"'
    menu = "".join(f'<li{cur if c == cid else ""}><a href="{hc_chan(c)}">{esc(n)}</a></li>' for c, n in subs)
    out = f'<div class="side"><div class="side-tit">{esc(HC_NAME[g])}</div><ul class="side-menu">{menu}</ul>'
    if hot:
        rows = "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><span>{it.date:%Y-%m-%d}</span></li>' for it in hot)
        out += f'<div class="side-box"><div class="side-box-tit">热点推荐</div><ul>{rows}</ul></div>'
    return out + "</div>"


def hc_list_html(cid: int, items: list[Item], style: str) -> str:
    if style == "ul":
        rows = "".join(f'<li><a href="{it.url}" target="_blank" title="{esc(it.title)}">{esc(it.title)}</a><span class="date">{it.date:%Y-%m-%d}</span></li>' for it in items)
        return f'<ul class="news-list">{rows}</ul>'
    if style == "datebox":
        rows = "".join(
            f'<li><div class="dbox"><span class="d">{it.date:%d}</span><span class="ym">{it.date:%Y-%m}</span></div>'
            f'<div class="txt"><a href="{it.url}" target="_blank">{esc(it.title)}</a><p>{esc(it.title)}。会议强调，要统一思想、狠抓落实……</p></div></li>'
            for it in items)
        return f'<ul class="dbox-list">{rows}</ul>'
    if style == "slash":
        rows = "".join(f'<li><i class="dot"></i><a href="{it.url}" target="_blank">{esc(it.title)}</a><em>{it.date.year}/{it.date.month:02d}/{it.date.day:02d}</em></li>' for it in items)
        return f'<ul class="list-slash">{rows}</ul>'
    if style == "bracket":
        rows = "".join(f'<li><a href="{it.url}" target="_blank">{esc(it.title)}</a><span>[{it.date:%Y-%m-%d}]</span></li>' for it in items)
        return f'<ul class="list-gg">{rows}</ul>'
    if style == "doctable":
        rows = "".join(
            f'<tr><td>{i}</td><td class="tl"><a href="{it.url}" target="_blank">{esc(it.title)}</a></td><td>湟政〔{it.date.year}〕{10 + i * 3}号</td>'
            f'<td>{it.date.year}年{it.date.month:02d}月{it.date.day:02d}日</td></tr>' for i, it in enumerate(items, 1))
        return f'<table class="doc-table"><thead><tr><th>序号</th><th>文件名称</th><th>文号</th><th>成文日期</th></tr></thead><tbody>{rows}</tbody></table>'
    if style == "dl":
        rows = "".join(f'<dl><dt><a href="{it.url}" target="_blank">{esc(it.title)}</a></dt><dd>{it.date:%Y-%m-%d}</dd></dl>' for it in items)
        return f'<div class="dl-list">{rows}</div>'
    if style == "cards":
        rows = "".join(
            f'<div class="pic-card"><a href="{it.url}" target="_blank"><img src="{it.image}" width="260" height="180" alt="{esc(it.title)}"><p>{esc(it.title)}</p></a><span class="date">{it.date:%Y-%m-%d}</span></div>'
            for it in items)
        return f'<div class="pic-grid">{rows}</div>'
    if style == "interview":
        rows = "".join(
            f'<div class="ft-item"><a href="{it.url}"><img src="{it.image}" width="200" height="130" alt=""></a><div class="ft-txt"><h3><a href="{it.url}">{esc(it.title)}</a></h3>'
            f'<p>访谈时间：{it.date:%Y-%m-%d} 10:00</p></div></div>' for it in items)
        return f'<div class="ft-list">{rows}</div>'
    raise ValueError(style)


def hc_pager(cid: int, page: int, pages: int, total: int) -> str:
    if pages == 1:
        return f'<div class="pagination">共 {total} 条　第 1/1 页</div>'
    links = [f'<a href="{hc_chan(cid)}">首页</a>']
    if page > 1:
        links.append(f'<a href="{hc_chan(cid, page - 1)}">上一页</a>')
    for p in range(1, pages + 1):
        links.append(f"<span>{p}</span>" if p == page else f'<a href="{hc_chan(cid, p)}">{p}</a>')
    if page < pages:
        links.append(f'<a href="{hc_chan(cid, page + 1)}">下一页</a>')
    links.append(f'<a href="{hc_chan(cid, pages)}">末页</a>')
    return f'<div class="pagination">共 {total} 条　' + " ".join(links) + "</div>"


def hc_article(cid: int, it: Item, source: str = "湟川县融媒体中心") -> None:
    main = f"""<div class="article">
<h1>{esc(it.title)}</h1>
<div class="info">发布时间：{it.date:%Y-%m-%d} {9 + it.id % 8:02d}:{it.id % 60:02d}　来源：{esc(source)}　浏览次数：<span id="hits">{100 + it.id % 900}</span>　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="content" id="zoom">
{it.extra}{body(it.id)}
</div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>"""
    write(it.url, hc_page(f"{it.title}_湟川县人民政府", main, cid))


def build_huangchuan() -> None:
    cols: dict[int, Column] = {}

    def col(cid: int, cat: str, kind: str, dates: list[str], seed: int) -> Column:
        c = Column(HC, HC_NAME[cid], hc_chan(cid), cat, make_items(kind, dates, 1000 + cid * 40, seed))
        for it in c.items:
            it.url = f"/contents/{cid}/{it.id}.html"
        cols[cid] = c
        return c

    yw = col(31, "news", "news", ["2024-11-19", "2024-11-18", "2024-11-15", "2024-11-14", "2024-11-12", "2024-11-11", "2024-11-08",
                                  "2024-11-06", "2024-11-04", "2024-11-01", "2024-10-30", "2024-10-28", "2024-10-24", "2024-10-21", "2024-10-17"], 31)
    yw.per_page = 10
    bm = col(32, "news", "news", ["2024-11-07", "2024-11-01", "2024-10-28", "2024-10-22", "2024-10-15"], 32)
    xz = col(33, "news", "news", ["2024-10-25", "2024-10-18", "2024-10-09", "2024-09-27", "2024-09-20"], 33)
    tp = col(34, "news", "news", ["2024-11-16", "2024-11-13", "2024-11-08", "2024-11-05", "2024-10-30", "2024-10-25"], 34)
    gg = col(41, "notice", "notice", ["2024-11-12", "2024-11-05", "2024-10-29", "2024-10-16", "2024-09-30", "2024-09-12", "2024-08-26"], 41)
    zc = col(42, "policy", "policy", ["2024-03-08", "2024-01-22", "2023-12-05", "2023-09-18", "2023-06-30"], 42)
    rs = col(43, "personnel", "personnel", ["2024-04-16", "2024-01-09", "2023-11-28", "2023-07-14"], 43)
    gh = col(44, "plan", "plan", ["2023-08-16", "2023-03-02", "2022-12-20"], 44)
    jd = col(45, "policy", "policy", [], 45)
    jd.blank_note = "a table of headers only"
    zd = col(46, "notice", "notice", [], 46)
    zd.blank_note = "“本栏目暂无信息”, with a side box of other columns' fresh news"
    ft = col(52, "news", "news", ["2024-11-14", "2024-10-17", "2024-09-19"], 52)
    for it, t in zip(ft.items, ["“民生实事”在线访谈：县农业农村局局长做客访谈室", "县医保局负责同志解读城乡居民医保缴费政策", "县教育局负责同志谈秋季学期义务教育保障"]):
        it.title = t

    # pictures and extras -------------------------------------------------------------------
    for i, it in enumerate(tp.items):
        it.image = f"/upload/images/{it.date:%Y/%m}/{it.date:%Y%m%d}{it.id}_tp.jpg"
        if i == 4:  # planted: placeholder graphic in the grid
            it.image = f"/upload/images/{it.date:%Y/%m}/{it.date:%Y%m%d}{it.id}_tp.png"
            placeholder(it.image, 260, 180, "图片加载失败")
            plant("image.broken", HC, hc_chan(34), "占位图: “图片加载失败” graphic drawn in place of a thumbnail", it.image)
        else:
            photo(it.image, 260, 180, it.id)
            decoy("image.broken", HC, hc_chan(34), "a real thumbnail", it.image)
        big = f"/upload/images/{it.date:%Y/%m}/{it.date:%Y%m%d}{it.id}.jpg"
        photo(big, 800, 533, it.id + 5, "grey" if i == 1 else "day")
        it.extra = f'<p style="text-align:center"><img src="{big}" width="800" height="533" alt=""></p>\n'
        decoy("image.broken", HC, it.url, "grey photo with detail" if i == 1 else "article photo", big)
    for it in ft.items:
        it.image = f"/upload/images/ft/{it.date:%Y%m%d}.jpg"
        photo(it.image, 200, 130, it.id, "day")
        decoy("image.broken", HC, hc_chan(52), "interview thumbnail", it.image)
        it.extra = '<p>主持人：各位网友大家好，欢迎收看本期在线访谈节目。</p>'
    # article photos in news
    for it in yw.items[:6]:
        p = f"/upload/images/{it.date:%Y/%m}/{it.date:%Y%m%d}{it.id:05d}.jpg"
        photo(p, 640, 427, it.id, "night" if it is yw.items[3] else "day")
        it.extra = f'<p style="text-align:center"><img src="{p}" alt="" width="640" height="427"></p>\n'
        decoy("image.broken", HC, it.url, "night photo with lights" if it is yw.items[3] else "article photo", p)
    # attachments
    a404 = f"/upload/files/2024/03/hzf2024{zc.items[0].id}fj1.pdf"
    zc.items[0].extra = f'<p>附件：<a href="{a404}">1.湟川县高原特色农牧业高质量发展实施意见.pdf</a></p>\n'
    plant("link.broken", HC, zc.items[0].url, "policy attachment never uploaded (404)", a404, "definite")
    for it in zc.items[1:3]:
        a = f"/upload/files/{it.date:%Y/%m}/hzf{it.id}.pdf"
        attachment(a, "pdf")
        it.extra = f'<p>附件：<a href="{a}">{esc(it.title)}.pdf</a></p>\n'
        decoy("link.broken", HC, it.url, "attachment that exists", a, "definite")
    flaky = f"/upload/files/2023/03/hcgh{gh.items[1].id}.pdf"
    attachment(flaky, "pdf")
    gh.items[1].extra = f'<p>附件下载：<a href="{flaky}">规划文本.pdf</a></p>\n'
    ROUTES[flaky] = {"fail_first": 1, "status": 503}
    decoy("link.broken", HC, gh.items[1].url, "answers 503 once, then 200", flaky, "suspect")
    decoy("link.broken", HC, gh.items[1].url, "answers 503 once, then 200", flaky, "definite")
    doc = f"/upload/files/2024/04/rs{rs.items[0].id}.xls"
    attachment(doc, "xls")
    rs.items[0].extra = f'<p>附件：<a href="{doc}">拟聘用人员名单.xls</a></p>\n'
    decoy("link.broken", HC, rs.items[0].url, "attachment that exists", doc, "definite")

    # articles -------------------------------------------------------------------------------
    for cid, c in cols.items():
        for it in c.items:
            hc_article(cid, it, "湟川县人民政府办公室" if cid in (41, 42, 43, 44) else "湟川县融媒体中心")
    slow_art = yw.items[2].url
    ROUTES[slow_art] = {"delay_ms": 3800}
    DELAYS.append({"url_path": slow_art, "ms": 3800})
    plant("site.slow", HC, slow_art, "article answering after 3800 ms")
    ROUTES[hc_chan(41)] = {"delay_ms": 3300}
    DELAYS.append({"url_path": hc_chan(41), "ms": 3300})
    plant("site.slow", HC, hc_chan(41), "notice list answering after 3300 ms")

    # list pages -------------------------------------------------------------------------------
    styles = {31: "ul", 32: "datebox", 33: "slash", 34: "cards", 41: "bracket", 42: "doctable", 43: "dl", 44: "ul", 52: "interview"}
    hot = yw.items[:5]
    for cid, c in cols.items():
        items = sorted(c.items, key=lambda x: x.date, reverse=True)
        pages = max(1, -(-len(items) // c.per_page))
        for p in range(1, pages + 1):
            chunk = items[(p - 1) * c.per_page: p * c.per_page]
            if cid == 45:
                lst = '<table class="doc-table"><thead><tr><th>序号</th><th>标题</th><th>解读形式</th><th>发布日期</th></tr></thead><tbody></tbody></table>'
            elif cid == 46:
                lst = '<div class="no-data"><img src="/SiteFiles/assets/images/nodata.png" width="120" height="120" alt=""><p>本栏目暂无信息</p></div>'
            else:
                lst = hc_list_html(cid, chunk, styles[cid])
            pre = ""
            if cid == 52:
                live = "/interview/live.aspx"
                pre = (f'<div class="ft-live"><b>直播预告</b> 11月22日上午10:00　县住建局负责同志谈老旧小区改造　'
                       f'<a href="{live}" target="_blank">进入直播间</a></div>')
                plant("link.broken", HC, hc_chan(52), "interview live room answering 502 every time", live, "suspect")
                ROUTES[live] = {"status": 502}
            side_hot = hot if cid in (33, 44, 46, 42) else None
            main = (f'{hc_side(cid, side_hot)}<div class="right"><div class="col-tit"><span>{esc(c.name)}</span></div>{pre}{lst}'
                    f'{"" if cid in (45, 46) else hc_pager(cid, p, pages, len(items))}</div>')
            write(hc_chan(cid, p), hc_page(f"{c.name}_湟川县人民政府", main, cid))
            if p > 1:
                decoy("column.blank", HC, hc_chan(cid, p), "page 2 of a list", c.name)
                decoy("column.overdue", HC, hc_chan(cid, p), "page 2 of a list holds older items", c.name)
        judge(c, hc_chan(cid), "/")
        decoy("column.unmonitored", HC, hc_chan(cid), "the portal's config lists no columns", c.name)
    write("/SiteFiles/assets/images/nodata.png", b"")
    icon("/SiteFiles/assets/images/nodata.png", 120, (200, 205, 215))
    decoy("image.broken", HC, hc_chan(46), "the empty-list icon (a drawing, not a blank box)", "/SiteFiles/assets/images/nodata.png")

    # single pages and landing pages -----------------------------------------------------------
    gk_img = "/upload/images/xq/hc_panorama.jpg"
    photo(gk_img, 900, 360, 2101, "grey")
    decoy("image.broken", HC, hc_chan(21), "grey panorama with detail", gk_img)
    gk = (f'{hc_side(21)}<div class="right"><div class="col-tit"><span>县情概况</span></div><div class="single">'
          f'<p style="text-align:center"><img src="{gk_img}" width="900" height="360" alt="湟川全景"></p>'
          '<p>湟川县位于青海省东部，湟水河中游，总面积2185平方公里，辖6镇9乡，总人口27.6万人。1953年设县，1986年划归西宁市管辖。</p>'
          '<p>2023年全县地区生产总值达到98.6亿元，同比增长5.1%。</p>' + body(2102, 2) + "</div></div>")
    write(hc_chan(21), hc_page("县情概况_湟川县人民政府", gk, 21))
    leaders = ""
    for i, (n, post) in enumerate([("马建国", "县长"), ("李文清", "常务副县长"), ("才让东智", "副县长"), ("王淑芳", "副县长")]):
        img = f"/upload/images/ld/ld{i + 1}.jpg"
        portrait(img, 2200 + i)
        decoy("image.broken", HC, hc_chan(22), "a leader's portrait", img)
        leaders += f'<div class="leader"><img src="{img}" width="150" height="200" alt="{n}"><p><b>{n}</b></p><p>{post}</p></div>'
    write(hc_chan(22), hc_page("领导之窗_湟川县人民政府", f'{hc_side(22)}<div class="right"><div class="col-tit"><span>领导之窗</span></div><div class="leaders">{leaders}</div></div>', 22))
    form = ('<form class="mail-form" action="javascript:void(0)"><table><tr><td>姓名</td><td><input name="name"></td></tr>'
            '<tr><td>联系电话</td><td><input name="tel"></td></tr><tr><td>标题</td><td><input name="title"></td></tr>'
            '<tr><td>内容</td><td><textarea name="content" rows="8"></textarea></td></tr></table><button type="submit">提交</button></form>'
            '<p class="tip">来信将在5个工作日内答复。</p>')
    write(hc_chan(51), hc_page("县长信箱_湟川县人民政府", f'{hc_side(51)}<div class="right"><div class="col-tit"><span>县长信箱</span></div>{form}</div>', 51))
    for cid in (21, 22, 51):
        decoy("column.blank", HC, hc_chan(cid), "a single page (not a list)", HC_NAME[cid])
        decoy("column.overdue", HC, hc_chan(cid), "a single page", HC_NAME[cid])
        decoy("column.unmonitored", HC, hc_chan(cid), "the portal's config lists no columns", HC_NAME[cid])
    for g, gn, subs in HC_GROUPS:
        blocks = ""
        for cid, n in subs:
            c = cols.get(cid)
            if c and c.items:
                rows = "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><span>{it.date:%m-%d}</span></li>' for it in sorted(c.items, key=lambda x: x.date, reverse=True)[:5])
                blocks += f'<div class="block"><div class="block-tit"><span>{esc(n)}</span><a href="{hc_chan(cid)}" class="more">更多&gt;&gt;</a></div><ul>{rows}</ul></div>'
            else:
                ic = f"/SiteFiles/assets/images/ico_{cid}.png"
                icon(ic, 64, (30 + cid * 3 % 200, 90, 160), n[0])
                decoy("image.broken", HC, hc_chan(g), "a tile icon", ic)
                blocks += f'<div class="tile"><a href="{hc_chan(cid)}"><img src="{ic}" width="64" height="64" alt=""><span>{esc(n)}</span></a></div>'
        write(hc_chan(g), hc_page(f"{gn}_湟川县人民政府", f'<div class="landing">{blocks}</div>', g))
        decoy("column.blank", HC, hc_chan(g), "group landing page", gn)
        decoy("column.overdue", HC, hc_chan(g), "group landing page", gn)
        decoy("column.unmonitored", HC, hc_chan(g), "group landing page; the config lists no columns", gn)

    # homepage ---------------------------------------------------------------------------------
    slides = ""
    for i, it in enumerate(yw.items[:3], 1):
        src = f"/upload/images/2024/11/focus_{it.date:%Y%m%d}_{i:02d}.jpg"
        if i == 3:
            plant("image.broken", HC, "/", "focus picture whose file was deleted (404)", src)
        else:
            photo(src, 680, 380, 3000 + i)
            decoy("image.broken", HC, "/", "focus picture", src)
        slides += f'<li><a href="{it.url}" target="_blank"><img src="{src}" width="680" height="380" alt=""><p>{esc(it.title)}</p></a></li>'
    tabs = ""
    heads = ""
    for k, (c, nm) in enumerate([(yw, "湟川要闻"), (gg, "通知公告"), (bm, "部门动态")]):
        rows = "".join(f'<li><a href="{it.url}" target="_blank">{esc(it.title)}</a><span>[{it.date:%m-%d}]</span></li>' for it in sorted(c.items, key=lambda x: x.date, reverse=True)[:7])
        on = ' class="on"' if k == 0 else ""
        hide = "" if k == 0 else ' style="display:none"'
        heads += f'<li{on} onmouseover="tab(this,{k})"><a href="{c.url}">{nm}</a></li>'
        tabs += f'<ul class="tab-con"{hide}>{rows}</ul>'
    strip = ""
    for it in tp.items[:4]:
        s = it.image.replace("_tp.jpg", "_s.jpg")
        photo(s, 200, 140, it.id + 9)
        decoy("image.broken", HC, "/", "lazily loaded thumbnail (1×1 placeholder until scrolled)", s)
        strip += f'<li><a href="{it.url}"><img src="/SiteFiles/assets/images/blank.gif" data-original="{s}" class="lazy" width="200" height="140" alt=""><p>{esc(it.title)}</p></a></li>'
    decoy("image.broken", HC, "/", "1×1 lazy-load placeholder", "/SiteFiles/assets/images/blank.gif")
    bsdt = "/Services/bsdt.aspx"
    ROUTES[bsdt] = {"status": 410}
    plant("link.broken", HC, "/", "retired 网上办事大厅 entry (410)", bsdt, "definite")
    plant("image.broken", HC, "/", "flat grey 1200×100 banner slot", "/upload/images/banner/ad_slot2.jpg")
    flat("/upload/images/banner/ad_slot2.jpg", 1200, 100, (217, 217, 217))
    banner("/upload/images/banner/ad_slot1.jpg", 1200, 100, "深入学习贯彻党的二十届三中全会精神", ((180, 20, 20), (230, 120, 40)), 1)
    decoy("image.broken", HC, "/", "topic banner", "/upload/images/banner/ad_slot1.jpg")
    banner("/upload/images/float/pf_yhyshj.png", 220, 120, "优化营商环境", ((20, 90, 170), (40, 160, 200)), 2)
    decoy("image.broken", HC, "/", "floating window picture", "/upload/images/float/pf_yhyshj.png")
    qrcode("/upload/images/qrcode_wx.png", 5)
    decoy("image.broken", HC, "/", "WeChat QR code", "/upload/images/qrcode_wx.png")
    decoy("image.broken", HC, "/", "footer divider 1200×2", "/SiteFiles/assets/images/line.gif")
    svc = ""
    for i, (n, href) in enumerate([("网上办事大厅", bsdt), ("县长信箱", hc_chan(51)), ("在线访谈", hc_chan(52)), ("政策文件", hc_chan(42))]):
        ic = f"/SiteFiles/assets/images/svc{i + 1}.png"
        icon(ic, 40, ((200, 60, 40), (30, 120, 200), (40, 150, 90), (160, 90, 30))[i], n[0])
        decoy("image.broken", HC, "/", "service icon", ic)
        svc += f'<li><a href="{href}" target="_blank"><img src="{ic}" width="40" height="40" alt=""><span>{n}</span></a></li>'
    home = f"""<div class="float-win" id="floatWin"><a href="{yw.items[1].url}" target="_blank"><img src="/upload/images/float/pf_yhyshj.png" width="220" height="120" alt="优化营商环境"></a><span class="close" onclick="this.parentNode.style.display='none'">关闭</span></div>
<div class="row1"><div class="focus"><ul class="slides">{slides}</ul></div>
<div class="news-tab"><ul class="tab-head">{heads}</ul>{tabs}</div></div>
<div class="ad"><a href="{hc_chan(31)}"><img src="/upload/images/banner/ad_slot1.jpg" width="1200" height="100" alt=""></a></div>
<div class="row2"><div class="svc"><ul>{svc}</ul></div>
<div class="pic-strip"><div class="block-tit"><span>图片新闻</span><a href="{hc_chan(34)}" class="more">更多</a></div><ul>{strip}</ul></div></div>
<div class="ad"><img src="/upload/images/banner/ad_slot2.jpg" width="1200" height="100" alt=""></div>
<div class="row3"><div class="qr"><img src="/upload/images/qrcode_wx.png" width="132" height="132" alt="湟川发布"><p>湟川发布微信公众号</p></div></div>"""
    write("/index.html", hc_page("湟川县人民政府", home, None))
    # assets
    banner("/upload/images/logo.png", 560, 80, "湟川县人民政府", ((10, 70, 150), (20, 110, 190)), 3)
    decoy("image.broken", HC, "/", "site logo", "/upload/images/logo.png")
    spacer("/SiteFiles/assets/images/blank.gif")
    spacer("/SiteFiles/assets/images/line.gif", 1200, 2)
    icon("/SiteFiles/assets/images/ga.png", 20, (60, 110, 190))
    icon("/SiteFiles/assets/images/dzjg.png", 48, (200, 20, 20), "党")
    banner("/SiteFiles/assets/images/jiucuo.png", 110, 55, "找错", ((200, 20, 20), (230, 60, 40)), 4)
    decoy("image.broken", HC, "/", "政府网站找错 badge", "/SiteFiles/assets/images/jiucuo.png")
    decoy("image.broken", HC, "/", "党政机关 badge", "/SiteFiles/assets/images/dzjg.png")
    write("/SiteFiles/assets/css/hc.css", "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif}.w1200{width:1200px;margin:0 auto}"
          ".nav{background:#0b5fb4}.nav li{display:inline-block;position:relative}.nav a{color:#fff;padding:0 24px}"
          ".subnav{display:none;position:absolute;background:#fff}.nav li:hover .subnav{display:block}.subnav a{color:#333;display:block}"
          ".side{float:left;width:240px}.right{float:right;width:920px}.news-list li,.list-gg li,.list-slash li{border-bottom:1px dashed #ddd}"
          ".date,.list-gg span,.list-slash em{float:right;color:#999}.dbox{float:left;width:70px;background:#0b5fb4;color:#fff;text-align:center}"
          ".pic-card{display:inline-block;width:270px;margin:8px}.float-win{position:absolute;top:200px;left:0;z-index:99}"
          ".leader{display:inline-block;width:180px;text-align:center}.footer{background:#eee;clear:both}.no-data{text-align:center;padding:80px}\n")
    write("/SiteFiles/assets/js/hc.js", """function tab(el,n){var p=el.parentNode.parentNode;var c=p.querySelectorAll('.tab-con');
for(var i=0;i<c.length;i++){c[i].style.display=i==n?'':'none';}}
function doZoom(s){var z=document.getElementById('zoom');if(z)z.style.fontSize=s+'px';}
function addFav(){alert('请按 Ctrl+D 收藏本站');}
window.addEventListener('load',function(){var l=document.querySelectorAll('img.lazy');for(var i=0;i<l.length;i++){l[i].src=l[i].getAttribute('data-original');}
var f=document.getElementById('floatWin');if(f){var x=0,y=160,dx=1,dy=1;setInterval(function(){x+=dx;y+=dy;if(x<0||x>window.innerWidth-230)dx=-dx;if(y<0||y>window.innerHeight-130)dy=-dy;f.style.left=x+'px';f.style.top=(y+window.scrollY)+'px';},30);}
var t=document.getElementById('today');if(t){var d=new Date();t.innerHTML='今天是'+d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日';}});
""")


# =============================================================================================
# hc-fgj: 动易 PowerEasy SiteFactory department site
# =============================================================================================

FG = "hc-fgj"
FG_COLS = [  # (n, name, config category or None, real category, in config)
    (10, "单位概况", "other", "other", True),
    (11, "工作动态", "news", "news", True),
    (12, "项目建设", "news", "news", True),
    (13, "价格监测", "news", "news", True),
    (14, "通知公告", None, "notice", True),
    (15, "政策文件", "policy", "policy", True),
    (16, "人事信息", "personnel", "personnel", True),
    (17, "规划计划", "plan", "plan", True),
    (18, "统计数据", "other", "other", True),
    (19, "财政资金", "other", "other", True),
    (20, "信用建设", None, "news", True),
    (22, "节能降耗", None, "news", False),
]
FG_MISSING = (21, "双随机一公开", "other")


def fg_cat(n: int, page: int = 1) -> str:
    return f"/fgj/Category_{n}/" if page == 1 else f"/fgj/Category_{n}/List_{page}.html"


def fg_page(title_: str, main: str, popup: str = "") -> str:
    menu = '<li><a href="/fgj/">首　页</a></li>' + "".join(
        f'<li class="menu_line"><img src="/fgj/Skin/Default/images/menu_line.gif" width="2" height="30" alt=""></li><li><a href="{fg_cat(n)}">{esc(nm)}</a></li>'
        for n, nm, _, _, _ in FG_COLS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="PowerEasy SiteFactory" />
<title>{esc(title_)}</title>
<link href="/fgj/Skin/Default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/fgj/js/common.js"></script>
</head>
<body>
<div id="top"><img src="/fgj/Skin/Default/images/top_banner.jpg" width="1000" height="150" alt="湟川县发展和改革局" /></div>
<div id="menu"><ul>{menu}</ul></div>
<div id="announce"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">欢迎访问湟川县发展和改革局网站！</marquee></div>
<div id="container">{main}</div>
<div id="bottom"><p>版权所有：湟川县发展和改革局　地址：湟川县河阴镇建设路26号　联系电话：0971-2231158</p><p>网站标识码：6321230011　青ICP备12003456号-3</p></div>
{popup}
</body>
</html>
"""


def fg_left(latest: list[Item]) -> str:
    rows = "".join(f'<li><a href="{it.url}" title="{esc(it.title)}">{esc(it.title[:16])}</a> <span>{it.date:%m-%d}</span></li>' for it in latest)
    return (f'<div id="left"><div class="box"><div class="box_title">最新更新</div><ul class="box_list">{rows}</ul></div>'
            '<div class="box"><div class="box_title">联系我们</div><p>办公室：0971-2231158</p><p>传真：0971-2231159</p></div></div>')


def fg_list(style: str, items: list[Item]) -> str:
    if style == "table_cn":
        rows = "".join(f'<tr><td class="listbg"><img src="/fgj/Skin/Default/images/arrow.gif" width="5" height="9" alt="" /> <a href="{it.url}" target="_blank">{esc(it.title)}</a></td>'
                       f'<td class="listdate">{it.date.year}年{it.date.month:02d}月{it.date.day:02d}日</td></tr>' for it in items)
        return f'<table class="list" width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
    if style == "ul_bracket":
        rows = "".join(f'<li><a href="{it.url}" target="_blank">{esc(it.title)}</a>　<span class="date">[{it.date:%Y-%m-%d}]</span></li>' for it in items)
        return f'<ul class="list_ul">{rows}</ul>'
    if style == "dl":
        rows = "".join(f'<dt><a href="{it.url}" target="_blank">{esc(it.title)}</a></dt><dd>{it.date:%Y-%m-%d}</dd>' for it in items)
        return f'<dl class="list_dl">{rows}</dl>'
    if style == "doc":
        rows = "".join(f'<tr><td><a href="{it.url}" target="_blank">{esc(it.title)}</a></td><td>湟发改〔{it.date.year}〕{20 + i}号</td><td>{it.date.year}/{it.date.month}/{it.date.day}</td></tr>'
                       for i, it in enumerate(items))
        return f'<table class="list_doc" width="100%"><tr class="th"><th>标题</th><th>文号</th><th>发布日期</th></tr>{rows}</table>'
    raise ValueError(style)


def build_fgj() -> None:
    dates = {
        11: ["2024-11-18", "2024-11-15", "2024-11-13", "2024-11-11", "2024-11-07", "2024-11-04", "2024-10-31", "2024-10-28",
             "2024-10-23", "2024-10-17", "2024-10-10"],
        12: ["2024-10-21", "2024-09-26", "2024-08-30", "2024-07-19"],
        14: ["2024-11-06", "2024-10-15", "2024-09-02", "2024-07-25"],
        15: ["2024-08-19", "2024-05-10", "2023-12-28", "2023-10-09"],
        17: ["2023-06-12", "2022-11-30"],
        22: ["2024-11-14", "2024-10-30", "2024-10-12"],
    }
    kinds = {11: "news", 12: "news", 14: "notice", 15: "policy", 17: "plan", 22: "news"}
    cols: dict[int, Column] = {}
    for n, nm, _cfg, real, _inc in FG_COLS:
        c = Column(FG, nm, fg_cat(n), real, make_items(kinds.get(n, "news"), dates.get(n, []), 3000 + n * 50, 100 + n))
        for it in c.items:
            it.url = f"/fgj/Item/{it.id}.html"
        cols[n] = c
    cols[11].per_page = 8
    for it, t in zip(cols[22].items, ["县发改局开展节能宣传周活动", "全县重点用能单位节能监察工作启动", "县发改局召开能耗双控工作推进会"]):
        it.title = t
    latest = cols[11].items[:6]

    # extras
    w = cols[11].items
    for i, it in enumerate(w[:5]):
        p = f"/fgj/UploadFiles/{it.date:%Y/%m}/{it.date:%Y%m%d}{9 + i:02d}{it.id:04d}.jpg"
        if i == 3:
            write(p, "<!DOCTYPE html><html><head><title>404</title></head><body>File not found</body></html>")
            plant("image.broken", FG, it.url, "undecodable: an HTML page saved under a .jpg name", p)
        else:
            photo(p, 600, 400, it.id, "grey" if i == 1 else "day")
            decoy("image.broken", FG, it.url, "grey photo with detail" if i == 1 else "article photo", p)
        it.extra = f'<p align="center"><img src="{p}" border="0" width="600" height="400" alt="" /></p>\n'
    q = "/fgj/Service/PriceQuery.aspx"
    w[6].extra = f'<p>群众可通过<a href="{q}" target="_blank">价格监测查询系统</a>查询主要农副产品价格。</p>\n'
    ROUTES[q] = {"reset": True}
    plant("link.broken", FG, w[6].url, "price query system that resets the connection every time", q, "suspect")
    ph = f"/fgj/UploadFiles/2024/09/20240926{cols[12].items[1].id}.png"
    placeholder(ph, 560, 360, "图片加载失败")
    cols[12].items[1].extra = f'<p align="center"><img src="{ph}" width="560" height="360" alt="" /></p>\n'
    plant("image.broken", FG, cols[12].items[1].url, "占位图: “图片加载失败” graphic in an article", ph)
    p0 = f"/fgj/UploadFiles/2024/10/20241021{cols[12].items[0].id}.jpg"
    photo(p0, 600, 400, 77, "day")
    cols[12].items[0].extra = f'<p align="center"><img src="{p0}" width="600" height="400" alt="" /></p>\n'
    decoy("image.broken", FG, cols[12].items[0].url, "project site photo", p0)
    x403 = f"/fgj/UploadFiles/2024/11/20241106jgjc{cols[14].items[0].id}.xls"
    cols[14].items[0].extra = f'<p>附件：<a href="{x403}">重要民生商品价格监测表.xls</a></p>\n'
    ROUTES[x403] = {"status": 403}
    plant("link.broken", FG, cols[14].items[0].url, "spreadsheet attachment answering 403", x403, "definite")
    d404 = f"/fgj/UploadFiles/2024/08/sqb{cols[15].items[0].id}.doc"
    cols[15].items[0].extra = f'<p>附件：<a href="{d404}">项目申报表.doc</a></p>\n'
    plant("link.broken", FG, cols[15].items[0].url, "application form attachment never uploaded (404)", d404, "definite")
    for it in (cols[15].items[1], cols[14].items[1], cols[17].items[0]):
        a = f"/fgj/UploadFiles/{it.date:%Y/%m}/{it.id}.docx"
        attachment(a, "docx")
        it.extra = f'<p>附件：<a href="{a}">{esc(it.title[:12])}.docx</a></p>\n'
        decoy("link.broken", FG, it.url, "attachment that exists", a, "definite")

    for c in cols.values():
        for it in c.items:
            main = f"""{fg_left(latest)}<div id="right"><div class="position">您现在的位置：<a href="/fgj/">湟川县发展和改革局</a> &gt;&gt; <a href="{c.url}">{esc(c.name)}</a> &gt;&gt; 正文</div>
<div class="article"><div class="title">{esc(it.title)}</div>
<div class="property">作者：佚名　来源：{esc(c.name)}　点击数：{50 + it.id % 400}　更新时间：{it.date:%Y-%m-%d}</div>
<div class="content">{it.extra}{body(it.id + 7)}</div>
<div class="prenext">【<a href="javascript:window.close();">关闭窗口</a>】</div></div></div>"""
            write(it.url, fg_page(f"{it.title}-湟川县发展和改革局", main))
    slow = cols[11].items[1].url
    ROUTES[slow] = {"delay_ms": 4200}
    DELAYS.append({"url_path": slow, "ms": 4200})
    plant("site.slow", FG, slow, "article answering after 4200 ms")
    ROUTES[fg_cat(11)] = {"delay_ms": 2500}
    DELAYS.append({"url_path": fg_cat(11), "ms": 2500})
    decoy("site.slow", FG, fg_cat(11), "list delayed 2500 ms (under slow_ms)")

    styles = {11: "table_cn", 12: "ul_bracket", 14: "dl", 15: "doc", 17: "ul_bracket", 22: "ul_bracket"}
    blanks = {
        13: ("<div class=\"nodata\">暂无记录</div>", "“暂无记录”"),
        16: ('<table class="list_doc" width="100%"><tr class="th"><th>标题</th><th>发布日期</th></tr><tr><td colspan="2" align="center">没有任何信息！</td></tr></table>', "“没有任何信息！” in a table"),
        18: ('<dl class="list_dl"></dl>', "an empty list"),
        19: ('<table class="list_doc" width="100%"><tr class="th"><th>标题</th><th>文号</th><th>发布日期</th></tr></table>', "a table of headers only"),
        20: ('<div class="nodata">该栏目下暂无内容</div>', "“该栏目下暂无内容”"),
    }
    for n, nm, cfg, real, inc in FG_COLS:
        c = cols[n]
        if n == 10:
            img = "/fgj/UploadFiles/2023/05/bangonglou.jpg"
            photo(img, 500, 320, 1010, "day")
            decoy("image.broken", FG, fg_cat(10), "office building photo", img)
            main = (f'{fg_left(latest)}<div id="right"><div class="position">您现在的位置：<a href="/fgj/">湟川县发展和改革局</a> &gt;&gt; 单位概况</div>'
                    f'<div class="article"><div class="title">单位概况</div><div class="content"><p align="center"><img src="{img}" width="500" height="320" alt="" /></p>'
                    '<p>湟川县发展和改革局是县人民政府工作部门，负责全县国民经济和社会发展规划、价格、能源、粮食等工作。内设办公室、规划与投资股、价格股、能源股4个股室，核定行政编制12名。</p>'
                    '<p>局长：赵永平　副局长：韩秀兰、刘德才</p></div></div></div>')
            write(fg_cat(10), fg_page("单位概况-湟川县发展和改革局", main))
            decoy("column.blank", FG, fg_cat(10), "a single page", nm)
            decoy("column.overdue", FG, fg_cat(10), "a single page, category other", nm)
            continue
        items = sorted(c.items, key=lambda x: x.date, reverse=True)
        pages = max(1, -(-len(items) // c.per_page))
        for p in range(1, pages + 1):
            chunk = items[(p - 1) * c.per_page: p * c.per_page]
            if n in blanks:
                lst = blanks[n][0]
                c.blank_note = blanks[n][1]
                pager = ""
            else:
                lst = fg_list(styles[n], chunk)
                nav = [f'<a href="{fg_cat(n)}">首页</a>']
                nav.append(f'<a href="{fg_cat(n, p - 1)}">上一页</a>' if p > 1 else "上一页")
                nav.append(f'<a href="{fg_cat(n, p + 1)}">下一页</a>' if p < pages else "下一页")
                nav.append(f'<a href="{fg_cat(n, pages)}">尾页</a>' if pages > 1 else "尾页")
                pager = f'<div class="showpage">共 <b>{len(items)}</b> 条记录　{" ".join(nav)}　页次：<b>{p}</b>/{pages}页　<b>{c.per_page if pages > 1 else len(items)}</b>条/页</div>'
            main = f'{fg_left(latest)}<div id="right"><div class="position">您现在的位置：<a href="/fgj/">湟川县发展和改革局</a> &gt;&gt; {esc(nm)}</div><div class="list_title">{esc(nm)}</div>{lst}{pager}</div>'
            write(fg_cat(n, p), fg_page(f"{nm}-湟川县发展和改革局", main))
            if p > 1:
                decoy("column.blank", FG, fg_cat(n, p), "page 2 of a list", nm)
                decoy("column.overdue", FG, fg_cat(n, p), "page 2 of a list holds older items", nm)
        judge(c, fg_cat(n), "/fgj/", unmonitored=not inc)
    plant("column.blank_many", FG, "/fgj/", "5 blank columns")
    n, nm, _ = FG_MISSING
    plant("column.missing", FG, fg_cat(n), "configured, answers 404, linked from nowhere", nm)
    decoy("column.blank", FG, fg_cat(n), "missing, not blank", nm)
    decoy("column.overdue", FG, fg_cat(n), "missing, not overdue", nm)

    # home
    def block(c: Column, k: int, fmt: str) -> str:
        rows = "".join(f'<tr><td><a href="{it.url}" target="_blank">{esc(it.title)}</a></td><td class="date">{format(it.date, fmt)}</td></tr>' for it in c.items[:k])
        return f'<div class="home_box"><div class="home_title"><span>{esc(c.name)}</span><a href="{c.url}">更多&gt;&gt;</a></div><table width="100%">{rows}</table></div>'
    pic = "/fgj/UploadFiles/2024/11/home_pic.jpg"
    photo(pic, 320, 220, 4040, "day")
    decoy("image.broken", FG, "/fgj/", "home photo", pic)
    main = (f'<div class="home_left"><a href="{w[0].url}"><img src="{pic}" width="320" height="220" alt="" /></a><p>{esc(w[0].title)}</p></div>'
            + block(cols[11], 8, "%m-%d") + block(cols[14], 5, "%Y-%m-%d") + block(cols[15], 5, "%Y-%m-%d") + block(cols[22], 3, "%m-%d")
            + '<div class="home_box"><div class="home_title"><span>办事服务</span></div><p><a href="/fgj/Category_16/">人事信息</a>　<a href="/fgj/Category_13/">价格监测</a>　<a href="/fgj/Category_20/">信用建设</a></p></div>')
    popup = ('<div id="notice_pop" class="pop"><div class="pop_title">重要提示<a href="javascript:void(0)" onclick="document.getElementById(\'notice_pop\').style.display=\'none\'">×</a></div>'
             '<div class="pop_body">根据工作安排，2024年11月23日（星期六）8:00-12:00 本网站进行系统维护，期间可能无法访问，敬请谅解。</div></div>')
    write("/fgj/", fg_page("湟川县发展和改革局", main, popup))
    banner("/fgj/Skin/Default/images/top_banner.jpg", 1000, 150, "湟川县发展和改革局", ((0, 90, 160), (90, 170, 230)), 9)
    decoy("image.broken", FG, "/fgj/", "top banner", "/fgj/Skin/Default/images/top_banner.jpg")
    spacer("/fgj/Skin/Default/images/menu_line.gif", 2, 30)
    decoy("image.broken", FG, "/fgj/", "2×30 menu separator", "/fgj/Skin/Default/images/menu_line.gif")
    img = Image.new("RGB", (5, 9), (255, 255, 255))
    ImageDraw.Draw(img).polygon([(0, 0), (4, 4), (0, 8)], fill=(200, 30, 30))
    save(img, "/fgj/Skin/Default/images/arrow.gif")
    decoy("image.broken", FG, fg_cat(11), "5×9 list arrow", "/fgj/Skin/Default/images/arrow.gif")
    write("/fgj/Skin/Default/style.css", "body{margin:0 auto;width:1000px;font-size:12px}#menu li{display:inline;float:left}#left{float:left;width:240px}#right{float:right;width:740px}"
          ".listdate,.date{text-align:right;color:#666}.pop{position:fixed;right:10px;bottom:10px;width:300px;border:1px solid #c00;background:#fff}\n")
    write("/fgj/js/common.js", "function CheckSearch(){return true;}\nwindow.onload=function(){var p=document.getElementById('notice_pop');if(p){p.style.display='block';}};\n")


# =============================================================================================
# hc-xkz: township on a WordPress theme with a mega-menu
# =============================================================================================

XK = "hc-xkz"
XK_CATS = [  # slug, name, config category (None: not given), real category, in config, dates
    ("zcdt", "镇村动态", "news", "news", True, ["2024-11-19", "2024-11-15", "2024-11-12", "2024-11-08", "2024-11-05", "2024-11-01", "2024-10-28", "2024-10-22", "2024-10-16"]),
    ("djgz", "党建工作", "news", "news", True, ["2024-10-30", "2024-10-11", "2024-09-13"]),
    ("xczx", "乡村振兴", "news", "news", True, ["2024-10-24", "2024-09-29", "2024-09-05"]),
    ("sthb", "生态环保", "news", "news", True, ["2024-10-18", "2024-09-10"]),
    ("payjs", "平安建设", "news", "news", True, ["2024-11-01", "2024-10-08"]),
    ("cyfz", "产业发展", "news", "news", True, ["2024-09-23", "2024-08-14"]),
    ("msfw", "民生服务", "news", "news", True, ["2024-11-07", "2024-10-21", "2024-10-09"]),
    ("zsyz", "招商引资", "news", "news", True, []),
    ("tzgg", "通知公告", None, "notice", True, ["2024-11-11", "2024-10-14", "2024-08-20"]),
    ("zcwj", "政策文件", "policy", "policy", True, ["2024-07-03", "2024-03-15"]),
    ("cwgk", "财务公开", "other", "other", True, ["2023-12-29", "2023-07-05"]),
    ("rsrm", "人事任免", "personnel", "personnel", True, ["2024-03-21", "2023-08-10"]),
    ("whly", "文化旅游", None, "news", False, ["2024-11-17", "2024-11-02"]),
    ("bmfw", "便民服务", None, "news", False, ["2024-11-13", "2024-10-10"]),
]
XK_MISSING = ("aqsc", "安全生产", "news")
XK_PAGES = [("about", "镇情简介"), ("leaders", "领导班子")]
UP = "/xkz/wp-content/uploads"


def xk_cat(slug: str, page: int = 1) -> str:
    return f"/xkz/category/{slug}/" if page == 1 else f"/xkz/category/{slug}/page/{page}/"


def xk_page(title_: str, main: str, side: str, feat: Item, body_class: str = "archive") -> str:
    names = {s: n for s, n, *_ in XK_CATS}
    def li(slug: str) -> str:
        return f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{xk_cat(slug)}">{esc(names[slug])}</a></li>'
    dong = "".join(li(s) for s in ("zcdt", "djgz", "xczx", "sthb", "payjs", "cyfz", "msfw", "zsyz"))
    gk = "".join(li(s) for s in ("tzgg", "zcwj", "cwgk", "rsrm"))
    zj = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/xkz/{s}/">{n}</a></li>' for s, n in XK_PAGES) + li("whly")
    menu = f"""<ul id="primary-menu" class="menu nav-menu">
<li class="menu-item menu-item-home"><a href="/xkz/">首页</a></li>
<li class="menu-item menu-item-has-children mega-menu"><a href="javascript:;">走进峡口</a><div class="mega-panel"><ul class="sub-menu">{zj}</ul></div></li>
<li class="menu-item menu-item-has-children mega-menu"><a href="javascript:;">政务动态</a><div class="mega-panel"><ul class="sub-menu mega-cols">{dong}</ul>
<div class="mega-featured"><a href="{feat.url}"><img src="{feat.image}" width="300" height="200" alt=""><span>{esc(feat.title)}</span></a></div></div></li>
<li class="menu-item menu-item-has-children mega-menu"><a href="javascript:;">信息公开</a><div class="mega-panel"><ul class="sub-menu">{gk}</ul></div></li>
{li("bmfw")}
</ul>"""
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_)}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="xiakou-style-css" href="/xkz/wp-content/themes/xiakou/style.css?ver=1.2.0" type="text/css" media="all">
<script src="/xkz/wp-content/themes/xiakou/js/navigation.js?ver=1.2.0" id="xiakou-navigation-js"></script>
</head>
<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/xkz/" rel="home"><img src="{UP}/2023/02/logo-xkz.png" width="420" height="70" class="custom-logo" alt="湟川县峡口镇人民政府"></a></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">菜单</button>
{menu}</nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">{side}</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">主办：湟川县峡口镇人民政府　地址：湟川县峡口镇团结路3号　电话：0971-2290012<br>网站标识码：6321230025　青ICP备12003456号-7</div></footer>
</div>
</body>
</html>
"""


def build_xkz() -> None:
    cols: dict[str, Column] = {}
    allitems: list[tuple[Item, str]] = []
    for slug, nm, _cfg, real, _inc, dates in XK_CATS:
        kind = {"news": "news", "notice": "notice", "policy": "policy", "personnel": "personnel", "other": "notice"}[real]
        c = Column(XK, nm, xk_cat(slug), real, make_items(kind, dates, 0, 300 + len(cols)))
        if slug == "cwgk":
            for it, t in zip(c.items, ["峡口镇2023年第四季度财务收支公开", "峡口镇2023年上半年“三公”经费使用情况公开"]):
                it.title = t
        cols[slug] = c
        allitems += [(it, slug) for it in c.items]
    allitems.sort(key=lambda p: (p[0].date, p[1]))
    for k, (it, slug) in enumerate(allitems):
        it.id = 1300 + k * 3 + (k % 2)
        it.url = f"/xkz/archives/{it.id}.html"
    cols["zcdt"].per_page = 6
    for slug in ("zcdt", "xczx", "whly"):
        for it in cols[slug].items:
            it.image = f"{UP}/{it.date:%Y/%m}/{slug}-{it.id}-300x200.jpg"
    # planted: the thumbnail of 乡村振兴's newest post was never generated
    for it in cols["xczx"].items:
        if it is cols["xczx"].items[0]:
            plant("image.broken", XK, xk_cat("xczx"), "post thumbnail whose file is missing (404)", it.image)
        else:
            photo(it.image, 300, 200, it.id)
            decoy("image.broken", XK, xk_cat("xczx"), "post thumbnail", it.image)
    for slug in ("zcdt", "whly"):
        for it in cols[slug].items:
            photo(it.image, 300, 200, it.id, "grey" if it.id % 5 == 0 else "day")
    feat = cols["zcdt"].items[0]
    for it in cols["zcdt"].items[:6] + cols["whly"].items:
        slug = "zcdt" if it in cols["zcdt"].items else "whly"
        decoy("image.broken", XK, xk_cat(slug), "post thumbnail", it.image)
    # article pictures and links
    for it in cols["zcdt"].items[:4] + cols["whly"].items:
        full = it.image.replace("-300x200", "")
        photo(full, 1024, 683, it.id + 1, "day")
        it.extra = f'<figure class="wp-block-image size-large"><img src="{full}" width="1024" height="683" alt="" decoding="async"></figure>\n'
        decoy("image.broken", XK, it.url, "article photo", full)
    white = f"{UP}/2024/10/sthb-xc{cols['sthb'].items[0].id}.jpg"
    flat(white, 640, 420, (255, 255, 255))
    cols["sthb"].items[0].extra = f'<figure class="wp-block-image"><img src="{white}" width="640" height="420" alt=""></figure>\n'
    plant("image.broken", XK, cols["sthb"].items[0].url, "flat white 640×420 box in place of a photo", white)
    sb = "/xkz/service/sbcx.php"
    ROUTES[sb] = {"status": 503}
    bm = cols["bmfw"].items[0]
    bm.extra = f'<p>社保缴费信息可登录<a href="{sb}">社保查询服务</a>自助查询，或到镇便民服务中心窗口办理。</p>\n'
    plant("link.broken", XK, bm.url, "service query answering 503 every time", sb, "suspect")
    for it in (cols["tzgg"].items[0], cols["zcwj"].items[0], cols["cwgk"].items[0]):
        a = f"{UP}/{it.date:%Y/%m}/fj-{it.id}.{'xls' if it is cols['cwgk'].items[0] else 'pdf'}"
        attachment(a, a.rsplit('.', 1)[1])
        it.extra = f'<div class="wp-block-file"><a href="{a}">{esc(it.title[:14])}附件</a></div>\n'
        decoy("link.broken", XK, it.url, "attachment that exists", a, "definite")
    # the people's photos on the leaders page
    lead = ""
    for i, (n, post) in enumerate([("祁海林", "镇党委书记"), ("马晓燕", "镇长"), ("索南才让", "镇人大主席")]):
        img = f"{UP}/2023/02/leader-{i + 1}.jpg"
        portrait(img, 5000 + i)
        decoy("image.broken", XK, "/xkz/leaders/", "a leader's portrait", img)
        lead += f'<div class="wp-block-column"><img src="{img}" width="150" height="200" alt="{n}"><p><strong>{n}</strong><br>{post}</p></div>'

    recent = sorted((it for it, _ in allitems), key=lambda x: x.date, reverse=True)[:5]
    counts = "".join(f'<li class="cat-item"><a href="{xk_cat(s)}">{esc(n)}</a> ({len(cols[s].items)})</li>' for s, n, *_ in XK_CATS if cols[s].items)
    side = ('<section class="widget widget_recent_entries"><h2 class="widget-title">最新文章</h2><ul>'
            + "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><span class="post-date">{it.date.year}年{it.date.month}月{it.date.day}日</span></li>' for it in recent)
            + f'</ul></section><section class="widget widget_categories"><h2 class="widget-title">分类目录</h2><ul>{counts}</ul></section>'
            + f'<section class="widget widget_media_image"><img src="{UP}/2023/02/qr-xkz.png" width="132" height="132" alt="峡口镇微信公众号"><p>峡口镇微信公众号</p></section>')
    qrcode(f"{UP}/2023/02/qr-xkz.png", 11)
    decoy("image.broken", XK, xk_cat("djgz"), "QR code in the sidebar", f"{UP}/2023/02/qr-xkz.png")
    decoy("image.broken", XK, xk_cat("djgz"), "featured post in the mega-menu", feat.image)

    for slug, nm, _cfg, _real, _inc, _d in XK_CATS:
        c = cols[slug]
        for it in c.items:
            main = f"""<article id="post-{it.id}" class="post-{it.id} post type-post status-publish format-standard category-{slug}">
<header class="entry-header"><h1 class="entry-title">{esc(it.title)}</h1>
<div class="entry-meta">发布日期：{it.date:%Y-%m-%d}　|　来源：峡口镇党政办　|　分类：<a href="{c.url}" rel="category tag">{esc(nm)}</a></div></header>
<div class="entry-content">{it.extra}{body(it.id + 3)}</div>
</article>"""
            write(it.url, xk_page(f"{it.title} – 湟川县峡口镇人民政府", main, side, feat, "post-template-default single single-post"))
    slow = cols["zcdt"].items[2].url
    ROUTES[slow] = {"delay_ms": 1500}
    DELAYS.append({"url_path": slow, "ms": 1500})
    decoy("site.slow", XK, slow, "article delayed 1500 ms (under slow_ms)")

    deleted = "/xkz/archives/1187.html"
    for slug, nm, cfg, real, inc, _d in XK_CATS:
        c = cols[slug]
        items = sorted(c.items, key=lambda x: x.date, reverse=True)
        pages = max(1, -(-len(items) // c.per_page))
        for p in range(1, pages + 1):
            chunk = items[(p - 1) * c.per_page: p * c.per_page]
            arts = ""
            for it in chunk:
                th = f'<a class="post-thumbnail" href="{it.url}" aria-hidden="true"><img width="300" height="200" src="{it.image}" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy"></a>' if it.image else ""
                arts += (f'<article id="post-{it.id}" class="post-{it.id} post type-post status-publish category-{slug}">{th}'
                         f'<header class="entry-header"><h2 class="entry-title"><a href="{it.url}" rel="bookmark">{esc(it.title)}</a></h2>'
                         f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{it.date:%Y-%m-%d}T09:{it.id % 60:02d}:00+08:00">{it.date.year}年{it.date.month}月{it.date.day}日</time></span></div></header>'
                         f'<div class="entry-summary"><p>{esc(it.title)}。近日，峡口镇……</p></div></article>')
            if slug == "zcdt" and p == 2:
                # the deleted post sits between 10-28 and 10-22
                parts = arts.split("</article>")
                gone = (f'<article id="post-1187" class="post-1187 post type-post category-zcdt"><header class="entry-header"><h2 class="entry-title"><a href="{deleted}" rel="bookmark">峡口镇召开2024年秋季森林草原防火工作部署会</a></h2>'
                        '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-10-25T10:12:00+08:00">2024年10月25日</time></span></div></header>'
                        '<div class="entry-summary"><p>峡口镇召开2024年秋季森林草原防火工作部署会。</p></div>')
                arts = "</article>".join(parts[:1] + [gone] + parts[1:])
                plant("link.broken", XK, xk_cat("zcdt", 2), "a deleted post still listed on page 2 (404)", deleted, "definite")
            if not chunk:
                arts = '<section class="no-results not-found"><header class="page-header"><h1 class="page-title">未找到</h1></header><div class="page-content"><p>抱歉，该分类下暂无文章。</p></div></section>'
                c.blank_note = "WordPress “未找到 / 抱歉，该分类下暂无文章。”"
            pager = ""
            if pages > 1:
                nums = " ".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == p else f'<a class="page-numbers" href="{xk_cat(slug, k)}">{k}</a>' for k in range(1, pages + 1))
                prev = f'<a class="prev page-numbers" href="{xk_cat(slug, p - 1)}">« 上一页</a> ' if p > 1 else ""
                nxt = f' <a class="next page-numbers" href="{xk_cat(slug, p + 1)}">下一页 »</a>' if p < pages else ""
                pager = f'<nav class="navigation pagination" aria-label="文章分页"><div class="nav-links">{prev}{nums}{nxt}</div></nav>'
            main = f'<header class="page-header"><h1 class="page-title">分类：<span>{esc(nm)}</span></h1></header>{arts}{pager}'
            write(xk_cat(slug, p), xk_page(f"{nm} – 湟川县峡口镇人民政府", main, side, feat, f"archive category category-{slug}"))
            if p > 1:
                decoy("column.blank", XK, xk_cat(slug, p), "page 2 of a list", nm)
                decoy("column.overdue", XK, xk_cat(slug, p), "page 2 of a list holds older items", nm)
        judge(c, xk_cat(slug), "/xkz/", unmonitored=not inc)
    plant("column.overdue_many", XK, "/xkz/", "5 news columns overdue")
    slug, nm, _ = XK_MISSING
    plant("column.missing", XK, xk_cat(slug), "configured, answers 404, linked from nowhere", nm)
    decoy("column.blank", XK, xk_cat(slug), "missing, not blank", nm)
    decoy("column.overdue", XK, xk_cat(slug), "missing, not overdue", nm)

    # pages
    town = f"{UP}/2023/02/xiakou-town.jpg"
    photo(town, 960, 400, 6006, "grey")
    decoy("image.broken", XK, "/xkz/about/", "grey photo of the town with detail", town)
    about = (f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">镇情简介</h1></header><div class="entry-content">'
             f'<figure class="wp-block-image"><img src="{town}" width="960" height="400" alt=""></figure>'
             '<p>峡口镇位于湟川县西部，距县城18公里，辖11个行政村，总人口2.3万人。1958年设峡口公社，1984年改乡，2001年撤乡设镇。</p>'
             '<table class="wp-block-table"><tr><td>党政办</td><td>0971-2290012</td></tr><tr><td>便民服务中心</td><td>0971-2290035</td></tr></table></div></article>')
    write("/xkz/about/", xk_page("镇情简介 – 湟川县峡口镇人民政府", about, side, feat, "page-template-default page"))
    write("/xkz/leaders/", xk_page("领导班子 – 湟川县峡口镇人民政府",
                                   f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">领导班子</h1></header><div class="entry-content"><div class="wp-block-columns">{lead}</div></div></article>',
                                   side, feat, "page-template-default page"))
    for s, n in XK_PAGES:
        decoy("column.blank", XK, f"/xkz/{s}/", "a single page", n)
        decoy("column.overdue", XK, f"/xkz/{s}/", "a single page, category other", n)

    # home
    slides = ""
    for i, it in enumerate(cols["zcdt"].items[:3]):
        src = f"{UP}/2024/11/slide-{i + 1}.{'png' if i == 2 else 'jpg'}"
        if i == 2:
            placeholder(src, 900, 380, "暂无图片")
            plant("image.broken", XK, "/xkz/", "占位图: “暂无图片” graphic in the homepage slider", src)
        else:
            photo(src, 900, 380, 7000 + i, "day")
            decoy("image.broken", XK, "/xkz/", "slider picture", src)
        slides += f'<div class="swiper-slide"><a href="{it.url}"><img src="{src}" width="900" height="380" alt=""><span class="caption">{esc(it.title)}</span></a></div>'

    def block(slug: str, k: int) -> str:
        c = cols[slug]
        rows = "".join(f'<li><a href="{it.url}">{esc(it.title)}</a><span>{it.date:%Y.%m.%d}</span></li>' for it in c.items[:k])
        return f'<section class="home-block"><h2><a href="{c.url}">{esc(c.name)}</a></h2><ul>{rows}</ul></section>'
    home = (f'<div class="swiper home-slider"><div class="swiper-wrapper">{slides}</div></div>'
            + block("zcdt", 6) + block("tzgg", 3) + block("zcwj", 2) + block("whly", 2))
    write("/xkz/", xk_page("湟川县峡口镇人民政府", home, side, feat, "home blog"))
    banner(f"{UP}/2023/02/logo-xkz.png", 420, 70, "峡口镇人民政府", ((20, 110, 80), (60, 160, 110)), 12)
    decoy("image.broken", XK, "/xkz/", "site logo", f"{UP}/2023/02/logo-xkz.png")
    write("/xkz/wp-content/themes/xiakou/style.css", "/*\nTheme Name: Xiakou\nVersion: 1.2.0\n*/\nbody{margin:0;font-family:'PingFang SC','Microsoft YaHei',sans-serif}"
          ".mega-panel{display:none;position:absolute;left:0;right:0;background:#fff}.mega-menu:hover .mega-panel{display:flex}"
          ".site-content{display:flex}.site-main{flex:1}.widget-area{width:300px}.post-thumbnail{float:left;margin-right:16px}\n")
    write("/xkz/wp-content/themes/xiakou/js/navigation.js", "(function(){document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('.menu-toggle');"
          "if(!b)return;b.addEventListener('click',function(){var n=document.getElementById('site-navigation');n.classList.toggle('toggled');});});})();\n")


# =============================================================================================
# hc-zwfw, config, expected, server
# =============================================================================================


def sites_yaml() -> str:
    fg_cols = []
    for n, nm, cfg, _real, inc in FG_COLS:
        if not inc:
            continue
        url = f'"{{base}}fgj/Category_{n}/"' if n == 14 else f'"{fg_cat(n)}"'
        fg_cols.append("      - {name: %s, url: %s%s}" % (nm, url, f", category: {cfg}" if cfg else ""))
        if n == 20:
            fg_cols.append('      - {name: %s, url: "%s", category: %s}' % (FG_MISSING[1], fg_cat(FG_MISSING[0]), FG_MISSING[2]))
    xk_cols = [f'      - {{name: {n}, url: "/xkz/{s}/", category: other}}' for s, n in XK_PAGES]
    for slug, nm, cfg, _real, inc, _d in XK_CATS:
        if not inc:
            continue
        url = f'"{{base}}xkz/category/{slug}/"' if slug == "tzgg" else f'"{xk_cat(slug)}"'
        xk_cols.append("      - {name: %s, url: %s%s}" % (nm, url, f", category: {cfg}" if cfg else ""))
        if slug == "zsyz":
            xk_cols.append('      - {name: %s, url: "%s", category: %s}' % (XK_MISSING[1], xk_cat(XK_MISSING[0]), XK_MISSING[2]))
    return "\n".join([
        "# The engine-7 holdout's config ({base} is the server's root URL). Generated by generate.py.",
        "defaults:", "  timeout_s: 15", "  slow_ms: 3000", "sites:",
        f"  - id: {HC}", "    name: 湟川县人民政府", '    url: "{base}"',
        f"  - id: {FG}", "    name: 湟川县发展和改革局", "    owner: 湟川县发展和改革局", '    url: "{base}fgj/"', "    columns:", *fg_cols,
        f"  - id: {XK}", "    name: 湟川县峡口镇人民政府", '    url: "{base}xkz/"', "    columns:", *xk_cols,
        "  - id: hc-zwfw", "    name: 湟川县政务服务中心", '    url: "{base}zwfw/"', "",
    ])


def key(e: dict) -> tuple:
    from urllib.parse import urlsplit
    path = urlsplit(e["url_path"]).path
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return (e["site"], e["rule"], path, e.get("target"), e.get("certainty"))


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_huangchuan()
    build_fgj()
    build_xkz()
    ROUTES["/zwfw/*"] = {"reset": True}
    plant("site.unreachable", "hc-zwfw", "/zwfw/", "homepage resets the connection")
    write("/robots.txt", "User-agent: *\nDisallow: /SiteFiles/\n")

    planted = {key(e) for e in FINDINGS}
    assert len(planted) == len(FINDINGS), "duplicate planted finding"
    seen: set = set()
    decoys = []
    for d in DECOYS:
        k = key(d)
        if k in seen:
            continue
        assert (k[0], k[1], k[2], k[3]) not in {(p[0], p[1], p[2], p[3]) for p in planted}, f"decoy equals a planted finding: {d}"
        seen.add(k)
        decoys.append(d)
    expected = {"as_of": AS_OF.isoformat(), "findings": FINDINGS, "delays": DELAYS, "decoys": decoys}
    (HERE / "expected.yaml").write_text("# Planted problems of the engine-7 holdout (generated by generate.py).\n"
                                        + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n"
                                      + yaml.safe_dump({"routes": dict(sorted(ROUTES.items()))}, allow_unicode=True), encoding="utf-8")
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    counts: dict[str, int] = {}
    for e in FINDINGS:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    pages = sum(1 for _ in SITE.rglob("*.html"))
    others = sum(1 for p in SITE.rglob("*") if p.is_file()) - pages
    print(f"{len(FINDINGS)} planted, {len(decoys)} decoys, {pages} HTML pages, {others} other files")
    for r, n in sorted(counts.items()):
        print(f"  {r:22} {n}")


if __name__ == "__main__":
    main()

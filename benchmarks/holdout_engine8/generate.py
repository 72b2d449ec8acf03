"""Generate the engine-8 holdout: 桂川县 (invented, 广西壮族自治区).

Three markup families never used before in the holdouts:

* ``guichuan`` — a county portal on a 广西 province-wide 集约化 platform
  (``/zwdt/gcyw/t20250411_1234567.html``, ``index_1.html`` pagination, ``/uploadfiles/…``);
* ``gc-nyj`` — 桂川县农业农村局, a Joomla 4 style department site with SEF URLs
  (``/nyj/gzdt.html``, ``/nyj/gzdt/1234-alias.html``, ``/nyj/gzdt/page-2.html``);
* ``gc-tmz`` — 塘湄镇人民政府, a township on a 凡科-style site builder (``/tmz/h-col-112.html``,
  ``/tmz/h-nd-2301.html``, div soup with generated class names, card lists);
* ``gc-ggzy`` — 桂川县公共资源交易中心, whose homepage answers 502.

Run: ``.venv/bin/python benchmarks/holdout_engine8/generate.py``. Deterministic.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import random
import shutil
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = dt.date(2025, 4, 16)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LIMIT_DAYS = {"news": 14}
LIMIT_MONTHS = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}

rng = random.Random(20250416)
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
ROUTES: dict[str, dict] = {}
DELAYS: list[dict] = []
FILES: dict[str, bytes] = {}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def day(age: int) -> dt.date:
    return AS_OF - dt.timedelta(days=age)


def months_before(d: dt.date, n: int) -> dt.date:
    y, m = d.year, d.month - n
    while m <= 0:
        m += 12
        y -= 1
    return dt.date(y, m, min(d.day, 28))


def verdict(category: str | None, newest: dt.date | None) -> str:
    """fresh / due_soon / overdue, refusing boundary-ambiguous dates."""
    if newest is None or category in (None, "other"):
        return "fresh"
    age = (AS_OF - newest).days
    if category == "news":
        if age <= 9:
            return "fresh"
        if age == 13:
            return "due_soon"
        if age >= 18:
            return "overdue"
        raise SystemExit(f"ambiguous news age {age}")
    limit = months_before(AS_OF, LIMIT_MONTHS[category])
    gap = (newest - limit).days
    if gap > 20:
        return "fresh"
    if gap < -20:
        return "overdue"
    raise SystemExit(f"ambiguous {category} date {newest}")


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


def _save(img: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, "JPEG", quality=82)
    elif fmt == "GIF":
        img.save(buf, "GIF")
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def photo(w: int, h: int, seed: int, mood: str = "day") -> bytes:
    r = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    if mood == "night":
        top, bot = (8, 10, 30), (30, 28, 50)
    elif mood == "grey":
        top, bot = (170, 172, 175), (120, 122, 125)
    else:
        top = (r.randint(90, 150), r.randint(150, 200), r.randint(200, 240))
        bot = (r.randint(40, 90), r.randint(100, 150), r.randint(40, 80))
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bot)))
    for _ in range(14):
        x, y = r.randint(0, w), r.randint(h // 3, h)
        rad = r.randint(max(4, w // 20), max(6, w // 5))
        if mood == "night":
            col = (r.randint(200, 255), r.randint(180, 230), r.randint(60, 120))
            rad = max(2, rad // 6)
        elif mood == "grey":
            g = r.randint(80, 210)
            col = (g, g, g)
        else:
            col = (r.randint(30, 200), r.randint(80, 200), r.randint(30, 160))
        d.ellipse([x - rad, y - rad, x + rad, y + rad], fill=col)
    for _ in range(5):
        x = r.randint(0, w)
        bw, bh = r.randint(w // 14, w // 6), r.randint(h // 6, h // 2)
        g = r.randint(60, 230)
        d.rectangle([x, h - bh, x + bw, h], fill=(g, g - 10 if g > 10 else g, g - 20 if g > 20 else g))
    img = img.filter(ImageFilter.GaussianBlur(1))
    px = img.load()
    for _ in range(w * h // 12):
        x, y = r.randrange(w), r.randrange(h)
        p = px[x, y]
        n = r.randint(-18, 18)
        px[x, y] = tuple(max(0, min(255, c + n)) for c in p)
    return _save(img, "JPEG")


def icon(size: int, color: tuple[int, int, int], glyph: str) -> bytes:
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([1, 1, size - 2, size - 2], radius=size // 5, fill=color)
    f = font(int(size * 0.55))
    d.text((size / 2, size / 2), glyph, font=f, fill=(255, 255, 255), anchor="mm")
    return _save(img, "PNG")


def qr(size: int, seed: int) -> bytes:
    r = random.Random(seed)
    n = 25
    cell = size // (n + 4)
    img = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(img)
    off = (size - cell * n) // 2
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = r.random() < 0.5
            if on:
                d.rectangle([off + j * cell, off + i * cell, off + (j + 1) * cell - 1, off + (i + 1) * cell - 1], fill=0)
    return _save(img, "PNG")


def banner(w: int, h: int, text: str, sub: str, seed: int) -> bytes:
    r = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=(int(160 + 60 * t), int(20 + 30 * t), int(20 + 10 * t)))
    for _ in range(30):
        x, y = r.randint(0, w), r.randint(0, h)
        d.ellipse([x - 20, y - 20, x + 20, y + 20], outline=(230, 180, 90), width=2)
    d.text((30, h // 2 - 18), text, font=font(max(16, h // 3)), fill=(255, 236, 180), anchor="lm")
    d.text((32, h // 2 + h // 4), sub, font=font(max(10, h // 8)), fill=(255, 255, 255), anchor="lm")
    return _save(img, "JPEG")


def placeholder(w: int, h: int, text: str) -> bytes:
    img = Image.new("RGB", (w, h), (238, 238, 238))
    d = ImageDraw.Draw(img)
    cx, cy = w // 2, h // 2 - h // 10
    s = min(w, h) // 5
    d.rectangle([cx - s, cy - s * 3 // 4, cx + s, cy + s * 3 // 4], outline=(180, 180, 180), width=3)
    d.polygon([(cx - s + 6, cy + s * 3 // 4 - 6), (cx - s // 3, cy), (cx + s // 4, cy + s // 2), (cx + s - 6, cy + s * 3 // 4 - 6)],
              fill=(200, 200, 200))
    d.ellipse([cx + s // 3, cy - s // 2, cx + s // 3 + s // 4, cy - s // 2 + s // 4], fill=(200, 200, 200))
    d.text((w // 2, cy + s + 14), text, font=font(max(12, w // 16)), fill=(150, 150, 150), anchor="mt")
    return _save(img, "PNG")


def flat(w: int, h: int, color: tuple[int, int, int], fmt: str = "PNG") -> bytes:
    return _save(Image.new("RGB", (w, h), color), fmt)


def loading_gif() -> bytes:
    return _save(Image.new("P", (1, 1), 0), "GIF")


def divider(w: int, h: int) -> bytes:
    img = Image.new("RGB", (w, h), (200, 30, 30))
    d = ImageDraw.Draw(img)
    for x in range(0, w, 8):
        d.line([(x, 0), (x + 3, h)], fill=(240, 200, 120))
    return _save(img, "PNG")


def put(path: str, data: bytes | str) -> str:
    FILES[path] = data.encode("utf-8") if isinstance(data, str) else data
    return path


# shared assets
put("/images/loading.gif", loading_gif())
put("/tmz/res/img/loading.gif", loading_gif())
DOC_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
DOC_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
DOC_DOCX = b"PK\x03\x04" + b"\x00" * 200
DOC_XLS = DOC_DOC


def attachment(path: str) -> str:
    ext = path.rsplit(".", 1)[-1]
    return put(path, {"pdf": DOC_PDF, "doc": DOC_DOC, "docx": DOC_DOCX, "xls": DOC_XLS, "xlsx": DOC_DOCX, "rar": b"Rar!\x1a\x07\x00" + b"\x00" * 64}[ext])


# =============================================================================================
# Titles
# =============================================================================================

TOPICS = {
    "news": ["召开{m}工作推进会", "开展{m}专项督查", "部署{m}重点工作", "{m}工作取得阶段性成效", "调研{m}工作",
             "举办{m}培训班", "召开{m}联席会议", "推进{m}项目建设", "开展{m}集中宣传活动", "检查{m}落实情况"],
    "notice": ["关于做好{m}工作的通知", "关于开展{m}的公告", "关于{m}有关事项的通知", "关于征求{m}意见的公告"],
    "policy": ["桂川县{m}实施方案", "关于进一步加强{m}的意见", "桂川县{m}管理办法", "关于印发{m}工作要点的通知"],
    "personnel": ["{m}工作人员拟聘用人员名单公示", "关于{m}人员任免的通知", "{m}公开招聘工作人员公告"],
    "plan": ["桂川县{m}“十四五”规划", "{m}年度工作计划", "{m}三年行动计划（2024—2026年）"],
    "other": ["{m}情况公开", "{m}信息公示", "{m}有关情况说明"],
}
SUBJECTS = ["春耕生产", "森林防火", "安全生产", "乡村振兴", "防汛抗旱", "人居环境整治", "优化营商环境", "食品安全",
            "糖料蔗产业", "桑蚕产业", "稻渔综合种养", "高标准农田", "河湖长制", "耕地保护", "民族团结进步", "招商引资",
            "城乡医保", "义务教育", "养老服务", "消防安全", "油茶产业", "边贸物流", "就业创业", "文明城市创建"]


def title_for(category: str, seed: int, prefix: str = "") -> str:
    r = random.Random(seed)
    t = r.choice(TOPICS.get(category, TOPICS["news"])).format(m=r.choice(SUBJECTS))
    return prefix + t


# =============================================================================================
# Column model
# =============================================================================================


class Col:
    def __init__(self, site: str, name: str, path: str, category: str | None, ages: list[int] | None,
                 style: str = "", configured: bool = True, cfg_category: bool = True, blank: str = "",
                 per_page: int = 0, missing: bool = False, nav: bool = True, full_url: bool = False,
                 overdue_note: str = "") -> None:
        self.site, self.name, self.path, self.category = site, name, path, category
        self.ages = sorted(ages or [])
        self.style, self.configured, self.cfg_category = style, configured, cfg_category
        self.blank, self.per_page, self.missing, self.nav, self.full_url = blank, per_page, missing, nav, full_url
        self.items: list[dict] = []
        self.pages: list[str] = [path]

    @property
    def newest(self) -> dt.date | None:
        return day(self.ages[0]) if self.ages else None


ART_ID = [1000]


def next_id(step: int = 7) -> int:
    ART_ID[0] += rng.randint(3, step + 3)
    return ART_ID[0]


# =============================================================================================
# Site 1: guichuan — 广西集约化 county portal
# =============================================================================================

GC = "guichuan"
GC_COLS = [
    Col(GC, "桂川要闻", "/zwdt/gcyw/", "news", [1, 2, 3, 4, 6, 7, 9, 11, 15, 19, 23, 27, 30, 34], per_page=10),
    Col(GC, "部门动态", "/zwdt/bmdt/", "news", [24, 31, 38, 46, 55]),
    Col(GC, "乡镇动态", "/zwdt/xzdt/", "news", [13, 16, 20, 25, 33]),
    Col(GC, "通知公告", "/zwdt/tzgg/", "notice", [5, 12, 26, 40, 58, 77], style="date-first"),
    Col(GC, "政策文件", "/xxgk/zfxxgkml/zcwj/", "policy", [98, 130, 160, 210, 250, 300], style="table"),
    Col(GC, "人事信息", "/xxgk/zfxxgkml/rsxx/", "personnel", [240, 290, 330, 400], style="date-first"),
    Col(GC, "规划计划", "/xxgk/zfxxgkml/ghjh/", "plan", [420, 510, 700]),
    Col(GC, "财政预决算", "/xxgk/zfxxgkml/czyjs/", "other", [400, 430, 760], style="table"),
    Col(GC, "重大项目", "/xxgk/zfxxgkml/zdxm/", "other", [], blank="暂无信息"),
    Col(GC, "政策解读", "/xxgk/zcjd/", "policy", [3, 18, 45, 90], style="date-first"),
]
GC_GROUPS = [
    ("政务动态", "/zwdt/", ["桂川要闻", "部门动态", "乡镇动态", "通知公告"]),
    ("信息公开", "/xxgk/", ["政策文件", "政策解读", "人事信息", "规划计划", "财政预决算", "重大项目"]),
]

# =============================================================================================
# Site 2: gc-nyj — Joomla-style department
# =============================================================================================

NYJ = "gc-nyj"
NYJ_COLS = [
    Col(NYJ, "单位简介", "/nyj/dwjj.html", "other", None, style="single"),
    Col(NYJ, "工作动态", "/nyj/gzdt.html", "news", [0, 2, 5, 6, 8, 12, 17, 21, 26, 33], style="blog", per_page=8),
    Col(NYJ, "农情信息", "/nyj/nqxx.html", "news", [22, 29, 35, 48], style="dl"),
    Col(NYJ, "畜牧水产", "/nyj/xmsc.html", "news", [13, 19, 28, 42], style="blog"),
    Col(NYJ, "通知公告", "/nyj/tzgg.html", "notice", [8, 27, 60, 120], style="table", cfg_category=False, full_url=True),
    Col(NYJ, "政策文件", "/nyj/zcwj.html", "policy", [214, 260, 330], style="table"),
    Col(NYJ, "规划计划", "/nyj/ghjh.html", "plan", [402, 590], style="dl"),
    Col(NYJ, "人事信息", "/nyj/rsxx.html", "personnel", [190, 280, 365], style="dl", cfg_category=False),
    Col(NYJ, "财政资金", "/nyj/czzj.html", "other", [], style="blog", blank="此分类中没有文章。"),
    Col(NYJ, "行政执法", "/nyj/xzzf.html", "other", [], style="table", blank="header-only"),
    Col(NYJ, "双随机一公开", "/nyj/ssj.html", "other", [], style="dl", blank="empty-list"),
    Col(NYJ, "统计信息", "/nyj/tjxx.html", "other", [], style="table", blank="暂无数据"),
    Col(NYJ, "建议提案办理", "/nyj/jyta.html", "other", [], style="blog", blank="没有找到相关信息"),
    Col(NYJ, "农机购置补贴", "/nyj/njbt.html", "news", [1, 4, 9, 16], style="dl", configured=False),
    Col(NYJ, "信用公示", "/nyj/xygs.html", "other", None, missing=True, nav=False),
]

# =============================================================================================
# Site 3: gc-tmz — 凡科-style township
# =============================================================================================

TMZ = "gc-tmz"
TMZ_COLS = [
    Col(TMZ, "镇情概况", "/tmz/h-col-101.html", "other", None, style="single"),
    Col(TMZ, "镇务动态", "/tmz/h-col-112.html", "news", [0, 3, 4, 7, 9, 14, 18, 22, 29], style="cards", per_page=6),
    Col(TMZ, "党建引领", "/tmz/h-col-113.html", "news", [20, 34, 51, 70], style="list"),
    Col(TMZ, "乡村振兴", "/tmz/h-col-114.html", "news", [27, 45, 66], style="cards"),
    Col(TMZ, "产业发展", "/tmz/h-col-115.html", "news", [40, 80, 121], style="list"),
    Col(TMZ, "平安塘湄", "/tmz/h-col-116.html", "news", [19, 25, 57], style="list"),
    Col(TMZ, "民生实事", "/tmz/h-col-117.html", "news", [58, 96], style="cards"),
    Col(TMZ, "通知公告", "/tmz/h-col-118.html", "notice", [6, 30, 88], style="list", cfg_category=False),
    Col(TMZ, "政策文件", "/tmz/h-col-119.html", "policy", [120, 200], style="list"),
    Col(TMZ, "财务公开", "/tmz/h-col-120.html", "other", [420, 480], style="list"),
    Col(TMZ, "人事任免", "/tmz/h-col-121.html", "personnel", [], style="cards", blank="暂无内容"),
    Col(TMZ, "文明实践", "/tmz/h-col-124.html", "news", [2, 8, 15], style="cards", configured=False),
    Col(TMZ, "村务公开", "/tmz/h-col-125.html", "other", [60, 150], style="list", configured=False),
    Col(TMZ, "项目公示", "/tmz/h-col-130.html", "other", None, missing=True, nav=False),
]

SITE_URL = {GC: "/", NYJ: "/nyj/", TMZ: "/tmz/"}


def article_path(c: Col, d: dt.date, aid: int) -> str:
    if c.site == GC:
        return f"{c.path}{d:%Y%m}/t{d:%Y%m%d}_{aid * 97 % 10000000:07d}.html"
    if c.site == NYJ:
        slug = c.path.rsplit("/", 1)[1][:-5]
        return f"/nyj/{slug}/{aid}-{slug}-{d:%Y%m%d}.html"
    return f"/tmz/h-nd-{aid}.html"


def build_items(cols: list[Col], seed: int) -> None:
    for k, c in enumerate(cols):
        for i, age in enumerate(c.ages):
            d = day(age)
            aid = next_id()
            cat = c.category or "news"
            c.items.append({"date": d, "title": title_for(cat, seed * 1000 + k * 50 + i), "path": article_path(c, d, aid),
                            "id": aid, "col": c})
        if c.per_page and len(c.items) > c.per_page:
            n = (len(c.items) + c.per_page - 1) // c.per_page
            for p in range(2, n + 1):
                if c.site == GC:
                    c.pages.append(f"{c.path}index_{p - 1}.html")
                elif c.site == NYJ:
                    c.pages.append(c.path[:-5] + f"/page-{p}.html")
                else:
                    c.pages.append(c.path[:-5] + f"-{p}.html")


for cols, s in ((GC_COLS, 1), (NYJ_COLS, 2), (TMZ_COLS, 3)):
    build_items(cols, s)


def col_by(cols: list[Col], name: str) -> Col:
    return next(c for c in cols if c.name == name)


# planted extras attached to articles: path -> list of html snippets
EXTRA: dict[str, list[str]] = {}


def add_extra(path: str, snippet: str) -> None:
    EXTRA.setdefault(path, []).append(snippet)


def fmt_date(d: dt.date, style: str) -> str:
    return {"iso": f"{d:%Y-%m-%d}", "slash": f"{d:%Y/%m/%d}", "cn": f"{d.year}年{d.month:02d}月{d.day:02d}日",
            "cn1": f"{d.year}年{d.month}月{d.day}日", "dot": f"{d:%Y.%m.%d}", "short": f"{d:%m-%d}",
            "slash1": f"{d.year}/{d.month}/{d.day}"}[style]


# =============================================================================================
# Rendering: guichuan
# =============================================================================================

put("/images/gc/logo.png", _save(Image.open(io.BytesIO(banner(520, 80, "桂川县人民政府", "GUICHUAN COUNTY PEOPLE'S GOVERNMENT", 1))), "PNG"))
put("/images/gc/top-bg.jpg", photo(1400, 220, 2))
put("/images/gc/jiucuo.png", icon(110, (200, 30, 30), "纠"))
put("/images/gc/dzjg.png", icon(48, (210, 40, 40), "党"))
put("/images/gc/ga.png", icon(20, (60, 90, 160), "警"))
put("/images/gc/wx-qr.png", qr(150, 11))
put("/images/gc/app-qr.png", qr(150, 12))
put("/images/gc/line.png", divider(1200, 2))
_arrow = Image.new("RGB", (6, 10), (255, 255, 255))
ImageDraw.Draw(_arrow).polygon([(0, 0), (5, 5), (0, 9)], fill=(190, 20, 20))
put("/images/gc/arrow.png", _save(_arrow, "PNG"))
put("/images/gc/piaochuang.jpg", banner(260, 120, "学习宣传贯彻", "全国两会精神", 5))
for i, (g, col) in enumerate([("办", (30, 110, 200)), ("查", (20, 150, 110)), ("缴", (230, 130, 20)), ("问", (160, 60, 170)),
                                ("医", (40, 160, 190)), ("社", (200, 60, 60))]):
    put(f"/images/gc/ico/fw{i + 1}.png", icon(64, col, g))
put("/css/gc/style.css", "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif}.w1200{width:1200px;margin:0 auto}"
    ".nav li{float:left;position:relative}.nav .sub{display:none;position:absolute}.nav li:hover .sub{display:block}"
    ".list li{border-bottom:1px dashed #ddd}.list li span{float:right;color:#999}.pc{position:absolute;z-index:99}")
put("/js/gc/common.js", "function tab(n,i){var t=document.querySelectorAll('.tabcon'+n);for(var k=0;k<t.length;k++){t[k].style.display=k==i?'block':'none';}}\n"
    "window.addEventListener('load',function(){var imgs=document.querySelectorAll('img[data-original]');for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute('data-original');}});\n"
    "(function(){var p=document.getElementById('piaochuang');if(!p)return;var x=50,y=60,dx=1,dy=1;setInterval(function(){x+=dx;y+=dy;if(x<0||x>window.innerWidth-270)dx=-dx;if(y<0||y>window.innerHeight-140)dy=-dy;p.style.left=x+'px';p.style.top=y+'px';},40);})();\n")


def gc_header(active: str = "") -> str:
    subs = {name: c for c in GC_COLS for name in [c.name]}
    nav = ['<li><a href="/">首页</a></li>']
    for gname, gpath, names in GC_GROUPS:
        items = "".join(f'<a href="{subs[n].path}">{n}</a>' for n in names)
        nav.append(f'<li{" class=on" if active == gname else ""}><a href="{gpath}">{gname}</a><div class="sub">{items}</div></li>')
    nav.append('<li><a href="/zjgc/">走进桂川</a><div class="sub"><a href="/zjgc/xqgk/">县情概况</a><a href="/zjgc/ldzc/">领导之窗</a></div></li>')
    nav.append('<li><a href="/hdjl/xjxx/">县长信箱</a></li>')
    return f"""<div class="top-bar"><div class="w1200"><span>欢迎访问桂川县人民政府门户网站</span><a href="/wza/">无障碍浏览</a> | <a href="/zjgc/xqgk/">关于桂川</a></div></div>
<div class="header" style="background:url(/images/gc/top-bg.jpg)"><div class="w1200"><a href="/"><img src="/images/gc/logo.png" alt="桂川县人民政府" width="520" height="80"></a>
<form action="/search/" class="sch"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">{''.join(nav)}</ul></div>"""


GC_FOOTER = """<div class="footer"><div class="w1200"><img src="/images/gc/line.png" width="1200" height="2" alt="">
<p>主办单位：桂川县人民政府办公室　　承办单位：桂川县大数据发展中心</p>
<p>网站标识码：4513990001　　<a href="/wzdt/">网站地图</a>　　桂ICP备05001234号-1　　<img src="/images/gc/ga.png" alt="">桂公网安备 45139902000123号</p>
<p>地址：桂川县城厢镇民主路18号　联系电话：0771-7123456</p>
<a href="/wzjc/"><img src="/images/gc/jiucuo.png" alt="政府网站找错"></a> <a href="/about/dzjg/"><img src="/images/gc/dzjg.png" alt="党政机关"></a></div></div>
<script src="/js/gc/common.js"></script>"""


def gc_page(title: str, body: str, active: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="桂川县人民政府"><meta name="SiteDomain" content="www.guichuan.gov.cn">
<meta name="SiteIDCode" content="4513990001"><title>{esc(title)}_桂川县人民政府门户网站</title><link rel="stylesheet" href="/css/gc/style.css"></head>
<body>{gc_header(active)}<div class="main w1200">{body}</div>{GC_FOOTER}</body></html>"""


def gc_crumb(*parts: tuple[str, str]) -> str:
    return '<div class="position">当前位置：<a href="/">首页</a>' + "".join(f" &gt; <a href=\"{p}\">{n}</a>" for n, p in parts) + "</div>"


def gc_group_of(c: Col) -> tuple[str, str]:
    for gname, gpath, names in GC_GROUPS:
        if c.name in names:
            return gname, gpath
    return "", "/"


def gc_left(gname: str, gpath: str, current: str) -> str:
    names = next(n for g, p, n in GC_GROUPS if g == gname)
    cur = ' class="cur"'
    lis = "".join(f'<li{cur if n == current else ""}><a href="{col_by(GC_COLS, n).path}">{n}</a></li>' for n in names)
    return f'<div class="left-menu"><h2>{gname}</h2><ul>{lis}</ul></div>'


def gc_list_html(c: Col, items: list[dict]) -> str:
    if c.blank:
        return f'<div class="xxgk-list"><div class="nodata" style="padding:60px 0;text-align:center;color:#999">{c.blank}</div></div>'
    if c.style == "table":
        rows = "".join(f'<tr><td class="bt"><a href="{it["path"]}" target="_blank" title="{esc(it["title"])}">{esc(it["title"])}</a></td>'
                       f'<td>桂政办发〔{it["date"].year}〕{it["id"] % 90 + 1}号</td><td>{fmt_date(it["date"], "cn")}</td></tr>' for it in items)
        return f'<table class="zcwj-table" width="100%"><thead><tr><th>标题</th><th>文号</th><th>成文日期</th></tr></thead><tbody>{rows}</tbody></table>'
    if c.style == "date-first":
        lis = "".join(f'<li><span class="date">{fmt_date(it["date"], "slash")}</span><a href="{it["path"]}" target="_blank">{esc(it["title"])}</a></li>' for it in items)
        return f'<ul class="list datefirst">{lis}</ul>'
    lis = "".join(f'<li><a href="{it["path"]}" target="_blank" title="{esc(it["title"])}">{esc(it["title"])}</a><span>{fmt_date(it["date"], "iso")}</span></li>' for it in items)
    return f'<ul class="list">{lis}</ul>'


def gc_pager(c: Col, page_no: int) -> str:
    if len(c.pages) == 1:
        return ""
    n = len(c.pages)
    prev = f'<a href="{c.pages[page_no - 2]}">上一页</a>' if page_no > 1 else "<span>上一页</span>"
    nxt = f'<a href="{c.pages[page_no]}">下一页</a>' if page_no < n else "<span>下一页</span>"
    return f'<div class="page">共{len(c.items)}条 第{page_no}/{n}页 <a href="{c.pages[0]}">首页</a> {prev} {nxt} <a href="{c.pages[-1]}">尾页</a></div>'


def render_gc() -> None:
    for c in GC_COLS:
        gname, gpath = gc_group_of(c)
        per = c.per_page or len(c.items) or 1
        for pno, ppath in enumerate(c.pages, 1):
            items = c.items[(pno - 1) * per: pno * per]
            body = (gc_crumb((gname, gpath), (c.name, c.path)) + gc_left(gname, gpath, c.name) +
                    f'<div class="right-con"><div class="con-title"><h3>{c.name}</h3></div>{gc_list_html(c, items)}{gc_pager(c, pno)}</div>')
            put(ppath + ("index.html" if ppath.endswith("/") else ""), gc_page(c.name, body, gname))
        for i, it in enumerate(c.items):
            d = it["date"]
            extra = "".join(EXTRA.get(it["path"], []))
            pic = ""
            if i % 3 == 0 and c.category == "news":
                ip = put(f"/uploadfiles/{d:%Y/%m}/{d:%Y%m%d}{it['id']}.jpg", photo(rng.choice([600, 640, 800]), rng.choice([400, 450]), it["id"]))
                pic = f'<p style="text-align:center"><img src="{ip}" alt="" style="max-width:640px"></p>'
            paras = "".join(f"<p>　　{esc(it['title'])}。会议强调，要提高政治站位，压实工作责任，确保各项任务落到实处。（第{k + 1}段）</p>" for k in range(3))
            body = (gc_crumb((gname, gpath), (c.name, c.path)) +
                    f'<div class="article"><h1>{esc(it["title"])}</h1><div class="info">发布时间：{fmt_date(d, "iso")} {9 + i % 8:02d}:{(i * 7) % 60:02d}　'
                    f'来源：桂川县人民政府办公室　浏览次数：<span id="hits">{100 + it["id"] % 900}</span>　字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>'
                    f'<div class="article-con">{pic}{paras}{extra}</div><div class="share">分享到：<a href="javascript:;">微信</a></div></div>')
            put(it["path"], gc_page(it["title"], body, gname))

    # group landing pages
    for gname, gpath, names in GC_GROUPS:
        blocks = []
        for n in names:
            c = col_by(GC_COLS, n)
            lis = "".join(f'<li><a href="{it["path"]}">{esc(it["title"])}</a><span>{fmt_date(it["date"], "iso")}</span></li>' for it in c.items[:5])
            if not lis:
                lis = '<li class="empty">暂无信息</li>'
            blocks.append(f'<div class="lm-box"><div class="lm-hd"><h3>{n}</h3><a class="more" href="{c.path}">更多&gt;&gt;</a></div><ul class="list">{lis}</ul></div>')
        extra = ""
        if gpath == "/zwdt/":
            extra = ('<div class="ad-row"><a href="/zwdt/gcyw/"><img src="/images/gc/zt/yxhj.jpg" alt="优化营商环境专题" width="590" height="90"></a>'
                     '<a href="/zwdt/tzgg/"><img src="/images/gc/zt/jzfp.png" alt="专题" width="590" height="90"></a></div>')
        put(gpath + "index.html", gc_page(gname, gc_crumb((gname, gpath)) + extra + "".join(blocks), gname))
    put("/images/gc/zt/yxhj.jpg", banner(590, 90, "优化营商环境", "桂川在行动", 21))
    put("/images/gc/zt/jzfp.png", placeholder(590, 90, "图片加载失败"))
    finding("image.broken", GC, "/zwdt/", "/images/gc/zt/jzfp.png", "占位图：图片加载失败（专题横幅）")

    # 走进桂川
    put("/images/gc/xqgk/quanjing.jpg", photo(1100, 360, 31, "grey"))
    put("/images/gc/xqgk/yejing.jpg", photo(540, 300, 32, "night"))
    put("/zjgc/index.html", gc_page("走进桂川", gc_crumb(("走进桂川", "/zjgc/")) +
        '<div class="zj-tiles"><a href="/zjgc/xqgk/"><img src="/images/gc/xqgk/yejing.jpg" alt="县情概况" width="540" height="300"><span>县情概况</span></a>'
        '<a href="/zjgc/ldzc/"><img src="/images/gc/ld/ld1.jpg" alt="领导之窗" width="150" height="200"><span>领导之窗</span></a></div>'))
    put("/zjgc/xqgk/index.html", gc_page("县情概况", gc_crumb(("走进桂川", "/zjgc/"), ("县情概况", "/zjgc/xqgk/")) +
        '<div class="single"><h2>县情概况</h2><img src="/images/gc/xqgk/quanjing.jpg" alt="桂川全景" width="1100" height="360">'
        "<p>　　桂川县位于广西壮族自治区西南部，1952年设县，2003年撤乡并镇，总面积2318平方公里，辖8镇3乡，2023年末户籍人口39.6万人。</p>"
        "<p>　　2024年全县地区生产总值完成168.2亿元，同比增长5.1%。</p>"
        '<p><img src="/images/gc/xqgk/yejing.jpg" alt="县城夜景" width="540" height="300"></p></div>'))
    leaders = [("黄志远", "县委副书记、县长"), ("韦丽萍", "县委常委、常务副县长"), ("农建华", "副县长"), ("陆海涛", "副县长")]
    cards = ""
    for i, (n, job) in enumerate(leaders, 1):
        put(f"/images/gc/ld/ld{i}.jpg", photo(150, 200, 40 + i))
        cards += f'<dl class="leader"><dt><img src="/images/gc/ld/ld{i}.jpg" alt="{n}" width="150" height="200"></dt><dd><b>{n}</b><br>{job}</dd></dl>'
    put("/zjgc/ldzc/index.html", gc_page("领导之窗", gc_crumb(("走进桂川", "/zjgc/"), ("领导之窗", "/zjgc/ldzc/")) + cards))
    put("/hdjl/xjxx/index.html", gc_page("县长信箱", gc_crumb(("县长信箱", "/hdjl/xjxx/")) +
        '<form class="xx-form" action="/hdjl/xjxx/submit/" method="post"><p>姓名：<input name="xm"></p><p>联系电话：<input name="dh"></p>'
        '<p>标题：<input name="bt"></p><p>内容：<textarea name="nr"></textarea></p><p><button type="submit">提交</button></p></form>'
        '<p>来信须知：县长信箱由县人民政府办公室负责受理，一般问题5个工作日内答复。</p>'))
    for p, t in (("/wza/", "无障碍浏览"), ("/search/", "站内搜索"), ("/wzdt/", "网站地图"), ("/wzjc/", "政府网站找错"), ("/about/dzjg/", "党政机关网站标识")):
        body = gc_crumb((t, p)) + f'<div class="single"><h2>{t}</h2><p>本页面为{t}说明。</p></div>'
        if p == "/wzdt/":
            body += "<ul>" + "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in GC_COLS) + "</ul>"
        put(p + "index.html", gc_page(t, body))

    # homepage
    yw = col_by(GC_COLS, "桂川要闻")
    slides = ""
    for i, it in enumerate(yw.items[:4]):
        ip = put(f"/images/gc/focus/f{i + 1}.jpg", photo(600, 360, 60 + i))
        slides += f'<li><a href="{it["path"]}"><img src="{ip}" alt="{esc(it["title"])}" width="600" height="360"><p>{esc(it["title"])}</p></a></li>'
    put("/images/gc/focus/slot5.jpg", flat(600, 360, (204, 204, 204), "JPEG"))
    slides += '<li><a href="/zwdt/gcyw/"><img src="/images/gc/focus/slot5.jpg" alt="" width="600" height="360"></a></li>'
    finding("image.broken", GC, "/", "/images/gc/focus/slot5.jpg", "焦点图第5帧：纯灰色空图")

    def tabcon(c: Col, n: int) -> str:
        return "".join(f'<li><a href="{it["path"]}">{esc(it["title"])}</a><span>[{fmt_date(it["date"], "short")}]</span></li>' for it in c.items[:n])

    tabs = [col_by(GC_COLS, n) for n in ("桂川要闻", "通知公告", "部门动态")]
    tab_html = '<div class="tab-hd">' + "".join(f'<a href="{c.path}" onmouseover="tab(1,{i})">{c.name}</a>' for i, c in enumerate(tabs)) + "</div>"
    tab_html += "".join(f'<ul class="tabcon1 list" style="display:{"block" if i == 0 else "none"}">{tabcon(c, 7)}</ul>' for i, c in enumerate(tabs))
    svc = "".join(f'<li><a href="/bszn/fw{i}.html"><img src="/images/gc/ico/fw{i}.png" alt="" width="64" height="64"><p>{t}</p></a></li>'
                  for i, t in enumerate(["办事指南", "证照查询", "非税缴费", "政策问答", "医保服务", "社保服务"], 1))
    for i, t in enumerate(["办事指南", "证照查询", "非税缴费", "政策问答", "医保服务", "社保服务"], 1):
        put(f"/bszn/fw{i}.html", gc_page(t, gc_crumb((t, f"/bszn/fw{i}.html")) + f'<div class="single"><h2>{t}</h2><p>请登录广西数字政务一体化平台办理。</p></div>'))
    xz = col_by(GC_COLS, "乡镇动态")
    thumbs = ""
    for i, it in enumerate(xz.items[:4]):
        ip = put(f"/uploadfiles/thumb/xz{i + 1}.jpg", photo(240, 160, 80 + i))
        thumbs += f'<div class="pic-item"><a href="{it["path"]}"><img src="/images/loading.gif" data-original="{ip}" alt="" width="240" height="160"><p>{esc(it["title"])}</p><em>{fmt_date(it["date"], "iso")}</em></a></div>'
    zc = col_by(GC_COLS, "政策文件")
    zclis = "".join(f'<li><a href="{it["path"]}">{esc(it["title"])}</a><span>{fmt_date(it["date"], "iso")}</span></li>' for it in zc.items[:5])
    body = f"""<div id="piaochuang" class="pc" style="left:50px;top:60px"><a href="/zwdt/gcyw/"><img src="/images/gc/piaochuang.jpg" alt="飘窗" width="260" height="120"></a><a href="javascript:;" class="close" onclick="this.parentNode.style.display='none'">关闭</a></div>
<div class="row1"><div class="focus"><ul>{slides}</ul></div><div class="news-tab">{tab_html}</div></div>
<div class="row2"><h3><img src="/images/gc/arrow.png" alt="">办事服务</h3><ul class="svc">{svc}<li><a href="/bszn/query.do"><img src="/images/gc/ico/fw4.png" alt="" width="64" height="64"><p>办件查询</p></a></li></ul></div>
<div class="row3"><div class="lm"><h3><a href="{xz.path}">乡镇动态</a></h3>{thumbs}</div><div class="lm"><h3><a href="{zc.path}">政策文件</a></h3><ul class="list">{zclis}</ul></div></div>
<div class="row4"><a href="/nyj/">县农业农村局</a> <a href="/tmz/">塘湄镇</a>
<div class="qr"><img src="/images/gc/wx-qr.png" alt="桂川发布微信" width="110" height="110"><img src="/images/gc/app-qr.png" alt="掌上桂川" width="110" height="110"></div></div>"""
    put("/index.html", gc_page("首页", body))
    ROUTES["/bszn/query.do"] = {"status": 502}
    finding("link.broken", GC, "/", "/bszn/query.do", "办件查询每次都 502", "suspect")


# =============================================================================================
# Rendering: gc-nyj (Joomla style)
# =============================================================================================

put("/nyj/templates/cassiopeia/css/template.min.css", ".container-header{background:#2e6b2e}.mod-menu{display:flex}.blog-item{border-bottom:1px solid #eee}"
    ".sidebar-right .moduletable{background:#f7f7f7}dl.article-info dd{display:inline;margin-right:1em}")
put("/nyj/media/system/js/core.min.js", "document.addEventListener('DOMContentLoaded',function(){var m=document.getElementById('notice-modal');if(m){setTimeout(function(){m.style.display='block'},500)}});")
put("/nyj/images/headers/nyj-header.jpg", banner(1200, 150, "桂川县农业农村局", "GUICHUAN AGRICULTURE AND RURAL AFFAIRS", 101))
put("/nyj/images/icons/rss.png", icon(16, (240, 130, 20), "R"))
put("/nyj/images/icons/print.png", icon(16, (100, 100, 100), "印"))
put("/nyj/images/ewm.png", qr(120, 102))


def nyj_latest() -> str:
    items = sorted((it for c in NYJ_COLS for it in c.items), key=lambda it: (it["date"], it["id"]), reverse=True)[:6]
    lis = "".join(f'<li itemscope><a href="{it["path"]}" itemprop="url"><span itemprop="name">{esc(it["title"])}</span></a> <small>{fmt_date(it["date"], "dot")}</small></li>' for it in items)
    return f'<div class="moduletable"><h3>最新更新</h3><ul class="mod-articleslatest latestnews mod-list">{lis}</ul></div>'


def nyj_page(title: str, main: str, active: str = "") -> str:
    menu = "".join(f'<li class="nav-item item-{100 + i}{" current active" if c.name == active else ""}"><a href="{c.path}">{c.name}</a></li>'
                   for i, c in enumerate(NYJ_COLS) if c.nav)
    return f"""<!DOCTYPE html>
<html lang="zh-cn" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - 桂川县农业农村局</title><link href="/nyj/templates/cassiopeia/css/template.min.css" rel="stylesheet"></head>
<body class="site com_content view-category layout-blog">
<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/nyj/"><img src="/nyj/images/headers/nyj-header.jpg" alt="桂川县农业农村局" width="1200" height="150"></a></div>
<nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav ">{menu}</ul></nav></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li><a href="/nyj/">首页</a></li><li>{esc(title)}</li></ol></nav>
<main>{main}</main></div>
<div class="grid-child container-sidebar-right sidebar-right">{nyj_latest()}<div class="moduletable"><h3>关注我们</h3><img src="/nyj/images/ewm.png" alt="桂川农业微信公众号" width="120" height="120"></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>主办：桂川县农业农村局　地址：桂川县城厢镇建设路6号　电话：0771-7132018</p>
<p><a href="/">桂川县人民政府</a> | <a href="/nyj/dwjj.html">关于我们</a></p></div></footer>
<script src="/nyj/media/system/js/core.min.js"></script></body></html>"""


def nyj_list(c: Col, items: list[dict]) -> str:
    if c.blank in ("此分类中没有文章。", "没有找到相关信息"):
        return f'<div class="com-content-category-blog blog"><div class="category-desc clearfix"></div><p>{c.blank}</p></div>'
    if c.blank == "header-only":
        return '<div class="com-content-category category-list"><table class="com-content-category__table category table table-striped"><thead><tr><th scope="col">标题</th><th scope="col">发布日期</th><th scope="col">点击</th></tr></thead><tbody></tbody></table></div>'
    if c.blank == "empty-list":
        return '<div class="com-content-category category-list"><dl class="category-dl"></dl></div>'
    if c.blank == "暂无数据":
        return ('<table class="com-content-category__table category table"><thead><tr><th>标题</th><th>发布日期</th></tr></thead>'
                '<tbody><tr><td colspan="2" class="no-data">暂无数据</td></tr></tbody></table>')
    if c.style == "blog":
        out = []
        for it in items:
            out.append(f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost"><div class="item-content"><div class="page-header"><h2 itemprop="name">'
                       f'<a href="{it["path"]}" itemprop="url">{esc(it["title"])}</a></h2></div>'
                       f'<dl class="article-info text-muted"><dt class="article-info-term">详细信息</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
                       f'<time datetime="{it["date"]:%Y-%m-%d}T09:30:00+08:00" itemprop="datePublished">发布日期：{fmt_date(it["date"], "cn")}</time></dd>'
                       f'<dd class="hits">点击数：{it["id"] % 700 + 30}</dd></dl><p>{esc(it["title"])}，现将有关情况报道如下……</p></div></div>')
        return f'<div class="com-content-category-blog blog" itemscope><div class="com-content-category-blog__items blog-items">{"".join(out)}</div></div>'
    if c.style == "table":
        rows = "".join(f'<tr class="cat-list-row{i % 2}"><th class="list-title" scope="row"><a href="{it["path"]}">{esc(it["title"])}</a></th>'
                       f'<td class="list-date small">{fmt_date(it["date"], "iso")}</td><td class="list-hits"><span class="badge bg-info">点击：{it["id"] % 500}</span></td></tr>'
                       for i, it in enumerate(items))
        return ('<div class="com-content-category category-list"><table class="com-content-category__table category table table-striped">'
                f'<thead><tr><th scope="col">标题</th><th scope="col">发布日期</th><th scope="col">点击</th></tr></thead><tbody>{rows}</tbody></table></div>')
    dds = "".join(f'<dt><a href="{it["path"]}">{esc(it["title"])}</a></dt><dd>{fmt_date(it["date"], "cn")}</dd>' for it in items)
    return f'<div class="com-content-category category-list"><dl class="category-dl">{dds}</dl></div>'


def nyj_pager(c: Col, pno: int) -> str:
    if len(c.pages) == 1:
        return ""
    lis = "".join(f'<li class="page-item{" active" if i == pno else ""}"><a class="page-link" href="{p}">{i}</a></li>' for i, p in enumerate(c.pages, 1))
    nxt = f'<li class="page-item"><a class="page-link" href="{c.pages[pno]}" aria-label="下一页">下一页</a></li>' if pno < len(c.pages) else ""
    return f'<div class="com-content-category-blog__navigation w-100"><p class="counter">第 {pno} 页，共 {len(c.pages)} 页</p><nav class="pagination__wrapper"><ul class="pagination">{lis}{nxt}</ul></nav></div>'


def render_nyj() -> None:
    for c in NYJ_COLS:
        if c.missing:
            continue
        if c.style == "single":
            put("/nyj/images/dwjj/bangong.jpg", photo(760, 300, 110, "grey"))
            main = ('<div class="com-content-article item-page"><h1>单位简介</h1><p><img src="/nyj/images/dwjj/bangong.jpg" alt="办公楼" width="760" height="300"></p>'
                    "<p>　　桂川县农业农村局是县人民政府工作部门，2019年3月机构改革组建，内设办公室、农村经济股、种植业股等8个股室。</p>"
                    "<p>　　主要职责：统筹研究和组织实施“三农”工作战略、规划和政策……</p></div>")
            put(c.path, nyj_page(c.name, main, c.name))
            continue
        per = c.per_page or len(c.items) or 1
        for pno, ppath in enumerate(c.pages, 1):
            items = c.items[(pno - 1) * per: pno * per]
            extra = ""
            if c.name == "工作动态" and pno == 2:
                extra = ('<div class="com-content-category-blog__item blog-item"><div class="page-header"><h2><a href="/nyj/gzdt/1180-gzdt-20250221.html">'
                         '县农业农村局召开2025年春季动物防疫工作部署会</a></h2></div><dl class="article-info text-muted"><dd class="published">'
                         '<time datetime="2025-02-21T09:30:00+08:00">发布日期：2025年02月21日</time></dd></dl></div>')
                finding("link.broken", NYJ, ppath, "/nyj/gzdt/1180-gzdt-20250221.html", "第2页的一篇文章已删除（404）", "definite")
            main = f'<div class="page-header"><h1>{c.name}</h1></div>{nyj_list(c, items)}{extra}{nyj_pager(c, pno)}'
            put(ppath, nyj_page(c.name, main, c.name))
        for i, it in enumerate(c.items):
            d = it["date"]
            pic = ""
            if i % 2 == 0 and c.category == "news":
                ip = put(f"/nyj/images/{d:%Y/%m}/img{it['id']}.jpg", photo(rng.choice([560, 720, 900]), rng.choice([380, 420, 500]), it["id"]))
                pic = f'<figure class="float-none item-image"><img src="{ip}" alt="{esc(it["title"])}" width="720" height="420"></figure>'
            main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h1 itemprop="headline">{esc(it["title"])}</h1></div>'
                    f'<dl class="article-info text-muted"><dd class="category-name">分类：<a href="{c.path}">{c.name}</a></dd>'
                    f'<dd class="published"><time datetime="{d:%Y-%m-%d}T09:30:00+08:00">发布日期：{fmt_date(d, "cn")}</time></dd><dd class="hits">点击数：{it["id"] % 700 + 30}</dd></dl>'
                    f'<div class="icons"><img src="/nyj/images/icons/print.png" alt="打印" width="16" height="16"></div>'
                    f'<div itemprop="articleBody" class="com-content-article__body">{pic}<p>　　{esc(it["title"])}。会上，局主要负责同志对下一步工作作了具体安排。</p>'
                    f'<p>　　会议要求，各股室要加强协作，抓好各项措施落实。</p>{"".join(EXTRA.get(it["path"], []))}</div>'
                    f'<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{c.path}">返回列表</a></span></nav></div>')
            put(it["path"], nyj_page(it["title"], main, c.name))
    # homepage
    gz = col_by(NYJ_COLS, "工作动态")
    slides = ""
    for i, it in enumerate(gz.items[:3]):
        ip = put(f"/nyj/images/slide/s{i + 1}.jpg", photo(780, 360, 120 + i))
        slides += f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{it["path"]}"><img src="{ip}" alt="" width="780" height="360"></a><div class="carousel-caption">{esc(it["title"])}</div></div>'
    blocks = ""
    for n in ("工作动态", "农情信息", "通知公告", "政策文件"):
        c = col_by(NYJ_COLS, n)
        lis = "".join(f'<li><a href="{it["path"]}">{esc(it["title"])}</a><span class="date">{fmt_date(it["date"], "short")}</span></li>' for it in c.items[:5])
        blocks += f'<div class="moduletable col-md-6"><h3>{n}<a class="more" href="{c.path}">更多</a></h3><ul class="mod-articlescategory category-module mod-list">{lis}</ul></div>'
    main = (f'<div id="notice-modal" class="modal" style="display:none"><div class="modal-body"><p>系统维护通知：本站将于2025年4月20日22:00至24:00进行维护。</p></div></div>'
            f'<div id="carousel" class="carousel slide">{slides}</div><div class="row">{blocks}</div>'
            '<div class="services"><a href="/nyj/services/njbt-query.jsp"><img src="/nyj/images/icons/rss.png" alt="" width="16" height="16">农机补贴查询</a>'
            ' <a href="/nyj/njbt.html">补贴公示</a></div>')
    put("/nyj/index.html", nyj_page("首页", main))
    ROUTES["/nyj/services/njbt-query.jsp"] = {"reset": True}
    finding("link.broken", NYJ, "/nyj/", "/nyj/services/njbt-query.jsp", "农机补贴查询每次都重置连接", "suspect")


# =============================================================================================
# Rendering: gc-tmz (凡科-style site builder)
# =============================================================================================

put("/tmz/res/css/site_2c9f.min.css", ".fk-navItem{display:inline-block}.J_newsListCard{display:inline-block;width:31%}.fk-sideBox{float:right;width:260px}")
put("/tmz/res/js/site_2c9f.min.js", "var Fai={top:window};Fai.lazy=function(){var a=document.querySelectorAll('img[data-original]');for(var i=0;i<a.length;i++)a[i].src=a[i].getAttribute('data-original')};window.onload=Fai.lazy;")
put("/tmz/ufile/logo_tmz.png", _save(Image.open(io.BytesIO(banner(420, 70, "塘湄镇人民政府", "TANGMEI TOWN", 201))), "PNG"))
put("/tmz/ufile/bg_top.jpg", photo(1920, 260, 202))
put("/tmz/ufile/ewm_tmz.png", qr(128, 203))
put("/tmz/ufile/ico_phone.png", icon(24, (30, 140, 220), "话"))
put("/tmz/ufile/ico_addr.png", icon(24, (30, 140, 220), "址"))


def tmz_page(title: str, content: str, active: str = "", side: bool = True) -> str:
    navs = "".join(f'<div class="J_navItem f-navItem nav_item_{i} fk-navItem{" fk-navItemSelected" if c.name == active else ""}" _jumpinfo="{{}}">'
                   f'<a class="f-navItemLink" href="{c.path}"><span class="f-navItemName">{c.name}</span></a></div>'
                   for i, c in enumerate(TMZ_COLS) if c.nav)
    side_html = ""
    if side:
        hot = sorted((it for c in TMZ_COLS for it in c.items), key=lambda it: (it["date"], it["id"]), reverse=True)[:5]
        lis = "".join(f'<div class="fk-sideItem J_sideItem"><a href="{it["path"]}" class="f-sideTitle">{esc(it["title"])}</a><span class="f-sideDate">{fmt_date(it["date"], "slash1")}</span></div>' for it in hot)
        side_html = (f'<div class="fk-sideBox J_sideBox" id="module_321"><div class="formTitle"><span class="titleText">最新动态</span></div><div class="formMiddle">{lis}</div></div>'
                     '<div class="fk-sideBox" id="module_322"><div class="formTitle"><span class="titleText">联系我们</span></div><div class="formMiddle">'
                     '<p><img src="/tmz/ufile/ico_phone.png" alt="" width="24" height="24">0771-7250012</p><p><img src="/tmz/ufile/ico_addr.png" alt="" width="24" height="24">桂川县塘湄镇新街1号</p>'
                     '<p><img src="/tmz/ufile/ewm_tmz.png" alt="塘湄镇公众号" width="128" height="128"></p></div></div>')
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{esc(title)}-塘湄镇人民政府</title>
<link rel="stylesheet" href="/tmz/res/css/site_2c9f.min.css"></head>
<body id="g_body" class="g_locale2052 webBody fk-template-2024"><div id="g_main" class="g_main g_col1">
<div id="webTopBox" class="webTopBox" style="background-image:url(/tmz/ufile/bg_top.jpg)"><div id="webTop" class="webTop"><div class="J_logoWrap f-logoWrap"><a href="/tmz/"><img src="/tmz/ufile/logo_tmz.png" alt="塘湄镇人民政府" width="420" height="70"></a></div></div></div>
<div id="webNav" class="webNav"><div class="J_nav fk-nav navStyle-7"><div class="J_navItem f-navItem nav_item_home fk-navItem"><a class="f-navItemLink" href="/tmz/"><span class="f-navItemName">首页</span></a></div>{navs}</div></div>
<div id="webContainerBox" class="webContainerBox"><div id="containerFormsCenter" class="containerFormsCenter">{side_html}
<div class="J_mainForm fk-mainForm" id="module_300"><div class="formTitle"><span class="titleText">{esc(title)}</span></div><div class="formMiddle formMiddle300">{content}</div></div></div></div>
<div id="webFooterBox" class="webFooterBox"><div class="footerInfo">塘湄镇人民政府 版权所有　主办：塘湄镇人民政府　地址：桂川县塘湄镇新街1号<br><a href="/">桂川县人民政府</a></div></div>
</div><script src="/tmz/res/js/site_2c9f.min.js"></script></body></html>"""


def tmz_list(c: Col, items: list[dict]) -> str:
    if c.blank:
        return f'<div class="J_newsList fk-newsList newsList_style2"><div class="fk-noData J_noData"><div class="fk-noDataImg"></div><div class="fk-noDataText">{c.blank}</div></div></div>'
    if c.style == "cards":
        out = ""
        for it in items:
            ip = put(f"/tmz/ufile/2025/thumb_{it['id']}.jpg", photo(rng.choice([300, 320, 360]), rng.choice([200, 220, 240]), it["id"]))
            out += (f'<div class="J_newsListCard fk-newsListCard c_{it["id"] % 97:02x}" newsid="{it["id"]}"><div class="f-cardPic"><a href="{it["path"]}">'
                    f'<img class="J_lazyImg" src="/tmz/res/img/loading.gif" data-original="{ip}" alt="" width="300" height="200"></a></div>'
                    f'<div class="f-cardInfo"><div class="f-cardTitle"><a href="{it["path"]}">{esc(it["title"])}</a></div>'
                    f'<div class="f-cardDate">{fmt_date(it["date"], "cn1")}</div><div class="f-cardSummary">{esc(it["title"])}……</div></div></div>')
        return f'<div class="J_newsList fk-newsList newsList_style5 f-cardList">{out}</div>'
    out = "".join(f'<div class="J_newsListLine fk-newsListLine line_{i}" newsid="{it["id"]}"><div class="f-newsLineTitle"><span class="f-dot"></span>'
                  f'<a href="{it["path"]}" title="{esc(it["title"])}">{esc(it["title"])}</a></div><div class="f-newsLineDate">{fmt_date(it["date"], "iso")}</div>'
                  f'<div style="clear:both"></div></div>' for i, it in enumerate(items))
    return f'<div class="J_newsList fk-newsList newsList_style1">{out}</div>'


def tmz_pager(c: Col, pno: int) -> str:
    if len(c.pages) == 1:
        return ""
    parts = "".join(f'<span class="pageNo{" pageNoSelected" if i == pno else ""}"><a href="{p}">{i}</a></span>' for i, p in enumerate(c.pages, 1))
    nxt = f'<span class="pageNext"><a href="{c.pages[pno]}">下一页</a></span>' if pno < len(c.pages) else '<span class="pageNext pageDisable">下一页</span>'
    return f'<div class="pagenation J_pagenation">{parts}{nxt}</div>'


def render_tmz() -> None:
    for c in TMZ_COLS:
        if c.missing:
            continue
        if c.style == "single":
            put("/tmz/ufile/zqgk_1.jpg", photo(880, 330, 210))
            content = ('<div class="richContent richContent0"><p><img src="/tmz/ufile/zqgk_1.jpg" alt="塘湄镇全貌" width="880" height="330"></p>'
                       "<p>塘湄镇位于桂川县东部，1958年建塘湄公社，1984年改乡，1995年撤乡建镇，辖12个村（社区），总人口4.2万人，以糖料蔗、桑蚕、稻渔为主导产业。</p>"
                       "<p>2021年荣获“自治区卫生镇”称号。</p></div>")
            put(c.path, tmz_page(c.name, content, c.name))
            continue
        per = c.per_page or len(c.items) or 1
        for pno, ppath in enumerate(c.pages, 1):
            items = c.items[(pno - 1) * per: pno * per]
            extra = ""
            if c.name == "村务公开":
                extra = '<div class="f-extLink"><a href="/tmz/cms/vote.jsp">村务公开满意度测评</a></div>'
            put(ppath, tmz_page(c.name, tmz_list(c, items) + extra + tmz_pager(c, pno), c.name))
        for i, it in enumerate(c.items):
            d = it["date"]
            content = (f'<div class="newsDetail"><h1 class="title">{esc(it["title"])}</h1><div class="newsInfoWrap"><span class="newsInfo">发表时间：{fmt_date(d, "iso")} 10:{i * 5 % 60:02d}</span>'
                       f'<span class="newsInfo">作者：塘湄镇党政办</span><span class="newsInfo">阅读量：{it["id"] % 300}</span></div>'
                       f'<div class="richContent richContent0"><p>{esc(it["title"])}。镇党委、政府高度重视，多次召开专题会议研究部署。</p>'
                       f'{"".join(EXTRA.get(it["path"], []))}</div>'
                       f'<div class="newsNav"><a href="{c.path}">返回{c.name}</a></div></div>')
            put(it["path"], tmz_page(it["title"], content, c.name, side=False))
    # homepage
    zw = col_by(TMZ_COLS, "镇务动态")
    slides = ""
    for i, it in enumerate(zw.items[:3]):
        ip = put(f"/tmz/ufile/banner_{i + 1}.jpg", photo(1200, 420, 220 + i))
        slides += f'<div class="J_bannerItem f-bannerItem"><a href="{it["path"]}"><img src="{ip}" alt="" width="1200" height="420"></a></div>'
    mods = ""
    for n in ("镇务动态", "通知公告", "党建引领", "文明实践"):
        c = col_by(TMZ_COLS, n)
        lines = "".join(f'<div class="J_newsListLine fk-newsListLine"><a href="{it["path"]}">{esc(it["title"])}</a><span class="f-date">{fmt_date(it["date"], "iso")}</span></div>' for it in c.items[:4])
        mods += f'<div class="form formStyle2 fk-homeModule" id="module_4{len(mods) % 90:02d}"><div class="formTitle"><span class="titleText">{n}</span><a class="titleMore" href="{c.path}">更多</a></div><div class="formMiddle">{lines}</div></div>'
    content = (f'<div class="J_banner fk-banner">{slides}</div>{mods}'
               '<div class="fk-serviceBlock"><a href="/tmz/bm/shebao.do">社保缴费查询</a> <a href="/tmz/h-col-101.html">镇情概况</a></div>')
    put("/tmz/index.html", tmz_page("首页", content, "", side=True))
    ROUTES["/tmz/bm/shebao.do"] = {"status": 410}
    finding("link.broken", TMZ, "/tmz/", "/tmz/bm/shebao.do", "社保缴费查询入口已下线（410）", "definite")
    ROUTES["/tmz/cms/vote.jsp"] = {"status": 500}
    finding("link.broken", TMZ, "/tmz/h-col-125.html", "/tmz/cms/vote.jsp", "满意度测评每次都 500", "suspect")


# =============================================================================================
# Planted problems inside articles
# =============================================================================================


def plant_articles() -> None:
    # guichuan
    zc = col_by(GC_COLS, "政策文件")
    it = zc.items[1]
    add_extra(it["path"], f'<p>附件：<a href="/uploadfiles/{it["date"]:%Y/%m}/{it["date"]:%Y%m%d}ssfa.pdf">实施方案全文.pdf</a></p>')
    finding("link.broken", GC, it["path"], f"/uploadfiles/{it['date']:%Y/%m}/{it['date']:%Y%m%d}ssfa.pdf", "政策文件附件 404", "definite")
    it0 = zc.items[0]
    p = attachment(f"/uploadfiles/{it0['date']:%Y/%m}/{it0['date']:%Y%m%d}fj1.docx")
    add_extra(it0["path"], f'<p>附件：<a href="{p}">起草说明.docx</a></p>')
    decoy("link.broken", GC, it0["path"], p, "附件存在")
    yw = col_by(GC_COLS, "桂川要闻")
    it = yw.items[12]  # on page 2
    add_extra(it["path"], f'<p>附件：<a href="/uploadfiles/{it["date"]:%Y/%m}/hzb{it["id"]}.docx">报名回执表.docx</a></p>')
    finding("link.broken", GC, it["path"], f"/uploadfiles/{it['date']:%Y/%m}/hzb{it['id']}.docx", "第2页文章附件 404", "definite")
    it = yw.items[2]
    add_extra(it["path"], f'<p style="text-align:center"><img src="/uploadfiles/{it["date"]:%Y/%m}/W0{it["id"]}88.jpg" alt="" width="600" height="400"></p>')
    finding("image.broken", GC, it["path"], f"/uploadfiles/{it['date']:%Y/%m}/W0{it['id']}88.jpg", "正文图片 404")
    tz = col_by(GC_COLS, "通知公告")
    it = tz.items[0]
    p = attachment(f"/uploadfiles/{it['date']:%Y/%m}/{it['date']:%Y%m%d}tzgg.docx")
    add_extra(it["path"], f'<p>附件：<a href="{p}">报名表.docx</a></p>')
    ROUTES[p] = {"fail_first": 1, "status": 503}
    decoy("link.broken", GC, it["path"], p, "先 503 一次再 200：不算坏链", "suspect")
    decoy("link.broken", GC, it["path"], p, "先 503 一次再 200：不算坏链", "definite")
    bm = col_by(GC_COLS, "部门动态")
    it = bm.items[1]
    put(f"/uploadfiles/{it['date']:%Y/%m}/bmdt{it['id']}.png", placeholder(640, 400, "图片加载失败"))
    add_extra(it["path"], f'<p style="text-align:center"><img src="/uploadfiles/{it["date"]:%Y/%m}/bmdt{it["id"]}.png" alt="" width="640" height="400"></p>')
    finding("image.broken", GC, it["path"], f"/uploadfiles/{it['date']:%Y/%m}/bmdt{it['id']}.png", "占位图：图片加载失败")
    # gc-nyj
    zc = col_by(NYJ_COLS, "政策文件")
    it = zc.items[0]
    add_extra(it["path"], f'<p>附件：<a href="/nyj/images/files/{it["date"]:%Y%m}/butie-mingxi.xlsx">补贴明细表.xlsx</a></p>')
    ROUTES[f"/nyj/images/files/{it['date']:%Y%m}/butie-mingxi.xlsx"] = {"status": 403}
    finding("link.broken", NYJ, it["path"], f"/nyj/images/files/{it['date']:%Y%m}/butie-mingxi.xlsx", "附件 403", "definite")
    it = zc.items[1]
    p = attachment(f"/nyj/images/files/{it['date']:%Y%m}/wenjian.pdf")
    add_extra(it["path"], f'<p>附件：<a href="{p}">文件全文.pdf</a></p>')
    decoy("link.broken", NYJ, it["path"], p, "附件存在")
    gz = col_by(NYJ_COLS, "工作动态")
    it = gz.items[3]
    put(f"/nyj/images/{it['date']:%Y/%m}/nq{it['id']}.jpg", gc_page("404", "<p>页面不存在</p>"))
    add_extra(it["path"], f'<p><img src="/nyj/images/{it["date"]:%Y/%m}/nq{it["id"]}.jpg" alt="" width="640" height="420"></p>')
    finding("image.broken", NYJ, it["path"], f"/nyj/images/{it['date']:%Y/%m}/nq{it['id']}.jpg", "扩展名 .jpg 的 HTML：无法解码")
    it = gz.items[5]
    put(f"/nyj/images/{it['date']:%Y/%m}/zt{it['id']}.png", placeholder(480, 320, "图片加载失败"))
    add_extra(it["path"], f'<p><img src="/nyj/images/{it["date"]:%Y/%m}/zt{it["id"]}.png" alt="" width="480" height="320"></p>')
    finding("image.broken", NYJ, it["path"], f"/nyj/images/{it['date']:%Y/%m}/zt{it['id']}.png", "占位图：图片加载失败")
    # gc-tmz
    zw = col_by(TMZ_COLS, "镇务动态")
    it = zw.items[1]
    add_extra(it["path"], f'<p><img src="/tmz/ufile/2025/{it["id"]}_a.png" alt="" width="600" height="400"></p>')
    finding("image.broken", TMZ, it["path"], f"/tmz/ufile/2025/{it['id']}_a.png", "正文图片 404")
    it = zw.items[2]
    put(f"/tmz/ufile/2025/{it['id']}_b.png", placeholder(400, 300, "暂无图片"))
    add_extra(it["path"], f'<p><img src="/tmz/ufile/2025/{it["id"]}_b.png" alt="" width="400" height="300"></p>')
    finding("image.broken", TMZ, it["path"], f"/tmz/ufile/2025/{it['id']}_b.png", "占位图：暂无图片")
    it = zw.items[4]
    put(f"/tmz/ufile/2025/{it['id']}_c.png", flat(500, 300, (255, 255, 255)))
    add_extra(it["path"], f'<p><img src="/tmz/ufile/2025/{it["id"]}_c.png" alt="" width="500" height="300"></p>')
    finding("image.broken", TMZ, it["path"], f"/tmz/ufile/2025/{it['id']}_c.png", "纯白色空图")
    it = zw.items[3]
    p = attachment(f"/tmz/ufile/2025/{it['id']}_hz.doc")
    add_extra(it["path"], f'<p><img src="/tmz/ufile/2025/{it["id"]}_night.jpg" alt="夜间巡逻" width="540" height="300"></p><p>附件：<a href="{p}">回执.doc</a></p>')
    put(f"/tmz/ufile/2025/{it['id']}_night.jpg", photo(540, 300, 230, "night"))
    decoy("image.broken", TMZ, it["path"], f"/tmz/ufile/2025/{it['id']}_night.jpg", "夜景照片，有细节")
    decoy("link.broken", TMZ, it["path"], p, "附件存在")


plant_articles()
render_gc()
render_nyj()
render_tmz()

# =============================================================================================
# Delays
# =============================================================================================

slow = [(col_by(GC_COLS, "桂川要闻").items[4]["path"], 3600, GC), (col_by(NYJ_COLS, "工作动态").items[2]["path"], 4100, NYJ),
        (col_by(TMZ_COLS, "财务公开").path, 3400, TMZ)]
for p, ms, s in slow:
    ROUTES[p] = {"delay_ms": ms}
    DELAYS.append({"url_path": p, "ms": ms})
    finding("site.slow", s, p, note=f"服务器延迟 {ms} ms")
fast = [(col_by(GC_COLS, "通知公告").path, 2200, GC), (col_by(TMZ_COLS, "镇务动态").items[5]["path"], 1200, TMZ)]
for p, ms, s in fast:
    ROUTES[p] = {"delay_ms": ms}
    DELAYS.append({"url_path": p, "ms": ms})
    decoy("site.slow", s, p, note=f"延迟 {ms} ms，低于 slow_ms")

# unreachable site
ROUTES["/ggzy/*"] = {"status": 502}
finding("site.unreachable", "gc-ggzy", "/ggzy/", note="首页每次都 502")

# =============================================================================================
# Column verdicts
# =============================================================================================

BLANK_NOTE = {"header-only": "只有表头的表格", "empty-list": "空的 dl 列表", "暂无数据": "表格里一行“暂无数据”"}
for site, cols, listed in ((GC, GC_COLS, False), (NYJ, NYJ_COLS, True), (TMZ, TMZ_COLS, True)):
    blanks = 0
    over_many = 0
    over_all = 0
    for c in cols:
        if c.missing:
            finding("column.missing", site, c.path, c.name, "配置的栏目 404，站内无链接")
            decoy("column.blank", site, c.path, c.name, "缺失，不算空白")
            decoy("column.overdue", site, c.path, c.name, "缺失，不算超期")
            continue
        if listed and c.configured:
            decoy("column.missing", site, c.path, c.name, "配置的栏目仍在导航里")
        if listed and not c.configured:
            finding("column.unmonitored", site, c.path, c.name, "导航里有、配置里没有")
        elif c.style != "single" or not listed:
            decoy("column.unmonitored", site, c.path, c.name, "已配置" if listed else "门户未配置栏目，不判未监测")
        if c.blank:
            blanks += 1
            finding("column.blank", site, c.path, c.name, "空白栏目：" + BLANK_NOTE.get(c.blank, f"“{c.blank}”"))
            decoy("column.overdue", site, c.path, c.name, "空白栏目只算 column.blank")
            continue
        if c.style == "single":
            decoy("column.blank", site, c.path, c.name, "单页栏目，有内容")
            decoy("column.overdue", site, c.path, c.name, "单页栏目")
            continue
        decoy("column.blank", site, c.path, c.name, "有条目")
        v = verdict(c.category, c.newest)
        if v == "overdue":
            over_all += 1
            if c.category in ("news", "notice", "policy"):
                over_many += 1
            finding("column.overdue", site, c.path, c.name, f"{c.category}，最新 {c.newest}")
            decoy("column.due_soon", site, c.path, c.name, "已超期，不是预警")
        elif v == "due_soon":
            finding("column.due_soon", site, c.path, c.name, f"{c.category}，最新 {c.newest}（13 天）")
            decoy("column.overdue", site, c.path, c.name, "13 天，尚未超期")
        else:
            decoy("column.overdue", site, c.path, c.name, f"{c.category}，最新 {c.newest}，未超期")
            if c.category not in (None, "other"):
                decoy("column.due_soon", site, c.path, c.name, "离期限还远")
        for p in c.pages[1:]:
            decoy("column.blank", site, p, c.name, "列表第2页")
            decoy("column.overdue", site, p, c.name, "列表第2页")
    if blanks >= 5:
        finding("column.blank_many", site, SITE_URL[site], note=f"{blanks} 个空白栏目")
    else:
        decoy("column.blank_many", site, SITE_URL[site], note=f"只有 {blanks} 个空白栏目")
    if over_many >= 5 or over_all >= 10:
        finding("column.overdue_many", site, SITE_URL[site], note=f"{over_many} 个动态/通知/政策超期")
    else:
        decoy("column.overdue_many", site, SITE_URL[site], note=f"只有 {over_many} 个")

# group landing pages and single pages of the portal
for name, p in (("政务动态", "/zwdt/"), ("信息公开", "/xxgk/"), ("走进桂川", "/zjgc/"), ("县情概况", "/zjgc/xqgk/"), ("领导之窗", "/zjgc/ldzc/"), ("县长信箱", "/hdjl/xjxx/")):
    decoy("column.blank", GC, p, name, "栏目组落地页/单页，有内容")
    decoy("column.overdue", GC, p, name, "栏目组落地页/单页")
decoy("site.unreachable", GC, "/", note="门户可访问")
decoy("site.unreachable", NYJ, "/nyj/", note="可访问")
decoy("site.unreachable", TMZ, "/tmz/", note="可访问")

# image look-alikes
for site, page, img, note in [
    (GC, "/", "/images/gc/wx-qr.png", "二维码"), (GC, "/", "/images/gc/piaochuang.jpg", "飘窗图"),
    (GC, "/", "/images/loading.gif", "懒加载 1×1 占位"), (GC, "/", "/images/gc/arrow.png", "6×10 箭头"),
    (GC, "/", "/images/gc/line.png", "1200×2 分隔线"), (GC, "/", "/images/gc/ico/fw1.png", "服务图标"),
    (GC, "/", "/uploadfiles/thumb/xz1.jpg", "懒加载缩略图"), (GC, "/", "/images/gc/jiucuo.png", "找错标识"),
    (GC, "/", "/images/gc/ga.png", "公安备案图标"), (GC, "/", "/images/gc/focus/f1.jpg", "焦点图"),
    (GC, "/zjgc/xqgk/", "/images/gc/xqgk/quanjing.jpg", "灰调全景照片，有细节"),
    (GC, "/zjgc/xqgk/", "/images/gc/xqgk/yejing.jpg", "夜景"), (GC, "/zjgc/ldzc/", "/images/gc/ld/ld1.jpg", "领导照片"),
    (GC, "/zwdt/", "/images/gc/zt/yxhj.jpg", "专题横幅"),
    (NYJ, "/nyj/", "/nyj/images/ewm.png", "二维码"), (NYJ, "/nyj/", "/nyj/images/headers/nyj-header.jpg", "页头"),
    (NYJ, "/nyj/", "/nyj/images/icons/rss.png", "16 px 图标"), (NYJ, "/nyj/dwjj.html", "/nyj/images/dwjj/bangong.jpg", "灰调照片"),
    (NYJ, "/nyj/", "/nyj/images/slide/s1.jpg", "轮播图"),
    (TMZ, "/tmz/", "/tmz/ufile/ewm_tmz.png", "二维码"), (TMZ, "/tmz/", "/tmz/ufile/logo_tmz.png", "标志"),
    (TMZ, "/tmz/", "/tmz/ufile/ico_phone.png", "24 px 图标"), (TMZ, "/tmz/", "/tmz/ufile/banner_1.jpg", "横幅"),
    (TMZ, "/tmz/h-col-101.html", "/tmz/ufile/zqgk_1.jpg", "镇情照片"),
    (TMZ, "/tmz/h-col-112.html", "/tmz/res/img/loading.gif", "懒加载占位"),
]:
    decoy("image.broken", site, page, img, note)
card = col_by(TMZ_COLS, "乡村振兴").items[0]
decoy("image.broken", TMZ, col_by(TMZ_COLS, "乡村振兴").path, f"/tmz/ufile/2025/thumb_{card['id']}.jpg", "懒加载卡片缩略图")
for c in GC_COLS[:3]:
    for it in c.items[:2]:
        decoy("link.broken", GC, c.path, it["path"], "列表里的文章存在")
for c in NYJ_COLS[1:4] + TMZ_COLS[1:3]:
    for it in c.items[:2]:
        decoy("link.broken", c.site, c.path, it["path"], "列表里的文章存在")
decoy("link.broken", NYJ, "/nyj/", "/nyj/njbt.html", "补贴公示存在")
decoy("link.broken", GC, "/", "/bszn/fw1.html", "办事指南存在")

# =============================================================================================
# Write
# =============================================================================================

if SITE.exists():
    shutil.rmtree(SITE)
for path, data in sorted(FILES.items()):
    f = SITE / path.lstrip("/")
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(data)


def cfg_cols(cols: list[Col]) -> list[dict]:
    out = []
    for c in cols:
        if not c.configured:
            continue
        e = {"name": c.name, "url": ("{base}" + c.path.lstrip("/")) if c.full_url else c.path}
        if c.cfg_category:
            e["category"] = c.category
        out.append(e)
    return out


def flow(d: dict) -> str:
    parts = [f"name: {d['name']}", f'url: "{d["url"]}"'] + ([f"category: {d['category']}"] if "category" in d else [])
    return "      - {" + ", ".join(parts) + "}"


lines = ["# The engine-8 holdout's config ({base} is the server's root URL). Generated by generate.py.",
         "defaults:", "  timeout_s: 15", "  slow_ms: 3000", "sites:",
         f"  - id: {GC}", "    name: 桂川县人民政府", '    url: "{base}"',
         f"  - id: {NYJ}", "    name: 桂川县农业农村局", "    owner: 桂川县农业农村局", '    url: "{base}nyj/"', "    columns:"]
lines += [flow(d) for d in cfg_cols(NYJ_COLS)]
lines += [f"  - id: {TMZ}", "    name: 桂川县塘湄镇人民政府", '    url: "{base}tmz/"', "    columns:"]
lines += [flow(d) for d in cfg_cols(TMZ_COLS)]
lines += ["  - id: gc-ggzy", "    name: 桂川县公共资源交易中心", '    url: "{base}ggzy/"']
(HERE / "sites.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

(HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n" +
                                  yaml.safe_dump({"routes": dict(sorted(ROUTES.items()))}, allow_unicode=True, sort_keys=False), encoding="utf-8")

# sanity: no decoy equals a planted finding
keys = {(e["rule"], e["site"], e["url_path"], e.get("target")) for e in FINDINGS}
DECOYS = [d for d in DECOYS if (d["rule"], d["site"], d["url_path"], d.get("target")) not in keys]
expected = {"as_of": AS_OF.isoformat(), "findings": FINDINGS, "delays": DELAYS, "decoys": DECOYS}
(HERE / "expected.yaml").write_text("# Planted problems of the engine-8 holdout (generated by generate.py; do not edit by hand).\n" +
                                    yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")

if __name__ == "__main__":
    from collections import Counter
    n_html = sum(1 for p in FILES if p.endswith(".html"))
    print(f"{n_html} HTML pages, {len(FILES) - n_html} other files")
    print(f"{len(FINDINGS)} findings:", dict(Counter(e["rule"] for e in FINDINGS)))
    print(f"{len(DECOYS)} decoys:", dict(Counter(e["rule"] for e in DECOYS)))

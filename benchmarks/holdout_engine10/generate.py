"""Generate the engine-10 holdout: 沙泉县 (invented, 宁夏回族自治区).

Three sites on one host plus an unreachable one:

* ``shaquan``  the county portal, a JEECMS-style static export (``/xwzx/sqyw/index.html``,
  ``index_2.html``, articles ``/xwzx/sqyw/10231.html``, uploads ``/u/cms/www/202511/…``);
* ``sq-nyj``   农业农村局, a Spring Boot + Thymeleaf + Layui site (``/nyj/channel/gzdt/``,
  page 2 ``/nyj/channel/gzdt/2/``, articles ``/nyj/content/20251120/8a81f3c2.html``);
* ``sq-hsz``   红山镇, a 织梦-like static export in GB2312 (``/hsz/html/zwdt/list_11_1.htm``,
  articles ``/hsz/html/zwdt/20251120/1101.htm``, ``/hsz/uploads/allimg/…``);
* ``sq-sjj``   审计局, answering 502 to everything.

Deterministic: run it and it rewrites site/, sites.yaml, server.yaml and expected.yaml.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = dt.date(2025, 11, 26)
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
RNG = random.Random(20251126)

FINDINGS: list[dict] = []
DECOYS: list[dict] = []
ROUTES: dict[str, dict] = {}
DELAYS: list[dict] = []


def ago(days: int) -> dt.date:
    return AS_OF - dt.timedelta(days=days)


def F(rule, site, url_path, target=None, certainty=None, note=""):
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    FINDINGS.append(e)


def D(rule, site, url_path, target=None, note=""):
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    e["note"] = note
    DECOYS.append(e)


def write(path: str, text: str, enc: str = "utf-8") -> None:
    p = SITE / path.lstrip("/")
    if path.endswith("/"):
        p = p / "index.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(enc))


def wbytes(path: str, data: bytes) -> None:
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


# ------------------------------------------------------------------------------------------
# pictures
# ------------------------------------------------------------------------------------------


def font(size):
    return ImageFont.truetype(FONT_PATH, size)


def save(img: Image.Image, path: str) -> None:
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    if path.endswith(".jpg"):
        img.convert("RGB").save(p, "JPEG", quality=85)
    elif path.endswith(".gif"):
        img.convert("P").save(p, "GIF")
    else:
        img.save(p, "PNG")


def photo(path, w, h, seed, tone="color"):
    r = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    if tone == "grey":
        base = [(120 + int(40 * y / h),) * 3 for y in range(h)]
    elif tone == "night":
        base = [(10 + int(20 * y / h), 12 + int(15 * y / h), 40 + int(30 * y / h)) for y in range(h)]
    else:
        c1 = (r.randint(60, 200), r.randint(90, 200), r.randint(120, 230))
        c2 = (r.randint(40, 160), r.randint(100, 190), r.randint(40, 120))
        base = [tuple(int(c1[i] + (c2[i] - c1[i]) * y / h) for i in range(3)) for y in range(h)]
    for y in range(h):
        d.line([(0, y), (w, y)], fill=base[y])
    for _ in range(max(8, w * h // 1500)):
        x, y = r.randint(0, w), r.randint(0, h)
        s = r.randint(2, max(3, min(w, h) // 5))
        if tone == "grey":
            g = r.randint(80, 200)
            col = (g, g, g)
        elif tone == "night":
            col = (r.randint(200, 255), r.randint(180, 240), r.randint(80, 160)) if r.random() < .5 else (20, 24, 60)
            s = r.randint(1, 4)
        else:
            col = (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255))
        d.rectangle([x, y, x + s, y + s // 2 + 1], fill=col)
    save(img, path)


def icon(path, size, color):
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse([1, 1, size - 2, size - 2], fill=color)
    m = size // 4
    d.rectangle([m, m, size - m, size - m], outline=(255, 255, 255), width=max(1, size // 12))
    save(img, path)


def qr(path, size, seed):
    r = random.Random(seed)
    n = 25
    cell = size // n
    img = Image.new("RGB", (cell * n, cell * n), "white")
    d = ImageDraw.Draw(img)
    for i in range(n):
        for j in range(n):
            if r.random() < .5:
                d.rectangle([i * cell, j * cell, (i + 1) * cell - 1, (j + 1) * cell - 1], fill="black")
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], fill="white")
        d.rectangle([ox * cell, oy * cell, (ox + 7) * cell - 1, (oy + 7) * cell - 1], outline="black", width=cell)
        d.rectangle([(ox + 2) * cell, (oy + 2) * cell, (ox + 5) * cell - 1, (oy + 5) * cell - 1], fill="black")
    save(img, path)


def banner(path, w, h, text, bg, fg="white", size=None):
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    for i in range(0, w, 7):
        d.line([(i, h), (i + h, 0)], fill=tuple(min(255, c + 18) for c in bg), width=2)
    f = font(size or max(12, h // 3))
    d.text((w // 2, h // 2), text, font=f, fill=fg, anchor="mm")
    save(img, path)


def placeholder(path, w, h, text, bg=(238, 238, 238), fg=(160, 160, 160)):
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    s = min(w, h) // 4
    cx, cy = w // 2, h // 2 - s // 2
    d.rectangle([cx - s, cy - s // 1.5, cx + s, cy + s // 1.5], outline=fg, width=3)
    d.polygon([(cx - s + 6, cy + s // 2), (cx - s // 3, cy - s // 5), (cx + s // 4, cy + s // 3)], fill=fg)
    d.ellipse([cx + s // 3, cy - s // 2, cx + s // 3 + 12, cy - s // 2 + 12], fill=fg)
    d.text((w // 2, cy + s // 1.5 + 22), text, font=font(max(14, h // 10)), fill=fg, anchor="mm")
    save(img, path)


def flat(path, w, h, color):
    save(Image.new("RGB", (w, h), color), path)


# ------------------------------------------------------------------------------------------
# titles
# ------------------------------------------------------------------------------------------

TOPICS = ["沙泉县召开", "县政府常务会议研究", "沙泉县开展", "县领导督导检查", "我县举办", "沙泉县部署",
          "县人大常委会视察", "县政协调研", "沙泉县推进", "全县召开"]
SUBJECTS = ["冬季供暖保障工作", "黄河流域生态保护", "枸杞产业高质量发展", "葡萄酒产业园区建设", "农村人居环境整治",
            "安全生产大检查", "移民新村基础设施建设", "秋冬季森林草原防火", "民族团结进步创建", "优化营商环境",
            "高标准农田建设", "滩羊养殖技术培训", "根治欠薪冬季专项行动", "乡村振兴示范村创建", "县域医共体建设",
            "中小学校园安全", "防范电信网络诈骗宣传", "河湖长制工作", "城乡居民医保参保", "黄河滩区治理"]


def title(seed: int) -> str:
    r = random.Random(seed)
    return r.choice(TOPICS) + r.choice(SUBJECTS) + r.choice(["会议", "工作", "推进会", "专题培训", "现场会", ""])


def fmt(d: dt.date, style: str) -> str:
    return {"dash": d.strftime("%Y-%m-%d"), "slash": d.strftime("%Y/%m/%d"),
            "cn": f"{d.year}年{d.month:02d}月{d.day:02d}日", "cnshort": f"{d.year}年{d.month}月{d.day}日",
            "md": d.strftime("%m-%d"), "bmd": d.strftime("[%m-%d]"), "dot": d.strftime("%Y.%m.%d")}[style]


# ==========================================================================================
# the portal: shaquan (JEECMS-style static export)
# ==========================================================================================

P = "shaquan"
P_NAV = [
    ("首页", "/"),
    ("走进沙泉", "/zjsq/index.html"),
    ("新闻中心", "/xwzx/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("互动交流", "/hdjl/index.html"),
]
# (group, slug, name, ages of entries newest first | "blank", list style)
P_COLS = [
    ("xwzx", "sqyw", "沙泉要闻", [0, 1, 2, 4, 5, 7, 8, 9, 11, 13], "ul"),
    ("xwzx", "bmdt", "部门动态", [26, 31, 40, 47, 55], "ul"),
    ("xwzx", "xzdt", "乡镇动态", [13, 19, 27, 34], "dl"),
    ("xwzx", "tpxw", "图片新闻", [1, 3, 6, 9], "pic"),
    ("xwzx", "spxw", "视频新闻", "blank", "ul"),
    ("zwgk", "tzgg", "通知公告", [118, 150, 171], "table"),
    ("zwgk", "zcwj", "政策文件", [260, 301, 344], "table"),
    ("zwgk", "zcjd", "政策解读", [3, 36, 70], "ul"),
    ("zwgk", "gzdt", "工作动态", [40, 44, 58, 66], "dl"),
    ("zwgk", "rsxx", "人事信息", [270, 300], "table"),
    ("zwgk", "ghjh", "规划计划", [150, 240], "ul"),
    ("zwgk", "czyjs", "财政预决算", [6, 30, 200], "table"),
    ("zwgk", "zdxm", "重点项目", "blank", "table"),
    ("hdjl", "zxft", "在线访谈", [5, 40], "ul"),
    ("hdjl", "yjzj", "意见征集", [8, 52], "ul"),
]
P_GROUP_NAME = {"xwzx": "新闻中心", "zwgk": "政务公开", "hdjl": "互动交流"}

P_CSS = "/r/cms/www/red/css/style.css"


def p_page(title_, body, side=True, crumbs=()):
    nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in P_NAV)
    crumb = " &gt; ".join(['<a href="/">首页</a>'] + [f'<a href="{u}">{n}</a>' for n, u in crumbs])
    side_html = ""
    if side:
        items = "".join(f'<li><a href="{P_ARTS["sqyw"][i][0]}">{P_ARTS["sqyw"][i][1]}</a></li>' for i in range(5))
        side_html = (f'<div class="sidebar"><div class="s-box"><div class="s-tit">热点排行</div><ol class="hot">{items}</ol></div>'
                     f'<div class="s-box"><img src="/u/cms/www/qrcode_wx.png" width="120" height="120" alt="沙泉发布微信">'
                     f'<p>沙泉发布</p></div></div>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title_}_沙泉县人民政府</title>
<meta name="SiteName" content="沙泉县人民政府"><meta name="SiteDomain" content="www.shaquan.gov.cn">
<link rel="stylesheet" href="{P_CSS}"><script src="/r/cms/www/red/js/jquery.js"></script></head>
<body>
<div class="top-bar"><div class="w1200">今天是 <span id="today"></span> <a href="/zjsq/index.html">走进沙泉</a> | <a href="/hdjl/xzxx/index.html">县长信箱</a></div></div>
<div class="header w1200"><a href="/"><img src="/r/cms/www/red/img/logo.png" alt="沙泉县人民政府" width="520" height="80"></a></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 location">当前位置：{crumb}</div>
<div class="w1200 main clearfix"><div class="content">{body}</div>{side_html}</div>
{P_FOOTER}
</body></html>"""


P_FOOTER = """<div class="footer"><div class="w1200">
<div class="links">部门网站：<a href="/nyj/">沙泉县农业农村局</a>　乡镇网站：<a href="/hsz/index.htm">红山镇人民政府</a></div>
<p>主办单位：沙泉县人民政府办公室　地址：沙泉县凤城东街18号　电话：0951-6012345</p>
<p>网站标识码：6401990001　宁ICP备05001234号　<img src="/r/cms/www/red/img/ga.png" width="20" height="20" alt="">宁公网安备 64019902000123号</p>
<p><a href="/jiucuo.html"><img src="/r/cms/www/red/img/jiucuo.png" width="110" height="55" alt="我为政府网站找错"></a>
<img src="/r/cms/www/red/img/dzjg.png" width="55" height="66" alt="党政机关"></p>
</div></div>"""

P_ARTS: dict[str, list] = {}  # slug -> [(url, title, date)]


def p_col_path(group, slug, page=1):
    return f"/{group}/{slug}/index.html" if page == 1 else f"/{group}/{slug}/index_{page}.html"


def build_portal():
    aid = 10230
    # articles first (side boxes need them)
    for group, slug, name, ages, style in P_COLS:
        P_ARTS[slug] = []
        if ages == "blank":
            continue
        for a in ages:
            aid += 1
            P_ARTS[slug].append((f"/{group}/{slug}/{aid}.html", title(aid) if group != "zwgk" else
                                 f"沙泉县{name}（{ago(a).year}）第{aid % 97}号", ago(a)))
    # static assets
    write(P_CSS, "body{margin:0;font:14px/1.8 'Microsoft YaHei'}.w1200{width:1200px;margin:0 auto}"
          ".nav{background:#b5121b}.nav li{display:inline-block;padding:0 28px}.nav a{color:#fff}"
          ".content{float:left;width:860px}.sidebar{float:right;width:300px}.clearfix:after{content:'';display:block;clear:both}"
          ".piao{position:absolute;z-index:99}.news-list li span{float:right;color:#999}")
    write("/r/cms/www/red/js/jquery.js", "/*! jQuery v1.12.4 stand-in */window.jQuery=window.$=function(){return{}};")
    write("/r/cms/www/red/js/piao.js", "/* floating window */var x=50,y=60,dx=1,dy=1;setInterval(function(){var e=document.getElementById('piao');if(!e)return;x+=dx;y+=dy;if(x<0||x>1000)dx=-dx;if(y<0||y>500)dy=-dy;e.style.left=x+'px';e.style.top=y+'px';},30);")
    banner("/r/cms/www/red/img/logo.png", 520, 80, "沙泉县人民政府", (181, 18, 27))
    icon("/r/cms/www/red/img/ga.png", 20, (60, 120, 200))
    banner("/r/cms/www/red/img/jiucuo.png", 110, 55, "我为政府网站找错", (200, 30, 30), size=12)
    banner("/r/cms/www/red/img/dzjg.png", 55, 66, "党政机关", (220, 20, 20), size=11)
    qr("/u/cms/www/qrcode_wx.png", 125, 1)
    qr("/u/cms/www/qrcode_app.png", 125, 2)
    wbytes("/u/cms/www/loading.gif", _gif1x1())
    photo("/u/cms/www/202511/divider.png", 1200, 2, 5)
    for i, (c, n) in enumerate([((30, 120, 200), "sx"), ((40, 160, 90), "bs"), ((230, 120, 30), "cx"),
                                ((150, 60, 170), "ts"), ((200, 40, 40), "zx"), ((20, 140, 150), "gg")]):
        icon(f"/r/cms/www/red/img/ico_{n}.png", [48, 48, 48, 64, 32, 24][i], c)
    # pictures for news
    for i in range(1, 5):
        photo(f"/u/cms/www/202511/slide{i}.jpg", 640, 360, 100 + i)
    photo("/u/cms/www/202511/panorama_grey.jpg", 1000, 300, 7, tone="grey")
    photo("/u/cms/www/202511/yejing.jpg", 800, 450, 8, tone="night")
    for i in range(1, 5):
        photo(f"/u/cms/www/202511/thumb{i}.jpg", 240, 160, 200 + i)
    photo("/u/cms/www/202511/piao.jpg", 200, 120, 9)
    banner("/u/cms/www/zt/zt_xzdj.jpg", 380, 90, "学习贯彻党的二十届四中全会精神", (190, 20, 20))
    banner("/u/cms/www/zt/zt_yshj.jpg", 380, 90, "优化营商环境 沙泉在行动", (20, 90, 170))
    # planted pictures
    placeholder("/u/cms/www/zt/zt_hhst.jpg", 380, 90, "图片加载失败")
    F("image.broken", P, "/", "/u/cms/www/zt/zt_hhst.jpg", note="专题 banner 占位图：图片加载失败 drawn in grey")
    F("image.broken", P, "/", "/u/cms/www/202510/ad_ggfw.jpg", note="homepage advert: 404")
    wbytes("/u/cms/www/202511/tp_fengcheng.jpg",
           b"<!DOCTYPE html><html><head><title>404</title></head><body>File not found</body></html>")
    flat("/u/cms/www/202511/zhanban.jpg", 600, 340, (198, 224, 245))

    # homepage
    slides = "".join(f'<li><a href="{P_ARTS["tpxw"][i - 1][0]}"><img src="/u/cms/www/202511/slide{i}.jpg" width="640" height="360" alt=""></a></li>'
                     for i in range(1, 5))
    tabs = ""
    for slug in ("sqyw", "bmdt", "tzgg"):
        rows = "".join(f'<li><a href="{u}" title="{t}">{t}</a><span>{fmt(d, "md")}</span></li>' for u, t, d in P_ARTS[slug][:6])
        name = next(c[2] for c in P_COLS if c[1] == slug)
        group = next(c[0] for c in P_COLS if c[1] == slug)
        tabs += (f'<div class="tab-panel"><div class="tab-hd"><span>{name}</span><a class="more" href="{p_col_path(group, slug)}">更多</a></div>'
                 f'<ul class="news-list">{rows}</ul></div>')
    year_note = f'<p class="year">{AS_OF.year}年</p>'
    home_body = f"""
<div class="focus"><ul class="slider">{slides}</ul></div>
{year_note}{tabs}
<div class="zt-list"><a href="/xwzx/sqyw/index.html"><img src="/u/cms/www/zt/zt_xzdj.jpg" width="380" height="90" alt="专题"></a>
<a href="/zwgk/index.html"><img src="/u/cms/www/zt/zt_yshj.jpg" width="380" height="90" alt="专题"></a>
<a href="/xwzx/tpxw/index.html"><img src="/u/cms/www/zt/zt_hhst.jpg" width="380" height="90" alt="黄河生态保护专题"></a></div>
<div class="ad"><a href="/zwgk/index.html"><img src="/u/cms/www/202510/ad_ggfw.jpg" width="1200" height="100" alt="公共服务"></a></div>
<img src="/u/cms/www/202511/divider.png" width="1200" height="2" alt="">
<div class="service"><a href="/zwgk/index.html"><img src="/r/cms/www/red/img/ico_sx.png" alt="">办事指南</a>
<a href="/zwgk/czyjs/index.html"><img src="/r/cms/www/red/img/ico_bs.png" alt="">财政预决算</a>
<a href="/zwgk/zcwj/index.html"><img src="/r/cms/www/red/img/ico_cx.png" alt="">政策查询</a>
<a href="/hdjl/xzxx/index.html"><img src="/r/cms/www/red/img/ico_ts.png" alt="">县长信箱</a>
<a href="/hdjl/zxft/index.html"><img src="/r/cms/www/red/img/ico_zx.png" alt="">在线访谈</a>
<a href="/jeecms/search.jspx"><img src="/r/cms/www/red/img/ico_gg.png" alt="">站内搜索</a></div>
<div class="qr"><img src="/u/cms/www/qrcode_wx.png" width="125" height="125" alt="微信"><img src="/u/cms/www/qrcode_app.png" width="125" height="125" alt="APP"></div>
<div id="piao" class="piao"><a href="/zwgk/zcjd/index.html"><img src="/u/cms/www/202511/piao.jpg" width="200" height="120" alt="飘窗"></a><span onclick="this.parentNode.style.display='none'">关闭</span></div>
<script src="/r/cms/www/red/js/piao.js"></script>"""
    write("/index.html", p_page("首页", home_body, side=False))
    F("link.broken", P, "/", "/jeecms/search.jspx", "suspect", note="站内搜索 answers 502 every time")
    ROUTES["/jeecms/search.jspx"] = {"status": 502}
    D("image.broken", P, "/", "/u/cms/www/202511/piao.jpg", "floating-window picture")
    D("image.broken", P, "/", "/u/cms/www/202511/divider.png", "1200×2 divider")
    D("image.broken", P, "/", "/u/cms/www/qrcode_app.png", "QR code")
    D("image.broken", P, "/", "/r/cms/www/red/img/ico_zx.png", "32 px icon")
    D("image.broken", P, "/", "/r/cms/www/red/img/ico_gg.png", "24 px icon")
    D("image.broken", P, "/", "/u/cms/www/zt/zt_xzdj.jpg", "red 专题 banner with text")
    D("image.broken", P, "/", "/u/cms/www/zt/zt_yshj.jpg", "blue 专题 banner with text")
    D("image.broken", P, "/", "/r/cms/www/red/img/dzjg.png", "党政机关 badge")
    D("image.broken", P, "/", "/u/cms/www/202511/slide1.jpg", "slider photo")
    D("link.broken", P, "/", "/hsz/index.htm", "township link in the footer")
    write("/jiucuo.html", p_page("我为政府网站找错", "<h2>我为政府网站找错</h2><p>请通过国务院办公厅政府网站找错平台提交。</p>"
                                 '<form><textarea name="c"></textarea><button type="button">提交</button></form>', side=False))

    # single page 走进沙泉 (delayed, under slow_ms)
    write("/zjsq/index.html", p_page("走进沙泉", f"""<h1>走进沙泉</h1>
<p>沙泉县位于宁夏回族自治区中部，黄河自西南向东北穿境而过，总面积2856平方公里，辖5镇3乡，户籍人口18.6万人。</p>
<img src="/u/cms/www/202511/panorama_grey.jpg" width="1000" height="300" alt="沙泉全景（旧照）">
<p>1958年建县，2003年撤乡并镇。</p><img src="/u/cms/www/202511/yejing.jpg" width="800" height="450" alt="凤城夜景">""",
                                      crumbs=[("走进沙泉", "/zjsq/index.html")]))
    ROUTES["/zjsq/index.html"] = {"delay_ms": 1200}
    DELAYS.append({"url_path": "/zjsq/index.html", "ms": 1200})
    D("site.slow", P, "/zjsq/index.html", note="1200 ms, under slow_ms")
    D("image.broken", P, "/zjsq/index.html", "/u/cms/www/202511/panorama_grey.jpg", "grey panorama with detail")
    D("image.broken", P, "/zjsq/index.html", "/u/cms/www/202511/yejing.jpg", "night view")
    D("column.blank", P, "/zjsq/index.html", "走进沙泉", "single page with text")
    D("column.overdue", P, "/zjsq/index.html", "走进沙泉", "single page with old years")

    # landing pages of the groups
    for group, gname in P_GROUP_NAME.items():
        cols = [c for c in P_COLS if c[0] == group]
        sub = "".join(f'<li><a href="{p_col_path(g, s)}">{n}</a></li>' for g, s, n, _a, _st in cols)
        blocks = ""
        for g, s, n, ages, _st in cols:
            if ages == "blank":
                continue
            rows = "".join(f'<li><a href="{u}">{t}</a><em>{fmt(d, "dash")}</em></li>' for u, t, d in P_ARTS[s][:4])
            blocks += f'<div class="lm-block"><h3><a href="{p_col_path(g, s)}">{n}</a></h3><ul>{rows}</ul><a class="more" href="{p_col_path(g, s)}">更多&gt;&gt;</a></div>'
        extra = ""
        if group == "hdjl":
            extra = ('<div class="channels"><a href="/hdjl/xzxx/index.html"><img src="/r/cms/www/red/img/ico_ts.png" alt="">县长信箱</a>'
                     '<a href="/hdjl/zxft/index.html"><img src="/r/cms/www/red/img/ico_zx.png" alt="">在线访谈</a>'
                     '<a href="/hdjl/yjzj/index.html"><img src="/r/cms/www/red/img/ico_cx.png" alt="">意见征集</a></div>')
        body = (f'<div class="sub-nav"><h2>{gname}</h2><ul>{sub}</ul></div>{extra}'
                f'<img src="/u/cms/www/202511/slide{len(group) % 4 + 1}.jpg" width="640" height="360" alt="">{blocks}')
        write(f"/{group}/index.html", p_page(gname, body, crumbs=[(gname, f"/{group}/index.html")]))
        D("column.blank", P, f"/{group}/", gname, "group landing page with blocks")
        D("column.overdue", P, f"/{group}/", gname, "group landing page")
    write("/hdjl/xzxx/index.html", p_page("县长信箱", """<h2>县长信箱</h2><form class="xx-form">
<label>姓名<input name="xm"></label><label>联系电话<input name="dh"></label><label>标题<input name="bt"></label>
<label>内容<textarea name="nr"></textarea></label><button type="button">提交</button></form>""",
                                            crumbs=[("互动交流", "/hdjl/index.html"), ("县长信箱", "/hdjl/xzxx/index.html")]))
    D("column.blank", P, "/hdjl/xzxx/", "县长信箱", "a letter form, not a column")

    # columns
    for group, slug, name, ages, style in P_COLS:
        gname = P_GROUP_NAME[group]
        cols = [c for c in P_COLS if c[0] == group]
        left = "".join(f'<li{" class=on" if s == slug else ""}><a href="{p_col_path(g, s)}">{n}</a></li>' for g, s, n, _a, _st in cols)
        arts = P_ARTS[slug]
        pages = [arts[:8], arts[8:]] if len(arts) > 8 else [arts]
        for pi, chunk in enumerate(pages, 1):
            if ages == "blank":
                if style == "ul":
                    lst = '<ul class="news-list"></ul><div class="nodata">暂无相关信息</div>'
                else:
                    lst = '<table class="gk-table"><tr><th>序号</th><th>名称</th><th>文号</th><th>发布日期</th></tr></table>'
            elif style == "ul":
                lst = '<ul class="news-list">' + "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{fmt(d, "dash")}</span></li>' for u, t, d in chunk) + "</ul>"
            elif style == "dl":
                lst = "".join(f'<dl class="art"><dt>{fmt(d, "slash")}</dt><dd><a href="{u}">{t}</a><p>{t}。……</p></dd></dl>' for u, t, d in chunk)
            elif style == "table":
                lst = ('<table class="gk-table"><tr><th>序号</th><th>名称</th><th>文号</th><th>发布日期</th></tr>'
                       + "".join(f'<tr><td>{i}</td><td><a href="{u}">{t}</a></td><td>沙政发〔{d.year}〕{30 + i}号</td><td>{fmt(d, "cn")}</td></tr>'
                                 for i, (u, t, d) in enumerate(chunk, 1)) + "</table>")
            else:  # pic
                lst = '<ul class="pic-list">'
                for i, (u, t, d) in enumerate(chunk, 1):
                    if i == 3:
                        img = '<img src="/u/cms/www/202511/tp_fengcheng.jpg" width="240" height="160" alt="">'
                    else:
                        img = f'<img class="lazy" src="/u/cms/www/loading.gif" data-original="/u/cms/www/202511/thumb{i}.jpg" width="240" height="160" alt="">'
                    lst += f'<li><a href="{u}">{img}<p>{t}</p></a><span>{fmt(d, "dash")}</span></li>'
                lst += "</ul>"
            pager = ""
            if len(pages) > 1:
                pager = ('<div class="pagination">共{0}条 <a href="{1}">首页</a> <a href="{2}">下一页</a> <a href="{2}">尾页</a></div>'
                         .format(len(arts) + 1, p_col_path(group, slug), p_col_path(group, slug, 2)) if pi == 1 else
                         '<div class="pagination"><a href="{0}">首页</a> <a href="{0}">上一页</a></div>'.format(p_col_path(group, slug)))
            if pi == 2 and slug == "sqyw":
                lst = lst.replace("</ul>", f'<li><a href="/xwzx/sqyw/10199.html">沙泉县召开秋季农业生产现场推进会</a><span>{fmt(ago(22), "dash")}</span></li></ul>')
            body = (f'<div class="left-menu"><h2>{gname}</h2><ul>{left}</ul></div>'
                    f'<div class="list-box"><div class="list-tit">{name}</div>{lst}{pager}</div>')
            write(p_col_path(group, slug, pi), p_page(name, body, crumbs=[(gname, f"/{group}/index.html"), (name, p_col_path(group, slug))]))
        cp = f"/{group}/{slug}/"
        if ages == "blank":
            F("column.blank", P, cp, name, note=f"no entries ({style})")
            D("column.overdue", P, cp, name, "blank, not overdue")
        else:
            newest = ages[0]
            limit = {"通知公告": 183, "政策文件": 183, "人事信息": 365, "规划计划": 365}.get(name)
            if name in ("部门动态", "工作动态"):
                F("column.overdue", P, cp, name, note=f"news, newest {newest} days old")
            elif name == "政策文件":
                F("column.overdue", P, cp, name, note=f"policy, newest {fmt(ago(newest), 'dash')} (over 6 months)")
            elif name == "乡镇动态":
                F("column.due_soon", P, cp, name, note="news, newest exactly 13 days old")
                D("column.overdue", P, cp, name, "13 days: due soon, not overdue")
            else:
                D("column.overdue", P, cp, name, f"newest {newest} days old" + (f", limit {limit}" if limit else ""))
                D("column.due_soon", P, cp, name, "fresh or well inside its limit")
            D("column.blank", P, cp, name, "has entries")
            D("column.unmonitored", P, cp, name, "the portal config lists no columns")
            if len(pages) > 1:
                D("column.overdue", P, p_col_path(group, slug, 2), name, "page 2 of a fresh column")
                D("column.blank", P, p_col_path(group, slug, 2), name, "page 2")
    F("link.broken", P, "/xwzx/sqyw/index_2.html", "/xwzx/sqyw/10199.html", "definite", note="deleted article still listed on page 2: 404")
    F("image.broken", P, "/xwzx/tpxw/", "/u/cms/www/202511/tp_fengcheng.jpg", note="HTML saved as JPEG: undecodable")
    D("image.broken", P, "/xwzx/tpxw/", "/u/cms/www/202511/thumb1.jpg", "lazy thumbnail")
    D("image.broken", P, "/xwzx/tpxw/", "/u/cms/www/loading.gif", "1×1 lazy placeholder")

    # articles
    flaky_done = dead_pdf = False
    for group, slug, name, ages, style in P_COLS:
        for k, (u, t, d) in enumerate(P_ARTS[slug]):
            extra = ""
            if slug == "tpxw":
                extra = f'<p style="text-align:center"><img src="/u/cms/www/202511/thumb{k + 1}.jpg" width="240" height="160" alt=""></p>'
            if slug == "sqyw" and k == 2:
                extra = '<p style="text-align:center"><img src="/u/cms/www/202511/zhanban.jpg" width="600" height="340" alt=""></p>'
                F("image.broken", P, u, "/u/cms/www/202511/zhanban.jpg", note="flat light-blue box in the article body")
            if slug == "sqyw" and k == 1:
                ROUTES[u] = {"delay_ms": 3600}
                DELAYS.append({"url_path": u, "ms": 3600})
                F("site.slow", P, u, note="article answers after 3600 ms")
            if slug == "zcwj" and not dead_pdf:
                dead_pdf = True
                extra = '<p class="fj">附件：<a href="/u/cms/www/202503/zcwj_shishi.pdf">沙泉县实施细则.pdf</a></p>'
                F("link.broken", P, u, "/u/cms/www/202503/zcwj_shishi.pdf", "definite", note="policy attachment 404")
            if slug == "tzgg" and not flaky_done:
                flaky_done = True
                wbytes("/u/cms/www/202507/tzgg_fujian.docx", b"PK\x03\x04 stand-in docx")
                extra = '<p class="fj">附件：<a href="/u/cms/www/202507/tzgg_fujian.docx">报名表.docx</a></p>'
                ROUTES["/u/cms/www/202507/tzgg_fujian.docx"] = {"fail_first": 1, "status": 503}
                D("link.broken", P, u, "/u/cms/www/202507/tzgg_fujian.docx", "answers 503 once, then 200")
            if slug == "czyjs" and k == 0:
                wbytes("/u/cms/www/202511/yusuan2025.xls", b"\xd0\xcf\x11\xe0 stand-in xls")
                extra = '<p class="fj">附件：<a href="/u/cms/www/202511/yusuan2025.xls">2025年预算表.xls</a></p>'
                D("link.broken", P, u, "/u/cms/www/202511/yusuan2025.xls", "attachment exists")
            body = (f'<div class="article"><h1>{t}</h1><div class="info">发布时间：{fmt(d, "dash")} 10:3{k % 10}　来源：沙泉县融媒体中心　浏览次数：<span>{100 + k * 7}</span></div>'
                    f'<div class="TRS_Editor"><p>{t}。会议强调，要提高政治站位，压实工作责任，确保各项任务落到实处。</p>{extra}</div>'
                    f'<div class="share"><img src="/r/cms/www/red/img/ico_zx.png" width="16" height="16" alt="">分享</div></div>')
            write(u, p_page(t, body, crumbs=[(P_GROUP_NAME[group], f"/{group}/index.html"), (name, p_col_path(group, slug))]))


def _gif1x1() -> bytes:
    import io
    b = io.BytesIO()
    Image.new("P", (1, 1), 0).save(b, "GIF")
    return b.getvalue()


# ==========================================================================================
# sq-nyj: Spring Boot + Thymeleaf + Layui department site
# ==========================================================================================

N = "sq-nyj"
# slug, name, category for config (None = not configured), ages | "blank" | "missing", style
N_COLS = [
    ("gzdt", "工作动态", "news", [0, 2, 3, 5, 6, 8, 9, 12, 15, 20, 24], "card"),
    ("tzgg", "通知公告", "notice", [64, 90, 120], "table"),
    ("zcfg", "政策法规", "policy", [45, 100], "table"),
    ("rsxx", "人事信息", "personnel", [468, 520], "table"),
    ("nykj", "农业科技", "news", [13, 20, 29], "card"),
    ("xczx", "乡村振兴", "news", [22, 30, 41], "card"),
    ("ncpzl", "农产品质量安全", "other", [380, 420], "table"),
    ("czzj", "财政资金", "other", "blank", "empty-div"),
    ("ssj", "双随机一公开", "other", "blank", "thead"),
    ("jyta", "建议提案办理", "other", "blank", "empty-ul"),
    ("zfgs", "行政执法公示", "other", "blank", "nodata-p"),
    ("tjsj", "统计数据", "other", "blank", "waiting"),
    ("xmsb", "项目申报", "news", "missing", None),
    ("njfw", "农机服务", None, [1, 6], "card"),
    ("dwfy", "动物防疫", None, [4, 9], "table"),
]
N_MENU = [("新闻资讯", ["gzdt", "nykj", "xczx", "njfw"]),
          ("信息公开", ["tzgg", "zcfg", "rsxx", "ncpzl", "czzj", "ssj", "jyta", "zfgs", "tjsj", "dwfy"])]
N_ARTS: dict[str, list] = {}


def n_name(slug):
    return next(c[1] for c in N_COLS if c[0] == slug)


def n_page(title_, body, side=True):
    menu = '<li class="layui-nav-item"><a href="/nyj/">首页</a></li>'
    for g, slugs in N_MENU:
        sub = "".join(f'<dd><a href="/nyj/channel/{s}/">{n_name(s)}</a></dd>' for s in slugs)
        menu += f'<li class="layui-nav-item"><a href="javascript:;">{g}</a><dl class="layui-nav-child">{sub}</dl></li>'
    menu += '<li class="layui-nav-item"><a href="/">县政府门户</a></li>'
    side_html = ""
    if side:
        rows = "".join(f'<li><a href="{u}">{t}</a><p>{fmt(d, "cnshort")}</p></li>' for u, t, d in N_ARTS["gzdt"][:5])
        side_html = (f'<div class="layui-col-md3"><div class="layui-card"><div class="layui-card-header">最新发布</div>'
                     f'<div class="layui-card-body"><ul class="latest">{rows}</ul></div></div>'
                     f'<div class="layui-card"><div class="layui-card-body"><img src="/nyj/static/img/qrcode.png" width="120" height="120" alt="扫码关注"></div></div></div>')
    return f"""<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org" lang="zh-CN"><head><meta charset="UTF-8"><title>{title_} - 沙泉县农业农村局</title>
<link rel="stylesheet" href="/nyj/static/layui/css/layui.css"><link rel="stylesheet" href="/nyj/static/css/portal.css"></head>
<body><div class="layui-header header-nyj"><div class="layui-container"><img class="logo" src="/nyj/static/img/logo.png" width="420" height="64" alt="沙泉县农业农村局">
<ul class="layui-nav">{menu}</ul></div></div>
<div class="layui-container"><div class="layui-row layui-col-space15"><div class="layui-col-md9">{body}</div>{side_html}</div></div>
<div class="layui-footer">主办：沙泉县农业农村局　地址：沙泉县凤城西路66号　网站标识码：6401990012　宁ICP备05001234号-3
<a href="/">返回县政府门户</a></div>
<script src="/nyj/static/layui/layui.js"></script></body></html>"""


def build_nyj():
    aid = 0
    for slug, name, cat, ages, style in N_COLS:
        N_ARTS[slug] = []
        if isinstance(ages, str):
            continue
        for a in ages:
            aid += 1
            d = ago(a)
            h = "%08x" % (0x8a81f300 + aid * 4099)
            t = (f"沙泉县农业农村局{name}{d.year}年第{aid}期" if style == "table" else
                 title(5000 + aid).replace("沙泉县", "县农业农村局").replace("我县", "县农业农村局"))
            N_ARTS[slug].append((f"/nyj/content/{d.strftime('%Y%m%d')}/{h}.html", t, d))
    write("/nyj/static/layui/css/layui.css", ".layui-container{width:1170px;margin:0 auto}.layui-nav-child{display:none}.layui-nav-item:hover .layui-nav-child{display:block}")
    write("/nyj/static/css/portal.css", ".header-nyj{background:#2e7d32}.layui-footer{text-align:center;padding:20px;background:#eee}.card-grid img{width:100%}")
    write("/nyj/static/layui/layui.js", "/** layui-v2.9.8 stand-in */ window.layui={use:function(){}};")
    banner("/nyj/static/img/logo.png", 420, 64, "沙泉县农业农村局", (46, 125, 50))
    qr("/nyj/static/img/qrcode.png", 125, 3)
    icon("/nyj/static/img/nodata.png", 64, (180, 180, 180))
    for i in range(1, 7):
        photo(f"/nyj/upload/2025/11/{i:02d}a7c.jpg", 360, 240, 300 + i)
    photo("/nyj/upload/2025/11/banner_tianyuan.jpg", 1170, 300, 320)
    flat("/nyj/upload/2025/10/banner_qiuliang.jpg", 1170, 300, (128, 128, 128))
    placeholder("/nyj/upload/2025/11/nopic_card.png", 360, 240, "暂无图片")

    # homepage
    cards = "".join(f'<div class="layui-col-md4"><a href="{u}"><img src="/nyj/upload/2025/11/{i + 1:02d}a7c.jpg" width="360" height="240" alt=""><p>{t}</p></a><span>{fmt(d, "slash")}</span></div>'
                    for i, (u, t, d) in enumerate(N_ARTS["gzdt"][:3]))
    notice = "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{fmt(d, "slash")}</td></tr>' for u, t, d in N_ARTS["tzgg"])
    home = f"""<div class="banner"><img src="/nyj/upload/2025/11/banner_tianyuan.jpg" width="1170" height="300" alt="">
<img src="/nyj/upload/2025/10/banner_qiuliang.jpg" width="1170" height="300" alt="秋粮收购"></div>
<div class="layui-row card-grid">{cards}</div>
<table class="layui-table"><thead><tr><th>通知公告</th><th>日期</th></tr></thead><tbody>{notice}</tbody></table>
<div class="svc"><a href="/nyj/service/online/"><img src="/nyj/static/img/nodata.png" width="32" height="32" alt="">网上办事</a>
<a href="/nyj/channel/tzgg/">通知公告</a></div>"""
    write("/nyj/index.html", n_page("首页", home))
    F("image.broken", N, "/nyj/", "/nyj/upload/2025/10/banner_qiuliang.jpg", note="flat grey banner slot")
    F("link.broken", N, "/nyj/", "/nyj/service/online/", "definite", note="网上办事 answers 410")
    ROUTES["/nyj/service/online/"] = {"status": 410}
    D("image.broken", N, "/nyj/", "/nyj/upload/2025/11/banner_tianyuan.jpg", "photo banner")
    D("image.broken", N, "/nyj/", "/nyj/static/img/qrcode.png", "QR card")
    D("image.broken", N, "/nyj/", "/nyj/static/img/logo.png", "logo")

    for slug, name, cat, ages, style in N_COLS:
        cp = f"/nyj/channel/{slug}/"
        if ages == "missing":
            F("column.missing", N, cp, name, note="configured, answers 404, linked from nowhere")
            D("column.blank", N, cp, name, "missing, not blank")
            continue
        arts = N_ARTS[slug]
        pages = [arts[:8], arts[8:]] if len(arts) > 8 else [arts]
        for pi, chunk in enumerate(pages, 1):
            if ages == "blank":
                lst = {"empty-div": '<div class="layui-none"><img src="/nyj/static/img/nodata.png" width="64" height="64" alt="">暂无数据</div>',
                       "thead": '<table class="layui-table"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody></tbody></table>',
                       "empty-ul": '<ul class="news-ul"></ul>',
                       "nodata-p": '<ul class="news-ul"></ul><p class="no-data">该栏目暂无内容</p>',
                       "waiting": '<div class="content-empty">信息整理中，敬请期待。</div>'}[style]
            elif style == "card":
                lst = '<div class="layui-row card-grid">'
                for i, (u, t, d) in enumerate(chunk):
                    src = f"/nyj/upload/2025/11/{i % 6 + 1:02d}a7c.jpg"
                    if slug == "nykj" and i == 1:
                        src = "/nyj/upload/2025/11/nopic_card.png"
                    lst += f'<div class="layui-col-md4 news-card"><a href="{u}"><img src="{src}" width="360" height="240" alt=""><h4>{t}</h4></a><p class="time">发布于 {fmt(d, "cnshort")}</p></div>'
                lst += "</div>"
            else:
                lst = ('<table class="layui-table"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody>'
                       + "".join(f'<tr><td><a href="{u}">{t}</a></td><td>{fmt(d, "slash")}</td></tr>' for u, t, d in chunk) + "</tbody></table>")
            pager = ""
            if len(pages) > 1:
                pager = (f'<div class="layui-laypage"><span class="layui-laypage-curr">1</span><a href="{cp}2/">2</a><a href="{cp}2/" class="layui-laypage-next">下一页</a></div>'
                         if pi == 1 else f'<div class="layui-laypage"><a href="{cp}" class="layui-laypage-prev">上一页</a><a href="{cp}">1</a><span class="layui-laypage-curr">2</span></div>')
            body = f'<div class="layui-card"><div class="layui-card-header">{name}</div><div class="layui-card-body">{lst}{pager}</div></div>'
            write(cp if pi == 1 else f"{cp}{pi}/", n_page(name, body))
        if ages == "blank":
            F("column.blank", N, cp, name, note=f"no entries ({style})")
            D("column.overdue", N, cp, name, "blank, not overdue")
            D("column.unmonitored", N, cp, name, "configured")
            continue
        if cat is None:
            F("column.unmonitored", N, cp, name, note="in the navigation, not in the config")
        else:
            D("column.unmonitored", N, cp, name, "configured")
            D("column.missing", N, cp, name, "configured and present")
        if name in ("乡村振兴", "人事信息"):
            F("column.overdue", N, cp, name, note=f"{cat}, newest {fmt(ago(ages[0]), 'dash')}")
        elif name == "农业科技":
            F("column.due_soon", N, cp, name, note="news, newest exactly 13 days old")
            D("column.overdue", N, cp, name, "13 days: not yet overdue")
        else:
            D("column.overdue", N, cp, name, f"newest {ages[0]} days old, inside its limit or category other")
            D("column.due_soon", N, cp, name, "not near its limit")
        D("column.blank", N, cp, name, "has entries")
        if len(pages) > 1:
            D("column.overdue", N, f"{cp}2/", name, "page 2 of a fresh column")
    F("image.broken", N, "/nyj/channel/nykj/", "/nyj/upload/2025/11/nopic_card.png", note="占位图 暂无图片 in a card")
    D("image.broken", N, "/nyj/channel/czzj/", "/nyj/static/img/nodata.png", "64 px empty-state icon")
    ROUTES["/nyj/channel/tzgg/"] = {"delay_ms": 2300}
    DELAYS.append({"url_path": "/nyj/channel/tzgg/", "ms": 2300})
    D("site.slow", N, "/nyj/channel/tzgg/", note="2300 ms, under slow_ms")
    ROUTES["/nyj/channel/gzdt/2/"] = {"delay_ms": 3300}
    DELAYS.append({"url_path": "/nyj/channel/gzdt/2/", "ms": 3300})
    F("site.slow", N, "/nyj/channel/gzdt/2/", note="page 2 answers after 3300 ms")

    for slug, name, cat, ages, style in N_COLS:
        for k, (u, t, d) in enumerate(N_ARTS.get(slug, [])):
            extra = ""
            if slug == "gzdt" and k == 0:
                extra = '<p><img src="/nyj/upload/2025/11/tianjian_0925.jpg" width="600" height="400" alt=""></p>'
                F("image.broken", N, u, "/nyj/upload/2025/11/tianjian_0925.jpg", note="article photo: 404")
            if slug == "gzdt" and k == 1:
                extra = '<p><img src="/nyj/upload/2025/11/02a7c.jpg" width="360" height="240" alt=""></p>'
                D("image.broken", N, u, "/nyj/upload/2025/11/02a7c.jpg", "article photo")
            if slug == "tzgg" and k == 0:
                extra = '<p>附件：<a href="/nyj/upload/file/2025/09/butie_mingdan.xlsx">补贴名单.xlsx</a></p>'
                F("link.broken", N, u, "/nyj/upload/file/2025/09/butie_mingdan.xlsx", "definite", note="attachment answers 403")
                ROUTES["/nyj/upload/file/2025/09/butie_mingdan.xlsx"] = {"status": 403}
            if slug == "tzgg" and k == 1:
                wbytes("/nyj/upload/file/2025/08/shenbao.docx", b"PK\x03\x04 stand-in")
                extra = '<p>附件：<a href="/nyj/upload/file/2025/08/shenbao.docx">申报表.docx</a></p>'
                D("link.broken", N, u, "/nyj/upload/file/2025/08/shenbao.docx", "attachment exists")
            if slug == "zcfg" and k == 0:
                extra = '<p><a href="/nyj/api/policy/export.do">导出PDF</a></p>'
                F("link.broken", N, u, "/nyj/api/policy/export.do", "suspect", note="connection reset every time")
                ROUTES["/nyj/api/policy/export.do"] = {"reset": True}
            body = (f'<div class="layui-card article"><h2>{t}</h2><div class="meta">发布日期：{fmt(d, "cn")}　来源：沙泉县农业农村局　阅读量：{30 + k}</div>'
                    f'<div class="article-content"><p>{t}。近日，县农业农村局组织技术人员深入田间地头，开展指导服务。</p>{extra}</div></div>')
            write(u, n_page(t, body))


# ==========================================================================================
# sq-hsz: 织梦-like static export, GB2312, .htm
# ==========================================================================================

H = "sq-hsz"
H_COLS = [
    ("zqjj", 10, "镇情简介", "other", "single", None),
    ("zwdt", 11, "镇务动态", "news", [30, 38, 45, 60], "a"),
    ("djyl", 12, "党建引领", "news", [19, 33, 50], "b"),
    ("cyfz", 13, "产业发展", "news", [25, 48], "a"),
    ("msfw", 14, "民生服务", "news", [41, 70, 90], "b"),
    ("sthb", 15, "生态环保", "news", [66, 80], "a"),
    ("xczx", 16, "乡村振兴", "news", [2, 5, 9, 16], "b"),
    ("tzgg", 17, "通知公告", "notice", [55, 97], "a"),
    ("ghjh", 18, "规划计划", "plan", [514, 600], "a"),
    ("cwgk", 19, "财务公开", "other", [420, 455], "b"),
    ("cwugk", 20, "村务公开", "news", "blank", "a"),
    ("pajs", 21, "平安建设", "news", "missing", None),
    ("wmsj", 22, "文明实践", None, [3, 7], "a"),
]
H_ARTS: dict[str, list] = {}


def h_col(slug, tid, page=1):
    return f"/hsz/html/{slug}/list_{tid}_{page}.htm"


def h_page(title_, body, side=True):
    nav = '<a href="/hsz/index.htm">网站首页</a>'
    for slug, tid, name, cat, ages, st in H_COLS:
        if ages == "missing":
            continue
        href = "/hsz/html/zqjj/zqjj.htm" if ages == "single" else h_col(slug, tid)
        nav += f' | <a href="{href}">{name}</a>'
    side_html = ""
    if side:
        rows = "".join(f'<li>&middot; <a href="{u}">{t[:16]}</a> {fmt(d, "md")}</li>' for u, t, d in H_ARTS["xczx"][:4])
        side_html = (f'<td width="250" valign="top" class="right"><div class="tbox"><h3>最新动态</h3><ul>{rows}</ul></div>'
                     '<div class="tbox"><h3>联系我们</h3><p>红山镇人民政府<br>电话：0951-6038001</p></div></td>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title_}_红山镇人民政府</title><link href="/hsz/templets/default/style/dedecms.css" rel="stylesheet" type="text/css" /></head>
<body><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2">
<img src="/hsz/templets/default/images/top.jpg" width="1000" height="150" alt="红山镇人民政府" /></td></tr>
<tr><td colspan="2" class="nav">{nav}</td></tr>
<tr><td valign="top" class="left">{body}</td>{side_html}</tr>
<tr><td colspan="2" class="foot">版权所有：沙泉县红山镇人民政府　<a href="/">沙泉县人民政府</a>　技术支持：沙泉县融媒体中心</td></tr></table>
<script language="javascript" type="text/javascript" src="/hsz/include/dedeajax2.js"></script></body></html>"""


def build_hsz():
    aid = 1100
    for slug, tid, name, cat, ages, st in H_COLS:
        H_ARTS[slug] = []
        if isinstance(ages, str):
            continue
        for a in ages:
            aid += 1
            d = ago(a)
            t = title(9000 + aid).replace("沙泉县", "红山镇").replace("我县", "红山镇").replace("县", "镇").replace("全镇", "红山镇")
            if cat in ("notice", "plan", "other"):
                t = f"红山镇{name}（{d.year}年第{aid % 13 + 1}期）"
            H_ARTS[slug].append((f"/hsz/html/{slug}/{d.strftime('%Y%m%d')}/{aid}.htm", t, d))
    write("/hsz/templets/default/style/dedecms.css", "body{font-size:12px}.nav{background:#c00;color:#fff}.nav a{color:#fff}.left{padding:10px}", "gb2312")
    write("/hsz/include/dedeajax2.js", "/* DedeCMS ajax stand-in */function digg(){}", "gb2312")
    banner("/hsz/templets/default/images/top.jpg", 1000, 150, "沙泉县红山镇人民政府", (170, 20, 20))
    for i in range(1, 4):
        photo(f"/hsz/uploads/allimg/251120/1-2511201A{i}.jpg", 300, 200, 400 + i)
    flat("/hsz/uploads/allimg/251118/kuang.jpg", 300, 200, (255, 255, 255))
    placeholder("/hsz/uploads/allimg/251115/1-251115094512.jpg", 500, 320, "图片加载失败", bg=(245, 245, 245), fg=(190, 190, 190))

    pics = "".join(f'<td><a href="{H_ARTS["xczx"][i - 1][0]}"><img src="/hsz/uploads/allimg/251120/1-2511201A{i}.jpg" width="300" height="200" border="0" /></a></td>' for i in range(1, 4))
    blocks = ""
    for slug, tid, name, cat, ages, st in H_COLS[1:8]:
        rows = "".join(f'<tr><td>&middot; <a href="{u}">{t}</a></td><td align="right">{fmt(d, "md")}</td></tr>' for u, t, d in H_ARTS[slug][:4])
        blocks += f'<table width="48%" class="blk"><tr><th align="left">{name}</th><th align="right"><a href="{h_col(slug, tid)}">更多</a></th></tr>{rows}</table>'
    home = (f'<p class="date">{AS_OF.year}年{AS_OF.month}月</p><table><tr>{pics}<td><img src="/hsz/uploads/allimg/251118/kuang.jpg" width="300" height="200" /></td></tr></table>{blocks}'
            '<p><a href="/hsz/plus/diggit.php">投票</a></p>')
    write("/hsz/index.htm", h_page("首页", home), "gb2312")
    F("image.broken", H, "/hsz/index.htm", "/hsz/uploads/allimg/251118/kuang.jpg", note="flat white box")
    F("link.broken", H, "/hsz/index.htm", "/hsz/plus/diggit.php", "suspect", note="500 every time")
    ROUTES["/hsz/plus/diggit.php"] = {"status": 500}
    D("image.broken", H, "/hsz/index.htm", "/hsz/uploads/allimg/251120/1-2511201A1.jpg", "photo")
    D("image.broken", H, "/hsz/index.htm", "/hsz/templets/default/images/top.jpg", "header picture")
    D("link.broken", H, "/hsz/index.htm", "/", "back to the portal")

    for slug, tid, name, cat, ages, st in H_COLS:
        if ages == "missing":
            F("column.missing", H, h_col(slug, tid), name, note="configured, 404, linked from nowhere")
            D("column.blank", H, h_col(slug, tid), name, "missing, not blank")
            continue
        if ages == "single":
            write("/hsz/html/zqjj/zqjj.htm", h_page(name, f"<h2>{name}</h2><p>红山镇位于沙泉县东部，距县城12公里，辖9个行政村，总人口2.1万人，1984年设乡，2001年撤乡建镇。</p>"
                                                    '<img src="/hsz/uploads/allimg/251120/1-2511201A2.jpg" width="300" height="200" />'), "gb2312")
            D("column.blank", H, "/hsz/html/zqjj/zqjj.htm", name, "single page with text")
            D("column.overdue", H, "/hsz/html/zqjj/zqjj.htm", name, "single page, other")
            continue
        arts = H_ARTS[slug]
        cp = h_col(slug, tid)
        if ages == "blank":
            lst = '<ul class="e2"></ul><div class="noinfo">对不起，没有找到任何记录。</div>'
        elif st == "a":
            lst = '<ul class="e2">' + "".join(f'<li><span class="date">{fmt(d, "dash")}</span><a href="{u}" class="title">{t}</a></li>' for u, t, d in arts) + "</ul>"
        else:
            lst = '<table width="100%" class="list">' + "".join(f'<tr><td><a href="{u}">{t}</a></td><td width="120">{fmt(d, "cn")}</td></tr>' for u, t, d in arts) + "</table>"
        pager = f'<div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">共 1 页/{len(arts)} 条记录</span></li></ul></div>'
        write(cp, h_page(name, f'<div class="place">当前位置：<a href="/hsz/index.htm">主页</a> &gt; {name}</div>{lst}{pager}'), "gb2312")
        if ages == "blank":
            F("column.blank", H, cp, name, note="对不起，没有找到任何记录。")
            D("column.overdue", H, cp, name, "blank, not overdue")
            continue
        D("column.blank", H, cp, name, "has entries")
        if cat is None:
            F("column.unmonitored", H, cp, name, note="in the navigation, not in the config")
        else:
            D("column.unmonitored", H, cp, name, "configured")
            D("column.missing", H, cp, name, "configured and present")
        if cat == "news" and ages[0] >= 18 or cat == "plan":
            F("column.overdue", H, cp, name, note=f"{cat}, newest {fmt(ago(ages[0]), 'dash')}")
        else:
            D("column.overdue", H, cp, name, f"newest {ages[0]} days old, inside its limit or other")
            D("column.due_soon", H, cp, name, "not near its limit")
    F("column.overdue_many", H, "/hsz/index.htm", note="5 news columns over 14 days")

    for slug, tid, name, cat, ages, st in H_COLS:
        for k, (u, t, d) in enumerate(H_ARTS.get(slug, [])):
            extra = ""
            if slug == "msfw" and k == 0:
                extra = '<p align="center"><img src="/hsz/uploads/allimg/251115/1-251115094512.jpg" width="500" height="320" /></p>'
                F("image.broken", H, u, "/hsz/uploads/allimg/251115/1-251115094512.jpg", note="占位图 图片加载失败, pale grey")
            if slug == "tzgg" and k == 0:
                extra = '<p>附件：<a href="/hsz/uploads/soft/250920/1-250920152301.doc">报名表.doc</a></p>'
                F("link.broken", H, u, "/hsz/uploads/soft/250920/1-250920152301.doc", "definite", note="attachment 404")
            if slug == "xczx" and k == 1:
                ROUTES[u] = {"delay_ms": 4100}
                DELAYS.append({"url_path": u, "ms": 4100})
                F("site.slow", H, u, note="article answers after 4100 ms")
            if slug == "xczx" and k == 0:
                extra = '<p align="center"><img src="/hsz/uploads/allimg/251120/1-2511201A3.jpg" width="300" height="200" /></p>'
                D("image.broken", H, u, "/hsz/uploads/allimg/251120/1-2511201A3.jpg", "article photo")
            body = (f'<div class="place">当前位置：<a href="/hsz/index.htm">主页</a> &gt; <a href="{h_col(slug, tid)}">{name}</a></div>'
                    f'<h2>{t}</h2><div class="info">时间：{fmt(d, "dash")} 09:2{k}　来源：红山镇　点击：<script src="/hsz/include/dedeajax2.js"></script></div>'
                    f'<div class="content"><p>{t}。镇党委、政府高度重视，认真组织实施。</p>{extra}</div>')
            write(u, h_page(t, body), "gb2312")


# ==========================================================================================


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_portal()
    build_nyj()
    build_hsz()
    F("site.unreachable", "sq-sjj", "/sjj/", note="502 to everything")
    ROUTES["/sjj/*"] = {"status": 502}
    F("column.blank_many", N, "/nyj/", note="5 blank columns")

    # sanity: no date near a boundary (news: <=9, 13, >=18 days; 6/12 months more than 20 days away)
    sites_cfg = {
        "defaults": {"timeout_s": 15, "slow_ms": 3000},
        "sites": [
            {"id": P, "name": "沙泉县人民政府", "url": "{base}"},
            {"id": N, "name": "沙泉县农业农村局", "owner": "沙泉县农业农村局", "url": "{base}nyj/",
             "columns": [dict({"name": name, "url": f"/nyj/channel/{slug}/"}, **({"category": cat} if slug != "tzgg" else {}))
                         for slug, name, cat, ages, st in N_COLS if cat is not None]},
            {"id": H, "name": "沙泉县红山镇人民政府", "url": "{base}hsz/index.htm",
             "columns": [{"name": name, "url": ("/hsz/html/zqjj/zqjj.htm" if ages == "single" else h_col(slug, tid)), "category": cat}
                         for slug, tid, name, cat, ages, st in H_COLS if cat is not None]},
            {"id": "sq-sjj", "name": "沙泉县审计局", "url": "{base}sjj/"},
        ],
    }
    sites_cfg["sites"][1]["columns"][0]["url"] = "{base}nyj/channel/gzdt/"
    with open(HERE / "sites.yaml", "w", encoding="utf-8") as f:
        f.write("# The engine-10 holdout's config ({base} is the server's root URL). Generated by generate.py.\n")
        yaml.safe_dump(sites_cfg, f, allow_unicode=True, sort_keys=False, width=200)
    with open(HERE / "server.yaml", "w", encoding="utf-8") as f:
        f.write("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n")
        yaml.safe_dump({"routes": dict(sorted(ROUTES.items()))}, f, allow_unicode=True, sort_keys=False)
    exp = {"as_of": AS_OF.isoformat(), "findings": FINDINGS, "delays": DELAYS, "decoys": DECOYS}
    with open(HERE / "expected.yaml", "w", encoding="utf-8") as f:
        f.write("# Planted problems of the engine-10 holdout (generated by generate.py; do not edit by hand).\n")
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=200)
    counts: dict[str, int] = {}
    for e in FINDINGS:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    pages = sum(1 for p in SITE.rglob("*") if p.suffix in (".html", ".htm"))
    print(f"{pages} HTML pages, {len(FINDINGS)} findings, {len(DECOYS)} decoys, {len(DELAYS)} delays")
    for k, v in sorted(counts.items()):
        print(f"  {k:22} {v}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the engine-6 holdout (site/, sites.yaml, server.yaml, expected.yaml) deterministically.

Three families: an EmpireCMS (帝国CMS) county portal with a jQuery tab homepage, a client-rendered
department site (a bundled script builds lists from JSON; every route is a static index.html shell)
and a 思途/我爱CMS-style township site whose column menu is a left <iframe>. Province: 云南省,
invented county 滇浦县. Run: .venv/bin/python benchmarks/holdout_engine6/generate.py
"""

from __future__ import annotations

import io
import json
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 9, 25)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")
LIMIT_DAYS = {"news": 14}
rng = random.Random(20240925)

pages: dict[str, str] = {}
files: dict[str, bytes] = {}
routes: dict[str, dict] = {}
findings: list[dict] = []
decoys: list[dict] = []
delays: list[dict] = []
seeds: list[str] = []


def d(s: str) -> date:
    return date.fromisoformat(s)


def age(x: date) -> int:
    return (AS_OF - x).days


def verdict(category: str, newest: date | None) -> str:
    """clean / due_soon / overdue, refusing ambiguous dates (see README)."""
    if newest is None or category == "other":
        return "clean"
    a = age(newest)
    if category == "news":
        if a >= 16:
            return "overdue"
        if a in (13, 14):
            return "due_soon"
        assert a <= 9, (category, newest)
        return "clean"
    months = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}[category]
    lo, hi = months * 30 - 8, months * 31 + 8  # any reading of months
    if a > hi:
        return "overdue"
    assert a + 5 < lo, (category, newest)
    return "clean"


def plant(rule, site, url_path, target=None, note="", certainty=None):
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    if note:
        e["note"] = note
    findings.append(e)


def decoy(rule, site, url_path, target=None, note=""):
    e = {"rule": rule, "site": site, "url_path": url_path}
    if target is not None:
        e["target"] = target
    e["note"] = note
    decoys.append(e)


# ------------------------------------------------------------------------------------------
# pictures
# ------------------------------------------------------------------------------------------

def font(size):
    return ImageFont.truetype(FONT, size)


def png(img, fmt="JPEG"):
    b = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(b, "JPEG", quality=82)
    else:
        img.save(b, fmt)
    return b.getvalue()


def photo(w, h, tint, seed, grey=False):
    r = random.Random(seed)
    noise = Image.effect_noise((w, h), 40 + r.randint(0, 20)).convert("L")
    base = Image.linear_gradient("L").resize((w, h)).rotate(r.choice([0, 90, 180]), expand=False).resize((w, h))
    mix = Image.blend(noise, base, 0.55)
    if grey:
        img = Image.merge("RGB", (mix, mix, mix))
    else:
        col = Image.new("RGB", (w, h), tint)
        img = Image.blend(Image.merge("RGB", (mix, mix, mix)), col, 0.45)
    dr = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = r.randint(0, w - 20), r.randint(h // 3, h - 10)
        dr.rectangle([x, y, x + r.randint(10, w // 4), h], fill=tuple(r.randint(40, 160) for _ in range(3)) if not grey else (90, 90, 90))
    return png(img)


def banner(w, h, text, c1, c2):
    img = Image.new("RGB", (w, h), c1)
    dr = ImageDraw.Draw(img)
    for i in range(h):
        t = i / h
        dr.line([(0, i), (w, i)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))
    f = font(max(14, h // 3))
    dr.text((w // 12, h // 3), text, font=f, fill=(255, 255, 255))
    return png(img)


def placeholder(w, h, text):
    img = Image.new("RGB", (w, h), (238, 238, 238))
    dr = ImageDraw.Draw(img)
    f = font(max(14, h // 9))
    tw = dr.textlength(text, font=f)
    dr.rectangle([w // 2 - 22, h // 2 - 60, w // 2 + 22, h // 2 - 20], outline=(190, 190, 190), width=3)
    dr.text(((w - tw) / 2, h // 2), text, font=f, fill=(170, 170, 170))
    return png(img, "PNG")


def flat(w, h, colour, fmt="JPEG"):
    return png(Image.new("RGB", (w, h), colour), fmt)


def gif1x1():
    b = io.BytesIO()
    Image.new("P", (1, 1), 0).save(b, "GIF", transparency=0)
    return b.getvalue()


def icon(size, colour, text=""):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.ellipse([2, 2, size - 3, size - 3], fill=colour)
    if text:
        f = font(size // 2)
        tw = dr.textlength(text, font=f)
        dr.text(((size - tw) / 2, size // 5), text, font=f, fill=(255, 255, 255, 255))
    return png(img, "PNG")


def portrait(seed):
    r = random.Random(seed)
    img = Image.new("RGB", (150, 200), (70 + r.randint(0, 30), 110, 170))
    dr = ImageDraw.Draw(img)
    dr.ellipse([45, 30, 105, 100], fill=(230, 200, 175))
    dr.rectangle([25, 110, 125, 200], fill=(30, 35, 50))
    dr.polygon([(75, 110), (65, 150), (75, 190), (85, 150)], fill=(170, 20, 30))
    noise = Image.effect_noise((150, 200), 18).convert("RGB")
    return png(Image.blend(img, noise, 0.12))


# ------------------------------------------------------------------------------------------
# titles
# ------------------------------------------------------------------------------------------

TOWNS = ["海石镇", "云岭乡", "松溪镇", "龙潭乡", "白沙镇", "者黑乡", "勐柏镇", "鲁甸乡"]
ACTS = ["召开秋季森林防火工作推进会", "开展防汛救灾应急演练", "举办农村实用技术培训班", "推进高原特色农业产业发展",
        "开展安全生产大检查", "召开党委理论学习中心组学习会", "开展“我为群众办实事”实践活动", "推进烤烟收购工作",
        "开展农村人居环境整治提升行动", "召开乡村振兴重点工作调度会", "开展禁毒宣传进村寨活动", "部署秋冬季森林草原防灭火工作",
        "开展食品安全专项检查", "举行2024年度征兵欢送仪式", "开展中秋节前廉政提醒谈话", "推进咖啡产业提质增效",
        "召开第三季度经济运行分析会", "开展地质灾害隐患点巡查", "组织收看全省安全生产电视电话会议", "开展民族团结进步宣传月活动",
        "推进高标准农田建设", "开展防范电信网络诈骗宣传", "召开村（社区）“两委”干部培训会", "推进易地搬迁后续扶持工作"]
DEPTS = ["县发展和改革局", "县农业农村局", "县教育体育局", "县应急管理局", "县市场监督管理局", "县林业和草原局", "县住房和城乡建设局", "县民政局"]
HEALTH = ["开展“万步有约”健走激励大赛", "组织家庭医生签约服务进村入户", "开展秋季学校传染病防控督导", "举办基层卫生人才能力提升培训",
          "开展医疗机构安全生产检查", "推进紧密型县域医共体建设", "开展免费两癌筛查", "组织“健康义诊进乡村”活动",
          "开展登革热防控应急演练", "召开全县卫生健康重点工作推进会", "开展职业病防治法宣传周活动", "推进老年友善医疗机构建设"]


def news_title(i, kind="town"):
    if kind == "dept":
        return DEPTS[i % len(DEPTS)] + ACTS[(i * 5 + 3) % len(ACTS)]
    if kind == "health":
        return ["县卫生健康局", "县疾控中心", "县人民医院", "县中医医院", "县妇幼保健院"][i % 5] + HEALTH[(i * 7) % len(HEALTH)]
    if kind == "county":
        return "滇浦县" + ACTS[(i * 3 + 1) % len(ACTS)]
    return TOWNS[i % len(TOWNS)] + ACTS[(i * 7 + 2) % len(ACTS)]


NOTICES = ["关于做好2024年国庆节期间安全生产工作的通知", "关于公布2024年度第二批县级农业产业化重点龙头企业名单的公告",
           "关于开展2024年秋季学期学生资助政策宣传的通知", "关于2024年城乡居民基本医疗保险集中缴费的通告",
           "关于调整部分路段交通管制措施的通告", "关于征集2025年县级民生实事项目建议的公告", "关于开展第五次全国经济普查成果发布的公告",
           "关于做好中秋节期间森林防火工作的紧急通知"]
POLICIES = ["滇浦县人民政府办公室关于印发《滇浦县促进咖啡产业高质量发展若干措施》的通知",
            "滇浦县人民政府关于印发《滇浦县突发事件总体应急预案》的通知",
            "滇浦县人民政府办公室关于进一步加强农村集体资产管理的意见",
            "滇浦县人民政府关于印发《滇浦县城乡居民基本养老保险实施办法》的通知",
            "滇浦县人民政府办公室关于印发《滇浦县城镇老旧小区改造工作方案》的通知"]
PERSONNEL = ["滇浦县人民政府关于李文华等同志职务任免的通知", "滇浦县2024年公开招聘事业单位工作人员拟聘用人员公示",
             "滇浦县人民政府关于杨建国同志任职的通知", "滇浦县2023年度公务员考核优秀等次人员名单公示"]
PLANS = ["滇浦县2023年国民经济和社会发展计划执行情况", "滇浦县“十四五”综合交通运输发展规划", "滇浦县2023年重点项目投资计划",
         "滇浦县国土空间总体规划（2021—2035年）公示稿"]


# ------------------------------------------------------------------------------------------
# site 1: EmpireCMS county portal (dianpu)
# ------------------------------------------------------------------------------------------

P = "dianpu"
P_NAV = [
    ("走进滇浦", "/zjdp/", [("滇浦概况", "/zjdp/dpgk/"), ("领导之窗", "/zjdp/ldzc/"), ("历史沿革", "/zjdp/lsyg/")]),
    ("新闻中心", "/news/", [("滇浦要闻", "/news/dpyw/"), ("部门动态", "/news/bmdt/"), ("乡镇动态", "/news/xzdt/"), ("图片新闻", "/news/tpxw/")]),
    ("政务公开", "/zwgk/", [("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("政策解读", "/zwgk/zcjd/"), ("人事信息", "/zwgk/rsxx/"),
                         ("规划计划", "/zwgk/ghjh/"), ("财政预决算", "/zwgk/czyjs/"), ("重点领域", "/zwgk/zdly/")]),
    ("互动交流", "/hdjl/", [("县长信箱", "/hdjl/xzxx/"), ("征集调查", "/hdjl/zjdc/"), ("在线访谈", "/hdjl/zxft/")]),
]


def p_head(title, active=""):
    nav = ['<li class="navli"><a href="/" class="%s">首页</a></li>' % ("on" if active == "" else "")]
    for name, url, subs in P_NAV:
        s = "".join(f'<a href="{u}">{n}</a>' for n, u in subs)
        nav.append(f'<li class="navli"><a href="{url}" class="{"on" if active == url else ""}">{name}</a><div class="subnav">{s}</div></li>')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="滇浦县人民政府" /><meta name="SiteDomain" content="www.dianpu.gov.cn" /><meta name="SiteIDCode" content="5325260001" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/jquery.min.js"></script>
<script type="text/javascript" src="/skin/default/js/common.js"></script>
</head><body>
<div class="topbar"><div class="w1200"><span id="today"></span>
<a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a> | <a href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a></div></div>
<div class="header w1200"><img src="/skin/default/images/logo.png" alt="滇浦县人民政府" class="logo" />
<form class="search" action="/e/search/index.php" method="post"><input type="hidden" name="show" value="title" /><input name="keyboard" class="kw" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><ul class="w1200">{''.join(nav)}</ul></div>
<img src="/skin/default/images/spacer.gif" width="1200" height="8" alt="" />
"""


P_FOOT = """<div class="footer"><div class="w1200">
<p><a href="/about/wzdt/">网站地图</a> | <a href="/about/lxwm/">联系我们</a> | <a href="/hdjl/xzxx/">我为政府网站找错</a></p>
<p>主办单位：滇浦县人民政府办公室　承办单位：滇浦县融媒体中心　网站标识码：5325260001</p>
<p>滇ICP备05001234号-1　<img src="/skin/default/images/ga.png" width="16" height="16" alt="" />滇公网安备 53252602000123号</p>
<p><img src="/skin/default/images/dzjg.png" width="48" height="56" alt="党政机关" /></p></div></div>
</body></html>"""


def p_crumb(group_name, group_url, name):
    return f'<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="{group_url}">{group_name}</a> &gt; {name}</div>'


p_articles: dict[str, list[tuple[str, str, date]]] = {}  # column url -> [(title, url, date)]
p_art_id = [3800]


def p_article(col_name, col_url, group, title, dt, body_extra="", path=None):
    p_art_id[0] += rng.randint(3, 17)
    url = path or f"{col_url}{dt.isoformat()}/{p_art_id[0]}.html"
    text = "".join(f"<p>　　{s}</p>" for s in [
        f"{dt.month}月{dt.day}日，{title.replace('滇浦县', '')}。会议（活动）强调，要坚持以人民为中心的发展思想，压实工作责任，细化工作措施，确保各项任务落地见效。",
        "与会人员结合各自工作实际作了交流发言，对下一步工作作了具体安排部署。",
        "下一步，将持续加强统筹调度，及时研究解决工作推进中遇到的困难和问题，以钉钉子精神抓好各项工作落实。"])
    pages[url] = p_head(title, group[1]) + f"""<div class="w1200 main">{p_crumb(group[0], group[1], f'<a href="{col_url}">{col_name}</a>')}
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{dt.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}　来源：滇浦县融媒体中心　浏览次数：{rng.randint(60, 2400)}　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="content" id="zoom">{text}{body_extra}</div></div></div>""" + P_FOOT
    return url


def p_list_page(col_name, col_url, group, items, style, side="", page=1, npages=1, total=None, extra_top="", script=""):
    lis = []
    for t, u, dt in items:
        if style == "box":
            lis.append(f'<li><div class="time"><strong>{dt.day:02d}</strong><span>{dt.year}-{dt.month:02d}</span></div><div class="txt"><a href="{u}" target="_blank" title="{t}">{t}</a><p>{t[:18]}……</p></div></li>')
        elif style == "slash":
            lis.append(f'<li><a href="{u}" target="_blank">{t}</a><em>[{dt.year}/{dt.month}/{dt.day}]</em></li>')
        else:
            lis.append(f'<li><span class="date">{dt.isoformat()}</span><a href="{u}" target="_blank">{t}</a></li>')
    pager = ""
    if npages > 1 or total is not None:
        n = total if total is not None else len(items)
        links = []
        for k in range(1, npages + 1):
            href = col_url + ("index.html" if k == 1 else f"index_{k}.html")
            links.append(f"<b>{k}</b>" if k == page else f'<a href="{href}">{k}</a>')
        nxt = f'&nbsp;<a href="{col_url}index_{page + 1}.html">下一页</a>&nbsp;<a href="{col_url}index_{npages}.html">尾页</a>' if page < npages else ""
        prv = f'<a href="{col_url}index.html">首页</a>&nbsp;<a href="{col_url}{"index.html" if page == 2 else f"index_{page - 1}.html"}">上一页</a>&nbsp;' if page > 1 else ""
        pager = f'<div class="epages"><a title="Total record">&nbsp;<b>{n}</b> </a>&nbsp;&nbsp;{prv}{"&nbsp;".join(links)}{nxt}</div>'
    cls = "newslist_box" if style == "box" else "newslist"
    return p_head(col_name, group[1]) + f"""<div class="w1200 main">{p_crumb(group[0], group[1], col_name)}
<div class="left_l"><div class="lm_title"><h2>{col_name}</h2></div>{extra_top}
<ul class="{cls}">
{chr(10).join(lis)}
</ul>{pager}</div>
<div class="right_r">{side}</div></div>{script}""" + P_FOOT


def build_portal():
    files["/skin/default/js/jquery.min.js"] = JQUERY.read_bytes()
    files["/skin/default/js/common.js"] = b"""
$(function(){
  var d=new Date(),w='\\u65e5\\u4e00\\u4e8c\\u4e09\\u56db\\u4e94\\u516d';
  $('#today').text('\\u4eca\\u5929\\u662f '+d.getFullYear()+'\\u5e74'+(d.getMonth()+1)+'\\u6708'+d.getDate()+'\\u65e5 \\u661f\\u671f'+w.charAt(d.getDay()));
  $('.navli').hover(function(){$(this).find('.subnav').stop(true,true).slideDown(150);},function(){$(this).find('.subnav').hide();});
  $('.tabbox').each(function(){var box=$(this);box.find('.tabhd li').mouseover(function(){var i=$(this).index();
    $(this).addClass('on').siblings().removeClass('on');box.find('.tabbd .tabcon').hide().eq(i).show();
    box.find('.more').attr('href',$(this).attr('data-more'));});});
  $('img.lazy').each(function(){var s=$(this).attr('data-original');if(s){$(this).attr('src',s);}});
});
function AddFavorite(){try{window.external.addFavorite(location.href,document.title);}catch(e){alert('\\u8bf7\\u4f7f\\u7528Ctrl+D\\u6536\\u85cf');}}
"""
    files["/skin/default/css/style.css"] = """body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun;color:#333;background:#f3f5f8}
a{color:#333;text-decoration:none}.w1200{width:1200px;margin:0 auto}.topbar{background:#eee;height:32px;line-height:32px;font-size:12px}
.header{height:140px;background:#1a5fa8;position:relative}.logo{margin:30px 0 0 20px}.search{position:absolute;right:20px;top:50px}
.nav{background:#0c4a8c;height:50px}.nav ul{list-style:none;padding:0}.navli{float:left;width:20%;position:relative;text-align:center}
.navli>a{color:#fff;font-size:18px;line-height:50px;display:block}.navli a.on{background:#0a3a70}.subnav{display:none;position:absolute;top:50px;left:0;width:100%;background:#fff;z-index:9}
.subnav a{display:block;line-height:36px}.main{background:#fff;overflow:hidden;padding:15px}.left_l{float:left;width:850px}.right_r{float:right;width:300px}
.newslist li,.newslist_box li{list-style:none;border-bottom:1px dashed #ddd;line-height:40px;overflow:hidden}.date{float:right;color:#999}.newslist em{float:right;color:#999;font-style:normal}
.newslist_box .time{float:left;width:70px;text-align:center;background:#1a5fa8;color:#fff;line-height:1.4;margin:8px}.newslist_box .time strong{display:block;font-size:24px}
.tabhd li{float:left;list-style:none;padding:0 20px;cursor:pointer}.tabhd li.on{background:#1a5fa8;color:#fff}.tabcon{display:none}.tabcon.show{display:block}
.epages{text-align:center;margin:20px}.epages a,.epages b{padding:3px 8px;border:1px solid #ddd}.footer{background:#0c4a8c;color:#fff;text-align:center;padding:20px;font-size:13px}.footer a{color:#fff}
.tiles a{float:left;width:260px;height:110px;margin:10px;background:#eaf2fb;text-align:center;line-height:110px;font-size:18px}
.sidebox h3{background:#1a5fa8;color:#fff;padding:0 10px;margin:0}.sidebox li{list-style:none;line-height:32px;font-size:13px}
.piclist li{float:left;width:260px;margin:10px;list-style:none}.piclist img{width:260px;height:170px}.article h1{text-align:center;font-size:24px}.info{text-align:center;color:#888;border-bottom:1px solid #ddd}
""".encode()
    files["/skin/default/images/logo.png"] = banner(520, 80, "滇浦县人民政府", (26, 95, 168), (12, 74, 140))
    files["/skin/default/images/spacer.gif"] = gif1x1()
    files["/skin/default/images/grey.gif"] = gif1x1()
    files["/skin/default/images/ga.png"] = icon(16, (200, 160, 40, 255))
    files["/skin/default/images/dzjg.png"] = icon(48, (200, 30, 30, 255), "党")
    files["/skin/default/images/qrcode.png"] = qr()

    G = {u: (n, u) for n, u, _ in P_NAV}
    news = G["/news/"]
    zwgk = G["/zwgk/"]
    zjdp = G["/zjdp/"]
    hdjl = G["/hdjl/"]

    # columns: name, url, group, category, dates (newest first), style, kind
    cols = [
        ("滇浦要闻", "/news/dpyw/", news, "news", ["2024-09-23", "2024-09-20", "2024-09-18", "2024-09-13", "2024-09-10", "2024-09-06", "2024-09-02", "2024-08-29", "2024-08-26", "2024-08-22", "2024-08-19", "2024-08-15"], "box", "county"),
        ("部门动态", "/news/bmdt/", news, "news", ["2024-09-12", "2024-09-05", "2024-08-30", "2024-08-21"], "plain", "dept"),
        ("乡镇动态", "/news/xzdt/", news, "news", ["2024-09-04", "2024-08-28", "2024-08-16", "2024-08-02"], "slash", "town"),
        ("通知公告", "/zwgk/tzgg/", zwgk, "notice", ["2024-08-12", "2024-07-03", "2024-05-20", "2024-03-11"], "plain", "notice"),
        ("政策文件", "/zwgk/zcwj/", zwgk, "policy", ["2024-01-18", "2023-11-02", "2023-08-25"], "table", "policy"),
        ("人事信息", "/zwgk/rsxx/", zwgk, "personnel", ["2024-03-08", "2023-12-15", "2023-09-01"], "plain", "personnel"),
        ("规划计划", "/zwgk/ghjh/", zwgk, "plan", ["2023-06-19", "2023-03-02"], "plain", "plan"),
        ("财政预决算", "/zwgk/czyjs/", zwgk, "other", ["2023-02-14", "2023-01-30"], "plain", "budget"),
    ]
    titles = {"notice": NOTICES, "policy": POLICIES, "personnel": PERSONNEL, "plan": PLANS,
              "budget": ["滇浦县2023年县级部门预算公开", "滇浦县2022年县级财政决算公开"]}
    for name, url, group, cat, dates, style, kind in cols:
        arts = []
        for i, ds in enumerate(dates):
            dt = d(ds)
            t = titles[kind][i % len(titles[kind])] if kind in titles else news_title(i + len(url), kind)
            extra = ""
            if name == "政策文件" and i == 0:
                extra = '<p class="fj">附件：<a href="/d/file/zwgk/zcwj/2024-01-18/5f2a8c1e0b6d4e71a9c3.pdf">滇浦县促进咖啡产业高质量发展若干措施.pdf</a></p>'
                plant("link.broken", P, None, "/d/file/zwgk/zcwj/2024-01-18/5f2a8c1e0b6d4e71a9c3.pdf", "policy attachment never uploaded (404)", "definite")
            if name == "规划计划" and i == 1:
                files["/d/file/zwgk/ghjh/2023-03-02/b81e0d3a6c.pdf"] = b"%PDF-1.4\n% stand-in\n"
                routes["/d/file/zwgk/ghjh/2023-03-02/b81e0d3a6c.pdf"] = {"fail_first": 1, "status": 503}
                extra = '<p class="fj">附件：<a href="/d/file/zwgk/ghjh/2023-03-02/b81e0d3a6c.pdf">规划文本.pdf</a></p>'
            u = p_article(name, url, group, t, dt, extra)
            if "fj" in extra and name == "政策文件":
                findings[-1]["url_path"] = u
            if name == "规划计划" and i == 1:
                decoy("link.broken", P, u, "/d/file/zwgk/ghjh/2023-03-02/b81e0d3a6c.pdf", "answers 503 once, then 200")
            arts.append((t, u, dt))
        p_articles[url] = arts
    # slow article (news)
    slow_art = p_articles["/news/dpyw/"][4][1]
    routes[slow_art] = {"delay_ms": 4100}
    delays.append({"url_path": slow_art, "ms": 4100})
    plant("site.slow", P, slow_art, note="article answering after 4100 ms")

    hot = p_articles["/news/dpyw/"][:4]
    side_hot = '<div class="sidebox"><h3>热点排行</h3><ul>' + "".join(f'<li><a href="{u}">{t[:16]}…</a> <span>{dt.month:02d}-{dt.day:02d}</span></li>' for t, u, dt in hot) + "</ul></div>"
    side_qr = '<div class="sidebox"><h3>关注滇浦发布</h3><img src="/skin/default/images/qrcode.png" width="120" height="120" alt="二维码" /></div>'

    for name, url, group, cat, dates, style, kind in cols:
        arts = p_articles[url]
        side = side_hot + side_qr if name in ("乡镇动态", "规划计划", "部门动态") else side_qr
        if style == "table":
            rows = "".join(f'<tr><td>{i + 1}</td><td class="tl"><a href="{u}" target="_blank">{t}</a></td><td>滇浦政办发〔{dt.year}〕{3 + i * 7}号</td><td>{dt.year}年{dt.month:02d}月{dt.day:02d}日</td></tr>' for i, (t, u, dt) in enumerate(arts))
            body = p_head(name, group[1]) + f"""<div class="w1200 main">{p_crumb(group[0], group[1], name)}<div class="left_l"><div class="lm_title"><h2>{name}</h2></div>
<table class="wjtable" width="100%" cellspacing="0"><thead><tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table></div><div class="right_r">{side}</div></div>""" + P_FOOT
            pages[url + "index.html"] = body
        elif len(arts) > 10:
            pages[url + "index.html"] = p_list_page(name, url, group, arts[:10], style, side, 1, 2, len(arts))
            pages[url + "index_2.html"] = p_list_page(name, url, group, arts[10:], style, side, 2, 2, len(arts))
            decoy("column.blank", P, url + "index_2.html", name, "page 2 of a list")
        else:
            pages[url + "index.html"] = p_list_page(name, url, group, arts, style, side)
        v = verdict(cat, arts[0][2])
        if v == "overdue":
            plant("column.overdue", P, url, name, f"{cat}, newest {arts[0][2]}")
        elif v == "due_soon":
            plant("column.due_soon", P, url, name, f"{cat}, newest {arts[0][2]} ({age(arts[0][2])} days)")
        else:
            decoy("column.overdue", P, url, name, f"{cat}, newest {arts[0][2]}: not overdue")
            decoy("column.due_soon", P, url, name, f"{cat}, newest {arts[0][2]}: not due soon")
        decoy("column.blank", P, url, name, "has entries")
        if v == "overdue":
            decoy("column.blank", P, url, name, "overdue, not blank")
    routes["/zwgk/tzgg/"] = {"delay_ms": 3400}
    delays.append({"url_path": "/zwgk/tzgg/", "ms": 3400})
    plant("site.slow", P, "/zwgk/tzgg/", note="notice list answering after 3400 ms")

    # picture news: lazy thumbnails, one placeholder graphic
    tp_dates = ["2024-09-21", "2024-09-17", "2024-09-11", "2024-09-03", "2024-08-27", "2024-08-20"]
    arts = []
    for i, ds in enumerate(tp_dates):
        dt = d(ds)
        t = news_title(60 + i, "county")
        img = f"/d/file/news/tpxw/{dt.isoformat()}/{dt.strftime('%Y%m%d')}{i}a7c.jpg"
        files[img] = photo(600, 400, (60 + i * 20, 120, 80), 100 + i, grey=(i == 2))
        u = p_article("图片新闻", "/news/tpxw/", news, t, dt, f'<p style="text-align:center"><img src="{img}" width="600" height="400" alt="" /></p>')
        arts.append((t, u, dt, img))
    files["/d/file/news/tpxw/2024-09-03/zwtp.png"] = placeholder(260, 170, "暂无图片")
    lis = []
    for i, (t, u, dt, img) in enumerate(arts):
        if i == 3:
            lis.append(f'<li><a href="{u}"><img src="/d/file/news/tpxw/2024-09-03/zwtp.png" alt="{t}" /></a><p><a href="{u}">{t}</a></p><p class="t">{dt.year}.{dt.month:02d}.{dt.day:02d}</p></li>')
        else:
            lis.append(f'<li><a href="{u}"><img class="lazy" src="/skin/default/images/grey.gif" data-original="{img}" alt="{t}" /></a><p><a href="{u}">{t}</a></p><p class="t">{dt.year}.{dt.month:02d}.{dt.day:02d}</p></li>')
    pages["/news/tpxw/index.html"] = p_head("图片新闻", "/news/") + f"""<div class="w1200 main">{p_crumb('新闻中心', '/news/', '图片新闻')}<div class="lm_title"><h2>图片新闻</h2></div>
<ul class="piclist">{''.join(lis)}</ul><div style="clear:both"></div></div>""" + P_FOOT
    plant("image.broken", P, "/news/tpxw/", "/d/file/news/tpxw/2024-09-03/zwtp.png", "占位图: “暂无图片” placeholder graphic in the picture grid")
    decoy("image.broken", P, "/news/tpxw/", "/skin/default/images/grey.gif", "1×1 lazy-load placeholder")
    for t, u, dt, img in arts:
        decoy("image.broken", P, u, img, "working photo (one grey)")
    decoy("column.blank", P, "/news/tpxw/", "图片新闻", "picture grid with entries")
    decoy("column.overdue", P, "/news/tpxw/", "图片新闻", "fresh")
    p_articles["/news/tpxw/"] = [(t, u, dt) for t, u, dt, _ in arts]

    # blank columns
    pages["/zwgk/zdly/index.html"] = p_head("重点领域", "/zwgk/") + f"""<div class="w1200 main">{p_crumb('政务公开', '/zwgk/', '重点领域')}<div class="left_l"><div class="lm_title"><h2>重点领域</h2></div>
<ul class="newslist"></ul><div class="nodata" style="text-align:center;padding:60px;color:#999">本栏目暂无信息</div></div><div class="right_r">{side_hot}</div></div>""" + P_FOOT
    plant("column.blank", P, "/zwgk/zdly/", "重点领域", "“本栏目暂无信息”, with a side box of other columns' news")
    pages["/zwgk/zcjd/index.html"] = p_head("政策解读", "/zwgk/") + f"""<div class="w1200 main">{p_crumb('政务公开', '/zwgk/', '政策解读')}<div class="left_l"><div class="lm_title"><h2>政策解读</h2></div>
<ul class="newslist" id="jdlist"></ul><div class="epages" id="jdpage"></div></div><div class="right_r">{side_qr}</div></div>
<script type="text/javascript" src="/e/data/js/ajax_zcjd_list.js"></script>
<script type="text/javascript">$(function(){{ if(window.showZcjd){{ showZcjd('#jdlist','#jdpage'); }} }});</script>""" + P_FOOT
    plant("column.blank", P, "/zwgk/zcjd/", "政策解读", "list filled by a script that answers 404")

    # landing pages
    def landing(group, kind):
        name, url = group
        subs = next(s for n, u, s in P_NAV if u == url)
        if kind == "tiles":
            inner = '<div class="tiles">' + "".join(f'<a href="{u}"><img src="/skin/default/images/ico_{i}.png" width="40" height="40" alt="" /> {n}</a>' for i, (n, u) in enumerate(subs)) + "</div>"
            for i in range(len(subs)):
                files[f"/skin/default/images/ico_{i}.png"] = icon(40, (26 + i * 30, 95, 168, 255), "政")
        elif kind == "blocks":
            blocks = []
            for n, u in subs:
                items = p_articles.get(u, [])[:5]
                blocks.append(f'<div class="block"><div class="bt"><h3>{n}</h3><a href="{u}" class="more">更多&gt;&gt;</a></div><ul>' +
                              "".join(f'<li><a href="{au}">{t}</a><span>{dt.month:02d}-{dt.day:02d}</span></li>' for t, au, dt in items) + "</ul></div>")
            inner = "".join(blocks)
        else:
            for i, (n, u) in enumerate(subs):
                files[f"/skin/default/images/hd_banner{i}.jpg"] = banner(1160, 120, n, (20 + i * 40, 110, 160), (10, 60, 110))
            inner = "".join(f'<div class="bannerwall"><a href="{u}"><img src="/skin/default/images/hd_banner{i}.jpg" width="1160" height="120" alt="{n}" /></a></div>' for i, (n, u) in enumerate(subs))
        pages[url + "index.html"] = p_head(name, url) + f'<div class="w1200 main"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; {name}</div>{inner}</div>' + P_FOOT
        for rule in ("column.blank", "column.overdue", "column.unmonitored"):
            decoy(rule, P, url, name, f"group landing page ({kind})")
    landing(zjdp, "tiles")
    landing(news, "blocks")
    landing(zwgk, "tiles")
    landing(hdjl, "banners")

    # single pages
    files["/d/file/zjdp/dpgk/dpgk.jpg"] = photo(700, 380, (0, 0, 0), 7, grey=True)
    pages["/zjdp/dpgk/index.html"] = p_head("滇浦概况", "/zjdp/") + f"""<div class="w1200 main">{p_crumb('走进滇浦', '/zjdp/', '滇浦概况')}<div class="article"><h1>滇浦概况</h1><div class="content">
<p style="text-align:center"><img src="/d/file/zjdp/dpgk/dpgk.jpg" width="700" height="380" alt="滇浦县城老照片" /></p>
<p>　　滇浦县位于云南省东南部，东与广西接壤，南邻文山州，总面积3128平方公里，辖5镇3乡、86个村（社区），居住着汉、彝、壮、苗、瑶等民族，总人口31.6万人。</p>
<p>　　县境地处低纬高原，属亚热带季风气候，年平均气温17.8℃，年降雨量1120毫米。境内山川秀丽，有国家级风景名胜区1处，省级自然保护区2处。</p>
<p>　　近年来，滇浦县依托高原特色农业资源，大力发展咖啡、烤烟、蔬菜和林下经济等产业，2023年实现地区生产总值158.3亿元。</p></div></div></div>""" + P_FOOT
    decoy("image.broken", P, "/zjdp/dpgk/", "/d/file/zjdp/dpgk/dpgk.jpg", "grey archive photo with detail")
    leaders = [("县长", "王建平"), ("常务副县长", "刘志刚"), ("副县长", "陈晓梅"), ("副县长", "杨卫东")]
    ldz = []
    for i, (pos, nm) in enumerate(leaders):
        files[f"/d/file/zjdp/ldzc/ld{i + 1}.jpg"] = portrait(i)
        ldz.append(f'<li><img src="/d/file/zjdp/ldzc/ld{i + 1}.jpg" width="150" height="200" alt="{nm}" /><p>{nm}</p><p>{pos}</p></li>')
        decoy("image.broken", P, "/zjdp/ldzc/", f"/d/file/zjdp/ldzc/ld{i + 1}.jpg", "leader's portrait")
    pages["/zjdp/ldzc/index.html"] = p_head("领导之窗", "/zjdp/") + f"""<div class="w1200 main">{p_crumb('走进滇浦', '/zjdp/', '领导之窗')}<ul class="piclist ldlist">{''.join(ldz)}</ul>
<div style="clear:both"></div><p>　　分工：县长主持县人民政府全面工作；常务副县长协助县长负责县人民政府常务工作。</p></div>""" + P_FOOT
    pages["/zjdp/lsyg/index.html"] = p_head("历史沿革", "/zjdp/") + f"""<div class="w1200 main">{p_crumb('走进滇浦', '/zjdp/', '历史沿革')}<div class="article"><h1>历史沿革</h1><div class="content">
<p>　　西汉元封二年（前109年）属益州郡。唐为羁縻州地。元至元十三年（1276年）置浦州，隶临安路。</p>
<p>　　明洪武十五年（1382年）改为滇浦州。清乾隆三十五年（1770年）改州为县。1950年3月1日滇浦县人民政府成立。</p>
<p>　　1958年10月与邻县合并，1962年3月恢复滇浦县建制，沿袭至今。</p></div></div></div>""" + P_FOOT
    for n, u in [("滇浦概况", "/zjdp/dpgk/"), ("领导之窗", "/zjdp/ldzc/"), ("历史沿革", "/zjdp/lsyg/")]:
        decoy("column.blank", P, u, n, "single page with content")
        decoy("column.overdue", P, u, n, "single page (old years in the text)")

    # interaction
    pages["/hdjl/xzxx/index.html"] = p_head("县长信箱", "/hdjl/") + f"""<div class="w1200 main">{p_crumb('互动交流', '/hdjl/', '县长信箱')}
<div class="xx_notice"><p>　　来信须知：请如实填写姓名、联系方式，我们将在5个工作日内答复。</p></div>
<form action="/e/enews/index.php" method="post" name="xzxx"><input type="hidden" name="enews" value="AddFeedback" />
<table class="form"><tr><td>姓　　名：</td><td><input name="name" /></td></tr><tr><td>联系电话：</td><td><input name="mycall" /></td></tr>
<tr><td>标　　题：</td><td><input name="title" /></td></tr><tr><td>内　　容：</td><td><textarea name="saytext" rows="8" cols="60"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="提交" /></td></tr></table></form></div>""" + P_FOOT
    decoy("column.blank", P, "/hdjl/xzxx/", "县长信箱", "a letter form")
    zj = [("关于《滇浦县城区停车管理办法（征求意见稿）》公开征求意见的公告", "2024-09-18", "2024-10-17"),
          ("滇浦县2025年民生实事项目征集调查", "2024-08-20", "2024-09-19")]
    zu = []
    for i, (t, a, b) in enumerate(zj):
        u = p_article("征集调查", "/hdjl/zjdc/", hdjl, t, d(a))
        zu.append(f'<tr><td><a href="{u}">{t}</a></td><td>{a} 至 {b}</td><td>{"进行中" if d(b) >= AS_OF else "已结束"}</td></tr>')
    pages["/hdjl/zjdc/index.html"] = p_head("征集调查", "/hdjl/") + f"""<div class="w1200 main">{p_crumb('互动交流', '/hdjl/', '征集调查')}
<table width="100%" class="zjtable"><tr><th>主题</th><th>征集时间</th><th>状态</th></tr>{''.join(zu)}</table></div>""" + P_FOOT
    decoy("column.blank", P, "/hdjl/zjdc/", "征集调查", "征集 rows with date ranges")
    ft = p_article("在线访谈", "/hdjl/zxft/", hdjl, "“提升营商环境 服务市场主体”在线访谈", d("2024-09-19"))
    files["/d/file/hdjl/zxft/ft.jpg"] = photo(400, 260, (150, 90, 40), 31)
    pages["/hdjl/zxft/index.html"] = p_head("在线访谈", "/hdjl/") + f"""<div class="w1200 main">{p_crumb('互动交流', '/hdjl/', '在线访谈')}
<div class="ft"><a href="{ft}"><img src="/d/file/hdjl/zxft/ft.jpg" width="400" height="260" alt="" /></a><h3><a href="{ft}">“提升营商环境 服务市场主体”在线访谈</a></h3><p>访谈时间：2024年9月19日 15:00</p>
<p>访谈嘉宾：县发展和改革局局长</p><p><a href="/e/extend/ft/live.php">进入直播间</a></p></div></div>""" + P_FOOT
    routes["/e/extend/ft/live.php"] = {"status": 502}
    plant("link.broken", P, "/hdjl/zxft/", "/e/extend/ft/live.php", "interview live room answering 502 every time", "suspect")

    # about pages
    pages["/about/wzdt/index.html"] = p_head("网站地图") + '<div class="w1200 main"><h2>网站地图</h2>' + "".join(
        f'<dl><dt><a href="{u}">{n}</a></dt>' + "".join(f'<dd><a href="{su}">{sn}</a></dd>' for sn, su in s) + "</dl>" for n, u, s in P_NAV) + "</div>" + P_FOOT
    pages["/about/lxwm/index.html"] = p_head("联系我们") + '<div class="w1200 main"><h2>联系我们</h2><p>地址：滇浦县浦城镇人民路88号</p><p>电话：0876-6612345</p><p>邮编：663100</p></div>' + P_FOOT

    # homepage
    files["/d/file/p/2024-09-23/focus1.jpg"] = photo(700, 400, (40, 110, 60), 51)
    files["/d/file/p/2024-09-20/focus2.jpg"] = photo(700, 400, (120, 80, 40), 52)
    files["/d/file/p/banner_zt1.jpg"] = banner(1200, 110, "学习贯彻党的二十届三中全会精神", (190, 20, 20), (230, 80, 40))
    files["/d/file/p/banner_zt2.jpg"] = flat(1200, 110, (255, 255, 255))
    dp = p_articles["/news/dpyw/"]
    focus = [(dp[0], "/d/file/p/2024-09-23/focus1.jpg"), (dp[1], "/d/file/p/2024-09-20/focus2.jpg"), (dp[2], "/d/file/p/2024-09-18/focus3.jpg")]
    tabs = [("滇浦要闻", "/news/dpyw/"), ("部门动态", "/news/bmdt/"), ("乡镇动态", "/news/xzdt/")]
    hd = "".join(f'<li class="{"on" if i == 0 else ""}" data-more="{u}">{n}</li>' for i, (n, u) in enumerate(tabs))
    bd = "".join(f'<div class="tabcon{" show" if i == 0 else ""}"><ul>' + "".join(f'<li><a href="{au}" target="_blank">{t}</a><span>{dt.month:02d}-{dt.day:02d}</span></li>' for t, au, dt in p_articles[u][:6]) + "</ul></div>" for i, (n, u) in enumerate(tabs))
    tabs2 = [("通知公告", "/zwgk/tzgg/"), ("政策文件", "/zwgk/zcwj/"), ("人事信息", "/zwgk/rsxx/")]
    hd2 = "".join(f'<li class="{"on" if i == 0 else ""}" data-more="{u}">{n}</li>' for i, (n, u) in enumerate(tabs2))
    bd2 = "".join(f'<div class="tabcon{" show" if i == 0 else ""}"><ul>' + "".join(f'<li><a href="{au}" target="_blank">{t}</a><span>{dt.isoformat()}</span></li>' for t, au, dt in p_articles[u][:5]) + "</ul></div>" for i, (n, u) in enumerate(tabs2))
    pages["/index.html"] = p_head("滇浦县人民政府") + f"""<div class="w1200 main home">
<div class="focus"><ul class="pic">{''.join(f'<li><a href="{a[1]}" target="_blank"><img src="{img}" width="700" height="400" alt="{a[0]}" /></a><p>{a[0]}</p></li>' for a, img in focus)}</ul></div>
<div class="tabbox news_tab"><ul class="tabhd">{hd}</ul><a href="/news/dpyw/" class="more">更多&gt;&gt;</a><div class="tabbd">{bd}</div></div>
<div style="clear:both"></div><a href="/zt/"><img src="/d/file/p/banner_zt1.jpg" width="1200" height="110" alt="学习贯彻党的二十届三中全会精神" /></a>
<img src="/d/file/p/banner_zt2.jpg" width="1200" height="110" alt="" />
<div class="tabbox gk_tab"><ul class="tabhd">{hd2}</ul><a href="/zwgk/tzgg/" class="more">更多&gt;&gt;</a><div class="tabbd">{bd2}</div></div>
<div class="fwlinks"><h3>政务服务</h3><a href="/e/extend/zwfw/bsdt.php"><img src="/skin/default/images/ico_0.png" width="40" height="40" alt="" />网上办事大厅</a>
<a href="/hdjl/xzxx/">县长信箱</a> <a href="/hdjl/zxft/">在线访谈</a> <a href="/zwgk/zcjd/">政策解读</a> <a href="/zwgk/zdly/">重点领域</a></div>
<div class="sidebox"><img src="/skin/default/images/qrcode.png" width="120" height="120" alt="滇浦发布" /></div></div>""" + P_FOOT
    plant("image.broken", P, "/", "/d/file/p/2024-09-18/focus3.jpg", "focus picture whose file was deleted (404)")
    plant("image.broken", P, "/", "/d/file/p/banner_zt2.jpg", "flat white 1200×110 banner slot")
    routes["/e/extend/zwfw/bsdt.php"] = {"status": 410}
    plant("link.broken", P, "/", "/e/extend/zwfw/bsdt.php", "retired 网上办事大厅 (410)", "definite")
    # special topic
    pages["/zt/index.html"] = p_head("学习贯彻党的二十届三中全会精神") + f"""<div class="w1200 main"><img src="/d/file/p/banner_zt1.jpg" width="1200" height="110" alt="" />
<ul class="newslist">{''.join(f'<li><span class="date">{dt.isoformat()}</span><a href="{u}">{t}</a></li>' for t, u, dt in dp[:3])}</ul></div>""" + P_FOOT
    for img in ["/d/file/p/2024-09-23/focus1.jpg", "/d/file/p/2024-09-20/focus2.jpg", "/d/file/p/banner_zt1.jpg", "/skin/default/images/logo.png",
                "/skin/default/images/spacer.gif", "/skin/default/images/qrcode.png", "/skin/default/images/ga.png"]:
        decoy("image.broken", P, "/", img, "working picture / spacer / logo / icon")


def qr():
    r = random.Random(5)
    img = Image.new("RGB", (125, 125), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    for y in range(25):
        for x in range(25):
            if r.random() < 0.5 or (x < 7 and y < 7) or (x > 17 and y < 7) or (x < 7 and y > 17):
                dr.rectangle([x * 5, y * 5, x * 5 + 4, y * 5 + 4], fill=(0, 0, 0))
    return png(img, "PNG")


# ------------------------------------------------------------------------------------------
# site 2: client-rendered health commission (dianpu-wjw)
# ------------------------------------------------------------------------------------------

W = "dianpu-wjw"
W_COLS = [  # name, slug, category(config), kind, dates or mode
    ("机构概况", "jggk", "other", "single", None),
    ("卫健动态", "wjdt", "news", "json", ["2024-09-24", "2024-09-19", "2024-09-14", "2024-09-09", "2024-09-02", "2024-08-27"]),
    ("基层动态", "jcdt", "news", "json", ["2024-09-11", "2024-09-04", "2024-08-23"]),
    ("疾控动态", "jkdt", "news", "json", ["2024-09-02", "2024-08-26", "2024-08-13"]),
    ("通知公告", "tzgg", None, "json", ["2024-09-06", "2024-07-22", "2024-05-10"]),
    ("政策文件", "zcwj", "policy", "chunk404", None),
    ("公共卫生", "ggws", "notice", "empty", None),
    ("医疗服务", "ylfw", None, "static_none", None),
    ("人事信息", "rsxx", "personnel", "header_only", None),
    ("财政信息", "czxx", "other", "empty", None),
    ("规划计划", "ghjh", "plan", "json", ["2024-01-12", "2023-05-30"]),
    ("健康科普", "jkkp", None, "json", ["2024-09-16", "2024-08-30"]),  # not in config
]
W_MISSING = ("双随机一公开", "ssjygk")


def w_shell(title, slug, body_attrs, inner=""):
    act = ' class="active"'
    nav = "".join(f'<li><a href="/wjw/{s}/"{act if s == slug else ""}>{n}</a></li>' for n, s, *_ in W_COLS if s != "jggk")
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{title}</title><meta name="SiteName" content="滇浦县卫生健康局"/><link href="/wjw/static/css/main.7c41e2b9.css" rel="stylesheet"/></head>
<body><noscript>您需要启用 JavaScript 才能浏览本站。</noscript>
<header class="hd"><div class="hd-inner"><img src="/wjw/static/media/logo.2b9f6d.png" alt="滇浦县卫生健康局" class="hd-logo"/></div>
<nav class="hd-nav"><ul><li><a href="/wjw/">首页</a></li><li><a href="/wjw/jggk/">机构概况</a></li>{nav}</ul></nav></header>
<div id="root" {body_attrs}>{inner}</div>
<footer class="ft"><p>主办：滇浦县卫生健康局　地址：滇浦县浦城镇康宁路12号　电话：0876-6623120</p><p>网站标识码：5325260019　滇ICP备05001234号-3</p></footer>
<script src="/wjw/static/js/main.4e8d21a7.js"></script></body></html>"""


def build_wjw():
    files["/wjw/static/css/main.7c41e2b9.css"] = b"body{margin:0;font:15px/1.7 -apple-system,'PingFang SC','Microsoft YaHei'}.hd{background:#0b8a7a;color:#fff}.hd-nav ul{display:flex;list-style:none;margin:0;padding:0 20px;background:#07665a}.hd-nav a{color:#fff;padding:0 14px;line-height:44px;display:block}.hd-nav a.active{background:#054d44}#root{max-width:1100px;margin:20px auto;min-height:400px}.lst li{display:flex;justify-content:space-between;border-bottom:1px solid #eee;line-height:42px}.lst time{color:#888}.empty{color:#999;text-align:center;padding:80px}.skeleton{height:18px;background:#f0f0f0;margin:12px 0}.ft{background:#333;color:#ccc;text-align:center;padding:16px;font-size:13px}"
    files["/wjw/static/media/logo.2b9f6d.png"] = banner(480, 70, "滇浦县卫生健康局", (11, 138, 122), (5, 90, 80))
    files["/wjw/static/js/main.4e8d21a7.js"] = (
        "/*! dianpu-wjw portal v2.3.1 | bundled */\n!function(){'use strict';\n"
        "var R=document.getElementById('root');if(!R)return;var api=R.getAttribute('data-api');if(!api)return;\n"
        "function h(t,a,c){var e=document.createElement(t);for(var k in a||{})e.setAttribute(k,a[k]);(c||[]).forEach(function(x){e.appendChild(typeof x==='string'?document.createTextNode(x):x)});return e}\n"
        "function fmt(s){var m=/^(\\d{4})-(\\d{2})-(\\d{2})/.exec(s);return m?m[1]+'\\u5e74'+m[2]+'\\u6708'+m[3]+'\\u65e5':s}\n"
        "fetch(api,{headers:{'Accept':'application/json'}}).then(function(r){return r.json()}).then(function(j){\n"
        " var box=R.querySelector('.lst-wrap')||R;box.innerHTML='';var d=j&&j.data||{},list=d.list||[];\n"
        " if(!list.length){box.appendChild(h('div',{'class':'empty'},['\\u6682\\u65e0\\u6570\\u636e']));return}\n"
        " var ul=h('ul',{'class':'lst'});list.forEach(function(it){ul.appendChild(h('li',{},[h('a',{href:it.url,title:it.title},[it.title]),h('time',{datetime:it.pubDate.slice(0,10)},[fmt(it.pubDate)])]))});\n"
        " box.appendChild(ul);box.appendChild(h('div',{'class':'pager'},['\\u5171 '+d.total+' \\u6761']));\n"
        "}).catch(function(){R.innerHTML='<div class=\"empty\">\\u52a0\\u8f7d\\u5931\\u8d25</div>'});\n}();\n").encode()
    art_id = [1020]
    home_items = []
    cfg = []
    for name, slug, cat, kind, dates in W_COLS:
        url = f"/wjw/{slug}/"
        if slug != "jkkp":
            c = {"name": name, "url": url}
            if cat:
                c["category"] = cat
            cfg.append(c)
        effcat = cat or {"通知公告": "notice", "健康科普": "news", "医疗服务": "other"}[name]
        if kind == "single":
            pages[url + "index.html"] = w_shell(name, slug, 'class="page"', """<article class="single"><h2>机构概况</h2>
<p>滇浦县卫生健康局是县人民政府工作部门，为正科级，加挂县中医药管理局牌子。</p>
<p>主要职责：贯彻执行国家、省、州卫生健康工作方针政策和法律法规；统筹规划全县卫生健康资源配置；组织推进深化医药卫生体制改革；负责疾病预防控制、卫生应急和爱国卫生工作。</p>
<p>内设机构：办公室、医政医管股、基层卫生健康股、疾病预防控制股、综合监督股、人口监测与家庭发展股。</p>
<p>办公地址：滇浦县浦城镇康宁路12号　办公时间：工作日 9:00—12:00，14:30—18:00</p></article>""")
            decoy("column.blank", W, url, name, "single page with text (机构概况)")
            decoy("column.overdue", W, url, name, "single page")
            continue
        if kind == "json":
            items = []
            for i, ds in enumerate(dates):
                dt = d(ds)
                art_id[0] += rng.randint(2, 9)
                if effcat == "notice":
                    t = ["关于开展2024年秋冬季爱国卫生运动的通知", "关于公布全县定点医疗机构名单的公告", "关于做好登革热防控工作的紧急通知"][i]
                elif effcat == "plan":
                    t = ["滇浦县卫生健康事业发展“十四五”规划中期评估报告", "滇浦县2023年卫生健康工作要点"][i]
                elif slug == "jkkp":
                    t = ["秋季腹泻高发，这些预防要点请收好", "科学防控登革热，清除积水是关键"][i]
                else:
                    t = news_title(i + len(slug) * 3, "health")
                au = f"/wjw/{slug}/content/{dt.strftime('%Y%m%d')}_{art_id[0]}.html"
                items.append((t, au, dt))
            body_extra = ""
            if slug == "wjdt":
                pass
            if slug == "tzgg":
                body_extra = '<p>附件：<a href="/wjw/upload/2024/09/06/dgrfk_sqb.docx">滇浦县登革热防控物资申领表.docx</a></p>'
                plant("link.broken", W, items[0][1], "/wjw/upload/2024/09/06/dgrfk_sqb.docx", "application form never uploaded (404)", "definite")
            for i, (t, au, dt) in enumerate(items):
                img = ""
                if slug == "wjdt" and i == 1:
                    files["/wjw/upload/2024/09/19/yz1.jpg"] = photo(640, 420, (40, 120, 130), 71)
                    img = '<p><img src="/wjw/upload/2024/09/19/yz1.jpg" width="640" height="420" alt="义诊现场"/></p>'
                    decoy("image.broken", W, au, "/wjw/upload/2024/09/19/yz1.jpg", "working photo")
                if slug == "wjdt" and i == 3:
                    files["/wjw/upload/2024/09/09/pxb.png"] = placeholder(640, 420, "图片加载失败")
                    img = '<p><img src="/wjw/upload/2024/09/09/pxb.png" width="640" height="420" alt=""/></p>'
                    plant("image.broken", W, au, "/wjw/upload/2024/09/09/pxb.png", "占位图: “图片加载失败” graphic in an article")
                if slug == "jkdt" and i == 0:
                    img = '<p><img src="/wjw/upload/2024/09/02/ylz_yl.jpg" width="640" height="420" alt="演练现场"/></p>'
                    plant("image.broken", W, au, "/wjw/upload/2024/09/02/ylz_yl.jpg", "article photo never uploaded (404)")
                if slug == "jcdt" and i == 1:
                    img = '<p>办理入口：<a href="/wjw/service/hsjc/query.do">家庭医生签约查询</a></p>'
                    routes["/wjw/service/hsjc/query.do"] = {"reset": True}
                    plant("link.broken", W, au, "/wjw/service/hsjc/query.do", "query system that resets the connection every time", "suspect")
                extra = body_extra if (slug == "tzgg" and i == 0) else ""
                pages[au] = w_shell(t, slug, 'class="article"', f"""<article class="detail"><h1>{t}</h1>
<div class="meta"><span>发布日期：{dt.year}年{dt.month}月{dt.day}日</span><span>来源：滇浦县卫生健康局</span><span>字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="body"><p>　　{dt.month}月{dt.day}日，{t}。活动现场，工作人员向群众发放宣传资料，解答群众关心的健康问题。</p>{img}<p>　　下一步，将持续加强健康教育和健康促进工作，不断提升群众健康素养水平。</p>{extra}</div></article>""")
            if slug == "jkdt" and False:
                pass
            js = {"code": 0, "msg": "ok", "data": {"total": len(items), "page": 1, "size": 15,
                  "list": [{"id": int(au.split("_")[-1][:-5]), "title": t, "url": au, "pubDate": f"{dt.isoformat()} {9 + i:02d}:{(i * 13) % 60:02d}:00"} for i, (t, au, dt) in enumerate(items)]}}
            api = f"/wjw/api/channel/{slug}.json"
            files[api] = json.dumps(js, ensure_ascii=False, indent=1).encode()
            seeds.append(api)
            pages[url + "index.html"] = w_shell(name, slug, f'data-api="{api}" data-channel="{slug}"', f'<h2 class="ch">{name}</h2><div class="lst-wrap"><div class="skeleton"></div><div class="skeleton"></div><div class="skeleton"></div></div>')
            if slug in ("wjdt", "jcdt", "tzgg"):
                home_items += items[:3]
            v = verdict(effcat, items[0][2])
            if slug == "jkkp":
                plant("column.unmonitored", W, url, name, "in the navigation, not in the config")
                continue
            if v == "overdue":
                plant("column.overdue", W, url, name, f"{effcat}, newest {items[0][2]}")
                decoy("column.blank", W, url, name, "overdue, not blank (client-rendered list)")
            elif v == "due_soon":
                plant("column.due_soon", W, url, name, f"{effcat}, newest {items[0][2]} ({age(items[0][2])} days: exactly at the limit)")
                decoy("column.overdue", W, url, name, "exactly 14 days: not overdue (strictly more)")
                decoy("column.blank", W, url, name, "client-rendered list with entries")
            else:
                decoy("column.overdue", W, url, name, f"newest {items[0][2]}")
                decoy("column.due_soon", W, url, name, f"newest {items[0][2]}")
                decoy("column.blank", W, url, name, "client-rendered list with entries")
            decoy("column.missing", W, url, name, "present")
            continue
        # blank kinds
        if kind == "empty":
            api = f"/wjw/api/channel/{slug}.json"
            files[api] = json.dumps({"code": 0, "msg": "ok", "data": {"total": 0, "page": 1, "size": 15, "list": []}}, ensure_ascii=False).encode()
            seeds.append(api)
            pages[url + "index.html"] = w_shell(name, slug, f'data-api="{api}" data-channel="{slug}"', f'<h2 class="ch">{name}</h2><div class="lst-wrap"><div class="skeleton"></div><div class="skeleton"></div></div>')
            note = "JSON returns no rows (“暂无数据”)"
        elif kind == "chunk404":
            pages[url + "index.html"] = w_shell(name, slug, 'class="page"', f'<h2 class="ch">{name}</h2><div id="doc-table" class="doc-table"></div><script src="/wjw/static/js/chunk-doctable.91c0ad.js"></script>')
            note = "document table filled by a chunk script that answers 404"
        elif kind == "static_none":
            pages[url + "index.html"] = w_shell(name, slug, 'class="page"', f'<h2 class="ch">{name}</h2><ul class="lst"></ul><div class="empty">该栏目暂无内容</div>')
            note = "“该栏目暂无内容”"
        else:
            pages[url + "index.html"] = w_shell(name, slug, 'class="page"', f'<h2 class="ch">{name}</h2><table class="tbl" width="100%"><thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead><tbody></tbody></table><div class="pager">共 0 条</div>')
            note = "header-only table, “共 0 条”"
        plant("column.blank", W, url, name, note)
        decoy("column.overdue", W, url, name, "blank, not overdue")
        decoy("column.missing", W, url, name, "blank, not missing")
    plant("column.blank_many", W, "/wjw/", note="5 blank columns")
    cfg.append({"name": W_MISSING[0], "url": f"/wjw/{W_MISSING[1]}/", "category": "other"})
    plant("column.missing", W, f"/wjw/{W_MISSING[1]}/", W_MISSING[0], "configured, answers 404, linked from nowhere")
    # the slow-but-under-limit column page
    routes["/wjw/wjdt/"] = {"delay_ms": 2600}
    delays.append({"url_path": "/wjw/wjdt/", "ms": 2600})
    decoy("site.slow", W, "/wjw/wjdt/", note="2600 ms, under slow_ms")
    # homepage: server-rendered news block + banner
    files["/wjw/upload/banner/jkzg.jpg"] = banner(1100, 200, "健康滇浦 幸福家园", (11, 138, 122), (60, 170, 150))
    files["/wjw/static/media/divider.png"] = flat(1100, 3, (200, 200, 200), "PNG")
    home_items.sort(key=lambda x: x[2], reverse=True)
    lis = "".join(f'<li><a href="{u}">{t}</a><time>{dt.year}.{dt.month:02d}.{dt.day:02d}</time></li>' for t, u, dt in home_items[:8])
    pages["/wjw/index.html"] = w_shell("滇浦县卫生健康局", "", 'class="home"', f"""<img src="/wjw/upload/banner/jkzg.jpg" width="1100" height="200" alt="健康滇浦"/>
<section class="blk"><h3>最新动态</h3><ul class="lst">{lis}</ul></section><img src="/wjw/static/media/divider.png" width="1100" height="3" alt=""/>
<section class="svc"><a href="/wjw/jggk/">机构概况</a><a href="/wjw/tzgg/">通知公告</a><a href="/wjw/jkkp/">健康科普</a></section>""")
    decoy("image.broken", W, "/wjw/", "/wjw/static/media/divider.png", "1100×3 divider")
    decoy("image.broken", W, "/wjw/", "/wjw/upload/banner/jkzg.jpg", "banner")
    return cfg


# ------------------------------------------------------------------------------------------
# site 3: township with a frame menu (dianpu-hsz)
# ------------------------------------------------------------------------------------------

H = "dianpu-hsz"
H_COLS = [  # name, id, category(config), dates/kind, in_config
    ("乡镇概况", 10, "other", "single", True),
    ("工作动态", 11, "news", ["2024-09-06", "2024-09-02", "2024-08-29", "2024-08-26", "2024-08-22", "2024-08-19", "2024-08-15", "2024-08-12", "2024-08-08", "2024-08-05", "2024-08-01", "2024-07-29"], True),
    ("村务动态", 12, "news", ["2024-09-03", "2024-08-20", "2024-08-06"], True),
    ("党建引领", 13, "news", ["2024-08-27", "2024-08-13"], True),
    ("乡村振兴", 14, "news", ["2024-08-20", "2024-07-30", "2024-07-11"], True),
    ("平安建设", 15, "news", ["2024-08-09", "2024-07-18"], True),
    ("民生实事", 16, "news", ["2024-09-22", "2024-09-18", "2024-09-10"], True),
    ("通知公告", 17, None, ["2024-09-19", "2024-08-02", "2024-06-14"], True),
    ("政策文件", 18, "policy", ["2024-06-03", "2024-03-19"], True),
    ("人事任免", 19, "personnel", ["2024-02-26", "2023-11-08"], True),
    ("财务公开", 20, "other", "header_only", True),
    ("便民服务", 21, "other", "single_table", True),
    ("招商引资", 22, None, ["2024-09-18", "2024-07-02"], False),
    ("文化旅游", 23, None, ["2024-09-20", "2024-08-15"], False),
]
H_MISSING = ("环境保护", 24)


def h_page(title, main, menu=True):
    left = '<td width="210" valign="top" class="leftbg"><iframe src="/hsz/left.html" name="leftFrame" width="210" height="560" frameborder="0" scrolling="no" marginheight="0" marginwidth="0"></iframe></td>' if menu else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-滇浦县海石镇人民政府</title><link href="/hsz/templets/css.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/hsz/templets/images/top.jpg" width="1000" height="150" alt="海石镇人民政府"></td></tr>
<tr><td height="36" class="topnav"><a href="/hsz/index.html">网站首页</a>　<a href="/hsz/lm/10/">乡镇概况</a>　<a href="/hsz/lm/11/">工作动态</a>　<a href="/hsz/lm/17/">通知公告</a>　<a href="/hsz/lm/21/">便民服务</a></td></tr>
<tr><td><img src="/hsz/templets/images/dot.gif" width="1" height="6" alt=""></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr>{left}
<td width="12"><img src="/hsz/templets/images/dot.gif" width="12" height="1" alt=""></td><td valign="top">{main}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center" height="80">
主办：滇浦县海石镇人民政府　地址：滇浦县海石镇海石街56号　电话：0876-6701002<br>网站标识码：5325260045　滇ICP备05001234号-12</td></tr></table>
</body></html>"""


def build_hsz():
    files["/hsz/templets/css.css"] = b"body{font-size:12px;background:#e9efe3}td{font-size:12px;line-height:22px}a{color:#234;text-decoration:none}.topnav{background:#3d7a2f}.topnav a{color:#fff;font-weight:bold;font-size:14px}.leftbg{background:#f3f7ef}.lmtit{background:#5c9a45;color:#fff;font-weight:bold;padding-left:10px;height:30px}.listtab td{border-bottom:1px dotted #ccc}.foot{background:#3d7a2f;color:#fff}.gray{color:#999}"
    files["/hsz/templets/images/top.jpg"] = banner(1000, 150, "滇浦县海石镇人民政府", (61, 122, 47), (120, 170, 80))
    files["/hsz/templets/images/dot.gif"] = gif1x1()
    files["/hsz/templets/images/arrow.gif"] = icon(8, (92, 154, 69, 255))
    menu = []
    cfg = []
    arts: dict[int, list] = {}
    n = 500
    for name, cid, cat, spec, inc in H_COLS:
        menu.append(f'<tr><td height="30" class="menu"><img src="/hsz/templets/images/arrow.gif" width="8" height="8" alt=""> <a href="/hsz/lm/{cid}/" target="_top">{name}</a></td></tr>')
        if inc:
            c = {"name": name, "url": f"/hsz/lm/{cid}/"}
            if cat:
                c["category"] = cat
            cfg.append(c)
        if isinstance(spec, list):
            lst = []
            for i, ds in enumerate(spec):
                dt = d(ds)
                n += rng.randint(1, 6)
                if name == "通知公告":
                    t = ["海石镇关于做好秋冬季森林防火工作的通告", "海石镇2024年城乡居民医保缴费通知", "海石镇关于开展农村危房排查的通知"][i]
                elif name == "政策文件":
                    t = ["海石镇人民政府关于印发《海石镇农村人居环境整治实施方案》的通知", "海石镇2024年农业产业发展扶持办法"][i]
                elif name == "人事任免":
                    t = ["海石镇关于聘用村级后备干部的公示", "海石镇2023年度公益性岗位人员名单公示"][i]
                elif name == "招商引资":
                    t = ["海石镇咖啡精深加工项目招商推介", "海石镇2024年招商引资项目清单"][i]
                elif name == "文化旅游":
                    t = ["海石镇第三届“火把节”文化旅游活动圆满举办", "海石古镇旅游线路推介"][i]
                else:
                    t = "海石镇" + ACTS[(i * 5 + cid * 3) % len(ACTS)]
                au = f"/hsz/show/{cid}/{dt.strftime('%Y%m%d')}{n}.html"
                lst.append((t, au, dt))
            arts[cid] = lst
    files["/hsz/left.html"] = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link href="/hsz/templets/css.css" rel="stylesheet" type="text/css"><base target="_top"></head><body topmargin="0" leftmargin="0" class="leftbg">
<table width="200" border="0" cellpadding="0" cellspacing="0"><tr><td class="lmtit">栏目导航</td></tr>{''.join(menu)}</table></body></html>""".encode()
    pages["/hsz/left.html"] = files.pop("/hsz/left.html").decode()
    cfg.append({"name": H_MISSING[0], "url": f"/hsz/lm/{H_MISSING[1]}/", "category": "news"})
    plant("column.missing", H, f"/hsz/lm/{H_MISSING[1]}/", H_MISSING[0], "configured, answers 404, linked from nowhere")

    def crumb(name, cid):
        return f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lmtit">{name}</td><td align="right" class="gray">您现在的位置：<a href="/hsz/index.html">首页</a> &gt;&gt; <a href="/hsz/lm/{cid}/">{name}</a></td></tr></table>'

    overdue_cnt = 0
    for name, cid, cat, spec, inc in H_COLS:
        url = f"/hsz/lm/{cid}/"
        effcat = cat or {"党建引领": "news", "通知公告": "notice", "招商引资": "news", "文化旅游": "news"}.get(name, "other")
        if spec == "single":
            files["/hsz/uploads/allimg/hsz_gk.jpg"] = photo(600, 360, (0, 0, 0), 91, grey=True)
            pages[url + "index.html"] = h_page(name, crumb(name, cid) + """<table width="96%" align="center"><tr><td>
<p align="center"><img src="/hsz/uploads/allimg/hsz_gk.jpg" width="600" height="360" alt="海石镇全景"></p>
<p>　　海石镇位于滇浦县城西北部，距县城28公里，国土面积236平方公里，辖9个村委会、112个村民小组，总人口3.2万人，有汉、彝、苗等民族。</p>
<p>　　全镇耕地面积5.8万亩，主要产业有烤烟、咖啡、蔬菜和生猪养殖。2023年全镇农村常住居民人均可支配收入15620元。</p>
<p>　　镇党委下设党总支2个、党支部21个，共有党员842名。</p></td></tr></table>""")
            decoy("column.blank", H, url, name, "single page with text and a grey photo")
            decoy("image.broken", H, url, "/hsz/uploads/allimg/hsz_gk.jpg", "grey panorama with detail")
            continue
        if spec == "single_table":
            rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in [("便民服务中心", "0876-6701010", "海石街56号"), ("派出所", "0876-6701110", "海石街12号"), ("卫生院", "0876-6701120", "新街3号"), ("农业服务中心", "0876-6701031", "海石街58号")])
            pages[url + "index.html"] = h_page(name, crumb(name, cid) + f'<table width="96%" border="1" cellspacing="0" cellpadding="4" align="center"><tr><th>单位</th><th>电话</th><th>地址</th></tr>{rows}</table>')
            decoy("column.blank", H, url, name, "single page with a phone table")
            continue
        if spec == "header_only":
            pages[url + "index.html"] = h_page(name, crumb(name, cid) + '<table width="96%" class="listtab" align="center"><tr bgcolor="#eef5e8"><td>标题</td><td width="100">发布日期</td></tr></table><div align="center" class="gray">共0条记录 页次:1/1 每页20条 首页 上一页 下一页 尾页</div>')
            plant("column.blank", H, url, name, "header-only table, “共0条记录”")
            continue
        lst = arts[cid]
        per = 10

        def rows(items):
            out = []
            for t, au, dt in items:
                if cid in (11, 12, 16):
                    ds = f"{dt.year}-{dt.month}-{dt.day}"
                elif cid in (17, 18, 19):
                    ds = f"（{dt.year}年{dt.month:02d}月{dt.day:02d}日）"
                else:
                    ds = f"日期：{dt.year}/{dt.month:02d}/{dt.day:02d}"
                out.append(f'<tr><td height="28"><img src="/hsz/templets/images/arrow.gif" width="8" height="8" alt=""> <a href="{au}" target="_blank">{t}</a></td><td width="160" align="right" class="gray">{ds}</td></tr>')
            return "".join(out)
        npages = (len(lst) + per - 1) // per
        for pg in range(1, npages + 1):
            chunk = lst[(pg - 1) * per: pg * per]
            pager = ""
            if npages > 1:
                nxt = f'<a href="{url}list_{pg + 1}.html">下一页</a> <a href="{url}list_{npages}.html">尾页</a>' if pg < npages else "下一页 尾页"
                prv = f'<a href="{url}index.html">首页</a> <a href="{url}index.html">上一页</a>' if pg > 1 else "首页 上一页"
                pager = f'<div align="center" class="gray">共{len(lst)}条记录 页次:{pg}/{npages} 每页{per}条 {prv} {nxt}</div>'
            fn = url + ("index.html" if pg == 1 else f"list_{pg}.html")
            pages[fn] = h_page(name, crumb(name, cid) + f'<table width="96%" class="listtab" align="center">{rows(chunk)}</table>{pager}')
            if pg > 1:
                decoy("column.blank", H, fn, name, "page 2 of a list")
        for i, (t, au, dt) in enumerate(lst):
            extra = ""
            if cid == 12 and i == 0:
                extra = '<p align="center"><img src="/hsz/uploads/allimg/240903/1-240903101R2.jpg" width="600" height="400" alt=""></p>'
                files["/hsz/uploads/allimg/240903/1-240903101R2.jpg"] = flat(600, 400, (128, 128, 128))
                plant("image.broken", H, au, "/hsz/uploads/allimg/240903/1-240903101R2.jpg", "flat grey 600×400 box in a township article")
            if cid == 11 and i == 2:
                extra = '<p align="center"><img src="/hsz/uploads/allimg/240829/1-24082915340.jpg" width="600" height="400" alt=""></p>'
                files["/hsz/uploads/allimg/240829/1-24082915340.jpg"] = b"<html><head><title>403 Forbidden</title></head><body>\xe9\x98\xb2\xe7\x9b\x97\xe9\x93\xbe</body></html>"
                plant("image.broken", H, au, "/hsz/uploads/allimg/240829/1-24082915340.jpg", "hotlink-protection HTML saved as .jpg (undecodable)")
            if cid == 11 and i == 4:
                extra = '<p align="center"><img src="/hsz/uploads/allimg/240822/1-2408221A11.jpg" width="600" height="400" alt=""></p>'
                files["/hsz/uploads/allimg/240822/1-2408221A11.jpg"] = photo(600, 400, (30, 30, 60), 93)
                decoy("image.broken", H, au, "/hsz/uploads/allimg/240822/1-2408221A11.jpg", "dark night photo with detail")
            if cid == 20 - 2 and i == 0:  # policy
                files["/hsz/uploads/soft/240603/fa.doc"] = b"\xd0\xcf\x11\xe0 stand-in doc"
                extra = '<p>附件：<a href="/hsz/uploads/soft/240603/fa.doc">海石镇农村人居环境整治实施方案.doc</a></p>'
                decoy("link.broken", H, au, "/hsz/uploads/soft/240603/fa.doc", "attachment that exists")
            if cid == 19 and i == 1:
                extra = '<p>附件：<a href="/hsz/uploads/soft/231108/gyxgw.xls">2023年度公益性岗位人员名单.xls</a></p>'
                routes["/hsz/uploads/soft/231108/gyxgw.xls"] = {"status": 403}
                plant("link.broken", H, au, "/hsz/uploads/soft/231108/gyxgw.xls", "withdrawn personnel spreadsheet (403)", "definite")
            pages[au] = h_page(t, crumb(name, cid) + f"""<table width="94%" align="center"><tr><td align="center"><h2 style="font-size:20px">{t}</h2></td></tr>
<tr><td align="center" class="gray">作者：党政办　来源：本站原创　点击数：{rng.randint(40, 900)}　更新时间：{dt.year}-{dt.month}-{dt.day}</td></tr>
<tr><td><p>　　{dt.month}月{dt.day}日，{t}。镇党委、政府主要领导出席并讲话，各村（社区）负责人参加。</p>{extra}
<p>　　会议要求，各村要进一步提高思想认识，明确责任分工，确保各项工作取得实效。</p></td></tr></table>""", menu=False)
        v = verdict(effcat, lst[0][2])
        if not inc:
            plant("column.unmonitored", H, url, name, "in the left iframe menu only, not in the config")
            continue
        if v == "overdue":
            overdue_cnt += 1
            plant("column.overdue", H, url, name, f"{effcat}, newest {lst[0][2]} ({age(lst[0][2])} days)")
            decoy("column.blank", H, url, name, "overdue, not blank")
        else:
            assert v == "clean", name
            decoy("column.overdue", H, url, name, f"{effcat}, newest {lst[0][2]}: not overdue")
            decoy("column.due_soon", H, url, name, f"{effcat}, newest {lst[0][2]}")
        decoy("column.missing", H, url, name, "present (reachable through the iframe menu)")
        decoy("column.unmonitored", H, url, name, "configured")
    assert overdue_cnt == 5
    plant("column.overdue_many", H, "/hsz/index.html", note="5 news columns overdue (under either reading of first-level)")
    # deleted article still listed on list_2 of 工作动态
    gz = arts[11]
    routes_del = gz[-1][1]
    del pages[routes_del]
    plant("link.broken", H, "/hsz/lm/11/list_2.html", routes_del, "deleted article still listed on page 2 (404)", "definite")
    # slow pages
    slow = "/hsz/lm/17/"
    routes[slow] = {"delay_ms": 3600}
    delays.append({"url_path": slow, "ms": 3600})
    plant("site.slow", H, slow, note="notice column answering after 3600 ms")
    ok_slow = arts[16][1][1]
    routes[ok_slow] = {"delay_ms": 1400}
    delays.append({"url_path": ok_slow, "ms": 1400})
    decoy("site.slow", H, ok_slow, note="1400 ms, under slow_ms")
    # homepage
    def block(title, cid, k, fmt):
        lis = "".join(f'<tr><td height="26"><a href="{u}" target="_blank">{t}</a></td><td align="right" class="gray">{fmt(dt)}</td></tr>' for t, u, dt in arts[cid][:k])
        return f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lmtit">{title}</td><td class="lmtit" align="right"><a href="/hsz/lm/{cid}/" style="color:#fff">更多...</a></td></tr>{lis}</table>'
    files["/hsz/uploads/allimg/hd1.jpg"] = photo(360, 240, (60, 130, 50), 97)
    main = f"""<table width="100%"><tr><td width="370" valign="top"><a href="{arts[16][0][1]}"><img src="/hsz/uploads/allimg/hd1.jpg" width="360" height="240" alt="" border="0"></a><br>{arts[16][0][0]}</td>
<td valign="top">{block('民生实事', 16, 3, lambda x: f'[{x.month:02d}-{x.day:02d}]')}{block('通知公告', 17, 3, lambda x: f'{x.year}-{x.month:02d}-{x.day:02d}')}</td></tr></table>
{block('工作动态', 11, 5, lambda x: f'{x.year}-{x.month}-{x.day}')}<marquee scrollamount="3">欢迎访问滇浦县海石镇人民政府网站！</marquee>"""
    pages["/hsz/index.html"] = h_page("首页", main)
    decoy("image.broken", H, "/hsz/index.html", "/hsz/templets/images/dot.gif", "1×1 spacer stretched")
    decoy("image.broken", H, "/hsz/index.html", "/hsz/uploads/allimg/hd1.jpg", "working photo")
    return cfg


# ------------------------------------------------------------------------------------------


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    build_portal()
    wcfg = build_wjw()
    hcfg = build_hsz()
    # site 4: government service centre, homepage 500
    routes["/zwfw/*"] = {"status": 500}
    pages["/zwfw/index.html"] = "<html><body>滇浦县政务服务中心</body></html>"
    plant("site.unreachable", "dianpu-zwfw", "/zwfw/", note="homepage answers 500")
    # fill missing url_path for link plants
    for e in findings:
        assert e["url_path"], e
    for path, body in pages.items():
        f = SITE / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(body, encoding="utf-8")
    for path, body in files.items():
        f = SITE / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(body)

    def col(c):
        parts = [f"name: {c['name']}", f'url: "{c["url"]}"'] + ([f"category: {c['category']}"] if c.get("category") else [])
        return "      - {" + ", ".join(parts) + "}"
    wcfg[4]["url"] = "{base}wjw/tzgg/"  # one column given as a full URL
    cfg = ["# The engine-6 holdout's config ({base} is the server's root URL). Generated by generate.py.",
           "defaults:", "  timeout_s: 15", "  slow_ms: 3000", "sites:",
           "  - id: dianpu", "    name: 滇浦县人民政府", '    url: "{base}"',
           "  - id: dianpu-wjw", "    name: 滇浦县卫生健康局", "    owner: 滇浦县卫生健康局", '    url: "{base}wjw/"', "    columns:"]
    cfg += [col(c) for c in wcfg]
    cfg += ["  - id: dianpu-hsz", "    name: 滇浦县海石镇人民政府", '    url: "{base}hsz/index.html"', "    columns:"]
    cfg += [col(c) for c in hcfg]
    cfg += ["  - id: dianpu-zwfw", "    name: 滇浦县政务服务中心", '    url: "{base}zwfw/"']
    (HERE / "sites.yaml").write_text("\n".join(cfg) + "\n", encoding="utf-8")
    (HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n"
                                      + yaml.safe_dump({"routes": dict(sorted(routes.items()))}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    planted_keys = {(e["site"], e["rule"], e["url_path"], e.get("target")) for e in findings}
    seen = set()
    dec = []
    for x in decoys:
        k = (x["site"], x["rule"], x["url_path"], x.get("target"))
        if k in planted_keys or k in seen:
            continue
        seen.add(k)
        dec.append(x)
    exp = {"as_of": AS_OF.isoformat(), "findings": findings, "delays": delays, "crawl_seeds": seeds, "decoys": dec}
    (HERE / "expected.yaml").write_text("# Planted problems of the engine-6 holdout (generated by generate.py).\n"
                                        + yaml.safe_dump(exp, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    from collections import Counter
    print(Counter(e["rule"] for e in findings), len(findings), "decoys", len(dec), "pages", len(pages))


if __name__ == "__main__":
    main()

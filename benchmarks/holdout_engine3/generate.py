"""Generate the engine-3 holdout: a county portal on a 集约化-platform style CMS and a township
site on a home-grown one, with planted problems and look-alike clean content.

    .venv/bin/python benchmarks/holdout_engine3/generate.py

Rewrites ``site/``, ``sites.yaml``, ``server.yaml`` and ``expected.yaml`` together and
deterministically.  The truth in ``expected.yaml`` is computed from the same declarations that
write the pages (``PORTAL_COLUMNS``, ``TOWN_COLUMNS``, the planted links and images), with the
thresholds of ``shared/contract.md``.  Needs Pillow, PyYAML and a CJK font.
"""

from __future__ import annotations

import calendar
import html
import io
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 4, 30)
SLOW_MS = 3000

FONT_PATHS = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
]


def font(size: int) -> ImageFont.FreeTypeFont:
    for p in FONT_PATHS:
        if Path(p).exists():
            return ImageFont.truetype(p, size, index=2 if p.endswith(".ttc") and "Noto" in p else 0)
    raise SystemExit("a CJK font is needed (fonts-noto-cjk or fonts-wqy-zenhei)")


# =============================================================================================
# Freshness truth (contract: news 14 days; notice/policy 6 months; personnel/plan 12 months)
# =============================================================================================

MONTHS = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def deadlines(newest: date, cat: str) -> list[date]:
    """The last day a column is still on time, under every reasonable way of counting."""
    if cat == "news":
        return [newest + timedelta(days=14)]
    n = MONTHS[cat]
    days = (180, 183) if n == 6 else (365, 366)
    return [add_months(newest, n)] + [newest + timedelta(days=k) for k in days]


def freshness(newest: date, cat: str, deliberate_edge: bool = False) -> str:
    """'overdue', 'due_soon' or 'fresh'; refuses dates whose verdict depends on the counting."""
    ds = deadlines(newest, cat)
    past = [(AS_OF - d).days for d in ds]  # > 0: overdue
    if all(p > 0 for p in past):
        if min(past) < 2 and not deliberate_edge:
            raise SystemExit(f"{newest} {cat}: overdue by less than 2 days")
        return "overdue"
    if any(p > 0 for p in past):
        raise SystemExit(f"{newest} {cat}: overdue or not depending on how months are counted")
    first = [(d - AS_OF).days + 1 for d in ds]  # days from as-of to the first overdue day
    if all(1 <= f <= 3 for f in first):
        if first[0] == 1 and cat == "news" and not deliberate_edge:
            raise SystemExit(f"{newest} {cat}: exactly at the limit, not declared deliberate")
        return "due_soon"
    if all(f >= 5 for f in first):
        return "fresh"
    raise SystemExit(f"{newest} {cat}: too close to the due-soon window edge ({first})")


# =============================================================================================
# Declarations
# =============================================================================================


@dataclass
class Col:
    slug: str                  # path under the site root, e.g. "xwzx/rxyw"
    name: str
    cat: str                   # the category the truth uses
    kind: str = "list"         # list | blank | single | missing | landing | channel
    newest: date | None = None
    n: int = 3
    step: int = 7
    style: str = "ul_i"
    group: str = ""
    cfg_cat: str | None = None  # township config: category written in sites.yaml (None: omitted)
    cfg_url: str | None = None  # township config: URL written in sites.yaml
    in_config: bool = True
    in_menu: bool = True
    blank_how: str = ""
    edge: bool = False          # deliberately at the limit
    per_page: int = 0           # >0: paginated
    pager: str = ""            # static | script
    note: str = ""
    items: list = field(default_factory=list)

    @property
    def path(self) -> str:
        return "/" + self.slug + "/"


D = date
# ---- the county portal 榕溪县人民政府 (columns discovered from the navigation) ----------------
PORTAL_GROUPS = [
    ("zjrx", "走进榕溪", False),   # (slug, name, has landing page)
    ("xwzx", "新闻中心", True),
    ("zwgk", "政务公开", True),
    ("hdjl", "互动交流", True),
    ("ztzl", "专题专栏", True),
]
PORTAL_COLUMNS = [
    Col("zjrx/xqgk", "县情概况", "other", kind="single", group="zjrx"),
    Col("zjrx/ldzc", "领导之窗", "other", kind="single", group="zjrx"),
    Col("zjrx/lswh", "历史文化", "other", kind="single", group="zjrx"),
    Col("xwzx/rxyw", "榕溪要闻", "news", newest=D(2024, 4, 29), n=13, step=3, style="ul_i", group="xwzx",
        per_page=6, pager="static"),
    Col("xwzx/bmdt", "部门动态", "news", newest=D(2024, 4, 9), n=3, step=11, style="listitem", group="xwzx"),
    Col("xwzx/xzdt", "乡镇动态", "news", newest=D(2024, 4, 17), n=3, step=8, style="dl", group="xwzx"),
    Col("xwzx/tpxw", "图片新闻", "news", newest=D(2024, 4, 27), n=5, step=4, style="cards", group="xwzx"),
    Col("zwgk/tzgg", "通知公告", "notice", newest=D(2024, 4, 26), n=12, step=9, style="fbrq", group="zwgk",
        per_page=5, pager="script"),
    Col("zwgk/gsgg", "公示公告", "notice", newest=D(2023, 9, 12), n=3, step=20, style="listitem", group="zwgk"),
    Col("zwgk/zcwj", "政策文件", "policy", newest=D(2024, 4, 22), n=4, step=16, style="doc", group="zwgk"),
    Col("zwgk/zcjd", "政策解读", "policy", newest=D(2024, 4, 25), n=3, step=15, style="date_first", group="zwgk"),
    Col("zwgk/rsxx", "人事信息", "personnel", newest=D(2023, 3, 20), n=3, step=40, style="paren", group="zwgk"),
    Col("zwgk/ghjh", "规划计划", "plan", newest=D(2023, 9, 20), n=2, step=120, style="cn", group="zwgk",
        note="7 months old plan column: within 12 months"),
    Col("zwgk/czzj", "财政资金", "policy", newest=D(2024, 4, 23), n=3, step=20, style="table", group="zwgk"),
    Col("zwgk/yjgl", "应急管理", "news", kind="blank", group="zwgk", blank_how="“暂无信息” in an otherwise empty list box"),
    Col("zwgk/zdxm", "重点项目", "news", kind="blank", group="zwgk",
        blank_how="an empty list whose filling script answers 404"),
    Col("zwgk/ggzy", "公共资源配置", "news", kind="blank", group="zwgk",
        blank_how="ten list rows holding only &nbsp; and whitespace"),
    Col("zwgk/ssj", "双随机一公开", "news", kind="blank", group="zwgk", newest=D(2024, 4, 18), n=3, step=9,
        blank_how="a real list inside a container of zero height with overflow hidden (nothing renders)"),
    Col("hdjl/xzxx", "县长信箱", "other", kind="channel", group="hdjl"),
    Col("hdjl/zjdc", "征集调查", "notice", newest=D(2024, 4, 22), n=2, step=30, style="zj", group="hdjl"),
    Col("ztzl/xczx", "乡村振兴", "news", newest=D(2024, 4, 28), n=3, step=6, style="cards", group="ztzl"),
    Col("ztzl/yshj", "优化营商环境", "news", newest=D(2024, 4, 24), n=3, step=7, style="cards", group="ztzl"),
    Col("ztzl/aqsc", "安全生产动态", "news", newest=D(2024, 3, 18), n=3, step=12, style="p_item", group="ztzl"),
]

# ---- the township 溪口镇人民政府 (columns listed in the config) ------------------------------
TOWN = "xkz"
TOWN_GROUPS = [("zwdt", "镇务动态"), ("xxgk", "信息公开"), ("msfw", "民生服务")]
TOWN_COLUMNS = [
    Col("xkz/zcdt", "镇村动态", "news", newest=D(2024, 4, 2), n=3, step=9, style="dl_fbrq", group="zwdt"),
    Col("xkz/gzdt", "工作动态", "news", newest=D(2024, 4, 16), n=3, step=6, style="datebox", group="zwdt",
        cfg_cat="news", edge=True, note="updated exactly 14 days before the as-of date: not overdue, due soon"),
    Col("xkz/djdt", "党建动态", "news", newest=D(2024, 3, 20), n=2, step=12, style="ul_i", group="zwdt", cfg_cat="news"),
    Col("xkz/xczx", "乡村振兴", "news", newest=D(2024, 3, 8), n=2, step=20, style="datebox", group="zwdt", cfg_cat="news"),
    Col("xkz/pajs", "平安建设", "news", newest=D(2024, 3, 29), n=2, step=15, style="dl_fbrq", group="zwdt", cfg_cat="news"),
    Col("xkz/whly", "文化旅游", "news", newest=D(2024, 4, 25), n=2, step=9, style="datebox", group="zwdt",
        in_config=False),
    Col("xkz/jgzn", "机构职能", "other", kind="single", group="xxgk", cfg_cat="other"),
    Col("xkz/tzgg", "通知公告", "notice", newest=D(2023, 8, 15), n=3, step=35, style="dl_fbrq", group="xxgk",
        cfg_url="{base}xkz/tzgg/"),
    Col("xkz/zcwj", "政策文件", "policy", newest=D(2023, 6, 30), n=2, step=60, style="lb", group="xxgk", cfg_cat="policy"),
    Col("xkz/ghjh", "规划计划", "plan", newest=D(2023, 7, 10), n=2, step=150, style="lb", group="xxgk", cfg_cat="plan",
        cfg_url="/xkz/ghjh/index.html", note="9½ months old plan column (slow page, configured as index.html)"),
    Col("xkz/rsrm", "人事任免", "personnel", newest=D(2023, 5, 1), n=2, step=90, style="ul_i", group="xxgk",
        cfg_cat="personnel", note="personnel column updated 2023-05-01: due within 1–2 days, not overdue"),
    Col("xkz/czyjs", "财政预决算", "other", newest=D(2022, 1, 20), n=2, step=300, style="lb", group="xxgk",
        cfg_cat="other", note="category other, newest item from 2022"),
    Col("xkz/tjxx", "统计信息", "policy", newest=D(2024, 4, 19), n=2, step=30, style="lb", group="xxgk",
        in_config=False),
    Col("xkz/cwgk", "村务公开", "notice", kind="missing", group="xxgk", in_menu=False),
    Col("xkz/msbz", "民生保障", "notice", kind="blank", group="msfw", cfg_cat="notice",
        blank_how="an empty list container, no rows and no text"),
    Col("xkz/bmfw", "便民服务", "news", kind="blank", group="msfw", blank_how="“暂无数据” in a definition list"),
    Col("xkz/aqsc", "安全生产", "news", kind="blank", group="msfw", cfg_cat="news",
        blank_how="cards filled by a script that loads but throws (TypeError) before writing a row"),
    Col("xkz/hjbh", "环境保护", "news", kind="blank", group="msfw",
        blank_how="a table with its header row only and a “共0条记录” pager"),
    Col("xkz/shjz", "社会救助", "notice", kind="blank", group="msfw", cfg_cat="notice",
        blank_how="eight skeleton rows: empty javascript: anchors and empty date cells"),
    Col("xkz/xfgz", "信访工作", "news", newest=D(2024, 4, 26), n=2, step=8, style="json", group="msfw",
        in_config=False),
    Col("xkz/jzfp", "精准扶贫", "news", kind="missing", group="msfw", in_menu=False, cfg_cat="news"),
]

PORTAL_SITE = "rongxi"
TOWN_SITE = "rongxi-xkz"
DOWN_SITES = [  # (id, name, path, server behaviour, why)
    ("rongxi-scjg", "榕溪县市场监督管理局", "/scjg/", {"status": 500}, "homepage answers 500 (a Java exception page), always"),
    ("rongxi-tzcj", "榕溪县投资促进中心", "/tzcj/", {"delay_ms": 40000}, "homepage hangs far past timeout_s (15 s)"),
]

# server delays on pages (all in pages[]); > SLOW_MS are site.slow
DELAYS: dict[str, tuple[str, int]] = {}   # path -> (site, ms); filled while writing pages

# =============================================================================================
# Titles and text
# =============================================================================================

TITLES = {
    "rxyw": ["县委常委会召开会议传达学习全国两会精神", "县政府召开第{n}次常务会议", "榕溪县召开一季度经济运行分析会",
             "县领导调研春耕备耕工作", "我县开展安全生产大检查", "榕溪县推进城乡环境综合整治",
             "县政府与省农科院签订战略合作协议", "全县优化营商环境大会召开", "县领导督导森林防火工作",
             "榕溪县举办2024年春季招聘会", "我县召开防汛工作部署会", "县人大常委会视察民生实事项目", "榕溪县召开信访工作联席会议"],
    "bmdt": ["县农业农村局开展春季动物防疫", "县住建局部署建筑施工安全检查", "县人社局走访企业送政策"],
    "xzdt": ["溪口镇开展人居环境整治", "城关镇召开防汛备汛会议", "石门乡举办茶叶采摘技能培训"],
    "tpxw": ["榕溪县第十届油菜花节开幕", "县城滨江公园改造完工", "春茶开采 茶农忙", "高速连接线通车", "乡村学校新操场投用"],
    "tzgg": ["关于做好2024年劳动节期间安全生产工作的通知", "关于开展2024年度政府信息公开工作考核的通知",
             "关于公布第二批县级非物质文化遗产代表性项目名录的通知", "关于做好清明节期间文明祭扫工作的通知",
             "关于开展2024年度统计执法检查的通知", "关于调整县城公交线路的通告", "关于榕溪大桥封闭施工的通告",
             "关于做好春节期间值班值守工作的通知", "关于开展冬春火灾防控工作的通知", "关于2024年元旦放假安排的通知",
             "关于征集2024年民生实事项目的公告", "关于开展冬季供水保障工作的通知"],
    "gsgg": ["2023年度县级文明单位拟表彰名单公示", "榕溪县城区控制性详细规划批前公示", "县级农业产业化龙头企业名单公示"],
    "zcwj": ["榕溪县人民政府关于印发《榕溪县2024年国民经济和社会发展计划》的通知",
             "榕溪县人民政府办公室关于印发榕溪县促进民营经济高质量发展若干措施的通知",
             "榕溪县人民政府关于进一步加强耕地保护的实施意见",
             "榕溪县人民政府办公室关于印发榕溪县城乡居民医疗保险实施办法的通知"],
    "zcjd": ["《榕溪县促进民营经济高质量发展若干措施》政策解读", "一图读懂《榕溪县2024年国民经济和社会发展计划》",
             "《关于进一步加强耕地保护的实施意见》解读"],
    "rsxx": ["榕溪县人民政府关于王建明等同志职务任免的通知", "2023年榕溪县事业单位公开招聘工作人员公告",
             "榕溪县人民政府关于林晓华等同志任职的通知"],
    "ghjh": ["榕溪县国土空间总体规划（2021—2035年）", "榕溪县“十四五”综合交通运输发展规划"],
    "czzj": ["榕溪县2024年一季度财政收支情况", "2024年县级惠民惠农财政补贴资金发放情况", "榕溪县2023年政府债务限额及余额情况"],
    "ssj": ["县市场监管局2024年第一批双随机抽查结果", "县生态环境局双随机抽查事项清单", "县交通运输局随机抽查计划"],
    "zjdc": ["关于《榕溪县城区养犬管理办法（征求意见稿）》公开征求意见的公告", "2024年民生实事项目网上征集"],
    "xczx": ["石门乡和美乡村建设见闻", "榕溪县召开乡村振兴重点工作推进会", "农村集体经济“破零”行动"],
    "yshj": ["“一件事一次办”再扩容", "县行政服务中心推出周末延时服务", "榕溪县涉企收费清单公布"],
    "aqsc": ["县安委办开展燃气安全专项检查", "我县召开安全生产工作会议", "县应急局开展危化品企业执法检查"],
    # township
    "zcdt": ["溪口镇召开村“两委”干部培训会", "镇领导走访慰问困难群众", "溪口镇开展河道清漂行动"],
    "gzdt": ["溪口镇开展防汛应急演练", "溪口镇召开一季度重点工作推进会", "溪口镇部署森林防火工作"],
    "djdt": ["溪口镇开展主题党日活动", "镇党委召开理论学习中心组学习会"],
    "pajs": ["溪口镇开展矛盾纠纷排查化解", "镇综治中心开展平安宣传进村"],
    "whly": ["溪口古街迎来踏青游客", "溪口镇举办乡村音乐节"],
    "tzgg_x": ["溪口镇关于做好秋季防火工作的通知", "溪口镇关于开展城乡居民医保征缴的通知", "溪口镇关于公开招聘网格员的公告"],
    "zcwj_x": ["溪口镇人民政府关于印发农村人居环境整治实施方案的通知", "溪口镇关于进一步规范村级财务管理的通知"],
    "ghjh_x": ["溪口镇2023年工作计划", "溪口镇国土空间规划（2021—2035年）"],
    "rsrm": ["溪口镇关于张丽等同志职务调整的通知", "溪口镇2023年公益性岗位招聘公告"],
    "czyjs": ["溪口镇2022年财政预算公开", "溪口镇2021年财政决算公开"],
    "tjxx": ["溪口镇2024年一季度主要经济指标", "溪口镇2023年国民经济统计公报"],
    "xfgz": ["溪口镇信访工作“三到位一处理”", "镇信访办开展领导接访日活动"],
    "xczx_x": ["溪口镇高标准农田建设完工", "溪口镇特色产业发展调研"],
}

PARAS = [
    "会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进各项工作落地见效。",
    "各乡镇、各有关部门要进一步提高思想认识，压紧压实工作责任，确保各项任务按时保质完成。",
    "下一步，将持续加强督促检查，及时协调解决工作中遇到的困难和问题，推动工作取得更大成效。",
    "活动现场，工作人员通过发放宣传资料、现场讲解等方式，向群众宣传相关政策法规。",
    "据了解，该项目总投资约1.2亿元，建成后将有效改善周边群众的生产生活条件。",
]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def ymd(d: date) -> str:
    return d.isoformat()


# =============================================================================================
# Pictures
# =============================================================================================

FILES: dict[str, bytes] = {}


def put(path: str, data: bytes | str) -> None:
    FILES[path] = data.encode("utf-8") if isinstance(data, str) else data


def img_bytes(im: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.convert("RGB").save(buf, "JPEG", quality=85)
    else:
        im.save(buf, fmt)
    return buf.getvalue()


def photo(w: int, h: int, seed: int, sky=(120, 170, 225), ground=(70, 130, 60)) -> bytes:
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), sky)
    d = ImageDraw.Draw(im)
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=tuple(int(sky[i] * (1 - t) + 250 * t * 0.3 + sky[i] * 0.0) for i in range(3)))
    for _ in range(4):
        x = r.randint(-w // 4, w)
        d.ellipse([x, int(h * 0.45) + r.randint(-20, 20), x + r.randint(w // 3, w), h + h // 2],
                  fill=tuple(max(0, min(255, c + r.randint(-30, 30))) for c in ground))
    for _ in range(10):
        x, bw, bh = r.randint(0, w), r.randint(w // 30, w // 12), r.randint(h // 8, h // 3)
        d.rectangle([x, h - bh - h // 10, x + bw, h - h // 10],
                    fill=(r.randint(150, 240), r.randint(150, 230), r.randint(140, 220)))
    return img_bytes(im.filter(ImageFilter.SMOOTH), "JPEG")


def fog(w: int, h: int) -> bytes:
    """A misty river photograph: low contrast, but a real picture."""
    im = Image.new("RGB", (w, h), (206, 210, 212))
    d = ImageDraw.Draw(im)
    r = random.Random(7)
    for i in range(6):
        y = int(h * (0.35 + i * 0.1))
        d.ellipse([r.randint(-200, w // 2), y, r.randint(w // 2, w + 200), y + h // 2],
                  fill=(180 - i * 6, 188 - i * 6, 190 - i * 5))
    d.rectangle([0, int(h * 0.8), w, h], fill=(170, 182, 188))
    return img_bytes(im.filter(ImageFilter.GaussianBlur(6)), "JPEG")


def portrait(w: int, h: int, seed: int) -> bytes:
    r = random.Random(seed)
    im = Image.new("RGB", (w, h), (40, 90, 170))
    d = ImageDraw.Draw(im)
    d.ellipse([w * 0.1, h * 0.62, w * 0.9, h * 1.4], fill=(30 + r.randint(0, 20), 30, 40))
    d.polygon([(w * 0.42, h * 0.62), (w * 0.58, h * 0.62), (w * 0.5, h * 0.85)], fill=(245, 245, 245))
    d.ellipse([w * 0.3, h * 0.2, w * 0.7, h * 0.62], fill=(232, 196, 168))
    d.ellipse([w * 0.28, h * 0.15, w * 0.72, h * 0.36], fill=(25, 25, 25))
    return img_bytes(im, "JPEG")


def placeholder(w: int, h: int, text: str, bg=(238, 238, 238), fg=(160, 160, 160)) -> bytes:
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    cx, cy = w // 2, h // 2 - 18
    d.rectangle([cx - 30, cy - 22, cx + 30, cy + 22], outline=fg, width=3)
    d.polygon([(cx - 24, cy + 16), (cx - 6, cy - 6), (cx + 8, cy + 10), (cx + 16, cy + 2), (cx + 24, cy + 16)], fill=fg)
    d.ellipse([cx + 10, cy - 16, cx + 20, cy - 6], fill=fg)
    f = font(20)
    tw = d.textlength(text, font=f)
    d.text((cx - tw / 2, cy + 32), text, font=f, fill=fg)
    return img_bytes(im, "PNG" if w < 400 else "JPEG")


def flat(w: int, h: int, color: tuple[int, int, int], fmt: str = "PNG") -> bytes:
    return img_bytes(Image.new("RGB", (w, h), color), fmt)


def icon(letter: str, color: tuple[int, int, int]) -> bytes:
    im = Image.new("RGBA", (16, 16), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([1, 0, 14, 15], fill=color + (255,), outline=(90, 90, 90, 255))
    d.text((4, 1), letter, fill=(255, 255, 255, 255), font=ImageFont.load_default())
    return img_bytes(im, "PNG")


def logo(text: str, w: int = 420, h: int = 72) -> bytes:
    im = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.ellipse([6, 6, h - 6, h - 6], fill=(200, 20, 20))
    d.ellipse([20, 20, h - 20, h - 20], fill=(250, 210, 60))
    d.text((h + 10, 12), text, font=font(34), fill=(190, 20, 20))
    return img_bytes(im, "PNG")


def banner(w: int, h: int, text: str, seed: int, base=(180, 30, 30)) -> bytes:
    im = Image.open(io.BytesIO(photo(w, h, seed)))
    d = ImageDraw.Draw(im)
    d.rectangle([0, h - 60, w, h], fill=base)
    d.text((24, h - 52), text, font=font(32), fill=(255, 255, 255))
    return img_bytes(im, "JPEG")


SPACER_GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
NGINX_404 = ("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
             "<hr><center>nginx/1.20.1</center>\r\n</body>\r\n</html>\r\n")

# =============================================================================================
# Truth
# =============================================================================================

FINDINGS: list[dict] = []
DECOYS: list[dict] = []
CRAWL_SEEDS: list[str] = []


def find(site: str, rule: str, url_path: str, note: str, target: str | None = None, certainty: str | None = None) -> None:
    e = {"site": site, "rule": rule, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    FINDINGS.append(e)


def decoy(site: str, rule: str, url_path: str, note: str, target: str | None = None, certainty: str | None = None) -> None:
    e = {"site": site, "rule": rule, "url_path": url_path}
    if target is not None:
        e["target"] = target
    if certainty:
        e["certainty"] = certainty
    e["note"] = note
    DECOYS.append(e)


# =============================================================================================
# The portal
# =============================================================================================

PORTAL_CSS = """
*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.6 "Microsoft YaHei",sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}.w1200{width:1200px;margin:0 auto}
.topbar{background:#eee;height:32px;line-height:32px;font-size:12px}.topbar .tb-r{float:right}
.header{background:#fff url(/images/head_bg.png) no-repeat right;height:110px}.header .logo img{margin-top:20px}
.search{float:right;margin-top:38px}.search input{height:30px;width:220px}
.mainnav{background:#b71c1c}.mainnav>ul{display:flex;width:1200px;margin:0 auto;list-style:none}
.mainnav li.nav-item{position:relative;flex:1;text-align:center}.mainnav li.nav-item>a{display:block;color:#fff;font-size:17px;line-height:50px}
.mainnav .subnav{display:none;position:absolute;top:50px;left:0;width:100%;background:#fff;box-shadow:0 2px 6px #999;z-index:9}
.mainnav .subnav a{display:block;line-height:36px;font-size:14px;border-bottom:1px solid #eee}
.mainnav li.nav-item:hover .subnav{display:block}
.crumb{line-height:40px}.wrap{display:flex;gap:20px;margin:10px auto 30px}.side{width:260px;background:#fff}
.side h2{background:#b71c1c;color:#fff;padding:10px 20px;font-size:18px}.side li{list-style:none;border-bottom:1px dashed #ddd;padding:8px 20px}
.side li.on a{color:#c00;font-weight:bold}.main{flex:1;background:#fff;padding:20px 30px;min-height:520px}
.main-tit{border-bottom:2px solid #b71c1c;font-size:18px;padding-bottom:8px;margin-bottom:12px}
.news_list li{list-style:none;display:flex;justify-content:space-between;line-height:38px;border-bottom:1px dashed #e3e3e3}
.news_list i{font-style:normal;color:#999}
.list-item{display:flex;justify-content:space-between;line-height:40px;border-bottom:1px dotted #ccc}.list-item .time{color:#888}
.dl-row{display:flex;justify-content:space-between;border-bottom:1px dashed #ddd;line-height:40px}.dl-row dd{color:#999}
.cards{display:flex;flex-wrap:wrap;gap:18px}.card{width:270px;border:1px solid #eee;position:relative}
.card .pic img{width:270px;height:180px;display:block;background:#f0f0f0}.card .tit{display:block;padding:8px 10px 8px 80px;min-height:56px}
.card .date{position:absolute;left:0;bottom:0;width:70px;height:56px;background:#b71c1c;color:#fff;text-align:center}
.card .date b{display:block;font-size:22px;line-height:30px}.card .date span{font-size:12px}
.fbrq li{list-style:none;border-bottom:1px solid #eee;padding:10px 0}.fbrq .meta{color:#999;font-size:12px}
.doc-row{display:flex;border-bottom:1px solid #eee;line-height:40px}.doc-row .bt{flex:1}.doc-row .wh{width:180px;color:#666}.doc-row .rq{width:110px;color:#999}
.doc-head{font-weight:bold;background:#f3f3f3}
.date-first li{list-style:none;line-height:38px}.date-first .date{display:inline-block;width:110px;color:#b71c1c}
.paren li{list-style:none;line-height:38px}.paren em{float:right;font-style:normal;color:#888}
.cn-list li{list-style:none;line-height:38px}.cn-list span{float:right;color:#888}
.list-tb{width:100%;border-collapse:collapse}.list-tb td{border-bottom:1px dashed #ddd;padding:8px}.list-tb td.d{width:120px;color:#999}
.p-item{line-height:38px;border-bottom:1px dashed #ddd}.p-item span{float:right;color:#888}
.zj-item{border-bottom:1px solid #eee;padding:10px 0}.zj-item .state{background:#2e7d32;color:#fff;padding:0 6px;margin:0 8px}
.zj-item .time{color:#999;font-size:12px;display:block}
.no-data{text-align:center;color:#999;padding:80px 0}
.pagination{text-align:center;margin:20px 0}.pagination a,.pagination span{display:inline-block;border:1px solid #ddd;padding:2px 10px;margin:0 3px}
.pagination .cur{background:#b71c1c;color:#fff}
.landing-block{width:48%;display:inline-block;vertical-align:top;margin:0 1% 20px}.landing-block h3{border-bottom:2px solid #b71c1c}
.landing-block h3 .more{float:right;font-size:12px;font-weight:normal}
.sub-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}.sub-grid a{display:block;background:#fbeaea;text-align:center;line-height:60px;font-size:16px}
.zt-banners a{display:block;margin-bottom:14px}.zt-banners img{width:100%;max-width:900px;height:120px;display:block}
.article h1{text-align:center;font-size:24px;margin:10px 0}.article .info{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}
.article .content{font-size:16px;line-height:2;padding:20px 0}.article .content p{text-indent:2em;margin-bottom:10px}
.article .content img{display:block;margin:10px auto;max-width:640px}.article .fj{background:#f8f8f8;padding:10px}
.article .fj img{vertical-align:middle;margin-right:4px}
.leader{display:flex;gap:20px;border-bottom:1px solid #eee;padding:16px 0}.leader img{width:150px;height:200px}
.footer{background:#7f1212;color:#f3d4d4;text-align:center;padding:20px;line-height:2;font-size:12px}.footer a{color:#f3d4d4}
.home-blocks{display:flex;gap:20px;flex-wrap:wrap}.home-blocks .blk{flex:1;min-width:380px;background:#fff;padding:10px 20px}
.slider{position:relative;height:300px;overflow:hidden}.slider img{width:100%;height:300px;object-fit:cover}
.services a{display:inline-block;background:#fff3e0;margin:6px;padding:8px 16px}
"""

PAGER_JS = """/* 分页: createPage(总页数, 当前页, 文件名前缀, 扩展名) */
function createPage(total, cur, prefix, ext) {
  var box = document.getElementById('pageBar');
  if (!box) { return; }
  function name(i) { return i === 1 ? prefix + '.' + ext : prefix + '_' + i + '.' + ext; }
  var h = '<span>共' + total + '页</span>';
  h += cur > 1 ? '<a href=\\'' + name(1) + '\\'>首页</a><a href=\\'' + name(cur - 1) + '\\'>上一页</a>' : '<span>首页</span><span>上一页</span>';
  for (var i = 1; i <= total; i++) {
    h += i === cur ? '<span class=\\'cur\\'>' + i + '</span>' : '<a href=\\'' + name(i) + '\\'>' + i + '</a>';
  }
  h += cur < total ? '<a href=\\'' + name(cur + 1) + '\\'>下一页</a><a href=\\'' + name(total) + '\\'>尾页</a>' : '<span>下一页</span><span>尾页</span>';
  box.innerHTML = h;
}
"""

LAZY_JS = """/* 图片懒加载：页面加载后把 data-src 换到 src */
(function () {
  function swap() {
    var imgs = document.querySelectorAll('img[data-src]');
    for (var i = 0; i < imgs.length; i++) {
      imgs[i].setAttribute('src', imgs[i].getAttribute('data-src'));
      imgs[i].removeAttribute('data-src');
    }
  }
  if (document.readyState === 'complete') { setTimeout(swap, 150); }
  else { window.addEventListener('load', function () { setTimeout(swap, 150); }); }
})();
"""

COMMON_JS = """(function () {
  var el = document.getElementById('today');
  if (el) {
    var d = new Date(), w = '日一二三四五六';
    el.innerHTML = '今天是：' + d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 星期' + w.charAt(d.getDay());
  }
  var ext = document.getElementById('lk-city');
  if (ext) { ext.setAttribute('href', 'http://localhost:' + location.port + '/wz/'); }
})();
"""


def portal_nav(active_group: str = "") -> str:
    out = ['<div class="mainnav"><ul>', '<li class="nav-item"><a href="/">首页</a></li>']
    for gslug, gname, has_landing in PORTAL_GROUPS:
        cols = [c for c in PORTAL_COLUMNS if c.group == gslug]
        top = f"/{gslug}/" if has_landing else cols[0].path
        cls = "nav-item on" if gslug == active_group else "nav-item"
        sub = "".join(f'<a href="{c.path}">{esc(c.name)}</a>' for c in cols)
        out.append(f'<li class="{cls}"><a href="{top}">{gname}</a><div class="subnav">{sub}</div></li>')
    out.append("</ul></div>")
    return "".join(out)


def portal_page(title: str, body: str, group: str = "", scripts: str = "", head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}-榕溪县人民政府</title>
<meta name="keywords" content="榕溪县,政府,{esc(title)}">
<link rel="stylesheet" href="/css/portal.css">{head_extra}
</head>
<body>
<div class="topbar"><div class="w1200"><span id="today"></span><span class="tb-r"><a href="javascript:void(0)" onclick="window.external&&0">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a> | <a href="javascript:void(0)">English</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="榕溪县人民政府" width="420" height="72"></a>
<form class="search" action="/jsearchfront/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
{portal_nav(group)}
{body}
<div class="footer">
<p>主办单位：榕溪县人民政府办公室　承办单位：榕溪县融媒体中心　联系电话：0599-5821234</p>
<p>网站标识码：3507240001　<span>闽ICP备05012345号-1</span>　<span>闽公网安备 35072402000123号</span>　<a href="javascript:void(0)">我为政府网站找错</a></p>
<p><img src="/images/dzjg.png" alt="党政机关" width="42" height="50"> 建议使用1366×768分辨率浏览本网站</p>
</div>
<script src="/js/common.js"></script>{scripts}
</body>
</html>
"""


def crumb(*parts: tuple[str, str | None]) -> str:
    bits = ['<a href="/">首页</a>']
    for name, href in parts:
        bits.append(f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
    return f'<div class="crumb w1200">当前位置：{" &gt; ".join(bits)}</div>'


def side(group: str, active: str) -> str:
    gname = next(g[1] for g in PORTAL_GROUPS if g[0] == group)
    lis = "".join(f'<li class="{"on" if c.slug == active else ""}"><a href="{c.path}">{esc(c.name)}</a></li>'
                  for c in PORTAL_COLUMNS if c.group == group)
    return f'<div class="side"><h2>{gname}</h2><ul>{lis}</ul></div>'


def group_crumb(c: Col) -> tuple[str, str]:
    g = next(g for g in PORTAL_GROUPS if g[0] == c.group)
    cols = [x for x in PORTAL_COLUMNS if x.group == c.group]
    return g[1], (f"/{g[0]}/" if g[2] else cols[0].path)


def item_html(style: str, href: str, title: str, d: date, img: str | None = None, extra: str = "") -> str:
    t = esc(title)
    a = f'<a href="{href}" title="{t}" target="_blank">{t}</a>'
    if style == "ul_i":
        return f"<li>{a}<i>{d:%Y.%m.%d}</i></li>"
    if style == "listitem":
        return f'<div class="list-item">{a}<span class="time">{ymd(d)}</span></div>'
    if style == "dl":
        return f'<dl class="dl-row"><dt>{a}</dt><dd>{d.year}年{d:%m}月{d:%d}日</dd></dl>'
    if style == "cards":
        return (f'<div class="card"><div class="pic"><img src="/images/spacer.gif" data-src="{img}" alt="{t}"></div>'
                f'<a class="tit" href="{href}" target="_blank">{t}</a>'
                f'<div class="date"><b>{d:%d}</b><span>{d:%Y-%m}</span></div></div>')
    if style == "fbrq":
        return f'<li>{a}<p class="meta">发布日期：{d.year}年{d.month}月{d.day}日　{extra}</p></li>'
    if style == "doc":
        return (f'<div class="doc-row"><span class="bt">{a}</span><span class="wh">{esc(extra)}</span>'
                f'<span class="rq">{d:%Y/%m/%d}</span></div>')
    if style == "date_first":
        return f'<li><span class="date">{ymd(d)}</span>{a}</li>'
    if style == "paren":
        return f"<li>{a}<em>({ymd(d)})</em></li>"
    if style == "cn":
        return f"<li>{a}<span>{d.year}年{d.month}月{d.day}日</span></li>"
    if style == "table":
        return f'<tr><td class="t">{a}</td><td class="d">{ymd(d)}</td></tr>'
    if style == "p_item":
        return f'<p class="p-item">{a}<span>[{ymd(d)}]</span></p>'
    if style == "zj":
        end = d + timedelta(days=30)
        return (f'<div class="zj-item">{a}<span class="state">{"进行中" if end >= AS_OF else "已结束"}</span>'
                f'<span class="time">征集时间：{ymd(d)} 至 {ymd(end)}</span></div>')
    raise ValueError(style)


def wrap_list(style: str, rows: list[str]) -> str:
    body = "\n".join(rows)
    return {
        "ul_i": f'<ul class="news_list">\n{body}\n</ul>',
        "listitem": f'<div class="list-box">\n{body}\n</div>',
        "dl": f'<div class="dl-list">\n{body}\n</div>',
        "cards": f'<div class="cards">\n{body}\n</div>',
        "fbrq": f'<ul class="fbrq">\n{body}\n</ul>',
        "doc": f'<div class="doc-list"><div class="doc-row doc-head"><span class="bt">标题</span><span class="wh">文号</span>'
               f'<span class="rq">成文日期</span></div>\n{body}\n</div>',
        "date_first": f'<ul class="date-first">\n{body}\n</ul>',
        "paren": f'<ul class="paren">\n{body}\n</ul>',
        "cn": f'<ul class="cn-list">\n{body}\n</ul>',
        "table": f'<table class="list-tb">\n{body}\n</table>',
        "p_item": f'<div class="p-list">\n{body}\n</div>',
        "zj": f'<div class="zj-list">\n{body}\n</div>',
    }[style]


@dataclass
class Item:
    title: str
    d: date
    href: str
    img: str | None = None
    extra: str = ""
    deleted: bool = False
    page_extra: str = ""       # extra HTML in the article body
    delay: int = 0


def portal_article(c: Col, it: Item) -> None:
    gname, ghref = group_crumb(c)
    src = "榕溪县人民政府办公室" if c.group == "zwgk" else "榕溪县融媒体中心"
    paras = "".join(f"<p>{p}</p>" for p in PARAS[: 3 + (len(it.title) % 3)])
    wh = f"<p>{esc(it.extra)}</p>" if c.style == "doc" else ""
    body = f"""{crumb((gname, ghref), (c.name, c.path), ("正文", None))}
<div class="wrap w1200"><div class="main article">
<h1>{esc(it.title)}</h1>
<div class="info">发布时间：{ymd(it.d)} 09:{len(it.title):02d}　来源：{src}　浏览次数：<span id="hits">{100 + len(it.title) * 7}</span>　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="content">{wh}{paras}{it.page_extra}</div>
</div></div>"""
    put(it.href, portal_page(it.title, body, c.group))


POST_ID = [2_451_100]


def next_post() -> int:
    POST_ID[0] += 37
    return POST_ID[0]


def build_items(c: Col, key: str | None = None) -> list[Item]:
    titles = TITLES[key or c.slug.split("/")[-1]]
    items = []
    for i in range(c.n):
        d = c.newest - timedelta(days=c.step * i + (i * i) % 3)
        if i == 0:
            d = c.newest
        pid = next_post()
        if c.slug == "zwgk/zcwj":
            href = f"/gkmlpt/content/2/{pid // 1000}/post_{pid}.html"
        else:
            href = f"/{c.slug}/content/post_{pid}.html"
        title = titles[i % len(titles)].replace("{n}", str(30 - i))
        items.append(Item(title, d, href))
    return items


def write_portal() -> None:
    put("/css/portal.css", PORTAL_CSS)
    put("/js/pager.js", PAGER_JS)
    put("/js/lazyload.js", LAZY_JS)
    put("/js/common.js", COMMON_JS)
    put("/images/logo.png", logo("榕溪县人民政府"))
    FILES["/images/head_bg.png"] = img_bytes(
        Image.open(io.BytesIO(photo(600, 110, 3, sky=(250, 236, 236), ground=(236, 200, 200)))), "PNG")
    # the 党政机关 badge: a red emblem shape
    im = Image.new("RGB", (42, 50), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.ellipse([4, 2, 38, 36], fill=(210, 20, 20))
    dr.text((9, 36), "党政", font=font(11), fill=(200, 0, 0))
    FILES["/images/dzjg.png"] = img_bytes(im, "PNG")
    put("/images/spacer.gif", SPACER_GIF)
    put("/images/icon_pdf.png", icon("P", (200, 30, 30)))
    put("/images/icon_doc.png", icon("W", (30, 80, 200)))
    put("/images/icon_xls.png", icon("X", (30, 140, 60)))
    put("/images/banner_1.jpg", banner(1200, 300, "奋力谱写榕溪高质量发展新篇章", 11))
    put("/images/banner_2.jpg", banner(1200, 300, "优化营商环境 建设美丽榕溪", 12))

    cols = {c.slug: c for c in PORTAL_COLUMNS}
    items: dict[str, list[Item]] = {}
    for c in PORTAL_COLUMNS:
        if c.kind == "list" or (c.kind == "blank" and c.newest):
            items[c.slug] = build_items(c)

    # ---- plantings on items ----------------------------------------------------------------
    # 通知公告: one listed notice was deleted (its page is gone) — on the last script page
    tz = items["zwgk/tzgg"]
    tz[10].deleted = True
    # 政策文件 (集约化 gkmlpt articles): 文号, attachments
    zc = items["zwgk/zcwj"]
    for i, it in enumerate(zc):
        it.extra = f"榕政{'办' if i % 2 else ''}〔{it.d.year}〕{12 - i * 3}号"
    att_ok = zc[0].href.rsplit("/", 1)[0] + "/P020240422391256108.pdf"
    put(att_ok, b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    zc[0].page_extra = (f'<div class="fj">附件：<img src="/images/icon_pdf.png" width="16" height="16" alt="">'
                        f'<a href="{att_ok}">2024年国民经济和社会发展计划.pdf</a></div>')
    att_missing = zc[1].href.rsplit("/", 1)[0] + "/P020240405583216270.pdf"
    zc[1].page_extra = (f'<div class="fj">附件：<img src="/images/icon_pdf.png" width="16" height="16" alt="">'
                        f'<a href="{att_missing}">榕溪县促进民营经济高质量发展若干措施.pdf</a></div>')
    find(PORTAL_SITE, "link.broken", zc[1].href, "policy attachment never uploaded (404)", att_missing, "definite")
    att_flaky = zc[2].href.rsplit("/", 1)[0] + "/P020240307402118765.xlsx"
    put(att_flaky, b"PK\x03\x04" + b"\x00" * 200)
    zc[2].page_extra = (f'<div class="fj">附件：<img src="/images/icon_xls.png" width="16" height="16" alt="">'
                        f'<a href="{att_flaky}">耕地保护目标责任分解表.xlsx</a></div>')
    ROUTES[att_flaky] = {"fail_first": 1, "status": 503}
    decoy(PORTAL_SITE, "link.broken", zc[2].href, "attachment answers 503 once, then 200", att_flaky)
    decoy(PORTAL_SITE, "link.broken", zc[0].href, "an attachment that exists", att_ok)
    zc[3].delay = 3800
    zc[3].page_extra = (f'<div class="fj">附件：<img src="/images/icon_doc.png" width="16" height="16" alt="">'
                        f'<a href="{zc[3].href.rsplit("/", 1)[0]}/P020240201778812345.doc">医保实施办法.doc</a></div>')
    put(zc[3].href.rsplit("/", 1)[0] + "/P020240201778812345.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # 榕溪要闻: pictures in articles; one is an nginx error page saved as .jpg
    ry = items["xwzx/rxyw"]
    for i, it in enumerate(ry[:5]):
        p = f"/xwzx/rxyw/content/img/{it.d:%Y%m}/{1000 + i}.jpg"
        if i == 3:
            put(p, NGINX_404)
            find(PORTAL_SITE, "image.broken", it.href, "an nginx 404 page saved under a picture's name (undecodable)", p)
        else:
            put(p, photo(640, 400, 100 + i))
        it.page_extra = f'<p style="text-indent:0"><img src="{p}" alt="{esc(it.title)}" width="640" height="400"></p>'
    # 图片新闻 cards: lazily loaded thumbnails; one data-src file was never uploaded
    tp = items["xwzx/tpxw"]
    for i, it in enumerate(tp):
        it.img = f"/uploads/tpxw/{it.d:%Y%m%d}_{i}.jpg"
        if i == 2:
            find(PORTAL_SITE, "image.broken", "/xwzx/tpxw/", "lazily loaded card thumbnail whose file is gone (404)", it.img)
        else:
            put(it.img, photo(540, 360, 200 + i))
            decoy(PORTAL_SITE, "image.broken", "/xwzx/tpxw/", "lazily loaded thumbnail (data-src swapped by a working script)", it.img)
    for key, seed in (("ztzl/xczx", 300), ("ztzl/yshj", 320)):
        for i, it in enumerate(items[key]):
            it.img = f"/uploads/{key.split('/')[1]}/{it.d:%Y%m%d}_{i}.jpg"
            if key == "ztzl/yshj" and i == 1:
                put(it.img, placeholder(540, 360, "暂无图片"))
                find(PORTAL_SITE, "image.broken", "/ztzl/yshj/", "占位图: the template's “暂无图片” graphic as a card thumbnail", it.img)
            else:
                put(it.img, photo(540, 360, seed + i))
    # 政策解读 page is slow, but under slow_ms
    DELAYS["/zwgk/zcjd/"] = (PORTAL_SITE, 2600)
    decoy(PORTAL_SITE, "site.slow", "/zwgk/zcjd/", "answers after 2600 ms, under slow_ms 3000")

    # ---- column pages ------------------------------------------------------------------------
    for c in PORTAL_COLUMNS:
        gname, ghref = group_crumb(c)
        head = f'{crumb((gname, ghref), (c.name, None))}\n<div class="wrap w1200">{side(c.group, c.slug)}<div class="main">' \
               f'<div class="main-tit">{esc(c.name)}</div>'
        tail = "</div></div>"
        scripts = ""
        if c.kind == "single":
            content = single_page(c)
            put(c.path + "index.html", portal_page(c.name, head + content + tail, c.group))
            continue
        if c.kind == "channel":
            content = ('<div class="mail-form"><p>县长信箱受理范围：对全县经济社会发展的意见建议、对政府工作的批评等。</p>'
                       '<form action="/hdjl/xzxx/submit.do" method="post"><p>姓名：<input name="xm"></p><p>联系电话：<input name="dh"></p>'
                       '<p>标题：<input name="bt"></p><p>内容：<textarea name="nr" rows="8" cols="60"></textarea></p>'
                       '<p><button type="submit">提交</button></p></form></div>')
            put(c.path + "index.html", portal_page(c.name, head + content + tail, c.group))
            decoy(PORTAL_SITE, "column.blank", c.path, "县长信箱: a letter form (a channel), not a list column", c.name)
            continue
        if c.kind == "blank":
            find(PORTAL_SITE, "column.blank", c.path, c.blank_how, c.name)
            if c.slug == "zwgk/yjgl":
                content = '<div class="list-box"><ul class="news_list"></ul><p class="no-data">暂无信息</p></div>'
            elif c.slug == "zwgk/zdxm":
                content = '<div class="list-box" id="xmList"></div>'
                scripts = ('\n<script src="/js/zdxm/list-data.js"></script>\n<script>if (window.XMDATA) { '
                           "var b = document.getElementById('xmList'); b.innerHTML = window.XMDATA.map(function (x) "
                           "{ return '<div class=\\'list-item\\'><a>' + x.t + '</a><span class=\\'time\\'>' + x.d + '</span></div>'; }).join(''); }</script>")
            elif c.slug == "zwgk/ggzy":
                rows = "\n".join("<li>&nbsp;&nbsp;<i>&nbsp;</i></li>" if i % 2 else "<li> \n  </li>" for i in range(10))
                content = f'<ul class="news_list">\n{rows}\n</ul>'
            elif c.slug == "zwgk/ssj":
                its = items[c.slug]
                for it in its:
                    portal_article(c, it)
                rows = [item_html("listitem", it.href, it.title, it.d) for it in its]
                content = f'<div class="list-wrap" style="height:0;overflow:hidden">{wrap_list("listitem", rows)}</div>'
            put(c.path + "index.html", portal_page(c.name, head + content + tail, c.group, scripts))
            continue
        its = items[c.slug]
        for it in its:
            if not it.deleted:
                portal_article(c, it)
            if it.delay:
                DELAYS[it.href] = (PORTAL_SITE, it.delay)
        truth_for_column(PORTAL_SITE, c, max(it.d for it in its))
        pages = [its] if not c.per_page else [its[i:i + c.per_page] for i in range(0, len(its), c.per_page)]
        for pno, chunk in enumerate(pages, 1):
            rows = [item_html(c.style, it.href, it.title, it.d, it.img, it.extra) for it in chunk]
            content = wrap_list(c.style, rows)
            scripts = '\n<script src="/js/lazyload.js"></script>' if c.style == "cards" else ""
            if c.pager == "static":
                fname = "index.html" if pno == 1 else f"list_{pno}.html"
                def nm(i: int) -> str:
                    return "index.html" if i == 1 else f"list_{i}.html"
                links = [f'<a href="{nm(1)}">首页</a>']
                if pno > 1:
                    links.append(f'<a href="{nm(pno - 1)}">上一页</a>')
                for i in range(1, len(pages) + 1):
                    links.append(f'<span class="cur">{i}</span>' if i == pno else f'<a href="{nm(i)}">{i}</a>')
                if pno < len(pages):
                    links.append(f'<a href="{nm(pno + 1)}">下一页</a>')
                links.append(f'<a href="{nm(len(pages))}">尾页</a>')
                content += f'<div class="pagination">{"".join(links)}<span>共{len(its)}条</span></div>'
            elif c.pager == "script":
                fname = "index.html" if pno == 1 else f"index_{pno}.html"
                content += f'<div class="pagination" id="pageBar"></div>'
                scripts += f'\n<script src="/js/pager.js"></script>\n<script>createPage({len(pages)}, {pno}, "index", "html");</script>'
                if pno > 1:
                    CRAWL_SEEDS.append(c.path + fname)
            else:
                fname = "index.html"
            put(c.path + fname, portal_page(c.name if pno == 1 else f"{c.name}_第{pno}页", head + content + tail, c.group, scripts))
            if pno > 1:
                newest_here = max(it.d for it in chunk)
                decoy(PORTAL_SITE, "column.overdue", c.path + fname,
                      f"page {pno} of a paginated list (newest {newest_here}): not a column of its own", c.name)
                decoy(PORTAL_SITE, "column.blank", c.path + fname, f"page {pno} of a paginated list", c.name)
            for it in chunk:
                if it.deleted:
                    find(PORTAL_SITE, "link.broken", c.path + fname,
                         "a deleted notice still listed on the last page of a script-paginated list (404)", it.href, "definite")
        if c.slug == "xwzx/rxyw":
            DELAYS["/xwzx/rxyw/list_2.html"] = (PORTAL_SITE, 3400)

    # ---- landing pages -------------------------------------------------------------------------
    # 新闻中心: blocks with the newest items of each sub-column
    blocks = []
    for c in PORTAL_COLUMNS:
        if c.group == "xwzx":
            lis = "".join(f'<li><a href="{it.href}">{esc(it.title)}</a><i>{ymd(it.d)}</i></li>' for it in items[c.slug][:5])
            blocks.append(f'<div class="landing-block"><h3>{esc(c.name)}<a class="more" href="{c.path}">更多&gt;&gt;</a></h3>'
                          f'<ul class="news_list">{lis}</ul></div>')
    put("/xwzx/index.html", portal_page("新闻中心", f'{crumb(("新闻中心", None))}<div class="wrap w1200"><div class="main">{"".join(blocks)}</div></div>', "xwzx"))
    decoy(PORTAL_SITE, "column.blank", "/xwzx/", "新闻中心 landing page: blocks of its sub-columns", "新闻中心")
    decoy(PORTAL_SITE, "column.overdue", "/xwzx/", "新闻中心 landing page (shows the overdue 部门动态 block too)", "新闻中心")
    # 政务公开: a grid of sub-column links, no dates
    grid = "".join(f'<a href="{c.path}">{esc(c.name)}</a>' for c in PORTAL_COLUMNS if c.group == "zwgk")
    put("/zwgk/index.html", portal_page("政务公开", f'{crumb(("政务公开", None))}<div class="wrap w1200"><div class="main">'
                                        f'<div class="main-tit">政务公开</div><div class="sub-grid">{grid}</div>'
                                        f'<p style="margin-top:20px">政府信息公开工作由县政府办公室负责组织实施。</p></div></div>', "zwgk"))
    decoy(PORTAL_SITE, "column.blank", "/zwgk/", "政务公开 landing page: a grid of sub-column links", "政务公开")
    # 互动交流
    grid = "".join(f'<a href="{c.path}">{esc(c.name)}</a>' for c in PORTAL_COLUMNS if c.group == "hdjl")
    put("/hdjl/index.html", portal_page("互动交流", f'{crumb(("互动交流", None))}<div class="wrap w1200"><div class="main">'
                                        f'<div class="main-tit">互动交流</div><div class="sub-grid">{grid}</div></div></div>', "hdjl"))
    decoy(PORTAL_SITE, "column.blank", "/hdjl/", "互动交流 landing page: links to its channel and column", "互动交流")
    # 专题专栏: banners
    put("/images/zt/yshj.jpg", banner(900, 120, "持续优化营商环境", 41, base=(20, 90, 160)))
    put("/images/zt/xczx.jpg", banner(900, 120, "全面推进乡村振兴", 42, base=(40, 120, 40)))
    put("/images/zt/aqsc.png", flat(900, 120, (214, 58, 48)))
    put("/images/zt/dszx.jpg", banner(900, 120, "党史学习教育（已归档）", 43))
    ROUTES["/images/zt/yshj.jpg"] = {"delay_ms": 2000}
    ROUTES["/ztzl/2021dszx/"] = {"status": 403}
    zt = (f'<div class="zt-banners">'
          f'<a href="/ztzl/yshj/"><img src="/images/zt/yshj.jpg" alt="持续优化营商环境" width="900" height="120"></a>'
          f'<a href="/ztzl/xczx/"><img src="/images/zt/xczx.jpg" alt="全面推进乡村振兴" width="900" height="120"></a>'
          f'<a href="/ztzl/aqsc/"><img src="/images/zt/aqsc.png" alt="安全生产专项整治" width="900" height="120"></a>'
          f'<a href="/ztzl/2021dszx/"><img src="/images/zt/dszx.jpg" alt="党史学习教育" width="900" height="120"></a></div>')
    put("/ztzl/index.html", portal_page("专题专栏", f'{crumb(("专题专栏", None))}<div class="wrap w1200"><div class="main">'
                                        f'<div class="main-tit">专题专栏</div>{zt}</div></div>', "ztzl"))
    find(PORTAL_SITE, "image.broken", "/ztzl/", "a 专题 banner that is a flat single-colour box (the artwork never replaced it)",
         "/images/zt/aqsc.png")
    find(PORTAL_SITE, "link.broken", "/ztzl/", "an archived 专题 folder that now answers 403", "/ztzl/2021dszx/", "definite")
    decoy(PORTAL_SITE, "image.broken", "/ztzl/", "a 专题 banner served after 2000 ms (loads)", "/images/zt/yshj.jpg")
    decoy(PORTAL_SITE, "column.blank", "/ztzl/", "专题专栏 landing page: banners linking to 专题", "专题专栏")

    # ---- homepage ----------------------------------------------------------------------------
    def block(title: str, c: Col, n: int, fmt: str) -> str:
        lis = "".join(f'<li><a href="{it.href}" title="{esc(it.title)}">{esc(it.title)}</a><i>{it.d.strftime(fmt)}</i></li>'
                      for it in items[c.slug][:n] if not it.deleted)
        return f'<div class="blk"><h3>{title}<a class="more" href="{c.path}" style="float:right">更多</a></h3><ul class="news_list">{lis}</ul></div>'

    home = f"""<div class="w1200" style="margin-top:12px">
<div class="slider" id="slider"><a href="/xwzx/rxyw/"><img src="/images/banner_1.jpg" alt="榕溪高质量发展" width="1200" height="300"></a></div>
<div class="home-blocks" style="margin-top:16px">
{block("榕溪要闻", cols["xwzx/rxyw"], 7, "%Y-%m-%d")}
{block("通知公告", cols["zwgk/tzgg"], 6, "%m-%d")}
{block("政策文件", cols["zwgk/zcwj"], 4, "%Y-%m-%d")}
{block("乡村振兴", cols["ztzl/xczx"], 3, "%Y-%m-%d")}
</div>
<div class="services"><h3>办事服务</h3>
<a href="/bsfw/cx/query.jsp">办件进度查询</a><a href="/hdjl/xzxx/">县长信箱</a><a href="/zwgk/zcwj/">政策文件库</a>
<a href="javascript:void(0)" onclick="alert('请前往省网上办事大厅')">网上办事大厅</a>
</div>
<div class="links" style="background:#fff;padding:10px 20px;margin:10px 0">友情链接：<a id="lk-city" href="javascript:void(0)" target="_blank">市政府门户网站</a></div>
<img src="/images/banner_2.jpg" alt="优化营商环境" width="1200" height="300" style="display:block;margin:10px 0">
</div>"""
    put("/index.html", portal_page("首页", home))
    ROUTES["/bsfw/cx/query.jsp"] = {"status": 502}
    find(PORTAL_SITE, "link.broken", "/", "the online progress query answers 502 every time (suspect)", "/bsfw/cx/query.jsp", "suspect")
    decoy(PORTAL_SITE, "link.broken", "/", "a friendly link to another host (localhost) that answers 200", "/wz/")
    decoy(PORTAL_SITE, "link.broken", "/", "the search form's action (not a link)", "/jsearchfront/search.do")
    decoy(PORTAL_SITE, "image.broken", "/", "the second banner (a real photo)", "/images/banner_2.jpg")
    decoy(PORTAL_SITE, "image.broken", "/", "the 党政机关 badge", "/images/dzjg.png")
    decoy(PORTAL_SITE, "image.broken", "/", "the logo on white", "/images/logo.png")
    put("/wz/index.html", '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市政府门户网站</title></head>'
                          '<body><h1>市人民政府门户网站</h1><p>欢迎访问。</p></body></html>')
    decoy(PORTAL_SITE, "column.blank_many", "/", "the portal has 4 blank columns (under 5)")
    decoy(PORTAL_SITE, "column.overdue_many", "/", "the portal has 4 overdue columns, 3 of them news/notice")


def single_page(c: Col) -> str:
    if c.slug == "zjrx/xqgk":
        put("/zjrx/xqgk/images/jiangjing.jpg", fog(800, 450))
        decoy(PORTAL_SITE, "image.broken", c.path, "a misty river photograph: low contrast but a real picture",
              "/zjrx/xqgk/images/jiangjing.jpg")
        decoy(PORTAL_SITE, "column.blank", c.path, "县情概况: a single-page column (text and a photo, no list)", c.name)
        return ('<div class="article"><div class="content">'
                '<p>榕溪县位于省境东北部，地处武夷山脉南麓，总面积2316平方公里，辖9镇6乡，户籍人口38.6万人。</p>'
                '<p><img src="/zjrx/xqgk/images/jiangjing.jpg" alt="榕溪晨雾" width="800" height="450"></p>'
                '<p>县境属中亚热带季风气候，年平均气温18.7℃，森林覆盖率78.3%，是全国重点产茶县、国家生态文明建设示范县。</p>'
                '<p>2023年，全县实现地区生产总值312.5亿元，同比增长5.9%；一般公共预算收入14.2亿元。</p></div></div>')
    if c.slug == "zjrx/ldzc":
        rows = []
        for i, (name, post, duty) in enumerate([
            ("陈立新", "县委副书记、县长", "主持县政府全面工作，负责审计方面工作。"),
            ("黄海燕", "县委常委、常务副县长", "负责发展改革、财政、税务、统计等方面工作。"),
            ("吴志强", "副县长", "负责农业农村、水利、林业、乡村振兴等方面工作。"),
        ]):
            p = f"/zjrx/ldzc/images/ld{i + 1}.jpg"
            put(p, portrait(150, 200, 60 + i))
            decoy(PORTAL_SITE, "image.broken", c.path, "a leader's portrait", p)
            rows.append(f'<div class="leader"><img src="{p}" alt="{name}" width="150" height="200"><div><h3>{name}</h3>'
                        f"<p>职务：{post}</p><p>分工：{duty}</p></div></div>")
        decoy(PORTAL_SITE, "column.blank", c.path, "领导之窗: leaders with photos and paragraphs, no list", c.name)
        return "".join(rows)
    if c.slug == "zjrx/lswh":
        decoy(PORTAL_SITE, "column.blank", c.path, "历史文化: a single page of text", c.name)
        decoy(PORTAL_SITE, "column.overdue", c.path, "历史文化: mentions old years, is not a list", c.name)
        return ('<div class="article"><div class="content"><p>榕溪建县于北宋淳化五年（994年），迄今已有一千余年历史。</p>'
                '<p>境内有国家级文物保护单位2处，省级文物保护单位11处；1987年5月12日发现的古窑址群被列为省级重点遗址。</p>'
                '<p>传统技艺“榕溪红茶制作技艺”于2011年6月入选国家级非物质文化遗产名录。</p></div></div>')
    raise ValueError(c.slug)


def truth_for_column(site: str, c: Col, newest: date) -> None:
    if c.cat == "other":
        decoy(site, "column.overdue", c.path, f"category other (newest {newest}): no limit", c.name)
        return
    st = freshness(newest, c.cat, c.edge)
    c.items = [st]
    if st == "overdue":
        find(site, "column.overdue", c.path, f"{c.cat} column, newest entry {newest}", c.name)
        decoy(site, "column.blank", c.path, "overdue, not blank", c.name)
    elif st == "due_soon":
        find(site, "column.due_soon", c.path, f"{c.cat} column, newest entry {newest}: "
             + (c.note or "becomes overdue within 3 days"), c.name)
        decoy(site, "column.overdue", c.path, f"newest entry {newest}: due soon, not yet overdue", c.name)
    else:
        if c.note:
            decoy(site, "column.overdue", c.path, c.note, c.name)
        decoy(site, "column.due_soon", c.path, f"{c.cat} column, newest entry {newest}: fresh", c.name)


# =============================================================================================
# The township
# =============================================================================================

TOWN_CSS = """
body{margin:0;font:14px/1.7 "PingFang SC","Microsoft YaHei",sans-serif;background:#eef3f7;color:#222}
a{color:#1d3f66;text-decoration:none}.xk-top{background:#0d4c8b;color:#cfe3f7;height:34px;line-height:34px;padding:0 40px;font-size:13px}
.xk-top a{color:#fff;margin-right:20px}.xk-head{position:relative;height:160px;overflow:hidden}.xk-head img{width:100%;height:160px;object-fit:cover}
.xk-head h1{position:absolute;left:60px;top:50px;color:#fff;font-size:36px;text-shadow:0 2px 4px #000;margin:0}
.xk-body{display:flex;gap:16px;width:1140px;margin:16px auto}.lm-nav{width:230px;background:#fff;margin:0;align-self:flex-start}
.lm-nav dt{background:#0d4c8b;color:#fff;padding:8px 16px;font-weight:bold}.lm-nav dd{margin:0;border-bottom:1px solid #e6eef5}
.lm-nav dd a{display:block;padding:7px 24px}.lm-nav dd.cur a{background:#e3eef9;color:#0d4c8b}
.xk-main{flex:1;background:#fff;padding:18px 26px;min-height:560px}.xk-main h2{font-size:19px;border-left:4px solid #0d4c8b;padding-left:10px}
.art-row{display:flex;justify-content:space-between;margin:0;border-bottom:1px dashed #d5dde5;padding:9px 0}.art-row dd{margin:0;color:#8a96a3;font-size:13px}
.dt-cards{display:flex;flex-direction:column;gap:12px}.dt-card{display:flex;gap:16px;border:1px solid #e1e8ef;padding:10px}
.dt-card .date{width:64px;height:64px;background:#0d4c8b;color:#fff;text-align:center;flex:none}
.dt-card .date b{display:block;font-size:26px;line-height:38px}.dt-card .date span{font-size:12px}
.dt-card .txt p{color:#777;margin:4px 0 0;font-size:13px}
.news_list{list-style:none;padding:0}.news_list li{display:flex;justify-content:space-between;border-bottom:1px dotted #ccd;line-height:38px}
.news_list i{font-style:normal;color:#999}
.lb{list-style:none;padding:0}.lb li{line-height:38px;border-bottom:1px solid #eef}.lb .rq{float:right;color:#999}
.tb{width:100%;border-collapse:collapse}.tb th{background:#e3eef9;padding:8px}.tb td{padding:8px;border-bottom:1px solid #eee}
.page{text-align:center;color:#888;margin:16px 0}.nodata{color:#999;text-align:center;padding:60px 0}
.art h1{font-size:22px;text-align:center}.art .meta{text-align:center;color:#8a96a3;border-bottom:1px solid #e1e8ef;padding-bottom:8px}
.art .txt p{text-indent:2em}.art .txt img{display:block;margin:12px auto;max-width:600px}
.tiles{display:flex;gap:12px;margin:12px 0}.tiles a img{width:270px;height:90px;display:block}
.xk-foot{background:#0d4c8b;color:#cfe3f7;text-align:center;padding:16px;font-size:12px;line-height:2}
"""

TOWN_RENDER_JS = """/* 栏目列表渲染 */
function renderCards(data) {
  var box = document.getElementById('cardList');
  var html = '';
  data.rows.forEach(function (r) {
    html += '<div class=\\'dt-card\\'><div class=\\'date\\'><b>' + r.day + '</b><span>' + r.ym + '</span></div>' +
            '<div class=\\'txt\\'><a href=\\'' + r.link + '\\'>' + r.title + '</a></div></div>';
  });
  box.innerHTML = html;
}
function renderJsonList(id, rows) {
  var box = document.getElementById(id);
  var h = '';
  for (var i = 0; i < rows.length; i++) {
    h += '<li><a href=\\'' + rows[i].url + '\\'>' + rows[i].title + '</a><span class=\\'rq\\'>' + rows[i].date + '</span></li>';
  }
  box.innerHTML = h;
}
"""

TOWN_COMMON_JS = """(function () {
  var el = document.getElementById('date');
  if (el) { var d = new Date(); el.innerHTML = d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日'; }
})();
"""


def town_nav(active: str) -> str:
    out = ['<dl class="lm-nav">']
    for gslug, gname in TOWN_GROUPS:
        out.append(f"<dt>{gname}</dt>")
        for c in TOWN_COLUMNS:
            if c.group == gslug and c.in_menu:
                out.append(f'<dd class="{"cur" if c.slug == active else ""}"><a href="{c.path}">{esc(c.name)}</a></dd>')
    out.append("</dl>")
    return "".join(out)


def town_page(title: str, main: str, active: str = "", scripts: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)} - 溪口镇人民政府</title>
<link rel="stylesheet" href="/xkz/css/style.css">
</head>
<body>
<div class="xk-top"><a href="/xkz/index.html">网站首页</a><span id="date"></span></div>
<div class="xk-head"><img src="/xkz/images/head.jpg" alt="溪口镇" width="1600" height="160"><h1>榕溪县溪口镇人民政府</h1></div>
<div class="xk-body">
{town_nav(active)}
<div class="xk-main">
{main}
</div>
</div>
<div class="xk-foot">主办：溪口镇人民政府　地址：榕溪县溪口镇溪口街88号　电话：0599-5861002<br>网站标识码：3507240012　闽ICP备05012345号-7</div>
<script src="/xkz/js/common.js"></script>{scripts}
</body>
</html>
"""


TOWN_ID = [1_840_500_000]


def town_item_html(style: str, href: str, title: str, d: date) -> str:
    t = esc(title)
    a = f'<a href="{href}" title="{t}">{t}</a>'
    if style == "dl_fbrq":
        return f'<dl class="art-row"><dt>{a}</dt><dd>发布日期：{d.year}年{d.month}月{d.day}日</dd></dl>'
    if style == "datebox":
        return (f'<div class="dt-card"><div class="date"><b>{d:%d}</b><span>{d:%Y-%m}</span></div>'
                f'<div class="txt">{a}<p>{PARAS[len(title) % len(PARAS)][:28]}……</p></div></div>')
    if style == "ul_i":
        return f"<li>{a}<i>{d:%Y.%m.%d}</i></li>"
    if style == "lb":
        return f'<li>{a}<span class="rq">{ymd(d)}</span></li>'
    raise ValueError(style)


def town_wrap(style: str, rows: list[str]) -> str:
    body = "\n".join(rows)
    return {"dl_fbrq": f'<div class="art-list">\n{body}\n</div>', "datebox": f'<div class="dt-cards">\n{body}\n</div>',
            "ul_i": f'<ul class="news_list">\n{body}\n</ul>', "lb": f'<ul class="lb">\n{body}\n</ul>'}[style]


def write_town() -> None:
    put("/xkz/css/style.css", TOWN_CSS)
    put("/xkz/js/render.js", TOWN_RENDER_JS)
    put("/xkz/js/common.js", TOWN_COMMON_JS)
    put("/xkz/images/head.jpg", banner(1600, 160, "", 77, base=(13, 76, 139)))
    all_items: list[tuple[Col, Item]] = []
    for c in TOWN_COLUMNS:
        key = c.slug.split("/")[-1]
        if c.kind == "missing":
            find(TOWN_SITE, "column.missing", c.path, "configured, answers 404, linked from nowhere", c.name)
            decoy(TOWN_SITE, "column.blank", c.path, "missing, not blank", c.name)
            continue
        if c.kind == "single":
            main = ('<h2>机构职能</h2><div class="art"><div class="txt">'
                    '<p>溪口镇人民政府是县人民政府的派出……依法履行经济发展、社会管理、公共服务等职能。</p>'
                    '<p>内设机构：党政综合办公室、经济发展办公室、社会事务办公室、综合行政执法队、便民服务中心。</p>'
                    '<p>办公地址：榕溪县溪口镇溪口街88号；办公时间：工作日上午8:00—12:00，下午14:30—17:30。</p></div></div>')
            put(c.path + "index.html", town_page(c.name, main, c.slug))
            decoy(TOWN_SITE, "column.blank", c.path, "机构职能: a single-page column of text", c.name)
            decoy(TOWN_SITE, "column.overdue", c.path, "机构职能: category other, a single page", c.name)
            continue
        if not c.in_config:
            find(TOWN_SITE, "column.unmonitored", c.path, "in the side menu, not in the config", c.name)
        else:
            decoy(TOWN_SITE, "column.unmonitored", c.path, "configured" + (f" as {c.cfg_url}" if c.cfg_url else ""), c.name)
            decoy(TOWN_SITE, "column.missing", c.path, "configured and reachable" + (f" (config: {c.cfg_url})" if c.cfg_url else ""), c.name)
        if c.kind == "blank":
            find(TOWN_SITE, "column.blank", c.path, c.blank_how, c.name)
            decoy(TOWN_SITE, "column.overdue", c.path, "blank, not overdue", c.name)
            scripts = ""
            if key == "msbz":
                main = '<h2>民生保障</h2><div class="art-list" id="msList"></div>'
            elif key == "bmfw":
                main = '<h2>便民服务</h2><dl class="art-row nodata"><dt>暂无数据</dt><dd></dd></dl>'
            elif key == "aqsc":
                main = '<h2>安全生产</h2><div class="dt-cards" id="cardList"></div>'
                scripts = '\n<script src="/xkz/js/render.js"></script>\n<script>renderCards(window.AQSC_DATA);</script>'
            elif key == "hjbh":
                main = ('<h2>环境保护</h2><table class="tb"><thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead>'
                        '<tbody></tbody></table><div class="page">共0条记录　第1/1页　首页 上一页 下一页 尾页</div>')
            elif key == "shjz":
                rows = "\n".join('<li><a href="javascript:;"> </a><i></i></li>' for _ in range(8))
                main = f'<h2>社会救助</h2><ul class="news_list">\n{rows}\n</ul>'
            put(c.path + "index.html", town_page(c.name, main, c.slug, scripts))
            continue
        titles = TITLES.get(key + "_x") or TITLES[key]
        its = []
        for i in range(c.n):
            d = c.newest if i == 0 else c.newest - timedelta(days=c.step * i + i)
            TOWN_ID[0] += 4127
            its.append(Item(titles[i % len(titles)], d, f"/xkz/cms/html/xkzrmzf/{ymd(d)}/{TOWN_ID[0]}.html"))
        truth_for_column(TOWN_SITE, c, max(it.d for it in its))
        for it in its:
            all_items.append((c, it))
        scripts = ""
        if c.style == "json":
            data = ",\n".join(f'{{"title": "{it.title}", "url": "{it.href}", "date": "{ymd(it.d)}"}}' for it in its)
            main = f'<h2>{esc(c.name)}</h2><ul class="lb" id="xfList"></ul>'
            scripts = (f'\n<script src="/xkz/js/render.js"></script>\n<script>\nvar XF_ROWS = [\n{data}\n];\n'
                       f"renderJsonList('xfList', XF_ROWS);\n</script>")
            decoy(TOWN_SITE, "column.blank", c.path, "a list filled by script from an inline JSON array (it loads)", c.name)
        else:
            main = f'<h2>{esc(c.name)}</h2>' + town_wrap(c.style, [town_item_html(c.style, it.href, it.title, it.d) for it in its])
        put(c.path + "index.html", town_page(c.name, main, c.slug, scripts))
        if key == "ghjh":
            DELAYS[c.path] = (TOWN_SITE, 4600)

    # articles
    for c, it in all_items:
        extra = ""
        key = c.slug.split("/")[-1]
        if key == "gzdt" and it is next(i for cc, i in all_items if cc is c):
            p = "/xkz/uploads/2024/04/gzdt_yanlian.png"
            put(p, placeholder(600, 360, "图片加载失败", bg=(245, 245, 245), fg=(175, 175, 175)))
            extra = f'<p><img src="{p}" alt="防汛应急演练现场" width="600" height="360"></p>'
            find(TOWN_SITE, "image.broken", it.href, "占位图: the picture server's “图片加载失败” graphic stands in for the photo", p)
        if key == "whly":
            p = f"/xkz/uploads/2024/04/whly_{it.d:%m%d}.jpg"
            put(p, photo(600, 380, 500 + it.d.day))
            extra = f'<p><img src="{p}" alt="{esc(it.title)}" width="600" height="380"></p>'
        if key == "tzgg" and it is next(i for cc, i in all_items if cc is c):
            att = "/xkz/uploads/2023/08/fhgz_fj1.xls"
            ROUTES[att] = {"status": 410}
            extra = f'<p style="text-indent:0">附件：<a href="{att}">溪口镇秋季防火责任分解表.xls</a></p>'
            find(TOWN_SITE, "link.broken", it.href, "a withdrawn attachment answering 410 Gone", att, "definite")
        if key == "zcdt" and it is next(i for cc, i in all_items if cc is c):
            DELAYS[it.href] = (TOWN_SITE, 1000)
            decoy(TOWN_SITE, "site.slow", it.href, "answers after 1000 ms")
        paras = "".join(f"<p>{p}</p>" for p in PARAS[:3])
        main = (f'<div class="art"><h1>{esc(it.title)}</h1><div class="meta">发布日期：{it.d.year}年{it.d.month}月{it.d.day}日'
                f'　来源：溪口镇人民政府　阅读：<span>{len(it.title) * 13}</span></div><div class="txt">{paras}{extra}</div></div>')
        put(it.href, town_page(it.title, main, c.slug))

    # homepage
    fresh = sorted(((c, it) for c, it in all_items if c.cat == "news"), key=lambda x: x[1].d, reverse=True)[:7]
    lis = "".join(f'<li><a href="{it.href}">{esc(it.title)}</a><i>{it.d:%Y.%m.%d}</i></li>' for _, it in fresh)
    put("/xkz/images/tile_whly.jpg", banner(270, 90, "文化旅游", 81, base=(13, 76, 139)))
    put("/xkz/images/tile_zwfw.png", flat(270, 90, (222, 234, 246)))
    main = (f'<h2>镇务要闻</h2><ul class="news_list">{lis}</ul>'
            f'<div class="tiles"><a href="/xkz/whly/"><img src="/xkz/images/tile_whly.jpg" alt="文化旅游" width="270" height="90"></a>'
            f'<a href="/xkz/bmfw/"><img src="/xkz/images/tile_zwfw.png" alt="政务服务" width="270" height="90"></a></div>'
            f'<h2>便民查询</h2><p><a href="/xkz/bm/sbcx.do">社保缴费查询</a>　<a href="/xkz/bmfw/">办事指南</a></p>')
    put("/xkz/index.html", town_page("首页", main))
    ROUTES["/xkz/bm/sbcx.do"] = {"status": 504}
    find(TOWN_SITE, "image.broken", "/xkz/", "a homepage tile that renders as a flat pale-blue box", "/xkz/images/tile_zwfw.png")
    find(TOWN_SITE, "link.broken", "/xkz/", "the 社保缴费查询 link answers 504 every time (suspect)", "/xkz/bm/sbcx.do", "suspect")
    decoy(TOWN_SITE, "image.broken", "/xkz/", "a working tile", "/xkz/images/tile_whly.jpg")
    decoy(TOWN_SITE, "image.broken", "/xkz/", "the header photo", "/xkz/images/head.jpg")


# =============================================================================================
# Main
# =============================================================================================

ROUTES: dict[str, dict] = {}


def sites_yaml() -> str:
    lines = ["# The engine-3 holdout's config ({base} is the server's root URL). Generated by generate.py.",
             "defaults:", "  timeout_s: 15", f"  slow_ms: {SLOW_MS}", "sites:",
             f"  - id: {PORTAL_SITE}", "    name: 榕溪县人民政府", '    url: "{base}"',
             f"  - id: {TOWN_SITE}", "    name: 榕溪县溪口镇人民政府", "    owner: 溪口镇人民政府",
             '    url: "{base}xkz/index.html"', "    columns:"]
    for c in TOWN_COLUMNS:
        if not c.in_config:
            continue
        url = c.cfg_url or c.path
        cat = f", category: {c.cfg_cat}" if c.cfg_cat else ""
        lines.append(f'      - {{name: {c.name}, url: "{url}"{cat}}}')
    for sid, name, path, _spec, _why in DOWN_SITES:
        lines += [f"  - id: {sid}", f"    name: {name}", f'    url: "{{base}}{path.lstrip("/")}"']
    return "\n".join(lines) + "\n"


def main() -> None:
    FILES.clear()
    write_portal()
    write_town()
    # unreachable sites
    for sid, _name, path, spec, why in DOWN_SITES:
        ROUTES[path + "*"] = spec
        find(sid, "site.unreachable", path, why)
    # slow pages
    for path, (site, ms) in sorted(DELAYS.items()):
        ROUTES[path] = {"delay_ms": ms}
        if ms > SLOW_MS:
            find(site, "site.slow", path, f"the page answers after {ms} ms (slow_ms {SLOW_MS})")
    # _many rules, from the column verdicts
    for site, cols, home in ((PORTAL_SITE, PORTAL_COLUMNS, "/"), (TOWN_SITE, TOWN_COLUMNS, "/xkz/")):
        blank = [c for c in cols if c.kind == "blank"]
        over = [c for c in cols if c.items == ["overdue"]]
        kind = [c for c in over if c.cat in ("news", "notice", "policy")]
        if len(blank) >= 5:
            find(site, "column.blank_many", home, f"{len(blank)} blank columns: " + "、".join(c.name for c in blank))
        if len(kind) >= 5 or len(over) >= 10:
            find(site, "column.overdue_many", home,
                 f"{len(kind)} news/notice/policy columns overdue ({len(over)} overdue in all): " + "、".join(c.name for c in over))
        if site == PORTAL_SITE:
            assert len(blank) < 5 and len(kind) < 5 and len(over) < 10, "the portal must stay clear of the _many rules"
    # decoys must never equal a planted finding
    def key(e: dict) -> tuple:
        return (e["site"], e["rule"], e["url_path"].replace("index.html", ""), e.get("target"))
    planted = {key(e) for e in FINDINGS}
    for d in DECOYS:
        if key(d) in planted:
            raise SystemExit(f"decoy equals a planted finding: {d}")

    if SITE.exists():
        shutil.rmtree(SITE)
    for path, data in sorted(FILES.items()):
        p = SITE / path.lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    server = {"routes": {k: ROUTES[k] for k in sorted(ROUTES)}}
    (HERE / "server.yaml").write_text("# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n"
                                      + yaml.safe_dump(server, allow_unicode=True, sort_keys=False), encoding="utf-8")
    order = ["site.unreachable", "site.slow", "link.broken", "image.broken", "column.blank", "column.blank_many",
             "column.overdue", "column.overdue_many", "column.due_soon", "column.unmonitored", "column.missing"]
    findings = sorted(FINDINGS, key=lambda e: (order.index(e["rule"]), e["site"], e["url_path"]))
    expected = {
        "as_of": AS_OF.isoformat(),
        "findings": findings,
        "delays": [{"url_path": p, "ms": ms} for p, (_s, ms) in sorted(DELAYS.items())],
        "crawl_seeds": CRAWL_SEEDS,
        "decoys": DECOYS,
    }
    (HERE / "expected.yaml").write_text(
        "# Planted findings of the engine-3 holdout, computed by generate.py. Do not edit by hand.\n"
        + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    n_html = sum(1 for p in FILES if p.endswith(".html"))
    counts: dict[str, int] = {}
    for e in findings:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    print(f"{n_html} HTML pages, {len(FILES) - n_html} other files, {sum(len(v) for v in FILES.values()) // 1024} KiB")
    print(f"{len(findings)} planted findings: " + ", ".join(f"{r} {counts.get(r, 0)}" for r in order))
    print(f"{len(DECOYS)} decoys")


if __name__ == "__main__":
    main()

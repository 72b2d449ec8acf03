"""Write the engine-2 holdout: 澧原县 (a county of 湖南省) on a TRS WCM-style portal, its education
bureau's sub-site, and two sites that do not answer.

    .venv/bin/python benchmarks/holdout_engine2/generate.py

Rewrites ``site/``, ``sites.yaml``, ``server.yaml`` and ``expected.yaml`` together. Deterministic:
every text, date, id and picture comes from the declarations below and seeded generators, and
the truth (``expected.yaml``) is computed from the same declarations that write the pages, with
the thresholds of ``shared/contract.md``.
"""

from __future__ import annotations

import html
import json
import posixpath
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from PIL import Image, ImageDraw, ImageFont, ImageStat

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
AS_OF = date(2024, 4, 30)

# ---- the contract's thresholds (shared/contract.md) ------------------------------------------
LIMIT_DAYS = {"news": 14}
LIMIT_MONTHS = {"notice": 6, "policy": 6, "personnel": 12, "plan": 12}
DUE_SOON_DAYS = 3          # column.due_soon: becomes overdue within 3 days of --as-of
BLANK_MANY = 5             # column.blank_many: 5 or more blank columns on one site
OVERDUE_MANY = 5           # news over 14 days + first-level notice/policy over 6 months
OVERDUE_MANY_ANY = 10      # or 10 overdue columns of any category
SLOW_MS = 3000             # defaults.slow_ms
TIMEOUT_S = 15             # defaults.timeout_s

PORTAL, JYJ, WJJ, JKQ = "liyuan", "liyuan-jyj", "liyuan-wjj", "liyuan-jkq"
HANG_MS = 40_000           # a hanging answer: far past timeout_s


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError(d)


def infer_category(name: str) -> str:
    """The contract's inference from a column's name."""
    if "动态" in name or "要闻" in name:
        return "news"
    if "通知公告" in name:
        return "notice"
    if "政策文件" in name:
        return "policy"
    if "人事" in name:
        return "personnel"
    if "规划计划" in name:
        return "plan"
    return "other"


def first_overdue_day(newest: date, category: str) -> date | None:
    """The first day on which the newest entry is older than the category's limit."""
    if category in LIMIT_DAYS:
        return newest + timedelta(days=LIMIT_DAYS[category] + 1)
    if category in LIMIT_MONTHS:
        return add_months(newest, LIMIT_MONTHS[category]) + timedelta(days=1)
    return None


def freshness(newest: date, category: str) -> str:
    day = first_overdue_day(newest, category)
    if day is None:
        return "fresh"
    if AS_OF >= day:
        return "overdue"
    if (day - AS_OF).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "fresh"


# =============================================================================================
# Declarations
# =============================================================================================


@dataclass
class Entry:
    title: str
    date: date
    pinned: bool = False
    deleted: bool = False          # still listed, article removed
    hidden_by_css: bool = False
    extra: list[str] = field(default_factory=list)   # article features, see ARTICLE_EXTRAS
    thumb: str = ""                 # list thumbnail kind
    id: int = 0
    path: str = ""


@dataclass
class Col:
    site: str
    name: str
    folder: str                     # URL folder, e.g. /zwdt/gzdt/
    style: str                      # list markup / date format
    category: str = ""              # declared category (checked against the name's inference)
    group: str = ""                 # portal: the navigation group
    kind: str = "list"              # list | single | blank | missing
    blank: str = ""                 # how a blank column is blank
    entries: list[Entry] = field(default_factory=list)
    per_page: int = 0
    pager: str = ""                 # script | static
    in_menu: bool = True
    in_config: bool = False
    config_category: bool = False   # write the category into sites.yaml
    config_full_url: bool = False
    delay_ms: int = 0               # on the column's first page
    note: str = ""

    def __post_init__(self) -> None:
        if not self.category:
            self.category = infer_category(self.name)

    @property
    def index(self) -> str:
        return self.folder + ("index.shtml" if self.site == JYJ else "index.html")

    @property
    def visible_entries(self) -> list[Entry]:
        return [e for e in self.entries if not e.hidden_by_css]


def series(newest: date, n: int, rng: random.Random, gap: tuple[int, int] = (2, 8)) -> list[date]:
    out, d = [], newest
    for _ in range(n):
        out.append(d)
        d -= timedelta(days=rng.randint(*gap))
    return out


R = random.Random(20240430)

TOWNS = ["城关镇", "龙潭镇", "白沙乡", "桃源铺镇", "青石镇", "望江乡", "石门坎乡", "双溪镇"]
DEPTS = ["县发改局", "县财政局", "县农业农村局", "县住建局", "县交通运输局", "县自然资源局", "县市场监管局",
         "县应急管理局", "县民政局", "县人社局"]
TOPICS = ["春耕生产", "安全生产", "森林防火", "乡村振兴", "营商环境", "防汛备汛", "项目建设", "招商引资",
          "人居环境整治", "基层治理", "民生实事", "耕地保护", "文明创建", "河长制", "消费帮扶"]


def titles(kind: str, n: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    for i in range(n):
        t, d, tw = rng.choice(TOPICS), rng.choice(DEPTS), rng.choice(TOWNS)
        out.append({
            "gzdt": [f"县政府召开{t}工作推进会", f"县领导督导调研{t}工作", f"我县{t}工作取得阶段性成效",
                     f"县政府常务会议研究部署{t}等工作", f"澧原县召开{t}专题调度会"][i % 5],
            "xzdt": [f"{tw}扎实推进{t}", f"{tw}召开{t}动员会", f"{tw}开展{t}专项行动"][i % 3],
            "bmdt": [f"{d}开展{t}宣传活动", f"{d}部署{t}重点工作", f"{d}召开党组理论学习中心组学习会"][i % 3],
            "tpxw": [f"{tw}{t}现场", f"{t}一线见闻", f"{tw}田间地头忙"][i % 3],
            "zcwj": [f"澧原县人民政府关于印发《澧原县{t}实施方案》的通知",
                     f"澧原县人民政府办公室关于进一步做好{t}工作的通知",
                     f"澧原县人民政府关于{t}若干措施的通知"][i % 3],
            "tzgg": [f"关于开展{t}专项检查的通告", f"关于{t}有关事项的公告", f"{d}关于{t}的通知"][i % 3],
            "rsxx": ["澧原县2023年公开招聘事业单位工作人员拟聘用人员公示", "澧原县人民政府关于任免工作人员的通知",
                     "澧原县2022年公开选调公务员拟调人员名单公示"][i % 3],
            "ghjh": [f"澧原县“十四五”{t}规划", f"澧原县2023年{t}工作计划", f"澧原县{t}三年行动计划（2023—2025年）"][i % 3],
            "czyjs": ["澧原县2023年县级预算公开", "澧原县2022年县级决算公开", "澧原县2022年“三公”经费决算说明"][i % 3],
            "ndbg": ["澧原县人民政府2023年政府信息公开工作年度报告", "澧原县人民政府2022年政府信息公开工作年度报告",
                     "澧原县人民政府2021年政府信息公开工作年度报告"][i % 3],
            "yshj": [f"我县召开优化营商环境{t}座谈会", f"{d}推出优化营商环境新举措", f"{tw}“一件事一次办”改革见成效"][i % 3],
            "xczx": [f"{tw}特色产业助力乡村振兴", f"{tw}{t}工作现场观摩", f"{tw}“村BA”赛事火热开赛"][i % 3],
            "xzxx": [f"关于{tw}{t}问题的咨询", f"反映{tw}道路破损问题", f"咨询{t}补贴申领"][i % 3],
            "jyyw": ["全县中小学春季开学工作会议召开", f"县教育局开展{t}进校园活动", "澧原一中举行高三百日誓师大会",
                     "全县教育系统党风廉政建设工作会议召开", "县教育局督查校园食品安全工作", f"{tw}中心学校迎接义务教育均衡督导",
                     "全县中小学班主任培训班开班", f"县教育局召开{t}工作调度会"][i % 8],
            "jgzd": [f"县教育局部署{t}工作", "县教育局召开局务会议", f"县教育局开展{t}专项检查"][i % 3],
            "xydt": ["澧原二中举办校园科技节", f"{tw}中心小学开展{t}主题班会", "县职业中专举行技能大赛"][i % 3],
            "jcdt": [f"{tw}中学开展教研活动", f"{tw}中心学校召开家长会", f"{tw}幼儿园开展安全演练"][i % 3],
            "jtzg": ["关于做好2023年秋季学期开学工作的通知", "关于开展中小学校安全隐患排查的通知", "关于举办全县中小学教师技能竞赛的通知"][i % 3],
            "jzcw": ["澧原县教育局关于规范中小学办学行为的通知", "澧原县义务教育阶段招生入学工作实施方案", "澧原县教育局关于加强中小学作业管理的通知"][i % 3],
            "jghj": ["澧原县“十四五”教育事业发展规划", "澧原县2023年教育工作要点"][i % 2],
            "jrsx": ["澧原县2023年公开招聘中小学教师拟聘用人员公示", "澧原县教育局关于中小学校长任职的通知"][i % 2],
            "jydd": ["县政府教育督导室开展春季开学专项督导", "2024年义务教育优质均衡发展督导评估自查报告", "责任督学挂牌督导工作月报"][i % 3],
            "jysz": ["澧原县教育志（1978—2020）编纂工作启动", "澧原一中建校八十周年纪念", "澧原县恢复高考四十年回顾"][i % 3],
            "cwgk": ["澧原县教育局2024年部门预算公开", "澧原县教育局2023年部门决算公开", "2024年第一季度教育经费执行情况"][i % 3],
            "djgz": ["县教育局党组开展主题党日活动", "县教育局召开党建工作推进会", "县教育局党员干部集中学习"][i % 3],
            "tyws": ["全县中小学生田径运动会开幕", "县教育局开展学校卫生专项检查", "全县中小学艺术展演活动举行"][i % 3],
            "zyjy": ["县职业中专与企业签订校企合作协议", "县职业中专学生在省技能大赛获奖", "职业教育活动周启动"][i % 3],
        }[kind])
    return out


def make_entries(kind: str, dates: list[date], rng: random.Random) -> list[Entry]:
    return [Entry(t, d) for t, d in zip(titles(kind, len(dates), rng), dates, strict=True)]



def declare() -> list[Col]:
    r = random.Random(7)
    cols: list[Col] = []

    def col(**kw: Any) -> Col:
        c = Col(**kw)
        cols.append(c)
        return c

    # ---- the portal: columns discovered from the navigation ---------------------------------
    col(site=PORTAL, group="走进澧原", name="机构概况", folder="/zjly/jggk/", style="single", kind="single")
    col(site=PORTAL, group="走进澧原", name="县情简介", folder="/zjly/xqjj/", style="single", kind="single", delay_ms=2700)

    gz = make_entries("gzdt", series(date(2024, 4, 28), 12, r, (2, 6)), r)
    gz.insert(0, Entry("澧原县2024年政府工作报告", date(2024, 1, 10), pinned=True))
    gz.insert(len(gz) - 1, Entry("县政府召开春运安全工作会议", gz[-2].date - timedelta(days=2), deleted=True))
    gz[2].extra.append("slow")              # the article answers slowly
    gz[9].extra.append("errpage_jpg")       # an HTML error page saved as .jpg
    gz[4].extra.append("photo")
    col(site=PORTAL, group="政务动态", name="工作动态", folder="/zwdt/gzdt/", style="gzdt", entries=gz,
        per_page=6, pager="script", note="a pinned January item sits on top of the list")
    col(site=PORTAL, group="政务动态", name="乡镇动态", folder="/zwdt/xzdt/", style="xzdt",
        entries=make_entries("xzdt", series(date(2024, 3, 29), 5, r), r))
    col(site=PORTAL, group="政务动态", name="部门动态", folder="/zwdt/bmdt/", style="bmdt",
        entries=make_entries("bmdt", series(date(2024, 4, 17), 5, r), r))
    tp = make_entries("tpxw", series(date(2024, 4, 26), 5, r, (3, 7)), r)
    for e, kind in zip(tp, ["photo", "missing", "photo", "nopic", "photo"], strict=True):
        e.thumb = kind
    col(site=PORTAL, group="政务动态", name="图片新闻", folder="/zwdt/tpxw/", style="tpxw", entries=tp)

    zc = make_entries("zcwj", series(date(2023, 12, 8), 9, r, (20, 45)), r)
    zc[1].extra += ["pdf", "doc_missing"]
    zc[3].extra += ["pdf_flaky"]
    col(site=PORTAL, group="信息公开", name="政策文件", folder="/xxgk/zcwj/", style="zcwj", entries=zc,
        per_page=8, pager="static")
    col(site=PORTAL, group="信息公开", name="通知公告", folder="/xxgk/tzgg/", style="tzgg",
        entries=make_entries("tzgg", series(date(2023, 10, 30), 4, r, (15, 40)), r), note="exactly six months")
    col(site=PORTAL, group="信息公开", name="人事信息", folder="/xxgk/rsxx/", style="rsxx",
        entries=make_entries("rsxx", series(date(2023, 2, 14), 4, r, (30, 90)), r))
    col(site=PORTAL, group="信息公开", name="规划计划", folder="/xxgk/ghjh/", style="ghjh",
        entries=make_entries("ghjh", series(date(2023, 9, 20), 3, r, (60, 200)), r), delay_ms=4500)
    col(site=PORTAL, group="信息公开", name="财政预决算", folder="/xxgk/czyjs/", style="czyjs",
        entries=make_entries("czyjs", [date(2023, 1, 15), date(2022, 9, 8), date(2022, 1, 20)], r))
    col(site=PORTAL, group="信息公开", name="重大项目", folder="/xxgk/zdxm/", style="", kind="blank", blank="nodata")
    col(site=PORTAL, group="信息公开", name="建议提案办理", folder="/xxgk/jyta/", style="", kind="blank", blank="thead")
    col(site=PORTAL, group="信息公开", name="双随机一公开", folder="/xxgk/ssjy/", style="", kind="blank", blank="script_rows")
    col(site=PORTAL, group="信息公开", name="政府信息公开年报", folder="/xxgk/ndbg/", style="ndbg",
        entries=make_entries("ndbg", [date(2024, 1, 20), date(2023, 1, 18), date(2022, 1, 25)], r))
    col(site=PORTAL, group="互动交流", name="县长信箱", folder="/hdjl/xzxx/", style="xzxx",
        entries=make_entries("xzxx", series(date(2024, 4, 25), 4, r, (3, 8)), r))
    col(site=PORTAL, group="专题专栏", name="营商动态", folder="/ztzl/yshj/", style="yshj",
        entries=make_entries("yshj", series(date(2024, 1, 5), 3, r, (10, 30)), r))
    col(site=PORTAL, group="专题专栏", name="乡村振兴", folder="/ztzl/xczx/", style="xczx",
        entries=make_entries("xczx", series(date(2024, 4, 20), 3, r, (5, 12)), r))
    col(site=PORTAL, group="专题专栏", name="应急管理", folder="/ztzl/yjgl/", style="", kind="blank", blank="empty_ul")

    # ---- the education bureau: columns listed in the config ---------------------------------
    def j(name: str, folder: str, style: str, kind_: str = "", newest: date | None = None, n: int = 2,
          gap: tuple[int, int] = (5, 20), **kw: Any) -> Col:
        entries = make_entries(kind_, series(newest, n, r, gap), r) if newest else []
        kw.setdefault("in_config", True)
        return col(site=JYJ, name=name, folder=folder, style=style, entries=entries, **kw)

    jy = j("教育要闻", "/jyj/jyyw/", "jyyw", "jyyw", date(2024, 4, 26), 8, (2, 5), per_page=7, pager="static",
           config_category=True, category="news")
    jy.entries[3].extra.append("loadfail_png")
    j("工作动态", "/jyj/gzdt/", "jgzd", "jgzd", date(2024, 4, 2))
    xy = j("校园动态", "/jyj/xydt/", "xydt", "xydt", date(2024, 3, 15), config_category=True, category="news")
    xy.entries[0].extra.append("night_photo")
    xy.entries[1].extra.append("snow_photo")
    j("基层动态", "/jyj/jcdt/", "jcdt", "jcdt", date(2024, 2, 20), gap=(5, 12))
    tz = j("通知公告", "/jyj/tzgg/", "jtzg", "jtzg", date(2023, 9, 12), gap=(20, 40), config_full_url=True)
    tz.entries[0].extra.append("scan")
    j("政策文件", "/jyj/zcwj/", "jzcw", "jzcw", date(2023, 7, 3), gap=(30, 60), config_category=True, category="policy")
    j("规划计划", "/jyj/ghjh/", "jghj", "jghj", date(2022, 12, 28), gap=(60, 120), config_category=True, category="plan")
    j("人事信息", "/jyj/rsxx/", "jrsx", "jrsx", date(2023, 5, 1), gap=(40, 80))
    dd = j("教育督导", "/jyj/jydd/", "", "jydd", date(2024, 4, 10), 3, kind="blank", blank="css_hidden")
    for e in dd.entries:
        e.hidden_by_css = True
    j("学前教育", "/jyj/xqjy/", "", kind="blank", blank="zanwu")
    j("招生考试", "/jyj/zsks/", "", kind="blank", blank="xhr_empty")
    j("学生资助", "/jyj/xszz/", "", kind="blank", blank="nbsp_rows")
    j("教师队伍建设", "/jyj/jsdw/", "", kind="blank", blank="empty_div")
    j("教育史志", "/jyj/jysz/", "jysz", "jysz", date(2021, 6, 30), gap=(200, 300), config_category=True, category="other")
    cw = j("财务公开", "/jyj/cwgk/", "cwgk", "cwgk", date(2024, 4, 15), gap=(30, 60), config_category=True,
           category="other", delay_ms=3250)
    cw.entries[0].extra.append("xls_gone")
    j("安全教育", "/jyj/aqjy/", "", kind="missing", in_menu=False)
    j("语言文字", "/jyj/yywz/", "", kind="missing", in_menu=False)
    j("党建工作", "/jyj/djgz/", "djgz", "djgz", date(2024, 4, 23), in_config=False)
    j("体育卫生与艺术教育", "/jyj/tyws/", "tyws", "tyws", date(2024, 4, 19), in_config=False)
    j("职业教育", "/jyj/zyjy/", "zyjy", "zyjy", date(2024, 4, 12), in_config=False)
    return cols


# =============================================================================================
# Ids and paths (TRS: /col/YYYYMM/tYYYYMMDD_ID.html, ids growing with time)
# =============================================================================================


def assign_paths(cols: list[Col]) -> None:
    for site, base_id in ((PORTAL, 3456000), (JYJ, 2210000)):
        entries = [(e.date, c.folder, i, e) for c in cols if c.site == site for i, e in enumerate(c.entries)]
        entries.sort(key=lambda t: (t[0], t[1], -t[2]))
        ext = ".shtml" if site == JYJ else ".html"
        step = random.Random(base_id)
        n = base_id
        for d, folder, _i, e in entries:
            n += step.randint(3, 41)
            e.id = n
            e.path = f"{folder}{d:%Y%m}/t{d:%Y%m%d}_{n}{ext}"


# =============================================================================================
# Small helpers
# =============================================================================================

esc = html.escape


def rel(frm: str, to: str) -> str:
    """A TRS-style relative link from page ``frm`` to path ``to``."""
    base = frm.rsplit("/", 1)[0] + "/"
    frag = ""
    if "#" in to:
        to, frag = to.split("#", 1)
        frag = "#" + frag
    r = posixpath.relpath(to, base)
    if to.endswith("/") and r != ".":
        r += "/"
    if r == ".":
        r = "./"
    elif not r.startswith("../"):
        r = "./" + r
    return r + frag


FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fmt(d: date, style: str) -> str:
    return {
        "iso": f"{d:%Y-%m-%d}", "paren": f"（{d:%Y-%m-%d}）", "dot": f"{d:%Y.%m.%d}", "md": f"{d:%m-%d}",
        "cn": f"{d.year}年{d.month:02d}月{d.day:02d}日", "cn_nopad": f"{d.year}年{d.month}月{d.day}日",
        "bracket": f"[{d:%Y-%m-%d}]", "slash": f"{d:%Y/%m/%d}", "full": f"{d:%Y-%m-%d}".translate(FULLWIDTH),
    }[style]


SENTENCES = [
    "会议传达学习了上级有关会议和文件精神，听取了近期重点工作进展情况汇报。",
    "会议强调，要坚持以人民为中心的发展思想，把各项惠民政策落实落细。",
    "各乡镇、各部门要进一步压实责任，细化工作措施，确保各项任务按时保质完成。",
    "要聚焦群众急难愁盼问题，建立问题清单、责任清单和整改清单，实行销号管理。",
    "要加强统筹调度，强化要素保障，全力以赴推动项目早开工、早建成、早见效。",
    "要坚守安全底线，深入开展隐患排查整治，坚决防范遏制各类安全事故发生。",
    "活动现场，工作人员通过发放宣传资料、设置咨询台等方式，向群众宣传相关政策。",
    "据了解，今年以来全县已累计投入资金3200余万元，惠及群众1.2万余人。",
    "下一步，该单位将持续巩固工作成果，建立健全长效机制，推动工作常态化开展。",
    "与会人员围绕重点难点问题进行了深入交流，并就下一阶段工作提出了意见建议。",
    "县委常委、常务副县长出席会议并讲话，县直有关单位主要负责人参加会议。",
    "此次检查共发现问题隐患23处，已当场整改15处，其余限期整改到位。",
    "该项目总投资约1.8亿元，建成后将有效改善周边群众的生产生活条件。",
    "各地要结合实际，制定具体实施方案，明确时间表、路线图，确保工作落到实处。",
    "本通知自印发之日起施行，执行中遇到的问题请及时向县人民政府办公室反映。",
    "请各单位于规定时间内将有关材料报送至县教育局相关股室，逾期不再受理。",
]


def paragraphs(seed: int, n: int = 4) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("<p>　　" + "".join(rng.sample(SENTENCES, rng.randint(2, 4))) + "</p>")
    return "\n".join(out)


# =============================================================================================
# Pictures (Pillow, seeded)
# =============================================================================================

FONT_PATHS = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
]


def font(size: int) -> ImageFont.FreeTypeFont:
    for path, index in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=index)
    raise SystemExit("no CJK font: apt-get install fonts-noto-cjk (or fonts-wqy-zenhei)")


def photo(seed: int, w: int, h: int, mood: str = "day") -> Image.Image:
    """A plausible landscape: sky, hills, fields, houses; grainy."""
    rng = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    skies = {"day": ((120, 170, 230), (215, 232, 250)), "night": ((8, 12, 40), (35, 45, 90)),
             "snow": ((225, 230, 238), (246, 248, 252))}
    (r0, g0, b0), (r1, g1, b1) = skies[mood]
    for y in range(h):
        t = y / h
        d.line([(0, y), (w, y)], fill=(int(r0 + (r1 - r0) * t), int(g0 + (g1 - g0) * t), int(b0 + (b1 - b0) * t)))
    for layer in range(3):
        base_y = int(h * (0.45 + 0.12 * layer))
        pts = [(0, h)]
        for x in range(0, w + 40, 40):
            pts.append((x, base_y + rng.randint(-h // 10, h // 12)))
        pts.append((w, h))
        if mood == "snow":
            col = (236 - 12 * layer, 240 - 10 * layer, 245 - 8 * layer)
        elif mood == "night":
            col = (20 + 8 * layer, 28 + 10 * layer, 30 + 6 * layer)
        else:
            col = (60 + 30 * layer, 120 + 25 * layer - rng.randint(0, 30), 60 + 10 * layer)
        d.polygon(pts, fill=col)
    for _ in range(rng.randint(4, 9)):
        x, y = rng.randint(0, w - 60), rng.randint(int(h * 0.55), h - 40)
        bw, bh = rng.randint(30, 70), rng.randint(25, 50)
        wall = (200, 200, 195) if mood != "night" else (40, 40, 50)
        d.rectangle([x, y, x + bw, y + bh], fill=wall, outline=(90, 80, 70))
        d.polygon([(x - 5, y), (x + bw // 2, y - bh // 2), (x + bw + 5, y)],
                  fill=(150, 60, 50) if mood == "day" else (120, 120, 130) if mood == "night" else (250, 250, 252))
        if mood == "night":
            for k in range(3):
                lx = x + 5 + k * bw // 3
                d.rectangle([lx, y + 8, lx + 6, y + 16], fill=(250, 210, 90))
    if mood == "night":
        for _ in range(60):
            x, y = rng.randint(0, w - 1), rng.randint(0, h // 2)
            d.point((x, y), fill=(230, 230, 200))
    rnd = random.Random(seed + 1)
    grain = Image.frombytes("L", (w, h), rnd.randbytes(w * h))
    img = Image.blend(img, Image.merge("RGB", (grain, grain, grain)), 0.06)
    return img


def banner(text: str, sub: str, seed: int, w: int = 380, h: int = 120, colors: tuple = ((178, 20, 28), (226, 88, 52))) -> Image.Image:
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    (r0, g0, b0), (r1, g1, b1) = colors
    for x in range(w):
        t = x / w
        d.line([(x, 0), (x, h)], fill=(int(r0 + (r1 - r0) * t), int(g0 + (g1 - g0) * t), int(b0 + (b1 - b0) * t)))
    rng = random.Random(seed)
    for _ in range(6):
        cx, cy, rr = rng.randint(0, w), rng.randint(0, h), rng.randint(20, 70)
        d.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], outline=(255, 255, 255), width=1)
    d.text((24, 28), text, font=font(30), fill=(255, 246, 220))
    d.text((26, 76), sub, font=font(14), fill=(255, 235, 200))
    return img


def logo(name: str, domain: str, w: int = 420, h: int = 80) -> Image.Image:
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse([8, 8, 72, 72], fill=(196, 18, 26))
    d.ellipse([20, 20, 60, 60], outline=(250, 210, 60), width=3)
    d.polygon([(40, 24), (44, 36), (56, 36), (46, 44), (50, 56), (40, 48), (30, 56), (34, 44), (24, 36), (36, 36)],
              fill=(250, 210, 60))
    d.text((86, 10), name, font=font(34), fill=(180, 16, 24))
    d.text((88, 54), domain, font=font(14), fill=(120, 120, 120))
    return img


def icon(kind: str, size: int = 32) -> Image.Image:
    img = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(img)
    col = {"pdf": (200, 30, 30), "doc": (40, 90, 190), "xls": (30, 140, 60), "bszn": (30, 120, 200),
           "gjj": (220, 120, 20), "bdc": (120, 60, 160)}[kind]
    s = size
    d.rectangle([s * 0.15, s * 0.08, s * 0.8, s * 0.92], outline=col, width=max(1, s // 16))
    d.polygon([(s * 0.6, s * 0.08), (s * 0.8, s * 0.28), (s * 0.6, s * 0.28)], fill=col)
    for k in range(3):
        y = s * (0.4 + 0.15 * k)
        d.line([(s * 0.27, y), (s * 0.68, y)], fill=col, width=max(1, s // 16))
    return img


def qr(seed: int, modules: int = 25, scale: int = 4) -> Image.Image:
    rng = random.Random(seed)
    img = Image.new("1", (modules, modules), 1)
    for y in range(modules):
        for x in range(modules):
            img.putpixel((x, y), rng.random() < 0.5)
    d = ImageDraw.Draw(img)
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        d.rectangle([ox, oy, ox + 6, oy + 6], fill=0)
        d.rectangle([ox + 1, oy + 1, ox + 5, oy + 5], fill=1)
        d.rectangle([ox + 2, oy + 2, ox + 4, oy + 4], fill=0)
    big = img.resize((modules * scale, modules * scale), Image.NEAREST)
    out = Image.new("RGB", (big.width + 16, big.height + 16), (255, 255, 255))
    out.paste(big.convert("RGB"), (8, 8))
    return out


def placeholder(text: str, w: int, h: int, broken: bool) -> Image.Image:
    """What CMSs show instead of a picture: a grey picture glyph and a caption."""
    img = Image.new("RGB", (w, h), (240, 241, 243))
    d = ImageDraw.Draw(img)
    cx, cy, s = w // 2, h // 2 - h // 10, min(w, h) // 5
    grey = (190, 193, 198)
    d.rectangle([cx - s, cy - int(s * 0.75), cx + s, cy + int(s * 0.75)], outline=grey, width=3)
    d.ellipse([cx - s // 2 - 6, cy - s // 2 - 6, cx - s // 2 + 6, cy - s // 2 + 6], fill=grey)
    d.polygon([(cx - s + 4, cy + int(s * 0.7)), (cx - s // 4, cy - s // 6), (cx + s // 5, cy + s // 3),
               (cx + s // 2, cy), (cx + s - 4, cy + int(s * 0.7))], fill=grey)
    if broken:
        d.line([(cx + s // 3, cy - int(s * 0.8)), (cx, cy), (cx + s // 4, cy + int(s * 0.8))], fill=(240, 241, 243), width=6)
    f = font(max(14, h // 12))
    tw = d.textlength(text, font=f)
    d.text((cx - tw / 2, cy + int(s * 0.75) + 12), text, font=f, fill=(165, 168, 175))
    return img


def scan(seed: int) -> Image.Image:
    """A scanned notice: white paper, printed lines, a red seal."""
    rng = random.Random(seed)
    img = Image.new("RGB", (520, 700), (250, 250, 247))
    d = ImageDraw.Draw(img)
    d.text((110, 40), "澧原县教育局文件", font=font(36), fill=(200, 20, 20))
    d.line([(40, 100), (480, 100)], fill=(200, 20, 20), width=2)
    y = 130
    f = font(15)
    while y < 600:
        line = "".join(rng.choice(SENTENCES))[: rng.randint(18, 30)]
        d.text((50, y), line, font=f, fill=(30, 30, 30))
        y += 26
    d.ellipse([330, 560, 450, 680], outline=(210, 30, 30), width=4)
    d.text((352, 610), "澧原县教育局", font=font(14), fill=(210, 30, 30))
    return img


def near_blank(seed: int, w: int = 300, h: int = 200) -> Image.Image:
    """An over-exposed photo: white, with a faint trace of the picture."""
    rng = random.Random(seed)
    vals = bytes(255 - (rng.random() < 0.06) * rng.randint(1, 7) for _ in range(w * h))
    g = Image.frombytes("L", (w, h), vals)
    return Image.merge("RGB", (g, g, g))


ERROR_PAGE = (b'<html><head><title>404 Not Found</title></head><body bgcolor="white"><center><h1>404 Not Found</h1>'
              b'</center><hr><center>nginx</center></body></html>\n')


class Pictures:
    def __init__(self) -> None:
        self.stats: dict[str, float] = {}

    def save(self, path: str, img: Image.Image, **kw: Any) -> str:
        out = SITE / path.lstrip("/")
        out.parent.mkdir(parents=True, exist_ok=True)
        if path.endswith(".jpg"):
            img.convert("RGB").save(out, "JPEG", quality=82, optimize=False, progressive=False)
        elif path.endswith(".gif"):
            img.save(out, "GIF")
        else:
            img.save(out, "PNG", optimize=False)
        with Image.open(out) as back:
            back.load()
            self.stats[path] = max(ImageStat.Stat(back.convert("L")).stddev) if min(back.size) > 4 else 99.0
        return path


# =============================================================================================
# The truth
# =============================================================================================


def judge(cols: list[Col]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Planted findings and finding-shaped look-alikes, from the declarations."""
    found: list[dict[str, Any]] = []
    decoys: list[dict[str, Any]] = []
    per_site: dict[str, dict[str, int]] = {}
    for c in cols:
        if c.category != infer_category(c.name):
            assert c.config_category and c.in_config, f"{c.name}: category {c.category} must be in the config"
        s = per_site.setdefault(c.site, {"blank": 0, "overdue": 0, "many": 0})
        item = {"site": c.site, "url_path": c.index, "target": c.name}  # the rule is put first on output
        configured = c.site == PORTAL or c.in_config
        if c.kind == "missing":
            assert c.in_config and not c.in_menu
            found.append({**item, "rule": "column.missing", "note": "configured, its URL answers 404, linked from nowhere"})
            decoys.append({**item, "rule": "column.blank", "note": "missing, not blank"})
            continue
        if c.site != PORTAL and c.in_menu and not c.in_config:
            found.append({**item, "rule": "column.unmonitored", "note": "in the menu, not in the config"})
        if c.config_full_url or c.delay_ms > SLOW_MS and c.in_config:
            why = "configured as a full URL, linked relatively" if c.config_full_url else "configured, slow but there"
            decoys.append({**item, "rule": "column.missing", "note": why})
            decoys.append({**item, "rule": "column.unmonitored", "note": why})
        if c.kind == "blank":
            found.append({**item, "rule": "column.blank", "note": f"blank: {c.blank}"})
            decoys.append({**item, "rule": "column.overdue", "note": "blank only"})
            if configured:
                s["blank"] += 1
            continue
        if c.kind == "single":
            decoys.append({**item, "rule": "column.blank", "note": "a single-page column with text"})
            continue
        newest = max(e.date for e in c.visible_entries)
        state = freshness(newest, c.category)
        day = first_overdue_day(newest, c.category)
        if day is not None and state == "fresh":
            # clear of every reading of the limits (183 vs 180 days, 365 vs 366, due_soon 3 or 4 days)
            assert (day - AS_OF).days >= 6, (c.name, newest)
        if state == "overdue" and "exactly" not in c.note:
            assert (AS_OF - day).days >= 5, (c.name, newest)
        if state == "due_soon":
            assert (day - AS_OF).days in (1, 2), (c.name, newest)
        note = f"{c.category}, newest entry {newest}" + (f"; {c.note}" if c.note else "")
        if not configured:
            if state != "fresh":
                raise AssertionError(f"unmonitored column {c.name} must be fresh")
            continue
        if state == "overdue":
            found.append({**item, "rule": "column.overdue", "note": note})
            s["overdue"] += 1
            if c.category == "news" or c.category in ("notice", "policy"):
                s["many"] += 1
        elif state == "due_soon":
            found.append({**item, "rule": "column.due_soon", "note": note + f", overdue from {day}"})
            decoys.append({**item, "rule": "column.overdue", "note": "due soon, not overdue"})
        else:
            decoys.append({**item, "rule": "column.overdue", "note": note + " (fresh)"})
            if c.category == "news":
                decoys.append({**item, "rule": "column.due_soon", "note": note + " (fresh)"})
    homes = {PORTAL: "/", JYJ: "/jyj/index.shtml"}
    for site, s in per_site.items():
        # the portal's navigation is two-level; its notice/policy columns are not first-level, so
        # only its news columns count; keep it clear of the threshold in either reading
        item = {"site": site, "url_path": homes[site]}
        if s["blank"] >= BLANK_MANY:
            found.append({**item, "rule": "column.blank_many", "note": f"{s['blank']} blank columns"})
        else:
            decoys.append({**item, "rule": "column.blank_many", "note": f"only {s['blank']} blank columns"})
        if s["many"] >= OVERDUE_MANY or s["overdue"] >= OVERDUE_MANY_ANY:
            found.append({**item, "rule": "column.overdue_many",
                          "note": f"{s['many']} news/notice/policy columns overdue, {s['overdue']} in all"})
        else:
            assert s["many"] <= OVERDUE_MANY - 2 and s["overdue"] < OVERDUE_MANY_ANY
            decoys.append({**item, "rule": "column.overdue_many", "note": f"only {s['overdue']} overdue columns"})
    return found, decoys


# =============================================================================================
# Scripts and styles
# =============================================================================================

COMMON_JS = r"""/* 澧原县人民政府门户网站 公共脚本 */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
    if (_nPageCount == null || _nPageCount <= 1) { return; }
    var nCurrIndex = _nCurrIndex || 0;
    var first = _sPageName + "." + _sPageExt;
    function pageUrl(i) { return i == 0 ? first : _sPageName + "_" + i + "." + _sPageExt; }
    document.write("<span class=\"count\">共" + _nPageCount + "页</span>&nbsp;");
    if (nCurrIndex == 0) {
        document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
    } else {
        document.write("<a href=\"" + first + "\">首页</a>&nbsp;");
        document.write("<a href=\"" + pageUrl(nCurrIndex - 1) + "\">上一页</a>&nbsp;");
    }
    for (var i = 0; i < _nPageCount; i++) {
        if (i == nCurrIndex) { document.write("<span class=\"cur\">" + (i + 1) + "</span>&nbsp;"); }
        else { document.write("<a href=\"" + pageUrl(i) + "\">" + (i + 1) + "</a>&nbsp;"); }
    }
    if (nCurrIndex == _nPageCount - 1) {
        document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
    } else {
        document.write("<a href=\"" + pageUrl(nCurrIndex + 1) + "\">下一页</a>&nbsp;");
        document.write("<a href=\"" + pageUrl(_nPageCount - 1) + "\">尾页</a>");
    }
}
function doZoom(size) {
    var el = document.getElementById("zoom");
    if (el) { el.style.fontSize = size + "px"; }
}
function switchTab(group, n) {
    var heads = document.querySelectorAll("[data-tab='" + group + "'] .tab_head li");
    var bodies = document.querySelectorAll("[data-tab='" + group + "'] .tab_body");
    for (var i = 0; i < heads.length; i++) {
        heads[i].className = i == n ? "on" : "";
        bodies[i].style.display = i == n ? "block" : "none";
    }
}
function SetHome(obj, url) { try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(url); } catch (e) { alert("请使用浏览器菜单设置首页"); } }
function AddFavorite() { alert("请按 Ctrl+D 收藏本站"); }
document.addEventListener("DOMContentLoaded", function () {
    /* 图片延迟加载：data-src -> src */
    var imgs = document.querySelectorAll("img[data-src]");
    for (var i = 0; i < imgs.length; i++) { imgs[i].setAttribute("src", imgs[i].getAttribute("data-src")); }
    /* 焦点图 */
    var box = document.getElementById("focus");
    if (box && window.focusData) {
        var h = "";
        for (var k = 0; k < focusData.length; k++) {
            var d = focusData[k];
            h += "<li" + (k == 0 ? " class=\"on\"" : "") + "><a href=\"" + d.url + "\" target=\"_blank\"><img src=\"" + d.img +
                "\" alt=\"" + d.title + "\"></a><p><a href=\"" + d.url + "\" target=\"_blank\">" + d.title + "</a></p></li>";
        }
        box.innerHTML = h;
    }
});
"""

PORTAL_CSS = """@charset "utf-8";
body{margin:0;font:14px/1.8 "Microsoft YaHei","SimSun",sans-serif;color:#333;background:#f4f4f4}
a{color:#333;text-decoration:none}a:hover{color:#c4161c}
ul{margin:0;padding:0;list-style:none}
.w1200{width:1200px;margin:0 auto}
.top{background:#f0f0f0;border-bottom:1px solid #ddd;height:34px;line-height:34px;font-size:12px;color:#666}
.top .links{float:right}.top .links a{margin-left:12px;color:#666}
.header{background:#fff;height:110px}
.header .logo{float:left;margin-top:15px}.header form{float:right;margin-top:38px}
.header input[type=text]{width:220px;height:28px;border:1px solid #c4161c}
.header input[type=submit]{height:32px;background:#c4161c;color:#fff;border:0;padding:0 14px}
.nav{background:#c4161c;height:48px}.nav .w1200>ul>li{float:left;position:relative}
.nav .w1200>ul>li>a{display:block;padding:0 34px;line-height:48px;color:#fff;font-size:17px}
.nav .sub{display:none;position:absolute;left:0;top:48px;background:#fff;border:1px solid #c4161c;width:160px;z-index:9}
.nav li:hover .sub{display:block}.nav .sub a{display:block;padding:0 16px;line-height:34px}
.main{background:#fff;margin-top:12px;padding:16px;overflow:hidden}
.left{float:left;width:230px}.right{float:right;width:920px}
.left_tit{background:#c4161c;color:#fff;font-size:18px;padding:10px 16px}
.left_nav li a{display:block;border-bottom:1px dashed #ddd;padding:8px 16px}
.position{border-bottom:1px solid #eee;color:#888;font-size:13px;margin-bottom:10px}
.list_tit h3{font-size:18px;color:#c4161c;margin:6px 0}
.list_ul li,.notice_list li,.rs_list li,.yshj_list li,.xxgk_list li{border-bottom:1px dashed #e2e2e2;padding:6px 0;overflow:hidden}
.list_ul li span,.notice_list li em,.yshj_list li span{float:right;color:#999;font-style:normal}
.rs_list .fr{float:right;color:#999}.list_ul .zd_li{background:#fafafa}.list_ul .zd{color:#fff;background:#e60;font-style:normal;padding:0 4px;margin-right:6px;font-size:12px}
.news_item{overflow:hidden;border-bottom:1px dashed #e2e2e2;padding:6px 0}.news_t{float:left}.news_d{float:right;color:#999}
.pic_list{overflow:hidden}.pic_item{float:left;width:280px;margin:0 10px 16px 0;text-align:center}
.pic_item img{width:260px;height:173px;background:#eee}.pic_item i{display:block;color:#999;font-style:normal}
table.zcwj_table,table.cz_table,table.jyta_table,table.xx_table{width:100%;border-collapse:collapse}
.zcwj_table th,.zcwj_table td,.cz_table td,.jyta_table th,.xx_table th,.xx_table td{border:1px solid #e2e2e2;padding:6px 8px}
.zcwj_table th,.jyta_table th,.xx_table th{background:#f7f0f0}
.no_data{padding:60px 0;text-align:center;color:#999}
.card{border-bottom:1px solid #eee;padding:10px 0}.card .time{color:#999;font-size:12px}
.page,.pagination{text-align:center;padding:18px 0;color:#666}.page a,.pagination a{border:1px solid #ddd;padding:2px 8px;margin:0 2px}
.page .cur{background:#c4161c;color:#fff;padding:2px 8px}
.article h1{text-align:center;font-size:24px;color:#222}.article .info{text-align:center;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.article .info span{margin:0 10px}.TRS_Editor{font-size:16px;line-height:2}.TRS_Editor img{max-width:100%;display:block;margin:10px auto}
.fj{background:#f8f8f8;padding:10px}.fj img{vertical-align:middle;margin-right:4px}.tools{text-align:right}
.block{float:left;width:580px;margin:0 20px 20px 0}.block h4{border-bottom:2px solid #c4161c;margin:0 0 8px;font-size:17px}
.block h4 a.more{float:right;font-size:12px;font-weight:normal;color:#999}
.tab_head li{float:left;padding:0 18px;cursor:pointer;font-size:17px}.tab_head li.on{color:#c4161c;font-weight:bold}
.tab_head{overflow:hidden;border-bottom:2px solid #c4161c;margin-bottom:8px}
#focus li{display:none}#focus li.on{display:block}#focus img{width:560px;height:373px}
.zt a{display:inline-block;margin-right:16px}.zt img{width:380px;height:120px;display:block}
.bmfw a{display:inline-block;width:130px;text-align:center}.bmfw img{display:block;margin:0 auto}
.footer{background:#c4161c;color:#fff;text-align:center;padding:20px 0;margin-top:16px;font-size:13px}
.footer a{color:#fff;margin:0 8px}.footer img{vertical-align:middle;margin:0 6px}
"""

JYJ_CSS = """@charset "utf-8";
body{margin:0;background:#eef3f8;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#333}
a{color:#1a4f8b;text-decoration:none}ul{margin:0;padding:0;list-style:none}
#wrap{width:1100px;margin:0 auto;background:#fff}
.jyj_top img{display:block;width:1100px;height:130px}
.lmdh{background:#1a4f8b;padding:4px 10px;line-height:32px}.lmdh a{color:#fff;margin:0 9px;white-space:nowrap}
.cont{padding:16px 20px;overflow:hidden}
.wz{color:#888;border-bottom:1px solid #dde6f0;margin-bottom:10px;font-size:13px}
.lm_name{font-size:19px;color:#1a4f8b;font-weight:bold;margin:6px 0 10px}
.lb li,.news_list li{border-bottom:1px dotted #cfd8e3;padding:5px 0;overflow:hidden}
.lb li span,.news_list li b{float:right;color:#888;font-weight:normal}
.news_list li img{margin:0 8px 3px 0;vertical-align:middle}
table.tz_table{width:100%;border-collapse:collapse}.tz_table td{border-bottom:1px dotted #cfd8e3;padding:6px 4px}
.tz_table td+td{width:120px;color:#888;text-align:right}
.zc_item{border-bottom:1px solid #e5ebf2;padding:8px 0}.zc_item h4{margin:0;font-size:15px}.zc_item p{margin:2px 0;color:#888;font-size:12px}
.page{text-align:center;padding:14px;color:#666}.page a{margin:0 4px}
.box{float:left;width:515px;margin:0 10px 16px 0}.box h3{border-bottom:2px solid #1a4f8b;font-size:16px;margin:0 0 6px}
.box h3 a.more{float:right;font-size:12px;font-weight:normal;color:#999}
.jyfc img{width:300px;height:200px;display:block}
.wzxq h1{text-align:center;font-size:22px}.wzxq .xx{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e5ebf2}
.wzxq .nr{font-size:16px;line-height:2}.wzxq .nr img{display:block;margin:10px auto;max-width:100%}
.fwlj a{display:inline-block;background:#1a4f8b;color:#fff;padding:6px 18px;margin-right:12px}
.foot{background:#1a4f8b;color:#dfe8f3;text-align:center;padding:16px;font-size:13px;line-height:2}
"""

MINI_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# =============================================================================================
# The writer
# =============================================================================================


class Build:
    def __init__(self, cols: list[Col]) -> None:
        self.cols = cols
        self.files: dict[str, bytes] = {}
        self.routes: dict[str, dict[str, Any]] = {}
        self.planted: list[dict[str, Any]] = []
        self.decoys: list[dict[str, Any]] = []
        self.delays: list[dict[str, Any]] = []
        self.seeds: list[str] = []
        self.pics = Pictures()

    # -- bookkeeping ---------------------------------------------------------------------------
    def page(self, path: str, text: str) -> None:
        assert path not in self.files, path
        self.files[path] = text.encode("utf-8")

    def file(self, path: str, data: bytes) -> None:
        assert path not in self.files, path
        self.files[path] = data

    def plant(self, rule: str, site: str, url_path: str, target: str | None, note: str, certainty: str | None = None) -> None:
        item: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path}
        if target is not None:
            item["target"] = target
        if certainty:
            item["certainty"] = certainty
        item["note"] = note
        self.planted.append(item)

    def decoy(self, rule: str, site: str, url_path: str, target: str | None, note: str) -> None:
        item: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path}
        if target is not None:
            item["target"] = target
        item["note"] = note
        self.decoys.append(item)

    def delay(self, site: str, path: str, ms: int, note: str) -> None:
        self.routes[path] = {"delay_ms": ms}
        self.delays.append({"url_path": path, "ms": ms, "note": note})
        if ms > SLOW_MS:
            self.plant("site.slow", site, path, None, f"answers after {ms} ms")
        else:
            self.decoy("site.slow", site, path, None, f"answers after {ms} ms, under slow_ms")

    def cols_of(self, site: str) -> list[Col]:
        return [c for c in self.cols if c.site == site]

    def col(self, site: str, name: str) -> Col:
        return next(c for c in self.cols if c.site == site and c.name == name)

    # -- the portal ------------------------------------------------------------------------------
    GROUPS = [("走进澧原", "/zjly/jggk/"), ("政务动态", "/zwdt/"), ("信息公开", "/xxgk/"), ("互动交流", "/hdjl/xzxx/"),
              ("专题专栏", "/ztzl/")]

    def portal_chrome(self, path: str, title: str, body: str, meta: dict[str, str] | None = None) -> str:
        r = lambda to: rel(path, to)  # noqa: E731
        nav = [f'<li><a href="{r("/")}">首页</a></li>']
        for g, landing in self.GROUPS:
            subs = "".join(f'<a href="{r(c.folder)}">{esc(c.name)}</a>' for c in self.cols_of(PORTAL) if c.group == g)
            nav.append(f'<li class="has"><a href="{r(landing)}">{g}</a><div class="sub">{subs}</div></li>')
        metas = {"SiteName": "澧原县人民政府", "SiteDomain": "www.liyuan.gov.cn", "SiteIDCode": "4307990001"}
        metas.update(meta or {})
        head_meta = "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in metas.items())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)}</title>
{head_meta}
<link href="{r("/css/style.css")}" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{r("/js/common.js")}"></script>
</head>
<body>
<div class="top"><div class="w1200"><span class="today"><script type="text/javascript">
var _d = new Date(), _w = ["日","一","二","三","四","五","六"];
document.write("今天是：" + _d.getFullYear() + "年" + (_d.getMonth() + 1) + "月" + _d.getDate() + "日 星期" + _w[_d.getDay()]);
</script></span><span class="links"><a href="javascript:void(0)" onclick="SetHome(this, location.href)">设为首页</a><a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a><a href="{r("/wzdt/")}">网站地图</a><a href="javascript:;" id="wza">无障碍浏览</a></span></div></div>
<div class="header"><div class="w1200"><div class="logo"><a href="{r("/")}"><img src="{r("/images/logo.png")}" alt="澧原县人民政府" width="420" height="80" /></a></div>
<form action="/was5/web/search" method="get" target="_blank" name="searchform"><input type="hidden" name="channelid" value="200125" /><input type="text" name="searchword" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><div class="w1200"><ul>
{chr(10).join(nav)}
</ul></div></div>
{body}
<div class="footer">
<p><a href="{r("/wzdt/")}">网站地图</a>|<a href="{r("/lxwm/")}">联系我们</a>|<a href="{r("/wzjc/")}">我为政府网站找错</a></p>
<p>主办：澧原县人民政府办公室　承办：澧原县政务服务和大数据中心　地址：澧原县城关镇澧兰大道88号　电话：0736-5221001</p>
<p><img src="{r("/images/dzjg.png")}" alt="党政机关" width="46" height="56" />网站标识码：4307990001　<a href="javascript:;">湘ICP备05001234号</a>　湘公网安备 43079902000123号<a href="{r("/wzjc/")}"><img src="{r("/images/jiucuo.png")}" alt="我为政府网站找错" width="110" height="55" /></a></p>
</div>
</body>
</html>
"""

    def portal_column_frame(self, path: str, c: Col, inner: str, page_title: str | None = None) -> str:
        r = lambda to: rel(path, to)  # noqa: E731
        group_landing = dict(self.GROUPS)[c.group]
        sibs = "".join(f'<li><a href="{r(s.folder)}">{esc(s.name)}</a></li>' for s in self.cols_of(PORTAL) if s.group == c.group)
        body = f"""<div class="main w1200">
<div class="left"><div class="left_tit">{c.group}</div><ul class="left_nav">{sibs}</ul></div>
<div class="right">
<div class="position">当前位置：<a href="{r("/")}">首页</a> &gt; <a href="{r(group_landing)}">{c.group}</a> &gt; <a href="{r(c.folder)}">{esc(c.name)}</a></div>
<div class="list_tit"><h3>{esc(c.name)}</h3></div>
{inner}
</div>
</div>"""
        meta = {"ColumnName": c.name, "ColumnDescription": c.name, "ColumnKeywords": c.name, "ColumnType": c.name}
        return self.portal_chrome(path, f"{page_title or c.name}_澧原县人民政府", body, meta)

    def portal_list_items(self, path: str, c: Col, entries: list[Entry]) -> str:
        r = lambda e: rel(path, e.path)  # noqa: E731
        a = lambda e: f'<a href="{r(e)}" target="_blank" title="{esc(e.title)}">{esc(e.title)}</a>'  # noqa: E731
        st = c.style
        if st in ("gzdt", "ndbg"):
            rows = []
            for e in entries:
                zd = '<i class="zd">置顶</i>' if e.pinned else ""
                cls = ' class="zd_li"' if e.pinned else ""
                rows.append(f'<li{cls}>{zd}{a(e)}<span class="date">{fmt(e.date, "iso")}</span></li>')
            return '<ul class="list_ul">\n' + "\n".join(rows) + "\n</ul>"
        if st == "xzdt":
            return '<div class="xxgk_list"><ul>\n' + "\n".join(f"<li>{a(e)}{fmt(e.date, 'paren')}</li>" for e in entries) + "\n</ul></div>"
        if st == "bmdt":
            return "\n".join(f'<div class="news_item"><div class="news_t">{a(e)}</div><div class="news_d">{fmt(e.date, "dot")}</div></div>'
                             for e in entries)
        if st == "tzgg":
            return '<ul class="notice_list">\n' + "\n".join(f"<li>{a(e)}<em>{fmt(e.date, 'cn')}</em></li>" for e in entries) + "\n</ul>"
        if st == "rsxx":
            return '<ul class="rs_list">\n' + "\n".join(f'<li><span class="fr">{fmt(e.date, "bracket")}</span>{a(e)}</li>' for e in entries) + "\n</ul>"
        if st == "ghjh":
            return '<ul class="list_ul">\n' + "\n".join(f"<li>{a(e)}<span>{fmt(e.date, 'slash')}</span></li>" for e in entries) + "\n</ul>"
        if st == "yshj":
            return '<ul class="yshj_list">\n' + "\n".join(f"<li>{a(e)}<span>{fmt(e.date, 'cn_nopad')}</span></li>" for e in entries) + "\n</ul>"
        if st == "czyjs":
            return '<table class="cz_table">\n' + "\n".join(
                f'<tr><td class="bt">{a(e)}</td><td class="rq">{fmt(e.date, "iso")}</td></tr>' for e in entries) + "\n</table>"
        if st == "xczx":
            return "\n".join(f'<div class="card"><h4>{a(e)}</h4><p class="summary">{esc(SENTENCES[e.id % len(SENTENCES)])}</p>'
                             f'<p class="time">发布时间：{fmt(e.date, "iso")}</p></div>' for e in entries)
        if st == "zcwj":
            rows = []
            for i, e in enumerate(entries, 1):
                no = f"澧政{'办' if e.id % 2 else ''}发〔{e.date.year}〕{e.id % 23 + 1}号"
                rows.append(f'<tr><td>{i}</td><td class="bt">{a(e)}</td><td>{no}</td><td>{fmt(e.date, "iso")}</td></tr>')
            return ('<table class="zcwj_table">\n<thead><tr><th width="50">序号</th><th>标题</th><th width="170">文号</th>'
                    '<th width="110">发布日期</th></tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")
        if st == "tpxw":
            items = []
            for e in entries:
                thumb = {"photo": e.path.rsplit("/", 1)[0] + f"/W0{e.date:%Y%m%d}{e.id}.jpg",
                         "missing": e.path.rsplit("/", 1)[0] + f"/W0{e.date:%Y%m%d}{e.id}.jpg",
                         "nopic": "/images/nopic.jpg"}[e.thumb]
                items.append(f'<div class="pic_item"><a href="{r(e)}" target="_blank"><img class="lazy" src="{rel(path, "/images/grey.gif")}" '
                             f'data-src="{rel(path, thumb)}" alt="{esc(e.title)}" /></a><p>{a(e)}</p><i>{fmt(e.date, "md")}</i></div>')
            return '<div class="pic_list">\n' + "\n".join(items) + "\n</div>"
        raise AssertionError(st)

    def write_portal_column(self, c: Col) -> None:
        if c.kind == "single":
            return self.write_portal_single(c)
        if c.kind == "blank":
            inner = {
                "nodata": '<div class="list_box"><div class="no_data">暂无信息</div></div>',
                "thead": '<table class="jyta_table">\n<tr><th>标题</th><th width="200">承办单位</th><th width="110">答复日期</th></tr>\n</table>',
                "script_rows": ('<ul class="list_ul" id="gkList">\n' + "\n".join(
                    '<li><a href="javascript:;" target="_blank"></a><span class="date"></span></li>' for _ in range(10)) + "\n</ul>\n"
                    f'<script type="text/javascript" src="{rel(c.index, "/js/gkml_list.js")}"></script>\n'
                    '<script type="text/javascript">if (window.renderGkml) { renderGkml("gkList", "ssjy"); }</script>'),
                "empty_ul": '<ul class="list_ul">\n</ul>\n<div class="page"></div>',
            }[c.blank]
            self.page(c.index, self.portal_column_frame(c.index, c, inner))
            return
        if c.style == "xzxx":
            return self.write_mailbox(c)
        listed = c.entries
        pages = [listed]
        if c.per_page:
            pages = [listed[i:i + c.per_page] for i in range(0, len(listed), c.per_page)]
        for n, chunk in enumerate(pages):
            path = c.index if n == 0 else f"{c.folder}index_{n}.html"
            inner = self.portal_list_items(path, c, chunk)
            if c.pager == "script":
                inner += f'\n<div class="page"><script type="text/javascript">createPageHTML({len(pages)}, {n}, "index", "html");</script></div>'
                if n:
                    self.seeds.append(path)
            elif c.pager == "static":
                nxt = f"index_{n + 1}.html" if n + 1 < len(pages) else ""
                prv = ("index.html" if n == 1 else f"index_{n - 1}.html") if n else ""
                last = f"index_{len(pages) - 1}.html"
                inner += (f'\n<div class="pagination">共{len(listed)}条记录 当前第{n + 1}/{len(pages)}页 '
                          + ('<a href="index.html">首页</a> ' if n else "<span>首页</span> ")
                          + (f'<a href="{prv}">上一页</a> ' if prv else "<span>上一页</span> ")
                          + (f'<a href="{nxt}">下一页</a> ' if nxt else "<span>下一页</span> ")
                          + (f'<a href="{last}">尾页</a>' if nxt else "<span>尾页</span>") + "</div>")
            if n:
                self.decoy("column.blank", PORTAL, path, c.name, "a pagination page of a fresh column")
            self.page(path, self.portal_column_frame(path, c, inner))
            for e in chunk:
                if e.deleted:
                    self.plant("link.broken", PORTAL, path, e.path, "a deleted article still listed on the last list page (404)",
                               "definite")
        for e in listed:
            if not e.deleted:
                self.write_portal_article(c, e)
        if c.delay_ms:
            self.delay(PORTAL, c.folder, c.delay_ms, f"the {c.name} list page")

    def write_portal_article(self, c: Col, e: Entry) -> None:
        path = e.path
        folder = path.rsplit("/", 1)[0] + "/"
        stem = f"{e.date:%Y%m%d}{e.id}"
        body_imgs, attachments = "", []
        if c.style == "tpxw" and e.thumb == "photo":
            img = self.pics.save(f"{folder}W0{stem}.jpg", photo(e.id, 600, 400))
            body_imgs += f'<p style="text-align:center"><img src="./W0{stem}.jpg" alt="{esc(e.title)}" width="600" height="400" /></p>'
            self.decoy("image.broken", PORTAL, c.index, img, "a lazily loaded thumbnail that loads")
        if c.style == "tpxw" and e.thumb == "missing":
            self.plant("image.broken", PORTAL, c.index, f"{folder}W0{stem}.jpg", "a thumbnail whose file is gone (404)")
        if c.style == "tpxw" and e.thumb == "nopic":
            self.pics.save("/images/nopic.jpg", placeholder("暂无图片", 260, 173, broken=False))
            self.plant("image.broken", PORTAL, c.index, "/images/nopic.jpg", "占位图: the template's 暂无图片 graphic")
        if "photo" in e.extra:
            img = self.pics.save(f"{folder}W0{stem}01.jpg", photo(e.id + 5, 640, 420))
            body_imgs += f'<p style="text-align:center"><img src="./W0{stem}01.jpg" width="640" height="420" /></p>'
            self.decoy("image.broken", PORTAL, path, img, "a photo in an article")
        if "errpage_jpg" in e.extra:
            target = f"{folder}W0{stem}02.jpg"
            self.file(target, ERROR_PAGE)
            body_imgs += f'<p style="text-align:center"><img src="./W0{stem}02.jpg" width="600" height="400" /></p>'
            self.plant("image.broken", PORTAL, path, target, "an nginx 404 page saved under the picture's name (not an image)")
        if "pdf" in e.extra:
            self.file(f"{folder}P0{stem}10.pdf", MINI_PDF)
            attachments.append((f"P0{stem}10.pdf", "pdf", "实施方案全文.pdf"))
            self.decoy("link.broken", PORTAL, path, f"{folder}P0{stem}10.pdf", "an attachment that exists")
        if "doc_missing" in e.extra:
            attachments.append((f"P0{stem}11.doc", "doc", "附件2：申报表.doc"))
            self.plant("link.broken", PORTAL, path, f"{folder}P0{stem}11.doc", "an attachment that was never uploaded (404)", "definite")
        if "pdf_flaky" in e.extra:
            self.file(f"{folder}P0{stem}12.pdf", MINI_PDF)
            self.routes[f"{folder}P0{stem}12.pdf"] = {"fail_first": 1, "status": 502}
            attachments.append((f"P0{stem}12.pdf", "pdf", "政策解读图解.pdf"))
            self.decoy("link.broken", PORTAL, path, f"{folder}P0{stem}12.pdf", "answers 502 once, then 200")
        fj = ""
        if attachments:
            fj = '<div class="fj">附件：<br />' + "<br />".join(
                f'<img src="{rel(path, f"/images/icon_{k}.gif")}" width="16" height="16" /><a href="./{f}" target="_blank">{esc(t)}</a>'
                for f, k, t in attachments) + "</div>"
        source = {"xzdt": "乡镇", "bmdt": "县直部门", "zcwj": "县人民政府办公室", "rsxx": "县人社局"}.get(c.style, "县融媒体中心")
        views = 100 + e.id % 900
        inner = f"""<div class="article">
<h1 class="title">{esc(e.title)}</h1>
<div class="info"><span>发布时间：{e.date:%Y-%m-%d} {9 + e.id % 8:02d}:{e.id % 60:02d}</span><span>来源：{source}</span><span>浏览次数：<script>document.write({views})</script></span><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="TRS_Editor" id="zoom">
{body_imgs}
{paragraphs(e.id)}
</div>
{fj}
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>"""
        meta = {"ArticleTitle": e.title, "PubDate": f"{e.date:%Y-%m-%d} 09:00", "ContentSource": source}
        text = self.portal_column_frame(path, c, inner, page_title=e.title)
        text = text.replace('<meta name="ColumnType"', "\n".join(f'<meta name="{k}" content="{esc(v)}">' for k, v in meta.items())
                            + '\n<meta name="ColumnType"', 1)
        self.page(path, text)
        if "slow" in e.extra:
            self.delay(PORTAL, path, 3600, "an article page")

    def write_portal_single(self, c: Col) -> None:
        path = c.index
        if c.name == "机构概况":
            depts = "、".join(["县人民政府办公室", "县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局", "县民政局",
                              "县司法局", "县财政局", "县人力资源和社会保障局", "县自然资源局", "县住房和城乡建设局", "县交通运输局",
                              "县水利局", "县农业农村局", "县商务局", "县文化旅游广电体育局", "县卫生健康局", "县应急管理局", "县审计局",
                              "县市场监督管理局", "县统计局", "县医疗保障局"])
            inner = (f'<div class="TRS_Editor" id="zoom"><p>　　澧原县人民政府是澧原县的行政机关，实行县长负责制。县人民政府设县长1名，'
                     f'副县长若干名。</p><h4>县政府工作部门</h4><p>　　{depts}。</p>{paragraphs(11, 3)}</div>')
        else:
            top = self.pics.save("/zjly/xqjj/W020230612556101.jpg", photo(101, 800, 450))
            low = self.pics.save("/zjly/xqjj/W020230612556102.jpg", photo(102, 800, 450))
            self.decoy("image.broken", PORTAL, path, top, "a photo on a single-page column")
            self.decoy("image.broken", PORTAL, path, low, "a native loading=lazy photo far below the fold; it loads when scrolled to")
            inner = (f'<div class="TRS_Editor" id="zoom"><p style="text-align:center"><img src="./W020230612556101.jpg" width="800" height="450" alt="澧原县城全景" /></p>'
                     f"<p>　　澧原县位于湖南省西北部，澧水中游，总面积2063平方公里，辖8个乡镇、186个行政村（社区），户籍人口42.6万人。</p>"
                     f"{paragraphs(12, 10)}<h4>自然资源</h4>{paragraphs(13, 8)}<h4>交通区位</h4>{paragraphs(14, 8)}"
                     f'<p style="text-align:center"><img src="./W020230612556102.jpg" loading="lazy" width="800" height="450" alt="澧水风光带" /></p>'
                     f"<p>　　（资料截至2023年底）</p></div>")
        self.page(path, self.portal_column_frame(path, c, inner))
        if c.delay_ms:
            self.delay(PORTAL, c.folder, c.delay_ms, "a single-page column, slow but under slow_ms")

    def write_mailbox(self, c: Col) -> None:
        path = c.index
        rows = []
        for e in c.entries:
            replied = e.date + timedelta(days=2 + e.id % 3)
            rows.append({"title": e.title, "url": rel(path, e.path), "lxsj": fmt(e.date, "iso"), "hfsj": fmt(replied, "iso"), "zt": "已办结"})
            self.seeds.append(e.path)
            inner = f"""<div class="article">
<h1 class="title">{esc(e.title)}</h1>
<table class="xx_table"><tr><th width="120">来信时间</th><td>{e.date:%Y-%m-%d} 10:{e.id % 60:02d}</td></tr>
<tr><th>来信内容</th><td>{esc(SENTENCES[e.id % len(SENTENCES)])}请有关部门予以答复。</td></tr>
<tr><th>答复单位</th><td>{DEPTS[e.id % len(DEPTS)]}</td></tr><tr><th>答复时间</th><td>{replied:%Y-%m-%d} 16:30</td></tr>
<tr><th>答复内容</th><td>您好！您反映的问题已收悉。{esc(SENTENCES[(e.id + 3) % len(SENTENCES)])}感谢您对我县工作的关心和支持。</td></tr></table>
</div>"""
            self.page(e.path, self.portal_column_frame(e.path, c, inner, page_title=e.title))
        self.file(c.folder + "list.json", json.dumps({"total": len(rows), "list": rows}, ensure_ascii=False, indent=1).encode())
        inner = """<div class="xx_tip">县长信箱受理群众对县人民政府工作的意见建议，来信一般在5个工作日内答复。</div>
<table class="xx_table"><thead><tr><th>信件标题</th><th width="110">来信时间</th><th width="110">答复时间</th><th width="80">状态</th></tr></thead>
<tbody id="xxList"><tr><td colspan="4">正在加载……</td></tr></tbody></table>
<script type="text/javascript">
(function () {
    var x = new XMLHttpRequest();
    x.open("GET", "list.json?t=" + new Date().getTime());
    x.onload = function () {
        var d = JSON.parse(x.responseText), h = "";
        for (var i = 0; i < d.list.length; i++) {
            var m = d.list[i];
            h += "<tr><td><a href=\\"" + m.url + "\\" target=\\"_blank\\">" + m.title + "</a></td><td>" + m.lxsj + "</td><td>" + m.hfsj + "</td><td>" + m.zt + "</td></tr>";
        }
        document.getElementById("xxList").innerHTML = h;
    };
    x.send();
})();
</script>"""
        self.page(path, self.portal_column_frame(path, c, inner))
        self.decoy("column.blank", PORTAL, path, c.name, "a list filled by XMLHttpRequest from a JSON file that loads")

    def write_portal_landings(self) -> None:
        for g, landing in self.GROUPS:
            if not landing.endswith(("/zwdt/", "/xxgk/", "/ztzl/")):
                continue
            path = landing + "index.html"
            r = lambda to, path=path: rel(path, to)  # noqa: E731
            blocks = []
            if g == "专题专栏":
                topics = [("营商动态", "/ztzl/yshj/", date(2023, 3, 1), "优化营商环境，持续深化“放管服”改革。"),
                          ("乡村振兴", "/ztzl/xczx/", date(2022, 5, 10), "全面推进乡村振兴，加快农业农村现代化。"),
                          ("应急管理", "/ztzl/yjgl/", date(2023, 11, 20), "统筹发展和安全，提升防灾减灾救灾能力。"),
                          ("2022年主题教育专题（已归档）", "/ztzl/2022ztjy/", date(2022, 3, 1), "专题已归档。")]
                items = "\n".join(f'<div class="card"><h4><a href="{r(u)}" target="_blank">{t}</a></h4><p class="summary">{s}</p>'
                                  f'<p class="time">开设时间：{fmt(d, "iso")}</p></div>' for t, u, d, s in topics)
                self.routes["/ztzl/2022ztjy/"] = {"status": 403}
                self.plant("link.broken", PORTAL, path, "/ztzl/2022ztjy/", "an archived 专题 folder whose index was removed: 403", "definite")
                inner = items
            else:
                for c in self.cols_of(PORTAL):
                    if c.group != g or c.kind != "list" or c.style == "xzxx":
                        continue
                    top = sorted((e for e in c.entries if not e.deleted), key=lambda e: e.date, reverse=True)[:5]
                    lis = "".join(f'<li><a href="{r(e.path)}" target="_blank">{esc(e.title)}</a><span>{fmt(e.date, "iso")}</span></li>' for e in top)
                    blocks.append(f'<div class="block"><h4>{esc(c.name)}<a class="more" href="{r(c.folder)}">更多&gt;&gt;</a></h4><ul class="list_ul">{lis}</ul></div>')
                inner = "\n".join(blocks)
            body = f"""<div class="main w1200"><div class="position">当前位置：<a href="{r("/")}">首页</a> &gt; <a href="{r(landing)}">{g}</a></div>
<div class="list_tit"><h3>{g}</h3></div>
{inner}
</div>"""
            self.page(path, self.portal_chrome(path, f"{g}_澧原县人民政府", body, {"ColumnName": g, "ColumnType": g}))

    def write_portal_home(self) -> None:
        path = "/index.html"
        r = lambda to: rel(path, to)  # noqa: E731
        gz = self.col(PORTAL, "工作动态")
        tp = [e for e in self.col(PORTAL, "图片新闻").entries if e.thumb == "photo"]
        focus = [{"title": e.title, "url": r(e.path), "img": r(e.path.rsplit("/", 1)[0] + f"/W0{e.date:%Y%m%d}{e.id}.jpg")} for e in tp]

        def lis(c: Col, n: int, style: str) -> str:
            top = sorted((e for e in c.entries if not e.deleted and not e.pinned), key=lambda e: e.date, reverse=True)[:n]
            return "".join(f'<li><a href="{r(e.path)}" target="_blank" title="{esc(e.title)}">{esc(e.title)}</a><span>{fmt(e.date, style)}</span></li>'
                           for e in top)

        tabs = [gz, self.col(PORTAL, "部门动态"), self.col(PORTAL, "乡镇动态")]
        on = ' class="on"'
        heads = "".join(f'<li{on if i == 0 else ""} onmouseover="switchTab(&#39;dt&#39;, {i})">{t.name}</li>' for i, t in enumerate(tabs))
        bodies = "".join(f'<div class="tab_body" style="display:{"block" if i == 0 else "none"}"><ul class="list_ul">{lis(t, 7, "md")}</ul>'
                         f'<a class="more" href="{r(t.folder)}">更多&gt;&gt;</a></div>' for i, t in enumerate(tabs))
        # pictures of the homepage
        self.pics.save("/images/logo.png", logo("澧原县人民政府", "www.liyuan.gov.cn"))
        self.decoy("image.broken", PORTAL, "/", "/images/logo.png", "the logo: red emblem and text on white")
        ys = self.pics.save("/images/zt_yshj.jpg", banner("优化营商环境", "持续深化“放管服”改革 打造一流营商环境", 1))
        xc = self.pics.save("/images/zt_xczx.jpg", banner("全面推进乡村振兴", "产业兴旺 生态宜居 乡风文明 治理有效 生活富裕", 2,
                                                          colors=((30, 120, 60), (120, 180, 70))))
        yj = self.pics.save("/images/zt_yjgl.jpg", Image.new("RGB", (380, 120), (229, 229, 229)))
        self.routes["/images/zt_xczx.jpg"] = {"delay_ms": 2200}
        self.decoy("image.broken", PORTAL, "/", ys, "a 专题 banner")
        self.decoy("image.broken", PORTAL, "/", xc, "a 专题 banner served after 2200 ms; it loads")
        self.plant("image.broken", PORTAL, "/", yj, "a 专题 banner that is a flat grey box (the designer's placeholder never replaced)")
        qrp = self.pics.save("/images/ewm_lyfb.png", qr(4307))
        self.decoy("image.broken", PORTAL, "/", qrp, "a QR code")
        for k in ("bszn", "gjj", "bdc"):
            self.pics.save(f"/images/fw_{k}.png", icon(k, 48))
        self.routes["/bmfw/bdcdj/query.do"] = {"status": 503}
        self.plant("link.broken", PORTAL, "/", "/bmfw/bdcdj/query.do", "an online query whose back end answers 503 every time", "suspect")
        self.decoy("link.broken", PORTAL, "/", "/was5/web/search", "the search form's action, not a link")
        body = f"""<div class="main w1200">
<div class="block"><div id="focus"></div>
<script type="text/javascript">var focusData = {json.dumps(focus, ensure_ascii=False)};</script></div>
<div class="block" data-tab="dt"><ul class="tab_head">{heads}</ul>{bodies}</div>
<div class="block"><h4>通知公告<a class="more" href="{r("/xxgk/tzgg/")}">更多&gt;&gt;</a></h4><ul class="list_ul">{lis(self.col(PORTAL, "通知公告"), 4, "iso")}</ul></div>
<div class="block"><h4>政策文件<a class="more" href="{r("/xxgk/zcwj/")}">更多&gt;&gt;</a></h4><ul class="list_ul">{lis(self.col(PORTAL, "政策文件"), 5, "iso")}</ul></div>
<div class="zt" style="clear:both"><a href="{r("/ztzl/yshj/")}" target="_blank"><img src="{r(ys)}" alt="优化营商环境" width="380" height="120" /></a><a href="{r("/ztzl/xczx/")}" target="_blank"><img src="{r(xc)}" alt="乡村振兴" width="380" height="120" /></a><a href="{r("/ztzl/yjgl/")}" target="_blank"><img src="{r(yj)}" alt="应急管理" width="380" height="120" /></a></div>
<div class="bmfw"><h4>便民服务</h4><a href="{r("/bmfw/bszn/")}"><img src="{r("/images/fw_bszn.png")}" width="48" height="48" />办事指南</a><a href="{r("/bmfw/gjj/")}"><img src="{r("/images/fw_gjj.png")}" width="48" height="48" />公积金查询</a><a href="{r("/bmfw/bdcdj/query.do")}" target="_blank"><img src="{r("/images/fw_bdc.png")}" width="48" height="48" />不动产登记查询</a>
<span class="ewm"><img src="{r(qrp)}" width="116" height="116" alt="澧原发布" />“澧原发布”微信公众号</span></div>
</div>"""
        self.page(path, self.portal_chrome(path, "澧原县人民政府", body))

    def write_portal_misc(self) -> None:
        pages = {
            "/wzdt/": ("网站地图", None),
            "/lxwm/": ("联系我们", "<p>　　澧原县人民政府办公室（县政务服务和大数据中心）</p><p>　　地址：澧原县城关镇澧兰大道88号　邮编：415600</p><p>　　电话：0736-5221001　电子邮箱：lyxzfb@163.com</p>"),
            "/wzjc/": ("我为政府网站找错", "<p>　　如发现本网站存在错别字、链接不可用、信息更新不及时等问题，请发送邮件至 lyxzfb@163.com，我们将及时核实处理。</p>"),
            "/bmfw/bszn/": ("办事指南", "<p>　　县政务服务中心设综合受理窗口24个，实行“一窗受理、集成服务”。</p>" + paragraphs(21, 2)),
            "/bmfw/gjj/": ("公积金查询", "<p>　　请携带本人身份证到县住房公积金管理部服务大厅查询，或拨打服务热线0736-5228123。</p>"),
        }
        for folder, (title, text) in pages.items():
            path = folder + "index.html"
            r = lambda to, path=path: rel(path, to)  # noqa: E731
            if text is None:
                groups = []
                for g, landing in self.GROUPS:
                    links = "".join(f'<a href="{r(c.folder)}">{esc(c.name)}</a>　' for c in self.cols_of(PORTAL) if c.group == g)
                    groups.append(f'<dl><dt><a href="{r(landing)}">{g}</a></dt><dd>{links}</dd></dl>')
                text = "\n".join(groups)
            body = (f'<div class="main w1200"><div class="position">当前位置：<a href="{r("/")}">首页</a> &gt; {title}</div>'
                    f'<div class="list_tit"><h3>{title}</h3></div><div class="TRS_Editor">{text}</div></div>')
            self.page(path, self.portal_chrome(path, f"{title}_澧原县人民政府", body))

    def write_portal(self) -> None:
        self.file("/css/style.css", PORTAL_CSS.encode())
        self.file("/js/common.js", COMMON_JS.encode())
        grey = Image.new("RGB", (1, 1), (238, 238, 238))
        self.pics.save("/images/grey.gif", grey)
        self.decoy("image.broken", PORTAL, "/zwdt/tpxw/", "/images/grey.gif", "the 1×1 lazy-load stand-in")
        for k in ("pdf", "doc", "xls"):
            self.pics.save(f"/images/icon_{k}.gif", icon(k, 16))
        badge = Image.new("RGB", (46, 56), (200, 16, 24))
        ImageDraw.Draw(badge).text((7, 6), "党政\n机关", font=font(15), fill=(255, 240, 200))
        self.pics.save("/images/dzjg.png", badge)
        jc = Image.new("RGB", (110, 55), (255, 255, 255))
        dj = ImageDraw.Draw(jc)
        dj.rectangle([0, 0, 109, 54], outline=(200, 16, 24), width=2)
        dj.text((8, 6), "政府网站", font=font(14), fill=(200, 16, 24))
        dj.text((8, 26), "找错", font=font(20), fill=(200, 16, 24))
        self.pics.save("/images/jiucuo.png", jc)
        for c in self.cols_of(PORTAL):
            self.write_portal_column(c)
        self.write_portal_landings()
        self.write_portal_home()
        self.write_portal_misc()

    # -- the education bureau (a TRS sub-site publishing .shtml) ----------------------------------
    def jyj_chrome(self, path: str, title: str, body: str, meta: dict[str, str] | None = None) -> str:
        r = lambda to: rel(path, to)  # noqa: E731
        menu = [f'<a href="{r("/jyj/index.shtml")}">首页</a>'] + [
            f'<a href="{r(c.index)}">{esc(c.name)}</a>' for c in self.cols_of(JYJ) if c.in_menu]
        metas = {"SiteName": "澧原县教育局", "SiteDomain": "www.liyuan.gov.cn/jyj", "SiteIDCode": "4307990001"}
        metas.update(meta or {})
        head_meta = "\n".join(f'<meta name="{k}" content="{esc(v)}" />' for k, v in metas.items())
        return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
{head_meta}
<link rel="stylesheet" href="{r("/jyj/css/jyj.css")}" />
<script type="text/javascript">function doZoom(s) {{ var z = document.getElementById("zoom"); if (z) {{ z.style.fontSize = s + "px"; }} }}</script>
</head>
<body>
<div id="wrap">
<div class="jyj_top"><img src="{r("/jyj/images/banner.jpg")}" alt="澧原县教育局" /></div>
<div class="lmdh">{" | ".join(menu)}</div>
{body}
<div class="foot">主办单位：澧原县教育局　地址：澧原县城关镇文昌路16号　联系电话：0736-5223560<br />
网站标识码：4307990001　湘ICP备05001234号　技术支持：澧原县政务服务和大数据中心</div>
</div>
</body>
</html>
"""

    def jyj_frame(self, path: str, c: Col, inner: str, page_title: str | None = None) -> str:
        r = lambda to: rel(path, to)  # noqa: E731
        body = f"""<div class="cont">
<div class="wz">您现在的位置：<a href="{r("/jyj/index.shtml")}">首页</a> &gt; <a href="{r(c.index)}">{esc(c.name)}</a></div>
<div class="lm_name">{esc(c.name)}</div>
{inner}
</div>"""
        return self.jyj_chrome(path, f"{page_title or c.name} - 澧原县教育局", body, {"ColumnName": c.name, "ColumnType": c.name})

    def jyj_items(self, path: str, c: Col, entries: list[Entry]) -> str:
        a = lambda e: f'<a href="{rel(path, e.path)}" target="_blank">{esc(e.title)}</a>'  # noqa: E731
        st = c.style or "jydd"
        if st == "jyyw":
            dot = rel(path, "/jyj/images/dot.gif")
            return '<div class="news_list"><ul>\n' + "\n".join(
                f'<li><img src="{dot}" width="4" height="4" />{a(e)}<b>{fmt(e.date, "full")}</b></li>' for e in entries) + "\n</ul></div>"
        simple = {"jgzd": "iso", "xydt": "slash", "jcdt": "md", "jghj": "cn", "jysz": "iso", "djgz": "cn", "tyws": "dot",
                  "zyjy": "iso", "jydd": "iso"}
        if st in simple:
            return "\n".join(f"<li>{a(e)}<span>{fmt(e.date, simple[st])}</span></li>" for e in entries)
        if st == "cwgk":
            return "\n".join(f'<li>{a(e)}<span class="time">{fmt(e.date, "iso")}</span></li>' for e in entries)
        if st == "jrsx":
            return "\n".join(f"<li>{a(e)}{fmt(e.date, 'paren')}</li>" for e in entries)
        if st == "jtzg":
            return '<table class="tz_table">\n' + "\n".join(f"<tr><td>{a(e)}</td><td>{fmt(e.date, 'iso')}</td></tr>" for e in entries) + "\n</table>"
        if st == "jzcw":
            return "\n".join(f'<div class="zc_item"><h4>{a(e)}</h4><p>文号：澧教发〔{e.date.year}〕{e.id % 17 + 1}号　'
                             f'发布日期：{fmt(e.date, "iso")}</p></div>' for e in entries)
        raise AssertionError(st)

    def write_jyj_column(self, c: Col) -> None:
        if c.kind == "missing":
            return
        if c.kind == "blank":
            if c.blank == "css_hidden":
                inner = (f'<ul class="lb" id="ddList" style="display:none">\n{self.jyj_items(c.index, c, c.entries)}\n</ul>\n'
                         f'<script type="text/javascript" src="{rel(c.index, "/jyj/js/jquery-1.11.3.min.js")}"></script>\n'
                         '<script type="text/javascript">$(function () { $("#ddList").show(); });</script>')
                for e in c.entries:
                    self.write_jyj_article(c, e)
            else:
                inner = {
                    "zanwu": '<div class="lb_box"><p style="text-align:center;color:#999;padding:50px 0">暂无内容</p></div>',
                    "xhr_empty": ('<ul class="lb" id="zsList"></ul>\n<div class="page" id="zsPage"></div>\n<script type="text/javascript">\n'
                                  '(function () {\n  var x = new XMLHttpRequest();\n  x.open("GET", "list.json");\n  x.onload = function () {\n'
                                  '    var d = JSON.parse(x.responseText), h = "";\n    for (var i = 0; i < d.rows.length; i++) {\n'
                                  '      h += "<li><a href=\\"" + d.rows[i].link + "\\">" + d.rows[i].title + "</a><span>" + d.rows[i].date + "</span></li>";\n'
                                  '    }\n    document.getElementById("zsList").innerHTML = h;\n'
                                  '    document.getElementById("zsPage").innerHTML = "共" + d.total + "条";\n  };\n  x.send();\n})();\n</script>'),
                    "nbsp_rows": '<table class="tz_table">\n' + "\n".join(
                        '<tr><td><a href="javascript:;">&nbsp;</a></td><td>&nbsp;</td></tr>' for _ in range(8)) + "\n</table>",
                    "empty_div": '<div class="news_list"></div>\n<div class="page">共0条记录 第1/0页</div>',
                }[c.blank]
                if c.blank == "xhr_empty":
                    self.file(c.folder + "list.json", b'{"total":0,"rows":[]}\n')
            self.page(c.index, self.jyj_frame(c.index, c, inner))
            return
        pages = [c.entries]
        if c.per_page:
            pages = [c.entries[i:i + c.per_page] for i in range(0, len(c.entries), c.per_page)]
        for n, chunk in enumerate(pages):
            path = c.index if n == 0 else f"{c.folder}index_{n}.shtml"
            items = self.jyj_items(path, c, chunk)
            if c.style not in ("jyyw", "jtzg", "jzcw"):
                items = f'<ul class="lb">\n{items}\n</ul>'
            if len(pages) > 1:
                links = []
                links.append('<a href="index.shtml">首页</a>' if n else "首页")
                links.append((f'<a href="{"index.shtml" if n == 1 else f"index_{n - 1}.shtml"}">上一页</a>') if n else "上一页")
                links.append(f'<a href="index_{n + 1}.shtml">下一页</a>' if n + 1 < len(pages) else "下一页")
                links.append(f'<a href="index_{len(pages) - 1}.shtml">尾页</a>' if n + 1 < len(pages) else "尾页")
                items += f'\n<div class="page">共{len(c.entries)}条 第{n + 1}/{len(pages)}页 ' + " ".join(links) + "</div>"
            self.page(path, self.jyj_frame(path, c, items))
            if n:
                self.delay(JYJ, path, 1500, "the second list page of 教育要闻")
                self.decoy("column.blank", JYJ, path, c.name, "a pagination page")
        for e in c.entries:
            self.write_jyj_article(c, e)
        if c.delay_ms:
            self.delay(JYJ, c.index, c.delay_ms, f"the {c.name} list page")

    def write_jyj_article(self, c: Col, e: Entry) -> None:
        path = e.path
        folder = path.rsplit("/", 1)[0] + "/"
        stem = f"{e.date:%Y%m%d}{e.id}"
        imgs, fj = "", ""
        if "loadfail_png" in e.extra:
            target = self.pics.save(f"{folder}W0{stem}01.png", placeholder("图片加载失败", 600, 400, broken=True))
            imgs += f'<img src="./W0{stem}01.png" width="600" height="400" />'
            self.plant("image.broken", JYJ, path, target, "占位图: the image server's “图片加载失败” picture served in place of the photo")
        if "night_photo" in e.extra:
            target = self.pics.save(f"{folder}W0{stem}02.jpg", photo(e.id, 640, 400, mood="night"))
            imgs += f'<img src="./W0{stem}02.jpg" width="640" height="400" />'
            self.decoy("image.broken", JYJ, path, target, "a dark night photo (real content)")
        if "snow_photo" in e.extra:
            target = self.pics.save(f"{folder}W0{stem}03.jpg", photo(e.id, 640, 400, mood="snow"))
            imgs += f'<img src="./W0{stem}03.jpg" width="640" height="400" />'
            self.decoy("image.broken", JYJ, path, target, "a bright snow scene (high-key, real content)")
        if "scan" in e.extra:
            target = self.pics.save(f"{folder}W0{stem}04.jpg", scan(e.id))
            imgs += f'<img src="./W0{stem}04.jpg" width="520" height="700" />'
            self.decoy("image.broken", JYJ, path, target, "a scanned notice: mostly white paper with print")
        if "xls_gone" in e.extra:
            target = f"{folder}P0{stem}05.xls"
            self.routes[target] = {"status": 410}
            fj = f'<p>附件：<a href="./P0{stem}05.xls">2024年部门预算公开表.xls</a></p>'
            self.plant("link.broken", JYJ, path, target, "a withdrawn attachment: 410 Gone", "definite")
        inner = f"""<div class="wzxq">
<h1>{esc(e.title)}</h1>
<div class="xx">发布日期：{e.date:%Y-%m-%d}　信息来源：澧原县教育局　【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="nr" id="zoom">{imgs}
{paragraphs(e.id + 77)}
{fj}</div>
</div>"""
        self.page(path, self.jyj_frame(path, c, inner, page_title=e.title))

    def write_jyj_home(self) -> None:
        path = "/jyj/index.shtml"
        r = lambda to: rel(path, to)  # noqa: E731

        def box(name: str, n: int) -> str:
            c = self.col(JYJ, name)
            top = sorted(c.entries, key=lambda e: e.date, reverse=True)[:n]
            lis = "".join(f'<li><a href="{r(e.path)}" target="_blank">{esc(e.title)}</a><span>{fmt(e.date, "iso")}</span></li>' for e in top)
            return f'<div class="box"><h3>{name}<a class="more" href="{r(c.index)}">更多</a></h3><ul class="lb">{lis}</ul></div>'

        fc = self.pics.save("/jyj/images/jyfc_01.jpg", near_blank(11))
        self.plant("image.broken", JYJ, path, fc, "a near-blank picture: an over-exposed upload that shows almost nothing")
        self.routes["/jyj/jfpt/login.do"] = {"delay_ms": HANG_MS}
        self.plant("link.broken", JYJ, path, "/jyj/jfpt/login.do", f"a payment platform that never answers (hangs {HANG_MS // 1000} s)", "suspect")
        body = f"""<div class="cont">
{box("教育要闻", 6)}
<div class="box jyfc"><h3>教育风采</h3><img src="{r(fc)}" width="300" height="200" alt="澧原一中新校区" /><p>澧原一中新校区</p></div>
{box("通知公告", 4)}
{box("工作动态", 2)}
{box("校园动态", 2)}
{box("政策文件", 2)}
<div class="fwlj" style="clear:both"><a href="{r("/jyj/jfpt/login.do")}" target="_blank">教育缴费平台</a><a href="{r("/jyj/cwgk/index.shtml")}">财务公开</a></div>
</div>"""
        self.page(path, self.jyj_chrome(path, "澧原县教育局", body))

    def write_jyj(self) -> None:
        self.file("/jyj/css/jyj.css", JYJ_CSS.encode())
        self.pics.save("/jyj/images/banner.jpg", banner("澧原县教育局", "办好人民满意的教育", 9, 1100, 130, ((20, 70, 140), (70, 140, 200))))
        self.decoy("image.broken", JYJ, "/jyj/index.shtml", "/jyj/images/banner.jpg", "the banner")
        self.pics.save("/jyj/images/dot.gif", Image.new("RGB", (4, 4), (26, 79, 139)))
        self.decoy("image.broken", JYJ, "/jyj/jyyw/index.shtml", "/jyj/images/dot.gif", "a 4×4 bullet")
        for c in self.cols_of(JYJ):
            self.write_jyj_column(c)
        self.write_jyj_home()

    # -- the rest --------------------------------------------------------------------------------
    def write_down_sites(self) -> None:
        self.routes["/wjj/*"] = {"status": 502}
        self.plant("site.unreachable", WJJ, "/wjj/", None, "the homepage answers 502 Bad Gateway, always")
        self.routes["/jkq/*"] = {"delay_ms": HANG_MS}
        self.plant("site.unreachable", JKQ, "/jkq/", None, f"the homepage never answers within timeout_s ({TIMEOUT_S} s): it hangs {HANG_MS // 1000} s")


# =============================================================================================
# Output
# =============================================================================================

RULE_ORDER = ["site.unreachable", "site.slow", "link.broken", "image.broken", "column.blank", "column.blank_many",
              "column.overdue", "column.overdue_many", "column.due_soon", "column.unmonitored", "column.missing"]


def sites_yaml(cols: list[Col]) -> str:
    lines = ["# The engine-2 holdout's config ({base} is the server's root URL). Generated by generate.py.",
             "defaults:", f"  timeout_s: {TIMEOUT_S}", f"  slow_ms: {SLOW_MS}", "sites:",
             f"  - id: {PORTAL}", "    name: 澧原县人民政府", '    url: "{base}"',
             f"  - id: {JYJ}", "    name: 澧原县教育局", "    owner: 澧原县教育局", '    url: "{base}jyj/index.shtml"', "    columns:"]
    for c in cols:
        if c.site != JYJ or not c.in_config:
            continue
        url = ("{base}" + c.index.lstrip("/")) if c.config_full_url else c.index
        cat = f", category: {c.category}" if c.config_category else ""
        lines.append(f'      - {{name: {c.name}, url: "{url}"{cat}}}')
    lines += [f"  - id: {WJJ}", "    name: 澧原县卫生健康局", '    url: "{base}wjj/"',
              f"  - id: {JKQ}", "    name: 澧原经济开发区管理委员会", '    url: "{base}jkq/"']
    return "\n".join(lines) + "\n"


def main() -> None:
    if SITE.exists():
        shutil.rmtree(SITE)
    cols = declare()
    assign_paths(cols)
    b = Build(cols)
    b.write_portal()
    b.write_jyj()
    b.write_down_sites()
    found, decoys = judge(cols)
    order = ("site", "rule", "url_path", "target", "certainty", "note")
    tidy = lambda e: {k: e[k] for k in order if k in e}  # noqa: E731
    planted = [tidy(e) for e in b.planted + found]
    planted.sort(key=lambda e: (RULE_ORDER.index(e["rule"]), e["site"], e["url_path"], str(e.get("target"))))
    all_decoys = [tidy(e) for e in b.decoys + decoys]
    # images: what looks uniform must be planted, what is planted as a box must look uniform
    planted_img = {e["target"]: e for e in planted if e["rule"] == "image.broken"}
    for p_, sd in b.pics.stats.items():
        if p_ in planted_img and "占位图" not in planted_img[p_]["note"]:
            assert sd < 3, (p_, sd)
        elif p_ not in planted_img:
            assert sd >= 3, (p_, sd)
    keys = {(e["site"], e["rule"], e["url_path"], e.get("target")) for e in planted}
    all_decoys = [d for d in all_decoys if (d["site"], d["rule"], d["url_path"], d.get("target")) not in keys]
    seen: set[tuple] = set()
    uniq = []
    for d in all_decoys:
        k = (d["site"], d["rule"], d["url_path"], d.get("target"))
        if k not in seen:
            seen.add(k)
            uniq.append(d)

    for path, data in sorted(b.files.items()):
        out = SITE / path.lstrip("/")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    (HERE / "sites.yaml").write_text(sites_yaml(cols), encoding="utf-8")
    server = {"routes": dict(sorted(b.routes.items()))}
    (HERE / "server.yaml").write_text(
        "# Server behaviours by path for benchmarks/accuracy.py (generated by generate.py).\n"
        + yaml.safe_dump(server, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    expected = {"as_of": AS_OF.isoformat(), "findings": planted,
                "delays": sorted(b.delays, key=lambda d: d["url_path"]),
                "crawl_seeds": sorted(set(b.seeds)), "decoys": uniq}
    (HERE / "expected.yaml").write_text(
        "# The planted problems of the engine-2 holdout (generated by generate.py; do not edit by hand).\n"
        + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=140), encoding="utf-8")
    html_pages = sum(1 for p_ in b.files if p_.endswith((".html", ".shtml")))
    counts: dict[str, int] = {}
    for e in planted:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    print(f"{html_pages} HTML pages, {len(b.files) + len(b.pics.stats)} files; {len(planted)} planted, {len(uniq)} decoys")
    for rule in RULE_ORDER:
        print(f"  {rule:22} {counts.get(rule, 0)}")


if __name__ == "__main__":
    main()

"""Generate the held-out *channel* portal: three small sites, their robot config and the truth.

The robot's interaction probes (message boards, 依申请公开 forms, 信息公开指南) are measured here on
markup their authors never saw. One source of truth: every letter and every planted problem is
declared once, the pages are written from the declaration, and ``truth.yaml`` is written from the
same declaration, with the working days computed by the ``chinese_calendar`` package (not by the
robot's own calendar).

Run ``.venv/bin/python benchmarks/holdout_channels/generate.py``; the output is deterministic and
committed. It rewrites, under ``benchmarks/holdout_channels/``:

* ``sites/<id>/``  the static files of each site (each is served at the root of its own port)
* ``sites.yaml``   the robot's config; ``{base:<id>}`` stands for that site's root URL
* ``truth.yaml``   every letter (path, dates, working days) and every expected channel finding

Robot authors must not read this folder (see README.md).
"""

from __future__ import annotations

import html
import io
import json
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
SITES_DIR = HERE / "sites"
AS_OF = date(2025, 10, 31)
FIXED_ZIP_TIME = (2024, 3, 15, 9, 30, 0)

FILES: dict[str, dict[str, bytes]] = {}  # site -> url path -> bytes
LETTERS: dict[str, list[dict[str, Any]]] = {}  # site -> truth letters
BOARDS: dict[str, dict[str, Any]] = {}  # site -> board facts (entry, list pages)
FINDINGS: list[dict[str, Any]] = []  # expected channel findings
ON_PURPOSE_404: dict[str, list[str]] = {}  # site -> paths linked but absent on purpose


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
           aliases: list[str] | None = None, accept: list[str] | None = None) -> None:
    item: dict[str, Any] = {"site": site, "rule": rule, "url_path": url_path, "target": target}
    if aliases:
        item["target_aliases"] = aliases
    item["accept"] = accept or []
    item["why"] = why
    FINDINGS.append(item)


# --- working days and the interaction rules (the truth's own derivation) -----------------------


def workdays_between(start: date, end: date) -> int:
    """Working days in (start, end]: day one is the day after ``start`` (chinese_calendar)."""
    n = 0
    d = start + timedelta(days=1)
    while d <= end:
        if chinese_calendar.is_workday(d):
            n += 1
        d += timedelta(days=1)
    return n


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return date(y, m, min(d.day, last))


def naive_weekdays(start: date, end: date) -> int:
    """Mon–Fri in (start, end], ignoring holidays and 调休: only for the truth's notes."""
    return sum(1 for i in range(1, (end - start).days + 1) if (start + timedelta(days=i)).weekday() < 5)


def letter_rules(sent: date, replied: date | None) -> tuple[int, list[str], str]:
    """(workdays_to_reply, expected rules, why) for one letter on AS_OF."""
    if replied is not None:
        wd = workdays_between(sent, replied)
        naive = naive_weekdays(sent, replied)
        why = f"replied; working days in ({sent}, {replied}] = {wd}"
        if naive != wd:
            why += f" (Mon-Fri count would be {naive})"
        if wd > 5:
            return wd, ["interaction.reply_overdue"], why + " > 5 -> reply_overdue"
        return wd, [], why + " <= 5 -> nothing"
    wd = workdays_between(sent, AS_OF)
    rules: list[str] = []
    why = f"no reply; working days in ({sent}, {AS_OF}] = {wd}"
    why += " > 5 -> unreplied" if wd > 5 else " <= 5 -> nothing"
    if wd > 5:
        rules.append("interaction.unreplied")
    three = add_months(sent, 3)
    year_ago = add_months(AS_OF, -12)
    if three < AS_OF and sent >= year_ago:
        rules.append("interaction.unreplied_3_months")
        why += f"; sent {sent} + 3 months = {three} < {AS_OF} and sent within the last year (>= {year_ago}) -> unreplied_3_months"
    elif three < AS_OF:
        why += f"; unanswered > 3 months but sent before {year_ago} (outside the last year) -> no unreplied_3_months"
    else:
        why += f"; {sent} + 3 months = {three} >= {AS_OF} -> not yet 3 months"
    return wd, rules, why


@dataclass
class Letter:
    sent: datetime
    replied: datetime | None
    title: str
    question: str
    answer: str
    unit: str  # the unit that replies
    writer: str  # masked name
    state: str = ""
    path: str = ""
    published: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def dt(s: str | None) -> datetime | None:
    if s is None:
        return None
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def record_letters(site: str, letters: list[Letter]) -> None:
    out = []
    for lt in letters:
        sent = lt.sent.date()
        replied = lt.replied.date() if lt.replied else None
        wd, rules, why = letter_rules(sent, replied)
        out.append({
            "url_path": lt.path, "title": lt.title, "submitted": sent.isoformat(),
            "replied": replied.isoformat() if replied else None, "state": lt.state,
            "workdays_to_reply": wd, "expect": rules, "why": why,
        })
        for rule in rules:
            expect(site, rule, lt.path, f"letter {lt.title!r}: {why}")
    LETTERS[site] = out


def zh_date(d: date | datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def docx_bytes(build: Any) -> bytes:
    """A .docx from python-docx with fixed metadata and zip timestamps (deterministic)."""
    import docx

    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "admin"
    cp.last_modified_by = "admin"
    cp.created = datetime(2024, 3, 15, 9, 30)
    cp.modified = datetime(2024, 3, 15, 9, 30)
    cp.revision = 1
    cp.title = ""
    build(doc)
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    return out.getvalue()


# --- shared Chinese text --------------------------------------------------------------------------


def guide_text(*, owner: str, receiver: str, address: str, phone: str, fax: str | None, email: str,
               postcode: str, hours: str, ways: list[str], online_url: str | None) -> list[tuple[str, list[str]]]:
    """The 信息公开指南 as (heading, paragraphs). ``ways`` ⊆ {当面, 信函, 传真, 电子邮件, 网络}."""
    contact = [f"名　　称：{receiver}", f"办公地址：{address}", f"办公时间：{hours}（法定节假日除外）",
               f"联系电话：{phone}"]
    if fax:
        contact.append(f"传　　真：{fax}")
    contact += [f"邮政编码：{postcode}", f"电子邮箱：{email}"]
    way_text = {
        "当面": "当面申请。申请人可以到受理机构当面提交书面申请，并出示本人有效身份证件。",
        "信函": "信函申请。申请人通过信函方式提出申请的，请在信封左下角注明“政府信息公开申请”字样，邮寄至上述办公地址。",
        "传真": "传真申请。申请人通过传真方式提出申请的，请在传真件上注明“政府信息公开申请”字样，并通过电话确认。",
        "电子邮件": "电子邮件申请。申请人可将申请表发送至上述电子邮箱，邮件主题请注明“政府信息公开申请”。",
        "网络": "网络申请。申请人可以登录本网站“依申请公开”栏目，在线填写并提交申请。",
    }
    way_paras = [f"{i + 1}. {way_text[w]}" for i, w in enumerate(ways)]
    if online_url and "网络" in ways:
        way_paras[ways.index("网络")] += f"（<a href=\"{online_url}\">在线申请</a>）"
    return [
        ("", [f"为了更好地提供政府信息公开服务，保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》"
              f"（以下简称《条例》），结合工作实际，{owner}编制本指南。",
              "本指南每年更新一次。申请人可以在本网站查阅，或者到受理机构领取。"]),
        ("一、主动公开", ["（一）公开范围。按照《条例》第十九条、第二十条的规定，主动公开机构职能、规范性文件、发展规划、"
                       "行政许可、财政预决算、重大建设项目等信息，具体见本网站“法定主动公开内容”栏目。",
                       "（二）公开方式。主动公开的政府信息通过本网站、政务新媒体、政府公报及政务服务中心查阅点等方式公开。",
                       "（三）公开时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。"]),
        ("二、依申请公开", ["（一）受理机构", *contact, "（二）申请方式", *way_paras,
                        "（三）申请的处理。受理机构收到申请后，能够当场答复的，当场予以答复；不能当场答复的，"
                        "自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，"
                        "延长的期限最长不超过20个工作日。"]),
        ("三、收费", ["行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，"
                    "行政机关可以收取信息处理费。"]),
        ("四、监督和救济", ["公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者"
                        "政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。"]),
    ]


APPLICANT_ROWS = [
    ("姓　　名", "xm", True), ("证件名称", "zjmc", False), ("证件号码", "zjhm", True),
    ("联系电话", "lxdh", True), ("通信地址", "txdz", True), ("邮政编码", "yzbm", False), ("电子邮箱", "dzyx", False),
]
ORG_ROWS = [
    ("名　　称", "frmc", True), ("统一社会信用代码", "xydm", True), ("法定代表人", "fddbr", False),
    ("联系人姓名", "lxr", True), ("联系人电话", "lxrdh", True),
]


# =============================================================================================
# Site 1: 青溪县人民政府 (a county portal on a Hanweb-like CMS)
# =============================================================================================

S1 = "qingxi"
S1_NAME = "青溪县人民政府"
S1_CONTACT = {"unit": "青溪县人民政府办公室", "address": "青溪县政务服务中心三楼", "phone": "0797-7177965",
              "fax": "0797-7177960"}
S1_BOARD = "/col/col3125/index.html"
S1_WRITE = "/hdjl/xzxx/xiexin.html"
S1_APPLY = "/col/col3140/index.html"
S1_FORM = "/ysqgk/zxsq.html"
S1_GUIDE = "/art/2025/1/10/art_3141_30001.html"

S1_NAV = [("首页", "/index.html"), ("青溪要闻", "/col/col3101/index.html"), ("通知公告", "/col/col3102/index.html"),
          ("政府信息公开", "/col/col3130/index.html"), ("互动交流", "/col/col3120/index.html")]


def s1_page(title: str, column: str, crumbs: list[tuple[str, str]], body: str) -> str:
    nav = "\n".join(f'      <li><a href="{u}">{esc(t)}</a></li>' for t, u in S1_NAV)
    crumb = " &gt; ".join(['<a href="/index.html">首页</a>'] + [f'<a href="{u}">{esc(t)}</a>' for t, u in crumbs])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="{S1_NAME}">
<meta name="SiteDomain" content="www.qingxi.gov.cn">
<meta name="SiteIDCode" content="3607000031">
<meta name="ColumnName" content="{esc(column)}">
<title>{esc(title)}_{S1_NAME}</title>
<link rel="stylesheet" href="/images/qx_style.css">
</head>
<body>
<div class="qx-top"><div class="w1200"><span class="fl">欢迎访问{S1_NAME}门户网站</span><span class="fr"><a href="javascript:void(0)">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a></span></div></div>
<div class="qx-head"><div class="w1200"><div class="logo">{S1_NAME}<em>www.qingxi.gov.cn</em></div>
  <div class="search"><form action="/jrobot/search.do" method="get"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="qx-nav"><div class="w1200"><ul>
{nav}
</ul></div></div>
<div class="w1200 qx-main">
<div class="position">当前位置：{crumb}</div>
{body}
</div>
<div class="qx-foot"><div class="w1200">
<p><a href="/col/col3150/index.html">网站地图</a> | <a href="/col/col3151/index.html">联系我们</a></p>
<p>主办单位：青溪县人民政府办公室　承办单位：青溪县信息中心</p>
<p>地址：青溪县政务服务中心三楼　联系电话：0797-7177965　邮编：341600</p>
<p>网站标识码：3607000031　赣ICP备05001721号　赣公网安备 36073102000113号</p>
<p>Copyright © 2016-2025 {S1_NAME} 版权所有</p>
</div></div>
</body>
</html>
"""


S1_LETTERS_SPEC: list[tuple[str, str | None, str, str, str, str]] = [
    # sent, replied, title, question, answer, replying unit
    ("2025-10-28 09:15", None, "城南新村路灯长期不亮", "城南新村三巷的路灯从本月中旬起就不亮了，晚上出行很不方便，请有关部门尽快维修。",
     "", "青溪县城市管理局"),
    ("2025-10-24 16:40", None, "关于县第二中学周边早高峰拥堵的建议", "县二中门口早上七点前后车辆拥堵严重，建议增设临时停车点并安排交警疏导。",
     "", "青溪县公安局交通管理大队"),
    ("2025-10-23 08:30", None, "农村自来水水压不足", "我村自来水每天下午水压很低，三楼以上基本没水，反映多次未解决。",
     "", "青溪县水利局"),
    ("2025-10-20 10:02", "2025-10-22 15:30", "灵活就业人员社保缴费咨询", "请问灵活就业人员2026年度养老保险缴费基数什么时候公布？可以在手机上缴费吗？",
     "您好！2026年度缴费基数待省里公布后同步调整，可通过“赣服通”或“江西人社”App在线缴费。感谢您的来信。", "青溪县人力资源和社会保障局"),
    ("2025-09-30 14:20", "2025-10-11 10:05", "国庆假期县医院门诊安排", "请问国庆假期县人民医院门诊是否正常开放？儿科有没有值班医生？",
     "您好！国庆假期期间县人民医院急诊24小时开放，儿科门诊每日上午正常开诊。已在医院公众号发布假期排班表。", "青溪县卫生健康委员会"),
    ("2025-09-25 09:00", "2025-10-10 11:20", "滨江公园增设公共厕所的建议", "滨江公园南段游客很多但没有公厕，建议增设一处。",
     "您好！经现场查看，我局已将滨江公园南段公厕建设纳入2026年城市公共设施建设计划，预计明年上半年完工。", "青溪县城市管理局"),
    ("2025-09-23 11:11", "2025-09-30 16:45", "中秋前后菜价上涨", "近期农贸市场蔬菜价格上涨明显，请问是否有平价菜供应点？",
     "您好！县发展和改革委员会已在城区设立5个平价蔬菜供应点，名单可在本网站通知公告栏目查询。", "青溪县发展和改革委员会"),
    ("2025-09-24 15:05", "2025-09-30 09:40", "学校周边交通安全隐患", "县实验小学门口斑马线油漆已经磨损看不清，存在安全隐患。",
     "您好！交警大队已于9月28日重新施划斑马线，并增设减速带两处。感谢您对交通安全工作的关心。", "青溪县公安局交通管理大队"),
    ("2025-08-15 10:30", None, "商品房逾期未办理不动产权证", "我2021年购买的锦绣华庭商品房至今未办理不动产权证，开发商一直推脱。",
     "", "青溪县自然资源局"),
    ("2025-07-08 09:45", None, "反映小区电梯频繁故障", "幸福家园小区5栋电梯本月已故障三次，物业维修不及时，存在安全隐患。",
     "", "青溪县市场监督管理局"),
    ("2025-06-10 16:18", "2025-06-13 11:00", "新生儿医保参保咨询", "小孩刚出生，请问新生儿医保在哪里办理？需要哪些材料？",
     "您好！新生儿可凭出生医学证明在县医保服务大厅或“赣服通”办理参保，出生90天内参保可享受出生当日起的待遇。", "青溪县医疗保障局"),
    ("2025-04-28 08:50", "2025-05-07 17:10", "五一假期景区停车收费问题", "听说五一期间梅岭景区停车场要临时涨价，是否合理？",
     "您好！经核实，梅岭景区停车收费标准未作调整，假期期间按原标准执行，欢迎监督。", "青溪县文化广电新闻出版旅游局"),
    ("2025-04-25 19:22", "2025-05-07 09:30", "返乡创业担保贷款咨询", "我今年返乡开办农家乐，请问能否申请创业担保贷款？额度多少？",
     "您好！符合条件的返乡创业人员可申请最高30万元的创业担保贷款，请携带相关材料到县就业创业服务中心办理。", "青溪县人力资源和社会保障局"),
    ("2025-03-03 10:00", "2025-03-04 14:20", "残疾人两项补贴申领", "请问残疾人生活补贴和护理补贴如何申请？",
     "您好！可在“全国残疾人两项补贴”小程序或乡镇便民服务中心申请，审核通过后按月发放。", "青溪县民政局"),
    ("2025-02-05 09:12", "2025-02-12 16:00", "春节后农民工工资拖欠", "我在城东某工地务工，春节前的工资至今未结清，请帮忙协调。",
     "您好！县劳动保障监察大队已约谈相关施工企业，企业承诺于2月底前结清全部工资，我们将跟踪督办。", "青溪县人力资源和社会保障局"),
    ("2025-01-24 17:35", "2025-02-06 10:30", "春节期间烟花爆竹燃放的建议", "建议明确城区春节期间烟花爆竹燃放的时间和区域，既保留年味又保证安全。",
     "您好！县政府已发布春节期间烟花爆竹燃放管理通告，明确了城区限放区域和时段，详见本网站通知公告。", "青溪县公安局"),
    ("2025-01-10 08:05", "2025-01-16 15:00", "养老金资格认证方式", "父亲年纪大行动不便，养老金资格认证可以在家办理吗？",
     "您好！可通过“江西人社”App刷脸认证，也可联系社区工作人员上门协助认证。", "青溪县人力资源和社会保障局"),
    ("2024-12-20 14:48", "2024-12-30 11:15", "村道路面破损急需修复", "石门村至县道的村道多处破损，雨天积水严重，请尽快修复。",
     "您好！县交通运输局已将该路段纳入2025年农村公路养护计划，近期先行进行坑槽修补。", "青溪县交通运输局"),
    ("2024-11-18 09:30", "2024-11-19 16:40", "政务服务中心周末办理时间", "建议政务服务中心周六上午开放，方便上班族办事。",
     "您好！政务服务中心已实行周六上午延时服务，主要办理户籍、社保、不动产登记等高频事项。", "青溪县行政审批局"),
    ("2024-10-08 10:20", "2024-10-14 09:50", "国庆期间农贸市场占道经营", "国庆期间城北农贸市场门口占道经营严重，车辆无法通行。",
     "您好！县城市管理局已联合市场监管部门对城北农贸市场周边进行整治，规范摊位摆放。", "青溪县城市管理局"),
    ("2024-10-08 15:42", "2024-10-15 17:20", "老旧小区改造进度咨询", "请问水电小区老旧小区改造什么时候开工？",
     "您好！水电小区改造项目已完成设计招标，计划于2024年11月开工，工期约6个月。", "青溪县住房和城乡建设局"),
    ("2024-09-27 11:08", "2024-10-09 10:00", "国庆假期公交加密班次的建议", "国庆期间回乡人员多，建议加密县城至各乡镇的公交班次。",
     "您好！国庆假期期间县公交公司已在主要线路加密班次，详见公交公司公众号。", "青溪县交通运输局"),
    ("2024-09-20 16:26", "2024-09-26 09:15", "孩子入学学位申请问题", "孩子今年转学回县城，请问插班生学位如何申请？",
     "您好！插班生可于每学期开学前两周向县教育体育局基础教育股提出申请，按片区统筹安排学位。", "青溪县教育体育局"),
    ("2024-09-10 08:40", "2024-09-20 16:55", "关于县医院停车难的问题", "县人民医院停车位严重不足，周边道路经常堵塞。",
     "您好！县人民医院新建的立体停车楼将于2025年投入使用，届时将新增停车位300个。", "青溪县卫生健康委员会"),
]

S1_NEWS = [
    ("2025-10-30", "县政府召开第45次常务会议"), ("2025-10-28", "全县秋冬季森林防火工作部署会召开"),
    ("2025-10-27", "青溪县2025年秋季招聘会举行"), ("2025-10-22", "县领导调研重点项目建设"),
]
S1_NOTICES = [
    ("2025-10-29", "关于2025年度城乡居民医保集中缴费的通告"), ("2025-10-15", "关于开展第二批政务公开标准化试点的通知"),
]


def s1_list_page(col: str, name: str, items: list[tuple[str, str, str]]) -> str:
    lis = "\n".join(f'<li><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a><span class="date">{d}</span></li>'
                    for d, t, u in items)
    return f'<div class="lm_title"><span>{esc(name)}</span></div>\n<div class="default_pgContainer"><ul class="list">\n{lis}\n</ul></div>'


def s1_article(col_id: str, col_name: str, d: date, n: int, title: str, text: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in text)
    return s1_page(title, col_name, [(col_name, f"/col/{col_id}/index.html")], f"""<div class="art_main">
<h2 class="art_title">{esc(title)}</h2>
<div class="art_info">发布时间：{d.isoformat()}　信息来源：{col_name}　浏览次数：<span id="views">{100 + n % 379}</span>　【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="art_con" id="zoom">
{body}
</div>
</div>""")


def build_s1() -> None:
    site = S1
    put(site, "/images/qx_style.css", "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.w1200{width:1200px;margin:0 auto}"
        ".qx-nav{background:#b5121b}.qx-nav li{display:inline-block;padding:0 24px}.qx-nav a{color:#fff}"
        ".xxgk_list li{display:flex;border-bottom:1px dashed #ddd}.xl_bt{flex:1}.xl_zt{width:90px}.xl_sj{width:110px}"
        ".xj_table{width:100%;border-collapse:collapse}.xj_table td{border:1px solid #ddd;padding:6px}.xj_th{background:#f5f5f5;width:110px}\n")
    # news and notices
    news_items = []
    for i, (d, t) in enumerate(S1_NEWS):
        dd = date.fromisoformat(d)
        u = f"/art/{dd.year}/{dd.month}/{dd.day}/art_3101_{28000 + i}.html"
        put(site, u, s1_article("col3101", "青溪要闻", dd, i, t, [f"{zh_date(dd)}，{t.replace('县', '青溪县', 1)}。会议强调，要坚持以人民为中心，扎实做好各项工作。"]))
        news_items.append((d, t, u))
    notice_items = []
    for i, (d, t) in enumerate(S1_NOTICES):
        dd = date.fromisoformat(d)
        u = f"/art/{dd.year}/{dd.month}/{dd.day}/art_3102_{28100 + i}.html"
        put(site, u, s1_article("col3102", "通知公告", dd, i, t, [f"各乡（镇）人民政府，县直各单位：现将{t[2:]}有关事项通知如下。", "特此通知。"]))
        notice_items.append((d, t, u))
    put(site, "/col/col3101/index.html", s1_page("青溪要闻", "青溪要闻", [("青溪要闻", "/col/col3101/index.html")],
                                                s1_list_page("col3101", "青溪要闻", news_items)))
    put(site, "/col/col3102/index.html", s1_page("通知公告", "通知公告", [("通知公告", "/col/col3102/index.html")],
                                                s1_list_page("col3102", "通知公告", notice_items)))
    put(site, "/col/col3150/index.html", s1_page("网站地图", "网站地图", [("网站地图", "/col/col3150/index.html")],
        "<div class=\"sitemap\">" + " ".join(f'<a href="{u}">{t}</a>' for t, u in S1_NAV) + "</div>"))
    put(site, "/col/col3151/index.html", s1_page("联系我们", "联系我们", [("联系我们", "/col/col3151/index.html")],
        "<div class=\"art_con\"><p>青溪县人民政府办公室</p><p>地址：青溪县政务服务中心三楼</p><p>电话：0797-7177965</p></div>"))
    # 政府信息公开 column (a link hub)
    put(site, "/col/col3130/index.html", s1_page("政府信息公开", "政府信息公开", [("政府信息公开", "/col/col3130/index.html")], f"""
<div class="xxgk_nav"><ul>
<li><a href="/col/col3141/index.html">政府信息公开指南</a></li>
<li><a href="{S1_APPLY}">依申请公开</a></li>
<li><a href="/col/col3102/index.html">通知公告</a></li>
</ul></div>"""))
    put(site, "/col/col3141/index.html", s1_page("政府信息公开指南", "政府信息公开指南", [("政府信息公开", "/col/col3130/index.html"), ("政府信息公开指南", "/col/col3141/index.html")],
        s1_list_page("col3141", "政府信息公开指南", [("2025-01-10", "青溪县人民政府信息公开指南", S1_GUIDE)])))
    # 互动交流 hub
    put(site, "/col/col3120/index.html", s1_page("互动交流", "互动交流", [("互动交流", "/col/col3120/index.html")], f"""
<div class="hdjl_box"><ul>
<li><a href="{S1_BOARD}"><b>县长信箱</b><span>直通县长，倾听民声</span></a></li>
<li><a href="{S1_WRITE}"><b>我要写信</b></a></li>
</ul></div>"""))

    # --- the message board: letters, newest first, 10 a page, reply dates only on the letter page
    letters: list[Letter] = []
    for k, (sent, replied, title, q, a, unit) in enumerate(sorted(S1_LETTERS_SPEC, key=lambda x: x[0], reverse=True)):
        s, r = dt(sent), dt(replied)
        assert s is not None
        pub = (r.date() + timedelta(days=1 + k % 2)) if r else s.date()  # published after the reply
        lt = Letter(s, r, title, q, a, unit, writer="王李张刘陈杨黄赵吴周"[k % 10] + "**",
                    state="已回复" if r else "未回复", published=pub)
        lt.path = f"/art/{pub.year}/{pub.month}/{pub.day}/art_3125_{215300 + len(S1_LETTERS_SPEC) - k}.html"
        letters.append(lt)
    pages = [letters[i:i + 10] for i in range(0, len(letters), 10)]
    list_paths = ["/col/col3125/index.html"] + [f"/col/col3125/index_{i + 1}.html" for i in range(1, len(pages))]
    for p, chunk in enumerate(pages):
        rows = "\n".join(
            f'<li><span class="xl_bt"><a href="{lt.path}" target="_blank" title="{esc(lt.title)}">{esc(lt.title)}</a></span>'
            f'<span class="xl_zt">{"<font color=#c00>未回复</font>" if lt.replied is None else "已回复"}</span>'
            f'<span class="xl_sj">{lt.sent.date().isoformat()}</span></li>' for lt in chunk)
        nav = [f"共{len(letters)}条记录　页次{p + 1}/{len(pages)}"]
        nav.append(f'<a href="{list_paths[0]}">首页</a>' if p else "<span>首页</span>")
        nav.append(f'<a href="{list_paths[p - 1]}">上一页</a>' if p else "<span>上一页</span>")
        nav.append(f'<a href="{list_paths[p + 1]}">下一页</a>' if p + 1 < len(pages) else "<span>下一页</span>")
        nav.append(f'<a href="{list_paths[-1]}">尾页</a>' if p + 1 < len(pages) else "<span>尾页</span>")
        body = f"""<div class="xxgk_title"><span>县长信箱</span><a class="xx_btn" href="{S1_WRITE}">我要写信</a></div>
<div class="xxgk_tip">来信须知：县长信箱受理对县政府工作的意见建议，承办单位原则上在5个工作日内答复。咨询电话：0797-7177965</div>
<div class="xxgk_list"><ul>
<li class="xxgk_list_th"><span class="xl_bt">信件标题</span><span class="xl_zt">办理状态</span><span class="xl_sj">来信时间</span></li>
{rows}
</ul></div>
<div class="xxgk_page">{"　".join(nav)}</div>"""
        put(site, list_paths[p], s1_page("县长信箱", "县长信箱", [("互动交流", "/col/col3120/index.html"), ("县长信箱", S1_BOARD)], body))
    for k, lt in enumerate(letters):
        secs = (k * 17) % 60
        if lt.replied is not None:
            reply = f"""<table class="xj_table hf" cellspacing="0">
<tr><td class="xj_th">回复单位</td><td>{esc(lt.unit)}</td><td class="xj_th">回复时间</td><td>{zh_date(lt.replied)}</td></tr>
<tr><td class="xj_th">回复内容</td><td colspan="3">{esc(lt.answer)}</td></tr>
</table>"""
        else:
            reply = """<table class="xj_table hf" cellspacing="0">
<tr><td class="xj_th">回复内容</td><td colspan="3">该信件已转交承办单位办理，请耐心等待。</td></tr>
</table>"""
        body = f"""<div class="art_main">
<h2 class="art_title">{esc(lt.title)}</h2>
<div class="art_info">发布时间：{lt.published.isoformat() if lt.published else ''}　信息来源：县长信箱　浏览次数：<span>{37 + k * 13}</span>　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<table class="xj_table" cellspacing="0">
<tr><td class="xj_th">来信人</td><td>{lt.writer}</td><td class="xj_th">来信时间</td><td>{lt.sent.strftime('%Y-%m-%d %H:%M')}:{secs:02d}</td></tr>
<tr><td class="xj_th">信件标题</td><td colspan="3">{esc(lt.title)}</td></tr>
<tr><td class="xj_th">来信内容</td><td colspan="3">{esc(lt.question)}</td></tr>
</table>
{reply}
</div>"""
        put(site, lt.path, s1_page(lt.title, "县长信箱", [("互动交流", "/col/col3120/index.html"), ("县长信箱", S1_BOARD)], body))
    BOARDS[site] = {"entry": S1_BOARD, "list_pages": list_paths, "write": S1_WRITE}
    record_letters(site, letters)

    # --- 我要写信: a working form
    put(site, S1_WRITE, s1_page("我要写信", "县长信箱", [("互动交流", "/col/col3120/index.html"), ("县长信箱", S1_BOARD), ("我要写信", S1_WRITE)], """
<div class="xx_form">
<div class="xx_notice">请如实填写以下信息，带 <span class="red">*</span> 为必填项。县长信箱不受理涉法涉诉及信访事项。</div>
<form name="mailForm" id="mailForm" action="/jact/front/mailsubmit.do" method="post">
<table class="xj_table">
<tr><td class="xj_th">姓名<span class="red">*</span></td><td><input type="text" name="username" maxlength="20" required></td></tr>
<tr><td class="xj_th">手机号码<span class="red">*</span></td><td><input type="tel" name="mobile" maxlength="11" required></td></tr>
<tr><td class="xj_th">是否公开</td><td><label><input type="radio" name="ispublic" value="1" checked>公开</label> <label><input type="radio" name="ispublic" value="0">不公开</label></td></tr>
<tr><td class="xj_th">信件标题<span class="red">*</span></td><td><input type="text" name="title" maxlength="50" required></td></tr>
<tr><td class="xj_th">信件内容<span class="red">*</span></td><td><textarea name="content" rows="10" cols="70" required></textarea></td></tr>
</table>
<div class="btns"><input type="submit" class="btn" value="提 交"> <input type="reset" class="btn" value="重 置"></div>
</form>
</div>"""))

    # the endpoints behind the forms answer, so the forms really work (the robot never submits them)
    put(site, "/jact/front/mailsubmit.do", s1_page("提交成功", "县长信箱", [("县长信箱", S1_BOARD)],
        '<div class="art_con"><p>您的信件已提交成功，查询码：QX20251031A7。我们将在5个工作日内答复。</p></div>'))
    put(site, "/jact/front/ysqgk_save.do", s1_page("提交成功", "依申请公开", [("依申请公开", S1_APPLY)],
        '<div class="art_con"><p>您的政府信息公开申请已提交，受理编号：YSQ2025103101。</p></div>'))
    put(site, "/jrobot/search.do", s1_page("搜索结果", "搜索", [], '<div class="art_con"><p>请输入关键字进行搜索。</p></div>'))

    # --- 依申请公开: an online form without 受理机关
    put(site, S1_APPLY, s1_page("依申请公开", "依申请公开", [("政府信息公开", "/col/col3130/index.html"), ("依申请公开", S1_APPLY)], f"""
<div class="lm_title"><span>依申请公开</span></div>
<div class="art_con">
<p>公民、法人或者其他组织可以向本机关申请获取相关政府信息。申请人可通过网上申请、当面申请、信函申请等方式提出。</p>
<p>办理流程：提出申请 → 登记 → 审核 → 答复（20个工作日内）。</p>
<p class="ysq_btns"><a class="btn" href="{S1_FORM}">在线申请</a>　<a class="btn" href="/col/col3141/index.html">政府信息公开指南</a></p>
</div>"""))
    star = '<span class="red">*</span>'
    id_select = ('<select name="zjmc"><option>身份证</option><option>护照</option>'
                 '<option>港澳居民来往内地通行证</option></select>')
    form_rows = []
    for i, (lab, nm, req) in enumerate(APPLICANT_ROWS):
        head = f'<th form_rowspan="{len(APPLICANT_ROWS)}">公民</th>' if i == 0 else ""
        ctl = id_select if nm == "zjmc" else f'<input type="text" name="{nm}">'
        form_rows.append(f'<tr>{head}<td>{lab}{star if req else ""}</td><td>{ctl}</td></tr>')
    applicant = "\n".join(form_rows)
    form_rows = []
    for i, (lab, nm, req) in enumerate(ORG_ROWS):
        head = f'<th form_rowspan="{len(ORG_ROWS)}">法人或者其他组织</th>' if i == 0 else ""
        form_rows.append(f'<tr>{head}<td>{lab}{star if req else ""}</td><td><input type="text" name="{nm}"></td></tr>')
    org = "\n".join(form_rows)
    put(site, S1_FORM, s1_page("政府信息公开申请", "依申请公开", [("政府信息公开", "/col/col3130/index.html"), ("依申请公开", S1_APPLY), ("在线申请", S1_FORM)], f"""
<div class="ysq_form">
<h2>政府信息公开申请表（网上申请）</h2>
<form id="ysqForm" action="/jact/front/ysqgk_save.do" method="post">
<table class="ysq_tb xj_table">
<tr><td colspan="3">申请人类型：<label><input type="radio" name="sqrlx" value="1" checked>公民</label> <label><input type="radio" name="sqrlx" value="2">法人或者其他组织</label></td></tr>
{applicant}
{org}
<tr><th rowspan="2">所需信息情况</th><td>所需信息的内容描述<span class="red">*</span></td><td><textarea name="xxnr" rows="5" cols="60"></textarea></td></tr>
<tr><td>所需信息的用途</td><td><textarea name="xxyt" rows="3" cols="60"></textarea></td></tr>
<tr><th rowspan="2">信息提供</th><td>获取信息的方式<span class="red">*</span></td><td><label><input type="radio" name="hqfs" value="1">邮寄</label> <label><input type="radio" name="hqfs" value="2">电子邮件</label> <label><input type="radio" name="hqfs" value="3">当面领取</label></td></tr>
<tr><td>信息的载体形式</td><td><label><input type="checkbox" name="zt" value="1">纸质</label> <label><input type="checkbox" name="zt" value="2">电子数据</label></td></tr>
</table>
<div class="btns"><input type="submit" value="提交申请"> <input type="reset" value="重新填写"></div>
</form>
</div>"""))
    expect(site, "application.form_missing_field", S1_FORM,
           "the online 申请表 has 申请人 (公民/法人), 联系电话, 所需信息的内容描述 and 获取信息的方式, but no 受理机关 "
           "(no field, select or printed line naming the receiving organ)",
           target="受理机关", aliases=["受理单位", "受理机构"], accept=[S1_APPLY])

    # --- 政府信息公开指南: correct; the phone is written (0797)7177965, the config says 0797-7177965
    sections = guide_text(owner="青溪县人民政府办公室", receiver="青溪县人民政府办公室", address="青溪县政务服务中心三楼",
                          phone="（0797）7177965", fax="0797-7177960", email="qxxzfb@163.com", postcode="341600",
                          hours="上午8:00—12:00，下午14:30—17:30", ways=["当面", "信函", "传真", "网络"], online_url=S1_FORM)
    text = []
    for head, paras in sections:
        if head:
            text.append(f"<p><strong>{head}</strong></p>")
        text.extend(paras)
    put(site, S1_GUIDE, s1_article("col3141", "政府信息公开指南", date(2025, 1, 10), 7, "青溪县人民政府信息公开指南", text))

    # --- homepage
    quick = f"""<div class="hd_box"><div class="hd_title">互动交流</div><ul>
<li><a href="{S1_BOARD}">县长信箱</a></li><li><a href="{S1_WRITE}">我要写信</a></li></ul></div>
<div class="gk_box"><div class="gk_title">政务公开</div><ul>
<li><a href="/col/col3141/index.html">政府信息公开指南</a></li><li><a href="{S1_APPLY}">依申请公开</a></li></ul></div>"""
    news = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d[5:]}</span></li>' for d, t, u in news_items)
    notices = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d[5:]}</span></li>' for d, t, u in notice_items)
    put(site, "/index.html", s1_page("首页", "首页", [], f"""<div class="idx_row">
<div class="idx_news"><div class="tit"><a href="/col/col3101/index.html">青溪要闻</a></div><ul>{news}</ul></div>
<div class="idx_notice"><div class="tit"><a href="/col/col3102/index.html">通知公告</a></div><ul>{notices}</ul></div>
</div>
<div class="idx_row">{quick}</div>"""))


# =============================================================================================
# Site 2: 白石县农业农村局 (a department site on a TRS/Kaipu-like CMS; channels left to discovery)
# =============================================================================================

S2 = "baishi-nyj"
S2_NAME = "白石县农业农村局"
S2_CONTACT = {"unit": "白石县农业农村局", "address": "白石县人民路56号", "phone": "0796-8223051"}
S2_BOARD = "/hdjl/wsly/index.html"
S2_WRITE = "/hdjl/wsly/wyly/"  # linked, never written: 404
S2_APPLY = "/zwgk/ysqgk/index.html"
S2_DOC = "/zwgk/ysqgk/P020240315538021793514.docx"
S2_GUIDE = "/zwgk/xxgkzn/index.html"

S2_NAV = [("首页", "/index.html"), ("机构概况", "/jggk/index.html"), ("工作动态", "/gzdt/index.html"),
          ("政务公开", "/zwgk/index.html"), ("互动交流", "/hdjl/index.html")]

TRS_PAGER = """<script language="JavaScript">
var currentPage = {cur};//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = {count}//共多少页
document.write("共"+countPage+"页&nbsp;&nbsp;");
if(countPage>1&&currentPage!=0&&currentPage!=1)
  document.write("<a href=\\"index.html\\">首页</a>&nbsp;<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
  document.write("<a href=\\"index.html\\">首页</a>&nbsp;<a href=\\"index.html\\">上一页</a>&nbsp;");
else
  document.write("首页&nbsp;上一页&nbsp;");
if(countPage>1&&currentPage!=(countPage-1))
  document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>&nbsp;<a href=\\"index_" + (countPage-1) + ".html\\">尾页</a>");
else
  document.write("下一页&nbsp;尾页");
</script>"""


def s2_page(title: str, body: str, crumbs: list[tuple[str, str]]) -> str:
    on = ' class="on"'
    nav = "".join(f'<a href="{u}"{on if t == "首页" and not crumbs else ""}>{esc(t)}</a>' for t, u in S2_NAV)
    crumb = "".join(f' &gt; <a href="{u}">{esc(t)}</a>' for t, u in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="{S2_NAME}" />
<title>{esc(title)}-{S2_NAME}</title>
<link href="/images/bsnyj.css" rel="stylesheet" type="text/css" />
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="header">
  <tr><td height="110" class="logo">{S2_NAME}</td><td align="right" class="date">{S2_NAME}欢迎您</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="nav">{nav}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr><td valign="top">
<div class="dqwz">您现在的位置：<a href="/index.html">首页</a>{crumb}</div>
{body}
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center">
<a href="/index.html">网站首页</a> | <a href="/zwgk/index.html">政务公开</a> | <a href="/hdjl/index.html">互动交流</a><br />
版权所有：{S2_NAME}　主办：{S2_NAME}办公室　地址：白石县人民路56号　电话：0796-8223051<br />
网站标识码：3608270021　赣ICP备09004325号-2　赣公网安备36082702000058号<br />
©2019-2025 All Rights Reserved
</td></tr></table>
</body>
</html>
"""


S2_LETTERS_SPEC: list[tuple[str, str | None, str, str, str]] = [
    ("2025-10-29 10:12", None, "高标准农田灌渠堵塞", "我村新建的高标准农田灌渠有一段被泥沙堵塞，影响冬种灌溉，请尽快清理。", ""),
    ("2025-10-27 14:35", None, "耕地地力保护补贴发放时间", "请问2025年耕地地力保护补贴什么时候发放？", ""),
    ("2025-10-17 09:08", None, "反映养殖场污水直排", "上坪村一养猪场污水直接排入小河，气味很大，请核查处理。", ""),
    ("2025-10-09 16:20", "2025-10-17 10:45", "农机购置补贴申请", "想买一台收割机，请问农机购置补贴怎么申请？",
     "您好！可登录江西省农机购置补贴信息化管理系统或到县农机推广中心申请，补贴额度按当年补贴目录执行。"),
    ("2025-09-29 11:30", "2025-10-10 15:00", "国庆期间农产品展销活动咨询", "国庆期间县里有没有农产品展销活动？合作社可以报名参加吗？",
     "您好！国庆期间在县体育广场举办农产品展销会，合作社可于10月8日前到我局市场股报名。"),
    ("2025-09-26 08:55", "2025-10-09 09:20", "水稻病虫害防治技术指导", "今年晚稻稻飞虱比较多，能否安排技术人员下乡指导？",
     "您好！县植保站已于9月下旬组织技术人员分片指导，并发布晚稻病虫害防治技术意见。"),
    ("2025-09-05 15:10", "2025-09-12 11:40", "家庭农场认定标准", "请问县级示范家庭农场认定需要满足哪些条件？",
     "您好！认定标准详见《白石县示范家庭农场认定管理办法》，可在本网站政务公开栏目查阅。"),
    ("2025-06-16 10:25", None, "土地流转合同纠纷", "村里流转我家土地的合作社连续两年未付流转费，请帮助协调。", ""),
    ("2025-05-06 09:40", "2025-05-14 16:30", "五一后柑橘苗木质量问题", "五一前在县城购买的柑橘苗成活率很低，怀疑苗木质量有问题。",
     "您好！我局已会同市场监管部门对相关苗木经营户进行检查，并抽样送检，结果将及时反馈。"),
    ("2025-04-30 17:05", "2025-05-08 10:10", "春耕期间化肥价格", "今年春耕化肥价格上涨较快，有没有平价化肥供应？",
     "您好！县供销社已设立平价农资供应点，主要品种价格低于市场价5%以上。"),
    ("2025-03-20 08:30", "2025-03-21 14:00", "农村宅基地审批流程", "请问农村宅基地建房审批需要哪些材料？",
     "您好！宅基地审批实行乡镇联审联办，申请材料及流程详见乡镇便民服务中心公示。"),
    ("2025-02-07 10:50", "2025-02-10 09:15", "春节后生猪价格下跌", "春节后生猪价格下跌明显，养殖户亏损，有没有扶持政策？",
     "您好！我局将密切监测生猪市场，符合条件的规模养殖场可申报生猪调出大县奖励资金项目。"),
    ("2025-01-27 16:45", "2025-02-07 11:30", "春节期间动物检疫", "春节期间需要调运生猪，动物检疫申报可以正常办理吗？",
     "您好！春节期间动物检疫申报正常受理，可通过“牧运通”系统网上申报。"),
    ("2024-12-31 09:20", None, "高素质农民培训报名", "请问2025年高素质农民培训什么时候报名？", ""),
    ("2024-11-25 14:15", "2024-12-03 10:05", "农村人居环境整治资金", "我村申报的人居环境整治项目资金什么时候下拨？",
     "您好！2024年度人居环境整治奖补资金已于11月底完成审核，12月中旬前拨付到乡镇。"),
    ("2024-10-10 11:00", None, "稻谷收购价格咨询", "今年晚稻收购价是多少？粮站什么时候开始收购？", ""),
    ("2024-09-30 10:35", "2024-10-12 15:20", "国庆期间渔政执法", "国庆假期有人在禁渔区电鱼，请渔政部门查处。",
     "您好！县农业综合行政执法大队已于假期后开展专项执法检查，查处电鱼行为2起。"),
    ("2024-09-26 15:55", "2024-10-08 09:00", "秋冬种油菜种子补贴", "今年秋冬种油菜有没有免费种子发放？",
     "您好！今年全县免费发放油菜良种5万斤，由各乡镇农业综合服务中心统一发放。"),
]


def s2_detail_path(sent: datetime, n: int) -> str:
    return f"/hdjl/wsly/{sent.year}{sent.month:02d}/t{sent.strftime('%Y%m%d')}_{n}.html"


def build_s2() -> None:
    site = S2
    put(site, "/images/bsnyj.css", "body{margin:0;font-size:12px;font-family:SimSun,serif}.nav a{color:#fff;padding:0 20px;line-height:40px}"
        ".nav{background:#2f7d32}.tb_list{border-collapse:collapse}.tb_list td,.tb_list th{border:1px solid #cfe3cf;padding:5px}"
        ".ly-tb th{width:100px;background:#eef6ee}\n")
    # filler pages
    news = [("2025-10-30", "全县秋冬种工作推进会召开", 5521), ("2025-10-24", "县农业农村局开展农资打假专项行动", 5519),
            ("2025-10-20", "白石脐橙迎来丰收季", 5516)]
    rows = []
    for d, t, n in news:
        dd = date.fromisoformat(d)
        u = f"/gzdt/{dd.year}{dd.month:02d}/t{dd.strftime('%Y%m%d')}_{n}.html"
        put(site, u, s2_page(t, f'<div class="xl-title">{esc(t)}</div><div class="xl-info">发布日期：{d}　来源：{S2_NAME}</div>'
                                f'<div class="TRS_Editor"><p>{zh_date(dd)}，{t}。</p></div>', [("工作动态", "/gzdt/index.html")]))
        rows.append(f'<tr><td class="tl">·<a href="{u}" target="_blank">{esc(t)}</a></td><td width="90" class="td_date">{d}</td></tr>')
    put(site, "/gzdt/index.html", s2_page("工作动态", f'<div class="lmtit">工作动态</div><table class="tb_news" width="100%">{"".join(rows)}</table>',
                                          [("工作动态", "/gzdt/index.html")]))
    put(site, "/jggk/index.html", s2_page("机构概况", '<div class="lmtit">机构概况</div><div class="TRS_Editor"><p>白石县农业农村局是县政府工作部门，'
                                          '负责统筹研究和组织实施“三农”工作战略、规划和政策。</p><p>办公地址：白石县人民路56号</p></div>',
                                          [("机构概况", "/jggk/index.html")]))
    put(site, "/zwgk/xxgkzd/index.html", s2_page("政府信息公开制度", '<div class="lmtit">政府信息公开制度</div><div class="TRS_Editor">'
                                                 '<p>为规范本局政府信息公开工作，制定保密审查、主动公开、依申请公开、考核评议等制度。</p></div>',
                                                 [("政务公开", "/zwgk/index.html"), ("政府信息公开制度", "/zwgk/xxgkzd/index.html")]))
    put(site, "/zwgk/index.html", s2_page("政务公开", f"""<div class="lmtit">政务公开</div>
<table class="zwgk_nav" width="100%"><tr>
<td><a href="{S2_GUIDE}">政府信息公开指南</a></td><td><a href="/zwgk/xxgkzd/index.html">政府信息公开制度</a></td>
<td><a href="{S2_APPLY}">依申请公开</a></td></tr></table>""", [("政务公开", "/zwgk/index.html")]))
    put(site, "/hdjl/index.html", s2_page("互动交流", f"""<div class="lmtit">互动交流</div>
<table class="hdjl_nav" width="100%"><tr><td><a href="{S2_BOARD}">网上留言</a></td><td><a href="{S2_WRITE}">我要留言</a></td></tr></table>""",
                                          [("互动交流", "/hdjl/index.html")]))

    # --- message board: a table with 留言日期 and 答复日期 in the list, 7 a page, TRS pager
    letters: list[Letter] = []
    for k, (sent, replied, title, q, a) in enumerate(S2_LETTERS_SPEC):
        s, r = dt(sent), dt(replied)
        assert s is not None
        lt = Letter(s, r, title, q, a, S2_NAME, writer="李王陈刘张罗曾钟邱"[k % 9] + "**", state="已回复" if r else "未回复",
                    published=(r.date() if r else s.date()) + timedelta(days=1))
        lt.path = s2_detail_path(s, 4412900 - k * 7)
        letters.append(lt)
    pages = [letters[i:i + 7] for i in range(0, len(letters), 7)]
    list_paths = ["/hdjl/wsly/index.html"] + [f"/hdjl/wsly/index_{i}.html" for i in range(1, len(pages))]
    seq = 0
    for p, chunk in enumerate(pages):
        trs = []
        for lt in chunk:
            seq += 1
            rel = "." + lt.path[len("/hdjl/wsly"):]
            trs.append(f'<tr><td align="center">{seq}</td><td class="tl"><a href="{rel}" target="_blank" title="{esc(lt.title)}">{esc(lt.title)}</a></td>'
                       f'<td align="center">{lt.sent.strftime("%Y/%m/%d %H:%M")}</td>'
                       f'<td align="center">{lt.replied.strftime("%Y/%m/%d %H:%M") if lt.replied else "--"}</td>'
                       f'<td align="center">{"<span class=ydf>已回复</span>" if lt.replied else "<span class=wdf>未回复</span>"}</td></tr>')
        body = f"""<div class="lmtit"><span>网上留言</span></div>
<div class="wsly-tools"><a href="./wyly/" class="btn-ly">我要留言</a>　<span class="tip">留言受理时间为工作日，我们将在5个工作日内答复。咨询电话：0796-8223051</span></div>
<table class="tb_list" width="100%" border="0" cellspacing="0" cellpadding="0">
<thead><tr><th width="6%">序号</th><th>留言标题</th><th width="17%">留言日期</th><th width="17%">答复日期</th><th width="9%">状态</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody></table>
<div class="page">{TRS_PAGER.replace('{cur}', str(p)).replace('{count}', str(len(pages)))}</div>"""
        put(site, list_paths[p], s2_page("网上留言", body, [("互动交流", "/hdjl/index.html"), ("网上留言", S2_BOARD)]))
    for lt in letters:
        if lt.replied:
            ans = (f"<tr><th>答复单位</th><td>{S2_NAME}</td></tr><tr><th>答复日期</th><td>{lt.replied.strftime('%Y/%m/%d %H:%M')}</td></tr>"
                   f"<tr><th>答复内容</th><td>{esc(lt.answer)}</td></tr>")
        else:
            ans = "<tr><th>答复单位</th><td>--</td></tr><tr><th>答复日期</th><td>--</td></tr><tr><th>答复内容</th><td>未回复</td></tr>"
        body = f"""<div class="xl-title">{esc(lt.title)}</div>
<div class="xl-info"><span>发布日期：{lt.published.isoformat() if lt.published else ''}</span>　<span>来源：{S2_NAME}</span>　<span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span></div>
<table class="ly-tb" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th>留言标题</th><td>{esc(lt.title)}</td></tr>
<tr><th>留言人</th><td>{lt.writer}</td></tr>
<tr><th>留言日期</th><td>{lt.sent.strftime('%Y/%m/%d %H:%M')}</td></tr>
<tr><th>留言内容</th><td>{esc(lt.question)}</td></tr>
<tr><th>办理状态</th><td>{lt.state}</td></tr>
{ans}
</table>"""
        put(site, lt.path, s2_page(lt.title, body, [("互动交流", "/hdjl/index.html"), ("网上留言", S2_BOARD)]))
    BOARDS[site] = {"entry": S2_BOARD, "list_pages": list_paths, "write": S2_WRITE}
    record_letters(site, letters)
    ON_PURPOSE_404[site] = [S2_WRITE]
    expect(site, "interaction.channel_unavailable", S2_BOARD,
           "the board lists letters, but its only way to write (我要留言 on the board and on 互动交流) links to /hdjl/wsly/wyly/, "
           "which answers 404: no working way to write",
           accept=["/hdjl/wsly/", "/hdjl/index.html"])

    # --- 依申请公开: a downloadable .docx without 获取方式
    def build_form(doc: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(f"{S2_NAME}政府信息公开申请表")
        run.bold = True
        rows: list[tuple[str, str, str, str]] = []
        rows += [("申请人信息", "公民", lab.replace("　", ""), "") for lab, _n, _r in APPLICANT_ROWS]
        rows += [("申请人信息", "法人或者其他组织", lab.replace("　", ""), "") for lab, _n, _r in ORG_ROWS]
        rows += [("受理机关", S2_NAME, S2_NAME, S2_NAME)]
        rows += [("所需信息情况", "所需信息的内容描述", "", ""), ("所需信息情况", "所需信息的用途（选填）", "", "")]
        rows += [("申请人签名（盖章）", "", "申请时间", "　　年　　月　　日")]
        table = doc.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                table.cell(i, j).text = val
        # merge like the printed form: the group labels span their rows
        def merge(col: int, a: int, b: int) -> None:
            top = table.cell(a, col)
            text = top.text
            top.merge(table.cell(b, col))
            top.text = text
        n_app, n_org = len(APPLICANT_ROWS), len(ORG_ROWS)
        merge(0, 0, n_app + n_org - 1)
        merge(1, 0, n_app - 1)
        merge(1, n_app, n_app + n_org - 1)
        r_recv = n_app + n_org
        c = table.cell(r_recv, 1).merge(table.cell(r_recv, 3))
        c.text = S2_NAME
        merge(0, r_recv + 1, r_recv + 2)
        for r in (r_recv + 1, r_recv + 2):
            cell = table.cell(r, 2).merge(table.cell(r, 3))
            cell.text = ""
        doc.add_paragraph("注：1. 申请人应如实填写本表，并提供有效身份证件复印件；2. 所需信息的内容描述应尽量详细、明确；"
                          "3. 本表复印有效。")

    put(site, S2_DOC, docx_bytes(build_form))
    put(site, S2_APPLY, s2_page("依申请公开", f"""<div class="lmtit">依申请公开</div>
<div class="TRS_Editor">
<p>公民、法人或者其他组织可以向本机关申请获取政府信息。请下载并填写申请表，通过当面或者信函方式提交。</p>
<p>申请表下载：<a href="./{S2_DOC.rsplit('/', 1)[1]}" target="_blank">{S2_NAME}政府信息公开申请表.docx</a></p>
<p>办理时限：自收到申请之日起20个工作日内予以答复。</p>
</div>""", [("政务公开", "/zwgk/index.html"), ("依申请公开", S2_APPLY)]))
    expect(site, "application.form_missing_field", S2_DOC,
           "the only form is a downloadable .docx 申请表: 申请人 (公民/法人), 联系电话, 受理机关, 所需信息的内容描述 are there, "
           "but there is no 获取方式 (no 获取信息的方式 / 提供方式 / 载体形式 row)",
           target="获取方式", aliases=["获取信息的方式", "获取信息方式", "信息获取方式", "提供方式", "信息提供方式"],
           accept=[S2_APPLY, "/zwgk/ysqgk/"])

    # --- guide: names another organisation as the receiver (seed 001: 写成“…教育体育局办公室”)
    sections = guide_text(owner=S2_NAME, receiver="白石县教育体育局办公室", address="白石县人民路56号", phone="0796—8223051",
                          fax=None, email="bsxnyj@163.com", postcode="342800", hours="上午8:00—12:00，下午14:30—17:30",
                          ways=["当面", "信函"], online_url=None)
    paras = []
    for head, ps in sections:
        if head:
            paras.append(f"<p><b>{head}</b></p>")
        paras += [f"<p>{x}</p>" for x in ps]
    put(site, S2_GUIDE, s2_page("政府信息公开指南", f"""<div class="xl-title">{S2_NAME}政府信息公开指南</div>
<div class="xl-info"><span>发布日期：2025-01-15</span>　<span>来源：{S2_NAME}</span></div>
<div class="TRS_Editor">
{chr(10).join(paras)}
</div>""", [("政务公开", "/zwgk/index.html"), ("政府信息公开指南", S2_GUIDE)]))
    expect(site, "guide.wrong_unit", S2_GUIDE,
           "受理机构 names 白石县教育体育局办公室; the config's contact.unit is 白石县农业农村局 (the guide's title and intro name "
           "the right unit; its address and phone 0796—8223051 equal the config)", accept=["/zwgk/xxgkzn/"])

    # --- homepage: the channels are only reachable from links (no channels in the config)
    put(site, "/index.html", s2_page("首页", f"""<table width="100%" class="idx"><tr>
<td valign="top" width="60%"><div class="lmtit"><a href="/gzdt/index.html">工作动态</a></div><table width="100%">{"".join(rows)}</table></td>
<td valign="top"><div class="lmtit">便民服务</div>
<ul class="kj"><li><a href="{S2_BOARD}">网上留言</a></li><li><a href="{S2_APPLY}">依申请公开</a></li>
<li><a href="{S2_GUIDE}">政府信息公开指南</a></li><li><a href="/zwgk/xxgkzd/index.html">政府信息公开制度</a></li></ul></td>
</tr></table>""", []))


# =============================================================================================
# Site 3: 莲河县自然资源局 (a home-grown CMS; the letter list is filled by script from JSON)
# =============================================================================================

S3 = "lianhe-zrzyj"
S3_NAME = "莲河县自然资源局"
S3_CONTACT = {"unit": "莲河县自然资源局办公室", "address": "莲河县城南大道88号", "phone": "0798-6232518"}
S3_BOARD = "/gzhd/jzxx/index.html"
S3_WRITE = "/gzhd/jzxx/write.html"
S3_APPLY = "/zfxxgk/ysqgk/index.html"
S3_FORM = "/zfxxgk/ysqgk/apply/online.html"  # linked, never written: 404
S3_GUIDE = "/zfxxgk/zn/index.html"

S3_NAV = [("首页", "/index.html"), ("新闻动态", "/xwdt/index.html"), ("政府信息公开", "/zfxxgk/index.html"),
          ("政民互动", "/gzhd/index.html")]

S3_JS = r"""/* 局长信箱列表 v2.3 */
(function () {
  function param(name) {
    var m = new RegExp('[?&]' + name + '=(\\d+)').exec(window.location.search);
    return m ? parseInt(m[1], 10) : 1;
  }
  function cn(s) {
    if (!s) { return '—'; }
    var p = s.split(' ')[0].split('-');
    return p[0] + '年' + parseInt(p[1], 10) + '月' + parseInt(p[2], 10) + '日';
  }
  var page = param('page');
  var box = document.getElementById('xjList');
  var pager = document.getElementById('xjPager');
  box.innerHTML = '<p class="loading">正在加载……</p>';
  fetch('data/list_' + page + '.json', {cache: 'no-store'})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var html = '';
      d.rows.forEach(function (row) {
        html += '<dl class="xj-item">'
          + '<dt><a href="' + row.url + '" target="_blank">' + row.title + '</a><em class="zt zt' + row.zt + '">' + row.ztmc + '</em></dt>'
          + '<dd><label>提交时间：</label><span>' + cn(row.tjsj) + '</span></dd>'
          + '<dd><label>办理时间：</label><span>' + cn(row.blsj) + '</span></dd>'
          + '</dl>';
      });
      box.innerHTML = html;
      var pg = '<span>共' + d.total + '封</span>';
      if (page > 1) { pg += '<a href="?page=' + (page - 1) + '">上一页</a>'; }
      for (var i = 1; i <= d.pageCount; i++) {
        pg += (i === page) ? '<b>' + i + '</b>' : '<a href="?page=' + i + '">' + i + '</a>';
      }
      if (page < d.pageCount) { pg += '<a href="?page=' + (page + 1) + '">下一页</a>'; }
      pager.innerHTML = pg;
    })
    .catch(function () { box.innerHTML = '<p class="err">数据加载失败，请稍后刷新。</p>'; });
})();
"""


def s3_page(title: str, body: str, scripts: str = "") -> str:
    nav = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in S3_NAV)
    return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {S3_NAME}</title>
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<header class="hd"><div class="inner"><a class="brand" href="/index.html">{S3_NAME}</a><span class="slogan">节约集约用地　守护青山绿水</span></div>
<nav class="mainnav"><ul>{nav}</ul></nav></header>
<main class="inner">
{body}
</main>
<footer class="ft"><div class="inner">
<p>主办：{S3_NAME}　地址：莲河县城南大道88号　邮编：343900　联系电话：0798-6232518</p>
<p>网站标识码：3609250035　赣ICP备2021004567号-1　<span class="copy">© 2025</span></p>
</div></footer>
{scripts}
</body>
</html>
"""


S3_LETTERS_SPEC: list[tuple[str, str | None, str, str, str, str]] = [
    ("2025-10-30 09:21", None, "不动产证书补办咨询", "不动产权证书遗失了，请问补办需要多长时间？", "", "莲河县不动产登记中心"),
    ("2025-10-22 15:02", None, "城郊村违法占用耕地建房", "城郊村有人在基本农田上建房，已经打好地基，请尽快制止。", "", "莲河县自然资源局执法大队"),
    ("2025-10-21 10:44", "2025-10-28 16:10", "宅基地确权登记进度", "我村宅基地确权登记什么时候能发证？",
     "您好！你村宅基地和集体建设用地确权登记已完成权籍调查，预计2026年一季度前发证。", "莲河县不动产登记中心"),
    ("2025-10-10 08:37", "2025-10-20 11:25", "地质灾害隐患点巡查", "我家屋后山体近期出现裂缝，担心滑坡，请派人查看。",
     "您好！我局已于10月13日组织地质灾害防治技术人员现场查看，已设置警示牌并纳入群测群防监测。", "莲河县自然资源局"),
    ("2025-09-28 11:16", "2025-10-09 09:50", "国庆前后办理不动产登记", "国庆节前后不动产登记中心是否正常上班？",
     "您好！9月28日（星期日）正常上班，10月1日至8日放假，10月9日起正常办理。", "莲河县不动产登记中心"),
    ("2025-09-19 14:30", "2025-09-26 10:00", "采矿权出让信息公开", "请问县里今年的采矿权出让公告在哪里查看？",
     "您好！采矿权出让公告在本网站“政府信息公开—重点领域信息公开”栏目及江西省公共资源交易网同步发布。", "莲河县自然资源局"),
    ("2025-09-12 16:55", None, "征地补偿款发放问题", "城东片区征地补偿款至今未发到位，请问什么时候发放？", "", "莲河县自然资源局"),
    ("2025-07-29 09:05", None, "国土空间规划调整咨询", "我村被划入城镇开发边界了吗？在哪里可以查看规划图？", "", "莲河县自然资源局"),
    ("2025-07-25 10:18", None, "林地被非法开垦", "后山林地被人开垦种植果树，砍伐了大量树木，请查处。", "", "莲河县自然资源局执法大队"),
    ("2025-05-30 08:42", "2025-06-06 15:35", "端午前后测绘资质办理", "请问乙级测绘资质变更需要到哪里办理？",
     "您好！测绘资质审批已下放至设区市，请登录江西省政务服务网提交申请。", "莲河县自然资源局"),
    ("2025-04-27 10:00", "2025-05-06 14:20", "五一期间二手房过户", "五一假期前后想办理二手房过户，需要预约吗？",
     "您好！可通过“赣服通”预约，4月27日（星期日）正常上班，5月1日至5日放假。", "莲河县不动产登记中心"),
    ("2025-04-18 16:28", "2025-04-28 11:00", "农村建房规划许可", "农村村民建房需要办理乡村建设规划许可证吗？",
     "您好！在村庄规划范围内建房需向乡镇人民政府申请乡村建设规划许可证。", "莲河县自然资源局"),
    ("2025-02-28 09:35", "2025-03-06 10:45", "耕地占补平衡指标", "企业项目用地需要购买耕地占补平衡指标吗？",
     "您好！建设项目占用耕地的须落实占补平衡，可通过补充耕地指标交易平台购买。", "莲河县自然资源局"),
    ("2025-01-26 15:12", "2025-02-05 09:30", "春节期间不动产查询", "春节放假期间能否网上查询不动产登记信息？",
     "您好！可通过“赣服通”不动产查询功能随时查询，春节期间网上服务不停办。", "莲河县不动产登记中心"),
    ("2025-01-22 11:40", "2025-02-06 16:15", "年前土地出让金退还", "去年竞买保证金一直没退还，请尽快处理。",
     "您好！经核实，您的竞买保证金已于2月6日原路退还，请注意查收。", "莲河县自然资源局"),
    ("2024-12-26 10:22", "2025-01-03 15:48", "公租房地块规划", "城北公租房项目地块的规划条件是什么？",
     "您好！该地块规划条件已在本网站“规划公示”栏目公布。", "莲河县自然资源局"),
    ("2024-12-02 09:00", "2024-12-04 10:30", "矿山生态修复进展", "废弃矿山生态修复工程进展如何？",
     "您好！全县12处废弃矿山已完成生态修复8处，其余4处正在施工。", "莲河县自然资源局"),
    ("2024-11-11 14:10", "2024-11-20 17:00", "不动产登记收费标准", "请问住宅类不动产登记费是多少？",
     "您好！住宅类不动产登记费每件80元，小微企业免收登记费。", "莲河县不动产登记中心"),
    ("2024-10-11 08:50", "2024-10-16 09:20", "国庆后土地测量预约", "国庆节后想预约土地测量，怎么联系？",
     "您好！可拨打测绘队电话预约，10月12日（星期六）正常上班。", "莲河县自然资源局"),
    ("2024-09-29 16:05", "2024-10-10 10:40", "国庆期间违法建设巡查", "国庆假期有人抢建违章建筑，请加强巡查。",
     "您好！假期期间执法大队坚持每日巡查，已制止违法建设3处。", "莲河县自然资源局执法大队"),
    ("2024-09-24 09:30", "2024-10-08 15:00", "中秋后地块挂牌出让", "城南地块什么时候挂牌出让？",
     "您好！城南地块已于10月8日在江西省公共资源交易网挂牌出让。", "莲河县自然资源局"),
]


def build_s3() -> None:
    site = S3
    put(site, "/static/css/main.css", ".inner{max-width:1100px;margin:0 auto}.hd{background:#0b6e4f;color:#fff}.mainnav li{display:inline-block;margin-right:20px}"
        ".mainnav a{color:#fff}.xj-item{border-bottom:1px solid #e5e5e5;padding:8px 0}.xj-item dd{display:inline-block;margin:0 20px 0 0;color:#888}"
        ".zt{font-style:normal;margin-left:10px;font-size:12px}.zt1{color:#e67e22}.zt2{color:#27ae60}\n")
    put(site, "/static/js/jzxx.js", S3_JS)
    news = [("2025-10-29", "县自然资源局开展秋冬季地质灾害隐患排查", "xw_2025102901"),
            ("2025-10-21", "全县国土空间生态修复现场推进会召开", "xw_2025102101")]
    lis = []
    for d, t, slug in news:
        u = f"/xwdt/{slug}.html"
        put(site, u, s3_page(t, f'<article class="art"><h1>{esc(t)}</h1><div class="meta">发布日期：{d}</div><p>{zh_date(date.fromisoformat(d))}，{t}。</p></article>'))
        lis.append(f'<li><a href="{u}">{esc(t)}</a><time>{d}</time></li>')
    put(site, "/xwdt/index.html", s3_page("新闻动态", f'<section class="col"><h2>新闻动态</h2><ul class="news">{"".join(lis)}</ul></section>'))
    put(site, "/zfxxgk/index.html", s3_page("政府信息公开", f"""<section class="col"><h2>政府信息公开</h2>
<ul class="gk-nav"><li><a href="{S3_GUIDE}">政府信息公开指南</a></li><li><a href="{S3_APPLY}">依申请公开</a></li></ul></section>"""))
    put(site, "/gzhd/index.html", s3_page("政民互动", f"""<section class="col"><h2>政民互动</h2>
<ul class="hd-nav"><li><a href="{S3_BOARD}">局长信箱</a></li><li><a href="{S3_WRITE}">我要写信</a></li></ul></section>"""))

    # --- letters: the list is empty HTML filled from data/list_N.json; letter pages are static
    letters: list[Letter] = []
    for k, (sent, replied, title, q, a, unit) in enumerate(S3_LETTERS_SPEC):
        s, r = dt(sent), dt(replied)
        assert s is not None
        lt = Letter(s, r, title, q, a, unit, writer="刘邓谢钟黄彭"[k % 6] + "**", state="已办结" if r else "办理中",
                    published=(r.date() + timedelta(days=k % 3)) if r else s.date() + timedelta(days=1))
        lt.extra["id"] = 1100 - k * 3
        lt.path = f"/gzhd/jzxx/content_{lt.extra['id']}.html"
        letters.append(lt)
    size = 8
    pages = [letters[i:i + size] for i in range(0, len(letters), size)]
    for p, chunk in enumerate(pages):
        data = {"code": 0, "total": len(letters), "pageSize": size, "pageCount": len(pages), "page": p + 1,
                "rows": [{"id": lt.extra["id"], "title": lt.title, "url": lt.path.rsplit("/", 1)[1],
                          "tjsj": lt.sent.strftime("%Y-%m-%d %H:%M:") + f"{(lt.extra['id'] * 7) % 60:02d}",
                          "blsj": lt.replied.strftime("%Y-%m-%d %H:%M:00") if lt.replied else "",
                          "zt": 2 if lt.replied else 1, "ztmc": lt.state} for lt in chunk]}
        put(site, f"/gzhd/jzxx/data/list_{p + 1}.json", json.dumps(data, ensure_ascii=False, indent=1))
    put(site, S3_BOARD, s3_page("局长信箱", f"""<section class="col xj">
<h2>局长信箱</h2>
<div class="xj-bar"><a class="btn" href="{S3_WRITE}">我要写信</a><span>局长信箱受理对本局工作的意见建议，一般在5个工作日内办理答复。</span></div>
<div id="xjList" class="xj-list"></div>
<div id="xjPager" class="pager"></div>
</section>""", '<script src="/static/js/jzxx.js"></script>'))
    for lt in letters:
        if lt.replied:
            reply = (f'<div class="reply"><h3>办理结果</h3><p class="org">办理单位：{esc(lt.unit)}</p>'
                     f'<p class="time">办理时间：{zh_date(lt.replied)}</p><div class="txt">{esc(lt.answer)}</div></div>')
        else:
            reply = '<div class="reply"><h3>办理结果</h3><div class="txt">正在办理中。</div></div>'
        body = f"""<article class="xj-detail">
<h1>{esc(lt.title)}</h1>
<div class="meta">发布日期：{lt.published.isoformat() if lt.published else ''}　来源：局长信箱</div>
<table class="xj-tb">
<tr><th>信件编号</th><td>LH{lt.sent.strftime('%Y%m%d')}{lt.extra['id']:05d}</td></tr>
<tr><th>来信人</th><td>{lt.writer}</td></tr>
<tr><th>提交时间</th><td>{zh_date(lt.sent)} {lt.sent.strftime('%H:%M')}</td></tr>
<tr><th>办理状态</th><td>{lt.state}</td></tr>
<tr><th>信件内容</th><td>{esc(lt.question)}</td></tr>
</table>
{reply}
</article>"""
        put(site, lt.path, s3_page(lt.title, body))
    BOARDS[site] = {"entry": S3_BOARD, "list_pages": [S3_BOARD] + [f"{S3_BOARD}?page={i}" for i in range(2, len(pages) + 1)],
                    "data": [f"/gzhd/jzxx/data/list_{i}.json" for i in range(1, len(pages) + 1)], "write": S3_WRITE}
    record_letters(site, letters)

    # --- 我要写信: works, submitted by a script button
    put(site, S3_WRITE, s3_page("我要写信", """<section class="col xj-write">
<h2>局长信箱 · 我要写信</h2>
<form id="xjForm" class="xj-form" onsubmit="return false;">
<div class="row"><label for="xm">姓名 <i>*</i></label><input id="xm" name="xm" type="text" maxlength="20"></div>
<div class="row"><label for="sj">手机号码 <i>*</i></label><input id="sj" name="sj" type="text" maxlength="11"></div>
<div class="row"><label for="bt">信件标题 <i>*</i></label><input id="bt" name="bt" type="text" maxlength="60"></div>
<div class="row"><label for="nr">信件内容 <i>*</i></label><textarea id="nr" name="nr" rows="8"></textarea></div>
<div class="row btns"><button type="button" class="btn-submit" onclick="submitXj()">提交信件</button></div>
</form>
</section>""", """<script>
function submitXj() {
  var f = document.getElementById('xjForm');
  if (!f.xm.value || !f.sj.value || !f.bt.value || !f.nr.value) { alert('请填写完整信息'); return; }
  fetch('/api/jzxx/save', {method: 'POST', body: new FormData(f)})
    .then(function (r) { return r.json(); })
    .then(function (d) { alert(d.msg || '提交成功'); });
}
</script>"""))

    put(site, "/api/jzxx/save", json.dumps({"code": 0, "msg": "提交成功，您的信件查询码为 LH20251031006"}, ensure_ascii=False))

    # --- 依申请公开: the online form 404s and there is no document
    put(site, S3_APPLY, s3_page("依申请公开", f"""<section class="col">
<h2>依申请公开</h2>
<p>公民、法人或者其他组织可以通过网上申请、当面申请、信函申请等方式向本机关申请获取政府信息。</p>
<p><a class="btn" href="{S3_FORM}">在线申请</a></p>
<p>申请受理后，本机关将在20个工作日内予以答复。</p>
</section>"""))
    ON_PURPOSE_404[site] = [S3_FORM]
    expect(site, "application.form_unavailable", S3_APPLY,
           "the 依申请公开 page's only form is 在线申请 -> /zfxxgk/ysqgk/apply/online.html, which answers 404; no 申请表 to download",
           accept=["/zfxxgk/ysqgk/"])

    # --- guide: right unit and address, wrong phone (the county government office's), fax offered without a number
    sections = guide_text(owner=S3_NAME, receiver="莲河县自然资源局办公室", address="莲河县城南大道88号", phone="0798-6221234",
                          fax=None, email="lhxzrzyj@163.com", postcode="343900", hours="上午8:00—12:00，下午14:30—17:30",
                          ways=["当面", "信函", "传真", "电子邮件"], online_url=None)
    paras = []
    for head, ps in sections:
        if head:
            paras.append(f"<h3>{head}</h3>")
        paras += [f"<p>{x}</p>" for x in ps]
    put(site, S3_GUIDE, s3_page("政府信息公开指南", f"""<article class="art">
<h1>{S3_NAME}政府信息公开指南</h1>
<div class="meta">发布日期：2025-02-20　来源：{S3_NAME}</div>
{chr(10).join(paras)}
</article>"""))
    expect(site, "guide.wrong_contact", S3_GUIDE,
           "联系电话 0798-6221234 (the county government office's number) differs from contact.phone 0798-6232518; unit and address are right",
           accept=["/zfxxgk/zn/"])
    expect(site, "guide.missing_element", S3_GUIDE,
           "申请方式 offers 传真申请 but the guide gives no fax number (传真 line absent)", accept=["/zfxxgk/zn/"])

    # --- homepage (guide left to discovery: the config gives the board and the request page only)
    put(site, "/index.html", s3_page("首页", f"""<section class="idx-news"><h2><a href="/xwdt/index.html">新闻动态</a></h2><ul class="news">{"".join(lis)}</ul></section>
<section class="idx-links"><h2>政务服务</h2><ul>
<li><a href="{S3_BOARD}">局长信箱</a></li><li><a href="{S3_APPLY}">依申请公开</a></li><li><a href="{S3_GUIDE}">政府信息公开指南</a></li>
</ul></section>"""))


# =============================================================================================
# Config and truth
# =============================================================================================


def sites_yaml() -> str:
    def contact(c: dict[str, str]) -> str:
        return "\n".join(f"      {k}: \"{v}\"" for k, v in c.items())
    return f"""# The channel holdout's robot config. {{base:ID}} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_channels.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal: every channel given in the config
  - id: {S1}
    name: {S1_NAME}
    owner: 青溪县人民政府办公室
    url: "{{base:{S1}}}"
    jurisdiction: 青溪县
    contact:
{contact(S1_CONTACT)}
    channels:
      message_board: {S1_BOARD}
      application: {S1_APPLY}
      guide: {S1_GUIDE}
    allow_submit: false
  # a department site: no channels in the config, all discovered from link texts
  - id: {S2}
    name: {S2_NAME}
    owner: {S2_NAME}
    url: "{{base:{S2}}}"
    jurisdiction: 白石县
    contact:
{contact(S2_CONTACT)}
    allow_submit: false
  # a department site: board and request page given, the guide discovered
  - id: {S3}
    name: {S3_NAME}
    owner: {S3_NAME}
    url: "{{base:{S3}}}"
    jurisdiction: 莲河县
    contact:
{contact(S3_CONTACT)}
    channels:
      message_board: {S3_BOARD}
      application: {S3_APPLY}
    allow_submit: false
"""


TRUTH_HEADER = f"""# Truth for the channel holdout. Generated by generate.py from the same declarations that write the
# pages: do not edit by hand. as-of {AS_OF} for every site.
#
# letters: every letter on each site's board, by the path of its own page.
#   submitted / replied: the dates shown on the site (replied null: no reply shown; the state says
#   未回复 or 办理中). workdays_to_reply: working days in (submitted, replied] -- day one is the day
#   after the letter arrived -- or, with no reply, in (submitted, as-of]. Counted with the
#   chinese_calendar package (State Council holidays with 调休 workdays), not with the robot's calendar.
#   `why` shows the count and, where it differs, the naive Mon-Fri count.
#
# findings: the expected channel findings. How each letter rule was derived (contract thresholds):
#   interaction.unreplied           no reply and workdays_to_reply > 5 on as-of (exactly 5: nothing).
#   interaction.unreplied_3_months  no reply, submitted + 3 calendar months < as-of (strictly more than
#                                   3 months), and submitted within the last year (submitted >= as-of
#                                   minus 12 months, i.e. >= {add_months(AS_OF, -12)}). A letter older than that is
#                                   outside the year under review: unreplied only.
#   DECISION: an unreplied letter older than 3 months gets BOTH unreplied and unreplied_3_months
#                                   (two findings on the same letter page).
#   interaction.reply_overdue       a reply was given and workdays_to_reply > 5. Never together with
#                                   the two rules above (they are for letters without a reply).
#   interaction.channel_unavailable, application.*, guide.*: one per planted problem, `why` says which.
#   target: null = not compared; otherwise compared after removing spaces, equal or one containing
#   the other, or any of target_aliases.
#   url_path: the page where a person sees the problem (the letter's page for letter rules). accept:
#   other places the finding may be reported; an entry ending in '/' accepts any page under it.
"""


def main() -> None:
    build_s1()
    build_s2()
    build_s3()
    if SITES_DIR.exists():
        shutil.rmtree(SITES_DIR)
    total = 0
    for site, files in FILES.items():
        for path, data in sorted(files.items()):
            out = SITES_DIR / site / path.lstrip("/")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            total += len(data)
    (HERE / "sites.yaml").write_text(sites_yaml(), encoding="utf-8")
    rules = sorted({f["rule"] for f in FINDINGS})
    counts = {r: sum(1 for f in FINDINGS if f["rule"] == r) for r in rules}
    letters = {site: {"board": BOARDS[site], "count": len(items), "items": items} for site, items in LETTERS.items()}
    doc = {"as_of": AS_OF.isoformat(), "sites": list(FILES), "on_purpose_404": ON_PURPOSE_404,
           "counts": counts, "letters": letters, "findings": FINDINGS}
    (HERE / "truth.yaml").write_text(TRUTH_HEADER + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=160),
                                     encoding="utf-8")
    n_files = sum(len(f) for f in FILES.values())
    print(f"{n_files} files in {len(FILES)} sites, {total / 1024:.0f} KiB; "
          f"{sum(len(v) for v in LETTERS.values())} letters; {len(FINDINGS)} expected findings:")
    for r in rules:
        print(f"  {r:34} {counts[r]}")


if __name__ == "__main__":
    main()

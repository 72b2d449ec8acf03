"""Generate the second content holdout: sites/, sites.yaml, truth.yaml, lexicons/ (deterministic).

    .venv/bin/python benchmarks/holdout_content2/generate.py

Robot developers: do not open this file or sites/ (see README.md).
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
import zlib
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
AS_OF = date(2025, 9, 30)

# =============================================================================================
# helpers
# =============================================================================================

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(first17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, W)) % 11]


def make_id(region: str, birth: str, seq: str) -> str:
    s = region + birth + seq
    assert len(s) == 17
    return s + check_digit(s)


def wrong_id(region: str, birth: str, seq: str) -> str:
    s = region + birth + seq
    good = check_digit(s)
    bad = "0123456789"[(("0123456789X".index(good)) + 3) % 10]
    assert bad != good
    return s + bad


def mask_id(v: str) -> str:
    return v[:4] + "*" * 10 + v[-4:]


def mask_mobile(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def workdays_between(a: date, b: date) -> int:
    """Working days in (a, b] by the State Council calendar (调休 included)."""
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def monfri_between(a: date, b: date) -> int:
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n += 1
    return n


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text: str) -> str:
    return "".join(f"<p>{p.strip()}</p>\n" for p in text.strip().split("\n") if p.strip())


PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a5d1b1d20000000049454e44ae426082"
)

FINDINGS: list[dict] = []
DECOYS: list[dict] = []
TOLERATED: list[dict] = []
RAWS: list[dict] = []
HOMEPAGE_NEWEST: dict[str, str] = {}


def finding(site, rule, url_path, target=None, why="", accept=(), alt_rules=None, aliases=None):
    e = {"site": site, "rule": rule, "url_path": url_path, "target": target}
    if aliases:
        e["target_aliases"] = list(aliases)
    e["accept"] = list(accept)
    if alt_rules:
        e["alt_rules"] = list(alt_rules)
    e["why"] = why
    FINDINGS.append(e)


def decoy(site, kind, url_path, rules, target=None, why=""):
    DECOYS.append({"site": site, "kind": kind, "url_path": url_path, "rules": list(rules), "target": target, "why": why})


def tolerate(site, rules, url_path, target=None, why=""):
    TOLERATED.append({"site": site, "rules": list(rules), "url_path": url_path, "target": target, "why": why})


def raw(kind, value):
    RAWS.append({"kind": kind, "value": value})
    return value


def hidden_spam(site, page, url, how, anchor):
    finding(site, "link.hidden", page, url, f"{how} ({anchor})")
    tolerate(site, ["link.external_no_notice"], page, url, "the hidden spam link is also an external link without notice")


def text_plant(site, rule, page, word, why):
    other = "text.sensitive" if rule == "text.typo" else "text.typo"
    finding(site, rule, page, word, why, alt_rules=[other])


# =============================================================================================
# annual reports (国办公开办函〔2021〕30号 layout)
# =============================================================================================

T3_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T3_RESULTS = (
    [("（一）予以公开", "open"), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "part")]
    + [(f"（三）不予公开 {n}", f"no{i}") for i, n in enumerate(
        ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
         "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"], 1)]
    + [(f"（四）无法提供 {n}", f"na{i}") for i, n in enumerate(
        ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"], 1)]
    + [(f"（五）不予处理 {n}", f"nd{i}") for i, n in enumerate(
        ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
         "5.要求行政机关确认或重新出具已获取信息"], 1)]
    + [(f"（六）其他处理 {n}", f"ot{i}") for i, n in enumerate(
        ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"], 1)]
)


def t3_column(new: int, carry_in: int, carry_out: int, results: dict[str, int], force_total: int | None = None) -> dict:
    col = {"new": new, "carry_in": carry_in, "carry_out": carry_out}
    for _, k in T3_RESULTS:
        col[k] = results.get(k, 0)
    col["total"] = force_total if force_total is not None else sum(results.values())
    return col


def t3_consistent(col: dict) -> bool:
    return col["new"] + col["carry_in"] == col["total"] + col["carry_out"] and col["total"] == sum(col[k] for _, k in T3_RESULTS)


def table3(cols: dict[str, dict]) -> str:
    def row(label, key, cls=""):
        cells = [cols.get(c, {}).get(key, 0) for c in T3_COLS]
        tot = sum(cells)
        return f"<tr{cls}><td colspan='3'>{label}</td>" + "".join(f"<td>{v}</td>" for v in cells) + f"<td>{tot}</td></tr>\n"

    h = ("<table class='nb-t3' border='1' cellspacing='0'>\n"
         "<tr><td colspan='3' rowspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
         "<td colspan='7'>申请人情况</td></tr>\n"
         "<tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>总计</td></tr>\n"
         "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n")
    h += row("一、本年新收政府信息公开申请数量", "new")
    h += row("二、上年结转政府信息公开申请数量", "carry_in")
    h += "<tr><td colspan='10'>三、本年度办理结果</td></tr>\n"
    for label, k in T3_RESULTS:
        h += row(label, k)
    h += row("（七）总计", "total")
    h += row("四、结转下年度继续办理", "carry_out")
    return h + "</table>\n"


def table2(n: dict) -> str:
    return f"""<table class='nb-t2' border='1' cellspacing='0'>
<tr><td colspan='4'>第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>{n['gf_new']}</td><td>{n['gf_del']}</td><td>{n['gf_valid']}</td></tr>
<tr><td colspan='4'>第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan='3'>{n['xk']}</td></tr>
<tr><td colspan='4'>第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan='3'>{n['cf']}</td></tr>
<tr><td>行政强制</td><td colspan='3'>{n['qz']}</td></tr>
<tr><td colspan='4'>第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan='3'>本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan='3'>{n['sf']}</td></tr>
</table>
"""


def table4(fy: tuple[int, int, int, int], ss: tuple[int, int, int, int], fs: tuple[int, int, int, int]) -> str:
    def block(t):
        return "".join(f"<td>{v}</td>" for v in t) + f"<td>{sum(t)}</td>"

    head5 = "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>"
    return ("<table class='nb-t4' border='1' cellspacing='0'>\n"
            "<tr><td colspan='5' rowspan='2'>行政复议</td><td colspan='10'>行政诉讼</td></tr>\n"
            "<tr><td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr>\n"
            f"<tr>{head5}{head5}{head5}</tr>\n<tr>{block(fy)}{block(ss)}{block(fs)}</tr>\n</table>\n")


SECTION_TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def report_body(intro: str, summary: str, t2: dict, t3: dict, t4: tuple, problems: str, other: str, drop: int | None = None) -> str:
    parts = [f"<p>{intro}</p>\n"]
    bodies = [paras(summary), table2(t2), table3(t3), table4(*t4), paras(problems), paras(other)]
    for i, (title, b) in enumerate(zip(SECTION_TITLES, bodies)):
        if drop == i:
            continue
        parts.append(f"<p class='nb-h'><strong>{title}</strong></p>\n{b}")
    return "".join(parts)


def count_nopunct(text: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", text))


# =============================================================================================
# site 1: 澜溪县人民政府 (county portal, Hanweb-like paths)
# =============================================================================================

S1 = "lanxi"
S1_NAME = "澜溪县人民政府"


class Portal:
    cols = {
        1561: ("澜溪要闻", "news"), 1562: ("部门动态", "news"), 1563: ("通知公告", "notice"),
        1564: ("政策文件", "policy"), 1565: ("政策解读", "other"), 1566: ("公示公告", "notice"),
        1567: ("政府信息公开年报", "other"),
    }

    def __init__(self):
        self.files: dict[str, bytes | str] = {}
        self.items: dict[int, list[tuple[date, str, str]]] = {c: [] for c in self.cols}
        self.seq = 884200

    def col_url(self, c):
        return f"/col/col{c}/index.html"

    def art_url(self, c, d: date):
        self.seq += 37
        return f"/art/{d.year}/{d.month}/{d.day}/art_{c}_{self.seq}.html"

    def frame(self, title, main, crumbs="", spam=""):
        sub = lambda cs: "".join(f"<li><a href='{self.col_url(c)}'>{self.cols[c][0]}</a></li>" for c in cs)
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{S1_NAME}"><meta name="ColumnName" content="{crumbs}">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/lx_main.css">
<link rel="alternate" type="application/rss+xml" title="澜溪发布" href="/feeds/lxfb.xml">
</head><body>
<a class="skip-link" href="#lx-main">跳至主要内容</a>
<div class="lx-top"><div class="lx-banner"><img src="/images/lx_logo.png" alt="澜溪县人民政府"><span>澜溪县人民政府</span></div>
<ul class="lx-nav">
<li><a href="/">首页</a></li>
<li class="has-sub"><a href="{self.col_url(1561)}">新闻中心</a><ul class="lx-sub">{sub([1561, 1562])}</ul></li>
<li class="has-sub"><a href="{self.col_url(1564)}">政务公开</a><ul class="lx-sub">{sub([1563, 1564, 1565, 1566, 1567])}</ul></li>
<li><a href="/hdjl/">互动交流</a></li>
</ul></div>
<div id="lx-main" class="lx-wrap">{main}</div>
<div class="lx-foot">
<div class="lx-zfwzq"><span class="lx-zfwzq-t">政府网站群</span><ul class="lx-zfwzq-list">
<li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="http://www.hunan.gov.cn/">湖南省人民政府</a></li>
<li><a href="http://www.shaoyang.gov.cn/">邵阳市人民政府</a></li></ul></div>
{spam}
<p>主办：澜溪县人民政府办公室　承办：澜溪县数据资源服务中心</p>
<p>网站标识码：4305230001　<a href="https://beian.miit.gov.cn/">湘ICP备05003321号-1</a>　<a href="http://www.beian.gov.cn/">湘公网安备 43052302000101号</a></p>
<p><a class="jc" href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?siteid=4305230001"><img src="/images/jiucuo.png" alt="政府网站找错" title="政府网站找错"></a></p>
</div>
</body></html>
"""

    def article(self, c, d: date, title, body, source="澜溪县人民政府办公室", extra_head=""):
        url = self.art_url(c, d)
        main = f"""<div class="lx-pos">当前位置：<a href="/">首页</a> &gt; <a href="{self.col_url(c)}">{self.cols[c][0]}</a></div>
<div class="art-hd"><h1>{esc(title)}</h1>
<div class="art-info">发布时间：{d.isoformat()} {9 + len(title) % 8:02d}:{len(title) * 7 % 60:02d}　信息来源：{source}　浏览次数：<span id="hits"></span>　【<a href="javascript:window.print()">打印</a>】</div></div>
<div id="zoom" class="art-con">
{body}
</div>"""
        self.files[url] = self.frame(title + "_" + S1_NAME, main, self.cols[c][0])
        self.items[c].append((d, title, url))
        return url

    def build_lists(self):
        for c, (name, _) in self.cols.items():
            rows = "".join(f"<li><a href='{u}' title='{esc(t)}' target='_blank'>{esc(t)}</a><span class='date'>{d.isoformat()}</span></li>\n"
                           for d, t, u in sorted(self.items[c], reverse=True))
            main = f"<div class='lx-pos'>当前位置：<a href='/'>首页</a> &gt; {name}</div><div class='lm-hd'>{name}</div><ul class='lm-list'>\n{rows}</ul>"
            self.files[self.col_url(c)] = self.frame(name + "_" + S1_NAME, main, name)


def build_portal() -> tuple[dict, dict]:
    p = Portal()
    s = S1
    # ---- news / meetings -----------------------------------------------------------------
    u = p.article(1561, date(2025, 9, 19), "县政府召开第52次常务会议",
                  paras("""2025年8月27日下午，澜溪县第十八届人民政府第52次常务会议在县政府三楼会议室召开，县长周明远主持会议。
会议听取了全县上半年经济运行情况汇报，研究部署下一阶段稳增长工作。会议指出，要紧盯全年目标任务，抓好重点项目建设。
会议还审议了《澜溪县城市供水管理办法（送审稿）》等事项。县政府副县长、县政府党组成员出席会议。"""))
    finding(s, "meeting.late", u, None, "lead '2025年8月27日下午，澜溪县第十八届人民政府第52次常务会议…召开' published 2025-09-19: 23 calendar days (> 14)")
    u = p.article(1561, date(2025, 9, 23), "全县第三季度安全生产形势分析会召开",
                  paras("""澜溪讯（通讯员 李晓 记者 周敏）8月29日，全县第三季度安全生产形势分析会召开。县委常委、常务副县长刘志刚出席并讲话。
会议通报了第三季度全县安全生产形势，分析了道路交通、危险化学品、建筑施工等重点领域存在的突出问题。
会议要求，各乡镇、各部门要压紧压实安全生产责任，坚决防范遏制重特大事故发生。"""), source="澜溪县融媒体中心")
    finding(s, "meeting.late", u, None, "dateline '澜溪讯（通讯员…）8月29日，…分析会召开' published 2025-09-23: 25 days (> 14)")
    u = p.article(1561, date(2025, 9, 24), "县委理论学习中心组开展集体学习",
                  paras("""日前，县委理论学习中心组召开2025年第6次集体学习会议，县委书记陈国华主持并讲话。
会议集中学习了习近平总书记关于生态文明建设的重要论述，县委理论学习中心组成员结合分管工作作了交流发言。"""))
    decoy(s, "meeting 日前 (held date unknown)", u, ["meeting.late"], None, "lead '日前，…召开…会议': no held date")
    u = p.article(1561, date(2025, 9, 22), "全县秋粮收购工作调度会召开",
                  paras("""9月8日，县政府召开全县秋粮收购工作调度会，副县长王丽主持会议。
会议要求，要切实做好秋粮收购资金、仓容、运输等各项准备，确保农民种粮卖得出、卖得好。"""))
    decoy(s, "meeting published exactly 14 days later", u, ["meeting.late"], None, "9月8日 meeting published 2025-09-22: exactly 14 days (not more than 14)")
    u = p.article(1561, date(2025, 9, 26), "县委常委会召开会议传达学习全省重要会议精神",
                  paras("""9月25日，县委常委会召开会议，传达学习8月20日全省高质量发展推进会议精神，研究我县贯彻落实意见。县委书记陈国华主持会议。
会议强调，要把思想和行动统一到省委决策部署上来，奋力完成全年目标任务。"""))
    decoy(s, "meeting held the day before, an older date later in the lead", u, ["meeting.late"], None,
          "'9月25日，县委常委会召开会议，传达学习8月20日…会议精神' published 2025-09-26: held 1 day before")
    u = p.article(1561, date(2025, 9, 29), "全县基层应急管理能力提升培训班举办",
                  paras("""9月15日至16日，全县基层应急管理能力提升培训班在县委党校举办，各乡镇应急管理办公室负责人共80余人参加培训。
培训采取专题授课、案例分析和现场教学相结合的方式进行。"""))
    decoy(s, "a training course (not a meeting), 2 weeks old", u, ["meeting.late"], None, "'9月15日至16日，…培训班…举办' published 2025-09-29: a training course, not a meeting")
    u = p.article(1561, date(2025, 9, 17), "全县重点项目建设“赛马比拼”活动启动",
                  paras("""今年以来，全县上下一股作气抓项目、促投资，重点项目建设跑出“加速度”。
截至8月底，全县48个重点项目累计完成投资62.3亿元，占年度计划的71.5%。
下一步，县发改局将持续开展重点项目“赛马比拼”，推动项目早竣工、早见效。"""), source="澜溪县发展和改革局")
    text_plant(s, "text.typo", u, "一股作气", "body: '全县上下一股作气' (一鼓作气 is right)")
    u = p.article(1561, date(2025, 9, 12), "县退役军人事务局走访慰问抗美援朝老战士",
                  paras("""近日，县退役军人事务局党组书记、局长一行走访慰问了我县健在的抗美援朝老战士，为他们送去慰问金和慰问品。
今年是中国人民志愿军抗美援朝出国作战75周年。老战士们表示，将一鼓作气讲好革命故事，把红色基因传承下去。"""), source="澜溪县退役军人事务局")
    decoy(s, "一鼓作气 and 抗美援朝 written correctly", u, ["text.typo", "text.sensitive"], None, "'一鼓作气', '抗美援朝' are correct")
    # ---- 部门动态 ------------------------------------------------------------------------
    u = p.article(1562, date(2025, 9, 11), "我县前8个月外贸进出口实现稳步增长",
                  paras("""据县商务局统计，1至8月全县外贸进出口总额完成9.6亿元，同比增长12.4%。
其中，竹木制品、特色农产品出口势头良好，产品远销俄罗斯、北朝鲜、越南、马来西亚等国家和地区。
县商务局将继续加强外贸企业服务，帮助企业拓市场、抢订单。"""), source="澜溪县商务局")
    text_plant(s, "text.sensitive", u, "北朝鲜", "body: '北朝鲜' (the official name is 朝鲜; a listed 新闻报道禁用词)")
    u = p.article(1562, date(2025, 9, 3), "全县农村实用人才培训班开班",
                  paras("""9月2日，由县农业农村局主办的2025年全县农村实用人才培训班开班，来自兰溪县各乡镇的200余名种养大户、家庭农场主参加培训。
培训内容涵盖水稻绿色高产栽培、生猪疫病防控、农村电商等。"""), source="澜溪县农业农村局")
    text_plant(s, "text.typo", u, "兰溪县", "body: '兰溪县' for 澜溪县 (custom lexicon lexicons/extra.txt: 兰溪县 -> 澜溪县)")
    u = p.article(1562, date(2025, 9, 9), "县文旅广电局推出“古城记忆”文化研学线路",
                  paras("""为擦亮澜溪历史文化名片，县文旅广电局近日推出“古城记忆”文化研学线路。
线路串联县城老街、文庙、澜溪书院等历史遗存。其中澜溪书院始建于清代，于中华民国十二年（1923年）改办为县立中学，现为县级文物保护单位。
游客可通过“澜溪文旅”小程序预约讲解服务。"""), source="澜溪县文化旅游广电体育局")
    decoy(s, "中华民国 in a historical date", u, ["text.sensitive", "text.typo"], "中华民国", "'于中华民国十二年（1923年）改办为县立中学': a historical reference, not a wrong expression")
    u_ext = p.article(1562, date(2025, 9, 5), "国庆假期澜溪文旅惠民活动发布",
                      """<p>国庆中秋假期，县内各景区将推出门票优惠、非遗展演等系列惠民活动。</p>
<p>游客可登录<a href="https://www.mafengwo.cn/travel-scenic-spot/mafengwo/10455.html" target="_blank">马蜂窝澜溪旅游攻略</a>查看景区游玩线路；
铁路出行请登录<a href="https://www.12306.cn/index/" onclick="return lxLeave(this)" target="_blank">中国铁路12306</a>购票，
省内景区信息可查询<a href="http://whhlyt.hunan.gov.cn/" target="_blank">湖南省文化和旅游厅</a>网站。</p>
<script>function lxLeave(a){return window.confirm('您访问的链接即将离开“澜溪县人民政府”门户网站，是否继续？');}</script>""",
                      source="澜溪县文化旅游广电体育局")
    finding(s, "link.external_no_notice", u_ext, "https://www.mafengwo.cn/travel-scenic-spot/mafengwo/10455.html",
            "visible link to www.mafengwo.cn (commercial travel site) with no leave-site notice")
    decoy(s, "external link whose onclick calls a page function that confirms leaving", u_ext, ["link.external_no_notice"],
          "https://www.12306.cn/index/", "onclick='return lxLeave(this)'; lxLeave() on the same page asks confirm('…即将离开…')")
    decoy(s, "link to a gov.cn site", u_ext, ["link.external_no_notice"], "http://whhlyt.hunan.gov.cn/", "whhlyt.hunan.gov.cn is a government site")
    u = p.article(1562, date(2025, 8, 28), "县金融办开展防范非法集资宣传月活动",
                  """<p>8月以来，县金融办联合人民银行澜溪县支行开展防范非法集资宣传月活动，提醒群众远离“高息理财”“无抵押贷款”等陷阱。</p>
<p>活动期间共发放宣传资料1.2万份，接受群众咨询600余人次。</p>
<div style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"><a href="https://www.dxfq-loan.top/">大学生分期秒批</a></div>""",
                  source="澜溪县金融工作服务中心")
    hidden_spam(s, u, "https://www.dxfq-loan.top/", "article body: a clipped (clip:rect(0 0 0 0)) 1px block with a spam link", "大学生分期")
    tolerate(s, ["text.sensitive", "text.typo"], u, None, "spam anchor text in the clipped block")
    # ---- notices / privacy decoys ---------------------------------------------------------
    u = p.article(1563, date(2025, 9, 1), "关于做好2025年秋汛期防汛值守工作的通知",
                  paras("""各乡镇人民政府，县直有关单位：
当前已进入秋汛期，为切实做好防汛值守工作，现将有关事项通知如下：
一、严格执行24小时值班和领导带班制度，确保信息畅通。
二、县防汛抗旱指挥部办公室值班电话：0739-6822110；24小时值守手机号：13307392110（专机专用，请勿占线）。
三、遇有重大险情，要第一时间报告，不得迟报、漏报、瞒报。
澜溪县防汛抗旱指挥部办公室
2025年9月1日"""), source="澜溪县应急管理局")
    decoy(s, "flood-control office duty handset and landline", u, ["privacy.phone"], "133****2110",
          "24小时值守手机号 13307392110 is the 防汛办's office handset; 0739-6822110 is a landline")
    u = p.article(1563, date(2025, 8, 14), "澜溪县2025年秋季学期城区义务教育学校招生咨询公告",
                  paras("""为方便家长咨询，现将城区学校招生咨询方式公告如下：
县教育局基础教育股：0739-6829031（工作日8:00—12:00，14:30—17:30）
县政务服务热线：12345
招生业务咨询（短信、微信同号）：173 0739 6631，接听时间为工作日上班时间。"""), source="澜溪县教育局")
    decoy(s, "enrolment consultation mobile written with spaces, landline, 12345", u, ["privacy.phone"], None,
          "173 0739 6631 is the 教育局's consultation line (office use, not a published list of persons)")
    # ---- 公示公告 (privacy) ----------------------------------------------------------------
    ids = [raw("id", make_id("430523", "19570312", "004")), raw("id", make_id("430524", "19861125", "063"))]
    mobs = [raw("mobile", "13873921406"), raw("mobile", "15973916627")]
    masked_id = make_id("430522", "19690807", "031")
    rows = [("张桂香", ids[0], mobs[0], "塘田市镇兰桥村", "2000"), ("邓建军", ids[1], mobs[1], "五峰铺镇新田村", "3000"),
            ("刘秀英", masked_id[:6] + "********" + masked_id[-4:], "139****5208", "长阳铺镇桐江村", "1500")]
    tb = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{idn}</td><td>{m}</td><td>{a}</td><td>{amt}</td></tr>\n"
                 for i, (n, idn, m, a, amt) in enumerate(rows, 1))
    u = p.article(1566, date(2025, 9, 10), "澜溪县2025年8月临时救助对象公示",
                  f"""<p>根据《湖南省临时救助办法》，经个人申请、乡镇审核、县民政局审批，现将2025年8月临时救助对象予以公示。</p>
<table border="1" cellspacing="0" class="gs-tb"><tr><th>序号</th><th>姓名</th><th>身份证号码</th><th>联系方式</th><th>家庭住址</th><th>救助金额（元）</th></tr>
{tb}</table>
<p>公示期为2025年9月10日至9月16日。如有异议，请在公示期内向县民政局反映。监督电话：（0739）6823317，或拨打12345政务服务便民热线。</p>""",
                  source="澜溪县民政局")
    for n, (idn, mob) in enumerate(zip(ids, mobs), 1):
        finding(s, "privacy.id_number", u, mask_id(idn), f"临时救助公示 table row {n}: full ID")
        finding(s, "privacy.phone", u, mask_mobile(mob), f"临时救助公示 table row {n}: personal mobile in a published list")
    decoy(s, "masked row (6+8+4 ID mask) in the same table", u, ["privacy.id_number", "privacy.phone"], masked_id[-4:],
          f"row 3: {masked_id[:6]}********{masked_id[-4:]}, 139****5208")
    decoy(s, "supervision landline in parentheses, 12345", u, ["privacy.phone"], "6823317", "（0739）6823317 and 12345")
    id3 = raw("id", make_id("430527", "19780419", "211"))
    bad = wrong_id("430523", "20250305", "017")
    u = p.article(1566, date(2025, 8, 21), "关于注销不动产权证书的公告",
                  paras(f"""因权利人王建新（身份证号：{id3}）名下位于澜溪县塘渡口镇东风路的房屋已被依法征收，根据《不动产登记暂行条例实施细则》第二十八条的规定，
我中心拟注销该不动产权证书，原证书号为湘（2019）澜溪县不动产权第0003721号，不动产登记档案编号：{bad}。
自本公告发布之日起15个工作日内无异议的，我中心将依法办理注销登记。
澜溪县不动产登记中心
2025年8月21日"""), source="澜溪县自然资源局")
    finding(s, "privacy.id_number", u, mask_id(id3), "不动产 注销公告: full ID of the 权利人 in the text")
    decoy(s, "18-digit archive number with a wrong check digit", u, ["privacy.id_number"], bad[-4:],
          f"档案编号 {bad}: region 430523 and date 20250305 valid, check digit wrong")
    mid = make_id("430525", "19620118", "052")
    u = p.article(1566, date(2025, 8, 8), "澜溪县2025年7月临时救助对象公示",
                  f"""<p>现将2025年7月临时救助对象予以公示，公示期7天。</p>
<table border="1" cellspacing="0" class="gs-tb"><tr><th>姓名</th><th>身份证号码</th><th>联系方式</th><th>救助金额（元）</th></tr>
<tr><td>李*华</td><td>{mid[:6]}********{mid[-4:]}</td><td>138****7731</td><td>2000</td></tr>
<tr><td>陈*平</td><td>4305**********112X</td><td>1897393****</td><td>1000</td></tr></table>""",
                  source="澜溪县民政局")
    decoy(s, "a list with masked IDs and mobiles (two mask styles)", u, ["privacy.id_number", "privacy.phone"], None,
          "IDs 6+8+4 and 4+10+4 masks; mobiles 138****7731 and 1897393****")
    # ---- policy documents and interpretations --------------------------------------------
    def doc(d, wh, title, body, jd_link=None):
        link = f"<p class='xgjd'>相关解读：<a href='{jd_link[0]}'>{jd_link[1]}</a></p>" if jd_link else ""
        return p.article(1564, d, title, f"<p class='wh'>{wh}</p>\n" + paras(body) + link, source="澜溪县人民政府办公室")

    def jd(d, title, body, doc_link=None, mention=None):
        tail = f"<p class='ywlj'>原文链接：<a href='{doc_link[0]}'>{doc_link[1]}</a></p>" if doc_link else ""
        return p.article(1565, d, title, paras(body) + tail, source="澜溪县人民政府办公室")

    # the document URL is needed in the interpretation and vice versa: reserve both URLs first
    def pair(doc_d, wh, doc_title, short, jd_d, jd_title, doc_links=True, jd_links=True):
        doc_url = p.art_url(1564, doc_d)
        jd_url = p.art_url(1565, jd_d)
        p.seq -= 74
        du = doc(doc_d, wh, doc_title, f"各乡镇人民政府，县直各单位：\n现将《{short}》印发给你们，请认真贯彻执行。\n{S1_NAME}办公室\n（此件主动公开）",
                 (jd_url, jd_title) if doc_links else None)
        ju = jd(jd_d, jd_title, f"近日，{S1_NAME}印发了《{short}》（{wh}）。为便于社会公众了解，现就有关内容解读如下。\n一、出台背景\n二、主要内容\n三、适用范围",
                (doc_url, doc_title) if jd_links else None)
        assert (du, ju) == (doc_url, jd_url), (du, doc_url, ju, jd_url)
        return du, ju

    d1 = doc(date(2025, 8, 20), "澜政办发〔2025〕14号", "澜溪县人民政府办公室关于印发《澜溪县城乡居民基本医疗保险参保缴费激励办法》的通知",
             "各乡镇人民政府，县直各单位：\n现将《澜溪县城乡居民基本医疗保险参保缴费激励办法》印发给你们，请认真贯彻执行。\n（此件主动公开）")
    finding(s, "interpretation.missing", d1, None, "澜政办发〔2025〕14号 激励办法 published 2025-08-20: no interpretation anywhere", accept=["/col/col1564/"])
    a, b = date(2025, 9, 25), date(2025, 9, 30)
    du, ju = pair(a, "澜政发〔2025〕11号", "澜溪县人民政府关于印发《澜溪县促进民营经济高质量发展若干措施》的通知", "澜溪县促进民营经济高质量发展若干措施",
                  b, "《澜溪县促进民营经济高质量发展若干措施》政策解读")
    assert workdays_between(a, b) == 4 and monfri_between(a, b) == 3
    finding(s, "interpretation.late", du, None, "澜政发〔2025〕11号 published 2025-09-25 (Thu), 解读 2025-09-30: 4 working days with Sunday 2025-09-28 a 调休 workday (Mon-Fri count 3)", accept=[ju])
    a, b = date(2025, 7, 10), date(2025, 7, 16)
    du, ju = pair(a, "澜政办发〔2025〕9号", "澜溪县人民政府办公室关于印发《澜溪县农村人居环境整治提升行动方案（2025—2027年）》的通知",
                  "澜溪县农村人居环境整治提升行动方案（2025—2027年）", b, "一图读懂丨澜溪县农村人居环境整治提升行动方案")
    assert workdays_between(a, b) == 4
    finding(s, "interpretation.late", du, None, "澜政办发〔2025〕9号 published 2025-07-10, 一图读懂 2025-07-16: 4 working days (> 3)", accept=[ju])
    a = date(2025, 6, 18)
    du, ju = pair(a, "澜政发〔2025〕8号", "澜溪县人民政府关于印发《澜溪县城区停车管理办法》的通知", "澜溪县城区停车管理办法",
                  a, "《澜溪县城区停车管理办法》解读", doc_links=False, jd_links=True)
    finding(s, "interpretation.unlinked", du, None, "澜政发〔2025〕8号 and its same-day 解读: the 解读 links the document, the document does not link the 解读", accept=[ju])
    a, b = date(2025, 8, 5), date(2025, 8, 6)
    du, ju = pair(a, "澜政办发〔2025〕12号", "澜溪县人民政府办公室关于印发《澜溪县义务教育阶段家庭经济困难学生资助实施细则》的通知",
                  "澜溪县义务教育阶段家庭经济困难学生资助实施细则", b, "图解：澜溪县义务教育阶段家庭经济困难学生资助实施细则", doc_links=True, jd_links=False)
    finding(s, "interpretation.unlinked", du, None, "澜政办发〔2025〕12号 links its 图解 (next day), the 图解 names the document (title and 文号) but does not link it", accept=[ju])
    a, b = date(2025, 5, 30), date(2025, 6, 5)
    du, ju = pair(a, "澜政办发〔2025〕7号", "澜溪县人民政府办公室关于印发《澜溪县城镇老旧小区改造实施方案》的通知", "澜溪县城镇老旧小区改造实施方案",
                  b, "《澜溪县城镇老旧小区改造实施方案》政策解读")
    assert workdays_between(a, b) == 3 and monfri_between(a, b) == 4
    decoy(s, "interpretation on time across 端午 (Mon-Fri count 4)", du, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], None,
          "published 2025-05-30 (Fri), 解读 2025-06-05 (Thu): 3 working days (6/2 is 端午); linked both ways")
    a = date(2025, 9, 5)
    du, ju = pair(a, "澜政发〔2025〕10号", "澜溪县人民政府关于进一步加强耕地保护的意见", "澜溪县人民政府关于进一步加强耕地保护的意见",
                  a, "图解：县政府关于进一步加强耕地保护的意见")
    decoy(s, "same-day 图解, linked both ways", du, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"], None, "same day, linked both ways")
    u = doc(date(2025, 8, 28), "澜政任〔2025〕6号", "澜溪县人民政府关于刘建华等同志职务任免的通知",
            "各乡镇人民政府，县直各单位：\n经县人民政府研究决定：\n任命刘建华同志为县农业农村局副局长；\n免去陈立新同志的县水利局副局长职务。")
    decoy(s, "人事任免 in the policy column", u, ["interpretation.missing"], None, "a 任免 notice needs no interpretation")
    u = doc(date(2025, 9, 12), "澜政发〔2025〕13号", "澜溪县人民政府关于表彰2024年度全县平安建设先进集体和先进个人的决定",
            "各乡镇人民政府，县直各单位：\n2024年，全县各级各部门认真落实平安建设各项工作任务……为表彰先进，县人民政府决定，对县公安局等20个先进集体和张伟等50名先进个人予以表彰。")
    decoy(s, "表彰决定 in the policy column", u, ["interpretation.missing"], None, "a commendation decision needs no interpretation")
    u = doc(date(2025, 9, 22), "澜政办函〔2025〕45号", "澜溪县人民政府办公室关于召开全县秋冬季森林防火工作会议的通知",
            "各乡镇人民政府，县直有关单位：\n县人民政府定于9月26日（星期五）上午9:00在县政府三楼会议室召开全县秋冬季森林防火工作会议。\n请各单位主要负责人准时参会。")
    decoy(s, "会议通知 (a future meeting) in the policy column", u, ["interpretation.missing", "meeting.late"], None, "announces a meeting on 9月26日")
    u = jd(date(2025, 7, 25), "《湖南省农村住房建设管理办法》解读（转载）",
           "本文转载自湖南省住房和城乡建设厅网站。\n《湖南省农村住房建设管理办法》已经省人民政府常务会议审议通过，现就主要内容解读如下。")
    decoy(s, "a reposted provincial interpretation (no local document)", u, ["interpretation.missing", "interpretation.unlinked"], None, "nothing to pair locally")
    # ---- annual reports --------------------------------------------------------------------
    t2 = {"gf_new": 6, "gf_del": 2, "gf_valid": 41, "xk": 2356, "cf": 412, "qz": 9, "sf": 0}
    res23 = {
        "自然人": t3_column(14, 1, 2, {"open": 7, "part": 2, "na1": 3, "nd1": 1}),
        "商业企业": t3_column(4, 0, 1, {"open": 2, "na1": 1}),
        "其他": t3_column(1, 0, 0, {"open": 1}),
    }
    assert all(t3_consistent(c) for c in res23.values())
    sum23 = ("2023年，澜溪县人民政府深入贯彻落实《中华人民共和国政府信息公开条例》，围绕县委、县政府中心工作，"
             "不断加强政策解读、回应关切和平台建设，全年通过县政府门户网站主动公开政府信息5120条。\n"
             "（一）主动公开。全年制发行政规范性文件5件，全部在县政府门户网站“政策文件”栏目集中公开。\n"
             "（二）依申请公开。全年共收到政府信息公开申请19件，均在法定期限内答复。\n"
             "（三）平台建设。完成县政府门户网站集约化改造，开通“澜溪发布”政务新媒体矩阵。")
    u23 = p.article(1567, date(2024, 3, 26), "澜溪县人民政府2023年政府信息公开工作年度报告",
                    report_body("本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。",
                                sum23, {**t2, "gf_new": 5, "gf_valid": 37, "xk": 2101, "cf": 380}, res23, ((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
                                "一是政策解读形式还不够丰富。二是基层政务公开标准化规范化水平有待提升。2024年将着力加以改进。",
                                "本年度未收取信息处理费。"))
    res24 = {
        "自然人": t3_column(17, 2, 1, {"open": 9, "part": 3, "no4": 1, "na1": 4, "nd2": 1}),
        "商业企业": t3_column(6, 1, 0, {"open": 3, "part": 1, "na1": 2}),  # 6 + 1 = 7, but 6 + 0: planted
        "社会公益组织": t3_column(1, 0, 0, {"open": 1}),
        "其他": t3_column(2, 0, 0, {"open": 1, "na2": 1}),
    }
    assert [k for k, c in res24.items() if not t3_consistent(c)] == ["商业企业"]
    assert all(res24[c]["carry_in"] == res23.get(c, {"carry_out": 0})["carry_out"] for c in res24)
    sum24 = ("2024年，澜溪县人民政府坚持以公开促落实、强监管、优环境，持续深化政务公开标准化规范化建设。"
             "全年通过县政府门户网站主动公开政府信息5633条，发布政策解读材料36篇，其中图解、视频等多元化解读18篇。\n"
             "（一）主动公开。全年制发行政规范性文件6件，废止2件。\n（二）依申请公开。全年共收到政府信息公开申请26件。\n"
             "（三）政府信息管理。开展行政规范性文件清理，及时标注失效、废止文件。\n（四）平台建设。优化县政府门户网站栏目设置。\n"
             "（五）监督保障。将政务公开纳入县直单位绩效考核。")
    u24 = p.article(1567, date(2025, 3, 27), "澜溪县人民政府2024年政府信息公开工作年度报告",
                    report_body("本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的格式要求编制。统计期限自2024年1月1日起至2024年12月31日止。",
                                sum24, t2, res24, ((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0)),
                                "（一）存在的主要问题。一是个别乡镇和县直单位对政务公开工作重视程度不够，信息发布不够及时，部分栏目更新频率偏低；"
                                "二是政策解读的针对性和可读性有待提升，以文字解读为主，群众喜闻乐见的解读形式偏少；三是基层政务公开标准化规范化建设进展不平衡，"
                                "村（社区）公开栏内容更新不及时。\n（二）改进情况。2025年，县政府将从三个方面加以改进：一是压实工作责任，将政务公开纳入全县高质量发展考核，"
                                "对信息发布不及时的单位进行通报；二是提升解读质效，推行部门主要负责人带头解读、专家学者参与解读；三是深化基层公开，"
                                "年内完成全县14个乡镇、228个村（社区）政务公开专区建设。",
                                "（一）收取信息处理费情况。依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。\n"
                                "（二）人大代表建议和政协提案办理情况。本年度县政府共承办县人大代表建议58件、县政协提案91件，均已按期办结，办结率100%，代表委员满意率98.6%。\n"
                                "（三）年度工作要点落实情况。对照《2024年澜溪县政务公开工作要点》，各项任务均已落实。"))
    finding(s, "annual_report.inconsistent", u24, None,
            "table 三, column 商业企业: 新收 6 + 上年结转 1 = 7, but 办理结果总计 6 + 结转下年度 0 = 6 (the 总计 column follows); one finding per report")
    decoy(s, "the 2023 report (clean, 总体情况 short)", u23, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"], None,
          f"2023: consistent tables, 总体情况 {len(sum23)} characters")
    decoy(s, "the 2024 report against 2023: same table layout, different text and figures", u24, ["annual_report.duplicate"], None,
          "tables follow the standard format in both years; the prose of every section differs")
    decoy(s, "a county government's 2024 report published 27 March", p.col_url(1567), ["annual_report.missing"], None, "deadline 31 March")
    # ---- homepage -------------------------------------------------------------------------
    p.build_lists()

    def block(c, n):
        its = sorted(p.items[c], reverse=True)[:n]
        return "".join(f"<li><a href='{u}'>{esc(t)}</a><em>{d.year}年{d.month:02d}月{d.day:02d}日</em></li>" for d, t, u in its)

    newest = max(d for c in (1561, 1562, 1563, 1564, 1565) for d, _, _ in p.items[c])
    HOMEPAGE_NEWEST[s] = newest.isoformat()
    home = f"""<div class="idx-news"><div class="hd"><a href="{p.col_url(1561)}">澜溪要闻</a></div><ul>{block(1561, 6)}</ul></div>
<div class="idx-news"><div class="hd"><a href="{p.col_url(1562)}">部门动态</a></div><ul>{block(1562, 6)}</ul></div>
<div class="idx-news"><div class="hd"><a href="{p.col_url(1563)}">通知公告</a></div><ul>{block(1563, 5)}</ul></div>
<div class="idx-news"><div class="hd"><a href="{p.col_url(1564)}">政策文件</a> | <a href="{p.col_url(1565)}">政策解读</a></div><ul>{block(1564, 6)}{block(1565, 4)}</ul></div>
<div class="idx-gk"><a href="{p.col_url(1566)}">公示公告</a> <a href="{p.col_url(1567)}">政府信息公开年报</a></div>
<div class="idx-xmt"><div class="hd">政务新媒体</div>
<a href="/feeds/lxfb.xml">澜溪发布</a> <a href="/feeds/lxwb.xml">澜溪政务微博</a> <a href="/feeds/lxrm.atom">澜溪县融媒体中心</a></div>"""
    p.files["/index.html"] = p.frame(S1_NAME, home, "首页", spam='<div class="lx-yqlj-x"><a href="https://www.8828cp.vip/">幸运飞艇计划</a> <a href="http://www.ag-yl88.com/">真人娱乐开户</a></div>')
    p.files["/hdjl/index.html"] = p.frame("互动交流_" + S1_NAME, "<div class='lm-hd'>互动交流</div><p>县长信箱、网上咨询请登录湖南省12345政务服务便民热线网上平台。</p>")
    decoy(s, "hidden drop-down sub-menus of in-site columns (every page)", "/", ["link.hidden"], p.col_url(1561), ".lx-sub is display:none until hover; in-site links")
    decoy(s, "off-screen skip link to an in-page anchor", "/", ["link.hidden"], None, "'跳至主要内容' (href #lx-main) is off-screen until focused")
    decoy(s, "collapsed 政府网站群 list with gov.cn links (every page)", "/", ["link.hidden"], "http://www.hunan.gov.cn/", "display:none in the stylesheet until hover; government sites")
    for url, anchor in (("https://www.8828cp.vip/", "彩票"), ("http://www.ag-yl88.com/", "真人娱乐")):
        hidden_spam(s, "/", url, "homepage footer: a block of zero height with overflow:hidden (class rule in /css/lx_main.css)", anchor)
    tolerate(s, ["text.sensitive", "text.typo"], "/", None, "spam anchor text in the zero-height footer block")
    decoy(s, "找错 entry as an image (alt 政府网站找错); 主办 written as '主办：'", "/", ["site.identity_missing"], None,
          "all five elements are there: 主办：…, 网站标识码, ICP, 公网安备, the 找错 image link")
    p.files["/css/lx_main.css"] = """body{font:14px/1.6 "Microsoft YaHei",sans-serif;margin:0;color:#333}
.lx-wrap{width:1200px;margin:0 auto}
.skip-link{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.skip-link:focus{left:10px;width:auto;height:auto}
.lx-nav li{display:inline-block;position:relative}
.lx-sub{display:none;position:absolute}
.lx-nav li.has-sub:hover .lx-sub{display:block}
.lx-zfwzq-list{display:none}
.lx-zfwzq:hover .lx-zfwzq-list{display:block}
.lx-yqlj-x{height:0;overflow:hidden}
.lm-list li{display:flex;justify-content:space-between}
"""
    p.files["/images/lx_logo.png"] = PNG_1x1
    p.files["/images/jiucuo.png"] = PNG_1x1
    # ---- feeds ----------------------------------------------------------------------------
    p.files["/feeds/lxfb.xml"] = rss("澜溪发布", [("Sun, 28 Sep 2025 18:20:00 +0800", "澜溪：秋收时节稻谷香"),
                                              ("Thu, 25 Sep 2025 09:00:00 +0800", "县政府召开常务会议")], build="Sun, 28 Sep 2025 18:20:00 +0800")
    p.files["/feeds/lxwb.xml"] = rss("澜溪政务微博", [("Fri, 12 Sep 2025 17:45:00 +0800", "【提醒】秋季开学交通安全提示"),
                                                 ("Tue, 09 Sep 2025 10:10:00 +0800", "教师节快乐")], build="Tue, 30 Sep 2025 06:00:00 +0800")
    p.files["/feeds/lxrm.atom"] = atom("澜溪县融媒体中心", "2025-09-16T00:30:00+08:00",
                                       [("2025-09-16T00:30:00+08:00", "澜溪新闻 9月15日"), ("2025-09-12T21:00:00+08:00", "澜溪新闻 9月12日")])
    finding(s, "newmedia.stale", "/feeds/lxwb.xml", "澜溪政务微博", "account 澜溪政务微博: newest post 2025-09-12, 18 days before as-of (> 14); the channel's lastBuildDate is 2025-09-30 (the feed is rebuilt daily)",
            accept=["/"], aliases=["lxwb"])
    decoy(s, "fresh RSS account", "/feeds/lxfb.xml", ["newmedia.stale"], "澜溪发布", "newest post 2025-09-28")
    decoy(s, "Atom account updated exactly 14 days before as-of, just after local midnight", "/feeds/lxrm.atom", ["newmedia.stale"], "澜溪县融媒体中心",
          "newest entry 2025-09-16T00:30:00+08:00: 14 days in Beijing time (2025-09-15 in UTC)")
    config = {
        "id": s, "name": S1_NAME, "owner": "澜溪县人民政府办公室", "url": "{base:" + s + "}", "jurisdiction": "澜溪县",
        "columns": [{"name": n, "url": p.col_url(c), "category": cat} for c, (n, cat) in p.cols.items()],
        "channels": {"annual_reports": p.col_url(1567), "interpretations": p.col_url(1565)},
        "new_media": [{"name": "澜溪发布", "url": "{base:" + s + "}feeds/lxfb.xml"},
                      {"name": "澜溪政务微博", "url": "{base:" + s + "}feeds/lxwb.xml"},
                      {"name": "澜溪县融媒体中心", "url": "{base:" + s + "}feeds/lxrm.atom"}],
        "lexicons": ["lexicons/extra.txt"],
    }
    return p.files, config


def rss(title, items, build):
    its = "".join(f"<item><title>{t}</title><link>https://mp.weixin.qq.com/s/{zlib.crc32(t.encode()) % 10**8:08d}</link><pubDate>{d}</pubDate></item>\n"
                  for d, t in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://mp.weixin.qq.com/</link><description>{title}</description>
<lastBuildDate>{build}</lastBuildDate>
{its}</channel></rss>
"""


def atom(title, updated, entries):
    es = "".join(f"<entry><title>{t}</title><id>tag:lanxi,{d[:10]}:{i}</id><updated>{d}</updated><link href='https://www.douyin.com/'/></entry>\n"
                 for i, (d, t) in enumerate(entries))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>tag:{title}</id><updated>{updated}</updated>
{es}</feed>
"""


# =============================================================================================
# site 2: 澜溪县人力资源和社会保障局 (home-grown CMS, flat show-N.html / list-N.html)
# =============================================================================================

S2 = "lanxi-rsj"
S2_NAME = "澜溪县人力资源和社会保障局"


class Rsj:
    cols = {11: ("人社要闻", "news"), 12: ("通知公告", "notice"), 14: ("公示公告", "notice"), 20: ("政府信息公开年度报告", "other")}

    def __init__(self):
        self.files: dict[str, bytes | str] = {}
        self.items = {c: [] for c in self.cols}
        self.n = 4480

    def frame(self, title, main):
        nav = "".join(f"<a href='/news/list-{c}.html'>{n}</a>" for c, (n, _) in self.cols.items())
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>.m-menu{{display:none}} @media (max-width:760px){{.m-menu{{display:block}} .menu{{display:none}}}}</style></head>
<body><div class="top"><img src="/static/rsj_top.png" alt=""><b>{S2_NAME}</b></div>
<div class="menu"><a href="/">网站首页</a>{nav}</div>
<div class="m-menu"><a href="/">首页</a>{nav}</div>
<div class="container">{main}</div>
<div class="copyright">
<p>主办单位：{S2_NAME}　地址：澜溪县塘渡口镇人民路18号　电话：0739-6825123</p>
<p>网站标识码：4305230012　湘ICP备05003321号-6　湘公网安备 43052302000126号</p>
</div></body></html>
"""

    def article(self, c, d, title, body, author="县人社局"):
        self.n += 13
        url = f"/news/show-{self.n}.html"
        main = f"""<div class="show-title">{esc(title)}</div>
<div class="show-attr">日期：{d.year}年{d.month:02d}月{d.day:02d}日 | 作者：{author} | 点击：<span id="clicks">0</span></div>
<div class="show-body">{body}</div>"""
        self.files[url] = self.frame(title + " - " + S2_NAME, main)
        self.items[c].append((d, title, url))
        return url


def build_rsj() -> tuple[dict, dict]:
    r = Rsj()
    s = S2
    u = r.article(11, date(2025, 9, 8), "全县人社系统业务能力提升工作会议召开",
                  paras("""8月18日至19日，全县人社系统业务能力提升工作会议在县人社局召开，局党组书记、局长肖云峰出席并讲话。
会议总结了上半年全县人社工作，安排部署下半年重点任务，并邀请市人社局业务骨干进行专题辅导。"""))
    finding(s, "meeting.late", u, None, "lead '8月18日至19日，…工作会议…召开' published 2025-09-08: 20 days after the last day (> 14)")
    u = r.article(11, date(2025, 9, 15), "局党组理论学习中心组开展专题学习",
                  paras("""9月12日，局党组召开理论学习中心组（扩大）会议，深入学习党的二十届三中全会精神和党的二十大报告有关内容。
会议要求，全局干部要把学习成果转化为推动人社事业高质量发展的实际成效。"""))
    decoy(s, "meeting published 3 days later; 二十届三中全会 written correctly", u, ["meeting.late", "text.sensitive", "text.typo"], None,
          "held 9月12日, published 2025-09-15; '二十届三中全会' and '二十大报告' are correct")
    u = r.article(11, date(2025, 8, 26), "县人社局开展“学全会精神、促就业创业”主题宣讲",
                  paras("""为推动党的二十大三中全会精神进企业、进园区，县人社局组织青年干部组成宣讲小分队，深入县工业园区开展主题宣讲6场。
宣讲围绕就业优先政策、技能人才培养、劳动权益保障等内容展开，受到企业职工欢迎。"""))
    text_plant(s, "text.sensitive", u, "二十大三中全会", "body: '党的二十大三中全会' (a plenary session of the 二十届 Central Committee: 二十届三中全会 is right)")
    u = r.article(11, date(2025, 9, 1), "“秋季招聘月”专场招聘会现场火爆",
                  paras("""8月30日上午，澜溪县2025年“秋季招聘月”专场招聘会在县人力资源市场举行，60余家企业提供岗位1800余个。
招聘会开场前，不少求职者早早来到现场，迫不急待地与企业招聘人员交流。当天共有1200余人进场求职，初步达成就业意向386人。"""))
    text_plant(s, "text.typo", u, "迫不急待", "body: '迫不急待' (迫不及待 is right)")
    u = r.article(11, date(2025, 8, 19), "县就业服务中心开展就业见习岗位推介",
                  paras("""8月15日，县就业服务中心在澜溪职业中专开展就业见习岗位推介活动，毕业生们迫不及待地向用人单位咨询见习待遇。
活动共推介见习岗位210个，现场登记见习意向学员58人。"""))
    decoy(s, "迫不及待 written correctly", u, ["text.typo"], None, "'迫不及待' is correct")
    r.article(11, date(2025, 9, 16), "县人社局启动2025年度用人单位劳动保障书面审查",
              paras("""近日，县人社局启动2025年度用人单位劳动保障书面审查工作，审查对象为全县各类用人单位。
用人单位须于10月31日前通过湖南省劳动保障监察信息系统报送书面材料。"""))
    ext = r.article(12, date(2025, 9, 2), "关于组织参加2025年秋季网络招聘活动的通知",
                    """<p>各有关企业、广大求职者：</p>
<p>为促进高校毕业生等青年群体就业，现组织参加2025年秋季网络招聘活动。求职者可通过以下渠道参与：</p>
<p>1. 湖南省人力资源和社会保障厅：<a href="http://rst.hunan.gov.cn/">http://rst.hunan.gov.cn/</a></p>
<p>2. 猎聘网澜溪专区：<a href="https://www.liepin.com/city-lanxi/" target="_blank">https://www.liepin.com/city-lanxi/</a></p>
<p>3. 学信网学历查询：<a href="https://www.chsi.com.cn/" class="outlink" target="_blank" onclick="if(!confirm('温馨提示：您即将离开澜溪县人力资源和社会保障局网站，进入第三方网站。')){return false;}">https://www.chsi.com.cn/</a></p>
<p>现场咨询：县就业服务中心 唐老师 189 0739 1508（工作日）；人社服务热线：12333。</p>""")
    finding(s, "link.external_no_notice", ext, "https://www.liepin.com/city-lanxi/", "visible link to www.liepin.com (commercial recruitment site) with no leave-site notice")
    decoy(s, "external link with an if(!confirm(…)) notice", ext, ["link.external_no_notice"], "https://www.chsi.com.cn/", "onclick confirm('…即将离开…进入第三方网站')")
    decoy(s, "link to a gov.cn site", ext, ["link.external_no_notice"], "http://rst.hunan.gov.cn/", "rst.hunan.gov.cn")
    decoy(s, "consultation mobile of the employment service centre, written with spaces", ext, ["privacy.phone"], "1508",
          "189 0739 1508 is a named officer's work line in a notice, not a published list")
    # xlsx attachment
    ids = [raw("id", make_id("430523", "19720906", "038")), raw("id", make_id("430528", "19810223", "125"))]
    mobs = [raw("mobile", "13507396254"), raw("mobile", "18273917730")]
    mid = make_id("430529", "19750611", "087")
    xlsx_path = "/uploadfile/2025/0905/20250905_gyxgw_md.xlsx"
    r.files[xlsx_path] = make_xlsx([
        ["澜溪县2025年第二批公益性岗位补贴人员名单"],
        ["序号", "姓名", "身份证号", "联系电话", "安置单位", "岗位", "补贴月数"],
        [1, "周小梅", ids[0], int(mobs[0]), "塘渡口镇人民政府", "保洁", 6],
        [2, "罗志勇", ids[1], int(mobs[1]), "县城市管理局", "护绿", 6],
        [3, "肖红", mid[:6] + "********" + mid[-4:], "136****2093", "县人民医院", "保安", 4],
        ["注：咨询电话 0739-6825123"],
    ])
    u = r.article(14, date(2025, 9, 5), "澜溪县2025年第二批公益性岗位补贴人员名单公示",
                  f"""<p>根据《湖南省公益性岗位开发管理办法》，经用人单位申报、县就业服务中心审核，现将2025年第二批公益性岗位补贴人员名单予以公示（详见附件）。</p>
<p>公示时间：2025年9月5日至9月11日。联系电话：0739-6825123。</p>
<p>附件：<a href="{xlsx_path}">澜溪县2025年第二批公益性岗位补贴人员名单.xlsx</a></p>""")
    for n, (idn, mob) in enumerate(zip(ids, mobs), 1):
        finding(s, "privacy.id_number", xlsx_path, mask_id(idn), f"xlsx row {n}: full ID (text cell)", accept=[u])
        finding(s, "privacy.phone", xlsx_path, mask_mobile(mob), f"xlsx row {n}: personal mobile stored as a number cell", accept=[u])
    decoy(s, "masked row in the xlsx", xlsx_path, ["privacy.id_number", "privacy.phone"], mid[-4:], f"row 3: {mid[:6]}********{mid[-4:]}, 136****2093")
    decoy(s, "the linking page: landline only", u, ["privacy.phone"], "6825123", "0739-6825123 is the bureau's landline")
    u = r.article(14, date(2025, 8, 12), "2025年就业见习补贴拟发放名单公示",
                  """<p>现将2025年就业见习补贴拟发放名单公示如下：</p>
<table border="1"><tr><td>姓名</td><td>身份证号</td><td>手机</td><td>见习单位</td></tr>
<tr><td>刘*</td><td>430523 ******** 0421</td><td>151 **** 6620</td><td>县融媒体中心</td></tr>
<tr><td>曾**</td><td>430524********003X</td><td>199****1187</td><td>湘澜竹业有限公司</td></tr></table>""")
    decoy(s, "masked IDs and mobiles written with spaces", u, ["privacy.id_number", "privacy.phone"], None, "all values masked")
    # annual reports
    long_sum = long_summary()
    n_long = count_nopunct(long_sum)
    assert n_long > 1100, n_long
    res23 = {"自然人": t3_column(5, 0, 0, {"open": 3, "na1": 2}), "其他": t3_column(1, 0, 0, {"open": 1})}
    res24 = {"自然人": t3_column(7, 0, 1, {"open": 4, "part": 1, "na1": 1}), "商业企业": t3_column(1, 0, 0, {"open": 1})}
    t2 = {"gf_new": 1, "gf_del": 0, "gf_valid": 6, "xk": 312, "cf": 4, "qz": 0, "sf": 0}
    sum23 = ("2023年，县人社局认真贯彻《中华人民共和国政府信息公开条例》，围绕就业、社保、人才、劳动关系等重点领域，主动公开政府信息"
             "428条，及时发布就业创业政策和社保待遇调整信息，全年未发生因政府信息公开引发的行政复议和行政诉讼。")
    u23 = r.article(20, date(2024, 1, 22), "澜溪县人力资源和社会保障局2023年政府信息公开工作年度报告",
                    report_body("本报告统计期限自2023年1月1日起至2023年12月31日止。", sum23, {**t2, "gf_valid": 5, "xk": 287}, res23,
                                ((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)), "政策解读的针对性仍需加强。", "本年度未收取信息处理费。"))
    u24 = r.article(20, date(2025, 1, 21), "澜溪县人力资源和社会保障局2024年政府信息公开工作年度报告",
                    report_body("本报告统计期限自2024年1月1日起至2024年12月31日止。", long_sum, t2, res24,
                                ((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
                                "一是信息发布的及时性有待提高。二是政策解读形式较为单一。下一步将加强培训。",
                                "本年度未收取信息处理费。", drop=3))
    finding(s, "annual_report.summary_too_long", u24, None, f"一、总体情况 is {n_long} characters without punctuation and whitespace ({len(long_sum.replace(chr(10), ''))} with) (> 1000)")
    finding(s, "annual_report.missing_section", u24, None, "section 四、政府信息公开行政复议、行政诉讼情况 (with its table) is absent; 五 and 六 keep their numbers",
            aliases=["四、政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况"])
    decoy(s, "the 2023 report (complete, short)", u23, ["annual_report.missing_section", "annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate"], None,
          "six sections, consistent tables, short 总体情况")
    decoy(s, "a department's 2024 report published 21 January", "/news/list-20.html", ["annual_report.missing"], None, "before 31 January")
    decoy(s, "2024 report: tables consistent, text unlike 2023", u24, ["annual_report.inconsistent", "annual_report.duplicate"], None,
          "its problems are the long 总体情况 and the missing section only")
    # lists and homepage (newest item exactly 14 days before as-of)
    for c, (name, _) in r.cols.items():
        rows = "".join(f"<tr><td><a href='{u}' target='_blank'>{esc(t)}</a></td><td class='d'>{d.year}年{d.month:02d}月{d.day:02d}日</td></tr>\n"
                       for d, t, u in sorted(r.items[c], reverse=True))
        r.files[f"/news/list-{c}.html"] = r.frame(name + " - " + S2_NAME, f"<div class='list-tit'>{name}</div><table class='list-tb'>\n{rows}</table>")
    allitems = sorted((x for c in (11, 12, 14) for x in r.items[c]), reverse=True)
    newest = allitems[0][0]
    assert newest == date(2025, 9, 16), newest
    HOMEPAGE_NEWEST[s] = newest.isoformat()
    rows = "".join(f"<li><span class='d'>{d.isoformat()}</span><a href='{u}'>{esc(t)}</a></li>" for d, t, u in allitems[:10])
    home = f"""<div class="home-news"><h3>最新信息</h3><ul>{rows}</ul></div>
<div class="home-links"><a href="/news/list-20.html">政府信息公开年度报告</a></div>
<div class="home-xmt">政务新媒体：<a href="/rss/lxrs.xml">澜溪人社（公众号）</a> <a href="/rss/lxjy.xml">澜溪就业（视频号）</a></div>
<div hidden><a href="http://www.sbty-88.net/">沙巴体育投注</a></div>"""
    r.files["/index.html"] = r.frame(S2_NAME, home)
    hidden_spam(s, "/", "http://www.sbty-88.net/", "homepage: a <div hidden> (HTML hidden attribute) holding a spam link", "体育投注")
    tolerate(s, ["text.sensitive", "text.typo"], "/", None, "spam anchor text in the hidden div")
    decoy(s, "homepage newest item exactly 14 days before as-of", "/", ["homepage.stale"], None, "newest dated item 2025-09-16: 14 days (not more than 14)")
    decoy(s, "mobile menu hidden by a media query (in-site links, every page)", "/", ["link.hidden"], "/news/list-11.html", ".m-menu display:none on wide screens")
    finding(s, "site.identity_missing", "/", "我为政府网站找错", "the footer has 主办单位, 网站标识码, ICP and 公网安备 but no 我为政府网站找错 entry anywhere",
            aliases=["找错", "政府网站找错", "jiucuo"])
    r.files["/static/rsj_top.png"] = PNG_1x1
    r.files["/rss/lxrs.xml"] = atom("澜溪人社", "2025-09-10T16:00:00+08:00",
                                    [("2025-09-10T16:00:00+08:00", "教师节｜致敬技工院校的老师们"), ("2025-09-03T09:30:00+08:00", "社保卡线上申领指南")])
    r.files["/rss/lxjy.xml"] = rss("澜溪就业", [("Fri, 26 Sep 2025 20:00:00 +0800", "今日岗位速递"), ("Mon, 22 Sep 2025 20:00:00 +0800", "岗位速递")],
                                   build="Fri, 26 Sep 2025 20:00:00 +0800")
    finding(s, "newmedia.stale", "/rss/lxrs.xml", "澜溪人社", "Atom account 澜溪人社 (served as .xml): newest entry 2025-09-10, 20 days before as-of (> 14)",
            accept=["/"], aliases=["lxrs"])
    decoy(s, "fresh RSS account", "/rss/lxjy.xml", ["newmedia.stale"], "澜溪就业", "newest post 2025-09-26")
    config = {
        "id": s, "name": S2_NAME, "owner": S2_NAME, "url": "{base:" + s + "}", "jurisdiction": "澜溪县",
        "columns": [{"name": n, "url": f"/news/list-{c}.html", "category": cat} for c, (n, cat) in r.cols.items()],
        "channels": {"annual_reports": "/news/list-20.html"},
        "new_media": [{"name": "澜溪人社", "url": "{base:" + s + "}rss/lxrs.xml"}, {"name": "澜溪就业", "url": "{base:" + s + "}rss/lxjy.xml"}],
        "lexicons": ["lexicons/extra.txt"],
    }
    return r.files, config


def long_summary() -> str:
    parts = [
        "2024年县人力资源和社会保障局在县委县政府的坚强领导下坚持以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的二十大和二十届二中三中全会精神认真贯彻落实政府信息公开条例",
        "紧紧围绕就业优先战略社会保障体系建设人才队伍建设和劳动关系和谐稳定等中心工作持续深化政务公开标准化规范化建设不断提升政府信息公开质量和实效",
        "在主动公开方面全年通过局门户网站和县政府门户网站部门信息公开专栏主动公开政府信息共计六百一十二条其中工作动态二百三十六条通知公告一百四十五条政策文件二十八条人事考录信息四十一条",
        "在就业创业领域及时公开稳岗返还一次性扩岗补助创业担保贷款贴息职业技能培训补贴等各类就业补助资金的申领条件申领流程和发放结果全年公示各类补贴名单四十七批次涉及企业三百余家个人两千余人",
        "在社会保险领域及时公开城乡居民基本养老保险缴费档次调整机关事业单位养老保险待遇调整企业职工基本养老金调整等政策信息并通过政务新媒体开展图文解读和视频解读",
        "在人才人事领域全面公开事业单位公开招聘公告资格审查结果笔试面试成绩体检考察人员名单和拟聘用人员名单全年组织事业单位公开招聘三批次招聘工作人员一百二十八名",
        "在劳动关系领域及时公开根治欠薪工作动态重大劳动保障违法行为社会公布信息和劳动人事争议仲裁有关制度全年办结欠薪案件一百零六件为八百余名劳动者追回工资两千一百余万元",
        "在依申请公开方面严格落实登记审核办理答复归档等工作流程全年共受理政府信息公开申请八件均在法定期限内予以答复未发生因依申请公开引发的行政复议和行政诉讼案件",
        "在政策解读方面坚持政策文件与解读材料同步组织同步审签同步部署全年发布政策解读材料十二篇其中图解六篇视频解读二篇领导干部解读二篇并在县融媒体中心开设人社政策大家谈专栏",
        "在平台建设方面持续优化局门户网站栏目设置完成网站适老化和无障碍改造开通澜溪人社微信公众号和澜溪就业视频号形成网站新媒体线下服务窗口协同发布的政务公开工作格局",
        "在监督保障方面将政务公开工作纳入局机关股室和二级机构年度绩效考核内容定期开展网站和政务新媒体自查整改全年组织政务公开业务培训三次参训人员一百五十余人次",
        "在基层公开方面指导十四个乡镇人社服务站规范设置政务公开栏及时公开城乡居民养老保险待遇领取资格认证被征地农民社会保障和公益性岗位安置等与群众切身利益密切相关的信息",
        "在回应关切方面围绕高校毕业生就业农民工工资支付社保卡办理等群众关注的热点问题通过在线访谈政策问答和新闻发布会等方式及时回应社会关切全年开展在线访谈两期回复网民留言九十三条",
        "在公开质量方面建立信息发布三审三校制度严格落实保密审查和个人信息保护要求对涉及个人身份证号码联系方式等敏感信息一律进行脱敏处理全年未发生泄露个人隐私等问题",
        "在档案管理方面规范政府信息公开工作台账和依申请公开档案做到一件一档全程留痕并按照档案管理有关规定及时归档全年整理归档政府信息公开申请办理案卷八卷",
        "下一步县人力资源和社会保障局将进一步提高政治站位强化责任担当不断拓展公开内容创新公开方式提升公开质效切实保障人民群众的知情权参与权表达权和监督权为全县人社事业高质量发展提供有力支撑",
    ]
    out = []
    for part in parts:
        part = re.sub(r"(方面|下一步)", r"\1，", part, count=1)
        part = re.sub(r"(?<=[^，])(全年|并)", r"，\1", part)
        out.append(part + "。")
    return "\n".join(out)


# =============================================================================================
# site 3: 梅江县医疗保障局 (c<col>/<yyyymmdd>/i<id>.html)
# =============================================================================================

S3 = "meijiang-ybj"
S3_NAME = "梅江县医疗保障局"


class Ybj:
    cols = {100121: ("医保动态", "news"), 100123: ("通知公告", "notice"), 100125: ("公示公告", "notice"), 100127: ("政府信息公开年报", "other")}

    def __init__(self):
        self.files: dict[str, bytes | str] = {}
        self.items = {c: [] for c in self.cols}
        self.n = 2310450

    def frame(self, title, main):
        nav = "".join(f"<li><a href='/c{c}/'>{n}</a></li>" for c, (n, _) in self.cols.items())
        return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{esc(title)}</title><link rel="stylesheet" href="/res/ybj.css"></head>
<body><header class="ybj-head"><h2>{S3_NAME}</h2><nav><ul><li><a href="/">首页</a></li>{nav}</ul></nav></header>
<main class="ybj-main">{main}</main>
<footer class="ybj-foot"><p>主办单位：{S3_NAME}　联系电话：0739-5512393</p>
<p>网站标识码：4305290024　<a href="https://beian.miit.gov.cn/">湘ICP备05003321号-21</a>　<a href="https://zfwzzc.www.gov.cn/">我为政府网站找错</a></p></footer>
</body></html>
"""

    def article(self, c, d, title, body, extra_head=""):
        self.n += 29
        url = f"/c{c}/{d.strftime('%Y%m%d')}/i{self.n}.html"
        main = f"""<article><h1 class="tt">{esc(title)}</h1><p class="info">发布日期:{d.strftime('%Y/%m/%d')}　来源:{S3_NAME}</p>
<div class="txt">{body}</div></article>"""
        self.files[url] = self.frame(title + "-" + S3_NAME, extra_head + main)
        self.items[c].append((d, title, url))
        return url


def build_ybj() -> tuple[dict, dict]:
    y = Ybj()
    s = S3
    u = y.article(100121, date(2025, 9, 5), "县医保局召开定点医药机构医保基金使用管理座谈会",
                  paras("""9月3日，县医保局召开定点医药机构医保基金使用管理座谈会，全县32家定点医药机构负责人参加。
会议通报了上半年医保基金运行情况，对规范医保基金使用提出具体要求。"""))
    decoy(s, "meeting published 2 days later", u, ["meeting.late"], None, "held 9月3日, published 2025-09-05")
    y.article(100123, date(2025, 9, 12), "关于2026年度城乡居民基本医疗保险集中参保缴费的公告",
              paras("""2026年度城乡居民基本医疗保险集中参保缴费期为2025年9月1日至12月31日。
个人缴费标准为每人每年400元。参保群众可通过“湘税社保”微信小程序、“湘农信”手机银行或村（社区）代办点缴费。"""))
    u = y.article(100121, date(2025, 8, 29), "县医保局部署开展医保基金违法违规问题专项整治",
                  paras("""近期，县医保局召开专项整治工作部署会，对医保基金违法违规问题专项整治工作作出安排。
会议明确，对主动自查自纠、退回违规所得的定点医药机构，可依法从轻或减轻处理，但绝不是既往不究；对拒不整改的，将依法从严查处。
稽核科监督举报电话：0739-5512301；值班手机：15807395120（工作日8:00—17:30）。"""))
    text_plant(s, "text.typo", u, "既往不究", "body: '绝不是既往不究' (既往不咎 is right)")
    decoy(s, "meeting 近期 (held date unknown)", u, ["meeting.late"], None, "lead '近期，县医保局召开…部署会': no held date")
    decoy(s, "the audit section's duty handset with office hours", u, ["privacy.phone"], "158****5120", "值班手机 15807395120 is an office line (工作日 hours), not personal data")
    u = y.article(100121, date(2025, 8, 15), "我县开展医保政策进村入户宣传活动",
                  paras("""8月以来，县医保局组织工作人员深入全县14个乡镇开展医保政策宣传，对群众关心的参保缴费、异地就医备案等问题进行解答。
对历史遗留问题，县医保局坚持实事求是、既往不咎的原则，帮助群众理顺参保关系。
群众可拨打全国医疗保障服务热线12393咨询。"""))
    decoy(s, "既往不咎 written correctly; 12393 hotline", u, ["text.typo", "privacy.phone"], None, "'既往不咎' is correct")
    ext = y.article(100123, date(2025, 8, 20), "关于国家医保服务平台线上办理异地就医备案的温馨提示",
                    """<p>参保群众可通过以下途径在线办理异地就医备案：</p>
<p>1. 国家医保服务平台：<a href="https://fuwu.nhsa.gov.cn/">https://fuwu.nhsa.gov.cn/</a></p>
<p>2. 购药比价可参考<a href="https://www.yaofangwang.com/" target="_blank">药房网</a>公布的零售价格。</p>
<p>3. 湖南医保公共服务平台：<a href="/tiaozhuan.html?u=https%3A%2F%2Fybj.hunan.gov.cn%2F">点击进入</a></p>""")
    finding(s, "link.external_no_notice", ext, "https://www.yaofangwang.com/", "visible link to www.yaofangwang.com (commercial pharmacy) with no leave-site notice")
    decoy(s, "gov.cn link", ext, ["link.external_no_notice"], "https://fuwu.nhsa.gov.cn/", "fuwu.nhsa.gov.cn is a government site")
    y.files["/tiaozhuan.html"] = y.frame("即将离开本站-" + S3_NAME, "<p>您即将离开梅江县医疗保障局网站，前往第三方网站。</p><p><a href='javascript:history.back()'>返回</a></p>")
    u = y.article(100121, date(2025, 8, 7), "县医保局组织收看全省医保系统警示教育视频",
                  """<p>8月以来，县医保局组织全体干部职工分批收看全省医保系统警示教育视频，进一步筑牢拒腐防变思想防线。</p>
<p>大家纷纷表示，要以案为鉴、以案促改，守好人民群众的“看病钱”“救命钱”。</p>
<style>#yb-f1{visibility:hidden;position:absolute}</style>
<p id="yb-f1"><a href="https://www.yh-casino.cc/">永豪娱乐城</a></p>
<p><span style="opacity:0"><a href="http://www.qp-game77.com/">棋牌游戏下载</a></span></p>""")
    hidden_spam(s, u, "https://www.yh-casino.cc/", "article body: a paragraph hidden by an id rule (visibility:hidden) in a <style> in the body", "娱乐城")
    hidden_spam(s, u, "http://www.qp-game77.com/", "article body: a span with opacity:0", "棋牌游戏")
    tolerate(s, ["text.sensitive", "text.typo"], u, None, "spam anchor text in the hidden links")
    # docx attachment
    ids = [raw("id", make_id("430528", "19460930", "051")), raw("id", make_id("430529", "19990702", "146"))]
    mob = raw("mobile", "17773908541")
    mid = make_id("430528", "19530115", "024")
    docx_path = "/c100125/20250828/P020250828_yljz.docx"
    y.files[docx_path] = make_docx(
        "梅江县2025年第三季度医疗救助对象名单",
        ["序号", "姓名", "身份证号码", "联系电话", "救助类别", "救助金额（元）"],
        [["1", "蒋玉兰", ids[0], "0739-5520816", "特困供养", "4230"],
         ["2", "杨文", ids[1], mob, "低保对象", "2815"],
         ["3", "石*生", mid[:6] + "********" + mid[-4:], "138****0127", "返贫致贫", "1960"]],
        "如对名单有异议，请于公示期内向梅江县医疗保障局反映，电话：0739-5512393。")
    u = y.article(100125, date(2025, 8, 28), "梅江县2025年第三季度医疗救助对象名单公示",
                  f"""<p>根据《湖南省医疗救助办法》有关规定，现将2025年第三季度医疗救助对象名单予以公示，公示期5个工作日。</p>
<p>附件：<a href="{docx_path}">梅江县2025年第三季度医疗救助对象名单.docx</a></p>""")
    finding(s, "privacy.id_number", docx_path, mask_id(ids[0]), "docx table row 1: full ID (the row's phone is a landline)", accept=[u])
    finding(s, "privacy.id_number", docx_path, mask_id(ids[1]), "docx table row 2: full ID", accept=[u])
    finding(s, "privacy.phone", docx_path, mask_mobile(mob), "docx table row 2: personal mobile in the published list", accept=[u])
    decoy(s, "masked row and a landline in the docx", docx_path, ["privacy.id_number", "privacy.phone"], mid[-4:], "row 3 masked; row 1's phone 0739-5520816 is a landline")
    # annual reports: 2022 and 2023 only (no 2024), 2023 a near-copy of 2022
    t2 = {"gf_new": 0, "gf_del": 0, "gf_valid": 2, "xk": 0, "cf": 3, "qz": 0, "sf": 0}
    res22 = {"自然人": t3_column(3, 0, 0, {"open": 2, "na1": 1})}
    res23 = {"自然人": t3_column(4, 0, 0, {"open": 3, "na1": 1})}

    def ybj_report(year, n_info, n_pol, n_app, res, pub):
        summ = (f"{year}年，梅江县医疗保障局认真贯彻落实《中华人民共和国政府信息公开条例》，按照县政府办公室关于政务公开工作的部署，"
                f"坚持以公开为常态、不公开为例外，全年主动公开政府信息{n_info}条，发布医保政策解读{n_pol}篇，受理依申请公开{n_app}件。\n"
                "（一）主动公开情况。重点公开医保待遇政策、定点医药机构名单、医疗救助对象和医保基金监管信息。\n"
                "（二）依申请公开情况。严格按照法定程序和时限办理，做到件件有回复。\n"
                "（三）政府信息管理情况。严格执行信息发布保密审查制度，确保发布信息准确规范。\n"
                "（四）平台建设情况。依托县政府门户网站部门专栏和局网站及时发布信息，开通“梅江医保”微信公众号。\n"
                "（五）监督保障情况。成立政务公开工作领导小组，明确专人负责，将政务公开纳入年度工作考核。")
        return y.article(100127, pub, f"梅江县医疗保障局{year}年政府信息公开工作年度报告",
                         report_body(f"本报告由梅江县医疗保障局根据《中华人民共和国政府信息公开条例》要求编制。统计期限为{year}年1月1日至{year}年12月31日。",
                                     summ, t2, res, ((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)),
                                     "一是信息公开的主动性有待加强。二是政策解读的形式较为单一。下一步，我局将加强业务培训，丰富解读形式，提升政务公开工作水平。",
                                     f"{year}年度未收取信息处理费。"))

    u22 = ybj_report(2022, 136, 4, 3, res22, date(2023, 1, 18))
    u23 = ybj_report(2023, 152, 5, 4, res23, date(2024, 1, 25))
    finding(s, "annual_report.duplicate", u23, None, "the 2023 report is the 2022 report with the year and four numbers changed (雷同)", accept=[u22])
    finding(s, "annual_report.missing", "/c100127/", None, "a county department: no 2024 report on 2025-09-30 (deadline 31 January 2025); the column holds 2022 and 2023 only",
            accept=["/"])
    decoy(s, "the 2022 report (the original, complete, consistent)", u22, ["annual_report.duplicate", "annual_report.missing_section", "annual_report.inconsistent", "annual_report.summary_too_long"],
          None, "the earlier of the two")
    decoy(s, "the 2023 near-copy: tables consistent and complete", u23, ["annual_report.inconsistent", "annual_report.missing_section", "annual_report.summary_too_long"], None,
          "six sections, consistent tables; only 雷同")
    # lists and homepage (stale: newest 2025-09-05... see assert)
    for c, (name, _) in y.cols.items():
        rows = "".join(f"<li><a href='{u}'>{esc(t)}</a><time>{d.isoformat()}</time></li>\n" for d, t, u in sorted(y.items[c], reverse=True))
        y.files[f"/c{c}/index.html"] = y.frame(name + "-" + S3_NAME, f"<h3>{name}</h3><ul class='lst'>\n{rows}</ul>")
    allitems = sorted((x for c in (100121, 100123, 100125) for x in y.items[c]), reverse=True)
    newest = allitems[0][0]
    HOMEPAGE_NEWEST[s] = newest.isoformat()
    assert (AS_OF - newest).days > 14

    def tab(c, n):
        return "".join(f"<li><a href='{u}'>{esc(t)}</a><span>[{d.strftime('%m-%d')}]</span></li>" for d, t, u in sorted(y.items[c], reverse=True)[:n])

    home = f"""<section class="tabs"><div class="tab-hd"><span class="on">医保动态</span><span>通知公告</span><span>公示公告</span></div>
<ul class="tab-bd">{tab(100121, 6)}</ul>
<ul class="tab-bd" style="display:none">{tab(100123, 6)}</ul>
<ul class="tab-bd" style="display:none">{tab(100125, 6)}</ul>
<p class="more"><a href="/c100121/">更多</a> <a href="/c100127/">政府信息公开年报</a> <a href="https://www.nhsa.gov.cn/" style="display:none" class="m-only">国家医疗保障局</a></p></section>"""
    y.files["/index.html"] = y.frame(S3_NAME, home)
    finding(s, "homepage.stale", "/", None, f"the newest dated homepage item is {newest.isoformat()}, {(AS_OF - newest).days} days before as-of (> 14); dates shown as [MM-DD]")
    finding(s, "site.identity_missing", "/", "公安备案号", "the footer has 主办单位, 网站标识码, ICP and the 找错 entry but no 公安机关备案号 (公网安备)",
            aliases=["公安备案", "公网安备", "公安机关备案号", "公安机关备案"])
    decoy(s, "hidden tab panels with in-site links; a hidden gov.cn link", "/", ["link.hidden"], None,
          "tabs 2 and 3 are display:none (in-site articles); nhsa.gov.cn link hidden on desktop (a government site)")
    y.files["/res/ybj.css"] = "body{margin:0;font-size:15px}.ybj-head nav li{display:inline-block;margin:0 12px}.tab-hd span{cursor:pointer}\n"
    config = {
        "id": s, "name": S3_NAME, "owner": S3_NAME, "url": "{base:" + s + "}", "jurisdiction": "梅江县",
        "columns": [{"name": n, "url": f"/c{c}/", "category": cat} for c, (n, cat) in y.cols.items()],
        "channels": {"annual_reports": "/c100127/"},
        "lexicons": ["lexicons/extra.txt"],
    }
    return y.files, config


# =============================================================================================
# attachments (deterministic zip timestamps)
# =============================================================================================


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-09-04T10:00:00Z", data)
            z.writestr(zi, data)
    return out.getvalue()


def make_xlsx(rows) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    for r in rows:
        ws.append(r)
    wb.properties.creator = "rsj"
    from datetime import datetime as _dt

    wb.properties.created = wb.properties.modified = _dt(2025, 9, 4, 10, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue())


def make_docx(title, header, rows, note) -> bytes:
    import docx
    from datetime import datetime as _dt

    d = docx.Document()
    d.add_heading(title, level=1)
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(note)
    d.core_properties.created = d.core_properties.modified = _dt(2025, 8, 27, 15, 0, 0)
    d.core_properties.author = "ybj"
    d.core_properties.last_modified_by = "ybj"
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


# =============================================================================================
# write
# =============================================================================================

HEADER = """# Truth for the second content holdout. Generated by generate.py from the same declarations that write
# the pages: do not edit by hand. as-of 2025-09-30 for every site.
#
# DECISIONS (the first content holdout's, reused for matching):
# - privacy.id_number / privacy.phone: one finding per (page, masked value). A value in an attachment is
#   expected on the attachment's URL; the page that links the attachment is accepted too. target is the
#   masked value (ID 4305**********1234: first 4 + 10 stars + last 4; mobile 138****1234). Matching is
#   lenient: any masking whose visible leading digits are a prefix and trailing digits a suffix of the
#   planted value matches. A finding with no target matches any item on the page. Office duty or
#   consultation numbers in notices, landlines, hotlines and masked values are not personal data in a list.
# - text.typo / text.sensitive: one finding per (page, wrong word); target is the wrong word (a found target
#   containing it, or contained in it, matches). Which of the two rules a wrong word belongs to is a lexicon
#   choice: the item's `alt_rules` is accepted and credited to the item's rule. Planted words are in
#   article bodies only (never titles, so never on list pages or the homepage).
# - link.hidden / link.external_no_notice: one finding per (page, link target URL); URLs compared without
#   scheme case, default port and trailing slash. A hidden spam link may also get external_no_notice, and
#   its gambling anchor text a text finding: those are `tolerated` (neither TP nor FP). Hidden menus, tabs
#   and lists of in-site or gov.cn links are not 暗链.
# - interpretation.*: on the document's page; the interpretation's page is accepted. missing: the policy
#   column page is accepted too. Working days are in (document, 解读] by chinese_calendar (调休 workdays
#   count, holidays do not); late means > 3.
# - meeting.late: on the article page; held date from the lead sentence (for a meeting over several days,
#   either day); late means > 14 calendar days. 近日/日前/近期: no date, no finding.
# - annual_report.*: on the report page, one finding per (report, rule) however many table checks fail;
#   missing: the annual-report column page (homepage accepted). Departments: 31 January; a government
#   (人民政府): 31 March. summary_too_long: > 1000 characters.
# - newmedia.stale: url is the feed (homepage accepted); target null or the account name. The newest
#   post (item pubDate / entry updated) counts, in Beijing time; a channel's lastBuildDate is not a post.
#   Exactly 14 days is not stale (> 14). homepage.stale: the homepage, > 14 days. site.identity_missing:
#   the homepage, target names the missing element.
# - Further findings of the same rule that match an already-matched item (same place and target) are
#   counted as duplicates, listed, and not counted as false positives.
# - target: null = not compared. url_path and accept entries are paths; an accept entry ending in '/'
#   accepts any page under it; index.html / index.shtml are ignored.
"""

SITES_HEADER = """# The second content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
"""

LEXICON = """# Site-specific lexicon for the second content holdout (contract format: wrong<TAB>right<TAB>kind).
# The county's name written with 兰 instead of 澜.
兰溪县\t澜溪县\ttypo
# The department's name before the 2019 institutional reform; never used on the sites.
梅江县医疗保险管理局\t梅江县医疗保障局\tsensitive
"""


def main() -> None:
    sites_dir = HERE / "sites"
    if sites_dir.exists():
        shutil.rmtree(sites_dir)
    configs = []
    for sid, build in ((S1, build_portal), (S2, build_rsj), (S3, build_ybj)):
        files, cfg = build()
        configs.append(cfg)
        for path, data in files.items():
            out = sites_dir / sid / path.lstrip("/")
            if out.name == "" or path.endswith("/"):
                out = out / "index.html"
            out.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                data = re.sub(r"""\b(href|src)='([^']*)'""", r'\1="\2"', data)  # the scorer's self-check follows href="…" only
                out.write_text(data, encoding="utf-8")
            else:
                out.write_bytes(data)
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    comments = {S1: "a county portal", S2: "a county department", S3: "a county department (another county)"}
    body = yaml.safe_dump({"defaults": {"timeout_s": 15, "max_pages": 300}}, allow_unicode=True, sort_keys=False)
    body += "sites:\n"
    for cfg in configs:
        chunk = yaml.safe_dump([cfg], allow_unicode=True, sort_keys=False, width=200)
        body += f"  # {comments[cfg['id']]}\n" + "".join("  " + ln + "\n" for ln in chunk.splitlines())
    (HERE / "sites.yaml").write_text(SITES_HEADER + body, encoding="utf-8")
    rules = sorted({f["rule"] for f in FINDINGS})
    truth = {
        "as_of": AS_OF.isoformat(),
        "sites": [S1, S2, S3],
        "homepage_newest": HOMEPAGE_NEWEST,
        "counts": {r: sum(1 for f in FINDINGS if f["rule"] == r) for r in rules},
        "findings": FINDINGS,
        "tolerated": TOLERATED,
        "decoys": DECOYS,
        "raw_values": RAWS,
    }
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=160), encoding="utf-8")
    print(f"{len(FINDINGS)} findings, {len(DECOYS)} decoys, {len(TOLERATED)} tolerated, {len(RAWS)} raw values")
    for r in rules:
        print(f"  {r}: {truth['counts'][r]}")


if __name__ == "__main__":
    main()

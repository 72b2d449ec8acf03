"""Generate the third content holdout: ``sites/``, ``sites.yaml``, ``truth.yaml`` and ``lexicons/``.

Deterministic (no clock, a fixed seed): running it twice writes the same bytes, except the xlsx/docx
containers, whose internal timestamps are pinned too. Developers of the robot: do not read this file.

    .venv/bin/python benchmarks/holdout_content3/generate.py
"""

from __future__ import annotations

import hashlib
import io
import random
import re
import shutil
import zipfile
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
AS_OF = date(2025, 11, 28)
RNG = random.Random(20251128)

FILES: dict[str, dict[str, bytes]] = {}
FINDINGS: list[dict] = []
DECOYS: list[dict] = []
TOLERATED: list[dict] = []
RAW: list[dict] = []


def put(site: str, path: str, data: str | bytes) -> None:
    FILES.setdefault(site, {})[path] = data.encode("utf-8") if isinstance(data, str) else data


def find(site, rule, url_path, target=None, why="", accept=(), alt_rules=None, aliases=None):
    e = {"site": site, "rule": rule, "url_path": url_path, "target": target, "accept": list(accept)}
    if alt_rules:
        e["alt_rules"] = alt_rules
    if aliases:
        e["target_aliases"] = aliases
    e["why"] = why
    FINDINGS.append(e)


def decoy(site, kind, url_path, rules, target=None, why=""):
    DECOYS.append({"site": site, "kind": kind, "url_path": url_path, "rules": rules, "target": target, "why": why})


def tolerate(site, rules, url_path, target=None, why=""):
    TOLERATED.append({"site": site, "rules": rules, "url_path": url_path, "target": target, "why": why})


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def make_id(region: str, born: str, seq: str) -> str:
    s = region + born + seq
    return s + check_digit(s)


def bad_id(region: str, born: str, seq: str) -> str:
    s = region + born + seq
    good = check_digit(s)
    wrong = "7" if good != "7" else "3"
    return s + wrong


def mask_id(v: str) -> str:
    return v[:4] + "*" * 10 + v[-4:]


def mask_mob(v: str) -> str:
    return v[:3] + "****" + v[-4:]


def raw_id(v: str) -> str:
    RAW.append({"kind": "id", "value": v})
    return v


def raw_mob(v: str) -> str:
    RAW.append({"kind": "mobile", "value": v})
    return v


def workdays_between(a: date, b: date) -> int:
    """Working days in (a, b]."""
    n, d = 0, a
    while d < b:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def hid(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# annual reports (2021 format)
# ---------------------------------------------------------------------------------------------

SENT = [
    "本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实《中华人民共和国政府信息公开条例》，持续深化政务公开",
    "围绕优化营商环境、乡村振兴、民生保障等重点领域，及时发布政策文件和工作动态",
    "全年通过门户网站主动公开政府信息{a}条，其中政策文件{b}件，政策解读材料{c}篇",
    "严格落实公文公开属性源头认定制度，对拟公开文件逐件进行保密审查",
    "依申请公开工作规范有序，全年共收到政府信息公开申请{d}件，均在法定期限内答复",
    "政府信息管理方面，对现行有效的行政规范性文件进行集中清理，并在网站专栏统一标注有效性",
    "平台建设方面，完成政府网站集约化迁移，同步优化栏目设置，关停整合低效栏目{e}个",
    "监督保障方面，将政务公开纳入年度绩效考核，组织业务培训{f}场次，覆盖工作人员{g}人次",
    "依托政务新媒体矩阵，开设政策直播间，推出图文、视频等多种形式的解读产品",
    "在政务服务中心设立政府信息查阅点，为群众提供政策咨询和查阅服务",
    "完善政策发布解读回应机制，围绕社会关切主动回应，及时澄清不实信息",
    "推进基层政务公开标准化规范化，梳理完善公开事项目录和公开标准",
    "开展政府开放日活动，邀请人大代表、政协委员和群众代表走进机关、参与座谈",
    "加强重大行政决策公开，对涉及群众切身利益的决策事项广泛征求社会意见",
    "规范财政预决算公开，按时公开部门预算、决算和三公经费情况",
    "落实建议提案办理结果公开要求，公开人大代表建议和政协提案办理复文",
    "强化个人信息保护，对拟公开信息中涉及的身份证号码、联系电话等进行去标识化处理",
    "加强网站内容保障，建立信息发布三审制度，定期开展错敏字和外链巡查",
]

LONG_EXTRA = [
    "在主动公开方面，聚焦重点领域信息公开，及时公开财政资金直达基层、重大建设项目批准和实施、公共资源配置、社会公益事业建设等领域信息",
    "围绕稳就业保民生，集中发布就业创业扶持政策、社会保险待遇调整、养老服务补贴发放等信息，方便群众查询办理",
    "围绕生态环境保护，公开空气质量监测数据、重点排污单位名录、环境影响评价审批结果和突出环境问题整改进展",
    "围绕教育医疗，公开义务教育招生入学政策、学校划片范围、医疗机构执业许可和医疗服务价格调整情况",
    "在解读回应方面，坚持政策文件与解读材料同步组织、同步审签、同步部署，由起草部门主要负责同志带头解读重要政策",
    "在平台建设方面，持续优化政府信息公开专栏，完善法定主动公开内容目录，实现栏目内容统一标准、统一规范",
    "在依申请公开方面，进一步规范受理、登记、办理、答复、归档等各环节工作，对疑难复杂申请实行会商研判",
    "在制度建设方面，修订完善政府信息公开保密审查、依申请公开办理、政务新媒体管理等工作制度，形成制度闭环",
    "在队伍建设方面，将政务公开纳入干部教育培训内容，组织各乡镇和部门政务公开工作人员开展集中培训和以会代训",
    "在监督考核方面，定期对全市政府网站和政务新媒体开展常态化监测，按季度通报检查结果并督促限期整改",
    "在公众参与方面，建立健全利益相关方、公众代表、专家、媒体等列席政府有关会议制度，推动决策过程公开透明",
    "在基层公开方面，推动乡镇便民服务中心和村级党群服务中心设立政务公开专区，打通政务公开最后一公里",
    "在政务新媒体管理方面，全面梳理全市政务新媒体账号，对长期不更新、功能重复的账号予以关停整合，全年共关停账号十一个",
    "在行政规范性文件管理方面，严格执行合法性审核和集体审议制度，新制发的行政规范性文件全部在门户网站统一发布并同步标注有效期",
    "在重点领域方面，按季度公开保障性安居工程建设进度、城镇老旧小区改造项目清单和农村危房改造对象名单（已去标识化）",
    "在财政信息方面，指导各部门在统一平台集中公开部门预决算，细化公开基本支出和项目支出，接受社会监督",
    "在政府开放方面，全年组织政府开放日活动六场，邀请市民代表走进自来水厂、垃圾焚烧发电厂等公共设施实地参观",
    "在政策咨询方面，依托十二三四五政务服务便民热线建立政策咨询知识库，统一答复口径，群众政策咨询一次办结率持续提升",
    "在公开审查方面，严格落实先审查后公开和一事一审制度，全年未发生因公开不当引发的失泄密事件和侵犯个人隐私事件",
    "在工作保障方面，各级各部门明确分管领导和具体工作人员，保障工作经费，确保政务公开工作有人抓、有人管、有人干",
]

DEPT_A = [
    "年内围绕中央生态环境保护督察反馈问题整改，设立整改专栏，按月公开整改进展、销号情况和典型案例",
    "按季度发布全市环境空气质量、地表水水质和集中式饮用水水源地水质状况，公开重点排污单位名录",
    "对建设项目环境影响评价文件受理、拟审批和审批决定实行全过程公开，公开环评报告书（表）全本",
    "公开环境行政处罚决定书，同步公开企业整改情况，以案释法推动企业落实治污主体责任",
    "举办“六五环境日”系列活动和环保设施向公众开放活动，邀请群众代表参观污水处理厂",
    "依托局官方账号“澄川环保”发布环境信息、回应群众关切，全年处理网民留言一百余条",
]
DEPT_B = [
    "突出抓好蓝天保卫战信息公开，及时发布重污染天气预警和应急减排措施，引导公众做好防护",
    "公开排污许可证核发、变更、注销情况，推进固定污染源排污许可全覆盖信息公开",
    "落实环境信息依法披露制度，督促重点企业按时在省级平台披露年度环境信息",
    "建立新闻发言人制度，围绕秸秆禁烧、扬尘治理等热点问题召开新闻通气会两次",
    "规范依申请公开办理流程，对涉及企业商业秘密的申请征求第三方意见后依法答复",
    "整合局属各科室信息发布职责，明确办公室牵头、各科室配合的信息公开工作格局",
]

T3_LABELS = (
    [("（一）予以公开", None), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None)]
    + [("（三）不予公开", x) for x in ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]]
    + [("（四）无法提供", x) for x in ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]]
    + [("（五）不予处理", x) for x in ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                  "5.要求行政机关确认或重新出具已获取信息"]]
    + [("（六）其他处理", x) for x in ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]]
)


def t3_numbers(rng: random.Random, scale: int):
    """Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; rows: new, carry, 21 outcomes, next."""
    cols = []
    for c in range(6):
        base = scale if c == 0 else (scale // 6 if c in (1, 4) else 0)
        outcomes = [0] * 21
        if base:
            outcomes[0] = rng.randint(base // 2, base)
            outcomes[1] = rng.randint(0, max(1, base // 5))
            outcomes[10] = rng.randint(0, max(1, base // 4))
            outcomes[13] = rng.randint(0, max(1, base // 6))
            if c == 0:
                outcomes[5] = rng.randint(0, 2)
        carry = rng.randint(0, 2) if base else 0
        nxt = rng.randint(0, 2) if base else 0
        total = sum(outcomes)
        new = total + nxt - carry
        if new < 0:
            nxt -= new
            new = 0
        cols.append({"new": new, "carry": carry, "out": outcomes, "next": nxt})
    return cols


def continue_from(prev, cols):
    """Cross-year continuity: this year's 上年结转 = last year's 结转下年度, per column; 新收 rebalanced."""
    out = []
    for p, c in zip(prev, cols):
        c = dict(c, out=list(c["out"]), carry=p["next"])
        c["new"] = sum(c["out"]) + c["next"] - c["carry"]
        if c["new"] < 0:
            c["next"] -= c["new"]
            c["new"] = 0
        out.append(c)
    return out


def t3_html(cols, break_balance: bool = False) -> str:
    cols = [dict(c, out=list(c["out"])) for c in cols]
    if break_balance:  # 新收 of 自然人 one higher than its outcomes allow
        cols[0]["new"] += 1

    def row(vals):
        return "".join(f"<td>{v}</td>" for v in vals + [sum(vals)])

    h = ['<table class="nb-t3" border="1" cellspacing="0">',
         '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
         f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{row([c["new"] for c in cols])}</tr>',
         f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{row([c["carry"] for c in cols])}</tr>']
    seen = set()
    for i, (grp, sub) in enumerate(T3_LABELS):
        vals = [c["out"][i] for c in cols]
        first = '<td rowspan="22">三、本年度办理结果</td>' if i == 0 else ""
        if sub is None:
            h.append(f'<tr>{first}<td colspan="2">{grp}</td>{row(vals)}</tr>')
        else:
            span = sum(1 for g, s in T3_LABELS if g == grp)
            g = f'<td rowspan="{span}">{grp}</td>' if grp not in seen else ""
            seen.add(grp)
            h.append(f"<tr>{first}{g}<td>{sub}</td>{row(vals)}</tr>")
    h.append(f'<tr><td colspan="2">（七）总计</td>{row([sum(c["out"]) for c in cols])}</tr>')
    h.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{row([c["next"] for c in cols])}</tr>')
    h.append("</table>")
    return "\n".join(h)


def t2_html(n: dict) -> str:
    return f"""<table class="nb-t2" border="1" cellspacing="0">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>{n['gf']}</td><td>{n['fz']}</td><td>{n['yx']}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{n['xk']}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{n['cf']}</td></tr>
<tr><td>行政强制</td><td colspan="3">{n['qz']}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{n['sf']}</td></tr>
</table>"""


def t4_html(fy: list[int], ss: list[int]) -> str:
    head = "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"])
    sub = "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)
    return f"""<table class="nb-t4" border="1" cellspacing="0">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>{head}{sub}</tr>
<tr>{''.join(f'<td>{v}</td>' for v in fy + [sum(fy)])}{''.join(f'<td>{v}</td>' for v in ss[:4] + [sum(ss[:4])] + ss[4:] + [sum(ss[4:])])}</tr>
</table>"""


def report_html(org: str, year: int, summary: str, t2: dict, cols, fy, ss, problems: str, other: str,
                break_balance=False, drop_section4=False) -> str:
    parts = [f'<p class="nb-lead">本报告由{org}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开信息公开年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据统计期限自{year}年1月1日起至{year}年12月31日止。</p>',
             "<h3>一、总体情况</h3>", f"<p>{summary}</p>",
             "<h3>二、主动公开政府信息情况</h3>", t2_html(t2),
             "<h3>三、收到和处理政府信息公开申请情况</h3>", t3_html(cols, break_balance)]
    if not drop_section4:
        parts += ["<h3>四、政府信息公开行政复议、行政诉讼情况</h3>", t4_html(fy, ss)]
    n5 = "四" if drop_section4 else "五"
    n6 = "五" if drop_section4 else "六"
    parts += [f"<h3>{n5}、存在的主要问题及改进情况</h3>", f"<p>{problems}</p>",
              f"<h3>{n6}、其他需要报告的事项</h3>", f"<p>{other}</p>"]
    return "\n".join(parts)


def summary_text(rng: random.Random, idx: list[int], fill: dict, extra: list[str] = ()) -> str:
    s = [SENT[i].format(**fill) for i in idx] + list(extra)
    return "。".join(s) + "。"


def plain_len(s: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", s))


# ---------------------------------------------------------------------------------------------
# Site 1: 澄川市人民政府 (a city portal, Hanweb-like art_/col_ paths)
# ---------------------------------------------------------------------------------------------

S1 = "chengchuan"
S1_NAME = "澄川市人民政府"
S1_COLS = {  # id: (name, category)
    3181: ("澄川要闻", "news"), 3182: ("部门动态", "news"), 3190: ("通知公告", "notice"),
    3201: ("政策文件", "policy"), 3202: ("政策解读", "other"), 3215: ("公示公告", "notice"),
    3230: ("政府信息公开年报", "other"),
}
S1_ARTS: list[dict] = []
_s1_seq = [604300]


def s1_art(col: int, d: date, title: str, body: str, src: str = "澄川市人民政府办公室", path: str | None = None,
           extra_meta: str = "") -> str:
    _s1_seq[0] += 7
    p = path or f"/art/{d.year}/{d.month}/{d.day}/art_{col}_{_s1_seq[0]}.html"
    S1_ARTS.append({"col": col, "date": d, "title": title, "body": body, "path": p, "src": src, "meta": extra_meta})
    return p


def s1_shell(title: str, main: str, crumbs: str = "") -> str:
    nav = "".join(f'<li><a href="/col/col{c}/index.html">{n}</a></li>' for c, (n, _) in S1_COLS.items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<meta name="SiteName" content="澄川市人民政府"><meta name="SiteDomain" content="www.chengchuan.gov.cn">
<meta name="SiteIDCode" content="4307000012">
<link rel="stylesheet" href="/res/cc.css"></head>
<body><div class="cc-top"><div class="cc-logo"><a href="/index.html">澄川市人民政府</a></div>
<ul class="cc-nav"><li><a href="/index.html">首页</a></li>{nav}
<li class="cc-more"><a href="javascript:;">政府网站导航</a><ul class="cc-sub" style="display:none">
<li><a href="https://www.gov.cn/">中国政府网</a></li><li><a href="https://www.hunan.gov.cn/">省政府门户网站</a></li></ul></li></ul></div>
<div class="cc-crumb">当前位置：<a href="/index.html">首页</a>{crumbs}</div>
<div class="cc-main">{main}</div>
<div class="cc-foot"><p>主办：澄川市人民政府办公室　承办：澄川市政务服务和大数据中心</p>
<p>网站标识码：4307000012　<a href="https://beian.miit.gov.cn/">湘ICP备05002317号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43070202000158">湘公网安备 43070202000158号</a></p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4307000012">我为政府网站找错</a>　联系电话：0736-7221180</p></div>
</body></html>"""


def s1_article_page(a: dict) -> str:
    n = S1_COLS[a["col"]][0]
    main = f"""<div class="art-box"><h1 class="art-tit">{a['title']}</h1>
<div class="art-info"><span>发布时间：{a['date'].isoformat()} {8 + a['date'].day % 9:02d}:{(a['date'].day * 7) % 60:02d}</span><span>信息来源：{a['src']}</span>
<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
{a['meta']}<div class="art-con" id="zoom">{a['body']}</div>
<div class="art-share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>"""
    return s1_shell(a["title"], main, f' &gt; <a href="/col/col{a["col"]}/index.html">{n}</a> &gt; 正文')


def build_s1() -> None:
    s = S1
    # ---- 要闻 (meetings, typos, hidden/external links) ----
    p = s1_art(3181, date(2025, 11, 20), "市政府召开全市安全生产工作推进会",
               "<p>澄川讯（记者 林晓 通讯员 贺文斌）10月28日上午，市政府召开全市安全生产工作推进会，总结前三季度全市安全生产工作，安排部署岁末年初安全防范工作。副市长周建平出席会议并讲话。</p>"
               "<p>会议强调，各地各部门要紧盯道路交通、燃气、消防、建筑施工等重点行业领域，压紧压实各方责任，坚决防范遏制重特大事故发生。</p>",
               src="澄川日报")
    find(s, "meeting.late", p, why="dateline lead '澄川讯（记者…）10月28日上午，市政府召开…推进会' published 2025-11-20: held 2025-10-28, 23 days (> 14)")
    p = s1_art(3181, date(2025, 11, 20), "市政府召开第48次常务会议",
               "<p>11月6日，市长刘卫东主持召开市政府第48次常务会议，研究部署冬春农田水利建设等工作。</p><p>会议审议通过了《澄川市城区停车设施建设管理办法（送审稿）》。</p>")
    decoy(s, "meeting published exactly 14 days later", p, ["meeting.late"], why="held 11月6日, published 2025-11-20: exactly 14 days, not more")
    p = s1_art(3181, date(2025, 11, 21), "我市召开冬季森林防火工作调度会",
               "<p>近日，市森林防火指挥部召开冬季森林防火工作调度会，分析研判当前森林防火形势。</p><p>会议要求，各地要严格野外火源管控，确保不发生重大森林火灾。</p>")
    decoy(s, "meeting 近日 (held date unknown)", p, ["meeting.late"], why="lead '近日，…召开…调度会': no held date")
    p = s1_art(3181, date(2025, 11, 27), "市委常委会召开会议传达学习省委全会精神",
               "<p>11月26日下午，市委常委会召开会议，传达学习10月30日召开的省委十二届九次全会精神，研究我市贯彻落实意见。</p><p>会议要求，要把学习宣传贯彻全会精神作为当前和今后一个时期的重要政治任务。</p>")
    decoy(s, "meeting held the day before; an older date later in the lead", p, ["meeting.late"], why="held 11月26日, published 2025-11-27 (1 day); 10月30日 is the provincial plenum")
    p = s1_art(3181, date(2025, 11, 12), "市领导赴澄北工业园调研重点项目建设",
               "<p>10月27日至28日，市委副书记、市长刘卫东深入澄北工业园，实地调研重点项目建设进展情况。</p><p>调研中，刘卫东强调，要倒排工期、挂图作战，确保项目早日建成投产。</p>")
    decoy(s, "not a meeting (调研) with an old date", p, ["meeting.late"], why="an inspection tour on 10月27日至28日, not a meeting")
    p = s1_art(3181, date(2025, 11, 18), "全市冬春农田水利建设现场推进会召开",
               "<p>11月14日，全市冬春农田水利建设现场推进会在澄南镇召开。会议对今冬明春农田水利建设工作进行了全面布署，要求各地抢抓晴好天气加快施工进度。</p>"
               "<p>与会人员实地观摩了澄南镇高标准农田建设项目。</p>")
    find(s, "text.typo", p, "布署", why="body: '全面布署' (部署 is right; a standard bulletin error); the meeting itself is on time (4 days)",
         alt_rules=["text.sensitive"])
    decoy(s, "meeting held 4 days before", p, ["meeting.late"], why="held 11月14日, published 2025-11-18")
    p = s1_art(3181, date(2025, 11, 10), "澄川市与台湾彰化县开展农业交流合作",
               "<p>11月上旬，台湾彰化县农业交流参访团一行到我市考察现代农业园区。座谈中，双方就茶叶种植、农产品精深加工等进行了深入交流。</p>"
               "<p>参访团成员表示，两岸农业互补性强，希望借此次交流深化合作；交流期间适逢岛内谈及台湾总统选举议题，双方均表示愿意聚焦经贸和民生交流。</p>")
    find(s, "text.sensitive", p, "台湾总统", why="body: '台湾总统' (a prohibited expression; 台湾地区领导人 is required)", alt_rules=["text.typo"])
    p = s1_art(3181, date(2025, 11, 4), "两岸青年文化交流活动在我市举办",
               "<p>活动期间，台湾地区青年代表与我市青年围绕非遗传承开展交流。台湾地区领导人选举等话题不在此次活动议程之内。</p><p>活动由市委台办牵头组织，全面部署，一如既往地支持两岸青年交流。</p>")
    decoy(s, "台湾地区领导人, 部署 and 一如既往 written correctly", p, ["text.typo", "text.sensitive"], why="the right forms of the planted wrong words")
    p = s1_art(3181, date(2025, 11, 6), "澄川市民文化节暨第三届澄川茶文化旅游季开幕",
               "<p>11月5日晚，澄川市民文化节在市文化广场开幕。</p><p>本届文化节由橙川市文化旅游广电体育局承办，为期一个月，"
               "来自各区县的文艺团队将带来精彩演出。</p>")
    find(s, "text.typo", p, "橙川市", why="body: '橙川市' for 澄川市 (lexicons/extra.txt), once")
    p = s1_art(3182, date(2025, 11, 19), "市文旅局推出冬季旅游精品线路",
               '<p>市文旅局近日推出“温泉+古镇”冬季旅游精品线路5条。游客可通过<a href="https://www.qunar.com/">去哪儿旅行</a>预订沿线酒店和门票，也可登录'
               '<a href="https://www.mct.gov.cn/">文化和旅游部网站</a>查询全国A级景区信息。</p>'
               '<p>更多线路详情请见<a href="/col/col3190/index.html">通知公告</a>栏目。</p>')
    find(s, "link.external_no_notice", p, "https://www.qunar.com/", why="a visible link to www.qunar.com (commercial) with no leave-site notice")
    decoy(s, "link to a gov.cn site", p, ["link.external_no_notice", "link.hidden"], target="https://www.mct.gov.cn/", why="mct.gov.cn is a government site")
    p = s1_art(3182, date(2025, 11, 17), "市交通运输局开通网上购票服务专区",
               '<p>为方便群众出行，市交通运输局在门户网站开通出行服务专区。</p><p>'
               '<a href="https://www.12306.cn/index/" onclick="return confirm(\'您访问的链接即将离开澄川市人民政府门户网站，是否继续？\')">铁路12306</a>　'
               '<a href="https://www.ctrip.com/" onclick="return confirm(\'您访问的链接即将离开澄川市人民政府门户网站，是否继续？\')">携程旅行</a></p>')
    decoy(s, "external links with a confirm() leave-site notice", p, ["link.external_no_notice"], target="https://www.ctrip.com/", why="onclick confirm notice")
    decoy(s, "external link with a confirm() leave-site notice (12306)", p, ["link.external_no_notice"], target="https://www.12306.cn/index/", why="onclick confirm notice")
    # ---- 部门动态: 12345 / 值守 decoys ----
    p = s1_art(3182, date(2025, 11, 24), "市应急管理局发布寒潮天气安全提示",
               "<p>受强冷空气影响，我市将迎来大风降温天气。市应急管理局提醒广大市民注意防寒保暖。</p>"
               "<p>如遇紧急情况，请拨打119、120或12345政务服务便民热线；市应急管理局24小时应急值守：0736-7225119，局值班领导联络手机（工作用）：13907367110。</p>")
    decoy(s, "office duty mobile of the bureau (工作用)", p, ["privacy.phone"], target="139****7110", why="the bureau's own on-duty phone, published on purpose")
    decoy(s, "landline, 119/120 and 12345", p, ["privacy.phone"], target="7225119", why="not personal mobiles")
    # ---- 通知公告 ----
    p = s1_art(3190, date(2025, 11, 25), "关于召开2026年度重点民生实事项目征集座谈会的通知",
               "<p>各区县人民政府，市直有关单位：</p><p>经市政府同意，定于12月3日上午9:00在市行政中心5楼第一会议室召开2026年度重点民生实事项目征集座谈会。</p>"
               "<p>联系人：市政府办公室综合科 彭敏，电话：0736-7221156。</p>")
    decoy(s, "会议通知 of a future meeting", p, ["meeting.late"], why="announces a meeting on 12月3日")
    p = s1_art(3190, date(2025, 11, 13), "王建国公告送达书",
               "<p>王建国（公民身份号码：{ID1}）：</p><p>因你下落不明，其他方式无法送达，根据《中华人民共和国行政诉讼法》相关规定，现向你公告送达《行政处罚决定书》（澄市监罚〔2025〕118号）。"
               "自公告发布之日起经过六十日，即视为送达。</p><p>澄川市市场监督管理局</p><p>2025年11月13日</p>")
    id1 = raw_id(make_id("430702", "19830512", "361"))
    S1_ARTS[-1]["body"] = S1_ARTS[-1]["body"].replace("{ID1}", id1)
    find(s, "privacy.id_number", p, mask_id(id1), why="公告送达书: the addressee's full ID in the body text")
    # ---- 公示公告: a 临时救助 list ----
    idA = raw_id(make_id("430721", "19560823", "042"))
    mA = raw_mob("13787362251")
    idB = raw_id(make_id("430723", "19681104", "128"))
    mB = raw_mob("18874601936")
    idC = make_id("430702", "19750317", "264")
    mC = "15973650471"
    wrong = bad_id("430724", "19611209", "057")
    rows = [("1", "澄南镇", "李德顺", idA, mA, "因病致困", "3000"),
            ("2", "河洑街道", "罗桂花", idB, mB, "因灾致困", "2000"),
            ("3", "澄北乡", "黄志强", mask_id(idC), mask_mob(mC), "因病致困", "2500")]
    tb = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    p = s1_art(3215, date(2025, 11, 21), "2025年第三季度临时救助对象公示",
               "<p>根据《澄川市临时救助实施办法》，经个人申请、乡镇（街道）审核、民政部门审批，现将2025年第三季度临时救助对象予以公示。</p>"
               f'<table class="gs-tab" border="1"><tr><th>序号</th><th>乡镇（街道）</th><th>姓名</th><th>身份证号</th><th>联系方式</th><th>救助原因</th><th>救助金额（元）</th></tr>{tb}</table>'
               f"<p>公示期为7天。如有异议，请向市民政局社会救助科反映。监督电话：0736-7229810；档案编号：{wrong}。</p>",
               src="澄川市民政局")
    find(s, "privacy.id_number", p, mask_id(idA), why="临时救助 list row 1: full ID of 李德顺")
    find(s, "privacy.phone", p, mask_mob(mA), why="临时救助 list row 1: personal mobile of 李德顺")
    find(s, "privacy.id_number", p, mask_id(idB), why="临时救助 list row 2: full ID of 罗桂花")
    find(s, "privacy.phone", p, mask_mob(mB), why="临时救助 list row 2: personal mobile of 罗桂花")
    decoy(s, "masked row in the same list", p, ["privacy.id_number", "privacy.phone"], target=idC[-4:], why="row 3 is masked")
    decoy(s, "archive number shaped like an ID with a wrong check digit", p, ["privacy.id_number"], target=wrong[-4:], why="check digit fails GB 11643")
    decoy(s, "监督电话 landline", p, ["privacy.phone"], target="7229810", why="a landline")
    p = s1_art(3215, date(2025, 10, 30), "2025年度市级农业产业化龙头企业拟认定名单公示",
               "<p>经企业申报、县级推荐、专家评审，现将拟认定名单公示如下：</p><table border=\"1\"><tr><th>企业名称</th><th>统一社会信用代码</th><th>联系人</th><th>联系电话</th></tr>"
               "<tr><td>澄川市湘澄茶业有限公司</td><td>91430700MA4L2B7X3K</td><td>陈**</td><td>138****5206</td></tr>"
               "<tr><td>澄川市金稻米业有限责任公司</td><td>91430703325648190Q</td><td>刘**</td><td>0736-7152288</td></tr></table>")
    decoy(s, "统一社会信用代码, masked contacts", p, ["privacy.id_number", "privacy.phone"], why="USCC codes, masked mobile, a company landline")

    # ---- policy documents and interpretations ----
    def pair(doc_d: date, jd_d: date | None, num: str, name: str, link_doc_to_jd=True, link_jd_to_doc=True, jd_title=None):
        doc_path = f"/art/{doc_d.year}/{doc_d.month}/{doc_d.day}/art_3201_{_s1_seq[0] + 3}.html"
        jd_path = f"/art/{jd_d.year}/{jd_d.month}/{jd_d.day}/art_3202_{_s1_seq[0] + 5}.html" if jd_d else None
        _s1_seq[0] += 11
        meta = f'<table class="xxgk-meta"><tr><td>索引号：</td><td>43070000-{num[-4:].strip("号")}-{doc_d:%Y%m%d}</td><td>发文机关：</td><td>澄川市人民政府办公室</td></tr><tr><td>文号：</td><td>{num}</td><td>成文日期：</td><td>{doc_d - timedelta(days=3):%Y年%m月%d日}</td></tr></table>'
        rel = f'<div class="xgjd"><b>相关解读：</b><a href="{jd_path}">{jd_title or "《" + name + "》政策解读"}</a></div>' if (jd_path and link_doc_to_jd) else ""
        body = (f"<p>各区县人民政府，市政府各部门：</p><p>《{name}》已经市人民政府同意，现印发给你们，请认真组织实施。</p>"
                f"<p style=\"text-align:right\">澄川市人民政府办公室</p><p style=\"text-align:right\">{doc_d - timedelta(days=3):%Y年%m月%d日}</p>"
                f"<h4 style=\"text-align:center\">{name}</h4><p>为深入贯彻落实党中央、国务院决策部署，结合我市实际，制定本方案。</p>"
                f"<p>一、总体要求。二、主要任务。三、保障措施。本方案自印发之日起施行。</p>{rel}")
        s1_art(3201, doc_d, f"澄川市人民政府办公室关于印发《{name}》的通知", body, path=doc_path, extra_meta=meta)
        if jd_path:
            back = f'<p class="xgwj">相关文件：<a href="{doc_path}">澄川市人民政府办公室关于印发《{name}》的通知（{num}）</a></p>' if link_jd_to_doc else ""
            s1_art(3202, jd_d, jd_title or f"《{name}》政策解读",
                   f"<p>近日，市人民政府办公室印发了《{name}》（{num}）。现就有关内容解读如下：</p><p>一、出台背景。二、主要内容。三、创新举措。</p>{back}",
                   path=jd_path, src="澄川市发展和改革委员会")
        return doc_path, jd_path

    d1, j1 = date(2025, 10, 9), date(2025, 10, 14)
    assert workdays_between(d1, j1) == 4 and sum(1 for k in range(1, 6) if (d1 + timedelta(k)).weekday() < 5) == 3
    dp, jp = pair(d1, j1, "澄政办发〔2025〕21号", "澄川市推动大规模设备更新和消费品以旧换新实施方案")
    find(s, "interpretation.late", dp, accept=[jp],
         why="澄政办发〔2025〕21号 published 2025-10-09, 解读 2025-10-14: 4 working days with Saturday 2025-10-11 a 调休 workday (Mon-Fri count 3)")
    d2, j2 = date(2025, 11, 3), date(2025, 11, 10)
    assert workdays_between(d2, j2) == 5
    dp, jp = pair(d2, j2, "澄政办发〔2025〕24号", "澄川市促进民营经济高质量发展若干措施", jd_title="一图读懂《澄川市促进民营经济高质量发展若干措施》")
    find(s, "interpretation.late", dp, accept=[jp], why="澄政办发〔2025〕24号 published 2025-11-03, 一图读懂 2025-11-10: 5 working days (> 3)")
    d3 = date(2025, 10, 20)
    dp, _ = pair(d3, None, "澄政办发〔2025〕22号", "澄川市城市更新行动实施方案（2025—2027年）")
    find(s, "interpretation.missing", dp, accept=["/col/col3201/"], why="澄政办发〔2025〕22号 published 2025-10-20; no interpretation anywhere on the site")
    d4 = date(2025, 11, 17)
    dp, jp = pair(d4, d4, "澄政办发〔2025〕26号", "澄川市加快发展银发经济增进老年人福祉实施方案", link_doc_to_jd=False)
    find(s, "interpretation.unlinked", dp, accept=[jp], why="澄政办发〔2025〕26号 and its same-day 解读: the 解读 links the document, the document does not link back")
    d5, j5 = date(2025, 9, 30), date(2025, 10, 10)
    assert workdays_between(d5, j5) == 2
    dp, _ = pair(d5, j5, "澄政办发〔2025〕19号", "澄川市进一步优化营商环境十条措施")
    decoy(s, "interpretation on time across the National Day holiday", dp, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"],
          why="published 2025-09-30, 解读 2025-10-10: 2 working days (calendar 10 days)")
    d6, j6 = date(2025, 11, 14), date(2025, 11, 19)
    assert workdays_between(d6, j6) == 3
    dp, _ = pair(d6, j6, "澄政办发〔2025〕25号", "澄川市数字政府建设三年行动计划")
    decoy(s, "interpretation exactly 3 working days later across a weekend", dp, ["interpretation.late", "interpretation.unlinked", "interpretation.missing"],
          why="published 2025-11-14 (Fri), 解读 2025-11-19 (Wed): 3 working days, linked both ways")
    p = s1_art(3201, date(2025, 11, 7), "澄川市人民政府关于刘志勇等同志职务任免的通知",
               "<p>各区县人民政府，市政府各部门：</p><p>经研究决定：任命刘志勇为澄川市发展和改革委员会副主任；免去张红梅的澄川市统计局副局长职务。</p>",
               extra_meta='<table class="xxgk-meta"><tr><td>文号：</td><td>澄政任〔2025〕9号</td></tr></table>')
    decoy(s, "人事任免 in the policy column", p, ["interpretation.missing"], why="a personnel notice needs no interpretation")
    p = s1_art(3202, date(2025, 10, 24), "省政府办公厅《关于加快构建现代化农业产业体系的意见》解读",
               "<p>转载自省人民政府门户网站。</p><p>一、起草背景。二、主要内容。</p>", src="省人民政府办公厅")
    decoy(s, "reposted provincial interpretation", p, ["interpretation.missing", "interpretation.unlinked"], why="no local document to pair with")

    # ---- annual reports ----
    rng = random.Random(11)
    fill = {"a": 2316, "b": 41, "c": 37, "d": 58, "e": 6, "f": 9, "g": 420}
    long_sum = summary_text(rng, [0, 1, 2, 3, 4, 5, 6, 7], fill, LONG_EXTRA)
    long_np = plain_len(long_sum)
    assert long_np > 1200, long_np
    cols23 = t3_numbers(rng, 34)
    cols24 = continue_from(cols23, t3_numbers(rng, 40))
    body24 = report_html("澄川市人民政府办公室", 2024, long_sum, {"gf": 14, "fz": 3, "yx": 62, "xk": 18240, "cf": 1536, "qz": 47, "sf": "0"},
                         cols24, [2, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0, 0],
                         "一是政策解读形式还不够丰富；二是基层政务公开工作人员业务能力有待提升。下一步，我们将加强培训，丰富解读形式。",
                         "本年度未收取信息处理费。", break_balance=True)
    rp = s1_art(3230, date(2025, 3, 28), "澄川市人民政府2024年政府信息公开工作年度报告", body24)
    find(s, "annual_report.summary_too_long", rp, why=f"一、总体情况 is {long_np} characters without punctuation (> 1200, so > 1000 on any reading)")
    find(s, "annual_report.inconsistent", rp, why="table 三, column 自然人: 新收 is one more than 总计 + 结转下年度 - 上年结转 (row sums kept); one finding per report")
    decoy(s, "a city government publishing its 2024 report on 28 March", "/col/col3230/index.html", ["annual_report.missing"], why="deadline 31 March for a government")
    sum23 = summary_text(rng, [8, 9, 10, 11, 12, 13], {"a": 1987, "b": 36, "c": 30, "d": 44, "e": 4, "f": 7, "g": 360})
    body23 = report_html("澄川市人民政府办公室", 2023, sum23, {"gf": 11, "fz": 5, "yx": 51, "xk": 16520, "cf": 1310, "qz": 39, "sf": "0"},
                         cols23, [1, 1, 0, 0], [0, 0, 0, 1, 0, 0, 0, 0],
                         "主要问题是部分栏目更新不够及时。改进措施：建立栏目更新提醒机制，每月通报。",
                         "本年度未收取信息处理费。")
    rp23 = s1_art(3230, date(2024, 3, 26), "澄川市人民政府2023年政府信息公开工作年度报告", body23)
    decoy(s, "the 2023 report (clean, distinct text)", rp23, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"])

    # ---- feeds ----
    put(s, "/rss/ccfb.xml", rss("澄川发布", "https://www.chengchuan.gov.cn/", [date(2025, 11, 5), date(2025, 10, 29), date(2025, 10, 21)]))
    find(s, "newmedia.stale", "/rss/ccfb.xml", "澄川发布", accept=["/"], aliases=["ccfb"], why="account 澄川发布: last post 2025-11-05, 23 days before as-of (> 14)")
    put(s, "/rss/ccwb.xml", rss("澄川政务微博", "https://weibo.com/chengchuan", [date(2025, 11, 14), date(2025, 11, 7)]))
    decoy(s, "account updated exactly 14 days before as-of", "/rss/ccwb.xml", ["newmedia.stale"], target="澄川政务微博", why="last post 2025-11-14: 14 days, not more")

    # ---- homepage: a hidden spam block, styled by class ----
    spam = [("http://www.amjs-8868.com/", "澳门金沙娱乐"), ("https://www.ky-qipai.vip/", "开元棋牌")]
    for u, t in spam:
        find(s, "link.hidden", "/", u, why=f"homepage: a friend-link row in a class styled height:0;overflow:hidden by the page's <style> ({t})")
        tolerate(s, ["link.external_no_notice"], "/", u, why="the hidden spam link is also an external link without notice")
    tolerate(s, ["text.sensitive", "text.typo"], "/", why="gambling anchor text in the hidden block")
    decoy(s, "collapsed 政府网站导航 menu with gov.cn links", "/", ["link.hidden", "link.external_no_notice"], target="https://www.hunan.gov.cn/", why="a display:none drop-down of government sites")
    decoy(s, "hidden slideshow frames (in-site)", "/", ["link.hidden"], why="frames 2-3 of the slideshow are display:none; in-site links")
    S1_ARTS.sort(key=lambda a: a["date"], reverse=True)
    for a in S1_ARTS:
        put(s, a["path"], s1_article_page(a))
    for c, (n, _) in S1_COLS.items():
        items = [a for a in S1_ARTS if a["col"] == c]
        li = "".join(f'<li><a href="{a["path"]}" title="{a["title"]}">{a["title"]}</a><span class="date">{a["date"].isoformat()}</span></li>' for a in items)
        put(s, f"/col/col{c}/index.html", s1_shell(n, f'<div class="list-box"><h2>{n}</h2><ul class="list">{li}</ul><div class="page">共{len(items)}条　1/1页</div></div>', f" &gt; {n}"))
    news = [a for a in S1_ARTS if a["col"] in (3181, 3182)][:7]
    notes = [a for a in S1_ARTS if a["col"] in (3190, 3215)][:5]
    pol = [a for a in S1_ARTS if a["col"] in (3201, 3202)][:5]
    assert news[0]["date"] == date(2025, 11, 27)

    def ul(xs):
        return "".join(f'<li><a href="{a["path"]}">{a["title"]}</a><span>{a["date"].isoformat()}</span></li>' for a in xs)

    home_main = f"""<style>.yqlj-row2{{height:0;overflow:hidden;line-height:0}}</style>
<div class="cc-slide"><div class="frame"><a href="{news[0]['path']}"><img src="/res/s1.jpg" alt="{news[0]['title']}"></a></div>
<div class="frame" style="display:none"><a href="{news[1]['path']}"><img src="/res/s2.jpg" alt=""></a></div>
<div class="frame" style="display:none"><a href="{news[2]['path']}"><img src="/res/s3.jpg" alt=""></a></div></div>
<div class="cc-box"><h3><a href="/col/col3181/index.html">澄川要闻</a></h3><ul>{ul(news)}</ul></div>
<div class="cc-box"><h3><a href="/col/col3190/index.html">通知公告</a></h3><ul>{ul(notes)}</ul></div>
<div class="cc-box"><h3><a href="/col/col3201/index.html">政策文件</a>｜<a href="/col/col3202/index.html">政策解读</a></h3><ul>{ul(pol)}</ul></div>
<div class="cc-box"><h3>政务新媒体</h3><ul><li><a href="/rss/ccfb.xml">澄川发布（RSS）</a></li><li><a href="/rss/ccwb.xml">澄川政务微博（RSS）</a></li></ul></div>
<div class="cc-yqlj"><span>友情链接：</span><a href="https://www.gov.cn/">中国政府网</a> <a href="https://www.hunan.gov.cn/">湖南省人民政府</a>
<div class="yqlj-row2">{''.join(f'<a href="{u}">{t}</a> ' for u, t in spam)}</div></div>"""
    put(s, "/index.html", s1_shell("澄川市人民政府", home_main))
    put(s, "/res/cc.css", "body{font-family:SimSun;background:#fff}.cc-nav li{display:inline-block}.cc-sub{position:absolute}")
    for n in (1, 2, 3):
        put(s, f"/res/s{n}.jpg", TINY_JPG)


# ---------------------------------------------------------------------------------------------
# Site 2: 白沙镇 (a township page set, PHPCMS-like /html/col/yyyy/mmdd/N.html)
# ---------------------------------------------------------------------------------------------

S2 = "baisha-zhen"
S2_COLS = {"gzdt": ("工作动态", "news"), "tzgg": ("通知公告", "notice"), "xxgknb": ("政府信息公开年度报告", "other")}
S2_ARTS: list[dict] = []
_s2_seq = [1500]


def s2_art(col, d, title, body, path=None):
    _s2_seq[0] += 13
    p = path or f"/html/{col}/{d.year}/{d.month:02d}{d.day:02d}/{_s2_seq[0]}.html"
    S2_ARTS.append({"col": col, "date": d, "title": title, "body": body, "path": p})
    return p


def s2_shell(title, main):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}_澄川市白沙镇人民政府</title>
<style>body{{margin:0;font-size:14px}}#hd{{background:#c40000;color:#fff}}.menu a{{color:#fff;padding:0 12px}}.drop{{display:none}}</style></head>
<body><div id="hd"><div class="zhen-name">澄川市白沙镇人民政府</div>
<div class="menu"><a href="/">首 页</a><a href="/html/gzdt/">工作动态</a><a href="/html/tzgg/">通知公告</a><a href="/html/xxgknb/">政府信息公开年度报告</a>
<span class="more">镇村导航<div class="drop"><a href="/html/cun/shaping.html">沙坪村</a><a href="/html/cun/hekou.html">河口村</a></div></span></div></div>
<div id="bd">{main}</div>
<div id="ft">主办单位：澄川市白沙镇人民政府　地址：澄川市白沙镇人民路18号　值班电话：0736-7681012<br>
网站标识码：4307020009　湘ICP备05002317号-6　湘公网安备 43070202000271号<br>
<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4307020009"><img src="/images/jiucuo.png" alt="我为政府网站找错"></a></div></body></html>"""


def s2_page(a):
    return s2_shell(a["title"], f"""<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/html/{a['col']}/">{S2_COLS[a['col']][0]}</a></div>
<div class="content"><div class="title">{a['title']}</div><div class="tip">日期：{a['date'].year}年{a['date'].month:02d}月{a['date'].day:02d}日　来源：白沙镇党政综合办　点击：<span>{int(hid(a['path']), 16) % 300 + 40}</span></div>
<div class="text">{a['body']}</div></div>""")


def build_s2():
    s = S2
    p = s2_art("gzdt", date(2025, 11, 7), "白沙镇召开冬季矛盾纠纷排查化解工作会",
               "<p>镇党委于10月20日召开冬季矛盾纠纷排查化解工作会，镇村两级干部共60余人参加。</p><p>会议要求，各村要对辖区内矛盾纠纷进行拉网式排查，做到早发现、早报告、早处置。</p>")
    find(s, "meeting.late", p, why="lead '镇党委于10月20日召开…工作会' published 2025-11-07: held 2025-10-20, 18 days (> 14)")
    p = s2_art("gzdt", date(2025, 11, 5), "镇领导到各村调研秋冬种工作",
               "<p>10月22日至23日，镇党委书记带队深入沙坪村、河口村等地，调研秋冬种生产情况。</p><p>调研组要求，各村要一如继往抓好粮油生产，确保秋冬种面积稳中有增。</p>")
    find(s, "text.typo", p, "一如继往", why="body: '一如继往' (一如既往 is right)", alt_rules=["text.sensitive"])
    decoy(s, "not a meeting (调研) with an old date", p, ["meeting.late"], why="an inspection tour 10月22日至23日")
    p = s2_art("gzdt", date(2025, 11, 10), "白沙镇召开11月份安全生产例会",
               "<p>11月10日上午，白沙镇召开11月份安全生产例会，通报10月份安全生产检查情况。</p><p>会议强调，要加强冬季用火用电安全宣传。</p>")
    decoy(s, "meeting published the same day", p, ["meeting.late"], why="held and published 2025-11-10")
    p = s2_art("gzdt", date(2025, 10, 31), "白沙镇开展重阳节敬老活动",
               '<p>重阳节期间，镇党委、镇政府组织干部走访慰问辖区80岁以上老人。</p><p>活动现场还邀请了卫生院医生为老人免费义诊。'
               '<span style="visibility:hidden"><a href="https://www.yb-sports88.com/">亚博体育</a></span></p>'
               '<p>活动路线可在<a href="https://map.baidu.com/">百度地图</a>上查询。</p>')
    find(s, "link.hidden", p, "https://www.yb-sports88.com/", why="article body: a visibility:hidden span with a spam link (亚博体育)")
    tolerate(s, ["link.external_no_notice"], p, "https://www.yb-sports88.com/", why="the hidden spam link is also an external link without notice")
    tolerate(s, ["text.sensitive", "text.typo"], p, why="spam anchor text")
    find(s, "link.external_no_notice", p, "https://map.baidu.com/", why="a visible link to map.baidu.com with no leave-site notice")
    p = s2_art("gzdt", date(2025, 10, 24), "白沙镇举办农村电商培训班",
               '<p>10月23日，镇里邀请电商讲师为群众讲授直播带货技巧。</p><p>培训结束后，学员们纷纷表示收获很大。</p>'
               '<p style="opacity:0;height:1px;overflow:hidden"><a href="http://www.hg-9988.net/">皇冠体育投注</a></p>')
    find(s, "link.hidden", p, "http://www.hg-9988.net/", why="article body: an opacity:0 paragraph with a spam link (体育投注)")
    tolerate(s, ["link.external_no_notice"], p, "http://www.hg-9988.net/", why="the hidden spam link is also an external link without notice")
    tolerate(s, ["text.sensitive", "text.typo"], p, why="spam anchor text")
    # notices
    p = s2_art("tzgg", date(2025, 11, 3), "关于做好2026年度城乡居民医疗保险参保缴费工作的通知",
               "<p>各村（社区）：</p><p>2026年度城乡居民医保集中缴费期为2025年9月1日至12月31日。群众可通过湘税社保APP、银行网点缴费。</p>"
               "<p>镇社保所联系电话：0736-7681123；镇人社服务窗口工作手机（工作日8:30-17:30）：15807361452；全国医保服务热线12393。</p>")
    decoy(s, "township service-window work mobile (office hours)", p, ["privacy.phone"], target="158****1452", why="an office phone published for service")
    decoy(s, "landline and 12393", p, ["privacy.phone"], target="7681123", why="not personal mobiles")
    idA = raw_id(make_id("430702", "19490306", "022"))
    mA = raw_mob("13574634827")
    idB = raw_id(make_id("430702", "19520917", "145"))
    mB = raw_mob("15200786613")
    idC = make_id("430702", "19470615", "089")
    mC = "13807367325"
    xl = xlsx([["序号", "村（社区）", "姓名", "性别", "身份证号码", "联系电话", "补贴类别", "金额（元/月）"],
               [1, "沙坪村", "谭春秀", "女", idA, mA, "高龄津贴", 100],
               [2, "河口村", "邓福生", "男", idB, mB, "高龄津贴", 100],
               [3, "白沙社区", "龚玉兰", "女", mask_id(idC), mask_mob(mC), "高龄津贴", 200]])
    xp = "/uploadfile/2025/1028/20251028094512318.xlsx"
    put(s, xp, xl)
    p = s2_art("tzgg", date(2025, 10, 28), "白沙镇2025年第四季度新增高龄津贴发放对象公示",
               f'<p>根据有关规定，经村（社区）初审、镇人民政府审核，现将2025年第四季度新增高龄津贴发放对象予以公示，详见附件。</p><p>公示时间：2025年10月28日至11月3日。</p>'
               f'<p>附件：<a href="{xp}">新增高龄津贴发放对象名单.xlsx</a></p>')
    for v, m, n in ((idA, mA, "谭春秀"), (idB, mB, "邓福生")):
        find(s, "privacy.id_number", xp, mask_id(v), accept=[p], why=f"xlsx attachment: full ID of {n}")
        find(s, "privacy.phone", xp, mask_mob(m), accept=[p], why=f"xlsx attachment: personal mobile of {n}")
    decoy(s, "masked row in the xlsx", xp, ["privacy.id_number", "privacy.phone"], target=idC[-4:], why="row 3 masked")
    p = s2_art("tzgg", date(2025, 9, 16), "关于拨打12345反映问题的温馨提示",
               "<p>群众如遇急难愁盼问题，可拨打12345政务服务便民热线，或到镇便民服务中心现场反映。</p><p>镇党委、镇政府将全面部署、及时办理。</p>")
    decoy(s, "拨打 and 部署 written correctly", p, ["text.typo", "text.sensitive"], why="correct forms")
    # annual reports (duplicate + missing section on 2024)
    rng = random.Random(22)
    fill = {"a": 312, "b": 6, "c": 5, "d": 3, "e": 2, "f": 4, "g": 86}
    sum23 = summary_text(rng, [0, 3, 4, 6, 7, 16], fill)
    cols = t3_numbers(rng, 4)
    t2 = {"gf": 0, "fz": 0, "yx": 2, "xk": 46, "cf": 12, "qz": 0, "sf": "0"}
    prob = "一是公开内容还不够全面，部分村务信息更新不及时；二是工作人员兼职较多，业务水平有待提升。下一步，将加强对村（社区）公开工作的指导，定期开展检查。"
    b23 = report_html("澄川市白沙镇人民政府", 2023, sum23, t2, cols, [0, 0, 0, 0], [0] * 8, prob, "本年度未收取信息处理费。")
    r23 = s2_art("xxgknb", date(2024, 3, 19), "白沙镇人民政府2023年政府信息公开工作年度报告", b23)
    sum24 = sum23.replace("申请3件", "申请4件").replace("培训4场次", "培训5场次").replace("86人次", "92人次")
    assert sum24.count("4件") and sum24 != sum23
    cols24 = [dict(c, out=list(c["out"])) for c in cols]
    cols24[0]["out"][0] += 1
    cols24 = continue_from(cols, cols24)
    b24 = report_html("澄川市白沙镇人民政府", 2024, sum24, dict(t2, xk=51, cf=14), cols24, [0, 0, 0, 0], [0] * 8, prob,
                      "本年度未收取信息处理费。", drop_section4=True)
    r24 = s2_art("xxgknb", date(2025, 3, 20), "白沙镇人民政府2024年政府信息公开工作年度报告", b24)
    find(s, "annual_report.duplicate", r24, accept=[r23], why="the 2024 report is the 2023 report with the year and a handful of numbers changed (雷同)")
    find(s, "annual_report.missing_section", r24, aliases=["四、政府信息公开行政复议、行政诉讼情况"],
         why="section 四、政府信息公开行政复议、行政诉讼情况 (and its table) is absent; 五 and 六 are renumbered 四 and 五")
    decoy(s, "the 2023 report (the original, complete)", r23, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"])
    decoy(s, "a township government publishing its 2024 report on 20 March", "/html/xxgknb/", ["annual_report.missing"], why="deadline 31 March")
    # village pages (in-site hidden menu targets)
    for slug, n in (("shaping", "沙坪村"), ("hekou", "河口村")):
        put(s, f"/html/cun/{slug}.html", s2_shell(n, f"<div class='content'><div class='title'>{n}村务公开</div><div class='text'><p>{n}村务公开栏。</p></div></div>"))
    decoy(s, "hidden drop-down of village pages (in-site)", "/", ["link.hidden"], why="display:none via the page's class; in-site links")
    # feed: fresh Atom
    put(s, "/feed/atom.xml", atom("白沙镇政务公众号", [date(2025, 11, 26), date(2025, 11, 20)]))
    decoy(s, "fresh Atom account", "/feed/atom.xml", ["newmedia.stale"], target="白沙镇政务公众号", why="last entry 2025-11-26")
    # lists and homepage (homepage not updated since 2025-11-10)
    S2_ARTS.sort(key=lambda a: a["date"], reverse=True)
    for a in S2_ARTS:
        put(s, a["path"], s2_page(a))
    for c, (n, _) in S2_COLS.items():
        li = "".join(f'<tr><td><a href="{a["path"]}">{a["title"]}</a></td><td>{a["date"]:%Y-%m-%d}</td></tr>' for a in S2_ARTS if a["col"] == c)
        put(s, f"/html/{c}/index.html", s2_shell(n, f'<div class="position">您现在的位置：<a href="/">首页</a> &gt; {n}</div><table class="lb">{li}</table>'))
    newest = max(a["date"] for a in S2_ARTS if a["col"] != "xxgknb")
    assert newest == date(2025, 11, 10)
    find(s, "homepage.stale", "/", why="the newest dated homepage item is 2025-11-10, 18 days before as-of (> 14)")
    gz = [a for a in S2_ARTS if a["col"] == "gzdt"][:5]
    tz = [a for a in S2_ARTS if a["col"] == "tzgg"][:4]
    li = lambda xs: "".join(f'<li>[{a["date"]:%Y-%m-%d}] <a href="{a["path"]}">{a["title"]}</a></li>' for a in xs)
    put(s, "/index.html", s2_shell("首页", f"""<div class="col-l"><div class="bt"><a href="/html/gzdt/">工作动态</a></div><ul>{li(gz)}</ul></div>
<div class="col-r"><div class="bt"><a href="/html/tzgg/">通知公告</a></div><ul>{li(tz)}</ul></div>
<div class="xmt">白沙镇政务公众号 <a href="/feed/atom.xml">订阅</a></div>"""))
    put(s, "/images/jiucuo.png", TINY_PNG)


# ---------------------------------------------------------------------------------------------
# Site 3: 澄川市生态环境局 on the provincial platform (hashed .shtml names)
# ---------------------------------------------------------------------------------------------

S3 = "cc-sthjj"
S3_COLS = {"c100731": ("工作动态", "news"), "c100733": ("通知公告", "notice"), "c100739": ("政府信息公开年报", "other")}
S3_ARTS: list[dict] = []


def s3_art(col, d, title, body):
    p = f"/sthjj/{col}/{d:%Y%m}/{hid(col, d, title)}.shtml"
    S3_ARTS.append({"col": col, "date": d, "title": title, "body": body, "path": p})
    return p


def s3_shell(title, main):
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{title}-澄川市生态环境局</title>
<meta name="ColumnName" content="{title}"></head>
<body class="jyh-body"><header class="jyh-head"><div class="jyh-plat">湖南省政府网站集约化平台</div><h1 class="jyh-unit">澄川市生态环境局</h1>
<nav><a href="/">首页</a>{''.join(f'<a href="/sthjj/{c}/index.shtml">{n}</a>' for c, (n, _) in S3_COLS.items())}</nav></header>
<main>{main}</main>
<footer class="jyh-foot"><div>主办单位：澄川市生态环境局　地址：澄川市武陵大道南段266号　邮编：415000</div>
<div>网站标识码：4307000047　<a href="https://beian.miit.gov.cn/">湘ICP备05002317号-21</a></div>
<div><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4307000047">我为政府网站找错</a>　<a href="/sthjj/wzdt.shtml">网站地图</a></div></footer></body></html>"""


def s3_page(a):
    return s3_shell(a["title"], f"""<article><h2 class="xl-bt">{a['title']}</h2><div class="xl-sx">{a['date']:%Y.%m.%d}　<span>来源：澄川市生态环境局</span></div>
<div class="xl-nr">{a['body']}</div></article>""")


def build_s3():
    s = S3
    p = s3_art("c100731", date(2025, 11, 21), "市生态环境局召开第三季度环境形势分析会",
               "<p>2025年10月30日下午，市生态环境局召开第三季度环境形势分析会，通报前三季度全市空气质量和水环境质量状况。</p>"
               "<p>会议指出，全市PM2.5平均浓度同比下降，国控断面水质优良率保持100%。群众如发现环境违法行为，请拔打12369环保举报热线。</p>")
    find(s, "meeting.late", p, why="lead '2025年10月30日下午，市生态环境局召开…分析会' published 2025-11-21: 22 days (> 14)")
    find(s, "text.typo", p, "拔打", why="body: '请拔打12369' (拨打 is right)", alt_rules=["text.sensitive"])
    decoy(s, "12369 hotline", p, ["privacy.phone"], why="a hotline")
    p = s3_art("c100731", date(2025, 11, 26), "市生态环境局召开党组理论学习中心组学习会",
               "<p>11月25日上午，市生态环境局召开党组理论学习中心组学习会，传达学习10月20日至23日召开的党的二十届四中全会精神。</p><p>会议要求，全局上下要深入学习领会全会精神。</p>")
    decoy(s, "meeting held the day before; an older date range later in the lead", p, ["meeting.late"], why="held 11月25日, published 2025-11-26")
    p = s3_art("c100731", date(2025, 11, 14), "我局开展秋冬季大气污染防治专项执法检查",
               "<p>近日，市生态环境局召开秋冬季大气污染防治攻坚动员会后，随即组织执法人员开展专项检查。</p><p>检查中发现问题12个，已全部交办整改。"
               '<div hidden><a href="https://www.dafa-888.cc/">大发快三</a></div>企业可登录<a href="https://www.zhihu.com/">知乎</a>专栏查看环保政策问答。</p>'
               '<p>排污许可信息请查询<a href="https://permit.mee.gov.cn/">全国排污许可证管理信息平台</a>。</p>')
    find(s, "link.hidden", p, "https://www.dafa-888.cc/", why="article body: a block with the HTML hidden attribute holding a spam link (快三彩票)")
    tolerate(s, ["link.external_no_notice"], p, "https://www.dafa-888.cc/", why="the hidden spam link is also an external link without notice")
    tolerate(s, ["text.sensitive", "text.typo"], p, why="spam anchor text")
    find(s, "link.external_no_notice", p, "https://www.zhihu.com/", why="a visible link to www.zhihu.com with no leave-site notice")
    decoy(s, "meeting 近日 (held date unknown)", p, ["meeting.late"], why="'近日，…召开…动员会后': no held date")
    decoy(s, "gov.cn link", p, ["link.external_no_notice", "link.hidden"], target="https://permit.mee.gov.cn/", why="a government site")
    p = s3_art("c100731", date(2025, 11, 19), "澄川市环境保护督察反馈问题整改工作推进会召开",
               "<p>11月12日，我市召开环境保护督察反馈问题整改工作推进会。</p><p>会议要求，对照整改清单逐项销号，确保按期完成。原澄川市环境保护局时期遗留的信访件一并纳入台账。</p>")
    find(s, "text.sensitive", p, "澄川市环境保护局", why="body: the bureau's pre-2019 name 澄川市环境保护局 (lexicons/extra.txt, sensitive)", alt_rules=["text.typo"])
    decoy(s, "meeting 7 days before publication", p, ["meeting.late"], why="held 11月12日, published 2025-11-19")
    # the title contains 澄川市环境保护督察 but not the old name: fine (no 局)
    # notices: docx with IDs
    idA = raw_id(make_id("430726", "19710402", "315"))
    idB = raw_id(make_id("430781", "19880729", "226"))
    mA = raw_mob("17873609258")
    idC = make_id("430722", "19790113", "338")
    dx = docx_file("2025年度第二批环境违法行为有奖举报奖励名单", ["序号", "举报人", "身份证号码", "联系电话", "奖励金额（元）"],
                   [["1", "胡亮", idA, mA, "2000"], ["2", "彭小燕", idB, "0736-7335617", "1000"], ["3", "戴明", mask_id(idC), "139****0386", "500"]])
    dpth = "/sthjj/c100733/202511/P020251118392164800233.docx"
    put(s, dpth, dx)
    p = s3_art("c100733", date(2025, 11, 18), "关于2025年度第二批环境违法行为有奖举报奖励情况的公示",
               f'<p>根据《澄川市环境违法行为有奖举报办法》，现将第二批奖励名单予以公示（见附件）。</p><p>附件：<a href="{dpth}">奖励名单.docx</a></p>'
               "<p>公示期间如有异议，请与局法规科联系，电话：0736-7335620。节假日值守手机（局办公室）：13975620118。</p>")
    find(s, "privacy.id_number", dpth, mask_id(idA), accept=[p], why="docx attachment table row 1: full ID of 胡亮")
    find(s, "privacy.phone", dpth, mask_mob(mA), accept=[p], why="docx attachment table row 1: personal mobile of 胡亮")
    find(s, "privacy.id_number", dpth, mask_id(idB), accept=[p], why="docx attachment table row 2: full ID of 彭小燕")
    decoy(s, "masked row and a landline in the docx", dpth, ["privacy.id_number", "privacy.phone"], target=idC[-4:], why="row 3 masked; row 2's phone is a landline")
    decoy(s, "office duty mobile (节假日值守手机)", p, ["privacy.phone"], target="139****0118", why="the bureau office's duty phone")
    p = s3_art("c100733", date(2025, 10, 15), "关于2025年第三季度重点排污单位自行监测情况的通报",
               "<p>各重点排污单位：</p><p>第三季度自行监测数据已在全国污染源监测信息管理与共享平台公开。</p><p>受理编号：" + bad_id("430700", "20250930", "101") + "。</p>")
    decoy(s, "18-digit 受理编号 with a wrong check digit", p, ["privacy.id_number"], why="fails GB 11643")
    # annual reports: 2022 and 2023 only
    rng = random.Random(33)
    probs = {2023: "主要问题：一是环境信息公开的深度和广度还不够，公众参与渠道不多；二是政策解读形式较为单一，图解、视频类解读偏少。改进措施：一是扩大公众参与，定期开展环保设施开放活动；二是创新解读方式，增加图解和短视频解读。",
             2022: "存在问题：部分科室对政务公开工作重视不够，信息报送不及时；网站个别栏目内容更新滞后。改进情况：将信息公开纳入科室年度考核，实行信息报送周通报制度，栏目更新情况每月检查一次并通报。"}
    dcols = {2022: t3_numbers(rng, 8)}
    dcols[2023] = continue_from(dcols[2022], t3_numbers(rng, 8))
    for y, idx, pub, extra in ((2023, [1, 9, 13, 14, 15, 17], date(2024, 1, 25), DEPT_A), (2022, [2, 5, 8, 10, 11], date(2023, 1, 18), DEPT_B)):
        fill = {"a": 420 + y % 10 * 17, "b": 3, "c": 3, "d": 7 + y % 3, "e": 1, "f": 3, "g": 60}
        b = report_html("澄川市生态环境局", y, summary_text(rng, idx, fill, extra), {"gf": 1, "fz": 0, "yx": 4, "xk": 120 + y % 7, "cf": 86, "qz": 4, "sf": "0"},
                        dcols[y], [1, 0, 0, 0], [0] * 8,
                        probs[y], "无。" if y == 2022 else "本机关2023年度未收取信息处理费，无其他需要报告的事项。")
        rp = s3_art("c100739", pub, f"澄川市生态环境局{y}年政府信息公开工作年度报告", b)
        decoy(s, f"the {y} report (complete, distinct)", rp, ["annual_report.inconsistent", "annual_report.summary_too_long", "annual_report.duplicate", "annual_report.missing_section"])
    find(s, "annual_report.missing", "/sthjj/c100739/index.shtml", accept=["/", "/sthjj/c100739/"],
         why="a city department: no 2024 report on 2025-11-28 (deadline 31 January 2025); the column holds 2022 and 2023 only")
    # feed: stale Atom
    put(s, "/sthjj/feed/cchb.atom", atom("澄川环保", [date(2025, 11, 6), date(2025, 10, 28)]))
    find(s, "newmedia.stale", "/sthjj/feed/cchb.atom", "澄川环保", accept=["/"], aliases=["cchb"], why="account 澄川环保: last entry 2025-11-06, 22 days before as-of (> 14)")
    find(s, "site.identity_missing", "/", "公安备案号", why="the footer has 主办单位, 网站标识码, ICP and 找错 but no 公安备案号")
    S3_ARTS.sort(key=lambda a: a["date"], reverse=True)
    for a in S3_ARTS:
        put(s, a["path"], s3_page(a))
    for c, (n, _) in S3_COLS.items():
        li = "".join(f'<li><span class="rq">{a["date"]:%Y-%m-%d}</span><a href="{a["path"]}">{a["title"]}</a></li>' for a in S3_ARTS if a["col"] == c)
        put(s, f"/sthjj/{c}/index.shtml", s3_shell(n, f'<section class="lb"><h2>{n}</h2><ul>{li}</ul></section>'))
    put(s, "/sthjj/wzdt.shtml", s3_shell("网站地图", "".join(f'<p><a href="/sthjj/{c}/index.shtml">{n}</a></p>' for c, (n, _) in S3_COLS.items())))
    top = [a for a in S3_ARTS if a["col"] != "c100739"][:6]
    assert top[0]["date"] == date(2025, 11, 26)
    put(s, "/index.html", s3_shell("首页", f"""<section class="sy-news"><h2>工作动态</h2><ul>{''.join(f'<li><a href="{a["path"]}">{a["title"]}</a><em>{a["date"]:%Y.%m.%d}</em></li>' for a in top)}</ul></section>
<section class="sy-xmt"><h2>政务新媒体</h2><a href="/sthjj/feed/cchb.atom">澄川环保</a></section>"""))


# ---------------------------------------------------------------------------------------------
# binary helpers
# ---------------------------------------------------------------------------------------------

TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a1c5d40000000049454e44ae426082")
TINY_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


def _pin_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is byte-identical across runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>",
                          lambda m: m.group(0).split(b">")[0] + b">2025-11-18T09:00:00Z</dcterms:" + m.group(1) + b">", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def xlsx(rows) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示名单"
    for r in rows:
        ws.append([str(c) if isinstance(c, str) else c for c in r])
    for row in ws.iter_rows():
        for c in row:
            c.number_format = "@"
    wb.properties.creator = "白沙镇民政办"
    buf = io.BytesIO()
    wb.save(buf)
    return _pin_zip(buf.getvalue())


def docx_file(title, head, rows) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    t = d.add_table(rows=1, cols=len(head))
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("澄川市生态环境局　2025年11月18日")
    d.core_properties.author = "法规科"
    buf = io.BytesIO()
    d.save(buf)
    return _pin_zip(buf.getvalue())


def rss(name, link, days) -> str:
    items = "".join(f"""<item><title>{name}：第{i + 1}条推送</title><link>{link}p/{d:%Y%m%d}</link>
<pubDate>{d.strftime('%a')}, {d.day:02d} {d.strftime('%b')} {d.year} 10:30:00 +0800</pubDate></item>
""" for i, d in enumerate(days))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{name}</title><link>{link}</link><description>{name}</description><language>zh-cn</language>
{items}</channel></rss>
"""


def atom(name, days) -> str:
    ents = "".join(f"""<entry><title>{name} {d:%m月%d日}</title><id>urn:{hid(name, d)}</id><updated>{d.isoformat()}T09:00:00+08:00</updated><link href="https://mp.weixin.qq.com/s/{hid(d, name)}"/></entry>
""" for d in days)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{name}</title><id>urn:{hid(name)}</id><updated>{days[0].isoformat()}T09:00:00+08:00</updated>
{ents}</feed>
"""


# ---------------------------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------------------------

SITES_YAML = """# The third content holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_content.py. Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a city portal
  - id: chengchuan
    name: 澄川市人民政府
    owner: 澄川市人民政府办公室
    url: "{base:chengchuan}"
    jurisdiction: 澄川市
    columns:
      - {name: 澄川要闻, url: /col/col3181/index.html, category: news}
      - {name: 部门动态, url: /col/col3182/index.html, category: news}
      - {name: 通知公告, url: /col/col3190/index.html, category: notice}
      - {name: 政策文件, url: /col/col3201/index.html, category: policy}
      - {name: 政策解读, url: /col/col3202/index.html, category: other}
      - {name: 公示公告, url: /col/col3215/index.html, category: notice}
      - {name: 政府信息公开年报, url: /col/col3230/index.html, category: other}
    channels:
      annual_reports: /col/col3230/index.html
      interpretations: /col/col3202/index.html
    new_media:
      - {name: 澄川发布, url: "{base:chengchuan}rss/ccfb.xml"}
      - {name: 澄川政务微博, url: "{base:chengchuan}rss/ccwb.xml"}
    lexicons: [lexicons/extra.txt]
  # a township's page set
  - id: baisha-zhen
    name: 澄川市白沙镇人民政府
    owner: 澄川市白沙镇人民政府
    url: "{base:baisha-zhen}"
    jurisdiction: 澄川市白沙镇
    columns:
      - {name: 工作动态, url: /html/gzdt/, category: news}
      - {name: 通知公告, url: /html/tzgg/, category: notice}
      - {name: 政府信息公开年度报告, url: /html/xxgknb/, category: other}
    channels:
      annual_reports: /html/xxgknb/
    new_media:
      - {name: 白沙镇政务公众号, url: "{base:baisha-zhen}feed/atom.xml"}
    lexicons: [lexicons/extra.txt]
  # a city department on the provincial intensive platform
  - id: cc-sthjj
    name: 澄川市生态环境局
    owner: 澄川市生态环境局
    url: "{base:cc-sthjj}"
    jurisdiction: 澄川市
    columns:
      - {name: 工作动态, url: /sthjj/c100731/index.shtml, category: news}
      - {name: 通知公告, url: /sthjj/c100733/index.shtml, category: notice}
      - {name: 政府信息公开年报, url: /sthjj/c100739/index.shtml, category: other}
    channels:
      annual_reports: /sthjj/c100739/index.shtml
    new_media:
      - {name: 澄川环保, url: "{base:cc-sthjj}sthjj/feed/cchb.atom"}
    lexicons: [lexicons/extra.txt]
"""

LEXICON = """# Site-specific lexicon for the third content holdout (contract format: wrong<TAB>right<TAB>kind).
# The city's name written with 橙 (orange) instead of 澄.
橙川市\t澄川市\ttypo
# The bureau's name before the 2019 institutional reform.
澄川市环境保护局\t澄川市生态环境局\tsensitive
"""

HEADER = """# Truth for the third content holdout. Generated by generate.py from the same declarations that write the
# pages: do not edit by hand. as-of 2025-11-28 for every site.
#
# DECISIONS (those of the first content holdout; how many findings, where, and what counts as a match):
# - privacy.id_number / privacy.phone: one finding per (page, masked value). A value in an attachment is
#   expected on the attachment's URL; the page that links the attachment is accepted too. target is the
#   masked value (ID 4307**********1234: first 4 + 10 stars + last 4; mobile 138****1234). Matching is
#   lenient: any masking whose visible leading digits are a prefix and trailing digits a suffix of the
#   planted value matches. A finding with no target matches any item on the page.
# - text.typo / text.sensitive: one finding per (page, wrong word); target is the wrong word (a found target
#   containing it, or contained in it, matches). Which of the two rules a wrong word belongs to is a lexicon
#   choice: the item's `alt_rules` is accepted and credited to the item's rule. Planted words are in article
#   bodies only (never titles, so never on list pages or the homepage).
# - link.hidden / link.external_no_notice: one finding per (page, link target URL: the link's absolute URL);
#   URLs compared without scheme case, default port and trailing slash. A hidden spam link may also get
#   external_no_notice, and its gambling anchor text a text finding: those are `tolerated` (neither TP nor FP).
# - interpretation.*: on the document's page; the interpretation's page is accepted. missing: the policy
#   column page is accepted too. Working days are in (document, 解读] by chinese_calendar (调休 workdays
#   count); late means > 3.
# - meeting.late: on the article page; held date from the lead sentence; late means > 14 calendar days.
# - annual_report.*: on the report page, one finding per (report, rule) however many table checks fail;
#   missing: the annual-report column page (homepage accepted). Departments: 31 January; a government
#   (人民政府, a township's included): 31 March.
# - newmedia.stale: url is the feed (homepage accepted); target null or the account name. Exactly 14 days
#   is not stale (> 14). homepage.stale: the homepage, > 14 days. site.identity_missing: the homepage,
#   target names the missing element.
# - Further findings of the same rule that match an already-matched item (same place and target) are
#   counted as duplicates, listed, and not counted as false positives.
# - target: null = not compared. url_path and accept entries are paths; an accept entry ending in '/'
#   accepts any page under it; index.html / index.shtml are ignored.
"""


def main() -> None:
    build_s1()
    build_s2()
    build_s3()
    out = HERE / "sites"
    if out.exists():
        shutil.rmtree(out)
    for site, files in FILES.items():
        for p, data in files.items():
            f = out / site / p.lstrip("/")
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(data)
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    (HERE / "lexicons").mkdir(exist_ok=True)
    (HERE / "lexicons" / "extra.txt").write_text(LEXICON, encoding="utf-8")
    counts: dict[str, int] = {}
    for e in FINDINGS:
        counts[e["rule"]] = counts.get(e["rule"], 0) + 1
    truth = {"as_of": AS_OF.isoformat(), "sites": [S1, S2, S3], "homepage_newest": {S2: "2025-11-10"},
             "counts": dict(sorted(counts.items())), "findings": FINDINGS, "tolerated": TOLERATED, "decoys": DECOYS,
             "raw_values": RAW}
    (HERE / "truth.yaml").write_text(HEADER + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=140), encoding="utf-8")
    print(f"{sum(len(f) for f in FILES.values())} files, {len(FINDINGS)} findings, {len(DECOYS)} decoys, {len(TOLERATED)} tolerated, {len(RAW)} raw values")
    for r, n in sorted(counts.items()):
        print(f"  {r:34} {n}")


if __name__ == "__main__":
    main()

"""Write the test portal (tests/sites): 测试镇人民政府网, a home-grown CMS unlike the demo's TRS.

Lists are ``<table>`` rows with 2024年04月12日 dates (通知公告 writes ``[04-12]``), pages are
``.shtml`` with ``list_2.shtml`` pagers, the navigation is a ``<div id="menu">`` table. Problems
of every engine rule are planted (tests/sites/planted.yaml) beside robustness pages: a hang, a
500, a refused port, a redirect loop, a malformed URL, a 3 MB page, an endless calendar and
hostile scripts. Images come from tools/make_demo_images.py.

    .venv/bin/python tools/make_test_site.py
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "tests" / "sites"
E = html.escape

NAME = "测试镇人民政府网"
OWNER = "测试镇人民政府党政综合办公室"


@dataclass
class Art:
    date: str
    title: str
    text: list[str]
    num: int
    source: str = "测试镇党政综合办公室"
    imgs: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Column:
    code: str
    name: str
    arts: list[Art]
    kind: str = "table"  # table | short | empty | script
    per_page: int = 8

    @property
    def url(self) -> str:
        return f"/{self.code}/list.shtml"


def art_url(c: Column, a: Art) -> str:
    y, m, d = a.date.split("-")
    return f"/{c.code}/{y}/{m}{d}/{a.num}.shtml"


def cn(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{m}月{dd}日"


ZWDT = Column("zwdt", "政务动态", [
    Art("2024-04-26", "我镇召开2024年安全生产和森林防火工作会议", [
        "4月26日，我镇召开2024年安全生产和森林防火工作会议，镇村两级干部60余人参加会议。",
        "会议要求，各村要全面排查安全隐患，落实森林防火网格化管理责任，确保全镇安全形势稳定。"], 1031),
    Art("2024-04-24", "镇领导带队检查防汛备汛工作", [
        "4月24日，镇主要领导带队检查全镇防汛备汛工作，实地查看山塘水库、地质灾害隐患点。"], 1029),
    Art("2024-04-22", "我镇开展“世界读书日”主题阅读活动", [
        "4月22日，镇综合文化站联合镇中心小学开展“世界读书日”主题阅读活动，200余名学生参加。"], 1027),
    Art("2024-04-19", "测试镇召开农村人居环境整治推进会", [
        "4月19日，测试镇召开农村人居环境整治推进会，通报各村整治进展，部署下阶段重点工作。"], 1024),
    Art("2024-04-15", "我镇召开2024年春耕备耕工作部署会", [
        "4月15日，我镇召开2024年春耕备耕工作部署会，要求各村抢抓农时，确保粮食播种面积稳定。",
        "会上，镇农业综合服务中心技术人员讲解了水稻育秧和病虫害防治技术。"], 1021,
        imgs=[("/upload/2024/04/20240415083012.jpg", "春耕备耕工作部署会现场")],
        links=[("/zwdt/2024/0301/999.shtml", "我镇召开2023年度总结表彰大会")]),
    Art("2024-04-12", "镇农业综合服务中心开展春耕技术培训", [
        "4月12日，镇农业综合服务中心组织农技人员深入田间地头，为种粮大户开展春耕技术培训。"], 1018,
        imgs=[("/upload/2024/04/20240412093015.jpg", "春耕技术培训现场")]),
    Art("2024-04-09", "我镇开展清明节文明祭扫宣传活动", [
        "清明节前夕，我镇组织志愿者在各村主要路口设立劝导点，倡导文明祭扫、绿色祭扫。"], 1015),
    Art("2024-04-08", "测试镇便民服务中心推行“一窗通办”", [
        "近日，测试镇便民服务中心推行“一窗通办”服务模式，群众办事只需到一个窗口、交一套材料。"], 1013,
        imgs=[("/upload/2024/04/20240408151230.png", "便民服务中心办事大厅")]),
    Art("2024-04-03", "我镇组织开展地质灾害应急演练", [
        "4月3日，我镇在上村组织开展地质灾害应急演练，提升群众避险自救能力。"], 1009),
    Art("2024-03-28", "镇人大主席团开展代表小组活动", [
        "3月28日，镇人大主席团组织各代表小组开展集中活动，听取选民意见建议。"], 1004),
    Art("2024-03-20", "我镇召开2024年乡村振兴工作会议", [
        "3月20日，我镇召开2024年乡村振兴工作会议，总结2023年工作，部署2024年重点任务。"], 998),
])

CWDT = Column("cwdt", "村务动态", [
    Art("2024-04-02", "上村开展村级财务公开", [
        "近日，上村在村务公开栏公开2024年第一季度村级财务收支情况，接受村民监督。"], 1008,
        imgs=[("/bytes/20240402.jpg", "上村村务公开栏")], source="上村村民委员会"),
    Art("2024-03-21", "下村召开村民代表大会", [
        "3月21日，下村召开村民代表大会，讨论通过村级道路硬化项目实施方案。"], 1001, source="下村村民委员会"),
    Art("2024-03-05", "中村开展“学雷锋”志愿服务活动", [
        "3月5日，中村组织党员志愿者为村里的独居老人打扫卫生、检查用电安全。"], 995, source="中村村民委员会"),
    Art("2024-02-26", "东村启动村庄绿化美化工程", [
        "2月26日，东村启动村庄绿化美化工程，计划栽种苗木3000余株。"], 990, source="东村村民委员会"),
], kind="table")

TZGG = Column("tzgg", "通知公告", [
    Art("2024-04-12", "关于做好2024年城乡居民医疗保险参保缴费工作的通知", [
        "各村（居）委会：", "2024年度城乡居民医疗保险集中缴费工作已经开始，请各村做好宣传动员工作，确保应保尽保。"], 1019),
    Art("2024-04-08", "关于开展2024年度农村危房排查工作的通知", [
        "各村（居）委会：", "为保障群众住房安全，镇政府决定在全镇开展农村危房排查工作。请于4月30日前报送排查情况（见附件）。"], 1012,
        files=[("/uploadfile/2024/0408/20240408102233.doc", "农村危房排查情况统计表.doc")]),
    Art("2024-03-25", "关于公布测试镇便民服务事项清单的公告", [
        "为方便群众办事，现将测试镇便民服务中心可办理事项清单予以公布。"], 1003,
        imgs=[("/upload/2024/03/20240325104512.png", "便民服务事项清单")]),
    Art("2024-03-11", "关于做好春季森林防火工作的通告", [
        "春季是森林火灾易发期，为做好森林防火工作，现就有关事项通告如下：严禁野外用火。"], 996),
    Art("2024-02-20", "关于2024年春节后企业复工复产安全检查的通知", [
        "各村（居）委会，辖区各企业：", "请各企业在复工复产前开展一次全面的安全隐患自查。"], 987),
], kind="short")

ZCFG = Column("zcfg", "政策法规", [
    Art("2023-11-01", "测试镇村级集体经济项目管理办法", [
        "第一条 为规范村级集体经济项目管理，促进村级集体经济发展，结合本镇实际，制定本办法。"], 960),
    Art("2023-08-15", "测试镇农村人居环境长效管护制度", [
        "第一条 为巩固农村人居环境整治成果，建立长效管护机制，制定本制度。"], 942),
    Art("2023-05-10", "测试镇便民服务中心首问负责制度", [
        "第一条 为提高便民服务质量，首位接待群众的工作人员为首问责任人。"], 925),
])

RSRM = Column("rsrm", "人事任免", [
    Art("2023-03-15", "测试镇人民政府关于村（居）委会换届后干部备案情况的公示", [
        "根据村（居）委会换届选举结果，现将各村（居）委会主任备案情况予以公示。"], 902),
    Art("2022-12-20", "测试镇2022年度公开招聘村级后备干部拟聘用人员公示", [
        "经笔试、面试、考察，现将拟聘用人员予以公示，公示期5个工作日。"], 880),
])

DJGZ = Column("djgz", "党建工作", [
    Art("2024-04-20", "镇党委召开党纪学习教育动员部署会", [
        "4月20日，镇党委召开党纪学习教育动员部署会，对全镇党纪学习教育工作进行部署。"], 1026),
    Art("2024-04-01", "各村党支部开展4月主题党日活动", [
        "4月1日，全镇各村党支部围绕“学党纪、守规矩”开展主题党日活动。"], 1007),
    Art("2024-03-12", "镇党委开展义务植树主题党日活动", [
        "3月12日，镇党委组织机关党员干部开展义务植树主题党日活动。"], 997),
])

BSZN = Column("bszn", "办事指南", [], kind="empty")
ZTZL = Column("ztzl", "专题专栏", [], kind="script")

COLUMNS = [ZWDT, CWDT, TZGG, ZCFG, RSRM, BSZN, ZTZL, DJGZ]
NAV = [("网站首页", "/"), ("政务动态", ZWDT.url), ("通知公告", TZGG.url), ("政策法规", ZCFG.url),
       ("人事任免", RSRM.url), ("村务动态", CWDT.url), ("办事指南", BSZN.url), ("专题专栏", ZTZL.url),
       ("党建工作", DJGZ.url), ("便民服务", "/bmfw/"), ("互动专区", "/hdzq/")]


# --- chrome ----------------------------------------------------------------------------------

STYLE = """body{margin:0;background:#e8eef3;font:14px/1.7 "Noto Sans CJK SC","SimSun",sans-serif;color:#222}
a{color:#1d3f72;text-decoration:none}a:hover{text-decoration:underline}
.wrap{width:1000px;margin:0 auto;background:#fff}
.top{background:#fdf6e8;height:90px;border-bottom:4px solid #b32}
.top img{margin:14px 20px}
#menu table{width:100%;border-collapse:collapse;background:#b32}#menu td{text-align:center}
#menu a{display:block;color:#fff;line-height:38px;font-size:15px}
.here{padding:6px 16px;color:#777;border-bottom:1px solid #eee}
.box{margin:12px 16px}.box h2{font-size:16px;border-left:4px solid #b32;padding-left:8px;margin:6px 0}
table.lb{width:100%;border-collapse:collapse}table.lb td{border-bottom:1px dotted #ccc;padding:5px 4px}
table.lb td.rq{width:130px;text-align:right;color:#888}
.item{line-height:28px}.item font{color:#999}
.pager{text-align:center;padding:10px;color:#555}.pager a{margin:0 5px}
.wz{padding:20px 40px}.wz h1{text-align:center;font-size:22px;color:#b32}.wz .xx{text-align:center;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}
.wz .nr p{text-indent:2em;font-size:15px}
.foot{background:#f4f4f4;border-top:3px solid #b32;text-align:center;font-size:13px;color:#555;padding:10px}
.foot td{font-size:13px;color:#555}
.none{color:#999;text-align:center;padding:60px}
"""


def page(title: str, here: str, body: str, head_extra: str = "") -> str:
    menu = "".join(f'<td><a href="{u}">{E(n)}</a></td>' for n, u in NAV)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(title)}</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
{head_extra}</head>
<body>
<div class="wrap">
<div class="top"><a href="/"><img src="/images/logo.png" width="320" height="60" alt="测试镇人民政府" border="0"></a></div>
<div id="menu"><table><tr>{menu}</tr></table></div>
<div class="here">您现在的位置：<a href="/">首页</a> &gt;&gt; {here}</div>
{body}
<div class="foot">
<table align="center"><tr>
<td><a href="/jiucuo.shtml"><img src="/images/jiucuo.png" width="110" height="55" alt="我为政府网站找错" border="0"></a></td>
<td>主办单位：{OWNER}　　联系电话：0790-6601234<br>
网站标识码：3607990012　　赣ICP备05012399号-2　　赣公网安备 36079902000456号<br>
地址：测试镇府前路1号　　建议使用1280×800分辨率浏览</td>
</tr></table>
</div>
</div>
</body>
</html>
"""


def write(path: str, text: str) -> None:
    p = SITE / path.lstrip("/")
    if path.endswith("/"):
        p = p / "index.html"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


# --- columns and articles --------------------------------------------------------------------


def list_page(c: Column) -> None:
    chunks = [c.arts[i:i + c.per_page] for i in range(0, len(c.arts), c.per_page)] or [[]]
    for n, chunk in enumerate(chunks, 1):
        if c.kind == "empty":
            rows = '<table class="lb"><tr><td class="none">暂无数据</td></tr></table>'
        elif c.kind == "script":
            rows = ('<table class="lb" id="ztlist"><tbody></tbody></table>\n'
                    "<script>\nfetch('/api/ztzl.json').then(function (r) { return r.json(); }).then(function (d) {\n"
                    "  var tb = document.querySelector('#ztlist tbody');\n"
                    "  d.rows.forEach(function (x) { tb.insertAdjacentHTML('beforeend', '<tr><td><a href=\"' + x.url + '\">' + x.title + '</a></td><td class=\"rq\">' + x.date + '</td></tr>'); });\n"
                    "});\n</script>")
        elif c.kind == "short":
            rows = '<table class="lb">' + "".join(
                f'<tr><td>· <a href="{art_url(c, a)}" target="_blank">{E(a.title)}</a></td><td class="rq">[{a.date[5:]}]</td></tr>'
                for a in chunk) + "</table>"
        else:
            rows = '<table class="lb">' + "".join(
                f'<tr><td>· <a href="{art_url(c, a)}" target="_blank">{E(a.title)}</a></td><td class="rq">{cn(a.date)}</td></tr>'
                for a in chunk) + "</table>"
        pager = ""
        if len(chunks) > 1:
            def name(i: int) -> str:
                return "list.shtml" if i == 1 else f"list_{i}.shtml"
            pager = f'<div class="pager">共{len(c.arts)}条 第{n}/{len(chunks)}页 '
            pager += f'<a href="{name(1)}">首页</a> ' + (f'<a href="{name(n - 1)}">上一页</a> ' if n > 1 else "上一页 ")
            pager += (f'<a href="{name(n + 1)}">下一页</a> ' if n < len(chunks) else "下一页 ") + f'<a href="{name(len(chunks))}">尾页</a></div>'
        body = f'<div class="box"><h2>{E(c.name)}</h2>\n{rows}\n{pager}</div>'
        write(f"/{c.code}/" + ("list.shtml" if n == 1 else f"list_{n}.shtml"), page(f"{c.name}-{NAME}", E(c.name), body))


def article(c: Column, a: Art) -> None:
    paras = "".join(f"<p>{E(t)}</p>" for t in a.text)
    paras += "".join(f'<p align="center"><img src="{s}" alt="{E(alt)}" width="480"></p>' for s, alt in a.imgs)
    if a.files:
        paras += "<p>附件：" + "".join(f'<a href="{h}">{E(t)}</a> ' for h, t in a.files) + "</p>"
    if a.links:
        paras += "<p>相关文章：" + "".join(f'<a href="{h}">{E(t)}</a> ' for h, t in a.links) + "</p>"
    body = f"""<div class="wz">
<h1>{E(a.title)}</h1>
<div class="xx">发布日期：{cn(a.date)}　　信息来源：{E(a.source)}　　点击数：{37 + a.num % 400}</div>
<div class="nr">{paras}</div>
</div>"""
    write(art_url(c, a), page(f"{a.title}-{NAME}", f'<a href="{c.url}">{E(c.name)}</a> &gt;&gt; 正文', body))


# --- home, services, hostile pages -----------------------------------------------------------


def home() -> None:
    def items(c: Column, n: int) -> str:
        return "".join(f'<div class="item">· <a href="{art_url(c, a)}" target="_blank">{E(a.title)}</a> <font>[{a.date[5:]}]</font></div>'
                       for a in c.arts[:n])
    body = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="50%" valign="top"><div class="box"><h2>政务动态 <a href="{ZWDT.url}" style="float:right;font-size:12px">更多</a></h2>{items(ZWDT, 7)}</div></td>
<td width="50%" valign="top"><div class="box"><h2>通知公告 <a href="{TZGG.url}" style="float:right;font-size:12px">更多</a></h2>{items(TZGG, 5)}</div></td>
</tr><tr>
<td valign="top"><div class="box"><h2>图片新闻</h2><a href="{art_url(ZWDT, ZWDT.arts[5])}"><img src="/upload/2024/04/20240412093015.jpg" width="400" height="250" alt="春耕技术培训现场"></a></div></td>
<td valign="top"><div class="box"><h2>村务动态 <a href="{CWDT.url}" style="float:right;font-size:12px">更多</a></h2>{items(CWDT, 4)}</div>
<div class="box"><h2>走进测试</h2><p><a href="/slow/2500/zqgk.shtml">镇情概况</a>　<a href="/bmfw/">便民服务</a>　<a href="/hdzq/">互动专区</a></p></div></td>
</tr></table>"""
    write("/index.html", page(NAME, "首页", body))


def services() -> None:
    leave = "return confirm('您即将离开测试镇人民政府网，是否继续？')"
    rows = [
        ("在线访谈", "/hang", ""),
        ("网上信访", "/status/500", ""),
        ("政务论坛", "http://127.0.0.1:9/bbs/", leave),
        ("网上办事大厅", "/redirect-loop", ""),
        ("视频会议系统", "http://[::1", ""),
        ("数据开放平台", "/reset", ""),
        ("村务公开平台", "http://cwgk.nonexistent.invalid/", leave),
        ("统计数据汇编", "/large?kb=3000", ""),
        ("活动日历", "/calendar/2024/01/", ""),
        ("公共资源交易", "/redirect-chain/3", ""),
        ("政务服务网", f"/redirect?to={BSZN.url}", ""),
        ("天气预报", "/retry-after", ""),
        ("财务公开查询", "/flaky/cwgk?fail=1", ""),
        ("2024年一季度统计数据", "/flaky/tjsj-2024q1.xls?fail=1", ""),
    ]
    trs = "".join(
        f'<tr><td>{i}</td><td><a href="{E(h)}" target="_blank"{f" onclick={chr(34)}{leave}{chr(34)}" if oc else ""}>{E(n)}</a></td></tr>'
        for i, (n, h, oc) in enumerate(rows, 1))
    body = f'<div class="box"><h2>便民服务</h2><table class="lb"><tr><th width="60">序号</th><th>服务名称</th></tr>{trs}</table></div>'
    write("/bmfw/", page(f"便民服务-{NAME}", "便民服务", body))
    write("/zqgk.shtml", page(f"镇情概况-{NAME}", "镇情概况", """<div class="wz"><h1>镇情概况</h1><div class="nr">
<p>测试镇位于县境东部，总面积126平方公里，辖8个行政村、1个居委会，总人口2.3万人。</p>
<p>全镇以水稻、蔬菜和油茶种植为主导产业，近年来大力发展乡村旅游，先后获评省级生态乡镇、省级卫生乡镇。</p></div></div>"""))
    write("/jiucuo.shtml", page(f"我为政府网站找错-{NAME}", "我为政府网站找错", """<div class="wz"><h1>我为政府网站找错</h1><div class="nr">
<p>如发现本网站存在错别字、链接无法访问、信息不更新等问题，请拨打0790-6601234反映，我们将及时处理。</p></div></div>"""))


HOSTILE = {
    "welcome.shtml": ("欢迎页", "<p>欢迎访问测试镇人民政府网！</p>",
                      "<script>while (true) { alert('欢迎访问测试镇人民政府网！'); }</script>"),
    "zbj.shtml": ("视频直播", "<p>测试镇2024年春耕生产现场会视频直播。</p>",
                  "<script>for (var i = 0; i < 5; i++) { window.open('/zwdt/list.shtml?popup=' + i, '_blank'); }\n"
                  "setInterval(function () { window.open('/bmfw/', 'ad' + Date.now()); }, 500);</script>"),
    "lk.shtml": ("实时路况", "<p>镇区主要道路实时路况（每秒刷新）。</p>",
                 "<script>setTimeout(function () { location.reload(); }, 1000);</script>"),
    "cp.shtml": ("在线测评", "<p>群众满意度在线测评，点击下方按钮开始。</p>"
                 '<p><button type="button" onclick="while (true) {}">开始测评</button></p>', ""),
    "wj.shtml": ("问卷调查", "<p>测试镇便民服务满意度问卷调查。</p><form><p>1. 您对便民服务中心的服务是否满意？"
                 '<label><input type="radio" name="q1"> 满意</label> <label><input type="radio" name="q1"> 不满意</label></p></form>',
                 "<script>window.addEventListener('beforeunload', function (e) { e.preventDefault(); "
                 "e.returnValue = '问卷尚未提交，确定离开吗？'; return e.returnValue; });\n"
                 "window.onbeforeunload = function () { return '问卷尚未提交，确定离开吗？'; };</script>"),
}


def hostile() -> None:
    lis = "".join(f'<tr><td>· <a href="/hdzq/{f}">{E(t)}</a></td></tr>' for f, (t, _b, _s) in HOSTILE.items())
    write("/hdzq/", page(f"互动专区-{NAME}", "互动专区", f'<div class="box"><h2>互动专区</h2><table class="lb">{lis}</table></div>'))
    for f, (title, body, script) in HOSTILE.items():
        write(f"/hdzq/{f}", page(f"{title}-{NAME}", f'<a href="/hdzq/">互动专区</a> &gt;&gt; {E(title)}',
                                 f'<div class="wz"><h1>{E(title)}</h1><div class="nr">{body}</div></div>\n{script}'))


def main() -> None:
    for p in list(SITE.rglob("*.shtml")) + list(SITE.rglob("*.html")):
        p.unlink()
    write("/css/main.css", STYLE)
    for c in COLUMNS:
        list_page(c)
        for a in c.arts:
            article(c, a)
    home()
    services()
    hostile()
    print(len(list(SITE.rglob("*.shtml")) + list(SITE.rglob("*.html"))), "pages in", SITE.relative_to(ROOT))


if __name__ == "__main__":
    main()

"""Generator of the second channel holdout (``benchmarks/holdout_channels2/``).

PARSER DEVELOPERS: do not read this file or ``sites/``. The holdout only measures generalisation
while its markup stays unseen. Run it, read the scores, fix the robot on your own fixtures.

Deterministic: no clock, no randomness. Writes ``sites/``, ``sites.yaml`` and ``truth.yaml`` (the
formats of ``benchmarks/holdout_channels/``, so ``benchmarks/accuracy_channels.py --holdout
benchmarks/holdout_channels2`` scores it unchanged). Working days come from the ``chinese_calendar``
package, never from the robot.

    .venv/bin/python benchmarks/holdout_channels2/generate.py          # write everything
    .venv/bin/python benchmarks/holdout_channels2/generate.py --check  # write, then serve and verify
"""

from __future__ import annotations

import calendar
import html
import io
import json
import re
import shutil
import sys
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
AS_OF = date(2025, 11, 14)
E = html.escape


# =============================================================================================
# Calendar and rules
# =============================================================================================


def workdays(a: date, b: date) -> int:
    """Working days in (a, b]: day one is the day after the letter arrived."""
    return sum(1 for i in range(1, (b - a).days + 1) if chinese_calendar.is_workday(a + timedelta(days=i)))


def naive(a: date, b: date) -> int:
    return sum(1 for i in range(1, (b - a).days + 1) if (a + timedelta(days=i)).weekday() < 5)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def rules_for(sent: date, replied: date | None) -> tuple[list[str], int, str]:
    end = replied or AS_OF
    wd = workdays(sent, end)
    nv = naive(sent, end)
    extra = f" (Mon-Fri count would be {nv})" if nv != wd else ""
    if replied is not None:
        why = f"replied; working days in ({sent}, {replied}] = {wd}{extra}"
        if wd > 5:
            return ["interaction.reply_overdue"], wd, why + " > 5 -> reply_overdue"
        return [], wd, why + " <= 5 -> nothing"
    out = []
    why = f"no reply; working days in ({sent}, {AS_OF}] = {wd}{extra}"
    if wd > 5:
        out.append("interaction.unreplied")
        why += " > 5 -> unreplied"
    else:
        why += " <= 5 -> nothing"
    three = add_months(sent, 3)
    year_ago = add_months(AS_OF, -12)
    if three < AS_OF and sent >= year_ago:
        out.append("interaction.unreplied_3_months")
        why += f"; {sent} + 3 months = {three} < {AS_OF} and within the last year -> unreplied_3_months"
    elif three >= AS_OF:
        why += f"; {sent} + 3 months = {three} >= {AS_OF} -> not yet 3 months"
    else:
        why += f"; older than a year ({sent} < {year_ago}) -> not unreplied_3_months"
    return out, wd, why


@dataclass
class Letter:
    n: int
    title: str
    sent: date
    replied: date | None
    state: str
    ask: str
    answer: str
    who: str = ""
    url: str = ""


def D(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


# =============================================================================================
# Common page parts
# =============================================================================================


def doc(title: str, head_extra: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{E(title)}</title>\n<meta name=\"viewport\" content=\"width=device-width\">\n{head_extra}</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def write(root: Path, rel: str, text: str | bytes) -> None:
    rel = rel.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")


def cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn0(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


# =============================================================================================
# Site 1: yunxi -- a county portal (cards, ?page=N lists, online request form without description)
# =============================================================================================

YX_LETTERS = [
    ("东岭村到县城的早班公交能否提前半小时", "2025-11-10", None, "待答复"),
    ("城西农贸市场夜间噪音扰民", "2025-11-05", None, "待答复"),
    ("建议在实验小学门口增设护学岗", "2025-10-27", "2025-10-31", "已答复"),
    ("国庆期间县医院门诊是否正常开放", "2025-09-26", "2025-10-10", "已答复"),
    ("老旧小区加装电梯补贴如何申请", "2025-09-30", "2025-10-13", "已答复"),
    ("滨江路人行道地砖大面积松动", "2025-09-19", "2025-09-29", "已答复"),
    ("安置房产权证办理进度咨询", "2025-08-14", None, "待答复"),
    ("河湾组灌溉渠被建筑垃圾堵塞", "2025-08-13", None, "待答复"),
    ("高考期间考点周边施工能否暂停", "2025-06-03", "2025-06-06", "已答复"),
    ("端午龙舟赛交通管制时间咨询", "2025-05-29", "2025-06-06", "已答复"),
    ("五一假期景区停车收费标准", "2025-04-25", "2025-05-07", "已答复"),
    ("社区卫生服务中心周日是否上班", "2025-04-24", "2025-04-30", "已答复"),
    ("清明祭扫期间公墓交通安排", "2025-04-02", "2025-04-09", "已答复"),
    ("灵活就业人员医保断缴后如何续缴", "2025-03-10", None, "待答复"),
    ("春节返乡人员核酸以外的健康服务咨询", "2025-01-24", "2025-02-10", "已答复"),
    ("年前农民工工资拖欠求助", "2025-01-23", "2025-02-05", "已答复"),
    ("元旦假期政务服务大厅值班安排", "2024-12-30", "2025-01-06", "已答复"),
    ("城东新区路灯夜间全部熄灭", "2024-11-20", None, "待答复"),
    ("宅基地审批材料退回原因咨询", "2024-11-08", None, "待答复"),
    ("学校食堂餐费标准调整的意见", "2024-10-14", "2024-10-25", "已答复"),
]
YX_UNITS = ["县交通运输局", "县城市管理局", "县教育体育局", "县卫生健康委员会", "县住房和城乡建设局", "县人力资源和社会保障局"]
YX_BOARD = "/hudong/xinxiang/"
YX_FOOT = ('<footer class="site-foot"><p>主办：云溪县人民政府办公室　承办：云溪县融媒体中心</p>'
           '<p>网站运维电话：0795-6100000　网站标识码：3609270001　赣ICP备05011234号-1</p>'
           '<p>Copyright &copy; 2006-2025 云溪县人民政府 版权所有</p></footer>')


def yx_nav() -> str:
    return ('<header class="yx-top"><a class="logo" href="/">云溪县人民政府</a><nav>'
            '<a href="/">首页</a><a href="/xxgk/">政府信息公开</a><a href="/hudong/">政民互动</a>'
            '<a href="/xxgk/ysqgk/">依申请公开</a><a href="/xxgk/zn/2025/zn.html">政府信息公开指南</a></nav></header>')


def yx_card(lt: Letter) -> str:
    rep = lt.replied.isoformat() if lt.replied else "—"
    return (f'<article class="xin-card" data-no="YX{lt.n:04d}">\n  <h3><a href="{lt.url}">{E(lt.title)}</a></h3>\n'
            f'  <p class="brief">{E(lt.ask[:38])}…</p>\n  <span class="tag">{E(lt.state)}</span>\n'
            f'  <footer>来信：{lt.sent.isoformat()} | 答复：{rep}</footer>\n</article>')


def yx_pager(cur: int, total: int) -> str:
    links = []
    for i in range(1, total + 1):
        href = "./" if i == 1 else f"?page={i}"
        links.append(f'<b>{i}</b>' if i == cur else f'<a href="{href}">{i}</a>')
    if cur < total:
        links.append(f'<a href="?page={cur + 1}">›</a>')
    return '<div class="pg">' + " ".join(links) + "</div>"


def build_yunxi(root: Path) -> dict:
    letters = []
    for i, (title, s, r, st) in enumerate(YX_LETTERS):
        n = 120 - i
        sent, rep = D(s), D(r)
        lt = Letter(n, title, sent, rep, st,
                    ask=f"尊敬的领导：{title}。这一问题已经持续了一段时间，周边群众反映强烈，恳请有关部门尽快核实并给予答复，谢谢！",
                    answer=(f"来信人您好：您反映的“{title}”问题已收悉。经{YX_UNITS[i % len(YX_UNITS)]}核实，相关情况已按程序处理，"
                            "后续如有疑问，可拨打12345政务服务便民热线咨询。感谢您对我县工作的关心和支持！") if rep else "",
                    who=YX_UNITS[i % len(YX_UNITS)])
        lt.url = f"{YX_BOARD}letter/YX{sent:%Y%m%d}{n:04d}.html"
        letters.append(lt)
    pages = [letters[0:8], letters[8:16], letters[16:]]
    # page 1 is in the HTML; ?page=2 and ?page=3 are fetched by the page's script from data/
    cards1 = "\n".join(yx_card(lt) for lt in pages[0])
    script = """<script>
(function () {
  var n = parseInt(new URLSearchParams(location.search).get('page') || '1', 10);
  if (!(n > 1)) return;
  fetch('data/p' + n + '.json').then(function (r) { return r.json(); }).then(function (d) {
    var box = document.getElementById('xin-list');
    box.innerHTML = '';
    d.items.forEach(function (it) {
      var card = document.createElement('article'); card.className = 'xin-card';
      var h = document.createElement('h3'), link = document.createElement('a');
      link.setAttribute('href', it.url); link.textContent = it.title; h.appendChild(link); card.appendChild(h);
      var p = document.createElement('p'); p.className = 'brief'; p.textContent = it.brief; card.appendChild(p);
      var t = document.createElement('span'); t.className = 'tag'; t.textContent = it.state; card.appendChild(t);
      var f = document.createElement('footer'); f.textContent = '来信：' + it.from + ' | 答复：' + (it.reply || '—');
      card.appendChild(f); box.appendChild(card);
    });
    document.getElementById('pg').innerHTML = d.pager;
  });
})();
</script>"""
    body = (yx_nav() + '<main class="yx-main"><div class="crumb">当前位置：首页 &gt; 政民互动 &gt; 县长信箱</div>'
            '<div class="box-head"><h2>县长信箱</h2><a class="btn" href="write.html">我要写信</a></div>'
            '<p class="note">信件选登 · 页面更新于 2025-11-14 08:00</p>'
            f'<section id="xin-list">\n{cards1}\n</section>\n<div id="pg">{yx_pager(1, 3)}</div></main>{YX_FOOT}{script}')
    write(root, YX_BOARD, doc("县长信箱_云溪县人民政府", "", body))
    for k, pg in enumerate(pages[1:], 2):
        data = {"page": k, "pager": yx_pager(k, 3), "items": [
            {"url": lt.url, "title": lt.title, "brief": lt.ask[:38] + "…", "state": lt.state,
             "from": lt.sent.isoformat(), "reply": lt.replied.isoformat() if lt.replied else None} for lt in pg]}
        write(root, f"{YX_BOARD}data/p{k}.json", json.dumps(data, ensure_ascii=False, indent=1))
    for lt in letters:
        pub = (lt.replied or lt.sent) + timedelta(days=1)
        rep = (f'<section class="da"><h4>答复内容</h4><p class="meta">{E(lt.who)} 于 {cn0(lt.replied)} 答复</p>'
               f'<div class="txt">{E(lt.answer)}</div></section>') if lt.replied else \
              '<section class="da"><h4>答复内容</h4><p class="meta">该信件正在办理，尚未答复。</p></section>'
        body = (yx_nav() + '<main class="yx-main"><div class="crumb">当前位置：首页 &gt; 政民互动 &gt; '
                f'<a href="{YX_BOARD}">县长信箱</a> &gt; 信件详情</div>'
                f'<h1>{E(lt.title)}</h1><p class="pub">信件编号：YX{lt.n:04d}　发布：{pub.isoformat()}　状态：{E(lt.state)}</p>'
                f'<section class="wen"><h4>来信内容</h4><p class="meta">网友 于 {cn0(lt.sent)} 来信</p>'
                f'<div class="txt">{E(lt.ask)}</div></section>{rep}</main>{YX_FOOT}')
        write(root, lt.url, doc(f"{lt.title}_县长信箱", "", body))
    # the write page: a working form
    form = ('<form action="/hudong/xinxiang/submit" method="post" class="xx-form">'
            '<p><label>姓名 <input name="xm" required></label></p><p><label>手机号码 <input name="sj" type="tel" required></label></p>'
            '<p><label>信件标题 <input name="bt" required></label></p><p><label>信件内容 <textarea name="nr" rows="8" required></textarea></label></p>'
            '<p><label><input type="checkbox" name="gk" value="1"> 同意公开</label></p>'
            '<p><button type="submit" class="btn">提交信件</button></p></form>')
    write(root, f"{YX_BOARD}write.html", doc("我要写信_县长信箱", "", yx_nav() + f'<main class="yx-main"><h2>给县长写信</h2>{form}</main>{YX_FOOT}'))
    write(root, "/hudong/", doc("政民互动_云溪县人民政府", "", yx_nav() + '<main class="yx-main"><h2>政民互动</h2><ul>'
                                f'<li><a href="{YX_BOARD}">县长信箱</a></li><li><a href="{YX_BOARD}write.html">我要写信</a></li>'
                                f'</ul></main>{YX_FOOT}'))
    # 依申请公开: the online form lacks the description of the information wanted
    write(root, "/xxgk/ysqgk/", doc("依申请公开_云溪县人民政府", "", yx_nav() + '<main class="yx-main"><h2>依申请公开</h2>'
          '<p>公民、法人或者其他组织可以向本机关申请获取相关政府信息。申请人可通过以下方式提出申请：</p>'
          '<ol><li><a href="sqb.html">在线申请</a></li><li>当面申请：云溪县振兴大道1号行政中心北楼政务公开办</li>'
          '<li>信函申请：邮寄至上述地址，信封注明“政府信息公开申请”</li></ol>'
          f'<p>咨询电话：（0795）6123458</p></main>{YX_FOOT}'))
    form = ('<form id="sq" action="/xxgk/ysqgk/tijiao" method="post"><fieldset><legend>申请人信息</legend>'
            '<div class="row"><span class="lab">申请人类型</span><label><input type="radio" name="lx" value="gm" checked>公民</label>'
            '<label><input type="radio" name="lx" value="fr">法人或者其他组织</label></div>'
            '<div class="row"><span class="lab">申请人姓名/名称</span><input name="xm"></div>'
            '<div class="row"><span class="lab">证件类型</span><select name="zjlx"><option>居民身份证</option><option>统一社会信用代码</option></select></div>'
            '<div class="row"><span class="lab">证件号码</span><input name="zjhm"></div>'
            '<div class="row"><span class="lab">联系电话</span><input name="dh" type="tel"></div>'
            '<div class="row"><span class="lab">电子邮箱</span><input name="yx" type="email"></div>'
            '<div class="row"><span class="lab">通信地址</span><input name="dz"></div></fieldset>'
            '<fieldset><legend>申请事项</legend>'
            '<div class="row"><span class="lab">受理机关</span><select name="jg"><option>云溪县人民政府办公室</option>'
            '<option>云溪县发展和改革委员会</option><option>云溪县财政局</option></select></div>'
            '<div class="row"><span class="lab">获取信息的方式</span><label><input type="radio" name="hq" value="zz">纸质</label>'
            '<label><input type="radio" name="hq" value="dz">电子邮件</label><label><input type="radio" name="hq" value="gp">光盘</label></div>'
            '<div class="row"><span class="lab">申请日期</span><input name="rq" type="date"></div></fieldset>'
            '<p><button type="submit">提交申请</button> <button type="reset">重填</button></p></form>')
    write(root, "/xxgk/ysqgk/sqb.html", doc("政府信息公开在线申请_云溪县人民政府", "",
          yx_nav() + f'<main class="yx-main"><h2>政府信息公开在线申请</h2>{form}</main>{YX_FOOT}'))
    # the guide: correct, phone written differently from the config
    guide = ('<article class="zn"><h1>云溪县人民政府办公室政府信息公开指南</h1><p class="pub">（2025年1月修订）</p>'
             '<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>'
             '<h3>一、主动公开</h3><p>本机关通过云溪县人民政府门户网站、政务新媒体、政务服务中心查阅点等主动公开政府信息。</p>'
             '<h3>二、依申请公开</h3><p>申请人可以通过当面、信函、网上和电子邮件方式提出申请。</p>'
             '<table class="jg"><tr><td>受理机构</td><td>云溪县人民政府办公室</td></tr>'
             '<tr><td>办公地址</td><td>云溪县振兴大道1号行政中心北楼</td></tr>'
             '<tr><td>邮政编码</td><td>341900</td></tr>'
             '<tr><td>联系电话</td><td>（0795）6123458</td></tr>'
             '<tr><td>传真号码</td><td>0795-6123450</td></tr>'
             '<tr><td>电子邮箱</td><td>yxxzfxxgk@yunxi.gov.cn</td></tr>'
             '<tr><td>办公时间</td><td>工作日上午8:30-12:00，下午14:30-17:30（法定节假日除外）</td></tr></table>'
             '<h3>三、收费</h3><p>本机关提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，依法收取信息处理费。</p>'
             '<h3>四、监督和救济</h3><p>公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，'
             '可以向云溪县人民政府办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p></article>')
    write(root, "/xxgk/zn/2025/zn.html", doc("政府信息公开指南_云溪县人民政府", "", yx_nav() + f'<main class="yx-main">{guide}</main>{YX_FOOT}'))
    write(root, "/xxgk/", doc("政府信息公开_云溪县人民政府", "", yx_nav() + '<main class="yx-main"><h2>政府信息公开</h2><ul>'
          '<li><a href="/xxgk/zn/2025/zn.html">政府信息公开指南</a></li><li><a href="/xxgk/ysqgk/">依申请公开</a></li>'
          f'</ul></main>{YX_FOOT}'))
    home = (yx_nav() + '<main class="yx-main"><section><h2>云溪要闻</h2><ul class="news">'
            '<li><a href="/xxgk/">县政府召开第47次常务会议</a><i>2025-11-13</i></li>'
            '<li><a href="/xxgk/">全县秋冬季森林防火工作部署会召开</a><i>2025-11-10</i></li></ul></section>'
            f'<section><h2>政民互动</h2><a href="{YX_BOARD}">县长信箱</a> <a href="{YX_BOARD}write.html">我要写信</a></section>'
            '<section><h2>信息公开</h2><a href="/xxgk/zn/2025/zn.html">政府信息公开指南</a> <a href="/xxgk/ysqgk/">依申请公开</a></section>'
            f'</main>{YX_FOOT}')
    write(root, "/", doc("云溪县人民政府", "", home))
    return {
        "letters": letters,
        "board": {"entry": YX_BOARD, "list_pages": [YX_BOARD, f"{YX_BOARD}?page=2", f"{YX_BOARD}?page=3"],
                  "data": [f"{YX_BOARD}data/p2.json", f"{YX_BOARD}data/p3.json"], "write": f"{YX_BOARD}write.html"},
        "findings": [
            {"rule": "application.form_missing_field", "url_path": "/xxgk/ysqgk/sqb.html", "target": "所需信息描述",
             "target_aliases": ["所需信息的内容描述", "所需政府信息的内容描述", "所需信息内容描述", "所需政府信息", "所需信息", "内容描述", "信息描述"],
             "accept": ["/xxgk/ysqgk/"],
             "why": "the online 申请 form has 申请人, 联系电话, 受理机关 (select) and 获取信息的方式, but no field for the information wanted"},
        ],
    }


# =============================================================================================
# Site 2: tongling-swj -- a department site (plain table board, 下一页 chain, login wall, 500 form)
# =============================================================================================

TL_LETTERS = [
    ("小区二次供水水箱多年未清洗", "2025-11-11", "2025-11-13", "已办结"),
    ("自来水费阶梯价格计算有误", "2025-11-06", None, "办理中"),
    ("长假后河道保洁船停运", "2025-10-09", "2025-10-17", "已办结"),
    ("国庆后城区停水未提前通知", "2025-10-10", "2025-10-16", "已办结"),
    ("节前申请的用水报装何时施工", "2025-09-25", "2025-10-09", "已办结"),
    ("桥下排污口夜间偷排", "2025-09-12", "2025-09-24", "已办结"),
    ("水库移民后期扶持资金发放咨询", "2025-07-21", None, "办理中"),
    ("汛期防汛沙袋储备不足", "2025-06-30", "2025-07-03", "已办结"),
    ("端午节前后龙舟水域安全管理", "2025-05-30", "2025-06-09", "已办结"),
    ("村级饮水工程管道爆裂无人维修", "2025-05-28", "2025-06-06", "已办结"),
    ("五一期间取水许可能否网上办理", "2025-04-30", "2025-05-09", "已办结"),
    ("清明假期山塘水库垂钓安全", "2025-04-03", "2025-04-11", "已办结"),
    ("农田水利设施被占用", "2025-04-01", "2025-04-10", "已办结"),
    ("节后复工工地抽取地下水", "2025-02-07", "2025-02-14", "已办结"),
    ("春节期间水厂水质发黄", "2025-01-27", None, "办理中"),
    ("年前水表更换收费是否合理", "2025-01-20", "2025-01-24", "已办结"),
    ("冬季管网冻裂抢修太慢", "2024-12-16", "2024-12-27", "已办结"),
    ("堤防加固工程占地补偿", "2024-09-10", None, "办理中"),
]
TL_BOARD = "/gzhd/xfxx/"
TL_FOOT = ('<div id="ft"><table><tr><td>主办单位：桐岭县水务局</td><td>地址：桐岭县水务局大院</td></tr>'
           '<tr><td>值班电话：0793-5700110</td><td>&copy; 2012-2025 版权所有</td></tr></table></div>')


def tl_nav() -> str:
    return ('<div id="hd"><img src="/img/tl-banner.svg" alt="桐岭县水务局"><ul class="menu">'
            '<li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/gzhd/">公众互动</a></li></ul></div>')


def build_tongling(root: Path) -> dict:
    letters = []
    for i, (title, s, r, st) in enumerate(TL_LETTERS):
        n = 3400 - i * 7
        sent, rep = D(s), D(r)
        lt = Letter(n, title, sent, rep, st, ask=f"{title}，希望水务局尽快派人查看处理，给群众一个说法。",
                    answer=f"您好！关于“{title}”一事，我局已安排相关股室现场核查并督促整改，具体情况已电话告知。" if rep else "")
        lt.url = f"{TL_BOARD}content/{sent:%Y-%m}/t{sent:%Y%m%d}_{n}.htm"
        letters.append(lt)
    pages = [letters[0:8], letters[8:16], letters[16:]]
    names = [TL_BOARD, f"{TL_BOARD}list_2.htm", f"{TL_BOARD}list_3.htm"]
    for k, pg in enumerate(pages):
        rows = ['<tr><td><b>编号</b></td><td><b>信件标题</b></td><td><b>受理日期</b></td><td><b>办结日期</b></td><td><b>状态</b></td></tr>']
        for lt in pg:
            rows.append(f'<tr><td>TL{lt.n}</td><td><a href="{lt.url}" target="_blank">{E(lt.title)}</a></td>'
                        f'<td>{lt.sent:%Y/%m/%d}</td><td>{lt.replied.strftime("%Y/%m/%d") if lt.replied else ""}</td><td>{E(lt.state)}</td></tr>')
        nav = [f"共{len(letters)}条 第{k + 1}/3页"]
        if k > 0:
            nav.append(f'<a href="{names[k - 1]}">上一页</a>')
        if k < 2:
            nav.append(f'<a href="{names[k + 1]}">下一页</a>')
        body = (tl_nav() + '<div id="bd"><div class="pos">您的位置：<a href="/">首页</a> » <a href="/gzhd/">公众互动</a> » 信访信箱</div>'
                f'<div class="ops"><a href="{TL_BOARD}xiexin.htm">我要写信</a></div>'
                '<table class="xf" width="100%" border="1" cellspacing="0">' + "".join(rows) + '</table>'
                f'<div class="fy">{" ".join(nav)}</div></div>{TL_FOOT}')
        write(root, names[k], doc("信访信箱-桐岭县水务局", "", body))
    for lt in letters:
        rd = cn0(lt.replied) if lt.replied else ""
        body = (tl_nav() + f'<div id="bd"><div class="pos">您的位置：<a href="/">首页</a> » <a href="{TL_BOARD}">信访信箱</a> » 正文</div>'
                '<table class="xq" width="100%" border="1" cellspacing="0">'
                f'<tr><td class="k">信件编号</td><td>TL{lt.n}</td><td class="k">状态</td><td>{E(lt.state)}</td></tr>'
                f'<tr><td class="k">标题</td><td colspan="3">{E(lt.title)}</td></tr>'
                f'<tr><td class="k">受理日期</td><td>{cn0(lt.sent)}</td><td class="k">办结日期</td><td>{rd}</td></tr>'
                f'<tr><td class="k">信件内容</td><td colspan="3">{E(lt.ask)}</td></tr>'
                f'<tr><td class="k">处理结果</td><td colspan="3">{E(lt.answer)}</td></tr></table>'
                f'<p class="gx">打印本页　关闭窗口　更新时间：2025-11-14</p></div>{TL_FOOT}')
        write(root, lt.url, doc(f"{lt.title}-桐岭县水务局", "", body))
    # the write page: a login wall with no form
    write(root, f"{TL_BOARD}xiexin.htm", doc("我要写信-桐岭县水务局", "", tl_nav() +
          '<div id="bd"><div class="tips"><h3>温馨提示</h3><p>您尚未登录。根据有关规定，写信前须通过“桐岭政务服务网”统一身份认证登录。</p>'
          f'<p><a href="/uc/login.htm">前往登录</a>　<a href="{TL_BOARD}">返回列表</a></p></div></div>{TL_FOOT}'))
    write(root, "/uc/login.htm", doc("统一身份认证", "", tl_nav() +
          '<div id="bd"><div class="login"><h3>统一身份认证平台</h3><p>请使用“赣服通”APP扫描二维码登录。</p>'
          '<div class="qr" aria-label="二维码"><img src="/img/qr.svg" alt="登录二维码"></div>'
          '<p>二维码已过期，请刷新页面后重试。</p></div></div>' + TL_FOOT))
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#eee"/></svg>\n'
    write(root, "/img/qr.svg", svg)
    write(root, "/img/tl-banner.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="90"><rect width="960" height="90" fill="#1b5faa"/></svg>\n')
    write(root, "/gzhd/", doc("公众互动-桐岭县水务局", "", tl_nav() + '<div id="bd"><ul>'
          f'<li><a href="{TL_BOARD}">信访信箱</a></li><li><a href="{TL_BOARD}xiexin.htm">我要写信</a></li></ul></div>{TL_FOOT}'))
    # 依申请公开: the only form is 在线申请, which answers 500; no 申请表 offered
    write(root, "/zwgk/ysqgk/", doc("依申请公开-桐岭县水务局", "", tl_nav() +
          '<div id="bd"><h2>依申请公开</h2><p>申请人向本机关申请获取政府信息的，请通过下方入口在线提交申请。</p>'
          '<p class="big"><a href="/status/500">在线申请</a></p><p>申请受理后，本机关将在法定期限内予以答复。</p></div>' + TL_FOOT))
    # the guide: names another organ as the one receiving requests; e-mail offered, no e-mail address
    guide = ('<div class="article"><h1>桐岭县水务局政府信息公开指南</h1>'
             '<p>根据《中华人民共和国政府信息公开条例》，为便于公民、法人和其他组织获取桐岭县水务局政府信息，特编制本指南。</p>'
             '<p><strong>一、主动公开</strong></p><p>主动公开的信息在本局网站“政务公开”栏目发布。</p>'
             '<p><strong>二、依申请公开</strong></p>'
             '<p>本局负责受理政府信息公开申请的机构为桐岭县住房和城乡建设局办公室，办公地址位于桐岭县人民大道208号，'
             '联系电话为0793-5712366，工作时间为法定工作日上午8:00至12:00、下午14:30至17:30。</p>'
             '<p>申请人可以当面提交申请，也可以通过信函方式提交；通过电子邮件方式提交的，请将填写完整的申请内容发送至本机关电子邮箱，'
             '并在邮件主题中注明“政府信息公开申请”字样。</p>'
             '<p><strong>三、监督和救济</strong></p><p>申请人认为本局在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。</p></div>')
    write(root, "/zwgk/xxgkzn/", doc("政府信息公开指南-桐岭县水务局", "", tl_nav() + f'<div id="bd">{guide}</div>{TL_FOOT}'))
    write(root, "/zwgk/", doc("政务公开-桐岭县水务局", "", tl_nav() + '<div id="bd"><ul>'
          '<li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li><li><a href="/zwgk/ysqgk/">依申请公开</a></li></ul></div>' + TL_FOOT))
    home = (tl_nav() + '<div id="bd"><div class="col"><h3>工作动态</h3><ul>'
            '<li><a href="/zwgk/">全县冬春水利建设现场推进会召开</a> [2025-11-12]</li>'
            '<li><a href="/zwgk/">局党组召开理论学习中心组学习会</a> [2025-11-03]</li></ul></div>'
            '<div class="col"><h3>快速通道</h3><ul>'
            f'<li><a href="{TL_BOARD}">信访信箱</a></li><li><a href="{TL_BOARD}xiexin.htm">我要写信</a></li>'
            '<li><a href="/zwgk/ysqgk/">依申请公开</a></li><li><a href="/zwgk/xxgkzn/">政府信息公开指南</a></li></ul></div></div>' + TL_FOOT)
    write(root, "/", doc("桐岭县水务局", "", home))
    return {
        "letters": letters,
        "board": {"entry": TL_BOARD, "list_pages": names, "write": f"{TL_BOARD}xiexin.htm"},
        "findings": [
            {"rule": "interaction.channel_unavailable", "url_path": TL_BOARD, "target": None,
             "accept": ["/gzhd/", "/uc/login.htm"],
             "why": "the board lists letters, but its only way to write (我要写信) leads to a login notice and a QR-code login page: no form to write anywhere"},
            {"rule": "application.form_unavailable", "url_path": "/zwgk/ysqgk/", "target": None,
             "accept": ["/zwgk/ysqgk/", "/status/500"],
             "why": "the 依申请公开 page's only form is 在线申请 -> /status/500, which answers 500; no 申请表 to download"},
            {"rule": "guide.wrong_unit", "url_path": "/zwgk/xxgkzn/", "target": None, "accept": ["/zwgk/xxgkzn/"],
             "why": "the receiving organ is 桐岭县住房和城乡建设局办公室; the config's contact.unit is 桐岭县水务局办公室 (address and phone equal the config)"},
            {"rule": "guide.missing_element", "url_path": "/zwgk/xxgkzn/", "target": None, "accept": ["/zwgk/xxgkzn/"],
             "why": "the guide offers applying by e-mail but gives no e-mail address (none on the page)"},
        ],
    }


# =============================================================================================
# Site 3: qiaocheng-scjg -- a district bureau (titles and numbers only, dates on the letter pages,
# numbered list pages, .docx 申请表 without 受理机关)
# =============================================================================================

QC_LETTERS = [
    ("超市临期食品混放在正常货架", "2025-11-12", None, "办理中"),
    ("美容店预付卡老板跑路", "2025-11-07", None, "办理中"),
    ("电梯年检标志过期仍在运行", "2025-11-03", "2025-11-11", "已答复"),
    ("菜市场电子秤缺斤短两", "2025-10-20", "2025-10-24", "已答复"),
    ("国庆黄金周酒店价格翻倍是否合规", "2025-09-29", "2025-10-11", "已答复"),
    ("中秋月饼过度包装举报", "2025-09-27", "2025-10-09", "已答复"),
    ("个体工商户年报逾期如何补报", "2025-09-01", None, "办理中"),
    ("网红奶茶店无证经营", "2025-08-01", None, "办理中"),
    ("校外托管机构食品安全隐患", "2025-07-07", "2025-07-18", "已答复"),
    ("加油站油品质量投诉", "2025-06-04", "2025-06-11", "已答复"),
    ("端午粽子标签日期造假", "2025-05-30", "2025-06-10", "已答复"),
    ("节后药店处方药违规销售", "2025-05-06", "2025-05-12", "已答复"),
    ("五一前夕旅游纪念品以次充好", "2025-04-28", "2025-05-08", "已答复"),
    ("燃气灶具三无产品在售", "2025-04-07", "2025-04-16", "已答复"),
    ("营业执照经营范围变更咨询", "2025-03-20", "2025-03-26", "已答复"),
    ("餐馆后厨卫生状况堪忧", "2025-02-10", None, "办理中"),
    ("春节期间烟花爆竹零售点资质", "2025-01-26", "2025-02-07", "已答复"),
    ("年货市场散装食品无标识", "2025-01-15", "2025-01-27", "已答复"),
    ("元旦促销先涨价后打折", "2024-12-25", "2025-01-03", "已答复"),
    ("二手车交易市场合同霸王条款", "2024-11-15", None, "办理中"),
    ("装修公司虚假宣传", "2024-11-13", None, "办理中"),
    ("快递柜超时收费", "2024-10-28", "2024-11-01", "已答复"),
]
QC_BOARD = "/zmhd/wsxx/"
QC_FOOT = ('<div class="qc-foot">桥城区市场监督管理局 主办 ｜ 投诉举报：12315 ｜ 网站咨询：0796-8800123<br>'
           '建议使用1280×800以上分辨率浏览 ｜ 2019—2025</div>')


def qc_nav() -> str:
    return ('<div class="qc-head"><span class="t">桥城区市场监督管理局</span><span class="m">'
            '<a href="/">首页</a> · <a href="/zwgk/">政务公开</a> · <a href="/zmhd/">政民互动</a></span></div>')


def build_qiaocheng(root: Path) -> dict:
    letters = []
    for i, (title, s, r, st) in enumerate(QC_LETTERS):
        n = 52 - i
        sent, rep = D(s), D(r)
        lt = Letter(n, title, sent, rep, st, ask=f"{title}，请区市场监管局依法查处。",
                    answer=f"经执法人员调查核实，您反映的“{title}”问题属实/部分属实，我局已依法责令整改，并将持续跟踪。" if rep else "")
        lt.url = f"{QC_BOARD}d/{sent:%Y%m%d}-{n:04d}.html"
        letters.append(lt)
    pages = [letters[0:8], letters[8:16], letters[16:]]
    names = [QC_BOARD, f"{QC_BOARD}index_p2.html", f"{QC_BOARD}index_p3.html"]
    for k, pg in enumerate(pages):
        items = "".join(f'<li><span class="no">Q{lt.n:03d}</span> <a href="{lt.url}">{E(lt.title)}</a></li>' for lt in pg)
        nums = " ".join(f'<span class="cur">{j + 1}</span>' if j == k else f'<a href="{names[j]}">{j + 1}</a>' for j in range(3))
        body = (qc_nav() + '<div class="qc-wrap"><h2>网上咨询</h2><p class="upd">栏目更新日期：2025-11-14</p>'
                f'<p><a href="{QC_BOARD}tiwen.html">我要提问</a></p><ol class="qlist">{items}</ol>'
                f'<div class="nums">页码：{nums}</div></div>{QC_FOOT}')
        write(root, names[k], doc("网上咨询 - 桥城区市场监督管理局", "", body))
    for j, lt in enumerate(letters):
        if j % 2 == 0:  # a definition list
            rd = f"{lt.replied:%Y/%m/%d}".replace("/0", "/") if lt.replied else "（暂无）"
            meta = (f'<dl class="info"><dt>咨询编号</dt><dd>Q{lt.n:03d}</dd><dt>提问时间</dt><dd>{lt.sent:%Y/%m/%d}</dd>'.replace("/0", "/")
                    + f'<dt>答复时间</dt><dd>{rd}</dd><dt>办理状态</dt><dd>{E(lt.state)}</dd></dl>')
            rest = f'<h4>咨询内容</h4><p>{E(lt.ask)}</p>' + (f'<h4>答复意见</h4><p>{E(lt.answer)}</p>' if lt.replied else "")
        else:  # a sentence
            if lt.replied:
                s = f"该信件于{cn(lt.sent)}受理，{cn(lt.replied)}答复。"
            else:
                s = f"该信件于{cn(lt.sent)}受理，目前正在办理中。"
            meta = f'<p class="bh">咨询编号：Q{lt.n:03d}</p><p class="zt">{s}</p>'
            rest = f'<div class="q">{E(lt.ask)}</div>' + (f'<div class="a">{E(lt.answer)}</div>' if lt.replied else "")
        body = (qc_nav() + f'<div class="qc-wrap"><p class="crumb"><a href="{QC_BOARD}">网上咨询</a> / 详情</p>'
                f'<h1>{E(lt.title)}</h1>{meta}{rest}</div>{QC_FOOT}')
        write(root, lt.url, doc(f"{lt.title} - 网上咨询", "", body))
    form = ('<form method="post" action="/zmhd/wsxx/save"><table class="f">'
            '<tr><th>姓名</th><td><input name="name"></td></tr><tr><th>联系电话</th><td><input name="tel"></td></tr>'
            '<tr><th>标题</th><td><input name="title"></td></tr><tr><th>内容</th><td><textarea name="body" rows="6"></textarea></td></tr>'
            '<tr><th>验证码</th><td><input name="code" size="6"> <img src="/img/code.svg" alt="验证码"></td></tr></table>'
            '<input type="submit" value="提交"></form>')
    write(root, "/img/code.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="24"><text x="4" y="18">7K3P</text></svg>\n')
    write(root, f"{QC_BOARD}tiwen.html", doc("我要提问 - 桥城区市场监督管理局", "", qc_nav() + f'<div class="qc-wrap"><h2>我要提问</h2>{form}</div>{QC_FOOT}'))
    write(root, "/zmhd/", doc("政民互动 - 桥城区市场监督管理局", "", qc_nav() + '<div class="qc-wrap"><ul>'
          f'<li><a href="{QC_BOARD}">网上咨询</a></li><li><a href="{QC_BOARD}tiwen.html">我要提问</a></li></ul></div>{QC_FOOT}'))
    # 依申请公开: a .docx 申请表 without 受理机关
    write(root, "/zwgk/ysq/files/sqb2025.docx", qc_docx())
    write(root, "/zwgk/ysq/", doc("依申请公开 - 桥城区市场监督管理局", "", qc_nav() +
          '<div class="qc-wrap"><h2>依申请公开</h2><p>申请人请下载并填写申请表，通过当面或邮寄方式提交至本局。</p>'
          '<p>附件：<a href="files/sqb2025.docx">桥城区市场监督管理局政府信息公开申请表.docx</a></p></div>' + QC_FOOT))
    # the guide: address differs from the config by the building number
    guide = ('<h1>桥城区市场监督管理局政府信息公开指南</h1><ul class="zn">'
             '<li><span>受理机构</span><em>桥城区市场监督管理局办公室</em></li>'
             '<li><span>地址</span><em>桥城区迎宾大道18号行政中心6号楼</em></li>'
             '<li><span>电话</span><em>0796-8812345</em></li>'
             '<li><span>传真</span><em>0796-8812340</em></li>'
             '<li><span>邮箱</span><em>qcscjg_gk@qiaocheng.gov.cn</em></li></ul>'
             '<p>申请方式：当面申请、邮寄申请、电子邮件申请、传真申请。</p>'
             '<p>本机关依照《中华人民共和国政府信息公开条例》规定的期限作出答复。</p>')
    write(root, "/zwgk/gkzn/index.html", doc("政府信息公开指南 - 桥城区市场监督管理局", "", qc_nav() + f'<div class="qc-wrap">{guide}</div>{QC_FOOT}'))
    write(root, "/zwgk/", doc("政务公开 - 桥城区市场监督管理局", "", qc_nav() + '<div class="qc-wrap"><ul>'
          '<li><a href="/zwgk/gkzn/">政府信息公开指南</a></li><li><a href="/zwgk/ysq/">依申请公开</a></li></ul></div>' + QC_FOOT))
    home = (qc_nav() + '<div class="qc-wrap"><h3>通知公告</h3><ul>'
            '<li><a href="/zwgk/">关于开展2025年度食品安全抽检的公告</a> 2025.11.11</li></ul>'
            f'<h3>互动</h3><p><a href="{QC_BOARD}">网上咨询</a> <a href="{QC_BOARD}tiwen.html">我要提问</a></p>'
            '<h3>公开</h3><p><a href="/zwgk/gkzn/">政府信息公开指南</a> <a href="/zwgk/ysq/">依申请公开</a></p></div>' + QC_FOOT)
    write(root, "/", doc("桥城区市场监督管理局", "", home))
    return {
        "letters": letters,
        "board": {"entry": QC_BOARD, "list_pages": names, "write": f"{QC_BOARD}tiwen.html"},
        "findings": [
            {"rule": "application.form_missing_field", "url_path": "/zwgk/ysq/files/sqb2025.docx", "target": "受理机关",
             "target_aliases": ["受理单位", "受理机构"], "accept": ["/zwgk/ysq/"],
             "why": "the .docx 申请表 has 申请人 (姓名/名称), 联系电话, 所需信息的内容描述 and 获取信息的方式, but no 受理机关"},
            {"rule": "guide.wrong_contact", "url_path": "/zwgk/gkzn/", "target": None, "accept": ["/zwgk/gkzn/"],
             "why": "address 桥城区迎宾大道18号行政中心6号楼 differs from contact.address 桥城区迎宾大道18号行政中心2号楼 (building number); unit and phone are right"},
        ],
    }


def qc_docx() -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.author = "qcscjg"
    d.core_properties.created = datetime(2025, 1, 6, 9, 0, 0)
    d.core_properties.modified = datetime(2025, 1, 6, 9, 0, 0)
    d.core_properties.last_modified_by = "qcscjg"
    d.core_properties.revision = 1
    d.add_heading("政府信息公开申请表", level=1)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for a, b, c in [("申请人信息", "公民：姓名", ""), ("申请人信息", "证件名称及号码", ""),
                    ("申请人信息", "法人或者其他组织：名称", ""), ("申请人信息", "统一社会信用代码", ""),
                    ("申请人信息", "联系电话", ""), ("申请人信息", "通信地址及邮政编码", ""),
                    ("所需信息情况", "所需信息的内容描述", ""), ("所需信息情况", "所需信息的用途（选填）", ""),
                    ("所需信息情况", "获取信息的方式", "□ 纸质文本　□ 电子邮件　□ 光盘"),
                    ("申请人签名（盖章）", "", ""), ("申请时间", "", "")]:
        row = t.add_row().cells
        row[0].text, row[1].text, row[2].text = a, b, c
    d.add_paragraph("注：申请人应当如实填写上述内容，本表复印有效。")
    buf = io.BytesIO()
    d.save(buf)
    # fixed zip timestamps, so the file is byte-identical on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# =============================================================================================
# Config and truth
# =============================================================================================

SITES_YAML = """\
# The second channel holdout's robot config. {base:ID} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_channels.py --holdout benchmarks/holdout_channels2.
# Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal: every channel given in the config
  - id: yunxi
    name: 云溪县人民政府
    owner: 云溪县人民政府办公室
    url: "{base:yunxi}"
    jurisdiction: 云溪县
    contact:
      unit: "云溪县人民政府办公室"
      address: "云溪县振兴大道1号行政中心北楼"
      phone: "0795-6123458"
    channels:
      message_board: /hudong/xinxiang/
      application: /xxgk/ysqgk/
      guide: /xxgk/zn/2025/zn.html
    allow_submit: false
  # a department site: no channels in the config, all discovered from link texts
  - id: tongling-swj
    name: 桐岭县水务局
    owner: 桐岭县水务局
    url: "{base:tongling-swj}"
    jurisdiction: 桐岭县
    contact:
      unit: "桐岭县水务局办公室"
      address: "桐岭县人民大道208号"
      phone: "0793-5712366"
    allow_submit: false
  # a district bureau: board and request page given, the guide discovered
  - id: qiaocheng-scjg
    name: 桥城区市场监督管理局
    owner: 桥城区市场监督管理局
    url: "{base:qiaocheng-scjg}"
    jurisdiction: 桥城区
    contact:
      unit: "桥城区市场监督管理局办公室"
      address: "桥城区迎宾大道18号行政中心2号楼"
      phone: "0796-8812345"
    channels:
      message_board: /zmhd/wsxx/
      application: /zwgk/ysq/
    allow_submit: false
"""

TRUTH_HEAD = """\
# Truth for the second channel holdout. Generated by generate.py from the same declarations that
# write the pages: do not edit by hand. as-of 2025-11-14 for every site.
#
# letters: every letter on each site's board, by the path of its own page.
#   submitted / replied: the dates shown on the site (replied null: no reply shown).
#   workdays_to_reply: working days in (submitted, replied] -- day one is the day after the letter
#   arrived -- or, with no reply, in (submitted, as-of]. Counted with the chinese_calendar package
#   (State Council holidays with 调休 workdays), not with the robot's calendar. `why` shows the count
#   and, where it differs, the naive Mon-Fri count.
#
# findings: the expected channel findings, with the decisions of benchmarks/holdout_channels/truth.yaml:
#   interaction.unreplied           no reply and workdays_to_reply > 5 on as-of (exactly 5: nothing).
#   interaction.unreplied_3_months  no reply, submitted + 3 calendar months < as-of (strictly), and
#                                   submitted within the last year (submitted >= as-of minus 12 months,
#                                   i.e. >= 2024-11-14). Older letters: unreplied only.
#   DECISION: an unreplied letter older than 3 months gets BOTH unreplied and unreplied_3_months.
#   interaction.reply_overdue       a reply was given and workdays_to_reply > 5. Never together with
#                                   the two rules above.
#   interaction.channel_unavailable, application.*, guide.*: one per planted problem, `why` says which.
#   target: null = not compared; otherwise compared after removing spaces, equal or one containing
#   the other, or any of target_aliases.
#   url_path: the page where a person sees the problem (the letter's page for letter rules). accept:
#   other places the finding may be reported; an entry ending in '/' accepts any page under it.
"""

RULE_ORDER = ["interaction.unreplied", "interaction.unreplied_3_months", "interaction.reply_overdue"]


def build() -> dict:
    sites_dir = HERE / "sites"
    if sites_dir.exists():
        shutil.rmtree(sites_dir)
    built = {}
    for sid, fn in (("yunxi", build_yunxi), ("tongling-swj", build_tongling), ("qiaocheng-scjg", build_qiaocheng)):
        built[sid] = fn(sites_dir / sid)
    letters_out: dict = {}
    findings: list = []
    for sid, b in built.items():
        items = []
        for lt in b["letters"]:
            exp, wd, why = rules_for(lt.sent, lt.replied)
            items.append({"url_path": lt.url, "title": lt.title, "submitted": lt.sent.isoformat(),
                          "replied": lt.replied.isoformat() if lt.replied else None, "state": lt.state,
                          "workdays_to_reply": wd, "expect": exp, "why": why})
            for r in exp:
                findings.append({"site": sid, "rule": r, "url_path": lt.url, "target": None,
                                 "why": f"{lt.title}: {why}"})
        letters_out[sid] = {"board": b["board"], "count": len(items), "items": items}
        for f in b["findings"]:
            findings.append({"site": sid, **f})
    counts: dict = {}
    for f in findings:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    truth = {"as_of": AS_OF.isoformat(), "sites": list(built),
             "on_purpose_404": {},
             "counts": dict(sorted(counts.items())), "letters": letters_out, "findings": findings}
    text = TRUTH_HEAD + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=140)
    (HERE / "truth.yaml").write_text(text, encoding="utf-8")
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    return truth


# =============================================================================================
# Check: serve the sites and verify them against the truth (this holdout's own reading)
# =============================================================================================


def _fetch(url: str) -> tuple[int | None, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except OSError:
        return None, b""


def _text(b: bytes) -> str:
    s = re.sub(r"<script\b.*?</script>", " ", b.decode("utf-8", "replace"), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", s))


def _dates(text: str) -> list[str]:
    return [f"{int(a):04d}-{int(b):02d}-{int(c):02d}"
            for a, b, c in re.findall(r"(20\d\d)\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})", text)]


def check(truth: dict) -> list[str]:
    sys.path.insert(0, str(REPO))
    from robot.demo.server import SiteServer

    problems: list[str] = []
    cfg = yaml.safe_load(SITES_YAML)
    cfgs = {s["id"]: s for s in cfg["sites"]}
    for sid in truth["sites"]:
        with SiteServer(HERE / "sites" / sid) as srv:
            base = srv.base
            # crawl: only the planted 500 may fail
            status: dict[str, int | None] = {}
            queue = ["/"]
            while queue:
                p = queue.pop(0)
                if p in status:
                    continue
                st, body = _fetch(urljoin(base, p))
                status[p] = st
                if st != 200 or not p.split("?")[0].endswith((".html", ".htm", "/")):
                    continue
                for raw in re.findall(r'(?:href|src)="([^"]+)"', body.decode("utf-8", "replace")):
                    if raw.startswith(("#", "javascript:", "mailto:")):
                        continue
                    u = urljoin(urljoin(base, p), raw)
                    if u.startswith(base):
                        queue.append("/" + u[len(base):].split("#")[0])
            bad = {p: s for p, s in status.items() if s != 200}
            want_bad = {"/status/500": 500} if sid == "tongling-swj" else {}
            if bad != want_bad:
                problems.append(f"{sid}: failing references {bad}, planted {want_bad}")
            info = truth["letters"][sid]
            linked = {p.split("?")[0] for p in status}
            for dp in info["board"].get("data", []):
                linked |= {u for u in re.findall(r'"url":\s*"([^"]+)"', _fetch(urljoin(base, dp))[1].decode())}
            for it in info["items"]:
                if it["url_path"] not in linked:
                    problems.append(f"{sid}: {it['url_path']} not linked")
                st, body = _fetch(urljoin(base, it["url_path"]))
                got = _dates(re.sub(r"(发布|更新时间)：\S+", " ", _text(body)))
                want = [it["submitted"]] + ([it["replied"]] if it["replied"] else [])
                if st != 200 or got != want:
                    problems.append(f"{sid}: {it['url_path']}: status {st}, dates {got}, truth {want}")
                wd = workdays(D(it["submitted"]), D(it["replied"]) or AS_OF)
                if wd != it["workdays_to_reply"]:
                    problems.append(f"{sid}: {it['url_path']}: workdays {wd} != {it['workdays_to_reply']}")
            # channel facts
            st, body = _fetch(urljoin(base, info["board"]["write"]))
            has_form = b"<textarea" in body and b"<form" in body
            planted = any(f["site"] == sid and f["rule"] == "interaction.channel_unavailable" for f in truth["findings"])
            if has_form == planted:
                problems.append(f"{sid}: write page has a form: {has_form}, channel_unavailable planted: {planted}")
            for f in truth["findings"]:
                if f["site"] != sid:
                    continue
                if f["rule"] == "application.form_missing_field":
                    st, body = _fetch(urljoin(base, f["url_path"]))
                    if f["url_path"].endswith(".docx"):
                        import docx

                        d = docx.Document(io.BytesIO(body))
                        text = "\n".join(p.text for p in d.paragraphs) + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
                    else:
                        text = _text(body)
                    for name in [f["target"], *f.get("target_aliases", [])]:
                        if name in text:
                            problems.append(f"{sid}: {f['url_path']} lacks {f['target']} but says {name}")
                    for el in ("申请人", "联系电话", "受理机关", "获取信息的方式", "所需信息的内容描述"):
                        if el not in text and el != f["target"] and not el.startswith(f["target"][:2]):
                            problems.append(f"{sid}: {f['url_path']} lacks {el} too")
                if f["rule"] == "application.form_unavailable":
                    st, body = _fetch(urljoin(base, f["url_path"]))
                    if st != 200 or re.search(rb"\.(docx?|pdf|wps)\"", body) or _fetch(urljoin(base, "/status/500"))[0] != 500:
                        problems.append(f"{sid}: form_unavailable page not as planted")
            c = cfgs[sid]["contact"]
            gp = {"yunxi": "/xxgk/zn/2025/zn.html", "tongling-swj": "/zwgk/xxgkzn/", "qiaocheng-scjg": "/zwgk/gkzn/"}[sid]
            g = _text(_fetch(urljoin(base, gp))[1])
            rules = {f["rule"] for f in truth["findings"] if f["site"] == sid and f["rule"].startswith("guide.")}
            if (c["unit"] not in g.replace("桐岭县住房和城乡建设局办公室", "")) != ("guide.wrong_unit" in rules):
                problems.append(f"{sid}: guide unit vs truth")
            if (c["address"] not in g) != ("guide.wrong_contact" in rules):
                problems.append(f"{sid}: guide address vs truth")
            if re.sub(r"\D", "", c["phone"]) not in re.sub(r"\D", "", g):
                problems.append(f"{sid}: guide phone digits absent")
            if sid == "yunxi" and c["phone"] in g:
                problems.append(f"{sid}: correct guide writes the phone exactly as the config")
            if ("电子邮件" in g and "@" not in g) != ("guide.missing_element" in rules):
                problems.append(f"{sid}: guide e-mail vs truth")
    return problems


def main() -> int:
    truth = build()
    n = sum(len(v["items"]) for v in truth["letters"].values())
    print(f"wrote {HERE.relative_to(REPO)}: {len(truth['sites'])} sites, {n} letters, {len(truth['findings'])} expected findings")
    for r, c in truth["counts"].items():
        print(f"  {r:34} {c}")
    if "--check" in sys.argv[1:]:
        problems = check(truth)
        print("\n".join(f"PROBLEM: {p}" for p in problems) or "check: the served sites agree with the truth")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""privacy.phone judged by whose number it is: a unit's or a window's published contact line (便民服务
窗口, 办事指南, a notice's contact block with office hours) is public information; a person's mobile in
a list of people (公示名单, 补贴发放, 低保, 名单 attachments) is a finding.

The pages are realistic markup, read as the browser layer gives them (a table row a line, runs of
spaces and tabs folded to one space) through the same HTML-to-text path as the fixtures.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import Workbook

import robot.rules.privacy  # noqa: F401  registers the privacy rules
from robot.content.attachments import attachment_text
from robot.content.privacy import find_mobiles
from robot.snapshots import AttachmentText, PageSnapshot
from robot.testing import link, page, run_rule, snapshot

AS_OF = date(2025, 6, 30)
BASE = "http://127.0.0.1:8000"

HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top">石溪县黄陂镇人民政府 | 设为首页 | 加入收藏</div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bmfw/">便民服务</a></div>
<div class="crumb">当前位置：首页 &gt; 便民服务 &gt; 正文</div>
<h1>{title}</h1><div class="info">发布时间：2025-06-10 来源：黄陂镇便民服务中心</div>
<div class="content">"""
FOOT = """</div><div class="tools">【打印本页】【关闭窗口】</div>
<div class="footer">主办单位：石溪县黄陂镇人民政府 地址：黄陂镇人民路1号 电话：0797-7321001
网站标识码：3607220012 赣ICP备05012345号</div></body></html>"""


def read(title: str, body: str, url: str) -> PageSnapshot:
    html = HEAD.format(title=title) + body + FOOT
    text, error = attachment_text(html.encode("utf-8"), "page.html")
    assert not error
    return page(url, title=title, text=re.sub(r"[ \t\u3000]+", " ", text), depth=2)


# --- a township's service windows: office hours and the windows' mobiles --------------------------

WINDOWS_URL = f"{BASE}/bmfw/202506/t20250610_1.html"
WINDOWS = """
<p>为方便群众办事，现将镇便民服务中心各窗口办公时间和咨询电话公布如下：</p>
<table border="1">
<tr><th>序号</th><th>窗口名称</th><th>办理事项</th><th>工作人员</th><th>办公时间</th><th>咨询电话</th></tr>
<tr><td>1</td><td>民政窗口</td><td>低保、特困供养、临时救助</td><td>李华</td><td>工作日8:30-12:00 14:30-17:30</td><td>13907971234</td></tr>
<tr><td>2</td><td>社保医保窗口</td><td>城乡居民养老保险、医疗保险参保缴费</td><td>王敏</td><td>工作日8:30-12:00 14:30-17:30</td><td>15879712345</td></tr>
<tr><td>3</td><td>农业农村窗口</td><td>耕地地力保护补贴、农机购置补贴</td><td>刘建国</td><td>工作日8:30-12:00 14:30-17:30</td><td>18970981126</td></tr>
</table>
<p>办公时间：工作日8:30-12:00 14:30-17:30（夏季下午15:00-18:00） 咨询电话：13979712345</p>
<p>监督电话：0797-7321002；投诉请拨打：0797-7321003、13607988845。</p>
"""


def test_service_windows_with_office_hours_are_no_finding() -> None:
    snap = snapshot([read("黄陂镇便民服务中心窗口办公时间及咨询电话", WINDOWS, WINDOWS_URL)], as_of=AS_OF)
    text = snap.pages[0].text
    assert len(find_mobiles(text, personal=False)) == 5  # the numbers are there, unmasked
    assert find_mobiles(text) == []
    assert run_rule("privacy.phone", snap) == []


@pytest.mark.parametrize("text", [
    # the held-out portal's case: a window's hours and its contact mobile on one line
    "办公时间：工作日8:30-12:00 14:30-17:30 咨询电话：13912345678",
    # the same as a block of lines, the window named above
    "黄陂镇便民服务中心社会事务窗口\n办公时间：工作日8:30-12:00 14:30-17:30\n咨询电话：13912345678",
    # a staff member named on the line, the number labelled as the window's consultation line
    "窗口负责人：张敏 咨询电话：13912345678（工作日8:30-17:30）",
    "社保窗口 工作人员 张敏 办公时间：周一至周五 8:30-12:00 咨询电话：13912345678",
    # the label shared by a landline and a mobile
    "咨询电话：0797-7177965、13912345678",
    "咨询电话（工作日8:30-12:00 14:30-17:30）：13912345678",
    "服务电话/手机：13912345678",
    # a window's row without headings: its hours or its service place make it the window's
    "民政窗口 李华 工作日8:30-12:00 14:30-17:30 13912345678",
    "1 长岭村便民服务站 代办员 刘芳 13912345678",
    # 夏季, 周一 and 高龄 open with a surname but are nobody's names
    "夏季 8:30-12:00 15:00-18:00 13912345678",
    "高龄 津贴 13912345678",
])
def test_window_and_office_lines(text: str) -> None:
    assert find_mobiles(text) == [], text


def test_a_table_of_windows_under_office_headings() -> None:
    # no hours in the rows: the headings (窗口, an office-labelled phone column) make them the windows'
    text = ("序号 窗口 工作人员 咨询电话\n1 民政窗口 李华 13907971234\n2 社保窗口 王敏 15879712345\n"
            "序号 窗口 姓名 服务电话\n1 便民服务台 赵六 18970981126")
    assert find_mobiles(text) == []


# --- 办事指南: 办理地点, 办理时间, 咨询电话 and a 联系人 with a mobile --------------------------------

GUIDE_URL = f"{BASE}/bszn/202506/t20250612_3.html"
GUIDE = """
<h3>一、事项名称</h3><p>临时救助申请</p>
<h3>二、受理条件</h3><p>因遭遇突发事件、意外伤害、重大疾病等原因导致基本生活暂时出现严重困难的家庭或个人。</p>
<h3>三、申请材料</h3><p>1.临时救助申请书；2.居民身份证或户口簿；3.相关证明材料。</p>
<h3>四、办理流程</h3><p>申请→受理→审核→审批→发放，承诺时限10个工作日。</p>
<h3>五、办理地点</h3><p>黄陂镇便民服务中心一楼3号窗口</p>
<h3>六、办理时间</h3><p>周一至周五 上午8:30-12:00 下午14:30-17:30（法定节假日除外）</p>
<h3>七、咨询方式</h3><p>联系人：李敏 手机：13970712345</p><p>咨询电话：0797-7321005 15907976120</p>
"""


def test_a_service_guide_contact_is_no_finding() -> None:
    snap = snapshot([read("临时救助办事指南", GUIDE, GUIDE_URL)], as_of=AS_OF)
    assert len(find_mobiles(snap.pages[0].text, personal=False)) == 2
    assert run_rule("privacy.phone", snap) == []


# --- a notice's 联系人 ----------------------------------------------------------------------------
# Choice: a notice's bare ``联系人：张三 138…`` stays a finding (as tests/test_privacy.py has it): nothing
# on the page says the mobile is a work line, and the rule's advice is to publish an office phone.
# When the notice's contact block presents the unit (联系单位, 办公地址, office hours, a window), the
# named person is the unit's contact and the mobile its work line, which inspection practice accepts.

NOTICE_URL = f"{BASE}/tzgg/202506/t20250616_5.html"


def test_a_notice_with_a_bare_named_contact_mobile_is_a_finding() -> None:
    body = """<p>各村（社区）：</p><p>请于6月25日前将2025年度耕地地力保护补贴面积核实表报镇农业农村办。</p>
<p>联系人：张三 13812345678</p><p style="text-align:right">黄陂镇人民政府<br>2025年6月16日</p>"""
    findings = run_rule("privacy.phone", snapshot([read("关于报送耕地地力保护补贴面积的通知", body, NOTICE_URL)],
                                                   as_of=AS_OF))
    assert [(f.target, f.measured["reason"]) for f in findings] == [("138****5678", "cue:联系人")]


def test_a_notice_contact_block_of_a_unit_is_no_finding() -> None:
    body = """<p>各村（社区）：</p><p>请于6月25日前将2025年度耕地地力保护补贴面积核实表报镇农业农村办。</p>
<p>联系单位：黄陂镇农业农村办公室</p><p>联系人：张三 联系电话：13812345678</p>
<p>办公地址：镇政府大院2号楼201室</p>"""
    snap = snapshot([read("关于报送耕地地力保护补贴面积的通知", body, NOTICE_URL)], as_of=AS_OF)
    assert run_rule("privacy.phone", snap) == []


@pytest.mark.parametrize("text", [
    "联系人：张三 13812345678",  # bare
    "公示期5个工作日。\n联系人：张三 13812345678",  # a deadline is no office hours
    "联系人：王五，电话 138-1234-5679\n石溪县民政局\n2025年6月16日\n【打印本页】【关闭窗口】",  # a browser button is no window
])
def test_named_contact_without_a_unit_block_stays_personal(text: str) -> None:
    assert [h.reason for h in find_mobiles(text)] == ["cue:联系人"], text


# --- lists of people: 公示名单, 补贴发放, 低保 ----------------------------------------------------

LIST_URL = f"{BASE}/gsgg/202506/t20250620_8.html"
LIST = """
<p>根据《江西省高龄老人津贴发放管理办法》，经村（社区）初审、镇审核，现将2025年第二季度高龄津贴发放名单公示如下：</p>
<table border="1">
<tr><th>序号</th><th>姓名</th><th>性别</th><th>村（社区）</th><th>发放金额（元）</th><th>联系电话</th></tr>
<tr><td>1</td><td>刘桂英</td><td>女</td><td>长岭村</td><td>300</td><td>13907971234</td></tr>
<tr><td>2</td><td>黄志明</td><td>男</td><td>水东村</td><td>300</td><td>15870792345</td></tr>
<tr><td>3</td><td>钟*兰</td><td>女</td><td>圩镇社区</td><td>600</td><td>139****7012</td></tr>
<tr><td>4</td><td>曾德福</td><td>男</td><td>黄陂村</td><td>600</td><td>18379821105</td></tr>
</table>
<p>公示期：2025年6月20日至6月26日。如有异议，请在公示期内工作日8:30-12:00 14:30-17:30向镇民政办反映，
监督电话：0797-7321002。</p>
"""


def test_a_list_of_people_with_mobiles_is_a_finding_each() -> None:
    snap = snapshot([read("2025年第二季度高龄津贴发放名单公示", LIST, LIST_URL)], as_of=AS_OF)
    findings = run_rule("privacy.phone", snap)
    # every unmasked row, the last one beside the closing office hours included; not the masked row
    assert [(f.target, f.measured["reason"]) for f in findings] == [
        ("139****1234", "table-row"), ("158****2345", "table-row"), ("183****1105", "table-row")]
    assert all(f.url == LIST_URL and f.severity.value == "high" for f in findings)


@pytest.mark.parametrize("text", [
    "序号 姓名 性别 村（社区） 联系电话\n1 刘桂英 女 长岭村 13912345678",
    "序号 户主姓名 家庭人口 保障金额 联系电话\n1 黄志明 3 1260 13912345678\n办公时间：工作日8:30-17:30",
    # people's headings win over a window named in a row (a list of the windows' staff and their own mobiles)
    "序号 姓名 所在窗口 手机\n1 李华 民政窗口 13912345678",
    "1 刘桂英 长岭村 13912345678",
])
def test_rows_of_people_stay_personal(text: str) -> None:
    assert [h.reason for h in find_mobiles(text)] == ["table-row"], text


def test_a_list_below_a_window_table_keeps_its_own_rows() -> None:
    # the windows' headings above do not reach a list of people introduced by its own lead-in line
    text = ("序号 窗口 工作人员 咨询电话\n1 民政窗口 李华 13907971234\n"
            "现将2025年高龄津贴发放名单公示如下：\n1 刘桂英 长岭村 300 13912345678\n2 黄志明 水东村 300 15870792345")
    assert [(h.masked, h.reason) for h in find_mobiles(text)] == [
        ("139****5678", "table-row"), ("158****2345", "table-row")]


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "发放名单"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_list_in_an_attachment_is_a_finding_but_the_linking_window_page_is_not() -> None:
    url = f"{BASE}/bmfw/202506/P020250610_名单.xlsx"
    text, error = attachment_text(_xlsx([
        ["序号", "姓名", "村（社区）", "补贴类别", "联系电话"],
        [1, "刘桂英", "长岭村", "耕地地力保护补贴", 13907971234],
        [2, "黄志明", "水东村", "耕地地力保护补贴", "158-7079-2345"],
    ]), "名单.xlsx")
    assert not error
    att = AttachmentText(url=url, found_on=WINDOWS_URL, link_text="2025年耕地地力保护补贴发放名单.xlsx", text=text)
    windows = read("黄陂镇便民服务中心窗口办公时间及咨询电话",
                   WINDOWS + '<p>附件：<a href="/bmfw/202506/P020250610_名单.xlsx">2025年耕地地力保护补贴发放名单.xlsx</a></p>',
                   WINDOWS_URL)
    windows = replace(windows, links=(link(url, "2025年耕地地力保护补贴发放名单.xlsx"),))
    findings = run_rule("privacy.phone", snapshot([windows], attachments=[att], as_of=AS_OF))
    assert [f.target for f in findings] == [f"139****1234 @ {url}", f"158****2345 @ {url}"]
    assert all(f.url == WINDOWS_URL and f.measured["where"] == "attachment" for f in findings)


def test_a_plain_text_list_in_an_attachment() -> None:
    # a PDF's text: one row a line, no table headings kept
    url = f"{BASE}/gsgg/202506/P020250620_低保.pdf"
    att = AttachmentText(url=url, found_on=LIST_URL, link_text="低保对象名单.pdf",
                         text="黄陂镇2025年6月低保对象名单\n1 刘桂英 长岭村 3人 13907971234\n2 黄志明 水东村 1人 15870792345")
    findings = run_rule("privacy.phone", snapshot([page(LIST_URL, text="附件：低保对象名单.pdf", depth=2)],
                                                  attachments=[att], as_of=AS_OF))
    assert [f.target for f in findings] == [f"139****1234 @ {url}", f"158****2345 @ {url}"]

"""Third channel holdout: writes sites/, sites.yaml and truth.yaml (deterministic).

Parser developers: do not read this file or sites/ (see README.md).

    .venv/bin/python benchmarks/holdout_channels3/generate.py           # (re)generate
    .venv/bin/python benchmarks/holdout_channels3/generate.py --check   # regenerate, then serve and verify

Working days come from the ``chinese_calendar`` package: days in (sent, replied], day one is the
day after arrival; with no reply, in (sent, as-of].
"""

from __future__ import annotations

import argparse
import calendar
import html
import io
import json
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import chinese_calendar
import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SITES = HERE / "sites"
AS_OF = date(2025, 12, 5)
E = html.escape


# =============================================================================================
# Calendar and rules
# =============================================================================================


def workdays(a: date, b: date) -> int:
    return sum(1 for i in range(1, (b - a).days + 1) if chinese_calendar.is_workday(a + timedelta(days=i)))


def monfri(a: date, b: date) -> int:
    return sum(1 for i in range(1, (b - a).days + 1) if (a + timedelta(days=i)).weekday() < 5)


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def judge(sent: date, replied: date | None) -> tuple[int, list[str], str]:
    end = replied or AS_OF
    wd, naive = workdays(sent, end), monfri(sent, end)
    cnt = f"working days in ({sent}, {end}] = {wd}" + (f" (Mon-Fri count would be {naive})" if naive != wd else "")
    if replied is not None:
        if wd > 5:
            return wd, ["interaction.reply_overdue"], f"replied; {cnt} > 5 -> reply_overdue"
        return wd, [], f"replied; {cnt} <= 5 -> nothing"
    rules: list[str] = []
    why = f"no reply; {cnt}"
    if wd > 5:
        rules.append("interaction.unreplied")
        why += " > 5 -> unreplied"
    else:
        why += " <= 5 -> nothing"
    three = add_months(sent, 3)
    if three < AS_OF:
        if sent >= add_months(AS_OF, -12):
            rules.append("interaction.unreplied_3_months")
            why += f"; {sent} + 3 months = {three} < {AS_OF} and within the last year -> unreplied_3_months"
        else:
            why += f"; older than a year ({sent} < {add_months(AS_OF, -12)}) -> not unreplied_3_months"
    else:
        why += f"; {sent} + 3 months = {three} >= {AS_OF} -> not yet 3 months"
    return wd, rules, why


# =============================================================================================
# Letters: (sent, sent time, replied or None, reply time, title, question, answer, replying unit)
# =============================================================================================


@dataclass
class Letter:
    sent: date
    st: str
    replied: date | None
    rt: str
    title: str
    q: str
    a: str
    unit: str
    code: str = ""
    path: str = ""


def L(sent: str, st: str, replied: str | None, rt: str, title: str, q: str, a: str, unit: str) -> Letter:
    return Letter(date.fromisoformat(sent), st, date.fromisoformat(replied) if replied else None, rt, title, q, a, unit)


FL_LETTERS = [
    L("2025-12-03", "09:41:26", None, "", "城北农贸市场周边占道经营严重",
      "城北农贸市场门口早上六点到九点摊贩占满了人行道和半条车道，电动车和行人只能挤在机动车道上，存在很大安全隐患，希望有关部门管一管。",
      "", "枫岭县城市管理局"),
    L("2025-11-28", "16:05:12", None, "", "县人民医院停车场收费标准咨询",
      "县人民医院新停车场开始收费，门诊患者停车半小时内是否免费？收费标准是否经过物价部门核定？",
      "", "枫岭县卫生健康委员会"),
    L("2025-11-26", "10:22:48", None, "", "金桂苑小区二次供水水质浑浊",
      "金桂苑小区高层住户最近一周打开水龙头出来的水发黄浑浊，物业说是二次供水水箱的问题，一直没有清洗，请帮忙协调。",
      "", "枫岭县水务局"),
    L("2025-11-20", "08:57:03", "2025-11-25", "15:30:41", "公租房申请条件咨询",
      "本人是外地来枫岭务工人员，已在县城缴纳社保两年，请问能否申请公租房？需要准备哪些材料？",
      "您好！根据《枫岭县公共租赁住房管理办法》，在县城区稳定就业且连续缴纳社会保险满一年的外来务工人员可以申请公租房。请携带身份证、劳动合同、社保缴费证明到县政务服务中心住建窗口办理。感谢您的来信！",
      "枫岭县住房和城乡建设局"),
    L("2025-11-10", "11:14:36", "2025-11-19", "17:02:09", "幸福路老旧小区改造何时完工",
      "幸福路片区老旧小区改造8月开工，现在路面全部挖开，雨天根本没法走路，请问什么时候能完工？",
      "您好！幸福路片区老旧小区改造项目因雨污管网改造增加了工程量，目前主体管网已经完成，预计12月底前完成路面恢复。施工期间我们已要求施工单位设置临时通道并加强现场管理。感谢您的监督！",
      "枫岭县住房和城乡建设局"),
    L("2025-10-20", "14:40:55", "2025-10-24", "09:18:27", "城区小学课后服务收费标准",
      "孩子所在的城南小学课后服务每学期收费600元，请问收费标准是怎么定的？是否可以自愿参加？",
      "您好！我县义务教育阶段学校课后服务遵循学生自愿参加原则，收费标准经县发展改革委核定，每生每学期不超过600元，家庭经济困难学生予以减免。如发现强制参加的情况，可向县教育体育局反映。",
      "枫岭县教育体育局"),
    L("2025-09-29", "18:12:40", "2025-10-13", "10:45:12", "国庆期间翠屏山景区周边交通拥堵",
      "去年国庆翠屏山景区门口堵了三个多小时，今年假期马上到了，建议提前设置临时停车场和分流指示牌。",
      "您好！您的建议已转交县公安局交警大队和县文化广电旅游局。国庆中秋假期期间，景区周边共设置临时停车场3处、新增停车位800余个，并安排交警全天疏导。节后经统计，景区周边通行秩序总体良好。感谢您的宝贵建议！",
      "枫岭县文化广电旅游局"),
    L("2025-09-25", "07:50:19", "2025-10-10", "16:20:33", "石门乡卫生院夜间无人值班",
      "9月22日晚上孩子发烧去石门乡卫生院，敲门半天没有人，只能连夜送到县城，卫生院夜间为什么没有医生值班？",
      "您好！经县卫生健康委员会调查核实，石门乡卫生院当晚值班医生外出处置急诊，未按规定安排替班人员。县卫健委已对该院进行通报批评，并要求全县乡镇卫生院严格落实24小时值班制度。",
      "枫岭县卫生健康委员会"),
    L("2025-09-04", "13:33:07", None, "", "农村危房改造补助资金迟迟未到位",
      "我家是2024年的危房改造户，房子已经按要求翻建完成并验收，但补助资金到现在还没有发放，请问什么原因？",
      "", "枫岭县住房和城乡建设局"),
    L("2025-08-18", "09:05:44", "2025-08-21", "11:26:58", "小区内能否安装电动车充电桩",
      "我们小区电动车很多，经常有人从楼上拉电线充电，能否在小区内统一安装电动车充电桩？",
      "您好！县住建局已联系小区物业和供电公司现场勘查，计划在小区东侧车棚安装集中充电桩40个，预计9月中旬投入使用。",
      "枫岭县住房和城乡建设局"),
    L("2025-07-07", "15:48:21", "2025-07-15", "10:03:35", "高温天气户外作业人员权益保障",
      "最近气温连续超过38度，我所在的建筑工地中午仍然要求施工，也没有发放高温津贴，请问是否合法？",
      "您好！根据《防暑降温措施管理办法》，日最高气温达到40℃以上应当停止当日室外露天作业，37℃以上不得安排室外露天作业超过6小时。县人力资源和社会保障局已对该工地开展劳动保障监察，责令其调整作业时间并足额发放高温津贴。",
      "枫岭县人力资源和社会保障局"),
    L("2025-06-03", "08:21:16", "2025-06-06", "14:55:02", "龙舟赛期间滨江路交通管制时间",
      "听说今年端午龙舟赛推迟到6月7日举行，请问当天滨江路交通管制从几点到几点？",
      "您好！6月7日龙舟赛期间，滨江路（枫岭大桥至东门码头段）实行交通管制，时间为7:00至12:00，请提前绕行。",
      "枫岭县公安局"),
    L("2025-05-29", "17:30:59", "2025-06-06", "09:12:48", "端午前后农贸市场粽子价格上涨过快",
      "端午节前县城农贸市场粽叶和糯米价格比平时贵了一倍，是否存在哄抬物价的情况？",
      "您好！县市场监督管理局节前对城区农贸市场开展了价格巡查，粽叶、糯米价格上涨主要受季节性供需影响，未发现哄抬价格行为。我们将继续加强价格监测。",
      "枫岭县市场监督管理局"),
    L("2025-04-30", "10:10:10", "2025-05-09", "16:44:21", "五一假期后公交线路调整咨询",
      "听说五一以后2路公交车要改线，不再经过火车站，请问是否属实？",
      "您好！经核实，2路公交车自5月12日起优化线路，仍经过火车站站点，仅取消人民路至解放路的绕行段。",
      "枫岭县交通运输局"),
    L("2025-04-03", "19:02:37", "2025-04-11", "10:20:05", "清明节期间公墓周边交通安排",
      "清明节前后去城西公墓祭扫的车辆很多，建议开通临时公交专线。",
      "您好！清明期间县交通运输局开通了城区至城西公墓的临时公交专线，每15分钟一班。感谢您的建议！",
      "枫岭县交通运输局"),
    L("2025-03-12", "09:36:50", None, "", "工业园区企业拖欠农民工工资",
      "我们一共十二个人在工业园区某电子厂做装修，从去年十月干到今年一月，工钱一直没结清，老板现在联系不上。",
      "", "枫岭县人力资源和社会保障局"),
    L("2025-02-05", "08:40:11", "2025-02-12", "15:15:27", "春节后返岗务工人员免费乘车咨询",
      "春节后县里有没有组织返岗务工专车？需要怎么报名？",
      "您好！县人社局联合交通部门于2月8日至2月15日开通返岗务工专列专车，可通过“枫岭就业”微信公众号报名，免费乘车。",
      "枫岭县人力资源和社会保障局"),
    L("2025-01-24", "16:30:28", "2025-02-06", "11:05:40", "春节期间城区烟花爆竹燃放区域",
      "请问今年春节县城哪些区域可以燃放烟花爆竹？燃放时间有没有限制？",
      "您好！根据县政府通告，除夕至正月初五，城区外环路以外区域可以燃放，外环路以内仍为禁放区域。感谢您的关注！",
      "枫岭县公安局"),
    L("2024-12-16", "10:00:55", "2024-12-27", "17:38:14", "冬季城区供暖设施建议",
      "县城冬季湿冷，老人孩子很难熬，建议在新建小区推广集中供暖或者燃气壁挂炉补贴。",
      "您好！您的建议已收悉。我县属于夏热冬冷地区，暂不具备集中供暖条件。县住建局将研究在保障性住房中推广节能采暖设施。",
      "枫岭县住房和城乡建设局"),
    L("2024-11-18", "14:18:33", None, "", "老城区雨污管网改造后路面未恢复",
      "老城区解放路雨污管网改造完工已经两个月，路面还是砂石，下雨全是泥，什么时候恢复？",
      "", "枫岭县住房和城乡建设局"),
]

AL_LETTERS = [
    L("2025-12-04", "10:31", None, "", "灵活就业人员社保缴费基数如何选择",
      "本人2025年开始以灵活就业人员身份参加职工养老保险，请问缴费基数可以选哪几档？中途能否调整？", "", ""),
    L("2025-12-01", "09:12", "2025-12-04", "16:20", "失业保险金申领流程咨询",
      "本人11月被公司裁员，请问失业保险金在哪里申领？需要多长时间到账？",
      "您好！您可通过“安澜人社”微信公众号或市政务服务网在线申领失业保险金，审核通过后次月15日前发放到账。", "安澜市就业服务中心"),
    L("2025-11-27", "15:44", None, "", "技能提升补贴申请一直显示审核中",
      "我今年6月取得了电工中级职业资格证书，9月在网上申请技能提升补贴，到现在还显示审核中，请问什么原因？", "", ""),
    L("2025-11-24", "08:55", "2025-12-02", "11:08", "某物流公司未签劳动合同",
      "我在某物流公司当快递分拣员半年了，公司一直不签劳动合同，也没有缴纳社保，请问怎么维权？",
      "您好！市劳动保障监察支队已对该公司立案调查，责令其限期与劳动者签订书面劳动合同并补缴社会保险费。您也可以向市劳动人事争议仲裁院申请仲裁，主张未签劳动合同二倍工资。", "安澜市劳动保障监察支队"),
    L("2025-11-14", "14:03", "2025-11-20", "10:37", "退休人员养老金资格认证方式",
      "我父亲今年79岁，行动不便，请问养老金资格认证能否在家办理？",
      "您好！退休人员可以通过“掌上12333”APP或“安澜人社”微信公众号进行人脸识别认证，也可以拨打12333预约工作人员上门认证。", "安澜市社会保险事业管理中心"),
    L("2025-10-30", "11:26", "2025-11-07", "15:50", "人才公寓申请进度查询",
      "本人为2025年引进的全日制硕士，8月提交人才公寓申请，目前没有任何消息，请问进度如何？",
      "您好！经查，2025年第二批人才公寓配租已于11月初完成资格审核，您的申请已通过审核，近期将通知您选房。", "安澜市人才发展服务中心"),
    L("2025-10-09", "09:08", "2025-10-16", "17:15", "国庆假期加班工资计算标准",
      "单位安排我10月1日至3日加班，请问加班工资应该按几倍计算？8日加班又怎么算？",
      "您好！10月1日至3日为法定节假日，安排劳动者工作的应支付不低于工资300%的工资报酬；10月8日为调休休息日，可安排补休，不能安排补休的支付不低于工资200%的工资报酬。", "安澜市劳动关系科"),
    L("2025-09-30", "17:42", "2025-10-14", "09:30", "高校毕业生就业见习补贴标准",
      "请问我市就业见习单位的见习补贴标准是多少？见习期间是否缴纳保险？",
      "您好！我市就业见习补贴按当地最低工资标准的70%给予见习单位补贴，见习单位须为见习人员办理人身意外伤害保险。", "安澜市就业服务中心"),
    L("2025-09-05", "13:15", None, "", "工伤认定超过法定期限未作出决定",
      "我丈夫今年5月在工地受伤，6月提交工伤认定申请，至今未收到认定决定书，请问为什么？", "", ""),
    L("2025-08-26", "10:48", "2025-09-01", "14:12", "职称评审申报时间咨询",
      "请问2025年度中级工程师职称评审什么时候开始申报？",
      "您好！2025年度工程系列中级职称评审申报工作于9月15日开始，具体请关注市人社局网站通知公告栏目。", "安澜市专业技术人员管理科"),
    L("2025-08-11", "16:20", None, "", "被拖欠的三个月工资仍未追回",
      "我们在城东某酒店工作，酒店3月停业后拖欠员工三个月工资，7月向劳动监察投诉后至今没有结果。", "", ""),
    L("2025-07-21", "08:33", "2025-07-30", "16:05", "社保卡补换领太慢",
      "7月初在银行网点补办社保卡，说要等两周，到现在还没拿到，影响看病报销。",
      "您好！因制卡厂商系统升级，7月上旬部分社保卡制卡延迟，目前已全部制作完成，请携带身份证到原网点领取。", "安澜市社会保险事业管理中心"),
    L("2025-06-16", "11:11", "2025-06-20", "10:00", "创业担保贷款申请条件",
      "我打算在老家开一家农产品网店，请问能否申请创业担保贷款？",
      "您好！符合条件的返乡创业人员可申请最高30万元的创业担保贷款，请携带相关材料到市创业服务中心咨询办理。", "安澜市创业服务中心"),
    L("2025-05-26", "15:37", "2025-06-04", "11:42", "企业年金转移接续问题",
      "本人从原单位离职后企业年金一直无法转入新单位，请问如何处理？",
      "您好！企业年金转移需由原单位向年金受托人提出申请，我局已联系您原单位，要求其在十个工作日内办理转移手续。", "安澜市社会保险事业管理中心"),
    L("2025-04-25", "09:20", "2025-05-07", "15:33", "五一假期期间劳动者休息权",
      "公司要求五一假期全部上班，并且不安排补休，也不发加班费，请问是否合法？",
      "您好！用人单位在法定节假日安排劳动者工作的，应当支付不低于工资300%的工资报酬。市劳动保障监察支队已约谈该公司，责令其依法支付加班工资。", "安澜市劳动保障监察支队"),
    L("2025-04-22", "10:05", "2025-04-28", "16:40", "养老保险视同缴费年限认定",
      "本人1988年至1995年在原国营棉纺厂工作，请问这段工龄能否视同缴费年限？",
      "您好！您可携带原始档案到市社会保险事业管理中心办理视同缴费年限认定，经审核符合条件的可以视同缴费年限。", "安澜市社会保险事业管理中心"),
    L("2025-03-03", "14:28", "2025-03-07", "09:45", "春季招聘会时间地点",
      "请问今年春风行动大型招聘会什么时候举办？",
      "您好！2025年春风行动大型现场招聘会于3月15日在市人力资源市场举办，届时将有200余家企业参会。", "安澜市就业服务中心"),
    L("2025-02-10", "08:16", None, "", "事业单位公开招聘加分政策",
      "请问退役大学生士兵报考我市事业单位是否有加分政策？", "", ""),
    L("2025-01-20", "16:52", "2025-02-05", "10:18", "春节前农民工工资支付情况",
      "我们在安澜大道某安置房项目务工，春节前项目部只发了一半工资，剩下的说年后再发。",
      "您好！经查，该项目总承包单位已于2月初将剩余工资通过农民工工资专用账户足额发放。", "安澜市劳动保障监察支队"),
    L("2025-01-02", "11:30", "2025-01-08", "15:02", "新年度医保缴费截止时间",
      "请问2025年度城乡居民医保缴费截止时间是什么时候？",
      "您好！城乡居民医保属于医疗保障部门职责，2025年度集中缴费期截止到2月28日，详情可咨询市医疗保障局。", "安澜市人力资源和社会保障局办公室"),
    L("2024-12-09", "09:49", "2024-12-13", "17:20", "技工学校招生政策咨询",
      "请问市技师学院明年春季是否招收初中毕业生？学费多少？",
      "您好！市技师学院2025年春季招生计划已公布，初中毕业生可报读中级工班，中职阶段免学费。", "安澜市职业能力建设科"),
    L("2024-10-15", "13:06", None, "", "劳动能力鉴定结论有异议",
      "我对今年8月的劳动能力鉴定结论有异议，申请再次鉴定一个多月了没有任何回音。", "", ""),
]

SX_LETTERS = [
    L("2025-12-02", "09:18", "2025-12-04", "16:12", "新房交付后墙面开裂找谁",
      "我在锦绣江南小区买的房子刚交付两个月，客厅墙面出现多条裂缝，开发商一直推脱，请问该找哪个部门？",
      "您好！商品房在保修期内出现质量问题，由开发建设单位负责保修。我局已约谈该项目开发企业，要求其在一周内组织维修。", "双溪县住房和城乡建设局质量安全股"),
    L("2025-12-01", "15:40", None, "", "小区电梯频繁故障",
      "御景湾小区3栋电梯本月已经停运四次，有一次把老人困在里面半个多小时，物业说在等配件。", "", ""),
    L("2025-11-21", "10:05", None, "", "商品房预售资金监管问题",
      "听说我们购买的某楼盘开发商资金链紧张，工地已经停工一个多月，请问预售资金是否在监管账户？", "", ""),
    L("2025-11-17", "08:47", "2025-11-25", "11:30", "物业公司擅自提高物业费",
      "我们小区物业公司未经业主大会同意，从11月起将物业费从每平方米1.2元提高到1.8元，是否合法？",
      "您好！根据《物业管理条例》，物业服务收费标准调整应当经业主大会或业主依法共同决定。我局已责令该物业公司停止擅自调价行为。", "双溪县住房和城乡建设局物业管理股"),
    L("2025-11-03", "14:22", "2025-11-07", "10:15", "住房公积金提取用于老旧小区加装电梯",
      "我们单元准备加装电梯，请问住户能否提取住房公积金支付分摊费用？",
      "您好！根据我县既有住宅加装电梯实施办法，业主可以提取本人及配偶住房公积金用于支付加装电梯分摊费用。", "双溪县住房和城乡建设局"),
    L("2025-10-20", "11:38", "2025-10-31", "09:26", "建筑工地夜间施工噪音扰民",
      "城南大道某商业综合体工地最近每天晚上施工到凌晨一两点，噪音非常大，严重影响休息。",
      "您好！我局联合县生态环境局对该工地进行了夜间检查，责令其停止夜间违规施工，夜间确需连续作业的须办理夜间施工许可并公示。", "双溪县住房和城乡建设局建筑管理股"),
    L("2025-09-26", "16:55", "2025-10-10", "15:08", "国庆期间装修施工时间规定",
      "请问国庆假期期间小区内可以装修施工吗？有没有时间限制？",
      "您好！法定节假日期间，住宅小区内禁止进行产生噪声的装修作业。您可以通过12345热线反映违规施工情况。", "双溪县住房和城乡建设局物业管理股"),
    L("2025-09-01", "10:20", None, "", "保障性租赁住房分配不公开",
      "今年上半年的保障性租赁住房分配结果没有在网上公示，请问分配过程是否公开透明？", "", ""),
    L("2025-08-04", "09:03", "2025-08-08", "17:40", "危旧房屋安全鉴定申请",
      "我家老房子是上世纪八十年代建的砖混结构，最近发现承重墙有裂缝，请问怎样申请房屋安全鉴定？",
      "您好！您可以携带房屋权属证明到县房屋安全鉴定站申请鉴定，对经济困难家庭鉴定费用予以减免。", "双溪县房屋安全鉴定站"),
    L("2025-07-14", "08:29", None, "", "小区地下车库长期积水",
      "翡翠湾小区地下车库每次下雨都积水，排水泵坏了两个月也没修，物业说没有维修资金。", "", ""),
    L("2025-06-09", "13:46", "2025-06-18", "10:52", "住宅专项维修资金使用程序",
      "我们小区外墙瓷砖脱落，想动用住宅专项维修资金维修，请问需要走哪些程序？",
      "您好！使用住宅专项维修资金须经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，具体流程请咨询县物业维修资金管理中心。", "双溪县物业维修资金管理中心"),
    L("2025-05-06", "09:57", "2025-05-12", "16:03", "农村自建房审批需要什么材料",
      "我想在老宅基地上翻建三层楼房，请问需要到哪里办理审批手续？",
      "您好！农村村民住宅建设由乡镇人民政府负责审批，请携带宅基地使用证明、建房设计图纸等材料到所在乡镇便民服务中心办理。", "双溪县住房和城乡建设局村镇建设股"),
    L("2025-04-01", "17:21", "2025-04-09", "11:48", "清明前后城区道路施工围挡",
      "人民路施工围挡占用了一半车道，清明节前车流量大，能否先撤除部分围挡？",
      "您好！我局已要求施工单位在清明节前压缩围挡范围，恢复一条机动车道通行。", "双溪县住房和城乡建设局市政股"),
    L("2025-03-17", "10:11", "2025-03-26", "14:34", "商品房延期交房如何维权",
      "我购买的某小区房屋合同约定2024年12月交房，现在已经延期三个月，开发商没有任何说法。",
      "您好！我局已组织开发企业与购房户座谈，开发企业承诺于5月底前交房，并按合同约定支付逾期交房违约金。", "双溪县住房和城乡建设局房地产市场股"),
    L("2025-01-23", "15:05", "2025-02-07", "09:58", "春节前农民工工资专户问题",
      "我在某安置房工地做钢筋工，工资专户里的钱一直没有发到我们手上，快过年了。",
      "您好！经县住建局协调，该项目工资已于春节后通过工资专户足额发放到工人个人账户。", "双溪县住房和城乡建设局建筑管理股"),
    L("2024-12-23", "11:19", None, "", "小区燃气管道老化更换",
      "幸福里小区燃气管道是二十年前铺设的，多处锈蚀，请问有没有改造计划？", "", ""),
    L("2024-12-10", "08:40", "2024-12-13", "15:27", "购房契税补贴申请时间",
      "请问我县购房契税补贴政策什么时候截止申请？",
      "您好！我县购房契税补贴政策申请截止时间为2025年6月30日，请在网签备案后到县不动产登记中心申请。", "双溪县住房和城乡建设局房地产市场股"),
    L("2024-11-05", "16:33", None, "", "城中村改造安置房建设进度",
      "河东城中村改造安置房2022年开工，原定2024年交付，现在还没有封顶，请问什么时候能交房？", "", ""),
]


def assign_paths() -> None:
    for i, lt in enumerate(FL_LETTERS):
        lt.code = f"FL{lt.sent:%Y%m%d}{200 + len(FL_LETTERS) - i:04d}"
        lt.path = f"/jact/front/mailpubdetail/2302/{lt.code}.html"
    for i, lt in enumerate(AL_LETTERS):
        lt.code = f"t{lt.sent:%Y%m%d}_{5123400 + len(AL_LETTERS) - i * 7}"
        lt.path = f"/zmhd/jzxx/{lt.sent:%Y%m}/{lt.code}.html"
    for i, lt in enumerate(SX_LETTERS):
        lt.code = f"WZ{lt.sent:%y%m%d}{(i * 37 + 11) % 90 + 10:02d}{len(SX_LETTERS) - i:03d}"
        lt.path = f"/wzpt/detail/{lt.code}.html"


# =============================================================================================
# Page helpers
# =============================================================================================


def write(rel: str, text: str | bytes) -> None:
    p = SITES / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")


def paginate(items: list, sizes: list[int]) -> list[list]:
    out, i = [], 0
    for n in sizes:
        out.append(items[i:i + n])
        i += n
    assert i == len(items), (i, len(items))
    return out


# ---------------------------------------------------------------------------------------------
# Site 1: fengling, county portal
# ---------------------------------------------------------------------------------------------

FL = dict(name="枫岭县人民政府", unit="枫岭县人民政府办公室", addr="枫岭县府前路1号县行政中心",
          phone="0794-8312345", postcode="344600")


def fl_page(title: str, body: str, crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(title)}_{FL['name']}</title>
<meta name="SiteName" content="{FL['name']}">
<meta name="SiteDomain" content="www.fengling.gov.cn">
<meta name="SiteIDCode" content="3610250001">
<link rel="stylesheet" href="/images/css/style.css">
</head>
<body>
<div class="top"><div class="w1200"><span class="today">2025年12月05日 星期五</span>
<span class="toplinks"><a href="/col/col2001/index.html">无障碍</a> | <a href="/col/col2002/index.html">长者模式</a> | <a href="/col/col2003/index.html">English</a></span></div></div>
<div class="header"><div class="w1200"><a href="/index.html" class="logo"><img src="/images/logo.png" alt="{FL['name']}"></a></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/index.html">首页</a></li>
<li><a href="/col/col2101/index.html">政务公开</a></li>
<li><a href="/col/col2401/index.html">政务服务</a></li>
<li><a href="/col/col2301/index.html">互动交流</a></li>
<li><a href="/col/col2501/index.html">走进枫岭</a></li>
</ul></div>
<div class="w1200 main">
<div class="bt-position">当前位置：<a href="/index.html">首页</a> &gt; {crumbs}</div>
{body}
</div>
<div class="footer"><div class="w1200">
<p><a href="/col/col2004/index.html">网站地图</a> | <a href="/col/col2005/index.html">联系我们</a> | <a href="/col/col2006/index.html">隐私声明</a></p>
<p>主办单位：{FL['unit']}　承办单位：枫岭县大数据中心　联系电话：{FL['phone']}</p>
<p>网站标识码：3610250001　<a href="https://beian.miit.gov.cn/">赣ICP备05004220号</a>　<img src="/images/ga.png" alt="">赣公网安备 36102502000118号</p>
<p>Copyright © 2003-2025 www.fengling.gov.cn All Rights Reserved</p>
<p><a href="/col/col2007/index.html"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p>
</div></div>
</body>
</html>
"""


def fl_status(lt: Letter) -> str:
    if lt.replied:
        return "已办结"
    return "办理中" if (AS_OF - lt.sent).days < 40 else "已受理"


def gen_fengling() -> dict:
    global SITES
    root = SITES
    SITES = root / "fengling"
    letters = FL_LETTERS
    home = """<div class="home-links">
<div class="box"><h3>政务公开</h3><ul>
<li><a href="/col/col2202/index.html">政府信息公开指南</a></li>
<li><a href="/col/col2203/index.html">政府信息公开制度</a></li>
<li><a href="/col/col2201/index.html">依申请公开</a></li>
<li><a href="/col/col2204/index.html">政府信息公开年报</a></li></ul></div>
<div class="box"><h3>互动交流</h3><ul>
<li><a href="/col/col2302/index.html">县长信箱</a></li>
<li><a href="/col/col2303/index.html">征集调查</a></li>
<li><a href="/col/col2304/index.html">在线访谈</a></li></ul></div>
<div class="box"><h3>通知公告</h3><ul>
<li><a href="/art/2025/12/3/art_2103_41877.html">关于2026年元旦期间值班安排的通知</a><span>2025-12-03</span></li>
<li><a href="/art/2025/11/28/art_2103_41860.html">枫岭县2025年冬季征兵工作公告</a><span>2025-11-28</span></li></ul></div>
</div>"""
    write("/index.html", fl_page("首页", home, "首页"))
    # the board: 3 list pages
    pages = paginate(letters, [8, 8, 4])
    lists = ["/col/col2302/index.html", "/col/col2302/index_2.html", "/col/col2302/index_3.html"]
    for n, chunk in enumerate(pages):
        rows = []
        for k, lt in enumerate(chunk):
            no = n * 8 + k + 1
            rows.append(f"""<tr class="{'odd' if k % 2 else 'even'}">
<td class="xh">{no}</td>
<td class="bt"><a href="{lt.path}" target="_blank" title="{E(lt.title)}">{E(lt.title)}</a></td>
<td class="rq">{lt.sent:%Y-%m-%d}</td>
<td class="zt">{fl_status(lt)}</td>
</tr>""")
        nav = []
        nav.append(f'<a href="{lists[0]}">首页</a>')
        nav.append(f'<a href="{lists[n - 1]}">上一页</a>' if n > 0 else '<span class="disabled">上一页</span>')
        nav.append(f'<a href="{lists[n + 1]}">下一页</a>' if n < len(lists) - 1 else '<span class="disabled">下一页</span>')
        nav.append(f'<a href="{lists[-1]}">尾页</a>')
        body = f"""<div class="mail-box">
<div class="mail-head"><h2>县长信箱</h2>
<div class="mail-btns"><a class="btn-write" href="/jact/front/mailwrite.html">我要写信</a><a class="btn-query" href="/jact/front/mailquery.html">信件查询</a></div>
<div class="mail-tip">县长信箱受理群众对县政府工作的意见建议、投诉求助。涉法涉诉事项请通过法定途径反映。</div></div>
<table class="mail-list" width="100%" cellspacing="0" cellpadding="0">
<tr class="head"><th width="8%">序号</th><th>信件标题</th><th width="14%">来信时间</th><th width="12%">办理状态</th></tr>
{chr(10).join(rows)}
</table>
<div class="pagination">共{len(letters)}条记录　第{n + 1}/{len(lists)}页　{'　'.join(nav)}</div>
</div>"""
        write(lists[n], fl_page("县长信箱", body, '<a href="/col/col2301/index.html">互动交流</a> &gt; 县长信箱'))
    for lt in letters:
        who = "匿名" if len(lt.title) % 3 == 0 else lt.title[0] + "**"
        if lt.replied:
            reply = f"""<table class="mail-detail reply" width="100%">
<tr><th width="15%">答复单位</th><td width="35%">{E(lt.unit)}</td><th width="15%">答复时间</th><td>{lt.replied:%Y-%m-%d} {lt.rt}</td></tr>
<tr><th>答复内容</th><td colspan="3" class="content">{E(lt.a)}</td></tr>
</table>"""
        else:
            reply = f"""<table class="mail-detail reply" width="100%">
<tr><th width="15%">答复单位</th><td width="35%">{E(lt.unit)}</td><th width="15%">答复时间</th><td></td></tr>
<tr><th>答复内容</th><td colspan="3" class="content">该信件正在办理中，请耐心等待。</td></tr>
</table>"""
        body = f"""<div class="mail-view">
<h2 class="mail-title">{E(lt.title)}</h2>
<table class="mail-detail" width="100%">
<tr><th width="15%">信件编号</th><td width="35%">{lt.code}</td><th width="15%">办理状态</th><td>{fl_status(lt)}</td></tr>
<tr><th>来信人</th><td>{E(who)}</td><th>来信时间</th><td>{lt.sent:%Y-%m-%d} {lt.st}</td></tr>
<tr><th>信件标题</th><td colspan="3">{E(lt.title)}</td></tr>
<tr><th>信件内容</th><td colspan="3" class="content">{E(lt.q)}</td></tr>
</table>
{reply}
<div class="mail-foot"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>"""
        write(lt.path, fl_page(lt.title, body, '<a href="/col/col2301/index.html">互动交流</a> &gt; <a href="/col/col2302/index.html">县长信箱</a>'))
    write("/jact/front/mailwrite.html", fl_page("我要写信", """<div class="mail-write">
<h2>县长信箱 · 我要写信</h2>
<div class="notice">请如实填写以下信息，带<em>*</em>号为必填项。我们将在5个工作日内予以答复。</div>
<form name="mailForm" id="mailForm" action="/jact/front/mailsubmit.do" method="post">
<table class="form-table" width="100%">
<tr><th><em>*</em>姓　　名：</th><td><input type="text" name="username" id="username" maxlength="20"></td></tr>
<tr><th><em>*</em>手机号码：</th><td><input type="text" name="mobile" id="mobile" maxlength="11"></td></tr>
<tr><th>联系地址：</th><td><input type="text" name="address" id="address" maxlength="100"></td></tr>
<tr><th><em>*</em>信件类型：</th><td><select name="mailtype"><option value="1">咨询</option><option value="2">建议</option><option value="3">投诉</option><option value="4">求助</option></select></td></tr>
<tr><th><em>*</em>信件标题：</th><td><input type="text" name="title" id="title" maxlength="50"></td></tr>
<tr><th><em>*</em>信件内容：</th><td><textarea name="content" id="content" rows="10" cols="70"></textarea></td></tr>
<tr><th>是否公开：</th><td><label><input type="radio" name="isopen" value="1" checked>公开</label><label><input type="radio" name="isopen" value="0">不公开</label></td></tr>
<tr><th><em>*</em>验 证 码：</th><td><input type="text" name="checkcode" maxlength="4"><img src="/jact/front/checkcode.png" alt="验证码"></td></tr>
<tr><td colspan="2" class="btns"><input type="submit" value="提交信件"> <input type="reset" value="重新填写"></td></tr>
</table>
</form>
</div>""", '<a href="/col/col2302/index.html">县长信箱</a> &gt; 我要写信'))
    # 依申请公开
    write("/col/col2201/index.html", fl_page("依申请公开", """<div class="article">
<h2>依申请公开</h2>
<div class="content">
<p>公民、法人或者其他组织可以向枫岭县人民政府及其工作部门申请公开政府信息。申请人可通过当面、信函、传真或在线方式提出申请。</p>
<p>在线申请请点击：<a href="/module/ysqgk/apply.html">【政府信息公开在线申请】</a></p>
<p>办理流程请参阅：<a href="/col/col2202/index.html">枫岭县人民政府信息公开指南</a></p>
</div></div>""", '<a href="/col/col2101/index.html">政务公开</a> &gt; 依申请公开'))
    units = ["枫岭县人民政府办公室", "枫岭县发展和改革委员会", "枫岭县教育体育局", "枫岭县公安局", "枫岭县财政局",
             "枫岭县人力资源和社会保障局", "枫岭县自然资源局", "枫岭县住房和城乡建设局", "枫岭县卫生健康委员会"]
    opts = "".join(f'<option value="{i + 1}">{u}</option>' for i, u in enumerate(units))
    write("/module/ysqgk/apply.html", fl_page("政府信息公开在线申请", f"""<div class="ysq-apply">
<h2>政府信息公开申请</h2>
<form id="ysqForm" name="ysqForm" action="/module/ysqgk/submit.do" method="post">
<table class="ysq-table" width="100%">
<tr><th rowspan="9" class="group">申<br>请<br>人<br>信<br>息</th><th colspan="2">申请人类型</th><td><label><input type="radio" name="sqrlx" value="0" checked>公民</label> <label><input type="radio" name="sqrlx" value="1">法人或者其他组织</label></td></tr>
<tr><th rowspan="4">公民</th><th><em>*</em>姓名</th><td><input type="text" name="xm"></td></tr>
<tr><th>工作单位</th><td><input type="text" name="gzdw"></td></tr>
<tr><th><em>*</em>证件名称</th><td><select name="zjmc"><option>身份证</option><option>护照</option><option>其他</option></select></td></tr>
<tr><th><em>*</em>证件号码</th><td><input type="text" name="zjhm"></td></tr>
<tr><th rowspan="2">法人或者其他组织</th><th>名称</th><td><input type="text" name="frmc"></td></tr>
<tr><th>统一社会信用代码</th><td><input type="text" name="tyshxydm"></td></tr>
<tr><th colspan="2"><em>*</em>联系电话</th><td><input type="text" name="lxdh"></td></tr>
<tr><th colspan="2">通信地址</th><td><input type="text" name="txdz"> 邮政编码 <input type="text" name="yzbm" size="8"></td></tr>
<tr><th rowspan="4" class="group">所<br>需<br>信<br>息</th><th colspan="2"><em>*</em>受理机关</th><td><select name="sljg">{opts}</select></td></tr>
<tr><th colspan="2">所需信息的名称</th><td><input type="text" name="xxmc"></td></tr>
<tr><th colspan="2"><em>*</em>所需信息的内容描述</th><td><textarea name="nrms" rows="6" cols="60"></textarea></td></tr>
<tr><th colspan="2">所需信息的用途</th><td><textarea name="yt" rows="3" cols="60"></textarea></td></tr>
<tr><th colspan="3"><em>*</em>验证码</th><td><input type="text" name="yzm" maxlength="4"><img src="/module/ysqgk/yzm.png" alt=""></td></tr>
<tr><td colspan="4" class="btns"><input type="submit" value="提交申请"> <input type="reset" value="重置"></td></tr>
</table>
</form>
</div>""", '<a href="/col/col2201/index.html">依申请公开</a> &gt; 在线申请'))
    # guide: column page linking the guide article
    guide = "/art/2025/1/8/art_2202_41022.html"
    write("/col/col2202/index.html", fl_page("政府信息公开指南", f"""<div class="list"><h2>政府信息公开指南</h2><ul>
<li><a href="{guide}" target="_blank">枫岭县人民政府信息公开指南（2025年修订）</a><span>2025-01-08</span></li>
<li><a href="/art/2021/3/2/art_2202_20931.html" target="_blank">枫岭县人民政府信息公开指南（2021年）（已废止）</a><span>2021-03-02</span></li>
</ul></div>""", '<a href="/col/col2101/index.html">政务公开</a> &gt; 政府信息公开指南'))
    write(guide, fl_page("枫岭县人民政府信息公开指南", f"""<div class="article">
<h1 class="art-title">枫岭县人民政府信息公开指南（2025年修订）</h1>
<div class="art-info">发布日期：2025-01-08　信息来源：县政府办公室　浏览次数：2816</div>
<div class="art-content">
<p>　　为了更好地提供政府信息公开服务，保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。</p>
<p><strong>一、主动公开</strong></p>
<p>　　（一）公开内容。本机关主动公开的政府信息包括机构职能、政策文件、规划计划、财政预决算、重大建设项目等《条例》第二十条、第二十一条规定的内容。</p>
<p>　　（二）公开方式。主要通过枫岭县人民政府网站、“枫岭发布”政务新媒体、政府公报、县档案馆及县图书馆政府信息查阅点等途径公开。</p>
<p>　　（三）公开时限。属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。</p>
<p><strong>二、依申请公开</strong></p>
<p>　　（一）受理机构</p>
<p>　　名　　称：{FL['unit']}</p>
<p>　　办公地址：{FL['addr']}</p>
<p>　　邮政编码：{FL['postcode']}</p>
<p>　　联系电话：（0794）8312345</p>
<p>　　传　　真：（0794）8312346</p>
<p>　　电子邮箱：flxzwgk@fengling.gov.cn</p>
<p>　　办公时间：工作日上午8:00—12:00，下午14:30—17:30（法定节假日除外）</p>
<p>　　（二）申请方式</p>
<p>　　1.当面申请。申请人可到受理机构当面提交书面申请。</p>
<p>　　2.信函申请。申请人以信函方式提出申请的，请在信封左下角注明“政府信息公开申请”字样，邮寄至上述地址。</p>
<p>　　3.传真申请。申请人可将填写好的申请表传真至上述传真号码，并通过电话确认。</p>
<p>　　4.网络申请。申请人可通过枫岭县人民政府网站“依申请公开”栏目在线提交申请。</p>
<p>　　（三）办理时限。能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。</p>
<p>　　（四）收费。行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，可以按照《政府信息公开信息处理费管理办法》收取信息处理费。</p>
<p><strong>三、监督和救济</strong></p>
<p>　　公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向枫岭县人民政府政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</div>
<div class="art-foot">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>""", '<a href="/col/col2202/index.html">政府信息公开指南</a>'))
    write("/art/2021/3/2/art_2202_20931.html", fl_page("枫岭县人民政府信息公开指南（2021年）", """<div class="article">
<h1 class="art-title">枫岭县人民政府信息公开指南（2021年）（已废止）</h1>
<div class="art-info">发布日期：2021-03-02　信息来源：县政府办公室</div>
<div class="art-content"><p>本指南已于2025年1月8日废止，请查阅最新版本。</p></div></div>""", "政府信息公开指南"))
    SITES = root
    return {
        "board": {"entry": lists[0], "list_pages": lists, "write": "/jact/front/mailwrite.html"},
        "letters": letters,
        "channels": {"message_board": lists[0], "application": "/col/col2201/index.html", "guide": guide},
        "apply_form": "/module/ysqgk/apply.html",
        "guide": guide,
    }


# ---------------------------------------------------------------------------------------------
# Site 2: anlan-rsj, city bureau
# ---------------------------------------------------------------------------------------------

AL = dict(name="安澜市人力资源和社会保障局", unit="安澜市人力资源和社会保障局办公室",
          addr="安澜市世纪大道168号市民中心B座", old_addr="安澜市解放路45号", phone="0795-3286120")

PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  document.write("<div class=\\"page\\">");
  if(nCurrIndex == 0){ document.write("<span>首页</span> <span>上一页</span> "); }
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a> ");
    var prev = nCurrIndex == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + (nCurrIndex - 1) + "." + _sPageExt;
    document.write("<a href=\\"" + prev + "\\">上一页</a> ");
  }
  for(var i = 0; i < _nPageCount; i++){
    var href = i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    if(i == nCurrIndex){ document.write("<span class=\\"cur\\">" + (i + 1) + "</span> "); }
    else { document.write("<a href=\\"" + href + "\\">" + (i + 1) + "</a> "); }
  }
  if(nCurrIndex == _nPageCount - 1){ document.write("<span>下一页</span> <span>尾页</span>"); }
  else {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a> ");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
  }
  document.write("</div>");
}
"""


def al_page(title: str, body: str, crumbs: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)}</title>
<meta name="SiteName" content="{AL['name']}" />
<meta name="ColumnName" content="{E(crumbs.split('>')[-1].strip() if crumbs else '首页')}" />
<link href="/images/rsj.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/page.js"></script>
</head>
<body>
<div class="head"><div class="head-in"><a href="/"><img src="/images/rsj_logo.png" alt="{AL['name']}" /></a>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="menu"><ul>
<li><a href="/">首页</a></li>
<li><a href="/xwdt/">新闻动态</a></li>
<li><a href="/zfxxgk/">政府信息公开</a></li>
<li><a href="/zcfg/">政策法规</a></li>
<li><a href="/bsfw/">办事服务</a></li>
<li><a href="/zmhd/">政民互动</a></li>
</ul></div>
<div class="container">
<div class="location">您当前的位置：<a href="/">首页</a>{(' &gt; ' + crumbs) if crumbs else ''}</div>
{body}
</div>
<div class="foot">
<p>主办：{AL['name']}　地址：{AL['addr']}　邮编：332000</p>
<p>咨询电话：12333　办公室电话：{AL['phone']}　政风行风投诉：0795-3286100</p>
<p>网站标识码：3609000021　赣ICP备12003456号-1　赣公网安备36090002000221号</p>
<p>版权所有 © 2025 {AL['name']}　<a href="/jc/">我为政府网站找错</a></p>
</div>
</body>
</html>
"""


def al_detail_pub(lt: Letter) -> date:
    return lt.replied + timedelta(days=1) if lt.replied else lt.sent


def gen_anlan() -> dict:
    global SITES
    root = SITES
    SITES = root / "anlan-rsj"
    letters = AL_LETTERS
    write("/js/page.js", PAGE_JS)
    write("/index.html", al_page(AL["name"], """<div class="idx">
<div class="idx-news"><h3><a href="/xwdt/">新闻动态</a></h3><ul>
<li><a href="/xwdt/202512/t20251204_5128810.html">全市人社系统开展根治欠薪冬季专项行动</a><span>12-04</span></li>
<li><a href="/xwdt/202512/t20251201_5128732.html">2025年安澜市秋季大型人才招聘会成功举办</a><span>12-01</span></li>
<li><a href="/xwdt/202511/t20251126_5128601.html">我市新增3家省级高技能人才培训基地</a><span>11-26</span></li></ul></div>
<div class="idx-gk"><h3><a href="/zfxxgk/">政府信息公开</a></h3><ul>
<li><a href="/zfxxgk/xxgkzn/">政府信息公开指南</a></li>
<li><a href="/zfxxgk/xxgkzd/">政府信息公开制度</a></li>
<li><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a></li>
<li><a href="/zfxxgk/ysqgk/">依申请公开</a></li>
<li><a href="/zfxxgk/ndbg/">政府信息公开年报</a></li></ul></div>
<div class="idx-hd"><h3><a href="/zmhd/">政民互动</a></h3><ul>
<li class="jzxx"><a href="/zmhd/jzxx/"><img src="/images/ico_jzxx.png" alt="" />局长信箱</a></li>
<li class="zxft"><a href="/zmhd/zxft/"><img src="/images/ico_zxft.png" alt="" />在线访谈</a></li>
<li class="myzj"><a href="/zmhd/myzj/"><img src="/images/ico_myzj.png" alt="" />民意征集</a></li></ul></div>
</div>"""))
    pages = paginate(letters, [8, 8, 6])
    lists = ["/zmhd/jzxx/index.html", "/zmhd/jzxx/index_1.html", "/zmhd/jzxx/index_2.html"]
    for n, chunk in enumerate(pages):
        lis = []
        for lt in chunk:
            rel = "." + lt.path[len("/zmhd/jzxx"):]
            st = '<span class="zt ok">已回复</span>' if lt.replied else '<span class="zt dd">待回复</span>'
            lis.append(f'<li><span class="bt"><a href="{rel}" target="_blank" title="{E(lt.title)}">{E(lt.title)}</a></span>'
                       f'<span class="rq">{lt.sent:%Y-%m-%d}</span>{st}</li>')
        body = f"""<div class="side"><h3>政民互动</h3><ul>
<li class="on"><a href="/zmhd/jzxx/">局长信箱</a></li><li><a href="/zmhd/zxft/">在线访谈</a></li><li><a href="/zmhd/myzj/">民意征集</a></li></ul></div>
<div class="right">
<div class="r-tit"><span>局长信箱</span><a class="xx-btn" href="/zmhd/jzxx/xiexin.html">我要写信</a></div>
<div class="xx-intro">局长信箱主要受理涉及我局职责范围内的咨询、建议和投诉。来信将在5个工作日内答复；政策咨询请优先拨打12333热线。</div>
<div class="xx-head"><span class="bt">信件标题</span><span class="rq">来信日期</span><span class="zt">状态</span></div>
<ul class="xx-list">
{chr(10).join(lis)}
</ul>
<script type="text/javascript">createPageHTML({len(lists)}, {n}, "index", "html");</script>
</div>"""
        write(lists[n], al_page("局长信箱", body, '<a href="/zmhd/">政民互动</a> &gt; <a href="/zmhd/jzxx/">局长信箱</a>'))
    for lt in letters:
        pub = al_detail_pub(lt)
        if lt.replied:
            rep = f"""<tr><td class="lab">回复单位</td><td>{E(lt.unit)}</td></tr>
<tr><td class="lab">回复日期</td><td>{lt.replied:%Y年%m月%d日}</td></tr>
<tr><td class="lab">回复内容</td><td class="nr">{E(lt.a)}</td></tr>"""
            state = "已回复"
        else:
            rep = """<tr><td class="lab">回复内容</td><td class="nr">（正在办理中）</td></tr>"""
            state = "待回复"
        body = f"""<div class="xl">
<div class="xl-tit">{E(lt.title)}</div>
<div class="xl-info">发布时间：{pub:%Y-%m-%d}　来源：{AL['name']}　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<table class="xx-table" cellspacing="0" cellpadding="0">
<tr><td class="lab">信件标题</td><td>{E(lt.title)}</td></tr>
<tr><td class="lab">来信人</td><td>网友</td></tr>
<tr><td class="lab">来信日期</td><td>{lt.sent:%Y年%m月%d日}</td></tr>
<tr><td class="lab">来信内容</td><td class="nr">{E(lt.q)}</td></tr>
<tr><td class="lab">处理状态</td><td>{state}</td></tr>
{rep}
</table>
<div class="xl-btn"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
</div>"""
        write(lt.path, al_page(lt.title, body, '<a href="/zmhd/">政民互动</a> &gt; <a href="/zmhd/jzxx/">局长信箱</a>'))
    write("/zmhd/jzxx/xiexin.html", al_page("我要写信", """<div class="xx-write">
<div class="r-tit"><span>局长信箱 - 我要写信</span></div>
<form id="xxForm" action="/interaction/submit" method="post">
<p><label>姓名：</label><input type="text" name="name" /> <span class="must">*</span></p>
<p><label>联系电话：</label><input type="text" name="tel" /> <span class="must">*</span></p>
<p><label>电子邮箱：</label><input type="text" name="email" /></p>
<p><label>来信类别：</label><select name="type"><option>咨询</option><option>建议</option><option>投诉</option></select></p>
<p><label>信件标题：</label><input type="text" name="title" size="60" /> <span class="must">*</span></p>
<p><label>来信内容：</label><textarea name="content" rows="10" cols="70"></textarea> <span class="must">*</span></p>
<p><label>验证码：</label><input type="text" name="code" size="6" /><img src="/interaction/code.jpg" alt="验证码" /></p>
<p class="btn"><input type="submit" value="提 交" /> <input type="reset" value="重 置" /></p>
</form></div>""", '<a href="/zmhd/jzxx/">局长信箱</a> &gt; 我要写信'))
    # 依申请公开 with a downloadable docx
    docx_path = "/zfxxgk/ysqgk/202301/P020230112563418726915.docx"
    write("/zfxxgk/ysqgk/index.html", al_page("依申请公开", f"""<div class="right">
<div class="r-tit"><span>依申请公开</span></div>
<div class="art">
<p>　　公民、法人或者其他组织申请获取我局政府信息的，可以采用当面提交、信函、电子邮件等书面形式提出申请。</p>
<p>　　申请人采用信函方式提出申请的，请在信封左下角注明“政府信息公开申请”字样；采用电子邮件方式提出申请的，请在邮件标题注明“政府信息公开申请”字样。</p>
<p>　　申请表格可从本网站下载，复制有效。</p>
<p class="fj">附件：<a href="./202301/P020230112563418726915.docx">{AL['name']}政府信息公开申请表.docx</a></p>
<p>　　具体办理程序请查阅<a href="/zfxxgk/xxgkzn/">政府信息公开指南</a>。</p>
</div></div>""", '<a href="/zfxxgk/">政府信息公开</a> &gt; 依申请公开'))
    write(docx_path, al_docx())
    # guide: column listing one article
    gpath = "/zfxxgk/xxgkzn/202501/t20250115_5012388.html"
    write("/zfxxgk/xxgkzn/index.html", al_page("政府信息公开指南", """<div class="right">
<div class="r-tit"><span>政府信息公开指南</span></div>
<ul class="list">
<li><a href="./202501/t20250115_5012388.html" target="_blank">安澜市人力资源和社会保障局政府信息公开指南</a><span>2025-01-15</span></li>
</ul></div>""", '<a href="/zfxxgk/">政府信息公开</a> &gt; 政府信息公开指南'))
    write(gpath, al_page("安澜市人力资源和社会保障局政府信息公开指南", f"""<div class="xl">
<div class="xl-tit">安澜市人力资源和社会保障局政府信息公开指南</div>
<div class="xl-info">发布时间：2025-01-15　来源：市人社局办公室</div>
<div class="TRS_Editor">
<p>　　根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，为便于公民、法人和其他组织获取我局政府信息，特编制本指南。</p>
<p>　　<b>一、主动公开</b></p>
<p>　　（一）公开范围。我局主动公开机构职能、政策文件、人事考试、职称评审、社会保险待遇标准、就业创业扶持政策、行政执法等信息。</p>
<p>　　（二）公开方式。通过本局门户网站、“安澜人社”微信公众号、市政务服务中心公开查阅点等方式公开。</p>
<p>　　（三）公开时限。自该信息形成或者变更之日起20个工作日内予以公开。</p>
<p>　　<b>二、依申请公开</b></p>
<p>　　（一）受理机构</p>
<p>　　受理机构：{AL['unit']}</p>
<p>　　地　　址：{AL['old_addr']}</p>
<p>　　邮政编码：332000</p>
<p>　　咨询电话：{AL['phone']}</p>
<p>　　电子邮箱：alrsjbgs@163.com</p>
<p>　　受理时间：周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30</p>
<p>　　（二）申请方式。申请人可以通过当面提交、信函、电子邮件等方式提出申请，并填写《{AL['name']}政府信息公开申请表》。</p>
<p>　　（三）办理时限。我局收到政府信息公开申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内予以答复，需要延长答复期限的，延长期限最长不超过20个工作日。</p>
<p>　　<b>三、监督方式及程序</b></p>
<p>　　公民、法人或者其他组织认为我局在政府信息公开工作中侵犯其合法权益的，可以向安澜市人民政府政务公开办公室投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</div></div>""", '<a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/xxgkzn/">政府信息公开指南</a>'))
    write("/zfxxgk/ndbg/index.html", al_page("政府信息公开年报", """<div class="right"><div class="r-tit"><span>政府信息公开年报</span></div><ul class="list">
<li><a href="./202501/t20250120_5012501.html">安澜市人力资源和社会保障局2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li></ul></div>""", "政府信息公开年报"))
    SITES = root
    return {
        "board": {"entry": "/zmhd/jzxx/", "list_pages": ["/zmhd/jzxx/", lists[1], lists[2]], "write": "/zmhd/jzxx/xiexin.html"},
        "letters": letters,
        "docx": docx_path,
        "guide": gpath,
    }


def al_docx() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "市人社局办公室"
    d.core_properties.created = datetime(2023, 1, 12, 9, 0, 0)
    d.core_properties.modified = datetime(2023, 1, 12, 9, 0, 0)
    d.core_properties.last_modified_by = "市人社局办公室"
    d.core_properties.revision = 1
    h = d.add_paragraph()
    r = h.add_run(f"{AL['name']}政府信息公开申请表")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("申请编号：（由本机关填写）          申请日期：     年   月   日")
    rows = [
        ("申请人信息", "公民", "姓　　名", ""), ("申请人信息", "公民", "工作单位", ""),
        ("申请人信息", "公民", "证件名称", ""), ("申请人信息", "公民", "证件号码", ""),
        ("申请人信息", "公民", "通信地址", ""), ("申请人信息", "公民", "邮政编码", ""),
        ("申请人信息", "公民", "联系电话", ""), ("申请人信息", "公民", "电子邮箱", ""),
        ("申请人信息", "法人或者其他组织", "名　　称", ""), ("申请人信息", "法人或者其他组织", "统一社会信用代码", ""),
        ("申请人信息", "法人或者其他组织", "法定代表人或负责人", ""), ("申请人信息", "法人或者其他组织", "联系人姓名", ""),
        ("申请人信息", "法人或者其他组织", "联系人电话", ""), ("申请人信息", "法人或者其他组织", "联系人电子邮箱", ""),
        ("所需信息情况", "", "所需政府信息的名称", ""), ("所需信息情况", "", "所需政府信息的文号", ""),
        ("所需信息情况", "", "所需政府信息的内容描述", "\n\n\n"),
        ("所需信息情况", "", "所需政府信息的用途（选填）", ""),
        ("获取信息方式", "", "提供政府信息的指定方式（可选）", "□纸质文本　□电子邮件　□光盘　□磁盘"),
        ("获取信息方式", "", "获取信息的方式（可选）", "□邮寄　□快递　□电子邮件　□传真　□自行领取/当场阅读、抄录"),
        ("申请人签名（盖章）", "", "", ""),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, (a, b, c, v) in enumerate(rows):
        cells = t.rows[i].cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, b, c, v
    # merge the group cells like a real form
    def merge(col: int, lo: int, hi: int) -> None:
        top = t.cell(lo, col)
        txt = top.text
        m = top.merge(t.cell(hi, col))
        m.text = txt

    merge(0, 0, 13)
    merge(1, 0, 7)
    merge(1, 8, 13)
    merge(0, 14, 17)
    merge(0, 18, 19)
    for i in range(14, 21):
        m = t.cell(i, 1).merge(t.cell(i, 2))
        m.text = rows[i][2]
    last = t.cell(20, 0).merge(t.cell(20, 3))
    last.text = "申请人签名（盖章）：                    年    月    日"
    d.add_paragraph("说明：1.申请表应填写完整，对没有填写或填写不清的，申请人应补正。2.所需政府信息的内容描述应尽量详细、明确。")
    buf = io.BytesIO()
    d.save(buf)
    # rewrite with fixed timestamps so the bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 1, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Site 3: shuangxi-zjj, county bureau with a mobile-style 问政 board
# ---------------------------------------------------------------------------------------------

SX = dict(name="双溪县住房和城乡建设局", unit="双溪县住房和城乡建设局办公室", wrong_unit="双溪县自然资源局办公室",
          addr="双溪县建设路66号", phone="0793-7621180")


def sx_page(title: str, body: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{E(title)} - {SX['name']}</title>
<link rel="stylesheet" href="/static/css/main.css">
{extra_head}</head>
<body>
<header class="hd"><a class="hd-logo" href="/"><img src="/static/img/logo.png" alt="{SX['name']}"></a>
<nav class="hd-nav"><a href="/">首页</a><a href="/gzdt/">工作动态</a><a href="/xxgk/">信息公开</a><a href="/wzpt/">网上问政</a><a href="/bmfw/">便民服务</a></nav></header>
<main class="wrap">
{body}
</main>
<footer class="ft">
<p>{SX['name']}主办　地址：{SX['addr']}　电话：{SX['phone']}</p>
<p>网站标识码：3611230015　<a href="https://beian.miit.gov.cn">赣ICP备2021008812号-2</a>　赣公网安备36112302000156号</p>
<p>©2025 双溪县住房和城乡建设局 版权所有　<a href="/zc/">我为政府网站找错</a></p>
</footer>
</body>
</html>
"""


LIST_JS = """(function(){
  var box = document.getElementById('wzList');
  var url = box.getAttribute('data-src');
  var xhr = new XMLHttpRequest();
  xhr.open('GET', url, true);
  xhr.onreadystatechange = function(){
    if (xhr.readyState !== 4) return;
    if (xhr.status !== 200) { box.innerHTML = '<p class="empty">数据加载失败，请刷新重试</p>'; return; }
    var res = JSON.parse(xhr.responseText);
    var html = '';
    for (var i = 0; i < res.data.rows.length; i++) {
      var r = res.data.rows[i];
      html += '<a class="wz-item" href="' + r.url + '">'
        + '<div class="wz-title"><span class="tag ' + (r.status === 1 ? 'done' : 'todo') + '">' + r.statusName + '</span>' + r.title + '</div>'
        + '<div class="wz-meta"><span class="wz-no">编号：' + r.code + '</span><span class="wz-time">' + r.createDate + '</span></div>'
        + '</a>';
    }
    box.innerHTML = html;
  };
  setTimeout(function(){ xhr.send(); }, 300);
})();
"""


def gen_shuangxi() -> dict:
    global SITES
    root = SITES
    SITES = root / "shuangxi-zjj"
    letters = SX_LETTERS
    write("/static/js/wzlist.js", LIST_JS)
    write("/index.html", sx_page("首页", """<section class="idx-banner"><img src="/static/img/banner1.jpg" alt="安居双溪"></section>
<section class="idx-block"><h2><a href="/gzdt/">工作动态</a></h2><ul>
<li><a href="/gzdt/2025/12/03/gzdt_1203_01.html">县住建局开展冬季建筑施工安全大检查</a><time>2025-12-03</time></li>
<li><a href="/gzdt/2025/11/27/gzdt_1127_02.html">我县老旧小区改造项目全面进入收尾阶段</a><time>2025-11-27</time></li></ul></section>
<section class="idx-block"><h2><a href="/xxgk/">信息公开</a></h2><ul class="grid">
<li><a href="/xxgk/zn/">信息公开指南</a></li><li><a href="/xxgk/zd/">信息公开制度</a></li>
<li><a href="/xxgk/ysqgk/">依申请公开</a></li><li><a href="/xxgk/nb/">信息公开年报</a></li></ul></section>
<section class="idx-block"><h2><a href="/wzpt/">网上问政</a></h2><ul class="grid">
<li><a href="/wzpt/">网上问政</a></li><li><a href="/wzpt/liuyan.html">我要留言</a></li></ul></section>"""))
    pages = paginate(letters, [7, 7, 4])
    shells = ["/wzpt/index.html", "/wzpt/index_2.html", "/wzpt/index_3.html"]
    datas = ["/wzpt/data/list_1.json", "/wzpt/data/list_2.json", "/wzpt/data/list_3.json"]
    for n, chunk in enumerate(pages):
        rows = [{"code": lt.code, "title": lt.title, "url": lt.path,
                 "createDate": f"{lt.sent:%Y/%m/%d}", "status": 1 if lt.replied else 0,
                 "statusName": "已答复" if lt.replied else "办理中"} for lt in chunk]
        write(datas[n], json.dumps({"code": 200, "msg": "success",
                                   "data": {"total": len(letters), "pageNo": n + 1, "pageSize": 7, "rows": rows}},
                                  ensure_ascii=False, indent=1))
        pager = []
        for k, s in enumerate(shells):
            pager.append(f'<a class="cur" href="{s}">{k + 1}</a>' if k == n else f'<a href="{s}">{k + 1}</a>')
        if n < len(shells) - 1:
            pager.append(f'<a class="next" href="{shells[n + 1]}">下一页</a>')
        body = f"""<section class="wz-top">
<h1>网上问政</h1>
<p class="wz-desc">围绕住房保障、物业管理、建筑市场、城市建设等事项，倾听群众心声，回应群众关切。</p>
<a class="wz-btn" href="/wzpt/liuyan.html">我要留言</a>
</section>
<section class="wz-list" id="wzList" data-src="{datas[n]}"><p class="loading">正在加载...</p></section>
<div class="pager">{''.join(pager)}<span class="total">共{len(letters)}条</span></div>
<script src="/static/js/wzlist.js"></script>"""
        write(shells[n], sx_page("网上问政", body))
    for lt in letters:
        if lt.replied:
            ans = f"""<section class="card a-card">
<h2>答复内容</h2>
<p class="meta">答复单位：{E(lt.unit)}</p>
<p class="meta">答复时间：{lt.replied:%Y-%m-%d} {lt.rt}</p>
<div class="txt">{E(lt.a)}</div>
</section>"""
        else:
            ans = """<section class="card a-card pending"><h2>答复内容</h2><div class="txt">您的留言已转交相关股室办理，请耐心等待。</div></section>"""
        body = f"""<section class="card q-card">
<h1>{E(lt.title)}</h1>
<p class="meta"><span>编号：{lt.code}</span><span>状态：{'已答复' if lt.replied else '办理中'}</span></p>
<p class="meta"><span>留言人：网友</span><span>提问时间：{lt.sent:%Y-%m-%d} {lt.st}</span></p>
<div class="txt">{E(lt.q)}</div>
</section>
{ans}
<p class="back"><a href="/wzpt/">返回列表</a></p>"""
        write(lt.path, sx_page(lt.title, body))
    write("/wzpt/liuyan.html", sx_page("我要留言", """<section class="card notice">
<h1>我要留言</h1>
<div class="txt">
<p>因网上问政平台系统升级改造，留言功能暂停使用，恢复时间另行通知。</p>
<p>给您带来的不便，敬请谅解。</p>
</div>
<p class="back"><a href="/wzpt/">返回网上问政</a></p>
</section>"""))
    write("/xxgk/ysqgk/index.html", sx_page("依申请公开", f"""<section class="card art">
<h1>依申请公开</h1>
<div class="txt">
<p>公民、法人或者其他组织向本局申请公开政府信息的，应当填写《政府信息公开申请表》，通过当面、信函或者传真方式提交。</p>
<p>申请表下载：<a href="/xxgk/ysqgk/files/sqb.doc">{SX['name']}政府信息公开申请表.doc</a></p>
<p>办理程序详见<a href="/xxgk/zn/">信息公开指南</a>。</p>
</div></section>"""))
    write("/xxgk/zn/index.html", sx_page("信息公开指南", f"""<section class="card art">
<h1>{SX['name']}政府信息公开指南</h1>
<p class="meta">发布日期：2024-03-20　来源：本局</p>
<div class="txt">
<p>为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，结合本局实际，编制本指南。</p>
<h3>一、主动公开</h3>
<p>主动公开的内容包括机构概况、政策文件、行政许可、行政处罚、建筑市场监管、住房保障、财政预决算等信息，通过本局网站、双溪县人民政府门户网站等途径公开，自信息形成或变更之日起20个工作日内公开。</p>
<h3>二、依申请公开</h3>
<p>（一）受理机构：{SX['wrong_unit']}</p>
<p>办公地址：{SX['addr']}</p>
<p>邮政编码：342800</p>
<p>联系电话：{SX['phone']}</p>
<p>电子邮箱：sxxzjjbgs@126.com</p>
<p>（二）申请方式：申请人可以通过当面提交、信函、传真等方式提出申请。以传真方式提交的，请在传真件首页注明“政府信息公开申请”字样。</p>
<p>（三）答复时限：能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。</p>
<h3>三、监督保障</h3>
<p>申请人认为本局在政府信息公开工作中侵犯其合法权益的，可以向双溪县人民政府办公室投诉举报，也可以依法申请行政复议或者提起行政诉讼。</p>
</div></section>"""))
    SITES = root
    return {
        "board": {"entry": "/wzpt/", "list_pages": ["/wzpt/", shells[1], shells[2]], "data": datas, "write": "/wzpt/liuyan.html"},
        "letters": letters,
        "apply": "/xxgk/ysqgk/",
        "missing_doc": "/xxgk/ysqgk/files/sqb.doc",
        "guide": "/xxgk/zn/",
    }


# ---------------------------------------------------------------------------------------------
# Every other page a site links to exists (a plain column page), so nothing breaks by accident
# ---------------------------------------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2d3a9a50000000049454e44ae426082")
SUBS = {
    "fengling": {"/col/col2301/": [("县长信箱", "/col/col2302/index.html"), ("征集调查", "/col/col2303/index.html"),
                                   ("在线访谈", "/col/col2304/index.html")],
                 "/col/col2101/": [("政府信息公开指南", "/col/col2202/index.html"), ("依申请公开", "/col/col2201/index.html"),
                                   ("政府信息公开年报", "/col/col2204/index.html")]},
    "anlan-rsj": {"/zmhd/": [("局长信箱", "/zmhd/jzxx/"), ("在线访谈", "/zmhd/zxft/"), ("民意征集", "/zmhd/myzj/")],
                  "/zfxxgk/": [("政府信息公开指南", "/zfxxgk/xxgkzn/"), ("政府信息公开制度", "/zfxxgk/xxgkzd/"),
                               ("法定主动公开内容", "/zfxxgk/fdzdgknr/"), ("依申请公开", "/zfxxgk/ysqgk/"),
                               ("政府信息公开年报", "/zfxxgk/ndbg/")]},
    "shuangxi-zjj": {"/xxgk/": [("信息公开指南", "/xxgk/zn/"), ("信息公开制度", "/xxgk/zd/"), ("依申请公开", "/xxgk/ysqgk/"),
                                ("信息公开年报", "/xxgk/nb/")]},
}
KEEP_MISSING = {"shuangxi-zjj": {"/xxgk/ysqgk/files/sqb.doc"}}


def fill_stubs(site: str, wrap) -> None:
    from urllib.parse import urljoin, urlsplit

    root = SITES / site
    done: set[str] = set()
    while True:
        todo: dict[str, str] = {}
        for f in sorted(root.rglob("*.html")):
            rel = "/" + str(f.relative_to(root))
            if rel in done:
                continue
            done.add(rel)
            raw = f.read_text(encoding="utf-8")
            raw = re.sub(r"<script\b.*?</script>", "", raw, flags=re.S)
            names = {m[1]: re.sub(r"<[^>]+>", "", m[2]).strip()
                     for m in re.finditer(r'<a\b[^>]*?\bhref="([^"]+)"[^>]*>(.*?)</a>', raw, flags=re.S)}
            for m in re.finditer(r'<(?:a|img|link)\b[^>]*?\b(?:href|src)="([^"]+)"', raw):
                url = m[1]
                if url.startswith(("http", "javascript:", "#", "mailto:")):
                    continue
                path = urlsplit(urljoin(rel, url)).path
                if path in KEEP_MISSING.get(site, set()):
                    continue
                target = root / path.lstrip("/")
                if path.endswith("/"):
                    target = target / "index.html"
                if target.exists():
                    continue
                todo.setdefault(path, names.get(url, ""))
        if not todo:
            return
        for path, text in sorted(todo.items()):
            target = root / path.lstrip("/")
            if path.endswith("/"):
                target = target / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.endswith((".png", ".jpg", ".gif")):
                target.write_bytes(PNG)
            elif path.endswith(".css"):
                target.write_text("body{font-family:\"Microsoft YaHei\",sans-serif;margin:0}\n", encoding="utf-8")
            else:
                name = text or "栏目"
                key = path if path.endswith("/") else path.rsplit("/", 1)[0] + "/"
                subs = SUBS.get(site, {}).get(key) if path.endswith(("/", "index.html")) else None
                if subs:
                    inner = "<ul class=\"sub-cols\">" + "".join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in subs) + "</ul>"
                else:
                    inner = "<p>暂无更多信息。</p>"
                target.write_text(wrap(name, f'<div class="col-page"><h2>{E(name)}</h2>{inner}</div>'), encoding="utf-8")


# =============================================================================================
# Config and truth
# =============================================================================================

SITES_YAML = f"""# The third channel holdout's robot config. {{base:ID}} is replaced by the root URL (http://127.0.0.1:PORT/)
# of that site's own server by benchmarks/accuracy_channels.py --holdout benchmarks/holdout_channels3.
# Generated by generate.py: do not edit by hand.
defaults:
  timeout_s: 15
  max_pages: 300
sites:
  # a county portal: every channel given in the config
  - id: fengling
    name: {FL['name']}
    owner: {FL['unit']}
    url: "{{base:fengling}}"
    jurisdiction: 枫岭县
    contact:
      unit: "{FL['unit']}"
      address: "{FL['addr']}"
      phone: "{FL['phone']}"
    channels:
      message_board: /col/col2302/index.html
      application: /col/col2201/index.html
      guide: /art/2025/1/8/art_2202_41022.html
    allow_submit: false
  # a city bureau: no channels in the config, all discovered from the homepage's link texts
  - id: anlan-rsj
    name: {AL['name']}
    owner: {AL['name']}
    url: "{{base:anlan-rsj}}"
    jurisdiction: 安澜市
    contact:
      unit: "{AL['unit']}"
      address: "{AL['addr']}"
      phone: "{AL['phone']}"
    allow_submit: false
  # a county bureau: board and request page given, the guide discovered
  - id: shuangxi-zjj
    name: {SX['name']}
    owner: {SX['name']}
    url: "{{base:shuangxi-zjj}}"
    jurisdiction: 双溪县
    contact:
      unit: "{SX['unit']}"
      address: "{SX['addr']}"
      phone: "{SX['phone']}"
    channels:
      message_board: /wzpt/
      application: /xxgk/ysqgk/
    allow_submit: false
"""

TRUTH_HEAD = """# Truth for the third channel holdout. Generated by generate.py from the same declarations that
# write the pages: do not edit by hand. as-of 2025-12-05 for every site.
#
# letters: every letter on each site's board, by the path of its own page.
#   submitted / replied: the dates shown on the letter's page (replied null: no reply shown).
#   workdays_to_reply: working days in (submitted, replied] -- day one is the day after the letter
#   arrived -- or, with no reply, in (submitted, as-of]. Counted with the chinese_calendar package
#   (State Council holidays with 调休 workdays), not with the robot's calendar. `why` shows the count
#   and, where it differs, the naive Mon-Fri count.
#
# findings: the expected channel findings, with the decisions of benchmarks/holdout_channels/truth.yaml:
#   interaction.unreplied           no reply and workdays_to_reply > 5 on as-of (exactly 5: nothing).
#   interaction.unreplied_3_months  no reply, submitted + 3 calendar months < as-of (strictly), and
#                                   submitted within the last year (submitted >= as-of minus 12 months,
#                                   i.e. >= 2024-12-05). Older letters: unreplied only.
#   DECISION: an unreplied letter older than 3 months gets BOTH unreplied and unreplied_3_months.
#   interaction.reply_overdue       a reply was given and workdays_to_reply > 5. Never together with
#                                   the two rules above.
#   interaction.channel_unavailable, application.*, guide.*: one per planted problem, `why` says which.
#   target: null = not compared; otherwise compared after removing spaces, equal or one containing
#   the other, or any of target_aliases.
#   url_path: the page where a person sees the problem (the letter's page for letter rules). accept:
#   other places the finding may be reported; an entry ending in '/' accepts any page under it.
"""


def letter_truth(lt: Letter) -> dict:
    wd, rules, why = judge(lt.sent, lt.replied)
    state = "已答复" if lt.replied else "办理中"
    return {"url_path": lt.path, "title": lt.title, "submitted": lt.sent.isoformat(),
            "replied": lt.replied.isoformat() if lt.replied else None, "state": state,
            "workdays_to_reply": wd, "expect": rules, "why": why}


def build() -> dict:
    if SITES.exists():
        shutil.rmtree(SITES)
    assign_paths()
    fl, al, sx = gen_fengling(), gen_anlan(), gen_shuangxi()
    fill_stubs("fengling", lambda t, b: fl_page(t, b, E(t)))
    fill_stubs("anlan-rsj", lambda t, b: al_page(t, b, E(t)))
    fill_stubs("shuangxi-zjj", sx_page)
    per = {"fengling": fl, "anlan-rsj": al, "shuangxi-zjj": sx}
    letters_t: dict = {}
    findings: list[dict] = []
    for site, info in per.items():
        items = [letter_truth(lt) for lt in info["letters"]]
        letters_t[site] = {"board": info["board"], "count": len(items), "items": items}
        for it in items:
            for r in it["expect"]:
                findings.append({"site": site, "rule": r, "url_path": it["url_path"], "target": None,
                                 "why": f"{it['title']}: {it['why']}"})
        if site == "fengling":
            findings.append({"site": site, "rule": "application.form_missing_field", "url_path": fl["apply_form"],
                             "target": "获取方式",
                             "target_aliases": ["获取信息的方式", "获取信息方式", "获取政府信息的方式", "信息获取方式",
                                                "获取方式", "提供方式", "提供政府信息的方式", "获取"],
                             "accept": ["/col/col2201/", "/module/ysqgk/"],
                             "why": "the online 申请 form has 申请人 (姓名/证件), 联系电话, 受理机关 (select) and 所需信息的内容描述, "
                                    "but no field for how the information is to be delivered (获取方式)"})
        if site == "anlan-rsj":
            findings.append({"site": site, "rule": "application.form_missing_field", "url_path": al["docx"],
                             "target": "受理机关", "target_aliases": ["受理机关", "受理单位", "受理机构", "受理部门"],
                             "accept": ["/zfxxgk/ysqgk/"],
                             "why": "the only form is a downloadable .docx 申请表 with 申请人, 联系电话, 所需政府信息的内容描述 "
                                    "and 获取信息的方式, but no 受理机关 (the page names none either)"})
            findings.append({"site": site, "rule": "guide.wrong_contact", "url_path": al["guide"], "target": None,
                             "accept": ["/zfxxgk/xxgkzn/"],
                             "why": f"the guide's address is {AL['old_addr']}; the config's contact.address is {AL['addr']} "
                                    "(unit and phone equal the config)"})
        if site == "shuangxi-zjj":
            findings.append({"site": site, "rule": "interaction.channel_unavailable", "url_path": "/wzpt/", "target": None,
                             "accept": ["/wzpt/", "/wzpt/liuyan.html"],
                             "why": "the board lists letters, but its only way to write (我要留言) leads to a notice that "
                                    "留言 is suspended for a system upgrade: no form anywhere"})
            findings.append({"site": site, "rule": "application.form_unavailable", "url_path": "/xxgk/ysqgk/", "target": None,
                             "accept": ["/xxgk/ysqgk/"],
                             "why": "the 依申请公开 page's only form is the 申请表 download -> /xxgk/ysqgk/files/sqb.doc, "
                                    "which answers 404; no online form"})
            findings.append({"site": site, "rule": "guide.wrong_unit", "url_path": "/xxgk/zn/", "target": None,
                             "accept": ["/xxgk/zn/"],
                             "why": f"the receiving organ is {SX['wrong_unit']}; the config's contact.unit is {SX['unit']} "
                                    "(address and phone equal the config)"})
            findings.append({"site": site, "rule": "guide.missing_element", "url_path": "/xxgk/zn/", "target": None,
                             "accept": ["/xxgk/zn/"],
                             "why": "the guide offers applying by 传真 but gives no fax number (none on the page)"})
    counts: dict[str, int] = {}
    for f in findings:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    truth = {"as_of": AS_OF.isoformat(), "sites": list(per),
             "on_purpose_404": {"shuangxi-zjj": [sx["missing_doc"]]},
             "counts": dict(sorted(counts.items())), "letters": letters_t, "findings": findings}
    (HERE / "sites.yaml").write_text(SITES_YAML, encoding="utf-8")
    (HERE / "truth.yaml").write_text(TRUTH_HEAD + yaml.safe_dump(truth, allow_unicode=True, sort_keys=False, width=160),
                                     encoding="utf-8")
    return truth


# =============================================================================================
# Independent check: serve the sites and read them back
# =============================================================================================


def _snapshot() -> dict[str, bytes]:
    out = {}
    for p in sorted([HERE / "sites.yaml", HERE / "truth.yaml", *SITES.rglob("*")]):
        if p.is_file():
            out[str(p.relative_to(HERE))] = p.read_bytes()
    return out


def _text(raw: str) -> str:
    s = re.sub(r"<script\b.*?</script>", " ", raw, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(re.sub(r"\s+", " ", s))


_D = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"


def _date_after(text: str, label: str) -> str | None:
    m = re.search(re.escape(label) + r"\s*[:：]?\s*" + _D, text)
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


LABELS = {"fengling": ("来信时间", "答复时间"), "anlan-rsj": ("来信日期", "回复日期"), "shuangxi-zjj": ("提问时间", "答复时间")}


def check() -> int:
    import urllib.error
    import urllib.request

    sys.path.insert(0, str(REPO))
    from robot.demo.server import SiteServer

    problems: list[str] = []
    first = _snapshot()
    build()
    if _snapshot() != first:
        problems.append("generate.py is not deterministic (second build differs)")
    truth = yaml.safe_load((HERE / "truth.yaml").read_text(encoding="utf-8"))
    cfg = yaml.safe_load((HERE / "sites.yaml").read_text(encoding="utf-8"))
    cfgs = {s["id"]: s for s in cfg["sites"]}
    as_of = date.fromisoformat(truth["as_of"])

    def get(base: str, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(base.rstrip("/") + path, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, b""

    from playwright.sync_api import sync_playwright

    servers = {s: SiteServer(SITES / s) for s in truth["sites"]}
    for s in servers.values():
        s.__enter__()
    n_checked = 0
    try:
        bases = {k: v.base for k, v in servers.items()}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            for site in truth["sites"]:
                base = bases[site].rstrip("/")
                lt = truth["letters"][site]
                # 1. rendered list pages: every letter linked exactly once, in order, through the pagination links
                seen: list[str] = []
                url = base + lt["board"]["entry"]
                visited = []
                while url and len(visited) < 10:
                    visited.append(url)
                    page.goto(url)
                    page.wait_for_load_state("networkidle")
                    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => [e.href, e.textContent.trim()])")
                    for h, _t in hrefs:
                        p = h.split("//", 1)[-1].split("/", 1)[-1]
                        p = "/" + p
                        if p in {i["url_path"] for i in lt["items"]} and p not in seen:
                            seen.append(p)
                    nxt = [h for h, t in hrefs if t == "下一页"]
                    url = nxt[0] if nxt and nxt[0] not in visited else None
                if len(visited) != len(lt["board"]["list_pages"]):
                    problems.append(f"{site}: followed {len(visited)} list pages via 下一页, truth lists {len(lt['board']['list_pages'])}")
                want = [i["url_path"] for i in lt["items"]]
                if seen != want:
                    problems.append(f"{site}: rendered lists link {len(seen)} letters, truth {len(want)} (or order differs)")
                # the static HTML of the JS-filled board holds no letter link (it is really filled by script)
                st, raw = get(base, lt["board"]["entry"])
                static_links = sum(1 for i in lt["items"] if i["url_path"] in raw.decode("utf-8", "replace")
                                   or ("." + i["url_path"][len("/zmhd/jzxx"):]) in raw.decode("utf-8", "replace"))
                if site == "shuangxi-zjj" and static_links:
                    problems.append(f"{site}: static board page already has letter links")
                # 2. every letter page says the truth's dates, and the truth's figures follow from them
                sl, rl = LABELS[site]
                for it in lt["items"]:
                    st, raw = get(base, it["url_path"])
                    text = _text(raw.decode("utf-8"))
                    if st != 200:
                        problems.append(f"{site}: {it['url_path']} answers {st}")
                        continue
                    n_checked += 1
                    if it["title"] not in text:
                        problems.append(f"{site}: {it['url_path']} lacks its title")
                    if _date_after(text, sl) != it["submitted"]:
                        problems.append(f"{site}: {it['url_path']} {sl} {_date_after(text, sl)} != {it['submitted']}")
                    if _date_after(text, rl) != it["replied"]:
                        problems.append(f"{site}: {it['url_path']} {rl} {_date_after(text, rl)} != {it['replied']}")
                    s_d = date.fromisoformat(it["submitted"])
                    r_d = date.fromisoformat(it["replied"]) if it["replied"] else None
                    wd = sum(1 for k in range(1, ((r_d or as_of) - s_d).days + 1)
                             if chinese_calendar.is_workday(s_d + timedelta(days=k)))
                    if wd != it["workdays_to_reply"]:
                        problems.append(f"{site}: {it['url_path']} workdays {wd} != {it['workdays_to_reply']}")
                    exp = set()
                    if r_d:
                        if wd > 5:
                            exp.add("interaction.reply_overdue")
                    else:
                        if wd > 5:
                            exp.add("interaction.unreplied")
                        if add_months(s_d, 3) < as_of and s_d >= add_months(as_of, -12):
                            exp.add("interaction.unreplied_3_months")
                    if exp != set(it["expect"]):
                        problems.append(f"{site}: {it['url_path']} expect {it['expect']} != {sorted(exp)}")
                    got = {f["rule"] for f in truth["findings"] if f["site"] == site and f["url_path"] == it["url_path"]}
                    if got != exp:
                        problems.append(f"{site}: {it['url_path']} findings {sorted(got)} != {sorted(exp)}")
                # 3. homepage link texts lead to the channels (the discovered site must offer them)
                st, raw = get(base, "/")
                home = raw.decode("utf-8")
                for txt in {"fengling": ["县长信箱", "依申请公开", "政府信息公开指南"],
                            "anlan-rsj": ["局长信箱", "依申请公开", "政府信息公开指南"],
                            "shuangxi-zjj": ["网上问政", "依申请公开", "信息公开指南"]}[site]:
                    if f">{txt}</a>" not in home and f"/>{txt}</a>" not in home:
                        problems.append(f"{site}: homepage has no link text {txt}")
                # 4. write pages
                page.goto(base + lt["board"]["write"])
                n_forms = page.eval_on_selector_all("form textarea", "e => e.length")
                if site == "shuangxi-zjj":
                    if n_forms:
                        problems.append(f"{site}: write page has a form (channel_unavailable planted)")
                    if page.eval_on_selector_all("form", "e => e.length"):
                        problems.append(f"{site}: a form on the 留言 notice page")
                elif n_forms != 1:
                    problems.append(f"{site}: write page has {n_forms} form textareas, want 1")
                c = cfgs[site]["contact"]
                # 5. application and guide
                if site == "fengling":
                    st, raw = get(base, "/module/ysqgk/apply.html")
                    t = _text(raw.decode("utf-8"))
                    for need in ("受理机关", "姓名", "联系电话", "所需信息的内容描述"):
                        if need not in t:
                            problems.append(f"{site}: form lacks {need} (should have it)")
                    if "获取" in t or "方式" in t.split("政府信息公开申请", 1)[1].split("Copyright", 1)[0]:
                        problems.append(f"{site}: the form mentions 获取/方式 (planted missing)")
                    st, raw = get(base, "/col/col2201/index.html")
                    if "获取" in _text(raw.decode("utf-8")):
                        problems.append(f"{site}: the 依申请公开 page mentions 获取")
                    st, raw = get(base, "/art/2025/1/8/art_2202_41022.html")
                    g = _text(raw.decode("utf-8"))
                    if c["unit"] not in g or c["address"] not in g or _digits(c["phone"]) not in _digits(g.replace(" ", "")):
                        problems.append(f"{site}: decoy guide does not carry the config's contact")
                    if "0794-8312345" in g.split("浏览次数", 1)[1].split("打印本页", 1)[0]:
                        problems.append(f"{site}: decoy guide has the phone in the config's format")
                    if not re.search(r"传\s*真\s*：（0794）8312346", g):
                        problems.append(f"{site}: guide fax number missing")
                if site == "anlan-rsj":
                    import docx

                    st, raw = get(base, "/zfxxgk/ysqgk/202301/P020230112563418726915.docx")
                    if st != 200:
                        problems.append(f"{site}: docx answers {st}")
                    else:
                        d = docx.Document(io.BytesIO(raw))
                        t = " ".join([p.text for p in d.paragraphs] + [c_.text for tb in d.tables for r in tb.rows for c_ in r.cells])
                        for need in ("姓", "联系电话", "所需政府信息的内容描述", "获取信息的方式"):
                            if need not in t:
                                problems.append(f"{site}: docx lacks {need}")
                        if "受理" in t:
                            problems.append(f"{site}: docx names 受理机关 (planted missing)")
                    st, raw = get(base, "/zfxxgk/ysqgk/")
                    pg = _text(raw.decode("utf-8"))
                    if "受理机关" in pg or "<form" in raw.decode("utf-8").split('class="right"', 1)[1]:
                        problems.append(f"{site}: 依申请公开 page has 受理机关 or a form")
                    st, raw = get(base, "/zfxxgk/xxgkzn/202501/t20250115_5012388.html")
                    g = _text(raw.decode("utf-8")).split("特编制本指南", 1)[1].split("主办：", 1)[0]
                    if c["address"] in g or AL["old_addr"] not in g or c["unit"] not in g or c["phone"] not in g:
                        problems.append(f"{site}: guide wrong_contact not as planted")
                if site == "shuangxi-zjj":
                    st, _ = get(base, "/xxgk/ysqgk/files/sqb.doc")
                    if st != 404:
                        problems.append(f"{site}: sqb.doc answers {st}, want 404")
                    st, raw = get(base, "/xxgk/ysqgk/")
                    if "<form" in raw.decode("utf-8").split("<main", 1)[1]:
                        problems.append(f"{site}: 依申请公开 page has a form")
                    st, raw = get(base, "/xxgk/zn/")
                    g = _text(raw.decode("utf-8")).split("编制本指南", 1)[1].split("网站标识码", 1)[0]
                    if c["unit"] in g or SX["wrong_unit"] not in g or c["address"] not in g or c["phone"] not in g:
                        problems.append(f"{site}: guide wrong_unit not as planted")
                    if "传真" not in g or re.search(r"传\s*真\s*[:：]", g):
                        problems.append(f"{site}: guide fax element not as planted")
            browser.close()
    finally:
        for s in servers.values():
            s.__exit__(None, None, None)
    counts: dict[str, int] = {}
    for f in truth["findings"]:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    if counts != truth["counts"]:
        problems.append("counts do not match findings")
    for p in problems:
        print("FAIL:", p)
    print(f"check: {n_checked} letter pages read back; {len(truth['findings'])} expected findings; "
          f"{'passed' if not problems else f'{len(problems)} problem(s)'}")
    for r, n in sorted(counts.items()):
        print(f"  {r:34} {n}")
    return 0 if not problems else 1


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="regenerate, then serve the sites and verify them against the truth")
    args = ap.parse_args()
    truth = build()
    if args.check:
        return check()
    print(f"wrote {SITES} ({sum(len(v['items']) for v in truth['letters'].values())} letters), sites.yaml, truth.yaml")
    for r, n in truth["counts"].items():
        print(f"  {r:34} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

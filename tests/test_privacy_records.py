"""Personal mobiles the context names without a cue word right before them: a party's record in an
administrative penalty (its ID number a field above the phone), and a person named right before a
bracket that holds the number, in running text. Their look-alikes stay quiet."""

from __future__ import annotations

import pytest

from robot.content.privacy import check_char, find_mobiles


def _id(first17: str) -> str:
    return first17 + check_char(first17)


PARTY_ID = _id("43052419790823451")  # invented, valid check character

PERSONAL = [
    (f"当事人：临溪县禾丰农资经营部\n负责人：钟立群\n公民身份号码：{PARTY_ID}\n住所：临溪县南门街12号\n"
     "联系电话：15207365528\n经查，当事人于2025年4月销售不合格化肥……", "id-record"),
    (f"申请人：何秀兰\n身份证号：{PARTY_ID}\n联系方式：13974581266\n申请事项：临时救助", "id-record"),
    # two fields a line (the renderer folds the spaces between them into one)
    (f"当事人：临溪县惠民药店\n负责人：钟立群 居民身份证号码：{PARTY_ID}\n"
     "住所：临溪县南门街12号 联系电话：15207365528\n经查……", "id-record"),
    ("西岭村护林员彭志强（护林证号HL-0317，联系方式18774603391）坚守山林十余年。", "name"),
    ("本次评选出的优秀调解员，有东坪社区调解员邓丽萍（电话13507449180），", "name"),
]

QUIET = [
    # the ID in a list row, not a field: the closing line is the office's
    f"彭志强 {PARTY_ID} 东坪社区\n联系电话：13507449180",
    # a unit's contact block below a record
    f"身份证号码：{PARTY_ID}\n办理地点：县政务服务中心3号窗口\n咨询电话：13507449180",
    # words other than fields before the label
    f"身份证号码：{PARTY_ID}\n如有疑问请于工作日拨打 联系电话：13507449180",
    # a unit or a post before the bracket; an office line inside it; a bracket with no name
    "县林业局（联系电话13507449180）负责解释。",
    "请联系邓老师（13507449180）。",
    "西岭村护林员彭志强（咨询热线13507449180）",
    "活动期间（4月1日至5日，报名电话13507449180）欢迎参加。",
]


@pytest.mark.parametrize(("text", "reason"), PERSONAL)
def test_records_and_bracketed_names_are_personal(text: str, reason: str) -> None:
    hits = find_mobiles(text)
    assert [h.reason for h in hits] == [reason]
    assert "*" in hits[0].masked


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert find_mobiles(text) == []

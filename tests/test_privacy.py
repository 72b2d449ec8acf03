"""privacy.id_number and privacy.phone: unmasked ID numbers and personal mobiles, in pages and attachments."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

import robot.rules.privacy  # noqa: F401  registers the privacy rules
from robot.content.attachments import attachment_text
from robot.content.privacy import (
    check_char,
    find_id_numbers,
    find_mobiles,
    is_valid_id,
    mask_id,
    mask_mobile,
    mask_personal,
    plausible_region,
)
from robot.findings import Finding, Mark
from robot.snapshots import AttachmentText, PageSnapshot
from robot.testing import HOME, link, page, run_rule, snapshot

FIXTURES = Path(__file__).parent / "fixtures" / "content"
ID_1 = "360722198503150428"  # valid: 信丰县, 1985-03-15
ID_2 = "360721196207083018"
ID_3 = "11010519491231002X"
MOBILE = "13907971234"


def inner_text(html: str) -> tuple[str, str]:
    """(title, text) of a fixture page roughly as the browser layer gives them: innerText (a table row a
    line) folded like dom.js (runs of spaces, tabs and U+3000 become one space)."""
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    text, error = attachment_text(html.encode("utf-8"), "page.html")
    assert not error
    return (title.group(1).strip() if title else ""), re.sub(r"[ \t\u3000]+", " ", text)


def fixture_page(name: str, url: str) -> PageSnapshot:
    title, text = inner_text((FIXTURES / name).read_text("utf-8"))
    return page(url, title=title, text=text, depth=1)


def assert_no_personal_data(findings: list[Finding]) -> None:
    for f in findings:
        blob = json.dumps({"m": f.message, "t": f.target, "x": dict(f.measured)}, ensure_ascii=False)
        assert not find_id_numbers(blob), blob
        assert not find_mobiles(blob, personal=False), blob
        for raw in (ID_1, ID_2, ID_3, ID_3.lower(), MOBILE, "15870792345"):
            assert raw not in blob.replace(" ", ""), blob


# --- the pure functions ----------------------------------------------------------------------


def test_valid_ids_need_region_date_and_check_digit() -> None:
    assert check_char(ID_1[:17]) == ID_1[17]
    assert is_valid_id(ID_1) and is_valid_id(ID_3) and is_valid_id(ID_3.lower())
    assert not is_valid_id(ID_1[:17] + "0")  # wrong check digit
    assert not is_valid_id("990722198503150428")  # no province 99
    base = "36072220250101001"  # born after "today"
    assert not is_valid_id(base + check_char(base), today=date(2024, 4, 30))
    base = "36072218991231001"  # before 1900
    assert not is_valid_id(base + check_char(base))
    base = "36072219850230001"  # 30 February
    assert not is_valid_id(base + check_char(base))
    assert plausible_region("360722") and plausible_region("810000") and not plausible_region("360022")
    assert not plausible_region("811100")


def test_ids_inside_longer_runs_and_masked_ids_are_no_hits() -> None:
    text = (f"订单号 9{ID_1} / {ID_1}7 / 3607**********0428 / 360722********0428 / 20240912 / "
            f"NO{ID_1} / 证件：３６０７２２１９８５０３１５０４２８")
    hits = find_id_numbers(text)
    assert [h.masked for h in hits] == ["3607**********0428"]  # only the full-width one
    assert text[hits[0].start:hits[0].end] == "３６０７２２１９８５０３１５０４２８"


def test_masking() -> None:
    assert mask_id(ID_1) == "3607**********0428"
    assert mask_mobile("13812345678") == mask_mobile("138-1234-5678") == mask_mobile("+86 138 1234 5678") == "138****5678"
    text = f"张三 {ID_1} 13812345678；热线 0797-7177965"
    masked = mask_personal(text)
    assert masked == "张三 3607**********0428 138****5678；热线 0797-7177965"
    assert mask_personal("没有个人信息") == "没有个人信息"


def test_hit_context_is_masked_whole() -> None:
    text = f"1 刘桂英 {ID_1} 3 13907971234 大塘埠镇长岭村\n2 黄志明 {ID_2} 1 15870792345"
    ids = find_id_numbers(text)
    assert [h.masked for h in ids] == ["3607**********0428", "3607**********3018"]
    assert "刘桂英 3607**********0428" in ids[0].context
    for h in ids + find_mobiles(text):
        assert not find_id_numbers(h.context) and not find_mobiles(h.context, personal=False), h.context
        assert not re.search(r"\d{6,}", h.context), h.context


@pytest.mark.parametrize("text,reason", [
    ("联系人：王五，电话 138-1234-5679", "cue:联系人"),
    ("户主手机 13812345678", "cue:手机"),
    ("张三 13812345678", "name"),
    ("申报人：赵某某（13812345678）", "name"),
    (f"1 {ID_1} 13812345678", "id-row"),
    ("1\t李*\t男\t13812345678\t长岭村", "table-row"),
    ("1 刘桂英 女 13812345678 长岭村", "table-row"),
])
def test_personal_mobiles(text: str, reason: str) -> None:
    hits = find_mobiles(text)
    assert [h.reason for h in hits] == [reason]
    assert hits[0].masked.startswith("138****")


@pytest.mark.parametrize("text", [
    "咨询电话：13812345678",
    "值班电话：13979712345",
    "县长热线：12345；服务热线：400-880-1234；800-820-8820",
    "办公电话：0797-7177965 传真：0797-3321235",
    "统一社会信用代码 91360722MA35XXXX1A，流水号 2024091213812345678",
    "已脱敏：138****5678",
    "本次共发放资金 13812345678 元",  # no person near it
    "联系人：张三，投诉举报请拨 13812345678",  # the nearest cue is an office's
])
def test_not_personal_mobiles(text: str) -> None:
    assert find_mobiles(text) == []


@pytest.mark.parametrize("text,reason", [
    # a phone word (手机) says a number is a mobile, not whose: the words before it decide
    ("张三手机：13812345678", "cue:手机"),
    ("申请人李四手机 13812345678", "cue:手机"),
    ("家长手机：13607976281", "cue:手机"),
    ("手机：13812345678", "cue:手机"),  # bare, outside a notice's 联系方式 line
    # a contact role filled by a person
    ("联系人：张三 13812345678", "cue:联系人"),
    ("联系人电话：13812345678", "cue:联系人"),
    ("网格员：赵敏 13812345678", "cue:网格员"),
    # a person's role that contains an office word (举报人, 服务对象) is a person
    ("举报人：李四 13812345678", "cue:举报人"),
    ("服务对象：陈志明，电话13812345678", "cue:服务对象"),
    ("户主：王女士 13812345678", "cue:户主"),
    # an office word with a named person between it and the number: that person's mobile
    ("值班领导：张三 13812345678", "name"),
    # rows of people stay personal whatever their cells say
    (f"1 邱建华 {ID_1} 应急救护 13812345678", "id-row"),
    ("1 刘桂英 长岭村 13812345678", "table-row"),
    ("2 温雨桐 石溪县第二中学 温志勇 应急避险培训 13812345678", "table-row"),
])
def test_personal_mobiles_with_owner_cues(text: str, reason: str) -> None:
    assert [h.reason for h in find_mobiles(text)] == [reason]


@pytest.mark.parametrize("text", [
    "联系人：县防汛办　值班电话：0797-7180110　值班手机：13979786110（24小时值守）",
    "应急值班手机：15907976120（值班人员轮流持机）",
    "县教育体育局招生办：0797-8721035；招生咨询专线（手机）：13807978721（工作日8:00—17:30）",
    "报名咨询：13812345678",
    "服务热线（手机）：13812345678",
    "县森林防火指挥部办公室手机：13607988845",  # a unit's mobile
    "联系人：县民政局社会救助股 13812345678",  # a contact role filled by a unit
    "联系人：程老师，联系电话：13870339920",  # a post (surname + title), as a notice names its staff
    "联系人：刘科长 13812345678",
    "黄陂镇：13812345678",  # a place, not a person named 黄陂镇
    "联系方式：手机 13812345678",  # a notice's contact line
    "二、联系方式：手机13812345678（工作日）",
])
def test_office_mobiles(text: str) -> None:
    assert find_mobiles(text) == []


def test_every_mobile_when_not_only_personal() -> None:
    assert [h.masked for h in find_mobiles("咨询电话：13812345678", personal=False)] == ["138****5678"]


# --- the rules over pages ------------------------------------------------------------------------

LIST_URL = "http://127.0.0.1:8000/col/tzgg/202409/t20240912_1.html"


def test_id_numbers_in_a_gongshi_table() -> None:
    snap = snapshot([page(HOME), fixture_page("dibao_gongshi.html", LIST_URL)], as_of=date(2024, 9, 20))
    findings = run_rule("privacy.id_number", snap)
    assert [f.target for f in findings] == ["3607**********0428", "3607**********3018", "1101**********002x"]
    f = findings[0]
    assert f.rule == "privacy.id_number" and f.severity.value == "veto"
    assert f.url == LIST_URL and f.mark == Mark(full_page=True, text=("3607**********0428",))
    assert "居民身份证号码 3607**********0428" in f.message and "刘桂英" in f.message
    assert f.measured["where"] == "page" and f.measured["count"] == 1
    assert_no_personal_data(findings)


def test_mobiles_in_a_gongshi_table() -> None:
    snap = snapshot([fixture_page("dibao_gongshi.html", LIST_URL)], as_of=date(2024, 9, 20))
    findings = run_rule("privacy.phone", snap)
    assert [f.target for f in findings] == ["139****1234", "158****2345"]
    assert all(f.severity.value == "high" and "个人手机号码" in f.message for f in findings)
    assert_no_personal_data(findings)


def test_masked_list_and_decoys_give_nothing() -> None:
    snap = snapshot([fixture_page("dibao_masked.html", LIST_URL)], as_of=date(2024, 9, 20))
    assert run_rule("privacy.id_number", snap) == []
    assert run_rule("privacy.phone", snap) == []


def test_office_mobiles_in_a_duty_notice_give_nothing() -> None:
    # 值班手机, 应急值守手机, a unit's 手机, 咨询服务手机, 联系人：程老师: all an office's numbers
    url = "http://127.0.0.1:8000/tzgg/202409/t20240926_3.html"
    snap = snapshot([fixture_page("office_mobiles.html", url)], as_of=date(2024, 9, 30))
    assert find_mobiles(snap.pages[0].text, personal=False)  # the numbers are there
    assert run_rule("privacy.phone", snap) == []


def test_an_enrolment_list_keeps_the_guardians_but_not_the_enrolment_office() -> None:
    url = "http://127.0.0.1:8000/tzgg/202409/t20240903_7.html"
    snap = snapshot([fixture_page("enrol_list.html", url)], as_of=date(2024, 9, 30))
    findings = run_rule("privacy.phone", snap)
    assert [f.target for f in findings] == ["138****5521", "151****6630"]  # not 183****1105, 135****9901
    assert_no_personal_data(findings)


def test_one_finding_per_page_and_value() -> None:
    text = f"名单 张三 {ID_1} 13812345678\n复核 张三 {ID_1} 13812345678"
    snap = snapshot([page(LIST_URL, text=text), page(LIST_URL, text=text),
                     page(LIST_URL + "?p=2", text=text)])
    findings = run_rule("privacy.id_number", snap)
    assert [(f.url, f.measured["count"]) for f in findings] == [(LIST_URL, 2), (LIST_URL + "?p=2", 2)]
    assert len(run_rule("privacy.phone", snap)) == 2


def test_a_page_taken_back_from_the_journal_reports_as_the_live_page_did() -> None:
    """The run journal keeps pages masked, with what was found beside them: a resumed or batched
    run reports the same findings, measured alike (a mobile's reason included), and keeps no raw
    value, also after the page's round trip through JSON."""
    from robot._inspect import masked_for_storage
    from robot.snapshots import page_from_dict, to_jsonable

    text = f"低保名单 张三 {ID_1} 13812345678\n联系人：王五，电话 138-1234-5679"
    live = page(LIST_URL, text=text)
    stored = masked_for_storage(live, date(2024, 9, 20))
    back = page_from_dict(json.loads(json.dumps(to_jsonable(stored), ensure_ascii=False)))
    assert "13812345678" not in json.dumps(to_jsonable(stored), ensure_ascii=False)
    for rule_id in ("privacy.id_number", "privacy.phone"):
        want = run_rule(rule_id, snapshot([live], as_of=date(2024, 9, 20)))
        got = run_rule(rule_id, snapshot([back], as_of=date(2024, 9, 20)))
        assert want and [(f.target, f.measured) for f in got] == [(f.target, f.measured) for f in want]
    assert {f.measured["reason"] for f in run_rule("privacy.phone", snapshot([back], as_of=date(2024, 9, 20)))} \
        == {"id-row", "cue:联系人"}


# --- the rules over attachments ------------------------------------------------------------------

XLSX_URL = "http://127.0.0.1:8000/col/tzgg/202409/P020240912_名单.xlsx"


def _xlsx_list() -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "低保名单"
    sheet.append(["序号", "姓名", "身份证号码", "联系电话", "住址"])
    sheet.append([1, "刘桂英", ID_1, 13907971234, "大塘埠镇长岭村"])  # the phone typed as a number
    sheet.append([2, "黄志明", "3607**********3018", "158****2345", "嘉定镇水东村"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_attachment_findings_point_at_the_page_that_links_it() -> None:
    text, error = attachment_text(_xlsx_list(), "名单.xlsx")
    assert not error
    att = AttachmentText(url=XLSX_URL, found_on=LIST_URL, link_text="2024年9月低保名单.xlsx", text=text)
    listing = page(LIST_URL, text="关于低保对象的公示 附件：2024年9月低保名单.xlsx",
                   links=(link(XLSX_URL, "2024年9月低保名单.xlsx"),))
    snap = snapshot([listing], attachments=[att])
    ids = run_rule("privacy.id_number", snap)
    assert len(ids) == 1
    f = ids[0]
    assert f.url == LIST_URL
    assert f.target == f"3607**********0428 @ {XLSX_URL}"
    assert f.measured["attachment"] == XLSX_URL and f.measured["where"] == "attachment"
    assert "附件「2024年9月低保名单.xlsx」" in f.message
    assert f.mark is not None and f.mark.selector == "a"  # the link on the listing page
    phones = run_rule("privacy.phone", snap)
    assert [p.target for p in phones] == [f"139****1234 @ {XLSX_URL}"]
    assert_no_personal_data(ids + phones)


def test_attachment_without_text_is_skipped() -> None:
    att = AttachmentText(url=XLSX_URL, found_on=LIST_URL, error="HTTP 404")
    snap = snapshot([], attachments=[att])
    assert run_rule("privacy.id_number", snap) == [] and run_rule("privacy.phone", snap) == []

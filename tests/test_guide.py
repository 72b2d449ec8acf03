"""The 信息公开指南 reader and its comparison with the config: tables, prose, numbered lists,
definition lists, plain text from a PDF; a wrong unit (the 信丰县 bulletin's 县乡村振兴局 case),
phones written differently, hostile input."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from robot.channels import guide
from robot.channels.guide import GuideProblem
from robot.config import Contact
from robot.snapshots import GuideFacts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "guides"
URL = "http://www.xinfeng.gov.cn/xxgk/xxgkzn/"
XINFENG = Contact(unit="信丰县人民政府办公室", address="信丰县5G产业园政务服务中心一楼", phone="0797-7177965")


def _parse(name: str) -> GuideFacts:
    return guide.parse_guide((FIXTURES / name).read_text(encoding="utf-8"), URL)


# --- reading -------------------------------------------------------------------------------


def test_table_guide_ignores_header_and_footer() -> None:
    assert _parse("table_guide.html") == GuideFacts(
        url=URL,
        unit="信丰县人民政府办公室",
        address="信丰县5G产业园政务服务中心一楼",
        postal_address="信丰县嘉定镇人民政府大院1号楼",
        postcode="341600",
        phones=("0797-7177965",),  # not the footer's 0797-3322110
        fax="0797-7177966",
        email="xfxzfb@163.com",
        ways=("in_person", "post", "fax", "email"),  # 邮寄 to deliver the answer is no way to apply
        text_chars=339,
    )


def test_prose_guide() -> None:
    assert _parse("prose_guide.html") == GuideFacts(
        url=URL,
        unit="县行政审批局办公室",
        address="信丰县5G产业园政务服务中心二楼",
        postcode="341600",
        phones=("（0797）7177965",),
        ways=("in_person", "post", "fax", "online"),
        text_chars=275,
    )


def test_numbered_list_guide() -> None:
    assert _parse("numbered_guide.html") == GuideFacts(
        url=URL,
        unit="信丰县统计局办公室",
        address="信丰县嘉定镇龙舌路8号统计大楼3楼302室",
        postal_address="信丰县嘉定镇龙舌路8号统计大楼",
        postcode="341600",
        phones=("0797-3351234 转 801", "0797-3351235"),
        email="xftjj@163.com",  # written with a full-width ＠
        ways=("in_person", "post", "email", "online"),
        text_chars=196,
    )


def test_unit_under_a_heading_with_name_line() -> None:
    g = _parse("wrong_unit_guide.html")
    assert (g.unit, g.address, g.phones, g.fax, g.ways) == (
        "信丰县教育体育局办公室", "信丰县5G产业园政务服务中心一楼", ("0797—7177965",), "", ("in_person", "fax", "online"))


def test_phone_written_differently() -> None:
    g = _parse("phone_variants_guide.html")
    assert g.phones == ("０７９７－７１７７９６５",)  # 0797 7177965 under 电话/传真 is the same number
    assert g.fax == "0797 7177965"
    assert (g.unit, g.address, g.postal_address, g.postcode) == (
        "信丰县人民政府办公室（县政务公开办）", "江西省赣州市信丰县5G产业园政务服务中心1楼",
        "信丰县5G产业园政务服务中心1楼", "341600")
    assert g.ways == ("post",)


def test_plain_text_from_a_pdf() -> None:
    assert _parse("pdf_guide.txt") == GuideFacts(
        url=URL,
        unit="信丰县应急管理局",  # the bare line under （一）受理机构
        address="信丰县嘉定镇人民政府大院",
        phones=("0797-3329876",),
        ways=("in_person", "fax", "email"),
        text_chars=105,
    )


def test_dl_and_fax_same_as_phone() -> None:
    html = ("<dl><dt>受理部门</dt><dd>信丰县财政局</dd><dt>联系电话</dt><dd>0797-3341111（传真同号）</dd>"
            "<dt>地址</dt><dd>信丰县财政局大楼</dd></dl>")
    g = guide.parse_guide(html, URL)
    assert (g.unit, g.phones, g.fax, g.address) == ("信丰县财政局", ("0797-3341111",), "0797-3341111", "信丰县财政局大楼")


def test_prose_place_words_without_a_value_are_not_an_address() -> None:
    g = guide.parse_guide("<p>申请人可以在办公时间到受理地点当面提出申请。</p>", URL)
    assert g.address == "" and g.ways == ("in_person",)


# --- comparing -----------------------------------------------------------------------------


def test_labels_spaced_out_to_line_up() -> None:
    """传&emsp;&emsp;真：, 地&nbsp;&nbsp;址：, 邮 政 编 码：: characters padded apart are still the
    label; a guide that offers fax and gives its number lacks nothing (and 邮寄至上述地址 is no
    postal address of its own)."""
    g = _parse("spaced_labels_guide.html")
    assert g == GuideFacts(
        url=URL,
        unit="梅岭县市场监督管理局办公室",
        address="梅岭县迎宾大道166号市场监管大楼四楼",
        postcode="336200",
        phones=("0795-8123400",),  # not the top bar's or the footer's
        fax="0795-8123401",
        email="mlscjg@126.com",
        ways=("in_person", "post", "fax"),
        text_chars=231,
    )
    contact = Contact(unit="梅岭县市场监督管理局办公室", phone="0795-8123400", fax="0795-8123401")
    assert guide.compare_guide(g, contact=contact, owner=None, jurisdiction="梅岭县", site_name=None) == []


def test_spaced_labels_in_plain_text() -> None:
    text = "受理机构：梅岭县统计局办公室\n传\u3000\u3000真：0795-8223401\n地　　址：梅岭县和平路8号\n" \
           "电　话：0795-8223400\n邮　　编：336200\n可以通过传真申请。\n张 三 李 四 不是标签"
    g = guide.parse_guide(text, URL)
    assert (g.fax, g.address, g.phones, g.postcode) == ("0795-8223401", "梅岭县和平路8号", ("0795-8223400",), "336200")
    assert [p.target for p in guide.compare_guide(g, contact=None, owner=None, jurisdiction=None,
                                                   site_name=None)] == []


def test_postal_address_pointing_back_is_not_an_address() -> None:
    g = guide.parse_guide("<p>地址：梅岭县和平路8号，邮编：336200。</p><p>信函申请请邮寄至上述地址。</p>", URL)
    assert g.postal_address == "" and g.address == "梅岭县和平路8号"


def test_correct_guide_has_no_problem() -> None:
    assert guide.compare_guide(_parse("table_guide.html"), contact=XINFENG, owner="信丰县人民政府办公室",
                               jurisdiction="信丰县", site_name="信丰县人民政府网") == []


def test_wrong_unit_from_the_bulletin() -> None:
    """县乡村振兴局's guide names 信丰县教育体育局办公室 as the receiving unit (seed 001)."""
    contact = Contact(unit="信丰县乡村振兴局", address="信丰县5G产业园政务服务中心一楼", phone="0797-7177965")
    problems = guide.compare_guide(_parse("wrong_unit_guide.html"), contact=contact, owner="信丰县人民政府办公室",
                                   jurisdiction="信丰县", site_name="信丰县人民政府网")
    assert problems == [
        GuideProblem("guide.wrong_unit", "指南写的受理机构为“信丰县教育体育局办公室”，应为“信丰县乡村振兴局”", "受理机构",
                     {"found": "信丰县教育体育局办公室", "expected": "信丰县乡村振兴局"}),
        GuideProblem("guide.missing_element", "指南提供传真申请方式，但未写传真号码", "传真号码",
                     {"ways": ["in_person", "fax", "online"]}),
    ]


def test_phone_and_address_written_differently_are_equal() -> None:
    contact = Contact(unit="县政府办公室", address="信丰县5G产业园政务服务中心一楼", phone="0797 7177965",
                      fax="(0797)7177965", postal_address="5G产业园政务服务中心1楼")
    assert guide.compare_guide(_parse("phone_variants_guide.html"), contact=contact, owner=None,
                               jurisdiction="信丰县", site_name=None) == []


def test_wrong_address_and_phone() -> None:
    """The seed's case: a unit's guide giving the 县政府办's address and phone instead of the hall's."""
    g = GuideFacts(url=URL, unit="信丰县市场监督管理局", address="信丰县人民政府大院", phones=("0797-3322110",),
                   ways=("in_person",), text_chars=300)
    contact = Contact(unit="县市场监督管理局", address="信丰县5G产业园政务服务中心一楼", phone="0797—7177965")
    assert guide.compare_guide(g, contact=contact, owner=None, jurisdiction="信丰县", site_name=None) == [
        GuideProblem("guide.wrong_contact", "指南写的地址为“信丰县人民政府大院”，应为“信丰县5G产业园政务服务中心一楼”", "地址",
                     {"field": "address", "found": "信丰县人民政府大院", "expected": "信丰县5G产业园政务服务中心一楼"}),
        GuideProblem("guide.wrong_contact", "指南写的电话为“0797-3322110”，应为“0797—7177965”", "电话",
                     {"field": "phone", "found": ["0797-3322110"], "expected": "0797—7177965"}),
    ]


def test_one_matching_phone_is_enough() -> None:
    g = GuideFacts(url=URL, unit="县政府办公室", phones=("0797-3322110", "7177965"), text_chars=100)
    assert guide.compare_guide(g, contact=XINFENG, owner=None, jurisdiction="信丰县", site_name=None) == []


def test_missing_elements() -> None:
    g = GuideFacts(url=URL, address="信丰县5G产业园政务服务中心一楼", ways=("post", "fax", "email"), text_chars=100)
    problems = guide.compare_guide(g, contact=None, owner=None, jurisdiction=None, site_name=None)
    assert [(p.rule, p.target, p.message) for p in problems] == [
        ("guide.missing_element", "受理机构", "指南未写受理机构"),
        ("guide.missing_element", "联系电话", "指南未写联系电话"),
        ("guide.missing_element", "传真号码", "指南提供传真申请方式，但未写传真号码"),
        ("guide.missing_element", "通信地址", "指南提供信函申请方式，但未写通信地址和邮政编码"),
        ("guide.missing_element", "电子邮箱", "指南提供电子邮件申请方式，但未写电子邮箱"),
    ]
    # an address with its 邮编 is a postal address
    with_postcode = GuideFacts(url=URL, unit="县政府办", address="x路1号", postcode="341600", phones=("7177965",),
                               ways=("post",), text_chars=100)
    assert guide.compare_guide(with_postcode, contact=None, owner=None, jurisdiction=None, site_name=None) == []


def test_only_what_contact_gives_is_compared() -> None:
    g = GuideFacts(url=URL, unit="信丰县人民政府办公室", address="别处", phones=("0797-1111111",),
                   fax="0797-2222222", email="a@b.cn", text_chars=100)
    assert guide.compare_guide(g, contact=Contact(unit="县政府办公室"), owner=None, jurisdiction="信丰县",
                               site_name=None) == []
    wrong = guide.compare_guide(g, contact=Contact(fax="0797-2222223", email="A@B.CN"), owner=None,
                                jurisdiction=None, site_name=None)
    assert [(p.rule, p.target) for p in wrong] == [("guide.wrong_contact", "传真")]


def test_owner_and_site_name_stand_in_for_contact_unit() -> None:
    g = GuideFacts(url=URL, unit="县教育体育局", phones=("7177965",), text_chars=100)
    by_owner = guide.compare_guide(g, contact=Contact(), owner="信丰县人民政府办公室", jurisdiction="信丰县",
                                   site_name=None)
    assert [p.message for p in by_owner] == ["指南写的受理机构为“县教育体育局”，应为“信丰县人民政府办公室”"]
    by_site = guide.compare_guide(g, contact=None, owner=None, jurisdiction=None, site_name="信丰县教育体育局网站")
    assert by_site == []
    self_ref = GuideFacts(url=URL, unit="本机关办公室", phones=("7177965",), text_chars=100)
    assert guide.compare_guide(self_ref, contact=XINFENG, owner=None, jurisdiction="信丰县", site_name=None) == []


def test_unreadable_guide_is_one_problem() -> None:
    assert guide.compare_guide(GuideFacts(url=URL), contact=XINFENG, owner=None, jurisdiction=None,
                               site_name=None) == [
        GuideProblem("guide.missing_element", "未能读取指南的文字（页面空白，或为图片）", "指南内容", {"text_chars": 0})]


@pytest.mark.parametrize(
    "written",
    ["0797-7177965", "0797 7177965", "07977177965", "(0797)7177965", "（0797）7177965", "0797—7177965",
     "０７９７－７１７７９６５", "0797-7177965转801", "0797-7177965-801", "+86 797 7177965", "0797 - 717 7965"],
)
def test_normalise_phone(written: str) -> None:
    assert guide.normalise_phone(written) == "07977177965"


def test_normalise_phone_other_shapes() -> None:
    assert guide.normalise_phone("138 0000 0000") == "13800000000"
    assert guide.normalise_phone("7177965 转 12") == "7177965"
    assert guide.normalise_phone("") == "" and guide.normalise_phone("无") == ""
    assert guide.same_phone("7177965", "0797-7177965")
    assert not guide.same_phone("7177966", "0797-7177965")
    assert not guide.same_phone("0797-7177965", "0798-7177965")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("信丰县5G产业园政务服务中心一楼", "信丰县 5G 产业园政务服务中心 一楼", True),
        ("信丰县5G产业园政务服务中心一楼", "信丰县５Ｇ产业园政务服务中心1楼", True),
        ("信丰县5G产业园政务服务中心一楼", "江西省赣州市信丰县5G产业园政务服务中心一楼", True),
        ("信丰县5G产业园政务服务中心一楼", "5G产业园政务服务中心一楼", True),
        ("信丰县5G产业园政务服务中心一楼", "信丰县5G产业园政务服务中心二楼", False),
        ("信丰县5G产业园政务服务中心一楼", "信丰县5G产业园政务服务中心一楼101室", False),
        ("信丰县龙舌路8号", "信丰县龙舌路9号", False),
        ("信丰县龙舌路8号", "信丰县龙舌路18号", False),
        ("信丰县5G产业园政务服务中心一楼", "信丰县人民政府大院", False),
        ("", "信丰县人民政府大院", False),
        ("信丰县5G产业园政务服务中心一楼（县行政中心内）", "信丰县5G产业园政务服务中心一楼", True),
        ("信丰县政务服务中心（三楼）", "信丰县政务服务中心", False),
        ("信丰县政务服务中心（301室）", "信丰县政务服务中心（302室）", False),
    ],
)
def test_same_address(a: str, b: str, same: bool) -> None:
    assert guide.same_address(a, b) is same
    assert guide.same_address(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "jurisdiction", "same"),
    [
        ("信丰县人民政府办公室", "县人民政府办公室", "信丰县", True),
        ("信丰县人民政府办公室", "县政府办公室", "信丰县", True),
        ("信丰县人民政府办公室", "县政府办", "信丰县", True),
        ("信丰县人民政府办公室", "信丰县政府办公室（县政务公开办）", None, True),
        ("县乡村振兴局", "信丰县乡村振兴局综合股", "信丰县", True),
        ("县市场监督管理局", "市场监督管理局", None, True),
        ("县乡村振兴局", "信丰县教育体育局办公室", "信丰县", False),
        ("信丰县人民政府办公室", "县乡村振兴局", "信丰县", False),
        ("县市场监督管理局", "县统计局", None, False),
    ],
)
def test_same_unit(a: str, b: str, jurisdiction: str | None, same: bool) -> None:
    assert guide.same_unit(a, b, jurisdiction) is same


# --- hostile input -------------------------------------------------------------------------


def test_hostile_input_never_raises() -> None:
    cases: list[Any] = [
        "<div>" * 100_000 + "受理机构：县政府办公室" + "</div>" * 100_000,
        "<table><tr><td>" * 20_000 + "电话：0797-7177965",
        "<p>受理机构：县政府办公室，电话：0797-7177965。</p>" * 50_000,
        "受理机构" * 200_000,
        "电话：" + "0" * 100_000,
        "\x00\udcff<<>>",
        "",
        None,
        b"\xff\xfe<p>\xe5\x8f\x97",
    ]
    for text in cases:
        started = time.monotonic()
        g = guide.parse_guide(text, URL)
        assert isinstance(g, GuideFacts) and g.url == URL
        assert isinstance(guide.compare_guide(g, contact=XINFENG, owner=None, jurisdiction=None, site_name=None), list)
        assert time.monotonic() - started < 15
    assert guide.parse_guide(cases[0], URL).unit == "县政府办公室"
    assert guide.parse_guide(cases[2], URL).phones == ("0797-7177965",)


# --- building numbers, run-on contacts, e-mail without an address -------------------------------

MEILING = Contact(unit="梅岭县人民政府办公室", address="梅岭县行政中心2号楼302室", phone="0795-8223400",
                  postal_address="梅岭县和平路8号")


def test_table_guide_address_differing_by_building_number_is_flagged() -> None:
    g = _parse("building_guide.html")
    assert (g.unit, g.address, g.postal_address, g.postcode, g.phones) == (
        "梅岭县人民政府办公室", "梅岭县行政中心6号楼302室", "江西省梅岭县和平路8号", "336100", ("0795-8223400",))
    # 6号楼 is not 2号楼; 江西省梅岭县和平路8号 is 梅岭县和平路8号 (the province left out); the footer's
    # 行政中心2号楼 and 0795-8223999 are not read
    assert guide.compare_guide(g, contact=MEILING) == [
        GuideProblem("guide.wrong_contact", "指南写的地址为“梅岭县行政中心6号楼302室”，应为“梅岭县行政中心2号楼302室”", "地址",
                     {"field": "address", "found": "梅岭县行政中心6号楼302室", "expected": "梅岭县行政中心2号楼302室"}),
    ]


def test_run_on_sentence_contact_and_email_way_without_address() -> None:
    g = _parse("runon_guide.html")
    assert g == GuideFacts(
        url=URL,
        unit="梅岭县自然资源局办公室",
        address="梅岭县行政中心6号楼302室",  # 办公地址在…
        postcode="336100",
        phones=("0795-8223411",),
        fax="0795-8223412",
        ways=("in_person", "post", "fax", "email"),
        text_chars=251,
    )
    contact = Contact(unit="梅岭县自然资源局", address="梅岭县行政中心2号楼302室", phone="0795-8223411")
    assert [(p.rule, p.target) for p in guide.compare_guide(g, contact=contact)] == [
        ("guide.wrong_contact", "地址"),
        ("guide.missing_element", "电子邮箱"),  # 电子邮件 offered, no address given
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("梅岭县行政中心6号楼302室", "梅岭县行政中心2号楼302室", False),
        ("梅岭县行政中心6号楼", "梅岭县行政中心6号楼302室", False),
        ("赣州市梅岭县行政中心6号楼", "梅岭县行政中心2号楼", False),
        ("江西省梅岭县和平路8号", "梅岭县和平路8号", True),
        ("赣州市梅岭县和平路8号", "江西省梅岭县和平路8号", True),
        ("江西省赣州市梅岭县和平路8号", "和平路8号", True),
        ("梅岭行政中心6号楼", "梅岭县行政中心6号楼", True),
        ("梅岭县和平路8号", "信丰县和平路8号", False),
        ("江西省梅岭县和平路8号", "江西省信丰县和平路8号", False),
        ("梅岭县和平路8号", "梅岭县和平路18号", False),
    ],
)
def test_same_address_building_numbers_and_region_prefixes(a: str, b: str, same: bool) -> None:
    assert guide.same_address(a, b) is same
    assert guide.same_address(b, a) is same


@pytest.mark.parametrize(
    ("html", "address"),
    [
        ("<p>受理机构：梅岭县政府办，受理地点设在梅岭县行政中心6号楼302室，电话：0795-8223400。</p>", "梅岭县行政中心6号楼302室"),
        ("<p>申请人可到梅岭县政府办（地址：梅岭县行政中心6号楼302室；电话：0795-8223400）提出申请。</p>",
         "梅岭县行政中心6号楼302室"),
        ("<p>办公地点在梅岭县行政中心6号楼302室，电话0795-8223400。</p>", "梅岭县行政中心6号楼302室"),
    ],
)
def test_address_in_running_prose(html: str, address: str) -> None:
    assert guide.parse_guide(html, URL).address == address


def test_email_way_offered_in_a_list_without_an_address() -> None:
    html = ("<h3>申请方式</h3><ul><li>当面申请：到受理窗口填写申请表。</li><li>电子邮件申请：申请人可通过电子邮件提交申请。</li></ul>"
            "<p>受理机构：梅岭县人民政府办公室　联系电话：0795-8223400</p>")
    g = guide.parse_guide(html, URL)
    assert (g.email, g.ways) == ("", ("in_person", "email"))
    assert [p.target for p in guide.compare_guide(g, contact=MEILING)] == ["电子邮箱"]

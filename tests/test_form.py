"""The 依申请公开 form reader: online forms in several markups, downloadable 申请表 (.docx, .pdf,
Word 97 .doc, RTF saved as .doc), links to them, test data, and hostile input."""

from __future__ import annotations

import importlib.util
import io
import struct
import time
import zipfile
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from selectolax.lexbor import LexborHTMLParser

from robot.channels import form
from robot.snapshots import FormField

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "forms"


def _html(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _rows(fields: list[FormField]) -> list[tuple[str, str, str, str, bool, tuple[str, ...]]]:
    return [(f.label, f.kind, f.name, f.element, f.required, f.options) for f in fields]


def _make_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_docs", FIXTURES / "make_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- online forms --------------------------------------------------------------------------


def test_table_form_reads_labels_from_cells_and_skips_search_form() -> None:
    fields = form.form_fields_from_html(_html("table_form.html"), "http://www.xinfeng.gov.cn/ysqgk/apply.html")
    assert _rows(fields) == [
        ("受理机关", "select", "deptid", "unit", True, ("信丰县人民政府办公室", "信丰县教育体育局", "信丰县乡村振兴局")),
        ("姓名", "text", "xm", "applicant", True, ()),
        ("证件号码", "text", "zjhm", "id_doc", False, ()),
        ("联系电话", "text", "lxdh", "contact", True, ()),
        ("电子邮箱", "text", "email", "contact", False, ()),
        ("通信地址", "text", "txdz", "address", False, ()),
        ("所需政府信息的内容描述", "textarea", "nrms", "description", True, ()),
        ("获取信息的方式", "radio", "hqfs", "delivery", False, ("邮寄", "电子邮件", "自行领取")),
        ("附件", "file", "fj", "", False, ()),
        ("验证码", "text", "yzm", "", False, ()),
    ]
    assert form.missing_elements(fields) == ()
    assert form.find_submit_control(_html("table_form.html")) == 'input[name="btnSubmit"]'


def test_div_form_without_form_element() -> None:
    """Script-driven layui form: labels from <label>, a preceding div, placeholder, aria-label,
    option texts from title attributes; the header search box is not part of it."""
    html = _html("div_form.html")
    fields = form.form_fields_from_html(html, "http://x.gov.cn/ysq/")
    assert _rows(fields) == [
        ("受理单位", "select", "acceptUnit", "unit", True, ("信丰县水利局",)),
        ("申请人类型", "radio", "applicantType", "", False, ("公民", "法人或其他组织")),
        ("姓名/名称", "text", "applicantName", "applicant", True, ()),
        ("身份证号码", "text", "idCard", "id_doc", False, ()),
        ("手机号码", "text", "mobile", "contact", False, ()),
        ("联系地址", "text", "address", "address", False, ()),
        ("申请内容", "textarea", "content", "description", True, ()),
        ("获取方式", "checkbox", "way", "delivery", False, ("纸质", "电子邮件")),
        ("我已阅读并同意《申请须知》", "checkbox", "agree", "", False, ()),
    ]
    assert form.missing_elements(fields) == ()
    assert form.find_submit_control(html) == 'a[id="submitBtn"]'


def test_form_without_unit_reports_it_missing() -> None:
    html = _html("missing_unit_form.html")
    fields = form.form_fields_from_html(html, "http://x.gov.cn/apply/")
    assert _rows(fields) == [
        ("姓名", "text", "name", "applicant", False, ()),
        ("联系电话", "text", "tel", "contact", False, ()),
        ("通讯地址", "text", "addr", "address", False, ()),
        ("所需信息描述（必填）", "textarea", "desc", "description", True, ()),
        ("获取信息方式", "select", "way", "delivery", False, ("纸质", "电子邮件")),
    ]
    assert form.missing_elements(fields) == ("受理机关", "身份证明")
    selector = form.find_submit_control(html)
    assert selector is not None
    found = LexborHTMLParser(html).css(selector)
    assert [n.text() for n in found] == ["提交"]  # the untyped <button> in the form, not 返回


def test_fixed_unit_written_in_the_form_counts() -> None:
    html = _html("static_unit_form.html")
    fields = form.form_fields_from_html(html, "http://x.gov.cn/f/")
    assert fields[0] == FormField(label="受理机关", kind="table-cell", element="unit", options=("信丰县乡村振兴局",))
    assert [f.element for f in fields[1:]] == ["applicant", "contact", "address", "id_doc", "description", "delivery"]
    assert form.missing_elements(fields) == ()
    assert form.find_submit_control(html) == 'button[id="save"]'


def test_no_form_at_all() -> None:
    html = "<html><body><p>依申请公开</p><a href='/a.html'>申请流程</a></body></html>"
    assert form.form_fields_from_html(html, "http://x.gov.cn/") == []
    assert form.find_submit_control(html) is None
    assert form.missing_elements([]) == ("受理机关", "申请人姓名或名称", "身份证明", "联系方式", "通信地址",
                                         "所需信息描述", "获取方式")


def test_application_links_online_first_then_documents() -> None:
    links = form.application_links(_html("ysqgk_page.html"), "http://www.xinfeng.gov.cn/xxgk/ysqgk/index.html")
    assert links == [
        ("在线申请", "http://www.xinfeng.gov.cn/ysqgk/apply.html?deptid=12"),
        ("网上申请（省平台）", "https://zwfw.jiangxi.gov.cn/ysq/index.html"),
        ("政府信息公开申请表.doc",
         "http://www.xinfeng.gov.cn/xxgk/ysqgk/download/%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E7%94%B3"
         "%E8%AF%B7%E8%A1%A8.doc"),
        ("信丰县政府信息公开申请表", "http://www.xinfeng.gov.cn/xxgk/ysqgk/download/sqb2023.pdf"),
        ("政府信息公开申请表下载", "http://www.xinfeng.gov.cn/down.jsp?fileid=3"),
    ]


@pytest.mark.parametrize(
    ("label", "element"),
    [
        ("受理机关名称", "unit"),
        ("被申请机关", "unit"),
        ("申请人电话", "contact"),
        ("联系人姓名", "applicant"),
        ("法人或其他组织名称", "applicant"),
        ("证件名称", "id_doc"),
        ("统一社会信用代码", "id_doc"),
        ("邮政编码", "address"),
        ("所需信息的指定提供方式", "delivery"),
        ("所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述", "description"),
        ("申请人签名或者盖章", ""),
        ("所需信息的用途", ""),
        ("申请人类型", ""),
        ("验证码", ""),
        ("", ""),
    ],
)
def test_element_of(label: str, element: str) -> None:
    assert form.element_of(label) == element


def test_unlabelled_choices_of_delivery() -> None:
    assert form.element_of("", ("邮寄", "电子邮件", "自行领取")) == "delivery"
    assert form.element_of("", ("公民", "法人")) == ""


# --- test data -----------------------------------------------------------------------------


def _is_valid_id(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and form.id_check_digit(number[:17]) == number[17]


def test_test_values_are_harmless_and_marked() -> None:
    tv = form.test_value
    assert tv(FormField("申请人姓名", "text", element="applicant")) == "测试（巡检机器人，请勿受理）"
    assert tv(FormField("身份证号码", "text", element="id_doc")) == "110101199001011238"
    assert tv(FormField("证件名称", "text", element="id_doc")) == "测试（巡检机器人，请勿受理）"
    assert tv(FormField("联系电话", "text", element="contact")) == "13800000000"
    assert tv(FormField("电子邮箱", "text", element="contact")) == "zwgk-robot-test@example.com"
    assert tv(FormField("邮政编码", "text", element="address")) == "000000"
    assert tv(FormField("通信地址", "text", element="address")) == "测试地址（巡检机器人，请勿受理）"
    assert tv(FormField("所需信息描述", "textarea", element="description")) == (
        "测试：巡检机器人检查依申请公开渠道是否可用，并非真实申请，请勿受理。")
    assert tv(FormField("获取方式", "radio", element="delivery", options=("邮寄", "电子邮件"))) == "邮寄"
    assert tv(FormField("受理机关", "select", element="unit", options=("县政府办公室",))) == "县政府办公室"
    assert tv(FormField("我已阅读并同意", "checkbox")) == "on"
    assert tv(FormField("附件", "file")) == ""
    assert tv(FormField("验证码", "text")) == ""
    assert tv(FormField("", "text", name="yzm")) == ""
    assert tv(FormField("申请日期", "date")) == date.today().isoformat()
    assert tv(FormField("工作单位", "text")) == "测试（巡检机器人，请勿受理）"


def test_test_id_number_is_never_a_valid_resident_id() -> None:
    number = form.test_value(FormField("证件号码", "text", element="id_doc"))
    assert number == form.TEST_ID
    assert len(number) == 18 and number[:17].isdigit()
    assert not _is_valid_id(number)
    assert _is_valid_id(number[:17] + form.id_check_digit(number[:17]))  # only the check digit is off
    assert form.id_check_digit("11010519491231002") == "X"  # GB 11643's own example


# --- downloadable 申请表 ---------------------------------------------------------------------


def _doc(name: str) -> tuple[str, list[FormField], str]:
    return form.form_fields_from_document((FIXTURES / name).read_bytes(), name)


def test_docx_table_with_merged_cells_and_choices() -> None:
    source, fields, text = _doc("apply_table.docx")
    assert source == "docx"
    assert [(f.label, f.element, f.required, f.options) for f in fields] == [
        ("受理机关", "unit", False, ("信丰县人民政府办公室",)),
        ("申请人信息", "", False, ()),  # one cell over three rows: read once
        ("姓名", "applicant", True, ()),
        ("身份证号码", "id_doc", False, ()),
        ("联系电话", "contact", False, ()),
        ("电子邮箱", "contact", False, ()),
        ("通信地址", "address", False, ()),
        ("所需信息的内容描述", "description", True, ()),
        ("所需信息的用途", "", False, ()),
        ("获取信息的方式", "delivery", False, ("邮寄", "电子邮件", "传真", "自行领取")),
        ("申请人签名", "", False, ()),
        ("申请日期", "", False, ()),
    ]
    assert all(f.kind == "table-cell" for f in fields)
    assert form.missing_elements(fields) == ()
    assert text.splitlines()[:3] == ["信丰县人民政府办公室政府信息公开申请表", "受理机关\t信丰县人民政府办公室",
                                     "申请人信息\t* 姓名\t\t身份证号码\t"]


def test_docx_national_template_lacks_the_receiving_organ() -> None:
    source, fields, _text = _doc("apply_standard.docx")
    assert source == "docx"
    assert form.missing_elements(fields) == ("受理机关",)
    by_label = {f.label: f for f in fields}
    assert by_label["获取信息的方式"].options == ("邮寄", "快递", "电子邮件", "传真", "自行领取", "当场阅读")
    assert by_label["所需信息的指定提供方式"].element == "delivery"
    assert by_label["联系人电话"].element == "contact"
    assert by_label["组织机构代码"].element == "id_doc"
    assert len(fields) == 22


def test_docx_without_a_delivery_row_lacks_the_way_to_get_the_answer() -> None:
    """Applicant rows merged down two columns (w:vMerge), the receiving organ filled in, and no
    获取方式 / 提供方式 / 载体形式 row: only 获取方式 is missing."""
    source, fields, text = _doc("apply_no_delivery.docx")
    assert source == "docx"
    assert form.missing_elements(fields) == ("获取方式",)
    by_label = {f.label: f for f in fields}
    assert by_label["受理机关"].options == ("梅岭县林业局",)
    assert by_label["姓名"].element == "applicant" and by_label["联系电话"].element == "contact"
    assert by_label["所需政府信息的名称、文号或者便于查询的其他特征性描述"].element == "description"
    assert [f.label for f in fields].count("申请人") == 1  # a merged cell is read once
    assert "获取" not in text and "提供方式" not in text


def test_pdf_form() -> None:
    source, fields, text = _doc("apply_form.pdf")
    assert source == "pdf"
    assert text == ("政府信息公开申请表\n受理机关：信丰县人民政府办公室\n申请人姓名 证件号码\n联系电话 通信地址\n"
                    "所需信息描述\n获取方式 □纸质 □电子邮件 □自行领取")
    assert [(f.label, f.element, f.options) for f in fields] == [
        ("受理机关", "unit", ("信丰县人民政府办公室",)),
        ("申请人姓名", "applicant", ()),
        ("证件号码", "id_doc", ()),
        ("联系电话", "contact", ()),
        ("通信地址", "address", ()),
        ("所需信息描述", "description", ()),
        ("获取方式", "delivery", ("纸质", "电子邮件", "自行领取")),
    ]
    assert form.missing_elements(fields) == ()


def test_word97_doc_from_the_ole_stream() -> None:
    source, fields, text = _doc("apply_word97.doc")
    assert source == "doc"
    assert text.startswith("政府信息公开申请表\n受理机关：信丰县人民政府办公室\n申请人姓名\t\t联系电话")
    assert "PAGE" not in text  # field codes dropped, their results kept
    assert [(f.label, f.element, f.options) for f in fields] == [
        ("受理机关", "unit", ("信丰县人民政府办公室",)),
        ("申请人姓名", "applicant", ()),
        ("联系电话", "contact", ()),
        ("通信地址", "address", ()),
        ("所需信息描述", "description", ()),
        ("获取方式", "delivery", ("邮寄", "自行领取")),
    ]
    assert form.missing_elements(fields) == ("身份证明",)


def test_word97_doc_with_a_broken_piece_table_falls_back_to_text_runs() -> None:
    data = bytearray((FIXTURES / "apply_word97.doc").read_bytes())
    fib = 3 * 512  # header, FAT, directory: WordDocument starts in sector 2
    struct.pack_into("<II", data, fib + 0x9A + 33 * 8, 4000, 9)  # fcClx/lcbClx point at nothing
    source, fields, text = form.form_fields_from_document(bytes(data), "x.doc")
    assert source == "doc"
    assert "受理机关：信丰县人民政府办公室" in text
    assert [f.element for f in fields][:3] == ["unit", "applicant", "contact"]


def test_rtf_served_as_doc() -> None:
    source, fields, text = _doc("apply_rtf.doc")
    assert source == "doc"
    assert text.splitlines()[:2] == ["政府信息公开申请表", "受理机关\t信丰县人民政府办公室\t"]
    assert [(f.label, f.element, f.options) for f in fields] == [
        ("受理机关", "unit", ("信丰县人民政府办公室",)),
        ("申请人姓名", "applicant", ()),
        ("联系电话", "contact", ()),
        ("所需信息描述", "description", ()),
        ("获取方式", "delivery", ("邮寄", "电子邮件")),
    ]


def test_html_saved_as_doc() -> None:
    data = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'></head><body>"
            "<p>受理机关：__________</p><table><tr><td>姓 名</td><td></td><td>联系电话</td><td></td></tr>"
            "</table></body></html>").encode("gb2312")
    source, fields, _text = form.form_fields_from_document(data, "申请表.doc")
    assert source == "doc"
    assert [(f.label, f.element) for f in fields] == [("受理机关", "unit"), ("姓名", "applicant"),
                                                      ("联系电话", "contact")]


def test_fixtures_are_what_make_docs_makes(tmp_path: Path) -> None:
    """The committed documents are exactly the script's output (no hand edits)."""
    md = _make_docs()
    assert md._docx(md._table_form) == (FIXTURES / "apply_table.docx").read_bytes()
    assert md._docx(md._standard_form) == (FIXTURES / "apply_standard.docx").read_bytes()
    assert md._docx(md._no_delivery_form) == (FIXTURES / "apply_no_delivery.docx").read_bytes()
    assert md._pdf(md.PDF_ITEMS) == (FIXTURES / "apply_form.pdf").read_bytes()
    assert md._word97(md.WORD97_TEXT) == (FIXTURES / "apply_word97.doc").read_bytes()
    assert md._rtf() == (FIXTURES / "apply_rtf.doc").read_bytes()


def test_document_text_helper() -> None:
    source, text = form.document_text((FIXTURES / "apply_form.pdf").read_bytes(), "a.pdf")
    assert source == "pdf"
    assert text.startswith("政府信息公开申请表\n受理机关：")


# --- hostile input -------------------------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "source"),
    [
        ("a.doc", b"", "doc"),
        ("a.docx", b"\x00\xff" * 5000, "docx"),
        ("a.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF", "pdf"),
        ("a.pdf", (FIXTURES / "apply_form.pdf").read_bytes()[:400], "pdf"),
        ("a.docx", (FIXTURES / "apply_table.docx").read_bytes()[:5000], "docx"),
        ("a.docx", _zip({"word/document.xml": b"<w:document><unclosed"}), "docx"),
        ("a.docx", _zip({"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'}), "docx"),
        ("a.docx", _zip({"word/document.xml": b" " * 60_000_000}), "docx"),  # 60 MB when inflated
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "doc"),
        ("a.doc", b"{\\rtf1 {\\*\\x {{{{" + b"}" * 3000 + b"\\u-1\\'zz\\'", "doc"),
        ("a.xls", bytes(range(256)) * 100, "doc"),
    ],
)
def test_broken_documents_never_raise(name: str, data: bytes, source: str) -> None:
    started = time.monotonic()
    got_source, fields, text = form.form_fields_from_document(data, name)
    assert got_source == source
    assert isinstance(fields, list) and isinstance(text, str)
    assert time.monotonic() - started < 10


def test_hostile_html_never_raises_and_stays_fast() -> None:
    nested = "<div>" * 100_000 + "<p>姓名：<input name='a'></p>" + "</div>" * 100_000
    huge = "<form><table>" + "<tr><td>联系电话</td><td><input name='t'></td></tr>" * 60_000 + "</table></form>"
    broken = "<<form <input <select><option>受理机关" * 20_000 + "\x00\udcff"
    for html in (nested, huge, broken, "", "<", None):
        started = time.monotonic()
        fields = form.form_fields_from_html(html, "http://x/")  # type: ignore[arg-type]
        form.find_submit_control(html)  # type: ignore[arg-type]
        form.application_links(html, "http://x/")  # type: ignore[arg-type]
        assert isinstance(fields, list)
        assert time.monotonic() - started < 15
    assert [(f.label, f.name) for f in form.form_fields_from_html(nested, "http://x/")] == [("姓名", "a")]
    assert len(form.form_fields_from_html(huge, "http://x/")) == form.MAX_CONTROLS


def test_defuse_keeps_text_and_shallow_markup() -> None:
    html = "<div>" * 1000 + "深处的文字" + "</div>" * 1000
    out = form.defuse(html)
    assert out.count("<div>") == form.MAX_DEPTH and "深处的文字" in out
    small = "<div><p>a</p></div>"
    assert form.defuse(small) == small

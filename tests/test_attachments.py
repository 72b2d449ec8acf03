"""Attachment text: each format built in the test, limits, and never an exception."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest

from robot.content.attachments import attachment_kind, attachment_text, is_attachment, sniff
from robot.content.privacy import find_id_numbers, find_mobiles

ID_1 = "360722198503150428"
ROWS = [("序号", "姓名", "身份证号码", "联系电话"), ("1", "刘桂英", ID_1, "13907971234"), ("2", "黄志明", "3607**********3018", "")]


def _make_docs() -> ModuleType:
    """The hand-written PDF and Word 97 builders of the 申请表 fixtures (tests/fixtures/forms)."""
    path = Path(__file__).parent / "fixtures" / "forms" / "make_docs.py"
    spec = importlib.util.spec_from_file_location("_make_docs_for_attachments", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_list_read(text: str, mobiles: tuple[str, ...] = ("139****1234",)) -> None:
    assert "刘桂英" in text and ID_1 in text
    assert [h.masked for h in find_id_numbers(text)] == ["3607**********0428"]
    assert [h.masked for h in find_mobiles(text)] == list(mobiles)


def test_is_attachment() -> None:
    assert is_attachment("http://x.gov.cn/col/P020240912.xlsx")
    assert is_attachment("http://x.gov.cn/files/%E5%90%8D%E5%8D%95.XLS")
    assert is_attachment("http://x.gov.cn/module/download/downfile.jsp?classid=0&filename=2409名单.docx")
    assert attachment_kind("http://x.gov.cn/a/b.pdf?v=2") == "pdf"
    assert attachment_kind("http://x.gov.cn/a/data.csv") == "csv"
    assert not is_attachment("http://x.gov.cn/col/gzdt/index.html")
    assert not is_attachment("http://x.gov.cn/files/a.zip")
    assert not is_attachment("http://x.gov.cn/docs/")
    assert not is_attachment("not a url ::")


def test_xlsx() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "公示名单"
    for row in ROWS:
        sheet.append(list(row))
    sheet.append([3, "曾庆华", None, 15870792345.0])  # a phone typed as a number
    other = book.create_sheet("说明")
    other["A1"] = "扫黑除恶"
    out = io.BytesIO()
    book.save(out)
    text, error = attachment_text(out.getvalue(), "名单.xlsx")
    assert error == ""
    assert text.splitlines()[:2] == ["【公示名单】", "序号\t姓名\t身份证号码\t联系电话"]
    assert "3\t曾庆华\t\t15870792345" in text and "【说明】\n扫黑除恶" in text
    assert_list_read(text, ("139****1234", "158****2345"))


def test_xls() -> None:
    import xlwt  # dev dependency: a missing one fails here, it is not skipped
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名单")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(3, 1, "数字电话")
    sheet.write(3, 3, 13912345678.0)
    out = io.BytesIO()
    book.save(out)
    text, error = attachment_text(out.getvalue(), "名单.xls")
    assert error == ""
    assert "数字电话\t\t13912345678" in text
    assert_list_read(text)


def test_xls_without_xlrd_is_reported_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    import xlwt  # dev dependency: a missing one fails here, it is not skipped
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("名单").write(0, 0, "姓名")
    out = io.BytesIO()
    book.save(out)
    monkeypatch.setitem(sys.modules, "xlrd", None)
    assert attachment_text(out.getvalue(), "名单.xls") == ("", "unsupported format (.xls: the xlrd package is not installed)")


def test_html_table_saved_as_xls() -> None:
    html = ("<html><head><meta charset='gbk'><style>td{}</style></head><body><table><caption>低保名单</caption>"
            + "".join("<tr class='r'>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
            + "</table></body></html>")
    text, error = attachment_text(html.encode("gbk"), "P020240912.xls", "application/vnd.ms-excel")
    assert error == ""
    assert text.splitlines()[:2] == ["低保名单", "序号\t姓名\t身份证号码\t联系电话"]
    assert_list_read(text)


def test_docx_paragraphs_and_tables_in_order() -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("关于城乡低保新增对象的公示")
    table = doc.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    inner = table.cell(2, 3).add_table(rows=1, cols=2)  # a nested table
    inner.cell(0, 0).text = "备注"
    inner.cell(0, 1).text = "已核实"
    doc.add_paragraph("监督电话：0797-7177965")
    out = io.BytesIO()
    doc.save(out)
    text, error = attachment_text(out.getvalue(), "公示.docx")
    assert error == ""
    lines = text.splitlines()
    assert lines[0] == "关于城乡低保新增对象的公示"
    assert lines[1] == "序号\t姓名\t身份证号码\t联系电话"
    assert lines[2] == f"1\t刘桂英\t{ID_1}\t13907971234"
    assert "备注\t已核实" in lines and lines[-1] == "监督电话：0797-7177965"
    assert_list_read(text)


def test_doc_word97() -> None:
    make = _make_docs()
    body = "关于低保对象的公示\r序号\x07姓名\x07身份证号码\x07联系电话\x07\x07" \
           f"1\x07刘桂英\x07{ID_1}\x0713907971234\x07\x07\x13 PAGE \x141\x15\r"
    text, error = attachment_text(make._word97(body), "公示.doc", "application/msword")
    assert error == ""
    assert text.splitlines() == ["关于低保对象的公示", "序号\t姓名\t身份证号码\t联系电话",
                                 f"1\t刘桂英\t{ID_1}\t13907971234", "1"]
    assert_list_read(text)


def test_rtf_served_as_doc() -> None:
    def esc(s: str) -> str:
        return "".join(ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode("gbk")) for ch in s)

    rows = "".join(r"\trowd\cellx1000\cellx3000\cellx6000\cellx9000 " + "".join(esc(c) + r"\cell " for c in row)
                   + r"\row" + "\n" for row in ROWS)
    rtf = (r"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 \'cb\'ce\'cc\'e5;}}{\*\generator x;}\pard "
           + esc("低保公示") + r"\par" + "\n" + rows + "}").encode("ascii")
    text, error = attachment_text(rtf, "公示.doc")
    assert error == ""
    assert text.splitlines()[:2] == ["低保公示", "序号\t姓名\t身份证号码\t联系电话"]
    assert_list_read(text)


def test_pdf() -> None:
    make = _make_docs()
    items = [(60, 790, "低保对象公示"), (60, 760, f"刘桂英 {ID_1} 13907971234")]
    text, error = attachment_text(make._pdf(items), "公示.pdf")
    assert error == ""
    assert "低保对象公示" in text
    assert_list_read(text)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_encodings(encoding: str) -> None:
    data = "\r\n".join(",".join(row) for row in ROWS).encode(encoding)
    text, error = attachment_text(data, "名单.csv", "text/csv")
    assert error == ""
    assert text.splitlines()[1] == f"1\t刘桂英\t{ID_1}\t13907971234"
    assert_list_read(text)


def test_sniffing_trusts_the_bytes_over_the_name() -> None:
    from docx import Document

    out = io.BytesIO()
    Document().save(out)
    assert sniff(out.getvalue(), "a.doc") == "docx"
    assert sniff(b"%PDF-1.4 ...", "a.xls") == "pdf"
    assert sniff(b"a,b\n1,2\n", "a.csv") == "csv"
    assert sniff(b"a,b\n1,2\n", "a.bin") == ""


@pytest.mark.parametrize("data,name,problem", [
    (b"", "a.pdf", "empty file"),
    (b"\x00\x01garbage" * 10, "a.xlsx", "unreadable xlsx: the content is not a xlsx file"),
    (b"%PDF-1.4\n1 0 obj broken", "a.pdf", "unreadable pdf"),
    (b"PK\x03\x04broken zip", "a.docx", "unreadable docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "a.doc", "unreadable"),
    (b"\x00\x01garbage", "a.xls", "unreadable xls"),
    (b"hello", "a.zip", "unsupported format (zip)"),
])
def test_broken_files_give_a_reason_never_an_exception(data: bytes, name: str, problem: str) -> None:
    text, error = attachment_text(data, name)
    assert text == "" or error
    assert problem in error


def test_limits() -> None:
    data = ("序号,姓名\n" + "1,张三\n" * 1000).encode("utf-8")
    assert attachment_text(data, "a.csv", max_bytes=100) == ("", f"too large: {len(data)} bytes (limit 100)")
    text, error = attachment_text(data, "a.csv", max_chars=50)
    assert error == "truncated: more than 50 characters" and 0 < len(text) <= 60
    text, error = attachment_text(data, "a.csv", time_limit_s=-1)
    assert error.startswith("truncated: time limit") and text == ""

"""Plain text of documents a site links (公示 lists, notices): .xls .xlsx .doc .docx .pdf .csv.

:func:`attachment_text` never raises: it returns ``(text, error)``; ``error`` is '' when the whole
document was read, says why there is no text (unsupported, unreadable, too large), or, with partial
text, where reading stopped (``truncated: …``). The format is sniffed from the bytes first (sites
serve .xls files that are HTML tables, .doc files that are RTF or .docx), then from the name and
the Content-Type. Tables come out one row a line, cells separated by tabs, like a browser's
innerText of a table, so the privacy heuristics see the rows of a 公示 list.

Limits: ``max_bytes`` (30 MB) of input, ``max_chars`` (2 million) of text, ``time_limit_s`` (20 s,
checked between pages, rows and paragraphs: a cooperative limit, not a hard one), at most
``MAX_PAGES`` PDF pages and 200 MB of any decompressed part of an Office file (zip bombs).

Readers: openpyxl (.xlsx), xlrd (.xls; reported as unsupported when not installed), pypdf (.pdf),
olefile (.doc: the main text of the Word 97-2003 piece table, else UTF-16 runs of its streams),
and the standard library for .docx (its XML read directly: tables, nested tables and merged cells
in order, which python-docx's ``Document`` API does not give, and .docm/.dotx open the same way),
RTF, HTML and CSV.
"""

from __future__ import annotations

import csv
import html
import io
import re
import struct
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit
from xml.etree import ElementTree

MAX_BYTES = 30 * 1024 * 1024
MAX_CHARS = 2_000_000
TIME_LIMIT_S = 20.0
MAX_PAGES = 500
MAX_PART_BYTES = 200 * 1024 * 1024

EXTENSIONS = ("xls", "xlsx", "doc", "docx", "pdf", "csv", "wps", "et")  # .wps/.et: WPS Office (OLE)
_CONTENT_TYPES = {
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/csv": "csv",
    "application/csv": "csv",
    "text/plain": "txt",
    "text/html": "html",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}


class _Stop(Exception):
    """Reading stopped at a limit; what was read so far is kept."""


class _Out:
    """Collects text lines within the character and time budget."""

    def __init__(self, max_chars: int, time_limit_s: float) -> None:
        self.lines: list[str] = []
        self.chars = 0
        self.max_chars = max_chars
        self.deadline = time.monotonic() + time_limit_s
        self.time_limit_s = time_limit_s

    def add(self, line: str) -> None:
        if time.monotonic() > self.deadline:
            raise _Stop(f"truncated: time limit of {self.time_limit_s:g} s reached")
        if self.chars + len(line) > self.max_chars:
            self.lines.append(line[: max(0, self.max_chars - self.chars)])
            self.chars = self.max_chars
            raise _Stop(f"truncated: more than {self.max_chars} characters")
        self.lines.append(line)
        self.chars += len(line) + 1

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# --- what is it -----------------------------------------------------------------------------


def _extension(name: str) -> str:
    name = name.lower().rstrip()
    return name.rsplit(".", 1)[-1] if "." in name.rsplit("/", 1)[-1] else ""


def attachment_kind(url: str) -> str | None:
    """``xlsx``, ``pdf`` … when the URL names a readable document (its path, or a query value such as
    ``download.jsp?filename=名单.xls``), else None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    ext = _extension(unquote(parts.path))
    if ext in EXTENSIONS:
        return ext
    for _key, value in parse_qsl(parts.query, keep_blank_values=True):
        ext = _extension(value)
        if ext in EXTENSIONS:
            return ext
    return None


def is_attachment(url: str) -> bool:
    """True for a link to a document whose text the robot can read (.xls .xlsx .doc .docx .pdf .csv,
    and WPS Office's .wps/.et)."""
    return attachment_kind(url) is not None


def sniff(data: bytes, filename: str = "", content_type: str = "") -> str:
    """The format by the bytes, else the name, else the Content-Type: pdf, docx, xlsx, doc, xls, ole,
    rtf, html, csv, txt, or '' when unknown."""
    head = data[:8]
    if data.lstrip()[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError):
            return ""
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return ""
    if head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if start.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<html" in data[:2048].lower():
        return "html"
    ext = _extension(filename)
    if ext in ("csv", "txt"):
        return ext
    mime = content_type.split(";", 1)[0].strip().lower()
    kind = _CONTENT_TYPES.get(mime, "")
    return kind if kind in ("csv", "txt") else ""


def attachment_text(
    data: bytes,
    filename: str,
    content_type: str = "",
    *,
    max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_CHARS,
    time_limit_s: float = TIME_LIMIT_S,
) -> tuple[str, str]:
    """(text, error) of a downloaded document; never raises (see the module notes)."""
    if len(data) > max_bytes:
        return "", f"too large: {len(data)} bytes (limit {max_bytes})"
    if not data:
        return "", "empty file"
    out = _Out(max_chars, time_limit_s)
    try:
        kind = sniff(data, filename, content_type)
        if kind == "ole":
            kind = _ole_kind(data)
        reader = _READERS.get(kind)
        if reader is None:
            ext = _extension(filename)
            if ext in EXTENSIONS:
                return "", f"unreadable {ext}: the content is not a {ext} file"
            return "", f"unsupported format ({ext or content_type or '?'})"
        reader(data, out)
    except _Stop as stop:
        return out.text, str(stop)
    except _Unsupported as e:
        return "", str(e)
    except Exception as e:  # a broken or hostile file: no text, a reason, never a crash
        return out.text, f"unreadable {kind or 'file'}: {type(e).__name__}: {str(e)[:200]}"
    return out.text, ""


class _Unsupported(Exception):
    pass


# --- spreadsheets ---------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:  # 13812345678.0, a phone typed as a number
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _row(values: Iterator[Any] | tuple[Any, ...] | list[Any]) -> str:
    cells = [_cell(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells)


def _xlsx(data: bytes, out: _Out) -> None:
    _check_zip(data)
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            out.add(f"【{sheet.title}】")
            for values in sheet.iter_rows(values_only=True):
                line = _row(values)
                if line:
                    out.add(line)
    finally:
        book.close()


def _xls(data: bytes, out: _Out) -> None:
    try:
        import xlrd
    except ImportError:
        raise _Unsupported("unsupported format (.xls: the xlrd package is not installed)") from None
    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            out.add(f"【{sheet.name}】")
            for r in range(sheet.nrows):
                values = []
                for c in sheet.row(r):
                    if c.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate_as_datetime(c.value, book.datemode))
                            continue
                        except (ValueError, OverflowError):
                            pass
                    values.append(c.value if c.ctype != xlrd.XL_CELL_ERROR else "")
                line = _row(values)
                if line:
                    out.add(line)
            book.unload_sheet(index)
    finally:
        book.release_resources()


# --- Word -----------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if info.file_size > MAX_PART_BYTES:
                raise _Stop(f"too large: {info.filename} unpacks to {info.file_size} bytes")


def _docx_runs(p: ElementTree.Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag == _W + "t" and el.text:
            parts.append(el.text)
        elif el.tag == _W + "tab":
            parts.append("\t")
        elif el.tag in (_W + "br", _W + "cr"):
            parts.append(" ")
    return "".join(parts)


def _docx_block(el: ElementTree.Element, out: _Out) -> None:
    if el.tag == _W + "p":
        text = _docx_runs(el)
        if text.strip():
            out.add(text)
    elif el.tag == _W + "tbl":
        for tr in el.findall(_W + "tr"):
            cells: list[str] = []
            nested: list[ElementTree.Element] = []
            for tc in tr.findall(_W + "tc"):
                texts = []
                for child in tc:
                    if child.tag == _W + "p":
                        texts.append(_docx_runs(child))
                    elif child.tag == _W + "tbl":
                        nested.append(child)
                cells.append(" ".join(t.strip() for t in texts if t.strip()))
            line = "\t".join(cells).rstrip("\t")
            if line.strip():
                out.add(line)
            for table in nested:
                _docx_block(table, out)
    elif el.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "smartTag"):
        for child in el:
            _docx_block(child, out)


def _docx(data: bytes, out: _Out) -> None:
    _check_zip(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    body = root.find(_W + "body")
    if body is None:
        return
    for el in body:
        _docx_block(el, out)


def _ole_kind(data: bytes) -> str:
    import olefile

    with olefile.OleFileIO(data) as ole:
        if ole.exists("WordDocument"):
            return "doc"
        if ole.exists("Workbook") or ole.exists("Book"):
            return "xls"
    return "ole-other"


def _word97_text(stream: bytes, table: bytes | None) -> str:
    """The main text of a Word 97-2003 document, from the piece table (CLX) in the table stream."""
    if table is None or len(stream) < 0x200 or struct.unpack_from("<H", stream, 0)[0] != 0xA5EC:
        return ""
    csw = struct.unpack_from("<H", stream, 0x20)[0]
    at = 0x22 + csw * 2
    cslw = struct.unpack_from("<H", stream, at)[0]
    ccp_text = struct.unpack_from("<i", stream, at + 2 + 12)[0]
    blob = at + 2 + cslw * 4 + 2
    fc_clx, lcb_clx = struct.unpack_from("<II", stream, blob + 33 * 8)
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc (property modifiers): skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i >= len(clx) or clx[i] != 0x02:
        return ""
    plc = clx[i + 5:i + 5 + struct.unpack_from("<I", clx, i + 1)[0]]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces: list[str] = []
    total = 0
    for k in range(n):
        fc = struct.unpack_from("<I", plc, (n + 1) * 4 + k * 8 + 2)[0]
        count = max(0, min(cps[k + 1] - cps[k], MAX_CHARS))
        if fc & 0x40000000:  # compressed: 8-bit text at fc/2
            start = (fc & 0x3FFFFFFF) // 2
            pieces.append(stream[start:start + count].decode("cp1252", "replace"))
        else:
            pieces.append(stream[fc:fc + 2 * count].decode("utf-16-le", "replace"))
        total += count
        if total >= ccp_text > 0 or total > MAX_CHARS:
            break
    text = "".join(pieces)
    return text[:ccp_text] if ccp_text > 0 else text


_UTF16_RUN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef -~\r\t\x07]{4,}")


def _utf16_runs(stream: bytes) -> str:
    """Runs of plausible UTF-16LE text in a binary stream (both byte alignments tried)."""
    best = ""
    for shift in (0, 1):
        text = stream[shift:shift + (len(stream) - shift) // 2 * 2].decode("utf-16-le", "replace")
        runs = [r for r in _UTF16_RUN.findall(text) if re.search(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", r)]
        joined = "\n".join(runs)
        if len(joined) > len(best):
            best = joined
    return best


def _word_lines(text: str, out: _Out) -> None:
    """Word's control characters: \\r ends a paragraph, \\x07 ends a cell (a row ends with two)."""
    text = re.sub(r"\x13[^\x14\x15]*\x14?", "", text)  # field codes: their results only
    text = re.sub(r"[\x00-\x06\x08\x0e-\x12\x14-\x1f]", "", text).replace("\x0b", " ").replace("\x0c", "\n")
    for para in re.split(r"[\r\n]", text):
        if "\x07" in para:
            for row in re.split(r"\x07\x07", para):
                line = row.replace("\x07", "\t").strip("\t ")
                if line:
                    out.add(line)
        elif para.strip():
            out.add(para.strip())


def _doc(data: bytes, out: _Out) -> None:
    import olefile

    with olefile.OleFileIO(data) as ole:
        stream = ole.openstream("WordDocument").read(MAX_BYTES)
        flags = struct.unpack_from("<H", stream, 0x0A)[0] if len(stream) > 0x0C else 0
        name = "1Table" if flags & 0x0200 else "0Table"
        table = ole.openstream(name).read(MAX_BYTES) if ole.exists(name) else None
    try:
        text = _word97_text(stream, table)
    except (struct.error, ValueError, IndexError):
        text = ""
    if len(re.findall(r"[\u4e00-\u9fff\w]", text)) < 2:
        text = _utf16_runs(stream)
    _word_lines(text, out)


def _ole_other(data: bytes, out: _Out) -> None:
    """An OLE file that is neither Word nor Excel (WPS …): text runs of its biggest stream."""
    import olefile

    with olefile.OleFileIO(data) as ole:
        streams = ole.listdir(streams=True, storages=False)
        if not streams:
            return
        biggest = max(streams, key=lambda s: ole.get_size("/".join(s)))
        raw = ole.openstream(biggest).read(MAX_BYTES)
    for line in _utf16_runs(raw).splitlines():
        out.add(line)


# --- PDF ------------------------------------------------------------------------------------


def _pdf(data: bytes, out: _Out) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise _Unsupported("unreadable pdf: encrypted")
    for index, page in enumerate(reader.pages):
        if index >= MAX_PAGES:
            raise _Stop(f"truncated: more than {MAX_PAGES} pages")
        for line in (page.extract_text() or "").splitlines():
            if line.strip():
                out.add(line)


# --- text formats ---------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Bytes of a text file as str: a BOM, else strict UTF-8, else GB18030 (GBK's superset)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


def _csv(data: bytes, out: _Out) -> None:
    text = decode_text(data)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    for row in csv.reader(io.StringIO(text), dialect):
        line = _row(row)
        if line:
            out.add(line)


def _txt(data: bytes, out: _Out) -> None:
    for line in decode_text(data).splitlines():
        if line.strip():
            out.add(line)


def _html(data: bytes, out: _Out) -> None:
    """An HTML table saved as .xls/.doc (common on CMS exports): rows as lines, cells by tabs."""
    m = re.search(rb"charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.I)
    text = ""
    if m:
        try:
            text = data.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            text = ""
    text = text or decode_text(data)
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?i)</t[dh]\s*>", "\t", text)
    text = re.sub(r"(?i)<br\s*/?>|<tr\b[^>]*>|</(tr|p|div|li|h\d|caption|table)\s*>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    for line in text.splitlines():
        line = re.sub(r"[ \u3000\xa0]+", " ", line).strip(" \t")
        if line:
            out.add(re.sub(r"\s*\t\s*", "\t", line))


_RTF_SKIP = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "listtable",
                       "listoverridetable", "rsidtbl", "themedata", "datastore", "latentstyles", "generator"})
_RTF_TOKEN = re.compile(rb"\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.I)


def _rtf(data: bytes, out: _Out) -> None:
    """Plain text of RTF (often served as .doc): \\cell → tab, \\par and \\row → a new line."""
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    codepage = f"cp{m.group(1).decode()}" if m else "cp936"
    try:
        "".encode(codepage)
    except LookupError:
        codepage = "cp936"
    text: list[str] = []
    pending = bytearray()
    depth, skip_depth, uc_skip, star = 0, -1, 0, False

    def flush() -> None:
        if pending:
            text.append(pending.decode(codepage, "replace"))
            pending.clear()

    for tok in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, sym, brace, plain = tok.groups()
        if brace:
            if brace == b"{":
                depth += 1
            else:
                if 0 <= skip_depth and depth <= skip_depth:
                    skip_depth = -1
                depth -= 1
            star = False
            continue
        if skip_depth >= 0:
            continue
        if sym == b"*":
            star = True
            continue
        if word:
            name = word.decode("ascii").lower()
            if star or name in _RTF_SKIP:
                skip_depth = depth
                star = False
                continue
            if name == "u" and arg is not None:
                flush()
                text.append(chr(int(arg) % 65536))
                uc_skip = 1
            elif name in ("par", "row", "line", "sect", "page"):
                flush()
                text.append("\n")
            elif name in ("cell", "tab"):
                flush()
                text.append("\t")
            continue
        if hexbyte:
            if uc_skip:
                uc_skip -= 1
                continue
            pending.extend(bytes.fromhex(hexbyte.decode("ascii")))
            continue
        if sym:
            pending.extend(sym)
            continue
        if plain:
            if uc_skip:
                plain = plain[1:]
                uc_skip = 0
            flush()
            text.append(plain.decode(codepage, "replace"))
    flush()
    for line in "".join(text).splitlines():
        line = line.strip("\t ")
        if line:
            out.add(line)


_READERS = {
    "pdf": _pdf,
    "docx": _docx,
    "xlsx": _xlsx,
    "doc": _doc,
    "xls": _xls,
    "ole-other": _ole_other,
    "rtf": _rtf,
    "html": _html,
    "csv": _csv,
    "txt": _txt,
}

"""No unmasked personal value anywhere the robot writes: database, result JSON, report, evidence, logs."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from robot.content.privacy import check_char
from robot.demo.server import SiteServer

FIRST17 = "36072219850316042"
RAW_ID = FIRST17 + check_char(FIRST17)  # a valid resident ID shape (invented)
RAW_MOBILE = "13979712345"
XLSX_ID17 = "36072219920101033"
XLSX_ID = XLSX_ID17 + check_char(XLSX_ID17)

PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年低保对象公示</title></head><body>
<h1>2024年低保对象公示</h1><p>发布时间：2024-04-20</p>
<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>
<tr><td>张三</td><td>{RAW_ID}</td><td>{RAW_MOBILE}</td></tr>
<tr><td>李四</td><td>3607**********1234</td><td>139****5678</td></tr></table>
<p>附件：<a href="/files/mingdan.xlsx">低保名单.xlsx</a></p>
<p>监督电话：0797-7177965</p></body></html>"""


def _xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "姓名", "身份证号码", "家庭住址"])
    ws.append([1, "王五", XLSX_ID, "城关镇"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.browser
def test_personal_data_is_never_written_unmasked(chromium: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "files").mkdir(parents=True)
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "files" / "mingdan.xlsx").write_bytes(_xlsx())
    out = tmp_path / "out"
    out.mkdir()
    with SiteServer(site) as server:
        (out / "sites.yaml").write_text(f"sites:\n  - {{id: t, name: 测试县, url: '{server.url('/')}'}}\n", "utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "robot", "inspect", "--config", "sites.yaml", "--json", "run.json",
             "--checks", "privacy", "--as-of", "2024-04-30"],
            cwd=out, capture_output=True, text=True, timeout=300, env={"ZWGK_LOG": "debug", "PATH": "/usr/bin:/bin"},
        )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    result = (out / "run.json").read_text("utf-8")
    assert '"privacy.id_number"' in result and '"privacy.phone"' in result
    assert "3607**********" in result and XLSX_ID[:4] + "**********" + XLSX_ID[-4:] in result  # page and attachment
    written = [out / "run.json", out / "zwgk.db"] + [p for p in (out / "evidence").rglob("*") if p.is_file()]
    logs = proc.stdout + proc.stderr
    for raw in (RAW_ID, RAW_MOBILE, XLSX_ID):
        assert raw not in logs, raw
        for path in written:
            data = path.read_bytes()
            assert raw.encode() not in data and raw.encode("utf-16-le") not in data, (raw, path)

"""No unmasked personal value anywhere the robot writes: database, result JSON, report, evidence, logs;
and, through the real browser, a window's contact mobile is no finding where a list of people's is."""

from __future__ import annotations

import io
import json
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


WINDOWS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>黄陂镇便民服务中心办事窗口</title></head><body>
<h1>黄陂镇便民服务中心办事窗口</h1><p>发布时间：2025-06-10</p>
<table><tr><th>窗口名称</th><th>办理事项</th><th>工作人员</th><th>办公时间</th><th>咨询电话</th></tr>
<tr><td>民政窗口</td><td>低保、临时救助</td><td>李华</td><td>工作日8:30-12:00 14:30-17:30</td><td>13907971234</td></tr>
<tr><td>社保窗口</td><td>养老保险</td><td>王敏</td><td>工作日8:30-12:00 14:30-17:30</td><td>15879712345</td></tr></table>
<div class="box"><span>办公时间：</span><span>工作日8:30-12:00 14:30-17:30</span>
<span>咨询电话：</span><span>13979712345</span></div>
<dl><dt>办理地点</dt><dd>镇便民服务中心一楼3号窗口</dd><dt>联系人</dt><dd>李敏</dd><dt>手机</dt><dd>13970712345</dd></dl>
<p><a href="/list.html">高龄津贴发放名单公示</a></p></body></html>"""
LIST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>高龄津贴发放名单公示</title></head><body>
<h1>2025年第二季度高龄津贴发放名单公示</h1><p>发布时间：2025-06-20</p>
<table><tr><th>序号</th><th>姓名</th><th>村（社区）</th><th>发放金额（元）</th><th>联系电话</th></tr>
<tr><td>1</td><td>刘桂英</td><td>长岭村</td><td>300</td><td>13607976281</td></tr>
<tr><td>2</td><td>黄志明</td><td>水东村</td><td>300</td><td>15870792345</td></tr></table>
<p>如有异议，请在工作日8:30-12:00 14:30-17:30向镇民政办反映，监督电话：0797-7321002。</p></body></html>"""


@pytest.mark.browser
def test_a_window_page_is_no_finding_and_a_list_of_people_is(chromium: str, tmp_path: Path) -> None:
    """The held-out portal's decoy through the real browser's innerText: a township's service windows
    (their staff, office hours and contact mobiles) give no privacy.phone; a 名单 with names and
    mobiles gives one finding a row."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(WINDOWS_PAGE, encoding="utf-8")
    (site / "list.html").write_text(LIST_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with SiteServer(site) as server:
        (out / "sites.yaml").write_text(f"sites:\n  - {{id: t, name: 黄陂镇, url: '{server.url('/')}'}}\n", "utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "robot", "inspect", "--config", "sites.yaml", "--json", "run.json",
             "--checks", "privacy", "--as-of", "2025-06-30"],
            cwd=out, capture_output=True, text=True, timeout=300, env={"PATH": "/usr/bin:/bin"},
        )
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    result = json.loads((out / "run.json").read_text("utf-8"))
    assert any(p["url"].endswith("/list.html") for p in result["pages"])  # both pages were read
    phones = sorted((f["url"].rsplit("/", 1)[-1], f["target"]) for f in result["findings"] if f["rule"] == "privacy.phone")
    assert phones == [("list.html", "136****6281"), ("list.html", "158****2345")]

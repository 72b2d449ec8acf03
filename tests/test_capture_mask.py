"""Evidence screenshots never show personal data: IDs and mobiles are masked on the page first."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from robot.demo.server import SiteServer
from robot.gather.browser import BrowserSession, BrowserSettings, new_page
from robot.gather.capture import mask_personal_data

RAW_ID = "36072219900307123X"  # a valid-looking ID (never a real person's: check digit not verified here)
PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示</title></head><body>
<table><tr><td>张三</td><td>{RAW_ID}</td><td>13812345678</td></tr>
<tr><td>订单号</td><td>2024091212345</td><td>0797-7177965</td></tr></table>
<input id="f" value="13912345678"></body></html>"""


@pytest.mark.browser
def test_ids_and_mobiles_are_masked_before_a_screenshot(chromium: str, tmp_path: Path) -> None:
    (tmp_path / "gs.html").write_text(PAGE, encoding="utf-8")

    async def run() -> tuple[int, str, str]:
        async with BrowserSession(BrowserSettings(timeout_s=8)) as b:
            ctx = await b.new_context()
            page = await new_page(ctx)
            with SiteServer(tmp_path) as s:
                await page.goto(s.url("/gs.html"))
                n = await mask_personal_data(page)
                text = await page.inner_text("body")
                value = await page.input_value("#f")
            await ctx.close()
            return n, text, value

    n, text, value = asyncio.run(run())
    assert n == 3
    assert RAW_ID not in text and "3607**********123X" in text
    assert "13812345678" not in text and "138****5678" in text
    assert value == "139****5678"
    assert "2024091212345" in text and "0797-7177965" in text  # not personal: left as they are


HIDDEN_FOOTER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试县人民政府</title></head>
<body style="font:16px sans-serif"><div style="padding:30px">测试县人民政府</div>
<div class="footer" style="margin-top:300px;padding:20px">主办单位：测试县人民政府办公室
<span style="display:none"><a href="http://www.example-casino.com/">澳门百家乐娱乐城</a></span></div></body></html>"""


@pytest.mark.browser
def test_hidden_link_evidence_marks_where_it_sits_and_keeps_its_markup(chromium: str, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(HIDDEN_FOOTER, encoding="utf-8")
    with SiteServer(tmp_path / "site") as s:
        (tmp_path / "s.yaml").write_text(f"sites:\n  - {{id: t, name: 测试县, url: '{s.url('/')}'}}\n", "utf-8")
        proc = subprocess.run([sys.executable, "-m", "robot", "inspect", "--config", "s.yaml", "--checks",
                               "link.hidden", "--as-of", "2024-04-30"], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    [sidecar] = list((tmp_path / "evidence").rglob("*link-hidden.png.json"))
    meta = json.loads(sidecar.read_text("utf-8"))
    assert "example-casino.com" in meta["element_html"] and meta["marked"].startswith("nearest visible ancestor")
    assert meta["element_box"]["width"] > 100  # the footer, not a zero-size box

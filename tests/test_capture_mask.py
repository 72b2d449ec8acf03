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


def _valid_id(first17: str) -> str:
    from robot.content.privacy import check_char

    return first17 + check_char(first17)


@pytest.mark.browser
def test_words_are_boxed_where_they_stand_on_the_photographed_page(chromium: str, tmp_path: Path) -> None:
    """Evidence for a wrong word or a leaked ID number shows the word itself boxed in red, scrolled
    into view (a full page of text left the unit to search for it): the ID as the masked page shows
    it, a word split by markup by its element, and a word not shown in the page (only in its title)
    by the full page instead."""
    import json
    import subprocess
    import sys

    from PIL import Image

    person = _valid_id("36072219900307123")
    far = "<p>" + "本县持续推进政务公开标准化规范化建设。" * 3 + "</p>"
    pages = {
        "index.html": '<a href="a.html">公示一</a> <a href="b.html">公告二</a> <a href="c.html">通知三</a>',
        # a wrong word far down the page, and a leaked ID number in a table
        "a.html": f'<h1>关于招聘的公告</h1>{far * 40}<p style="font-size:18px">现发布招聘启示如下。</p>'
                  f'<table><tr><td>王某某</td><td>{person}</td></tr></table>',
        # a wrong country name split by markup
        "b.html": f"<h1>公告二</h1>{far * 30}<p>依据中华人民共<b>合</b>国有关法律</p>",
        # the wrong word only in the page's title (the tab, not the page)
        "c.html": "<h1>通知三</h1><p>正文内容。</p>",
    }
    titles = {"c.html": "寻人启示"}
    site = tmp_path / "site"
    site.mkdir()
    for name, body in pages.items():
        (site / name).write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{titles.get(name, name)}</title></head>'
                                 f'<body style="font:16px sans-serif;margin:20px">{body}</body></html>', "utf-8")
    with SiteServer(site) as s:
        (tmp_path / "s.yaml").write_text(f"sites:\n  - {{id: t, name: 测试县, url: '{s.url('/')}'}}\n", "utf-8")
        proc = subprocess.run([sys.executable, "-m", "robot", "inspect", "--config", "s.yaml", "--checks",
                               "text.typo,text.sensitive,privacy.id_number", "--as-of", "2024-04-30"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    metas = {}
    for sidecar in (tmp_path / "evidence").rglob("*.png.json"):
        meta = json.loads(sidecar.read_text("utf-8"))
        metas[(meta["url"].rsplit("/", 1)[-1], meta["rule"])] = (meta, sidecar.with_suffix(""))
    assert set(metas) >= {("a.html", "text.typo"), ("a.html", "privacy.id_number"), ("b.html", "text.sensitive"),
                          ("c.html", "text.typo")}, sorted(metas)

    def red_border(png: Path, box: dict) -> float:  # type: ignore[type-arg]
        img = Image.open(png).convert("RGB")
        x0 = round(box["x"] - box["scroll"]["x"] - 5)
        y0 = round(box["y"] - box["scroll"]["y"] - 4)
        x1, y1 = x0 + round(box["width"] + 10) - 1, y0 + round(box["height"] + 8) - 1
        edge = [(x, y0 + 1) for x in range(x0 + 3, x1 - 3)] + [(x0 + 1, y) for y in range(y0 + 3, y1 - 3)]
        red = sum(1 for p in edge if 0 <= p[0] < img.width and 0 <= p[1] < img.height
                  and (lambda c: c[0] > 180 and c[1] < 80 and c[2] < 80)(img.getpixel(p)))
        return red / len(edge)

    meta, png = metas[("a.html", "text.typo")]
    assert meta["kind"] == "viewport_marked" and meta["marked_text"] == "招聘启示"
    assert meta["text_box"]["within_one_text"] and meta["text_box"]["scroll"]["y"] > 500  # scrolled to it
    assert red_border(png, meta["text_box"]) > 0.9
    meta, png = metas[("a.html", "privacy.id_number")]
    assert meta["kind"] == "viewport_marked" and meta["marked_text"] == person[:4] + "*" * 10 + person[-4:]
    assert red_border(png, meta["text_box"]) > 0.9
    assert person not in json.dumps(meta, ensure_ascii=False)
    meta, png = metas[("b.html", "text.sensitive")]
    assert meta["kind"] == "viewport_marked" and not meta["text_box"]["within_one_text"]
    assert "中华人民共合国" in meta["context"] and red_border(png, meta["text_box"]) > 0.9
    assert meta["text_box"]["width"] < 160  # the seven characters, not the paragraph's width
    meta, png = metas[("c.html", "text.typo")]
    assert meta["kind"] == "full_page" and meta["marked_text"] is None

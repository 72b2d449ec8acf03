"""Pictures written without a height and without alt text (<img src width="560" alt="">), as CMS
editors insert them into articles. The crawl renders with pictures off, so such a picture is drawn
0×0 until it loads: its box is unknown, not empty, and the HTTP pool's verdict stands. A 图片加载失败
graphic and a flat-colour box are image.broken; a real photo and a 1-pixel spacer are not."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest
from PIL import Image

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer


def _samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "vision_samples", Path(__file__).parent / "fixtures" / "images" / "vision_samples.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _article(n: int, picture: str, width: int) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻{n}_河西镇人民政府</title></head><body>'
            '<div class="topmenu"><a href="/">首页</a> <a href="/xw/">镇内新闻</a></div>'
            f'<div class="news-detail"><h1>河西镇举办第{n}期农技培训</h1><div class="xx">发布时间：2024-05-0{n}</div>'
            f'<div class="zw"><p style="text-align:center"><img src="{picture}" width="{width}" alt=""></p>'
            f'<p>　　5月{n}日，河西镇在镇文化站举办农技培训，邀请县农业农村局专家现场授课。</p></div></div>'
            '<div class="bq">河西镇人民政府 版权所有</div></body></html>')


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    vs = _samples()
    root = tmp_path_factory.mktemp("unsized")
    up = root / "upfiles" / "2405"
    up.mkdir(parents=True)
    vs.placeholder((560, 315), bg=(248, 248, 248), icon="broken", text="图片加载失败").save(up / "a1.png")
    Image.new("RGB", (560, 380), (214, 226, 208)).save(up / "a2.jpg", quality=90)  # one flat colour
    vs.photo(7, (560, 380)).save(up / "a3.jpg", quality=85)
    Image.new("RGBA", (1, 1), (0, 0, 0, 0)).save(up / "px.gif")
    pictures = [("/upfiles/2405/a1.png", 560), ("/upfiles/2405/a2.jpg", 560), ("/upfiles/2405/a3.jpg", 560),
                ("/upfiles/2405/px.gif", 560)]
    xw = root / "xw"
    xw.mkdir()
    rows = ""
    for n, (pic, width) in enumerate(pictures, 1):
        (xw / f"{n}.html").write_text(_article(n, pic, width), encoding="utf-8")
        rows += f'<li><a href="/xw/{n}.html">河西镇举办第{n}期农技培训</a><span>2024-05-0{n}</span></li>'
    (root / "index.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>河西镇人民政府</title></head><body>'
        f'<div class="topmenu"><a href="/">首页</a> <a href="/xw/">镇内新闻</a></div><ul class="list">{rows}</ul>'
        '<div class="bq">河西镇人民政府 版权所有</div></body></html>', encoding="utf-8")
    with SiteServer(root) as s:
        yield s


def test_an_unsized_picture_without_alt_text_is_still_judged(chromium: str, site: SiteServer, tmp_path: Path) -> None:
    config = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1}}
sites:
  - id: hexi
    name: 河西镇人民政府
    url: "{site.url("/")}"
""", "<test>")
    result = api.inspect(config, db_url=f"sqlite:///{tmp_path}/z.db", evidence_dir=tmp_path / "ev",
                         as_of=date(2024, 5, 10), checks=["image"]).to_json()
    broken = {urlsplit(f["target"]).path: f["measured"]["visual"] for f in result["findings"]
              if f["rule"] == "image.broken"}
    assert broken == {"/upfiles/2405/a1.png": "placeholder", "/upfiles/2405/a2.jpg": "blank"}

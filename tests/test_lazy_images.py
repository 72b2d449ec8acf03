"""Lazily loaded pictures (data-original, data-src … swapped in by a loader script): the picture a
reader gets is the lazy one, whether or not the loader has run when the page is read, rendered or
read from its served HTML. One that is gone, or is a 暂无图片 graphic, is image.broken; one that
works is not, and neither is the stand-in the loader replaces."""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.gather import static
from robot.gather.browser import BrowserSession, BrowserSettings, visit


def _samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "vision_samples", Path(__file__).parent / "fixtures" / "images" / "vision_samples.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# A loader in the IntersectionObserver style: a picture gets its real source only once scrolled into
# view, so pictures below the fold of a headless read never do, and those above it may or may not
# have by the time the page is read.
LOADER = """(function () {
  var io = new IntersectionObserver(function (seen) {
    seen.forEach(function (e) {
      if (!e.isIntersecting) return;
      var img = e.target; img.src = img.getAttribute('data-original'); img.removeAttribute('data-original');
      io.unobserve(img);
    });
  });
  document.querySelectorAll('img[data-original]').forEach(function (img) { io.observe(img); });
})();
"""
STYLE = ".tpbd li{display:inline-block;width:250px;margin:8px}.tpbd img{width:240px;height:180px;display:block}" \
        ".jcbd{height:900px}.sy .jcbd{height:60px}\n"


def _page(title: str, body: str, kind: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/skin/bs.css"></head><body class="{kind}">
<div id="dh"><a href="/">网站首页</a> <a href="/bsyw/tpbd/">图片报道</a> <a href="/bsyw/gzdt/">工作动态</a></div>
<div class="jcbd">广告位</div>{body}
<div class="bq">白沙区人民政府办公室主办</div><script src="/skin/lazyimg.js"></script></body></html>"""


def _card(n: int, picture: str) -> str:
    return (f'<li><a href="/bsyw/tpbd/c{n}.shtml"><img src="/skin/loading.gif" data-original="{picture}" '
            f'alt="白沙区第{n}期图片报道"></a><p><a href="/bsyw/tpbd/c{n}.shtml">白沙区第{n}期图片报道标题</a></p>'
            f'<span>2024-04-{20 + n:02d}</span></li>')


def _write_site(root: Path) -> None:
    vs = _samples()
    (root / "skin").mkdir(parents=True)
    (root / "skin" / "lazyimg.js").write_text(LOADER, encoding="utf-8")
    (root / "skin" / "bs.css").write_text(STYLE, encoding="utf-8")
    vs.placeholder((24, 24), icon="spinner", text=None).save(root / "skin" / "loading.gif")
    up = root / "upload" / "2024"
    up.mkdir(parents=True)
    for n in (1, 2, 4, 5):
        vs.photo(40 + n, (480, 360)).save(up / f"tp{n}.jpg", quality=85)
    vs.placeholder((480, 360), icon="camera", text="暂无图片", ink=(200, 200, 200)).save(up / "tp3.jpg", quality=90)
    # tp6.jpg is never uploaded
    # the homepage's two cards are above the fold (swapped in before the page is read); the column's
    # and the articles' pictures are below it (never swapped in a headless read)
    top = "".join(_card(n, f"/upload/2024/tp{n}.jpg") for n in (1, 2))
    (root / "index.html").write_text(_page("白沙区人民政府", f'<ul class="tpbd">{top}</ul>', "sy"), encoding="utf-8")
    cards = "".join(_card(n, f"/upload/2024/tp{n}.jpg") for n in range(1, 7))
    col = root / "bsyw" / "tpbd"
    col.mkdir(parents=True)
    (col / "index.html").write_text(_page("图片报道", f'<ul class="tpbd">{cards}</ul>'), encoding="utf-8")
    for n in range(1, 7):
        body = (f'<div class="wz"><h1>白沙区第{n}期图片报道标题</h1><p>发布时间：2024-04-{20 + n:02d}</p>'
                f'<p><img src="/skin/loading.gif" data-original="/upload/2024/tp{n}.jpg" alt="现场图片" '
                f'width="480" height="360"></p></div>')
        (col / f"c{n}.shtml").write_text(_page(f"白沙区第{n}期图片报道标题", body), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("lazy-site")
    _write_site(root)
    with SiteServer(root) as s:
        yield s


def test_the_renderer_and_the_served_html_both_read_the_lazy_source(chromium: str, site: SiteServer) -> None:
    async def read(path: str) -> list[tuple[str, bool]]:
        async with BrowserSession(BrowserSettings(timeout_s=8)) as b:
            ctx = await b.new_context()
            page = await ctx.new_page()
            v = await visit(page, site.url(path), site="baisha", timeout_s=8)
            return [(i.src, i.complete) for i in v.snapshot.images]

    def served(path: str) -> static.StaticPage:
        import urllib.request

        with urllib.request.urlopen(site.url(path)) as r:  # noqa: S310 - the local test site
            return static.read(static.decode(r.read(), ""), site.url(path), [urlsplit(site.url("/")).netloc])

    wanted = [site.url(f"/upload/2024/tp{n}.jpg") for n in range(1, 7)]
    pending = asyncio.run(read("/bsyw/tpbd/"))  # below the fold: not swapped in
    assert [src for src, _ in pending] == wanted  # never the stand-in
    assert not any(complete for _, complete in pending)  # no verdict before the HTTP pool's
    swapped = asyncio.run(read("/"))  # above the fold: swapped in by the loader
    assert [src for src, _ in swapped] == wanted[:2]
    assert [i.src for i in served("/bsyw/tpbd/").images] == wanted
    assert [i.raw_src for i in served("/bsyw/tpbd/").images] == [f"/upload/2024/tp{n}.jpg" for n in range(1, 7)]
    assert [i.src for i in served("/").images] == wanted[:2]


@pytest.mark.parametrize("render", ["auto", "all"])
def test_a_lazy_picture_that_is_gone_or_a_placeholder_is_broken(chromium: str, site: SiteServer,
                                                                 tmp_path: Path, render: str) -> None:
    config = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1, render: {render}}}
sites:
  - id: baisha
    name: 白沙区人民政府
    url: "{site.url("/")}"
""", "<test>")
    result = api.inspect(config, db_url=f"sqlite:///{tmp_path}/z.db", evidence_dir=tmp_path / "ev",
                         as_of=date(2024, 4, 30), checks=["image"]).to_json()
    broken = {urlsplit(f["target"]).path for f in result["findings"] if f["rule"] == "image.broken"}
    assert broken == {"/upload/2024/tp3.jpg", "/upload/2024/tp6.jpg"}
    by_target = {urlsplit(f["target"]).path: f for f in result["findings"]}
    assert by_target["/upload/2024/tp3.jpg"]["measured"]["visual"] == "placeholder"
    assert by_target["/upload/2024/tp6.jpg"]["measured"]["loaded"] is False

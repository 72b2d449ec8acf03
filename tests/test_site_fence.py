"""Sites of one config that share a host (a 集约化 platform: the portal at ``/``, departments and
townships in folders) are each inspected as their own site: one site's crawl does not walk into
another's pages, so a finding is reported once, by the site it belongs to (robot.urls.SiteFence)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.urls import SiteFence


def _page(title: str, links: list[tuple[str, str]], body: str = "") -> str:
    items = "".join(f'<li><a href="{href}">{text}</a><span>2024-05-0{1 + i % 9}</span></li>'
                    for i, (href, text) in enumerate(links))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top"><a href="/">青山县人民政府</a></div><h1>{title}</h1><ul class="list">{items}</ul>'
            f"{body}</body></html>")


def _write(root: Path) -> None:
    def put(path: str, html: str) -> None:
        f = root / path.lstrip("/")
        if path.endswith("/"):
            f = f / "index.html"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(html, encoding="utf-8")

    # the portal: its own news, and its department and township sites (in folders of its host)
    put("/", _page("青山县人民政府", [("/news/1.html", "县政府召开常务会议"), ("/news/2.html", "全县秋粮收购工作推进会召开"),
                                   ("/nyj/", "县农业农村局"), ("/lhz/", "莲花镇"), ("/col/col9/index.html", "县教育局")]))
    for n in (1, 2):
        put(f"/news/{n}.html", _page(f"县政府新闻{n}", [("/news/missing-portal.pdf", "附件")]))
    # a department that keeps to its folder, linking back to the portal and to a portal article
    put("/nyj/", _page("青山县农业农村局", [("/nyj/gzdt/", "工作动态"), ("/nyj/art/1.html", "全县开展春耕备耕督导"),
                                     ("/nyj/art/2.html", "农机购置补贴政策解读"), ("/news/1.html", "县政府召开常务会议"),
                                     ("/lhz/", "莲花镇")]))
    put("/nyj/gzdt/", _page("工作动态", [("/nyj/art/1.html", "全县开展春耕备耕督导"),
                                       ("/nyj/art/2.html", "农机购置补贴政策解读")]))
    put("/nyj/art/1.html", _page("全县开展春耕备耕督导", [("/nyj/files/missing-nyj.xls", "补贴名单")]))
    put("/nyj/art/2.html", _page("农机购置补贴政策解读", []))
    # a township likewise
    put("/lhz/", _page("莲花镇人民政府", [("/lhz/art/1.html", "莲花镇召开安全生产会议"), ("/nyj/", "县农业农村局")]))
    put("/lhz/art/1.html", _page("莲花镇召开安全生产会议", [("/lhz/files/missing-lhz.doc", "会议纪要")]))
    # a JCMS-style department: its homepage is a column page, its articles live elsewhere on the host
    put("/col/col9/index.html", _page("青山县教育局", [("/art/2024/5/1/art_9_1.html", "全县中小学安全检查"),
                                                   ("/art/2024/5/2/art_9_2.html", "义务教育招生政策解读"),
                                                   ("/col/col10/index.html", "通知公告")]))
    put("/col/col10/index.html", _page("通知公告", [("/art/2024/5/2/art_9_2.html", "义务教育招生政策解读")]))
    put("/art/2024/5/1/art_9_1.html", _page("全县中小学安全检查", [("/art/files/missing-jyj.pdf", "检查通报")]))
    put("/art/2024/5/2/art_9_2.html", _page("义务教育招生政策解读", []))


@pytest.fixture(scope="module")
def run(chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("fence-site")
    _write(root)
    with SiteServer(root) as srv:
        base = srv.url("/")
        cfg = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 0}}
sites:
  - {{id: qingshan, name: 青山县人民政府, url: "{base}"}}
  - {{id: qs-nyj, name: 青山县农业农村局, url: "{base}nyj/"}}
  - {{id: qs-lhz, name: 青山县莲花镇人民政府, url: "{base}lhz/"}}
  - {{id: qs-jyj, name: 青山县教育局, url: "{base}col/col9/index.html"}}
""", "<test>")
        tmp = tmp_path_factory.mktemp("fence-run")
        result = api.inspect(cfg, db_url=f"sqlite:///{tmp}/z.db", evidence_dir=tmp / "ev",  # type: ignore[arg-type]
                             as_of=date(2024, 5, 10), checks=["link"])
        yield result.to_json()


def _paths(run: dict, site: str) -> set[str]:  # type: ignore[type-arg]
    return {urlsplit(p["url"]).path for p in run["pages"] if p["site"] == site}


def test_each_site_crawls_its_own_part_of_the_host(run: dict) -> None:  # type: ignore[type-arg]
    assert _paths(run, "qingshan") == {"/", "/news/1.html", "/news/2.html"}
    assert _paths(run, "qs-nyj") == {"/nyj/", "/nyj/gzdt/", "/nyj/art/1.html", "/nyj/art/2.html"}
    assert _paths(run, "qs-lhz") == {"/lhz/", "/lhz/art/1.html"}
    # a department whose articles live outside its folder still has them (not the others' pages)
    assert _paths(run, "qs-jyj") >= {"/col/col9/index.html", "/col/col10/index.html", "/art/2024/5/1/art_9_1.html"}
    assert not {p for p in _paths(run, "qs-jyj") if p.startswith(("/nyj/", "/lhz/")) or p == "/"}


def test_a_broken_link_is_reported_once_by_its_own_site(run: dict) -> None:  # type: ignore[type-arg]
    broken = sorted((f["site"], urlsplit(f["target"]).path) for f in run["findings"] if f["rule"] == "link.broken")
    assert broken == [("qingshan", "/news/missing-portal.pdf"), ("qs-jyj", "/art/files/missing-jyj.pdf"),
                      ("qs-lhz", "/lhz/files/missing-lhz.doc"), ("qs-nyj", "/nyj/files/missing-nyj.xls")]


def test_the_fence() -> None:
    base = "http://x.gov.cn"
    sites = [f"{base}/", f"{base}/nyj/", f"{base}/lhz/index.html", f"{base}/col/col9/index.html",
             "http://other.gov.cn/"]
    portal = SiteFence(sites[0], sites[1:])
    assert portal.outside(f"{base}/nyj/art/1.html") and portal.outside(f"{base}/lhz/")
    assert not portal.outside(f"{base}/news/1.html") and not portal.outside("http://other.gov.cn/a.html")
    assert portal.outside(f"{base}/col/col9/") and not portal.outside(f"{base}/col/col10/index.html")
    nyj = SiteFence(sites[1], [sites[0], *sites[2:]])
    assert nyj.outside(f"{base}/") and nyj.outside(f"{base}/index.html") and nyj.outside(f"{base}/lhz/a.html")
    assert not nyj.outside(f"{base}/news/1.html")  # until its homepage shows it keeps to its folder
    nyj.learn_homepage([f"{base}/nyj/a.html", f"{base}/nyj/b.html", f"{base}/", "http://www.gov.cn/"])
    assert nyj.outside(f"{base}/news/1.html") and not nyj.outside(f"{base}/nyj/c.html")
    jyj = SiteFence(sites[3], [s for s in sites if s != sites[3]])
    jyj.learn_homepage([f"{base}/art/1.html", f"{base}/art/2.html", f"{base}/col/col9/index.html"])
    assert not jyj.outside(f"{base}/art/3.html") and jyj.outside(f"{base}/nyj/")
    alone = SiteFence(sites[1], [])
    alone.learn_homepage([f"{base}/nyj/a.html"])
    assert not alone.outside(f"{base}/") and not alone.outside(f"{base}/lhz/")

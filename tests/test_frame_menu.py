"""A township site whose column menu is the document of an ``<iframe>`` on its homepage (its links
open in the whole window): the crawl reads the frame in the browser and the menu's columns the
config leaves out are column.unmonitored; a frame of dated news beside it adds no column."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer

MENU = [("zwyw", "政务要闻"), ("tzgs", "通知公示"), ("swgk", "三务公开"), ("hzz", "河长制")]


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_白沙镇人民政府</title></head><body>'
            '<table width="960" align="center"><tr><td colspan="2" class="logo">白沙镇人民政府</td></tr>'
            '<tr><td colspan="2"><a href="/">网站首页</a> | <a href="/zwyw/">政务要闻</a></td></tr>'
            f'<tr><td width="180" valign="top"><iframe src="/caidan.html" width="180" height="300" frameborder="0">'
            f'</iframe></td><td valign="top">{body}</td></tr>'
            '<tr><td colspan="2" class="bq">白沙镇人民政府 主办</td></tr></table></body></html>')


def _list(folder: str, title: str) -> str:
    return (f'<div class="lmbt">{title}</div><ul class="lb">'
            + "".join(f'<li><a href="/{folder}/{n}.html">白沙镇{title}第{n}期工作情况通报</a> [2024-04-1{n}]</li>'
                      for n in range(1, 4)) + "</ul>")


def _write_site(root: Path) -> None:
    (root / "caidan.html").write_text(
        '<html><head><meta charset="utf-8"><base target="_top"></head><body><table>'
        '<tr><td class="tt">栏目</td></tr>'
        + "".join(f'<tr><td><a href="/{f}/">{n}</a></td></tr>' for f, n in MENU) + "</table></body></html>",
        encoding="utf-8")
    (root / "index.html").write_text(_page("首页", _list("zwyw", "政务要闻")
                                           + '<iframe src="/gundong.html" width="600" height="120"></iframe>'),
                                     encoding="utf-8")
    (root / "gundong.html").write_text(
        '<html><head><meta charset="utf-8"></head><body><ul>'
        + "".join(f'<li><a href="/tzgs/{n}.html" target="_top">关于白沙镇二〇二四年春季农田水利建设的第{n}号通知</a>'
                  f" 2024-04-0{n}</li>" for n in range(1, 4)) + "</ul></body></html>", encoding="utf-8")
    for folder, name in MENU:
        (root / folder).mkdir()
        (root / folder / "index.html").write_text(_page(name, _list(folder, name)), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("frame-menu-site")
    _write_site(root)
    with SiteServer(root) as s:
        yield s


def test_columns_only_a_frame_menu_lists_are_unmonitored(chromium: str, site: SiteServer, tmp_path: Path) -> None:
    config = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1}}
sites:
  - id: baisha
    name: 白沙镇人民政府
    url: "{site.url("/")}"
    columns:
      - {{name: 政务要闻, url: "/zwyw/", category: news}}
      - {{name: 通知公示, url: "/tzgs/", category: notice}}
""", "<test>")
    result = api.inspect(config, db_url=f"sqlite:///{tmp_path}/z.db", evidence_dir=tmp_path / "ev",
                         as_of=date(2024, 4, 30), checks=["column"]).to_json()
    unmonitored = {f["target"] for f in result["findings"] if f["rule"] == "column.unmonitored"}
    assert unmonitored == {"三务公开", "河长制"}

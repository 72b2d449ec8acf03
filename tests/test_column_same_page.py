"""A configured column and a menu's column that are one page are one column: the config may write
it without its trailing slash (the server redirects to the folder) or by an old address the server
redirects to the menu's. Neither is then reported missing (no entry) nor unmonitored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from robot import api
from robot.config import parse_config
from robot.demo.server import Response, SiteServer

MENU = [("/", "首页"), ("/bm/gzxx/", "工作信息"), ("/bm/tzgs/", "通知公示"), ("/bm/zcjd/", "政策解读"),
        ("/bm/rsrm/", "人事任免"), ("/bm/gywm/", "关于我们")]


def _page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in MENU)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_青禾县司法局</title></head><body>'
            f'<div id="mainnav"><ul>{menu}</ul></div><div class="wz">当前位置：首页 &gt; {title}</div>'
            f'<div class="lmnr"><h2>{title}</h2>{body}</div><div class="bq">青禾县司法局 版权所有</div></body></html>')


def _list(folder: str, n: int) -> str:
    return "<ul class='xxlb'>" + "".join(
        f'<li><a href="/bm/{folder}/2024{n:02d}{i:02d}.html">青禾县司法局关于第{i + 1}项工作的情况通报</a>'
        f'<span>2024-05-{20 - i:02d}</span></li>' for i in range(3)) + "</ul>"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("same-page")
    (root / "index.html").write_text(_page("首页", _list("gzxx", 1)), encoding="utf-8")
    for n, (url, name) in enumerate(MENU[1:], 2):
        folder = root / url.strip("/")
        folder.mkdir(parents=True)
        (folder / "index.html").write_text(_page(name, _list(url.strip("/").split("/")[-1], n)), encoding="utf-8")
    with SiteServer(root) as s:
        s.add_route("/show.asp", lambda req: Response(302, b"", headers={"Location": "/bm/zcjd/"}))
        yield s


def test_a_configured_column_written_otherwise_is_the_menus_column(chromium: str, site: SiteServer,
                                                                   tmp_path: Path) -> None:
    config = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1}}
sites:
  - id: qhsfj
    name: 青禾县司法局
    url: "{site.url("/")}"
    columns:
      - {{name: 工作信息, url: /bm/gzxx/, category: other}}
      - {{name: 通知公示, url: /bm/tzgs, category: other}}
      - {{name: 政策解读, url: "/show.asp?lm=12", category: other}}
      - {{name: 关于我们, url: /bm/gywm/index.html, category: other}}
""", "<test>")
    result = api.inspect(config, db_url=f"sqlite:///{tmp_path}/z.db", evidence_dir=tmp_path / "ev",
                         as_of=date(2024, 5, 25), checks=["column"]).to_json()
    by_rule: dict[str, set[str]] = {}
    for f in result["findings"]:
        by_rule.setdefault(f["rule"], set()).add(f["target"])
    assert by_rule.get("column.missing", set()) == set()
    assert by_rule.get("column.unmonitored", set()) == {"人事任免"}  # the one column the config lacks

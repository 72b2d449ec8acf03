"""Columns without a dated list that are not blank: a section's landing page (a grid of its
sub-columns, a row of 专题 banners), a page of portraits and a letter box's form; beside them a column that is blank.
Measured in the browser, judged by column.blank, on a small site of its own."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from selectolax.lexbor import LexborHTMLParser

from robot import api
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.gather.extract import content_selector


def _samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "vision_samples", Path(__file__).parent / "fixtures" / "images" / "vision_samples.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NAV = ('<div class="menu"><ul><li><a href="/">首页</a></li>'
       '<li><a href="/xxgk/">信息公开</a><ul><li><a href="/xxgk/jgsz/">机构设置</a></li>'
       '<li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/czxx/">财政信息</a></li>'
       '<li><a href="/xxgk/rsxx/index.htm">人事信息</a></li>'
       '<li><a href="/xxgk/ggzy/">公共资源配置</a></li></ul></li>'
       '<li><a href="/zt/">专题</a><ul><li><a href="/zt/wmcj/">文明城市创建</a></li>'
       '<li><a href="/zt/hbdc/">环保督察整改</a></li></ul></li>'
       '<li><a href="/qld/">区领导</a></li><li><a href="/dtxx/">动态信息</a></li><li><a href="/xqdt/">辖区地图</a></li>'
       '<li><a href="/fwck/">服务窗口</a></li><li><a href="/hdjl/">互动交流</a></li>'
       '<li><a href="/gfxwj/">规范性文件</a></li></ul></div>')
CSS = ("body{font-size:14px}.menu li{display:inline-block;position:relative}.menu li ul{display:none}"
       ".menu li:hover ul{display:block;position:absolute}.lanmu-box a{display:inline-block;width:160px;margin:6px}"
       ".zt-row img{display:block;margin:10px 0}.ry{overflow:hidden;margin:12px 0}.ry img{float:left;margin-right:16px}\n")


def _page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_东江区人民政府</title>
<link rel="stylesheet" href="/css/dj.css"></head><body><div class="head"><div id="logo">东江区人民政府</div>{NAV}</div>
<div class="dqwz">您现在的位置：<a href="/">首页</a> &gt; {title}</div>
<div class="zwnr"><div class="lanmu-bt">{title}</div>{body}</div>
<div class="bottom">东江区人民政府办公室　主办</div></body></html>"""


def _list(folder: str, titles: list[str]) -> str:
    rows = "".join(f'<tr><td><a href="/{folder}/t{i}.htm">{t}</a></td><td>2024-04-{25 - i:02d}</td></tr>'
                   for i, t in enumerate(titles))
    return f'<table class="xxlb">{rows}</table>'


def _write_site(root: Path) -> None:
    vs = _samples()
    (root / "css").mkdir(parents=True)
    (root / "css" / "dj.css").write_text(CSS, encoding="utf-8")
    news = ["东江区召开安全生产工作专题会议", "东江区开展春季森林防火专项检查", "区政府召开第十七次常务会议"]
    (root / "index.html").write_text(_page("首页", _list("dtxx", news)), encoding="utf-8")
    for folder, title, body in [
        # a landing page: a grid of its sub-columns, short names, no dated list
        ("xxgk", "信息公开", '<div class="lanmu-box"><a href="/xxgk/jgsz/">机构设置</a><a href="/xxgk/zcwj/">政策文件</a>'
                         '<a href="/xxgk/czxx/">财政信息</a><a href="/xxgk/rsxx/index.htm">人事信息</a></div>'),
        # a landing page of banners: pictures linking its 专题, no text but the heading
        ("zt", "专题", '<div class="zt-row"><a href="/zt/wmcj/"><img src="/zt/wmcj.png" alt="文明城市创建" '
                     'width="760" height="110"></a><a href="/zt/hbdc/"><img src="/zt/hbdc.png" alt="环保督察整改" '
                     'width="760" height="110"></a></div>'),
        # portraits with names and duties in short lines: no link, no paragraph
        ("qld", "区领导", "".join(f'<div class="ry"><img src="/qld/r{n}.png" alt="{name}" width="120" height="160">'
                                f'<b>{name}</b><br>{duty}</div>'
                                for n, (name, duty) in enumerate([("周建明", "区长"), ("孙丽华", "常务副区长")]))),
        ("dtxx", "动态信息", _list("dtxx", news)),
        # a map written as <img width alt=""> (no height: 0×0 while the crawl draws no pictures),
        # a short line and a table of figures: what a reader came for, not a blank column
        ("xqdt", "辖区地图", '<p>东江区辖5个街道、2个镇。</p><p><img src="/xqdt/map.png" width="600" alt=""></p>'
                         '<table class="sj"><tr><th>街道</th><th>面积</th></tr><tr><td>江东街道</td><td>12.6</td></tr>'
                         '<tr><td>江北街道</td><td>9.8</td></tr></table>'),
        # a table of facts: short cells (window, hours, telephone), no link, no paragraph, no picture
        ("fwck", "服务窗口", '<table class="ck" border="1"><tr><td>窗口</td><td>时间</td><td>电话</td></tr>'
                         '<tr><td>不动产登记</td><td>工作日9:00-17:00</td><td>0771-5550101</td></tr>'
                         '<tr><td>公积金提取</td><td>工作日9:00-17:00</td><td>0771-5550102</td></tr></table>'),
        # a letter box: a form to write to the 区长 (short labels, a box for the letter), no list
        ("hdjl", "互动交流", '<h3>区长信箱</h3><form method="post" action="/hdjl/"><p>姓名 <input name="n"></p>'
                         '<p>电话 <input name="t"></p><p>主题 <input name="s"></p>'
                         '<p>正文 <textarea name="c" rows="4" cols="40"></textarea></p>'
                         '<p><button type="submit">提交</button></p></form><p>留言将在5个工作日内答复。</p>'),
        # blank: an empty list under its filter form (short fields, a select, a button)
        ("gfxwj", "规范性文件", '<form action="/gfxwj/"><input name="kw" placeholder="标题"> <input name="wh" '
                         'placeholder="文号"> <select name="nf"><option>2024</option></select> '
                         '<button type="submit">查询</button></form><table class="xxlb"><tr><td>暂无记录</td></tr></table>'),
        ("xxgk/jgsz", "机构设置", _list("xxgk/jgsz", ["东江区人民政府办公室主要职责内设机构和人员编制规定"])),
        ("xxgk/zcwj", "政策文件", _list("xxgk/zcwj", ["东江区关于进一步优化营商环境的若干措施"])),
        ("xxgk/rsxx", "人事信息", _list("xxgk/rsxx", ["东江区2024年事业单位公开招聘工作人员公告"])),
        # blank: the list is empty but for its note
        ("xxgk/czxx", "财政信息", '<table class="xxlb"><tr><td>暂无记录</td></tr></table>'),
        # blank: an empty-list note drawn over with a picture (an empty tray) says nothing more
        ("xxgk/ggzy", "公共资源配置", '<div class="wsj"><img src="/xxgk/ggzy/kong.png" width="140" height="140">'
                                '<span>该栏目暂无数据</span></div>'),
        ("zt/wmcj", "文明城市创建", _list("zt/wmcj", ["东江区开展文明交通志愿服务活动"])),
        ("zt/hbdc", "环保督察整改", _list("zt/hbdc", ["东江区中央环保督察反馈问题整改进展情况"])),
    ]:
        (root / folder).mkdir(parents=True, exist_ok=True)
        name = "index.htm" if folder == "xxgk/rsxx" else "index.html"
        (root / folder / name).write_text(_page(title, body), encoding="utf-8")
    vs.banner("文明城市创建", (170, 30, 30), (760, 110)).save(root / "zt" / "wmcj.png")
    vs.banner("环保督察整改", (20, 110, 60), (760, 110)).save(root / "zt" / "hbdc.png")
    for n in range(2):
        vs.photo(60 + n, (240, 320)).save(root / "qld" / f"r{n}.png")
    vs.chart(5).save(root / "xqdt" / "map.png")
    vs.photo(7, (140, 140)).save(root / "xxgk" / "ggzy" / "kong.png")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root = tmp_path_factory.mktemp("landing-site")
    _write_site(root)
    with SiteServer(root) as s:
        yield s


def test_the_content_area_of_a_banner_page_is_more_than_its_heading(site: SiteServer) -> None:
    import urllib.request

    with urllib.request.urlopen(site.url("/zt/")) as r:  # noqa: S310 - the local test site
        html = r.read().decode("utf-8")
    selector = content_selector(html, [])
    node = LexborHTMLParser(html).css_first(selector or "")
    assert node is not None and len(node.css("img")) == 2, selector


def test_landing_pages_and_portraits_are_not_blank_the_empty_list_is(chromium: str, site: SiteServer,
                                                                    tmp_path: Path) -> None:
    config = parse_config(f"""
defaults: {{timeout_s: 8, per_host_concurrency: 2, retries: 1}}
sites:
  - id: dongjiang
    name: 东江区人民政府
    url: "{site.url("/")}"
""", "<test>")
    result = api.inspect(config, db_url=f"sqlite:///{tmp_path}/z.db", evidence_dir=tmp_path / "ev",
                         as_of=date(2024, 4, 30), checks=["column"]).to_json()
    blank = {f["target"] for f in result["findings"] if f["rule"] == "column.blank"}
    assert blank == {"财政信息", "公共资源配置", "规范性文件"}

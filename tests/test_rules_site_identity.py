"""site.identity_missing and homepage.stale on hand-built homepages."""

from __future__ import annotations

from datetime import date, timedelta

from robot.snapshots import ListEntry, NetError
from robot.testing import HOME, image, link, page, run_rule, site_config, snapshot

AS_OF = date(2024, 4, 30)
FOOTER = ("关于我们 | 联系我们 | 网站纠错\n主办单位：演示县人民政府办公室 承办单位：演示县大数据中心\n"
          "网站标识码：3607990001 赣ICP备05012345号 赣公网安备 36079902000123号")


def _home(text: str = FOOTER, **kw: object):
    links = kw.pop("links", (link(HOME + "jiucuo/", "我为政府网站找错"),))
    return page(text=text, links=links, **kw)


def test_a_complete_footer_has_no_identity_finding() -> None:
    assert run_rule("site.identity_missing", snapshot([_home()])) == []
    # the usual variants: 网站识别码, ICP备案号：…, 公安机关备案号, the 找错 picture of the national service
    variant = ("网站主办：演示县人民政府 网站识别码：bm36000001 ICP备案号：赣ICP备05012345号-1 "
               "公安机关备案号：36079902000123")
    pic = image("https://zfwzgl.www.gov.cn/exposure/images/jiucuo.png", alt="")
    assert run_rule("site.identity_missing", snapshot([_home(variant, links=(), images=(pic,))])) == []


def test_each_missing_element_is_one_finding_named_in_chinese() -> None:
    bare = "版权所有：演示县人民政府 地址：城关镇人民大道88号 联系电话：0790-6123456 网站标识码：36079900"  # 8 chars
    found = run_rule("site.identity_missing", snapshot([_home(bare, links=(link(HOME + "jiucuo/", "网站纠错"),))]))
    assert [f.target for f in found] == ["主办单位", "网站标识码", "ICP备案号", "公安备案号", "我为政府网站找错"]
    assert all(f.url == HOME and f.severity.value == "low" for f in found)
    assert found[0].message == "网站首页缺少标识要素：主办单位"


def test_the_jiucuo_entry_by_link_url_image_alt_or_text() -> None:
    no_entry = FOOTER
    for kw in (
        {"links": (link("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3607990001", ""),)},
        {"links": (), "images": (image(HOME + "images/jc.png", alt="我为政府网站找错"),)},
        {"links": (link("http://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code=3607990001", "纠错"),)},
    ):
        assert run_rule("site.identity_missing", snapshot([_home(no_entry, **kw)])) == [], kw
    found = run_rule("site.identity_missing", snapshot([_home(no_entry, links=())]))
    assert [f.target for f in found] == ["我为政府网站找错"]


def test_no_identity_verdict_on_an_unreachable_or_unreadable_homepage() -> None:
    assert run_rule("site.identity_missing", snapshot([page(status=None, error=NetError.TIMEOUT)])) == []
    assert run_rule("site.identity_missing", snapshot([page(text="")])) == []


# --- homepage.stale -------------------------------------------------------------------------


def _entries(*ages: int | None) -> tuple[ListEntry, ...]:
    return tuple(
        ListEntry(f"信息{i}", f"{HOME}col/gzdt/t{i}.html", None if age is None else AS_OF - timedelta(days=age))
        for i, age in enumerate(ages)
    )


def test_homepage_with_an_item_13_days_old_is_fresh_15_days_is_stale() -> None:
    fresh = _home(entries=_entries(13, 40, None))
    assert run_rule("homepage.stale", snapshot([fresh], as_of=AS_OF)) == []
    assert run_rule("homepage.stale", snapshot([_home(entries=_entries(14))], as_of=AS_OF)) == []  # the 14th day
    stale = _home(entries=_entries(15, 30, None))
    found = run_rule("homepage.stale", snapshot([stale], as_of=AS_OF))
    assert [f.rule for f in found] == ["homepage.stale"]
    f = found[0]
    assert f.severity.value == "veto" and f.url == HOME and f.target is None
    assert f.measured["newest"] == "2024-04-15" and f.measured["days_since"] == 15 and f.measured["undated"] == 1
    assert "已15天未更新" in f.message
    assert run_rule("homepage.stale", snapshot([stale], as_of=AS_OF), days=20) == []


def test_undated_and_future_dated_items_do_not_count_as_updates() -> None:
    undated = run_rule("homepage.stale", snapshot([_home(entries=_entries(None, None))], as_of=AS_OF))
    assert len(undated) == 1 and "均未标注发布日期" in undated[0].message
    future = run_rule("homepage.stale", snapshot([_home(entries=_entries(-3, 20))], as_of=AS_OF))
    assert len(future) == 1 and future[0].measured["future_dated"] == 1 and future[0].measured["days_since"] == 20


def test_a_navigation_only_homepage_is_judged_by_its_second_level_pages() -> None:
    portal = _home(entries=())
    second = page(HOME + "xxgk/", depth=1, entries=_entries(3))
    deeper = page(HOME + "col/gzdt/t9.html", depth=2, entries=_entries(1))
    assert run_rule("homepage.stale", snapshot([portal, second, deeper], as_of=AS_OF)) == []
    old_second = page(HOME + "xxgk/", depth=1, entries=_entries(30))
    found = run_rule("homepage.stale", snapshot([portal, old_second, deeper], as_of=AS_OF))
    assert len(found) == 1 and found[0].measured["basis"] == "second_level"
    assert run_rule("homepage.stale", snapshot([page(status=503, entries=())], as_of=AS_OF)) == []


def test_letters_of_the_message_board_do_not_make_the_homepage_fresh() -> None:
    letter = ListEntry("关于城南小区停车难的建议", HOME + "hdjl/ldxx/202404/t20240429_300.html", AS_OF - timedelta(days=1))
    home = _home(entries=(*_entries(20), letter))
    found = run_rule("homepage.stale", snapshot([home], as_of=AS_OF),
                     site=site_config(channels={"message_board": "/hdjl/ldxx/"}))
    assert len(found) == 1 and found[0].measured["days_since"] == 20 and found[0].measured["letters_not_counted"] == 1
    assert run_rule("homepage.stale", snapshot([home], as_of=AS_OF)) == []  # no board known: it counts

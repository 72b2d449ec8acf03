"""link.hidden (暗链) and link.external_no_notice on hand-built snapshots, with realistic decoys."""

from __future__ import annotations

from robot.snapshots import Box, LinkFact
from robot.testing import HOME, link, page, run_rule, site_config, snapshot

CASINO = "http://www.hg8868-casino.com/"
HOME_FOOTER_TEXT = "主办单位：演示县人民政府办公室 网站标识码：3607990001"


def _hidden(href: str, text: str, reason: str, selector: str = "#footer > a:nth-of-type(3)", *,
            in_nav: bool = False, raw_href: str | None = None) -> LinkFact:
    """A link as dom.js reports one a person cannot see (display:none has an empty box)."""
    return LinkFact(href=href, raw_href=href if raw_href is None else raw_href, text=text, visible=False,
                    hidden_reason=reason, box=Box(0, 0, 0, 0) if reason == "display" else Box(-9999, 900, 60, 16),
                    selector=selector, in_nav=in_nav)


def test_hidden_external_casino_link_in_footer_is_reported_once_per_page_with_its_reason() -> None:
    footer = _hidden(CASINO, "澳门威尼斯人娱乐城", "display")
    home = page(links=(link(HOME + "col/gzdt/", "工作动态"), footer), text=HOME_FOOTER_TEXT)
    art = page(HOME + "col/gzdt/202404/t1.html", depth=1, links=(footer, footer))  # twice on one page: one finding
    found = run_rule("link.hidden", snapshot([home, art]))
    assert [(f.url, f.target) for f in found] == [(HOME, CASINO), (art.requested_url, CASINO)]
    f = found[0]
    assert f.severity.value == "high"
    assert f.measured["hidden_reason"] == "display" and f.measured["link_text"] == "澳门威尼斯人娱乐城"
    assert f.measured["selector"] == "#footer > a:nth-of-type(3)" and f.measured["seen_on"] == 2
    assert f.measured["spam_word"] == "威尼斯人" and f.measured["government"] is False
    assert f.mark is not None and f.mark.selector == "#footer > a:nth-of-type(3)"
    assert f.mark.box is None  # display:none has no box: capture finds it by its selector
    assert "display:none" in f.message and "www.hg8868-casino.com" in f.message


def test_white_on_white_and_offscreen_external_links_are_hidden_links() -> None:
    white = _hidden("http://pay.example.net/", "代开发票", "colour", selector="#f > a:nth-of-type(1)")
    away = _hidden("http://x.example.org/a", "", "offscreen", selector="#f > a:nth-of-type(2)")
    found = {f.target: f for f in run_rule("link.hidden", snapshot([page(links=(white, away))]))}
    assert set(found) == {"http://pay.example.net/", "http://x.example.org/a"}
    assert found["http://pay.example.net/"].measured["hidden_reason"] == "colour"
    assert "文字颜色与背景相同" in found["http://pay.example.net/"].message
    assert found["http://x.example.org/a"].mark.box is not None  # an off-screen box is still a place


def test_hidden_links_inside_the_site_and_collapsed_menus_are_not_findings() -> None:
    links = (
        # a collapsed mobile menu and the slideshow's other pictures: in-site
        _hidden(HOME + "col/tzgg/", "通知公告", "display", in_nav=True),
        _hidden(HOME + "col/tpxw/202404/t2.html", "", "display"),
        # a mobile menu copy of a visible external link: the person sees a link to it
        link("http://www.people.com.cn/", "人民网", onclick="return confirm('即将离开本站')"),
        _hidden("http://www.people.com.cn/", "人民网", "display", in_nav=True),
        # a hover menu of the county's department sites on gov.cn
        _hidden("http://fgw.yanshi.gov.cn/", "县发展和改革委员会", "display", in_nav=True),
        _hidden("http://www.jiangxi.gov.cn/", "江西省人民政府", "visibility"),
        # not links to anywhere
        _hidden("", "返回顶部", "display", raw_href="javascript:void(0)"),
    )
    assert run_rule("link.hidden", snapshot([page(links=links)])) == []


def test_a_hidden_gov_link_that_reads_like_spam_is_reported_as_government() -> None:
    taken_over = _hidden("http://old.yanshi.gov.cn/bet/", "百家乐在线", "font-size")
    found = run_rule("link.hidden", snapshot([page(links=(taken_over,))]))
    assert [f.target for f in found] == ["http://old.yanshi.gov.cn/bet/"]
    assert found[0].measured["government"] is True and found[0].measured["spam_word"] == "百家乐"


def test_another_site_scope_host_is_in_the_site() -> None:
    cfg = site_config(scope=["127.0.0.1:8000", "old.yanshi.example"])
    hidden = _hidden("http://old.yanshi.example/col/", "旧版", "display")
    assert run_rule("link.hidden", snapshot([page(links=(hidden,))]), site=cfg) == []


# --- link.external_no_notice ---------------------------------------------------------------


def test_external_link_without_notice_once_per_host_on_the_first_page() -> None:
    xinhua1 = link("http://www.xinhuanet.com/politics/2024-04/28/c_1.htm", "新华网：要闻")
    xinhua2 = link("http://www.xinhuanet.com/", "新华网")
    home = page(links=(xinhua2,), text="友情链接 新华网")
    art = page(HOME + "col/gzdt/202404/t1.html", depth=1, links=(xinhua1,), text="来源：新华网：要闻")
    found = run_rule("link.external_no_notice", snapshot([art, home]))
    assert len(found) == 1
    f = found[0]
    assert f.severity.value == "low" and f.url == HOME and f.target == "http://www.xinhuanet.com/"
    assert f.measured["pages"] == 2 and f.measured["links"] == 2 and f.measured["host"] == "www.xinhuanet.com"
    assert f.mark is not None and f.mark.selector == "a"


def test_links_with_a_leave_site_notice_or_to_government_hosts_are_fine() -> None:
    confirm = "return confirm('您访问的链接即将离开“演示县人民政府网”门户网站，是否继续？')"
    links = (
        link("http://www.people.com.cn/", "人民网", onclick=confirm),
        link("http://www.cctv.com/", "央视网", onclick="return confirm('确定访问吗？')"),
        # dom.js found a page script / title / nearby text with the notice
        link("http://www.jxnews.com.cn/", "中国江西网", onclick="[script] if (!confirm('您即将离开本站'))"),
        link("http://www.chinanews.com.cn/", "中国新闻网", onclick="[title] 点击将访问第三方网站"),
        # notice text beside the link (dom.js reads the block around it), or in the link's own text
        link("http://www.gmw.cn/", "光明网", onclick="[text] 以下为第三方网站，点击将离开本站：光明网 中国江西网"),
        link("http://www.ce.cn/", "中国经济网（外部链接）"),
        # the link through the site's own jump page is a link inside the site
        link(HOME + "leave.html?url=http%3A%2F%2Fwww.ifeng.com%2F", "凤凰网"),
        # government hosts need no notice; the 党政机关 badge of 中央编办 neither
        link("http://www.gov.cn/", "中国政府网"),
        link("https://www.jiangxi.gov.cn/", "江西省人民政府"),
        link("http://bszs.conac.cn/sitename?method=show&id=1", "党政机关"),
        link(HOME + "col/gzdt/", "工作动态"),
        link("", "设为首页", raw_href="javascript:void(0)"),
        link("mailto:zfb@yanshi.gov.cn", "联系我们", raw_href="mailto:zfb@yanshi.gov.cn"),
    )
    assert run_rule("link.external_no_notice", snapshot([page(links=links)])) == []


def test_a_notice_on_one_link_does_not_cover_another_to_the_same_host() -> None:
    ok = link("http://www.people.com.cn/", "人民网", onclick="return confirm('即将离开本站')")
    bare = link("http://www.people.com.cn/n1/2024/0428/c1.html", "人民网评：实干兴邦")
    found = run_rule("link.external_no_notice", snapshot([page(links=(ok, bare), text="人民网 人民网评：实干兴邦")]))
    assert [(f.target, f.measured["link"]) for f in found] == [(bare.href, bare.href)]  # target: the link (contract)


def test_hidden_external_links_are_left_to_link_hidden_and_gov_domains_follow_the_config() -> None:
    hidden = _hidden(CASINO, "娱乐城", "display")
    assert run_rule("link.external_no_notice", snapshot([page(links=(hidden,))])) == []
    badge = link("http://bszs.conac.cn/sitename?method=show&id=1", "党政机关")
    found = run_rule("link.external_no_notice", snapshot([page(links=(badge,))]), also_government=[])
    assert [f.target for f in found] == ["http://bszs.conac.cn/sitename?method=show&id=1"]

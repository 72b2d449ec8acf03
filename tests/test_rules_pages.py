"""site.*, link.broken and image.broken on hand-built snapshots: positive and negative cases."""

from __future__ import annotations

from robot.snapshots import LinkCheck, NetError
from robot.testing import HOME, image, link, page, run_rule, snapshot


def test_site_unreachable_on_timeout_5xx_and_dns_not_on_a_healthy_or_recovered_homepage() -> None:
    for status, error in ((None, NetError.TIMEOUT), (503, None), (None, NetError.DNS), (None, NetError.REFUSED)):
        home = page(status=status, error=error)
        re_probe = LinkCheck(HOME, status=status, error=error, attempts=3)
        found = run_rule("site.unreachable", snapshot([home], checks=[re_probe]))
        assert [f.rule for f in found] == ["site.unreachable"], (status, error)
        assert found[0].severity.value == "high"
    assert run_rule("site.unreachable", snapshot([page()])) == []
    # the browser saw a 503, the re-probe got 200: a passing hiccup, no finding
    recovered = LinkCheck(HOME, status=200, attempts=2)
    assert run_rule("site.unreachable", snapshot([page(status=503)], checks=[recovered])) == []


def test_site_slow_uses_response_time_against_slow_ms() -> None:
    slow = page(HOME + "slow/", response_ms=3500, load_ms=3600, depth=1)
    fast = page(HOME + "fast/", response_ms=2500, load_ms=5200, depth=1)  # slow images do not make a slow page
    edge = page(HOME + "edge/", response_ms=3000, depth=1)
    found = run_rule("site.slow", snapshot([page(response_ms=20), slow, fast, edge]))
    assert [f.url for f in found] == [slow.requested_url]
    assert found[0].measured["response_ms"] == 3500
    assert run_rule("site.slow", snapshot([slow]), slow_ms=4000) == []


def test_site_slow_once_for_a_page_reached_as_its_folder_and_its_index_file() -> None:
    # a column configured as its default.htm and linked from the menu as its folder: one page, one finding
    by_config = page(HOME + "bmxx/sjj/default.htm", response_ms=5100, depth=1)
    by_menu = page(HOME + "bmxx/sjj/", response_ms=5080, depth=2)
    other = page(HOME + "bmxx/sjj/list_2.htm", response_ms=3900, depth=2)  # another page of the list
    found = run_rule("site.slow", snapshot([page(response_ms=20), by_config, by_menu, other]))
    assert sorted(f.url for f in found) == [HOME + "bmxx/sjj/", HOME + "bmxx/sjj/list_2.htm"]
    once = next(f for f in found if f.url == HOME + "bmxx/sjj/")
    assert once.measured["response_ms"] == 5080 and once.measured["also_at"] == [HOME + "bmxx/sjj/default.htm"]


def test_link_broken_one_finding_per_target_with_certainty() -> None:
    gone = HOME + "files/gone.pdf"
    flaky = HOME + "flaky/1"
    outside = "http://nonexistent.invalid/"
    a = page(HOME + "a.html", depth=1, links=(link(gone, "附件"), link(flaky), link(outside)))
    b = page(HOME + "b.html", depth=1, links=(link(gone, "附件"),))
    checks = [
        LinkCheck(gone, status=404), LinkCheck(flaky, status=200, attempts=2),
        LinkCheck(outside, status=None, error=NetError.DNS),
    ]
    found = {f.target: f for f in run_rule("link.broken", snapshot([page(), a, b], checks=checks))}
    assert set(found) == {gone, outside}
    assert found[gone].url == a.requested_url and found[gone].measured["seen_on"] == 2
    assert found[gone].measured["certainty"] == "definite"
    assert found[outside].measured["certainty"] == "definite"


def test_link_broken_suspect_and_ignored_cases() -> None:
    t500, tout, login, blocked = (HOME + x for x in ("status/500", "hang", "login", "private"))
    p = page(links=(link(t500), link(tout), link(login), link(blocked), link("", raw_href="javascript:void(0)")))
    checks = [LinkCheck(t500, status=500, attempts=3), LinkCheck(tout, status=None, error=NetError.TIMEOUT),
              LinkCheck(login, status=401), LinkCheck(blocked, status=None, error=NetError.BLOCKED)]
    found = {f.target: f.measured["certainty"] for f in run_rule("link.broken", snapshot([p], checks=checks))}
    assert found == {t500: "suspect", tout: "suspect"}


def test_malformed_href_is_a_definite_broken_link() -> None:
    p = page(links=(link("", raw_href="http://[::1"),))
    checks = [LinkCheck("http://[::1", status=None, error=NetError.MALFORMED_URL)]
    found = run_rule("link.broken", snapshot([p], checks=checks))
    assert [(f.target, f.measured["certainty"]) for f in found] == [("http://[::1", "definite")]


def test_image_broken_load_failure_placeholder_and_blank_but_not_spacers_or_photos() -> None:
    imgs = (
        image(HOME + "missing.png", loaded=False),
        image(HOME + "placeholder.png", visual="placeholder", visual_detail="matches 图片加载失败"),
        image(HOME + "grey.png", visual="blank"),
        image(HOME + "photo.jpg", visual="ok"),
        image(HOME + "spacer.gif", w=1, h=1, visual="blank"),
        image(HOME + "hidden-blank.png", visual="blank", visible=False),
        image(HOME + "lazy.jpg", loaded=False, complete=False),  # still loading: no verdict from the browser
    )
    found = {f.target for f in run_rule("image.broken", snapshot([page(images=imgs)]))}
    assert found == {HOME + "missing.png", HOME + "placeholder.png", HOME + "grey.png"}

"""The HTML run report: content, escaping, relative evidence links, and rendering in Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import pytest
from PIL import Image, ImageDraw

from robot.reports import render_run_report, render_summary_rows

HOSTILE = '<script>alert("x")</script>'
RULES = {
    "link.broken": SimpleNamespace(summary="不可用链接", hint="修复或删除失效链接。"),
    "homepage.stale": SimpleNamespace(summary="首页栏目长期未更新", hint="及时更新首页动态信息。"),
    "privacy.id_number": SimpleNamespace(summary="泄露公民身份证号码", hint="立即撤下或遮盖身份证号码。"),
    "site.slow": SimpleNamespace(summary="页面响应时间超过阈值", hint="优化服务器性能。"),
}


def _png(path: Path, colour: str = "#c0392b") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", (320, 200), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((20, 20, 300, 180), outline=colour, width=6)
    draw.line((20, 20, 300, 180), fill=colour, width=4)
    img.save(path)
    return path


def _finding(fid: int, rule: str, severity: str, site: str, **extra: Any) -> dict[str, Any]:
    base = {
        "id": fid, "rule": rule, "severity": severity, "site": site,
        "url": f"http://127.0.0.1:8000/{site}/page{fid}.html", "target": None,
        "message": f"问题 {fid}", "measured": {}, "evidence": [], "fingerprint": f"fp{fid}",
        "status": "open", "first_seen": "2024-04-30", "last_seen": "2024-04-30", "rectified_at": None,
    }
    return {**base, **extra}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with one run's evidence: relative paths in the result resolve against it."""
    monkeypatch.chdir(tmp_path)
    _png(tmp_path / "evidence/run-7/xinfeng/0001-link-broken.png")
    _png(tmp_path / "evidence/run-7/longnan/0001-privacy-id-number.png", "#2c3e50")
    return tmp_path


def _result(workdir: Path) -> dict[str, Any]:
    absolute_png = workdir / "evidence/run-7/longnan/0001-privacy-id-number.png"
    pages = [
        {"site": "xinfeng" if i % 2 else "longnan", "url": f"http://127.0.0.1:8000/p/{i}.html",
         "status": 404 if i == 3 else 200, "response_ms": 100 + i * 10, "load_ms": 300 + i * 10, "bytes": 20480 + i}
        for i in range(60)
    ]
    return {
        "run": {"id": 7, "as_of": "2024-04-30", "started_at": "2024-04-30T02:00:00+08:00",
                "finished_at": "2024-04-30T02:03:25+08:00", "sites": ["xinfeng", "longnan"], "complete": False},
        "pages": pages,
        "channels": [{"site": "xinfeng", "kind": "message_board", "url": "http://127.0.0.1:8000/hdjl/lyb/",
                      "available": True, "response_ms": 230, "messages": [{"url": "x", "title": "t"}]}],
        "findings": [
            _finding(1, "link.broken", "high", "xinfeng", message=f"不可用链接：附件返回 404 {HOSTILE}",
                     target="http://127.0.0.1:8000/files/notice.pdf",
                     measured={"status": 404, "response_ms": 35, "certainty": "definite"},
                     evidence=["evidence/run-7/xinfeng/0001-link-broken.png"]),
            _finding(2, "link.broken", "high", "xinfeng", url="javascript:alert(1)",
                     target='"><img src=x onerror=alert(2)>',
                     measured={"blob": "x" * 100_000, "items": list(range(10_000)),
                               **{f"k{i}": i for i in range(30)}},
                     evidence=["evidence/run-7/xinfeng/9999-gone.png"]),
            _finding(3, "homepage.stale", "veto", "xinfeng", message="首页 20 天未更新"),
            _finding(4, "privacy.id_number", "veto", "longnan", target="3607**********1234",
                     message="页面公开了未遮盖的身份证号码", evidence=[str(absolute_png)]),
            _finding(5, "site.slow", "low", "longnan", status="rectified", rectified_at="2024-04-29"),
            _finding(6, "site.slow", "low", "longnan", status="ignored"),
            _finding(7, "text.unknown_rule", "medium", "longnan"),
        ],
    }


def test_summary_rows_count_open_and_confirmed_per_site(workdir: Path) -> None:
    rows = render_summary_rows(_result(workdir), {"xinfeng": "信丰县人民政府网"})
    assert rows == [
        ("xinfeng", "信丰县人民政府网", 1, 2, 0, 0),
        ("longnan", "", 1, 0, 1, 0),  # the rectified and the ignored site.slow are not counted
    ]


def test_report_content_escaping_and_relative_images(workdir: Path) -> None:
    out = render_run_report(_result(workdir), workdir / "evidence/run-7/report.html", rules=RULES)
    html = out.read_text(encoding="utf-8")

    assert '<meta charset="utf-8">' in html and 'lang="zh-CN"' in html
    assert "Noto Sans CJK SC" in html and "Microsoft YaHei" in html and "PingFang SC" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!127\.0\.0\.1)""", html), "no external assets"
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "&lt;script&gt;alert(" in html
    assert "onerror=alert(2)>" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html  # shown as text, not a link
    assert "x" * (1000) not in html and "另有" in html  # a huge measured blob is cut, extra keys counted
    assert len(html) < 200_000

    for text in ("巡检批次 7", "2024-04-30", "巡检未完成", "单项否决项（2）", "首页栏目长期未更新",
                 "修复或删除失效链接。", "3607**********1234", "响应 35 毫秒", "确定", "缺失：9999-gone.png",
                 "已整改", "整改日期 2024-04-29", "text.unknown_rule", "用时 3 分 25 秒", "网上留言"):
        assert text in html, text

    # sites in run order, rules by severity within a site (veto first)
    assert html.index('id="site-xinfeng"') < html.index('id="site-longnan"')
    xinfeng = html[html.index('id="site-xinfeng"'):html.index('id="site-longnan"')]
    assert xinfeng.index("homepage.stale") < xinfeng.index("link.broken")

    # page table: slowest first, top 50 of 60, with the total
    page_urls = re.findall(r'href="(http://127\.0\.0\.1:8000/p/\d+\.html)"', html)
    assert len(page_urls) == 50 and page_urls[0].endswith("/59.html") and page_urls[-1].endswith("/10.html")
    assert "共检查 60 页" in html and "最慢的 50 页" in html

    # every image path is relative to the report and resolves to an existing file, also once copied
    srcs = re.findall(r'<img src="([^"]+)"', html)
    assert len(srcs) == 2 and not any(s.startswith("/") for s in srcs)
    assert all((out.parent / unquote(s)).is_file() for s in srcs)
    copy = shutil.copytree(out.parent, workdir / "elsewhere/run-7")
    assert all((copy / unquote(s)).is_file() for s in srcs)


def test_default_rules_come_from_the_registry(workdir: Path) -> None:
    from robot.rules.registry import REGISTRY

    out = render_run_report(_result(workdir), workdir / "report.html")
    html = out.read_text(encoding="utf-8")
    assert REGISTRY["link.broken"].summary in html
    assert 'src="evidence/run-7/xinfeng/0001-link-broken.png"' in html


def test_empty_run_renders(tmp_path: Path) -> None:
    result = {"run": {"id": 1, "as_of": "2024-04-30", "started_at": "2024-04-30T02:00:00+08:00",
                      "finished_at": None, "sites": ["xinfeng"], "complete": True},
              "pages": [], "channels": [], "findings": []}
    html = render_run_report(result, tmp_path / "r.html", rules=RULES).read_text(encoding="utf-8")
    assert "未发现问题" in html and "巡检完整" in html and "没有页面测量记录" in html
    assert render_summary_rows(result) == [("xinfeng", "", 0, 0, 0, 0)]


@pytest.mark.browser
def test_report_renders_in_chromium(workdir: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    title = "政务公开巡检报告"
    out = render_run_report(_result(workdir), workdir / "evidence/run-7/report.html", rules=RULES, title=title)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
            page.goto(out.as_uri(), wait_until="load")
            assert page.get_by_role("heading", name=title, exact=True).is_visible()
            images = page.locator("img")
            for i in range(images.count()):  # thumbnails load lazily: bring each into view
                images.nth(i).scroll_into_view_if_needed()
            page.wait_for_function("() => [...document.images].every(i => i.complete)")
            widths = images.evaluate_all("els => els.map(e => e.naturalWidth)")
            assert widths == [320, 320]
            assert page.title().startswith(title)
            page.screenshot(path=str(workdir / "report.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert (workdir / "report.png").stat().st_size > 10_000

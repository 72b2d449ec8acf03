"""The monthly bulletin (月通报): counts from a store built by hand, checked against tables counted
by hand; the four renderers (DOCX with East Asian fonts, XLSX, HTML in Chromium, Markdown); the
``report`` command; and the demo end to end."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from robot.config import parse_config
from robot.findings import Finding
from robot.reports.bulletin import Bulletin, build_bulletin, parse_month, to_docx, to_html, to_md, to_xlsx
from robot.rules.registry import REGISTRY
from robot.snapshots import Message
from robot.store import Store
from robot.store.letters import letters_between, record_letters

SITE = "xf"
NAME = "信丰县人民政府网"
OWNER = "信丰县人民政府办公室"
BASE = "http://127.0.0.1:8000"
CONFIG = f"""
sites:
  - id: {SITE}
    name: {NAME}
    owner: {OWNER}
    url: {BASE}/
    jurisdiction: 信丰县
    units:
      - {{name: 县水利局, path: /xxgk/slj/, annual_quota: 10}}
      - {{name: 县财政局, path: /xxgk/czj/, annual_quota: 4}}
"""


def S(rule: str) -> str:  # noqa: N802 - the rule's summary as the registry has it
    return REGISTRY[rule].summary


def short(rule: str) -> str:
    return S(rule).split("：", 1)[0]


def _finding(rule: str, path: str, message: str, target: str | None = None) -> Finding:
    return Finding(rule=rule, severity=REGISTRY[rule].severity, site=SITE, url=BASE + path, message=message,
                   target=target)


F1 = _finding("link.broken", "/xxgk/slj/2024/0401.html", "不可用链接「水利工程」：返回 404", "http://x.test/a")
F2 = _finding("column.overdue", "/col/gzdt/", "栏目「工作动态」已20天未更新", "工作动态")
F3 = _finding("text.typo", "/xxgk/czj/2024/0301.html", "页面出现错别字「截止目前」", "截止目前")
F4 = _finding("image.broken", "/col/gzdt/2024/0302.html", "图片无法加载", f"{BASE}/img/1.png")
F5 = _finding("privacy.id_number", "/col/tzgg/2024/0303.html", "页面公开了未脱敏的居民身份证号码 3607**********0423",
              "3607**********0423")
F6 = _finding("link.broken", "/col/gzdt/2024/0412.html", "不可用链接「误报」：返回 404", "http://y.test/b")
F7 = _finding("newmedia.stale", "/feeds/xfzw.xml", "政务新媒体「信丰政务」20天未更新（5月）", "信丰政务")
F8 = _finding("newmedia.stale", "/feeds/xfzw2.xml", "政务新媒体「信丰发布」15天未更新", "信丰发布")


def _record(store: Store, day: date, *findings: Finding) -> list[Any]:
    run = store.start_run(day, [SITE], [])
    return store.record_findings(run, day, SITE, list(findings), {}, scope_rules=None, complete=False)


def _items(store: Store) -> None:
    d = date.fromisoformat
    run = store.start_run(d("2024-05-06"), [SITE], [])
    store.record_seen_items(SITE, {
        # 县水利局: April 2 items, year (to 30 April) 4 items; last year's and May's do not count
        f"{BASE}/xxgk/slj/2024/0403.html": d("2024-04-03"),
        f"{BASE}/xxgk/slj/2024/0420.html": d("2024-04-20"),
        f"{BASE}/xxgk/slj/2024/0315.html": d("2024-03-15"),
        f"{BASE}/xxgk/slj/2024/0102.html": d("2024-01-02"),
        f"{BASE}/xxgk/slj/2023/1230.html": d("2023-12-30"),
        f"{BASE}/xxgk/slj/2024/0502.html": d("2024-05-02"),
        # 县财政局: April 1, year 2; /xxgk/czjx/ is another path, not the unit's
        f"{BASE}/xxgk/czj/2024/0430.html": d("2024-04-30"),
        f"{BASE}/xxgk/czj/2024/0210.html": d("2024-02-10"),
        f"{BASE}/xxgk/czjx/2024/0405.html": d("2024-04-05"),
        # no unit: counts for the site only
        f"{BASE}/col/gzdt/2024/0410.html": d("2024-04-10"),
        f"{BASE}/col/gzdt/undated.html": None,
    }, d("2024-05-06"), run)


def _letters(store: Store) -> None:
    d = date.fromisoformat
    first = [
        Message(f"{BASE}/hdjl/1.html", "咨询医保缴费", d("2024-04-01"), d("2024-04-03"), "已回复", 2),
        Message(f"{BASE}/hdjl/2.html", "反映路灯不亮", d("2024-04-08"), d("2024-04-18"), "已回复", 8),
        Message(f"{BASE}/hdjl/3.html", "建议增设公交站", d("2024-04-25"), None, "办理中", 3),
        Message(f"{BASE}/hdjl/4.html", "噪音扰民，联系电话13912345678", d("2024-04-10"), None, "未回复", 12),
        Message(f"{BASE}/hdjl/5.html", "三月的来信", d("2024-03-28"), d("2024-04-02"), "已回复", 3),
        Message(f"{BASE}/hdjl/6.html", "日期不详的来信", None, None, "未回复", None),
    ]
    assert record_letters(store, SITE, first, d("2024-04-30")) == 6
    # read again a week later: letter 3 was answered after 7 working days
    again = [Message(f"{BASE}/hdjl/3.html", "建议增设公交站", d("2024-04-25"), d("2024-05-06"), "已回复", 7)]
    assert record_letters(store, SITE, again, d("2024-05-06")) == 0


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store(f"sqlite:///{tmp_path / 'zwgk.db'}")
    s.upsert_site(SITE, NAME, BASE + "/", OWNER)
    _items(s)
    _letters(s)
    d = date.fromisoformat
    _record(s, d("2024-03-05"), F3)
    _record(s, d("2024-03-06"), F4)
    _record(s, d("2024-03-07"), F5)
    _record(s, d("2024-04-10"), F1)
    _record(s, d("2024-04-12"), F6)
    _record(s, d("2024-04-15"), F8)
    _record(s, d("2024-04-20"), F2)
    _record(s, d("2024-05-02"), F7)
    ids = {f.fingerprint: f.id for f in s.findings(status="all")}
    s.set_status(ids[F4.fingerprint], "rectified", on=d("2024-03-20"))
    s.set_status(ids[F5.fingerprint], "rectified", on=d("2024-05-03"))
    s.set_status(ids[F2.fingerprint], "rectified", on=d("2024-04-25"))
    s.set_status(ids[F6.fingerprint], "ignored", reason="误报：目标站点临时维护")
    yield s
    s.close()


@pytest.fixture
def bulletin(store: Store) -> Bulletin:
    return build_bulletin(store, parse_config(CONFIG), "2024-04", issued=date(2024, 5, 8))


# --- the tables, counted by hand ----------------------------------------------------------------

UNITS = [
    ["排名", "单位名称", "本年度任务数", "已发布总数", "4月发布条数", "完成比例（%）"],
    ["1", "县财政局", "4", "2", "1", "50.00"],  # 2 / 4
    ["2", "县水利局", "10", "4", "2", "40.00"],  # 4 / 10
]
LETTERS = [
    ["网站名称", "收到信件（件）", "已办结（件）", "正在办理（件）", "逾期（超过5个工作日）", "回复率（%）"],
    # letters 1–4 sent in April; 1, 2, 3 answered; 2 (8 days), 3 (7 days) and 4 (open 12 days) overdue
    [NAME, "4", "3", "1", "3", "75.00"],
]
OVERDUE = [
    ["序号", "网站名称", "信件标题", "来信日期", "回复日期", "办理工作日"],
    ["1", NAME, "反映路灯不亮", "4月8日", "4月18日", "8"],
    ["2", NAME, "噪音扰民，联系电话139****5678", "4月10日", "未回复", "12"],
    ["3", NAME, "建议增设公交站", "4月25日", "5月6日", "7"],
]


def _monitoring() -> list[list[str]]:
    # first seen in April and not ignored: F1 (4-10), F8 (4-15), F2 (4-20)
    return [
        ["序号", "问题类型", "网站/单位", "问题描述", "发现日期", "网址"],
        ["1", S("link.broken"), f"{NAME}·县水利局", F1.message, "4月10日", F1.url],
        ["2", S("newmedia.stale"), NAME, F8.message, "4月15日", F8.url],
        ["3", S("column.overdue"), NAME, F2.message, "4月20日", F2.url],
    ]


def _by_rule() -> list[list[str]]:
    return [
        ["问题类型", "数量（个）", "涉及网站/单位"],
        [S("column.overdue"), "1", NAME],
        [S("link.broken"), "1", f"{NAME}·县水利局"],
        [S("newmedia.stale"), "1", NAME],
    ]


def _rectification() -> list[list[str]]:
    # found in April (F1, F8, F2) or open at April's end (F3 open, F5 rectified 5-3); F4 rectified in
    # March, F6 ignored, F7 found in May: left out
    return [
        ["序号", "网站/政务新媒体名称", "主要存在问题", "主办单位", "发现日期", "整改日期"],
        ["1", NAME, f"{short('text.typo')}：{F3.message}", "县财政局", "3月5日", ""],
        ["2", NAME, f"{short('privacy.id_number')}：{F5.message}", OWNER, "3月7日", "5月3日"],
        ["3", NAME, f"{short('link.broken')}：{F1.message}", "县水利局", "4月10日", ""],
        ["4", "信丰发布（政务新媒体）", f"{short('newmedia.stale')}：{F8.message}", OWNER, "4月15日", ""],
        ["5", NAME, f"{short('column.overdue')}：{F2.message}", OWNER, "4月20日", "4月25日"],
    ]


def _expected() -> dict[str, list[list[str]]]:
    return {"units": UNITS, "letters": LETTERS, "overdue_letters": OVERDUE, "monitoring_by_rule": _by_rule(),
            "monitoring": _monitoring(), "rectification": _rectification()}


def _table(b: Bulletin, key: str) -> list[list[str]]:
    t = b.table(key)
    return [list(t.headers), *t.text_rows()]


def test_title_and_sentences(bulletin: Bulletin) -> None:
    assert bulletin.title == "信丰县政府网站和政务新媒体2024年4月检查情况通报"
    assert bulletin.site_totals == {SITE: (8, 5)}  # year: 4 + 2 + czjx + gzdt; April: 2 + 1 + czjx + gzdt
    text = "\n".join(p for s in bulletin.sections for p in s.paragraphs)
    assert "本年度累计主动公开政府信息8条，4月份新增公开5条" in text
    assert "纳入统计的2个单位4月份新增公开3条" in text
    assert "县水利局完成比例居末位" in text
    assert "共收到群众信件4件，其中已办结3件，正在办理1件" in text
    assert "回复率75.00%" in text
    assert (f"常态化监测共发现问题3个（含单项否决问题1个）：{short('column.overdue')}1个（{NAME}）；"
            f"{short('link.broken')}1个（{NAME}·县水利局）；{short('newmedia.stale')}1个（{NAME}）。") in text
    assert bulletin.units_known and bulletin.bottom == ["县水利局"]


@pytest.mark.parametrize("key", ["units", "letters", "overdue_letters", "monitoring_by_rule", "monitoring",
                                 "rectification"])
def test_tables_counted_by_hand(bulletin: Bulletin, key: str) -> None:
    assert _table(bulletin, key) == _expected()[key]


def test_bottom_five_named_lowest_first(tmp_path: Path) -> None:
    units = "\n".join(f"      - {{name: 单位{i}, path: /u{i}/, annual_quota: 10}}" for i in range(1, 8))
    cfg = parse_config(f"sites:\n  - id: {SITE}\n    name: {NAME}\n    url: {BASE}/\n    units:\n{units}\n")
    with Store(f"sqlite:///{tmp_path / 'b.db'}") as s:
        run = s.start_run(date(2024, 4, 30), [SITE], [])
        # unit i publishes i items in April: 单位1 is last, 单位7 first
        s.record_seen_items(SITE, {f"{BASE}/u{i}/{k}.html": date(2024, 4, 1 + k) for i in range(1, 8) for k in range(i)},
                            date(2024, 4, 30), run)
        b = build_bulletin(s, cfg, "2024-04")
    assert [u.name for u in b.units] == [f"单位{i}" for i in range(7, 0, -1)]
    assert b.bottom == ["单位1", "单位2", "单位3", "单位4", "单位5"]
    assert "单位1、单位2、单位3、单位4、单位5居末五位。" in b.sections[0].paragraphs[0]


def test_letters_upsert_and_mask(store: Store) -> None:
    april = letters_between(store, SITE, date(2024, 4, 1), date(2024, 4, 30))
    assert [x.url.rsplit("/", 1)[1] for x in april] == ["1.html", "2.html", "4.html", "3.html"]
    three = next(x for x in april if x.url.endswith("/3.html"))
    assert (three.replied, three.workdays_to_reply, three.first_seen, three.last_seen) == (
        date(2024, 5, 6), 7, date(2024, 4, 30), date(2024, 5, 6))
    assert all("13912345678" not in x.title for x in april)
    assert letters_between(store, None, date(2024, 3, 1), date(2024, 3, 31))[0].title == "三月的来信"


def test_without_config_units_are_unknown(store: Store) -> None:
    b = build_bulletin(store, None, "2024-04")
    assert not b.units_known and b.units == []
    with pytest.raises(KeyError):
        b.table("units")
    assert any("未提供站点配置" in n and "单位" in n for n in b.notes)
    assert b.title == "信丰县政府网站和政务新媒体2024年4月检查情况通报"  # region from the site's name
    assert _table(b, "letters") == LETTERS
    # no units: problems belong to the site, 主办单位 is the site's owner
    rows = _table(b, "rectification")
    assert [r[3] for r in rows[1:]] == [OWNER] * 5


@pytest.mark.parametrize("bad", ["2024-4", "2024-13", "24-04", "april", "2024-00", ""])
def test_bad_month(bad: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month(bad)


# --- renderers ----------------------------------------------------------------------------------


def test_docx_tables_and_east_asian_fonts(bulletin: Bulletin, tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "b.docx"
    to_docx(bulletin, out)
    doc = Document(str(out))
    body = [p.text for p in doc.paragraphs]
    assert bulletin.title in body
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    expected = _expected()
    assert tables == [expected[t.key] for t in bulletin.tables]
    runs = [r for p in doc.paragraphs for r in p.runs] + [
        r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert runs
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in runs}
    assert None not in fonts and fonts <= {"仿宋_GB2312", "宋体", "黑体"}
    title_run = next(p for p in doc.paragraphs if p.text == bulletin.title).runs[0]
    assert title_run._element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    body_run = next(p for p in doc.paragraphs if p.text.startswith("●信息发布情况")).runs[0]
    assert body_run._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    for t in doc.tables:  # every table has its borders
        borders = t._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None and borders.find(qn("w:insideH")).get(qn("w:val")) == "single"


def test_xlsx_one_sheet_per_table(bulletin: Bulletin, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "b.xlsx"
    to_xlsx(bulletin, out)
    wb = load_workbook(out)
    assert len(wb.sheetnames) == len(bulletin.tables) == 6
    expected = _expected()
    for name, t in zip(wb.sheetnames, bulletin.tables, strict=True):
        ws = wb[name]
        rows = [[("" if c.value is None else (f"{c.value:.2f}" if c.number_format == "0.00" else str(c.value)))
                 for c in row] for row in ws.iter_rows(min_row=2)]
        assert rows == expected[t.key], name
        assert ws.cell(2, 1).font.name == "黑体" and ws.cell(3, 2).font.name == "宋体"
    units = wb[wb.sheetnames[0]]
    assert units.cell(3, 6).value == 50.0 and units.cell(3, 6).number_format == "0.00"  # a number, not text


def test_markdown(bulletin: Bulletin) -> None:
    md = to_md(bulletin)
    assert md.startswith(f"# {bulletin.title}\n")
    assert "| 1 | 县财政局 | 4 | 2 | 1 | 50.00 |" in md
    assert "| 2 | 信丰发布（政务新媒体） |" not in md  # that row is the 4th
    assert f"| 4 | 信丰发布（政务新媒体） | {short('newmedia.stale')}：{F8.message} | {OWNER} | 4月15日 |  |" in md


@pytest.mark.browser
def test_html_in_chromium(bulletin: Bulletin, tmp_path: Path, chromium: str) -> None:
    from robot.gather.browser import BrowserSession

    out = tmp_path / "b.html"
    to_html(bulletin, out)

    async def read() -> tuple[str, list[tuple[str, list[list[str]]]], list[str]]:
        async with BrowserSession() as browser:
            ctx = await browser.new_context()
            errors: list[str] = []
            try:
                page = await ctx.new_page()
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
                await page.goto(out.as_uri(), wait_until="load")
                h1 = await page.locator("h1").inner_text()
                tables = await page.eval_on_selector_all(
                    "table", "ts => ts.map(t => [t.dataset.key, [...t.rows].map(r => "
                    "[...r.cells].map(c => c.innerText.trim()))])")
                await page.set_viewport_size({"width": 1200, "height": 900})
                await page.screenshot(path=str(tmp_path / "bulletin.png"), full_page=True)
            finally:
                await ctx.close()
            return h1, tables, errors

    h1, tables, errors = asyncio.run(read())
    assert h1 == bulletin.title
    assert errors == []
    expected = _expected()
    assert [k for k, _ in tables] == [t.key for t in bulletin.tables]
    for key, rows in tables:
        assert rows == expected[key], key
    assert (tmp_path / "bulletin.png").stat().st_size > 20_000


def test_html_escapes_page_text(store: Store, tmp_path: Path) -> None:
    hostile = '<script>alert("x")</script>'
    _record(store, date(2024, 4, 28), _finding("text.typo", "/col/gzdt/x.html", hostile, "x"))
    html = to_html(build_bulletin(store, None, "2024-04"))
    assert hostile not in html and "&lt;script&gt;" in html


# --- the command --------------------------------------------------------------------------------


def test_report_command(store: Store, tmp_path: Path) -> None:
    from robot.cli import app

    (tmp_path / "sites.yaml").write_text(CONFIG, encoding="utf-8")
    db = store.url
    runner = CliRunner()
    for fmt in ("html", "docx", "xlsx", "md"):
        out = tmp_path / f"bulletin.{fmt}"
        res = runner.invoke(app, ["report", "--month", "2024-04", "--config", str(tmp_path / "sites.yaml"),
                                  "--format", fmt, "--out", str(out), "--db", db])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 500
    md = (tmp_path / "bulletin.md").read_text(encoding="utf-8")
    assert "| 2 | 县水利局 | 10 | 4 | 2 | 40.00 |" in md
    res = runner.invoke(app, ["report", "--month", "2024-04", "--out", str(tmp_path / "x.md"), "--db", db])
    assert res.exit_code == 0, res.output  # format from the suffix, sites from the database
    assert "未提供站点配置" in (tmp_path / "x.md").read_text(encoding="utf-8")
    for bad in (["--month", "2024-13"], ["--month", "2024-04", "--format", "pdf"]):
        res = runner.invoke(app, ["report", *bad, "--db", db, "--out", str(tmp_path / "never")])
        assert res.exit_code == 2
        assert "YYYY-MM" in res.output or "pdf" in res.output
        assert not (tmp_path / "never").exists()


@pytest.mark.browser
def test_demo_then_report(tmp_path: Path, chromium: str) -> None:
    """``zwgk-robot demo`` then ``zwgk-robot report --month 2024-04``: the demo's units are counted."""
    from robot.demo.launch import demo_config

    db = f"sqlite:///{tmp_path / 'zwgk.db'}"
    run = subprocess.run([sys.executable, "-m", "robot", "demo", "--db", db, "--evidence", str(tmp_path / "ev")],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    # the demo leaves the config it ran with, and says how to make the bulletin from it
    rendered = tmp_path / "ev" / "demo-sites.yaml"
    assert "{base}" not in rendered.read_text(encoding="utf-8")
    assert f"--config {rendered}" in run.stdout
    rep = subprocess.run([sys.executable, "-m", "robot", "report", "--month", "2024-04", "--config", str(rendered),
                          "--db", db, "--format", "md", "--out", "bulletin.md"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert rep.returncode == 0, rep.stderr
    md = (tmp_path / "bulletin.md").read_text(encoding="utf-8")
    assert md.startswith("# 演示县政府网站和政务新媒体2024年4月检查情况通报")
    with Store(db) as s:
        b = build_bulletin(s, demo_config("http://127.0.0.1:8130/"), "2024-04")
    demo_units = {u.name for u in demo_config("http://127.0.0.1:8130/").site("demo").units}
    assert {u.name for u in b.units} == demo_units == {"县政府办公室", "县财政局", "县人力资源和社会保障局", "县发展和改革委员会"}
    for name in demo_units:
        assert f"| {name} |" in md
    office = next(u for u in b.units if u.name == "县政府办公室")
    assert office.month_count > 0 and office.year_count >= office.month_count and office.annual_quota == 120
    letters = b.letters[0]
    assert letters.received > 0 and letters.answered <= letters.received
    assert len(b.table("monitoring").rows) > 0 and len(b.table("rectification").rows) > 0

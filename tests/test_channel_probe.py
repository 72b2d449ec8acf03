"""Channel probes on real Chromium against local sites: boards, the request form, the guide."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from robot.channels.probe import ProbeOptions, probe, probe_channel, replied_state
from robot.config import Defaults, SiteConfig
from robot.demo.server import DEMO_SITE, Request, Response, SiteServer
from robot.gather.browser import BrowserSession, BrowserSettings
from robot.snapshots import ChannelSnapshot

pytestmark = pytest.mark.browser
AS_OF = date(2024, 4, 30)


@pytest.fixture(scope="module")
def demo() -> Iterator[SiteServer]:
    with SiteServer(DEMO_SITE) as server:
        yield server


def _site(server: SiteServer, **kw: Any) -> SiteConfig:
    data = {"id": "demo", "name": "演示县人民政府网", "url": server.url("/"), "owner": "演示县人民政府办公室",
            "jurisdiction": "演示县",
            "contact": {"unit": "演示县人民政府办公室", "address": "演示县城关镇人民大道88号县行政中心2号楼301室",
                        "phone": "0790-6123456", "fax": "0790-6123457"}, **kw}
    return SiteConfig.model_validate(data)


def _probe(kind: str, site: SiteConfig, url: str, as_of: date = AS_OF) -> ChannelSnapshot:
    async def run() -> ChannelSnapshot:
        async with BrowserSession(BrowserSettings(timeout_s=8)) as b:
            ctx = await b.new_context()
            snap, problems = await probe_channel(kind, ctx, site, url, ProbeOptions(as_of=as_of, timeout_s=8))
            assert not problems
            await ctx.close()
            return snap

    return asyncio.run(run())


def test_demo_board_letters_and_working_days(chromium: str, demo: SiteServer) -> None:
    snap = _probe("message_board", _site(demo), "/hdjl/ldxx/")
    assert snap.available and snap.write_ok is True
    assert [p.rsplit("/", 1)[-1] for p in snap.list_pages] == ["", "index_1.html"]  # both list pages
    got = {m.submitted.isoformat() if m.submitted else None: (m.replied, m.workdays_to_reply) for m in snap.messages}
    # counted by hand from the State Council notices for 2024
    assert got == {
        "2024-04-29": (None, 1),
        "2024-04-24": (date(2024, 4, 26), 2),
        "2024-04-19": (None, 8),  # Sun 28 Apr 2024 was a workday
        "2024-04-15": (date(2024, 4, 17), 2),
        "2024-04-08": (date(2024, 4, 9), 1),
        "2024-04-03": (date(2024, 4, 8), 2),  # 4-6 Apr off (Qingming), Sun 7 Apr worked
        "2024-03-27": (date(2024, 4, 8), 7),
        "2024-03-18": (date(2024, 3, 19), 1),
        "2024-02-26": (date(2024, 2, 28), 2),
        "2024-02-06": (date(2024, 2, 19), 5),  # 10-17 Feb off, Sun 18 Feb worked
        "2024-01-15": (None, 73),
    }


JSON_BOARD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>网上留言_测试县</title></head><body>
<div class="head">测试县人民政府 电话：0797-7177965</div>
<div id="app"><div class="grid"></div></div>
<script>
fetch('/board/data.json').then(r => r.json()).then(rows => {
  document.querySelector('.grid').innerHTML = rows.map(r =>
    `<div class="row"><a class="t" href="/board/${r.id}.html">${r.title}</a><span class="d">${r.sent}</span>` +
    `<span class="s">${r.state}</span></div>`).join('');
});
</script>
<p><a href="/board/write.html">我要留言</a></p>
<div class="foot">© 2024 测试县人民政府 版权所有</div></body></html>"""

LETTER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><div class="info">发布时间：2024-11-01</div>
<p>留言时间：{sent}</p><p>留言内容：请尽快处理。</p>
{reply}
</body></html>"""

WRITE_NO_SUBMIT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>我要留言</title></head><body>
<form action="/board/send"><label>标题 <input name="bt"></label><label>内容 <textarea name="nr"></textarea></label>
</form><p>系统维护中</p></body></html>"""


@pytest.fixture(scope="module")
def json_board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    root: Path = tmp_path_factory.mktemp("jsonboard")
    (root / "board").mkdir()
    letters = [  # around the 2024 National Day holiday: 1-7 Oct off, Sun 29 Sep and Sat 12 Oct worked
        ("1", "关于国庆期间景区停车的咨询", "2024-09-27 16:05", "2024年10月9日", "已回复"),  # 29, 30 Sep, 8, 9 Oct = 4
        ("2", "反映小区供水不稳的问题", "2024-09-20", "2024-10-09", "已回复"),  # 23-27, 29, 30 Sep, 8, 9 Oct = 9
        ("3", "咨询社保卡补办", "2024-10-10", "2024-10-12", "已回复"),  # 11 Oct, Sat 12 Oct (worked) = 2
        ("4", "关于路灯维修的建议", "2024-10-24", None, "办理中"),  # open on 31 Oct: 25, 28-31 Oct = 5
        ("5", "关于农村道路硬化的建议", "2024-10-21", None, "未回复"),  # open: 22-25, 28-31 Oct = 8
    ]
    rows = []
    for lid, title, sent, replied, state in letters:
        rows.append({"id": lid, "title": title, "sent": sent[:10].replace("年", "-"), "state": state})
        reply = f"<h3>回复内容</h3><p>已安排处理。</p><p>答复时间：{replied}</p>" if replied else \
            "<h3>回复内容</h3><p>暂无回复</p>"
        (root / "board" / f"{lid}.html").write_text(LETTER.format(title=title, sent=sent, reply=reply), "utf-8")
    (root / "board" / "index.html").write_text(JSON_BOARD, "utf-8")
    (root / "board" / "data.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    (root / "board" / "write.html").write_text(WRITE_NO_SUBMIT, "utf-8")
    with SiteServer(root) as server:
        yield server


def test_json_fed_board_with_dates_on_letter_pages(chromium: str, json_board: SiteServer) -> None:
    site = SiteConfig.model_validate({"id": "t", "name": "测试县", "url": json_board.url("/")})
    snap = _probe("message_board", site, "/board/", as_of=date(2024, 10, 31))
    days = {m.url.rsplit("/", 1)[-1]: m.workdays_to_reply for m in snap.messages}
    assert days == {"1.html": 4, "2.html": 9, "3.html": 2, "4.html": 5, "5.html": 8}
    assert snap.write_ok is False and "提交" in snap.write_problem  # the form has no submit control


def test_unreachable_board_is_reported(chromium: str, demo: SiteServer) -> None:
    snap = _probe("message_board", _site(demo), "/status/500")
    assert not snap.available and snap.status == 500


def test_form_is_filled_but_never_submitted_without_allow_submit(chromium: str, demo: SiteServer) -> None:
    demo.clear_requests()
    snap = _probe("application", _site(demo), "/xxgk/ysqgk/")
    assert snap.form is not None and snap.form.source == "html"
    assert snap.form.fillable and snap.form.submit_control and not snap.form.submitted
    assert snap.form.missing == ("受理机关",)  # planted in the demo form
    assert [r for r in demo.requests if r[0] == "POST"] == []
    assert demo.count("/xxgk/ysqgk/submit.html") == 0


def test_form_is_submitted_where_allowed_and_the_round_trip_timed(chromium: str, demo: SiteServer) -> None:
    demo.clear_requests()
    snap = _probe("application", _site(demo, allow_submit=True), "/xxgk/ysqgk/")
    assert snap.form is not None and snap.form.submitted
    assert ("POST", "/xxgk/ysqgk/submit.html") in demo.requests
    assert snap.form.submit_ms is not None and snap.form.submit_ms > 0
    assert "提交成功" in snap.form.receipt_text


def test_guide_probe_and_scenario_entry_point(chromium: str, demo: SiteServer) -> None:
    site = _site(demo)

    async def run() -> Any:
        async with BrowserSession(BrowserSettings(timeout_s=8)) as b:
            ctx = await b.new_context()
            out = await probe("guide", ctx, site, "/xxgk/xxgkzn/", as_of=AS_OF)
            await ctx.close()
            return out

    outcome = asyncio.run(run())
    g = outcome.snapshot.guide
    assert g is not None and g.unit == "演示县人民政府办公室" and g.fax == "0790-6123457"
    assert [f.rule for f in outcome.findings] == ["guide.wrong_contact"]  # the planted phone 0790-6213456


# --- a list filled by a late request; a 申请表 fetched with a user agent in Chinese ------------

BOARDS = Path(__file__).resolve().parent / "fixtures" / "boards"
FORMS = Path(__file__).resolve().parent / "fixtures" / "forms"
LATE_LETTERS = [  # (id, sent, replied); 3 a page. National Day 2024: 1-7 Oct off, Sun 29 Sep worked
    [(101, "2024-10-28", None), (102, "2024-10-21", "2024-10-23"), (103, "2024-10-14", "2024-10-22")],
    [(104, "2024-09-27", "2024-10-09"), (105, "2024-09-20", "2024-10-09"), (106, "2024-09-10", "2024-09-12")],
    [(107, "2024-09-02", "2024-09-05")],
]


@pytest.fixture(scope="module")
def late_board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A board whose rows and pager arrive from a JSON request answered 0.8 s after the page."""
    root: Path = tmp_path_factory.mktemp("lateboard")
    (root / "sjxx").mkdir()
    (root / "sjxx" / "index.html").write_text((BOARDS / "late_json_list.html").read_text("utf-8"), "utf-8")

    def listing(req: Request) -> Response:
        pn = int(req.query.get("pn", "1") or 1)
        items = [{"mid": mid, "subject": f"第{mid}号来信", "ask": sent, "ans": replied}
                 for mid, sent, replied in LATE_LETTERS[pn - 1]]
        body = json.dumps({"pages": len(LATE_LETTERS), "items": items}, ensure_ascii=False)
        return Response(body=body, content_type="application/json; charset=utf-8", delay_ms=800)

    with SiteServer(root) as server:
        server.add_route("/sjxx/api/list", listing)
        yield server


def test_board_list_filled_by_a_late_request_is_read_on_every_page(chromium: str, late_board: SiteServer) -> None:
    site = SiteConfig.model_validate({"id": "t", "name": "梅岭县", "url": late_board.url("/")})
    snap = _probe("message_board", site, "/sjxx/", as_of=date(2024, 10, 31))
    assert [p.rsplit("/", 1)[-1] for p in snap.list_pages][:3] == ["", "?pn=2", "?pn=3"]
    days = {m.url.rsplit("=", 1)[-1]: m.workdays_to_reply for m in snap.messages}
    assert days == {"101": 3, "102": 2, "103": 6, "104": 4, "105": 9, "106": 2, "107": 3}


UA_IN_CHINESE = Defaults().user_agent  # names 政务公开巡检: outside Latin-1


@pytest.fixture(scope="module")
def docx_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, list[str]]]:
    """依申请公开 page whose only form is a downloadable .docx 申请表 (no 获取方式 row)."""
    root: Path = tmp_path_factory.mktemp("docxsite")
    (root / "ysqgk").mkdir()
    (root / "ysqgk" / "index.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>依申请公开_梅岭县林业局</title></head><body>'
        '<div class="main"><h2>依申请公开</h2><p>申请人可下载申请表，填写后当面或邮寄提交。</p>'
        '<ul><li><a href="/ysqgk/P020240101000000000001.docx">梅岭县林业局政府信息公开申请表下载</a></li></ul>'
        '</div></body></html>', "utf-8")
    agents: list[str] = []
    data = (FORMS / "apply_no_delivery.docx").read_bytes()

    def document(req: Request) -> Response:
        agents.append(req.headers.get("user-agent", ""))
        return Response(body=data, content_type="application/vnd.openxmlformats-officedocument."
                                                "wordprocessingml.document")

    with SiteServer(root) as server:
        server.add_route("/ysqgk/P020240101000000000001.docx", document)
        yield server, agents


def test_docx_form_downloaded_with_a_user_agent_in_chinese(chromium: str,
                                                           docx_site: tuple[SiteServer, list[str]]) -> None:
    server, agents = docx_site
    site = SiteConfig.model_validate({"id": "t", "name": "梅岭县林业局", "url": server.url("/")})

    async def run() -> ChannelSnapshot:
        async with BrowserSession(BrowserSettings(timeout_s=8, user_agent=UA_IN_CHINESE)) as b:
            ctx = await b.new_context()
            snap, _ = await probe_channel("application", ctx, site, "/ysqgk/", ProbeOptions(as_of=AS_OF, timeout_s=8))
            await ctx.close()
            return snap

    snap = asyncio.run(run())
    assert snap.form is not None and snap.form.problem == ""
    assert snap.form.source == "docx" and snap.form.fillable
    assert snap.form.missing == ("获取方式",)
    # the same bytes the browser sends when it navigates (the server reads them as Latin-1)
    assert [a.encode("latin-1").decode("utf-8") for a in agents] == [UA_IN_CHINESE]


@pytest.mark.parametrize(("state", "answered"), [
    ("不予受理", True), ("已解决", True), ("已结案", True), ("已受理", False), ("已转办", False), ("待回复", False),
])
def test_final_and_open_states(state: str, answered: bool) -> None:
    """不予受理 is the board's final answer: the letter's page gives its date, it is not open."""
    assert replied_state(state) is answered

"""Issue 5's acceptance on the bundled demo portal: ``pytest --zwgk-rectify`` after fixing one planted
problem of each kind.

A copy of robot/demo/site is inspected (as of 2024-04-30) into a scratch database; then, on disk,
exactly one planted instance of each rule kind is fixed (``FIXES``: in the copied portal, or for
column.unmonitored in the copied sites config, where that fix belongs) and ``pytest --zwgk-rectify``
re-checks every open finding (as of 2024-05-06): exactly the fixed findings pass and are stored
rectified on 2024-05-06 with fresh evidence, every other one fails naming its fresh evidence, and
no other finding changes state. Then one more link is fixed (and, as a trap, one more image too)
and a partial inspection (``checks=["link"]``) rectifies that link only: nothing outside its scope.

Kinds left unfixed (``UNFIXED``), and why:

* ``site.slow``: the 图片新闻 column is served through the server's ``/slow/3500/`` behaviour; the
  delay is the server's, not a file's, so nothing on disk can make that page fast;
* ``column.missing``: 专题专栏 is gone from the site while sites.yaml still lists it; its
  rectification is the monitoring list's (drop it from the config) or re-creating a whole column,
  neither of which is fixing a page of the portal. Left open, it is also the finding whose
  re-check goes through the scratch inspection and must fail with that inspection's evidence.
"""

from __future__ import annotations

import re
import shutil
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from robot.api import inspect
from robot.config import parse_config
from robot.demo import PLANTED_YAML, SITE_DIR, render_config
from robot.demo.server import SiteServer
from robot.store import Store

pytest_plugins = ["pytester"]

FOUND_ON = date(2024, 4, 30)  # the demo's data is dated for this day
RECHECKED_ON = date(2024, 5, 6)  # the 复核 (pytest --zwgk-rectify)
PARTIAL_ON = date(2024, 5, 7)  # the partial inspection (links only)

Key = tuple[str, str, str | None]  # (rule, url path, target) as robot/demo/planted.yaml spells them


# --- fixing the portal on disk ---------------------------------------------------------------------


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == count, f"{path}: expected {count}× {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _add_entry(site: Path, column: str, template: str, article: str, title: str, day: date) -> None:
    """Publish an article in a column: its page (from a template article) and the list's first row."""
    page = (site / template).read_text(encoding="utf-8")
    page = re.sub(r'<h1 class="arttitle">[^<]*</h1>', f'<h1 class="arttitle">{title}</h1>', page, count=1)
    page = re.sub(r"<title>[^<_]*_", f"<title>{title}_", page, count=1)
    page = re.sub(r"发布时间：\d{4}-\d\d-\d\d", f"发布时间：{day.isoformat()}", page, count=1)
    target = site / "col" / column / article
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    href = "./" + article
    _edit(site / "col" / column / "index.html", '<ul class="list">\n',
          f'<ul class="list">\n<li><a href="{href}" target="_blank" title="{title}">{title}</a>'
          f"<span>{day.isoformat()}</span></li>\n")


def fix_link(site: Path, config: Path) -> None:
    # the 相关阅读 link pointed at an article that does not exist: point it at the right one
    _edit(site / "col/gzdt/202404/t20240415_4460685.html",
          '<a href="/col/gzdt/202403/t20240311_4498765.html" target="_blank">我县举办2024年“春风行动”专场招聘会</a>',
          '<a href="/col/gzdt/202403/t20240312_4460224.html" target="_blank">全县2024年义务植树活动举行</a>')


def fix_image(site: Path, config: Path) -> None:
    # the photo was never uploaded (404): upload a real one
    shutil.copy(site / "col/gzdt/202404/W020240428165093827416.jpg", site / "col/gzdt/202404/W020240410563214789654.jpg")


def fix_column_blank(site: Path, config: Path) -> None:
    # 建议提案 said 暂无信息: publish a reply to a proposal
    _add_entry(site, "jyta", "col/tzgg/202404/t20240425_4460905.html", "202405/t20240506_4470001.html",
               "对县政协十届三次会议第12号提案的答复", date(2024, 5, 6))
    _edit(site / "col/jyta/index.html", '<div class="nodata">暂无信息</div>\n', "")


def fix_column_overdue(site: Path, config: Path) -> None:
    # 乡镇动态's newest was 2024-03-20: publish a fresh one
    _add_entry(site, "xzdt", "col/xzdt/202403/t20240320_4460325.html", "202405/t20240505_4470011.html",
               "西河镇开展防汛应急演练", date(2024, 5, 5))


def fix_column_due_soon(site: Path, config: Path) -> None:
    _add_entry(site, "bmdt", "col/bmdt/202404/t20240415_4460674.html", "202405/t20240506_4470021.html",
               "县市场监管局开展食品安全专项检查", date(2024, 5, 6))


def fix_column_unmonitored(site: Path, config: Path) -> None:
    # 营商环境 is in the navigation but not monitored: the fix is listing it in the sites config
    _edit(config, "      - {name: 公共服务, url: /col/ggfw/, category: other}\n",
          "      - {name: 公共服务, url: /col/ggfw/, category: other}\n"
          "      - {name: 营商环境, url: /col/yshj/, category: other}\n")


def _answer_letter(site: Path, page: str, sent: str, old_row: str, reply: str) -> None:
    """Answer a letter of 领导信箱 on its page and in the list."""
    _edit(site / "hdjl/ldxx" / page, old_row,
          f'<tr><th>回复单位</th><td>县住房和城乡建设局</td><th>回复时间</th><td>{reply}</td></tr>'
          '<tr><th>回复内容</th><td colspan="3">您好！我县已出台老旧小区加装电梯补贴办法，请联系所在社区申请。</td></tr>')
    listing = site / "hdjl/ldxx/index_1.html"
    _edit(listing, f'<td>{sent}</td><td></td><td><span class="doing">未回复</span></td>',
          f'<td>{sent}</td><td>{reply}</td><td><span class="done">已回复</span></td>')


def fix_interaction_unreplied(site: Path, config: Path) -> None:
    # the letter of 2024-01-15 (never answered) gets its answer: this one fix is the one
    # interaction.unreplied instance fixed and the interaction.unreplied_3_months one as well
    _answer_letter(site, "202401/t20240115_310.html", "2024-01-15",
                   '<tr><th>办理状态</th><td colspan="3">未回复</td></tr>', "2024-05-06")


def fix_reply_overdue(site: Path, config: Path) -> None:
    # the letter of 2024-03-27 was answered on 2024-04-02 (4 working days); the portal showed the
    # date its reply was edited (2024-04-08): correct the reply date on the page and in the list
    _edit(site / "hdjl/ldxx/202403/t20240327_306.html", "<th>回复时间</th><td>2024-04-08</td>",
          "<th>回复时间</th><td>2024-04-02</td>")
    _edit(site / "hdjl/ldxx/index.html", "<td>2024-03-27</td><td>2024-04-08</td>", "<td>2024-03-27</td><td>2024-04-02</td>")


def fix_application(site: Path, config: Path) -> None:
    _edit(site / "xxgk/ysqgk/index.html", "<!-- planted: no 受理机关 field (application.form_missing_field) -->",
          '<tr><th><label for="sljg"><em>*</em>受理机关</label></th><td><select id="sljg" name="sljg">'
          "<option>演示县人民政府办公室</option></select></td></tr>")


def fix_guide(site: Path, config: Path) -> None:
    _edit(site / "xxgk/xxgkzn/index.html", "<tr><th>联系电话</th><td>0790-6213456</td></tr>",
          "<tr><th>联系电话</th><td>0790-6123456</td></tr>")


PRIVACY_PAGE = "col/tzgg/202404/t20240412_4469002.html"


def fix_privacy_id(site: Path, config: Path) -> None:
    _edit(site / PRIVACY_PAGE, "身份证号码：360722198503160423", "身份证号码：3607**********0423")


def fix_privacy_phone(site: Path, config: Path) -> None:
    _edit(site / PRIVACY_PAGE, "联系电话：13979712345", "联系电话：139****2345")


def fix_text_sensitive(site: Path, config: Path) -> None:
    _edit(site / PRIVACY_PAGE, "《中华人民共合国社会救助暂行办法》", "《中华人民共和国社会救助暂行办法》")


MEETING_PAGE = "col/gzdt/202404/t20240425_4469001.html"


def fix_text_typo(site: Path, config: Path) -> None:
    _edit(site / MEETING_PAGE, "截止目前", "截至目前")


def fix_meeting_late(site: Path, config: Path) -> None:
    # the report misdated the meeting (held on 22 April, published on the 25th)
    _edit(site / MEETING_PAGE, "<p>4月2日，全县安全生产工作会议", "<p>4月22日，全县安全生产工作会议")


LETTER_310 = "/hdjl/ldxx/202401/t20240115_310.html"
LETTER_310_TITLE = "关于老旧小区加装电梯补贴政策的咨询"

# rule kind → (the one planted instance fixed, how)
FIXES: dict[str, tuple[Key, Callable[[Path, Path], None]]] = {
    "link.broken": (("link.broken", "/col/gzdt/202404/t20240415_4460685.html",
                     "/col/gzdt/202403/t20240311_4498765.html"), fix_link),
    "image.broken": (("image.broken", "/col/gzdt/202404/t20240410_4460576.html",
                      "/col/gzdt/202404/W020240410563214789654.jpg"), fix_image),
    "column.blank": (("column.blank", "/col/jyta/", "建议提案"), fix_column_blank),
    "column.overdue": (("column.overdue", "/col/xzdt/", "乡镇动态"), fix_column_overdue),
    "column.due_soon": (("column.due_soon", "/col/bmdt/", "部门动态"), fix_column_due_soon),
    "column.unmonitored": (("column.unmonitored", "/col/yshj/", "营商环境"), fix_column_unmonitored),
    "interaction.unreplied": (("interaction.unreplied", LETTER_310, LETTER_310_TITLE), fix_interaction_unreplied),
    # the same answer fixes it (see fix_interaction_unreplied): nothing more to do
    "interaction.unreplied_3_months": (("interaction.unreplied_3_months", LETTER_310, LETTER_310_TITLE),
                                       lambda site, config: None),
    "interaction.reply_overdue": (("interaction.reply_overdue", "/hdjl/ldxx/202403/t20240327_306.html",
                                   "关于在口袋公园增设健身器材的建议"), fix_reply_overdue),
    "application.form_missing_field": (("application.form_missing_field", "/xxgk/ysqgk/", "受理机关"),
                                       fix_application),
    "guide.wrong_contact": (("guide.wrong_contact", "/xxgk/xxgkzn/", "电话"), fix_guide),
    "privacy.id_number": (("privacy.id_number", "/" + PRIVACY_PAGE, "3607**********0423"), fix_privacy_id),
    "privacy.phone": (("privacy.phone", "/" + PRIVACY_PAGE, "139****2345"), fix_privacy_phone),
    "text.sensitive": (("text.sensitive", "/" + PRIVACY_PAGE, "中华人民共合国"), fix_text_sensitive),
    "text.typo": (("text.typo", "/" + MEETING_PAGE, "截止目前"), fix_text_typo),
    "meeting.late": (("meeting.late", "/" + MEETING_PAGE, "全县安全生产工作会议召开"), fix_meeting_late),
}
UNFIXED = {
    "site.slow": "served through the server's /slow/3500/ behaviour: no file makes it fast",
    "column.missing": "the config lists a column the site dropped: a monitoring-list change, not a page fix",
}
# before the partial run (links only): one more link (the notice's missing PDF is uploaded) and,
# outside the run's scope, one more image (a real chart replaces the broken one), which the partial
# run must leave open
PARTIAL_LINK: Key = ("link.broken", "/col/tzgg/202404/t20240422_4460816.html",
                     "/col/tzgg/202404/P020240422391245678901.pdf")
PARTIAL_TRAP: Key = ("image.broken", "/col/zdly/202404/t20240416_4460722.html",
                     "/col/zdly/202404/W020240416208375196432.png")


# --- helpers ---------------------------------------------------------------------------------------


def _key(rule: str, url: str, target: str | None, base: str) -> Key:
    """A finding as planted.yaml names it: in-site URLs as path (+ query)."""
    def local(u: str) -> str:
        return "/" + u[len(base):] if u.startswith(base) else u
    return rule, local(url), local(target) if target and rule.startswith(("link.", "image.")) else target


def _state(store: Store) -> dict[int, tuple[Any, ...]]:
    """What a finding's state is: status, its dates, evidence and the number of its events."""
    return {r.id: (r.status, r.status_reason, r.rectified_at, r.first_seen, r.last_seen, tuple(r.evidence),
                   len(store.events(r.id)))
            for r in store.findings(status="all")}


@pytest.mark.browser
def test_rectify_one_fix_per_kind_on_the_demo_portal(chromium: str, tmp_path: Path,
                                                     pytester: pytest.Pytester) -> None:
    timings: dict[str, float] = {}
    planted = {(p["rule"], p["url_path"], p["target"])
               for p in yaml.safe_load(PLANTED_YAML.read_text(encoding="utf-8"))}
    kinds = {k[0] for k in planted}
    assert set(FIXES) | set(UNFIXED) == kinds and not set(FIXES) & set(UNFIXED)
    assert all(key in planted and key[0] == kind for kind, (key, _fix) in FIXES.items())
    assert PARTIAL_LINK in planted and PARTIAL_TRAP in planted

    site = tmp_path / "site"
    shutil.copytree(SITE_DIR, site)
    db = f"sqlite:///{tmp_path / 'zwgk.db'}"
    config_file = tmp_path / "sites.yaml"
    with SiteServer(site) as server:
        base = server.base.rstrip("/") + "/"
        config_file.write_text(render_config(base), encoding="utf-8")

        # 1. the inspection finds exactly what is planted
        t = time.monotonic()
        result = inspect(parse_config(config_file.read_text(encoding="utf-8"), str(config_file)), db_url=db,
                         evidence_dir=tmp_path / "evidence", as_of=FOUND_ON)
        timings["inspection"] = time.monotonic() - t
        assert result.site_complete == {"demo": True} and not result.errors, result.errors
        with Store(db) as store:
            records = store.findings(status="all")
            by_key = {_key(r.rule, r.url, r.target, base): r for r in records}
            assert set(by_key) == planted, (set(by_key) ^ planted)
            assert all(r.status == "open" for r in records)
            before = _state(store)
        fixed_ids = {by_key[key].id for key, _fix in FIXES.values()}
        assert len(fixed_ids) == len(FIXES)

        # 2. one planted instance of each kind fixed on disk; 复核
        for _fixed, fix in FIXES.values():
            fix(site, config_file)
        junit = tmp_path / "junit.xml"
        fresh = tmp_path / "fresh"
        t = time.monotonic()
        run = pytester.runpytest("--zwgk-rectify", "--zwgk-db", db, "--zwgk-config", str(config_file),
                                 "--zwgk-as-of", RECHECKED_ON.isoformat(), "--zwgk-evidence", str(fresh),
                                 f"--junitxml={junit}", "-rA", "-p", "no:cacheprovider", "--durations=8",
                                 "--durations-min=1")
        timings["rectify run"] = time.monotonic() - t
        out = run.stdout.str()

        cases: dict[int, tuple[bool, str, dict[str, list[str]]]] = {}
        for case in ET.parse(junit).getroot().iter("testcase"):
            props: dict[str, list[str]] = {}
            for e in case.iter("property"):
                props.setdefault(e.get("name") or "", []).append(e.get("value") or "")
            failure = case.find("failure")
            text = "" if failure is None else (failure.get("message") or "") + (failure.text or "")
            cases[int(props["finding_id"][0])] = (failure is not None, text, props)
        assert set(cases) == set(before), out  # every finding re-checked, none skipped
        outcome = {f"{r.rule} {_key(r.rule, r.url, r.target, base)[1:]}": "FAILED" if cases[r.id][0] else "passed"
                   for r in records}
        for line in sorted(outcome.items()):
            print(*line)
        if "slowest" in out:  # the inner run's slowest re-checks
            print(out[out.find("slowest"):out.find("short test summary")].rstrip("= \n"))
        wrong = {f"{r.id} {r.rule} {r.url} {r.target}": cases[r.id][1][:600] or "passed"
                 for r in records if cases[r.id][0] == (r.id in fixed_ids)}
        assert not wrong, wrong
        run.assert_outcomes(passed=len(fixed_ids), failed=len(records) - len(fixed_ids))

        with Store(db) as store:
            after = _state(store)
            for r in store.findings(status="all"):
                if r.id in fixed_ids:  # rectified on the re-check's day with its fresh evidence
                    assert r.status == "rectified" and r.rectified_at == RECHECKED_ON, r
                    new = [p for p in r.evidence if p not in before[r.id][5]]
                    assert new and all(p.startswith(str(fresh / "rectify-")) and Path(p).is_file() for p in new), r
                    assert new == cases[r.id][2]["evidence"]
                    last = store.events(r.id)[-1]
                    assert (last["to_status"], last["actor"], last["evidence"]) == ("rectified", "pytest", new)
                    assert len(store.events(r.id)) == before[r.id][6] + 1
                else:  # failed naming its fresh evidence; nothing about it changed
                    failed_text = cases[r.id][1]
                    assert "仍存在（still present）" in failed_text, failed_text
                    shown = re.findall(r"evidence: (\S+)", failed_text)
                    assert shown and all(p.startswith(str(fresh / "rectify-")) and Path(p).is_file() for p in shown)
                    assert after[r.id] == before[r.id], r

        # 3. a partial inspection (links only) after one more link and one more image are fixed
        (site / str(PARTIAL_LINK[2]).lstrip("/")).write_bytes((site / "col/tzgg/202403/P020240305612094738165.pdf")
                                                          .read_bytes())
        shutil.copy(site / "col/czzj/202404/W020240412836105724938.png", site / str(PARTIAL_TRAP[2]).lstrip("/"))
        t = time.monotonic()
        partial = inspect(parse_config(config_file.read_text(encoding="utf-8"), str(config_file)), db_url=db,
                          evidence_dir=tmp_path / "evidence", as_of=PARTIAL_ON, checks=["link"])
        timings["partial run"] = time.monotonic() - t
        assert partial.site_complete == {"demo": True} and not partial.errors, partial.errors

    with Store(db) as store:
        final = _state(store)
        last_state = {r.id: r for r in store.findings(status="all")}
    assert set(final) == set(before), "the partial run found something new"
    partial_id = by_key[PARTIAL_LINK].id
    changed = {i for i in before if final[i][:3] != after[i][:3]}  # status, reason, 整改日期
    assert changed == {partial_id}, {i: (last_state[i].rule, last_state[i].url, last_state[i].target) for i in changed}
    assert last_state[partial_id].status == "rectified" and last_state[partial_id].rectified_at == PARTIAL_ON
    last = store_events(db, partial_id)[-1]
    assert (last["to_status"], last["actor"]) == ("rectified", "robot")
    outside = {i for i in before if not last_state[i].rule.startswith("link.")}
    assert all(final[i] == after[i] for i in outside)  # not even last seen, evidence or an event
    assert last_state[by_key[PARTIAL_TRAP].id].status == "open"  # fixed, but outside the partial run's scope

    for name, seconds in timings.items():
        print(f"timing: {name} {seconds:.1f} s")


def store_events(db: str, finding_id: int) -> list[dict[str, Any]]:
    with Store(db) as store:
        return store.events(finding_id)


@pytest.mark.browser
def test_rectify_does_not_take_a_worse_problem_for_a_fixed_one(chromium: str, tmp_path: Path,
                                                                pytester: pytest.Pytester) -> None:
    """Two re-checks that once passed wrongly: 部门动态's due-soon warning re-checked after its
    deadline (the column is now overdue: escalated, not rectified), and a slow page that now gives
    no answer at all (not timed is not fast). Both fail; neither is recorded rectified."""
    from robot.findings import Finding, Severity

    db = f"sqlite:///{tmp_path / 'zwgk.db'}"
    config_file = tmp_path / "sites.yaml"
    with SiteServer(SITE_DIR) as server:  # the untouched demo portal, read only
        base = server.base.rstrip("/") + "/"
        config_file.write_text(render_config(base).replace("timeout_s: 15", "timeout_s: 3"), encoding="utf-8")
        with Store(db) as store:
            run_id = store.start_run(FOUND_ON, ["demo"], [])
            store.record_findings(run_id, FOUND_ON, "demo", [
                Finding("column.due_soon", Severity.LOW, "demo", base + "col/bmdt/", "栏目「部门动态」即将超期",
                        target="部门动态"),
                Finding("site.slow", Severity.LOW, "demo", base + "hang", "页面响应缓慢：3500 毫秒"),
            ], {}, scope_rules=None, complete=False)
            store.finish_run(run_id, complete=True)
        run = pytester.runpytest("--zwgk-rectify", "--zwgk-db", db, "--zwgk-config", str(config_file),
                                 "--zwgk-as-of", RECHECKED_ON.isoformat(), "--zwgk-evidence", str(tmp_path / "fresh"),
                                 "-p", "no:cacheprovider")
    out = run.stdout.str()
    run.assert_outcomes(failed=2)
    assert "仍存在（still present）: column.due_soon" in out and "now overdue (超期)" in out, out
    assert "无法复核（could not be re-checked）: site.slow" in out and "could not be timed" in out, out
    with Store(db) as store:
        assert {r.status for r in store.findings(status="all")} == {"open"}

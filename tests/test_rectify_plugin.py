"""The pytest plugin: ``pytest --zwgk-rectify`` re-checks stored findings (复核); scenarios are tests."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from robot.api import inspect
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.store import Store

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "rectify"
PLANTED = {"link.broken", "image.broken", "column.blank", "interaction.unreplied", "application.form_missing_field"}
FIXED = {"link.broken", "interaction.unreplied"}
FOUND_ON = date(2024, 4, 30)
RECHECKED_ON = date(2024, 5, 6)


def _fix(site: Path) -> None:
    """Rectify two of the planted problems on disk: upload the attachment, answer the letter."""
    (site / "files").mkdir(exist_ok=True)
    (site / "files" / "notice.pdf").write_bytes(b"%PDF-1.4\n% 2024 work plan\n%%EOF\n")
    board = site / "hdjl" / "lyb" / "index.html"
    html = board.read_text(encoding="utf-8")
    old = "<td>2024-04-01</td><td></td><td>办理中</td>"
    assert old in html
    board.write_text(html.replace(old, "<td>2024-04-01</td><td>2024-04-03</td><td>已回复</td>"), encoding="utf-8")


@pytest.mark.browser
def test_rectify_rechecks_each_finding(chromium: str, tmp_path: Path, pytester: pytest.Pytester) -> None:
    site = tmp_path / "site"
    shutil.copytree(FIXTURE / "site", site)
    db = f"sqlite:///{tmp_path / 'zwgk.db'}"
    with SiteServer(site) as server:
        text = (FIXTURE / "sites.yaml").read_text(encoding="utf-8").replace("{base}", server.base)
        config_file = tmp_path / "sites.yaml"
        config_file.write_text(text, encoding="utf-8")
        result = inspect(parse_config(text, str(config_file)), db_url=db, evidence_dir=tmp_path / "evidence",
                         as_of=FOUND_ON, checks=["link", "image", "column", "interaction", "application"])
        assert {f["rule"] for f in result.findings} == PLANTED, result.findings
        with Store(db) as store:
            confirmed = next(r for r in store.findings(rule="image.broken"))
            store.set_status(confirmed.id, "confirmed")  # confirmed findings are re-checked too
            before = {r.rule: r for r in store.findings(status="all")}

        _fix(site)
        junit = tmp_path / "junit.xml"
        evidence = tmp_path / "fresh"
        run = pytester.runpytest("--zwgk-rectify", "--zwgk-db", db, "--zwgk-config", str(config_file),
                                 "--zwgk-as-of", RECHECKED_ON.isoformat(), "--zwgk-evidence", str(evidence),
                                 f"--junitxml={junit}", "-rA")

    out = run.stdout.str()
    run.assert_outcomes(passed=len(FIXED), failed=len(PLANTED - FIXED))
    for rule in PLANTED - FIXED:
        assert f"仍存在（still present）: {rule}" in out, out
    assert "evidence: " + str(evidence / "rectify-") in out  # the failures name their fresh evidence
    assert "整改建议 hint:" in out

    with Store(db) as store:
        after = {r.rule: r for r in store.findings(status="all")}
        for rule in PLANTED:
            r = after[rule]
            if rule in FIXED:
                assert r.status == "rectified" and r.rectified_at == RECHECKED_ON, r
                assert r.first_seen == FOUND_ON
                fresh = [p for p in r.evidence if "/rectify-" in p]
                assert fresh and all(Path(p).is_file() for p in fresh), r.evidence
                last = store.events(r.id)[-1]
                assert last["to_status"] == "rectified" and last["actor"] == "pytest"
                assert last["evidence"] == fresh
            else:  # nothing else changed state
                assert r.status == before[rule].status and r.rectified_at is None, r
                assert len(store.events(r.id)) == len(store.events(before[rule].id))

    cases = ET.parse(junit).getroot().iter("testcase")
    props = {}
    for case in cases:
        p = {e.get("name"): e.get("value") for e in case.iter("property")}
        props[p["rule"]] = (p, case.find("failure") is not None)
    assert set(props) == PLANTED
    for rule, (p, failed) in props.items():
        assert p["fingerprint"] == before[rule].fingerprint and p["finding_id"] == str(before[rule].id)
        assert failed == (rule not in FIXED)

    # a second re-check: the rectified ones are no longer collected
    again = pytester.runpytest("--zwgk-rectify", "--zwgk-db", db, "--zwgk-config", str(config_file),
                               "--zwgk-rule", "link", "--collect-only", "-q")
    assert "no tests collected" in again.stdout.str() or "0 tests collected" in again.stdout.str()


def test_rectify_needs_a_config(pytester: pytest.Pytester) -> None:
    run = pytester.runpytest("--zwgk-rectify")
    assert run.ret == pytest.ExitCode.USAGE_ERROR
    assert "--zwgk-rectify needs --zwgk-config" in run.stderr.str()


def test_store_rectify_keeps_the_lifecycle(tmp_path: Path) -> None:
    from robot.findings import Finding, Severity

    with Store(f"sqlite:///{tmp_path / 'db.sqlite'}") as store:
        run = store.start_run(FOUND_ON, ["t"], [])
        fs = [Finding("link.broken", Severity.HIGH, "t", "http://x.test/", "坏链", target=f"http://x.test/{i}")
              for i in range(2)]
        store.record_findings(run, FOUND_ON, "t", fs, {}, scope_rules=None, complete=False)
        a, b = store.findings()
        store.set_status(b.id, "ignored", reason="误报")
        rec = store.rectify(a.fingerprint, on=RECHECKED_ON, evidence=["e/1.png"])
        assert rec.status == "rectified" and rec.rectified_at == RECHECKED_ON and "e/1.png" in rec.evidence
        with pytest.raises(ValueError, match="ignored"):
            store.rectify(b.fingerprint, on=RECHECKED_ON, evidence=[])
        with pytest.raises(ValueError, match="rectified"):
            store.rectify(a.fingerprint, on=RECHECKED_ON, evidence=[])
        assert store.get_finding(b.id).status == "ignored"  # type: ignore[union-attr]


@pytest.mark.browser
def test_scenarios_are_collected_and_replayed(chromium: str, pytester: pytest.Pytester, tmp_path: Path) -> None:
    folder = pytester.path / "scenarios"
    folder.mkdir()
    shutil.copy(ROOT / "scenarios" / "demo-ysqgk.yaml", folder / "demo-ysqgk.yaml")
    (folder / "demo-broken.yaml").write_text(
        "name: demo-broken\nsite: demo\nsteps:\n  - goto: /\n"
        "  - expect_text: {text: 这段文字不在首页上, locator: {css: body}}\n", encoding="utf-8")
    (folder / "notes.yaml").write_text("title: not a scenario\n", encoding="utf-8")  # not collected
    evidence = tmp_path / "evidence"
    run = pytester.runpytest("scenarios/", "--zwgk-evidence", str(evidence), "--zwgk-as-of", "2024-04-30", "-v")
    run.assert_outcomes(passed=1, failed=1)
    out = run.stdout.str()
    assert "scenarios/demo-ysqgk.yaml::" in out and "PASSED" in out
    assert "step 2 (expect_text" in out and "evidence bundle: " + str(evidence / "replay-demo-broken-") in out
    one = pytester.runpytest("scenarios/demo-ysqgk.yaml", "--zwgk-evidence", str(evidence))
    one.assert_outcomes(passed=1)

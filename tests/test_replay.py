"""Replaying scenarios on the demo portal (served by the test on port 0): the evidence bundle."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from robot.config import Config
from robot.demo.launch import demo_config
from robot.demo.server import DEMO_SITE, SiteServer
from robot.evidence import verify_run
from robot.replay import ReplayResult, mask_personal, replay
from robot.scenarios import load_scenario, parse_scenario

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2024, 4, 30)


def test_mask_personal() -> None:
    assert (
        mask_personal("证件号码360702199001011234，电话13800138000")
        == "证件号码3607**********1234，电话138****8000"
    )
    assert (
        mask_personal("36070219900101123X 138-0013-8000 +86 13900001111")
        == "3607**********123X 138****8000 139****1111"
    )
    # dates, landlines, postcodes and short numbers stay as they are
    assert mask_personal("2024-04-30 0790-6123456 344000 第32次") == "2024-04-30 0790-6123456 344000 第32次"


@pytest.fixture(scope="module")
def portal() -> Iterator[Config]:
    with SiteServer(DEMO_SITE) as server:
        yield demo_config(server.url("/"))


async def _replay(cfg: Config, text_or_path: str | Path, evidence: Path, **kw: Any) -> ReplayResult:
    if isinstance(text_or_path, Path):
        scenario = load_scenario(text_or_path)
    else:
        scenario = parse_scenario(text_or_path, "inline.yaml")
    kw.setdefault("timeout_s", 5)
    return await replay(
        scenario, site=cfg.site("demo"), evidence_dir=evidence, as_of=AS_OF, defaults=cfg.defaults, **kw
    )


def _steps(bundle: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((bundle / "steps.json").read_text(encoding="utf-8"))
    return doc


@pytest.mark.browser
async def test_demo_scenario_bundle(chromium: str, portal: Config, tmp_path: Path) -> None:
    started = time.perf_counter()
    result = await _replay(portal, ROOT / "scenarios" / "demo-ldxx.yaml", tmp_path)
    assert time.perf_counter() - started < 20
    assert (result.status, result.exit_code, result.problems) == ("passed", 0, [])
    bundle = result.bundle
    assert bundle.parent == tmp_path and bundle.name.startswith("replay-demo-ldxx-")

    # the manifest lists every file with its hash, and the CLI's verify agrees
    assert verify_run(bundle) == []
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    assert {
        "trace.zip",
        "network.har",
        "steps.json",
        "findings.json",
        "evidence.html",
        "scenario.yaml",
        "01-goto.png",
        "01-goto.png.json",
    } <= listed

    # steps.json: every step, in order, with its timing, status and page
    doc = _steps(bundle)
    scenario = load_scenario(ROOT / "scenarios" / "demo-ldxx.yaml")
    assert doc["status"] == "passed" and doc["failed_step"] is None
    assert [s["index"] for s in doc["steps"]] == [s.index for s in scenario.steps]
    assert [s["verb"] for s in doc["steps"]] == [s.verb for s in scenario.steps]
    for s in doc["steps"]:
        assert {"index", "verb", "args", "started", "ms", "ok", "error", "url"} <= set(s)
        assert s["ok"] is True and s["error"] is None and s["url"].startswith(portal.sites[0].url)
        assert s["screenshot"] and (bundle / s["screenshot"]).is_file()
    assert [m["name"] for m in doc["measures"]] == ["打开写信页", "填写来信"]
    assert all(m["ms"] >= 0 for m in doc["measures"])
    assert doc["steps"][5]["url"].endswith("/hdjl/ldxx/write.html")  # the click went there
    sidecar = json.loads((bundle / "01-goto.png.json").read_text(encoding="utf-8"))
    assert sidecar["step"] == 1 and sidecar["url"].endswith("/hdjl/ldxx/") and len(sidecar["sha256"]) == 64
    assert sidecar["captured_at"].endswith("+00:00")

    # the trace opens in `playwright show-trace`: actions, DOM snapshots, screencast
    with zipfile.ZipFile(bundle / "trace.zip") as z:
        names = z.namelist()
        events = [json.loads(line) for line in z.read("trace.trace").decode("utf-8").splitlines() if line]
    assert "trace.network" in names and any(n.startswith("screencast/") for n in names)
    kinds = {e["type"] for e in events}
    assert {"context-options", "before", "after", "frame-snapshot"} <= kinds
    har = json.loads((bundle / "network.har").read_text(encoding="utf-8"))
    assert any(e["request"]["url"].endswith("/hdjl/ldxx/write.html") for e in har["log"]["entries"])

    # evidence.html: one file with each step and its screenshot embedded
    html = (bundle / "evidence.html").read_text(encoding="utf-8")
    for s in doc["steps"]:
        assert f'id="step-{s["index"]}"' in html and f"<code>{s['verb']}</code>" in html
    assert html.count("data:image/png;base64,") >= 5
    assert 'src="0' not in html and "<script" not in html  # nothing linked, nothing run
    assert "演示县人民政府网" in html and "领导信箱" in html

    # the phone number typed into the form appears nowhere unmasked
    for name in ("steps.json", "evidence.html", "scenario.yaml", "findings.json"):
        text = (bundle / name).read_text(encoding="utf-8")
        assert "13800138000" not in text, name
    assert "138****8000" in (bundle / "steps.json").read_text(encoding="utf-8")
    assert json.loads((bundle / "11-fill.png.json").read_text(encoding="utf-8"))["masked_fields"] == [
        'label="联系电话"'
    ]


FAILING = """\
name: guide-phone
site: demo
steps:
  - goto: /xxgk/xxgkzn/
  - expect_text: {text: 0790-6123456, locator: {css: table.guide}}
  - screenshot: never-taken
"""


@pytest.mark.browser
async def test_failing_expectation_still_writes_the_bundle(
    chromium: str, portal: Config, tmp_path: Path
) -> None:
    result = await _replay(portal, FAILING, tmp_path, timeout_s=1.5)
    assert (result.status, result.exit_code) == ("failed", 1)
    failed = result.failed_step
    assert failed is not None and failed.index == 2 and failed.verb == "expect_text"
    assert "0790-6123456" in failed.error and "table.guide" in failed.error
    assert "实际文字" in failed.error and "0790-6213456" in failed.error  # what the guide says instead
    bundle = result.bundle
    doc = _steps(bundle)
    assert doc["status"] == "failed" and doc["failed_step"] == 2
    assert [(s["index"], s["ok"], s["status"]) for s in doc["steps"]] == [
        (1, True, "passed"),
        (2, False, "failed"),
        (3, None, "skipped"),
    ]
    assert doc["steps"][1]["error"] and doc["steps"][1]["screenshot"] == "02-expect_text.png"
    assert (bundle / "02-expect_text.png").is_file()  # the failure state, the table outlined
    assert json.loads((bundle / "02-expect_text.png.json").read_text(encoding="utf-8"))["element_box"]
    assert not list(bundle.glob("03-*"))
    assert verify_run(bundle) == []
    assert (bundle / "trace.zip").is_file() and (bundle / "network.har").is_file()
    html = (bundle / "evidence.html").read_text(encoding="utf-8")
    assert "回放失败：第 2 步" in html and "未执行" in html and 'id="step-3"' in html


@pytest.mark.browser
async def test_two_runs_never_overwrite(chromium: str, portal: Config, tmp_path: Path) -> None:
    text = "name: twice\nsite: demo\nsteps:\n  - goto: /\n"
    first = await _replay(portal, text, tmp_path, trace=False)
    second = await _replay(portal, text, tmp_path, trace=False)
    assert first.bundle != second.bundle and first.bundle.is_dir() and second.bundle.is_dir()
    for r in (first, second):
        assert r.exit_code == 0 and verify_run(r.bundle) == []
        assert not (r.bundle / "trace.zip").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.bundle.name, second.bundle.name])


SUBMIT = """\
name: submit
site: demo
steps:
  - goto: /hdjl/ldxx/write.html
  - fill: {locator: {label: 姓名}, value: 测试员}
  - fill: {locator: {label: 联系电话}, value: "13800138000"}
  - fill: {locator: {label: 信件标题}, value: 测试}
  - fill: {locator: {label: 信件内容}, value: 测试内容}
  - fill: {locator: {label: 验证码}, value: 8K3P}
  - click: {role: button, name: 提交}
  - expect_text: 提交成功
"""


@pytest.mark.browser
async def test_submission_is_blocked_without_allow_submit(
    chromium: str, portal: Config, tmp_path: Path
) -> None:
    assert portal.sites[0].allow_submit is False
    result = await _replay(portal, SUBMIT, tmp_path, trace=False)
    failed = result.failed_step
    assert result.exit_code == 1 and failed is not None and failed.index == 7
    assert "allow_submit" in failed.error and "POST" in failed.error
    doc = _steps(result.bundle)
    assert doc["blocked_submissions"] and doc["blocked_submissions"][0].startswith("POST ")
    assert verify_run(result.bundle) == []


@pytest.mark.browser
async def test_probe_steps_raise_findings(chromium: str, portal: Config, tmp_path: Path) -> None:
    assert importlib.util.find_spec("robot.channels.probe") is not None, (
        "robot.channels.probe is part of the robot"
    )
    from robot.store import Store

    text = "name: probes\nsite: demo\nsteps:\n  - probe: {kind: column, url: /col/xzdt/}\n  - probe: guide\n"
    db = f"sqlite:///{tmp_path / 'z.db'}"
    result = await _replay(portal, text, tmp_path / "ev", timeout_s=10, db_url=db)
    assert result.exit_code == 0, result.failed_step
    findings = json.loads((result.bundle / "findings.json").read_text(encoding="utf-8"))
    overdue = [f for f in findings["findings"] if f["rule"] == "column.overdue"]
    assert overdue and overdue[0]["target"] == "乡镇动态" and overdue[0]["step"] == 1
    assert overdue[0]["evidence"] == ["01-probe.png"]
    assert "guide.wrong_contact" in {f["rule"] for f in findings["findings"]}  # the planted wrong phone
    kinds = [p["kind"] for p in findings["probes"]]
    assert kinds == ["column", "guide"]
    guide = findings["probes"][1]["snapshot"]["guide"]
    assert "0790-6213456" in guide["phones"]  # the demo guide's planted wrong phone
    assert verify_run(result.bundle) == []
    with Store(db) as store:
        stored = store.findings(status="open")
    assert any(
        r.rule == "column.overdue" and r.evidence and r.evidence[0].endswith("01-probe.png") for r in stored
    )


SLOW = """\
name: interrupted
site: demo
steps:
  - goto: /hdjl/ldxx/
  - wait_for: {css: "#never-there"}
  - expect_text: 不会执行
"""


@pytest.mark.browser
def test_ctrl_c_writes_the_bundle_and_exits_3(chromium: str, tmp_path: Path) -> None:
    """Ctrl-C as a terminal sends it: to the whole process group, the CLI serving the demo itself."""
    scenario = tmp_path / "slow.yaml"
    scenario.write_text(SLOW, encoding="utf-8")
    evidence = tmp_path / "ev"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "robot",
            "replay",
            str(scenario),
            "--evidence",
            str(evidence),
            "--db",
            f"sqlite:///{tmp_path / 'z.db'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
    )
    try:
        assert proc.stderr is not None
        seen = ""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # step 1 reported: step 2 is waiting for what never comes
            line = proc.stderr.readline()
            seen += line
            if line.strip().startswith("1 ") or not line:
                break
        assert "1 打开页面" in seen, seen
        os.killpg(proc.pid, signal.SIGINT)
        out, rest = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 3, seen + rest
    (bundle,) = evidence.iterdir()
    doc = _steps(bundle)
    assert doc["status"] == "interrupted"
    assert [s["status"] for s in doc["steps"]] == ["passed", "interrupted", "skipped"]
    assert (bundle / "02-wait_for.png").is_file() and (bundle / "trace.zip").is_file()
    assert verify_run(bundle) == []
    assert str(bundle.name) in " ".join(out.split())


def test_named_evidence_is_written_once(tmp_path: Path) -> None:
    from robot.evidence import EvidenceWriter

    writer = EvidenceWriter(tmp_path, None, run_dir=tmp_path / "replay-x")
    cap = writer.write_as(
        "01-goto.png", b"png", {"url": "http://127.0.0.1/"}, site="demo", rule="replay.goto"
    )
    assert cap.path == tmp_path / "replay-x" / "01-goto.png"
    assert json.loads(cap.sidecar.read_text(encoding="utf-8"))["url"] == "http://127.0.0.1/"
    with pytest.raises(FileExistsError):
        writer.write_as("01-goto.png", b"other", {})
    with pytest.raises(ValueError):
        writer.write_as("../escape.png", b"x", {})
    assert cap.path.read_bytes() == b"png"


@pytest.mark.browser
async def test_a_public_site_scenario_does_not_reach_into_private_networks(
    chromium: str, tmp_path: Path
) -> None:
    from robot.config import SiteConfig

    public = SiteConfig.model_validate(
        {"id": "pub", "name": "某县人民政府网", "url": "http://www.example.gov.cn/"}
    )
    scenario = parse_scenario("name: intranet\nsteps:\n  - goto: http://192.168.1.1/admin\n", "inline.yaml")
    result = await replay(scenario, site=public, evidence_dir=tmp_path, as_of=AS_OF, trace=False, timeout_s=3)
    failed = result.failed_step
    assert result.exit_code == 1 and failed is not None and "内网" in failed.error
    har = json.loads((result.bundle / "network.har").read_text(encoding="utf-8"))
    assert not har["log"]["entries"]  # nothing was asked
    assert verify_run(result.bundle) == []

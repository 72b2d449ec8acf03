"""End to end: `inspect --json` on the test portal and `demo` on the bundled portal, compared with
what was planted in them; the run survives the portal's hostile and broken pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from robot import api
from robot.evidence import verify_run
from tests.conftest import TEST_SITES, render_config
from tests.e2e_support import compare, load_planted

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "robot" / "demo"


@pytest.fixture(scope="module")
def portal_run(chromium: str, test_portal: object, tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("e2e")
    cfg = render_config(TEST_SITES / "sites.yaml", test_portal.url("/"), timeout_s=4, retries=1)  # type: ignore[attr-defined]
    result = api.inspect(cfg, db_url=f"sqlite:///{tmp}/z.db", evidence_dir=tmp / "ev", as_of=date(2024, 4, 30))
    return {"result": result, "json": result.to_json(), "tmp": tmp}


def test_portal_findings_match_what_was_planted(portal_run: dict) -> None:  # type: ignore[type-arg]
    planted = load_planted(TEST_SITES / "planted.yaml")
    missed, unexpected = compare(planted, portal_run["json"]["findings"])
    assert missed == [], f"planted but not found: {missed}"
    assert unexpected == [], f"found but not planted: {unexpected}"


def test_portal_run_survives_hostile_pages_and_loses_nothing(portal_run: dict) -> None:  # type: ignore[type-arg]
    payload = portal_run["json"]
    assert payload["run"]["complete"] is True
    assert not portal_run["result"].errors
    urls = {p["url"] for p in payload["pages"]}
    assert len(urls) == len(payload["pages"])  # every page once
    for page in payload["pages"]:
        assert set(page) == {"site", "url", "status", "response_ms", "load_ms", "bytes", "rendered"}
    calendar = [u for u in urls if "/calendar/" in u]
    assert len(calendar) <= 20, "the endless calendar was not bounded"


def test_findings_carry_contract_fields_and_evidence(portal_run: dict) -> None:  # type: ignore[type-arg]
    payload = portal_run["json"]
    keys = {"id", "rule", "severity", "site", "url", "target", "message", "measured", "evidence", "fingerprint",
            "status", "first_seen", "last_seen", "rectified_at"}
    for f in payload["findings"]:
        assert set(f) == keys
        assert f["status"] == "open" and f["first_seen"] == "2024-04-30"
        if f["rule"] == "link.broken":
            assert f["measured"]["certainty"] in ("definite", "suspect")
    with_evidence = [f for f in payload["findings"] if f["evidence"]]
    assert with_evidence, "no finding has a screenshot"
    for f in with_evidence:
        for path in f["evidence"]:
            png = Path(path)
            assert png.exists() and Path(f"{path}.json").exists()
            meta = json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))
            assert meta["rule"] == f["rule"] and meta["url"] == f["url"]
    assert verify_run(portal_run["result"].run_dir) == []


def test_a_second_run_keeps_identity_and_first_seen(portal_run: dict, test_portal: object) -> None:  # type: ignore[type-arg]
    tmp = portal_run["tmp"]
    cfg = render_config(TEST_SITES / "sites.yaml", test_portal.url("/"), timeout_s=4, retries=1)  # type: ignore[attr-defined]
    again = api.inspect(cfg, db_url=f"sqlite:///{tmp}/z.db", evidence_dir=tmp / "ev", as_of=date(2024, 5, 2),
                        checks=["link"])
    first = {f["fingerprint"]: f for f in portal_run["json"]["findings"] if f["rule"] == "link.broken"}
    second = {f["fingerprint"]: f for f in again.to_json()["findings"]}
    assert set(first) == set(second)
    for fp, f in second.items():
        assert f["id"] == first[fp]["id"] and f["first_seen"] == "2024-04-30" and f["last_seen"] == "2024-05-02"
    assert again.run_id != portal_run["result"].run_id


def test_demo_command_as_a_new_user_runs_it(chromium: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "160"}
    proc = subprocess.run([sys.executable, "-m", "robot", "demo", "--json", "demo.json"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "report.html" in proc.stdout and "巡检结果" in proc.stdout
    assert (tmp_path / "zwgk.db").exists()
    payload = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    missed, unexpected = compare(load_planted(DEMO / "planted.yaml"), payload["findings"])
    assert missed == [] and unexpected == [], (missed, unexpected)
    run_dir = tmp_path / "evidence" / f"run-{payload['run']['id']}"
    assert (run_dir / "report.html").exists()
    assert verify_run(run_dir) == []

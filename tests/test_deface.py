"""page.defaced: a baseline per site (zwgk-robot baseline), compared on each run outside masks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from robot import api
from robot.cli import app
from robot.config import parse_config
from robot.demo.server import SiteServer
from robot.snapshots import DefaceFacts
from robot.testing import run_rule, snapshot

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试县人民政府</title>
<style>body{{margin:0;font:16px sans-serif}} .banner{{height:160px;background:#0d4fa3;color:#fff;font-size:40px;padding:20px}}
.news li{{line-height:32px}} .clock{{font-size:22px;color:#c00}}</style></head><body>
<div class="banner">测试县人民政府</div><div class="clock">{clock}</div>
<ul class="news"><li>县政府召开常务会议</li><li>全县安全生产工作会议召开</li><li>关于做好春季防火工作的通知</li></ul>
</body></html>"""
HACKED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>hacked</title></head>
<body style="margin:0;background:#000;color:#0f0;font:48px monospace"><div style="height:1200px;padding:80px">
HACKED BY SOMEONE 网站已被入侵</div></body></html>"""


def _config(server: SiteServer) -> object:
    return parse_config(f"""
sites:
  - id: t
    name: 测试县人民政府
    url: {server.url('/')}
    deface_mask: [".clock"]
""", "sites.yaml")


def _run(cfg: object, tmp: Path) -> list[dict]:
    result = api.inspect(cfg, db_url=f"sqlite:///{tmp / 'z.db'}", evidence_dir=tmp / "ev", as_of=date(2024, 4, 30),
                         checks=["page"])
    return result.findings


@pytest.mark.browser
def test_baseline_then_a_defaced_homepage(chromium: str, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(HOME.format(clock="2024-04-29 08:00"), "utf-8")
    with SiteServer(site) as server:
        cfg = _config(server)
        (tmp_path / "sites.yaml").write_text(f"sites:\n  - {{id: t, name: 测试县人民政府, url: '{server.url('/')}', "
                                             "deface_mask: ['.clock']}\n", "utf-8")
        res = CliRunner().invoke(app, ["baseline", "--config", str(tmp_path / "sites.yaml"),
                                       "--evidence", str(tmp_path / "ev")])
        assert res.exit_code == 0, res.output
        baselines = list((tmp_path / "ev" / "baselines" / "t").glob("*.png"))
        assert len(baselines) == 1 and baselines[0].with_suffix(".png.json").exists()
        # the masked clock changed: no finding
        (site / "index.html").write_text(HOME.format(clock="2024-04-30 23:59:59 星期二"), "utf-8")
        assert [f for f in _run(cfg, tmp_path) if f["rule"] == "page.defaced"] == []
        # the homepage replaced: a veto finding with the baseline, the current page and the diff
        (site / "index.html").write_text(HACKED, "utf-8")
        [f] = [f for f in _run(cfg, tmp_path) if f["rule"] == "page.defaced"]
    assert f["severity"] == "veto" and f["measured"]["changed_ratio"] > 0.25
    assert len(f["evidence"]) == 3 and all(Path(p).exists() for p in f["evidence"])


def test_rule_threshold() -> None:
    facts = DefaceFacts(baseline="b.png", current="", changed_ratio=0.2)
    assert run_rule("page.defaced", snapshot(deface=facts)) == []
    assert len(run_rule("page.defaced", snapshot(deface=facts), ratio=0.1)) == 1
    assert run_rule("page.defaced", snapshot()) == []  # no baseline: no verdict

"""site.availability (veto, 5%) and site.availability_warning (medium, 3%) over 7 days of probes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from robot._inspect import judge
from robot.config import Config, parse_config
from robot.snapshots import SiteSnapshot
from robot.store import Store
from robot.store.probes import WINDOW, probe_counts, record_probe

AS_OF = date(2024, 8, 1)
NOW = datetime(2024, 8, 1, 4, 0, tzinfo=UTC)


def config(rules: str = "") -> Config:
    return parse_config(f"""
sites:
  - {{id: xinfeng, name: 信丰县人民政府网, url: "http://127.0.0.1:8000/"}}
{rules}""")


def rules_for(counts: tuple[int, int] | None, cfg: Config | None = None) -> dict[str, dict[str, object]]:
    cfg = cfg or config()
    snap = SiteSnapshot(site="xinfeng", homepage_url="http://127.0.0.1:8000/", as_of=AS_OF, availability=counts)
    found = judge(cfg, cfg.sites[0], snap, ["site.availability"])
    return {f.rule: dict(f.measured) for f in found}


@pytest.mark.parametrize(("counts", "expected"), [
    ((168, 9), {"site.availability"}),  # 5.4%: veto, and no warning beside it
    ((100, 5), {"site.availability"}),  # exactly 5% counts
    ((100, 4), {"site.availability_warning"}),
    ((100, 3), {"site.availability_warning"}),  # exactly 3% counts
    ((100, 2), set()),
    ((168, 0), set()),
    ((19, 19), set()),  # fewer than 20 probes: no verdict
    ((0, 0), set()),
    (None, set()),  # not measured (a distributed or replayed snapshot)
])
def test_thresholds_on_hand_built_snapshots(counts: tuple[int, int] | None, expected: set[str]) -> None:
    assert set(rules_for(counts)) == expected


def test_measured_values_and_message() -> None:
    cfg = config()
    snap = SiteSnapshot(site="xinfeng", homepage_url="http://127.0.0.1:8000/", as_of=AS_OF, availability=(160, 10))
    [f] = judge(cfg, cfg.sites[0], snap, ["site"])
    assert f.rule == "site.availability" and f.severity.value == "veto"
    assert f.url == "http://127.0.0.1:8000/"
    assert dict(f.measured) == {"probes": 160, "failed": 10, "failed_ratio": 0.0625, "threshold": 0.05,
                                "window_days": 7}
    assert "160 次" in f.message and "10 次无法访问" in f.message


def test_thresholds_come_from_the_config() -> None:
    cfg = config("""rules:
  site.availability: {ratio: 0.10, min_probes: 50}
  site.availability_warning: {ratio: 0.02}
""")
    assert set(rules_for((100, 8), cfg)) == {"site.availability_warning"}  # below the raised veto line
    assert set(rules_for((100, 10), cfg)) == {"site.availability"}
    assert set(rules_for((100, 2), cfg)) == {"site.availability_warning"}
    assert set(rules_for((40, 10), cfg)) == {"site.availability_warning"}  # veto needs 50, the warning 20


def test_from_stored_probes_over_seven_days(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path}/p.db") as store:
        for i in range(7 * 24):  # one probe an hour for 7 days; 9 failures (5.4%)
            t = NOW - timedelta(hours=i, minutes=30)
            record_probe(store, "xinfeng", t, ok=i % 18 != 0 or i >= 9 * 18, status=200 if i % 18 else 503,
                         response_ms=120)
        for i in range(50):  # older than the window: failures that no longer count
            record_probe(store, "xinfeng", NOW - WINDOW - timedelta(hours=i + 1), ok=False, error="timeout")
        record_probe(store, "other", NOW - timedelta(hours=1), ok=False, error="dns")
        counts = probe_counts(store, "xinfeng", NOW - WINDOW)
        assert counts == (168, 9)
        assert probe_counts(store, "xinfeng", NOW - WINDOW, NOW - timedelta(days=6)) == (24, 1)
    assert set(rules_for(counts)) == {"site.availability"}
    assert set(rules_for((counts[0], 6))) == {"site.availability_warning"}

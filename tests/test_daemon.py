"""The daemon over simulated days: an injected clock, a local portal for the homepage probes, and a
stand-in for ``api.inspect`` (the scheduling is under test here, not the crawl)."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import types
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from robot import daemon as daemon_mod
from robot.api import RunResult
from robot.config import Config, ConfigError, parse_config
from robot.daemon import DAILY_CHECKS, TZ, Daemon, Timing, homepage_probe, parse_interval, timings
from robot.demo.server import Response, SiteServer
from robot.store import Store
from robot.store import probes as state

ROOT = Path(__file__).resolve().parents[1]


def at(text: str) -> datetime:
    """'2024-08-01 02:00' in Asia/Shanghai."""
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


class SimClock:
    """A clock that only moves when the daemon sleeps."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.slept = 0

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept += 1
        self.now += timedelta(seconds=max(seconds, 1.0))


class FakeInspect:
    """Records each call of ``api.inspect`` with the simulated time."""

    def __init__(self, clock: SimClock) -> None:
        self.clock = clock
        self.calls: list[dict[str, Any]] = []
        self.interrupt_next = False
        self.findings: list[dict[str, Any]] = []

    def __call__(self, config: Config, **kw: Any) -> RunResult:
        self.calls.append({**kw, "at": self.clock.now})
        interrupted, self.interrupt_next = self.interrupt_next, False
        return RunResult(run_id=len(self.calls), as_of=kw["as_of"], started_at="", finished_at="",
                         sites=kw["sites"], complete=not interrupted, interrupted=interrupted,
                         findings=list(self.findings), pages=[{"url": "x"}])

    def kinds(self) -> list[str]:
        return ["daily" if c["checks"] == DAILY_CHECKS else "weekly" for c in self.calls]


@pytest.fixture(scope="module")
def portal() -> Iterator[SiteServer]:
    with SiteServer(ROOT / "tests" / "sites") as server:
        yield server


def make_config(url: str, extra: str = "") -> Config:
    return parse_config(f"""
defaults: {{timeout_s: 5}}
schedule:
  probe_every: "60m"
  daily: "02:00"
  weekly: ["mon 03:00", "thu 03:00"]
  monthly: "1 08:00"
sites:
  - {{id: xinfeng, name: 信丰县人民政府网, url: "{url}"}}
{extra}""")


@pytest.fixture()
def env(tmp_path: Path, portal: SiteServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    clock = SimClock(at("2024-08-01 00:00"))  # a Thursday, the 1st: every kind of job is due that day
    fake = FakeInspect(clock)
    monkeypatch.setattr(daemon_mod.api, "inspect", fake)
    bulletins: list[dict[str, Any]] = []
    module = types.ModuleType("robot.reports.bulletin")

    def build_bulletin(store: Store, config: Config, month: str, *, issued: Any) -> Any:
        bulletins.append({"month": month, "issued": issued, "at": clock.now})
        return types.SimpleNamespace(title=f"{month} 月通报")

    def render(bulletin: Any, fmt: str, out: Path) -> Path:
        out.write_text(fmt)
        return out

    module.build_bulletin, module.render = build_bulletin, render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "robot.reports.bulletin", module)
    return {"clock": clock, "inspect": fake, "bulletins": bulletins, "db": f"sqlite:///{tmp_path}/d.db",
            "config": make_config(portal.url("/")), "evidence": tmp_path / "evidence"}


def start(env: dict[str, Any], until: str, **kw: Any) -> int:
    d = Daemon(env["config"], db_url=env["db"], evidence_dir=env["evidence"], clock=env["clock"],
               sleep=env["clock"].sleep, **kw)
    try:
        return d.run(until=at(until))
    finally:
        d.close()


def probes(env: dict[str, Any], since: str, until: str) -> tuple[int, int]:
    with Store(env["db"]) as s:
        return state.probe_counts(s, "xinfeng", at(since), at(until))


# --- the schedule ----------------------------------------------------------------------------


def test_timings_parse_the_contract_example_and_refuse_bad_values() -> None:
    cfg = make_config("http://127.0.0.1:1/")
    t = timings(cfg)
    assert t["probe"].interval == timedelta(minutes=60)
    assert parse_interval("30m") == timedelta(minutes=30) and parse_interval("1h") == timedelta(hours=1)
    bad = cfg.model_copy(update={"schedule": cfg.schedule.model_copy(update={"weekly": ["someday 03:00"]})})
    with pytest.raises(ConfigError, match=r"schedule\.weekly\[0\]"):
        timings(bad)
    bad = cfg.model_copy(update={"schedule": cfg.schedule.model_copy(update={"daily": "25:00"})})
    with pytest.raises(ConfigError, match=r"schedule\.daily"):
        timings(bad)


def test_timing_moments() -> None:
    weekly = timings(make_config("http://127.0.0.1:1/"))["weekly"]
    assert weekly.last(at("2024-08-01 02:59")) == at("2024-07-29 03:00")  # Monday
    assert weekly.last(at("2024-08-01 03:00")) == at("2024-08-01 03:00")  # Thursday
    assert weekly.next(at("2024-08-01 03:00")) == at("2024-08-05 03:00")
    month_end = Timing(at=(datetime.min.time(),), monthday=31)
    assert month_end.last(at("2024-03-10 00:00")) == at("2024-02-29 00:00")  # no 31 February: its last day
    hourly = Timing(interval=timedelta(minutes=60))
    assert hourly.last(at("2024-08-01 13:59")) == at("2024-08-01 13:00")
    assert hourly.next(at("2024-08-01 23:30")) == at("2024-08-02 00:00")


# --- a simulated day ---------------------------------------------------------------------------


def test_a_day_started_and_stopped_twice_runs_each_job_the_right_number_of_times(env: dict[str, Any]) -> None:
    assert start(env, "2024-08-01 12:00") == 0
    first_half = env["inspect"].kinds()
    assert first_half == ["daily", "weekly"]
    assert start(env, "2024-08-02 00:00") == 0  # restarted at noon: nothing of the morning again

    assert probes(env, "2024-08-01 00:00", "2024-08-02 00:00") == (24, 0)  # 60m: 24 a day (≥ 20)
    calls = env["inspect"].calls
    assert env["inspect"].kinds() == ["daily", "weekly"]
    assert [c["at"] for c in calls] == [at("2024-08-01 02:00"), at("2024-08-01 03:00")]
    daily, weekly = calls
    assert daily["sites"] == ["xinfeng"] and daily["max_pages"] == daemon_mod.DAILY_MAX_PAGES
    assert weekly["checks"] is None and weekly["max_pages"] is None  # 周排查: everything
    assert daily["as_of"].isoformat() == "2024-08-01"
    assert [(b["month"], b["at"]) for b in env["bulletins"]] == [("2024-07", at("2024-08-01 08:00"))]
    with Store(env["db"]) as s:
        st = state.job_state(s, "daily:xinfeng")
    assert st is not None and st.last_run_at == at("2024-08-01 02:00") and st.running_since is None


def test_a_week_runs_daily_every_day_and_weekly_on_its_days(env: dict[str, Any]) -> None:
    env["clock"].now = at("2024-07-29 00:00")  # Monday
    start(env, "2024-08-05 00:00")
    kinds = env["inspect"].kinds()
    assert kinds.count("daily") == 7
    weekly = [c["at"] for c in env["inspect"].calls if c["checks"] is None]
    assert weekly == [at("2024-07-29 03:00"), at("2024-08-01 03:00")]  # Monday and Thursday
    assert len(env["bulletins"]) == 1  # the 1st of August
    assert probes(env, "2024-07-29 00:00", "2024-08-05 00:00") == (7 * 24, 0)


def test_a_job_missed_while_down_runs_once_on_start(env: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    start(env, "2024-08-01 01:00")
    assert env["inspect"].calls == []
    env["clock"].now = at("2024-08-01 09:30")  # down over 02:00, 03:00 and 08:00
    with caplog.at_level(logging.INFO, logger="robot.daemon"):
        start(env, "2024-08-01 12:00")
    assert env["inspect"].kinds() == ["daily", "weekly"]
    assert all(c["at"] == at("2024-08-01 09:30") for c in env["inspect"].calls)
    assert len(env["bulletins"]) == 1
    assert "missed while down" in caplog.text
    # probes: 00:00 before the stop; after it the slot under way (09:00, at 09:30), 10:00 and 11:00
    assert probes(env, "2024-08-01 00:00", "2024-08-01 12:00") == (4, 0)


def test_a_first_start_does_not_run_past_moments(env: dict[str, Any]) -> None:
    env["clock"].now = at("2024-08-01 10:00")
    start(env, "2024-08-01 12:00")
    assert env["inspect"].calls == [] and env["bulletins"] == []
    assert probes(env, "2024-08-01 00:00", "2024-08-02 00:00") == (2, 0)  # 10:00 and 11:00


def test_a_job_running_elsewhere_is_not_started_again(env: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    start(env, "2024-08-01 00:30")
    with Store(env["db"]) as s:  # another daemon (another host) is running the daily monitoring
        assert state.claim_job(s, "daily:xinfeng", at("2024-08-01 01:55"), "otherhost:4242",
                               stale_before=at("2024-07-01 00:00"))
    env["clock"].now = at("2024-08-01 01:00")
    with caplog.at_level(logging.WARNING, logger="robot.daemon"):
        start(env, "2024-08-01 06:00")
    assert env["inspect"].kinds() == ["weekly"]
    assert caplog.text.count("daily:xinfeng is already running") == 1  # said once, not every minute


def test_a_dead_daemon_of_this_host_is_taken_over(env: dict[str, Any]) -> None:
    start(env, "2024-08-01 00:30")
    dead = f"{socket.gethostname()}:{2**22 + 17}"  # above any pid_max: no such process
    with Store(env["db"]) as s:
        assert state.claim_job(s, "daily:xinfeng", at("2024-08-01 00:40"), dead, stale_before=at("2024-07-01 00:00"))
    env["clock"].now = at("2024-08-01 01:00")
    start(env, "2024-08-01 02:30")
    assert env["inspect"].kinds() == ["daily"]


def test_a_cut_short_run_stops_the_daemon_and_runs_again_on_start(env: dict[str, Any]) -> None:
    env["inspect"].interrupt_next = True  # as api.inspect reports a SIGTERM during the crawl
    assert start(env, "2024-08-01 12:00") == 3
    assert env["clock"].now == at("2024-08-01 02:00")  # stopped at once, the weekly sweep not begun
    with Store(env["db"]) as s:
        st = state.job_state(s, "daily:xinfeng")
    assert st is not None and st.last_run_at is None and st.running_since is None
    env["clock"].now = at("2024-08-01 02:10")
    assert start(env, "2024-08-01 12:00") == 0
    assert env["inspect"].kinds() == ["daily", "daily", "weekly"]  # the same day's run again (it resumes)
    assert env["inspect"].calls[1]["as_of"] == env["inspect"].calls[0]["as_of"]


def test_sigterm_stops_the_daemon_cleanly(env: dict[str, Any]) -> None:
    clock: SimClock = env["clock"]
    sleeps = 0

    def sleep(seconds: float) -> None:
        nonlocal sleeps
        sleeps += 1
        clock.sleep(seconds)
        if clock.now >= at("2024-08-01 05:00"):
            os.kill(os.getpid(), signal.SIGTERM)

    before = signal.getsignal(signal.SIGTERM)
    d = Daemon(env["config"], db_url=env["db"], evidence_dir=env["evidence"], clock=clock, sleep=sleep)
    try:
        assert d.run() == 0
    finally:
        d.close()
    assert signal.getsignal(signal.SIGTERM) == before  # the handler is given back
    assert at("2024-08-01 05:00") <= clock.now < at("2024-08-01 06:00")
    assert env["inspect"].kinds() == ["daily", "weekly"]
    assert [name for name, *_ in d.runs if name.startswith("probe")] == ["probe:xinfeng"] * 5


def test_probes_record_failures(env: dict[str, Any], portal: SiteServer) -> None:
    portal.add_route("/down/", lambda _req: Response(status=503, body="维护中"))
    ok, status, error, ms = homepage_probe(portal.url("/down/"), 5, "test")
    assert (ok, status, error) == (False, 503, None) and ms is not None
    ok, status, error, _ = homepage_probe(portal.url("/"), 5, "test")
    assert (ok, status) == (True, 200)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ok, status, error, _ = homepage_probe(f"http://127.0.0.1:{port}/", 5, "test")
    assert not ok and status is None and error and error.startswith("connect")
    env["config"] = make_config(portal.url("/down/"))
    start(env, "2024-08-01 03:30")
    assert probes(env, "2024-08-01 00:00", "2024-08-02 00:00") == (4, 4)


def test_without_a_bulletin_module_the_month_is_logged_as_unavailable(
    env: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setitem(sys.modules, "robot.reports.bulletin", None)  # import fails
    with caplog.at_level(logging.INFO, logger="robot.daemon"):
        start(env, "2024-08-01 09:00")
    assert "monthly bulletin for 2024-07 not written" in caplog.text
    assert "daemon: monthly done" in caplog.text
    assert "daemon: daily:xinfeng done in" in caplog.text  # the log says what ran and how long


def test_the_monthly_job_writes_the_real_bulletin(env: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import robot.reports.bulletin  # noqa: F401  the real module must exist
    monkeypatch.delitem(sys.modules, "robot.reports.bulletin")  # the real module, not the stand-in
    d = Daemon(env["config"], db_url=env["db"], evidence_dir=env["evidence"], clock=env["clock"],
               sleep=env["clock"].sleep)
    try:
        paths = d.bulletin(at("2024-08-01 08:00"))
    finally:
        d.close()
    assert [p.name for p in paths] == ["bulletin-2024-07.html", "bulletin-2024-07.docx"]
    assert all(p.stat().st_size > 0 for p in paths)


def test_probes_fall_due_during_a_long_inspection_are_sent_between_pages(
    env: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock: SimClock = env["clock"]
    fake: FakeInspect = env["inspect"]

    def long_sweep(config: Config, **kw: Any) -> RunResult:  # five hours of crawling, a page every 10 minutes
        for _ in range(30):
            clock.now += timedelta(minutes=10)
            kw["progress"]("page", {"site": "xinfeng", "done": 1, "queued": 1})
        return fake(config, **kw)

    monkeypatch.setattr(daemon_mod.api, "inspect", long_sweep)
    start(env, "2024-08-01 12:00")
    # 00:00, 01:00 and 02:00 before the daily run; 03:00-07:00 during it (from the helper thread);
    # the weekly sweep, due at 03:00, starts at 07:00 and covers 07:00-12:00; then 12:00 is the end
    with Store(env["db"]) as s:
        assert state.probe_counts(s, "xinfeng", at("2024-08-01 00:00"), at("2024-08-01 12:00")) == (12, 0)
    assert [c["at"] for c in fake.calls] == [at("2024-08-01 07:00"), at("2024-08-01 12:00")]


def test_with_a_broker_the_inspections_due_together_go_to_the_workers_as_one_run(
        env: dict[str, Any], portal: SiteServer) -> None:
    """A province's night: the daily monitoring of every site falls due at 02:00; with a broker the
    daemon sends them to the workers as ONE distributed run (their tasks run side by side) instead
    of one site after another here, finishes each site's job, and the 周排查 follows as one run."""
    env["config"] = make_config(portal.url("/"), extra="\n".join(
        f'  - {{id: town{i}, name: 第{i}镇人民政府, url: "{portal.url("/")}"}}' for i in range(3)))
    assert start(env, "2024-08-01 12:00", broker="redis://127.0.0.1:6379/15") == 0
    calls = env["inspect"].calls
    assert [c["broker"] for c in calls] == ["redis://127.0.0.1:6379/15"] * 2
    assert [sorted(c["sites"]) for c in calls] == [sorted(["xinfeng", "town0", "town1", "town2"])] * 2
    assert env["inspect"].kinds() == ["daily", "weekly"]
    with Store(env["db"]) as s:
        for site in ("xinfeng", "town0", "town1", "town2"):
            for kind in ("daily", "weekly"):
                st = state.job_state(s, f"{kind}:{site}")
                assert st is not None and st.last_run_at is not None and st.running_since is None
    assert start(env, "2024-08-02 00:00", broker="redis://127.0.0.1:6379/15") == 0  # nothing again the same day
    assert len(env["inspect"].calls) == 2


def test_without_a_broker_each_site_is_inspected_here_in_turn(env: dict[str, Any], portal: SiteServer) -> None:
    town = portal.url("/")
    env["config"] = make_config(portal.url("/"), extra=f'  - {{id: town0, name: 第0镇人民政府, url: "{town}"}}')
    assert start(env, "2024-08-01 12:00") == 0
    assert [(c["sites"], c.get("broker")) for c in env["inspect"].calls] == [
        (["xinfeng"], None), (["town0"], None), (["xinfeng"], None), (["town0"], None)]

"""The library API: the CLI, the scheduler, the workers and the pytest plugin all call this.

Flow: config → gather (browser, HTTP link pool) → snapshots → rules (pure) → findings →
store and evidence → result (the contract's run JSON) → report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from robot.config import Config

# progress(event, info): events "site_start", "page", "links", "site_done", "evidence", "message"
Progress = Callable[[str, dict[str, Any]], None]


@dataclass
class RunResult:
    """One inspection run, shaped as the contract's result JSON (``to_json()``)."""

    run_id: int
    as_of: date
    started_at: str
    finished_at: str | None
    sites: list[str]
    complete: bool
    pages: list[dict[str, Any]] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    evidence_dir: str = ""
    errors: list[str] = field(default_factory=list)  # what went wrong but did not stop the run
    interrupted: bool = False  # cut short (signal, crash): exit status 3, the next run resumes
    site_complete: dict[str, bool] = field(default_factory=dict)  # False: crawl bounded or cut short

    @property
    def run_dir(self) -> Path:
        return Path(self.evidence_dir) / f"run-{self.run_id}"

    def to_json(self) -> dict[str, Any]:
        return {
            "run": {
                "id": self.run_id,
                "as_of": self.as_of.isoformat(),
                "started_at": self.started_at,
                "finished_at": self.finished_at,
                "sites": self.sites,
                "complete": self.complete,
            },
            "pages": self.pages,
            "channels": self.channels,
            "findings": self.findings,
        }


def inspect(
    config: Config,
    *,
    db_url: str = "sqlite:///zwgk.db",
    evidence_dir: str | Path = "evidence",
    as_of: date | None = None,
    sites: list[str] | None = None,
    checks: list[str] | None = None,
    max_pages: int | None = None,
    progress: Progress | None = None,
    broker: str | None = None,
) -> RunResult:
    """One inspection run over the configured sites (all, or ``sites``). With ``broker`` (a Redis
    URL) the run is split into one task per site for ``zwgk-robot worker``s (:mod:`robot.worker`);
    the result is the same as a local run's."""
    from robot._inspect import run_inspection

    if broker:
        from robot.worker import run_distributed

        return run_distributed(config, broker=broker, db_url=db_url, evidence_dir=Path(evidence_dir), as_of=as_of,
                               sites=sites, checks=checks, max_pages=max_pages, progress=progress)
    return run_inspection(
        config,
        db_url=db_url,
        evidence_dir=Path(evidence_dir),
        as_of=as_of,
        sites=sites,
        checks=checks,
        max_pages=max_pages,
        progress=progress,
    )


def replay(scenario: Any, *, site: Any, evidence_dir: str | Path = "evidence", as_of: date | None = None,
           headed: bool = False, trace: bool = True, db_url: str | None = None, defaults: Any = None,
           holidays: Any = None, progress: Callable[[Any], None] | None = None) -> Any:
    """Replay one scenario (``robot.scenarios.load_scenario``) against ``site`` and write its evidence
    bundle; returns a :class:`robot.replay.ReplayResult` (``.bundle``, ``.status``, ``.exit_code``)."""
    from robot.replay import run_replay
    from robot.workdays import WorkCalendar

    return run_replay(scenario, site=site, evidence_dir=Path(evidence_dir), headed=headed, trace=trace, as_of=as_of,
                      db_url=db_url, timeout_s=getattr(defaults, "timeout_s", 15.0), defaults=defaults,
                      calendar=WorkCalendar.from_config(holidays or {}), progress=progress)

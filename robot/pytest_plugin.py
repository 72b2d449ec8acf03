"""The pytest plugin (entry point ``pytest11``: ``zwgk``): rectification checks (复核) and scenarios.

``pytest --zwgk-rectify --zwgk-config SITES.yaml [--zwgk-db URL] [--zwgk-site ID] [--zwgk-rule PREFIX]
[--zwgk-evidence DIR] [--zwgk-as-of YYYY-MM-DD]``: one test per open or confirmed finding of the
store (filtered by site and rule prefix). Running a test re-checks only what that finding needs
(:mod:`robot.recheck`). Still there → the test fails with the finding's message, the rule's hint
and the fresh evidence; gone → it passes and the store records the finding rectified on the
as-of date (整改日期) with the fresh evidence. Nothing else changes state. Other tests of the
session are deselected. The JUnit XML (``--junitxml``) carries ``rule``, ``fingerprint`` and
``finding_id`` as properties of each test case.

``pytest scenarios/``: every ``*.yaml`` under a ``scenarios`` folder that is an interaction
scenario (it has ``steps``) is a test; it is replayed (:func:`robot.replay.run_replay`) against
the bundled demo portal for ``site: demo`` (unless ``--zwgk-config`` is given), else against the
site of ``--zwgk-config``. A failed step fails the test with the step and the evidence bundle.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

DEFAULT_DB = "sqlite:///zwgk.db"
DEMO_AS_OF = date(2024, 4, 30)  # the bundled demo portal's data is dated for this day
_STATE = pytest.StashKey["_Session"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("zwgk", "zwgk-robot: rectification checks (复核) and scenario replays")
    g.addoption("--zwgk-rectify", action="store_true", default=False,
                help="Re-check open and confirmed findings, one test each; a pass records it rectified.")
    g.addoption("--zwgk-db", metavar="URL", default=DEFAULT_DB, help=f"Findings database (default {DEFAULT_DB}).")
    g.addoption("--zwgk-config", metavar="SITES.yaml", default=None,
                help="The sites config (needed by --zwgk-rectify; for scenarios of sites other than demo).")
    g.addoption("--zwgk-site", metavar="ID", default=None, help="Only findings of this site.")
    g.addoption("--zwgk-rule", metavar="PREFIX", default=None, help="Only findings whose rule starts so (link.).")
    g.addoption("--zwgk-evidence", metavar="DIR", default="evidence",
                help="Where the fresh evidence goes: DIR/rectify-<UTC time>/ (default evidence).")
    g.addoption("--zwgk-as-of", metavar="YYYY-MM-DD", default=None,
                help="The day that counts as today (the 整改日期 recorded); default today, Asia/Shanghai.")


def _as_of(config: pytest.Config) -> date | None:
    text = config.getoption("--zwgk-as-of")
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"--zwgk-as-of {text!r}: use YYYY-MM-DD") from None


def _load_config(config: pytest.Config) -> Any:
    from robot.config import ConfigError, load_config

    path = config.getoption("--zwgk-config")
    try:
        return load_config(Path(path))
    except ConfigError as e:
        raise pytest.UsageError(str(e)) from None
    except OSError as e:
        raise pytest.UsageError(f"--zwgk-config {path}: {e}") from None


class _Session:
    """What the rectify session shares: config, store, one event loop and one browser."""

    def __init__(self, config: pytest.Config) -> None:
        from robot._inspect import today_shanghai
        from robot.recheck import Rechecker
        from robot.store import Store

        self.config_path = Path(config.getoption("--zwgk-config")).resolve()
        self.cfg = _load_config(config)
        self.as_of = _as_of(config) or today_shanghai()
        self.db_url = config.getoption("--zwgk-db")
        site = config.getoption("--zwgk-site")
        if site is not None and site not in {s.id for s in self.cfg.sites}:
            raise pytest.UsageError(f"--zwgk-site {site!r}: {self.config_path} has no such site "
                                    f"(it has {', '.join(s.id for s in self.cfg.sites)})")
        self.store = Store(self.db_url)
        self.loop = asyncio.new_event_loop()
        self.rechecker = Rechecker(self.cfg, as_of=self.as_of, evidence_root=config.getoption("--zwgk-evidence"),
                                   db_url=self.db_url)

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        try:
            self.run(self.rechecker.aclose())
            self.rechecker.finish()
        finally:
            self.loop.close()
            self.store.close()


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--zwgk-rectify"):
        if not config.getoption("--zwgk-config"):
            raise pytest.UsageError("--zwgk-rectify needs --zwgk-config SITES.yaml (the sites whose findings are "
                                    "re-checked), e.g. pytest --zwgk-rectify --zwgk-config sites.yaml")
        config.stash[_STATE] = _Session(config)
    else:
        _as_of(config)  # a bad date is a usage error for scenarios too


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(_STATE, None)
    if state is not None:
        del config.stash[_STATE]
        state.close()


# --- rectification checks --------------------------------------------------------------------------


class RectifyFailed(Exception):
    """The finding is still there (or could not be re-checked)."""


class FindingCollector(pytest.Collector):
    """The findings to re-check, from the store; its path is the sites config."""

    def collect(self) -> list[pytest.Item]:
        state: _Session = self.config.stash[_STATE]
        site = self.config.getoption("--zwgk-site")
        rule = self.config.getoption("--zwgk-rule")
        records = [r for status in ("open", "confirmed")
                   for r in state.store.findings(status=status, site=site, rule=rule)]
        records.sort(key=lambda r: r.id)
        return [FindingItem.from_parent(self, name=f"{r.id}-{r.rule}", record=r) for r in records]


class FindingItem(pytest.Item):
    def __init__(self, *, record: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.record = record
        self.user_properties.extend([("rule", record.rule), ("fingerprint", record.fingerprint),
                                     ("finding_id", str(record.id))])
        self.outcome: Any = None

    def reportinfo(self) -> tuple[Path, None, str]:
        r = self.record
        return self.path, None, f"{r.rule} {r.target or r.url}"

    def runtest(self) -> None:
        from robot.recheck import NotRecheckable, method_for
        from robot.rules import REGISTRY

        state: _Session = self.config.stash[_STATE]
        r = self.record
        if r.site not in {s.id for s in state.cfg.sites}:
            pytest.skip(f"site {r.site!r} is not in {state.config_path}: not re-checked")
        try:
            if method_for(r.rule) == "inspect":
                out = state.rechecker.recheck_by_inspection(r)
                out.evidence = out.evidence + state.run(state.rechecker.evidence_for(r, out))
            else:
                out = state.run(state.rechecker.recheck(r))
        except NotRecheckable as e:
            pytest.skip(str(e))
        self.outcome = out
        self.user_properties.append(("method", out.method))
        for p in out.evidence:
            self.user_properties.append(("evidence", p))
        rule = REGISTRY.get(r.rule)
        hint = rule.hint if rule else ""
        if out.present is False:
            state.store.rectify(r.fingerprint, on=state.as_of, evidence=out.evidence, actor="pytest")
            self.user_properties.append(("rectified_at", state.as_of.isoformat()))
            return
        lines = []
        if out.present:
            msg = out.findings[0].message if out.findings else r.message
            lines.append(f"仍存在（still present）: {r.rule} {msg}")
        else:
            lines.append(f"无法复核（could not be re-checked）: {r.rule} {r.message}")
        lines.append(f"  finding {r.id} · {r.site} · {r.url}" + (f" → {r.target}" if r.target else ""))
        lines.append(f"  发现日期 first seen {r.first_seen.isoformat()} · 复核 as of {state.as_of.isoformat()}")
        lines.append(f"  method: {out.method}" + (f" ({out.note})" if out.note else ""))
        if hint:
            lines.append(f"  整改建议 hint: {hint}")
        for p in out.evidence:
            lines.append(f"  evidence: {p}")
        raise RectifyFailed("\n".join(lines))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, RectifyFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if _STATE not in config.stash:
        return
    if items:  # a rectification session runs the re-checks only
        config.hook.pytest_deselected(items=list(items))
    state: _Session = config.stash[_STATE]
    try:
        rel = state.config_path.relative_to(config.rootpath).as_posix()
    except ValueError:
        rel = state.config_path.as_posix()
    collector = FindingCollector.from_parent(session, name=rel, path=state.config_path, nodeid=rel)
    report = collector.ihook.pytest_make_collect_report(collector=collector)
    session.ihook.pytest_collectreport(report=report)  # counted and shown like any collection
    items[:] = [x for x in report.result if isinstance(x, pytest.Item)]


# --- scenarios -----------------------------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix not in (".yaml", ".yml") or "scenarios" not in file_path.parent.parts:
        return None
    if parent.config.getoption("--zwgk-rectify"):
        return None
    try:
        data = yaml.safe_load(file_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict) or "steps" not in data:
        return None  # not a scenario (a config, a list of planted problems …)
    return ScenarioFile.from_parent(parent, path=file_path)


class ScenarioFile(pytest.File):
    def collect(self) -> list[pytest.Item]:
        from robot.scenarios import load_scenario

        plan = load_scenario(self.path)  # a ScenarioError is a collection error naming the line
        return [ScenarioItem.from_parent(self, name=plan.name, scenario=plan)]


class ScenarioFailed(Exception):
    pass


class ScenarioItem(pytest.Item):
    def __init__(self, *, scenario: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario
        self.user_properties.append(("scenario", scenario.name))

    def reportinfo(self) -> tuple[Path, None, str]:
        return self.path, None, f"scenario {self.scenario.name} (site {self.scenario.site or '?'})"

    def runtest(self) -> None:
        config_path = self.config.getoption("--zwgk-config")
        as_of = _as_of(self.config)
        evidence = Path(self.config.getoption("--zwgk-evidence"))
        plan = self.scenario
        if config_path is None:
            if plan.site != "demo":
                raise pytest.UsageError(f"{self.path}: the scenario is for site {plan.site!r}: give --zwgk-config "
                                        "SITES.yaml (only site: demo replays against the bundled demo portal)")
            from robot.demo.launch import demo_config, serve_demo

            with serve_demo() as server:
                cfg = demo_config(server.url("/"))  # type: ignore[attr-defined]
                result = self._replay(cfg, cfg.site("demo"), evidence, as_of or DEMO_AS_OF)
        else:
            cfg = _load_config(self.config)
            site_id = plan.site or (cfg.sites[0].id if len(cfg.sites) == 1 else None)
            if site_id is None:
                raise pytest.UsageError(f"{self.path}: the scenario names no site and {config_path} has several")
            try:
                site = cfg.site(site_id)
            except KeyError:
                raise pytest.UsageError(f"{config_path}: no site with id {site_id!r}") from None
            result = self._replay(cfg, site, evidence, as_of)
        self.user_properties.append(("bundle", str(result.bundle)))
        if result.status == "passed":
            return
        failed = result.failed_step
        lines = [f"scenario {plan.name}: {result.status}"]
        if failed is not None:
            lines.append(f"  step {failed.index} ({failed.verb}, line {failed.line}) {failed.summary}: {failed.error}")
        for problem in result.problems:
            lines.append(f"  note: {problem}")
        lines.append(f"  evidence bundle: {result.bundle}")
        raise ScenarioFailed("\n".join(lines))

    def _replay(self, cfg: Any, site: Any, evidence: Path, as_of: date | None) -> Any:
        from robot.replay import run_replay
        from robot.workdays import WorkCalendar

        return run_replay(self.scenario, site=site, evidence_dir=evidence, as_of=as_of, db_url=None,
                          timeout_s=cfg.defaults.timeout_s, defaults=cfg.defaults,
                          calendar=WorkCalendar.from_config(cfg.holidays or {}))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ScenarioFailed | pytest.UsageError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

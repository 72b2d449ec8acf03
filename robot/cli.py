"""The ``zwgk-robot`` command: parse, call :mod:`robot.api`, render. No logic lives here.

Exit status: 0 done; 1 done and a finding at or above ``--fail-on``; 2 bad usage or bad config
(one message naming file, line and field; nothing written); 3 the run was cut short (what was
found is committed; rerunning resumes).
"""

from __future__ import annotations

import asyncio
import csv
import importlib.util
import io
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from robot import __version__

app = typer.Typer(
    name="zwgk-robot",
    help="政务公开网站巡检机器人: inspects government transparency websites with a real browser.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
findings_app = typer.Typer(help="List findings, or confirm / ignore one.", invoke_without_command=True)
evidence_app = typer.Typer(help="Check evidence files against their run's manifest.", no_args_is_help=True)
db_app = typer.Typer(help="The findings database's schema revision (every command that opens the database "
                          "brings it to the newest by itself).", no_args_is_help=True)
app.add_typer(findings_app, name="findings")
app.add_typer(evidence_app, name="evidence")
app.add_typer(db_app, name="db")

# Piped output (logs, CI) gets a wide fixed width instead of rich's 80 columns.
out = Console() if sys.stdout.isatty() else Console(width=160)
err = Console(stderr=True) if sys.stderr.isatty() else Console(stderr=True, width=160)

DbOpt = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the findings database.")]
EvidenceOpt = Annotated[Path, typer.Option("--evidence", help="Folder for screenshots, sidecars and manifests.")]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="The date that counts as today (YYYY-MM-DD); default: today in Asia/Shanghai.")
]
DEFAULT_DB = "sqlite:///zwgk.db"
SEVERITY_ORDER = ["veto", "high", "medium", "low"]


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]zwgk-robot:[/] {message}", highlight=False)
    return typer.Exit(code)


def _parse_as_of(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _fail(f"--as-of {text!r}: use YYYY-MM-DD, e.g. 2024-04-30") from None


@app.callback(invoke_without_command=True)
def _root(version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False) -> None:
    if version:
        out.print(f"zwgk-robot {__version__}")
        raise typer.Exit(0)


# --- inspect / demo ---------------------------------------------------------------------------


class _Live:
    """rich progress for a run: one line per site with pages done and queued."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
            TextColumn("{task.fields[info]}"), TimeElapsedColumn(), console=console, transient=False,
        )
        self.tasks: dict[str, Any] = {}

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        site = info.get("site", "")
        if event == "site_start":
            self.tasks[site] = self.progress.add_task(f"{info['name']} ({site})", total=None, info="开始")
        elif event == "page" and site in self.tasks:
            done, queued = info["done"], info["queued"]
            self.progress.update(self.tasks[site], completed=done, total=done + queued,
                                 info=f"{done} 页，队列 {queued}")
        elif event == "links" and site in self.tasks:
            self.progress.update(self.tasks[site], info=f"检查 {info['count']} 个链接目标")
        elif event == "attachments" and site in self.tasks:
            self.progress.update(self.tasks[site], info=f"读取 {info['count']} 个附件")
        elif event == "channel" and site in self.tasks:
            label = {"message_board": "留言板", "application": "依申请公开", "guide": "信息公开指南"}.get(info["kind"], "")
            self.progress.update(self.tasks[site], info=f"检查互动渠道：{label} {info['url']}")
        elif event == "evidence" and site in self.tasks:
            self.progress.update(self.tasks[site], info=f"截图取证 {info['rule']}")
        elif event == "site_done" and site in self.tasks:
            state = "完成" if info["complete"] else "未完成"
            t = info.get("timings", {})
            spent = f"（渲染 {t.get('rendered', 0)} 页、直读 {t.get('served', 0)} 页；浏览 {t.get('browse_s', 0):g}s，链接 {t.get('links_s', 0):g}s，图片 {t.get('images_s', 0):g}s，" \
                    f"渠道 {t.get('channels_s', 0):g}s，取证 {t.get('evidence_s', 0):g}s）" if t else ""
            self.progress.update(self.tasks[site], total=info["pages"], completed=info["pages"],
                                 info=f"{info['pages']} 页，{info['findings']} 个问题，{state}{spent}")
        elif event == "message":
            self.progress.console.print(f"[yellow]{info['text']}[/]")


def _run_and_render(
    config: Any, *, db: str, evidence: Path, as_of: date | None, sites: list[str] | None, checks: list[str] | None,
    max_pages: int | None, json_out: Path | None, fail_on: str | None, report: bool, broker: str | None = None,
) -> int:
    from robot import api
    from robot._inspect import UsageError
    from robot.store import StoreError

    live = _Live(err)
    try:
        with live.progress:
            result = api.inspect(config, db_url=db, evidence_dir=evidence, as_of=as_of, sites=sites, checks=checks,
                                 max_pages=max_pages, progress=live, broker=broker)
    except UsageError as e:
        raise _fail(str(e)) from None
    except StoreError as e:
        raise _fail(str(e)) from None
    except Exception as e:
        if type(e).__name__ == "BrokerError":  # robot.worker, imported only for distributed runs
            raise _fail(str(e)) from None
        raise
    payload = result.to_json()
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    _summary(payload)
    if report:
        from robot.evidence import write_manifest
        from robot.reports import render_run_report

        names = {s.id: s.name for s in config.sites}
        path = render_run_report(payload, result.run_dir / "report.html", site_names=names)
        write_manifest(result.run_dir, result.run_id)  # the report is evidence too: list it with its hash
        out.print(f"报告 (report): [bold]{path}[/]")
    if json_out is not None:
        out.print(f"结果 (result JSON): {json_out}")
    for problem in result.errors:
        err.print(f"[red]error:[/] {problem}")
    if result.interrupted or result.errors:
        err.print(f"[yellow]run {result.run_id} was cut short; what was found is saved. Run the same command again to resume.[/]")
        return 3
    if fail_on:
        rank = SEVERITY_ORDER.index(fail_on)
        if any(SEVERITY_ORDER.index(f["severity"]) <= rank for f in payload["findings"]):
            return 1
    return 0


def _summary(payload: dict[str, Any]) -> None:
    run = payload["run"]
    table = Table(title=f"巡检结果 run {run['id']} · as of {run['as_of']}", show_lines=False)
    table.add_column("站点 site")
    for label in ("否决 veto", "高 high", "中 medium", "低 low"):
        table.add_column(label, justify="right")
    table.add_column("页面 pages", justify="right")
    table.add_column("主要问题 top rules")
    for site in run["sites"]:
        fs = [f for f in payload["findings"] if f["site"] == site]
        counts = [sum(1 for f in fs if f["severity"] == s) for s in SEVERITY_ORDER]
        by_rule: dict[str, int] = {}
        for f in fs:
            by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        top = ", ".join(f"{r}×{n}" for r, n in sorted(by_rule.items(), key=lambda x: -x[1])[:4])
        pages = sum(1 for p in payload["pages"] if p["site"] == site)
        table.add_row(site, *[f"[bold red]{c}[/]" if c and i == 0 else str(c) for i, c in enumerate(counts)],
                      str(pages), top)
    out.print(table)


@app.command()
def inspect(
    config: Annotated[Path, typer.Option("--config", help="SITES.yaml")],
    db: DbOpt = DEFAULT_DB,
    evidence: EvidenceOpt = Path("evidence"),
    as_of: AsOfOpt = None,
    site: Annotated[list[str] | None, typer.Option("--site", help="Only this site id (repeatable).")] = None,
    checks: Annotated[str | None, typer.Option("--checks", help="Rule prefixes, e.g. link,image.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the run's result JSON here.")] = None,
    fail_on: Annotated[str | None, typer.Option("--fail-on", help="Exit 1 on a finding at or above: veto|high|medium|low.")] = None,
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1, help="Pages per site for this run.")] = None,
    distributed: Annotated[bool, typer.Option("--distributed", help="Split the run over Celery workers.")] = False,
    broker: Annotated[str | None, typer.Option("--broker", help="Celery broker URL (Redis).")] = None,
    report: Annotated[bool, typer.Option("--report/--no-report", help="Write the HTML run report.")] = True,
) -> None:
    """One inspection run over the configured sites."""
    from robot.config import ConfigError, load_config

    if fail_on is not None and fail_on not in SEVERITY_ORDER:
        raise _fail(f"--fail-on {fail_on!r}: use one of {', '.join(SEVERITY_ORDER)}")
    if broker and not distributed:
        raise _fail("--broker is for --distributed runs: add --distributed, or leave --broker out")
    if distributed:
        import os

        broker = broker or os.environ.get("ZWGK_BROKER")
        if not broker:
            raise _fail("--distributed needs --broker URL (or ZWGK_BROKER), e.g. redis://127.0.0.1:6379/0")
        if importlib.util.find_spec("celery") is None:
            raise _fail("--distributed needs Celery: pip install 'zwgk-robot[worker]'")
    day = _parse_as_of(as_of)
    try:
        cfg = load_config(config)
    except ConfigError as e:
        raise _fail(str(e)) from None
    check_list = [c for c in (checks or "").split(",") if c.strip()] or None
    code = _run_and_render(cfg, db=db, evidence=evidence, as_of=day, sites=site or None, checks=check_list,
                           max_pages=max_pages, json_out=json_out, fail_on=fail_on, report=report,
                           broker=broker if distributed else None)
    raise typer.Exit(code)


@app.command()
def worker(
    broker: Annotated[str | None, typer.Option("--broker", help="Celery broker URL (Redis); default: $ZWGK_BROKER.")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="SQLAlchemy URL for tasks that carry none (a distributed run sends its own --db).")] = None,
    evidence: Annotated[Path | None, typer.Option(
        "--evidence", help="Evidence folder for tasks that carry none (share it with the other roles).")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Tasks at once (each its own process and Chromium).")] = 1,
    name: Annotated[str | None, typer.Option("--name", help="Celery node name (default celery@HOSTNAME).")] = None,
) -> None:
    """A Celery worker that takes inspection tasks (one site of a distributed run each) from the broker."""
    import os

    broker = broker or os.environ.get("ZWGK_BROKER")
    if not broker:
        raise _fail("worker needs --broker URL (or ZWGK_BROKER), e.g. redis://127.0.0.1:6379/0")
    if importlib.util.find_spec("celery") is None:
        raise _fail("the worker needs Celery: pip install 'zwgk-robot[worker]'")
    from robot.worker import BrokerError, check_broker, run_worker

    try:
        check_broker(broker)
    except BrokerError as e:
        raise _fail(str(e)) from None
    logging.getLogger("robot").setLevel(logging.INFO)
    run_worker(broker, db=db, evidence=str(evidence) if evidence else None, concurrency=concurrency, name=name)
    raise typer.Exit(0)


@app.command()
def demo(
    db: DbOpt = DEFAULT_DB,
    evidence: EvidenceOpt = Path("evidence"),
    as_of: Annotated[str, typer.Option("--as-of", help="The demo portal's data is dated for this day.")] = "2024-04-30",
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the run's result JSON here.")] = None,
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1)] = None,
) -> None:
    """Serve the bundled demo county portal on 127.0.0.1 and inspect it with every check."""
    from robot.demo import render_config
    from robot.demo.launch import demo_config, serve_demo

    day = _parse_as_of(as_of)
    with serve_demo() as server:
        out.print(f"演示门户 (demo portal) at [bold]{server.url('/')}[/]")
        cfg = demo_config(server.url("/"))
        code = _run_and_render(cfg, db=db, evidence=evidence, as_of=day, sites=None, checks=None,
                               max_pages=max_pages, json_out=json_out, fail_on=None, report=True)
        # the config the demo ran with (units, contact …), for the commands that follow it
        rendered = evidence / "demo-sites.yaml"
        try:
            rendered.parent.mkdir(parents=True, exist_ok=True)
            rendered.write_text(render_config(server.url("/")), encoding="utf-8")
            month = (day or date.today()).strftime("%Y-%m")
            out.print(f"月通报 (bulletin): zwgk-robot report --month {month} --config {rendered} --format docx",
                      highlight=False)
        except OSError as e:
            err.print(f"[yellow]could not write {rendered}: {e}[/]")
    raise typer.Exit(code)


@app.command()
def daemon(
    config: Annotated[Path, typer.Option("--config", help="SITES.yaml")],
    db: DbOpt = DEFAULT_DB,
    evidence: EvidenceOpt = Path("evidence"),
    broker: Annotated[str | None, typer.Option(
        "--broker", help="Celery broker URL (Redis): inspections that fall due together run on the "
        "`zwgk-robot worker`s as one distributed run; default: $ZWGK_BROKER, else here")] = None,
) -> None:
    """Run the config's schedule (probes, daily monitoring, weekly sweep, monthly bulletin) until stopped."""
    from robot.config import ConfigError, load_config
    from robot.store import StoreError

    logging.getLogger("robot").setLevel(logging.INFO)
    broker = broker or os.environ.get("ZWGK_BROKER") or None
    try:
        cfg = load_config(config)
        from robot.daemon import Daemon

        if broker:
            from robot.worker import BrokerError, check_broker

            try:
                check_broker(broker)
            except BrokerError as e:
                raise _fail(str(e)) from None
        runner = Daemon(cfg, db_url=db, evidence_dir=evidence, broker=broker)
    except (ConfigError, StoreError) as e:
        raise _fail(str(e)) from None
    try:
        code = runner.run()
    finally:
        runner.close()
    raise typer.Exit(code)


# --- replay -------------------------------------------------------------------------------------

DEMO_AS_OF = "2024-04-30"  # the bundled demo portal's data is dated for this day


@app.command()
def baseline(
    config: Annotated[Path, typer.Option("--config", help="SITES.yaml")],
    evidence: EvidenceOpt = Path("evidence"),
    site: Annotated[list[str] | None, typer.Option("--site", help="Only this site id (repeatable).")] = None,
) -> None:
    """Set or refresh each site's homepage baseline screenshot (for page.defaced); old ones are kept."""
    from robot.config import ConfigError, load_config

    try:
        cfg = load_config(config)
    except ConfigError as e:
        raise _fail(str(e)) from None
    chosen = [s for s in cfg.sites if not site or s.id in site]
    unknown = sorted(set(site or []) - {s.id for s in cfg.sites})
    if unknown:
        raise _fail(f"{config}: no site with id {', '.join(unknown)} (the config has: "
                    f"{', '.join(s.id for s in cfg.sites)})")
    code = asyncio.run(_baselines(cfg, chosen, evidence))
    raise typer.Exit(code)


async def _baselines(cfg: Any, sites: list[Any], evidence: Path) -> int:
    from robot.gather import deface
    from robot.gather.browser import BrowserSession, BrowserSettings

    d = cfg.defaults
    settings = BrowserSettings(timeout_s=d.timeout_s, user_agent=d.user_agent, images=True,
                               viewport_width=d.viewport_width, viewport_height=d.viewport_height)
    code = 0
    async with BrowserSession(settings) as browser:
        for s in sites:
            ctx = await browser.new_context()
            try:
                shot = await deface.homepage_shot(ctx, s.url, s.deface_mask, timeout_s=d.timeout_s)
                path = deface.save_baseline(evidence, s.id, shot)
                out.print(f"{s.name} ({s.id}): 基准截图 (baseline) {path}", highlight=False)
            except Exception as exc:  # one site's trouble is reported, the others still get theirs
                err.print(f"[red]{s.id}: no baseline: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}[/]")
                code = 1
            finally:
                await ctx.close()
    return code


@app.command()
def replay(
    scenario: Annotated[Path, typer.Argument(metavar="SCENARIO.yaml", help="The scenario to replay.")],
    config: Annotated[Path | None, typer.Option(
        "--config", help="SITES.yaml (default: the bundled demo portal, for a scenario with site: demo).")] = None,
    site: Annotated[str | None, typer.Option("--site", help="Site id of the config (default: the scenario's site).")] = None,
    headed: Annotated[bool, typer.Option("--headed", help="Show the browser window (needs a display).")] = False,
    trace: Annotated[bool, typer.Option("--trace/--no-trace", help="Record a Playwright trace (trace.zip).")] = True,
    evidence: EvidenceOpt = Path("evidence"),
    db: DbOpt = DEFAULT_DB,
    as_of: AsOfOpt = None,
) -> None:
    """Replay one interaction scenario and write an evidence bundle (exit 1 when a step fails)."""
    import os

    from robot.config import ConfigError, load_config
    from robot.scenarios import ScenarioError, load_scenario

    day = _parse_as_of(as_of)
    if headed and sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise _fail("--headed needs a display ($DISPLAY is not set): run without --headed, or under xvfb-run")
    try:
        plan = load_scenario(scenario)
    except ScenarioError as e:
        raise _fail(str(e)) from None
    site_id = site or plan.site
    if config is None:
        if site_id != "demo":
            what = f"is for site {site_id!r}" if site_id else "names no site"
            raise _fail(f"{scenario}: the scenario {what}: give --config SITES.yaml (and --site ID), "
                        "or use site: demo to replay it against the bundled demo portal")
        from robot.demo.launch import demo_config, serve_demo

        with serve_demo() as server:
            err.print(f"演示门户 (demo portal) at [bold]{server.url('/')}[/]", highlight=False)
            cfg = demo_config(server.url("/"))
            code = _replay_and_render(plan, cfg.site("demo"), cfg.defaults, evidence=evidence, db=db,
                                      as_of=day or date.fromisoformat(DEMO_AS_OF), headed=headed, trace=trace,
                                      holidays=cfg.holidays)
        raise typer.Exit(code)
    try:
        cfg = load_config(config)
    except ConfigError as e:
        raise _fail(str(e)) from None
    if site_id is None:
        if len(cfg.sites) != 1:
            raise _fail(f"{scenario}: the scenario names no site and {config} has {len(cfg.sites)}: choose one with --site")
        site_id = cfg.sites[0].id
    try:
        site_cfg = cfg.site(site_id)
    except KeyError:
        known = ", ".join(s.id for s in cfg.sites)
        raise _fail(f"{config}: no site with id {site_id!r} (the config has: {known})") from None
    code = _replay_and_render(plan, site_cfg, cfg.defaults, evidence=evidence, db=db, as_of=day, headed=headed,
                              trace=trace, holidays=cfg.holidays)
    raise typer.Exit(code)


_STEP_STYLE = {"passed": ("green", "✓ 通过"), "failed": ("bold red", "✗ 失败"), "interrupted": ("yellow", "■ 中断"),
               "skipped": ("dim", "· 未执行")}


def _replay_and_render(plan: Any, site_cfg: Any, defaults: Any, *, evidence: Path, db: str, as_of: date | None,
                       headed: bool, trace: bool, holidays: Any = None) -> int:
    from rich.markup import escape

    from robot.replay import VERB_LABELS, StepResult, run_replay
    from robot.workdays import WorkCalendar

    calendar = WorkCalendar.from_config(holidays or {})  # the config's years on top of the shipped ones

    def step_done(s: StepResult) -> None:
        style, label = _STEP_STYLE.get(s.status, ("", s.status))
        err.print(f"  {s.index:>3} {VERB_LABELS.get(s.verb, s.verb)} [dim]{s.verb}[/] {escape(s.summary)}  "
                  f"[{style}]{label}[/] {s.ms} ms", highlight=False)

    err.print(f"回放 (replay) [bold]{escape(plan.name)}[/] · {site_cfg.name} ({site_cfg.id}) · {len(plan.steps)} 步",
              highlight=False)
    try:
        result = run_replay(plan, site=site_cfg, evidence_dir=evidence, headed=headed, trace=trace, as_of=as_of,
                            db_url=db, timeout_s=defaults.timeout_s, defaults=defaults, calendar=calendar,
                            progress=step_done)
    except KeyboardInterrupt:
        err.print("[yellow]stopped at once (second interrupt): the bundle may be incomplete[/]")
        return 3
    table = Table(title=f"场景回放 {escape(plan.name)} · {site_cfg.name} · as of {result.as_of.isoformat()}")
    for col, justify in (("步骤", "right"), ("动作 verb", "left"), ("内容", "left"), ("毫秒", "right"),
                         ("状态", "left"), ("页面 URL", "left")):
        table.add_column(col, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for s in result.steps:
        style, label = _STEP_STYLE.get(s.status, ("", s.status))
        table.add_row(str(s.index), f"{VERB_LABELS.get(s.verb, s.verb)} {s.verb}", escape(s.summary),
                      "—" if s.ms is None else str(s.ms), f"[{style}]{label}[/]", escape(s.url))
    out.print(table)
    for m in result.measures:
        out.print(f"计时 (measure) {escape(m['name'])}: [bold]{m['ms']}[/] ms（第 {m['start_step']} → {m['stop_step']} 步）",
                  highlight=False)
    if result.findings:
        out.print(f"渠道检查发现 {len(result.findings)} 个问题 (findings): "
                  + ", ".join(sorted({f['rule'] for f in result.findings})), highlight=False)
    failed = result.failed_step
    if failed is not None:
        err.print(f"[red]step {failed.index} ({failed.verb}) {failed.status}:[/] {escape(failed.error)}", highlight=False)
    for problem in result.problems:
        err.print(f"[yellow]note:[/] {escape(problem)}", highlight=False)
    out.print(f"证据包 (evidence bundle): [bold]{result.bundle}[/]", highlight=False)
    out.print(f"  打开 (open) {result.bundle / 'evidence.html'} · 校验 (verify) zwgk-robot evidence verify {result.bundle}",
              highlight=False)
    if result.interrupted:
        err.print("[yellow]the replay was interrupted; the bundle holds everything up to that step[/]")
    return result.exit_code


# --- findings -----------------------------------------------------------------------------------

FIELDS = ["id", "rule", "severity", "site", "url", "target", "message", "status", "first_seen", "last_seen",
          "rectified_at", "fingerprint"]


@findings_app.callback()
def findings_list(
    ctx: typer.Context,
    status: Annotated[str, typer.Option("--status", help="open|confirmed|ignored|rectified|all")] = "open",
    site: Annotated[str | None, typer.Option("--site")] = None,
    rule: Annotated[str | None, typer.Option("--rule", help="Rule ID or prefix, e.g. link.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table|json|csv")] = "table",
    db: DbOpt = DEFAULT_DB,
) -> None:
    """List findings from the database."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    if status not in ("open", "confirmed", "ignored", "rectified", "all"):
        raise _fail(f"--status {status!r}: use open, confirmed, ignored, rectified or all")
    if fmt not in ("table", "json", "csv"):
        raise _fail(f"--format {fmt!r}: use table, json or csv")
    store = _open_store(db)
    try:
        records = [r.to_dict() for r in store.findings(status=None if status == "all" else status, site=site, rule=rule)]
    finally:
        store.close()
    if fmt == "json":
        sys.stdout.write(json.dumps({"findings": records}, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=f"问题清单 findings ({status}): {len(records)}")
        for col in ("id", "rule", "severity", "site", "message", "url", "发现日期", "整改日期", "status"):
            table.add_column(col, overflow="fold")
        for r in records:
            table.add_row(str(r["id"]), r["rule"], r["severity"], r["site"], r["message"], r["url"],
                          r["first_seen"] or "", r["rectified_at"] or "", r["status"])
        out.print(table)
    raise typer.Exit(0)


def _open_store(db: str) -> Any:
    from robot.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as e:
        raise _fail(str(e)) from None


def _set_status(ctx: typer.Context, finding_id: int, status: str, reason: str | None) -> None:
    store = _open_store(ctx.obj["db"])
    try:
        rec = store.set_status(finding_id, status, reason=reason, actor="cli")
    except ValueError as e:
        raise _fail(str(e)) from None
    finally:
        store.close()
    out.print(f"finding {rec.id} ({rec.rule}) is now [bold]{rec.status}[/]")


@findings_app.command("confirm")
def findings_confirm(ctx: typer.Context, finding_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """An inspector agrees: the finding is confirmed."""
    _set_status(ctx, finding_id, "confirmed", None)


@findings_app.command("ignore")
def findings_ignore(
    ctx: typer.Context,
    finding_id: Annotated[int, typer.Argument(metavar="ID")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is a false alarm (kept with the finding).")],
) -> None:
    """A false alarm: ignored with a reason, never raised again."""
    if not reason.strip():
        raise _fail("--reason must say why the finding is a false alarm")
    _set_status(ctx, finding_id, "ignored", reason.strip())


# --- report (月通报) -------------------------------------------------------------------------------

REPORT_FORMATS = ("html", "docx", "xlsx", "md")


@app.command()
def report(
    month: Annotated[str, typer.Option("--month", help="The month of the bulletin, YYYY-MM.")],
    config: Annotated[Path | None, typer.Option(
        "--config", help="SITES.yaml: the sites and their units (default: the sites in the database, no units).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="html|docx|xlsx|md (default: from --out, else html).")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Where to write it (default: bulletin-YYYY-MM.EXT).")] = None,
    db: DbOpt = DEFAULT_DB,
    as_of: AsOfOpt = None,
) -> None:
    """The monthly bulletin (月通报) from the database."""
    from robot.config import ConfigError, load_config
    from robot.reports.bulletin import build_bulletin, parse_month, render

    try:
        parse_month(month)
    except ValueError as e:
        raise _fail(str(e)) from None
    if fmt is None:
        suffix = out_file.suffix.lower().lstrip(".") if out_file is not None else ""
        fmt = suffix if suffix in REPORT_FORMATS else "html"
    if fmt not in REPORT_FORMATS:
        raise _fail(f"--format {fmt!r}: use one of {', '.join(REPORT_FORMATS)}")
    day = _parse_as_of(as_of)
    cfg = None
    if config is not None:
        try:
            cfg = load_config(config)
        except ConfigError as e:
            raise _fail(str(e)) from None
    target = out_file or Path(f"bulletin-{month.strip()}.{fmt}")
    store = _open_store(db)
    try:
        bulletin = build_bulletin(store, cfg, month.strip(), issued=day)
    finally:
        store.close()
    render(bulletin, fmt, target)
    out.print(f"{bulletin.title}: [bold]{target}[/]", highlight=False)
    for note in bulletin.notes[:-1]:
        err.print(f"[yellow]note:[/] {note}", highlight=False)
    raise typer.Exit(0)


# --- evidence -------------------------------------------------------------------------------------


@evidence_app.command("verify")
def evidence_verify(run_dir: Annotated[Path, typer.Argument(help="e.g. evidence/run-12")]) -> None:
    """Check every file of a run against its manifest (SHA-256) and sidecars."""
    from robot.evidence import verify_run

    if not run_dir.is_dir():
        raise _fail(f"{run_dir}: no such folder")
    problems = verify_run(run_dir)
    if problems:
        for p in problems:
            err.print(f"[red]✗[/] {p}")
        raise typer.Exit(1)
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    out.print(f"[green]✓[/] {len(manifest['files'])} files match the manifest of {run_dir}")


# --- db (schema migrations) -----------------------------------------------------------------------


@db_app.command("current")
def db_current(db: DbOpt = DEFAULT_DB) -> None:
    """Print the database's schema revision and the newest this robot knows; changes nothing."""
    from robot.store import StoreError
    from robot.store.engine import mask_url
    from robot.store.migrate import MigrationError, status

    try:
        st = status(db)
    except (StoreError, MigrationError) as e:
        raise _fail(str(e)) from None
    where = st["current"] or ("none: made before migrations (the next upgrade records it as 0001)" if st["legacy"]
                              else "none: empty")
    note = "" if st["known"] else " (made by a newer zwgk-robot)"
    out.print(f"{mask_url(db)}: revision {where}{note}; newest {st['head']}", highlight=False)
    raise typer.Exit(0)


@db_app.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision (default: head, the newest).")] = "head",
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Bring the database to a revision now (e.g. before starting workers), one process at a time."""
    _db_migrate(db, "upgrade", revision)


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, or base (drops the robot's tables).")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Take the database back to an older revision, for an older zwgk-robot (rows of dropped tables are lost)."""
    _db_migrate(db, "downgrade", revision)


def _db_migrate(db: str, action: str, revision: str) -> None:
    from robot.store import StoreError
    from robot.store.engine import mask_url
    from robot.store.migrate import MigrationError, run

    try:
        outcome = run(db, action, revision)
    except (StoreError, MigrationError) as e:
        raise _fail(str(e)) from None
    out.print(f"{mask_url(db)}: {outcome.describe()}", highlight=False)
    raise typer.Exit(0)

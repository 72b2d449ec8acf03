"""Replay one interaction scenario in Chromium and keep everything as an evidence bundle.

``evidence/replay-<scenario>-<UTC time>/`` (a new folder every run, never one that exists):

=====================  ===========================================================================
``01-goto.png`` …       one screenshot per step after it ran (the failure state for a failed step),
                        each with a JSON sidecar: URL, UTC time, step, SHA-256 (:class:`EvidenceWriter`)
``trace.zip``           Playwright trace with screenshots, DOM snapshots and sources
                        (``playwright show-trace trace.zip``)
``network.har``         every request and response of the replay
``steps.json``          per step: index, verb, args, started, ms, ok, error, url, screenshot
``findings.json``       the findings raised by ``probe`` steps, with the probes' snapshots
``scenario.yaml``       the scenario as replayed
``evidence.html``       one self-contained page (screenshots embedded) to read or e-mail
``manifest.json``       SHA-256 of every file (``zwgk-robot evidence verify <bundle>``)
=====================  ===========================================================================

A failing step (timeout, an expectation not met, a blocked submission) stops the replay; the
bundle is still written completely and marked failed at that step. Ctrl-C (SIGINT) or SIGTERM
stops the step under way and writes the bundle too, marked interrupted. Personal data typed into
forms (ID numbers, mobile numbers) is masked in steps.json, findings.json, the scenario copy and
evidence.html, and covered in the screenshots; the trace keeps what the browser saw.

Forms are never submitted unless the site's config says ``allow_submit: true``: writes (POST,
PUT, PATCH, DELETE) of pages and scripts are blocked, and a click or key press that caused one
fails (writes a page makes by itself while loading are only listed). The guard routes every
request, which turns off Chromium's HTTP cache: measures are those of a first visit.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import importlib.util
import inspect
import json
import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from playwright.async_api import BrowserContext, Page, Request, Route, expect
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator as PwLocator
from playwright.async_api import TimeoutError as PlaywrightTimeout

from robot import __version__
from robot.config import Defaults, SiteConfig
from robot.evidence import EvidenceWriter, relative_paths, sha256_file, write_manifest
from robot.findings import Finding
from robot.gather.browser import BrowserSession, BrowserSettings, close_page
from robot.scenarios import (
    Check,
    Click,
    ExpectText,
    ExpectVisible,
    Fill,
    Goto,
    Locator,
    Measure,
    Press,
    Probe,
    Scenario,
    Screenshot,
    Select,
    Step,
    WaitFor,
)
from robot.urls import is_private_host
from robot.waits import pause

log = logging.getLogger(__name__)

PROBE_MODULE = "robot.channels.probe"
TEMPLATES = Path(__file__).parent / "reports" / "templates"
SHANGHAI = ZoneInfo("Asia/Shanghai")
MAX_FULL_PAGE_PX = 12000
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
VERB_LABELS = {
    "goto": "打开页面",
    "click": "点击",
    "fill": "填写",
    "select": "选择",
    "check": "勾选",
    "press": "按键",
    "wait_for": "等待",
    "expect_text": "核对文字",
    "expect_visible": "核对可见",
    "screenshot": "截图",
    "measure": "计时",
    "probe": "渠道检查",
}
SEVERITY_LABELS = {"veto": "单项否决", "high": "高", "medium": "中", "low": "低"}
STATUS_LABELS = {"passed": "通过", "failed": "失败", "interrupted": "中断", "skipped": "未执行"}
_OUTLINE_JS = """(el) => {
  el.scrollIntoView({block: 'center', inline: 'center'});
  el.setAttribute('data-zwgk-outline', el.style.outline || '');
  el.style.outline = '4px solid #e00000';
  el.style.outlineOffset = '2px';
  const r = el.getBoundingClientRect();
  return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};
}"""
_NEW_TAB_JS = """(el) => {
  const a = el.closest('a[href], area[href]');
  const t = ((a && a.target) || '').toLowerCase();
  if (!t || t === '_self' || t === '_parent' || t === '_top') return false;
  return t === '_blank' || !window.top.frames[t];  // a named frame of the page is no new tab
}"""
_UNOUTLINE_JS = """(el) => {
  el.style.outline = el.getAttribute('data-zwgk-outline') || '';
  el.removeAttribute('data-zwgk-outline');
}"""

# --- personal data -------------------------------------------------------------------------------

# 18-digit resident ID (region, birth date, sequence, check character) and the old 15-digit one;
# generous on purpose: anything that looks like one is masked, valid check digit or not.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")


def mask_personal(text: str) -> str:
    """ID numbers as ``3607**********1234``, mobile numbers as ``138****5678``; the rest unchanged."""
    text = _ID_NUMBER.sub(lambda m: m[0][:4] + "*" * (len(m[0]) - 8) + m[0][-4:], text)

    def mobile(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m[0])[-11:]
        return digits[:3] + "****" + digits[-4:]

    return _MOBILE.sub(mobile, text)


def _masked(value: Any) -> Any:
    """``value`` with :func:`mask_personal` applied to every string inside it."""
    if isinstance(value, str):
        return mask_personal(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(v) for v in value]
    return value


# --- results -------------------------------------------------------------------------------------


@dataclass
class StepResult:
    """What happened at one step; personal data already masked."""

    index: int
    verb: str
    line: int | None
    args: dict[str, Any]
    summary: str
    status: str = "skipped"  # passed | failed | interrupted | skipped (not reached)
    started: str | None = None  # UTC, ISO 8601
    ms: int | None = None
    error: str = ""
    url: str = ""
    screenshot: str = ""  # file name in the bundle
    screenshot_sha256: str = ""
    detail: dict[str, Any] = field(default_factory=dict)  # measure: {name, ms}; probe: {kind, findings}

    @property
    def ok(self) -> bool | None:
        return None if self.status == "skipped" else self.status == "passed"

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "verb": self.verb,
            "args": self.args,
            "line": self.line,
            "started": self.started,
            "ms": self.ms,
            "ok": self.ok,
            "status": self.status,
            "error": self.error or None,
            "url": self.url,
            "screenshot": self.screenshot or None,
            **({"detail": self.detail} if self.detail else {}),
        }


@dataclass
class ReplayResult:
    scenario: Scenario
    site: SiteConfig
    bundle: Path
    as_of: date
    started_at: str
    finished_at: str = ""
    steps: list[StepResult] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)  # {name, ms, start_step, stop_step}
    findings: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what went wrong around the steps (trace, HAR …)
    interrupted: bool = False

    @property
    def failed_step(self) -> StepResult | None:
        return next((s for s in self.steps if s.status in ("failed", "interrupted")), None)

    @property
    def status(self) -> str:
        if self.interrupted:
            return "interrupted"
        if self.failed_step is not None or any(s.status == "skipped" for s in self.steps):
            return "failed"
        return "passed"

    @property
    def exit_code(self) -> int:
        """The contract's exit status: 0 done, 1 a step failed, 3 cut short."""
        return {"passed": 0, "failed": 1, "interrupted": 3}[self.status]


class StepFailed(Exception):
    """A step did not do what the scenario says; the message is for the inspector."""


# --- the replay ----------------------------------------------------------------------------------


def today_shanghai() -> date:
    return datetime.now(SHANGHAI).date()


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_bundle_dir(evidence_dir: Path, scenario: Scenario) -> Path:
    """``replay-<scenario>-<UTC time>``, created here; a second run in the same second gets ``-2``."""
    evidence_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        path = evidence_dir / (f"replay-{scenario.slug}-{stamp}" + (f"-{n}" if n > 1 else ""))
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise RuntimeError(f"no free bundle folder name under {evidence_dir}")


async def replay(
    scenario: Scenario,
    *,
    site: SiteConfig,
    evidence_dir: Path,
    headed: bool = False,
    trace: bool = True,
    as_of: date | None = None,
    db_url: str | None = None,
    timeout_s: float = 15,
    defaults: Defaults | None = None,
    calendar: Any = None,
    progress: Callable[[StepResult], None] | None = None,
) -> ReplayResult:
    """Replay ``scenario`` against ``site`` and write its evidence bundle under ``evidence_dir``.

    Never raises for what happens on the page: a failing step is recorded, the bundle written
    and :attr:`ReplayResult.exit_code` says 1. ``db_url`` (when given) receives the findings of
    ``probe`` steps. ``progress`` is called after each step.
    """
    runner = _Runner(
        scenario,
        site,
        Path(evidence_dir),
        headed=headed,
        trace=trace,
        as_of=as_of or today_shanghai(),
        timeout_s=timeout_s,
        defaults=defaults or Defaults.model_validate({}),
        calendar=calendar,
        progress=progress,
    )
    with runner.signals():
        try:
            await runner.run()
        except asyncio.CancelledError:
            runner.result.interrupted = True
        except PlaywrightError as exc:  # the browser could not start (no display for --headed) or died
            why = _first_line(exc)
            if "XServer" in str(exc):
                why = "a headed browser needs a display (X server / $DISPLAY); run headless or under xvfb-run"
            log.warning("replay of %s: the browser failed: %s", scenario.source, why)
            runner.result.problems.append(f"浏览器错误（browser error）: {why}")
        except Exception as exc:  # a bug: the bundle still says how far it got
            log.exception("replay of %s failed outside its steps", scenario.source)
            runner.result.problems.append(
                f"内部错误（internal error）: {type(exc).__name__}: {_first_line(exc)}"
            )
        finally:
            runner.write_bundle()
    if db_url and runner.result.findings:
        try:
            runner.record_findings(db_url)
        except Exception as exc:  # the bundle holds the findings; the database is a copy
            log.exception("recording the probe findings failed")
            runner.result.problems.append(f"数据库未记录（findings not stored）: {_first_line(exc)}")
    return runner.result


def run_replay(scenario: Scenario, **kwargs: Any) -> ReplayResult:
    """:func:`replay` for synchronous callers (the CLI)."""
    return asyncio.run(replay(scenario, **kwargs))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


def _playwright_message(exc: BaseException, timeout_s: float) -> str:
    """Playwright's error in one or two lines: what it did and what it waited for."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    head = lines[0] if lines else type(exc).__name__
    waiting = next((ln.lstrip("- ") for ln in lines[1:] if ln.lstrip("- ").startswith("waiting for")), "")
    if isinstance(exc, PlaywrightTimeout | TimeoutError):
        head = f"超时（{timeout_s:g} 秒）: {head}"
    if "strict mode violation" in head:
        head += "（多个元素匹配：在定位里加 nth: 0 或写得更具体）"
    return head + (f" — {waiting}" if waiting else "")


@contextmanager
def _driver_keeps_running() -> Iterator[None]:
    """Start Playwright's driver in its own session while this is open.

    Ctrl-C in a terminal signals the whole foreground process group: the node driver would die of
    it and close the browser before the bundle (trace, HAR, the last screenshot) is saved. In its
    own session only we see the signal and stop the replay in order. (Chromium itself is already
    started in its own process group by Playwright.)
    """
    original = asyncio.create_subprocess_exec

    async def spawn(*args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        kwargs.setdefault("start_new_session", True)
        return await original(*args, **kwargs)

    setattr(asyncio, "create_subprocess_exec", spawn)  # noqa: B010 - a scoped patch, restored below
    try:
        yield
    finally:
        setattr(asyncio, "create_subprocess_exec", original)  # noqa: B010


class _Runner:
    def __init__(
        self,
        scenario: Scenario,
        site: SiteConfig,
        evidence_dir: Path,
        *,
        headed: bool,
        trace: bool,
        as_of: date,
        timeout_s: float,
        defaults: Defaults,
        calendar: Any,
        progress: Callable[[StepResult], None] | None,
    ) -> None:
        self.scenario, self.site, self.defaults, self.calendar = scenario, site, defaults, calendar
        self.headed, self.trace, self.timeout_s, self.progress = headed, trace, timeout_s, progress
        self.bundle = new_bundle_dir(evidence_dir, scenario)
        self.writer = EvidenceWriter(
            evidence_dir,
            None,
            run_dir=self.bundle,
            user_agent=defaults.user_agent,
            viewport={"width": defaults.viewport_width, "height": defaults.viewport_height},
        )
        self.result = ReplayResult(
            scenario=scenario, site=site, bundle=self.bundle, as_of=as_of, started_at=_utc_now()
        )
        self.result.steps = [
            StepResult(s.index, s.verb, s.line, _masked(s.args_json()), mask_personal(s.summary()))
            for s in scenario.steps
        ]
        self.width = max(2, len(str(len(scenario.steps))))
        self.page: Page | None = None
        self.ctx: BrowserContext | None = None
        self.personal: list[Locator] = []  # fields filled with personal data: covered in screenshots
        self.blocked: list[str] = []  # submissions stopped because the site does not allow_submit
        self.started_measures: dict[str, tuple[float, float, int]] = {}
        self.overhead_s = 0.0  # time spent on the robot's own screenshots, left out of measures
        self.probes: list[dict[str, Any]] = []
        self.findings: list[tuple[int, Finding]] = []
        self.current: asyncio.Task[None] | None = None
        self.stopping = False
        self.own_signals = False

    # --- signals ------------------------------------------------------------------------------

    @contextmanager
    def signals(self) -> Iterator[None]:
        """SIGINT/SIGTERM stop the step under way; the bundle is still written. A second one aborts."""
        loop = asyncio.get_running_loop()
        installed: list[signal.Signals] = []
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                try:
                    loop.add_signal_handler(sig, self._on_signal)
                    installed.append(sig)
                except (NotImplementedError, RuntimeError, ValueError):
                    pass
        self.own_signals = bool(installed)
        try:
            yield
        finally:
            for sig in installed:
                loop.remove_signal_handler(sig)

    def _on_signal(self) -> None:
        if self.stopping:
            raise KeyboardInterrupt
        self.stopping = True
        self.result.interrupted = True
        if self.current is not None and not self.current.done():
            self.current.cancel()

    # --- browser ------------------------------------------------------------------------------

    async def run(self) -> None:
        d = self.defaults
        settings = BrowserSettings(
            timeout_s=self.timeout_s,
            user_agent=d.user_agent,
            headless=not self.headed,
            viewport_width=d.viewport_width,
            viewport_height=d.viewport_height,
        )
        async with AsyncExitStack() as stack:
            session = BrowserSession(settings)
            if self.own_signals:
                with _driver_keeps_running():
                    await stack.enter_async_context(session)
            else:
                await stack.enter_async_context(session)
            if self.result.interrupted:
                return
            ctx = await session.new_context(
                record_har_path=str(self.bundle / "network.har"), record_har_content="embed"
            )
            self.ctx = ctx
            try:
                if self.trace:
                    await ctx.tracing.start(
                        screenshots=True,
                        snapshots=True,
                        sources=True,
                        title=f"{self.scenario.name} · {self.site.id}",
                    )
                if not self.site.allow_submit:
                    await ctx.route("**/*", self._guard)
                self.page = await self._new_page()
                await self._steps()
            finally:
                await self._close_context(ctx)

    async def _new_page(self) -> Page:
        assert self.ctx is not None
        page = await self.ctx.new_page()
        page.on("dialog", lambda d: asyncio.ensure_future(_quietly(d.dismiss())))
        page.on("popup", self._on_popup)  # a target=_blank link: the citizen reads on in the new tab
        return page

    def _on_popup(self, popup: Page) -> None:
        popup.on("dialog", lambda d: asyncio.ensure_future(_quietly(d.dismiss())))
        popup.on("popup", self._on_popup)
        self.page = popup

    async def _guard(self, route: Route, request: Request) -> None:
        if request.method in WRITE_METHODS and request.resource_type in ("document", "xhr", "fetch", "other"):
            self.blocked.append(f"{request.method} {request.url}")
            await route.abort("blockedbyclient")
        else:
            await route.fallback()

    async def _close_context(self, ctx: BrowserContext) -> None:
        if self.trace:
            try:
                await asyncio.wait_for(ctx.tracing.stop(path=str(self.bundle / "trace.zip")), 60)
            except (PlaywrightError, TimeoutError) as exc:
                self.result.problems.append(f"trace.zip 未写入（trace not written）: {_first_line(exc)}")
        try:
            await asyncio.wait_for(ctx.close(), 60)  # writes network.har
        except (PlaywrightError, TimeoutError) as exc:
            self.result.problems.append(f"network.har 未写入（HAR not written）: {_first_line(exc)}")

    # --- steps --------------------------------------------------------------------------------

    async def _steps(self) -> None:
        for step, res in zip(self.scenario.steps, self.result.steps, strict=True):
            if self.result.interrupted:
                break
            res.started = _utc_now()
            began = time.perf_counter()
            blocked_before = len(self.blocked)
            self.current = asyncio.ensure_future(self._step(step, res))
            try:
                await asyncio.wait_for(self.current, self._deadline(step))
                # a write the page's own scripts make while loading is only listed; one a click or a
                # key made is the form being submitted: the replay stops there
                if step.verb in ("click", "press") and len(self.blocked) > blocked_before:
                    raise StepFailed(
                        "已阻止提交：站点配置未设置 allow_submit: true，表单只填写不提交（"
                        + "；".join(self.blocked[blocked_before:])
                        + "）"
                    )
                res.status = "passed"
            except asyncio.CancelledError:
                self.current.cancel()
                res.status, res.error = "interrupted", "中断：收到停止信号（Ctrl-C），已保存到此为止的证据"
                self.result.interrupted = True
            except TimeoutError:
                res.status, res.error = "failed", f"超时：步骤在 {self._deadline(step):g} 秒内没有完成"
            except StepFailed as exc:
                res.status, res.error = "failed", str(exc)
            except AssertionError as exc:
                res.status, res.error = "failed", str(exc) or "核对未通过"
            except PlaywrightError as exc:
                res.status, res.error = "failed", _playwright_message(exc, self.timeout_s)
            except Exception as exc:  # a bug or a bad argument in a probe: this step fails, the bundle stays
                log.exception("%s of %s failed", step.label, self.scenario.source)
                res.status, res.error = "failed", f"{type(exc).__name__}: {_first_line(exc)}"
            finally:
                self.current = None
            res.ms = int((time.perf_counter() - began) * 1000)
            res.error = mask_personal(res.error)
            if isinstance(step.args, Measure) and step.args.action == "stop" and res.status == "passed":
                self._stop_measure(step)
            page = self.page
            res.url = mask_personal(
                res.url or (page.url if page is not None and not page.is_closed() else "")
            )
            if not res.screenshot:
                shooting = time.perf_counter()
                await self._shoot(step, res)
                self.overhead_s += time.perf_counter() - shooting
            if self.progress is not None:
                try:
                    self.progress(res)
                except Exception:  # a display's trouble must not stop the replay
                    log.exception("progress callback failed at %s", step.label)
            if res.status != "passed":
                break

    def _deadline(self, step: Step) -> float:
        """Playwright's own timeouts come first; this only keeps a step from hanging for ever."""
        if isinstance(step.args, Probe):
            return max(120.0, self.timeout_s * 8)
        if isinstance(step.args, WaitFor) and step.args.ms is not None:
            return step.args.ms / 1000 + self.timeout_s
        return self.timeout_s * 2 + 10

    def _locate(self, loc: Locator) -> PwLocator:
        page = self.page
        assert page is not None
        if loc.kind == "role":
            found = page.get_by_role(
                cast(Any, loc.value), name=loc.name, exact=loc.exact if loc.name else None
            )
        elif loc.kind == "label":
            found = page.get_by_label(loc.value, exact=loc.exact)
        elif loc.kind == "text":
            found = page.get_by_text(loc.value, exact=loc.exact)
        elif loc.kind == "placeholder":
            found = page.get_by_placeholder(loc.value, exact=loc.exact)
        else:
            found = page.locator(loc.value)
        return found.nth(loc.nth) if loc.nth is not None else found

    async def _settle(self) -> None:
        """After a click or a key: let a navigation it started finish loading (bounded)."""
        assert self.page is not None
        try:
            await self.page.wait_for_load_state("load", timeout=self.timeout_s * 1000)
        except (PlaywrightError, TimeoutError):
            pass  # a hanging sub-resource: the page itself is there

    async def _step(self, step: Step, res: StepResult) -> None:
        a = step.args
        page = self.page
        assert page is not None
        ms = self.timeout_s * 1000
        if isinstance(a, Goto):
            url = urljoin(self.site.url, a.url)
            if urlsplit(url).scheme not in ("http", "https"):
                raise StepFailed(f"不是网页地址: {a.url}")
            if is_private_host(url) and not (
                self.defaults.allow_private_networks or is_private_host(self.site.url)
            ):
                raise StepFailed(
                    f"不访问内网地址（私有网络）: {url}；需要时在配置里设置 defaults.allow_private_networks: true"
                )
            response = await page.goto(url, wait_until="domcontentloaded", timeout=ms)
            await self._settle()
            if response is not None and response.status >= 400:
                raise StepFailed(f"页面返回 HTTP {response.status}: {url}")
        elif isinstance(a, Click):
            target = self._locate(a.locator)
            # a link that opens a new tab (target=_blank): the citizen reads on there, and so do we
            new_tab = await target.evaluate(_NEW_TAB_JS, timeout=ms)
            if new_tab:
                async with page.expect_popup(timeout=ms) as popup:
                    await target.click(timeout=ms)
                self.page = await popup.value
            else:
                await target.click(timeout=ms)
            await self._settle()
        elif isinstance(a, Fill):
            await self._locate(a.locator).fill(a.value, timeout=ms)
            if mask_personal(a.value) != a.value:
                self.personal.append(a.locator)
        elif isinstance(a, Select):
            await self._locate(a.locator).select_option(a.value, timeout=ms)
        elif isinstance(a, Check):
            await self._locate(a.locator).check(timeout=ms)
        elif isinstance(a, Press):
            await self._locate(a.locator).press(a.key, timeout=ms)
            await self._settle()
        elif isinstance(a, WaitFor):
            if a.locator is not None:
                await self._locate(a.locator).wait_for(state="visible", timeout=ms)
            elif a.state is not None:
                await page.wait_for_load_state(cast(Any, a.state), timeout=ms)
            else:
                await pause((a.ms or 0) / 1000, reason=f"scenario {self.scenario.name}, {step.label}")
        elif isinstance(a, ExpectText):
            target = self._locate(a.locator) if a.locator else page.locator("body")
            try:
                await expect(target).to_contain_text(a.text, use_inner_text=True, timeout=ms)
            except AssertionError:
                where = f"在 {a.locator.describe()} 中" if a.locator else "在页面上"
                seen = ""
                if a.locator is not None:  # what is there instead: the inspector's evidence
                    try:
                        actual = " ".join((await target.first.inner_text(timeout=1000)).split())
                        seen = f"；该处实际文字：{actual[:200]}{'…' if len(actual) > 200 else ''}"
                    except (PlaywrightError, TimeoutError):
                        seen = "；该处元素不存在"
                raise StepFailed(
                    f"{where}没有找到文字“{a.text}”（等待 {self.timeout_s:g} 秒）{seen}"
                ) from None
        elif isinstance(a, ExpectVisible):
            try:
                await expect(self._locate(a.locator)).to_be_visible(timeout=ms)
            except AssertionError:
                raise StepFailed(
                    f"{a.locator.describe()} 不存在或不可见（等待 {self.timeout_s:g} 秒）"
                ) from None
        elif isinstance(a, Screenshot):
            shooting = time.perf_counter()
            await self._shoot(step, res, a)
            self.overhead_s += time.perf_counter() - shooting
        elif isinstance(a, Measure):
            if a.action == "start":
                self.started_measures[a.name] = (time.perf_counter(), self.overhead_s, step.index)
        elif isinstance(a, Probe):
            await self._probe(step, a, res)

    def _stop_measure(self, step: Step) -> None:
        assert isinstance(step.args, Measure)
        started = self.started_measures.pop(step.args.name, None)
        if started is None:  # the loader makes sure it was started; a failed start step never gets here
            return
        began, overhead, index = started
        # the steps' own time: the screenshots the robot takes after each step are not the site's
        ms = int((time.perf_counter() - began - (self.overhead_s - overhead)) * 1000)
        self.result.measures.append(
            {"name": step.args.name, "ms": ms, "start_step": index, "stop_step": step.index}
        )
        self.result.steps[step.index - 1].detail = {"name": step.args.name, "ms": ms}

    async def _probe(self, step: Step, a: Probe, res: StepResult) -> None:
        if importlib.util.find_spec(PROBE_MODULE) is None:
            raise StepFailed(f"渠道检查不可用：本安装没有 {PROBE_MODULE}")
        module = importlib.import_module(PROBE_MODULE)
        url = urljoin(self.site.url, a.url) if a.url else None
        outcome = module.probe(
            a.kind,
            self.ctx,
            self.site,
            url,
            as_of=self.result.as_of,
            defaults=self.defaults,
            calendar=self.calendar,
        )
        if inspect.isawaitable(outcome):
            outcome = await outcome
        from robot.snapshots import to_jsonable

        findings = list(getattr(outcome, "findings", []) or [])
        snapshot = getattr(outcome, "snapshot", None)
        self.result.problems.extend(f"{step.label}: {p}" for p in getattr(outcome, "problems", []) or [])
        self.findings.extend((step.index, f) for f in findings)
        self.probes.append(
            {"step": step.index, "kind": a.kind, "url": url, "snapshot": _masked(to_jsonable(snapshot))}
        )
        seen_url = str(getattr(snapshot, "url", "") or url or "")
        res.detail = {"kind": a.kind, "findings": len(findings)}
        if seen_url:
            res.url = mask_personal(seen_url)
            await self._shoot_url(step, res, seen_url)

    # --- screenshots --------------------------------------------------------------------------

    def _file_name(self, step: Step, shot: Screenshot | None) -> str:
        name = f"{step.index:0{self.width}d}-{step.verb}"
        return name + (f"-{shot.name}" if shot else "") + ".png"

    async def _shoot(self, step: Step, res: StepResult, shot: Screenshot | None = None) -> None:
        """The page as it is after the step (the failure state for a failed one).

        For a ``screenshot`` step a missing element fails the step; otherwise a screenshot that
        cannot be taken (the browser is gone) is noted and the replay goes on to save the rest.
        A failed step's element, where it exists, is outlined as a ``screenshot`` step's is.
        """
        page = self.page
        if page is None or page.is_closed():
            self.result.problems.append(f"{step.label}: 无截图（no page to photograph）")
            return
        box = None
        outline = shot.locator if shot else (_step_locator(step) if res.status == "failed" else None)
        element: PwLocator | None = self._locate(outline) if outline else None
        try:
            if element is not None:
                try:
                    box = await element.first.evaluate(
                        _OUTLINE_JS, timeout=(self.timeout_s if shot else 1) * 1000
                    )
                except (PlaywrightError, TimeoutError):
                    if shot is not None:
                        raise
                    element = None  # a failed step's element that is not there: the plain page
            try:
                png = await self._screenshot(page, full_page=bool(shot and shot.full_page))
            finally:
                if element is not None and box is not None:
                    await _quietly(element.first.evaluate(_UNOUTLINE_JS, timeout=2000))
        except (PlaywrightError, TimeoutError) as exc:
            if shot is not None and res.status == "skipped":  # the screenshot step itself: it failed
                raise
            self.result.problems.append(f"{step.label}: 截图失败（screenshot failed）: {_first_line(exc)}")
            return
        meta: dict[str, Any] = {
            "kind": "replay_step",
            "scenario": self.scenario.name,
            "scenario_file": self.scenario.source,
            "step": step.index,
            "verb": step.verb,
            "args": res.args,
            "status": "passed" if shot is not None and res.status == "skipped" else res.status,
            "url": mask_personal(page.url),
            "started": res.started,
            "element_box": box,
            "full_page": bool(shot and shot.full_page),
            "masked_fields": [loc.describe() for loc in self.personal],
        }
        if res.error:
            meta["error"] = res.error
        self._save(step, res, png, meta, shot)

    async def _shoot_url(self, step: Step, res: StepResult, url: str) -> None:
        """A probe's channel page, photographed in a page of its own (the scenario's page stays)."""
        assert self.ctx is not None
        page = await self.ctx.new_page()
        try:
            await page.goto(url, wait_until="domcontentloaded", timeout=self.timeout_s * 1000)
            try:
                await page.wait_for_load_state("load", timeout=self.timeout_s * 1000)
            except (PlaywrightError, TimeoutError):
                pass
            png = await self._screenshot(page, full_page=False)
        except (PlaywrightError, TimeoutError) as exc:
            self.result.problems.append(f"{step.label}: 渠道页面截图失败: {_first_line(exc)}")
            return
        finally:
            await close_page(page)
        meta = {
            "kind": "replay_probe",
            "scenario": self.scenario.name,
            "step": step.index,
            "verb": step.verb,
            "args": res.args,
            "url": mask_personal(url),
            "started": res.started,
        }
        self._save(step, res, png, meta, None)

    async def _screenshot(self, page: Page, *, full_page: bool) -> bytes:
        mask = [self._locate(loc) for loc in self.personal]
        ms = self.timeout_s * 1000
        if full_page:
            height = await page.evaluate("() => document.documentElement.scrollHeight")
            if isinstance(height, int | float) and height > MAX_FULL_PAGE_PX:
                width = page.viewport_size["width"] if page.viewport_size else 1280
                clip = {"x": 0, "y": 0, "width": width, "height": MAX_FULL_PAGE_PX}
                return await page.screenshot(
                    full_page=True,
                    clip=cast(Any, clip),
                    mask=mask,
                    animations="disabled",
                    caret="hide",
                    timeout=ms,
                )
        return await page.screenshot(
            full_page=full_page,
            mask=mask,
            mask_color="#5b6270",
            animations="disabled",
            caret="hide",
            timeout=ms,
        )

    def _save(
        self, step: Step, res: StepResult, png: bytes, meta: dict[str, Any], shot: Screenshot | None
    ) -> None:
        cap = self.writer.write_as(
            self._file_name(step, shot), png, meta, site=self.site.id, rule=f"replay.{step.verb}"
        )
        res.screenshot, res.screenshot_sha256 = cap.path.name, cap.sha256

    # --- the bundle ---------------------------------------------------------------------------

    def write_bundle(self) -> None:
        """steps.json, findings.json, scenario.yaml, evidence.html and the manifest, whatever happened."""
        r = self.result
        r.finished_at = _utc_now()
        r.findings = [
            _masked(
                {
                    **f.to_dict(),
                    "step": i,
                    "evidence": [s.screenshot for s in r.steps if s.index == i and s.screenshot],
                }
            )
            for i, f in self.findings
        ]
        failed = r.failed_step
        head = {
            "scenario": {
                "name": self.scenario.name,
                "file": self.scenario.source,
                "description": mask_personal(self.scenario.description),
                "sha256": _text_sha256(self.scenario.text),
            },
            "site": {"id": self.site.id, "name": self.site.name, "url": self.site.url},
            "as_of": r.as_of.isoformat(),
            "robot_version": __version__,
        }
        steps_doc = {
            **head,
            "started_at": r.started_at,
            "finished_at": r.finished_at,
            "status": r.status,
            "failed_step": failed.index if failed else None,
            "timeout_s": self.timeout_s,
            "allow_submit": self.site.allow_submit,
            "blocked_submissions": _masked(self.blocked),
            "measures": r.measures,
            "problems": _masked(r.problems),
            "steps": [s.to_json() for s in r.steps],
        }
        findings_doc = {**head, "findings": r.findings, "probes": self.probes}
        self._write_new("steps.json", json.dumps(steps_doc, ensure_ascii=False, indent=2, default=str))
        self._write_new("findings.json", json.dumps(findings_doc, ensure_ascii=False, indent=2, default=str))
        self._write_new("scenario.yaml", mask_personal(self.scenario.text))
        try:
            html = render_evidence_html(r, self.bundle, blocked=_masked(self.blocked))
            self._write_new("evidence.html", html)
        except Exception as exc:  # never lose the bundle over its presentation
            log.exception("rendering evidence.html failed")
            r.problems.append(f"evidence.html 未生成: {_first_line(exc)}")
        write_manifest(self.bundle, None)

    def _write_new(self, name: str, text: str) -> None:
        with (self.bundle / name).open("x", encoding="utf-8") as f:
            f.write(text)

    def record_findings(self, db_url: str) -> None:
        """The probes' findings into the findings database (never rectifying anything: a replay
        is no complete check of a site)."""
        from robot.store import Store

        r = self.result
        evidence = {
            f.fingerprint: relative_paths(
                [self.bundle / s.screenshot for s in r.steps if s.index == i and s.screenshot]
            )
            for i, f in self.findings
        }
        prefixes = sorted({f.family for _, f in self.findings})
        store = Store(db_url)
        try:
            store.upsert_site(self.site.id, self.site.name, self.site.url, self.site.owner)
            run_id = store.start_run(r.as_of, [self.site.id], prefixes)
            store.record_findings(
                run_id,
                r.as_of,
                self.site.id,
                [f for _, f in self.findings],
                evidence,
                scope_rules=prefixes,
                complete=False,
            )
            store.finish_run(run_id, complete=r.status == "passed", interrupted=r.interrupted)
        finally:
            store.close()


def _step_locator(step: Step) -> Locator | None:
    """The element a step acts on or looks at, if it names one."""
    loc = getattr(step.args, "locator", None)
    return loc if isinstance(loc, Locator) else None


async def _quietly(coro: Any) -> None:
    try:
        await coro
    except (PlaywrightError, TimeoutError):
        pass


def _text_sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- evidence.html -------------------------------------------------------------------------------


def _local_time(iso: str | None) -> str:
    if not iso:
        return "—"
    try:
        return datetime.fromisoformat(iso).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    except ValueError:
        return iso


def render_evidence_html(result: ReplayResult, bundle: Path, *, blocked: list[str] | None = None) -> str:
    """The bundle as one self-contained HTML page: screenshots embedded as data URIs."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    steps = []
    first_with: dict[str, int] = {}  # SHA-256 → the first step with that very picture (embedded once)
    for s in result.steps:
        image, same_as = "", None
        path = bundle / s.screenshot if s.screenshot else None
        if path is not None and path.is_file():
            digest = s.screenshot_sha256 or sha256_file(path)
            same_as = first_with.get(digest)
            if same_as is None:
                first_with[digest] = s.index
                image = "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
        steps.append(
            {
                "index": s.index,
                "verb": s.verb,
                "verb_label": VERB_LABELS.get(s.verb, s.verb),
                "summary": s.summary,
                "line": s.line,
                "time": _local_time(s.started),
                "clock": _local_time(s.started)[11:] or "—",
                "ms": s.ms,
                "status": s.status,
                "status_label": STATUS_LABELS.get(s.status, s.status),
                "error": s.error,
                "url": s.url,
                "href": s.url if urlsplit(s.url).scheme in ("http", "https") else None,
                "screenshot": s.screenshot,
                "sha256": s.screenshot_sha256 or (sha256_file(path) if path else ""),
                "image": image,
                "same_as": same_as,
                "detail": s.detail,
            }
        )
    failed = result.failed_step
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("evidence.html.j2").render(
        scenario=result.scenario,
        description=mask_personal(result.scenario.description),
        site=result.site,
        as_of=result.as_of.isoformat(),
        started=_local_time(result.started_at),
        finished=_local_time(result.finished_at),
        status=result.status,
        status_label={"passed": "全部通过", "failed": "失败", "interrupted": "中断"}[result.status],
        failed=failed,
        steps=steps,
        measures=result.measures,
        findings=result.findings,
        problems=result.problems,
        severity_labels=SEVERITY_LABELS,
        blocked=blocked or [],
        bundle=bundle.name,
        version=__version__,
        generated=datetime.now(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S"),
        files=sorted(
            p.name
            for p in bundle.iterdir()
            if p.is_file() and p.suffix not in (".png", ".json") or p.name in ("steps.json", "findings.json")
        ),
    )

"""``zwgk-robot daemon``: runs the config's ``schedule:`` until stopped.

Jobs, per site unless said otherwise (times are Asia/Shanghai):

* ``probe:SITE`` every ``probe_every`` (60m: 24 a day): one HTTP GET of the homepage with the
  config's ``timeout_s``, recorded for ``site.availability``. Slots are counted from midnight, so
  a day has the same probes whatever the daemon's start time.
* ``daily:SITE`` at ``daily`` (日监测): :func:`robot.api.inspect` with the homepage, column and
  channel checks and a small page budget (:data:`DAILY_MAX_PAGES`).
* ``weekly:SITE`` at each ``weekly`` time (周排查): a full :func:`robot.api.inspect`.
* ``monthly`` on ``monthly`` (day of month and time; 31 means the month's last day): the bulletin
  of the previous month, by ``robot.reports.bulletin`` when it is installed.

Semantics: a job is due when its latest scheduled moment is after its last run (kept in the store,
:mod:`robot.store.probes`). So a restart never runs a job twice, and a job missed while the daemon
was down runs once on start, however many times it was missed. A daemon that has never seen a job
does not run its past moments (it registers the job), except probes, which start at once. Jobs run
one at a time in the main thread (one job at a time per site, and :func:`robot.api.inspect` can
handle SIGTERM itself); a job another daemon on the same database is running is not started
again. Probes falling due during a long inspection are sent from a helper thread between pages.

On SIGTERM or SIGINT the run under way finishes its current pages, commits what it found, and the
daemon stops; that job is left due, so the next start runs it again (resuming the run). After each
inspection, new veto/high findings and early warnings are notified (:mod:`robot.notify`), and
after the day's monitoring the daily summary.

``schedule`` (the package) keeps its clock in ``datetime.now()``; the daemon needs an injected
clock (tests simulate days in milliseconds) and persistent, catch-up-once semantics the package
does not have, so it uses this small loop with the package's model instead: each job has a next
moment; ``run_pending`` runs what is due; the loop sleeps until the next moment.
"""

from __future__ import annotations

import asyncio
import calendar
import importlib
import logging
import os
import re
import signal
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from types import FrameType, SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from robot import api
from robot.config import Config, ConfigError, SiteConfig
from robot.store import Store
from robot.store import probes as state

log = logging.getLogger(__name__)

TZ = ZoneInfo("Asia/Shanghai")
DAILY_CHECKS = ["site", "homepage", "column", "page", "interaction", "application", "guide"]
DAILY_MAX_PAGES = 200
BULLETIN_FORMATS = ("html", "docx")
STALE_AFTER = timedelta(hours=36)  # a "running" mark older than this is from a daemon that died
PROBE_KEEP = timedelta(days=90)
MAX_SLEEP_S = 60.0
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MIN = datetime.min.replace(tzinfo=UTC)


# --- the schedule ------------------------------------------------------------------------------


def _hhmm(text: str, field: str) -> dtime:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError(f"{field}: {text!r} is not a time of day HH:MM (e.g. 02:00)")
    return dtime(int(m.group(1)), int(m.group(2)))


def parse_interval(text: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([smh])\s*", text)
    if not m or int(m.group(1)) == 0:
        raise ValueError(f"probe_every: {text!r} is not an interval such as 60m, 30m, 1h or 90s")
    return timedelta(seconds=int(m.group(1)) * {"s": 1, "m": 60, "h": 3600}[m.group(2)])


@dataclass(frozen=True, slots=True)
class Timing:
    """When a job falls due: every ``interval`` from midnight, or at ``at`` on ``weekdays`` /
    ``monthday`` (neither: every day)."""

    interval: timedelta | None = None
    at: tuple[dtime, ...] = ()  # with weekdays: one time per weekday entry
    weekdays: tuple[int, ...] = ()
    monthday: int | None = None

    def last(self, now: datetime) -> datetime:
        """The latest scheduled moment at or before ``now`` (aware, any zone)."""
        local = now.astimezone(TZ)
        midnight = datetime.combine(local.date(), dtime(0), TZ)
        if self.interval is not None:
            slots = (local - midnight) // self.interval
            return midnight + slots * self.interval
        candidates = []
        for back in range(0, 62):  # far enough for a monthly moment
            day = local.date() - timedelta(days=back)
            for i, at in enumerate(self.at):
                if self._on(day, i):
                    moment = datetime.combine(day, at, TZ)
                    if moment <= local:
                        candidates.append(moment)
            if candidates:
                return max(candidates)
        return _MIN

    def next(self, now: datetime) -> datetime:
        """The first scheduled moment after ``now``."""
        local = now.astimezone(TZ)
        if self.interval is not None:
            nxt = self.last(now) + self.interval
            tomorrow = datetime.combine(local.date() + timedelta(days=1), dtime(0), TZ)
            return min(nxt, tomorrow)
        for ahead in range(0, 63):
            day = local.date() + timedelta(days=ahead)
            moments = [datetime.combine(day, at, TZ) for i, at in enumerate(self.at) if self._on(day, i)]
            later = [m for m in moments if m > local]
            if later:
                return min(later)
        return local + timedelta(days=1)

    def _on(self, day: date, i: int) -> bool:
        if self.weekdays:
            return day.weekday() == self.weekdays[i]
        if self.monthday is not None:
            last_day = calendar.monthrange(day.year, day.month)[1]
            return day.day == min(self.monthday, last_day)
        return True


def timings(config: Config) -> dict[str, Timing]:
    """The config's ``schedule:`` parsed; :class:`ConfigError` naming the field when it cannot be."""
    sch = config.schedule
    try:
        probe = parse_interval(sch.probe_every)
        if probe > timedelta(hours=24) / 20:
            log.warning("schedule.probe_every %s gives fewer than 20 probes a day (site.availability "
                        "expects at least 20)", sch.probe_every)
        daily = Timing(at=(_hhmm(sch.daily, "daily"),))
        week_at, week_days = [], []
        for i, item in enumerate(sch.weekly):
            m = re.fullmatch(r"\s*([A-Za-z]{3})\w*\s+(\S+)\s*", item)
            if not m or m.group(1).lower() not in WEEKDAYS:
                raise ValueError(f"weekly[{i}]: {item!r} is not 'mon 03:00' (mon, tue, … sun and HH:MM)")
            week_days.append(WEEKDAYS[m.group(1).lower()])
            week_at.append(_hhmm(m.group(2), f"weekly[{i}]"))
        m = re.fullmatch(r"\s*(\d{1,2})\s+(\S+)\s*", sch.monthly)
        if not m or not 1 <= int(m.group(1)) <= 31:
            raise ValueError(f"monthly: {sch.monthly!r} is not 'DAY HH:MM' (e.g. '1 08:00')")
        monthly = Timing(at=(_hhmm(m.group(2), "monthly"),), monthday=int(m.group(1)))
    except ValueError as e:
        field, _, msg = str(e).partition(": ")
        raise ConfigError(config.source or "<config>", None, f"schedule.{field}", msg) from None
    return {"probe": Timing(interval=probe), "daily": daily,
            "weekly": Timing(at=tuple(week_at), weekdays=tuple(week_days)), "monthly": monthly}


@dataclass(frozen=True, slots=True)
class Job:
    name: str  # probe:SITE, daily:SITE, weekly:SITE, monthly
    kind: str
    site: SiteConfig | None
    timing: Timing


# --- the daemon --------------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Daemon:
    """Runs the schedule; :meth:`run` until :meth:`stop`, SIGTERM/SIGINT, or ``until``.

    ``clock`` returns the aware current time; ``sleep(seconds)`` waits (tests pass a fake pair
    that moves a simulated clock). The store holds probes, job state and the notification outbox.
    """

    def __init__(self, config: Config, *, db_url: str = "sqlite:///zwgk.db", evidence_dir: str | Path = "evidence",
                 clock: Callable[[], datetime] = _utcnow, sleep: Callable[[float], Any] | None = None,
                 owner: str | None = None, broker: str | None = None) -> None:
        from robot.notify import Notifier

        self.config, self.db_url, self.evidence_dir = config, db_url, Path(evidence_dir)
        # with a broker (Redis URL), the inspections that fall due together go to the Celery workers
        # as one distributed run (a task per site, big sites in page batches); probes and the
        # bulletin stay here
        self.broker = broker
        self.clock = clock
        self._wake = threading.Event()
        self.sleep = sleep or self._wake.wait
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}"
        t = timings(config)
        self.jobs: list[Job] = []
        for kind in ("probe", "daily", "weekly"):
            self.jobs += [Job(f"{kind}:{s.id}", kind, s, t[kind]) for s in config.sites]
        self.jobs.append(Job("monthly", "monthly", None, t["monthly"]))
        self.store = Store(db_url)
        self.notifier = Notifier(config, self.store, clock=clock)
        self._stopping = False
        self.cut_short = False
        self._probe_pool: ThreadPoolExecutor | None = None
        self._probe_futures: list[Future[bool]] = []
        self._daily_results: dict[str, Any] = {}
        self._blocked: set[str] = set()
        self._states: dict[str, state.JobState] = {}
        self._next_probe_check = _MIN
        self.runs: list[tuple[str, datetime, float, str]] = []  # (job, started, seconds, status), for callers

    # -- lifecycle --

    def stop(self) -> None:
        """Stop after the job under way (safe from a signal handler or another thread)."""
        self._stopping = True
        self._wake.set()

    def close(self) -> None:
        self.store.close()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("daemon: %s received, stopping after the job under way", signal.Signals(signum).name)
        self.stop()

    def _install_signals(self) -> dict[int, Any]:
        if threading.current_thread() is not threading.main_thread():
            return {}
        old: dict[int, Any] = {}
        for sig in (signal.SIGTERM, signal.SIGINT):
            old[sig] = signal.signal(sig, self._on_signal)
        return old

    def run(self, *, until: datetime | None = None) -> int:
        """Run jobs as they fall due until stopped; 0, or 3 when a run was cut short by the stop."""
        old = self._install_signals()
        started = self.clock()
        self._release_dead_owners()
        states = self._states = state.ensure_jobs(self.store, [j.name for j in self.jobs], started)
        log.info("daemon: started at %s with %d jobs (%s)", started.astimezone(TZ).isoformat(timespec="minutes"),
                 len(self.jobs), ", ".join(f"{k}={v}" for k, v in self.config.schedule.model_dump().items()))
        missed = [j.name for j in self.jobs if j.kind != "probe" and self._due(j, states[j.name], started)]
        if missed:
            log.info("daemon: missed while down, running once now: %s", ", ".join(missed))
        try:
            while not self._stopping:
                now = self.clock()
                if until is not None and now >= until:
                    break
                ran = self.run_pending(now)
                if self._stopping:
                    break
                self._install_signals()  # an inspection's event loop resets the handlers when it closes
                now = self.clock()
                if ran and self.due_jobs(now):
                    continue
                delay = (self.next_moment(now) - now).total_seconds()
                if until is not None:
                    delay = min(delay, (until - now).total_seconds())
                self.sleep(max(0.0, min(delay, MAX_SLEEP_S)))
        finally:
            self._drain_probes()
            for sig, handler in old.items():
                signal.signal(sig, handler)
            log.info("daemon: stopped at %s%s", self.clock().astimezone(TZ).isoformat(timespec="minutes"),
                     " (the run under way was cut short; the next start resumes it)" if self.cut_short else "")
        return 3 if self.cut_short else 0

    # -- what is due --

    def _due(self, job: Job, st: state.JobState | None, now: datetime) -> bool:
        if st is None:
            return False
        if st.last_run_at is None and job.kind == "probe":
            return True
        since = st.last_run_at or st.created_at
        return job.timing.last(now) > since

    def due_jobs(self, now: datetime) -> list[Job]:
        """Due by the states read at start and kept up to date since (no query per tick); a claim
        re-checks in the store, so another daemon's run is never repeated."""
        if not self._states:
            self._states = state.ensure_jobs(self.store, [j.name for j in self.jobs], now)
        return [j for j in self.jobs if self._due(j, self._states.get(j.name), now)]

    def _claim(self, job: Job, now: datetime) -> bool:
        ok = state.claim_job(self.store, job.name, now, self.owner, stale_before=now - STALE_AFTER,
                             not_run_since=job.timing.last(now))
        if not ok:
            self._refresh(job.name)
        return ok

    def _refresh(self, name: str) -> None:
        st = state.job_state(self.store, name)
        if st is not None:
            self._states[name] = st

    def next_moment(self, now: datetime) -> datetime:
        return min(j.timing.next(now) for j in self.jobs)

    def run_pending(self, now: datetime) -> bool:
        """Every due probe, then at most one due inspection or bulletin (so probes get their turn);
        True when a job ran."""
        due = self.due_jobs(now)
        ran = False
        for job in (j for j in due if j.kind == "probe"):
            ran = self._run_job(job) or ran
            if self._stopping:
                return ran
        for kind in ("daily", "weekly", "monthly"):
            if self.broker and kind != "monthly":
                batch = [j for j in due if j.kind == kind]
                if batch and self._run_batch(batch):
                    if kind == "daily":
                        self._maybe_daily_summary()
                    self.notifier.flush()
                    return True
                continue
            for job in (j for j in due if j.kind == kind):
                if self._run_job(job):
                    if kind == "daily":
                        self._maybe_daily_summary()
                    self.notifier.flush()
                    return True
        if ran and state.pending_messages(self.store):
            self.notifier.flush()  # retry receivers that were down
        return ran

    def _run_job(self, job: Job) -> bool:
        now = self.clock()
        if not self._claim(job, now):
            st = self._states.get(job.name)
            if not self._due(job, st, now):
                return False  # another daemon ran it meanwhile
            if job.name not in self._blocked:
                self._blocked.add(job.name)
                log.warning("daemon: %s is already running (since %s, by %s); not started again", job.name,
                            st.running_since if st else "?", st.owner if st else "?")
            return False
        self._blocked.discard(job.name)
        t0 = time.monotonic()
        status: str | None = "done"
        try:
            status = self._execute(job, now)
        except Exception:
            log.exception("daemon: %s failed", job.name)
            status = "failed"
        finally:
            self._finish(job, now, time.monotonic() - t0, status)
        return True

    def _finish(self, job: Job, started: datetime, took: float, status: str | None) -> None:
        state.finish_job(self.store, job.name, self.owner, started_at=started, duration_s=took, status=status)
        self._refresh(job.name)
        self.runs.append((job.name, started, took, status or "cut short"))
        level = logging.DEBUG if job.kind == "probe" and status == "done" else logging.INFO
        log.log(level, "daemon: %s %s in %.1f s", job.name, status or "cut short", took)

    def _run_batch(self, jobs: list[Job]) -> bool:
        """The due inspections of one kind as ONE run over the workers: each job is claimed (one
        already running elsewhere is left out), their sites go out together, and each job is
        finished with the run's outcome for its site. True when something ran."""
        now = self.clock()
        mine = [j for j in jobs if self._claim(j, now)]
        if not mine:
            return False
        t0 = time.monotonic()
        statuses: dict[str, str | None] = {}
        try:
            statuses = self.inspect(mine, now)
        except Exception:
            log.exception("daemon: %s failed", ", ".join(j.name for j in mine))
        finally:
            took = time.monotonic() - t0
            for job in mine:
                self._finish(job, now, took, statuses.get(job.name, "failed"))
        return True

    def inspect(self, jobs: list[Job], now: datetime) -> dict[str, str | None]:
        """One run for ``jobs`` (all daily or all weekly: one site here, or every due site on the
        workers when there is a broker); job name → status (None: cut short, left due)."""
        daily = jobs[0].kind == "daily"
        as_of = now.astimezone(TZ).date()
        sites = [j.site.id for j in jobs if j.site is not None]
        log.info("daemon: %s starts (%s, as of %s)%s", ", ".join(j.name for j in jobs), "日监测" if daily else "周排查",
                 as_of, f" on the workers at {self.broker}" if self.broker else "")
        result = api.inspect(self.config, db_url=self.db_url, evidence_dir=self.evidence_dir, as_of=as_of,
                             sites=sites, checks=DAILY_CHECKS if daily else None,
                             max_pages=DAILY_MAX_PAGES if daily else None, progress=self._progress,
                             broker=self.broker)
        self._drain_probes()
        log.info("daemon: run %s: %d pages, %d findings%s", result.run_id, len(result.pages),
                 len(result.findings), "" if result.complete else " (incomplete)")
        for e in result.errors:
            log.warning("daemon: %s", e)
        out: dict[str, str | None] = {}
        for job in jobs:
            assert job.site is not None
            mine = [f for f in result.findings if _site_of(f) == job.site.id]
            try:
                self.notifier.announce_run(job.site, mine, as_of)
            except Exception:
                log.exception("daemon: queueing notifications for %s failed", job.name)
            if daily:  # the daily summary reads one site's part of the run
                self._daily_results[job.site.id] = result if len(jobs) == 1 else SimpleNamespace(
                    findings=mine, pages=[p for p in result.pages if _site_of(p) == job.site.id],
                    complete=bool(result.site_complete.get(job.site.id, result.complete)), as_of=result.as_of)
            out[job.name] = None if result.interrupted else "done"  # as for one site: left due when cut short
        if result.interrupted:
            self.cut_short = True
            self.stop()
        return out

    def _execute(self, job: Job, now: datetime) -> str | None:
        if job.kind == "probe":
            assert job.site is not None
            self.probe(job.site, now)
            return "done"
        if job.kind == "monthly":
            self.bulletin(now)
            return "done"
        assert job.site is not None
        return self.inspect([job], now)[job.name]

    # -- the jobs --

    def probe(self, site: SiteConfig, at: datetime) -> bool:
        """One GET of the homepage; recorded; True when it answered below 400 in time."""
        ok, status, error, ms = homepage_probe(site.url, self.config.defaults.timeout_s,
                                               self.config.defaults.user_agent)
        state.record_probe(self.store, site.id, at, ok=ok, status=status, error=error, response_ms=ms)
        if not ok:
            log.warning("daemon: probe of %s failed: %s", site.id, error or status)
        return ok

    def _progress(self, _event: str, _info: dict[str, Any]) -> None:
        """During a long inspection: send the probes that fall due, from a helper thread."""
        try:
            now = self.clock()
            if now < self._next_probe_check:
                return
            self._next_probe_check = now + timedelta(seconds=30)
            for job in self.due_jobs(now):
                if job.kind != "probe" or job.site is None:
                    continue
                if not self._claim(job, now):
                    continue
                state.finish_job(self.store, job.name, self.owner, started_at=now, duration_s=0, status="done")
                self._refresh(job.name)
                if self._probe_pool is None:
                    self._probe_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="probe")
                self._probe_futures.append(self._probe_pool.submit(self.probe, job.site, now))
        except Exception:  # the inspection must not suffer from the probing
            log.exception("daemon: probing during the inspection failed")

    def _drain_probes(self) -> None:
        for f in self._probe_futures:
            try:
                f.result()
            except Exception:
                log.exception("daemon: a probe failed")
        self._probe_futures.clear()

    def _maybe_daily_summary(self) -> None:
        if not self._daily_results or self._stopping:
            return
        now = self.clock()
        if any(j.kind == "daily" for j in self.due_jobs(now)):
            return  # other sites' monitoring is still to come
        try:
            self.notifier.daily_summary(now.astimezone(TZ).date(), self._daily_results)
        except Exception:
            log.exception("daemon: queueing the daily summary failed")
        self._daily_results = {}
        state.prune_probes(self.store, now - PROBE_KEEP)

    def bulletin(self, now: datetime) -> list[Path]:
        """The previous month's bulletin (月通报), HTML and Word, under ``EVIDENCE/bulletins/``, by
        ``robot.reports.bulletin`` where it is installed; said in the log where it is not."""
        local = now.astimezone(TZ)
        month = (local.date().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        try:
            module = importlib.import_module("robot.reports.bulletin")
            build, render = module.build_bulletin, module.render
        except (ImportError, AttributeError):
            log.warning("daemon: monthly bulletin for %s not written: robot.reports.bulletin is not available "
                        "in this version", month)
            return []
        bulletin = build(self.store, self.config, month, issued=local.date())
        folder = self.evidence_dir / "bulletins"
        folder.mkdir(parents=True, exist_ok=True)
        paths = [Path(render(bulletin, fmt, folder / f"bulletin-{month}.{fmt}")) for fmt in BULLETIN_FORMATS]
        log.info("daemon: monthly bulletin for %s written: %s", month, ", ".join(map(str, paths)))
        from robot.notify import PREFIX, Message

        title = getattr(bulletin, "title", "") or f"{month} 月通报"
        self.notifier.queue(Message(f"{PREFIX}{title} 已生成", "\n".join(f"- {p}" for p in paths)),
                            self.notifier.receivers())
        return paths

    def _release_dead_owners(self) -> None:
        """Running marks left by a daemon of this host that is gone (killed, crashed) are cleared."""
        host = socket.gethostname()
        for st in state.running_jobs(self.store):
            owner = st.owner or ""
            h, _, pid = owner.rpartition(":")
            if owner == self.owner or (h == host and pid.isdigit() and not _pid_alive(int(pid))):
                log.info("daemon: %s was left running by %s; released", st.name, owner)
                state.finish_job(self.store, st.name, owner, started_at=st.running_since or _MIN,
                                 duration_s=0, status=None)


def _site_of(finding: Any) -> str | None:
    return finding.get("site") if isinstance(finding, dict) else getattr(finding, "site", None)


def homepage_probe(url: str, timeout_s: float, user_agent: str) -> tuple[bool, int | None, str | None, int | None]:
    """``(ok, status, error, response_ms)`` of one GET; ok when an answer below 400 came in time."""
    import aiohttp

    async def go() -> tuple[bool, int | None, str | None, int | None]:
        t0 = time.monotonic()
        timeout = aiohttp.ClientTimeout(total=timeout_s)
        try:
            async with aiohttp.ClientSession(timeout=timeout, headers={"User-Agent": user_agent}) as s, \
                    s.get(url, allow_redirects=True) as resp:
                ms = round((time.monotonic() - t0) * 1000)
                await resp.content.read(65536)
                return resp.status < 400, resp.status, None, ms
        except TimeoutError:
            return False, None, "timeout", None
        except aiohttp.ClientConnectorError as e:
            return False, None, f"connect: {e.os_error or e}", None
        except (aiohttp.ClientError, OSError) as e:
            return False, None, f"{type(e).__name__}: {e}", None

    return asyncio.run(go())

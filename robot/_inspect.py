"""One inspection run: gather each site, judge it, capture evidence, store, return the result.

Nothing is lost when a run is cut short: every page snapshot is journalled in the store the
moment it is taken; on SIGINT/SIGTERM the current pages finish, the rules run over what was
gathered, findings are committed, and the next run with the same scope resumes from the journal.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import AsyncExitStack
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from robot import vision
from robot.api import Progress, RunResult
from robot.channels.probe import ProbeOptions, channel_urls, channels_to_json, probe_channel
from robot.config import Config, SiteConfig
from robot.evidence import EvidenceWriter
from robot.findings import Finding, Severity
from robot.gather.browser import BrowserSession, BrowserSettings
from robot.gather.capture import capture_findings
from robot.gather.crawler import CrawlOptions, PageBatches, SiteCrawler
from robot.gather.linkcheck import LinkChecker
from robot.gather.static import TemplateFacts
from robot.rules import REGISTRY, RuleContext, run_rules, selected
from robot.rules.content import dated_items
from robot.snapshots import (
    ChannelSnapshot,
    DefaceFacts,
    PageSnapshot,
    SiteSnapshot,
    page_from_dict,
    to_jsonable,
)
from robot.store import Store
from robot.store.probes import WINDOW, probe_counts
from robot.urls import is_private_host
from robot.workdays import WorkCalendar

log = logging.getLogger(__name__)

# Rules that conclude from something being absent: not trustworthy on a crawl that was cut short.
ABSENCE_RULES = frozenset({"column.missing", "interpretation.missing"})
# rule family → the channel its rules need probed
CHANNEL_FAMILIES = {"interaction": "message_board", "application": "application", "guide": "guide"}


def masked_for_storage(snap: PageSnapshot, as_of: date) -> PageSnapshot:
    """The page as the journal keeps it: ID and mobile numbers in its text masked, what was found
    kept (masked) in ``personal`` so a resumed run still reports it."""
    from robot.content.privacy import find_id_numbers, find_mobiles, mask_personal

    text = f"{snap.title}\n{snap.text}"
    if not any(ch.isdigit() for ch in text):
        return snap
    found: dict[tuple[str, str], list[Any]] = {}
    for h in find_id_numbers(text, as_of):
        found.setdefault(("id", h.masked), []).append(h)
    for m in find_mobiles(text, today=as_of):
        found.setdefault(("mobile", m.masked), []).append(m)
    personal = tuple((k, v, hits[0].context, len(hits), getattr(hits[0], "reason", "")) for (k, v), hits in found.items())
    return replace(snap, title=mask_personal(snap.title, as_of), text=mask_personal(snap.text, as_of),
                   personal=snap.personal + personal)


def neighbours(config: Config, site: SiteConfig) -> tuple[str, ...]:
    """The homepages of the config's other sites: where this site's crawl ends on a shared host
    (robot.urls.SiteFence). From the file, not from --site: a run of one site stays in its part."""
    return tuple(s.url for s in config.sites if s.id != site.id)


def channel_kinds(checks: list[str]) -> set[str]:
    """The channels to probe for the selected rules (all when no selection)."""
    if not checks:
        return set(CHANNEL_FAMILIES.values())
    return {CHANNEL_FAMILIES[c.split(".")[0]] for c in checks if c.split(".")[0] in CHANNEL_FAMILIES}


def channels_only(checks: list[str]) -> bool:
    """Every selected rule is a channel rule: the crawl needs the homepage only."""
    return bool(checks) and all(c.split(".")[0] in CHANNEL_FAMILIES for c in checks)


class UsageError(ValueError):
    """Bad arguments (unknown site id, unknown rule prefix): exit status 2, nothing written."""


def today_shanghai() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def validate_selection(config: Config, sites: list[str] | None, checks: list[str] | None) -> list[SiteConfig]:
    chosen = list(config.sites)
    if sites:
        known = {s.id for s in config.sites}
        unknown = [s for s in sites if s not in known]
        if unknown:
            raise UsageError(f"unknown site id(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        chosen = [s for s in config.sites if s.id in sites]
    for prefix in checks or []:
        if not selected([prefix]):
            families = sorted({r.family for r in REGISTRY.values()})
            raise UsageError(f"--checks {prefix!r} matches no rule (families: {', '.join(families)})")
    return chosen


@dataclass
class _RunState:
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    interrupted: bool = False


def run_inspection(
    config: Config,
    *,
    db_url: str,
    evidence_dir: Path,
    as_of: date | None,
    sites: list[str] | None,
    checks: list[str] | None,
    max_pages: int | None,
    progress: Progress | None,
) -> RunResult:
    as_of = as_of or today_shanghai()
    chosen = validate_selection(config, sites, checks)
    checks = normalise_checks(checks)
    store = Store(db_url)
    try:
        result = begin_run(store, chosen, as_of, checks, evidence_dir, progress)
        state = _RunState()
        try:
            asyncio.run(_run(config, chosen, store, result, as_of, checks, max_pages, evidence_dir, progress, state))
        except KeyboardInterrupt:
            state.interrupted = True
        return end_run(store, result, interrupted=state.interrupted)
    finally:
        store.close()


def normalise_checks(checks: list[str] | None) -> list[str]:
    return [c.strip() for c in checks or [] if c.strip()]


def begin_run(store: Store, chosen: list[SiteConfig], as_of: date, checks: list[str], evidence_dir: Path,
              progress: Progress | None) -> RunResult:
    """Register the sites and start the run (or resume the unfinished one of the same scope); the
    result, still empty. Shared by the local run and the distributed one (:mod:`robot.worker`)."""
    ids = [s.id for s in chosen]
    for s in chosen:
        store.upsert_site(s.id, s.name, s.url, s.owner)
    run_id = store.find_resumable_run(as_of, ids, checks)
    resumed = run_id is not None
    if run_id is None:
        run_id = store.start_run(as_of, ids, checks)
    info = store.run_info(run_id)
    result = RunResult(run_id=run_id, as_of=as_of, started_at=str(info["started_at"]), finished_at=None,
                       sites=ids, complete=False, evidence_dir=str(evidence_dir))
    if progress and resumed:
        progress("message", {"text": f"resuming run {run_id} from where it was cut short"})
    return result


def end_run(store: Store, result: RunResult, *, interrupted: bool) -> RunResult:
    """Close the run in the store: complete when nothing was cut short and every site was complete."""
    result.interrupted = interrupted
    result.complete = not interrupted and not result.errors and all(result.site_complete.values())
    store.finish_run(result.run_id, complete=result.complete, interrupted=interrupted)
    try:  # raw response times older than the window become hourly and daily figures
        store.rollup(datetime.now(UTC))
    except Exception:  # never lose a run's result over housekeeping
        log.exception("rolling up response times failed")
    result.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
    return result


def inspect_one_site(
    config: Config, site_id: str, store: Store, run_id: int, *, as_of: date, checks: list[str],
    max_pages: int | None, evidence_dir: Path, progress: Progress | None = None, batches: PageBatches | None = None,
) -> dict[str, Any]:
    """One site of an already started run, gathered, judged, evidenced and recorded exactly as
    :func:`run_inspection` does it; for a worker (:mod:`robot.worker`). The site's journal of this
    run lets a retried call resume; findings are upserted by fingerprint, so a retry never
    duplicates them. No signal handlers (the worker owns its signals), no manifest (the run's
    coordinator writes it once every site is done). ``batches``: where a large frontier's pages
    may be sent to be gathered by other workers (:func:`gather_pages`).

    Returns the site's part of the run's result: ``site``, ``pages``, ``channels``, ``findings``,
    ``errors``, ``complete``."""
    site = config.site(site_id)
    store.upsert_site(site.id, site.name, site.url, site.owner)
    info = store.run_info(run_id)
    result = RunResult(run_id=run_id, as_of=as_of, started_at=str(info["started_at"]), finished_at=None,
                       sites=[site.id], complete=False, evidence_dir=str(evidence_dir))
    state = _RunState()
    asyncio.run(_run(config, [site], store, result, as_of, checks, max_pages, evidence_dir, progress, state,
                     handle_signals=False, manifest=False, batches=batches))
    return {"site": site.id, "pages": result.pages, "channels": result.channels, "findings": result.findings,
            "errors": result.errors, "complete": bool(result.site_complete.get(site.id, False))}


async def _run(
    config: Config, chosen: list[SiteConfig], store: Store, result: RunResult, as_of: date, checks: list[str],
    max_pages: int | None, evidence_dir: Path, progress: Progress | None, state: _RunState,
    *, handle_signals: bool = True, manifest: bool = True, batches: PageBatches | None = None,
) -> None:
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if state.stop.is_set():
            raise KeyboardInterrupt
        state.interrupted = True
        state.stop.set()
        if progress:
            progress("message", {"text": "stopping: finishing the pages under way, then saving what was found"})

    for sig in (signal.SIGINT, signal.SIGTERM) if handle_signals else ():
        try:
            loop.add_signal_handler(sig, on_signal)
        except (NotImplementedError, RuntimeError):  # not the main thread (workers, tests)
            pass
    d = config.defaults
    settings = _browser_settings(config)
    evidence_settings = replace(settings, images=True)  # a screenshot shows the page as people see it
    refs = vision.ReferenceSet.load()
    writer = EvidenceWriter(evidence_dir, result.run_id, user_agent=d.user_agent,
                            viewport={"width": d.viewport_width, "height": d.viewport_height})
    browser, shooter = BrowserSession(settings), BrowserSession(evidence_settings)
    async with AsyncExitStack() as stack:
        # both browsers start at once; each is closed on the way out, whatever happens
        await asyncio.gather(stack.enter_async_context(browser), stack.enter_async_context(shooter))
        for site in chosen:
            if state.stop.is_set():
                result.site_complete[site.id] = False
                continue
            links = _link_checker(config, site)
            try:
                async with links:
                    await _inspect_site(config, site, store, result, as_of, checks, max_pages, browser, shooter,
                                        links, refs, writer, progress, state, batches)
            except Exception as exc:  # one site's trouble must not lose the others' results
                log.exception("inspection of %s failed", site.id)
                result.errors.append(f"{site.id}: {type(exc).__name__}: {exc}")
                result.site_complete[site.id] = False
    if manifest and writer.run_dir.exists():
        writer.write_manifest()


async def _inspect_site(
    config: Config, site: SiteConfig, store: Store, result: RunResult, as_of: date, checks: list[str],
    max_pages: int | None, browser: BrowserSession, shooter: BrowserSession, links: LinkChecker,
    refs: vision.ReferenceSet,
    writer: EvidenceWriter, progress: Progress | None, state: _RunState, batches: PageBatches | None = None,
) -> None:
    d = config.defaults
    run_id = result.run_id
    resume = [page_from_dict(x) for x in store.journal_load(run_id, site.id, "page")]
    if progress:
        progress("site_start", {"site": site.id, "name": site.name, "url": site.url, "resumed_pages": len(resume)})

    journal_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")  # in order, off the loop
    journal = _journal(store, journal_writer, run_id, site.id, as_of)
    crawler = SiteCrawler(
        site, d, browser, links,
        CrawlOptions(as_of=as_of, max_pages=max_pages or d.max_pages, checks=tuple(checks), refs=refs,
                     homepage_only=channels_only(checks), neighbours=neighbours(config, site)),
        on_page=journal, progress=progress, resume=resume, stop=state.stop, batches=batches,
    )
    try:
        snapshot = await crawler.gather()
    finally:
        journal_writer.shutdown(wait=True)  # every page is in the journal before we go on
    t = time.monotonic()
    kinds = channel_kinds(checks)
    if kinds and not state.stop.is_set():
        snapshot.channels = await _probe_channels(config, site, as_of, kinds, crawler.home_html, browser, progress)
    crawler.timings["channels_s"] = round(time.monotonic() - t, 1)
    t = time.monotonic()
    if _wants(checks, "annual_report") and not state.stop.is_set():
        snapshot.documents.extend(await _read_reports(site, as_of, crawler.home_html, browser, d.timeout_s))
    if _wants(checks, "newmedia") and site.new_media and not state.stop.is_set():
        snapshot.feeds = await _read_feeds(config, site, as_of, progress)
    if _wants(checks, "ipv6") and not state.stop.is_set():
        from robot.gather.ipv6 import check_ipv6, pick_sample

        snapshot.ipv6 = await check_ipv6(site.url, pick_sample(snapshot.pages, site.url, scope=site.scope),
                                         timeout_s=d.timeout_s, user_agent=d.user_agent)
    crawler.timings["feeds_ipv6_s"] = round(time.monotonic() - t, 1)
    shot = None
    if _wants(checks, "page") and not state.stop.is_set():
        shot = await _deface_check(site, snapshot, shooter, result.evidence_dir, d.timeout_s)
    snapshot.seen_before = store.seen_items(site.id)
    snapshot.availability = probe_counts(store, site.id, datetime.now(UTC) - WINDOW)
    findings = judge(config, site, snapshot, checks)
    evidence: dict[str, list[str]] = {}
    for f in findings:
        if f.rule == "page.defaced" and shot is not None and snapshot.deface is not None:
            evidence[f.fingerprint] = _deface_evidence(writer, site.id, snapshot, shot)
    t = time.monotonic()
    if not state.stop.is_set() and findings:
        ctx = await shooter.new_context()
        try:
            evidence.update(await capture_findings(ctx, writer, findings, timeout_s=d.timeout_s,
                                                   concurrency=d.per_host_concurrency, progress=progress))
        finally:
            await ctx.close()
    timings = {**crawler.timings, "evidence_s": round(time.monotonic() - t, 1)}
    log.info("%s: %d pages, %d findings, %s", site.id, len(snapshot.pages), len(findings), timings)
    store.record_pages(run_id, site.id, snapshot.pages)
    from robot.store.letters import record_letters  # the monthly bulletin's 互动交流 counts
    letters = [m for c in snapshot.channels if c.kind in ("message_board", "mailbox") for m in c.messages]
    record_letters(store, site.id, letters, as_of)
    records = store.record_findings(run_id, as_of, site.id, findings, evidence,
                                    scope_rules=checks or None, complete=snapshot.complete)
    store.record_seen_items(site.id, {u: e.date for u, (e, _w) in dated_items(snapshot).items()}, as_of, run_id)
    result.site_complete[site.id] = snapshot.complete
    result.pages.extend(
        {"site": site.id, "url": p.requested_url, "status": p.status, "response_ms": p.response_ms,
         "load_ms": p.load_ms, "bytes": p.bytes, "rendered": p.rendered}
        for p in snapshot.pages
    )
    result.channels.extend(channels_to_json(snapshot.channels))
    result.findings.extend(r.to_dict() for r in records)
    if progress:
        progress("site_done", {"site": site.id, "pages": len(snapshot.pages), "findings": len(records),
                               "complete": snapshot.complete, "timings": timings})


def _browser_settings(config: Config) -> BrowserSettings:
    d = config.defaults
    return BrowserSettings(timeout_s=d.timeout_s, user_agent=d.user_agent, images=d.crawl_images,
                           viewport_width=d.viewport_width, viewport_height=d.viewport_height)


def _link_checker(config: Config, site: SiteConfig) -> LinkChecker:
    d = config.defaults
    return LinkChecker(
        concurrency=d.link_concurrency, per_host=d.per_host_concurrency, rate_per_host=d.link_rate_per_host,
        timeout_s=d.timeout_s, retries=d.retries, user_agent=d.user_agent,
        allow_private=d.allow_private_networks or is_private_host(site.url),
    )


def _journal(store: Store, writer: ThreadPoolExecutor, run_id: int, site_id: str, as_of: date) -> Any:
    """``on_page`` for a crawl: each snapshot into the run's journal, masked (in order, off the loop)."""

    def journal(snap: PageSnapshot) -> None:
        writer.submit(store.journal_add, run_id, site_id, "page", snap.requested_url,
                      cast(dict[str, Any], to_jsonable(masked_for_storage(snap, as_of))))

    return journal


def gather_pages(
    config: Config, site_id: str, store: Store, run_id: int, *, as_of: date, checks: list[str],
    jobs: list[tuple[str, int, str]], templates: dict[str, Any], progress: Progress | None = None,
) -> dict[str, Any]:
    """One batch of a site's pages for the site's crawl running on another worker (:mod:`robot.worker`):
    exactly these pages (url, depth, via), gathered as the crawl gathers its own (HTTP path with the
    crawl's template facts, else rendered), each journalled in the run's journal, masked as always.
    Pages the journal holds already (an earlier try of the batch) are not visited again; a page
    gathered twice is one journal row (keyed by its URL).

    Returns ``pages`` (journalled in all), ``visited`` (by this call), ``resumed`` and ``templates``
    (facts of templates the crawl did not send, for it to use)."""
    site = config.site(site_id)
    have = {x["requested_url"] for x in store.journal_load_keys(run_id, site.id, "page", [j[0] for j in jobs])}
    todo = [(u, int(d), v) for u, d, v in jobs if u not in have]
    given = {k: TemplateFacts.from_json(v) for k, v in templates.items()}
    learned: dict[str, Any] = {}
    if todo:
        learned = asyncio.run(_gather_pages(config, site, store, run_id, as_of, checks, todo, given, progress))
    return {"pages": len(have) + len(todo), "visited": len(todo), "resumed": len(have), "templates": learned}


async def _gather_pages(config: Config, site: SiteConfig, store: Store, run_id: int, as_of: date,
                        checks: list[str], jobs: list[tuple[str, int, str]], templates: dict[str, Any],
                        progress: Progress | None) -> dict[str, Any]:
    d = config.defaults
    browser = BrowserSession(_browser_settings(config))  # started by the crawler if a page needs it
    journal_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
    try:
        async with _link_checker(config, site) as links:
            crawler = SiteCrawler(
                site, d, browser, links,
                CrawlOptions(as_of=as_of, max_pages=len(jobs) + 1, checks=tuple(checks),
                             neighbours=neighbours(config, site)),
                on_page=_journal(store, journal_writer, run_id, site.id, as_of), progress=progress,
                templates=dict(templates),
            )
            await crawler.gather_batch(jobs)
    finally:
        journal_writer.shutdown(wait=True)  # every page is in the journal before the batch says done
    log.info("%s: batch of %d pages: %d rendered, %d read from their HTML", site.id, len(jobs), crawler.rendered,
             len(crawler.served))
    return {k: t.to_json() for k, t in crawler.templates.items() if k not in templates and (t.samples or t.dynamic)}


async def _read_reports(site: SiteConfig, as_of: date, home_html: str, browser: BrowserSession,
                        timeout_s: float) -> list[Any]:
    """The site's annual reports (年度报告) of the latest years; none when there is no list to read."""
    from robot.gather.reports import gather_reports

    ctx = await browser.new_context()
    try:
        return await gather_reports(ctx, site, as_of=as_of, timeout_s=timeout_s, homepage_html=home_html)
    except Exception:  # no reports read is no verdict; the run goes on
        log.exception("%s: reading the annual reports failed", site.id)
        return []
    finally:
        await ctx.close()


async def _read_feeds(config: Config, site: SiteConfig, as_of: date, progress: Progress | None) -> list[Any]:
    """The site's new-media accounts (RSS/Atom/HTML); an unreadable one is said, not judged."""
    from robot.gather.feeds import gather_feeds
    from robot.rules.newmedia import unreadable

    d = config.defaults
    accounts = [(m.name, site.absolute(m.url)) for m in site.new_media]
    feeds = await gather_feeds(accounts, as_of=as_of, timeout_s=d.timeout_s, user_agent=d.user_agent,
                               allow_private=d.allow_private_networks or is_private_host(site.url))
    for f in unreadable(feeds):
        log.warning("%s: new-media account %s could not be read: %s", site.id, f.name, f.error)
        if progress:
            progress("message", {"text": f"{site.id}: 新媒体账号 {f.name} 无法读取：{f.error}"})
    return feeds


def _wants(checks: list[str], family: str) -> bool:
    return not checks or any(c.split(".")[0] == family for c in checks)


async def _deface_check(site: SiteConfig, snapshot: SiteSnapshot, shooter: BrowserSession, evidence_dir: str,
                        timeout_s: float) -> Any:
    """Compare the homepage with the site's baseline (when one was set with ``zwgk-robot baseline``)."""
    from robot.gather import deface

    baseline = deface.current_baseline(evidence_dir, site.id)
    if baseline is None or snapshot.homepage is None or not snapshot.homepage.ok:
        return None
    ctx = await shooter.new_context()
    try:
        shot = await deface.homepage_shot(ctx, site.url, site.deface_mask, timeout_s=timeout_s)
    except Exception:  # no comparison is no verdict; the rest of the run goes on
        log.exception("%s: homepage capture for the baseline comparison failed", site.id)
        return None
    finally:
        await ctx.close()
    diff = await asyncio.to_thread(deface.compare, baseline, shot)
    snapshot.deface = DefaceFacts(baseline=str(baseline), current="", changed_ratio=diff.changed_ratio,
                                  boxes=tuple(diff.boxes))
    return shot


def _deface_evidence(writer: EvidenceWriter, site_id: str, snapshot: SiteSnapshot, shot: Any) -> list[str]:
    """The finding's evidence: the baseline, the current homepage and the diff with the changes boxed."""
    from robot import vision

    d = snapshot.deface
    assert d is not None
    meta = {"url": shot.url, "changed_ratio": d.changed_ratio, "baseline": d.baseline}
    current = writer.write(site_id, "page.defaced", shot.png, {**meta, "kind": "current"})
    marked = vision.draw_boxes(shot.png, list(d.boxes))
    diff = writer.write(site_id, "page.defaced", marked, {**meta, "kind": "diff"})
    return [d.baseline, str(current.path), str(diff.path)]


async def _probe_channels(config: Config, site: SiteConfig, as_of: date, kinds: set[str], home_html: str,
                          browser: BrowserSession, progress: Progress | None) -> list[ChannelSnapshot]:
    """Probe the site's channels (configured, else found by link text on the homepage)."""
    d = config.defaults
    calendar = WorkCalendar.from_config(config.holidays)
    opt = ProbeOptions(as_of=as_of, timeout_s=d.timeout_s, calendar=calendar, concurrency=d.per_host_concurrency,
                       max_pages=d.max_list_pages, progress=progress)
    out: list[ChannelSnapshot] = []
    ctx = await browser.new_context()
    try:
        for kind, url, configured in channel_urls(site, home_html):
            if kind not in kinds:
                continue
            if progress:
                progress("channel", {"site": site.id, "kind": kind, "url": url})
            try:
                snap, problems = await probe_channel(kind, ctx, site, url, opt, configured=configured)
            except Exception as exc:  # a probe's own failure must not lose the site's other results
                log.exception("%s: probing %s %s failed", site.id, kind, url)
                if progress:
                    progress("message", {"text": f"{site.id}: {kind} probe failed: {type(exc).__name__}: {exc}"})
                continue
            for problem in problems:  # a year the calendar does not know: said, never guessed
                log.warning("%s: %s", site.id, problem)
                if progress:
                    progress("message", {"text": f"{site.id}: {problem}"})
            out.append(snap)
    finally:
        await ctx.close()
    return out


def judge(config: Config, site: SiteConfig, snapshot: SiteSnapshot, checks: list[str]) -> list[Finding]:
    """Run the selected rules (pure) over a site's snapshot, honouring the config's rule settings."""
    severities: dict[str, Severity] = {}
    params: dict[str, dict[str, Any]] = {}
    disabled: set[str] = set()
    for rule_id, setting in config.rules.items():
        if setting.severity:
            severities[rule_id] = Severity(setting.severity)
        if not setting.enabled:
            disabled.add(rule_id)
        params[rule_id] = dict(setting.model_extra or {})
    ctx = RuleContext(snapshot=snapshot, site=site, defaults=config.defaults, as_of=snapshot.as_of,
                      severities=severities, params=params, calendar=WorkCalendar.from_config(config.holidays))
    out = []
    for f in run_rules(ctx, checks or None):
        if f.rule in disabled:
            continue
        if not snapshot.complete and f.rule in ABSENCE_RULES:
            continue
        out.append(f)
    return out

"""Re-check one stored finding (复核): look again at only what that finding needs.

Used by the pytest plugin (``pytest --zwgk-rectify``). Each re-check answers: is the problem
still there (``present=True``, with the fresh findings), gone (``False``), or could the robot
not tell (``None``: the page or channel could not be opened, the crawl was cut short …; never
taken for a rectification). Nothing here writes to the store; the caller records the verdict.

How each rule is re-checked:

* ``link.broken``: the one target over the HTTP link pool (with its re-probes); still broken →
  the page is visited to see whether it still links it (a removed link is rectified too);
* ``image.broken``: the page is visited, the one image fetched and classified (placeholder,
  blank box, undecodable) as the crawl does;
* ``site.unreachable``, ``site.slow``: the page (the homepage), with the HTTP re-probe of a failure
  (a ``site.slow`` page that now gives no answer at all cannot be decided: it is not fast);
* ``column.blank`` / ``column.overdue`` / ``column.due_soon``: ``probe("column", …)`` of that column
  (a ``column.due_soon`` whose column has meanwhile become overdue is still there, escalated);
* ``interaction.*`` / ``application.*`` / ``guide.*``: ``probe(kind, …)`` of the channel, then
  whether a finding with the same fingerprint is still raised;
* ``privacy.*``, ``text.*``, ``link.hidden``, ``link.external_no_notice``, ``homepage.stale``,
  ``site.identity_missing``: the one page (and, for privacy and text, the attachments it links)
  as a one-page snapshot, judged by that rule;
* everything else (``column.*_many``, ``column.unmonitored``, ``column.missing``,
  ``content.backdated``, ``meeting.*``, ``interpretation.*``, ``annual_report.*``, ``newmedia.*``,
  ``ipv6.*``, ``page.defaced``): a minimal :func:`robot.api.inspect` of the site scoped to the
  rule's family, into a scratch SQLite database (seeded with the site's items seen before, so
  ``content.backdated`` keeps its history) so that no other finding changes state. ``meeting``
  and ``interpretation`` are here, not one-page, because their rules pair a page with column
  lists and other pages: one page alone would miss the problem and rectify it wrongly;
* ``site.availability*``: not re-checkable here (a 7-day ratio of the daemon's probes).
"""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from robot.config import Config, SiteConfig
from robot.evidence import EvidenceWriter
from robot.findings import Finding, Mark, Severity
from robot.snapshots import AttachmentText, LinkCheck, PageSnapshot, SiteSnapshot
from robot.store.records import FindingRecord
from robot.urls import in_scope, is_private_host, page_key
from robot.waits import pause

log = logging.getLogger(__name__)

CHANNEL_FAMILIES = {"interaction": "message_board", "application": "application", "guide": "guide"}
COLUMN_PROBED = ("column.blank", "column.overdue", "column.due_soon")
ONE_PAGE = ("privacy.", "text.", "link.hidden", "link.external_no_notice", "homepage.stale",
            "site.identity_missing")
NOT_RECHECKABLE = ("site.availability",)  # also site.availability_warning
UNAVAILABLE_RULES = ("interaction.channel_unavailable", "application.form_unavailable")
MESSAGE_RULES = ("interaction.unreplied", "interaction.reply_overdue")


class NotRecheckable(Exception):
    """The rule cannot be re-checked one finding at a time (the message says why)."""


@dataclass
class Recheck:
    record: FindingRecord
    present: bool | None  # None: could not be decided
    method: str  # how it was re-checked, for the report
    findings: list[Finding] = field(default_factory=list)  # fresh findings with the record's fingerprint
    evidence: list[str] = field(default_factory=list)  # fresh evidence files
    note: str = ""  # why it could not be decided, or what was seen


def method_for(rule: str) -> str:
    if rule.startswith(NOT_RECHECKABLE):
        return "none"
    if rule in ("link.broken", "image.broken", "site.unreachable", "site.slow"):
        return rule
    if rule in COLUMN_PROBED:
        return "column-probe"
    if rule.split(".")[0] in CHANNEL_FAMILIES:
        return "channel-probe"
    if rule.startswith(ONE_PAGE):
        return "one-page"
    return "inspect"


def to_finding(r: FindingRecord, *, message: str | None = None, mark: Mark | None = None) -> Finding:
    return Finding(rule=r.rule, severity=Severity(r.severity), site=r.site, url=r.url,
                   message=message or r.message, target=r.target, measured=r.measured, mark=mark)


class Rechecker:
    """One re-check session: a browser, the evidence folder ``<evidence>/rectify-<UTC stamp>/``.

    Use as ``async with Rechecker(...) as rc: await rc.recheck(record)``; the scratch inspection
    (:meth:`recheck_by_inspection`) is synchronous and must run outside the event loop.
    """

    def __init__(self, config: Config, *, as_of: date, evidence_root: str | Path, db_url: str) -> None:
        self.config = config
        self.as_of = as_of
        self.evidence_root = Path(evidence_root)
        self.db_url = db_url
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self.run_dir = self.evidence_root / f"rectify-{stamp}"
        d = config.defaults
        self.writer = EvidenceWriter(self.evidence_root, None, user_agent=d.user_agent,
                                     viewport={"width": d.viewport_width, "height": d.viewport_height},
                                     run_dir=self.run_dir)
        self._browser: Any = None
        self._refs: Any = None

    # --- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> Rechecker:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._browser is not None:
            await self._browser.__aexit__(None, None, None)
            self._browser = None

    def finish(self) -> None:
        """The manifest of the evidence written (when any)."""
        if self.run_dir.exists() and any(self.run_dir.rglob("*")):
            self.writer.write_manifest()

    async def _ctx(self) -> Any:
        from robot.gather.browser import BrowserSession, BrowserSettings

        if self._browser is None:
            d = self.config.defaults
            browser = BrowserSession(BrowserSettings(timeout_s=d.timeout_s, user_agent=d.user_agent, images=True,
                                                     viewport_width=d.viewport_width,
                                                     viewport_height=d.viewport_height))
            await browser.__aenter__()
            self._browser = browser
        return await self._browser.new_context()

    def site(self, site_id: str) -> SiteConfig:
        return self.config.site(site_id)

    def _links(self, site: SiteConfig) -> Any:
        from robot.gather.linkcheck import LinkChecker

        d = self.config.defaults
        return LinkChecker(per_host=d.per_host_concurrency, timeout_s=d.timeout_s, retries=d.retries,
                           user_agent=d.user_agent,
                           allow_private=d.allow_private_networks or is_private_host(site.url))

    # --- the re-check -------------------------------------------------------------------------

    async def recheck(self, r: FindingRecord) -> Recheck:
        """Re-check one finding (every method but the scratch inspection)."""
        method = method_for(r.rule)
        if method == "none":
            raise NotRecheckable(f"{r.rule} is a 7-day ratio of the daemon's homepage probes: the daemon "
                                 "rectifies it when the ratio falls back")
        if method == "inspect":
            raise NotRecheckable("needs the scratch inspection (recheck_by_inspection)")
        site = self.site(r.site)
        ctx = await self._ctx()
        try:
            if method == "link.broken":
                out = await self._link(ctx, site, r)
            elif method == "image.broken":
                out = await self._image(ctx, site, r)
            elif method == "column-probe":
                out = await self._column(ctx, site, r)
            elif method == "channel-probe":
                out = await self._channel(ctx, site, r)
            else:  # one page: site.unreachable, site.slow and the page rules
                out = await self._one_page(ctx, site, r)
            out.evidence = await self._evidence(ctx, r, out)
            return out
        finally:
            await ctx.close()

    def _same(self, r: FindingRecord, found: list[Finding]) -> list[Finding]:
        return [f for f in found if f.fingerprint == r.fingerprint]

    def _judge(self, site: SiteConfig, snapshot: SiteSnapshot, rule: str) -> list[Finding]:
        from robot._inspect import judge

        return judge(self.config, site, snapshot, [rule])

    def _snapshot(self, site: SiteConfig, pages: list[PageSnapshot], rule: str, **kw: Any) -> SiteSnapshot:
        home = next((p for p in pages if page_key(p.requested_url) == page_key(site.url)), None)
        return SiteSnapshot(site=site.id, homepage_url=site.url, as_of=self.as_of, homepage=home, pages=pages,
                            complete=True, checks=(rule,), **kw)

    async def _visit(self, ctx: Any, site: SiteConfig, url: str, *, retry: bool = True) -> tuple[PageSnapshot, str]:
        """The page as the crawl sees it (list entries included); a passing failure is tried again."""
        from robot.gather import extract
        from robot.gather.browser import close_page, new_page, visit
        from robot.gather.linkcheck import TRANSIENT_ERRORS, TRANSIENT_STATUS

        timeout_s = self.config.defaults.timeout_s
        for attempt in range(2 if retry else 1):
            page = await new_page(ctx)
            try:
                v = await visit(page, url, site=site.id, timeout_s=timeout_s)
            finally:
                await close_page(page, stuck=False)
            snap = v.snapshot
            transient = snap.error in TRANSIENT_ERRORS or snap.status in TRANSIENT_STATUS
            if not transient or attempt == 1 or not retry:
                break
            await pause(1.0, reason="a passing failure is re-probed once")
        if v.html:
            try:
                entries = extract.extract_entries(v.html, snap.final_url, today=self.as_of, selectors=site.selectors)
                nxt = extract.pagination_links(v.html, snap.final_url)
                snap = replace(snap, entries=tuple(entries), next_pages=tuple(nxt))
            except Exception:  # hostile markup: the page's own facts still stand
                log.exception("extraction failed on %s", url)
        return snap, v.html

    async def _link(self, ctx: Any, site: SiteConfig, r: FindingRecord) -> Recheck:
        from robot.rules.links import NOT_BROKEN_STATUS

        target = r.target or ""
        async with self._links(site) as links:
            check: LinkCheck = await links.check(target)
        seen = _describe_check(check)
        if not check.broken or check.status in NOT_BROKEN_STATUS:
            return Recheck(r, False, f"HTTP re-check of {target}", note=f"target now answers: {seen}")
        snap, _html = await self._visit(ctx, site, r.url)
        if not snap.ok:
            return Recheck(r, None, f"HTTP re-check of {target}",
                           note=f"target still broken ({seen}) but the page {r.url} could not be opened: "
                                f"{_describe_page(snap)}")
        found = self._same(r, self._judge(site, self._snapshot(site, [snap], r.rule, link_checks={target: check}),
                                          r.rule))
        note = f"target still broken: {seen}" if found else f"target broken ({seen}) but no longer linked from the page"
        return Recheck(r, bool(found), f"HTTP re-check of {target} + the page", found, note=note)

    async def _image(self, ctx: Any, site: SiteConfig, r: FindingRecord) -> Recheck:
        from robot import vision
        from robot.gather.crawler import _image_size

        target = r.target or ""
        snap, _html = await self._visit(ctx, site, r.url)
        if not snap.ok:
            return Recheck(r, None, "page + image fetch", note=f"the page could not be opened: {_describe_page(snap)}")
        if not any(i.src == target for i in snap.images):
            return Recheck(r, False, "page + image fetch", note="the image is no longer on the page")
        verdict: tuple[str, str, bool, tuple[int, int]] = ("undecodable", "not fetched", False, (0, 0))
        if target.startswith(("http://", "https://")):
            async with self._links(site) as links:
                status, body = await links.fetch_bytes(target)
            if status is None or status >= 400:
                verdict = ("undecodable", f"HTTP {status}" if status else "no answer", False, (0, 0))
            else:
                if self._refs is None:
                    self._refs = vision.ReferenceSet.load()
                v, detail = await asyncio.to_thread(vision.classify_image, body, self._refs)
                verdict = (v, detail, v != "undecodable", _image_size(body))
        images = []
        for img in snap.images:
            if img.src == target:
                if img.complete:
                    img = replace(img, visual=verdict[0], visual_detail=verdict[1])
                else:
                    img = replace(img, visual=verdict[0], visual_detail=verdict[1], loaded=verdict[2], complete=True,
                                  natural_width=verdict[3][0], natural_height=verdict[3][1])
            images.append(img)
        snap = replace(snap, images=tuple(images))
        found = self._same(r, self._judge(site, self._snapshot(site, [snap], r.rule), r.rule))
        return Recheck(r, bool(found), "page + image fetch and classification", found,
                       note=f"image: {verdict[0]} {verdict[1]}".strip())

    async def _column(self, ctx: Any, site: SiteConfig, r: FindingRecord) -> Recheck:
        from robot.channels.probe import probe
        from robot.workdays import WorkCalendar

        out = await probe("column", ctx, site, r.url, as_of=self.as_of, defaults=self.config.defaults,
                          calendar=WorkCalendar.from_config(self.config.holidays))
        col = out.snapshot
        if not getattr(col, "reachable", True):
            return Recheck(r, None, "column probe", note=f"the column {r.url} could not be opened "
                                                         f"(status {getattr(col, 'status', None)})")
        found = self._same(r, out.findings)
        newest = getattr(col, "newest", None)
        note = f"{len(getattr(col, 'entries', ()))} entries, newest {newest}"
        if not found and r.rule == "column.due_soon":
            # past its deadline without a new entry the warning became column.overdue: that is the
            # same problem grown worse, not a rectification
            found = [f for f in out.findings if f.rule == "column.overdue" and f.target == r.target]
            if found:
                note += "; the column is now overdue (超期): the warning escalated"
        return Recheck(r, bool(found), "column probe", found, note=note)

    async def _channel(self, ctx: Any, site: SiteConfig, r: FindingRecord) -> Recheck:
        from robot.channels.probe import channel_urls, probe
        from robot.workdays import WorkCalendar

        kind = CHANNEL_FAMILIES[r.rule.split(".")[0]]
        url = getattr(site.channels, kind, None)
        url = site.absolute(url) if url else None
        if not url:  # found by link text on the homepage, as the run did
            home, html = await self._visit(ctx, site, site.url)
            url = next((u for k, u, _c in channel_urls(site, html) if k == kind), None)
            if url is None:
                if r.rule in UNAVAILABLE_RULES:
                    return Recheck(r, True, f"{kind} probe", [to_finding(r, mark=Mark())],
                                   note=f"no {kind} channel found on the homepage")
                return Recheck(r, None, f"{kind} probe", note=f"no {kind} channel found on the homepage "
                                                              f"({_describe_page(home)})")
        out = await probe(kind, ctx, site, url, as_of=self.as_of, defaults=self.config.defaults,
                          calendar=WorkCalendar.from_config(self.config.holidays), rules=self.config.rules)
        snap: Any = out.snapshot  # a ChannelSnapshot (probe() is typed for columns too)
        found = self._same(r, out.findings)
        method = f"{kind} probe of {url}"
        if found:
            return Recheck(r, True, method, found)
        if not getattr(snap, "available", True) and r.rule not in UNAVAILABLE_RULES:
            return Recheck(r, None, method, note=f"the channel could not be opened: {snap.error_detail}")
        if r.rule.startswith(MESSAGE_RULES):
            seen = any(page_key(m.url) == page_key(r.url) for m in snap.messages if m.url)
            if not seen and not snap.complete:
                return Recheck(r, None, method, note="the letter was not reached (the board walk was bounded)")
        return Recheck(r, False, method, note="; ".join(out.problems))

    async def _one_page(self, ctx: Any, site: SiteConfig, r: FindingRecord) -> Recheck:
        from robot.gather.linkcheck import TRANSIENT_STATUS

        snap, _html = await self._visit(ctx, site, r.url)
        checks: dict[str, LinkCheck] = {}
        if r.rule == "site.unreachable" and (snap.error is not None or (snap.status or 0) >= 500):
            async with self._links(site) as links:  # the HTTP re-probe of a failed homepage, as the crawl does
                checks[snap.requested_url] = await links.check(snap.requested_url)
        elif r.rule not in ("site.unreachable", "site.slow") and not snap.ok:
            return Recheck(r, None, "one page", note=f"the page {r.url} could not be opened: {_describe_page(snap)}")
        if r.rule == "site.slow":
            if snap.status in TRANSIENT_STATUS:
                return Recheck(r, None, "one page", note=f"the page answered {snap.status}")
            if snap.error is not None or snap.status is None or snap.response_ms is None:
                # no answer (a timeout …) is not a fast answer: the rule skips such a page, so
                # judging it would wrongly find the slowness gone
                return Recheck(r, None, "one page", note=f"the page could not be timed: {_describe_page(snap)}")
        attachments: list[AttachmentText] = []
        if r.rule.startswith(("privacy.", "text.")):
            attachments = await self._attachments(site, snap)
        snapshot = self._snapshot(site, [snap], r.rule, link_checks=checks, attachments=attachments)
        if r.rule == "homepage.stale":
            snapshot.homepage = snap
        found = self._same(r, self._judge(site, snapshot, r.rule))
        note = f"status {snap.status}, {snap.response_ms} ms" if snap.status else _describe_page(snap)
        return Recheck(r, bool(found), "one page" + (" and its attachments" if attachments else ""), found, note=note)

    async def _attachments(self, site: SiteConfig, snap: PageSnapshot) -> list[AttachmentText]:
        """The documents the page links (in the site's scope): the privacy and text rules read them."""
        from robot.content.attachments import is_attachment
        from robot.gather.crawler import read_attachment

        urls = list(dict.fromkeys(link.href for link in snap.links
                                  if link.href and is_attachment(link.href) and in_scope(link.href, site.scope)))
        texts = {link.href: link.text for link in snap.links if link.href}
        page = snap.final_url or snap.requested_url
        out: list[AttachmentText] = []
        async with self._links(site) as links:
            for url in urls:
                out.append(await read_attachment(links, url, page, texts.get(url, "")))
        return out

    # --- evidence --------------------------------------------------------------------------------

    async def _evidence(self, ctx: Any, r: FindingRecord, out: Recheck) -> list[str]:
        """Screenshots of what the re-check saw: the problem marked (still present) or the page as
        it is now (gone); plus the re-check's verdict as a JSON file."""
        from robot.gather.capture import capture_findings

        d = self.config.defaults
        if out.findings:
            shots = [f for f in out.findings if f.mark is not None] or [replace(out.findings[0], mark=Mark())]
        else:
            verdict = {True: "仍存在", False: "已不再出现", None: "无法判断"}[out.present]
            shots = [to_finding(r, message=f"复核：{verdict}（{r.message}）", mark=Mark())]
        paths: list[str] = []
        try:
            got = await capture_findings(ctx, self.writer, shots, timeout_s=d.timeout_s, concurrency=1)
            for p in got.values():
                paths.extend(p)
        except Exception:  # no screenshot is no verdict: the JSON below still says what was seen
            log.exception("evidence capture for finding %s failed", r.id)
        record = {"finding_id": r.id, "fingerprint": r.fingerprint, "rule": r.rule, "url": r.url,
                  "target": r.target, "as_of": self.as_of.isoformat(), "present": out.present,
                  "method": out.method, "note": out.note,
                  "fresh": [f.to_dict() for f in out.findings]}
        cap = self.writer.write(r.site, r.rule, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"),
                                {"fingerprint": r.fingerprint, "url": r.url, "kind": "recheck"}, suffix=".json")
        paths.append(cap.path.as_posix())
        return paths

    # --- the scratch inspection ------------------------------------------------------------------

    def recheck_by_inspection(self, r: FindingRecord) -> Recheck:
        """A minimal inspection of the finding's site scoped to its rule's family, into a scratch
        database, so nothing else in the store changes. Synchronous (it runs its own event loop)."""
        from robot.api import inspect

        family = r.rule.split(".")[0]
        self.site(r.site)  # KeyError for a site the config does not know
        with tempfile.TemporaryDirectory(prefix="zwgk-recheck-") as tmp:
            scratch = f"sqlite:///{Path(tmp) / 'scratch.db'}"
            self._seed(scratch, r.site)
            where = self.run_dir / f"inspect-{r.id}"
            where.mkdir(parents=True, exist_ok=True)
            baselines = self.evidence_root / "baselines"
            if baselines.is_dir() and not (where / "baselines").exists():
                (where / "baselines").symlink_to(baselines.resolve(), target_is_directory=True)
            result = inspect(self.config, db_url=scratch, evidence_dir=where, as_of=self.as_of, sites=[r.site],
                             checks=[family])
        method = f"inspection of site {r.site} scoped to {family} (scratch database)"
        same = [f for f in result.findings if f.get("fingerprint") == r.fingerprint]
        evidence = [p for f in same for p in f.get("evidence", [])]
        if same:
            found = [to_finding(r, message=same[0].get("message") or r.message)]
            return Recheck(r, True, method, found, evidence, note=f"{len(result.findings)} {family} findings")
        if not result.site_complete.get(r.site, False) or result.errors:
            why = "; ".join(result.errors) or "the crawl was cut short (max_pages or an interruption)"
            return Recheck(r, None, method, evidence=evidence, note=why)
        return Recheck(r, False, method, evidence=evidence, note=f"{len(result.findings)} other {family} findings")

    def _seed(self, scratch_url: str, site_id: str) -> None:
        """Give the scratch database the site's items seen before (their first days): the
        content.backdated rule compares against them."""
        from robot.store import Store

        with Store(self.db_url) as real:
            seen = real.seen_items(site_id) or {}
        if not seen:
            return
        by_day: dict[date, dict[str, date | None]] = defaultdict(dict)
        for url, first in seen.items():
            by_day[first][url] = None
        with Store(scratch_url) as s:
            for day in sorted(by_day):
                run_id = s.start_run(day, [site_id], ["seed"])
                s.record_seen_items(site_id, by_day[day], day, run_id)
                s.finish_run(run_id, complete=True)

    async def evidence_for(self, r: FindingRecord, out: Recheck) -> list[str]:
        """Evidence for a re-check done without the browser session (the scratch inspection)."""
        ctx = await self._ctx()
        try:
            return await self._evidence(ctx, r, out)
        finally:
            await ctx.close()


def _describe_check(c: LinkCheck) -> str:
    if c.error is not None:
        return f"{c.error.value} after {c.attempts} attempt(s)"
    return f"HTTP {c.status} after {c.attempts} attempt(s)"


def _describe_page(p: PageSnapshot) -> str:
    if p.error is not None:
        return f"{p.error.value} {p.error_detail}".strip()
    return f"HTTP {p.status}"

"""The :class:`Store`: the one place where runs, journals, measurements and findings meet rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from types import ModuleType
from typing import Any, cast

from sqlalchemy import Table, delete, exists, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from robot.findings import Finding, Status
from robot.snapshots import PageSnapshot
from robot.store import stats
from robot.store.engine import mask_url, open_engine
from robot.store.models import (
    FindingEventRow,
    FindingRow,
    JournalRow,
    PageMeasurementRow,
    RunRow,
    SeenItemRow,
    SiteRow,
)
from robot.store.records import TRANSITIONS, FindingRecord

_SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")  # no daylight saving since 1991
_STATUSES = tuple(s.value for s in Status)
_LIVE = (Status.OPEN.value, Status.CONFIRMED.value)  # what a clean check may rectify
_MEASUREMENTS = cast(Table, PageMeasurementRow.__table__)


def _now() -> datetime:
    return datetime.now(UTC)


def _today() -> date:
    return datetime.now(_SHANGHAI).date()


def _iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).isoformat(timespec="seconds") if t is not None else None


def _in_scope(rule: str, scope_rules: Sequence[str] | None) -> bool:
    """Same matching as the rule registry's ``--checks``: a plain prefix (``link``, ``link.broken``)."""
    if not scope_rules:
        return True
    return any(rule.startswith(p) for p in scope_rules)


def _append(paths: Iterable[str], more: Iterable[str] | None) -> list[str]:
    out = list(paths)
    for p in more or ():
        if p not in out:
            out.append(p)
    return out


class Store:
    """Findings database on SQLite (default, one file) or PostgreSQL (shared by workers).

    Each method is its own transaction and commits before returning.
    """

    def __init__(self, url: str = "sqlite:///zwgk.db") -> None:
        self.url = mask_url(url)  # safe to print
        self.engine = open_engine(url)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._dialect: ModuleType = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        upsert = self._dialect.insert(JournalRow.__table__)
        self._journal_upsert = upsert.on_conflict_do_update(  # one compiled statement, executemany
            index_elements=["run_id", "site", "kind", "key"], set_={"data": upsert.excluded.data})

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # --- sites and runs ---------------------------------------------------------------------

    def upsert_site(self, site_id: str, name: str, url: str, owner: str | None) -> None:
        """Add the site or update it; ``updated_at`` moves only when something changed."""
        t = cast(Table, SiteRow.__table__)
        stmt = self._dialect.insert(t).values(id=site_id, name=name, url=url, owner=owner, updated_at=_now())
        changed = or_(t.c.name != stmt.excluded.name, t.c.url != stmt.excluded.url,
                      t.c.owner.is_distinct_from(stmt.excluded.owner))
        stmt = stmt.on_conflict_do_update(  # atomic: two workers may register the same site at once
            index_elements=["id"], where=changed,
            set_={"name": stmt.excluded.name, "url": stmt.excluded.url, "owner": stmt.excluded.owner,
                  "updated_at": stmt.excluded.updated_at})
        with self._session.begin() as s:
            s.execute(stmt)

    def start_run(self, as_of: date, sites: list[str], checks: list[str]) -> int:
        with self._session.begin() as s:
            row = RunRow(as_of=as_of, started_at=_now(), sites=list(sites), checks=list(checks),
                         complete=False, interrupted=False)
            s.add(row)
            s.flush()
            return row.id

    def find_resumable_run(self, as_of: date, sites: list[str], checks: list[str]) -> int | None:
        """The newest unfinished run of the same date and scope that has something journalled."""
        want = (sorted(set(sites)), sorted(set(checks)))
        with self._session() as s:
            runs = s.scalars(select(RunRow).where(RunRow.as_of == as_of, RunRow.complete.is_(False))
                             .order_by(RunRow.id.desc()))
            for run in runs:
                if (sorted(set(run.sites)), sorted(set(run.checks))) != want:
                    continue
                if s.scalar(select(exists().where(JournalRow.run_id == run.id))):
                    return run.id
        return None

    def finish_run(self, run_id: int, *, complete: bool, interrupted: bool = False) -> None:
        with self._session.begin() as s:
            run = self._run(s, run_id)
            run.finished_at = _now()
            run.complete = complete
            run.interrupted = interrupted
            if complete:
                s.execute(delete(JournalRow).where(JournalRow.run_id == run_id))

    def run_info(self, run_id: int) -> dict[str, Any]:
        """The contract's ``run`` object."""
        with self._session() as s:
            run = self._run(s, run_id)
            return {
                "id": run.id,
                "as_of": run.as_of.isoformat(),
                "started_at": _iso(run.started_at),
                "finished_at": _iso(run.finished_at),
                "sites": list(run.sites),
                "complete": run.complete,
            }

    @staticmethod
    def _run(s: Session, run_id: int) -> RunRow:
        run = s.get(RunRow, run_id)
        if run is None:
            raise ValueError(f"no run with id {run_id}")
        return run

    # --- journal of an unfinished run -----------------------------------------------------------

    def journal_add(self, run_id: int, site: str, kind: str, key: str, data: dict[str, Any]) -> None:
        """Record one gathered item; the same key again overwrites. Committed on return."""
        self.journal_add_many(run_id, site, kind, [(key, data)])

    def journal_add_many(self, run_id: int, site: str, kind: str, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Record many items in one transaction (last one wins for a repeated key)."""
        latest = {stats.index_safe(k): d for k, d in items}
        if not latest:
            return
        rows = [{"run_id": run_id, "site": site, "kind": kind, "key": k, "data": d} for k, d in latest.items()]
        with self._session.begin() as s:
            s.execute(self._journal_upsert, rows)

    def journal_load(self, run_id: int, site: str, kind: str) -> list[dict[str, Any]]:
        with self._session() as s:
            q = (select(JournalRow.data)
                 .where(JournalRow.run_id == run_id, JournalRow.site == site, JournalRow.kind == kind)
                 .order_by(JournalRow.id))
            return [dict(d) for d in s.scalars(q)]

    def journal_load_keys(self, run_id: int, site: str, kind: str, keys: list[str]) -> list[dict[str, Any]]:
        """The items of these keys that are journalled (a batch of pages, see robot.worker)."""
        wanted = list(dict.fromkeys(stats.index_safe(k) for k in keys))
        out: list[dict[str, Any]] = []
        with self._session() as s:
            for i in range(0, len(wanted), 500):
                q = (select(JournalRow.data)
                     .where(JournalRow.run_id == run_id, JournalRow.site == site, JournalRow.kind == kind,
                            JournalRow.key.in_(wanted[i:i + 500]))
                     .order_by(JournalRow.id))
                out.extend(dict(d) for d in s.scalars(q))
        return out

    # --- page measurements ---------------------------------------------------------------------

    def record_pages(self, run_id: int, site: str, pages: list[PageSnapshot]) -> None:
        """Raw measurements; a page without ``fetched_at`` counts as measured now."""
        rows = stats.measurement_rows(run_id, site, pages, _now())
        if rows:
            with self._session.begin() as s:
                s.execute(insert(_MEASUREMENTS), rows)  # Core executemany: no ORM bookkeeping

    def page_measurements(self, run_id: int, site: str | None = None) -> list[dict[str, Any]]:
        """The run's raw measurements: the contract's ``pages`` objects plus error and time."""
        m = PageMeasurementRow
        q = select(m).where(m.run_id == run_id).order_by(m.id)
        if site is not None:
            q = q.where(m.site == site)
        with self._session() as s:
            return [
                {"site": r.site, "url": r.url, "status": r.status, "response_ms": r.response_ms,
                 "load_ms": r.load_ms, "bytes": r.bytes, "error": r.error, "measured_at": _iso(r.measured_at)}
                for r in s.scalars(q)
            ]

    def rollup(self, now: datetime, *, raw_days: int = 30, hourly_days: int = 180) -> dict[str, int]:
        """Raw rows older than ``raw_days`` → hourly buckets; hourly older than ``hourly_days`` →
        daily. Idempotent; returns what moved (``raw_rolled``, ``hourly_created``, ...)."""
        return stats.rollup(self._session, now, raw_days, hourly_days)

    def response_stats(self, site: str, since: datetime, *, per_url: bool = True) -> list[dict[str, Any]]:
        """Raw, hourly and daily data of ``site`` since ``since``, as buckets of one shape.

        Each dict: site, resolution ('hour' | 'day'), start (aware UTC datetime), url, count,
        errors, response_count, response_ms_{sum,min,max,mean}, load_count, load_ms_{sum,mean}.
        Within the raw window every page has its line; older buckets have the homepage's line
        and '*' for the other pages. Sums over lines are site totals. ``per_url=False`` folds
        every line into '*'.
        """
        with self._session() as s:
            return stats.response_stats(s, site, since, per_url)

    # --- items seen (content.backdated) ------------------------------------------------------

    def seen_items(self, site: str) -> dict[str, date] | None:
        """URL → first day seen of the site's dated items; None when the site was never read before."""
        with self._session() as s:
            rows = s.execute(select(SeenItemRow.url, SeenItemRow.first_seen).where(SeenItemRow.site == site)).all()
        return {u: d for u, d in rows} if rows else None

    def record_seen_items(self, site: str, items: dict[str, date | None], as_of: date, run_id: int) -> int:
        """Remember items not seen before, with ``as_of`` as their first day; returns how many were new."""
        known = self.seen_items(site) or {}
        new = [(u, d) for u, d in items.items() if u not in known]
        if not new:
            return 0
        with self._session.begin() as s:
            s.add_all(SeenItemRow(site=site, url=u, shown_date=d, first_seen=as_of, run_id=run_id) for u, d in new)
        return len(new)

    # --- findings ------------------------------------------------------------------------------

    def record_findings(
        self,
        run_id: int,
        as_of: date,
        site: str,
        findings: list[Finding],
        evidence: dict[str, list[str]],
        *,
        scope_rules: list[str] | None,
        complete: bool,
    ) -> list[FindingRecord]:
        """Upsert this run's findings of ``site`` by fingerprint and apply the lifecycle.

        ``evidence`` maps fingerprint → evidence paths. When ``complete``, live findings of the
        site within ``scope_rules`` (prefixes; None = all) that this run did not see become
        rectified on ``as_of``. Returns the seen findings, ignored ones left out.
        """
        for f in findings:
            if f.site != site:
                raise ValueError(f"finding {f.rule} of site {f.site!r} recorded under site {site!r}")
        unique: dict[str, Finding] = {}
        for f in findings:
            unique.setdefault(f.fingerprint, f)
        for attempt in range(3):
            try:
                with self._session.begin() as s:
                    rows = self._upsert_findings(s, run_id, as_of, list(unique.values()), evidence)
                    if complete:
                        self._rectify_unseen(s, run_id, as_of, site, set(unique), scope_rules)
                    return [FindingRecord.from_row(r) for r in rows if r.status != Status.IGNORED]
            except IntegrityError:  # another worker inserted the same fingerprint first: try again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _upsert_findings(self, s: Session, run_id: int, as_of: date, findings: list[Finding],
                         evidence: dict[str, list[str]]) -> list[FindingRow]:
        existing: dict[str, FindingRow] = {}
        prints = [f.fingerprint for f in findings]
        for part in stats.chunks(prints):
            for old in s.scalars(select(FindingRow).where(FindingRow.fingerprint.in_(part))):
                existing[old.fingerprint] = old
        out: list[FindingRow] = []
        created: list[tuple[FindingRow, list[str]]] = []
        for f in findings:
            fp = f.fingerprint
            found = f.to_dict()
            paths = list(evidence.get(fp, []))
            seen = existing.get(fp)
            if seen is None:
                row = FindingRow(
                    fingerprint=fp, rule=f.rule, severity=found["severity"], site=f.site, url=f.url,
                    target=f.target, message=f.message, measured=found["measured"], evidence=_append([], paths),
                    status=Status.OPEN.value, status_reason=None, first_seen=as_of, last_seen=as_of,
                    rectified_at=None, first_run_id=run_id, last_run_id=run_id,
                )
                s.add(row)
                created.append((row, paths))
            else:
                row = seen
                row.first_seen = min(row.first_seen, as_of)
                row.last_seen = max(row.last_seen, as_of)
                row.last_run_id = run_id
                if row.status != Status.IGNORED:  # an ignored finding keeps what the inspector judged
                    row.severity, row.message, row.measured = found["severity"], f.message, found["measured"]
                    row.evidence = _append(row.evidence or [], paths)
                if row.status == Status.RECTIFIED:
                    self._event(s, row, row.status, Status.OPEN, "robot", run_id, "seen again", paths)
                    row.status, row.status_reason, row.rectified_at = Status.OPEN.value, None, None
            out.append(row)
        if created:
            s.flush()  # ids for the events
            for row, paths in created:
                self._event(s, row, None, Status.OPEN, "robot", run_id, "first seen", paths)
        return out

    def _rectify_unseen(self, s: Session, run_id: int, as_of: date, site: str, seen: set[str],
                        scope_rules: list[str] | None) -> None:
        live = s.scalars(select(FindingRow).where(
            FindingRow.site == site, FindingRow.status.in_(_LIVE), FindingRow.last_seen <= as_of))
        for row in live:
            if row.fingerprint in seen or not _in_scope(row.rule, scope_rules):
                continue
            self._event(s, row, row.status, Status.RECTIFIED, "robot", run_id, "not seen by a complete check", None)
            row.status, row.status_reason, row.rectified_at = Status.RECTIFIED.value, None, as_of

    @staticmethod
    def _event(s: Session, row: FindingRow, from_status: str | None, to_status: str, actor: str,
               run_id: int | None, reason: str | None, evidence: list[str] | None) -> None:
        s.add(FindingEventRow(finding_id=row.id, at=_now(), from_status=from_status, to_status=str(to_status),
                              actor=actor, run_id=run_id, reason=reason, evidence=list(evidence or [])))

    def findings(self, *, status: str | None = "open", site: str | None = None, rule: str | None = None,
                 run_id: int | None = None) -> list[FindingRecord]:
        """Stored findings by status ('all' or None = any), site, rule prefix and the run that
        last saw them; ordered by id."""
        q = select(FindingRow).order_by(FindingRow.id)
        if status not in (None, "all"):
            q = q.where(FindingRow.status == self._status(status))
        if site is not None:
            q = q.where(FindingRow.site == site)
        if rule:
            q = q.where(or_(FindingRow.rule == rule, FindingRow.rule.startswith(rule, autoescape=True)))
        if run_id is not None:
            q = q.where(FindingRow.last_run_id == run_id)
        with self._session() as s:
            return [FindingRecord.from_row(r) for r in s.scalars(q)]

    def get_finding(self, finding_id: int) -> FindingRecord | None:
        with self._session() as s:
            found = s.get(FindingRow, finding_id)
            return FindingRecord.from_row(found) if found is not None else None

    @staticmethod
    def _status(status: str) -> str:
        if status not in _STATUSES:
            raise ValueError(f"unknown status {status!r}: use one of {', '.join(_STATUSES)}")
        return status

    def set_status(self, finding_id: int, status: str, *, reason: str | None = None, actor: str = "cli",
                   evidence: list[str] | None = None, on: date | None = None) -> FindingRecord:
        """Move a finding by hand (confirm, ignore, rectify, reopen), logging the change.

        ``on`` is the 整改日期 when rectifying (default: today in Beijing time).
        """
        status = self._status(status)
        reason = reason.strip() if reason and reason.strip() else None
        with self._session.begin() as s:
            row = s.get(FindingRow, finding_id)
            if row is None:
                raise ValueError(f"no finding with id {finding_id}")
            if row.status == status:
                raise ValueError(f"finding {finding_id} is already {status}")
            allowed = TRANSITIONS[row.status]
            if status not in allowed:
                raise ValueError(f"finding {finding_id} is {row.status} and cannot become {status} "
                                 f"(from {row.status}: {', '.join(sorted(allowed))})")
            if status == Status.IGNORED and reason is None:
                raise ValueError(f"ignoring finding {finding_id} needs a reason (why it is a false alarm)")
            self._event(s, row, row.status, status, actor, None, reason, evidence)
            row.status, row.status_reason = status, reason
            row.rectified_at = (on or _today()) if status == Status.RECTIFIED else None
            if evidence:
                row.evidence = _append(row.evidence or [], evidence)
            return FindingRecord.from_row(row)

    def rectify(self, fingerprint: str, on: date, evidence: list[str], actor: str = "pytest",
                reason: str = "复核：问题已不再出现（re-checked: no longer seen）") -> FindingRecord:
        """A re-check (复核) of this one finding no longer sees it: rectified on ``on`` (the
        整改日期) with the fresh evidence, logged as an event. Only an open or confirmed finding
        moves; an ignored one stays ignored and one already rectified is left as it is (both
        raise ``ValueError``, as does an unknown fingerprint)."""
        with self._session.begin() as s:
            row = s.scalars(select(FindingRow).where(FindingRow.fingerprint == fingerprint)).first()
            if row is None:
                raise ValueError(f"no finding with fingerprint {fingerprint}")
            if row.status not in _LIVE:
                raise ValueError(f"finding {row.id} is {row.status}: only an open or confirmed finding "
                                 "can be rectified by a re-check")
            self._event(s, row, row.status, Status.RECTIFIED, actor, None, reason, evidence)
            row.status, row.status_reason, row.rectified_at = Status.RECTIFIED.value, None, on
            if evidence:
                row.evidence = _append(row.evidence or [], evidence)
            return FindingRecord.from_row(row)

    def events(self, finding_id: int) -> list[dict[str, Any]]:
        """The finding's history, oldest first: at (ISO UTC), from_status, to_status, actor,
        run_id, reason, evidence."""
        with self._session() as s:
            if s.get(FindingRow, finding_id) is None:
                raise ValueError(f"no finding with id {finding_id}")
            q = select(FindingEventRow).where(FindingEventRow.finding_id == finding_id).order_by(FindingEventRow.id)
            return [
                {"at": _iso(e.at), "from_status": e.from_status, "to_status": e.to_status, "actor": e.actor,
                 "run_id": e.run_id, "reason": e.reason, "evidence": list(e.evidence or [])}
                for e in s.scalars(q)
            ]

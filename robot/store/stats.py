"""Page measurements: raw rows, their roll-up into hourly and daily buckets, and the merged view.

Nightly runs measure every page once a night and the daemon probes each homepage every hour,
so raw rows grow with sites × pages × nights (Uptime Kuma's heartbeat table taught the same
lesson). The store keeps three tiers:

* raw rows (``page_measurements``), per page, for ``raw_days`` (default 30): the monthly
  bulletin and the 7-day availability rule read them;
* hourly buckets (``page_stats_hourly``) until ``hourly_days`` (default 180), then
* daily buckets (``page_stats_daily``), kept.

Past the raw window a page's own line is kept only for the site's homepage (the URL in
``sites``, the page the availability probes measure); every other page of the site is folded
into one line, url ``*``. Per-page hourly lines would not shrink anything: each page is measured
about once a night, so an hourly bucket per page holds one measurement and costs more than the
raw row (benchmarks/bench_store.py measures both). The buckets then grow with sites × hours
(about 25 lines a site and day) and sites × days, whatever the number of pages.

Buckets keep count, errors, sums, minima and maxima, so merging them is exact and rolling up
twice changes nothing. Every window of one day is one transaction: a crash leaves either the
raw rows or the buckets made of them, never both or neither.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from robot.snapshots import PageSnapshot
from robot.store.models import (
    ALL_PAGES,
    PageMeasurementRow,
    PageStatsDailyRow,
    PageStatsHourlyRow,
    SiteRow,
)
from robot.urls import normalise

INDEXED_TEXT_MAX = 1000  # btree index entries have a size limit (PostgreSQL: ~2.7 kB)
_CHUNK = 500
S = TypeVar("S", PageStatsHourlyRow, PageStatsDailyRow)


def index_safe(text: str) -> str:
    """``text`` itself, or a stable shortened form when too long for a unique index."""
    if len(text) <= INDEXED_TEXT_MAX:
        return text
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    return f"{text[: INDEXED_TEXT_MAX - 41]}…#sha256:{digest}"


def floor_hour(t: datetime) -> datetime:
    return t.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def floor_day(t: datetime) -> datetime:
    return t.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def aware(t: datetime) -> datetime:
    """Naive datetimes from the gather layer are UTC by convention; make that explicit."""
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


@dataclass
class Agg:
    """Mergeable aggregates of page measurements."""

    count: int = 0
    errors: int = 0
    response_count: int = 0
    response_ms_sum: int = 0
    response_ms_min: int | None = None
    response_ms_max: int | None = None
    load_count: int = 0
    load_ms_sum: int = 0

    def add(self, status: int | None, error: str | None, response_ms: int | None, load_ms: int | None) -> None:
        self.count += 1
        if error is not None or status is None or status >= 400:
            self.errors += 1
        if response_ms is not None:
            self.response_count += 1
            self.response_ms_sum += response_ms
            self.response_ms_min = response_ms if self.response_ms_min is None else min(self.response_ms_min, response_ms)
            self.response_ms_max = response_ms if self.response_ms_max is None else max(self.response_ms_max, response_ms)
        if load_ms is not None:
            self.load_count += 1
            self.load_ms_sum += load_ms

    def merge(self, o: Agg) -> None:
        self.count += o.count
        self.errors += o.errors
        self.response_count += o.response_count
        self.response_ms_sum += o.response_ms_sum
        self.load_count += o.load_count
        self.load_ms_sum += o.load_ms_sum
        if o.response_ms_min is not None:
            self.response_ms_min = o.response_ms_min if self.response_ms_min is None else min(self.response_ms_min, o.response_ms_min)
        if o.response_ms_max is not None:
            self.response_ms_max = o.response_ms_max if self.response_ms_max is None else max(self.response_ms_max, o.response_ms_max)

    @classmethod
    def of(cls, row: Mapping[Any, Any]) -> Agg:
        """From a bucket row's mapping (a Core row: ``row.count`` would be tuple.count)."""
        return cls(**{name: row[name] for name in _AGG_FIELDS})

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _AGG_FIELDS}

    def as_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "errors": self.errors,
            "response_count": self.response_count,
            "response_ms_sum": self.response_ms_sum,
            "response_ms_min": self.response_ms_min,
            "response_ms_max": self.response_ms_max,
            "response_ms_mean": round(self.response_ms_sum / self.response_count, 1) if self.response_count else None,
            "load_count": self.load_count,
            "load_ms_sum": self.load_ms_sum,
            "load_ms_mean": round(self.load_ms_sum / self.load_count, 1) if self.load_count else None,
        }


_AGG_FIELDS = tuple(f.name for f in fields(Agg))
Key = tuple[str, str, datetime]  # site, url, bucket start


def measurement_rows(run_id: int, site: str, pages: Iterable[PageSnapshot], now: datetime) -> list[dict[str, Any]]:
    return [
        {
            "run_id": run_id,
            "site": site,
            "url": p.requested_url,
            "status": p.status,
            "error": p.error.value if p.error is not None else None,
            "response_ms": p.response_ms,
            "load_ms": p.load_ms,
            "bytes": p.bytes or 0,
            "measured_at": aware(p.fetched_at) if p.fetched_at else now,
        }
        for p in pages
    ]


def chunks(items: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _merge_into(session: Session, model: type[S], aggs: dict[Key, Agg]) -> int:
    """Add ``aggs`` to the bucket rows of ``model``; returns how many rows were created."""
    buckets = sorted({k[2] for k in aggs})
    existing: dict[Key, Mapping[Any, Any]] = {}
    for part in chunks(buckets):
        for old in session.execute(select(model.__table__).where(model.bucket.in_(part))):
            m = old._mapping
            existing[(m["site"], m["url"], m["bucket"])] = m
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for key, agg in aggs.items():
        old_row = existing.get(key)
        if old_row is None:
            inserts.append({"site": key[0], "url": key[1], "bucket": key[2], **agg.values()})
        else:
            total = Agg.of(old_row)
            total.merge(agg)
            updates.append({"id": old_row["id"], **total.values()})
    if inserts:
        session.execute(insert(model), inserts)
    if updates:
        session.execute(update(model), updates)  # bulk UPDATE by primary key
    return len(inserts)


def _delete_ids(session: Session, model: type[Any], ids: list[int]) -> None:
    for part in chunks(ids):
        session.execute(delete(model).where(model.id.in_(part)))


def _next_window(session: Session, column: Any, start: datetime | None, cut: datetime) -> datetime | None:
    q = select(func.min(column)).where(column < cut)
    if start is not None:
        q = q.where(column >= start)
    first = session.scalar(q)
    return floor_day(first) if first is not None else None


_normalise = lru_cache(maxsize=65_536)(normalise)  # the same few thousand URLs, night after night


def fold_url(site: str, url: str, homepages: dict[str, str]) -> str:
    """The line a measurement of ``url`` belongs to past the raw window: the homepage or ``*``."""
    hp = homepages.get(site)
    return index_safe(hp) if hp and url != ALL_PAGES and _normalise(url) == hp else ALL_PAGES


def _roll_raw(session: Session, start: datetime, end: datetime, homepages: dict[str, str]) -> tuple[int, int]:
    m = PageMeasurementRow
    rows = session.execute(
        select(m.id, m.site, m.url, m.status, m.error, m.response_ms, m.load_ms, m.measured_at)
        .where(m.measured_at >= start, m.measured_at < end)
    ).all()
    aggs: dict[Key, Agg] = {}
    for r in rows:
        aggs.setdefault((r.site, fold_url(r.site, r.url, homepages), floor_hour(r.measured_at)), Agg()).add(
            r.status, r.error, r.response_ms, r.load_ms)
    created = _merge_into(session, PageStatsHourlyRow, aggs)
    _delete_ids(session, m, [r.id for r in rows])
    return len(rows), created


def _roll_hourly(session: Session, start: datetime, end: datetime, homepages: dict[str, str]) -> tuple[int, int]:
    h = PageStatsHourlyRow
    rows = [r._mapping for r in session.execute(select(h.__table__).where(h.bucket >= start, h.bucket < end))]
    aggs: dict[Key, Agg] = {}
    for r in rows:
        key = (r["site"], fold_url(r["site"], r["url"], homepages), floor_day(r["bucket"]))
        aggs.setdefault(key, Agg()).merge(Agg.of(r))
    created = _merge_into(session, PageStatsDailyRow, aggs)
    _delete_ids(session, h, [r["id"] for r in rows])
    return len(rows), created


def rollup(factory: sessionmaker[Session], now: datetime, raw_days: int, hourly_days: int) -> dict[str, int]:
    if raw_days < 1 or hourly_days < 1:
        raise ValueError(f"raw_days ({raw_days}) and hourly_days ({hourly_days}) must be at least 1")
    now = aware(now)
    raw_cut = floor_hour(now - timedelta(days=raw_days))
    hourly_cut = floor_day(now - timedelta(days=hourly_days))
    out = {"raw_rolled": 0, "hourly_created": 0, "hourly_rolled": 0, "daily_created": 0}
    with factory() as s:
        homepages = {sid: normalise(url) for sid, url in s.execute(select(SiteRow.id, SiteRow.url))}
    start: datetime | None = None
    while True:
        with factory.begin() as s:
            start = _next_window(s, PageMeasurementRow.measured_at, start, raw_cut)
            if start is None:
                break
            end = min(start + timedelta(days=1), raw_cut)
            n, c = _roll_raw(s, start, end, homepages)
            start = end
        out["raw_rolled"] += n
        out["hourly_created"] += c
    start = None
    while True:
        with factory.begin() as s:
            start = _next_window(s, PageStatsHourlyRow.bucket, start, hourly_cut)
            if start is None:
                break
            end = min(start + timedelta(days=1), hourly_cut)
            n, c = _roll_hourly(s, start, end, homepages)
            start = end
        out["hourly_rolled"] += n
        out["daily_created"] += c
    return out


def response_stats(session: Session, site: str, since: datetime, per_url: bool) -> list[dict[str, Any]]:
    since = aware(since)
    merged: dict[tuple[str, str, datetime], Agg] = {}

    def slot(resolution: str, url: str, start: datetime) -> Agg:
        return merged.setdefault((resolution, url if per_url else ALL_PAGES, start), Agg())

    m = PageMeasurementRow
    for r in session.execute(
        select(m.url, m.status, m.error, m.response_ms, m.load_ms, m.measured_at)
        .where(m.site == site, m.measured_at >= since)
    ):
        slot("hour", index_safe(r.url), floor_hour(r.measured_at)).add(r.status, r.error, r.response_ms, r.load_ms)
    h, d = PageStatsHourlyRow, PageStatsDailyRow
    for resolution, q in (("hour", select(h.__table__).where(h.site == site, h.bucket >= floor_hour(since))),
                          ("day", select(d.__table__).where(d.site == site, d.bucket >= floor_day(since)))):
        for row in session.execute(q):
            b = row._mapping
            slot(resolution, b["url"], b["bucket"]).merge(Agg.of(b))
    out = [
        {"site": site, "resolution": res, "start": start, "url": url, **agg.as_dict()}
        for (res, url, start), agg in merged.items()
    ]
    out.sort(key=lambda d: (d["start"], d["resolution"], d["url"]))
    return out

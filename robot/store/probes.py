"""What the daemon keeps: homepage availability probes, its jobs' state and the notification outbox.

* ``availability_probes``: one row per homepage probe (site, UTC time, ok, status, error,
  response time). :func:`probe_counts` gives ``(probes, failed)`` over a window, which the
  inspection puts on the snapshot for ``site.availability`` (7 days, :data:`WINDOW`).
* ``daemon_jobs``: per job (``probe:xinfeng``, ``daily:xinfeng``, ``monthly`` …) when it last ran
  and whether it is running now. The last run survives a restart, so a restarted daemon neither
  runs a job twice nor forgets one it missed while it was down; ``running_since`` and ``owner``
  (``host:pid``) keep a second daemon on the same database from starting a job that is under way.
* ``notify_outbox``: every notification is queued before it is sent and stays until a receiver
  took it, so a receiver that is down loses nothing. Rows name the receiver by a key
  (``wecom:3fa2…``), never by its URL or password (webhook URLs carry keys).
* ``notify_findings``: the fingerprints already notified, so a finding is announced once.

Functions take the :class:`robot.store.Store` and use its session factory; each is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Index, String, Text, delete, func, or_, select, update
from sqlalchemy.orm import Mapped, mapped_column

from robot.store.models import Base, BigId

if TYPE_CHECKING:
    from robot.store.repository import Store

WINDOW = timedelta(days=7)  # site.availability looks back this far


class ProbeRow(Base):
    __tablename__ = "availability_probes"
    __table_args__ = (
        Index("ix_availability_probes_site_at", "site", "at"),
        Index("ix_availability_probes_at", "at"),  # the daemon's pruning of old probes
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    ok: Mapped[bool]
    status: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)
    response_ms: Mapped[int | None]


class JobStateRow(Base):
    __tablename__ = "daemon_jobs"

    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    created_at: Mapped[datetime]  # first seen by a daemon: occurrences before it were never due
    last_run_at: Mapped[datetime | None]  # when the last finished run started (the occurrence it covered)
    last_status: Mapped[str | None] = mapped_column(String(16))  # done | failed
    last_duration_s: Mapped[float | None]
    running_since: Mapped[datetime | None]
    owner: Mapped[str | None] = mapped_column(String(255))  # host:pid of the daemon running it


class OutboxRow(Base):
    __tablename__ = "notify_outbox"
    __table_args__ = (Index("ix_notify_outbox_pending", "sent_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime]
    receiver: Mapped[str] = mapped_column(String(128))  # key of a configured receiver
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)  # markdown
    attempts: Mapped[int]
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]


class NotifiedRow(Base):
    __tablename__ = "notify_findings"

    fingerprint: Mapped[str] = mapped_column(String(128), primary_key=True)
    notified_at: Mapped[datetime]


# --- probes ------------------------------------------------------------------------------------


def record_probe(store: Store, site: str, at: datetime, *, ok: bool, status: int | None = None,
                 error: str | None = None, response_ms: int | None = None) -> None:
    with store._session.begin() as s:
        s.add(ProbeRow(site=site, at=at, ok=ok, status=status, error=error, response_ms=response_ms))


def probe_counts(store: Store, site: str, since: datetime, until: datetime | None = None) -> tuple[int, int]:
    """``(probes, failed)`` of ``site``'s homepage probes at or after ``since`` (and before ``until``)."""
    p = ProbeRow
    q = select(func.count(), func.count().filter(p.ok.is_(False))).where(p.site == site, p.at >= since)
    if until is not None:
        q = q.where(p.at < until)
    with store._session() as s:
        n, failed = s.execute(q).one()
    return int(n or 0), int(failed or 0)


def prune_probes(store: Store, before: datetime) -> int:
    """Drop probes older than ``before`` (the rule reads 7 days; the daemon keeps 90)."""
    with store._session.begin() as s:
        res: Any = s.execute(delete(ProbeRow).where(ProbeRow.at < before))
        return int(res.rowcount or 0)


# --- job state ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobState:
    name: str
    created_at: datetime
    last_run_at: datetime | None
    last_status: str | None
    last_duration_s: float | None
    running_since: datetime | None
    owner: str | None


def _state(r: JobStateRow) -> JobState:
    return JobState(r.name, r.created_at, r.last_run_at, r.last_status, r.last_duration_s, r.running_since, r.owner)


def ensure_jobs(store: Store, names: Iterable[str], now: datetime) -> dict[str, JobState]:
    """The state of every job in ``names``; jobs seen for the first time are registered at ``now``."""
    wanted = list(dict.fromkeys(names))
    with store._session.begin() as s:
        have = {r.name: r for r in s.scalars(select(JobStateRow).where(JobStateRow.name.in_(wanted)))}
        for name in wanted:
            if name not in have:
                have[name] = JobStateRow(name=name, created_at=now)
                s.add(have[name])
        s.flush()
        return {n: _state(have[n]) for n in wanted}


def job_state(store: Store, name: str) -> JobState | None:
    with store._session() as s:
        row = s.get(JobStateRow, name)
        return _state(row) if row is not None else None


def claim_job(store: Store, name: str, now: datetime, owner: str, *, stale_before: datetime,
              not_run_since: datetime | None = None) -> bool:
    """Mark ``name`` as running for ``owner``, atomically; False when another owner runs it (since
    after ``stale_before``) or, with ``not_run_since``, when it has run since then (another daemon
    on the same database took the occurrence)."""
    j = JobStateRow
    cond = [j.name == name, or_(j.running_since.is_(None), j.running_since < stale_before, j.owner == owner)]
    if not_run_since is not None:
        cond.append(or_(j.last_run_at.is_(None), j.last_run_at < not_run_since))
    with store._session.begin() as s:
        res: Any = s.execute(update(j).where(*cond).values(running_since=now, owner=owner))
        return bool(res.rowcount)


def finish_job(store: Store, name: str, owner: str, *, started_at: datetime, duration_s: float,
               status: str | None) -> None:
    """Clear the running mark; with a ``status`` (done, failed) the run counts as the last run.
    Without one (cut short) the job stays due, and the next start runs (resumes) it."""
    values: dict[str, Any] = {"running_since": None, "owner": None}
    if status is not None:
        values.update(last_run_at=started_at, last_status=status, last_duration_s=round(duration_s, 3))
    with store._session.begin() as s:
        s.execute(update(JobStateRow).where(JobStateRow.name == name, JobStateRow.owner == owner).values(**values))


def running_jobs(store: Store) -> list[JobState]:
    with store._session() as s:
        return [_state(r) for r in s.scalars(select(JobStateRow).where(JobStateRow.running_since.is_not(None)))]


# --- notification outbox -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: int
    created_at: datetime
    receiver: str
    title: str
    text: str
    attempts: int
    last_error: str | None


def enqueue(store: Store, receiver: str, title: str, text: str, now: datetime) -> int:
    with store._session.begin() as s:
        row = OutboxRow(created_at=now, receiver=receiver, title=title, text=text, attempts=0)
        s.add(row)
        s.flush()
        return row.id


def pending_messages(store: Store) -> list[OutboxMessage]:
    o = OutboxRow
    with store._session() as s:
        return [OutboxMessage(r.id, r.created_at, r.receiver, r.title, r.text, r.attempts, r.last_error)
                for r in s.scalars(select(o).where(o.sent_at.is_(None)).order_by(o.id))]


def mark_sent(store: Store, message_id: int, now: datetime) -> None:
    o = OutboxRow
    with store._session.begin() as s:
        s.execute(update(o).where(o.id == message_id).values(sent_at=now, attempts=o.attempts + 1, last_error=None))


def mark_failed(store: Store, message_id: int, error: str) -> None:
    o = OutboxRow
    with store._session.begin() as s:
        s.execute(update(o).where(o.id == message_id).values(attempts=o.attempts + 1, last_error=error[:2000]))


def unnotified(store: Store, fingerprints: Iterable[str]) -> set[str]:
    """The fingerprints among ``fingerprints`` not announced yet."""
    wanted = set(fingerprints)
    if not wanted:
        return set()
    with store._session() as s:
        seen = set(s.scalars(select(NotifiedRow.fingerprint).where(NotifiedRow.fingerprint.in_(list(wanted)))))
    return wanted - seen


def mark_notified(store: Store, fingerprints: Iterable[str], now: datetime) -> None:
    with store._session.begin() as s:
        have = set(s.scalars(select(NotifiedRow.fingerprint).where(NotifiedRow.fingerprint.in_(list(fingerprints)))))
        for fp in dict.fromkeys(fingerprints):
            if fp not in have:
                s.add(NotifiedRow(fingerprint=fp, notified_at=now))

"""Tables of the findings database, as typed SQLAlchemy 2.0 models.

The same models serve SQLite (one file, the default) and PostgreSQL (shared by workers). To keep
them portable: datetimes are stored as naive UTC (:class:`UTCDateTime` refuses naive input and
gives back aware UTC values), JSON goes in :class:`sqlalchemy.JSON` columns (never compared in
SQL), and booleans, dates and integers use the generic types.

Only :mod:`robot.store` imports this module; callers see :class:`robot.store.FindingRecord`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# A big-integer key that still autoincrements on SQLite (only INTEGER PRIMARY KEY does there).
BigId = BigInteger().with_variant(Integer(), "sqlite")

# In the bucket tables: the line of a site's pages other than its homepage, folded together.
ALL_PAGES = "*"


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC, so SQLite and PostgreSQL keep the same value."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to the store; pass an aware (UTC) one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[Any]: JSON(),
    }


class SiteRow(Base):
    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)  # 主办单位
    updated_at: Mapped[datetime]


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    as_of: Mapped[date] = mapped_column(Date, index=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    sites: Mapped[list[str]]
    checks: Mapped[list[str]]
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    interrupted: Mapped[bool] = mapped_column(Boolean, default=False)


class PageMeasurementRow(Base):
    """One page load as measured in a run: the raw rows, kept for ``raw_days``."""

    __tablename__ = "page_measurements"
    __table_args__ = (
        Index("ix_page_measurements_site_time", "site", "measured_at"),
        Index("ix_page_measurements_time", "measured_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"), index=True)
    site: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(String(32))  # NetError value when there was no answer
    response_ms: Mapped[int | None] = mapped_column(Integer)
    load_ms: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    measured_at: Mapped[datetime]


class _StatsColumns:
    """Aggregates of page measurements over a bucket; enough to merge buckets exactly."""

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)  # the homepage, or ALL_PAGES for the site's other pages
    bucket: Mapped[datetime]  # start of the hour / day, UTC
    count: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)  # no answer, or status >= 400
    response_count: Mapped[int] = mapped_column(Integer, default=0)  # measurements with response_ms
    response_ms_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    response_ms_min: Mapped[int | None] = mapped_column(Integer)
    response_ms_max: Mapped[int | None] = mapped_column(Integer)
    load_count: Mapped[int] = mapped_column(Integer, default=0)  # measurements with load_ms
    load_ms_sum: Mapped[int] = mapped_column(BigInteger, default=0)


class PageStatsHourlyRow(_StatsColumns, Base):
    """Per site and hour (homepage line + ``*``): raw rows older than ``raw_days`` end up here."""

    __tablename__ = "page_stats_hourly"
    __table_args__ = (
        UniqueConstraint("site", "url", "bucket", name="uq_page_stats_hourly"),
        Index("ix_page_stats_hourly_bucket", "bucket"),
    )


class PageStatsDailyRow(_StatsColumns, Base):
    """Per site and day (homepage line + ``*``): hourly rows older than ``hourly_days`` end up here."""

    __tablename__ = "page_stats_daily"
    __table_args__ = (
        UniqueConstraint("site", "url", "bucket", name="uq_page_stats_daily"),
        Index("ix_page_stats_daily_bucket", "bucket"),
    )


class FindingRow(Base):
    __tablename__ = "findings"
    __table_args__ = (
        Index("ix_findings_site_rule", "site", "rule"),
        Index("ix_findings_site_status", "site", "status"),  # a site's live findings (re-check, rectify)
        Index("ix_findings_status", "status"),
        Index("ix_findings_last_seen", "last_seen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    rule: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    site: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    measured: Mapped[dict[str, Any]]
    evidence: Mapped[list[str]]
    status: Mapped[str] = mapped_column(String(16))
    status_reason: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[date] = mapped_column(Date)  # 发现日期
    last_seen: Mapped[date] = mapped_column(Date)
    rectified_at: Mapped[date | None] = mapped_column(Date)  # 整改日期
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"), index=True)


class FindingEventRow(Base):
    """One change of a finding's state: who, when, why, with what evidence."""

    __tablename__ = "finding_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    from_status: Mapped[str | None] = mapped_column(String(16))  # None: the finding was created
    to_status: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))  # 'robot', 'cli', 'pytest' ...
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[str]]


class JournalRow(Base):
    """What a run gathered so far, so a run that was cut short can resume."""

    __tablename__ = "run_journal"
    __table_args__ = (UniqueConstraint("run_id", "site", "kind", "key", name="uq_run_journal"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    site: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))  # 'page' | 'link' | 'column' ...
    key: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]]


class SeenItemRow(Base):
    """A dated list item the robot has seen on a site, and the first day it saw it (content.backdated)."""

    __tablename__ = "seen_items"
    __table_args__ = (
        UniqueConstraint("site", "url", name="uq_seen_item"),
        Index("ix_seen_items_site_shown_date", "site", "shown_date"),  # the bulletin's items of a period
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    site: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    shown_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    first_seen: Mapped[date] = mapped_column(Date)
    run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)

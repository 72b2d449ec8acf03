"""The first schema: the tables as the robot made them with create_all before it had migrations.

Written out here, frozen: later changes to the models go into later revisions, never here.

A database made by that older robot (tables, no ``alembic_version``) is checked against this
revision by :mod:`robot.store.migrate` before it is recorded as 0001. Older robots created the
letters, probe and daemon tables only once they had them, so this revision creates each table
that is missing and leaves the ones present alone; on an empty database that is all of them.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# a big-integer key that still autoincrements on SQLite (only INTEGER PRIMARY KEY does there)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# datetimes are stored as naive UTC (robot.store.models.UTCDateTime)
UTC_TIME = sa.DateTime()


def _stats_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("site", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("bucket", UTC_TIME, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("response_count", sa.Integer(), nullable=False),
        sa.Column("response_ms_sum", sa.BigInteger(), nullable=False),
        sa.Column("response_ms_min", sa.Integer(), nullable=True),
        sa.Column("response_ms_max", sa.Integer(), nullable=True),
        sa.Column("load_count", sa.Integer(), nullable=False),
        sa.Column("load_ms_sum", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("site", "url", "bucket", name=f"uq_{name}"),
    )
    op.create_index(f"ix_{name}_bucket", name, ["bucket"])


def upgrade() -> None:
    have = set(sa.inspect(op.get_bind()).get_table_names())

    if "sites" not in have:
        op.create_table(
            "sites",
            sa.Column("id", sa.String(64), primary_key=True),
            sa.Column("name", sa.Text(), nullable=False),
            sa.Column("url", sa.Text(), nullable=False),
            sa.Column("owner", sa.Text(), nullable=True),  # 主办单位
            sa.Column("updated_at", UTC_TIME, nullable=False),
        )

    if "runs" not in have:
        op.create_table(
            "runs",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("as_of", sa.Date(), nullable=False),
            sa.Column("started_at", UTC_TIME, nullable=False),
            sa.Column("finished_at", UTC_TIME, nullable=True),
            sa.Column("sites", sa.JSON(), nullable=False),
            sa.Column("checks", sa.JSON(), nullable=False),
            sa.Column("complete", sa.Boolean(), nullable=False),
            sa.Column("interrupted", sa.Boolean(), nullable=False),
        )
        op.create_index("ix_runs_as_of", "runs", ["as_of"])

    if "page_measurements" not in have:
        op.create_table(
            "page_measurements",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="SET NULL"), nullable=True),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("url", sa.Text(), nullable=False),
            sa.Column("status", sa.Integer(), nullable=True),
            sa.Column("error", sa.String(32), nullable=True),
            sa.Column("response_ms", sa.Integer(), nullable=True),
            sa.Column("load_ms", sa.Integer(), nullable=True),
            sa.Column("bytes", sa.BigInteger(), nullable=False),
            sa.Column("measured_at", UTC_TIME, nullable=False),
        )
        op.create_index("ix_page_measurements_run_id", "page_measurements", ["run_id"])
        op.create_index("ix_page_measurements_site_time", "page_measurements", ["site", "measured_at"])
        op.create_index("ix_page_measurements_time", "page_measurements", ["measured_at"])

    if "page_stats_hourly" not in have:
        _stats_table("page_stats_hourly")
    if "page_stats_daily" not in have:
        _stats_table("page_stats_daily")

    if "findings" not in have:
        op.create_table(
            "findings",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
            sa.Column("rule", sa.String(64), nullable=False),
            sa.Column("severity", sa.String(16), nullable=False),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("url", sa.Text(), nullable=False),
            sa.Column("target", sa.Text(), nullable=True),
            sa.Column("message", sa.Text(), nullable=False),
            sa.Column("measured", sa.JSON(), nullable=False),
            sa.Column("evidence", sa.JSON(), nullable=False),
            sa.Column("status", sa.String(16), nullable=False),
            sa.Column("status_reason", sa.Text(), nullable=True),
            sa.Column("first_seen", sa.Date(), nullable=False),  # 发现日期
            sa.Column("last_seen", sa.Date(), nullable=False),
            sa.Column("rectified_at", sa.Date(), nullable=True),  # 整改日期
            sa.Column("first_run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="SET NULL"), nullable=True),
            sa.Column("last_run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="SET NULL"), nullable=True),
        )
        op.create_index("ix_findings_last_run_id", "findings", ["last_run_id"])
        op.create_index("ix_findings_last_seen", "findings", ["last_seen"])
        op.create_index("ix_findings_site_rule", "findings", ["site", "rule"])
        op.create_index("ix_findings_status", "findings", ["status"])

    if "finding_events" not in have:
        op.create_table(
            "finding_events",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("finding_id", sa.Integer(), sa.ForeignKey("findings.id", ondelete="CASCADE"), nullable=False),
            sa.Column("at", UTC_TIME, nullable=False),
            sa.Column("from_status", sa.String(16), nullable=True),
            sa.Column("to_status", sa.String(16), nullable=False),
            sa.Column("actor", sa.String(64), nullable=False),
            sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="SET NULL"), nullable=True),
            sa.Column("reason", sa.Text(), nullable=True),
            sa.Column("evidence", sa.JSON(), nullable=False),
        )
        op.create_index("ix_finding_events_finding_id", "finding_events", ["finding_id"])

    if "run_journal" not in have:
        op.create_table(
            "run_journal",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("run_id", sa.Integer(), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("kind", sa.String(32), nullable=False),
            sa.Column("key", sa.Text(), nullable=False),
            sa.Column("data", sa.JSON(), nullable=False),
            sa.UniqueConstraint("run_id", "site", "kind", "key", name="uq_run_journal"),
        )

    if "seen_items" not in have:
        op.create_table(
            "seen_items",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("url", sa.Text(), nullable=False),
            sa.Column("shown_date", sa.Date(), nullable=True),
            sa.Column("first_seen", sa.Date(), nullable=False),
            sa.Column("run_id", sa.Integer(), nullable=True),
            sa.UniqueConstraint("site", "url", name="uq_seen_item"),
        )

    if "letters" not in have:
        op.create_table(
            "letters",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("url", sa.Text(), nullable=False),
            sa.Column("title", sa.Text(), nullable=False),
            sa.Column("submitted", sa.Date(), nullable=True),  # 来信日期
            sa.Column("replied", sa.Date(), nullable=True),  # 回复日期
            sa.Column("workdays_to_reply", sa.Integer(), nullable=True),
            sa.Column("first_seen", sa.Date(), nullable=False),
            sa.Column("last_seen", sa.Date(), nullable=False),
            sa.UniqueConstraint("site", "url", name="uq_letter"),
        )
        op.create_index("ix_letters_site_submitted", "letters", ["site", "submitted"])

    if "availability_probes" not in have:
        op.create_table(
            "availability_probes",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("site", sa.String(64), nullable=False),
            sa.Column("at", UTC_TIME, nullable=False),
            sa.Column("ok", sa.Boolean(), nullable=False),
            sa.Column("status", sa.Integer(), nullable=True),
            sa.Column("error", sa.Text(), nullable=True),
            sa.Column("response_ms", sa.Integer(), nullable=True),
        )
        op.create_index("ix_availability_probes_site_at", "availability_probes", ["site", "at"])

    if "daemon_jobs" not in have:
        op.create_table(
            "daemon_jobs",
            sa.Column("name", sa.String(128), primary_key=True),
            sa.Column("created_at", UTC_TIME, nullable=False),
            sa.Column("last_run_at", UTC_TIME, nullable=True),
            sa.Column("last_status", sa.String(16), nullable=True),
            sa.Column("last_duration_s", sa.Double(), nullable=True),
            sa.Column("running_since", UTC_TIME, nullable=True),
            sa.Column("owner", sa.String(255), nullable=True),
        )

    if "notify_outbox" not in have:
        op.create_table(
            "notify_outbox",
            sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
            sa.Column("created_at", UTC_TIME, nullable=False),
            sa.Column("receiver", sa.String(128), nullable=False),
            sa.Column("title", sa.Text(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("attempts", sa.Integer(), nullable=False),
            sa.Column("last_error", sa.Text(), nullable=True),
            sa.Column("sent_at", UTC_TIME, nullable=True),
        )
        op.create_index("ix_notify_outbox_pending", "notify_outbox", ["sent_at"])

    if "notify_findings" not in have:
        op.create_table(
            "notify_findings",
            sa.Column("fingerprint", sa.String(128), primary_key=True),
            sa.Column("notified_at", UTC_TIME, nullable=False),
        )


def downgrade() -> None:
    for name in ("notify_findings", "notify_outbox", "daemon_jobs", "availability_probes", "letters",
                 "seen_items", "run_journal", "finding_events", "findings", "page_stats_daily",
                 "page_stats_hourly", "page_measurements", "runs", "sites"):
        op.drop_table(name)  # its indexes go with it

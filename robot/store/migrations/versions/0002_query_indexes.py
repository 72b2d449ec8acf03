"""Indexes for the monthly bulletin's, the re-check's and the daemon's queries.

* ``ix_findings_site_status`` (site, status): ``pytest --zwgk-rectify --zwgk-site`` asks for a
  site's open and confirmed findings, and every complete run looks for the site's live findings
  to rectify (``status IN ('open','confirmed')``); with only (site, rule) both read all of the
  site's findings, rectified ones included, which pile up over the years.
* ``ix_letters_submitted`` (submitted): the bulletin's 互动交流 counts the letters sent in the
  month across all sites; (site, submitted) cannot serve a date range without a site.
* ``ix_seen_items_site_shown_date`` (site, shown_date): the bulletin's 信息发布 counts a site's
  items shown this year; (site, url) made it read every item the site ever showed.
* ``ix_availability_probes_at`` (at): the daemon's nightly pruning of probes older than 90 days
  (``DELETE ... WHERE at < ?``) scanned the whole table.

On PostgreSQL the indexes are built inside the migration's transaction (writes to those tables
wait for it: seconds at a thousand sites).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_findings_site_status", "findings", ["site", "status"]),
    ("ix_letters_submitted", "letters", ["submitted"]),
    ("ix_seen_items_site_shown_date", "seen_items", ["site", "shown_date"]),
    ("ix_availability_probes_at", "availability_probes", ["at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)

"""The findings database: the storage layer, and the only code that knows about rows.

Rules and the crawler never import this package. They produce frozen
:class:`robot.findings.Finding` values and :class:`robot.snapshots.PageSnapshot` measurements;
:class:`Store` maps them to rows in one place and hands back frozen :class:`FindingRecord`
values. The API layer opens a store, records what a run found, and renders the records.

What is kept:

* ``sites`` and ``runs`` (date, scope, whether it completed or was cut short);
* ``run_journal``: what an unfinished run gathered so far, so rerunning resumes it (cleared when
  a run completes);
* ``findings`` with their lifecycle (open → confirmed / ignored → rectified, identified across
  runs by fingerprint) and ``finding_events``, the history of every change and who made it;
* ``page_measurements`` (raw, per page, ``raw_days``) rolled up into ``page_stats_hourly`` and
  then ``page_stats_daily`` (per site: the homepage's line and one line for all other pages),
  so nightly runs do not grow the database without bound (see :mod:`robot.store.stats`).

One code path serves SQLite (default ``sqlite:///zwgk.db`` in the working folder; WAL mode,
foreign keys on, busy timeout) and PostgreSQL (``postgresql+psycopg://...``, shared by workers).
Datetimes are aware UTC in Python and naive UTC in the database. The schema is versioned with
Alembic (``robot/store/migrations``): opening a store brings any database to the newest revision,
one process at a time (:mod:`robot.store.migrate`).
Problems opening the database raise :class:`StoreError` with the password masked; misuse (an
unknown finding id, a transition the lifecycle forbids) raises :class:`ValueError`.
"""

from robot.store.engine import StoreError
from robot.store.records import FindingRecord
from robot.store.repository import Store

__all__ = ["FindingRecord", "Store", "StoreError"]

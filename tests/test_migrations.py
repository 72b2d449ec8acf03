"""Schema migrations (robot/store/migrations, robot.store.migrate) on SQLite and PostgreSQL.

PostgreSQL as in tests/test_store.py: each test that needs it gets a fresh database
``zwgk_mig_<random>`` made through ``ZWGK_TEST_PG`` / ``ZWGK_TEST_PG_URL`` (default the local
``postgres`` superuser) and dropped afterwards. When PostgreSQL cannot be reached those tests
fail, never skip.

``LEGACY_DDL`` is what the robot's ``Base.metadata.create_all`` made before it had migrations
(commit 0d7bd94): SQLite's ``sqlite_master`` verbatim, and on PostgreSQL the same statements with
its types (``SERIAL``/``BIGSERIAL``, ``TIMESTAMP WITHOUT TIME ZONE``, ``DOUBLE PRECISION``), which
is what that code emitted there.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine, make_url

from robot.findings import Finding, Severity
from robot.store import Store, StoreError, migrate
from robot.store.engine import create_store_engine, open_engine
from robot.store.letters import letters_between
from robot.store.probes import probe_counts

PG_ADMIN = os.environ.get("ZWGK_TEST_PG") or os.environ.get("ZWGK_TEST_PG_URL") or \
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
HEAD = "0002"
INDEXES_0002 = {"ix_findings_site_status", "ix_letters_submitted", "ix_seen_items_site_shown_date",
                "ix_availability_probes_at"}
# the tables of the first store (7a946e6); seen_items, letters and the daemon's came later
FIRST_STORE_TABLES = {"sites", "runs", "page_measurements", "page_stats_hourly", "page_stats_daily",
                      "findings", "finding_events", "run_journal"}
T0 = datetime(2024, 4, 28, 2, 0, tzinfo=UTC)
BROKEN = Finding("link.broken", Severity.HIGH, "xinfeng", "http://www.xinfeng.gov.cn/col/gzdt/", "不可用链接：附件返回 404",
                 target="http://www.xinfeng.gov.cn/a.pdf", measured={"status": 404})

LEGACY_DDL = """
CREATE TABLE sites (
    id VARCHAR(64) NOT NULL,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    owner TEXT,
    updated_at {TIME} NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE runs (
    id {INTID} NOT NULL,
    as_of DATE NOT NULL,
    started_at {TIME} NOT NULL,
    finished_at {TIME},
    sites JSON NOT NULL,
    checks JSON NOT NULL,
    complete BOOLEAN NOT NULL,
    interrupted BOOLEAN NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_runs_as_of ON runs (as_of);
CREATE TABLE page_stats_hourly (
    id {BIGID} NOT NULL,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    bucket {TIME} NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    response_count INTEGER NOT NULL,
    response_ms_sum BIGINT NOT NULL,
    response_ms_min INTEGER,
    response_ms_max INTEGER,
    load_count INTEGER NOT NULL,
    load_ms_sum BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_page_stats_hourly UNIQUE (site, url, bucket)
);
CREATE INDEX ix_page_stats_hourly_bucket ON page_stats_hourly (bucket);
CREATE TABLE page_stats_daily (
    id {BIGID} NOT NULL,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    bucket {TIME} NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    response_count INTEGER NOT NULL,
    response_ms_sum BIGINT NOT NULL,
    response_ms_min INTEGER,
    response_ms_max INTEGER,
    load_count INTEGER NOT NULL,
    load_ms_sum BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_page_stats_daily UNIQUE (site, url, bucket)
);
CREATE INDEX ix_page_stats_daily_bucket ON page_stats_daily (bucket);
CREATE TABLE seen_items (
    id {BIGID} NOT NULL,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    shown_date DATE,
    first_seen DATE NOT NULL,
    run_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_seen_item UNIQUE (site, url)
);
CREATE TABLE letters (
    id {BIGID} NOT NULL,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    submitted DATE,
    replied DATE,
    workdays_to_reply INTEGER,
    first_seen DATE NOT NULL,
    last_seen DATE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_letter UNIQUE (site, url)
);
CREATE INDEX ix_letters_site_submitted ON letters (site, submitted);
CREATE TABLE availability_probes (
    id {BIGID} NOT NULL,
    site VARCHAR(64) NOT NULL,
    at {TIME} NOT NULL,
    ok BOOLEAN NOT NULL,
    status INTEGER,
    error TEXT,
    response_ms INTEGER,
    PRIMARY KEY (id)
);
CREATE INDEX ix_availability_probes_site_at ON availability_probes (site, at);
CREATE TABLE daemon_jobs (
    name VARCHAR(128) NOT NULL,
    created_at {TIME} NOT NULL,
    last_run_at {TIME},
    last_status VARCHAR(16),
    last_duration_s {DOUBLE},
    running_since {TIME},
    owner VARCHAR(255),
    PRIMARY KEY (name)
);
CREATE TABLE notify_outbox (
    id {BIGID} NOT NULL,
    created_at {TIME} NOT NULL,
    receiver VARCHAR(128) NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT,
    sent_at {TIME},
    PRIMARY KEY (id)
);
CREATE INDEX ix_notify_outbox_pending ON notify_outbox (sent_at);
CREATE TABLE notify_findings (
    fingerprint VARCHAR(128) NOT NULL,
    notified_at {TIME} NOT NULL,
    PRIMARY KEY (fingerprint)
);
CREATE TABLE page_measurements (
    id {BIGID} NOT NULL,
    run_id INTEGER,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    status INTEGER,
    error VARCHAR(32),
    response_ms INTEGER,
    load_ms INTEGER,
    bytes BIGINT NOT NULL,
    measured_at {TIME} NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE SET NULL
);
CREATE INDEX ix_page_measurements_run_id ON page_measurements (run_id);
CREATE INDEX ix_page_measurements_time ON page_measurements (measured_at);
CREATE INDEX ix_page_measurements_site_time ON page_measurements (site, measured_at);
CREATE TABLE findings (
    id {INTID} NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    rule VARCHAR(64) NOT NULL,
    severity VARCHAR(16) NOT NULL,
    site VARCHAR(64) NOT NULL,
    url TEXT NOT NULL,
    target TEXT,
    message TEXT NOT NULL,
    measured JSON NOT NULL,
    evidence JSON NOT NULL,
    status VARCHAR(16) NOT NULL,
    status_reason TEXT,
    first_seen DATE NOT NULL,
    last_seen DATE NOT NULL,
    rectified_at DATE,
    first_run_id INTEGER,
    last_run_id INTEGER,
    PRIMARY KEY (id),
    UNIQUE (fingerprint),
    FOREIGN KEY(first_run_id) REFERENCES runs (id) ON DELETE SET NULL,
    FOREIGN KEY(last_run_id) REFERENCES runs (id) ON DELETE SET NULL
);
CREATE INDEX ix_findings_status ON findings (status);
CREATE INDEX ix_findings_last_run_id ON findings (last_run_id);
CREATE INDEX ix_findings_last_seen ON findings (last_seen);
CREATE INDEX ix_findings_site_rule ON findings (site, rule);
CREATE TABLE run_journal (
    id {BIGID} NOT NULL,
    run_id INTEGER NOT NULL,
    site VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    "key" TEXT NOT NULL,
    data JSON NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_run_journal UNIQUE (run_id, site, kind, "key"),
    FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE
);
CREATE TABLE finding_events (
    id {BIGID} NOT NULL,
    finding_id INTEGER NOT NULL,
    at {TIME} NOT NULL,
    from_status VARCHAR(16),
    to_status VARCHAR(16) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    run_id INTEGER,
    reason TEXT,
    evidence JSON NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(finding_id) REFERENCES findings (id) ON DELETE CASCADE,
    FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE SET NULL
);
CREATE INDEX ix_finding_events_finding_id ON finding_events (finding_id);

"""
TYPES = {
    "sqlite": {"{BIGID}": "INTEGER", "{INTID}": "INTEGER", "{TIME}": "DATETIME", "{DOUBLE}": "DOUBLE"},
    "postgresql": {"{BIGID}": "BIGSERIAL", "{INTID}": "SERIAL", "{TIME}": "TIMESTAMP WITHOUT TIME ZONE",
                   "{DOUBLE}": "DOUBLE PRECISION"},
}


def legacy_statements(dialect: str, skip: set[str] = frozenset(), edit: Callable[[str], str] | None = None) -> list[str]:
    """The pre-migration DDL for ``dialect``, without the tables in ``skip`` (and their indexes)."""
    out = []
    for stmt in (s.strip() for s in LEGACY_DDL.split(";")):
        if not stmt:
            continue
        words = stmt.split()
        table = words[2] if words[1] == "TABLE" else words[words.index("ON") + 1]
        if table in skip:
            continue
        for k, v in TYPES[dialect].items():
            stmt = stmt.replace(k, v)
        out.append(edit(stmt) if edit else stmt)
    return out


# --- databases -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    admin = sa.create_engine(make_url(PG_ADMIN), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(sa.text("SELECT 1"))
    except Exception as e:
        admin.dispose()
        problem = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
        pytest.fail(f"PostgreSQL is not reachable at {make_url(PG_ADMIN).render_as_string(hide_password=True)} "
                    f"({problem}); start it (pg_ctlcluster 15 main start) or set ZWGK_TEST_PG", pytrace=False)
    yield admin
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """A factory of URLs of new, empty databases of the parametrised kind."""
    made: list[str] = []

    def make() -> str:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'zwgk-{len(made)}.db'}"
        else:
            admin: Engine = request.getfixturevalue("pg_admin")
            name = f"zwgk_mig_{secrets.token_hex(4)}"
            with admin.connect() as c:
                c.execute(sa.text(f'CREATE DATABASE "{name}"'))
            url = admin.url.set(database=name).render_as_string(hide_password=False)
        made.append(url)
        return url

    yield make
    if request.param == "postgresql":
        admin = request.getfixturevalue("pg_admin")
        with admin.connect() as c:
            for url in made:
                c.execute(sa.text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))


@pytest.fixture
def pg_db(pg_admin: Engine) -> Iterator[str]:
    name = f"zwgk_mig_{secrets.token_hex(4)}"
    with pg_admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield pg_admin.url.set(database=name).render_as_string(hide_password=False)
    with pg_admin.connect() as c:
        c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def dialect_of(url: str) -> str:
    return make_url(url).get_backend_name()


def differences(url: str) -> list[Any]:
    """Alembic's autogenerate comparison of the database with the models (empty: identical)."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as c:
            ctx = MigrationContext.configure(c, opts={"compare_type": True})
            return compare_metadata(ctx, migrate.metadata())
    finally:
        engine.dispose()


def tables_and_indexes(url: str) -> tuple[set[str], set[str]]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as c:
            insp = sa.inspect(c)
            tables = set(insp.get_table_names())
            return tables, {str(ix["name"]) for t in tables for ix in insp.get_indexes(t)}
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as c:
            names = set(sa.inspect(c).get_table_names()) - {migrate.VERSION_TABLE}
            return {n: int(c.execute(sa.text(f'SELECT count(*) FROM "{n}"')).scalar() or 0) for n in sorted(names)}
    finally:
        engine.dispose()


def make_legacy(url: str, *, skip: set[str] = frozenset(), edit: Callable[[str], str] | None = None,
                data: bool = True) -> dict[str, int]:
    """A database as the pre-migration robot left it: its DDL, then rows in every table (written
    as that robot wrote them: naive UTC datetimes, JSON text). Returns the row counts."""
    engine = create_store_engine(url)
    try:
        with engine.begin() as c:
            for stmt in legacy_statements(dialect_of(url), skip, edit):
                c.exec_driver_sql(stmt)
        if data:
            fill_legacy(engine)
    finally:
        engine.dispose()
    return counts(url)


def fill_legacy(engine: Engine) -> None:
    naive = T0.replace(tzinfo=None)
    meta = sa.MetaData()
    with engine.begin() as c:
        meta.reflect(c)
        t = meta.tables

        def add(table: str, **values: Any) -> Any:
            if table not in t:
                return None
            return c.execute(t[table].insert().values(**values)).inserted_primary_key[0]

        add("sites", id="xinfeng", name="信丰县人民政府网", url="http://www.xinfeng.gov.cn/",
            owner="信丰县人民政府办公室", updated_at=naive)
        runs = [add("runs", as_of=date(2024, 4, 28 + i), started_at=naive + timedelta(days=i),
                    finished_at=naive + timedelta(days=i, hours=1), sites=["xinfeng"], checks=[], complete=i == 0,
                    interrupted=False) for i in range(2)]
        for i in range(3):
            add("page_measurements", run_id=runs[0], site="xinfeng", url=f"http://www.xinfeng.gov.cn/p{i}.html",
                status=200, error=None, response_ms=100 + i, load_ms=300 + i, bytes=20_000,
                measured_at=naive + timedelta(minutes=i))
        for table in ("page_stats_hourly", "page_stats_daily"):
            add(table, site="xinfeng", url="*", bucket=naive - timedelta(days=40), count=2, errors=0,
                response_count=2, response_ms_sum=300, response_ms_min=100, response_ms_max=200,
                load_count=2, load_ms_sum=900)
        f1 = add("findings", fingerprint=BROKEN.fingerprint, rule=BROKEN.rule, severity="high", site="xinfeng",
                 url=BROKEN.url, target=BROKEN.target, message=BROKEN.message, measured={"status": 404},
                 evidence=["evidence/run-1/a.png"],
                 status="open", status_reason=None, first_seen=date(2024, 4, 28), last_seen=date(2024, 4, 29),
                 rectified_at=None, first_run_id=runs[0], last_run_id=runs[1])
        f2 = add("findings", fingerprint="e" * 64, rule="text.typo", severity="medium", site="xinfeng",
                 url="http://www.xinfeng.gov.cn/art/1.html", target="按装", message="错别字：按装→安装",
                 measured={}, evidence=[], status="rectified", status_reason=None, first_seen=date(2024, 4, 28),
                 last_seen=date(2024, 4, 28), rectified_at=date(2024, 4, 29), first_run_id=runs[0],
                 last_run_id=runs[0])
        for fid, frm, to in ((f1, None, "open"), (f2, None, "open"), (f2, "open", "rectified")):
            add("finding_events", finding_id=fid, at=naive, from_status=frm, to_status=to, actor="robot",
                run_id=runs[0], reason=None, evidence=[])
        add("run_journal", run_id=runs[1], site="xinfeng", kind="page", key="http://www.xinfeng.gov.cn/",
            data={"status": 200})
        add("seen_items", site="xinfeng", url="http://www.xinfeng.gov.cn/art/1.html", shown_date=date(2024, 4, 20),
            first_seen=date(2024, 4, 28), run_id=runs[0])
        add("letters", site="xinfeng", url="http://www.xinfeng.gov.cn/hdjl/1.html", title="关于路灯的咨询",
            submitted=date(2024, 4, 10), replied=None, workdays_to_reply=12, first_seen=date(2024, 4, 28),
            last_seen=date(2024, 4, 29))
        for h in range(3):
            add("availability_probes", site="xinfeng", at=naive + timedelta(hours=h), ok=h != 1,
                status=200 if h != 1 else None, error=None if h != 1 else "timeout", response_ms=150)
        add("daemon_jobs", name="daily:xinfeng", created_at=naive, last_run_at=naive, last_status="done",
            last_duration_s=12.5, running_since=None, owner=None)
        add("notify_outbox", created_at=naive, receiver="wecom:3fa2", title="巡检", text="**2** 个问题",
            attempts=0, last_error=None, sent_at=None)
        add("notify_findings", fingerprint=BROKEN.fingerprint, notified_at=naive)


# --- the revisions -------------------------------------------------------------------------------


def test_revisions_are_one_line_and_ship_with_the_package() -> None:
    assert migrate.revisions() == ["0001", HEAD]
    assert migrate.head() == HEAD
    assert set(migrate.initial_schema()) == migrate.INITIAL_TABLES
    assert (migrate.MIGRATIONS / "env.py").is_file()
    assert (migrate.MIGRATIONS / "script.py.mako").is_file()
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"alembic>=' in pyproject and "store/migrations/script.py.mako" in pyproject
    # the folders are packages, so setuptools puts env.py and every revision in the wheel
    assert (migrate.MIGRATIONS / "__init__.py").is_file() and (migrate.MIGRATIONS / "versions" / "__init__.py").is_file()


def test_upgrade_from_empty_gives_the_models_schema(new_db: Callable[[], str]) -> None:
    url = new_db()
    engine = open_engine(url)
    try:
        assert migrate.current(engine) == HEAD
    finally:
        engine.dispose()
    assert differences(url) == []
    tables, indexes = tables_and_indexes(url)
    assert tables == migrate.our_tables() | {migrate.VERSION_TABLE}
    assert INDEXES_0002 <= indexes
    with Store(url) as s:  # and it works
        run = s.start_run(date(2024, 4, 30), ["xinfeng"], [])
        s.record_findings(run, date(2024, 4, 30), "xinfeng", [Finding(
            "link.broken", Severity.HIGH, "xinfeng", "http://x.gov.cn/", "不可用链接", target="http://x.gov.cn/a")],
            {}, scope_rules=None, complete=True)
        assert [f.rule for f in s.findings()] == ["link.broken"]


def test_the_comparison_sees_a_schema_that_is_not_the_models(new_db: Callable[[], str]) -> None:
    """The check above can fail: a database at 0001 lacks exactly the indexes of 0002."""
    url = new_db()
    migrate.run(url, "upgrade", "0001")
    diffs = differences(url)
    assert sorted((d[0], d[1].name) for d in diffs) == sorted(("add_index", n) for n in INDEXES_0002)


# --- a database made before migrations ----------------------------------------------------------


def test_legacy_create_all_database_is_recorded_as_0001_and_upgraded(new_db: Callable[[], str]) -> None:
    url = new_db()
    before = make_legacy(url)
    assert before and all(n > 0 for n in before.values()), before
    assert migrate.status(url)["legacy"] is True
    outcome = migrate.run(url, "upgrade")
    assert (outcome.before, outcome.after, outcome.legacy, outcome.created) == (None, HEAD, True, ())
    assert counts(url) == before  # not a row lost
    assert differences(url) == []
    with Store(url) as s:  # the rows read back through the store, and it writes on
        found = {f.rule: f for f in s.findings(status="all")}
        assert found["link.broken"].measured == {"status": 404}
        assert found["link.broken"].message == "不可用链接：附件返回 404"
        assert found["text.typo"].rectified_at == date(2024, 4, 29)
        assert [e["to_status"] for e in s.events(found["text.typo"].id)] == ["open", "rectified"]
        assert [x.title for x in letters_between(s, "xinfeng", date(2024, 4, 1), date(2024, 4, 30))] == ["关于路灯的咨询"]
        assert probe_counts(s, "xinfeng", T0 - timedelta(hours=1)) == (3, 1)
        assert s.seen_items("xinfeng") == {"http://www.xinfeng.gov.cn/art/1.html": date(2024, 4, 28)}
        run = s.start_run(date(2024, 4, 30), ["xinfeng"], [])  # sequences carry on after the old ids
        assert run == 3
        seen = s.record_findings(run, date(2024, 4, 30), "xinfeng", [BROKEN], {"x": []}, scope_rules=["link"],
                                 complete=True)  # the old finding, seen again
        assert [(f.id, f.first_seen, f.last_seen) for f in seen] == [(found["link.broken"].id, date(2024, 4, 28),
                                                                     date(2024, 4, 30))]
        assert len(s.findings(status="all")) == 2


def test_legacy_database_of_an_older_robot_gets_the_tables_it_lacked(new_db: Callable[[], str]) -> None:
    url = new_db()
    later = migrate.our_tables() - FIRST_STORE_TABLES
    before = make_legacy(url, skip=later)
    assert set(before) == FIRST_STORE_TABLES
    outcome = migrate.run(url, "upgrade")
    assert outcome.legacy and set(outcome.created) == later
    after = counts(url)
    assert {t: after[t] for t in before} == before
    assert all(after[t] == 0 for t in later)
    assert differences(url) == []


def test_legacy_database_that_is_not_revision_0001_is_refused_untouched(new_db: Callable[[], str]) -> None:
    url = new_db()
    # a findings table without status_reason, and runs.as_of nullable: not what the robot made

    def edit(stmt: str) -> str:
        stmt = stmt.replace("    status_reason TEXT,\n", "")
        return stmt.replace("as_of DATE NOT NULL", "as_of DATE")

    before = make_legacy(url, skip={"letters"}, edit=edit, data=False)
    engine = create_store_engine(url)  # the password, where there is one, must not show
    password = engine.url.password
    engine.dispose()
    with pytest.raises(StoreError) as e:
        Store(url)
    msg = str(e.value)
    assert msg.startswith("cannot migrate database")
    assert "table findings lacks columns status_reason" in msg
    assert "column runs.as_of is date, expected date not null" in msg
    if password:
        assert f":{password}@" not in msg and ":***@" in msg
    assert counts(url) == before  # no alembic_version, no letters table: nothing changed
    assert migrate.status(url)["current"] is None


# --- older, newer, back and forth ----------------------------------------------------------------


def test_database_at_an_older_revision_is_upgraded_with_its_rows(new_db: Callable[[], str]) -> None:
    url = new_db()
    migrate.run(url, "upgrade", "0001")
    engine = create_store_engine(url)
    try:
        fill_legacy(engine)
    finally:
        engine.dispose()
    before = counts(url)
    with Store(url) as s:
        assert migrate.current(s.engine) == HEAD
        assert len(s.findings(status="all")) == 2
    assert counts(url) == before
    assert differences(url) == []


def test_downgrade_to_base_and_up_again(new_db: Callable[[], str]) -> None:
    url = new_db()
    open_engine(url).dispose()
    out = migrate.run(url, "downgrade", "0001")
    assert (out.before, out.after) == (HEAD, "0001")
    assert not INDEXES_0002 & tables_and_indexes(url)[1]
    out = migrate.run(url, "downgrade", "base")
    assert (out.before, out.after) == ("0001", None)
    tables, _ = tables_and_indexes(url)
    assert not tables & migrate.our_tables()
    assert migrate.current(create_store_engine(url)) is None
    out = migrate.run(url, "upgrade")
    assert (out.before, out.after, out.legacy) == (None, HEAD, False)
    assert differences(url) == []
    with Store(url) as s:
        assert s.start_run(date(2024, 4, 30), ["xinfeng"], []) == 1


def test_database_of_a_newer_robot_is_refused(new_db: Callable[[], str]) -> None:
    url = new_db()
    engine = open_engine(url)
    with engine.begin() as c:
        c.execute(sa.text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = '0099'"))
    engine.dispose()
    # (the message masks the URL's password wherever it appears: CI's is 'zwgk', as in zwgk-robot)
    with pytest.raises(StoreError, match=r"^cannot migrate database .*revision '0099', which this robot does "
                                         r"not know \(its newest is '0002'\): it was made by a newer"):
        Store(url)


def test_a_failing_migration_leaves_the_database_as_it_was(new_db: Callable[[], str]) -> None:
    """DDL is transactional on both: 0002's first index is created, its second fails (a table has
    that name), and the first is rolled back with it."""
    url = new_db()
    migrate.run(url, "upgrade", "0001")
    engine = create_store_engine(url)
    with engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE ix_letters_submitted (x INTEGER)")
    engine.dispose()
    with pytest.raises(StoreError, match=r"^cannot migrate database .*migrating to 0002 failed, the database "
                                         r"was left as it was"):
        Store(url)
    assert migrate.status(url)["current"] == "0001"
    assert "ix_findings_site_status" not in tables_and_indexes(url)[1]


# --- one migrator at a time ----------------------------------------------------------------------


def _open_in_process(url: str, barrier: Any, results: Any) -> None:
    """A worker process: open the store's engine when all are ready; report what it migrated."""
    said: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    log = logging.getLogger("robot.store.migrate")
    log.addHandler(Keep())
    log.setLevel(logging.INFO)
    barrier.wait(timeout=120)
    try:
        open_engine(url).dispose()
        results.put(("ok", said))
    except Exception as e:  # reported by the test
        results.put(("error", [str(e)]))


def test_concurrent_open_engine_in_processes_migrates_once(new_db: Callable[[], str]) -> None:
    """Workers are processes: four open one new database at the same moment; all succeed and
    exactly one migrates (without the lock, three of four fail: duplicate tables)."""
    url = new_db()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_open_in_process, args=(url, barrier, results)) for _ in range(4)]
    for p in procs:
        p.start()
    try:
        got = [results.get(timeout=300) for _ in procs]
    finally:
        for p in procs:
            p.join(timeout=60)
    assert [kind for kind, _ in got] == ["ok"] * 4, got
    migrated = [m for _, said in got for m in said]
    assert len(migrated) == 1 and migrated[0].endswith(f"empty → revision {HEAD}"), migrated
    engine = create_store_engine(url)
    try:
        with engine.connect() as c:
            assert list(c.execute(sa.text("SELECT version_num FROM alembic_version")).scalars()) == [HEAD]
    finally:
        engine.dispose()
    assert differences(url) == []


def test_concurrent_open_engine_in_threads(new_db: Callable[[], str], caplog: pytest.LogCaptureFixture) -> None:
    """Threads of one process too (Alembic's proxies are process-wide): all succeed, one migrates."""
    caplog.set_level(logging.INFO, logger="robot.store.migrate")
    urls = [new_db(), new_db()]  # two databases at once as well
    barrier = threading.Barrier(6)
    engines: list[Engine] = []
    errors: list[BaseException] = []

    def work(url: str) -> None:
        barrier.wait()
        try:
            engines.append(open_engine(url))
        except BaseException as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(urls[i % 2],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for e in engines:
        e.dispose()
    assert errors == [] and len(engines) == 6
    migrated = [r.getMessage() for r in caplog.records if r.name == "robot.store.migrate"]
    assert len(migrated) == 2, migrated  # once per database
    assert all(differences(u) == [] for u in urls)


@pytest.mark.postgres
def test_postgresql_migration_waits_for_the_advisory_lock(pg_db: str) -> None:
    """Another session holding the lock (a migration under way) holds back a new database's
    migration, but not the opening of a database already at head."""
    holder = sa.create_engine(pg_db)
    done: list[Any] = []
    try:
        with holder.connect() as c:
            c.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": migrate.LOCK_KEY})
            c.commit()
            t = threading.Thread(target=lambda: done.append(open_engine(pg_db)))
            t.start()
            t.join(timeout=3)
            assert t.is_alive() and not done, "the migration did not wait for the lock"
            assert migrate.current(holder) is None
            c.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": migrate.LOCK_KEY})
            c.commit()
            t.join(timeout=60)
            assert len(done) == 1 and migrate.current(done[0]) == HEAD
            c.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": migrate.LOCK_KEY})
            c.commit()
            started = time.monotonic()
            Store(pg_db).close()  # at head: opens without waiting
            assert time.monotonic() - started < 10
    finally:
        for e in done:
            e.dispose()
        holder.dispose()


def test_sqlite_at_head_opens_while_another_process_writes(tmp_path: Path) -> None:
    """Opening a database at head takes no write lock, so a report can open it during a long run."""
    path = tmp_path / "zwgk.db"
    url = f"sqlite:///{path}"
    open_engine(url).dispose()
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with Store(url) as s:
            assert s.findings() == []
        assert time.monotonic() - started < 10  # the busy timeout (30 s) was not waited out
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# --- by hand -------------------------------------------------------------------------------------


def test_by_hand_current_upgrade_downgrade(new_db: Callable[[], str], capsys: pytest.CaptureFixture[str]) -> None:
    url = new_db()
    shown = make_url(url).render_as_string(hide_password=True)
    assert migrate.main(["--db", url, "current"]) == 0
    assert capsys.readouterr().out.strip() == f"{shown}: revision none (empty); newest {HEAD}"
    assert migrate.main(["--db", url, "upgrade", "0001"]) == 0
    assert capsys.readouterr().out.strip() == f"{shown}: empty → revision 0001"
    assert migrate.main(["--db", url, "upgrade"]) == 0
    assert capsys.readouterr().out.strip() == f"{shown}: revision 0001 → revision {HEAD}"
    assert migrate.main(["--db", url, "current"]) == 0
    assert capsys.readouterr().out.strip() == f"{shown}: revision {HEAD}; newest {HEAD}"
    assert migrate.main(["--db", url, "downgrade", "base"]) == 0
    assert capsys.readouterr().out.strip() == f"{shown}: revision {HEAD} → base (no robot tables)"


def test_by_hand_errors_mask_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://robot:s3cret-pw@127.0.0.1:1/zwgk"
    assert migrate.main(["--db", url, "upgrade"]) == 2
    out = capsys.readouterr().out
    assert "cannot open database" in out and "robot:***@127.0.0.1:1/zwgk" in out
    assert "s3cret-pw" not in out


def test_zwgk_robot_db_commands(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from robot.cli import app

    url = f"sqlite:///{tmp_path / 'zwgk.db'}"
    runner = CliRunner()

    def db(*args: str) -> tuple[int, str]:
        res = runner.invoke(app, ["db", *args, "--db", url])
        return res.exit_code, " ".join(res.output.split())

    assert db("current") == (0, f"{url}: revision none: empty; newest {HEAD}")
    assert db("upgrade", "0001") == (0, f"{url}: empty → revision 0001")
    assert db("upgrade") == (0, f"{url}: revision 0001 → revision {HEAD}")
    assert db("upgrade") == (0, f"{url}: at revision {HEAD} already")
    assert db("downgrade", "0001") == (0, f"{url}: revision {HEAD} → revision 0001")
    code, text = db("downgrade", "0005")
    assert code == 2 and "downgrading to 0005 failed" in text
    res = runner.invoke(app, ["db", "current", "--db", "postgresql+psycopg://robot:s3cret-pw@127.0.0.1:1/zwgk"])
    assert res.exit_code == 2
    assert "robot:***@127.0.0.1:1/zwgk" in res.output and "s3cret-pw" not in res.output

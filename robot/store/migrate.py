"""Schema versions: the Alembic migrations in ``robot/store/migrations``, applied when a store opens.

:func:`upgrade` brings any database to the newest revision (``head``), with no ``alembic.ini``:

* a new, empty database gets every revision from ``0001`` (the first schema) on;
* a database made by the robot before it had migrations (its tables, made by ``create_all``, and
  no ``alembic_version``) is first compared with revision ``0001``; when its tables are that
  schema it is recorded as ``0001`` (revision 0001 only adds the tables an older robot did not
  have yet) and upgraded from there; when they are not, nothing is changed and
  :class:`MigrationError` says which tables and columns differ;
* a database at an older revision is upgraded; one at a revision this robot does not know (made
  by a newer robot) is refused.

Only one process migrates a database at a time. PostgreSQL: the whole migration runs in one
transaction that first takes a transaction-level advisory lock (:data:`LOCK_KEY`); a second
worker opening the same database waits for it, then finds the database at head and does
nothing. SQLite: ``BEGIN IMMEDIATE`` takes the file's write lock for the whole migration (the
second process waits up to the busy timeout). On both, DDL is transactional: a migration that
fails leaves the database as it was.

Opening a database already at head costs one ``SELECT`` of ``alembic_version`` and takes no lock.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
INITIAL = "0001"  # the schema as the robot made it with create_all, before it had migrations
INITIAL_TABLES = frozenset({  # revision 0001's tables (tests/test_migrations.py checks them against it)
    "sites", "runs", "page_measurements", "page_stats_hourly", "page_stats_daily", "findings", "finding_events",
    "run_journal", "seen_items", "letters", "availability_probes", "daemon_jobs", "notify_outbox",
    "notify_findings"})
VERSION_TABLE = "alembic_version"
# pg_advisory_xact_lock key: a fixed 64-bit number derived from a name, the same in every process
LOCK_KEY = int.from_bytes(hashlib.sha256(b"zwgk-robot schema migrations").digest()[:8], "big", signed=True)
LOCK_TIMEOUT_S = 300  # PostgreSQL: the longest wait for the lock (or for a table another session holds)
# Alembic's ``context`` and ``op`` are module-level proxies: two threads of one process must not run
# its commands at once, even on different databases (taken after the database's own lock).
_ALEMBIC = threading.RLock()


class MigrationError(RuntimeError):
    """The database cannot be brought to the schema this robot needs; nothing was changed."""


@dataclass(frozen=True)
class Outcome:
    """What :func:`upgrade` / :func:`downgrade` did."""

    before: str | None  # revision before (None: no alembic_version)
    after: str | None
    legacy: bool = False  # a pre-migration (create_all) database, recorded as 0001
    created: tuple[str, ...] = ()  # tables a legacy database lacked and revision 0001 added

    @property
    def changed(self) -> bool:
        return self.before != self.after or self.legacy

    def describe(self) -> str:
        if not self.changed:
            return f"at revision {self.after} already"
        if self.legacy:
            was = "made before migrations, checked to be revision 0001"
            if self.created:
                was += f" (added the tables it lacked: {', '.join(self.created)})"
        else:
            was = f"revision {self.before}" if self.before else "empty"
        return f"{was} → {f'revision {self.after}' if self.after else 'base (no robot tables)'}"


def config(connection: Connection | None = None) -> Config:
    """An Alembic config for the shipped migrations (no ini file); ``connection`` is used by env.py."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    rev = script().get_current_head()
    if rev is None:  # pragma: no cover - the package always ships revisions
        raise MigrationError(f"no migrations found in {MIGRATIONS}")
    return rev


def revisions() -> list[str]:
    """Every revision this robot knows, oldest first."""
    return [r.revision for r in reversed(list(script().walk_revisions()))]


def metadata() -> sa.MetaData:
    """The current models' tables: what revision ``head`` makes (Alembic's ``target_metadata``)."""
    from robot.store import letters, probes  # noqa: F401  they add their tables to Base.metadata
    from robot.store.models import Base

    return Base.metadata


def our_tables() -> set[str]:
    """Table names of the current models (besides alembic_version)."""
    return set(metadata().tables)


def current(bind: Engine | Connection) -> str | None:
    """The database's revision; None when it has no ``alembic_version`` (empty, or made before migrations)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            return current(conn)
    if not sa.inspect(bind).has_table(VERSION_TABLE):
        return None
    rows = list(bind.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    if len(rows) > 1:
        raise MigrationError(f"{VERSION_TABLE} names several revisions ({', '.join(rows)}); "
                             "the robot's migrations are one line")
    return str(rows[0]) if rows else None


def _check_known(rev: str | None) -> None:
    if rev is not None and rev not in revisions():
        raise MigrationError(f"the database is at schema revision {rev!r}, which this robot does not know "
                             f"(its newest is {head()!r}): it was made by a newer zwgk-robot; upgrade the robot")


def _reason(e: BaseException) -> str:
    text = str(getattr(e, "orig", None) or e).strip()
    return text.splitlines()[0] if text else type(e).__name__


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other process's migration can share; committed on a
    clean exit, rolled back (DDL included) on an exception."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            with conn.begin():
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'")
                try:
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
                except OperationalError as e:
                    raise MigrationError(f"another process has been migrating the database for over "
                                         f"{LOCK_TIMEOUT_S} s ({_reason(e)}); try again when it is done") from None
                yield conn
            return
        # SQLite: the driver must not open transactions by itself, so that ours holds the DDL too;
        # foreign keys off while tables may be rebuilt (a DROP would cascade), checked before COMMIT.
        conn.execution_options(isolation_level="AUTOCOMMIT")
        raw: Any = conn.connection.driver_connection
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as e:
                raise MigrationError(f"cannot lock the database file for the migration ({_reason(e)}): "
                                     "another process is writing to it or migrating it") from None
            try:
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"the migration would leave {len(broken)} rows with broken foreign keys "
                                         f"(first: table {broken[0][0]}, row {broken[0][1]})")
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                if raw.in_transaction:
                    conn.exec_driver_sql("ROLLBACK")
                raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")


# --- a database made before migrations --------------------------------------------------------


def _family(t: Any) -> str:
    """The kind of a reflected column type, the same on SQLite and PostgreSQL."""
    for kind, family in ((sa.Boolean, "boolean"), (sa.Integer, "integer"), (sa.Float, "float"),
                         (sa.Numeric, "float"), (sa.DateTime, "datetime"), (sa.Date, "date"),
                         (sa.JSON, "json"), (sa.String, "text")):
        if isinstance(t, kind):
            return family
    return type(t).__name__.lower()


def describe(conn: Connection, tables: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """The shape of ``tables`` (default: all) as the database has them, in terms that compare
    across SQLite and PostgreSQL: columns (kind, nullable), primary key, foreign keys, unique
    column sets and named indexes."""
    insp = sa.inspect(conn)
    names = set(insp.get_table_names()) - {VERSION_TABLE}
    out: dict[str, dict[str, Any]] = {}
    for t in sorted(names if tables is None else names & tables):
        uniques = {tuple(sorted(u["column_names"])) for u in insp.get_unique_constraints(t)}
        indexes: dict[str, tuple[tuple[str, ...], bool]] = {}
        for ix in insp.get_indexes(t):
            cols = tuple(str(c) for c in ix["column_names"])
            if ix.get("duplicates_constraint") or (ix.get("unique") and tuple(sorted(cols)) in uniques):
                continue  # the index behind a unique constraint (PostgreSQL reports both)
            if ix.get("unique"):
                uniques.add(tuple(sorted(cols)))
            indexes[str(ix["name"])] = (cols, bool(ix.get("unique")))
        out[t] = {
            "columns": {c["name"]: (_family(c["type"]), bool(c["nullable"])) for c in insp.get_columns(t)},
            "primary_key": tuple(insp.get_pk_constraint(t)["constrained_columns"]),
            "foreign_keys": {(tuple(fk["constrained_columns"]), fk["referred_table"], tuple(fk["referred_columns"]),
                              (fk.get("options") or {}).get("ondelete")) for fk in insp.get_foreign_keys(t)},
            "uniques": uniques,
            "indexes": indexes,
        }
    return out


@lru_cache(maxsize=1)
def initial_schema() -> dict[str, dict[str, Any]]:
    """Revision 0001's tables as :func:`describe` sees them: 0001 applied to a scratch in-memory SQLite."""
    scratch = sa.create_engine("sqlite://")
    try:
        with _ALEMBIC, scratch.connect() as conn:
            command.upgrade(config(conn), INITIAL)
            conn.commit()
            return describe(conn)
    finally:
        scratch.dispose()


def legacy_differences(conn: Connection) -> tuple[list[str], list[str]]:
    """(differences, missing tables) of a database without ``alembic_version`` against revision 0001.

    Tables of 0001 that are absent are not differences: robots before the letters, probes and
    daemon tables created them when first needed, and revision 0001 adds them. Tables that are
    not the robot's are ignored; so are indexes a DBA added.
    """
    want = initial_schema()
    have = describe(conn, set(want))
    problems: list[str] = []
    for name, have_t in have.items():
        want_t = want[name]
        wc, hc = want_t["columns"], have_t["columns"]
        if missing := sorted(set(wc) - set(hc)):
            problems.append(f"table {name} lacks columns {', '.join(missing)}")
        if extra := sorted(set(hc) - set(wc)):
            problems.append(f"table {name} has columns revision 0001 does not: {', '.join(extra)}")
        for col in sorted(set(wc) & set(hc)):
            if wc[col] != hc[col]:
                w, h = wc[col], hc[col]
                problems.append(f"column {name}.{col} is {h[0]}{'' if h[1] else ' not null'}, expected "
                                f"{w[0]}{'' if w[1] else ' not null'}")
        for key, label in (("primary_key", "primary key"), ("foreign_keys", "foreign keys")):
            if want_t[key] != have_t[key]:
                problems.append(f"table {name}: {label} {sorted(have_t[key])} instead of {sorted(want_t[key])}")
        if lacking := sorted(want_t["uniques"] - have_t["uniques"]):
            problems.append(f"table {name} lacks unique constraints on {lacking}")
        for ix, shape in sorted(want_t["indexes"].items()):
            got = have_t["indexes"].get(ix)
            if got is None:
                problems.append(f"table {name} lacks index {ix}")
            elif got != shape:
                problems.append(f"index {ix} is on {list(got[0])}, expected {list(shape[0])}")
    return problems, sorted(set(want) - set(have))


# --- upgrade / downgrade ----------------------------------------------------------------------


def _fail(what: str, e: BaseException) -> MigrationError:
    return MigrationError(f"{what} failed, the database was left as it was: {_reason(e)}")


def upgrade(engine: Engine, target: str = "head") -> Outcome:
    """Bring the database to ``target`` (default: the newest revision). See the module's docstring.

    Raises :class:`MigrationError` (nothing changed) when the database cannot be migrated, and
    SQLAlchemy's errors when it cannot be reached at all.
    """
    want = head() if target == "head" else target
    before = current(engine)  # no lock: the common case is a database at head already
    _check_known(before)
    if before == want:
        return Outcome(before, before)
    try:
        with _locked(engine) as conn:
            before = current(conn)  # another process may have migrated it while we waited
            _check_known(before)
            if before == want:
                return Outcome(before, before)
            legacy = False
            created: tuple[str, ...] = ()
            if before is None:
                present = our_tables_in(conn)
                if present:
                    problems, lacking = legacy_differences(conn)
                    if problems:
                        raise MigrationError(
                            "the database has tables of the robot's but no schema version, and they are not "
                            "the robot's first schema (revision 0001), so it was not touched: "
                            + "; ".join(problems))
                    legacy, created = True, tuple(lacking)
            with _ALEMBIC:
                command.upgrade(config(conn), target)
            after = current(conn)
    except (CommandError, SQLAlchemyError) as e:
        raise _fail(f"migrating to {want}", e) from None
    outcome = Outcome(before, after, legacy, created)
    log.info("database %s: %s", engine.url.render_as_string(hide_password=True), outcome.describe())
    return outcome


def our_tables_in(conn: Connection) -> set[str]:
    """The robot's table names (any revision) the database has."""
    return set(sa.inspect(conn).get_table_names()) & (our_tables() | INITIAL_TABLES)


def downgrade(engine: Engine, target: str) -> Outcome:
    """Take the database back to ``target`` (a revision, or ``base``: no robot tables at all).

    For going back to an older robot; the next :func:`upgrade` (any store opening it) brings it
    forward again. Dropping tables loses their rows.
    """
    try:
        with _locked(engine) as conn:
            before = current(conn)
            _check_known(before)
            with _ALEMBIC:
                command.downgrade(config(conn), target)
            after = current(conn)
    except (CommandError, SQLAlchemyError) as e:
        raise _fail(f"downgrading to {target}", e) from None
    log.info("database %s: revision %s → %s", engine.url.render_as_string(hide_password=True), before, after)
    return Outcome(before, after)


# --- by hand: python -m robot.store.migrate (also zwgk-robot db) ------------------------------------


def status(url: str) -> dict[str, Any]:
    """Where ``url``'s database stands, without changing it: current revision, head, and whether it
    has the robot's tables without a version (made before migrations)."""
    from robot.store.engine import create_store_engine

    engine = create_store_engine(url)
    try:
        with engine.connect() as conn:
            rev = current(conn)
            legacy = rev is None and bool(our_tables_in(conn))
    except SQLAlchemyError as e:
        raise _cannot_open(url, engine, e) from None
    finally:
        engine.dispose()
    return {"current": rev, "head": head(), "known": rev is None or rev in revisions(),
            "legacy": legacy, "revisions": revisions()}


def _cannot_open(url: str, engine: Engine, e: BaseException) -> MigrationError:
    from robot.store.engine import mask_url

    password = engine.url.password
    reason = _reason(e).replace(str(password), "***") if password else _reason(e)
    return MigrationError(f"cannot open database {mask_url(url)!r}: {reason}")


def run(url: str, action: str, target: str = "head") -> Outcome:
    """``upgrade`` or ``downgrade`` the database at ``url`` to ``target``; :class:`MigrationError`
    (message with the password masked) when that cannot be done."""
    from robot.store.engine import create_store_engine

    engine = create_store_engine(url)
    try:
        return upgrade(engine, target) if action == "upgrade" else downgrade(engine, target)
    except SQLAlchemyError as e:  # cannot connect (migration failures are MigrationErrors)
        raise _cannot_open(url, engine, e) from None
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    import argparse

    from robot.store.engine import StoreError, mask_url

    ap = argparse.ArgumentParser(prog="python -m robot.store.migrate",
                                 description="Schema revisions of the findings database (any store "
                                             "opening the database upgrades it by itself).")
    ap.add_argument("--db", default="sqlite:///zwgk.db", help="SQLAlchemy URL (default sqlite:///zwgk.db)")
    sub = ap.add_subparsers(dest="action", required=True)
    sub.add_parser("current", help="print the database's revision and the newest one")
    up = sub.add_parser("upgrade", help="bring the database to a revision (default: head)")
    up.add_argument("revision", nargs="?", default="head")
    down = sub.add_parser("downgrade", help="take it back to a revision (or base), for an older robot")
    down.add_argument("revision")
    args = ap.parse_args(argv)
    shown = mask_url(args.db)
    try:
        if args.action == "current":
            st = status(args.db)
            where = st["current"] or ("none (made before migrations: the next opening records it as 0001)"
                                      if st["legacy"] else "none (empty)")
            print(f"{shown}: revision {where}; newest {st['head']}"
                  + ("" if st["known"] else " (unknown revision: made by a newer zwgk-robot)"))
            return 0
        outcome = run(args.db, args.action, args.revision)
    except (MigrationError, StoreError) as e:
        print(f"{ap.prog}: {e}", flush=True)
        return 2
    print(f"{shown}: {outcome.describe()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Opening the database: URL checks, SQLite settings, the schema brought to the newest revision
(:mod:`robot.store.migrate`), clear errors with the password masked."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

# modules that add their own tables to Base.metadata (imported for that side effect)
from robot.store import letters as _letters, probes as _probes  # noqa: E402,F401  isort: skip

SUPPORTED = ("sqlite", "postgresql")
SQLITE_BUSY_TIMEOUT_MS = 30_000


class StoreError(RuntimeError):
    """The database cannot be opened or used: bad URL, unknown dialect, refused connection."""


def mask_url(url: str | URL) -> str:
    """The URL as text with any password replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # unparseable: mask by hand what looks like user:password@
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _json_dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)  # Chinese text stays readable in the database


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")  # readers (reports) never block the writing run
        cur.execute("PRAGMA synchronous=NORMAL")  # durable against a process crash, the case that matters
    finally:
        cur.close()


def _reason(error: BaseException, password: str | None) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    reason = text.splitlines()[0] if text else type(error).__name__
    return reason.replace(password, "***") if password else reason


def create_store_engine(url: str) -> Engine:
    """An engine for ``url`` with the robot's settings; the schema is not looked at (see
    :func:`open_engine`). :class:`StoreError` for a bad URL or a missing driver."""
    shown = mask_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"bad database URL {shown!r}: expected e.g. sqlite:///zwgk.db or "
                         "postgresql+psycopg://user@host/db") from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise StoreError(f"unsupported database {backend!r} in {shown!r}: use sqlite:///FILE or "
                         "postgresql+psycopg://user@host/db")
    kwargs: dict[str, Any] = {"json_serializer": _json_dumps}
    if backend == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            kwargs["poolclass"] = StaticPool  # one shared in-memory database
        elif not database.startswith("file:"):
            if database.startswith("~"):
                parsed = parsed.set(database=str(Path(database).expanduser()))
            try:
                Path(parsed.database or database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the folder for {shown!r}: {e}") from None
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    else:
        if parsed.drivername == "postgresql" and importlib.util.find_spec("psycopg2") is None:
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is what we ship with
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise StoreError(f"unknown database driver {parsed.drivername!r} in {shown!r}") from None
    except (ArgumentError, ImportError) as e:
        raise StoreError(f"cannot use database {shown!r}: {e}") from None
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_engine(url: str) -> Engine:
    """An engine for ``url`` with the schema at the newest revision: a new database is created, an
    older one (or one made before migrations) is migrated, under a lock so that two workers opening
    it at once do not both migrate. :class:`StoreError` when that cannot be done."""
    from robot.store.migrate import MigrationError, upgrade

    engine = create_store_engine(url)
    shown = mask_url(url)
    password = str(engine.url.password) if engine.url.password else None
    try:
        upgrade(engine)
    except MigrationError as e:
        engine.dispose()
        raise StoreError(f"cannot migrate database {shown!r}: {_reason(e, password)}") from None
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"cannot open database {shown!r}: {_reason(e, password)}") from None
    return engine

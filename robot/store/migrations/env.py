"""Alembic environment of the findings database.

Run through :mod:`robot.store.migrate` (``Store``/``open_engine``, ``zwgk-robot db upgrade``), which
hands over a connection already inside the migration's locked transaction; there is no
``alembic.ini``. The target metadata is the current models, so autogenerate (``compare_metadata``,
``alembic revision --autogenerate`` through :func:`robot.store.migrate.config`) compares against them.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from robot.store.migrate import VERSION_TABLE, metadata

config = context.config
target_metadata = metadata()


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Autogenerate looks at the robot's tables only: a shared PostgreSQL database may hold others."""
    if type_ == "table" and reflected and compare_to is None:
        return False
    return True


def run_migrations_offline() -> None:
    """``--sql`` mode: print the DDL for a DBA instead of running it."""
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True, version_table=VERSION_TABLE, include_object=include_object,
                      dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run the robot's migrations through robot.store.migrate "
                           "(zwgk-robot db upgrade --db URL), which locks the database first")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        version_table=VERSION_TABLE,
        include_object=include_object,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by rebuilding them
        transactional_ddl=True,  # SQLite too: robot.store.migrate runs it all inside BEGIN IMMEDIATE
    )
    with context.begin_transaction():  # inside the caller's transaction: the caller commits
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

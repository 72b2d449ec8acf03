"""Alembic migrations of the findings database (applied by :mod:`robot.store.migrate`)."""

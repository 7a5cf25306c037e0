"""Alembic environment. The caller (desktop.db.upgrade) hands in an open connection."""

from __future__ import annotations

from alembic import context

from models.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached from the alembic command line
    raise RuntimeError("run migrations through `creditledger` (desktop.db.upgrade), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

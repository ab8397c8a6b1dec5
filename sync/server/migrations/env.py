"""Alembic environment for HQ: always runs on the connection HQDatabase.migrate hands over."""

from alembic import context

from sync.server.models import HQ_METADATA

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the maintainers' `alembic revision` path
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=HQ_METADATA,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="hq_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()

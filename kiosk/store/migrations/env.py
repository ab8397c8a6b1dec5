"""Alembic environment: always run against the connection open_store hands over."""

from alembic import context
from sqlmodel import SQLModel

import kiosk.store.models  # noqa: F401 - registers the tables on the metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the maintainers' `alembic revision` path
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url") or "").connect()


def include_object(
    obj: object, name: str | None, kind: str, reflected: bool, other: object
) -> bool:
    """The FTS5 search index and its shadow tables are made by hand, not from the models."""
    return not (kind == "table" and name is not None and name.startswith("product_search"))


context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Runs the Alembic migrations programmatically (no alembic.ini needed at run time)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(migrations: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations or MIGRATIONS))
    return config


def upgrade(engine: Engine, migrations: Path | None = None, revision: str = "head") -> None:
    """Migrates with foreign keys off (so batch mode may rebuild a table other tables point
    at), then proves that every reference still holds before anything is committed."""
    config = alembic_config(migrations)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration broke references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def alembic_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()

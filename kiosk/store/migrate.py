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
    config = alembic_config(migrations)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def alembic_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()

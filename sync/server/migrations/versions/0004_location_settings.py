"""location settings: business settings HQ manages per location, pulled on the settings stream

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "location_settings",
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("location", "key"),
    )
    op.create_index(
        "ix_location_settings_location_version", "location_settings", ["location", "version"]
    )


def downgrade() -> None:
    op.drop_index("ix_location_settings_location_version", table_name="location_settings")
    op.drop_table("location_settings")

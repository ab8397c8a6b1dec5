"""pickup hand-overs with their proof; what each order has had collected

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pickup_orders", sa.Column("collected", sa.JSON(), nullable=True))
    op.create_table(
        "pickup_handovers",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("partial", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("associate_id", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("signature_png_b64", sa.Text(), nullable=True),
        sa.Column("conflict", sa.String(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_pickup_handovers_order_id", "pickup_handovers", ["order_id"])


def downgrade() -> None:
    op.drop_index("ix_pickup_handovers_order_id", table_name="pickup_handovers")
    op.drop_table("pickup_handovers")
    op.drop_column("pickup_orders", "collected")

"""pickup hand-overs with their proof; indexes for held stock and add-on sales

Plain CREATE TABLE / CREATE INDEX only: no batch rebuild of the big sales table.

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

_APPEND_ONLY = ("pickup_handovers", "pickup_handover_lines")


def upgrade() -> None:
    op.create_table(
        "pickup_handovers",
        sa.Column("pickup_id", sa.String(), nullable=False),
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("order_no", sa.String(), nullable=False),
        sa.Column("associate_id", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("partial", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.String(length=32), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("print_job_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("pickup_id"),
    )
    op.create_index("ix_pickup_handovers_order_id", "pickup_handovers", ["order_id"])
    op.create_table(
        "pickup_handover_lines",
        sa.Column("pickup_id", sa.String(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("ordered", sa.Integer(), nullable=False),
        sa.Column("handed_over", sa.Integer(), nullable=False),
        sa.Column("stock_event_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["pickup_id"], ["pickup_handovers.pickup_id"]),
        sa.PrimaryKeyConstraint("pickup_id", "line_no"),
    )
    op.create_index("ix_pickup_order_lines_sku", "pickup_order_lines", ["sku"])
    op.create_index("ix_sales_linked_order", "sales", ["linked_order"])
    # Proof of pickup is kept for audits: like the stock ledger, it only grows.
    for table in _APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in _APPEND_ONLY:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
    op.drop_index("ix_sales_linked_order", table_name="sales")
    op.drop_index("ix_pickup_order_lines_sku", table_name="pickup_order_lines")
    op.drop_table("pickup_handover_lines")
    op.drop_index("ix_pickup_handovers_order_id", table_name="pickup_handovers")
    op.drop_table("pickup_handovers")

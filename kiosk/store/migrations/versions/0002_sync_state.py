"""sync state: enrolment, cursors, run log, stock snapshot, shipments, pickup orders

The HQ token is not here: it lives in the OS keyring only.

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

    op.create_table(
        "pickup_orders",
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("order_no", sa.String(), nullable=False),
        sa.Column("customer_name", sa.String(), nullable=False),
        sa.Column("contact_masked", sa.String(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("window_start", sa.String(length=32), nullable=False),
        sa.Column("window_end", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("offer_json", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("order_id"),
    )
    with op.batch_alter_table("pickup_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pickup_orders_order_no"), ["order_no"], unique=False)
        batch_op.create_index(batch_op.f("ix_pickup_orders_status"), ["status"], unique=False)

    op.create_table(
        "shipments",
        sa.Column("shipment_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("expected_at", sa.String(length=32), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("shipment_id"),
    )
    op.create_table(
        "stock_snapshot",
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("committed", sa.Integer(), nullable=False),
        sa.Column("available", sa.Integer(), nullable=False),
        sa.Column("reflects_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sku"),
    )
    op.create_table(
        "sync_cursors",
        sa.Column("stream", sa.String(), nullable=False),
        sa.Column("cursor", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("stream"),
    )
    op.create_table(
        "sync_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hq_url", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("kiosk_name", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("pickup_key", sa.String(), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("step", sa.String(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("parked", sa.Integer(), nullable=False),
        sa.Column("pulled_json", sa.String(), nullable=False),
        sa.Column("resets_json", sa.String(), nullable=False),
        sa.Column("mismatches", sa.Integer(), nullable=False),
        sa.Column("anomalies", sa.Integer(), nullable=False),
        sa.Column("repaired", sa.Integer(), nullable=False),
        sa.Column("clock_skew_s", sa.Float(), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_runs_started_at"), ["started_at"], unique=False)

    op.create_table(
        "pickup_order_lines",
        sa.Column("order_id", sa.String(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["pickup_orders.order_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("order_id", "line_no"),
    )
    op.create_table(
        "shipment_lines",
        sa.Column("shipment_id", sa.String(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.shipment_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("shipment_id", "line_no"),
    )

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        # reconciliation re-sends the events of a business day
        batch_op.create_index("ix_outbox_created_at", ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_created_at")

    op.drop_table("shipment_lines")
    op.drop_table("pickup_order_lines")
    with op.batch_alter_table("sync_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_runs_started_at"))

    op.drop_table("sync_runs")
    op.drop_table("sync_enrolment")
    op.drop_table("sync_cursors")
    op.drop_table("stock_snapshot")
    op.drop_table("shipments")
    with op.batch_alter_table("pickup_orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pickup_orders_status"))
        batch_op.drop_index(batch_op.f("ix_pickup_orders_order_no"))

    op.drop_table("pickup_orders")

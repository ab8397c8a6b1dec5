"""hq initial schema

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "admin_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("token_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "applied_events",
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("business_day", sa.String(), nullable=True),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", "seq"),
    )
    with op.batch_alter_table("applied_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_applied_events_business_day"), ["business_day"], unique=False
        )
        batch_op.create_index(
            "ix_applied_events_kiosk_event", ["kiosk_id", "event_id"], unique=False
        )

    op.create_table(
        "categories",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("color", sa.String(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_categories_version"), ["version"], unique=False)

    op.create_table(
        "counters",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "event_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=True),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.String(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("sku", sa.String(), nullable=True),
        sa.Column("business_day", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_exceptions_business_day"), ["business_day"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_exceptions_category"), ["category"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_exceptions_kiosk_id"), ["kiosk_id"], unique=False
        )

    op.create_table(
        "hq_settings",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "locations",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("safety_buffer", sa.Integer(), nullable=False),
        sa.Column("reorder_point", sa.Integer(), nullable=False),
        sa.Column("count_variance_threshold", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "pickup_orders",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("storefront_order_id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("customer_name", sa.String(), nullable=False),
        sa.Column("contact_masked", sa.String(), nullable=False),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("offer", sa.JSON(), nullable=True),
        sa.Column("proof", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("storefront_order_id"),
    )
    with op.batch_alter_table("pickup_orders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pickup_orders_kiosk_version", ["kiosk_id", "version"], unique=False
        )

    op.create_table(
        "prices",
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sku"),
    )
    with op.batch_alter_table("prices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prices_version"), ["version"], unique=False)

    op.create_table(
        "products",
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("category_code", sa.String(), nullable=True),
        sa.Column("tax_class_code", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("image", sa.String(), nullable=True),
        sa.Column("barcodes", sa.JSON(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sku"),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_products_version"), ["version"], unique=False)

    op.create_table(
        "refunds",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.String(), nullable=True),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index("ix_refunds_kiosk_day", ["kiosk_id", "business_day"], unique=False)

    op.create_table(
        "replenishment_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("replenishment_requests", schema=None) as batch_op:
        batch_op.create_index("ix_replenishment_open", ["location", "sku", "status"], unique=False)

    op.create_table(
        "sale_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.String(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("gross", sa.Integer(), nullable=False),
        sa.Column("tax", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_lines_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "sales",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("tax_total", sa.Integer(), nullable=False),
        sa.Column("discount_total", sa.Integer(), nullable=False),
        sa.Column("linked_order", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index("ix_sales_kiosk_day", ["kiosk_id", "business_day"], unique=False)

    op.create_table(
        "shift_reports",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("z_no", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("shift_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shift_reports_kiosk_id"), ["kiosk_id"], unique=False)

    op.create_table(
        "shipments",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("expected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.create_index("ix_shipments_kiosk_version", ["kiosk_id", "version"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("pin_hash", sa.String(), nullable=False),
        sa.Column("badge_code", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_version"), ["version"], unique=False)

    op.create_table(
        "stock_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stock_event_id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stock_event_id"),
    )
    with op.batch_alter_table("stock_ledger", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stock_ledger_kiosk_day", ["kiosk_id", "business_day"], unique=False
        )
        batch_op.create_index("ix_stock_ledger_location_sku", ["location", "sku"], unique=False)

    op.create_table(
        "stock_levels",
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("committed", sa.Integer(), nullable=False),
        sa.Column("reorder_point", sa.Integer(), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("location", "sku"),
    )
    with op.batch_alter_table("stock_levels", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stock_levels_location_version", ["location", "version"], unique=False
        )

    op.create_table(
        "tax_classes",
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("rate_ppm", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("tax_classes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tax_classes_version"), ["version"], unique=False)

    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_attempts_delivery_id"), ["delivery_id"], unique=False
        )

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("endpoint_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_endpoint_id"), ["endpoint_id"], unique=False
        )
        batch_op.create_index("ix_webhook_due", ["status", "next_attempt_at"], unique=False)

    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("secret", sa.String(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "kiosks",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("token_hash", sa.String(), nullable=True),
        sa.Column("enrol_code_hash", sa.String(), nullable=True),
        sa.Column("enrol_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enrol_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("clock_skew_s", sa.Float(), nullable=True),
        sa.Column("backlog_waiting", sa.Integer(), nullable=False),
        sa.Column("backlog_oldest_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_name", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location"],
            ["locations.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enrol_code_hash"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("kiosks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kiosks_location"), ["location"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("kiosks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kiosks_location"))

    op.drop_table("kiosks")
    op.drop_table("webhook_endpoints")
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_webhook_due")
        batch_op.drop_index(batch_op.f("ix_webhook_deliveries_endpoint_id"))

    op.drop_table("webhook_deliveries")
    with op.batch_alter_table("webhook_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_attempts_delivery_id"))

    op.drop_table("webhook_attempts")
    with op.batch_alter_table("tax_classes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tax_classes_version"))

    op.drop_table("tax_classes")
    with op.batch_alter_table("stock_levels", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_levels_location_version")

    op.drop_table("stock_levels")
    with op.batch_alter_table("stock_ledger", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_ledger_location_sku")
        batch_op.drop_index("ix_stock_ledger_kiosk_day")

    op.drop_table("stock_ledger")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_version"))

    op.drop_table("staff")
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index("ix_shipments_kiosk_version")

    op.drop_table("shipments")
    with op.batch_alter_table("shift_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shift_reports_kiosk_id"))

    op.drop_table("shift_reports")
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_kiosk_day")

    op.drop_table("sales")
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_lines_sale_id"))

    op.drop_table("sale_lines")
    with op.batch_alter_table("replenishment_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_replenishment_open")

    op.drop_table("replenishment_requests")
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index("ix_refunds_kiosk_day")

    op.drop_table("refunds")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_products_version"))

    op.drop_table("products")
    with op.batch_alter_table("prices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prices_version"))

    op.drop_table("prices")
    with op.batch_alter_table("pickup_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_pickup_orders_kiosk_version")

    op.drop_table("pickup_orders")
    op.drop_table("locations")
    op.drop_table("hq_settings")
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_exceptions_kiosk_id"))
        batch_op.drop_index(batch_op.f("ix_event_exceptions_category"))
        batch_op.drop_index(batch_op.f("ix_event_exceptions_business_day"))

    op.drop_table("event_exceptions")
    op.drop_table("counters")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_categories_version"))

    op.drop_table("categories")
    with op.batch_alter_table("applied_events", schema=None) as batch_op:
        batch_op.drop_index("ix_applied_events_kiosk_event")
        batch_op.drop_index(batch_op.f("ix_applied_events_business_day"))

    op.drop_table("applied_events")
    op.drop_table("admin_tokens")

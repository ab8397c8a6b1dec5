"""operations: shifts (the Z report), cash movements, refunds; each sale names its shift

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("opened_by", sa.String(), nullable=False),
        sa.Column("float_json", sa.String(), nullable=False),
        sa.Column("float_total", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.String(), nullable=True),
        sa.Column("counted_json", sa.String(), nullable=True),
        sa.Column("counted_total", sa.Integer(), nullable=True),
        sa.Column("expected_cash", sa.Integer(), nullable=True),
        sa.Column("variance", sa.Integer(), nullable=True),
        sa.Column("z_no", sa.Integer(), nullable=True),
        sa.Column("report_json", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["opened_by"],
            ["associates.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("z_no"),
    )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shifts_state"), ["state"], unique=False)

    op.create_table(
        "cash_movements",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("shift_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("associate_id", sa.String(), nullable=False),
        sa.Column("approved_by", sa.String(), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shifts.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cash_movements_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "refunds",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("refund_no", sa.String(), nullable=False),
        sa.Column("shift_id", sa.String(), nullable=False),
        sa.Column("sale_id", sa.String(), nullable=True),
        sa.Column("receipt_no", sa.String(), nullable=True),
        sa.Column("associate_id", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("business_day", sa.String(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("reason_code", sa.String(), nullable=False),
        sa.Column("reason_note", sa.String(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("tax_total", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("jurisdiction", sa.String(), nullable=False),
        sa.Column("approvals_json", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["associate_id"],
            ["associates.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"],
            ["sales.id"],
        ),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shifts.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("refund_no"),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refunds_business_day"), ["business_day"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_reason_code"), ["reason_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refunds_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "refund_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.String(), nullable=False),
        sa.Column("sale_line_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("net", sa.Integer(), nullable=False),
        sa.Column("tax", sa.Integer(), nullable=False),
        sa.Column("tax_class_code", sa.String(), nullable=False),
        sa.Column("tax_rate_ppm", sa.Integer(), nullable=False),
        sa.Column("restock", sa.Boolean(), nullable=False),
        sa.Column("stock_event_id", sa.String(), nullable=False),
        sa.Column("writeoff_event_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
        ),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["refunds.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sale_line_id"],
            ["sale_lines.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_lines_refund_id"), ["refund_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_lines_sale_line_id"), ["sale_line_id"], unique=False
        )

    op.create_table(
        "refund_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["refund_id"],
            ["refunds.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("refund_payments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_refund_payments_refund_id"), ["refund_id"], unique=False
        )

    # A plain ADD COLUMN: rebuilding the sales table in batch mode would copy every sale.
    op.execute("ALTER TABLE sales ADD COLUMN shift_id VARCHAR REFERENCES shifts (id)")
    op.create_index("ix_sales_shift_id", "sales", ["shift_id"], unique=False)
    # A closed shift is its Z report: it may never change or disappear.
    op.execute(
        "CREATE TRIGGER shifts_closed_immutable BEFORE UPDATE ON shifts WHEN OLD.state = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'a closed shift (its Z report) cannot change'); END"
    )
    op.execute(
        "CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts "
        "BEGIN SELECT RAISE(ABORT, 'shifts cannot be deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER shifts_no_delete")
    op.execute("DROP TRIGGER shifts_closed_immutable")
    op.drop_index("ix_sales_shift_id", "sales")
    op.execute("ALTER TABLE sales DROP COLUMN shift_id")

    with op.batch_alter_table("refund_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_payments_refund_id"))

    op.drop_table("refund_payments")
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_lines_sale_line_id"))
        batch_op.drop_index(batch_op.f("ix_refund_lines_refund_id"))

    op.drop_table("refund_lines")
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refunds_shift_id"))
        batch_op.drop_index(batch_op.f("ix_refunds_sale_id"))
        batch_op.drop_index(batch_op.f("ix_refunds_reason_code"))
        batch_op.drop_index(batch_op.f("ix_refunds_created_at"))
        batch_op.drop_index(batch_op.f("ix_refunds_business_day"))

    op.drop_table("refunds")
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_movements_shift_id"))

    op.drop_table("cash_movements")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shifts_state"))

    op.drop_table("shifts")

"""refunds across kiosks: what a sale needs to be refunded at another kiosk (location, tenders,
line names and prices), refunds' original receipt and selling kiosk, refund lines

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
    # Server defaults fill the rows HQ already holds; new rows always carry their values.
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("payments", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.create_index("ix_sales_location_receipt", ["location", "receipt_no"])
    # A sale taken in before this revision belongs to its kiosk's location.
    op.execute(
        "UPDATE sales SET location = (SELECT k.location FROM kiosks k WHERE k.id = sales.kiosk_id)"
        " WHERE EXISTS (SELECT 1 FROM kiosks k WHERE k.id = sales.kiosk_id)"
    )
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("unit_price", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("tax_class", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("tax_rate_ppm", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_no", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("sale_kiosk_id", sa.String(), nullable=True))
        batch_op.add_column(
            sa.Column("card_amount", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.create_index(batch_op.f("ix_refunds_sale_id"), ["sale_id"], unique=False)
    op.create_table(
        "refund_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("refund_id", sa.String(), nullable=False),
        sa.Column("kiosk_id", sa.String(), nullable=False),
        sa.Column("sale_id", sa.String(), nullable=True),
        sa.Column("line_no", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("tax", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_lines_refund_id"), ["refund_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refund_lines_sale_id"), ["sale_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("refund_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_lines_sale_id"))
        batch_op.drop_index(batch_op.f("ix_refund_lines_refund_id"))
    op.drop_table("refund_lines")
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refunds_sale_id"))
        batch_op.drop_column("card_amount")
        batch_op.drop_column("sale_kiosk_id")
        batch_op.drop_column("receipt_no")
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        for column in ("tax_rate_ppm", "tax_class", "unit_price", "name"):
            batch_op.drop_column(column)
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_location_receipt")
        batch_op.drop_column("payments")
        batch_op.drop_column("location")

"""refunds of another till's sale, confirmed by HQ: which sale, which kiosk, which line

A refund of another till's sale cannot point at this till's sales table (foreign keys are on),
so it names HQ's sale id, the selling kiosk and each item's line number on that receipt. With
them, this till adds its own refunds HQ has not taken in yet to what HQ says came back.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("refunds") as batch_op:
        batch_op.add_column(sa.Column("origin_sale_id", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("origin_kiosk", sa.String(), nullable=True))
        batch_op.create_index("ix_refunds_origin_sale_id", ["origin_sale_id"], unique=False)
    with op.batch_alter_table("refund_lines") as batch_op:
        batch_op.add_column(sa.Column("sale_line_no", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("refund_lines") as batch_op:
        batch_op.drop_column("sale_line_no")
    with op.batch_alter_table("refunds") as batch_op:
        batch_op.drop_index("ix_refunds_origin_sale_id")
        batch_op.drop_column("origin_kiosk")
        batch_op.drop_column("origin_sale_id")

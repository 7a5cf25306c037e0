"""removal cases name the removal batch that published them

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("removal_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("removal_batch_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_removal_case_removal_batch_id_publication_batch"),
            "publication_batch",
            ["removal_batch_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("removal_case", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_removal_case_removal_batch_id_publication_batch"), type_="foreignkey")
        batch_op.drop_column("removal_batch_id")

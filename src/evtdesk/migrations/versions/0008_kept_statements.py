"""The supervisor keeps the statements each bundle he kept carried (a co-supervisor's
report, a hospital's readiness, another supervisor's verdict), so a later bundle that
leaves one out is still read with it, and he can mark a report read.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("trainee_key", sa.Text, nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("attestation_id", sa.String(36), nullable=False),
        sa.Column("bundle_sequence", sa.Integer, nullable=False),
        sa.Column("kept_at", sa.DateTime, nullable=False),
        sa.Column("read_at", sa.DateTime, nullable=True),
        sa.Column("source", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("trainee_key", "payload_sha256"),
    )
    op.create_index("ix_kept_statements_trainee_key", "kept_statements", ["trainee_key"])


def downgrade() -> None:
    op.drop_index("ix_kept_statements_trainee_key", "kept_statements")
    op.drop_table("kept_statements")

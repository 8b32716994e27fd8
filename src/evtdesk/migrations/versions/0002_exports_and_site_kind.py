"""Record exported bundles; mark sites that have a neurointervention unit.

Bundles are numbered and chained (each manifest names the previous one's hash), and an
attestation is only accepted for a bundle this logbook exported, so the exports need a
table. NI.SITE asks whether training happened at a hospital with neurointervention.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("sequence", sa.Integer, primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False, unique=True),
        sa.Column("manifest_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("chain_seq", sa.Integer, nullable=False),
    )
    # A plain ADD COLUMN: SQLite supports it with a constant default, and a batch
    # table rebuild would have to drop `sites`, which work periods reference.
    op.add_column(
        "sites",
        sa.Column("has_neurointervention", sa.Boolean, nullable=False, server_default=sa.false()),
    )

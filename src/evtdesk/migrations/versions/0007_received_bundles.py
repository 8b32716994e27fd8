"""The supervisor keeps each bundle he verified: its bytes beside the row that remembers
it, inside his encrypted logbook, so his Trainees view stands offline and shows each
trainee's last bundle without the file.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (see 0002: a batch rebuild would drop a referenced table).
    op.add_column("seen_bundles", sa.Column("data", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    op.drop_column("seen_bundles", "data")

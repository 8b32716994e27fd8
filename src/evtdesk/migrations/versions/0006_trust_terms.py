"""A trusted key's term: the days its holder held the role it is trusted in.

Supervisors change and keys are retired: a statement is judged by the role its signer
held on the day it was signed, so `trusted_keys` gains `valid_from` and `valid_until`
(both inclusive, empty = open-ended). Keys trusted before this revision have no term:
they stand as they did until the user retires them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0002: a batch rebuild would drop a referenced table).
    op.add_column("trusted_keys", sa.Column("valid_from", sa.Date, nullable=True))
    op.add_column("trusted_keys", sa.Column("valid_until", sa.Date, nullable=True))


def downgrade() -> None:
    op.drop_column("trusted_keys", "valid_until")
    op.drop_column("trusted_keys", "valid_from")

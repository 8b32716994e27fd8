"""Work periods can be withdrawn: a flag, the reason and when, on the period itself.

A period entered by mistake is taken out of the counting but kept, like a retracted
entry. Logbooks that withdrew periods before this revision kept the withdrawals in the
`periods.withdrawn` setting; they move onto the rows and the setting goes.

Revision ID: 0003
Revises: 0002
"""

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SETTING = "periods.withdrawn"


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0002: a batch rebuild would drop a referenced table).
    op.add_column(
        "work_periods",
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.add_column("work_periods", sa.Column("withdrawn_reason", sa.Text, nullable=True))
    op.add_column("work_periods", sa.Column("withdrawn_at", sa.DateTime, nullable=True))
    connection = op.get_bind()
    row = connection.execute(
        sa.text("SELECT value FROM settings WHERE key = :key"), {"key": _SETTING}
    ).first()
    if row is None:
        return
    for period_id, withdrawal in json.loads(row[0]).items():
        connection.execute(
            sa.text(
                "UPDATE work_periods SET withdrawn = 1, withdrawn_reason = :reason,"
                " withdrawn_at = :at WHERE id = :id"
            ),
            {
                "reason": str(withdrawal.get("reason", "")),
                "at": _stored_time(withdrawal.get("at")),
                "id": int(period_id),
            },
        )
    connection.execute(sa.text("DELETE FROM settings WHERE key = :key"), {"key": _SETTING})


def _stored_time(text: object) -> str | None:
    """An ISO time as SQLAlchemy keeps a naive UTC DateTime in SQLite."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def downgrade() -> None:
    op.drop_column("work_periods", "withdrawn_at")
    op.drop_column("work_periods", "withdrawn_reason")
    op.drop_column("work_periods", "withdrawn")

"""The first logbook schema.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("entry_revisions", "retractions", "events", "attestations")


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "secrets",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("public_key", sa.Text),
        sa.Column("email", sa.String(200)),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("fingerprint", sa.String(100), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hospital", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("procedures_per_year", sa.Integer),
        sa.Column("evt_per_year", sa.Integer),
    )
    op.create_table(
        "work_periods",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("part", sa.String(32), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("end", sa.Date),
        sa.Column("fraction", sa.Float, nullable=False),
        sa.Column("site_id", sa.Integer, sa.ForeignKey("sites.id")),
        sa.Column("description", sa.Text, nullable=False),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_seq", sa.Integer, nullable=False),
        sa.Column("head_revision", sa.Integer, nullable=False),
        sa.Column("changed_seq", sa.Integer, nullable=False),
        sa.Column("retracted", sa.Boolean, nullable=False),
    )
    op.create_table(
        "entry_revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.String(36), sa.ForeignKey("entries.id"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("role", sa.String(40)),
        sa.Column("case_number", sa.String(40)),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("fields_json", sa.Text, nullable=False),
        sa.Column("site_id", sa.Integer, sa.ForeignKey("sites.id")),
        sa.Column("reason", sa.Text),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("event_seq", sa.Integer, nullable=False),
        sa.UniqueConstraint("entry_id", "revision"),
    )
    op.create_index("ix_revisions_date", "entry_revisions", ["date"])
    op.create_table(
        "retractions",
        sa.Column("entry_id", sa.String(36), sa.ForeignKey("entries.id"), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("event_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.String(36), sa.ForeignKey("entries.id")),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "plan_adaptations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.String(40), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("required_json", sa.Text, nullable=False),
        sa.Column("waived", sa.Boolean, nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_on", sa.Date),
        sa.Column("withdrawn", sa.Boolean, nullable=False),
    )
    op.create_table(
        "attestations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attestation_id", sa.String(36), nullable=False, index=True),
        sa.Column("subject", sa.String(40), nullable=False),
        sa.Column("approved", sa.Boolean, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("supervisor_name", sa.String(200), nullable=False),
        sa.Column("supervisor_key", sa.Text, nullable=False),
        sa.Column("signed_at", sa.DateTime, nullable=False),
        sa.Column("bundle_manifest_sha256", sa.String(64), nullable=False),
        sa.Column("basis_seq", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("source", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("attestation_id", "subject"),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    for table in APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )

"""Statements are trusted by their signer's key: adaptations become signed statements,
what a trainee records herself is a proposal, and a reader remembers bundles and the
statements it signed.

* `attestations` keep an approved adaptation's terms (`adaptation_json`) and the number of
  the bundle a statement answers (`bundle_sequence`), which orders statements before any
  date a signer's clock wrote.
* `plan_adaptations` rows are the trainee's proposals from now on: rows recorded before
  this revision were never signed by a supervisor, so they become proposals too
  (`proposed_seq` from the chain event that recorded them).
* `seen_bundles`: the bundles a reader verified, per trainee key, so an older bundle or one
  that does not link to the last one seen is said as such.
* `issued_attestations`: the attestations this logbook's owner signed, so a supervisor's
  own statements count even when a trainee's bundle leaves them out.

Revision ID: 0004
Revises: 0003
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0002: a batch rebuild would drop a referenced table).
    op.add_column("attestations", sa.Column("adaptation_json", sa.Text, nullable=True))
    op.add_column("attestations", sa.Column("bundle_sequence", sa.Integer, nullable=True))
    op.add_column("plan_adaptations", sa.Column("proposed_at", sa.DateTime, nullable=True))
    op.add_column(
        "plan_adaptations",
        sa.Column("proposed_seq", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "seen_bundles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("signer_key", sa.Text, nullable=False),
        sa.Column("bundle_id", sa.String(64), nullable=False),
        sa.Column("format", sa.String(40), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("previous_manifest_sha256", sa.String(64), nullable=True),
        sa.Column("chain_seq", sa.Integer, nullable=False),
        sa.Column("chain_head", sa.String(64), nullable=False),
        sa.Column("entry_count", sa.Integer, nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("signer_key", "manifest_sha256"),
    )
    op.create_table(
        "issued_attestations",
        sa.Column("attestation_id", sa.String(36), primary_key=True),
        sa.Column("trainee_key", sa.Text, nullable=False, index=True),
        sa.Column("bundle_manifest_sha256", sa.String(64), nullable=False),
        sa.Column("bundle_sequence", sa.Integer, nullable=True),
        sa.Column("basis_seq", sa.Integer, nullable=False),
        sa.Column("signed_at", sa.DateTime, nullable=False),
        sa.Column("source", sa.LargeBinary, nullable=False),
    )
    connection = op.get_bind()
    recorded = {}
    for seq, payload in connection.execute(
        sa.text("SELECT seq, payload FROM events WHERE action = 'plan.adapt'")
    ):
        try:
            recorded[int(json.loads(payload)["id"])] = seq
        except (ValueError, KeyError, TypeError):
            continue
    for row_id, seq in recorded.items():
        connection.execute(
            sa.text("UPDATE plan_adaptations SET proposed_seq = :seq WHERE id = :id"),
            {"seq": seq, "id": row_id},
        )


def downgrade() -> None:
    op.drop_table("issued_attestations")
    op.drop_table("seen_bundles")
    op.drop_column("plan_adaptations", "proposed_seq")
    op.drop_column("plan_adaptations", "proposed_at")
    op.drop_column("attestations", "bundle_sequence")
    op.drop_column("attestations", "adaptation_json")

"""Approval and supervision from the logbook: sites and supervisors as the guidance
judges them, examination weeks, the trainee's marks on measures, and the typed content
of verdicts and evaluations.

* `sites`: the supervising neurointerventionists and their trainees (the 1:2 ratio), the
  EVT-competent interventionists (H2), and whether it is the trainee's own hospital.
* `people`: a supervisor's years as EVT operator and EVT as independent operator (S1).
* `attestations.content_json`: what an examination-week verdict or a yearly evaluation
  said beyond approved/not approved, as the signed row held it.
* `exam_weeks` and `measure_marks`: the trainee's own records, withdrawn, never deleted.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0002: a batch rebuild would drop a referenced table).
    for name in ("supervisors", "trainees", "interventionists"):
        op.add_column("sites", sa.Column(name, sa.Integer, nullable=True))
    op.add_column("sites", sa.Column("home", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("people", sa.Column("years_as_operator", sa.Float, nullable=True))
    op.add_column("people", sa.Column("evt_independent", sa.Integer, nullable=True))
    op.add_column("attestations", sa.Column("content_json", sa.Text, nullable=True))
    op.create_table(
        "exam_weeks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("site_id", sa.Integer, sa.ForeignKey("sites.id"), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("withdrawn_reason", sa.Text, nullable=True),
        sa.Column("withdrawn_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "measure_marks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("measure", sa.String(200), nullable=False, index=True),
        sa.Column("done_on", sa.Date, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("withdrawn_reason", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("measure_marks")
    op.drop_table("exam_weeks")
    op.drop_column("attestations", "content_json")
    op.drop_column("people", "evt_independent")
    op.drop_column("people", "years_as_operator")
    for name in ("home", "interventionists", "trainees", "supervisors"):
        op.drop_column("sites", name)

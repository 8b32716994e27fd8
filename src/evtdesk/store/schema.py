"""SQLAlchemy models of the logbook database (the head of the Alembic history).

Entry data is append-only: `entry_revisions`, `retractions` and `events` refuse UPDATE and
DELETE through triggers created by the first migration. `entries.head_revision` and
`entries.retracted` are the only mutable pointers, kept so that listing 50 000 entries
needs no per-entry subquery; both can be rebuilt from the append-only tables.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Facts fixed at creation: logbook id, curriculum, schema history is Alembic's."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Per-logbook preferences (language, auto-lock, backup folder, default site)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SecretRow(Base):
    """Key material that must stay inside the encrypted file (signing keys)."""

    __tablename__ = "secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    public_key: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(200))
    years_as_operator: Mapped[float | None] = mapped_column(Float)  # S1, supervisors
    evt_independent: Mapped[int | None] = mapped_column(Integer)  # S1, supervisors


class TrustedKeyRow(Base):
    __tablename__ = "trusted_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    fingerprint: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(DateTime)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)  # the role's term
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)


class SiteRow(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hospital: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200))
    procedures_per_year: Mapped[int | None] = mapped_column(Integer)
    evt_per_year: Mapped[int | None] = mapped_column(Integer)
    has_neurointervention: Mapped[bool] = mapped_column(Boolean, default=False)
    supervisors: Mapped[int | None] = mapped_column(Integer)  # supervising neurointerventionists
    trainees: Mapped[int | None] = mapped_column(Integer)  # their trainees (the 1:2 ratio)
    interventionists: Mapped[int | None] = mapped_column(Integer)  # EVT-competent (H2)
    home: Mapped[bool] = mapped_column(Boolean, default=False)  # the trainee's own hospital


class PeriodRow(Base):
    __tablename__ = "work_periods"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    part: Mapped[str] = mapped_column(String(32))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    fraction: Mapped[float] = mapped_column(Float, default=1.0)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    # Withdrawn: out of the counting, kept with the reason, as a retracted entry is.
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)


class EntryRow(Base):
    __tablename__ = "entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_seq: Mapped[int] = mapped_column(Integer)
    head_revision: Mapped[int] = mapped_column(Integer, default=1)
    changed_seq: Mapped[int] = mapped_column(Integer)
    retracted: Mapped[bool] = mapped_column(Boolean, default=False)


class RevisionRow(Base):
    __tablename__ = "entry_revisions"
    __table_args__ = (
        UniqueConstraint("entry_id", "revision"),
        Index("ix_revisions_date", "date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id"))
    revision: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    role: Mapped[str | None] = mapped_column(String(40))
    case_number: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    fields_json: Mapped[str] = mapped_column(Text)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    event_seq: Mapped[int] = mapped_column(Integer)


class RetractionRow(Base):
    __tablename__ = "retractions"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    event_seq: Mapped[int] = mapped_column(Integer)


class AttachmentRow(Base):
    """A scanned certificate or similar, stored inside the encrypted database."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("entries.id"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class AdaptationRow(Base):
    """A trainee's proposed adaptation of the individual training plan (G2).

    It changes nothing until the supervisor signs it (an `ADAPT:` attestation). Rows
    recorded before revision 0004 hold the name the trainee typed in `decided_by`; they
    were never signed, so they are proposals like the others."""

    __tablename__ = "plan_adaptations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    required_json: Mapped[str] = mapped_column(Text, default="{}")
    waived: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    proposed_at: Mapped[datetime | None] = mapped_column(DateTime)
    proposed_seq: Mapped[int] = mapped_column(Integer, default=0)


class AttestationRow(Base):
    """One statement of an imported, verified supervisor attestation."""

    __tablename__ = "attestations"
    __table_args__ = (UniqueConstraint("attestation_id", "subject"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attestation_id: Mapped[str] = mapped_column(String(36), index=True)
    subject: Mapped[str] = mapped_column(String(40))
    approved: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str] = mapped_column(Text, default="")
    supervisor_name: Mapped[str] = mapped_column(String(200))
    supervisor_key: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    bundle_manifest_sha256: Mapped[str] = mapped_column(String(64))
    basis_seq: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[bytes] = mapped_column(LargeBinary)  # the signed file, kept as received
    adaptation_json: Mapped[str | None] = mapped_column(Text)  # ADAPT: terms, when approved
    bundle_sequence: Mapped[int | None] = mapped_column(Integer)
    # the typed content of a verdict or an evaluation, as the signed row held it
    content_json: Mapped[str | None] = mapped_column(Text)


class ExamWeekRow(Base):
    """An examination week the trainee recorded: seven days from `start` at one site.
    Withdrawn with a reason, never deleted."""

    __tablename__ = "exam_weeks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[date] = mapped_column(Date)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)


class MeasureMarkRow(Base):
    """The trainee's mark that a supervisor's measure is done (her account). Withdrawn
    with a reason (the measure is open again), never deleted."""

    __tablename__ = "measure_marks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String(200), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)


class ExportRow(Base):
    """Bundles this logbook exported: numbering, chaining, and attestation addressing."""

    __tablename__ = "exports"
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    chain_seq: Mapped[int] = mapped_column(Integer)


class SeenBundleRow(Base):
    """A bundle the reader verified as valid: the trainee's key, its number and its links."""

    __tablename__ = "seen_bundles"
    __table_args__ = (UniqueConstraint("signer_key", "manifest_sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signer_key: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    previous_manifest_sha256: Mapped[str | None] = mapped_column(String(64))
    chain_seq: Mapped[int] = mapped_column(Integer)
    chain_head: Mapped[str] = mapped_column(String(64))
    entry_count: Mapped[int] = mapped_column(Integer)
    created: Mapped[datetime] = mapped_column(DateTime)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # the bundle


class IssuedAttestationRow(Base):
    """An attestation this logbook's owner signed, kept as the signed bytes."""

    __tablename__ = "issued_attestations"
    attestation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    trainee_key: Mapped[str] = mapped_column(Text, index=True)
    bundle_manifest_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sequence: Mapped[int | None] = mapped_column(Integer)
    basis_seq: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[bytes] = mapped_column(LargeBinary)


class KeptStatementRow(Base):
    """A statement a trainee's bundle carried when the reader kept it, as the signed bytes:
    a later bundle that leaves it out (a readiness refused, a report she would rather he
    forgot) is read with it all the same. `read_at`: when he marked it read (reports)."""

    __tablename__ = "kept_statements"
    __table_args__ = (UniqueConstraint("trainee_key", "payload_sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee_key: Mapped[str] = mapped_column(Text, index=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    attestation_id: Mapped[str] = mapped_column(String(36))
    bundle_sequence: Mapped[int] = mapped_column(Integer)  # the bundle that carried it first
    kept_at: Mapped[datetime] = mapped_column(DateTime)
    read_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    source: Mapped[bytes] = mapped_column(LargeBinary)


class EventRow(Base):
    """The hash chain: every change, each hash covering the previous one."""

    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

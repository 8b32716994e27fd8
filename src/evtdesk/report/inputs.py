"""What the report is built from, gathered once so the build itself is a pure function.

`build_report` never touches the database: the bundle code reads the logbook, evaluates
the curriculum and passes everything here, so the same inputs always give the same bytes
and tests can build reports from hand-made snapshots.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    references_from_setting,
)
from evtdesk.curriculum.progress import Progress
from evtdesk.model import EntryRevision, LogbookSnapshot, Person, PersonRole

if TYPE_CHECKING:
    from evtdesk.store import Logbook


@dataclass(frozen=True)
class ReportAttachment:
    """A scanned certificate to append: its bytes plus what the caption states. `entry_id`
    is the entry it documents (None for a file attached to the logbook as a whole)."""

    filename: str
    media_type: str  # "application/pdf", "image/png" or "image/jpeg"
    data: bytes
    entry_id: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class ReportInputs:
    """Everything one report shows. `progress` is the curriculum engine's result (or None
    when no curriculum could be evaluated; the report then says so)."""

    snapshot: LogbookSnapshot
    progress: Progress | None
    trainee_name: str
    curriculum_title: str
    curriculum_id: str
    curriculum_version: str
    bundle_id: str
    created: datetime  # UTC
    key_fingerprint: str
    language: str = "sv"
    histories: Mapping[str, Sequence[EntryRevision]] = field(default_factory=dict)
    attachments: Sequence[ReportAttachment] = ()
    supervisors: Sequence[Person] = ()
    pdf_ca_sha256: str = ""  # the CA of the certificate the PDF will be signed with
    quality_references: Mapping[str, ReferenceValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.language not in ("sv", "en"):
            raise ValueError(f"language must be 'sv' or 'en', not {self.language!r}")
        if self.created.tzinfo is not None:
            object.__setattr__(self, "created", self.created.astimezone(UTC).replace(tzinfo=None))


def supervisors_of(snapshot: LogbookSnapshot) -> tuple[Person, ...]:
    """Supervisors first, then co-supervisors, in the order they were added."""
    order = {PersonRole.SUPERVISOR: 0, PersonRole.CO_SUPERVISOR: 1}
    people = [p for p in snapshot.people if p.role in order]
    return tuple(sorted(people, key=lambda p: (order[PersonRole(p.role)], p.id)))


def trainee_of(snapshot: LogbookSnapshot) -> str:
    trainees = [p for p in snapshot.people if p.role == PersonRole.TRAINEE]
    return trainees[0].name if trainees else ""


def _curriculum_facts(progress: Progress | None, curriculum_id: str) -> tuple[str, str, str]:
    """Title, id and version of the evaluated curriculum, from the engine's `Progress`
    (`curriculum_title` is already in the language the engine was run in). Without a
    result the id stands in for the title and the version is unknown."""
    if progress is None:
        return curriculum_id, curriculum_id, ""
    return (
        progress.curriculum_title or curriculum_id,
        progress.curriculum_id or curriculum_id,
        progress.curriculum_version,
    )


def report_inputs_from_logbook(
    logbook: Logbook,
    progress: Progress | None,
    bundle_id: str,
    created: datetime,
    key_fingerprint: str,
    language: str = "sv",
    pdf_ca_sha256: str = "",
    snapshot: LogbookSnapshot | None = None,
) -> ReportInputs:
    """Read what the report needs from an open logbook (one snapshot, the histories of
    amended entries only, and the attached files). Pass the `snapshot` `progress` was
    evaluated on, so the report's numbers and tables describe the same logbook."""
    snapshot = snapshot if snapshot is not None else logbook.snapshot()
    histories = logbook.entries.histories(e.id for e in snapshot.entries if e.amended)
    files = [
        ReportAttachment(
            info.filename, info.media_type, logbook.records.attachment_data(info.id), info.entry_id
        )
        for info in logbook.records.attachments()
    ]
    title, curriculum_id, version = _curriculum_facts(progress, snapshot.curriculum_id)
    return ReportInputs(
        snapshot=snapshot,
        progress=progress,
        trainee_name=trainee_of(snapshot),
        curriculum_title=title,
        curriculum_id=curriculum_id,
        curriculum_version=version,
        bundle_id=bundle_id,
        created=created,
        key_fingerprint=key_fingerprint,
        language=language,
        histories=histories,
        attachments=files,
        supervisors=supervisors_of(snapshot),
        pdf_ca_sha256=pdf_ca_sha256,
        quality_references=references_from_setting(logbook.records.setting(REFERENCES_SETTING)),
    )

"""`logbook.json`: the whole logbook as data, for machines reading a bundle.

The supervisor's copy of EVTDesk rebuilds a `LogbookSnapshot` from it to show the
trainee's progress and entries, so `snapshot_from_logbook_json` is the exact inverse of
`logbook_json` for everything the curriculum engine reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from evtdesk.model import (
    Adaptation,
    Attestation,
    Entry,
    EntryRevision,
    LogbookSnapshot,
    Person,
    Site,
    TrainingPlan,
    WorkPeriod,
)
from evtdesk.serialise import entry_to_dict, revision_to_dict

FORMAT = "evtdesk-logbook/1"
_ENTRY_KEYS = {
    "id",
    "kind",
    "date",
    "role",
    "case_number",
    "notes",
    "site_id",
    "revision",
    "retracted",
    "retraction_reason",
    "created_at",
    "changed_at",
    "history",
    "created_seq",
    "changed_seq",
}


class AttachedFile(Protocol):
    """What logbook.json states about an attached file (not its bytes): the store's
    `AttachmentInfo` and the report's `ReportAttachment` both qualify."""

    @property
    def entry_id(self) -> str | None: ...
    @property
    def filename(self) -> str: ...
    @property
    def media_type(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def sha256(self) -> str: ...


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def logbook_json(
    snapshot: LogbookSnapshot,
    *,
    trainee: str,
    curriculum_version: str,
    histories: Mapping[str, Sequence[EntryRevision]],
    exported_at: datetime,
    attachments: Sequence[AttachedFile] = (),
) -> dict[str, Any]:
    """Everything in the snapshot; amended entries carry their full history. `attachments`
    are listed in the order the report appends them (its "Bilaga n" is the n-th)."""
    entries = []
    for entry in snapshot.entries:
        item = entry_to_dict(entry) | {
            "created_seq": entry.created_seq,
            "changed_seq": entry.changed_seq,
        }
        if entry.id in histories:
            item["history"] = [revision_to_dict(r) for r in histories[entry.id]]
        entries.append(item)
    plan = snapshot.plan
    return {
        "format": FORMAT,
        "exported_at": exported_at.isoformat(),
        "trainee": {"name": trainee},
        "curriculum": {"id": snapshot.curriculum_id, "version": curriculum_version},
        "chain": {"head": snapshot.chain_head, "seq": snapshot.chain_seq},
        "people": [vars(p) for p in snapshot.people],
        "sites": [vars(s) for s in snapshot.sites],
        "periods": [
            {
                "id": p.id,
                "part": p.part,
                "start": _iso(p.start),
                "end": _iso(p.end),
                "fraction": p.fraction,
                "site_id": p.site_id,
                "description": p.description,
            }
            for p in snapshot.periods
        ],
        "plan": {
            "mri_primary": plan.mri_primary,
            "note": plan.note,
            "adaptations": [
                {
                    "item_id": a.item_id,
                    "note": a.note,
                    "required": dict(a.required),
                    "waived": a.waived,
                    "decided_by": a.decided_by,
                    "decided_on": _iso(a.decided_on),
                }
                for a in plan.adaptations
            ],
        },
        "attestations": [
            {
                "id": a.id,
                "subject": a.subject,
                "approved": a.approved,
                "comment": a.comment,
                "supervisor_name": a.supervisor_name,
                "supervisor_key": a.supervisor_key,
                "signed_at": _iso(a.signed_at),
                "bundle_manifest_sha256": a.bundle_manifest_sha256,
                "basis_seq": a.basis_seq,
            }
            for a in snapshot.attestations
        ],
        "attachments": [
            {
                "entry_id": a.entry_id,
                "filename": a.filename,
                "media_type": a.media_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in attachments
        ],
        "entries": entries,
    }


def _entry(item: Mapping[str, Any]) -> Entry:
    return Entry(
        id=item["id"],
        kind=item["kind"],
        date=date.fromisoformat(item["date"]),
        role=item.get("role"),
        case_number=item.get("case_number"),
        notes=item.get("notes") or "",
        fields={k: v for k, v in item.items() if k not in _ENTRY_KEYS},
        site_id=item.get("site_id"),
        revision=int(item.get("revision", 1)),
        created_at=datetime.fromisoformat(item["created_at"]) if item.get("created_at") else None,
        changed_at=datetime.fromisoformat(item["changed_at"]) if item.get("changed_at") else None,
        created_seq=int(item.get("created_seq", 0)),
        changed_seq=int(item.get("changed_seq", 0)),
        retracted=bool(item.get("retracted")),
        retraction_reason=item.get("retraction_reason"),
    )


def snapshot_from_logbook_json(data: Mapping[str, Any]) -> LogbookSnapshot:
    """Rebuild the snapshot a supervisor evaluates; raises ValueError on a bad file."""
    if data.get("format") != FORMAT:
        raise ValueError(f"logbook.json is not {FORMAT}")
    try:
        plan = data.get("plan") or {}
        return LogbookSnapshot(
            curriculum_id=data["curriculum"]["id"],
            entries=tuple(_entry(e) for e in data["entries"]),
            periods=tuple(
                WorkPeriod(
                    p["id"],
                    p["part"],
                    date.fromisoformat(p["start"]),
                    date.fromisoformat(p["end"]) if p.get("end") else None,
                    float(p["fraction"]),
                    p.get("site_id"),
                    p.get("description", ""),
                )
                for p in data.get("periods", [])
            ),
            attestations=tuple(
                Attestation(
                    a["id"],
                    a["subject"],
                    bool(a["approved"]),
                    a.get("comment", ""),
                    a["supervisor_name"],
                    a["supervisor_key"],
                    datetime.fromisoformat(a["signed_at"]),
                    a["bundle_manifest_sha256"],
                    int(a["basis_seq"]),
                )
                for a in data.get("attestations", [])
            ),
            plan=TrainingPlan(
                mri_primary=bool(plan.get("mri_primary")),
                note=plan.get("note", ""),
                adaptations=tuple(
                    Adaptation(
                        a["item_id"],
                        a["note"],
                        a.get("required", {}),
                        bool(a.get("waived")),
                        a.get("decided_by", ""),
                        date.fromisoformat(a["decided_on"]) if a.get("decided_on") else None,
                    )
                    for a in plan.get("adaptations", [])
                ),
            ),
            people=tuple(Person(**p) for p in data.get("people", [])),
            sites=tuple(Site(**s) for s in data.get("sites", [])),
            chain_head=data["chain"]["head"],
            chain_seq=int(data["chain"]["seq"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"logbook.json is malformed: {error}") from None

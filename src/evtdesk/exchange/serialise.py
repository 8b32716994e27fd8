"""Domain values as JSON-ready dicts, for `evtdesk list --json` and `logbook.json`.

One function per type, so that the CLI and the bundle describe an entry the same way.
"""

from __future__ import annotations

from typing import Any

from evtdesk.model import Entry, EntryRevision


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "date": entry.date.isoformat(),
        "role": entry.role,
        "case_number": entry.case_number,
        "notes": entry.notes,
        "site_id": entry.site_id,
        **dict(entry.fields),
        "revision": entry.revision,
        "retracted": entry.retracted,
        "retraction_reason": entry.retraction_reason,
        "created_at": entry.created_at.isoformat() if entry.created_at else None,
        "changed_at": entry.changed_at.isoformat() if entry.changed_at else None,
    }


def revision_to_dict(rev: EntryRevision) -> dict[str, Any]:
    return {
        "revision": rev.revision,
        "date": rev.date.isoformat(),
        "role": rev.role,
        "case_number": rev.case_number,
        "notes": rev.notes,
        "site_id": rev.site_id,
        "fields": dict(rev.fields),
        "reason": rev.reason,
        "recorded_at": rev.recorded_at.isoformat(),
    }

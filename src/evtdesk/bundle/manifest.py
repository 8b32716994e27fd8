"""The bundle manifest: built in one place and serialised canonically.

Canonical bytes (sorted keys, UTF-8, 2-space indent, trailing newline) mean the same
manifest always hashes the same, so the manifest SHA-256 can identify a bundle in
attestations and in the chain of exports (`previous_manifest_sha256`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

FORMAT_1 = "evtdesk-bundle/1"
FORMAT = "evtdesk-bundle/2"  # adds statements.json and the report's bundle facts
FORMATS = (FORMAT_1, FORMAT)
MANIFEST, SIGNATURE, REPORT, DATA, STATEMENTS = (
    "manifest.json",
    "manifest.json.minisig",
    "report.pdf",
    "logbook.json",
    "statements.json",
)
MEMBERS_1 = (MANIFEST, SIGNATURE, REPORT, DATA)
MEMBERS = (*MEMBERS_1, STATEMENTS)
MEMBERS_OF = {FORMAT_1: MEMBERS_1, FORMAT: MEMBERS}
SIGNED_FILES_OF = {FORMAT_1: (REPORT, DATA), FORMAT: (REPORT, DATA, STATEMENTS)}


def canonical(document: dict[str, Any]) -> bytes:
    """The one byte form of a JSON object that is hashed and signed."""
    return (json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": sha256(data), "size": len(data)}


def utc_text(moment: datetime) -> str:
    """UTC ISO 8601 with a Z; a naive time is taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# Two computers' clocks (the trainee's makes a bundle, the supervisor's signs, the reader's
# reads) may differ by this much before a time is refused as impossible.
CLOCK_TOLERANCE = timedelta(minutes=15)
EARLIEST, LATEST = 2000, 2999  # no EVTDesk file is from outside these years


def parse_utc(text: str) -> datetime:
    """A time as EVTDesk writes one (`2026-11-22T21:05:00Z`); ValueError otherwise, or for
    a year no real file has (arithmetic on year 1 or 9999 overflows)."""
    moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    if not EARLIEST <= moment.year <= LATEST:
        raise ValueError(f"{text} is not a plausible time")
    return moment


def signature_comment(bundle_id: str, sequence: int, version: str = FORMAT) -> str:
    """The trusted comment: minisign prints it, so a supervisor sees which bundle it is."""
    return f"{version} bundle_id={bundle_id} sequence={sequence}"


def report_facts(bundle_id: str, chain_head: str, entry_count: int) -> dict[str, str]:
    """What the signed report states about its bundle (in its document information), so an
    older or another bundle's report re-signed by the trainee is caught."""
    return {"BundleID": bundle_id, "ChainHead": chain_head, "EntryCount": str(entry_count)}


def is_sha256_hex(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )

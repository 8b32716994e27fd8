"""The bundle manifest: canonical bytes, so the same manifest always hashes the same."""

from __future__ import annotations

import hashlib
import json
from typing import Any

FORMAT = "evtdesk-bundle/1"
MANIFEST, SIGNATURE, REPORT, DATA = "manifest.json", "manifest.json.minisig", "report.pdf", "logbook.json"
MEMBERS = (MANIFEST, SIGNATURE, REPORT, DATA)


def canonical(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": sha256(data), "size": len(data)}

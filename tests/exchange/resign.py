"""A trainee's bundle with its logbook.json replaced, signed again with her own key: what
a trainee with a text editor and minisign can always hand her supervisor."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from evtdesk.bundle.manifest import canonical, file_entry, signature_comment
from evtdesk.signing.identity import Identity
from evtdesk.signing.minisign import sign


def members_of(bundle: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def logbook_of(bundle: bytes) -> dict[str, Any]:
    document = json.loads(members_of(bundle)["logbook.json"])
    assert isinstance(document, dict)
    return document


def with_logbook(bundle: bytes, key: Identity, logbook: bytes) -> bytes:
    """`bundle` with `logbook` as its logbook.json, its manifest listing the new hash and
    signed again with `key` (the trainee's)."""
    members = members_of(bundle)
    members["logbook.json"] = logbook
    manifest = json.loads(members["manifest.json"])
    manifest["files"] = [
        file_entry(entry["name"], members[entry["name"]]) for entry in manifest["files"]
    ]
    members["manifest.json"] = canonical(manifest)
    comment = signature_comment(manifest["bundle_id"], manifest["sequence"], manifest["format"])
    members["manifest.json.minisig"] = sign(members["manifest.json"], key, comment).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in members:
            archive.writestr(name, members[name])
    return buffer.getvalue()

"""Writing a bundle: a ZIP of exactly the manifest, its signature, the report and the data.

The file appears whole or not at all (temp file in the same folder, fsync, rename).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from evtdesk.bundle.manifest import DATA, FORMAT, MANIFEST, REPORT, SIGNATURE, canonical, file_entry, sha256
from evtdesk.identity import Identity
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.minisign import public_key_line, public_of, sign
from evtdesk.store.keys import write_atomically


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    manifest_sha256: str
    path: Path


def write_bundle(
    out_path: Path,
    *,
    bundle_id: str,
    created: datetime,
    report_pdf: bytes,
    logbook_json: bytes,
    trainee_name: str,
    curriculum_id: str,
    curriculum_version: str,
    identity: Identity,
    pdf_ca_sha256: str,
    chain_head: str,
    chain_seq: int,
    entry_count: int,
    sequence: int,
    previous_manifest_sha256: str | None,
) -> BundleInfo:
    public = public_of(identity)
    manifest = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "trainee": {"name": trainee_name},
        "curriculum": {"id": curriculum_id, "version": curriculum_version},
        "files": [file_entry(REPORT, report_pdf), file_entry(DATA, logbook_json)],
        "signer": {"public_key": public_key_line(public), "key_id": public.key_id.hex(),
                   "fingerprint": fingerprint(public.public)},
        "pdf_certificate": {"ca_sha256": pdf_ca_sha256},
        "chain": {"head": chain_head, "seq": chain_seq, "entry_count": entry_count},
        "sequence": sequence,
        "previous_manifest_sha256": previous_manifest_sha256,
    }
    manifest_bytes = canonical(manifest)
    signature = sign(manifest_bytes, identity, f"{FORMAT} bundle_id={bundle_id} sequence={sequence}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature.encode()), (REPORT, report_pdf),
                           (DATA, logbook_json)):
            archive.writestr(zipfile.ZipInfo(name, date_time=created.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    write_atomically(Path(out_path), buffer.getvalue())
    return BundleInfo(bundle_id, sha256(manifest_bytes), Path(out_path))

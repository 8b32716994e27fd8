"""Writing a bundle: a ZIP of exactly the manifest, its signature, the report, the data and
the supervisors' signed statements.

The caller supplies `bundle_id` and `created` because the signed PDF's footer already
shows them. The file appears whole or not at all (temp file in the same folder, fsync,
rename), so an interrupted export never leaves a half bundle that looks like a real one.
"""

from __future__ import annotations

import errno
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from evtdesk.bundle.manifest import (
    DATA,
    FORMAT,
    MANIFEST,
    REPORT,
    SIGNATURE,
    STATEMENTS,
    canonical,
    file_entry,
    is_sha256_hex,
    sha256,
    signature_comment,
    utc_text,
)
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity
from evtdesk.signing.minisign import key_id_text, public_key_line, public_of, sign


@dataclass(frozen=True)
class BundleInfo:
    bundle_id: str
    manifest_sha256: str
    path: Path


def _write_atomically(
    path: Path, write: Callable[[BinaryIO], None], overwrite: bool = True
) -> None:
    """Let `write` fill a temp file in the same folder, fsync, then rename (or hard-link,
    when an existing file must not be replaced, so the check and the write are one step).
    The bundle is streamed into the file, never held whole in memory a second time.
    Any OSError propagates, with the temp file removed."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)  # FileExistsError when the path exists, whatever it is
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT on a USB stick)
            if os.path.lexists(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
            os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


def write_bundle(
    out_path: Path,
    *,
    bundle_id: str,
    created: datetime,
    report_pdf: bytes,
    logbook_json: bytes,
    statements_json: bytes,
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
    overwrite: bool = True,
) -> BundleInfo:
    """Sign a manifest over the report, data and statements, and write the bundle.

    `report_pdf` must already be signed with the bundle's facts (`report_facts`). The
    file appears whole or not at all. With `overwrite=False` an existing file is left
    alone (FileExistsError). Errors writing are the OSError the system gave."""
    if not bundle_id or any(c.isspace() for c in bundle_id):
        raise ValueError("a bundle id is one word")
    if not is_sha256_hex(pdf_ca_sha256):
        raise ValueError("pdf_ca_sha256 must be lower-case SHA-256 hex")
    if previous_manifest_sha256 is not None and not is_sha256_hex(previous_manifest_sha256):
        raise ValueError("previous_manifest_sha256 must be lower-case SHA-256 hex or None")
    public = public_of(identity)
    manifest = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created": utc_text(created),
        "trainee": {"name": trainee_name},
        "curriculum": {"id": curriculum_id, "version": curriculum_version},
        "files": [
            file_entry(REPORT, report_pdf),
            file_entry(DATA, logbook_json),
            file_entry(STATEMENTS, statements_json),
        ],
        "signer": {
            "public_key": public_key_line(public),
            "key_id": key_id_text(public.key_id),
            "fingerprint": fingerprint(public.public),
        },
        "pdf_certificate": {"ca_sha256": pdf_ca_sha256},
        "chain": {"head": chain_head, "seq": chain_seq, "entry_count": entry_count},
        "sequence": sequence,
        "previous_manifest_sha256": previous_manifest_sha256,
    }
    manifest_bytes = canonical(manifest)
    signature = sign(manifest_bytes, identity, signature_comment(bundle_id, sequence))
    moment = created.astimezone(UTC) if created.tzinfo else created
    stamp = max(
        (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second),
        (1980, 1, 1, 0, 0, 0),
    )
    members = (
        (MANIFEST, manifest_bytes),
        (SIGNATURE, signature.encode("utf-8")),
        (REPORT, report_pdf),
        (DATA, logbook_json),
        (STATEMENTS, statements_json),
    )

    def write_zip(out: BinaryIO) -> None:
        with zipfile.ZipFile(out, "w") as archive:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16  # readable when a supervisor unzips by hand
                archive.writestr(info, data)

    path = Path(out_path)
    _write_atomically(path, write_zip, overwrite)
    return BundleInfo(bundle_id, sha256(manifest_bytes), path)

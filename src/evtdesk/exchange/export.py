"""Exporting a signed bundle: report, data, manifest, signatures, in that order.

The report shows the bundle id in its footer, so the id and creation time are chosen
first; the PDF is signed (PAdES) with the logbook's per-logbook CA and leaf, whose CA
hash goes in the manifest, and the signed revision states the bundle's id, chain head and
entry count; every attestation the trainee imported travels as the file its supervisor
signed (statements.json); the manifest is minisigned with the owner's Ed25519 key, which
binds everything together. The export is recorded in the logbook only after the file is
completely written, so a failed export leaves no trace but an error.
"""

from __future__ import annotations

import io
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import chain
from pathlib import Path

from evtdesk.bundle.manifest import report_facts
from evtdesk.bundle.verify import statements_json
from evtdesk.bundle.writer import write_bundle
from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.exchange.logbook_json import entry_items, logbook_json_head
from evtdesk.exchange.targets import BUNDLE, TargetExists, check_target
from evtdesk.report import build_report, report_inputs_from_logbook
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.pdf import PdfSigningIdentity, ca_sha256, make_pdf_identity, sign_pdf
from evtdesk.store import Logbook, LogbookError

PDF_IDENTITY = "pdf_signing_identity"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    manifest_sha256: str
    sequence: int


class ExportCancelled(LogbookError):
    pass


class ExportTargetExists(TargetExists):
    """The target is a bundle and the caller asked not to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, BUNDLE.name)


def _check_target(out_path: Path, overwrite: bool) -> None:
    """Refuse a target that cannot be written before any work is done: the one rule for
    every file EVTDesk writes (`exchange.targets`), so a bundle never replaces a logbook,
    its key file or anything but an earlier bundle."""
    try:
        check_target(out_path, BUNDLE, replace=overwrite)
    except TargetExists:
        raise ExportTargetExists(out_path) from None


def _write_error(out_path: Path, error: OSError) -> LogbookError:
    if isinstance(error, FileExistsError):
        return ExportTargetExists(out_path)
    reason = error.strerror or type(error).__name__
    return LogbookError(f"Could not write the bundle to {out_path}: {reason}. Nothing was written.")


def pdf_identity(logbook: Logbook) -> PdfSigningIdentity:
    """The logbook's PDF-signing certificates, made on first export and kept inside it."""
    stored = logbook.records.secret(PDF_IDENTITY)
    if stored is None:
        identity = make_pdf_identity(logbook.owner_name or "EVTDesk trainee")
        logbook.records.set_secret(PDF_IDENTITY, identity.to_bytes())
        return identity
    return PdfSigningIdentity.from_bytes(stored)


def export_bundle(
    logbook: Logbook,
    out_path: Path,
    language: str = "sv",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    today: date | None = None,
    overwrite: bool = True,
) -> ExportResult:
    """Export a signed bundle to `out_path`. An existing file is replaced unless
    `overwrite` is False (then ExportTargetExists); the app's save dialog has already asked.
    A file that cannot be written is a LogbookError in plain words, with nothing left
    behind and nothing recorded in the logbook."""
    step = _stepper(progress, cancel, total=5)
    out_path = Path(out_path)
    _check_target(out_path, overwrite)
    curriculum = load_curriculum(logbook.curriculum_id)
    snapshot = logbook.snapshot()
    result = evaluate(curriculum, snapshot, today or date.today(), language)
    identity = logbook.signing_key()
    print_ = fingerprint(identity.public)
    certificates = pdf_identity(logbook)
    bundle_id, created = str(uuid.uuid4()), datetime.now(UTC).replace(microsecond=0)
    step(1)
    inputs = report_inputs_from_logbook(
        logbook,
        result,
        bundle_id,
        created,
        print_,
        language,
        pdf_ca_sha256=ca_sha256(certificates),
        snapshot=snapshot,
    )
    report = build_report(inputs)
    # what logbook.json needs of the report's inputs; the rest (and the evaluation) goes
    histories, attachments = inputs.histories, inputs.attachments
    del inputs, result
    step(2)
    signed = sign_pdf(
        report,
        certificates,
        reason=f"EVTDesk bundle {bundle_id}",
        name=logbook.owner_name,
        facts=report_facts(bundle_id, snapshot.chain_head, len(snapshot.entries)),
    )
    del report  # only the signed PDF travels
    step(3)
    # The histories the report read, and the attachments as it shows them, so their
    # hashes here match its captions.
    data_json = _data_json(
        logbook_json_head(
            snapshot,
            trainee=logbook.owner_name,
            curriculum_version=curriculum.version,
            exported_at=created,
            attachments=attachments,
        ),
        entry_items(snapshot, histories),
    )
    # What the manifest needs of the snapshot; the rest (every entry as Python objects)
    # is let go before the bundle is written.
    head, seq, count = snapshot.chain_head, snapshot.chain_seq, len(snapshot.entries)
    del snapshot, histories
    previous = logbook.records.exports()
    step(4)
    try:
        info = write_bundle(
            out_path,
            bundle_id=bundle_id,
            created=created,
            report_pdf=signed,
            logbook_json=data_json,
            statements_json=statements_json(logbook.records.attestation_sources()),
            trainee_name=logbook.owner_name,
            curriculum_id=curriculum.id,
            curriculum_version=curriculum.version,
            identity=identity,
            pdf_ca_sha256=ca_sha256(certificates),
            chain_head=head,
            chain_seq=seq,
            entry_count=count,
            sequence=len(previous) + 1,
            previous_manifest_sha256=previous[-1].manifest_sha256 if previous else None,
            overwrite=overwrite,
        )
    except OSError as error:
        raise _write_error(out_path, error) from None
    record = logbook.records.record_export(info.bundle_id, info.manifest_sha256, seq)
    step(5)
    return ExportResult(Path(info.path), info.bundle_id, info.manifest_sha256, record.sequence)


def _data_json(head: dict[str, object], entries: Iterator[dict[str, object]]) -> bytes:
    """The logbook's data file as UTF-8 bytes, indented so a supervisor can read it: the
    same bytes as `json.dumps(head | {"entries": [...]}, ensure_ascii=False, indent=1)`.

    `json.dumps` with an indent joins a list of every small piece of text it made (the C
    encoder is used only without an indent): millions of string objects, and the entries
    as dicts besides, were the export's peak memory for 50 000 entries. So the pieces go
    into one buffer of bytes as they come, and the entries are made as the encoder
    reaches them (`_Streamed`): one entry's dict lives at a time."""
    first = next(entries, None)
    streamed = _Streamed(entries if first is None else chain([first], entries), first is None)
    out = io.BytesIO()
    pending: list[str] = []
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1)
    for piece in encoder.iterencode(head | {"entries": streamed}):
        pending.append(piece)
        if len(pending) >= 4096:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
    out.write("".join(pending).encode("utf-8"))
    return out.getvalue()


class _Streamed(list):  # type: ignore[type-arg]
    """Entries for json's pure-Python encoder, the one an indent selects: it asks a list
    whether it is empty, then iterates it, so the items are made only as it writes them.
    Only `_data_json` hands one out, to that encoder; the C encoder (no indent) reads a
    list's storage directly and would see it empty."""

    def __init__(self, items: Iterator[dict[str, object]], empty: bool) -> None:
        super().__init__()
        self._items, self._empty = items, empty

    def __bool__(self) -> bool:
        return not self._empty

    def __iter__(self) -> Iterator[dict[str, object]]:
        return self._items


def _stepper(
    progress: Progress | None, cancel: threading.Event | None, total: int
) -> Callable[[int], None]:
    def step(done: int) -> None:
        if cancel is not None and cancel.is_set() and done < total:
            raise ExportCancelled("The export was cancelled; no bundle was written.")
        if progress is not None:
            progress(done, total)

    return step

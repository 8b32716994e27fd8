"""Attached files (scanned certificates), stored inside the encrypted database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from evtdesk.store import chain
from evtdesk.store.base import RecordStore
from evtdesk.store.base import now as _now
from evtdesk.store.base import screened as _screened
from evtdesk.store.errors import LogbookError, NotFound
from evtdesk.store.schema import (
    AttachmentRow,
    EntryRow,
)

MAX_ATTACHMENT = 25 * 1024 * 1024
_MAGIC = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    entry_id: str | None
    filename: str
    media_type: str
    size: int
    sha256: str


def sniff_media_type(data: bytes) -> str | None:
    for magic, media_type in _MAGIC.items():
        if data.startswith(magic):
            return media_type
    return None


class AttachmentStore(RecordStore):
    """Files attached, listed and read back."""

    def attach(self, filename: str, data: bytes, entry_id: str | None = None) -> AttachmentInfo:
        """Store a scanned certificate (PDF, PNG or JPEG) inside the encrypted database."""
        filename = _screened(filename, "file name")
        media_type = sniff_media_type(data)
        if media_type is None:
            raise LogbookError(f"{filename} is not a PDF, PNG or JPEG file.")
        if len(data) > MAX_ATTACHMENT:
            raise LogbookError(f"{filename} is larger than {MAX_ATTACHMENT // (1024 * 1024)} MB.")
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as session:
            if entry_id is not None and session.get(EntryRow, entry_id) is None:
                raise NotFound(f"No entry with id {entry_id}.")
            row = AttachmentRow(
                entry_id=entry_id,
                filename=filename,
                media_type=media_type,
                size=len(data),
                sha256=digest,
                data=data,
                added_at=_now(),
            )
            session.add(row)
            session.flush()
            chain.append(
                session,
                "file.attach",
                str(row.id),
                {"entry_id": entry_id, "filename": filename, "sha256": digest, "size": len(data)},
            )
            return AttachmentInfo(row.id, entry_id, filename, media_type, len(data), digest)

    def attachments(self, entry_id: str | None = None) -> list[AttachmentInfo]:
        query = select(
            AttachmentRow.id,
            AttachmentRow.entry_id,
            AttachmentRow.filename,
            AttachmentRow.media_type,
            AttachmentRow.size,
            AttachmentRow.sha256,
        )
        if entry_id is not None:
            query = query.where(AttachmentRow.entry_id == entry_id)
        with self._read() as session:
            return [
                AttachmentInfo(*row) for row in session.execute(query.order_by(AttachmentRow.id))
            ]

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._read() as session:
            row = session.get(AttachmentRow, attachment_id)
            if row is None:
                raise NotFound(f"No attached file {attachment_id}.")
            return row.data
